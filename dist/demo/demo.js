"use strict";
(() => {
  // src/demo/catalog.json
  var catalog_default = [{ key: "2022-12-20", tabId: "tab_dreambooth_interface", conceptSlots: 3, fields: [{ label: "Load Settings", type: "Button", elemId: "db_load_params", default: null, path: ["Row:top buttons"] }, { label: "Save Settings", type: "Button", elemId: "db_save_config", default: null, path: ["Row:top buttons"] }, { label: "Train", type: "Button", default: null, path: ["Row:top buttons"], extensionTooltip: true }, { label: "Generate Ckpt", type: "Button", default: null, path: ["Row:top buttons"], extensionTooltip: true }, { label: "Cancel", type: "Button", elemId: "db_cancel", default: null, path: ["Row:top buttons"], extensionTooltip: true }, { label: "Model", type: "Dropdown", default: null, path: ["Column(panel):Model Selection"], configKey: "model_name", extensionTooltip: true }, { label: "Lora Model", type: "Dropdown", default: null, path: ["Column(panel):Model Selection", "Row(lora_model_row) [hidden initially]"], extensionTooltip: true }, { label: "Loaded Model:", type: "HTML", default: null, path: ["Column(panel):Model Selection"], configKey: "model_path" }, { label: "Model Revision:", type: "HTML", elemId: "db_revision", default: null, path: ["Column(panel):Model Selection"], configKey: "revision" }, { label: "Model Epoch:", type: "HTML", elemId: "db_epochs", default: null, path: ["Column(panel):Model Selection"], configKey: "epoch" }, { label: "V2 Model:", type: "HTML", elemId: "db_v2", default: null, path: ["Column(panel):Model Selection"], configKey: "v2" }, { label: "Has EMA:", type: "HTML", elemId: "db_has_ema", default: null, path: ["Column(panel):Model Selection"], configKey: "has_ema" }, { label: "Source Checkpoint:", type: "HTML", default: null, path: ["Column(panel):Model Selection"], configKey: "src" }, { label: "Scheduler:", type: "HTML", default: null, path: ["Column(panel):Model Selection"], configKey: "scheduler" }, { label: "Create Model", type: "Button", default: null, path: ["Column(panel):Input", "Tab:Create"], extensionTooltip: true }, { label: "Name", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Create"], extensionTooltip: true }, { label: "Import Model from Huggingface Hub", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Create"], extensionTooltip: true }, { label: "Model Path", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Create", "Column(hub_row) [hidden initially]"], extensionTooltip: true }, { label: "HuggingFace Token", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Create", "Column(hub_row) [hidden initially]"], extensionTooltip: true }, { label: "Source Checkpoint", type: "Dropdown", default: null, path: ["Column(panel):Input", "Tab:Create"], extensionTooltip: true }, { label: "Extract EMA Weights", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Create"], extensionTooltip: true }, { label: "Scheduler", type: "Dropdown", default: "ddim", choices: ["pndm", "lms", "euler", "euler-ancestral", "dpm", "ddim"], path: ["Column(panel):Input", "Tab:Create"], extensionTooltip: true }, { label: "Performance Wizard (WIP)", type: "Button", default: null, path: ["Column(panel):Input", "Tab:Settings"], extensionTooltip: true }, { label: "Use LORA", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:General"], configKey: "use_lora", extensionTooltip: true }, { label: "Train Imagic Only", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:General"], extensionTooltip: true }, { label: "Train Inpainting Model", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:General"], hidden: true }, { label: "Generate Classification Images Using txt2img", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:General"] }, { label: "Training Steps Per Image (Epochs)", type: "Number", default: 100, precision: 0, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "num_train_epochs", extensionTooltip: true }, { label: "Max Training Steps", type: "Number", default: 0, precision: 0, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "max_train_steps", extensionTooltip: true }, { label: "Pause After N Epochs", type: "Number", default: 0, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "epoch_pause_frequency" }, { label: "Amount of time to pause between Epochs, in Seconds", type: "Number", default: 60, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "epoch_pause_time" }, { label: "Use Lifetime Steps/Epochs When Saving", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "save_use_global_counts", extensionTooltip: true }, { label: "Save Preview/Ckpt Every Epoch", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "save_use_epochs", extensionTooltip: true }, { label: "Save Checkpoint Frequency", type: "Number", default: 500, precision: 0, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "save_embedding_every", extensionTooltip: true }, { label: "Save Preview(s) Frequency", type: "Number", default: 500, precision: 0, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "save_preview_every", extensionTooltip: true }, { label: "Batch Size", type: "Number", default: 1, precision: 0, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Batch"], configKey: "train_batch_size", extensionTooltip: true }, { label: "Class Batch Size", type: "Number", default: 1, precision: 0, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Batch"], configKey: "sample_batch_size", extensionTooltip: true }, { label: "Learning Rate", type: "Number", default: 2e-6, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "learning_rate", extensionTooltip: true }, { label: "Lora unet Learning Rate", type: "Number", default: 2e-4, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Row(lora_lr_row) [hidden initially]", "Heading:Learning Rate"], configKey: "lora_learning_rate" }, { label: "Lora Text Encoder Learning Rate", type: "Number", default: 2e-4, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Row(lora_lr_row) [hidden initially]", "Heading:Learning Rate"], configKey: "lora_txt_learning_rate" }, { label: "Scale Learning Rate", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "scale_lr", extensionTooltip: true }, { label: "Learning Rate Scheduler", type: "Dropdown", default: "constant", choices: ["linear", "cosine", "cosine_with_restarts", "polynomial", "constant", "constant_with_warmup"], path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "lr_scheduler", extensionTooltip: true }, { label: "Learning Rate Warmup Steps", type: "Number", default: 500, precision: 0, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "lr_warmup_steps", extensionTooltip: true }, { label: "Resolution", type: "Number", default: 512, precision: 0, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Image Processing"], configKey: "resolution", extensionTooltip: true }, { label: "Center Crop", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Image Processing"], configKey: "center_crop", extensionTooltip: true }, { label: "Apply Horizontal Flip", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Image Processing"], configKey: "hflip", extensionTooltip: true }, { label: "Save Class Captions to txt", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Image Processing"], configKey: "save_class_txt", hidden: true }, { label: "Pretrained VAE Name or Path", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Miscellaneous"], configKey: "pretrained_vae_name_or_path" }, { label: "Use Concepts List", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Miscellaneous"], configKey: "use_concepts", extensionTooltip: true }, { label: "Concepts List", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Miscellaneous"], configKey: "concepts_path", extensionTooltip: true }, { label: "API Key", type: "Textbox", default: null, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Miscellaneous"] }, { label: "🔄", type: "Button", elemId: "refresh_secret", default: null, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Miscellaneous"] }, { label: "🗑", type: "Button", elemId: "clear_secret", default: null, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Miscellaneous"] }, { label: "Use CPU Only (SLOW)", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "use_cpu", extensionTooltip: true }, { label: "Use EMA", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "use_ema", extensionTooltip: true }, { label: "Use 8bit Adam", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "use_8bit_adam", extensionTooltip: true }, { label: "Mixed Precision", type: "Dropdown", default: "no", choices: ["no", "fp16", "bf16"], path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "mixed_precision", extensionTooltip: true }, { label: "Memory Attention", type: "Dropdown", default: "default", choices: ["default", "xformers", "flash_attention"], path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "attention", extensionTooltip: true }, { label: "Don't Cache Latents", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "not_cache_latents", extensionTooltip: true }, { label: "Train Text Encoder", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "train_text_encoder", extensionTooltip: true }, { label: "Prior Loss Weight", type: "Number", default: 1, precision: 1, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "prior_loss_weight", extensionTooltip: true }, { label: "Pad Tokens", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "pad_tokens", extensionTooltip: true }, { label: "Shuffle Tags", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "shuffle_tags" }, { label: "Max Token Length", type: "Slider", default: 75, min: 75, max: 300, step: 75, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "max_token_length", extensionTooltip: true }, { label: "Gradient Checkpointing", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Gradients"], configKey: "gradient_checkpointing", extensionTooltip: true }, { label: "Gradient Accumulation Steps", type: "Number", default: 1, precision: 0, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Gradients"], configKey: "gradient_accumulation_steps", extensionTooltip: true }, { label: "Adam Beta 1", type: "Number", default: 0.9, precision: 1, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Adam Advanced"], configKey: "adam_beta1", extensionTooltip: true }, { label: "Adam Beta 2", type: "Number", default: 0.999, precision: 3, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Adam Advanced"], configKey: "adam_beta2", extensionTooltip: true }, { label: "Adam Weight Decay", type: "Number", default: 0.01, precision: 3, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Adam Advanced"], configKey: "adam_weight_decay", extensionTooltip: true }, { label: "Adam Epsilon", type: "Number", default: 1e-8, precision: 8, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Adam Advanced"], configKey: "adam_epsilon", extensionTooltip: true }, { label: "Training Wizard (Person)", type: "Button", default: null, path: ["Column(panel):Input", "Tab:Concepts"], extensionTooltip: true }, { label: "Training Wizard (Object/Style)", type: "Button", default: null, path: ["Column(panel):Input", "Tab:Concepts"], extensionTooltip: true }, { label: "Custom Model Name", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Saving", "Heading:General"], configKey: "custom_model_name" }, { label: "Half Model", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Heading:Checkpoints"], configKey: "half_model", extensionTooltip: true }, { label: "Save Checkpoint to Subdirectory", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Heading:Checkpoints"], extensionTooltip: true }, { label: "Generate a .ckpt file when saving during training.", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Heading:Checkpoints"], configKey: "save_ckpt_during" }, { label: "Generate a .ckpt file when training completes.", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Heading:Checkpoints"], configKey: "save_ckpt_after" }, { label: "Generate a .ckpt file when training is canceled.", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Heading:Checkpoints"], configKey: "save_ckpt_cancel" }, { label: "Lora Weight", type: "Slider", default: 1, min: 0.1, max: 1, step: 0.1, path: ["Column(panel):Input", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "lora_weight", extensionTooltip: true }, { label: "Lora Text Weight", type: "Slider", default: 1, min: 0.1, max: 1, step: 0.1, path: ["Column(panel):Input", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "lora_txt_weight" }, { label: "Generate lora weights when saving during training.", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "save_lora_during" }, { label: "Generate lora weights when training completes.", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "save_lora_after" }, { label: "Generate lora weights when training is canceled.", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "save_lora_cancel" }, { label: "Save separate diffusers snapshots when saving during training.", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Heading:Diffusion Weights"], configKey: "save_state_during" }, { label: "Save separate diffusers snapshots when training completes.", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Saving", "Heading:Diffusion Weights"], configKey: "save_state_after" }, { label: "Save separate diffusers snapshots when training is canceled.", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Heading:Diffusion Weights"], configKey: "save_state_cancel" }, { label: "Generate Class Images", type: "Button", default: null, path: ["Column(panel):Input", "Tab:Generate"] }, { label: "Generate Sample Images", type: "Button", default: null, path: ["Column(panel):Input", "Tab:Generate"], extensionTooltip: true }, { label: "Preview Prompts", type: "Button", default: null, path: ["Column(panel):Input", "Tab:Generate"], extensionTooltip: true }, { label: "Sample Prompt", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Generate"], extensionTooltip: true }, { label: "Sample Negative Prompt", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Generate"] }, { label: "Sample Seed", type: "Number", default: -1, precision: 0, path: ["Column(panel):Input", "Tab:Generate"], extensionTooltip: true }, { label: "Number of Samples to Generate", type: "Number", default: 1, precision: 0, path: ["Column(panel):Input", "Tab:Generate"], extensionTooltip: true }, { label: "Sampling Steps for Sample", type: "Number", default: 60, precision: 0, path: ["Column(panel):Input", "Tab:Generate"] }, { label: "CFG Scale for Sample", type: "Number", default: 7.5, precision: 2, path: ["Column(panel):Input", "Tab:Generate"] }, { label: null, type: "HTML", elemId: "db_status", default: "", path: ["Column(panel):Output"] }, { label: null, type: "HTML", elemId: "db_status2", default: "", path: ["Column(panel):Output"] }, { label: null, type: "HTML", elemId: "db_progressbar", default: null, path: ["Column(panel):Output"] }, { label: "Output", type: "Gallery", elemId: "db_gallery", default: null, path: ["Column(panel):Output"] }, { label: null, type: "Image", elemId: "db_preview", default: null, path: ["Column(panel):Output"], hidden: true }, { label: "Check progress", type: "Button", elemId: "db_check_progress", default: null, path: ["Column(panel):Output"], hidden: true }, { label: "Check progress (first)", type: "Button", elemId: "db_check_progress_initial", default: null, path: ["Column(panel):Output"], hidden: true }, { label: "Maximum Training Steps", type: "Number", default: -1, precision: 0, path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}"], perConcept: true, configKey: "concepts_list[n-1].max_steps", extensionTooltip: true }, { label: "Dataset Directory", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Directories"], perConcept: true, configKey: "concepts_list[n-1].instance_data_dir", extensionTooltip: true }, { label: "Classification Dataset Directory", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Directories"], perConcept: true, configKey: "concepts_list[n-1].class_data_dir", extensionTooltip: true }, { label: "Instance Token", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Filewords"], perConcept: true, configKey: "concepts_list[n-1].instance_token", extensionTooltip: true }, { label: "Class Token", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Filewords"], perConcept: true, configKey: "concepts_list[n-1].class_token", extensionTooltip: true }, { label: "Instance Prompt", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Prompts"], perConcept: true, configKey: "concepts_list[n-1].instance_prompt", extensionTooltip: true }, { label: "Class Prompt", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Prompts"], perConcept: true, configKey: "concepts_list[n-1].class_prompt", extensionTooltip: true }, { label: "Sample Image Prompt", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Prompts"], perConcept: true, configKey: "concepts_list[n-1].save_sample_prompt", extensionTooltip: true }, { label: "Classification Image Negative Prompt", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Prompts"], perConcept: true, configKey: "concepts_list[n-1].class_negative_prompt", extensionTooltip: true }, { label: "Sample Prompt Template File", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Prompts"], perConcept: true, configKey: "concepts_list[n-1].save_sample_template", extensionTooltip: true }, { label: "Sample Image Negative Prompt", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Prompts"], perConcept: true, configKey: "concepts_list[n-1].save_sample_negative_prompt", extensionTooltip: true }, { label: "Total Number of Class/Reg Images", type: "Number", default: 0, precision: 0, path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Image Generation"], perConcept: true, configKey: "concepts_list[n-1].num_class_images", extensionTooltip: true }, { label: "Classification CFG Scale", type: "Number", default: 7.5, precision: 2, path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Image Generation"], perConcept: true, configKey: "concepts_list[n-1].class_guidance_scale", extensionTooltip: true }, { label: "Classification Steps", type: "Number", default: 40, precision: 0, path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Image Generation"], perConcept: true, configKey: "concepts_list[n-1].class_infer_steps", extensionTooltip: true }, { label: "Number of Samples to Generate", type: "Number", default: 1, precision: 0, path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Image Generation"], perConcept: true, configKey: "concepts_list[n-1].n_save_sample", extensionTooltip: true }, { label: "Sample Seed", type: "Number", default: -1, precision: 0, path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Image Generation"], perConcept: true, configKey: "concepts_list[n-1].sample_seed", extensionTooltip: true }, { label: "Sample CFG Scale", type: "Number", default: 7.5, precision: 2, path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Image Generation"], perConcept: true, configKey: "concepts_list[n-1].save_guidance_scale", extensionTooltip: true }, { label: "Sample Steps", type: "Number", default: 40, precision: 0, path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Image Generation"], perConcept: true, configKey: "concepts_list[n-1].save_infer_steps", extensionTooltip: true }] }, { key: "2023-01-31", tabId: "tab_dreambooth_interface", conceptSlots: 4, fields: [{ label: "Load Settings", type: "Button", elemId: "db_load_params", default: null, path: ["Row:top buttons"], extensionTooltip: true }, { label: "Save Settings", type: "Button", elemId: "db_save_config", default: null, path: ["Row:top buttons"], extensionTooltip: true }, { label: "Train", type: "Button", elemId: "db_train", default: null, path: ["Row:top buttons"], extensionTooltip: true }, { label: "Generate Ckpt", type: "Button", elemId: "db_gen_ckpt", default: null, path: ["Row:top buttons"], extensionTooltip: true }, { label: "Save Weights", type: "Button", elemId: "db_gen_ckpt_during", default: null, path: ["Row:top buttons"], extensionTooltip: true }, { label: "Generate Samples", type: "Button", elemId: "db_train_sample", default: null, path: ["Row:top buttons"], extensionTooltip: true }, { label: "Cancel", type: "Button", elemId: "db_cancel", default: null, path: ["Row:top buttons"], extensionTooltip: true }, { label: "Model", type: "Dropdown", default: null, path: ["Column(panel):Model Selection"], configKey: "model_name", extensionTooltip: true }, { label: "Snapshot to Resume", type: "Dropdown", default: null, path: ["Column(panel):Model Selection"], configKey: "snapshot" }, { label: "Lora Model", type: "Dropdown", default: null, path: ["Column(panel):Model Selection", "Row(lora_model_row) [hidden initially]"], configKey: "lora_model_name", extensionTooltip: true }, { label: "Loaded Model:", type: "HTML", default: null, path: ["Column(panel):Model Selection"], configKey: "model_path" }, { label: "Model Revision:", type: "HTML", elemId: "db_revision", default: null, path: ["Column(panel):Model Selection"], configKey: "revision" }, { label: "Model Epoch:", type: "HTML", elemId: "db_epochs", default: null, path: ["Column(panel):Model Selection"] }, { label: "V2 Model:", type: "HTML", elemId: "db_v2", default: null, path: ["Column(panel):Model Selection"] }, { label: "Has EMA:", type: "HTML", elemId: "db_has_ema", default: null, path: ["Column(panel):Model Selection"] }, { label: "Source Checkpoint:", type: "HTML", default: null, path: ["Column(panel):Model Selection"], configKey: "src" }, { label: "Scheduler:", type: "HTML", default: null, path: ["Column(panel):Model Selection"], configKey: "scheduler" }, { label: "Create Model", type: "Button", default: null, path: ["Column(panel):Input", "Tab:Create"], extensionTooltip: true }, { label: "Name", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Create"], extensionTooltip: true }, { label: "Create From Hub", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Create"], extensionTooltip: true }, { label: "512x Model", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Create"] }, { label: "Model Path", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Create", "Column(hub_row) [hidden initially]"], extensionTooltip: true }, { label: "HuggingFace Token", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Create", "Column(hub_row) [hidden initially]"], extensionTooltip: true }, { label: "Source Checkpoint", type: "Dropdown", default: null, path: ["Column(panel):Input", "Tab:Create", "Column(local_row)"], extensionTooltip: true }, { label: "Extract EMA Weights", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Create"], extensionTooltip: true }, { label: "Unfreeze Model", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Create"], configKey: "train_unfrozen", extensionTooltip: true }, { label: "Scheduler", type: "Dropdown", default: "ddim", choices: ["pndm", "lms", "euler", "euler-ancestral", "dpm", "ddim"], path: ["Column(panel):Input", "Tab:Create"], extensionTooltip: true }, { label: "Performance Wizard (WIP)", type: "Button", default: null, path: ["Column(panel):Input", "Tab:Settings"], extensionTooltip: true }, { label: "Use LORA", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:General"], configKey: "use_lora", extensionTooltip: true }, { label: "Train Imagic Only", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:General"], extensionTooltip: true }, { label: "Train Inpainting Model", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:General"], hidden: true }, { label: "Generate Classification Images Using txt2img", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:General"], extensionTooltip: true }, { label: "Training Steps Per Image (Epochs)", type: "Slider", default: 100, min: 0, max: 1e3, step: 1, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "num_train_epochs", extensionTooltip: true }, { label: "Pause After N Epochs", type: "Slider", default: 0, min: 0, max: 100, step: 1, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "epoch_pause_frequency", extensionTooltip: true }, { label: "Amount of time to pause between Epochs (s)", type: "Slider", default: 60, min: 0, max: 3600, step: 1, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "epoch_pause_time", extensionTooltip: true }, { label: "Save Model Frequency (Epochs)", type: "Slider", default: 25, min: 0, max: 1e3, step: 1, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "save_embedding_every", extensionTooltip: true }, { label: "Save Preview(s) Frequency (Epochs)", type: "Slider", default: 5, min: 0, max: 1e3, step: 1, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "save_preview_every", extensionTooltip: true }, { label: "Batch Size", type: "Slider", default: 1, min: 1, max: 100, step: 1, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Batching"], configKey: "train_batch_size", extensionTooltip: true }, { label: "Gradient Accumulation Steps", type: "Slider", default: 1, min: 1, max: 100, step: 1, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Batching"], configKey: "gradient_accumulation_steps", extensionTooltip: true }, { label: "Class Batch Size", type: "Slider", default: 1, min: 1, max: 100, step: 1, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Batching"], configKey: "sample_batch_size", extensionTooltip: true }, { label: "Set Gradients to None When Zeroing", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Batching"], configKey: "gradient_set_to_none", extensionTooltip: true }, { label: "Gradient Checkpointing", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Batching"], configKey: "gradient_checkpointing", extensionTooltip: true }, { label: "Learning Rate Scheduler", type: "Dropdown", default: "constant_with_warmup", choices: ["linear", "linear_with_warmup", "cosine", "cosine_annealing", "cosine_annealing_with_restarts", "cosine_with_restarts", "polynomial", "constant", "constant_with_warmup"], path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "lr_scheduler", extensionTooltip: true }, { label: "Learning Rate", type: "Number", default: 2e-6, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "learning_rate", extensionTooltip: true }, { label: "Min Learning Rate", type: "Number", default: 1e-6, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "learning_rate_min", hidden: true, extensionTooltip: true }, { label: "Number of Hard Resets", type: "Number", default: 1, precision: 0, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "lr_cycles", hidden: true, extensionTooltip: true }, { label: "Constant/Linear Starting Factor", type: "Number", default: 0.5, precision: 2, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "lr_factor", hidden: true, extensionTooltip: true }, { label: "Polynomial Power", type: "Number", default: 1, precision: 1, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "lr_power", hidden: true, extensionTooltip: true }, { label: "Scale Position", type: "Slider", default: 0.5, min: 0, max: 1, step: 0.05, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "lr_scale_pos", hidden: true, extensionTooltip: true }, { label: "Lora UNET Learning Rate", type: "Number", default: 2e-4, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Row(lora_lr_row) [hidden initially]", "Heading:Learning Rate"], configKey: "lora_learning_rate", extensionTooltip: true }, { label: "Lora Text Encoder Learning Rate", type: "Number", default: 2e-4, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Row(lora_lr_row) [hidden initially]", "Heading:Learning Rate"], configKey: "lora_txt_learning_rate" }, { label: "Learning Rate Warmup Steps", type: "Slider", default: 0, min: 0, max: 1e4, step: 5, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "lr_warmup_steps", extensionTooltip: true }, { label: "Max Resolution", type: "Slider", default: 512, min: 128, max: 4096, step: 64, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Image Processing"], configKey: "resolution", extensionTooltip: true }, { label: "Center Crop", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Image Processing"], configKey: "center_crop", extensionTooltip: true }, { label: "Apply Horizontal Flip", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Image Processing"], configKey: "hflip", extensionTooltip: true }, { label: "Sanity Sample Prompt", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Image Processing"], configKey: "sanity_prompt", extensionTooltip: true }, { label: "Sanity Sample Seed", type: "Number", default: 420420, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Image Processing"], configKey: "sanity_seed", extensionTooltip: true }, { label: "Pretrained VAE Name or Path", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Miscellaneous"], configKey: "pretrained_vae_name_or_path", extensionTooltip: true }, { label: "Use Concepts List", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Miscellaneous"], configKey: "use_concepts", extensionTooltip: true }, { label: "Concepts List", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Miscellaneous"], configKey: "concepts_path", extensionTooltip: true }, { label: "API Key", type: "Textbox", default: null, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Miscellaneous"], extensionTooltip: true }, { label: "🔄", type: "Button", elemId: "refresh_secret", default: null, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Miscellaneous"] }, { label: "🗑", type: "Button", elemId: "clear_secret", default: null, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Miscellaneous"] }, { label: "Discord Webhook", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Miscellaneous"], extensionTooltip: true }, { label: "Save and Test Webhook", type: "Button", default: null, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Basic (open)", "Heading:Miscellaneous"], extensionTooltip: true }, { label: "Use EMA", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "use_ema", extensionTooltip: true }, { label: "Use 8bit Adam", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "use_8bit_adam", extensionTooltip: true }, { label: "Mixed Precision", type: "Dropdown", default: "no", choices: ["no", "fp16", "bf16"], path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "mixed_precision", extensionTooltip: true }, { label: "Memory Attention", type: "Dropdown", default: "default", choices: ["default", "xformers", "flash_attention"], path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "attention", extensionTooltip: true }, { label: "Cache Latents", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "cache_latents", extensionTooltip: true }, { label: "Train UNET", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "train_unet" }, { label: "Step Ratio of Text Encoder Training", type: "Slider", default: 1, min: 0, max: 1, step: 0.01, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "stop_text_encoder", extensionTooltip: true }, { label: "Freeze CLIP Normalization Layers", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "freeze_clip_normalization", extensionTooltip: true }, { label: "Clip Skip", type: "Slider", default: 1, min: 1, max: 12, step: 1, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "clip_skip", extensionTooltip: true }, { label: "AdamW Weight Decay", type: "Slider", default: 0.01, min: 0, max: 1, step: 1e-7, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "adamw_weight_decay", extensionTooltip: true }, { label: "Pad Tokens", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "pad_tokens", extensionTooltip: true }, { label: "Strict Tokens", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "strict_tokens", extensionTooltip: true }, { label: "Shuffle Tags", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "shuffle_tags", extensionTooltip: true }, { label: "Max Token Length", type: "Slider", default: 75, min: 75, max: 300, step: 75, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Tuning"], configKey: "max_token_length", extensionTooltip: true }, { label: "Scale Prior Loss", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Prior Loss"], configKey: "prior_loss_scale" }, { label: "Prior Loss Weight", type: "Slider", default: 0.75, min: 0.01, max: 1, step: 0.01, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Prior Loss"], configKey: "prior_loss_weight", extensionTooltip: true }, { label: "Prior Loss Target", type: "Number", default: 100, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Prior Loss"], configKey: "prior_loss_target", hidden: true }, { label: "Minimum Prior Loss Weight", type: "Slider", default: 0.1, min: 0.01, max: 1, step: 0.01, path: ["Column(panel):Input", "Tab:Settings", "Accordion:Advanced (collapsed)", "Heading:Prior Loss"], configKey: "prior_loss_weight_min", hidden: true }, { label: "Training Wizard (Person)", type: "Button", default: null, path: ["Column(panel):Input", "Tab:Concepts"], extensionTooltip: true }, { label: "Training Wizard (Object/Style)", type: "Button", default: null, path: ["Column(panel):Input", "Tab:Concepts"], extensionTooltip: true }, { label: "Custom Model Name", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Saving", "Heading:General"], configKey: "custom_model_name", extensionTooltip: true }, { label: "Save in .safetensors format", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Saving", "Heading:General"], configKey: "save_safetensors", hidden: true }, { label: "Save EMA Weights to Generated Models", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Saving", "Heading:General"], extensionTooltip: true }, { label: "Use EMA Weights for Inference", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Heading:General"] }, { label: "Half Model", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Heading:Checkpoints"], configKey: "half_model", extensionTooltip: true }, { label: "Save Checkpoint to Subdirectory", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Saving", "Heading:Checkpoints"], configKey: "use_subdir", extensionTooltip: true }, { label: "Generate a .ckpt file when saving during training.", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Heading:Checkpoints"], configKey: "save_ckpt_during", extensionTooltip: true }, { label: "Generate a .ckpt file when training completes.", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Saving", "Heading:Checkpoints"], configKey: "save_ckpt_after", extensionTooltip: true }, { label: "Generate a .ckpt file when training is canceled.", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Heading:Checkpoints"], configKey: "save_ckpt_cancel" }, { label: "Lora Rank", type: "Slider", default: 4, min: 1, max: 100, step: 1, path: ["Column(panel):Input", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "lora_rank", extensionTooltip: true }, { label: "Lora Weight", type: "Slider", default: 1, min: 0.1, max: 1, step: 0.1, path: ["Column(panel):Input", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "lora_weight", extensionTooltip: true }, { label: "Lora Text Weight", type: "Slider", default: 1, min: 0.1, max: 1, step: 0.1, path: ["Column(panel):Input", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "lora_txt_weight", extensionTooltip: true }, { label: "Generate lora weights when saving during training.", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "save_lora_during", extensionTooltip: true }, { label: "Generate lora weights when training completes.", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "save_lora_after", extensionTooltip: true }, { label: "Generate lora weights when training is canceled.", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "save_lora_cancel", extensionTooltip: true }, { label: "Save separate diffusers snapshots when saving during training.", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Heading:Diffusion Weights"], configKey: "save_state_during", extensionTooltip: true }, { label: "Save separate diffusers snapshots when training completes.", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Heading:Diffusion Weights"], configKey: "save_state_after", extensionTooltip: true }, { label: "Save separate diffusers snapshots when training is canceled.", type: "Checkbox", default: false, path: ["Column(panel):Input", "Tab:Saving", "Heading:Diffusion Weights"], configKey: "save_state_cancel" }, { label: "Generate Class Images", type: "Button", default: null, path: ["Column(panel):Input", "Tab:Generate"], extensionTooltip: true }, { label: "Generate Graph", type: "Button", default: null, path: ["Column(panel):Input", "Tab:Generate"], extensionTooltip: true }, { label: "Graph Smoothing Steps", type: "Slider", default: 50, min: 10, max: 500, step: 1, path: ["Column(panel):Input", "Tab:Generate"], configKey: "graph_smoothing", extensionTooltip: true }, { label: "Debug Buckets", type: "Button", default: null, path: ["Column(panel):Input", "Tab:Generate"], extensionTooltip: true }, { label: "Epochs to Simulate", type: "Slider", default: 10, min: 1, max: 1e3, step: 1, path: ["Column(panel):Input", "Tab:Generate"] }, { label: "Batch Size to Simulate", type: "Slider", default: 1, min: 1, max: 500, step: 1, path: ["Column(panel):Input", "Tab:Generate"] }, { label: "Generate Sample Images", type: "Button", default: null, path: ["Column(panel):Input", "Tab:Generate"], extensionTooltip: true }, { label: "Sample Prompt", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Generate"], extensionTooltip: true }, { label: "Sample Prompt File", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Generate"] }, { label: "Sample Negative Prompt", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Generate"], extensionTooltip: true }, { label: "Sample Width", type: "Slider", default: 512, min: 128, max: 2048, step: 64, path: ["Column(panel):Input", "Tab:Generate"] }, { label: "Sample Height", type: "Slider", default: 512, min: 128, max: 2048, step: 64, path: ["Column(panel):Input", "Tab:Generate"] }, { label: "Sample Seed", type: "Number", default: -1, precision: 0, path: ["Column(panel):Input", "Tab:Generate"], extensionTooltip: true }, { label: "Number of Samples to Generate", type: "Slider", default: 1, min: 1, max: 1e3, step: 1, path: ["Column(panel):Input", "Tab:Generate"], extensionTooltip: true }, { label: "Sample Batch Size", type: "Slider", default: 1, min: 1, max: 100, step: 1, path: ["Column(panel):Input", "Tab:Generate"] }, { label: "Sample Steps", type: "Slider", default: 40, min: 1, max: 500, step: 1, path: ["Column(panel):Input", "Tab:Generate"], extensionTooltip: true }, { label: "Sample CFG Scale", type: "Slider", default: 7.5, min: 1, max: 20, step: 0.1, path: ["Column(panel):Input", "Tab:Generate"], extensionTooltip: true }, { label: "Use txt2img", type: "Checkbox", default: true, path: ["Column(panel):Input", "Tab:Generate"] }, { label: "🔝", type: "Button", elemId: "db_check_progress_initial", default: null, path: ["Column(panel):Output"], hidden: true }, { label: null, type: "Checkbox", elemId: "db_active", default: false, path: ["Column(panel):Output"], hidden: true }, { label: "🔝", type: "Button", elemId: "ui_check_progress_initial", default: null, path: ["Column(panel):Output"] }, { label: null, type: "HTML", elemId: "db_status", default: "", path: ["Column(panel):Output"] }, { label: null, type: "HTML", elemId: "db_progressbar", default: null, path: ["Column(panel):Output"] }, { label: "Output", type: "Gallery", elemId: "db_gallery", default: null, path: ["Column(panel):Output"] }, { label: null, type: "Image", elemId: "db_preview", default: null, path: ["Column(panel):Output"], hidden: true }, { label: null, type: "HTML", elemId: "db_prompt_list", default: "", path: ["Column(panel):Output"], hidden: true }, { label: null, type: "HTML", elemId: "db_gallery_prompt", default: "", path: ["Column(panel):Output"] }, { label: "Check Progress", type: "Button", elemId: "db_check_progress", default: null, path: ["Column(panel):Output"], hidden: true }, { label: "Update Parameters", type: "Button", elemId: "db_update_params", default: null, path: ["Column(panel):Output"], hidden: true }, { label: "Dataset Directory", type: "Textbox", elemId: "idd{n}", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Directories"], perConcept: true, configKey: "concepts_list[n-1].instance_data_dir", extensionTooltip: true }, { label: "Classification Dataset Directory", type: "Textbox", elemId: "cdd{n}", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Directories"], perConcept: true, configKey: "concepts_list[n-1].class_data_dir", extensionTooltip: true }, { label: "Instance Token", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Filewords"], perConcept: true, configKey: "concepts_list[n-1].instance_token", extensionTooltip: true }, { label: "Class Token", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Filewords"], perConcept: true, configKey: "concepts_list[n-1].class_token", extensionTooltip: true }, { label: "Instance Prompt", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Prompts"], perConcept: true, configKey: "concepts_list[n-1].instance_prompt", extensionTooltip: true }, { label: "Class Prompt", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Prompts"], perConcept: true, configKey: "concepts_list[n-1].class_prompt", extensionTooltip: true }, { label: "Sample Image Prompt", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Prompts"], perConcept: true, configKey: "concepts_list[n-1].save_sample_prompt", extensionTooltip: true }, { label: "Classification Image Negative Prompt", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Prompts"], perConcept: true, configKey: "concepts_list[n-1].class_negative_prompt", extensionTooltip: true }, { label: "Sample Prompt Template File", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Prompts"], perConcept: true, configKey: "concepts_list[n-1].save_sample_template", extensionTooltip: true }, { label: "Sample Negative Prompt", type: "Textbox", default: "", path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Prompts"], perConcept: true, configKey: "concepts_list[n-1].save_sample_negative_prompt", extensionTooltip: true }, { label: "Class Images Per Instance Image", type: "Slider", default: 0, min: 0, max: 100, step: 1, path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Image Generation"], perConcept: true, configKey: "concepts_list[n-1].num_class_images_per", extensionTooltip: true }, { label: "Classification CFG Scale", type: "Slider", default: 7.5, min: 1, max: 12, step: 0.1, path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Image Generation"], perConcept: true, configKey: "concepts_list[n-1].class_guidance_scale", extensionTooltip: true }, { label: "Classification Steps", type: "Slider", default: 40, min: 10, max: 200, step: 1, path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Image Generation"], perConcept: true, configKey: "concepts_list[n-1].class_infer_steps", extensionTooltip: true }, { label: "Number of Samples to Generate", type: "Slider", default: 1, min: 0, max: 100, step: 1, path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Image Generation"], perConcept: true, configKey: "concepts_list[n-1].n_save_sample", extensionTooltip: true }, { label: "Sample Seed", type: "Number", default: -1, precision: 0, path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Image Generation"], perConcept: true, configKey: "concepts_list[n-1].sample_seed", extensionTooltip: true }, { label: "Sample CFG Scale", type: "Slider", default: 7.5, min: 1, max: 12, step: 0.1, path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Image Generation"], perConcept: true, configKey: "concepts_list[n-1].save_guidance_scale", extensionTooltip: true }, { label: "Sample Steps", type: "Slider", default: 40, min: 10, max: 200, step: 1, path: ["Column(panel):Input", "Tab:Concepts", "Tab:Concept {n}", "Heading:Image Generation"], perConcept: true, configKey: "concepts_list[n-1].save_infer_steps", extensionTooltip: true }] }, { key: "2023-04-30", tabId: "tab_dreambooth_interface", conceptSlots: 4, fields: [{ label: "Load Settings", type: "Button", elemId: "db_load_params", default: null, path: ["Row#DbTopRow"], extensionTooltip: true }, { label: "Save Settings", type: "Button", elemId: "db_save_config", default: null, path: ["Row#DbTopRow"], extensionTooltip: true }, { label: "Train", type: "Button", elemId: "db_train", default: null, path: ["Row#DbTopRow"], extensionTooltip: true }, { label: "Generate Ckpt", type: "Button", elemId: "db_gen_ckpt", default: null, path: ["Row#DbTopRow"], extensionTooltip: true }, { label: "Save Weights", type: "Button", elemId: "db_gen_ckpt_during", default: null, path: ["Row#DbTopRow"], extensionTooltip: true }, { label: "Generate Samples", type: "Button", elemId: "db_train_sample", default: null, path: ["Row#DbTopRow"], extensionTooltip: true }, { label: "Cancel", type: "Button", elemId: "db_cancel", default: null, path: ["Row#DbTopRow"], extensionTooltip: true }, { label: "Model", type: "Dropdown", default: null, path: ["Column#ModelPanel", "Tab:Select"], configKey: "model_name", extensionTooltip: true }, { label: "Snapshot to Resume", type: "Dropdown", default: null, path: ["Column#ModelPanel", "Tab:Select"], configKey: "snapshot" }, { label: "Lora Model", type: "Dropdown", default: null, path: ["Column#ModelPanel", "Tab:Select", "Row(lora_model_row) [hidden initially]"], configKey: "lora_model_name", extensionTooltip: true }, { label: "Loaded Model:", type: "HTML", default: null, path: ["Column#ModelPanel", "Tab:Select"], configKey: "model_path" }, { label: "Model Revision:", type: "HTML", elemId: "db_revision", default: null, path: ["Column#ModelPanel", "Tab:Select"], configKey: "revision" }, { label: "Model Epoch:", type: "HTML", elemId: "db_epochs", default: null, path: ["Column#ModelPanel", "Tab:Select"] }, { label: "V2 Model:", type: "HTML", elemId: "db_v2", default: null, path: ["Column#ModelPanel", "Tab:Select"] }, { label: "Has EMA:", type: "HTML", elemId: "db_has_ema", default: null, path: ["Column#ModelPanel", "Tab:Select"] }, { label: "Source Checkpoint:", type: "HTML", default: null, path: ["Column#ModelPanel", "Tab:Select"], configKey: "src" }, { label: "Experimental Shared Source:", type: "HTML", default: null, path: ["Column#ModelPanel", "Tab:Select"], configKey: "shared_diffusers_path" }, { label: "Create Model", type: "Button", default: null, path: ["Column#ModelPanel", "Tab:Create"], extensionTooltip: true }, { label: "Name", type: "Textbox", default: "", path: ["Column#ModelPanel", "Tab:Create"], extensionTooltip: true }, { label: "Create From Hub", type: "Checkbox", default: false, path: ["Column#ModelPanel", "Tab:Create"], extensionTooltip: true }, { label: "512x Model", type: "Checkbox", default: true, path: ["Column#ModelPanel", "Tab:Create"] }, { label: "Experimental Shared Src", type: "Checkbox", default: false, path: ["Column#ModelPanel", "Tab:Create"], configKey: "use_shared_src" }, { label: "Model Path", type: "Textbox", default: "", path: ["Column#ModelPanel", "Tab:Create", "Column(hub_row) [hidden initially]"], extensionTooltip: true }, { label: "HuggingFace Token", type: "Textbox", default: "", path: ["Column#ModelPanel", "Tab:Create", "Column(hub_row) [hidden initially]"], extensionTooltip: true }, { label: "Source Checkpoint", type: "Dropdown", default: null, path: ["Column#ModelPanel", "Tab:Create", "Column(local_row)"], extensionTooltip: true }, { label: "EXPERIMENTAL: LoRA Shared Diffusers Source", type: "Dropdown", default: "", path: ["Column#ModelPanel", "Tab:Create", "Column(shared_row) [hidden initially]"] }, { label: "Extract EMA Weights", type: "Checkbox", default: false, path: ["Column#ModelPanel", "Tab:Create"], extensionTooltip: true }, { label: "Unfreeze Model", type: "Checkbox", default: false, path: ["Column#ModelPanel", "Tab:Create"], configKey: "train_unfrozen", extensionTooltip: true }, { label: "Performance Wizard (WIP)", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings"], extensionTooltip: true }, { label: "Use LORA", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:General"], configKey: "use_lora", extensionTooltip: true }, { label: "Use Lora Extended", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:General"], configKey: "use_lora_extended", hidden: true, extensionTooltip: true }, { label: "Train Imagic Only", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:General"], configKey: "train_imagic", extensionTooltip: true }, { label: "Train Inpainting Model", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:General"], hidden: true }, { label: "Training Steps Per Image (Epochs)", type: "Slider", default: 100, min: 0, max: 1e3, step: 1, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "num_train_epochs", extensionTooltip: true }, { label: "Pause After N Epochs", type: "Slider", default: 0, min: 0, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "epoch_pause_frequency", extensionTooltip: true }, { label: "Amount of time to pause between Epochs (s)", type: "Slider", default: 0, min: 0, max: 3600, step: 1, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "epoch_pause_time", extensionTooltip: true }, { label: "Save Model Frequency (Epochs)", type: "Slider", default: 25, min: 0, max: 1e3, step: 1, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "save_embedding_every", extensionTooltip: true }, { label: "Save Preview(s) Frequency (Epochs)", type: "Slider", default: 5, min: 0, max: 1e3, step: 1, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Intervals"], configKey: "save_preview_every", extensionTooltip: true }, { label: "Batch Size", type: "Slider", default: 1, min: 1, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Batching"], configKey: "train_batch_size", extensionTooltip: true }, { label: "Gradient Accumulation Steps", type: "Slider", default: 1, min: 1, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Batching"], configKey: "gradient_accumulation_steps", extensionTooltip: true }, { label: "Class Batch Size", type: "Slider", default: 1, min: 1, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Batching"], configKey: "sample_batch_size", extensionTooltip: true }, { label: "Set Gradients to None When Zeroing", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Batching"], configKey: "gradient_set_to_none", extensionTooltip: true }, { label: "Gradient Checkpointing", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Batching"], configKey: "gradient_checkpointing", extensionTooltip: true }, { label: "Lora UNET Learning Rate", type: "Number", default: 1e-4, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Row(lora_lr_row) [hidden initially]", "Heading:Learning Rate"], configKey: "lora_learning_rate", extensionTooltip: true }, { label: "Lora Text Encoder Learning Rate", type: "Number", default: 5e-5, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Row(lora_lr_row) [hidden initially]", "Heading:Learning Rate"], configKey: "lora_txt_learning_rate" }, { label: "Learning Rate", type: "Number", default: 2e-6, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Row(standard_lr_row)", "Heading:Learning Rate"], configKey: "learning_rate", extensionTooltip: true }, { label: "Learning Rate Scheduler", type: "Dropdown", default: "constant_with_warmup", choices: ["linear", "linear_with_warmup", "cosine", "cosine_annealing", "cosine_annealing_with_restarts", "cosine_with_restarts", "polynomial", "constant", "constant_with_warmup", "dadapt_with_warmup"], path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "lr_scheduler", extensionTooltip: true }, { label: "Min Learning Rate", type: "Number", default: 1e-6, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "learning_rate_min", hidden: true, extensionTooltip: true }, { label: "Number of Hard Resets", type: "Number", default: 1, precision: 0, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "lr_cycles", hidden: true, extensionTooltip: true }, { label: "Constant/Linear Starting Factor", type: "Number", default: 0.5, precision: 2, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "lr_factor", hidden: true, extensionTooltip: true }, { label: "Polynomial Power", type: "Number", default: 1, precision: 1, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "lr_power", hidden: true, extensionTooltip: true }, { label: "Scale Position", type: "Slider", default: 0.5, min: 0, max: 1, step: 0.05, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "lr_scale_pos", hidden: true, extensionTooltip: true }, { label: "Learning Rate Warmup Steps", type: "Slider", default: 0, min: 0, max: 1e3, step: 5, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Learning Rate"], configKey: "lr_warmup_steps", extensionTooltip: true }, { label: "Max Resolution", type: "Slider", elemId: "max_res", default: 512, min: 128, max: 2048, step: 64, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Image Processing"], configKey: "resolution", extensionTooltip: true }, { label: "Apply Horizontal Flip", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Image Processing"], configKey: "hflip", extensionTooltip: true }, { label: "Dynamic Image Normalization", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Image Processing"], configKey: "dynamic_img_norm", extensionTooltip: true }, { label: "Use EMA", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Tuning"], configKey: "use_ema", extensionTooltip: true }, { label: "Optimizer", type: "Dropdown", default: "8bit AdamW", choices: ["Torch AdamW", "8bit AdamW", "Lion", "AdamW Dadaptation", "Adan Dadaptation", "AdanIP Dadaptation"], path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Tuning"], configKey: "optimizer", extensionTooltip: true }, { label: "Mixed Precision", type: "Dropdown", default: "no", choices: ["no", "fp16", "bf16"], path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Tuning"], configKey: "mixed_precision", extensionTooltip: true }, { label: "Memory Attention", type: "Dropdown", default: "default", choices: ["default", "xformers"], path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Tuning"], configKey: "attention", extensionTooltip: true }, { label: "Cache Latents", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Tuning"], configKey: "cache_latents", extensionTooltip: true }, { label: "Train UNET", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Tuning"], configKey: "train_unet" }, { label: "Step Ratio of Text Encoder Training", type: "Slider", default: 0, min: 0, max: 1, step: 0.05, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Tuning"], configKey: "stop_text_encoder", extensionTooltip: true }, { label: "Offset Noise", type: "Slider", default: 0, min: -1, max: 1, step: 0.01, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Tuning"], configKey: "offset_noise", extensionTooltip: true }, { label: "Freeze CLIP Normalization Layers", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Tuning"], configKey: "freeze_clip_normalization", extensionTooltip: true }, { label: "Clip Skip", type: "Slider", default: 1, min: 1, max: 12, step: 1, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Tuning"], configKey: "clip_skip", extensionTooltip: true }, { label: "Weight Decay", type: "Slider", default: 0.01, min: 0, max: 1, step: 1e-3, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Tuning"], configKey: "weight_decay", extensionTooltip: true }, { label: "TENC Weight Decay", type: "Slider", default: 0.01, min: 0, max: 1, step: 1e-3, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Tuning"], configKey: "tenc_weight_decay", extensionTooltip: true }, { label: "TENC Gradient Clip Norm", type: "Slider", default: 0, min: 0, max: 128, step: 0.25, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Tuning"], configKey: "tenc_grad_clip_norm", extensionTooltip: true }, { label: "Pad Tokens", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Tuning"], configKey: "pad_tokens", extensionTooltip: true }, { label: "Strict Tokens", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Tuning"], configKey: "strict_tokens", extensionTooltip: true }, { label: "Shuffle Tags", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Tuning"], configKey: "shuffle_tags", extensionTooltip: true }, { label: "Max Token Length", type: "Slider", default: 75, min: 75, max: 300, step: 75, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Tuning"], configKey: "max_token_length", extensionTooltip: true }, { label: "Scale Prior Loss", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Prior Loss"], configKey: "prior_loss_scale" }, { label: "Prior Loss Weight", type: "Slider", default: 0.75, min: 0.01, max: 1, step: 0.01, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Prior Loss"], configKey: "prior_loss_weight", extensionTooltip: true }, { label: "Prior Loss Target", type: "Number", default: 100, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Prior Loss"], configKey: "prior_loss_target", hidden: true }, { label: "Minimum Prior Loss Weight", type: "Slider", default: 0.1, min: 0.01, max: 1, step: 0.01, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Basic (open)", "Heading:Prior Loss"], configKey: "prior_loss_weight_min", hidden: true }, { label: "Sanity Sample Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Advanced (collapsed)", "Heading:Sanity Samples"], configKey: "sanity_prompt", extensionTooltip: true }, { label: "Sanity Sample Negative Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Advanced (collapsed)", "Heading:Sanity Samples"] }, { label: "Sanity Sample Seed", type: "Number", default: 420420, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Advanced (collapsed)", "Heading:Sanity Samples"], configKey: "sanity_seed", extensionTooltip: true }, { label: "Pretrained VAE Name or Path", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Advanced (collapsed)", "Heading:Miscellaneous"], configKey: "pretrained_vae_name_or_path", extensionTooltip: true }, { label: "Use Concepts List", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Advanced (collapsed)", "Heading:Miscellaneous"], configKey: "use_concepts", extensionTooltip: true }, { label: "Concepts List", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Advanced (collapsed)", "Heading:Miscellaneous"], configKey: "concepts_path", extensionTooltip: true }, { label: "API Key", type: "Textbox", default: null, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Advanced (collapsed)", "Heading:Miscellaneous"], extensionTooltip: true }, { label: "🔄", type: "Button", elemId: "refresh_secret", default: null, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Advanced (collapsed)", "Heading:Miscellaneous"] }, { label: "🗑", type: "Button", elemId: "clear_secret", default: null, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Advanced (collapsed)", "Heading:Miscellaneous"] }, { label: "Discord Webhook", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Advanced (collapsed)"], extensionTooltip: true }, { label: "Save and Test Webhook", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Settings#TabSettings", "Accordion:Advanced (collapsed)"], extensionTooltip: true }, { label: "Training Wizard (Person)", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts"], extensionTooltip: true }, { label: "Training Wizard (Object/Style)", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts"], extensionTooltip: true }, { label: "Custom Model Name", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Saving", "Heading:General"], configKey: "custom_model_name", extensionTooltip: true }, { label: "Save in .safetensors format", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Saving", "Heading:General"], configKey: "save_safetensors", hidden: true }, { label: "Save EMA Weights to Generated Models", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Saving", "Heading:General"], configKey: "save_ema", extensionTooltip: true }, { label: "Use EMA Weights for Inference", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Saving", "Heading:General"], configKey: "infer_ema", extensionTooltip: true }, { label: "Half Model", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Saving", "Heading:Checkpoints"], configKey: "half_model", extensionTooltip: true }, { label: "Save Checkpoint to Subdirectory", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Saving", "Heading:Checkpoints"], configKey: "use_subdir", extensionTooltip: true }, { label: "Generate a .ckpt file when saving during training.", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Saving", "Heading:Checkpoints"], configKey: "save_ckpt_during", extensionTooltip: true }, { label: "Generate a .ckpt file when training completes.", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Saving", "Heading:Checkpoints"], configKey: "save_ckpt_after", extensionTooltip: true }, { label: "Generate a .ckpt file when training is canceled.", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Saving", "Heading:Checkpoints"], configKey: "save_ckpt_cancel", extensionTooltip: true }, { label: "Lora UNET Rank", type: "Slider", default: 4, min: 2, max: 128, step: 2, path: ["Column#SettingsPanel", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "lora_unet_rank", extensionTooltip: true }, { label: "Lora Text Encoder Rank", type: "Slider", default: 4, min: 2, max: 768, step: 2, path: ["Column#SettingsPanel", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "lora_txt_rank", extensionTooltip: true }, { label: "Lora Weight", type: "Slider", default: 1, min: 0.1, max: 1, step: 0.1, path: ["Column#SettingsPanel", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "lora_weight", extensionTooltip: true }, { label: "Lora Text Weight", type: "Slider", default: 1, min: 0.1, max: 1, step: 0.1, path: ["Column#SettingsPanel", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "lora_txt_weight", extensionTooltip: true }, { label: "Generate lora weights when saving during training.", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "save_lora_during", extensionTooltip: true }, { label: "Generate lora weights when training completes.", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "save_lora_after", extensionTooltip: true }, { label: "Generate lora weights when training is canceled.", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "save_lora_cancel", extensionTooltip: true }, { label: "Generate lora weights for extra networks.", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Saving", "Column(lora_save_col) [hidden initially]", "Heading:Lora"], configKey: "save_lora_for_extra_net" }, { label: "Save separate diffusers snapshots when saving during training.", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Saving", "Heading:Diffusion Weights (training snapshots)"], configKey: "save_state_during", extensionTooltip: true }, { label: "Save separate diffusers snapshots when training completes.", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Saving", "Heading:Diffusion Weights (training snapshots)"], configKey: "save_state_after", extensionTooltip: true }, { label: "Save separate diffusers snapshots when training is canceled.", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Saving", "Heading:Diffusion Weights (training snapshots)"], configKey: "save_state_cancel", extensionTooltip: true }, { label: "Image Generation Library", type: "Dropdown", default: "Native Diffusers", choices: ["A1111 txt2img (Euler a)", "Native Diffusers"], path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Class Generation Schedulers"] }, { label: "Image Generation Scheduler", type: "Dropdown", default: "DEISMultistep", choices: ["DDIM", "DDPM", "PNDM", "LMSDiscrete", "EulerDiscrete", "HeunDiscrete", "EulerAncestralDiscrete", "DPMSolverMultistep", "DPMSolverSinglestep", "KDPM2Discrete", "KDPM2AncestralDiscrete", "DEISMultistep", "UniPCMultistep"], path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Class Generation Schedulers"], configKey: "scheduler", extensionTooltip: true }, { label: "Generate Class Images", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"], extensionTooltip: true }, { label: "Generate Graph", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"], extensionTooltip: true }, { label: "Graph Smoothing Steps", type: "Slider", default: 50, min: 10, max: 500, step: 1, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"], configKey: "graph_smoothing", extensionTooltip: true }, { label: "Debug Buckets", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"], extensionTooltip: true }, { label: "Epochs to Simulate", type: "Slider", default: 10, min: 1, max: 1e3, step: 1, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"] }, { label: "Batch Size to Simulate", type: "Slider", default: 1, min: 1, max: 500, step: 1, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"] }, { label: "Generate Sample Images", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"], extensionTooltip: true }, { label: "Sample Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"], extensionTooltip: true }, { label: "Sample Negative Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"], extensionTooltip: true }, { label: "Sample Prompt File", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"] }, { label: "Sample Width", type: "Slider", default: 512, min: 128, max: 2048, step: 64, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"] }, { label: "Sample Height", type: "Slider", default: 512, min: 128, max: 2048, step: 64, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"] }, { label: "Sample Seed", type: "Number", default: -1, precision: 0, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"], extensionTooltip: true }, { label: "Number of Samples to Generate", type: "Slider", default: 1, min: 1, max: 1e3, step: 1, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"], extensionTooltip: true }, { label: "Sample Batch Size", type: "Slider", default: 1, min: 1, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"] }, { label: "Sample Steps", type: "Slider", default: 20, min: 1, max: 500, step: 1, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"], extensionTooltip: true }, { label: "Sample CFG Scale", type: "Slider", default: 7.5, min: 1, max: 20, step: 0.1, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"], extensionTooltip: true }, { label: "Swap Sample Faces", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Column [visible iff has_face_swap()]", "Heading:Manual Class Generation"] }, { label: "Swap Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Column [visible iff has_face_swap()]", "Heading:Manual Class Generation"] }, { label: "Swap Negative Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Column [visible iff has_face_swap()]", "Heading:Manual Class Generation"] }, { label: "Swap Steps", type: "Slider", default: 40, min: 0, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Column [visible iff has_face_swap()]", "Heading:Manual Class Generation"] }, { label: "Swap Batch", type: "Slider", default: 40, min: 0, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Column [visible iff has_face_swap()]", "Heading:Manual Class Generation"] }, { label: "Use txt2img", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Generate#TabGenerate", "Heading:Manual Class Generation"], hidden: true }, { label: "Token Merging (ToMe)", type: "Slider", default: 0, min: 0, max: 1, step: 0.1, path: ["Column#SettingsPanel", "Tab:Testing#TabDebug", "Heading:Experimental Settings"], configKey: "tomesd" }, { label: "Calculate Split Loss", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Testing#TabDebug", "Heading:Experimental Settings"], configKey: "split_loss", extensionTooltip: true }, { label: "Disable Class Matching", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Testing#TabDebug", "Heading:Experimental Settings"], configKey: "disable_class_matching", extensionTooltip: true }, { label: "Disable Logging", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Testing#TabDebug", "Heading:Experimental Settings"], configKey: "disable_logging", extensionTooltip: true }, { label: "Deterministic", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Testing#TabDebug", "Heading:Experimental Settings"], configKey: "deterministic", extensionTooltip: true }, { label: "Use EMA for prediction", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Testing#TabDebug", "Heading:Experimental Settings"], configKey: "ema_predict", extensionTooltip: true }, { label: "LoRA use buggy requires grad", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Testing#TabDebug", "Heading:Experimental Settings"], configKey: "lora_use_buggy_requires_grad", extensionTooltip: true }, { label: "Noise scheduler", type: "Dropdown", default: "DDPM", choices: ["DDPM", "DEIS", "UniPC"], path: ["Column#SettingsPanel", "Tab:Testing#TabDebug", "Heading:Experimental Settings"], configKey: "noise_scheduler", extensionTooltip: true }, { label: "Update Extension and Restart", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Testing#TabDebug", "Heading:Experimental Settings"] }, { label: "Source Path", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Testing#TabDebug", "Heading:Bucket Cropping"] }, { label: "Dest Path", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Testing#TabDebug", "Heading:Bucket Cropping"] }, { label: "Max Res", type: "Slider", default: 512, min: 0, max: 2048, step: 64, path: ["Column#SettingsPanel", "Tab:Testing#TabDebug", "Heading:Bucket Cropping"] }, { label: "Bucket Steps", type: "Slider", default: 8, min: 0, max: 512, step: 8, path: ["Column#SettingsPanel", "Tab:Testing#TabDebug", "Heading:Bucket Cropping"] }, { label: "Dry Run", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Testing#TabDebug", "Heading:Bucket Cropping"] }, { label: "Start Cropping", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Testing#TabDebug", "Heading:Bucket Cropping"] }, { label: "🔝", type: "Button", elemId: "db_check_progress_initial", default: null, path: ["Column(panel):Output"], hidden: true }, { label: null, type: "Checkbox", elemId: "db_active", default: false, path: ["Column(panel):Output"], hidden: true }, { label: "🔝", type: "Button", elemId: "ui_check_progress_initial", default: null, path: ["Column(panel):Output"] }, { label: null, type: "HTML", elemId: "db_status", default: "", path: ["Column(panel):Output"] }, { label: null, type: "HTML", elemId: "db_progressbar", default: null, path: ["Column(panel):Output"] }, { label: "Output", type: "Gallery", elemId: "db_gallery", default: null, path: ["Column(panel):Output"] }, { label: null, type: "Image", elemId: "db_preview", default: null, path: ["Column(panel):Output"], hidden: true }, { label: null, type: "HTML", elemId: "db_prompt_list", default: "", path: ["Column(panel):Output"], hidden: true }, { label: null, type: "HTML", elemId: "db_gallery_prompt", default: "", path: ["Column(panel):Output"] }, { label: "Check Progress", type: "Button", elemId: "db_check_progress", default: null, path: ["Column(panel):Output"], hidden: true }, { label: "Update Parameters", type: "Button", elemId: "db_update_params", default: null, path: ["Column(panel):Output"], hidden: true }, { label: null, type: "HTML", elemId: "launch_errors", default: null, path: ["Column(panel):Output"], hidden: true }, { label: "Dataset Directory", type: "Textbox", elemId: "idd{n}", default: "", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Tab:Concept {n}", "Heading:Directories"], perConcept: true, configKey: "concepts_list[n-1].instance_data_dir", extensionTooltip: true }, { label: "Classification Dataset Directory", type: "Textbox", elemId: "cdd{n}", default: "", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Tab:Concept {n}", "Heading:Directories"], perConcept: true, configKey: "concepts_list[n-1].class_data_dir", extensionTooltip: true }, { label: "Instance Token", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Tab:Concept {n}", "Heading:Filewords"], perConcept: true, configKey: "concepts_list[n-1].instance_token", extensionTooltip: true }, { label: "Class Token", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Tab:Concept {n}", "Heading:Filewords"], perConcept: true, configKey: "concepts_list[n-1].class_token", extensionTooltip: true }, { label: "Instance Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Tab:Concept {n}", "Heading:Training Prompts"], perConcept: true, configKey: "concepts_list[n-1].instance_prompt", extensionTooltip: true }, { label: "Class Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Tab:Concept {n}", "Heading:Training Prompts"], perConcept: true, configKey: "concepts_list[n-1].class_prompt", extensionTooltip: true }, { label: "Classification Image Negative Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Tab:Concept {n}", "Heading:Training Prompts"], perConcept: true, configKey: "concepts_list[n-1].class_negative_prompt", extensionTooltip: true }, { label: "Sample Image Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Tab:Concept {n}", "Heading:Sample Prompts"], perConcept: true, configKey: "concepts_list[n-1].save_sample_prompt", extensionTooltip: true }, { label: "Sample Negative Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Tab:Concept {n}", "Heading:Sample Prompts"], perConcept: true, configKey: "concepts_list[n-1].save_sample_negative_prompt", extensionTooltip: true }, { label: "Sample Prompt Template File", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Tab:Concept {n}", "Heading:Sample Prompts"], perConcept: true, configKey: "concepts_list[n-1].save_sample_template", extensionTooltip: true }, { label: "Class Images Per Instance Image", type: "Slider", default: 0, min: 0, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Tab:Concept {n}", "Heading:Class Image Generation"], perConcept: true, configKey: "concepts_list[n-1].num_class_images_per", extensionTooltip: true }, { label: "Classification CFG Scale", type: "Slider", default: 7.5, min: 1, max: 12, step: 0.1, path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Tab:Concept {n}", "Heading:Class Image Generation"], perConcept: true, configKey: "concepts_list[n-1].class_guidance_scale", extensionTooltip: true }, { label: "Classification Steps", type: "Slider", default: 40, min: 10, max: 200, step: 1, path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Tab:Concept {n}", "Heading:Class Image Generation"], perConcept: true, configKey: "concepts_list[n-1].class_infer_steps", extensionTooltip: true }, { label: "Number of Samples to Generate", type: "Slider", default: 1, min: 0, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Tab:Concept {n}", "Heading:Sample Image Generation"], perConcept: true, configKey: "concepts_list[n-1].n_save_sample", extensionTooltip: true }, { label: "Sample Seed", type: "Number", default: -1, precision: 0, path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Tab:Concept {n}", "Heading:Sample Image Generation"], perConcept: true, configKey: "concepts_list[n-1].sample_seed", extensionTooltip: true }, { label: "Sample CFG Scale", type: "Slider", default: 7.5, min: 1, max: 12, step: 0.1, path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Tab:Concept {n}", "Heading:Sample Image Generation"], perConcept: true, configKey: "concepts_list[n-1].save_guidance_scale", extensionTooltip: true }, { label: "Sample Steps", type: "Slider", default: 20, min: 10, max: 200, step: 1, path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Tab:Concept {n}", "Heading:Sample Image Generation"], perConcept: true, configKey: "concepts_list[n-1].save_infer_steps", extensionTooltip: true }] }, { key: "HEAD", tabId: "tab_dreambooth_v2", conceptSlots: 4, fields: [{ label: "Load Settings", type: "Button", elemId: "db_load_params", default: null, path: ["Row#DbTopRow"], extensionTooltip: true }, { label: "Save Settings", type: "Button", elemId: "db_save_config", default: null, path: ["Row#DbTopRow"], extensionTooltip: true }, { label: "Train", type: "Button", elemId: "db_train", default: null, path: ["Row#DbTopRow"], extensionTooltip: true }, { label: "Generate Ckpt", type: "Button", elemId: "db_gen_ckpt", default: null, path: ["Row#DbTopRow"], extensionTooltip: true }, { label: "Save Weights", type: "Button", elemId: "db_gen_ckpt_during", default: null, path: ["Row#DbTopRow"], extensionTooltip: true }, { label: "Generate Samples", type: "Button", elemId: "db_train_sample", default: null, path: ["Row#DbTopRow"], extensionTooltip: true }, { label: "Cancel", type: "Button", elemId: "db_cancel", default: null, path: ["Row#DbTopRow"], extensionTooltip: true }, { label: "Loaded Model:", type: "HTML", default: null, path: ["Row#ModelDetailRow [hidden initially]"], configKey: "model_path" }, { label: "Source Checkpoint:", type: "HTML", default: null, path: ["Row#ModelDetailRow [hidden initially]"], configKey: "src" }, { label: "Model Epoch:", type: "HTML", elemId: "db_epochs", default: null, path: ["Row#ModelDetailRow [hidden initially]"] }, { label: "Model Revision:", type: "HTML", elemId: "db_revision", default: null, path: ["Row#ModelDetailRow [hidden initially]"], configKey: "revision" }, { label: "Model type:", type: "HTML", elemId: "db_model_type", default: null, path: ["Row#ModelDetailRow [hidden initially]"] }, { label: "Has EMA:", type: "HTML", elemId: "db_has_ema", default: null, path: ["Row#ModelDetailRow [hidden initially]"] }, { label: "Experimental Shared Source:", type: "HTML", default: null, path: ["Row#ModelDetailRow [hidden initially]", "Row [hidden initially]"], configKey: "shared_diffusers_path" }, { label: "Show Advanced", type: "Button", default: null, path: ["Column#SettingsPanel"], hidden: true }, { label: "Hide Advanced", type: "Button", elemId: "db_hide_advanced", default: null, path: ["Column#SettingsPanel"] }, { label: "Model", type: "Dropdown", default: null, path: ["Column#SettingsPanel", "Tab:Model#ModelPanel", "Tab:Select"], configKey: "model_name", extensionTooltip: true }, { label: "Snapshot to Resume", type: "Dropdown", default: null, path: ["Column#SettingsPanel", "Tab:Model#ModelPanel", "Tab:Select", "Row(db_snapshot_row)"], configKey: "snapshot", advancedOnly: true }, { label: "Lora Model", type: "Dropdown", default: null, path: ["Column#SettingsPanel", "Tab:Model#ModelPanel", "Tab:Select", "Row(lora_model_row) [hidden initially]"], configKey: "lora_model_name", extensionTooltip: true }, { label: "Create Model", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Model#ModelPanel", "Tab:Create"], extensionTooltip: true }, { label: "Name", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Model#ModelPanel", "Tab:Create"], extensionTooltip: true }, { label: "Create From Hub", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Model#ModelPanel", "Tab:Create"], advancedOnly: true, extensionTooltip: true }, { label: "Model Type", type: "Dropdown", default: "v1x", choices: ["v1x", "v2x-512", "v2x", "SDXL", "ControlNet"], path: ["Column#SettingsPanel", "Tab:Model#ModelPanel", "Tab:Create"] }, { label: "Experimental Shared Src", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Model#ModelPanel", "Tab:Create"], configKey: "use_shared_src", hidden: true }, { label: "Model Path", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Model#ModelPanel", "Tab:Create", "Column(hub_row) [hidden initially]"], extensionTooltip: true }, { label: "HuggingFace Token", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Model#ModelPanel", "Tab:Create", "Column(hub_row) [hidden initially]"], extensionTooltip: true }, { label: "Source Checkpoint", type: "Dropdown", default: null, path: ["Column#SettingsPanel", "Tab:Model#ModelPanel", "Tab:Create", "Column(local_row)"], extensionTooltip: true }, { label: "EXPERIMENTAL: LoRA Shared Diffusers Source", type: "Dropdown", default: "", path: ["Column#SettingsPanel", "Tab:Model#ModelPanel", "Tab:Create", "Column(shared_row) [hidden initially]"], hidden: true }, { label: "Extract EMA Weights", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Model#ModelPanel", "Tab:Create"], advancedOnly: true, extensionTooltip: true }, { label: "Unfreeze Model", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Model#ModelPanel", "Tab:Create"], configKey: "train_unfrozen", advancedOnly: true, extensionTooltip: true }, { label: "Performance Wizard (WIP)", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings"], hidden: true, extensionTooltip: true }, { label: "Use EMA", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "use_ema", advancedOnly: true, extensionTooltip: true }, { label: "Optimizer", type: "Dropdown", default: "8bit AdamW", choices: ["Torch AdamW", "Adafactor", "8bit AdamW", "Paged 8bit AdamW", "AdamW Dadaptation", "Adan Dadaptation", "AdanIP Dadaptation", "Apollo", "CAME", "Lion", "8bit Lion", "Paged 8bit Lion", "Lion Dadaptation", "Prodigy", "SGD Dadaptation", "Sophia", "Tiger"], path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "optimizer", extensionTooltip: true }, { label: "Mixed Precision", type: "Dropdown", default: null, choices: ["no", "fp16", "bf16"], path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "mixed_precision", extensionTooltip: true }, { label: "Full Mixed Precision", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "full_mixed_precision", advancedOnly: true, extensionTooltip: true }, { label: "Memory Attention", type: "Dropdown", default: null, choices: ["default", "xformers"], path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "attention", extensionTooltip: true }, { label: "Cache Latents", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "cache_latents", extensionTooltip: true }, { label: "Train UNET", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "train_unet" }, { label: "Step Ratio of Text Encoder Training", type: "Slider", default: 1, min: 0, max: 1, step: 0.05, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "stop_text_encoder", extensionTooltip: true }, { label: "Offset Noise", type: "Slider", default: 0, min: -1, max: 1, step: 0.01, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "offset_noise", advancedOnly: true, extensionTooltip: true }, { label: "Freeze CLIP Normalization Layers", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "freeze_clip_normalization", advancedOnly: true, extensionTooltip: true }, { label: "Clip Skip", type: "Slider", default: 2, min: 1, max: 12, step: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "clip_skip", extensionTooltip: true }, { label: "Weight Decay", type: "Slider", default: 0.01, min: 0, max: 1, step: 1e-3, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "weight_decay", advancedOnly: true, extensionTooltip: true }, { label: "TENC Weight Decay", type: "Slider", default: 0.01, min: 0, max: 1, step: 1e-3, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "tenc_weight_decay", advancedOnly: true, extensionTooltip: true }, { label: "TENC Gradient Clip Norm", type: "Slider", default: 0, min: 0, max: 128, step: 0.25, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "tenc_grad_clip_norm", advancedOnly: true, extensionTooltip: true }, { label: "Min SNR Gamma", type: "Slider", default: 0, min: 0, max: 10, step: 0.1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "min_snr_gamma", advancedOnly: true, extensionTooltip: true }, { label: "Use DREAM", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "use_dream", advancedOnly: true, extensionTooltip: true }, { label: "DREAM detail preservation", type: "Slider", default: 0.5, min: 0, max: 1, step: 0.01, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "dream_detail_preservation", advancedOnly: true, extensionTooltip: true }, { label: "Freeze Spectral Norm", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "freeze_spectral_norm", advancedOnly: true, extensionTooltip: true }, { label: "Pad Tokens", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "pad_tokens", advancedOnly: true, extensionTooltip: true }, { label: "Strict Tokens", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "strict_tokens", advancedOnly: true, extensionTooltip: true }, { label: "Shuffle Tags", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "shuffle_tags", extensionTooltip: true }, { label: "Max Token Length", type: "Slider", default: 75, min: 75, max: 300, step: 75, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Performance (collapsed)"], configKey: "max_token_length", advancedOnly: true, extensionTooltip: true }, { label: "Training Steps Per Image (Epochs)", type: "Slider", default: 100, min: 0, max: 1e3, step: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Intervals (collapsed)"], configKey: "num_train_epochs", extensionTooltip: true }, { label: "Pause After N Epochs", type: "Slider", default: 0, min: 0, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Intervals (collapsed)"], configKey: "epoch_pause_frequency", advancedOnly: true, extensionTooltip: true }, { label: "Amount of time to pause between Epochs (s)", type: "Slider", default: 0, min: 0, max: 3600, step: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Intervals (collapsed)"], configKey: "epoch_pause_time", advancedOnly: true, extensionTooltip: true }, { label: "Save Model Frequency (Epochs)", type: "Slider", default: 25, min: 0, max: 1e3, step: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Intervals (collapsed)"], configKey: "save_embedding_every", extensionTooltip: true }, { label: "Save Preview(s) Frequency (Epochs)", type: "Slider", default: 5, min: 0, max: 1e3, step: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Intervals (collapsed)"], configKey: "save_preview_every", extensionTooltip: true }, { label: "Batch Size", type: "Slider", default: 1, min: 1, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Batch Sizes (collapsed)"], configKey: "train_batch_size", advancedOnly: true, extensionTooltip: true }, { label: "Gradient Accumulation Steps", type: "Slider", default: 1, min: 1, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Batch Sizes (collapsed)"], configKey: "gradient_accumulation_steps", advancedOnly: true, extensionTooltip: true }, { label: "Class Batch Size", type: "Slider", default: 1, min: 1, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Batch Sizes (collapsed)"], configKey: "sample_batch_size", advancedOnly: true, extensionTooltip: true }, { label: "Set Gradients to None When Zeroing", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Batch Sizes (collapsed)"], configKey: "gradient_set_to_none", advancedOnly: true, extensionTooltip: true }, { label: "Gradient Checkpointing", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Batch Sizes (collapsed)"], configKey: "gradient_checkpointing", advancedOnly: true, extensionTooltip: true }, { label: "Lora UNET Learning Rate", type: "Number", default: 1e-4, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Learning Rate (collapsed)", "Row(lora_lr_row) [hidden initially]"], configKey: "lora_learning_rate", extensionTooltip: true }, { label: "Lora Text Encoder Learning Rate", type: "Number", default: 5e-5, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Learning Rate (collapsed)", "Row(lora_lr_row) [hidden initially]"], configKey: "lora_txt_learning_rate" }, { label: "Learning Rate", type: "Number", default: 2e-6, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Learning Rate (collapsed)", "Row(standard_lr_row)"], configKey: "learning_rate", extensionTooltip: true }, { label: "Text Encoder Learning Rate", type: "Number", default: 1e-6, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Learning Rate (collapsed)", "Row(standard_lr_row)"], configKey: "txt_learning_rate" }, { label: "Learning Rate Scheduler", type: "Dropdown", default: "constant_with_warmup", choices: ["linear", "linear_with_warmup", "cosine", "cosine_annealing", "cosine_annealing_with_restarts", "cosine_with_restarts", "polynomial", "constant", "constant_with_warmup", "rex"], path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Learning Rate (collapsed)"], configKey: "lr_scheduler", advancedOnly: true, extensionTooltip: true }, { label: "Min Learning Rate", type: "Number", default: 1e-6, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Learning Rate (collapsed)"], configKey: "learning_rate_min", hidden: true, extensionTooltip: true }, { label: "Number of Hard Resets", type: "Number", default: 1, precision: 0, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Learning Rate (collapsed)"], configKey: "lr_cycles", hidden: true, extensionTooltip: true }, { label: "Constant/Linear Starting Factor", type: "Number", default: 0.5, precision: 2, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Learning Rate (collapsed)"], configKey: "lr_factor", hidden: true, extensionTooltip: true }, { label: "Polynomial Power", type: "Number", default: 1, precision: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Learning Rate (collapsed)"], configKey: "lr_power", hidden: true, extensionTooltip: true }, { label: "Scale Position", type: "Slider", default: 0.5, min: 0, max: 1, step: 0.05, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Learning Rate (collapsed)"], configKey: "lr_scale_pos", hidden: true, extensionTooltip: true }, { label: "Learning Rate Warmup Steps", type: "Slider", default: 500, min: 0, max: 1e3, step: 5, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Learning Rate (collapsed)"], configKey: "lr_warmup_steps", advancedOnly: true, extensionTooltip: true }, { label: "Use LORA", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Lora (collapsed)"], configKey: "use_lora", extensionTooltip: true }, { label: "Use Lora Extended", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Lora (collapsed)"], configKey: "use_lora_extended", hidden: true, extensionTooltip: true }, { label: "Train Imagic Only", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Lora (collapsed)"], configKey: "train_imagic", hidden: true, extensionTooltip: true }, { label: "Train Inpainting Model", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Lora (collapsed)"], hidden: true }, { label: "Lora UNET Rank", type: "Slider", default: 4, min: 2, max: 128, step: 2, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Lora (collapsed)", "Column(lora_rank_col) [hidden initially]"], configKey: "lora_unet_rank", extensionTooltip: true }, { label: "Lora Text Encoder Rank", type: "Slider", default: 4, min: 2, max: 128, step: 2, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Lora (collapsed)", "Column(lora_rank_col) [hidden initially]"], configKey: "lora_txt_rank", extensionTooltip: true }, { label: "Lora Weight (Alpha)", type: "Slider", default: 0.8, min: 0.1, max: 1, step: 0.1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Lora (collapsed)", "Column(lora_rank_col) [hidden initially]"], configKey: "lora_weight" }, { label: "Max Resolution", type: "Slider", elemId: "max_res", default: 512, min: 128, max: 2048, step: 64, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Processing (collapsed)"], configKey: "resolution", extensionTooltip: true }, { label: "Apply Horizontal Flip", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Processing (collapsed)"], configKey: "hflip", advancedOnly: true, extensionTooltip: true }, { label: "Dynamic Image Normalization", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Processing (collapsed)"], configKey: "dynamic_img_norm", advancedOnly: true, extensionTooltip: true }, { label: "Scale Prior Loss", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Prior Loss (collapsed)"], configKey: "prior_loss_scale", advancedOnly: true }, { label: "Prior Loss Weight", type: "Slider", default: 0.75, min: 0.01, max: 1, step: 0.01, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Prior Loss (collapsed)"], configKey: "prior_loss_weight", advancedOnly: true, extensionTooltip: true }, { label: "Prior Loss Target", type: "Number", default: 100, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Prior Loss (collapsed)"], configKey: "prior_loss_target", advancedOnly: true, hidden: true }, { label: "Minimum Prior Loss Weight", type: "Slider", default: 0.1, min: 0.01, max: 1, step: 0.01, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Prior Loss (collapsed)"], configKey: "prior_loss_weight_min", advancedOnly: true, hidden: true }, { label: "Custom Model Name", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Saving#TabSave (collapsed)", "Heading:General"], configKey: "custom_model_name", advancedOnly: true, extensionTooltip: true }, { label: "Save in .safetensors format", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Saving#TabSave (collapsed)", "Heading:General"], configKey: "save_safetensors", advancedOnly: true, hidden: true }, { label: "Save EMA Weights to Generated Models", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Saving#TabSave (collapsed)", "Heading:General"], configKey: "save_ema", advancedOnly: true, extensionTooltip: true }, { label: "Use EMA Weights for Inference", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Saving#TabSave (collapsed)", "Heading:General"], configKey: "infer_ema", advancedOnly: true, extensionTooltip: true }, { label: "Half Model", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Saving#TabSave (collapsed)", "Heading:Checkpoints"], configKey: "half_model", advancedOnly: true, extensionTooltip: true }, { label: "Save Checkpoint to Subdirectory", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Saving#TabSave (collapsed)", "Heading:Checkpoints"], configKey: "use_subdir", advancedOnly: true, extensionTooltip: true }, { label: "Generate a .ckpt file when saving during training.", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Saving#TabSave (collapsed)", "Heading:Checkpoints"], configKey: "save_ckpt_during", advancedOnly: true, extensionTooltip: true }, { label: "Generate a .ckpt file when training completes.", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Saving#TabSave (collapsed)", "Heading:Checkpoints"], configKey: "save_ckpt_after", advancedOnly: true, extensionTooltip: true }, { label: "Generate a .ckpt file when training is canceled.", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Saving#TabSave (collapsed)", "Heading:Checkpoints"], configKey: "save_ckpt_cancel", advancedOnly: true, extensionTooltip: true }, { label: "Generate lora weights when saving during training.", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Saving#TabSave (collapsed)", "Column(lora_save_col) [hidden initially]"], configKey: "save_lora_during", advancedOnly: true, extensionTooltip: true }, { label: "Generate lora weights when training completes.", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Saving#TabSave (collapsed)", "Column(lora_save_col) [hidden initially]"], configKey: "save_lora_after", advancedOnly: true, extensionTooltip: true }, { label: "Generate lora weights when training is canceled.", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Saving#TabSave (collapsed)", "Column(lora_save_col) [hidden initially]"], configKey: "save_lora_cancel", advancedOnly: true, extensionTooltip: true }, { label: "Generate lora weights for extra networks.", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Saving#TabSave (collapsed)", "Column(lora_save_col) [hidden initially]"], configKey: "save_lora_for_extra_net", advancedOnly: true }, { label: "Save separate diffusers snapshots when saving during training.", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Saving#TabSave (collapsed)", "Heading:Diffusion Weights (training snapshots)"], configKey: "save_state_during", advancedOnly: true, extensionTooltip: true }, { label: "Save separate diffusers snapshots when training completes.", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Saving#TabSave (collapsed)", "Heading:Diffusion Weights (training snapshots)"], configKey: "save_state_after", advancedOnly: true, extensionTooltip: true }, { label: "Save separate diffusers snapshots when training is canceled.", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Saving#TabSave (collapsed)", "Heading:Diffusion Weights (training snapshots)"], configKey: "save_state_cancel", advancedOnly: true, extensionTooltip: true }, { label: "Image Generation Library", type: "Dropdown", default: "Native Diffusers", choices: ["A1111 txt2img (Euler a)", "Native Diffusers"], path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Class Generation Schedulers"], advancedOnly: true }, { label: "Image Generation Scheduler", type: "Dropdown", default: "DEISMultistep", choices: ["DDIM", "DDPM", "PNDM", "LMSDiscrete", "EulerDiscrete", "HeunDiscrete", "EulerAncestralDiscrete", "DPMSolverMultistep", "DPMSolverSinglestep", "KDPM2Discrete", "KDPM2AncestralDiscrete", "DEISMultistep", "UniPCMultistep"], path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Class Generation Schedulers"], configKey: "scheduler", advancedOnly: true, extensionTooltip: true }, { label: "Generate Class Images", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], advancedOnly: true, extensionTooltip: true }, { label: "Generate Graph", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], advancedOnly: true, extensionTooltip: true }, { label: "Graph Smoothing Steps", type: "Slider", default: 50, min: 10, max: 500, step: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], configKey: "graph_smoothing", advancedOnly: true, extensionTooltip: true }, { label: "Debug Buckets", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], advancedOnly: true, extensionTooltip: true }, { label: "Epochs to Simulate", type: "Slider", default: 10, min: 1, max: 1e3, step: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], advancedOnly: true }, { label: "Batch Size to Simulate", type: "Slider", default: 1, min: 1, max: 500, step: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], advancedOnly: true }, { label: "Generate Sample Images", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], advancedOnly: true, extensionTooltip: true }, { label: "Sample Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], advancedOnly: true, extensionTooltip: true }, { label: "Sample Negative Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], advancedOnly: true, extensionTooltip: true }, { label: "Sample Prompt File", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], advancedOnly: true }, { label: "Sample Width", type: "Slider", default: 512, min: 128, max: 2048, step: 64, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], advancedOnly: true }, { label: "Sample Height", type: "Slider", default: 512, min: 128, max: 2048, step: 64, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], advancedOnly: true }, { label: "Sample Seed", type: "Number", default: -1, precision: 0, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], advancedOnly: true, extensionTooltip: true }, { label: "Number of Samples to Generate", type: "Slider", default: 1, min: 1, max: 1e3, step: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], advancedOnly: true, extensionTooltip: true }, { label: "Sample Batch Size", type: "Slider", default: 1, min: 1, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], advancedOnly: true }, { label: "Sample Steps", type: "Slider", default: 20, min: 1, max: 500, step: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], advancedOnly: true, extensionTooltip: true }, { label: "Sample CFG Scale", type: "Slider", default: 7.5, min: 1, max: 20, step: 0.1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], advancedOnly: true, extensionTooltip: true }, { label: "Swap Sample Faces", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Column [visible iff has_face_swap()]", "Heading:Manual Class Generation"], advancedOnly: true }, { label: "Swap Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Column [visible iff has_face_swap()]", "Heading:Manual Class Generation"], advancedOnly: true }, { label: "Swap Negative Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Column [visible iff has_face_swap()]", "Heading:Manual Class Generation"], advancedOnly: true }, { label: "Swap Steps", type: "Slider", default: 40, min: 0, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Column [visible iff has_face_swap()]", "Heading:Manual Class Generation"], advancedOnly: true }, { label: "Swap Batch", type: "Slider", default: 40, min: 0, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Column [visible iff has_face_swap()]", "Heading:Manual Class Generation"], advancedOnly: true }, { label: "Use txt2img", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Image Generation#TabGenerate (collapsed)", "Heading:Manual Class Generation"], advancedOnly: true, hidden: true }, { label: "Sanity Sample Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Heading:Sanity Samples"], configKey: "sanity_prompt", extensionTooltip: true }, { label: "Sanity Sample Negative Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Heading:Sanity Samples"] }, { label: "Sanity Sample Seed", type: "Number", default: 420420, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Heading:Sanity Samples"], configKey: "sanity_seed", extensionTooltip: true }, { label: "Pretrained VAE Name or Path", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_misc_view)", "Heading:Miscellaneous"], configKey: "pretrained_vae_name_or_path", advancedOnly: true, extensionTooltip: true }, { label: "Use Concepts List", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_misc_view)", "Heading:Miscellaneous"], configKey: "use_concepts", advancedOnly: true, extensionTooltip: true }, { label: "Concepts List", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_misc_view)", "Heading:Miscellaneous"], configKey: "concepts_path", advancedOnly: true, extensionTooltip: true }, { label: "API Key", type: "Textbox", default: null, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_misc_view)", "Heading:Miscellaneous"], advancedOnly: true, extensionTooltip: true }, { label: "🔄", type: "Button", elemId: "refresh_secret", default: null, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_misc_view)", "Heading:Miscellaneous"], advancedOnly: true }, { label: "🗑", type: "Button", elemId: "clear_secret", default: null, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_misc_view)", "Heading:Miscellaneous"], advancedOnly: true }, { label: "Discord Webhook", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_hook_view)", "Heading:Webhooks"], advancedOnly: true, extensionTooltip: true }, { label: "Save and Test Webhook", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_hook_view)", "Heading:Webhooks"], advancedOnly: true, extensionTooltip: true }, { label: "Token Merging (ToMe)", type: "Slider", default: 0, min: 0, max: 1, step: 0.1, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_test_tab)", "Heading:Experimental Settings"], configKey: "tomesd", advancedOnly: true }, { label: "Calculate Split Loss", type: "Checkbox", default: true, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_test_tab)", "Heading:Experimental Settings"], configKey: "split_loss", advancedOnly: true, extensionTooltip: true }, { label: "Disable Class Matching", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_test_tab)", "Heading:Experimental Settings"], configKey: "disable_class_matching", advancedOnly: true, extensionTooltip: true }, { label: "Disable Logging", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_test_tab)", "Heading:Experimental Settings"], configKey: "disable_logging", advancedOnly: true, extensionTooltip: true }, { label: "Deterministic", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_test_tab)", "Heading:Experimental Settings"], configKey: "deterministic", advancedOnly: true, extensionTooltip: true }, { label: "Use EMA for prediction", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_test_tab)", "Heading:Experimental Settings"], configKey: "ema_predict", advancedOnly: true, extensionTooltip: true }, { label: "LoRA use buggy requires grad", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_test_tab)", "Heading:Experimental Settings"], configKey: "lora_use_buggy_requires_grad", advancedOnly: true, extensionTooltip: true }, { label: "Noise scheduler", type: "Dropdown", default: "DDPM", choices: ["DDPM", "DEIS", "UniPC"], path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_test_tab)", "Heading:Experimental Settings"], configKey: "noise_scheduler", advancedOnly: true, extensionTooltip: true }, { label: "Update Extension and Restart", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_test_tab)", "Heading:Experimental Settings"], advancedOnly: true }, { label: "Source Path", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_test_tab)", "Heading:Bucket Cropping"], advancedOnly: true }, { label: "Dest Path", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_test_tab)", "Heading:Bucket Cropping"], advancedOnly: true }, { label: "Max Res", type: "Slider", default: 512, min: 0, max: 2048, step: 64, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_test_tab)", "Heading:Bucket Cropping"], advancedOnly: true }, { label: "Bucket Steps", type: "Slider", default: 8, min: 0, max: 512, step: 8, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_test_tab)", "Heading:Bucket Cropping"], advancedOnly: true }, { label: "Dry Run", type: "Checkbox", default: false, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_test_tab)", "Heading:Bucket Cropping"], advancedOnly: true }, { label: "Start Cropping", type: "Button", default: null, path: ["Column#SettingsPanel", "Tab:Parameters#TabSettings", "Accordion:Extras (collapsed)", "Column(db_test_tab)", "Heading:Bucket Cropping"], advancedOnly: true }, { label: "🔝", type: "Button", elemId: "db_check_progress_initial", default: null, path: ["Column(panel):Output"], hidden: true }, { label: null, type: "Checkbox", elemId: "db_active", default: false, path: ["Column(panel):Output"], hidden: true }, { label: "Refresh", type: "Button", elemId: "ui_check_progress_initial", default: null, path: ["Column(panel):Output"] }, { label: null, type: "HTML", elemId: "db_status", default: "", path: ["Column(panel):Output"] }, { label: null, type: "HTML", elemId: "db_progressbar", default: null, path: ["Column(panel):Output"] }, { label: "Output", type: "Gallery", elemId: "db_gallery", default: null, path: ["Column(panel):Output"] }, { label: null, type: "Image", elemId: "db_preview", default: null, path: ["Column(panel):Output"], hidden: true }, { label: null, type: "HTML", elemId: "db_prompt_list", default: "", path: ["Column(panel):Output"], hidden: true }, { label: null, type: "HTML", elemId: "db_gallery_prompt", default: "", path: ["Column(panel):Output"] }, { label: "Check Progress", type: "Button", elemId: "db_check_progress", default: null, path: ["Column(panel):Output"], hidden: true }, { label: "Update Parameters", type: "Button", elemId: "db_update_params", default: null, path: ["Column(panel):Output"], hidden: true }, { label: null, type: "HTML", elemId: "launch_errors", default: null, path: ["Column(panel):Output"], hidden: true }, { label: "Directory", type: "Textbox", elemId: "idd{n}", default: "", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Accordion:Concept {n} (collapsed)", "Tab:Instance Images"], perConcept: true, configKey: "concepts_list[n-1].instance_data_dir" }, { label: "Prompt", type: "Textbox", default: "[filewords]", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Accordion:Concept {n} (collapsed)", "Tab:Instance Images"], perConcept: true, configKey: "concepts_list[n-1].instance_prompt" }, { label: "Instance Token", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Accordion:Concept {n} (collapsed)", "Tab:Instance Images"], perConcept: true, configKey: "concepts_list[n-1].instance_token", extensionTooltip: true }, { label: "Class Token", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Accordion:Concept {n} (collapsed)", "Tab:Instance Images"], perConcept: true, configKey: "concepts_list[n-1].class_token", extensionTooltip: true }, { label: "Directory", type: "Textbox", elemId: "cdd{n}", default: "", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Accordion:Concept {n} (collapsed)", "Tab:Class Images"], perConcept: true, configKey: "concepts_list[n-1].class_data_dir" }, { label: "Prompt", type: "Textbox", default: "[filewords]", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Accordion:Concept {n} (collapsed)", "Tab:Class Images"], perConcept: true, configKey: "concepts_list[n-1].class_prompt" }, { label: "Negative Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Accordion:Concept {n} (collapsed)", "Tab:Class Images"], perConcept: true, configKey: "concepts_list[n-1].class_negative_prompt" }, { label: "Class Images Per Instance Image", type: "Slider", default: 0, min: 0, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Accordion:Concept {n} (collapsed)", "Tab:Class Images"], perConcept: true, configKey: "concepts_list[n-1].num_class_images_per", extensionTooltip: true }, { label: "Classification CFG Scale", type: "Slider", default: 7.5, min: 1, max: 12, step: 0.1, path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Accordion:Concept {n} (collapsed)", "Tab:Class Images"], perConcept: true, configKey: "concepts_list[n-1].class_guidance_scale", advancedOnly: true, extensionTooltip: true }, { label: "Classification Steps", type: "Slider", default: 40, min: 10, max: 200, step: 1, path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Accordion:Concept {n} (collapsed)", "Tab:Class Images"], perConcept: true, configKey: "concepts_list[n-1].class_infer_steps", advancedOnly: true, extensionTooltip: true }, { label: "Sample Image Prompt", type: "Textbox", default: "[filewords]", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Accordion:Concept {n} (collapsed)", "Tab:Sample Images"], perConcept: true, configKey: "concepts_list[n-1].save_sample_prompt", extensionTooltip: true }, { label: "Sample Negative Prompt", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Accordion:Concept {n} (collapsed)", "Tab:Sample Images"], perConcept: true, configKey: "concepts_list[n-1].save_sample_negative_prompt", advancedOnly: true, extensionTooltip: true }, { label: "Sample Prompt Template File", type: "Textbox", default: "", path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Accordion:Concept {n} (collapsed)", "Tab:Sample Images"], perConcept: true, configKey: "concepts_list[n-1].save_sample_template", extensionTooltip: true }, { label: "Number of Samples to Generate", type: "Slider", default: 1, min: 0, max: 100, step: 1, path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Accordion:Concept {n} (collapsed)", "Tab:Sample Images"], perConcept: true, configKey: "concepts_list[n-1].n_save_sample", extensionTooltip: true }, { label: "Sample Seed", type: "Number", default: -1, precision: 0, path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Accordion:Concept {n} (collapsed)", "Tab:Sample Images"], perConcept: true, configKey: "concepts_list[n-1].sample_seed", advancedOnly: true, extensionTooltip: true }, { label: "Sample CFG Scale", type: "Slider", default: 7.5, min: 1, max: 12, step: 0.1, path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Accordion:Concept {n} (collapsed)", "Tab:Sample Images"], perConcept: true, configKey: "concepts_list[n-1].save_guidance_scale", advancedOnly: true, extensionTooltip: true }, { label: "Sample Steps", type: "Slider", default: 20, min: 10, max: 200, step: 1, path: ["Column#SettingsPanel", "Tab:Concepts#TabConcepts", "Accordion:Concept {n} (collapsed)", "Tab:Sample Images"], perConcept: true, configKey: "concepts_list[n-1].save_infer_steps", advancedOnly: true, extensionTooltip: true }] }];

  // src/demo/catalog.ts
  var VERSIONS = catalog_default;
  function catalogVersion(key2) {
    const version3 = VERSIONS.find((candidate) => candidate.key === key2);
    if (!version3) throw new Error(`no catalog version ${key2}`);
    return version3;
  }

  // src/demo/gradio-page.ts
  function parseSegment(text) {
    const kind = /^(Tab|Accordion|Row|Column|Heading)/.exec(text)?.[1];
    const label = /:([^#[(]+?)(?:\s*\(|\s*\[|#|$)/.exec(text)?.[1]?.trim() ?? "";
    const id = /#([\w-]+)/.exec(text)?.[1];
    return { kind, label, ...id ? { id } : {}, hidden: text.includes("[hidden initially]"), collapsed: text.includes("(collapsed)") };
  }
  function buildDemoPage(doc, host, version3, options = {}) {
    let componentCounter = 100;
    let rangeCounter = 1;
    const state = /* @__PURE__ */ new Map();
    const el = (tag, attrs = {}, text) => {
      const node = doc.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
      if (text !== void 0) node.textContent = text;
      return node;
    };
    const app = el("div", { class: "gradio-container" });
    const topTabs = el("div", { class: "tabs", id: "tabs" });
    const topNav = el("div", { class: "tab-nav scroll-hide" });
    topTabs.append(topNav);
    app.append(topTabs);
    host.append(app);
    const addTopTab = (title, id, selected) => {
      const button = el("button", selected ? { class: "selected" } : {}, `${title} `);
      const item = el("div", { id, class: "tabitem", style: `display: ${selected ? "block" : "none"};` });
      button.addEventListener("click", () => selectTab(topNav, topTabs, button));
      topNav.append(button);
      topTabs.append(item);
      return item;
    };
    const txt2img = addTopTab("txt2img", "tab_txt2img", false);
    txt2img.append(numberBlock("Batch size", "component-1"), textboxBlock("Prompt", "component-2"));
    const dreambooth = addTopTab("Dreambooth", version3.tabId, true);
    addTopTab("Settings", "tab_settings", false);
    const containers = /* @__PURE__ */ new Map();
    const tabGroups = /* @__PURE__ */ new Map();
    const containerFor = (path, concept) => {
      let parent = dreambooth;
      let key2 = "";
      for (const raw of path) {
        const text = concept === null ? raw : raw.replaceAll("{n}", String(concept));
        key2 += `>${text}`;
        const existing = containers.get(key2);
        if (existing) {
          parent = existing;
          continue;
        }
        const segment = parseSegment(text);
        const created = createContainer(parent, segment);
        containers.set(key2, created);
        parent = created;
      }
      return parent;
    };
    const createContainer = (parent, segment) => {
      switch (segment.kind) {
        case "Tab": {
          let group = tabGroups.get(parent);
          if (!group) {
            const tabs2 = el("div", { class: "tabs", id: `component-${componentCounter++}` });
            const nav2 = el("div", { class: "tab-nav scroll-hide" });
            tabs2.append(nav2);
            parent.append(tabs2);
            group = { nav: nav2, tabs: tabs2 };
            tabGroups.set(parent, group);
          }
          const first = group.nav.children.length === 0;
          const button = el("button", first ? { class: "selected" } : {}, `${segment.label} `);
          const item = el("div", { id: segment.id ?? `component-${componentCounter++}`, class: "tabitem", style: `display: ${first ? "block" : "none"};` });
          const gap = el("div", { class: "gap" });
          item.append(gap);
          const { nav, tabs } = group;
          button.addEventListener("click", () => selectTab(nav, tabs, button));
          nav.append(button);
          tabs.append(item);
          return gap;
        }
        case "Accordion": {
          const block = el("div", { id: segment.id ?? `component-${componentCounter++}`, class: "block padded" });
          const head = el("div", { class: `label-wrap${segment.collapsed ? "" : " open"}` });
          head.append(el("span", {}, segment.label), doc.createTextNode(" "), el("span", { class: "icon" }, "▼"));
          const body = el("div", { style: `display: ${segment.collapsed ? "none" : "block"};` });
          const gap = el("div", { class: "gap" });
          body.append(gap);
          head.addEventListener("click", () => {
            const open = body.style.display === "none";
            body.style.display = open ? "block" : "none";
            head.classList.toggle("open", open);
          });
          block.append(head, body);
          parent.append(block);
          return gap;
        }
        case "Heading": {
          const section = el("div", { class: "gap" });
          section.append(el("span", { class: "hh" }, segment.label));
          parent.append(section);
          return section;
        }
        default: {
          const box = el("div", { class: `${segment.kind === "Row" ? "row" : "column"}${segment.hidden ? " hide" : ""}`, id: segment.id ?? `component-${componentCounter++}` });
          parent.append(box);
          return box;
        }
      }
    };
    function selectTab(nav, tabs, button) {
      const index = [...nav.children].indexOf(button);
      [...nav.children].forEach((other, i) => other.classList.toggle("selected", i === index));
      [...tabs.children].slice(1).forEach((item, i) => item.style.display = i === index ? "block" : "none");
    }
    function blockShell(id, hidden) {
      const block = el("div", { id, class: `block padded${hidden ? " hidden" : ""}` });
      block.append(el("div", { class: "wrap default full hide" }), doc.createTextNode(" "));
      return block;
    }
    function numberBlock(label, id, hidden = false) {
      const block = blockShell(id, hidden);
      const wrap = el("label", { class: "block" });
      wrap.append(el("span", { "data-testid": "block-info" }, label), doc.createTextNode("  "), el("input", { type: "number" }));
      block.append(wrap);
      return block;
    }
    function textboxBlock(label, id, hidden = false) {
      const block = blockShell(id, hidden);
      const wrap = el("label", {});
      wrap.append(el("span", { "data-testid": "block-info" }, label), doc.createTextNode("   "), el("textarea", { "data-testid": "textbox", class: "scroll-hide", rows: "1" }));
      block.append(wrap);
      return block;
    }
    const buildField = (field, concept) => {
      const parent = containerFor(field.path, concept);
      const elemId = field.elemId?.replace("{n}", String(concept));
      const id = elemId ?? `component-${componentCounter++}`;
      const hidden = Boolean(field.hidden) || Boolean(options.hideAdvanced) && Boolean(field.advancedOnly);
      const label = field.label ?? "";
      const stateKey = field.configKey?.replace("[n-1]", `[${(concept ?? 1) - 1}]`);
      const override = stateKey !== void 0 && options.initial && stateKey in options.initial ? options.initial[stateKey] : void 0;
      const initialValue = override === void 0 ? field.default : override;
      const setState = (value) => {
        if (stateKey) state.set(stateKey, value);
      };
      switch (field.type) {
        case "Number": {
          const block = numberBlock(label, id, hidden);
          const input2 = block.querySelector("input");
          input2.value = initialValue === null || initialValue === void 0 ? "" : String(initialValue);
          setState(toNumber(input2.value, field.precision));
          input2.addEventListener("input", () => setState(toNumber(input2.value, field.precision)));
          parent.append(block);
          return;
        }
        case "Slider": {
          const block = blockShell(id, hidden);
          const rangeId = `range_id_${rangeCounter++}`;
          const limits = { min: String(field.min ?? 0), max: String(field.max ?? 100), step: String(field.step ?? 1) };
          const wrap = el("div", { class: "wrap" });
          const head = el("div", { class: "head" });
          const labelEl = el("label", { for: rangeId });
          labelEl.append(el("span", { "data-testid": "block-info" }, label));
          const box = el("input", { "data-testid": "number-input", type: "number", ...limits });
          head.append(labelEl, doc.createTextNode(" "), box);
          wrap.append(head);
          const range = el("input", { type: "range", id: rangeId, name: "cowbell", ...limits });
          block.append(wrap, doc.createTextNode(" "), range);
          const initial = String(initialValue ?? field.min ?? 0);
          box.value = initial;
          range.value = initial;
          setState(Number(initial));
          box.addEventListener("input", () => setState(toNumber(box.value)));
          range.addEventListener("input", () => setState(toNumber(range.value)));
          range.addEventListener("change", () => setState(toNumber(range.value)));
          parent.append(block);
          return;
        }
        case "Checkbox": {
          const block = blockShell(id, hidden);
          const wrap = el("label", {});
          const box = el("input", { type: "checkbox", name: "test", "data-testid": "checkbox" });
          box.checked = initialValue === true;
          wrap.append(box, doc.createTextNode(" "), el("span", { class: "ml-2" }, label));
          block.append(wrap);
          setState(box.checked);
          box.addEventListener("change", () => setState(box.checked));
          box.addEventListener("input", () => setState(box.checked));
          parent.append(block);
          return;
        }
        case "Dropdown": {
          const initial = initialValue ?? field.choices?.at(-1) ?? "";
          parent.append(dropdownBlock(label, id, hidden, field.choices ?? [], String(initial), setState));
          return;
        }
        case "Textbox": {
          const block = textboxBlock(label, id, hidden);
          const area = block.querySelector("textarea");
          area.value = initialValue === null || initialValue === void 0 ? "" : String(initialValue);
          setState(area.value);
          area.addEventListener("input", () => setState(area.value));
          parent.append(block);
          return;
        }
        case "Button": {
          const button = el("button", { class: `sm secondary${hidden ? " hidden" : ""}`, id }, label);
          parent.append(button);
          return;
        }
        default: {
          const block = el("div", { id, class: `prose${hidden ? " hidden" : ""}` }, field.type === "HTML" ? label : "");
          parent.append(block);
        }
      }
    };
    function dropdownBlock(label, id, hidden, choices, initial, setState) {
      const block = blockShell(id, hidden);
      const wrap = el("label", {});
      const outer = el("div", { class: "wrap" });
      const inner = el("div", { class: "wrap-inner" });
      const secondary = el("div", { class: "secondary-wrap" });
      const input2 = el("input", { class: "border-none", autocomplete: "off" });
      secondary.append(input2);
      inner.append(secondary);
      outer.append(inner, el("div", { class: "reference" }));
      wrap.append(el("span", { "data-testid": "block-info" }, label), doc.createTextNode("  "), outer);
      block.append(wrap);
      let value = initial;
      input2.value = value ?? "";
      setState(value);
      let typed = false;
      const close = () => {
        outer.querySelector("ul.options")?.remove();
        inner.classList.remove("showOptions");
      };
      input2.addEventListener("focus", () => {
        close();
        const list2 = el("ul", { class: "options", "aria-expanded": "true" });
        for (const choice of choices) {
          const item = el("li", { class: `item${choice === value ? " selected" : ""}`, role: "button", "data-value": choice, "aria-label": choice });
          item.append(el("span", { class: "inner-item" }, "✓"), doc.createTextNode(` ${choice} `));
          item.addEventListener("mousedown", () => {
            value = choice;
            input2.value = choice;
            typed = false;
            setState(value);
            close();
          });
          list2.append(item);
        }
        inner.classList.add("showOptions");
        outer.append(list2);
      });
      input2.addEventListener("input", () => typed = true);
      input2.addEventListener("blur", () => {
        if (typed) {
          value = null;
          setState(null);
          typed = false;
        }
        close();
      });
      return block;
    }
    for (const field of version3.fields) {
      if (field.perConcept) {
        for (let concept = 1; concept <= version3.conceptSlots; concept++) buildField(field, concept);
      } else {
        buildField(field, null);
      }
    }
    const snapshot = () => Object.fromEntries([...state.entries()].sort(([a], [b]) => a.localeCompare(b)));
    return {
      state: snapshot,
      save: () => {
        doc.getElementById("db_save_config")?.click();
        return snapshot();
      }
    };
  }
  function toNumber(text, precision) {
    if (text.trim() === "") return null;
    const value = Number(text);
    if (!Number.isFinite(value)) return null;
    return precision === 0 ? Math.round(value) : value;
  }

  // src/demo/filler.ts
  var KINDS = ["number", "slider", "checkbox", "textbox", "dropdown"];
  function addWebuiFiller(doc, tabs, targetElements) {
    const tabNames = ["txt2img", "img2img", "extras", "pnginfo", "train", "settings", "extensions"];
    const panels = tabNames.map((name) => {
      const existing = doc.getElementById(`tab_${name}`);
      if (existing) return existing;
      const panel = doc.createElement("div");
      panel.id = `tab_${name}`;
      panel.className = "tabitem";
      panel.style.display = "none";
      tabs.append(panel);
      return panel;
    });
    let index = 0;
    while (doc.getElementsByTagName("*").length < targetElements) {
      const panel = panels[index % panels.length];
      panel.append(fillerBlock(doc, index));
      if (index % 40 === 0) panel.append(gallery(doc, index));
      index++;
    }
  }
  function fillerBlock(doc, index) {
    const kind = KINDS[index % KINDS.length];
    const block = doc.createElement("div");
    block.id = `component-${1e4 + index}`;
    block.className = "block padded";
    const label = doc.createElement("label");
    const span = doc.createElement("span");
    span.setAttribute("data-testid", "block-info");
    span.textContent = `Setting ${index}`;
    label.append(span);
    const input2 = doc.createElement(kind === "textbox" ? "textarea" : "input");
    if (kind === "number" || kind === "slider") input2.setAttribute("type", "number");
    if (kind === "checkbox") input2.setAttribute("type", "checkbox");
    label.append(input2);
    block.append(doc.createElement("div"), label);
    if (kind === "slider") {
      const range = doc.createElement("input");
      range.type = "range";
      block.append(range);
    }
    const help = doc.createElement("p");
    help.textContent = "Generation option";
    const button = doc.createElement("button");
    button.textContent = "↻";
    block.append(help, button);
    return block;
  }
  function gallery(doc, index) {
    const box = doc.createElement("div");
    box.id = `gallery-${index}`;
    box.className = "block gallery";
    for (let image = 0; image < 8; image++) {
      const thumb = doc.createElement("button");
      thumb.className = "thumbnail-item";
      thumb.append(doc.createElement("img"));
      box.append(thumb);
    }
    return box;
  }

  // src/demo/localize.ts
  var FRENCH_SAMPLE = {
    "Training Steps Per Image (Epochs)": "Pas d’entraînement par image (époques)",
    "Learning Rate": "Taux d’apprentissage",
    "Text Encoder Learning Rate": "Taux d’apprentissage de l’encodeur de texte",
    "Batch Size": "Taille du lot",
    "Class Images Per Instance Image": "Images de classe par image",
    "Step Ratio of Text Encoder Training": "Part des pas avec l’encodeur de texte",
    "Directory": "Dossier"
  };
  function localizePage(win, root, localization) {
    win.localization = { ...localization };
    const walker = root.ownerDocument.createTreeWalker(
      root,
      4
      /* NodeFilter.SHOW_TEXT */
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? "";
      const shown = localization[text];
      if (shown) node.textContent = shown;
    }
  }

  // src/webui/selectors.ts
  var TAB_IDS = ["tab_dreambooth_v2", "tab_dreambooth_interface"];
  var FIELD_LABEL = 'span[data-testid="block-info"], input[type="checkbox"] + span';
  var BLOCK = "div.block";
  var FIELD_INPUTS = "input, textarea";
  var SLIDER_RANGE = 'input[type="range"]';
  var SLIDER_NUMBER = 'input[data-testid="number-input"], input[type="number"]';
  var NUMBER_INPUT = 'input[type="number"]';
  var CHECKBOX_INPUT = 'input[type="checkbox"]';
  var TEXTBOX_INPUT = 'textarea, input[type="text"]';
  var DROPDOWN_INPUT = "input.border-none";
  var DROPDOWN_OPTION = "ul.options li[data-value]";
  var conceptDirectoryId = (concept) => `idd${concept}`;
  var DARK_THEME_CLASS = "dark";

  // src/webui/components.ts
  function componentOf(labelElement, label) {
    const block = labelElement.closest(BLOCK) ?? labelElement.parentElement;
    if (!block) return null;
    const kind = block.querySelector(SLIDER_RANGE) ? "slider" : block.querySelector(CHECKBOX_INPUT) ? "checkbox" : block.querySelector(DROPDOWN_INPUT) ? "dropdown" : block.querySelector(NUMBER_INPUT) ? "number" : block.querySelector(TEXTBOX_INPUT) ? "textbox" : null;
    return kind ? { kind, label, block } : null;
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
  function parseNumber(text) {
    if (text.trim() === "") return null;
    const value = Number(text);
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
    if (!Number.isFinite(value)) return { ok: false, reason: "is not a finite number" };
    if (value < 0) return { ok: false, reason: "is negative" };
    const limits = limitsOf(component);
    if (!limits) return { ok: true, value };
    if (value < limits.min || value > limits.max) {
      return { ok: false, reason: `does not fit the field's range ${limits.min}–${limits.max}`, min: limits.min, max: limits.max };
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
        if (value !== "" && (typeof value !== "number" || !Number.isFinite(value))) throw new Error(`${component.label}: refusing to write ${String(value)}`);
        const text = String(value);
        const targets = component.kind === "slider" ? [input(component, SLIDER_NUMBER), input(component, SLIDER_RANGE)] : [input(component, NUMBER_INPUT)];
        for (const target of targets) {
          target.value = text;
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
        const option = [...component.block.querySelectorAll(DROPDOWN_OPTION)].find((item) => item.getAttribute("data-value") === value);
        if (!option) {
          filter.dispatchEvent(new FocusEvent("blur"));
          throw new Error(`${component.label}: "${String(value)}" is not one of its options`);
        }
        option.dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
        return;
      }
    }
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
    warmupSteps: ["Learning Rate Warmup Steps"],
    precision: ["Mixed Precision"],
    optimizer: ["Optimizer"],
    useLora: ["Use LORA"],
    scaleLr: ["Scale Learning Rate"],
    model: ["Model"]
  };
  var CONCEPT_FIELDS = {
    instanceDirectory: ["Directory", "Dataset Directory"],
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
  function whenTabReady(doc) {
    const existing = findTabElement(doc);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const tab = findTabElement(doc);
        if (tab) {
          observer.disconnect();
          resolve(tab);
        }
      });
      observer.observe(doc.documentElement, { childList: true, subtree: true });
    });
  }
  function englishLabels(localization = {}) {
    const reverse = new Map(Object.entries(localization).map(([english, shown]) => [shown.trim(), english]));
    return (shown) => {
      const text = shown.trim();
      return reverse.get(text) ?? text;
    };
  }
  function labelsIn(scope, toEnglish) {
    return [...scope.querySelectorAll(FIELD_LABEL)].map((element) => ({ label: toEnglish(element.textContent ?? ""), element }));
  }
  function locateTab(tabElement, localization = {}) {
    const toEnglish = englishLabels(localization);
    const labels = labelsIn(tabElement, toEnglish);
    const has = (label) => labels.some((entry) => entry.label === label);
    const generation = detectGeneration(tabElement, has);
    const concepts = conceptScopes(tabElement, labels);
    const inConcept = (element) => concepts.some((scope) => scope.contains(element));
    const first = (aliases, within) => {
      for (const alias of aliases) {
        const match = within.find((entry) => entry.label === alias);
        if (match) return componentOf(match.element, alias);
      }
      return null;
    };
    return {
      root: tabElement,
      generation,
      concepts,
      labels,
      find: (key2) => first(FIELDS[key2], labels.filter((entry) => !inConcept(entry.element))),
      findInConcept: (key2, concept) => {
        const scope = concepts[concept - 1];
        if (!scope) return null;
        return first(CONCEPT_FIELDS[key2], labels.filter((entry) => scope.contains(entry.element)));
      }
    };
  }
  function detectGeneration(tab, has) {
    if (tab.id === "tab_dreambooth_v2") return "current";
    if (has("Max Training Steps") || has("Train Text Encoder")) return "2022-12";
    if (has("Optimizer")) return "2023-04";
    return "2023-01";
  }
  function conceptScopes(tab, labels) {
    const anchors = [];
    for (let concept = 1; ; concept++) {
      const box = tab.querySelector(`#${conceptDirectoryId(concept)}`);
      if (!box) break;
      anchors.push(box);
    }
    if (anchors.length === 0) {
      for (const entry of labels) if (entry.label === "Dataset Directory") anchors.push(entry.element);
    }
    return anchors.map((anchor) => {
      let scope = anchor;
      while (scope.parentElement && scope.parentElement !== tab && !anchors.some((other) => other !== anchor && scope.parentElement.contains(other))) {
        scope = scope.parentElement;
      }
      return scope;
    });
  }
  function fieldBlocksIn(root) {
    const labels = root.matches(FIELD_LABEL) ? [root] : [...root.querySelectorAll(FIELD_LABEL)];
    const blocks = [];
    for (const labelElement of labels) {
      const block = labelElement.closest(BLOCK);
      if (block) blocks.push({ labelElement, block, inputs: [...block.querySelectorAll(FIELD_INPUTS)] });
    }
    return blocks;
  }
  function takeTitle(labelElement) {
    const title = labelElement.getAttribute("title");
    if (title === null) return null;
    labelElement.removeAttribute("title");
    return title.trim() === "" ? null : title;
  }

  // src/webui/form.ts
  var PRECISION_OF = { no: "fp32", fp16: "fp16", bf16: "bf16", fp32: "fp32" };
  function readForm(tab) {
    const input2 = {};
    const sources = [];
    const notes = [];
    const read = (key2, field, assumed, parse2) => {
      const component = tab.find(key2);
      if (!component) {
        notes.push({ field, label: FIELDS[key2][0], message: `not found on this page; assumed ${assumed}` });
        return void 0;
      }
      const value = parse2(component);
      const shown = readText(component);
      if (value === void 0) {
        notes.push({ field, label: component.label, message: `${shown.trim() === "" ? "is empty" : `holds "${shown}", which is not usable`}; assumed ${assumed}` });
        return void 0;
      }
      sources.push({ field, label: component.label, shown });
      return value;
    };
    const wholeNumber = (min) => (component) => {
      const value = readComponent(component);
      return typeof value === "number" && Number.isInteger(value) && value >= min ? value : void 0;
    };
    const batchSize = read("batchSize", "batchSize", "1", wholeNumber(1));
    if (batchSize !== void 0) input2.batchSize = batchSize;
    const gradAccum = read("gradAccum", "gradAccum", "1", wholeNumber(1));
    if (gradAccum !== void 0) input2.gradAccum = gradAccum;
    if (tab.find("textEncoderRatio")) {
      const ratio = read("textEncoderRatio", "textEncoderRatio", "0 (no text encoder)", (component) => {
        const value = readComponent(component);
        return typeof value === "number" && value >= 0 && value <= 1 ? value : void 0;
      });
      if (ratio !== void 0) input2.textEncoderRatio = ratio;
    } else {
      const train = read("trainTextEncoder", "textEncoder", "off", (component) => readComponent(component) === true);
      if (train !== void 0) input2.textEncoder = train;
    }
    const resolution = read("resolution", "resolution", "512", wholeNumber(1));
    if (resolution !== void 0) input2.resolution = resolution;
    const scheduler = read("scheduler", "scheduler", "constant", (component) => {
      const value = readComponent(component);
      return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
    });
    if (scheduler !== void 0) input2.scheduler = scheduler;
    input2.schedulers = tab.generation === "2022-12" ? "research" : "extension";
    const inRange = (min, max) => (component) => {
      const value = readComponent(component);
      return typeof value === "number" && value >= min && value <= max ? value : void 0;
    };
    if (input2.schedulers === "extension") {
      const startFactor = read("startFactor", "startFactor", "0.5", inRange(0, 1));
      if (startFactor !== void 0) input2.startFactor = startFactor;
      const scalePosition = read("scalePosition", "scalePosition", "0.5", inRange(0, 1));
      if (scalePosition !== void 0) input2.scalePosition = scalePosition;
    }
    const warmup = read("warmupSteps", "warmupSteps", "none", wholeNumber(0));
    if (warmup !== void 0) input2.warmupSteps = warmup;
    const precision = read("precision", "precision", "fp32", (component) => PRECISION_OF[String(readComponent(component)).trim()]);
    if (precision !== void 0) input2.precision = precision;
    if (tab.find("optimizer")) {
      const optimizer = read("optimizer", "optimizer", "AdamW", (component) => {
        const value = readComponent(component);
        return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
      });
      if (optimizer !== void 0) input2.optimizer = optimizer;
    }
    const lora = read("useLora", "lora", "off", (component) => readComponent(component) === true);
    if (lora !== void 0) input2.lora = lora;
    if (tab.find("scaleLr")) {
      const scale = read("scaleLr", "scaleLr", "off", (component) => readComponent(component) === true);
      if (scale !== void 0) input2.scaleLr = scale;
    }
    const model = tab.find("model");
    const modelName = model ? String(readComponent(model) ?? "").trim() : "";
    const activeConcepts = [];
    tab.concepts.forEach((_, slot) => {
      const index = slot + 1;
      const directory = tab.findInConcept("instanceDirectory", index);
      const text = directory ? String(readComponent(directory) ?? "").trim() : "";
      if (text === "") return;
      const prompt = tab.findInConcept("instancePrompt", index);
      const classField = tab.findInConcept(tab.generation === "2022-12" ? "classImagesTotal" : "classImagesPerInstance", index);
      const classImages = classField ? readComponent(classField) : null;
      activeConcepts.push({
        index,
        directory: text,
        prompt: prompt ? String(readComponent(prompt) ?? "") : "",
        classImages: typeof classImages === "number" ? classImages : null
      });
    });
    return { generation: tab.generation, input: input2, sources, notes, activeConcepts, modelName };
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
    warmupSteps: { min: 0, max: 1e6 }
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
  var SCHEDULER_MULTIPLIERS = {
    research: { constant: 1, constant_with_warmup: 1, linear: 2, cosine: 2, cosine_with_restarts: 2, polynomial: 2 },
    extension: { constant_with_warmup: 1, linear_with_warmup: 2, cosine: 2, cosine_with_restarts: 2, polynomial: 2 }
  };
  var SCHEDULER_FAMILIES = ["research", "extension"];
  var EXTENSION_SCHEDULER_DEFAULTS = { startFactor: 0.5, scalePosition: 0.5 };
  var WARMUP_SHARE = { warnAbove: 0.1, proposed: 0.05, step: 5 };
  var MODES = ["advanced", "standard", "filewords"];
  var PRECISIONS = ["fp16", "bf16", "tf32", "fp32", "fp64"];
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
  function trimZeros(text) {
    return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
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
    return BASE_LR * strength / lrFrames;
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
  function schedulerMultiplier(scheduler, family, startFactor) {
    const multipliers = SCHEDULER_MULTIPLIERS[family];
    const multiplier = multipliers[scheduler];
    if (multiplier !== void 0) return { multiplier, measured: true };
    if (family === "extension" && scheduler === "constant") {
      return startFactor === 1 ? { multiplier: 1, measured: true } : { multiplier: 1, measured: false, curve: "start-factor" };
    }
    if (family === "extension" && scheduler === "linear") return { multiplier: 1, measured: false, curve: "ramp-up" };
    return { multiplier: 1, measured: false, curve: "unknown" };
  }
  function schedulerWarmsUp(scheduler, family) {
    return family === "research" ? scheduler !== "constant" && scheduler in SCHEDULER_MULTIPLIERS.research : scheduler in SCHEDULER_MULTIPLIERS.extension;
  }
  function warmupProposal(warmupSteps, schedulerSteps) {
    if (warmupSteps <= WARMUP_SHARE.warnAbove * schedulerSteps) return null;
    return Math.floor(WARMUP_SHARE.proposed * schedulerSteps / WARMUP_SHARE.step) * WARMUP_SHARE.step;
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
  function scaledLearningRate(learningRate, gradAccum, batchSize, gpus) {
    return learningRate * gradAccum * batchSize * gpus;
  }
  function isAdaptiveOptimizer(optimizer) {
    return /dadapt|prodigy/i.test(optimizer);
  }
  function isMeasuredOptimizer(optimizer) {
    return /\badamw?\b/i.test(optimizer.replace(/[_-]/g, " ")) && !isAdaptiveOptimizer(optimizer);
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
  function computePlan(request) {
    const derivation = [];
    const warnings = [];
    const errors = [];
    const step = (rule, quantity, text) => derivation.push({ rule, quantity, text });
    const r = request.textEncoderRatio;
    const frames = totalFrames(request.concepts);
    const lrFrames = learningRateFrames(request.concepts);
    if (request.concepts.length > 1) {
      step("R5", "frames", `FN = ${request.concepts.join(" + ")} = ${frames}; FNc = largest concept = ${lrFrames}`);
      if (conceptsAreUnequal(request.concepts)) {
        warnings.push({
          code: "concepts-unequal",
          field: "concepts",
          message: `Concepts have different frame counts (${request.concepts.join(", ")}); the research found that unequal counts mix concepts. The rate is computed for the largest (${lrFrames}).`
        });
      }
    }
    const spfBase = baseStepsPerFrame(r);
    step("R1", "stepsPerFrame", `SPF_base = 200 − 100·r = 200 − 100·${formatNumber(r)} = ${formatNumber(spfBase)}`);
    if (r > 0 && r < 1) {
      warnings.push({
        code: "te-ratio-interpolated",
        field: "textEncoderRatio",
        message: `Text encoder ratio ${formatNumber(r)} lies between the research's two measured cases (off, on); its numbers are interpolated.`
      });
    }
    let spf;
    if (request.resolutions.length > 1) {
      spf = dynamicStepsPerFrame(r, request.resolutions);
      const perResolution = request.resolutions.map((res) => formatNumber(stepsPerFrameAt(r, res)));
      step("R12", "stepsPerFrame", `SPF = mean of SPF at ${request.resolutions.join(", ")} px = mean(${perResolution.join(", ")}) = ${formatNumber(spf)}`);
    } else {
      const resolution = request.resolutions[0];
      spf = stepsPerFrameAt(r, resolution);
      if (resolution !== 512) {
        step("R2", "stepsPerFrame", `SPF = ${formatNumber(spfBase)} · (${resolution} / 512)² = ${formatNumber(spf)}`);
      }
    }
    const resolutionCopies = dynamicResolutionCopies(request.resolutions);
    if (request.resolutions.length > 1) {
      step("R12", "resolutionCopies", `copies per frame at ${request.resolutions.join(", ")} px = ${resolutionCopies.join(", ")}`);
      if (request.batchSize > 1) {
        warnings.push({
          code: "dynamic-batch-size",
          field: "batchSize",
          message: "The research ran dynamic resolution only at batch size 1; larger batches need unshuffled, resolution-ordered frames."
        });
      }
    }
    let learningRate;
    let strength;
    switch (request.mode) {
      case "standard": {
        learningRate = request.learningRate ?? BASE_LR;
        step("R3", "learningRate", request.learningRate === void 0 ? "standard formula: LR = 1e-5" : `standard formula: LR = ${formatNumber(learningRate)} (fixed)`);
        const spfAtBaseRate = spf;
        spf = standardStepsPerFrame(spfAtBaseRate, learningRate);
        strength = impliedStrength(lrFrames, learningRate);
        step("R3", "stepsPerFrame", `SPF_lr = SPF · (1e-5 / LR) = ${formatNumber(spfAtBaseRate)} · (1e-5 / ${formatNumber(learningRate)}) = ${formatNumber(spf)}`);
        if (frames > 5) {
          warnings.push({ code: "standard-frames", field: "frames", message: `The standard formula is meant for at most 5 frames (you have ${frames}); above that the token oversaturates. Use the advanced formula.` });
        }
        if (Math.abs(learningRate - BASE_LR) > BASE_LR * 1e-9) {
          warnings.push({ code: "standard-lr", field: "learningRate", message: `The standard formula is meant for LR 1e-5 (you have ${formatNumber(learningRate)}); other rates distort images at high CFG.` });
        }
        break;
      }
      case "filewords": {
        learningRate = BASE_LR;
        strength = 1;
        step("R6", "learningRate", "filewords: LR = 1e-5, each frame its own concept");
        break;
      }
      case "advanced": {
        if (request.learningRate !== void 0) {
          learningRate = request.learningRate;
          strength = impliedStrength(lrFrames, learningRate);
          step("R4", "strength", `F = FNc · LR / 1e-5 = ${lrFrames} · ${formatNumber(learningRate)} / 1e-5 = ${formatNumber(strength)}`);
        } else {
          strength = request.strength;
          learningRate = advancedLearningRate(strength, lrFrames);
          step("R4", "learningRate", `LR = 1e-5 · F / FNc = 1e-5 · ${formatNumber(strength)} / ${lrFrames} = ${formatNumber(learningRate)}`);
        }
        if (!isStrengthInRange(strength)) {
          warnings.push({
            code: "strength-range",
            field: request.learningRate === void 0 ? "strength" : "learningRate",
            message: `Strength ${formatNumber(strength)} is outside the measured range ${STRENGTH_RANGE.min}–${STRENGTH_RANGE.max}; the research has no data there.`
          });
        }
        break;
      }
    }
    const spfA = additionalStepsPerFrame(spf, r);
    let rawSteps = batchedSteps(frames, spf, spfA, request.batchSize);
    if (request.batchSize === 1) {
      step("R7", "maxTrainSteps", `steps = FN · SPF = ${frames} · ${formatNumber(spf)} = ${formatSteps(rawSteps)}`);
    } else {
      step("R7", "maxTrainSteps", `steps = (FN · SPF + SPF_A · (BS − 1)) / √BS = (${frames} · ${formatNumber(spf)} + ${spfA} · ${request.batchSize - 1}) / √${request.batchSize} = ${formatSteps(rawSteps)}`);
    }
    if (request.batchSize > frames) {
      errors.push({ code: "batch-exceeds-frames", field: "batchSize", message: `Batch size ${request.batchSize} is larger than the ${frames} frames; it can be at most ${frames}.` });
    } else if (frames % request.batchSize !== 0) {
      const fitting = divisors(frames, BOUNDS.batchSize.max);
      warnings.push({
        code: "batch-not-divisor",
        field: "batchSize",
        message: `Batch size ${request.batchSize} does not divide ${frames} frames, so one batch is short and training is uneven. Sizes that divide it: ${fitting.join(", ")}.`
      });
    }
    if (request.gradAccum > 1) {
      rawSteps *= gradientAccumulationFactor(request.gradAccum);
      step("R8", "maxTrainSteps", `steps · √GA = · √${request.gradAccum} = ${formatSteps(rawSteps)}`);
      warnings.push({ code: "grad-accum", field: "gradAccum", message: `Gradient accumulation ${request.gradAccum} only approximates a larger batch; the research advises 1.` });
    }
    const scheduler = schedulerMultiplier(request.scheduler, request.schedulers, request.startFactor);
    if (scheduler.multiplier !== 1) {
      rawSteps *= scheduler.multiplier;
      step("R9", "maxTrainSteps", `steps · m(${request.scheduler}) = · ${scheduler.multiplier} = ${formatSteps(rawSteps)}`);
    }
    if (!scheduler.measured) warnings.push(unmeasuredScheduler(request, scheduler.curve));
    const maxTrainSteps = roundSteps(rawSteps);
    step("Rounding", "maxTrainSteps", `max train steps = round(${formatSteps(rawSteps)}) = ${maxTrainSteps}`);
    const epochs = epochsFor(maxTrainSteps, request.batchSize, frames);
    step("R10", "epochs", `epochs = steps · BS / FN = ${maxTrainSteps} · ${request.batchSize} / ${frames} ≈ ${epochs}`);
    let proposedWarmupSteps;
    if (request.warmupSteps !== void 0 && schedulerWarmsUp(request.scheduler, request.schedulers)) {
      const schedulerSteps = request.schedulers === "extension" ? epochs * frames : maxTrainSteps;
      const proposal = warmupProposal(request.warmupSteps, schedulerSteps);
      if (proposal !== null) {
        proposedWarmupSteps = proposal;
        const share = Math.round(100 * request.warmupSteps / schedulerSteps);
        step("R9", "warmupSteps", `warmup ${request.warmupSteps} of ${schedulerSteps} scheduler steps = ${share} % > 10 %; proposed 5 % = ${proposal}`);
        warnings.push({
          code: "warmup-share",
          field: "warmupSteps",
          message: `The warmup of ${request.warmupSteps} steps is ${share} % of the ${schedulerSteps} the scheduler counts: the rate climbs from 0 for that long, and the plan under-trains. About ${proposal} (5 %) keeps the research's numbers.`
        });
      }
    }
    const classPerInstance = classImagesPerInstance(r);
    step("R11", "classImagesPerInstance", `class images per frame = SPF_base = ${classPerInstance}; total = ${classPerInstance} · ${frames} = ${classPerInstance * frames}`);
    const rangeErrors = outOfRange(request, learningRate, maxTrainSteps, epochs);
    errors.push(...rangeErrors);
    let effectiveLearningRate = learningRate;
    if (request.scaleLr) {
      effectiveLearningRate = scaledLearningRate(learningRate, request.gradAccum, request.batchSize, request.gpus);
      step("R14", "effectiveLearningRate", `scale_lr: LR · GA · BS · GPUs = ${formatNumber(learningRate)} · ${request.gradAccum} · ${request.batchSize} · ${request.gpus} = ${formatNumber(effectiveLearningRate)}`);
      warnings.push({
        code: "scale-lr",
        field: "scaleLr",
        message: `Scale Learning Rate is on: the trainer will use ${formatNumber(effectiveLearningRate)} instead of ${formatNumber(learningRate)}. Turn it off to train at the planned rate.`
      });
    }
    const verdict = rangeErrors.some((error) => error.field === "strength") ? "exact" : precisionVerdict(effectiveLearningRate, request.precision);
    if (verdict === "lost") {
      errors.push({ code: "precision-range", field: "precision", message: `LR ${formatNumber(effectiveLearningRate)} is below the smallest value ${request.precision} holds; training would not move. Use fp32/bf16 or a higher rate.` });
    } else if (verdict === "rounded") {
      warnings.push({ code: "precision-rounding", field: "precision", message: `At LR ${formatNumber(effectiveLearningRate)}, ${request.precision} starts rounding (per the research); fine details may be lost.` });
    }
    const adaptive = request.optimizer !== void 0 && isAdaptiveOptimizer(request.optimizer) || isAdaptiveOptimizer(request.scheduler);
    const learningRateApplies = !request.lora && !adaptive;
    const optimizerMeasured = request.optimizer === void 0 || adaptive || isMeasuredOptimizer(request.optimizer);
    if (!optimizerMeasured && learningRateApplies) {
      warnings.push({
        code: "optimizer-unmeasured",
        field: "optimizer",
        message: `The research measured (8-bit) Adam only. For ${request.optimizer} the rate ${formatNumber(learningRate)} is what the formulas give for Adam, not a measured rate: optimizers such as Lion usually want a lower one. Steps still follow the research.`
      });
    }
    if (!learningRateApplies) {
      warnings.push({
        code: "out-of-scope",
        field: request.lora ? "lora" : "optimizer",
        message: request.lora ? "LoRA is not what the research measured: its rates are for full fine-tuning and are never written into LoRA fields. Steps are shown for reference." : `The adaptive optimizer ${request.optimizer ?? request.scheduler} sets its own rate (LR ≈ 1); the research's rate does not apply. Steps are shown for reference.`
      });
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
      ...scheduler.measured || scheduler.curve !== "start-factor" ? {} : { proposedStartFactor: 1 },
      ...proposedWarmupSteps === void 0 ? {} : { proposedWarmupSteps },
      frames,
      concepts: request.concepts.map((conceptFrames) => ({ frames: conceptFrames, classImages: classPerInstance * conceptFrames })),
      resolutionCopies,
      derivation,
      warnings,
      errors
    };
  }
  function unmeasuredScheduler(request, curve) {
    const position = `${Math.round(request.scalePosition * 100)} %`;
    switch (curve) {
      case "start-factor":
        return {
          code: "scheduler-start-factor",
          field: "startFactor",
          message: `The extension's constant scheduler multiplies the rate by its Starting Factor ${formatNumber(request.startFactor)} for the first ${position} of the run, which the research did not measure; with factor 1 it is the research's constant. Steps count it as constant (×1).`
        };
      case "ramp-up":
        return {
          code: "scheduler-ramp-up",
          field: "scheduler",
          message: `The extension's linear scheduler ramps the rate up from ${formatNumber(request.startFactor)} × LR over the first ${position} of the run, which the research did not measure; steps count it as ×1. The research's linear (×2 steps) is linear_with_warmup.`
        };
      case "unknown": {
        const measured = Object.keys(SCHEDULER_MULTIPLIERS[request.schedulers]);
        if (request.schedulers === "extension") measured.push("constant (Starting Factor 1)");
        return {
          code: "scheduler-unknown",
          field: "scheduler",
          message: `The research did not measure the scheduler "${request.scheduler}"; steps count it as constant (×1). Measured: ${measured.join(", ")}.`
        };
      }
    }
  }
  function outOfRange(request, learningRate, maxTrainSteps, epochs) {
    const errors = [];
    const { min, max } = BOUNDS.learningRate;
    if (!(learningRate >= min && learningRate <= max)) {
      errors.push({
        code: "plan-range",
        field: "strength",
        message: `The planned learning rate ${formatNumber(learningRate)} is outside ${formatNumber(min)}–${formatNumber(max)}, the range the calculator plans for; ${learningRate < min ? "fewer frames per concept or a higher strength raise it" : "a lower strength lowers it"}.`
      });
    }
    if (!(maxTrainSteps >= 1)) {
      errors.push({ code: "plan-range", field: "learningRate", message: "The plan rounds to 0 training steps; a lower learning rate or a higher resolution gives it steps." });
    }
    if (!(maxTrainSteps <= MAX_COUNT && epochs <= MAX_COUNT)) {
      errors.push({
        code: "plan-range",
        field: request.mode === "standard" ? "learningRate" : "frames",
        message: `The plan needs ${maxTrainSteps} steps, more than a trainer's 32-bit counter holds (${MAX_COUNT}).`
      });
    }
    return errors;
  }
  function batchSizeOptions(request) {
    const frames = totalFrames(request.concepts);
    return divisors(frames, BOUNDS.batchSize.max).map((batchSize) => {
      const plan = computePlan({ ...request, batchSize });
      return { batchSize, maxTrainSteps: plan.maxTrainSteps, epochs: plan.epochs };
    });
  }

  // node_modules/zod/v4/core/util.js
  function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
    return values;
  }
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
  function nullish(input2) {
    return input2 === null || input2 === void 0;
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
  var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
  function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  function clone(inst, def, params2) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params2?.parent)
      cl._zod.parent = inst;
    return cl;
  }
  function normalizeParams(_params) {
    const params2 = _params;
    if (!params2)
      return {};
    if (typeof params2 === "string")
      return { error: () => params2 };
    if (params2?.message !== void 0) {
      if (params2?.error !== void 0)
        throw new Error("Cannot specify both `message` and `error` params");
      params2.error = params2.message;
    }
    delete params2.message;
    if (typeof params2.error === "string")
      return { ...params2, error: () => params2.error };
    return params2;
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
  function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
      const d = ch._zod.def;
      if (!/_(length|size)$|_equals$/.test(d.check))
        break;
      const max = d.maximum ?? d.length ?? d.size;
      if (max >= 0)
        caps.push([max, ch]);
    }
    return caps;
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
  var highSurrogate = /[\uD800-\uDBFF]/;
  function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
      return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
      if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
        count--;
        i++;
      }
    }
    return count;
  }
  function getLengthableOrigin(input2) {
    if (Array.isArray(input2))
      return "array";
    if (typeof input2 === "string")
      return "string";
    return "unknown";
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
    for (const key2 in table) {
      const desc = Object.getOwnPropertyDescriptor(table, key2);
      if (desc.get)
        Object.defineProperty(proto, key2, { ...desc, enumerable: false });
      else
        defineBound(proto, key2, desc.value);
    }
  }
  function own(inst, key2, value, enumerable = true) {
    Object.defineProperty(inst, key2, { configurable: true, writable: true, enumerable, value });
    return value;
  }
  function hide(inst, key2, value) {
    return own(inst, key2, value, false);
  }
  function defineBound(proto, key2, fn) {
    Object.defineProperty(proto, key2, {
      configurable: true,
      get() {
        return this == null ? fn : own(this, key2, fn.bind(this));
      },
      set(value) {
        own(this, key2, value);
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
  function defineLazyInternal(inst, key2, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key2 in proto && installing !== inst._zod) {
      installing = void 0;
      return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key2, {
      configurable: true,
      get() {
        Object.defineProperty(this, key2, breaker);
        const outer = broke;
        broke = false;
        try {
          const value = compute(this);
          if (broke)
            delete this[key2];
          else
            Object.defineProperty(this, key2, { configurable: true, writable: true, value });
          broke = broke || outer;
          return value;
        } catch (err) {
          delete this[key2];
          broke = broke || outer;
          throw err;
        }
      },
      set(value) {
        Object.defineProperty(this, key2, { configurable: true, writable: true, value });
      }
    });
  }
  function installLazyProp(inst, key2, make, enumerable) {
    const proto = claim(inst, key2);
    if (!proto)
      return;
    Object.defineProperty(proto, key2, {
      configurable: true,
      get() {
        const desc = { configurable: true, writable: true, enumerable, value: void 0 };
        Object.defineProperty(this, key2, desc);
        desc.value = make(this);
        Object.defineProperty(this, key2, desc);
        return desc.value;
      },
      set(value) {
        Object.defineProperty(this, key2, { configurable: true, writable: true, enumerable, value });
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
      const saved2 = E.stackTraceLimit;
      if (typeof saved2 === "number") {
        try {
          E.stackTraceLimit = 0;
        } catch {
          _E = null;
          return new Definition();
        }
        try {
          return new Definition();
        } finally {
          E.stackTraceLimit = saved2;
        }
      }
    }
    return new Definition();
  }
  // @__NO_SIDE_EFFECTS__
  function $constructor(name, initializer2, proto, params2) {
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
    const Parent = params2?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
      const inst = params2?.Parent ? newError(Definition) : this;
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
        if (params2?.Parent && inst instanceof params2.Parent)
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
    const fn = async (schema, value, _ctx, params2) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      if (result.issues.length) {
        const e = new (params2?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
        captureStackTrace(e, params2?.callee ?? fn);
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

  // node_modules/zod/v4/core/regexes.js
  var anyString = /^[\s\S]{0,}$/;
  var number = /^-?\d+(?:\.\d+)?$/;
  var boolean = /^(?:true|false)$/i;

  // node_modules/zod/v4/core/checks.js
  var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
    var _a2;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
  });
  var _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== void 0;
  };
  var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a2;
    $ZodCheck.init(inst, def);
    (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
    inst._zod.check = (payload) => {
      const input2 = payload.value;
      const units = input2.length;
      const length = typeof input2 === "string" && units > def.maximum ? codePointLength(input2) : units;
      if (length <= def.maximum)
        return;
      const origin = getLengthableOrigin(input2);
      payload.issues.push({
        origin,
        code: "too_big",
        maximum: def.maximum,
        inclusive: true,
        input: input2,
        inst,
        continue: !def.abort
      });
    };
  });
  var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a2;
    $ZodCheck.init(inst, def);
    (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
    inst._zod.check = (payload) => {
      const input2 = payload.value;
      const units = input2.length;
      const length = typeof input2 === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input2) : units;
      if (length >= def.minimum)
        return;
      const origin = getLengthableOrigin(input2);
      payload.issues.push({
        origin,
        code: "too_small",
        minimum: def.minimum,
        inclusive: true,
        input: input2,
        inst,
        continue: !def.abort
      });
    };
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
  var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
      if (def.coerce)
        try {
          payload.value = String(payload.value);
        } catch (_2) {
        }
      if (typeof payload.value === "string")
        return payload;
      payload.issues.push({
        expected: "string",
        code: "invalid_type",
        input: payload.value,
        inst
      });
      return payload;
    };
  });
  var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
      if (def.coerce)
        try {
          payload.value = Number(payload.value);
        } catch (_) {
        }
      const input2 = payload.value;
      if (typeof input2 === "number" && !Number.isNaN(input2) && Number.isFinite(input2)) {
        return payload;
      }
      const received = typeof input2 === "number" ? Number.isNaN(input2) ? "NaN" : !Number.isFinite(input2) ? String(input2) : void 0 : void 0;
      payload.issues.push({
        expected: "number",
        code: "invalid_type",
        input: input2,
        inst,
        ...received ? { received } : {}
      });
      return payload;
    };
  });
  var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = boolean;
    inst._zod.parse = (payload, _ctx) => {
      if (def.coerce)
        try {
          payload.value = Boolean(payload.value);
        } catch (_) {
        }
      const input2 = payload.value;
      if (typeof input2 === "boolean")
        return payload;
      payload.issues.push({
        expected: "boolean",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    };
  });
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
  function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
      return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse2 = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
      const n = size(payload.value);
      if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
        for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
          if (n > max && ch._zod.def.when(payload)) {
            const start = payload.issues.length;
            ch._zod.check(payload);
            payload.issues[start].continue = false;
            attachSchema(payload.issues, start, inst);
            return payload;
          }
        }
      }
      return parse2(payload, ctx);
    };
  }
  var arraySize = (input2) => Array.isArray(input2) ? input2.length : -1;
  function handleArrayResult(result, final, index) {
    if (result.issues.length) {
      final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
  }
  var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
      const input2 = payload.value;
      if (!Array.isArray(input2)) {
        payload.issues.push({
          expected: "array",
          code: "invalid_type",
          input: input2,
          inst
        });
        return payload;
      }
      payload.value = memo ? memo.alloc(inst, payload, Array(input2.length), ctx) : Array(input2.length);
      const proms = [];
      const abortEarly = ctx?.abortEarly;
      for (let i = 0; i < input2.length; i++) {
        const item = input2[i];
        const result = def.element._zod.run({
          value: item,
          issues: []
        }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
        } else {
          handleArrayResult(result, payload, i);
          if (abortEarly && result.issues.length !== 0 && aborted(result))
            break;
        }
      }
      if (proms.length) {
        return Promise.all(proms).then(() => payload);
      }
      return payload;
    };
    capSize(inst, arraySize);
  });
  function handlePropertyResult(result, final, key2, input2, optin, optout) {
    const isPresent = key2 in input2;
    const isOptionalOut = optout === "optional";
    if (!isPresent && isOptionalOut && optin === "optional") {
      return;
    }
    if (result.issues.length) {
      if (optin !== void 0 && isOptionalOut && !isPresent) {
        return;
      }
      final.issues.push(...prefixIssues(key2, result.issues));
    }
    if (!isPresent && optin === void 0) {
      if (!result.issues.length) {
        final.issues.push({
          code: "invalid_type",
          expected: "nonoptional",
          input: void 0,
          path: [key2]
        });
      }
      return;
    }
    if (result.value === void 0) {
      if (isPresent || optin === "defaulted" && !isOptionalOut) {
        final.value[key2] = void 0;
      }
    } else {
      final.value[key2] = result.value;
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
    for (const key2 in input2) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (keySet.has(key2))
        continue;
      if (key2 === "__proto__") {
        if (t === "never")
          unrecognized.push(key2);
        continue;
      }
      if (t === "never") {
        unrecognized.push(key2);
        continue;
      }
      const r = _catchall.run({ value: input2[key2], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key2, input2, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key2, input2, optin, optout);
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
      for (const key2 in shape) {
        const field = shape[key2]._zod;
        if (field.values) {
          if (!Object.prototype.hasOwnProperty.call(propValues, key2)) {
            assignProp(propValues, key2, /* @__PURE__ */ new Set());
          }
          for (const v of field.values)
            propValues[key2].add(v);
          if (field.optin !== void 0)
            propValues[key2].add(void 0);
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
      for (const key2 of value.allKeys) {
        if (abortEarly && payload.issues.length !== seen) {
          if (aborted(payload, seen))
            break;
          seen = payload.issues.length;
        }
        if (key2 === "__proto__")
          continue;
        const el = shape[key2];
        const optin = el._zod.optin;
        const optout = el._zod.optout;
        const r = el._zod.run({ value: input2[key2], issues: [] }, ctx);
        if (r instanceof Promise) {
          proms.push(r.then((r2) => handlePropertyResult(r2, payload, key2, input2, optin, optout)));
        } else {
          handlePropertyResult(r, payload, key2, input2, optin, optout);
        }
      }
      if (!catchall) {
        return proms.length ? Promise.all(proms).then(() => payload) : payload;
      }
      return handleCatchall(proms, input2, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
  });
  function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
      if (result.issues.length === 0) {
        final.value = result.value;
        return final;
      }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
      final.value = nonaborted[0].value;
      return nonaborted[0];
    }
    final.issues.push({
      code: "invalid_union",
      input: final.value,
      inst,
      errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
    });
    return final;
  }
  var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
    defineLazyInternal(inst, "values", (zod) => {
      if (zod.def.options.every((o) => o._zod.values)) {
        return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
      }
      return void 0;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
      if (zod.def.options.every((o) => o._zod.pattern)) {
        const patterns = zod.def.options.map((o) => o._zod.pattern);
        return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
      }
      return void 0;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
      if (first) {
        return first(payload, ctx);
      }
      let async = false;
      const results = [];
      for (const option of def.options) {
        const result = option._zod.run({
          value: payload.value,
          issues: []
        }, ctx);
        if (result instanceof Promise) {
          results.push(result);
          async = true;
        } else {
          if (result.issues.length === 0)
            return result;
          results.push(result);
        }
      }
      if (!async)
        return handleUnionResults(results, payload, inst, ctx);
      return Promise.all(results).then((results2) => {
        return handleUnionResults(results2, payload, inst, ctx);
      });
    };
  });
  var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
      const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
      return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
      const input2 = payload.value;
      if (valuesSet.has(input2)) {
        return payload;
      }
      payload.issues.push({
        code: "invalid_value",
        values,
        input: input2,
        inst
      });
      return payload;
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
  function snapshotChecks(def) {
    if (def.checks)
      def.checks = [...def.checks];
    return def;
  }
  // @__NO_SIDE_EFFECTS__
  function _string(Class, params2) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params2) }));
  }
  // @__NO_SIDE_EFFECTS__
  function _number(Class, params2) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params2) }));
  }
  // @__NO_SIDE_EFFECTS__
  function _boolean(Class, params2) {
    return new Class({
      type: "boolean",
      ...normalizeParams(params2)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _never(Class, params2) {
    return new Class({
      type: "never",
      ...normalizeParams(params2)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _maxLength(maximum, params2) {
    const ch = new $ZodCheckMaxLength({
      check: "max_length",
      ...normalizeParams(params2),
      maximum
    });
    return ch;
  }
  // @__NO_SIDE_EFFECTS__
  function _minLength(minimum, params2) {
    return new $ZodCheckMinLength({
      check: "min_length",
      ...normalizeParams(params2),
      minimum
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
    parse(data, params2) {
      return parse(this, data, params2, { callee: this.parse });
    },
    parseAsync(data, params2) {
      return parseAsync(this, data, params2, { callee: this.parseAsync });
    },
    safeParse(data, params2) {
      return safeParse(this, data, params2);
    },
    safeParseAsync(data, params2) {
      return safeParseAsync(this, data, params2);
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
    clone(_def, params2) {
      return clone(this, _def, params2);
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
  var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function string2(params2) {
    return _string(ZodMiniString, params2);
  }
  var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function number2(params2) {
    return _number(ZodMiniNumber, params2);
  }
  var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function boolean2(params2) {
    return _boolean(ZodMiniBoolean, params2);
  }
  var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function never(params2) {
    return _never(ZodMiniNever, params2);
  }
  var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
    $ZodArray.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function array(element, params2) {
    return new ZodMiniArray({
      type: "array",
      element,
      ...normalizeParams(params2)
    });
  }
  var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
    $ZodObject.init(inst, def);
    ZodMiniType.init(inst, def);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
  });
  // @__NO_SIDE_EFFECTS__
  function strictObject(shape, params2) {
    return new ZodMiniObject({
      type: "object",
      shape,
      catchall: /* @__PURE__ */ never(),
      ...normalizeParams(params2)
    });
  }
  var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function union(options, params2) {
    return new ZodMiniUnion({
      type: "union",
      options,
      ...normalizeParams(params2)
    });
  }
  var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodMiniType.init(inst, def);
    inst.options = [...inst._zod.values];
  });
  // @__NO_SIDE_EFFECTS__
  function _enum(values, params2) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodMiniEnum({
      type: "enum",
      entries,
      ...normalizeParams(params2)
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
  function numberProblem(value, bounds, whole) {
    if (value === "" || typeof value === "string" && value.trim() === "") return "empty";
    if (typeof value !== "number") return `not a number, got ${describe2(value)}`;
    if (!Number.isFinite(value)) return "not a finite number";
    if (value < bounds.min) return `too small (at least ${bounds.min}), got ${describe2(value)}`;
    if (value > bounds.max) return `too large (at most ${bounds.max}), got ${describe2(value)}`;
    if (whole && !Number.isInteger(value)) return `not a whole number, got ${describe2(value)}`;
    return null;
  }
  var bounded = (bounds, whole) => custom((value) => numberProblem(value, bounds, whole) === null, {
    error: (issue2) => numberProblem(issue2.input, bounds, whole) ?? "is not usable"
  });
  var list = (item, bounds, what) => array(item, { error: "must be a list" }).check(
    _minLength(bounds.min, { error: `needs at least ${bounds.min} ${what}` }),
    _maxLength(bounds.max, { error: `takes at most ${bounds.max} ${what}` })
  );
  var flag = boolean2({ error: (issue2) => `must be true or false, got ${describe2(issue2.input)}` });
  var inputSchema = strictObject(
    {
      frames: optional(bounded(BOUNDS.frames, true)),
      concepts: optional(list(bounded(BOUNDS.frames, true), BOUNDS.concepts, "concepts")),
      mode: optional(_enum(MODES, { error: (issue2) => `must be one of ${MODES.join(", ")}, got ${describe2(issue2.input)}` })),
      strength: optional(
        union([string2(), number2()], { error: (issue2) => `must be a strength name or a number, got ${describe2(issue2.input)}` })
      ),
      learningRate: optional(bounded(BOUNDS.learningRate, false)),
      textEncoder: optional(flag),
      textEncoderRatio: optional(bounded(BOUNDS.textEncoderRatio, false)),
      resolution: optional(bounded(BOUNDS.resolution, true)),
      dynamicResolutions: optional(list(bounded(BOUNDS.resolution, true), BOUNDS.dynamicResolutions, "resolutions")),
      batchSize: optional(bounded(BOUNDS.batchSize, true)),
      gradAccum: optional(bounded(BOUNDS.gradAccum, true)),
      scheduler: optional(
        string2({ error: "must be a scheduler name" }).check(
          _minLength(1, { error: "must not be empty" }),
          _maxLength(100, { error: "is not a scheduler name (over 100 characters)" })
        )
      ),
      schedulers: optional(
        _enum(SCHEDULER_FAMILIES, { error: (issue2) => `must be one of ${SCHEDULER_FAMILIES.join(", ")}, got ${describe2(issue2.input)}` })
      ),
      startFactor: optional(bounded(BOUNDS.startFactor, false)),
      scalePosition: optional(bounded(BOUNDS.scalePosition, false)),
      warmupSteps: optional(bounded(BOUNDS.warmupSteps, true)),
      precision: optional(
        _enum(PRECISIONS, { error: (issue2) => `must be one of ${PRECISIONS.join(", ")}, got ${describe2(issue2.input)}` })
      ),
      scaleLr: optional(flag),
      gpus: optional(bounded(BOUNDS.gpus, true)),
      lora: optional(flag),
      optimizer: optional(
        string2({ error: "must be an optimizer name" }).check(_maxLength(100, { error: "is not an optimizer name (over 100 characters)" }))
      )
    },
    { error: (issue2) => issue2.code === "unrecognized_keys" ? `unknown field ${issue2.keys?.join(", ")}` : "must be an object" }
  );
  function validatePlanInput(input2) {
    const parsed = inputSchema.safeParse(input2);
    if (!parsed.success) {
      return {
        ok: false,
        issues: parsed.error.issues.map((issue2) => ({
          field: issue2.path[0] ?? (issue2.code === "unrecognized_keys" ? issue2.keys[0] : "frames"),
          ...typeof issue2.path[1] === "number" ? { index: issue2.path[1] } : {},
          message: issue2.message
        }))
      };
    }
    return normalise(parsed.data);
  }
  function normalise(input2) {
    const issues = [];
    const mode = input2.mode ?? "advanced";
    const schedulers = input2.schedulers ?? "research";
    if (schedulers === "research" && (input2.startFactor !== void 0 || input2.scalePosition !== void 0)) {
      issues.push({ field: input2.startFactor !== void 0 ? "startFactor" : "scalePosition", message: "belongs to the extension's own schedulers; give schedulers: extension as well" });
    }
    const concepts = input2.concepts ?? (input2.frames === void 0 ? void 0 : [input2.frames]);
    if (concepts === void 0) issues.push({ field: "frames", message: "is required (or give frames per concept)" });
    if (input2.concepts && input2.frames !== void 0 && input2.frames !== sum(input2.concepts)) {
      issues.push({ field: "frames", message: `is ${input2.frames} but the concepts add up to ${sum(input2.concepts)}` });
    }
    if (input2.textEncoder !== void 0 && input2.textEncoderRatio !== void 0) {
      issues.push({ field: "textEncoderRatio", message: "give the text encoder as on/off or as a ratio, not both" });
    }
    if (input2.resolution !== void 0 && input2.dynamicResolutions !== void 0) {
      issues.push({ field: "dynamicResolutions", message: "give one resolution or several dynamic ones, not both" });
    }
    if (mode === "advanced" && input2.strength !== void 0 && input2.learningRate !== void 0) {
      issues.push({ field: "learningRate", message: "give a strength or a fixed learning rate, not both" });
    }
    if (mode === "filewords" && input2.learningRate !== void 0) {
      issues.push({ field: "learningRate", message: "filewords mode always uses 1e-5 (R6); drop it or use the standard formula" });
    }
    let strength;
    if (mode === "advanced" && input2.learningRate === void 0) {
      const resolved = resolveStrength(input2.strength ?? DEFAULT_STRENGTH);
      const problem = resolved === void 0 ? `unknown strength ${describe2(input2.strength)}; use a number or one of ${Object.keys(STRENGTHS).join(", ")}` : numberProblem(resolved, BOUNDS.strength, false);
      if (problem) issues.push({ field: "strength", message: problem });
      else strength = resolved;
    }
    if (concepts && sum(concepts) > BOUNDS.frames.max) {
      issues.push({ field: input2.concepts ? "concepts" : "frames", message: `add up to ${sum(concepts)} frames: at most ${BOUNDS.frames.max} in total` });
    }
    if (issues.length > 0 || concepts === void 0) return { ok: false, issues };
    const request = {
      concepts,
      mode,
      textEncoderRatio: input2.textEncoderRatio ?? (input2.textEncoder ? 1 : 0),
      resolutions: input2.dynamicResolutions ? [...new Set(input2.dynamicResolutions)].sort((a, b) => a - b) : [input2.resolution ?? 512],
      batchSize: input2.batchSize ?? 1,
      gradAccum: input2.gradAccum ?? 1,
      scheduler: normaliseName(input2.scheduler ?? "constant"),
      schedulers,
      startFactor: schedulers === "extension" ? input2.startFactor ?? EXTENSION_SCHEDULER_DEFAULTS.startFactor : 1,
      scalePosition: input2.scalePosition ?? EXTENSION_SCHEDULER_DEFAULTS.scalePosition,
      precision: input2.precision ?? "fp32",
      scaleLr: input2.scaleLr ?? false,
      gpus: input2.gpus ?? 1,
      lora: input2.lora ?? false
    };
    if (strength !== void 0) request.strength = strength;
    if (input2.learningRate !== void 0) request.learningRate = input2.learningRate;
    if (input2.optimizer) request.optimizer = input2.optimizer;
    if (input2.warmupSteps !== void 0) request.warmupSteps = input2.warmupSteps;
    if (request.resolutions.length === 1 && input2.dynamicResolutions) {
      return { ok: false, issues: [{ field: "dynamicResolutions", message: "needs at least two different resolutions" }] };
    }
    return { ok: true, request };
  }
  function resolveStrength(strength) {
    if (typeof strength === "number") return strength;
    const name = normaliseName(strength);
    if (name in STRENGTHS) return STRENGTHS[name];
    const asNumber = numberFromText(strength);
    return typeof asNumber === "number" ? asNumber : void 0;
  }
  function normaliseName(name) {
    return name.trim().toLowerCase().replace(/[\s-]+/g, "_");
  }
  function sum(values) {
    return values.reduce((total, value) => total + value, 0);
  }
  function describe2(value) {
    if (typeof value === "string") {
      if (/nan|infinity/i.test(value)) return "a non-finite value";
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    }
    if (typeof value === "number" && !Number.isFinite(value)) return "a non-finite value";
    if (typeof value === "number") return String(value);
    if (value === void 0) return "nothing";
    return typeof value;
  }
  function numberFromText(text) {
    const trimmed = text.trim();
    return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : text;
  }

  // src/webui/targets.ts
  function roundRate(rate) {
    return Number(rate.toPrecision(4));
  }
  function plannedWrites(tab, plan, request, options) {
    const rows = [];
    const ruleOf = (quantity) => plan.derivation.filter((step) => step.quantity === quantity);
    const add = (id, component, planned, rule, why, { figure, selectedByDefault = true, resolves } = {}) => {
      if (!component) return;
      const fit = fitValue(component, planned);
      const suggest = () => figure ? suggestion(component, request, figure) : "";
      const currentValue = readComponent(component);
      const value = fit.ok ? fit.value : null;
      rows.push({
        id,
        label: component.label,
        component,
        current: readText(component),
        value,
        planned,
        rule,
        why,
        ...fit.ok ? {} : { problem: `${formatNumber(planned)} ${fit.reason}. ${suggest()}`.trim() },
        changes: value !== null && currentValue !== value,
        selectedByDefault,
        ...resolves ? { resolves } : {}
      });
    };
    const stepsWhy = ruleOf("maxTrainSteps").map((step) => step.text).join("; ");
    if (options.batchSize !== void 0) {
      add("batchSize", tab.find("batchSize"), options.batchSize, "R7", `chosen from the batch-size options (divides ${plan.frames} frames)`);
    }
    if (tab.generation === "2022-12") {
      add("maxTrainSteps", tab.find("maxTrainSteps"), plan.maxTrainSteps, "R7–R9", stepsWhy);
    } else {
      add("epochs", tab.find("epochs"), plan.epochs, "R10", ruleOf("epochs")[0]?.text ?? "", { figure: (alternative) => alternative.epochs });
    }
    if (plan.proposedStartFactor !== void 0) {
      add("startFactor", tab.find("startFactor"), plan.proposedStartFactor, "R9", "makes the extension's constant scheduler the research's constant", { resolves: "scheduler-start-factor" });
    }
    if (plan.proposedWarmupSteps !== void 0) {
      add("warmupSteps", tab.find("warmupSteps"), plan.proposedWarmupSteps, "R9", ruleOf("warmupSteps")[0]?.text ?? "", { resolves: "warmup-share" });
    }
    if (plan.learningRateApplies) {
      const rate = roundRate(plan.learningRate);
      const step = ruleOf("learningRate")[0] ?? ruleOf("strength")[0];
      const unmeasured = plan.optimizerMeasured ? "" : `; computed for Adam, not measured for ${request.optimizer}`;
      const selectedByDefault = plan.optimizerMeasured;
      add("learningRate", tab.find("learningRate"), rate, step?.rule ?? "R4", `${step?.text ?? ""}${unmeasured}`, { selectedByDefault });
      add("textLearningRate", tab.find("textLearningRate"), rate, step?.rule ?? "R4", `the research trained the text encoder with the same rate${unmeasured}`, { selectedByDefault });
    }
    if (options.prior) {
      const perConcept = tab.generation === "2022-12";
      plan.concepts.forEach((concept, position) => {
        const slot = options.conceptSlots[position] ?? position + 1;
        const component = tab.findInConcept(perConcept ? "classImagesTotal" : "classImagesPerInstance", slot);
        const value = perConcept ? concept.classImages : plan.classImagesPerInstance;
        const why = perConcept ? `${plan.classImagesPerInstance} per frame · ${concept.frames} frames` : `class images per frame = SPF_base = ${plan.classImagesPerInstance}`;
        add(`classImages-${slot}`, component, value, "R11", why, {
          figure: (alternative) => perConcept ? alternative.concepts[position].classImages : alternative.classImagesPerInstance
        });
      });
    }
    return rows;
  }
  function fittingChanges(request) {
    const changes = [];
    const constant = request.schedulers === "extension" ? "constant_with_warmup" : "constant";
    if (request.scheduler !== constant) changes.push([`the ${constant} scheduler`, { scheduler: constant }]);
    if (request.textEncoderRatio < 1) changes.push(["training the text encoder", { textEncoderRatio: 1 }]);
    if (request.resolutions.some((resolution) => resolution > 512)) changes.push(["512 px", { resolutions: [512] }]);
    if (request.mode === "standard") {
      const rate = (request.learningRate ?? BASE_LR) * 2;
      changes.push([`LR ${formatNumber(rate)}`, { learningRate: rate }]);
    }
    return changes;
  }
  function suggestion(component, request, figure) {
    const max = limitsOf(component)?.max;
    if (max === void 0) return "";
    const hints = fittingChanges(request).map(([name, change]) => [name, figure(computePlan({ ...request, ...change }))]).filter(([, value]) => value <= max).map(([name, value]) => `${name} gives ${value}`);
    return hints.length > 0 ? `To fit: ${hints.join("; ")}.` : "No single change of scheduler, text encoder or resolution brings it into range.";
  }
  function batchOptionProblem(tab, option) {
    const steps = tab.generation === "2022-12" ? [tab.find("maxTrainSteps"), option.maxTrainSteps] : [tab.find("epochs"), option.epochs];
    for (const [component, value] of [[tab.find("batchSize"), option.batchSize], steps]) {
      if (!component) continue;
      const fit = fitValue(component, value);
      if (!fit.ok) return `${component.label} ${formatNumber(value)} ${fit.reason}`;
    }
    return null;
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

  // src/ui/frames-store.ts
  var KEY_PREFIX = "dreambooth-companion:frames:";
  function loadFrames(doc, modelName) {
    const result = { frames: {}, dropped: [] };
    try {
      const text = doc.defaultView?.localStorage.getItem(KEY_PREFIX + modelName);
      const parsed = text ? JSON.parse(text) : {};
      if (typeof parsed !== "object" || parsed === null) return result;
      for (const [key2, value] of Object.entries(parsed)) {
        const slot = Number(key2);
        if (!Number.isInteger(slot) || slot < 1) continue;
        const problem = numberProblem(value, BOUNDS.frames, true);
        if (problem) result.dropped.push({ slot, problem });
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

  // src/ui/session.ts
  function createSession() {
    return { mode: "advanced", strength: "medium" };
  }
  function activeSlots(reading) {
    return reading.activeConcepts.length > 0 ? reading.activeConcepts.map((concept) => concept.index) : [1];
  }
  function planInputFor(reading, concepts, session) {
    const input2 = { ...reading.input, concepts, mode: session.mode };
    if (session.mode === "advanced") input2.strength = numberFromText(session.strength);
    return input2;
  }

  // src/ui/autofill-panel.ts
  var INPUT_LABELS = {
    strength: "Strength",
    mode: "Formula",
    concepts: "Frames"
  };
  function createAutofillPanel(doc, tabElement, localization, session, onClose) {
    const panel = h(doc, "section", { class: "panel", "data-dbc": "panel", role: "region", "aria-label": "Dreambooth Companion autofill", hidden: true });
    let state = null;
    const inputsBox = h(doc, "div", { class: "inputs" });
    const sourcesBox = h(doc, "div", { class: "source" });
    const previewBox = h(doc, "div", { "aria-live": "polite" });
    const optionsBox = h(doc, "div");
    const status = h(doc, "p", { class: "status", "data-dbc": "status", role: "status" });
    const applyButton = h(doc, "button", { type: "button", "data-dbc": "apply", class: "autofill" }, "Apply");
    const undoButton = h(doc, "button", { type: "button", "data-dbc": "undo", disabled: true }, "Undo");
    const closeButton = h(doc, "button", { type: "button", "aria-label": "Close the autofill panel" }, "Close");
    panel.append(
      h(doc, "h2", {}, "Autofill from the training research"),
      inputsBox,
      sourcesBox,
      previewBox,
      optionsBox,
      h(doc, "div", { class: "actions" }, applyButton, undoButton, closeButton),
      status
    );
    applyButton.addEventListener("click", () => apply());
    undoButton.addEventListener("click", () => undo());
    closeButton.addEventListener("click", () => onClose());
    panel.addEventListener("keydown", (event) => {
      if (event.key === "Escape") onClose();
    });
    function open() {
      const tab = locateTab(tabElement, localization());
      const reading = readForm(tab);
      const remembered = loadFrames(doc, reading.modelName);
      const slots = activeSlots(reading);
      state = {
        tab,
        reading,
        frames: Object.fromEntries(slots.map((slot) => [slot, remembered.frames[slot] === void 0 ? "" : String(remembered.frames[slot])])),
        prior: state?.prior ?? reading.activeConcepts.some((concept) => (concept.classImages ?? 0) > 0),
        rows: [],
        choices: /* @__PURE__ */ new Map(),
        lastWrite: state?.lastWrite ?? []
      };
      renderInputs();
      renderSources();
      update();
      status.textContent = remembered.dropped.map((entry) => `The remembered frames of concept ${entry.slot} were dropped (${entry.problem}).`).join(" ");
      panel.hidden = false;
      inputsBox.querySelector("input")?.focus();
    }
    function renderInputs() {
      const current = state;
      inputsBox.replaceChildren();
      for (const slot of Object.keys(current.frames).map(Number)) {
        const concept = current.reading.activeConcepts.find((candidate) => candidate.index === slot);
        const field = h(doc, "input", {
          type: "text",
          inputmode: "numeric",
          "data-dbc": `frames-${slot}`,
          value: current.frames[slot],
          "aria-describedby": `dbc-frames-${slot}-hint`
        });
        field.addEventListener("input", () => {
          current.frames[slot] = field.value;
          edited();
        });
        inputsBox.append(
          h(doc, "label", {}, `Frames of concept ${slot}`, field, h(doc, "span", { id: `dbc-frames-${slot}-hint` }, concept ? concept.directory : "no concept directory set yet"))
        );
      }
      const mode = h(
        doc,
        "select",
        { "data-dbc": "mode" },
        ...["advanced", "standard", "filewords"].map((name) => h(doc, "option", { value: name, selected: name === session.mode }, name))
      );
      mode.addEventListener("change", () => {
        session.mode = mode.value;
        edited();
      });
      inputsBox.append(h(doc, "label", {}, "Formula", mode));
      const strengthList = h(doc, "datalist", { id: "dbc-strengths" }, ...Object.entries(STRENGTHS).map(([name, value]) => h(doc, "option", { value: name }, `${name} (${value})`)));
      const strength = h(doc, "input", { type: "text", "data-dbc": "strength", list: "dbc-strengths", value: session.strength });
      strength.addEventListener("input", () => {
        session.strength = strength.value;
        edited();
      });
      inputsBox.append(h(doc, "label", {}, "Strength (name or number)", strength, strengthList));
      const prior = h(doc, "input", { type: "checkbox", "data-dbc": "prior", checked: current.prior });
      prior.addEventListener("change", () => {
        current.prior = prior.checked;
        edited();
      });
      inputsBox.append(h(doc, "label", { class: "inline" }, prior, "Prior preservation (class images)"));
    }
    function renderSources() {
      const { reading } = state;
      sourcesBox.replaceChildren(
        h(doc, "h3", {}, `From the page (${generationName(reading.generation)})`),
        h(
          doc,
          "ul",
          {},
          ...reading.sources.map((source) => h(doc, "li", {}, `${source.label}: ${source.shown}`)),
          ...reading.notes.map((note) => h(doc, "li", { class: "warning" }, `${note.label}: ${note.message}`))
        )
      );
    }
    function requestInput(current) {
      const slots = Object.keys(current.frames).map(Number);
      const concepts = slots.map((slot) => numberFromText(current.frames[slot] ?? ""));
      const missing = slots.filter((slot) => (current.frames[slot] ?? "").trim() === "");
      if (missing.length > 0) {
        return { issues: missing.map((slot) => ({ label: `Frames of concept ${slot}`, message: "enter how many images the concept has" })) };
      }
      const input2 = planInputFor(current.reading, concepts, session);
      if (current.adoptedBatchSize !== void 0) input2.batchSize = current.adoptedBatchSize;
      return { input: input2, issues: [] };
    }
    function compute(current) {
      const { input: input2, issues } = requestInput(current);
      if (!input2) return { rows: [], messages: issues };
      const validated = validatePlanInput(input2);
      if (!validated.ok) return { rows: [], messages: validated.issues.map((issue2) => describeIssue(issue2, Object.keys(current.frames).map(Number))) };
      const plan = computePlan(validated.request);
      const rows = plannedWrites(current.tab, plan, validated.request, {
        prior: current.prior,
        conceptSlots: Object.keys(current.frames).map(Number),
        ...current.adoptedBatchSize !== void 0 ? { batchSize: current.adoptedBatchSize } : {}
      });
      return { plan, request: validated.request, rows, messages: [] };
    }
    function edited() {
      status.textContent = "";
      update();
    }
    function update() {
      const current = state;
      const computed = compute(current);
      current.rows = computed.rows;
      if (computed.plan) {
        saveFrames(doc, current.reading.modelName, Object.fromEntries(Object.entries(current.frames).map(([slot, text]) => [slot, Number(text)])));
      }
      render(computed);
    }
    let shown = { rows: [], messages: [] };
    function render(computed) {
      shown = computed;
      const { plan, request, rows, messages } = computed;
      for (const slot of Object.keys(state.frames)) {
        const field = inputsBox.querySelector(`[data-dbc="frames-${slot}"]`);
        field?.setAttribute("aria-invalid", String(messages.some((message) => message.label === `Frames of concept ${slot}`)));
      }
      if (!plan || !request) {
        previewBox.replaceChildren(h(doc, "ul", {}, ...messages.map((message) => h(doc, "li", { class: "error" }, `${message.label}: ${message.message}`))));
        optionsBox.replaceChildren();
        applyButton.disabled = true;
        return;
      }
      renderPreview(plan, rows);
      renderOptions(request);
      applyButton.disabled = plan.errors.length > 0 || !rows.some((row) => isSelected(row));
    }
    function isSelected(row) {
      return row.value !== null && row.changes && (state.choices.get(row.id) ?? row.selectedByDefault);
    }
    function renderPreview(plan, rows) {
      const body = h(doc, "tbody");
      for (const row of rows) {
        const tick = h(doc, "input", {
          type: "checkbox",
          "data-dbc": `row-${row.id}`,
          "aria-label": `Write ${row.label}`,
          checked: isSelected(row),
          disabled: row.value === null || !row.changes
        });
        tick.addEventListener("change", () => {
          state.choices.set(row.id, tick.checked);
          render(shown);
        });
        const change = row.value === null ? `${row.current} → (not written)` : row.changes ? `${row.current} → ${formatNumber(row.value)}` : `${row.current} (unchanged)`;
        body.append(
          h(
            doc,
            "tr",
            {},
            h(doc, "td", {}, tick),
            h(doc, "td", {}, row.label),
            h(doc, "td", { "data-dbc": `value-${row.id}` }, change),
            h(doc, "td", {}, h(doc, "strong", {}, row.rule), " ", h(doc, "span", { class: "why" }, row.why), row.problem ? h(doc, "div", { class: "problem" }, row.problem) : null)
          )
        );
      }
      const summary = `${plan.frames} frames: LR ${formatNumber(plan.learningRate)}, ${formatNumber(plan.stepsPerFrame)} steps per frame, ${plan.maxTrainSteps} steps, ${plan.epochs} epochs, ${plan.classImagesPerInstance} class images per frame.`;
      const resolved = new Set(rows.filter(isSelected).map((row) => row.resolves));
      const warnings = plan.warnings.filter((notice) => !resolved.has(notice.code));
      const notices = plan.errors.length + warnings.length > 0 ? h(
        doc,
        "ul",
        { "data-dbc": "warnings" },
        ...plan.errors.map((notice) => h(doc, "li", { class: "error", "data-code": notice.code }, notice.message)),
        ...warnings.map((notice) => h(doc, "li", { class: "warning", "data-code": notice.code }, notice.message))
      ) : "";
      previewBox.replaceChildren(
        h(doc, "h3", {}, "What will change"),
        h(doc, "p", {}, summary),
        h(doc, "table", {}, h(doc, "thead", {}, h(doc, "tr", {}, h(doc, "th", {}, ""), h(doc, "th", {}, "Field"), h(doc, "th", {}, "Now → planned"), h(doc, "th", {}, "Rule"))), body),
        notices
      );
    }
    function renderOptions(request) {
      const options = batchSizeOptions(request);
      if (options.length < 2) {
        optionsBox.replaceChildren();
        return;
      }
      const rows = options.map((option) => {
        const inUse = option.batchSize === request.batchSize;
        const problem = batchOptionProblem(state.tab, option);
        const use = h(doc, "button", {
          type: "button",
          "data-dbc": `batch-${option.batchSize}`,
          "aria-pressed": String(inUse),
          disabled: inUse || problem !== null,
          title: problem ?? ""
        }, inUse ? "In use" : problem ? "Does not fit" : "Use");
        use.addEventListener("click", () => {
          state.adoptedBatchSize = option.batchSize;
          edited();
        });
        return h(doc, "tr", {}, h(doc, "td", {}, String(option.batchSize)), h(doc, "td", {}, String(option.maxTrainSteps)), h(doc, "td", {}, String(option.epochs)), h(doc, "td", {}, use));
      });
      optionsBox.replaceChildren(
        h(doc, "h3", {}, "Batch sizes that divide your frames (R7)"),
        h(doc, "table", {}, h(doc, "thead", {}, h(doc, "tr", {}, h(doc, "th", {}, "Batch size"), h(doc, "th", {}, "Steps"), h(doc, "th", {}, "Epochs"), h(doc, "th", {}, ""))), h(doc, "tbody", {}, ...rows))
      );
    }
    function apply() {
      const current = state;
      const previewed = selectedValues(current.rows);
      readPage(current);
      const fresh = compute(current);
      if (selectedValues(fresh.rows) !== previewed) {
        current.rows = fresh.rows;
        renderSources();
        render(fresh);
        status.textContent = "The form changed since the preview. Check the updated preview, then Apply again.";
        return;
      }
      const written = [];
      const failed = [];
      for (const row of fresh.rows) {
        if (!isSelected(row) || row.value === null) continue;
        const previous = readComponent(row.component);
        try {
          writeComponent(row.component, row.value);
          written.push({ component: row.component, label: row.label, previous, value: row.value });
        } catch (error) {
          failed.push(error instanceof Error ? error.message : String(error));
        }
      }
      current.lastWrite = written;
      undoButton.disabled = written.length === 0;
      const wrote = written.length === 0 ? "Nothing to write: the form already holds the planned values." : `Wrote ${written.map((entry) => `${entry.label} ${formatPrevious(entry.previous)} → ${formatNumber(entry.value)}`).join(", ")}. Save Settings to keep them.`;
      status.textContent = failed.length === 0 ? wrote : `${wrote} Not written: ${failed.join("; ")}.`;
      current.adoptedBatchSize = void 0;
      refresh();
    }
    function selectedValues(rows) {
      return rows.filter(isSelected).map((row) => `${row.id}=${row.value}`).join(",");
    }
    function undo() {
      const current = state;
      const restored = [];
      const kept = [];
      for (const entry of [...current.lastWrite].reverse()) {
        const now = readComponent(entry.component);
        if (now !== entry.value) {
          kept.unshift(`${entry.label} ${formatPrevious(now)}`);
          continue;
        }
        writeComponent(entry.component, entry.previous === null ? "" : entry.previous);
        restored.unshift(`${entry.label} ${formatPrevious(entry.previous)}`);
      }
      status.textContent = [
        kept.length > 0 ? `Kept your ${kept.join(", ")} (changed since Apply).` : "",
        restored.length > 0 ? `Restored ${restored.join(", ")}.` : ""
      ].filter(Boolean).join(" ");
      current.lastWrite = [];
      undoButton.disabled = true;
      refresh();
    }
    function readPage(current) {
      current.tab = locateTab(tabElement, localization());
      current.reading = readForm(current.tab);
    }
    function refresh() {
      readPage(state);
      renderSources();
      update();
    }
    return {
      element: panel,
      open,
      close: () => {
        panel.hidden = true;
      },
      isOpen: () => !panel.hidden
    };
  }
  function describeIssue(issue2, slots) {
    if (issue2.field === "concepts" && issue2.index !== void 0) return { label: `Frames of concept ${slots[issue2.index]}`, message: issue2.message };
    if (issue2.field === "batchSize") return { label: "Batch Size", message: issue2.message };
    return { label: INPUT_LABELS[issue2.field] ?? issue2.field, message: issue2.message };
  }
  function formatPrevious(value) {
    if (value === null || value === "") return "(empty)";
    return typeof value === "number" ? formatNumber(value) : String(value);
  }
  function generationName(generation) {
    return generation === "current" ? "current extension UI" : `extension UI of ${generation}`;
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
.panel { margin-top: 6px; padding: 12px; border: 1px solid var(--dbc-border); border-radius: 8px;
  background: var(--dbc-bg); color: var(--dbc-fg); }
.panel[hidden] { display: none; }
h2 { font-size: 15px; font-weight: 600; margin: 0 0 8px; }
h3 { font-size: 13px; font-weight: 600; margin: 12px 0 4px; color: var(--dbc-muted); }
.inputs { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; }
label { display: flex; flex-direction: column; gap: 2px; font-size: 12px; color: var(--dbc-muted); }
label.inline { flex-direction: row; align-items: center; gap: 6px; }
input, select { color: var(--dbc-fg); background: var(--dbc-row); border: 1px solid var(--dbc-border);
  border-radius: 6px; padding: 4px 6px; min-width: 6em; }
input[type="checkbox"] { min-width: 0; }
input[aria-invalid="true"] { border-color: var(--dbc-error-fg); }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid var(--dbc-border); vertical-align: top; }
th { color: var(--dbc-muted); font-weight: 600; }
.why { color: var(--dbc-muted); font-size: 12px; }
.problem { color: var(--dbc-error-fg); font-size: 12px; }
ul { margin: 4px 0; padding-left: 18px; }
.warning { background: var(--dbc-warn-bg); color: var(--dbc-warn-fg); border-radius: 4px; padding: 2px 6px; margin: 2px 0; list-style: none; }
.error { background: var(--dbc-error-bg); color: var(--dbc-error-fg); border-radius: 4px; padding: 2px 6px; margin: 2px 0; list-style: none; }
.actions { display: flex; gap: 8px; margin-top: 10px; align-items: center; }
.status { font-size: 13px; min-height: 1.4em; }
.source { font-size: 12px; color: var(--dbc-muted); }
code { font-family: ui-monospace, monospace; font-size: 12px; }
`;

  // src/ui/tooltips/live.ts
  function liveContext(doc, tabElement, localization, session) {
    const reading = readForm(locateTab(tabElement, localization));
    const remembered = loadFrames(doc, reading.modelName);
    const concepts = activeSlots(reading).map((slot) => remembered.frames[slot]);
    if (concepts.some((frames) => frames === void 0)) return null;
    const validated = validatePlanInput(planInputFor(reading, concepts, session));
    if (!validated.ok) return null;
    return { plan: computePlan(validated.request), request: validated.request, strengthLabel: session.strength };
  }
  function variant(request, change) {
    return computePlan({ ...request, ...change });
  }
  function liveLine(topic, context) {
    const { plan, request } = context;
    const frames = `your ${plan.frames} frames`;
    const rate = formatNumber(plan.learningRate);
    switch (topic) {
      case "learningRate":
      case "textLearningRate": {
        if (!plan.learningRateApplies) return `Not planned for ${frames}: LoRA or an adaptive optimizer is on, and the research's rate does not apply.`;
        if (request.mode !== "advanced" || request.strength === void 0) return `With ${frames} (${request.mode} formula): LR ${rate}.`;
        const harder = formatNumber(variant(request, { strength: request.strength * 2 }).learningRate);
        const rateFrames = request.concepts.length > 1 ? `your largest concept's ${Math.max(...request.concepts)} frames (${plan.frames} in all)` : frames;
        const unmeasured = plan.optimizerMeasured ? "" : ` That is Adam's rate; the research did not measure ${request.optimizer}.`;
        return `With ${rateFrames} at strength ${context.strengthLabel}: LR ${rate}. Twice the frames would halve it; twice the strength would make it ${harder}.${unmeasured}`;
      }
      case "epochs":
        return `With ${frames}: ${plan.epochs} epochs (${plan.maxTrainSteps} steps at batch size ${request.batchSize}).`;
      case "maxTrainSteps":
        return `With ${frames}: ${plan.maxTrainSteps} steps at batch size ${request.batchSize}.`;
      case "saveFrequency":
        return `Your plan trains ${plan.epochs} epochs (${plan.maxTrainSteps} steps); one save at the end is enough.`;
      case "batchSize": {
        const options = batchSizeOptions(request);
        const index = Math.max(0, options.findIndex((option) => option.batchSize >= request.batchSize));
        const nearby = options.slice(Math.max(0, index - 1), index + 2);
        return `Steps for ${frames}: ${nearby.map((option) => `batch ${option.batchSize} → ${option.maxTrainSteps} (${option.epochs} epochs)`).join(", ")}.`;
      }
      case "gradAccum": {
        if (request.gradAccum === 1) {
          const two = variant(request, { gradAccum: 2 }).maxTrainSteps;
          return `With ${frames}: ${plan.maxTrainSteps} steps at 1, as the research advises; ${two} at 2.`;
        }
        const single = variant(request, { gradAccum: 1 }).maxTrainSteps;
        return `With ${frames}: ${plan.maxTrainSteps} steps at ${request.gradAccum}; ${single} at 1, as the research advises.`;
      }
      case "textEncoder": {
        const on = variant(request, { textEncoderRatio: 1 }).maxTrainSteps;
        const off = variant(request, { textEncoderRatio: 0 }).maxTrainSteps;
        return `With ${frames}: ${on} steps with the text encoder, ${off} without (now ${plan.maxTrainSteps}).`;
      }
      case "resolution": {
        const other = request.resolutions.length === 1 && request.resolutions[0] === 512 ? 768 : 512;
        const alternative = variant(request, { resolutions: [other] });
        return `At ${request.resolutions.join("+")} px: ${formatNumber(plan.stepsPerFrame)} steps per frame, ${plan.maxTrainSteps} steps for ${frames}; at ${other} px: ${formatNumber(alternative.stepsPerFrame)} and ${alternative.maxTrainSteps}.`;
      }
      case "classImagesPerInstance":
        return `For ${frames}: ${plan.classImagesPerInstance} class images per image, ${plan.classImages} in total.`;
      case "classImagesTotal":
        return `Your concepts: ${plan.concepts.map((concept) => `${concept.frames} frames → ${concept.classImages} class images`).join("; ")}.`;
      case "scheduler": {
        const constantName = request.schedulers === "extension" ? "constant_with_warmup" : "constant";
        const constant = variant(request, { scheduler: constantName }).maxTrainSteps;
        const unmeasured = plan.warnings.find((notice) => notice.code === "scheduler-unknown" || notice.code === "scheduler-ramp-up" || notice.code === "scheduler-start-factor");
        const verdict = unmeasured ? ` ${unmeasured.message}` : "";
        return `${request.scheduler}: ${plan.maxTrainSteps} steps for ${frames}; ${constantName}: ${constant}.${verdict}`;
      }
      case "warmupSteps": {
        const notice = plan.warnings.find((entry) => entry.code === "warmup-share");
        if (notice) return notice.message;
        const warmup = request.warmupSteps === void 0 ? "Your warmup" : `Your warmup of ${request.warmupSteps}`;
        return `${warmup} is within a tenth of the ${plan.maxTrainSteps}-step plan for ${frames}, or unused by ${request.scheduler}.`;
      }
      case "startFactor": {
        if (request.schedulers !== "extension" || request.scheduler !== "constant" && request.scheduler !== "linear") return `${request.scheduler} does not use it.`;
        const notice = plan.warnings.find((entry) => entry.code === "scheduler-start-factor" || entry.code === "scheduler-ramp-up");
        return notice ? notice.message : `At ${formatNumber(request.startFactor)}, ${request.scheduler} trains at the full rate all along: the research's constant.`;
      }
      case "precision": {
        const notice = [...plan.errors, ...plan.warnings].find((entry) => entry.code === "precision-range" || entry.code === "precision-rounding");
        return notice ? `Your LR ${rate} in ${request.precision}: ${notice.message}` : `Your LR ${rate} is held exactly in ${request.precision}.`;
      }
      case "scaleLr": {
        const scaled = formatNumber(variant(request, { scaleLr: true }).effectiveLearningRate);
        return `${request.scaleLr ? "On" : "If on"}: the trainer would use ${scaled} instead of ${rate}.`;
      }
      case "lora":
        return request.lora ? "On: Autofill leaves every learning rate alone and plans steps only." : `Off: Autofill plans the full fine-tuning rate ${rate}.`;
      case "optimizer": {
        const name = request.optimizer ?? "This optimizer";
        if (!plan.learningRateApplies) return `${name} is adaptive: Autofill does not write a rate.`;
        if (!plan.optimizerMeasured) return `${name} was not measured by the research: ${rate} is the rate for Adam, offered unticked.`;
        return `${name} is what the research measured: the planned rate ${rate} applies.`;
      }
    }
  }

  // src/ui/tooltips/texts.ts
  var PARAMETER_TEXTS = [
    // Prompts, tokens, concepts
    {
      labels: ["Instance Prompt"],
      text: 'The words that call your subject after training. A rare identifier plus a class noun ("sks woman") ties the concept to that class; every token you list here must also be in the prompt later to get the full concept back. [filewords] reads a caption file per image instead: each frame is then its own concept, and the rate stays at 1e-5 whatever the frame count.',
      section: "Main parameters: instance_prompt; Class based training; Concepts and filewords"
    },
    {
      labels: ["Class Prompt"],
      text: 'Describes the general class of your subject ("a woman") to generate the class images of prior preservation. It keeps the rest of the class from drifting toward your subject.',
      section: "Prior Preservation Loss"
    },
    {
      labels: ["Prompt"],
      text: "Under Instance Images: the words that call your subject (identifier plus class noun, or [filewords], which keeps the rate at 1e-5 and makes each frame its own concept). Under Class Images: the general class used to make the prior-preservation images.",
      section: "Main parameters: instance_prompt; Prior Preservation Loss; Concepts and filewords"
    },
    {
      labels: ["Instance Token"],
      text: "With [filewords], the unique word that stands for your subject in each caption. A token the images show but the prompt does not name becomes part of the concept anyway; a token you name must be named again to call it.",
      section: "Additional information on prompt and concept_list"
    },
    {
      labels: ["Class Token"],
      text: 'With [filewords], the class noun of your subject ("woman", "dog"). Anything visible in every image (black hair, a style) also acts as a class token, which is why prior preservation cannot fully prevent drift.',
      section: "Additional information on prompt and concept_list"
    },
    {
      labels: ["Dataset Directory", "Directory"],
      text: `Folder of this concept's images (under Instance Images) or of its class images (under Class Images). Each instance image is a "frame" in the formulas: steps grow with the frame count and the learning rate falls with it.`,
      section: "Concepts and filewords; concept_list",
      live: "classImagesTotal"
    },
    {
      labels: ["Classification Dataset Directory"],
      text: "Folder for this concept's class (regularization) images. Give each concept its own folder so class images are not repeated across concepts.",
      section: "concept_list"
    },
    {
      labels: ["Concepts List", "Use Concepts List"],
      text: "Trains several concepts from a JSON list. Steps use the sum of all concepts' frames, the learning rate the frames of one concept; give every concept the same number of frames, or details of the larger one leak into the others.",
      section: "concept_list"
    },
    // Steps and epochs
    {
      labels: ["Training Steps Per Image (Epochs)"],
      text: "How many passes over every instance image. The research counts steps per frame instead: 200 at 1e-5 without the text encoder, 100 with it; at batch size 1 epochs equal those steps per frame.",
      section: "Full pass steps and compensation; num_train_epochs",
      live: "epochs"
    },
    {
      labels: ["Max Training Steps"],
      text: "Total training steps; when set above 0 it overrides the epochs. The research's formulas give this number directly: frames × steps per frame, corrected for batch size, accumulation and scheduler.",
      section: "Number of training steps (max_train_steps)",
      live: "maxTrainSteps"
    },
    {
      labels: ["Maximum Training Steps"],
      text: "A cap on this concept's steps (-1 = none). The research computes steps for all concepts together from their summed frames, so leave it at -1 and set the total instead.",
      section: "concept_list"
    },
    // Learning rate
    {
      labels: ["Learning Rate"],
      text: "How far each step moves the model. The advanced formula keeps steps per frame fixed and scales the rate: LR = 1e-5 × strength / frames of one concept (the largest, with several). The research warns against the other way round, a lower rate with proportionally more steps: images then break up at high CFG, and the lower the rate, the lower the CFG where it starts.",
      section: "Advanced Dreambooth Formula; learning_rate",
      live: "learningRate"
    },
    {
      labels: ["Text Encoder Learning Rate"],
      text: "The rate for the text encoder. The research trained the encoder and the UNet with one rate, so Autofill writes the same value here.",
      section: "Text encoder",
      live: "textLearningRate"
    },
    {
      labels: ["Learning Rate Scheduler"],
      text: "How the rate changes during training. The research measured the standard curves: constant (best) and constant_with_warmup need ×1 steps; its decaying linear, cosine, cosine_with_restarts and polynomial need ×2. Names changed in January 2023: since then the extension's constant holds the rate at Starting Factor × rate until Scale Position (the research's constant only at factor 1), its linear ramps the rate up, and the research's linear is linear_with_warmup. cosine_annealing, its restarts variant and rex were not measured (counted as ×1).",
      section: "lr_scheduler; lr_scheduler step multipliers",
      live: "scheduler"
    },
    {
      labels: ["Learning Rate Warmup Steps"],
      text: "Steps at the start over which the rate climbs linearly from 0 to the value you set. Since January 2023 only constant_with_warmup, linear_with_warmup, cosine, cosine_with_restarts and polynomial use it, counted in images (epochs × frames); in the December 2022 extension every scheduler but constant did. The current default of 500 can be a whole small run (5 frames with the text encoder are 500 steps): keep it under a tenth of the run.",
      section: "warmup (lr_warmup_steps)",
      live: "warmupSteps"
    },
    {
      labels: ["Constant/Linear Starting Factor"],
      text: "The extension's constant scheduler multiplies the rate by this factor until Scale Position; its linear scheduler ramps up from factor × rate to the rate over that span. The default 0.5 halves the rate of constant for half the run, which under-trains a research plan: at 1, constant is the research's constant. Not in the December 2022 extension.",
      section: "lr_scheduler (constant); not covered for the extension's curves",
      live: "startFactor"
    },
    {
      labels: ["Scale Position"],
      text: "The share of the run (0 to 1, default 0.5) that the starting factor of constant and linear lasts, and the span of cosine_annealing. With Starting Factor 1 it changes nothing for constant. Not in the December 2022 extension.",
      section: "not covered by the research (the extension's curves)"
    },
    {
      labels: ["Number of Hard Resets", "Polynomial Power", "Min Learning Rate"],
      text: "Shapes of particular schedulers: the restarts of cosine_with_restarts, the power of polynomial, and the floor of cosine_annealing and its restarts variant (Min Learning Rate touches no other scheduler). The research measured 1 restart and power 1.",
      section: "lr_scheduler (cosine_with_restarts, polynomial)"
    },
    {
      labels: ["Scale Learning Rate"],
      text: "Multiplies the rate by gradient accumulation × batch size × GPUs during training. The research's rates assume it is off: with it on, the trainer uses a much larger rate than the one you typed.",
      section: "scale_lr",
      live: "scaleLr"
    },
    // Batching
    {
      labels: ["Batch Size"],
      text: "Frames per step. Larger batches train the concept in fewer but slower steps, not linearly: steps = (frames × steps per frame + extra steps) / √batch, where the extra steps are (batch − 1) × the steps per frame (÷ 1.5 without the text encoder). Pick a size that divides your frame count evenly, at most the frame count.",
      section: "train_batch_size",
      live: "batchSize"
    },
    {
      labels: ["Gradient Accumulation Steps"],
      text: "Emulates a larger batch by adding up gradients over several steps, when memory is short. It is close to, not equal to, a real batch, and needs √GA times the steps; the research advises 1.",
      section: "gradient_accumulation_steps",
      live: "gradAccum"
    },
    {
      labels: ["Class Batch Size"],
      text: "How many class images are generated at once (the research's sample_batch_size). Only speed and memory; it does not affect training.",
      section: "sample_batch_size"
    },
    // Text encoder, resolution
    {
      labels: ["Train Text Encoder", "Step Ratio of Text Encoder Training"],
      text: "Trains the text encoder too (the ratio: for that share of the epochs). It repeats the concept better but needs more memory and half the steps per frame: 100 instead of 200 at 1e-5. Ratios between 0 and 1 are interpolated; the research measured only off and on.",
      section: "Text encoder",
      live: "textEncoder"
    },
    {
      labels: ["Train UNET"],
      text: "Trains the image model itself. The research always trained it; turning it off leaves only the text encoder to learn the concept.",
      section: "not covered by the research"
    },
    {
      labels: ["Max Resolution", "Resolution"],
      text: "Training resolution. Above 512 px each frame needs more steps: steps per frame × (resolution / 512)², so 768 px needs 450 (225 with the text encoder). Training several resolutions at once (dynamic resolution) avoids crops at the base size, but the research calls it experimental: it worked at batch size 1 only, with resize turned off and copies of each frame per resolution.",
      section: "Resolution and training on model 768; (Experimental) Dynamic Resolution",
      live: "resolution"
    },
    // Prior preservation
    {
      labels: ["Class Images Per Instance Image", "Total Number of Class/Reg Images"],
      text: "Class images for prior preservation, which limits overfitting and language drift. The research uses as many class images per frame as base steps per frame at 1e-5: 200, or 100 with the text encoder, whatever the resolution (they do not grow with it). 0 turns prior preservation off for the concept.",
      section: "Prior Preservation Loss: number of class images",
      live: "classImagesPerInstance"
    },
    {
      labels: ["Prior Loss Weight", "Scale Prior Loss", "Minimum Prior Loss Weight", "Prior Loss Target"],
      text: "How much the class images count against your images. The research's trainer used 1 and had not finished measuring it; the extension's default is 1 in December 2022 and 0.75 since January 2023. The scaled variants change the weight over training.",
      section: "prior_loss_weight"
    },
    {
      labels: ["Classification CFG Scale", "Classification Steps", "Classification Image Negative Prompt", "Negative Prompt"],
      text: "Settings for generating the class images (guidance, sampling steps, negative prompt). They shape what the class looks like, not how training runs.",
      section: "Prior Preservation Loss"
    },
    // Memory and precision
    {
      labels: ["Mixed Precision"],
      text: "Number format of training. Quality: fp32 > fp16 > bf16; speed the other way. Very low rates get rounded (bf16 below 1e-2, fp16 below 1e-3, fp32 below 1e-6) and fp16 cannot hold a rate under about 6e-8 at all.",
      section: "Number formats; mixed_precision",
      live: "precision"
    },
    {
      labels: ["Full Mixed Precision"],
      text: "Holds the UNet's weights in the mixed-precision type itself instead of fp32, to save memory (the current extension shows it for fp16). Updates then round in that type: in the research fp16 rounds below a rate of 1e-3 and loses rates under about 6e-8; bf16 has no such floor but rounds the most, below 1e-2.",
      section: "Number formats"
    },
    {
      labels: ["Use 8bit Adam"],
      text: "8-bit Adam needs much less video memory for a small, often invisible loss of accuracy. bitsandbytes also has a 32-bit Adam that is faster than torch's.",
      section: "use_8bit_adam"
    },
    {
      labels: ["Optimizer"],
      text: "The update rule. The research measured (8-bit) Adam only; 8-bit barely differs from 32-bit. Lion, SGD, Adafactor and the others were not measured and usually want other rates (the extension's own hint suggests a lower one for Lion): Autofill offers the Adam rate unticked. Adaptive optimizers (D-Adaptation, Prodigy) pick their own rate near 1, so Autofill leaves the rate alone.",
      section: "use_8bit_adam; not covered for adaptive optimizers",
      live: "optimizer"
    },
    {
      labels: ["Memory Attention"],
      text: "Attention implementation: default, xformers, flash_attention. It changes memory and speed, not results. Old xformers refused fp32 training on RTX 30/40 cards (fixed in 0.0.17).",
      section: "Attention types; xformers problem"
    },
    {
      labels: ["Gradient Checkpointing"],
      text: "Recomputes activations instead of storing them: much less video memory, somewhat slower, same quality. It can make room for a larger batch.",
      section: "gradient_checkpointing"
    },
    {
      labels: ["Cache Latents", "Don't Cache Latents"],
      text: "Keeps the encoded training images in video memory: faster training for more memory. Not caching makes no sense when the batch holds every frame.",
      section: "not_cache_latents"
    },
    {
      labels: ["Set Gradients to None When Zeroing"],
      text: "Frees gradients instead of zeroing them: a little less memory and a little faster. The research saw no effect on quality.",
      section: "set_grads_to_none"
    },
    {
      labels: ["Pad Tokens"],
      text: "Pads short prompts to the model's full length. A mild effect: training images are repeated a bit more strongly when generating.",
      section: "pad_tokens"
    },
    {
      labels: ["Extract EMA Weights"],
      text: "A model-creation option: when the source checkpoint stores EMA weights, build the model from the EMA UNet instead of the full one. It does not change training; the research did not compare the two.",
      section: "not covered by the research (model setup)"
    },
    {
      labels: ["Use EMA", "Save EMA Weights to Generated Models", "Use EMA Weights for Inference", "Use EMA for prediction"],
      text: "Keeps an exponential moving average of the weights, which smooths training at the cost of memory. The research did not measure EMA (it was asked in the thread, not answered).",
      section: "not covered by the research"
    },
    // LoRA
    {
      labels: ["Use LORA"],
      text: "Trains small LoRA weights instead of the whole model. The research measured full fine-tuning only; its rates are far too low for LoRA, so Autofill never writes them into LoRA fields.",
      section: "not covered by the research (LoRA)",
      live: "lora"
    },
    {
      labels: ["Lora UNET Learning Rate", "Lora unet Learning Rate", "Lora Text Encoder Learning Rate", "Lora Rank", "Lora UNET Rank", "Lora Text Encoder Rank", "Lora Weight", "Lora Text Weight", "Lora Weight (Alpha)", "Use Lora Extended", "Lora Model"],
      text: "A LoRA setting. The research's formulas are for full fine-tuning and do not carry over to LoRA, whose rates are orders of magnitude higher.",
      section: "not covered by the research (LoRA)"
    },
    // Saving
    {
      labels: ["Save Model Frequency (Epochs)", "Save Preview(s) Frequency (Epochs)", "Save Checkpoint Frequency", "Save Preview(s) Frequency", "Save Preview/Ckpt Every Epoch", "Use Lifetime Steps/Epochs When Saving"],
      text: "How often to save a checkpoint or previews. With the research's formulas you train to the computed step count and need no comparison saves, which saves time and disk space.",
      section: "save_interval; Foreword",
      live: "saveFrequency"
    },
    {
      labels: ["Sample Batch Size", "Number of Samples to Generate"],
      text: "How many images one generation makes: class images under Manual Class Generation, previews at each save under a concept's Sample Images. Neither changes what the model learns.",
      section: "not covered by the research (image generation)"
    }
  ];
  var GENERIC_TEXTS = [
    {
      labels: ["Model", "Snapshot to Resume", "Name", "Model Type", "Create From Hub", "Source Checkpoint", "Model Path", "HuggingFace Token", "Import Model from Huggingface Hub", "Unfreeze Model", "Half Model", "Experimental Shared Src", "EXPERIMENTAL: LoRA Shared Diffusers Source", "512x Model", "Scheduler", "Custom Model Name", "Pretrained VAE Name or Path", "Use CPU Only (SLOW)", "Train Inpainting Model", "Train Imagic Only"],
      text: "Which model is created, loaded or trained. It does not change the research's formulas, which hold for SD 1.x and 2.x models alike.",
      section: "not covered by the research (model setup)"
    },
    {
      labels: ["Save Checkpoint to Subdirectory", "Save in .safetensors format", "Generate a .ckpt file when saving during training.", "Generate a .ckpt file when training completes.", "Generate a .ckpt file when training is canceled.", "Generate lora weights for extra networks.", "Generate lora weights when saving during training.", "Generate lora weights when training completes.", "Generate lora weights when training is canceled.", "Save separate diffusers snapshots when saving during training.", "Save separate diffusers snapshots when training completes.", "Save separate diffusers snapshots when training is canceled.", "Save Class Captions to txt"],
      text: "What files are written and when. Output only: training itself is unchanged.",
      section: "not covered by the research (saving)"
    },
    {
      labels: ["Sample Image Prompt", "Sample Prompt", "Sample Negative Prompt", "Sample Image Negative Prompt", "Sample Prompt Template File", "Sample Prompt File", "Sample Seed", "Sample Steps", "Sample CFG Scale", "Sample Width", "Sample Height", "Sampling Steps for Sample", "CFG Scale for Sample", "Sanity Sample Prompt", "Sanity Sample Negative Prompt", "Sanity Sample Seed", "Generate Classification Images Using txt2img", "Use txt2img", "Image Generation Library", "Image Generation Scheduler", "Swap Sample Faces", "Swap Prompt", "Swap Negative Prompt", "Swap Steps", "Swap Batch", "Batch Size to Simulate", "Epochs to Simulate", "Graph Smoothing Steps"],
      text: "How preview and class images are generated. They show progress; they do not change what the model learns.",
      section: "not covered by the research (image generation)"
    },
    {
      labels: ["Pause After N Epochs", "Amount of time to pause between Epochs (s)", "Amount of time to pause between Epochs, in Seconds", "Discord Webhook", "API Key", "Disable Logging", "Dry Run", "Source Path", "Dest Path", "Max Res", "Bucket Steps", "Deterministic", "Calculate Split Loss", "Disable Class Matching"],
      text: "A convenience or housekeeping setting of the extension (pauses, logging, webhooks, bucket cropping). It does not enter the research's formulas.",
      section: "not covered by the research (extension tools)"
    },
    {
      labels: ["Apply Horizontal Flip", "Center Crop", "Dynamic Image Normalization", "Shuffle Tags", "Strict Tokens", "Max Token Length", "Clip Skip", "Freeze CLIP Normalization Layers", "Freeze Spectral Norm", "Offset Noise", "Min SNR Gamma", "Use DREAM", "DREAM detail preservation", "Weight Decay", "TENC Weight Decay", "TENC Gradient Clip Norm", "AdamW Weight Decay", "Adam Beta 1", "Adam Beta 2", "Adam Epsilon", "Adam Weight Decay", "Noise scheduler", "Token Merging (ToMe)", "LoRA use buggy requires grad"],
      text: "A training option the research did not measure. Keep the extension's default unless you are testing it on purpose; the computed steps and rate assume the defaults.",
      section: "not covered by the research"
    }
  ];
  var BY_LABEL = /* @__PURE__ */ new Map();
  for (const entry of [...PARAMETER_TEXTS, ...GENERIC_TEXTS]) {
    for (const label of entry.labels) if (!BY_LABEL.has(label)) BY_LABEL.set(label, entry);
  }
  function textFor(label) {
    return BY_LABEL.get(label);
  }

  // src/ui/tooltips/tooltips.ts
  var TOOLTIP_ID = "dbc-tooltip";
  var CSS = `
#${TOOLTIP_ID}.dbc-tooltip { all: initial; position: fixed; z-index: 2147483000; max-width: 26rem; box-sizing: border-box;
  padding: 8px 10px; border-radius: 6px; font: 13px/1.45 system-ui, sans-serif; pointer-events: none;
  background: #ffffff; color: #1f2937; border: 1px solid #d1d5db; box-shadow: 0 4px 14px rgba(0,0,0,0.18); }
#${TOOLTIP_ID}.dbc-tooltip[data-theme="dark"] { background: #1f2937; color: #f3f4f6; border-color: #4b5563; }
#${TOOLTIP_ID}.dbc-tooltip[hidden] { display: none; }
#${TOOLTIP_ID} .dbc-tip-part { all: initial; display: block; font: inherit; color: inherit; margin: 0 0 4px; }
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
    tip.hidden = true;
    const style = doc.createElement("style");
    style.textContent = CSS;
    doc.head.append(style);
    doc.body.append(tip);
    const attached = /* @__PURE__ */ new WeakSet();
    let count = 0;
    let current = null;
    const extensionHints = /* @__PURE__ */ new WeakMap();
    const show = (field) => {
      const label = englishLabels(options.localization())(field.labelElement.textContent ?? "");
      const entry = textFor(label);
      if (!entry) return;
      const hint = takeTitle(field.labelElement);
      if (hint) extensionHints.set(field.labelElement, hint);
      const parts = [part(entry.text, "dbc-tip-part")];
      if (entry.live) {
        const context = options.live();
        parts.push(part(context ? liveLine(entry.live, context) : "Enter your frames in Autofill to see the numbers for your dataset.", "dbc-tip-part dbc-tip-live"));
      }
      const extensionHint = extensionHints.get(field.labelElement);
      if (extensionHint) parts.push(part(`Extension hint: ${extensionHint}`, "dbc-tip-part"));
      parts.push(part(`Research: ${entry.section}`, "dbc-tip-part dbc-tip-source"));
      tip.replaceChildren(...parts);
      tip.dataset.theme = doc.body.classList.contains(DARK_THEME_CLASS) ? "dark" : "light";
      tip.hidden = false;
      current = field.block;
      const view = doc.defaultView;
      const position = placeTooltip(field.block.getBoundingClientRect(), tip.getBoundingClientRect(), { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 });
      tip.style.setProperty("top", `${position.top}px`);
      tip.style.setProperty("left", `${position.left}px`);
    };
    const hide2 = () => {
      tip.hidden = true;
      current = null;
    };
    function part(text, className) {
      const element = doc.createElement("span");
      element.className = className;
      element.textContent = text;
      return element;
    }
    const attach = (field) => {
      if (attached.has(field.block)) return;
      attached.add(field.block);
      count++;
      field.block.addEventListener("mouseenter", () => show(field));
      field.block.addEventListener("mouseleave", hide2);
      field.block.addEventListener("focusin", () => show(field));
      field.block.addEventListener("focusout", hide2);
      for (const input2 of field.inputs) {
        const described = (input2.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
        if (!described.includes(TOOLTIP_ID)) input2.setAttribute("aria-describedby", [...described, TOOLTIP_ID].join(" "));
      }
    };
    const attachWithin = (root) => {
      for (const field of fieldBlocksIn(root)) attach(field);
    };
    const onKey = (event) => {
      if (event.key === "Escape" && current) hide2();
    };
    doc.addEventListener("keydown", onKey, true);
    attachWithin(tabElement);
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node.nodeType === 1) attachWithin(node);
      }
    });
    observer.observe(tabElement, { childList: true, subtree: true });
    return {
      element: tip,
      attachedCount: () => count,
      disconnect: () => {
        observer.disconnect();
        doc.removeEventListener("keydown", onKey, true);
        tip.remove();
        style.remove();
      }
    };
  }

  // src/ui/mount.ts
  function mountCompanion(doc, tabElement, options = {}) {
    const existing = tabElement.querySelector(":scope > [data-dbc-host]");
    if (existing) return existing;
    const host = h(doc, "div", { "data-dbc-host": "" });
    const shadow = host.attachShadow({ mode: "open" });
    const button = h(doc, "button", { type: "button", class: "autofill", "data-dbc": "autofill", "aria-expanded": "false", "aria-controls": "dbc-panel" }, "Autofill");
    const localization = options.localization ?? (() => ({}));
    const session = createSession();
    const panel = createAutofillPanel(doc, tabElement, localization, session, () => close());
    panel.element.id = "dbc-panel";
    shadow.append(h(doc, "style", {}, COMPANION_CSS), button, panel.element);
    function close() {
      panel.close();
      button.setAttribute("aria-expanded", "false");
      button.focus();
    }
    button.addEventListener("click", () => {
      if (panel.isOpen()) {
        close();
        return;
      }
      host.dataset.theme = doc.body.classList.contains(DARK_THEME_CLASS) ? "dark" : "light";
      button.setAttribute("aria-expanded", "true");
      panel.open();
    });
    tabElement.prepend(host);
    attachTooltips(doc, tabElement, { localization, live: () => liveContext(doc, tabElement, localization(), session) });
    return host;
  }

  // src/ui/start.ts
  async function startCompanion(doc, localization = () => ({})) {
    const tab = await whenTabReady(doc);
    return mountCompanion(doc, tab, { localization });
  }

  // src/entries/demo.ts
  var params = new URLSearchParams(location.search);
  var key = VERSIONS.some((version3) => version3.key === params.get("ui")) ? params.get("ui") : "HEAD";
  var version2 = catalogVersion(key);
  if (params.get("theme") === "dark") document.body.classList.add("dark");
  var page = buildDemoPage(document, document.getElementById("dbc-demo-page"), version2, {
    hideAdvanced: key === "HEAD",
    initial: { model_name: "sks-dog", "concepts_list[0].instance_data_dir": "/datasets/sks-dog", "concepts_list[0].instance_prompt": "photo of sks dog" }
  });
  if (params.get("size") === "full") addWebuiFiller(document, document.getElementById("tabs"), 15e3);
  if (params.get("lang") === "fr") localizePage(window, document.getElementById("dbc-demo-page"), FRENCH_SAMPLE);
  var saved = document.getElementById("dbc-demo-saved");
  document.getElementById("db_save_config")?.addEventListener("click", () => {
    saved.textContent = JSON.stringify(page.state(), null, 2);
  });
  var picker = document.getElementById("dbc-demo-ui");
  for (const candidate of VERSIONS) picker.append(new Option(candidate.key, candidate.key, false, candidate.key === key));
  picker.addEventListener("change", () => {
    params.set("ui", picker.value);
    location.search = params.toString();
  });
  var dark = document.getElementById("dbc-demo-dark");
  dark.checked = document.body.classList.contains("dark");
  dark.addEventListener("change", () => document.body.classList.toggle("dark", dark.checked));
  window.dreamboothDemo = { version: key, state: page.state, save: page.save };
  if (params.get("companion") !== "off") void startCompanion(document);
})();
