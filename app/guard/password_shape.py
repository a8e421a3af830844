"""What a password looks like, and passwords given without a label.

A label ("password is …") is the strong signal (``context_secrets``), but customers also write
"I changed it to Mango$Tree42", "tried P@ssw0rd2024 and P@ssw0rd2023, both fail", "old one was
winter2021, new one Winter2022!!": the referent is implicit and the value's shape carries it.
What tells a password from the other tokens of a support message (order ids, addresses, hashes,
tickers, device names, versions):

* ``shape``: 6-40 printable ASCII characters with a letter and a digit or symbol, and none of
  the public shapes (e-mail, link, host name, hex, base58 address, UUID, date/time, version,
  ticker or network name, device and product names followed by a number). "Strong" when it
  mixes three of lower case, upper case, digits and symbols; "weak" otherwise ("winter2021").
* implicit rules, each with its own cue: a value right after "changed/set/reset it to"; values
  right after "tried"; two values that are variants of each other ("hello2024" / "Hello2024",
  "winter2021" / "Winter2022!!") in a message that talks about trying, old/new or failing, which
  is how people list candidates for one password.

Runs on the folded, ASCII-lower-cased text with the original beside it (case matters for the
shape); every rule is anchored at a cue found by one literal scan, so other messages pay one
C-level search.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .label_scan import INBOUND
from .textutil import compile_ascii
from .types import PASSWORD

NONE: Final = 0
WEAK: Final = 1
STRONG: Final = 2

_TOKEN = re.compile(r"[!-~]+")
_OPEN: Final = "\"'`“‘「『(<["
_CLOSE: Final = "\"'`”’」』)>].,;:!?"
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.I)
_LINKISH = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.)|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|app|xyz|info|me|cn|hk"
    r"|tw|uk|example|dev|exchange|top|cc|site|online|pro|vip|ai)(?:[/:?#]|$)",
    re.I,
)
_HEXISH = re.compile(r"(?:0x)?[0-9a-f]{16,}", re.I)
_ADDRESS = re.compile(
    r"(?:bc1|ltc1|tb1)[0-9a-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33}"
    r"|[1-9A-HJ-NP-Za-km-z]{32,44}"
)
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
# amounts, dates, times, ordinals, sizes: "1,250", "2026-03-04", "14:02", "12pm", "2x", "3rd", "8GB"
_NUMBERISH = re.compile(r"[#+-]?[\d.,:/%$€£¥*+-]+(?:am|pm|k|m|x|h|s|u|st|nd|rd|th|kb|mb|gb|tb)?", re.I)
_VERSION = re.compile(r"v?\d+(?:\.\d+)+[a-z0-9-]*", re.I)
# Tokens that are names with a number in them, not secrets: tickers and networks, devices and
# apps, identifiers with a label glued on ("uid123", "kyc-7", "ticket#55").
_PUBLIC_WORD = re.compile(
    r"(?:usdt|usdc|busd|btc|eth|bnb|sol|trx|xrp|doge|ltc|ada|dot|matic|ton|erc|trc|bep|spl|brc|arb|op|avax"
    r"|iphone|ipad|ios|android|windows|win|macos|mac|galaxy|pixel|note|redmi|xiaomi|huawei|mate|oppo|vivo"
    r"|chrome|firefox|safari|edge|ledger|trezor|nano|safepal|keystone|metamask|trust|phantom|okx|tp"
    r"|uid|id|kyc|vip|level|lv|tier|ticket|case|order|ref|step|page|sha|md5|utf|base|build|version|ver|rev"
    r"|usd|eur|gbp|cny|hkd|rmb|jpy|krw|inr|ngn|aud|cad|sgd|covid|mp|px|gb|mb|kb|tb|ghz|mhz|fps|hz|am|pm"
    r"|web|h5|api|otp|2fa|mfa|sms|qr|nft|dex|cex|p2p|c2c|defi|ai|gpt|top|no|ch|vol|q|h|m)"
    r"[-_ #.]?\d[\d.]*[a-z]{0,3}",
    re.I,
)
_REDACTED = "[redacted"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A token's span without wrapping quotes and sentence punctuation (a "!" or "?" stays when the
    value has other digits or symbols: "Summer2024!")."""
    while start < end and text[start] in _OPEN:
        start += 1
    while end > start and text[end - 1] in _CLOSE:
        if text[end - 1] in "!?" and not text[start : end - 1].rstrip("!?").isalpha():
            break
        end -= 1
    return start, end


def public_shape(value: str) -> bool:
    """Is ``value`` a public thing that may hold digits and symbols (address, link, id, …)?"""
    return bool(
        _EMAIL.fullmatch(value)
        or _LINKISH.match(value)
        or _HEXISH.fullmatch(value)
        or _ADDRESS.fullmatch(value)
        or _UUID.fullmatch(value)
        or _NUMBERISH.fullmatch(value)
        or _VERSION.fullmatch(value)
        or _PUBLIC_WORD.fullmatch(value)
    )


