"""Decode an attachment's image for the viewer off the Qt loop: a QImage, bounded in size.

A phone photo can be 48 megapixels (the server's cap is 50): turning that into a pixmap, or even
scaling it, on the Qt loop froze the desk for a noticeable moment. :func:`image_for_view` reads the
bytes (download or sealed cache) and decodes them in a thread (``asyncio.to_thread``) with
``QImageReader``, which decodes a large image straight at a reduced size (``setScaledSize``) rather
than decoding it whole and scaling after; the result is already in the premultiplied format the
raster paint engine draws, and the viewer paints that QImage directly (no ``QPixmap`` conversion
on the loop). QImage is safe to create and use in another thread; QPixmap is not.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader

#: the most pixels the viewer holds; a larger image is decoded scaled down to this (about 4096²)
MAX_VIEW_PIXELS = 16_777_216


@dataclass(frozen=True)
class ViewImage:
    """The image to show, and the original's size (the status line says the real dimensions)."""

    image: QImage
    width: int
    height: int


def decode_for_view(data: bytes, max_pixels: int = MAX_VIEW_PIXELS) -> ViewImage:
    """Decode ``data`` (in a thread): scaled to at most ``max_pixels``; a null image if unreadable."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    width, height = size.width(), size.height()
    if width > 0 and height > 0 and width * height > max_pixels:
        factor = math.sqrt(max_pixels / (width * height))
        reader.setScaledSize(QSize(max(1, int(width * factor)), max(1, int(height * factor))))
    image = reader.read()
    if image.isNull():
        return ViewImage(image, 0, 0)
    if width <= 0 or height <= 0:
        width, height = image.width(), image.height()
    return ViewImage(image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied), width, height)


async def image_for_view(read: Callable[[], Awaitable[bytes]]) -> ViewImage:
    """Read the bytes, then decode them in a thread: the loop only awaits."""
    data = await read()
    return await asyncio.to_thread(decode_for_view, data)
