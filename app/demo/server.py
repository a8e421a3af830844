"""A :class:`~app.server.app.ChatServer` with the demo's data and traffic: ``demo_server(config)``.

``ServerConfig.demo`` seeds the demo world (once per database: a seeded database is left as it
is) and ``ServerConfig.simulate_rate`` starts simulated customers; both are extensions of the
runtime server, which knows nothing of either.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session, sessionmaker

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
    if config.simulate_rate > 0:
        found.append(Simulator(config.simulate_rate))
    return found


def demo_server(config: ServerConfig) -> ChatServer:
    """The server ``config`` asks for, with the demo world if ``config.demo`` (and its teams,
    unless ``teams_policy_path`` names others) and simulated customers if
    ``config.simulate_rate`` (the CLI's ``--demo`` and ``--simulate``)."""
    if config.demo and config.teams_policy_path is None:
        config = replace(config, teams_policy_path=str(teams_policy_path()))
    return ChatServer(config, extensions=extensions(config))
