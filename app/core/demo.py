"""``agentdesk --demo``: the demo server beside the desk, in a child process.

Why a child process and not the server inside the desk's own loop (as it was): the desktop bundle
must not carry the server (it is the system of record of a support floor, not desk code), and a
demo server in its own process keeps its database work, its simulated customers and its crashes
off the window's loop. From a source checkout the desk runs ``python -m app.demo`` (the demo
package next to it) on a free loopback port with a throw-away SQLite file, reads its "listening"
line, and talks to it over the child's stdin/stdout (customer tokens for the web chat page; the
signing secret stays in the child). Closing the child's stdin stops it; the desk does that when
it quits, and the child also stops if the desk dies. The desk's cache for the demo lives in the
same temporary folder, so a demo never touches a real agent's cache; both go when the demo stops.

A bundle has no demo server: :class:`DemoUnavailable` says so, and ``--demo-server URL`` signs in
to one started elsewhere (``agentdesk-server --demo``) with a demo account (:class:`GivenDemoServer`).
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import IO, Protocol

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo"
DEMO_USERS = ("alice", "bob", "vera", "victor", "sam")
DEFAULT_RATE = 0.2  # simulated customer messages per second
START_TIMEOUT = 60.0  # seconds for the child to seed its database and listen
STOP_TIMEOUT = 10.0


class DemoUnavailable(RuntimeError):
    """This build has no demo server (a desktop bundle): use ``--demo-server URL``."""


class DemoBackend(Protocol):
    """Where a demo desk signs in, and where its throw-away files live."""

    folder: Path

    @property
    def ws_url(self) -> str: ...

    @property
    def plays_customers(self) -> bool:
        """Whether :meth:`customer_chat_url` can make a customer's web chat link."""
        ...

    async def start(self) -> None: ...

    async def customer_chat_url(self, uid: str) -> str: ...

    async def customer_to_play(self, username: str) -> tuple[str, str, str]:
        """(uid, name, chat URL) of a customer whose chats demo agent ``username`` sees."""
        ...

    async def stop(self) -> None: ...


def demo_package_present() -> bool:
    """A source checkout (or an installed wheel) has ``app.demo``; a desktop bundle does not."""
    if getattr(sys, "frozen", False):
        return False
    return importlib.util.find_spec("app.demo") is not None


class ChildDemoServer:
    """``python -m app.demo`` on a free loopback port, seeded, with simulated customers."""

    def __init__(self, simulate_rate: float = DEFAULT_RATE) -> None:
        self._rate = simulate_rate
        self.folder = Path(tempfile.mkdtemp(prefix="agentdesk-demo-"))
        self._proc: subprocess.Popen[str] | None = None
        self._ws_url = ""
        self._http_url = ""
        self._lock = asyncio.Lock()  # one token request on the pipe at a time

    @property
    def ws_url(self) -> str:
        return self._ws_url

    @property
    def plays_customers(self) -> bool:
        return True

    async def start(self) -> None:
        if not demo_package_present():
            shutil.rmtree(self.folder, ignore_errors=True)
            raise DemoUnavailable("this build has no demo server")
        db_url = f"sqlite:///{(self.folder / 'server.sqlite3').as_posix()}"
        command = [sys.executable, "-m", "app.demo", "--db", db_url, "--port", "0",
                   "--simulate", str(self._rate)]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self._proc = subprocess.Popen(  # returns at once; reading its lines goes to a thread
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8", env=env,
        )
        try:
            line = await asyncio.wait_for(asyncio.to_thread(_readline, self._proc.stdout), START_TIMEOUT)
        except TimeoutError:
            await self.stop()
            raise RuntimeError("the demo server did not start in time") from None
        words = line.split()
        if len(words) != 3 or words[0] != "listening":
            await self.stop()
            raise RuntimeError("the demo server did not start (see its log above)")
        self._ws_url, self._http_url = words[1], words[2]
        log.info("demo server on %s; customer web chat at %s/chat", self._ws_url, self._http_url)

    async def customer_chat_url(self, uid: str) -> str:
        """The web chat page signed in as ``uid``: the demo's way to play the customer.

        The token rides in the URL fragment, which browsers never send to a server or a log.
        """
        proc = self._proc
        if proc is None or proc.stdin is None:
            raise RuntimeError("the demo server is not running")
        async with self._lock:
            answer = await asyncio.to_thread(_ask, proc.stdin, proc.stdout, f"token {uid}\n")
        words = answer.split()
        if len(words) != 3 or words[:2] != ["token", uid]:
            raise RuntimeError("the demo server made no token")
        return f"{self._http_url}/chat#token={words[2]}"

    async def customer_to_play(self, username: str) -> tuple[str, str, str]:
        proc = self._proc
        if proc is None or proc.stdin is None:
            raise RuntimeError("the demo server is not running")
        async with self._lock:
            answer = await asyncio.to_thread(_ask, proc.stdin, proc.stdout, f"play {username}\n")
        words = answer.rstrip("\n").split(" ", 3)
        if len(words) != 4 or words[0] != "play":
            raise RuntimeError("the demo server chose no customer")
        _, uid, token, name = words
        return uid, name, f"{self._http_url}/chat#token={token}"

    async def stop(self) -> None:
        proc, self._proc = self._proc, None
        try:
            if proc is not None:
                await asyncio.to_thread(_end, proc)
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


class GivenDemoServer:
    """``--demo-server URL``: a demo server started elsewhere (``agentdesk-server --demo``); the
    desk only signs in with a demo account and keeps its cache in a temporary folder."""

    def __init__(self, url: str) -> None:
        self._url = url
        self.folder = Path(tempfile.mkdtemp(prefix="agentdesk-demo-"))

    @property
    def ws_url(self) -> str:
        return self._url

    @property
    def plays_customers(self) -> bool:
        return False

    async def start(self) -> None:
        return None

    async def customer_chat_url(self, uid: str) -> str:
        raise DemoUnavailable("customer tokens come from the demo server: agentdesk-server mint-token")

    async def customer_to_play(self, username: str) -> tuple[str, str, str]:
        raise DemoUnavailable("customer tokens come from the demo server: agentdesk-server mint-token")

    async def stop(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _readline(stream: IO[str] | None) -> str:
    return stream.readline() if stream is not None else ""


def _ask(stdin: IO[str], stdout: IO[str] | None, line: str) -> str:
    stdin.write(line)
    stdin.flush()
    return _readline(stdout)


def _end(proc: subprocess.Popen[str]) -> None:
    """Close the child's stdin (it stops its server and exits); kill it if it does not."""
    try:
        if proc.stdin is not None:
            proc.stdin.close()
    except OSError:
        pass
    try:
        proc.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()
