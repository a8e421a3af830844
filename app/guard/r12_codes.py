"""Codes and keys r18's customers gave in shapes no earlier rule reads (round 12).

* **A code the customer says they received**: "i received 772934 from your system", "it sent G7K2P9
  to my email", "got 418 203 by sms just now": a verb of delivery (received, got, sent me, it sent,
  came) right before a six-digit number (together or 3+3) or a 6-8 character code of capitals and
  digits, in a message that names where it came from or what it is for (email, sms, text, phone,
  app, system, code, verification, login …). Not an amount or an id: no unit or public noun right
  after it or before it (USDT, order, UID …), no round number (…000).
* **2FA backup codes with a prefix or in three groups**: "emergency code BKP-7731-9042", "backup
  codes 4471-0932-1187": after a backup-code name, three or four dash-joined groups of 3-6 letters
  and digits with six digits or more among them (a date's two-digit groups never fit).
* **A 64-hex key in dash, colon or space groups**: "cbf56386f569790c-fe9f1bfc…" (4 x 16), "a1b2c3d4:…"
  (8 x 8): four or more equal groups of 4, 8 or 16 hex digits that make 64 together, letters and digits
  both. A transaction hash is never shown in such groups (two halves are left to ``keys`` and the
  conversation rules, which weigh a transaction context).
* **An API key pair as UUID and hex**: "0ca6c3e8-1b09-…-1a5489181291 / CB2BC079…": a UUID (the key of
  several exchanges) next to a 32-hex secret, with only a separator between; both go.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .cue_windows import cue_windows
from .types import API_SECRET, OTP_CODE, PRIVATE_KEY, TOTP_SECRET

_DELIVERED = re.compile(
    r"(?<![a-z])(?:received|receive|got|get|getting|recieved|it\s+sent|they\s+sent|you\s+sent|system\s+sent"
    r"|sent\s+me|texted\s+me|emailed\s+me|came\s+(?:in|through)\s+as|arrived\s+as)"
    r"\s+(?:the\s+|a\s+|this\s+|code\s+|number\s+|otp\s+)?(?:code\s+)?"
    r"(?P<val>(?<![0-9a-z])(?:\d{6}|\d{3}\s\d{3}|(?=[0-9a-z]*[0-9])(?=[0-9a-z]*[a-z])[0-9a-z]{6,8})(?![0-9a-z]))"
)
_CHANNEL = re.compile(
    r"(?<![a-z])(?:e-?mail|mail|inbox|sms|text|phone|mobile|app|system|authenticator|verif\w*|code|otp"
    r"|login|log\s+in|sign\s+in|withdraw\w*\s+confirm\w*|expired|again)(?![a-z])"
)
_PUBLIC_AFTER = re.compile(
    r"\s*(?:usdt|usdc|btc|eth|bnb|trx|sol|usd|eur|gbp|cny|rmb|\$|dollars?|coins?|tokens?|units?|points?|shares?|times"
    r"|sats?|satoshis?|gwei|wei|元|块"
    r"|confirmations?|blocks?|orders?|items?|messages?|emails?|people|users?)(?![a-z])"
)
_PUBLIC_BEFORE = re.compile(
    r"(?:order|uid|id|ticket|case|ref|reference|tx|txid|invoice|amount|deposit|transfer|payment|refund|bonus"
    r"|reward)\s*(?:number|no\.?|#|id)?\s*[:：#]?\s*(?:of\s+|for\s+)?$"
)
_DELIVERY_CUES: Final = ("receiv", "reciev", "got", "get", "sent", "texted", "emailed", "came", "arrived")
_BACKUP_NAME = re.compile(
    r"(?<![a-z])(?:backup|back-up|recovery|emergency|spare|2fa)\s+codes?|备用码|恢复码|备份码|紧急码"
)
_GROUPED_CODE = re.compile(r"(?<![0-9a-z-])[0-9a-z]{2,6}(?:-[0-9a-z]{3,6}){2,3}(?![0-9a-z-])")
_BACKUP_CUES: Final = (
    "backup",
    "back-up",
    "recovery",
    "emergency",
    "spare",
    "2fa",
    "备用码",
    "恢复码",
    "备份码",
    "紧急码",
)
_BACKUP_REACH: Final = 40
_ERROR_BETWEEN = re.compile(r"(?<![a-z])(?:error|err|status|http|page|screen|step)(?![a-z])")
_NAMED_PUBLIC_AFTER = re.compile(
    r"(?<![a-z])(?:as|is|was|for)\s+(?:the\s+|a\s+|my\s+|our\s+|your\s+)?"
    r"(?:ticket|order|reference|ref|case|invoice|deposit|transaction|tx|txid|uid|id)(?![a-z])"
)
_SPACED_MAX: Final = 600
_MIN_KEY_DIGITS: Final = 12  # 64 hex digits hold ~40 digits; fewer than 12 is 1 in 10^9
_HEX_GROUPS = re.compile(
    r"(?<![0-9a-f])(?:[0-9a-f]{4}(?:[-: ][0-9a-f]{4}){15}|[0-9a-f]{8}(?:[-: ][0-9a-f]{8}){7}"
    r"|[0-9a-f]{16}(?:[-: ][0-9a-f]{16}){3})(?![0-9a-f])"
)
_HEX4 = re.compile(r"[0-9a-f]{4}")
_HEX_CHARS: Final = "0123456789abcdef"  # "" (past the end) is in it too: fullmatch then fails
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_HEX32 = r"(?=[0-9a-f]{0,31}[a-f])(?=[0-9a-f]{0,31}[0-9])[0-9a-f]{32}"
_UUID_PAIR = re.compile(
    rf"(?<![0-9a-z-])(?:(?P<a>{_UUID})\s*(?:[/|,，、;；]|and|和|\s)\s*(?P<b>{_HEX32})"
    rf"|(?P<c>{_HEX32})\s*(?:[/|,，、;；]|and|和|\s)\s*(?P<d>{_UUID}))(?![0-9a-z-])"
)


class R12CodeHit(NamedTuple):
    kind: str
    start: int
    end: int


def _delivered(low: str) -> list[R12CodeHit]:
    if not (  # chained literal tests (~0.1 us) before the cue-by-cue windows
        "rece" in low
        or "reci" in low
        or "got" in low
        or "get" in low
        or "sent" in low
        or "texted" in low
        or "emailed" in low
        or "came" in low
        or "arrived" in low
    ):
        return []
    windows = cue_windows(low, _DELIVERY_CUES, 12, 40)  # "it sent", "system sent": the subject first
    out: list[R12CodeHit] = []
    channel: bool | None = None  # looked for once, after a value was found
    for m in (m for lo, hi in windows for m in _DELIVERED.finditer(low, lo, hi)):
        if channel is None:
            channel = _CHANNEL.search(low) is not None
        if not channel:
            break
        s, e = m.span("val")
        value = low[s:e].replace(" ", "")
        if value.isdigit():
            if value.endswith("000"):
                continue  # a round amount
        elif sum(c.isdigit() for c in value) < 2 or sum(c.isalpha() for c in value) < 2:
            continue
        if _PUBLIC_AFTER.match(low, e) or _PUBLIC_BEFORE.search(low, max(0, s - 30), s):
            continue
        if _NAMED_PUBLIC_AFTER.search(low, e, e + 40):
            continue  # "… 480112 to my email as the ticket number": named a public number
        out.append(R12CodeHit(OTP_CODE, s, e))
    return out


def _backup_groups(low: str) -> list[R12CodeHit]:
    out: list[R12CodeHit] = []
    windows = cue_windows(low, _BACKUP_CUES, 0, 12)
    for m in (m for lo, hi in windows for m in _BACKUP_NAME.finditer(low, lo, hi)):
        for v in _GROUPED_CODE.finditer(low, m.end(), min(len(low), m.end() + _BACKUP_REACH)):
            if _ERROR_BETWEEN.search(low, m.end(), v.start()):
                break  # "recovery code page says error 404-500-600": an error's number
            if sum(c.isdigit() for c in v.group()) >= 6:
                out.append(R12CodeHit(TOTP_SECRET, *v.span()))
    return out


def _first_hex_joint(low: str, seps: str) -> int:
    """The first separator (one of ``seps``) with four hex digits on each side, or -1: a few
    ``str.find`` calls, where a pattern scan of a long message costs tens of microseconds."""
    best = -1
    for sep in seps:
        pos = low.find(sep, 4)
        while pos >= 0 and (best < 0 or pos < best):
            if (
                low[pos - 1] in _HEX_CHARS
                and low[pos + 1 : pos + 2] in _HEX_CHARS
                and _HEX4.fullmatch(low, pos - 4, pos)
                and _HEX4.fullmatch(low, pos + 1, pos + 5)
            ):
                best = pos
                break
            pos = low.find(sep, pos + 1)
    return best


def _grouped_hex(low: str) -> list[R12CodeHit]:
    out: list[R12CodeHit] = []
    first = _first_hex_joint(low, "-: " if len(low) <= _SPACED_MAX else "-:")
    if first < 0:
        return out
    for m in _HEX_GROUPS.finditer(low, max(0, first - 16)):
        value = m.group()
        if any(c.isdigit() for c in value) and any("a" <= c <= "f" for c in value):
            out.append(R12CodeHit(PRIVATE_KEY, *m.span()))
    return out


def _uuid_pairs(low: str) -> list[R12CodeHit]:
    out: list[R12CodeHit] = []
    first = _first_hex_joint(low, "-")
    if first < 0:
        return out
    for m in _UUID_PAIR.finditer(low, max(0, first - 45)):  # 32 hex and a separator before a UUID
        one, two = ("a", "b") if m.group("a") is not None else ("c", "d")
        out.append(R12CodeHit(API_SECRET, *m.span(one)))
        out.append(R12CodeHit(API_SECRET, *m.span(two)))
    return out


def find_r12_codes(low: str) -> list[R12CodeHit]:
    """Round 12's code and key rules (module docstring) on the folded, A-Z lower-cased text."""
    out: list[R12CodeHit] = []
    out += _delivered(low)
    if ("code" in low or "码" in low) and (
        "backup" in low
        or "back-up" in low
        or "recovery" in low
        or "emergency" in low
        or "spare" in low
        or "2fa" in low
        or "备用码" in low
        or "恢复码" in low
        or "备份码" in low
        or "紧急码" in low
    ):
        out += _backup_groups(low)
    # 64 hex digits and a separator at least (a UUID and 32 hex: 69), with a key's share of digits;
    # groups by spaces are looked for in a chat-sized message only (a long one has so many spaces
    # that finding them costs more than the rule is worth there)
    n = len(low)
    if n >= 65 and sum(map(low.count, "0123456789")) >= _MIN_KEY_DIGITS:
        out += _grouped_hex(low)
        if n >= 69 and "-" in low:
            out += _uuid_pairs(low)
    return out
