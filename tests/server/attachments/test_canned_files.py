"""A canned reply carries vetted files (a help-centre PDF), sent with the reply through the normal
attachment path. Real server and SQLite file; the administrator's command run as a user runs it
(``agentdesk-server canned-file``); the image guard's real pool where an image is vetted."""

from __future__ import annotations

import asyncio
import io
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from PIL import Image

from app.attachments import DEFAULT_LIMITS, AttachmentRefused, ImageChecker
from app.demo.help_pdf import DEPOSIT_RECOVERY_GUIDE, help_pdf
from app.server import cli
from app.server.attachments import canned, repo
from app.server.attachments.schema import AttachmentBlob, AttachmentFile
from app.server.db.schema import Message
from app.server.timeutil import utcnow
from tests.server.attachments.uploads import agent_fetch, customer_fetch
from tests.support.server import AgentClient, CustomerClient, RequestError, running_server

NO_POOL = {"image_check": False}
GUIDE_KEY = "deposits_withdrawals.wrong_network"


def _reply(replies: list[dict], key: str) -> dict:
    return next(r for r in replies if r["key"] == key)


async def _blob_count(server) -> int:
    return await server.context.db.run(
        lambda s: int(s.scalar(sa.select(sa.func.count()).select_from(AttachmentBlob)) or 0)
    )


async def test_a_canned_reply_sends_its_pdf_with_the_reply(tmp_path: Path) -> None:
    guide = help_pdf(*DEPOSIT_RECOVERY_GUIDE[1:])
    async with running_server(tmp_path, **NO_POOL) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        snap = await sam.request("inbox.snapshot", limit=200)
        await sam.sync(snap["head"])
        replies = (await sam.request("canned.list"))["replies"]
        reply = _reply(replies, GUIDE_KEY)
        [template] = reply["attachments"]
        assert (template["filename"], template["content_type"]) == (
            "deposit-recovery-guide.pdf",
            "application/pdf",
        )
        assert template["size"] == len(guide)
        assert not _reply(replies, "kyc.why").get("attachments")  # only the replies that carry one
        # the agent may open the canned file before sending it
        data, _ = await agent_fetch(sam, template["id"])
        assert data == guide

        copies = await sam.request("attachment.from_canned", canned_id=reply["id"], upload_id="canned-0001")
        [copy] = copies["attachments"]
        assert copy["id"] != template["id"] and copy["filename"] == template["filename"]
        again = await sam.request("attachment.from_canned", canned_id=reply["id"], upload_id="canned-0001")
        assert again["attachments"] == copies["attachments"]  # idempotent: the same copy
        blobs_before = await _blob_count(server)

        conv = next(c for c in snap["conversations"] if c["customer"]["vip_tier"] == 0)
        customer = await CustomerClient.connect(
            server.ws_url, server.mint_customer_token(conv["customer"]["uid"])
        )
        await customer.sync(customer.welcome["head"])
        asked = await customer.send("I sent USDT on the wrong network")
        created = await sam.wait_for(
            lambda f: f.get("name") == "message.created" and f["data"]["message"]["id"] == asked["message_id"]
        )
        conv = {"id": created["data"]["message"]["conversation_id"]}
        sent = await sam.request(
            "message.send",
            conversation_id=conv["id"],
            body="Here is our guide.",
            client_msg_id="cm-canned-1",
            attachments=[copy["id"]],
        )
        assert [a["id"] for a in sent["message"]["attachments"]] == [copy["id"]]
        seen = await customer.wait_for(
            lambda f: f["type"] == "message" and f["message"]["author_kind"] == "agent"
        )
        [got] = seen["message"]["attachments"]
        assert await customer_fetch(customer, got["id"]) == guide
        assert await _blob_count(server) == blobs_before  # a copy is a row, never the bytes again

        # the copy is sent: asking again answers it, and it cannot ride on a second message
        assert (await sam.request("attachment.from_canned", canned_id=reply["id"], upload_id="canned-0001"))[
            "attachments"
        ][0]["id"] == copy["id"]
        with pytest.raises(RequestError) as err:
            await sam.request(
                "message.send",
                conversation_id=conv["id"],
                body="again",
                client_msg_id="cm-canned-2",
                attachments=[copy["id"]],
            )
        assert err.value.code == "bad_request"
        # a customer never reads the canned reply's own file (only what was sent to them)
        with pytest.raises(RequestError):
            await customer_fetch(customer, template["id"])
        with pytest.raises(RequestError) as err:
            await sam.request("attachment.from_canned", canned_id=999_999, upload_id="canned-0002")
        assert err.value.code == "not_found"

        # retention: the conversation's files go, the canned reply keeps its file and its bytes
        unsent = await sam.request("attachment.from_canned", canned_id=reply["id"], upload_id="canned-0003")
        await server.context.db.run(repo.delete_for_conversation, conv["id"])
        later = utcnow() + timedelta(days=3)
        await server.context.db.run(repo.purge, later)

        def rows(session) -> dict[int, AttachmentFile]:
            return {f.id: f for f in session.scalars(sa.select(AttachmentFile))}

        left = await server.context.db.run(rows)
        assert template["id"] in left and copy["id"] not in left
        assert unsent["attachments"][0]["id"] not in left  # an unsent copy is purged like any upload
        data, _ = await agent_fetch(sam, template["id"])
        assert data == guide


