"use strict";
(() => {
  // src/i18n/en-pages.ts
  var EN_PAGES = {
    // What these say each trainer does is sourced (file and line of its code) in docs/formulas.md, R16
    // and "Exports"; test/python/test_trainer_exports.py runs that code on the files.
    exports: {
      "instance-folders": "Inside the training folder (train_data_dir), name the image folders {folders}: the number is the repeats the plan counts, the rest the caption of every image without a .txt caption.",
      "reg-folder": 'Inside the regularisation folder (reg_data_dir), put the {images|class image|class images} in the folder "{folder}" (its name is their caption).',
      "kohya-gui-paths": "The file leaves the model, output and image folders as the GUI has them: set them on the Folders and Model pages; the GUI checks them before it starts.",
      "saves-final": "Saves the final model only (no checkpoint every epoch or every N steps).",
      "saves-every": "Saves a checkpoint every {every|step|steps} of the plan ({trainerEvery} in this trainer's count) and the final model.",
      "onetrainer-captions": `OneTrainer reads each image's caption from the .txt beside it: in "{folder}", write "{caption}" into them (a .txt per image).`,
      "onetrainer-concepts": "The concepts are also in {name}, the preset's concept file {file}: OneTrainer's UI loads them from there (save it there), scripts/train.py from the preset itself.",
      "start-sd-scripts": "Start it in the sd-scripts folder: accelerate launch {script} --config_file {config}",
      "start-onetrainer": "Start it in the OneTrainer folder: python scripts/train.py --config-path {config}",
      "start-kohya-gui": 'In the kohya_ss GUI: Dreambooth tab, Configuration, put {config} in "Load/Save Config file" and load it, then Start training (or Print training command).',
      "scheduler-substituted": 'The trainer has no "{scheduler}" as the plan counts it; the file uses {used}, which the steps were planned for (×1).',
      "family-unmeasured": "The research measured SD 1.x/2.x: for SDXL these are the same formulas, untested there (both text encoders get the planned rate).",
      "sd2-v-prediction": "SD 2.x: the file is for the {model} model, as its resolution says (768 px: 768-v, v-prediction; 512 px: base); change it if yours is the other.",
      "te-share-snapped": "sd-scripts cannot stop the text encoder partway: train_db.py crashes at the stop (kohya_ss #2695), sdxl_train.py has none. The file is planned for a text encoder ratio of {used} (1: all run, 0: not at all), the nearer that the research measured, instead of {share}; OneTrainer stops it where asked.",
      "dynamic-resolution": "The trainer trains at one resolution: the file uses the largest, {resolution} px; the plan's extra copies per resolution (R12) are not made there.",
      "scale-lr-unscaled": "The file carries the planned rate {rate} unscaled, as the trainer should use it: sd-scripts and the kohya_ss GUI do not scale rates, and OneTrainer's Learning Rate Scaler is set to NONE.",
      buckets: "OneTrainer drops each epoch's incomplete batch per aspect-ratio bucket: with images of several aspect ratios the run is a little shorter than counted.",
      "extension-schedulers": `The steps were planned for the Dreambooth extension's own {scheduler} curve; this trainer's runs the length of the run, as the research's did: plan with --schedulers research (the planner: "the research's") for its file.`,
      "no-rate": "No learning rate in the file: an adaptive optimizer is not what the research measured."
    },
    refusals: {
      "plan-errors": "the plan has errors; fix them first.",
      lora: "the research measured full fine-tuning and has no LoRA numbers: the files would train a LoRA at rates nobody measured.",
      "missing-paths": "needs {paths}: without them the trainer would start on its own defaults (and fail at the end, or train the wrong model).",
      "relative-path": '{path} must be a full path (not "{value}"): the trainer resolves it from wherever it is started.',
      "token-count": "give one instance token per concept: {concepts|concept|concepts}, {tokens|token|tokens}.",
      "save-every-invalid": "a checkpoint every N steps needs a whole number of steps, at least 1.",
      "token-invalid": '{option} "{value}" cannot be part of a folder name.'
    },
    paths: {
      model: "the model",
      outputDir: "the output folder",
      trainDataDir: "the training image folder",
      regDataDir: "the regularisation folder",
      instanceToken: "the instance token",
      classToken: "the class token"
    },
    planner: {
      title: "Dreambooth Companion: training planner",
      intro: "The research's numbers for your dataset, for any trainer: fill in what you know, read the plan and how each number was found, and download it as a file your trainer loads.",
      language: "Language",
      languageAuto: "Automatic (the browser's)",
      frames: "Frames (instance images)",
      framesHint: "one number, or one per concept: 12, 8",
      formula: "Formula",
      strength: "Strength (name or number)",
      learningRate: "Fixed learning rate (optional)",
      textEncoder: "Text encoder ratio (0 = off, 1 = on)",
      resolution: "Resolution (px)",
      dynamicResolutions: "Dynamic resolutions (optional: 512, 768)",
      batchSize: "Batch size",
      gradAccum: "Gradient accumulation",
      scheduler: "Scheduler",
      schedulers: "Scheduler names are",
      "schedulers.research": "the research's (Dreambooth extension until Jan 2023, kohya, diffusers)",
      "schedulers.extension": "the Dreambooth extension's own (since Jan 2023)",
      startFactor: "Starting factor (extension constant/linear)",
      warmupSteps: "Warmup steps (optional)",
      precision: "Mixed precision",
      scaleLr: "Scale learning rate",
      gpus: "GPUs",
      lora: "LoRA",
      optimizer: "Optimizer (optional)",
      prior: "Prior preservation (class / regularisation images)",
      modelFamily: "Base model family (for the files)",
      model: "Base model (full path, for the files)",
      outputDir: "Output folder (full path)",
      trainDataDir: "Training image folder (full path)",
      regDataDir: "Regularisation folder (full path)",
      instanceToken: "Instance token(s), one per concept (default sks)",
      classToken: "Class word (default person)",
      saveEvery: "Checkpoint every N steps (optional; default: the final model only)",
      plan: "The plan",
      "value.learningRate": "Learning rate",
      "value.strength": "Strength F",
      "value.stepsPerFrame": "Steps per frame",
      "value.maxTrainSteps": "Training steps",
      "value.epochs": "Epochs",
      "value.classImagesPerInstance": "Class images per image",
      "value.classImages": "Class images in total",
      derivation: "How each number was found",
      notices: "Warnings",
      chart: "Steps and epochs per batch size that divides your frames (R7)",
      chartSteps: "steps",
      chartEpochs: "epochs",
      downloads: "Files for your trainer",
      download: "Download {name}",
      "format.kohya-json": "kohya_ss GUI (Load config)",
      "format.sd-scripts-toml": "sd-scripts (--config_file)",
      "format.onetrainer-json": "OneTrainer preset",
      noPlan: "Fix the fields marked above to see the plan."
    },
    options: {
      title: "Dreambooth Companion: where it runs",
      intro: "The companion runs on the WebUI's usual addresses. Add another one (a remote host, a share link) and the browser asks you to allow it for that host only.",
      runsOn: "Runs on",
      address: "WebUI address",
      add: "Add",
      remove: "Remove",
      builtIn: "{pattern} (built in)",
      added: "Added {pattern}: reload the WebUI tab there.",
      removed: "Removed {pattern}.",
      denied: "Not added: the browser did not allow {pattern}.",
      failed: "Not added: {error}",
      language: "Language",
      languageAuto: "Automatic (the WebUI's, else the browser's)",
      languageSaved: "Saved: reload the WebUI tab to see it.",
      "address.empty": "Address: enter the WebUI address, e.g. http://192.168.1.5:7860",
      "address.wildcard": "Address: give one concrete host such as 192.168.1.5:7860; wildcards (*) are not accepted",
      "address.notAddress": 'Address: "{text}" is not a web address',
      "address.scheme": "Address: only http and https addresses can be added (got {scheme})",
      "address.noHost": 'Address: "{text}" has no host',
      "address.credentials": "Address: leave out the user name and password",
      "address.listed": "Address: {pattern} is already in the list"
    }
  };

  // src/i18n/en.ts
  var EN = {
    list: ", ",
    notices: {
      "standard-frames": "The standard formula is meant for at most 5 frames (you have {frames}); above that the token oversaturates. Use the advanced formula.",
      "standard-lr": "The standard formula is meant for LR 1e-5 (you have {rate}); other rates distort images at high CFG.",
      "strength-range": "Strength {strength} is outside the measured range {min} to {max}; the research has no data there.",
      "concepts-unequal": "Concepts have different frame counts ({concepts}); the research found that unequal counts mix concepts. The rate is computed for the largest ({largest}).",
      "batch-not-divisor": "Batch size {batchSize} does not divide {frames|frame|frames}, so one batch is short and training is uneven. Sizes that divide it: {fitting}.",
      "batch-exceeds-frames": "Batch size {batchSize} is larger than the {frames|frame|frames}; it can be at most {frames}.",
      "grad-accum": "Gradient accumulation {gradAccum} only approximates a larger batch; the research advises 1.",
      "scheduler-unknown": 'The research did not measure the scheduler "{scheduler}"; steps count it as constant (×1). Measured: {measured}.',
      "scheduler-start-factor": "The extension's constant scheduler multiplies the rate by its Starting Factor {factor} for the first {position}% of the run, which the research did not measure; with factor 1 it is the research's constant. Steps count it as constant (×1).",
      "scheduler-ramp-up": "The extension's linear scheduler ramps the rate up from {factor} × LR over the first {position}% of the run, which the research did not measure; steps count it as ×1. The research's linear (×2 steps) is linear_with_warmup.",
      "warmup-share": "The warmup of {warmup|step|steps} is {share}% of the {schedulerSteps} the scheduler counts: the rate climbs from 0 for that long, and the plan under-trains. About {proposal} (5%) keeps the research's numbers.",
      "warmup-ignored": "The {scheduler} scheduler takes no warmup: the {warmup|warmup step|warmup steps} do nothing, and the run starts at the full rate. constant_with_warmup uses them.",
      "full-mixed-precision": "Full Mixed Precision holds the UNet's weights in {precision}, which keeps no update smaller than about {floor}: at LR {rate} most of the training is rounded away. Untick it (weights in fp32) to train at the planned rate.",
      "scheduler-ends-early": "The extension sizes {scheduler} for your instance images but steps it over every training example (class images too) and once more per epoch, so its curve ends with {share}% of the run still to go, trained at almost no rate. The plan is for {proposal}, the research's constant.",
      "scheduler-fails": "{scheduler} refuses a rate at or below its end rate of 1e-7, and the planned rate is {rate}: training would stop with an error. The plan is for {proposal}, the research's constant.",
      "te-ratio-interpolated": "Text encoder ratio {ratio} lies between the research's two measured cases (off, on); its numbers are interpolated.",
      "precision-range": "LR {rate} is below the smallest value {precision} holds. The research believed such a rate is lost, but it measured none: under mixed precision the trainers keep the weights in fp32 and apply it. It is lost only where the weights themselves are 16-bit (Full Mixed Precision, full_fp16).",
      "precision-rounding": "{precision} rounds rates below {threshold} (per the research), and {rate} is below that: fine details may be lost.",
      "scale-lr": "Scale Learning Rate is on: the trainer will use {effective} instead of {rate}. Turn it off to train at the planned rate.",
      "out-of-scope.lora": "LoRA is not what the research measured: its rates are for full fine-tuning and are never written into LoRA fields. Steps are shown for reference.",
      "out-of-scope.optimizer": "The adaptive optimizer {optimizer} sets its own rate (LR ≈ 1); the research's rate does not apply. Steps are shown for reference.",
      "optimizer-unmeasured": "The research measured (8-bit) Adam only. For {optimizer} the rate {rate} is what the formulas give for Adam, not a measured rate: optimizers such as Lion usually want a lower one. Steps still follow the research.",
      "dynamic-batch-size": "The research ran dynamic resolution only at batch size 1; larger batches need unshuffled, resolution-ordered frames.",
      "plan-range.rate-low": "The planned learning rate {rate} is outside {min} to {max}, the range the calculator plans for; fewer frames per concept or a higher strength raise it.",
      "plan-range.rate-high": "The planned learning rate {rate} is outside {min} to {max}, the range the calculator plans for; a lower strength lowers it.",
      "plan-range.zero-steps": "The plan rounds to 0 training steps; a lower learning rate or a higher resolution gives it steps.",
      "plan-range.overflow": "The plan needs {steps|step|steps}, more than a trainer's 32-bit counter holds ({max})."
    },
    problems: {
      empty: "empty",
      "not-a-number": 'not a number, got "{got}"',
      "not-finite": "not a finite number",
      "too-small": "too small (at least {min}), got {got}",
      "too-large": "too large (at most {max}), got {got}",
      "not-whole": "not a whole number, got {got}",
      "not-one-of": 'must be one of {choices}, got "{got}"',
      "not-boolean": "must be true or false",
      "not-text": "must be a name",
      "too-long": "is not a name (over {max|character|characters})",
      "not-list": "must be a list",
      "too-few": "needs at least {min|entry|entries}",
      "too-many": "takes at most {max|entry|entries}",
      "unknown-field": "unknown field {name}",
      "not-object": "must be an object of fields",
      required: "is required (or give frames per concept)",
      "sum-mismatch": "is {frames} but the concepts add up to {sum}",
      "total-frames": "add up to {sum|frame|frames}: at most {max} in total",
      "te-both": "give the text encoder as on/off or as a ratio, not both",
      "resolution-both": "give one resolution or several dynamic ones, not both",
      "strength-and-lr": "give a strength or a fixed learning rate, not both",
      "filewords-lr": "filewords mode always uses 1e-5 (R6); drop it or use the standard formula",
      "unknown-strength": 'unknown strength "{got}"; use a number or one of {names}',
      "extension-only": "belongs to the extension's own schedulers; give {field} extension as well",
      "distinct-resolutions": "needs at least two different resolutions"
    },
    ui: {
      autofill: "Autofill",
      title: "Autofill from the training research",
      region: "Dreambooth Companion autofill",
      close: "Close",
      closeLabel: "Close the autofill panel",
      frames: "Frames of concept {slot}",
      noDirectory: "no concept directory set yet",
      formula: "Formula",
      "mode.advanced": "advanced",
      "mode.standard": "standard",
      "mode.filewords": "filewords",
      strength: "Strength",
      strengthInput: "Strength (name or number)",
      prior: "Prior preservation (class images)",
      summary: "{frames|frame|frames}: LR {rate} · {spf|step|steps} per frame · {steps|step|steps} · {epochs|epoch|epochs} · {classImages|class image|class images} per frame",
      field: "Field",
      now: "Now",
      planned: "Planned",
      rule: "Rule",
      writeRow: "Write {label}",
      rowOfConcept: "{label} · concept {slot}",
      notWritten: "not written",
      unchanged: "unchanged",
      empty: "(empty)",
      on: "on",
      off: "off",
      apply: "Apply",
      applyHint: "Enter applies, Escape closes",
      undo: "Undo",
      fromPage: "From the page ({ui})",
      "generation.current": "current extension UI",
      "generation.dated": "extension UI of {date}",
      "generation.kohya": "kohya_ss GUI",
      issue: "{where}: {what}",
      "note.missing": "{label}: not found on this page; assumed {assumed}",
      "note.empty": "{label}: is empty; assumed {assumed}",
      "note.unusable": '{label}: holds "{shown}", which is not usable; assumed {assumed}',
      "note.ambiguous": "{label}: more than one field matches; not read and never written; assumed {assumed}",
      "assumed.noTextEncoder": "0 (no text encoder)",
      "assumed.unchecked": "nothing (not checked)",
      counted: "Counted on the server: {images|image|images} in {directory}, {captioned} with captions",
      countedAtLeast: "Counted on the server: at least {images|image|images} in {directory} (a large folder: counting stopped early), {captioned} with captions",
      "counts.filewords": "All {images|image|images} of concept {slot} have captions: the filewords formula (R6) may suit them.",
      "counts.unreadable": "Concept {slot}: {folders|subfolder|subfolders} could not be read, so are not counted.",
      "countRefused.login": "Not counted: log in again, or type the Dreambooth API Key.",
      "countRefused.key": "Not counted: type the Dreambooth API Key into its field.",
      "countRefused.loopback": "Not counted: without a WebUI login (--gradio-auth) or Dreambooth API key, only 127.0.0.1 and localhost may count.",
      "counts.small": "Concept {slot}: the smallest image side is {side} px, below the training resolution of {resolution} px; the trainer scales such images up.",
      "counts.classImages": "Concept {slot}: {existing|class image|class images} are already in its class folder; the trainer generates the other {missing} of {needed}.",
      enterFrames: "enter how many images the concept has",
      "curve.title": "Learning rate over the run (R9)",
      "curve.planned": "{scheduler}: what the trainer runs",
      "curve.asSet": "{scheduler} as set",
      "curve.research": "the research's constant plan",
      "curve.steps": "steps",
      "curve.epochs": "epochs",
      "curve.none": "No curve to show: the trainer has no scheduler {scheduler}.",
      batches: "Batch sizes that divide your frames (R7)",
      batchSize: "Batch size",
      steps: "Steps",
      epochs: "Epochs",
      use: "Use",
      inUse: "In use",
      noFit: "Does not fit",
      "fit.range": "{value} does not fit the field's range {min} to {max}.",
      "fit.notFinite": "{value} is not a finite number.",
      "fit.negative": "{value} is negative.",
      "fit.labelled": "{label} {reason}",
      "fit.alternatives": "To fit: {list}.",
      "fit.none": "No single change of scheduler, text encoder or resolution brings it into range.",
      "change.scheduler": "the {scheduler} scheduler gives {value}",
      "change.textEncoder": "training the text encoder gives {value}",
      "change.resolution": "{resolution} px gives {value}",
      "change.rate": "LR {rate} gives {value}",
      "why.batchAdopted": "chosen from the batch-size options (divides {frames|frame|frames})",
      "why.sameRate": "the research trained the text encoder with the same rate",
      "why.startFactor": "makes the extension's constant scheduler the research's constant",
      "why.weightsInFp32": "weights kept in fp32 keep updates of the planned rate",
      "why.schedulerSwitch": "the research's constant: the epochs are planned for it",
      "why.optimizerUnmeasured": "computed for Adam, not measured for {optimizer}",
      // The kohya_ss GUI's rows and notes: evidence beside the kohya* tooltips (en-tooltips.ts) and in
      // docs/formulas.md, "Autofill on the kohya_ss GUI" and R16.
      "why.kohyaMaxEpochs": "above 0 it would override {steps}",
      "why.kohyaEpoch": "the epochs the run covers: sd-scripts stops at {steps} inside the last one",
      "why.kohyaWarmup": "keeps your warmup at {share}% of the run, in its steps",
      "why.kohyaNoWarmup": "sd-scripts refuses any warmup with constant",
      // Evidence: kohya_gui/class_basic_training.py:117-121 ("Save every N epochs", default 1),
      // class_advanced_training.py:181-183; sd-scripts library/train_util.py:5863-5867, train_db.py:426;
      // a full checkpoint ≈ 2 GB for SD 1.x/2.x fp16, ≈ 7 GB for SDXL (CHECKPOINT_GB).
      "why.kohyaSaveFinalOnly": "the final model only",
      "why.kohyaSaveFinal": "the final model only; as set, sd-scripts would also write {checkpoints|checkpoint|checkpoints} before it, about {gigabytes} GB",
      "why.kohyaStopRemoved": "a stop of the text encoder inside the run crashes sd-scripts' train_db.py at that step (kohya_ss #2695): removed, the rest kept",
      "why.kohyaTextEncoderOff": "the text encoder is not trained",
      "why.kohyaTextEncoderRateZero": "the text encoder is not trained: it stays in at rate 0, since -1 crashes sd-scripts with an 8-bit optimizer",
      "status.entry": "{label} {from} → {to}",
      "status.wrote": "Wrote {list}. Click {save} to keep them.",
      "status.wroteLive": "Wrote {list}. The GUI takes them when training starts (or when you print its command or save its configuration).",
      "host.kohyaFolders": "The steps assume the image folder holds a folder per concept named {folders}: the number is the repeats (R16), the rest the caption of every image without a .txt caption.",
      "host.kohyaRegFolder": 'The regularisation folder must hold {images|class image|class images} in the folder "{folder}" (its name is their caption).',
      "host.kohyaNoRegFolder": "Class images are on, but the regularisation folder is empty: sd-scripts would train without them. Set the folder, or untick class images.",
      "host.kohyaRegUnused": "A regularisation folder is set ({directory}): sd-scripts pairs every image with a class image from it (R16). Tick class images so the plan counts them, or clear the folder.",
      "host.kohyaDatasetConfig": "A dataset config file is set ({file}): sd-scripts takes folders and repeats from it, not from the folder names the plan assumes.",
      "host.kohyaSdxl": "The research measured SD 1.x/2.x: for SDXL these are the same formulas, untested there (both text encoders get the planned rate).",
      "host.kohyaTextEncoderSnapped": "sd-scripts cannot stop the text encoder partway: train_db.py crashes at the stop (kohya_ss #2695), sdxl_train.py has none. The GUI's settings stop it after {share} of the run; the plan is for a ratio of {used} (1: all run, 0: not at all), the nearer that the research measured.",
      "host.kohyaSchedulerSubstituted": 'sd-scripts has no "{scheduler}" as the plan counts it: {used} is written, which the steps were planned for (×1).',
      "status.nothing": "Nothing to write: the form already holds the planned values.",
      "status.failed": "Not written: {list}.",
      "status.stale": "The form changed since the preview. Check the updated preview, then Apply again.",
      "status.kept": "Kept your {list} (changed since Apply).",
      "status.restored": "Restored {list}.",
      "status.dropped": "The remembered frames of concept {slot} were dropped ({problem}).",
      "tip.enterFrames": "Enter your frames in Autofill to see the numbers for your dataset.",
      "tip.extensionHint": "Extension hint: {hint}",
      "tip.research": "Research: {section}"
    },
    live: {
      yourFrames: "your {frames|frame|frames}",
      largestConcept: "your largest concept's {largest|frame|frames} ({frames} in all)",
      rateNotPlanned: "Not planned for {who}: LoRA or an adaptive optimizer is on, and the research's rate does not apply.",
      rateOfMode: "With {who} ({mode} formula): LR {rate}.",
      rate: "With {who} at strength {strength}: LR {rate}. Twice the frames would halve it; twice the strength would make it {harder}.",
      rateUnmeasured: "That is Adam's rate; the research did not measure {optimizer}.",
      epochs: "With {who}: {epochs|epoch|epochs} ({steps|step|steps} at batch size {batchSize}).",
      maxTrainSteps: "With {who}: {steps|step|steps} at batch size {batchSize}.",
      saveFrequency: "Your plan trains {epochs|epoch|epochs} ({steps|step|steps}); a save near the end and a few previews are enough to check it.",
      batchSizes: "Steps for {who}: {list}. Larger batches take fewer steps but more epochs: each frame is seen more often.",
      batchOption: "batch {batchSize} → {steps} ({epochs|epoch|epochs})",
      gradAccumOne: "With {who}: {steps|step|steps} at 1, as the research advises; {two} at 2.",
      gradAccum: "With {who}: {steps|step|steps} at {gradAccum}; {single} at 1, as the research advises.",
      textEncoder: "With {who}: {on|step|steps} with the text encoder, {off} without (now {steps}).",
      resolution: "At {resolution} px: {spf|step|steps} per frame, {steps|step|steps} for {who}; at {other} px: {otherSpf} and {otherSteps}.",
      classImagesPerInstance: "For {who}: {perFrame|class image|class images} per image, {total} in total.",
      classImagesTotal: "Your concepts: {list}.",
      conceptClassImages: "{frames|frame|frames} → {classImages|class image|class images}",
      scheduler: "{scheduler}: {steps|step|steps} for {who}; {constant}: {constantSteps}.",
      schedulerConstant: "{scheduler}: {steps|step|steps} for {who}.",
      warmupFine: "Your warmup is within a tenth of the {steps} steps the scheduler counts for {who}, or unused by {scheduler}.",
      startFactorUnused: "{scheduler} does not use it.",
      startFactorFull: "At {factor}, {scheduler} trains at the full rate all along: the research's constant.",
      precision: "{notice}",
      precisionExact: "Your LR {rate} is held exactly in {precision}.",
      scaleLrOn: "On: the trainer would use {scaled} instead of {rate}.",
      scaleLrOff: "If on: the trainer would use {scaled} instead of {rate}.",
      scaleLrNoChange: "Changes nothing at batch size 1, gradient accumulation 1 and one GPU: the trainer uses {rate} either way.",
      loraOn: "On: Autofill leaves every learning rate alone and plans steps only.",
      loraOff: "Off: Autofill plans the full fine-tuning rate {rate}.",
      loraOffAdaptive: "Off: the full fine-tuning plan applies, without a rate: {optimizer} picks its own.",
      optimizerAdaptive: "{optimizer} is adaptive: Autofill does not write a rate.",
      optimizerUnmeasured: "{optimizer} was not measured by the research: {rate} is the rate for Adam, offered unticked.",
      optimizerMeasured: "{optimizer} is what the research measured: the planned rate {rate} applies.",
      thisOptimizer: "This optimizer",
      kohyaSteps: "With {who}: Max train steps {steps}, the research's {planSteps|step|steps} at batch size {batchSize} counted as sd-scripts' optimizer steps (gradient accumulation {gradAccum}).",
      kohyaStepsPrior: "With {who}: Max train steps {steps}: the research's {planSteps|step|steps} at batch size {batchSize}, two samples each with class images (R16), counted as sd-scripts' optimizer steps (gradient accumulation {gradAccum}).",
      kohyaEpoch: "With {who}: {epochs|epoch|epochs}; sd-scripts stops at step {steps} inside the last one.",
      kohyaFolders: "For {who}: name the concept's folder {folders}.",
      kohyaRegImages: 'For {who}: {images|class image|class images} ({perFrame} per image) in the folder "{folder}".',
      kohyaRegImagesOff: 'Class images are off. With them, {who} would need {images|class image|class images} ({perFrame} per image) in "{folder}", and Max train steps {steps}.',
      kohyaScheduler: "{scheduler}: Max train steps {steps} for {who}; constant: {constantSteps}.",
      kohyaSchedulerConstant: "{scheduler}: Max train steps {steps} for {who}.",
      kohyaWarmup: "Your warmup: {warmup|step|steps} of the {steps}, within a tenth of the run.",
      kohyaResolution: "At {resolution} px: Max train steps {steps} for {who}; at {other} px: {otherSteps}.",
      kohyaTextEncoder: "With {who}: Max train steps {on} with the text encoder all run, {off} without (now {steps}).",
      kohyaGradAccum: "With {who}: Max train steps {steps} at {gradAccum}; {single} at 1, as the research advises."
    }
  };

  // src/i18n/ja-pages.ts
  var JA_PAGES = {
    exports: {
      "instance-folders": "学習フォルダー（train_data_dir）の中の画像フォルダーを {folders} と名付けてください。数字は計画で数えた繰り返し回数、残りは .txt キャプションのない画像のキャプションです。",
      "reg-folder": "正則化フォルダー（reg_data_dir）の中のフォルダー「{folder}」に正則化画像を {images} 枚入れてください（フォルダー名がキャプションになります）。",
      "kohya-gui-paths": "ファイルは GUI のモデル・出力・画像フォルダーを変えません。Folders と Model のページで設定してください。GUI は開始前にそれらを確認します。",
      "saves-final": "最終モデルだけを保存します（エポックごと・N ステップごとのチェックポイントはなし）。",
      "saves-every": "計画の {every} ステップごとにチェックポイントを保存し（このトレーナーの数え方では {trainerEvery}）、最終モデルも保存します。",
      "onetrainer-captions": "OneTrainer は各画像の横の .txt からキャプションを読みます。「{folder}」では「{caption}」と書いてください（画像ごとに 1 つの .txt）。",
      "onetrainer-concepts": "コンセプトは {name} にもあり、プリセットのコンセプトファイル {file} です。OneTrainer の UI はそこから読み込み（そこに保存してください）、scripts/train.py はプリセット自体から読みます。",
      "start-sd-scripts": "sd-scripts のフォルダーで起動します：accelerate launch {script} --config_file {config}",
      "start-onetrainer": "OneTrainer のフォルダーで起動します：python scripts/train.py --config-path {config}",
      "start-kohya-gui": "kohya_ss GUI で：Dreambooth タブの Configuration で「Load/Save Config file」に {config} を入れて読み込み、Start training（または Print training command）。",
      "scheduler-substituted": "トレーナーには計画で数えた「{scheduler}」がありません。ファイルでは {used} を使い、ステップ数もそれ（×1）で計画しています。",
      "family-unmeasured": "研究で測定したのは SD 1.x/2.x です。SDXL では同じ式を使いますが、そこでは未検証です（2 つのテキストエンコーダーとも計画の学習率）。",
      "sd2-v-prediction": "SD 2.x：ファイルは解像度に合わせて {model} モデル用です（768 px は 768-v の v-prediction、512 px は base）。お使いのモデルが別の方なら変更してください。",
      "te-share-snapped": "sd-scripts はテキストエンコーダーを途中で止められません。train_db.py は止めるステップで異常終了し（kohya_ss #2695）、sdxl_train.py には止める機能がありません。ファイルは {share} ではなく、研究が実測した値のうち近いほうのテキストエンコーダー比率 {used}（1：全期間学習、0：学習しない）で計画します。OneTrainer なら指定どおり途中で止められます。",
      "dynamic-resolution": "トレーナーは 1 つの解像度で学習します。ファイルでは最大の {resolution} px を使い、計画が解像度ごとに数えたコピー（R12）は作られません。",
      "scale-lr-unscaled": "ファイルには計画の学習率 {rate} をスケールせずに書いています。トレーナーはそのまま使うべきです：sd-scripts と kohya_ss GUI は学習率をスケールせず、OneTrainer の Learning Rate Scaler は NONE にしています。",
      buckets: "OneTrainer はアスペクト比のバケットごとに各エポックの端数のバッチを捨てます。画像のアスペクト比が複数あると、学習は数えたより少し短くなります。",
      "extension-schedulers": "ステップ数は Dreambooth 拡張機能自身のスケジューラー {scheduler} の曲線で計画しています。このトレーナーの曲線は研究と同じく学習全体にわたります。そのファイルには --schedulers research（プランナーでは「研究のもの」）で計画してください。",
      "no-rate": "ファイルに学習率はありません。適応型オプティマイザーは研究の測定対象外です。"
    },
    refusals: {
      "plan-errors": "計画にエラーがあります。先に直してください。",
      lora: "研究で測定したのはフルファインチューニングで、LoRA の数値はありません。ファイルは誰も測定していない学習率で LoRA を学習させることになります。",
      "missing-paths": "{paths}が必要です。ないとトレーナーは自分の既定値で始めてしまいます（最後に失敗するか、別のモデルを学習します）。",
      "relative-path": "{path}はフルパスにしてください（「{value}」ではなく）。トレーナーは起動した場所から相対パスを解決します。",
      "token-count": "コンセプトごとにインスタンストークンを 1 つ指定してください：コンセプト {concepts} 個、トークン {tokens} 個。",
      "save-every-invalid": "N ステップごとのチェックポイントには 1 以上の整数のステップ数が必要です。",
      "token-invalid": "{option}「{value}」はフォルダー名に使えません。"
    },
    paths: {
      model: "モデル",
      outputDir: "出力フォルダー",
      trainDataDir: "学習画像フォルダー",
      regDataDir: "正則化フォルダー",
      instanceToken: "インスタンストークン",
      classToken: "クラストークン"
    },
    planner: {
      title: "Dreambooth Companion：学習プランナー",
      intro: "研究の計算式で、お使いのデータセットに合った数値を出します（どのトレーナーでも使えます）。分かっている項目を入力し、計画と各数値の根拠を確認して、トレーナーが読み込めるファイルをダウンロードしてください。",
      language: "言語",
      languageAuto: "自動（ブラウザーの言語）",
      frames: "教師画像の枚数",
      framesHint: "1 つの数値、またはコンセプトごと：12, 8",
      formula: "計算式",
      strength: "強度（名前か数値）",
      learningRate: "固定の学習率（任意）",
      textEncoder: "テキストエンコーダー比率（0 = オフ、1 = オン）",
      resolution: "解像度（px）",
      dynamicResolutions: "動的解像度（任意：512, 768）",
      batchSize: "バッチサイズ",
      gradAccum: "勾配累積",
      scheduler: "スケジューラー",
      schedulers: "スケジューラー名の意味",
      "schedulers.research": "研究のもの（2023 年 1 月までの Dreambooth 拡張機能、kohya、diffusers）",
      "schedulers.extension": "Dreambooth 拡張機能独自のもの（2023 年 1 月以降）",
      startFactor: "開始係数（拡張機能の constant/linear）",
      warmupSteps: "ウォームアップのステップ数（任意）",
      precision: "混合精度",
      scaleLr: "学習率のスケーリング",
      gpus: "GPU の数",
      lora: "LoRA",
      optimizer: "オプティマイザー（任意）",
      prior: "正則化画像を使う（Prior preservation）",
      modelFamily: "ベースモデルの系統（ファイル用）",
      model: "ベースモデル（フルパス、ファイル用）",
      outputDir: "出力フォルダー（フルパス）",
      trainDataDir: "学習画像フォルダー（フルパス）",
      regDataDir: "正則化フォルダー（フルパス）",
      instanceToken: "インスタンストークン、コンセプトごとに 1 つ（既定 sks）",
      classToken: "クラスの単語（既定 person）",
      saveEvery: "N ステップごとのチェックポイント（任意。既定は最終モデルのみ）",
      plan: "計画",
      "value.learningRate": "学習率",
      "value.strength": "強度 F",
      "value.stepsPerFrame": "1 枚あたりのステップ数",
      "value.maxTrainSteps": "学習ステップ数",
      "value.epochs": "エポック数",
      "value.classImagesPerInstance": "1 枚あたりの正則化画像数",
      "value.classImages": "正則化画像の合計枚数",
      derivation: "各数値の根拠",
      notices: "警告",
      chart: "教師画像の枚数を割り切るバッチサイズごとのステップ数とエポック数（R7）",
      chartSteps: "ステップ数",
      chartEpochs: "エポック数",
      downloads: "トレーナー用のファイル",
      download: "{name} をダウンロード",
      "format.kohya-json": "kohya_ss GUI（Load config）",
      "format.sd-scripts-toml": "sd-scripts (--config_file)",
      "format.onetrainer-json": "OneTrainer のプリセット",
      noPlan: "上で印の付いた項目を直すと計画が表示されます。"
    },
    options: {
      title: "Dreambooth Companion：動作するアドレス",
      intro: "WebUI のいつものアドレスで動作します。別のアドレス（リモートのホスト、共有リンク）を追加すると、ブラウザーはそのホストだけの許可を求めます。",
      runsOn: "動作するアドレス",
      address: "WebUI のアドレス",
      add: "追加",
      remove: "削除",
      builtIn: "{pattern}（組み込み）",
      added: "{pattern} を追加しました。そのアドレスの WebUI タブを再読み込みしてください。",
      removed: "{pattern} を削除しました。",
      denied: "追加できませんでした：ブラウザーが {pattern} を許可しませんでした。",
      failed: "追加できませんでした：{error}",
      language: "言語",
      languageAuto: "自動（WebUI の言語、なければブラウザーの言語）",
      languageSaved: "保存しました。WebUI タブを再読み込みすると反映されます。",
      "address.empty": "アドレス：WebUI のアドレスを入力してください（例：http://192.168.1.5:7860）",
      "address.wildcard": "アドレス：192.168.1.5:7860 のように具体的なホストを 1 つ指定してください。ワイルドカード（*）は使えません",
      "address.notAddress": "アドレス：「{text}」は Web アドレスではありません",
      "address.scheme": "アドレス：追加できるのは http と https のアドレスだけです（入力：{scheme}）",
      "address.noHost": "アドレス：「{text}」にはホストがありません",
      "address.credentials": "アドレス：ユーザー名とパスワードは外してください",
      "address.listed": "アドレス：{pattern} はすでに一覧にあります"
    }
  };

  // src/i18n/ja.ts
  var JA = {
    list: "、",
    notices: {
      "standard-frames": "標準式は教師画像 5 枚以下向けです（現在 {frames} 枚）。それ以上ではトークンが過飽和になります。上級式を使ってください。",
      "standard-lr": "標準式は学習率 1e-5 向けです（現在 {rate}）。ほかの学習率では高い CFG で画像が崩れます。",
      "strength-range": "強度 {strength} は研究で測定された範囲 {min} ～ {max} の外で、データがありません。",
      "concepts-unequal": "コンセプトごとの教師画像の枚数が違います（{concepts}）。研究では枚数が違うとコンセプトが混ざることがわかっています。学習率は最も多いコンセプト（{largest} 枚）で計算します。",
      "batch-not-divisor": "教師画像 {frames} 枚はバッチサイズ {batchSize} で割り切れないため、最後のバッチが欠けて学習が不均一になります。割り切れるサイズ：{fitting}。",
      "batch-exceeds-frames": "バッチサイズ {batchSize} が教師画像の枚数（{frames} 枚）を超えています。{frames} 以下にしてください。",
      "grad-accum": "勾配累積 {gradAccum} は大きなバッチの近似にすぎません。研究の推奨は 1 です。",
      "scheduler-unknown": "スケジューラー「{scheduler}」は研究で測定されていません。ステップ数は constant（×1）として数えます。測定済み：{measured}。",
      "scheduler-start-factor": "拡張機能の constant スケジューラーは学習の最初の {position}% の間、学習率に開始係数 {factor} を掛けます。これは研究で測定されていません。係数 1 のときだけ研究の constant と同じです。ステップ数は constant（×1）として数えます。",
      "scheduler-ramp-up": "拡張機能の linear スケジューラーは学習の最初の {position}% で学習率を {factor} × 学習率から引き上げます。これは研究で測定されていません。ステップ数は ×1 として数えます。研究の linear（ステップ数 ×2）は linear_with_warmup です。",
      "warmup-share": "ウォームアップ {warmup} ステップは、スケジューラーが数える {schedulerSteps} ステップの {share}% です。その間は学習率が 0 から上がっていくため、学習不足になります。約 {proposal} ステップ（5%）にすれば研究の数値を保てます。",
      "warmup-ignored": "{scheduler} スケジューラーはウォームアップを使いません。{warmup} ステップのウォームアップは効果がなく、最初から本来の学習率で学習します。constant_with_warmup なら使われます。",
      "full-mixed-precision": "Full Mixed Precision は UNet の重みを {precision} で保持し、約 {floor} より小さい更新は残りません：学習率 {rate} では学習の大半が丸めで消えます。チェックを外す（重みを fp32 にする）と計画の学習率で学習できます。",
      "scheduler-ends-early": "拡張機能は {scheduler} の長さを学習画像の枚数で決めますが、進めるのは学習例（正則化画像を含む）ごと、さらにエポックごとに 1 回です。そのため曲線が終わった時点で学習はまだ {share}% 残り、その部分はほぼ学習率ゼロで学習します。計画は研究の constant にあたる {proposal} で立てています。",
      "scheduler-fails": "{scheduler} は終了時の学習率 1e-7 以下の学習率を受け付けず、計画の学習率は {rate} です：学習はエラーで止まります。計画は研究の constant にあたる {proposal} で立てています。",
      "te-ratio-interpolated": "テキストエンコーダー比率 {ratio} は研究で測定された 2 つの場合（オフ・オン）の間にあり、数値は補間です。",
      "precision-range": "学習率 {rate} は {precision} で表せる最小値より小さい値です。研究はこうした学習率は失われると考えましたが、測ってはいません。混合精度ではトレーナーが重みを fp32 で持つため、この学習率もそのまま効きます。失われるのは重みそのものが 16 ビットのとき（Full Mixed Precision、full_fp16）だけです。",
      "precision-rounding": "{precision} は {threshold} 未満の学習率を丸めます（研究より）。{rate} はそれより小さいため、細部が失われることがあります。",
      "scale-lr": "Scale Learning Rate がオンです。トレーナーは {rate} ではなく {effective} を使います。計画どおりの学習率で学習するにはオフにしてください。",
      "out-of-scope.lora": "LoRA は研究の測定対象外です。研究の学習率はフルファインチューニング用で、LoRA の欄には書き込みません。ステップ数は参考値です。",
      "out-of-scope.optimizer": "適応型オプティマイザー {optimizer} は学習率を自分で決めます（約 1）。研究の学習率は当てはまりません。ステップ数は参考値です。",
      "optimizer-unmeasured": "研究で測定されたのは（8bit）Adam だけです。{optimizer} の場合も、{rate} は Adam を前提に式が出した値で、実測値ではありません。Lion などのオプティマイザーには通常もっと低い学習率が適しています。ステップ数は研究どおりです。",
      "dynamic-batch-size": "研究で動的解像度を使ったのはバッチサイズ 1 のときだけです。それより大きいバッチでは、シャッフルをやめて解像度順に並べた教師画像が必要です。",
      "plan-range.rate-low": "計画の学習率 {rate} は、計算機が扱う範囲 {min} ～ {max} の外です。コンセプトあたりの教師画像を減らすか強度を上げると上がります。",
      "plan-range.rate-high": "計画の学習率 {rate} は、計算機が扱う範囲 {min} ～ {max} の外です。強度を下げると下がります。",
      "plan-range.zero-steps": "計画を丸めると学習ステップ数が 0 になります。学習率を下げるか解像度を上げると、ステップ数が 1 以上になります。",
      "plan-range.overflow": "計画には {steps} ステップ必要で、トレーナーの 32 ビットカウンターの上限（{max}）を超えます。"
    },
    problems: {
      empty: "空です",
      "not-a-number": "数値ではありません（入力：「{got}」）",
      "not-finite": "有限の数値ではありません",
      "too-small": "小さすぎます（{min} 以上）。入力：{got}",
      "too-large": "大きすぎます（{max} 以下）。入力：{got}",
      "not-whole": "整数ではありません（入力：{got}）",
      "not-one-of": "{choices} のいずれかにしてください（入力：「{got}」）",
      "not-boolean": "true か false にしてください",
      "not-text": "名前を入れてください",
      "too-long": "名前ではありません（{max} 文字超）",
      "not-list": "リストにしてください",
      "too-few": "{min} 個以上必要です",
      "too-many": "{max} 個までです",
      "unknown-field": "不明な項目 {name}",
      "not-object": "項目のオブジェクトにしてください",
      required: "必須です（またはコンセプトごとの枚数を指定）",
      "sum-mismatch": "{frames} ですが、コンセプトの合計は {sum} です",
      "total-frames": "合計 {sum} 枚：全体で {max} 枚までです",
      "te-both": "テキストエンコーダーはオン/オフか比率のどちらか一方で指定してください",
      "resolution-both": "解像度は 1 つか、動的解像度を複数か、どちらか一方で指定してください",
      "strength-and-lr": "強度か固定学習率のどちらか一方を指定してください",
      "filewords-lr": "filewords モードは常に 1e-5 です（R6）。学習率を外すか標準式を使ってください",
      "unknown-strength": "不明な強度「{got}」。数値か次のいずれかにしてください：{names}",
      "extension-only": "拡張機能のスケジューラー専用の項目です。{field} extension も指定してください",
      "distinct-resolutions": "異なる解像度が 2 つ以上必要です"
    },
    ui: {
      autofill: "自動入力",
      title: "学習パラメーター研究に基づく自動入力",
      region: "Dreambooth Companion 自動入力",
      close: "閉じる",
      closeLabel: "自動入力パネルを閉じる",
      frames: "コンセプト {slot} の教師画像数",
      noDirectory: "コンセプトのフォルダーが未設定",
      formula: "計算式",
      "mode.advanced": "上級",
      "mode.standard": "標準",
      "mode.filewords": "filewords",
      strength: "強度",
      strengthInput: "強度（プリセット名か数値）",
      prior: "正則化画像を使う（Prior preservation）",
      summary: "教師画像 {frames} 枚｜学習率 {rate}｜1 枚あたり {spf} ステップ｜計 {steps} ステップ｜{epochs} エポック｜1 枚あたり正則化画像 {classImages} 枚",
      field: "項目",
      now: "現在",
      planned: "計画",
      rule: "ルール",
      writeRow: "{label} を書き込む",
      rowOfConcept: "{label}（コンセプト {slot}）",
      notWritten: "書き込まない",
      unchanged: "変更なし",
      empty: "（空）",
      on: "オン",
      off: "オフ",
      apply: "適用",
      applyHint: "Enter で適用、Esc で閉じる",
      undo: "元に戻す",
      fromPage: "ページから読み取った値（{ui}）",
      "generation.current": "現行の拡張機能 UI",
      "generation.dated": "{date} 版の拡張機能 UI",
      "generation.kohya": "kohya_ss GUI",
      issue: "{where}：{what}",
      "note.missing": "{label}：このページに見つかりません。{assumed} とみなしました",
      "note.empty": "{label}：空です。{assumed} とみなしました",
      "note.unusable": "{label}：「{shown}」は使えない値です。{assumed} とみなしました",
      "note.ambiguous": "{label}：複数の項目に一致します。読み取らず、書き込みもしません。{assumed} とみなしました",
      "assumed.noTextEncoder": "0（テキストエンコーダーなし）",
      "assumed.unchecked": "なし（確認しない）",
      counted: "サーバーで集計：{directory} に画像 {images} 枚、うちキャプション付き {captioned} 枚",
      countedAtLeast: "サーバーで集計：{directory} に画像が少なくとも {images} 枚（大きなフォルダーのため途中で集計を止めました）、うちキャプション付き {captioned} 枚",
      "counts.filewords": "コンセプト {slot} の画像 {images} 枚すべてにキャプションがあります。filewords 式（R6）が合うかもしれません。",
      "counts.unreadable": "コンセプト {slot}：サーバー上の {folders} 個のサブフォルダーを読み取れず、その画像は集計に含まれていません。",
      "countRefused.login": "フォルダーは集計されていません：WebUI にログインが設定されていて、このページはログインしていません。ログインし直すか、Dreambooth の API キー欄にキーを入力してください。それまでは画像の枚数を入力してください。",
      "countRefused.key": "フォルダーは集計されていません：Dreambooth 拡張機能に API キーが設定されています。Dreambooth タブの API キー欄に入力すると集計できます。それまでは画像の枚数を入力してください。",
      "countRefused.loopback": "フォルダーは集計されていません：WebUI のログイン（--gradio-auth）も Dreambooth の API キーもないとき、サーバーはこのマシン（127.0.0.1 または localhost）からの要求にだけ答えます。どちらかを設定するとここから集計できます。それまでは画像の枚数を入力してください。",
      "counts.small": "コンセプト {slot}：画像の短辺の最小値が {side} px で、学習解像度 {resolution} px を下回っています。こうした画像はトレーナーが拡大します。",
      "counts.classImages": "コンセプト {slot}：正則化画像のフォルダーにすでに {existing} 枚あります。トレーナーは必要な {needed} 枚のうち残りの {missing} 枚を生成します。",
      enterFrames: "このコンセプトの画像の枚数を入力してください",
      "curve.title": "学習中の学習率（R9）",
      "curve.planned": "{scheduler}：トレーナーが実際に使う曲線",
      "curve.asSet": "現在の設定の {scheduler}",
      "curve.research": "研究の constant の計画",
      "curve.steps": "ステップ",
      "curve.epochs": "エポック",
      "curve.none": "表示できる曲線はありません：トレーナーに {scheduler} というスケジューラーはありません。",
      batches: "教師画像の枚数を割り切れるバッチサイズ（R7）",
      batchSize: "バッチサイズ",
      steps: "ステップ数",
      epochs: "エポック数",
      use: "使用",
      inUse: "使用中",
      noFit: "範囲外",
      "fit.range": "{value} はこの項目の範囲 {min} ～ {max} に入りません。",
      "fit.notFinite": "{value} は有限の数値ではありません。",
      "fit.negative": "{value} は負の値です。",
      "fit.labelled": "{label} {reason}",
      "fit.alternatives": "範囲に入れるには：{list}。",
      "fit.none": "スケジューラー、テキストエンコーダー、解像度のどれか 1 つを変えるだけでは範囲に入りません。",
      "change.scheduler": "{scheduler} スケジューラーなら {value}",
      "change.textEncoder": "テキストエンコーダーも学習すれば {value}",
      "change.resolution": "{resolution} px なら {value}",
      "change.rate": "学習率 {rate} なら {value}",
      "why.batchAdopted": "バッチサイズの表から選択（教師画像 {frames} 枚を割り切る）",
      "why.sameRate": "研究ではテキストエンコーダーも同じ学習率で学習",
      "why.startFactor": "拡張機能の constant スケジューラーを研究の constant と同じにする",
      "why.weightsInFp32": "重みを fp32 で保持すれば、計画の学習率の更新が残ります",
      "why.schedulerSwitch": "研究の constant にあたり、エポック数はこれで計画しています",
      "why.optimizerUnmeasured": "Adam 用の値。{optimizer} は研究で未測定",
      "why.kohyaMaxEpochs": "0 より大きいと「{steps}」を上書きします",
      "why.kohyaEpoch": "学習が及ぶエポック数。sd-scripts は最後のエポックの途中で「{steps}」に達して止まります",
      "why.kohyaWarmup": "ウォームアップを学習の {share}% に保ち、その学習のステップ数で書きます",
      "why.kohyaNoWarmup": "sd-scripts は constant ではウォームアップを一切受け付けません",
      "why.kohyaSaveFinalOnly": "最終モデルだけを保存します",
      "why.kohyaSaveFinal": "最終モデルだけを保存します。今の設定のままだと、sd-scripts はその前にチェックポイントを {checkpoints} 個（約 {gigabytes} GB）書き出します",
      "why.kohyaStopRemoved": "学習の途中でテキストエンコーダーを止めると、sd-scripts の train_db.py はそのステップで異常終了します（kohya_ss #2695）。そのため削除し、ほかはそのまま残します",
      "why.kohyaTextEncoderOff": "テキストエンコーダーは学習しません",
      "why.kohyaTextEncoderRateZero": "テキストエンコーダーは学習しません。-1 では 8 ビットのオプティマイザーで sd-scripts が異常終了するため、学習率 0 のまま残します",
      "status.entry": "{label} {from} → {to}",
      "status.wrote": "{list} を書き込みました。「{save}」で保存してください。",
      "status.wroteLive": "{list} を書き込みました。GUI は学習開始時（またはコマンドの表示や設定の保存時）にこれらを読みます。",
      "host.kohyaFolders": "ステップ数は、画像フォルダーにコンセプトごとのフォルダー {folders} があることを前提にしています。数字は繰り返し回数（R16）、残りは .txt キャプションのない画像のキャプションです。",
      "host.kohyaRegFolder": "正則化フォルダーにはフォルダー「{folder}」に正則化画像を {images} 枚入れてください（フォルダー名がキャプションになります）。",
      "host.kohyaNoRegFolder": "正則化画像はオンですが、正則化フォルダーが空です。sd-scripts は正則化画像なしで学習します。フォルダーを設定するか、正則化画像のチェックを外してください。",
      "host.kohyaRegUnused": "正則化フォルダー（{directory}）が設定されています。sd-scripts はどの画像にもそこから正則化画像を 1 枚組み合わせます（R16）。計画に数えるよう正則化画像にチェックを入れるか、フォルダーを空にしてください。",
      "host.kohyaDatasetConfig": "データセット設定ファイル（{file}）が設定されています。sd-scripts はフォルダーと繰り返し回数をそこから読み、計画が前提にするフォルダー名からは読みません。",
      "host.kohyaSdxl": "研究で測定したのは SD 1.x/2.x です。SDXL では同じ式を使いますが、そこでは未検証です（2 つのテキストエンコーダーとも計画の学習率）。",
      "host.kohyaTextEncoderSnapped": "sd-scripts はテキストエンコーダーを途中で止められません。train_db.py は止めるステップで異常終了し（kohya_ss #2695）、sdxl_train.py には止める機能がありません。GUI の設定では学習の {share} の時点で止まるため、研究が実測した値のうち近いほうの比率 {used}（1：全期間学習、0：学習しない）で計画します。",
      "host.kohyaSchedulerSubstituted": "sd-scripts には計画で数えた「{scheduler}」がありません。{used} を書き込み、ステップ数もそれ（×1）で計画しています。",
      "status.nothing": "書き込むものはありません。フォームはすでに計画どおりの値です。",
      "status.failed": "書き込めなかった項目：{list}。",
      "status.stale": "プレビューの後にフォームが変わりました。更新されたプレビューを確認してから、もう一度適用してください。",
      "status.kept": "適用後に変更された {list} はそのまま残しました。",
      "status.restored": "{list} を元に戻しました。",
      "status.dropped": "記憶していたコンセプト {slot} の枚数は破棄しました（{problem}）。",
      "tip.enterFrames": "自動入力で教師画像の枚数を入力すると、お使いのデータセットに合わせた数値が表示されます。",
      "tip.extensionHint": "拡張機能のヒント：{hint}",
      "tip.research": "研究の出典：{section}"
    },
    live: {
      yourFrames: "教師画像 {frames} 枚",
      largestConcept: "最も多いコンセプトの教師画像 {largest} 枚（全体で {frames} 枚）",
      rateNotPlanned: "{who}：学習率は計画しません。LoRA または適応型オプティマイザーを使用中のため、研究の学習率は当てはまりません。",
      rateOfMode: "{who}（{mode}式）：学習率 {rate}。",
      rate: "{who}、強度 {strength}：学習率 {rate}。枚数が 2 倍なら半分、強度が 2 倍なら {harder} になります。",
      rateUnmeasured: "これは Adam の学習率です。{optimizer} は研究で測定されていません。",
      epochs: "{who}：{epochs} エポック（バッチサイズ {batchSize} で {steps} ステップ）。",
      maxTrainSteps: "{who}：バッチサイズ {batchSize} で {steps} ステップ。",
      saveFrequency: "この計画は {epochs} エポック（{steps} ステップ）学習します。終盤に 1 回保存し、いくつかのプレビューで確かめれば十分です。",
      batchSizes: "{who}のステップ数：{list}。バッチが大きいほどステップ数は減りますが、エポック数は増えます（各画像を見る回数が増えるため）。",
      batchOption: "バッチ {batchSize} → {steps}（{epochs} エポック）",
      gradAccumOne: "{who}：1 で {steps} ステップ（研究の推奨）、2 で {two}。",
      gradAccum: "{who}：{gradAccum} で {steps} ステップ、1 で {single}（研究の推奨）。",
      textEncoder: "{who}：テキストエンコーダーありで {on} ステップ、なしで {off}（現在 {steps}）。",
      resolution: "{resolution} px：1 枚あたり {spf} ステップ、{who}で計 {steps} ステップ。{other} px なら 1 枚あたり {otherSpf} ステップ、計 {otherSteps} ステップ。",
      classImagesPerInstance: "{who}：1 枚あたり正則化画像 {perFrame} 枚、合計 {total} 枚。",
      classImagesTotal: "各コンセプト：{list}。",
      conceptClassImages: "教師画像 {frames} 枚 → 正則化画像 {classImages} 枚",
      scheduler: "{scheduler}：{who}で {steps} ステップ。{constant}：{constantSteps}。",
      schedulerConstant: "{scheduler}：{who}で {steps} ステップ。",
      warmupFine: "ウォームアップは、スケジューラーが数える{who}の {steps} ステップの 1 割以内に収まっています（または {scheduler} では使われません）。",
      startFactorUnused: "{scheduler} はこの値を使いません。",
      startFactorFull: "{factor} なら {scheduler} は最初から最後まで本来の学習率で学習します。研究の constant と同じです。",
      precision: "{notice}",
      precisionExact: "学習率 {rate} は {precision} で正確に表せます。",
      scaleLrOn: "オン：トレーナーは {rate} ではなく {scaled} を使います。",
      scaleLrOff: "オンにすると：トレーナーは {rate} ではなく {scaled} を使います。",
      scaleLrNoChange: "バッチサイズ 1、勾配累積 1、GPU 1 台では何も変わりません：トレーナーはどちらでも {rate} を使います。",
      loraOn: "オン：自動入力は学習率に手を付けず、ステップ数だけを計画します。",
      loraOff: "オフ：自動入力はフルファインチューニングの学習率 {rate} を計画します。",
      loraOffAdaptive: "オフ：フルファインチューニングの計画が当てはまりますが、学習率はありません：{optimizer} が自分で決めます。",
      optimizerAdaptive: "{optimizer} は適応型です。自動入力は学習率を書き込みません。",
      optimizerUnmeasured: "{optimizer} は研究で測定されていません。{rate} は Adam 用の学習率のため、チェックを外した状態で提示します。",
      optimizerMeasured: "{optimizer} は研究が測定したものです。計画の学習率 {rate} が当てはまります。",
      thisOptimizer: "このオプティマイザー",
      kohyaSteps: "{who}：Max train steps は {steps}。バッチサイズ {batchSize} での研究の {planSteps} ステップを、sd-scripts のオプティマイザーのステップ数で数えたものです（勾配累積 {gradAccum}）。",
      kohyaStepsPrior: "{who}：Max train steps は {steps}。バッチサイズ {batchSize} での研究の {planSteps} ステップで、正則化画像があると 1 ステップ 2 サンプル（R16）、sd-scripts のオプティマイザーのステップ数で数えたものです（勾配累積 {gradAccum}）。",
      kohyaEpoch: "{who}：{epochs} エポック。sd-scripts は最後のエポックの途中、{steps} ステップで止まります。",
      kohyaFolders: "{who}：コンセプトのフォルダーを {folders} と名付けてください。",
      kohyaRegImages: "{who}：フォルダー「{folder}」に正則化画像 {images} 枚（1 枚あたり {perFrame} 枚）。",
      kohyaRegImagesOff: "正則化画像はオフです。使う場合、{who}では「{folder}」に正則化画像 {images} 枚（1 枚あたり {perFrame} 枚）が必要で、Max train steps は {steps} です。",
      kohyaScheduler: "{scheduler}：{who}で Max train steps は {steps}、constant なら {constantSteps}。",
      kohyaSchedulerConstant: "{scheduler}：{who}で Max train steps は {steps}。",
      kohyaWarmup: "ウォームアップ：{steps} ステップのうち {warmup} ステップで、学習の 10 分の 1 以内です。",
      kohyaResolution: "{resolution} px：{who}で Max train steps は {steps}、{other} px なら {otherSteps}。",
      kohyaTextEncoder: "{who}：テキストエンコーダーを全期間学習すると Max train steps は {on}、学習しないと {off}（現在 {steps}）。",
      kohyaGradAccum: "{who}：{gradAccum} で Max train steps は {steps}、1 なら {single}（研究の推奨）。"
    }
  };

  // src/i18n/zh-pages.ts
  var ZH_PAGES = {
    exports: {
      "instance-folders": "在训练文件夹（train_data_dir）里，把图片文件夹命名为 {folders}：数字是方案所计的重复次数，其余部分是没有 .txt 标注的图片的标注。",
      "reg-folder": "在正则化文件夹（reg_data_dir）里，把 {images} 张类别图放进文件夹“{folder}”（文件夹名就是它们的标注）。",
      "kohya-gui-paths": "文件不改动 GUI 中的模型、输出和图片文件夹：请在 Folders 和 Model 页设定；GUI 在开始前会检查它们。",
      "saves-final": "只保存最终模型（不每轮或每 N 步保存检查点）。",
      "saves-every": "每 {every} 步方案步数保存一个检查点（按这个训练器的计数为 {trainerEvery}），并保存最终模型。",
      "onetrainer-captions": "OneTrainer 从每张图片旁的 .txt 读取标注：在“{folder}”中，把“{caption}”写进去（每张图一个 .txt）。",
      "onetrainer-concepts": "概念也写在 {name} 中，即预设的概念文件 {file}：OneTrainer 的界面从那里加载概念（请把它保存在那里），scripts/train.py 则从预设本身读取。",
      "start-sd-scripts": "在 sd-scripts 文件夹中启动：accelerate launch {script} --config_file {config}",
      "start-onetrainer": "在 OneTrainer 文件夹中启动：python scripts/train.py --config-path {config}",
      "start-kohya-gui": "在 kohya_ss GUI 中：Dreambooth 标签页，Configuration，把 {config} 填进 “Load/Save Config file” 并加载，然后 Start training（或 Print training command）。",
      "scheduler-substituted": "训练器没有方案所计的“{scheduler}”；文件使用 {used}，步数就是按它（×1）规划的。",
      "family-unmeasured": "研究测的是 SD 1.x/2.x：对 SDXL 这是同样的公式，未经测试（两个文本编码器都用方案的学习率）。",
      "sd2-v-prediction": "SD 2.x：文件按分辨率对应 {model} 模型（768 px 为 768-v，v-prediction；512 px 为 base）；若你的模型是另一种，请修改。",
      "te-share-snapped": "sd-scripts 无法在中途停止文本编码器：train_db.py 会在停止的那一步崩溃（kohya_ss #2695），sdxl_train.py 则没有这项功能。文件按研究实测过的、更接近的文本编码器比例 {used}（1：训练全程，0：不训练）来规划，而不是 {share}；OneTrainer 能按要求中途停止。",
      "dynamic-resolution": "训练器只用一个分辨率训练：文件使用最大的 {resolution} px；方案为各分辨率多算的副本（R12）在那里不会生成。",
      "scale-lr-unscaled": "文件写入的是未缩放的方案学习率 {rate}，训练器应当按它使用：sd-scripts 和 kohya_ss GUI 不缩放学习率，OneTrainer 的 Learning Rate Scaler 设为 NONE。",
      buckets: "OneTrainer 会按宽高比分桶丢弃每轮不完整的批次：图片宽高比不止一种时，训练会比计算的略短。",
      "extension-schedulers": "步数是按 Dreambooth 扩展自己的调度器 {scheduler} 的曲线规划的；这个训练器的曲线覆盖整个训练，和研究的一样：请用 --schedulers research（规划器中选“研究中的含义”）为它规划文件。",
      "no-rate": "文件中没有学习率：自适应优化器不在研究测量范围内。"
    },
    refusals: {
      "plan-errors": "方案有错误，请先修正。",
      lora: "研究测量的是全量微调，没有 LoRA 的数值：这些文件会用无人测过的学习率训练 LoRA。",
      "missing-paths": "需要{paths}：没有它们，训练器会用自己的默认值启动（到最后才失败，或训练错误的模型）。",
      "relative-path": "{path}必须是完整路径（不是“{value}”）：训练器会从启动它的位置解析相对路径。",
      "token-count": "请为每个概念给出一个实例触发词：{concepts} 个概念，{tokens} 个触发词。",
      "save-every-invalid": "每 N 步保存检查点需要至少为 1 的整数步数。",
      "token-invalid": "{option}“{value}”不能用作文件夹名的一部分。"
    },
    paths: {
      model: "模型",
      outputDir: "输出文件夹",
      trainDataDir: "训练图片文件夹",
      regDataDir: "正则化文件夹",
      instanceToken: "实例触发词",
      classToken: "类别词"
    },
    planner: {
      title: "Dreambooth Companion：训练规划器",
      intro: "按研究为你的数据集计算参数，适用于任何训练器：填写已知信息，查看方案及每个数值的由来，并下载训练器可以加载的文件。",
      language: "语言",
      languageAuto: "自动（跟随浏览器）",
      frames: "实例图数量",
      framesHint: "一个数字，或每个概念一个：12, 8",
      formula: "公式",
      strength: "强度（名称或数字）",
      learningRate: "固定学习率（可选）",
      textEncoder: "文本编码器比例（0 = 关，1 = 开）",
      resolution: "分辨率（px）",
      dynamicResolutions: "动态分辨率（可选：512, 768）",
      batchSize: "批次大小",
      gradAccum: "梯度累加",
      scheduler: "调度器",
      schedulers: "调度器名称采用",
      "schedulers.research": "研究中的含义（截至 2023 年 1 月的 Dreambooth 扩展、kohya、diffusers）",
      "schedulers.extension": "Dreambooth 扩展自己的含义（2023 年 1 月起）",
      startFactor: "起始系数（扩展的 constant/linear）",
      warmupSteps: "预热步数（可选）",
      precision: "混合精度",
      scaleLr: "缩放学习率",
      gpus: "GPU 数量",
      lora: "LoRA",
      optimizer: "优化器（可选）",
      prior: "先验保留（类别图 / 正则化图）",
      modelFamily: "基础模型系列（用于文件）",
      model: "基础模型（完整路径，用于文件）",
      outputDir: "输出文件夹（完整路径）",
      trainDataDir: "训练图片文件夹（完整路径）",
      regDataDir: "正则化文件夹（完整路径）",
      instanceToken: "实例触发词，每个概念一个（默认 sks）",
      classToken: "类别词（默认 person）",
      saveEvery: "每 N 步保存检查点（可选；默认只保存最终模型）",
      plan: "方案",
      "value.learningRate": "学习率",
      "value.strength": "强度 F",
      "value.stepsPerFrame": "每张图步数",
      "value.maxTrainSteps": "训练步数",
      "value.epochs": "轮数",
      "value.classImagesPerInstance": "每张图的类别图数",
      "value.classImages": "类别图总数",
      derivation: "每个数值的由来",
      notices: "警告",
      chart: "能整除实例图数量的各批次大小对应的步数和轮数（R7）",
      chartSteps: "步数",
      chartEpochs: "轮数",
      downloads: "训练器文件",
      download: "下载 {name}",
      "format.kohya-json": "kohya_ss GUI（Load config）",
      "format.sd-scripts-toml": "sd-scripts (--config_file)",
      "format.onetrainer-json": "OneTrainer 预设",
      noPlan: "请修正上面标出的字段以查看方案。"
    },
    options: {
      title: "Dreambooth Companion：运行位置",
      intro: "本扩展默认在 WebUI 的常用地址上运行。添加其他地址（远程主机、分享链接）时，浏览器只会请求该主机的访问权限。",
      runsOn: "运行于",
      address: "WebUI 地址",
      add: "添加",
      remove: "移除",
      builtIn: "{pattern}（内置）",
      added: "已添加 {pattern}：请刷新该地址上的 WebUI 页面。",
      removed: "已移除 {pattern}。",
      denied: "未添加：浏览器未授予 {pattern} 的访问权限。",
      failed: "未添加：{error}",
      language: "语言",
      languageAuto: "自动（跟随 WebUI，否则跟随浏览器）",
      languageSaved: "已保存：重新加载 WebUI 页面后生效。",
      "address.empty": "地址：请输入 WebUI 地址，例如 http://192.168.1.5:7860",
      "address.wildcard": "地址：请填写一个具体主机，例如 192.168.1.5:7860；不接受通配符（*）",
      "address.notAddress": "地址：“{text}”不是网址",
      "address.scheme": "地址：只能添加 http 和 https 地址（输入为 {scheme}）",
      "address.noHost": "地址：“{text}”没有主机名",
      "address.credentials": "地址：请去掉用户名和密码",
      "address.listed": "地址：{pattern} 已在列表中"
    }
  };

  // src/i18n/zh.ts
  var ZH = {
    list: "、",
    notices: {
      "standard-frames": "标准公式只适用于不超过 5 张实例图（当前为 {frames} 张）；超过后触发词会过饱和。请改用进阶公式。",
      "standard-lr": "标准公式只适用于学习率 1e-5（你的是 {rate}）；其他学习率在高 CFG 下出图会崩坏。",
      "strength-range": "强度 {strength} 超出研究实测的范围（{min} ～ {max}），研究在该范围外没有数据。",
      "concepts-unequal": "各概念的实例图数量不同（{concepts}）；研究发现数量不等会让概念互相混杂。学习率按图片最多的概念（{largest} 张）计算。",
      "batch-not-divisor": "批次大小 {batchSize} 不能整除 {frames} 张实例图，最后一个批次不满，训练不均匀。能整除的批次大小：{fitting}。",
      "batch-exceeds-frames": "批次大小 {batchSize} 大于实例图数量 {frames}，最多只能是 {frames}。",
      "grad-accum": "梯度累加 {gradAccum} 只是近似更大的批次；研究建议设为 1。",
      "scheduler-unknown": "研究没有测过调度器“{scheduler}”；步数按 constant（×1）计算。测过的有：{measured}。",
      "scheduler-start-factor": "扩展自带的 constant 调度器会在训练的前 {position}% 把学习率乘以起始系数（Constant/Linear Starting Factor）{factor}，研究没有测过这种情况；系数为 1 时才等同于研究中的 constant。步数按 constant（×1）计算。",
      "scheduler-ramp-up": "扩展自带的 linear 调度器会在训练的前 {position}% 把学习率从 {factor} × 学习率逐渐升高，这一点研究没有测过；步数按 ×1 计算。研究中的 linear（步数 ×2）在扩展里叫 linear_with_warmup。",
      "warmup-share": "预热 {warmup} 步占调度器计数 {schedulerSteps} 步的 {share}%：这段时间学习率从 0 开始爬升，按方案训练会不足。改为约 {proposal} 步（5%）即可保持研究的数值。",
      "warmup-ignored": "{scheduler} 调度器不使用预热：{warmup} 步预热不起作用，训练一开始就是完整学习率。constant_with_warmup 才会使用它们。",
      "full-mixed-precision": "Full Mixed Precision 会把 UNet 的权重以 {precision} 存放，小于约 {floor} 的更新都无法保留：学习率 {rate} 时大部分训练会被舍入掉。取消勾选（权重用 fp32）才能按方案的学习率训练。",
      "scheduler-ends-early": "扩展按实例图数量设定 {scheduler} 的长度，却在每个训练样本（包括类别图）上推进它，每轮结束时还再推进一次，因此曲线走完时训练还剩 {share}%，这部分几乎以零学习率训练。方案按研究中的 constant，即 {proposal} 规划。",
      "scheduler-fails": "{scheduler} 不接受不高于其结束学习率 1e-7 的学习率，而方案的学习率为 {rate}：训练会报错停止。方案按研究中的 constant，即 {proposal} 规划。",
      "te-ratio-interpolated": "文本编码器比例 {ratio} 介于研究测过的两种情况（关、开）之间，相关数值是插值得到的。",
      "precision-range": "学习率 {rate} 小于 {precision} 能表示的最小值。研究认为这样的学习率会丢失，但并未实测：混合精度下训练器以 fp32 保存权重，学习率照样生效。只有权重本身是 16 位时（Full Mixed Precision、full_fp16）才会丢失。",
      "precision-rounding": "{precision} 会舍入低于 {threshold} 的学习率（据研究），而 {rate} 低于此值：细节可能丢失。",
      "scale-lr": "已开启“缩放学习率”（Scale Learning Rate）：训练器实际会使用 {effective}，而不是 {rate}。关闭此项才能按方案的学习率训练。",
      "out-of-scope.lora": "LoRA 不在研究测量范围内：研究的学习率针对全量微调，绝不会写入 LoRA 字段。步数仅供参考。",
      "out-of-scope.optimizer": "自适应优化器 {optimizer} 自行决定学习率（约为 1），研究的学习率不适用。步数仅供参考。",
      "optimizer-unmeasured": "研究只测过（8 位）Adam。对 {optimizer} 来说，{rate} 只是公式按 Adam 给出的学习率，并非实测值：Lion 等优化器通常需要更低的学习率。步数仍按研究计算。",
      "dynamic-batch-size": "研究只在批次大小为 1 时用过动态分辨率；更大的批次需要关闭打乱、并按分辨率排列实例图。",
      "plan-range.rate-low": "方案的学习率 {rate} 超出计算器的规划范围 {min} ～ {max}；减少每个概念的实例图或提高强度可以把它提上来。",
      "plan-range.rate-high": "方案的学习率 {rate} 超出计算器的规划范围 {min} ～ {max}；降低强度可以把它降下来。",
      "plan-range.zero-steps": "方案四舍五入后训练步数为 0；降低学习率或提高分辨率才会有步数。",
      "plan-range.overflow": "方案需要 {steps} 步，超过训练器 32 位计数器的上限（{max}）。"
    },
    problems: {
      empty: "为空",
      "not-a-number": "不是数字，输入为“{got}”",
      "not-finite": "不是有限的数字",
      "too-small": "过小（至少 {min}），输入为 {got}",
      "too-large": "过大（最多 {max}），输入为 {got}",
      "not-whole": "不是整数，输入为 {got}",
      "not-one-of": "必须是 {choices} 之一，输入为“{got}”",
      "not-boolean": "必须是 true 或 false",
      "not-text": "必须是名称",
      "too-long": "不是名称（超过 {max} 个字符）",
      "not-list": "必须是列表",
      "too-few": "至少需要 {min} 项",
      "too-many": "最多 {max} 项",
      "unknown-field": "未知字段 {name}",
      "not-object": "必须是字段对象",
      required: "必填（或按概念分别给出实例图数量）",
      "sum-mismatch": "是 {frames}，但各概念加起来是 {sum}",
      "total-frames": "合计 {sum} 张实例图：总数最多 {max}",
      "te-both": "文本编码器请只指定开关或比例之一",
      "resolution-both": "请只指定一个分辨率或多个动态分辨率之一",
      "strength-and-lr": "请只指定强度或固定学习率之一",
      "filewords-lr": "filewords 模式固定使用 1e-5（R6）；去掉学习率或改用标准公式",
      "unknown-strength": "未知强度“{got}”；请填数字或以下之一：{names}",
      "extension-only": "只属于扩展自带的调度器；请同时给出 {field} extension",
      "distinct-resolutions": "至少需要两个不同的分辨率"
    },
    ui: {
      autofill: "自动填写",
      title: "按训练研究自动填写",
      region: "Dreambooth Companion 自动填写",
      close: "关闭",
      closeLabel: "关闭自动填写面板",
      frames: "概念 {slot} 的实例图数",
      noDirectory: "尚未设置概念目录",
      formula: "公式",
      "mode.advanced": "进阶",
      "mode.standard": "标准",
      "mode.filewords": "filewords",
      strength: "强度",
      strengthInput: "强度（名称或数字）",
      prior: "先验保留（类别图）",
      summary: "{frames} 张实例图：学习率 {rate} · 每张 {spf} 步 · 共 {steps} 步 · {epochs} 轮 · 每张配 {classImages} 张类别图",
      field: "字段",
      now: "当前",
      planned: "方案值",
      rule: "规则",
      writeRow: "写入 {label}",
      rowOfConcept: "{label} · 概念 {slot}",
      notWritten: "不写入",
      unchanged: "不变",
      empty: "（空）",
      on: "开启",
      off: "关闭",
      apply: "应用",
      applyHint: "回车应用，Esc 关闭",
      undo: "撤销",
      fromPage: "从页面读取（{ui}）",
      "generation.current": "当前版本扩展界面",
      "generation.dated": "{date} 版扩展界面",
      "generation.kohya": "kohya_ss GUI",
      issue: "{where}：{what}",
      "note.missing": "{label}：页面上未找到，视为 {assumed}",
      "note.empty": "{label}：为空，视为 {assumed}",
      "note.unusable": "{label}：值“{shown}”无法使用，视为 {assumed}",
      "note.ambiguous": "{label}：匹配到多个字段，不读取也不会写入，视为 {assumed}",
      "assumed.noTextEncoder": "0（不训练文本编码器）",
      "assumed.unchecked": "未设置（不检查预热）",
      counted: "服务器统计：{directory} 中有 {images} 张图片，其中 {captioned} 张带标注文件（.txt）",
      countedAtLeast: "服务器统计：{directory} 中至少有 {images} 张图片（文件夹过大，已提前停止统计），其中 {captioned} 张带标注文件",
      "counts.filewords": "概念 {slot} 的 {images} 张图片全部带标注文件：可以考虑使用 filewords 公式（R6）。",
      "counts.unreadable": "概念 {slot}：服务器上有 {folders} 个子文件夹无法读取，其中的图片未计入。",
      "countRefused.login": "未统计文件夹：WebUI 设置了登录，而本页面未登录。请重新登录，或在 Dreambooth 的 API 密钥栏填入密钥；在此之前请手动填写图片数量。",
      "countRefused.key": "未统计文件夹：Dreambooth 扩展设置了 API 密钥。请在 Dreambooth 选项卡的 API 密钥栏填入它即可统计；在此之前请手动填写图片数量。",
      "countRefused.loopback": "未统计文件夹：没有 WebUI 登录（--gradio-auth）或 Dreambooth API 密钥时，服务器只为本机（127.0.0.1 或 localhost）统计。设置其中之一即可从这里统计；在此之前请手动填写图片数量。",
      "counts.small": "概念 {slot}：最小的图片边长为 {side} px，低于训练分辨率 {resolution} px；训练器会把这些图片放大。",
      "counts.classImages": "概念 {slot}：类别图目录中已有 {existing} 张类别图；训练器会生成其余 {missing} 张（共需 {needed} 张）。",
      enterFrames: "请填写该概念的图片数量",
      "curve.title": "训练过程中的学习率（R9）",
      "curve.planned": "{scheduler}：训练器实际运行的曲线",
      "curve.asSet": "当前设置的 {scheduler}",
      "curve.research": "研究的 constant 方案",
      "curve.steps": "步",
      "curve.epochs": "轮",
      "curve.none": "无曲线可显示：训练器没有名为 {scheduler} 的调度器。",
      batches: "能整除实例图数量的批次大小（R7）",
      batchSize: "批次大小",
      steps: "步数",
      epochs: "轮数",
      use: "使用",
      inUse: "使用中",
      noFit: "超出范围",
      "fit.range": "{value} 超出该字段的范围 {min} ～ {max}。",
      "fit.notFinite": "{value} 不是有限的数字。",
      "fit.negative": "{value} 是负数。",
      "fit.labelled": "{label} {reason}",
      "fit.alternatives": "改为以下任一项即可落入范围：{list}。",
      "fit.none": "只改调度器、文本编码器或分辨率中的任意一项，都无法使其落入范围。",
      "change.scheduler": "改用 {scheduler} 调度器则为 {value}",
      "change.textEncoder": "训练文本编码器则为 {value}",
      "change.resolution": "改为 {resolution} px 则为 {value}",
      "change.rate": "学习率改为 {rate} 则为 {value}",
      "why.batchAdopted": "从批次大小表中选择（能整除 {frames} 张实例图）",
      "why.sameRate": "在研究中，文本编码器与 UNet 使用同一学习率",
      "why.startFactor": "让扩展的 constant 调度器等同于研究中的 constant",
      "why.weightsInFp32": "权重以 fp32 存放，才能保留方案学习率的更新",
      "why.schedulerSwitch": "即研究中的 constant：轮数按它规划",
      "why.optimizerUnmeasured": "按 Adam 计算，研究未测过 {optimizer}",
      "why.kohyaMaxEpochs": "大于 0 时会覆盖“{steps}”",
      "why.kohyaEpoch": "本次训练覆盖的轮数：sd-scripts 在最后一轮中途到达“{steps}”时停止",
      "why.kohyaWarmup": "保持你的预热占训练的 {share}%，按本次训练的步数",
      "why.kohyaNoWarmup": "sd-scripts 不接受 constant 配合任何预热",
      "why.kohyaSaveFinalOnly": "只保存最终模型",
      "why.kohyaSaveFinal": "只保存最终模型；按现在的设置，sd-scripts 还会在此之前写入 {checkpoints} 个检查点，约 {gigabytes} GB",
      "why.kohyaStopRemoved": "在训练中途停止文本编码器会让 sd-scripts 的 train_db.py 在该步崩溃（kohya_ss #2695）：已删除，其余保留",
      "why.kohyaTextEncoderOff": "不训练文本编码器",
      "why.kohyaTextEncoderRateZero": "不训练文本编码器：它以学习率 0 保留在训练中，因为 -1 会让使用 8 位优化器的 sd-scripts 崩溃",
      "status.entry": "{label} {from} → {to}",
      "status.wrote": "已写入 {list}。请点击“{save}”保存。",
      "status.wroteLive": "已写入 {list}。GUI 在开始训练（或打印训练命令、保存配置）时读取它们。",
      "host.kohyaFolders": "步数假定图片文件夹里每个概念有一个文件夹，命名为 {folders}：数字是重复次数（R16），其余部分是没有 .txt 标注的图片的标注。",
      "host.kohyaRegFolder": "正则化文件夹里须有文件夹“{folder}”，放 {images} 张类别图（文件夹名就是它们的标注）。",
      "host.kohyaNoRegFolder": "已开启类别图，但正则化文件夹为空：sd-scripts 会不用类别图训练。请设定该文件夹，或取消勾选类别图。",
      "host.kohyaRegUnused": "已设定正则化文件夹（{directory}）：sd-scripts 会为每张图片配一张其中的类别图（R16）。请勾选类别图让方案计入，或清空该文件夹。",
      "host.kohyaDatasetConfig": "已设定数据集配置文件（{file}）：sd-scripts 从中读取文件夹和重复次数，而不是方案假定的文件夹名。",
      "host.kohyaSdxl": "研究测的是 SD 1.x/2.x：对 SDXL 这是同样的公式，未经测试（两个文本编码器都用方案的学习率）。",
      "host.kohyaTextEncoderSnapped": "sd-scripts 无法在中途停止文本编码器：train_db.py 会在停止的那一步崩溃（kohya_ss #2695），sdxl_train.py 则没有这项功能。GUI 的设置让它在训练的 {share} 处停止；方案改用研究实测过的、更接近的比例 {used}（1：训练全程，0：不训练）。",
      "host.kohyaSchedulerSubstituted": "sd-scripts 没有方案所计的“{scheduler}”：写入的是 {used}，步数就是按它（×1）规划的。",
      "status.nothing": "无需写入：表单已是方案的数值。",
      "status.failed": "未写入：{list}。",
      "status.stale": "预览之后表单有改动。请检查更新后的预览，再点应用。",
      "status.kept": "保留了你改过的 {list}（应用之后被修改）。",
      "status.restored": "已恢复 {list}。",
      "status.dropped": "之前记住的概念 {slot} 实例图数无效，已清除（{problem}）。",
      "tip.enterFrames": "在“自动填写”中填入实例图数量，即可看到针对你数据集的数值。",
      "tip.extensionHint": "扩展自带提示：{hint}",
      "tip.research": "研究出处：{section}"
    },
    live: {
      yourFrames: "你的 {frames} 张实例图",
      largestConcept: "图片最多的概念的 {largest} 张实例图（共 {frames} 张）",
      rateNotPlanned: "{who}：不规划学习率——已开启 LoRA 或自适应优化器，研究的学习率不适用。",
      rateOfMode: "{who}（{mode} 公式）：学习率 {rate}。",
      rate: "{who}，强度 {strength}：学习率 {rate}。实例图加倍则减半；强度加倍则为 {harder}。",
      rateUnmeasured: "这是 Adam 的学习率；研究没有测过 {optimizer}。",
      epochs: "{who}：{epochs} 轮（批次大小 {batchSize} 时 {steps} 步）。",
      maxTrainSteps: "{who}：批次大小 {batchSize} 时 {steps} 步。",
      saveFrequency: "你的方案训练 {epochs} 轮（{steps} 步）；在接近结束时保存一次、留几张预览图来检查就够了。",
      batchSizes: "{who}的步数：{list}。批次越大，步数越少但轮数越多：每张图被看到的次数更多。",
      batchOption: "批次 {batchSize} → {steps}（{epochs} 轮）",
      gradAccumOne: "{who}：设为 1 时 {steps} 步（研究建议值）；设为 2 时 {two} 步。",
      gradAccum: "{who}：设为 {gradAccum} 时 {steps} 步；设为 1 时 {single} 步（研究建议值）。",
      textEncoder: "{who}：训练文本编码器 {on} 步，不训练 {off} 步（当前 {steps}）。",
      resolution: "{resolution} px：每张 {spf} 步，{who}共 {steps} 步；{other} px：每张 {otherSpf} 步，共 {otherSteps} 步。",
      classImagesPerInstance: "{who}：每张 {perFrame} 张类别图，共 {total} 张。",
      classImagesTotal: "你的概念：{list}。",
      conceptClassImages: "{frames} 张实例图 → {classImages} 张类别图",
      scheduler: "{scheduler}：{who}共 {steps} 步；{constant}：{constantSteps} 步。",
      schedulerConstant: "{scheduler}：{who}共 {steps} 步。",
      warmupFine: "预热步数在调度器计数的步数（{who}：{steps} 步）的十分之一以内，或 {scheduler} 不使用预热。",
      startFactorUnused: "{scheduler} 不使用它。",
      startFactorFull: "为 {factor} 时，{scheduler} 全程以完整学习率训练：即研究中的 constant。",
      precision: "{notice}",
      precisionExact: "你的学习率 {rate} 在 {precision} 下可精确表示。",
      scaleLrOn: "已开启：训练器会使用 {scaled} 而不是 {rate}。",
      scaleLrOff: "若开启：训练器会使用 {scaled} 而不是 {rate}。",
      scaleLrNoChange: "批次大小 1、梯度累加 1、单个 GPU 时不起作用：训练器都使用 {rate}。",
      loraOn: "已开启：自动填写不改任何学习率，只规划步数。",
      loraOff: "已关闭：自动填写规划全量微调的学习率 {rate}。",
      loraOffAdaptive: "已关闭：按全量微调规划，但不含学习率：{optimizer} 自行决定学习率。",
      optimizerAdaptive: "{optimizer} 是自适应优化器：自动填写不写学习率。",
      optimizerUnmeasured: "研究没有测过 {optimizer}：{rate} 是 Adam 的学习率，默认不勾选。",
      optimizerMeasured: "{optimizer} 正是研究测过的：方案的学习率 {rate} 适用。",
      thisOptimizer: "该优化器",
      kohyaSteps: "{who}：Max train steps 为 {steps}，即批次大小 {batchSize} 时研究的 {planSteps} 步，按 sd-scripts 的优化器步数计（梯度累加 {gradAccum}）。",
      kohyaStepsPrior: "{who}：Max train steps 为 {steps}：批次大小 {batchSize} 时研究的 {planSteps} 步，使用类别图时每步两个样本（R16），按 sd-scripts 的优化器步数计（梯度累加 {gradAccum}）。",
      kohyaEpoch: "{who}：{epochs} 轮；sd-scripts 在最后一轮中途的第 {steps} 步停止。",
      kohyaFolders: "{who}：把概念的文件夹命名为 {folders}。",
      kohyaRegImages: "{who}：在文件夹“{folder}”里放 {images} 张类别图（每张图 {perFrame} 张）。",
      kohyaRegImagesOff: "类别图未开启。开启时，{who}需要在“{folder}”里放 {images} 张类别图（每张图 {perFrame} 张），Max train steps 为 {steps}。",
      kohyaScheduler: "{scheduler}：{who}的 Max train steps 为 {steps}；constant 为 {constantSteps}。",
      kohyaSchedulerConstant: "{scheduler}：{who}的 Max train steps 为 {steps}。",
      kohyaWarmup: "你的预热：{steps} 步中的 {warmup} 步，不超过训练的十分之一。",
      kohyaResolution: "{resolution} px 时：{who}的 Max train steps 为 {steps}；{other} px 时为 {otherSteps}。",
      kohyaTextEncoder: "{who}：文本编码器训练全程时 Max train steps 为 {on}，不训练时为 {off}（当前 {steps}）。",
      kohyaGradAccum: "{who}：设为 {gradAccum} 时 Max train steps 为 {steps}；设为 1 时为 {single}（研究建议值）。"
    }
  };

  // src/i18n/catalogs.ts
  var TEXTS = { en: EN, zh: ZH, ja: JA };
  var PAGES = { en: EN_PAGES, zh: ZH_PAGES, ja: JA_PAGES };

  // src/core/constants.ts
  var BOUNDS = {
    /** Per concept and in total. */
    frames: { min: 1, max: 1e5 },
    concepts: { min: 1, max: 100 },
    strength: { min: 0.01, max: 100 },
    /** Fixed by the user or planned; above 1e-3 is LoRA or adaptive-optimizer territory (R15). */
    learningRate: { min: 1e-10, max: 1e-3 },
    resolution: { min: 64, max: 8192 },
    dynamicResolutions: { min: 2, max: 8 },
    batchSize: { min: 1, max: 1024 },
    gradAccum: { min: 1, max: 1024 },
    gpus: { min: 1, max: 1024 },
    textEncoderRatio: { min: 0, max: 1 },
    startFactor: { min: 0, max: 1 },
    scalePosition: { min: 0, max: 1 },
    warmupSteps: { min: 0, max: 1e6 },
    /** The extension's Number of Hard Resets (cosine cycles), Polynomial Power and Min Learning Rate. */
    cycles: { min: 1, max: 1e3 },
    power: { min: 0, max: 100 },
    minLearningRate: { min: 0, max: 1e-3 }
  };
  var MAX_COUNT = 2 ** 31 - 1;
  var SCHEDULER_FAMILIES = ["research", "extension"];
  var MODES = ["advanced", "standard", "filewords"];
  var PRECISIONS = ["fp16", "bf16", "tf32", "fp32", "fp64"];
  var WEIGHT_UPDATE_FLOOR = {
    fp16: 0.05 * 2 ** -11,
    bf16: 0.05 * 2 ** -8
  };

  // src/core/format.ts
  function formatNumber(value) {
    if (!Number.isFinite(value)) return String(value);
    if (value !== 0 && Math.abs(value) < 1e-3) {
      const [mantissa, exponent] = value.toExponential(3).split("e");
      return `${trimZeros(mantissa)}e${exponent.replace("+", "")}`;
    }
    if (Number.isInteger(value)) return String(value);
    return trimZeros(value.toPrecision(4));
  }
  function trimZeros(text) {
    return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
  }

  // node_modules/zod/v4/core/util.js
  function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
      return value.toString();
    return value;
  }
  var Cached = class {
    constructor(getter) {
      this._getter = getter;
      this._value = void 0;
    }
    get value() {
      const getter = this._getter;
      if (getter !== void 0) {
        this._value = getter();
        this._getter = void 0;
      }
      return this._value;
    }
  };
  function cached(getter) {
    return new Cached(getter);
  }
  function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
  }
  function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    });
  }
  var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
  };
  function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
  }
  function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
      cl._zod.parent = inst;
    return cl;
  }
  function normalizeParams(_params) {
    const params = _params;
    if (!params)
      return {};
    if (typeof params === "string")
      return { error: () => params };
    if (params?.message !== void 0) {
      if (params?.error !== void 0)
        throw new Error("Cannot specify both `message` and `error` params");
      params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
      return { ...params, error: () => params.error };
    return params;
  }
  function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
      return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
    });
  }
  function aborted(x, startIndex = 0) {
    if (x.aborted === true)
      return true;
    for (let i = startIndex; i < x.issues.length; i++) {
      if (x.issues[i]?.continue !== true) {
        return true;
      }
    }
    return false;
  }
  function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
      return true;
    for (let i = startIndex; i < x.issues.length; i++) {
      if (x.issues[i]?.continue === false) {
        return true;
      }
    }
    return false;
  }
  function prefixIssues(path, issues) {
    return issues.map((iss) => {
      var _a2;
      (_a2 = iss).path ?? (_a2.path = []);
      iss.path.unshift(path);
      return iss;
    });
  }
  function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
  }
  function attachSchema(issues, start, inst) {
    var _a2;
    for (let i = start; i < issues.length; i++) {
      (_a2 = issues[i]).schema ?? (_a2.schema = inst);
    }
  }
  function finalizeIssue(iss, ctx, config2) {
    var _a2;
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
      if (traits.has("$ZodCheck"))
        (_a2 = iss).schema ?? (_a2.schema = iss.inst);
      else
        iss.schema = iss.inst;
    }
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
    const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
    const full = {};
    for (const k of Object.keys(iss)) {
      if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
        continue;
      full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
      full.input = iss.input;
    }
    return full;
  }
  function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
      return {
        message: iss,
        code: "custom",
        input,
        inst
      };
    }
    return { ...iss };
  }
  function members(proto, table) {
    for (const key in table) {
      const desc = Object.getOwnPropertyDescriptor(table, key);
      if (desc.get)
        Object.defineProperty(proto, key, { ...desc, enumerable: false });
      else
        defineBound(proto, key, desc.value);
    }
  }
  function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
  }
  function hide(inst, key, value) {
    return own(inst, key, value, false);
  }
  function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
      configurable: true,
      get() {
        return this == null ? fn : own(this, key, fn.bind(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    return sentinel in proto ? void 0 : proto;
  }
  var installing;
  var broke = false;
  var breaker = {
    configurable: true,
    get() {
      broke = true;
      return void 0;
    }
  };
  function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
      installing = void 0;
      return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
      configurable: true,
      get() {
        Object.defineProperty(this, key, breaker);
        const outer = broke;
        broke = false;
        try {
          const value = compute(this);
          if (broke)
            delete this[key];
          else
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
          broke = broke || outer;
          return value;
        } catch (err) {
          delete this[key];
          broke = broke || outer;
          throw err;
        }
      },
      set(value) {
        Object.defineProperty(this, key, { configurable: true, writable: true, value });
      }
    });
  }
  function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
      return;
    Object.defineProperty(proto, key, {
      configurable: true,
      get() {
        const desc = { configurable: true, writable: true, enumerable, value: void 0 };
        Object.defineProperty(this, key, desc);
        desc.value = make(this);
        Object.defineProperty(this, key, desc);
        return desc.value;
      },
      set(value) {
        Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
      }
    });
  }

  // node_modules/zod/v4/core/core.js
  var _a;
  var _zodDesc = { value: void 0, enumerable: false };
  var _E = "captureStackTrace" in Error ? Error : null;
  function newError(Definition) {
    const E = _E;
    if (E) {
      const saved = E.stackTraceLimit;
      if (typeof saved === "number") {
        try {
          E.stackTraceLimit = 0;
        } catch {
          _E = null;
          return new Definition();
        }
        try {
          return new Definition();
        } finally {
          E.stackTraceLimit = saved;
        }
      }
    }
    return new Definition();
  }
  // @__NO_SIDE_EFFECTS__
  function $constructor(name, initializer2, proto, params) {
    const zodProto = {};
    function Internals(def) {
      this.def = def;
      this.constr = _;
      this.traits = /* @__PURE__ */ new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
    function init(inst, def) {
      if (!inst._zod) {
        _zodDesc.value = new Internals(def);
        try {
          Object.defineProperty(inst, "_zod", _zodDesc);
        } finally {
          _zodDesc.value = void 0;
        }
      } else if (inst._zod.traits.has(name)) {
        return;
      }
      inst._zod.traits.add(name);
      initializer2(inst, def);
      if (initialized) {
        const own2 = Object.getPrototypeOf(inst);
        const ctorProto = inst._zod.constr.prototype;
        let up = own2;
        while (up && up !== ctorProto)
          up = Object.getPrototypeOf(up);
        const target = up ?? own2;
        if (!initialized.has(target)) {
          initialized.add(target);
          members(target, protoMembers);
        }
      }
      const proto2 = _.prototype;
      for (const k in proto2) {
        if (!Object.prototype.hasOwnProperty.call(proto2, k))
          continue;
        if (!(k in inst)) {
          inst[k] = proto2[k].bind(inst);
        }
      }
    }
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
      const inst = params?.Parent ? newError(Definition) : this;
      init(inst, def);
      const deferred = inst._zod.deferred;
      if (deferred) {
        for (const fn of deferred) {
          fn();
        }
        inst._zod.deferred = void 0;
      }
      const pp = globalThis.__zod_globalConfig?.postProcessor;
      if (pp)
        pp(inst);
      return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
      value: (inst) => {
        if (params?.Parent && inst instanceof params.Parent)
          return true;
        return inst?._zod?.traits?.has(name);
      }
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
  }
  var $ZodAsyncError = class extends Error {
    constructor() {
      super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
  };
  (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
  var globalConfig = globalThis.__zod_globalConfig;
  function config(newConfig) {
    if (newConfig)
      Object.assign(globalConfig, newConfig);
    return globalConfig;
  }

  // node_modules/zod/v4/core/errors.js
  function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
  }
  function _setMessage(value) {
    this._zod.message = value;
  }
  var _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true
  };
  var _issuesDesc = { value: void 0, enumerable: false };
  var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
  var initializer = (inst, def) => {
    inst.name = "$ZodError";
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    _issuesDesc.value = void 0;
    Object.defineProperty(inst, "message", _messageDesc);
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
      _installedToString.add(proto);
      Object.defineProperty(proto, "toString", {
        configurable: true,
        enumerable: false,
        get() {
          const value = () => this.message;
          Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
          return value;
        },
        set(value) {
          Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        }
      });
    }
  };
  var $ZodError = $constructor("$ZodError", initializer);
  var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
    Parent: Error
  });

  // node_modules/zod/v4/core/parse.js
  var _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise) {
        throw new $ZodAsyncError();
      }
      if (result.issues.length) {
        const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
        captureStackTrace(e, _params?.callee ?? fn);
        throw e;
      }
      return result.value;
    };
    return fn;
  };
  var parse = /* @__PURE__ */ _parse($ZodRealError);
  var _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      if (result.issues.length) {
        const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
        captureStackTrace(e, params?.callee ?? fn);
        throw e;
      }
      return result.value;
    };
    return fn;
  };
  var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
  var _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
  };
  var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
  function failure(Err, issues, ctx) {
    let error;
    return {
      success: false,
      get error() {
        if (!error) {
          error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
          issues = void 0;
          ctx = void 0;
        }
        return error;
      },
      set error(e) {
        error = e;
        issues = void 0;
        ctx = void 0;
      }
    };
  }
  var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
  };
  var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

  // node_modules/zod/v4/core/checks.js
  var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
    var _a2;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
  });

  // node_modules/zod/v4/core/versions.js
  var version = {
    major: 4,
    minor: 6,
    patch: 7
  };

  // node_modules/zod/v4/core/schemas.js
  var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
    var _a2;
    inst ?? (inst = {});
    inst._zod.def = def;
    inst._zod.bag = inst._zod.bag || {};
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
    for (const ch of checks) {
      for (const fn of ch._zod.onattach) {
        fn(inst);
      }
    }
    if (checks.length === 0) {
      (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
      inst._zod.deferred?.push(() => {
        inst._zod.run = inst._zod.parse;
      });
    } else {
      const runChecks = (payload, checks2, ctx) => {
        if (payload.memo)
          return payload;
        let isAborted = aborted(payload);
        let asyncResult;
        for (const ch of checks2) {
          if (ch._zod.def.when) {
            if (explicitlyAborted(payload))
              continue;
            const shouldRun = ch._zod.def.when(payload);
            if (!shouldRun)
              continue;
          } else if (isAborted) {
            continue;
          }
          const currLen = payload.issues.length;
          const _ = ch._zod.check(payload);
          if (_ instanceof Promise && ctx?.async === false) {
            throw new $ZodAsyncError();
          }
          if (asyncResult || _ instanceof Promise) {
            asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
              await _;
              const nextLen = payload.issues.length;
              if (nextLen === currLen)
                return;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted)
                isAborted = aborted(payload, currLen);
            });
          } else {
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              continue;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          }
        }
        if (asyncResult) {
          return asyncResult.then(() => {
            return payload;
          });
        }
        return payload;
      };
      const handleCanaryResult = (canary, payload, ctx) => {
        if (aborted(canary)) {
          canary.aborted = true;
          return canary;
        }
        const checkResult = runChecks(payload, checks, ctx);
        if (checkResult instanceof Promise) {
          if (ctx.async === false)
            throw new $ZodAsyncError();
          return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
        }
        return inst._zod.parse(checkResult, ctx);
      };
      inst._zod.run = (payload, ctx) => {
        if (ctx.skipChecks) {
          return inst._zod.parse(payload, ctx);
        }
        if (ctx.direction === "backward") {
          const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
          if (canary instanceof Promise) {
            return canary.then((canary2) => {
              return handleCanaryResult(canary2, payload, ctx);
            });
          }
          return handleCanaryResult(canary, payload, ctx);
        }
        const result = inst._zod.parse(payload, ctx);
        if (result instanceof Promise) {
          if (ctx.async === false)
            throw new $ZodAsyncError();
          return result.then((result2) => runChecks(result2, checks, ctx));
        }
        return runChecks(result, checks, ctx);
      };
    }
  }, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
      return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
      own(this, "~standard", value);
    }
  });
  var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
  async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
  }
  function standardProps(inst) {
    return {
      validate: (value) => {
        const ctx = { async: false };
        try {
          const r = inst._zod.run({ value, issues: [] }, ctx);
          if (!(r instanceof Promise))
            return toStandardResult(r, ctx);
        } catch (_) {
        }
        return validateAsync(inst, value);
      },
      vendor: "zod",
      version: 1
    };
  }
  var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
      payload.issues.push({
        expected: "never",
        code: "invalid_type",
        input: payload.value,
        inst
      });
      return payload;
    };
  });
  function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    if (!isPresent && isOptionalOut && optin === "optional") {
      return;
    }
    if (result.issues.length) {
      if (optin !== void 0 && isOptionalOut && !isPresent) {
        return;
      }
      final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === void 0) {
      if (!result.issues.length) {
        final.issues.push({
          code: "invalid_type",
          expected: "nonoptional",
          input: void 0,
          path: [key]
        });
      }
      return;
    }
    if (result.value === void 0) {
      if (isPresent || optin === "defaulted" && !isOptionalOut) {
        final.value[key] = void 0;
      }
    } else {
      final.value[key] = result.value;
    }
  }
  var NO_SYMBOL_KEYS = [];
  function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
      if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
        throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
      }
    }
    const okeys = optionalKeys(def.shape);
    return {
      ...def,
      allKeys,
      symbolKeys,
      // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
      keySet: new Set(keys),
      numKeys: keys.length,
      optionalKeys: new Set(okeys)
    };
  }
  function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    let seen = 0;
    for (const key in input) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (keySet.has(key))
        continue;
      if (key === "__proto__") {
        if (t === "never")
          unrecognized.push(key);
        continue;
      }
      if (t === "never") {
        unrecognized.push(key);
        continue;
      }
      const r = _catchall.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (unrecognized.length) {
      payload.issues.push({
        code: "unrecognized_keys",
        keys: unrecognized,
        input,
        inst,
        // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
        continue: true
      });
    }
    if (!proms.length)
      return payload;
    return Promise.all(proms).then(() => {
      return payload;
    });
  }
  var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    const sh = desc?.get ? desc.get.raw : def.shape ?? {};
    if (sh) {
      const get = () => {
        const newSh = { ...sh };
        Object.defineProperty(def, "shape", { value: newSh });
        get.raw = newSh;
        return newSh;
      };
      get.raw = sh;
      Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
      const shape = zod.def.shape;
      const propValues = {};
      for (const key in shape) {
        const field = shape[key]._zod;
        if (field.values) {
          if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
            assignProp(propValues, key, /* @__PURE__ */ new Set());
          }
          for (const v of field.values)
            propValues[key].add(v);
          if (field.optin !== void 0)
            propValues[key].add(void 0);
        }
      }
      return propValues;
    });
    const isObject2 = isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
      value ?? (value = _normalized.value);
      const input = payload.value;
      if (!isObject2(input)) {
        payload.issues.push({
          expected: "object",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      }
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const proms = [];
      const shape = value.shape;
      const abortEarly = ctx?.abortEarly;
      let seen = payload.issues.length;
      for (const key of value.allKeys) {
        if (abortEarly && payload.issues.length !== seen) {
          if (aborted(payload, seen))
            break;
          seen = payload.issues.length;
        }
        if (key === "__proto__")
          continue;
        const el = shape[key];
        const optin = el._zod.optin;
        const optout = el._zod.optout;
        const r = el._zod.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
          proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
        } else {
          handlePropertyResult(r, payload, key, input, optin, optout);
        }
      }
      if (!catchall) {
        return proms.length ? Promise.all(proms).then(() => payload) : payload;
      }
      return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
  });
  function handleOptionalResult(payload, result) {
    payload.value = result.issues.length ? void 0 : result.value;
    return payload;
  }
  var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
      const values = zod.def.innerType._zod.values;
      return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
      const pattern = zod.def.innerType._zod.pattern;
      return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
    });
    inst._zod.parse = (payload, ctx) => {
      if (payload.value === void 0) {
        if (def.innerType._zod.optin !== "defaulted")
          return payload;
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise)
          return result.then((result2) => handleOptionalResult(payload, result2));
        return handleOptionalResult(payload, result);
      }
      return def.innerType._zod.run(payload, ctx);
    };
  });
  var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
      return payload;
    };
    inst._zod.check = (payload) => {
      const input = payload.value;
      const r = def.fn(input);
      if (r instanceof Promise) {
        return r.then((r2) => handleRefineResult(r2, payload, input, inst));
      }
      handleRefineResult(r, payload, input, inst);
      return;
    };
  });
  function handleRefineResult(result, payload, input, inst) {
    if (!result) {
      const _iss = {
        code: "custom",
        input,
        inst,
        // incorporates params.error into issue reporting
        path: [...inst._zod.def.path ?? []],
        // incorporates params.error into issue reporting
        continue: !inst._zod.def.abort
        // params: inst._zod.def.params,
      };
      if (inst._zod.def.params)
        _iss.params = inst._zod.def.params;
      payload.issues.push(issue(_iss));
    }
  }

  // node_modules/zod/v4/core/api.js
  // @__NO_SIDE_EFFECTS__
  function _never(Class, params) {
    return new Class({
      type: "never",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _custom(Class, fn, _params) {
    const norm = normalizeParams(_params);
    norm.abort ?? (norm.abort = true);
    const schema = new Class({
      type: "custom",
      check: "custom",
      fn,
      ...norm
    });
    return schema;
  }

  // node_modules/zod/v4/mini/schemas.js
  var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
    if (!inst._zod)
      throw new Error("Uninitialized schema in ZodMiniType.");
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
  }, {
    // `with` is an alias for `check`: the same function object, not a wrapper.
    get with() {
      return this.check;
    },
    set with(value) {
      own(this, "with", value);
    },
    parse(data, params) {
      return parse(this, data, params, { callee: this.parse });
    },
    parseAsync(data, params) {
      return parseAsync(this, data, params, { callee: this.parseAsync });
    },
    safeParse(data, params) {
      return safeParse(this, data, params);
    },
    safeParseAsync(data, params) {
      return safeParseAsync(this, data, params);
    },
    check(...checks) {
      const def = this.def;
      return this.clone({
        ...def,
        checks: [
          ...def.checks ?? [],
          ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
        ]
      }, { parent: true });
    },
    clone(_def, params) {
      return clone(this, _def, params);
    },
    brand() {
      return this;
    },
    register(reg, meta2) {
      reg.add(this, meta2);
      return this;
    },
    apply(fn, ...args) {
      return args.length === 0 ? fn(this) : fn(this, ...args);
    }
  });
  var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function never(params) {
    return _never(ZodMiniNever, params);
  }
  var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
    $ZodObject.init(inst, def);
    ZodMiniType.init(inst, def);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
  });
  // @__NO_SIDE_EFFECTS__
  function strictObject(shape, params) {
    return new ZodMiniObject({
      type: "object",
      shape,
      catchall: /* @__PURE__ */ never(),
      ...normalizeParams(params)
    });
  }
  var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function optional(innerType) {
    return new ZodMiniOptional({
      type: "optional",
      innerType
    });
  }
  var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function custom(fn, _params) {
    return _custom(ZodMiniCustom, fn ?? (() => true), _params);
  }

  // src/core/request.ts
  var problem = (key, params) => ({ key, params });
  var NONE = {};
  function echo(value) {
    if (typeof value === "number") return Number.isFinite(value) ? String(value) : "a non-finite value";
    if (typeof value !== "string") return value === void 0 ? "nothing" : typeof value;
    if (/nan|infinity/i.test(value)) return "a non-finite value";
    return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  }
  var NOT_FINITE_TEXT = /^\s*[+-]?(inf(inity)?|nan)\s*$/i;
  function numberProblem(value, bounds, whole) {
    if (typeof value === "string" && value.trim() === "") return problem("empty", NONE);
    if (typeof value === "string" && NOT_FINITE_TEXT.test(value)) return problem("not-finite", NONE);
    if (typeof value !== "number") return problem("not-a-number", { got: echo(value) });
    if (!Number.isFinite(value)) return problem("not-finite", NONE);
    if (value < bounds.min) return problem("too-small", { min: bounds.min, got: echo(value) });
    if (value > bounds.max) return problem("too-large", { max: bounds.max, got: echo(value) });
    if (whole && !Number.isInteger(value)) return problem("not-whole", { got: echo(value) });
    return null;
  }
  var numberSpec = (bounds, whole) => ({ kind: "number", bounds, whole });
  var SPECS = {
    frames: numberSpec(BOUNDS.frames, true),
    concepts: { kind: "list", item: numberSpec(BOUNDS.frames, true), length: BOUNDS.concepts },
    mode: { kind: "choice", choices: MODES },
    strength: { kind: "strength" },
    learningRate: numberSpec(BOUNDS.learningRate, false),
    textEncoder: { kind: "flag" },
    textEncoderRatio: numberSpec(BOUNDS.textEncoderRatio, false),
    resolution: numberSpec(BOUNDS.resolution, true),
    dynamicResolutions: { kind: "list", item: numberSpec(BOUNDS.resolution, true), length: BOUNDS.dynamicResolutions },
    batchSize: numberSpec(BOUNDS.batchSize, true),
    gradAccum: numberSpec(BOUNDS.gradAccum, true),
    scheduler: { kind: "text", allowEmpty: false },
    schedulers: { kind: "choice", choices: SCHEDULER_FAMILIES },
    startFactor: numberSpec(BOUNDS.startFactor, false),
    scalePosition: numberSpec(BOUNDS.scalePosition, false),
    cycles: numberSpec(BOUNDS.cycles, true),
    power: numberSpec(BOUNDS.power, false),
    minLearningRate: numberSpec(BOUNDS.minLearningRate, false),
    warmupSteps: numberSpec(BOUNDS.warmupSteps, true),
    precision: { kind: "choice", choices: PRECISIONS },
    scaleLr: { kind: "flag" },
    fullMixedPrecision: { kind: "flag" },
    prior: { kind: "flag" },
    gpus: numberSpec(BOUNDS.gpus, true),
    lora: { kind: "flag" },
    optimizer: { kind: "text", allowEmpty: true }
  };
  var MAX_NAME_LENGTH = 100;
  function problemOf(spec, value) {
    switch (spec.kind) {
      case "number": {
        const found = numberProblem(value, spec.bounds, spec.whole);
        return found && { problem: found };
      }
      case "list": {
        if (!Array.isArray(value)) return { problem: problem("not-list", NONE) };
        if (value.length < spec.length.min) return { problem: problem("too-few", { min: spec.length.min }) };
        if (value.length > spec.length.max) return { problem: problem("too-many", { max: spec.length.max }) };
        for (const [index, item] of value.entries()) {
          const found = problemOf(spec.item, item);
          if (found) return { problem: found.problem, index };
        }
        return null;
      }
      case "choice":
        return spec.choices.includes(value) ? null : { problem: problem("not-one-of", { choices: spec.choices, got: echo(value) }) };
      case "flag":
        return typeof value === "boolean" ? null : { problem: problem("not-boolean", NONE) };
      case "text":
        if (typeof value !== "string") return { problem: problem("not-text", NONE) };
        if (!spec.allowEmpty && value.trim() === "") return { problem: problem("empty", NONE) };
        return value.length > MAX_NAME_LENGTH ? { problem: problem("too-long", { max: MAX_NAME_LENGTH }) } : null;
      case "strength":
        return typeof value === "string" || typeof value === "number" ? null : { problem: problem("not-text", NONE) };
    }
  }
  var inputSchema = strictObject(
    Object.fromEntries(
      Object.entries(SPECS).map(([field, spec]) => [
        field,
        optional(custom((value) => problemOf(spec, value) === null))
      ])
    )
  );

  // src/i18n/index.ts
  var LANGUAGES = ["en", "zh", "ja"];
  function fill(catalog, template, params = {}) {
    return template.replace(
      /\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}/g,
      (whole, name, one, other) => {
        const value = params[name];
        if (value === void 0) return whole;
        if (Array.isArray(value))
          return value.map((entry) => typeof entry === "number" ? formatNumber(entry) : entry).join(catalog.list);
        const shown = typeof value === "number" ? formatNumber(value) : value;
        return one === void 0 ? shown : `${shown} ${value === 1 ? one : other}`;
      }
    );
  }
  function languageTag(language) {
    return language === "zh" ? "zh-CN" : language;
  }
  function languageOf(name) {
    if (!name) return null;
    const lower = name.trim().toLowerCase();
    if (/^zh|chinese|中文|简体/.test(lower)) return "zh";
    if (/^ja|^jp|japanese|日本語/.test(lower)) return "ja";
    if (/^en/.test(lower)) return "en";
    return null;
  }
  function languageOfTexts(texts) {
    const joined = texts.join("");
    if (/[\u3040-\u30ff]/.test(joined)) return "ja";
    if (/[\u4e00-\u9fff]/.test(joined)) return "zh";
    return null;
  }
  function chooseLanguage(signals) {
    const setting = signals.setting && signals.setting !== "auto" ? languageOf(signals.setting) : null;
    if (setting) return setting;
    const webui = languageOf(signals.webui) ?? languageOfTexts(signals.sample ?? []);
    if (webui) return webui;
    for (const tag of signals.browser ?? []) {
      const browser = languageOf(tag);
      if (browser) return browser;
    }
    return "en";
  }

  // src/extension/origins.ts
  var DEFAULT_PATTERNS = ["http://127.0.0.1/*", "http://localhost/*"];
  function patternForAddress(text, existing = DEFAULT_PATTERNS) {
    const trimmed = text.trim();
    if (trimmed === "") return { ok: false, problem: { key: "empty" } };
    if (trimmed.includes("*")) return { ok: false, problem: { key: "wildcard" } };
    let url;
    try {
      url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
    } catch {
      return { ok: false, problem: { key: "notAddress", text: trimmed } };
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      return { ok: false, problem: { key: "scheme", scheme: url.protocol } };
    if (url.hostname === "") return { ok: false, problem: { key: "noHost", text: trimmed } };
    if (url.username !== "" || url.password !== "") return { ok: false, problem: { key: "credentials" } };
    const pattern = `${url.protocol}//${url.hostname}/*`;
    if (existing.includes(pattern)) return { ok: false, problem: { key: "listed", pattern } };
    return { ok: true, pattern, host: url.hostname };
  }
  function scriptIdFor(pattern) {
    return `dbc-${pattern.replace(/[^a-z\d]+/gi, "-")}`;
  }

  // src/extension/options-page.ts
  function mountOptionsPage(doc, api2) {
    const element = (id) => doc.getElementById(id);
    const list = element("origins");
    const status = element("status");
    const form = element("add");
    const address = element("address");
    const languagePicker = element("language");
    let texts = TEXTS.en;
    let language = "en";
    const say = (key, params) => fill(texts, PAGES[language].options[key], params);
    function problemText(problem2) {
      const { key, ...params } = problem2;
      return say(`address.${key}`, params);
    }
    let listed = [...DEFAULT_PATTERNS];
    async function render() {
      const registered = await api2.scripting.getRegisteredContentScripts();
      const added = registered.filter((script) => !script.id.endsWith("-bridge")).flatMap((script) => (script.matches ?? []).map((pattern) => ({ id: script.id, pattern })));
      listed = [...DEFAULT_PATTERNS, ...added.map(({ pattern }) => pattern)];
      list.replaceChildren(
        ...DEFAULT_PATTERNS.map((pattern) => item(say("builtIn", { pattern }))),
        ...added.map(({ id, pattern }) => {
          const remove = doc.createElement("button");
          remove.type = "button";
          remove.textContent = say("remove");
          remove.addEventListener("click", async () => {
            await api2.scripting.unregisterContentScripts({ ids: [id, `${id}-bridge`] });
            await api2.permissions.remove({ origins: [pattern] });
            status.textContent = say("removed", { pattern });
            await render();
          });
          const entry = item(pattern);
          entry.append(remove);
          return entry;
        })
      );
    }
    function item(text) {
      const entry = doc.createElement("li");
      entry.textContent = text;
      return entry;
    }
    function label(setting) {
      language = chooseLanguage({ setting, browser: doc.defaultView?.navigator.languages ?? [] });
      texts = TEXTS[language];
      doc.documentElement.lang = languageTag(language);
      doc.title = say("title");
      element("title").textContent = say("title");
      element("intro").textContent = say("intro");
      element("runs-on").textContent = say("runsOn");
      element("address-label").textContent = say("address");
      element("add-button").textContent = say("add");
      element("language-label").textContent = say("language");
      const names = {
        auto: say("languageAuto"),
        en: "English",
        zh: "简体中文",
        ja: "日本語"
      };
      languagePicker.replaceChildren(
        ...["auto", ...LANGUAGES].map((code) => new Option(names[code], code, false, code === setting))
      );
    }
    languagePicker.addEventListener("change", async () => {
      await api2.storage.local.set({ language: languagePicker.value });
      label(languagePicker.value);
      status.textContent = say("languageSaved");
      await render();
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const result = patternForAddress(address.value, listed);
      if (!result.ok) {
        status.textContent = problemText(result.problem);
        return;
      }
      const { pattern } = result;
      api2.permissions.request({ origins: [pattern] }).then(
        async (granted) => {
          if (!granted) {
            status.textContent = say("denied", { pattern });
            return;
          }
          const id = scriptIdFor(pattern);
          await api2.scripting.unregisterContentScripts({ ids: [id, `${id}-bridge`] }).catch(() => void 0);
          await api2.scripting.registerContentScripts([
            { id: `${id}-bridge`, matches: [pattern], js: ["page-bridge.js"], runAt: "document_idle", world: "MAIN" },
            { id, matches: [pattern], js: ["content-script.js"], runAt: "document_idle" }
          ]);
          status.textContent = say("added", { pattern });
          address.value = "";
          await render();
        },
        (error) => {
          status.textContent = say("failed", { error: error instanceof Error ? error.message : String(error) });
        }
      );
    });
    void api2.storage.local.get("language").then(async ({ language: language2 }) => {
      label(typeof language2 === "string" ? language2 : "auto");
      await render();
    });
  }

  // src/entries/options.ts
  var api = globalThis.browser ?? globalThis.chrome;
  mountOptionsPage(document, api);
})();
