"""Transport security (issue 6, item 4): plain ws:// only to this machine, refused before any
socket exists; wss:// always verifies the certificate (system store or the configured CA file)
and the host name, against a real TLS server on loopback; never a downgrade. Tokens that expire
send the desk back to the sign-in."""

from __future__ import annotations

import asyncio
import socket
import ssl
from pathlib import Path
from typing import Any

import pytest

from app.client import ConnectionStatus, LoginFailed, Session
from app.client.connection import ConnectFailed, Connection, ConnectionConfig
from app.client.secret import Secret
from app.client.transport import TransportRefused, check_url, is_loopback, tls_context
from tests.support.helpers import eventually, fast_config, memory_credentials, opened_store, until_online
from tests.support.server import running_server
from tests.support.tls import Pki, make_pki

REFUSED = [
    "ws://10.1.2.3:8765", "ws://example.com", "ws://example.com:80/agent", "ws://127.0.0.1.evil.com",
    "ws://localhost.evil.com", "ws://evil.com#@127.0.0.1", "ws://127.0.0.1@evil.com",
    "ws://[2001:db8::1]:8765", "ws://[fe80::1]", "ws://0.0.0.0:8765", "ws://2130706433",
    "ws://127.1", "ws://192.168.1.20:8765", "ws://[::ffff:10.0.0.1]",
]
ALLOWED = [
    "ws://127.0.0.1:8765", "ws://localhost:8765", "ws://LOCALHOST", "ws://[::1]:8765",
    "ws://127.4.5.6", "ws://[::ffff:127.0.0.1]:8765", "wss://example.com", "wss://10.1.2.3:8765",
]


@pytest.mark.parametrize("url", REFUSED)
def test_plain_ws_beyond_loopback_is_refused(url: str) -> None:
    with pytest.raises(TransportRefused) as refused:
        check_url(url)
    assert refused.value.code == "insecure_transport"


@pytest.mark.parametrize("url", ALLOWED)
def test_loopback_ws_and_any_wss_are_allowed(url: str) -> None:
    check_url(url)


def test_loopback_is_only_localhost_and_loopback_addresses() -> None:
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.255.255.254", "::1", "localhost"))
    assert not any(is_loopback(h) for h in ("", None, "128.0.0.1", "::2", "localhost.", "evil.localhost"))


def test_not_a_websocket_address_is_refused() -> None:
    for url in ("http://example.com/agent", "ftp://127.0.0.1", "ws://", "wss:///agent"):
        with pytest.raises(TransportRefused) as refused:
            check_url(url)
        assert refused.value.code == "protocol_error"


