"""Giving a store its key: the key is checked, a v2 cache is sealed, an unreadable one emptied.

The outcome of :func:`settle` (one transaction on the worker thread):

- ``opened``: the key's check value in ``kv`` opens — this is the cache's key.
- ``created``: a new (empty) cache; the key becomes its key.
- ``sealed``: a cache upgraded from schema v2 held plain text; every value was sealed in place
  with this key (the outbox and drafts included — they exist nowhere else) and the blind index
  built. The caller then vacuums the file so no plain page is left in it or in its WAL.
- ``wiped``: the check value does not open with this key (the keyring lost the key, the key was
  kept in memory only last time, or another agent's key): nothing in the cache can be read, so
  it is emptied and the session takes the inbox again from the server. Replies that were waiting
  in an unreadable outbox are lost with it — the price of a keyring that forgot the key.

Beside the check value the cache records whether its key was kept in the OS keyring
(``key_in_keyring``). When the keyring cannot be asked (locked, broken, not yet reachable at
login), :func:`held_work` tells the session whether the cache is worth waiting for: unsent
replies or drafts under a key the keyring still holds. Then it stays locked and intact until
the keyring answers, instead of being emptied under a new key. A key that lived in memory only
is gone with its run, so waiting could never help.

A store opened without a key that is written to before it gets one (tools, benchmarks) takes a
key for this run only (:func:`adopt_run_key`) — if, and only if, its cache is new.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import delete, func, select, table, text
from sqlalchemy.orm import Session

from app.store import kv
from app.store.cache import DraftRecord, KeyValue, OutboxRecord
from app.store.cache.crypto import CacheCipher, CacheKey
from app.store.cache.fts import REBUILD_FTS_SQL
from app.store.cache.migrations import KEY_CHECK, NEEDS_REINDEX, NEEDS_SEALING, SEAL_IN_PLACE
from app.store.sealing import cipher_of
from app.store.worker import DbWorker

#: Every table that holds cached data (all of it goes with a wipe; ``kv`` keeps the key check and
#: whose cache this is).
DATA_TABLES = ("conversations", "customers", "messages", "outbox", "drafts", "conversation_fts",
               "canned_replies")
#: "1" when the cache's key is kept in the OS keyring, "0" when it lived in memory for one run
KEY_IN_KEYRING = "key_in_keyring"
KEPT_KV = (KEY_CHECK, KEY_IN_KEYRING, kv.SERVER_URL, kv.USERNAME)
log = logging.getLogger(__name__)


class Unlocked(StrEnum):
    OPENED = "opened"
    CREATED = "created"
    SEALED = "sealed"
    WIPED = "wiped"


@dataclass(frozen=True, slots=True)
class HeldWork:
    """What a locked cache holds that exists nowhere else: replies not yet delivered (queued,
    in flight or failed) and drafts; and whether its key should still be in the OS keyring."""

    replies: int
    drafts: int
    key_in_keyring: bool

    @property
    def worth_waiting_for(self) -> bool:
        """Keep the cache locked and intact until the keyring answers (else: start anew)."""
        return self.key_in_keyring and (self.replies + self.drafts) > 0


def held_work(session: Session) -> HeldWork:
    """Counts only: they need no key, so a locked cache can answer them."""
    replies = session.scalar(
        select(func.count()).select_from(OutboxRecord).where(OutboxRecord.state != "delivered"))
    drafts = session.scalar(select(func.count()).select_from(DraftRecord))
    # a cache sealed before the flag existed had its key offered to the keyring: assume it is there
    in_keyring = kv.get(session, KEY_IN_KEYRING) != "0" and kv.get(session, KEY_CHECK) is not None
    return HeldWork(int(replies or 0), int(drafts or 0), in_keyring)


def wipe_data(session: Session, *, keep_identity: bool = True) -> None:
    """Delete every cached row; the sync state goes too (the next connection takes a snapshot)."""
    for name in DATA_TABLES:
        session.execute(delete(table(name)))
    kept = KEPT_KV if keep_identity else (KEY_CHECK,)
    session.execute(delete(KeyValue).where(KeyValue.key.not_in(kept)))


def _has_data(session: Session) -> bool:
    return any(
        session.execute(text(f"SELECT 1 FROM {name} LIMIT 1")).first() is not None
        for name in ("conversations", "messages", "outbox", "drafts")
    )


def _rebuild_index(session: Session) -> None:
    session.execute(text("DELETE FROM conversation_fts"))
    session.execute(text(REBUILD_FTS_SQL))
    kv.put(session, NEEDS_REINDEX, None)


def settle(session: Session, cipher: CacheCipher, key_in_keyring: bool = True) -> Unlocked:
    check = kv.get(session, KEY_CHECK)
    if check is not None:
        if cipher.verify(check):
            if kv.get(session, NEEDS_REINDEX):  # an index of an older format (schema v6)
                _rebuild_index(session)
            return Unlocked.OPENED
        wipe_data(session)
        result = Unlocked.WIPED
    elif kv.get(session, NEEDS_SEALING):
        for statement in SEAL_IN_PLACE:
            session.execute(text(statement))
        _rebuild_index(session)
        kv.put(session, NEEDS_SEALING, None)
        result = Unlocked.SEALED
    elif _has_data(session):  # sealed, but without a check value: no key can be trusted to open it
        wipe_data(session)
        result = Unlocked.WIPED
    else:
        result = Unlocked.CREATED
    kv.put(session, KEY_CHECK, cipher.key_check())
    kv.put(session, KEY_IN_KEYRING, "1" if key_in_keyring else "0")
    return result


def unlock(worker: DbWorker, key: CacheKey, key_in_keyring: bool = True) -> Unlocked:
    """Install ``key`` in the worker and :func:`settle`; scrub the file when plain text or an
    unreadable cache was replaced. Worker thread only; on failure the previous key stays."""
    functions = worker.functions
    previous = functions.cipher
    functions.cipher = CacheCipher(key)
    try:
        result = worker.run_sync(lambda session: settle(session, cipher_of(session), key_in_keyring))
    except BaseException:
        functions.cipher = previous
        raise
    if result in (Unlocked.SEALED, Unlocked.WIPED):
        worker.scrub()
    return result


def adopt_run_key(worker: DbWorker) -> bool:
    """A store opened without a key, used before any was given (tools, benchmarks, tests): a
    *new* cache gets a key for this run only — still sealed, and disposable like a cache without
    a keyring. Never for a cache that holds a key check or plain text waiting to be sealed: that
    one waits for its own key (``False``; writing then raises ``CacheLocked``)."""

    def fresh(session: Session) -> bool:
        return (kv.get(session, KEY_CHECK) is None and kv.get(session, NEEDS_SEALING) is None
                and not _has_data(session))

    if worker.functions.cipher is not None or not worker.run_sync(fresh):
        return False
    unlock(worker, CacheKey.generate(), key_in_keyring=False)
    log.warning("the cache was written before it had a key: it is sealed for this run only")
    return True
