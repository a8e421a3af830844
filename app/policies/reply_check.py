"""The safety guard, run on a reply while the agent writes it.

The server refuses the same replies with ``blocked`` and stays the authority; checking here as
well lets the composer say *why* before anything is sent, so an agent never learns of the rule
from a failed message in front of a customer. Internal notes never reach a customer and are not
checked.

Links are checked against the deployment's official domains, which the server names in its
``welcome`` (``Session.official_domains``): the composer and the server then agree on which links
may go out. A server that does not name them (an older one) leaves the guard's default, the demo
exchange's domain.

The composer reads a reply as the server will (``review_reply``, the guard's ``review_outbound``):
what it refuses is *blocked* (no way to send it); what it only *holds* is shown with its reason
and may be sent once the agent confirms it (``message.send`` with ``confirm_held``), for exactly
the text that was reviewed: a confirmation is never carried over to another text.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from app.guard import LinkPolicy, Violation, check_outbound, review_outbound


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


@lru_cache(maxsize=8)
def link_policy(domains: tuple[str, ...] | None) -> LinkPolicy | None:
    """The link allowlist for the domains a server's ``welcome`` named.

    ``None`` (not named) keeps the guard's default; ``()`` allows no link, as on a server started
    without ``--official-domain``. The server checked its domains at start-up; one the guard would
    not accept here is still allowed as written rather than dropped (the server decides)."""
    if domains is None:
        return None
    if not domains:
        return LinkPolicy(frozenset())
    try:
        return LinkPolicy.from_domains(domains)
    except ValueError:
        return LinkPolicy(frozenset(d.strip().lower() for d in domains if d.strip()))


def reply_violations(
    body: str, *, internal: bool, policy: LinkPolicy | None = None, domains: tuple[str, ...] | None = None
) -> tuple[Violation, ...]:
    """What the guard objects to in ``body``; empty when it may be sent.

    ``domains``: the official domains the server named (``Session.official_domains``); ``policy``
    overrides them."""
    if internal or not body.strip():
        return ()
    return check_outbound(body, policy or link_policy(domains))


def review_reply(
    body: str, *, internal: bool, policy: LinkPolicy | None = None, domains: tuple[str, ...] | None = None
) -> ReplyReview:
    """The server's two readings of ``body`` (``review_outbound``): refused, held for the
    agent's review, or free to send. Internal notes and empty text are never checked."""
    if internal or not body.strip():
        return ReplyReview(body)
    found = review_outbound(body, policy or link_policy(domains))
    return ReplyReview(body, found.blocked, found.held)
