"""Assignment latency at 100 new chats per second (a benchmark that prints, not a test).

A real server (``python -m app.server`` in its own process, a temporary SQLite file) with six
agents in two teams, all available; ``--rate`` customers a second (each already connected) open a
chat for ``--seconds``.
The latency of one chat is from the customer's ``send`` to a supervisor's desk receiving its
``conversation.created`` event *with an assignee* (routing decides in the creating transaction).
The peer, measured in the same run on the same machine, is the same traffic with
``auto_assign=False`` (the event arrives unassigned): the ratio is what routing costs, which stays
meaningful on a shared machine where absolute figures are not.

A second figure is what routing itself costs: the database thread's CPU per new chat (routing's
decision included or not), measured in this process, which the machine's load does not skew the
way it skews latencies at saturation.

Run: ``python bench/routing.py [--rate 100] [--seconds 10] [--rounds 2]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy as sa
from sqlalchemy.orm import Session
from websockets.asyncio.client import connect

from app.server.app import ChatServer
from app.server.auth import hash_password
from app.server.config import ServerConfig
from app.server.customer_tokens import mint
from app.server.db import schema as db
from app.server.db.engine import make_engine
from app.server.repos import repo_messages
from app.server.tables import create_schema

ROOT = Path(__file__).resolve().parents[1]
SUBPROTOCOL = "agentdesk.v1"
TEAMS = """
version = 1
[capacity]
chat = 1000
[teams.en]
members = ["ann", "abe", "amy"]
languages = ["en"]
[teams.zh]
members = ["zhao", "zhou", "zhu"]
languages = ["zh-CN"]
"""
AGENTS = (("ann", "en"), ("abe", "en"), ("amy", "en"), ("zhao", "zh-CN"), ("zhou", "zh-CN"), ("zhu", "zh-CN"))


def seed(db_url: str, customers: int) -> bytes:
    """Agents and customers in a new database; returns its customer-token secret."""
    engine = make_engine(db_url)
    create_schema(engine)
    now = datetime.now(UTC)
    password = hash_password("demo", demo=True)
    with Session(engine) as session, session.begin():
        for name, language in (*AGENTS, ("sam", "en")):
            role = "supervisor" if name == "sam" else "agent"
            session.add(
                db.Agent(
                    username=name,
                    display_name=name,
                    role=role,
                    language=language,
                    password_hash=password,
                    active=True,
                    created_at=now,
                )
            )
        for i in range(customers):
            session.add(
                db.Customer(
                    uid=f"B{i:05d}",
                    name=f"Bench {i}",
                    email=f"b{i}@example.com",
                    phone="",
                    language="zh-CN" if i % 2 else "en",
                    registered_at=now,
                    kyc_level=1,
                    kyc_status="approved",
                    vip_tier=0,
                )
            )
    engine.dispose()
    return secrets.token_bytes(32)  # the server's customer-token key, given by AGENTDESK_CUSTOMER_TOKEN_KEY


def start_server(
    folder: Path, db_url: str, auto_assign: bool, token_key: bytes
) -> tuple[subprocess.Popen[str], str]:
    """``python -m app.server`` in its own process (the load generator must not share its loop)."""
    args = [
        sys.executable,
        "-m",
        "app.server",
        "--port",
        "0",
        "--db",
        db_url,
        "--teams-policy",
        str(folder / "teams.toml"),
        "--log-level",
        "ERROR",
        "--handshake-rate",  # the load comes from one loopback address
        "0",
        "--max-unauthenticated-per-address",
        "100000",
    ]
    if not auto_assign:
        args.append("--no-auto-assign")
    env = {**os.environ, "AGENTDESK_CUSTOMER_TOKEN_KEY": token_key.hex()}
    proc = subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("AgentDesk server listening on "):
        proc.kill()
        raise SystemExit("the server did not start")
    return proc, "ws://" + line.strip().rsplit("//", 1)[1]


async def _agent(url: str, name: str) -> object:
    ws = await connect(url + "/agent", subprotocols=[SUBPROTOCOL])  # type: ignore[list-item]
    await ws.send(json.dumps({"type": "login", "username": name, "password": "demo"}))
    welcome = json.loads(await ws.recv())
    await ws.send(json.dumps({"type": "sync", "since": welcome["head"]}))
    await ws.send(
        json.dumps({"type": "req", "id": 1, "method": "presence.set", "params": {"presence": "available"}})
    )
    return ws


async def run(auto_assign: bool, rate: float, seconds: float) -> list[float]:
    count = int(rate * seconds)
    folder = Path(tempfile.mkdtemp(prefix="agentdesk-bench-routing-"))
    (folder / "teams.toml").write_text(TEAMS)
    db_url = f"sqlite:///{folder / 'bench.sqlite3'}"
    secret = seed(db_url, count)
    proc, url = start_server(folder, db_url, auto_assign, secret)
    sent_at: dict[str, float] = {}
    latency: dict[str, float] = {}
    done = asyncio.Event()
    try:
        desks = [await _agent(url, name) for name, _ in AGENTS]
        watcher = await _agent(url, "sam")

        async def watch() -> None:
            async for raw in watcher:  # type: ignore[attr-defined]
                frame = json.loads(raw)
                if frame.get("type") == "event" and frame["name"] == "conversation.created":
                    conv = frame["data"]["conversation"]
                    uid = conv["customer"]["uid"]
                    if uid in sent_at and (conv["assignee"] or not auto_assign):
                        latency[uid] = time.perf_counter() - sent_at[uid]
                        if len(latency) == count:
                            done.set()

        reader = asyncio.create_task(watch())
        customers = []
        for i in range(count):
            ws = await connect(url + "/customer", subprotocols=[SUBPROTOCOL])  # type: ignore[list-item]
            await ws.send(json.dumps({"type": "auth", "token": mint(secret, f"B{i:05d}", 3600)}))
            await ws.recv()
            customers.append(ws)
        start = time.perf_counter()
        for i, ws in enumerate(customers):
            delay = start + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            sent_at[f"B{i:05d}"] = time.perf_counter()
            await ws.send(json.dumps({"type": "send", "body": "hello, a question", "client_msg_id": f"b{i}"}))
        await asyncio.wait_for(done.wait(), 300)
        reader.cancel()
        for ws in (*customers, *desks, watcher):
            await ws.close()  # type: ignore[attr-defined]
    finally:
        proc.terminate()
        proc.wait(30)
    if auto_assign:
        engine = make_engine(db_url)
        with Session(engine) as session:
            assigned = session.scalar(sa.select(sa.func.count()).where(db.Conversation.assignee.is_not(None)))
        engine.dispose()
        if assigned != count:
            raise SystemExit(f"only {assigned} of {count} chats were assigned")
    return [latency[k] * 1000 for k in sorted(latency)]


def _line(label: str, values: list[float]) -> str:
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"{label:<34} {statistics.median(ordered):>9.1f} {p99:>9.1f} {ordered[-1]:>9.1f}"


async def cpu_per_chat(auto_assign: bool, count: int) -> float:
    """Milliseconds of the database thread's CPU per new chat (``customer_send``: routing included
    when on), in this process: what routing itself costs, whatever the machine's load."""
    folder = Path(tempfile.mkdtemp(prefix="agentdesk-bench-routing-cpu-"))
    (folder / "teams.toml").write_text(TEAMS)
    db_url = f"sqlite:///{folder / 'cpu.sqlite3'}"
    seed(db_url, count)
    config = ServerConfig(
        port=0, db_url=db_url, teams_policy_path=str(folder / "teams.toml"), auto_assign=auto_assign
    )
    spent: list[float] = []

    def send(session: Session, i: int) -> None:
        started = time.thread_time()
        repo_messages.customer_send(session, f"B{i:05d}", "hello, a question", f"c{i}", [], None)
        session.flush()
        spent.append(time.thread_time() - started)

    async with ChatServer(config) as server:
        desks = [await _agent(server.ws_url, name) for name, _ in AGENTS]
        await asyncio.sleep(0.3)  # their presence.set is in
        for i in range(count):
            await server.context.db.run(send, i)
        for ws in desks:
            await ws.close()  # type: ignore[attr-defined]
    return statistics.mean(spent) * 1000


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=100.0, help="new chats per second")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=2, help="routed and peer, alternating which goes first")
    args = parser.parse_args()
    count = int(args.rate * args.seconds)
    print(f"AgentDesk routing benchmark: {count} new chats at {args.rate:g}/s per run, 6 agents in 2 teams")
    print("(SQLite, the server in its own process; the peer is the same traffic with auto-assignment off)")
    print(f"{'latency to the desk (ms)':<34} {'median':>9} {'p99':>9} {'max':>9}")
    ratios = []
    for n in range(max(args.rounds, 1)):
        order = (True, False) if n % 2 == 0 else (False, True)
        got = {mode: await run(mode, args.rate, args.seconds) for mode in order}
        print(_line(f"round {n + 1}: assigned (routing on)", got[True]))
        print(_line(f"round {n + 1}: peer (routing off)", got[False]))
        ratios.append(_p99(got[True]) / _p99(got[False]))
    print("assignment p99 / peer p99, per round: " + ", ".join(f"{r:.2f}" for r in ratios))
    on = [await cpu_per_chat(True, 500), await cpu_per_chat(False, 500)]
    off = [await cpu_per_chat(False, 500), await cpu_per_chat(True, 500)]
    cpu_on, cpu_off = statistics.mean((on[0], off[1])), statistics.mean((on[1], off[0]))
    print(
        f"database thread CPU per new chat: routing on {cpu_on:.2f} ms, off {cpu_off:.2f} ms "
        f"(ratio {cpu_on / cpu_off:.2f}; 500 chats each, twice, in this process)"
    )


if __name__ == "__main__":
    asyncio.run(main())
