"""Sealing customer text on its way into the cache, and the row ids that sealing binds it to.

Every write of a sealed column goes through :func:`seal_values`: it turns the plain values of the
:class:`~app.store.cache.columns.EncryptedText` columns into :class:`~app.store.cache.columns.SealedText`
bound to ``table.column`` and the row's id (so a value cannot be moved to another row). A row's
id must therefore be known *before* it is written: conversations, customers and drafts carry the
server's ids, and messages and outbox items get theirs from :func:`allocate_ids` (the next free
numbers, as ``AUTOINCREMENT`` would give them; one writer thread, so no race).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from app.store.cache.columns import EncryptedText, SealedText
from app.store.cache.crypto import CacheCipher, CacheLocked
from app.store.cache.schema import Base

CIPHER = "cipher"  # the key of the store's cipher in ``Session.info``


def cipher_of(session: Session) -> CacheCipher:
    cipher = session.info.get(CIPHER)
    if not isinstance(cipher, CacheCipher):
        raise CacheLocked("the cache is locked: no key yet")
    return cipher


@cache
def sealed_columns(model: type[Base]) -> dict[str, str]:
    """``{attribute: label}`` of a model's sealed columns."""
    return {c.key: c.type.label for c in table_of(model).columns if isinstance(c.type, EncryptedText)}


def table_of(model: type[Base]) -> Table:
    """The table an ORM class is mapped to (every cache model maps one)."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to a table")
    return table


def seal_values(
    cipher: CacheCipher, model: type[Base], row_id: object, values: Mapping[str, Any]
) -> dict[str, Any]:
    """``values`` with the sealed columns' plain text sealed for the row ``row_id``."""
    labels = sealed_columns(model)
    out = dict(values)
    for name, label in labels.items():
        value = out.get(name)
        if value is not None and name in out:
            out[name] = seal(cipher, label, row_id, value)
    return out


def seal(cipher: CacheCipher, label: str, row_id: object, value: str) -> SealedText:
    return SealedText(value, cipher.seal(label, row_id, value))


def assign(record: Base, cipher: CacheCipher, row_id: object, values: Mapping[str, Any]) -> set[str]:
    """Set the attributes whose value changed (sealing those that are sealed); returns their names."""
    changed = {name: value for name, value in values.items() if getattr(record, name) != value}
    for name, value in seal_values(cipher, type(record), row_id, changed).items():
        setattr(record, name, value)
    return set(changed)


def allocate_ids(session: Session, model: type[Base], count: int = 1) -> range:
    """The next ``count`` ids of an ``AUTOINCREMENT`` table, never reusing one it ever had."""
    table = table_of(model)
    key = next(iter(table.primary_key.columns))
    highest = session.scalar(select(func.max(key))) or 0
    used = session.execute(
        text("SELECT seq FROM sqlite_sequence WHERE name = :name"), {"name": table.name}
    ).scalar()
    first = max(int(highest), int(used or 0)) + 1
    return range(first, first + count)
