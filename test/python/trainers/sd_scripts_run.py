"""What sd-scripts will do with a --config_file: its own argument, config and dataset code (train_db.py,
or sdxl_train.py for SDXL) run with stand-ins for torch and the rest, and the training loop's counting
(train_db.py main) applied to the dataset it builds. Prints the run as JSON.

usage: sd_scripts_run.py SD_SCRIPTS_DIR train_db.py|sdxl_train.py CONFIG.toml [ARGUMENT ...]"""

import json
import math
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tools", "trainers"))
import stand_ins  # noqa: E402


def what_sd_scripts_does(sd_scripts, script_name, config_file, arguments=()):
    stand_ins.install()
    sys.path.insert(0, sd_scripts)
    from library import config_util, train_util

    sdxl = script_name == "sdxl_train.py"
    script = __import__(script_name.removesuffix(".py"))
    parser = script.setup_parser()
    # As `accelerate launch <script> --config_file <file> ...` starts it: argv is parsed again over the config.
    sys.argv = [script_name, "--config_file", config_file, *arguments]
    args = parser.parse_args()
    args = train_util.read_config_from_file(args, parser)
    train_util.verify_training_args(args)
    train_util.prepare_dataset_args(args, sdxl)

    # train_db.py main / sdxl_train.py train: the dataset from the folders' names.
    sanitizer = config_util.ConfigSanitizer(True, True, args.masked_loss, True) if sdxl else config_util.ConfigSanitizer(True, False, args.masked_loss, True)
    user_config = {
        "datasets": [
            {"subsets": config_util.generate_dreambooth_subsets_config_by_subdirs(args.train_data_dir, args.reg_data_dir)}
        ]
    }
    blueprint = config_util.BlueprintGenerator(sanitizer).generate(user_config, args)
    group, _ = config_util.generate_dataset_group_by_blueprint(blueprint.dataset_group)
    dataset = group.datasets[0]

    # The DataLoader has batch_size 1 over the dataset's batches (train_db.py).
    batches_per_epoch = len(group)
    ga = args.gradient_accumulation_steps
    max_train_steps = args.max_train_steps
    if args.max_train_epochs is not None:
        max_train_steps = args.max_train_epochs * math.ceil(batches_per_epoch / ga)
    steps_per_epoch = math.ceil(batches_per_epoch / ga)
    epochs = math.ceil(max_train_steps / steps_per_epoch)

    if sdxl:
        te_rates = [args.learning_rate_te1, args.learning_rate_te2]
        te_rates = [args.learning_rate if rate is None else rate for rate in te_rates]
        trains_te = bool(args.train_text_encoder) and any(rate != 0 for rate in te_rates)
        te_steps = max_train_steps if trains_te else 0
    else:
        te_rates = [args.learning_rate if args.learning_rate_te is None else args.learning_rate_te]
        stop = args.stop_text_encoder_training
        trains_te = stop is None or stop >= 0
        te_steps = 0 if not trains_te else max_train_steps if stop is None else min(stop, max_train_steps)

    # Checkpoints: every N epochs / steps when set (train_util.save_sd_model_on_epoch_end_or_stepwise), and the final one.
    saves = 1
    if args.save_every_n_epochs:
        saves += len([e for e in range(1, epochs + 1) if e % args.save_every_n_epochs == 0 and e < epochs])
    if args.save_every_n_steps:
        # train_db.py: after each optimizer step, when global_step % save_every_n_steps == 0.
        saves += max_train_steps // args.save_every_n_steps

    infos = list(dataset.image_data.values())
    return {
        "script": "sdxl_train.py" if sdxl else "train_db.py",
        "model": args.pretrained_model_name_or_path,
        "output_dir": args.output_dir,
        "batch_size": args.train_batch_size,
        "gradient_accumulation_steps": ga,
        "batches_per_epoch": batches_per_epoch,
        "epochs": epochs,
        "optimizer_steps": max_train_steps,
        "learning_rate": args.learning_rate,
        "text_encoder_rates": te_rates,
        "text_encoder_steps": te_steps,
        "lr_scheduler": args.lr_scheduler,
        "lr_warmup_steps": args.lr_warmup_steps,
        "mixed_precision": args.mixed_precision,
        "resolution": list(args.resolution),
        "v2": bool(getattr(args, "v2", False)),
        "saves": saves,
        "train_images": dataset.num_train_images,
        "reg_images_used": len([info for info in infos if info.is_reg]),
        "reg_images_per_epoch": sum(info.num_repeats for info in infos if info.is_reg),
        "empty_captions": len([info for info in infos if not info.caption]),
        "captions": sorted({info.caption for info in infos}),
    }


if __name__ == "__main__":
    print(json.dumps(what_sd_scripts_does(os.path.abspath(sys.argv[1]), sys.argv[2], os.path.abspath(sys.argv[3]), sys.argv[4:])))
