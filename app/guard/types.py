"""Value types shared by the inbound and outbound halves of the guard.

They are frozen and slotted so results can be cached, hashed, compared in tests
and passed between threads (chat backend workers, Qt composer) without copying.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

# Kinds of secrets a customer may paste (Finding.kind).
SEED_PHRASE: Final = "seed_phrase"
PRIVATE_KEY: Final = "private_key"
EXTENDED_PRIVATE_KEY: Final = "extended_private_key"
WIF_KEY: Final = "wif_key"
PASSWORD: Final = "password"
OTP_CODE: Final = "otp_code"
API_SECRET: Final = "api_secret"  # an exchange API key, secret or passphrase
TOTP_SECRET: Final = "totp_secret"  # a 2FA (authenticator) secret / backup key
FINDING_KINDS: Final = frozenset(
    {SEED_PHRASE, PRIVATE_KEY, EXTENDED_PRIVATE_KEY, WIF_KEY, PASSWORD, OTP_CODE, API_SECRET, TOTP_SECRET}
)

HIGH: Final = "high"
MEDIUM: Final = "medium"

# Reasons an agent's outbound message is refused (Violation.code).
ASKS_PASSWORD: Final = "asks_password"
ASKS_OTP_CODE: Final = "asks_otp_code"
ASKS_PRIVATE_KEY: Final = "asks_private_key"
ASKS_SEED_PHRASE: Final = "asks_seed_phrase"
REMOTE_ACCESS: Final = "remote_access"
TRANSFER_REQUEST: Final = "transfer_request"
LINK_NOT_ALLOWED: Final = "link_not_allowed"
LOOKALIKE_DOMAIN: Final = "lookalike_domain"
# Round 19: support moving the customer off the platform - to a messenger ("add my WhatsApp", "join our QQ
# group"), to a payment outside the order ("cancel the order and pay the merchant directly"), or around
# the P2P escrow ("release first, the money will come later", "mark it paid before you pay").
OFF_PLATFORM: Final = "off_platform"
# Held only, never refused: the outbound classifier (``outbound_model``) reads the reply as a scam ask
# that no rule recognised.
RESEMBLES_SCAM: Final = "resembles_scam"
VIOLATION_CODES: Final = frozenset(
    {
        ASKS_PASSWORD,
        ASKS_OTP_CODE,
        ASKS_PRIVATE_KEY,
        ASKS_SEED_PHRASE,
        REMOTE_ACCESS,
        TRANSFER_REQUEST,
        LINK_NOT_ALLOWED,
        LOOKALIKE_DOMAIN,
        OFF_PLATFORM,
        RESEMBLES_SCAM,
    }
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One secret found in a customer's message.

    ``start``/``end`` index the ORIGINAL text (half-open), i.e. the slice that was
    replaced by a ``[redacted:<kind>]`` marker.
    """

    kind: str
    severity: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class InboundResult:
    """The customer's text with secrets replaced, plus what was replaced."""

    text: str
    findings: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class Violation:
    """Why an agent's outbound message is refused.

    ``detail`` is the offending phrase or domain so the composer can explain it;
    it never contains a secret (agents' messages are checked, not customers').
    """

    code: str
    detail: str
    start: int
    end: int


def marker(kind: str) -> str:
    """The language-neutral placeholder stored instead of a secret."""
    return f"[redacted:{kind}]"
