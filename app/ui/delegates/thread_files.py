"""A message's attachments inside its bubble: previews of images, one line for anything else.

Laid out from what the message says (each image's width and height), so a row's height does not
change when its preview arrives; the preview is painted from the QImage the controller loaded
(``ThreadRole.THUMBS``), a placeholder box until then. A withheld image is a line in the danger
colour ("Image withheld: it showed a recovery phrase"), never a box: there is nothing to show.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter

from app.store import AttachmentView
from app.ui import attachment_labels, theme

PREVIEW_W, PREVIEW_H = 240, 180
GAP = 6


@dataclass(frozen=True, slots=True)
class FileBox:
    file: AttachmentView
    rect: QRect  # relative to the files area's top-left
    text: str  # the line (or the caveat under a preview)
    preview: bool


def _preview_size(f: AttachmentView, width: int) -> tuple[int, int]:
    w, h = f.width or 4, f.height or 3
    scale = min(PREVIEW_W / w, PREVIEW_H / h, max(width, 40) / w, 1.0 if w > 40 else 4.0)
    return max(24, int(w * scale)), max(24, int(h * scale))


def layout(files: tuple[AttachmentView, ...], width: int, small: QFont) -> tuple[list[FileBox], int, int]:
    """The boxes, the area's height and its widest box."""
    fm = QFontMetrics(small)
    boxes: list[FileBox] = []
    y = widest = 0
    for f in files:
        if f.readable and f.thumbnail:
            w, h = _preview_size(f, width)
            caveat = attachment_labels.caveat(f)
            extra = fm.height() + 2 if caveat else 0
            boxes.append(FileBox(f, QRect(0, y, w, h + extra), caveat, True))
            y += h + extra + GAP
            widest = max(widest, w, fm.horizontalAdvance(caveat))
        else:
            text = attachment_labels.line(f)
            bound = fm.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
            boxes.append(FileBox(f, QRect(0, y, min(width, bound.width() + 2), bound.height()), text, False))
            y += bound.height() + GAP
            widest = max(widest, min(width, bound.width() + 2))
    return boxes, max(0, y - GAP), widest


def paint(painter: QPainter, boxes: list[FileBox], left: int, top: int, thumbs: dict[int, QImage],
          small: QFont) -> None:
    painter.save()
    painter.setFont(small)
    fm = QFontMetrics(small)
    for box in boxes:
        r = box.rect.translated(left, top)
        f = box.file
        if box.preview:
            image_h = r.height() - (fm.height() + 2 if box.text else 0)
            area = QRect(r.left(), r.top(), r.width(), image_h)
            image = thumbs.get(f.id or 0)
            if image is not None and not image.isNull():
                painter.drawImage(QRectF(area), image)
            else:
                painter.setPen(theme.color("border"))
                painter.setBrush(theme.color("window"))
                painter.drawRoundedRect(QRectF(area).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            if box.text:
                painter.setPen(theme.color("danger"))
                painter.drawText(QRect(r.left(), area.bottom() + 2, r.width() + 200, fm.height()),
                                 int(Qt.AlignmentFlag.AlignLeft), box.text)
        else:
            painter.setPen(theme.color("danger" if f.status == "withheld" or f.id is None else "accent"))
            painter.drawText(r, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), box.text)
    painter.restore()


def hit(boxes: list[FileBox], left: int, top: int, x: int, y: int) -> AttachmentView | None:
    for box in boxes:
        if box.rect.translated(left, top).contains(x, y) and box.file.readable:
            return box.file
    return None
