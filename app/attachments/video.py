"""Short screen recordings (MP4/QuickTime and WebM): checked as containers, never transcoded.

Issue 23 wants customers to attach a screen recording of what went wrong. Transcoding video needs
ffmpeg, which no PyPI-only install provides on every platform, so recordings are kept as sent,
within the size cap, after three checks:

* the container's top-level structure tiles the file exactly: a ZIP, page or script appended to a
  video is refused as a polyglot;
* the duration the container declares is within ``max_video_seconds`` (a fragmented MP4 or a live
  WebM may not declare one; the size cap bounds those);
* metadata is blanked in place: MP4 ``udta``/``meta``/``uuid`` boxes (a phone's GPS position, XMP)
  become ``free`` boxes of the same size, and a WebM ``Tags`` element becomes a ``Void`` element, so
  no offset in the file moves and the video still plays.

Known limits: WebM clusters of unknown size (what browsers' MediaRecorder writes) are not walked, so
trailing data after them is not seen; the desk must serve recordings with ``nosniff`` as an
attachment. The guard does not read video frames: a recording's verdict is always "not checked".
"""

from __future__ import annotations

import struct
from typing import Final

from .errors import MALFORMED, POLYGLOT, VIDEO_TOO_LONG, AttachmentRefused

_MP4_TOP: Final = frozenset(
    {
        b"ftyp",
        b"moov",
        b"mdat",
        b"free",
        b"skip",
        b"wide",
        b"uuid",
        b"meta",
        b"udta",
        b"moof",
        b"mfra",
        b"sidx",
        b"styp",
        b"emsg",
        b"prft",
        b"pdin",
        b"ssix",
        b"XMP_",
        b"pnot",
        b"junk",
    }
)
_MP4_BLANK: Final = frozenset({b"udta", b"meta", b"uuid", b"XMP_"})
_MP4_DESCEND: Final = frozenset({b"moov", b"trak"})


def _mp4_boxes(data: bytes | bytearray, start: int, end: int) -> list[tuple[bytes, int, int, int]]:
    """(type, box start, payload start, box end) of the boxes that tile ``data[start:end]``."""
    boxes = []
    pos = start
    while pos < end:
        if pos + 8 > end:
            raise AttachmentRefused(MALFORMED)
        size, btype = struct.unpack_from(">I4s", data, pos)
        header = 8
        if size == 1:
            if pos + 16 > end:
                raise AttachmentRefused(MALFORMED)
            (size,) = struct.unpack_from(">Q", data, pos + 8)
            header = 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            raise AttachmentRefused(MALFORMED)
        boxes.append((btype, pos, pos + header, pos + size))
        pos += size
    return boxes


def _mp4_top_boxes(data: bytearray) -> list[tuple[bytes, int, int, int]]:
    """The top-level boxes; bytes that do not start a known box are another file (a polyglot)."""
    pos = 0
    while pos < len(data):
        if pos + 8 > len(data) or bytes(data[pos + 4 : pos + 8]) not in _MP4_TOP:
            raise AttachmentRefused(POLYGLOT if pos else MALFORMED)
        pos = _next_box_end(data, pos)
    return _mp4_boxes(data, 0, len(data))


def _next_box_end(data: bytearray, pos: int) -> int:
    size, _ = struct.unpack_from(">I4s", data, pos)
    if size == 1:
        if pos + 16 > len(data):
            raise AttachmentRefused(MALFORMED)
        (size,) = struct.unpack_from(">Q", data, pos + 8)
    elif size == 0:
        size = len(data) - pos
    if size < 8 or pos + size > len(data):
        raise AttachmentRefused(MALFORMED)
    return pos + int(size)


def _mp4_seconds(data: bytes | bytearray, payload: int, end: int) -> float | None:
    """Duration from ``mvhd`` (timescale units), or None when it declares none."""
    if payload + 4 > end:
        raise AttachmentRefused(MALFORMED)
    if data[payload] == 1:
        if payload + 32 > end:
            raise AttachmentRefused(MALFORMED)
        timescale, duration = struct.unpack_from(">IQ", data, payload + 20)
    else:
        if payload + 20 > end:
            raise AttachmentRefused(MALFORMED)
        timescale, duration = struct.unpack_from(">II", data, payload + 12)
    if timescale == 0 or duration in (0, 0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF):
        return None
    return float(duration / timescale)


def _blank_box(out: bytearray, box_start: int, payload: int, box_end: int) -> None:
    out[box_start + 4 : box_start + 8] = b"free"
    out[payload:box_end] = bytes(box_end - payload)


def check_mp4(data: bytes, max_seconds: int) -> bytes:
    """Validate an MP4/QuickTime file and return it with its metadata boxes blanked."""
    out = bytearray(data)
    top = _mp4_top_boxes(out)
    if not top or top[0][0] != b"ftyp":
        raise AttachmentRefused(MALFORMED)
    if not any(btype == b"moov" for btype, *_ in top):
        raise AttachmentRefused(MALFORMED)
    pending = [box for box in top]
    while pending:
        btype, start, payload, end = pending.pop()
        if btype in _MP4_BLANK:
            _blank_box(out, start, payload, end)
        elif btype in _MP4_DESCEND:
            pending.extend(_mp4_boxes(out, payload, end))
        elif btype == b"mvhd":
            seconds = _mp4_seconds(out, payload, end)
            if seconds is not None and seconds > max_seconds:
                raise AttachmentRefused(VIDEO_TOO_LONG, limit=max_seconds)
    return bytes(out)


