"""Attachments in the database: uploads in progress, files kept, files sent with a message, reads.

Every function runs on the database thread in one transaction (``ctx.db.run``). The checks of a
file's content run between :func:`assembled` and :func:`keep`, off this thread
(``service.py``): nothing of a refused file is ever written as an attachment, and its upload rows
are removed (:func:`discard`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.attachments import AttachmentLimits, AttachmentRefused
from app.attachments.errors import FILE_TOO_LARGE, MESSAGE_TOO_LARGE, TOO_MANY_FILES
from app.protocol import types as pt
from app.protocol.attachments import UploadStateResult
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import views
from app.server.attachments.blobs import store_of
from app.server.attachments.schema import (
    AttachmentBlob,
    AttachmentFile,
    AttachmentUpload,
    AttachmentUploadPart,
)
from app.server.db.schema import Conversation, Message
from app.server.timeutil import utcnow

#: uploads a sender may have open at once (each holds its received bytes until finish)
MAX_OPEN_UPLOADS = 20
#: an upload not finished within this time, or a file not sent within it, is removed by ``purge``
STALE_AFTER = timedelta(hours=24)
CANNED_OWNER_KIND = "canned"  # a canned reply's own files (canned.py): kept until taken off the reply
WITHHELD_NAME = "withheld-image"  # a withheld image's name is not kept either (it may tell the secret)


@dataclass(frozen=True, slots=True)
class Owner:
    """Who uploads: ``customer`` + uid, ``agent`` + username, ``email`` + the inbound mail's key,
    ``telegram`` + the update's id."""

    kind: str
    id: str


@dataclass(frozen=True, slots=True)
class Content:
    """What the checks decided to keep of a file (``service.py``)."""

    filename: str
    content_type: str
    data: bytes | None  # None: withheld, nothing stored
    status: str
    detail: str | None = None
    width: int | None = None
    height: int | None = None
    thumbnail: bytes | None = None
    thumbnail_type: str | None = None


def view(f: AttachmentFile) -> pt.Attachment:
    return views.file_view(f)


def _file(session: Session, owner: Owner, upload_id: str) -> AttachmentFile | None:
    return session.scalar(
        sa.select(AttachmentFile).where(
            AttachmentFile.owner_kind == owner.kind,
            AttachmentFile.owner == owner.id,
            AttachmentFile.upload_id == upload_id,
        )
    )


def _upload(session: Session, owner: Owner, upload_id: str) -> AttachmentUpload | None:
    return session.scalar(
        sa.select(AttachmentUpload).where(
            AttachmentUpload.owner_kind == owner.kind,
            AttachmentUpload.owner == owner.id,
            AttachmentUpload.upload_id == upload_id,
        )
    )


def begin(
    session: Session, owner: Owner, upload_id: str, filename: str, size: int, limits: AttachmentLimits
) -> UploadStateResult:
    """Open an upload, or say how far an open one got (a resume); a finished one is complete."""
    done = _file(session, owner, upload_id)
    if done is not None:
        return UploadStateResult(upload_id=upload_id, received=done.size, size=done.size)
    if size > limits.max_file_bytes:  # refused before a byte is sent
        raise AttachmentRefused(FILE_TOO_LARGE, limit=limits.max_file_bytes)
    row = _upload(session, owner, upload_id)
    if row is not None:
        if row.size != size:
            raise ProtocolError(ErrorCode.CONFLICT, "upload_id is taken by an upload of another size")
        return UploadStateResult(upload_id=upload_id, received=row.received, size=row.size)
    open_now = session.scalar(
        sa.select(sa.func.count())
        .select_from(AttachmentUpload)
        .where(AttachmentUpload.owner_kind == owner.kind, AttachmentUpload.owner == owner.id)
    )
    if (open_now or 0) >= MAX_OPEN_UPLOADS:
        raise ProtocolError(ErrorCode.RATE_LIMITED, "too many unfinished uploads; finish or wait")
    session.add(
        AttachmentUpload(
            owner_kind=owner.kind,
            owner=owner.id,
            upload_id=upload_id,
            filename=filename,
            size=size,
            received=0,
            created_at=utcnow(),
        )
    )
    return UploadStateResult(upload_id=upload_id, received=0, size=size)


