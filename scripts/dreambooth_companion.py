"""Dreambooth Companion's side in the WebUI's server (the WebUI imports every scripts/*.py).

It answers what the page cannot know: how many images a concept's folder holds, counted the way
the Dreambooth extension counts them, so Autofill can fill in the frames; and it adds the
companion's options to the WebUI's Settings. Counts only: never a file name, a listing or content.
Standard library only; the WebUI's own modules are imported where they are needed.

Route: GET /dreambooth-companion/count?path=DIR
  headers: X-Dreambooth-Companion (always: no simple cross-site request carries it),
           X-Api-Key (the Dreambooth extension's key, when one is set)
  200 {"images", "captioned", "smallest_side", "truncated", "unreadable", "pillow"}
  400 a path that is missing or not text; 403 {"reason"} not allowed (see `refusal`);
  404 anything that is not a readable directory; 503 too many counts waiting
"""
import asyncio
import concurrent.futures
import hmac
import ipaddress
import os
import stat
import struct
import sys
import threading
import time

ROUTE = "/dreambooth-companion/count"
SETTINGS_SECTION = ("dreambooth_companion", "Dreambooth Companion")
SETTINGS_PREFIX = "dreambooth_companion_"
# The page sets it on every request, so no simple cross-site request (an image, a form, a no-cors
# fetch) can make the server count; one that asks first names its origin and is refused for that.
REQUEST_HEADER = "x-dreambooth-companion"
KEY_HEADER = "x-api-key"

# Bounds on a huge tree, held per entry (also inside one huge folder): the answer then says "truncated".
MAX_ENTRIES = 100_000
MAX_SECONDS = 2.0
# Image headers are read (never decoded) only up to this many images.
MAX_SIZED = 2_000
MAX_PATH = 4096
# Counting runs one at a time; a repeated request within this many seconds gets the same answer.
CACHE_SECONDS = 10.0
CACHE_SIZE = 64
MAX_WAITING = 16

# Without Pillow: the extensions of the formats it reads in every release the WebUI ships.
FALLBACK_EXTENSIONS = frozenset(
    ".apng .blp .bmp .bufr .bw .cur .dcx .dds .dib .emf .eps .fit .fits .flc .fli .ftc .ftu .gbr .gif .grib .h5 .hdf "
    ".icb .icns .ico .iim .im .j2c .j2k .jfif .jp2 .jpc .jpe .jpeg .jpf .jpg .jpx .mpeg .mpg .msp .pbm .pcd .pcx .pfm "
    ".pgm .png .pnm .ppm .ps .psd .pxr .qoi .ras .rgb .rgba .sgi .tga .tif .tiff .vda .vst .webp .wmf .xbm .xpm".split()
)


class NotReadableDirectory(Exception):
    """The path is not a directory this process can list (missing, a file, no permission…)."""


def image_extensions():
    """The file extensions Pillow reads, as the Dreambooth extension decides what is an image."""
    try:
        from PIL import Image

        Image.init()
        return frozenset(extension.lower() for extension in Image.registered_extensions()), True
    except ImportError:
        return FALLBACK_EXTENSIONS, False


