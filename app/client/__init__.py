"""The workstation's session with the server: connection, sync, outbox, credentials (no Qt)."""

from app.client.credentials import CredentialStore, KeyringStatus
from app.client.errors import (
    ConnectionLost,
    KeyringUnavailable,
    LoginFailed,
    NotConnected,
    RequestFailed,
    RequestTimeout,
    SessionError,
)
from app.client.session import Session
from app.client.state import Backoff, ConnectionStatus, EventNotice, SessionConfig, SessionState

__all__ = [
    "Backoff",
    "ConnectionLost",
    "ConnectionStatus",
    "CredentialStore",
    "EventNotice",
    "KeyringStatus",
    "KeyringUnavailable",
    "LoginFailed",
    "NotConnected",
    "RequestFailed",
    "RequestTimeout",
    "Session",
    "SessionConfig",
    "SessionError",
    "SessionState",
]