class NoNetwork:
    """Fails the test if anything resolves a name or creates a socket."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.touched: list[str] = []

        def refuse(what: str) -> Any:
            def fail(*args: Any, **kwargs: Any) -> Any:
                self.touched.append(what)
                raise AssertionError(f"{what} called for a refused URL")

            return fail

        monkeypatch.setattr(socket, "socket", refuse("socket.socket"))
        monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
        monkeypatch.setattr("app.client.connection.connect", refuse("websockets connect"))


async def test_refused_before_any_socket_is_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    guard = NoNetwork(monkeypatch)
    for url in ("ws://10.1.2.3:8765", "ws://example.com", "ws://127.0.0.1.evil.com", "ws://[2001:db8::1]"):
        with pytest.raises(ConnectFailed) as failed:
            await Connection.open(url, ConnectionConfig())
        assert failed.value.code == "insecure_transport"
    assert guard.touched == []


async def test_the_session_shows_insecure_transport_and_does_not_retry(tmp_path: Path) -> None:
    url = "ws://10.1.2.3:8765"
    async with opened_store(tmp_path / "cache.sqlite3", server_url=url, key=None) as store:
        credentials = memory_credentials()
        credentials.set(url, "alice", Secret("tok"), persist=False)
        session = Session(url, store, credentials, username="alice", config=fast_config())
        await session.start()  # with a stored token: it tries at once
        await eventually(lambda: session.current_state.error == "insecure_transport", what="the refusal")
        state = session.current_state
        assert state.status is ConnectionStatus.OFFLINE and state.retry_at is None  # a setting to fix
        with pytest.raises(LoginFailed) as refused:
            await session.login("alice", "demo")
        assert refused.value.code == "insecure_transport"
        assert session.current_state.error == "insecure_transport"
        await session.stop()


# --- wss:// against a real TLS server on loopback ----------------------------------------------
async def wss_session(tmp_path: Path, url: str, ca_file: str | None) -> tuple[Session, list[str], Any]:
    opened: list[str] = []

    async def recording_opener(server_url: str, config: ConnectionConfig) -> Connection:
        opened.append(server_url)
        return await Connection.open(server_url, config)

    connection = ConnectionConfig(ping_interval=2.0, ping_timeout=10.0, open_timeout=10.0,
                                  close_timeout=1.0, ca_file=ca_file)
    store_cm = opened_store(tmp_path / "cache.sqlite3", server_url=url, key=None)
    store = await store_cm.__aenter__()
    session = Session(url, store, memory_credentials(), config=fast_config(connection=connection),
                      opener=recording_opener)
    await session.start()
    return session, opened, store_cm


@pytest.fixture
def pki(tmp_path: Path) -> Pki:
    return make_pki(tmp_path / "pki")


async def test_wss_with_the_configured_ca_file_signs_in(tmp_path: Path, pki: Pki) -> None:
    async with running_server(tmp_path, tls_cert=str(pki.cert), tls_key=str(pki.key)) as server:
        assert server.ws_url.startswith("wss://127.0.0.1:")
        session, opened, store_cm = await wss_session(tmp_path, server.ws_url, str(pki.ca))
        agent = await session.login("alice", "demo")
        assert agent.username == "alice"
        await until_online(session)
        assert opened and all(url.startswith("wss://") for url in opened)
        await session.stop()
        await store_cm.__aexit__(None, None, None)


async def test_wss_without_trust_fails_with_a_certificate_error_and_never_downgrades(
    tmp_path: Path, pki: Pki
) -> None:
    async with running_server(tmp_path, tls_cert=str(pki.cert), tls_key=str(pki.key)) as server:
        with pytest.raises(ConnectFailed) as failed:  # the system store does not know this CA
            await Connection.open(server.ws_url, ConnectionConfig())
        assert failed.value.code == "certificate_invalid"
        session, opened, store_cm = await wss_session(tmp_path, server.ws_url, None)
        with pytest.raises(LoginFailed) as refused:
            await session.login("alice", "demo")
        assert refused.value.code == "certificate_invalid"
        assert session.current_state.error == "certificate_invalid"
        assert session.current_state.status is ConnectionStatus.RELOGIN_NEEDED
        assert opened and all(url.startswith("wss://") for url in opened)  # no ws:// fallback
        await session.stop()
        await store_cm.__aexit__(None, None, None)


async def test_the_host_name_is_checked(tmp_path: Path) -> None:
    """A certificate from the trusted CA, but for another name: refused (check_hostname stays on)."""
    pki = make_pki(tmp_path / "pki", hosts=("desk.example.test",), ips=())
    async with running_server(tmp_path, tls_cert=str(pki.cert), tls_key=str(pki.key)) as server:
        with pytest.raises(ConnectFailed) as failed:
            await Connection.open(server.ws_url, ConnectionConfig(ca_file=str(pki.ca)))
        assert failed.value.code == "certificate_invalid"


async def test_wss_to_a_plain_server_fails_rather_than_talking_plain(tmp_path: Path) -> None:
    async with running_server(tmp_path) as server:
        url = server.ws_url.replace("ws://", "wss://")
        with pytest.raises(ConnectFailed) as failed:  # the TLS handshake fails; no plain retry
            await Connection.open(url, ConnectionConfig(open_timeout=5.0))
        assert failed.value.code in ("protocol_error", "unreachable")


async def test_an_unusable_ca_file_is_reported(tmp_path: Path) -> None:
    for ca in (tmp_path / "missing.pem", tmp_path / "empty.pem"):
        if ca.name == "empty.pem":
            ca.write_text("not a certificate\n")
        with pytest.raises(ConnectFailed) as failed:
            await Connection.open("wss://127.0.0.1:1", ConnectionConfig(ca_file=str(ca)))
        assert failed.value.code == "ca_file_invalid"


def test_the_tls_context_always_verifies(pki: Pki) -> None:
    for context in (tls_context(None), tls_context(str(pki.ca))):
        assert context.verify_mode is ssl.CERT_REQUIRED and context.check_hostname
        assert context.minimum_version >= ssl.TLSVersion.TLSv1_2


# --- tokens expire ------------------------------------------------------------------------------
async def test_an_expired_token_asks_the_agent_to_sign_in_again(tmp_path: Path) -> None:
    async with running_server(tmp_path, token_ttl_seconds=2) as server, \
            opened_store(tmp_path / "cache.sqlite3", key=None) as store:
        credentials = memory_credentials()
        session = Session(server.ws_url, store, credentials, config=fast_config())
        await session.start()
        await session.login("alice", "demo")
        await until_online(session)
        assert credentials.get(server.ws_url, "alice") is not None
        # the open connection is closed 4401 when the token expires
        await eventually(lambda: session.current_state.status is ConnectionStatus.RELOGIN_NEEDED,
                         timeout=15, what="relogin_needed after expiry")
        assert session.current_state.error == "unauthorized"
        assert credentials.get(server.ws_url, "alice") is None  # the dead token is forgotten
        await session.stop()

        # a token that expired while the desk was closed: refused at once, sign in again
        credentials.set(server.ws_url, "alice", Secret("expired-or-revoked"), persist=False)
        again = Session(server.ws_url, store, credentials, username="alice", config=fast_config())
        await again.start()
        await eventually(lambda: again.current_state.status is ConnectionStatus.RELOGIN_NEEDED,
                         what="the stored token refused")
        assert again.current_state.error == "unauthorized"
        await again.stop()
        await asyncio.sleep(0)


async def test_the_wire_is_never_dumped_into_the_log(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """At DEBUG, the websockets library would log each frame's text — the login frame with its
    password, the token, customers' messages. The desk's connection never lets it."""
    import logging

    caplog.set_level(logging.DEBUG)
    async with running_server(tmp_path) as server, \
            opened_store(tmp_path / "cache.sqlite3", key=None) as store:
        credentials = memory_credentials()
        session = Session(server.ws_url, store, credentials, config=fast_config())
        await session.start()
        await session.login("alice", "demo")
        await until_online(session)
        token = credentials.get(server.ws_url, "alice")
        assert token is not None
        await session.stop()
    ours = "\n".join(r.getMessage() for r in caplog.records
                     if not r.name.startswith(("websockets.server", "app.server")))
    assert '"password"' not in ours and token.reveal() not in ours