def _run_cli(tmp_path: Path, *args: str) -> int:
    return cli.main(["--db", f"sqlite:///{tmp_path / 'server.sqlite3'}", "canned-file", *args])


async def test_the_administrators_command_vets_adds_lists_and_removes(tmp_path: Path, capsys) -> None:
    async with running_server(tmp_path, **NO_POOL):
        pass  # the demo database, seeded
    notes = tmp_path / "fees.csv"
    notes.write_text("network,fee\nTRC20,1 USDT\nERC20,5 USDT\n", encoding="utf-8")
    disguised = tmp_path / "guide.pdf"
    disguised.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)  # a Windows program named .pdf
    assert (
        await asyncio.to_thread(
            _run_cli, tmp_path, "add", "--key", "deposits_withdrawals.fees", "--file", str(notes)
        )
        == 0
    )
    assert "fees.csv" in capsys.readouterr().out
    assert (
        await asyncio.to_thread(
            _run_cli, tmp_path, "add", "--key", "deposits_withdrawals.fees", "--file", str(disguised)
        )
        == 1
    )
    assert "type_not_allowed" in capsys.readouterr().err
    assert (
        await asyncio.to_thread(_run_cli, tmp_path, "add", "--key", "no.such.key", "--file", str(notes)) == 1
    )
    assert "no canned reply" in capsys.readouterr().err
    assert await asyncio.to_thread(_run_cli, tmp_path, "list", "--key", "deposits_withdrawals.fees") == 0
    listed = capsys.readouterr().out.strip().splitlines()
    assert len(listed) == 1 and "fees.csv" in listed[0]
    file_id = int(listed[0].split("\t")[0])

    async with running_server(tmp_path, **NO_POOL) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        replies = (await sam.request("canned.list"))["replies"]
        assert [a["filename"] for a in _reply(replies, "deposits_withdrawals.fees")["attachments"]] == [
            "fees.csv"
        ]
        names = await server.context.db.run(
            lambda s: list(
                s.scalars(sa.select(AttachmentFile.filename).where(AttachmentFile.owner_kind == "canned"))
            )
        )
        assert "guide.pdf" not in names  # the refused file left nothing

    assert (
        await asyncio.to_thread(
            _run_cli, tmp_path, "remove", "--key", "deposits_withdrawals.fees", "--id", str(file_id)
        )
        == 0
    )
    capsys.readouterr()
    assert await asyncio.to_thread(_run_cli, tmp_path, "list", "--key", "deposits_withdrawals.fees") == 0
    assert "no files" in capsys.readouterr().out


