"""A very large image opens in the viewer without blocking the Qt loop.

The decode runs in a thread and is held there until the Qt loop has handled several timer events:
if decoding (or scaling, or a pixmap conversion) ran on the loop, the timer could not fire while it
ran and the held decode would give up waiting, failing the test — no clock is measured. The viewer
then shows the image scaled to ``MAX_VIEW_PIXELS`` with the original's size in its status line, and
nothing converts it to a QPixmap.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage, QPixmap

from app.ui import image_decode
from app.ui.dialogs import image_viewer
from app.ui.dialogs.image_viewer import ImageViewer

TICKS = 5


def _big_png(width: int, height: int) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 120, 200))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def test_a_huge_image_is_decoded_and_scaled_off_the_loop(aio: Any, monkeypatch: Any) -> None:
    data = _big_png(6000, 5000)  # 30 megapixels: under the server's cap, over the viewer's
    ticks = 0
    enough = threading.Event()
    threads: list[bool] = []
    real_decode = image_decode.decode_for_view

    def held_decode(raw: bytes, max_pixels: int = image_decode.MAX_VIEW_PIXELS) -> image_decode.ViewImage:
        threads.append(threading.current_thread() is threading.main_thread())
        assert enough.wait(60), "the Qt loop handled no timer events while the image was decoded"
        return real_decode(raw, max_pixels)

    conversions: list[object] = []
    monkeypatch.setattr(image_decode, "decode_for_view", held_decode)
    monkeypatch.setattr(QPixmap, "fromImage", lambda *a, **k: conversions.append(a) or QPixmap())

    def tick() -> None:
        nonlocal ticks
        ticks += 1
        if ticks >= TICKS:
            enough.set()

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)

    async def body() -> None:
        async def read() -> bytes:
            return data

        viewer = ImageViewer("huge.png")
        viewer.show()
        timer.start()
        try:
            shown = await image_decode.image_for_view(read)
        finally:
            timer.stop()
        assert threads == [False]  # decoded on a worker thread
        assert ticks >= TICKS
        viewer.show_image(shown)
        assert viewer.image is not None
        pixels = viewer.image.width() * viewer.image.height()
        assert 0.9 * image_decode.MAX_VIEW_PIXELS <= pixels <= image_decode.MAX_VIEW_PIXELS
        assert abs(viewer.image.width() / viewer.image.height() - 6000 / 5000) < 0.01
        assert viewer.image.format() == QImage.Format.Format_ARGB32_Premultiplied
        assert "6000" in viewer.status.text() and "5000" in viewer.status.text()
        viewer.fit()
        viewer.repaint()  # painting the scaled QImage works, with no pixmap made of it
        assert conversions == []
        assert isinstance(viewer.item, image_viewer._ImageItem)
        viewer.close()

    aio(body)


def test_a_small_image_keeps_its_size_and_an_unreadable_one_says_so(qapp: Any) -> None:
    small = image_decode.decode_for_view(_big_png(640, 400))
    assert (small.image.width(), small.image.height(), small.width, small.height) == (640, 400, 640, 400)
    broken = image_decode.decode_for_view(b"\x89PNG\r\n\x1a\nnot really")
    assert broken.image.isNull()
    viewer = ImageViewer("broken.png")
    viewer.show_image(broken)
    assert viewer.image is None and "could not be decoded" in viewer.status.text()
    viewer.close()