def image_size(path):
    """(width, height) from a regular file's header (PNG, JPEG, GIF, BMP, WebP), without decoding;
    None otherwise. Opened without blocking and checked after opening, so a pipe swapped in for the
    file cannot hang the server."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return None
        with os.fdopen(descriptor, "rb", closefd=False) as file:
            size = _header_size(file)
    except (OSError, struct.error):
        return None
    finally:
        os.close(descriptor)
    return size if size and size[0] > 0 and size[1] > 0 else None


def _header_size(file):
    head = file.read(32)
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
        return struct.unpack(">II", head[16:24])
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return struct.unpack("<HH", head[6:10])
    if head.startswith(b"BM"):
        # A negative height means rows stored top-down; a negative width is not an image.
        width, height = struct.unpack("<ii", head[18:26])
        return width, abs(height)
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return _webp_size(head)
    if head.startswith(b"\xff\xd8"):
        file.seek(2)
        return _jpeg_size(file)
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


def _is_dir(entry):
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_file(entry):
    try:
        return entry.is_file()
    except OSError:
        return False


def count_images(path, extensions=None, max_entries=MAX_ENTRIES, max_seconds=MAX_SECONDS):
    """Counts the images under `path` as the Dreambooth extension's trainer finds them
    (`get_images`: every regular file with an image extension, through subfolders, links followed
    wherever they lead, `._` files skipped on macOS), how many have a caption (a .txt of the same
    name beside them), and the smallest side among them where headers tell it cheaply.

    Pipes, devices, sockets and broken links are not images (the trainer's `os.path.isfile` says
    no) and are never opened. Folders are read as streams with an explicit stack, so any depth and
    any folder size stay within the bounds, which are checked on every entry; a folder reached
    twice through links is read once (the trainer would loop). Folders below `path` that cannot be
    read are counted as `unreadable`. Raises NotReadableDirectory when `path` itself cannot be listed.
    """
    if extensions is None:
        extensions, _ = image_extensions()
    try:
        top = os.scandir(path)
    except (OSError, ValueError) as error:
        raise NotReadableDirectory(path) from error
    skip_dot_underscore = sys.platform == "darwin"
    images = captioned = visited = unreadable = sized = 0
    smallest = None
    truncated = False
    started = time.monotonic()
    seen = set()
    try:
        info = os.stat(path)
        seen.add((info.st_dev, info.st_ino))
    except OSError:
        pass
    pending = [top]
    while pending and not truncated:
        with pending.pop() as folder:
            stems, captions = [], set()
            for entry in folder:
                visited += 1
                if visited > max_entries or time.monotonic() - started > max_seconds:
                    truncated = True
                    break
                name = entry.name
                if skip_dot_underscore and name.startswith("._"):
                    continue
                stem, extension = os.path.splitext(name)
                extension = extension.lower()
                if extension == ".txt":
                    captions.add(stem)
                if _is_dir(entry):
                    try:
                        info = entry.stat()
                        if (info.st_dev, info.st_ino) in seen:
                            continue
                        seen.add((info.st_dev, info.st_ino))
                        pending.append(os.scandir(entry.path))
                    except OSError:
                        unreadable += 1
                elif extension in extensions and _is_file(entry):
                    images += 1
                    stems.append(stem)
                    if sized < MAX_SIZED:
                        size = image_size(entry.path)
                        if size:
                            sized += 1
                            smallest = min(size) if smallest is None else min(smallest, *size)
            captioned += sum(1 for stem in stems if stem in captions)
    for folder in pending:
        folder.close()
    return {
        "images": images,
        "captioned": captioned,
        "smallest_side": smallest if sized == images and images > 0 else None,
        "truncated": truncated,
        "unreadable": unreadable,
    }


def api_key():
    """The key the Dreambooth extension's own API routes require, found in its order
    (`dreambooth/secret.py`): the first password of the WebUI's --api-auth, else the API_KEY
    environment variable, else its saved secret. '' for none."""
    key = None
    try:
        from modules import shared

        auth = getattr(shared.cmd_opts, "api_auth", None)
        if auth:
            first = auth.split(",")[0]
            key = first.split(":", 1)[1] if ":" in first else first
    except ImportError:
        shared = None
    if key is None:
        key = os.environ.get("API_KEY")
    if key is None and shared is not None:
        try:
            with open(os.path.join(shared.models_path, "dreambooth", "secret.txt"), encoding="utf8") as file:
                key = file.read().replace("\n", "")
        except (OSError, UnicodeDecodeError, TypeError):
            key = None
    return key or ""


def _same_key(given, key):
    return hmac.compare_digest(given.encode("utf8", "surrogatepass"), key.encode("utf8", "surrogatepass"))


def _is_loopback_address(host):
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _is_loopback_host(host_header):
    """The Host header names this machine's loopback (a rebinding site's name does not)."""
    host = host_header.strip().lower()
    if host.startswith("["):
        host = host[1 : host.find("]")] if "]" in host else ""
    elif host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host == "localhost" or _is_loopback_address(host)


def _from_another_site(headers):
    """The browser says the request comes from a page of another origin. Gradio answers every
    origin's preflight (its CORS middleware allows all), so the header alone does not keep other
    sites out: their requests carry an Origin that is not this server, and Sec-Fetch-Site."""
    site = headers.get("sec-fetch-site")
    if site is not None and site != "same-origin":
        return True
    origin = headers.get("origin")
    if origin is None:
        return False
    host = origin.split("://", 1)[1] if "://" in origin else ""
    return host.lower() != headers.get("host", "").strip().lower()


def refusal(headers, client_host, logged_in, login_required, key):
    """Why a request may not count (None when it may), as a reason the page shows in its language:
    - "header": not sent by the companion's page (no X-Dreambooth-Companion);
    - "site": sent by a page of another site;
    - "login": the WebUI has a login and the request carries neither its session nor the key;
    - "key": the Dreambooth extension's key is set and the request does not carry it;
    - "loopback": no login and no key: only this machine may count, through a loopback name (a
      rebinding site's name, a share link's, or a LAN address is not one).
    `headers` are lower-case names."""
    if not headers.get(REQUEST_HEADER):
        return "header"
    if _from_another_site(headers):
        return "site"
    given = headers.get(KEY_HEADER, "")
    key_matches = bool(key) and _same_key(given, key)
    if login_required:
        return None if logged_in or key_matches else "login"
    if key:
        return None if key_matches else "key"
    if _is_loopback_address(client_host or "") and _is_loopback_host(headers.get("host", "")):
        return None
    return "loopback"


REFUSALS = {
    "header": "send the X-Dreambooth-Companion header",
    "site": "only the WebUI's own page may count",
    "login": "log in to the WebUI, or send the Dreambooth extension's API key",
    "key": "send the Dreambooth extension's API key",
    "loopback": "counting is open to this machine only (127.0.0.1 or localhost); set a WebUI login (--gradio-auth) or the Dreambooth extension's API key to count from elsewhere",
}


def path_problem(path):
    """Why `path` cannot be a folder's path (None when it can): missing, too long or not text."""
    if not path:
        return "path is required"
    if len(path) > MAX_PATH:
        return f"path is longer than {MAX_PATH} characters"
    if "\x00" in path:
        return "path holds a NUL character"
    try:
        path.encode("utf8")
    except UnicodeEncodeError:
        return "path is not text"
    return None


