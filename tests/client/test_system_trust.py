"""Issue 24, item 1: the OS trust store for wss:// (truststore), the Settings CA file as an override,
the CA count the self-check prints, and the system proxy on the desk's connection.

Against real TLS servers on loopback with a private CA (tests/support/tls.py). What a Windows
certificate store or a Mac's Keychain holds is only read on those systems: the release workflow's
``--self-check`` counts them there; here the logic is fed their answers.
"""

from __future__ import annotations

import ssl
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import truststore

from app.client.connection import ConnectFailed, Connection, ConnectionConfig
from app.client.transport import tls_context
from app.client.trust_store import openssl_ca_count, trusted_ca_count, windows_root_count
from tests.support.proxy import connect_proxy
from tests.support.server import running_server
from tests.support.tls import Pki, make_pki

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux store is OpenSSL's")


@pytest.fixture
def pki(tmp_path: Path) -> Pki:
    return make_pki(tmp_path / "pki")


def test_without_a_ca_file_the_os_trust_store_verifies() -> None:
    context = tls_context(None)
    assert isinstance(context, truststore.SSLContext)  # not OpenSSL's compiled-in path, not certifi
    assert context.verify_mode is ssl.CERT_REQUIRED and context.check_hostname
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2


def test_a_ca_file_replaces_the_os_trust_store(pki: Pki) -> None:
    context = tls_context(str(pki.ca))
    assert not isinstance(context, truststore.SSLContext)
    assert context.cert_store_stats()["x509_ca"] == 1  # only the configured CA


async def test_private_ca_succeeds_with_the_override_and_fails_without(tmp_path: Path, pki: Pki) -> None:
    async with running_server(tmp_path, tls_cert=str(pki.cert), tls_key=str(pki.key)) as server:
        connection = await Connection.open(server.ws_url, ConnectionConfig(ca_file=str(pki.ca)))
        await connection.close()
        with pytest.raises(ConnectFailed) as failed:
            await Connection.open(server.ws_url, ConnectionConfig())
        assert failed.value.code == "certificate_invalid"


@linux_only
async def test_a_ca_the_system_store_trusts_is_trusted_without_the_override(
    tmp_path: Path, pki: Pki, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Linux the system store is OpenSSL's configured bundle: put the private CA there
    (``SSL_CERT_FILE``, as an admin's installed root would be) and the desk trusts it."""
    monkeypatch.setenv("SSL_CERT_FILE", str(pki.ca))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    async with running_server(tmp_path, tls_cert=str(pki.cert), tls_key=str(pki.key)) as server:
        connection = await Connection.open(server.ws_url, ConnectionConfig())
        await connection.close()


# --- the count the self-check prints -------------------------------------------------------------
def _paths(cafile: str | None, capath: str | None = None) -> ssl.DefaultVerifyPaths:
    return ssl.DefaultVerifyPaths(cafile, capath, "SSL_CERT_FILE", "", "SSL_CERT_DIR", "")


def test_openssl_count_reads_the_configured_bundle(tmp_path: Path) -> None:
    a, b = make_pki(tmp_path / "a"), make_pki(tmp_path / "b")
    bundle = tmp_path / "bundle.pem"
    bundle.write_bytes(a.ca.read_bytes() + b.ca.read_bytes())
    assert openssl_ca_count(_paths(str(bundle)), candidates=()) == 2


def test_openssl_count_falls_back_like_truststore_when_the_build_machines_path_is_missing(
    tmp_path: Path, pki: Pki
) -> None:
    """A bundle's OpenSSL points at the build runner's CA path; the distribution's bundle counts."""
    missing = str(tmp_path / "build-runner" / "cert.pem")
    assert openssl_ca_count(_paths(None, str(tmp_path / "nothing")), candidates=(missing, str(pki.ca))) == 1
    assert openssl_ca_count(_paths(None), candidates=(missing,)) == 0


def test_windows_count_takes_roots_trusted_for_servers() -> None:
    entries = [(b"a", "x509_asn", True), (b"b", "x509_asn", {"1.3.6.1.5.5.7.3.1"}),
               (b"c", "x509_asn", {"1.3.6.1.5.5.7.3.4"})]  # e-mail only: not for a server
    assert windows_root_count(lambda store: entries if store == "ROOT" else []) == 2


def test_this_machine_trusts_some_cas() -> None:
    assert trusted_ca_count() > 0


# --- the system proxy -----------------------------------------------------------------------------
async def test_wss_goes_through_the_system_proxy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A desk behind a company proxy: the proxy from the system settings (here the environment,
    which urllib reads before the Windows registry and macOS' SystemConfiguration) carries the
    wss:// connection as a CONNECT tunnel; the certificate is still checked end to end."""
    pki = make_pki(tmp_path / "pki", hosts=("desk.example.test",), ips=())
    async with running_server(tmp_path, tls_cert=str(pki.cert), tls_key=str(pki.key)) as server:
        port = urlsplit(server.ws_url).port
        assert port is not None
        async with connect_proxy(upstream=("127.0.0.1", port)) as proxy:
            for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "WSS_PROXY", "wss_proxy"):
                monkeypatch.delenv(name, raising=False)
            monkeypatch.setenv("HTTPS_PROXY", proxy.url)
            monkeypatch.setenv("https_proxy", proxy.url)
            url = f"wss://desk.example.test:{port}"
            connection = await Connection.open(url, ConnectionConfig(ca_file=str(pki.ca)))
            await connection.close()
            assert proxy.requests == [f"desk.example.test:{port}"]
            # through the proxy, a certificate the desk does not trust is still refused
            with pytest.raises(ConnectFailed) as failed:
                await Connection.open(url, ConnectionConfig())
            assert failed.value.code == "certificate_invalid"


async def test_loopback_never_goes_through_a_proxy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    async with running_server(tmp_path) as server, connect_proxy(upstream=("127.0.0.1", 9)) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        connection = await Connection.open(server.ws_url, ConnectionConfig())
        await connection.close()
        assert proxy.requests == []
