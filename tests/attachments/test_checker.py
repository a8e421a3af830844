"""The worker pool: real processes, real OCR end to end, deadlines, crashes, overload."""

from __future__ import annotations

import asyncio
import io

import pytest
from PIL import Image

from app.attachments import ImageChecker
from app.attachments.verdict import NOT_CHECKED, SAFE, WITHHELD
from tests.attachments.readers import CRASHING_WIDTH, HANGING_WIDTH

pytestmark = pytest.mark.slow

TEST_READER = "tests.attachments.readers:hangs_on_marked_images"


def png(width: int, height: int = 10) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 200, 200)).save(out, "PNG")
    return out.getvalue()


async def test_corpus_subset_end_to_end() -> None:
    """A seed phrase photo and a key QR are withheld; order screenshots are safe and re-encoded."""
    from bench._images.corpus import build

    wanted = {"seed_grid_photo-en-0", "seed_grid_photo-zh-0", "order_history-en-0", "key_qr_hex-en-0"}
    built = build(1, only={"seed_grid_photo", "key_qr_hex", "order_history"})
    samples = [s for s in built if s.name in wanted]
    async with ImageChecker(workers=2, deadline=60.0) as checker:
        assert checker.ocr_available
        results = await asyncio.gather(*(checker.check(s.data) for s in samples))
    verdicts = {s.name: r for s, r in zip(samples, results, strict=True)}
    for lang in ("en", "zh"):
        seed = verdicts[f"seed_grid_photo-{lang}-0"]
        assert (seed.verdict.status, seed.verdict.kind) == (WITHHELD, "seed_phrase")
        assert seed.image is None  # nothing of a withheld image is handed back for storage
    order = verdicts["order_history-en-0"]  # a table full of BIP39-listed words: order, price ...
    assert order.verdict.status == SAFE, order
    assert order.image is not None and order.image.width > 0 and order.image.thumbnail
    key = verdicts["key_qr_hex-en-0"]
    assert (key.verdict.status, key.verdict.kind) == (WITHHELD, "key_qr")


async def test_deadline_gives_not_checked_and_the_pool_recovers() -> None:
    async with ImageChecker(workers=1, deadline=1.0, reader=TEST_READER) as checker:
        hung = await checker.check(png(HANGING_WIDTH))
        assert (hung.verdict.status, hung.verdict.reason) == (NOT_CHECKED, "timeout")
        assert hung.image is not None  # decoded and re-encoded before the reading stage hung
        after = await checker.check(png(20))  # the killed worker was replaced
        assert after.verdict.status == SAFE


async def test_a_crashing_worker_is_replaced() -> None:
    async with ImageChecker(workers=1, deadline=30.0, reader=TEST_READER) as checker:
        crashed = await checker.check(png(CRASHING_WIDTH))
        assert (crashed.verdict.status, crashed.verdict.reason) == (NOT_CHECKED, "worker_failed")
        assert (await checker.check(png(20))).verdict.status == SAFE


async def test_a_burst_beyond_the_queue_is_not_checked_at_once() -> None:
    async with ImageChecker(workers=1, deadline=2.0, max_queue=1, reader=TEST_READER) as checker:
        first = asyncio.create_task(checker.check(png(HANGING_WIDTH)))
        while checker.busy == 0:
            await asyncio.sleep(0.01)
        queued = asyncio.create_task(checker.check(png(20)))
        while checker.queued == 0:
            await asyncio.sleep(0.01)
        refused = await checker.check(png(21))
        assert (refused.verdict.status, refused.verdict.reason) == (NOT_CHECKED, "overloaded")
        assert (await first).verdict.reason == "timeout"
        assert (await queued).verdict.status == SAFE


async def test_undecodable_and_refused_images_and_a_stopped_pool() -> None:
    checker = ImageChecker(workers=1, reader=TEST_READER)
    before = await checker.check(png(20))
    assert (before.verdict.status, before.verdict.reason) == (NOT_CHECKED, "not_running")
    async with checker:
        bomb = await checker.check(__import__("tests.attachments.samples", fromlist=["x"]).png_bomb())
        assert bomb.refusal == "image_too_many_pixels" and bomb.image is None
        assert bomb.verdict.status == NOT_CHECKED
        text = await checker.check(b"not an image at all")
        assert text.refusal == "type_not_allowed"
    after = await checker.check(png(20))
    assert after.verdict.reason == "not_running"


async def test_stop_answers_waiting_checks_at_once() -> None:
    checker = ImageChecker(workers=1, deadline=60.0, queue_timeout=60.0, reader=TEST_READER)
    await checker.start()
    busy = asyncio.create_task(checker.check(png(HANGING_WIDTH)))
    while checker.busy == 0:
        await asyncio.sleep(0.01)
    waiting = asyncio.create_task(checker.check(png(20)))
    while checker.queued == 0:
        await asyncio.sleep(0.01)
    await checker.stop()
    assert (await waiting).verdict.reason == "not_running"
    assert (await busy).verdict.status == NOT_CHECKED  # its worker was stopped under it
