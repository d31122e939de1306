"""What the kohya_ss GUI makes of a config file: its own Dreambooth tab built under the real Gradio it
runs on, its "Load" handler fed the file and the page's own field values (each value through the
component's postprocess/preprocess, as a browser round trip does), then its "Print training command"
handler, which writes the TOML it passes to sd-scripts and prints the command. Prints
{"config": that TOML, "script": ..., "arguments": what the command adds after the config}.

usage: <gradio>/python3 kohya_gui_run.py KOHYA_SS_DIR CONFIG.json LIGHT_MODULES_DIR"""

import contextlib
import io
import json
import os
import shlex
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tools", "trainers"))
import stand_ins  # noqa: E402


def what_the_gui_passes(kohya_ss, config_file):
    stand_ins.install()
    sys.path.insert(0, kohya_ss)
    # The GUI reads its presets and localizations relative to its own folder.
    os.chdir(kohya_ss)
    import gradio as gr
    from kohya_gui import dreambooth_gui
    from kohya_gui.class_gui_config import KohyaSSGUIConfig

    with gr.Blocks():
        dreambooth_gui.dreambooth_tab(headless=True, config=KohyaSSGUIConfig(config_file_path="/nonexistent/config.toml"))
    registry = dreambooth_gui.last_built_field_registry
    entries = dreambooth_gui.last_built_gui_entries
    named = entries["components"]

    def through_the_page(component, value):
        return component.preprocess(component.postprocess(value))

    data = {component: through_the_page(component, component.value) for _, component in registry}
    data[named["dummy_headless"]] = True
    data[named["dummy_db_true"]] = True
    data[named["dummy_db_false"]] = False
    data[named["config_file_name"]] = config_file
    loaded = entries["load_configuration"](data)
    for component, value in loaded.items():
        data[component] = through_the_page(component, value)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        entries["print_command"](data)
    command = next((shlex.split(line) for line in printed.getvalue().splitlines() if "--config_file" in line), None)
    if command is None:
        raise SystemExit(f"the GUI printed no training command:\n{printed.getvalue()}")
    config = command.index("--config_file")
    return {
        "config": command[config + 1],
        "script": os.path.basename(next(arg for arg in command if arg.endswith(".py"))),
        "arguments": command[config + 2 :],
    }


if __name__ == "__main__":
    # Pure-Python modules this Python lacks (toml) come from Debian's, as the GUI's requirements list them.
    sys.path.append(sys.argv[3])
    print(json.dumps(what_the_gui_passes(os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]))))
