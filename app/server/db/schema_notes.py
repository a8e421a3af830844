"""The code and arguments of a system note (``app/protocol/notes.py``), one row per note message.

A new table rather than new ``messages`` columns, for the reason ``app/server/email/schema.py`` gives:
``create_all`` adds missing tables to an existing database but never alters one, so an older
database gains this on start without a migration (its earlier notes simply have no code, and the
desk shows their English body). ``schema.py`` exposes the row as ``Message.note``.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.server.db.schema import Base


class SystemNoteCode(Base):
    """What a system note says, as a code and string arguments (never more customer data than
    the note's body shows)."""

    __tablename__ = "system_note_codes"
    message_id: Mapped[int] = mapped_column(sa.ForeignKey("messages.id"), primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(64))
    args: Mapped[dict[str, str]] = mapped_column(sa.JSON, default=dict)
