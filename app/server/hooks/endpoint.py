"""``POST /hooks/exchange``: check the signature and the time, decode, apply once, answer.

Answers: 200 ``{"status": "applied" | "duplicate" | "unknown_customer"}``; 400 for a body that is
not an ``AccountEvent`` (the field is named, never the value); 401 for a missing, stale or wrong
signature — counted by reason (``/metrics``: ``agentdesk_webhook_refused_total``) and logged with
the peer's address; 404 when no key is configured (the hook is off); 503 when the database is
unavailable (the sender retries with the same id). Signature first: nothing unsigned is parsed.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable

import msgspec

from app.server.context import ServerContext
from app.server.hooks import signing
from app.server.hooks.model import AccountEvent
from app.server.hooks.repo import apply_event
from app.server.http_requests import HttpAnswer, HttpRequest
from app.server.timeutil import utcnow

log = logging.getLogger("app.server.hooks")
PATH = "/hooks/exchange"


def _json(code: int, **values: str) -> HttpAnswer:
    return HttpAnswer(code, msgspec.json.encode(values))


class ExchangeHook:
    def __init__(self, ctx: ServerContext, key: bytes | None, on_applied: Callable[[str], None]) -> None:
        self.ctx = ctx
        self._key = key
        self._on_applied = on_applied
        self.refused: Counter[str] = Counter()  # reason -> count
        self.outcomes: Counter[str] = Counter()

    def __repr__(self) -> str:
        return f"ExchangeHook(enabled={self._key is not None})"

    async def __call__(self, request: HttpRequest) -> HttpAnswer:
        if self._key is None:
            return _json(404, error="not_found", message="the exchange hook is not configured")
        why = signing.check(
            self._key,
            request.headers.get(signing.TIMESTAMP_HEADER.lower()),
            request.headers.get(signing.SIGNATURE_HEADER.lower()),
            request.body,
            self.ctx.config.webhook_tolerance_seconds,
        )
        if why is not None:
            self.refused[why] += 1
            log.warning(
                "refused an exchange event from %s: %s signature (%d refused so far)",
                request.remote,
                why,
                sum(self.refused.values()),
            )
            return _json(401, error="unauthorized", message=f"{why} signature")
        try:
            event = msgspec.json.decode(request.body, type=AccountEvent)
        except msgspec.DecodeError as exc:
            self.refused["invalid"] += 1
            return _json(400, error="bad_request", message=_field_only(exc))
        missing = event.missing()
        if missing is not None:
            self.refused["invalid"] += 1
            return _json(400, error="bad_request", message=f"data.{missing} is required for {event.type}")
        try:
            outcome = await self.ctx.db.run(apply_event, event, utcnow())
        except ValueError as exc:
            self.refused["invalid"] += 1
            return _json(400, error="bad_request", message=str(exc))
        except Exception:
            log.exception("could not store exchange event %s", event.id)
            return _json(503, error="unavailable", message="try again later with the same id")
        self.outcomes[outcome.status] += 1
        if outcome.status == "applied":
            self._on_applied(event.uid)
        return _json(200, status=outcome.status)


def _field_only(exc: msgspec.DecodeError) -> str:
    """msgspec's message names the field (``... - at `$.data.kyc.status```); keep that part only."""
    text = str(exc)
    at = text.rfind(" - at `")
    if at >= 0:
        return "invalid value at " + text[at + 7 :].rstrip("`")
    return "malformed JSON" if "JSON" in text else "invalid event"
