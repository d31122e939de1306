"""The exports, judged by sd-scripts' own training loop: train_db.py's (SDXL: sdxl_train.py's) train() runs each file to its end
on this machine's CPU (test/python/trainers/sd_scripts_train.py: real torch, the real accelerate and
learning-rate schedules, tiny real models, the real images in the folders the notes name). Held to the
plan: the run finishes (a stop of the text encoder inside the run used to crash it, a warmup with
constant to refuse it), optimizer updates = the plan's steps in sd-scripts' unit, the rate at every
update = the plan's curve (--lr-curve, where updates are its steps: GA 1, no class images), the text
encoder's weights change for the whole run or never, every planned class image is drawn, the warmup
and the checkpoints are the planned ones.

Small plans (2 frames: a few hundred updates) keep each run to seconds. Needs ../shared/trainers beside
the repository (or DBC_SHARED), node with dist/ built, and Debian's python3-torch and
python3-torchvision.
"""
import json
import math
import os
import unittest

from test_trainer_exports import CLI, RUNNERS, TRAINERS, Workspace, needs_trainers, png, run

IMAGE = png(512)


class LoopWorkspace(Workspace):
    """Images at the training resolution: sd-scripts resizes others with OpenCV, which is not here."""

    @staticmethod
    def fill(folder, images):
        os.makedirs(folder, exist_ok=True)
        for index in range(images):
            with open(os.path.join(folder, f"{index:05}.png"), "wb") as file:
                file.write(IMAGE)


# The plan's options; what sd-scripts must run for them.
CASES = {
    # A share between: planned as the whole run (it crashed at the stop before).
    "half text encoder": ["--frames", "2", "--te-ratio", "0.5"],
    # sdxl_train.py has no stop: planned as the whole run, not the half it trained past before.
    "SDXL, half text encoder": ["--frames", "2", "--te-ratio", "0.5"],
    # An unmeasured scheduler with a warmup: constant without it (sd-scripts refused to start before).
    "unmeasured scheduler with warmup": ["--frames", "2", "--te-ratio", "0.25", "--scheduler", "cosine_annealing",
                                         "--warmup-steps", "20"],
    # The research's linear with a warmup, and checkpoints.
    "linear with warmup, checkpoints": ["--frames", "2", "--te", "--scheduler", "linear", "--warmup-steps", "20"],
    # Class images and accumulation.
    "class images, accumulation 2": ["--frames", "2", "--te", "--prior", "--grad-accum", "2"],
}
# A checkpoint every N of the plan's steps, where asked; elsewhere the final model only.
SAVE_EVERY = {"linear with warmup, checkpoints": 150}
FAMILY = {"SDXL, half text encoder": "sdxl"}


class SdScriptsLoopTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        needs_trainers()

    def train(self, args, family, save_every):
        space = LoopWorkspace("loop", "sd-scripts-toml", args, family, save_every)
        self.addCleanup(space.close)
        script = "sdxl_train.py" if family == "sdxl" else "train_db.py"
        outcome = json.loads(run(
            ["/usr/bin/python3", os.path.join(RUNNERS, "sd_scripts_train.py"), TRAINERS, script, space.file],
            cwd=space.root,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        ).stdout.splitlines()[-1])
        return space, outcome

    def test_the_runs_finish_as_planned(self):
        for name, args in CASES.items():
            with self.subTest(name):
                every = SAVE_EVERY.get(name)
                space, got = self.train(args, FAMILY.get(name, "sd15"), every)
                self.assertIsNone(got["error"], got.get("traceback"))
                with open(space.file, encoding="utf-8") as file:
                    toml = file.read()
                ratio = 1.0 if "--te" in args else float(args[args.index("--te-ratio") + 1])
                runnable = 1.0 if ratio >= 0.5 else 0.0
                at = args.index("--te-ratio") + 1 if "--te-ratio" in args else None
                plan_args = args if at is None else [*args[:at], str(runnable), *args[at + 1:]]
                plan = json.loads(run(["node", CLI, *plan_args, "--json"], cwd=space.root).stdout)
                prior = "--prior" in args
                ga = int(args[args.index("--grad-accum") + 1]) if "--grad-accum" in args else 1
                updates = math.ceil(plan["maxTrainSteps"] * (2 if prior else 1) / ga)
                self.assertEqual(got["updates"], updates)
                # The text encoder trains all run (its weights change at the last update), or never.
                self.assertEqual(got["text_encoder_last_update"], updates if runnable else 0)
                if prior:
                    self.assertEqual(got["class_images_drawn"], plan["classImages"])
                self.assertEqual(got["instance_images_drawn"], 2)
                if every:
                    # A checkpoint every `every` of the plan's steps (here updates), then the final model.
                    self.assertEqual(len(got["saves"]), plan["maxTrainSteps"] // every + 1, got["saves"])
                else:
                    self.assertEqual(len(got["saves"]), 1, got["saves"])
                if "lr_scheduler = \"constant\"" in toml:
                    self.assertEqual(set(got["rates"]), {got["rates"][0]})
                if ga == 1 and not prior:
                    self.assert_rates_follow_the_curve(space, plan_args, got["rates"])

    def assert_rates_follow_the_curve(self, space, args, rates):
        curve = json.loads(run(["node", CLI, *args, "--lr-curve"], cwd=space.root).stdout)
        planned = curve["planned"]
        if planned is None:
            # A scheduler the research has no curve for is written as constant at the planned rate.
            self.assertEqual(set(rates), {curve["learningRate"]})
            return
        for point in planned["points"]:
            self.assertAlmostEqual(rates[point["step"]], point["rate"], delta=1e-6 * curve["learningRate"],
                                   msg=f"update {point['step']}")


if __name__ == "__main__":
    unittest.main()
