"""Tables of the VIP desk (issue 8): customer changes (alerts), alert acknowledgements, client
notes. Managers' backups and the cover log are ``app/server/cover/schema.py``; callback reminders
``app/server/callbacks/schema.py``.

New tables rather than new columns, for the reason ``app/server/email/schema.py`` gives: ``create_all``
adds missing tables to an existing database but never alters one, so an older database gains these
on start without a migration (a manager's backup is therefore a row here, not an ``agents`` column).
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.server.db.schema import Base
from app.server.db.types import UtcDateTime


class CustomerChange(Base):
    """One change of a watched customer field (KYC, security flags, VIP tier), written by
    ``repo_vip.record_customer_change`` whenever such a field changes. Values are codes, never PII."""

    __tablename__ = "customer_changes"
    __table_args__ = (sa.Index("ix_customer_changes_uid", "customer_uid", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_uid: Mapped[str] = mapped_column(sa.ForeignKey("customers.uid"))
    field: Mapped[str] = mapped_column(sa.String(32))
    old_value: Mapped[str | None] = mapped_column(sa.String(32), nullable=True)
    new_value: Mapped[str | None] = mapped_column(sa.String(32), nullable=True)
    changed_by: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class VipAlertAck(Base):
    """An alert someone looked at (``vip.alert_ack``): it leaves the book for everyone."""

    __tablename__ = "vip_alert_acks"
    alert_id: Mapped[str] = mapped_column(sa.String(80), primary_key=True)
    customer_uid: Mapped[str] = mapped_column(sa.String(32), index=True)
    acked_by: Mapped[str] = mapped_column(sa.String(64))
    acked_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ClientNote(Base):
    """A note on a customer (not on a conversation): never a message row, so it can never reach
    the customer through any message path."""

    __tablename__ = "client_notes"
    __table_args__ = (sa.Index("ix_client_notes_uid", "customer_uid", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_uid: Mapped[str] = mapped_column(sa.ForeignKey("customers.uid"))
    author: Mapped[str] = mapped_column(sa.String(64))
    author_name: Mapped[str] = mapped_column(sa.String(128))
    body: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
