"""PostgreSQL for the bench (issue 14 item 4): a throw-away cluster, or fresh databases on yours.

``--postgres auto`` starts a cluster from Debian's PostgreSQL binaries on a free loopback port the
way ``tests/conftest.py``'s ``postgres_url`` fixture does (as the ``postgres`` user when run as
root), but with ``fsync`` on — the suite turns it off for speed, a bench of durable writes must
not — and removes it afterwards. ``--postgres URL`` uses your server: the bench creates two fresh
databases on it (one for AgentDesk, one for the bare writer) and drops them at the end, so the
role in the URL needs ``CREATEDB``.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from _runner import BenchError


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb is None:
        raise BenchError("--postgres auto needs PostgreSQL's initdb (apt-get install postgresql)")
    return Path(initdb).parent


@contextlib.contextmanager
def throwaway_cluster(preload: tuple[str, ...] = ()) -> Iterator[str]:
    """A fresh cluster; yields ``postgresql+psycopg://agentdesk@127.0.0.1:PORT/agentdesk``.
    ``preload``: ``shared_preload_libraries`` (``pg_stat_statements`` for a profile)."""
    bin_dir = _pg_bin()
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    base = Path(tempfile.mkdtemp(prefix="agentdesk-bench-pg-"))
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    if as_root:
        shutil.chown(base, "postgres")
        shutil.chown(sock, "postgres")
    port = _free_port()

    def pg(*args: str) -> None:
        subprocess.run([*prefix, *args], check=True, capture_output=True, timeout=120)

    try:
        pg(str(bin_dir / "initdb"), "-D", str(data), "-U", "agentdesk", "--auth=trust", "-E", "UTF8")
        pg(
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-w",
            "-l",
            str(base / "log"),
            "-o",
            f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c max_connections=200"
            + (f" -c shared_preload_libraries={','.join(preload)}" if preload else ""),
            "start",
        )
        pg(str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "agentdesk", "agentdesk")
    except (subprocess.CalledProcessError, OSError) as exc:
        shutil.rmtree(base, ignore_errors=True)
        raise BenchError(f"could not start a temporary PostgreSQL cluster: {exc}") from None
    try:
        yield f"postgresql+psycopg://agentdesk@127.0.0.1:{port}/agentdesk"
    finally:
        subprocess.run(
            [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(base, ignore_errors=True)


def conninfo(sqlalchemy_url: str) -> str:
    """The psycopg form of a SQLAlchemy URL (``postgresql+psycopg://`` → ``postgresql://``)."""
    return "postgresql://" + sqlalchemy_url.split("://", 1)[1]


def with_database(sqlalchemy_url: str, name: str) -> str:
    head, _, tail = sqlalchemy_url.rpartition("/")
    query = "?" + tail.split("?", 1)[1] if "?" in tail else ""
    return f"{head}/{name}{query}"


@contextlib.contextmanager
def fresh_databases(sqlalchemy_url: str, names: list[str]) -> Iterator[list[str]]:
    """Create ``names`` on the server of ``sqlalchemy_url`` (dropped afterwards); yields their URLs."""
    import psycopg

    try:
        admin = psycopg.connect(conninfo(sqlalchemy_url), autocommit=True)
    except psycopg.Error as exc:
        raise BenchError(f"cannot connect to PostgreSQL: {type(exc).__name__}") from None
    created: list[str] = []
    try:
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
            admin.execute(f'CREATE DATABASE "{name}"')
            created.append(name)
        yield [with_database(sqlalchemy_url, n) for n in names]
    except psycopg.Error as exc:
        raise BenchError(
            f"cannot create the bench databases ({type(exc).__name__}): the role needs CREATEDB"
        ) from None
    finally:
        for name in created:
            with contextlib.suppress(psycopg.Error):
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
