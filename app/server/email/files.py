"""Inbound email's attachments: kept through the same checks and guard as an upload.

The listener calls :func:`keep` before it stores the mail; each file the checks accept is stored
(unsent) under the mail's own key, so a redelivered mail finds the same rows; a refused one is
recorded by the email channel by name and size only (``email_attachments``). The files become the
mail's message in its own write (``MailFiles.link``). A withheld image's kind joins the mail's
warning (the customer is warned by email, in their language, like for a secret in the text).

Telegram (``app/server/telegram``) keeps its files the same way: ``service.store_inbound`` with an
``Owner`` of its own, then ``repo.link`` in the message's write.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from app.attachments import AttachmentRefused
from app.server.attachments import repo, service
from app.server.attachments.repo import Owner
from app.server.context import ServerContext
from app.server.db.schema import Message
from app.server.email.parse import ParsedMail
from app.server.email.repo import MailFiles


def owner_of(mail: ParsedMail) -> Owner:
    return Owner("email", hashlib.sha256(mail.message_id.encode("utf-8", "surrogateescape")).hexdigest())


def linker(who: Owner, ids: Sequence[int]) -> Callable[[Session, Message], None]:
    def link(session: Session, message: Message) -> None:
        repo.link(session, repo.unsent(session, who, ids), message)

    return link


async def keep(ctx: ServerContext, mail: ParsedMail) -> MailFiles:
    who = owner_of(mail)
    kept: set[int] = set()
    ids: list[int] = []
    withheld: list[str] = []
    for index, part in enumerate(mail.attachments):
        if part.data is None:
            continue
        try:
            stored = await service.store_inbound(ctx, who, f"part-{index:04d}", part.data, part.filename)
        except AttachmentRefused:
            continue
        kept.add(index)
        assert stored.id is not None
        ids.append(stored.id)
        if stored.status == "withheld":
            withheld.append(stored.detail or "secret")
    kinds = service.warning_kinds(tuple(withheld)) if withheld else ()
    return MailFiles(frozenset(kept), kinds, linker(who, ids) if ids else None)

