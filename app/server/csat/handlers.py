"""CSAT on the wire: the web chat's ``csat_answer`` frame, the prompt when a chat is resolved (and
again when the customer's chat reconnects), the closing mail when an email is resolved (queued by
the repository), and the ``/csat`` page's submit request.

Resolutions are seen in committed ``conversation.updated`` events, so no writer of a status has
to know CSAT exists: an email's closing mail is queued by the node that committed the resolution
(``committed``, after this node's commits), a chat's prompt by every node where the customer's chat
is connected (``published``: every node's events, from the bus through the hub's observers).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit

from websockets.http11 import Request, Response

from app.protocol import codec, frames
from app.server import http, safety
from app.server.connection import CustomerConn
from app.server.context import ServerContext
from app.server.csat import repo
from app.server.repos.repo_events import StoredEvent

log = logging.getLogger(__name__)
SUBMIT = "/csat/submit"
HEADER = "X-AgentDesk-Csat"  # the page's own request; a link scanner's GET has none
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_RESOLVED = b'"status":"resolved"'  # in the encoded event frame (bytes, encoded once: hub.py)
_tasks: set[asyncio.Task[None]] = set()


async def _clean(ctx: ServerContext, comment: str | None) -> str | None:
    """A comment is customer text: the guard removes secrets before it is stored or shown."""
    if not comment or not comment.strip():
        return None
    scan = await asyncio.to_thread(safety.scan_chat_message, comment, [], ctx.config.link_domains())
    return scan.current.text


async def answer(ctx: ServerContext, conn: CustomerConn, frame: frames.CsatAnswer) -> None:
    comment = await _clean(ctx, frame.comment)
    outcome = await ctx.db.run(repo.record, frame.conversation_id, frame.score, comment, conn.uid)
    conn.outbox.put(codec.encode(frames.CsatResult(conversation_id=frame.conversation_id, outcome=outcome)))


async def prompt_on_connect(ctx: ServerContext, conn: CustomerConn) -> None:
    pending = await ctx.db.read(repo.pending_chat, conn.uid)  # a read: never behind the writer
    if pending is not None:
        conn.outbox.put(codec.encode(frames.CsatPrompt(conversation_id=pending)))


def _resolutions(events: list[StoredEvent], channels: tuple[str, ...]) -> dict[int, str]:
    """Conversation id → customer uid, for each conversation of ``channels`` just resolved."""
    return {
        ev.scope.conversation_id: ev.scope.customer_uid
        for ev in events
        if ev.name == "conversation.updated" and ev.scope is not None
        and ev.scope.channel in channels and _RESOLVED in ev.agent_frame
    }


def _start(ctx: ServerContext, conversation_id: int) -> None:
    task = asyncio.get_running_loop().create_task(_resolved(ctx, conversation_id))
    _tasks.add(task)
    task.add_done_callback(_tasks.discard)


def committed(ctx: ServerContext, events: list[StoredEvent]) -> None:
    """On the loop after this node's commit: an email just resolved gets its closing mail (the
    repository queues it once)."""
    for conversation_id in _resolutions(events, ("email",)):
        _start(ctx, conversation_id)


def published(ctx: ServerContext, events: list[StoredEvent]) -> None:
    """Every node's events (the hub's observer): a chat just resolved whose customer is connected
    to this node gets its rating question here."""
    for conversation_id, uid in _resolutions(events, ("chat",)).items():
        if ctx.hub.customer_conns(uid):
            _start(ctx, conversation_id)


async def _resolved(ctx: ServerContext, conversation_id: int) -> None:
    try:
        found = await ctx.db.run(repo.on_resolved, conversation_id)
    except Exception:
        log.exception("CSAT after a resolution failed")
        return
    if found is not None and found.uid is not None:
        prompt = codec.encode(frames.CsatPrompt(conversation_id=found.conversation_id))
        for conn in ctx.hub.customer_conns(found.uid):
            conn.outbox.put(prompt)


def _json(status: HTTPStatus, outcome: str) -> Response:
    return http.json_response(status, json.dumps({"outcome": outcome}).encode())


async def submit(ctx: ServerContext, request: Request) -> Response:
    """``GET /csat/submit?c=ID&s=SCORE&t=TOKEN[&m=COMMENT]`` with the ``X-AgentDesk-Csat`` header:
    the rating page's Send button. Answers ``{"outcome": "thanks" | "already" | "unknown"}``."""
    query = parse_qs(urlsplit(request.path).query)

    def one(name: str) -> str:
        return (query.get(name) or [""])[0]

    token, conv, score, comment = one("t"), one("c"), one("s"), one("m")
    valid = (
        request.headers.get(HEADER) == "1" and _TOKEN.match(token) and conv.isdigit() and len(conv) < 19
        and score in ("1", "2", "3", "4", "5") and len(comment) <= 1000
    )
    if not valid:
        return _json(HTTPStatus.BAD_REQUEST, "unknown")
    text = "".join(ch for ch in comment.replace("\r\n", "\n") if ch in "\n\t" or ch.isprintable())
    cleaned = await _clean(ctx, text)
    outcome = await ctx.db.run(repo.record, int(conv), int(score), cleaned, None, token)
    return _json(HTTPStatus.OK, outcome)
