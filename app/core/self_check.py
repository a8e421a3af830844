"""``agentdesk --self-check``: can this build keep a secret and verify a server on this computer?

Why: the two things a bundle can lose without any window showing it are the OS keyring (a bundle
that falls back to keyring's ``fail`` backend forgets the agent at every start) and the trust store
(a bundle that trusts no CA fails every ``wss://`` sign-in). The release smoke runs this on Windows,
macOS and Linux runners, and support can ask an agent to run it.

It writes a random secret under a throw-away entry (``AgentDesk`` / ``self-check|<random>``), reads
it back, deletes it and checks it is gone; and it counts the CAs the system trust store holds. It
prints one JSON line and the process exits non-zero when either part fails. The secret and the
entry name are never printed; a failure is named by its exception type only.
"""

from __future__ import annotations

import platform as platform_module
import secrets
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass

import keyring
import keyring.backend

from app import __version__
from app.client.credentials import SERVICE, CredentialStore
from app.client.transport import tls_context
from app.client.trust_store import trusted_ca_count


@dataclass(frozen=True)
class SelfCheck:
    ok: bool
    version: str
    platform: str
    frozen: bool
    keyring_backend: str
    keyring_ok: bool
    keyring_write: bool
    keyring_read: bool
    keyring_delete: bool
    keyring_error: str | None
    trusted_cas: int
    tls_ok: bool
    tls_error: str | None

    def as_json(self) -> dict[str, object]:
        return {"self_check": "ok" if self.ok else "failed", **asdict(self)}


def run_self_check(
    backend: keyring.backend.KeyringBackend | None = None,
    count_cas: Callable[[], int] = trusted_ca_count,
) -> SelfCheck:
    backend = backend or keyring.get_keyring()
    status = CredentialStore(backend).status
    write = read = delete = False
    error: str | None = None if status.available else (status.problem or "no_keyring")
    if status.available:
        name = f"self-check|{secrets.token_hex(8)}"
        secret = secrets.token_urlsafe(24)
        try:
            backend.set_password(SERVICE, name, secret)
            write = True
            read = backend.get_password(SERVICE, name) == secret
            backend.delete_password(SERVICE, name)
            delete = backend.get_password(SERVICE, name) is None
        except Exception as exc:  # a locked or broken keyring: its type, never its text
            error = type(exc).__name__
        if error is None and not read:
            error = "read_back_differs"
        if error is None and not delete:
            error = "still_present"
    keyring_ok = write and read and delete
    tls_error: str | None = None
    try:
        tls_context(None)  # the trust store's module loads (inside a bundle too)
        cas = count_cas()
    except Exception as exc:
        cas, tls_error = 0, type(exc).__name__
    if tls_error is None and cas <= 0:
        tls_error = "no_trusted_ca"
    tls_ok = tls_error is None
    return SelfCheck(
        ok=keyring_ok and tls_ok, version=__version__,
        platform=f"{sys.platform}-{platform_module.machine().lower()}",
        frozen=bool(getattr(sys, "frozen", False)), keyring_backend=status.backend,
        keyring_ok=keyring_ok, keyring_write=write, keyring_read=read, keyring_delete=delete,
        keyring_error=error, trusted_cas=cas, tls_ok=tls_ok, tls_error=tls_error,
    )
