"""The frames of protocol v1: one ``msgspec.Struct`` per ``"type"``.

Frames are tagged unions on the ``type`` field. Unknown fields are ignored (a newer peer may add
fields; the version only bumps when something here changes meaning).
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec
from msgspec import Meta, Struct

from app.protocol.attachments import (
    CHUNK_BYTES,
    MAX_UPLOAD_BYTES,
    Filename,
    FileSize,
    UploadId,
    Variant,
)
from app.protocol.types import (
    MULTI_LINE,
    SINGLE_LINE,
    AgentInfo,
    Attachment,
    ClientMsgId,
    Conversation,
    Id,
    Locale,
    MaybeBody,
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


class LoginOidc(_Frame, tag="login.oidc", frozen=True):
    """Sign in with the company's identity provider: the ID token the desk got (authorization code
    + PKCE, docs/integration.md) for the nonce the server issued at ``GET /auth/oidc``. ``username``
    is the token's username claim, which the server checks."""

    username: Annotated[str, Meta(min_length=1, max_length=64, pattern=SINGLE_LINE)]
    id_token: Annotated[str, Meta(min_length=1, max_length=16384)]

    def __repr__(self) -> str:
        return f"LoginOidc(username={self.username!r}, id_token='***')"


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
    # The deployment's official domains (the safety guard's link allowlist), so the desk's composer
    # checks links as the server will. ``None``: a server that does not say (the demo's domain).
    official_domains: tuple[str, ...] | None = None
    # The deployment's block explorers (round 13: ``--explorer-domain``), the guard's second list of
    # sites agents may link to, for the same reason. ``None``: a server that does not say (the guard's
    # default explorers); ``()``: none (``--no-explorer-domains``).
    explorer_domains: tuple[str, ...] | None = None
    # The deployment's own official support handles (``--official-handle``: its Telegram bot or
    # channel; lower case, no "@"), so the composer lets a reply point to them as the server's guard
    # does (``off_platform``). Added after the two lists: a server that omits it has none (``()``).
    official_handles: tuple[str, ...] = ()

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


class ConversationSummary(Struct, frozen=True):
    """A conversation as it now is, in a ``summary`` frame; ``customer_messages``: the ids of the
    customer's messages among the changes summarised (the desk counts those it has not seen as
    unread — by id, so a change summarised twice or also replayed counts once)."""

    conversation: Conversation
    customer_messages: list[int] = []
    created: bool = False  # the conversation was opened among the changes summarised


class Summary(_Frame, tag="summary", frozen=True):
    """Coalesced inbox changes for a desk that asked for ``inbox: "summaries"`` (at most one frame
    every ~250 ms): the latest state of every conversation it may see that changed and that it does
    not have open. ``head``: every change up to this seq that this desk may see has now reached it
    (in full for its open conversations, summarised for the rest) — where its next ``sync`` starts."""

    head: Seq
    conversations: list[ConversationSummary]


# --- customer <-> server (/customer) -----------------------------------------------------------
class CustomerSend(_Frame, tag="send", frozen=True):
    """``attachments``: ids from ``upload_done`` (this customer's, not sent yet); with attachments
    ``body`` may be empty."""

    body: MaybeBody
    client_msg_id: ClientMsgId
    attachments: Annotated[list[Id], Meta(max_length=10)] = msgspec.field(default_factory=list)


class History(_Frame, tag="history", frozen=True):
    """Customer asks for its recent messages (after ``resync``); the server answers ``history``."""

    limit: Annotated[int, Meta(ge=1, le=500)] = 100


class CustomerInfo(Struct, frozen=True):
    uid: str
    name: str
    language: Locale


class IncidentNotice(Struct, frozen=True):
    """An open incident's notice in the customer's language (issue 23), shown as a banner."""

    incident_id: int
    text: str


class CustomerWelcome(_Frame, tag="welcome", frozen=True):
    customer: CustomerInfo
    head: Seq
    server_time: UtcDatetime
    protocol: int = PROTOCOL_VERSION
    notices: list[IncidentNotice] = msgspec.field(default_factory=list)


class CustomerMessage(Struct, frozen=True):
    """A message as the customer sees it: no internal notes, no agent usernames."""

    id: int
    conversation_id: int
    author_kind: str
    author_name: str
    body: str
    created_at: UtcDatetime
    client_msg_id: str | None = None
    attachments: list[Attachment] = msgspec.field(default_factory=list)


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


# --- attachments in the web chat (docs/protocol.md "Attachments") ---------------------------------
class UploadBegin(_Frame, tag="upload_begin", frozen=True):
    """Customer → server: start (or resume: the same ``upload_id``) an upload of ``size`` bytes."""

    upload_id: UploadId
    filename: Filename
    size: FileSize


class UploadChunk(_Frame, tag="upload_chunk", frozen=True):
    """Customer → server: bytes at ``offset`` (base64 in JSON); a chunk already received is
    acknowledged again, not stored twice."""

    upload_id: UploadId
    offset: Annotated[int, Meta(ge=0, le=MAX_UPLOAD_BYTES)]
    data: Annotated[bytes, Meta(min_length=1, max_length=CHUNK_BYTES)]

    def __repr__(self) -> str:
        return f"UploadChunk(upload_id={self.upload_id!r}, offset={self.offset}, {len(self.data)} bytes)"


class UploadFinish(_Frame, tag="upload_finish", frozen=True):
    """Customer → server: every byte was sent; check the file and keep it (``upload_done``)."""

    upload_id: UploadId


class Fetch(_Frame, tag="fetch", frozen=True):
    """Customer → server: a piece of an attachment of their chat (``file_chunk``)."""

    attachment_id: Id
    variant: Variant = "file"
    offset: Annotated[int, Meta(ge=0, le=MAX_UPLOAD_BYTES)] = 0


class UploadState(_Frame, tag="upload_state", frozen=True):
    """Server → customer: how many bytes of the upload the server holds (resume from there)."""

    upload_id: str
    received: int
    size: int


class UploadDone(_Frame, tag="upload_done", frozen=True):
    """Server → customer: the file passed (``attachment.status``: safe / not_checked) or was
    withheld (nothing stored; ``warning`` in the customer's language). Send it with ``send``."""

    upload_id: str
    attachment: Attachment
    warning: str | None = None


class UploadRefused(_Frame, tag="upload_refused", frozen=True):
    """Server → customer: the file was refused (``code``: an attachment refusal code such as
    ``file_too_large``, ``type_not_allowed``, ``polyglot``, ``image_too_many_pixels``); nothing of
    it was kept. ``limit`` is the bound that was exceeded, when there is one."""

    upload_id: str
    code: str
    message: str
    limit: int | None = None


class FileChunk(_Frame, tag="file_chunk", frozen=True):
    """Server → customer: ``data`` from ``offset`` of ``total`` bytes (``last``: the end)."""

    attachment_id: int
    variant: str
    offset: int
    total: int
    content_type: str
    filename: str
    data: bytes
    last: bool


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


AgentClientFrame = Login | Auth | Req | Sync | Signal | LoginOidc
ServerToAgentFrame = Welcome | Error | Res | Event | Synced | Resync | Signal | Summary
CustomerClientFrame = (
    Auth | CustomerSend | Sync | Signal | History | Verify | UploadBegin | UploadChunk | UploadFinish | Fetch
    | CsatAnswer
)
ServerToCustomerFrame = (
    CustomerWelcome | Error | MessageFrame | Sent | Synced | Resync | Signal | HistoryResult
    | VerifyPrompt | VerifyResult | UploadState | UploadDone | UploadRefused | FileChunk
    | CsatPrompt | CsatResult
)
