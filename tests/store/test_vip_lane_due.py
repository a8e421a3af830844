"""The priority lane's due time comes from the store, over the whole VIP view (the window used to
read the first 500 VIP rows, which are ordered by tier, and could miss the earliest due)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.policies.vip_lane import lane_query
from tests.support.factories import T0, conversation, customer
from tests.support.helpers import opened_store


def vip(cid: int, tier: int, due_minutes: float | None, **kw: object) -> object:
    return conversation(cid, cust=customer(f"{20000000 + cid}", vip=tier), due_minutes=due_minutes, **kw)


async def test_the_lane_is_the_earliest_first_response_due_of_waiting_vips(tmp_path: Path) -> None:
    async with opened_store(tmp_path / "cache.sqlite3") as store:
        lane = lane_query("vera")
        assert await store.earliest_first_response_due(lane) is None  # nothing cached yet
        await store.apply_snapshot([
            vip(1, 3, 30),
            vip(2, 1, 5),  # the earliest waiting VIP
            conversation(3, due_minutes=1),  # not VIP
            vip(4, 5, 1, responded=True),  # answered: its due is the resolution's
            vip(5, 8, 1, status="resolved"),
            vip(6, 2, 6, status="snoozed"),  # snoozing does not stop the clock
        ], head=0)
        assert await store.earliest_first_response_due(lane) == T0 + timedelta(minutes=5)


async def test_the_earliest_due_is_found_past_hundreds_of_higher_tiers(tmp_path: Path) -> None:
    async with opened_store(tmp_path / "cache.sqlite3") as store:
        many = [vip(cid, 8, 120) for cid in range(1, 701)]  # 700 VIP8 rows sort first
        late_tier = vip(5000, 1, 2)  # a VIP1 conversation due in 2 minutes sorts after all of them
        await store.apply_snapshot([*many, late_tier], head=0)
        lane = lane_query("vera")
        assert (await store.query_inbox(lane, 0, 500)).rows[-1].vip_tier == 8  # the old window
        assert await store.earliest_first_response_due(lane) == T0 + timedelta(minutes=2)


async def test_a_locked_store_has_no_lane(tmp_path: Path) -> None:
    async with opened_store(tmp_path / "cache.sqlite3", key=None) as store:
        assert store.locked and await store.earliest_first_response_due(lane_query("vera")) is None
