"""Strong password shapes near a password word, after a verb of giving or using, or in a
password-manager row (round 3).

``context_secrets`` reads "password is X" and its variants: a label, a verb, the value. Customers
also put words between ("pwd for login is X", "trading password is still the old one X", "my
password is my cat's name + year, X"), tell what they did with it ("so I gave him X", "I've been
using X for both", "我说了 X") or paste a row from a password manager ("site | user | value").
The value's shape is then the signal, so these rules take only what looks like a password:

* a STRONG shape (three of lower case, upper case, digits, symbols; none of the public shapes of
  ``password_shape``) with both cases (not an error code such as ``ERR_AUTH_401``), and not an id
  after its label ("order #A77Bz9Q"), within ``_AFTER`` characters after a password word, in the
  same sentence;
* such a shape right after a verb of giving, telling or using ("gave him", "been using", "told
  them", "我说了", "用的是"), up to two short words between;
* the last cell of a row of three or more cells (``|`` or tabs) whose first cell is a site, an app
  or an e-mail: a WEAK shape is enough there.
"""

from __future__ import annotations

import re
from typing import Final

from .password_shape import STRONG, WEAK, ShapeHit, shape, trim
from .textutil import AsciiFirst, compile_ascii, literal_alternation
from .types import PASSWORD

_AFTER: Final = 80
_LEAD: Final = "=:：>-~"
_TOKEN = re.compile(r"[!-~]+")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？\n]")
_GIVE_USE = compile_ascii(
    r"\b(?:gave|give|given|told|tell|sent|send|texted|typed|entered|read\s+out)\s+(?:him|her|them|it|the\s+\w+"
    r"|that\s+\w+)\s+(?:as\s+|was\s+)?"
    r"|\b(?:been\s+using|i\s+use|i\s+used|i'm\s+using|im\s+using|still\s+using|was\s+using|always\s+use)\s+"
    r"|\b(?:guessed|cracked|stole|reused|reuse|phished|leaked)\s+"
    r"|\b(?:logged|log|signed|sign)\s+in\s+with\s+|\blogin\s+with\s+"  # round 4: using it to log in
    r"|(?:我说了|我说的是|我报了|我给了他|我给了她|我给了|告诉他了|告诉了他|报给他|用的是|用的都是|一直用|都用|平时用|常用|设的是|设置的是"
    r"|输入的是|输的是|填的是)\s*[:：]?\s*"
)
_GIVE_USE_ANCHORS = AsciiFirst(
    re.compile(
        literal_alternation(
            [
                "gave",
                "give",
                "told",
                "tell",
                "sent",
                "send",
                "texted",
                "typed",
                "entered",
                "read out",
                "been using",
                "i use",
                "i used",
                "i'm using",
                "im using",
                "still using",
                "was using",
                "always use",
                "guessed",
                "cracked",
                "stole",
                "reuse",
                "phished",
                "leaked",
                "logged in with",
                "log in with",
                "signed in with",
                "sign in with",
                "login with",
                "我说",
                "我报",
                "我给了",
                "告诉",
                "报给",
                "用的",
                "一直用",
                "都用",
                "平时用",
                "常用",
                "设的",
                "设置的",
                "输入的",
                "输的",
                "填的",
            ]
        )
    )
)
_ASCII_TOKEN = re.compile(r"[!-~]+")
_CELL_SPLIT = re.compile(r"\s*[|\t]\s*|\s+/\s+|\s{2,}")
_SITE = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}|[^@\s]+@[^@\s]+|[a-z][a-z0-9 ._-]{1,30}", re.I)


_ID_LABEL = re.compile(
    r"(?:order|ticket|case|ref|reference|uid|id|tx|txid|hash|invoice|memo|tag|no|number|code|sku|model|serial"
    r"|订单|工单|单号|编号|尾号)\W{0,3}$",
    re.I,
)


def id_like(text: str, s: int, e: int) -> bool:
    """ "order #A77Bz9Q", "Order#AB12cd", "UID: Xy12ab": an identifier after its label."""
    if text[s] == "#" or _ID_LABEL.search(text[max(0, s - 12) : s]):
        return True
    value = text[s:e]
    return _ID_LABEL.search(re.split(r"[#:]", value, maxsplit=1)[0] + "#") is not None and "#" in value


# a token with both cases and a digit or symbol (the only ones worth a closer look)
_MIXED_TOKEN = re.compile(r"(?<![!-~])(?=[!-~]*[A-Z])(?=[!-~]*[a-z])(?=[!-~]*[^A-Za-z\s])[!-~]{6,}")


def _mixed_case(value: str) -> bool:
    """Both cases: what people make passwords of ("TigerLily#07"), not error codes ("ERR_AUTH_401")
    or ids."""
    return any("a" <= c <= "z" for c in value) and any("A" <= c <= "Z" for c in value)


def _strong_after(text: str, start: int, hi: int, need: int) -> list[ShapeHit]:
    out: list[ShapeHit] = []
    for m in _MIXED_TOKEN.finditer(text, start, hi):
        s, e = trim(text, m.start(), m.end())
        while s < e and text[s] in _LEAD:
            s += 1  # "pwd=Xy7#kk92", "pw:Abc123!": the separator is no part of the value
        if (
            e > s
            and shape(text[s:e]) >= need
            and (need < STRONG or _mixed_case(text[s:e]))
            and not id_like(text, s, e)
        ):
            out.append(ShapeHit(PASSWORD, s, e))
    return out


_NOT_THE_VALUE = re.compile(
    r"\b(?:but|says|said|shows|showed|displays|reads|error|message|field|has|have|requires?|required|must"
    r"|should|such\s+as|like|e\.g|rules?|policy|format|needs?)\b|提示|显示|要求|规则|格式|必须|但是",
    re.I,
)


