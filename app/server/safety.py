"""The one place the server calls the safety guard (``app.guard``).

Customer messages are scanned before they are stored or fanned out: secrets are replaced by
markers and a warning goes back to the customer. Agent messages that are not internal notes are
checked and refused when they ask for secrets, push remote access or transfers, or link outside
the exchange's domains. The guard is pure CPU work; callers run it off the event loop.

If the guard package is not importable (a partial checkout), the adapter degrades to "nothing
found" and logs that once, so the server still runs — the tests of the guard itself catch that.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

log = logging.getLogger(__name__)
CHAT_WINDOW = 6  # earlier customer messages of a chat the guard looks at (a secret split over messages)


@dataclass(frozen=True, slots=True)
class InboundScan:
    text: str  # what is stored and shown: secrets replaced by markers
    redactions: tuple[tuple[str, str], ...]  # (kind, severity)
    warning_kinds: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EarlierUpdate:
    """An earlier customer message that held part of a secret completed by the new one."""

    message_id: int
    old_body: str  # as it was scanned: the update applies only if it is still stored so
    body: str
    redactions: tuple[tuple[str, str], ...]  # the new ones only


@dataclass(frozen=True, slots=True)
class ChatScan:
    current: InboundScan
    earlier: tuple[EarlierUpdate, ...]
    lookalike_links: tuple[tuple[str, str], ...] = ()  # (host, the official domain it imitates)


@cache
def _guard() -> Any | None:
    try:
        import app.guard as guard

        for name in (
            "scan_inbound",
            "customer_warning",
            "check_outbound",
            "describe_violation",
            "LinkPolicy",
        ):
            getattr(guard, name)
        return guard
    except (ImportError, AttributeError):
        log.error("the safety guard (app.guard) is unavailable; messages are not being checked")
        return None


class GuardConfigError(ValueError):
    """The guard's deployment settings (the official domains) are not usable."""


@lru_cache(maxsize=8)
def _policy(domains: tuple[str, ...]) -> Any:
    """The link policy for a deployment's official domains (none: no link is allowed)."""
    guard = _guard()
    if guard is None:
        return None
    return guard.LinkPolicy.from_domains(domains) if domains else guard.LinkPolicy(frozenset())


def check_domains(domains: tuple[str, ...]) -> None:
    """Validate the official domains at start-up; ``GuardConfigError`` says which one is wrong."""
    try:
        _policy(domains)
    except ValueError as exc:
        raise GuardConfigError(f"--official-domain: {exc}") from None
    if not domains:
        log.warning("no official domains configured (--official-domain): agents cannot send any link")


def scan_customer_text(text: str) -> InboundScan:
    guard = _guard()
    if guard is None:
        return InboundScan(text, (), ())
    result = guard.scan_inbound(text)
    redactions = tuple((str(f.kind), str(f.severity)) for f in result.findings)
    kinds = tuple(dict.fromkeys(kind for kind, _ in redactions))
    return InboundScan(result.text, redactions, kinds)


def scan_chat_message(text: str, recent: list[tuple[int, str]], domains: tuple[str, ...] = ()) -> ChatScan:
    """A customer's chat message with their recent ones (``(id, stored body)``, oldest first).

    A secret split over messages (half a seed phrase in each) is found when it is complete: the
    new message is redacted and so are the earlier parts (``earlier``); the warning kinds cover
    both, so the customer is warned once. Links imitating the official ``domains`` are listed for
    the agent (``lookalike_links``); they stay in the text.
    """
    guard = _guard()
    if guard is None or not hasattr(guard, "scan_conversation"):
        return ChatScan(scan_customer_text(text), ())
    policy = _policy(domains)
    flags = tuple(dict.fromkeys((str(f.host), str(f.imitates)) for f in guard.flag_links(text, policy)))
    outcome = guard.scan_conversation(text, [body for _, body in recent])
    redactions = tuple((str(f.kind), str(f.severity)) for f in outcome.current.findings)
    earlier = tuple(
        EarlierUpdate(
            recent[e.index][0],
            recent[e.index][1],
            str(e.result.text),
            tuple((str(f.kind), str(f.severity)) for f in e.result.findings),
        )
        for e in outcome.earlier
    )
    kinds = tuple(str(k) for k in outcome.kinds)
    return ChatScan(InboundScan(str(outcome.current.text), redactions, kinds), earlier, flags)


def customer_warning(kinds: tuple[str, ...], language: str) -> str:
    guard = _guard()
    if guard is None:
        return ""
    return str(guard.customer_warning(kinds, language if language in ("en", "zh-CN") else "en"))


def refusal(text: str, language: str, domains: tuple[str, ...]) -> str | None:
    """Why an agent's (non-internal) message must not be sent, or ``None`` if it may.

    ``domains`` are the deployment's official domains (``ServerConfig.link_domains``)."""
    guard = _guard()
    if guard is None:
        return None
    violations = guard.check_outbound(text, _policy(domains))
    if not violations:
        return None
    lang = language if language in ("en", "zh-CN") else "en"
    return " ".join(dict.fromkeys(str(guard.describe_violation(v, lang)) for v in violations))
