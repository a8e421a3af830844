"""The Bot API client: ``call(method, params)`` through python-telegram-bot's ``telegram.Bot``.

Why PTB's ``Bot`` and not its ``Application``/dispatcher: in webhook mode the server needs three
methods (``setWebhook``, ``sendMessage``, ``getFile`` + the file download) and must own delivery
itself — every reply is written to a transactional outbox with its message and sent exactly once,
also across restarts, and a call whose answer never came is ``unknown``, never resent on its own
(sender.py); updates arrive on our own webhook (webhook.py) beside the websockets loop and the
database thread. The dispatcher does none of that and would bring its own web server and update
loop; ``Bot`` alone is the maintained Bot API client on the httpx the server already uses
(app/server/provider/http.py). ``call`` is ``Bot.do_api_request`` (the raw ``result`` back, as the
callers expect); the download goes through the same ``HTTPXRequest``.

PTB's errors map onto ``BotApiError``: ``RetryAfter`` → 429 with ``retry_after``; ``BadRequest``,
``Forbidden``, ``InvalidToken`` → 400, 403, 401/404 (permanent), with Telegram's description; any
other answered error keeps its HTTP status (``_StatusRequest`` records it: PTB's exceptions do
not carry it). A call that got no answer is told apart by the httpx error PTB chains: no connection,
a connect or pool timeout, a failed or timed-out write → Telegram never had the whole request, not
unknown; a read timeout, a dropped connection while waiting, an unreadable answer →
``outcome_unknown``. What PTB cannot tell us: an error it raises without an httpx cause and without
an answer (PTB's own ``NetworkError("Unknown error in HTTP implementation")``) is taken as unknown —
in doubt a reply is not sent twice.

A download is read whole before the 20 MB check (PTB's ``retrieve`` does not stream; Telegram's
``getFile`` refuses bigger files, so the body is bounded there; a self-hosted Bot API is trusted).
Transport failures keep httpx's error name (no message: it could hold the URL).

The token is part of every URL: it never appears in an exception, a log line or ``repr``. PTB logs
its URLs at DEBUG and httpx logs each request's URL at INFO, so their loggers get ``_Redact``.
"""

from __future__ import annotations

import contextvars
import logging
import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import telegram
import telegram.error as tg_error
from telegram.request import HTTPXRequest, RequestData
from telegram.warnings import PTBUserWarning

DEFAULT_BASE = "https://api.telegram.org"
TOKEN_ENV = "AGENTDESK_TELEGRAM_TOKEN"
MAX_FILE_BYTES = 20 * 1024 * 1024  # what the Bot API lets a bot download

# httpx errors raised before Telegram could have had the whole request
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.WriteError,
             httpx.WriteTimeout, httpx.UnsupportedProtocol, httpx.ProxyError)
_STATUS: contextvars.ContextVar[int] = contextvars.ContextVar("telegram_status", default=0)


class _Redact(logging.Filter):
    """Replaces the token in a URL path (``/bot<token>/``, ``/file/bot<token>/``) in a log record."""

    _URL = re.compile(r"(/bot)[^/\s'\"]+")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "/bot" in message:
            record.msg, record.args = self._URL.sub(r"\1<token>", message), None
        return True


def _guard_loggers() -> None:
    import telegram.request._baserequest as base_request
    import telegram.request._httpxrequest as httpx_request

    names = ["httpx", telegram.Bot._LOGGER.name, base_request._LOGGER.name, httpx_request._LOGGER.name]
    for name in names:
        logger = logging.getLogger(name)
        if not any(isinstance(f, _Redact) for f in logger.filters):
            logger.addFilter(_Redact())


_guard_loggers()


@dataclass(frozen=True, slots=True)
class BotApiError(Exception):
    """A refused or failed call: ``code`` is Telegram's ``error_code`` (0: no answer at all)."""

    method: str
    code: int
    description: str
    retry_after: float | None = None
    # the request went out and no answer came back (a read timeout, a dropped connection, an
    # unreadable answer): Telegram may have carried it out. False: it never reached Telegram
    # (no connection) or Telegram answered.
    outcome_unknown: bool = False

    def __str__(self) -> str:
        return f"{self.method}: {self.code} {self.description}"[:300]

    @property
    def permanent(self) -> bool:
        """Telegram will never accept this call as it is (bad request, blocked by the user)."""
        return self.code in (400, 403, 404)


