"""The account events an exchange sends (``docs/exchange-api.yaml``, ``AccountEvent``).

One JSON object per request: ``id`` (unique per event: a retry sends the same id), ``type``,
``occurred_at``, ``uid`` and the ``data`` of that type. Shared by the endpoint and the reference
exchange's sender.
"""

from __future__ import annotations

from typing import Annotated, Literal

from msgspec import Meta, Struct

from app.protocol.types import KycStatus, UtcDatetime
from app.server.provider.model import Security, Transfer

EventId = Annotated[str, Meta(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:-]+$")]
Uid = Annotated[str, Meta(min_length=1, max_length=32)]
EventType = Literal[
    "kyc.changed",
    "withdrawal.pending",
    "withdrawal.under_review",
    "withdrawal.completed",
    "security.changed",
    "tier.changed",
]
WITHDRAWAL_STATUS = {
    "withdrawal.pending": "pending",
    "withdrawal.under_review": "under_review",
    "withdrawal.completed": "completed",
}


class KycData(Struct, frozen=True):
    level: int
    status: KycStatus
    rejection_reason: str | None = None


class TierData(Struct, frozen=True):
    tier: Annotated[int, Meta(ge=0, le=9)]
    account_manager: str | None = None


class EventData(Struct, frozen=True, omit_defaults=True):
    """Exactly the member its ``type`` names: ``kyc``, ``withdrawal``, ``security`` or ``tier``."""

    kyc: KycData | None = None
    withdrawal: Transfer | None = None
    security: Security | None = None
    tier: TierData | None = None


class AccountEvent(Struct, frozen=True):
    id: EventId
    type: EventType
    occurred_at: UtcDatetime
    uid: Uid
    data: EventData

    def missing(self) -> str | None:
        """The member ``data`` lacks for this ``type`` (None: complete)."""
        need = {"kyc.changed": "kyc", "security.changed": "security", "tier.changed": "tier"}.get(
            self.type, "withdrawal"
        )
        return need if getattr(self.data, need) is None else None
