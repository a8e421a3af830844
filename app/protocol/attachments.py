"""Attachments on the wire: chunked, resumable uploads and chunked downloads (docs/protocol.md).

An upload is named by the client (``upload_id``, like ``client_msg_id``), so every step can be
repeated after a reconnect: ``begin`` again answers how many bytes the server already holds,
a chunk already received is acknowledged and not stored twice, and ``finish`` of a finished upload
answers the same attachment. The file is checked once, at ``finish`` (type by content, size, image
decoding limits, the image guard); a refusal keeps nothing. The attachment is then sent with a
message (``message.send`` / the customer's ``send``: ``attachments: [id]``).

Chunks are base64 in JSON text frames (msgspec encodes ``bytes`` so): ``CHUNK_BYTES`` of data is
about 128 KiB of text, under the server's default 256 KiB frame limit.

The customer's frames (``upload_begin`` ...) are in :mod:`app.protocol.frames`; the agent's
methods are below.
"""

from __future__ import annotations

from typing import Annotated, Literal

from msgspec import Meta, Struct

from app.protocol.spec import MethodSpec
from app.protocol.types import SINGLE_LINE, Attachment, Id

CHUNK_BYTES = 96 * 1024
#: no file on the wire is larger than this, whatever the server's own (smaller) limit says
MAX_UPLOAD_BYTES = 100 * 1024 * 1024

UploadId = Annotated[str, Meta(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+\Z")]
Filename = Annotated[str, Meta(min_length=1, max_length=255, pattern=SINGLE_LINE)]
FileSize = Annotated[int, Meta(ge=1, le=MAX_UPLOAD_BYTES)]
Offset = Annotated[int, Meta(ge=0, le=MAX_UPLOAD_BYTES)]
Variant = Literal["file", "thumbnail"]


class UploadBeginParams(Struct, frozen=True):
    upload_id: UploadId
    filename: Filename
    size: FileSize


class UploadChunkParams(Struct, frozen=True):
    upload_id: UploadId
    offset: Offset
    data: Annotated[bytes, Meta(min_length=1, max_length=CHUNK_BYTES)]

    def __repr__(self) -> str:  # never the bytes
        return f"UploadChunkParams({self.upload_id!r}, offset={self.offset}, {len(self.data)} bytes)"


class UploadFinishParams(Struct, frozen=True):
    upload_id: UploadId


class UploadStateResult(Struct, frozen=True):
    """How many bytes the server holds of ``size``: the next chunk starts at ``received``."""

    upload_id: str
    received: int
    size: int


class UploadFinishResult(Struct, frozen=True):
    """The stored attachment; ``status`` ``withheld`` means nothing of it was kept (the image
    showed a secret: ``detail`` says which kind)."""

    attachment: Attachment


class AttachmentGetParams(Struct, frozen=True):
    attachment_id: Id
    variant: Variant = "file"
    offset: Offset = 0


class AttachmentChunk(Struct, frozen=True):
    """``data`` from ``offset`` of ``total`` bytes; ask again from ``offset + len(data)`` until
    ``last``. ``content_type`` is decided by content; save under ``filename`` (sanitised)."""

    attachment_id: int
    variant: str
    offset: int
    total: int
    content_type: str
    filename: str
    data: bytes
    last: bool

    def __repr__(self) -> str:
        return f"AttachmentChunk({self.attachment_id}, offset={self.offset}, {len(self.data)} bytes)"


class FromCannedParams(Struct, frozen=True):
    """Copy a canned reply's files for the agent to send with it: the i-th file becomes the
    agent's upload ``<upload_id>.<i>`` (so asking again answers the same copies)."""

    canned_id: Id
    upload_id: Annotated[str, Meta(min_length=8, max_length=60, pattern=r"^[A-Za-z0-9_.:-]+\Z")]


class FromCannedResult(Struct, frozen=True):
    """The agent's own unsent attachments, in the reply's order (empty: it carries no file)."""

    attachments: list[Attachment]


class CannedFileAddParams(Struct, frozen=True):
    """Make the caller's own finished, unsent upload a file of the canned reply ``canned_id``
    (supervisors). The same content twice is one file, so a repeat answers the same list."""

    canned_id: Id
    attachment_id: Id


class CannedFileRemoveParams(Struct, frozen=True):
    """Take the file ``attachment_id`` off the canned reply ``canned_id`` (supervisors)."""

    canned_id: Id
    attachment_id: Id


class CannedFilesResult(Struct, frozen=True):
    """The canned reply's files after the change, in its order (as ``canned.list`` shows them)."""

    canned_id: int
    attachments: list[Attachment]


UPLOAD_BEGIN = MethodSpec("attachment.upload.begin", UploadBeginParams, UploadStateResult)
UPLOAD_CHUNK = MethodSpec("attachment.upload.chunk", UploadChunkParams, UploadStateResult)
UPLOAD_FINISH = MethodSpec("attachment.upload.finish", UploadFinishParams, UploadFinishResult)
GET = MethodSpec("attachment.get", AttachmentGetParams, AttachmentChunk)
FROM_CANNED = MethodSpec("attachment.from_canned", FromCannedParams, FromCannedResult)
CANNED_FILE_ADD = MethodSpec("canned.file.add", CannedFileAddParams, CannedFilesResult)
CANNED_FILE_REMOVE = MethodSpec("canned.file.remove", CannedFileRemoveParams, CannedFilesResult)

#: this module's methods, for :mod:`app.protocol.registry`
SPECS: tuple[MethodSpec[Struct, Struct], ...] = (
    UPLOAD_BEGIN,
    UPLOAD_CHUNK,
    UPLOAD_FINISH,
    GET,
    FROM_CANNED,
    CANNED_FILE_ADD,
    CANNED_FILE_REMOVE,
)
#: this module has no events (attachments ride on ``message.created``)
EVENT_TYPES: tuple[type[Struct], ...] = ()
