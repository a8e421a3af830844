"""The image guard on the upload path: real worker processes with real OCR and QR decoding.

A photo of a written seed phrase is withheld (nothing of it stored, the agent told only the kind,
the customer warned in their language); an ordinary screenshot is shown; an image the guard could
not read in time is kept marked "not checked", never "safe".
"""

from __future__ import annotations

import io

import pytest
from PIL import Image

from app.attachments import ImageChecker
from app.server.attachments.lifecycle import LazyChecker
from app.server.attachments.service import CHECKER_KEY, limits_of
from tests.attachments.readers import HANGING_WIDTH
from tests.server.attachments.uploads import agent_fetch, customer_send, customer_upload, traffic_counts
from tests.support.server import AgentClient, CustomerClient, RequestError, running_server

pytestmark = pytest.mark.slow


def _use(server, checker: ImageChecker) -> None:
    """Give the running test server an already started pool (one pool for the whole test)."""
    server.context.services[CHECKER_KEY] = LazyChecker(server.config, limits_of(server.context), checker)


async def _customer_of_language(server, sam: AgentClient, language: str) -> CustomerClient:
    snap = await sam.request("inbox.snapshot", limit=200)
    uid = next(c["customer"]["uid"] for c in snap["conversations"] if c["customer"]["language"] == language)
    customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
    await customer.sync(customer.welcome["head"])
    return customer


async def test_a_seed_phrase_photo_is_withheld_and_a_screenshot_is_shown(tmp_path) -> None:
    from bench._images.corpus import build

    built = {s.name: s.data for s in build(1, only={"seed_grid_photo", "order_history"})}
    async with ImageChecker(workers=2, deadline=60.0) as checker:
        assert checker.ocr_available
        async with running_server(tmp_path) as server:
            _use(server, checker)
            sam = await AgentClient.login(server.ws_url, "sam", "demo")
            await sam.sync((await sam.request("inbox.snapshot", limit=1))["head"])
            customer = await _customer_of_language(server, sam, "zh-CN")

            seed = await customer_upload(customer, built["seed_grid_photo-zh-0"], "我的助记词.jpg")
            assert seed["type"] == "upload_done", seed
            att = seed["attachment"]
            assert (att["status"], att["detail"]) == ("withheld", "seed_phrase")
            assert att.get("size", 0) == 0 and "thumbnail" not in att and "助记词" not in att["filename"]
            assert "助记词" in seed["warning"]  # the customer is warned in their language
            blobs = (await server.context.db.run(traffic_counts))["attachment_blobs"]
            assert blobs == 0  # the original is not stored, nor any copy

            sent = await customer_send(customer, "", [att["id"]])
            assert sent["type"] == "sent"
            event = await sam.wait_for(
                lambda f: (
                    f.get("name") == "message.created" and f["data"]["message"]["id"] == sent["message_id"]
                )
            )
            shown = event["data"]["message"]["attachments"][0]
            assert (shown["status"], shown["detail"], shown.get("thumbnail", False)) == (
                "withheld",
                "seed_phrase",
                False,
            )
            with pytest.raises(RequestError) as err:
                await agent_fetch(sam, att["id"])
            assert err.value.code == "not_found"
            warning = await customer.wait_for(
                lambda f: f["type"] == "message" and f["message"]["author_kind"] == "system"
            )
            assert "助记词" in warning["message"]["body"]  # and the warning stays in the chat

            order = await customer_upload(customer, built["order_history-en-0"], "order.png")
            assert order["type"] == "upload_done"
            assert order["attachment"]["status"] == "safe" and order["attachment"]["thumbnail"]
            await customer_send(customer, "this order did not fill", [order["attachment"]["id"]])
            thumb, _ = await agent_fetch(sam, order["attachment"]["id"], "thumbnail")
            with Image.open(io.BytesIO(thumb)) as im:
                assert max(im.size) <= 320


async def test_an_image_not_read_in_time_is_marked_not_checked(tmp_path) -> None:
    reader = "tests.attachments.readers:hangs_on_marked_images"
    async with (
        ImageChecker(workers=1, deadline=1.0, reader=reader) as checker,
        running_server(tmp_path) as server,
    ):
        _use(server, checker)
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        customer = await _customer_of_language(server, sam, "en")
        out = io.BytesIO()
        Image.new("RGB", (HANGING_WIDTH, 40), (200, 200, 200)).save(out, "PNG")
        done = await customer_upload(customer, out.getvalue(), "slow.png")
        att = done["attachment"]
        assert (att["status"], att["detail"]) == ("not_checked", "timeout")
        assert done["warning"] is None
        ok = await customer_send(customer, "see image", [att["id"]])
        assert ok["type"] == "sent"
