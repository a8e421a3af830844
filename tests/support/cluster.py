"""Several real ``agentdesk-server`` processes on one PostgreSQL database (issue 15's shape on one
machine: the deployment recipe in docs/deploy-cluster.md runs the same command on three hosts).

    url = fresh_database(postgres_url)          # its own database, dropped by ``drop_database``
    async with cluster(url, 3, tmp_path) as nodes:
        alice = await AgentClient.login(nodes[0].ws_url, "alice", "demo")
        token = customer_token(tmp_path, uid)  # signed with the nodes' shared key file

Every node of one database shares one key file (``keys.py``; docs/deploy-cluster.md copies it to
each host): here ``cluster.keys`` in the work folder, made by the first node.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from app.server import customer_tokens, keys

REPO_ROOT = Path(__file__).resolve().parents[2]
_LISTENING = re.compile(r"AgentDesk server listening on http://([^\s:]+):(\d+)")


def fresh_database(postgres_url: str) -> str:
    name = f"agentdesk_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(postgres_url).set(database=name).render_as_string(hide_password=False)


def drop_database(postgres_url: str, url: str) -> None:
    name = make_url(url).database
    admin = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@dataclass
class Node:
    proc: subprocess.Popen[bytes]
    ws_url: str
    log: Path

    def kill(self) -> None:
        """kill -9: no goodbye to anyone."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()


def key_file(workdir: Path) -> Path:
    """The key file every node started in ``workdir`` uses."""
    return workdir / "cluster.keys"


async def start_node(db_url: str, workdir: Path, name: str, extra: Sequence[str] = ()) -> Node:
    """``python -m app.server --port 0 --db URL --demo --key-file WORKDIR/cluster.keys`` (demo
    accounts, seeded once per database; the key file made by the first node, shared by the rest)."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out, log = workdir / f"{name}.out", workdir / f"{name}.log"
    args = ["--port", "0", "--db", db_url, "--demo", "--log-level", "INFO",
            "--key-file", str(key_file(workdir)), *extra]
    with out.open("wb") as o, log.open("wb") as e:
        proc = subprocess.Popen(
            [sys.executable, "-m", "app.server", *args], cwd=REPO_ROOT, env=env, stdout=o, stderr=e,
            stdin=subprocess.DEVNULL,
        )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        found = _LISTENING.search(out.read_text(errors="replace"))
        if found:
            return Node(proc, f"ws://{found.group(1)}:{found.group(2)}", log)
        if proc.poll() is not None:
            raise RuntimeError(f"node {name} exited ({proc.returncode}):\n{log.read_text()[-3000:]}")
        await asyncio.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"node {name} did not listen in time:\n{log.read_text()[-3000:]}")


@asynccontextmanager
async def cluster(
    db_url: str, count: int, workdir: Path, extra: Sequence[str] = ()
) -> AsyncIterator[list[Node]]:
    """``count`` nodes on ``db_url``: the first seeds the demo data, the others start together."""
    nodes: list[Node] = []
    try:
        nodes.append(await start_node(db_url, workdir, "node0", extra))
        nodes.extend(
            await asyncio.gather(*(start_node(db_url, workdir, f"node{i}", extra) for i in range(1, count)))
        )
        yield nodes
    finally:
        # in threads, all at once: a blocking wait here would stall this loop, whose connections then
        # never answer the nodes' close handshakes, and each node would wait out its 10 s close timeout
        await asyncio.gather(*(asyncio.to_thread(node.stop) for node in nodes))


def customer_token(workdir: Path, uid: str) -> str:
    """A token for ``uid`` signed with the nodes' current customer-token key (as
    ``agentdesk-server mint-token --key-file`` does)."""
    loaded, _ = keys.load(key_file(workdir), create=False)
    return customer_tokens.mint(loaded.current("customer_token"), uid, 3600)
