"""Paints one inbox row: channel mark, name, VIP badge and UID, the SLA timer; the preview and the
unread count; status, priority, assignee and subject with how long the customer has waited.

Rows share one height (the view sets ``uniformItemSizes``), so a 100,000-row list scrolls without
measuring anything — but that height comes from the fonts' metrics (:func:`row_height`), never a
fixed number, so a taller fallback font or a 150 % text size never clips the bottom line. All text
is drawn with ``drawText`` — plain text, never markup — and elided to fit; the search's matches
are highlighted (:mod:`app.policies.search_highlight`). Colours come from the theme tokens; what
the timers and the stripe say from the core's rule (:func:`app.policies.urgency.row_urgency`)
evaluated against one "now" per paint.

Unread rows are bold (``Weight.Bold``: fonts without a bold face, such as WenQuanYi Micro Hei,
get a synthesised one; DemiBold would be drawn regular).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.policies.search_highlight import match_spans, uid_matches
from app.policies.sla_clock import ServerClock
from app.policies.urgency import RowUrgency, row_urgency
from app.ui import fonts, formats, labels, resources, theme
from app.ui.item_models.roles import InboxRole

PAD = 10
GAP = 2  # between the lines of a row
ICON = 16

LEVEL_TOKENS = {"ok": "ok", "warning": "warning", "breached": "danger", "paused": "faint"}
STRIPE_TOKENS = {"urgent": "danger", "high": "warning", "vip": "vip_border"}
Data = Callable[[int], Any]


def row_fonts(base: QFont, unread: bool) -> tuple[QFont, QFont, QFont]:
    """(name, body, small): the name bold when unread, the small line a little smaller."""
    name = fonts.weighted(base, QFont.Weight.Bold if unread else QFont.Weight.DemiBold)
    small = fonts.sized(base, fonts.scaled(fonts.base_pixels(base.pixelSize()), 11))
    return name, QFont(base), small


def row_height(base: QFont) -> int:
    """Three lines of the row's fonts, with the Chinese fallback's taller lines counted."""
    name, body, small = row_fonts(base, True)
    lines = fonts.line_height(name) + fonts.line_height(body) + fonts.line_height(small)
    return PAD + lines + 2 * GAP + PAD


class InboxDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icons: dict[tuple[str, str], QPixmap] = {}
        self._heights: dict[str, int] = {}
        self.now: datetime | None = None  # tests pin the time; None = ``clock``
        self.clock = ServerClock()  # the desk's one clock (server time) once the window sets it
        self.online = True  # False: the timers need a connection (they are not counted)
        self.search = ""  # the inbox search: its matches are highlighted

    def clear_cache(self) -> None:
        """The theme or the font changed: icons and heights again."""
        self._icons.clear()
        self._heights.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        key = option.font.key()
        if key not in self._heights:
            self._heights[key] = row_height(option.font)
        return QSize(option.rect.width() if option.rect.width() > 0 else 320, self._heights[key])

    def _icon(self, channel: str, token: str) -> QPixmap:
        key = (channel, theme.colors().get(token, ""))
        if key not in self._icons:
            name = channel if channel in ("chat", "email", "ticket", "callback") else "chat"
            self._icons[key] = resources.tinted_pixmap(name, ICON, theme.color(token), 2.0)
        return self._icons[key]

    def urgency(self, data: Data) -> RowUrgency:
        return row_urgency(
            status=str(data(InboxRole.STATUS) or "open"),
            priority=str(data(InboxRole.PRIORITY) or "normal"),
            vip_tier=int(data(InboxRole.VIP_TIER) or 0),
            channel=str(data(InboxRole.CHANNEL) or "chat"),
            sla_due=data(InboxRole.SLA_DUE),
            sla_started=data(InboxRole.SLA_STARTED),
            waiting_since=data(InboxRole.WAITING_SINCE),
            now=self.now or self.clock.now(),
            online=self.online,
            sla_paused_at=data(InboxRole.SLA_PAUSED_AT),
            sla_warn_at=data(InboxRole.SLA_WARN_AT),
        )

    def sla_text(self, urgency: RowUrgency) -> tuple[str, str]:
        """The first line's timer: (text, colour token)."""
        if urgency.stale:
            return formats.timer_offline(), "muted"
        if urgency.sla is None:
            return "", "muted"
        if urgency.sla.level == "paused":  # pending on the customer or snoozed: the clock stopped
            return formats.sla_paused(urgency.sla.remaining), LEVEL_TOKENS["paused"]
        return formats.sla_left(urgency.sla.remaining), LEVEL_TOKENS[urgency.sla.level]

    def wait_text(self, urgency: RowUrgency) -> tuple[str, str]:
        """The third line's timer: how long the customer has waited."""
        if urgency.waited is None:
            return "", "muted"
        return formats.waited(urgency.waited.remaining), LEVEL_TOKENS[urgency.waited.level]

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        data: Data = index.data
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        vip = int(data(InboxRole.VIP_TIER) or 0)
        unread = int(data(InboxRole.UNREAD) or 0)
        urgency = self.urgency(data)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = "selection" if selected else "hover" if hovered else "panel"
        painter.fillRect(rect, theme.color(background))
        painter.fillRect(QRect(rect.left(), rect.bottom(), rect.width(), 1), theme.color("border"))
        if urgency.stripe:
            stripe = QRect(rect.left(), rect.top(), 4, rect.height() - 1)
            painter.fillRect(stripe, theme.color(STRIPE_TOKENS[urgency.stripe]))

        name_font, body_font, small = row_fonts(QFont(option.font), bool(unread))
        fm_name, fm, fm_small = QFontMetrics(name_font), QFontMetrics(body_font), QFontMetrics(small)
        h1, h2, h3 = fonts.line_height(name_font), fonts.line_height(body_font), fonts.line_height(small)
        left = rect.left() + PAD + 2
        right = rect.right() - PAD
        line1 = rect.top() + PAD
        line2 = line1 + h1 + GAP
        line3 = line2 + h2 + GAP

        channel = str(data(InboxRole.CHANNEL) or "chat")
        icon = self._icon(channel, "accent" if unread else "muted")
        painter.drawPixmap(left, line1 + (h1 - ICON) // 2, icon)
        text_left = left + ICON + 8

        # Line 1, right: the SLA timer ("12m left", "overdue 3m"), coloured by its level.
        timer_text, timer_token = self.sla_text(urgency)
        timer_w = self._timer(painter, small, QRect(right, line1, 0, h1), timer_text, timer_token)

        # Line 1: name, VIP badge, UID.
        x = text_left
        limit = right - timer_w - (12 if timer_w else 0)
        uid = str(data(InboxRole.UID) or "")
        badge_text = labels.vip_tier(vip)
        badge_w = fm_small.horizontalAdvance(badge_text) + 10 if vip else 0
        uid_w = fm_small.horizontalAdvance(uid)
        name_room = max(40, limit - x - badge_w - 8)
        name = str(data(InboxRole.CUSTOMER_NAME) or "")
        name = fm_name.elidedText(name, Qt.TextElideMode.ElideRight, name_room)
        self._text(painter, name_font, QRect(x, line1, name_room, h1), name, "text")
        x += fm_name.horizontalAdvance(name) + 8
        if vip:
            self._badge(painter, QRect(x, line1 + 1, badge_w, h1 - 2), badge_text, small, "vip_bg", "vip")
            x += badge_w + 6
        if x + uid_w <= limit:
            whole = uid_matches(uid, self.search)
            self._text(painter, small, QRect(x, line1, uid_w, h1), uid, "muted", whole=whole)

        # Line 2: preview; the unread count at the right.
        count_w = 0
        if unread:
            count_text = str(unread) if unread < 100 else "99+"
            count_w = max(fm_small.horizontalAdvance(count_text) + 10, fm_small.height() + 2)
            pill_h = fm_small.height() + 2
            pill = QRectF(right - count_w, line2 + (h2 - pill_h) / 2, count_w, pill_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.color("unread"))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(theme.color("accent_text"))
            painter.setFont(small)
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), count_text)
        preview = " ".join(str(data(InboxRole.PREVIEW) or "").split())
        if data(InboxRole.PREVIEW_AUTHOR) == "agent":
            preview = "↪ " + preview  # the last word was ours: answered
        room = right - text_left - (count_w + 8 if count_w else 0)
        spans = match_spans(preview, self.search)
        if spans and fm.horizontalAdvance(preview[: spans[0][1]]) > room:  # the match would be cut off
            preview = "…" + preview[max(0, spans[0][0] - 12) :]
        shown = fm.elidedText(preview, Qt.TextElideMode.ElideRight, room)
        tone = "text" if unread else "muted"
        self._text(painter, body_font, QRect(text_left, line2, room, h2), shown, tone)

        # Line 3: status, an Urgent/High badge, assignee, subject; how long they waited at the right.
        wait_text, wait_token = self.wait_text(urgency)
        wait_w = self._timer(painter, small, QRect(right, line3, 0, h3), wait_text, wait_token)
        x = text_left
        end = right - wait_w - (12 if wait_w else 0)
        status = labels.status(str(data(InboxRole.STATUS) or "open"))
        x = self._meta(painter, small, x, line3, h3, end, status + "  ·  ")
        priority = str(data(InboxRole.PRIORITY) or "normal")
        if priority in ("urgent", "high") and x < end:
            label = labels.priority(priority)
            bold_small = fonts.weighted(small, QFont.Weight.Bold)
            width = QFontMetrics(bold_small).horizontalAdvance(label) + 10
            tones = ("danger", "danger_text") if priority == "urgent" else ("warning_soft", "warning")
            self._badge(painter, QRect(x, line3, width, h3), label, bold_small, *tones)
            x += width + 6
        assignee = data(InboxRole.ASSIGNEE)
        rest = [f"@{assignee}" if assignee else self.tr("Unassigned")]
        team = data(InboxRole.TEAM)
        if team:
            rest.append(labels.team(str(team)))
        mentions = int(data(InboxRole.MENTIONS) or 0)
        if mentions:  # someone @mentioned this agent here and it is not read yet
            rest.insert(0, self.tr("@ %1 new mentions").replace("%1", str(mentions))
                        if mentions > 1 else self.tr("@ you were mentioned"))
        subject = data(InboxRole.SUBJECT)
        if subject:
            rest.append(str(subject))
        self._meta(painter, small, x, line3, h3, end, "  ·  ".join(rest))
        painter.restore()

    # --- pieces ---------------------------------------------------------------------------------
    def _text(
        self, painter: QPainter, font: QFont, box: QRect, text: str, token: str, *, whole: bool = False
    ) -> None:
        """``text`` in ``box``, with the search's matches (or all of it: ``whole``) highlighted."""
        fm = QFontMetrics(font)
        spans = [(0, len(text))] if whole and text else match_spans(text, self.search)
        for start, end in spans:
            x0 = box.left() + fm.horizontalAdvance(text[:start])
            width = fm.horizontalAdvance(text[start:end])
            painter.fillRect(QRect(x0, box.top() + 1, width, box.height() - 2), theme.color("highlight"))
        painter.setFont(font)
        painter.setPen(theme.color("text" if spans else token))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)

    def _meta(
        self, painter: QPainter, font: QFont, x: int, top: int, height: int, end: int, text: str
    ) -> int:
        room = end - x
        if room <= 8 or not text:
            return x
        fm = QFontMetrics(font)
        shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, room)
        self._text(painter, font, QRect(x, top, room, height), shown, "muted")
        return x + fm.horizontalAdvance(shown)

    @staticmethod
    def _timer(painter: QPainter, font: QFont, anchor: QRect, text: str, token: str) -> int:
        """A timer right-aligned at ``anchor.left()``; returns the width it took (its dot included)."""
        if not text:
            return 0
        fm = QFontMetrics(font)
        width = fm.horizontalAdvance(text)
        right = anchor.left()
        painter.setFont(font)
        painter.setPen(theme.color(token))
        painter.drawText(
            QRect(right - width, anchor.top(), width, anchor.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        if token in ("warning", "danger"):
            painter.setBrush(theme.color(token))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRectF(right - width - 9, anchor.top() + anchor.height() / 2 - 3, 6, 6))
            return width + 9
        return width

    @staticmethod
    def _badge(painter: QPainter, rect: QRect, text: str, font: QFont, fill: str, ink: str) -> None:
        painter.setPen(Qt.PenStyle.NoPen if fill != "vip_bg" else theme.color("vip_border"))
        painter.setBrush(theme.color(fill))
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.setFont(font)
        painter.setPen(QColor(theme.color(ink)))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
