"""Start and stop the servers under test as separate processes: AgentDesk through its own CLI
(``python -m app.server``, the same as ``agentdesk-server``) and the bare peers (``_peers.py``).

Nothing from ``app/`` is imported: the bench meets the server only at its command line and on
the wire, so a restructuring of the server's insides cannot break it.

The per-connection rate limit (``ServerConfig.rate_limit_per_second`` = 20 frames/s,
``rate_limit_burst`` = 60) had no command-line flag when these benches were written. The flags
proposed for it are ``--rate-limit-per-second`` and ``--rate-limit-burst``; ``rate_limit_flags``
finds out from ``--help`` whether this server has them.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import platform
import re
import signal
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from _runner import BenchError, log_tail

ROOT = Path(__file__).resolve().parents[1]
#: the AgentDesk checkout whose server is measured: this one, or another one's tree (e.g.
#: ``git archive main | tar -x -C DIR``) named by AGENTDESK_BENCH_SERVER_ROOT, run with this venv
SERVER_ROOT = Path(os.environ.get("AGENTDESK_BENCH_SERVER_ROOT") or ROOT).resolve()
PEERS = Path(__file__).with_name("_peers.py")
RATE_FLAGS = ("--rate-limit-per-second", "--rate-limit-burst")
SERVER_RATE_LIMIT = (20.0, 60)  # ServerConfig's defaults today: frames/s and burst per connection
_LISTENING = re.compile(r"AgentDesk server listening on https?://([^\s:]+):(\d+)")
_PEER_LISTENING = re.compile(r"peer listening on (ws://\S+)")


def server_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(SERVER_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def server_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "app.server", *args]


def has_rate_limit_flags() -> bool:
    """Whether ``agentdesk-server --help`` lists the proposed rate-limit flags."""
    out = subprocess.run(
        server_cmd("--help"), cwd=SERVER_ROOT, env=server_env(), capture_output=True, text=True, timeout=120
    )
    return all(flag in out.stdout for flag in RATE_FLAGS)


def admission_flags() -> list[str]:
    """The load comes from one loopback address: lift the per-address admission limits (issue 17's
    defence against floods from one internet address) where the server has them."""
    out = subprocess.run(
        server_cmd("--help"), cwd=ROOT, env=server_env(), capture_output=True, text=True, timeout=120
    )
    if "--handshake-rate" not in out.stdout:
        return []
    return [
        "--handshake-rate", "0",
        "--max-unauthenticated", "100000",
        "--max-unauthenticated-per-address", "100000",
    ]


@dataclass
class ServerProcess:
    """A server under test: AgentDesk or a peer, with its address and its log."""

    name: str
    kind: str  # "agentdesk", "relay", "writer"
    proc: subprocess.Popen[bytes]
    url: str  # ws://127.0.0.1:PORT
    log: Path
    agent_tokens: list[str] = field(default_factory=list)
    probe_token: str = ""
    customer_tokens: dict[str, str] = field(default_factory=dict)  # uid → token
    uids: list[str] = field(default_factory=list)  # the customers the load writes as
    paced: bool = False  # customers must stay under the server's per-connection rate limit
    relaunch: Callable[[], Awaitable[ServerProcess]] | None = None

    async def restart(self) -> None:
        """Stop and start again on the same database (tokens stay valid: agents' sessions and the
        customer-token secret live in it): a fresh process for the next measurements."""
        assert self.relaunch is not None
        await self.stop()
        fresh = await self.relaunch()
        self.proc, self.url = fresh.proc, fresh.url

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    async def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            for _ in range(100):
                if self.proc.poll() is not None:
                    break
                await asyncio.sleep(0.1)
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.kill()
            self.proc.wait()


async def _wait_for_line(
    proc: subprocess.Popen[bytes], out: Path, log: Path, pattern: re.Pattern[str], what: str, timeout: float
) -> re.Match[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = pattern.search(out.read_text(errors="replace")) if out.exists() else None
        if found:
            return found
        if proc.poll() is not None:
            tail = log_tail(log)
            if proc.returncode == 2 and RATE_FLAGS[0] in proc.args and "error:" in tail:  # type: ignore[operator]
                said = tail.splitlines()[-1] if tail else ""
                raise BenchError(
                    f"the server refused {RATE_FLAGS[0]}/{RATE_FLAGS[1]} ({said.strip()}): this build has no "
                    "command-line flag for ServerConfig.rate_limit_per_second / rate_limit_burst yet (issue "
                    "14: a load test must be able to raise the 20 frames/s per connection). Run the bench "
                    "with --rate-limit spread (more customer connections, each paced under the limit) until "
                    "the server has the flags."
                )
            raise BenchError(f"{what} exited with code {proc.returncode} before listening; its log:\n{tail}")
        await asyncio.sleep(0.1)
    proc.kill()
    raise BenchError(f"{what} did not report listening within {timeout:.0f} s; its log:\n{log_tail(log)}")


async def start_agentdesk(
    db_url: str, workdir: Path, extra: list[str], name: str = "AgentDesk"
) -> ServerProcess:
    """``python -m app.server --port 0 --db URL --demo ...``: demo data (customers, the five demo
    accounts, 81 conversations), no simulated traffic (no ``--simulate``)."""
    out, log = workdir / "agentdesk.out", workdir / "agentdesk.log"
    args = ["--port", "0", "--db", db_url, "--demo", "--log-level", "WARNING", *admission_flags(), *extra]
    with out.open("wb") as o, log.open("ab") as e:
        proc = subprocess.Popen(
            server_cmd(*args), cwd=SERVER_ROOT, env=server_env(), stdout=o, stderr=e, stdin=subprocess.DEVNULL
        )
    found = await _wait_for_line(proc, out, log, _LISTENING, "the AgentDesk server", 180)
    server = ServerProcess(name, "agentdesk", proc, f"ws://{found.group(1)}:{found.group(2)}", log)
    server.relaunch = lambda: start_agentdesk(db_url, workdir, extra, name)
    return server


async def start_peer(name: str, kind: str, args: list[str], workdir: Path) -> ServerProcess:
    stem = re.sub(r"\W+", "-", name.lower())
    out, log = workdir / f"{stem}.out", workdir / f"{stem}.log"
    with out.open("wb") as o, log.open("ab") as e:
        proc = subprocess.Popen(
            [sys.executable, str(PEERS), kind, *args], cwd=ROOT, stdout=o, stderr=e, stdin=subprocess.DEVNULL
        )
    found = await _wait_for_line(proc, out, log, _PEER_LISTENING, f"the {name} peer", 60)
    server = ServerProcess(name, kind, proc, found.group(1), log)
    server.relaunch = lambda: start_peer(name, kind, args, workdir)
    return server


def peer_tokens(server: ServerProcess, uids: list[str], agents: int) -> None:
    """Peers check no credentials: a customer token only has to carry the UID (as AgentDesk's
    does, base64url before the first dot)."""
    import base64

    server.uids = list(uids)
    server.customer_tokens = {
        uid: base64.urlsafe_b64encode(uid.encode()).decode().rstrip("=") + ".0.peer" for uid in uids
    }
    server.agent_tokens = ["peer-token"] * agents
    server.probe_token = "peer-token"


def machine() -> str:
    cpu = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    system = f"{platform.system()} {platform.release()}"
    load = ""
    with contextlib.suppress(OSError, AttributeError):
        load = ", load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    where = "" if ROOT.resolve() == SERVER_ROOT else f"; AgentDesk server from {SERVER_ROOT}"
    return f"{system}, {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}{load}{where}"


def engine_pragmas() -> str:
    """The pragmas app/server/db/engine.py sets today, read as text (nothing is imported)."""
    with contextlib.suppress(OSError):
        src = (SERVER_ROOT / "app" / "server" / "db" / "engine.py").read_text()
        found = re.search(r"WRITER_PRAGMAS = \(([^)]*)\)", src)  # since issue 14
        found = found or re.search(r"for pragma in \(([^)]*)\)", src)
        if found:
            return ", ".join(re.findall(r'"([^"]+)"', found.group(1))) + (
                "; BEGIN IMMEDIATE per transaction" if "BEGIN IMMEDIATE" in src else ""
            )
    return "unknown (app/server/db/engine.py changed shape)"


def rate_limit_mode(requested: str) -> str:
    """``flag`` or ``spread`` for ``--rate-limit auto|flag|spread`` (auto: flag when ``--help``
    lists the proposed flags)."""
    if requested == "auto":
        return "flag" if has_rate_limit_flags() else "spread"
    return requested


def rate_limit_args(mode: str, value: str = "100000") -> list[str]:
    """The server arguments that lift the per-connection limit for a load test (``flag`` mode)."""
    return [RATE_FLAGS[0], value, RATE_FLAGS[1], value] if mode == "flag" else []
