"""Passwords told by how they are used, by a short label, or as a correction (round 5).

``context_secrets`` and ``password_near`` read a label and a value ("password is X") or a STRONG
shape after a verb of using. Customers also say where a value is used, which makes it a
password whatever its shape, or label it with a word that names a login rather than a password:

* **a scope of use**: "i use X for everything", "X everywhere", "我所有地方都用 X", "我登录用的 X":
  using one value everywhere, or to log in, is what people do with passwords, so a WEAK shape
  (a letter and a digit or symbol, none of the public shapes) is enough;
* **a login label with a value**: "email login Pa55word!x", "login dragonfruit!22 / 2FA …": a
  value right after "login" that has a symbol other than ``_.-`` or both cases (a user name such
  as ``john_doe88`` has neither);
* **pinyin initials**: ``mm`` (密码) followed by 是/为/a colon, then a WEAK shape;
* **a correction**: after a value already redacted in the message, "wait no it's X", "sorry,
  typo: X", "不对，是 X": the corrected value, of the same kind (digits only: a code);
* **a value with spaces**: where the message says the password has spaces ("has a space", 有空格),
  the words after "it's"/"is"/是/a colon up to punctuation (2-5 words with a digit or a capital),
  and the words right after an already redacted value, are the value; a quoted value named as the
  password after it ('"Winter is coming 2019" as the password'); a numeric password or PIN typed
  with spaces after its label ("fund password? it's 7 7 4 1 9 0").

All on the folded text with the original beside it (shapes are case-sensitive); each rule is
anchored at a literal, so a message without one pays a few C-level scans.
"""

from __future__ import annotations

import re
from typing import Final

from .password_near import id_like
from .password_shape import STRONG, WEAK, ShapeHit, shape, trim
from .textutil import compile_ascii
from .types import OTP_CODE, PASSWORD

_MASK: Final = "\ue000"  # a redaction marker already in the text (``inbound`` masks them)
_VALUE = r"(?P<val>[!-~]{6,40})(?![!-~])"
_SCOPED_EN = compile_ascii(
    r"\bi\s+(?:always\s+|just\s+|basically\s+|still\s+)?(?:use|used|reuse|reused)\s+"
    + _VALUE
    + r"\s+(?:for\s+(?:everything|all\b|every\w*|login|logging\s+in|signing\s+in|my\s+\w+\s+login)"
    r"|everywhere|on\s+(?:all|every)\b|as\s+(?:my\s+)?(?:login|pass))"
)
_SCOPED_ZH = compile_ascii(
    r"(?:所有(?:的)?(?:地方|网站|平台|账号|账户|app)|到处|每个(?:网站|平台|账号|账户|app)|登录|登陆|登入)"
    r"(?:都|也|全|时|的时候)?(?:是)?(?:用|使用)(?:的)?(?:是|都是)?\s*[:：]?\s*" + _VALUE
)
_LOGIN_VALUE = compile_ascii(
    # round 6: "logging in with Abc123456! gives error": the value one logs in with
    r"(?<![a-z])(?:login|log-in|(?:log(?:ging|ged)?|sign(?:ing|ed)?)\s+in\s+with)\s+" + _VALUE
)
_LOGIN_SYMBOL = re.compile(r"[^A-Za-z0-9_.\-]")
# capitalised words joined by _ . - with digits only at the end: a user name ("John_Doe88", "TomLee7"),
# not a password's mixed case ("Pa55Word", "dRagon22")
_USER_NAME = re.compile(r"(?:[A-Z]?[a-z]{2,}[_.\-]?)+\d*")
_PASSWORD_SPELLED = re.compile(r"pass|pwd|secret|qwerty|letmein|admin")
_PINYIN = compile_ascii(r"(?<![a-z0-9])mm\s*(?:是|为|[:：=])\s*" + _VALUE)
_CORRECTION = compile_ascii(
    r"(?:\b(?:wait|no|nope|sorry|actually|oops|typo|correction|i\s+mean)\b|不对|打错了?|说错了?|更正|应该是)"
    r"[^\ue000\n]{0,24}?(?:\bit'?s|\bit\s+is|\bis|\bshould\s+be|是|为|[:：=])\s*"
    r"(?P<val>[!-~]{4,40})(?![!-~])"
)
_CORRECTION_REACH: Final = 60
# the masks of one marker, to their end in one C match (it was a loop over each character; session 11)
_MASK_RUN = re.compile(_MASK + "+")
_CODE_DIGITS = re.compile(r"\d{4,8}")


