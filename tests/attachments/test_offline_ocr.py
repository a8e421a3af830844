"""The OCR engine works offline from the models in its wheel, and heavy libraries stay optional."""

from __future__ import annotations

import ast
import math
import socket
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.attachments import AttachmentLimits, Verdict, reading, worker
from app.attachments.reading import OcrBox, OcrUnavailable, load_ocr, ocr_boxes, reading_order
from bench._images.fonts import fonts

ROOT = Path(__file__).resolve().parents[2]
HEAVY = {"PIL", "numpy", "cv2", "onnxruntime", "rapidocr", "zxingcpp"}


def test_no_static_import_of_heavy_libraries() -> None:
    """The desktop bundle collects every app module: OCR must not ride along through an import."""
    for path in (ROOT / "app" / "attachments").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            assert not {n.split(".")[0] for n in names} & HEAVY, f"{path.name} imports {names}"


def test_ocr_reads_with_the_network_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the OCR engine tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    engine = load_ocr(1)
    img = Image.new("RGB", (640, 160), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    draw.text((20, 20), "Withdrawal failed 12345", font=fonts().get(36), fill=(0, 0, 0))
    draw.text((20, 90), "提币失败", font=fonts().get(36, cjk=True), fill=(0, 0, 0))
    _, lines = reading_order(ocr_boxes(engine, np.asarray(img)))
    assert any("Withdrawal" in line for line in lines)
    assert any("提币失败" in line for line in lines)
    from rapidocr.utils.download_file import DownloadFile

    with pytest.raises(OcrUnavailable):  # the downloader is disabled, whatever asks for it
        DownloadFile.run(None)


def test_short_text_is_recognised_at_its_own_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table cell ("0.25") is not padded to a full line's 320 px before recognition: the padding
    was most of a text-dense page's CPU time. The cell still reads the same."""
    engine = load_ocr(1)
    session = engine._load_rec_model().session
    widths: list[int] = []
    run = type(session).__call__

    def record(self: object, batch: np.ndarray) -> object:
        widths.append(int(batch.shape[-1]))
        return run(self, batch)

    monkeypatch.setattr(type(session), "__call__", record)
    img = Image.new("RGB", (400, 120), (255, 255, 255))
    ImageDraw.Draw(img).text((40, 30), "0.25", font=fonts().get(40), fill=(0, 0, 0))
    _, lines = reading_order(ocr_boxes(engine, np.asarray(img)))
    assert lines == ["0.25"]
    assert widths and max(widths) < 320


def test_models_ship_inside_the_wheel() -> None:
    import rapidocr

    models = Path(rapidocr.__file__).parent / "models"
    for name in reading._MODELS.values():
        assert (models / name).stat().st_size > 500_000


def test_worker_setup_caps_pillow_and_reports_missing_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(threads: int) -> None:
        raise OcrUnavailable("not installed")

    monkeypatch.setattr(worker, "load_ocr", missing)
    # setup() sets Pillow's global cap (in a worker process, its own); here, in the test process,
    # it is put back afterwards: set through monkeypatch first, so the original is what it restores.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", Image.MAX_IMAGE_PIXELS)
    import cv2

    threads = cv2.getNumThreads()
    try:
        cv2.setNumThreads(4)
        state = worker.setup(worker.WorkerConfig(AttachmentLimits(max_pixels=123_456)))
        assert cv2.getNumThreads() == 1  # one worker, one core: no OpenCV pool beside it
    finally:
        cv2.setNumThreads(threads)
    assert Image.MAX_IMAGE_PIXELS == 123_456
    replies = list(worker.inspect(state, _png(30, 20)))
    assert [tag for tag, _ in replies] == ["prepared", "verdict"]
    verdict, _cpu = replies[1][1]
    assert verdict == Verdict.not_checked("ocr_unavailable")


def _png(width: int, height: int) -> bytes:
    import io

    out = io.BytesIO()
    Image.new("RGB", (width, height), (9, 9, 9)).save(out, "PNG")
    return out.getvalue()


def test_reading_order_undoes_rotation() -> None:
    """A 3x2 grid photographed at 8 degrees reads row by row, left to right."""
    angle = math.radians(8)
    boxes = []
    for row in range(2):
        for col in range(3):
            x, y = 100 + col * 300, 100 + row * 80
            rx, ry = x * math.cos(angle) - y * math.sin(angle), x * math.sin(angle) + y * math.cos(angle)
            boxes.append(OcrBox(f"r{row}c{col}", 0.9, rx, ry, 40, angle))
    ordered, lines = reading_order(list(reversed(boxes)))
    assert lines == ["r0c0 r0c1 r0c2", "r1c0 r1c1 r1c2"]
    assert ordered[0] == "r0c0"
