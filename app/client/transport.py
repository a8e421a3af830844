"""Which connections the desk may open, decided before any socket exists.

Why: the agent's password and token, and customers' data, travel on this connection. ``ws://``
is plain text — anyone on the network path reads it — so it is allowed only to this machine
(loopback: the demo, a developer's server, a local tunnel). Any other host needs ``wss://``, and
``wss://`` always verifies the server's certificate against the system trust store or the
configured CA file, with the host name checked; there is no "insecure" switch and no fallback from
wss:// to ws://.

The system trust store is the operating system's own, through ``truststore``: the Windows
certificate store, the macOS Keychain (where a company's root CAs are installed), and on Linux the
distribution's CA bundle. Not OpenSSL's compiled-in CA path: inside a PyInstaller bundle that path
is the build machine's, which does not exist on an agent's Mac, and ``certifi``'s list would miss
the company's own roots. The Settings CA file (``ca_file``) replaces the system store: only that
CA is trusted then (a private server whose CA the OS should not trust for everything else).

A refusal is an error code the session shows (:class:`SessionState.error`):

- ``insecure_transport``: ``ws://`` to a host that is not loopback (refused before connecting);
- ``certificate_invalid``: the server's certificate did not verify (unknown CA, wrong host name,
  expired);
- ``ca_file_invalid``: the configured CA file cannot be read or holds no certificate.

Loopback is the name ``localhost`` or an IP literal in 127.0.0.0/8 or ``::1`` (also written as
IPv4-mapped IPv6). Anything else — ``127.0.0.1.evil.com``, ``localhost.evil.com``, ``0.0.0.0``,
a decimal or shortened address — is a remote host.
"""

from __future__ import annotations

import ipaddress
import ssl
from urllib.parse import urlsplit

import truststore

INSECURE_TRANSPORT = "insecure_transport"
CERTIFICATE_INVALID = "certificate_invalid"
CA_FILE_INVALID = "ca_file_invalid"
INVALID_URL = "protocol_error"  # not a ws:// or wss:// address at all


class TransportRefused(Exception):
    """The connection must not be opened; ``code`` says why (never the URL's secrets)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def check_url(url: str) -> str:
    """The URL's host once the rule allows the connection; raises :class:`TransportRefused`."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        raise TransportRefused(INVALID_URL) from None
    if parts.scheme not in ("ws", "wss") or not host:
        raise TransportRefused(INVALID_URL)
    if parts.scheme == "ws" and not is_loopback(host):
        raise TransportRefused(INSECURE_TRANSPORT)
    return host


def tls_context(ca_file: str | None) -> ssl.SSLContext:
    """Certificate and host-name verification always on: the system trust store, or only ``ca_file``."""
    if ca_file:
        try:
            context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ca_file)
        except (OSError, ssl.SSLError):
            raise TransportRefused(CA_FILE_INVALID) from None
    else:
        context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # CERT_REQUIRED, host names checked
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    assert context.verify_mode is ssl.CERT_REQUIRED and context.check_hostname
    return context
