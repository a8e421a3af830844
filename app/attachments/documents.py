"""Checks for the files that are stored as sent: plain text, CSV and PDF.

They are not re-encoded (a PDF cannot be without a full PDF library, and text needs nothing), so
the checks look for what would make them dangerous to an agent who opens them:

* text must be UTF-8 with no NUL bytes or other control characters (tab, newlines and ESC are
  fine): it is served as ``text/plain`` with ``nosniff`` and shown as plain text, so HTML or script
  inside is inert text;
* a PDF must start with its header and end with ``%%EOF``, with nothing but whitespace after it
  (an appended archive or script is a polyglot), and must not name JavaScript, launch actions,
  embedded files, rich media or XFA forms. Known limit: those names can hide inside compressed
  object streams, which this check does not inflate; the desk's viewer should open PDFs with
  scripting off.
"""

from __future__ import annotations

import codecs
import re
from typing import Final

from .errors import (
    MALFORMED,
    PDF_ACTIVE_CONTENT,
    POLYGLOT,
    TEXT_BINARY,
    TEXT_NOT_UTF8,
    TYPE_NOT_ALLOWED,
    AttachmentRefused,
)

_ZIP_END: Final = b"PK\x05\x06"
_ZIP_LOCAL: Final = b"PK\x03\x04"
_PDF_HEADER: Final = re.compile(rb"%PDF-[12]\.[0-9]")
_PDF_TAIL: Final = re.compile(rb"%%EOF[\x00\t\n\f\r ]*\Z")
# PDF name tokens; "#xx" escapes inside names are folded before matching (/J#61vaScript).
_PDF_ACTIVE: Final = re.compile(
    rb"/(?:JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA|SubmitForm|ImportData|GoToE)(?![A-Za-z0-9])"
)
_PDF_NAME_ESCAPE: Final = re.compile(rb"#([0-9A-Fa-f]{2})")
_HEAD_BYTES: Final = 1024
# C0 controls other than tab, newlines, form feed and ESC (colour codes in logs): binary, not text.
_TEXT_CONTROL: Final = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")


def check_text(data: bytes) -> None:
    """Refuse text that is not UTF-8 or carries NUL bytes; a binary file is ``type_not_allowed``."""
    head = data[:_HEAD_BYTES]
    if b"\x00" in head:
        raise AttachmentRefused(TYPE_NOT_ALLOWED)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError as exc:
        raise AttachmentRefused(TYPE_NOT_ALLOWED) from exc
    if b"\x00" in data:
        raise AttachmentRefused(TEXT_BINARY)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AttachmentRefused(TEXT_NOT_UTF8) from exc
    if _TEXT_CONTROL.search(data):
        raise AttachmentRefused(TEXT_BINARY)


def _fold_name_escapes(data: bytes) -> bytes:
    if b"#" not in data:
        return data
    return _PDF_NAME_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), data)


def check_pdf(data: bytes) -> None:
    """Refuse a PDF that is truncated, carries trailing data or names active content."""
    if not _PDF_HEADER.match(data):
        raise AttachmentRefused(MALFORMED)
    if not _PDF_TAIL.search(data, max(0, len(data) - 64)):
        last = data.rfind(b"%%EOF")
        raise AttachmentRefused(MALFORMED if last < 0 else POLYGLOT)
    if _ZIP_END in data[-65_600:] or _ZIP_LOCAL in data[:_HEAD_BYTES]:
        raise AttachmentRefused(POLYGLOT)
    if _PDF_ACTIVE.search(_fold_name_escapes(data)):
        raise AttachmentRefused(PDF_ACTIVE_CONTENT)
