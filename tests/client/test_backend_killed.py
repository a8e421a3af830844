"""The backend dies (SIGKILL) mid-conversation and comes back on the same database.

Customers and the agent keep writing through the outage; afterwards every message exists
exactly once, in order, on the server and in the desk's cache. Replies written while the backend
is down are delivered when it returns — also when the desk itself was killed and restarted in
between (the desk runs in a subprocess here, so "killed" means SIGKILL).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.client import Session
from app.core.paths import AppPaths
from app.store import InboxQuery, Store, View
from tests.support.helpers import (
    eventually,
    fast_config,
    memory_credentials,
    opened_store,
    until_delivered,
    until_online,
)
from tests.support.server import REPO_ROOT, AgentClient, CustomerClient, spawn_server_process

pytestmark = pytest.mark.slow


class Backend:
    """``python -m app.server`` on a fixed SQLite file; killable and restartable on its port."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.proc: subprocess.Popen[str] | None = None
        self.port = 0

    async def start(self, *args: str) -> None:
        self.proc, self.port = await asyncio.to_thread(spawn_server_process, self.db, self.port, args)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()  # SIGKILL: no shutdown, no flush, open connections just vanish
        self.proc.wait()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.kill()

    async def mint(self, uid: str) -> str:
        out = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-m", "app.server", "mint-token", "--uid", uid, "--db", f"sqlite:///{self.db}"],
            cwd=REPO_ROOT, capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        )
        return out.stdout.strip()


async def regular_chats(store: Store, count: int) -> list[tuple[int, str]]:
    """Open chat conversations of distinct regular customers: (conversation id, customer uid)."""
    page = await store.query_inbox(InboxQuery(View.ALL, "alice", channel="chat"), 0, 500)
    found: dict[str, int] = {}
    for row in page.rows:
        if row.vip_tier == 0 and row.status == "open" and row.customer_uid not in found:
            found[row.customer_uid] = row.conversation_id
    assert len(found) >= count, "the demo data has too few open regular chats"
    return [(cid, uid) for uid, cid in list(found.items())[:count]]


async def customer_writer(backend: Backend, token: str, uid: str, count: int, acked: list[dict[str, Any]],
                          first_acked: asyncio.Event) -> None:
    """Send ``count`` messages; across the outage, reconnect and resend the unacknowledged one
    with the same client_msg_id (the server's idempotency makes that exactly-once)."""
    client: CustomerClient | None = None
    i = 0
    while i < count:
        try:
            if client is None:
                client = await CustomerClient.connect(backend.url, token)
            acked.append(await client.send(f"{uid} says {i}", client_msg_id=f"{uid}-{i}", timeout=3))
            first_acked.set()
            i += 1
            await asyncio.sleep(0.03)
        except Exception:
            if client is not None:
                with contextlib.suppress(Exception):
                    await client.close()
            client = None
            await asyncio.sleep(0.1)
    if client is not None:
        await client.close()


