"""The worker process: decode, re-encode, read and judge one image at a time.

Everything CPU-heavy or risky runs here, never in the server's process: Pillow's decoders on
customer bytes, ONNX Runtime, zxing. The parent (``ImageChecker``) can kill a worker that overruns
its deadline or dies, and start a fresh one; a crash in a decoder costs one image, not the server.

For each job the worker sends up to two replies, so that a deadline hit during OCR still leaves the
server a clean image to store as "not checked":
``("prepared", PreparedImage)`` or ``("refused", code)``, then ``("verdict", (Verdict, cpu_seconds))``
(the CPU time the worker spent on the image: the load-independent cost the bench reports).
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from ._optional import optional_module
from .errors import AttachmentRefused
from .image_secrets import classify_binary_qr, classify_qr, judge
from .images import decode_image, encode_image
from .limits import DEFAULT_LIMITS, AttachmentLimits
from .reading import ImageText, OcrUnavailable, load_ocr, ocr_boxes, read_qr, reading_order
from .verdict import OCR_UNAVAILABLE, WORKER_FAILED, Verdict

Reader = Callable[[Any, Any], Verdict]


@dataclass(frozen=True, slots=True)
class WorkerConfig:
    """What a worker needs; picklable, sent to each spawned process.

    ``reader`` names the reading stage as ``"module:function"`` taking (engine state, RGB array)
    and returning a ``Verdict``; None is the real one (QR, then OCR, then ``judge``), and only then
    is the OCR engine loaded. Tests use it to put a worker that never finishes under the deadline.
    """

    limits: AttachmentLimits = DEFAULT_LIMITS
    ocr_threads: int = 1
    reader: str | None = None


@dataclass(slots=True)
class _State:
    config: WorkerConfig
    ocr: Any
    reader: Reader


def read_and_judge(ocr: Any, rgb: Any) -> Verdict:
    """The real reading stage: QR codes first (cheap, and decisive when they hold a key), then OCR."""
    texts, binary, unreadable = read_qr(rgb)
    for payload in texts:
        kind = classify_qr(payload)
        if kind:
            return Verdict.withheld(kind)
    for raw in binary:
        kind = classify_binary_qr(raw)
        if kind:
            return Verdict.withheld(kind)
    boxes, lines = reading_order(ocr_boxes(ocr, rgb))
    return judge(ImageText(tuple(boxes), tuple(lines), tuple(texts), tuple(binary), unreadable))


def _load_reader(path: str | None) -> Reader:
    if path is None:
        return read_and_judge
    module, _, name = path.partition(":")
    reader: Reader = getattr(importlib.import_module(module), name)
    return reader


def setup(config: WorkerConfig) -> _State:
    """Per-process set-up: Pillow's own pixel cap, one OpenCV thread, the OCR engine (None when
    unavailable).

    Each worker is one core's worth of work (ONNX Runtime runs ``ocr_threads`` threads): OpenCV's
    own thread pool (the crops' resizing, the detector's post-processing) would put a pool per
    worker on the same cores, so it is limited to the worker's thread."""
    image: Any = optional_module("PIL.Image")  # Pillow's limit is a module attribute
    if image is not None:
        image.MAX_IMAGE_PIXELS = config.limits.max_pixels
    cv2 = optional_module("cv2")
    if cv2 is not None:
        cv2.setNumThreads(max(1, config.ocr_threads))
    ocr = None
    if config.reader is None:  # a replacement reading stage brings its own engines
        try:
            ocr = load_ocr(config.ocr_threads)
            if optional_module("zxingcpp") is None:
                raise OcrUnavailable("zxing-cpp is not installed")
        except OcrUnavailable:
            ocr = None
    return _State(config, ocr, _load_reader(config.reader))


def inspect(state: _State, data: bytes) -> Iterator[tuple[str, Any]]:
    """The replies for one image, in order."""
    limits = state.config.limits
    started = time.process_time()
    try:
        im, kind, animated = decode_image(data, limits)
        prepared = encode_image(im, kind, animated, limits)
    except AttachmentRefused as exc:
        yield ("refused", exc.code)
        return
    yield ("prepared", prepared)
    if state.ocr is None and state.config.reader is None:
        yield ("verdict", (Verdict.not_checked(OCR_UNAVAILABLE), time.process_time() - started))
        return
    numpy = optional_module("numpy")
    try:
        rgb = numpy.asarray(im.convert("RGB")) if numpy is not None else im
        verdict = state.reader(state.ocr, rgb)
    except Exception:  # an engine failure is never "safe"
        verdict = Verdict.not_checked(WORKER_FAILED)
    yield ("verdict", (verdict, time.process_time() - started))


def serve(conn: Connection, config: WorkerConfig) -> None:
    """Process entry point: answer jobs ``(job_id, bytes)`` until ``None`` or the pipe closes."""
    state = setup(config)
    conn.send(("ready", state.ocr is not None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        job_id, data = job
        try:
            for reply in inspect(state, data):
                conn.send((job_id, *reply))
        except (BrokenPipeError, EOFError, OSError):  # the parent went away: nobody to answer
            return


__all__ = ["WorkerConfig", "inspect", "read_and_judge", "serve", "setup"]
