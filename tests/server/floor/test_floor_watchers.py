"""200 desks watching the live floor (issue 20): a real server, 200 WebSocket connections that each
``floor.watch``; opening the floor together costs a few computations, not 200 (one shared for the
same scope); a chat that arrives reaches every watcher as a ``floor.summary`` counting it, and the
server computed that floor once per tick for all of them (never once per watcher)."""

from __future__ import annotations

import asyncio
from typing import Any

from app.server.floor.service import service
from tests.server.routing.support import chat, floor
from tests.support.server import AgentClient

WATCHERS = 200


def _open(result: dict[str, Any]) -> int:
    return sum(q["open"] for q in result["queues"])


async def test_two_hundred_watchers_each_get_the_update_from_one_computation(tmp_path):
    async with floor(tmp_path) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        assert sam.token is not None
        desks = [sam, *await asyncio.gather(
            *(AgentClient.auth(server.ws_url, sam.token) for _ in range(WATCHERS - 1))
        )]
        first = await asyncio.gather(*(desk.request("floor.watch", timeout=30) for desk in desks))
        assert {_open(r["floor"]) for r in first} == {0}
        floor_service = service(server.context)
        assert floor_service is not None and len(floor_service.watchers) == WATCHERS
        opened = floor_service.computed
        assert opened <= 5, f"{opened} floors computed for {WATCHERS} desks opening the same floor"
        await asyncio.gather(*(desk.drain(0.2) for desk in desks))

        await chat(server, "C0000")
        got = await asyncio.gather(*(
            desk.wait_for(lambda f: f.get("type") == "signal" and f["name"] == "floor.summary"
                          and _open(f["data"]["floor"]) == 1, timeout=30)
            for desk in desks
        ))
        assert len(got) == WATCHERS
        assert len({g["data"]["floor"]["at"] for g in got}) <= 2  # the same frame (a tick may split them)
        assert floor_service.computed - opened <= 3, "the floor was computed per watcher"
        await asyncio.gather(*(desk.close() for desk in desks))