def _weak_value(text: str, s: int, e: int) -> ShapeHit | None:
    s, e = trim(text, s, e)
    if e > s and shape(text[s:e]) >= WEAK and not id_like(text, s, e):
        return ShapeHit(PASSWORD, s, e)
    return None


# tools whose names have a digit (so a WEAK shape): "i use 1password for everything" names a password
# manager, an authenticator or a wallet app, not the password
_TOOL_NAMES: Final = frozenset({"1password", "2fas", "1inch", "web3auth", "1fa", "2fa"})


def scoped_use(text: str, low: str) -> list[ShapeHit]:
    """A WEAK shape used everywhere or to log in."""
    patterns = ([_SCOPED_EN] if "use" in low else []) + ([_SCOPED_ZH] if "用" in low else [])
    out: list[ShapeHit] = []
    for pattern in patterns:
        for m in pattern.finditer(low):
            if low[m.start("val") : m.end("val")].rstrip(".,!?;:'\")") in _TOOL_NAMES:
                continue
            hit = _weak_value(text, *m.span("val"))
            if hit is not None:
                out.append(hit)
    return out


def _user_name(value: str) -> bool:
    """Name-shaped and not spelling a password word (the fold reads "Pa$$w0rd" as "password")."""
    return _USER_NAME.fullmatch(value) is not None and _PASSWORD_SPELLED.search(value.lower()) is None


def login_value(text: str, low: str) -> list[ShapeHit]:
    """A STRONG shape right after "login" with a symbol or both cases (not a user name)."""
    if "login" not in low and "log-in" not in low and " in with" not in low:
        return []
    out: list[ShapeHit] = []
    for m in _LOGIN_VALUE.finditer(low):
        s, e = trim(text, *m.span("val"))
        value = text[s:e]
        mixed = any(c.islower() for c in value) and any(c.isupper() for c in value)
        if "@" in value or shape(value) < STRONG or id_like(text, s, e):
            continue
        if (mixed and not _user_name(value)) or _LOGIN_SYMBOL.search(value) is not None:
            out.append(ShapeHit(PASSWORD, s, e))
    return out


def pinyin_label(text: str, low: str) -> list[ShapeHit]:
    """``mm是 X``: the pinyin initials of 密码 as a label."""
    if "mm" not in low:
        return []
    return [h for m in _PINYIN.finditer(low) if (h := _weak_value(text, *m.span("val"))) is not None]


def corrections(text: str, low: str) -> list[ShapeHit]:
    """The corrected value after a redacted one ("[redacted] … wait no it's X")."""
    if _MASK not in text:
        return []
    out: list[ShapeHit] = []
    pos = text.find(_MASK)
    while pos >= 0:
        run = _MASK_RUN.match(text, pos)  # text[pos] is a mask: always a match
        end = run.end() if run is not None else pos + 1
        m = _CORRECTION.search(low, end, min(len(low), end + _CORRECTION_REACH))
        if m is not None and _MASK not in low[end : m.start()]:
            s, e = trim(text, *m.span("val"))
            if _CODE_DIGITS.fullmatch(text, s, e):
                out.append(ShapeHit(OTP_CODE, s, e))
            elif (hit := _weak_value(text, s, e)) is not None:
                out.append(hit)
        pos = text.find(_MASK, end)
    return out


