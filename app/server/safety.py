"""The one place the server calls the safety guard (``app.guard``).

Customer messages are scanned before they are stored or fanned out: secrets are replaced by
markers and a warning goes back to the customer. Agent messages that are not internal notes are
checked and refused when they ask for secrets, push remote access or transfers, or link outside
the exchange's domains. The guard is pure CPU work; callers run it off the event loop.

The guard is a security control, so this adapter fails closed: :func:`require` (called by
:meth:`ChatServer.start` before the port opens) raises :class:`GuardUnavailable` when the guard
cannot be loaded or lacks a part, and the server refuses to start. There is no "nothing found"
fallback: a server that cannot check messages does not accept any.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from types import ModuleType

log = logging.getLogger(__name__)

#: what the server calls in ``app.guard``; a guard without one of them is no guard
REQUIRED = ("scan_inbound", "customer_warning", "check_outbound", "describe_violation", "LinkPolicy")
LANGUAGES = ("en", "zh-CN")


class GuardUnavailable(RuntimeError):
    """The safety guard cannot be loaded: the server must not start (it would pass secrets and
    scams through unchecked)."""


@dataclass(frozen=True, slots=True)
class InboundScan:
    text: str  # what is stored and shown: secrets replaced by markers
    redactions: tuple[tuple[str, str], ...]  # (kind, severity)
    warning_kinds: tuple[str, ...]


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


@cache
def _policy() -> object:
    return require().LinkPolicy.default()


def _language(language: str) -> str:
    return language if language in LANGUAGES else "en"


def scan_customer_text(text: str) -> InboundScan:
    result = require().scan_inbound(text)
    redactions = tuple((str(f.kind), str(f.severity)) for f in result.findings)
    kinds = tuple(dict.fromkeys(kind for kind, _ in redactions))
    return InboundScan(result.text, redactions, kinds)


def customer_warning(kinds: tuple[str, ...], language: str) -> str:
    return str(require().customer_warning(kinds, _language(language)))


def refusal(text: str, language: str) -> str | None:
    """Why an agent's (non-internal) message must not be sent, or ``None`` if it may."""
    guard = require()
    violations = guard.check_outbound(text, _policy())
    if not violations:
        return None
    lang = _language(language)
    return " ".join(dict.fromkeys(str(guard.describe_violation(v, lang)) for v in violations))
