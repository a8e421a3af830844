"""A supervisor changes a canned reply's files from the desk: ``canned.file.add`` makes their own
vetted upload the reply's file, ``canned.file.remove`` takes one off. Real server, SQLite file,
the real image guard pool where an image is added."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from PIL import Image

from app.server.attachments import repo
from app.server.attachments.blobs import digest
from app.server.attachments.schema import AttachmentBlob, AttachmentFile
from app.server.timeutil import utcnow
from tests.server.attachments.uploads import agent_fetch, agent_upload
from tests.support.server import AgentClient, RequestError, running_server

NO_POOL = {"image_check": False}
FEES = "deposits_withdrawals.fees"
CSV = b"network,fee\nTRC20,1 USDT\nERC20,5 USDT\n"


def _reply(replies: list[dict], key: str) -> dict:
    return next(r for r in replies if r["key"] == key)


def _png(colour: tuple[int, int, int], size: tuple[int, int] = (400, 300)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


async def _refused(coro: object) -> RequestError:
    with pytest.raises(RequestError) as err:
        await coro  # type: ignore[misc]
    return err.value


async def test_a_supervisor_adds_and_removes_a_canned_file_from_the_desk(tmp_path: Path) -> None:
    async with running_server(tmp_path, **NO_POOL) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")  # supervisor
        alice = await AgentClient.login(server.ws_url, "alice", "demo")  # agent
        replies = (await sam.request("canned.list"))["replies"]
        fees = _reply(replies, FEES)
        assert not fees.get("attachments")

        upload = await agent_upload(sam, CSV, "fees.csv")
        added = await sam.request("canned.file.add", canned_id=fees["id"], attachment_id=upload["id"])
        [kept] = added["attachments"]
        assert added["canned_id"] == fees["id"]
        assert (kept["filename"], kept["content_type"], kept["size"]) == ("fees.csv", "text/csv", len(CSV))
        assert kept["id"] != upload["id"]  # the reply's own row; the upload stays sam's
        again = await sam.request("canned.file.add", canned_id=fees["id"], attachment_id=upload["id"])
        assert again == added  # a repeat after a lost answer: the same file, not a second one

        # every desk sees it at its next canned.list, and an agent sends it like the seeded PDF
        seen = _reply((await alice.request("canned.list"))["replies"], FEES)
        assert [a["id"] for a in seen["attachments"]] == [kept["id"]]
        copies = await alice.request(
            "attachment.from_canned", canned_id=fees["id"], upload_id="canned-desk-1"
        )
        [copy] = copies["attachments"]
        assert (await agent_fetch(alice, copy["id"]))[0] == CSV

        # only supervisors; only the caller's own unsent upload; a reply that exists
        mine = await agent_upload(alice, b"a,b\n1,2\n", "mine.csv")
        err = await _refused(alice.request("canned.file.add", canned_id=fees["id"], attachment_id=mine["id"]))
        assert err.code == "forbidden"
        err = await _refused(
            alice.request("canned.file.remove", canned_id=fees["id"], attachment_id=kept["id"])
        )
        assert err.code == "forbidden"
        err = await _refused(sam.request("canned.file.add", canned_id=fees["id"], attachment_id=mine["id"]))
        assert err.code == "bad_request"  # alice's upload is not sam's to give
        err = await _refused(sam.request("canned.file.add", canned_id=999_999, attachment_id=upload["id"]))
        assert err.code == "not_found"
        err = await _refused(sam.request("canned.file.add", canned_id=fees["id"], attachment_id=999_999))
        assert err.code == "bad_request"  # no such upload at all
        err = await _refused(sam.request("canned.file.remove", canned_id=999_999, attachment_id=kept["id"]))
        assert err.code == "not_found"

        # an image the guard did not read (this server runs without it) is refused, nothing added
        image = await agent_upload(sam, _png((240, 240, 240)), "where.png")
        assert image["status"] == "not_checked"
        err = await _refused(sam.request("canned.file.add", canned_id=fees["id"], attachment_id=image["id"]))
        assert err.code == "attachment_refused" and err.message.startswith("canned_image_not_checked:")
        listed = _reply((await sam.request("canned.list"))["replies"], FEES)
        assert [a["id"] for a in listed["attachments"]] == [kept["id"]]

        # at most five files: the sixth is refused and not added
        for i in range(4):
            extra = await agent_upload(sam, f"n,{i}\n".encode(), f"extra-{i}.csv")
            await sam.request("canned.file.add", canned_id=fees["id"], attachment_id=extra["id"])
        sixth = await agent_upload(sam, b"n,6\n", "sixth.csv")
        err = await _refused(sam.request("canned.file.add", canned_id=fees["id"], attachment_id=sixth["id"]))
        assert err.code == "attachment_refused" and err.message.startswith("canned_too_many_files:")

        removed = await sam.request("canned.file.remove", canned_id=fees["id"], attachment_id=kept["id"])
        assert kept["id"] not in [a["id"] for a in removed["attachments"]]
        assert len(removed["attachments"]) == 4
        err = await _refused(
            sam.request("canned.file.remove", canned_id=fees["id"], attachment_id=kept["id"])
        )
        assert err.code == "not_found"

        audit = (await sam.request("audit.list", target=FEES))["entries"]
        actions = [(e["action"], e["actor"]) for e in audit]
        assert actions.count(("canned.file.add", "sam")) == 5 and ("canned.file.remove", "sam") in actions

        # the bytes go once nothing refers to them: the reply's row is gone, the uploads are purged
        await server.context.db.run(repo.purge, utcnow() + timedelta(days=2))

        def blob_of_csv(session) -> int:
            return int(
                session.scalar(
                    sa.select(sa.func.count())
                    .select_from(AttachmentBlob)
                    .where(AttachmentBlob.sha256 == digest(CSV))
                )
                or 0
            )

        assert await server.context.db.run(blob_of_csv) == 0


async def test_a_canned_image_added_from_the_desk_is_read_by_the_guard_first(tmp_path: Path) -> None:
    from bench._images.corpus import build

    phrase = next(s.data for s in build(1, only={"seed_grid_photo"}) if s.name == "seed_grid_photo-en-0")
    async with running_server(tmp_path) as server:  # the server's own image guard pool
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        fees = _reply((await sam.request("canned.list"))["replies"], FEES)
        secret = await agent_upload(sam, phrase, "phrase.jpg")
        assert secret["status"] == "withheld"
        err = await _refused(sam.request("canned.file.add", canned_id=fees["id"], attachment_id=secret["id"]))
        assert err.code == "attachment_refused" and err.message.startswith("canned_image_withheld:")

        blank = await agent_upload(sam, _png((250, 250, 250)), "where.png")
        assert blank["status"] == "safe"
        added = await sam.request("canned.file.add", canned_id=fees["id"], attachment_id=blank["id"])
        [kept] = added["attachments"]
        assert kept["status"] == "safe" and kept.get("thumbnail")

        def canned_rows(session) -> list[str]:
            return [
                f.filename
                for f in session.scalars(
                    sa.select(AttachmentFile).where(
                        AttachmentFile.owner_kind == "canned", AttachmentFile.owner == FEES
                    )
                )
            ]

        assert await server.context.db.run(canned_rows) == ["where.png"]  # the withheld one left nothing
        thumb, _ = await agent_fetch(sam, kept["id"], "thumbnail")
        assert thumb
