/**
 * The kohya_ss GUI Dreambooth tab's fields the companion reads or writes, by their English label
 * (kohya_gui/class_basic_training.py, class_advanced_training.py, class_source_model.py,
 * class_folders.py, class_accelerate_launch.py; the same in v26.0.0 and master).
 */
export const KOHYA_FIELDS = {
  batchSize: ['Train batch size'],
  epoch: ['Epoch'],
  maxTrainEpochs: ['Max train epoch'],
  maxTrainSteps: ['Max train steps'],
  scheduler: ['LR Scheduler'],
  optimizer: ['Optimizer'],
  learningRate: ['Learning rate Unet'],
  textLearningRate: ['Learning rate TE'],
  textLearningRate1: ['Learning rate TE1'],
  textLearningRate2: ['Learning rate TE2'],
  warmupPercent: ['LR warmup (% of total steps)'],
  warmupSteps: ['LR warmup steps (override)'],
  resolution: ['Max resolution'],
  stopTextEncoder: ['Stop TE (% of total steps)'],
  gradAccum: ['Gradient accumulate steps'],
  precision: ['Mixed precision'],
  fullFp16: ['Full fp16 training (experimental)'],
  fullBf16: ['Full bf16 training (experimental)'],
  additionalParameters: ['Additional parameters'],
  saveEveryEpochs: ['Save every N epochs'],
  saveEverySteps: ['Save every N steps'],
  sdxl: ['SDXL'],
  v2: ['v2'],
  trainDataDir: ['Image folder (containing training images subfolders)'],
  regDataDir: ['Regularisation directory (Optional. containing regularisation images)'],
  datasetConfig: ['Dataset config file (Optional. Select the toml configuration file to use for the dataset)'],
  outputName: ['Trained Model output name'],
} as const;

export type KohyaFieldKey = keyof typeof KOHYA_FIELDS;
