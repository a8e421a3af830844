"""The frames of protocol v1: one ``msgspec.Struct`` per ``"type"``.

Frames are tagged unions on the ``type`` field. Unknown fields are ignored (a newer peer may add
fields; the version only bumps when something here changes meaning).
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec
from msgspec import Meta, Struct

from app.protocol.types import (
    MULTI_LINE,
    SINGLE_LINE,
    AgentInfo,
    Body,
    ClientMsgId,
    Locale,
    Seq,
    UtcDatetime,
)

SUBPROTOCOL = "agentdesk.v1"
PROTOCOL_VERSION = 1
RequestId = int | Annotated[str, Meta(min_length=1, max_length=64)]
Name = Annotated[str, Meta(min_length=1, max_length=64)]


class _Frame(Struct, tag_field="type", frozen=True):
    pass


# --- agent -> server ---------------------------------------------------------------------------
class Login(_Frame, tag="login", frozen=True):
    username: Annotated[str, Meta(min_length=1, max_length=64, pattern=SINGLE_LINE)]
    password: Annotated[str, Meta(min_length=1, max_length=256)]

    def __repr__(self) -> str:  # never let a password reach a log through repr()
        return f"Login(username={self.username!r}, password='***')"


class Auth(_Frame, tag="auth", frozen=True):
    token: Annotated[str, Meta(min_length=1, max_length=512)]

    def __repr__(self) -> str:
        return "Auth(token='***')"


class Req(_Frame, tag="req", frozen=True):
    id: RequestId
    method: Name
    params: msgspec.Raw = msgspec.Raw(b"{}")


class Sync(_Frame, tag="sync", frozen=True):
    since: Seq


class Signal(_Frame, tag="signal", frozen=True):
    """Ephemeral: typing, viewing. No seq, never replayed; ``data`` is a struct of
    :mod:`app.protocol.signals` (the codec encodes and decodes it)."""

    name: Name
    data: msgspec.Raw = msgspec.Raw(b"{}")


# --- server -> agent ---------------------------------------------------------------------------
class Welcome(_Frame, tag="welcome", frozen=True):
    agent: AgentInfo
    head: Seq
    server_time: UtcDatetime
    protocol: int = PROTOCOL_VERSION
    token: str | None = None
    token_expires_at: UtcDatetime | None = None

    def __repr__(self) -> str:
        return f"Welcome(agent={self.agent!r}, head={self.head})"


class ErrorBody(Struct, frozen=True):
    code: str
    message: str


class Error(_Frame, tag="error", frozen=True):
    code: str
    message: str


class Res(_Frame, tag="res", frozen=True, omit_defaults=True):
    id: RequestId
    ok: bool
    # An empty Raw, not None: msgspec cannot decode an object into ``Raw | None``. Omitted when empty.
    result: msgspec.Raw = msgspec.Raw()
    error: ErrorBody | None = None


class Event(_Frame, tag="event", frozen=True):
    seq: Seq
    name: Name
    data: msgspec.Raw = msgspec.Raw(b"{}")


class Synced(_Frame, tag="synced", frozen=True):
    head: Seq


class Resync(_Frame, tag="resync", frozen=True):
    head: Seq


# --- customer <-> server (/customer) -----------------------------------------------------------
class CustomerSend(_Frame, tag="send", frozen=True):
    body: Body
    client_msg_id: ClientMsgId


class History(_Frame, tag="history", frozen=True):
    """Customer asks for its recent messages (after ``resync``); the server answers ``history``."""

    limit: Annotated[int, Meta(ge=1, le=500)] = 100


class CustomerInfo(Struct, frozen=True):
    uid: str
    name: str
    language: Locale


class CustomerWelcome(_Frame, tag="welcome", frozen=True):
    customer: CustomerInfo
    head: Seq
    server_time: UtcDatetime
    protocol: int = PROTOCOL_VERSION


class CustomerMessage(Struct, frozen=True):
    """A message as the customer sees it: no internal notes, no agent usernames."""

    id: int
    conversation_id: int
    author_kind: str
    author_name: str
    body: str
    created_at: UtcDatetime
    client_msg_id: str | None = None


class MessageFrame(_Frame, tag="message", frozen=True):
    seq: Seq
    message: CustomerMessage


class Sent(_Frame, tag="sent", frozen=True):
    """Acknowledges a customer's ``send``: stored, with this id and seq (also for a retry)."""

    client_msg_id: str
    message_id: int
    seq: Seq


class HistoryResult(_Frame, tag="history_result", frozen=True):
    messages: list[CustomerMessage]
    head: Seq


# --- identity verification in the web chat (app/protocol/identity.py) ----------------------------
class VerifyPrompt(_Frame, tag="verify_prompt", frozen=True):
    """Server → customer: a code was sent to your registered email or phone; enter it here."""

    challenge_id: str
    channel: Literal["email", "phone"]
    destination: str  # masked
    expires_at: UtcDatetime
    attempts_left: int


class Verify(_Frame, tag="verify", frozen=True):
    """Customer → server: the code, typed into the web chat's own prompt (never the chat text)."""

    challenge_id: Annotated[str, Meta(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+\Z")]
    code: Annotated[str, Meta(min_length=4, max_length=12, pattern=r"^[0-9]+\Z")]

    def __repr__(self) -> str:  # never let a code reach a log through repr()
        return f"Verify(challenge_id={self.challenge_id!r}, code='***')"


class VerifyResult(_Frame, tag="verify_result", frozen=True):
    """Server → customer: ``verified``; ``wrong_code`` with ``attempts_left``; ``expired``;
    ``failed`` (no attempts left); ``unknown`` (no such pending verification of yours)."""

    challenge_id: str
    outcome: Literal["verified", "wrong_code", "expired", "failed", "unknown"]
    attempts_left: int = 0


# --- customer satisfaction in the web chat (app/protocol/csat.py) ---------------------------------
class CsatPrompt(_Frame, tag="csat_prompt", frozen=True):
    """Server → customer: this resolved conversation may be rated ("How did we do?")."""

    conversation_id: int


class CsatAnswer(_Frame, tag="csat_answer", frozen=True):
    """Customer → server: a score of 1–5 and an optional comment (plain text)."""

    conversation_id: Annotated[int, Meta(ge=1, le=2**63 - 1)]
    score: Annotated[int, Meta(ge=1, le=5)]
    comment: Annotated[str, Meta(max_length=1000, pattern=MULTI_LINE)] | None = None


class CsatResult(_Frame, tag="csat_result", frozen=True):
    """Server → customer: ``thanks`` (recorded), ``already`` (this conversation has an answer),
    ``unknown`` (no rating is asked for it: not yours, not resolved, or not a rated channel)."""

    conversation_id: int
    outcome: Literal["thanks", "already", "unknown"]


AgentClientFrame = Login | Auth | Req | Sync | Signal
ServerToAgentFrame = Welcome | Error | Res | Event | Synced | Resync | Signal
CustomerClientFrame = Auth | CustomerSend | Sync | Signal | History | Verify | CsatAnswer
ServerToCustomerFrame = (
    CustomerWelcome | Error | MessageFrame | Sent | Synced | Resync | Signal | HistoryResult
    | VerifyPrompt | VerifyResult | CsatPrompt | CsatResult
)
