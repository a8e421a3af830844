"""What this writer transaction already read or locked, kept for the next request of its batch.

The writer runs a whole batch of requests in one transaction (``db/executor.py``). When a burst of
new chats arrives — a market spike: twenty customers write at once — each opening locked the same
team's routing rows and read the same open incidents again: a round trip each, on the one writer
that everyone else's messages wait behind (issue 15: the cross-node p99 in a burst of new chats).
What a transaction holds stays true until it ends, as long as the transaction is the only one that
can change it:

- **locked routing rows** (``routing/assign.lock_agents``): a row locked ``FOR UPDATE`` (SQLite: the
  one writer's ``BEGIN IMMEDIATE``) can only change in this transaction, and the ORM objects are
  the ones the identity map already returned; nobody else can take them before the commit.
- **open incidents** (``incidents/repo.link_new``): dropped whenever this session flushes an
  incident row (a declaration or a status change in the same batch). One declared by another node
  while this transaction runs is seen by the next transaction — as it would be had it committed a
  few milliseconds later.

A savepoint rolled back (a request of the batch failed) gives up its row locks and may have
loaded rows that no longer exist: the executor drops the memo then (``_in_savepoint``), and a batch
run again starts with a new session.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

MEMO_KEY = "agentdesk_tx_memo"


def of(session: Session) -> dict[str, Any]:
    """This transaction's memo (made on first use)."""
    memo = session.info.get(MEMO_KEY)
    if memo is None:
        memo = session.info[MEMO_KEY] = {}
    return memo


def drop(session: Session, key: str | None = None) -> None:
    """Forget ``key`` (None: everything) of this transaction's memo."""
    if key is None:
        session.info.pop(MEMO_KEY, None)
    elif (memo := session.info.get(MEMO_KEY)) is not None:
        memo.pop(key, None)


#: the key, inside the memo, of what holds only for a *run* of the batch: consecutive requests of
#: one kind (``executor.runs_together``), e.g. a burst of customers' chat messages. The executor
#: drops it when a request of another kind comes (``executor._transaction``), so what a run keeps —
#: the customers' rows and chats read ahead for all of it, the loads its openings carry from one
#: decision to the next (issue 15, pg17) — is never seen by a request that could change it unseen.
RUN = "run"


def run(session: Session) -> dict[str, Any]:
    """This run's part of the memo (made on first use); dropped with the memo, or when the run ends."""
    found: dict[str, Any] = of(session).setdefault(RUN, {})
    return found


def in_run(session: Session, key: str) -> Any:
    """``key`` of this run's memo, or None (made nothing)."""
    memo = session.info.get(MEMO_KEY)
    found = memo.get(RUN) if memo is not None else None
    return found.get(key) if found is not None else None


def drop_run(session: Session) -> None:
    """The run ended (a request of another kind, or none): forget what held for it."""
    drop(session, RUN)
