"""Paints one inbox row: channel mark, name and UID, VIP badge, preview, unread count, SLA timer.

Rows have one fixed height (the view sets ``uniformItemSizes``), so a 100,000-row list scrolls
without measuring anything. All text is drawn with ``drawText`` — plain text, never markup —
and elided to fit. Colours come from the theme tokens; the SLA colour from the core's rule
(:func:`app.policies.sla_clock.sla_level`) evaluated against one "now" per paint.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.policies.sla_clock import ServerClock, timer_state, waiting
from app.ui import labels, resources, theme
from app.ui.item_models.roles import InboxRole

ROW_HEIGHT = 62
PAD = 10
ICON = 16

SLA_TOKENS = {"ok": "muted", "warning": "warning", "breached": "danger", "paused": "faint"}
PRIORITY_TOKENS = {"urgent": "danger", "high": "warning"}


class InboxDelegate(QStyledItemDelegate):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._icons: dict[tuple[str, str], object] = {}
        self.now: datetime | None = None  # tests pin the time; None = ``clock``
        self.clock = ServerClock()  # the desk's one clock (server time) once the window sets it

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width() if option.rect.width() > 0 else 320, ROW_HEIGHT)

    def _icon(self, channel: str, token: str) -> object:
        key = (channel, theme.colors().get(token, ""))
        if key not in self._icons:
            name = channel if channel in ("chat", "email", "ticket", "callback") else "chat"
            self._icons[key] = resources.tinted_pixmap(name, ICON, theme.color(token), 2.0)
        return self._icons[key]

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        data = index.data
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        vip = int(data(InboxRole.VIP_TIER) or 0)
        unread = int(data(InboxRole.UNREAD) or 0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = "selection" if selected else "hover" if hovered else "panel"
        painter.fillRect(rect, theme.color(background))
        painter.fillRect(QRect(rect.left(), rect.bottom(), rect.width(), 1), theme.color("border"))
        stripe = "vip_border" if vip else PRIORITY_TOKENS.get(str(data(InboxRole.PRIORITY) or ""))
        if stripe:
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height() - 1), theme.color(stripe))

        base: QFont = QFont(option.font)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold if unread else QFont.Weight.Medium)
        small = QFont(base)
        small.setPixelSize(max(base.pixelSize(), 13) - 2 if base.pixelSize() > 0 else 11)
        fm, fm_bold, fm_small = QFontMetrics(base), QFontMetrics(bold), QFontMetrics(small)

        left = rect.left() + PAD + 2
        right = rect.right() - PAD
        line1 = rect.top() + 8
        line2 = line1 + fm_bold.height() + 2
        line3 = line2 + fm.height() + 1

        channel = str(data(InboxRole.CHANNEL) or "chat")
        painter.drawPixmap(
            left, line1 + (fm_bold.height() - ICON) // 2, self._icon(channel, "accent" if unread else "muted")
        )  # type: ignore[arg-type]
        text_left = left + ICON + 8

        # Right column, line 1: the SLA timer (or how long the customer has waited).
        timer_text, timer_token = self._timer(data)
        painter.setFont(small)
        timer_w = fm_small.horizontalAdvance(timer_text) if timer_text else 0
        if timer_text:
            painter.setPen(theme.color(timer_token))
            painter.drawText(
                QRect(right - timer_w, line1, timer_w, fm_bold.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                timer_text,
            )
            if timer_token != "muted":
                painter.setBrush(theme.color(timer_token))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(QRectF(right - timer_w - 9, line1 + fm_bold.height() / 2 - 3, 6, 6))

        # Line 1: name, UID, VIP badge.
        x = text_left
        limit = right - timer_w - 16
        name = str(data(InboxRole.CUSTOMER_NAME) or "")
        painter.setFont(bold)
        painter.setPen(theme.color("text"))
        uid = str(data(InboxRole.UID) or "")
        badge_text = labels.vip_tier(vip)
        badge_w = fm_small.horizontalAdvance(badge_text) + 10 if vip else 0
        uid_w = fm_small.horizontalAdvance(uid)
        name_room = max(40, limit - x - uid_w - badge_w - 16)
        shown = fm_bold.elidedText(name, Qt.TextElideMode.ElideRight, name_room)
        painter.drawText(
            QRect(x, line1, name_room, fm_bold.height()), int(Qt.AlignmentFlag.AlignVCenter), shown
        )
        x += fm_bold.horizontalAdvance(shown) + 8
        if vip:
            self._badge(painter, QRect(x, line1 + 1, badge_w, fm_bold.height() - 2), badge_text, small)
            x += badge_w + 6
        painter.setFont(small)
        painter.setPen(theme.color("faint"))
        if x + uid_w <= limit:
            painter.drawText(
                QRect(x, line1, uid_w, fm_bold.height()), int(Qt.AlignmentFlag.AlignVCenter), uid
            )

        # Line 2: preview; unread count at the right.
        count_w = 0
        if unread:
            count_text = str(unread) if unread < 100 else "99+"
            count_w = max(fm_small.horizontalAdvance(count_text) + 10, fm_small.height() + 2)
            pill = QRectF(right - count_w, line2 + 1, count_w, fm_small.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.color("unread"))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(theme.color("accent_text") if theme.current() == "dark" else QColor("#ffffff"))
            painter.setFont(small)
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), count_text)
        preview = " ".join(str(data(InboxRole.PREVIEW) or "").split())
        if data(InboxRole.PREVIEW_AUTHOR) == "agent":
            preview = "↪ " + preview  # the last word was ours: answered
        painter.setFont(base)
        painter.setPen(theme.color("text" if unread else "muted"))
        room = right - text_left - (count_w + 8 if count_w else 0)
        painter.drawText(
            QRect(text_left, line2, room, fm.height()),
            int(Qt.AlignmentFlag.AlignVCenter),
            fm.elidedText(preview, Qt.TextElideMode.ElideRight, room),
        )

        # Line 3: status · priority · assignee, small and faint.
        meta = [labels.status(str(data(InboxRole.STATUS) or "open"))]
        prio = str(data(InboxRole.PRIORITY) or "normal")
        if prio != "normal":
            meta.append(labels.priority(prio))
        assignee = data(InboxRole.ASSIGNEE)
        meta.append(f"@{assignee}" if assignee else self.tr("Unassigned"))
        team = data(InboxRole.TEAM)
        if team:
            meta.append(labels.team(str(team)))
        mentions = int(data(InboxRole.MENTIONS) or 0)
        if mentions:  # someone @mentioned this agent here and it is not read yet
            meta.insert(0, self.tr("@ %1 new mentions").replace("%1", str(mentions))
                        if mentions > 1 else self.tr("@ you were mentioned"))
        subject = data(InboxRole.SUBJECT)
        if subject:
            meta.append(str(subject))
        painter.setFont(small)
        painter.setPen(theme.color("faint"))
        meta_text = fm_small.elidedText("  ·  ".join(meta), Qt.TextElideMode.ElideRight, right - text_left)
        painter.drawText(
            QRect(text_left, line3, right - text_left, fm_small.height()),
            int(Qt.AlignmentFlag.AlignVCenter),
            meta_text,
        )
        painter.restore()

    def _badge(self, painter: QPainter, rect: QRect, text: str, font: QFont) -> None:
        painter.setPen(theme.color("vip_border"))
        painter.setBrush(theme.color("vip_bg"))
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.setFont(font)
        painter.setPen(theme.color("vip"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)

    def _timer(self, data: object) -> tuple[str, str]:
        now = self.now or self.clock.now()
        status = str(data(InboxRole.STATUS) or "open")  # type: ignore[operator]
        state = timer_state(
            status=status,
            now=now,
            due=data(InboxRole.SLA_DUE),  # type: ignore[operator]
            started=data(InboxRole.SLA_STARTED),  # type: ignore[operator]
            paused_at=data(InboxRole.SLA_PAUSED_AT),  # type: ignore[operator]
            warn_at=data(InboxRole.SLA_WARN_AT),  # type: ignore[operator]
        )
        if state.remaining is not None:
            left = labels.duration(state.remaining)
            if state.level == "paused":  # pending on the customer or snoozed: the clock stopped
                return self.tr("paused %1").replace("%1", left), SLA_TOKENS["paused"]
            return (left if state.level != "breached" else "-" + left), SLA_TOKENS[state.level]
        waited = waiting(data(InboxRole.WAITING_SINCE), now)  # type: ignore[operator]
        if waited is not None and status == "open":
            return labels.duration(waited), "muted"
        return "", "muted"
