"""The desk's incident bar and the incident dialogs' rules (issue 23), Qt-free.

The bar shows the open incidents, oldest first, each with its counts (``linked``: conversations
tagged with it, ``open``: those not resolved); an ``incident.updated`` event replaces an incident by
id and drops it once resolved. The dialogs' free lists (keywords, assets) are typed comma- or
line-separated; :func:`problem` says what keeps the form from being sent (the server checks again).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from app.protocol import notes
from app.protocol.incidents import Incident

MAX_ITEMS = 20
_SPLIT = re.compile(r"[,，、;\n]+")
_ASSET = re.compile(r"^[A-Za-z0-9]{2,12}$")


def merged(current: Sequence[Incident], updated: Incident) -> list[Incident]:
    """The bar after ``updated``: replaced by id, dropped when resolved, oldest first."""
    kept = [i for i in current if i.id != updated.id]
    if updated.status == "open":
        kept.append(updated)
    return sorted(kept, key=lambda i: i.id)


def open_only(incidents: Sequence[Incident]) -> list[Incident]:
    return sorted((i for i in incidents if i.status == "open"), key=lambda i: i.id)


def split_list(text: str) -> list[str]:
    """``"USDT, BTC"`` / ``"提币失败、充值"`` → the items, stripped, each once, in order."""
    return list(dict.fromkeys(p.strip() for p in _SPLIT.split(text) if p.strip()))


def problem(
    *, declaring: bool, title: str, topic: str | None, keywords: str, assets: str, en: str, zh: str
) -> str | None:
    """What is wrong with the form (a code the dialog words), or None.

    ``no_title``, ``no_scope`` (declaring needs a topic, keywords or assets), ``bad_asset``,
    ``too_many``, ``short_keyword``, ``no_message_en``, ``no_message_zh``."""
    if declaring:
        if not title.strip():
            return "no_title"
        words, symbols = split_list(keywords), split_list(assets)
        if topic is None and not words and not symbols:
            return "no_scope"
        if len(words) > MAX_ITEMS or len(symbols) > MAX_ITEMS:
            return "too_many"
        if any(len(w) < 2 for w in words):
            return "short_keyword"
        if any(not _ASSET.match(s) for s in symbols):
            return "bad_asset"
    if not en.strip():
        return "no_message_en"
    if not zh.strip():
        return "no_message_zh"
    return None


def telegram_not_linked(uid: str, verified: bool) -> bool:
    """A Telegram chat not linked to an account yet: its contact's UID starts with ``T`` and it is
    unverified (the server's contacts, ``app/server/telegram/repo.py``)."""
    return uid.startswith("T") and not verified


def telegram_resend_target(note_code: str | None, note_args: Mapping[str, str]) -> int | None:
    """The reply a ``telegram.delivery_unknown`` note offers to send again (its message id), else
    None: the desk's "Send this reply again on Telegram" (``telegram.resend``)."""
    if note_code != notes.TELEGRAM_DELIVERY_UNKNOWN:
        return None
    value = note_args.get("message_id", "")
    return int(value) if value.isascii() and value.isdigit() else None
