"""Dreambooth Companion's side in the WebUI's server (the WebUI imports every scripts/*.py).

It answers what the page cannot know: how many images a concept's folder holds, counted the way
the Dreambooth extension counts them, so Autofill can fill in the frames; and it adds the
companion's options to the WebUI's Settings. Counts only: never a file name, a listing or content.
Standard library only; the WebUI's own modules are imported where they are needed.

Route: GET /dreambooth-companion/count?path=DIR[&api_key=KEY]
  200 {"images", "captioned", "smallest_side", "truncated", "pillow"}
  400 no path; 401/403 the API key is required / wrong; 404 no such directory
"""
import os
import struct
import time

ROUTE = "/dreambooth-companion/count"
SETTINGS_SECTION = ("dreambooth_companion", "Dreambooth Companion")
SETTINGS_PREFIX = "dreambooth_companion_"

# Bounds on a huge tree: the answer says "truncated" when one is reached.
MAX_ENTRIES = 100_000
MAX_SECONDS = 2.0
# Image headers are read (never decoded) only up to this many images.
MAX_SIZED = 2_000

# Without Pillow: the extensions of the formats it reads in every release the WebUI ships.
FALLBACK_EXTENSIONS = frozenset(
    ".apng .blp .bmp .bufr .bw .cur .dcx .dds .dib .emf .eps .fit .fits .flc .fli .ftc .ftu .gbr .gif .grib .h5 .hdf "
    ".icb .icns .ico .iim .im .j2c .j2k .jfif .jp2 .jpc .jpe .jpeg .jpf .jpg .jpx .mpeg .mpg .msp .pbm .pcd .pcx .pfm "
    ".pgm .png .pnm .ppm .ps .psd .pxr .qoi .ras .rgb .rgba .sgi .tga .tif .tiff .vda .vst .webp .wmf .xbm .xpm".split()
)


def image_extensions():
    """The file extensions Pillow reads, as the Dreambooth extension decides what is an image."""
    try:
        from PIL import Image

        Image.init()
        return frozenset(extension.lower() for extension in Image.registered_extensions()), True
    except ImportError:
        return FALLBACK_EXTENSIONS, False


def image_size(path):
    """(width, height) from the file's header (PNG, JPEG, GIF, BMP, WebP), without decoding; None otherwise."""
    try:
        with open(path, "rb") as file:
            head = file.read(32)
            if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
                return struct.unpack(">II", head[16:24])
            if head[:6] in (b"GIF87a", b"GIF89a"):
                return struct.unpack("<HH", head[6:10])
            if head.startswith(b"BM"):
                width, height = struct.unpack("<ii", head[18:26])
                return width, abs(height)
            if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
                return _webp_size(head)
            if head.startswith(b"\xff\xd8"):
                file.seek(2)
                return _jpeg_size(file)
    except (OSError, struct.error):
        return None
    return None


def _webp_size(head):
    kind = head[12:16]
    if kind == b"VP8X":
        return 1 + int.from_bytes(head[24:27], "little"), 1 + int.from_bytes(head[27:30], "little")
    if kind == b"VP8L":
        bits = int.from_bytes(head[21:25], "little")
        return 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)
    if kind == b"VP8 ":
        width, height = struct.unpack("<HH", head[26:30])
        return width & 0x3FFF, height & 0x3FFF
    return None


def _jpeg_size(file):
    """Walks the JPEG markers to the first frame header (SOF0–SOF15 but DHT, JPG, DAC)."""
    for _ in range(1000):
        marker = file.read(2)
        if len(marker) < 2 or marker[0] != 0xFF:
            return None
        code = marker[1]
        if code in (0xD8, 0x01) or 0xD0 <= code <= 0xD7:
            continue
        length = struct.unpack(">H", file.read(2))[0]
        if 0xC0 <= code <= 0xCF and code not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">xHH", file.read(5))
            return width, height
        file.seek(length - 2, os.SEEK_CUR)
    return None


