"""Passwords r18's customers gave in ways no earlier rule reads (round 12).

* **A label, the value, then the rest of the sentence**: "my password Pa55w0rd!! doesnt work", "login
  creds dragonfly_X9 pls reset": the label (password / pwd / pass / creds / credentials / login
  details, after my / the / login / old / new …) and the value with no "is" or colon between; the
  value must look like a password on its own (a lower-case letter, a digit, and a capital or a
  symbol; not a public shape or an id).
* **A password written in leetspeak**: the fold reads "Pa55w0rd" as the label word "password" (so
  that "my p4ssw0rd is …" finds its label); a token right after a password label that the fold
  turned into a label word was typed with digits or symbols, and is the value.
* **A value offered to try**: "try Kangaroo_Jack1 thats the one i always use", "use Tiger#2020, it's
  my usual one": "try / use / with" before a strong value and a habit cue after it (the one, always,
  usual, every time).
* **An anti-phishing phrase**: "anti phishing phrase mango42 i set", "antiphishing word is Blue-77":
  the label with its noun (phrase / word / text; not "code", which e-mails show too) and the value,
  with or without "is"; the value holds a digit or a symbol.
* **Chinese: the value named after it**: "我一直用 abc88888888 这个密码", "Qwer1234这个登录密码": an ASCII
  value right before 这个/那个 … 密码.
* **Chinese: a password of Chinese characters and digits after a bare label**: "密码 我爱北京天安门88",
  "口令：春眠不觉晓2024": 2-12 Chinese characters with 2-8 digits or symbols at one end, closing the
  clause, with no verb of trouble in it (错, 忘, 改, 次 …).

Every value holds a digit or a symbol, so ``round12`` calls this only for messages that hold one.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .inbound_model_gates import product_name
from .password_near import id_like
from .password_shape import public_shape, trim
from .types import PASSWORD

_DIGIT = re.compile(r"[0-9]")

_PW_LABEL = r"(?:pass\s?words?|passwd|pwd|pw|pass|passcode|creds|credentials)"
# matched at a label word found by ``str.find`` (a long message is never scanned whole)
_LABEL_AT = re.compile(
    _PW_LABEL + r"(?:\s+(?:is|was|=|-)|\s*[:：=])?\s+[\"'“‘]?(?P<val>[!-~]{6,40})(?![!-~])"
)
_LOGIN_AT = re.compile(
    r"login\s+(?:details|info)(?:\s+(?:is|are|were)|\s*[:：=])?\s+[\"'“‘]?(?P<val>[!-~]{6,40})(?![!-~])"
)
# the word before the label that makes it the customer's own: "my / the / login / old … password"
_OWNER_BEFORE = re.compile(
    r"(?<![a-z])(?:my|the|our|login|log-in|account|exchange|old|new|current|usual)\s+$"
)
_LABEL_CUES: Final = ("pass", "pw", "cred")
_TRY_AT = re.compile(r"(?:try|tried|use|using|used|with)\s+(?:with\s+)?[\"'“‘]?(?P<val>[!-~]{8,40})(?![!-~])")
_HABIT_REACH: Final = 60
_HABIT = re.compile(
    r"(?<![a-z])(?:the\s+one|always|usual(?:ly)?|every\s+time|everywhere|all\s+my|for\s+years)(?![a-z])"
)
_TRY_CUES: Final = ("try", "tried", "use", "using", "with")
_ANTI_PHISH = re.compile(
    # not "code": an anti-phishing code is also what an e-mail shows ("an email with anti-phishing code
    # XKT93, is it from you?"); the older rules read it after a connector
    r"(?<![a-z])anti[\s-]*phish(?:ing)?\s+(?:phrase|word|text|string|key)"
    r"(?:\s+(?:is|was)|\s*[:：=])?\s+[\"'“‘]?(?P<val>[!-~]{3,40})(?![!-~])"
)
_MAIL_SHOWS = re.compile(
    r"(?<![a-z])(?:e-?mail|mail|message|sms|text)\s+(?:\w+\s+)?(?:had|has|with|shows?|showed|says|said|contains?"
    r"|containing)(?![a-z])"
)
_VALUE_THEN_LABEL_ZH = re.compile(
    r"(?<![!-~])(?P<val>[!-~]{4,40})\s*(?:这个|那个|这串|做|当|作为)(?:登录|资金|交易|账户|账号)?(?:密码|口令)"
)
_CJK_VALUE = r"[\u4e00-\u9fff]{2,12}"
_MARKS = r"[0-9!@#$%^&*_.+-]{2,8}"
_BARE_LABEL_ZH = re.compile(
    r"(?:^|(?<=[\s，。,.:：!?！？]))(?:我的)?(?:登录|资金|交易)?(?:密码|口令)(?:\s*[:：]\s*|\s+)"
    rf"(?P<val>{_CJK_VALUE}{_MARKS}|{_MARKS}{_CJK_VALUE})(?=$|[\s，。！？,.!?；;])"
)
_TROUBLE_ZH = re.compile(
    r"错|忘|改|重置|找回|输|不对|次|位|个|天前|天后|小时|分钟|元|块|设置|修改|多少|什么"
    # a question about it: 是不是太简单了123
    r"|是不是|简单|复杂|安全|强度|怎么|为什么|哪|吗|呢"
    # a password's policy, not a password: 长度至少12, 要求大写字母加数字
    r"|长度|至少|最少|最多|不少于|不超过|要求|规则|包含|字母|数字|符号|大写|小写|字符"
)


class R12PasswordHit(NamedTuple):
    kind: str
    start: int
    end: int


def strong_value(value: str) -> bool:
    """A password on its own: ASCII, 6-40 characters, lower case, a digit, and a capital or a symbol;
    not a public shape (address, link, version, product number …)."""
    if not 6 <= len(value) <= 40 or not value.isascii():
        return False
    lower = any("a" <= c <= "z" for c in value)
    upper = any("A" <= c <= "Z" for c in value)
    digit = any(c.isdigit() for c in value)
    symbol = any(not c.isalnum() for c in value)
    return lower and digit and (upper or symbol) and not public_shape(value)


def _hit(orig: str, s: int, e: int, test: object = strong_value) -> R12PasswordHit | None:
    s, e = trim(orig, s, e)
    if e <= s or id_like(orig, s, e) or product_name(orig[s:e]):
        return None  # "MetaMask-Flask12": a product, not a password
    return R12PasswordHit(PASSWORD, s, e) if test(orig[s:e]) else None  # type: ignore[operator]


def _word_starts(low: str, cue: str) -> list[int]:
    """Where ``cue`` starts a word of ``low`` (a few ``str.find`` calls)."""
    out: list[int] = []
    pos = low.find(cue)
    while pos >= 0:
        if pos == 0 or not ("a" <= low[pos - 1] <= "z"):
            out.append(pos)
        pos = low.find(cue, pos + 1)
    return out


def _labelled(orig: str, low: str, folded_changed: bool) -> list[R12PasswordHit]:
    out: list[R12PasswordHit] = []
    for cue in _LABEL_CUES:
        for pos in _word_starts(low, cue):
            m = _LABEL_AT.match(low, pos)
            if m is None or (_DIGIT.search(m.group("val")) is None and not folded_changed):
                continue
            if _OWNER_BEFORE.search(low, max(0, pos - 24), pos) is None:
                continue
            hit = _hit(orig, *m.span("val"))  # judged as typed: a leet value the fold made a word too
            if hit is not None:
                out.append(hit)
    for pos in _word_starts(low, "login"):
        m = _LOGIN_AT.match(low, pos)
        if m is not None and _DIGIT.search(m.group("val")) is not None:
            hit = _hit(orig, *m.span("val"))
            if hit is not None:
                out.append(hit)
    return out


def _tried(orig: str, low: str) -> list[R12PasswordHit]:
    out: list[R12PasswordHit] = []
    for cue in _TRY_CUES:
        for pos in _word_starts(low, cue):
            m = _TRY_AT.match(low, pos)
            if m is None:
                continue
            s, e = trim(orig, *m.span("val"))
            value = orig[s:e]
            # a capital and a symbol both: "iPhone15Pro" is a phone
            if len(value) < 8 or value.islower() or value.isalnum():
                continue
            if _HABIT.search(low, m.end(), m.end() + _HABIT_REACH) is None:
                continue
            hit = _hit(orig, s, e)
            if hit is not None:
                out.append(hit)
    return out


def _anti_phishing(orig: str, low: str) -> list[R12PasswordHit]:
    out: list[R12PasswordHit] = []
    for m in _ANTI_PHISH.finditer(low):
        if _MAIL_SHOWS.search(low, max(0, m.start() - 40), m.start()) is not None:
            continue  # what an e-mail showed, asked about: the customer checks a mail, gives nothing new
        s, e = trim(orig, *m.span("val"))
        value = orig[s:e]
        mixed = any(c.isalpha() for c in value) and any(not c.isalpha() for c in value)
        if e > s and mixed and not public_shape(value) and not value.startswith("[redacted"):
            out.append(R12PasswordHit(PASSWORD, s, e))
    return out


def _zh_value_then_label(orig: str) -> list[R12PasswordHit]:
    out: list[R12PasswordHit] = []
    for m in _VALUE_THEN_LABEL_ZH.finditer(orig):
        s, e = trim(orig, *m.span("val"))
        value = orig[s:e]
        mixed = any(c.isalpha() for c in value) and any(not c.isalpha() for c in value)
        if mixed and not public_shape(value) and not id_like(orig, s, e):
            out.append(R12PasswordHit(PASSWORD, s, e))
    return out


def _zh_bare_label(orig: str) -> list[R12PasswordHit]:
    out: list[R12PasswordHit] = []
    for m in _BARE_LABEL_ZH.finditer(orig):
        if _TROUBLE_ZH.search(m.group("val")) is None:
            out.append(R12PasswordHit(PASSWORD, *m.span("val")))
    return out


def find_r12_passwords(text: str, orig: str, low: str) -> list[R12PasswordHit]:
    """Round 12's password rules (module docstring). ``text`` is the folded text, ``low`` the same with
    A-Z lower-cased, ``orig`` the text as the customer typed it (markers masked) when it has the same
    length as ``text`` (else ``text`` itself): a value's shape is judged on what was typed."""
    out: list[R12PasswordHit] = []
    if "pass" in low or "pw" in low or "cred" in low or "login" in low:
        out += _labelled(orig, low, orig is not text and orig != text)
    if "phish" in low:
        out += _anti_phishing(orig, low)
    habit = "always" in low or "the one" in low or "usual" in low or "every" in low or "all my" in low
    if (habit or "for years" in low) and ("try" in low or "tried" in low or "use" in low or "with" in low):
        out += _tried(orig, low)
    if not text.isascii() and ("密码" in text or "口令" in text):
        out += _zh_value_then_label(text)
        out += _zh_bare_label(text)
    return out