def near_password_word(text: str, word_ends: list[int]) -> list[ShapeHit]:
    """STRONG shapes after a password word (ends given), within its sentence."""
    out: list[ShapeHit] = []
    n = len(text)
    for end in word_ends:
        stop = _SENTENCE_END.search(text, end, min(n, end + _AFTER))
        hi = stop.start() if stop else min(n, end + _AFTER)
        # "the password field says Min8Chars+1Digit", "password is fine, but my iPhone14 says …": what
        # a screen shows, a rule, or another subject is not the value
        other = _NOT_THE_VALUE.search(text, end, hi)
        out += _strong_after(text, end, other.start() if other else hi, STRONG)
    return out


_USING = compile_ascii(
    r"\b(?:been\s+using|i\s+use|i\s+used|i'm\s+using|im\s+using|still\s+using|was\s+using"
    r"|always\s+use|reused|reuse|logged\s+in|log\s+in|signed\s+in|sign\s+in|login)|都用|平时用|常用|一直用|用的"
)


def after_give_use(text: str, low: str) -> list[ShapeHit]:
    """A STRONG shape right after a verb of giving or using (up to two words between)."""
    out: list[ShapeHit] = []
    if text == low:
        return out  # no A-Z anywhere (``low`` lowers every one): no value of both cases (``_mixed_case``)
    for a in _GIVE_USE_ANCHORS.finditer(low):
        m = _GIVE_USE.match(low, a.start())
        if m is None:
            continue
        # "I use MacBookPro2021": after a verb of using, a product name is as likely as a password,
        # so the value needs a symbol there ("I use Summer.Beach44 everywhere")
        using = _USING.match(low, a.start()) is not None
        tokens = list(_TOKEN.finditer(text, m.end(), min(len(text), m.end() + 40)))[:3]
        for t in tokens:
            s, e = trim(text, t.start(), t.end())
            if using and text[s:e].isalnum():
                continue
            if e > s and shape(text[s:e]) >= STRONG and _mixed_case(text[s:e]) and not id_like(text, s, e):
                out.append(ShapeHit(PASSWORD, s, e))
                break
    return out


_OLD_NEW_ONE = compile_ascii(
    r"\b(?:the\s+|my\s+)?(?:old|new|previous|current|original|last)\s+(?:one|pw|pwd|pass)\s+(?:was|is|=|:)\s*"
    r"|(?:旧的|新的|原来的|以前的|之前的)(?:密码)?(?:是|为|：|:)\s*"
)
_OLD_NEW_BEFORE: Final = 120
_OLD_NEW_HINT = AsciiFirst(
    re.compile(
        literal_alternation(
            (
                "old",
                "new",
                "previous",
                "current",
                "original",
                "last",
                "旧的",
                "新的",
                "原来的",
                "以前的",
                "之前",
            )
        )
    )
)


def old_or_new_one(text: str, low: str, word_ends: list[int]) -> list[ShapeHit]:
    """ "my login pw got changed?? the old one was X": a STRONG shape after "the old/new one was", a
    password word at most ``_OLD_NEW_BEFORE`` characters before it (any sentence)."""
    out: list[ShapeHit] = []
    if not word_ends or _OLD_NEW_HINT.search(low) is None:
        return out
    for m in _OLD_NEW_ONE.finditer(low):
        if not any(0 <= m.start() - end <= _OLD_NEW_BEFORE for end in word_ends):
            continue
        for t in list(_TOKEN.finditer(text, m.end(), min(len(text), m.end() + 40)))[:1]:
            s, e = trim(text, t.start(), t.end())
            if e > s and shape(text[s:e]) >= STRONG and not id_like(text, s, e):
                out.append(ShapeHit(PASSWORD, s, e))
    return out


_LABEL_AFTER = re.compile(
    r"\s*(?:这个|就是|是我的|是|当|作为)?\s*(?:登录|交易|资金)?(?:密码|口令)"
    r"|\s+(?:is|was|=)\s+(?:my|the)\s+(?:\w+\s+)?(?:password|pass|pwd|pw)\b",
    re.I,
)


def value_then_label(text: str, word_starts: list[int]) -> list[ShapeHit]:
    """A strong shape right before a password word that names it ("Lanhua.2024 这个密码")."""
    out: list[ShapeHit] = []
    for start in word_starts:
        lo = max(0, start - 40)
        cands = list(_MIXED_TOKEN.finditer(text, lo, start))
        if not cands:
            continue
        m = cands[-1]
        s, e = trim(text, m.start(), m.end())
        label = _LABEL_AFTER.match(text, e)
        if label is None or label.end() < start:
            continue
        if shape(text[s:e]) >= STRONG and _mixed_case(text[s:e]) and not id_like(text, s, e):
            out.append(ShapeHit(PASSWORD, s, e))
    return out


def manager_rows(text: str) -> list[ShapeHit]:
    """The last cell of a password-manager row: "site | user | value"."""
    if "|" not in text and "\t" not in text and " / " not in text:
        return []
    out: list[ShapeHit] = []
    pos = 0
    for line in text.split("\n"):
        at_line, pos = pos, pos + len(line) + 1
        if line.count("|") < 2 and line.count("\t") < 2 and line.count(" / ") < 2:
            continue
        cells = [c for c in _CELL_SPLIT.split(line) if c.strip()]
        if len(cells) < 3:
            continue
        heads = _ASCII_TOKEN.findall(cells[0])
        first = heads[-1] if heads else ""
        if not _SITE.fullmatch(first):
            continue
        last = cells[-1].split()[0]
        if shape(last) >= WEAK:
            at = at_line + line.rfind(last)
            out.append(ShapeHit(PASSWORD, at, at + len(last)))
    return out