class Counter:
    """Counts one folder at a time in a thread of its own (the WebUI's own requests keep their
    threads and its event loop), answers requests for a folder being counted with that one count,
    remembers answers for a few seconds, and turns requests away at once when too many folders are
    waiting."""

    def __init__(self, count=None, cache_seconds=CACHE_SECONDS, max_waiting=MAX_WAITING):
        self.count = count or count_images
        self.cache_seconds = cache_seconds
        self.max_waiting = max_waiting
        self.cache = {}
        self.running = {}
        self.lock = threading.Lock()
        self.worker = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="dreambooth-companion")

    def cached(self, path):
        with self.lock:
            entry = self.cache.get(path)
            return entry[1] if entry and time.monotonic() - entry[0] < self.cache_seconds else None

    def answer(self, path):
        """(status, body) for a path that passed `path_problem`, counted now or from the cache."""
        found = self.cached(path)
        if found:
            return found
        extensions, pillow = image_extensions()
        try:
            result = 200, {**self.count(path, extensions), "pillow": pillow}
        except NotReadableDirectory:
            result = 404, {"reason": "not-found", "message": "not a readable directory"}
        with self.lock:
            if len(self.cache) >= CACHE_SIZE:
                self.cache.pop(next(iter(self.cache)))
            self.cache[path] = (time.monotonic(), result)
        return result

    async def answer_async(self, path):
        found = self.cached(path)
        if found:
            return found
        running = self.running.get(path)
        if running is None:
            if len(self.running) >= self.max_waiting:
                return 503, {"reason": "busy", "message": "too many folders waiting to be counted; try again"}
            running = asyncio.get_running_loop().run_in_executor(self.worker, self.answer, path)
            self.running[path] = running
            running.add_done_callback(lambda _: self.running.pop(path, None))
        # A request that goes away does not cancel the count the others wait for.
        return await asyncio.shield(running)


