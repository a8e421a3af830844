"""Files that a canned reply carries (a help-centre PDF, a screenshot of where a setting is).

A canned reply's files are vetted once, when an administrator adds them
(``agentdesk-server canned-file add``: :func:`vet`, then :func:`keep`): the same checks as every upload
(``service.vetted``: type by content, the allow-list, sizes, polyglots, PDF active content, images
re-encoded), and an image must have been read by the image guard and found safe — a canned file is
sent to many customers, so "not checked" is not good enough and a withheld one is refused.

They are ``attachment_files`` rows owned by ``("canned", <the reply's key>)``, never sent
themselves: no new table, and the blob reference counting of ``repo._drop_unreferenced`` keeps a
canned file's bytes while its row exists, whatever happens to the conversations it was sent in.
When an agent inserts the reply, ``attachment.from_canned`` (:func:`copy_for`) makes the agent's
own unsent copies (new rows, the same blobs: no bytes copied), idempotent by the client's
``upload_id``; the desk sends them with the reply through ``message.send``'s ``attachments`` like
any upload. ``canned.list`` shows each reply's files (:func:`with_files`).

A supervisor can do the same from the desk (``canned.file.add`` / ``canned.file.remove``,
:func:`adopt` / :func:`take_off`): the file is uploaded like any other (``attachment.upload.*``,
so it is vetted by the same code with the server's own image guard), then made the reply's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

import msgspec
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.attachments import AttachmentLimits, ImageChecker, check_file
from app.protocol import types as pt
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import audit
from app.server.attachments import repo, service
from app.server.attachments.blobs import digest
from app.server.attachments.repo import Owner
from app.server.attachments.schema import AttachmentFile
from app.server.db.schema import CannedReply, Message
from app.server.timeutil import utcnow

OWNER_KIND = repo.CANNED_OWNER_KIND
#: files a canned reply may carry (a message takes at most ``max_files_per_message`` anyway)
MAX_FILES = 5


class CannedFileRefused(ValueError):
    """A file that may not be a canned reply's (the message says why, never what the file showed)."""


def owner_of(key: str) -> Owner:
    return Owner(OWNER_KIND, key)


def _rows(session: Session, keys: Sequence[str]) -> dict[str, list[AttachmentFile]]:
    found: dict[str, list[AttachmentFile]] = defaultdict(list)
    if not keys:
        return found
    for f in session.scalars(
        sa.select(AttachmentFile)
        .where(AttachmentFile.owner_kind == OWNER_KIND, AttachmentFile.owner.in_(list(keys)))
        .order_by(AttachmentFile.id)
    ):
        found[f.owner].append(f)
    return found


def files_of(session: Session, key: str) -> list[pt.Attachment]:
    return [repo.view(f) for f in _rows(session, [key]).get(key, [])]


def with_files(session: Session, replies: list[pt.CannedReply]) -> list[pt.CannedReply]:
    """``canned.list``'s replies with the files each carries."""
    by_key = _rows(session, [r.key for r in replies])
    return [
        msgspec.structs.replace(r, attachments=[repo.view(f) for f in by_key[r.key]])
        if r.key in by_key
        else r
        for r in replies
    ]


def reply_of(session: Session, key: str) -> CannedReply:
    reply = session.scalar(sa.select(CannedReply).where(CannedReply.key == key))
    if reply is None:
        raise CannedFileRefused(f"no canned reply with the key {key!r}")
    return reply


async def vet(
    data: bytes, filename: str, limits: AttachmentLimits, checker: ImageChecker | None
) -> repo.Content:
    """The upload checks, then the canned rule: an image must have been read and found safe.
    Raises ``CannedFileRefused`` (or ``AttachmentRefused`` from the checks); writes nothing."""
    content = await service.vetted(data, filename, limits, checker)
    if content.data is None:
        raise CannedFileRefused(f"the image guard withheld this image ({content.detail}): it cannot be sent")
    if content.content_type.startswith("image/") and content.status != "safe":
        raise CannedFileRefused(
            f"the image guard could not read this image ({content.detail}); a canned reply's image must "
            "be read and found safe (run with the image guard and try again)"
        )
    return content


def vet_document(data: bytes, filename: str, limits: AttachmentLimits) -> repo.Content:
    """:func:`vet` for a file that is not an image (no pool needed): the demo's help-centre PDF."""
    checked = check_file(data, filename, limits)
    if checked.kind.is_image:
        raise CannedFileRefused("an image must be vetted by the image guard (canned.vet)")
    return repo.Content(checked.filename, checked.mime, checked.data, "not_checked", "not_an_image")


def keep(session: Session, key: str, content: repo.Content) -> pt.Attachment:
    """Store vetted ``content`` as a file of ``key`` (the same content twice is one file)."""
    reply_of(session, key)
    assert content.data is not None
    upload_id = "file-" + digest(content.data)[:40]
    existing = repo.finished(session, owner_of(key), upload_id)
    if existing is not None:
        return existing
    if len(_rows(session, [key]).get(key, [])) >= MAX_FILES:
        raise CannedFileRefused(f"a canned reply carries at most {MAX_FILES} files")
    return repo.keep(session, owner_of(key), upload_id, content)


