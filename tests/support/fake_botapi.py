"""A fake Telegram Bot API on loopback that speaks the Bot API's HTTP contract, and a stand-in for
Telegram's side of the webhook.

``FakeBotApi`` answers ``POST /bot<token>/<method>`` (JSON or an HTML form in — python-telegram-bot
posts forms, each value JSON-encoded unless a string, as Telegram accepts — ``{"ok": true, "result": ...}`` or
``{"ok": false, "error_code", "description"[, "parameters": {"retry_after"}]}`` out) for
``setWebhook``, ``sendMessage`` and ``getFile``, and ``GET /file/bot<token>/<path>`` for files. A
wrong token is 401 ``Unauthorized``, as Telegram answers. ``fail_with`` makes ``sendMessage``
fail (500, or 429 with ``retry_after``). ``hold()`` makes Telegram accept ``sendMessage``
(the message is in the chat: ``sent()`` lists it) and hold the answer back until ``release()`` —
a server stopped, or timing out, in between never learns that it went out. ``deliver(update)``
posts an update to the webhook the server registered, with the secret token it gave — as
Telegram does.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any


class FakeBotApi:
    def __init__(self, token: str) -> None:
        self.token = token
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.files: dict[str, bytes] = {}
        self.webhook: dict[str, Any] | None = None
        self.fail_with: tuple[int, float | None] | None = None
        self._ids = itertools.count(1000)
        self._server: asyncio.Server | None = None
        self.port = 0
        self._sent = asyncio.Event()
        self.hold_sends = False
        self._released = asyncio.Event()
        self.held = 0  # answers held back right now

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def sent(self) -> list[dict[str, Any]]:
        return [p for method, p in self.calls if method == "sendMessage" and "_failed" not in p]

    async def start(self) -> FakeBotApi:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    def hold(self) -> None:
        """From now on, accept ``sendMessage`` calls and hold their answers until ``release()``."""
        self.hold_sends = True
        self._released.clear()

    def release(self) -> None:
        """Answer the held calls (and every later one at once)."""
        self.hold_sends = False
        self._released.set()

    async def stop(self) -> None:
        self.release()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def wait_sent(self, count: int, timeout: float = 20.0) -> list[dict[str, Any]]:
        async with asyncio.timeout(timeout):
            while len(self.sent()) < count:
                self._sent.clear()
                await self._sent.wait()
        return self.sent()

    # --- Telegram's side of the webhook -----------------------------------------------------------
    async def deliver(self, update: dict[str, Any], secret: str | None = None) -> int:
        """POST ``update`` to the registered webhook; the HTTP status."""
        assert self.webhook is not None, "the server did not call setWebhook"
        token = self.webhook.get("secret_token", "") if secret is None else secret

        def post() -> int:
            request = urllib.request.Request(
                self.webhook["url"], data=json.dumps(update).encode(), method="POST",
                headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": token},
            )
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    return int(response.status)
            except urllib.error.HTTPError as exc:
                return int(exc.code)

        return await asyncio.to_thread(post)

    # --- the Bot API ----------------------------------------------------------------------------
    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            pairs = (ln.partition(":") for ln in lines[1:] if ln)
            headers = {k.strip().lower(): v.strip() for k, _, v in pairs}
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            status, payload, ctype = self._answer(method, target, body, headers.get("content-type", ""))
            if self.hold_sends and target.endswith("/sendMessage") and status == 200:
                self.held += 1
                try:
                    await self._released.wait()
                finally:
                    self.held -= 1
        except Exception as exc:  # a bug in a test: say so loudly
            status, payload, ctype = 500, json.dumps({"ok": False, "description": repr(exc)}).encode(), "json"
        writer.write(
            f"HTTP/1.1 {status} X\r\nContent-Type: application/{ctype}\r\nContent-Length: {len(payload)}\r\n"
            "Connection: close\r\n\r\n".encode() + payload
        )
        with contextlib.suppress(ConnectionError):  # the server gave up waiting for a held answer
            await writer.drain()
        writer.close()

    def _answer(self, method: str, target: str, body: bytes, ctype: str) -> tuple[int, bytes, str]:
        prefix_file = f"/file/bot{self.token}/"
        if method == "GET" and target.startswith(prefix_file):
            data = self.files.get(target[len(prefix_file):])
            return (200, data, "octet-stream") if data is not None else _error(404, "Not Found")
        prefix = f"/bot{self.token}/"
        if not target.startswith(prefix):
            return _error(401, "Unauthorized") if target.startswith("/bot") else _error(404, "Not Found")
        name = target[len(prefix):]
        form = ctype.startswith("application/x-www-form-urlencoded")
        params = _form(body) if form else json.loads(body or b"{}")
        if name == "setWebhook":
            self.calls.append((name, params))
            self.webhook = params
            return _ok(True)
        if name == "sendMessage":
            if not isinstance(params.get("chat_id"), int) or not params.get("text"):
                return _error(400, "Bad Request: message text is empty")
            if self.fail_with is not None:
                code, retry = self.fail_with
                self.calls.append((name, {**params, "_failed": code}))
                extra = {"retry_after": retry} if retry is not None else None
                return _error(code, "Too Many Requests" if code == 429 else "Internal Server Error", extra)
            self.calls.append((name, params))
            self._sent.set()
            return _ok({"message_id": next(self._ids), "chat": {"id": params["chat_id"], "type": "private"},
                        "date": 0, "text": params["text"]})
        if name == "getFile":
            self.calls.append((name, params))
            file_id = params.get("file_id")
            if file_id not in self.files:
                return _error(400, "Bad Request: invalid file_id")
            return _ok({"file_id": file_id, "file_unique_id": file_id, "file_path": file_id,
                        "file_size": len(self.files[file_id])})
        return _error(404, "Not Found: method not found")


_FORM_STRINGS = {"text", "url", "secret_token", "file_id"}  # Telegram reads these as strings


def _form(body: bytes) -> dict[str, Any]:
    """A form's fields as Telegram reads them: a JSON value where the field is not a string."""
    params: dict[str, Any] = {}
    for key, value in urllib.parse.parse_qsl(body.decode(), keep_blank_values=True):
        if key in _FORM_STRINGS:
            params[key] = value
            continue
        try:
            params[key] = json.loads(value)
        except ValueError:
            params[key] = value
    return params


def _ok(result: Any) -> tuple[int, bytes, str]:
    return 200, json.dumps({"ok": True, "result": result}).encode(), "json"


def _error(code: int, description: str, parameters: dict[str, Any] | None = None) -> tuple[int, bytes, str]:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return code, json.dumps(body).encode(), "json"


_update_ids = itertools.count(1)


def text_update(chat_id: int, text: str, *, username: str = "alice_t", language: str = "en",
                first_name: str = "Alice", update_id: int | None = None) -> dict[str, Any]:
    """A private text message as Telegram posts it."""
    return {
        "update_id": update_id if update_id is not None else next(_update_ids) + chat_id % 1000 * 10000,
        "message": {
            "message_id": next(_update_ids),
            "from": {"id": chat_id, "is_bot": False, "first_name": first_name, "username": username,
                     "language_code": language},
            "chat": {"id": chat_id, "type": "private", "first_name": first_name, "username": username},
            "date": 1_700_000_000,
            "text": text,
        },
    }
