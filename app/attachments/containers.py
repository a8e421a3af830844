"""Walk an image's container structure without decoding pixels: its size, its end, its frame count.

Two jobs, both before any decoder allocates memory:

* the dimensions from the header, so a 20,000 x 20,000 "decompression bomb" (a few kB of PNG that
  inflates to 1.2 GB) is refused by arithmetic, not by running out of memory;
* where the format says the image ends. Anything after that end is another file riding along (a
  ZIP, an HTML page, a script, a PDF header: a polyglot) and the file is refused; re-encoding would
  drop it anyway, but a sender who appends payloads to images is not sending a screenshot.

The walkers are strict about lengths (every declared length must fit in the file) and lenient about
content (unknown chunks are skipped): pixel data is the decoder's business.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass
from typing import Final

from .errors import MALFORMED, POLYGLOT, AttachmentRefused
from .kinds import FileKind

_PNG_SIG: Final = b"\x89PNG\r\n\x1a\n"
# Trailing bytes tolerated after an image's end: some encoders pad with a few NULs or newlines.
_PADDING: Final = re.compile(rb"[\x00\r\n ]{0,16}")


@dataclass(frozen=True, slots=True)
class ImageLayout:
    """What the header says: dimensions, where the image ends, whether it has more than one frame."""

    width: int
    height: int
    end: int
    animated: bool = False


def _bad() -> AttachmentRefused:
    return AttachmentRefused(MALFORMED)


def _require_end(data: bytes, end: int) -> None:
    if end > len(data):
        raise _bad()
    if not _PADDING.fullmatch(data, end):
        raise AttachmentRefused(POLYGLOT)


def png_layout(data: bytes) -> ImageLayout:
    """PNG: IHDR first, every chunk's CRC right, IEND last. APNG (acTL) counts as animated."""
    if not data.startswith(_PNG_SIG):
        raise _bad()
    pos = len(_PNG_SIG)
    width = height = 0
    animated = False
    first = True
    while True:
        if pos + 12 > len(data):
            raise _bad()
        length, ctype = struct.unpack_from(">I4s", data, pos)
        body_end = pos + 8 + length
        if length > 0x7FFFFFFF or body_end + 4 > len(data):
            raise _bad()
        (crc,) = struct.unpack_from(">I", data, body_end)
        if zlib.crc32(data[pos + 4 : body_end]) != crc:
            raise _bad()
        if first:
            if ctype != b"IHDR" or length != 13:
                raise _bad()
            width, height = struct.unpack_from(">II", data, pos + 8)
            first = False
        elif ctype == b"acTL":
            animated = True
        pos = body_end + 4
        if ctype == b"IEND":
            break
    if width == 0 or height == 0:
        raise _bad()
    _require_end(data, pos)
    return ImageLayout(width, height, pos, animated)


_JPEG_MARKER: Final = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
_SOF: Final = frozenset({*range(0xC0, 0xC4), *range(0xC5, 0xC8), *range(0xC9, 0xCC), *range(0xCD, 0xD0)})


def jpeg_layout(data: bytes) -> ImageLayout:
    """JPEG: segments up to each scan, the entropy-coded data skipped to the next marker, up to EOI."""
    if not data.startswith(b"\xff\xd8"):
        raise _bad()
    pos = 2
    width = height = 0
    frames = 0
    while True:
        while pos < len(data) and data[pos] == 0xFF and pos + 1 < len(data) and data[pos + 1] == 0xFF:
            pos += 1  # fill bytes
        if pos + 2 > len(data) or data[pos] != 0xFF:
            raise _bad()
        marker = data[pos + 1]
        if marker == 0xD9:  # EOI
            pos += 2
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            pos += 2
            continue
        if pos + 4 > len(data):
            raise _bad()
        (length,) = struct.unpack_from(">H", data, pos + 2)
        seg_end = pos + 2 + length
        if length < 2 or seg_end > len(data):
            raise _bad()
        if marker in _SOF:
            if length < 8:
                raise _bad()
            height, width = struct.unpack_from(">HH", data, pos + 5)
            frames += 1
        pos = seg_end
        if marker == 0xDA:  # SOS: entropy-coded data runs to the next real marker
            m = _JPEG_MARKER.search(data, pos)
            if m is None:
                raise _bad()
            pos = m.start()
    if width == 0 or height == 0 or frames == 0:
        raise _bad()
    _require_end(data, pos)
    return ImageLayout(width, height, pos, frames > 1)


