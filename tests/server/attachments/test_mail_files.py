"""Inbound email keeps its attachments through the same storage and guard as the web chat: over
real SMTP into the server's listener, read back by an agent with ``attachment.get``."""

from __future__ import annotations

import asyncio
import io
from email import policy
from email.parser import BytesParser

import pytest
from PIL import Image

from app.attachments import ImageChecker
from tests.attachments import samples
from tests.server.attachments.test_image_guard import _use
from tests.server.attachments.uploads import agent_fetch, agent_upload, traffic_counts
from tests.server.email.mail_support import customer, make_mail, send_mail
from tests.support.server import AgentClient, running_server


def _is_mail_message(f: dict) -> bool:
    return (
        f.get("type") == "event"
        and f["name"] == "message.created"
        and f["data"]["message"]["author_kind"] == "customer"
    )


async def test_mail_attachments_are_kept_checked_and_readable(tmp_path) -> None:
    async with running_server(tmp_path, image_check=False) as server:
        who = await customer(server)
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        await sam.sync(sam.welcome["head"])
        photo = samples.jpeg_with_metadata(200, 150)
        mail = make_mail(
            who["email"],
            "Failed withdrawal",
            text="Screenshot and statement attached.",
            attachments=(
                ("failed.jpg", "image/jpeg", photo),
                ("statement.pdf", "application/pdf", samples.pdf()),
                ("invoice.png", "image/png", samples.windows_exe()),  # an .exe renamed .png
            ),
            message_id="<files.1@mail.example.net>",
        )
        await send_mail(server.channels.smtp_port, mail)
        msg = (await sam.wait_for(_is_mail_message, 30))["data"]["message"]
        files = {a["filename"]: a for a in msg["attachments"]}
        assert set(files) == {"failed.jpg", "statement.pdf", "invoice.png"}
        assert "id" not in files["invoice.png"]  # refused by content: recorded by name only
        image = files["failed.jpg"]
        assert image["status"] == "not_checked" and image["thumbnail"] is True
        data, meta = await agent_fetch(sam, image["id"])
        assert meta["content_type"] == "image/jpeg"
        with Image.open(io.BytesIO(data)) as im:
            assert not im.getexif()  # EXIF (GPS, camera) gone
        assert b"home-address" not in data and b"home-address" in photo
        pdf, _ = await agent_fetch(sam, files["statement.pdf"]["id"])
        assert pdf == samples.pdf()

        await send_mail(server.channels.smtp_port, mail)  # redelivered: stored once, files too
        history = await sam.request("conversation.messages", conversation_id=msg["conversation_id"])
        assert len(history["messages"]) == 1
        counts = await server.context.db.run(traffic_counts)
        assert counts["attachment_files"] == 2


@pytest.mark.slow
async def test_a_mailed_seed_phrase_photo_is_withheld_and_the_sender_warned(tmp_path) -> None:
    from bench._images.corpus import build

    seed = next(s.data for s in build(1, only={"seed_grid_photo"}) if s.lang == "en")
    async with (
        ImageChecker(workers=1, deadline=60.0) as checker,
        running_server(tmp_path, smtp_listen_port=0) as server,
    ):
        _use(server, checker)
        who = await customer(server)
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        await sam.sync(sam.welcome["head"])
        mail = make_mail(
            who["email"], "my wallet", text="Is this safe?", attachments=(("IMG.jpg", "image/jpeg", seed),)
        )
        await send_mail(server.channels.smtp_port, mail)
        msg = (await sam.wait_for(_is_mail_message, 60))["data"]["message"]
        [shown] = msg["attachments"]
        assert (shown["status"], shown["detail"]) == ("withheld", "seed_phrase") and "thumbnail" not in shown
        warning = await sam.wait_for(
            lambda f: (
                f.get("type") == "event"
                and f["name"] == "message.created"
                and f["data"]["message"]["author_kind"] == "system"
            ),
            30,
        )
        assert "seed phrase" in warning["data"]["message"]["body"]


async def test_an_email_reply_carries_the_agents_files(tmp_path) -> None:
    fast = {"mail_retry_delays": (0.3,), "mail_poll_interval": 0.1}
    async with running_server(tmp_path, image_check=False, **fast) as server:
        folder = server.channels.mail_folder
        who = await customer(server)
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        await send_mail(server.channels.smtp_port, make_mail(who["email"], "KYC", text="How do I verify?"))
        msg = (await alice.wait_for(_is_mail_message, 30))["data"]["message"]
        guide = await agent_upload(alice, samples.pdf(), "KYC guide.pdf")
        await alice.request(
            "message.send",
            conversation_id=msg["conversation_id"],
            body="Our guide is attached.",
            client_msg_id="mail-reply-1",
            attachments=[guide["id"]],
        )

        def sent() -> list:
            return list(folder.glob("*.eml")) if folder is not None else []

        for _ in range(200):
            if sent():
                break
            await asyncio.sleep(0.05)
        [eml] = sent()
        mail = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
        [part] = list(mail.iter_attachments())
        assert part.get_filename() == "KYC guide.pdf" and part.get_content_type() == "application/pdf"
        assert part.get_content() == samples.pdf()
        assert "Our guide is attached." in mail.get_body(("plain",)).get_content()
