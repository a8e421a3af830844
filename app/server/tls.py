"""TLS for the one port: ``--cert PATH --key PATH`` turns ws:// into wss:// and http:// into https://.

The context is ``PROTOCOL_TLS_SERVER`` with TLS 1.2 as the floor and the ``ssl`` module's modern
defaults otherwise (no compression, no renegotiation, forward-secret ciphers first). The key file
is a PEM without a passphrase (the server starts unattended); a key readable by other users of
the machine is warned about, since it is the server's identity.
"""

from __future__ import annotations

import logging
import os
import ssl
import stat
from pathlib import Path

log = logging.getLogger(__name__)


class TlsConfigError(ValueError):
    """The certificate or key cannot be used; the message names the file, never its contents."""


def server_context(cert: str | None, key: str | None) -> ssl.SSLContext | None:
    """An ``SSLContext`` for the server, or ``None`` when neither file is given (plain ws://)."""
    if cert is None and key is None:
        return None
    if cert is None or key is None:
        raise TlsConfigError("TLS needs both a certificate (--cert) and its private key (--key)")
    for label, path in (("certificate", cert), ("private key", key)):
        if not Path(path).is_file():
            raise TlsConfigError(f"TLS {label} file not found: {path}")
    _warn_if_key_is_shared(Path(key))
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.options |= ssl.OP_NO_COMPRESSION | ssl.OP_CIPHER_SERVER_PREFERENCE
    try:
        ctx.load_cert_chain(cert, key)
    except (ssl.SSLError, OSError) as exc:
        reason = getattr(exc, "reason", None) or exc.__class__.__name__
        raise TlsConfigError(f"cannot load the TLS certificate {cert} with key {key}: {reason}") from None
    return ctx


def _warn_if_key_is_shared(key: Path) -> None:
    if os.name != "posix":
        return
    try:
        mode = key.stat().st_mode
    except OSError:
        return
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        log.warning("the TLS private key %s is readable by other users; chmod 600 it", key)
