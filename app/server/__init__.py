"""The reference chat backend (``agentdesk-server``): the system of record behind the protocol.

Embed it with ``ChatServer(ServerConfig(...))`` (see ``docs/server.md``) or run it with the
``agentdesk-server`` console script (``app/server/cli.py``). Demo data and simulated customers are
not part of it: ``app/demo``.
"""

from app.server.config import ServerConfig

__all__ = ["ChatServer", "ServerConfig"]


def __getattr__(name: str) -> object:
    # Lazy so that ``import app.server.config`` (the CLI) stays cheap and the db package can be
    # imported without pulling in websockets.
    if name == "ChatServer":
        from app.server.app import ChatServer

        return ChatServer
    raise AttributeError(name)
