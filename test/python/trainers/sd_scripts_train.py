"""sd-scripts' own training loop, run to its end on this machine's CPU: train_db.py's (or
sdxl_train.py's) train() on a --config_file (and the arguments after it), with real torch (Debian's python3-torch), the real
accelerate sd-scripts pins (../shared/trainers/accelerate-1.6.0) and the learning-rate schedules it
takes from transformers, which are diffusers 0.32.1's optimization.py (the same lambdas, same
defaults). Its dataset is the real folders' real images.

Replaced, because they cannot run here, each with the semantics the loop relies on:
- the models: tiny real nn.Modules with the call signatures the loop uses (text encoder: token ids ->
  hidden states; VAE: encode(images).latent_dist.sample(); UNet: (latents, t, states).sample, for
  SDXL (latents, t, states, vector) -> noise);
- the CLIP tokenizers (no vocabulary here): every caption is the same fixed-length ids;
- diffusers' DDPM noise scheduler: its scaled-linear alphas and add_noise;
- writing a checkpoint: sd-scripts decides when and where to save; what it would write is recorded;
- the transformers schedule types diffusers lacks (inverse_sqrt, cosine_with_min_lr, ...) exist as
  names only, so sd-scripts' comparisons with them run.

Prints what the run did as JSON: the optimizer updates, the learning rate at each update, the last
update that changed the text encoder's weights, the images drawn (instance and class), the saves; or
the exception that ended it.

usage: sd_scripts_train.py SHARED_TRAINERS_DIR train_db.py|sdxl_train.py CONFIG.toml [ARGUMENT ...]"""

import enum
import json
import os
import sys
import traceback
import types

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tools", "trainers"))
import stand_ins  # noqa: E402

TOKENS = 77
WIDTH = 8


def schedules_module(diffusers_src):
    """diffusers 0.32.1's optimization.py as a module of its own (its logger is the standard one)."""
    path = os.path.join(diffusers_src, "diffusers", "optimization.py")
    with open(path, encoding="utf-8") as file:
        source = file.read()
    source = source.replace("from .utils import logging", "import logging").replace(
        "logging.get_logger(__name__)", "logging.getLogger(__name__)"
    )
    module = types.ModuleType("diffusers.optimization")
    exec(compile(source, path, "exec"), module.__dict__)
    return module


def transformers_schedules(diffusers):
    """transformers.optimization as sd-scripts uses it: its SchedulerType (with the names diffusers'
    lacks) and the schedule functions, which for the types here are diffusers'."""
    names = {member.name: member.value for member in diffusers.SchedulerType}
    names.update(INVERSE_SQRT="inverse_sqrt", REDUCE_ON_PLATEAU="reduce_lr_on_plateau",
                 COSINE_WITH_MIN_LR="cosine_with_min_lr", WARMUP_STABLE_DECAY="warmup_stable_decay")
    scheduler_type = enum.Enum("SchedulerType", names)
    module = types.ModuleType("transformers.optimization")
    module.SchedulerType = scheduler_type
    module.TYPE_TO_SCHEDULER_FUNCTION = {
        scheduler_type(kind.value): function for kind, function in diffusers.TYPE_TO_SCHEDULER_FUNCTION.items()
    }
    return module


