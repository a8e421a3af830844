"""Identity verification (issue 17): method specs, event payloads and the customer's frames.

The agent presses *Verify identity*; the server sends a one-time code and link to the account's
**registered** email (or an SMS to the registered phone); the customer confirms in the web chat's
own prompt (``verify_prompt`` → ``verify`` → ``verify_result``, in ``frames.py``) or through the
link. The code goes from the customer to the server only: no agent frame ever carries it, and it
is never chat text.
Every agent who sees the customer then sees "verified via registered email, 12:03, valid 30 min"
(``identity.updated`` and ``identity.status``). Actions that can move money or access — reveal,
2FA reset, withdrawal unlock, address whitelist (``identity.request``) — need that fresh
verification or a supervisor's override (``identity.override``), and are audited either way.

A feature module like ``vip.py``: collected by :mod:`app.protocol.registry`; everything here is an
addition with defaults, so older peers ignore it.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from msgspec import Meta, Struct

from app.protocol.methods import Reason
from app.protocol.spec import MethodSpec
from app.protocol.types import MULTI_LINE, SINGLE_LINE, ClientMsgId, Id, Seq, Uid, UtcDatetime

VerificationChannel = Literal["email", "phone"]
VerificationState = Literal["none", "pending", "verified", "failed", "expired", "cancelled"]
VerificationMethod = Literal["code", "link", "override"]
SecurityRequestKind = Literal["twofa_reset", "withdrawal_unlock", "address_whitelist"]
ChallengeId = Annotated[str, Meta(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+\Z")]
Code = Annotated[str, Meta(min_length=4, max_length=12, pattern=r"^[0-9]+\Z")]
Address = Annotated[str, Meta(min_length=8, max_length=128, pattern=SINGLE_LINE)]
Chain = Annotated[str, Meta(min_length=1, max_length=32, pattern=SINGLE_LINE)]
RequestNote = Annotated[str, Meta(min_length=1, max_length=2000, pattern=MULTI_LINE)]


class Verification(Struct, frozen=True):
    """A customer's verification as every agent who sees the customer sees it (never the code).

    ``state``: ``verified`` while ``valid_until`` is ahead (then ``expired``); ``pending`` while a
    code waits for the customer (``code_expires_at``, ``attempts_left``); ``failed`` after too many
    wrong codes or an undeliverable one. ``method`` says how: ``code`` (typed in the web chat),
    ``link`` (the emailed link) or ``override`` (a supervisor's, ``override_by``)."""

    uid: str
    state: VerificationState = "none"
    channel: VerificationChannel | None = None
    destination: str | None = None  # the registered email or phone, masked
    method: VerificationMethod | None = None
    started_by: str | None = None
    started_at: UtcDatetime | None = None
    code_expires_at: UtcDatetime | None = None
    attempts_left: int | None = None
    verified_at: UtcDatetime | None = None
    valid_until: UtcDatetime | None = None
    override_by: str | None = None
    reason: str | None = None  # why it failed: "attempts", "expired", "undeliverable"


# --- methods -------------------------------------------------------------------------------------
class VerifyStartParams(Struct, frozen=True, kw_only=True):
    """Send a one-time code (and, by email, a link) to the registered ``channel`` of the customer
    of ``conversation_id``. A new start replaces a pending one."""

    conversation_id: Id
    channel: VerificationChannel


class VerificationResult(Struct, frozen=True):
    verification: Verification


class StatusParams(Struct, frozen=True):
    uid: Uid


class OverrideParams(Struct, frozen=True, kw_only=True):
    """Supervisors only: vouch for the customer instead of a code, for ``minutes`` (audited)."""

    uid: Uid
    reason: Reason
    minutes: Annotated[int, Meta(ge=1, le=120)] = 30


class SecurityRequestParams(Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """File a request that can move money or access, as a ticket for the security team — only
    with a fresh verification of the customer or a supervisor's override. ``address`` and
    ``chain`` are the address to whitelist (``address_whitelist`` only)."""

    conversation_id: Id
    kind: SecurityRequestKind
    note: RequestNote | None = None
    address: Address | None = None
    chain: Chain | None = None
    client_request_id: ClientMsgId | None = None


class SecurityRequestResult(Struct, frozen=True):
    ticket_conversation_id: int
    kind: SecurityRequestKind
    gate: Literal["verified", "override", "supervisor"]
    seq: Seq


VERIFY_START = MethodSpec("identity.verify.start", VerifyStartParams, VerificationResult)
STATUS = MethodSpec("identity.status", StatusParams, VerificationResult)
OVERRIDE = MethodSpec("identity.override", OverrideParams, VerificationResult)
REQUEST = MethodSpec("identity.request", SecurityRequestParams, SecurityRequestResult)

#: this module's methods, for :mod:`app.protocol.registry`
SPECS: tuple[MethodSpec[Struct, Struct], ...] = (VERIFY_START, STATUS, OVERRIDE, REQUEST)


# --- events --------------------------------------------------------------------------------------
class IdentityUpdated(Struct, frozen=True):
    """``identity.updated``: a customer's verification changed (started, verified, failed,
    overridden). Visible like the customer; never carries the code."""

    NAME: ClassVar[str] = "identity.updated"
    verification: Verification


EVENT_TYPES: tuple[type[Struct], ...] = (IdentityUpdated,)
