"""The .ico and .icns that packaging/icons.py writes are real icons Qt (and so the OS) can read.

Why: the icon files are generated at build time from the SVG (no binary tools), so a malformed
container would only show up as a blank icon in Explorer or the Dock after a release.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def icons(icons_script: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if icons_script.find_svg() is None:
        pytest.fail("no app icon SVG under resources/icons (app.svg or agentdesk.svg)")
    return icons_script.make_icons(tmp_path_factory.mktemp("icons"))


def test_ico_has_every_windows_size(icons: dict[str, Path], icons_script: ModuleType) -> None:
    from PySide6.QtGui import QImageReader

    data = icons["ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(icons_script.ICO_SIZES))
    reader = QImageReader(str(icons["ico"]))
    assert reader.canRead(), reader.errorString()
    sizes = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull()
        sizes.add(image.width())
    assert sizes == set(icons_script.ICO_SIZES)


def test_icns_is_well_formed(icons: dict[str, Path]) -> None:
    data = icons["icns"].read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    offset, codes = 8, []
    while offset < len(data):
        code = data[offset : offset + 4].decode()
        (length,) = struct.unpack(">I", data[offset + 4 : offset + 8])
        assert data[offset + 8 : offset + 16] == b"\x89PNG\r\n\x1a\n"
        codes.append(code)
        offset += length
    assert offset == len(data)
    assert {"ic07", "ic08", "ic09", "ic10"} <= set(codes)


def test_png_is_512_square(icons: dict[str, Path]) -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(icons["png"]))
    assert (image.width(), image.height()) == (512, 512)
    assert image.pixelColor(256, 256).alpha() == 255  # the SVG was drawn, not a blank canvas
