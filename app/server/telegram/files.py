"""Photos and documents a customer sends the bot.

``import_file(data, filename, mime)`` is the seam to the attachments' storage and image guard
(issue 18 step 2, built in parallel: ``app/server/attachments``). Until that is connected, a file
is *not* imported: the agent gets an internal note (code ``telegram.file_not_imported``) that a
file arrived — its name, type and size — and was not imported, and can ask the customer to send it
another way. The bytes are dropped: nothing unchecked is stored or shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.protocol import notes


@dataclass(frozen=True, slots=True)
class FileOutcome:
    imported: bool
    note: str  # the agent's internal note about the file (English body)
    args: dict[str, str]  # its arguments (notes.TELEGRAM_FILE_NOT_IMPORTED)
    code: str = notes.TELEGRAM_FILE_NOT_IMPORTED


def import_file(data: bytes, filename: str, mime: str) -> FileOutcome:
    """Hand a received file to the attachments' storage and guard; today: the note above."""
    return _not_imported(filename, mime, f"{len(data):,} bytes")


def not_downloaded(filename: str, mime: str) -> FileOutcome:
    """The file could not be fetched from Telegram (too big, gone): the same note, size unknown."""
    return _not_imported(filename, mime, "?")


def _not_imported(filename: str, mime: str, size: str) -> FileOutcome:
    args = {"filename": _plain(filename), "mime": _plain(mime), "size": size}
    note = (
        f"The customer sent a file on Telegram ({args['filename']}, {args['mime']}, {size}); "
        "it was not imported."
    )
    return FileOutcome(imported=False, note=note, args=args)


def _plain(value: str) -> str:
    """One line, printable, at most 100 characters (a file name is the sender's text)."""
    cleaned = "".join(ch if ch.isprintable() else "?" for ch in value)
    return cleaned[:100] or "?"
