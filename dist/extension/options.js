"use strict";
(() => {
  // src/i18n/en-tooltips.ts
  var EN_TOOLTIPS = {
    instancePrompt: [
      'The words that call your subject after training. A rare identifier plus a class noun ("sks woman") ties the concept to that class; every token you list here must also be in the prompt later to get the full concept back. [filewords] reads a caption file per image instead: each frame is then its own concept, and the rate stays at 1e-5 whatever the frame count.',
      "Main parameters: instance_prompt; Class based training; Concepts and filewords"
    ],
    classPrompt: [
      'Describes the general class of your subject ("a woman") to generate the class images of prior preservation. It keeps the rest of the class from drifting toward your subject.',
      "Prior Preservation Loss"
    ],
    prompt: [
      "Under Instance Images: the words that call your subject (identifier plus class noun, or [filewords], which keeps the rate at 1e-5 and makes each frame its own concept). Under Class Images: the general class used to make the prior-preservation images.",
      "Main parameters: instance_prompt; Prior Preservation Loss; Concepts and filewords"
    ],
    instanceToken: [
      "With [filewords], the unique word that stands for your subject in each caption. A token the images show but the prompt does not name becomes part of the concept anyway; a token you name must be named again to call it.",
      "Additional information on prompt and concept_list"
    ],
    classToken: [
      'With [filewords], the class noun of your subject ("woman", "dog"). Anything visible in every image (black hair, a style) also acts as a class token, which is why prior preservation cannot fully prevent drift.',
      "Additional information on prompt and concept_list"
    ],
    directory: [
      `Folder of this concept's images (under Instance Images) or of its class images (under Class Images). Each instance image is a "frame" in the formulas: steps grow with the frame count and the learning rate falls with it.`,
      "Concepts and filewords; concept_list"
    ],
    classDirectory: [
      "Folder for this concept's class (regularization) images. Give each concept its own folder so class images are not repeated across concepts.",
      "concept_list"
    ],
    conceptsList: [
      "Trains several concepts from a JSON list. Steps use the sum of all concepts' frames, the learning rate the frames of one concept; give every concept the same number of frames, or details of the larger one leak into the others.",
      "concept_list"
    ],
    epochs: [
      "How many passes over every instance image. The research counts steps per frame instead: 200 at 1e-5 without the text encoder, 100 with it; at batch size 1 epochs equal those steps per frame.",
      "Full pass steps and compensation; num_train_epochs"
    ],
    maxTrainSteps: [
      "Total training steps; when set above 0 it overrides the epochs. The research's formulas give this number directly: frames × steps per frame, corrected for batch size, accumulation and scheduler.",
      "Number of training steps (max_train_steps)"
    ],
    conceptMaxSteps: [
      "A cap on this concept's steps (-1 = none). The research computes steps for all concepts together from their summed frames, so leave it at -1 and set the total instead.",
      "concept_list"
    ],
    learningRate: [
      "How far each step moves the model. The advanced formula keeps steps per frame fixed and scales the rate: LR = 1e-5 × strength / frames of one concept (the largest, with several). The research warns against the other way round, a lower rate with proportionally more steps: images then break up at high CFG, and the lower the rate, the lower the CFG where it starts.",
      "Advanced Dreambooth Formula; learning_rate"
    ],
    textLearningRate: [
      "The rate for the text encoder. The research trained the encoder and the UNet with one rate, so Autofill writes the same value here.",
      "Text encoder"
    ],
    scheduler: [
      "How the rate changes during training. The research measured the standard curves: constant (best) and constant_with_warmup need ×1 steps; its decaying linear, cosine, cosine_with_restarts and polynomial need ×2. Names changed in January 2023: since then the extension's constant holds the rate at Starting Factor × rate until Scale Position (the research's constant only at factor 1), its linear ramps the rate up, and the research's linear is linear_with_warmup. cosine_annealing, its restarts variant and rex were not measured (counted as ×1).",
      "lr_scheduler; lr_scheduler step multipliers"
    ],
    warmupSteps: [
      "Steps at the start over which the rate climbs linearly from 0 to the value you set. Since January 2023 only constant_with_warmup, linear_with_warmup, cosine, cosine_with_restarts and polynomial use it, counted in images (epochs × frames); in the December 2022 extension every scheduler but constant did. The current default of 500 can be a whole small run (5 frames with the text encoder are 500 steps): keep it under a tenth of the run.",
      "warmup (lr_warmup_steps)"
    ],
    startFactor: [
      "The extension's constant scheduler multiplies the rate by this factor until Scale Position; its linear scheduler ramps up from factor × rate to the rate over that span. The default 0.5 halves the rate of constant for half the run, which under-trains a research plan: at 1, constant is the research's constant. Not in the December 2022 extension.",
      "lr_scheduler (constant); not covered for the extension's curves"
    ],
    scalePosition: [
      "The share of the run (0 to 1, default 0.5) that the starting factor of constant and linear lasts, and the span of cosine_annealing. With Starting Factor 1 it changes nothing for constant. Not in the December 2022 extension.",
      "not covered by the research (the extension's curves)"
    ],
    schedulerShape: [
      "Shapes of particular schedulers: the restarts of cosine_with_restarts, the power of polynomial, and the floor of cosine_annealing and its restarts variant (Min Learning Rate touches no other scheduler). The research measured 1 restart and power 1.",
      "lr_scheduler (cosine_with_restarts, polynomial)"
    ],
    scaleLr: [
      "Multiplies the rate by gradient accumulation × batch size × GPUs during training. The research's rates assume it is off: with it on, the trainer uses a much larger rate than the one you typed.",
      "scale_lr"
    ],
    batchSize: [
      "Frames per step. Larger batches train the concept in fewer but slower steps, not linearly: steps = (frames × steps per frame + extra steps) / √batch, where the extra steps are (batch − 1) × the steps per frame (÷ 1.5 without the text encoder). Pick a size that divides your frame count evenly, at most the frame count.",
      "train_batch_size"
    ],
    gradAccum: [
      "Emulates a larger batch by adding up gradients over several steps, when memory is short. It is close to, not equal to, a real batch, and needs √GA times the steps; the research advises 1.",
      "gradient_accumulation_steps"
    ],
    classBatchSize: [
      "How many class images are generated at once (the research's sample_batch_size). Only speed and memory; it does not affect training.",
      "sample_batch_size"
    ],
    textEncoder: [
      "Trains the text encoder too (the ratio: for that share of the epochs). It repeats the concept better but needs more memory and half the steps per frame: 100 instead of 200 at 1e-5. Ratios between 0 and 1 are interpolated; the research measured only off and on.",
      "Text encoder"
    ],
    trainUnet: [
      "Trains the image model itself. The research always trained it; turning it off leaves only the text encoder to learn the concept.",
      "not covered by the research"
    ],
    resolution: [
      "Training resolution. Above 512 px each frame needs more steps: steps per frame × (resolution / 512)², so 768 px needs 450 (225 with the text encoder). Training several resolutions at once (dynamic resolution) avoids crops at the base size, but the research calls it experimental: it worked at batch size 1 only, with resize turned off and copies of each frame per resolution.",
      "Resolution and training on model 768; (Experimental) Dynamic Resolution"
    ],
    classImages: [
      "Class images for prior preservation, which limits overfitting and language drift. The research uses as many class images per frame as base steps per frame at 1e-5: 200, or 100 with the text encoder, whatever the resolution (they do not grow with it). 0 turns prior preservation off for the concept.",
      "Prior Preservation Loss: number of class images"
    ],
    priorLossWeight: [
      "How much the class images count against your images. The research's trainer used 1 and had not finished measuring it; the extension's default is 1 in December 2022 and 0.75 since January 2023. The scaled variants change the weight over training.",
      "prior_loss_weight"
    ],
    classGeneration: [
      "Settings for generating the class images (guidance, sampling steps, negative prompt). They shape what the class looks like, not how training runs.",
      "Prior Preservation Loss"
    ],
    mixedPrecision: [
      "Number format of training. Quality: fp32 > fp16 > bf16; speed the other way. Very low rates get rounded (bf16 below 1e-2, fp16 below 1e-3, fp32 below 1e-6) and fp16 cannot hold a rate under about 6e-8 at all.",
      "Number formats; mixed_precision"
    ],
    fullMixedPrecision: [
      "Holds the UNet's weights in the mixed-precision type itself instead of fp32, to save memory (the current extension shows it for fp16). Updates then round in that type: in the research fp16 rounds below a rate of 1e-3 and loses rates under about 6e-8; bf16 has no such floor but rounds the most, below 1e-2.",
      "Number formats"
    ],
    use8bitAdam: [
      "8-bit Adam needs much less video memory for a small, often invisible loss of accuracy. bitsandbytes also has a 32-bit Adam that is faster than torch's.",
      "use_8bit_adam"
    ],
    optimizer: [
      "The update rule. The research measured (8-bit) Adam only; 8-bit barely differs from 32-bit. Lion, SGD, Adafactor and the others were not measured and usually want other rates (the extension's own hint suggests a lower one for Lion): Autofill offers the Adam rate unticked. Adaptive optimizers (D-Adaptation, Prodigy) pick their own rate near 1, so Autofill leaves the rate alone.",
      "use_8bit_adam; not covered for adaptive optimizers"
    ],
    memoryAttention: [
      "Attention implementation: default, xformers, flash_attention. It changes memory and speed, not results. Old xformers refused fp32 training on RTX 30/40 cards (fixed in 0.0.17).",
      "Attention types; xformers problem"
    ],
    gradientCheckpointing: [
      "Recomputes activations instead of storing them: much less video memory, somewhat slower, same quality. It can make room for a larger batch.",
      "gradient_checkpointing"
    ],
    cacheLatents: [
      "Keeps the encoded training images in video memory: faster training for more memory. Not caching makes no sense when the batch holds every frame.",
      "not_cache_latents"
    ],
    gradsToNone: [
      "Frees gradients instead of zeroing them: a little less memory and a little faster. The research saw no effect on quality.",
      "set_grads_to_none"
    ],
    padTokens: [
      "Pads short prompts to the model's full length. A mild effect: training images are repeated a bit more strongly when generating.",
      "pad_tokens"
    ],
    extractEma: [
      "A model-creation option: when the source checkpoint stores EMA weights, build the model from the EMA UNet instead of the full one. It does not change training; the research did not compare the two.",
      "not covered by the research (model setup)"
    ],
    ema: [
      "Keeps an exponential moving average of the weights, which smooths training at the cost of memory. The research did not measure EMA (it was asked in the thread, not answered).",
      "not covered by the research"
    ],
    useLora: [
      "Trains small LoRA weights instead of the whole model. The research measured full fine-tuning only; its rates are far too low for LoRA, so Autofill never writes them into LoRA fields.",
      "not covered by the research (LoRA)"
    ],
    loraSettings: [
      "A LoRA setting. The research's formulas are for full fine-tuning and do not carry over to LoRA, whose rates are orders of magnitude higher.",
      "not covered by the research (LoRA)"
    ],
    saveFrequency: [
      "How often to save a checkpoint or previews. With the research's formulas you train to the computed step count and need no comparison saves, which saves time and disk space.",
      "save_interval; Foreword"
    ],
    sampleCount: [
      "How many images one generation makes: class images under Manual Class Generation, previews at each save under a concept's Sample Images. Neither changes what the model learns.",
      "not covered by the research (image generation)"
    ],
    modelSetup: [
      "Which model is created, loaded or trained. It does not change the research's formulas, which hold for SD 1.x and 2.x models alike.",
      "not covered by the research (model setup)"
    ],
    savingFiles: [
      "What files are written and when. Output only: training itself is unchanged.",
      "not covered by the research (saving)"
    ],
    imageGeneration: [
      "How preview and class images are generated. They show progress; they do not change what the model learns.",
      "not covered by the research (image generation)"
    ],
    extensionTools: [
      "A convenience or housekeeping setting of the extension (pauses, logging, webhooks, bucket cropping). It does not enter the research's formulas.",
      "not covered by the research (extension tools)"
    ],
    unmeasuredOptions: [
      "A training option the research did not measure. Keep the extension's default unless you are testing it on purpose; the computed steps and rate assume the defaults.",
      "not covered by the research"
    ]
  };

  // src/i18n/en.ts
  var EN = {
    /** Between list entries. */
    list: ", ",
    notices: {
      "standard-frames": "The standard formula is meant for at most 5 frames (you have {frames}); above that the token oversaturates. Use the advanced formula.",
      "standard-lr": "The standard formula is meant for LR 1e-5 (you have {rate}); other rates distort images at high CFG.",
      "strength-range": "Strength {strength} is outside the measured range {min}–{max}; the research has no data there.",
      "concepts-unequal": "Concepts have different frame counts ({concepts}); the research found that unequal counts mix concepts. The rate is computed for the largest ({largest}).",
      "batch-not-divisor": "Batch size {batchSize} does not divide {frames} frames, so one batch is short and training is uneven. Sizes that divide it: {fitting}.",
      "batch-exceeds-frames": "Batch size {batchSize} is larger than the {frames} frames; it can be at most {frames}.",
      "grad-accum": "Gradient accumulation {gradAccum} only approximates a larger batch; the research advises 1.",
      "scheduler-unknown": 'The research did not measure the scheduler "{scheduler}"; steps count it as constant (×1). Measured: {measured}.',
      "scheduler-start-factor": "The extension's constant scheduler multiplies the rate by its Starting Factor {factor} for the first {position} % of the run, which the research did not measure; with factor 1 it is the research's constant. Steps count it as constant (×1).",
      "scheduler-ramp-up": "The extension's linear scheduler ramps the rate up from {factor} × LR over the first {position} % of the run, which the research did not measure; steps count it as ×1. The research's linear (×2 steps) is linear_with_warmup.",
      "warmup-share": "The warmup of {warmup} steps is {share} % of the {schedulerSteps} the scheduler counts: the rate climbs from 0 for that long, and the plan under-trains. About {proposal} (5 %) keeps the research's numbers.",
      "te-ratio-interpolated": "Text encoder ratio {ratio} lies between the research's two measured cases (off, on); its numbers are interpolated.",
      "precision-range": "LR {rate} is below the smallest value {precision} holds; training would not move. Use fp32/bf16 or a higher rate.",
      "precision-rounding": "At LR {rate}, {precision} starts rounding (per the research); fine details may be lost.",
      "scale-lr": "Scale Learning Rate is on: the trainer will use {effective} instead of {rate}. Turn it off to train at the planned rate.",
      "out-of-scope.lora": "LoRA is not what the research measured: its rates are for full fine-tuning and are never written into LoRA fields. Steps are shown for reference.",
      "out-of-scope.optimizer": "The adaptive optimizer {optimizer} sets its own rate (LR ≈ 1); the research's rate does not apply. Steps are shown for reference.",
      "optimizer-unmeasured": "The research measured (8-bit) Adam only. For {optimizer} the rate {rate} is what the formulas give for Adam, not a measured rate: optimizers such as Lion usually want a lower one. Steps still follow the research.",
      "dynamic-batch-size": "The research ran dynamic resolution only at batch size 1; larger batches need unshuffled, resolution-ordered frames.",
      "plan-range.rate-low": "The planned learning rate {rate} is outside {min}–{max}, the range the calculator plans for; fewer frames per concept or a higher strength raise it.",
      "plan-range.rate-high": "The planned learning rate {rate} is outside {min}–{max}, the range the calculator plans for; a lower strength lowers it.",
      "plan-range.zero-steps": "The plan rounds to 0 training steps; a lower learning rate or a higher resolution gives it steps.",
      "plan-range.overflow": "The plan needs {steps} steps, more than a trainer's 32-bit counter holds ({max})."
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
      "too-long": "is not a name (over {max} characters)",
      "not-list": "must be a list",
      "too-few": "needs at least {min} entries",
      "too-many": "takes at most {max} entries",
      "unknown-field": "unknown field {name}",
      "not-object": "must be an object of fields",
      required: "is required (or give frames per concept)",
      "sum-mismatch": "is {frames} but the concepts add up to {sum}",
      "total-frames": "add up to {sum} frames: at most {max} in total",
      "te-both": "give the text encoder as on/off or as a ratio, not both",
      "resolution-both": "give one resolution or several dynamic ones, not both",
      "strength-and-lr": "give a strength or a fixed learning rate, not both",
      "filewords-lr": "filewords mode always uses 1e-5 (R6); drop it or use the standard formula",
      "unknown-strength": 'unknown strength "{got}"; use a number or one of {names}',
      "extension-only": "belongs to the extension's own schedulers; give schedulers: extension as well",
      "distinct-resolutions": "needs at least two different resolutions"
    },
    exports: {
      "kohya-folders": 'In kohya, name each of the {concepts} concept folders "1_<token> <class>" (1 repeat: the file sets the steps) inside the training folder.',
      "reg-images": 'Put {images} class images in the regularisation folder "{folder}".',
      "onetrainer-epochs": "OneTrainer has no step count: {epochs} epochs of {stepsPerEpoch} steps cover the plan's {steps} steps (one repeat per concept).",
      "sd-scripts-files": "Start sd-scripts with --config_file {config}; it reads the images as {dataset} says (set each subset's image_dir, and class_tokens or .txt captions).",
      "reg-doubles-steps": "With a regularisation folder the trainer counts class images as samples of their own (R16): the research's {steps} steps are {trainerSteps} there.",
      "scheduler-substituted": 'The trainer has no "{scheduler}" as the plan counts it; the file uses {used}, which the steps were planned for (×1).',
      "sdxl-te-rates": "The file sets one text encoder rate (SD 1.x/2.x, what the research measured); for SDXL set its two text encoder rates yourself.",
      "prior-prediction": "OneTrainer regularises by prior prediction (a PRIOR_PREDICTION concept), not with class images: the research's class image counts do not carry over.",
      "no-rate": "No learning rate in the file: LoRA or an adaptive optimizer is not what the research measured."
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
      "format.sd-scripts-toml": "sd-scripts (--config_file, --dataset_config)",
      "format.onetrainer-json": "OneTrainer preset",
      noPlan: "Fix the fields marked above to see the plan."
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
      summary: "{frames} frames: LR {rate} · {spf} steps per frame · {steps} steps · {epochs} epochs · {classImages} class images per frame",
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
      "note.missing": "{label}: not found on this page; assumed {assumed}",
      "note.empty": "{label}: is empty; assumed {assumed}",
      "note.unusable": '{label}: holds "{shown}", which is not usable; assumed {assumed}',
      "note.ambiguous": "{label}: more than one field matches; not read and never written; assumed {assumed}",
      "assumed.noTextEncoder": "0 (no text encoder)",
      "assumed.unchecked": "nothing (not checked)",
      counted: "Counted on the server: {images} images in {directory}, {captioned} with captions",
      countedAtLeast: "Counted on the server: at least {images} images in {directory} (a large folder: counting stopped early), {captioned} with captions",
      "counts.filewords": "All {images} images of concept {slot} have captions: the filewords formula (R6) may suit them.",
      "counts.small": "Concept {slot}: the smallest image side is {side} px, below the training resolution of {resolution} px; the trainer scales such images up.",
      "counts.classImages": "Concept {slot}: {existing} class images are already in its class folder; the trainer generates the other {missing} of {needed}.",
      enterFrames: "enter how many images the concept has",
      batches: "Batch sizes that divide your frames (R7)",
      batchSize: "Batch size",
      steps: "Steps",
      epochs: "Epochs",
      use: "Use",
      inUse: "In use",
      noFit: "Does not fit",
      "fit.range": "{value} does not fit the field's range {min}–{max}.",
      "fit.notFinite": "{value} is not a finite number.",
      "fit.negative": "{value} is negative.",
      "fit.labelled": "{label} {reason}",
      "fit.alternatives": "To fit: {list}.",
      "fit.none": "No single change of scheduler, text encoder or resolution brings it into range.",
      "change.scheduler": "the {scheduler} scheduler gives {value}",
      "change.textEncoder": "training the text encoder gives {value}",
      "change.resolution": "{resolution} px gives {value}",
      "change.rate": "LR {rate} gives {value}",
      "why.batchAdopted": "chosen from the batch-size options (divides {frames} frames)",
      "why.sameRate": "the research trained the text encoder with the same rate",
      "why.startFactor": "makes the extension's constant scheduler the research's constant",
      "why.optimizerUnmeasured": "computed for Adam, not measured for {optimizer}",
      "status.entry": "{label} {from} → {to}",
      "status.wrote": "Wrote {list}. Save Settings to keep them.",
      "status.nothing": "Nothing to write: the form already holds the planned values.",
      "status.failed": "Not written: {list}.",
      "status.stale": "The form changed since the preview. Check the updated preview, then Apply again.",
      "status.kept": "Kept your {list} (changed since Apply).",
      "status.restored": "Restored {list}.",
      "status.dropped": "The remembered frames of concept {slot} were dropped ({problem}).",
      "tip.enterFrames": "Enter your frames in Autofill to see the numbers for your dataset.",
      "tip.extensionHint": "Extension hint: {hint}",
      "tip.research": "Research: {section}",
      "options.title": "Dreambooth Companion: where it runs",
      "options.intro": "The companion runs on the WebUI's usual addresses. Add another one (a remote host, a share link) and the browser asks you to allow it for that host only.",
      "options.runsOn": "Runs on",
      "options.address": "WebUI address",
      "options.add": "Add",
      "options.remove": "Remove",
      "options.builtIn": "{pattern} (built in)",
      "options.added": "Added {pattern}: reload the WebUI tab there.",
      "options.removed": "Removed {pattern}.",
      "options.denied": "Not added: the browser did not allow {pattern}.",
      "options.failed": "Not added: {error}",
      "options.language": "Language",
      "options.languageAuto": "Automatic (the WebUI's, else the browser's)",
      "options.languageSaved": "Saved: reload the WebUI tab to see it.",
      "address.empty": "Address: enter the WebUI address, e.g. http://192.168.1.5:7860",
      "address.wildcard": "Address: give one concrete host such as 192.168.1.5:7860; wildcards (*) are not accepted",
      "address.notAddress": 'Address: "{text}" is not a web address',
      "address.scheme": "Address: only http and https addresses can be added (got {scheme})",
      "address.noHost": 'Address: "{text}" has no host',
      "address.credentials": "Address: leave out the user name and password",
      "address.listed": "Address: {pattern} is already in the list"
    },
    live: {
      yourFrames: "your {frames} frames",
      largestConcept: "your largest concept's {largest} frames ({frames} in all)",
      rateNotPlanned: "Not planned for {who}: LoRA or an adaptive optimizer is on, and the research's rate does not apply.",
      rateOfMode: "With {who} ({mode} formula): LR {rate}.",
      rate: "With {who} at strength {strength}: LR {rate}. Twice the frames would halve it; twice the strength would make it {harder}.",
      rateUnmeasured: "That is Adam's rate; the research did not measure {optimizer}.",
      epochs: "With {who}: {epochs} epochs ({steps} steps at batch size {batchSize}).",
      maxTrainSteps: "With {who}: {steps} steps at batch size {batchSize}.",
      saveFrequency: "Your plan trains {epochs} epochs ({steps} steps); one save at the end is enough.",
      batchSizes: "Steps for {who}: {list}.",
      batchOption: "batch {batchSize} → {steps} ({epochs} epochs)",
      gradAccumOne: "With {who}: {steps} steps at 1, as the research advises; {two} at 2.",
      gradAccum: "With {who}: {steps} steps at {gradAccum}; {single} at 1, as the research advises.",
      textEncoder: "With {who}: {on} steps with the text encoder, {off} without (now {steps}).",
      resolution: "At {resolution} px: {spf} steps per frame, {steps} steps for {who}; at {other} px: {otherSpf} and {otherSteps}.",
      classImagesPerInstance: "For {who}: {perFrame} class images per image, {total} in total.",
      classImagesTotal: "Your concepts: {list}.",
      conceptClassImages: "{frames} frames → {classImages} class images",
      scheduler: "{scheduler}: {steps} steps for {who}; {constant}: {constantSteps}.",
      warmupFine: "Your warmup is within a tenth of the {steps}-step plan for {who}, or unused by {scheduler}.",
      startFactorUnused: "{scheduler} does not use it.",
      startFactorFull: "At {factor}, {scheduler} trains at the full rate all along: the research's constant.",
      precision: "Your LR {rate} in {precision}: {notice}",
      precisionExact: "Your LR {rate} is held exactly in {precision}.",
      scaleLrOn: "On: the trainer would use {scaled} instead of {rate}.",
      scaleLrOff: "If on: the trainer would use {scaled} instead of {rate}.",
      loraOn: "On: Autofill leaves every learning rate alone and plans steps only.",
      loraOff: "Off: Autofill plans the full fine-tuning rate {rate}.",
      optimizerAdaptive: "{optimizer} is adaptive: Autofill does not write a rate.",
      optimizerUnmeasured: "{optimizer} was not measured by the research: {rate} is the rate for Adam, offered unticked.",
      optimizerMeasured: "{optimizer} is what the research measured: the planned rate {rate} applies.",
      thisOptimizer: "This optimizer"
    }
  };

  // src/i18n/ja-tooltips.ts
  var JA_TOOLTIPS = {
    instancePrompt: [
      "学習後に被写体を呼び出す言葉。珍しい識別子とクラス名（「sks woman」）の組み合わせで、コンセプトがそのクラスに結び付きます。ここに書いたトークンは、後でプロンプトにもすべて書かないとコンセプトを完全には呼び出せません。[filewords] は代わりに画像ごとのキャプションファイルを読みます。その場合は教師画像 1 枚ずつが独立したコンセプトになり、枚数にかかわらず学習率は 1e-5 のままです。",
      "主要パラメータ：instance_prompt；クラスベースの学習；コンセプトと filewords"
    ],
    classPrompt: [
      "被写体の一般的なクラス（「a woman」）を表し、prior preservation の正則化画像を生成します。クラスのほかの部分が被写体に引き寄せられるのを防ぎます。",
      "Prior Preservation Loss"
    ],
    prompt: [
      "Instance Images では被写体を呼び出す言葉（識別子とクラス名、または [filewords]。こちらは学習率を 1e-5 に保ち、教師画像 1 枚ずつを独立したコンセプトにします）。Class Images では prior preservation 用の画像を作る一般的なクラスです。",
      "主要パラメータ：instance_prompt；Prior Preservation Loss；コンセプトと filewords"
    ],
    instanceToken: [
      "[filewords] 使用時、各キャプションで被写体を表す固有の単語。画像に写っているのにプロンプトに書かれていないものもコンセプトの一部になります。書いたトークンは、呼び出すときにも書く必要があります。",
      "プロンプトと concept_list についての補足"
    ],
    classToken: [
      "[filewords] 使用時の被写体のクラス名（「woman」「dog」）。すべての画像に見えるもの（黒髪、画風）もクラストークンとして働くため、prior preservation でも変化を完全には防げません。",
      "プロンプトと concept_list についての補足"
    ],
    directory: [
      "このコンセプトの画像フォルダー（Instance Images の下）または正則化画像のフォルダー（Class Images の下）。教師画像 1 枚が式の「フレーム」1 つです。ステップ数は枚数とともに増え、学習率は下がります。",
      "コンセプトと filewords；concept_list"
    ],
    classDirectory: [
      "このコンセプトの正則化画像のフォルダー。コンセプトごとに別のフォルダーにすると、正則化画像がコンセプト間で重複しません。",
      "concept_list"
    ],
    conceptsList: [
      "JSON のリストから複数のコンセプトを学習します。ステップ数は全コンセプトの教師画像の合計、学習率は 1 つのコンセプトの枚数で決まります。どのコンセプトも同じ枚数にしないと、多い方の細部がほかに混ざります。",
      "concept_list"
    ],
    epochs: [
      "教師画像全体を何周するか。研究では代わりに 1 枚あたりのステップ数で数えます。1e-5 でテキストエンコーダーなしなら 200、ありなら 100。バッチサイズ 1 ならエポック数はこの 1 枚あたりのステップ数と同じです。",
      "1 周のステップ数と補正；num_train_epochs"
    ],
    maxTrainSteps: [
      "総学習ステップ数。0 より大きいとエポック数より優先されます。研究の式はこの数を直接出します：教師画像の枚数 × 1 枚あたりのステップ数を、バッチサイズ・勾配累積・スケジューラで補正した値です。",
      "学習ステップ数（max_train_steps）"
    ],
    conceptMaxSteps: [
      "このコンセプトのステップ数の上限（-1 = なし）。研究は全コンセプトの教師画像の合計からまとめてステップ数を出すので、-1 のままにして合計を設定してください。",
      "concept_list"
    ],
    learningRate: [
      "1 ステップでモデルをどれだけ動かすか。上級式は 1 枚あたりのステップ数を固定し、学習率のほうを調整します：学習率 = 1e-5 × 強度 ÷ 1 つのコンセプトの教師画像の枚数（複数なら最も多いもの）。研究はその逆、学習率を下げてその分ステップを増やすやり方に注意を促しています。高い CFG で画像が崩れ、学習率が低いほど崩れ始める CFG も低くなります。",
      "上級 Dreambooth 式；learning_rate"
    ],
    textLearningRate: [
      "テキストエンコーダーの学習率。研究ではテキストエンコーダーと UNet を同じ学習率で学習したので、自動入力はここに同じ値を書き込みます。",
      "テキストエンコーダー"
    ],
    scheduler: [
      "学習中に学習率をどう変えるか。研究が測定したのは標準の曲線です：constant（最良）と constant_with_warmup はステップ数 ×1、減衰する linear、cosine、cosine_with_restarts、polynomial は ×2。2023 年 1 月に名前の意味が変わりました。それ以降、拡張機能の constant は Scale Position まで学習率を開始係数 × 学習率に保ち（係数 1 のときだけ研究の constant）、linear は学習率を引き上げ、研究の linear は linear_with_warmup です。cosine_annealing、そのリスタート版、rex は未測定です（×1 として数えます）。",
      "lr_scheduler；lr_scheduler のステップ倍率"
    ],
    warmupSteps: [
      "最初のこのステップ数の間、学習率が 0 から設定値まで直線的に上がります。2023 年 1 月以降は constant_with_warmup、linear_with_warmup、cosine、cosine_with_restarts、polynomial だけが使い、画像単位（エポック数 × 教師画像の枚数）で数えます。2022 年 12 月版では constant 以外のすべてが使っていました。現在の既定値 500 は小さな学習 1 回分にもなります（テキストエンコーダーありの教師画像 5 枚なら 500 ステップ）。学習全体の 1 割以内にしてください。",
      "warmup（lr_warmup_steps）"
    ],
    startFactor: [
      "拡張機能の constant スケジューラは Scale Position まで学習率にこの係数を掛けます。linear スケジューラはその間に係数 × 学習率から学習率まで上げます。既定値 0.5 では constant が学習の前半で学習率を半分にし、研究の計画では学習不足になります。1 なら constant は研究の constant と同じです。2022 年 12 月版にはありません。",
      "lr_scheduler（constant）；拡張機能独自の曲線は研究の対象外"
    ],
    scalePosition: [
      "constant と linear の開始係数が続く学習の割合（0～1、既定 0.5）で、cosine_annealing の期間でもあります。開始係数が 1 なら constant には影響しません。2022 年 12 月版にはありません。",
      "研究の対象外（拡張機能独自の曲線）"
    ],
    schedulerShape: [
      "特定のスケジューラの形：cosine_with_restarts のリスタート回数、polynomial の指数、cosine_annealing とそのリスタート版の下限（Min Learning Rate はほかのスケジューラには効きません）。研究が測定したのはリスタート 1 回、指数 1 です。",
      "lr_scheduler（cosine_with_restarts、polynomial）"
    ],
    scaleLr: [
      "学習中、学習率に勾配累積 × バッチサイズ × GPU 数を掛けます。研究の学習率はこれがオフである前提です。オンにすると、トレーナーは入力した値よりずっと大きい学習率を使います。",
      "scale_lr"
    ],
    batchSize: [
      "1 ステップで処理する教師画像の枚数。バッチが大きいほど少ない（ただし遅い）ステップで学習できますが、比例はしません：ステップ数 =（枚数 × 1 枚あたりのステップ数 + 追加ステップ）÷ √バッチサイズ。追加ステップは（バッチサイズ − 1）× 1 枚あたりのステップ数（テキストエンコーダーなしではさらに ÷ 1.5）です。枚数を割り切れて、枚数以下のサイズを選んでください。",
      "train_batch_size"
    ],
    gradAccum: [
      "メモリが足りないとき、数ステップ分の勾配を足し合わせて大きなバッチを模倣します。本物のバッチに近いものの同じではなく、√GA 倍のステップが必要です。研究の推奨は 1 です。",
      "gradient_accumulation_steps"
    ],
    classBatchSize: [
      "正則化画像を一度に何枚生成するか（研究の sample_batch_size）。速度とメモリだけで、学習には影響しません。",
      "sample_batch_size"
    ],
    textEncoder: [
      "テキストエンコーダーも学習します（比率：その割合のエポックの間）。コンセプトの再現性は上がりますが、メモリを多く使い、1 枚あたりのステップ数は半分になります：1e-5 で 200 ではなく 100。0 と 1 の間の比率は補間で、研究が測定したのはオフとオンだけです。",
      "テキストエンコーダー"
    ],
    trainUnet: [
      "画像モデル本体を学習します。研究では常に学習しており、オフにするとテキストエンコーダーだけでコンセプトを覚えることになります。",
      "研究の対象外"
    ],
    resolution: [
      "学習解像度。512 px を超えると 1 枚あたりのステップ数が増えます：1 枚あたりのステップ数 ×（解像度 ÷ 512）²。768 px なら 450（テキストエンコーダーありで 225）です。複数の解像度で同時に学習する（動的解像度）と基本サイズでの見切れを防げますが、研究では実験的な方法とされています。バッチサイズ 1、リサイズなし、解像度ごとに教師画像のコピーを用意した場合にのみ機能しました。",
      "解像度と 768 モデルでの学習；（実験的）動的解像度"
    ],
    classImages: [
      "prior preservation 用の正則化画像で、過学習と言語のずれを抑えます。研究では教師画像 1 枚あたりの正則化画像の数を、1e-5 での基本の 1 枚あたりステップ数と同じにします：200 枚、テキストエンコーダーありなら 100 枚。解像度には関係ありません（解像度で増えません）。0 にするとそのコンセプトの prior preservation はオフです。",
      "Prior Preservation Loss：正則化画像の枚数"
    ],
    priorLossWeight: [
      "正則化画像が教師画像に対してどれだけ効くか。研究のトレーナーは 1 を使い、まだ測定中でした。拡張機能の既定値は 2022 年 12 月版で 1、2023 年 1 月以降は 0.75 です。スケール付きの設定は学習中に重みを変えます。",
      "prior_loss_weight"
    ],
    classGeneration: [
      "正則化画像を生成する設定（ガイダンス、サンプリングステップ、ネガティブプロンプト）。クラスの見た目を決めるもので、学習の進み方は変えません。",
      "Prior Preservation Loss"
    ],
    mixedPrecision: [
      "学習の数値形式。品質は fp32 > fp16 > bf16、速度はその逆です。とても低い学習率は丸められ（bf16 は 1e-2 未満、fp16 は 1e-3 未満、fp32 は 1e-6 未満）、fp16 では約 6e-8 未満の学習率をまったく表せません。",
      "数値形式；mixed_precision"
    ],
    fullMixedPrecision: [
      "メモリ節約のため、UNet の重みを fp32 ではなく混合精度の型そのもので保持します（現行の拡張機能では fp16 のときに表示）。更新はその型で丸められます。研究によれば fp16 は学習率 1e-3 未満で丸めが始まり、約 6e-8 未満では失われます。bf16 にはそのような下限はありませんが、丸めは最も大きく、1e-2 未満から始まります。",
      "数値形式"
    ],
    use8bitAdam: [
      "8bit Adam はビデオメモリが大幅に少なくて済み、精度の低下はわずかで、たいてい目に見えません。bitsandbytes には torch のものより速い 32bit Adam もあります。",
      "use_8bit_adam"
    ],
    optimizer: [
      "重みの更新規則。研究が測定したのは（8bit）Adam だけで、8bit と 32bit の差はほとんどありません。Lion、SGD、Adafactor などは未測定で、たいてい別の学習率が必要です（拡張機能自身のヒントも Lion には低い値を勧めています）。自動入力は Adam の学習率をチェックなしで示します。適応型オプティマイザー（D-Adaptation、Prodigy）は 1 前後の学習率を自分で選ぶので、自動入力は学習率に手を付けません。",
      "use_8bit_adam；適応型オプティマイザーは研究の対象外"
    ],
    memoryAttention: [
      "アテンションの実装：default、xformers、flash_attention。メモリと速度が変わるだけで、結果は変わりません。古い xformers は RTX 30/40 で fp32 学習を受け付けませんでした（0.0.17 で修正）。",
      "アテンションの種類；xformers の問題"
    ],
    gradientCheckpointing: [
      "アクティベーションを保存せずに再計算します。ビデオメモリが大幅に減り、少し遅くなりますが、品質は同じです。大きなバッチの余地が生まれます。",
      "gradient_checkpointing"
    ],
    cacheLatents: [
      "エンコード済みの教師画像をビデオメモリに保持します。学習は速くなり、メモリは多く使います。バッチに全教師画像が入るならキャッシュしない意味はありません。",
      "not_cache_latents"
    ],
    gradsToNone: [
      "勾配を 0 にする代わりに解放します。メモリが少し減り、少し速くなります。研究では品質への影響は見られませんでした。",
      "set_grads_to_none"
    ],
    padTokens: [
      "短いプロンプトをモデルの最大長まで埋めます。影響は小さく、生成時に教師画像の特徴が少し強めに出ます。",
      "pad_tokens"
    ],
    extractEma: [
      "モデル作成時のオプション：元のチェックポイントに EMA の重みがあれば、完全版ではなく EMA 版の UNet からモデルを作ります。学習は変わりません。研究は両者を比べていません。",
      "研究の対象外（モデル設定）"
    ],
    ema: [
      "重みの指数移動平均を保持し、メモリと引き換えに学習を滑らかにします。研究は EMA を測定していません（スレッドで質問はありましたが回答はありません）。",
      "研究の対象外"
    ],
    useLora: [
      "モデル全体ではなく小さな LoRA の重みを学習します。研究が測定したのはフルファインチューニングだけで、その学習率は LoRA には低すぎるため、自動入力は LoRA の欄には決して書き込みません。",
      "研究の対象外（LoRA）"
    ],
    loraSettings: [
      "LoRA の設定。研究の式はフルファインチューニング用で LoRA には当てはまりません。LoRA の学習率は桁違いに高くなります。",
      "研究の対象外（LoRA）"
    ],
    saveFrequency: [
      "チェックポイントやプレビューを保存する頻度。研究の式なら計算したステップ数まで学習すればよく、比較のための保存は要らないので、時間とディスクを節約できます。",
      "save_interval；まえがき"
    ],
    sampleCount: [
      "1 回の生成で作る画像の枚数：Manual Class Generation では正則化画像、コンセプトの Sample Images では保存ごとのプレビューです。どちらもモデルが学ぶ内容は変えません。",
      "研究の対象外（画像生成）"
    ],
    modelSetup: [
      "どのモデルを作成・読み込み・学習するか。研究の式は変わらず、SD 1.x と 2.x のどちらにも当てはまります。",
      "研究の対象外（モデル設定）"
    ],
    savingFiles: ["どのファイルをいつ書き出すか。出力だけの設定で、学習そのものは変わりません。", "研究の対象外（保存）"],
    imageGeneration: [
      "プレビュー画像と正則化画像の生成方法。進み具合を見るためのもので、モデルが学ぶ内容は変えません。",
      "研究の対象外（画像生成）"
    ],
    extensionTools: [
      "拡張機能の便利機能や管理用の設定（一時停止、ログ、Webhook、バケットのクロップ）。研究の式には入りません。",
      "研究の対象外（拡張機能のツール）"
    ],
    unmeasuredOptions: [
      "研究が測定していない学習オプション。意図して試すのでなければ拡張機能の既定値のままにしてください。計算したステップ数と学習率は既定値が前提です。",
      "研究の対象外"
    ]
  };

  // src/i18n/ja.ts
  var JA = {
    list: "、",
    notices: {
      "standard-frames": "標準式は教師画像 5 枚以下向けです（現在 {frames} 枚）。それ以上ではトークンが過飽和になります。上級式を使ってください。",
      "standard-lr": "標準式は学習率 1e-5 向けです（現在 {rate}）。ほかの学習率では高い CFG で画像が崩れます。",
      "strength-range": "強度 {strength} は研究で測定された範囲 {min}–{max} の外で、データがありません。",
      "concepts-unequal": "コンセプトごとの教師画像の枚数が違います（{concepts}）。研究では枚数が違うとコンセプトが混ざることがわかっています。学習率は最も多いコンセプト（{largest} 枚）で計算します。",
      "batch-not-divisor": "バッチサイズ {batchSize} は教師画像 {frames} 枚を割り切れず、最後のバッチが欠けて学習が不均一になります。割り切れるサイズ：{fitting}。",
      "batch-exceeds-frames": "バッチサイズ {batchSize} が教師画像 {frames} 枚より大きいです。最大 {frames} までです。",
      "grad-accum": "勾配累積 {gradAccum} は大きなバッチの近似にすぎません。研究の推奨は 1 です。",
      "scheduler-unknown": "スケジューラ「{scheduler}」は研究で測定されていません。ステップ数は constant（×1）として数えます。測定済み：{measured}。",
      "scheduler-start-factor": "拡張機能の constant スケジューラは学習の最初の {position} % の間、学習率に開始係数 {factor} を掛けます。これは研究で測定されていません。係数 1 のときだけ研究の constant と同じです。ステップ数は constant（×1）として数えます。",
      "scheduler-ramp-up": "拡張機能の linear スケジューラは学習の最初の {position} % で学習率を {factor} × 学習率から引き上げます。これは研究で測定されていません。ステップ数は ×1 として数えます。研究の linear（ステップ数 ×2）は linear_with_warmup です。",
      "warmup-share": "ウォームアップ {warmup} ステップは、スケジューラが数える {schedulerSteps} の {share} % です。その間、学習率は 0 から上がっていくため学習不足になります。約 {proposal}（5 %）にすれば研究の数値を保てます。",
      "te-ratio-interpolated": "テキストエンコーダー比率 {ratio} は研究で測定された 2 つの場合（オフ・オン）の間にあり、数値は補間です。",
      "precision-range": "学習率 {rate} は {precision} で表せる最小値より小さく、学習が進みません。fp32/bf16 か、より高い学習率を使ってください。",
      "precision-rounding": "学習率 {rate} では {precision} で丸めが始まります（研究より）。細部が失われることがあります。",
      "scale-lr": "Scale Learning Rate がオンです。トレーナーは {rate} ではなく {effective} を使います。計画どおりの学習率で学習するにはオフにしてください。",
      "out-of-scope.lora": "LoRA は研究の測定対象外です。研究の学習率はフルファインチューニング用で、LoRA の欄には書き込みません。ステップ数は参考値です。",
      "out-of-scope.optimizer": "適応型オプティマイザー {optimizer} は学習率を自分で決めます（約 1）。研究の学習率は当てはまりません。ステップ数は参考値です。",
      "optimizer-unmeasured": "研究が測定したのは（8bit）Adam だけです。{optimizer} にとって {rate} は式が Adam 用に出した値で、実測値ではありません。Lion などは通常もっと低い学習率を使います。ステップ数は研究どおりです。",
      "dynamic-batch-size": "研究で動的解像度を使ったのはバッチサイズ 1 のときだけです。それより大きいバッチでは、シャッフルをやめて解像度順に並べた教師画像が必要です。",
      "plan-range.rate-low": "計画の学習率 {rate} は、計算機が扱う範囲 {min}–{max} の外です。コンセプトあたりの教師画像を減らすか強度を上げると上がります。",
      "plan-range.rate-high": "計画の学習率 {rate} は、計算機が扱う範囲 {min}–{max} の外です。強度を下げると下がります。",
      "plan-range.zero-steps": "計画を丸めると学習ステップが 0 になります。学習率を下げるか解像度を上げるとステップが生まれます。",
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
      "extension-only": "拡張機能のスケジューラ専用の項目です。schedulers: extension も指定してください",
      "distinct-resolutions": "異なる解像度が 2 つ以上必要です"
    },
    exports: {
      "kohya-folders": "kohya では {concepts} 個のコンセプトのフォルダーをそれぞれ「1_<トークン> <クラス>」と名付け（繰り返し 1 回：ステップ数はファイルで設定）、学習フォルダーの中に置いてください。",
      "reg-images": "正則化フォルダー「{folder}」に正則化画像を {images} 枚入れてください。",
      "onetrainer-epochs": "OneTrainer にはステップ数の設定がありません。1 エポック {stepsPerEpoch} ステップ × {epochs} エポックで計画の {steps} ステップになります（コンセプトごとに繰り返し 1 回）。",
      "sd-scripts-files": "sd-scripts を --config_file {config} で起動します。画像は {dataset} のとおりに読み込みます（各 subset の image_dir と、class_tokens か .txt キャプションを設定）。",
      "reg-doubles-steps": "正則化フォルダーがあると、トレーナーは正則化画像を別のサンプルとして数えます（R16）。研究の {steps} ステップはここでは {trainerSteps} ステップです。",
      "scheduler-substituted": "トレーナーには計画で数えた「{scheduler}」がありません。ファイルでは {used} を使い、ステップ数もそれ（×1）で計画しています。",
      "sdxl-te-rates": "ファイルが設定するテキストエンコーダーの学習率は 1 つです（SD 1.x/2.x、研究で測定したもの）。SDXL では 2 つのテキストエンコーダーの学習率をご自分で設定してください。",
      "prior-prediction": "OneTrainer は正則化画像ではなく事前予測（PRIOR_PREDICTION のコンセプト）で正則化します。研究の正則化画像の枚数は当てはまりません。",
      "no-rate": "ファイルに学習率はありません。LoRA や適応型オプティマイザーは研究の測定対象外です。"
    },
    planner: {
      title: "Dreambooth Companion：学習プランナー",
      intro: "どのトレーナーでも使える、研究に基づくあなたのデータセット向けの数値です。分かっていることを入力し、計画と各数値の根拠を確認して、トレーナーが読み込めるファイルとしてダウンロードしてください。",
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
      scheduler: "スケジューラ",
      schedulers: "スケジューラ名の意味",
      "schedulers.research": "研究のもの（2023 年 1 月までの Dreambooth 拡張機能、kohya、diffusers）",
      "schedulers.extension": "Dreambooth 拡張機能独自のもの（2023 年 1 月以降）",
      startFactor: "開始係数（拡張機能の constant/linear）",
      warmupSteps: "ウォームアップのステップ数（任意）",
      precision: "混合精度",
      scaleLr: "学習率のスケーリング",
      gpus: "GPU の数",
      lora: "LoRA",
      optimizer: "オプティマイザー（任意）",
      prior: "Prior preservation（正則化画像）",
      plan: "計画",
      "value.learningRate": "学習率",
      "value.strength": "強度 F",
      "value.stepsPerFrame": "1 枚あたりのステップ数",
      "value.maxTrainSteps": "学習ステップ数",
      "value.epochs": "エポック数",
      "value.classImagesPerInstance": "1 枚あたりの正則化画像",
      "value.classImages": "正則化画像の合計",
      derivation: "各数値の根拠",
      notices: "警告",
      chart: "教師画像の枚数を割り切るバッチサイズごとのステップ数とエポック数（R7）",
      chartSteps: "ステップ数",
      chartEpochs: "エポック数",
      downloads: "トレーナー用のファイル",
      download: "{name} をダウンロード",
      "format.kohya-json": "kohya_ss GUI（Load config）",
      "format.sd-scripts-toml": "sd-scripts（--config_file、--dataset_config）",
      "format.onetrainer-json": "OneTrainer のプリセット",
      noPlan: "上で印の付いた項目を直すと計画が表示されます。"
    },
    ui: {
      autofill: "自動入力",
      title: "学習研究に基づく自動入力",
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
      strengthInput: "強度（名前か数値）",
      prior: "Prior preservation（正則化画像）",
      summary: "教師画像 {frames} 枚：学習率 {rate} ・ 1 枚あたり {spf} ステップ ・ 計 {steps} ステップ ・ {epochs} エポック ・ 1 枚あたり正則化画像 {classImages} 枚",
      field: "項目",
      now: "現在",
      planned: "計画",
      rule: "ルール",
      writeRow: "{label} を書き込む",
      rowOfConcept: "{label} ・ コンセプト {slot}",
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
      "note.missing": "{label}：このページに見つかりません。{assumed} とみなしました",
      "note.empty": "{label}：空です。{assumed} とみなしました",
      "note.unusable": "{label}：「{shown}」は使えない値です。{assumed} とみなしました",
      "note.ambiguous": "{label}：複数の項目に一致します。読み取らず、書き込みもしません。{assumed} とみなしました",
      "assumed.noTextEncoder": "0（テキストエンコーダーなし）",
      "assumed.unchecked": "なし（確認しない）",
      counted: "サーバーで集計：{directory} に画像 {images} 枚、うちキャプション付き {captioned} 枚",
      countedAtLeast: "サーバーで集計：{directory} に画像が少なくとも {images} 枚（大きなフォルダーのため途中で集計を止めました）、うちキャプション付き {captioned} 枚",
      "counts.filewords": "コンセプト {slot} の画像 {images} 枚すべてにキャプションがあります。filewords 式（R6）が合うかもしれません。",
      "counts.small": "コンセプト {slot}：最も短い画像の辺は {side} px で、学習解像度 {resolution} px より小さく、トレーナーが拡大します。",
      "counts.classImages": "コンセプト {slot}：正則化画像のフォルダーにすでに {existing} 枚あります。トレーナーは必要な {needed} 枚のうち残りの {missing} 枚を生成します。",
      enterFrames: "このコンセプトの画像の枚数を入力してください",
      batches: "教師画像の枚数を割り切れるバッチサイズ（R7）",
      batchSize: "バッチサイズ",
      steps: "ステップ数",
      epochs: "エポック数",
      use: "使う",
      inUse: "使用中",
      noFit: "入りません",
      "fit.range": "{value} はこの項目の範囲 {min}–{max} に入りません。",
      "fit.notFinite": "{value} は有限の数値ではありません。",
      "fit.negative": "{value} は負の値です。",
      "fit.labelled": "{label} {reason}",
      "fit.alternatives": "範囲に入れるには：{list}。",
      "fit.none": "スケジューラ、テキストエンコーダー、解像度のどれか 1 つを変えるだけでは範囲に入りません。",
      "change.scheduler": "{scheduler} スケジューラなら {value}",
      "change.textEncoder": "テキストエンコーダーも学習すれば {value}",
      "change.resolution": "{resolution} px なら {value}",
      "change.rate": "学習率 {rate} なら {value}",
      "why.batchAdopted": "バッチサイズの表から選択（教師画像 {frames} 枚を割り切る）",
      "why.sameRate": "研究ではテキストエンコーダーも同じ学習率で学習",
      "why.startFactor": "拡張機能の constant スケジューラを研究の constant と同じにする",
      "why.optimizerUnmeasured": "Adam 用の値。{optimizer} は研究で未測定",
      "status.entry": "{label} {from} → {to}",
      "status.wrote": "{list} を書き込みました。Save Settings で保存してください。",
      "status.nothing": "書き込むものはありません。フォームはすでに計画どおりの値です。",
      "status.failed": "書き込めなかった項目：{list}。",
      "status.stale": "プレビューの後にフォームが変わりました。更新されたプレビューを確認してから、もう一度適用してください。",
      "status.kept": "あなたが変更した {list} はそのままにしました（適用後に変更）。",
      "status.restored": "{list} を元に戻しました。",
      "status.dropped": "記憶していたコンセプト {slot} の枚数は破棄しました（{problem}）。",
      "tip.enterFrames": "自動入力で教師画像の枚数を入れると、あなたのデータセットでの数値が表示されます。",
      "tip.extensionHint": "拡張機能のヒント：{hint}",
      "tip.research": "研究の出典：{section}",
      "options.title": "Dreambooth Companion：動作する場所",
      "options.intro": "WebUI のいつものアドレスで動作します。別のアドレス（リモートのホスト、共有リンク）を追加すると、ブラウザーはそのホストだけの許可を求めます。",
      "options.runsOn": "動作するアドレス",
      "options.address": "WebUI のアドレス",
      "options.add": "追加",
      "options.remove": "削除",
      "options.builtIn": "{pattern}（組み込み）",
      "options.added": "{pattern} を追加しました。そのアドレスの WebUI タブを再読み込みしてください。",
      "options.removed": "{pattern} を削除しました。",
      "options.denied": "追加できませんでした：ブラウザーが {pattern} を許可しませんでした。",
      "options.failed": "追加できませんでした：{error}",
      "options.language": "言語",
      "options.languageAuto": "自動（WebUI の言語、なければブラウザーの言語）",
      "options.languageSaved": "保存しました。WebUI タブを再読み込みすると反映されます。",
      "address.empty": "アドレス：WebUI のアドレスを入力してください（例：http://192.168.1.5:7860）",
      "address.wildcard": "アドレス：192.168.1.5:7860 のように具体的なホストを 1 つ指定してください。ワイルドカード（*）は使えません",
      "address.notAddress": "アドレス：「{text}」は Web アドレスではありません",
      "address.scheme": "アドレス：追加できるのは http と https のアドレスだけです（入力：{scheme}）",
      "address.noHost": "アドレス：「{text}」にはホストがありません",
      "address.credentials": "アドレス：ユーザー名とパスワードは外してください",
      "address.listed": "アドレス：{pattern} はすでに一覧にあります"
    },
    live: {
      yourFrames: "あなたの教師画像 {frames} 枚",
      largestConcept: "最も多いコンセプトの教師画像 {largest} 枚（全体で {frames} 枚）",
      rateNotPlanned: "{who}：学習率は計画しません。LoRA か適応型オプティマイザーがオンで、研究の学習率は当てはまりません。",
      rateOfMode: "{who}（{mode}式）：学習率 {rate}。",
      rate: "{who}、強度 {strength}：学習率 {rate}。枚数が 2 倍なら半分、強度が 2 倍なら {harder} になります。",
      rateUnmeasured: "これは Adam の学習率です。{optimizer} は研究で測定されていません。",
      epochs: "{who}：{epochs} エポック（バッチサイズ {batchSize} で {steps} ステップ）。",
      maxTrainSteps: "{who}：バッチサイズ {batchSize} で {steps} ステップ。",
      saveFrequency: "この計画は {epochs} エポック（{steps} ステップ）学習します。保存は最後に 1 回で十分です。",
      batchSizes: "{who}のステップ数：{list}。",
      batchOption: "バッチ {batchSize} → {steps}（{epochs} エポック）",
      gradAccumOne: "{who}：1 で {steps} ステップ（研究の推奨）、2 で {two}。",
      gradAccum: "{who}：{gradAccum} で {steps} ステップ、1 で {single}（研究の推奨）。",
      textEncoder: "{who}：テキストエンコーダーありで {on} ステップ、なしで {off}（現在 {steps}）。",
      resolution: "{resolution} px：1 枚あたり {spf} ステップ、{who}で計 {steps} ステップ。{other} px：{otherSpf} と {otherSteps}。",
      classImagesPerInstance: "{who}：1 枚あたり正則化画像 {perFrame} 枚、合計 {total} 枚。",
      classImagesTotal: "あなたのコンセプト：{list}。",
      conceptClassImages: "教師画像 {frames} 枚 → 正則化画像 {classImages} 枚",
      scheduler: "{scheduler}：{who}で {steps} ステップ。{constant}：{constantSteps}。",
      warmupFine: "ウォームアップは{who}の {steps} ステップの計画の 1 割以内か、{scheduler} では使われません。",
      startFactorUnused: "{scheduler} はこの値を使いません。",
      startFactorFull: "{factor} なら {scheduler} は最初から最後まで本来の学習率で学習します。研究の constant と同じです。",
      precision: "学習率 {rate} を {precision} で：{notice}",
      precisionExact: "学習率 {rate} は {precision} で正確に表せます。",
      scaleLrOn: "オン：トレーナーは {rate} ではなく {scaled} を使います。",
      scaleLrOff: "オンにすると：トレーナーは {rate} ではなく {scaled} を使います。",
      loraOn: "オン：自動入力は学習率に手を付けず、ステップ数だけを計画します。",
      loraOff: "オフ：自動入力はフルファインチューニングの学習率 {rate} を計画します。",
      optimizerAdaptive: "{optimizer} は適応型です。自動入力は学習率を書き込みません。",
      optimizerUnmeasured: "{optimizer} は研究で測定されていません。{rate} は Adam 用の学習率で、チェックなしで示します。",
      optimizerMeasured: "{optimizer} は研究が測定したものです。計画の学習率 {rate} が当てはまります。",
      thisOptimizer: "このオプティマイザー"
    }
  };

  // src/i18n/zh-tooltips.ts
  var ZH_TOOLTIPS = {
    instancePrompt: [
      "训练后用来召唤主体的词。一个少见的标识词加类别名词（“sks woman”）会把概念绑定到该类别；这里列出的每个词以后都要写进提示词，才能完整召回概念。[filewords] 改为读取每张图的说明文件：每张实例图自成一个概念，无论多少张，学习率都保持 1e-5。",
      "主要参数：instance_prompt；基于类别的训练；概念与 filewords"
    ],
    classPrompt: [
      "描述主体所属的一般类别（“a woman”），用于生成先验保留的类别图，防止该类别的其他部分向你的主体漂移。",
      "先验保留损失（Prior Preservation Loss）"
    ],
    prompt: [
      "在“Instance Images”下：召唤主体的词（标识词加类别名词，或 [filewords]——学习率保持 1e-5，每张实例图自成一个概念）。在“Class Images”下：用来生成先验保留图的一般类别。",
      "主要参数：instance_prompt；先验保留损失；概念与 filewords"
    ],
    instanceToken: [
      "使用 [filewords] 时，每条说明里代表主体的唯一词。图里有但提示词没写的内容照样会并入概念；写出来的词，以后也得写出来才能召回。",
      "关于提示词和 concept_list 的补充说明"
    ],
    classToken: [
      "使用 [filewords] 时主体的类别名词（“woman”“dog”）。每张图都出现的东西（黑发、某种画风）也会充当类别词，所以先验保留无法完全阻止漂移。",
      "关于提示词和 concept_list 的补充说明"
    ],
    directory: [
      "该概念的图片目录（Instance Images 下）或其类别图目录（Class Images 下）。每张实例图就是公式里的一“帧”：步数随实例图数量增加，学习率随之降低。",
      "概念与 filewords；concept_list"
    ],
    classDirectory: ["该概念的类别（正则化）图目录。每个概念用各自的目录，类别图就不会在概念之间重复。", "concept_list"],
    conceptsList: [
      "从 JSON 列表训练多个概念。步数按所有概念的实例图总数计算，学习率按单个概念的实例图数计算；每个概念请用相同数量的实例图，否则大概念的细节会渗入其他概念。",
      "concept_list"
    ],
    epochs: [
      "对每张实例图完整训练的遍数。研究改用“每张图的步数”：1e-5 时不训练文本编码器 200 步，训练则 100 步；批次大小为 1 时轮数就等于这个每张图步数。",
      "完整遍历步数与补偿；num_train_epochs"
    ],
    maxTrainSteps: [
      "总训练步数；大于 0 时优先于轮数。研究的公式直接给出这个数：实例图数 × 每张图步数，再按批次大小、梯度累积和调度器修正。",
      "训练步数（max_train_steps）"
    ],
    conceptMaxSteps: [
      "该概念的步数上限（-1 = 不限）。研究按所有概念的实例图总数一起算步数，所以保持 -1，改设总步数。",
      "concept_list"
    ],
    learningRate: [
      "每一步对模型改动的幅度。进阶公式固定每张图步数、按比例调整学习率：学习率 = 1e-5 × 强度 ÷ 单个概念的实例图数（多个概念时取最大的）。研究反对反过来做——降低学习率再按比例加步数：那样在高 CFG 下出图会崩坏，学习率越低，开始崩坏的 CFG 也越低。",
      "进阶 Dreambooth 公式；learning_rate"
    ],
    textLearningRate: [
      "文本编码器的学习率。研究中文本编码器和 UNet 用同一个学习率，所以自动填写在这里写入相同的值。",
      "文本编码器"
    ],
    scheduler: [
      "训练过程中学习率如何变化。研究测的是标准曲线：constant（最好）和 constant_with_warmup 步数 ×1；会衰减的 linear、cosine、cosine_with_restarts 和 polynomial 步数 ×2。2023 年 1 月起名称含义变了：扩展的 constant 在 Scale Position 之前把学习率保持在起始系数 × 学习率（系数为 1 才是研究的 constant），它的 linear 是让学习率逐渐升高，研究中的 linear 变成了 linear_with_warmup。cosine_annealing、其重启版本和 rex 未被测过（按 ×1 计）。",
      "lr_scheduler；lr_scheduler 步数倍率"
    ],
    warmupSteps: [
      "开头的这些步里，学习率从 0 线性爬升到设定值。2023 年 1 月起只有 constant_with_warmup、linear_with_warmup、cosine、cosine_with_restarts 和 polynomial 使用它，并按图片计数（轮数 × 实例图数）；2022 年 12 月版扩展中除 constant 外所有调度器都有预热。当前默认值 500 可能就是一次完整的小训练（5 张实例图训练文本编码器就是 500 步）：请保持在整个训练的十分之一以内。",
      "warmup（lr_warmup_steps）"
    ],
    startFactor: [
      "扩展的 constant 调度器在 Scale Position 之前把学习率乘以这个系数；linear 调度器在这段时间内从系数 × 学习率升到学习率。默认值 0.5 会让 constant 在前一半训练中学习率减半，按研究方案会训练不足：设为 1 时，constant 就是研究中的 constant。2022 年 12 月版扩展没有此项。",
      "lr_scheduler（constant）；扩展自有曲线未被研究覆盖"
    ],
    scalePosition: [
      "constant 和 linear 的起始系数持续的训练比例（0 到 1，默认 0.5），也是 cosine_annealing 的跨度。起始系数为 1 时对 constant 没有影响。2022 年 12 月版扩展没有此项。",
      "研究未覆盖（扩展自有曲线）"
    ],
    schedulerShape: [
      "特定调度器的形状：cosine_with_restarts 的重启次数、polynomial 的幂次，以及 cosine_annealing 及其重启版本的下限（Min Learning Rate 对其他调度器无效）。研究测的是 1 次重启、幂次 1。",
      "lr_scheduler（cosine_with_restarts、polynomial）"
    ],
    scaleLr: [
      "训练时把学习率乘以梯度累积 × 批次大小 × GPU 数。研究的学习率默认它是关闭的：开启后，训练器实际用的学习率会比你填的大得多。",
      "scale_lr"
    ],
    batchSize: [
      "每一步处理的实例图数。批次越大，训练概念所需步数越少但每步更慢，而且不是线性关系：步数 =（实例图数 × 每张图步数 + 额外步数）÷ √批次大小，其中额外步数 =（批次大小 − 1）× 每张图步数（不训练文本编码器时再 ÷ 1.5）。请选能整除实例图数量、且不超过它的批次大小。",
      "train_batch_size"
    ],
    gradAccum: [
      "显存不够时，把几步的梯度累加起来模拟更大的批次。它接近但不等于真正的批次，需要 √GA 倍的步数；研究建议设为 1。",
      "gradient_accumulation_steps"
    ],
    classBatchSize: [
      "一次生成多少张类别图（即研究中的 sample_batch_size）。只影响速度和显存，不影响训练。",
      "sample_batch_size"
    ],
    textEncoder: [
      "同时训练文本编码器（比例：在该比例的轮数内训练）。概念复现更好，但更占显存，每张图步数减半：1e-5 时 100 步而不是 200 步。0 与 1 之间的比例是插值；研究只测过关和开。",
      "文本编码器"
    ],
    trainUnet: ["训练图像模型本身。研究始终训练它；关闭后只剩文本编码器来学习概念。", "研究未覆盖"],
    resolution: [
      "训练分辨率。高于 512 px 时每张图需要更多步数：每张图步数 ×（分辨率 ÷ 512）²，所以 768 px 需要 450 步（训练文本编码器则 225 步）。同时训练多个分辨率（动态分辨率）可以避免基础尺寸下出图被裁切，但研究称其为实验性做法：只在批次大小为 1、关闭缩放、并为每个分辨率准备实例图副本时有效。",
      "分辨率与在 768 模型上训练；（实验性）动态分辨率"
    ],
    classImages: [
      "先验保留用的类别图，可减轻过拟合和语言漂移。研究让每张实例图对应的类别图数等于 1e-5 时的基础每张图步数：200 张，训练文本编码器时 100 张，与分辨率无关（不会随分辨率增加）。设为 0 即对该概念关闭先验保留。",
      "先验保留损失：类别图数量"
    ],
    priorLossWeight: [
      "类别图相对于你的实例图的权重。研究的训练器用的是 1，且尚未测完；扩展的默认值 2022 年 12 月为 1，2023 年 1 月起为 0.75。带缩放的变体会在训练中改变权重。",
      "prior_loss_weight"
    ],
    classGeneration: [
      "生成类别图的设置（引导、采样步数、反向提示词）。它们决定类别图的样子，不影响训练过程。",
      "先验保留损失（Prior Preservation Loss）"
    ],
    mixedPrecision: [
      "训练使用的数值格式。质量：fp32 > fp16 > bf16；速度相反。很低的学习率会被舍入（bf16 低于 1e-2、fp16 低于 1e-3、fp32 低于 1e-6），fp16 根本无法表示约 6e-8 以下的学习率。",
      "数值格式；mixed_precision"
    ],
    fullMixedPrecision: [
      "把 UNet 的权重直接保存为混合精度类型而不是 fp32，以节省显存（当前版本扩展仅在 fp16 时显示）。更新随之在该类型中舍入：据研究，fp16 在学习率低于 1e-3 时舍入，约 6e-8 以下完全丢失；bf16 没有这个下限，但舍入最严重（低于 1e-2）。",
      "数值格式"
    ],
    use8bitAdam: [
      "8 位 Adam 显存占用小得多，精度损失很小，通常看不出来。bitsandbytes 还有一个比 torch 自带更快的 32 位 Adam。",
      "use_8bit_adam"
    ],
    optimizer: [
      "参数更新的规则。研究只测过（8 位）Adam；8 位与 32 位几乎没有差别。Lion、SGD、Adafactor 等都没测过，通常需要别的学习率（扩展自带提示对 Lion 建议更低的值）：自动填写给出的 Adam 学习率默认不勾选。自适应优化器（D-Adaptation、Prodigy）自行选择约为 1 的学习率，所以自动填写不改学习率。",
      "use_8bit_adam；自适应优化器未被研究覆盖"
    ],
    memoryAttention: [
      "注意力的实现方式：default、xformers、flash_attention。只影响显存和速度，不影响结果。旧版 xformers 在 RTX 30/40 显卡上拒绝 fp32 训练（0.0.17 已修复）。",
      "注意力类型；xformers 问题"
    ],
    gradientCheckpointing: [
      "重新计算激活值而不是保存它们：显存大幅减少，速度稍慢，质量不变。可以腾出空间使用更大的批次。",
      "gradient_checkpointing"
    ],
    cacheLatents: [
      "把编码后的训练图保存在显存中：训练更快，但更占显存。批次已包含所有实例图时，不缓存没有意义。",
      "not_cache_latents"
    ],
    gradsToNone: ["释放梯度而不是清零：稍省显存、稍快。研究没有看到对质量的影响。", "set_grads_to_none"],
    padTokens: ["把短提示词填充到模型的完整长度。影响轻微：生成时训练图的特征会复现得稍强一些。", "pad_tokens"],
    extractEma: [
      "创建模型时的选项：源检查点存有 EMA 权重时，用 EMA 版 UNet 而不是完整版来建模型。不影响训练；研究没有比较两者。",
      "研究未覆盖（模型设置）"
    ],
    ema: [
      "保存权重的指数移动平均，使训练更平稳，但更占显存。研究没有测过 EMA（帖子里有人问过，没有答复）。",
      "研究未覆盖"
    ],
    useLora: [
      "只训练小的 LoRA 权重而不是整个模型。研究只测过全量微调；它的学习率对 LoRA 来说低得多，所以自动填写绝不把它写进 LoRA 字段。",
      "研究未覆盖（LoRA）"
    ],
    loraSettings: [
      "LoRA 设置。研究的公式针对全量微调，不适用于 LoRA——LoRA 的学习率要高出几个数量级。",
      "研究未覆盖（LoRA）"
    ],
    saveFrequency: [
      "多久保存一次检查点或预览图。用研究的公式直接训练到算出的步数，就不需要为比较而多次保存，省时间也省硬盘。",
      "save_interval；前言"
    ],
    sampleCount: [
      "一次生成多少张图：在 Manual Class Generation 下是类别图，在概念的 Sample Images 下是每次保存时的预览图。两者都不改变模型学到的内容。",
      "研究未覆盖（图像生成）"
    ],
    modelSetup: [
      "创建、加载或训练哪个模型。不改变研究的公式，它们对 SD 1.x 和 2.x 模型同样适用。",
      "研究未覆盖（模型设置）"
    ],
    savingFiles: ["写出哪些文件、何时写出。只影响输出，训练本身不变。", "研究未覆盖（保存）"],
    imageGeneration: ["如何生成预览图和类别图。它们用于观察进度，不改变模型学到的内容。", "研究未覆盖（图像生成）"],
    extensionTools: [
      "扩展的便利或维护类设置（暂停、日志、Webhook、分桶裁剪）。不进入研究的公式。",
      "研究未覆盖（扩展工具）"
    ],
    unmeasuredOptions: [
      "研究没有测过的训练选项。除非有意测试，请保持扩展的默认值；算出的步数和学习率都以默认值为前提。",
      "研究未覆盖"
    ]
  };

  // src/i18n/zh.ts
  var ZH = {
    list: "、",
    notices: {
      "standard-frames": "标准公式只适用于不超过 5 张实例图（你有 {frames} 张）；超过后触发词会过饱和。请改用进阶公式。",
      "standard-lr": "标准公式只适用于学习率 1e-5（你的是 {rate}）；其他学习率在高 CFG 下会出图崩坏。",
      "strength-range": "强度 {strength} 超出研究测过的范围 {min}–{max}，那里没有数据。",
      "concepts-unequal": "各概念的实例图数量不同（{concepts}）；研究发现数量不等会让概念互相混杂。学习率按最大的概念（{largest} 张）计算。",
      "batch-not-divisor": "批次大小 {batchSize} 不能整除 {frames} 张实例图，最后一个批次不满，训练不均匀。能整除的批次大小：{fitting}。",
      "batch-exceeds-frames": "批次大小 {batchSize} 大于实例图数量 {frames}，最多只能是 {frames}。",
      "grad-accum": "梯度累积 {gradAccum} 只是近似更大的批次；研究建议设为 1。",
      "scheduler-unknown": "研究没有测过调度器“{scheduler}”；步数按 constant（×1）计算。测过的有：{measured}。",
      "scheduler-start-factor": "扩展自带的 constant 调度器会在训练的前 {position} % 把学习率乘以起始系数 {factor}，这一点研究没有测过；系数为 1 时才等同于研究中的 constant。步数按 constant（×1）计算。",
      "scheduler-ramp-up": "扩展自带的 linear 调度器会在训练的前 {position} % 把学习率从 {factor} × 学习率逐渐升高，这一点研究没有测过；步数按 ×1 计算。研究中的 linear（步数 ×2）在扩展里叫 linear_with_warmup。",
      "warmup-share": "预热 {warmup} 步占调度器所计 {schedulerSteps} 步的 {share} %：这段时间学习率从 0 开始爬升，方案会训练不足。改成约 {proposal}（5 %）即可保持研究的数值。",
      "te-ratio-interpolated": "文本编码器比例 {ratio} 介于研究测过的两种情况（关、开）之间，相关数值是插值得到的。",
      "precision-range": "学习率 {rate} 小于 {precision} 能表示的最小值，训练不会有任何变化。请使用 fp32/bf16 或更高的学习率。",
      "precision-rounding": "学习率 {rate} 时 {precision} 开始出现舍入（据研究），细节可能丢失。",
      "scale-lr": "已开启 Scale Learning Rate：训练器实际使用 {effective}，而不是 {rate}。关闭它才能按方案的学习率训练。",
      "out-of-scope.lora": "LoRA 不在研究测量范围内：研究的学习率针对全量微调，绝不会写入 LoRA 字段。步数仅供参考。",
      "out-of-scope.optimizer": "自适应优化器 {optimizer} 自行决定学习率（约为 1），研究的学习率不适用。步数仅供参考。",
      "optimizer-unmeasured": "研究只测过（8 位）Adam。对 {optimizer} 来说，{rate} 只是公式按 Adam 给出的学习率，并非实测值：Lion 等优化器通常需要更低的学习率。步数仍按研究计算。",
      "dynamic-batch-size": "研究只在批次大小为 1 时用过动态分辨率；更大的批次需要关闭打乱、并按分辨率排列实例图。",
      "plan-range.rate-low": "方案的学习率 {rate} 超出计算器的规划范围 {min}–{max}；减少每个概念的实例图或提高强度可以把它提上来。",
      "plan-range.rate-high": "方案的学习率 {rate} 超出计算器的规划范围 {min}–{max}；降低强度可以把它降下来。",
      "plan-range.zero-steps": "方案四舍五入后为 0 训练步；降低学习率或提高分辨率才会有步数。",
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
      "te-both": "文本编码器请给开关或比例其中之一，不要同时给",
      "resolution-both": "请给一个分辨率或多个动态分辨率，不要同时给",
      "strength-and-lr": "请给强度或固定学习率其中之一，不要同时给",
      "filewords-lr": "filewords 模式固定使用 1e-5（R6）；去掉学习率或改用标准公式",
      "unknown-strength": "未知强度“{got}”；请填数字或以下之一：{names}",
      "extension-only": "只属于扩展自带的调度器；请同时给出 schedulers: extension",
      "distinct-resolutions": "至少需要两个不同的分辨率"
    },
    exports: {
      "kohya-folders": "在 kohya 中，把 {concepts} 个概念文件夹各命名为“1_<触发词> <类别>”（1 次重复：步数由文件设定），放在训练文件夹里。",
      "reg-images": "把 {images} 张类别图放进正则化文件夹“{folder}”。",
      "onetrainer-epochs": "OneTrainer 没有步数设置：{epochs} 轮、每轮 {stepsPerEpoch} 步，覆盖方案的 {steps} 步（每个概念重复 1 次）。",
      "sd-scripts-files": "用 --config_file {config} 启动 sd-scripts；图片按 {dataset} 读取（为每个 subset 设置 image_dir，以及 class_tokens 或 .txt 说明文件）。",
      "reg-doubles-steps": "设置正则化文件夹后，训练器把类别图当作单独的样本计数（R16）：研究的 {steps} 步在这里是 {trainerSteps} 步。",
      "scheduler-substituted": "训练器没有方案所计的“{scheduler}”；文件使用 {used}，步数就是按它（×1）规划的。",
      "sdxl-te-rates": "文件只设定一个文本编码器学习率（SD 1.x/2.x，研究测过的）；SDXL 的两个文本编码器学习率请自行设定。",
      "prior-prediction": "OneTrainer 用先验预测（PRIOR_PREDICTION 概念）做正则化，而不是类别图：研究的类别图数量不适用。",
      "no-rate": "文件中没有学习率：LoRA 或自适应优化器不在研究测量范围内。"
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
      gradAccum: "梯度累积",
      scheduler: "调度器",
      schedulers: "调度器名称采用",
      "schedulers.research": "研究中的含义（2023 年 1 月前的 Dreambooth 扩展、kohya、diffusers）",
      "schedulers.extension": "Dreambooth 扩展自己的含义（2023 年 1 月起）",
      startFactor: "起始系数（扩展的 constant/linear）",
      warmupSteps: "预热步数（可选）",
      precision: "混合精度",
      scaleLr: "缩放学习率",
      gpus: "GPU 数量",
      lora: "LoRA",
      optimizer: "优化器（可选）",
      prior: "先验保留（类别图 / 正则化图）",
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
      "format.sd-scripts-toml": "sd-scripts（--config_file、--dataset_config）",
      "format.onetrainer-json": "OneTrainer 预设",
      noPlan: "请修正上面标出的字段以查看方案。"
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
      summary: "{frames} 张实例图：学习率 {rate} · 每张 {spf} 步 · 共 {steps} 步 · {epochs} 轮 · 每张 {classImages} 张类别图",
      field: "字段",
      now: "当前",
      planned: "方案",
      rule: "规则",
      writeRow: "写入 {label}",
      rowOfConcept: "{label} · 概念 {slot}",
      notWritten: "不写入",
      unchanged: "不变",
      empty: "（空）",
      on: "开",
      off: "关",
      apply: "应用",
      applyHint: "回车应用，Esc 关闭",
      undo: "撤销",
      fromPage: "从页面读取（{ui}）",
      "generation.current": "当前版本扩展界面",
      "generation.dated": "{date} 版扩展界面",
      "note.missing": "{label}：页面上找不到；按 {assumed} 计算",
      "note.empty": "{label}：为空；按 {assumed} 计算",
      "note.unusable": "{label}：值为“{shown}”，无法使用；按 {assumed} 计算",
      "note.ambiguous": "{label}：匹配到不止一个字段；不读取也绝不写入；按 {assumed} 计算",
      "assumed.noTextEncoder": "0（不训练文本编码器）",
      "assumed.unchecked": "不检查",
      counted: "服务器统计：{directory} 中有 {images} 张图片，其中 {captioned} 张有说明文件",
      countedAtLeast: "服务器统计：{directory} 中至少有 {images} 张图片（文件夹很大，提前停止统计），其中 {captioned} 张有说明文件",
      "counts.filewords": "概念 {slot} 的全部 {images} 张图片都有说明文件：可以考虑 filewords 公式（R6）。",
      "counts.small": "概念 {slot}：最小的图片边长为 {side} px，低于训练分辨率 {resolution} px；训练器会把这些图片放大。",
      "counts.classImages": "概念 {slot}：类别图目录中已有 {existing} 张类别图；训练器会生成其余 {missing} 张（共需 {needed} 张）。",
      enterFrames: "请填写该概念的图片数量",
      batches: "能整除实例图数量的批次大小（R7）",
      batchSize: "批次大小",
      steps: "步数",
      epochs: "轮数",
      use: "使用",
      inUse: "使用中",
      noFit: "放不下",
      "fit.range": "{value} 超出该字段的范围 {min}–{max}。",
      "fit.notFinite": "{value} 不是有限的数字。",
      "fit.negative": "{value} 是负数。",
      "fit.labelled": "{label} {reason}",
      "fit.alternatives": "要放得下：{list}。",
      "fit.none": "只改调度器、文本编码器或分辨率中的一项都无法放进范围。",
      "change.scheduler": "改用 {scheduler} 调度器为 {value}",
      "change.textEncoder": "训练文本编码器为 {value}",
      "change.resolution": "{resolution} px 为 {value}",
      "change.rate": "学习率 {rate} 为 {value}",
      "why.batchAdopted": "从批次大小表中选择（能整除 {frames} 张实例图）",
      "why.sameRate": "研究中文本编码器与 UNet 使用同一学习率",
      "why.startFactor": "让扩展的 constant 调度器等同于研究中的 constant",
      "why.optimizerUnmeasured": "按 Adam 计算，研究未测过 {optimizer}",
      "status.entry": "{label} {from} → {to}",
      "status.wrote": "已写入 {list}。请点 Save Settings 保存。",
      "status.nothing": "无需写入：表单已是方案的数值。",
      "status.failed": "未写入：{list}。",
      "status.stale": "预览之后表单有改动。请检查更新后的预览，再点应用。",
      "status.kept": "保留了你改过的 {list}（应用之后被修改）。",
      "status.restored": "已恢复 {list}。",
      "status.dropped": "记住的概念 {slot} 实例图数已丢弃（{problem}）。",
      "tip.enterFrames": "在“自动填写”中填入实例图数量，即可看到针对你数据集的数值。",
      "tip.extensionHint": "扩展自带提示：{hint}",
      "tip.research": "研究出处：{section}",
      "options.title": "Dreambooth Companion：运行位置",
      "options.intro": "扩展在 WebUI 的常用地址上运行。添加其他地址（远程主机、分享链接）时，浏览器只会请求该主机的权限。",
      "options.runsOn": "运行于",
      "options.address": "WebUI 地址",
      "options.add": "添加",
      "options.remove": "移除",
      "options.builtIn": "{pattern}（内置）",
      "options.added": "已添加 {pattern}：请重新加载那里的 WebUI 页面。",
      "options.removed": "已移除 {pattern}。",
      "options.denied": "未添加：浏览器未允许 {pattern}。",
      "options.failed": "未添加：{error}",
      "options.language": "语言",
      "options.languageAuto": "自动（跟随 WebUI，否则跟随浏览器）",
      "options.languageSaved": "已保存：重新加载 WebUI 页面后生效。",
      "address.empty": "地址：请输入 WebUI 地址，例如 http://192.168.1.5:7860",
      "address.wildcard": "地址：请填写一个具体主机，例如 192.168.1.5:7860；不接受通配符（*）",
      "address.notAddress": "地址：“{text}”不是网址",
      "address.scheme": "地址：只能添加 http 和 https 地址（输入为 {scheme}）",
      "address.noHost": "地址：“{text}”没有主机名",
      "address.credentials": "地址：请去掉用户名和密码",
      "address.listed": "地址：{pattern} 已在列表中"
    },
    live: {
      yourFrames: "你的 {frames} 张实例图",
      largestConcept: "你最大的概念的 {largest} 张实例图（共 {frames} 张）",
      rateNotPlanned: "{who}：不规划学习率——已开启 LoRA 或自适应优化器，研究的学习率不适用。",
      rateOfMode: "{who}（{mode}公式）：学习率 {rate}。",
      rate: "{who}，强度 {strength}：学习率 {rate}。实例图加倍则减半；强度加倍则为 {harder}。",
      rateUnmeasured: "这是 Adam 的学习率；研究没有测过 {optimizer}。",
      epochs: "{who}：{epochs} 轮（批次大小 {batchSize} 时 {steps} 步）。",
      maxTrainSteps: "{who}：批次大小 {batchSize} 时 {steps} 步。",
      saveFrequency: "你的方案训练 {epochs} 轮（{steps} 步）；最后保存一次就够了。",
      batchSizes: "{who}的步数：{list}。",
      batchOption: "批次 {batchSize} → {steps}（{epochs} 轮）",
      gradAccumOne: "{who}：设为 1 时 {steps} 步（研究建议值）；设为 2 时 {two} 步。",
      gradAccum: "{who}：设为 {gradAccum} 时 {steps} 步；设为 1 时 {single} 步（研究建议值）。",
      textEncoder: "{who}：训练文本编码器 {on} 步，不训练 {off} 步（当前 {steps}）。",
      resolution: "{resolution} px：每张 {spf} 步，{who}共 {steps} 步；{other} px：每张 {otherSpf} 步，共 {otherSteps} 步。",
      classImagesPerInstance: "{who}：每张 {perFrame} 张类别图，共 {total} 张。",
      classImagesTotal: "你的概念：{list}。",
      conceptClassImages: "{frames} 张实例图 → {classImages} 张类别图",
      scheduler: "{scheduler}：{who}共 {steps} 步；{constant}：{constantSteps} 步。",
      warmupFine: "你的预热不超过 {who} {steps} 步方案的十分之一，或 {scheduler} 不使用预热。",
      startFactorUnused: "{scheduler} 不使用它。",
      startFactorFull: "为 {factor} 时，{scheduler} 全程以完整学习率训练：即研究中的 constant。",
      precision: "你的学习率 {rate} 在 {precision} 下：{notice}",
      precisionExact: "你的学习率 {rate} 在 {precision} 下可精确表示。",
      scaleLrOn: "已开启：训练器会使用 {scaled} 而不是 {rate}。",
      scaleLrOff: "若开启：训练器会使用 {scaled} 而不是 {rate}。",
      loraOn: "已开启：自动填写不改任何学习率，只规划步数。",
      loraOff: "已关闭：自动填写规划全量微调的学习率 {rate}。",
      optimizerAdaptive: "{optimizer} 是自适应优化器：自动填写不写学习率。",
      optimizerUnmeasured: "研究没有测过 {optimizer}：{rate} 是 Adam 的学习率，默认不勾选。",
      optimizerMeasured: "{optimizer} 正是研究测过的：方案的学习率 {rate} 适用。",
      thisOptimizer: "该优化器"
    }
  };

  // src/i18n/catalogs.ts
  var PACKS = {
    en: { texts: EN, tooltips: EN_TOOLTIPS },
    zh: { texts: ZH, tooltips: ZH_TOOLTIPS },
    ja: { texts: JA, tooltips: JA_TOOLTIPS }
  };

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
    warmupSteps: { min: 0, max: 1e6 }
  };
  var MAX_COUNT = 2 ** 31 - 1;
  var SCHEDULER_FAMILIES = ["research", "extension"];
  var MODES = ["advanced", "standard", "filewords"];
  var PRECISIONS = ["fp16", "bf16", "tf32", "fp32", "fp64"];

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
  function numberProblem(value, bounds, whole) {
    if (typeof value === "string" && value.trim() === "") return problem("empty", NONE);
    if (typeof value !== "number") return problem("not-a-number", { got: echo(value) });
    if (!Number.isFinite(value)) return problem("not-finite", NONE);
    if (value < bounds.min) return problem("too-small", { min: bounds.min, got: value });
    if (value > bounds.max) return problem("too-large", { max: bounds.max, got: value });
    if (whole && !Number.isInteger(value)) return problem("not-whole", { got: value });
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
    warmupSteps: numberSpec(BOUNDS.warmupSteps, true),
    precision: { kind: "choice", choices: PRECISIONS },
    scaleLr: { kind: "flag" },
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
        for (const [index, item2] of value.entries()) {
          const found = problemOf(spec.item, item2);
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
    return template.replace(/\{(\w+)\}/g, (whole, name) => {
      const value = params[name];
      if (value === void 0) return whole;
      if (Array.isArray(value))
        return value.map((entry) => typeof entry === "number" ? formatNumber(entry) : entry).join(catalog.list);
      return typeof value === "number" ? formatNumber(value) : value;
    });
  }
  function languageOf(name) {
    if (!name) return null;
    const lower = name.trim().toLowerCase();
    if (/^zh|chinese|中文|简体/.test(lower)) return "zh";
    if (/^ja|^jp|japanese|日本語/.test(lower)) return "ja";
    if (/^en/.test(lower)) return "en";
    return null;
  }
  function languageOfTexts(texts2) {
    const joined = texts2.join("");
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

  // src/entries/options.ts
  var api = globalThis.browser ?? globalThis.chrome;
  var element = (id) => document.getElementById(id);
  var list = element("origins");
  var status = element("status");
  var form = element("add");
  var address = element("address");
  var languagePicker = element("language");
  var texts = PACKS.en.texts;
  var say = (key, params) => fill(texts, texts.ui[key], params);
  function problemText(problem2) {
    const { key, ...params } = problem2;
    return say(`address.${key}`, params);
  }
  var listed = [...DEFAULT_PATTERNS];
  async function render() {
    const registered = await api.scripting.getRegisteredContentScripts();
    const added = registered.filter((script) => !script.id.endsWith("-bridge")).flatMap((script) => (script.matches ?? []).map((pattern) => ({ id: script.id, pattern })));
    listed = [...DEFAULT_PATTERNS, ...added.map(({ pattern }) => pattern)];
    list.replaceChildren(
      ...DEFAULT_PATTERNS.map((pattern) => item(say("options.builtIn", { pattern }))),
      ...added.map(({ id, pattern }) => {
        const remove = document.createElement("button");
        remove.type = "button";
        remove.textContent = say("options.remove");
        remove.addEventListener("click", async () => {
          await api.scripting.unregisterContentScripts({ ids: [id, `${id}-bridge`] });
          await api.permissions.remove({ origins: [pattern] });
          status.textContent = say("options.removed", { pattern });
          await render();
        });
        const entry = item(pattern);
        entry.append(remove);
        return entry;
      })
    );
  }
  function item(text) {
    const entry = document.createElement("li");
    entry.textContent = text;
    return entry;
  }
  function label(setting) {
    const language = chooseLanguage({ setting, browser: navigator.languages });
    texts = PACKS[language].texts;
    document.documentElement.lang = language;
    document.title = say("options.title");
    element("title").textContent = say("options.title");
    element("intro").textContent = say("options.intro");
    element("runs-on").textContent = say("options.runsOn");
    element("address-label").textContent = say("options.address");
    element("add-button").textContent = say("options.add");
    element("language-label").textContent = say("options.language");
    const names = {
      auto: say("options.languageAuto"),
      en: "English",
      zh: "简体中文",
      ja: "日本語"
    };
    languagePicker.replaceChildren(
      ...["auto", ...LANGUAGES].map((code) => new Option(names[code], code, false, code === setting))
    );
  }
  languagePicker.addEventListener("change", async () => {
    await api.storage.local.set({ language: languagePicker.value });
    label(languagePicker.value);
    status.textContent = say("options.languageSaved");
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
    api.permissions.request({ origins: [pattern] }).then(
      async (granted) => {
        if (!granted) {
          status.textContent = say("options.denied", { pattern });
          return;
        }
        const id = scriptIdFor(pattern);
        await api.scripting.unregisterContentScripts({ ids: [id, `${id}-bridge`] }).catch(() => void 0);
        await api.scripting.registerContentScripts([
          { id: `${id}-bridge`, matches: [pattern], js: ["page-bridge.js"], runAt: "document_idle", world: "MAIN" },
          { id, matches: [pattern], js: ["content-script.js"], runAt: "document_idle" }
        ]);
        status.textContent = say("options.added", { pattern });
        address.value = "";
        await render();
      },
      (error) => {
        status.textContent = say("options.failed", { error: error instanceof Error ? error.message : String(error) });
      }
    );
  });
  void api.storage.local.get("language").then(async ({ language }) => {
    label(typeof language === "string" ? language : "auto");
    await render();
  });
})();
