"""Mentions (issue 19): a colleague's ``@me`` (or ``@my-team``) in an internal note, or an
escalation of my conversation, arrives as ``mention.created``; the store counts it on the
conversation (the Mentions tab), this controller says so on the desktop (the rule:
:func:`app.policies.mention_policy.decide_mention`) and marks a conversation's mentions read —
in the cache and on the server — when the agent opens it. After each (re)connection it takes the
server's list (``mentions.list``): a new snapshot does not replay the events before it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from app.client import ConnectionStatus, EventNotice
from app.policies.attention_policy import AttentionSettings
from app.policies.mention_policy import decide_mention, is_mine
from app.protocol import routing as pr
from app.protocol.routing import MentionCreated
from app.ui.attention import AttentionService
from app.ui.desk import Desk

log = logging.getLogger(__name__)


class MentionsController(QObject):
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
        self.received: list[pr.Mention] = []  # this session's mentions, newest last (tests, diagnostics)
        desk.event_received.connect(self._on_event)
        desk.came_online.connect(self.load)
        if desk.session.online:
            self.load()

    def load(self) -> None:
        self.desk.bridge.run(
            self._load(),
            name="mentions.list",
            error=lambda exc: log.info("mentions.list failed: %s", type(exc).__name__),
        )

    async def _load(self) -> None:
        result = await self.desk.session.call(pr.MENTIONS_LIST, pr.MentionsParams())
        await self.desk.store.apply_mentions(result.mentions)

    def _on_event(self, notice: EventNotice) -> None:
        payload = notice.payload
        if not isinstance(payload, MentionCreated) or not is_mine(payload.mention, self.desk.username):
            return
        mention = payload.mention
        self.received.append(mention)
        if self.desk.state.status is not ConnectionStatus.ONLINE:
            return  # replayed history: counted in the tab, not announced
        attention = decide_mention(
            window_active=self.is_active(),
            viewing_conversation=mention.conversation_id in self._open_ids(),
            settings=self._settings(),
        )
        if not attention.any:
            return
        customer = payload.conversation.customer.name
        if mention.kind == "escalation":
            title = self.tr("%1 escalated a conversation").replace("%1", mention.by_name)
        else:
            title = self.tr("%1 mentioned you").replace("%1", mention.by_name)
        self.service.alert(attention, title, f"{customer} · {mention.excerpt}")

    def opened(self, conversation_id: int) -> None:
        """The agent opened a conversation: its mentions are read (here and on the server)."""
        self.desk.bridge.run(
            self._read(conversation_id),
            name="mentions.read",
            error=lambda exc: log.info("mentions.read failed: %s", type(exc).__name__),
        )

    async def _read(self, conversation_id: int) -> None:
        detail = await self.desk.store.get_conversation(conversation_id)
        if detail is None or not detail.row.mention_unread:
            return
        await self.desk.store.mark_mentions_read(conversation_id)
        if self.desk.session.online:
            await self.desk.session.call(
                pr.MENTIONS_READ, pr.MentionsReadParams(conversation_id=conversation_id)
            )
