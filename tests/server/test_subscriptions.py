"""Subscriptions over the wire (docs/protocol.md "Subscriptions"): full events for the open
conversations, one coalesced ``summary`` frame per window for the rest, visibility and notify kept,
``head`` a safe place to resume, frames that grow with the desks that have a conversation open, a
desk that never reads closed "too slow" while the others carry on.

The summary window's timer is set an hour long here and flushed by the test
(``server.context.hub.window.flush()``), so what one frame holds does not depend on timing.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
from typing import Any

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from app.server.app import ChatServer
from tests.support.server import SUBPROTOCOL, AgentClient, CustomerClient, running_server

HOUR = {"summary_interval": 3600.0}


async def subscribe(agent: AgentClient, open_ids: list[int], inbox: str = "summaries") -> dict[str, Any]:
    return await agent.request("subscription.set", open=open_ids, inbox=inbox)


async def desk(server: ChatServer, user: str = "alice") -> AgentClient:
    agent = await AgentClient.login(server.ws_url, user, "demo")
    await agent.sync(agent.welcome["head"])
    return agent


async def chats(server: ChatServer, n: int, *, vip: bool = False) -> list[tuple[CustomerClient, int]]:
    """``n`` customers, each with the id of their open chat (their first message opens or finds it)."""
    sam = await desk(server, "sam")
    convs = (await sam.request("inbox.snapshot", limit=500))["conversations"]
    uids = list(dict.fromkeys(
        c["customer"]["uid"] for c in convs
        if (c["customer"]["vip_tier"] > 0) == vip and c["customer"]["verified"]
    ))[:n]
    out = []
    for uid in uids:
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        ack = await customer.send("hello")
        created = await sam.wait_for(
            lambda f, mid=ack["message_id"]: f["type"] == "event" and f["name"] == "message.created"
            and f["data"]["message"]["id"] == mid
        )
        out.append((customer, created["data"]["conversation"]["id"]))
    await sam.close()
    return out


def summaries_in(frames: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in frames if f["type"] == "summary"]


def summarised_ids(frames: list[dict[str, Any]]) -> set[int]:
    return {e["conversation"]["id"] for s in summaries_in(frames) for e in s["conversations"]}


def created_in(frames: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in frames if f["type"] == "event" and f["name"] == "message.created"]


async def test_open_conversations_in_full_the_rest_in_one_summary(tmp_path):
    async with running_server(tmp_path, **HOUR) as server:
        (first, open_id), (second, other_id) = await chats(server, 2)
        alice = await desk(server)
        await alice.drain(0.3)
        result = await subscribe(alice, [open_id])
        assert result["open"] == [open_id] and result["inbox"] == "summaries"
        acks = [await second.send(f"busy {k}") for k in range(5)]
        await first.send("in the open one")
        await asyncio.sleep(0.2)
        server.context.hub.window.flush()
        frames = await alice.drain(0.5)
        full = created_in(frames)
        assert [e["data"]["message"]["body"] for e in full] == ["in the open one"]
        [summary] = summaries_in(frames)
        entries = {e["conversation"]["id"]: e for e in summary["conversations"]}
        busy = entries[other_id]
        assert busy["conversation"]["last_message"]["body"] == "busy 4"  # the latest state only
        assert busy["customer_messages"] == [a["message_id"] for a in acks]
        assert summary["head"] >= max(a["seq"] for a in acks) and summary["head"] >= full[0]["seq"]
        for c in (first, second, alice):
            await c.close()


async def test_compact_entries_only_for_the_desk_that_asks_for_them(tmp_path):
    """``compact: true`` is asked for, not imposed: a client written against whole entries keeps
    getting every field (``null``, ``[]``, ``false`` included); the compact desk gets the same entry
    without them."""
    async with running_server(tmp_path, **HOUR) as server:
        [(customer, conv_id)] = await chats(server, 1)
        whole, short = await desk(server), await desk(server)
        assert (await subscribe(whole, []))["inbox"] == "summaries"
        await short.request("subscription.set", open=[], inbox="summaries", compact=True)
        await whole.drain(0.3)
        await short.drain(0.3)
        await customer.send("where is my deposit")
        await asyncio.sleep(0.2)
        server.context.hub.window.flush()
        [whole_summary] = summaries_in(await whole.drain(0.5))
        [short_summary] = summaries_in(await short.drain(0.5))
        [whole_entry] = [e for e in whole_summary["conversations"] if e["conversation"]["id"] == conv_id]
        [short_entry] = [e for e in short_summary["conversations"] if e["conversation"]["id"] == conv_id]
        assert whole_entry["conversation"]["snoozed_until"] is None and "created" in whole_entry
        assert "snoozed_until" not in short_entry["conversation"] and "created" not in short_entry
        assert short_entry["conversation"]["last_message"]["body"] == "where is my deposit"
        assert short_entry["customer_messages"] == whole_entry["customer_messages"]
        assert len(json.dumps(short_entry)) < len(json.dumps(whole_entry))
        for c in (customer, whole, short):
            await c.close()


async def test_a_desk_that_never_subscribes_still_gets_every_event(tmp_path):
    async with running_server(tmp_path, **HOUR) as server:
        [(customer, _)] = await chats(server, 1)
        old_desk, new_desk = await desk(server), await desk(server)
        await subscribe(new_desk, [])
        for k in range(4):
            await customer.send(f"m{k}")
        await asyncio.sleep(0.2)
        server.context.hub.window.flush()
        old_frames, new_frames = await old_desk.drain(0.5), await new_desk.drain(0.5)
        assert [e["data"]["message"]["body"] for e in created_in(old_frames)] == ["m0", "m1", "m2", "m3"]
        assert not summaries_in(old_frames)
        assert not created_in(new_frames) and len(summaries_in(new_frames)) == 1
        for c in (customer, old_desk, new_desk):
            await c.close()


async def test_summaries_keep_visibility_and_tell_a_previous_assignee(tmp_path):
    async with running_server(tmp_path, **HOUR) as server:
        [(vip_customer, vip_conv)] = await chats(server, 1, vip=True)
        [(regular, regular_conv)] = await chats(server, 1)
        alice, sam = await desk(server), await desk(server, "sam")
        for agent in (alice, sam):
            await subscribe(agent, [])
        await vip_customer.send("a VIP writes")
        await sam.request("conversation.update", conversation_id=regular_conv, tags=["summary-test"])
        await asyncio.sleep(0.2)
        server.context.hub.window.flush()
        alice_ids = summarised_ids(await alice.drain(0.5))
        sam_ids = summarised_ids(await sam.drain(0.5))
        assert vip_conv not in alice_ids and vip_conv in sam_ids
        assert regular_conv in alice_ids
        # Assigned to alice, the customer made VIP, then reassigned to a VIP manager: alice may no
        # longer see it, yet hears of it once (notify), as with events.
        await sam.request("conversation.update", conversation_id=regular_conv, assignee="alice")
        got = await sam.request("conversation.get", conversation_id=regular_conv)
        await sam.request("customer.set", uid=got["conversation"]["customer"]["uid"], vip_tier=2)
        await alice.drain(0.3)
        await sam.request("conversation.update", conversation_id=regular_conv, assignee="vera")
        await asyncio.sleep(0.2)
        server.context.hub.window.flush()
        told = [e for s in summaries_in(await alice.drain(0.5)) for e in s["conversations"]]
        assignees = [e["conversation"]["assignee"] for e in told if e["conversation"]["id"] == regular_conv]
        assert assignees == ["vera"]
        for c in (vip_customer, regular, alice, sam):
            await c.close()


async def test_the_summary_head_is_where_a_reconnect_resumes(tmp_path):
    async with running_server(tmp_path, **HOUR) as server:
        [(customer, _)] = await chats(server, 1)
        alice = await desk(server)
        await subscribe(alice, [])
        await customer.send("before the summary")
        await asyncio.sleep(0.2)
        server.context.hub.window.flush()
        [summary] = summaries_in(await alice.drain(0.5))
        await alice.close()
        await customer.send("after it")
        again = await AgentClient.auth(server.ws_url, alice.token)  # type: ignore[arg-type]
        replayed, _ = await again.sync(summary["head"])
        bodies = [e["data"]["message"]["body"] for e in replayed if e["name"] == "message.created"]
        assert bodies == ["after it"]
        for c in (customer, again):
            await c.close()


async def test_leaving_summaries_sends_what_was_waiting_then_events(tmp_path):
    async with running_server(tmp_path, **HOUR) as server:
        [(customer, _)] = await chats(server, 1)
        alice = await desk(server)
        await subscribe(alice, [])
        await customer.send("waiting for a summary")
        await asyncio.sleep(0.2)
        await subscribe(alice, [], inbox="events")
        await customer.send("an event again")
        frames = await alice.drain(0.5)
        [summary] = summaries_in(frames)
        assert summary["conversations"][0]["conversation"]["last_message"]["body"] == "waiting for a summary"
        assert [e["data"]["message"]["body"] for e in created_in(frames)] == ["an event again"]
        for c in (customer, alice):
            await c.close()


async def test_frames_grow_with_the_desks_that_have_it_open_not_with_every_desk(tmp_path):
    async with running_server(tmp_path, **HOUR) as server:
        [(customer, conv)] = await chats(server, 1)
        desks = [await desk(server) for _ in range(6)]
        await subscribe(desks[0], [conv])
        for d in desks[1:]:
            await subscribe(d, [])
        sent_before = server.context.flusher.frames_written
        for k in range(10):
            await customer.send(f"message {k}")
        await asyncio.sleep(0.2)
        server.context.hub.window.flush()
        counts = [len(await d.drain(0.5)) for d in desks]
        assert counts[0] == 10 + 1  # every event of the open conversation (+ the one summary)
        assert counts[1:] == [1] * 5  # one summary each, however many messages
        to_desks = server.context.flusher.frames_written - sent_before - 10  # minus the 10 acks
        assert to_desks == sum(counts)
        for c in (customer, *desks):
            await c.close()


async def test_a_desk_that_never_reads_is_closed_and_the_others_get_everything(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    limits = {"slow_consumer_seconds": 1.0, "max_pending_bytes": 64 * 1024, "rate_limit_per_second": 10_000,
              "rate_limit_burst": 10_000, "max_in_flight": 1_000}
    async with running_server(tmp_path, **limits) as server:
        [(customer, _)] = await chats(server, 1)
        healthy = await desk(server)
        token = healthy.token
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.connect(("127.0.0.1", server.port))
        stuck = await connect(f"{server.ws_url}/agent", subprotocols=[SUBPROTOCOL], sock=sock,  # type: ignore[list-item]
                              max_queue=1, ping_interval=None, compression=None)
        await stuck.send(json.dumps({"type": "auth", "token": token}))
        welcome = json.loads(await stuck.recv())
        await stuck.send(json.dumps({"type": "sync", "since": welcome["head"]}))
        assert json.loads(await stuck.recv())["type"] == "synced"  # from now on it never reads
        # A slow link: the kernel holds little for it, so what it does not read piles up here.
        port = sock.getsockname()[1]
        [server_side] = [c for c in server.context.hub.agents if c.ws.remote_address[1] == port]
        raw_socket = server_side.ws.transport.get_extra_info("socket")
        raw_socket.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 8192)
        bodies = [f"flood {k} " + "x" * 2000 for k in range(400)]
        for body in bodies:
            await customer.send_raw(json.dumps({"type": "send", "body": body, "client_msg_id": body[:10]}))
        got: list[str] = []
        while len(got) < len(bodies):
            frame = await healthy.next_event(10)
            if frame["name"] == "message.created":
                got.append(frame["data"]["message"]["body"])
        assert got == bodies  # the others' stream is complete and in order
        for _ in range(100):
            if "too slow" in caplog.text:
                break
            await asyncio.sleep(0.1)
        assert "closing agent alice: too slow" in caplog.text
        with pytest.raises(ConnectionClosed) as closed:
            for _ in range(10_000):
                await asyncio.wait_for(stuck.recv(), 10)
        assert closed.value.rcvd is None or closed.value.rcvd.code == 1008
        assert "closed by the server: 1008 too slow" in caplog.text
        await customer.close()
        await healthy.close()
