"""``--simulate RATE``: synthetic customer traffic through the real ``/customer`` endpoint.

A background task signs tokens for random customers of this server's database and drives real
WebSocket clients against the server itself, sending demo lines (``SIMULATED_*_LINES``) at about
RATE messages per second: new chats (opening lines) and follow-ups in chats it already has open.
Going through the public endpoint means the simulator exercises exactly what real customers do:
the guard, storage, events and fan-out.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import random

from sqlalchemy.orm import Session, sessionmaker
from websockets.asyncio.client import ClientConnection, connect

from app.protocol.frames import SUBPROTOCOL
from app.server.app import ChatServer
from app.server.repos import repo_customers

log = logging.getLogger(__name__)
MAX_OPEN_CHATS = 8


class Simulator:
    """An :class:`~app.server.app.Extension`: starts with the server, stops before it."""

    def __init__(self, rate: float, seed: int = 7) -> None:
        self._server: ChatServer | None = None
        self._rate = max(rate, 0.01)
        self._rng = random.Random(seed)
        self._task: asyncio.Task[None] | None = None
        self._chats: dict[str, tuple[ClientConnection, str, asyncio.Task[None]]] = {}
        self._ids = itertools.count(1)
        self.sent = 0

    @property
    def running(self) -> bool:
        return self._task is not None

    def prepare(self, sessions: sessionmaker[Session]) -> None:
        """Nothing to store: the simulated customers are the database's own."""

    async def start(self, server: ChatServer) -> None:
        self._server = server
        self._task = asyncio.get_running_loop().create_task(self._run(), name="agentdesk-simulator")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
            self._task = None
        for uid in list(self._chats):
            await self._hang_up(uid)

    async def _run(self) -> None:
        from app.demo.data import SIMULATED_FOLLOWUP_LINES, SIMULATED_OPENING_LINES

        assert self._server is not None
        customers = await self._server.context.db.run(repo_customers.customer_uids, 1000)
        if not customers:
            log.warning("simulator: no customers in the database")
            return
        while True:
            await asyncio.sleep(self._rng.expovariate(self._rate))
            try:
                if self._chats and (len(self._chats) >= MAX_OPEN_CHATS or self._rng.random() < 0.6):
                    uid = self._rng.choice(sorted(self._chats))
                    ws, language, _ = self._chats[uid]
                    await self._say(ws, self._rng.choice(SIMULATED_FOLLOWUP_LINES[language]))
                    if self._rng.random() < 0.1:
                        await self._hang_up(uid)
                else:
                    uid, language = self._rng.choice(customers)
                    if uid in self._chats:
                        continue
                    ws = await self._open(uid)
                    self._chats[uid] = (ws, language, asyncio.get_running_loop().create_task(self._drain(ws)))
                    await self._say(ws, self._rng.choice(SIMULATED_OPENING_LINES[language]))
            except asyncio.CancelledError:
                raise
            except Exception:
                log.warning("simulator: a simulated customer failed; continuing", exc_info=True)
                await asyncio.sleep(1.0)

    async def _open(self, uid: str) -> ClientConnection:
        assert self._server is not None
        token = self._server.mint_customer_token(uid, 3600)
        ws = await connect(self._server.ws_url + "/customer", subprotocols=[SUBPROTOCOL])  # type: ignore[list-item]
        await ws.send(json.dumps({"type": "auth", "token": token}))
        welcome = json.loads(await ws.recv())
        if welcome.get("type") != "welcome":
            await ws.close()
            raise RuntimeError("simulated customer was not welcomed")
        return ws

    async def _say(self, ws: ClientConnection, line: str) -> None:
        await ws.send(json.dumps({"type": "send", "body": line, "client_msg_id": f"sim-{next(self._ids)}"}))
        self.sent += 1

    @staticmethod
    async def _drain(ws: ClientConnection) -> None:
        with contextlib.suppress(Exception):
            async for _ in ws:
                pass

    async def _hang_up(self, uid: str) -> None:
        ws, _, reader = self._chats.pop(uid)
        with contextlib.suppress(Exception):
            await ws.close()
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await reader
