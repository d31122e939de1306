/**
 * The tooltip texts in English: what each parameter does per the research, and the section it comes
 * from. Kept apart from the other words: they are most of the text and are needed only on hover, so
 * the browser extension loads them on demand. The other catalogs have exactly these keys.
 */
export const EN_TOOLTIPS = {
  // Evidence: R:430 (frames with the same tokens merge into one concept), R:48 (do not use filewords unless needed), R:453 (every token back in the prompt); extension @4244f6b main.py:1972 ([filewords] is the default prompt)
  instancePrompt: [
    'The words that call your subject after training. A rare identifier plus a class noun ("sks woman") ties the concept to that class; every token you list here must also be in the prompt later to get the full concept back. [filewords], the extension\'s default prompt, reads a caption file per image instead: each frame with its own caption is its own concept (frames with the same caption merge into one), and the rate stays at 1e-5 whatever the frame count. The research advises a plain prompt unless you need per-image captions.',
    'Main parameters: instance_prompt; Class based training; Concepts and filewords',
  ],
  classPrompt: [
    'Describes the general class of your subject ("a woman") to generate the class images of prior preservation. It keeps the rest of the class from drifting toward your subject.',
    'Prior Preservation Loss',
  ],
  prompt: [
    'Under Instance Images: the words that call your subject (identifier plus class noun, or [filewords], which keeps the rate at 1e-5 and makes each frame its own concept). Under Class Images: the general class used to make the prior-preservation images.',
    'Main parameters: instance_prompt; Prior Preservation Loss; Concepts and filewords',
  ],
  instanceToken: [
    'With [filewords], the unique word that stands for your subject in each caption. A token the images show but the prompt does not name becomes part of the concept anyway; a token you name must be named again to call it.',
    'Additional information on prompt and concept_list',
  ],
  classToken: [
    'With [filewords], the class noun of your subject ("woman", "dog"). Anything visible in every image (black hair, a style) also acts as a class token, which is why prior preservation cannot fully prevent drift.',
    'Additional information on prompt and concept_list',
  ],
  directory: [
    'Folder of this concept\'s images (under Instance Images) or of its class images (under Class Images). Each instance image is a "frame" in the formulas: steps grow with the frame count and the learning rate falls with it.',
    'Concepts and filewords; concept_list',
  ],
  classDirectory: [
    "Folder for this concept's class (regularization) images. Give each concept its own folder so class images are not repeated across concepts.",
    'concept_list',
  ],
  // Evidence: R5 (steps from the sum, the rate from the largest concept: docs/formulas.md); R:445 (concepts will still be mixed)
  conceptsList: [
    "Trains several concepts from a JSON list. Steps use the sum of all concepts' frames, the learning rate the largest concept's frames (the lowest, safest rate). Equal frame counts keep the details of one concept from leaking into the others, though the research found concepts still mix somewhat.",
    'concept_list',
  ],
  // Evidence: R1, R10 (docs/formulas.md); extension @4244f6b train_dreambooth.py:957 (steps = epochs · examples), db_dataset.py:453 (two examples per frame with class images)
  epochs: [
    'How many passes over every instance image. The research counts steps per frame instead: 200 at 1e-5 without the text encoder, 100 with it. At batch size 1, gradient accumulation 1, 512 px and a constant scheduler, epochs equal those steps per frame; Autofill computes every other case (the line below). With class images the current extension runs two examples per frame in each epoch.',
    'Full pass steps and compensation; num_train_epochs',
  ],
  maxTrainSteps: [
    "Total training steps; when set above 0 it overrides the epochs. The research's formulas give this number directly: frames × steps per frame, corrected for batch size, accumulation and scheduler.",
    'Number of training steps (max_train_steps)',
  ],
  conceptMaxSteps: [
    "A cap on this concept's steps (-1 = none). The research computes steps for all concepts together from their summed frames, so leave it at -1 and set the total instead.",
    'concept_list',
  ],
  learningRate: [
    'How far each step moves the model. The advanced formula keeps steps per frame fixed and scales the rate: LR = 1e-5 × strength / frames of one concept (the largest, with several). The research warns against the other way round, a lower rate with proportionally more steps: images then break up at high CFG, and the lower the rate, the lower the CFG where it starts.',
    'Advanced Dreambooth Formula; learning_rate',
  ],
  // Evidence: extension 07df22a train_dreambooth.py:455-460 (one optimizer, one rate for UNet and text encoder); @4244f6b main.py:747-752 (the UI defaults 2e-6 and 1e-6)
  textLearningRate: [
    "The rate for the text encoder. The research's trainer had one rate for the encoder and the UNet, so Autofill writes the same value here; the current extension's own default for the encoder is half the UNet's.",
    'Text encoder',
  ],
  // Evidence: R:392-404 (multipliers, the distortion warning); extension @4244f6b: main.py:756 (default constant_with_warmup), optimization.py:271,479-486 (cosine takes the Hard Resets count as cycles: a full wave at 1), :329,363-367 (polynomial refuses LR <= 1e-7), train_dreambooth.py:961,1916,2060 with db_dataset.py:453 (the curve is sized for instance images but stepped over instance and class images); the area rule: docs/formulas.md R9, src/core/lr-curve.ts
  scheduler: [
    "How the rate changes during training. The research measured the standard curves: constant (best) and constant_with_warmup need ×1 steps; its decaying linear, cosine, cosine_with_restarts and polynomial need ×2, and it warns that too high a multiplier distorts images even at low CFG. Autofill keeps the learning-rate area (rate × steps) of the research's constant plan: ×2 for those curves, a little more where the extension's curve ends before the run does. Names changed in January 2023: the extension's constant holds Starting Factor × rate until Scale Position (the research's constant only at factor 1), its linear ramps the rate up, and the research's linear is linear_with_warmup. Prefer constant_with_warmup (the extension's default) or constant at factor 1: with class images the extension's decaying curves end halfway through the run, its cosine is a full wave (down to 0 and back), and polynomial fails below a rate of 1e-7. cosine_annealing, its restarts variant and rex were not measured (counted as ×1).",
    'lr_scheduler; lr_scheduler step multipliers',
  ],
  // Evidence: R:368; extension @4244f6b: optimization.py:189-190,453-486 (which schedulers warm up, from 0), main.py:790 (default 500), train_dreambooth.py:1916,2060 with db_dataset.py:453 (stepped per training example, instance and class, plus one per epoch)
  warmupSteps: [
    'Steps at the start over which the rate climbs linearly from 0 to the value you set. Since January 2023 only constant_with_warmup, linear_with_warmup, cosine, cosine_with_restarts and polynomial use it, counted in training examples (epochs × frames, doubled when class images are used, plus one per epoch); in the December 2022 extension every scheduler but constant did. The current default of 500 can be a whole small run (5 frames with the text encoder are 500 steps): keep it under a tenth of the run.',
    'warmup (lr_warmup_steps)',
  ],
  startFactor: [
    "The extension's constant scheduler multiplies the rate by this factor until Scale Position; its linear scheduler ramps up from factor × rate to the rate over that span. The default 0.5 halves the rate of constant for half the run, which under-trains a research plan: at 1, constant is the research's constant. Not in the December 2022 extension.",
    "lr_scheduler (constant); not covered for the extension's curves",
  ],
  scalePosition: [
    'The share of the run (0 to 1, default 0.5) that the starting factor of constant and linear lasts, and the span of cosine_annealing. With Starting Factor 1 it changes nothing for constant. Not in the December 2022 extension.',
    "not covered by the research (the extension's curves)",
  ],
  // Evidence: extension @4244f6b optimization.py:271 (cosine: full waves of num_cycles), :308-318 (cosine_with_restarts), :445-449 (Min LR: cosine_annealing only), :479-486; db_config.py:57,66,68 (defaults 1e-6, 1, 1); R:385 (works as cosine by default); the curve: src/core/lr-curve.ts
  schedulerShape: [
    'Shapes of particular schedulers. Number of Hard Resets is the number of cycles for cosine (full waves: down to 0 and back up) and cosine_with_restarts (half waves); the research ran 1, i.e. no restart. Polynomial Power 1 as in the research. Min Learning Rate is the floor of cosine_annealing and its restarts variant only. Autofill plans and draws the learning-rate curve with these values.',
    'lr_scheduler (cosine_with_restarts, polynomial)',
  ],
  scaleLr: [
    "Multiplies the rate by gradient accumulation × batch size × GPUs during training. The research's rates assume it is off: with it on, the trainer uses a much larger rate than the one you typed.",
    'scale_lr',
  ],
  // Evidence: R:292 (more memory, slower), R:300-305 (SPF_A), R7; extension @4244f6b db_dataset.py:486-506 (a batch takes instance and class examples alike)
  batchSize: [
    'Frames per step. Needs more memory. Larger batches train the concept in fewer but slower steps, not linearly: steps = (frames × steps per frame + extra steps) / √batch, where the extra steps are (batch − 1) × the steps per frame (÷ 1.5 without the text encoder); so the epochs grow with the batch (each frame is seen more often). Pick a size that divides your frame count evenly, at most the frame count. In the current extension a batch counts class images too: with prior preservation a batch of N holds about N/2 of your frames.',
    'train_batch_size',
  ],
  gradAccum: [
    'Emulates a larger batch by adding up gradients over several steps, when memory is short. It is close to, not equal to, a real batch, and needs √GA times the steps; the research advises 1.',
    'gradient_accumulation_steps',
  ],
  classBatchSize: [
    "How many class images are generated at once (the research's sample_batch_size). Only speed and memory; it does not affect training.",
    'sample_batch_size',
  ],
  textEncoder: [
    'Trains the text encoder too (the ratio: for that share of the epochs). It repeats the concept better but needs more memory and half the steps per frame: 100 instead of 200 at 1e-5. Ratios between 0 and 1 are interpolated; the research measured only off and on.',
    'Text encoder',
  ],
  trainUnet: [
    'Trains the image model itself. The research always trained it; turning it off leaves only the text encoder to learn the concept.',
    'not covered by the research',
  ],
  resolution: [
    'Training resolution. Above 512 px each frame needs more steps: steps per frame × (resolution / 512)², so 768 px needs 450 (225 with the text encoder). Training several resolutions at once (dynamic resolution) avoids the cropped images generated at the base size after training above it, but the research calls it experimental: it worked at batch size 1 only, with resize turned off and copies of each frame per resolution.',
    'Resolution and training on model 768; (Experimental) Dynamic Resolution',
  ],
  // Evidence: R:149-151 (FN · 200 or FN · 100), R11; extension 07df22a main.py:852 (the Dec 2022 field takes a total)
  classImages: [
    'Class images for prior preservation, which limits overfitting and language drift. The research uses as many class images per frame as base steps per frame at 1e-5: 200, or 100 with the text encoder, whatever the resolution (they do not grow with it). The December 2022 field "Total Number of Class/Reg Images" wants that number times your frame count. 0 turns prior preservation off for the concept.',
    'Prior Preservation Loss: number of class images',
  ],
  // Evidence: R:155 (1, not finished measuring); extension 07df22a main.py:261 (1.0), @4244f6b main.py:849-853 (0.75), train_dreambooth.py:1862-1872 (SD 1.x/2.x: the class loss is not added since 60603ee, 2023-08-25), :1898 (SDXL uses the weight), :878,1853,1856 (the scaled weight reaches only the loss without class images)
  priorLossWeight: [
    "How much the class images count against your images. The research's trainer used 1 and had not finished measuring it; the extension's default is 1 in December 2022 and 0.75 since January 2023. In the current extension it takes effect for SDXL only: since August 2023 the class loss of SD 1.x/2.x models is not added, and the scaled variants change nothing either way.",
    'prior_loss_weight',
  ],
  // Evidence: not in the research (its Prior Preservation Loss section, R:143-147, says nothing of how class images are generated)
  classGeneration: [
    'Settings for generating the class images (guidance, sampling steps, negative prompt). Not covered by the research: they shape the class images prior preservation trains on, not the step count or the rate.',
    'not covered by the research (class image generation)',
  ],
  // Evidence: R:279-283 (rounding thresholds); src/webui/form.ts PRECISION_OF ("no" = fp32); extension @4244f6b utils.py:238-251 (bf16 chosen where supported); R13 (Full Mixed Precision)
  mixedPrecision: [
    'Number format of training. "no" is fp32, the best quality; fp16 and, rounding more, bf16 (chosen by the current extension where the GPU supports it) are faster. The research saw rounding start below 1e-2 in bf16, 1e-3 in fp16 and 1e-6 in fp32, so every Dreambooth rate is in the 16-bit rounding zone, which matters most with Full Mixed Precision on. fp16 cannot hold a rate under about 6e-8 at all.',
    'Number formats; mixed_precision',
  ],
  // Evidence: R: Number formats (fp16 rounds below 1e-3, loses under ~6e-8; bf16 rounds below 1e-2); extension @4244f6b: main.py:578-579 (on by default, shown), :1274-1284, train_dreambooth.py:570-573 (applied under fp16 and bf16)
  fullMixedPrecision: [
    "Holds the UNet's weights in the mixed-precision type itself instead of fp32, to save memory. The current extension has it on by default and applies it under fp16 and bf16 alike. Updates then round in that type: in the research fp16 rounds below a rate of 1e-3 and loses rates under about 6e-8; bf16 has no such floor but rounds the most, below 1e-2. At the research's rates (around 1e-6) most updates are rounded away: untick it when memory allows.",
    'Number formats',
  ],
  use8bitAdam: [
    "8-bit Adam needs much less video memory for a small, often invisible loss of accuracy. bitsandbytes also has a 32-bit Adam that is faster than torch's.",
    'use_8bit_adam',
  ],
  // Evidence: R:410 (8-bit Adam ≈ 32-bit); extension @4244f6b dreambooth.js:255,280 (adaptive optimizers: the LR field is a multiplier, 0.05–1; Lion wants a lower rate), train_dreambooth.py:1937-1938 (step = d × LR)
  optimizer: [
    "The update rule. The research measured (8-bit) Adam only; 8-bit barely differs from 32-bit. Lion, SGD, Adafactor and the others were not measured and usually want other rates (the extension's own hint suggests a lower one for Lion): Autofill offers the Adam rate unticked. Adaptive optimizers (D-Adaptation, Prodigy) estimate the step size themselves; their Learning Rate field is a multiplier of about 0.05 to 1, so Autofill leaves it alone.",
    'use_8bit_adam; not covered for adaptive optimizers',
  ],
  memoryAttention: [
    'Attention implementation: default, xformers, flash_attention. It changes memory and speed, not results. Old xformers refused fp32 training on RTX 30/40 cards (fixed in 0.0.17).',
    'Attention types; xformers problem',
  ],
  gradientCheckpointing: [
    'Recomputes activations instead of storing them: much less video memory, somewhat slower, same quality. It can make room for a larger batch.',
    'gradient_checkpointing',
  ],
  dontCacheLatents: [
    "The December 2022 extension's inverted form of Cache Latents: checked, the encoded training images are not kept in video memory, which saves memory and slows training. Leave it unchecked when memory allows, and always when the batch holds every frame.",
    'not_cache_latents',
  ],
  cacheLatents: [
    'Keeps the encoded training images in video memory: faster training for more memory. Not caching makes no sense when the batch holds every frame.',
    'not_cache_latents',
  ],
  gradsToNone: [
    'Frees gradients instead of zeroing them: a little less memory and a little faster. The research saw no effect on quality.',
    'set_grads_to_none',
  ],
  padTokens: [
    "Pads short prompts to the model's full length. A mild effect: training images are repeated a bit more strongly when generating.",
    'pad_tokens',
  ],
  extractEma: [
    'A model-creation option: when the source checkpoint stores EMA weights, build the model from the EMA UNet instead of the full one. It does not change training; the research did not compare the two.',
    'not covered by the research (model setup)',
  ],
  // Evidence: R:16 (asked in the thread, not answered); extension @4244f6b: train_dreambooth.py (use_ema keeps an averaged UNet copy)
  ema: [
    "Keeps an exponential moving average of the UNet's weights beside them, which smooths training at the cost of memory. The research did not measure EMA (it was asked in the thread, not answered).",
    'not covered by the research',
  ],
  // Evidence: extension @4244f6b: diff_to_sd.py:449-452,480 and image_builder.py:98, dreambooth.js:308,336 (only choose which UNet is written or used for images)
  emaOutput: [
    'Chooses which UNet goes into the saved model, or makes the preview images: the averaged (EMA) copy or the trained one. Needs Use EMA. It does not change training.',
    'not covered by the research',
  ],
  // Evidence: extension @4244f6b: db_config.py:40, main.py:1097 (ema_predict is stored and shown, read nowhere else)
  emaPredict: [
    'Has no effect in the current extension: the setting is saved but no code reads it.',
    'not covered by the research',
  ],
  useLora: [
    'Trains small LoRA weights instead of the whole model. The research measured full fine-tuning only; its rates are far too low for LoRA, so Autofill never writes them into LoRA fields.',
    'not covered by the research (LoRA)',
  ],
  loraSettings: [
    "A LoRA setting. The research's formulas are for full fine-tuning and do not carry over to LoRA, whose rates are orders of magnitude higher.",
    'not covered by the research (LoRA)',
  ],
  // Evidence: R:93 (the formulas aim to make comparison saves unnecessary), R:157 (the advanced formula is an experiment); extension @4244f6b dreambooth.js:339-340, 07df22a train_dreambooth.py:810-820 (lifetime counting)
  saveFrequency: [
    'How often to save a checkpoint or previews. The research\'s formulas aim at a step count that needs no comparison checkpoints, but the advanced formula is still an experiment: keep a save near the end and a few previews to check the result. "Use Lifetime Steps/Epochs When Saving" counts the interval over the model\'s whole training history instead of this session.',
    'save_interval; Foreword',
  ],
  // Evidence: extension @4244f6b: main.py:989-1003,1871-1895 and ui_functions.py:393-414 (both feed Generate Sample Images), main.py:996,1882 (Sample Batch Size is passed nowhere; the button passes Class Batch Size)
  sampleCount: [
    'Preview images, not class images (those come from Class Images Per Instance Image). Number of Samples to Generate: how many previews the Generate Sample Images button, or each save of a concept, makes. Sample Batch Size: how many at once; the current extension does not use it. Neither changes what the model learns.',
    'not covered by the research (image generation)',
  ],
  // Evidence: R:91 (tested 1.4, 1.5, 2.1-512, 2.1-768), R:19,57,70 (commenters: weaker 2.1 results); extension @4244f6b main.py:1286-1290 (SDXL, base resolution 1024)
  modelSetup: [
    'Which model is created, loaded or trained. The research tested SD 1.4, 1.5 and 2.1 (512 and 768 px: set the resolution to 768 for 768 models); commenters found 2.1 harder to train with the same numbers. SDXL, Imagic, inpainting models and Unfreeze Model are outside its formulas.',
    'not covered by the research (model setup)',
  ],
  savingFiles: [
    'What files are written and when. Output only: training itself is unchanged.',
    'not covered by the research (saving)',
  ],
  // Evidence: not in the research; extension @4244f6b main.py:1845 (Batch Size/Epochs to Simulate feed Debug Buckets), the class generation settings (txt2img, library, scheduler) make the class images
  imageGeneration: [
    'How preview and class images are generated. Previews show progress and do not change what the model learns; "Generate Classification Images Using txt2img" and the image generation library and scheduler make the class images it trains on. Batch Size/Epochs to Simulate only feed the bucket debugging, Graph Smoothing Steps the loss graph. Not covered by the research.',
    'not covered by the research (image generation)',
  ],
  extensionTools: [
    "A convenience or housekeeping setting of the extension (pauses, logging, webhooks, bucket cropping). It does not enter the research's formulas.",
    'not covered by the research (extension tools)',
  ],
  // Evidence: extension @4244f6b main.py:613-614 (Clip Skip default 2), :671-672 (Shuffle Tags on); the research's trainer (07df22a): last CLIP layer, no tag shuffling, no offset noise, Min SNR or DREAM
  unmeasuredOptions: [
    "A training option the research did not measure. The plan holds best with the research trainer's neutral values: Clip Skip 1 (the extension's default is 2), no tag shuffling (on by default), Offset Noise 0, Min SNR 0, DREAM off. Change them only when you are testing them on purpose.",
    'not covered by the research',
  ],
  // The kohya_ss GUI's Dreambooth tab (v26.0.0 and master; line numbers of v26.0.0). It drives sd-scripts'
  // train_db.py (sdxl_train.py for SDXL); R16 and "Exports" in docs/formulas.md say how it counts.
  // Evidence: kohya_gui/class_source_model.py:166-170; dreambooth_gui.py:769-794 (repeats from "<n>_" folder names); sd-scripts library/train_util.py:2114-2138 (repeats × images)
  kohyaImageFolder: [
    "The folder holding one folder per concept, named <repeats>_<token> <class> (\"20_sks person\"). sd-scripts takes each folder's images as many times per epoch as its number says, and the rest of the name as the caption of every image without a .txt caption. The research's frames are the images of a concept: steps and rate follow their count, and Autofill's steps assume the folder names it shows.",
    'Concepts and filewords; R16',
  ],
  // Evidence: kohya_gui/class_folders.py:134-143; dreambooth_gui.py:803-811 (reg_factor 2 with a regularisation folder); sd-scripts library/train_util.py:1586 (class images are samples of their own, weighted by prior_loss_weight)
  kohyaRegFolder: [
    'Class (regularisation) images for prior preservation. sd-scripts draws each of them as a sample of its own beside your images, so with this folder set every step of the research costs two samples (R16), and the GUI doubles its own step count. The research generated class images per instance image; Autofill says how many and in which folder name.',
    'Prior Preservation Loss; R16',
  ],
  // Evidence: R7 (docs/formulas.md); kohya_gui/class_basic_training.py:88-94
  kohyaBatchSize: [
    "Images per step. The research's steps shrink with the batch size by √BS (plus a small correction, R7), and a batch size that divides the frame count keeps every batch full. Autofill turns those steps into the GUI's Max train steps.",
    'Batch size (R7)',
  ],
  // Evidence: kohya_gui/dreambooth_gui.py:958 (passed on as epoch); sd-scripts train_db.py:277-278 (epochs follow from max_train_steps)
  kohyaEpoch: [
    'How many epochs the run covers. With Max train steps set, sd-scripts counts the epochs itself and stops at the steps inside the last one; Autofill writes the epochs the planned steps cover, so the two agree.',
    'num_train_epochs; R16',
  ],
  // Evidence: kohya_gui/class_basic_training.py:100-107 (info: overrides max_train_steps); sd-scripts train_db.py:219-224
  kohyaMaxTrainEpoch: [
    "Above 0 it replaces Max train steps with whole epochs, which the research's step counts do not come in. Keep it at 0 so the planned steps are what runs.",
    'Number of training steps (max_train_steps)',
  ],
  // Evidence: R1–R9, R16 (docs/formulas.md); kohya_gui/dreambooth_gui.py:751-830 (0: derived from folders, ×2 with regularisation), :1008; sd-scripts train_db.py:277 (steps are optimizer updates: batches ÷ gradient accumulation)
  kohyaMaxTrainSteps: [
    "The run's length in sd-scripts' steps: optimizer updates, that is batches ÷ gradient accumulation, and with class images two samples per research step (R16). The research's formulas give its steps from the frame count, rate, resolution, batch size and scheduler; Autofill converts them. At 0 the GUI derives steps from the folders' repeats and its Epoch instead.",
    'Number of training steps (max_train_steps); R16',
  ],
  // Evidence: R9 (docs/formulas.md); kohya_gui/class_basic_training.py:160-178; sd-scripts library/train_util.py:5265 (diffusers' schedulers, sized to the run as the research's were)
  kohyaScheduler: [
    "How the rate changes over the run. The research's constant needs the fewest steps; a curve that falls to 0 over the run (linear, cosine) trains at half the rate on average, so it needs twice the steps (R9). Schedulers the research did not measure are planned as constant.",
    'lr_scheduler (R9)',
  ],
  // Evidence: R4, R5 (docs/formulas.md); kohya_gui/class_basic_training.py:256-267
  kohyaLearningRate: [
    "The UNet's rate. The advanced formula keeps steps per frame fixed and scales the rate: LR = 1e-5 × strength / frames of one concept (the largest, with several). A lower rate with proportionally more steps breaks images up at high CFG, the research warns.",
    'Advanced Dreambooth Formula; learning_rate',
  ],
  // Evidence: research trainer 07df22a train_dreambooth.py:455-460 (one rate for UNet and text encoder); kohya_gui/class_basic_training.py:268-300 (TE, TE1/TE2 for SDXL; 0 = not trained); dreambooth_gui.py:922-923
  kohyaTextLearningRate: [
    "The text encoder's rate (TE1 and TE2 for SDXL's two). The research's trainer had one rate for both, so Autofill writes the UNet's here; 0 leaves the text encoder untrained, which the research's steps per frame (200 instead of 100) account for.",
    'learning_rate; Train Text Encoder',
  ],
  // Evidence: R9 warmup (docs/formulas.md); kohya_gui/dreambooth_gui.py:834-844 (steps override the %); sd-scripts library/train_util.py:5276 (a % is a share of the run)
  kohyaWarmup: [
    "The first part of the run, during which the rate climbs from 0. A warmup up to a tenth of the run keeps the research's numbers; a longer one under-trains. The steps override the %; Autofill writes your share in the planned run's steps.",
    'lr_warmup_steps (R9)',
  ],
  // Evidence: R2 (docs/formulas.md); kohya_gui/class_basic_training.py:370-376
  kohyaResolution: [
    'The training size (width,height). Steps per frame grow with the area: ×(resolution / 512)², 768 px needs 2.25 times the steps of 512 px. The larger side counts.',
    'Resolution (R2)',
  ],
  // Evidence: R1 (docs/formulas.md); kohya_gui/class_basic_training.py:378-384, dreambooth_gui.py:1074-1076 (the slider's value goes to --stop_text_encoder_training as is); sd-scripts train_db.py:172,230-231 (a step number; -1 = never trained), train_db.py:340-348 (at the stop training_models becomes the bare UNet, which accelerator.accumulate(*training_models) cannot unpack: TypeError; kohya_ss #2695), library/train_util.py:4896-4899,4937-4938 with train_db.py:198 (an 8-bit optimizer built twice from a generator: empty parameter list)
  kohyaStopTextEncoder: [
    "When the text encoder stops training. Despite its label the GUI passes the value on to sd-scripts as a step number (0 = the whole run, -1 = not at all), and train_db.py crashes at any step it stops the text encoder inside the run (kohya_ss #2695): leave it at 0. -1 also crashes it with an 8-bit optimizer such as AdamW8bit (the GUI's default); there a text encoder rate of 0 leaves it untrained. Autofill sets these and removes a --stop_text_encoder_training from Additional parameters. The research trained it all run (100 steps per frame) or not at all (200).",
    'Train Text Encoder; R16',
  ],
  // Evidence: R8 (docs/formulas.md); kohya_gui/class_advanced_training.py:81-88; sd-scripts train_db.py:277
  kohyaGradAccum: [
    "Adds up gradients over several batches before one update, when memory is short. It is close to, not equal to, a larger batch and needs √GA times the research's steps; sd-scripts counts one step per update. The research advises 1.",
    'gradient_accumulation_steps (R8)',
  ],
  // Evidence: R13 (docs/formulas.md); kohya_gui/class_accelerate_launch.py:21-26
  kohyaPrecision: [
    'Number format of training: "no" is fp32, fp16 and bf16 are faster and round small numbers. Every Dreambooth rate lies in the 16-bit rounding zone the research measured; fp16 cannot hold a rate under about 6e-8 at all.',
    'Number formats; mixed_precision',
  ],
  // Evidence: R13 (docs/formulas.md); kohya_gui/class_advanced_training.py:261-269
  kohyaFullPrecision: [
    "Holds the weights themselves in fp16 or bf16, which keeps no update much smaller than the weights: at Dreambooth's rates most of the training is rounded away. Off keeps the planned rate.",
    'Number formats',
  ],
  // Evidence: R15 (docs/formulas.md); kohya_gui/class_basic_training.py:190-222
  kohyaOptimizer: [
    'The update rule. The research measured (8-bit) Adam only: for others Autofill offers the Adam rate unticked. Adaptive optimizers (DAdaptation, Prodigy) set their own step size, so Autofill writes no rate for them.',
    'use_8bit_adam; not covered for adaptive optimizers',
  ],
} as const;
