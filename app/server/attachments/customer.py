"""The customer's attachment frames (``/customer``): upload, finish, fetch — and what ``send`` needs.

A refused file is answered ``upload_refused`` with its code (the web chat words it in the
customer's language) and nothing of it is kept. A withheld image is answered ``upload_done`` with
``status: withheld`` and the guard's warning in the customer's language; sending it anyway puts
the warning in the conversation too, and the agent sees only "image withheld".

A customer reads files of their own chat's non-internal messages, and their own unsent uploads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from app.attachments import AttachmentRefused
from app.protocol import codec, frames
from app.protocol.attachments import CHUNK_BYTES
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import safety
from app.server.attachments import handlers, rate, repo, service
from app.server.attachments.repo import Owner
from app.server.connection import CustomerConn
from app.server.context import ServerContext
from app.server.db.schema import Message

FRAMES = (frames.UploadBegin, frames.UploadChunk, frames.UploadFinish, frames.Fetch)
UploadFrame = frames.UploadBegin | frames.UploadChunk | frames.UploadFinish | frames.Fetch


def owner(conn: CustomerConn) -> Owner:
    return Owner("customer", conn.uid)


def _refusal(upload_id: str, exc: AttachmentRefused) -> frames.UploadRefused:
    return frames.UploadRefused(upload_id=upload_id, code=exc.code, message=exc.message, limit=exc.limit)


def _state(upload_id: str, received: int, size: int) -> frames.UploadState:
    return frames.UploadState(upload_id=upload_id, received=received, size=size)


async def handle(ctx: ServerContext, conn: CustomerConn, frame: UploadFrame) -> None:
    """One attachment frame; a ``ProtocolError`` is answered by the endpoint as an ``error``."""
    who = owner(conn)
    if isinstance(frame, frames.UploadBegin):
        try:
            st = await ctx.db.run(
                repo.begin, who, frame.upload_id, frame.filename, frame.size, service.limits_of(ctx)
            )
        except AttachmentRefused as exc:
            conn.outbox.put(codec.encode(_refusal(frame.upload_id, exc)))
            return
        conn.outbox.put(codec.encode(_state(st.upload_id, st.received, st.size)))
    elif isinstance(frame, frames.UploadChunk):
        cfg = ctx.config
        rate.spend(conn, len(frame.data), cfg.upload_bytes_per_second, cfg.upload_burst_bytes)
        st = await ctx.db.run(repo.chunk, who, frame.upload_id, frame.offset, frame.data)
        conn.outbox.put(codec.encode(_state(st.upload_id, st.received, st.size)))
    elif isinstance(frame, frames.UploadFinish):
        try:
            attachment = await service.finish(ctx, who, frame.upload_id)
        except AttachmentRefused as exc:
            conn.outbox.put(codec.encode(_refusal(frame.upload_id, exc)))
            return
        warning = None
        if attachment.status == "withheld":
            kinds = service.warning_kinds((attachment.detail or "secret",))
            warning = safety.customer_warning(kinds, conn.language)
        conn.outbox.put(
            codec.encode(frames.UploadDone(upload_id=frame.upload_id, attachment=attachment, warning=warning))
        )
    else:
        conn.outbox.put(codec.encode(await ctx.db.run(_customer_read, conn.uid, frame)))


def _customer_read(session: Session, uid: str, frame: frames.Fetch) -> frames.FileChunk:
    f, m, conv = repo.readable(session, frame.attachment_id)
    if conv is None:
        allowed = (f.owner_kind, f.owner) == ("customer", uid)
    else:
        allowed = conv.customer_uid == uid and conv.channel == "chat" and m is not None and not m.internal
    if not allowed:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such attachment")
    piece = repo.read(session, f, frame.variant, frame.offset, CHUNK_BYTES)
    return frames.FileChunk(
        attachment_id=piece.attachment_id,
        variant=piece.variant,
        offset=piece.offset,
        total=piece.total,
        content_type=piece.content_type,
        filename=piece.filename,
        data=piece.data,
        last=piece.offset + len(piece.data) >= piece.total,
    )


async def before_send(
    ctx: ServerContext, conn: CustomerConn, ids: Sequence[int]
) -> tuple[tuple[str, ...], Callable[[Session, Message], None] | None]:
    """For a ``send`` with ``ids``: the guard's warning kinds of withheld images among them, and
    what links the files to the message inside its write."""
    if not ids:
        return (), None
    who = owner(conn)
    kinds = await ctx.db.run(repo.withheld_kinds, who, ids)
    return service.warning_kinds(kinds), handlers.linker(ctx, who, ids)
