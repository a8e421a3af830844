"""Paints one server search hit: what matched, the customer (masked as in the inbox) and UID, and
"in your list" when the desk's own results show it too; below, the snippet with the server's match
highlighted (:func:`app.policies.server_search.snippet_spans`), or for a customer hit what kind of
data matched. Plain text drawn with ``drawText``, elided, never markup."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.policies.server_search import snippet_spans
from app.protocol.search import SearchHit
from app.ui import fonts, theme
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.item_models.search_hits_model import SearchHitsModel

PAD = 8
GAP = 2


KINDS = {
    "uid": QT_TRANSLATE_NOOP("SearchHit", "UID"),
    "email": QT_TRANSLATE_NOOP("SearchHit", "Email"),
    "name": QT_TRANSLATE_NOOP("SearchHit", "Real name"),
    "order": QT_TRANSLATE_NOOP("SearchHit", "Order id"),
    "tx": QT_TRANSLATE_NOOP("SearchHit", "Tx hash"),
    "message": QT_TRANSLATE_NOOP("SearchHit", "Message"),
}


def kind_label(kind: str) -> str:
    """What matched, in the agent's language."""
    source = KINDS.get(kind)
    return QCoreApplication.translate("SearchHit", source) if source else kind


def detail_line(hit: SearchHit) -> str:
    """The second line: the snippet of a message hit, else which of the customer's data matched."""
    if hit.kind == "message":
        return hit.snippet or ""
    if hit.kind == "name":
        return QCoreApplication.translate("SearchHit", "Matched their real name (the search is audited)")
    if hit.kind == "email":
        return QCoreApplication.translate("SearchHit", "Matched their email address (the search is audited)")
    return QCoreApplication.translate("SearchHit", "Matched their %1").replace("%1", kind_label(hit.kind))


class SearchHitDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.query = ""  # the server search's text: highlighted in snippets

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = PAD + 2 * fonts.line_height(option.font) + GAP + PAD
        return QSize(option.rect.width() if option.rect.width() > 0 else 300, height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        hit = index.data(SearchHitsModel.HIT)
        if not isinstance(hit, SearchHit):
            return
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, theme.color("accent_soft"))
        base = QFont(option.font)
        bold = fonts.weighted(base, QFont.Weight.DemiBold)
        line = fonts.line_height(base)
        x, width = rect.left() + PAD, rect.width() - 2 * PAD
        top = rect.top() + PAD
        tag = kind_label(hit.kind)
        if index.data(SearchHitsModel.IN_LIST):
            tag += " · " + QCoreApplication.translate("SearchHit", "in your list")
        fm_bold, fm = QFontMetrics(bold), QFontMetrics(base)
        tag_width = min(fm.horizontalAdvance(tag) + 4, width // 2)
        painter.setFont(base)
        painter.setPen(theme.color("muted"))
        painter.drawText(QRect(x + width - tag_width, top, tag_width, line),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         fm.elidedText(tag, Qt.TextElideMode.ElideRight, tag_width))
        who = " · ".join(p for p in (hit.customer.name, hit.customer.uid) if p)
        painter.setFont(bold)
        painter.setPen(theme.color("text"))
        name_width = width - tag_width - PAD
        painter.drawText(QRect(x, top, name_width, line), int(Qt.AlignmentFlag.AlignVCenter),
                         fm_bold.elidedText(who, Qt.TextElideMode.ElideRight, name_width))
        self._detail(painter, base, QRect(x, top + line + GAP, width, line), hit)
        painter.restore()

    def _detail(self, painter: QPainter, font: QFont, box: QRect, hit: SearchHit) -> None:
        fm = QFontMetrics(font)
        full = detail_line(hit)
        text = fm.elidedText(full, Qt.TextElideMode.ElideRight, box.width())
        spans = snippet_spans(full, self.query) if hit.kind == "message" else []
        shown = len(text) if text == full else max(0, len(text) - 1)  # the ellipsis is not the text
        for start, end in spans:
            if start >= shown:
                break
            end = min(end, shown)
            x0 = box.left() + fm.horizontalAdvance(text[:start])
            mark = QRect(x0, box.top() + 1, fm.horizontalAdvance(text[start:end]), box.height() - 2)
            painter.fillRect(mark, theme.color("highlight"))
        painter.setFont(font)
        painter.setPen(theme.color("text" if spans else "muted"))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
