"""SIGKILL while a group commit is in progress: what was acknowledged is there exactly once, what
was not is there at most once, and a retry with the same ``client_msg_id`` stores it once.

The server runs as its own process (``tests/server/stalled_commit_server.py``: the real server,
whose writer stops just before the COMMIT of a batch holding several customers' messages and
says so). Customers keep sending, pipelined, until then; the process is killed at that moment and
started again — normally — on the same SQLite file.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from queue import Empty, Queue
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from tests.support.server import REPO_ROOT, SUBPROTOCOL, AgentClient, CustomerClient, spawn_server_process

pytestmark = pytest.mark.slow

ACKED_FIRST = 60  # messages committed (and so acknowledged) before the stall
MIN_IN_BATCH = 3
CUSTOMERS = 6
WINDOW = 8
PREFIX = "kill test "
LIMITS = ["--rate-limit-per-second", "10000", "--rate-limit-burst", "10000"]


class StalledServer:
    def __init__(self, db: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.server.stalled_commit_server",
             str(ACKED_FIRST), str(MIN_IN_BATCH), PREFIX, "--port", "0", "--db", f"sqlite:///{db}", "--demo",
             *LIMITS],
            cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        self.lines: Queue[str] = Queue()
        threading.Thread(target=self._read, daemon=True).start()
        first = self.lines.get(timeout=60)
        assert first.startswith("AgentDesk server listening on "), first
        self.url = "ws://127.0.0.1:" + first.strip().rsplit(":", 1)[1]

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line)

    def stalled(self) -> bool:
        try:
            while True:
                if self.lines.get_nowait().startswith("COMMITTING "):
                    return True
        except Empty:
            return False

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(10)


class Writer:
    """One customer connection sending as fast as its window allows, remembering every ack."""

    def __init__(self, ws: ClientConnection, name: str) -> None:
        self.ws, self.name = ws, name
        self.sent: list[str] = []
        self.acks: dict[str, dict[str, Any]] = {}
        self.space = asyncio.Event()

    async def read(self) -> None:
        try:
            async for raw in self.ws:
                frame = json.loads(raw)
                if frame["type"] == "sent":
                    self.acks[frame["client_msg_id"]] = frame
                    self.space.set()
        except ConnectionClosed:
            pass

    async def write(self, stop: asyncio.Event) -> None:
        n = 0
        try:
            while not stop.is_set():
                while len(self.sent) - len(self.acks) >= WINDOW and not stop.is_set():
                    self.space.clear()
                    await asyncio.wait([asyncio.ensure_future(self.space.wait())], timeout=0.05)
                if stop.is_set():
                    break
                cmid = f"{self.name}-{n}"
                frame = {"type": "send", "body": PREFIX + cmid, "client_msg_id": cmid}
                await self.ws.send(json.dumps(frame))
                self.sent.append(cmid)
                n += 1
        except ConnectionClosed:
            pass


def _token(db: Path, uid: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "app.server", "mint-token", "--uid", uid, "--db", f"sqlite:///{db}"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=60, check=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )
    return out.stdout.strip()


def _stored(db: Path) -> tuple[dict[str, list[tuple[int, int]]], dict[str, int]]:
    """Per client_msg_id of this test: its (message id, seq) rows, and its message.created events."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        rows = con.execute(
            "SELECT client_msg_id, id, seq FROM messages WHERE body LIKE 'kill test %' ORDER BY id"
        ).fetchall()
        events = con.execute(
            "SELECT data FROM events WHERE name = 'message.created' AND data LIKE '%kill test %'"
        ).fetchall()
    messages: dict[str, list[tuple[int, int]]] = {}
    for cmid, mid, seq in rows:
        messages.setdefault(cmid, []).append((mid, seq))
    in_events: dict[str, int] = {}
    for (data,) in events:
        cmid = json.loads(data)["message"]["client_msg_id"]
        in_events[cmid] = in_events.get(cmid, 0) + 1
    return messages, in_events


async def test_sigkill_during_a_group_commit(tmp_path: Path) -> None:
    db = tmp_path / "server.sqlite3"
    server = StalledServer(db)
    try:
        sam = await AgentClient.login(server.url, "sam", "demo")
        convs = (await sam.request("inbox.snapshot", limit=500))["conversations"]
        await sam.close()
        regular = [c["customer"] for c in convs if c["customer"]["vip_tier"] == 0]
        uids = list(dict.fromkeys(c["uid"] for c in regular if c["verified"]))[:CUSTOMERS]
        tokens = {uid: await asyncio.to_thread(_token, db, uid) for uid in uids}
        writers = []
        for i, uid in enumerate(uids):
            ws = await connect(f"{server.url}/customer", subprotocols=[SUBPROTOCOL])  # type: ignore[list-item]
            await ws.send(json.dumps({"type": "auth", "token": tokens[uid]}))
            assert json.loads(await ws.recv())["type"] == "welcome"
            writers.append(Writer(ws, f"c{i}"))
        stop = asyncio.Event()
        tasks = [asyncio.create_task(w.read()) for w in writers] + [
            asyncio.create_task(w.write(stop)) for w in writers
        ]
        for _ in range(600):
            if server.stalled():
                break
            await asyncio.sleep(0.05)
        else:
            pytest.fail("the server never committed a batch of several messages")
        await asyncio.sleep(0.3)  # whatever was acknowledged before the stall has arrived by now
        stop.set()
        acked = {cmid: ack for w in writers for cmid, ack in w.acks.items()}
        server.kill()
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        if server.proc.poll() is None:
            server.kill()

    sent = [cmid for w in writers for cmid in w.sent]
    unacked = [cmid for cmid in sent if cmid not in acked]
    assert len(acked) >= ACKED_FIRST and len(unacked) >= MIN_IN_BATCH
    messages, in_events = await asyncio.to_thread(_stored, db)
    for cmid, ack in acked.items():  # acknowledged: there, exactly once, as acknowledged
        assert messages.get(cmid) == [(ack["message_id"], ack["seq"])], cmid
        assert in_events.get(cmid) == 1, cmid
    assert all(len(messages.get(cmid, [])) <= 1 for cmid in unacked)
    lost_with_the_batch = [cmid for cmid in unacked if cmid not in messages]
    assert len(lost_with_the_batch) >= MIN_IN_BATCH  # the batch being committed is not there at all
    assert set(messages) <= set(sent)

    proc, port = spawn_server_process(db, extra_args=["--demo", *LIMITS])
    try:
        url = f"ws://127.0.0.1:{port}"
        for i, uid in enumerate(uids):  # every message sent, again, with its client_msg_id
            client = await CustomerClient.connect(url, tokens[uid])
            for cmid in writers[i].sent:
                ack = await client.send(PREFIX + cmid, cmid)
                if cmid in acked:
                    assert (ack["message_id"], ack["seq"]) == (acked[cmid]["message_id"], acked[cmid]["seq"])
            await client.close()
    finally:
        proc.kill()
        proc.wait(10)
    messages, in_events = await asyncio.to_thread(_stored, db)
    assert sorted(messages) == sorted(sent)
    assert all(len(rows) == 1 for rows in messages.values())
    assert all(in_events.get(cmid) == 1 for cmid in sent)
