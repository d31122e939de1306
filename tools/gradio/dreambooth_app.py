"""A real Gradio 3.41.2 page laid out like the WebUI with the Dreambooth tab, for browser tests.

The tab is rebuilt from the extension's field catalog (src/demo/catalog.json, extracted from the
reference dreambooth-fields.json): its tabs, accordions, concept panels, labels, component kinds,
ranges and element ids. "Save Settings" sends every saved field to Python, which keeps what it
received; GET /dbc-test/received answers it as JSON. That is what the tests compare with the plan:
Gradio's own answer, not what the page displays.

The page is served the way A1111 serves it: the HTML template is patched to carry the localization
map and stand-ins of A1111's script.js (gradioApp, onUiLoaded, onUiUpdate, onAfterUiUpdate,
onOptionsAvailable, onOptionsChanged) and of the part of its ui.js that fills `opts` from the hidden
settings JSON, in the order of A1111 1.6–1.10 (`--page-order 1.10`: 200 ms after the page went quiet,
after every onUiLoaded callback) or of 1.0–1.5 (`--page-order 1.5`: in the mutation that runs them),
plus, when asked, the companion's A1111 script and a localization mode that rewrites labels. The
Settings tab holds the companion's options and an "Apply settings" that, as A1111's does, has Python
store them and send the new settings JSON back to the page.

Run with Debian's Python and the Gradio in ../shared (see tools/gradio-page.mjs):
  dreambooth_app.py --port 7899 [--ui HEAD|2022-12-20|...] [--localization FILE] [--bilingual FILE]
                    [--companion javascript/dreambooth-companion.js] [--show-advanced] [--concepts N]
                    [--webui-module scripts/dreambooth_companion.py] [--auth USER:PASSWORD]
                    [--page-order 1.10|1.5]
"""
import argparse
import contextlib
import importlib.util
import json
import pathlib
import re
import sys
import tempfile
import types

import gradio as gr
import gradio.routes
from gradio.context import Context

HERE = pathlib.Path(__file__).resolve().parent
CATALOG = HERE.parent.parent / "src" / "demo" / "catalog.json"

# A1111's script.js, reduced to what extensions call: run callbacks once the UI is there, on every
# later change of the page, and once it has been quiet for 200 ms; and the options callbacks.
A1111_SCRIPT = """
function gradioApp() {
  const app = document.getElementsByTagName('gradio-app')[0];
  return app && app.shadowRoot ? app.shadowRoot : document;
}
var uiLoadedCallbacks = [], uiUpdateCallbacks = [], uiAfterUpdateCallbacks = [];
var optionsChangedCallbacks = [], optionsAvailableCallbacks = [];
var uiAfterUpdateTimeout = null;
function onUiLoaded(callback) { uiLoadedCallbacks.push(callback); }
function onUiUpdate(callback) { uiUpdateCallbacks.push(callback); }
function onAfterUiUpdate(callback) { uiAfterUpdateCallbacks.push(callback); }
function onOptionsChanged(callback) { optionsChangedCallbacks.push(callback); }
function executeCallbacks(queue, arg) {
  for (const callback of queue) {
    try { callback(arg); } catch (e) { console.error('error running callback', callback, ':', e); }
  }
}
function scheduleAfterUiUpdateCallbacks() {
  clearTimeout(uiAfterUpdateTimeout);
  uiAfterUpdateTimeout = setTimeout(function() { executeCallbacks(uiAfterUpdateCallbacks); }, 200);
}
var executedOnLoaded = false;
document.addEventListener('DOMContentLoaded', function() {
  new MutationObserver(function(m) {
    if (!executedOnLoaded && gradioApp().querySelector('#txt2img_prompt')) {
      executedOnLoaded = true;
      executeCallbacks(uiLoadedCallbacks);
    }
    executeCallbacks(uiUpdateCallbacks, m);
    scheduleAfterUiUpdateCallbacks();
  }).observe(gradioApp(), { childList: true, subtree: true });
});
"""

