"""Decide a file's kind from its first bytes: never from its name or a declared MIME type.

An ``.exe`` renamed ``.png`` starts with ``MZ``, not with the PNG signature, so it is refused here
whatever it is called. Text has no signature: a file that matches no binary signature is text only
if it is valid UTF-8 without NUL bytes (checked by ``documents.check_text``); whether it is CSV
follows from the sender's extension, because CSV and plain text are the same bytes and both are
served as inert text.
"""

from __future__ import annotations

import re
from typing import Final

from .errors import TYPE_NOT_ALLOWED, AttachmentRefused
from .kinds import FileKind

_PNG: Final = b"\x89PNG\r\n\x1a\n"
_MP4_BRANDS: Final = frozenset(
    {
        b"isom",
        b"iso2",
        b"iso3",
        b"iso4",
        b"iso5",
        b"iso6",
        b"mp41",
        b"mp42",
        b"avc1",
        b"M4V ",
        b"qt  ",
        b"MSNV",
        b"dash",
        b"mp71",
    }
)
_EBML: Final = b"\x1a\x45\xdf\xa3"
# Recognised so the refusal is certain rather than "maybe text": executables, archives, other media.
_FORBIDDEN_PREFIXES: Final = (
    b"MZ",
    b"\x7fELF",
    b"\xfe\xed\xfa",
    b"\xcf\xfa\xed\xfe",
    b"\xce\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"Rar!",
    b"7z\xbc\xaf",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"II*\x00",
    b"MM\x00*",
    b"BM",
    b"\x00\x00\x01\x00",
    b"\xd0\xcf\x11\xe0",
)
_CONTROL: Final = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def sniff(data: bytes) -> FileKind:
    """The kind of a binary file by its signature, or ``FileKind.TEXT`` as the candidate for the rest.

    Raises ``AttachmentRefused(type_not_allowed)`` for a known forbidden signature (executables,
    archives, TIFF, BMP, Office files ...) and for anything else that is plainly not text.
    """
    head = data[:64]
    if head.startswith(_PNG):
        return FileKind.PNG
    if head.startswith(b"\xff\xd8\xff"):
        return FileKind.JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return FileKind.GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return FileKind.WEBP
    if head.startswith(b"%PDF-"):
        return FileKind.PDF
    if head[4:8] == b"ftyp" and head[8:12] in _MP4_BRANDS:
        return FileKind.MP4
    if head.startswith(_EBML) and b"webm" in data[:64]:
        return FileKind.WEBM
    if head[4:8] == b"ftyp" or head.startswith(_EBML):
        raise AttachmentRefused(TYPE_NOT_ALLOWED)  # another ISO-BMFF / Matroska flavour (HEIC, MKV ...)
    if head.startswith(_FORBIDDEN_PREFIXES) and _CONTROL.search(head):
        raise AttachmentRefused(TYPE_NOT_ALLOWED)
    return FileKind.TEXT
