"""The path every file takes before anyone sees it, for every channel: checks, the image guard, storage.

``finish`` (a finished upload: web chat, desk) and ``store_inbound`` (a file that arrived whole:
an email attachment, later Telegram) both go through :func:`checked_content`: the content checks of
``app.attachments`` (type by magic bytes, the allow-list, sizes, polyglots), then for images the
worker pool (decoding within limits, re-encoding without metadata, OCR and QR through the guard).
Only what passed is written, in one transaction; a refusal writes nothing and raises
``AttachmentRefused`` (its ``code`` is what the sender is told).

The pool (``ImageChecker``) belongs to the server (``ctx.services[CHECKER_KEY]``). Without one
(``--no-image-check``, or the pool failed to start) images are still decoded and re-encoded here,
in a thread, and marked ``not_checked`` (``not_running``): never shown as safe.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import PurePath
from typing import Final

from app.attachments import (
    AttachmentLimits,
    AttachmentRefused,
    CheckedFile,
    ImageCheck,
    ImageChecker,
    Verdict,
    check_file,
    prepare_image,
)
from app.attachments.verdict import NOT_RUNNING, WITHHELD
from app.protocol import types as pt
from app.server.attachments import repo
from app.server.attachments.repo import Content, Owner
from app.server.context import ServerContext

log = logging.getLogger("app.server.attachments")

CHECKER_KEY: Final = "attachments.image_checker"
LIMITS_KEY: Final = "attachments.limits"

# The image guard's kinds → the text guard's, for the customer's warning (app/guard/warnings.py).
WARNING_KINDS: Final = {
    "seed_phrase": "seed_phrase",
    "private_key": "private_key",
    "key_qr": "private_key",
    "two_factor_secret": "totp_secret",
    "api_secret": "api_secret",
    "password": "password",
    "one_time_code": "otp_code",
}


def limits_of(ctx: ServerContext) -> AttachmentLimits:
    found = ctx.services.get(LIMITS_KEY)
    return found if isinstance(found, AttachmentLimits) else AttachmentLimits()


async def checker_of(ctx: ServerContext) -> ImageChecker | None:
    """The running pool (started on first use: ``lifecycle.LazyChecker``), or None."""
    found = ctx.services.get(CHECKER_KEY)
    getter = getattr(found, "get", None)
    if getter is None:
        return None
    checker = await getter()
    return checker if isinstance(checker, ImageChecker) and checker.running else None


def warning_kinds(image_kinds: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(WARNING_KINDS.get(k, "secret") for k in image_kinds))


def _renamed(filename: str, extension: str) -> str:
    stem = PurePath(filename).stem or "image"
    return f"{stem}.{extension}"


async def _check_image(
    checker: ImageChecker | None, checked: CheckedFile, limits: AttachmentLimits
) -> ImageCheck:
    if checker is not None:
        return await checker.check(checked.data)
    try:  # no pool: re-encode here (metadata still goes), and say plainly it was not read
        prepared = await asyncio.to_thread(prepare_image, checked.data, limits)
    except AttachmentRefused as refused:
        return ImageCheck(Verdict.not_checked("undecodable"), None, refused.code)
    return ImageCheck(Verdict.not_checked(NOT_RUNNING), prepared)


async def checked_content(ctx: ServerContext, data: bytes, filename: str) -> Content:
    """What may be kept of ``data``; raises ``AttachmentRefused`` for a file that may not."""
    return await vetted(data, filename, limits_of(ctx), await checker_of(ctx))


async def vetted(
    data: bytes, filename: str, limits: AttachmentLimits, checker: ImageChecker | None
) -> Content:
    """The checks themselves, given the limits and the pool (the server's, or a command's own)."""
    checked = await asyncio.to_thread(check_file, data, filename, limits)
    if not checked.kind.is_image:
        status = "not_checked"  # documents and recordings are not read by the guard
        return Content(checked.filename, checked.mime, checked.data, status, "not_an_image")
    result = await _check_image(checker, checked, limits)
    if result.refusal is not None:
        raise AttachmentRefused(result.refusal)
    verdict = result.verdict
    if verdict.status == WITHHELD:
        return Content(checked.filename, checked.mime, None, WITHHELD, verdict.kind)
    image = result.image
    if image is None:  # read failed before re-encoding: nothing safe to keep
        raise AttachmentRefused("malformed")
    return Content(
        filename=_renamed(checked.filename, image.kind.extension)
        if image.kind != checked.kind
        else checked.filename,
        content_type=image.mime,
        data=image.data,
        status=verdict.status,
        detail=verdict.detail,
        width=image.width,
        height=image.height,
        thumbnail=image.thumbnail,
        thumbnail_type=image.thumbnail_kind.mime,
    )


async def finish(ctx: ServerContext, owner: Owner, upload_id: str) -> pt.Attachment:
    """Check a completely received upload and keep it; a refusal removes the upload."""
    done = await ctx.db.run(repo.finished, owner, upload_id)
    if done is not None:
        return done
    filename, data = await ctx.db.run(repo.assembled, owner, upload_id)
    try:
        content = await checked_content(ctx, data, filename)
    except AttachmentRefused:
        await ctx.db.run(repo.discard, owner, upload_id)
        raise
    return await ctx.db.run(repo.keep, owner, upload_id, content)


async def store_inbound(
    ctx: ServerContext, owner: Owner, key: str, data: bytes, filename: str
) -> pt.Attachment:
    """A whole file from another channel (email, Telegram): checked like an upload and kept unsent;
    ``key`` makes it idempotent per ``owner`` (e.g. the mail's digest and the part's index).
    Link it to the channel's message with :func:`repo.link` (``repo.unsent`` finds the rows)."""
    done = await ctx.db.run(repo.finished, owner, key)
    if done is not None:
        return done
    content = await checked_content(ctx, data, filename)
    return await ctx.db.run(repo.keep, owner, key, content)
