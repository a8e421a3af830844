"""The Telegram channel of a running server: the webhook receiver, ``setWebhook`` at start and the
sender, started and stopped with the channel services (``channels.py``).

An update goes: decode (bad JSON: 400) → a photo, document or video fetched with ``getFile`` and kept
through the attachments' checks and image guard (``files.import_file``; refused: an internal note)
→ the text through the guard (secrets redacted and the customer warned, a "support" handle that is
not official warned about; a withheld image's kind joins that warning) → a code the customer types
for a pending link is checked and never stored (``link.py``) → stored with its conversation on the
database thread (``repo.store_message``; the kept files become the message's in its write; a new
conversation is matched against open incidents and told their notice) → 200. Any failure before
the commit answers 500, so Telegram delivers it again; a redelivered update is stored once
(``telegram_updates``), its file too.

Off unless ``telegram_webhook_port`` is set and the token is in ``$AGENTDESK_TELEGRAM_TOKEN``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
from collections.abc import Awaitable, Callable
from datetime import timedelta
from functools import partial

import msgspec

from app.server import safety
from app.server.config import ServerConfig
from app.server.db.executor import DbExecutor
from app.server.incidents import repo as incidents
from app.server.telegram import files, link, repo
from app.server.telegram.botapi import TOKEN_ENV, BotApi, BotApiError
from app.server.telegram.sender import TelegramSender
from app.server.telegram.webhook import WebhookServer
from app.server.timeutil import utcnow

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram/webhook"
SECRET_ENV = "AGENTDESK_TELEGRAM_WEBHOOK_SECRET"

#: keeps one received file: ``(update_id, data, filename, mime)`` → ``files.import_file``'s outcome
KeepFile = Callable[[int, bytes, str, str], Awaitable[files.FileOutcome]]


def _untaken(message: repo.TgMessage) -> files.FileOutcome | None:
    """A voice message, an audio file or a sticker: not a kind the attachments keep, so not
    fetched; the agent's note says one came (the message itself may have no text at all)."""
    for item, name, mime in (
        (message.voice, "voice message", "audio/ogg"),
        (message.audio, "audio", "audio/mpeg"),
        (message.sticker, "sticker", "image/webp"),
    ):
        if item is not None:
            return files.not_taken(item.file_name or name, item.mime_type or mime, item.file_size)
    return None


class TelegramConfigError(ValueError):
    """The Telegram channel cannot start as configured (no token; Telegram refused the webhook)."""