def shape(value: str) -> int:
    """``STRONG``, ``WEAK`` or ``NONE``: how much ``value`` looks like a password."""
    n = len(value)
    if n < 6 or n > 40 or _REDACTED in value or "\ue000" in value:
        return NONE
    lower = upper = digit = symbol = 0
    for ch in value:
        if "a" <= ch <= "z":
            lower += 1
        elif "A" <= ch <= "Z":
            upper += 1
        elif "0" <= ch <= "9":
            digit += 1
        elif "!" <= ch <= "~":
            symbol += 1
        else:
            return NONE
    letters = lower + upper
    if letters < 2 or not (digit or symbol) or public_shape(value):
        return NONE
    if symbol and symbol == n - letters and value.strip("-_.") != value:
        return NONE  # "-word-", "...": punctuation around a word
    classes = (lower > 0) + (upper > 0) + (digit > 0) + (symbol > 0)
    return STRONG if classes >= 3 else WEAK


class ShapeHit(NamedTuple):
    kind: str
    start: int
    end: int


_CUE_WORDS: Final = (
    "it to",
    "tried",
    "one was",
    "one is",
    "neither",
    "both",
    "either",
    "old one",
    "new one",
    "old password",
    "new password",
    "old pw",
    "new pw",
    "the old",
    "the new",
    "试了",
    "试过",
    "旧密码",
    "新密码",
    "旧的",
    "新的",
    "或者",
    "还是",
)
_CUES = INBOUND.phrases(_CUE_WORDS)
_CUE_WINDOW: Final = 120  # listed candidates sit near the word that lists them
_IT_TO = compile_ascii(r"\b(?:chang(?:e|ed|ing)|set|reset|switch(?:ed)?|updated?)\s+it\s+to\s+")
_TRIED = compile_ascii(r"\btried\s+(?:both\s+|with\s+|again\s+with\s+)?|试了|试过")
_LIST_SEP = re.compile(r"\s*(?:,|，|、|/|\band\b|\bor\b|和|或者?|还有)\s*")
_CANDIDATE_TALK = compile_ascii(
    r"\b(?:tried|old|new|neither|both|either|fail(?:s|ed)?|wrong|works?|worked|login|log\s+in|pass\w*|pw|pwd)\b"
    r"|不行|都不|不对|错误|试了|试过|旧|新|密码|登录"
)


def _token_at(text: str, pos: int) -> tuple[int, int] | None:
    m = _TOKEN.match(text, pos)
    if m is None:
        return None
    return trim(text, m.start(), m.end())


def _values_from(text: str, pos: int, need: int) -> list[tuple[int, int]]:
    """The value at ``pos`` and the ones listed after it ("X and Y", "X, Y or Z")."""
    out: list[tuple[int, int]] = []
    while True:
        span = _token_at(text, pos)
        if span is None or shape(text[span[0] : span[1]]) < need:
            return out
        out.append(span)
        sep = _LIST_SEP.match(text, span[1])
        if sep is None or sep.end() == span[1]:
            return out
        pos = sep.end()


def _core(value: str) -> str:
    return "".join(ch for ch in value.lower() if ch.isalpha())


def _variants(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Password-shaped tokens in [lo, hi) that share their letters with another one ("winter2021" and
    "Winter2022!!"): candidates for one password, listed."""
    spans = []
    for m in _TOKEN.finditer(text, lo, hi):
        s, e = trim(text, m.start(), m.end())
        if e - s >= 6 and shape(text[s:e]) >= WEAK:
            spans.append((s, e))
    out: set[tuple[int, int]] = set()
    for i, a in enumerate(spans):
        for b in spans[i + 1 : i + 4]:
            if b[0] - a[1] > 40:
                break
            core = _core(text[a[0] : a[1]])
            if len(core) >= 3 and core == _core(text[b[0] : b[1]]) and text[a[0] : a[1]] != text[b[0] : b[1]]:
                out.update((a, b))
    return sorted(out)


def find_shaped_passwords(text: str, low: str) -> list[ShapeHit]:
    """Passwords given without a label (see the module docstring); ``low`` is ``text`` lower-cased."""
    cues = _CUES.spans(low, 0, len(low))
    if not cues:
        return []
    hits: list[ShapeHit] = []
    windows: list[tuple[int, int]] = []
    for a, b in cues:
        lo, hi = max(0, a - _CUE_WINDOW), min(len(low), b + _CUE_WINDOW)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    for lo, hi in windows:
        for m in _IT_TO.finditer(low, lo, hi):
            hits += [ShapeHit(PASSWORD, s, e) for s, e in _values_from(text, m.end(), WEAK)]
        for m in _TRIED.finditer(low, lo, hi):
            hits += [ShapeHit(PASSWORD, s, e) for s, e in _values_from(text, m.end(), WEAK)]
        if _CANDIDATE_TALK.search(low, lo, hi) is not None:
            hits += [ShapeHit(PASSWORD, s, e) for s, e in _variants(text, lo, hi)]
    return hits
