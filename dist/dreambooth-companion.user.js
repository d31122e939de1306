// ==UserScript==
// @name         Dreambooth Companion
// @namespace    https://github.com/dreambooth-companion/dreambooth-companion
// @version      0.1.0
// @description  Autofill and explain the Dreambooth tab of the AUTOMATIC1111 WebUI with the formulas of the community training research
// @description:zh-CN  在 AUTOMATIC1111 WebUI 的 Dreambooth 标签页中按训练研究自动填写参数，并解释每个参数
// @description:ja     AUTOMATIC1111 WebUI の Dreambooth タブを学習研究の数値で自動入力し、各パラメータを説明します
// @license      MIT
// @homepageURL  https://github.com/dreambooth-companion/dreambooth-companion
// @supportURL   https://github.com/dreambooth-companion/dreambooth-companion/issues
// @icon         data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAz0lEQVR42u2ZywkDIRRFpwCLsRyXVpES0kf2AUuZPtwYCLMdgxBCQhDED+MbzoG3GQTvwVnIdVkAAETgjbLeKOeNCt6oOGjCew/bM7j2Rq0DQ+cm7al7hA8HhP8+Ed0isB4Y/nMSLf98nGRsjYCbSMDVCISJBEKNwNBQz9slbvfrz6RvufXTCeRAAAEEEEAg7tvjL1j6JkagJBwCCCCAQJ1AyTV4aoFe4RBAAAEE6mqVkptmrzWttYr4Ykt2tSi+3D1FvS7+geMUT0wAAEN5AShLEiQ4ipmIAAAAAElFTkSuQmCC
// @match        http://127.0.0.1/*
// @match        http://localhost/*
// @include      http://127.0.0.1:*/*
// @include      http://localhost:*/*
// @grant        none
// @run-at       document-idle
// @downloadURL  https://raw.githubusercontent.com/dreambooth-companion/dreambooth-companion/main/dist/dreambooth-companion.user.js
// @updateURL    https://raw.githubusercontent.com/dreambooth-companion/dreambooth-companion/main/dist/dreambooth-companion.meta.js
// ==/UserScript==

