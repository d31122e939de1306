"""The WebUI side of the companion (scripts/dreambooth_companion.py), on temporary folders.

Run by `npm test` with Debian's /usr/bin/python3: python3 -m unittest discover -s test/python
"""
import os
import struct
import sys
import tempfile
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
            "sks/._a.png": b"macOS metadata",
            "outside/secret.png": png(64, 64),
        })
        self.addCleanup(self.tree.dir.cleanup)

    def test_counts_images_in_every_subfolder_by_extension_with_captions_and_smallest_side(self):
        counts = companion.count_images(self.tree.path("sks"))
        self.assertEqual(counts, {"images": 5, "captioned": 2, "smallest_side": 480, "truncated": False})

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

    def test_does_not_follow_links_out_of_the_tree(self):
        os.symlink(self.tree.path("outside", "secret.png"), self.tree.path("sks", "linked.png"))
        os.symlink(self.tree.path("outside"), self.tree.path("sks", "linked-folder"))
        self.assertEqual(companion.count_images(self.tree.path("sks"))["images"], 5)

    def test_a_link_inside_the_tree_counts(self):
        os.symlink(self.tree.path("sks", "a.png"), self.tree.path("sks", "nested", "again.png"))
        self.assertEqual(companion.count_images(self.tree.path("sks"))["images"], 6)

    def test_stops_on_a_tree_larger_than_the_bound_and_says_it_was_cut(self):
        counts = companion.count_images(self.tree.path("sks"), max_entries=3)
        self.assertTrue(counts["truncated"])
        self.assertLessEqual(counts["images"], 3)

    def test_the_smallest_side_only_when_every_image_has_a_readable_header(self):
        with open(self.tree.path("sks", "f.tiff"), "wb") as file:
            file.write(b"II*\x00 not parsed")
        self.assertIsNone(companion.count_images(self.tree.path("sks"))["smallest_side"])

    def test_an_empty_folder(self):
        os.makedirs(self.tree.path("empty"))
        self.assertEqual(companion.count_images(self.tree.path("empty")), {"images": 0, "captioned": 0, "smallest_side": None, "truncated": False})


class Answer(unittest.TestCase):
    def setUp(self):
        self.tree = Tree({"data/sks/a.png": png(512, 512), "data/sks/b.png": png(512, 640), "data/file.png": png(8, 8)})
        self.addCleanup(self.tree.dir.cleanup)
        patcher = mock.patch.dict(os.environ, {}, clear=False)
        patcher.start()
        self.addCleanup(patcher.stop)
        os.environ.pop("API_KEY", None)

    def test_counts_only_never_names(self):
        status, body = companion.answer(self.tree.path("data", "sks"))
        self.assertEqual(status, 200)
        self.assertEqual(set(body), {"images", "captioned", "smallest_side", "truncated", "pillow"})
        self.assertEqual(body["images"], 2)
        self.assertNotIn("a.png", repr(body))

    def test_a_file_a_missing_path_and_no_path(self):
        self.assertEqual(companion.answer(self.tree.path("data", "file.png"))[0], 404)
        self.assertEqual(companion.answer(self.tree.path("data", "missing"))[0], 404)
        self.assertEqual(companion.answer("")[0], 400)

    def test_relative_and_dotted_paths_resolve_as_the_trainer_resolves_them(self):
        cwd = os.getcwd()
        os.chdir(self.tree.root)
        self.addCleanup(os.chdir, cwd)
        self.assertEqual(companion.answer("data/sks")[1]["images"], 2)
        self.assertEqual(companion.answer("data/other/../sks")[1]["images"], 2)
        self.assertEqual(companion.answer(os.path.join("data", "sks", "..", "sks"))[1]["images"], 2)

    def test_the_api_key_of_the_dreambooth_extension_is_required_when_set(self):
        os.environ["API_KEY"] = "s3cret"
        path = self.tree.path("data", "sks")
        self.assertEqual(companion.answer(path)[0], 401)
        self.assertEqual(companion.answer(path, "wrong")[0], 403)
        self.assertEqual(companion.answer(path, "s3cret")[0], 200)

    def test_the_webui_api_auth_password_is_the_key(self):
        shared = mock.Mock(cmd_opts=mock.Mock(api_auth="alice:pw1,bob:pw2"), models_path=self.tree.root)
        with mock.patch.dict(sys.modules, {"modules": mock.Mock(shared=shared), "modules.shared": shared}):
            self.assertEqual(companion.api_key(), "pw1")
            self.assertEqual(companion.answer(self.tree.path("data", "sks"))[0], 401)
            self.assertEqual(companion.answer(self.tree.path("data", "sks"), "pw1")[0], 200)


class Headers(unittest.TestCase):
    def test_reads_sizes_from_headers(self):
        tree = Tree({"a.png": png(3, 4), "b.jpg": jpeg(5, 6), "c.gif": gif(7, 8), "d.bmp": bmp(9, 10), "e.webp": webp(11, 12)})
        self.addCleanup(tree.dir.cleanup)
        sizes = [companion.image_size(tree.path(name)) for name in ["a.png", "b.jpg", "c.gif", "d.bmp", "e.webp"]]
        self.assertEqual(sizes, [(3, 4), (5, 6), (7, 8), (9, 10), (11, 12)])


if __name__ == "__main__":
    unittest.main()