def count_images(path, extensions=None, max_entries=MAX_ENTRIES, max_seconds=MAX_SECONDS):
    """Counts the images under `path` as the Dreambooth extension finds them (every file with an
    image extension, through subfolders), how many have a caption (a .txt of the same name), and
    the smallest side among them where headers tell it cheaply. Links are not followed out of the
    tree. Raises FileNotFoundError / NotADirectoryError for a path that is not a directory."""
    root = os.path.realpath(path)
    if not os.path.exists(root):
        raise FileNotFoundError(path)
    if not os.path.isdir(root):
        raise NotADirectoryError(path)
    if extensions is None:
        extensions, _ = image_extensions()
    images = captioned = visited = 0
    smallest = None
    sized = 0
    truncated = False
    started = time.monotonic()
    inside = root.rstrip(os.sep) + os.sep
    for folder, folders, files in os.walk(root, followlinks=False):
        visited += len(folders) + len(files)
        if visited > max_entries or time.monotonic() - started > max_seconds:
            truncated = True
            break
        names = set(files)
        for name in files:
            stem, extension = os.path.splitext(name)
            if extension.lower() not in extensions or name.startswith("._"):
                continue
            full = os.path.join(folder, name)
            if os.path.islink(full) and not os.path.realpath(full).startswith(inside):
                continue
            images += 1
            if stem + ".txt" in names:
                captioned += 1
            if sized < MAX_SIZED:
                size = image_size(full)
                if size:
                    sized += 1
                    smallest = min(size) if smallest is None else min(smallest, *size)
    return {
        "images": images,
        "captioned": captioned,
        "smallest_side": smallest if sized == images and images > 0 else None,
        "truncated": truncated,
    }


def api_key():
    """The key the Dreambooth extension's own API routes require, found the same way: the API_KEY
    environment variable, else the WebUI's --api-auth password, else its saved secret. '' for none."""
    key = os.environ.get("API_KEY")
    try:
        from modules import shared

        auth = getattr(shared.cmd_opts, "api_auth", None)
        if auth and not key:
            first = auth.split(",")[0]
            key = first.split(":", 1)[1] if ":" in first else first
        if not key:
            secret = os.path.join(shared.models_path, "dreambooth", "secret.txt")
            if os.path.isfile(secret):
                with open(secret, encoding="utf8") as file:
                    key = file.read().strip()
    except ImportError:
        pass
    return key or ""


def answer(path, given_key=""):
    """(status, JSON body) for a count request."""
    key = api_key()
    if key and not given_key:
        return 401, {"message": "API key required"}
    if key and given_key != key:
        return 403, {"message": "invalid API key"}
    if not path:
        return 400, {"message": "path is required"}
    extensions, pillow = image_extensions()
    try:
        counts = count_images(os.path.expanduser(path), extensions)
    except FileNotFoundError:
        return 404, {"message": "no such directory"}
    except NotADirectoryError:
        return 404, {"message": "not a directory"}
    except OSError:
        return 404, {"message": "not readable"}
    return 200, {**counts, "pillow": pillow}


def register_route(_demo, app):
    """on_app_started: the read-only route, answered as JSON (through the WebUI's own server)."""
    from starlette.responses import JSONResponse

    def count(path: str = "", api_key: str = ""):
        status, body = answer(path, api_key)
        return JSONResponse(status_code=status, content=body)

    app.add_api_route(ROUTE, count, methods=["GET"])


def add_settings():
    """on_ui_settings: the companion's options in the WebUI's Settings, read by the page from `opts`."""
    import gradio as gr
    from modules import shared

    def option(key, default, label, component=None, choices=None):
        extra = {"component": component, "component_args": {"choices": choices}} if component else {}
        shared.opts.add_option(SETTINGS_PREFIX + key, shared.OptionInfo(default, label, section=SETTINGS_SECTION, **extra))

    option("language", "auto", "Language of the companion (auto: the WebUI's)", gr.Radio, ["auto", "en", "zh", "ja"])
    option("tooltips", True, "Tooltips on the Dreambooth tab's parameters")
    option("formula", "advanced", "Default formula", gr.Radio, ["advanced", "standard", "filewords"])
    option("strength", "medium", "Default strength (a name such as hard, or a number)")
    option("prior", False, "Prior preservation on by default (write class image counts)")


try:
    from modules import script_callbacks

    script_callbacks.on_app_started(register_route)
    script_callbacks.on_ui_settings(add_settings)
except ImportError:
    # Imported outside the WebUI (the tests): the functions above are all there is.
    pass
