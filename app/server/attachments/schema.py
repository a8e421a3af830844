"""Tables of attachments: content-addressed blobs, the files of messages, uploads on their way in.

New tables, not new columns (``create_all`` adds tables to an existing database, never columns):
``Message.files`` (``db/schema.py``) loads a message's files with ``selectin``, one query per batch.

* ``attachment_blobs``: one row per distinct content (SHA-256 hex). ``data`` holds the bytes when
  the database is the store (the default, fine on SQLite and PostgreSQL); with the filesystem
  backend it is NULL and the bytes are a file named by the digest (``blobs.py``).
* ``attachment_files``: what a sender uploaded, with what the checks said. ``message_id`` is NULL
  until the file is sent with a message; a withheld image has a row (so the agent is told) and no
  blob. ``(owner_kind, owner, upload_id)`` makes ``finish`` idempotent.
* ``attachment_uploads`` and ``attachment_upload_parts``: an upload in progress (resumable on
  reconnect, and on another node of the same database); removed at ``finish``, refused or not.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.server.db.schema import Base
from app.server.db.types import UtcDateTime


class AttachmentBlob(Base):
    __tablename__ = "attachment_blobs"
    sha256: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    size: Mapped[int] = mapped_column(sa.BigInteger)
    data: Mapped[bytes | None] = mapped_column(sa.LargeBinary, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AttachmentFile(Base):
    __tablename__ = "attachment_files"
    __table_args__ = (sa.UniqueConstraint("owner_kind", "owner", "upload_id", name="uq_attachment_upload"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    owner_kind: Mapped[str] = mapped_column(sa.String(16))  # customer | agent | email | telegram
    owner: Mapped[str] = mapped_column(sa.String(64))  # customer uid or agent username
    upload_id: Mapped[str] = mapped_column(sa.String(64))
    message_id: Mapped[int | None] = mapped_column(sa.ForeignKey("messages.id"), nullable=True, index=True)
    conversation_id: Mapped[int | None] = mapped_column(nullable=True, index=True)
    filename: Mapped[str] = mapped_column(sa.String(255))
    content_type: Mapped[str] = mapped_column(sa.String(127))
    size: Mapped[int] = mapped_column(sa.BigInteger)
    sha256: Mapped[str | None] = mapped_column(sa.String(64), nullable=True, index=True)
    thumb_sha256: Mapped[str | None] = mapped_column(sa.String(64), nullable=True, index=True)
    thumb_type: Mapped[str | None] = mapped_column(sa.String(127), nullable=True)
    status: Mapped[str] = mapped_column(sa.String(16))  # safe | withheld | not_checked
    detail: Mapped[str | None] = mapped_column(sa.String(32), nullable=True)
    width: Mapped[int | None] = mapped_column(nullable=True)
    height: Mapped[int | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AttachmentUpload(Base):
    __tablename__ = "attachment_uploads"
    __table_args__ = (
        sa.UniqueConstraint("owner_kind", "owner", "upload_id", name="uq_attachment_upload_open"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    owner_kind: Mapped[str] = mapped_column(sa.String(16))
    owner: Mapped[str] = mapped_column(sa.String(64))
    upload_id: Mapped[str] = mapped_column(sa.String(64))
    filename: Mapped[str] = mapped_column(sa.String(255))
    size: Mapped[int] = mapped_column(sa.BigInteger)
    received: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)


class AttachmentUploadPart(Base):
    __tablename__ = "attachment_upload_parts"
    upload_row: Mapped[int] = mapped_column(
        sa.ForeignKey("attachment_uploads.id", ondelete="CASCADE"), primary_key=True
    )
    offset: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    data: Mapped[bytes] = mapped_column(sa.LargeBinary)