class _StatusRequest(HTTPXRequest):
    """PTB's httpx request that remembers the HTTP status of the last answer in this task."""

    __slots__ = ()

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        _STATUS.set(0)
        code, payload = await super().do_request(url, method, request_data, *args, **kwargs)
        _STATUS.set(code)
        return code, payload


class _Bot(telegram.Bot):
    """``Bot`` without the hint to use ``Bot.sendMessage`` when ``do_api_request`` is asked for it."""

    __slots__ = ()

    @classmethod
    def _warn(cls, message: str | PTBUserWarning, category: type[Warning] = PTBUserWarning,
              stacklevel: int = 0) -> None:
        if not str(message).startswith("Please use 'Bot."):
            super()._warn(message, category, stacklevel + 1)


class BotApi:
    def __init__(self, token: str, base_url: str = DEFAULT_BASE, timeout: float = 30.0) -> None:
        self._base = base_url.rstrip("/")
        self._request = _StatusRequest(
            connection_pool_size=8, read_timeout=timeout, write_timeout=timeout,
            connect_timeout=timeout, pool_timeout=timeout, media_write_timeout=timeout,
        )
        self._bot = _Bot(token, base_url=f"{self._base}/bot", base_file_url=f"{self._base}/file/bot",
                         request=self._request, get_updates_request=self._request)
        self._token = token

    def __repr__(self) -> str:
        return f"BotApi(base_url={self._base!r})"

    async def call(self, method: str, params: dict[str, Any]) -> Any:
        _STATUS.set(0)
        try:
            return await self._bot.do_api_request(method, api_kwargs=dict(params))
        except tg_error.TelegramError as exc:
            raise self._error(method, exc) from None
        except (KeyError, TypeError):  # a 2xx answer without its "result": Telegram may have done it
            raise BotApiError(method, 0, "unreadable answer", outcome_unknown=True) from None

    async def download(self, file_path: str) -> bytes:
        _STATUS.set(0)
        try:
            data = await self._request.retrieve(f"{self._bot.base_file_url}/{file_path}")
        except tg_error.TelegramError as exc:
            error = self._error("download", exc)
            raise BotApiError("download", error.code, error.description) from None  # a GET: never unknown
        if len(data) > MAX_FILE_BYTES:
            raise BotApiError("download", 413, "file too large")
        return data

    async def close(self) -> None:
        await self._request.shutdown()

    def _error(self, method: str, exc: tg_error.TelegramError) -> BotApiError:
        description = str(exc.message).replace(self._token, "<token>")[:200]
        status = _STATUS.get()
        if isinstance(exc, tg_error.RetryAfter):
            # the timedelta itself: the public ``retry_after`` warns (PTB 22's int -> timedelta change)
            retry = getattr(exc, "_retry_after", None) or exc.retry_after
            seconds = retry.total_seconds() if isinstance(retry, timedelta) else float(retry)
            return BotApiError(method, 429, description, seconds)
        if isinstance(exc, tg_error.InvalidToken):
            # do_api_request words its own message over Telegram's (kept in the chained error)
            if isinstance(exc.__cause__, tg_error.InvalidToken):
                description = str(exc.__cause__.message).replace(self._token, "<token>")[:200]
            return BotApiError(method, status or 401, description)
        if isinstance(exc, tg_error.BadRequest | tg_error.ChatMigrated):
            return BotApiError(method, 400, description)
        if isinstance(exc, tg_error.Forbidden):
            return BotApiError(method, 403, description)
        if 200 <= status < 300:  # an answer PTB could not read: Telegram may have carried it out
            return BotApiError(method, 0, "unreadable answer", outcome_unknown=True)
        if status:  # Telegram answered (5xx, 409, ...)
            return BotApiError(method, status, description)
        cause = exc.__cause__
        if isinstance(cause, _NOT_SENT):
            return BotApiError(method, 0, type(cause).__name__)  # no URL (it holds the token)
        name = type(cause).__name__ if isinstance(cause, httpx.HTTPError) else type(exc).__name__
        return BotApiError(method, 0, name, outcome_unknown=True)