def chunk(session: Session, owner: Owner, upload_id: str, offset: int, data: bytes) -> UploadStateResult:
    """Store ``data`` if it is the next piece; any other offset is answered with the state only
    (a repeated chunk after a reconnect is not stored twice; the sender resumes at ``received``)."""
    done = _file(session, owner, upload_id)
    if done is not None:
        return UploadStateResult(upload_id=upload_id, received=done.size, size=done.size)
    row = _upload(session, owner, upload_id)
    if row is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such upload: begin it first")
    if offset + len(data) > row.size:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid params: the chunk goes past the upload's size")
    if offset == row.received:
        session.add(AttachmentUploadPart(upload_row=row.id, offset=offset, data=data))
        row.received += len(data)
    return UploadStateResult(upload_id=upload_id, received=row.received, size=row.size)


def finished(session: Session, owner: Owner, upload_id: str) -> pt.Attachment | None:
    f = _file(session, owner, upload_id)
    return view(f) if f is not None else None


def assembled(session: Session, owner: Owner, upload_id: str) -> tuple[str, bytes]:
    """The upload's name and every byte, in order; ``bad_request`` if bytes are missing."""
    row = _upload(session, owner, upload_id)
    if row is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such upload: begin it first")
    if row.received != row.size:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "the upload is incomplete: send the remaining chunks")
    parts = session.scalars(
        sa.select(AttachmentUploadPart.data)
        .where(AttachmentUploadPart.upload_row == row.id)
        .order_by(AttachmentUploadPart.offset)
    )
    return row.filename, b"".join(bytes(p) for p in parts)


def discard(session: Session, owner: Owner, upload_id: str) -> None:
    """Forget an upload and its bytes (a refused file)."""
    row = _upload(session, owner, upload_id)
    if row is not None:
        session.execute(sa.delete(AttachmentUploadPart).where(AttachmentUploadPart.upload_row == row.id))
        session.delete(row)


def keep(session: Session, owner: Owner, upload_id: str, content: Content) -> pt.Attachment:
    """Store what the checks kept (the blobs, the file's row) and drop the upload, in one go."""
    existing = _file(session, owner, upload_id)
    if existing is not None:
        return view(existing)
    now = utcnow()
    blobs = store_of(session)
    sha = blobs.put(session, content.data, now) if content.data is not None else None
    thumb = blobs.put(session, content.thumbnail, now) if content.thumbnail is not None else None
    f = AttachmentFile(
        owner_kind=owner.kind,
        owner=owner.id,
        upload_id=upload_id,
        filename=content.filename if content.data is not None else WITHHELD_NAME,
        content_type=content.content_type,
        size=len(content.data) if content.data is not None else 0,
        sha256=sha,
        thumb_sha256=thumb,
        thumb_type=content.thumbnail_type if thumb else None,
        status=content.status,
        detail=content.detail,
        width=content.width,
        height=content.height,
        created_at=now,
    )
    session.add(f)
    discard(session, owner, upload_id)
    session.flush()
    return view(f)


def unsent(session: Session, owner: Owner, ids: Sequence[int]) -> list[AttachmentFile]:
    """The sender's files ``ids`` not sent yet, in the order given; ``bad_request`` otherwise."""
    wanted = list(dict.fromkeys(ids))
    rows = {
        f.id: f
        for f in session.scalars(
            sa.select(AttachmentFile).where(
                AttachmentFile.id.in_(wanted),
                AttachmentFile.owner_kind == owner.kind,
                AttachmentFile.owner == owner.id,
            )
        )
    }
    if len(rows) != len(wanted) or any(f.message_id is not None for f in rows.values()):
        raise ProtocolError(
            ErrorCode.BAD_REQUEST, "invalid params: attachments must be your own unsent uploads"
        )
    return [rows[i] for i in wanted]


def check_message_files(files: Sequence[AttachmentFile], limits: AttachmentLimits) -> None:
    if len(files) > limits.max_files_per_message:
        raise AttachmentRefused(TOO_MANY_FILES, limit=limits.max_files_per_message)
    if sum(f.size for f in files) > limits.max_message_bytes:
        raise AttachmentRefused(MESSAGE_TOO_LARGE, limit=limits.max_message_bytes)


