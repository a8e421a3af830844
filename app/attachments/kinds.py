"""The allow-list: every type the desk accepts, with the one MIME type and extension it is served as.

A file's kind is decided by its bytes (see ``sniff``); the MIME type and extension here are what the
server stores and sends, whatever the customer's browser or mail client declared.
"""

from __future__ import annotations

from enum import Enum


class FileKind(Enum):
    """An allowed type: (MIME type, canonical extension, other extensions kept as the sender wrote)."""

    PNG = ("image/png", "png", ())
    JPEG = ("image/jpeg", "jpg", ("jpeg", "jpe"))
    WEBP = ("image/webp", "webp", ())
    GIF = ("image/gif", "gif", ())
    PDF = ("application/pdf", "pdf", ())
    TEXT = ("text/plain", "txt", ("log", "md"))
    CSV = ("text/csv", "csv", ("tsv",))
    MP4 = ("video/mp4", "mp4", ("m4v",))
    WEBM = ("video/webm", "webm", ())

    def __init__(self, mime: str, extension: str, aliases: tuple[str, ...]) -> None:
        self.mime = mime
        self.extension = extension
        self.aliases = aliases

    @property
    def is_image(self) -> bool:
        """Decoded, re-encoded and read by the image guard before anyone sees it."""
        return self in _IMAGES

    @property
    def is_video(self) -> bool:
        """Stored as sent (metadata boxes blanked), not transcoded and not read by the guard."""
        return self in (FileKind.MP4, FileKind.WEBM)

    @property
    def is_text(self) -> bool:
        return self in (FileKind.TEXT, FileKind.CSV)

    def keeps_extension(self, extension: str) -> bool:
        """Whether a sender's extension (lower case, no dot) already names this kind."""
        return extension == self.extension or extension in self.aliases


_IMAGES = frozenset({FileKind.PNG, FileKind.JPEG, FileKind.WEBP, FileKind.GIF})
