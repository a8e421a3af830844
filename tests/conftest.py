"""Suite-wide fixtures: a real PostgreSQL server for the tests that ask for one.

``postgres_url`` uses ``AGENTDESK_TEST_PG_URL`` when set; otherwise it starts a throw-away cluster
from Debian's PostgreSQL binaries on a free loopback port (as the ``postgres`` user when the suite
runs as root, since PostgreSQL refuses to run as root) and removes it afterwards. Without PostgreSQL
the tests are skipped on a developer machine and fail in CI, where ``.ci/run`` installs it.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(f"no PostgreSQL here: {reason}")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    if url := os.environ.get("AGENTDESK_TEST_PG_URL"):
        yield url
        return
    bin_dir = _pg_bin()
    if bin_dir is None:
        _missing("initdb not found (apt-get install postgresql)")
    assert bin_dir is not None
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    base = Path(tempfile.mkdtemp(prefix="agentdesk-pg-"))
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
        pg(str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-l", str(base / "log"), "-o",
           f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
    except (subprocess.CalledProcessError, OSError) as exc:
        shutil.rmtree(base, ignore_errors=True)
        _missing(f"could not start a temporary cluster ({exc})")
    try:
        pg(str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "agentdesk", "agentdesk")
        yield f"postgresql+psycopg://agentdesk@127.0.0.1:{port}/agentdesk"
    finally:
        subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_url(postgres_url: str) -> Iterator[str]:
    """A fresh database on the suite's PostgreSQL server (its URL), dropped after the test: each
    test starts from an empty schema, as a new deployment does."""
    from tests.support.cluster import drop_database, fresh_database

    url = fresh_database(postgres_url)
    try:
        yield url
    finally:
        drop_database(postgres_url, url)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def sqlite_or_pg_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The test runs twice: on a new SQLite file and on a fresh PostgreSQL database (``pg_url``)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))
