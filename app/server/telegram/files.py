"""Photos and documents a customer sends the bot: kept through the same checks and image guard as
an upload (``app.server.attachments``), like inbound email's files (``app/server/email/files.py``).

:func:`import_file` stores a received file *unsent* under the update's own key (a redelivered
update finds the same row) and the webhook links it to the customer's message in the message's
own write (:func:`linker`), so agents see it like any other attachment (thumbnail, viewer). A
withheld image (a seed phrase, a key) is not stored: its row keeps only the kind, and the kind
joins the customer's warning sent through the bot. A file the checks refuse, or one that could not
be fetched from Telegram, is not imported: the agent gets an internal note (code
``telegram.file_not_imported``) with its name, type and size, and can ask for it another way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.attachments import AttachmentRefused
from app.protocol import notes
from app.server.attachments import repo, service
from app.server.attachments.repo import Owner
from app.server.context import ServerContext
from app.server.db.schema import Message

WITHHELD = "withheld"


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """A file kept (``attachment_id``; ``withheld``: the image guard's kind if it was withheld),
    or not imported (``note`` and ``args``: the agent's internal note, English body)."""

    imported: bool
    note: str = ""
    args: dict[str, str] = field(default_factory=dict)  # notes.TELEGRAM_FILE_NOT_IMPORTED's
    code: str = notes.TELEGRAM_FILE_NOT_IMPORTED
    attachment_id: int | None = None
    withheld: str | None = None


def owner_of(update_id: int) -> Owner:
    return Owner("telegram", f"update-{update_id}")


async def import_file(
    ctx: ServerContext, update_id: int, data: bytes, filename: str, mime: str
) -> FileOutcome:
    """Check and keep one received file; a refusal gives the note (nothing of the file kept)."""
    try:
        stored = await service.store_inbound(ctx, owner_of(update_id), "file-0000", data, filename)
    except AttachmentRefused:
        return _not_imported(filename, mime, f"{len(data):,} bytes")
    assert stored.id is not None
    withheld = (stored.detail or "secret") if stored.status == WITHHELD else None
    return FileOutcome(imported=True, attachment_id=stored.id, withheld=withheld)


def not_downloaded(filename: str, mime: str) -> FileOutcome:
    """The file could not be fetched from Telegram (too big, gone): the same note, size unknown."""
    return _not_imported(filename, mime, "?")


def not_taken(filename: str, mime: str, size: int | None) -> FileOutcome:
    """A kind the attachments never keep (a voice message, a sticker): not fetched, the agent told."""
    return _not_imported(filename, mime, f"{size:,} bytes" if size is not None else "?")


def not_imported(filename: str, mime: str, data: bytes) -> FileOutcome:
    """The file could not be kept for another reason (the attachments' storage failed)."""
    return _not_imported(filename, mime, f"{len(data):,} bytes")


def warning_kinds(outcomes: Sequence[FileOutcome]) -> tuple[str, ...]:
    """The text guard's kinds for the withheld images, for the customer's warning."""
    return service.warning_kinds(tuple(o.withheld for o in outcomes if o.withheld is not None))


def linker(update_id: int, outcomes: Sequence[FileOutcome]) -> Callable[[Session, Message], None] | None:
    """Makes the kept files the message's, inside its write (None: nothing was kept)."""
    ids = [o.attachment_id for o in outcomes if o.attachment_id is not None]
    if not ids:
        return None
    who = owner_of(update_id)

    def link(session: Session, message: Message) -> None:
        repo.link(session, repo.unsent(session, who, ids), message)

    return link


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