# 1.8+ only: a callback registered after the options arrived runs at once.
OPTIONS_AVAILABLE_SCRIPT = """
function onOptionsAvailable(callback) {
  if (Object.keys(opts).length != 0) { callback(); return; }
  optionsAvailableCallbacks.push(callback);
}
"""

# A1111's ui.js: `opts` from the hidden settings JSON, filled once (1.6–1.10 in onAfterUiUpdate, 1.0–1.5
# in onUiUpdate) and replaced whenever Apply settings writes new JSON into the textarea.
OPTIONS_SCRIPT = """
var opts = {};
%(hook)s(function() {
  if (Object.keys(opts).length != 0) return;
  var json_elem = gradioApp().getElementById('settings_json');
  if (json_elem == null) return;
  var textarea = json_elem.querySelector('textarea');
  opts = JSON.parse(textarea.value);
  %(available)s
  executeCallbacks(optionsChangedCallbacks);
  Object.defineProperty(textarea, 'value', {
    set: function(newValue) {
      var valueProp = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
      var oldValue = valueProp.get.call(textarea);
      valueProp.set.call(textarea, newValue);
      if (oldValue != newValue) opts = JSON.parse(textarea.value);
      executeCallbacks(optionsChangedCallbacks);
    },
    get: function() {
      var valueProp = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
      return valueProp.get.call(textarea);
    },
  });
});
"""

PAGE_ORDERS = {
    "1.10": {"hook": "onAfterUiUpdate", "available": "executeCallbacks(optionsAvailableCallbacks);"},
    "1.5": {"hook": "onUiUpdate", "available": ""},
}

# What a localization does to the page: A1111's own (text nodes replaced by the translation), or the
# bilingual-localization extension (each text node wrapped as translation + <em>original</em>).
LOCALIZE_SCRIPT = """
(() => {
  const mode = %(mode)s, map = %(map)s, order = %(order)s;
  function rewrite(node) {
    const text = node.textContent.trim();
    const shown = map[text];
    if (!shown) return;
    if (mode === 'a1111') { node.textContent = shown; return; }
    const [first, second] = order === 'Original First' ? [text, shown] : [shown, text];
    const wrapper = document.createElement('div');
    wrapper.className = 'bilingual__trans_wrapper';
    const em = document.createElement('em');
    em.textContent = second;
    wrapper.append(first, em);
    node.replaceWith(wrapper);
  }
  function walk(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement || node.parentElement.closest('.bilingual__trans_wrapper, script, style, textarea')) continue;
      nodes.push(node);
    }
    nodes.forEach(rewrite);
  }
  onUiUpdate((mutations) => mutations.forEach((m) => m.addedNodes.forEach((n) => n.nodeType === 1 ? walk(n) : n.nodeType === 3 && n.parentElement && walk(n.parentElement))));
  onUiLoaded(() => walk(gradioApp()));
})();
"""


def parse_segment(text):
    kind = re.match(r"^(Tab|Accordion|Row|Column|Heading)", text).group(1)
    label = re.search(r":([^#\[(]+?)(?:\s*\(|\s*\[|#|$)", text)
    elem_id = re.search(r"#([\w-]+)", text)
    return {
        "kind": kind,
        "label": label.group(1).strip() if label else "",
        "elem_id": elem_id.group(1) if elem_id else None,
        "hidden": "[hidden initially]" in text,
        "collapsed": "(collapsed)" in text,
    }


@contextlib.contextmanager
def inside(block):
    """Enters a block made earlier: Gradio re-parents a block on entering it, so its parent and
    Gradio's current block are put back as they were, and later blocks land where they belong."""
    context, parent = Context.block, block.parent
    with block:
        yield block
    Context.block, block.parent = context, parent


