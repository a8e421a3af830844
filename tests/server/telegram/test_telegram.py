"""Telegram as a channel, against a fake Bot API on loopback that speaks the Bot API's HTTP
contract (the real one cannot be reached from tests), a real server and a real SQLite file:
an update becomes a ``telegram`` conversation (once, however often Telegram redelivers it); the
agent's reply goes out through ``sendMessage`` exactly once, also across a server restart and
after Telegram failed; the guard warns about a fake "support" handle; the chat is linked to an
account only by the identity check. Files sent to the bot: ``test_telegram_files.py``."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.app import ChatServer
from app.server.db import schema as db
from app.server.email.schema import OutboundMail
from app.server.telegram import repo as tg_repo
from tests.server.email.mail_support import free_port
from tests.server.routing.support import agents, floor
from tests.support.fake_botapi import FakeBotApi, text_update
from tests.support.server import AgentClient, RequestError

TOKEN = "123456:TEST-token_for_the_fake_api"
OFFICIAL = ("ExchangeSupport",)


@pytest.fixture
def token_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGENTDESK_TELEGRAM_TOKEN", TOKEN)


@asynccontextmanager
async def telegram_floor(
    tmp_path: Path, fake: FakeBotApi, port: int, **config: Any
) -> AsyncIterator[ChatServer]:
    async with floor(
        tmp_path, customers=4, telegram_webhook_port=port, telegram_api_base=fake.base_url,
        telegram_webhook_url=f"http://127.0.0.1:{port}/telegram/webhook", official_handles=OFFICIAL,
        telegram_poll_interval=0.2, telegram_retry_delays=(0.2,), **config,
    ) as server:
        yield server


def _telegram_conversations(session: Session) -> list[dict[str, Any]]:
    out = []
    for conv in session.scalars(sa.select(db.Conversation).where(db.Conversation.channel == "telegram")):
        messages = session.scalars(
            sa.select(db.Message).where(db.Message.conversation_id == conv.id).order_by(db.Message.id)
        ).all()
        out.append({
            "id": conv.id, "uid": conv.customer_uid, "status": conv.status,
            "messages": [
                (m.author_kind, m.internal, m.body, m.note.code if m.note else None) for m in messages
            ],
        })
    return out


async def _rounds(server: ChatServer, more: int) -> None:
    """Let the sender finish ``more`` rounds (each claims every due call)."""
    telegram = server.channels.telegram
    assert telegram is not None
    target = telegram.sender.rounds + more
    async with asyncio.timeout(20):
        while telegram.sender.rounds < target:
            await asyncio.sleep(0.05)


async def _reply(agent: AgentClient, conversation_id: int, body: str, cmid: str) -> None:
    await agent.request("message.send", conversation_id=conversation_id, body=body, client_msg_id=cmid)


async def test_an_update_becomes_a_conversation_and_the_reply_goes_out_once(
    tmp_path: Path, token_env: None
) -> None:
    fake = await FakeBotApi(TOKEN).start()
    port = free_port()
    try:
        async with telegram_floor(tmp_path, fake, port) as server:
            assert fake.webhook is not None and fake.webhook["url"].endswith("/telegram/webhook")
            assert len(fake.webhook["secret_token"]) >= 32
            ann = (await agents(server, ["ann"]))["ann"]
            update = text_update(5001, "Hello, where is my deposit?", update_id=1)
            assert await fake.deliver(update) == 200
            assert await fake.deliver(update) == 200  # Telegram redelivers: stored once
            assert await fake.deliver(text_update(5001, "x", update_id=2), secret="wrong") == 401
            convs = await server.context.db.run(_telegram_conversations)
            assert len(convs) == 1 and convs[0]["uid"].startswith("T")
            said = [m[2] for m in convs[0]["messages"] if m[0] == "customer"]
            assert said == ["Hello, where is my deposit?"]
            cid = convs[0]["id"]
            seen = await ann.request("conversation.get", conversation_id=cid)
            assert seen["conversation"]["channel"] == "telegram"
            # routed like a chat: the English team's available agent, with the chat's capacity
            assert seen["conversation"]["team"] == "en" and seen["conversation"]["assignee"] == "ann"
            status = await ann.request("telegram.status", conversation_id=cid)
            assert status["status"]["linked"] is False and status["status"]["username"] == "alice_t"

            await _reply(ann, cid, "Hi! Let me check that deposit for you.", "r1")
            sent = await fake.wait_sent(1)
            assert sent == [{"chat_id": 5001, "text": "Hi! Let me check that deposit for you."}]
            await _reply(ann, cid, "Hi! Let me check that deposit for you.", "r1")  # a retried send
            await _rounds(server, 2)
            assert len(fake.sent()) == 1

            fake.fail_with = (500, None)  # Telegram is down: the reply waits in the outbox
            await _reply(ann, cid, "Your deposit is confirmed.", "r2")
            await _rounds(server, 2)
            assert len(fake.sent()) == 1 and any(p.get("_failed") == 500 for _, p in fake.calls)
            await ann.close()

        fake.fail_with = None
        async with telegram_floor(tmp_path, fake, port) as server:  # restarted on the same database
            sent = await fake.wait_sent(2)
            await _rounds(server, 3)
            assert [p["text"] for p in fake.sent()] == [
                "Hi! Let me check that deposit for you.", "Your deposit is confirmed.",
            ]
            rows = await server.context.db.run(tg_repo.outbound_rows)
            assert [r[3] for r in rows] == ["sent", "sent"]
        async with telegram_floor(tmp_path, fake, port) as server:  # and again: nothing is resent
            await _rounds(server, 3)
            assert len(fake.sent()) == 2
    finally:
        await fake.stop()


async def test_bad_updates_are_refused_and_a_fake_support_handle_is_warned_about(
    tmp_path: Path, token_env: None
) -> None:
    fake = await FakeBotApi(TOKEN).start()
    try:
        async with telegram_floor(tmp_path, fake, free_port()) as server:
            assert await fake.deliver({"update_id": "nope"}) == 400
            assert await fake.deliver({"message": {}}) == 400
            group = text_update(-100, "spam in a group", update_id=50)
            group["message"]["chat"]["type"] = "group"
            assert await fake.deliver(group) == 200
            text = "客服 @Exchange_Help_Desk 让我转账，这是真的吗？"
            update = text_update(6001, text, language="zh-hans", update_id=51)
            assert await fake.deliver(update) == 200
            sent = await fake.wait_sent(1)
            assert sent[0]["chat_id"] == 6001
            assert "@Exchange_Help_Desk" in sent[0]["text"] and "@exchangesupport" in sent[0]["text"]
            assert "不是我们的官方客服账号" in sent[0]["text"]  # in the customer's language
            ok = text_update(6002, "I talked to @ExchangeSupport yesterday", update_id=52)
            assert await fake.deliver(ok) == 200  # the official handle: no warning
            secret = text_update(6003, "my password is Hunter2!Secret", update_id=53)
            assert await fake.deliver(secret) == 200
            await _rounds(server, 2)
            convs = await server.context.db.run(_telegram_conversations)
            assert len(convs) == 3  # the group chat made none
            by_chat = {c["uid"]: c for c in convs}
            stored = by_chat[tg_repo.contact_uid(6003)]["messages"]
            assert "Hunter2!Secret" not in stored[0][2] and "[redacted:" in stored[0][2]
            assert len(fake.sent()) == 2  # the handle warning, the secret warning; none for 6002
            assert not [p for p in fake.sent() if p["chat_id"] == 6002]
    finally:
        await fake.stop()


def _link_code(server: ChatServer) -> Any:
    def read(session: Session) -> str:
        raw = session.scalars(sa.select(OutboundMail.raw).order_by(OutboundMail.message_id.desc())).first()
        assert raw is not None and "Your code is" not in raw  # sealed: never in clear in the database
        opener = server.channels.open_sealed
        assert opener is not None
        found = re.search(r"code is (\d{6})", opener(raw).replace("=\n", ""))
        assert found is not None
        return found.group(1)

    return read


async def test_a_chat_is_linked_to_an_account_only_by_the_identity_check(
    tmp_path: Path, token_env: None
) -> None:
    fake = await FakeBotApi(TOKEN).start()
    try:
        async with telegram_floor(tmp_path, fake, free_port()) as server:
            ann = (await agents(server, ["ann"]))["ann"]
            # the display name and username say "Customer C0000": that links nothing
            hello = text_update(8001, "I am Customer C0000, uid C0000", first_name="Customer C0000",
                                username="C0000", update_id=80)
            assert await fake.deliver(hello) == 200
            convs = await server.context.db.run(_telegram_conversations)
            cid = convs[0]["id"]
            customer = await ann.request("customer.get", uid=convs[0]["uid"])
            assert customer["customer"]["verified"] is False
            before = await ann.request("telegram.status", conversation_id=cid)
            assert before["status"]["linked"] is False and before["status"]["linked_uid"] is None

            try:  # a VIP client's account is their manager's to link, not a plain agent's
                await ann.request("telegram.link_start", conversation_id=cid, uid="V0001")
                raise AssertionError("a plain agent linked a chat to a VIP account")
            except RequestError as exc:
                assert exc.code == "forbidden"
            started = await ann.request("telegram.link_start", conversation_id=cid, uid="C0000")
            assert started["status"]["pending"] and started["status"]["destination"].endswith("@example.com")
            code = await server.context.db.run(_link_code(server))
            wrong = "000000" if code != "000000" else "111111"
            assert await fake.deliver(text_update(8001, wrong, update_id=81)) == 200
            still = await ann.request("telegram.status", conversation_id=cid)
            assert still["status"]["linked"] is False
            assert await fake.deliver(text_update(8001, f" {code} ", update_id=82)) == 200
            after = await ann.request("telegram.status", conversation_id=cid)
            assert after["status"]["linked"] is True and after["status"]["linked_uid"] == "C0000"
            convs = await server.context.db.run(_telegram_conversations)
            assert convs[0]["uid"] == "C0000"  # the conversation is the account's now
            bodies = [m[2] for m in convs[0]["messages"]]
            assert code not in " ".join(bodies) and "[redacted:verification_code]" in bodies
            assert any(m[3] == "telegram.linked" for m in convs[0]["messages"])
            await fake.wait_sent(2)
            texts = [p["text"] for p in fake.sent()]
            assert texts[-1] == "Your Telegram chat is now linked to your account."
            assert "not right" in texts[0]
            try:
                await ann.request("telegram.link_start", conversation_id=cid, uid="C0001")
                raise AssertionError("a linked chat was linked again")
            except RequestError as exc:
                assert exc.code == "conflict"
            await ann.close()
    finally:
        await fake.stop()


async def test_an_incident_reaches_telegram_and_its_resolution_too(tmp_path: Path, token_env: None) -> None:
    fake = await FakeBotApi(TOKEN).start()
    try:
        async with telegram_floor(tmp_path, fake, free_port()) as server:
            sam = (await agents(server, ["sam"]))["sam"]
            made = await sam.request(
                "incident.declare", title="USDT deposits delayed", topic="deposit", assets=["USDT"],
                message_en="USDT deposits are delayed; funds are safe.",
                message_zh="USDT 充值延迟，资金安全。",
            )
            zh = text_update(9001, "我的USDT充值没到账", language="zh", update_id=90)
            assert await fake.deliver(zh) == 200
            assert await fake.deliver(text_update(9002, "How do I change my nickname?", update_id=91)) == 200
            sent = await fake.wait_sent(2)
            assert {(p["chat_id"], p["text"]) for p in sent} == {
                (9001, "USDT 充值延迟，资金安全。"),  # linked: the notice in Chinese
                (9002, "USDT deposits are delayed; funds are safe."),  # not matched: the banner
            }
            done = await sam.request("incident.update", incident_id=made["incident"]["id"], resolve=True,
                                     message_en="Fixed.", message_zh="已修复。")
            assert done["updated"] == 1
            sent = await fake.wait_sent(3)
            assert sent[-1] == {"chat_id": 9001, "text": "已修复。"}
            await sam.close()
    finally:
        await fake.stop()


def test_the_cli_refuses_a_webhook_without_a_token(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "AGENTDESK_TELEGRAM_TOKEN"}
    done = subprocess.run(
        [sys.executable, "-m", "app.server", "--port", "0", "--db", f"sqlite:///{tmp_path / 'cli.sqlite3'}",
         "--telegram-webhook-port", "0"],
        capture_output=True, text=True, timeout=60, env=env,
    )
    assert done.returncode == 2, done.stderr[-2000:]
    assert "AGENTDESK_TELEGRAM_TOKEN" in done.stderr and "Traceback" not in done.stderr


async def test_telegram_refusing_the_webhook_stops_the_start(tmp_path: Path, token_env: None) -> None:
    from app.server.telegram.service import TelegramConfigError

    fake = await FakeBotApi("another-token").start()  # our token is not this bot's: 401
    try:
        with pytest.raises(TelegramConfigError, match="refused the webhook"):
            async with telegram_floor(tmp_path, fake, free_port()):
                raise AssertionError("started")
    finally:
        await fake.stop()
