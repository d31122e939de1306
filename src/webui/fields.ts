/**
 * The Dreambooth tab's fields the companion reads or writes, by their English label in every UI
 * generation of the extension (first label = current one).
 */
export const FIELDS = {
  epochs: ['Training Steps Per Image (Epochs)'],
  maxTrainSteps: ['Max Training Steps'],
  learningRate: ['Learning Rate'],
  textLearningRate: ['Text Encoder Learning Rate'],
  batchSize: ['Batch Size'],
  gradAccum: ['Gradient Accumulation Steps'],
  textEncoderRatio: ['Step Ratio of Text Encoder Training'],
  trainTextEncoder: ['Train Text Encoder'],
  resolution: ['Max Resolution', 'Resolution'],
  scheduler: ['Learning Rate Scheduler'],
  startFactor: ['Constant/Linear Starting Factor'],
  scalePosition: ['Scale Position'],
  cycles: ['Number of Hard Resets'],
  power: ['Polynomial Power'],
  minLearningRate: ['Min Learning Rate'],
  warmupSteps: ['Learning Rate Warmup Steps'],
  precision: ['Mixed Precision'],
  optimizer: ['Optimizer'],
  useLora: ['Use LORA'],
  scaleLr: ['Scale Learning Rate'],
  fullMixedPrecision: ['Full Mixed Precision'],
  model: ['Model'],
  apiKey: ['API Key'],
} as const;

/** Fields repeated in every concept slot. */
export const CONCEPT_FIELDS = {
  instanceDirectory: ['Directory', 'Dataset Directory'],
  classDirectory: ['Directory', 'Classification Dataset Directory'],
  instancePrompt: ['Prompt', 'Instance Prompt'],
  classImagesPerInstance: ['Class Images Per Instance Image'],
  classImagesTotal: ['Total Number of Class/Reg Images'],
} as const;

export type FieldKey = keyof typeof FIELDS;
export type ConceptFieldKey = keyof typeof CONCEPT_FIELDS;

/** The extension's UI generations (dates of the catalog's snapshots), or the kohya_ss GUI's tab. */
export type Generation = '2022-12' | '2023-01' | '2023-04' | 'current' | 'kohya';