def register_route(_demo, app, counter=None):
    """on_app_started: the read-only route, answered as JSON (through the WebUI's own server)."""
    from starlette.requests import Request
    from starlette.responses import JSONResponse

    counter = counter or Counter()

    async def count(request: Request):
        headers = {name.lower(): value for name, value in request.headers.items()}
        tokens = getattr(app, "tokens", None) or {}
        session = request.cookies.get("access-token") or request.cookies.get("access-token-unsecure")
        reason = refusal(
            headers,
            request.client.host if request.client else None,
            logged_in=bool(session) and tokens.get(session) is not None,
            login_required=getattr(app, "auth", None) is not None,
            key=api_key(),
        )
        if reason:
            return JSONResponse(status_code=403, content={"reason": reason, "message": REFUSALS[reason]})
        path = request.query_params.get("path", "")
        problem = path_problem(path)
        if problem:
            return JSONResponse(status_code=400, content={"reason": "path", "message": problem})
        status, body = await counter.answer_async(path)
        return JSONResponse(status_code=status, content=body, headers={"cache-control": "no-store"})

    app.add_api_route(ROUTE, count, methods=["GET"])


# The Settings labels in the WebUI's language (English, 简体中文, 日本語), in the words of our catalogs.
SETTINGS_LABELS = {
    "en": {
        "language": "Language of the companion (auto: the WebUI's)",
        "tooltips": "Tooltips on the Dreambooth tab's parameters",
        "formula": "Default formula",
        "strength": "Default strength (a name such as hard, or a number)",
        "prior": "Prior preservation on by default (write class image counts)",
    },
    "zh": {
        "language": "Dreambooth Companion 的语言（auto：跟随 WebUI）",
        "tooltips": "在 Dreambooth 选项卡的参数上显示悬停提示",
        "formula": "默认公式",
        "strength": "默认强度（hard 等名称，或数字）",
        "prior": "默认开启先验保留（写入类别图数量）",
    },
    "ja": {
        "language": "Dreambooth Companion の言語（auto：WebUI に合わせる）",
        "tooltips": "Dreambooth タブの項目にツールチップを表示",
        "formula": "既定の計算式",
        "strength": "既定の強度（hard などのプリセット名か数値）",
        "prior": "正則化（prior preservation）を既定でオンにする（正則化画像の枚数を書き込む）",
    },
}


def webui_language(opts):
    """The language the WebUI shows: its localization file's (Settings → User interface), or the
    bilingual-localization extension's when that is on; "en" for any other."""
    get = lambda key: getattr(opts, key, None)  # noqa: E731
    name = get("bilingual_localization_file") if get("bilingual_localization_enabled") else get("localization")
    name = name if isinstance(name, str) else ""
    lower = name.strip().lower()
    if lower.startswith("zh") or "chinese" in lower or "中文" in name or "简体" in name:
        return "zh"
    if lower.startswith(("ja", "jp")) or "japanese" in lower or "日本語" in name:
        return "ja"
    return "en"


def add_settings():
    """on_ui_settings: the companion's options in the WebUI's Settings, read by the page from `opts`,
    labelled in the WebUI's language."""
    import gradio as gr
    from modules import shared

    labels = SETTINGS_LABELS[webui_language(shared.opts)]

    def option(key, default, component=None, choices=None):
        extra = {"component": component, "component_args": {"choices": choices}} if component else {}
        shared.opts.add_option(SETTINGS_PREFIX + key, shared.OptionInfo(default, labels[key], section=SETTINGS_SECTION, **extra))

    option("language", "auto", gr.Radio, ["auto", "en", "zh", "ja"])
    option("tooltips", True)
    option("formula", "advanced", gr.Radio, ["advanced", "standard", "filewords"])
    option("strength", "medium")
    option("prior", False)


try:
    from modules import script_callbacks

    script_callbacks.on_app_started(register_route)
    script_callbacks.on_ui_settings(add_settings)
except ImportError:
    # Imported outside the WebUI (the tests): the functions above are all there is.
    pass
