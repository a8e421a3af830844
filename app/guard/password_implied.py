"""Passwords whose label comes after them or is only implied (round 10).

The other password rules read a label before the value ("password is X") or a verb of using it with
a scope ("I use X for everything"). Customers also name the password only by what it does or how
they chose it, and the label, if any, comes last:

* **what it opens**: "use Xx_ninja_xX99 to get in", "type Abc123! to log in", "我用 Abc123! 登录":
  a value used to get into something is a password; a WEAK shape (a letter and a digit or symbol,
  none of the public shapes) is enough, as for ``password_use``'s scope of use;
* **a label after it**: "X …, that's my pw", "X (this is my password)": the value in the clause
  before "that's/this is my password" (up to 60 characters, no sentence end between);
* **old and new candidates**: "The new one I tried is Winter2026!! and old one Autumn2025!!",
  "以前的密码 <redacted> 现在的 wangwei521": "the new/old one I tried/set/used is X" and a second
  "and (the) old/new one Y" after it. Without a password word near, the value must be STRONG with
  both cases (what people make passwords of); after a password word or a value already redacted,
  WEAK is enough (Chinese 现在的/新的/以前的 with no 是 included);
* **a strength question**: "I set it to my birthday 19910302 is that too weak?", "改成了 123456 会不会
  太简单": asking whether a value is weak or strong enough is asking about a password, so the value
  set or named in that message (6-40 characters; digits alone allowed, a date of birth is the
  commonest weak password) is one.

Each rule runs only in windows around a literal cue (one trie scan each), so other messages pay a
few C scans.
"""

from __future__ import annotations

import re
from typing import Final

from .label_scan import INBOUND, SharedPhrases
from .password_near import id_like
from .password_shape import STRONG, WEAK, ShapeHit, public_shape, shape, trim
from .textutil import compile_ascii, word_start
from .types import PASSWORD

