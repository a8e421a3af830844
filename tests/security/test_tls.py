"""``--cert --key``: the one port serves wss:// and https://; clients must verify the certificate."""

from __future__ import annotations

import asyncio
import json
import os
import ssl
import subprocess
import sys
import urllib.request
import warnings
from pathlib import Path

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidHandshake

from app.server.tls import TlsConfigError, server_context
from tests.support.server import REPO_ROOT, SUBPROTOCOL, running_server, sqlite_url
from tests.support.tls import Pki, make_pki


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


async def _login(url: str, **connect_args: object) -> dict:
    async with connect(url + "/agent", subprotocols=[SUBPROTOCOL], open_timeout=5, **connect_args) as ws:  # type: ignore[list-item]
        await ws.send(json.dumps({"type": "login", "username": "alice", "password": "demo"}))
        return json.loads(await asyncio.wait_for(ws.recv(), 5))


async def test_wss_with_a_trusted_ca_works_and_nothing_else_does(tmp_path, pki):
    async with running_server(tmp_path, tls_cert=str(pki.cert), tls_key=str(pki.key)) as server:
        assert server.ws_url.startswith("wss://127.0.0.1:")
        assert server.http_url.startswith("https://127.0.0.1:")
        welcome = await _login(server.ws_url, ssl=pki.client_context())
        assert welcome["type"] == "welcome" and welcome["agent"]["username"] == "alice"
        localhost = server.ws_url.replace("127.0.0.1", "localhost")
        assert (await _login(localhost, ssl=pki.client_context()))["type"] == "welcome"

        # The system trust store does not know the test CA: certificate verification fails.
        with pytest.raises(ssl.SSLCertVerificationError):
            await _login(server.ws_url, ssl=ssl.create_default_context())
        # Plain ws:// to the TLS port gets no WebSocket.
        with pytest.raises((InvalidHandshake, OSError, EOFError)):
            await _login(server.ws_url.replace("wss://", "ws://"))
        # A client that offers nothing newer than TLS 1.1 is refused.
        old = pki.client_context()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # TLS 1.1 is deprecated: the point
            old.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
            old.maximum_version = ssl.TLSVersion.TLSv1_1
        with pytest.raises((ssl.SSLError, OSError)):
            await _login(server.ws_url, ssl=old)

        # https:// on the same port.
        body = await asyncio.to_thread(
            lambda: (
                urllib.request.urlopen(server.http_url + "/healthz", context=pki.client_context(), timeout=5)
                .read()
                .decode()
            )
        )
        assert body == "ok"
        assert (await _login(server.ws_url, ssl=pki.client_context()))["type"] == "welcome"


def test_server_context_rules(tmp_path, pki):
    ctx = server_context(str(pki.cert), str(pki.key))
    assert ctx is not None and ctx.minimum_version >= ssl.TLSVersion.TLSv1_2
    assert server_context(None, None) is None
    with pytest.raises(TlsConfigError, match="both"):
        server_context(str(pki.cert), None)
    with pytest.raises(TlsConfigError, match="not found"):
        server_context(str(pki.cert), str(tmp_path / "missing.key"))
    with pytest.raises(TlsConfigError, match="cannot load") as err:
        server_context(str(pki.key), str(pki.cert))  # swapped
    assert "PRIVATE KEY" not in str(err.value)


def test_cli_serves_https_and_says_so(tmp_path, pki):
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    base = [sys.executable, "-m", "app.server", "--port", "0", "--db", sqlite_url(tmp_path / "db.sqlite3")]
    half = subprocess.run(
        [*base, "--cert", str(pki.cert)], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert half.returncode == 2 and "--key" in half.stderr
    proc = subprocess.Popen(
        [*base, "--cert", str(pki.cert), "--key", str(pki.key)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("AgentDesk server listening on https://127.0.0.1:"), line
        port = int(line.rsplit(":", 1)[1])
        with urllib.request.urlopen(
            f"https://127.0.0.1:{port}/healthz", context=pki.client_context(), timeout=5
        ) as resp:
            assert resp.read() == b"ok"
    finally:
        proc.terminate()
        proc.wait(30)


def test_bad_key_is_a_clear_cli_error(tmp_path, pki):
    bogus = Path(tmp_path / "bogus.key")
    bogus.write_text("not a key")
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.server",
            "--port",
            "0",
            "--db",
            sqlite_url(tmp_path / "db.sqlite3"),
            "--cert",
            str(pki.cert),
            "--key",
            str(bogus),
        ],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "cannot load the TLS certificate" in done.stderr
    assert "Traceback" not in done.stderr and "not a key" not in done.stderr
