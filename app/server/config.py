"""Server configuration: one dataclass shared by the CLI, the demo (app/demo) and the tests."""

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
    # Frames per second one connection may send, and how many at once (a person needs far less;
    # --rate-limit-per-second/--rate-limit-burst raise them for a load test or a gateway that
    # carries many customers on one connection). Over it a frame is answered rate_limited.
    rate_limit_per_second: float = 20
    rate_limit_burst: int = 60
    # Keepalive: a ping every ping_interval s; no pong within ping_timeout s closes the connection
    # (1011) — also one whose desk stopped reading (docs/server.md "Fan-out").
    ping_interval: float = 10
    ping_timeout: float = 15
    secret: bytes | None = None
    # TLS (wss:// and https://): PEM files; both or neither. See app/server/tls.py.
    tls_cert: str | None = None
    tls_key: str | None = None
    # Sessions: a token lives token_ttl_seconds unless renewed (session.renew); renewals never
    # outlive session_max_seconds after the password login; a renewed-away token keeps working
    # for token_renew_grace_seconds (a lost response must not cost the session).
    session_max_seconds: int = 30 * 24 * 3600
    token_renew_grace_seconds: float = 60.0
    # Lockout (app/server/lockout.py): this many failed logins within the window, per username
    # or per peer address (0 turns that rule off), lock logins out for lockout_seconds.
    lockout_failures: int = 5
    lockout_address_failures: int = 20
    lockout_window_seconds: float = 15 * 60
    lockout_seconds: float = 15 * 60
    # Email (docs/server.md "Email"). The SMTP listener is off unless smtp_listen_port is set
    # (--demo: 127.0.0.1:2525, or any free port when 2525 is taken). Replies go to the relay; with
    # no relay, --demo (or mail_folder) writes them as .eml files. The relay password is read from
    # the environment variable AGENTDESK_SMTP_PASSWORD only, never from here.
    smtp_listen_host: str = "127.0.0.1"
    smtp_listen_port: int | None = None
    smtp_max_message_bytes: int = 10 * 1024 * 1024
    smtp_relay_host: str | None = None
    smtp_relay_port: int = 25
    smtp_relay_security: str = "none"  # none | starttls | tls
    smtp_relay_username: str | None = None
    mail_from: str = "support@exchange.example"
    mail_from_name: str = "Exchange Support"
    mail_folder: str | None = None
    mail_retry_delays: tuple[float, ...] = (30, 120, 600, 1800, 3600)  # the last one repeats
    mail_poll_interval: float = 2.0
    # SLA: the policy file (None: the packaged app/server/sla_policy.toml), reloaded on change;
    # the breach monitor runs every sla_check_interval seconds.
    sla_policy_path: str | None = None
    sla_check_interval: float = 5.0
    # VIP desk: callback reminders (callback.due / callback.missed) are checked this often.
    callback_check_interval: float = 5.0
    # The safety guard: the exchange's official domains (their subdomains too). Agents may link only
    # to these; a customer's link that imitates one is flagged to the agent. Checked at start-up
    # (app/server/safety.py). Empty: the demo uses exchange.example, a deployment allows no link.
    official_domains: tuple[str, ...] = ()
    # Not in the public list of knobs, but useful for tests and slow machines.
    auth_timeout: float = 30.0
    failed_login_delay: float = 0.3
    # Fan-out (docs/server.md "Fan-out"): a connection holding more than max_pending_bytes
    # unsent, or not draining for slow_consumer_seconds, is closed 1008 "too slow" (it resumes
    # with sync); summaries go out every summary_interval s to desks that asked for them.
    max_pending_bytes: int = 16 * 1024 * 1024
    slow_consumer_seconds: float = 10.0
    summary_interval: float = 0.25
    # The write path (docs/server.md "The write path"): reader threads for agents' reads, the
    # most requests one group commit takes, how often and how much of the event log is trimmed
    # beyond event_retention, and how many frames of one connection may wait to be handled.
    db_readers: int = 2
    db_max_batch: int = 256
    event_trim_interval: float = 1.0
    event_trim_chunk: int = 5_000
    max_in_flight: int = 64
    # Several nodes (docs/server.md "Several nodes"): the event bus — "auto" (PostgreSQL's
    # LISTEN/NOTIFY when the database is PostgreSQL, else in-process), "local" or "postgres"; how
    # often a node polls the log's head besides the notifications, and announces its agents.
    bus: str = "auto"
    # Search (docs/server.md "Search"): how often SQLite's message index takes the next chunk.
    search_index_interval: float = 0.25
    bus_poll_interval: float = 1.0
    bus_heartbeat: float = 2.0

    def link_domains(self) -> tuple[str, ...]:
        """The official domains in force: the configured ones, or the demo exchange's."""
        if self.official_domains:
            return self.official_domains
        return ("exchange.example",) if self.demo else ()

    def resolved_db_url(self) -> str:
        return self.db_url or default_db_url()
