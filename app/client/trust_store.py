"""How many certificate authorities the system trust store holds: the self-check's TLS figure.

Why count at all: a desk that trusts no CA fails every ``wss://`` sign-in, and a bundle can get
there silently (PyInstaller once shipped the build runner's OpenSSL CA path, which does not exist on
an agent's Mac). ``agentdesk --self-check`` prints this count and the release smoke fails on zero.

The count follows what :func:`app.client.transport.tls_context` trusts through ``truststore``:

- Windows: the certificates of the ``ROOT`` store trusted for server authentication
  (``ssl.enum_certificates``; Windows may add more roots on demand while verifying);
- macOS: the system anchors plus the certificates with admin or user trust settings (a company's
  roots installed by IT), read from the Security framework with ``ctypes``;
- Linux and others: the CA certificates in the bundle OpenSSL's default paths point to, or else
  the first distribution bundle that exists (the same search ``truststore`` makes).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import ssl
import sys
from collections.abc import Callable, Sequence

# The distribution CA bundles truststore falls back on when OpenSSL's defaults are missing
# (truststore/_openssl.py; certifi-system-store's list).
CA_FILE_CANDIDATES: tuple[str, ...] = (
    "/etc/ssl/cert.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/pki/tls/cert.pem",
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/ssl/ca-bundle.pem",
)
_HASHED_NAME = re.compile(r"^[0-9a-fA-F]{8}\.[0-9]$")
_SERVER_AUTH = "1.3.6.1.5.5.7.3.1"


def trusted_ca_count(platform: str | None = None) -> int:
    """The number of CAs the system trust store holds for this OS (0 when it cannot be read)."""
    platform = platform or sys.platform
    if platform == "win32":
        return windows_root_count()
    if platform == "darwin":
        return macos_anchor_count()
    return openssl_ca_count()


def windows_root_count(enum: Callable[[str], Sequence[tuple[bytes, str, object]]] | None = None) -> int:
    """Certificates in Windows' ``ROOT`` store trusted for server authentication (or for all uses)."""
    reader = enum or getattr(ssl, "enum_certificates", None)
    if reader is None:
        return 0
    try:
        entries = reader("ROOT")
    except OSError:
        return 0
    return sum(1 for _cert, _encoding, trust in entries
               if trust is True or (isinstance(trust, (set, frozenset)) and _SERVER_AUTH in trust))


def openssl_ca_count(
    paths: ssl.DefaultVerifyPaths | None = None, candidates: Sequence[str] = CA_FILE_CANDIDATES
) -> int:
    """CA certificates where OpenSSL's defaults point (``SSL_CERT_FILE``/``SSL_CERT_DIR`` or the
    compiled-in paths), else in the first distribution bundle that exists."""
    defaults = paths or ssl.get_default_verify_paths()
    if defaults.cafile:
        count = _file_count(defaults.cafile)
        if count:
            return count
    if defaults.capath and os.path.isdir(defaults.capath):
        hashed = [name for name in os.listdir(defaults.capath) if _HASHED_NAME.match(name)]
        if hashed:
            return len(hashed)
    for candidate in candidates:
        if os.path.isfile(candidate):
            return _file_count(candidate)
    return 0


def _file_count(cafile: str) -> int:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        context.load_verify_locations(cafile=cafile)
    except (OSError, ssl.SSLError):
        return 0
    return int(context.cert_store_stats().get("x509_ca", 0))


def macos_anchor_count() -> int:
    """System anchors plus certificates with user or admin trust settings (Security framework)."""
    security_path = ctypes.util.find_library("Security")
    foundation_path = ctypes.util.find_library("CoreFoundation")
    if not security_path or not foundation_path:
        return 0
    security = ctypes.CDLL(security_path)
    foundation = ctypes.CDLL(foundation_path)
    foundation.CFArrayGetCount.restype = ctypes.c_long
    foundation.CFArrayGetCount.argtypes = [ctypes.c_void_p]
    foundation.CFRelease.argtypes = [ctypes.c_void_p]

    def counted(status: int, array: ctypes.c_void_p) -> int:
        if status != 0 or not array.value:
            return 0  # errSecNoTrustSettings: none in that domain
        try:
            return int(foundation.CFArrayGetCount(array))
        finally:
            foundation.CFRelease(array)

    anchors = ctypes.c_void_p()
    security.SecTrustCopyAnchorCertificates.argtypes = [ctypes.POINTER(ctypes.c_void_p)]
    total = counted(security.SecTrustCopyAnchorCertificates(ctypes.byref(anchors)), anchors)
    security.SecTrustSettingsCopyCertificates.argtypes = [ctypes.c_uint32, ctypes.POINTER(ctypes.c_void_p)]
    for domain in (0, 1):  # kSecTrustSettingsDomainUser, kSecTrustSettingsDomainAdmin
        certificates = ctypes.c_void_p()
        total += counted(security.SecTrustSettingsCopyCertificates(domain, ctypes.byref(certificates)),
                         certificates)
    return total
