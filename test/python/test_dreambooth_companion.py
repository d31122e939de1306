"""The WebUI side of the companion (scripts/dreambooth_companion.py), on temporary folders.

Run by `npm test` with Debian's /usr/bin/python3: python3 -m unittest discover -s test/python
"""
import asyncio
import concurrent.futures
import itertools
import os
import socket
import struct
import sys
import tempfile
import time
import unittest
import zlib
from unittest import mock

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts"))
import dreambooth_companion as companion  # noqa: E402


def png(width, height):
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def jpeg(width, height):
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof0 = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof0 + b"\xff\xd9"


def gif(width, height):
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\x00" * 8


def bmp(width, height):
    return b"BM" + b"\x00" * 16 + struct.pack("<ii", width, -height) + b"\x00" * 8


def webp(width, height):
    body = b"VP8X" + struct.pack("<I", 10) + b"\x00" * 4 + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body


class Tree:
    """A temporary folder with files given as {relative path: bytes}."""

    def __init__(self, files):
        self.dir = tempfile.TemporaryDirectory()
        self.root = self.dir.name
        for name, data in files.items():
            path = os.path.join(self.root, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as file:
                file.write(data)

    def path(self, *parts):
        return os.path.join(self.root, *parts)


class CountImages(unittest.TestCase):
    def setUp(self):
        self.tree = Tree({
            "sks/a.png": png(640, 480),
            "sks/a.txt": b"photo of sks dog",
            "sks/b.JPG": jpeg(512, 768),
            "sks/c.webp": webp(700, 900),
            "sks/nested/d.gif": gif(1024, 600),
            "sks/nested/d.txt": b"sks dog on grass",
            "sks/nested/deeper/e.bmp": bmp(800, 800),
            "sks/notes.md": b"not an image",
            "sks/a.psd.txt": b"a caption without its image",
            "outside/secret.png": png(64, 64),
        })
        self.addCleanup(self.tree.dir.cleanup)

    def count(self, *parts, **bounds):
        return companion.count_images(self.tree.path(*parts), **bounds)

    def test_counts_images_in_every_subfolder_by_extension_with_captions_and_smallest_side(self):
        self.assertEqual(self.count("sks"), {"images": 5, "captioned": 2, "smallest_side": 480, "truncated": False, "unreadable": 0})

    def test_uses_the_extensions_pillow_knows_and_says_so(self):
        extensions, pillow = companion.image_extensions()
        self.assertIn(".png", extensions)
        self.assertIn(".webp", extensions)
        self.assertNotIn(".txt", extensions)
        self.assertIsInstance(pillow, bool)

    def test_without_pillow_falls_back_to_a_fixed_list(self):
        with mock.patch.dict(sys.modules, {"PIL": None}):
            extensions, pillow = companion.image_extensions()
        self.assertFalse(pillow)
        self.assertEqual(extensions, companion.FALLBACK_EXTENSIONS)
        self.assertEqual(companion.count_images(self.tree.path("sks"), extensions)["images"], 5)

    def test_skips_macos_metadata_files_on_macos_only_as_the_trainer_does(self):
        with open(self.tree.path("sks", "._a.png"), "wb") as file:
            file.write(b"macOS metadata")
        self.assertEqual(self.count("sks")["images"], 6)
        with mock.patch.object(companion.sys, "platform", "darwin"):
            self.assertEqual(self.count("sks")["images"], 5)

    def test_follows_links_wherever_they_lead_as_the_trainer_does(self):
        os.symlink(self.tree.path("outside", "secret.png"), self.tree.path("sks", "linked.png"))
        os.symlink(self.tree.path("outside"), self.tree.path("sks", "linked-folder"))
        self.assertEqual(self.count("sks")["images"], 7)

    def test_a_folder_reached_twice_through_links_is_read_once(self):
        os.symlink(self.tree.path("sks"), self.tree.path("sks", "nested", "loop"))
        os.symlink(self.tree.path("sks", "nested"), self.tree.path("sks", "nested-again"))
        self.assertEqual(self.count("sks")["images"], 5)

    def test_pipes_devices_sockets_and_broken_links_are_neither_opened_nor_counted(self):
        os.mkfifo(self.tree.path("sks", "x.png"))
        os.symlink(os.devnull, self.tree.path("sks", "null.png"))
        os.symlink(self.tree.path("sks", "gone.png"), self.tree.path("sks", "broken.png"))
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(self.tree.path("sks", "s.png"))
            with concurrent.futures.ThreadPoolExecutor(1) as pool:
                counts = pool.submit(self.count, "sks").result(timeout=10)
        self.assertEqual(counts["images"], 5)
        self.assertEqual(counts["smallest_side"], 480)

    def test_reads_no_header_from_a_pipe_swapped_in_for_an_image(self):
        os.mkfifo(self.tree.path("pipe.png"))
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            self.assertIsNone(pool.submit(companion.image_size, self.tree.path("pipe.png")).result(timeout=10))

    def test_stops_on_a_tree_larger_than_the_bound_and_says_it_was_cut(self):
        counts = self.count("sks", max_entries=3)
        self.assertTrue(counts["truncated"])
        self.assertLessEqual(counts["images"], 3)

    def test_the_bounds_hold_inside_one_huge_folder(self):
        # In memory where the system offers it: 300,000 files on a disk take minutes to create.
        memory = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
        huge = tempfile.TemporaryDirectory(dir=memory)
        self.addCleanup(huge.cleanup)
        folder = huge.name
        for index in range(300_000):
            open(os.path.join(folder, f"{index}.png"), "wb").close()
        # The entry bound alone (the clock stands still): a loaded machine must not stop it at 2 s first.
        with mock.patch.object(companion.time, "monotonic", return_value=0.0):
            counts = companion.count_images(folder)
        self.assertTrue(counts["truncated"])
        self.assertEqual(counts["images"], companion.MAX_ENTRIES)
        with mock.patch.object(companion.time, "monotonic", side_effect=itertools.count(0, 0.5)):
            self.assertLess(companion.count_images(folder)["images"], 10)

    def test_any_depth_without_recursion(self):
        path = self.tree.path("deep")
        os.makedirs(path)
        folders = []
        for _ in range(1500):
            path = os.path.join(path, "d")
            os.mkdir(path)
            folders.append(path)
        # shutil.rmtree recurses: remove the chain from the bottom up.
        self.addCleanup(lambda: [os.remove(os.path.join(path, "bottom.png"))] + [os.rmdir(folder) for folder in reversed(folders)])
        with open(os.path.join(path, "bottom.png"), "wb") as file:
            file.write(png(600, 600))
        self.assertEqual(self.count("deep")["images"], 1)

    def test_unreadable_subfolders_are_reported(self):
        real_scandir = os.scandir
        locked = self.tree.path("sks", "nested")

        def scandir(path):
            if os.fspath(path) == locked:
                raise PermissionError(13, "Permission denied", path)
            return real_scandir(path)

        with mock.patch.object(companion.os, "scandir", scandir):
            counts = self.count("sks")
        self.assertEqual((counts["images"], counts["unreadable"]), (3, 1))

    def test_a_path_that_is_not_a_readable_directory(self):
        for parts in [("sks", "a.png"), ("missing",), ("sks", "nul\x00l")]:
            with self.assertRaises(companion.NotReadableDirectory):
                self.count(*parts)

    def test_a_folder_without_permission_is_not_readable_rather_than_empty(self):
        real_scandir = os.scandir
        locked = self.tree.path("sks")

        def scandir(path):
            if os.fspath(path) == locked:
                raise PermissionError(13, "Permission denied", path)
            return real_scandir(path)

        with mock.patch.object(companion.os, "scandir", scandir):
            with self.assertRaises(companion.NotReadableDirectory):
                self.count("sks")

    def test_the_smallest_side_only_when_every_image_has_a_readable_header(self):
        with open(self.tree.path("sks", "f.tiff"), "wb") as file:
            file.write(b"II*\x00 not parsed")
        self.assertIsNone(self.count("sks")["smallest_side"])

    def test_an_empty_folder(self):
        os.makedirs(self.tree.path("empty"))
        self.assertEqual(self.count("empty"), {"images": 0, "captioned": 0, "smallest_side": None, "truncated": False, "unreadable": 0})


class Webui:
    """Stand-ins for the WebUI's modules that api_key() reads."""

    def __init__(self, test, api_auth=None, models_path=None):
        shared = mock.Mock(cmd_opts=mock.Mock(api_auth=api_auth), models_path=models_path or tempfile.gettempdir())
        patcher = mock.patch.dict(sys.modules, {"modules": mock.Mock(shared=shared), "modules.shared": shared})
        patcher.start()
        test.addCleanup(patcher.stop)


class Key(unittest.TestCase):
    def setUp(self):
        patcher = mock.patch.dict(os.environ, {}, clear=False)
        patcher.start()
        self.addCleanup(patcher.stop)
        os.environ.pop("API_KEY", None)
        self.models = tempfile.TemporaryDirectory()
        self.addCleanup(self.models.cleanup)

    def test_none_outside_the_webui_unless_the_environment_has_one(self):
        self.assertEqual(companion.api_key(), "")
        os.environ["API_KEY"] = "env"
        self.assertEqual(companion.api_key(), "env")

    def test_the_dreambooth_extensions_order_api_auth_then_environment_then_secret(self):
        os.makedirs(os.path.join(self.models.name, "dreambooth"))
        with open(os.path.join(self.models.name, "dreambooth", "secret.txt"), "w") as file:
            file.write("saved\n")
        Webui(self, api_auth=None, models_path=self.models.name)
        self.assertEqual(companion.api_key(), "saved")
        os.environ["API_KEY"] = "env"
        self.assertEqual(companion.api_key(), "env")
        Webui(self, api_auth="alice:pw1,bob:pw2", models_path=self.models.name)
        self.assertEqual(companion.api_key(), "pw1")
        Webui(self, api_auth="justapassword", models_path=self.models.name)
        self.assertEqual(companion.api_key(), "justapassword")

    def test_an_unreadable_secret_is_no_key_and_no_error(self):
        os.makedirs(os.path.join(self.models.name, "dreambooth", "secret.txt"))
        Webui(self, models_path=self.models.name)
        self.assertEqual(companion.api_key(), "")


class Refusal(unittest.TestCase):
    SENT = {companion.REQUEST_HEADER: "count", "host": "127.0.0.1:7860"}

    def refusal(self, headers=None, client="127.0.0.1", logged_in=False, login_required=False, key=""):
        return companion.refusal({**self.SENT, **(headers or {})}, client, logged_in, login_required, key)

    def test_only_requests_the_companions_page_sent(self):
        self.assertEqual(companion.refusal({"host": "127.0.0.1:7860"}, "127.0.0.1", False, False, ""), "header")
        self.assertIsNone(self.refusal())

    def test_never_for_a_page_of_another_site(self):
        # Gradio's CORS middleware lets every origin send the header; the browser says where it came from.
        self.assertEqual(self.refusal({"origin": "http://other.example"}), "site")
        self.assertEqual(self.refusal({"origin": "null"}), "site")
        self.assertEqual(self.refusal({"sec-fetch-site": "cross-site"}), "site")
        self.assertEqual(self.refusal({"sec-fetch-site": "same-site"}), "site")
        self.assertEqual(self.refusal({"origin": "http://other.example"}, logged_in=True, login_required=True), "site")
        self.assertIsNone(self.refusal({"origin": "http://127.0.0.1:7860", "sec-fetch-site": "same-origin"}))

    def test_without_login_or_key_only_this_machine_by_a_loopback_name(self):
        for host in ["localhost:7860", "127.0.0.1", "[::1]:7860", "127.0.0.2:80", "LOCALHOST"]:
            self.assertIsNone(self.refusal({"host": host}), host)
        self.assertIsNone(self.refusal(client="::1"))
        # A page of another site whose name now points here (DNS rebinding), a share link's tunnel,
        # another machine on the LAN.
        self.assertEqual(self.refusal({"host": "attacker.example:7860"}), "loopback")
        self.assertEqual(self.refusal({"host": "abcd.gradio.live"}), "loopback")
        self.assertEqual(self.refusal({"host": "127.0.0.1.attacker.example"}), "loopback")
        self.assertEqual(self.refusal(client="192.168.1.20"), "loopback")
        self.assertEqual(self.refusal({"host": ""}), "loopback")
        self.assertEqual(self.refusal(client=None), "loopback")

    def test_with_a_webui_login_a_logged_in_session_or_the_key(self):
        self.assertEqual(self.refusal(login_required=True), "login")
        self.assertIsNone(self.refusal(login_required=True, logged_in=True, client="192.168.1.20", headers={"host": "pc:7860"}))
        self.assertIsNone(self.refusal({companion.KEY_HEADER: "k"}, login_required=True, key="k"))
        self.assertEqual(self.refusal({companion.KEY_HEADER: "x"}, login_required=True, key="k"), "login")

    def test_with_the_dreambooth_key_the_key_from_anywhere(self):
        self.assertEqual(self.refusal(key="s3cret"), "key")
        self.assertEqual(self.refusal({companion.KEY_HEADER: "wrong"}, key="s3cret"), "key")
        self.assertEqual(self.refusal({companion.KEY_HEADER: "s3cre"}, key="s3cret"), "key")
        self.assertIsNone(self.refusal({companion.KEY_HEADER: "s3cret", "host": "pc:7860"}, client="10.1.1.1", key="s3cret"))
        self.assertIsNone(self.refusal({companion.KEY_HEADER: "ключ"}, key="ключ"))

    def test_every_reason_has_a_message(self):
        self.assertEqual(set(companion.REFUSALS), {"header", "site", "login", "key", "loopback"})


class PathProblem(unittest.TestCase):
    def test_missing_too_long_nul_and_not_text_are_bad_requests(self):
        self.assertEqual(companion.path_problem(""), "path is required")
        self.assertIn("longer", companion.path_problem("a" * 5000))
        self.assertIn("NUL", companion.path_problem("/data/x\x00y"))
        self.assertEqual(companion.path_problem("/data/\udcff"), "path is not text")
        self.assertIsNone(companion.path_problem("/data/狗"))


class Counting(unittest.TestCase):
    def setUp(self):
        self.tree = Tree({"data/sks/a.png": png(512, 512), "data/sks/b.png": png(512, 640), "data/file.png": png(8, 8)})
        self.addCleanup(self.tree.dir.cleanup)

    def test_counts_only_never_names(self):
        status, body = companion.Counter().answer(self.tree.path("data", "sks"))
        self.assertEqual(status, 200)
        self.assertEqual(set(body), {"images", "captioned", "smallest_side", "truncated", "unreadable", "pillow"})
        self.assertEqual(body["images"], 2)
        self.assertNotIn("a.png", repr(body))

    def test_one_answer_for_everything_that_is_not_a_readable_directory(self):
        # A file, a missing path, and no "~" expansion: nothing tells one from another.
        paths = [self.tree.path("data", "file.png"), self.tree.path("data", "missing"), "~root", "~"]
        answers = [companion.Counter().answer(path) for path in paths]
        self.assertEqual(answers, [(404, {"reason": "not-found", "message": "not a readable directory"})] * 4)

    def test_relative_and_dotted_paths_resolve_as_the_trainer_resolves_them(self):
        cwd = os.getcwd()
        os.chdir(self.tree.root)
        self.addCleanup(os.chdir, cwd)
        counter = companion.Counter(cache_seconds=0)
        self.assertEqual(counter.answer("data/sks")[1]["images"], 2)
        self.assertEqual(counter.answer(os.path.join("data", "sks", "..", "sks"))[1]["images"], 2)
        # The system resolves "..", as for the trainer's os.listdir: through a missing folder, nothing.
        self.assertEqual(counter.answer("data/missing/../sks")[0], 404)

    def test_a_repeated_request_within_seconds_is_answered_from_the_cache(self):
        calls = []

        def count(path, extensions):
            calls.append(path)
            return {"images": len(calls)}

        counter = companion.Counter(count=count)
        self.assertEqual(counter.answer("/a")[1]["images"], 1)
        self.assertEqual(counter.answer("/a")[1]["images"], 1)
        self.assertEqual(counter.answer("/b")[1]["images"], 2)
        self.assertEqual(calls, ["/a", "/b"])
        self.assertEqual(companion.Counter(count=count, cache_seconds=0).answer("/a")[1]["images"], 3)

    def test_one_count_at_a_time_and_folders_beyond_the_queue_turned_away_at_once(self):
        running, most = [0], [0]

        def count(path, extensions):
            running[0] += 1
            most[0] = max(most[0], running[0])
            time.sleep(0.05)
            running[0] -= 1
            return {"images": 1}

        async def ask_many():
            counter = companion.Counter(count=count, max_waiting=4)
            return await asyncio.gather(*(counter.answer_async(f"/folder-{index}") for index in range(10)))

        statuses = [status for status, _ in asyncio.run(ask_many())]
        self.assertEqual(most[0], 1)
        self.assertEqual(statuses.count(200), 4)
        self.assertEqual(statuses.count(503), 6)

    def test_requests_for_a_folder_being_counted_share_that_count(self):
        calls = []

        def count(path, extensions):
            calls.append(path)
            time.sleep(0.05)
            return {"images": 99_990}

        async def ask_many():
            counter = companion.Counter(count=count, max_waiting=1)
            return await asyncio.gather(*(counter.answer_async("/same") for _ in range(20)))

        answers = asyncio.run(ask_many())
        self.assertEqual(calls, ["/same"])
        self.assertEqual({(status, body["images"]) for status, body in answers}, {(200, 99_990)})


class SettingsLabels(unittest.TestCase):
    """The companion's WebUI Settings are labelled in the language the WebUI shows."""

    def labels_for(self, **opts):
        added = {}

        class Options:
            def add_option(self, key, info):
                added[key] = info.label

        options = Options()
        for key, value in opts.items():
            setattr(options, key, value)
        shared = mock.Mock(opts=options, OptionInfo=lambda default, label, **_: mock.Mock(label=label))
        gradio = mock.Mock()
        with mock.patch.dict(sys.modules, {"modules": mock.Mock(shared=shared), "modules.shared": shared, "gradio": gradio}):
            companion.add_settings()
        return added

    def test_english_without_a_localization(self):
        labels = self.labels_for(localization="None")
        self.assertEqual(labels["dreambooth_companion_formula"], "Default formula")

    def test_the_localization_files_of_the_community(self):
        for name, formula in [("zh_CN", "默认公式"), ("zh-Hans (Stable)", "默认公式"), ("ja_JP", "既定の計算式")]:
            self.assertEqual(self.labels_for(localization=name)["dreambooth_companion_formula"], formula, name)

    def test_the_bilingual_extension_when_it_is_on(self):
        labels = self.labels_for(localization="None", bilingual_localization_enabled=True, bilingual_localization_file="ja_JP")
        self.assertEqual(labels["dreambooth_companion_prior"], companion.SETTINGS_LABELS["ja"]["prior"])

    def test_every_language_labels_every_option(self):
        keys = set(companion.SETTINGS_LABELS["en"])
        self.assertEqual({language: set(labels) for language, labels in companion.SETTINGS_LABELS.items()}, {"en": keys, "zh": keys, "ja": keys})


class Headers(unittest.TestCase):
    def test_a_bmp_with_a_negative_width_has_no_size(self):
        tree = Tree({"odd.bmp": b"BM" + b"\x00" * 16 + struct.pack("<ii", -64, 64) + b"\x00" * 8})
        self.addCleanup(tree.dir.cleanup)
        self.assertIsNone(companion.image_size(tree.path("odd.bmp")))

    def test_reads_sizes_from_headers(self):
        tree = Tree({"a.png": png(3, 4), "b.jpg": jpeg(5, 6), "c.gif": gif(7, 8), "d.bmp": bmp(9, 10), "e.webp": webp(11, 12)})
        self.addCleanup(tree.dir.cleanup)
        sizes = [companion.image_size(tree.path(name)) for name in ["a.png", "b.jpg", "c.gif", "d.bmp", "e.webp"]]
        self.assertEqual(sizes, [(3, 4), (5, 6), (7, 8), (9, 10), (11, 12)])


if __name__ == "__main__":
    unittest.main()
