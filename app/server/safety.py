"""The one place the server calls the safety guard (``app.guard``).

Customer messages are scanned before they are stored or fanned out: secrets are replaced by
markers and a warning goes back to the customer. A chat message is scanned together with the
customer's recent ones, so a secret split over several messages is found and its earlier parts are
redacted too. Agent messages that are not internal notes are checked and refused when they ask for
secrets, push remote access or transfers, or link outside the deployment's official domains
(``--official-domain``) and the block explorers (``--explorer-domain``, round 13: the guard's
defaults unless configured). The guard is pure CPU work; callers run it off the event loop.

The guard is a security control, so this adapter fails closed: :func:`require` (called by
:meth:`ChatServer.start` before the port opens) raises :class:`GuardUnavailable` when the guard
cannot be loaded or lacks a part, and the server refuses to start. There is no "nothing found"
fallback: a server that cannot check messages does not accept any.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)

#: what the server calls in ``app.guard``; a guard without one of them is no guard
REQUIRED = ("scan_inbound", "scan_conversation", "flag_links", "customer_warning", "check_outbound",
            "describe_violation", "LinkPolicy", "impostor_handles", "impostor_warning", "review_outbound",
            "checked_explorers", "checked_handles")
LANGUAGES = ("en", "zh-CN")
CHAT_WINDOW = 6  # earlier customer messages of a chat the guard looks at (a secret split over messages)


class GuardUnavailable(RuntimeError):
    """The safety guard cannot be loaded: the server must not start (it would pass secrets and
    scams through unchecked)."""


class GuardConfigError(ValueError):
    """The guard's deployment settings (the official domains, the block explorers) are not usable."""


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
def require() -> ModuleType:
    """The loaded guard; raises :class:`GuardUnavailable` (never returns a stand-in)."""
    try:
        import app.guard as guard
    except Exception as exc:  # ImportError, or any error while the guard's modules load
        problem = type(exc).__name__
        raise GuardUnavailable(f"the safety guard (app.guard) cannot be loaded: {problem}") from exc
    missing = [name for name in REQUIRED if not hasattr(guard, name)]
    if missing:
        raise GuardUnavailable(f"the safety guard (app.guard) lacks {', '.join(missing)}")
    return guard


@lru_cache(maxsize=8)
def _policy(
    domains: tuple[str, ...], explorers: tuple[str, ...] | None = None, handles: tuple[str, ...] = ()
) -> Any:
    """The link policy for a deployment's official domains (none: no official link is allowed),
    block explorers (None: the guard's defaults; empty: none) and official handles
    (``ServerConfig.official_handles``: a reply pointing only to them is no move off the platform)."""
    guard = require()
    if domains:
        policy = guard.LinkPolicy.from_domains(domains, explorers)
    else:
        policy = guard.LinkPolicy(frozenset(), guard.checked_explorers(explorers))
    if handles:
        policy = replace(policy, official_handles=guard.checked_handles(handles))
    return policy


def check_domains(
    domains: tuple[str, ...], explorers: tuple[str, ...] | None = None, handles: tuple[str, ...] = ()
) -> None:
    """Validate the official domains, the block explorers and the official handles at start-up;
    ``GuardConfigError`` says which setting and which value is wrong."""
    try:
        require().checked_explorers(explorers)
    except ValueError as exc:
        raise GuardConfigError(f"--explorer-domain: {exc}") from None
    try:
        require().checked_handles(handles)
    except ValueError as exc:
        raise GuardConfigError(f"--official-handle: {exc}") from None
    try:
        _policy(domains, explorers)
    except ValueError as exc:
        raise GuardConfigError(f"--official-domain: {exc}") from None
    if not domains:
        log.warning(
            "no official domains configured (--official-domain): agents cannot send any link but to the "
            "block explorers (--explorer-domain)"
        )


@lru_cache(maxsize=8)
def explorer_domains(explorers: tuple[str, ...] | None) -> tuple[str, ...]:
    """The block explorers in force, as the agent ``welcome`` names them: the configured ones or,
    not configured (None), the guard's defaults — resolved here, so a desk whose own defaults differ
    still checks links as this server does. Normalised as the guard compares them, sorted so the
    frame is the same on every node; checked at start-up (:func:`check_domains`)."""
    return tuple(sorted(require().checked_explorers(explorers)))