// The companion's language: 'auto' (the WebUI's, else the browser's), 'en', 'zh' (简体中文) or 'ja' (日本語).
var DREAMBOOTH_COMPANION_LANGUAGE = 'auto';
"use strict";
(() => {
  // src/i18n/en-tooltips.ts
  var EN_TOOLTIPS = {
    // Evidence: R:430 (frames with the same tokens merge into one concept), R:48 (do not use filewords unless needed), R:453 (every token back in the prompt); extension @4244f6b main.py:1972 ([filewords] is the default prompt)
    instancePrompt: [
      `The words that call your subject after training. A rare identifier plus a class noun ("sks woman") ties the concept to that class; every token you list here must also be in the prompt later to get the full concept back. [filewords], the extension's default prompt, reads a caption file per image instead: each frame with its own caption is its own concept (frames with the same caption merge into one), and the rate stays at 1e-5 whatever the frame count. The research advises a plain prompt unless you need per-image captions.`,
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
    // Evidence: R5 (steps from the sum, the rate from the largest concept: docs/formulas.md); R:445 (concepts will still be mixed)
    conceptsList: [
      "Trains several concepts from a JSON list. Steps use the sum of all concepts' frames, the learning rate the largest concept's frames (the lowest, safest rate). Equal frame counts keep the details of one concept from leaking into the others, though the research found concepts still mix somewhat.",
      "concept_list"
    ],
    // Evidence: R1, R10 (docs/formulas.md); extension @4244f6b train_dreambooth.py:957 (steps = epochs · examples), db_dataset.py:453 (two examples per frame with class images)
    epochs: [
      "How many passes over every instance image. The research counts steps per frame instead: 200 at 1e-5 without the text encoder, 100 with it. At batch size 1, gradient accumulation 1, 512 px and a constant scheduler, epochs equal those steps per frame; Autofill computes every other case (the line below). With class images the current extension runs two examples per frame in each epoch.",
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
    // Evidence: extension 07df22a train_dreambooth.py:455-460 (one optimizer, one rate for UNet and text encoder); @4244f6b main.py:747-752 (the UI defaults 2e-6 and 1e-6)
    textLearningRate: [
      "The rate for the text encoder. The research's trainer had one rate for the encoder and the UNet, so Autofill writes the same value here; the current extension's own default for the encoder is half the UNet's.",
      "Text encoder"
    ],
    // Evidence: R:392-404 (multipliers, the distortion warning); extension @4244f6b: main.py:756 (default constant_with_warmup), optimization.py:271,479-486 (cosine takes the Hard Resets count as cycles: a full wave at 1), :329,363-367 (polynomial refuses LR <= 1e-7), train_dreambooth.py:961,1916,2060 with db_dataset.py:453 (the curve is sized for instance images but stepped over instance and class images); the area rule: docs/formulas.md R9, src/core/lr-curve.ts
    scheduler: [
      "How the rate changes during training. The research measured the standard curves: constant (best) and constant_with_warmup need ×1 steps; its decaying linear, cosine, cosine_with_restarts and polynomial need ×2, and it warns that too high a multiplier distorts images even at low CFG. Autofill keeps the learning-rate area (rate × steps) of the research's constant plan: ×2 for those curves, a little more where the extension's curve ends before the run does. Names changed in January 2023: the extension's constant holds Starting Factor × rate until Scale Position (the research's constant only at factor 1), its linear ramps the rate up, and the research's linear is linear_with_warmup. Prefer constant_with_warmup (the extension's default) or constant at factor 1: with class images the extension's decaying curves end halfway through the run, its cosine is a full wave (down to 0 and back), and polynomial fails below a rate of 1e-7. cosine_annealing, its restarts variant and rex were not measured (counted as ×1).",
      "lr_scheduler; lr_scheduler step multipliers"
    ],
    // Evidence: R:368; extension @4244f6b: optimization.py:189-190,453-486 (which schedulers warm up, from 0), main.py:790 (default 500), train_dreambooth.py:1916,2060 with db_dataset.py:453 (stepped per training example, instance and class, plus one per epoch)
    warmupSteps: [
      "Steps at the start over which the rate climbs linearly from 0 to the value you set. Since January 2023 only constant_with_warmup, linear_with_warmup, cosine, cosine_with_restarts and polynomial use it, counted in training examples (epochs × frames, doubled when class images are used, plus one per epoch); in the December 2022 extension every scheduler but constant did. The current default of 500 can be a whole small run (5 frames with the text encoder are 500 steps): keep it under a tenth of the run.",
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
    // Evidence: extension @4244f6b optimization.py:271 (cosine: full waves of num_cycles), :308-318 (cosine_with_restarts), :445-449 (Min LR: cosine_annealing only), :479-486; db_config.py:57,66,68 (defaults 1e-6, 1, 1); R:385 (works as cosine by default); the curve: src/core/lr-curve.ts
    schedulerShape: [
      "Shapes of particular schedulers. Number of Hard Resets is the number of cycles for cosine (full waves: down to 0 and back up) and cosine_with_restarts (half waves); the research ran 1, i.e. no restart. Polynomial Power 1 as in the research. Min Learning Rate is the floor of cosine_annealing and its restarts variant only. Autofill plans and draws the learning-rate curve with these values.",
      "lr_scheduler (cosine_with_restarts, polynomial)"
    ],
    scaleLr: [
      "Multiplies the rate by gradient accumulation × batch size × GPUs during training. The research's rates assume it is off: with it on, the trainer uses a much larger rate than the one you typed.",
      "scale_lr"
    ],
    // Evidence: R:292 (more memory, slower), R:300-305 (SPF_A), R7; extension @4244f6b db_dataset.py:486-506 (a batch takes instance and class examples alike)
    batchSize: [
      "Frames per step. Needs more memory. Larger batches train the concept in fewer but slower steps, not linearly: steps = (frames × steps per frame + extra steps) / √batch, where the extra steps are (batch − 1) × the steps per frame (÷ 1.5 without the text encoder); so the epochs grow with the batch (each frame is seen more often). Pick a size that divides your frame count evenly, at most the frame count. In the current extension a batch counts class images too: with prior preservation a batch of N holds about N/2 of your frames.",
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
      "Training resolution. Above 512 px each frame needs more steps: steps per frame × (resolution / 512)², so 768 px needs 450 (225 with the text encoder). Training several resolutions at once (dynamic resolution) avoids the cropped images generated at the base size after training above it, but the research calls it experimental: it worked at batch size 1 only, with resize turned off and copies of each frame per resolution.",
      "Resolution and training on model 768; (Experimental) Dynamic Resolution"
    ],
    // Evidence: R:149-151 (FN · 200 or FN · 100), R11; extension 07df22a main.py:852 (the Dec 2022 field takes a total)
    classImages: [
      'Class images for prior preservation, which limits overfitting and language drift. The research uses as many class images per frame as base steps per frame at 1e-5: 200, or 100 with the text encoder, whatever the resolution (they do not grow with it). The December 2022 field "Total Number of Class/Reg Images" wants that number times your frame count. 0 turns prior preservation off for the concept.',
      "Prior Preservation Loss: number of class images"
    ],
    // Evidence: R:155 (1, not finished measuring); extension 07df22a main.py:261 (1.0), @4244f6b main.py:849-853 (0.75), train_dreambooth.py:1862-1872 (SD 1.x/2.x: the class loss is not added since 60603ee, 2023-08-25), :1898 (SDXL uses the weight), :878,1853,1856 (the scaled weight reaches only the loss without class images)
    priorLossWeight: [
      "How much the class images count against your images. The research's trainer used 1 and had not finished measuring it; the extension's default is 1 in December 2022 and 0.75 since January 2023. In the current extension it takes effect for SDXL only: since August 2023 the class loss of SD 1.x/2.x models is not added, and the scaled variants change nothing either way.",
      "prior_loss_weight"
    ],
    // Evidence: not in the research (its Prior Preservation Loss section, R:143-147, says nothing of how class images are generated)
    classGeneration: [
      "Settings for generating the class images (guidance, sampling steps, negative prompt). Not covered by the research: they shape the class images prior preservation trains on, not the step count or the rate.",
      "not covered by the research (class image generation)"
    ],
    // Evidence: R:279-283 (rounding thresholds); src/webui/form.ts PRECISION_OF ("no" = fp32); extension @4244f6b utils.py:238-251 (bf16 chosen where supported); R13 (Full Mixed Precision)
    mixedPrecision: [
      'Number format of training. "no" is fp32, the best quality; fp16 and, rounding more, bf16 (chosen by the current extension where the GPU supports it) are faster. The research saw rounding start below 1e-2 in bf16, 1e-3 in fp16 and 1e-6 in fp32, so every Dreambooth rate is in the 16-bit rounding zone, which matters most with Full Mixed Precision on. fp16 cannot hold a rate under about 6e-8 at all.',
      "Number formats; mixed_precision"
    ],
    // Evidence: R: Number formats (fp16 rounds below 1e-3, loses under ~6e-8; bf16 rounds below 1e-2); extension @4244f6b: main.py:578-579 (on by default, shown), :1274-1284, train_dreambooth.py:570-573 (applied under fp16 and bf16)
    fullMixedPrecision: [
      "Holds the UNet's weights in the mixed-precision type itself instead of fp32, to save memory. The current extension has it on by default and applies it under fp16 and bf16 alike. Updates then round in that type: in the research fp16 rounds below a rate of 1e-3 and loses rates under about 6e-8; bf16 has no such floor but rounds the most, below 1e-2. At the research's rates (around 1e-6) most updates are rounded away: untick it when memory allows.",
      "Number formats"
    ],
    use8bitAdam: [
      "8-bit Adam needs much less video memory for a small, often invisible loss of accuracy. bitsandbytes also has a 32-bit Adam that is faster than torch's.",
      "use_8bit_adam"
    ],
    // Evidence: R:410 (8-bit Adam ≈ 32-bit); extension @4244f6b dreambooth.js:255,280 (adaptive optimizers: the LR field is a multiplier, 0.05–1; Lion wants a lower rate), train_dreambooth.py:1937-1938 (step = d × LR)
    optimizer: [
      "The update rule. The research measured (8-bit) Adam only; 8-bit barely differs from 32-bit. Lion, SGD, Adafactor and the others were not measured and usually want other rates (the extension's own hint suggests a lower one for Lion): Autofill offers the Adam rate unticked. Adaptive optimizers (D-Adaptation, Prodigy) estimate the step size themselves; their Learning Rate field is a multiplier of about 0.05 to 1, so Autofill leaves it alone.",
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
    dontCacheLatents: [
      "The December 2022 extension's inverted form of Cache Latents: checked, the encoded training images are not kept in video memory, which saves memory and slows training. Leave it unchecked when memory allows, and always when the batch holds every frame.",
      "not_cache_latents"
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
    // Evidence: R:16 (asked in the thread, not answered); extension @4244f6b: train_dreambooth.py (use_ema keeps an averaged UNet copy)
    ema: [
      "Keeps an exponential moving average of the UNet's weights beside them, which smooths training at the cost of memory. The research did not measure EMA (it was asked in the thread, not answered).",
      "not covered by the research"
    ],
    // Evidence: extension @4244f6b: diff_to_sd.py:449-452,480 and image_builder.py:98, dreambooth.js:308,336 (only choose which UNet is written or used for images)
    emaOutput: [
      "Chooses which UNet goes into the saved model, or makes the preview images: the averaged (EMA) copy or the trained one. Needs Use EMA. It does not change training.",
      "not covered by the research"
    ],
    // Evidence: extension @4244f6b: db_config.py:40, main.py:1097 (ema_predict is stored and shown, read nowhere else)
    emaPredict: [
      "Has no effect in the current extension: the setting is saved but no code reads it.",
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
    // Evidence: R:93 (the formulas aim to make comparison saves unnecessary), R:157 (the advanced formula is an experiment); extension @4244f6b dreambooth.js:339-340, 07df22a train_dreambooth.py:810-820 (lifetime counting)
    saveFrequency: [
      `How often to save a checkpoint or previews. The research's formulas aim at a step count that needs no comparison checkpoints, but the advanced formula is still an experiment: keep a save near the end and a few previews to check the result. "Use Lifetime Steps/Epochs When Saving" counts the interval over the model's whole training history instead of this session.`,
      "save_interval; Foreword"
    ],
    // Evidence: extension @4244f6b: main.py:989-1003,1871-1895 and ui_functions.py:393-414 (both feed Generate Sample Images), main.py:996,1882 (Sample Batch Size is passed nowhere; the button passes Class Batch Size)
    sampleCount: [
      "Preview images, not class images (those come from Class Images Per Instance Image). Number of Samples to Generate: how many previews the Generate Sample Images button, or each save of a concept, makes. Sample Batch Size: how many at once; the current extension does not use it. Neither changes what the model learns.",
      "not covered by the research (image generation)"
    ],
    // Evidence: R:91 (tested 1.4, 1.5, 2.1-512, 2.1-768), R:19,57,70 (commenters: weaker 2.1 results); extension @4244f6b main.py:1286-1290 (SDXL, base resolution 1024)
    modelSetup: [
      "Which model is created, loaded or trained. The research tested SD 1.4, 1.5 and 2.1 (512 and 768 px: set the resolution to 768 for 768 models); commenters found 2.1 harder to train with the same numbers. SDXL, Imagic, inpainting models and Unfreeze Model are outside its formulas.",
      "not covered by the research (model setup)"
    ],
    savingFiles: [
      "What files are written and when. Output only: training itself is unchanged.",
      "not covered by the research (saving)"
    ],
    // Evidence: not in the research; extension @4244f6b main.py:1845 (Batch Size/Epochs to Simulate feed Debug Buckets), the class generation settings (txt2img, library, scheduler) make the class images
    imageGeneration: [
      'How preview and class images are generated. Previews show progress and do not change what the model learns; "Generate Classification Images Using txt2img" and the image generation library and scheduler make the class images it trains on. Batch Size/Epochs to Simulate only feed the bucket debugging, Graph Smoothing Steps the loss graph. Not covered by the research.',
      "not covered by the research (image generation)"
    ],
    extensionTools: [
      "A convenience or housekeeping setting of the extension (pauses, logging, webhooks, bucket cropping). It does not enter the research's formulas.",
      "not covered by the research (extension tools)"
    ],
    // Evidence: extension @4244f6b main.py:613-614 (Clip Skip default 2), :671-672 (Shuffle Tags on); the research's trainer (07df22a): last CLIP layer, no tag shuffling, no offset noise, Min SNR or DREAM
    unmeasuredOptions: [
      "A training option the research did not measure. The plan holds best with the research trainer's neutral values: Clip Skip 1 (the extension's default is 2), no tag shuffling (on by default), Offset Noise 0, Min SNR 0, DREAM off. Change them only when you are testing them on purpose.",
      "not covered by the research"
    ],
    // The kohya_ss GUI's Dreambooth tab (v26.0.0 and master; line numbers of v26.0.0). It drives sd-scripts'
    // train_db.py (sdxl_train.py for SDXL); R16 and "Exports" in docs/formulas.md say how it counts.
    // Evidence: kohya_gui/class_source_model.py:166-170; dreambooth_gui.py:769-794 (repeats from "<n>_" folder names); sd-scripts library/train_util.py:2114-2138 (repeats × images)
    kohyaImageFolder: [
      `The folder holding one folder per concept, named <repeats>_<token> <class> ("20_sks person"). sd-scripts takes each folder's images as many times per epoch as its number says, and the rest of the name as the caption of every image without a .txt caption. The research's frames are the images of a concept: steps and rate follow their count, and Autofill's steps assume the folder names it shows.`,
      "Concepts and filewords; R16"
    ],
    // Evidence: kohya_gui/class_folders.py:134-143; dreambooth_gui.py:803-811 (reg_factor 2 with a regularisation folder); sd-scripts library/train_util.py:1586 (class images are samples of their own, weighted by prior_loss_weight)
    kohyaRegFolder: [
      "Class (regularisation) images for prior preservation. sd-scripts draws each of them as a sample of its own beside your images, so with this folder set every step of the research costs two samples (R16), and the GUI doubles its own step count. The research generated class images per instance image; Autofill says how many and in which folder name.",
      "Prior Preservation Loss; R16"
    ],
    // Evidence: R7 (docs/formulas.md); kohya_gui/class_basic_training.py:88-94
    kohyaBatchSize: [
      "Images per step. The research's steps shrink with the batch size by √BS (plus a small correction, R7), and a batch size that divides the frame count keeps every batch full. Autofill turns those steps into the GUI's Max train steps.",
      "Batch size (R7)"
    ],
    // Evidence: kohya_gui/dreambooth_gui.py:958 (passed on as epoch); sd-scripts train_db.py:277-278 (epochs follow from max_train_steps)
    kohyaEpoch: [
      "How many epochs the run covers. With Max train steps set, sd-scripts counts the epochs itself and stops at the steps inside the last one; Autofill writes the epochs the planned steps cover, so the two agree.",
      "num_train_epochs; R16"
    ],
    // Evidence: kohya_gui/class_basic_training.py:100-107 (info: overrides max_train_steps); sd-scripts train_db.py:219-224
    kohyaMaxTrainEpoch: [
      "Above 0 it replaces Max train steps with whole epochs, which the research's step counts do not come in. Keep it at 0 so the planned steps are what runs.",
      "Number of training steps (max_train_steps)"
    ],
    // Evidence: R1–R9, R16 (docs/formulas.md); kohya_gui/dreambooth_gui.py:751-830 (0: derived from folders, ×2 with regularisation), :1008; sd-scripts train_db.py:277 (steps are optimizer updates: batches ÷ gradient accumulation)
    kohyaMaxTrainSteps: [
      "The run's length in sd-scripts' steps: optimizer updates, that is batches ÷ gradient accumulation, and with class images two samples per research step (R16). The research's formulas give its steps from the frame count, rate, resolution, batch size and scheduler; Autofill converts them. At 0 the GUI derives steps from the folders' repeats and its Epoch instead.",
      "Number of training steps (max_train_steps); R16"
    ],
    // Evidence: R9 (docs/formulas.md); kohya_gui/class_basic_training.py:160-178; sd-scripts library/train_util.py:5265 (diffusers' schedulers, sized to the run as the research's were)
    kohyaScheduler: [
      "How the rate changes over the run. The research's constant needs the fewest steps; a curve that falls to 0 over the run (linear, cosine) trains at half the rate on average, so it needs twice the steps (R9). Schedulers the research did not measure are planned as constant.",
      "lr_scheduler (R9)"
    ],
    // Evidence: R4, R5 (docs/formulas.md); kohya_gui/class_basic_training.py:256-267
    kohyaLearningRate: [
      "The UNet's rate. The advanced formula keeps steps per frame fixed and scales the rate: LR = 1e-5 × strength / frames of one concept (the largest, with several). A lower rate with proportionally more steps breaks images up at high CFG, the research warns.",
      "Advanced Dreambooth Formula; learning_rate"
    ],
    // Evidence: research trainer 07df22a train_dreambooth.py:455-460 (one rate for UNet and text encoder); kohya_gui/class_basic_training.py:268-300 (TE, TE1/TE2 for SDXL; 0 = not trained); dreambooth_gui.py:922-923
    kohyaTextLearningRate: [
      "The text encoder's rate (TE1 and TE2 for SDXL's two). The research's trainer had one rate for both, so Autofill writes the UNet's here; 0 leaves the text encoder untrained, which the research's steps per frame (200 instead of 100) account for.",
      "learning_rate; Train Text Encoder"
    ],
    // Evidence: R9 warmup (docs/formulas.md); kohya_gui/dreambooth_gui.py:834-844 (steps override the %); sd-scripts library/train_util.py:5276 (a % is a share of the run)
    kohyaWarmup: [
      "The first part of the run, during which the rate climbs from 0. A warmup up to a tenth of the run keeps the research's numbers; a longer one under-trains. The steps override the %; Autofill writes your share in the planned run's steps.",
      "lr_warmup_steps (R9)"
    ],
    // Evidence: R2 (docs/formulas.md); kohya_gui/class_basic_training.py:370-376
    kohyaResolution: [
      "The training size (width,height). Steps per frame grow with the area: ×(resolution / 512)², 768 px needs 2.25 times the steps of 512 px. The larger side counts.",
      "Resolution (R2)"
    ],
    // Evidence: R1 (docs/formulas.md); kohya_gui/class_basic_training.py:378-384, dreambooth_gui.py:1074-1076 (the slider's value goes to --stop_text_encoder_training as is); sd-scripts train_db.py:172,230-231 (a step number; -1 = never trained), train_db.py:340-348 (at the stop training_models becomes the bare UNet, which accelerator.accumulate(*training_models) cannot unpack: TypeError; kohya_ss #2695), library/train_util.py:4896-4899,4937-4938 with train_db.py:198 (an 8-bit optimizer built twice from a generator: empty parameter list)
    kohyaStopTextEncoder: [
      "When the text encoder stops training. Despite its label the GUI passes the value on to sd-scripts as a step number (0 = the whole run, -1 = not at all), and train_db.py crashes at any step it stops the text encoder inside the run (kohya_ss #2695): leave it at 0. -1 also crashes it with an 8-bit optimizer such as AdamW8bit (the GUI's default); there a text encoder rate of 0 leaves it untrained. Autofill sets these and removes a --stop_text_encoder_training from Additional parameters. The research trained it all run (100 steps per frame) or not at all (200).",
      "Train Text Encoder; R16"
    ],
    // Evidence: R8 (docs/formulas.md); kohya_gui/class_advanced_training.py:81-88; sd-scripts train_db.py:277
    kohyaGradAccum: [
      "Adds up gradients over several batches before one update, when memory is short. It is close to, not equal to, a larger batch and needs √GA times the research's steps; sd-scripts counts one step per update. The research advises 1.",
      "gradient_accumulation_steps (R8)"
    ],
    // Evidence: R13 (docs/formulas.md); kohya_gui/class_accelerate_launch.py:21-26
    kohyaPrecision: [
      'Number format of training: "no" is fp32, fp16 and bf16 are faster and round small numbers. Every Dreambooth rate lies in the 16-bit rounding zone the research measured; fp16 cannot hold a rate under about 6e-8 at all.',
      "Number formats; mixed_precision"
    ],
    // Evidence: R13 (docs/formulas.md); kohya_gui/class_advanced_training.py:261-269
    kohyaFullPrecision: [
      "Holds the weights themselves in fp16 or bf16, which keeps no update much smaller than the weights: at Dreambooth's rates most of the training is rounded away. Off keeps the planned rate.",
      "Number formats"
    ],
    // Evidence: R15 (docs/formulas.md); kohya_gui/class_basic_training.py:190-222
    kohyaOptimizer: [
      "The update rule. The research measured (8-bit) Adam only: for others Autofill offers the Adam rate unticked. Adaptive optimizers (DAdaptation, Prodigy) set their own step size, so Autofill writes no rate for them.",
      "use_8bit_adam; not covered for adaptive optimizers"
    ]
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

  // src/i18n/ja-tooltips.ts
  var JA_TOOLTIPS = {
    instancePrompt: [
      "学習後に被写体を呼び出す言葉。珍しい識別子とクラス名（「sks woman」）の組み合わせで、コンセプトがそのクラスに結び付きます。ここに書いたトークンは、後でプロンプトにもすべて書かないとコンセプトを完全には呼び出せません。[filewords]（拡張機能の既定のプロンプト）は代わりに画像ごとのキャプションファイルを読みます。その場合、キャプションの異なる教師画像はそれぞれ独立したコンセプトになり（同じキャプションの画像は 1 つにまとまります）、枚数にかかわらず学習率は 1e-5 のままです。研究は、画像ごとのキャプションが必要でない限り普通のプロンプトを勧めています。",
      "Main parameters: instance_prompt; Class based training; Concepts and filewords（主要パラメーター：instance_prompt／クラスベースの学習／コンセプトと filewords）"
    ],
    classPrompt: [
      "被写体の一般的なクラス（例：「a woman」）を表すプロンプトで、正則化（prior preservation）用の正則化画像（クラス画像）を生成します。クラス全体（ほかの女性など）が被写体に似ていくのを防ぎます。",
      "Prior Preservation Loss"
    ],
    prompt: [
      "Instance Images では被写体を呼び出す言葉（識別子とクラス名、または [filewords]。こちらは学習率を 1e-5 に保ち、教師画像 1 枚ずつを独立したコンセプトにします）。Class Images では正則化（prior preservation）用の正則化画像を作る一般的なクラスです。",
      "Main parameters: instance_prompt; Prior Preservation Loss; Concepts and filewords（主要パラメーター：instance_prompt／Prior Preservation Loss／コンセプトと filewords）"
    ],
    instanceToken: [
      "[filewords] 使用時、各キャプションで被写体を表す固有の単語。画像に写っているのにプロンプトに書かれていないものもコンセプトの一部になります。書いたトークンは、呼び出すときにも書く必要があります。",
      "Additional information on prompt and concept_list（プロンプトと concept_list についての補足）"
    ],
    classToken: [
      "[filewords] 使用時の被写体のクラス名（「woman」「dog」）。すべての画像に見えるもの（黒髪、画風）もクラストークンとして働くため、正則化（prior preservation）でもドリフト（ずれ）を完全には防げません。",
      "Additional information on prompt and concept_list（プロンプトと concept_list についての補足）"
    ],
    directory: [
      "このコンセプトの教師画像（インスタンス画像）のフォルダー（Instance Images の下）または正則化画像（クラス画像）のフォルダー（Class Images の下）。教師画像 1 枚が式の「フレーム」1 つです。ステップ数は枚数とともに増え、学習率は下がります。",
      "Concepts and filewords; concept_list（コンセプトと filewords／concept_list）"
    ],
    classDirectory: [
      "このコンセプトの正則化画像のフォルダー。コンセプトごとに別のフォルダーにすると、正則化画像がコンセプト間で重複しません。",
      "concept_list"
    ],
    conceptsList: [
      "JSON のリストから複数のコンセプトを学習します。ステップ数は全コンセプトの教師画像の合計で、学習率は最も枚数の多いコンセプトで計算します（最も低く安全な学習率）。枚数をそろえると、あるコンセプトの細部が他に漏れ込むのを防げますが、研究ではそれでもコンセプトはある程度混ざりました。",
      "concept_list"
    ],
    epochs: [
      "すべての教師画像を何周するか。研究は代わりに 1 枚あたりのステップ数で数えます：1e-5 でテキストエンコーダーなしなら 200、ありなら 100。バッチサイズ 1、勾配累積 1、512 px、constant スケジューラーのときはエポック数がこの 1 枚あたりのステップ数に等しく、それ以外は自動入力が計算します（下の行）。正則化画像があると、現在の拡張機能は各エポックで教師画像 1 枚につき 2 つの学習例を回します。",
      "Full pass steps and compensation; num_train_epochs（1 周のステップ数と補正／num_train_epochs）"
    ],
    maxTrainSteps: [
      "総学習ステップ数。0 より大きいとエポック数より優先されます。研究の式はこの数を直接出します：教師画像の枚数 × 1 枚あたりのステップ数を、バッチサイズ・勾配累積・スケジューラーで補正した値です。",
      "Number of training steps (max_train_steps)（学習ステップ数（max_train_steps））"
    ],
    conceptMaxSteps: [
      "このコンセプトのステップ数の上限（-1 = なし）。研究は全コンセプトの教師画像の合計からまとめてステップ数を出すので、-1 のままにして合計を設定してください。",
      "concept_list"
    ],
    learningRate: [
      "1 ステップでモデルをどれだけ動かすか。上級式は 1 枚あたりのステップ数を固定し、学習率のほうを調整します：学習率 = 1e-5 × 強度 ÷ 1 つのコンセプトの教師画像の枚数（複数なら最も多いもの）。研究はその逆、学習率を下げてその分ステップを増やすやり方に注意を促しています。高い CFG で画像が崩れ、学習率が低いほど崩れ始める CFG も低くなります。",
      "Advanced Dreambooth Formula; learning_rate（上級 Dreambooth 式／learning_rate）"
    ],
    textLearningRate: [
      "テキストエンコーダーの学習率。研究のトレーナーはテキストエンコーダーと UNet に 1 つの学習率しか持たなかったので、自動入力はここに同じ値を書き込みます。現在の拡張機能自身の既定値は UNet の半分です。",
      "Text encoder（テキストエンコーダー）"
    ],
    scheduler: [
      "学習中に学習率がどう変わるか。研究が測定したのは標準の曲線です：constant（最良）と constant_with_warmup はステップ数 ×1、減衰する linear、cosine、cosine_with_restarts、polynomial は ×2 が必要で、倍率が高すぎると低い CFG でも画像が崩れると警告しています。Autofill は学習率の面積（学習率 × ステップ数）を研究の constant の計画と同じにします：これらの曲線は ×2、拡張機能の曲線が学習より先に終わる場合はもう少し多めです。2023 年 1 月に名前が変わりました：拡張機能の constant は Scale Position まで開始係数 × 学習率を保ち（係数 1 のときだけ研究の constant）、linear は学習率を引き上げ、研究の linear は linear_with_warmup です。constant_with_warmup（拡張機能の既定）か係数 1 の constant がおすすめです：正則化画像があると拡張機能の減衰する曲線は学習の途中で終わってしまい、cosine は 1 周期の波（0 まで下がって戻る）で、polynomial は学習率 1e-7 未満でエラーになります。cosine_annealing とそのリスタート版、rex は測定されていません（×1 として数えます）。",
      "lr_scheduler; lr_scheduler step multipliers（lr_scheduler／lr_scheduler のステップ倍率）"
    ],
    warmupSteps: [
      "学習の最初に、学習率が 0 から設定値まで直線的に上がるステップ数。2023 年 1 月以降は constant_with_warmup、linear_with_warmup、cosine、cosine_with_restarts、polynomial だけが使い、学習サンプル単位で数えます（エポック数 × 教師画像の枚数、正則化画像があれば 2 倍、さらにエポックごとに 1）。2022 年 12 月版では constant 以外のすべてのスケジューラーが使っていました。現在の既定値 500 は小さな学習 1 回分にもなります（テキストエンコーダーありの教師画像 5 枚なら 500 ステップ）。学習全体の 1 割以内にしてください。",
      "warmup (lr_warmup_steps)（warmup（lr_warmup_steps））"
    ],
    startFactor: [
      "拡張機能の constant スケジューラーは Scale Position（スケールの位置）まで学習率にこの開始係数（定数/線形開始係数）を掛けます。linear スケジューラーはその間に係数 × 学習率から学習率まで上げます。既定値 0.5 では constant が学習の前半で学習率を半分にし、研究の計画では学習不足になります。1 なら constant は研究の constant と同じです。2022 年 12 月版にはありません。",
      "lr_scheduler (constant); not covered for the extension's curves（lr_scheduler（constant）／拡張機能独自の曲線は研究の対象外）"
    ],
    scalePosition: [
      "Scale Position（スケールの位置）：constant と linear の開始係数が続く学習の割合（0 ～ 1、既定 0.5）で、cosine_annealing の期間でもあります。開始係数が 1 なら constant には影響しません。2022 年 12 月版にはありません。",
      "not covered by the research (the extension's curves)（研究の対象外（拡張機能独自の曲線））"
    ],
    schedulerShape: [
      "特定のスケジューラーの形。ハードリセット数は cosine（完全な波：0 まで下がって戻る）と cosine_with_restarts（半波）の周期数で、研究は 1（リスタートなし）でした。多項式累乗は研究と同じ 1。最低学習率は cosine_annealing とそのリスタート版の下限にだけ使われます。自動入力はこれらの値で計画し、学習率の曲線を描きます。",
      "lr_scheduler (cosine_with_restarts, polynomial)（lr_scheduler（cosine_with_restarts、polynomial））"
    ],
    scaleLr: [
      "学習中、学習率に勾配累積 × バッチサイズ × GPU 数を掛けます。研究の学習率はこれがオフである前提です。オンにすると、トレーナーは入力した値よりずっと大きい学習率を使います。",
      "scale_lr"
    ],
    batchSize: [
      "1 ステップで処理する教師画像の枚数。より多くの VRAM が必要です。バッチが大きいほどコンセプトを少ない（ただし遅い）ステップで学習できますが、比例はしません：ステップ数 =（枚数 × 1 枚あたりのステップ数 + 追加ステップ）÷ √バッチサイズ。追加ステップは（バッチサイズ − 1）× 1 枚あたりのステップ数（テキストエンコーダーなしではさらに ÷ 1.5）です。そのためバッチが大きいほどエポック数は増えます（各画像を見る回数が増える）。枚数を割り切れて、枚数以下のサイズを選んでください。現在の拡張機能ではバッチに正則化画像も数えられ、正則化を使うとバッチサイズ N のうち教師画像は約 N/2 枚です。",
      "train_batch_size"
    ],
    gradAccum: [
      "VRAM が足りないとき、数ステップ分の勾配を足し合わせて大きなバッチを模倣します。本物のバッチに近いものの同じではなく、√GA 倍のステップが必要です。研究の推奨は 1 です。",
      "gradient_accumulation_steps"
    ],
    classBatchSize: [
      "正則化画像を一度に何枚生成するか（研究の sample_batch_size）。速度と VRAM だけで、学習には影響しません。",
      "sample_batch_size"
    ],
    textEncoder: [
      "テキストエンコーダーも学習します（比率：その割合のエポックの間）。コンセプトの再現性は上がりますが、VRAM を多く使い、1 枚あたりのステップ数は半分になります：1e-5 で 200 ではなく 100。0 と 1 の間の比率は補間で、研究が測定したのはオフとオンだけです。",
      "Text encoder（テキストエンコーダー）"
    ],
    trainUnet: [
      "画像モデル本体を学習します。研究では常に学習しており、オフにするとテキストエンコーダーだけでコンセプトを覚えることになります。",
      "not covered by the research（研究の対象外）"
    ],
    resolution: [
      "学習解像度。512 px を超えると 1 枚あたりのステップ数が増えます：1 枚あたりのステップ数 ×（解像度 ÷ 512）²。768 px なら 450（テキストエンコーダーありで 225）です。複数の解像度で同時に学習する（動的解像度）と、高い解像度での学習後に基本サイズで生成した画像が見切れるのを防げますが、研究では実験的な方法とされています。バッチサイズ 1、リサイズなし、解像度ごとに教師画像のコピーを用意した場合にのみ機能しました。",
      "Resolution and training on model 768; (Experimental) Dynamic Resolution（解像度と 768 モデルでの学習／（実験的）動的解像度）"
    ],
    classImages: [
      "正則化（prior preservation）に使う正則化画像で、過学習や言語ドリフトを抑えます。研究では教師画像 1 枚あたりの正則化画像を 1e-5 での基本ステップ数と同じにします：200 枚、テキストエンコーダーありなら 100 枚で、解像度には関係しません（解像度で増えません）。2022 年 12 月版の「Total Number of Class/Reg Images」（正則化画像の総数）には、この数に教師画像の枚数を掛けた値を入れます。0 でそのコンセプトの正則化をオフにします。",
      "Prior Preservation Loss: number of class images（Prior Preservation Loss：正則化画像の枚数）"
    ],
    priorLossWeight: [
      "正則化画像をお使いの画像に対してどれだけ重視するか。研究のトレーナーは 1 を使い、測定は終わっていませんでした。拡張機能の既定値は 2022 年 12 月版で 1、2023 年 1 月以降は 0.75 です。現行の拡張機能で効くのは SDXL だけです：2023 年 8 月以降、SD 1.x/2.x のモデルでは正則化の損失が足されず、学習中に変化させる設定はどちらでも何も変えません。",
      "prior_loss_weight"
    ],
    classGeneration: [
      "正則化画像を生成する設定（ガイダンス、サンプリングステップ数、ネガティブプロンプト）。研究の対象外です：正則化で学習する正則化画像の見た目を決めますが、ステップ数や学習率には影響しません。",
      "not covered by the research (class image generation)（研究の対象外（正則化画像の生成））"
    ],
    mixedPrecision: [
      "学習の数値形式。「no」は fp32 で最も高品質、fp16 と、さらに丸めの大きい bf16（GPU が対応していれば現在の拡張機能の既定）は高速です。研究では丸めが bf16 で 1e-2 未満、fp16 で 1e-3 未満、fp32 で 1e-6 未満から始まり、Dreambooth の学習率はどれも 16 ビットの丸めの範囲にあります。完全混合精度（Full Mixed Precision）がオンのときに最も影響します。fp16 は約 6e-8 未満の学習率をまったく表せません。",
      "Number formats; mixed_precision（数値形式／mixed_precision）"
    ],
    fullMixedPrecision: [
      "VRAM を節約するため、UNet の重みを fp32 ではなく混合精度の型そのもので保持します。現行の拡張機能では既定でオンで、fp16 でも bf16 でも適用されます。更新はその型で丸められます：研究によれば fp16 は学習率 1e-3 未満で丸めが始まり、約 6e-8 未満では失われます。bf16 にはこの下限はありませんが丸めが最も大きく、1e-2 未満で丸められます。研究の学習率（1e-6 前後）では更新の大半が丸めで消えるため、VRAM に余裕があればオフにしてください。",
      "Number formats（数値形式）"
    ],
    use8bitAdam: [
      "8bit Adam は VRAM が大幅に少なくて済み、精度の低下はわずかで、たいてい目に見えません。bitsandbytes には torch のものより速い 32bit Adam もあります。",
      "use_8bit_adam"
    ],
    optimizer: [
      "更新の規則。研究が測定したのは（8 ビット）Adam だけで、8 ビットと 32 ビットの差はほとんどありません。Lion、SGD、Adafactor などは測定されておらず、普通は別の学習率が必要です（拡張機能自身のヒントは Lion に低めの値を勧めています）：自動入力は Adam の学習率をチェックなしで提示します。適応型オプティマイザー（D-Adaptation、Prodigy）はステップの大きさを自分で見積もり、その学習率の欄は約 0.05～1 の倍率なので、自動入力は変更しません。",
      "use_8bit_adam; not covered for adaptive optimizers（use_8bit_adam／適応型オプティマイザーは研究の対象外）"
    ],
    memoryAttention: [
      "アテンションの実装：default、xformers、flash_attention。VRAM と速度が変わるだけで、結果は変わりません。古い xformers は RTX 30/40 で fp32 学習を受け付けませんでした（0.0.17 で修正）。",
      "Attention types; xformers problem（アテンションの種類／xformers の問題）"
    ],
    gradientCheckpointing: [
      "アクティベーションを保存せずに再計算します。VRAM が大幅に減り、少し遅くなりますが、品質は同じです。大きなバッチの余地が生まれます。",
      "gradient_checkpointing"
    ],
    dontCacheLatents: [
      "2022 年 12 月版の拡張機能にある、Cache Latents の逆の設定です。チェックするとエンコード済みの教師画像を VRAM に保持せず、VRAM は節約できますが学習は遅くなります。VRAM に余裕があればチェックを外し、バッチに全教師画像が入るなら必ず外してください。",
      "not_cache_latents"
    ],
    cacheLatents: [
      "エンコード済みの教師画像を VRAM に保持します。学習は速くなり、VRAM は多く使います。バッチに全教師画像が入るならキャッシュしない意味はありません。",
      "not_cache_latents"
    ],
    gradsToNone: [
      "勾配を 0 にする代わりに解放します。VRAM が少し減り、少し速くなります。研究では品質への影響は見られませんでした。",
      "set_grads_to_none"
    ],
    padTokens: [
      "短いプロンプトをモデルの最大長までパディングします。影響は小さく、生成時に教師画像の特徴が少し強めに出ます。",
      "pad_tokens"
    ],
    extractEma: [
      "モデル作成時のオプション：元のチェックポイントに EMA の重みがあれば、完全版ではなく EMA 版の UNet からモデルを作ります。学習は変わりません。研究は両者を比べていません。",
      "not covered by the research (model setup)（研究の対象外（モデル設定））"
    ],
    ema: [
      "UNet の重みとは別に、その指数移動平均を保持し、VRAM と引き換えに学習を滑らかにします。研究は EMA を測定していません（スレッドで質問はありましたが、答えはありませんでした）。",
      "not covered by the research（研究の対象外）"
    ],
    emaOutput: [
      "保存するモデルに入れる UNet、またはプレビュー画像を作る UNet を、平均した（EMA）コピーと学習したものから選びます。Use EMA が必要です。学習は変わりません。",
      "not covered by the research（研究の対象外）"
    ],
    emaPredict: [
      "現行の拡張機能では効果がありません：設定は保存されますが、どのコードも読みません。",
      "not covered by the research（研究の対象外）"
    ],
    useLora: [
      "モデル全体ではなく小さな LoRA の重みを学習します。研究が測定したのはフルファインチューニングだけで、その学習率は LoRA には低すぎるため、自動入力は LoRA の欄には決して書き込みません。",
      "not covered by the research (LoRA)（研究の対象外（LoRA））"
    ],
    loraSettings: [
      "LoRA の設定。研究の式はフルファインチューニング用で LoRA には当てはまりません。LoRA の学習率は桁違いに高くなります。",
      "not covered by the research (LoRA)（研究の対象外（LoRA））"
    ],
    saveFrequency: [
      "チェックポイントやプレビューを保存する頻度。研究の式は比較用のチェックポイントが要らないステップ数を目指していますが、上級の式はまだ実験段階です：終盤に 1 回保存し、いくつかのプレビューで結果を確かめてください。「Use Lifetime Steps/Epochs When Saving」（通算のステップ数／エポック数で保存）は、今回の学習ではなくモデルの学習履歴全体で間隔を数えます。",
      "save_interval; Foreword（save_interval／まえがき）"
    ],
    sampleCount: [
      "プレビュー画像のことで、正則化画像ではありません（正則化画像の枚数は Class Images Per Instance Image で決まります）。Number of Samples to Generate：「Generate Sample Images」ボタン、またはコンセプトの保存ごとに作るプレビューの枚数。Sample Batch Size：一度に作る枚数で、現行の拡張機能は使っていません。どちらもモデルが学ぶ内容は変えません。",
      "not covered by the research (image generation)（研究の対象外（画像生成））"
    ],
    modelSetup: [
      "作成・読み込み・学習するモデル。研究は SD 1.4、1.5、2.1（512 と 768 px：768 のモデルでは解像度を 768 に）を試しました。コメントでは、2.1 は同じ数値では学習しにくいと報告されています。SDXL、Imagic、インペインティングモデル、Unfreeze Model は式の対象外です。",
      "not covered by the research (model setup)（研究の対象外（モデル設定））"
    ],
    savingFiles: [
      "どのファイルをいつ書き出すか。出力だけの設定で、学習そのものは変わりません。",
      "not covered by the research (saving)（研究の対象外（保存））"
    ],
    imageGeneration: [
      "プレビュー画像と正則化画像の生成方法。プレビューは進み具合を見るためのもので、モデルが学ぶ内容は変えません。「Generate Classification Images Using txt2img」と画像生成ライブラリ・スケジューラーは、学習に使う正則化画像を作ります。Batch Size/Epochs to Simulate（シミュレートするバッチサイズ／エポック数）はバケットのデバッグ、Graph Smoothing Steps は損失グラフにだけ使われます。研究の対象外です。",
      "not covered by the research (image generation)（研究の対象外（画像生成））"
    ],
    extensionTools: [
      "拡張機能の便利機能や管理用の設定（一時停止、ログ、Webhook、バケットのクロップ）。研究の式には入りません。",
      "not covered by the research (extension tools)（研究の対象外（拡張機能のツール））"
    ],
    unmeasuredOptions: [
      "研究で測定されていない学習オプション。計画は研究のトレーナーと同じ中立の値で最もよく当てはまります：Clip Skip 1（拡張機能の既定は 2）、タグのシャッフルなし（既定はオン）、Offset Noise 0、Min SNR 0、DREAM オフ。意図して試すとき以外は変えないでください。",
      "not covered by the research（研究の対象外）"
    ],
    kohyaImageFolder: [
      "コンセプトごとのフォルダーを入れるフォルダー。各フォルダーは <繰り返し回数>_<トークン> <クラス>（「20_sks person」）と名付けます。sd-scripts は各フォルダーの画像を 1 エポックに名前の数字の回数ずつ使い、名前の残りを .txt キャプションのない画像のキャプションにします。研究の教師画像は 1 つのコンセプトの画像で、ステップ数と学習率はその枚数で決まります。自動入力のステップ数は、表示するフォルダー名を前提にしています。",
      "Concepts and filewords; R16（コンセプトと filewords／R16）"
    ],
    kohyaRegFolder: [
      "正則化のための正則化画像。sd-scripts はそれぞれを 1 つのサンプルとして画像と並べて使うため、このフォルダーを設定すると研究の 1 ステップが 2 サンプルになり（R16）、GUI 自身のステップ数も 2 倍になります。研究は教師画像 1 枚ごとに正則化画像を生成しました。自動入力は必要な枚数とフォルダー名を示します。",
      "Prior Preservation Loss; R16（正則化の損失／R16）"
    ],
    kohyaBatchSize: [
      "1 ステップの画像数。研究のステップ数はバッチサイズに応じて √BS で減り（わずかな補正つき、R7）、教師画像の枚数を割り切るバッチサイズならどのバッチも満杯になります。自動入力はそれを GUI の Max train steps に換算します。",
      "Batch size (R7)（バッチサイズ、R7）"
    ],
    kohyaEpoch: [
      "学習が及ぶエポック数。Max train steps を設定すると sd-scripts はエポック数を自分で数え、最後のエポックの途中でそのステップ数に達して止まります。自動入力は計画のステップ数が及ぶエポック数を書くので、両者は一致します。",
      "num_train_epochs; R16"
    ],
    kohyaMaxTrainEpoch: [
      "0 より大きいと Max train steps を丸ごとのエポック数で置き換えますが、研究のステップ数はエポック単位ではありません。計画のステップ数で学習するよう 0 のままにしてください。",
      "Number of training steps (max_train_steps)（学習ステップ数）"
    ],
    kohyaMaxTrainSteps: [
      "sd-scripts の数え方での学習の長さ：オプティマイザーの更新回数、つまりバッチ数 ÷ 勾配累積で、正則化画像があると研究の 1 ステップが 2 サンプルです（R16）。研究の式は教師画像の枚数・学習率・解像度・バッチサイズ・スケジューラーからステップ数を出し、自動入力がそれを換算します。0 のとき GUI はフォルダーの繰り返し回数と Epoch（エポック数）からステップ数を求めます。",
      "Number of training steps (max_train_steps); R16（学習ステップ数／R16）"
    ],
    kohyaScheduler: [
      "学習中の学習率の変わり方。研究の constant が最も少ないステップで済みます。学習中に 0 まで下がる曲線（linear、cosine）は平均で半分の学習率なので、2 倍のステップが必要です（R9）。研究で未測定のスケジューラーは constant として計画します。",
      "lr_scheduler (R9)"
    ],
    kohyaLearningRate: [
      "UNet の学習率。上級式は 1 枚あたりのステップ数を固定し、学習率のほうを調整します：学習率 = 1e-5 × 強度 ÷ 1 つのコンセプトの教師画像の枚数（複数なら最も多いもの）。学習率を下げてその分ステップを増やすと、高い CFG で画像が崩れると研究は注意しています。",
      "Advanced Dreambooth Formula; learning_rate（上級 Dreambooth 式／learning_rate）"
    ],
    kohyaTextLearningRate: [
      "テキストエンコーダーの学習率（SDXL では 2 つ：TE1 と TE2）。研究のトレーナーは両者で 1 つの学習率だったので、自動入力は UNet と同じ値を書きます。0 ではテキストエンコーダーを学習せず、研究の 1 枚あたりのステップ数（100 ではなく 200）がそれを織り込んでいます。",
      "learning_rate; Train Text Encoder（learning_rate／テキストエンコーダーの学習）"
    ],
    kohyaWarmup: [
      "学習の最初の区間で、学習率が 0 から上がっていきます。学習の 10 分の 1 までのウォームアップなら研究の数値が保たれ、それより長いと学習不足になります。ステップ数の指定が % より優先されます。自動入力はお使いの割合を計画の学習のステップ数で書きます。",
      "lr_warmup_steps (R9)"
    ],
    kohyaResolution: [
      "学習サイズ（幅,高さ）。1 枚あたりのステップ数は面積に比例して増えます：×(解像度 / 512)²、768 px は 512 px の 2.25 倍のステップが必要です。大きい方の辺で数えます。",
      "Resolution (R2)（解像度、R2）"
    ],
    kohyaStopTextEncoder: [
      "テキストエンコーダーの学習を止める時点。ラベルは % ですが、GUI は値をそのままステップ数として sd-scripts に渡します（0 = 全期間、-1 = 学習しない）。学習の途中で止めると train_db.py はそのステップで異常終了するため（kohya_ss #2695）、0 のままにしてください。GUI の AdamW8bit のような 8 ビットのオプティマイザーでは -1 でも異常終了するので、学習しないならテキストエンコーダーの学習率を 0 にします。自動入力はそのように設定し、Additional parameters の --stop_text_encoder_training を削除します。研究ではテキストエンコーダーを全期間学習（1 枚 100 ステップ）するか、まったく学習しません（200 ステップ）。",
      "Train Text Encoder; R16（テキストエンコーダーの学習／R16）"
    ],
    kohyaGradAccum: [
      "VRAM が足りないとき、数バッチ分の勾配を足し合わせてから 1 回更新します。大きなバッチに近いものの同じではなく、研究のステップ数の √GA 倍が必要です。sd-scripts は 1 回の更新を 1 ステップと数えます。研究の推奨は 1 です。",
      "gradient_accumulation_steps (R8)"
    ],
    kohyaPrecision: [
      "学習の数値形式：「no」は fp32、fp16 と bf16 は高速ですが小さな数を丸めます。研究の測定では Dreambooth の学習率はどれも 16 ビットの丸めの範囲にあり、fp16 は約 6e-8 未満の学習率をまったく表せません。",
      "Number formats; mixed_precision（数値形式／mixed_precision）"
    ],
    kohyaFullPrecision: [
      "重みそのものを fp16 や bf16 で持つため、重みよりずっと小さい更新は残りません。Dreambooth の学習率では学習の大半が丸めで失われます。オフなら計画の学習率で学習します。",
      "Number formats（数値形式）"
    ],
    kohyaOptimizer: [
      "更新の規則。研究が測定したのは（8 ビット）Adam だけです。ほかのオプティマイザーでは、自動入力は Adam の学習率をチェックなしで提示します。適応型オプティマイザー（DAdaptation、Prodigy）はステップの大きさを自分で決めるので、自動入力は学習率を書きません。",
      "use_8bit_adam; not covered for adaptive optimizers（use_8bit_adam／適応型オプティマイザーは研究の対象外）"
    ]
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

  // src/i18n/zh-tooltips.ts
  var ZH_TOOLTIPS = {
    instancePrompt: [
      "训练后用来触发主体的提示词。少见的标识词加类别名词（如“sks woman”）会把概念绑定到该类别；这里写的每个词，以后生成时都要写进提示词，才能完整还原概念。[filewords]（扩展的默认提示词）则改为读取每张图的标注文件：标注各不相同的实例图各自成为一个概念（标注相同的会合并为一个），无论有多少张，学习率都保持 1e-5。研究建议：除非确实需要逐图标注，请用普通提示词。",
      "Main parameters: instance_prompt; Class based training; Concepts and filewords（主要参数：instance_prompt；基于类别的训练；概念与 filewords）"
    ],
    classPrompt: [
      "描述主体所属的一般类别（如“a woman”），用于生成先验保留所需的类别图，防止模型对整个类别的印象被你的主体带偏。",
      "先验保留损失（Prior Preservation Loss）"
    ],
    prompt: [
      "在“Instance Images”下：触发主体的提示词（标识词加类别名词，或 [filewords]——学习率保持 1e-5，每张实例图自成一个概念）。在“Class Images”下：用来生成先验保留所需类别图的一般类别。",
      "Main parameters: instance_prompt; Prior Preservation Loss; Concepts and filewords（主要参数：instance_prompt；先验保留损失；概念与 filewords）"
    ],
    instanceToken: [
      "使用 [filewords] 时，标注中代表主体的专属触发词。图里有、但标注没写到的内容照样会并入概念；标注里写了的词，生成时也必须写上才能触发。",
      "Additional information on prompt and concept_list（关于提示词和 concept_list 的补充说明）"
    ],
    classToken: [
      "使用 [filewords] 时主体的类别名词（“woman”“dog”）。每张图都出现的东西（黑发、某种画风）也会充当类别词，所以先验保留无法完全阻止漂移。",
      "Additional information on prompt and concept_list（关于提示词和 concept_list 的补充说明）"
    ],
    directory: [
      "该概念的图片目录（Instance Images 下）或其类别图目录（Class Images 下）。每张实例图就是公式里的一“帧”：步数随实例图数量增加，学习率随之降低。",
      "Concepts and filewords; concept_list（概念与 filewords；concept_list）"
    ],
    classDirectory: ["该概念的类别（正则化）图目录。每个概念用各自的目录，类别图就不会在概念之间重复。", "concept_list"],
    conceptsList: [
      "从 JSON 列表训练多个概念。步数按所有概念的实例图总数计算，学习率按实例图最多的概念计算（最低、最稳妥的学习率）。各概念实例图数量相同，可以避免一个概念的细节渗入其他概念，不过研究发现概念之间仍会有些混合。",
      "concept_list"
    ],
    epochs: [
      "遍历全部实例图的次数。研究改用“每张图的步数”：1e-5 时不训练文本编码器 200 步，训练则 100 步。批次大小为 1、梯度累加为 1、512 px 且调度器为 constant 时，轮数就等于每张图步数；其他情况由自动填写计算（见下方一行）。有类别图时，当前扩展每轮对每张实例图跑两个样本。",
      "Full pass steps and compensation; num_train_epochs（完整遍历步数与补偿；num_train_epochs）"
    ],
    maxTrainSteps: [
      "总训练步数；大于 0 时优先于轮数。研究的公式直接给出这个数：实例图数 × 每张图步数，再按批次大小、梯度累加和调度器修正。",
      "Number of training steps (max_train_steps)（训练步数（max_train_steps））"
    ],
    conceptMaxSteps: [
      "该概念的步数上限（-1 = 不限）。研究按所有概念的实例图总数一起算步数，所以保持 -1，改设总步数。",
      "concept_list"
    ],
    learningRate: [
      "每一步对模型改动的幅度。进阶公式固定每张图步数、按比例调整学习率：学习率 = 1e-5 × 强度 ÷ 单个概念的实例图数（多个概念时取最大的）。研究反对反过来做——降低学习率再按比例加步数：那样在高 CFG 下出图会崩坏，学习率越低，开始崩坏的 CFG 也越低。",
      "Advanced Dreambooth Formula; learning_rate（进阶 Dreambooth 公式；learning_rate）"
    ],
    textLearningRate: [
      "文本编码器的学习率。研究所用的训练器对文本编码器和 UNet 只有一个学习率，所以自动填写在这里写入相同的值；当前扩展自己的默认值是 UNet 学习率的一半。",
      "Text encoder（文本编码器）"
    ],
    scheduler: [
      "训练过程中学习率如何变化。研究测过标准曲线：constant（最佳）和 constant_with_warmup 按 ×1 步数；会衰减的 linear、cosine、cosine_with_restarts 和 polynomial 需要 ×2，并提醒倍数过高即使在低 CFG 下也会让出图失真。Autofill 让整个训练的学习率面积（学习率 × 步数）等于研究的 constant 方案：这些曲线按 ×2，扩展的曲线在训练结束前就走完时再多一点。2023 年 1 月起名称有变：扩展的 constant 在 Scale Position 之前保持起始系数 × 学习率（系数为 1 时才是研究中的 constant），它的 linear 会把学习率逐渐升高，研究中的 linear 在这里是 linear_with_warmup。建议使用 constant_with_warmup（扩展的默认值）或系数为 1 的 constant：有类别图时，扩展的衰减曲线在训练进行到一半时就已走完，它的 cosine 是一个完整的波形（降到 0 再回升），polynomial 在学习率低于 1e-7 时会报错。cosine_annealing 及其重启版本和 rex 研究没有测过（按 ×1 计算）。",
      "lr_scheduler; lr_scheduler step multipliers（lr_scheduler；lr_scheduler 步数倍率）"
    ],
    warmupSteps: [
      "训练开始时学习率从 0 线性升到设定值所用的步数。2023 年 1 月起只有 constant_with_warmup、linear_with_warmup、cosine、cosine_with_restarts 和 polynomial 使用它，按训练样本计数（轮数 × 实例图数，有类别图时翻倍，另加每轮 1 次）；2022 年 12 月版扩展中除 constant 外的调度器都使用它。当前默认值 500 可能就是一次小训练的全部（训练文本编码器时 5 张实例图就是 500 步）：请保持在训练的十分之一以内。",
      "warmup (lr_warmup_steps)（warmup（lr_warmup_steps））"
    ],
    startFactor: [
      "扩展的 constant 调度器在 Scale Position 之前把学习率乘以这个起始系数（Constant/Linear Starting Factor）；linear 调度器在这段时间内从系数 × 学习率升到学习率。默认值 0.5 会让 constant 在前一半训练中学习率减半，按研究方案会训练不足：设为 1 时，constant 就是研究中的 constant。2022 年 12 月版扩展没有此项。",
      "lr_scheduler (constant); not covered for the extension's curves（lr_scheduler（constant）；扩展自有曲线未被研究覆盖）"
    ],
    scalePosition: [
      "constant 和 linear 的起始系数持续的训练比例（0 到 1，默认 0.5），也是 cosine_annealing 的跨度。起始系数为 1 时对 constant 没有影响。2022 年 12 月版扩展没有此项。",
      "not covered by the research (the extension's curves)（研究未覆盖（扩展自有曲线））"
    ],
    schedulerShape: [
      "特定调度器的形状。Number of Hard Resets（硬重启次数）是 cosine（完整波形：降到 0 再回升）和 cosine_with_restarts（半个波形）的周期数；研究用的是 1，即不重启。Polynomial Power（多项式幂次）研究用 1。Min Learning Rate（最低学习率）只是 cosine_annealing 及其重启版本的下限。自动填写按这些值规划并画出学习率曲线。",
      "lr_scheduler (cosine_with_restarts, polynomial)（lr_scheduler（cosine_with_restarts、polynomial））"
    ],
    scaleLr: [
      "训练时把学习率乘以梯度累加 × 批次大小 × GPU 数。研究的学习率默认它是关闭的：开启后，训练器实际用的学习率会比你填的大得多。",
      "scale_lr"
    ],
    batchSize: [
      "每一步处理的实例图数（批次大小，页面上为 Batch Size）。需要更多显存。批次越大，训练概念所需步数越少但每步更慢，而且不是线性关系：步数 =（实例图数 × 每张图步数 + 额外步数）÷ √批次大小，其中额外步数 =（批次大小 − 1）× 每张图步数（不训练文本编码器时再 ÷ 1.5）；因此批次越大轮数越多（每张图被看到的次数更多）。请选能整除实例图数量、且不超过它的批次大小。当前扩展的批次也把类别图算在内：开启先验保留时，批次大小 N 里大约只有 N/2 张是你的实例图。",
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
      "Text encoder（文本编码器）"
    ],
    trainUnet: [
      "训练图像模型本身。研究始终训练它；关闭后只剩文本编码器来学习概念。",
      "not covered by the research（研究未覆盖）"
    ],
    resolution: [
      "训练分辨率。高于 512 px 时每张图需要更多步数：每张图步数 ×（分辨率 ÷ 512）²，所以 768 px 需要 450 步（训练文本编码器则 225 步）。同时训练多个分辨率（动态分辨率）可以避免高分辨率训练后在基础尺寸下生成的图片被裁切，但研究称其为实验性做法：只在批次大小为 1、关闭缩放、并为每个分辨率准备实例图副本时有效。",
      "Resolution and training on model 768; (Experimental) Dynamic Resolution（分辨率与在 768 模型上训练；（实验性）动态分辨率）"
    ],
    classImages: [
      "先验保留用的类别图，可减轻过拟合和语言漂移。研究让每张实例图对应的类别图数等于 1e-5 时的基础每张图步数：200 张，训练文本编码器时 100 张，与分辨率无关（不会随分辨率增加）。2022 年 12 月版的“Total Number of Class/Reg Images”（类别图总数）要填这个数乘以实例图数量。设为 0 即对该概念关闭先验保留。",
      "Prior Preservation Loss: number of class images（先验保留损失：类别图数量）"
    ],
    priorLossWeight: [
      "类别图相对于你的图片所占的权重。研究所用的训练器设为 1，且尚未测完；扩展的默认值在 2022 年 12 月版为 1，2023 年 1 月起为 0.75。在当前版本的扩展中它只对 SDXL 生效：自 2023 年 8 月起 SD 1.x/2.x 模型的类别损失不再计入，随训练变化的几个选项无论如何都不起作用。",
      "prior_loss_weight"
    ],
    classGeneration: [
      "生成类别图的设置（引导、采样步数、反向提示词）。研究没有涉及：它们决定先验保留所训练的类别图的样子，不影响步数和学习率。",
      "not covered by the research (class image generation)（研究未覆盖（类别图生成））"
    ],
    mixedPrecision: [
      "训练使用的数值格式。“no”即 fp32，质量最好；fp16 以及舍入更多的 bf16（当前扩展在显卡支持时默认选它）更快。研究发现舍入从 bf16 低于 1e-2、fp16 低于 1e-3、fp32 低于 1e-6 开始，所以 Dreambooth 的学习率都处在 16 位的舍入区间，开启 Full Mixed Precision（完全混合精度）时影响最大。fp16 根本无法表示约 6e-8 以下的学习率。",
      "Number formats; mixed_precision（数值格式；mixed_precision）"
    ],
    fullMixedPrecision: [
      "把 UNet 的权重直接以混合精度类型存放而不是 fp32，以节省显存。当前版本的扩展默认勾选，且在 fp16 和 bf16 下都会生效。更新随之在该类型中舍入：据研究，fp16 在学习率低于 1e-3 时舍入，约 6e-8 以下完全丢失；bf16 没有这个下限，但舍入最严重，低于 1e-2 就会舍入。按研究的学习率（约 1e-6），大部分更新会被舍掉：显存允许时请取消勾选。",
      "Number formats（数值格式）"
    ],
    use8bitAdam: [
      "8 位 Adam 显存占用小得多，精度损失很小，通常看不出来。bitsandbytes 还有一个比 torch 自带更快的 32 位 Adam。",
      "use_8bit_adam"
    ],
    optimizer: [
      "参数更新的规则。研究只测过（8 位）Adam；8 位与 32 位几乎没有差别。Lion、SGD、Adafactor 等都没测过，通常需要别的学习率（扩展自带提示对 Lion 建议更低的值）：自动填写给出的 Adam 学习率默认不勾选。自适应优化器（D-Adaptation、Prodigy）会自己估计步长，它们的学习率一栏是约 0.05～1 的倍数，所以自动填写不去改它。",
      "use_8bit_adam; not covered for adaptive optimizers（use_8bit_adam；自适应优化器未被研究覆盖）"
    ],
    memoryAttention: [
      "注意力的实现方式：default、xformers、flash_attention。只影响显存和速度，不影响结果。旧版 xformers 在 RTX 30/40 显卡上拒绝 fp32 训练（0.0.17 已修复）。",
      "Attention types; xformers problem（注意力类型；xformers 问题）"
    ],
    gradientCheckpointing: [
      "重新计算激活值而不是保存它们：显存大幅减少，速度稍慢，质量不变。可以腾出空间使用更大的批次。",
      "gradient_checkpointing"
    ],
    dontCacheLatents: [
      "2022 年 12 月版扩展中与 Cache Latents 相反的选项：勾选后不把训练图编码后的潜变量（latents）保存在显存中，省显存但训练变慢。显存够用时请不要勾选；批次已包含所有实例图时则一定不要勾选。",
      "not_cache_latents"
    ],
    cacheLatents: [
      "把训练图编码后的潜变量（latents）保存在显存中：训练更快，但更占显存。批次已包含所有实例图时，不缓存没有意义。",
      "not_cache_latents"
    ],
    gradsToNone: ["释放梯度而不是清零：稍省显存、稍快。研究没有看到对质量的影响。", "set_grads_to_none"],
    padTokens: ["把短提示词填充到模型的完整长度。影响轻微：生成时训练图的特征会复现得稍强一些。", "pad_tokens"],
    extractEma: [
      "创建模型时的选项：源检查点存有 EMA 权重时，用 EMA 版 UNet 而不是完整版来建模型。不影响训练；研究没有比较两者。",
      "not covered by the research (model setup)（研究未覆盖（模型设置））"
    ],
    ema: [
      "在 UNet 权重之外再保存一份它们的指数移动平均，使训练更平稳，但更占显存。研究没有测过 EMA（帖子里有人问过，没有答复）。",
      "not covered by the research（研究未覆盖）"
    ],
    emaOutput: [
      "选择保存到模型中、或用来生成预览图的 UNet：平均后的（EMA）副本还是训练的那一份。需要开启 Use EMA。它不改变训练。",
      "not covered by the research（研究未覆盖）"
    ],
    emaPredict: [
      "在当前版本的扩展中不起作用：该设置会被保存，但没有任何代码读取它。",
      "not covered by the research（研究未覆盖）"
    ],
    useLora: [
      "只训练小型的 LoRA 权重，而不是整个模型。研究只测过全量微调，其学习率远低于 LoRA 所需，所以自动填写绝不会把它写入 LoRA 的字段。",
      "not covered by the research (LoRA)（研究未覆盖（LoRA））"
    ],
    loraSettings: [
      "LoRA 设置。研究的公式针对全量微调，不适用于 LoRA——LoRA 的学习率要高出几个数量级。",
      "not covered by the research (LoRA)（研究未覆盖（LoRA））"
    ],
    saveFrequency: [
      "多久保存一次检查点或预览图。研究的公式力求算出的步数不需要为比较而多存检查点，但进阶公式仍是实验性的：请在接近结束时保存一次，并留几张预览图来检查结果。“Use Lifetime Steps/Epochs When Saving”（按总步数/轮数保存）按模型的全部训练历史而不是本次训练来计算间隔。",
      "save_interval; Foreword（save_interval；前言）"
    ],
    sampleCount: [
      "预览图，不是类别图（类别图数量由 Class Images Per Instance Image 决定）。Number of Samples to Generate：“Generate Sample Images”按钮或每次保存为一个概念生成多少张预览图。Sample Batch Size：一次生成多少张；当前版本的扩展没有使用它。两者都不改变模型学到的内容。",
      "not covered by the research (image generation)（研究未覆盖（图像生成））"
    ],
    modelSetup: [
      "创建、加载或训练哪个模型。研究测过 SD 1.4、1.5 和 2.1（512 与 768 px：768 模型请把分辨率设为 768）；评论者发现 2.1 用同样的数值更难训练。SDXL、Imagic、修复（inpainting）模型和 Unfreeze Model 不在其公式范围内。",
      "not covered by the research (model setup)（研究未覆盖（模型设置））"
    ],
    savingFiles: [
      "写出哪些文件、何时写出。只影响输出，训练本身不变。",
      "not covered by the research (saving)（研究未覆盖（保存））"
    ],
    imageGeneration: [
      "如何生成预览图和类别图。预览图用于观察进度，不改变模型学到的内容；“Generate Classification Images Using txt2img”以及图像生成库和调度器会生成模型所训练的类别图。Batch Size/Epochs to Simulate（模拟的批次大小/轮数）只用于调试分桶，Graph Smoothing Steps 只用于损失曲线图。研究没有涉及。",
      "not covered by the research (image generation)（研究未覆盖（图像生成））"
    ],
    extensionTools: [
      "扩展的便利或维护类设置（暂停、日志、Webhook、分桶裁剪）。不进入研究的公式。",
      "not covered by the research (extension tools)（研究未覆盖（扩展工具））"
    ],
    unmeasuredOptions: [
      "研究没有测过的训练选项。方案在研究所用训练器的中性取值下最可靠：Clip Skip 1（扩展默认为 2）、不打乱标签（默认开启）、Offset Noise 0、Min SNR 0、关闭 DREAM。除非有意测试，请不要改动。",
      "not covered by the research（研究未覆盖）"
    ],
    kohyaImageFolder: [
      "存放各概念文件夹的文件夹，每个概念一个文件夹，命名为 <重复次数>_<触发词> <类别>（“20_sks person”）。sd-scripts 每轮按文件夹名中的数字重复取用其中的图片，名字其余部分作为没有 .txt 标注的图片的标注。研究中的实例图就是一个概念的图片：步数和学习率都随其数量而定，自动填写的步数假定使用它给出的文件夹名。",
      "Concepts and filewords; R16（概念与 filewords；R16）"
    ],
    kohyaRegFolder: [
      "先验保留用的类别图（正则化图）。sd-scripts 把每张类别图作为单独的样本与你的图片一起取用，所以设了这个文件夹后，研究的每一步要花两个样本（R16），GUI 自己算的步数也会翻倍。研究按每张实例图生成类别图；自动填写会告诉你需要多少张、放在哪个文件夹名下。",
      "Prior Preservation Loss; R16（先验保留损失；R16）"
    ],
    kohyaBatchSize: [
      "每一步的图片数。研究的步数随批次大小按 √BS 减少（另有少量修正，R7），批次大小能整除实例图数时每个批次都是满的。自动填写会把这些步数换算成 GUI 的 Max train steps。",
      "Batch size (R7)（批次大小，R7）"
    ],
    kohyaEpoch: [
      "本次训练覆盖的轮数。设了 Max train steps 时，sd-scripts 自己计算轮数，并在最后一轮中途到达步数时停止；自动填写写入方案步数覆盖的轮数，两者一致。",
      "num_train_epochs; R16"
    ],
    kohyaMaxTrainEpoch: [
      "大于 0 时会用整轮数取代 Max train steps，而研究的步数并不按整轮来算。请保持为 0，让方案的步数生效。",
      "Number of training steps (max_train_steps)（训练步数）"
    ],
    kohyaMaxTrainSteps: [
      "按 sd-scripts 计数的训练长度：优化器更新次数，即批次数 ÷ 梯度累加，使用类别图时研究的每一步是两个样本（R16）。研究的公式根据实例图数、学习率、分辨率、批次大小和调度器给出步数；自动填写负责换算。为 0 时，GUI 会改为根据文件夹的重复次数和它的 Epoch（轮数）推算步数。",
      "Number of training steps (max_train_steps); R16（训练步数；R16）"
    ],
    kohyaScheduler: [
      "学习率在训练中的变化方式。研究的 constant 需要的步数最少；在训练中降到 0 的曲线（linear、cosine）平均只有一半的学习率，所以需要两倍步数（R9）。研究没有测过的调度器按 constant 规划。",
      "lr_scheduler (R9)"
    ],
    kohyaLearningRate: [
      "UNet 的学习率。进阶公式固定每张图步数、按比例调整学习率：学习率 = 1e-5 × 强度 ÷ 单个概念的实例图数（多个概念时取最大的）。研究提醒：降低学习率再按比例加步数，在高 CFG 下出图会崩坏。",
      "Advanced Dreambooth Formula; learning_rate（进阶 Dreambooth 公式；learning_rate）"
    ],
    kohyaTextLearningRate: [
      "文本编码器的学习率（SDXL 有两个：TE1 和 TE2）。研究所用的训练器两者只有一个学习率，所以自动填写在这里写入与 UNet 相同的值；0 表示不训练文本编码器，研究的每张图步数（200 而不是 100）已把这点算进去。",
      "learning_rate; Train Text Encoder（learning_rate；训练文本编码器）"
    ],
    kohyaWarmup: [
      "训练开始的一段，学习率从 0 往上爬。预热不超过训练的十分之一时，研究的数值仍然成立；更长则会训练不足。步数会覆盖百分比；自动填写按方案训练的步数写入你的预热比例。",
      "lr_warmup_steps (R9)"
    ],
    kohyaResolution: [
      "训练尺寸（宽,高）。每张图步数随面积增长：×(分辨率 / 512)²，768 px 需要 512 px 的 2.25 倍步数。按较大的一边计算。",
      "Resolution (R2)（分辨率，R2）"
    ],
    kohyaStopTextEncoder: [
      "文本编码器何时停止训练。尽管标签写的是百分比，GUI 却把数值作为步数原样传给 sd-scripts（0 = 全程，-1 = 不训练）；而只要在训练中途停止文本编码器，train_db.py 就会在那一步崩溃（kohya_ss #2695）：请保持 0。使用 8 位优化器（如 GUI 的 AdamW8bit）时 -1 也会让它崩溃，这时把文本编码器的学习率设为 0 即可不训练它。自动填写会这样设置，并删除 Additional parameters 中的 --stop_text_encoder_training。研究让文本编码器训练全程（每张图 100 步）或完全不训练（200 步）。",
      "Train Text Encoder; R16（训练文本编码器；R16）"
    ],
    kohyaGradAccum: [
      "显存不够时，把几个批次的梯度累加后再更新一次。它接近但不等于更大的批次，需要研究步数的 √GA 倍；sd-scripts 每次更新算一步。研究建议设为 1。",
      "gradient_accumulation_steps (R8)"
    ],
    kohyaPrecision: [
      "训练使用的数值格式：“no”即 fp32，fp16 和 bf16 更快，但会对小数值舍入。研究测得 Dreambooth 的学习率都处在 16 位的舍入区间；fp16 根本无法表示约 6e-8 以下的学习率。",
      "Number formats; mixed_precision（数值格式；mixed_precision）"
    ],
    kohyaFullPrecision: [
      "把权重本身也以 fp16 或 bf16 保存，远小于权重的更新都保不住：在 Dreambooth 的学习率下，大部分训练会被舍入掉。关闭才能按方案的学习率训练。",
      "Number formats（数值格式）"
    ],
    kohyaOptimizer: [
      "参数更新的规则。研究只测过（8 位）Adam：其他优化器自动填写给出的 Adam 学习率默认不勾选。自适应优化器（DAdaptation、Prodigy）自己决定步长，所以自动填写不为它们写学习率。",
      "use_8bit_adam; not covered for adaptive optimizers（use_8bit_adam；自适应优化器未被研究覆盖）"
    ]
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
  var PACKS = {
    en: { texts: EN, tooltips: EN_TOOLTIPS },
    zh: { texts: ZH, tooltips: ZH_TOOLTIPS },
    ja: { texts: JA, tooltips: JA_TOOLTIPS }
  };

  // src/webui/selectors.ts
  var GRADIO_APP = "gradio-app";
  var RENDERED_TABS = "#tabs";
  var GRADIO_TAB_BUTTON = '[role="tablist"] > button[role="tab"]';
  var TAB_IDS = ["tab_dreambooth_v2", "tab_dreambooth_interface"];
  var FIELD_LABEL = 'span[data-testid="block-info"], input[type="checkbox"] + span';
  var SAVE_BUTTON = "#db_save_config";
  var BLOCK = "div.block";
  var FIELD_IDS = { resolution: ["max_res"] };
  var SLIDER_RANGE = 'input[type="range"]';
  var SLIDER_NUMBER = 'input[data-testid="number-input"], input[type="number"]';
  var NUMBER_INPUT = 'input[type="number"]';
  var CHECKBOX_INPUT = 'input[type="checkbox"]';
  var TEXTBOX_INPUT = 'textarea, input[type="text"]';
  var DROPDOWN_INPUT = "input.border-none";
  var DROPDOWN_OPTION = "ul.options li[data-value]";
  var conceptDirectoryId = (concept) => `idd${concept}`;
  var conceptClassDirectoryId = (concept) => `cdd${concept}`;
  var CONCEPT_DIRECTORY_BOXES = '[id^="idd"], [id^="cdd"]';
  var BILINGUAL_WRAPPER = ".bilingual__trans_wrapper";
  var BILINGUAL_ORIGINAL = "em";
  var DARK_THEME_CLASS = "dark";

  // src/webui/components.ts
  function componentOf(labelElement, label, shownLabel = label) {
    const block = labelElement.closest(BLOCK) ?? labelElement.parentElement;
    if (!block) return null;
    const kind = block.querySelector(SLIDER_RANGE) ? "slider" : block.querySelector(CHECKBOX_INPUT) ? "checkbox" : block.querySelector(DROPDOWN_INPUT) ? "dropdown" : block.querySelector(NUMBER_INPUT) ? "number" : block.querySelector(TEXTBOX_INPUT) ? "textbox" : null;
    return kind ? { kind, label, shownLabel, block } : null;
  }
  function input(component, selector) {
    const element = component.block.querySelector(selector);
    if (!element) throw new Error(`${component.label}: its input is missing`);
    return element;
  }
  function readComponent(component) {
    switch (component.kind) {
      case "checkbox":
        return input(component, CHECKBOX_INPUT).checked;
      case "dropdown":
        return input(component, DROPDOWN_INPUT).value;
      case "textbox":
        return input(component, TEXTBOX_INPUT).value;
      case "slider":
        return parseNumber(input(component, SLIDER_NUMBER).value);
      case "number":
        return parseNumber(input(component, NUMBER_INPUT).value);
    }
  }
  function readText(component) {
    const value = readComponent(component);
    if (typeof value === "boolean") return value ? "on" : "off";
    if (component.kind === "slider" || component.kind === "number") {
      return input(component, component.kind === "slider" ? SLIDER_NUMBER : NUMBER_INPUT).value;
    }
    return String(value);
  }
  function parseNumber(text2) {
    if (text2.trim() === "") return null;
    const value = Number(text2);
    return Number.isFinite(value) ? value : null;
  }
  function limitsOf(component) {
    if (component.kind !== "slider") return null;
    const range = input(component, SLIDER_RANGE);
    const min = Number(range.getAttribute("min") ?? "0");
    const max = Number(range.getAttribute("max") ?? "100");
    const step = Number(range.getAttribute("step") ?? "1");
    return { min, max, step: step > 0 ? step : 1 };
  }
  function fitValue(component, value) {
    if (!Number.isFinite(value)) return { ok: false, why: "not-finite" };
    const limits = limitsOf(component);
    if (value < 0 && !(limits && limits.min <= value)) return { ok: false, why: "negative" };
    if (!limits) return { ok: true, value };
    if (value < limits.min || value > limits.max) {
      return { ok: false, why: "range", min: limits.min, max: limits.max };
    }
    const steps = Math.round((value - limits.min) / limits.step);
    const decimals = (String(limits.step).split(".")[1] ?? "").length;
    const snapped = Number((limits.min + steps * limits.step).toFixed(decimals));
    return { ok: true, value: Math.min(limits.max, snapped) };
  }
  function eventsOf(target) {
    const view = target.ownerDocument.defaultView ?? globalThis;
    return { Event: view.Event, FocusEvent: view.FocusEvent, MouseEvent: view.MouseEvent };
  }
  function dispatch(target, type) {
    target.dispatchEvent(new (eventsOf(target)).Event(type, { bubbles: true }));
  }
  function writeComponent(component, value) {
    switch (component.kind) {
      case "number":
      case "slider": {
        if (value !== "" && (typeof value !== "number" || !Number.isFinite(value)))
          throw new Error(`${component.label}: refusing to write ${String(value)}`);
        const text2 = String(value);
        const targets = component.kind === "slider" ? [input(component, SLIDER_NUMBER), input(component, SLIDER_RANGE)] : [input(component, NUMBER_INPUT)];
        for (const target of targets) {
          target.value = text2;
          dispatch(target, "input");
        }
        return;
      }
      case "checkbox": {
        const box = input(component, CHECKBOX_INPUT);
        if (typeof value !== "boolean") throw new Error(`${component.label}: refusing to write ${String(value)}`);
        if (box.checked === value) return;
        box.checked = value;
        dispatch(box, "change");
        return;
      }
      case "textbox": {
        const area = input(component, TEXTBOX_INPUT);
        area.value = String(value ?? "");
        dispatch(area, "input");
        return;
      }
      case "dropdown": {
        const filter = input(component, DROPDOWN_INPUT);
        const { FocusEvent, MouseEvent } = eventsOf(filter);
        filter.dispatchEvent(new FocusEvent("focus"));
        const option = [...component.block.querySelectorAll(DROPDOWN_OPTION)].find(
          (item) => item.getAttribute("data-value") === value
        );
        if (!option) {
          filter.dispatchEvent(new FocusEvent("blur"));
          throw new Error(`${component.label}: "${String(value)}" is not one of its options`);
        }
        option.dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
        return;
      }
    }
  }
  async function selectOption(component, value) {
    const filter = input(component, DROPDOWN_INPUT);
    const { FocusEvent, MouseEvent } = eventsOf(filter);
    filter.dispatchEvent(new FocusEvent("focus"));
    const find = () => [...component.block.querySelectorAll(DROPDOWN_OPTION)].find((item) => item.getAttribute("data-value") === value);
    let option = find();
    for (let tick = 0; !option && tick < 5; tick++) {
      await Promise.resolve();
      option = find();
    }
    if (!option) {
      filter.dispatchEvent(new FocusEvent("blur"));
      throw new Error(`${component.label}: "${value}" is not one of its options`);
    }
    option.dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
  }

  // src/webui/fields.ts
  var FIELDS = {
    epochs: ["Training Steps Per Image (Epochs)"],
    maxTrainSteps: ["Max Training Steps"],
    learningRate: ["Learning Rate"],
    textLearningRate: ["Text Encoder Learning Rate"],
    batchSize: ["Batch Size"],
    gradAccum: ["Gradient Accumulation Steps"],
    textEncoderRatio: ["Step Ratio of Text Encoder Training"],
    trainTextEncoder: ["Train Text Encoder"],
    resolution: ["Max Resolution", "Resolution"],
    scheduler: ["Learning Rate Scheduler"],
    startFactor: ["Constant/Linear Starting Factor"],
    scalePosition: ["Scale Position"],
    cycles: ["Number of Hard Resets"],
    power: ["Polynomial Power"],
    minLearningRate: ["Min Learning Rate"],
    warmupSteps: ["Learning Rate Warmup Steps"],
    precision: ["Mixed Precision"],
    optimizer: ["Optimizer"],
    useLora: ["Use LORA"],
    scaleLr: ["Scale Learning Rate"],
    fullMixedPrecision: ["Full Mixed Precision"],
    model: ["Model"],
    apiKey: ["API Key"]
  };
  var CONCEPT_FIELDS = {
    instanceDirectory: ["Directory", "Dataset Directory"],
    classDirectory: ["Directory", "Classification Dataset Directory"],
    instancePrompt: ["Prompt", "Instance Prompt"],
    classImagesPerInstance: ["Class Images Per Instance Image"],
    classImagesTotal: ["Total Number of Class/Reg Images"]
  };

  // src/webui/locate.ts
  function findTabElement(doc) {
    const root = doc.querySelector("gradio-app")?.shadowRoot ?? doc;
    for (const id of TAB_IDS) {
      const tab = root.querySelector(`#${id}`);
      if (tab) return tab;
    }
    return null;
  }
  function normaliseLabel(text2) {
    return text2.replace(/[\p{Extended_Pictographic}\u2139\u24d8\u2753\u2754\ufe0f\u200b]/gu, " ").replace(/\s+/g, " ").trim();
  }
  function englishLabels(localization = {}) {
    let translate = translators.get(localization);
    if (!translate) {
      const reverse = /* @__PURE__ */ new Map();
      for (const [english, shown] of Object.entries(localization)) {
        const key = normaliseLabel(shown);
        reverse.set(key, [...reverse.get(key) ?? [], english]);
      }
      translate = (shown) => {
        const text2 = normaliseLabel(shown);
        return [text2, ...reverse.get(text2) ?? []];
      };
      translators.set(localization, translate);
    }
    return translate;
  }
  var translators = /* @__PURE__ */ new WeakMap();
  function readLabel(element, toEnglish) {
    const wrapper = element.querySelector(BILINGUAL_WRAPPER);
    if (wrapper) {
      const emphasised = normaliseLabel(wrapper.querySelector(BILINGUAL_ORIGINAL)?.textContent ?? "");
      const plain = normaliseLabel(
        [...wrapper.childNodes].filter((node) => node.nodeType === 3).map((node) => node.textContent).join(" ")
      );
      const parts = [emphasised, plain].filter(Boolean);
      const english = [...new Set(parts.flatMap(toEnglish))];
      const shown2 = parts.find((part) => /[^\x00-\x7f]/.test(part)) ?? parts[0] ?? "";
      return { english, direct: parts, shown: shown2, element };
    }
    const shown = normaliseLabel(element.textContent ?? "");
    return { english: [...new Set(toEnglish(shown))], direct: [shown], shown, element };
  }
  function labelsIn(scope, toEnglish) {
    return [...scope.querySelectorAll(FIELD_LABEL)].map((element) => readLabel(element, toEnglish));
  }
  var blockOf = (entry) => entry.element.closest(BLOCK) ?? entry.element;
  var oneBlock = (entries) => new Set(entries.map(blockOf)).size === 1;
  function lookup(aliases, within, ids = []) {
    for (const alias of aliases) {
      let matches = within.filter((entry) => entry.english.includes(alias));
      if (matches.length > 0 && !oneBlock(matches)) {
        const direct = matches.filter((entry) => entry.direct.includes(alias));
        const byId = matches.filter((entry) => ids.some((id) => blockOf(entry).closest(`#${id}`)));
        const decided = [direct, byId].find((entries) => entries.length > 0 && oneBlock(entries));
        if (!decided) return { ambiguous: true };
        matches = decided;
      }
      const match = matches[0];
      if (match) {
        const component = componentOf(match.element, alias, match.shown);
        if (component) return { component };
      }
    }
    return null;
  }
  function locateTab(tabElement, localization = {}) {
    const toEnglish = englishLabels(localization);
    const labels = labelsIn(tabElement, toEnglish);
    const has = (label) => labels.some((entry) => entry.english.includes(label));
    const generation = detectGeneration(tabElement, has);
    const concepts = conceptScopes(tabElement, labels);
    const inConcept = (element) => concepts.some((scope) => scope.contains(element));
    const outside = labels.filter((entry) => !inConcept(entry.element));
    const found = /* @__PURE__ */ new Map();
    for (const key of Object.keys(FIELDS)) found.set(key, lookup(FIELDS[key], outside, FIELD_IDS[key]));
    const componentOfLookup = (result) => result && "component" in result ? result.component : null;
    return {
      root: tabElement,
      generation,
      concepts,
      labels,
      ambiguous: [...found].filter(([, result]) => result !== null && "ambiguous" in result).map(([key]) => key),
      find: (key) => componentOfLookup(found.get(key)),
      findInConcept: (key, concept) => {
        const scope = concepts[concept - 1];
        if (!scope) return null;
        const anchorId = key === "instanceDirectory" ? conceptDirectoryId(concept) : key === "classDirectory" ? conceptClassDirectoryId(concept) : null;
        const anchor = anchorId ? tabElement.querySelector(`#${anchorId}`) : null;
        const anchorLabel = anchor?.querySelector(FIELD_LABEL);
        if (anchorLabel) return componentOf(anchorLabel, CONCEPT_FIELDS[key][0], readLabel(anchorLabel, toEnglish).shown);
        const classPart = classScope(tabElement, scope, concept);
        const within = labels.filter((entry) => {
          if (!scope.contains(entry.element)) return false;
          if (key.startsWith("instance")) return !classPart?.contains(entry.element);
          if (key === "classDirectory" && classPart) return classPart.contains(entry.element);
          return true;
        });
        return componentOfLookup(lookup(CONCEPT_FIELDS[key], within));
      }
    };
  }
  function detectGeneration(tab, has) {
    if (tab.id === "tab_dreambooth_v2") return "current";
    if (has("Max Training Steps") || has("Train Text Encoder")) return "2022-12";
    if (has("Optimizer")) return "2023-04";
    return "2023-01";
  }
  function classScope(tab, scope, concept) {
    const classBox = tab.querySelector(`#${conceptClassDirectoryId(concept)}`);
    const instanceBox = tab.querySelector(`#${conceptDirectoryId(concept)}`);
    if (!classBox || !instanceBox || !scope.contains(classBox)) return null;
    let part = classBox;
    while (part.parentElement && part.parentElement !== scope && !part.parentElement.contains(instanceBox))
      part = part.parentElement;
    return part;
  }
  function conceptScopes(tab, labels) {
    const anchors = [];
    for (let concept = 1; ; concept++) {
      const box = tab.querySelector(`#${conceptDirectoryId(concept)}`);
      if (!box) break;
      anchors.push(box);
    }
    if (anchors.length === 0) {
      for (const entry of labels) if (entry.english.includes("Dataset Directory")) anchors.push(entry.element);
    }
    return anchors.map((anchor) => {
      let scope = anchor;
      while (scope.parentElement && scope.parentElement !== tab && !anchors.some((other) => other !== anchor && scope.parentElement.contains(other))) {
        scope = scope.parentElement;
      }
      return scope;
    });
  }
  function fieldBlockAt(target, tab) {
    const element = target instanceof Element ? target : null;
    const block = element?.closest(BLOCK);
    if (!block || !tab.contains(block)) return null;
    const labelElement = block.querySelector(FIELD_LABEL);
    return labelElement ? { labelElement, block } : null;
  }
  function englishLabelOf(labelElement, localization) {
    return readLabel(labelElement, englishLabels(localization)).english;
  }
  function saveButtonLabel(tabElement) {
    const button = tabElement.querySelector(SAVE_BUTTON);
    return button && readLabel(button, (shown) => [shown]).shown || "Save Settings";
  }
  function takeTitle(labelElement) {
    const title = labelElement.getAttribute("title");
    if (title === null) return null;
    labelElement.removeAttribute("title");
    return title.trim() === "" ? null : title;
  }

  // src/core/constants.ts
  var BASE_LR = 1e-5;
  var BASE_RESOLUTION = 512;
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
  var STRENGTHS = {
    low_end: 0.2,
    ultra_soft: 0.25,
    very_soft: 0.33,
    soft: 0.5,
    medium: 1,
    hard: 2,
    very_hard: 3,
    ultra_hard: 4,
    high_end: 5
  };
  var DEFAULT_STRENGTH = "medium";
  var STRENGTH_RANGE = { min: 0.2, max: 5 };
  var MEASURED_SCHEDULERS = {
    research: ["constant", "constant_with_warmup", "linear", "cosine", "cosine_with_restarts", "polynomial"],
    extension: ["constant_with_warmup", "linear_with_warmup", "cosine", "cosine_with_restarts", "polynomial"]
  };
  var SCHEDULER_TAIL_LIMIT = 0.1;
  var SCHEDULER_FAMILIES = ["research", "extension"];
  var EXTENSION_SCHEDULER_DEFAULTS = {
    startFactor: 0.5,
    scalePosition: 0.5,
    /** Number of Hard Resets, Polynomial Power and Min Learning Rate (db_config.py:57,66,68). */
    cycles: 1,
    power: 1,
    minLearningRate: 1e-6
  };
  var WARMUP_SHARE = { warnAbove: 0.1, proposed: 0.05, step: 5 };
  var MODES = ["advanced", "standard", "filewords"];
  var PRECISIONS = ["fp16", "bf16", "tf32", "fp32", "fp64"];
  var EXTENSION_CONSTANT = "constant_with_warmup";
  var POLYNOMIAL_END_RATE = 1e-7;
  var WEIGHT_UPDATE_FLOOR = {
    fp16: 0.05 * 2 ** -11,
    bf16: 0.05 * 2 ** -8
  };
  var PRECISION_LIMITS = {
    fp16: { smallest: 596e-10, roundsBelow: 1e-3 },
    bf16: { smallest: 1e-38, roundsBelow: 0.01 },
    tf32: { smallest: 1e-38, roundsBelow: 1e-3 },
    fp32: { smallest: 1e-38, roundsBelow: 1e-6 },
    fp64: { smallest: 223e-310, roundsBelow: 1e-15 }
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
  function trimZeros(text2) {
    return text2.includes(".") ? text2.replace(/\.?0+$/, "") : text2;
  }
  function formatSteps(rawSteps) {
    return Number.isInteger(rawSteps) ? String(rawSteps) : rawSteps.toFixed(2);
  }

  // src/core/rules.ts
  function baseStepsPerFrame(textEncoderRatio) {
    return 200 - 100 * textEncoderRatio;
  }
  function resolutionFactor(resolution) {
    return (resolution / BASE_RESOLUTION) ** 2;
  }
  function stepsPerFrameAt(textEncoderRatio, resolution) {
    return baseStepsPerFrame(textEncoderRatio) * resolutionFactor(resolution);
  }
  function standardStepsPerFrame(stepsPerFrame, learningRate) {
    return stepsPerFrame * (BASE_LR / learningRate);
  }
  function advancedLearningRate(strength, lrFrames) {
    return withoutFloatNoise(BASE_LR * strength / lrFrames);
  }
  function impliedStrength(lrFrames, learningRate) {
    return lrFrames * learningRate / BASE_LR;
  }
  function isStrengthInRange(strength) {
    return strength >= STRENGTH_RANGE.min && strength <= STRENGTH_RANGE.max;
  }
  function totalFrames(concepts) {
    return concepts.reduce((sum2, frames) => sum2 + frames, 0);
  }
  function learningRateFrames(concepts) {
    return Math.max(...concepts);
  }
  function conceptsAreUnequal(concepts) {
    return concepts.some((frames) => frames !== concepts[0]);
  }
  function additionalStepsPerFrame(stepsPerFrame, textEncoderRatio) {
    if (textEncoderRatio === 1) return stepsPerFrame;
    const exact = stepsPerFrame * ((1 - textEncoderRatio) / 1.5 + textEncoderRatio);
    return Math.ceil(exact - 1e-9);
  }
  function batchedSteps(frames, stepsPerFrame, additional, batchSize) {
    return (frames * stepsPerFrame + additional * (batchSize - 1)) / Math.sqrt(batchSize);
  }
  function gradientAccumulationFactor(gradAccum) {
    return Math.sqrt(gradAccum);
  }
  function schedulerSpan(family, frames, batchSize, prior) {
    if (family === "research") return 1;
    return (Math.ceil(frames * (prior ? 2 : 1) / batchSize) * batchSize + 1) / frames;
  }
  function scheduledRateShare(scheduler2, family, span, shape) {
    switch (scheduler2) {
      case "linear":
      case "linear_with_warmup":
      case "cosine_with_restarts":
        return 0.5 / span;
      case "cosine": {
        if (family === "research") return 0.5;
        const turn = 2 * Math.PI * shape.cycles * span;
        return 0.5 + Math.sin(turn) / (2 * turn);
      }
      case "polynomial": {
        const power = family === "research" ? 1 : shape.power;
        return ((1 - shape.endShare) / (power + 1) + span * shape.endShare) / span;
      }
      default:
        return 1;
    }
  }
  function schedulerMultiplier(scheduler2, family, startFactor, span, shape) {
    if (MEASURED_SCHEDULERS[family].includes(scheduler2)) {
      const share = scheduledRateShare(scheduler2, family, span, shape);
      return { multiplier: 1 / share, share, measured: true };
    }
    if (family === "extension" && scheduler2 === "constant") {
      return startFactor === 1 ? { multiplier: 1, share: 1, measured: true } : { multiplier: 1, measured: false, curve: "start-factor" };
    }
    if (family === "extension" && scheduler2 === "linear") return { multiplier: 1, measured: false, curve: "ramp-up" };
    return { multiplier: 1, measured: false, curve: "unknown" };
  }
  function schedulerTail(scheduler2, family, span) {
    const stops = family === "extension" && ["linear_with_warmup", "cosine_with_restarts", "polynomial"].includes(scheduler2);
    return stops ? 1 - 1 / span : 0;
  }
  function schedulerFails(scheduler2, learningRate) {
    return scheduler2 === "polynomial" && learningRate <= POLYNOMIAL_END_RATE;
  }
  function schedulerWarmsUp(scheduler2, family) {
    const measured = MEASURED_SCHEDULERS[family];
    return measured.includes(scheduler2) && scheduler2 !== "constant";
  }
  function schedulerIgnoresWarmup(scheduler2, family) {
    return scheduler2 === "constant" || family === "extension" && scheduler2 === "linear";
  }
  function schedulerCount(family, maxTrainSteps, epochs, frames, batchSize, prior) {
    return family === "extension" ? Math.round(epochs * frames * schedulerSpan(family, frames, batchSize, prior)) : maxTrainSteps;
  }
  function warmupStepsOfShare(share, schedulerSteps) {
    return Math.round(share * schedulerSteps);
  }
  function warmupProposal(warmupSteps, schedulerSteps) {
    if (warmupSteps <= WARMUP_SHARE.warnAbove * schedulerSteps) return null;
    return Math.floor(WARMUP_SHARE.proposed * schedulerSteps / WARMUP_SHARE.step) * WARMUP_SHARE.step;
  }
  function withoutFloatNoise(rate2) {
    return Number(rate2.toPrecision(12));
  }
  function roundSteps(rawSteps) {
    return Math.floor(rawSteps + 0.5);
  }
  function epochsFor(maxTrainSteps, batchSize, frames) {
    return Math.max(1, Math.floor(maxTrainSteps * batchSize / frames + 0.5));
  }
  function classImagesPerInstance(textEncoderRatio) {
    return Math.floor(baseStepsPerFrame(textEncoderRatio) + 0.5);
  }
  function dynamicResolutionCopies(resolutions) {
    const lowest = resolutions[0];
    return resolutions.map((resolution) => Math.floor((resolution / lowest) ** 2));
  }
  function dynamicStepsPerFrame(textEncoderRatio, resolutions) {
    const sum2 = resolutions.reduce((total, resolution) => total + stepsPerFrameAt(textEncoderRatio, resolution), 0);
    return sum2 / resolutions.length;
  }
  function precisionVerdict(learningRate, precision) {
    const limits = PRECISION_LIMITS[precision];
    if (learningRate < limits.smallest) return "lost";
    if (learningRate < limits.roundsBelow) return "rounded";
    return "exact";
  }
  function weightUpdateFloor(precision, fullMixedPrecision) {
    return fullMixedPrecision ? WEIGHT_UPDATE_FLOOR[precision] ?? null : null;
  }
  function scaledLearningRate(learningRate, gradAccum, batchSize, gpus) {
    return withoutFloatNoise(learningRate * gradAccum * batchSize * gpus);
  }
  function isAdaptiveOptimizer(optimizer) {
    return /dadapt|prodigy/i.test(optimizer);
  }
  function isMeasuredOptimizer(optimizer) {
    return /\b(paged)?adamw?(8bit|32bit)?\b/i.test(optimizer.replace(/[_-]/g, " ")) && !isAdaptiveOptimizer(optimizer);
  }
  function divisors(frames, largest = frames) {
    const small = [];
    const large = [];
    for (let candidate = 1; candidate * candidate <= frames; candidate++) {
      if (frames % candidate !== 0) continue;
      small.push(candidate);
      const pair = frames / candidate;
      if (pair !== candidate) large.unshift(pair);
    }
    return [...small, ...large].filter((divisor) => divisor <= largest);
  }

  // src/core/plan.ts
  var round4 = (value) => Number(value.toPrecision(4));
  function notice(code, field, params) {
    return { code, params, ...field === void 0 ? {} : { field } };
  }
  function computePlan(request, explain = true) {
    const derivation = [];
    const warnings = [];
    const errors = [];
    const step = (rule, quantity, text2) => derivation.push({ rule, quantity, text: text2 });
    const r = request.textEncoderRatio;
    const frames = totalFrames(request.concepts);
    const lrFrames = learningRateFrames(request.concepts);
    if (request.concepts.length > 1) {
      explain && step(
        "R5",
        "frames",
        `FN = ${request.concepts.join(" + ")} = ${frames}; FNc = max(${request.concepts.join(", ")}) = ${lrFrames}`
      );
      if (conceptsAreUnequal(request.concepts))
        warnings.push(notice("concepts-unequal", "concepts", { concepts: request.concepts, largest: lrFrames }));
    }
    const spfBase = baseStepsPerFrame(r);
    explain && step("R1", "stepsPerFrame", `SPF_base = 200 − 100·r = 200 − 100·${formatNumber(r)} = ${formatNumber(spfBase)}`);
    if (r > 0 && r < 1) warnings.push(notice("te-ratio-interpolated", "textEncoderRatio", { ratio: r }));
    let spf;
    if (request.resolutions.length > 1) {
      spf = dynamicStepsPerFrame(r, request.resolutions);
      explain && step(
        "R12",
        "stepsPerFrame",
        `SPF = mean(SPF(${request.resolutions.join(", ")})) = mean(${request.resolutions.map((res) => formatNumber(stepsPerFrameAt(r, res))).join(", ")}) = ${formatNumber(spf)}`
      );
    } else {
      const resolution = request.resolutions[0];
      spf = stepsPerFrameAt(r, resolution);
      if (resolution !== 512)
        explain && step("R2", "stepsPerFrame", `SPF = ${formatNumber(spfBase)} · (${resolution} / 512)² = ${formatNumber(spf)}`);
    }
    const resolutionCopies = dynamicResolutionCopies(request.resolutions);
    if (request.resolutions.length > 1) {
      explain && step("R12", "resolutionCopies", `copies(${request.resolutions.join(", ")}) = ${resolutionCopies.join(", ")}`);
      if (request.batchSize > 1) warnings.push(notice("dynamic-batch-size", "batchSize", {}));
    }
    let learningRate;
    let strength;
    switch (request.mode) {
      case "standard": {
        learningRate = request.learningRate ?? BASE_LR;
        explain && step("R3", "learningRate", `LR = ${formatNumber(learningRate)}`);
        const spfAtBaseRate = spf;
        spf = standardStepsPerFrame(spfAtBaseRate, learningRate);
        strength = impliedStrength(lrFrames, learningRate);
        explain && step(
          "R3",
          "stepsPerFrame",
          `SPF_lr = SPF · (1e-5 / LR) = ${formatNumber(spfAtBaseRate)} · (1e-5 / ${formatNumber(learningRate)}) = ${formatNumber(spf)}`
        );
        if (frames > 5) warnings.push(notice("standard-frames", "frames", { frames }));
        if (Math.abs(learningRate - BASE_LR) > BASE_LR * 1e-9)
          warnings.push(notice("standard-lr", "learningRate", { rate: learningRate }));
        break;
      }
      case "filewords": {
        learningRate = BASE_LR;
        strength = 1;
        explain && step("R6", "learningRate", "LR = 1e-5");
        break;
      }
      case "advanced": {
        if (request.learningRate !== void 0) {
          learningRate = request.learningRate;
          strength = impliedStrength(lrFrames, learningRate);
          explain && step("R4", "strength", `F = FNc · LR / 1e-5 = ${lrFrames} · ${formatNumber(learningRate)} / 1e-5 = ${formatNumber(strength)}`);
        } else {
          strength = request.strength;
          learningRate = advancedLearningRate(strength, lrFrames);
          explain && step("R4", "learningRate", `LR = 1e-5 · F / FNc = 1e-5 · ${formatNumber(strength)} / ${lrFrames} = ${formatNumber(learningRate)}`);
        }
        if (!isStrengthInRange(strength)) {
          warnings.push(
            notice("strength-range", request.learningRate === void 0 ? "strength" : "learningRate", {
              strength,
              ...STRENGTH_RANGE
            })
          );
        }
        break;
      }
    }
    const spfA = additionalStepsPerFrame(spf, r);
    let rawSteps = batchedSteps(frames, spf, spfA, request.batchSize);
    if (request.batchSize === 1) {
      explain && step("R7", "maxTrainSteps", `steps = FN · SPF = ${frames} · ${formatNumber(spf)} = ${formatSteps(rawSteps)}`);
    } else {
      explain && step(
        "R7",
        "maxTrainSteps",
        `steps = (FN · SPF + SPF_A · (BS − 1)) / √BS = (${frames} · ${formatNumber(spf)} + ${formatNumber(spfA)} · ${request.batchSize - 1}) / √${request.batchSize} = ${formatSteps(rawSteps)}`
      );
    }
    if (request.batchSize > frames) {
      errors.push(notice("batch-exceeds-frames", "batchSize", { batchSize: request.batchSize, frames }));
    } else if (frames % request.batchSize !== 0) {
      warnings.push(
        notice("batch-not-divisor", "batchSize", {
          batchSize: request.batchSize,
          frames,
          fitting: divisors(frames, BOUNDS.batchSize.max)
        })
      );
    }
    if (request.gradAccum > 1) {
      rawSteps *= gradientAccumulationFactor(request.gradAccum);
      explain && step("R8", "maxTrainSteps", `steps · √GA = · √${request.gradAccum} = ${formatSteps(rawSteps)}`);
      warnings.push(notice("grad-accum", "gradAccum", { gradAccum: request.gradAccum }));
    }
    const trainerRate = request.scaleLr ? scaledLearningRate(learningRate, request.gradAccum, request.batchSize, request.gpus) : learningRate;
    const span = schedulerSpan(request.schedulers, frames, request.batchSize, request.prior);
    const fails = schedulerFails(request.scheduler, trainerRate);
    const tail = schedulerTail(request.scheduler, request.schedulers, span);
    const endsEarly = tail > SCHEDULER_TAIL_LIMIT;
    const proposedScheduler = fails || endsEarly ? EXTENSION_CONSTANT : void 0;
    if (fails)
      warnings.push(
        notice("scheduler-fails", "scheduler", {
          scheduler: request.scheduler,
          proposal: EXTENSION_CONSTANT,
          rate: trainerRate
        })
      );
    else if (endsEarly)
      warnings.push(
        notice("scheduler-ends-early", "scheduler", {
          scheduler: request.scheduler,
          proposal: EXTENSION_CONSTANT,
          share: Math.round(100 * tail)
        })
      );
    const plannedScheduler = proposedScheduler ?? request.scheduler;
    const scheduler2 = schedulerMultiplier(plannedScheduler, request.schedulers, request.startFactor, span, {
      cycles: request.cycles,
      power: request.power,
      endShare: POLYNOMIAL_END_RATE / trainerRate
    });
    if (scheduler2.measured && scheduler2.multiplier !== 1) {
      const before = rawSteps;
      rawSteps *= scheduler2.multiplier;
      const over = span === 1 ? "" : ` over ${formatNumber(round4(span))} of its length`;
      explain && step(
        "R9",
        "maxTrainSteps",
        `steps · m(${plannedScheduler}) = ${formatSteps(before)} · ${formatNumber(round4(scheduler2.multiplier))} = ${formatSteps(rawSteps)} (m = 1 / mean rate ${formatNumber(round4(scheduler2.share))}${over})`
      );
    }
    if (!scheduler2.measured) warnings.push(unmeasuredScheduler(request, scheduler2.curve));
    const maxTrainSteps = roundSteps(rawSteps);
    explain && step("Rounding", "maxTrainSteps", `steps = round(${formatSteps(rawSteps)}) = ${maxTrainSteps}`);
    const epochs = epochsFor(maxTrainSteps, request.batchSize, frames);
    explain && step("R10", "epochs", `epochs = steps · BS / FN = ${maxTrainSteps} · ${request.batchSize} / ${frames} ≈ ${epochs}`);
    const schedulerSteps = schedulerCount(
      request.schedulers,
      maxTrainSteps,
      epochs,
      frames,
      request.batchSize,
      request.prior
    );
    let proposedWarmupSteps;
    if (request.warmupSteps !== void 0 && schedulerWarmsUp(request.scheduler, request.schedulers)) {
      const proposal = warmupProposal(request.warmupSteps, schedulerSteps);
      if (proposal !== null) {
        proposedWarmupSteps = proposal;
        const share = Math.round(100 * request.warmupSteps / schedulerSteps);
        explain && step(
          "R9",
          "warmupSteps",
          `warmup / steps = ${request.warmupSteps} / ${schedulerSteps} = ${share}% > 10% → 5% = ${proposal}`
        );
        warnings.push(
          notice("warmup-share", "warmupSteps", { warmup: request.warmupSteps, share, schedulerSteps, proposal })
        );
      }
    } else if (request.warmupSteps && schedulerIgnoresWarmup(request.scheduler, request.schedulers)) {
      warnings.push(
        notice("warmup-ignored", "warmupSteps", { warmup: request.warmupSteps, scheduler: request.scheduler })
      );
    }
    const classPerInstance = classImagesPerInstance(r);
    explain && step(
      "R11",
      "classImagesPerInstance",
      `CI = SPF_base = ${classPerInstance}; CI · FN = ${classPerInstance} · ${frames} = ${classPerInstance * frames}`
    );
    const rangeErrors = outOfRange(request, learningRate, maxTrainSteps, epochs);
    errors.push(...rangeErrors);
    let effectiveLearningRate = learningRate;
    if (request.scaleLr) {
      effectiveLearningRate = scaledLearningRate(learningRate, request.gradAccum, request.batchSize, request.gpus);
      explain && step(
        "R14",
        "effectiveLearningRate",
        `LR · GA · BS · GPUs = ${formatNumber(learningRate)} · ${request.gradAccum} · ${request.batchSize} · ${request.gpus} = ${formatNumber(effectiveLearningRate)}`
      );
      warnings.push(notice("scale-lr", "scaleLr", { rate: learningRate, effective: effectiveLearningRate }));
    }
    const verdict = rangeErrors.some((error) => error.field === "strength") ? "exact" : precisionVerdict(effectiveLearningRate, request.precision);
    if (verdict === "lost")
      warnings.push(
        notice("precision-range", "precision", { rate: effectiveLearningRate, precision: request.precision })
      );
    else if (verdict === "rounded")
      warnings.push(
        notice("precision-rounding", "precision", {
          rate: effectiveLearningRate,
          precision: request.precision,
          threshold: PRECISION_LIMITS[request.precision].roundsBelow
        })
      );
    const adaptive = request.optimizer !== void 0 && isAdaptiveOptimizer(request.optimizer) || isAdaptiveOptimizer(request.scheduler);
    const learningRateApplies = !request.lora && !adaptive;
    const optimizerMeasured = request.optimizer === void 0 || adaptive || isMeasuredOptimizer(request.optimizer);
    const floor = weightUpdateFloor(request.precision, request.fullMixedPrecision);
    if (learningRateApplies && floor !== null && effectiveLearningRate < floor)
      warnings.push(
        notice("full-mixed-precision", "fullMixedPrecision", {
          rate: effectiveLearningRate,
          precision: request.precision,
          floor: Number(floor.toPrecision(2))
        })
      );
    if (!optimizerMeasured && learningRateApplies) {
      warnings.push(notice("optimizer-unmeasured", "optimizer", { optimizer: request.optimizer, rate: learningRate }));
    }
    if (!learningRateApplies) {
      warnings.push(
        request.lora ? notice("out-of-scope", "lora", { lora: true }) : notice("out-of-scope", "optimizer", { lora: false, optimizer: request.optimizer ?? request.scheduler })
      );
    }
    return {
      learningRate,
      strength,
      stepsPerFrame: spf,
      maxTrainSteps,
      epochs,
      classImagesPerInstance: classPerInstance,
      classImages: classPerInstance * frames,
      effectiveLearningRate,
      learningRateApplies,
      optimizerMeasured,
      ...scheduler2.measured || scheduler2.curve !== "start-factor" ? {} : { proposedStartFactor: 1 },
      schedulerSteps,
      ...proposedWarmupSteps === void 0 ? {} : { proposedWarmupSteps },
      ...proposedScheduler === void 0 ? {} : { proposedScheduler },
      frames,
      concepts: request.concepts.map((conceptFrames) => ({
        frames: conceptFrames,
        classImages: classPerInstance * conceptFrames
      })),
      resolutionCopies,
      derivation,
      warnings,
      errors
    };
  }
  function unmeasuredScheduler(request, curve) {
    const position = Math.round(request.scalePosition * 100);
    switch (curve) {
      case "start-factor":
        return notice("scheduler-start-factor", "startFactor", { factor: request.startFactor, position });
      case "ramp-up":
        return notice("scheduler-ramp-up", "scheduler", { factor: request.startFactor, position });
      case "unknown": {
        const measured = [...MEASURED_SCHEDULERS[request.schedulers]];
        if (request.schedulers === "extension") measured.push("constant (Starting Factor 1)");
        return notice("scheduler-unknown", "scheduler", { scheduler: request.scheduler, measured });
      }
    }
  }
  function outOfRange(request, learningRate, maxTrainSteps, epochs) {
    const errors = [];
    const { min, max } = BOUNDS.learningRate;
    if (!(learningRate >= min && learningRate <= max)) {
      errors.push(
        notice("plan-range", "strength", { kind: "rate", rate: learningRate, min, max, tooLow: learningRate < min })
      );
    }
    if (!(maxTrainSteps >= 1)) errors.push(notice("plan-range", "learningRate", { kind: "zero-steps" }));
    if (!(maxTrainSteps <= MAX_COUNT && epochs <= MAX_COUNT)) {
      errors.push(
        notice("plan-range", request.mode === "standard" ? "learningRate" : "frames", {
          kind: "overflow",
          steps: maxTrainSteps,
          max: MAX_COUNT
        })
      );
    }
    return errors;
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
    const [iss, input2, inst] = args;
    if (typeof iss === "string") {
      return {
        message: iss,
        code: "custom",
        input: input2,
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
  function handlePropertyResult(result, final, key, input2, optin, optout) {
    const isPresent = key in input2;
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
  function handleCatchall(proms, input2, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    let seen = 0;
    for (const key in input2) {
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
      const r = _catchall.run({ value: input2[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input2, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input2, optin, optout);
      }
    }
    if (unrecognized.length) {
      payload.issues.push({
        code: "unrecognized_keys",
        keys: unrecognized,
        input: input2,
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
      const input2 = payload.value;
      if (!isObject2(input2)) {
        payload.issues.push({
          expected: "object",
          code: "invalid_type",
          input: input2,
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
        const r = el._zod.run({ value: input2[key], issues: [] }, ctx);
        if (r instanceof Promise) {
          proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input2, optin, optout)));
        } else {
          handlePropertyResult(r, payload, key, input2, optin, optout);
        }
      }
      if (!catchall) {
        return proms.length ? Promise.all(proms).then(() => payload) : payload;
      }
      return handleCatchall(proms, input2, payload, ctx, _normalized.value, inst, abortEarly === true);
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
      const input2 = payload.value;
      const r = def.fn(input2);
      if (r instanceof Promise) {
        return r.then((r2) => handleRefineResult(r2, payload, input2, inst));
      }
      handleRefineResult(r, payload, input2, inst);
      return;
    };
  });
  function handleRefineResult(result, payload, input2, inst) {
    if (!result) {
      const _iss = {
        code: "custom",
        input: input2,
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
  function numberProblem(value, bounds, whole2) {
    if (typeof value === "string" && value.trim() === "") return problem("empty", NONE);
    if (typeof value === "string" && NOT_FINITE_TEXT.test(value)) return problem("not-finite", NONE);
    if (typeof value !== "number") return problem("not-a-number", { got: echo(value) });
    if (!Number.isFinite(value)) return problem("not-finite", NONE);
    if (value < bounds.min) return problem("too-small", { min: bounds.min, got: echo(value) });
    if (value > bounds.max) return problem("too-large", { max: bounds.max, got: echo(value) });
    if (whole2 && !Number.isInteger(value)) return problem("not-whole", { got: echo(value) });
    return null;
  }
  var numberSpec = (bounds, whole2) => ({ kind: "number", bounds, whole: whole2 });
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
  function issue2(field, found, index) {
    return { field, ...index === void 0 ? {} : { index }, problem: found };
  }
  function validatePlanInput(input2) {
    if (typeof input2 !== "object" || input2 === null || Array.isArray(input2))
      return { ok: false, issues: [issue2("frames", problem("not-object", NONE))] };
    const parsed = inputSchema.safeParse(input2);
    if (!parsed.success) {
      const record = input2;
      const unknownKeys = Object.keys(record).filter((key) => !Object.hasOwn(SPECS, key));
      const issues = unknownKeys.map(
        (key) => issue2(key, problem("unknown-field", { name: echo(key) }))
      );
      for (const [field, spec] of Object.entries(SPECS)) {
        if (record[field] === void 0) continue;
        const found = problemOf(spec, record[field]);
        if (found) issues.push(issue2(field, found.problem, found.index));
      }
      return { ok: false, issues };
    }
    return normalise(parsed.data);
  }
  function normalise(input2) {
    const issues = [];
    const mode = input2.mode ?? "advanced";
    const schedulers = input2.schedulers ?? "research";
    const extensionOnly = ["startFactor", "scalePosition", "cycles", "power", "minLearningRate"].find(
      (field) => input2[field] !== void 0
    );
    if (schedulers === "research" && extensionOnly)
      issues.push(issue2(extensionOnly, problem("extension-only", { field: "schedulers" })));
    const concepts = input2.concepts ?? (input2.frames === void 0 ? void 0 : [input2.frames]);
    if (concepts === void 0) issues.push(issue2("frames", problem("required", NONE)));
    if (input2.concepts && input2.frames !== void 0 && input2.frames !== sum(input2.concepts)) {
      issues.push(issue2("frames", problem("sum-mismatch", { frames: input2.frames, sum: sum(input2.concepts) })));
    }
    if (concepts && sum(concepts) > BOUNDS.frames.max) {
      issues.push(
        issue2(
          input2.concepts ? "concepts" : "frames",
          problem("total-frames", { sum: sum(concepts), max: BOUNDS.frames.max })
        )
      );
    }
    if (input2.textEncoder !== void 0 && input2.textEncoderRatio !== void 0)
      issues.push(issue2("textEncoderRatio", problem("te-both", NONE)));
    if (input2.resolution !== void 0 && input2.dynamicResolutions !== void 0)
      issues.push(issue2("dynamicResolutions", problem("resolution-both", NONE)));
    if (mode === "advanced" && input2.strength !== void 0 && input2.learningRate !== void 0)
      issues.push(issue2("learningRate", problem("strength-and-lr", NONE)));
    if (mode === "filewords" && input2.learningRate !== void 0)
      issues.push(issue2("learningRate", problem("filewords-lr", NONE)));
    let strength;
    if (mode === "advanced" && input2.learningRate === void 0) {
      const resolved = resolveStrength(input2.strength ?? DEFAULT_STRENGTH);
      const found = resolved === void 0 ? problem("unknown-strength", { got: echo(input2.strength), names: Object.keys(STRENGTHS) }) : numberProblem(resolved, BOUNDS.strength, false);
      if (found) issues.push(issue2("strength", found));
      else strength = resolved;
    }
    const resolutions = input2.dynamicResolutions ? [...new Set(input2.dynamicResolutions)].sort((a, b) => a - b) : [input2.resolution ?? 512];
    if (input2.dynamicResolutions && resolutions.length === 1)
      issues.push(issue2("dynamicResolutions", problem("distinct-resolutions", NONE)));
    if (issues.length > 0 || concepts === void 0) return { ok: false, issues };
    const request = {
      concepts,
      mode,
      textEncoderRatio: input2.textEncoderRatio ?? (input2.textEncoder ? 1 : 0),
      resolutions,
      batchSize: input2.batchSize ?? 1,
      gradAccum: input2.gradAccum ?? 1,
      scheduler: normaliseName(input2.scheduler ?? "constant"),
      schedulers,
      startFactor: schedulers === "extension" ? input2.startFactor ?? EXTENSION_SCHEDULER_DEFAULTS.startFactor : 1,
      scalePosition: input2.scalePosition ?? EXTENSION_SCHEDULER_DEFAULTS.scalePosition,
      cycles: input2.cycles ?? EXTENSION_SCHEDULER_DEFAULTS.cycles,
      power: input2.power ?? EXTENSION_SCHEDULER_DEFAULTS.power,
      minLearningRate: input2.minLearningRate ?? EXTENSION_SCHEDULER_DEFAULTS.minLearningRate,
      precision: input2.precision ?? "fp32",
      scaleLr: input2.scaleLr ?? false,
      fullMixedPrecision: input2.fullMixedPrecision ?? false,
      prior: input2.prior ?? false,
      gpus: input2.gpus ?? 1,
      lora: input2.lora ?? false
    };
    if (strength !== void 0) request.strength = strength;
    if (input2.learningRate !== void 0) request.learningRate = input2.learningRate;
    if (input2.optimizer) request.optimizer = input2.optimizer;
    if (input2.warmupSteps !== void 0) request.warmupSteps = input2.warmupSteps;
    return { ok: true, request };
  }
  function resolveStrength(strength) {
    if (typeof strength === "number") return strength;
    const name = normaliseName(strength);
    if (Object.hasOwn(STRENGTHS, name)) return STRENGTHS[name];
    const asNumber = numberFromText(strength);
    return typeof asNumber === "number" ? asNumber : void 0;
  }
  function normaliseName(name) {
    return name.trim().toLowerCase().replace(/[\s-]+/g, "_");
  }
  function sum(values) {
    return values.reduce((total, value) => total + value, 0);
  }
  function numberFromText(text2) {
    const trimmed = text2.trim();
    return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : text2;
  }

  // src/core/lr-curve.ts
  var warm = (position, warmup) => position / Math.max(1, warmup);
  function progressAfterWarmup(position, { total, warmup }) {
    return (position - warmup) / Math.max(1, total - warmup);
  }
  function polynomial(input2, power) {
    const end = POLYNOMIAL_END_RATE / input2.run.learningRate;
    return (p) => {
      if (p < input2.warmup) return warm(p, input2.warmup);
      if (p > input2.total) return end;
      const remaining = 1 - (p - input2.warmup) / Math.max(1, input2.total - input2.warmup);
      return (1 - end) * remaining ** power + end;
    };
  }
  function linearDecay(input2) {
    return (p) => p < input2.warmup ? warm(p, input2.warmup) : Math.max(0, (input2.total - p) / Math.max(1, input2.total - input2.warmup));
  }
  function constantWithWarmup(input2) {
    return (p) => p < input2.warmup ? warm(p, input2.warmup) : 1;
  }
  function cosineWaves(input2, cycles) {
    return (p) => p < input2.warmup ? warm(p, input2.warmup) : Math.max(0, 0.5 * (1 + Math.cos(Math.PI * cycles * 2 * progressAfterWarmup(p, input2))));
  }
  function cosineHardRestarts(input2, cycles) {
    return (p) => {
      if (p < input2.warmup) return warm(p, input2.warmup);
      const progress = progressAfterWarmup(p, input2);
      if (progress >= 1) return 0;
      return Math.max(0, 0.5 * (1 + Math.cos(Math.PI * (cycles * progress % 1))));
    };
  }
  function researchShape(input2) {
    switch (input2.run.scheduler) {
      case "constant":
        return () => 1;
      case "constant_with_warmup":
        return constantWithWarmup(input2);
      case "linear":
        return linearDecay(input2);
      case "cosine":
        return cosineWaves(input2, 0.5);
      case "cosine_with_restarts":
        return cosineHardRestarts(input2, 1);
      case "polynomial":
        return polynomial(input2, 1);
      default:
        return null;
    }
  }
  function extensionShape(input2) {
    const { run, breakAt } = input2;
    const floor = run.minLearningRate / run.learningRate;
    const annealed = (p, period) => floor + (1 - floor) * (1 + Math.cos(Math.PI * p / period)) / 2;
    switch (run.scheduler) {
      case "constant_with_warmup":
        return constantWithWarmup(input2);
      case "linear_with_warmup":
        return linearDecay(input2);
      case "cosine":
        return cosineWaves(input2, run.cycles);
      case "cosine_with_restarts":
        return cosineHardRestarts(input2, run.cycles);
      case "polynomial":
        return polynomial(input2, run.power);
      // torch ConstantLR(factor, total_iters = breakAt) and LinearLR(start_factor, total_iters = breakAt).
      case "constant":
        return (p) => p < breakAt ? run.startFactor : 1;
      case "linear":
        return (p) => breakAt === 0 ? 1 : run.startFactor + (1 - run.startFactor) * Math.min(breakAt, p) / breakAt;
      // torch CosineAnnealingLR(T_max = breakAt) and CosineAnnealingWarmRestarts(T_0 = int(breakAt / 2)), Min LR the floor.
      case "cosine_annealing":
        return breakAt === 0 ? null : (p) => annealed(p, breakAt);
      case "cosine_annealing_with_restarts": {
        const period = Math.floor(breakAt / 2);
        return period === 0 ? null : (p) => annealed(p % period, period);
      }
      case "rex":
        return (p) => {
          if (p >= input2.total) return 1e-8;
          const progress = p / input2.total;
          return 1e-8 + (1 - 1e-8) * (1 - progress) / (0.1 + 0.9 * (1 - progress));
        };
      default:
        return null;
    }
  }
  function timeline(run) {
    if (run.schedulers === "research") {
      return { steps: run.maxTrainSteps, perEpoch: run.frames / run.batchSize, position: (step) => step };
    }
    const perEpoch = Math.ceil(run.frames * (run.prior ? 2 : 1) / run.batchSize);
    return {
      steps: run.epochs * perEpoch,
      perEpoch,
      position: (step) => {
        const epoch = Math.floor(step / perEpoch);
        return epoch * (perEpoch * run.batchSize + 1) + (step - epoch * perEpoch) * run.batchSize;
      }
    };
  }
  var EXACT_MEAN_LIMIT = 2e4;
  function learningRateCurve(run, maxPoints = 200) {
    if (run.scheduler === "polynomial" && run.learningRate <= POLYNOMIAL_END_RATE) return null;
    const total = run.schedulers === "research" ? run.maxTrainSteps : run.epochs * run.frames;
    const scale = run.scalePosition * (run.prior ? 2 : 1);
    const input2 = { total, warmup: run.warmupSteps, breakAt: Math.floor(total * scale), run };
    const shape = run.schedulers === "research" ? researchShape(input2) : extensionShape(input2);
    if (!shape) return null;
    const { steps, perEpoch, position } = timeline(run);
    const share = (step) => shape(position(step));
    const stride = steps <= EXACT_MEAN_LIMIT ? 1 : steps / EXACT_MEAN_LIMIT;
    let sum2 = 0;
    let counted = 0;
    for (let at = 0; at < steps; at += stride) {
      sum2 += share(Math.floor(at));
      counted++;
    }
    const last = Math.max(0, steps - 1);
    const count = Math.min(maxPoints, steps);
    const points = [];
    for (let index = 0; index < count; index++) {
      const step = count === 1 ? 0 : Math.round(index * last / (count - 1));
      points.push({ step, epoch: step / perEpoch, rate: run.learningRate * share(step) });
    }
    return { scheduler: run.scheduler, steps, epochs: steps / perEpoch, points, meanShare: counted ? sum2 / counted : 0 };
  }
  function curveRun(request, plan, scheduler2) {
    return {
      scheduler: scheduler2,
      schedulers: request.schedulers,
      learningRate: plan.effectiveLearningRate,
      frames: plan.frames,
      prior: request.prior,
      batchSize: request.batchSize,
      maxTrainSteps: plan.maxTrainSteps,
      epochs: plan.epochs,
      warmupSteps: request.warmupSteps ?? 0,
      startFactor: request.startFactor,
      scalePosition: request.scalePosition,
      cycles: request.cycles,
      power: request.power,
      minLearningRate: request.minLearningRate
    };
  }
  function planCurves(request, plan, maxPoints = 200) {
    const planned = plan.proposedScheduler ?? request.scheduler;
    const constant = computePlan({
      ...request,
      schedulers: "research",
      scheduler: "constant",
      startFactor: 1,
      warmupSteps: void 0
    });
    const curves = {
      unit: request.schedulers === "research" ? "steps" : "epochs",
      scheduler: planned,
      planned: learningRateCurve(curveRun(request, plan, planned), maxPoints),
      research: { steps: constant.maxTrainSteps, epochs: constant.epochs, rate: constant.effectiveLearningRate }
    };
    if (planned !== request.scheduler)
      curves.asSet = learningRateCurve(curveRun(request, plan, request.scheduler), maxPoints);
    return curves;
  }

  // src/core/what-if.ts
  function planWith(request, change) {
    return computePlan({ ...request, ...change }, false);
  }
  function batchSizeOptions(request) {
    const frames = totalFrames(request.concepts);
    return divisors(frames, BOUNDS.batchSize.max).map((batchSize) => {
      const plan = planWith(request, { batchSize });
      return { batchSize, maxTrainSteps: plan.maxTrainSteps, epochs: plan.epochs };
    });
  }
  function lowerStepAlternatives(request) {
    const changes = [];
    const constant = request.schedulers === "extension" ? EXTENSION_CONSTANT : "constant";
    if (request.scheduler !== constant)
      changes.push([{ kind: "scheduler", scheduler: constant }, { scheduler: constant }]);
    if (request.textEncoderRatio < 1) changes.push([{ kind: "text-encoder" }, { textEncoderRatio: 1 }]);
    if (request.resolutions.some((resolution) => resolution > 512))
      changes.push([{ kind: "resolution", resolution: 512 }, { resolutions: [512] }]);
    if (request.mode === "standard") {
      const rate2 = (request.learningRate ?? BASE_LR) * 2;
      changes.push([{ kind: "learning-rate", rate: rate2 }, { learningRate: rate2 }]);
    }
    return changes.map(([change, requestChange]) => ({ change, plan: planWith(request, requestChange) }));
  }

  // src/core/exports.ts
  var DEFAULT_CLASS_TOKEN = "person";
  function trainerRun(plan, request, options) {
    const sampleFactor = request.prior ? 2 : 1;
    const batches = plan.maxTrainSteps * sampleFactor;
    const optimizerSteps = Math.ceil(batches / request.gradAccum);
    const repeats = request.prior ? Math.max(1, Math.ceil(plan.classImages / plan.frames)) : 1;
    const ratio = request.textEncoderRatio;
    const textEncoderSteps = ratio >= 1 ? null : Math.round(ratio * optimizerSteps);
    const ignored = schedulerIgnoresWarmup(plan.proposedScheduler ?? request.scheduler, request.schedulers);
    const warmup = ignored ? 0 : plan.proposedWarmupSteps ?? request.warmupSteps ?? 0;
    const warmupSteps = Math.round(warmup / plan.schedulerSteps * optimizerSteps);
    const saveEvery = options.saveEvery;
    const tokens = instanceTokens(options, plan.concepts.length);
    const classToken = options.classToken ?? DEFAULT_CLASS_TOKEN;
    const derivation = [];
    const line = (quantity, text2) => derivation.push({ rule: "R16", quantity, text: text2 });
    if (request.prior) line("batches", `batches = 2 · steps = 2 · ${plan.maxTrainSteps} = ${batches}`);
    if (request.gradAccum > 1)
      line(
        "optimizerSteps",
        `optimizer steps = ⌈batches / GA⌉ = ⌈${batches} / ${request.gradAccum}⌉ = ${optimizerSteps}`
      );
    if (request.prior)
      line("repeats", `repeats = ⌈class images / FN⌉ = ⌈${plan.classImages} / ${plan.frames}⌉ = ${repeats}`);
    if (textEncoderSteps !== null && textEncoderSteps > 0)
      line("textEncoderSteps", `TE steps = r · steps = ${ratio} · ${optimizerSteps} = ${textEncoderSteps}`);
    return {
      sampleFactor,
      batches,
      optimizerSteps,
      repeats,
      textEncoderSteps,
      warmupSteps,
      ...saveEvery ? {
        saveEverySteps: Math.max(1, Math.round(saveEvery * sampleFactor / request.gradAccum)),
        saveEveryBatches: saveEvery * sampleFactor
      } : {},
      instanceFolders: tokens.map((token) => `${repeats}_${token} ${classToken}`),
      regFolder: `1_${classToken}`,
      derivation
    };
  }
  function instanceTokens(options, concepts) {
    if (options.instanceTokens) return options.instanceTokens;
    return Array.from({ length: concepts }, (_, index) => index === 0 ? "sks" : `sks${index + 1}`);
  }
  function sdScriptsTextEncoderRatio(ratio) {
    return ratio > 0 && ratio < 1 ? ratio >= 0.5 ? 1 : 0 : ratio;
  }
  function sdScriptsPlan(plan, request) {
    const ratio = sdScriptsTextEncoderRatio(request.textEncoderRatio);
    if (ratio === request.textEncoderRatio) return { plan, request };
    const runnable = { ...request, textEncoderRatio: ratio };
    return {
      plan: computePlan(runnable),
      request: runnable,
      warning: { key: "te-share-snapped", share: request.textEncoderRatio, used: ratio }
    };
  }
  var KOHYA_SCHEDULERS = {
    constant: "constant",
    constant_with_warmup: "constant_with_warmup",
    linear: "linear",
    linear_with_warmup: "linear",
    cosine: "cosine",
    cosine_with_restarts: "cosine_with_restarts",
    polynomial: "polynomial"
  };
  function scheduler(plan, request, names, constant) {
    const planned = plan.proposedScheduler ?? request.scheduler;
    const unmeasured = ["scheduler-unknown", "scheduler-start-factor", "scheduler-ramp-up"];
    const measured = !plan.warnings.some((notice2) => unmeasured.includes(notice2.code));
    const name = measured && Object.hasOwn(names, planned) ? names[planned] : void 0;
    return name ? { name } : { name: constant, warning: { key: "scheduler-substituted", scheduler: planned, used: constant } };
  }
  var rate = (value) => Number(value.toPrecision(4));
  var side = (request) => request.resolutions[request.resolutions.length - 1];
  var mixedPrecision = (request) => request.precision === "fp16" || request.precision === "bf16" ? request.precision : "no";
  var vPrediction = (family, request) => family === "sd2" && side(request) >= 768;
  function commonWarnings(plan, request, family) {
    return [
      // The extension's own curves cover another share of the run than these trainers' (R9).
      ...request.schedulers === "extension" ? [{ key: "extension-schedulers", scheduler: plan.proposedScheduler ?? request.scheduler }] : [],
      ...family === "sdxl" ? [{ key: "family-unmeasured" }] : [],
      ...family === "sd2" ? [{ key: "sd2-v-prediction", model: vPrediction(family, request) ? "768-v" : "base" }] : [],
      ...request.resolutions.length > 1 ? [{ key: "dynamic-resolution", resolution: side(request) }] : [],
      ...request.scaleLr && plan.learningRateApplies ? [{ key: "scale-lr-unscaled", rate: rate(plan.learningRate) }] : [],
      ...plan.learningRateApplies ? [] : [{ key: "no-rate" }]
    ];
  }
  function folderNotes(run, plan, request) {
    return [
      { key: "instance-folders", folders: run.instanceFolders.map((folder) => `"${folder}"`).join(", ") },
      ...request.prior ? [{ key: "reg-folder", images: plan.classImages, folder: run.regFolder }] : []
    ];
  }
  function kohyaEpochs(run, plan, request) {
    const batchesPerEpoch = Math.ceil(run.sampleFactor * run.repeats * plan.frames / request.batchSize);
    const stepsPerEpoch = Math.ceil(batchesPerEpoch / request.gradAccum);
    return Math.ceil(run.optimizerSteps / stepsPerEpoch);
  }
  function sdScriptsCheckpoints(run) {
    const byEpoch = run.saveEveryEpochs > 0 ? Math.floor((run.epochs - 1) / run.saveEveryEpochs) : 0;
    const byStep = run.saveEverySteps > 0 ? Math.floor(run.steps / run.saveEverySteps) : 0;
    return byEpoch + byStep;
  }
  var CHECKPOINT_GB = { sd15: 2, sd2: 2, sdxl: 7 };
  var kohyaWarmupSteps = (run, schedulerName) => schedulerName === "constant" ? 0 : run.warmupSteps;
  function kohyaGuiSettings(asked, askedRequest, options = {}) {
    const family = options.modelFamily ?? "sd15";
    const { plan, request, warning: snapped } = sdScriptsPlan(asked, askedRequest);
    const run = trainerRun(plan, request, options);
    const chosen = scheduler(plan, request, KOHYA_SCHEDULERS, "constant");
    const resolution = side(request);
    const learningRate = plan.learningRateApplies ? rate(plan.learningRate) : void 0;
    const trainsTextEncoder = request.textEncoderRatio > 0;
    const paths = options.paths ?? {};
    const config2 = {
      ...paths.model ? { pretrained_model_name_or_path: paths.model } : {},
      ...paths.outputDir ? { output_dir: paths.outputDir } : {},
      ...paths.trainDataDir ? { train_data_dir: paths.trainDataDir } : {},
      reg_data_dir: request.prior ? paths.regDataDir ?? "" : "",
      // The folders' names carry repeats and captions; a dataset file would replace them.
      dataset_config: "",
      v2: family === "sd2",
      v_parameterization: vPrediction(family, request),
      sdxl: family === "sdxl",
      max_train_steps: run.optimizerSteps,
      max_train_epochs: 0,
      epoch: kohyaEpochs(run, plan, request),
      train_batch_size: request.batchSize,
      gradient_accumulation_steps: request.gradAccum,
      lr_scheduler: chosen.name,
      lr_scheduler_num_cycles: 1,
      lr_warmup: 0,
      lr_warmup_steps: kohyaWarmupSteps(run, chosen.name),
      mixed_precision: mixedPrecision(request),
      max_resolution: `${resolution},${resolution}`,
      caption_extension: ".txt",
      prior_loss_weight: 1,
      save_every_n_epochs: 0,
      save_every_n_steps: run.saveEverySteps ?? 0,
      save_state: false
    };
    const warnings = [
      ...snapped ? [snapped] : [],
      ...chosen.warning ? [chosen.warning] : [],
      ...commonWarnings(plan, request, family)
    ];
    if (learningRate !== void 0) {
      config2.learning_rate = learningRate;
      config2.learning_rate_te = trainsTextEncoder ? learningRate : 0;
      config2.learning_rate_te1 = trainsTextEncoder ? learningRate : 0;
      config2.learning_rate_te2 = trainsTextEncoder ? learningRate : 0;
    }
    if (family !== "sdxl") config2.stop_text_encoder_training = trainsTextEncoder ? 0 : -1;
    return { config: config2, notes: folderNotes(run, plan, request), warnings, derivation: run.derivation };
  }

  // src/webui/form.ts
  var PRECISION_OF = {
    no: "fp32",
    fp16: "fp16",
    bf16: "bf16",
    fp32: "fp32"
  };
  function fieldReader(tab, input2, englishLabel) {
    const sources = [];
    const notes = [];
    const read = (key, field, assumed, parse2, keep = true) => {
      const component = tab.find(key);
      if (!component) {
        notes.push({
          field,
          label: englishLabel(key),
          kind: tab.ambiguous.includes(key) ? "ambiguous" : "missing",
          assumed
        });
        return void 0;
      }
      const value = parse2(component);
      const shown = readText(component);
      if (value === void 0) {
        notes.push({
          field,
          label: component.shownLabel,
          ...shown.trim() === "" ? { kind: "empty" } : { kind: "unusable", shown },
          assumed
        });
        return void 0;
      }
      sources.push({ field, label: component.shownLabel, shown });
      if (keep) input2[field] = value;
      return value;
    };
    return { read, sources, notes };
  }
  var wholeNumber = (min) => (component) => {
    const value = readComponent(component);
    return typeof value === "number" && Number.isInteger(value) && value >= min ? value : void 0;
  };
  var inRange = (min, max) => (component) => {
    const value = readComponent(component);
    return typeof value === "number" && value >= min && value <= max ? value : void 0;
  };
  var isChecked = (component) => readComponent(component) === true;
  var nonEmptyText = (component) => {
    const value = readComponent(component);
    return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
  };
  function readForm(tab) {
    const input2 = {};
    const { read, sources, notes } = fieldReader(tab, input2, (key) => FIELDS[key][0]);
    read("batchSize", "batchSize", 1, wholeNumber(1));
    read("gradAccum", "gradAccum", 1, wholeNumber(1));
    if (tab.find("textEncoderRatio")) {
      read("textEncoderRatio", "textEncoderRatio", { key: "noTextEncoder" }, (component) => {
        const value = readComponent(component);
        return typeof value === "number" && value >= 0 && value <= 1 ? value : void 0;
      });
    } else {
      read("trainTextEncoder", "textEncoder", { key: "off" }, isChecked);
    }
    read("resolution", "resolution", 512, wholeNumber(1));
    read("scheduler", "scheduler", "constant", nonEmptyText);
    input2.schedulers = tab.generation === "2022-12" ? "research" : "extension";
    if (input2.schedulers === "extension") {
      read("startFactor", "startFactor", 0.5, inRange(0, 1));
      read("scalePosition", "scalePosition", 0.5, inRange(0, 1));
      read("cycles", "cycles", 1, wholeNumber(1));
      read("power", "power", 1, inRange(BOUNDS.power.min, BOUNDS.power.max));
      read("minLearningRate", "minLearningRate", 1e-6, inRange(BOUNDS.minLearningRate.min, BOUNDS.minLearningRate.max));
    }
    read("warmupSteps", "warmupSteps", { key: "unchecked" }, wholeNumber(0));
    read("precision", "precision", "fp32", (component) => {
      const shown = String(readComponent(component)).trim();
      return Object.hasOwn(PRECISION_OF, shown) ? PRECISION_OF[shown] : void 0;
    });
    if (tab.find("optimizer")) {
      read("optimizer", "optimizer", "AdamW", nonEmptyText);
    }
    read("useLora", "lora", { key: "off" }, isChecked);
    if (tab.find("fullMixedPrecision")) {
      read("fullMixedPrecision", "fullMixedPrecision", { key: "off" }, isChecked);
    }
    if (tab.find("scaleLr")) {
      read("scaleLr", "scaleLr", { key: "off" }, isChecked);
    }
    const model = tab.find("model");
    const modelName = model ? String(readComponent(model) ?? "").trim() : "";
    const activeConcepts = [];
    tab.concepts.forEach((_, slot) => {
      const index = slot + 1;
      const directory = tab.findInConcept("instanceDirectory", index);
      const text2 = directory ? String(readComponent(directory) ?? "").trim() : "";
      if (text2 === "") return;
      const prompt = tab.findInConcept("instancePrompt", index);
      const classDirectory = tab.findInConcept("classDirectory", index);
      const classField = tab.findInConcept(
        tab.generation === "2022-12" ? "classImagesTotal" : "classImagesPerInstance",
        index
      );
      const classImages = classField ? readComponent(classField) : null;
      activeConcepts.push({
        index,
        directory: text2,
        classDirectory: classDirectory ? String(readComponent(classDirectory) ?? "").trim() : "",
        prompt: prompt ? String(readComponent(prompt) ?? "") : "",
        classImages: typeof classImages === "number" ? classImages : null
      });
    });
    const apiKeyField = tab.find("apiKey");
    const apiKey = apiKeyField ? String(readComponent(apiKeyField) ?? "").trim() : "";
    return { generation: tab.generation, input: input2, sources, notes, activeConcepts, modelName, apiKey };
  }

  // src/webui/targets.ts
  function roundRate(rate2) {
    return Number(rate2.toPrecision(4));
  }
  function plannedRate(plan, request) {
    const step = plan.derivation.find((entry) => entry.quantity === "learningRate" || entry.quantity === "strength");
    return {
      rate: roundRate(plan.learningRate),
      rule: step?.rule ?? "R4",
      formula: step?.text ?? "",
      notes: plan.optimizerMeasured ? [] : [{ key: "optimizerUnmeasured", optimizer: request.optimizer ?? "" }],
      selectedByDefault: plan.optimizerMeasured
    };
  }
  function plannedWrites(tab, plan, request, options) {
    const rows = [];
    const formulaOf = (...quantities) => plan.derivation.filter((step) => quantities.includes(step.quantity)).map((step) => step.text).join("; ");
    const add = (id, component, planned, rule, formula, row = {}) => {
      if (component) rows.push(numberRow(id, component, planned, rule, formula, request, row));
    };
    if (options.batchSize !== void 0) {
      add("batchSize", tab.find("batchSize"), options.batchSize, "R7", "", {
        notes: [{ key: "batchAdopted", frames: plan.frames }]
      });
    }
    if (tab.generation === "2022-12") {
      add("maxTrainSteps", tab.find("maxTrainSteps"), plan.maxTrainSteps, "R7–R9", formulaOf("maxTrainSteps"));
    } else {
      add("epochs", tab.find("epochs"), plan.epochs, "R10", formulaOf("epochs"), {
        figure: (alternative) => alternative.epochs
      });
    }
    if (plan.proposedStartFactor !== void 0) {
      add("startFactor", tab.find("startFactor"), plan.proposedStartFactor, "R9", "", {
        notes: [{ key: "startFactor" }],
        resolves: "scheduler-start-factor"
      });
    }
    if (plan.proposedWarmupSteps !== void 0) {
      add("warmupSteps", tab.find("warmupSteps"), plan.proposedWarmupSteps, "R9", formulaOf("warmupSteps"), {
        resolves: "warmup-share"
      });
    }
    if (plan.learningRateApplies) {
      const { rate: rate2, rule, formula, ...row } = plannedRate(plan, request);
      add("learningRate", tab.find("learningRate"), rate2, rule, formula, row);
      add("textLearningRate", tab.find("textLearningRate"), rate2, rule, "", {
        ...row,
        notes: [{ key: "sameRate" }, ...row.notes ?? []]
      });
    }
    const set = (id, component, value, rule, row) => {
      if (component) rows.push(choiceRow(id, component, value, rule, row));
    };
    if (plan.proposedScheduler !== void 0) {
      const failing = plan.warnings.find(
        (warning) => warning.code === "scheduler-fails" || warning.code === "scheduler-ends-early"
      );
      set("scheduler", tab.find("scheduler"), plan.proposedScheduler, "R9", {
        notes: [{ key: "schedulerSwitch" }],
        ...failing ? { resolves: failing.code } : {}
      });
    }
    if (plan.warnings.some((warning) => warning.code === "full-mixed-precision")) {
      set("fullMixedPrecision", tab.find("fullMixedPrecision"), false, "R13", {
        notes: [{ key: "weightsInFp32" }],
        resolves: "full-mixed-precision"
      });
    }
    if (options.prior) {
      const total = tab.generation === "2022-12";
      plan.concepts.forEach((concept, position) => {
        const slot = options.conceptSlots[position] ?? position + 1;
        const component = tab.findInConcept(total ? "classImagesTotal" : "classImagesPerInstance", slot);
        const value = total ? concept.classImages : plan.classImagesPerInstance;
        const formula = total ? `CI · FNc = ${plan.classImagesPerInstance} · ${concept.frames}` : `CI = SPF_base = ${plan.classImagesPerInstance}`;
        add(`classImages-${slot}`, component, value, "R11", formula, {
          concept: slot,
          figure: (alternative) => total ? alternative.concepts[position].classImages : alternative.classImagesPerInstance
        });
      });
    }
    return rows;
  }
  function numberRow(id, component, planned, rule, formula, request, row = {}) {
    const fit = fitValue(component, planned);
    const value = fit.ok ? fit.value : null;
    return {
      id,
      component,
      ...row.concept === void 0 ? {} : { concept: row.concept },
      current: readText(component),
      value,
      planned,
      rule,
      formula,
      notes: row.notes ?? [],
      ...fit.ok ? {} : {
        problem: {
          failure: fit,
          alternatives: row.figure ? fittingAlternatives(component, request, row.figure) : []
        }
      },
      changes: value !== null && readComponent(component) !== value,
      selectedByDefault: row.selectedByDefault ?? true,
      ...row.resolves ? { resolves: row.resolves } : {}
    };
  }
  function choiceRow(id, component, value, rule, row = {}) {
    return {
      id,
      component,
      current: readText(component),
      value,
      planned: value,
      rule,
      formula: row.formula ?? "",
      notes: row.notes ?? [],
      changes: readComponent(component) !== value,
      selectedByDefault: true,
      ...row.resolves ? { resolves: row.resolves } : {}
    };
  }
  function fittingAlternatives(component, request, figure) {
    const max = limitsOf(component)?.max;
    if (max === void 0) return [];
    return lowerStepAlternatives(request).map(({ change, plan }) => ({ change, value: figure(plan) })).filter(({ value }) => value <= max);
  }
  function batchOptionProblem(tab, option) {
    const steps = tab.generation === "2022-12" ? [tab.find("maxTrainSteps"), option.maxTrainSteps] : [tab.find("epochs"), option.epochs];
    return firstMisfit([[tab.find("batchSize"), option.batchSize], steps]);
  }
  function firstMisfit(values) {
    for (const [component, value] of values) {
      if (!component) continue;
      const fit = fitValue(component, value);
      if (!fit.ok) return { component, value, failure: fit };
    }
    return null;
  }

  // src/webui/page-context.ts
  var SETTINGS_PREFIX = "dreambooth_companion_";
  function strings(value) {
    if (typeof value !== "object" || value === null) return {};
    return Object.fromEntries(
      Object.entries(value).filter((entry) => typeof entry[1] === "string")
    );
  }
  var checkedMaps = /* @__PURE__ */ new WeakMap();
  function checkedMap(value) {
    if (typeof value !== "object" || value === null) return { map: {}, json: "{}" };
    let checked = checkedMaps.get(value);
    if (!checked) {
      const map = strings(value);
      checked = { map, json: JSON.stringify(map) };
      checkedMaps.set(value, checked);
    }
    return checked;
  }
  function sanitize(value) {
    const raw = typeof value === "object" && value !== null ? value : {};
    const settings = Object.fromEntries(
      Object.entries(typeof raw.settings === "object" && raw.settings !== null ? raw.settings : {}).filter(
        (entry) => ["string", "number", "boolean"].includes(typeof entry[1])
      )
    );
    return {
      localization: strings(raw.localization),
      webuiLanguage: typeof raw.webuiLanguage === "string" ? raw.webuiLanguage : null,
      settings,
      settingsPending: raw.settingsPending === true
    };
  }
  function pageContextFromWindow(win) {
    const page = win;
    const opts = typeof page.opts === "object" && page.opts !== null ? page.opts : {};
    const bilingual = opts.bilingual_localization_enabled === true && typeof opts.bilingual_localization_file === "string" ? opts.bilingual_localization_file : null;
    const localizationFile = typeof opts.localization === "string" && opts.localization !== "None" ? opts.localization : null;
    const settings = Object.fromEntries(
      Object.entries(opts).filter(([key]) => key.startsWith(SETTINGS_PREFIX)).map(([key, value]) => [key.slice(SETTINGS_PREFIX.length), value])
    );
    const settingsPending = typeof page.onOptionsChanged === "function" && Object.keys(opts).length === 0;
    return {
      ...sanitize({ webuiLanguage: bilingual ?? localizationFile, settings, settingsPending }),
      localization: checkedMap(page.localization).map
    };
  }
  function watchOptions(win, listener) {
    const page = win;
    if (typeof page.onOptionsChanged === "function") page.onOptionsChanged(listener);
  }
  function windowContextSource(win) {
    return { read: () => pageContextFromWindow(win), watch: (listener) => watchOptions(win, listener) };
  }
  var lastRead = { text: null, context: sanitize({}) };
  function whenSettingsKnown(source, limitMs) {
    if (!source.read().settingsPending) return Promise.resolve();
    return new Promise((resolve) => {
      const limit = setTimeout(resolve, limitMs);
      source.watch(() => {
        if (source.read().settingsPending) return;
        clearTimeout(limit);
        resolve();
      });
    });
  }
  function isDarkTheme(doc) {
    return doc.body.classList.contains(DARK_THEME_CLASS);
  }

  // src/webui/server.ts
  var COUNT_REFUSALS = ["login", "key", "loopback"];
  var ROUTE = "/dreambooth-companion/count";
  var REQUEST_HEADER = "X-Dreambooth-Companion";
  var KEY_HEADER = "X-Api-Key";
  function hasServerCounts(context) {
    return "language" in context.settings;
  }
  var whole = (value) => typeof value === "number" && Number.isInteger(value) && value >= 0;
  async function countFolder(win, path, apiKey) {
    const url = new URL(ROUTE, win.location.href);
    url.searchParams.set("path", path);
    const headers = { accept: "application/json", [REQUEST_HEADER]: "count" };
    if (apiKey) headers[KEY_HEADER] = apiKey;
    try {
      const response = await win.fetch(url, { headers });
      const body = await response.json();
      const reason = COUNT_REFUSALS.find((refusal) => refusal === body.reason);
      if (response.status === 403 && reason) return { refused: reason };
      if (!response.ok || !whole(body.images) || !whole(body.captioned)) return null;
      return {
        count: {
          images: body.images,
          captioned: body.captioned,
          smallestSide: whole(body.smallest_side) ? body.smallest_side : null,
          truncated: body.truncated === true,
          unreadable: whole(body.unreadable) ? body.unreadable : 0
        }
      };
    } catch {
      return null;
    }
  }
  function onDirectoryEdited(tabElement, callback) {
    const listener = (event) => {
      const box = event.target instanceof Element ? event.target.closest(CONCEPT_DIRECTORY_BOXES) : null;
      const concept = box ? Number(/\d+$/.exec(box.id)?.[0]) : Number.NaN;
      if (Number.isInteger(concept) && concept > 0) callback(concept);
    };
    tabElement.addEventListener("change", listener);
    return () => tabElement.removeEventListener("change", listener);
  }

  // src/webui/a1111.ts
  function a1111Host(tabElement) {
    return {
      kind: "a1111",
      root: tabElement,
      read(localization) {
        const tab = locateTab(tabElement, localization);
        return {
          reading: readForm(tab),
          plannedWrites: (plan, request, options) => plannedWrites(tab, plan, request, options),
          batchOptionProblem: (option) => batchOptionProblem(tab, option)
        };
      },
      saveLabel: () => saveButtonLabel(tabElement),
      onDirectoryEdited: (callback) => onDirectoryEdited(tabElement, callback)
    };
  }

  // src/webui/ready.ts
  var RENDERED_GRACE_MS = 3e3;
  var RENDER_LIMIT_MS = 12e4;
  function findHost(doc) {
    const a1111 = findTabElement(doc);
    if (a1111) return { kind: "a1111", root: a1111 };
    const tabs = !doc.querySelector(RENDERED_TABS) && doc.querySelector(GRADIO_TAB_BUTTON);
    return tabs ? { kind: "kohya", root: doc.documentElement } : null;
  }
  function whenHostReady(doc) {
    const existing = findHost(doc);
    if (existing) return Promise.resolve(existing);
    const app = doc.querySelector(GRADIO_APP);
    if (!app) return Promise.resolve(null);
    return new Promise((resolve) => {
      let grace;
      const finish = (found) => {
        observer.disconnect();
        clearTimeout(grace);
        clearTimeout(limit);
        resolve(found);
      };
      const observer = new MutationObserver(() => {
        const found = findHost(doc);
        if (found) finish(found);
        else if (grace === void 0 && (app.shadowRoot ?? app).querySelector(RENDERED_TABS))
          grace = setTimeout(() => finish(findHost(doc)), RENDERED_GRACE_MS);
      });
      const limit = setTimeout(() => finish(null), RENDER_LIMIT_MS);
      observer.observe(app, { childList: true, subtree: true });
    });
  }

  // src/webui/kohya/fields.ts
  var KOHYA_FIELDS = {
    batchSize: ["Train batch size"],
    epoch: ["Epoch"],
    maxTrainEpochs: ["Max train epoch"],
    maxTrainSteps: ["Max train steps"],
    scheduler: ["LR Scheduler"],
    optimizer: ["Optimizer"],
    learningRate: ["Learning rate Unet"],
    textLearningRate: ["Learning rate TE"],
    textLearningRate1: ["Learning rate TE1"],
    textLearningRate2: ["Learning rate TE2"],
    warmupPercent: ["LR warmup (% of total steps)"],
    warmupSteps: ["LR warmup steps (override)"],
    resolution: ["Max resolution"],
    stopTextEncoder: ["Stop TE (% of total steps)"],
    gradAccum: ["Gradient accumulate steps"],
    precision: ["Mixed precision"],
    fullFp16: ["Full fp16 training (experimental)"],
    fullBf16: ["Full bf16 training (experimental)"],
    additionalParameters: ["Additional parameters"],
    saveEveryEpochs: ["Save every N epochs"],
    saveEverySteps: ["Save every N steps"],
    sdxl: ["SDXL"],
    v2: ["v2"],
    trainDataDir: ["Image folder (containing training images subfolders)"],
    regDataDir: ["Regularisation directory (Optional. containing regularisation images)"],
    datasetConfig: ["Dataset config file (Optional. Select the toml configuration file to use for the dataset)"],
    outputName: ["Trained Model output name"]
  };

  // src/webui/kohya/form.ts
  var STOP_OPTION = /(^|\s)--stop_text_encoder_training(?:\s+|=)(-?\d+)(?=\s|$)/;
  var text = (component) => component ? String(readComponent(component) ?? "").trim() : "";
  var number = (component) => {
    const value = component ? readComponent(component) : null;
    return typeof value === "number" ? value : null;
  };
  function resolutionOf(component) {
    const sides = String(readComponent(component) ?? "").split(",").map((part) => part.trim());
    if (sides.length > 2 || sides.some((side2) => !/^\d+$/.test(side2))) return void 0;
    const largest = Math.max(...sides.map(Number));
    return largest >= 1 ? largest : void 0;
  }
  function kohyaTextEncoderRatio(values) {
    if (values.rate === 0 || values.stop === -1) return 0;
    const option = STOP_OPTION.exec(values.additional);
    const steps = option ? Number(option[2]) : values.stop && values.stop > 0 ? values.stop : null;
    if (steps === null) return 1;
    if (steps < 0) return 0;
    const total = values.maxTrainSteps;
    return total && total > 0 ? Math.min(1, Math.round(100 * steps / total) / 100) : 1;
  }
  function withoutStopOption(additional) {
    return additional.replace(STOP_OPTION, " ").replace(/\s+/g, " ").trim();
  }
  function readKohyaForm(tab) {
    const input2 = { schedulers: "research" };
    const { read, sources, notes } = fieldReader(tab, input2, (key) => KOHYA_FIELDS[key][0]);
    const checked = (key) => {
      const component = tab.find(key);
      return component !== null && isChecked(component);
    };
    read("batchSize", "batchSize", 1, wholeNumber(1));
    read("gradAccum", "gradAccum", 1, wholeNumber(1));
    read("resolution", "resolution", 512, resolutionOf);
    read("scheduler", "scheduler", "constant", nonEmptyText);
    read("optimizer", "optimizer", "AdamW", nonEmptyText);
    read("precision", "precision", "fp32", (component) => {
      const shown = String(readComponent(component)).trim();
      return Object.hasOwn(PRECISION_OF, shown) ? PRECISION_OF[shown] : void 0;
    });
    input2.fullMixedPrecision = checked("fullFp16") || checked("fullBf16");
    const family = checked("sdxl") ? "sdxl" : checked("v2") ? "sd2" : "sd15";
    const maxTrainSteps = number(tab.find("maxTrainSteps"));
    const additionalParameters = text(tab.find("additionalParameters"));
    const teRate = family === "sdxl" ? Math.max(number(tab.find("textLearningRate1")) ?? 0, number(tab.find("textLearningRate2")) ?? 0) : read("textLearningRate", "textEncoderRatio", 1, inRange(0, 1), false);
    const stop = family === "sdxl" ? null : read("stopTextEncoder", "textEncoderRatio", 1, inRange(-1, 100), false);
    const share = family === "sdxl" ? teRate ? 1 : 0 : kohyaTextEncoderRatio({
      rate: teRate ?? null,
      stop: stop ?? null,
      additional: additionalParameters,
      maxTrainSteps
    });
    input2.textEncoderRatio = sdScriptsTextEncoderRatio(share);
    const warmupSteps = number(tab.find("warmupSteps"));
    const warmupPercent = number(tab.find("warmupPercent"));
    const warmupShare = warmupSteps && warmupSteps > 0 && maxTrainSteps && maxTrainSteps > 0 ? Math.min(1, warmupSteps / maxTrainSteps) : warmupPercent && warmupPercent > 0 ? Math.min(1, warmupPercent / 100) : 0;
    const trainDataDir = text(tab.find("trainDataDir"));
    const regDataDir = text(tab.find("regDataDir"));
    const concept = {
      index: 1,
      directory: trainDataDir,
      classDirectory: regDataDir,
      prompt: "",
      classImages: null
    };
    return {
      generation: "kohya",
      input: input2,
      sources,
      notes,
      activeConcepts: trainDataDir ? [concept] : [],
      modelName: text(tab.find("outputName")),
      apiKey: "",
      warmupShare,
      prior: regDataDir !== "",
      family,
      maxTrainSteps,
      trainDataDir,
      regDataDir,
      datasetConfig: text(tab.find("datasetConfig")),
      additionalParameters,
      crashingStop: share > 0 && share < 1 ? share : null
    };
  }

  // src/webui/kohya/selectors.ts
  var TAB_SET = "div.tabs";
  var TAB_BUTTONS = ':scope > .tab-wrapper [role="tablist"] > button[role="tab"]';
  var TAB_PANELS = ":scope > .tabitem";
  var GUI_TABS = ["Dreambooth", "LoRA", "Textual Inversion", "Finetuning"];
  var DREAMBOOTH_TAB = "Dreambooth";
  var ACCORDION_HEADER = "button.label-wrap";
  var ACCORDION_OPEN = "open";
  var ACCORDION_BODY = '[data-testid="accordion-content"]';

  // src/webui/kohya/locate.ts
  function findKohyaTabButton(doc, localization = {}) {
    for (const set of doc.querySelectorAll(TAB_SET)) {
      if (set.parentElement?.closest(TAB_SET)) continue;
      const buttons = [...set.querySelectorAll(TAB_BUTTONS)];
      if (buttons.length < GUI_TABS.length) continue;
      const toEnglish = englishLabels(localization);
      const english = buttons.map((button) => readLabel(button, toEnglish).english);
      if (GUI_TABS.every((name) => english.some((names) => names.includes(name))))
        return buttons[english.findIndex((names) => names.includes(DREAMBOOTH_TAB))] ?? null;
    }
    return null;
  }
  function kohyaPanelOf(button) {
    const controls = button.getAttribute("aria-controls");
    if (controls) return button.ownerDocument.getElementById(controls);
    if (button.getAttribute("aria-selected") !== "true") return null;
    const set = button.closest(TAB_SET);
    return [...set?.querySelectorAll(TAB_PANELS) ?? []].find(
      (panel) => panel.style.display !== "none" && !panel.hidden
    ) ?? null;
  }
  var PANEL_LIMIT_MS = 3e4;
  function whenKohyaPanel(button) {
    const existing = kohyaPanelOf(button);
    const set = button.closest(TAB_SET);
    if (existing || !set) return Promise.resolve(existing);
    return new Promise((resolve) => {
      const finish = (panel) => {
        observer.disconnect();
        clearTimeout(limit);
        resolve(panel);
      };
      const observer = new MutationObserver(() => {
        const panel = kohyaPanelOf(button);
        if (panel) finish(panel);
      });
      const limit = setTimeout(() => finish(null), PANEL_LIMIT_MS);
      observer.observe(set, { childList: true, subtree: true, attributes: true, attributeFilter: ["style"] });
    });
  }
  function locateKohyaTab(root, localization = {}) {
    const labels = labelsIn(root, englishLabels(localization));
    const found = new Map(
      Object.keys(KOHYA_FIELDS).map((key) => [key, lookup(KOHYA_FIELDS[key], labels)])
    );
    return {
      root,
      find: (key) => {
        const result = found.get(key);
        return result && "component" in result ? result.component : null;
      },
      ambiguous: [...found].filter(([, result]) => result !== null && "ambiguous" in result).map(([key]) => key)
    };
  }

  // src/webui/kohya/render.ts
  var RENDER_WAIT_MS = 3e3;
  var MAX_ROUNDS = 6;
  var bodyOf = (header) => header.parentElement?.querySelector(`:scope > ${ACCORDION_BODY}`) ?? null;
  var isEmpty = (body) => body.querySelectorAll("*").length <= 1;
  function unrendered(root) {
    return [...root.querySelectorAll(ACCORDION_HEADER)].filter((header) => {
      const body = bodyOf(header);
      return body !== null && isEmpty(body) && !header.classList.contains(ACCORDION_OPEN);
    });
  }
  function rendered(header) {
    const body = bodyOf(header);
    const win = header.ownerDocument.defaultView;
    const started = Date.now();
    return new Promise((resolve) => {
      const check = () => {
        if (!isEmpty(body) || Date.now() - started > RENDER_WAIT_MS) resolve();
        else win.setTimeout(check, 30);
      };
      check();
    });
  }
  async function renderLazyFields(root) {
    const opened = [];
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const closed = unrendered(root);
      if (closed.length === 0) break;
      for (const header of closed) header.click();
      opened.push(...closed);
      await Promise.all(closed.map(rendered));
    }
    for (const header of opened.reverse()) if (header.classList.contains(ACCORDION_OPEN)) header.click();
  }

  // src/webui/kohya/targets.ts
  function kohyaWrites(tab, reading, plan, request, options) {
    const settings = kohyaGuiSettings(plan, request, { modelFamily: reading.family });
    const { config: config2 } = settings;
    const rows = [];
    const number2 = (id, planned, rule, formula, row = {}) => {
      const component = tab.find(id);
      if (component) rows.push(numberRow(id, component, planned, rule, formula, request, row));
    };
    const choice = (id, value, rule, row = {}) => {
      const component = tab.find(id);
      if (component) rows.push(choiceRow(id, component, value, rule, row));
    };
    const formulaOf = (...quantities) => [...plan.derivation, ...settings.derivation].filter((step) => quantities.includes(step.quantity)).map((step) => step.text).join("; ");
    if (options.batchSize !== void 0)
      number2("batchSize", options.batchSize, "R7", "", { notes: [{ key: "batchAdopted", frames: plan.frames }] });
    number2(
      "maxTrainSteps",
      Number(config2.max_train_steps),
      "R7–R9 · R16",
      formulaOf("maxTrainSteps", "batches", "optimizerSteps")
    );
    const steps = tab.find("maxTrainSteps")?.shownLabel ?? KOHYA_FIELDS.maxTrainSteps[0];
    number2("maxTrainEpochs", 0, "R16", "", { notes: [{ key: "kohyaMaxEpochs", steps }] });
    number2("epoch", Number(config2.epoch), "R16", formulaOf("repeats"), { notes: [{ key: "kohyaEpoch", steps }] });
    const asSet = (id) => {
      const component = tab.find(id);
      const value = component ? readComponent(component) : null;
      return typeof value === "number" ? value : 0;
    };
    const checkpoints = sdScriptsCheckpoints({
      epochs: Number(config2.epoch),
      steps: Number(config2.max_train_steps),
      saveEveryEpochs: asSet("saveEveryEpochs"),
      saveEverySteps: asSet("saveEverySteps")
    });
    const saveNote = checkpoints > 0 ? { key: "kohyaSaveFinal", checkpoints, gigabytes: checkpoints * CHECKPOINT_GB[reading.family] } : { key: "kohyaSaveFinalOnly" };
    number2("saveEveryEpochs", 0, "R16", "", { notes: [saveNote] });
    number2("saveEverySteps", 0, "R16", "", { notes: [saveNote] });
    if (plan.learningRateApplies) {
      const { rate: rate2, rule, formula, ...row } = plannedRate(plan, request);
      number2("learningRate", rate2, rule, formula, row);
      const textRow = (id, value) => number2(id, value, rule, "", {
        ...row,
        notes: [value === 0 ? { key: "kohyaTextEncoderOff" } : { key: "sameRate" }, ...row.notes ?? []]
      });
      if (reading.family === "sdxl") {
        textRow("textLearningRate1", Number(config2.learning_rate_te1));
        textRow("textLearningRate2", Number(config2.learning_rate_te2));
      } else textRow("textLearningRate", Number(config2.learning_rate_te));
    }
    const scheduler2 = tab.find("scheduler");
    if (scheduler2 && readComponent(scheduler2) !== config2.lr_scheduler)
      choice("scheduler", String(config2.lr_scheduler), "R9", { notes: [{ key: "schedulerSwitch" }] });
    const share = Math.round(100 * (reading.warmupShare ?? 0));
    const warmupNote = config2.lr_scheduler === "constant" ? { key: "kohyaNoWarmup" } : { key: "kohyaWarmup", share };
    number2("warmupPercent", 0, "R9", "", { notes: [warmupNote] });
    number2("warmupSteps", Number(config2.lr_warmup_steps), "R9", "", { notes: [warmupNote] });
    if (reading.family !== "sdxl") {
      const off = config2.stop_text_encoder_training === -1;
      const eightBit = /8bit$/i.test(reading.input.optimizer ?? "");
      number2("stopTextEncoder", off && eightBit ? 0 : Number(config2.stop_text_encoder_training), "R1 · R16", "", {
        notes: off ? [{ key: eightBit ? "kohyaTextEncoderRateZero" : "kohyaTextEncoderOff" }] : []
      });
      const additional = withoutStopOption(reading.additionalParameters);
      if (additional !== reading.additionalParameters)
        choice("additionalParameters", additional, "R1 · R16", { notes: [{ key: "kohyaStopRemoved" }] });
    }
    if (plan.warnings.some((warning) => warning.code === "full-mixed-precision"))
      for (const id of ["fullFp16", "fullBf16"]) {
        const component = tab.find(id);
        if (component && readComponent(component) === true)
          rows.push(
            choiceRow(id, component, false, "R13", {
              notes: [{ key: "weightsInFp32" }],
              resolves: "full-mixed-precision"
            })
          );
      }
    return rows;
  }

  // src/webui/kohya/host.ts
  function kohyaHost(root) {
    return {
      kind: "kohya",
      root,
      read(localization) {
        const tab = locateKohyaTab(root, localization);
        const reading = readKohyaForm(tab);
        return {
          reading,
          plannedWrites: (plan, request, options) => kohyaWrites(tab, reading, plan, request, options),
          // The GUI's Max train steps is a Number without limits: only the batch size can misfit.
          batchOptionProblem: (option) => firstMisfit([[tab.find("batchSize"), option.batchSize]]),
          notes(plan, request) {
            const settings = kohyaGuiSettings(plan, request, { modelFamily: reading.family });
            const notes = [];
            for (const note of settings.notes) {
              if (note.key === "instance-folders")
                notes.push({ key: "kohyaFolders", folders: note.folders, directory: reading.trainDataDir });
              if (note.key === "reg-folder")
                notes.push({
                  key: "kohyaRegFolder",
                  images: note.images,
                  folder: note.folder,
                  directory: reading.regDataDir
                });
            }
            if (request.prior && !reading.regDataDir) notes.push({ key: "kohyaNoRegFolder" });
            if (!request.prior && reading.regDataDir)
              notes.push({ key: "kohyaRegUnused", directory: reading.regDataDir });
            if (reading.crashingStop !== null)
              notes.push({ key: "kohyaTextEncoderSnapped", share: reading.crashingStop, used: request.textEncoderRatio });
            if (reading.datasetConfig) notes.push({ key: "kohyaDatasetConfig", file: reading.datasetConfig });
            for (const warning of settings.warnings) {
              if (warning.key === "family-unmeasured") notes.push({ key: "kohyaSdxl" });
              if (warning.key === "te-share-snapped")
                notes.push({ key: "kohyaTextEncoderSnapped", share: warning.share, used: warning.used });
              if (warning.key === "scheduler-substituted")
                notes.push({ key: "kohyaSchedulerSubstituted", scheduler: warning.scheduler, used: warning.used });
            }
            return notes;
          }
        };
      },
      saveLabel: () => null,
      render: () => renderLazyFields(root)
    };
  }

  // src/ui/plan-from-page.ts
  function activeSlots(reading) {
    return reading.activeConcepts.length > 0 ? reading.activeConcepts.map((concept) => concept.index) : [1];
  }
  function planFromPage(host, localization, session, choices) {
    const form = host.read(localization);
    const { reading } = form;
    const slots = activeSlots(reading);
    const base = { form, reading, slots };
    const missing = slots.filter((slot) => (choices.frames[slot] ?? "").trim() === "");
    if (missing.length > 0)
      return {
        ...base,
        issues: missing.map((slot) => ({ target: { kind: "frames", slot }, problem: { key: "enterFrames" } }))
      };
    const input2 = {
      ...reading.input,
      concepts: slots.map((slot) => numberFromText(choices.frames[slot])),
      mode: session.mode
    };
    if (session.mode === "advanced") input2.strength = numberFromText(session.strength);
    if (choices.batchSize !== void 0) input2.batchSize = choices.batchSize;
    if (choices.prior) input2.prior = true;
    const validated = validatePlanInput(input2);
    if (!validated.ok) {
      const issues = validated.issues.map((issue3) => {
        if (issue3.field === "concepts" && issue3.index !== void 0)
          return { target: { kind: "frames", slot: slots[issue3.index] }, problem: issue3.problem };
        if (issue3.field === "concepts") return { target: { kind: "frames", slot: slots[0] }, problem: issue3.problem };
        if (issue3.field === "strength") return { target: { kind: "strength" }, problem: issue3.problem };
        if (issue3.field === "mode") return { target: { kind: "formula" }, problem: issue3.problem };
        return { target: { kind: "page", field: issue3.field }, problem: issue3.problem };
      });
      return { ...base, issues };
    }
    const share = reading.warmupShare;
    let plan = computePlan(validated.request);
    let request = validated.request;
    const shared = share && validatePlanInput({ ...input2, warmupSteps: warmupStepsOfShare(share, plan.schedulerSteps) });
    if (shared && shared.ok) {
      request = shared.request;
      plan = computePlan(request);
    }
    return { ...base, issues: [], plan, request };
  }

  // src/ui/storage.ts
  var KEY_PREFIX = "dreambooth-companion:frames:";
  var FOLDS_KEY = "dreambooth-companion:folds";
  function loadFrames(doc, modelName) {
    const result = { frames: {}, dropped: [] };
    try {
      const text2 = doc.defaultView?.localStorage.getItem(KEY_PREFIX + modelName);
      const parsed = text2 ? JSON.parse(text2) : {};
      if (typeof parsed !== "object" || parsed === null) return result;
      for (const [key, value] of Object.entries(parsed)) {
        const slot = Number(key);
        if (!Number.isInteger(slot) || slot < 1) continue;
        const problem2 = numberProblem(value, BOUNDS.frames, true);
        if (problem2) result.dropped.push({ slot, problem: problem2 });
        else result.frames[slot] = value;
      }
    } catch {
    }
    return result;
  }
  function saveFrames(doc, modelName, frames) {
    try {
      doc.defaultView?.localStorage.setItem(KEY_PREFIX + modelName, JSON.stringify(frames));
    } catch {
    }
  }
  function loadUnfolded(doc) {
    try {
      const parsed = JSON.parse(doc.defaultView?.localStorage.getItem(FOLDS_KEY) ?? "[]");
      return new Set(Array.isArray(parsed) ? parsed.filter((entry) => typeof entry === "string") : []);
    } catch {
      return /* @__PURE__ */ new Set();
    }
  }
  function saveUnfolded(doc, unfolded) {
    try {
      doc.defaultView?.localStorage.setItem(FOLDS_KEY, JSON.stringify([...unfolded]));
    } catch {
    }
  }

  // src/ui/tooltips/live.ts
  function liveContext(doc, host, localization, session) {
    const first = planFromPage(host, localization, session, { frames: {} }).reading;
    const remembered = loadFrames(doc, first.modelName).frames;
    const frames = Object.fromEntries(Object.entries(remembered).map(([slot, count]) => [slot, String(count)]));
    const { plan, request, reading } = planFromPage(host, localization, session, { frames, prior: first.prior === true });
    return plan && request ? { plan, request, strengthLabel: session.strength, family: reading.family ?? "sd15" } : null;
  }
  function liveLine(words, topic, context) {
    const { plan, request } = context;
    const who = words.live("yourFrames", { frames: plan.frames });
    const rate2 = plan.learningRate;
    const noticeOf = (...codes) => [...plan.errors, ...plan.warnings].find((entry) => codes.includes(entry.code));
    switch (topic) {
      case "learningRate":
      case "textLearningRate": {
        if (!plan.learningRateApplies) return words.live("rateNotPlanned", { who });
        if (request.mode !== "advanced" || request.strength === void 0)
          return words.live("rateOfMode", { who, mode: words.ui(`mode.${request.mode}`), rate: rate2 });
        const harder = planWith(request, { strength: request.strength * 2 }).learningRate;
        const rateWho = request.concepts.length > 1 ? words.live("largestConcept", { largest: Math.max(...request.concepts), frames: plan.frames }) : who;
        const line = words.live("rate", { who: rateWho, strength: context.strengthLabel, rate: rate2, harder });
        return plan.optimizerMeasured ? line : `${line} ${words.live("rateUnmeasured", { optimizer: request.optimizer ?? "" })}`;
      }
      case "epochs":
        return words.live("epochs", {
          who,
          epochs: plan.epochs,
          steps: plan.maxTrainSteps,
          batchSize: request.batchSize
        });
      case "maxTrainSteps":
        return words.live("maxTrainSteps", { who, steps: plan.maxTrainSteps, batchSize: request.batchSize });
      case "saveFrequency":
        return words.live("saveFrequency", { epochs: plan.epochs, steps: plan.maxTrainSteps });
      case "batchSize": {
        const options = batchSizeOptions(request);
        const index = Math.max(
          0,
          options.findIndex((option) => option.batchSize >= request.batchSize)
        );
        const nearby = options.slice(Math.max(0, index - 1), index + 2);
        const list = nearby.map(
          (option) => words.live("batchOption", { batchSize: option.batchSize, steps: option.maxTrainSteps, epochs: option.epochs })
        );
        return words.live("batchSizes", { who, list });
      }
      case "gradAccum":
        return request.gradAccum === 1 ? words.live("gradAccumOne", {
          who,
          steps: plan.maxTrainSteps,
          two: planWith(request, { gradAccum: 2 }).maxTrainSteps
        }) : words.live("gradAccum", {
          who,
          steps: plan.maxTrainSteps,
          gradAccum: request.gradAccum,
          single: planWith(request, { gradAccum: 1 }).maxTrainSteps
        });
      case "textEncoder":
        return words.live("textEncoder", {
          who,
          on: planWith(request, { textEncoderRatio: 1 }).maxTrainSteps,
          off: planWith(request, { textEncoderRatio: 0 }).maxTrainSteps,
          steps: plan.maxTrainSteps
        });
      case "resolution": {
        const other = request.resolutions.length === 1 && request.resolutions[0] === 512 ? 768 : 512;
        const alternative = planWith(request, { resolutions: [other] });
        return words.live("resolution", {
          resolution: request.resolutions.join("+"),
          spf: plan.stepsPerFrame,
          steps: plan.maxTrainSteps,
          who,
          other,
          otherSpf: alternative.stepsPerFrame,
          otherSteps: alternative.maxTrainSteps
        });
      }
      case "classImagesPerInstance":
        return words.live("classImagesPerInstance", {
          who,
          perFrame: plan.classImagesPerInstance,
          total: plan.classImages
        });
      case "classImagesTotal":
        return words.live("classImagesTotal", {
          list: plan.concepts.map(
            (concept) => words.live("conceptClassImages", { frames: concept.frames, classImages: concept.classImages })
          )
        });
      case "scheduler": {
        const constant = request.schedulers === "extension" ? "constant_with_warmup" : "constant";
        const line = request.scheduler === constant ? words.live("schedulerConstant", { scheduler: request.scheduler, steps: plan.maxTrainSteps, who }) : words.live("scheduler", {
          scheduler: request.scheduler,
          steps: plan.maxTrainSteps,
          who,
          constant,
          constantSteps: planWith(request, { scheduler: constant }).maxTrainSteps
        });
        const unmeasured = noticeOf("scheduler-unknown", "scheduler-ramp-up", "scheduler-start-factor");
        return unmeasured ? `${line} ${words.notice(unmeasured)}` : line;
      }
      case "warmupSteps": {
        const notice2 = noticeOf("warmup-share");
        return notice2 ? words.notice(notice2) : words.live("warmupFine", { steps: plan.schedulerSteps, who, scheduler: request.scheduler });
      }
      case "startFactor": {
        if (request.schedulers !== "extension" || request.scheduler !== "constant" && request.scheduler !== "linear")
          return words.live("startFactorUnused", { scheduler: request.scheduler });
        const notice2 = noticeOf("scheduler-start-factor", "scheduler-ramp-up");
        return notice2 ? words.notice(notice2) : words.live("startFactorFull", { factor: request.startFactor, scheduler: request.scheduler });
      }
      case "precision": {
        if (!plan.learningRateApplies) return words.live("rateNotPlanned", { who });
        const notice2 = noticeOf("precision-range", "precision-rounding");
        return notice2 ? words.live("precision", { rate: rate2, precision: request.precision, notice: words.notice(notice2) }) : words.live("precisionExact", { rate: rate2, precision: request.precision });
      }
      case "scaleLr": {
        if (request.gradAccum * request.batchSize * request.gpus === 1) return words.live("scaleLrNoChange", { rate: rate2 });
        const scaled = planWith(request, { scaleLr: true }).effectiveLearningRate;
        return words.live(request.scaleLr ? "scaleLrOn" : "scaleLrOff", { scaled, rate: rate2 });
      }
      case "lora":
        if (request.lora) return words.live("loraOn");
        return plan.learningRateApplies ? words.live("loraOff", { rate: formatNumber(rate2) }) : words.live("loraOffAdaptive", { optimizer: request.optimizer ?? words.live("thisOptimizer") });
      case "optimizer": {
        const optimizer = request.optimizer ?? words.live("thisOptimizer");
        if (!plan.learningRateApplies) return words.live("optimizerAdaptive", { optimizer });
        return words.live(plan.optimizerMeasured ? "optimizerMeasured" : "optimizerUnmeasured", { optimizer, rate: rate2 });
      }
    }
  }

  // src/ui/tooltips/texts.ts
  var TOOLTIPS = [
    { id: "instancePrompt", labels: ["Instance Prompt"] },
    { id: "classPrompt", labels: ["Class Prompt"] },
    { id: "prompt", labels: ["Prompt"] },
    { id: "instanceToken", labels: ["Instance Token"] },
    { id: "classToken", labels: ["Class Token"] },
    { id: "directory", labels: ["Dataset Directory", "Directory"], live: "classImagesTotal" },
    { id: "classDirectory", labels: ["Classification Dataset Directory"] },
    { id: "conceptsList", labels: ["Concepts List", "Use Concepts List"] },
    { id: "epochs", labels: ["Training Steps Per Image (Epochs)"], live: "epochs" },
    { id: "maxTrainSteps", labels: ["Max Training Steps"], live: "maxTrainSteps" },
    { id: "conceptMaxSteps", labels: ["Maximum Training Steps"] },
    { id: "learningRate", labels: ["Learning Rate"], live: "learningRate" },
    { id: "textLearningRate", labels: ["Text Encoder Learning Rate"], live: "textLearningRate" },
    { id: "scheduler", labels: ["Learning Rate Scheduler"], live: "scheduler" },
    { id: "warmupSteps", labels: ["Learning Rate Warmup Steps"], live: "warmupSteps" },
    { id: "startFactor", labels: ["Constant/Linear Starting Factor"], live: "startFactor" },
    { id: "scalePosition", labels: ["Scale Position"] },
    { id: "schedulerShape", labels: ["Number of Hard Resets", "Polynomial Power", "Min Learning Rate"] },
    { id: "scaleLr", labels: ["Scale Learning Rate"], live: "scaleLr" },
    { id: "batchSize", labels: ["Batch Size"], live: "batchSize" },
    { id: "gradAccum", labels: ["Gradient Accumulation Steps"], live: "gradAccum" },
    { id: "classBatchSize", labels: ["Class Batch Size"] },
    { id: "textEncoder", labels: ["Train Text Encoder", "Step Ratio of Text Encoder Training"], live: "textEncoder" },
    { id: "trainUnet", labels: ["Train UNET"] },
    { id: "resolution", labels: ["Max Resolution", "Resolution"], live: "resolution" },
    {
      id: "classImages",
      labels: ["Class Images Per Instance Image", "Total Number of Class/Reg Images"],
      live: "classImagesPerInstance"
    },
    {
      id: "priorLossWeight",
      labels: ["Prior Loss Weight", "Scale Prior Loss", "Minimum Prior Loss Weight", "Prior Loss Target"]
    },
    {
      id: "classGeneration",
      labels: [
        "Classification CFG Scale",
        "Classification Steps",
        "Classification Image Negative Prompt",
        "Negative Prompt"
      ]
    },
    { id: "mixedPrecision", labels: ["Mixed Precision"], live: "precision" },
    { id: "fullMixedPrecision", labels: ["Full Mixed Precision"] },
    { id: "use8bitAdam", labels: ["Use 8bit Adam"] },
    { id: "optimizer", labels: ["Optimizer"], live: "optimizer" },
    { id: "memoryAttention", labels: ["Memory Attention"] },
    { id: "gradientCheckpointing", labels: ["Gradient Checkpointing"] },
    { id: "cacheLatents", labels: ["Cache Latents"] },
    { id: "dontCacheLatents", labels: ["Don't Cache Latents"] },
    { id: "gradsToNone", labels: ["Set Gradients to None When Zeroing"] },
    { id: "padTokens", labels: ["Pad Tokens"] },
    { id: "extractEma", labels: ["Extract EMA Weights"] },
    { id: "ema", labels: ["Use EMA"] },
    { id: "emaOutput", labels: ["Save EMA Weights to Generated Models", "Use EMA Weights for Inference"] },
    { id: "emaPredict", labels: ["Use EMA for prediction"] },
    { id: "useLora", labels: ["Use LORA"], live: "lora" },
    {
      id: "loraSettings",
      labels: [
        "Lora UNET Learning Rate",
        "Lora unet Learning Rate",
        "Lora Text Encoder Learning Rate",
        "Lora Rank",
        "Lora UNET Rank",
        "Lora Text Encoder Rank",
        "Lora Weight",
        "Lora Text Weight",
        "Lora Weight (Alpha)",
        "Use Lora Extended",
        "Lora Model"
      ]
    },
    {
      id: "saveFrequency",
      labels: [
        "Save Model Frequency (Epochs)",
        "Save Preview(s) Frequency (Epochs)",
        "Save Checkpoint Frequency",
        "Save Preview(s) Frequency",
        "Save Preview/Ckpt Every Epoch",
        "Use Lifetime Steps/Epochs When Saving"
      ],
      live: "saveFrequency"
    },
    { id: "sampleCount", labels: ["Sample Batch Size", "Number of Samples to Generate"] },
    {
      id: "modelSetup",
      labels: [
        "Model",
        "Snapshot to Resume",
        "Name",
        "Model Type",
        "Create From Hub",
        "Source Checkpoint",
        "Model Path",
        "HuggingFace Token",
        "Import Model from Huggingface Hub",
        "Unfreeze Model",
        "Half Model",
        "Experimental Shared Src",
        "EXPERIMENTAL: LoRA Shared Diffusers Source",
        "512x Model",
        "Scheduler",
        "Custom Model Name",
        "Pretrained VAE Name or Path",
        "Use CPU Only (SLOW)",
        "Train Inpainting Model",
        "Train Imagic Only"
      ],
      generic: true
    },
    {
      id: "savingFiles",
      labels: [
        "Save Checkpoint to Subdirectory",
        "Save in .safetensors format",
        "Generate a .ckpt file when saving during training.",
        "Generate a .ckpt file when training completes.",
        "Generate a .ckpt file when training is canceled.",
        "Generate lora weights for extra networks.",
        "Generate lora weights when saving during training.",
        "Generate lora weights when training completes.",
        "Generate lora weights when training is canceled.",
        "Save separate diffusers snapshots when saving during training.",
        "Save separate diffusers snapshots when training completes.",
        "Save separate diffusers snapshots when training is canceled.",
        "Save Class Captions to txt"
      ],
      generic: true
    },
    {
      id: "imageGeneration",
      labels: [
        "Sample Image Prompt",
        "Sample Prompt",
        "Sample Negative Prompt",
        "Sample Image Negative Prompt",
        "Sample Prompt Template File",
        "Sample Prompt File",
        "Sample Seed",
        "Sample Steps",
        "Sample CFG Scale",
        "Sample Width",
        "Sample Height",
        "Sampling Steps for Sample",
        "CFG Scale for Sample",
        "Sanity Sample Prompt",
        "Sanity Sample Negative Prompt",
        "Sanity Sample Seed",
        "Generate Classification Images Using txt2img",
        "Use txt2img",
        "Image Generation Library",
        "Image Generation Scheduler",
        "Swap Sample Faces",
        "Swap Prompt",
        "Swap Negative Prompt",
        "Swap Steps",
        "Swap Batch",
        "Batch Size to Simulate",
        "Epochs to Simulate",
        "Graph Smoothing Steps"
      ],
      generic: true
    },
    {
      id: "extensionTools",
      labels: [
        "Pause After N Epochs",
        "Amount of time to pause between Epochs (s)",
        "Amount of time to pause between Epochs, in Seconds",
        "Discord Webhook",
        "API Key",
        "Disable Logging",
        "Dry Run",
        "Source Path",
        "Dest Path",
        "Max Res",
        "Bucket Steps",
        "Deterministic",
        "Calculate Split Loss",
        "Disable Class Matching"
      ],
      generic: true
    },
    {
      id: "unmeasuredOptions",
      labels: [
        "Apply Horizontal Flip",
        "Center Crop",
        "Dynamic Image Normalization",
        "Shuffle Tags",
        "Strict Tokens",
        "Max Token Length",
        "Clip Skip",
        "Freeze CLIP Normalization Layers",
        "Freeze Spectral Norm",
        "Offset Noise",
        "Min SNR Gamma",
        "Use DREAM",
        "DREAM detail preservation",
        "Weight Decay",
        "TENC Weight Decay",
        "TENC Gradient Clip Norm",
        "AdamW Weight Decay",
        "Adam Beta 1",
        "Adam Beta 2",
        "Adam Epsilon",
        "Adam Weight Decay",
        "Noise scheduler",
        "Token Merging (ToMe)",
        "LoRA use buggy requires grad"
      ],
      generic: true
    }
  ];
  function byLabel(entries) {
    const table = /* @__PURE__ */ new Map();
    for (const entry of entries) for (const label of entry.labels) if (!table.has(label)) table.set(label, entry);
    return (label) => table.get(label);
  }
  var tooltipFor = byLabel(TOOLTIPS);

  // src/ui/a1111-setup.ts
  function a1111Setup(root) {
    return { host: a1111Host(root), tooltips: tooltipFor, live: { line: liveLine } };
  }

  // src/ui/tooltips/kohya-live.ts
  var KOHYA_LIVE = {
    line(words, topic, context) {
      const { plan, request, family } = context;
      const who = words.live("yourFrames", { frames: plan.frames });
      const gui = (changes = {}) => {
        const changed = { ...request, ...changes };
        return kohyaGuiSettings(planWith(request, changes), changed, { modelFamily: family });
      };
      const steps = (changes = {}) => Number(gui(changes).config.max_train_steps);
      const settings = gui();
      const now = Number(settings.config.max_train_steps);
      switch (topic) {
        case "kohyaSteps":
          return words.live(request.prior ? "kohyaStepsPrior" : "kohyaSteps", {
            who,
            steps: now,
            planSteps: plan.maxTrainSteps,
            batchSize: request.batchSize,
            gradAccum: request.gradAccum
          });
        case "kohyaEpoch":
          return words.live("kohyaEpoch", { who, epochs: Number(settings.config.epoch), steps: now });
        case "kohyaFolders": {
          const folders = settings.notes.find((note) => note.key === "instance-folders");
          return words.live("kohyaFolders", { who, folders: folders?.key === "instance-folders" ? folders.folders : "" });
        }
        case "kohyaRegImages": {
          const withClass = request.prior ? request : { ...request, prior: true };
          const classPlan = request.prior ? plan : planWith(request, { prior: true });
          const folder = kohyaGuiSettings(classPlan, withClass, { modelFamily: family }).notes.find(
            (note) => note.key === "reg-folder"
          );
          return words.live(request.prior ? "kohyaRegImages" : "kohyaRegImagesOff", {
            who,
            images: classPlan.classImages,
            perFrame: classPlan.classImagesPerInstance,
            folder: folder?.key === "reg-folder" ? folder.folder : "",
            steps: steps({ prior: true })
          });
        }
        case "kohyaScheduler": {
          const line = settings.config.lr_scheduler === "constant" ? words.live("kohyaSchedulerConstant", { scheduler: String(settings.config.lr_scheduler), steps: now, who }) : words.live("kohyaScheduler", {
            scheduler: String(settings.config.lr_scheduler),
            steps: now,
            who,
            constantSteps: steps({ scheduler: "constant" })
          });
          const unmeasured = plan.warnings.find((notice2) => notice2.code === "scheduler-unknown");
          return unmeasured ? `${line} ${words.notice(unmeasured)}` : line;
        }
        case "kohyaWarmup": {
          const notice2 = plan.warnings.find((entry) => entry.code === "warmup-share");
          if (notice2) return words.notice(notice2);
          return words.live("kohyaWarmup", { warmup: Number(settings.config.lr_warmup_steps), steps: now });
        }
        case "kohyaResolution": {
          const side2 = Math.max(...request.resolutions);
          const other = side2 === 512 ? 768 : 512;
          return words.live("kohyaResolution", {
            resolution: side2,
            steps: now,
            who,
            other,
            otherSteps: steps({ resolutions: [other] })
          });
        }
        case "kohyaTextEncoder":
          return words.live("kohyaTextEncoder", {
            who,
            on: steps({ textEncoderRatio: 1 }),
            off: steps({ textEncoderRatio: 0 }),
            steps: now
          });
        case "kohyaGradAccum":
          return words.live("kohyaGradAccum", {
            who,
            steps: now,
            gradAccum: request.gradAccum,
            single: steps({ gradAccum: 1 })
          });
        case "learningRate":
        case "textLearningRate":
        case "precision":
        case "optimizer":
          return liveLine(words, topic, context);
      }
      return "";
    }
  };

  // src/ui/tooltips/kohya-texts.ts
  var KOHYA_TOOLTIPS = [
    { id: "kohyaImageFolder", labels: ["Image folder (containing training images subfolders)"], live: "kohyaFolders" },
    {
      id: "kohyaRegFolder",
      labels: ["Regularisation directory (Optional. containing regularisation images)"],
      live: "kohyaRegImages"
    },
    { id: "kohyaBatchSize", labels: ["Train batch size"], live: "kohyaSteps" },
    { id: "kohyaEpoch", labels: ["Epoch"], live: "kohyaEpoch" },
    { id: "kohyaMaxTrainEpoch", labels: ["Max train epoch"] },
    { id: "kohyaMaxTrainSteps", labels: ["Max train steps"], live: "kohyaSteps" },
    { id: "kohyaScheduler", labels: ["LR Scheduler"], live: "kohyaScheduler" },
    { id: "kohyaLearningRate", labels: ["Learning rate Unet"], live: "learningRate" },
    {
      id: "kohyaTextLearningRate",
      labels: ["Learning rate TE", "Learning rate TE1", "Learning rate TE2"],
      live: "textLearningRate"
    },
    { id: "kohyaWarmup", labels: ["LR warmup (% of total steps)", "LR warmup steps (override)"], live: "kohyaWarmup" },
    { id: "kohyaResolution", labels: ["Max resolution"], live: "kohyaResolution" },
    { id: "kohyaStopTextEncoder", labels: ["Stop TE (% of total steps)"], live: "kohyaTextEncoder" },
    { id: "kohyaGradAccum", labels: ["Gradient accumulate steps"], live: "kohyaGradAccum" },
    { id: "kohyaPrecision", labels: ["Mixed precision"], live: "precision" },
    { id: "kohyaFullPrecision", labels: ["Full fp16 training (experimental)", "Full bf16 training (experimental)"] },
    { id: "kohyaOptimizer", labels: ["Optimizer"], live: "optimizer" }
  ];
  var kohyaTooltipFor = byLabel(KOHYA_TOOLTIPS);

  // src/ui/kohya-setup.ts
  async function kohyaSetup(page, context) {
    const button = findKohyaTabButton(page.ownerDocument, context.localization);
    const panel = button && await whenKohyaPanel(button);
    return panel ? { host: kohyaHost(panel), tooltips: kohyaTooltipFor, live: KOHYA_LIVE } : null;
  }

  // src/i18n/index.ts
  function fill(catalog, template, params = {}) {
    return template.replace(
      /\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}/g,
      (whole2, name, one, other) => {
        const value = params[name];
        if (value === void 0) return whole2;
        if (Array.isArray(value))
          return value.map((entry) => typeof entry === "number" ? formatNumber(entry) : entry).join(catalog.list);
        const shown = typeof value === "number" ? formatNumber(value) : value;
        return one === void 0 ? shown : `${shown} ${value === 1 ? one : other}`;
      }
    );
  }
  function noticeKey(notice2) {
    switch (notice2.code) {
      case "out-of-scope":
        return notice2.params.lora ? "out-of-scope.lora" : "out-of-scope.optimizer";
      case "plan-range":
        if (notice2.params.kind === "rate") return notice2.params.tooLow ? "plan-range.rate-low" : "plan-range.rate-high";
        return notice2.params.kind === "zero-steps" ? "plan-range.zero-steps" : "plan-range.overflow";
      default:
        return notice2.code;
    }
  }
  function noticeText(catalog, notice2) {
    return fill(catalog, catalog.notices[noticeKey(notice2)], notice2.params);
  }
  function problemText(catalog, problem2, fieldName) {
    const params = problem2.params;
    const field = params.field;
    return fill(
      catalog,
      catalog.problems[problem2.key],
      typeof field === "string" && fieldName ? { ...params, field: fieldName(field) } : params
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

  // src/ui/dom.ts
  function h(doc, tag, attributes = {}, ...children) {
    const element = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === void 0 || value === false) continue;
      element.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children) {
      if (child === null || child === void 0 || child === false) continue;
      element.append(typeof child === "string" ? doc.createTextNode(child) : child);
    }
    return element;
  }

  // src/ui/rate-chart.ts
  var SVG = "http://www.w3.org/2000/svg";
  var PAD = { left: 44, right: 12, top: 10, bottom: 20 };
  function svg(doc, tag, attributes, text2) {
    const element = doc.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    if (text2 !== void 0) element.textContent = text2;
    return element;
  }
  var xOf = (point, unit) => unit === "steps" ? point.step : point.epoch;
  function rateChart(doc, words, curves, size) {
    const { unit, planned, asSet, research } = curves;
    const figure = doc.createElement("figure");
    figure.className = "rate-chart";
    figure.dataset.dbc = "rate-chart";
    const caption = doc.createElement("figcaption");
    caption.textContent = words.ui("curve.title");
    if (!planned) {
      const none = doc.createElement("p");
      none.textContent = words.ui("curve.none", { scheduler: curves.scheduler });
      figure.append(caption, none);
      return figure;
    }
    const researchLength = unit === "steps" ? research.steps : research.epochs;
    const runLength = unit === "steps" ? planned.steps : planned.epochs;
    const maxX = Math.max(researchLength, runLength, 1);
    const rates = [research.rate, ...planned.points.map((p) => p.rate), ...(asSet?.points ?? []).map((p) => p.rate)];
    const maxY = Math.max(...rates) * 1.1 || 1;
    const { width, height } = size;
    const plotWidth = width - PAD.left - PAD.right;
    const plotHeight = height - PAD.top - PAD.bottom;
    const x = (value) => PAD.left + plotWidth * value / maxX;
    const y = (rate2) => PAD.top + plotHeight * (1 - rate2 / maxY);
    const at = (left, rate2) => `${x(left).toFixed(1)},${y(rate2).toFixed(1)}`;
    const line = (points) => points.map((point) => at(xOf(point, unit), point.rate)).join(" ");
    const unitWord = words.ui(unit === "steps" ? "curve.steps" : "curve.epochs");
    const compact = new Intl.NumberFormat(words.language, { notation: "compact", maximumSignificantDigits: 3 });
    const legend = [
      words.ui("curve.planned", { scheduler: planned.scheduler }),
      ...asSet ? [words.ui("curve.asSet", { scheduler: asSet.scheduler })] : [],
      words.ui("curve.research")
    ];
    const chart = svg(doc, "svg", {
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-label": `${words.ui("curve.title")}: ${legend.join("; ")}`,
      "data-dbc": "rate-chart-svg"
    });
    const baseline = PAD.top + plotHeight;
    chart.append(
      svg(doc, "line", {
        x1: PAD.left,
        y1: baseline.toFixed(1),
        x2: width - PAD.right,
        y2: baseline.toFixed(1),
        class: "axis"
      }),
      svg(doc, "line", { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: baseline, class: "axis" }),
      svg(doc, "text", { x: PAD.left - 4, y: y(research.rate) + 4, "text-anchor": "end" }, formatNumber(research.rate)),
      svg(doc, "text", { x: PAD.left - 4, y: baseline, "text-anchor": "end" }, "0"),
      svg(
        doc,
        "text",
        { x: width - PAD.right, y: height - 4, "text-anchor": "end" },
        `${compact.format(maxX)} ${unitWord}`
      ),
      svg(doc, "polyline", {
        points: `${at(0, research.rate)} ${at(researchLength, research.rate)}`,
        class: "research",
        "data-dbc": "curve-research"
      })
    );
    if (asSet)
      chart.append(svg(doc, "polyline", { points: line(asSet.points), class: "as-set", "data-dbc": "curve-as-set" }));
    chart.append(svg(doc, "polyline", { points: line(planned.points), class: "planned", "data-dbc": "curve-planned" }));
    const key = doc.createElement("ul");
    key.className = "curve-key";
    legend.forEach((text2, index) => {
      const item = doc.createElement("li");
      item.className = index === 0 ? "planned" : index === legend.length - 1 ? "research" : "as-set";
      item.textContent = text2;
      key.append(item);
    });
    figure.append(caption, chart, key);
    return figure;
  }
  function drawRateChart(doc, words, request, plan, size) {
    return rateChart(doc, words, planCurves(request, plan, Math.round(size.width / 2)), size);
  }

  // src/ui/autofill/actions.ts
  var isDropdown = (entry) => entry.component.kind === "dropdown";
  function applyRows(rows, labelOf) {
    const applied = { written: [], failed: [] };
    const record = (row, previous) => applied.written.push({ component: row.component, label: labelOf(row), previous, value: row.value });
    const write = (row) => {
      const previous = readComponent(row.component);
      try {
        writeComponent(row.component, row.value);
        record(row, previous);
      } catch {
        applied.failed.push(row);
      }
    };
    const writable = rows.filter((row) => row.value !== null);
    for (const row of writable.filter((candidate) => !isDropdown(candidate))) write(row);
    const dropdowns = writable.filter(isDropdown);
    if (dropdowns.length === 0) return applied;
    return (async () => {
      for (const row of dropdowns) {
        const previous = readComponent(row.component);
        try {
          await selectOption(row.component, String(row.value));
          record(row, previous);
        } catch {
          applied.failed.push(row);
        }
      }
      return applied;
    })();
  }
  function undoWrites(written) {
    const undone = { restored: [], kept: [] };
    const ours = [...written].reverse().filter((entry) => {
      const now = readComponent(entry.component);
      if (now === entry.value) return true;
      undone.kept.unshift({ entry, now });
      return false;
    });
    for (const entry of ours.filter((candidate) => !isDropdown(candidate))) {
      writeComponent(entry.component, entry.previous === null ? "" : entry.previous);
      undone.restored.unshift(entry);
    }
    const dropdowns = ours.filter(isDropdown);
    if (dropdowns.length === 0) return undone;
    return (async () => {
      for (const entry of dropdowns) {
        await selectOption(entry.component, String(entry.previous));
        undone.restored.unshift(entry);
      }
      return undone;
    })();
  }

  // src/ui/autofill/counts.ts
  async function countConcepts(win, reading, slots) {
    let refused = null;
    const concepts = reading.activeConcepts.filter((concept) => slots.includes(concept.index));
    const answers = await Promise.all(
      concepts.map(async (concept) => {
        const images = await countFolder(win, concept.directory, reading.apiKey);
        if (images && "refused" in images) refused = images.refused;
        if (!images || !("count" in images)) return null;
        const classes = concept.classDirectory ? await countFolder(win, concept.classDirectory, reading.apiKey) : null;
        return {
          slot: concept.index,
          directory: concept.directory,
          images: images.count,
          classes: classes && "count" in classes ? classes.count : null
        };
      })
    );
    return { counts: answers.filter((answer) => answer !== null), refused };
  }
  function countedFrames(typed, earlierCount, images) {
    if (typed !== "" && typed !== earlierCount) return null;
    return images > 0 ? String(images) : typed;
  }
  function countedText(words, count) {
    const params = { images: count.images.images, directory: count.directory, captioned: count.images.captioned };
    return words.ui(count.images.truncated ? "countedAtLeast" : "counted", params);
  }
  function countNotes(words, counts, plan, request, prior, slots) {
    const notes = [];
    const resolution = Math.max(...request.resolutions);
    for (const count of counts) {
      const { images, captioned, smallestSide } = count.images;
      if (images > 0 && captioned === images && request.mode !== "filewords")
        notes.push(words.ui("counts.filewords", { slot: count.slot, images }));
      if (count.images.unreadable > 0)
        notes.push(words.ui("counts.unreadable", { slot: count.slot, folders: count.images.unreadable }));
      if (smallestSide !== null && smallestSide < resolution)
        notes.push(words.ui("counts.small", { slot: count.slot, side: smallestSide, resolution }));
      const frames = plan.concepts[slots.indexOf(count.slot)]?.frames;
      if (prior && count.classes && frames !== void 0) {
        const needed = plan.classImagesPerInstance * frames;
        const existing = count.classes.images;
        notes.push(
          words.ui("counts.classImages", { slot: count.slot, existing, needed, missing: Math.max(0, needed - existing) })
        );
      }
    }
    return notes;
  }

  // src/ui/autofill/view.ts
  function shownValue(words, value) {
    if (value === null || value === "") return words.ui("empty");
    if (typeof value === "boolean") return words.ui(value ? "on" : "off");
    if (typeof value === "number") return formatNumber(value);
    const number2 = Number(value);
    return value.trim() !== "" && Number.isFinite(number2) ? formatNumber(number2) : value;
  }
  function rowLabel(words, row) {
    const label = row.component.shownLabel;
    return row.concept === void 0 ? label : words.ui("rowOfConcept", { label, slot: row.concept });
  }
  function renderInputs(doc, words, reading, frames, session, prior, on) {
    const fields = [];
    for (const slot of Object.keys(frames).map(Number)) {
      const concept = reading.activeConcepts.find((candidate) => candidate.index === slot);
      const input2 = h(doc, "input", {
        type: "text",
        inputmode: "numeric",
        size: "6",
        "data-dbc": `frames-${slot}`,
        value: frames[slot],
        title: concept ? concept.directory : words.ui("noDirectory")
      });
      input2.addEventListener("input", () => on.frames(slot, input2.value));
      fields.push(
        h(
          doc,
          "label",
          {},
          words.ui("frames", { slot }),
          input2,
          h(doc, "span", { class: "hint", "data-dbc": `counted-${slot}` })
        )
      );
    }
    const mode = h(
      doc,
      "select",
      { "data-dbc": "mode" },
      ...MODES.map(
        (name) => h(doc, "option", { value: name, selected: name === session.mode }, words.ui(`mode.${name}`))
      )
    );
    mode.addEventListener("change", () => on.mode(mode.value));
    fields.push(h(doc, "label", {}, words.ui("formula"), mode));
    const strengthList = h(
      doc,
      "datalist",
      { id: "dbc-strengths" },
      ...Object.entries(STRENGTHS).map(([name, value]) => h(doc, "option", { value: name }, `${name} (${value})`))
    );
    const strength = h(doc, "input", {
      type: "text",
      size: "8",
      "data-dbc": "strength",
      list: "dbc-strengths",
      value: session.strength,
      disabled: session.mode !== "advanced"
    });
    strength.addEventListener("input", () => on.strength(strength.value));
    fields.push(h(doc, "label", {}, words.ui("strengthInput"), strength, strengthList));
    const priorBox = h(doc, "input", { type: "checkbox", "data-dbc": "prior", checked: prior });
    priorBox.addEventListener("change", () => on.prior(priorBox.checked));
    fields.push(h(doc, "label", { class: "inline" }, priorBox, words.ui("prior")));
    return fields;
  }
  function summaryText(words, plan) {
    return words.ui("summary", {
      frames: plan.frames,
      rate: plan.learningRate,
      spf: plan.stepsPerFrame,
      steps: plan.maxTrainSteps,
      epochs: plan.epochs,
      classImages: plan.classImagesPerInstance
    });
  }
  var rowNoteText = (words, { key, ...params }) => words.ui(`why.${key}`, params);
  var hostNoteText = (words, { key, ...params }) => words.ui(`host.${key}`, params);
  function failureText(words, value, failure2) {
    switch (failure2.why) {
      case "range":
        return words.ui("fit.range", { value, min: failure2.min, max: failure2.max });
      case "not-finite":
        return words.ui("fit.notFinite", { value });
      case "negative":
        return words.ui("fit.negative", { value });
    }
  }
  function changeText(words, change, value) {
    switch (change.kind) {
      case "scheduler":
        return words.ui("change.scheduler", { scheduler: change.scheduler, value });
      case "text-encoder":
        return words.ui("change.textEncoder", { value });
      case "resolution":
        return words.ui("change.resolution", { resolution: change.resolution, value });
      case "learning-rate":
        return words.ui("change.rate", { rate: change.rate, value });
    }
  }
  function rowProblemText(words, row) {
    const problem2 = row.problem;
    const fixes = problem2.alternatives.map(({ change, value }) => changeText(words, change, value));
    const advice = fixes.length > 0 ? words.ui("fit.alternatives", { list: fixes }) : problem2.failure.why === "range" ? words.ui("fit.none") : "";
    return `${failureText(words, Number(row.planned), problem2.failure)} ${advice}`.trim();
  }
  function renderRows(doc, words, rows, selected, onTick) {
    const body = h(doc, "tbody");
    for (const row of rows) {
      const label = rowLabel(words, row);
      const tick = h(doc, "input", {
        type: "checkbox",
        "data-dbc": `row-${row.id}`,
        "aria-label": words.ui("writeRow", { label }),
        checked: selected(row),
        disabled: row.value === null || !row.changes
      });
      tick.addEventListener("change", () => onTick(row, tick.checked));
      const planned = row.value === null ? words.ui("notWritten") : row.changes ? shownValue(words, row.value) : words.ui("unchanged");
      const why = [row.formula, ...row.notes.map((note) => rowNoteText(words, note))].filter(Boolean).join("; ");
      body.append(
        h(
          doc,
          "tr",
          {},
          h(doc, "td", {}, tick),
          h(doc, "td", {}, label),
          h(doc, "td", { class: "num", "data-dbc": `now-${row.id}` }, shownValue(words, row.current)),
          h(doc, "td", { class: "num", "data-dbc": `value-${row.id}` }, planned),
          h(
            doc,
            "td",
            { class: "why", title: why },
            h(doc, "strong", {}, row.rule),
            why ? ` ${why}` : "",
            row.problem ? h(doc, "div", { class: "problem" }, rowProblemText(words, row)) : null
          )
        )
      );
    }
    return h(
      doc,
      "table",
      { class: "changes" },
      h(
        doc,
        "thead",
        {},
        h(
          doc,
          "tr",
          {},
          h(doc, "th", {}, ""),
          h(doc, "th", {}, words.ui("field")),
          h(doc, "th", { class: "num" }, words.ui("now")),
          h(doc, "th", { class: "num" }, words.ui("planned")),
          h(doc, "th", {}, words.ui("rule"))
        )
      ),
      body
    );
  }
  function renderNotices(doc, words, errors, warnings) {
    if (errors.length + warnings.length === 0) return null;
    return h(
      doc,
      "ul",
      { class: "notices", "data-dbc": "warnings" },
      ...errors.map((notice2) => h(doc, "li", { class: "error", "data-code": notice2.code }, words.notice(notice2))),
      ...warnings.map((notice2) => h(doc, "li", { class: "warning", "data-code": notice2.code }, words.notice(notice2)))
    );
  }
  function renderPageNotes(doc, words, notes) {
    if (notes.length === 0) return null;
    return h(
      doc,
      "ul",
      { class: "notices", "data-dbc": "page-notes" },
      ...notes.map((note) => h(doc, "li", { class: "warning", "data-field": note.field }, noteText(words, note)))
    );
  }
  function renderInfo(doc, notes) {
    if (notes.length === 0) return null;
    return h(
      doc,
      "ul",
      { class: "notices", "data-dbc": "counts" },
      ...notes.map((note) => h(doc, "li", { class: "info" }, note))
    );
  }
  function renderIssues(doc, words, issues, pageLabel) {
    return h(
      doc,
      "ul",
      { class: "notices" },
      ...issues.map((issue3) => h(doc, "li", { class: "error" }, issueText(words, issue3, pageLabel)))
    );
  }
  function issueText(words, issue3, pageLabel) {
    const target = issue3.target;
    const where = target.kind === "frames" ? words.ui("frames", { slot: target.slot }) : target.kind === "strength" ? words.ui("strength") : target.kind === "formula" ? words.ui("formula") : pageLabel(target.field);
    const what = issue3.problem.key === "enterFrames" ? words.ui("enterFrames") : words.problem(issue3.problem);
    return words.ui("issue", { where, what });
  }
  function assumedText(words, note) {
    const assumed = note.assumed;
    if (typeof assumed === "object")
      return words.ui(
        assumed.key === "off" ? "off" : assumed.key === "noTextEncoder" ? "assumed.noTextEncoder" : "assumed.unchecked"
      );
    return shownValue(words, assumed);
  }
  function noteText(words, note) {
    const params = { label: note.label, assumed: assumedText(words, note), shown: note.shown ?? "" };
    return words.ui(`note.${note.kind}`, params);
  }
  function renderSources(doc, words, reading) {
    const generation = reading.generation === "current" ? words.ui("generation.current") : reading.generation === "kohya" ? words.ui("generation.kohya") : words.ui("generation.dated", { date: reading.generation });
    return [
      h(doc, "summary", {}, words.ui("fromPage", { ui: generation })),
      h(
        doc,
        "ul",
        { class: "source" },
        ...reading.sources.map((source) => h(doc, "li", {}, `${source.label}: ${shownValue(words, source.shown)}`))
      )
    ];
  }
  function renderBatches(doc, words, rows, onUse) {
    const body = rows.map(({ option, inUse, problem: problem2 }) => {
      const use = h(
        doc,
        "button",
        {
          type: "button",
          "data-dbc": `batch-${option.batchSize}`,
          "aria-pressed": String(inUse),
          disabled: inUse || problem2 !== null,
          title: problem2 ?? ""
        },
        inUse ? words.ui("inUse") : problem2 ? words.ui("noFit") : words.ui("use")
      );
      use.addEventListener("click", () => onUse(option.batchSize));
      return h(
        doc,
        "tr",
        {},
        h(doc, "td", { class: "num" }, String(option.batchSize)),
        h(doc, "td", { class: "num" }, String(option.maxTrainSteps)),
        h(doc, "td", { class: "num" }, String(option.epochs)),
        h(doc, "td", {}, use)
      );
    });
    return [
      h(doc, "summary", {}, words.ui("batches")),
      h(
        doc,
        "table",
        { class: "batches" },
        h(
          doc,
          "thead",
          {},
          h(
            doc,
            "tr",
            {},
            h(doc, "th", { class: "num" }, words.ui("batchSize")),
            h(doc, "th", { class: "num" }, words.ui("steps")),
            h(doc, "th", { class: "num" }, words.ui("epochs")),
            h(doc, "th", {}, "")
          )
        ),
        h(doc, "tbody", {}, ...body)
      )
    ];
  }

  // src/ui/autofill/status.ts
  function appliedStatus(words, { written, failed }, savedBy) {
    const entries = written.map(
      (entry) => words.ui("status.entry", {
        label: entry.label,
        from: shownValue(words, entry.previous),
        to: shownValue(words, entry.value)
      })
    );
    const report = [
      written.length === 0 ? words.ui("status.nothing") : savedBy === null ? words.ui("status.wroteLive", { list: entries }) : words.ui("status.wrote", { list: entries, save: savedBy })
    ];
    if (failed.length > 0) report.push(words.ui("status.failed", { list: failed.map((row) => rowLabel(words, row)) }));
    return report.join(" ");
  }
  function undoneStatus(words, { restored, kept }) {
    const report = [];
    if (kept.length > 0)
      report.push(
        words.ui("status.kept", { list: kept.map(({ entry, now }) => `${entry.label} ${shownValue(words, now)}`) })
      );
    if (restored.length > 0)
      report.push(
        words.ui("status.restored", {
          list: restored.map((entry) => `${entry.label} ${shownValue(words, entry.previous)}`)
        })
      );
    return report.join(" ");
  }

  // src/ui/autofill/state.ts
  function isSelected(state, row) {
    return row.value !== null && row.changes && (state.choices.get(row.id) ?? row.selectedByDefault);
  }
  function visibleWarnings(state, warnings) {
    const resolved = new Set(state.rows.filter((row) => isSelected(state, row)).map((row) => row.resolves));
    return warnings.filter((notice2) => !resolved.has(notice2.code));
  }
  function canApply(state) {
    const plan = state.pagePlan.plan;
    return plan !== void 0 && plan.errors.length === 0 && state.rows.some((row) => isSelected(state, row));
  }
  function selectedSignature(state, rows) {
    return rows.filter((row) => isSelected(state, row)).map((row) => `${row.id}=${row.value}`).join(",");
  }

  // src/ui/autofill/panel.ts
  function settle(result, then) {
    if (result instanceof Promise) void result.then(then);
    else then(result);
  }
  function createAutofillPanel(doc, host, localization, session, onClose, defaults = { prior: false, serverCounts: () => false, lastWrite: [] }) {
    const { words } = session;
    const panel = h(doc, "section", {
      class: "panel",
      "data-dbc": "panel",
      role: "region",
      "aria-label": words.ui("region"),
      hidden: true
    });
    const closeButton = h(
      doc,
      "button",
      { type: "button", class: "close", "aria-label": words.ui("closeLabel"), title: words.ui("closeLabel") },
      "×"
    );
    const inputsBox = h(doc, "div", { class: "inputs" });
    const summary = h(doc, "p", { class: "summary", "data-dbc": "summary", "aria-live": "polite" });
    const changes = h(doc, "div");
    const notices = h(doc, "div");
    const curve = h(doc, "div");
    const status = h(doc, "p", { class: "status", "data-dbc": "status", role: "status" });
    const applyButton = h(
      doc,
      "button",
      { type: "button", "data-dbc": "apply", class: "autofill", title: words.ui("applyHint") },
      words.ui("apply")
    );
    const undoButton = h(
      doc,
      "button",
      { type: "button", "data-dbc": "undo", disabled: defaults.lastWrite.length === 0 },
      words.ui("undo")
    );
    const unfolded = loadUnfolded(doc);
    const fold = (name) => {
      const details = h(doc, "details", { "data-dbc": name, open: unfolded.has(name) });
      details.addEventListener("toggle", () => {
        if (details.open) unfolded.add(name);
        else unfolded.delete(name);
        saveUnfolded(doc, unfolded);
      });
      return details;
    };
    const sources = fold("sources");
    const batches = fold("batches");
    panel.append(
      h(doc, "div", { class: "head" }, h(doc, "h2", {}, words.ui("title")), closeButton),
      inputsBox,
      summary,
      changes,
      notices,
      curve,
      h(doc, "div", { class: "actions" }, applyButton, undoButton, status),
      sources,
      batches
    );
    let state = null;
    let stopWatching;
    const win = doc.defaultView;
    applyButton.addEventListener("click", () => apply());
    undoButton.addEventListener("click", () => undo());
    closeButton.addEventListener("click", () => onClose());
    panel.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.stopPropagation();
        onClose();
      } else if (event.key === "Enter" && event.target instanceof doc.defaultView.HTMLInputElement && event.target.type !== "checkbox") {
        event.preventDefault();
        if (!applyButton.disabled) apply();
      }
    });
    function plan(current) {
      const pagePlan = planFromPage(host, localization(), session, {
        frames: current.frames,
        prior: current.prior,
        ...current.adoptedBatchSize === void 0 ? {} : { batchSize: current.adoptedBatchSize }
      });
      const rows = pagePlan.plan && pagePlan.request ? pagePlan.form.plannedWrites(pagePlan.plan, pagePlan.request, {
        prior: current.prior,
        conceptSlots: pagePlan.slots,
        ...current.adoptedBatchSize === void 0 ? {} : { batchSize: current.adoptedBatchSize }
      }) : [];
      return { pagePlan, rows };
    }
    function open() {
      const first = planFromPage(host, localization(), session, { frames: {} });
      const remembered = loadFrames(doc, first.reading.modelName);
      const frames = Object.fromEntries(
        first.slots.map((slot) => [slot, remembered.frames[slot] === void 0 ? "" : String(remembered.frames[slot])])
      );
      const prior = state?.prior ?? (defaults.prior || first.reading.prior === true || first.reading.activeConcepts.some((concept) => (concept.classImages ?? 0) > 0));
      state = {
        ...plan({ frames, prior }),
        frames,
        prior,
        choices: /* @__PURE__ */ new Map(),
        lastWrite: state?.lastWrite ?? defaults.lastWrite,
        counts: [],
        counted: {}
      };
      inputsBox.replaceChildren(
        ...renderInputs(doc, words, state.pagePlan.reading, frames, session, prior, {
          frames: (slot, text2) => edited(() => state.frames[slot] = text2),
          mode: (mode) => edited(() => {
            session.mode = mode;
            inputsBox.querySelector('[data-dbc="strength"]').disabled = mode !== "advanced";
          }),
          strength: (text2) => edited(() => session.strength = text2),
          prior: (on) => edited(() => state.prior = on)
        }),
        h(doc, "p", { class: "hint refused", "data-dbc": "count-refused" })
      );
      render();
      status.textContent = remembered.dropped.map((entry) => words.ui("status.dropped", { slot: entry.slot, problem: words.problem(entry.problem) })).join(" ");
      panel.hidden = false;
      inputsBox.querySelector("input")?.focus();
      stopWatching?.();
      if (defaults.serverCounts() && host.onDirectoryEdited) {
        stopWatching = host.onDirectoryEdited((slot) => void count([slot]));
        void count(state.pagePlan.slots);
      }
    }
    async function count(slots) {
      const current = state;
      const { counts: answers, refused } = await countConcepts(
        win,
        planFromPage(host, localization(), session, { frames: {} }).reading,
        slots
      );
      if (state !== current) return;
      const refusal = inputsBox.querySelector('[data-dbc="count-refused"]');
      refusal.textContent = refused ? words.ui(`countRefused.${refused}`) : "";
      if (answers.length === 0) return;
      current.counts = [...current.counts.filter((entry) => !slots.includes(entry.slot)), ...answers];
      for (const answer of answers) {
        const input2 = inputsBox.querySelector(`[data-dbc="frames-${answer.slot}"]`);
        if (!input2) continue;
        inputsBox.querySelector(`[data-dbc="counted-${answer.slot}"]`).textContent = countedText(words, answer);
        const value = countedFrames(
          current.frames[answer.slot] ?? "",
          current.counted[answer.slot],
          answer.images.images
        );
        if (value !== null) {
          current.frames[answer.slot] = value;
          current.counted[answer.slot] = value;
          input2.value = value;
        }
      }
      refresh();
    }
    function edited(change) {
      change();
      status.textContent = "";
      refresh();
    }
    function refresh() {
      Object.assign(state, plan(state));
      if (state.pagePlan.plan) {
        saveFrames(
          doc,
          state.pagePlan.reading.modelName,
          Object.fromEntries(Object.entries(state.frames).map(([slot, text2]) => [slot, Number(text2)]))
        );
      }
      render();
    }
    const pageLabel = (field) => state.pagePlan.reading.sources.find((source) => source.field === field)?.label ?? field;
    function render() {
      const current = state;
      const { pagePlan, rows } = current;
      for (const slot of Object.keys(current.frames)) {
        const invalid = pagePlan.issues.some(
          (issue3) => issue3.target.kind === "frames" && issue3.target.slot === Number(slot)
        );
        inputsBox.querySelector(`[data-dbc="frames-${slot}"]`)?.setAttribute("aria-invalid", String(invalid));
      }
      sources.replaceChildren(...renderSources(doc, words, pagePlan.reading));
      const plan2 = pagePlan.plan;
      if (!plan2 || !pagePlan.request) {
        summary.textContent = "";
        changes.replaceChildren(renderIssues(doc, words, pagePlan.issues, pageLabel));
        notices.replaceChildren(renderPageNotes(doc, words, pagePlan.reading.notes) ?? "");
        drawCurve(null, null);
        batches.replaceChildren();
        batches.hidden = true;
        applyButton.disabled = true;
        return;
      }
      summary.textContent = summaryText(words, plan2);
      changes.replaceChildren(
        renderRows(
          doc,
          words,
          rows,
          (row) => isSelected(current, row),
          (row, on) => {
            current.choices.set(row.id, on);
            render();
          }
        )
      );
      notices.replaceChildren(
        renderPageNotes(doc, words, pagePlan.reading.notes) ?? "",
        renderNotices(doc, words, plan2.errors, visibleWarnings(current, plan2.warnings)) ?? "",
        renderInfo(doc, [
          ...countNotes(words, current.counts, plan2, pagePlan.request, current.prior, pagePlan.slots),
          ...(pagePlan.form.notes?.(plan2, pagePlan.request) ?? []).map((note) => hostNoteText(words, note))
        ]) ?? ""
      );
      drawCurve(plan2, pagePlan.request);
      const options = batchSizeOptions(pagePlan.request).map((option) => {
        const problem2 = pagePlan.form.batchOptionProblem(option);
        const why = problem2 && words.ui("fit.labelled", {
          label: problem2.component.shownLabel,
          reason: failureText(words, problem2.value, problem2.failure)
        });
        return { option, inUse: option.batchSize === pagePlan.request.batchSize, problem: why };
      });
      batches.hidden = options.length < 2;
      batches.replaceChildren(
        ...options.length < 2 ? [] : renderBatches(doc, words, options, (batchSize) => edited(() => current.adoptedBatchSize = batchSize))
      );
      applyButton.disabled = !canApply(current);
    }
    function drawCurve(plan2, request) {
      curve.replaceChildren(
        plan2 && request && plan2.learningRateApplies ? drawRateChart(doc, words, request, plan2, { width: 320, height: 110 }) : ""
      );
    }
    function apply() {
      const current = state;
      const previewed = selectedSignature(current, current.rows);
      Object.assign(current, plan(current));
      if (selectedSignature(current, current.rows) !== previewed) {
        render();
        status.textContent = words.ui("status.stale");
        return;
      }
      settle(
        applyRows(
          current.rows.filter((row) => isSelected(current, row)),
          (row) => rowLabel(words, row)
        ),
        (applied) => reportApplied(current, applied)
      );
    }
    function reportApplied(current, applied) {
      current.lastWrite = applied.written;
      undoButton.disabled = applied.written.length === 0;
      current.adoptedBatchSize = void 0;
      refresh();
      status.textContent = appliedStatus(words, applied, host.saveLabel());
    }
    function undo() {
      const current = state;
      settle(undoWrites(current.lastWrite), (undone) => reportUndone(current, undone));
    }
    function reportUndone(current, undone) {
      current.lastWrite = [];
      undoButton.disabled = true;
      refresh();
      status.textContent = undoneStatus(words, undone);
    }
    return {
      element: panel,
      open,
      close: () => {
        panel.hidden = true;
        stopWatching?.();
        stopWatching = void 0;
      },
      isOpen: () => !panel.hidden,
      lastWrite: () => state?.lastWrite ?? defaults.lastWrite
    };
  }

  // src/ui/session.ts
  function createSession(words, defaults = {}) {
    return { mode: defaults.mode ?? "advanced", strength: defaults.strength ?? "medium", words };
  }

  // src/ui/styles.ts
  var COMPANION_CSS = `
:host { all: initial; display: block; margin: 4px 0 8px; font: 14px/1.4 system-ui, sans-serif;
  --dbc-bg: #ffffff; --dbc-fg: #1f2937; --dbc-muted: #6b7280; --dbc-border: #d1d5db;
  --dbc-accent: #ea580c; --dbc-accent-fg: #ffffff; --dbc-warn-bg: #fef3c7; --dbc-warn-fg: #92400e;
  --dbc-error-bg: #fee2e2; --dbc-error-fg: #991b1b; --dbc-row: #f9fafb; }
:host([data-theme="dark"]) { --dbc-bg: #1f2937; --dbc-fg: #f3f4f6; --dbc-muted: #9ca3af; --dbc-border: #4b5563;
  --dbc-accent: #f97316; --dbc-warn-bg: #422006; --dbc-warn-fg: #fcd34d; --dbc-error-bg: #450a0a;
  --dbc-error-fg: #fca5a5; --dbc-row: #111827; }
* { box-sizing: border-box; font: inherit; color: inherit; }
button { cursor: pointer; border-radius: 6px; border: 1px solid var(--dbc-border); background: var(--dbc-bg);
  color: var(--dbc-fg); padding: 4px 10px; }
button:focus-visible, input:focus-visible, select:focus-visible { outline: 2px solid var(--dbc-accent); outline-offset: 1px; }
button:disabled { opacity: 0.5; cursor: not-allowed; }
.autofill { background: var(--dbc-accent); color: var(--dbc-accent-fg); border-color: var(--dbc-accent); font-weight: 600; }
.panel { margin-top: 6px; padding: 8px 10px; border: 1px solid var(--dbc-border); border-radius: 8px;
  background: var(--dbc-bg); color: var(--dbc-fg); }
.panel[hidden], [hidden] { display: none; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
h2 { font-size: 14px; font-weight: 600; margin: 0; }
.close { border: none; background: transparent; font-size: 18px; line-height: 1; padding: 0 4px; color: var(--dbc-muted); }
.inputs { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: end; margin: 6px 0; }
label { display: flex; flex-direction: column; gap: 1px; font-size: 12px; color: var(--dbc-muted); }
label.inline { flex-direction: row; align-items: center; gap: 6px; align-self: center; }
input, select { color: var(--dbc-fg); background: var(--dbc-row); border: 1px solid var(--dbc-border);
  border-radius: 6px; padding: 2px 6px; }
input[type="checkbox"] { min-width: 0; }
input[aria-invalid="true"] { border-color: var(--dbc-error-fg); }
.summary { margin: 4px 0; font-weight: 600; font-size: 13px; }
table { border-collapse: collapse; font-size: 13px; }
table.changes { width: 100%; }
th, td { text-align: left; padding: 2px 6px; border-bottom: 1px solid var(--dbc-border); vertical-align: top; }
th { color: var(--dbc-muted); font-weight: 600; font-size: 12px; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.why { color: var(--dbc-muted); font-size: 12px; max-width: 34em; }
.problem { color: var(--dbc-error-fg); font-size: 12px; }
ul { margin: 4px 0; padding-left: 0; }
.notices li, .source li { list-style: none; }
.warning { background: var(--dbc-warn-bg); color: var(--dbc-warn-fg); border-radius: 4px; padding: 1px 6px; margin: 2px 0; font-size: 12px; }
.info { background: var(--dbc-row); border-radius: 4px; padding: 1px 6px; margin: 2px 0; font-size: 12px; }
.hint { font-size: 11px; color: var(--dbc-muted); max-width: 22em; }
.hint.refused { flex-basis: 100%; max-width: none; margin: 0; }
.hint.refused:empty { display: none; }
.error { background: var(--dbc-error-bg); color: var(--dbc-error-fg); border-radius: 4px; padding: 1px 6px; margin: 2px 0; font-size: 12px; }
.actions { display: flex; gap: 8px; margin-top: 6px; align-items: center; flex-wrap: wrap; }
.status { font-size: 12px; margin: 0; flex: 1 1 20em; }
details { margin-top: 4px; font-size: 12px; }
summary { cursor: pointer; color: var(--dbc-muted); }
.source { color: var(--dbc-muted); }
code { font-family: ui-monospace, monospace; font-size: 12px; }
.rate-chart { margin: 4px 0; font-size: 11px; color: var(--dbc-muted); }
.rate-chart svg { display: block; width: 100%; max-width: 22rem; height: auto; }
.rate-chart text { fill: currentColor; font-size: 10px; } .axis { stroke: var(--dbc-border); }
polyline { fill: none; stroke-width: 1.5; stroke: var(--dbc-accent); }
.as-set { stroke: var(--dbc-warn-fg); stroke-dasharray: 4 3; } .research { stroke: currentColor; stroke-dasharray: 1 3; }
.curve-key { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 2px 10px; }
.curve-key li::before { content: ""; display: inline-block; width: 14px; margin-right: 4px; vertical-align: middle;
  border-top: 2px solid var(--dbc-accent); }
.curve-key .as-set::before { border-top-style: dashed; border-color: var(--dbc-warn-fg); }
.curve-key .research::before { border-top: 2px dotted; }
`;

  // src/ui/tooltips/tooltips.ts
  var TOOLTIP_ID = "dbc-tooltip";
  var CSS = `
#${TOOLTIP_ID}.dbc-tooltip { all: initial; position: fixed; z-index: 2147483000; max-width: 26rem; box-sizing: border-box;
  padding: 8px 10px; border-radius: 6px; font: 13px/1.45 system-ui, sans-serif; pointer-events: none;
  background: #ffffff; color: #1f2937; border: 1px solid #d1d5db; box-shadow: 0 4px 14px rgba(0,0,0,0.18); }
#${TOOLTIP_ID}.dbc-tooltip[data-theme="dark"] { background: #1f2937; color: #f3f4f6; border-color: #4b5563; }
#${TOOLTIP_ID}.dbc-tooltip[hidden] { display: none; }
#${TOOLTIP_ID} .dbc-tip-part { all: initial; display: block; font: inherit; color: inherit; margin: 0 0 4px;
  pointer-events: none; }
#${TOOLTIP_ID} .dbc-tip-live { font-weight: 600; color: #c2410c; }
#${TOOLTIP_ID}[data-theme="dark"] .dbc-tip-live { color: #fdba74; }
#${TOOLTIP_ID} .dbc-tip-source { font-size: 11px; opacity: 0.75; margin: 0; }
`;
  function placeTooltip(field, tip, viewport) {
    const gap = 6;
    const below = field.bottom + gap;
    const top = below + tip.height <= viewport.height || field.top - gap - tip.height < 0 ? below : field.top - gap - tip.height;
    const left = Math.max(gap, Math.min(field.left, viewport.width - tip.width - gap));
    return { top, left };
  }
  function attachTooltips(doc, tabElement, options) {
    const tip = doc.createElement("div");
    tip.id = TOOLTIP_ID;
    tip.className = "dbc-tooltip";
    tip.setAttribute("role", "tooltip");
    tip.lang = languageTag(options.words.language);
    tip.hidden = true;
    const style = doc.createElement("style");
    style.textContent = CSS;
    doc.head.append(style);
    doc.body.append(tip);
    let current = null;
    const extensionHints = /* @__PURE__ */ new WeakMap();
    const { words } = options;
    const show = (field) => {
      if (current === field.block) return;
      const entry = englishLabelOf(field.labelElement, options.localization()).map(options.table).find(Boolean);
      const texts = entry && words.tooltip(entry.id);
      if (!entry || !texts) return;
      const hint = takeTitle(field.labelElement);
      if (hint) extensionHints.set(field.labelElement, hint);
      const { text: text2, section } = texts;
      const parts = [part(text2, "dbc-tip-part")];
      if (entry.live) {
        const context = options.live();
        parts.push(
          part(
            context ? options.lines.line(words, entry.live, context) : words.ui("tip.enterFrames"),
            "dbc-tip-part dbc-tip-live"
          )
        );
      }
      const extensionHint = extensionHints.get(field.labelElement);
      if (extensionHint) parts.push(part(words.ui("tip.extensionHint", { hint: extensionHint }), "dbc-tip-part"));
      parts.push(part(words.ui("tip.research", { section }), "dbc-tip-part dbc-tip-source"));
      tip.replaceChildren(...parts);
      tip.dataset.theme = isDarkTheme(doc) ? "dark" : "light";
      tip.hidden = false;
      current = field.block;
      const view = doc.defaultView;
      const position = placeTooltip(field.block.getBoundingClientRect(), tip.getBoundingClientRect(), {
        width: view?.innerWidth ?? 1024,
        height: view?.innerHeight ?? 768
      });
      tip.style.setProperty("top", `${position.top}px`);
      tip.style.setProperty("left", `${position.left}px`);
    };
    const hide2 = () => {
      tip.hidden = true;
      current = null;
    };
    function part(text2, className) {
      const element = doc.createElement("span");
      element.className = className;
      element.textContent = text2;
      return element;
    }
    const onOver = (event) => {
      const field = fieldBlockAt(event.target, tabElement);
      if (field) show(field);
      else hide2();
    };
    const onLeave = (event) => {
      const next = event.relatedTarget;
      if (current && !(next instanceof Node && current.contains(next))) hide2();
    };
    const onFocus = (event) => {
      const field = fieldBlockAt(event.target, tabElement);
      if (!field) return;
      const input2 = event.target;
      const described = (input2.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
      if (!described.includes(TOOLTIP_ID)) input2.setAttribute("aria-describedby", [...described, TOOLTIP_ID].join(" "));
      show(field);
    };
    const onKey = (event) => {
      if (event.key === "Escape" && current) hide2();
    };
    tabElement.addEventListener("mouseover", onOver);
    tabElement.addEventListener("mouseout", onLeave);
    tabElement.addEventListener("focusin", onFocus);
    tabElement.addEventListener("focusout", onLeave);
    doc.addEventListener("keydown", onKey, true);
    return {
      element: tip,
      disconnect: () => {
        tabElement.removeEventListener("mouseover", onOver);
        tabElement.removeEventListener("mouseout", onLeave);
        tabElement.removeEventListener("focusin", onFocus);
        tabElement.removeEventListener("focusout", onLeave);
        doc.removeEventListener("keydown", onKey, true);
        tip.remove();
        style.remove();
      }
    };
  }

  // src/ui/mount.ts
  function companionSettings(context, words) {
    const { settings } = context;
    const mode = MODES.find((candidate) => candidate === settings.formula);
    const strength = typeof settings.strength === "string" ? settings.strength.trim() : "";
    return {
      words,
      tooltips: settings.tooltips !== false,
      ...mode ? { mode } : {},
      ...strength ? { strength } : {},
      prior: settings.prior === true
    };
  }
  var sameDefaults = (a, b) => a.mode === b.mode && a.strength === b.strength && a.prior === b.prior;
  function mountCompanion(doc, setup, options) {
    const page = setup.host;
    const tabElement = page.root;
    const existing = tabElement.querySelector(":scope > [data-dbc-host]");
    if (existing) return { element: existing, update: () => {
    } };
    let settings = options.settings;
    const host = h(doc, "div", { "data-dbc-host": "" });
    const shadow = host.attachShadow({ mode: "open" });
    const button = h(doc, "button", {
      type: "button",
      class: "autofill",
      "data-dbc": "autofill",
      "aria-expanded": "false",
      "aria-controls": "dbc-panel"
    });
    const localization = () => options.context().localization;
    const session = createSession(settings.words, settings);
    let panel = createPanel([]);
    let tooltips = attach();
    shadow.append(h(doc, "style", {}, COMPANION_CSS), button, panel.element);
    speak();
    function createPanel(lastWrite) {
      const created = createAutofillPanel(doc, page, localization, session, () => close(), {
        prior: settings.prior,
        // Decided when the panel opens: the WebUI's settings may arrive after the companion mounted.
        serverCounts: () => hasServerCounts(options.context()),
        lastWrite
      });
      created.element.id = "dbc-panel";
      return created;
    }
    function speak() {
      host.setAttribute("lang", languageTag(settings.words.language));
      button.textContent = settings.words.ui("autofill");
    }
    function attach() {
      if (!settings.tooltips) return null;
      return attachTooltips(doc, tabElement, {
        localization,
        words: settings.words,
        table: setup.tooltips,
        lines: setup.live,
        live: () => liveContext(doc, page, localization(), session)
      });
    }
    function close() {
      panel.close();
      button.setAttribute("aria-expanded", "false");
      button.focus();
    }
    const openPanel = () => {
      host.dataset.theme = isDarkTheme(doc) ? "dark" : "light";
      button.setAttribute("aria-expanded", "true");
      panel.open();
    };
    button.addEventListener("click", () => {
      if (panel.isOpen()) {
        close();
        return;
      }
      if (page.render) void page.render().then(openPanel);
      else openPanel();
    });
    tabElement.prepend(host);
    function update(next) {
      const previous = settings;
      settings = next;
      const newWords = next.words.language !== previous.words.language;
      const newDefaults = !sameDefaults(next, previous);
      if (newWords || newDefaults) {
        session.words = next.words;
        if (newDefaults) Object.assign(session, createSession(next.words, next));
        const wasOpen = panel.isOpen();
        panel.close();
        const replaced = createPanel(panel.lastWrite());
        panel.element.replaceWith(replaced.element);
        panel = replaced;
        speak();
        if (wasOpen) panel.open();
      }
      if (newWords || next.tooltips !== previous.tooltips) {
        tooltips?.disconnect();
        tooltips = attach();
      }
    }
    return { element: host, update };
  }

  // src/ui/words.ts
  function wordsFor(language, catalog, tooltips) {
    return {
      language,
      catalog,
      ui: (key, params) => fill(catalog, catalog.ui[key], params),
      live: (key, params) => fill(catalog, catalog.live[key], params),
      notice: (notice2) => noticeText(catalog, notice2),
      problem: (problem2) => problemText(catalog, problem2),
      tooltip: (id) => {
        const entry = tooltips?.[id];
        return entry && { text: entry[0], section: entry[1] };
      }
    };
  }

  // src/ui/start.ts
  var SETTINGS_LIMIT_MS = 1e4;
  async function startCompanion(doc, options) {
    const found = await whenHostReady(doc);
    const setupOf = found && options.hosts[found.kind];
    if (!found || !setupOf) return null;
    const source = options.context;
    await whenSettingsKnown(source, SETTINGS_LIMIT_MS);
    const setting = await options.languageSetting?.() ?? null;
    const loaded = /* @__PURE__ */ new Map();
    const wordsOf = async (context2) => {
      const webuiSetting = context2.settings.language;
      const language = chooseLanguage({
        setting: setting && setting !== "auto" ? setting : typeof webuiSetting === "string" ? webuiSetting : null,
        webui: context2.webuiLanguage,
        sample: Object.values(context2.localization).slice(0, 50),
        browser: doc.defaultView?.navigator.languages ?? []
      });
      for (const code of language === "en" ? ["en"] : [language, "en"]) {
        const known = loaded.get(code);
        if (known) return known;
        try {
          const pack = await options.language(code);
          const words2 = wordsFor(code, pack.texts, pack.tooltips);
          loaded.set(code, words2);
          return words2;
        } catch {
        }
      }
      return null;
    };
    const context = source.read();
    const words = await wordsOf(context);
    if (!words) return null;
    const setup = await setupOf(found.root, context);
    if (!setup) return null;
    const companion = mountCompanion(doc, setup, { context: source.read, settings: companionSettings(context, words) });
    let changes = 0;
    source.watch(() => {
      const change = ++changes;
      const now = source.read();
      void wordsOf(now).then((next) => {
        if (next && change === changes) companion.update(companionSettings(now, next));
      });
    });
    return companion.element;
  }

  // src/entries/userscript.ts
  void startCompanion(document, {
    context: windowContextSource(window),
    language: (language) => PACKS[language],
    languageSetting: () => typeof DREAMBOOTH_COMPANION_LANGUAGE === "string" ? DREAMBOOTH_COMPANION_LANGUAGE : null,
    hosts: { a1111: a1111Setup, kohya: kohyaSetup }
  });
})();
