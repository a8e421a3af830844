"""Make the platform icons (.ico, .icns, .png) from the app's SVG with Qt, at build time.

Why here and like this: the release needs a Windows .ico and a macOS .icns, but the repository
keeps one SVG and we add no binary tools (no ImageMagick, no iconutil, no Pillow). Qt renders the
SVG to PNGs at each size (QSvgRenderer -> QImage), and both container formats are simple enough to
write directly: ICO and ICNS both accept PNG-compressed entries. If the UI ships hand-made
``resources/icons/agentdesk.ico``/``.icns`` those are used and nothing is generated.

Usage: ``python packaging/icons.py OUT_DIR [SVG]`` prints the paths it wrote. Runs Qt offscreen.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_NAME = "agentdesk"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS type codes for PNG payloads (Apple's "ic" family; retina variants reuse the larger PNG).
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),
    ("ic11", 32),
    ("ic12", 64),
    ("ic13", 256),
    ("ic14", 512),
)


def find_svg(root: Path = ROOT) -> Path | None:
    """The app icon's SVG: ``resources/icons/agentdesk.svg`` or ``app.svg`` (what the UI loads)."""
    icons = root / "resources" / "icons"
    for preferred in (icons / f"{ICON_NAME}.svg", icons / "app.svg"):
        if preferred.is_file():
            return preferred
    for candidate in sorted(icons.glob("*.svg")) if icons.is_dir() else []:
        if any(word in candidate.stem.lower() for word in ("app", "logo", "agentdesk")):
            return candidate
    return None


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNGs (supported since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns made of PNG entries: b"icns", total length, then (type, length, data)*."""
    body = b""
    for code, size in ICNS_TYPES:
        if size in pngs:
            data = pngs[size]
            body += code.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_pngs(svg: Path, sizes: set[int]) -> dict[int, bytes]:
    """Render ``svg`` at each square size with Qt and return PNG bytes per size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    # A QApplication, not a bare QGuiApplication: the instance is process-wide, and widgets created
    # later in the same process (the test suite) abort on a QGuiApplication.
    _app = QApplication.instance() or QApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    out: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(data.data())
    return out


def make_icons(out_dir: Path, svg: Path | None = None) -> dict[str, Path]:
    """Write ``agentdesk.ico``, ``agentdesk.icns`` and ``agentdesk.png`` (512 px) into ``out_dir``."""
    svg = svg or find_svg()
    if svg is None:
        return {}
    sizes = set(ICO_SIZES) | {size for _code, size in ICNS_TYPES}
    pngs = render_pngs(svg, sizes)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {
        "ico": out_dir / f"{ICON_NAME}.ico",
        "icns": out_dir / f"{ICON_NAME}.icns",
        "png": out_dir / f"{ICON_NAME}.png",
    }
    written["ico"].write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    written["icns"].write_bytes(icns_bytes(pngs))
    written["png"].write_bytes(pngs[512])
    return written


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    written = make_icons(Path(argv[0]), Path(argv[1]) if len(argv) > 1 else None)
    if not written:
        print("no app icon SVG under resources/icons; building without an icon", file=sys.stderr)
        return 0
    for path in written.values():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