@lru_cache(maxsize=8)
def official_handles(handles: tuple[str, ...]) -> tuple[str, ...]:
    """The official handles as the agent ``welcome`` names them: normalised as the guard compares
    them (lower case, no "@"), sorted so the frame is the same on every node; checked at start-up
    (:func:`check_domains`)."""
    return tuple(sorted(require().checked_handles(handles)))


def _language(language: str) -> str:
    return language if language in LANGUAGES else "en"


def _redactions(findings: Any) -> tuple[tuple[str, str], ...]:
    return tuple((str(f.kind), str(f.severity)) for f in findings)


def scan_customer_text(text: str) -> InboundScan:
    result = require().scan_inbound(text)
    redactions = _redactions(result.findings)
    kinds = tuple(dict.fromkeys(kind for kind, _ in redactions))
    return InboundScan(result.text, redactions, kinds)


def scan_chat_message(text: str, recent: list[tuple[int, str]], domains: tuple[str, ...] = ()) -> ChatScan:
    """A customer's chat message with their recent ones (``(id, stored body)``, oldest first).

    A secret split over messages (half a seed phrase in each) is found when it is complete: the
    new message is redacted and so are the earlier parts (``earlier``); the warning kinds cover
    both, so the customer is warned once. Links imitating the official ``domains`` are listed for
    the agent (``lookalike_links``); they stay in the text.
    """
    guard = require()
    found = guard.flag_links(text, _policy(domains))
    flags = tuple(dict.fromkeys((str(f.host), str(f.imitates)) for f in found))
    outcome = guard.scan_conversation(text, [body for _, body in recent])
    earlier = []
    for e in outcome.earlier:
        message_id, old_body = recent[e.index]
        redactions = _redactions(e.result.findings)
        earlier.append(EarlierUpdate(message_id, old_body, str(e.result.text), redactions))
    kinds = tuple(str(k) for k in outcome.kinds)
    current = InboundScan(str(outcome.current.text), _redactions(outcome.current.findings), kinds)
    return ChatScan(current, tuple(earlier), flags)


def customer_warning(kinds: tuple[str, ...], language: str) -> str:
    return str(require().customer_warning(kinds, _language(language)))


def refusal(
    text: str,
    language: str,
    domains: tuple[str, ...],
    explorers: tuple[str, ...] | None = None,
    handles: tuple[str, ...] = (),
) -> str | None:
    """Why an agent's (non-internal) message must not be sent, or ``None`` if it may.

    ``domains`` are the deployment's official domains (``ServerConfig.link_domains``), ``explorers``
    its block explorers (``ServerConfig.explorer_domains``; None: the guard's defaults), ``handles``
    its official handles (``ServerConfig.official_handles``)."""
    guard = require()
    violations = guard.check_outbound(text, _policy(domains, explorers, handles))
    if not violations:
        return None
    lang = _language(language)
    return " ".join(dict.fromkeys(str(guard.describe_violation(v, lang)) for v in violations))


@dataclass(frozen=True, slots=True)
class Review:
    """An agent's chat reply as the guard reads it: ``refusal`` (never sent) or ``hold`` (sent only
    when the agent confirms), each the reason in the agent's language; ``codes`` the held kinds."""

    refusal: str | None
    hold: str | None
    codes: tuple[str, ...] = ()


def review(
    text: str,
    language: str,
    domains: tuple[str, ...],
    explorers: tuple[str, ...] | None = None,
    handles: tuple[str, ...] = (),
) -> Review:
    """``refusal`` plus the guard's second, looser reading (``app.guard.review_outbound``): a
    message it is not sure about is held for the agent's review rather than refused."""
    guard = require()
    outcome = guard.review_outbound(text, _policy(domains, explorers, handles))
    lang = _language(language)
    if outcome.blocked:
        reasons = dict.fromkeys(str(guard.describe_violation(v, lang)) for v in outcome.blocked)
        return Review(" ".join(reasons), None)
    if outcome.held:
        reasons = dict.fromkeys(str(guard.describe_violation(v, lang)) for v in outcome.held)
        return Review(None, " ".join(reasons), tuple(dict.fromkeys(str(v.code) for v in outcome.held)))
    return Review(None, None)


def impostor_warning(text: str, official_handles: tuple[str, ...], language: str) -> str | None:
    """The warning for a customer who names a "support" account that is not one of the official
    handles (``--official-handle``), in their language; None when there is none (issue 23)."""
    guard = require()
    handles = guard.impostor_handles(text, official_handles)
    return str(guard.impostor_warning(handles, official_handles, _language(language))) if handles else None
