"""Server configuration: one dataclass shared by the CLI, the demo (app/demo) and the tests."""

from __future__ import annotations

from dataclasses import dataclass, field
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
    # The VIP mailbox (issue 23): mail to these addresses lands in the VIP lane (priority high, the
    # email VIP first-response target) whoever sends it; a sender who is not a VIP client is
    # answered by the regular team and flagged (tag vip_mailbox_not_vip). --vip-mailbox ADDRESS.
    vip_mailbox: tuple[str, ...] = ()
    # The emergency line (issue 23): the teams (codes of the teams policy) that take takeover
    # callbacks during a security incident, and account freeze requests.
    # Telegram (issue 23; app/server/telegram): the bot's token only from $AGENTDESK_TELEGRAM_TOKEN;
    # the webhook listens on telegram_webhook_port (None: the channel is off) behind the HTTPS
    # proxy Telegram reaches at telegram_webhook_url (registered with setWebhook at start);
    # telegram_api_base is Telegram's (tests: a fake Bot API on loopback). official_handles: the
    # exchange's own support accounts; a customer naming another "support" handle is warned.
    telegram_webhook_host: str = "127.0.0.1"
    telegram_webhook_port: int | None = None
    telegram_webhook_url: str | None = None
    telegram_api_base: str = "https://api.telegram.org"
    telegram_poll_interval: float = 2.0
    telegram_retry_delays: tuple[float, ...] = (5, 30, 120, 600)  # the last one repeats
    # one sendMessage call's timeout, and how long a claimed or started call is a sender's own
    # before another (a restart, another node) takes it over (telegram/sender.py); lease > timeout
    telegram_call_timeout: float = 30.0
    telegram_send_lease: float = 120.0
    official_handles: tuple[str, ...] = ()
    emergency_team: str = "security"
    risk_team: str = "risk_compliance"
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
    # Round 13: the block explorers agents may also link to (a TXID on etherscan.io), checked at
    # start-up like the official domains; None: the guard's defaults (app/guard/explorers.py), (): none.
    explorer_domains: tuple[str, ...] | None = None
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
    # Customer context (app/server/provider, docs/integration.md): "db" reads the server's own
    # tables; "http" asks the exchange's API (docs/exchange-api.yaml) at exchange_api_url with a
    # bearer token (AGENTDESK_EXCHANGE_TOKEN, exchange_token_file, or exchange_token when embedded)
    # and/or a client certificate (mTLS). Checked at start (provider/settings.py).
    context_provider: str = "db"
    exchange_api_url: str | None = None
    exchange_token_file: str | None = None
    exchange_token: str | None = field(default=None, repr=False)
    exchange_ca_file: str | None = None
    exchange_client_cert: str | None = None
    exchange_client_key: str | None = None
    exchange_deadline: float = 1.5  # the longest a customer.get waits for the source
    context_cache_ttl: float = 15.0
    # Signed account events in (POST /hooks/exchange, app/server/hooks): the HMAC key from
    # AGENTDESK_WEBHOOK_SECRET or webhook_secret_file (webhook_secret when embedded); no key, no hook.
    webhook_secret_file: str | None = None
    webhook_secret: bytes | None = field(default=None, repr=False)
    webhook_tolerance_seconds: float = 300.0
    # Agents' sign-in with the company's identity provider (app/server/oidc): a TOML file whose
    # [oidc] table names the issuer, the client id and the group -> role map.
    oidc_config_path: str | None = None
    # --demo only: the reference exchange sends a random account event this often (0: never).
    demo_events_interval: float = 0.0
    # Attachments (app/server/attachments, docs/server.md "Attachments"): where blobs live
    # ("database", or "filesystem" in attachment_dir), the size caps, the upload rate per
    # connection, and the image guard's worker pool (image_check off: images are re-encoded but
    # marked "not checked"; image_workers None: the CPU count, at most 4).
    attachment_store: str = "database"
    attachment_dir: str | None = None
    max_file_bytes: int = 10 * 1024 * 1024
    max_message_bytes: int = 10 * 1024 * 1024
    upload_bytes_per_second: float = 2 * 1024 * 1024
    upload_burst_bytes: float = 12 * 1024 * 1024
    image_check: bool = True
    image_workers: int | None = None
    image_deadline: float = 8.0
    image_prestart: bool = False  # start the pool with the server, not at the first image
    # Not in the public list of knobs, but useful for tests and slow machines.
    auth_timeout: float = 30.0
    failed_login_delay: float = 0.3
    # Fan-out (docs/server.md "Fan-out"): a connection holding more than max_pending_bytes
    # unsent, or not draining for slow_consumer_seconds, is closed 1008 "too slow" (it resumes
    # with sync); summaries go out every summary_interval s to desks that asked for them, the
    # interval stretched up to summary_max_interval s to keep summary writes near
    # summary_writes_per_second (0: never stretched) on a busy floor; a summaries desk holding more
    # than summary_skip_bytes unsent skips the round (what changed waits for its next one).
    max_pending_bytes: int = 16 * 1024 * 1024
    slow_consumer_seconds: float = 10.0
    summary_interval: float = 0.25
    summary_max_interval: float = 0.35
    summary_writes_per_second: float = 4_000.0
    summary_skip_bytes: int = 32 * 1024
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
