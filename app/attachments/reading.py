"""Read an image's text (OCR, zh + en) and QR codes, offline; runs inside the worker processes.

Engines, both from PyPI wheels for Windows, macOS and Linux (the ``attachments`` extra):

* OCR: RapidOCR 3 on ONNX Runtime, with the PP-OCRv6 detection/recognition models and the
  orientation classifier that ship INSIDE its wheel (one model reads Chinese and English). The
  engine is given those files' paths explicitly and RapidOCR's downloader is disabled, so it never
  reaches the network: a missing model is "OCR unavailable", not a download.
* QR: zxing-cpp, which decodes rotated, skewed and blurred photos of codes far better than OpenCV's
  detector, and reports symbols it found but could not decode (so the guard can say "not checked"
  instead of "safe" for a blurred key QR).

Reading order: OCR boxes are grouped into lines after undoing the photo's dominant rotation, top to
bottom, left to right; lines are joined with newlines, boxes in a line with spaces. Very tall or
wide images (long scrolling screenshots) are read in overlapping tiles, because the detector
shrinks the longest side to 2,000 pixels and a 1080 x 20,000 capture would become unreadable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Any, Final

from ._optional import optional_module

_MODELS: Final = {
    "Det": "PP-OCRv6_det_small.onnx",
    "Rec": "PP-OCRv6_rec_small.onnx",
    "Cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
}
_TILE_RATIO: Final = 2.2  # tile when one side is this many times the other
_MAX_SIDE: Final = 2000
_DET_SIDE: Final = 960
_MIN_SCORE: Final = 0.5
_REC_MIN_WIDTH: Final = 48


@dataclass(frozen=True, slots=True)
class OcrBox:
    """One recognised text box: its text, confidence and geometry (centre, height, angle)."""

    text: str
    score: float
    cx: float
    cy: float
    height: float
    angle: float  # radians, of the box's top edge


@dataclass(frozen=True, slots=True)
class ImageText:
    """Everything read from an image: OCR boxes in reading order, lines, QR payloads."""

    boxes: tuple[str, ...] = ()
    lines: tuple[str, ...] = ()
    qr_payloads: tuple[str, ...] = ()
    qr_binary: tuple[bytes, ...] = ()
    qr_unreadable: int = 0

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def __repr__(self) -> str:  # never the text: it may be a seed phrase
        qr = len(self.qr_payloads) + len(self.qr_binary)
        return f"ImageText({len(self.boxes)} boxes, {qr} QR, {self.qr_unreadable} unreadable)"


class OcrUnavailable(RuntimeError):
    """RapidOCR, ONNX Runtime or the packaged models are missing from this install."""


def _refuse_download(*args: object, **kwargs: object) -> None:
    raise OcrUnavailable("the OCR models are missing and downloading is disabled")


def load_ocr(threads: int = 1) -> Any:
    """A RapidOCR engine on the packaged models; raises ``OcrUnavailable``."""
    rapidocr = optional_module("rapidocr")
    if rapidocr is None or optional_module("onnxruntime") is None:
        raise OcrUnavailable("rapidocr or onnxruntime is not installed")
    download = optional_module("rapidocr.utils.download_file")
    if download is not None:  # belt and braces: never let the engine fetch anything
        download.DownloadFile.run = classmethod(_refuse_download)
    if rapidocr.__file__ is None:  # a namespace package: not the wheel the models ship in
        raise OcrUnavailable("rapidocr is installed without its models")
    root = Path(rapidocr.__file__).parent / "models"
    params: dict[str, Any] = {
        "Global.log_level": "error",
        "Global.max_side_len": _MAX_SIDE,
        # Measured on the corpus: the orientation classifier costs ~30% and changed no verdict
        # (EXIF orientation is applied before reading); detecting on a copy whose longest side is
        # at most 960 px halves detection time and finds the same boxes (recognition still reads
        # the full-resolution crops).
        "Global.use_cls": False,
        "Det.limit_type": "max",
        "Det.limit_side_len": _DET_SIDE,
        # One crop per recognition call: a batch pads every crop to its widest, and text-dense
        # screens (order tables) cost ~10% less CPU unbatched (measured on the corpus, session 4).
        "Rec.rec_batch_num": 1,
        # RapidOCR pads every crop to at least 320 x 48 (its default shape), so a table's short
        # cells ("0.25", "BTC") cost as much as a full line: recognition took ~85% of a text-dense
        # page's CPU. The model takes any width; at least 48 reads the same text (every box but
        # icon fragments scored below the threshold, measured on the fresh corpus) for half the
        # recognition time.
        "Rec.rec_img_shape": [3, 48, _REC_MIN_WIDTH],
        "EngineConfig.onnxruntime.intra_op_num_threads": threads,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
    }
    for task, name in _MODELS.items():
        path = root / name
        if not path.is_file():
            raise OcrUnavailable("a packaged OCR model is missing")
        params[f"{task}.model_path"] = str(path)
    return rapidocr.RapidOCR(params=params)


def _boxes(result: Any, dx: float = 0.0, dy: float = 0.0) -> list[OcrBox]:
    out: list[OcrBox] = []
    if result is None or getattr(result, "boxes", None) is None or result.txts is None:
        return out
    for quad, text, score in zip(result.boxes, result.txts, result.scores, strict=False):
        if not text or score < _MIN_SCORE:
            continue
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = (tuple(map(float, p)) for p in quad)
        height = (math.hypot(x3 - x0, y3 - y0) + math.hypot(x2 - x1, y2 - y1)) / 2
        angle = math.atan2(y1 - y0, x1 - x0)
        cx = (x0 + x1 + x2 + x3) / 4 + dx
        cy = (y0 + y1 + y2 + y3) / 4 + dy
        out.append(OcrBox(str(text), float(score), cx, cy, max(height, 1.0), angle))
    return out


def _tiles(width: int, height: int) -> list[tuple[int, int, int, int]]:
    """(left, top, right, bottom) tiles with overlap for extreme aspect ratios, else the whole image."""
    long_side, short_side = max(width, height), min(width, height)
    if long_side <= short_side * _TILE_RATIO:
        return [(0, 0, width, height)]
    size, step = int(short_side * 1.7), int(short_side * 1.5)
    starts = list(range(0, long_side - size + 1, step))
    if starts[-1] + size < long_side:
        starts.append(long_side - size)
    if height >= width:
        return [(0, s, width, s + size) for s in starts]
    return [(s, 0, s + size, height) for s in starts]


def ocr_boxes(engine: Any, rgb: Any) -> list[OcrBox]:
    """OCR an RGB numpy array, tile by tile; boxes in image coordinates, overlaps de-duplicated."""
    height, width = rgb.shape[:2]
    tiles = _tiles(width, height)
    if len(tiles) == 1:
        return _boxes(engine(rgb))
    found: list[OcrBox] = []
    for left, top, right, bottom in tiles:
        for box in _boxes(engine(rgb[top:bottom, left:right]), left, top):
            if not any(
                abs(box.cx - b.cx) < box.height and abs(box.cy - b.cy) < box.height / 2 and box.text == b.text
                for b in found
            ):
                found.append(box)
    return found


def reading_order(boxes: list[OcrBox]) -> tuple[list[str], list[str]]:
    """(box texts in reading order, lines): undo the dominant rotation, group by baseline."""
    if not boxes:
        return [], []
    angle = median(b.angle for b in boxes)
    cos, sin = math.cos(-angle), math.sin(-angle)
    placed = sorted(
        ((b.cx * sin + b.cy * cos, b.cx * cos - b.cy * sin, b) for b in boxes), key=lambda t: t[0]
    )
    lines: list[list[tuple[float, OcrBox]]] = []
    line_y = -math.inf
    for y, x, box in placed:
        if lines and abs(y - line_y) < 0.5 * box.height:
            lines[-1].append((x, box))
        else:
            lines.append([(x, box)])
            line_y = y
    ordered: list[str] = []
    texts: list[str] = []
    for line in lines:
        words = [box.text for _, box in sorted(line, key=lambda t: t[0])]
        ordered.extend(words)
        texts.append(" ".join(words))
    return ordered, texts


def read_qr(rgb: Any) -> tuple[list[str], list[bytes], int]:
    """(text payloads, binary payloads, symbols found but not decodable) of every QR code in view."""
    zxing = optional_module("zxingcpp")
    if zxing is None:
        raise OcrUnavailable("zxing-cpp is not installed")
    formats = zxing.BarcodeFormat.QRCode | zxing.BarcodeFormat.MicroQRCode
    texts: list[str] = []
    binary: list[bytes] = []
    unreadable = 0
    for result in zxing.read_barcodes(rgb, formats=formats, return_errors=True):
        if not result.valid:
            unreadable += 1
        elif result.content_type == zxing.ContentType.Binary:
            binary.append(bytes(result.bytes))
        else:
            texts.append(result.text)
    return texts, binary, unreadable
