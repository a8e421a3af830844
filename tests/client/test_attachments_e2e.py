"""The desk's attachments against the real backend: a customer's screenshot cached with its files,
its thumbnail read once and then from the sealed cache, a reply and a note carrying files through
the outbox, a refused file's clear error."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from app.client import RequestFailed, Session
from app.client import attachments as desk_files
from app.store import file_cache
from tests.attachments import samples
from tests.client.test_session_e2e import first_regular_conversation
from tests.server.attachments.uploads import customer_send, customer_upload
from tests.support.helpers import (
    eventually,
    fast_config,
    memory_credentials,
    opened_store,
    until_delivered,
    until_online,
)
from tests.support.server import CustomerClient, running_server


def _png(width: int = 640, height: int = 400) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (20, 90, 200)).save(out, "PNG")
    return out.getvalue()


async def test_screenshots_thumbnails_cache_and_replies_with_files(tmp_path: Path) -> None:
    cache_path = tmp_path / "cache.sqlite3"
    async with running_server(tmp_path, image_check=False) as server, opened_store(cache_path) as store:
        session = Session(server.ws_url, store, memory_credentials(), config=fast_config())
        await session.start()
        await session.login("alice", "demo")
        await until_online(session)
        cid, uid = await first_regular_conversation(store)
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        await customer.sync(customer.welcome["head"])
        done = await customer_upload(customer, _png(), "screen.png")
        sent = await customer_send(customer, "this failed", [done["attachment"]["id"]])

        async def cached_with_file() -> bool:
            return any(m.server_id == sent["message_id"] and m.files for m in await store.messages(cid))

        await eventually(cached_with_file, what="the screenshot's message in the cache")
        shown = next(m for m in await store.messages(cid) if m.server_id == sent["message_id"])
        [f] = shown.files
        assert f.id == done["attachment"]["id"] and f.thumbnail and f.is_image and f.readable
        assert (f.status, f.detail, f.width, f.height) == ("not_checked", "not_running", 640, 400)

        thumb = await desk_files.read(session, store, f.id, "thumbnail")
        with Image.open(io.BytesIO(thumb)) as im:
            assert max(im.size) <= 320
        folder = file_cache.folder_of(cache_path)
        [sealed] = list(folder.glob("*.sealed"))
        assert thumb not in sealed.read_bytes() and thumb[:16] not in sealed.read_bytes()  # sealed
        await session.stop()  # offline now: what was opened still opens, from the sealed cache
        assert await desk_files.read(session, store, f.id, "thumbnail") == thumb
        with pytest.raises(Exception):  # noqa: B017 (not cached, and no connection to fetch it)
            await desk_files.read(session, store, f.id, "file")

        await session.start()
        await until_online(session)
        progress: list[tuple[int, int]] = []
        guide = tmp_path / "KYC guide.pdf"
        guide.write_bytes(samples.pdf(b"/Title (" + b"g" * 200_000 + b") "))
        pdf = await desk_files.upload_path(session, guide, progress=lambda r, s: progress.append((r, s)))
        assert pdf.content_type == "application/pdf" and pdf.id is not None
        assert progress[-1][0] == progress[-1][1] == guide.stat().st_size and len(progress) >= 2
        local_id = await session.send_message(cid, "Here is the guide", files=[pdf])
        pending = next(m for m in await store.messages(cid) if m.local_id == local_id)
        assert [x.filename for x in pending.files] == ["KYC guide.pdf"]  # shown while it is sent
        await until_delivered(store)
        mine = next(m for m in await store.messages(cid) if m.local_id == local_id)
        assert mine.delivery_state == "sent" and [x.id for x in mine.files] == [pdf.id]
        frame = await customer.wait_for(
            lambda fr: fr["type"] == "message" and fr["message"]["body"] == "Here is the guide"
        )
        assert frame["message"]["attachments"][0]["id"] == pdf.id

        csv = await desk_files.upload_bytes(session, b"order,state\n1,failed\n", "orders.csv")
        note_id = await session.send_message(cid, "", internal=True, files=[csv])
        await until_delivered(store)
        note = next(m for m in await store.messages(cid) if m.local_id == note_id)
        assert note.delivery_state == "sent" and note.internal and [x.id for x in note.files] == [csv.id]

        with pytest.raises(RequestFailed) as refused:
            await desk_files.upload_bytes(session, samples.windows_exe(), "photo.png")
        assert refused.value.code == "attachment_refused" and "type_not_allowed" in str(refused.value)

        await store.wipe()  # signing out with "remove this computer's copy": the files go too
        assert not folder.exists()
        await session.stop()
