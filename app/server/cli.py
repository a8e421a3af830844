"""``agentdesk-server``: run the chat backend, or administer its database.

    agentdesk-server [--host H] [--port P] [--db URL] [--demo] [--simulate RATE] [--event-retention N]
                     [--rate-limit-per-second N] [--rate-limit-burst N] [--bus auto|local|postgres]
    agentdesk-server mint-token --uid UID [--ttl SECONDS] [--db URL]
    agentdesk-server create-agent --username U --role R --display-name D [--language L] [--db URL]
    agentdesk-server audit verify [--db URL]
    agentdesk-server audit list [--db URL] [--limit N]
    agentdesk-server unlock --username U [--address A] [--db URL]
    agentdesk-server db upgrade|current [--db URL]

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
import getpass
import logging
import signal
import sys
from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from app.server.channels_cli import add_channel_arguments, channel_config, channel_lines
from app.server.config import ServerConfig

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
        "--bus", default="auto", choices=("auto", "local", "postgres"),
        help="how nodes share live events: auto (default: postgres when --db is PostgreSQL), local (one "
        "process), postgres (LISTEN/NOTIFY: several nodes on one database; docs/server.md 'Several nodes')",
    )
    p.add_argument("--log-level", default="INFO")
    add_channel_arguments(p)
    sub = p.add_subparsers(dest="command")
    mint = sub.add_parser("mint-token", help="print a signed customer token")
    mint.add_argument("--uid", required=True)
    mint.add_argument("--ttl", type=int, default=86400, metavar="SECONDS")
    mint.add_argument("--db", metavar="URL", dest="sub_db")
    create = sub.add_parser("create-agent", help="add an agent (password from stdin or a prompt)")
    create.add_argument("--username", required=True)
    create.add_argument("--role", required=True, choices=ROLES)
    create.add_argument("--display-name", required=True)
    create.add_argument("--language", default="en", choices=("en", "zh-CN"))
    create.add_argument("--db", metavar="URL", dest="sub_db")
    audit = sub.add_parser("audit", help="check or list the audit log")
    audit.add_argument("action", choices=("verify", "list"))
    audit.add_argument("--limit", type=int, default=50)
    audit.add_argument("--db", metavar="URL", dest="sub_db")
    db = sub.add_parser("db", help="the database schema: upgrade it to this build, or show its revision")
    db.add_argument("action", choices=("upgrade", "current"))
    db.add_argument("--db", metavar="URL", dest="sub_db")
    unlock = sub.add_parser("unlock", help="clear a login lockout (by username and/or address)")
    unlock.add_argument("--username")
    unlock.add_argument("--address", help="a peer address locked out by the per-address rule")
    unlock.add_argument("--db", metavar="URL", dest="sub_db")
    return p


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


def _open(url: str | None) -> Session:
    from app.server.db.engine import make_engine, make_session_factory
    from app.server.tables import create_schema

    engine = make_engine(url or ServerConfig().resolved_db_url())
    create_schema(engine)
    return make_session_factory(engine)()


def _mint(args: argparse.Namespace) -> int:
    from app.server import customer_tokens
    from app.server.repos import repo_agents, repo_customers

    with _open(args.sub_db or args.db) as session, session.begin():
        secret = repo_agents.customer_token_secret(session)
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
    with _open(args.sub_db or args.db) as session, session.begin():
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
    from app.server import audit

    with _open(args.sub_db or args.db) as session, session.begin():
        if args.action == "verify":
            result = audit.verify(session)
            if result.ok:
                print(f"audit log ok: {result.checked} rows")
                return 0
            print(f"audit log BROKEN at row {result.broken_id}: {result.problem}")
            return 1
        for row in audit.entries(session, args.limit):
            print(
                f"{row.id}\t{row.at.isoformat()}\t{row.actor or '-'}\t{row.action}\t{row.target or '-'}\t"
                f"{audit.canonical(row.details)}"
            )
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
    with _open(args.sub_db or args.db) as session, session.begin():
        removed = lockout.unlock(session, args.username, args.address)
    print(f"unlocked ({removed} counter{'s' if removed != 1 else ''} cleared)")
    return 0


async def _serve(config: ServerConfig) -> None:
    from app.server.app import ChatServer

    if config.demo or config.simulate_rate > 0:
        from app.demo.server import demo_server  # the demo is not the runtime: loaded only here

        server = demo_server(config)
    else:
        server = ChatServer(config)
    await server.start()
    print(f"AgentDesk server listening on {server.http_url}", flush=True)
    for line in channel_lines(server):
        print(line, flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows: Ctrl+C raises instead
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
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
    commands = {"mint-token": _mint, "create-agent": _create_agent, "audit": _audit, "unlock": _unlock,
                "db": _db}
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
        bus=args.bus,
        **channel_config(args),
    )
    from app.server.bus import BusConfigError
    from app.server.migrations import SchemaError
    from app.server.safety import GuardConfigError, GuardUnavailable
    from app.server.sla_policy import SlaPolicyError
    from app.server.tls import TlsConfigError

    try:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_serve(config))
    except (TlsConfigError, SlaPolicyError, GuardUnavailable, GuardConfigError, BusConfigError,
            SchemaError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
