/**
 * Which tooltip each field label of the kohya_ss GUI's Dreambooth tab gets (its labels are English in
 * v26.0.0 and master; its zh-CN/zh-TW files translate some, read back through the localization), and
 * which live figure it shows. The words are in src/i18n, one catalog per language.
 */
import { byLabel, type ParameterTooltip } from './texts.js';

/** Figures of the live plan in the GUI's own terms (see kohya-live.ts), or shared with the WebUI's. */
export type KohyaLiveTopic =
  | 'kohyaSteps'
  | 'kohyaEpoch'
  | 'kohyaFolders'
  | 'kohyaRegImages'
  | 'kohyaScheduler'
  | 'kohyaWarmup'
  | 'kohyaResolution'
  | 'kohyaTextEncoder'
  | 'kohyaGradAccum'
  | 'learningRate'
  | 'textLearningRate'
  | 'precision'
  | 'optimizer';

export const KOHYA_TOOLTIPS: readonly ParameterTooltip<KohyaLiveTopic>[] = [
  { id: 'kohyaImageFolder', labels: ['Image folder (containing training images subfolders)'], live: 'kohyaFolders' },
  {
    id: 'kohyaRegFolder',
    labels: ['Regularisation directory (Optional. containing regularisation images)'],
    live: 'kohyaRegImages',
  },
  { id: 'kohyaBatchSize', labels: ['Train batch size'], live: 'kohyaSteps' },
  { id: 'kohyaEpoch', labels: ['Epoch'], live: 'kohyaEpoch' },
  { id: 'kohyaMaxTrainEpoch', labels: ['Max train epoch'] },
  { id: 'kohyaMaxTrainSteps', labels: ['Max train steps'], live: 'kohyaSteps' },
  { id: 'kohyaScheduler', labels: ['LR Scheduler'], live: 'kohyaScheduler' },
  { id: 'kohyaLearningRate', labels: ['Learning rate Unet'], live: 'learningRate' },
  {
    id: 'kohyaTextLearningRate',
    labels: ['Learning rate TE', 'Learning rate TE1', 'Learning rate TE2'],
    live: 'textLearningRate',
  },
  { id: 'kohyaWarmup', labels: ['LR warmup (% of total steps)', 'LR warmup steps (override)'], live: 'kohyaWarmup' },
  { id: 'kohyaResolution', labels: ['Max resolution'], live: 'kohyaResolution' },
  { id: 'kohyaStopTextEncoder', labels: ['Stop TE (% of total steps)'], live: 'kohyaTextEncoder' },
  { id: 'kohyaGradAccum', labels: ['Gradient accumulate steps'], live: 'kohyaGradAccum' },
  { id: 'kohyaPrecision', labels: ['Mixed precision'], live: 'precision' },
  { id: 'kohyaFullPrecision', labels: ['Full fp16 training (experimental)', 'Full bf16 training (experimental)'] },
  { id: 'kohyaOptimizer', labels: ['Optimizer'], live: 'optimizer' },
];

export const kohyaTooltipFor = byLabel(KOHYA_TOOLTIPS);