def _gif_skip_sub_blocks(data: bytes, pos: int) -> int:
    while True:
        if pos >= len(data):
            raise _bad()
        size = data[pos]
        pos += 1 + size
        if size == 0:
            return pos


def gif_layout(data: bytes) -> ImageLayout:
    """GIF: logical screen, then extension and image blocks up to the trailer (0x3B)."""
    if len(data) < 13 or not data.startswith((b"GIF87a", b"GIF89a")):
        raise _bad()
    width, height, flags = struct.unpack_from("<HHB", data, 6)
    pos = 13
    if flags & 0x80:
        pos += 3 << ((flags & 0x07) + 1)
    frames = 0
    while True:
        if pos >= len(data):
            raise _bad()
        block = data[pos]
        if block == 0x3B:
            pos += 1
            break
        if block == 0x21:  # extension: label, then sub-blocks
            pos = _gif_skip_sub_blocks(data, pos + 2)
        elif block == 0x2C:  # image descriptor
            if pos + 10 > len(data):
                raise _bad()
            img_flags = data[pos + 9]
            pos += 10
            if img_flags & 0x80:
                pos += 3 << ((img_flags & 0x07) + 1)
            pos = _gif_skip_sub_blocks(data, pos + 1)  # LZW minimum code size, then data
            frames += 1
        else:
            raise _bad()
    if width == 0 or height == 0 or frames == 0:
        raise _bad()
    _require_end(data, pos)
    return ImageLayout(width, height, pos, frames > 1)


def _webp_dims(ctype: bytes, body: bytes) -> tuple[int, int]:
    if ctype == b"VP8X" and len(body) >= 10:
        w = int.from_bytes(body[4:7], "little") + 1
        h = int.from_bytes(body[7:10], "little") + 1
        return w, h
    if ctype == b"VP8 " and len(body) >= 10 and body[3:6] == b"\x9d\x01\x2a":
        w, h = struct.unpack_from("<HH", body, 6)
        return w & 0x3FFF, h & 0x3FFF
    if ctype == b"VP8L" and len(body) >= 5 and body[0] == 0x2F:
        bits = int.from_bytes(body[1:5], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    raise _bad()


def webp_layout(data: bytes) -> ImageLayout:
    """WebP: a RIFF container whose declared size is the whole file; chunks inside it."""
    if len(data) < 20 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise _bad()
    (riff_size,) = struct.unpack_from("<I", data, 4)
    end = 8 + riff_size
    if riff_size % 2 or end > len(data):
        raise _bad()
    pos = 12
    dims: tuple[int, int] | None = None
    animated = False
    while pos < end:
        if pos + 8 > end:
            raise _bad()
        ctype, size = struct.unpack_from("<4sI", data, pos)
        body_end = pos + 8 + size
        if body_end > end:
            raise _bad()
        if dims is None:
            dims = _webp_dims(ctype, data[pos + 8 : body_end])
            animated = ctype == b"VP8X" and bool(data[pos + 8] & 0x02)
        pos = body_end + (size & 1)
    if dims is None or pos != end:
        raise _bad()
    _require_end(data, end)
    return ImageLayout(dims[0], dims[1], end, animated)


_LAYOUTS: Final = {
    FileKind.PNG: png_layout,
    FileKind.JPEG: jpeg_layout,
    FileKind.GIF: gif_layout,
    FileKind.WEBP: webp_layout,
}


def image_layout(kind: FileKind, data: bytes) -> ImageLayout:
    """The layout of an image of ``kind``; raises ``AttachmentRefused`` (malformed, polyglot)."""
    try:
        return _LAYOUTS[kind](data)
    except (struct.error, IndexError) as exc:
        raise _bad() from exc
