"""A small HTTP CONNECT proxy on loopback: what a company's proxy does for the desk's wss://.

    async with connect_proxy(upstream=("127.0.0.1", server_port)) as proxy:
        os.environ["HTTPS_PROXY"] = proxy.url       # the desk reads the system proxy
        ...                                          # proxy.requests: the CONNECT targets it saw

Every tunnel goes to ``upstream`` whatever host the client named (the test's stand-in for the
company network's DNS), so a certificate for ``desk.example.test`` can be served from loopback.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field


@dataclass
class Proxy:
    url: str
    requests: list[str] = field(default_factory=list)  # "host:port" of each CONNECT


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        with contextlib.suppress(Exception):
            writer.close()


@contextlib.asynccontextmanager
async def connect_proxy(upstream: tuple[str, int]) -> AsyncIterator[Proxy]:
    proxy = Proxy(url="")
    tasks: set[asyncio.Task[None]] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        method, target, _version = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
        if method != "CONNECT":
            writer.write(b"HTTP/1.1 405 Method Not Allowed\r\n\r\n")
            writer.close()
            return
        proxy.requests.append(target)
        up_reader, up_writer = await asyncio.open_connection(*upstream)
        writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        await writer.drain()
        for task in (asyncio.ensure_future(_pipe(reader, up_writer)),
                     asyncio.ensure_future(_pipe(up_reader, writer))):
            tasks.add(task)
            task.add_done_callback(tasks.discard)

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    proxy.url = f"http://127.0.0.1:{port}"
    try:
        yield proxy
    finally:
        server.close()
        for task in list(tasks):
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await server.wait_closed()
