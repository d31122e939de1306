/**
 * English words of the pages beside the WebUI: the standalone planner, the exports' notes and
 * warnings (also the CLI's), and the browser extension's options page. Apart from en.ts so the content
 * script, which shows none of them, does not carry them. The other languages have exactly these keys.
 */
export const EN_PAGES = {
  exports: {
    'kohya-folders':
      'In kohya, name each of the {concepts|concept folder|concept folders} "1_<token> <class>" (1 repeat: the file sets the steps) inside the training folder.',
    'reg-images': 'Put {images|class image|class images} in the regularisation folder "{folder}".',
    'onetrainer-epochs':
      "OneTrainer has no step count: {epochs|epoch|epochs} of {stepsPerEpoch|step|steps} cover the plan's {steps|step|steps} (one repeat per concept).",
    'sd-scripts-files':
      "Start sd-scripts with --config_file {config}; it reads the images as {dataset} says (set each subset's image_dir, and class_tokens or .txt captions).",
    'reg-doubles-steps':
      "With a regularisation folder the trainer counts class images as samples of their own (R16): the research's {steps|step|steps} are {trainerSteps} there.",
    'scheduler-substituted':
      'The trainer has no "{scheduler}" as the plan counts it; the file uses {used}, which the steps were planned for (×1).',
    'sdxl-te-rates':
      'The file sets one text encoder rate (SD 1.x/2.x, what the research measured); for SDXL set its two text encoder rates yourself.',
    'prior-prediction':
      "OneTrainer regularises by prior prediction (a PRIOR_PREDICTION concept), not with class images: the research's class image counts do not carry over.",
    'no-rate': 'No learning rate in the file: LoRA or an adaptive optimizer is not what the research measured.',
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
    'format.sd-scripts-toml': 'sd-scripts (--config_file, --dataset_config)',
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
