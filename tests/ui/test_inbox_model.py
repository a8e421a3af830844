"""The inbox model over a fake store: lazy paging, no overlapping fetches, minimal updates."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from app.store.types import Change, InboxPage, InboxQuery, InboxRow
from app.ui.async_bridge import AsyncBridge
from app.ui.item_models.inbox_model import PAGE_SIZE, InboxModel
from app.ui.item_models.roles import InboxRole

T0 = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def make_row(cid: int, vip: int = 0, preview: str = "hello") -> InboxRow:
    return InboxRow(
        conversation_id=cid,
        channel="chat",
        status="open",
        priority="normal",
        assignee=None,
        subject=None,
        customer_uid=f"5{cid:09d}",
        customer_name=f"C{cid}",
        vip_tier=vip,
        account_manager=None,
        verified=True,
        language="en",
        last_message_preview=preview,
        last_message_at=T0,
        unread_count=1,
        waiting_since=T0,
        sla_due=T0 + timedelta(minutes=cid),
        created_at=T0,
        first_response_at=None,
    )


class FakeStore:
    def __init__(self, n: int) -> None:
        self.rows = [make_row(i) for i in range(1, n + 1)]
        self.calls: list[tuple[int, int]] = []
        self.in_flight = 0
        self.max_in_flight = 0

    async def query_inbox(self, query: InboxQuery, offset: int = 0, limit: int = 50) -> InboxPage:
        self.calls.append((offset, limit))
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        await asyncio.sleep(0.01)
        self.in_flight -= 1
        return InboxPage(rows=list(self.rows[offset : offset + limit]), total=len(self.rows))


def counting(model: InboxModel) -> dict[str, int]:
    counts = {"reset": 0, "inserted": 0, "removed": 0, "moved": 0, "changed": 0}
    model.modelReset.connect(lambda: counts.__setitem__("reset", counts["reset"] + 1))
    model.rowsInserted.connect(lambda *a: counts.__setitem__("inserted", counts["inserted"] + 1))
    model.rowsRemoved.connect(lambda *a: counts.__setitem__("removed", counts["removed"] + 1))
    model.rowsMoved.connect(lambda *a: counts.__setitem__("moved", counts["moved"] + 1))
    model.dataChanged.connect(lambda *a: counts.__setitem__("changed", counts["changed"] + 1))
    return counts


def test_pages_lazily_and_never_overlaps_fetches(loop: Any, wait_until: Any) -> None:
    store = FakeStore(100_000)
    bridge = AsyncBridge()
    model = InboxModel(store, bridge)
    model.set_query(InboxQuery())
    wait_until(lambda: model.loaded, what="first page")
    assert model.rowCount() == PAGE_SIZE and model.total == 100_000
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # ignored: one fetch at a time
    assert not model.canFetchMore(QModelIndex())
    wait_until(lambda: model.rowCount() == 2 * PAGE_SIZE, what="second page")
    assert store.max_in_flight == 1
    assert store.calls == [(0, PAGE_SIZE), (PAGE_SIZE, PAGE_SIZE)]
    assert model.index(150).data(InboxRole.ID) == 151


def test_changes_update_rows_without_reset(loop: Any, wait_until: Any) -> None:
    store = FakeStore(10)
    model = InboxModel(store, AsyncBridge())
    model.set_query(InboxQuery())
    wait_until(lambda: model.loaded)
    counts = counting(model)
    selected = QPersistentModelIndex(model.index(4))  # conversation 5
    # conversation 7 becomes VIP and jumps to the top, 3 is resolved (gone), 99 is new, 2 changes text
    seven = replace(store.rows[6], vip_tier=2)
    store.rows = [seven] + [r for r in store.rows if r.conversation_id not in (3, 7)] + [make_row(99)]
    store.rows[1] = replace(store.rows[1], last_message_preview="new text")  # conversation 1 -> index 1
    model.on_change(Change(updated=frozenset({7, 1}), removed=frozenset({3}), inserted=frozenset({99})))
    wait_until(lambda: model.rowCount() == 10 and model.index(0).data(InboxRole.ID) == 7)
    assert [model.index(i).data(InboxRole.ID) for i in range(10)] == [7, 1, 2, 4, 5, 6, 8, 9, 10, 99]
    assert counts["reset"] == 0
    assert counts["removed"] == 1 and counts["moved"] == 1 and counts["inserted"] == 1
    assert selected.isValid() and selected.data(InboxRole.ID) == 5
    assert model.index(1).data(InboxRole.PREVIEW) == "new text"


def test_new_query_resets_and_ignores_stale_answers(loop: Any, wait_until: Any) -> None:
    store = FakeStore(300)
    model = InboxModel(store, AsyncBridge())
    model.set_query(InboxQuery(search="a"))
    model.set_query(InboxQuery(search="b"))  # the first answer must be dropped
    wait_until(lambda: model.loaded)
    loop.run_until_complete(asyncio.sleep(0.05))
    assert model.rowCount() == PAGE_SIZE
    assert model.query == InboxQuery(search="b")


def test_the_preview_author_role_comes_from_the_row() -> None:
    from dataclasses import replace

    from app.ui.item_models.inbox_model import _ROLE_GETTERS as getters

    row = make_row(1)
    assert getters[InboxRole.PREVIEW_AUTHOR](replace(row, last_message_author_kind="agent")) == "agent"
    assert getters[InboxRole.PREVIEW_AUTHOR](row) is None

