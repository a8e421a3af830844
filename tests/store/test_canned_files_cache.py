"""The desk's cache keeps each canned reply's files with the reply (cache v8), so offline the picker
still shows which replies carry a file; a v7 cache is upgraded and keeps its replies."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.protocol.types import Attachment, CannedReply
from app.store import Store
from tests.support.helpers import TEST_KEY, opened_store

GUIDE = Attachment(
    filename="deposit-recovery-guide.pdf",
    content_type="application/pdf",
    size=2345,
    id=17,
    status="not_checked",
    detail="not_an_image",
)
WHERE = Attachment(
    filename="where.png", content_type="image/png", size=999, id=18, status="safe", width=400, height=300,
    thumbnail=True,
)


def _replies() -> list[CannedReply]:
    return [
        CannedReply(id=1, key="deposits_withdrawals.wrong_network", category="deposits_withdrawals",
                    shortcut="wrongnet", titles={"en": "Wrong network"}, bodies={"en": "See the guide."},
                    attachments=[GUIDE, WHERE]),
        CannedReply(id=2, key="kyc.why", category="kyc", shortcut="kyc", titles={"en": "KYC"},
                    bodies={"en": "Because."}),
    ]


async def test_canned_files_survive_a_restart_offline(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    async with opened_store(path) as store:
        await store.put_canned_replies(_replies())
    async with opened_store(path) as store:  # a new run, no server: what the picker gets
        cached = await store.canned_replies()
    assert cached == _replies()
    assert cached[0].attachments == [GUIDE, WHERE] and cached[1].attachments == []


async def test_a_v7_cache_is_upgraded_and_keeps_its_canned_replies(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    async with opened_store(path) as store:
        await store.put_canned_replies(_replies()[1:])
        await store.put_draft(7, "我的充值还没到账 (a draft the upgrade must keep)")
    conn = sqlite3.connect(path, isolation_level=None)  # as release 7 left it: no files column
    conn.execute("ALTER TABLE canned_replies DROP COLUMN attachments")
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    store = await Store.open(path, key=TEST_KEY)
    try:
        assert store.upgraded_from == 7
        [reply] = await store.canned_replies()
        assert reply.key == "kyc.why" and reply.attachments == []
        assert await store.get_draft(7) == "我的充值还没到账 (a draft the upgrade must keep)"
        await store.put_canned_replies(_replies())
        assert (await store.canned_replies())[0].attachments == [GUIDE, WHERE]
    finally:
        await store.close()
