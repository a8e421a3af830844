"""Plain HTTP on the WebSocket port (websockets' ``process_request`` hook).

``/healthz`` → ``ok``; ``/chat`` → the customer chat page and ``/chat/<file>`` its assets from
``app/server/static``; ``/verify`` → the page an emailed verification link opens (and
``/verify/<file>``), ``/verify/confirm`` its button (``verify_confirm``); ``/csat`` the rating
page of an email's closing mail (``/csat/submit``: app/server/csat/handlers.py); ``/agent`` and
``/customer`` continue to the WebSocket handshake; anything else is 404. Static files are served
only by exact name from one directory (no sub-paths, no dot-files), so no request can reach a
file outside it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.server import ServerConnection
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

STATIC_DIR = Path(__file__).resolve().parent / "static"
WS_PATHS = frozenset({"/agent", "/customer"})
VERIFY_CONFIRM = "/verify/confirm"
VERIFY_HEADER = "X-AgentDesk-Verify"  # the page's own request; a link scanner's GET has none
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
    ".woff2": "font/woff2",
}
# The chat page loads only its own script and style sheet and talks only to its own origin
# (same-origin ws: included): nothing injected into a message can load or send anything elsewhere.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9]+)+$")


def _response(status: HTTPStatus, body: bytes, content_type: str) -> Response:
    headers = Headers(
        [
            ("Content-Type", content_type),
            ("Content-Length", str(len(body))),
            ("X-Content-Type-Options", "nosniff"),
            ("Cache-Control", "no-store"),
            ("Referrer-Policy", "no-referrer"),
            ("X-Frame-Options", "DENY"),
            ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
            ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
        ]
    )
    return Response(status.value, status.phrase, headers, body)


def _text(status: HTTPStatus, text: str) -> Response:
    return _response(status, text.encode(), "text/plain; charset=utf-8")


def static_file(name: str) -> Response:
    suffix = Path(name).suffix.lower()
    if not _SAFE_NAME.match(name) or suffix not in CONTENT_TYPES:
        return _text(HTTPStatus.NOT_FOUND, "not found\n")
    path = (STATIC_DIR / name).resolve()
    if path.parent != STATIC_DIR or not path.is_file():
        return _text(HTTPStatus.NOT_FOUND, "not found\n")
    return _response(HTTPStatus.OK, path.read_bytes(), CONTENT_TYPES[suffix])


def json_response(status: HTTPStatus, body: bytes) -> Response:
    return _response(status, body, "application/json")


def too_many_requests() -> Response:
    """A WebSocket upgrade refused before the handshake (``admission.py``)."""
    response = _text(HTTPStatus.TOO_MANY_REQUESTS, "too many new connections; try again later\n")
    response.headers["Retry-After"] = "1"
    return response


async def verify_confirm(request: Request, confirm: Callable[[str], Awaitable[str]]) -> Response:
    """``GET /verify/confirm?t=TOKEN`` with the ``X-AgentDesk-Verify`` header: the verification
    page's button. The link in the mail opens the page (the token in its ``#`` fragment, never in a
    request line, a log or a Referer); only the page's own request, sent when the customer presses
    *Confirm*, confirms — a mail scanner that fetches links confirms nothing. Answers JSON
    ``{"outcome": "verified" | "expired" | "unknown"}``."""
    query = parse_qs(urlsplit(request.path).query)
    token = (query.get("t") or [""])[0]
    if request.headers.get(VERIFY_HEADER) != "1" or not _TOKEN.match(token):
        return _response(HTTPStatus.BAD_REQUEST, b'{"outcome":"unknown"}', "application/json")
    outcome = await confirm(token)
    return _response(HTTPStatus.OK, json.dumps({"outcome": outcome}).encode(), "application/json")


def process_request(connection: ServerConnection, request: Request) -> Response | None:
    path = request.path.split("?", 1)[0].split("#", 1)[0]
    if path in WS_PATHS:
        return None
    if path == "/healthz":
        return _text(HTTPStatus.OK, "ok")
    if path in ("/chat", "/chat/"):
        return static_file("chat.html")
    if path in ("/verify", "/verify/"):
        return static_file("verify.html")
    if path.startswith("/verify/"):
        return static_file(path[len("/verify/") :])
    if path in ("/csat", "/csat/"):  # the rating page of an email's closing mail (app/server/csat)
        return static_file("csat.html")
    if path.startswith("/csat/"):
        return static_file(path[len("/csat/") :])
    if path.startswith("/chat/"):
        return static_file(path[len("/chat/") :])
    return _text(HTTPStatus.NOT_FOUND, "not found\n")
