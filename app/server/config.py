"""Server configuration: one dataclass shared by the CLI, the embedded demo and the tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB_FILENAME = "agentdesk-server.sqlite3"


def default_db_url() -> str:
    """A SQLite file in the user's data directory (created on first use)."""
    import platformdirs

    folder = Path(platformdirs.user_data_dir("AgentDesk", "AgentDesk"))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / DEFAULT_DB_FILENAME}"


@dataclass
class ServerConfig:
    """Everything the server needs to start; defaults are the production-safe ones.

    ``secret`` is the HMAC key of customer tokens. When ``None`` the server generates one the
    first time it opens a database and keeps it in that database's ``settings`` table, so tokens
    minted by ``agentdesk-server mint-token --db URL`` stay valid across restarts.
    """

    host: str = "127.0.0.1"
    port: int = 8765
    db_url: str | None = None
    demo: bool = False
    simulate_rate: float = 0.0
    max_frame_bytes: int = 256 * 1024
    event_retention: int = 100_000
    token_ttl_seconds: int = 7 * 24 * 3600
    rate_limit_per_second: float = 20
    rate_limit_burst: int = 60
    ping_interval: float = 20
    ping_timeout: float = 20
    secret: bytes | None = None
    # Not in the public list of knobs, but useful for tests and slow machines.
    auth_timeout: float = 30.0
    failed_login_delay: float = 0.3
    max_pending_frames: int = 20_000

    def resolved_db_url(self) -> str:
        return self.db_url or default_db_url()
