"""A minimal Bot API client: ``call(method, params)`` over HTTPS (``urllib`` in a worker thread).

Why not aiogram or python-telegram-bot: in webhook mode the server needs three methods
(``setWebhook``, ``sendMessage``, ``getFile`` + the file download) and must own delivery itself —
every reply is written to a transactional outbox with its message and sent exactly once, also
across restarts, which neither library's dispatcher does for us; both bring a second web
framework and HTTP stack (aiohttp / tornado + httpx) beside the server's websockets loop and its
database thread, for what is one POST per call. The contract (``https://api.telegram.org/bot<token>/
<method>``, JSON in, ``{"ok": ..., "result"|"description", "error_code", "parameters":
{"retry_after"}}`` out) is what the tests' fake Bot API serves on loopback.

The token is part of every URL: it never appears in an exception, a log line or ``repr``.
"""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

DEFAULT_BASE = "https://api.telegram.org"
TOKEN_ENV = "AGENTDESK_TELEGRAM_TOKEN"
MAX_FILE_BYTES = 20 * 1024 * 1024  # what the Bot API lets a bot download


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


class BotApi:
    def __init__(self, token: str, base_url: str = DEFAULT_BASE, timeout: float = 30.0) -> None:
        self._token = token
        self._base = base_url.rstrip("/")
        self._timeout = timeout

    def __repr__(self) -> str:
        return f"BotApi(base_url={self._base!r})"

    async def call(self, method: str, params: dict[str, Any]) -> Any:
        return await asyncio.to_thread(self._call, method, params)

    async def download(self, file_path: str) -> bytes:
        return await asyncio.to_thread(self._download, file_path)

    def _call(self, method: str, params: dict[str, Any]) -> Any:
        body = json.dumps(params).encode()
        request = urllib.request.Request(
            f"{self._base}/bot{self._token}/{method}", data=body,
            headers={"Content-Type": "application/json"}, method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:
                answer = json.loads(response.read(1_000_000))
        except urllib.error.HTTPError as exc:
            try:
                answer = json.loads(exc.read(100_000))
            except Exception:
                raise BotApiError(method, exc.code, "HTTP error without a Bot API answer") from None
        except urllib.error.URLError as exc:  # connecting or sending failed: Telegram has nothing
            raise BotApiError(method, 0, type(exc.reason).__name__) from None  # no URL (it holds the token)
        except (OSError, ValueError) as exc:  # after the request was sent: waiting for or reading the answer
            raise BotApiError(method, 0, type(exc).__name__, outcome_unknown=True) from None
        if not isinstance(answer, dict) or not answer.get("ok"):
            answer = answer if isinstance(answer, dict) else {}
            extra = answer.get("parameters") or {}
            retry = extra.get("retry_after") if isinstance(extra, dict) else None
            raise BotApiError(
                method, int(answer.get("error_code") or 0), str(answer.get("description") or "not ok")[:200],
                float(retry) if isinstance(retry, int | float) else None,
            )
        return answer.get("result")

    def _download(self, file_path: str) -> bytes:
        request = urllib.request.Request(f"{self._base}/file/bot{self._token}/{file_path}")
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:
                data: bytes = response.read(MAX_FILE_BYTES + 1)
        except (OSError, ValueError) as exc:
            raise BotApiError("download", getattr(exc, "code", 0) or 0, type(exc).__name__) from None
        if len(data) > MAX_FILE_BYTES:
            raise BotApiError("download", 413, "file too large")
        return data
