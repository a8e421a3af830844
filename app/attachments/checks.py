"""``check_file`` and ``check_message``: the content checks every attachment passes before storage.

Pure functions of the bytes, the sender's filename and the limits: fast (a few milliseconds for a
10 MB file, no pixel decoding), so the server can run them on the upload path and refuse early
with a code. Images then go through the worker pool (``ImageChecker``), which decodes them within
the pixel cap, re-encodes them and reads them; recordings and documents are stored as ``data``
returned here.

The sender's declared MIME type is deliberately not a parameter: the type is what the bytes are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .containers import image_layout
from .documents import check_pdf, check_text
from .errors import (
    EMPTY_FILE,
    FILE_TOO_LARGE,
    IMAGE_TOO_MANY_PIXELS,
    MESSAGE_TOO_LARGE,
    TOO_MANY_FILES,
    AttachmentRefused,
)
from .kinds import FileKind
from .limits import DEFAULT_LIMITS, AttachmentLimits
from .names import sanitize_filename
from .sniff import sniff
from .video import check_mp4, check_webm


@dataclass(frozen=True, slots=True)
class CheckedFile:
    """A file that passed the content checks.

    ``data`` is what may be stored for documents and recordings (recordings have their metadata
    blanked); for images it is the original, which must still go through ``ImageChecker`` and be
    replaced by the re-encoded image. ``width``/``height`` are the header's for images, else 0.
    """

    kind: FileKind
    filename: str
    data: bytes
    width: int = 0
    height: int = 0
    animated: bool = False

    @property
    def mime(self) -> str:
        return self.kind.mime

    @property
    def size(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:  # never the bytes, never the customer's filename
        return f"CheckedFile({self.kind.name}, {self.size} bytes)"


def check_pixels(width: int, height: int, limits: AttachmentLimits) -> None:
    """Refuse dimensions over the caps, by arithmetic on the header's numbers."""
    if width > limits.max_side or height > limits.max_side or width * height > limits.max_pixels:
        raise AttachmentRefused(IMAGE_TOO_MANY_PIXELS, limit=limits.max_pixels)


def _text_kind(filename: str) -> FileKind:
    ext = filename.rpartition(".")[2].lower() if "." in filename else ""
    return FileKind.CSV if FileKind.CSV.keeps_extension(ext) else FileKind.TEXT


def check_file(data: bytes, filename: str, limits: AttachmentLimits = DEFAULT_LIMITS) -> CheckedFile:
    """Check one file; raises ``AttachmentRefused`` with a code, or returns what may be kept."""
    if not data:
        raise AttachmentRefused(EMPTY_FILE)
    if len(data) > limits.max_file_bytes:
        raise AttachmentRefused(FILE_TOO_LARGE, limit=limits.max_file_bytes)
    kind = sniff(data)
    width = height = 0
    animated = False
    if kind.is_image:
        layout = image_layout(kind, data)
        check_pixels(layout.width, layout.height, limits)
        width, height, animated = layout.width, layout.height, layout.animated
    elif kind is FileKind.PDF:
        check_pdf(data)
    elif kind is FileKind.MP4:
        data = check_mp4(data, limits.max_video_seconds)
    elif kind is FileKind.WEBM:
        data = check_webm(data, limits.max_video_seconds)
    else:
        check_text(data)
        kind = _text_kind(filename)
    name = sanitize_filename(filename, kind, max_chars=limits.max_filename_chars)
    return CheckedFile(kind, name, data, width, height, animated)


def check_message(sizes: Sequence[int], limits: AttachmentLimits = DEFAULT_LIMITS) -> None:
    """Refuse a message whose files are too many or too large together (before any is stored)."""
    if len(sizes) > limits.max_files_per_message:
        raise AttachmentRefused(TOO_MANY_FILES, limit=limits.max_files_per_message)
    for size in sizes:
        if size > limits.max_file_bytes:
            raise AttachmentRefused(FILE_TOO_LARGE, limit=limits.max_file_bytes)
    if sum(sizes) > limits.max_message_bytes:
        raise AttachmentRefused(MESSAGE_TOO_LARGE, limit=limits.max_message_bytes)
