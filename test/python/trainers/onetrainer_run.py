"""What OneTrainer will do with a config: loaded as scripts/train.py loads --config-path
(TrainConfig.default_values().from_dict(..., migrate=True)) or as its UI's Load config does, with
stand-ins for torch and the rest, and
its counting applied to the concepts' folders: an epoch draws each concept's images times its
balancing (REPEATS) or that many of them (SAMPLES), sorted into batches of batch_size with each aspect bucket's incomplete batch
dropped (mgds AspectBatchSorting; one bucket here: every test image is square); GenericTrainer's step
counter counts batches and the optimizer updates every gradient_accumulation_steps of them. Its own
learning-rate scheduler (modules/util/create.py create_lr_scheduler, as GenericTrainer makes it) runs
on real torch where the machine has it, over every update of the run: the warmup is the updates
before the rate first reaches its peak. Prints the run as JSON.

usage: onetrainer_run.py ONETRAINER_DIR CONFIG.json [--ui]   (--ui: as its UI's Load config loads it)"""

import json
import math
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tools", "trainers"))
import stand_ins  # noqa: E402

IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".webp", ".bmp")


ONETRAINER = ""


def what_onetrainer_does(onetrainer, config_file, through_ui=False):
    global ONETRAINER
    ONETRAINER = onetrainer
    stand_ins.install()
    sys.path.insert(0, onetrainer)
    from modules.util.config.TrainConfig import TrainConfig
    from modules.util.enum.TimeUnit import TimeUnit

    from modules.util.config.ConceptConfig import ConceptConfig

    with open(config_file, encoding="utf-8") as file:
        loaded = json.load(file)
    if through_ui:
        # The UI's Load config (TopBarController.load_config_from_file) keeps no inline concepts.
        config = TrainConfig.default_values().from_dict(loaded, migrate=True).to_unpacked_config()
    else:
        config = TrainConfig.default_values()
        config.from_dict(loaded, migrate=True)
    # DataLoaderMgdsMixin: the inline concepts, else those of concept_file_name.
    concepts = config.concepts
    if concepts is None:
        with open(config.concept_file_name, encoding="utf-8") as file:
            concepts = [ConceptConfig.default_values().from_dict(concept) for concept in json.load(file)]

    samples = 0
    captions = []
    drawn = {}
    for concept in concepts:
        if not concept.enabled:
            continue
        images = sorted(name for name in os.listdir(concept.path) if name.lower().endswith(IMAGE_EXTENSIONS))
        # mgds VariationSorting: REPEATS draws ⌊images · balancing⌋ an epoch, SAMPLES ⌊balancing⌋, each
        # epoch going on where the last stopped.
        per_epoch = int(concept.balancing) if str(concept.balancing_strategy) == "SAMPLES" else math.floor(len(images) * concept.balancing)
        samples += per_epoch
        drawn[concept.path] = (per_epoch, len(images))
        for image in images:
            caption_file = os.path.join(concept.path, os.path.splitext(image)[0] + ".txt")
            captions.append(open(caption_file, encoding="utf-8").read().strip() if os.path.isfile(caption_file) else "")
    batches_per_epoch = samples // config.batch_size
    batches = config.epochs * batches_per_epoch
    images_drawn = {path: min(count, config.epochs * per_epoch) for path, (per_epoch, count) in drawn.items()}

    def trained_batches(part):
        if not part.train:
            return 0
        unit = part.stop_training_after_unit
        if unit == TimeUnit.NEVER:
            return batches
        if unit == TimeUnit.STEP:
            return min(batches, int(part.stop_training_after))
        if unit == TimeUnit.EPOCH:
            return min(batches, int(part.stop_training_after) * batches_per_epoch)
        raise ValueError(f"unit {unit}")

    saves = 1
    if config.save_every_unit == TimeUnit.EPOCH and config.save_every > 0:
        saves += (config.epochs - 1) // config.save_every
    elif config.save_every_unit == TimeUnit.STEP and config.save_every > 0:
        # TimedActionMixin.repeating_action_needed: when (global_step + 1) % save_every == 0.
        saves += batches // config.save_every

    updates = batches // config.gradient_accumulation_steps
    warmup_updates = warmup_in_updates(config, batches_per_epoch, updates)

    parts = {"text_encoder": config.text_encoder}
    if config.model_type.is_stable_diffusion_xl():
        parts["text_encoder_2"] = config.text_encoder_2
    return {
        "training_method": str(config.training_method),
        "model_type": str(config.model_type),
        "model": config.base_model_name,
        "output": config.output_model_destination,
        "epochs": config.epochs,
        "batch_size": config.batch_size,
        "gradient_accumulation_steps": config.gradient_accumulation_steps,
        "batches_per_epoch": batches_per_epoch,
        "batches": batches,
        "learning_rate": config.learning_rate,
        "learning_rate_scale": config.learning_rate_scaler.get_scale(config.batch_size, config.gradient_accumulation_steps),
        "unet_learning_rate": config.unet.learning_rate,
        "text_encoder_rates": [part.learning_rate for part in parts.values()],
        "text_encoder_batches": [trained_batches(part) for part in parts.values()],
        "scheduler": str(config.learning_rate_scheduler),
        "warmup_steps": config.learning_rate_warmup_steps,
        "warmup_updates": warmup_updates,
        "resolution": config.resolution,
        "train_dtype": str(config.train_dtype),
        "saves": saves,
        "concept_types": [str(concept.type) for concept in concepts],
        "images_drawn": images_drawn,
        "empty_captions": len([caption for caption in captions if not caption]),
    }


