"""The exports, judged by the trainers' own code: each file is written by the CLI (relative paths typed
in a dataset folder), its folders are made as its notes say, and the trainer's loading code reads it
from another directory (test/python/trainers/: sd-scripts' config and dataset code, OneTrainer's
TrainConfig, the kohya_ss GUI's own Dreambooth tab under its real Gradio with its Load and Print
training command handlers, whose TOML then goes through sd-scripts). What the trainer will then do is
held to the plan: optimizer steps · GA = the plan's batches (· 2 with class images, R16), the rates,
the text encoder's share (all run or none for sd-scripts, which crashes at a stop inside the run), every
planned class image drawn, no empty caption, one saved model, the warmup in each trainer's unit.

Needs ../shared/trainers, ../shared/gradio-6.17.3 and ../shared/gradio-5.34.2 beside the repository
(or DBC_SHARED), node with dist/ built (npm test builds first) and Debian's python3-toml,
python3-voluptuous, python3-imagesize and python3-torch (OneTrainer's scheduler runs on it).
"""
import json
import math
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get("DBC_SHARED", os.path.join(os.path.dirname(REPO), "shared"))
TRAINERS = os.path.join(SHARED, "trainers")
RUNNERS = os.path.join(HERE, "trainers")
CLI = os.path.join(REPO, "dist", "cli.js")
# The kohya_ss GUI and the Gradio it runs on: master on Gradio 6, the v26.0.0 release on Gradio 5.
GUIS = (("kohya_ss", "gradio-6.17.3"), ("kohya_ss-v26.0.0", "gradio-5.34.2"))



def png(side):
    """A black square PNG: every image here is square, so each trainer makes one aspect bucket."""
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\0" + b"\0" * 3 * side for _ in range(side))
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


PNG = png(64)

# The cases (D, LoRA, is refused below): the plan's options, and the model family of the files.
CASES = {
    "A": (["--frames", "20", "--te"], "sd15"),
    "B": (["--concepts", "10,15,20", "--te", "--prior"], "sd15"),
    "C": (["--frames", "20", "--te", "--resolution", "1024", "--batch-size", "2", "--grad-accum", "2",
           "--scheduler", "cosine", "--precision", "bf16"], "sdxl"),
    # Half the run with the text encoder, and a batch that does not divide the frames.
    "E": (["--frames", "25", "--te-ratio", "0.5", "--batch-size", "2"], "sd15"),
    # A scheduler the research did not measure, with a warmup: written as constant, without the warmup.
    "F": (["--frames", "20", "--te-ratio", "0.25", "--scheduler", "cosine_annealing", "--warmup-steps", "200"], "sd15"),
    # A warmup with accumulation: OneTrainer reads it in batches and divides it by GA.
    "G": (["--frames", "20", "--te", "--scheduler", "constant_with_warmup", "--warmup-steps", "100", "--grad-accum", "2"],
          "sd15"),
}
# Checkpoints asked for (the plan's steps between them); elsewhere the final model only.
SAVE_EVERY = {"A": 500, "C": 420}
FORMAT_FILES = {"sd-scripts-toml": "run.toml", "onetrainer-json": "run.json", "kohya-json": "gui.json"}


def run(command, cwd, env=None):
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise AssertionError(f"{command[:3]} exited {result.returncode}:\n{result.stderr[-3000:]}")
    return result


