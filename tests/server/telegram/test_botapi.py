"""``BotApi`` (python-telegram-bot's ``Bot``) against the fake Bot API and raw sockets on loopback.

Each way a call can end maps onto ``BotApiError`` as the outbox needs it: refused for good (400,
401, 403, 404), refused for now (429 with ``retry_after``, 5xx), never sent (no connection: safe to
retry) or sent without an answer (a read timeout, a dropped connection, an unreadable answer:
``outcome_unknown``, never resent on its own). The token is in every URL and in no error, ``repr``
or log line — also with every logger at DEBUG, where PTB and httpx log their URLs.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from app.server.telegram.botapi import BotApi, BotApiError
from tests.server.email.mail_support import free_port
from tests.support.fake_botapi import FakeBotApi

TOKEN = "123456789:AAE-the_bots_secret-token"


async def _error(call: Awaitable[object]) -> BotApiError:
    with pytest.raises(BotApiError) as caught:
        await call
    return caught.value


async def test_answers_and_refusals_map_onto_bot_api_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # PTB and httpx log URLs (with the token) at DEBUG and INFO
    fake = await FakeBotApi(TOKEN).start()
    api = BotApi(TOKEN, fake.base_url, timeout=5.0)
    try:
        assert await api.call("setWebhook", {"url": "https://desk.example/tg", "secret_token": "s",
                                             "allowed_updates": ["message"], "drop_pending_updates": False})
        assert fake.webhook == {"url": "https://desk.example/tg", "secret_token": "s",
                                "allowed_updates": ["message"], "drop_pending_updates": False}
        sent = await api.call("sendMessage", {"chat_id": 42, "text": "你好 & hello=1"})
        assert sent["chat"]["id"] == 42 and sent["text"] == "你好 & hello=1"

        refused = await _error(api.call("sendMessage", {"chat_id": 42, "text": ""}))
        assert (refused.code, refused.permanent, refused.outcome_unknown) == (400, True, False)
        assert "message text is empty" in refused.description.lower()  # PTB drops "Bad Request: "

        fake.fail_with = (429, 7)
        flood = await _error(api.call("sendMessage", {"chat_id": 42, "text": "x"}))
        assert (flood.code, flood.retry_after, flood.permanent) == (429, 7.0, False)
        assert not flood.outcome_unknown
        fake.fail_with = (500, None)
        down = await _error(api.call("sendMessage", {"chat_id": 42, "text": "x"}))
        assert (down.code, down.permanent, down.outcome_unknown) == (500, False, False)
        fake.fail_with = None

        missing = await _error(api.call("noSuchMethod", {}))
        assert (missing.code, missing.permanent) == (404, True)

        fake.files["photos/a.jpg"] = b"\xff\xd8 jpeg bytes"
        path = (await api.call("getFile", {"file_id": "photos/a.jpg"}))["file_path"]
        assert await api.download(path) == b"\xff\xd8 jpeg bytes"
        gone = await _error(api.download("photos/none.jpg"))
        assert (gone.method, gone.code, gone.outcome_unknown) == ("download", 404, False)

        wrong = BotApi("987654321:AAF-another_bots_token", fake.base_url, timeout=5.0)
        unauthorized = await _error(wrong.call("sendMessage", {"chat_id": 42, "text": "x"}))
        assert (unauthorized.code, unauthorized.description) == (401, "Unauthorized")
        await wrong.close()
        errors = [refused, flood, down, missing, gone, unauthorized]
    finally:
        await api.close()
        await fake.stop()

    assert TOKEN not in repr(api) and fake.base_url in repr(api)
    for error in errors:
        assert TOKEN not in f"{error} {error!r}"
    logged = [r.getMessage() for r in caplog.records]
    assert any("/bot<token>/sendMessage" in m for m in logged), "httpx's request lines are not logged"
    assert any(r.name.startswith("telegram") and "bot<token>" in r.getMessage() for r in caplog.records)
    assert not [m for m in logged if TOKEN in m or "the_bots_secret" in m]


async def _server(handle: Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
                  ) -> AsyncIterator[str]:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    finally:
        server.close()


async def _read_request(reader: asyncio.StreamReader) -> None:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.lower().split(b"\r\n")
    lengths = [int(ln.split(b":")[1]) for ln in lines if ln.startswith(b"content-length")]
    length = lengths[0] if lengths else 0
    await reader.readexactly(length)


async def test_a_call_never_sent_is_not_in_doubt_and_one_without_an_answer_is() -> None:
    nobody = BotApi(TOKEN, f"http://127.0.0.1:{free_port()}", timeout=5.0)  # nothing listens there
    refused = await _error(nobody.call("sendMessage", {"chat_id": 1, "text": "x"}))
    assert (refused.code, refused.outcome_unknown, refused.permanent) == (0, False, False)
    await nobody.close()

    fake = await FakeBotApi(TOKEN).start()
    fake.hold()  # Telegram takes the message and its answer never comes within the timeout
    slow = BotApi(TOKEN, fake.base_url, timeout=0.5)
    try:
        timed_out = await _error(slow.call("sendMessage", {"chat_id": 1, "text": "in doubt"}))
        assert (timed_out.code, timed_out.outcome_unknown) == (0, True)
        assert [p["text"] for p in fake.sent()] == ["in doubt"]
    finally:
        await slow.close()
        await fake.stop()

    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _read_request(reader)  # the whole request arrived; the connection drops unanswered
        writer.close()

    async def garbage(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot json!")
        await writer.drain()
        writer.close()

    for handler in (hang_up, garbage):
        async for base in _server(handler):
            api = BotApi(TOKEN, base, timeout=5.0)
            try:
                doubt = await _error(api.call("sendMessage", {"chat_id": 1, "text": "x"}))
            finally:
                await api.close()
            assert (doubt.code, doubt.outcome_unknown, doubt.permanent) == (0, True, False), handler.__name__
            assert TOKEN not in str(doubt)