class TabBuilder:
    """Creates the containers of catalog paths on demand and re-enters them for later fields."""

    def __init__(self, root):
        self.containers = {(): root}
        self.tab_groups = {}

    def container(self, path):
        path = tuple(path)
        if path in self.containers:
            return self.containers[path]
        parent = self.container(path[:-1])
        segment = parse_segment(path[-1])
        with inside(parent):
            if segment["kind"] == "Tab":
                tabs = self.tab_groups.get(path[:-1])
                if tabs is None:
                    tabs = self.tab_groups[path[:-1]] = gr.Tabs()
                with inside(tabs):
                    block = gr.Tab(segment["label"], elem_id=segment["elem_id"])
            elif segment["kind"] == "Accordion":
                block = gr.Accordion(segment["label"], open=not segment["collapsed"], elem_id=segment["elem_id"])
            elif segment["kind"] == "Row":
                block = gr.Row(visible=not segment["hidden"], elem_id=segment["elem_id"])
            else:
                block = gr.Column(visible=not segment["hidden"], elem_id=segment["elem_id"])
                if segment["kind"] == "Heading":
                    with block:
                        gr.HTML(segment["label"])
        self.containers[path] = block
        return block

    def enter(self, path):
        stack = contextlib.ExitStack()
        for depth in range(1, len(path) + 1):
            stack.enter_context(inside(self.container(path[:depth])))
        return stack


def component_for(field, label, elem_id, visible, default):
    kind = field["type"]
    common = {"label": label, "elem_id": elem_id, "visible": visible}
    if kind == "Number":
        return gr.Number(value=default if isinstance(default, (int, float)) else 0, precision=field.get("precision"), **common)
    if kind == "Slider":
        return gr.Slider(minimum=field["min"], maximum=field["max"], step=field["step"],
                         value=default if isinstance(default, (int, float)) else field["min"], **common)
    if kind == "Checkbox":
        return gr.Checkbox(value=bool(default), **common)
    if kind == "Dropdown":
        choices = field.get("choices") or []
        value = default if default in choices else (choices[-1] if choices else None)
        return gr.Dropdown(choices=choices, value=value, **common)
    if kind == "Textbox":
        return gr.Textbox(value=default if isinstance(default, str) else "", **common)
    if kind == "Button":
        return gr.Button(label, elem_id=elem_id, visible=visible)
    if kind == "HTML":
        return gr.HTML(value=default if isinstance(default, str) else "", elem_id=elem_id, visible=visible)
    return None  # Gallery, Image: nothing a form write touches


def settings_component(key, value, info):
    """A setting's field in the Settings tab, as A1111 makes it from the option's info."""
    label = info.label if info else key
    if info and info.component is not None:
        return info.component(value=value, label=label, elem_id=f"setting_{key}", **(info.component_args or {}))
    if isinstance(value, bool):
        return gr.Checkbox(value=value, label=label, elem_id=f"setting_{key}")
    return gr.Textbox(value=str(value), label=label, elem_id=f"setting_{key}")


