"""Attachments on several nodes: two servers on one PostgreSQL database. An upload begun on one node
resumes on the other after the connection drops, and a file kept through one is read through the
other (blobs in the database: the default store needs nothing shared but the database)."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from tests.server.attachments.uploads import (
    agent_fetch,
    chunk_frame,
    customer_frame,
    customer_send,
    customer_upload,
)
from tests.support.server import AgentClient, CustomerClient, running_server

pytestmark = pytest.mark.postgres


def _png() -> bytes:
    out = io.BytesIO()
    Image.effect_noise((700, 500), 60).convert("RGB").save(out, "PNG")  # noise: no compression
    return out.getvalue()


async def test_an_upload_resumes_on_another_node_and_is_read_there(tmp_path, pg_url) -> None:
    shared = {"db_url": pg_url, "image_check": False, "key_file": str(tmp_path / "shared.keys")}
    async with (
        running_server(tmp_path / "a", **shared) as node_a,
        running_server(tmp_path / "b", **shared, demo=False) as node_b,
    ):
        sam_b = await AgentClient.login(node_b.ws_url, "sam", "demo")
        snap = await sam_b.request("inbox.snapshot", limit=200)
        uid = next(c["customer"]["uid"] for c in snap["conversations"] if c["customer"]["vip_tier"] == 0)
        data = _png()
        assert len(data) > 3 * 96 * 1024
        on_a = await CustomerClient.connect(node_a.ws_url, node_a.mint_customer_token(uid))
        begin = {"type": "upload_begin", "upload_id": "two-nodes-1", "filename": "s.png", "size": len(data)}
        await customer_frame(on_a, begin, "upload_state")
        state = await customer_frame(on_a, chunk_frame("two-nodes-1", 0, data[: 96 * 1024]), "upload_state")
        assert state["received"] == 96 * 1024
        await on_a.close()  # node A's connection is gone; the customer comes back through node B

        on_b = await CustomerClient.connect(node_b.ws_url, node_b.mint_customer_token(uid))
        await on_b.sync(on_b.welcome["head"])
        resumed = await customer_frame(on_b, begin, "upload_state")
        assert resumed["received"] == 96 * 1024
        done = await customer_upload(on_b, data, "s.png", "two-nodes-1")
        assert done["type"] == "upload_done", done
        sent = await customer_send(on_b, "through node b", [done["attachment"]["id"]])
        assert sent["type"] == "sent"

        sam_a = await AgentClient.login(node_a.ws_url, "sam", "demo")
        stored, meta = await agent_fetch(sam_a, done["attachment"]["id"])  # read through node A
        assert meta["total"] == len(stored) == done["attachment"]["size"]
        with Image.open(io.BytesIO(stored)) as im:
            assert im.size == (700, 500)
        again, _ = await agent_fetch(sam_b, done["attachment"]["id"])
        assert hashlib.sha256(again).digest() == hashlib.sha256(stored).digest()