_EBML_HEADER: Final = 0x1A45DFA3
_DOC_TYPE: Final = 0x4282
_SEGMENT: Final = 0x18538067
_INFO: Final = 0x1549A966
_TIMECODE_SCALE: Final = 0x2AD7B1
_DURATION: Final = 0x4489
_TAGS: Final = 0x1254C367
_VOID: Final = 0xEC


def _ebml_id(data: bytes | bytearray, pos: int) -> tuple[int, int]:
    first = data[pos]
    length = 8 - first.bit_length() + 1
    if first == 0 or length > 4 or pos + length > len(data):
        raise AttachmentRefused(MALFORMED)
    return int.from_bytes(data[pos : pos + length], "big"), pos + length


def _ebml_size(data: bytes | bytearray, pos: int) -> tuple[int | None, int, int]:
    """(size or None when unknown, position after it, bytes it took)."""
    if pos >= len(data) or data[pos] == 0:
        raise AttachmentRefused(MALFORMED)
    first = data[pos]
    length = 8 - first.bit_length() + 1
    if pos + length > len(data):
        raise AttachmentRefused(MALFORMED)
    value = int.from_bytes(data[pos : pos + length], "big") & ((1 << (7 * length)) - 1)
    unknown = value == (1 << (7 * length)) - 1
    return (None if unknown else value), pos + length, length


def _ebml_children(data: bytes | bytearray, start: int, end: int) -> list[tuple[int, int, int, int | None]]:
    """(id, element start, payload start, payload end or None) of children up to the first unknown size."""
    out: list[tuple[int, int, int, int | None]] = []
    pos = start
    while pos < end:
        eid, after_id = _ebml_id(data, pos)
        size, payload, _ = _ebml_size(data, after_id)
        if size is None:
            out.append((eid, pos, payload, None))
            break
        if payload + size > end:
            raise AttachmentRefused(MALFORMED)
        out.append((eid, pos, payload, payload + size))
        pos = payload + size
    return out


def _to_void(out: bytearray, start: int, payload: int, end: int) -> None:
    """Rewrite the element at ``start`` as a Void element spanning the same bytes."""
    total = end - start
    size_len = min(8, payload - start - 1)
    body = total - 1 - size_len
    out[start] = _VOID
    out[start + 1 : start + 1 + size_len] = ((1 << (7 * size_len)) | body).to_bytes(size_len, "big")
    out[start + 1 + size_len : end] = bytes(body)


def _webm_seconds(data: bytes | bytearray, payload: int, end: int) -> float | None:
    scale = 1_000_000
    duration: float | None = None
    for eid, _, p, e in _ebml_children(data, payload, end):
        if e is None:
            break
        if eid == _TIMECODE_SCALE:
            scale = int.from_bytes(data[p:e], "big") or scale
        elif eid == _DURATION and e - p in (4, 8):
            duration = struct.unpack(">f" if e - p == 4 else ">d", bytes(data[p:e]))[0]
    if duration is None or duration != duration or duration <= 0:
        return None
    return duration * scale / 1e9


def check_webm(data: bytes, max_seconds: int) -> bytes:
    """Validate a WebM file and return it with its Tags blanked."""
    out = bytearray(data)
    eid, pos = _ebml_id(out, 0)
    size, hdr_payload, _ = _ebml_size(out, pos)
    if eid != _EBML_HEADER or size is None or hdr_payload + size > len(out):
        raise AttachmentRefused(MALFORMED)
    hdr_end = hdr_payload + size
    header = _ebml_children(out, hdr_payload, hdr_end)
    if not any(eid == _DOC_TYPE and bytes(out[p:e]) == b"webm" for eid, _, p, e in header):
        raise AttachmentRefused(MALFORMED)
    if hdr_end >= len(out):
        raise AttachmentRefused(MALFORMED)
    seg_id, pos = _ebml_id(out, hdr_end)
    seg_size, seg_payload, _ = _ebml_size(out, pos)
    if seg_id != _SEGMENT:
        raise AttachmentRefused(MALFORMED)
    seg_end = len(out) if seg_size is None else seg_payload + seg_size
    if seg_end > len(out):
        raise AttachmentRefused(MALFORMED)
    if seg_end < len(out):
        raise AttachmentRefused(POLYGLOT)
    for eid, start, payload, end in _ebml_children(out, seg_payload, seg_end):
        if end is None:
            break
        if eid == _INFO:
            seconds = _webm_seconds(out, payload, end)
            if seconds is not None and seconds > max_seconds:
                raise AttachmentRefused(VIDEO_TOO_LONG, limit=max_seconds)
        elif eid == _TAGS:
            _to_void(out, start, payload, end)
    return bytes(out)
