"""The safety guard, run on a reply while the agent writes it.

The server refuses the same replies with ``blocked`` and stays the authority; checking here as
well lets the composer say *why* before anything is sent, so an agent never learns of the rule
from a failed message in front of a customer. Internal notes never reach a customer and are not
checked.

Links are checked against the deployment's official domains and block explorers, which the server
names in its ``welcome`` (``Session.official_domains``, ``Session.explorer_domains``): the composer
and the server then agree on which links may go out. A server that does not name them (an older
one) leaves the guard's defaults: the demo exchange's domain, the well-known explorers. Its official
support handles (``Session.official_handles``: the deployment's own Telegram bot or channel) may be
pointed to, as the server's guard allows (``off_platform``); an older server names none.

The composer reads a reply as the server will (``review_reply``, the guard's ``review_outbound``):
what it refuses is *blocked* (no way to send it); what it only *holds* is shown with its reason
and may be sent once the agent confirms it (``message.send`` with ``confirm_held``), for exactly
the text that was reviewed: a confirmation is never carried over to another text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from app.guard import (
    LinkPolicy,
    Violation,
    check_outbound,
    checked_explorers,
    checked_handles,
    review_outbound,
)


class Verdict(StrEnum):
    SEND = "send"
    HOLD = "hold"  # sent only once the agent confirms it ("Send anyway")
    BLOCK = "block"


@dataclass(frozen=True, slots=True)
class ReplyReview:
    """The guard's reading of one reply text (``text``: the exact text read)."""

    text: str
    blocked: tuple[Violation, ...] = ()
    held: tuple[Violation, ...] = ()

    @property
    def verdict(self) -> Verdict:
        if self.blocked:
            return Verdict.BLOCK
        return Verdict.HOLD if self.held else Verdict.SEND

    def confirms(self, body: str) -> bool:
        """Whether "Send anyway" on this review may send ``body``: only a held reply, and only
        the very text that was reviewed (an edited or different message is read afresh)."""
        return self.verdict is Verdict.HOLD and body.strip() == self.text.strip()


def _as_written(domains: tuple[str, ...]) -> frozenset[str]:
    return frozenset(d.strip().lower() for d in domains if d.strip())


@lru_cache(maxsize=8)
def link_policy(
    domains: tuple[str, ...] | None, explorers: tuple[str, ...] | None = None, handles: tuple[str, ...] = ()
) -> LinkPolicy | None:
    """``_link_policy`` of the lists, with the official ``handles`` the ``welcome`` named (``()``: none,
    a server that does not name them); one the guard would not take is left out (the server decides)."""
    policy = _link_policy(domains, explorers)
    if not handles:
        return policy
    official: set[str] = set()
    for handle in handles:
        try:
            official |= checked_handles((handle,))
        except ValueError:
            continue
    return replace(policy or LinkPolicy.default(), official_handles=frozenset(official))


def _link_policy(domains: tuple[str, ...] | None, explorers: tuple[str, ...] | None) -> LinkPolicy | None:
    """The link allowlist for the domains and block explorers a server's ``welcome`` named.

    ``domains``: ``None`` (not named) keeps the guard's default, the demo's domain; ``()`` allows
    no official link, as on a server started without ``--official-domain``. ``explorers``: ``None``
    keeps the guard's default explorers; ``()`` allows none (``--no-explorer-domains``). Both not
    named: ``None``, the guard's own default policy. The server checked its lists at start-up; a
    value the guard would not accept here is still allowed as written rather than dropped (the
    server decides)."""
    if domains is None and explorers is None:
        return None
    try:
        explorer_set = checked_explorers(explorers)
    except ValueError:
        explorer_set = _as_written(explorers or ())
    if domains is None:
        return replace(LinkPolicy.default(), explorer_domains=explorer_set)
    if not domains:
        return LinkPolicy(frozenset(), explorer_set)
    try:
        official = LinkPolicy.from_domains(domains).allowed_domains
    except ValueError:
        official = _as_written(domains)
    return LinkPolicy(official, explorer_set)


def reply_violations(
    body: str,
    *,
    internal: bool,
    policy: LinkPolicy | None = None,
    domains: tuple[str, ...] | None = None,
    explorers: tuple[str, ...] | None = None,
    handles: tuple[str, ...] = (),
) -> tuple[Violation, ...]:
    """What the guard objects to in ``body``; empty when it may be sent.

    ``domains``, ``explorers``, ``handles``: the official domains, block explorers and official handles
    the server named (``Session.official_domains``, ``.explorer_domains``, ``.official_handles``);
    ``policy`` overrides them."""
    if internal or not body.strip():
        return ()
    return check_outbound(body, policy or link_policy(domains, explorers, handles))


def review_reply(
    body: str,
    *,
    internal: bool,
    policy: LinkPolicy | None = None,
    domains: tuple[str, ...] | None = None,
    explorers: tuple[str, ...] | None = None,
    handles: tuple[str, ...] = (),
) -> ReplyReview:
    """The server's two readings of ``body`` (``review_outbound``): refused, held for the
    agent's review, or free to send. Internal notes and empty text are never checked."""
    if internal or not body.strip():
        return ReplyReview(body)
    found = review_outbound(body, policy or link_policy(domains, explorers, handles))
    return ReplyReview(body, found.blocked, found.held)