_MASK: Final = "\ue000"
# Every value these rules take has a digit or a symbol that prose does not use ("e-mail", "log-in" are
# words): a message without one is left at once.
_VALUE_MARK = re.compile(r"[0-9!@#$%^&*_+=~|<>/\\{}\[\]]")
_VALUE = r"(?P<val>[!-~]{6,40})(?![!-~])"
_ZVALUE = r"(?P<zval>[!-~]{6,40})(?![!-~])"
_OPENS = compile_ascii(
    r"(?<![a-z])(?:use|used|using|type|typed|enter|entered|try|tried|put\s+in)\s+"
    + _VALUE
    + r"\s+(?:to\s+(?:get|log|sign)\s*in(?:to)?|to\s+login|to\s+(?:access|open|unlock)\s+(?:it|my|the)\b"
    r"|for\s+(?:logging|signing)\s+in)"
)
# the Chinese rules run in windows around their cue words (found by ``str.find``)
_OPENS_ZH = compile_ascii(r"(?:用|输入|输)\s*" + _VALUE + r"\s*(?:登录|登陆|登入|就能登|才能登|进去|解锁)")
_OPENS_ZH_ENDS: Final = ("登录", "登陆", "登入", "就能登", "才能登", "进去", "解锁")
_ONE_ZH_CUES: Final = ("现在的", "目前的", "当前的", "新的", "旧的", "以前的", "之前的", "原来的")
# English cues register with the shared label scan: a long message is read once for every list
_OPENS_CUE = INBOUND.phrases(
    (
        "to get in",
        "to log in",
        "to login",
        "to sign in",
        "to access",
        "to open",
        "to unlock",
        "for logging in",
        "for signing in",
    ),
    bounded=False,
)
_LABEL_LATER = compile_ascii(
    r"(?<![!-~])"
    + _VALUE
    + r"[^.!?。！？\n]{0,60}?(?:\b(?:that'?s|thats|this\s+is|it'?s|its)\s+(?:my|the)\s+(?:\w+\s+)?"
    r"(?:password|passwd|pw|pwd|pass)\b|这(?:就)?是我的(?:\S{0,2})?密码)"
)
_LABEL_LATER_CUE = INBOUND.phrases(
    ("that's my", "thats my", "this is my", "it's my", "its my", "that's the", "this is the"),
    bounded=False,
)
_ONE = compile_ascii(
    r"\b(?:the\s+|my\s+)?(?:new|old|current|previous|original|other|last)\s+one"
    r"(?:\s+(?:that\s+)?(?:i|we)\s+(?:tried|used|set|typed|entered|made|picked|chose|created|use))?"
    r"(?:\s+(?:is|was)|\s*[:：=])?\s*" + _VALUE
)
_ONE_ZH = compile_ascii(
    r"(?:现在的|目前的|当前的|新的|旧的|以前的|之前的|原来的)(?:密码)?(?:是|为|[:：])?\s*" + _VALUE
)
_ONE_CUE = INBOUND.phrases(
    ("new one", "old one", "current one", "previous one", "original one", "other one", "last one"),
    bounded=False,
)
_PASSWORD_WORD = compile_ascii(r"\b(?:pass\s?words?|passwd|pwd|pw|pass|login)\b|密码|口令")
_STRENGTH = INBOUND.phrases(
    (
        "too weak",
        "too simple",
        "too easy",
        "too short",
        "too obvious",
        "strong enough",
        "secure enough",
        "safe enough",
        "good enough",
        "that weak",
        "it weak",
        "this weak",
        "that strong",
        "it strong",
        "this strong",
        "that secure",
        "it secure",
        "that safe",
        "it safe",
    ),
    bounded=False,
)
# literal-first (the word start is checked on a match), so ``re`` skips ahead in C on a long message
_SET_VALUE = compile_ascii(
    r"(?:set|changed?|reset|made|updated?|switched)\s+"
    r"(?:it|mine|(?:my|the)\s+(?:password|passwd|pw|pwd|pass|pin))\s+(?:to|as)\s+"
    r"(?:(?:my|the|our|his|her)\s+(?:\w+\s+){0,4}?\w+\s*[,:-]?\s+)?(?P<val>[!-~]{6,40})(?![!-~])"
)
_SET_VALUE_ZH = compile_ascii(
    r"(?:设成|设置成|设置为|改成|改为|换成)了?\s*(?:我的\S{1,4}\s*)?(?P<val>[!-~]{6,40})(?![!-~])"
)


def _weak(text: str, s: int, e: int, need: int = WEAK) -> ShapeHit | None:
    s, e = trim(text, s, e)
    if e <= s or shape(text[s:e]) < need or id_like(text, s, e) or _VALUE_MARK.search(text, s, e) is None:
        return None
    if need < STRONG or (any(c.islower() for c in text[s:e]) and any(c.isupper() for c in text[s:e])):
        return ShapeHit(PASSWORD, s, e)
    return None


def _windows(cue: SharedPhrases, low: str, before: int, after: int) -> list[tuple[int, int]]:
    """Merged windows around the cue phrases (a literal scan; a long text's is shared, ``label_scan``)."""
    spans: list[tuple[int, int]] = []
    for a, b in cue.spans(low, 0, len(low)):
        lo, hi = max(0, a - before), min(len(low), b + after)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
        else:
            spans.append((lo, hi))
    return spans


def _opens(text: str, low: str) -> list[ShapeHit]:
    out = []
    english = "get in" in low or "log in" in low or "login" in low or "sign in" in low or "to access" in low
    english = english or "to open" in low or "to unlock" in low or "logging in" in low or "signing in" in low
    # plain ``in`` tests (a few tens of ns each) before the cue scan (~1-2 µs a message)
    for lo, hi in _windows(_OPENS_CUE, low, 60, 16) if english else ():
        out += [h for m in _OPENS.finditer(low, lo, hi) if (h := _weak(text, *m.span("val"))) is not None]
    if not low.isascii() and ("用" in low or "输" in low):  # 登录 alone is everywhere: the verb first
        for lo, hi in _zh_windows(low, _OPENS_ZH_ENDS, 60, 0):
            found = [_weak(text, *m.span("val")) for m in _OPENS_ZH.finditer(low, lo, hi)]
            out += [h for h in found if h is not None]
    return out