def own_function(path, name):
    """One function of OneTrainer's, compiled from its own source: its module as a whole imports
    kernels that need a newer torch than Debian's, the function itself needs only these names."""
    import __future__
    import ast

    import torch
    from torch.optim.lr_scheduler import LambdaLR, SequentialLR

    from modules.util import lr_scheduler_util
    from modules.util.enum.LearningRateScheduler import LearningRateScheduler

    with open(path, encoding="utf-8") as file:
        tree = ast.parse(file.read(), path)
    (function,) = [node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == name]
    names = {"torch": torch, "LambdaLR": LambdaLR, "SequentialLR": SequentialLR, "LearningRateScheduler": LearningRateScheduler}
    names.update({key: value for key, value in vars(lr_scheduler_util).items() if key.startswith("lr_lambda")})
    # Its annotations name classes of the module it is taken out of: left unevaluated.
    code = compile(ast.Module(body=[function], type_ignores=[]), path, "exec", flags=__future__.annotations.compiler_flag)
    exec(code, names)
    return names[name]


def warmup_in_updates(config, batches_per_epoch, updates):
    """The updates OneTrainer's own scheduler spends warming up (None without real torch)."""
    try:
        import torch
        from torch.optim import SGD
    except ImportError:
        return None
    if isinstance(torch, type) or not hasattr(torch, "nn"):
        return None
    create_lr_scheduler = own_function(os.path.join(ONETRAINER, "modules", "util", "create.py"), "create_lr_scheduler")

    weight = torch.nn.Parameter(torch.zeros(1))
    optimizer = SGD([weight], lr=config.learning_rate or 1.0)
    scheduler = create_lr_scheduler(
        config=config,
        optimizer=optimizer,
        learning_rate_scheduler=config.learning_rate_scheduler,
        warmup_steps=config.learning_rate_warmup_steps,
        num_cycles=config.learning_rate_cycles,
        min_factor=config.learning_rate_min_factor,
        num_epochs=config.epochs,
        approximate_epoch_length=batches_per_epoch,
        batch_size=config.batch_size,
        gradient_accumulation_steps=config.gradient_accumulation_steps,
    )
    rates = []
    for _ in range(updates):
        rates.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        scheduler.step()
    return rates.index(max(rates)) if rates else 0


if __name__ == "__main__":
    print(json.dumps(what_onetrainer_does(os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), "--ui" in sys.argv[3:])))
