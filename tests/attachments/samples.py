"""Files built in the test, byte by byte or with Pillow: valid ones and the attacks the issue names."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image
from PIL.PngImagePlugin import PngInfo

GPS_LATITUDE = (52.0, 22.0, 1.0)


def png_chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body))


def png(width: int = 64, height: int = 48, *, text: str | None = None, mode: str = "RGB") -> bytes:
    im = Image.new(mode, (width, height), (30, 120, 200) if mode == "RGB" else (30, 120, 200, 128))
    info = None
    if text is not None:
        info = PngInfo()
        info.add_text("Comment", text)
    out = io.BytesIO()
    im.save(out, "PNG", pnginfo=info)
    return out.getvalue()


def jpeg_with_metadata(width: int = 80, height: int = 60) -> bytes:
    """A JPEG carrying EXIF (camera, GPS position, orientation), XMP and a comment."""
    im = Image.new("RGB", (width, height), (200, 30, 30))
    for x in range(width // 2):  # a left half that shows whether orientation was applied
        for y in range(height):
            im.putpixel((x, y), (10, 200, 10))
    exif = im.getexif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", GPS_LATITUDE, "E", (13.0, 24.0, 5.0)
    out = io.BytesIO()
    im.save(
        out,
        "JPEG",
        exif=exif,
        xmp=b'<x:xmpmeta xmlns:x="adobe:ns:meta/">home-address</x:xmpmeta>',
        comment=b"taken at home",
    )
    return out.getvalue()


def gif(frames: int = 1) -> bytes:
    images = [Image.new("RGB", (40, 30), (i * 80, 255 - i * 80, 0)) for i in range(frames)]
    out = io.BytesIO()
    images[0].save(out, "GIF", save_all=frames > 1, append_images=images[1:], duration=100)
    return out.getvalue()


def webp() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (50, 40), (1, 2, 3)).save(out, "WEBP")
    return out.getvalue()


def png_bomb(side: int = 20_000) -> bytes:
    """A real decompression bomb: a 1-bit ``side`` x ``side`` PNG of zeros (~60 kB, 400 M pixels)."""
    row = b"\x00" + bytes((side + 7) // 8)
    comp = zlib.compressobj(9)
    idat = b"".join(comp.compress(row) for _ in range(side)) + comp.flush()
    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    chunks = png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


def windows_exe() -> bytes:
    """The start of a PE executable: what an ``.exe`` renamed ``.png`` really is."""
    dos = bytearray(b"MZ" + bytes(62))
    dos[0x3C:0x40] = struct.pack("<I", 64)
    return bytes(dos) + b"PE\x00\x00" + bytes(200) + b"This program cannot be run in DOS mode." * 10


def zip_archive() -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("payload.html", "<script>alert(1)</script>")
    return out.getvalue()


def pdf(body: bytes = b"") -> bytes:
    return (
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R " + body + b">>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def mp4(seconds: int = 10, *, gps: bool = True) -> bytes:
    """A minimal MP4: ftyp, moov (mvhd, udta with a QuickTime GPS atom), mdat."""

    def box(btype: bytes, body: bytes) -> bytes:
        return struct.pack(">I", 8 + len(body)) + btype + body

    mvhd = box(b"mvhd", bytes(4) + struct.pack(">IIII", 0, 0, 1000, seconds * 1000) + bytes(80))
    udta = box(b"udta", box(b"\xa9xyz", b"\x00\x12\x15\xc7+52.3667+013.4012/")) if gps else b""
    return (
        box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41")
        + box(b"moov", mvhd + udta)
        + box(b"mdat", bytes(1000))
    )


def webm(seconds: float = 10.0) -> bytes:
    """A minimal WebM: EBML header (DocType webm), Segment with Info (duration) and Tags."""

    def el(eid: int, body: bytes) -> bytes:
        id_bytes = eid.to_bytes((eid.bit_length() + 7) // 8, "big")
        return id_bytes + (0x0100000000000000 | len(body)).to_bytes(8, "big") + body

    header = el(0x1A45DFA3, el(0x4282, b"webm") + el(0x4287, b"\x04"))
    scale = el(0x2AD7B1, (1_000_000).to_bytes(3, "big"))  # 1 ms ticks
    info = el(0x1549A966, scale + el(0x4489, struct.pack(">d", seconds * 1000)))
    tags = el(0x1254C367, el(0x7373, el(0x67C8, el(0x45A3, b"LOCATION") + el(0x4487, b"52.36,13.40"))))
    cluster = el(0x1F43B675, el(0xE7, b"\x00") + bytes(100))
    return header + el(0x18538067, info + tags + cluster)
