"""Why a file is refused: a stable code the protocol carries and a message that never quotes the file.

The codes are an interface (the upload frames, the web chat and the desk map them to translated text),
so they are only ever added to, never renamed. The English ``message`` is for logs and API errors; it
describes the rule that was broken and never contains the file's name or bytes, which may hold
anything the customer sent.
"""

from __future__ import annotations

from typing import Final

EMPTY_FILE: Final = "empty_file"
FILE_TOO_LARGE: Final = "file_too_large"
MESSAGE_TOO_LARGE: Final = "message_too_large"
TOO_MANY_FILES: Final = "too_many_files"
TYPE_NOT_ALLOWED: Final = "type_not_allowed"
POLYGLOT: Final = "polyglot"
MALFORMED: Final = "malformed"
IMAGE_TOO_MANY_PIXELS: Final = "image_too_many_pixels"
TEXT_NOT_UTF8: Final = "text_not_utf8"
TEXT_BINARY: Final = "text_binary"
PDF_ACTIVE_CONTENT: Final = "pdf_active_content"
VIDEO_TOO_LONG: Final = "video_too_long"
IMAGE_SUPPORT_MISSING: Final = "image_support_missing"

_MESSAGES: Final = {
    EMPTY_FILE: "the file is empty",
    FILE_TOO_LARGE: "the file is larger than the per-file limit",
    MESSAGE_TOO_LARGE: "the files of this message are larger together than the per-message limit",
    TOO_MANY_FILES: "the message has more files than allowed",
    TYPE_NOT_ALLOWED: (
        "the file's content is not an allowed type (PNG, JPEG, WebP, GIF, PDF, plain text, CSV, MP4 or WebM)"
    ),
    POLYGLOT: "the file carries extra data after or inside its format that could be another file",
    MALFORMED: "the file's structure is damaged or truncated",
    IMAGE_TOO_MANY_PIXELS: "the image's dimensions are over the limit",
    TEXT_NOT_UTF8: "the text file is not valid UTF-8",
    TEXT_BINARY: "the text file contains binary data (NUL bytes)",
    PDF_ACTIVE_CONTENT: "the PDF contains scripts, launch actions or embedded files",
    VIDEO_TOO_LONG: "the recording is longer than the limit",
    IMAGE_SUPPORT_MISSING: "this server cannot decode images (the attachments extra is not installed)",
}
REFUSAL_CODES: Final = frozenset(_MESSAGES)


class AttachmentRefused(ValueError):
    """A file (or a message's set of files) that the desk will not accept.

    ``code`` is one of ``REFUSAL_CODES``; ``limit`` is the configured bound that was exceeded (bytes,
    pixels, seconds or a count) when there is one, so a client can say "over 10 MB".
    """

    def __init__(self, code: str, *, limit: int | None = None) -> None:
        if code not in _MESSAGES:
            raise KeyError(code)
        super().__init__(_MESSAGES[code])
        self.code = code
        self.limit = limit

    @property
    def message(self) -> str:
        return _MESSAGES[self.code]

    def __repr__(self) -> str:
        return f"AttachmentRefused({self.code!r}, limit={self.limit!r})"
