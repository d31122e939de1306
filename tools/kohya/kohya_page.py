"""The kohya_ss GUI itself as a test page: its own entry point (kohya_gui.py) and tabs, run under the
real Gradio it is written for, with stand-ins for torch and the other heavy modules it imports
(tools/trainers/stand_ins.py), and a launcher in place of accelerate's that starts nothing. The GUI reads its localizations, presets and assets relative to the
folder it starts in, so it starts in a temporary folder that links them; a GUI snapshot without
assets/ (master's) takes them from --assets.

usage: <gradio-5.34.2 or gradio-6.17.3>/python3 kohya_page.py --gui DIR --root EMPTY_DIR --port N
       [--language zh-CN] [--assets DIR]
Prints "ready on http://127.0.0.1:N/" once the page answers."""

import argparse
import os
import runpy
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "trainers"))
import stand_ins  # noqa: E402

# Pure-Python modules the GUI imports that the Gradio Python may lack, from Debian (python3-toml).
DEBIAN_MODULES = "/usr/lib/python3/dist-packages"
LIGHT_MODULES = ("toml",)


def gui_root(root, gui, assets):
    for name in ("kohya_gui", "kohya_gui.py", "localizations", "presets", "pyproject.toml"):
        os.symlink(os.path.join(gui, name), os.path.join(root, name))
    own = os.path.join(gui, "assets")
    os.symlink(own if os.path.isdir(own) else assets, os.path.join(root, "assets"))
    light = os.path.join(root, "debian-modules")
    os.mkdir(light)
    for module in LIGHT_MODULES:
        os.symlink(os.path.join(DEBIAN_MODULES, module), os.path.join(light, module))
    # The GUI looks for accelerate's launcher before it prints or starts a command: one that starts nothing.
    launchers = os.path.join(root, "bin")
    os.mkdir(launchers)
    launcher = os.path.join(launchers, "accelerate")
    with open(launcher, "w") as file:
        file.write("#!/bin/sh\nexit 0\n")
    os.chmod(launcher, 0o755)
    os.environ["PATH"] = f"{launchers}:{os.environ.get('PATH', '')}"
    return light


def patient_url_ok(url):
    """Gradio's launch() gives up when its own first request takes over 3 s, which rendering the whole
    GUI can on a loaded test machine; here it may take minutes. One request at a time, waited for:
    requests given up on would keep the server busy answering them."""
    import httpx

    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if httpx.head(url, timeout=120).status_code in (200, 401, 302, 303, 307):
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    return False


def announce_when_up(port):
    # As patiently as Gradio's own first request: one at a time, each waited for.
    url = f"http://127.0.0.1:{port}/"
    if patient_url_ok(url):
        print(f"ready on {url}", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gui", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--language")
    parser.add_argument("--assets")
    options = parser.parse_args()
    root = os.path.abspath(options.root)
    light = gui_root(root, os.path.abspath(options.gui), options.assets and os.path.abspath(options.assets))
    os.chdir(root)
    stand_ins.install()
    import gradio.networking

    gradio.networking.url_ok = patient_url_ok
    sys.path.insert(0, root)
    sys.path.append(light)
    sys.argv = ["kohya_gui.py", "--listen", "127.0.0.1", "--server_port", str(options.port), "--headless", "--noverify"]
    if options.language:
        sys.argv += ["--language", options.language]
    threading.Thread(target=announce_when_up, args=(options.port,), daemon=True).start()
    runpy.run_path("kohya_gui.py", run_name="__main__")


if __name__ == "__main__":
    main()
