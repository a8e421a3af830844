"""A :class:`~app.server.app.ChatServer` with the demo's data and traffic: ``demo_server(config)``.

``ServerConfig.demo`` seeds the demo world (once per database: a seeded database is left as it
is) and ``ServerConfig.simulate_rate`` starts simulated customers; both are extensions of the
runtime server, which knows nothing of either.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session, sessionmaker

from app.demo.exchange.service import ExchangeExtension
from app.demo.seed import seed_demo
from app.demo.simulate import Simulator
from app.demo.teams import teams_policy_path
from app.server.app import ChatServer, Extension
from app.server.config import ServerConfig
from app.server.timeutil import utcnow


class DemoWorld:
    """Seeds the demo data before the port opens."""

    def prepare(self, sessions: sessionmaker[Session]) -> None:
        seed_demo(sessions, utcnow())

    async def start(self, server: ChatServer) -> None:
        return None

    async def stop(self) -> None:
        return None


def extensions(config: ServerConfig) -> list[Extension]:
    found: list[Extension] = []
    if config.demo:
        found.append(DemoWorld())
        if config.context_provider == "http" and config.exchange_api_url is None:
            found.append(_exchange_for(config))
    if config.simulate_rate > 0:
        found.append(Simulator(config.simulate_rate))
    return found


def _exchange_for(config: ServerConfig) -> ExchangeExtension:
    return ExchangeExtension(events_every=config.demo_events_interval)


def demo_server(config: ServerConfig) -> ChatServer:
    """The server ``config`` asks for, with the demo world if ``config.demo`` (and its teams,
    unless ``teams_policy_path`` names others) and simulated customers if ``config.simulate_rate``
    (the CLI's ``--demo`` and ``--simulate``).

    A demo whose ``context_provider`` is ``http`` with no ``exchange_api_url`` (the CLI's and the
    desk's demo) runs the reference exchange beside it (``app/demo/exchange``) and reads the
    customer panel from it over HTTP, with its account events coming in by signed webhook."""
    if config.demo and config.teams_policy_path is None:
        config = dataclasses.replace(config, teams_policy_path=str(teams_policy_path()))
    found = extensions(config)
    exchange = next((e for e in found if isinstance(e, ExchangeExtension)), None)
    if exchange is not None:
        if config.webhook_secret:
            exchange.webhook_key = config.webhook_secret
        config = dataclasses.replace(
            config,
            exchange_api_url=exchange.service.url,
            exchange_token=exchange.token,
            webhook_secret=config.webhook_secret or exchange.webhook_key,
        )
    return ChatServer(config, extensions=found)
