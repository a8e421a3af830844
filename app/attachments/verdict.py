"""What the image guard says about an image, and what the server gets back from a check.

Three outcomes and no default: an image is ``safe`` only when it was read (OCR ran, QR codes were
decoded) and nothing secret was found. Anything that stopped the reading (a deadline, a missing OCR
package, a QR code that could not be decoded, an overloaded pool) is ``not_checked`` with the
reason, and the desk must show it as such, never as safe. ``withheld`` carries the kind of secret so
the agent can be told "image withheld: it showed a recovery phrase"; the codes are an interface
(the UI translates them), only ever added to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .images import PreparedImage

SAFE: Final = "safe"
WITHHELD: Final = "withheld"
NOT_CHECKED: Final = "not_checked"

# Why an image is withheld (Verdict.kind).
SEED_PHRASE: Final = "seed_phrase"
PRIVATE_KEY: Final = "private_key"
KEY_QR: Final = "key_qr"
TWO_FACTOR_SECRET: Final = "two_factor_secret"
PASSWORD: Final = "password"
ONE_TIME_CODE: Final = "one_time_code"
API_SECRET: Final = "api_secret"
SECRET: Final = "secret"  # a kind the text guard redacts that this package does not know yet
WITHHELD_KINDS: Final = frozenset(
    {SEED_PHRASE, PRIVATE_KEY, KEY_QR, TWO_FACTOR_SECRET, PASSWORD, ONE_TIME_CODE, API_SECRET, SECRET}
)

# Why an image was not checked (Verdict.reason).
TIMEOUT: Final = "timeout"
OCR_UNAVAILABLE: Final = "ocr_unavailable"
UNDECODABLE: Final = "undecodable"
QR_UNREADABLE: Final = "qr_unreadable"
OVERLOADED: Final = "overloaded"
WORKER_FAILED: Final = "worker_failed"
NOT_RUNNING: Final = "not_running"
NOT_CHECKED_REASONS: Final = frozenset(
    {TIMEOUT, OCR_UNAVAILABLE, UNDECODABLE, QR_UNREADABLE, OVERLOADED, WORKER_FAILED, NOT_RUNNING}
)


@dataclass(frozen=True, slots=True)
class Verdict:
    """``status`` is safe / withheld / not_checked; ``detail`` the kind or the reason."""

    status: str
    detail: str | None = None

    @classmethod
    def safe(cls) -> Verdict:
        return cls(SAFE)

    @classmethod
    def withheld(cls, kind: str) -> Verdict:
        if kind not in WITHHELD_KINDS:
            raise ValueError("unknown withheld kind")
        return cls(WITHHELD, kind)

    @classmethod
    def not_checked(cls, reason: str) -> Verdict:
        if reason not in NOT_CHECKED_REASONS:
            raise ValueError("unknown not-checked reason")
        return cls(NOT_CHECKED, reason)

    @property
    def is_safe(self) -> bool:
        return self.status == SAFE

    @property
    def kind(self) -> str | None:
        """The secret's kind when withheld, else None."""
        return self.detail if self.status == WITHHELD else None

    @property
    def reason(self) -> str | None:
        """Why it was not checked, else None."""
        return self.detail if self.status == NOT_CHECKED else None


@dataclass(frozen=True, slots=True)
class ImageCheck:
    """The outcome of ``ImageChecker.check`` for one image.

    ``image`` is the re-encoded image and thumbnail to store, present when the verdict is ``safe``
    or ``not_checked`` and the image could be decoded; it is always None when ``withheld`` (the
    original is not kept, and neither is any copy). ``refusal`` is an ``AttachmentRefused`` code
    when the bytes were not a decodable image within the limits: the server refuses the upload.
    ``seconds`` is the wall time from the call to the answer, queueing included; ``cpu_seconds``
    the CPU time the worker spent on it (0 when no worker answered).
    """

    verdict: Verdict
    image: PreparedImage | None = None
    refusal: str | None = None
    seconds: float = 0.0
    cpu_seconds: float = 0.0

    def __repr__(self) -> str:
        return f"ImageCheck({self.verdict.status}:{self.verdict.detail}, refusal={self.refusal})"
