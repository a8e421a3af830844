"""The agent's attachment methods: uploads (``attachment.upload.*``) and reads (``attachment.get``).

An agent reads a file of a conversation they may see (internal notes' files too), their own
upload not sent yet, or a canned reply's file. ``attachment.from_canned`` copies a canned reply's
files for the agent to send with it (``canned.py``); ``canned.file.add`` / ``canned.file.remove``
let a supervisor change them from the desk. Files are attached to replies and notes by
``message.send``'s ``attachments`` (``app/server/handlers/methods.py`` passes :func:`linker` in).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from app.attachments import AttachmentRefused
from app.protocol import attachments as pa
from app.protocol.attachments import CHUNK_BYTES
from app.protocol.errors import ErrorCode, ProtocolError
from app.server.attachments import canned, rate, repo, service
from app.server.attachments.repo import Owner
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.db.schema import Message
from app.server.principal import AgentPrincipal
from app.server.repos import repo_inbox
from app.server.routes import Route, route


def owner(agent: AgentPrincipal) -> Owner:
    return Owner("agent", agent.username)


def refused(exc: AttachmentRefused) -> ProtocolError:
    """The agent's error for a refused file: the code first, then the rule (never the file)."""
    limit = f" (limit {exc.limit})" if exc.limit is not None else ""
    return ProtocolError(ErrorCode.ATTACHMENT_REFUSED, f"{exc.code}: {exc.message}{limit}")


async def upload_begin(ctx: ServerContext, conn: AgentConn, p: pa.UploadBeginParams) -> pa.UploadStateResult:
    try:
        return await ctx.db.run(
            repo.begin, owner(conn.agent), p.upload_id, p.filename, p.size, service.limits_of(ctx)
        )
    except AttachmentRefused as exc:
        raise refused(exc) from None


async def upload_chunk(ctx: ServerContext, conn: AgentConn, p: pa.UploadChunkParams) -> pa.UploadStateResult:
    cfg = ctx.config
    rate.spend(conn, len(p.data), cfg.upload_bytes_per_second, cfg.upload_burst_bytes)
    return await ctx.db.run(repo.chunk, owner(conn.agent), p.upload_id, p.offset, p.data)


async def upload_finish(
    ctx: ServerContext, conn: AgentConn, p: pa.UploadFinishParams
) -> pa.UploadFinishResult:
    try:
        return pa.UploadFinishResult(attachment=await service.finish(ctx, owner(conn.agent), p.upload_id))
    except AttachmentRefused as exc:
        raise refused(exc) from None


def _agent_read(session: Session, agent: AgentPrincipal, p: pa.AttachmentGetParams) -> pa.AttachmentChunk:
    f, _, conv = repo.readable(session, p.attachment_id)
    if conv is None:
        if f.owner_kind != canned.OWNER_KIND and (f.owner_kind, f.owner) != ("agent", agent.username):
            raise ProtocolError(ErrorCode.NOT_FOUND, "no such attachment")
    else:
        try:
            repo_inbox.visible(session, agent, conv.id)
        except ProtocolError:
            raise ProtocolError(ErrorCode.NOT_FOUND, "no such attachment") from None  # no existence leak
    piece = repo.read(session, f, p.variant, p.offset, CHUNK_BYTES)
    return pa.AttachmentChunk(
        attachment_id=piece.attachment_id,
        variant=piece.variant,
        offset=piece.offset,
        total=piece.total,
        content_type=piece.content_type,
        filename=piece.filename,
        data=piece.data,
        last=piece.offset + len(piece.data) >= piece.total,
    )


async def attachment_get(
    ctx: ServerContext, conn: AgentConn, p: pa.AttachmentGetParams
) -> pa.AttachmentChunk:
    return await ctx.db.run(_agent_read, conn.agent, p)


async def from_canned(ctx: ServerContext, conn: AgentConn, p: pa.FromCannedParams) -> pa.FromCannedResult:
    copies = await ctx.db.run(canned.copy_for, owner(conn.agent), p.canned_id, p.upload_id)
    return pa.FromCannedResult(attachments=copies)


def _supervisor(agent: AgentPrincipal) -> None:
    if agent.role != "supervisor":
        raise ProtocolError(ErrorCode.FORBIDDEN, "only supervisors change a canned reply's files")


async def canned_file_add(
    ctx: ServerContext, conn: AgentConn, p: pa.CannedFileAddParams
) -> pa.CannedFilesResult:
    _supervisor(conn.agent)
    files = await ctx.db.run(canned.adopt, owner(conn.agent), p.canned_id, p.attachment_id)
    return pa.CannedFilesResult(canned_id=p.canned_id, attachments=files)


async def canned_file_remove(
    ctx: ServerContext, conn: AgentConn, p: pa.CannedFileRemoveParams
) -> pa.CannedFilesResult:
    _supervisor(conn.agent)
    files = await ctx.db.run(canned.take_off, conn.agent.username, p.canned_id, p.attachment_id)
    return pa.CannedFilesResult(canned_id=p.canned_id, attachments=files)


def linker(ctx: ServerContext, who: Owner, ids: Sequence[int]) -> Callable[[Session, Message], None] | None:
    """What ``message.send`` calls inside the message's write to make ``ids`` its files."""
    if not ids:
        return None
    limits = service.limits_of(ctx)

    def attach(session: Session, message: Message) -> None:
        files = repo.unsent(session, who, ids)
        try:
            repo.check_message_files(files, limits)
        except AttachmentRefused as exc:
            raise refused(exc) from None
        repo.link(session, files, message)

    return attach


ROUTES: tuple[Route, ...] = (
    route(pa.UPLOAD_BEGIN, upload_begin),
    route(pa.UPLOAD_CHUNK, upload_chunk),
    route(pa.UPLOAD_FINISH, upload_finish),
    route(pa.GET, attachment_get),
    route(pa.FROM_CANNED, from_canned),
    route(pa.CANNED_FILE_ADD, canned_file_add),
    route(pa.CANNED_FILE_REMOVE, canned_file_remove),
)
