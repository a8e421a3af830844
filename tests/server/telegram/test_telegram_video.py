"""A screen recording sent to the bot as a Telegram video (issue 23) is fetched with ``getFile``,
kept through the attachments' checks like an upload (an MP4 made here with OpenCV) and shown to
the agent as the customer message's attachment, marked "not checked" (the guard reads no video);
a "video" that is not one is not imported and the agent is told; a round video message is kept
the same way, and a voice message (not a kind the desk keeps) is noted without being fetched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.attachments import samples
from tests.server.attachments.uploads import agent_fetch
from tests.server.email.mail_support import free_port
from tests.server.routing.support import agents
from tests.server.telegram.test_telegram import TOKEN, _telegram_conversations, telegram_floor, token_env  # noqa: F401
from tests.support.fake_botapi import FakeBotApi, text_update
from tests.support.recordings import recording


def _with_video(
    update: dict[str, Any], file_id: str, caption: str, mime: str = "video/mp4"
) -> dict[str, Any]:
    del update["message"]["text"]
    update["message"]["caption"] = caption
    update["message"]["video"] = {"file_id": file_id, "width": 96, "height": 64, "duration": 2,
                                  "mime_type": mime, "file_size": 4096}
    return update


async def test_a_recording_sent_as_a_video_becomes_an_attachment(
    tmp_path: Path, token_env: None  # noqa: F811
) -> None:
    fake = await FakeBotApi(TOKEN).start()
    mp4 = recording(tmp_path, "mp4")
    fake.files["videos/rec.mp4"] = mp4
    fake.files["videos/fake.mp4"] = samples.windows_exe()
    try:
        async with telegram_floor(tmp_path, fake, free_port(), image_check=False) as server:
            ann = (await agents(server, ["ann"]))["ann"]
            update = _with_video(
                text_update(8201, "", update_id=821), "videos/rec.mp4", "withdraw button does nothing"
            )
            assert await fake.deliver(update) == 200
            [conv] = await server.context.db.run(_telegram_conversations)
            history = await ann.request("conversation.messages", conversation_id=conv["id"])
            [said] = [m for m in history["messages"] if m["author_kind"] == "customer"]
            assert said["body"] == "withdraw button does nothing"
            [shown] = said["attachments"]
            assert shown["content_type"] == "video/mp4" and shown["filename"] == "recording.mp4"
            assert shown["status"] == "not_checked"
            data, _ = await agent_fetch(ann, shown["id"])
            assert len(data) == len(mp4) and data[4:8] == b"ftyp"
            assert ("getFile", {"file_id": "videos/rec.mp4"}) in fake.calls

            bad = _with_video(text_update(8201, "", update_id=822), "videos/fake.mp4", "again")
            assert await fake.deliver(bad) == 200
            [conv] = await server.context.db.run(_telegram_conversations)
            noted = [m for m in conv["messages"] if m[3] == "telegram.file_not_imported"]
            assert len(noted) == 1 and "recording.mp4" in noted[0][2] and noted[0][1] is True

            # a round video message is a recording too; a voice message is not kept, but noted
            note_update = text_update(8201, "", update_id=823)
            del note_update["message"]["text"]
            note_update["message"]["video_note"] = {"file_id": "videos/rec.mp4", "length": 96, "duration": 2}
            assert await fake.deliver(note_update) == 200
            voice = text_update(8201, "", update_id=824)
            del voice["message"]["text"]
            voice["message"]["voice"] = {"file_id": "voice/v1.ogg", "duration": 3, "mime_type": "audio/ogg",
                                         "file_size": 5120}
            assert await fake.deliver(voice) == 200
            history = await ann.request("conversation.messages", conversation_id=conv["id"])
            said = [m for m in history["messages"] if m["author_kind"] == "customer"]
            assert [a["content_type"] for a in said[-2]["attachments"]] == ["video/mp4"]
            assert said[-1]["body"] == "(no text)" and not said[-1].get("attachments")
            [conv] = await server.context.db.run(_telegram_conversations)
            noted = [m for m in conv["messages"] if m[3] == "telegram.file_not_imported"]
            assert len(noted) == 2 and "voice message" in noted[1][2] and "5,120 bytes" in noted[1][2]
            assert ("getFile", {"file_id": "voice/v1.ogg"}) not in fake.calls  # not even fetched
            await ann.close()
    finally:
        await fake.stop()
