"""``python -m app.demo``: the demo server as a child of the desk (``agentdesk --demo``).

The desk starts it on a free loopback port with a throw-away database and talks to it over the
child's stdin/stdout, one line at a time:

- child → desk, once it listens: ``listening ws://127.0.0.1:PORT http://127.0.0.1:PORT``;
- desk → child: ``token UID`` → child → desk: ``token UID TOKEN`` (a customer token for the web
  chat page, signed with this server's secret, which never leaves the process) or ``error UID``;
- desk → child: ``play USERNAME`` → child → desk: ``play UID TOKEN NAME`` (a customer whose chats
  that demo agent sees, ready to play; the name, which may hold spaces, is the rest of the line);
- the desk closes stdin (it quit, or died): the server stops and the child exits.

Logs go to stderr. Nothing here is a public interface: ``agentdesk-server --demo`` is the
documented way to run a demo server on its own.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
from collections.abc import Sequence

from app.demo.play import customer_to_play
from app.demo.server import demo_server
from app.server.config import ServerConfig


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m app.demo", description="the desk's demo server (a child)")
    p.add_argument("--db", required=True, metavar="URL", help="SQLAlchemy URL of the throw-away database")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--simulate", type=float, default=0.0, metavar="RATE")
    p.add_argument("--log-level", default="WARNING")
    return p


async def _serve(config: ServerConfig) -> None:
    server = demo_server(config)
    await server.start()
    try:
        print(f"listening {server.ws_url} {server.http_url}", flush=True)
        while True:
            line = await asyncio.to_thread(sys.stdin.readline)
            if not line:
                return  # the desk closed our stdin: it quit (or died)
            words = line.split()
            if len(words) == 2 and words[0] == "token":
                try:
                    token = server.mint_customer_token(words[1], ttl_seconds=3600)
                except Exception:
                    print(f"error {words[1]}", flush=True)
                else:
                    print(f"token {words[1]} {token}", flush=True)
            elif len(words) == 2 and words[0] == "play":
                uid, name = customer_to_play(words[1])
                token = server.mint_customer_token(uid, ttl_seconds=3600)
                print(f"play {uid} {token} {name}", flush=True)
    finally:
        await server.stop()


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    level = getattr(logging, str(args.log_level).upper(), logging.WARNING)
    fmt = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    logging.basicConfig(level=level, stream=sys.stderr, format=fmt)
    # The customer panel is read through the reference exchange over HTTP, as in production.
    config = ServerConfig(host="127.0.0.1", port=args.port, db_url=args.db, demo=True,
                          simulate_rate=max(args.simulate, 0.0), context_provider="http")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(config))
    return 0


if __name__ == "__main__":
    sys.exit(main())
