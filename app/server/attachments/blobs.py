"""The storage seam: where an attachment's bytes live, named by their SHA-256.

Two backends behind one small protocol, chosen at start-up (``ServerConfig.attachment_store``):

* ``DatabaseBlobs`` (the default): the bytes in ``attachment_blobs.data``. Works the same on one
  node and on several sharing a database, is backed up with it, and is fine on SQLite and
  PostgreSQL at our sizes (10 MB per file).
* ``FilesystemBlobs``: the bytes in a folder (``<root>/ab/cd/<digest>``), written atomically; the
  row stays (size, and so reference counting by query) with ``data`` NULL. Several nodes need the
  folder shared. A file is removed only after the transaction that dropped its row committed.
  A blob whose bytes are in its row (written before the store was switched, or by the demo's seed)
  is still read from the row.

Content addressing makes a re-upload of the same bytes free and a blob's name its checksum. Every
call runs on the database thread, inside the caller's transaction.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Final, Protocol

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.attachments.schema import AttachmentBlob

BLOBS_KEY: Final = "agentdesk_attachment_blobs"  # session.info: the server's BlobStore


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobStore(Protocol):
    def put(self, session: Session, data: bytes, now: datetime) -> str:
        """Store ``data`` (once per content) and return its SHA-256 hex."""
        ...

    def read(self, session: Session, sha256: str, offset: int, length: int) -> bytes | None:
        """``length`` bytes from ``offset`` (fewer at the end); None when the blob is missing."""
        ...

    def delete(self, session: Session, sha256: str) -> None:
        """Forget the blob (the caller checked nothing refers to it any more)."""
        ...


class DatabaseBlobs:
    def put(self, session: Session, data: bytes, now: datetime) -> str:
        key = digest(data)
        if session.get(AttachmentBlob, key) is None:
            session.add(AttachmentBlob(sha256=key, size=len(data), data=data, created_at=now))
            session.flush()
        return key

    def read(self, session: Session, sha256: str, offset: int, length: int) -> bytes | None:
        # substr on the column: only the piece asked for leaves the database (SQLite blob, bytea)
        piece = session.scalar(
            sa.select(sa.func.substr(AttachmentBlob.data, offset + 1, length)).where(
                AttachmentBlob.sha256 == sha256
            )
        )
        if piece is None:
            return None
        return bytes(piece)

    def delete(self, session: Session, sha256: str) -> None:
        session.execute(sa.delete(AttachmentBlob).where(AttachmentBlob.sha256 == sha256))


class FilesystemBlobs:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError("not a SHA-256 hex digest")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put(self, session: Session, data: bytes, now: datetime) -> str:
        key = digest(data)
        target = self.path(key)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        if session.get(AttachmentBlob, key) is None:
            session.add(AttachmentBlob(sha256=key, size=len(data), data=None, created_at=now))
            session.flush()
        return key

    def read(self, session: Session, sha256: str, offset: int, length: int) -> bytes | None:
        try:
            with self.path(sha256).open("rb") as f:
                f.seek(offset)
                return f.read(length)
        except FileNotFoundError:
            # a blob written to the database (before the store was switched to a folder, or by a
            # command run without --attachment-store) is still read from its row
            return DEFAULT_BLOBS.read(session, sha256, offset, length)

    def delete(self, session: Session, sha256: str) -> None:
        session.execute(sa.delete(AttachmentBlob).where(AttachmentBlob.sha256 == sha256))
        target = self.path(sha256)
        # the file goes once the row's removal is committed (a rollback keeps both)
        sa.event.listen(session, "after_commit", lambda _s: target.unlink(missing_ok=True), once=True)


DEFAULT_BLOBS: Final = DatabaseBlobs()


def store_of(session: Session) -> BlobStore:
    found = session.info.get(BLOBS_KEY)
    return found if found is not None else DEFAULT_BLOBS


def make_store(kind: str, folder: str | None) -> BlobStore:
    """``database`` or ``filesystem`` (``folder`` required): ServerConfig.attachment_store."""
    if kind == "database":
        return DatabaseBlobs()
    if kind == "filesystem":
        if not folder:
            raise ValueError("the filesystem attachment store needs a folder (--attachment-dir)")
        return FilesystemBlobs(folder)
    raise ValueError("attachment store must be 'database' or 'filesystem'")
