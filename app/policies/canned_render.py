"""Canned replies: pick the customer's language, fill the variables, filter for the picker.

These are rules, not presentation, so they live in the core (no Qt) and are unit-tested on their
own. The picker widget only shows what :func:`filter_replies` returns and inserts what
:func:`render` produces.

A rendered reply never contains a raw ``{variable}``: a value that is missing (the customer's name
is masked or unknown, no ticket number) is replaced by a fallback phrased for the reply's language,
so the agent never sends "Hi {customer_name}," to a customer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.protocol.canned_text import (  # the one filling rule, shared with the server
    FALLBACKS as FALLBACKS,
)
from app.protocol.canned_text import (
    LOCALES,
    normalise_locale,
)
from app.protocol.canned_text import fill as fill
from app.protocol.canned_text import unfilled_variables as unfilled_variables
from app.protocol.canned_text import usable_name as usable_name
from app.protocol.types import CannedReply


@dataclass(frozen=True, slots=True)
class CannedValues:
    """What the desk knows when an agent inserts a reply; ``None`` means "not known"."""

    customer_name: str | None = None
    uid: str | None = None
    agent_name: str | None = None
    ticket_id: str | None = None
    customer_language: str | None = None
    vip_tier: int = 0  # the customer's (0: a regular customer; VIP-only replies are not offered)

    def as_mapping(self) -> dict[str, str | None]:
        return {
            "customer_name": self.customer_name,
            "uid": self.uid,
            "agent_name": self.agent_name,
            "ticket_id": self.ticket_id,
        }


@dataclass(frozen=True, slots=True)
class RenderedReply:
    locale: str
    title: str
    body: str


def choose_locale(reply: CannedReply, preferred: str | None) -> str:
    """The customer's language when the reply has it, otherwise the other shipped language."""
    wanted = normalise_locale(preferred)
    if reply.bodies.get(wanted):
        return wanted
    for locale in LOCALES:
        if reply.bodies.get(locale):
            return locale
    return next(iter(reply.bodies), wanted)


def render(reply: CannedReply, values: CannedValues, locale: str | None = None) -> RenderedReply:
    """The reply in ``locale`` (default: the customer's language) with its variables filled."""
    chosen = choose_locale(reply, locale or values.customer_language)
    mapping = values.as_mapping()
    title = reply.titles.get(chosen) or next(iter(reply.titles.values()), reply.key)
    return RenderedReply(
        locale=chosen,
        title=fill(title, mapping, chosen),
        body=fill(reply.bodies.get(chosen, ""), mapping, chosen),
    )


def _haystacks(reply: CannedReply) -> tuple[str, str, str]:
    """(shortcut, titles, bodies), folded. Never the reply's key: "deposits_withdrawals.…" would
    make every reply of a category match a word of the category's name."""
    titles = " ".join(reply.titles.values()).casefold()
    bodies = " ".join(reply.bodies.values()).casefold()
    return reply.shortcut.casefold().lstrip("/"), titles, bodies


def _starts_a_word(word: str, text: str) -> bool:
    """``word`` begins a word of ``text`` (or, for Chinese, stands anywhere in it)."""
    if not word.isascii():
        return word in text
    return re.search(r"(?:^|[^0-9a-z])" + re.escape(word), text) is not None


def filter_replies(replies: Iterable[CannedReply], text: str) -> list[CannedReply]:
    """Replies matching every word of ``text`` in shortcut, title or body, best matches first.

    Ranking: the shortcut starts with the text; then every word starts a word of the title (or
    the shortcut); then every word is somewhere in the title or shortcut; then in the body only.
    Ties keep the server's order (its categories). An empty text returns every reply.
    """
    query = text.strip().casefold().lstrip("/")
    items = list(replies)
    if not query:
        return items
    words = query.split()
    ranked: list[tuple[int, int, CannedReply]] = []
    for index, reply in enumerate(items):
        shortcut, titles, bodies = _haystacks(reply)
        if not all(w in shortcut or w in titles or w in bodies for w in words):
            continue
        if shortcut.startswith(query):
            rank = 0
        elif all(_starts_a_word(w, titles) or shortcut.startswith(w) for w in words):
            rank = 1
        elif all(w in titles or w in shortcut for w in words):
            rank = 2
        else:
            rank = 3
        ranked.append((rank, index, reply))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [reply for _, _, reply in ranked]


def for_vip_only(reply: CannedReply) -> bool:
    """A reply written for VIP clients (its key's name starts with ``vip_``, e.g.
    ``account_login.vip_intro``): it introduces a dedicated account manager."""
    return reply.key.rsplit(".", 1)[-1].startswith("vip_")


def offered(replies: Iterable[CannedReply], vip_tier: int | None) -> list[CannedReply]:
    """The replies the picker offers for a customer: VIP-only ones for VIP clients alone."""
    return [r for r in replies if (vip_tier or 0) > 0 or not for_vip_only(r)]


