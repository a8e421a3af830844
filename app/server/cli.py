"""``agentdesk-server``: run the chat backend, or administer its database.

    agentdesk-server [--host H] [--port P] [--db URL] [--demo] [--simulate RATE] [--event-retention N]
                     [--rate-limit-per-second N] [--rate-limit-burst N] [--bus auto|local|postgres]
    agentdesk-server mint-token --uid UID [--ttl SECONDS] [--db URL]
    agentdesk-server create-agent --username U --role R --display-name D [--language L] [--db URL]
    agentdesk-server audit verify [--db URL]      (the keyed chain and the signed checkpoints)
    agentdesk-server audit list [--db URL] [--limit N]
    agentdesk-server audit migrate [--accept-broken] [--db URL]
    agentdesk-server unlock --username U [--address A] [--db URL]
    agentdesk-server keys rotate --purpose customer_token|lockout|identity [--grace-hours H]
    agentdesk-server db upgrade|current [--db URL]
    agentdesk-server canned-file add|list|remove --key KEY [--file PATH] [--id N] [--db URL]

Every command but ``db`` takes ``--key-file PATH`` (default: beside the SQLite file; ``keys.py``).

``--cert PATH --key PATH`` serve wss:// and https:// (PEM files; see ``tls.py``).
Email and SLA options (``--smtp-port``, ``--smtp-relay``, ``--sla-policy``, ...): ``channels_cli.py``.

When serving, exactly one line goes to stdout as soon as the port is open —
``AgentDesk server listening on http://HOST:PORT`` — so scripts (and the tests, with ``--port 0``)
can read the port; logs go to stderr. Passwords are read from stdin or a prompt, never argv.
Lines about email follow it when email is on (``AgentDesk SMTP listener on smtp://HOST:PORT``,
``AgentDesk outgoing mail folder: PATH``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import getpass
import logging
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.server import heap
from app.server.attachments import canned_cli
from app.server.attachments import cli_args as attachment_args
from app.server.channels_cli import add_channel_arguments, channel_config, channel_lines
from app.server.config import ServerConfig
from app.server.integration_cli import add_integration_arguments, integration_config
from app.server.stall_watch import StallWatch

if TYPE_CHECKING:
    from app.server.keys import ServerKeys

ROLES = ("agent", "vip_manager", "supervisor")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="agentdesk-server", description="AgentDesk chat backend")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port for HTTP and WebSocket (0: any free port)")
    p.add_argument(
        "--db", metavar="URL", help="SQLAlchemy database URL (default: a SQLite file in the user data dir)"
    )
    p.add_argument("--demo", action="store_true", help="bind 127.0.0.1 only and seed demo data")
    p.add_argument(
        "--simulate", type=float, default=0.0, metavar="RATE", help="simulated customer messages/second"
    )
    p.add_argument("--event-retention", type=int, default=100_000, metavar="N", help="events kept for sync")
    defaults = ServerConfig()
    p.add_argument(
        "--rate-limit-per-second",
        type=_positive(float),
        default=defaults.rate_limit_per_second,
        metavar="N",
        help=f"frames per second each connection may send (default {defaults.rate_limit_per_second:g}; "
        "raise it for a load test or a gateway that multiplexes many customers on one connection)",
    )
    p.add_argument(
        "--rate-limit-burst",
        type=_positive(int),
        default=defaults.rate_limit_burst,
        metavar="N",
        help="frames a connection may send at once before the rate applies "
        f"(default {defaults.rate_limit_burst})",
    )
    p.add_argument("--cert", metavar="PATH", help="TLS certificate chain (PEM): serve wss:// and https://")
    p.add_argument("--key", metavar="PATH", help="TLS private key (PEM, no passphrase), with --cert")
    p.add_argument(
        "--official-domain", action="append", default=[], metavar="DOMAIN", dest="official_domains",
        help="the exchange's own domain (repeatable): the only links agents may send; look-alikes of it "
        "in customers' messages are flagged (--demo without it: exchange.example)",
    )
    p.add_argument(
        "--explorer-domain", action="append", default=None, metavar="DOMAIN", dest="explorer_domains",
        help="a block explorer agents may link to, besides the official domains (repeatable; replaces the "
        "default list: etherscan.io, tronscan.org, mempool.space, ... in app/guard/explorers.py)",
    )
    p.add_argument(
        "--no-explorer-domains", action="store_true",
        help="agents may link to no block explorer (only to the official domains)",
    )
    p.add_argument(
        "--bus", default="auto", choices=("auto", "local", "postgres"),
        help="how nodes share live events: auto (default: postgres when --db is PostgreSQL), local (one "
        "process), postgres (LISTEN/NOTIFY: several nodes on one database; docs/server.md 'Several nodes')",
    )
    p.add_argument("--log-level", default="INFO")
    p.add_argument("--key-file", metavar="PATH",
                   help="the key file (default: beside the SQLite file, <name>.keys; or $AGENTDESK_KEY_FILE)")
    p.add_argument("--audit-syslog", metavar="ADDRESS",
                   help="also send audit checkpoints to syslog (/dev/log or HOST:PORT)")
    p.add_argument("--max-unauthenticated", type=int, default=1000, metavar="N",
                   help="sockets that have not authenticated yet, in total (default 1000)")
    p.add_argument("--max-unauthenticated-per-address", type=int, default=32, metavar="N",
                   help="sockets that have not authenticated yet, per peer address (default 32)")
    p.add_argument("--handshake-rate", type=float, default=20.0, metavar="N",
                   help="new WebSocket sockets per second per address (default 20; 0: no limit)")
    add_channel_arguments(p)
    add_integration_arguments(p)
    attachment_args.add_arguments(p)
    sub = p.add_subparsers(dest="command")
    mint = sub.add_parser("mint-token", help="print a signed customer token")
    mint.add_argument("--uid", required=True)
    mint.add_argument("--ttl", type=int, default=86400, metavar="SECONDS")
    create = sub.add_parser("create-agent", help="add an agent (password from stdin or a prompt)")
    create.add_argument("--username", required=True)
    create.add_argument("--role", required=True, choices=ROLES)
    create.add_argument("--display-name", required=True)
    create.add_argument("--language", default="en", choices=("en", "zh-CN"))
    audit = sub.add_parser("audit", help="check, list or re-key the audit log")
    audit.add_argument("action", choices=("verify", "list", "migrate"))
    audit.add_argument("--limit", type=int, default=50)
    audit.add_argument("--accept-broken", action="store_true",
                       help="migrate: re-key an old chain even though it is broken (recorded)")
    db = sub.add_parser("db", help="the database schema: upgrade it to this build, or show its revision")
    db.add_argument("action", choices=("upgrade", "current"))
    db.add_argument("--db", metavar="URL", dest="sub_db")
    unlock = sub.add_parser("unlock", help="clear a login lockout (by username and/or address)")
    unlock.add_argument("--username")
    unlock.add_argument("--address", help="a peer address locked out by the per-address rule")
    keys_cmd = sub.add_parser("keys", help="rotate a key of the key file")
    keys_cmd.add_argument("action", choices=("rotate",))
    keys_cmd.add_argument("--purpose", required=True, choices=("customer_token", "lockout", "identity"))
    keys_cmd.add_argument("--grace-hours", type=float, default=24.0,
                          help="how long the old key still verifies (default 24)")
    canned_file = canned_cli.add_parser(sub)
    for command in (mint, create, audit, unlock, keys_cmd, canned_file):
        command.add_argument("--db", metavar="URL", dest="sub_db")
        command.add_argument("--key-file", metavar="PATH", dest="sub_key_file",
                             help="the server's key file (default: beside the SQLite file)")
    return p


def _tuple_or_none(values: list[str] | None) -> tuple[str, ...] | None:
    """A repeatable option's values, or None when it was not given (the setting's default applies)."""
    return None if values is None else tuple(values)


def _positive(kind: type[int] | type[float]) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text}") from None
        if value <= 0:
            raise argparse.ArgumentTypeError("must be greater than 0")
        return value

    return parse


@contextlib.contextmanager
def _open(args: argparse.Namespace, *, create_keys: bool = True) -> Iterator[tuple[Session, ServerKeys]]:
    """A session on the database with the server's keys (the audit key in ``session.info``);
    after it, a checkpoint of the audit log when the command added rows."""
    from datetime import timedelta

    from app.server import audit, keys
    from app.server.audit_checkpoints import Checkpoints
    from app.server.db.engine import make_engine, make_session_factory
    from app.server.tables import create_schema

    url = getattr(args, "sub_db", None) or args.db or ServerConfig().resolved_db_url()
    engine = make_engine(url)
    try:
        create_schema(engine)
        server_keys = keys.prepare(engine, url, getattr(args, "sub_key_file", None) or args.key_file,
                                   timedelta(hours=24), create=create_keys)
        factory = make_session_factory(engine, {audit.KEY_INFO: server_keys.current("audit")})
        if getattr(args, "action", None) != "migrate":
            with factory() as session, session.begin():
                try:
                    audit.migrate(session)  # an earlier build's unkeyed chain, as the server would
                except audit.AuditMigrationError as exc:
                    raise SystemExit(str(exc)) from None
        with factory() as session:
            yield session, server_keys
        path = server_keys.checkpoint_path
        if path is not None and path.exists():
            with factory() as session, session.begin():
                Checkpoints(path, server_keys.current("audit")).write(session)
    finally:
        engine.dispose()


def _mint(args: argparse.Namespace) -> int:
    from app.server import customer_tokens
    from app.server.repos import repo_customers

    with _open(args) as (session, keys), session.begin():
        secret = keys.current("customer_token")
        if repo_customers.customer_info(session, args.uid) is None:
            print(f"warning: no customer {args.uid} in this database", file=sys.stderr)
    print(customer_tokens.mint(secret, args.uid, args.ttl))
    return 0


def _read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Repeat: "):
            raise SystemExit("passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _create_agent(args: argparse.Namespace) -> int:
    from app.server.auth import hash_password
    from app.server.repos import repo_agents

    password = _read_password()
    if len(password) < 8:
        print("password too short (8 characters at least)", file=sys.stderr)
        return 2
    with _open(args) as (session, _), session.begin():
        try:
            repo_agents.create_agent(
                session, args.username, args.display_name, args.role, hash_password(password), args.language
            )
        except ValueError as exc:
            print(str(exc), file=sys.stderr)
            return 1
    print(f"created {args.role} {args.username}")
    return 0


def _audit(args: argparse.Namespace) -> int:
    from app.protocol.display import escape_controls
    from app.server import audit
    from app.server.audit_checkpoints import Checkpoints
    from app.server.audit_checkpoints import verify as verify_with_checkpoints

    with _open(args, create_keys=args.action == "migrate") as (session, keys), session.begin():
        if args.action == "migrate":
            try:
                count = audit.migrate(session, accept_broken=args.accept_broken)
            except audit.AuditMigrationError as exc:
                print(str(exc), file=sys.stderr)
                return 1
            print("audit log already keyed" if count is None else f"audit log re-keyed: {count} rows")
            return 0
        if args.action == "verify":
            assert keys.checkpoint_path is not None
            checkpoints = Checkpoints(keys.checkpoint_path, keys.current("audit"))
            result = verify_with_checkpoints(session, checkpoints)
            if result.ok:
                print(f"audit log ok: {result.checked} rows, {result.checkpoints} checkpoints")
                return 0
            where = f" at row {result.broken_id}" if result.broken_id is not None else ""
            print(f"audit log BROKEN{where}: {result.problem}")
            return 1
        for row in audit.entries(session, args.limit):
            # bidi and control characters shown escaped, never obeyed by the terminal
            fields = [escape_controls(f) for f in (str(row.id), row.at.isoformat(), row.actor or "-",
                                                   row.action, row.target or "-")]
            details = escape_controls(audit.canonical(row.details), double_backslash=False)
            print("\t".join([*fields, details]))
    return 0


def _db(args: argparse.Namespace) -> int:
    """``db upgrade``: bring the schema to this build's revision (a new database is created);
    ``db current``: print the database's revision and this build's."""
    from app.server import migrations
    from app.server.db.engine import make_engine

    engine = make_engine(args.sub_db or args.db or ServerConfig().resolved_db_url())
    try:
        if args.action == "current":
            found = migrations.status(engine)
            current = found.current or (
                "none (empty database)" if found.empty else "none (made before migrations)"
            )
            print(f"database: {current}\nthis build: {found.head}")
            return 0 if found.ok else 1
        before, after = migrations.upgrade(engine)
    except migrations.SchemaError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(f"schema upgraded: {before or 'none'} -> {after}" if before != after else f"schema at {after}")
    return 0


def _unlock(args: argparse.Namespace) -> int:
    from app.server import lockout

    if not (args.username or args.address):
        print("give --username and/or --address", file=sys.stderr)
        return 2
    with _open(args) as (session, keys), session.begin():
        policy = lockout.Policy.from_config(ServerConfig(), keys.current("lockout"))
        removed = lockout.unlock(session, policy, args.username, args.address)
    print(f"unlocked ({removed} counter{'s' if removed != 1 else ''} cleared)")
    return 0


def _keys(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from app.server import keys

    url = args.sub_db or args.db or ServerConfig().resolved_db_url()
    path = keys.resolve_path(args.sub_key_file or args.key_file, url)
    try:
        fresh = keys.rotate(path, args.purpose, timedelta(hours=max(args.grace_hours, 0.0)))
    except keys.KeyFileError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(f"rotated the {args.purpose} key (new key {fresh.id}); the old one verifies for "
          f"{args.grace_hours:g} more hours. Restart the server to use the new key.")
    return 0


async def _serve(config: ServerConfig) -> None:
    from app.server.app import ChatServer

    if config.demo or config.simulate_rate > 0:
        from app.demo.server import demo_server  # the demo is not the runtime: loaded only here

        server = demo_server(config)
    else:
        server = ChatServer(config)
    await server.start()
    heap.settle()  # start-up's objects out of every later full collection (heap.py says why)
    loop = asyncio.get_running_loop()
    watch = StallWatch(loop)  # a stall of the loop is logged, with the collector's share of it
    watch.start()
    print(f"AgentDesk server listening on {server.http_url}", flush=True)
    for line in channel_lines(server):
        print(line, flush=True)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows: Ctrl+C raises instead
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        watch.stop()
        await server.stop()


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=getattr(logging, str(args.log_level).upper(), logging.INFO),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("websockets").setLevel(logging.WARNING)  # one line per HTTP request is noise
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # a line per plugin
    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "mint-token": _mint,
        "create-agent": _create_agent,
        "audit": _audit,
        "unlock": _unlock,
        "keys": _keys,
        "db": _db,
        "canned-file": functools.partial(canned_cli.run, open_db=_open),
    }
    if args.command in commands:
        from app.server.migrations import SchemaError

        try:
            return commands[args.command](args)
        except SchemaError as exc:  # the database is not at this build's schema: say what to do
            print(str(exc), file=sys.stderr)
            return 2
    if bool(args.cert) != bool(args.key):
        print("--cert and --key go together", file=sys.stderr)
        return 2
    config = ServerConfig(
        host="127.0.0.1" if args.demo else args.host,
        port=args.port,
        db_url=args.db,
        demo=args.demo,
        simulate_rate=max(args.simulate, 0.0),
        event_retention=max(args.event_retention, 1),
        rate_limit_per_second=float(args.rate_limit_per_second),
        rate_limit_burst=int(args.rate_limit_burst),
        tls_cert=args.cert,
        tls_key=args.key,
        official_domains=tuple(args.official_domains),
        explorer_domains=() if args.no_explorer_domains else _tuple_or_none(args.explorer_domains),
        key_file=args.key_file,
        audit_syslog=args.audit_syslog,
        max_unauthenticated=max(args.max_unauthenticated, 1),
        max_unauthenticated_per_address=max(args.max_unauthenticated_per_address, 1),
        handshake_rate_per_address=max(args.handshake_rate, 0.0),
        bus=args.bus,
        **channel_config(args),
        **integration_config(args),
        **attachment_args.config(args),
    )
    from app.server.audit import AuditMigrationError
    from app.server.bus import BusConfigError
    from app.server.integration_errors import IntegrationConfigError
    from app.server.keys import KeyFileError
    from app.server.migrations import SchemaError
    from app.server.routing.policy import TeamsPolicyError
    from app.server.safety import GuardConfigError, GuardUnavailable
    from app.server.sla_policy import SlaPolicyError
    from app.server.telegram.service import TelegramConfigError
    from app.server.tls import TlsConfigError

    try:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_serve(config))
    except (
        TlsConfigError, SlaPolicyError, TeamsPolicyError, GuardUnavailable, GuardConfigError,
        KeyFileError, AuditMigrationError, IntegrationConfigError, TelegramConfigError, BusConfigError,
        SchemaError,
    ) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
