"""Low CSAT scores on the desk (issue 20): ``csat.low_score`` arrives like any event; the rule of
who is alerted is :mod:`app.policies.csat_policy`; this controller says so on the desktop. The
score and comment themselves are in the thread (the ``csat.rated`` note)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.client import ConnectionStatus, EventNotice
from app.policies.attention_policy import AttentionSettings
from app.policies.csat_policy import alerts, decide_low_score
from app.protocol.csat import CsatLowScore
from app.ui.attention import AttentionService
from app.ui.desk import Desk


class CsatController(QObject):
    def __init__(
        self,
        desk: Desk,
        service: AttentionService,
        is_active: Callable[[], bool],
        open_ids: Callable[[], set[int]],
        settings: Callable[[], AttentionSettings],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.service = service
        self.is_active = is_active
        self._open_ids = open_ids
        self._settings = settings
        self.alerted: list[CsatLowScore] = []  # this session's alerts (tests, diagnostics)
        desk.event_received.connect(self._on_event)

    def _on_event(self, notice: EventNotice) -> None:
        payload = notice.payload
        if not isinstance(payload, CsatLowScore) or not alerts(payload, self.desk.role, self.desk.username):
            return
        if self.desk.state.status is not ConnectionStatus.ONLINE:
            return  # replayed history: the note is in the thread
        rating = payload.rating
        attention = decide_low_score(
            window_active=self.is_active(),
            viewing_conversation=rating.conversation_id in self._open_ids(),
            settings=self._settings(),
        )
        self.alerted.append(payload)
        if not attention.any:
            return
        title = self.tr("Low satisfaction score: %1/5").replace("%1", str(rating.score))
        who = payload.conversation.customer.name
        agent = rating.agent or self.tr("nobody")
        text = self.tr("%1 · handled by %2").replace("%1", who).replace("%2", agent)
        if rating.comment:
            text += f"\n{rating.comment}"
        self.service.alert(attention, title, text)