_HAS_SPACES = compile_ascii(
    r"\b(?:has|have|with|contains?|includes?)\s+(?:a\s+|one\s+|two\s+)?spaces?\b|空格"
)
_PASSWORD_WORD = compile_ascii(r"\b(?:password|passwd|pwd|pw|passphrase|login)\b|密码|口令")
_WORDS = r"[!-~]+(?: [A-Za-z0-9][!-~]*){1,4}"
_SPACED_AFTER = compile_ascii(
    r"(?:\bit'?s|\bit\s+is|\bis|\bwas|是|为|[:：])\s*[\"“']?(?P<val>" + _WORDS + ")"
)
_AFTER_MASK = re.compile(r"\ue000(?P<val>(?: [A-Za-z0-9][!-~]*){1,4})(?=\s*[(（,，.。—–-]|\s*$)")
_SPACED_REACH: Final = 100


def spaced_value(text: str, low: str) -> list[ShapeHit]:
    """A password with spaces in it, where the message says so."""
    if ("space" not in low and "空格" not in low) or _HAS_SPACES.search(low) is None:
        return []
    out: list[ShapeHit] = []
    for word in _PASSWORD_WORD.finditer(low):
        m = _SPACED_AFTER.search(low, word.end(), min(len(low), word.end() + _SPACED_REACH))
        if m is None:
            continue
        s, e = trim(text, *m.span("val"))
        value = text[s:e]
        if e - s >= 8 and any(c.isdigit() or c.isupper() for c in value) and _MASK not in value:
            out.append(ShapeHit(PASSWORD, s, e))
    for m in _AFTER_MASK.finditer(text):
        s, e = trim(text, *m.span("val"))
        out.append(ShapeHit(PASSWORD, m.start("val"), e))
    return out


# A quoted value named as the password after it ('"Winter is coming 2019" as the password', “X”是我的密码)
_QUOTED_THEN_LABEL = compile_ascii(
    r"[\"“「'](?P<val>[^\"”」'\n]{4,40})[\"”」']\s*(?:(?:as|is|was|for)\s+(?:my|the)\s+(?:\w+\s+)?(?:password|pw|pwd)\b"
    r"|(?:是|作为|当)(?:我的)?\S{0,2}密码)"
)
# A PIN or a numeric password typed with spaces ("fund password? it's 7 7 4 1 9 0", 密码是 7 7 4 1 9 0)
_SPACED_PIN = compile_ascii(
    r"(?:pass\s?word|\bpin\b|\bpwd\b|密码|口令)[^\n.。!！]{0,12}?(?:\bis\b|\bit'?s\b|\bwas\b|是|为|[:：=])\s*"
    r"(?P<val>[0-9](?:[ -][0-9]{1,3}){2,11})(?![0-9])"
)


_DIGIT_GAP = re.compile(r"[0-9][ -][0-9]")


def quoted_or_spaced(text: str, low: str) -> list[ShapeHit]:
    """A quoted value named as the password after it; a numeric password typed with spaces."""
    out: list[ShapeHit] = []
    quoted = "'" in low or '"' in low or "“" in low or "「" in low
    if quoted and ("password" in low or "pw" in low or "密码" in low):
        for m in _QUOTED_THEN_LABEL.finditer(low):
            value = text[m.start("val") : m.end("val")]
            if any(c.isdigit() for c in value) or any(c.isupper() for c in value):
                out.append(ShapeHit(PASSWORD, *m.span("val")))
    labelled = "pass" in low or "pin" in low or "pwd" in low or "密码" in low or "口令" in low
    if labelled and _DIGIT_GAP.search(low) is not None:
        for m in _SPACED_PIN.finditer(low):
            if 4 <= sum(c.isdigit() for c in m.group("val")) <= 12:
                out.append(ShapeHit(PASSWORD, *m.span("val")))
    return out


def find_used_passwords(text: str, low: str) -> list[ShapeHit]:
    """Every rule of this module."""
    found = scoped_use(text, low) + login_value(text, low) + pinyin_label(text, low)
    return found + corrections(text, low) + spaced_value(text, low) + quoted_or_spaced(text, low)
