"""Errors a session call can raise; each carries a ``code`` the UI translates (never free text).

``RequestFailed.message`` is the server's own explanation (for a ``blocked`` reply, the safety
guard's reason) — shown beside the translated code, never containing a secret of ours.
"""

from __future__ import annotations


class SessionError(Exception):
    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(f"{code}: {message}" if message else code)
        self.code = code
        self.message = message


class RequestFailed(SessionError):
    """The server answered with an error (``forbidden``, ``blocked``, ...) or no answer came."""


class RequestTimeout(RequestFailed):
    def __init__(self, method: str, seconds: float) -> None:
        super().__init__("timeout", f"no answer to {method} within {seconds:g} s")


class NotConnected(RequestFailed):
    def __init__(self) -> None:
        super().__init__("offline", "not connected to the server")


class ConnectionLost(RequestFailed):
    def __init__(self) -> None:
        super().__init__("connection_lost", "the connection closed before the answer came")


class LoginFailed(SessionError):
    """``bad_credentials``, ``unreachable``, ``timeout``, ``protocol_error`` or ``stopped``; the
    keyring codes come as :class:`KeyringUnavailable`."""


class KeyringUnavailable(LoginFailed):
    """The OS keyring could not be asked for this agent's cache key: ``keyring_locked``,
    ``keyring_error`` or ``no_keyring``. Raised by sign-in only when the cache holds unsent work
    under a key the keyring keeps (``replies``, ``drafts``): the cache then stays locked and
    intact, and signing in again once the keyring is unlocked opens it — or the agent chooses
    :meth:`Session.discard_local_work`."""

    def __init__(self, code: str, *, replies: int = 0, drafts: int = 0) -> None:
        super().__init__(code)
        self.replies = replies
        self.drafts = drafts
