/**
 * What each parameter of the Dreambooth tab does, in our own words, after the community research
 * (discussion #547). One entry per parameter, listing its label in every extension UI; `section`
 * names the part of the research it comes from. English only for now: a translation replaces this
 * module's strings, nothing else.
 */

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

export interface ParameterText {
  /** English labels of this parameter across the extension's UI generations. */
  labels: readonly string[];
  text: string;
  /** The research section the text comes from ("not covered" when the research says nothing). */
  section: string;
  live?: LiveTopic;
}

export const PARAMETER_TEXTS: readonly ParameterText[] = [
  // Prompts, tokens, concepts
  {
    labels: ['Instance Prompt'],
    text: 'The words that call your subject after training. A rare identifier plus a class noun ("sks woman") ties the concept to that class; every token you list here must also be in the prompt later to get the full concept back. [filewords] reads a caption file per image instead: each frame is then its own concept, and the rate stays at 1e-5 whatever the frame count.',
    section: 'Main parameters: instance_prompt; Class based training; Concepts and filewords',
  },
  {
    labels: ['Class Prompt'],
    text: 'Describes the general class of your subject ("a woman") to generate the class images of prior preservation. It keeps the rest of the class from drifting toward your subject.',
    section: 'Prior Preservation Loss',
  },
  {
    labels: ['Prompt'],
    text: 'Under Instance Images: the words that call your subject (identifier plus class noun, or [filewords], which keeps the rate at 1e-5 and makes each frame its own concept). Under Class Images: the general class used to make the prior-preservation images.',
    section: 'Main parameters: instance_prompt; Prior Preservation Loss; Concepts and filewords',
  },
  {
    labels: ['Instance Token'],
    text: 'With [filewords], the unique word that stands for your subject in each caption. A token the images show but the prompt does not name becomes part of the concept anyway; a token you name must be named again to call it.',
    section: 'Additional information on prompt and concept_list',
  },
  {
    labels: ['Class Token'],
    text: 'With [filewords], the class noun of your subject ("woman", "dog"). Anything visible in every image (black hair, a style) also acts as a class token, which is why prior preservation cannot fully prevent drift.',
    section: 'Additional information on prompt and concept_list',
  },
  {
    labels: ['Dataset Directory', 'Directory'],
    text: 'Folder of this concept\'s images (under Instance Images) or of its class images (under Class Images). Each instance image is a "frame" in the formulas: steps grow with the frame count and the learning rate falls with it.',
    section: 'Concepts and filewords; concept_list',
    live: 'classImagesTotal',
  },
  {
    labels: ['Classification Dataset Directory'],
    text: 'Folder for this concept\'s class (regularization) images. Give each concept its own folder so class images are not repeated across concepts.',
    section: 'concept_list',
  },
  {
    labels: ['Concepts List', 'Use Concepts List'],
    text: 'Trains several concepts from a JSON list. Steps use the sum of all concepts\' frames, the learning rate the frames of one concept; give every concept the same number of frames, or details of the larger one leak into the others.',
    section: 'concept_list',
  },
  // Steps and epochs
  {
    labels: ['Training Steps Per Image (Epochs)'],
    text: 'How many passes over every instance image. The research counts steps per frame instead: 200 at 1e-5 without the text encoder, 100 with it; at batch size 1 epochs equal those steps per frame.',
    section: 'Full pass steps and compensation; num_train_epochs',
    live: 'epochs',
  },
  {
    labels: ['Max Training Steps'],
    text: 'Total training steps; when set above 0 it overrides the epochs. The research\'s formulas give this number directly: frames × steps per frame, corrected for batch size, accumulation and scheduler.',
    section: 'Number of training steps (max_train_steps)',
    live: 'maxTrainSteps',
  },
  {
    labels: ['Maximum Training Steps'],
    text: 'A cap on this concept\'s steps (-1 = none). The research computes steps for all concepts together from their summed frames, so leave it at -1 and set the total instead.',
    section: 'concept_list',
  },
  // Learning rate
  {
    labels: ['Learning Rate'],
    text: 'How far each step moves the model. The advanced formula keeps steps per frame fixed and scales the rate: LR = 1e-5 × strength / frames of one concept (the largest, with several). The research warns against the other way round, a lower rate with proportionally more steps: images then break up at high CFG, and the lower the rate, the lower the CFG where it starts.',
    section: 'Advanced Dreambooth Formula; learning_rate',
    live: 'learningRate',
  },
  {
    labels: ['Text Encoder Learning Rate'],
    text: 'The rate for the text encoder. The research trained the encoder and the UNet with one rate, so Autofill writes the same value here.',
    section: 'Text encoder',
    live: 'textLearningRate',
  },
  {
    labels: ['Learning Rate Scheduler'],
    text: 'How the rate changes during training. The research measured the standard curves: constant (best) and constant_with_warmup need ×1 steps; its decaying linear, cosine, cosine_with_restarts and polynomial need ×2. Names changed in January 2023: since then the extension\'s constant holds the rate at Starting Factor × rate until Scale Position (the research\'s constant only at factor 1), its linear ramps the rate up, and the research\'s linear is linear_with_warmup. cosine_annealing, its restarts variant and rex were not measured (counted as ×1).',
    section: 'lr_scheduler; lr_scheduler step multipliers',
    live: 'scheduler',
  },
  {
    labels: ['Learning Rate Warmup Steps'],
    text: 'Steps at the start over which the rate climbs linearly from 0 to the value you set. Since January 2023 only constant_with_warmup, linear_with_warmup, cosine, cosine_with_restarts and polynomial use it, counted in images (epochs × frames); in the December 2022 extension every scheduler but constant did. The current default of 500 can be a whole small run (5 frames with the text encoder are 500 steps): keep it under a tenth of the run.',
    section: 'warmup (lr_warmup_steps)',
    live: 'warmupSteps',
  },
  {
    labels: ['Constant/Linear Starting Factor'],
    text: 'The extension\'s constant scheduler multiplies the rate by this factor until Scale Position; its linear scheduler ramps up from factor × rate to the rate over that span. The default 0.5 halves the rate of constant for half the run, which under-trains a research plan: at 1, constant is the research\'s constant. Not in the December 2022 extension.',
    section: 'lr_scheduler (constant); not covered for the extension\'s curves',
    live: 'startFactor',
  },
  {
    labels: ['Scale Position'],
    text: 'The share of the run (0 to 1, default 0.5) that the starting factor of constant and linear lasts, and the span of cosine_annealing. With Starting Factor 1 it changes nothing for constant. Not in the December 2022 extension.',
    section: 'not covered by the research (the extension\'s curves)',
  },
  {
    labels: ['Number of Hard Resets', 'Polynomial Power', 'Min Learning Rate'],
    text: 'Shapes of particular schedulers: the restarts of cosine_with_restarts, the power of polynomial, and the floor of cosine_annealing and its restarts variant (Min Learning Rate touches no other scheduler). The research measured 1 restart and power 1.',
    section: 'lr_scheduler (cosine_with_restarts, polynomial)',
  },
  {
    labels: ['Scale Learning Rate'],
    text: 'Multiplies the rate by gradient accumulation × batch size × GPUs during training. The research\'s rates assume it is off: with it on, the trainer uses a much larger rate than the one you typed.',
    section: 'scale_lr',
    live: 'scaleLr',
  },
  // Batching
  {
    labels: ['Batch Size'],
    text: 'Frames per step. Larger batches train the concept in fewer but slower steps, not linearly: steps = (frames × steps per frame + extra steps) / √batch, where the extra steps are (batch − 1) × the steps per frame (÷ 1.5 without the text encoder). Pick a size that divides your frame count evenly, at most the frame count.',
    section: 'train_batch_size',
    live: 'batchSize',
  },
  {
    labels: ['Gradient Accumulation Steps'],
    text: 'Emulates a larger batch by adding up gradients over several steps, when memory is short. It is close to, not equal to, a real batch, and needs √GA times the steps; the research advises 1.',
    section: 'gradient_accumulation_steps',
    live: 'gradAccum',
  },
  {
    labels: ['Class Batch Size'],
    text: 'How many class images are generated at once (the research\'s sample_batch_size). Only speed and memory; it does not affect training.',
    section: 'sample_batch_size',
  },
  // Text encoder, resolution
  {
    labels: ['Train Text Encoder', 'Step Ratio of Text Encoder Training'],
    text: 'Trains the text encoder too (the ratio: for that share of the epochs). It repeats the concept better but needs more memory and half the steps per frame: 100 instead of 200 at 1e-5. Ratios between 0 and 1 are interpolated; the research measured only off and on.',
    section: 'Text encoder',
    live: 'textEncoder',
  },
  {
    labels: ['Train UNET'],
    text: 'Trains the image model itself. The research always trained it; turning it off leaves only the text encoder to learn the concept.',
    section: 'not covered by the research',
  },
  {
    labels: ['Max Resolution', 'Resolution'],
    text: 'Training resolution. Above 512 px each frame needs more steps: steps per frame × (resolution / 512)², so 768 px needs 450 (225 with the text encoder). Training several resolutions at once (dynamic resolution) avoids crops at the base size, but the research calls it experimental: it worked at batch size 1 only, with resize turned off and copies of each frame per resolution.',
    section: 'Resolution and training on model 768; (Experimental) Dynamic Resolution',
    live: 'resolution',
  },
  // Prior preservation
  {
    labels: ['Class Images Per Instance Image', 'Total Number of Class/Reg Images'],
    text: 'Class images for prior preservation, which limits overfitting and language drift. The research uses as many class images per frame as base steps per frame at 1e-5: 200, or 100 with the text encoder, whatever the resolution (they do not grow with it). 0 turns prior preservation off for the concept.',
    section: 'Prior Preservation Loss: number of class images',
    live: 'classImagesPerInstance',
  },
  {
    labels: ['Prior Loss Weight', 'Scale Prior Loss', 'Minimum Prior Loss Weight', 'Prior Loss Target'],
    text: 'How much the class images count against your images. The research\'s trainer used 1 and had not finished measuring it; the extension\'s default is 1 in December 2022 and 0.75 since January 2023. The scaled variants change the weight over training.',
    section: 'prior_loss_weight',
  },
  {
    labels: ['Classification CFG Scale', 'Classification Steps', 'Classification Image Negative Prompt', 'Negative Prompt'],
    text: 'Settings for generating the class images (guidance, sampling steps, negative prompt). They shape what the class looks like, not how training runs.',
    section: 'Prior Preservation Loss',
  },
  // Memory and precision
  {
    labels: ['Mixed Precision'],
    text: 'Number format of training. Quality: fp32 > fp16 > bf16; speed the other way. Very low rates get rounded (bf16 below 1e-2, fp16 below 1e-3, fp32 below 1e-6) and fp16 cannot hold a rate under about 6e-8 at all.',
    section: 'Number formats; mixed_precision',
    live: 'precision',
  },
  {
    labels: ['Full Mixed Precision'],
    text: 'Holds the UNet\'s weights in the mixed-precision type itself instead of fp32, to save memory (the current extension shows it for fp16). Updates then round in that type: in the research fp16 rounds below a rate of 1e-3 and loses rates under about 6e-8; bf16 has no such floor but rounds the most, below 1e-2.',
    section: 'Number formats',
  },
  {
    labels: ['Use 8bit Adam'],
    text: '8-bit Adam needs much less video memory for a small, often invisible loss of accuracy. bitsandbytes also has a 32-bit Adam that is faster than torch\'s.',
    section: 'use_8bit_adam',
  },
  {
    labels: ['Optimizer'],
    text: 'The update rule. The research measured (8-bit) Adam only; 8-bit barely differs from 32-bit. Lion, SGD, Adafactor and the others were not measured and usually want other rates (the extension\'s own hint suggests a lower one for Lion): Autofill offers the Adam rate unticked. Adaptive optimizers (D-Adaptation, Prodigy) pick their own rate near 1, so Autofill leaves the rate alone.',
    section: 'use_8bit_adam; not covered for adaptive optimizers',
    live: 'optimizer',
  },
  {
    labels: ['Memory Attention'],
    text: 'Attention implementation: default, xformers, flash_attention. It changes memory and speed, not results. Old xformers refused fp32 training on RTX 30/40 cards (fixed in 0.0.17).',
    section: 'Attention types; xformers problem',
  },
  {
    labels: ['Gradient Checkpointing'],
    text: 'Recomputes activations instead of storing them: much less video memory, somewhat slower, same quality. It can make room for a larger batch.',
    section: 'gradient_checkpointing',
  },
  {
    labels: ['Cache Latents', "Don't Cache Latents"],
    text: 'Keeps the encoded training images in video memory: faster training for more memory. Not caching makes no sense when the batch holds every frame.',
    section: 'not_cache_latents',
  },
  {
    labels: ['Set Gradients to None When Zeroing'],
    text: 'Frees gradients instead of zeroing them: a little less memory and a little faster. The research saw no effect on quality.',
    section: 'set_grads_to_none',
  },
  {
    labels: ['Pad Tokens'],
    text: 'Pads short prompts to the model\'s full length. A mild effect: training images are repeated a bit more strongly when generating.',
    section: 'pad_tokens',
  },
  {
    labels: ['Extract EMA Weights'],
    text: 'A model-creation option: when the source checkpoint stores EMA weights, build the model from the EMA UNet instead of the full one. It does not change training; the research did not compare the two.',
    section: 'not covered by the research (model setup)',
  },
  {
    labels: ['Use EMA', 'Save EMA Weights to Generated Models', 'Use EMA Weights for Inference', 'Use EMA for prediction'],
    text: 'Keeps an exponential moving average of the weights, which smooths training at the cost of memory. The research did not measure EMA (it was asked in the thread, not answered).',
    section: 'not covered by the research',
  },
  // LoRA
  {
    labels: ['Use LORA'],
    text: 'Trains small LoRA weights instead of the whole model. The research measured full fine-tuning only; its rates are far too low for LoRA, so Autofill never writes them into LoRA fields.',
    section: 'not covered by the research (LoRA)',
    live: 'lora',
  },
  {
    labels: ['Lora UNET Learning Rate', 'Lora unet Learning Rate', 'Lora Text Encoder Learning Rate', 'Lora Rank', 'Lora UNET Rank', 'Lora Text Encoder Rank', 'Lora Weight', 'Lora Text Weight', 'Lora Weight (Alpha)', 'Use Lora Extended', 'Lora Model'],
    text: 'A LoRA setting. The research\'s formulas are for full fine-tuning and do not carry over to LoRA, whose rates are orders of magnitude higher.',
    section: 'not covered by the research (LoRA)',
  },
  // Saving
  {
    labels: ['Save Model Frequency (Epochs)', 'Save Preview(s) Frequency (Epochs)', 'Save Checkpoint Frequency', 'Save Preview(s) Frequency', 'Save Preview/Ckpt Every Epoch', 'Use Lifetime Steps/Epochs When Saving'],
    text: 'How often to save a checkpoint or previews. With the research\'s formulas you train to the computed step count and need no comparison saves, which saves time and disk space.',
    section: 'save_interval; Foreword',
    live: 'saveFrequency',
  },
  {
    labels: ['Sample Batch Size', 'Number of Samples to Generate'],
    text: 'How many images one generation makes: class images under Manual Class Generation, previews at each save under a concept\'s Sample Images. Neither changes what the model learns.',
    section: 'not covered by the research (image generation)',
  },
];