def _zh_windows(low: str, words: tuple[str, ...], before: int, after: int) -> list[tuple[int, int]]:
    """Windows around Chinese cue words (``str.find``: a long Chinese message is not scanned by a
    regex that cannot skip ahead)."""
    spans: list[tuple[int, int]] = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            spans.append((max(0, at - before), min(len(low), at + len(word) + after)))
            at = low.find(word, at + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _label_later(text: str, low: str) -> list[ShapeHit]:
    english = "s my " in low or "s the " in low
    chinese = not low.isascii() and "是我的" in low
    if not (english or chinese):
        return []
    out = []
    spans = _windows(_LABEL_LATER_CUE, low, 110, 40) if english else []
    spans += _zh_windows(low, ("是我的",), 110, 40) if chinese else []
    for lo, hi in spans:
        for m in _LABEL_LATER.finditer(low, lo, hi):
            hit = _weak(text, *m.span("val"))
            if hit is not None:
                out.append(hit)
    return out


def _one(text: str, low: str) -> list[ShapeHit]:
    english = " one" in low or low.startswith("one")
    chinese = not low.isascii() and (
        # 以前的, 现在的, 原来的, …
        "新的" in low or "旧的" in low or "前的" in low or "在的" in low or "来的" in low
    )
    if not (english or chinese):
        return []
    spans = _windows(_ONE_CUE, low, 12, 100) if english else []
    found = [m for lo, hi in spans for m in _ONE.finditer(low, lo, hi)]
    zh_spans = _zh_windows(low, _ONE_ZH_CUES, 0, 60) if chinese else []
    found += [m for lo, hi in zh_spans for m in _ONE_ZH.finditer(low, lo, hi)]
    out: list[ShapeHit] = []
    for m in sorted(found, key=lambda x: x.start()):
        start = m.start()
        before = low[max(0, start - 60) : start]
        named = _MASK in before or _PASSWORD_WORD.search(before) is not None or bool(out)
        hit = _weak(text, *m.span("val"), need=WEAK if named else STRONG)
        if hit is not None:
            out.append(hit)
    return out


def _strength(text: str, low: str) -> list[ShapeHit]:
    english = "weak" in low or "enough" in low or "too " in low or "strong" in low or "secure" in low
    english = (english or "safe" in low) and bool(_STRENGTH.spans(low, 0, len(low)))
    chinese = (
        not english
        and not low.isascii()
        and (
            "太简单" in low
            or "太弱" in low
            or "够强" in low
            or "够安全" in low
            or "安全吗" in low
            or "强度" in low
        )
    )
    if not (english or chinese):
        return []
    out = []
    found: list[re.Match[str]] = []
    if "set" in low or "chang" in low or "made" in low or "updat" in low or "switch" in low:
        found += [m for m in _SET_VALUE.finditer(low) if word_start(low, m.start())]
    if not low.isascii() and ("设" in low or "改" in low or "换成" in low):
        found += _SET_VALUE_ZH.finditer(low)
    for m in found:
        s, e = trim(text, *m.span("val"))
        value = text[s:e]
        if e - s < 6 or id_like(text, s, e) or (public_shape(value) and not value.isdigit()):
            continue
        if value.isdigit() or shape(value) >= WEAK:
            out.append(ShapeHit(PASSWORD, s, e))
    return out


def find_implied_passwords(text: str, low: str) -> list[ShapeHit]:
    """Every rule of this module, on folded ``text`` and its ASCII-lower-cased ``low``."""
    if _VALUE_MARK.search(text) is None:
        return []  # no value can be one (one C scan; the cue tests below cost more)
    return _opens(text, low) + _label_later(text, low) + _one(text, low) + _strength(text, low)
