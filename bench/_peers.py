"""The bare peers the load benches measure AgentDesk against, in the same run on the same machine.

    python bench/_peers.py relay  [--port 0]
    python bench/_peers.py writer --sqlite PATH --synchronous FULL|NORMAL [--port 0]
    python bench/_peers.py writer --postgres CONNINFO [--port 0]

Each speaks just enough of protocol v1 (docs/protocol.md) for the load processes: agent
``login``/``auth`` → ``welcome``, ``sync`` → ``synced`` and then every event, ``req`` → ``res``;
customer ``auth`` → ``welcome`` (the UID is read from the token, which is not checked), ``sync``,
``send`` → ``sent``. A customer message is acknowledged to its sender, echoed as ``message`` to
that customer's connections and broadcast as a ``message.created`` event of the same shape and
size as AgentDesk's (about 1.6 KB) to every synced agent, encoded once, with websockets'
``broadcast`` (no coroutine per connection, no back-pressure): the least work fan-out can be.

- ``relay``: no database — the limit for fan-out (issue 14's "bare relay", issue 25's "bare
  websockets broadcast relay").
- ``writer``: the relay plus durable storage with AgentDesk's guarantees and its commit policy
  today: each message in its own transaction (the message row, idempotent on
  ``(uid, client_msg_id)``, and an event-log row), acknowledged only after the commit returned.
  SQLite in WAL mode with ``synchronous`` FULL (one fsync per commit, as the server runs) or
  NORMAL; PostgreSQL through psycopg with its default ``synchronous_commit=on``. Writes run on one
  writer thread (like the server's single database thread) so the event loop keeps serving; the
  writer wakes the loop once per batch it drained, not per commit. Agent requests are answered
  from a separate read connection (the last 50 messages), never queued behind the writes.

Prints ``peer listening on ws://127.0.0.1:PORT`` once the port is open; stops on SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import itertools
import json
import queue
import signal
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from websockets.asyncio.server import ServerConnection, broadcast, serve
from websockets.exceptions import ConnectionClosed

SUBPROTOCOL = "agentdesk.v1"
_dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def _uid_of(token: str) -> str:
    head = token.split(".", 1)[0]
    try:
        return base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)).decode()
    except ValueError:
        return head


def _customer_summary(uid: str) -> dict[str, Any]:
    return {
        "uid": uid,
        "name": "Jordan T***",
        "vip_tier": 0,
        "language": "en",
        "kyc_level": 0,
        "kyc_status": "pending",
        "account_manager": None,
        "verified": True,
        "email_masked": "j***0@gmail.com",
        "email_digest": "d7c0f0b9b74a6b1f3a4c5f33600b59a8038cd569fc76dcecab8994228ad199f6",
    }


def _message(mid: int, conv: int, body: str, cmid: str, at: str) -> dict[str, Any]:
    return {
        "id": mid,
        "conversation_id": conv,
        "author_kind": "customer",
        "author_name": "Jordan T***",
        "body": body,
        "created_at": at,
        "internal": False,
        "author": None,
        "client_msg_id": cmid,
        "redactions": [],
        "delivery": None,
        "delivery_error": None,
        "attachments": [],
        "note_code": None,
        "note_args": None,
    }


def _conversation(conv: int, uid: str, last: dict[str, Any], count: int, at: str) -> dict[str, Any]:
    due = (datetime.now(UTC) + timedelta(minutes=1)).isoformat().replace("+00:00", "Z")
    return {
        "id": conv,
        "channel": "chat",
        "status": "open",
        "priority": "normal",
        "customer": _customer_summary(uid),
        "created_at": at,
        "updated_at": at,
        "assignee": None,
        "tags": [],
        "subject": None,
        "last_message": last,
        "message_count": count,
        "last_customer_message_at": at,
        "first_response_at": None,
        "first_response_due": due,
        "resolution_due": due,
        "snoozed_until": None,
        "category": None,
        "ticket_due": None,
        "callback": None,
        "linked_conversation_id": None,
        "sla_breached": [],
    }


_CANNED = {
    "replies": [
        {
            "id": 1,
            "key": "deposit.pending",
            "category": "deposits_withdrawals",
            "shortcut": "dp",
            "titles": {"en": "Deposit pending"},
            "bodies": {"en": "Hello {customer_name}, your deposit is on its way."},
            "variables": ["customer_name"],
        }
    ]
}


class Stored:
    """What the writer (or the relay, in memory) recorded for one customer message."""

    __slots__ = ("body", "cmid", "created", "message_id", "seq", "uid", "ws")

    def __init__(self, ws: ServerConnection, uid: str, cmid: str, body: str) -> None:
        self.ws, self.uid, self.cmid, self.body = ws, uid, cmid, body
        self.message_id = 0
        self.seq = 0
        self.created = True


class Peer:
    def __init__(self, store: Store | None) -> None:
        self.store = store
        self.agents: set[ServerConnection] = set()
        self.customers: dict[str, set[ServerConnection]] = {}
        self.conversations: dict[str, int] = {}
        self.counts: dict[str, int] = {}
        self._ids = itertools.count(1)
        self.head = 0

    async def handle(self, ws: ServerConnection) -> None:
        path = ws.request.path if ws.request else ""
        with contextlib.suppress(ConnectionClosed):
            if path.startswith("/agent"):
                await self._agent(ws)
            elif path.startswith("/customer"):
                await self._customer(ws)
            else:
                await ws.close(1008, "unknown path")

    async def _agent(self, ws: ServerConnection) -> None:
        first = json.loads(await ws.recv())
        welcome = {
            "type": "welcome",
            "agent": {
                "id": 1,
                "username": first.get("username", "peer"),
                "display_name": "Peer",
                "role": "agent",
            },
            "head": self.head,
            "server_time": _now(),
            "protocol": 1,
            "token_expires_at": _now(),
        }
        if first.get("type") == "login":
            welcome["token"] = "peer-token"
        await ws.send(_dumps(welcome))
        try:
            async for raw in ws:
                frame = json.loads(raw)
                kind = frame.get("type")
                if kind == "req":
                    result = self._answer(frame.get("method"))
                    await ws.send(
                        _dumps({"type": "res", "id": frame.get("id"), "ok": True, "result": result})
                    )
                elif kind == "sync":
                    await ws.send(_dumps({"type": "synced", "head": self.head}))
                    self.agents.add(ws)
        finally:
            self.agents.discard(ws)

    def _answer(self, method: str | None) -> dict[str, Any]:
        if method == "inbox.snapshot":
            rows = self.store.recent(50) if self.store is not None else []
            return {"conversations": rows, "head": self.head, "next_cursor": None}
        if method == "canned.list":
            return _CANNED
        return {}

    async def _customer(self, ws: ServerConnection) -> None:
        first = json.loads(await ws.recv())
        uid = _uid_of(str(first.get("token", "")))
        await ws.send(
            _dumps(
                {
                    "type": "welcome",
                    "customer": {"uid": uid, "name": "Customer", "language": "en"},
                    "head": self.head,
                    "server_time": _now(),
                    "protocol": 1,
                }
            )
        )
        try:
            async for raw in ws:
                frame = json.loads(raw)
                kind = frame.get("type")
                if kind == "send":
                    item = Stored(ws, uid, str(frame.get("client_msg_id")), str(frame.get("body")))
                    if self.store is None:
                        self.head += 1
                        item.seq = self.head
                        item.message_id = next(self._ids)
                        self.deliver([item])
                    else:
                        self.store.submit(item)
                elif kind == "sync":
                    await ws.send(_dumps({"type": "synced", "head": self.head}))
                    self.customers.setdefault(uid, set()).add(ws)
        finally:
            conns = self.customers.get(uid)
            if conns is not None:
                conns.discard(ws)

    def deliver(self, items: list[Stored]) -> None:
        """Acknowledge, echo and fan out committed messages (on the event loop, in commit order)."""
        at = _now()
        for item in items:
            self.head = max(self.head, item.seq)
            if item.created:
                conv = self.conversations.setdefault(item.uid, len(self.conversations) + 1)
                count = self.counts[item.uid] = self.counts.get(item.uid, 0) + 1
                message = _message(item.message_id, conv, item.body, item.cmid, at)
                echo = {
                    k: message[k]
                    for k in (
                        "id",
                        "conversation_id",
                        "author_kind",
                        "author_name",
                        "body",
                        "created_at",
                        "client_msg_id",
                    )
                }
                broadcast(
                    self.customers.get(item.uid, ()),
                    _dumps({"type": "message", "seq": item.seq, "message": echo}),
                )
                event = {
                    "type": "event",
                    "seq": item.seq,
                    "name": "message.created",
                    "data": {
                        "message": message,
                        "conversation": _conversation(conv, item.uid, message, count, at),
                    },
                }
                broadcast(self.agents, _dumps(event))
            broadcast(
                [item.ws],
                _dumps(
                    {
                        "type": "sent",
                        "client_msg_id": item.cmid,
                        "message_id": item.message_id,
                        "seq": item.seq,
                    }
                ),
            )


class Store:
    """One writer thread, one transaction (and so one fsync under FULL) per message."""

    def __init__(self, connect: Callable[[], Any], dialect: str) -> None:
        self._connect = connect
        self._dialect = dialect
        self._queue: queue.SimpleQueue[Stored | None] = queue.SimpleQueue()
        self._reader = connect()
        self._create(self._reader)
        self._deliver: Callable[[list[Stored]], None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread = threading.Thread(target=self._run, name="peer-writer", daemon=True)

    def start(self, loop: asyncio.AbstractEventLoop, deliver: Callable[[list[Stored]], None]) -> None:
        self._loop, self._deliver = loop, deliver
        self._thread.start()

    def stop(self) -> None:
        self._queue.put(None)
        self._thread.join(10)

    def submit(self, item: Stored) -> None:
        self._queue.put(item)

    def _create(self, conn: Any) -> None:
        serial = "INTEGER PRIMARY KEY AUTOINCREMENT" if self._dialect == "sqlite" else "BIGSERIAL PRIMARY KEY"
        for sql in (
            f"CREATE TABLE IF NOT EXISTS messages (id {serial}, uid TEXT NOT NULL,"
            " client_msg_id TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL,"
            " UNIQUE (uid, client_msg_id))",
            f"CREATE TABLE IF NOT EXISTS events (seq {serial}, message_id BIGINT NOT NULL,"
            " payload TEXT NOT NULL)",
        ):
            conn.execute(sql)
        if self._dialect == "postgres":
            conn.commit()

    def recent(self, limit: int) -> list[dict[str, Any]]:
        rows = self._reader.execute(
            "SELECT id, uid, body, created_at FROM messages ORDER BY id DESC LIMIT " + str(int(limit))
        ).fetchall()
        if self._dialect == "postgres":
            self._reader.rollback()  # end the read transaction: no snapshot held open
        return [{"id": r[0], "uid": r[1], "body": r[2], "created_at": r[3]} for r in rows]

    def _run(self) -> None:
        conn = self._connect()
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            with contextlib.suppress(queue.Empty):
                while len(batch) < 256:
                    nxt = self._queue.get_nowait()
                    if nxt is None:
                        self._queue.put(None)
                        break
                    batch.append(nxt)
            for item in batch:
                self._write(conn, item)
            assert self._loop is not None and self._deliver is not None
            self._loop.call_soon_threadsafe(self._deliver, batch)

    def _write(self, conn: Any, item: Stored) -> None:
        at = _now()
        if self._dialect == "sqlite":
            conn.execute("BEGIN IMMEDIATE")
            cur = conn.execute(
                "INSERT OR IGNORE INTO messages (uid, client_msg_id, body, created_at) VALUES (?, ?, ?, ?)",
                (item.uid, item.cmid, item.body, at),
            )
            if cur.rowcount == 0:
                item.created = False
                item.message_id = conn.execute(
                    "SELECT id FROM messages WHERE uid = ? AND client_msg_id = ?", (item.uid, item.cmid)
                ).fetchone()[0]
                item.seq = conn.execute(
                    "SELECT seq FROM events WHERE message_id = ?", (item.message_id,)
                ).fetchone()[0]
            else:
                item.message_id = int(cur.lastrowid or 0)
                item.seq = int(
                    conn.execute(
                        "INSERT INTO events (message_id, payload) VALUES (?, ?)", (item.message_id, item.cmid)
                    ).lastrowid
                    or 0
                )
            conn.execute("COMMIT")
            return
        row = conn.execute(
            "INSERT INTO messages (uid, client_msg_id, body, created_at) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (uid, client_msg_id) DO NOTHING RETURNING id",
            (item.uid, item.cmid, item.body, at),
        ).fetchone()
        if row is None:
            item.created = False
            item.message_id = conn.execute(
                "SELECT id FROM messages WHERE uid = %s AND client_msg_id = %s", (item.uid, item.cmid)
            ).fetchone()[0]
            item.seq = conn.execute(
                "SELECT seq FROM events WHERE message_id = %s", (item.message_id,)
            ).fetchone()[0]
        else:
            item.message_id = row[0]
            item.seq = conn.execute(
                "INSERT INTO events (message_id, payload) VALUES (%s, %s) RETURNING seq",
                (item.message_id, item.cmid),
            ).fetchone()[0]
        conn.commit()


def sqlite_store(path: str, synchronous: str) -> Store:
    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        for pragma in ("journal_mode=WAL", "busy_timeout=10000", f"synchronous={synchronous}"):
            conn.execute(f"PRAGMA {pragma}")
        return conn

    return Store(connect, "sqlite")


def postgres_store(conninfo: str) -> Store:
    import psycopg  # the dev dependency the suite's PostgreSQL tests use

    return Store(lambda: psycopg.connect(conninfo), "postgres")


async def _main(args: argparse.Namespace) -> None:
    store: Store | None = None
    if args.kind == "writer":
        store = (
            postgres_store(args.postgres) if args.postgres else sqlite_store(args.sqlite, args.synchronous)
        )
    peer = Peer(store)
    loop = asyncio.get_running_loop()
    if store is not None:
        store.start(loop, peer.deliver)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):  # Windows: the bench kills the process instead
            loop.add_signal_handler(sig, stop.set)
    async with serve(
        peer.handle,
        "127.0.0.1",
        args.port,
        subprotocols=[SUBPROTOCOL],  # type: ignore[list-item]
        compression=None,
        max_size=256 * 1024,
        ping_interval=20,
        ping_timeout=20,
    ) as server:
        port = server.sockets[0].getsockname()[1] if server.sockets else 0
        print(f"peer listening on ws://127.0.0.1:{port}", flush=True)
        await stop.wait()
    if store is not None:
        store.stop()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("kind", choices=("relay", "writer"))
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--sqlite", metavar="PATH", help="writer: the SQLite file (created)")
    p.add_argument("--synchronous", choices=("FULL", "NORMAL"), default="FULL")
    p.add_argument("--postgres", metavar="CONNINFO", help="writer: a psycopg connection string instead")
    args = p.parse_args()
    if args.kind == "writer" and not (args.sqlite or args.postgres):
        p.error("writer needs --sqlite PATH or --postgres CONNINFO")
    asyncio.run(_main(args))


if __name__ == "__main__":
    main()
