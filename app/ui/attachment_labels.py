"""Attachments in words: what the guard said of an image, a file's line in the thread (translated).

The core and the server speak in codes (``withheld`` + ``seed_phrase``, ``not_checked`` +
``timeout``); this module turns them into the agent's language, like :mod:`app.ui.labels`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.protocol.types import Attachment
from app.store import AttachmentView
from app.ui.i18n import QT_TRANSLATE_NOOP

_CTX = "AttachmentLabels"
WITHHELD = {
    "seed_phrase": QT_TRANSLATE_NOOP("AttachmentLabels", "Image withheld: it showed a recovery phrase"),
    "private_key": QT_TRANSLATE_NOOP("AttachmentLabels", "Image withheld: it showed a private key"),
    "key_qr": QT_TRANSLATE_NOOP("AttachmentLabels", "Image withheld: it showed a private key's QR code"),
    "two_factor_secret": QT_TRANSLATE_NOOP("AttachmentLabels", "Image withheld: it showed a 2FA secret"),
    "api_secret": QT_TRANSLATE_NOOP("AttachmentLabels", "Image withheld: it showed an API secret"),
    "password": QT_TRANSLATE_NOOP("AttachmentLabels", "Image withheld: it showed a password"),
    "one_time_code": QT_TRANSLATE_NOOP("AttachmentLabels", "Image withheld: it showed a verification code"),
    "secret": QT_TRANSLATE_NOOP("AttachmentLabels", "Image withheld: it showed a secret"),
}
NOT_CHECKED = QT_TRANSLATE_NOOP("AttachmentLabels", "Not checked by the guard")
NOT_KEPT = QT_TRANSLATE_NOOP("AttachmentLabels", "%1 (%2) — not kept: refused by the file checks")
FILE_LINE = QT_TRANSLATE_NOOP("AttachmentLabels", "Attachment: %1 (%2)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return _tr("%1 MB").replace("%1", f"{size / (1024 * 1024):.1f}")
    return _tr("%1 KB").replace("%1", str(max(1, round(size / 1024))))


def withheld(kind: str | None) -> str:
    return _tr(WITHHELD.get(kind or "secret", WITHHELD["secret"]))


def line(f: AttachmentView) -> str:
    """One line for a file without a preview (or under a preview: its caveat)."""
    if f.status == "withheld":
        return withheld(f.detail)
    if f.id is None:
        return _tr(NOT_KEPT).replace("%1", f.filename).replace("%2", size_text(f.size))
    text = _tr(FILE_LINE).replace("%1", f.filename).replace("%2", size_text(f.size))
    if f.is_image and f.status == "not_checked":
        text += " · " + _tr(NOT_CHECKED)
    return text


def caveat(f: AttachmentView) -> str:
    """Under an image's preview: "not checked" when the guard did not read it, else nothing."""
    return _tr(NOT_CHECKED) if f.status == "not_checked" else ""


REFUSED = {
    "file_too_large": QT_TRANSLATE_NOOP("AttachmentLabels", "The file is larger than the limit."),
    "type_not_allowed": QT_TRANSLATE_NOOP(
        "AttachmentLabels", "Only images, PDF, text, CSV and short videos can be attached."
    ),
    "polyglot": QT_TRANSLATE_NOOP("AttachmentLabels", "The file is damaged or not what its name says."),
    "malformed": QT_TRANSLATE_NOOP("AttachmentLabels", "The file is damaged or not what its name says."),
    "image_too_many_pixels": QT_TRANSLATE_NOOP("AttachmentLabels", "The image is too large."),
    "pdf_active_content": QT_TRANSLATE_NOOP("AttachmentLabels", "The PDF has scripts or embedded files."),
    "empty_file": QT_TRANSLATE_NOOP("AttachmentLabels", "The file is empty."),
    "canned_image_withheld": QT_TRANSLATE_NOOP(
        "AttachmentLabels", "The guard withheld this image: it shows a secret and cannot go with a reply."
    ),
    "canned_image_not_checked": QT_TRANSLATE_NOOP(
        "AttachmentLabels",
        "The guard could not read this image; a canned reply's image must be read and found safe.",
    ),
    "canned_too_many_files": QT_TRANSLATE_NOOP("AttachmentLabels", "A canned reply carries at most 5 files."),
}
REFUSED_OTHER = QT_TRANSLATE_NOOP("AttachmentLabels", "The file was refused.")
NOT_SENT = QT_TRANSLATE_NOOP("AttachmentLabels", "Could not upload the file: %1")
OPEN_FAILED = QT_TRANSLATE_NOOP("AttachmentLabels", "The attachment could not be opened: %1")


def refused(code: str, message: str) -> str:
    """A refused upload (``attachment_refused``: the message starts with the refusal code)."""
    if code == "attachment_refused":
        reason = message.split(":", 1)[0].strip()
        return _tr(REFUSED.get(reason, REFUSED_OTHER))
    return _tr(NOT_SENT).replace("%1", message or code)


def open_failed(reason: str) -> str:
    return _tr(OPEN_FAILED).replace("%1", reason)


CANNED_FILES = QT_TRANSLATE_NOOP("AttachmentLabels", "Sends with it: %1")
CANNED_FILE_GONE = QT_TRANSLATE_NOOP("AttachmentLabels", "This file was taken off the canned reply.")


def canned_files(attachments: Sequence[Attachment]) -> str:
    """The files a canned reply carries, for the picker: "Sends with it: guide.pdf (2 KB)"."""
    names = ", ".join(f"{a.filename} ({size_text(a.size)})" for a in attachments)
    return _tr(CANNED_FILES).replace("%1", names)


def canned_file_gone() -> str:
    return _tr(CANNED_FILE_GONE)


CANNED_FILE_UPLOADING = QT_TRANSLATE_NOOP("AttachmentLabels", "Uploading %1…")
CANNED_FILE_ADDED = QT_TRANSLATE_NOOP("AttachmentLabels", "Added %1 to the reply.")
CANNED_FILE_REMOVED = QT_TRANSLATE_NOOP("AttachmentLabels", "Removed %1 from the reply.")


def canned_file_uploading(filename: str) -> str:
    return _tr(CANNED_FILE_UPLOADING).replace("%1", filename)


def canned_file_added(filename: str) -> str:
    return _tr(CANNED_FILE_ADDED).replace("%1", filename)


def canned_file_removed(filename: str) -> str:
    return _tr(CANNED_FILE_REMOVED).replace("%1", filename)
