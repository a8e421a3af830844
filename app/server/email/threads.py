"""Email threading by Message-ID / In-Reply-To / References (RFC 5322 §3.6.4), pure functions.

Every Message-ID we receive or send is stored with its conversation (``email_message_ids``, see
``email/repo.py``). A reply names its parent in In-Reply-To and its ancestry in References, so
looking those ids up, nearest first, finds the conversation. Ids are compared exactly as written
between the angle brackets (mail software does not change them), by their SHA-256.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time

_ID = re.compile(r"<([^<>\s]{1,500})>")
MAX_REFERENCES = 20


def ids_in(header: str | None) -> list[str]:
    """The ``<id>`` tokens of a Message-ID / In-Reply-To / References header, in order, as "<id>"."""
    if not header:
        return []
    out: list[str] = []
    for token in _ID.findall(header):
        value = f"<{token}>"
        if value not in out:
            out.append(value)
    if not out and "@" in header and " " not in header.strip() and len(header.strip()) <= 500:
        out.append(f"<{header.strip().strip('<>')}>")  # an id written without brackets
    return out


def digest(message_id: str) -> str:
    return hashlib.sha256(message_id.strip().strip("<>").encode("utf-8", "replace")).hexdigest()


def lookup_order(in_reply_to: tuple[str, ...], references: tuple[str, ...]) -> list[str]:
    """The ids to look up, most specific first: the parent, then the ancestry newest first."""
    out = list(in_reply_to)
    for value in reversed(references):
        if value not in out:
            out.append(value)
    return out


def new_message_id(domain: str, tag: str) -> str:
    """A fresh, unguessable Message-ID (``email.utils.make_msgid`` would resolve our host name)."""
    return f"<{int(time.time())}.{tag}.{secrets.token_hex(8)}@{domain}>"


def reference_chain(ids: list[str]) -> list[str]:
    """A References list from a conversation's ids, oldest first: the first id (the thread's
    root) and the newest ones, at most ``MAX_REFERENCES`` in all."""
    ids = list(dict.fromkeys(ids))
    if len(ids) <= MAX_REFERENCES:
        return ids
    return [ids[0], *ids[-(MAX_REFERENCES - 1) :]]
