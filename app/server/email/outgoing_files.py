"""The files of an agent's email reply, attached to the mail that leaves (read from the storage seam).

They were checked by content when they were uploaded (type, size, re-encoded images), so the mail
carries what the desk showed; a withheld image has no bytes and is never attached.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from app.server.attachments.blobs import store_of
from app.server.attachments.schema import AttachmentFile


def outgoing(session: Session, files: Sequence[AttachmentFile]) -> list[tuple[str, str, bytes]]:
    """(filename, type, bytes) of a reply's readable files."""
    out: list[tuple[str, str, bytes]] = []
    blobs = store_of(session)
    for f in files:
        if f.sha256 is None:
            continue
        data = blobs.read(session, f.sha256, 0, f.size)
        if data is not None:
            out.append((f.filename, f.content_type, data))
    return out
