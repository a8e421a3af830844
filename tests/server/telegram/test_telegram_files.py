"""Photos and documents sent to the bot go through the attachments' checks and image guard, against
the fake Bot API on loopback and a real server on a real SQLite file: an ordinary image becomes an
attachment of the customer's message (agents fetch it and its thumbnail like any other), once
however often Telegram redelivers; a file the content checks refuse is not stored and the agent
gets the ``telegram.file_not_imported`` note; a photo of a seed phrase is withheld (nothing of it
stored) and the customer is warned through the bot in their language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.attachments import ImageChecker
from app.server import safety
from app.server.attachments.schema import AttachmentFile
from tests.attachments import samples
from tests.server.attachments.test_image_guard import _use
from tests.server.attachments.uploads import agent_fetch
from tests.server.email.mail_support import free_port
from tests.server.routing.support import agents
from tests.server.telegram.test_telegram import TOKEN, _telegram_conversations, telegram_floor
from tests.support.fake_botapi import FakeBotApi, text_update

NOTE = "telegram.file_not_imported"


@pytest.fixture
def token_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGENTDESK_TELEGRAM_TOKEN", TOKEN)


def _with_document(
    update: dict[str, Any], file_id: str, name: str, mime: str, caption: str
) -> dict[str, Any]:
    del update["message"]["text"]
    update["message"]["caption"] = caption
    update["message"]["document"] = {"file_id": file_id, "file_name": name, "mime_type": mime}
    return update


def _with_photo(update: dict[str, Any], file_id: str) -> dict[str, Any]:
    del update["message"]["text"]
    update["message"]["photo"] = [  # Telegram sends every size; the largest is last
        {"file_id": "small-" + file_id, "width": 90, "height": 67},
        {"file_id": file_id, "width": 800, "height": 600},
    ]
    return update


def _files(session: Session) -> list[tuple[int | None, str, str, str | None]]:
    return [
        (f.message_id, f.filename, f.status, f.sha256)
        for f in session.scalars(sa.select(AttachmentFile).order_by(AttachmentFile.id))
    ]


async def test_an_image_becomes_an_attachment_and_a_disguised_exe_is_noted(
    tmp_path: Path, token_env: None
) -> None:
    fake = await FakeBotApi(TOKEN).start()
    chart = samples.png(320, 200)
    fake.files["docs/chart.png"] = chart
    fake.files["photos/p1.jpg"] = samples.jpeg_with_metadata(200, 150)
    fake.files["docs/invoice.png"] = samples.windows_exe()  # an .exe renamed .png
    try:
        async with telegram_floor(tmp_path, fake, free_port(), image_check=False) as server:
            ann = (await agents(server, ["ann"]))["ann"]
            update = _with_document(text_update(8001, "", update_id=801), "docs/chart.png", "chart.png",
                                    "image/png", "my balance chart")
            assert await fake.deliver(update) == 200
            assert await fake.deliver(update) == 200  # redelivered: one message, one file
            convs = await server.context.db.run(_telegram_conversations)
            assert len(convs) == 1
            cid = convs[0]["id"]
            assert not [m for m in convs[0]["messages"] if m[3] == NOTE]
            history = await ann.request("conversation.messages", conversation_id=cid)
            [said] = [m for m in history["messages"] if m["author_kind"] == "customer"]
            assert said["body"] == "my balance chart"
            [shown] = said["attachments"]
            assert shown["filename"] == "chart.png" and shown["status"] in ("safe", "not_checked")
            assert shown["thumbnail"] is True
            data, meta = await agent_fetch(ann, shown["id"])
            assert meta["content_type"] == "image/png" and data[:8] == b"\x89PNG\r\n\x1a\n"
            thumb, _ = await agent_fetch(ann, shown["id"], "thumbnail")
            assert thumb and thumb != data

            photo_update = _with_photo(text_update(8001, "", update_id=802), "photos/p1.jpg")
            assert await fake.deliver(photo_update) == 200
            history = await ann.request("conversation.messages", conversation_id=cid)
            photo = [m for m in history["messages"] if m["author_kind"] == "customer"][-1]
            assert photo["body"] == "(no text)"
            [kept] = photo["attachments"]
            assert kept["content_type"] == "image/jpeg" and kept["status"] in ("safe", "not_checked")
            assert ("getFile", {"file_id": "photos/p1.jpg"}) in fake.calls  # the largest size
            jpeg, _ = await agent_fetch(ann, kept["id"])
            assert b"home-address" not in jpeg  # re-encoded: the EXIF is gone

            bad = _with_document(text_update(8001, "", update_id=803), "docs/invoice.png", "invoice.png",
                                 "image/png", "invoice")
            assert await fake.deliver(bad) == 200
            convs = await server.context.db.run(_telegram_conversations)
            notes = [m for m in convs[0]["messages"] if m[3] == NOTE]
            assert len(notes) == 1 and notes[0][1] is True  # internal: agents only
            size = f"{len(samples.windows_exe()):,} bytes"
            assert "invoice.png" in notes[0][2] and size in notes[0][2]
            history = await ann.request("conversation.messages", conversation_id=cid)
            said = [m for m in history["messages"] if m["author_kind"] == "customer"][-1]
            assert said["body"] == "invoice" and not said.get("attachments")
            stored = await server.context.db.run(_files)
            kept_files = [(f[1], f[2]) for f in stored]
            assert kept_files == [("chart.png", "not_checked"), ("photo.jpg", "not_checked")]
            assert all(f[0] is not None for f in stored)  # each linked to its message
            assert not fake.sent()  # nothing to warn about
            await ann.close()
    finally:
        await fake.stop()


@pytest.mark.slow
async def test_a_seed_phrase_photo_is_withheld_and_the_customer_warned_through_the_bot(
    tmp_path: Path, token_env: None
) -> None:
    from bench._images.corpus import build

    seed = next(s.data for s in build(1, only={"seed_grid_photo"}) if s.lang == "en")
    fake = await FakeBotApi(TOKEN).start()
    fake.files["photos/seed.jpg"] = seed
    try:
        async with (
            ImageChecker(workers=1, deadline=60.0) as checker,
            telegram_floor(tmp_path, fake, free_port()) as server,
        ):
            _use(server, checker)
            update = _with_photo(text_update(8101, "", update_id=811, language="zh-hans"), "photos/seed.jpg")
            update["message"]["caption"] = "is my wallet backup safe?"
            assert await fake.deliver(update) == 200
            [stored] = await server.context.db.run(_files)
            assert stored[0] is not None and stored[2] == "withheld" and stored[3] is None  # no bytes kept
            sent = await fake.wait_sent(1, timeout=30)
            assert sent == [{"chat_id": 8101, "text": safety.customer_warning(("seed_phrase",), "zh-CN")}]
            convs = await server.context.db.run(_telegram_conversations)
            assert not [m for m in convs[0]["messages"] if m[3] == NOTE]
    finally:
        await fake.stop()
