"""Requests in flight: ids, one future per request, timeouts, typed results through the codec.

Every ``req`` gets exactly one ``res`` (protocol rule); the read loop hands each ``res`` to
:meth:`PendingRequests.resolve`. When the connection ends, every pending request fails with
:class:`ConnectionLost` at once instead of waiting for its timeout.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from typing import Protocol, TypeVar

from msgspec import Struct

from app.client.connection import Closed
from app.client.errors import ConnectionLost, RequestFailed, RequestTimeout
from app.protocol import codec
from app.protocol.frames import AgentClientFrame, Res
from app.protocol.spec import MethodSpec

P = TypeVar("P", bound=Struct)
R = TypeVar("R", bound=Struct)


class FrameSender(Protocol):
    async def send(self, frame: AgentClientFrame) -> None: ...


class PendingRequests:
    def __init__(self) -> None:
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future[Res]] = {}

    def __len__(self) -> int:
        return len(self._pending)

    async def call(self, conn: FrameSender, spec: MethodSpec[P, R], params: P, timeout: float) -> R:
        """Send ``spec`` with ``params`` and return its typed result.

        Raises :class:`RequestFailed` (the server's code and message; ``bad_request`` for params
        of the wrong type), :class:`RequestTimeout` or :class:`ConnectionLost`.
        """
        request_id = next(self._ids)
        try:
            frame = codec.request(request_id, spec, params)
        except TypeError as exc:
            raise RequestFailed("bad_request", str(exc)) from None
        future: asyncio.Future[Res] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = future
        try:
            await conn.send(frame)
            res = await asyncio.wait_for(future, timeout)
        except TimeoutError:
            raise RequestTimeout(spec.name, timeout) from None
        except Closed:
            raise ConnectionLost() from None
        finally:
            self._pending.pop(request_id, None)
        if not res.ok:
            error = res.error
            raise RequestFailed(error.code if error else "internal", error.message if error else "")
        return codec.decode_result(spec, res.result)

    def resolve(self, res: Res) -> None:
        future = self._pending.get(res.id) if isinstance(res.id, int) else None
        if future is not None and not future.done():
            future.set_result(res)

    def fail_all(self, error: Callable[[], RequestFailed]) -> None:
        for future in list(self._pending.values()):
            if not future.done():
                future.set_exception(error())
