"""Stand-ins for the heavy modules the trainers and the kohya_ss GUI import at module level (torch,
diffusers, transformers, accelerate, ...), for those the running Python does not have: any attribute
is another stand-in, usable as a value, a call, a decorator or a base class. The trainers' own
configuration and dataset code then runs as written, on Debian's Python or the one Gradio 5/6 runs on
(whose real Gradio stays)."""

import importlib
import importlib.abc
import importlib.machinery
import sys
import types

HEAVY = (
    "torch", "torchvision", "diffusers", "transformers", "accelerate", "safetensors", "cv2", "einops",
    "huggingface_hub", "open_clip", "bitsandbytes", "xformers", "lycoris", "prodigyopt", "wandb",
    "tensorboard", "deepspeed", "triton", "sentencepiece", "tokenizers", "timm", "omegaconf",
    "lightning", "pytorch_lightning", "mgds", "gradio", "ftfy", "imwatermark", "torchao", "optimum",
    "peft", "kornia", "k_diffusion", "easygui", "psutil", "tkinter", "rich", "parse",
)


class _StandInMeta(type):
    """A stand-in is a class: its attributes, calls and items are stand-ins again. A trainer's class
    that derives from one (a Dataset, a Module) is an ordinary class."""

    def __getattr__(cls, name):
        if not _is_stand_in(cls) or (name.startswith("__") and name.endswith("__")):
            raise AttributeError(name)
        return stand_in(f"{cls.__name__}.{name}")

    def __call__(cls, *args, **kwargs):
        if not _is_stand_in(cls):
            return type.__call__(cls, *args, **kwargs)
        # A decorator used bare (@torch.no_grad) keeps the function it decorates.
        if len(args) == 1 and not kwargs and callable(args[0]) and not isinstance(args[0], _StandInMeta):
            return args[0]
        return cls

    def __getitem__(cls, item):
        return cls

    def __iter__(cls):
        return iter(())

    def __bool__(cls):
        return not _is_stand_in(cls)

    def __or__(cls, other):
        return cls

    __ror__ = __or__

    def __enter__(cls):
        return cls

    def __exit__(cls, *exc):
        return False


def _is_stand_in(cls):
    return cls.__dict__.get("_stand_in", False)


def stand_in(name):
    return _StandInMeta(name, (), {"_stand_in": True, "__init__": lambda self, *args, **kwargs: None})


class _StandInModule(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        full = f"{self.__name__}.{name}"
        # torch.utils.data reached as attributes (`import torch` then torch.utils.data.X) is the module too.
        if any(key == full or key.startswith(f"{full}.") for key in FAITHFUL):
            value = importlib.import_module(full)
        else:
            value = stand_in(full)
        setattr(self, name, value)
        return value


class _Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path, target=None):
        top = fullname.split(".")[0]
        if top not in HEAVY:
            return None
        # Only what this Python does not have: the real Gradio (and its huggingface_hub) runs as it is.
        stood_in = isinstance(sys.modules.get(top), _StandInModule)
        if stood_in or (top == fullname and importlib.machinery.PathFinder.find_spec(top) is None):
            return importlib.machinery.ModuleSpec(fullname, self, is_package=True)
        return None

    def create_module(self, spec):
        module = _StandInModule(spec.name)
        module.__path__ = []
        return module

    def exec_module(self, module):
        for name, value in FAITHFUL.get(module.__name__, {}).items():
            setattr(module, name, value)


class _Dataset:
    pass


class _ConcatDataset(_Dataset):
    """torch.utils.data.ConcatDataset as far as counting goes: its datasets, and their summed length."""

    def __init__(self, datasets):
        self.datasets = list(datasets)

    def __len__(self):
        return sum(len(dataset) for dataset in self.datasets)


# What the counting really depends on is not a stand-in but behaves as torch's does.
FAITHFUL = {
    "torch": {"__version__": "2.8.0"},
    "torch.utils.data": {"Dataset": _Dataset, "ConcatDataset": _ConcatDataset},
}


def install():
    if not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