def remove(session: Session, key: str, attachment_id: int) -> bool:
    """Take a file off the canned reply ``key`` (its bytes go when nothing else uses them)."""
    reply_of(session, key)
    rows = [f for f in _rows(session, [key]).get(key, []) if f.id == attachment_id]
    if not rows:
        return False
    repo.delete_files(session, rows)
    return True


def _refuse(code: str, message: str) -> ProtocolError:
    return ProtocolError(ErrorCode.ATTACHMENT_REFUSED, f"{code}: {message}")


def adopt(session: Session, who: Owner, canned_id: int, attachment_id: int) -> list[pt.Attachment]:
    """``canned.file.add``: the caller's own unsent upload ``attachment_id`` (vetted at its
    ``finish`` like every upload) becomes a file of the canned reply, a row of its own over the same
    stored bytes. The canned rule of :func:`vet` holds: an image must have been read and found
    safe. The same content twice is one file (its digest names it, as with the command), so a
    repeat after a lost answer answers the same list. Returns the reply's files."""
    reply = session.get(CannedReply, canned_id)
    if reply is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such canned reply")
    [upload] = repo.unsent(session, who, [attachment_id])
    if upload.status == "withheld" or upload.sha256 is None:
        raise _refuse("canned_image_withheld", "the image guard withheld this image: it cannot be sent")
    if upload.content_type.startswith("image/") and upload.status != "safe":
        raise _refuse(
            "canned_image_not_checked",
            f"the image guard could not read this image ({upload.detail}); a canned reply's image must "
            "be read and found safe",
        )
    owner = owner_of(reply.key)
    upload_id = "file-" + upload.sha256[:40]
    if repo.finished(session, owner, upload_id) is None:
        if len(_rows(session, [reply.key]).get(reply.key, [])) >= MAX_FILES:
            raise _refuse("canned_too_many_files", f"a canned reply carries at most {MAX_FILES} files")
        row = _copy(upload, owner, upload_id)
        session.add(row)
        session.flush()
        details = {"file": row.id, "content_type": row.content_type, "size": row.size}
        audit.record(session, who.id, "canned.file.add", reply.key, details)
    return files_of(session, reply.key)


def take_off(session: Session, actor: str, canned_id: int, attachment_id: int) -> list[pt.Attachment]:
    """``canned.file.remove``: :func:`remove` by the reply's id; ``not_found`` when the reply does
    not carry that file. Returns the reply's files."""
    reply = session.get(CannedReply, canned_id)
    if reply is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such canned reply")
    if not remove(session, reply.key, attachment_id):
        raise ProtocolError(ErrorCode.NOT_FOUND, "the canned reply carries no such file")
    audit.record(session, actor, "canned.file.remove", reply.key, {"file": attachment_id})
    return files_of(session, reply.key)


def carries_files(session: Session, key: str) -> bool:
    """Whether the canned reply ``key`` carries any file (one query, for a batch of replies)."""
    return (
        session.scalar(
            sa.select(AttachmentFile.id)
            .where(AttachmentFile.owner_kind == OWNER_KIND, AttachmentFile.owner == key)
            .limit(1)
        )
        is not None
    )


def for_reply(
    session: Session, who: Owner, key: str, upload_id: str
) -> tuple[list[int], Callable[[Session, Message], None] | None]:
    """A reply the server writes with a canned reply (a macro's held reply): the ids of ``who``'s
    copies of its files and the ``files`` callback ``repo_messages.agent_send`` links them with."""
    reply = session.scalar(sa.select(CannedReply).where(CannedReply.key == key))
    if reply is None:
        return [], None
    ids = [c.id for c in copy_for(session, who, reply.id, upload_id) if c.id is not None]
    if not ids:
        return [], None

    def attach(s: Session, message: Message) -> None:
        repo.link(s, repo.unsent(s, who, ids), message)

    return ids, attach


def copy_for(session: Session, who: Owner, canned_id: int, upload_id: str) -> list[pt.Attachment]:
    """The agent's own unsent copies of the canned reply's files (``attachment.from_canned``).

    Asking again with the same ``upload_id`` answers the same copies (a repeat after a lost
    answer); copies already sent are answered as they are (``message.send`` then refuses them as
    sent, so a reply never carries a file twice)."""
    reply = session.get(CannedReply, canned_id)
    if reply is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such canned reply")
    copies: list[pt.Attachment] = []
    for i, template in enumerate(_rows(session, [reply.key]).get(reply.key, [])):
        copy_id = f"{upload_id}.{i}"
        existing = repo.finished(session, who, copy_id)
        if existing is not None:
            copies.append(existing)
            continue
        row = _copy(template, who, copy_id)
        session.add(row)
        session.flush()
        copies.append(repo.view(row))
    return copies


def _copy(source: AttachmentFile, who: Owner, upload_id: str) -> AttachmentFile:
    """A new file row of ``who`` over ``source``'s stored bytes (no bytes copied)."""
    return AttachmentFile(
        owner_kind=who.kind,
        owner=who.id,
        upload_id=upload_id,
        filename=source.filename,
        content_type=source.content_type,
        size=source.size,
        sha256=source.sha256,
        thumb_sha256=source.thumb_sha256,
        thumb_type=source.thumb_type,
        status=source.status,
        detail=source.detail,
        width=source.width,
        height=source.height,
        created_at=utcnow(),
    )
