"""Tables of identity verification: challenges (one per code sent), supervisors' overrides and
the customer's anti-phishing code. New tables, so an older database gains them on start.

A challenge keeps only HMACs of its code and link token (under the ``identity`` key, which lives
outside the database): a database reader cannot read a pending code, and a wrong guess is compared
in constant time. The code and the token exist in plain text only on their way out (the SMS
provider; the verification mail, queued *sealed* under a key outside the database).
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.protocol.identity import VerificationChannel
from app.server.db.schema import Base
from app.server.db.types import UtcDateTime


class IdentityChallenge(Base):
    __tablename__ = "identity_challenges"
    __table_args__ = (sa.Index("ix_identity_challenges_uid", "uid", "started_at"),)
    id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    uid: Mapped[str] = mapped_column(sa.ForeignKey("customers.uid"))
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"))
    channel: Mapped[VerificationChannel] = mapped_column(sa.String(8))
    destination: Mapped[str] = mapped_column(sa.String(256))  # masked
    code_hash: Mapped[str] = mapped_column(sa.String(64))
    link_hash: Mapped[str | None] = mapped_column(sa.String(64), nullable=True, unique=True)
    started_by: Mapped[str] = mapped_column(sa.String(64))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(default=0)
    max_attempts: Mapped[int] = mapped_column(default=5)
    state: Mapped[str] = mapped_column(sa.String(16))  # pending | verified | failed | expired | cancelled
    method: Mapped[str | None] = mapped_column(sa.String(8), nullable=True)  # code | link
    verified_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    valid_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    reason: Mapped[str | None] = mapped_column(sa.String(16), nullable=True)


class IdentityOverride(Base):
    """A supervisor vouched for a customer instead of a code, for a while (audited with the reason)."""

    __tablename__ = "identity_overrides"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(sa.ForeignKey("customers.uid"), index=True)
    granted_by: Mapped[str] = mapped_column(sa.String(64))
    reason: Mapped[str] = mapped_column(sa.Text)
    granted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    valid_until: Mapped[datetime] = mapped_column(UtcDateTime)


class CustomerSecurityCode(Base):
    """The customer's anti-phishing code (set in the exchange's app): official mail carries it, and
    agents see it so their replies can carry it too (``Customer.security_code``)."""

    __tablename__ = "customer_security_codes"
    uid: Mapped[str] = mapped_column(sa.ForeignKey("customers.uid"), primary_key=True)
    anti_phishing_code: Mapped[str] = mapped_column(sa.String(32))
