"""Attachments over the real protocol: chunked uploads, resume, idempotency, events, downloads,
refusals that leave nothing behind, caps, rate, visibility. A real server and SQLite file; the
image guard's pool is off here (images are re-encoded and marked "not checked"); the guard itself
is exercised in test_image_guard.py."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from PIL import Image

from app.server.attachments import repo
from app.server.attachments.schema import (
    AttachmentBlob,
    AttachmentFile,
)
from tests.attachments import samples
from tests.server.attachments.uploads import (
    agent_fetch,
    agent_upload,
    chunk_frame,
    customer_fetch,
    customer_frame,
    customer_send,
    customer_upload,
    traffic_counts,
)
from tests.support.server import AgentClient, CustomerClient, RequestError, running_server

NO_POOL = {"image_check": False}


async def _customer(server, sam: AgentClient) -> tuple[CustomerClient, str]:
    snap = await sam.request("inbox.snapshot", limit=200)
    uid = next(c["customer"]["uid"] for c in snap["conversations"] if c["customer"]["vip_tier"] == 0)
    customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
    await customer.sync(customer.welcome["head"])
    return customer, uid


async def _counts(server) -> dict[str, int]:
    return await server.context.db.run(traffic_counts)


def _png_with_metadata() -> bytes:
    im = Image.new("RGB", (900, 700), (240, 240, 240))
    for x in range(0, 900, 7):
        im.putpixel((x, 350), (0, 0, 0))
    out = io.BytesIO()
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", "home address 12 Example Road")
    im.save(out, "PNG", pnginfo=info)
    return out.getvalue()


async def test_customer_screenshot_reaches_the_agent_with_a_thumbnail(tmp_path: Path) -> None:
    async with running_server(tmp_path, **NO_POOL) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        await sam.sync((await sam.request("inbox.snapshot", limit=1))["head"])
        customer, _ = await _customer(server, sam)
        original = _png_with_metadata()
        done = await customer_upload(customer, original, "../../screen shot.png")
        assert done["type"] == "upload_done", done
        att = done["attachment"]
        assert att["status"] == "not_checked" and att["detail"] == "not_running"  # never "safe" unread
        assert att["content_type"] == "image/png" and att["thumbnail"] is True
        assert "/" not in att["filename"] and att["filename"].endswith(".png")
        assert (att["width"], att["height"]) == (900, 700)

        sent = await customer_send(customer, "", [att["id"]])  # a screenshot with no text
        assert sent["type"] == "sent", sent
        event = await sam.wait_for(
            lambda f: f.get("name") == "message.created" and f["data"]["message"]["author_kind"] == "customer"
        )
        shown = event["data"]["message"]["attachments"]
        assert [a["id"] for a in shown] == [att["id"]] and shown[0]["thumbnail"] is True
        echo = await customer.wait_for(lambda f: f["type"] == "message" and f["message"]["attachments"])
        assert echo["message"]["attachments"][0]["id"] == att["id"]

        data, meta = await agent_fetch(sam, att["id"])
        assert meta["content_type"] == "image/png" and meta["total"] == len(data) == att["size"]
        assert b"Example Road" not in data and b"Example Road" in original  # metadata stripped
        with Image.open(io.BytesIO(data)) as im:
            assert im.size == (900, 700)
        thumb, tmeta = await agent_fetch(sam, att["id"], "thumbnail")
        with Image.open(io.BytesIO(thumb)) as im:
            assert max(im.size) <= 320
        assert tmeta["content_type"].startswith("image/")
        assert await customer_fetch(customer, att["id"]) == data
        # content-addressed: the blob's key is the bytes' SHA-256
        stored = await server.context.db.run(
            lambda s: s.scalar(sa.select(AttachmentFile.sha256).where(AttachmentFile.id == att["id"]))
        )
        assert stored == hashlib.sha256(data).hexdigest()
        # the message carries it in later reads too
        conv_id = event["data"]["message"]["conversation_id"]
        page = await sam.request("conversation.messages", conversation_id=conv_id, limit=5)
        assert any(m["attachments"] and m["attachments"][0]["id"] == att["id"] for m in page["messages"])


async def test_upload_resumes_after_a_reconnect_and_every_step_is_idempotent(tmp_path: Path) -> None:
    async with running_server(tmp_path, **NO_POOL) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        customer, uid = await _customer(server, sam)
        data = samples.pdf(b"/Title (" + b"x" * 250_000 + b") ")
        begin = {
            "type": "upload_begin",
            "upload_id": "resume-0001",
            "filename": "guide.pdf",
            "size": len(data),
        }
        assert (await customer_frame(customer, begin, "upload_state"))["received"] == 0
        first = await customer_frame(
            customer, chunk_frame("resume-0001", 0, data[: 96 * 1024]), "upload_state"
        )
        assert first["received"] == 96 * 1024
        await customer.close()  # the connection drops mid-upload

        again = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        state = await customer_frame(again, begin, "upload_state")
        assert state["received"] == 96 * 1024  # resumed where it stopped
        repeat = await customer_frame(again, chunk_frame("resume-0001", 0, data[: 96 * 1024]), "upload_state")
        assert repeat["received"] == 96 * 1024  # a repeated chunk is acknowledged, not stored twice
        done = await customer_upload(again, data, "guide.pdf", "resume-0001")
        assert done["type"] == "upload_done" and done["attachment"]["size"] == len(data)
        twice = await customer_frame(
            again, {"type": "upload_finish", "upload_id": "resume-0001"}, "upload_done"
        )
        assert twice["attachment"]["id"] == done["attachment"]["id"]
        assert await customer_fetch(again, done["attachment"]["id"]) == data
        first_send = await customer_send(again, "the guide", [done["attachment"]["id"]], "same-1")
        retry = await customer_send(again, "the guide", [done["attachment"]["id"]], "same-1")
        assert retry["message_id"] == first_send["message_id"]  # like message.send: one message
        other = await customer_send(again, "again", [done["attachment"]["id"]], "same-2")
        assert other["type"] == "error" and other["code"] == "bad_request"  # already sent
        counts = await _counts(server)
        assert counts["attachment_uploads"] == counts["attachment_upload_parts"] == 0
        assert counts["attachment_files"] == 1


@pytest.mark.parametrize(
    ("name", "data", "filename", "code"),
    [
        ("11 MB", b"a" * (11 * 1024 * 1024), "big.txt", "file_too_large"),
        ("exe renamed png", samples.windows_exe(), "photo.png", "type_not_allowed"),
        ("PNG bomb", samples.png_bomb(20_000), "bomb.png", "image_too_many_pixels"),
        ("polyglot", samples.png() + samples.zip_archive(), "cat.png", "polyglot"),
    ],
)
async def test_refused_files_get_a_clear_error_and_leave_nothing(
    tmp_path: Path, name: str, data: bytes, filename: str, code: str
) -> None:
    async with running_server(tmp_path, **NO_POOL, upload_bytes_per_second=0) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        customer, _ = await _customer(server, sam)
        refused = await customer_upload(customer, data, filename)
        assert refused["type"] == "upload_refused", name
        assert refused["code"] == code and refused["message"] and filename not in refused["message"]
        if code == "file_too_large":
            assert refused["limit"] == 10 * 1024 * 1024
        assert await _counts(server) == {
            "attachment_files": 0,
            "attachment_blobs": 0,
            "attachment_uploads": 0,
            "attachment_upload_parts": 0,
        }
        # the agent's path refuses the same way
        with pytest.raises(RequestError) as err:
            await agent_upload(sam, data, filename)
        assert err.value.code == "attachment_refused" and err.value.message.startswith(code)
        assert (await _counts(server))["attachment_files"] == 0


async def test_per_message_cap_and_empty_messages(tmp_path: Path) -> None:
    async with running_server(tmp_path, **NO_POOL, max_message_bytes=1_000_000) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        customer, _ = await _customer(server, sam)
        a = await customer_upload(customer, b"line\n" * 120_000, "a.txt")
        b = await customer_upload(customer, b"row,1\n" * 100_000, "b.csv")
        assert (
            a["attachment"]["content_type"] == "text/plain" and b["attachment"]["content_type"] == "text/csv"
        )
        over = await customer_send(customer, "two logs", [a["attachment"]["id"], b["attachment"]["id"]])
        assert over["type"] == "error" and over["code"] == "attachment_refused"
        assert over["message"].startswith("message_too_large")
        history = await customer.history(5)
        assert all(m["body"] != "two logs" for m in history["messages"])  # no half-written message
        ok = await customer_send(customer, "one log", [a["attachment"]["id"]])
        assert ok["type"] == "sent"
        empty = await customer_send(customer, "", [])
        assert empty["type"] == "error" and empty["code"] == "bad_request"
        with pytest.raises(RequestError) as err:
            await sam.request("message.send", conversation_id=1, body="", client_msg_id="e-1")
        assert err.value.code == "bad_request"


async def test_uploads_are_rate_limited_per_connection(tmp_path: Path) -> None:
    async with running_server(
        tmp_path, **NO_POOL, upload_bytes_per_second=1, upload_burst_bytes=150_000
    ) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        customer, _ = await _customer(server, sam)
        data = b"x" * 200_000
        begin = {"type": "upload_begin", "upload_id": "rate-0001", "filename": "a.txt", "size": len(data)}
        await customer_frame(customer, begin, "upload_state")
        ok = await customer_frame(customer, chunk_frame("rate-0001", 0, data[: 96 * 1024]), "upload_state")
        assert ok["type"] == "upload_state"
        slow = await customer_frame(
            customer, chunk_frame("rate-0001", ok["received"], data[96 * 1024 : 192 * 1024]), "upload_state"
        )
        assert slow["type"] == "error" and slow["code"] == "rate_limited"


async def test_agent_attaches_files_to_replies_and_notes(tmp_path: Path) -> None:
    async with running_server(tmp_path, **NO_POOL) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        await sam.sync((await sam.request("inbox.snapshot", limit=1))["head"])
        customer, _ = await _customer(server, sam)
        sent = await customer.send("how do I verify?")
        created = await sam.wait_for(
            lambda f: f.get("name") == "message.created" and f["data"]["message"]["id"] == sent["message_id"]
        )
        conv_id = created["data"]["message"]["conversation_id"]
        guide = await agent_upload(sam, samples.pdf(), "KYC guide.pdf")
        assert guide["content_type"] == "application/pdf" and guide["status"] == "not_checked"
        reply = await sam.request(
            "message.send",
            conversation_id=conv_id,
            body="Here is our guide",
            client_msg_id="r-1",
            attachments=[guide["id"]],
        )
        assert reply["message"]["attachments"][0]["id"] == guide["id"]
        frame = await customer.wait_for(
            lambda f: f["type"] == "message" and f["message"]["author_kind"] == "agent"
        )
        assert frame["message"]["attachments"][0]["filename"] == "KYC guide.pdf"
        assert await customer_fetch(customer, guide["id"]) == samples.pdf()

        note_file = await agent_upload(sam, b"internal,aml\n1,2\n", "aml.csv")
        note = await sam.request(
            "message.send",
            conversation_id=conv_id,
            body="",
            client_msg_id="n-1",
            internal=True,
            attachments=[note_file["id"]],
        )
        assert note["message"]["internal"] and note["message"]["attachments"][0]["id"] == note_file["id"]
        with pytest.raises(RequestError) as err:
            await customer_fetch(customer, note_file["id"])  # a note's file never reaches the customer
        assert err.value.code == "not_found"
        live = await customer.messages(quiet=0.5)
        assert all(m["message"]["body"] != "" for m in live)

        # an agent who cannot see the conversation cannot read its files, nor another's upload
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        mine = await agent_upload(alice, b"hello\n", "hello.txt")
        with pytest.raises(RequestError):
            await sam.request(
                "message.send",
                conversation_id=conv_id,
                body="x",
                client_msg_id="r-2",
                attachments=[mine["id"]],
            )
        with pytest.raises(RequestError) as err:
            await agent_fetch(sam, mine["id"])
        assert err.value.code == "not_found"


async def test_filesystem_store_and_deletion_with_the_conversation(tmp_path: Path) -> None:
    folder = tmp_path / "blobs"
    async with running_server(
        tmp_path, **NO_POOL, attachment_store="filesystem", attachment_dir=str(folder)
    ) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        customer, _ = await _customer(server, sam)
        data = b"order,status\n42,failed\n"
        one = await customer_upload(customer, data, "orders.csv")
        two = await customer_upload(customer, data, "same-bytes.csv")  # the same content: one blob
        sent = await customer_send(customer, "both", [one["attachment"]["id"], two["attachment"]["id"]])
        assert sent["type"] == "sent"
        digest = hashlib.sha256(data).hexdigest()
        path = folder / digest[:2] / digest[2:4] / digest
        assert path.read_bytes() == data
        rows = await server.context.db.run(
            lambda s: s.scalar(sa.select(AttachmentBlob.data).where(AttachmentBlob.sha256 == digest))
        )
        assert rows is None  # the bytes are in the folder, not the database
        assert await customer_fetch(customer, one["attachment"]["id"]) == data
        conv_id = await server.context.db.run(
            lambda s: s.scalar(
                sa.select(AttachmentFile.conversation_id).where(AttachmentFile.id == one["attachment"]["id"])
            )
        )
        removed = await server.context.db.run(repo.delete_for_conversation, conv_id)
        assert removed == 1 and not path.exists()
        assert (await _counts(server))["attachment_files"] == 0


async def test_stale_uploads_and_unsent_files_are_purged(tmp_path: Path) -> None:
    from datetime import timedelta

    from app.server.timeutil import utcnow

    async with running_server(tmp_path, **NO_POOL) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        customer, _ = await _customer(server, sam)
        kept = await customer_upload(customer, b"sent\n", "sent.txt")
        await customer_send(customer, "sent", [kept["attachment"]["id"]])
        await customer_upload(customer, b"never sent\n", "unsent.txt")
        await customer_frame(
            customer,
            {"type": "upload_begin", "upload_id": "stale-0001", "filename": "x.txt", "size": 10},
            "upload_state",
        )
        assert await server.context.db.run(repo.purge, utcnow()) == 0  # nothing is old yet
        assert await server.context.db.run(repo.purge, utcnow() + timedelta(days=2)) == 2
        counts = await _counts(server)
        assert counts["attachment_files"] == 1 and counts["attachment_uploads"] == 0
        assert counts["attachment_blobs"] == 1
        assert json.dumps(counts)
