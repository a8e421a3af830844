"""What attachments run with the server: the blob store, the limits, the image guard's pool, the purge.

The worker pool costs ~350 MB per worker and seconds to load the OCR models, so it starts when the
first image arrives (that upload waits for it), or at start-up in the background with
``image_prestart`` (``agentdesk-server --image-prestart``). A pool given to the server
(``ChatServer(image_checker=...)``) is used and left running at stop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.attachments import AttachmentLimits, ImageChecker, WorkerStartError
from app.server.attachments import repo
from app.server.attachments.blobs import BLOBS_KEY, BlobStore, make_store
from app.server.attachments.service import CHECKER_KEY, LIMITS_KEY
from app.server.config import ServerConfig
from app.server.context import ServerContext
from app.server.db.executor import DbExecutor
from app.server.periodic import PeriodicCheck

log = logging.getLogger("app.server.attachments")
PURGE_INTERVAL = 3600.0

__all__ = ["AttachmentServices", "ImageChecker", "LazyChecker"]


class LazyChecker:
    """The server's pool, started once on first use; None when image checking is off or failed."""

    def __init__(self, config: ServerConfig, limits: AttachmentLimits, given: ImageChecker | None) -> None:
        self._config = config
        self._limits = limits
        self._checker = given
        self._owned = given is None
        self._starting: asyncio.Task[ImageChecker | None] | None = None
        self._failed = False

    async def get(self) -> ImageChecker | None:
        if self._checker is not None and self._checker.running:
            return self._checker
        if not self._config.image_check or self._failed or not self._owned:
            return None
        if self._starting is None:
            self._starting = asyncio.get_running_loop().create_task(self._start())
        return await asyncio.shield(self._starting)

    async def _start(self) -> ImageChecker | None:
        cfg = self._config
        checker = ImageChecker(workers=cfg.image_workers, deadline=cfg.image_deadline, limits=self._limits)
        try:
            await checker.start()
        except (WorkerStartError, ImportError, OSError):
            log.exception("the image guard did not start: images will be kept marked 'not checked'")
            self._failed = True
            return None
        self._checker = checker
        return checker

    async def stop(self) -> None:
        if self._starting is not None and not self._starting.done():
            with contextlib.suppress(Exception):
                await self._starting
        if self._owned and self._checker is not None:
            await self._checker.stop()
        self._checker = None


class AttachmentServices:
    def __init__(self, config: ServerConfig, given: ImageChecker | None = None) -> None:
        self.config = config
        self.limits = AttachmentLimits(
            max_file_bytes=config.max_file_bytes, max_message_bytes=config.max_message_bytes
        )
        # a bad --attachment-store / --attachment-dir stops the server here
        self.store: BlobStore = make_store(config.attachment_store, config.attachment_dir)
        self.checker = LazyChecker(config, self.limits, given)
        self._purge: PeriodicCheck | None = None
        self._prestart: asyncio.Task[ImageChecker | None] | None = None

    def session_info(self) -> dict[str, Any]:
        return {BLOBS_KEY: self.store}

    async def start(self, ctx: ServerContext, db: DbExecutor) -> None:
        ctx.services[LIMITS_KEY] = self.limits
        ctx.services[CHECKER_KEY] = self.checker
        self._purge = PeriodicCheck(db, PURGE_INTERVAL, _purge, "attachment-purge")
        await self._purge.start()
        if self.config.image_check and self.config.image_prestart:
            self._prestart = asyncio.get_running_loop().create_task(self.checker.get())

    async def stop(self) -> None:
        if self._purge is not None:
            await self._purge.stop()
            self._purge = None
        await self.checker.stop()


def _purge(session: Session, now: datetime) -> int:
    return repo.purge(session, now)
