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

    ``secret`` overrides the HMAC key of customer tokens (tests). Otherwise every key comes from
    the key file (``key_file``; default beside the SQLite file) or the environment, never from the
    database (``app/server/keys.py``), so tokens minted by ``agentdesk-server mint-token --db URL``
    stay valid across restarts.
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
    # Routing (issue 19): the teams policy file (None: the packaged app/server/teams_policy.toml;
    # the demo's is app/demo/data/teams_policy.toml), reloaded on change; auto_assign off keeps
    # teams and business hours but assigns nothing. The queue/re-route/snooze jobs run every
    # routing_interval seconds (and when woken); an agent away or offline for
    # reroute_grace_seconds loses their waiting chats; a node's presence rows not refreshed for
    # presence_ttl_seconds count as offline (the node is gone).
    teams_policy_path: str | None = None
    auto_assign: bool = True
    routing_interval: float = 1.0
    reroute_grace_seconds: float = 120.0
    presence_ttl_seconds: float = 30.0
    # VIP desk: callback reminders (callback.due / callback.missed) are checked this often.
    callback_check_interval: float = 5.0
    # The safety guard: the exchange's official domains (their subdomains too). Agents may link only
    # to these; a customer's link that imitates one is flagged to the agent. Checked at start-up
    # (app/server/safety.py). Empty: the demo uses exchange.example, a deployment allows no link.
    official_domains: tuple[str, ...] = ()
    # Secrets outside the database (app/server/keys.py): the key file (None: beside the SQLite file
    # as <name>.keys, or $AGENTDESK_KEY_FILE) and how long a rotated-away key still verifies.
    key_file: str | None = None
    key_grace_hours: float = 24.0
    # Audit checkpoints (app/server/audit_checkpoints.py): how often the log's head is written
    # beside the key file, and an optional syslog address (/dev/log or HOST:PORT) for a copy.
    audit_checkpoint_interval: float = 30.0
    audit_syslog: str | None = None
    # Admission before authentication (app/server/admission.py): sockets that have not
    # authenticated yet, per peer address and in total; the first frame's size limit.
    max_unauthenticated_per_address: int = 32
    max_unauthenticated: int = 1000
    preauth_max_frame_bytes: int = 4096
    handshake_rate_per_address: float = 20.0  # new WebSocket sockets per second per address (0: off)
    handshake_burst_per_address: int = 100
    handshake_refusal_delay: float = 1.0  # a refused handshake gets its 429 after this pause
    # Slow-down of one username failing from many addresses (lockout.py): each failure of the
    # username within the window beyond lockout_failures doubles the delay, up to this.
    lockout_user_max_delay: float = 5.0
    # Identity verification (app/server/identity): how long a code or link is valid, how many
    # wrong codes end it, how long a verification counts as fresh, and where SMS go
    # ("log": the demo's provider, which prints the code only in demo mode).
    identity_code_ttl_seconds: float = 10 * 60
    identity_max_attempts: int = 5
    identity_valid_seconds: float = 30 * 60
    identity_sms_provider: str = "log"
    sms_log_stream: str = "stderr"  # the demo's log provider prints there ("stdout": agentdesk-server --demo)
    public_url: str | None = None  # the address customers reach /verify at (links in mail)
    macro_grace_seconds: float = 30.0  # a bulk macro run can be undone this long; then replies go out
    # Mail authentication (app/server/email/authcheck.py): the authserv-id of a trusted MTA whose
    # Authentication-Results header is taken as is; DNS servers for SPF/DKIM/DMARC (tests).
    trusted_authserv_id: str | None = None
    dns_servers: tuple[str, ...] = ()
    dns_port: int = 53
    dns_timeout: float = 5.0
    # Not in the public list of knobs, but useful for tests and slow machines.
    auth_timeout: float = 30.0
    failed_login_delay: float = 0.3
    max_pending_frames: int = 20_000

    def link_domains(self) -> tuple[str, ...]:
        """The official domains in force: the configured ones, or the demo exchange's."""
        if self.official_domains:
            return self.official_domains
        return ("exchange.example",) if self.demo else ()

    def resolved_db_url(self) -> str:
        return self.db_url or default_db_url()
