"""What the writer remembers of the customers who chat: their summary and their open chat's id.

A customer's chat message used to cost an ORM ``session.get(Customer)`` (with its ``contact``) and
the "newest chat not resolved" query before anything was written. The writer thread keeps both per
customer instead, shared by all of that customer's connections, and keeps them right:

- **The customer's facts** (the masked summary every ``message.created`` carries, the tier and
  manager that decide who sees it) are forgotten the moment a ``Customer`` row changes: a
  ``before_flush`` listener on the writer's sessions drops every customer in ``session.new``,
  ``session.dirty`` or ``session.deleted`` (tier, manager, KYC, an email contact — everything
  goes through the ORM; a Core ``UPDATE customers`` elsewhere must call :meth:`forget`).
- **The open chat's id** is only a hint: the message's ``UPDATE conversations … WHERE id = hint
  AND not resolved AND no newer open chat`` checks it in the same transaction (``repo_chat.py``), so a
  resolved conversation, a new chat opened by another connection or a reassignment are seen exactly,
  whatever the cache holds. A hint that fails is dropped and the slow path runs.
- A write that rolls back (a failed request, a batch whose commit failed) may have put rows in
  here that never committed: the writer calls :meth:`clear` then (``DbExecutor.reset_hook``).

Only the writer thread touches it (its sessions carry it in ``session.info``); readers never do.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, joinedload, sessionmaker
from sqlalchemy.orm.interfaces import LoaderOption

from app.protocol import types as pt
from app.server import views
from app.server.db.schema import Customer
from app.server.masking import mask_name

CACHE_KEY = "agentdesk_customer_cache"
#: the ``Customer`` rows this transaction loaded, held so the identity map (weak references) keeps
#: them: a new chat's ORM path asks for the same row again right after (it was read twice: 3 SELECTs
#: each, with its ``contact`` and ``security_code``)
_LOADED_KEY = "agentdesk_loaded_customers"
MAX_CUSTOMERS = 50_000


@dataclass(frozen=True, slots=True)
class CustomerFacts:
    uid: str
    summary: pt.CustomerSummary
    author_name: str  # the masked name a customer's messages carry
    vip_tier: int
    account_manager: str | None


class CustomerCache:
    def __init__(self) -> None:
        self._facts: dict[str, CustomerFacts] = {}
        self._open_chat: dict[str, int] = {}
        self.hits = self.misses = 0

    def facts(self, uid: str) -> CustomerFacts | None:
        return self._facts.get(uid)

    def remember(self, customer: Customer) -> CustomerFacts:
        facts = CustomerFacts(
            uid=customer.uid,
            summary=views.customer_summary(customer),
            author_name=mask_name(customer.name),
            vip_tier=customer.vip_tier,
            account_manager=customer.account_manager,
        )
        if len(self._facts) >= MAX_CUSTOMERS:
            self._facts.clear()
        self._facts[customer.uid] = facts
        return facts

    def open_chat(self, uid: str) -> int | None:
        return self._open_chat.get(uid)

    def set_open_chat(self, uid: str, conversation_id: int) -> None:
        if len(self._open_chat) >= MAX_CUSTOMERS:
            self._open_chat.clear()
        self._open_chat[uid] = conversation_id

    def forget_chat(self, uid: str) -> None:
        self._open_chat.pop(uid, None)

    def forget(self, uid: str) -> None:
        self._facts.pop(uid, None)
        self._open_chat.pop(uid, None)

    def clear(self) -> None:
        self._facts.clear()
        self._open_chat.clear()


def of(session: Session) -> CustomerCache | None:
    found = session.info.get(CACHE_KEY)
    return found if isinstance(found, CustomerCache) else None


@functools.cache
def with_rows() -> tuple[LoaderOption, ...]:
    """Made on first use: the mappers are configured once the feature tables are imported."""
    return (joinedload(Customer.contact), joinedload(Customer.security_code))


def load(session: Session, uid: str) -> Customer | None:
    """The customer's row with its contact and security code joined in: one SELECT where the
    ``selectin`` relationships cost three (issue 15: a customer's first message on a fresh node),
    the same objects loaded. None when no such customer; no statement when already loaded."""
    return session.get(Customer, uid, options=with_rows())


def customer_facts(session: Session, uid: str) -> CustomerFacts | None:
    """The customer's facts, from the cache or read (and remembered); ``None``: no such customer."""
    cache = of(session)
    if cache is not None and (found := cache.facts(uid)) is not None:
        cache.hits += 1
        return found
    return loaded(session, load(session, uid))


def loaded(session: Session, customer: Customer | None) -> CustomerFacts | None:
    """The facts of a customer row just read (by :func:`load`, or with the first look at their chat:
    ``repo_chat.look_with_customer``), remembered; the row held for the transaction."""
    if customer is None:
        return None
    session.info.setdefault(_LOADED_KEY, []).append(customer)
    cache = of(session)
    if cache is None:
        return CustomerCache().remember(customer)
    cache.misses += 1
    return cache.remember(customer)


def _forget_changed(session: Session, _context: Any, _instances: Any) -> None:
    cache = of(session)
    if cache is None:
        return
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Customer):
            cache.forget(obj.uid)


def watch(factory: sessionmaker[Session]) -> None:
    """Forget a customer whenever the writer's sessions flush a change to their row."""
    sa.event.listen(factory, "before_flush", _forget_changed)
