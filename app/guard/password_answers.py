"""Passwords with no label, named by what the customer does with them (round 11).

r17 showed passwords that no label rule sees, because the word "password" is nowhere or far away:
"it's LunaMoon7788 I never changed it", "but I'm sure it's Halloween_1031", 就是Feng.Yun.77这个,
"can't get in with Rex&Bella2018 anymore", "Ur app won't take !Shadow-Fax99", 用Jiayou_2026登不进去了,
"rocketman12 ← that's my login", "is m1ntchoc0late too weak?", "password hint says pet+year so
Biscuit2016", "fund password 8830 but withdraw says incorrect". Each is one KIND of sentence:

* **the answer "it is X"** (it's / it is / I'm sure it's / 就是 / 确定是 / 应该是 / 是): X must look like
  what people make passwords of, with no help from context: 8-40 characters, lower case, a digit, and
  a capital or a symbol (LunaMoon7788, Feng.Yun.77), and none of the public shapes (address, hash,
  e-mail, link, device or ticker with a number, id after its label);
* **what the app refuses or lets in**: "get/log/sign in with X", "won't take/accept X", "keeps rejecting X",
  "says X is wrong", "用 X 登不进去", "X 登不上", "输的 X 一直说不对": a WEAK shape (a letter and a digit or
  symbol) is enough, the verb says what it is;
* **a value typed in or sworn to**: "i type X and it spins", "X is definitely right": the answer's shape;
* **a login label after it**: "X ← that's my login", "X is my login password", "X 是我的登录密码";
* **a strength question**: "is X too weak?", "X strong enough?", "X 太简单了吗", "X 够安全吗";
* **a hint that resolves to it**: "hint says pet+year so Biscuit2016", 提示是宠物加年份所以 X;
* **a fund / trading password given as digits**: "fund password 8830", 资金密码 123456 (4-8 digits, not
  followed by a unit: "fund password 3 times wrong", 资金密码错了5次).

Every rule is gated by a literal test on the lower-cased text, so a message without its cue pays
one ``in``.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .cue_windows import cue_windows
from .password_near import id_like
from .password_shape import WEAK, public_shape, shape, trim
from .types import PASSWORD

_VAL = r"(?P<val>[!-~]{4,40})(?![!-~])"
_ANSWER_EN = re.compile(
    r"(?<![a-z])(?:it'?s|it\s+is|it\s+was|that'?s|thats|its\s+def(?:initely)?|it\s+should\s+be)\s+" + _VAL
)
_ANSWER_ZH = re.compile(r"(?:就是|确定是|应该是|肯定是|明明是|其实是|是)\s*" + _VAL)
# "logged in with MacBook2021": after a plain "log in with" a device is as likely as a password, so the
# value needs a symbol there; after a failure ("can't get in with") a WEAK shape is enough
_IN_WITH = re.compile(
    r"(?<![a-z])(?P<neg>(?:can'?t|cannot|couldn'?t|could\s+not|unable\s+to|fail(?:ed)?\s+to|not\s+able\s+to"
    r"|won'?t\s+let\s+me|never)\s+)?"
    r"(?:(?:get|log|sign|got|logged|signed|getting|logging|signing)\s*in(?:to\s+\w+)?|login)"
    r"\s+(?:with|using)\s+" + _VAL
)
_REFUSES = re.compile(
    r"(?<![a-z])(?:(?:won'?t|wont|doesn'?t|doesnt|does\s+not|will\s+not|didn'?t|didnt|did\s+not|not|never|refuses\s+to)"
    r"\s+(?:take|takes|accept|accepts|recogni[sz]e|let\s+me\s+in\s+with|work\s+with)"
    r"|(?:keeps\s+|kept\s+)?(?:reject(?:s|ed|ing)?|refus(?:es|ed|ing)|declin(?:es|ed|ing)))"
    r"\s+(?:my\s+)?"
    + _VAL
    # "your app says Tiger_King99 is wrong": what the app says of the value
    + r"|(?<![a-z])(?:says|said|shows|showed|tells\s+me|told\s+me)\s+"
    + _VAL.replace("val", "sval")
    + r"\s+(?:is\s+|was\s+)?(?:wrong|incorrect|invalid|not\s+(?:right|correct|valid))"
)
# "i type Mango_Lassi9 and it spins", "Bluebird_77 is definitely right": a value typed in, or sworn to,
# needs the answer's own shape (a capital or a symbol with lower case and a digit)
_TYPED = re.compile(
    r"(?<![a-z])(?:type|typed|typing|enter|entered|entering|input|inputted|put\s+in|paste|pasted)"
    r"\s+(?:in\s+)?" + _VAL + r"|(?<![!-~])(?P<sval>[!-~]{8,40})\s+is\s+"
    r"(?:definitely|definately|100%|surely|def|certainly|absolutely)?\s*"
    r"(?:right|correct)(?![a-z])"
)
_REFUSES_ZH = re.compile(
    r"(?<![!-~])(?P<val>[!-~]{4,40})(?![!-~])\s*"
    r"(?:都|也|还是)?(?:登不|登录不|登陆不|进不去|无法登|不能登|登不进|登不上|提示错误|显示错误)"
    # "登录时输的 Panda_2020 一直说不对": a value typed in, then refused
    r"|(?:输|输入|打|填|用)(?:的|了)?\s*(?P<sval>[!-~]{4,40})(?![!-~])\s*[，,]?\s*(?:一直|总是|还是|都|也)?"
    r"(?:说|显示|提示)?(?:不对|错误|错了|无效|不行)"
)
_LOGIN_LATER = re.compile(
    r"(?<![!-~])(?P<val>[!-~]{4,40})(?![!-~])\s*(?:[←<=\-—–:：(（]+\s*)?"
    r"(?:that'?s|thats|this\s+is|it'?s|its|is|=)?\s*(?:my|the)\s+(?:\w+\s+)?"
    r"(?:login|log-?in|sign-?in|account\s+password|login\s+password)(?![a-z])"
    r"|(?<![!-~])(?P<zval>[!-~]{4,40})(?![!-~])\s*(?:是|就是)?我的?(?:登录|登陆|账号|账户)密码"
)
_STRENGTH = re.compile(
    r"(?<![a-z])(?:is|isn'?t|was|are)\s+(?P<val>[!-~]{4,40})\s+(?:too\s+(?:weak|simple|easy|short|obvious|guessable)"
    r"|(?:strong|secure|safe|good|long)\s+enough|weak|ok(?:ay)?\s+as\s+a\s+password)"
    r"|(?<![!-~])(?P<zval>[!-~]{4,40})(?![!-~])\s*(?:是不是|会不会)?(?:太简单|太弱|太短|够安全|够强|够不够|安全吗|强度够)"
)
_HINT = re.compile(
    r"(?<![a-z])hint[^.!?\n]{0,50}?(?<![a-z])(?:so|then|which\s+is|i\.e\.?|means|=|->|→)\s+"
    + _VAL
    + r"|提示[^。！？\n]{0,30}?(?:所以|那就是|也就是|就是)\s*(?P<zval>[!-~]{4,40})(?![!-~])"
)
_FUND_DIGITS = re.compile(
    r"(?<![a-z])(?:fund|funds|funding|trading|trade|withdraw(?:al)?|payment|transaction|security)\s+"
    r"(?:password|passcode|pin|pwd|pw)\s*(?:is|was|[:：=])?\s*(?P<val>(?<!\d)\d{4,8})(?![\d.,:/%]|\s*(?:times?|x\b|"
    r"hours?|hrs?|h\b|min|days?|attempts?|tries|usdt|usd|u\b|digits?|chars?|characters?|位|次))"
    r"|(?:资金|交易|支付|提现|提币|安全)密码\s*(?:是|为|[:：])?\s*(?P<zval>(?<!\d)\d{4,8})(?![\d.,:/%]|\s*(?:次|小时|分钟|天|个|位|u\b))"
)
# (words, cues, pattern, window before a cue, window after it): every match holds one of its cues, and
# a message holds one of its words (a set test on the message's words) before the cues are looked for;
# Chinese rules (no words) run on texts that are not ASCII
_RULES: Final = (
    (
        frozenset({"it's", "its", "it", "that's", "thats"}),
        ("it's", "its ", "it is", "it was", "that's", "thats", "it should"),
        _ANSWER_EN,
        0,
        60,
    ),
    (frozenset({"with", "using"}), (" with ", " using "), _IN_WITH, 60, 50),
    (
        frozenset(
            {
                "take",
                "takes",
                "accept",
                "accepts",
                "recognise",
                "recognize",
                "recognises",
                "recognizes",
                "let",
                "work",
                "reject",
                "rejects",
                "rejected",
                "rejecting",
                "refuses",
                "refused",
                "refusing",
                "declines",
                "declined",
                "declining",
            }
        ),
        ("take", "accept", "recogni", "let me in", "work with", "reject", "refus", "declin"),
        _REFUSES,
        40,
        50,
    ),
    (
        frozenset({"wrong", "incorrect", "invalid", "right", "correct", "valid"}),
        ("wrong", "incorrect", "invalid", "not right", "not correct", "not valid"),
        _REFUSES,
        70,
        5,
    ),
    (
        frozenset(
            {
                "type",
                "typed",
                "typing",
                "enter",
                "entered",
                "entering",
                "input",
                "inputted",
                "put",
                "paste",
                "pasted",
            }
        ),
        ("typ", "enter", "input", "put in", "paste"),
        _TYPED,
        0,
        55,
    ),
    (frozenset({"right", "correct"}), ("right", "correct"), _TYPED, 70, 5),
    (
        frozenset({"login", "log-in", "sign-in", "account"}),
        ("login", "log-in", "sign-in", "account password"),
        _LOGIN_LATER,
        80,
        20,
    ),
    (
        frozenset({"weak", "simple", "easy", "short", "obvious", "guessable", "enough", "password"}),
        ("weak", "simple", "easy", "short", "obvious", "guessable", "enough", "as a password"),
        _STRENGTH,
        70,
        20,
    ),
    (frozenset({"hint"}), ("hint",), _HINT, 0, 120),
    (None, ("登录密码", "登陆密码", "号密码", "户密码"), _LOGIN_LATER, 80, 20),
    (None, ("简单", "太弱", "太短", "安全", "够强", "够不够", "强度"), _STRENGTH, 70, 20),
    (None, ("提示",), _HINT, 0, 120),
    (None, ("是",), _ANSWER_ZH, 0, 50),
    (None, ("登", "进不去", "错误", "不对", "错了", "无效", "不行"), _REFUSES_ZH, 70, 10),
)
_WORD = re.compile(r"[a-z][a-z'-]*")
_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD_SET_MAX: Final = 400
_FUND_CUES: Final = ("password", "passcode", "pin", "pwd", "pw", "密码")
_STRICT: Final = frozenset({id(_ANSWER_EN), id(_TYPED), id(_ANSWER_ZH)})
# a digit or a password symbol: every value but the fund digits has one, next to a letter (or one
# apart: "Feng.Yun.77"); runs of them found by a char class (alternations cost ~30x more in ``re``)
_MARK_RUN = re.compile(r"[0-9!#$%&*@^_+=~|<>\\]+")
_MAX_RUNS = 64
# a mark next to an ASCII letter, or one "." / "-" from one ("." and "-" are no marks: the mark read
# is then the first or last of its run, as ``_runs_by_letter`` reads it)
_MARKS: Final = r"[0-9!#$%&*@^_+=~|<>\\]"
# Found from the mark (rarer than a letter) with the letter looked for around it: a match exactly where
# "[A-Za-z][.-]?MARK|MARK[.-]?[A-Za-z]" has one (only whether there is one is asked), and ``re`` skips
# ahead in C to the next mark instead of trying at every letter (session 10).
_MARK_BY_LETTER = re.compile(f"{_MARKS}(?:(?<=[A-Za-z].)|(?<=[A-Za-z][.\\-].)|(?=[.\\-]?[A-Za-z]))")


def _has_value_token(text: str) -> bool:
    """Is a run of digits/symbols next to an ASCII letter, or one ``.``/``-`` from one? (More than
    ``_MAX_RUNS`` runs count as yes.) One C scan (``_MARK_BY_LETTER``) answers what ``_runs_by_letter``
    finds run by run; the runs are counted only when it finds none."""
    if _MARK_BY_LETTER.search(text) is not None:
        return True
    return len(_MARK_RUN.findall(text)) > _MAX_RUNS


def _runs_by_letter(text: str) -> bool:
    """``_has_value_token`` run by run (the definition; tests compare the two)."""
    n = len(text)
    for k, m in enumerate(_MARK_RUN.finditer(text)):
        if k >= _MAX_RUNS:
            return True
        s, e = m.span()
        if (s > 0 and text[s - 1].isascii() and text[s - 1].isalpha()) or (
            e < n and text[e].isascii() and text[e].isalpha()
        ):
            return True
        if (s > 1 and text[s - 1] in ".-" and text[s - 2].isascii() and text[s - 2].isalpha()) or (
            e + 1 < n and text[e] in ".-" and text[e + 1].isascii() and text[e + 1].isalpha()
        ):
            return True
    return False


_LOWER = re.compile(r"[a-z]")
_FOUR_DIGITS = re.compile(r"\d{4}")
_DIGIT_OR_SYMBOL = re.compile(r"[0-9!@#$%^&*_+=~|<>/\\{}\[\].\-]")


class PasswordHit(NamedTuple):
    kind: str
    start: int
    end: int


def _answer_shape(value: str) -> bool:
    """What a person makes a password of, needing no context: lower case, a digit, and a capital or a
    symbol, 8+ characters, not a public thing."""
    if not 8 <= len(value) <= 40 or not value.isascii():
        return False
    lower = sum(1 for c in value if "a" <= c <= "z")
    upper = any("A" <= c <= "Z" for c in value)
    digit = any(c.isdigit() for c in value)
    symbol = any(not c.isalnum() for c in value)
    return lower >= 3 and digit and (upper or symbol) and not public_shape(value)


def _group(m: re.Match[str]) -> str:
    """The name of the value group that matched (``val``, ``sval`` or ``zval``)."""
    return next(g for g in ("val", "sval", "zval") if g in m.re.groupindex and m.group(g) is not None)


def _value(text: str, m: re.Match[str], strict: bool, symbol: bool = False) -> PasswordHit | None:
    group = _group(m)
    s, e = trim(text, *m.span(group))
    value = text[s:e]
    # the cheap character tests first: most matches are words ("it's fine"), not values
    if e <= s or _DIGIT_OR_SYMBOL.search(value) is None or not _LOWER.search(value):
        return None  # no lower case: an id or a code ("ORD12345", "TRC20"), rarely a password
    if symbol and value.isalnum():
        return None
    ok = _answer_shape(value) if strict else shape(value) >= WEAK and not public_shape(value)
    return PasswordHit(PASSWORD, s, e) if ok and not id_like(text, s, e) else None


def _digits(m: re.Match[str]) -> PasswordHit:
    return PasswordHit(PASSWORD, *m.span(_group(m)))


def find_answered_passwords(text: str, low: str) -> list[PasswordHit]:
    """Passwords named by what the customer does with them (module docstring); ``low`` is ``text``
    with A-Z lower-cased (same offsets)."""
    hits: list[PasswordHit] = []
    fund = "pass" in low or "pin" in low or "pw" in low or "密码" in low
    if fund and _FOUR_DIGITS.search(low) is not None:
        for lo, hi in cue_windows(low, _FUND_CUES, 40, 40):
            hits += [_digits(m) for m in _FUND_DIGITS.finditer(low, lo, hi)]
    if not _has_value_token(text):
        return hits
    seen: set[tuple[int, int]] = set()
    # a short message's words as a set rule out most rules at once; a long one's cost more to collect
    # than the cue searches they would save
    words = set(_WORD.findall(low)) if len(low) <= _WORD_SET_MAX else None
    # the Chinese rules' cues (``needed`` None) all hold a CJK character: a text with none (ASCII, or
    # ASCII and a second pass's redaction masks) skips their cue searches
    ascii_only = text.isascii() or _CJK.search(text) is None
    for needed, cues, pattern, before, after in _RULES:
        if needed is None and ascii_only:
            continue
        if needed is not None and words is not None and needed.isdisjoint(words):
            continue
        for lo, hi in cue_windows(low, cues, before, after):
            for m in pattern.finditer(low, lo, hi):
                if m.span() in seen:
                    continue
                seen.add(m.span())
                if pattern is _IN_WITH and m.group("neg") is None:
                    hit = _value(text, m, strict=True, symbol=True)
                else:
                    hit = _value(text, m, strict=id(pattern) in _STRICT)
                if hit is not None:
                    hits.append(hit)
    return hits
