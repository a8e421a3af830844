"""A Telegram reply the server could not confirm, in the real desk against the real backend: the
thread shows the note in the agent's language, its context menu offers "Send this reply again on
Telegram", and choosing it queues the reply again on the server (``telegram.resend``), the
thread then showing who sent it again. The note's words in English and Chinese."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from PySide6.QtWidgets import QMenu
from sqlalchemy.orm import Session

from app.policies.incidents import telegram_resend_target
from app.protocol import notes
from app.server.db import schema as db
from app.server.telegram import repo as tg_repo
from app.server.telegram.schema import TelegramConversation, TelegramOutbound
from app.server.timeutil import utcnow
from app.ui import i18n, labels
from app.ui.item_models.roles import ThreadRole
from tests.ui.helpers import first_row, open_conversation, until


def test_the_note_offers_only_its_own_reply() -> None:
    assert telegram_resend_target(notes.TELEGRAM_DELIVERY_UNKNOWN, {"message_id": "812"}) == 812
    assert telegram_resend_target(notes.TELEGRAM_RESENT, {"message_id": "812", "agent_name": "A"}) is None
    assert telegram_resend_target(notes.TELEGRAM_DELIVERY_UNKNOWN, {"message_id": "8x"}) is None
    assert telegram_resend_target(None, {}) is None


def test_an_unconfirmed_reply_is_sent_again_from_the_thread(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, vip_tier=0, channel="chat")
        cid = row.conversation_id

        def in_doubt(session: Session) -> int:
            """A reply of this conversation that went out to a Telegram chat and was not confirmed
            (what the sender leaves after a stop mid-call: tests/server/telegram)."""
            conv = session.get(db.Conversation, cid)
            assert conv is not None
            customer = session.get(db.Customer, conv.customer_uid)
            assert customer is not None
            session.add(TelegramConversation(conversation_id=cid, chat_id=90_001))
            session.flush()
            m, _ = tg_repo._add_message(session, conv, customer, author_kind="agent", author="alice",
                                        author_name="Alice", body="Your deposit is on its way.", now=utcnow())
            tg_repo.queue(session, conv, customer, m)
            session.flush()
            outbound = session.scalar(sa.select(TelegramOutbound).where(TelegramOutbound.message_id == m.id))
            assert outbound is not None
            outbound.state = "calling"
            tg_repo._outcome_unknown(session, outbound, "the server stopped during the call", utcnow())
            return m.id

        message_id = await server.context.db.run(in_doubt)
        await open_conversation(window, cid)
        pane = window.conversation
        model, view = pane.thread_model, pane.thread_view

        def note_row() -> int | None:
            for r in range(model.rowCount()):
                if model.index(r, 0).data(ThreadRole.RESEND) == message_id:
                    return r
            return None

        r = await until(note_row, 15, what="the note in the thread")
        index = model.index(r, 0)
        assert index.data(ThreadRole.BODY) == (
            f"Telegram did not confirm reply #{message_id}: it may or may not have reached the customer. "
            "Not resent."
        )
        view.scrollTo(index)
        view.customContextMenuRequested.emit(view.visualRect(index).center())
        menu = await until(lambda: next(iter(view.findChildren(QMenu)), None), what="the context menu")
        [again] = [a for a in menu.actions() if a.text() == "Send this reply again on Telegram"]
        again.trigger()
        menu.close()

        def state(session: Session) -> str | None:
            query = sa.select(TelegramOutbound.state).where(TelegramOutbound.message_id == message_id)
            return session.scalar(query)

        for _ in range(300):
            if await server.context.db.run(state) == "queued":
                break
            await until(lambda: True)
        assert await server.context.db.run(state) == "queued"
        resent = f"Reply #{message_id} sent again on Telegram by Alice"
        await until(
            lambda: any(str(model.index(i, 0).data(ThreadRole.BODY)).startswith(resent)
                        for i in range(model.rowCount())),
            15, what="the 'sent again' note",
        )
        # the note stays (a second resend is the server's to refuse: tests/server/telegram)
        assert model.index(r, 0).data(ThreadRole.RESEND) == message_id

    aio(body)


def test_the_notes_words_in_both_languages(qapp: Any) -> None:
    try:
        i18n.install("zh-CN")
        assert labels.system_note(notes.TELEGRAM_DELIVERY_UNKNOWN, {"message_id": "7"}, "") == (
            "Telegram 未确认回复 #7：客户可能已收到，也可能未收到。系统未自动重发。"
        )
        assert labels.system_note(notes.TELEGRAM_RESENT, {"message_id": "7", "agent_name": "王博"}, "") == (
            "回复 #7 已由 王博 在 Telegram 上重新发送。"
        )
    finally:
        i18n.install("en")