def build_page(version, show_advanced, initial, opts, infos):
    theme = gr.themes.Default(font=["ui-sans-serif", "system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])
    saved = []  # (config key, component) in the order Save Settings sends them
    received = {"saves": 0, "values": {}}
    with gr.Blocks(analytics_enabled=False, theme=theme, title="Stable Diffusion") as demo:
        with gr.Tabs(elem_id="tabs"):
            # Another WebUI tab with labels the Dreambooth tab repeats: lookups must stay in their tab.
            with gr.Tab("txt2img", id="txt2img", elem_id="tab_txt2img"):
                gr.Textbox(label="Prompt", elem_id="txt2img_prompt")
                gr.Slider(label="Batch size", minimum=1, maximum=8, step=1, value=1)
                gr.Textbox(label="Directory")
            tab_id = version["tabId"].removeprefix("tab_")
            with gr.Tab("Dreambooth", id=tab_id, elem_id=version["tabId"]) as dreambooth:
                builder = TabBuilder(dreambooth)
                for field in version["fields"]:
                    concepts = range(1, version["conceptSlots"] + 1) if field.get("perConcept") else [None]
                    for concept in concepts:
                        path = tuple(segment.replace("{n}", str(concept)) for segment in field["path"])
                        label = field["label"] or ""
                        elem_id = field.get("elemId")
                        if elem_id and concept:
                            elem_id = elem_id.replace("{n}", str(concept))
                        hidden = field.get("hidden") or (field.get("advancedOnly") and not show_advanced)
                        key = field.get("configKey")
                        if key and concept:
                            key = key.replace("[n-1]", f"[{concept - 1}]")
                        with builder.enter(path):
                            component = component_for(field, label, elem_id, not hidden, initial.get(key, field.get("default")))
                        if component is not None and key and field["type"] not in ("Button", "HTML"):
                            saved.append((key, component))
            with gr.Tab("Settings", id="settings", elem_id="tab_settings"):
                gr.Checkbox(label="Enable quicksettings")
                apply_settings = gr.Button("Apply settings", elem_id="settings_submit")
                keys = [key for key in opts if key.startswith("dreambooth_companion_")]
                fields = [settings_component(key, opts[key], infos.get(key)) for key in keys]
        # A1111 keeps every option's value in this hidden textbox; ui.js reads `opts` from it.
        settings_json = gr.Textbox(elem_id="settings_json", value=lambda: json.dumps(opts), visible=False)

        def run_settings(*values):
            opts.update(zip(keys, values))
            return json.dumps(opts)

        apply_settings.click(run_settings, inputs=fields, outputs=[settings_json])

        save = next(block for block in demo.blocks.values() if getattr(block, "elem_id", None) == "db_save_config")

        def on_save(*values):
            received["saves"] += 1
            received["values"] = {key: value for (key, _), value in zip(saved, values)}

        save.click(on_save, inputs=[component for _, component in saved], outputs=[])
    return demo, received


def load_webui_module(path):
    """Imports the companion's WebUI module (scripts/*.py) through minimal stand-ins for the A1111
    modules it uses, as the WebUI imports it at start-up. Returns its app-started callbacks, the
    settings it added (key -> its OptionInfo) and how many folders it has counted (for the tests: a
    refused request must not make the server work)."""
    callbacks = {"app_started": [], "ui_settings": []}
    script_callbacks = types.ModuleType("modules.script_callbacks")
    script_callbacks.on_app_started = callbacks["app_started"].append
    script_callbacks.on_ui_settings = callbacks["ui_settings"].append
    settings = {}

    class OptionInfo:
        def __init__(self, default=None, label="", component=None, component_args=None, section=None):
            self.default, self.label, self.component, self.component_args = default, label, component, component_args

    class Options:
        def add_option(self, key, info):
            settings[key] = info

    shared = types.ModuleType("modules.shared")
    shared.cmd_opts = types.SimpleNamespace(api_auth=None)
    shared.models_path = tempfile.mkdtemp(prefix="dbc-models-")
    shared.OptionInfo = OptionInfo
    shared.opts = Options()
    modules = types.ModuleType("modules")
    modules.script_callbacks, modules.shared = script_callbacks, shared
    sys.modules.update({"modules": modules, "modules.script_callbacks": script_callbacks, "modules.shared": shared})
    spec = importlib.util.spec_from_file_location("dreambooth_companion", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    counted = {"folders": 0}
    count_images = module.count_images

    def counting(*args, **kwargs):
        counted["folders"] += 1
        return count_images(*args, **kwargs)

    module.count_images = counting
    for callback in callbacks["ui_settings"]:
        callback()
    return callbacks["app_started"], settings, counted


def serve_scripts(localization, bilingual, order, companion, page_order):
    """Patches the page template the way A1111 does, to carry our scripts into <head>."""
    mode, mapping = ("bilingual", bilingual) if bilingual is not None else ("a1111", localization or {})
    head = f"<script>var localization = {json.dumps(localization or {}, ensure_ascii=False)};</script>"
    head += f"<script>{A1111_SCRIPT}</script>"
    if page_order == "1.10":
        head += f"<script>{OPTIONS_AVAILABLE_SCRIPT}</script>"
    head += "<script>" + OPTIONS_SCRIPT % PAGE_ORDERS[page_order] + "</script>"
    if mapping:
        head += "<script>" + LOCALIZE_SCRIPT % {"mode": json.dumps(mode), "map": json.dumps(mapping, ensure_ascii=False), "order": json.dumps(order)} + "</script>"
    if companion:
        head += f"<script>{pathlib.Path(companion).read_text(encoding='utf8')}</script>"
    original = gradio.routes.templates.TemplateResponse

    def template_response(*args, **kwargs):
        response = original(*args, **kwargs)
        response.body = response.body.replace(b"</head>", head.encode("utf8") + b"</head>")
        response.init_headers()
        return response

    gradio.routes.templates.TemplateResponse = template_response


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--ui", default="HEAD")
    parser.add_argument("--localization", help="JSON file: English label -> shown label (A1111 localization)")
    parser.add_argument("--bilingual", help="JSON file: English -> translation, shown by the bilingual-localization extension")
    parser.add_argument("--bilingual-order", default="Translation First")
    parser.add_argument("--localization-name", default="zh_CN", help="the localization file's name, as the WebUI's settings hold it")
    parser.add_argument("--initial", action="append", default=[], help="KEY=JSON: a field's value when the page opens, by config key")
    parser.add_argument("--companion", help="the companion's A1111 script to load, as the WebUI loads javascript/*.js")
    parser.add_argument("--show-advanced", action="store_true")
    parser.add_argument("--concepts", type=int, default=0, help="fill in the directories of the first N concepts, as a loaded model has them")
    parser.add_argument("--concept-dirs", default="", help="comma-separated instance directories of the first concepts")
    parser.add_argument("--class-dirs", default="", help="comma-separated class directories of the first concepts")
    parser.add_argument("--webui-module", help="the companion's scripts/*.py, loaded as the WebUI loads it")
    parser.add_argument("--setting", action="append", default=[], help="KEY=JSON: a WebUI setting the page's opts holds")
    parser.add_argument("--auth", help="USER:PASSWORD: a WebUI login, as --gradio-auth sets it")
    parser.add_argument("--page-order", choices=sorted(PAGE_ORDERS), default="1.10", help="when the page fills `opts`: as A1111 1.6-1.10 or 1.0-1.5 do")
    args = parser.parse_args()

    catalog = json.loads(CATALOG.read_text(encoding="utf8"))
    version = next(entry for entry in catalog if entry["key"] == args.ui)
    load = lambda path: json.loads(pathlib.Path(path).read_text(encoding="utf8")) if path else None
    app_started, infos, counted = load_webui_module(args.webui_module) if args.webui_module else ([], {}, {})
    # Every WebUI has options of its own; the extensions' follow.
    opts = {"localization": "None", "samples_format": "png"}
    opts.update({key: info.default for key, info in infos.items()})
    for setting in args.setting:
        key, value = setting.split("=", 1)
        opts[key] = json.loads(value)
    if args.localization:
        opts["localization"] = args.localization_name
    if args.bilingual:
        opts.update({"bilingual_localization_enabled": True, "bilingual_localization_file": args.localization_name, "bilingual_localization_order": args.bilingual_order})
    serve_scripts(load(args.localization), load(args.bilingual), args.bilingual_order, args.companion, args.page_order)

    initial = {f"concepts_list[{slot}].instance_data_dir": f"/data/concept-{slot + 1}" for slot in range(args.concepts)}
    for slot, folder in enumerate(filter(None, args.concept_dirs.split(","))):
        initial[f"concepts_list[{slot}].instance_data_dir"] = folder
    for slot, folder in enumerate(filter(None, args.class_dirs.split(","))):
        initial[f"concepts_list[{slot}].class_data_dir"] = folder
    for value in args.initial:
        key, text = value.split("=", 1)
        initial[key] = json.loads(text)
    demo, received = build_page(version, args.show_advanced, initial, opts, infos)
    demo.queue()
    auth = tuple(args.auth.split(":", 1)) if args.auth else None
    app, _, _ = demo.launch(server_name="127.0.0.1", server_port=args.port, prevent_thread_lock=True, show_error=True, auth=auth)
    app.add_api_route("/dbc-test/received", lambda: received, methods=["GET"])
    app.add_api_route("/dbc-test/counted", lambda: counted, methods=["GET"])
    for callback in app_started:
        callback(demo, app)
    print(f"ready on http://127.0.0.1:{args.port}/", flush=True)
    demo.block_thread()


if __name__ == "__main__":
    sys.exit(main())
