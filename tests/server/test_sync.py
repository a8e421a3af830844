"""The event log as the contract says: replay exactly what was missed, then live, no gap, no duplicate."""

from __future__ import annotations

import asyncio
import itertools

from tests.support.server import AgentClient, CustomerClient, running_server


async def _regular_uids(sam: AgentClient, n: int) -> list[str]:
    snap = await sam.request("inbox.snapshot", limit=1000)
    uids = list(
        dict.fromkeys(c["customer"]["uid"] for c in snap["conversations"] if c["customer"]["vip_tier"] == 0)
    )
    return uids[:n]


def _strictly_increasing(seqs: list[int]) -> bool:
    return all(a < b for a, b in itertools.pairwise(seqs))


async def test_disconnect_then_sync_with_concurrent_writers(tmp_path):
    async with running_server(tmp_path) as server:
        url = server.ws_url
        sam = await AgentClient.login(url, "sam", "demo")  # stays connected: a live-only witness
        _, synced = await sam.sync(sam.welcome["head"])
        start = synced["head"]
        alice = await AgentClient.login(url, "alice", "demo")
        _, synced = await alice.sync(alice.welcome["head"])
        uids = await _regular_uids(sam, 4)
        customers = [await CustomerClient.connect(url, server.mint_customer_token(u)) for u in uids]
        await customers[0].send("before the disconnect", "pre-1")
        first = await alice.next_event()
        last_seen = first["seq"]
        token = alice.token
        await alice.close()

        acked: list[int] = []

        async def writer(i: int, c: CustomerClient, count: int, tag: str) -> None:
            for k in range(count):
                sent = await c.send(f"{tag} message {k} from writer {i}", f"{tag}-{i}-{k}")
                acked.append(sent["seq"])
                await asyncio.sleep(0.005)

        # Missed while away.
        await asyncio.gather(*(writer(i, c, 5, "away") for i, c in enumerate(customers)))
        # Reconnect and sync while the customers keep writing: the hand-over races the writers.
        writers = asyncio.gather(*(writer(i, c, 15, "during") for i, c in enumerate(customers)))
        await asyncio.sleep(0.02)
        alice = await AgentClient.auth(url, token)
        replayed, synced = await alice.sync(last_seen)
        await writers
        await asyncio.sleep(0.3)
        live = await alice.events(quiet=0.5)
        got = [f["seq"] for f in replayed] + [f["seq"] for f in live]
        assert synced["type"] == "synced"
        assert replayed, "the missed events are replayed"
        assert all(s > last_seen for s in got)
        assert _strictly_increasing(got), "no duplicate, in order"
        assert all(f["seq"] <= synced["head"] for f in replayed)
        assert all(f["seq"] > synced["head"] for f in live)
        assert set(acked) <= set(got), "every acknowledged message reached the agent"

        # Exactly what a fresh replay of the log says alice may see (no gap, nothing extra).
        fresh = await AgentClient.auth(url, token)
        reference, _ = await fresh.sync(last_seen)
        assert got == [f["seq"] for f in reference]
        # And the live-only supervisor saw exactly the whole log after its start.
        witness = [f["seq"] for f in await sam.events(quiet=0.5)]
        everything, _ = await fresh.sync(start)
        sam_ref, _ = await (await AgentClient.login(url, "sam", "demo")).sync(start)
        assert witness == [f["seq"] for f in sam_ref]
        assert set(f["seq"] for f in everything) <= set(witness)


async def test_no_events_before_the_first_sync(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        uid = (await _regular_uids(alice, 1))[0]
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        await customer.send("nobody synced yet")
        assert await alice.events(quiet=0.4) == []
        replayed, synced = await alice.sync(alice.welcome["head"])
        assert [f["name"] for f in replayed][-1] == "message.created"
        assert synced["head"] >= replayed[-1]["seq"]


async def test_resync_past_retention(tmp_path):
    async with running_server(tmp_path, event_retention=5) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        uid = (await _regular_uids(alice, 1))[0]
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        for k in range(12):
            await customer.send(f"m{k}", f"id-{k}")
        assert await server.trim_events() > 0  # the periodic trimming, now
        _, frame = await alice.sync(0)
        assert frame["type"] == "resync"
        head = frame["head"]
        assert head >= 12
        replayed, frame = await alice.sync(head - 3)
        assert frame == {"type": "synced", "head": head}
        assert [f["seq"] for f in replayed] == [head - 2, head - 1, head]
        # A seq from the future (another database) is also a resync.
        _, frame = await alice.sync(head + 100)
        assert frame["type"] == "resync"
        # Customers resync the same way.
        _, cframe = await customer.sync(0)
        assert cframe["type"] == "resync"
        history = await customer.history(5)
        assert [m["body"] for m in history["messages"]] == ["m7", "m8", "m9", "m10", "m11"]


async def test_replay_in_pages(tmp_path, monkeypatch):
    from app.server import sync

    monkeypatch.setattr(sync, "PAGE_SIZE", 3)
    async with running_server(tmp_path) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        uid = (await _regular_uids(sam, 1))[0]
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        acks = [await customer.send(f"p{k}") for k in range(10)]
        replayed, synced = await sam.sync(0)
        seqs = [f["seq"] for f in replayed]
        assert _strictly_increasing(seqs) and synced["head"] == seqs[-1]
        assert {a["seq"] for a in acks} <= set(seqs)
        creplayed, _ = await customer.sync(0)
        assert [f["message"]["body"] for f in creplayed if f["message"]["author_kind"] == "customer"] == [
            f"p{k}" for k in range(10)
        ]