def _png(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (400, 300), colour).save(out, "PNG")
    return out.getvalue()


async def test_an_image_must_be_read_and_safe_to_be_a_canned_file() -> None:
    with pytest.raises(canned.CannedFileRefused, match="could not read"):
        await canned.vet(_png((200, 200, 200)), "where.png", DEFAULT_LIMITS, None)  # no guard: not checked
    with pytest.raises(AttachmentRefused):
        await canned.vet(b"%PDF-1.4\n/JavaScript (x)\n%%EOF\n", "bad.pdf", DEFAULT_LIMITS, None)
    with pytest.raises(canned.CannedFileRefused):
        canned.vet_document(_png((10, 10, 10)), "x.png", DEFAULT_LIMITS)

    from bench._images.corpus import build

    built = {s.name: s.data for s in build(1, only={"seed_grid_photo"})}
    async with ImageChecker(workers=1, deadline=60.0) as checker:
        with pytest.raises(canned.CannedFileRefused, match="withheld"):
            await canned.vet(built["seed_grid_photo-en-0"], "phrase.jpg", DEFAULT_LIMITS, checker)
        fine = await canned.vet(_png((250, 250, 250)), "blank.png", DEFAULT_LIMITS, checker)
        assert fine.status == "safe" and fine.data is not None


async def test_a_macro_reply_carries_the_canned_reply_files(tmp_path: Path) -> None:
    """A bulk macro replying with a canned reply sends its PDF with each held reply once released."""
    guide = help_pdf(*DEPOSIT_RECOVERY_GUIDE[1:])
    async with running_server(tmp_path, **NO_POOL, macro_grace_seconds=0.5) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        snap = await sam.request("inbox.snapshot", limit=200)
        ids = [c["id"] for c in snap["conversations"] if c["channel"] == "chat"][:2]
        assert len(ids) == 2
        steps = [{"kind": "reply", "canned_key": GUIDE_KEY}]
        macro_id = (await sam.request("macro.save", name="Wrong network", steps=steps))["macro"]["id"]
        run_id = "run-" + "7" * 28
        await sam.request("macro.run", run_id=run_id, macro_id=macro_id, conversation_ids=ids)
        async with asyncio.timeout(60):
            while (await sam.request("macro.run_status", run_id=run_id))["run"]["state"] != "released":
                await asyncio.sleep(0.2)

        def sent(session) -> list[tuple[int, list[str]]]:
            out = []
            for cid in ids:
                m = session.scalar(
                    sa.select(Message).where(
                        Message.conversation_id == cid, Message.client_msg_id == f"macro:{run_id}:{cid}"
                    )
                )
                assert m is not None
                out.append((cid, [f.filename for f in m.files]))
            return out

        assert await server.context.db.run(sent) == [(cid, ["deposit-recovery-guide.pdf"]) for cid in ids]
        history = (await sam.request("conversation.messages", conversation_id=ids[0], limit=5))["messages"]
        reply = next(m for m in history if m.get("attachments"))
        data, _ = await agent_fetch(sam, reply["attachments"][0]["id"])
        assert data == guide


async def test_the_seeded_pdf_is_read_with_the_filesystem_store_too(tmp_path: Path) -> None:
    """The demo seeds its PDF into the database; a server storing files in a folder still reads it
    (a blob written before the store was switched keeps its bytes in its row)."""
    folder = tmp_path / "blobs"
    async with running_server(
        tmp_path, **NO_POOL, attachment_store="filesystem", attachment_dir=str(folder)
    ) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        replies = (await sam.request("canned.list"))["replies"]
        [template] = _reply(replies, GUIDE_KEY)["attachments"]
        data, _ = await agent_fetch(sam, template["id"])
        assert data == help_pdf(*DEPOSIT_RECOVERY_GUIDE[1:])
        assert not [p for p in folder.rglob("*") if p.is_file()]  # it came from its row