def withheld_kinds(session: Session, owner: Owner, ids: Sequence[int]) -> tuple[str, ...]:
    """The secret kinds of the sender's withheld files among ``ids`` (to warn them with the message)."""
    if not ids:
        return ()
    rows = session.scalars(
        sa.select(AttachmentFile.detail).where(
            AttachmentFile.id.in_(list(ids)),
            AttachmentFile.owner_kind == owner.kind,
            AttachmentFile.owner == owner.id,
            AttachmentFile.status == "withheld",
        )
    )
    return tuple(dict.fromkeys(str(k) for k in rows if k))


def link(session: Session, files: Sequence[AttachmentFile], message: Message) -> None:
    """Make ``files`` the message's (inside the message's own write, before its event is built)."""
    for f in files:
        f.message_id = message.id
        f.conversation_id = message.conversation_id
    session.flush()
    session.refresh(message, ["files"])


@dataclass(frozen=True, slots=True)
class Piece:
    attachment_id: int
    variant: str
    offset: int
    total: int
    content_type: str
    filename: str
    data: bytes


def readable(
    session: Session, attachment_id: int
) -> tuple[AttachmentFile, Message | None, Conversation | None]:
    f = session.get(AttachmentFile, attachment_id)
    if f is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such attachment")
    m = session.get(Message, f.message_id) if f.message_id is not None else None
    conv = session.get(Conversation, m.conversation_id) if m is not None else None
    return f, m, conv


def read(session: Session, f: AttachmentFile, variant: str, offset: int, length: int) -> Piece:
    """A piece of a file or its thumbnail (the caller checked who may read it)."""
    if variant == "thumbnail":
        sha, content_type = f.thumb_sha256, f.thumb_type or "image/png"
    else:
        sha, content_type = f.sha256, f.content_type
    if sha is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "this attachment has no such content (withheld, no preview)")
    total = session.scalar(sa.select(AttachmentBlob.size).where(AttachmentBlob.sha256 == sha))
    if total is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "this attachment's content is gone")
    if offset > total:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid params: offset is past the end")
    data = store_of(session).read(session, sha, offset, length) if offset < total else b""
    if data is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "this attachment's content is gone")
    name = f.filename if variant == "file" else f"preview-{f.id}.{content_type.rsplit('/', 1)[-1]}"
    return Piece(f.id, variant, offset, int(total), content_type, name, data)


def _drop_unreferenced(session: Session, digests: set[str]) -> int:
    """Remove blobs no file refers to any more (content is shared between files)."""
    if not digests:
        return 0
    used = set(
        session.scalars(sa.select(AttachmentFile.sha256).where(AttachmentFile.sha256.in_(digests)))
    ) | set(
        session.scalars(
            sa.select(AttachmentFile.thumb_sha256).where(AttachmentFile.thumb_sha256.in_(digests))
        )
    )
    blobs = store_of(session)
    gone = 0
    for sha in digests - used:
        blobs.delete(session, sha)
        gone += 1
    return gone


def delete_files(session: Session, files: Sequence[AttachmentFile]) -> int:
    """Remove ``files`` and the blobs only they used; returns the number of blobs removed."""
    digests = {d for f in files for d in (f.sha256, f.thumb_sha256) if d}
    for f in files:
        session.delete(f)
    session.flush()
    return _drop_unreferenced(session, digests)


def delete_for_conversation(session: Session, conversation_id: int) -> int:
    """Retention: a conversation's files and the blobs only they used go with it. Returns the
    number of blobs removed. Call it in the transaction that deletes the conversation's messages."""
    files = list(
        session.scalars(sa.select(AttachmentFile).where(AttachmentFile.conversation_id == conversation_id))
    )
    return delete_files(session, files)


def purge(session: Session, now: datetime | None = None) -> int:
    """Remove uploads never finished and files never sent within ``STALE_AFTER``."""
    cutoff = (now or utcnow()) - STALE_AFTER
    stale = list(session.scalars(sa.select(AttachmentUpload).where(AttachmentUpload.created_at < cutoff)))
    for row in stale:
        session.execute(sa.delete(AttachmentUploadPart).where(AttachmentUploadPart.upload_row == row.id))
        session.delete(row)
    unsent_files = list(
        session.scalars(
            sa.select(AttachmentFile).where(
                AttachmentFile.message_id.is_(None),
                AttachmentFile.created_at < cutoff,
                AttachmentFile.owner_kind != CANNED_OWNER_KIND,  # a canned reply's files are never sent
            )
        )
    )
    delete_files(session, unsent_files)
    return len(stale) + len(unsent_files)
