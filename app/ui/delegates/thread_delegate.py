"""Paints the thread: customer messages left, ours right, internal notes in yellow, system lines
centred.

Bodies are laid out with ``QTextLayout`` from plain text (never markup), wrapping at word
boundaries and inside over-long tokens such as transaction hashes. Heights are measured once per
(message, width) and cached: a thread is short and its rows differ in height.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from app.policies.search_highlight import match_spans
from app.store import AttachmentView
from app.ui import fonts, formats, labels, theme
from app.ui.delegates import thread_files
from app.ui.item_models.roles import ThreadRole

Index = QModelIndex | QPersistentModelIndex
MARGIN = 12
PAD_X, PAD_Y = 10, 7
MAX_FRACTION = 0.74
BUBBLES = {"customer": "customer_bubble", "agent": "agent_bubble", "internal": "internal_bubble"}


def text_layout(
    text: str, font: QFont, width: float, spans: list[tuple[int, int]] | None = None
) -> tuple[QTextLayout, int, int]:
    """A laid-out plain text block: (layout, height, widest line); ``spans`` are highlighted."""
    shown = text.replace("\r\n", "\n").replace("\n", "\u2028")
    layout = QTextLayout(shown, font)
    if spans and len(shown) == len(text):  # (a CRLF shifts offsets: no highlight then, not a wrong one)
        marks = []
        for start, end in spans:
            mark = QTextLayout.FormatRange()
            mark.start, mark.length = start, end - start
            fmt = QTextCharFormat()
            fmt.setBackground(theme.color("highlight"))
            fmt.setForeground(theme.color("text"))
            mark.format = fmt
            marks.append(mark)
        layout.setFormats(marks)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    widest = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return layout, math.ceil(y), math.ceil(widest)


class ThreadDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[object, ...], int] = {}
        self.search = ""  # the inbox search: its matches are highlighted in the bubbles

    def clear_cache(self) -> None:
        self._heights.clear()

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        base = QFont(option.font)
        small = fonts.sized(base, fonts.scaled(max(base.pixelSize(), 1), 11))
        return base, small

    @staticmethod
    def _removed(index: Index) -> str:
        kinds = index.data(ThreadRole.REDACTION_KINDS) or ()
        return labels.secrets_removed(kinds) if kinds else ""

    @staticmethod
    def _bubble_width(total: int) -> int:
        return max(160, int((total - 2 * MARGIN) * MAX_FRACTION))

    def _footer(self, index: Index) -> str:
        """Only what needs the agent's eye: sending, queued, failed (a sent reply says nothing)."""
        delivery = index.data(ThreadRole.DELIVERY)
        if not index.data(ThreadRole.MINE) or not delivery or delivery == "sent":
            return ""
        if delivery == "sending":
            return self.tr("Sending…")
        if delivery == "queued":
            return self.tr("Queued — sends when back online")
        code, text = index.data(ThreadRole.ERROR), index.data(ThreadRole.ERROR_TEXT)
        reason = text if code == "blocked" and text else labels.error(code, text)
        return self.tr("Failed: %1 — click to retry").replace("%1", reason)

    def _header(self, index: Index) -> str:
        kind = index.data(ThreadRole.KIND)
        parts = [str(index.data(ThreadRole.AUTHOR) or "")]
        if kind == "internal":
            parts.append(self.tr("Internal note"))
        parts.append(formats.date_time(index.data(ThreadRole.TIME)))
        return "  ·  ".join(p for p in parts if p)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = option.rect.width() or 600
        body = str(index.data(ThreadRole.BODY) or "")
        footer = self._footer(index)
        files = index.data(ThreadRole.FILES) or ()
        key = (str(index.data(ThreadRole.KEY)), width, footer, body, option.font.key(),
               tuple((f.id, f.status, f.thumbnail) for f in files))
        cached = self._heights.get(key)
        if cached is None:
            base, small = self._fonts(option)
            small_height = fonts.line_height(small)
            if index.data(ThreadRole.KIND) == "system":
                cached = text_layout(body, small, width - 4 * MARGIN)[1] + 12
            else:
                inner = self._bubble_width(width) - 2 * PAD_X
                text_height = text_layout(body, base, inner)[1]
                cached = small_height + 4 + text_height + 2 * PAD_Y + 8
                removed = self._removed(index)
                if removed:
                    cached += text_layout(removed, small, inner)[1] + 4
                if footer:
                    cached += small_height + 2
                if files:
                    cached += thread_files.layout(files, inner, small)[1] + thread_files.GAP
            if len(self._heights) > 5000:
                self._heights.clear()
            self._heights[key] = cached
        return QSize(width, cached)

    def file_at(self, option: QStyleOptionViewItem, index: Index, x: int, y: int) -> AttachmentView | None:
        """The readable attachment under (x, y) in this row (the same geometry as ``paint``)."""
        files = index.data(ThreadRole.FILES) or ()
        kind = str(index.data(ThreadRole.KIND))
        if not files or kind == "system":
            return None
        base, small = self._fonts(option)
        rect = option.rect
        inner = self._bubble_width(rect.width()) - 2 * PAD_X
        body = str(index.data(ThreadRole.BODY) or "")
        _layout, text_height, widest = text_layout(body, base, inner)
        removed = self._removed(index)
        removed_height, removed_w = text_layout(removed, small, inner)[1:] if removed else (0, 0)
        boxes, _files_h, files_w = thread_files.layout(files, inner, small)
        header_w = QFontMetrics(small).horizontalAdvance(self._header(index))
        content_w = max(widest, header_w, removed_w, files_w)
        bubble_w = min(inner, content_w) + 2 * PAD_X
        left = rect.right() - MARGIN - bubble_w if kind in ("agent", "internal") else rect.left() + MARGIN
        top = rect.top() + 4 + PAD_Y + fonts.line_height(small) + 4 + (removed_height + 4 if removed else 0)
        return thread_files.hit(boxes, left + PAD_X, top + text_height + thread_files.GAP, x, y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base, small = self._fonts(option)
        fm_small = QFontMetrics(small)
        rect = option.rect
        kind = str(index.data(ThreadRole.KIND))
        body = str(index.data(ThreadRole.BODY) or "")
        if kind == "system":
            layout, _height, widest = text_layout(body, small, rect.width() - 4 * MARGIN)
            painter.setPen(theme.color("system_text"))
            layout.draw(painter, QPointF(rect.left() + (rect.width() - widest) / 2, rect.top() + 6))
            painter.restore()
            return
        mine = kind in ("agent", "internal")
        inner = self._bubble_width(rect.width()) - 2 * PAD_X
        layout, text_height, widest = text_layout(body, base, inner, match_spans(body, self.search))
        header = self._header(index)
        footer = self._footer(index)
        removed = self._removed(index)
        removed_layout, removed_height, removed_w = (
            text_layout(removed, small, inner) if removed else (None, 0, 0)
        )
        files = index.data(ThreadRole.FILES) or ()
        boxes, files_h, files_w = thread_files.layout(files, inner, small) if files else ([], 0, 0)
        content_w = max(widest, fm_small.horizontalAdvance(header), removed_w, files_w)
        bubble_w = min(inner, content_w) + 2 * PAD_X
        small_height = fonts.line_height(small)
        bubble_h = small_height + 4 + text_height + 2 * PAD_Y + (removed_height + 4 if removed else 0)
        if files:
            bubble_h += files_h + thread_files.GAP
        left = rect.right() - MARGIN - bubble_w if mine else rect.left() + MARGIN
        bubble = QRectF(left, rect.top() + 4, bubble_w, bubble_h)
        painter.setPen(theme.color("internal_border" if kind == "internal" else "border"))
        painter.setBrush(theme.color(BUBBLES.get(kind, "customer_bubble")))
        painter.drawRoundedRect(bubble.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.setFont(small)
        painter.setPen(theme.color("vip" if kind == "internal" else "muted"))
        header_rect = QRect(int(bubble.left()) + PAD_X, int(bubble.top()) + PAD_Y, inner, small_height)
        elided = fm_small.elidedText(header, Qt.TextElideMode.ElideRight, int(bubble_w) - 2 * PAD_X)
        painter.drawText(header_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        top = header_rect.bottom() + 5
        if removed_layout is not None:  # what the guard removed, in the danger colour, never cut
            painter.setPen(theme.color("danger"))
            removed_layout.draw(painter, QPointF(bubble.left() + PAD_X, top))
            top += removed_height + 4
        painter.setPen(theme.color("text"))
        layout.draw(painter, QPointF(bubble.left() + PAD_X, top))
        if boxes:
            thumbs = index.data(ThreadRole.THUMBS) or {}
            thread_files.paint(painter, boxes, int(bubble.left()) + PAD_X,
                               int(top + text_height + thread_files.GAP), thumbs, small)
        if footer:
            failed = index.data(ThreadRole.DELIVERY) == "failed"
            painter.setPen(theme.color("danger" if failed else "faint"))
            foot = QRect(
                rect.left() + MARGIN, int(bubble.bottom()) + 2, rect.width() - 2 * MARGIN, fm_small.height()
            )
            align = Qt.AlignmentFlag.AlignRight if mine else Qt.AlignmentFlag.AlignLeft
            painter.drawText(foot, int(align | Qt.AlignmentFlag.AlignVCenter), footer)
        painter.restore()
