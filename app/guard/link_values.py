"""Values inside a link a customer pasted are public, unless the link itself names a secret.

Customers paste links to ask about them ("someone sent exchange-examp1e.app", "the video I followed:
https://www.youtube.com/watch?v=…", "https://exchange.example/referral?code=…"). Older rules read a
link's host as a password (a look-alike host is letters and digits, like one) and a query value as a
code, and the agent then could not see where the customer was sent: exactly what they need to see.

``drop_link_values`` is the inbound guard's last filter (after every rule and the learnt scorer, in
``scan_inbound`` and ``scan_conversation``): it drops a password or code finding that lies wholly
inside a link (``links.find_links``; also a dotted host with a path and a made-up TLD,
"exchange.ex4mple/unlock", when no password word stands before it):

* a finding inside the link's **host** always goes (a host is never a secret);
* one in the path or query goes unless the link **names a secret**: a query key such as password,
  pwd, token, secret, seed, mnemonic, key (or ``code`` outside a referral / invite link), or
  credentials before the host ("https://user:pass@host"). Then the rules' verdict stands.

Only password and code findings are dropped: a seed phrase, a private or API key inside a link keeps
its redaction (the safe side; a link never needs one to be read).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final, NamedTuple

from .links import find_links
from .textutil import ascii_lower
from .types import OTP_CODE, PASSWORD, Finding

__all__ = ["drop_link_values"]

_KINDS: Final = frozenset({PASSWORD, OTP_CODE})
# a query (or fragment) key naming a secret: "?password=", "&api_key=", "#seed=", "?accessToken="
_SECRET_KEY = re.compile(
    r"[?&#;](?:[a-z0-9_\-.]*?)(?:pass|pwd|token|secret|seed|mnemonic|phrase|key|otp|2fa|pin(?![a-z])"
    r"|private|priv|auth|credential|sig)[a-z0-9_\-.]*=",
)
_CODE_KEY = re.compile(r"[?&#;](?:[a-z0-9_\-.]*[_\-.])?code=")
_REFERRAL = re.compile(r"referr|invite|invitation|(?<![a-z])ref(?![a-z])|promo|coupon|campaign|affiliate")
# a dotted host with a path whose TLD is no real one ("exchange.ex4mple/unlock"): each label starts
# with a letter and is mostly letters; the path starts with a letter
_MADE_UP = re.compile(
    r"(?<![\w@.\-/])(?P<host>[a-z][a-z0-9\-]{2,62}(?:\.[a-z][a-z0-9\-]{1,62})+)/[a-z][^\s<>\"'`\u3000-\u303f\u3400-\u9fff]*",
)
_PASSWORD_WORD = re.compile(r"(?<![a-z])(?:password|passwd|pwd|pass\s*word|passcode|pin)(?![a-z])|密码|口令")
_BEFORE: Final = 40


class _Link(NamedTuple):
    start: int
    host_end: int
    end: int
    names_secret: bool


def _host_end(link: str) -> int:
    """Where the host (with its port) ends in ``link`` (its first ``/``, ``?`` or ``#`` after it)."""
    scheme = link.find("://")
    pos = scheme + 3 if scheme >= 0 else 0
    m = re.compile(r"[/?#]").search(link, pos)
    return m.start() if m is not None else len(link)


def _names_secret(link: str, host_end: int) -> bool:
    low = ascii_lower(link)
    scheme = low.find("://")
    if scheme >= 0 and "@" in low[scheme + 3 : host_end]:
        return True  # credentials before the host
    if _SECRET_KEY.search(low, host_end) is not None:
        return True
    return _CODE_KEY.search(low, host_end) is not None and _REFERRAL.search(low, host_end) is None


def _links(text: str) -> Iterator[_Link]:
    for hit in find_links(text):
        if hit.is_email:
            continue
        link = text[hit.start : hit.end]
        host_end = _host_end(link)
        yield _Link(hit.start, hit.start + host_end, hit.end, _names_secret(link, host_end))
    if "/" not in text:
        return
    low = ascii_lower(text)
    for m in _MADE_UP.finditer(low):
        if _PASSWORD_WORD.search(low, max(0, m.start() - _BEFORE), m.start()) is not None:
            continue
        link = m.group()
        yield _Link(m.start(), m.end("host"), m.end(), _names_secret(link, m.end("host") - m.start()))


def drop_link_values(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the password and code findings that are a link's host or its public value."""
    if not any(f.kind in _KINDS for f in found) or ("." not in text and "\u3002" not in text):
        return list(found)
    links = list(_links(text))
    if not links:
        return list(found)
    out: list[Finding] = []
    for f in found:
        if f.kind in _KINDS and any(
            link.start <= f.start and f.end <= (link.host_end if link.names_secret else link.end)
            for link in links
        ):
            continue
        out.append(f)
    return out