def tiny_models(torch):
    nn = torch.nn

    class Output:
        def __init__(self, sample):
            self.sample = sample

    class TextEncoder(nn.Module):
        """CLIP's layout where the loop reaches into it (sdxl_train.py freezes the last layer)."""

        def __init__(self):
            super().__init__()
            self.text_model = nn.Module()
            self.text_model.embeddings = nn.Embedding(49408, WIDTH)
            self.text_model.encoder = nn.Module()
            self.text_model.encoder.layers = nn.ModuleList([nn.Linear(WIDTH, WIDTH), nn.Linear(WIDTH, WIDTH)])
            self.text_model.final_layer_norm = nn.LayerNorm(WIDTH)

        def forward(self, input_ids, output_hidden_states=None, return_dict=None):
            states = self.text_model.embeddings(input_ids)
            for layer in self.text_model.encoder.layers:
                states = layer(states)
            states = self.text_model.final_layer_norm(states)
            return {"last_hidden_state": states, "hidden_states": [states]}

        def gradient_checkpointing_enable(self):
            pass

    class Latents:
        def __init__(self, latents):
            self.latents = latents

        def sample(self):
            return self.latents

    class Vae(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(3, 4, 8, stride=8)
            self.dtype = torch.float32

        def encode(self, images):
            return types.SimpleNamespace(latent_dist=Latents(self.conv(images)))

    class Unet(nn.Module):
        def __init__(self, states=WIDTH):
            super().__init__()
            self.conv = nn.Conv2d(4, 4, 3, padding=1)
            self.condition = nn.Linear(states, 4)

        def forward(self, latents, timesteps, encoder_hidden_states):
            shift = self.condition(encoder_hidden_states.mean(dim=1))[:, :, None, None]
            return Output(self.conv(latents) + shift)

        def enable_gradient_checkpointing(self):
            pass

    class SdxlUnet(Unet):
        """Both text encoders' states side by side, and the pooled/size vector."""

        def __init__(self):
            super().__init__(2 * WIDTH)

        def forward(self, latents, timesteps, text_embedding, vector_embedding):
            return super().forward(latents, timesteps, text_embedding).sample + vector_embedding.mean() * 0

    return TextEncoder, Vae, Unet, SdxlUnet


class Ddpm:
    """diffusers' DDPMScheduler as the loop uses it (scaled_linear betas, add_noise)."""

    def __init__(self, torch, beta_start, beta_end, num_train_timesteps, **_):
        self.torch = torch
        betas = torch.linspace(beta_start**0.5, beta_end**0.5, num_train_timesteps, dtype=torch.float32) ** 2
        self.alphas_cumprod = torch.cumprod(1.0 - betas, dim=0)
        self.config = types.SimpleNamespace(num_train_timesteps=num_train_timesteps, prediction_type="epsilon")

    def add_noise(self, samples, noise, timesteps):
        alpha = self.alphas_cumprod[timesteps].sqrt()[:, None, None, None]
        sigma = (1 - self.alphas_cumprod[timesteps]).sqrt()[:, None, None, None]
        return alpha * samples + sigma * noise

    def get_velocity(self, samples, noise, timesteps):
        alpha = self.alphas_cumprod[timesteps].sqrt()[:, None, None, None]
        sigma = (1 - self.alphas_cumprod[timesteps]).sqrt()[:, None, None, None]
        return alpha * noise - sigma * samples


def train(trainers, script_name, config_file, arguments):
    stand_ins.install()
    sys.path.insert(0, os.path.join(trainers, "accelerate-1.6.0", "src"))
    sd_scripts = os.path.join(trainers, "sd-scripts")
    sys.path.insert(0, sd_scripts)
    import torch

    diffusers_schedules = schedules_module(os.path.join(trainers, "diffusers-0.32.1", "src"))
    sys.modules["diffusers.optimization"] = diffusers_schedules
    sys.modules["transformers.optimization"] = transformers_schedules(diffusers_schedules)
    import diffusers
    import transformers

    diffusers.optimization = sys.modules["diffusers.optimization"]
    transformers.optimization = sys.modules["transformers.optimization"]
    diffusers.DDPMScheduler = lambda **config: Ddpm(torch, **config)

    script = __import__(script_name.removesuffix(".py"))
    from library import model_util, sdxl_model_util, sdxl_train_util, strategy_sd, strategy_sdxl, train_util

    TextEncoder, Vae, Unet, SdxlUnet = tiny_models(torch)
    models = {"text_encoders": []}

    def text_encoder_weights():
        return [weight for encoder in models["text_encoders"] for weight in encoder.parameters()]

    def load_target_model(args, weight_dtype, accelerator, unet_use_linear_projection_in_v2=False):
        models.update(text_encoders=[TextEncoder()], vae=Vae(), unet=Unet())
        models["start"] = [weight.detach().clone() for weight in text_encoder_weights()]
        return models["text_encoders"][0], models["vae"], models["unet"], True

    def load_sdxl_model(args, accelerator, model_version, weight_dtype):
        models.update(text_encoders=[TextEncoder(), TextEncoder()], vae=Vae(), unet=SdxlUnet())
        models["start"] = [weight.detach().clone() for weight in text_encoder_weights()]
        first, second = models["text_encoders"]
        return True, first, second, models["vae"], models["unet"], None, None

    class Tokenize(strategy_sd.SdTokenizeStrategy):
        def __init__(self, *args, **kwargs):
            self.tokenizer = None
            self.max_length = TOKENS

        def tokenize(self, text):
            return [torch.zeros((1, TOKENS), dtype=torch.long)]

    class Encode(strategy_sd.SdTextEncodingStrategy):
        def encode_tokens(self, tokenize_strategy, models_, tokens):
            return [models_[0](tokens[0].reshape(-1, TOKENS))["last_hidden_state"]]

    class SdxlTokenize(strategy_sdxl.SdxlTokenizeStrategy):
        def __init__(self, *args, **kwargs):
            self.tokenizer1 = self.tokenizer2 = None
            self.max_length = TOKENS

        def tokenize(self, text):
            return [torch.zeros((1, TOKENS), dtype=torch.long), torch.zeros((1, TOKENS), dtype=torch.long)]

    class SdxlEncode(strategy_sdxl.SdxlTextEncodingStrategy):
        def encode_tokens(self, tokenize_strategy, models_, tokens):
            first = models_[0](tokens[0].reshape(-1, TOKENS))["last_hidden_state"]
            second = models_[1](tokens[1].reshape(-1, TOKENS))["last_hidden_state"]
            return first, second, second.mean(dim=1)

    saves = []
    train_util.load_target_model = load_target_model
    sdxl_train_util.load_target_model = load_sdxl_model
    train_util.replace_unet_modules = lambda *args, **kwargs: None
    strategy_sd.SdTokenizeStrategy = Tokenize
    strategy_sd.SdTextEncodingStrategy = Encode
    strategy_sdxl.SdxlTokenizeStrategy = SdxlTokenize
    strategy_sdxl.SdxlTextEncodingStrategy = SdxlEncode
    model_util.save_stable_diffusion_checkpoint = lambda v2, file, *args, **kwargs: saves.append(os.path.basename(file))
    model_util.save_diffusers_checkpoint = lambda v2, folder, *args, **kwargs: saves.append(os.path.basename(folder))
    sdxl_model_util.save_stable_diffusion_checkpoint = lambda file, *args, **kwargs: saves.append(os.path.basename(file))
    sdxl_model_util.save_diffusers_checkpoint = lambda folder, *args, **kwargs: saves.append(os.path.basename(folder))

    # What the loop does, watched where it happens: each update's rate, the text encoder's weights after
    # it, and the images each batch draws.
    rates, text_encoder_changed, drawn = [], [], {}

    def get_item(dataset, index, original=train_util.DreamBoothDataset.__getitem__):
        # The batch's images, found as BaseDataset.__getitem__ finds them.
        where = dataset.buckets_indices[index]
        start = where.batch_index * where.bucket_batch_size
        for key in dataset.bucket_manager.buckets[where.bucket_index][start : start + where.bucket_batch_size]:
            drawn.setdefault("class" if dataset.image_data[key].is_reg else "instance", set()).add(key)
        return original(dataset, index)

    train_util.DreamBoothDataset.__getitem__ = get_item
    args_holder = {}

    def watched_accelerator(args):
        accelerator = prepare_accelerator(args)
        args_holder["accelerator"] = accelerator
        return accelerator

    prepare_accelerator = train_util.prepare_accelerator
    train_util.prepare_accelerator = watched_accelerator

    parser = script.setup_parser()
    # The DataLoader in this process (its batches are the same), so that the images it draws are seen.
    sys.argv = [script_name, "--config_file", config_file, *arguments, "--max_data_loader_n_workers", "0"]
    args = parser.parse_args()
    args = train_util.read_config_from_file(args, parser)

    def record(optimizer_step):
        def step(self, *a, **k):
            result = optimizer_step(self, *a, **k)
            accelerator = args_holder.get("accelerator")
            if accelerator is None or accelerator.sync_gradients:
                rates.append(self.param_groups[0]["lr"])
                weights = text_encoder_weights()
                changed = any(not torch.equal(now, before) for now, before in zip(weights, models["start"]))
                text_encoder_changed.append(changed)
                models["start"] = [weight.detach().clone() for weight in weights]
            return result

        return step

    torch.optim.AdamW.step = record(torch.optim.AdamW.step)
    outcome = {"error": None}
    try:
        script.train(args)
    except Exception as error:  # the run's end, as a user sees it
        outcome["error"] = f"{type(error).__name__}: {error}"
        outcome["traceback"] = traceback.format_exc()[-2000:]
    changed_at = [index + 1 for index, changed in enumerate(text_encoder_changed) if changed]
    outcome.update(
        updates=len(rates),
        rates=rates,
        text_encoder_last_update=changed_at[-1] if changed_at else 0,
        text_encoder_updates=len(changed_at),
        instance_images_drawn=len(drawn.get("instance", ())),
        class_images_drawn=len(drawn.get("class", ())),
        saves=saves,
    )
    return outcome


if __name__ == "__main__":
    print(json.dumps(train(os.path.abspath(sys.argv[1]), sys.argv[2], os.path.abspath(sys.argv[3]), sys.argv[4:])))