class Workspace:
    """A user's dataset folder: the model, output and image folders, and the exported file."""

    def __init__(self, case, export_format, args=None, family="sd15", save_every=None):
        self.root = tempfile.mkdtemp(prefix=f"dbc-{case}-{export_format}-")
        self.case = case
        self.args, family = CASES[case] if args is None else (args, family)
        save_every = SAVE_EVERY.get(case) if args is None else save_every
        with open(os.path.join(self.root, "model.safetensors"), "wb") as file:
            file.write(b"\0")
        paths = ["--model", "model.safetensors", "--output-dir", "out", "--train-data-dir", "images"]
        if "--prior" in self.args:
            paths += ["--reg-data-dir", "class"]
        self.export = run(
            ["node", CLI, *self.args, "--export", export_format, "--model-family", family, *paths,
             *(["--save-every", str(save_every)] if save_every else []),
             "--out", FORMAT_FILES[export_format]],
            cwd=self.root,
        )
        self.file = os.path.join(self.root, FORMAT_FILES[export_format])
        self.plan = json.loads(run(["node", CLI, *self.args, "--json"], cwd=self.root).stdout)
        self.make_folders()

    def make_folders(self):
        """As the notes say: the folders' names, the images in them, and captions where asked."""
        notes = self.export.stderr.splitlines()
        instance = next(line for line in notes if line.startswith("Inside the training folder"))
        folders = re.findall(r'"(\d+_[^"]+)"', instance)
        concepts = [int(count) for count in self.frames_per_concept()]
        self.assert_equal(len(folders), len(concepts), "one folder per concept")
        for folder, frames in zip(folders, concepts):
            self.fill(os.path.join(self.root, "images", folder), frames)
        reg = [line for line in notes if line.startswith("Inside the regularisation folder")]
        if reg:
            (folder,) = re.findall(r'"(\d+_[^"]+)"', reg[0])
            self.fill(os.path.join(self.root, "class", folder), self.plan["classImages"])
        for line in notes:
            caption = re.match(r'OneTrainer reads .*: in "([^"]+)", write "([^"]+)"', line)
            if caption:
                for folder_root in ("images", "class"):
                    folder = os.path.join(self.root, folder_root, caption.group(1))
                    for image in os.listdir(folder) if os.path.isdir(folder) else []:
                        with open(os.path.join(folder, image.replace(".png", ".txt")), "w") as file:
                            file.write(caption.group(2))

    def frames_per_concept(self):
        if "--concepts" in self.args:
            return self.args[self.args.index("--concepts") + 1].split(",")
        return [self.args[self.args.index("--frames") + 1]]

    @staticmethod
    def fill(folder, images):
        os.makedirs(folder, exist_ok=True)
        for index in range(images):
            with open(os.path.join(folder, f"{index:05}.png"), "wb") as file:
                file.write(PNG)

    @staticmethod
    def assert_equal(got, expected, what):
        if got != expected:
            raise AssertionError(f"{what}: {got} != {expected}")

    def close(self):
        shutil.rmtree(self.root, ignore_errors=True)


def needs_trainers():
    """The trainers' sources and the GUI's Gradio from ../shared (or DBC_SHARED); without them (a clone
    of its own) these tests are skipped with one line, and every other test still runs."""
    missing = [path for path in (os.path.join(TRAINERS, "sd-scripts"), *(os.path.join(SHARED, gradio) for _, gradio in GUIS))
               if not os.path.isdir(path)]
    if missing:
        raise unittest.SkipTest(f"trainer sources not found ({', '.join(missing)}): set DBC_SHARED to the folder holding "
                                "trainers/ and gradio-*/ (README, Tests)")


class TrainerExportsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        needs_trainers()
        cls.elsewhere = tempfile.mkdtemp(prefix="dbc-elsewhere-")
        # Pure-Python modules the GUI needs that the Gradio Python lacks: Debian's.
        cls.light = tempfile.mkdtemp(prefix="dbc-light-")
        import toml

        os.symlink(os.path.dirname(toml.__file__), os.path.join(cls.light, "toml"))
        # The GUI looks for accelerate's launcher before it prints the command.
        cls.bin = tempfile.mkdtemp(prefix="dbc-bin-")
        launcher = os.path.join(cls.bin, "accelerate")
        with open(launcher, "w") as file:
            file.write("#!/bin/sh\nexit 0\n")
        os.chmod(launcher, 0o755)

    @classmethod
    def tearDownClass(cls):
        for folder in (cls.elsewhere, cls.light, cls.bin):
            shutil.rmtree(folder, ignore_errors=True)

    def workspace(self, case, export_format):
        space = Workspace(case, export_format)
        self.addCleanup(space.close)
        return space

    def sd_scripts(self, script, config, arguments=()):
        return json.loads(run(
            [sys.executable, os.path.join(RUNNERS, "sd_scripts_run.py"), os.path.join(TRAINERS, "sd-scripts"), script, config,
             *arguments],
            cwd=self.elsewhere,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        ).stdout.splitlines()[-1])

    def expected(self, space, sd_scripts=False):
        plan = space.plan
        prior = "--prior" in space.args
        ratio = 1.0 if "--te" in space.args else float(space.args[space.args.index("--te-ratio") + 1])
        if sd_scripts and 0 < ratio < 1:
            # sd-scripts cannot stop the text encoder partway: its files are planned for the nearer share.
            ratio = 1.0 if ratio >= 0.5 else 0.0
            at = space.args.index("--te-ratio") + 1
            args = [*space.args[:at], str(ratio), *space.args[at + 1:]]
            plan = json.loads(run(["node", CLI, *args, "--json"], cwd=space.root).stdout)
        ga = int(space.args[space.args.index("--grad-accum") + 1]) if "--grad-accum" in space.args else 1
        every = SAVE_EVERY.get(space.case)
        batches = plan["maxTrainSteps"] * (2 if prior else 1)
        warmup = int(space.args[space.args.index("--warmup-steps") + 1]) if "--warmup-steps" in space.args else 0
        return {
            # The warmup keeps its share of the run, in optimizer updates.
            "warmup_updates": round(warmup / plan["schedulerSteps"] * math.ceil(batches / ga)),
            # The final model, and a checkpoint each time the plan's steps reach a multiple of `every`.
            "saves": 1 + (plan["maxTrainSteps"] // every if every else 0),
            "batches": plan["maxTrainSteps"] * (2 if prior else 1),
            "ga": ga,
            "rate": float(f"{plan['learningRate']:.4g}"),
            "ratio": ratio,
            "class_images": plan["classImages"] if prior else 0,
        }

    def assert_sd_scripts_trains_the_plan(self, space, got, script):
        want = self.expected(space, sd_scripts=True)
        self.assertEqual(got["script"], script)
        self.assertTrue(os.path.isabs(got["model"]) and os.path.isfile(got["model"]), got["model"])
        self.assertTrue(os.path.isabs(got["output_dir"]), got["output_dir"])
        self.assertEqual(got["gradient_accumulation_steps"], want["ga"])
        self.assertEqual(got["optimizer_steps"], math.ceil(want["batches"] / want["ga"]))
        self.assertLess(got["optimizer_steps"] * want["ga"] - want["batches"], want["ga"])
        self.assertEqual(got["learning_rate"], want["rate"])
        if want["ratio"] > 0:
            for rate in got["text_encoder_rates"]:
                self.assertEqual(rate, want["rate"])
        self.assertEqual(got["text_encoder_steps"], round(want["ratio"] * got["optimizer_steps"]))
        # Every planned class image is drawn each epoch, and the run covers at least one epoch of them.
        self.assertEqual(got["reg_images_used"], want["class_images"])
        self.assertGreaterEqual(got["reg_images_per_epoch"], want["class_images"])
        self.assertEqual(got["empty_captions"], 0)
        self.assertEqual(got["saves"], want["saves"])
        # The planned warmup in optimizer updates; none with constant, which sd-scripts refuses with one.
        self.assertEqual(got["lr_warmup_steps"], 0 if got["lr_scheduler"] == "constant" else want["warmup_updates"])

    def test_sd_scripts_trains_the_plan(self):
        for case in CASES:
            with self.subTest(case=case):
                space = self.workspace(case, "sd-scripts-toml")
                script = "sdxl_train.py" if CASES[case][1] == "sdxl" else "train_db.py"
                self.assertIn(f"accelerate launch {script} --config_file", space.export.stderr)
                self.assert_sd_scripts_trains_the_plan(space, self.sd_scripts(script, space.file), script)

    def test_kohya_gui_passes_the_plan_to_sd_scripts(self):
        for gui, gradio in GUIS:
            for case in CASES:
                with self.subTest(gui=gui, case=case):
                    space = self.workspace(case, "kohya-json")
                    passed = json.loads(run(
                        [os.path.join(SHARED, gradio, "python3"), os.path.join(RUNNERS, "kohya_gui_run.py"),
                         os.path.join(TRAINERS, gui), space.file, self.light],
                        cwd=self.elsewhere,
                        env={**os.environ, "PATH": f"{self.bin}:{os.environ['PATH']}"},
                    ).stdout.splitlines()[-1])
                    script = "sdxl_train.py" if CASES[case][1] == "sdxl" else "train_db.py"
                    self.assert_sd_scripts_trains_the_plan(space, self.sd_scripts(passed["script"], passed["config"], passed["arguments"]), script)

    def test_onetrainer_trains_the_plan(self):
        for case in CASES:
            # scripts/train.py keeps the preset's concepts; the UI's Load config reads its concept file.
            for loaded_by in ("train.py", "--ui"):
                with self.subTest(case=case, loaded_by=loaded_by):
                    self.assert_onetrainer_trains_the_plan(case, loaded_by)

    def assert_onetrainer_trains_the_plan(self, case, loaded_by):
        space = self.workspace(case, "onetrainer-json")
        want = self.expected(space)
        got = json.loads(run(
            [sys.executable, os.path.join(RUNNERS, "onetrainer_run.py"), os.path.join(TRAINERS, "OneTrainer"), space.file,
             *([loaded_by] if loaded_by == "--ui" else [])],
            cwd=self.elsewhere,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        ).stdout.splitlines()[-1])
        self.assertEqual(got["training_method"], "FINE_TUNE")
        self.assertEqual(got["concept_types"], ["STANDARD"] * len(got["concept_types"]))
        self.assertTrue(os.path.isabs(got["model"]) and os.path.isfile(got["model"]), got["model"])
        self.assertTrue(os.path.isabs(got["output"]), got["output"])
        # OneTrainer counts whole epochs: within half an epoch of the plan's batches.
        self.assertLessEqual(abs(got["batches"] - want["batches"]), got["batches_per_epoch"] / 2)
        self.assertEqual(got["gradient_accumulation_steps"], want["ga"])
        self.assertEqual(got["learning_rate"], want["rate"])
        self.assertEqual(got["learning_rate_scale"], 1)
        self.assertEqual(got["unet_learning_rate"], want["rate"])
        for rate, batches in zip(got["text_encoder_rates"], got["text_encoder_batches"]):
            self.assertEqual(rate, want["rate"])
            self.assertEqual(batches, round(want["ratio"] * got["batches"]))
        self.assertEqual(len(got["text_encoder_batches"]), 2 if CASES[case][1] == "sdxl" else 1)
        self.assertEqual(got["empty_captions"], 0)
        self.assertEqual(got["saves"], want["saves"])
        # OneTrainer's own scheduler, on real torch, warms up for the planned updates.
        self.assertEqual(got["warmup_updates"], want["warmup_updates"])
        # Every planned class image is drawn over the run (the research draws each once in B).
        if want["class_images"]:
            class_folder = next(path for path in got["images_drawn"] if "/class/" in path)
            self.assertEqual(got["images_drawn"][class_folder], want["class_images"])

    def test_lora_is_refused_in_one_line(self):
        for export_format in FORMAT_FILES:
            with self.subTest(export_format=export_format):
                result = subprocess.run(
                    ["node", CLI, "--frames", "20", "--lora", "--export", export_format],
                    capture_output=True, text=True,
                )
                self.assertEqual(result.returncode, 2)
                self.assertEqual(result.stdout, "")
                self.assertEqual(len(result.stderr.strip().splitlines()), 1)
                self.assertIn("LoRA", result.stderr)


if __name__ == "__main__":
    unittest.main()
