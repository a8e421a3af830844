"""The reference chat backend (``agentdesk-server``): the system of record behind the protocol.

Embed it with ``ChatServer(ServerConfig(...))`` (see ``app/server/README.md``) or run it with the
``agentdesk-server`` console script (``app/server/cli.py``).
"""

from app.server.config import ServerConfig

__all__ = ["ChatServer", "ServerConfig"]


def __getattr__(name: str) -> object:
    # Lazy so that ``import app.server.config`` (the CLI, the desktop app) stays cheap and the
    # demo / db subpackages can be imported without pulling in websockets.
    if name == "ChatServer":
        from app.server.app import ChatServer

        return ChatServer
    raise AttributeError(name)
