"""The desk's side of attachments: upload a file for a reply or note, read one (cached, sealed).

Both go through the typed session (``attachment.upload.*``, ``attachment.get``; docs/protocol.md
"Attachments") in chunks, awaiting each answer, so the Qt loop never waits: reading a file from
disk runs in a thread, the cache's file I/O on the store's thread. An upload is named once
(``upload_id``) and resumes where the server stopped if the connection drops in between.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from msgspec import Struct

from app.protocol import attachments as pa
from app.protocol.spec import MethodSpec
from app.protocol.types import Attachment

Progress = Callable[[int, int], None]  # (bytes the server holds, size)


class Caller(Protocol):
    async def call(self, spec: MethodSpec[Struct, Struct], params: Struct) -> Struct: ...


class FileCache(Protocol):
    async def cached_file(self, attachment_id: int, variant: str = "file") -> bytes | None: ...

    async def keep_file(self, attachment_id: int, variant: str, data: bytes) -> None: ...


def new_upload_id() -> str:
    return "desk-" + uuid.uuid4().hex


async def upload_bytes(
    session: Caller, data: bytes, filename: str, *, upload_id: str | None = None,
    progress: Progress | None = None,
) -> Attachment:
    """Upload ``data``; the server's attachment (its ``status`` says what the checks found).
    Raises ``RequestFailed`` (code ``attachment_refused``: the message starts with the reason)."""
    uid = upload_id or new_upload_id()
    state = await session.call(pa.UPLOAD_BEGIN, pa.UploadBeginParams(upload_id=uid, filename=filename,
                                                                     size=len(data)))
    assert isinstance(state, pa.UploadStateResult)
    received = state.received
    while received < len(data):
        piece = data[received : received + pa.CHUNK_BYTES]
        state = await session.call(pa.UPLOAD_CHUNK, pa.UploadChunkParams(upload_id=uid, offset=received,
                                                                         data=piece))
        assert isinstance(state, pa.UploadStateResult)
        received = state.received
        if progress is not None:
            progress(received, len(data))
    done = await session.call(pa.UPLOAD_FINISH, pa.UploadFinishParams(upload_id=uid))
    assert isinstance(done, pa.UploadFinishResult)
    return done.attachment


async def from_canned(session: Caller, canned_id: int, *, upload_id: str | None = None) -> list[Attachment]:
    """The agent's own copies of a canned reply's files, ready to send with the reply
    (``attachment.from_canned``; the same ``upload_id`` again answers the same copies)."""
    params = pa.FromCannedParams(canned_id=canned_id, upload_id=upload_id or new_upload_id())
    result = await session.call(pa.FROM_CANNED, params)
    assert isinstance(result, pa.FromCannedResult)
    return list(result.attachments)


async def add_canned_file(
    session: Caller, canned_id: int, path: Path, *, progress: Progress | None = None
) -> list[Attachment]:
    """A supervisor's file for a canned reply: uploaded like any other (vetted by the server, an
    image read by its guard), then made the reply's (``canned.file.add``). The reply's files after."""
    upload = await upload_path(session, path, progress=progress)
    if upload.id is None:  # not kept by the checks: nothing to add
        raise ValueError("the file was not kept")
    params = pa.CannedFileAddParams(canned_id=canned_id, attachment_id=upload.id)
    result = await session.call(pa.CANNED_FILE_ADD, params)
    assert isinstance(result, pa.CannedFilesResult)
    return list(result.attachments)


async def remove_canned_file(session: Caller, canned_id: int, attachment_id: int) -> list[Attachment]:
    """Take a file off a canned reply (``canned.file.remove``); the reply's files after."""
    params = pa.CannedFileRemoveParams(canned_id=canned_id, attachment_id=attachment_id)
    result = await session.call(pa.CANNED_FILE_REMOVE, params)
    assert isinstance(result, pa.CannedFilesResult)
    return list(result.attachments)


async def upload_path(session: Caller, path: Path, *, progress: Progress | None = None) -> Attachment:
    """Upload a file from disk (read in a thread). The server enforces the size cap."""
    data = await asyncio.to_thread(Path(path).read_bytes)
    return await upload_bytes(session, data, Path(path).name[:255] or "file", progress=progress)


async def read(
    session: Caller, cache: FileCache, attachment_id: int, variant: pa.Variant = "file"
) -> bytes:
    """An attachment's bytes (``file`` or ``thumbnail``): from the sealed cache when the desk
    opened it before, else downloaded in chunks and kept there."""
    cached = await cache.cached_file(attachment_id, variant)
    if cached is not None:
        return cached
    parts: list[bytes] = []
    offset = 0
    while True:
        piece = await session.call(pa.GET, pa.AttachmentGetParams(attachment_id=attachment_id,
                                                                  variant=variant, offset=offset))
        assert isinstance(piece, pa.AttachmentChunk)
        parts.append(piece.data)
        offset += len(piece.data)
        if piece.last or not piece.data:
            break
    data = b"".join(parts)
    await cache.keep_file(attachment_id, variant, data)
    return data
