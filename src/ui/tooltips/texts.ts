/**
 * Which tooltip each field label of the Dreambooth tab gets, in every extension UI generation, and
 * which live figure it shows. The words themselves are in src/i18n, one catalog per language.
 */
import type { TooltipId } from '../../i18n/index.js';

/** Figures of the live plan a tooltip can show (see live.ts). */
export type LiveTopic =
  | 'learningRate'
  | 'textLearningRate'
  | 'epochs'
  | 'maxTrainSteps'
  | 'batchSize'
  | 'gradAccum'
  | 'textEncoder'
  | 'resolution'
  | 'classImagesPerInstance'
  | 'classImagesTotal'
  | 'scheduler'
  | 'warmupSteps'
  | 'startFactor'
  | 'precision'
  | 'scaleLr'
  | 'lora'
  | 'optimizer'
  | 'saveFrequency';

export interface ParameterTooltip<Topic extends string = LiveTopic> {
  id: TooltipId;
  /** English labels of this parameter across the extension's UI generations. */
  labels: readonly string[];
  live?: Topic;
  /** A shared text for a group of parameters the research does not discuss. */
  generic?: true;
}

export const TOOLTIPS: readonly ParameterTooltip[] = [
  { id: 'instancePrompt', labels: ['Instance Prompt'] },
  { id: 'classPrompt', labels: ['Class Prompt'] },
  { id: 'prompt', labels: ['Prompt'] },
  { id: 'instanceToken', labels: ['Instance Token'] },
  { id: 'classToken', labels: ['Class Token'] },
  { id: 'directory', labels: ['Dataset Directory', 'Directory'], live: 'classImagesTotal' },
  { id: 'classDirectory', labels: ['Classification Dataset Directory'] },
  { id: 'conceptsList', labels: ['Concepts List', 'Use Concepts List'] },
  { id: 'epochs', labels: ['Training Steps Per Image (Epochs)'], live: 'epochs' },
  { id: 'maxTrainSteps', labels: ['Max Training Steps'], live: 'maxTrainSteps' },
  { id: 'conceptMaxSteps', labels: ['Maximum Training Steps'] },
  { id: 'learningRate', labels: ['Learning Rate'], live: 'learningRate' },
  { id: 'textLearningRate', labels: ['Text Encoder Learning Rate'], live: 'textLearningRate' },
  { id: 'scheduler', labels: ['Learning Rate Scheduler'], live: 'scheduler' },
  { id: 'warmupSteps', labels: ['Learning Rate Warmup Steps'], live: 'warmupSteps' },
  { id: 'startFactor', labels: ['Constant/Linear Starting Factor'], live: 'startFactor' },
  { id: 'scalePosition', labels: ['Scale Position'] },
  { id: 'schedulerShape', labels: ['Number of Hard Resets', 'Polynomial Power', 'Min Learning Rate'] },
  { id: 'scaleLr', labels: ['Scale Learning Rate'], live: 'scaleLr' },
  { id: 'batchSize', labels: ['Batch Size'], live: 'batchSize' },
  { id: 'gradAccum', labels: ['Gradient Accumulation Steps'], live: 'gradAccum' },
  { id: 'classBatchSize', labels: ['Class Batch Size'] },
  { id: 'textEncoder', labels: ['Train Text Encoder', 'Step Ratio of Text Encoder Training'], live: 'textEncoder' },
  { id: 'trainUnet', labels: ['Train UNET'] },
  { id: 'resolution', labels: ['Max Resolution', 'Resolution'], live: 'resolution' },
  {
    id: 'classImages',
    labels: ['Class Images Per Instance Image', 'Total Number of Class/Reg Images'],
    live: 'classImagesPerInstance',
  },
  {
    id: 'priorLossWeight',
    labels: ['Prior Loss Weight', 'Scale Prior Loss', 'Minimum Prior Loss Weight', 'Prior Loss Target'],
  },
  {
    id: 'classGeneration',
    labels: [
      'Classification CFG Scale',
      'Classification Steps',
      'Classification Image Negative Prompt',
      'Negative Prompt',
    ],
  },
  { id: 'mixedPrecision', labels: ['Mixed Precision'], live: 'precision' },
  { id: 'fullMixedPrecision', labels: ['Full Mixed Precision'] },
  { id: 'use8bitAdam', labels: ['Use 8bit Adam'] },
  { id: 'optimizer', labels: ['Optimizer'], live: 'optimizer' },
  { id: 'memoryAttention', labels: ['Memory Attention'] },
  { id: 'gradientCheckpointing', labels: ['Gradient Checkpointing'] },
  { id: 'cacheLatents', labels: ['Cache Latents'] },
  { id: 'dontCacheLatents', labels: ["Don't Cache Latents"] },
  { id: 'gradsToNone', labels: ['Set Gradients to None When Zeroing'] },
  { id: 'padTokens', labels: ['Pad Tokens'] },
  { id: 'extractEma', labels: ['Extract EMA Weights'] },
  { id: 'ema', labels: ['Use EMA'] },
  { id: 'emaOutput', labels: ['Save EMA Weights to Generated Models', 'Use EMA Weights for Inference'] },
  { id: 'emaPredict', labels: ['Use EMA for prediction'] },
  { id: 'useLora', labels: ['Use LORA'], live: 'lora' },
  {
    id: 'loraSettings',
    labels: [
      'Lora UNET Learning Rate',
      'Lora unet Learning Rate',
      'Lora Text Encoder Learning Rate',
      'Lora Rank',
      'Lora UNET Rank',
      'Lora Text Encoder Rank',
      'Lora Weight',
      'Lora Text Weight',
      'Lora Weight (Alpha)',
      'Use Lora Extended',
      'Lora Model',
    ],
  },
  {
    id: 'saveFrequency',
    labels: [
      'Save Model Frequency (Epochs)',
      'Save Preview(s) Frequency (Epochs)',
      'Save Checkpoint Frequency',
      'Save Preview(s) Frequency',
      'Save Preview/Ckpt Every Epoch',
      'Use Lifetime Steps/Epochs When Saving',
    ],
    live: 'saveFrequency',
  },
  { id: 'sampleCount', labels: ['Sample Batch Size', 'Number of Samples to Generate'] },
  {
    id: 'modelSetup',
    labels: [
      'Model',
      'Snapshot to Resume',
      'Name',
      'Model Type',
      'Create From Hub',
      'Source Checkpoint',
      'Model Path',
      'HuggingFace Token',
      'Import Model from Huggingface Hub',
      'Unfreeze Model',
      'Half Model',
      'Experimental Shared Src',
      'EXPERIMENTAL: LoRA Shared Diffusers Source',
      '512x Model',
      'Scheduler',
      'Custom Model Name',
      'Pretrained VAE Name or Path',
      'Use CPU Only (SLOW)',
      'Train Inpainting Model',
      'Train Imagic Only',
    ],
    generic: true,
  },
  {
    id: 'savingFiles',
    labels: [
      'Save Checkpoint to Subdirectory',
      'Save in .safetensors format',
      'Generate a .ckpt file when saving during training.',
      'Generate a .ckpt file when training completes.',
      'Generate a .ckpt file when training is canceled.',
      'Generate lora weights for extra networks.',
      'Generate lora weights when saving during training.',
      'Generate lora weights when training completes.',
      'Generate lora weights when training is canceled.',
      'Save separate diffusers snapshots when saving during training.',
      'Save separate diffusers snapshots when training completes.',
      'Save separate diffusers snapshots when training is canceled.',
      'Save Class Captions to txt',
    ],
    generic: true,
  },
  {
    id: 'imageGeneration',
    labels: [
      'Sample Image Prompt',
      'Sample Prompt',
      'Sample Negative Prompt',
      'Sample Image Negative Prompt',
      'Sample Prompt Template File',
      'Sample Prompt File',
      'Sample Seed',
      'Sample Steps',
      'Sample CFG Scale',
      'Sample Width',
      'Sample Height',
      'Sampling Steps for Sample',
      'CFG Scale for Sample',
      'Sanity Sample Prompt',
      'Sanity Sample Negative Prompt',
      'Sanity Sample Seed',
      'Generate Classification Images Using txt2img',
      'Use txt2img',
      'Image Generation Library',
      'Image Generation Scheduler',
      'Swap Sample Faces',
      'Swap Prompt',
      'Swap Negative Prompt',
      'Swap Steps',
      'Swap Batch',
      'Batch Size to Simulate',
      'Epochs to Simulate',
      'Graph Smoothing Steps',
    ],
    generic: true,
  },
  {
    id: 'extensionTools',
    labels: [
      'Pause After N Epochs',
      'Amount of time to pause between Epochs (s)',
      'Amount of time to pause between Epochs, in Seconds',
      'Discord Webhook',
      'API Key',
      'Disable Logging',
      'Dry Run',
      'Source Path',
      'Dest Path',
      'Max Res',
      'Bucket Steps',
      'Deterministic',
      'Calculate Split Loss',
      'Disable Class Matching',
    ],
    generic: true,
  },
  {
    id: 'unmeasuredOptions',
    labels: [
      'Apply Horizontal Flip',
      'Center Crop',
      'Dynamic Image Normalization',
      'Shuffle Tags',
      'Strict Tokens',
      'Max Token Length',
      'Clip Skip',
      'Freeze CLIP Normalization Layers',
      'Freeze Spectral Norm',
      'Offset Noise',
      'Min SNR Gamma',
      'Use DREAM',
      'DREAM detail preservation',
      'Weight Decay',
      'TENC Weight Decay',
      'TENC Gradient Clip Norm',
      'AdamW Weight Decay',
      'Adam Beta 1',
      'Adam Beta 2',
      'Adam Epsilon',
      'Adam Weight Decay',
      'Noise scheduler',
      'Token Merging (ToMe)',
      'LoRA use buggy requires grad',
    ],
    generic: true,
  },
];

/** The tooltip of an English field label of a host's tab, if we have one. */
export type TooltipTable = (label: string) => ParameterTooltip<string> | undefined;

export function byLabel(entries: readonly ParameterTooltip<string>[]): TooltipTable {
  const table = new Map<string, ParameterTooltip<string>>();
  for (const entry of entries) for (const label of entry.labels) if (!table.has(label)) table.set(label, entry);
  return (label) => table.get(label);
}

/** The A1111 extension's Dreambooth tab. */
export const tooltipFor = byLabel(TOOLTIPS);