/** Parameters the research does not discuss, grouped, each group with a short text of its own. */
export const GENERIC_TEXTS: readonly ParameterText[] = [
  {
    labels: ['Model', 'Snapshot to Resume', 'Name', 'Model Type', 'Create From Hub', 'Source Checkpoint', 'Model Path', 'HuggingFace Token', 'Import Model from Huggingface Hub', 'Unfreeze Model', 'Half Model', 'Experimental Shared Src', 'EXPERIMENTAL: LoRA Shared Diffusers Source', '512x Model', 'Scheduler', 'Custom Model Name', 'Pretrained VAE Name or Path', 'Use CPU Only (SLOW)', 'Train Inpainting Model', 'Train Imagic Only'],
    text: 'Which model is created, loaded or trained. It does not change the research\'s formulas, which hold for SD 1.x and 2.x models alike.',
    section: 'not covered by the research (model setup)',
  },
  {
    labels: ['Save Checkpoint to Subdirectory', 'Save in .safetensors format', 'Generate a .ckpt file when saving during training.', 'Generate a .ckpt file when training completes.', 'Generate a .ckpt file when training is canceled.', 'Generate lora weights for extra networks.', 'Generate lora weights when saving during training.', 'Generate lora weights when training completes.', 'Generate lora weights when training is canceled.', 'Save separate diffusers snapshots when saving during training.', 'Save separate diffusers snapshots when training completes.', 'Save separate diffusers snapshots when training is canceled.', 'Save Class Captions to txt'],
    text: 'What files are written and when. Output only: training itself is unchanged.',
    section: 'not covered by the research (saving)',
  },
  {
    labels: ['Sample Image Prompt', 'Sample Prompt', 'Sample Negative Prompt', 'Sample Image Negative Prompt', 'Sample Prompt Template File', 'Sample Prompt File', 'Sample Seed', 'Sample Steps', 'Sample CFG Scale', 'Sample Width', 'Sample Height', 'Sampling Steps for Sample', 'CFG Scale for Sample', 'Sanity Sample Prompt', 'Sanity Sample Negative Prompt', 'Sanity Sample Seed', 'Generate Classification Images Using txt2img', 'Use txt2img', 'Image Generation Library', 'Image Generation Scheduler', 'Swap Sample Faces', 'Swap Prompt', 'Swap Negative Prompt', 'Swap Steps', 'Swap Batch', 'Batch Size to Simulate', 'Epochs to Simulate', 'Graph Smoothing Steps'],
    text: 'How preview and class images are generated. They show progress; they do not change what the model learns.',
    section: 'not covered by the research (image generation)',
  },
  {
    labels: ['Pause After N Epochs', 'Amount of time to pause between Epochs (s)', 'Amount of time to pause between Epochs, in Seconds', 'Discord Webhook', 'API Key', 'Disable Logging', 'Dry Run', 'Source Path', 'Dest Path', 'Max Res', 'Bucket Steps', 'Deterministic', 'Calculate Split Loss', 'Disable Class Matching'],
    text: 'A convenience or housekeeping setting of the extension (pauses, logging, webhooks, bucket cropping). It does not enter the research\'s formulas.',
    section: 'not covered by the research (extension tools)',
  },
  {
    labels: ['Apply Horizontal Flip', 'Center Crop', 'Dynamic Image Normalization', 'Shuffle Tags', 'Strict Tokens', 'Max Token Length', 'Clip Skip', 'Freeze CLIP Normalization Layers', 'Freeze Spectral Norm', 'Offset Noise', 'Min SNR Gamma', 'Use DREAM', 'DREAM detail preservation', 'Weight Decay', 'TENC Weight Decay', 'TENC Gradient Clip Norm', 'AdamW Weight Decay', 'Adam Beta 1', 'Adam Beta 2', 'Adam Epsilon', 'Adam Weight Decay', 'Noise scheduler', 'Token Merging (ToMe)', 'LoRA use buggy requires grad'],
    text: 'A training option the research did not measure. Keep the extension\'s default unless you are testing it on purpose; the computed steps and rate assume the defaults.',
    section: 'not covered by the research',
  },
];

const BY_LABEL = new Map<string, ParameterText>();
for (const entry of [...PARAMETER_TEXTS, ...GENERIC_TEXTS]) {
  for (const label of entry.labels) if (!BY_LABEL.has(label)) BY_LABEL.set(label, entry);
}

/** Our text for an English field label, if we have one. */
export function textFor(label: string): ParameterText | undefined {
  return BY_LABEL.get(label);
}
