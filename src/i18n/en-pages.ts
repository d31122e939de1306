/**
 * English words of the pages beside the WebUI: the standalone planner, the exports' notes and
 * warnings (also the CLI's), and the browser extension's options page. Apart from en.ts so the content
 * script, which shows none of them, does not carry them. The other languages have exactly these keys.
 */
export const EN_PAGES = {
  // What these say each trainer does is sourced (file and line of its code) in docs/formulas.md, R16
  // and "Exports"; test/python/test_trainer_exports.py runs that code on the files.
  exports: {
    'instance-folders':
      'Inside the training folder (train_data_dir), name the image folders {folders}: the number is the repeats the plan counts, the rest the caption of every image without a .txt caption.',
    'reg-folder':
      'Inside the regularisation folder (reg_data_dir), put the {images|class image|class images} in the folder "{folder}" (its name is their caption).',
    'kohya-gui-paths':
      'The file leaves the model, output and image folders as the GUI has them: set them on the Folders and Model pages; the GUI checks them before it starts.',
    'saves-final': 'Saves the final model only (no checkpoint every epoch or every N steps).',
    'saves-every':
      "Saves a checkpoint every {every|step|steps} of the plan ({trainerEvery} in this trainer's count) and the final model.",
    'onetrainer-captions':
      'OneTrainer reads each image\'s caption from the .txt beside it: in "{folder}", write "{caption}" into them (a .txt per image).',
    'onetrainer-concepts':
      "The concepts are also in {name}, the preset's concept file {file}: OneTrainer's UI loads them from there (save it there), scripts/train.py from the preset itself.",
    'start-sd-scripts': 'Start it in the sd-scripts folder: accelerate launch {script} --config_file {config}',
    'start-onetrainer': 'Start it in the OneTrainer folder: python scripts/train.py --config-path {config}',
    'start-kohya-gui':
      'In the kohya_ss GUI: Dreambooth tab, Configuration, put {config} in "Load/Save Config file" and load it, then Start training (or Print training command).',
    'scheduler-substituted':
      'The trainer has no "{scheduler}" as the plan counts it; the file uses {used}, which the steps were planned for (×1).',
    'family-unmeasured':
      'The research measured SD 1.x/2.x: for SDXL these are the same formulas, untested there (both text encoders get the planned rate).',
    'sd2-v-prediction':
      'SD 2.x: the file is for the {model} model, as its resolution says (768 px: 768-v, v-prediction; 512 px: base); change it if yours is the other.',
    'te-share-snapped':
      'sd-scripts cannot stop the text encoder partway: train_db.py crashes at the stop (kohya_ss #2695), sdxl_train.py has none. The file is planned for a text encoder ratio of {used} (1: all run, 0: not at all), the nearer that the research measured, instead of {share}; OneTrainer stops it where asked.',
    'dynamic-resolution':
      "The trainer trains at one resolution: the file uses the largest, {resolution} px; the plan's extra copies per resolution (R12) are not made there.",
    'scale-lr-unscaled':
      "The file carries the planned rate {rate} unscaled, as the trainer should use it: sd-scripts and the kohya_ss GUI do not scale rates, and OneTrainer's Learning Rate Scaler is set to NONE.",
    buckets:
      "OneTrainer drops each epoch's incomplete batch per aspect-ratio bucket: with images of several aspect ratios the run is a little shorter than counted.",
    'extension-schedulers':
      "The steps were planned for the Dreambooth extension's own {scheduler} curve; this trainer's runs the length of the run, as the research's did: plan with --schedulers research (the planner: \"the research's\") for its file.",
    'no-rate': 'No learning rate in the file: an adaptive optimizer is not what the research measured.',
  },
  refusals: {
    'plan-errors': 'the plan has errors; fix them first.',
    lora: 'the research measured full fine-tuning and has no LoRA numbers: the files would train a LoRA at rates nobody measured.',
    'missing-paths':
      'needs {paths}: without them the trainer would start on its own defaults (and fail at the end, or train the wrong model).',
    'relative-path': '{path} must be a full path (not "{value}"): the trainer resolves it from wherever it is started.',
    'token-count': 'give one instance token per concept: {concepts|concept|concepts}, {tokens|token|tokens}.',
    'save-every-invalid': 'a checkpoint every N steps needs a whole number of steps, at least 1.',
    'token-invalid': '{option} "{value}" cannot be part of a folder name.',
  },
  paths: {
    model: 'the model',
    outputDir: 'the output folder',
    trainDataDir: 'the training image folder',
    regDataDir: 'the regularisation folder',
    instanceToken: 'the instance token',
    classToken: 'the class token',
  },
  planner: {
    title: 'Dreambooth Companion: training planner',
    intro:
      "The research's numbers for your dataset, for any trainer: fill in what you know, read the plan and how each number was found, and download it as a file your trainer loads.",
    language: 'Language',
    languageAuto: "Automatic (the browser's)",
    frames: 'Frames (instance images)',
    framesHint: 'one number, or one per concept: 12, 8',
    formula: 'Formula',
    strength: 'Strength (name or number)',
    learningRate: 'Fixed learning rate (optional)',
    textEncoder: 'Text encoder ratio (0 = off, 1 = on)',
    resolution: 'Resolution (px)',
    dynamicResolutions: 'Dynamic resolutions (optional: 512, 768)',
    batchSize: 'Batch size',
    gradAccum: 'Gradient accumulation',
    scheduler: 'Scheduler',
    schedulers: 'Scheduler names are',
    'schedulers.research': "the research's (Dreambooth extension until Jan 2023, kohya, diffusers)",
    'schedulers.extension': "the Dreambooth extension's own (since Jan 2023)",
    startFactor: 'Starting factor (extension constant/linear)',
    warmupSteps: 'Warmup steps (optional)',
    precision: 'Mixed precision',
    scaleLr: 'Scale learning rate',
    gpus: 'GPUs',
    lora: 'LoRA',
    optimizer: 'Optimizer (optional)',
    prior: 'Prior preservation (class / regularisation images)',
    modelFamily: 'Base model family (for the files)',
    model: 'Base model (full path, for the files)',
    outputDir: 'Output folder (full path)',
    trainDataDir: 'Training image folder (full path)',
    regDataDir: 'Regularisation folder (full path)',
    instanceToken: 'Instance token(s), one per concept (default sks)',
    classToken: 'Class word (default person)',
    saveEvery: 'Checkpoint every N steps (optional; default: the final model only)',
    plan: 'The plan',
    'value.learningRate': 'Learning rate',
    'value.strength': 'Strength F',
    'value.stepsPerFrame': 'Steps per frame',
    'value.maxTrainSteps': 'Training steps',
    'value.epochs': 'Epochs',
    'value.classImagesPerInstance': 'Class images per image',
    'value.classImages': 'Class images in total',
    derivation: 'How each number was found',
    notices: 'Warnings',
    chart: 'Steps and epochs per batch size that divides your frames (R7)',
    chartSteps: 'steps',
    chartEpochs: 'epochs',
    downloads: 'Files for your trainer',
    download: 'Download {name}',
    'format.kohya-json': 'kohya_ss GUI (Load config)',
    'format.sd-scripts-toml': 'sd-scripts (--config_file)',
    'format.onetrainer-json': 'OneTrainer preset',
    noPlan: 'Fix the fields marked above to see the plan.',
  },
  options: {
    title: 'Dreambooth Companion: where it runs',
    intro:
      "The companion runs on the WebUI's usual addresses. Add another one (a remote host, a share link) and the browser asks you to allow it for that host only.",
    runsOn: 'Runs on',
    address: 'WebUI address',
    add: 'Add',
    remove: 'Remove',
    builtIn: '{pattern} (built in)',
    added: 'Added {pattern}: reload the WebUI tab there.',
    removed: 'Removed {pattern}.',
    denied: 'Not added: the browser did not allow {pattern}.',
    failed: 'Not added: {error}',
    language: 'Language',
    languageAuto: "Automatic (the WebUI's, else the browser's)",
    languageSaved: 'Saved: reload the WebUI tab to see it.',
    'address.empty': 'Address: enter the WebUI address, e.g. http://192.168.1.5:7860',
    'address.wildcard': 'Address: give one concrete host such as 192.168.1.5:7860; wildcards (*) are not accepted',
    'address.notAddress': 'Address: "{text}" is not a web address',
    'address.scheme': 'Address: only http and https addresses can be added (got {scheme})',
    'address.noHost': 'Address: "{text}" has no host',
    'address.credentials': 'Address: leave out the user name and password',
    'address.listed': 'Address: {pattern} is already in the list',
  },
} as const;