async def server_messages(url: str, conversation_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    supervisor = await AgentClient.login(url, "sam", "demo")
    try:
        out = {}
        for cid in conversation_ids:
            result = await supervisor.request("conversation.messages", conversation_id=cid, limit=1000)
            out[cid] = [(m["id"], m["body"]) for m in result["messages"]]
        return out
    finally:
        await supervisor.close()


def ours(messages: list[tuple[int, str]]) -> list[tuple[int, str]]:
    return [(mid, body) for mid, body in messages if " says " in body or body.startswith("reply ")]


async def open_thread(session: Session, cid: int) -> None:
    """What opening a conversation does on a desk that takes inbox summaries: the summaries held
    its latest state; its messages come from the server (every page, here)."""
    before = None
    while True:
        more = await session.fetch_messages(cid, before=before, limit=1000)
        if not more:
            return
        oldest = min(m.server_id for m in await session.store.messages(cid) if m.server_id is not None)
        before = oldest


@pytest.mark.parametrize("summaries", [False, True], ids=["every event", "inbox summaries"])
async def test_backend_sigkilled_while_customers_and_agent_write(tmp_path: Path, summaries: bool) -> None:
    backend = Backend(tmp_path / "server.sqlite3")
    await backend.start("--demo")
    try:
        async with opened_store(tmp_path / "cache.sqlite3") as store:
            config = fast_config(inbox_summaries=summaries)
            session = Session(backend.url, store, memory_credentials(), config=config)
            await session.start()
            await session.login("alice", "demo", remember=True)
            await until_online(session)
            chats = await regular_chats(store, 3)
            tokens = [await backend.mint(uid) for _, uid in chats]
            per_customer, replies = 12, 18
            acked: list[dict[str, Any]] = []
            started = [asyncio.Event() for _ in chats]
            writers = [asyncio.create_task(customer_writer(backend, token, uid, per_customer, acked, ev))
                       for (_, uid), token, ev in zip(chats, tokens, started, strict=True)]

            async def agent_writer() -> None:
                for i in range(replies):
                    await session.send_message(chats[i % len(chats)][0], f"reply {i}")
                    await asyncio.sleep(0.04)

            agent = asyncio.create_task(agent_writer())
            for ev in started:
                await asyncio.wait_for(ev.wait(), 10)
            await eventually(lambda: len(acked) >= per_customer, what="some traffic before the kill")
            backend.kill()
            await eventually(lambda: not session.online, what="the desk to notice the dead backend")
            await asyncio.sleep(0.5)  # both sides keep writing into the outage
            assert session.current_state.queued > 0  # replies written during the outage wait
            await backend.start()  # same database, same port
            await asyncio.wait_for(asyncio.gather(*writers, agent), 60)
            await until_online(session, timeout=20)
            await until_delivered(store, timeout=30)

            cids = [cid for cid, _ in chats]
            on_server = await server_messages(backend.url, cids)
            for index, (cid, uid) in enumerate(chats):
                bodies = [body for _, body in ours(on_server[cid])]
                said = [f"{uid} says {i}" for i in range(per_customer)]
                assert [b for b in bodies if b.startswith(uid)] == said
                expected = [f"reply {i}" for i in range(replies) if i % len(chats) == index]
                assert [b for b in bodies if b.startswith("reply ")] == expected

            async def cache_caught_up() -> bool:
                for cid in cids:
                    if summaries:
                        await open_thread(session, cid)
                    cached = [(m.server_id, m.body) for m in await store.messages(cid)]
                    if ours(cached) != ours(on_server[cid]):  # type: ignore[arg-type]
                        return False
                return True

            await eventually(cache_caught_up, timeout=20, what="the cache to hold every message once")
            for cid in cids:
                assert all(m.delivery_state == "sent" for m in await store.messages(cid))
            await session.stop()
    finally:
        backend.stop()


class DeskProcess:
    """``tests/client/agent_process.py`` in a subprocess: the desk, killable with SIGKILL."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc

    @classmethod
    async def start(cls, url: str, home: Path) -> DeskProcess:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.client.agent_process", "--url", url, "--user", "alice",
            "--keyring", str(home.parent / "test-keyring.json"),  # outside AGENTDESK_HOME
            cwd=REPO_ROOT, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            env={**os.environ, "AGENTDESK_HOME": str(home), "PYTHONPATH": str(REPO_ROOT)},
        )
        desk = cls(proc)
        assert await desk._line(30) == {"ready": True}
        return desk

    async def _line(self, timeout: float) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = await asyncio.wait_for(self.proc.stdout.readline(), timeout)
        assert line, "the desk process ended"
        return json.loads(line)  # type: ignore[no-any-return]

    async def call(self, timeout: float = 60, **command: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(command) + "\n").encode())
        await self.proc.stdin.drain()
        return await self._line(timeout)

    async def kill(self) -> None:
        self.proc.kill()
        await self.proc.wait()


async def test_replies_written_offline_survive_a_desk_restart(tmp_path: Path,
                                                              agentdesk_home: AppPaths) -> None:
    backend = Backend(tmp_path / "server.sqlite3")
    await backend.start("--demo")
    desks: list[DeskProcess] = []
    try:
        desk = await DeskProcess.start(backend.url, Path(os.environ["AGENTDESK_HOME"]))
        desks.append(desk)
        assert await desk.call(cmd="login", password="demo") == {"ok": True}
        alice = await AgentClient.login(backend.url, "alice", "demo")
        snapshot = await alice.request("inbox.snapshot", limit=500)
        await alice.close()
        cid = next(c["id"] for c in snapshot["conversations"]
                   if c["customer"]["vip_tier"] == 0 and c["status"] == "open")

        backend.kill()
        bodies = [f"reply {i} written while the server was down" for i in range(4)]
        for body in bodies:
            assert "local_id" in await desk.call(cmd="send", conversation_id=cid, body=body)
        queued = await desk.call(cmd="messages", conversation_id=cid)
        assert [m[1:] for m in queued["messages"] if m[1] in bodies] == [[b, "sending"] for b in bodies]
        await desk.kill()  # the app dies with the replies still queued

        await backend.start()
        desk = await DeskProcess.start(backend.url, Path(os.environ["AGENTDESK_HOME"]))
        desks.append(desk)
        assert await desk.call(cmd="login", password="demo") == {"ok": True}
        assert await desk.call(cmd="wait_delivered") == {"pending": 0}

        on_server = (await server_messages(backend.url, [cid]))[cid]
        assert [body for _, body in on_server if body in bodies] == bodies  # once each, in order
        cached = (await desk.call(cmd="messages", conversation_id=cid))["messages"]
        assert [m[1:] for m in cached if m[1] in bodies] == [[b, "sent"] for b in bodies]
        assert sorted(m[0] for m in cached if m[1] in bodies) == [mid for mid, b in on_server if b in bodies]
    finally:
        for desk in desks:
            if desk.proc.returncode is None:
                await desk.kill()
        backend.stop()
