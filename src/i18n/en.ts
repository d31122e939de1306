/**
 * Dreambooth Companion's words in English for the WebUI page: warnings and errors of the plan, input
 * problems, the panel, the tooltips' frame and live lines (the tooltip texts are in en-tooltips.ts, the
 * planner's, the exports' and the options page's in en-pages.ts). Templates fill `{name}` from
 * parameters (index.ts); the Chinese and Japanese catalogs have exactly these keys.
 */
export const EN = {
  list: ', ',
  notices: {
    'standard-frames':
      'The standard formula is meant for at most 5 frames (you have {frames}); above that the token oversaturates. Use the advanced formula.',
    'standard-lr':
      'The standard formula is meant for LR 1e-5 (you have {rate}); other rates distort images at high CFG.',
    'strength-range':
      'Strength {strength} is outside the measured range {min} to {max}; the research has no data there.',
    'concepts-unequal':
      'Concepts have different frame counts ({concepts}); the research found that unequal counts mix concepts. The rate is computed for the largest ({largest}).',
    'batch-not-divisor':
      'Batch size {batchSize} does not divide {frames|frame|frames}, so one batch is short and training is uneven. Sizes that divide it: {fitting}.',
    'batch-exceeds-frames':
      'Batch size {batchSize} is larger than the {frames|frame|frames}; it can be at most {frames}.',
    'grad-accum': 'Gradient accumulation {gradAccum} only approximates a larger batch; the research advises 1.',
    'scheduler-unknown':
      'The research did not measure the scheduler "{scheduler}"; steps count it as constant (×1). Measured: {measured}.',
    'scheduler-start-factor':
      "The extension's constant scheduler multiplies the rate by its Starting Factor {factor} for the first {position}% of the run, which the research did not measure; with factor 1 it is the research's constant. Steps count it as constant (×1).",
    'scheduler-ramp-up':
      "The extension's linear scheduler ramps the rate up from {factor} × LR over the first {position}% of the run, which the research did not measure; steps count it as ×1. The research's linear (×2 steps) is linear_with_warmup.",
    'warmup-share':
      "The warmup of {warmup|step|steps} is {share}% of the {schedulerSteps} the scheduler counts: the rate climbs from 0 for that long, and the plan under-trains. About {proposal} (5%) keeps the research's numbers.",
    'warmup-ignored':
      'The {scheduler} scheduler takes no warmup: the {warmup|warmup step|warmup steps} do nothing, and the run starts at the full rate. constant_with_warmup uses them.',
    'full-mixed-precision':
      "Full Mixed Precision holds the UNet's weights in {precision}, which keeps no update smaller than about {floor}: at LR {rate} most of the training is rounded away. Untick it (weights in fp32) to train at the planned rate.",
    'scheduler-ends-early':
      "The extension sizes {scheduler} for your instance images but steps it over every training example (class images too) and once more per epoch, so its curve ends with {share}% of the run still to go, trained at almost no rate. The plan is for {proposal}, the research's constant.",
    'scheduler-fails':
      "{scheduler} refuses a rate at or below its end rate of 1e-7, and the planned rate is {rate}: training would stop with an error. The plan is for {proposal}, the research's constant.",
    'te-ratio-interpolated':
      "Text encoder ratio {ratio} lies between the research's two measured cases (off, on); its numbers are interpolated.",
    'precision-range':
      'LR {rate} is below the smallest value {precision} holds. The research believed such a rate is lost, but it measured none: under mixed precision the trainers keep the weights in fp32 and apply it. It is lost only where the weights themselves are 16-bit (Full Mixed Precision, full_fp16).',
    'precision-rounding':
      '{precision} rounds rates below {threshold} (per the research), and {rate} is below that: fine details may be lost.',
    'scale-lr':
      'Scale Learning Rate is on: the trainer will use {effective} instead of {rate}. Turn it off to train at the planned rate.',
    'out-of-scope.lora':
      'LoRA is not what the research measured: its rates are for full fine-tuning and are never written into LoRA fields. Steps are shown for reference.',
    'out-of-scope.optimizer':
      "The adaptive optimizer {optimizer} sets its own rate (LR ≈ 1); the research's rate does not apply. Steps are shown for reference.",
    'optimizer-unmeasured':
      'The research measured (8-bit) Adam only. For {optimizer} the rate {rate} is what the formulas give for Adam, not a measured rate: optimizers such as Lion usually want a lower one. Steps still follow the research.',
    'dynamic-batch-size':
      'The research ran dynamic resolution only at batch size 1; larger batches need unshuffled, resolution-ordered frames.',
    'plan-range.rate-low':
      'The planned learning rate {rate} is outside {min} to {max}, the range the calculator plans for; fewer frames per concept or a higher strength raise it.',
    'plan-range.rate-high':
      'The planned learning rate {rate} is outside {min} to {max}, the range the calculator plans for; a lower strength lowers it.',
    'plan-range.zero-steps':
      'The plan rounds to 0 training steps; a lower learning rate or a higher resolution gives it steps.',
    'plan-range.overflow': "The plan needs {steps|step|steps}, more than a trainer's 32-bit counter holds ({max}).",
  },
  problems: {
    empty: 'empty',
    'not-a-number': 'not a number, got "{got}"',
    'not-finite': 'not a finite number',
    'too-small': 'too small (at least {min}), got {got}',
    'too-large': 'too large (at most {max}), got {got}',
    'not-whole': 'not a whole number, got {got}',
    'not-one-of': 'must be one of {choices}, got "{got}"',
    'not-boolean': 'must be true or false',
    'not-text': 'must be a name',
    'too-long': 'is not a name (over {max|character|characters})',
    'not-list': 'must be a list',
    'too-few': 'needs at least {min|entry|entries}',
    'too-many': 'takes at most {max|entry|entries}',
    'unknown-field': 'unknown field {name}',
    'not-object': 'must be an object of fields',
    required: 'is required (or give frames per concept)',
    'sum-mismatch': 'is {frames} but the concepts add up to {sum}',
    'total-frames': 'add up to {sum|frame|frames}: at most {max} in total',
    'te-both': 'give the text encoder as on/off or as a ratio, not both',
    'resolution-both': 'give one resolution or several dynamic ones, not both',
    'strength-and-lr': 'give a strength or a fixed learning rate, not both',
    'filewords-lr': 'filewords mode always uses 1e-5 (R6); drop it or use the standard formula',
    'unknown-strength': 'unknown strength "{got}"; use a number or one of {names}',
    'extension-only': "belongs to the extension's own schedulers; give {field} extension as well",
    'distinct-resolutions': 'needs at least two different resolutions',
  },
  ui: {
    autofill: 'Autofill',
    title: 'Autofill from the training research',
    region: 'Dreambooth Companion autofill',
    close: 'Close',
    closeLabel: 'Close the autofill panel',
    frames: 'Frames of concept {slot}',
    noDirectory: 'no concept directory set yet',
    formula: 'Formula',
    'mode.advanced': 'advanced',
    'mode.standard': 'standard',
    'mode.filewords': 'filewords',
    strength: 'Strength',
    strengthInput: 'Strength (name or number)',
    prior: 'Prior preservation (class images)',
    summary:
      '{frames|frame|frames}: LR {rate} · {spf|step|steps} per frame · {steps|step|steps} · {epochs|epoch|epochs} · {classImages|class image|class images} per frame',
    field: 'Field',
    now: 'Now',
    planned: 'Planned',
    rule: 'Rule',
    writeRow: 'Write {label}',
    rowOfConcept: '{label} · concept {slot}',
    notWritten: 'not written',
    unchanged: 'unchanged',
    empty: '(empty)',
    on: 'on',
    off: 'off',
    apply: 'Apply',
    applyHint: 'Enter applies, Escape closes',
    undo: 'Undo',
    fromPage: 'From the page ({ui})',
    'generation.current': 'current extension UI',
    'generation.dated': 'extension UI of {date}',
    'generation.kohya': 'kohya_ss GUI',
    issue: '{where}: {what}',
    'note.missing': '{label}: not found on this page; assumed {assumed}',
    'note.empty': '{label}: is empty; assumed {assumed}',
    'note.unusable': '{label}: holds "{shown}", which is not usable; assumed {assumed}',
    'note.ambiguous': '{label}: more than one field matches; not read and never written; assumed {assumed}',
    'assumed.noTextEncoder': '0 (no text encoder)',
    'assumed.unchecked': 'nothing (not checked)',
    counted: 'Counted on the server: {images|image|images} in {directory}, {captioned} with captions',
    countedAtLeast:
      'Counted on the server: at least {images|image|images} in {directory} (a large folder: counting stopped early), {captioned} with captions',
    'counts.filewords':
      'All {images|image|images} of concept {slot} have captions: the filewords formula (R6) may suit them.',
    'counts.unreadable': 'Concept {slot}: {folders|subfolder|subfolders} could not be read, so are not counted.',
    'countRefused.login': 'Not counted: log in again, or type the Dreambooth API Key.',
    'countRefused.key': 'Not counted: type the Dreambooth API Key into its field.',
    'countRefused.loopback':
      'Not counted: without a WebUI login (--gradio-auth) or Dreambooth API key, only 127.0.0.1 and localhost may count.',
    'counts.small':
      'Concept {slot}: the smallest image side is {side} px, below the training resolution of {resolution} px; the trainer scales such images up.',
    'counts.classImages':
      'Concept {slot}: {existing|class image|class images} are already in its class folder; the trainer generates the other {missing} of {needed}.',
    enterFrames: 'enter how many images the concept has',
    'curve.title': 'Learning rate over the run (R9)',
    'curve.planned': '{scheduler}: what the trainer runs',
    'curve.asSet': '{scheduler} as set',
    'curve.research': "the research's constant plan",
    'curve.steps': 'steps',
    'curve.epochs': 'epochs',
    'curve.none': 'No curve to show: the trainer has no scheduler {scheduler}.',
    batches: 'Batch sizes that divide your frames (R7)',
    batchSize: 'Batch size',
    steps: 'Steps',
    epochs: 'Epochs',
    use: 'Use',
    inUse: 'In use',
    noFit: 'Does not fit',
    'fit.range': "{value} does not fit the field's range {min} to {max}.",
    'fit.notFinite': '{value} is not a finite number.',
    'fit.negative': '{value} is negative.',
    'fit.labelled': '{label} {reason}',
    'fit.alternatives': 'To fit: {list}.',
    'fit.none': 'No single change of scheduler, text encoder or resolution brings it into range.',
    'change.scheduler': 'the {scheduler} scheduler gives {value}',
    'change.textEncoder': 'training the text encoder gives {value}',
    'change.resolution': '{resolution} px gives {value}',
    'change.rate': 'LR {rate} gives {value}',
    'why.batchAdopted': 'chosen from the batch-size options (divides {frames|frame|frames})',
    'why.sameRate': 'the research trained the text encoder with the same rate',
    'why.startFactor': "makes the extension's constant scheduler the research's constant",
    'why.weightsInFp32': 'weights kept in fp32 keep updates of the planned rate',
    'why.schedulerSwitch': "the research's constant: the epochs are planned for it",
    'why.optimizerUnmeasured': 'computed for Adam, not measured for {optimizer}',
    // The kohya_ss GUI's rows and notes: evidence beside the kohya* tooltips (en-tooltips.ts) and in
    // docs/formulas.md, "Autofill on the kohya_ss GUI" and R16.
    'why.kohyaMaxEpochs': 'above 0 it would override {steps}',
    'why.kohyaEpoch': 'the epochs the run covers: sd-scripts stops at {steps} inside the last one',
    'why.kohyaWarmup': 'keeps your warmup at {share}% of the run, in its steps',
    'why.kohyaNoWarmup': 'sd-scripts refuses any warmup with constant',
    // Evidence: kohya_gui/class_basic_training.py:117-121 ("Save every N epochs", default 1),
    // class_advanced_training.py:181-183; sd-scripts library/train_util.py:5863-5867, train_db.py:426;
    // a full checkpoint ≈ 2 GB for SD 1.x/2.x fp16, ≈ 7 GB for SDXL (CHECKPOINT_GB).
    'why.kohyaSaveFinalOnly': 'the final model only',
    'why.kohyaSaveFinal':
      'the final model only; as set, sd-scripts would also write {checkpoints|checkpoint|checkpoints} before it, about {gigabytes} GB',
    'why.kohyaStopRemoved':
      "a stop of the text encoder inside the run crashes sd-scripts' train_db.py at that step (kohya_ss #2695): removed, the rest kept",
    'why.kohyaTextEncoderOff': 'the text encoder is not trained',
    'why.kohyaTextEncoderRateZero':
      'the text encoder is not trained: it stays in at rate 0, since -1 crashes sd-scripts with an 8-bit optimizer',
    'status.entry': '{label} {from} → {to}',
    'status.wrote': 'Wrote {list}. Click {save} to keep them.',
    'status.wroteLive':
      'Wrote {list}. The GUI takes them when training starts (or when you print its command or save its configuration).',
    'host.kohyaFolders':
      'The steps assume the image folder holds a folder per concept named {folders}: the number is the repeats (R16), the rest the caption of every image without a .txt caption.',
    'host.kohyaRegFolder':
      'The regularisation folder must hold {images|class image|class images} in the folder "{folder}" (its name is their caption).',
    'host.kohyaNoRegFolder':
      'Class images are on, but the regularisation folder is empty: sd-scripts would train without them. Set the folder, or untick class images.',
    'host.kohyaRegUnused':
      'A regularisation folder is set ({directory}): sd-scripts pairs every image with a class image from it (R16). Tick class images so the plan counts them, or clear the folder.',
    'host.kohyaDatasetConfig':
      'A dataset config file is set ({file}): sd-scripts takes folders and repeats from it, not from the folder names the plan assumes.',
    'host.kohyaSdxl':
      'The research measured SD 1.x/2.x: for SDXL these are the same formulas, untested there (both text encoders get the planned rate).',
    'host.kohyaTextEncoderSnapped':
      "sd-scripts cannot stop the text encoder partway: train_db.py crashes at the stop (kohya_ss #2695), sdxl_train.py has none. The GUI's settings stop it after {share} of the run; the plan is for a ratio of {used} (1: all run, 0: not at all), the nearer that the research measured.",
    'host.kohyaSchedulerSubstituted':
      'sd-scripts has no "{scheduler}" as the plan counts it: {used} is written, which the steps were planned for (×1).',
    'status.nothing': 'Nothing to write: the form already holds the planned values.',
    'status.failed': 'Not written: {list}.',
    'status.stale': 'The form changed since the preview. Check the updated preview, then Apply again.',
    'status.kept': 'Kept your {list} (changed since Apply).',
    'status.restored': 'Restored {list}.',
    'status.dropped': 'The remembered frames of concept {slot} were dropped ({problem}).',
    'tip.enterFrames': 'Enter your frames in Autofill to see the numbers for your dataset.',
    'tip.extensionHint': 'Extension hint: {hint}',
    'tip.research': 'Research: {section}',
  },
  live: {
    yourFrames: 'your {frames|frame|frames}',
    largestConcept: "your largest concept's {largest|frame|frames} ({frames} in all)",
    rateNotPlanned:
      "Not planned for {who}: LoRA or an adaptive optimizer is on, and the research's rate does not apply.",
    rateOfMode: 'With {who} ({mode} formula): LR {rate}.',
    rate: 'With {who} at strength {strength}: LR {rate}. Twice the frames would halve it; twice the strength would make it {harder}.',
    rateUnmeasured: "That is Adam's rate; the research did not measure {optimizer}.",
    epochs: 'With {who}: {epochs|epoch|epochs} ({steps|step|steps} at batch size {batchSize}).',
    maxTrainSteps: 'With {who}: {steps|step|steps} at batch size {batchSize}.',
    saveFrequency:
      'Your plan trains {epochs|epoch|epochs} ({steps|step|steps}); a save near the end and a few previews are enough to check it.',
    batchSizes:
      'Steps for {who}: {list}. Larger batches take fewer steps but more epochs: each frame is seen more often.',
    batchOption: 'batch {batchSize} → {steps} ({epochs|epoch|epochs})',
    gradAccumOne: 'With {who}: {steps|step|steps} at 1, as the research advises; {two} at 2.',
    gradAccum: 'With {who}: {steps|step|steps} at {gradAccum}; {single} at 1, as the research advises.',
    textEncoder: 'With {who}: {on|step|steps} with the text encoder, {off} without (now {steps}).',
    resolution:
      'At {resolution} px: {spf|step|steps} per frame, {steps|step|steps} for {who}; at {other} px: {otherSpf} and {otherSteps}.',
    classImagesPerInstance: 'For {who}: {perFrame|class image|class images} per image, {total} in total.',
    classImagesTotal: 'Your concepts: {list}.',
    conceptClassImages: '{frames|frame|frames} → {classImages|class image|class images}',
    scheduler: '{scheduler}: {steps|step|steps} for {who}; {constant}: {constantSteps}.',
    schedulerConstant: '{scheduler}: {steps|step|steps} for {who}.',
    warmupFine:
      'Your warmup is within a tenth of the {steps} steps the scheduler counts for {who}, or unused by {scheduler}.',
    startFactorUnused: '{scheduler} does not use it.',
    startFactorFull: "At {factor}, {scheduler} trains at the full rate all along: the research's constant.",
    precision: '{notice}',
    precisionExact: 'Your LR {rate} is held exactly in {precision}.',
    scaleLrOn: 'On: the trainer would use {scaled} instead of {rate}.',
    scaleLrOff: 'If on: the trainer would use {scaled} instead of {rate}.',
    scaleLrNoChange:
      'Changes nothing at batch size 1, gradient accumulation 1 and one GPU: the trainer uses {rate} either way.',
    loraOn: 'On: Autofill leaves every learning rate alone and plans steps only.',
    loraOff: 'Off: Autofill plans the full fine-tuning rate {rate}.',
    loraOffAdaptive: 'Off: the full fine-tuning plan applies, without a rate: {optimizer} picks its own.',
    optimizerAdaptive: '{optimizer} is adaptive: Autofill does not write a rate.',
    optimizerUnmeasured: '{optimizer} was not measured by the research: {rate} is the rate for Adam, offered unticked.',
    optimizerMeasured: '{optimizer} is what the research measured: the planned rate {rate} applies.',
    thisOptimizer: 'This optimizer',
    kohyaSteps:
      "With {who}: Max train steps {steps}, the research's {planSteps|step|steps} at batch size {batchSize} counted as sd-scripts' optimizer steps (gradient accumulation {gradAccum}).",
    kohyaStepsPrior:
      "With {who}: Max train steps {steps}: the research's {planSteps|step|steps} at batch size {batchSize}, two samples each with class images (R16), counted as sd-scripts' optimizer steps (gradient accumulation {gradAccum}).",
    kohyaEpoch: 'With {who}: {epochs|epoch|epochs}; sd-scripts stops at step {steps} inside the last one.',
    kohyaFolders: "For {who}: name the concept's folder {folders}.",
    kohyaRegImages: 'For {who}: {images|class image|class images} ({perFrame} per image) in the folder "{folder}".',
    kohyaRegImagesOff:
      'Class images are off. With them, {who} would need {images|class image|class images} ({perFrame} per image) in "{folder}", and Max train steps {steps}.',
    kohyaScheduler: '{scheduler}: Max train steps {steps} for {who}; constant: {constantSteps}.',
    kohyaSchedulerConstant: '{scheduler}: Max train steps {steps} for {who}.',
    kohyaWarmup: 'Your warmup: {warmup|step|steps} of the {steps}, within a tenth of the run.',
    kohyaResolution: 'At {resolution} px: Max train steps {steps} for {who}; at {other} px: {otherSteps}.',
    kohyaTextEncoder: 'With {who}: Max train steps {on} with the text encoder all run, {off} without (now {steps}).',
    kohyaGradAccum: 'With {who}: Max train steps {steps} at {gradAccum}; {single} at 1, as the research advises.',
  },
} as const;
