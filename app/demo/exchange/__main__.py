"""``python -m app.demo.exchange``: the reference exchange on its own.

    python -m app.demo.exchange --port 8780 --token-file token.txt \\
        --webhook-url http://127.0.0.1:8765/hooks/exchange --webhook-secret-file hook.key

Serves the demo's customers through ``docs/exchange-api.yaml`` (bearer token from the file or
``AGENTDESK_EXCHANGE_TOKEN``), and sends signed account events to ``--webhook-url`` (key from the
file or ``AGENTDESK_WEBHOOK_SECRET``): every ``--demo-events`` seconds a random one, and one per
line typed on stdin — ``event TYPE UID``, TYPE one of kyc.changed, withdrawal.pending,
withdrawal.under_review, withdrawal.completed, security.changed, tier.changed. Prints
``AgentDesk reference exchange listening on http://HOST:PORT`` once it listens.
``--latency-ms`` and ``--error-rate`` make it slow or flaky on purpose (benchmarks, failure drills).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app.demo.exchange.sender import DEMO_KINDS
from app.demo.exchange.service import ExchangeService, demo_events
from app.server.hooks.keys import SECRET_ENV
from app.server.provider.settings import TOKEN_ENV


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m app.demo.exchange", description="AgentDesk's reference exchange"
    )
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8780, help="0: any free port")
    p.add_argument(
        "--token-file", metavar="PATH", help=f"the bearer token clients must send (or ${TOKEN_ENV})"
    )
    p.add_argument("--webhook-url", metavar="URL", help="AgentDesk's POST /hooks/exchange")
    p.add_argument("--webhook-secret-file", metavar="PATH", help=f"the webhook's HMAC key (or ${SECRET_ENV})")
    p.add_argument(
        "--demo-events", type=float, default=0.0, metavar="SECONDS", help="a random event this often"
    )
    p.add_argument("--latency-ms", type=float, default=0.0, help="answer every API call this much later")
    p.add_argument("--error-rate", type=float, default=0.0, help="fail this share of API calls with 503")
    p.add_argument("--log-level", default="INFO")
    return p


def _secret(path: str | None, env: str) -> str | None:
    if path:
        return Path(path).read_text(encoding="utf-8").strip() or None
    return os.environ.get(env, "").strip() or None


async def _commands(service: ExchangeService) -> None:
    while True:
        line = await asyncio.to_thread(sys.stdin.readline)
        if not line:
            return
        words = line.split()
        if len(words) != 3 or words[0] != "event" or words[1] not in DEMO_KINDS:
            print(f"usage: event TYPE UID (TYPE: {', '.join(DEMO_KINDS)})", flush=True)
            continue
        try:
            event, response = await service.trigger(words[1], words[2])
        except Exception as exc:  # an unknown UID, no webhook URL, the desk unreachable
            print(f"error {type(exc).__name__}: {exc}", flush=True)
        else:
            print(f"sent {event.id} {event.type} {event.uid}: HTTP {response.status_code}", flush=True)


async def _run(args: argparse.Namespace) -> None:
    token = _secret(args.token_file, TOKEN_ENV)
    if token is None:
        logging.getLogger("app.demo.exchange").warning("no bearer token: the API answers anyone")
    service = ExchangeService(
        token=token,
        host=args.host,
        port=args.port,
        latency=args.latency_ms / 1000,
        error_rate=args.error_rate,
    )
    if args.webhook_url:
        key = _secret(args.webhook_secret_file, SECRET_ENV)
        if key is None:
            raise SystemExit(f"--webhook-url needs --webhook-secret-file or ${SECRET_ENV}")
        service.send_events_to(args.webhook_url, key.encode())
    await service.start()
    print(f"AgentDesk reference exchange listening on {service.url}", flush=True)
    tasks = [asyncio.create_task(_commands(service))]
    if args.demo_events > 0 and args.webhook_url:
        tasks.append(asyncio.create_task(demo_events(service, args.demo_events)))
    try:
        await asyncio.Event().wait()
    finally:
        for task in tasks:
            task.cancel()
        await service.close()


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=getattr(logging, str(args.log_level).upper(), logging.INFO),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_run(args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