class TelegramService:
    def __init__(
        self, config: ServerConfig, db: DbExecutor, token: str, keep: KeepFile | None = None
    ) -> None:
        self.config = config
        self._db = db
        self._keep = keep  # the attachments' checks (None: files are noted, not imported)
        if config.telegram_send_lease <= config.telegram_call_timeout:
            raise TelegramConfigError("the Telegram send lease must be longer than a call's timeout")
        self.api = BotApi(token, config.telegram_api_base, timeout=config.telegram_call_timeout)
        # Telegram echoes this in every webhook call; a fresh one per start unless configured
        self._secret = os.environ.get(SECRET_ENV) or secrets.token_urlsafe(32)
        self.webhook = WebhookServer(WEBHOOK_PATH, self._secret, self.handle)
        self.sender = TelegramSender(
            db, self.api, config.telegram_retry_delays, config.telegram_poll_interval,
            lease=timedelta(seconds=config.telegram_send_lease),
        )
        self.port: int | None = None

    @classmethod
    def from_config(
        cls, config: ServerConfig, db: DbExecutor, keep: KeepFile | None = None
    ) -> TelegramService | None:
        if config.telegram_webhook_port is None:
            return None
        token = os.environ.get(TOKEN_ENV, "").strip()
        if not token:
            raise TelegramConfigError(f"--telegram-webhook-port needs the bot's token in ${TOKEN_ENV}")
        return cls(config, db, token, keep)

    async def start(self) -> None:
        cfg = self.config
        self.port = await self.webhook.start(cfg.telegram_webhook_host, cfg.telegram_webhook_port or 0)
        if cfg.telegram_webhook_url:
            try:
                await self.api.call("setWebhook", {
                    "url": cfg.telegram_webhook_url, "secret_token": self._secret,
                    "allowed_updates": ["message"], "drop_pending_updates": False,
                })
            except BotApiError as exc:
                await self.webhook.stop()
                await self.api.close()
                raise TelegramConfigError(f"Telegram refused the webhook: {exc}") from None
        else:
            log.warning("no --telegram-webhook-url: Telegram is not told where to post (setWebhook)")
        self.sender.start()
        log.info("Telegram webhook on %s:%d%s", cfg.telegram_webhook_host, self.port, WEBHOOK_PATH)

    async def stop(self) -> None:
        await self.sender.stop()
        await self.webhook.stop()
        await self.api.close()

    def committed(self, channels: set[str]) -> None:
        if "telegram" in channels:
            self.sender.wake()

    # --- one update ---------------------------------------------------------------------------
    async def handle(self, body: bytes) -> bool:
        try:
            update = repo.decode_update(body)
        except (msgspec.ValidationError, msgspec.DecodeError):
            raise ValueError("not a Telegram update") from None  # the webhook answers 400
        message = update.message
        if message is None or message.chat.type != "private":
            await self._db.run(repo.store_message, update, "", [], [], utcnow())
            return True
        text = message.text or message.caption or ""
        consumed = await self._db.run(link.try_code, message.chat.id, text)
        if consumed is not None:  # the customer typed their link code: checked, never stored
            text = consumed
        has_file = bool(message.photo or message.document or message.video or message.video_note)
        got = [await self._file(update.update_id, message)] if has_file else []
        if not got and (untaken := _untaken(message)) is not None:
            got = [untaken]
        scan = await asyncio.to_thread(safety.scan_customer_text, text)
        kinds = tuple(dict.fromkeys((*scan.warning_kinds, *files.warning_kinds(got))))
        warnings: list[Callable[[str], str | None]] = []
        if kinds:  # a secret in the text or a withheld image: one warning, in the customer's language
            warnings.append(partial(safety.customer_warning, kinds))
        handles = self.config.official_handles
        warnings.append(lambda language: safety.impostor_warning(text, handles, language))
        redactions = [{"kind": k, "severity": s} for k, s in scan.redactions]
        await self._db.run(
            partial(repo.store_message, opened=incidents.opened, file_notes=got,
                    link=files.linker(update.update_id, got)),
            update, scan.text, redactions, warnings, utcnow(),
        )
        self.sender.wake()
        return True

    async def _file(self, update_id: int, message: repo.TgMessage) -> files.FileOutcome:
        if message.document is not None:
            file_id = message.document.file_id
            name = message.document.file_name or "document"
            mime = message.document.mime_type or "application/octet-stream"
        elif (video := message.video or message.video_note) is not None:  # a recording: kept like an upload
            file_id = video.file_id
            mime = video.mime_type or "video/mp4"
            name = video.file_name or ("recording.webm" if mime == "video/webm" else "recording.mp4")
        else:
            file_id, name, mime = message.photo[-1].file_id, "photo.jpg", "image/jpeg"  # the largest size
        try:
            info = await self.api.call("getFile", {"file_id": file_id})
            path = info.get("file_path") if isinstance(info, dict) else None
            if not isinstance(path, str):
                return files.not_downloaded(name, mime)
            data = await self.api.download(path)
        except BotApiError:
            return files.not_downloaded(name, mime)
        if self._keep is None:
            return files.not_imported(name, mime, data)
        try:
            return await self._keep(update_id, data, name, mime)
        except Exception:  # the message is never lost for its file: the agent is told it was not kept
            log.exception("a file received on Telegram could not be kept")
            return files.not_imported(name, mime, data)

