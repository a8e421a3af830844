"""Passwords given *in context* ("my password is hunter2", "密码：abc123", "pass: x").

A password has no shape of its own, so we only act when a label ("password", "pass", "pwd",
"psw", "passcode", "PIN", 密码, 口令; Traditional and full-width spellings arrive folded) is
followed by a value, or a value is followed by one ("Happy2day! (my password)"), and we replace
only the value. The hard part is not flagging descriptions of the password: "my password is
wrong", "password is not working", "密码错误5次". Rules:

* "password is X" / "password: X" / "the password I use is X" / "my 密码 is X" / "我的 password 是 X":
  X must not be an ordinary word describing the password (a deny list plus adjective/participle
  endings); >= 4 printable ASCII characters; masked values ("****") and links are ignored.
* Without a connector ("pwd Abc123", "account pass rose1234") the value must look like a password:
  >= 6 characters with a digit or a symbol. "pass" alone is an ordinary word ("pass the KYC"), so
  it needs a connector, or "my/account/login" before it. In Chinese ("登录密码 Abcdefg", "我把密码
  告诉你 zhou2021zhou") an ASCII token of >= 6 characters shortly after 密码 is a value: Chinese
  prose does not continue with an English word there.
* "login: me@mail.com / Secret123", "credentials: me@mail.com, Secret123": the token after the
  e-mail or user name is a password when it looks like one.
* One-time codes ("one-time password 55667788", "一次性密码") are left to ``codes``.

Speed: one literal trigger pass over the ASCII-lower-cased text finds the labels; every rule is
then an anchored ``match`` at a trigger.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .label_scan import INBOUND
from .password_implied import find_implied_passwords
from .password_near import (
    after_give_use,
    manager_rows,
    near_password_word,
    old_or_new_one,
    value_then_label,
)
from .password_shape import find_shaped_passwords, public_shape
from .password_use import find_used_passwords
from .textutil import ascii_lower, compile_ascii, near, word_start
from .types import PASSWORD

_VALUE = r"(?P<val>[!-~！？]+)"  # full-width ！？ stay unfolded (Chinese prose uses them), may end a value
_DIGITS = r"(?P<val>(?<![\d])\d{4,8}(?![\d]|[-/.:,]\d))"

_EN_WORDS: Final = (
    "password",
    "passwords",
    "pass word",
    "passwd",
    "pwd",
    "psw",
    "passcode",
    "pw",
    "pass",
    "pin",
    "psswd",
    "pswd",
    "passwrd",
    "pasword",
    "passowrd",
    "pword",
    "p/w",
    "p.w",
    "credentials",
    "credential",
    "creds",
    "login",
    "log in",
    "sign in",
    "user",
    "username",
    "u/n",
    "user id",
    "userid",
    "user name",
)
# label words, found by the shared label scan (``label_scan``); whole words are checked below
_TRIGGERS = INBOUND.phrases((*_EN_WORDS, "密码", "密玛", "密马", "口令"), bounded=False)
_LOGIN_WORDS: Final = frozenset(
    {
        "credentials",
        "credential",
        "creds",
        "login",
        "log in",
        "sign in",
        "user",
        "username",
        "u/n",
        "user id",
        "userid",
        "user name",
    }
)
_CJK = re.compile(r"[\u3400-\u9fff]")

_VERB = (
    r"(?P<verb>(?:\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:always\s+|usually\s+|normally\s+)?(?:use|used|set"
    r"|have|had|chose|created|typed|entered|made|picked|log\s+in\s+with|sign\s+in\s+with)"
    r"(?:\s+(?:it\s+)?(?:to|for|on|in|at|with)\s+(?:it|this|the\s+\w+|my\s+\w+|\w+))?"
    r"(?:\s+(?:everywhere|now|here|there|today|daily|mostly|usually|always|for\s+everything))?)?"
    r"\s*(?:\bis\b|\bwas\b|\bwould\s+be\b|\bwill\s+be\b|\bshould\s+be\b|是|为|就是)"
    r"(?:\s+(?:now|still|just|actually|currently))?\s*[:：]?\s*)"
)
_FOR_WHAT = (
    r"(?:\s*[(（][^()（）\n]{1,30}[)）])?"  # an aside: "my email password (gmail) is …"
    # round 9: two words of what it is for ("the password to the keystore file is keystore!pw")
    r"(?:\s+(?:for|of|on|to)\s+(?:the|my|this|your|that)\s+\w+(?:\s+(?!is\b|was\b)[a-z]+)?)?"
)
# Anchored at an English password word.
_PW_AT = compile_ascii(
    r"(?:pass\s?words?|passwd|pwd|psw|passcode|p/w|p\.w\.?|pw|pass|psswd|pswd|passwrd|pasword|passowrd|pword)"
    r"(?![a-z0-9_])" + _FOR_WHAT + r"(?:" + _VERB + r"|(?P<sep>\s*(?:[:：=—–→⇒➡]|=>|->|-->|\s-)\s*)"
    r"|(?P<to>\s+to\s+)"
    r"|(?P<ask>\s*\?\s*(?:it'?s|it\s+is|that'?s)\s*[:：]?\s*)"  # "my password? it's Orange!Juice7"
    r"|(?P<cjk>\s*[\u3400-\u9fff]{1,6}\s*)"  # "pwd给你qwer1234": a Chinese filler, then the value
    r"|(?P<bare>\s+))" + _VALUE
)
_PASS_OWNER = re.compile(
    r"(?:(?<![a-z])(?:my|ur|your|account|login|wallet|email|e-mail|the)\s+|^\s*"
    r"|(?<![a-z])(?:user(?:name)?|login|id|email|account)\s*[:=]?\s*\S{3,40}\s+)$"  # "user jdoe88 pass X"
    # round 6: after a secret already redacted ("key <k> sec <s> pass X": a list of credentials)
    r"|\ue000[,;/|]?\s+$"
)
_CHANGE_BEFORE = re.compile(
    r"(?<![a-z])(?:chang(?:e|ed|ing)|set|reset|updated?)\s+(?:my\s+|the\s+)?(?:[a-z]+\s+)?$"
)
_ONE_TIME_BEFORE = re.compile(r"(?<![a-z])one[- ]time\s*\Z")
_PIN_AT = re.compile(
    r"pin(?:\s*code|码)?"
    # round 6: what the PIN is for between label and value ("pin for withdrawal 739104")
    r"(?:\s+(?:for|of|on)\s+(?:the\s+|my\s+)?(?:withdrawals?|transfers?|payments?|login|trading|funds?|cards?"
    r"|app|wallet|account|security))?"
    r"(?:\s+(?:is|was)|\s*(?:是|为)?[:：=]?)\s*" + _DIGITS
)
# "login: me@mail.com / Secret123" (at "login", "credentials", "sign in")
_LOGIN_PAIR = compile_ascii(
    r"(?:credentials?|creds?|login|log\s+in|sign\s+in|user\s*(?:name|id)?|u/n)\s*(?:details|info)?"
    r"(?:\s*[:：=-]|\s+is|\s*是)\s*"  # round 5: "my email login is me@mail.example / Spring2024!"
    r"(?:user(?:name)?\s*[:：=]?\s+)?"  # round 6: "creds: user mike_77 / <value>"
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w.+-]{3,})\s*(?:[/,|:;]|\band\b|\s)\s*" + _VALUE
)
# Anchored at 密码 / 口令.
_ZH_PW_AT = compile_ascii(
    r"(?:密[码玛马]|口令)(?P<conn>\s*(?:是|为|：|:|=|-|—|–|→|就是|是：|改成了?|改为|设置为|设成|设置成|\bis\b|\bwas\b)\s*"
    r"|(?P<filler>[^\x00-\x7f，。！？,.!?\n]{1,8}?\s*)|\s*)" + _VALUE
)
_ZH_PW_DESCRIBED = re.compile(
    r"(?:密[码玛马]|口令)(?:是|为|就是)(?!不是|否)(?:(?!比如|例如|像是|类似)[^\x00-\x7f，。！？,.!?\n：:]){2,14}?(?P<val>[a-z0-9_!@#$%^&*.~-]{6,40})(?![!-~])"
)
_ZH_PW_SKIP_BEFORE = re.compile(r"(?:一次性|重置\S{0,2}|找回\S{0,2}|忘记\S{0,2}|忘了\S{0,2})\Z")
# A value followed by its label: "Happy2day! (my password)", "Abc123 is my password", "abc123是我的密码"
_VALUE_THEN_LABEL = compile_ascii(
    r"(?<![!-~])(?P<val>[!-~]{6,})\s*(?:\(\s*(?:my|the)\s+password\s*\)|\bis\s+my\s+(?:\w+\s+)?password\b"
    r"|\bas\s+(?:my|the)\s+(?:\w+\s+)?password\b|(?:当|作为|做)(?:我的)?(?:\S{0,2})?密码"
    r"|[,，]\s*(?:(?:the|my)\s+password\b|(?:我的|这是)?密码\s*$)"
    r"|是我的(?:\S{0,2})?密码|(?:（|\()(?:我的)?密码(?:）|\)))"
)
# A quoted value may hold spaces: 'password "my dog max 2015"'
_QUOTED = compile_ascii(
    # round 9: a JSON or keystore key closes its own quote first ('"passphrase": "Sunny&Day7"')
    r"(?:pass\s?words?|passphrase|密码)(?:[\"”']?\s*(?:is|是|[:：=])\s*|\s+)[\"“「'](?P<val>[^\"”」'\n]{4,40})[\"”」']"
)
# round 4: 'my password has a space in it, is that the problem? it's "orange river 88"'
_QUOTED_LATER = compile_ascii(
    r"(?:pass\s?words?|密码)[^\"“「\n]{0,80}?(?:\bit'?s|\bit\s+is|\bit\s+was|就是|是)\s*[\"“「]"
    r"(?P<val>[^\"”」\n]{4,40})[\"”」]"
)
# "I'll give you my password so you can check: Sunset#77", "password (case sensitive): X"
_LABEL_COLON = compile_ascii(r"(?:pass\s?word|密码)[^:：\n.!?。！？]{1,40}?[:：]\s*(?P<val>[!-~]{6,})")
# "I reset it to Hello#World1, password still rejected", "我重置成了 Hello#World1"
_RESET_TO = compile_ascii(
    r"\b(?:reset|changed|change|set|updated?)\s+(?:it|my\s+password|the\s+password)\s+to\s+(?P<val>[!-~]{6,})"
    r"|(?:重置|改|设置|设|修改)成了?\s*(?P<zval>[!-~]{6,})"
)
# "password: Tulip_2019 or maybe Tulip_2020": a second candidate right after a value
_OR_ANOTHER = compile_ascii(
    r"^\s*(?:\bor\b(?:\s+(?:maybe|perhaps|possibly))?|或者|或是|或|还是|/|\|)\s*(?P<val>[!-~]{6,})"
)
# "new password set to Harbor!View3"
_SET_TO = compile_ascii(
    r"pass\s?word\s+(?:is\s+|was\s+)?(?:now\s+)?(?:set|changed|reset|updated)\s+to\s+(?P<val>[!-~]{6,})"
)
# "my old password was X and the new one is Y"
_NEW_ONE = compile_ascii(r"\b(?:new|old|current|other)\s+one\s+(?:is|was)\s*[:：]?\s*" + _VALUE)

# Words that describe a password rather than being one ("my password is wrong").
_DESCRIPTIVE: Final = frozenset(
    [
        "not",
        "wrong",
        "incorrect",
        "correct",
        "right",
        "invalid",
        "valid",
        "expired",
        "too",
        "the",
        "a",
        "an",
        "my",
        "your",
        "his",
        "her",
        "their",
        "our",
        "its",
        "same",
        "still",
        "ok",
        "okay",
        "fine",
        "good",
        "bad",
        "weak",
        "strong",
        "secure",
        "safe",
        "long",
        "short",
        "simple",
        "complex",
        "complicated",
        "easy",
        "hard",
        "lost",
        "forgotten",
        "forgot",
        "gone",
        "missing",
        "blank",
        "empty",
        "locked",
        "blocked",
        "frozen",
        "disabled",
        "changed",
        "reset",
        "saved",
        "stored",
        "rejected",
        "accepted",
        "different",
        "new",
        "old",
        "also",
        "just",
        "now",
        "being",
        "been",
        "definitely",
        "probably",
        "correctly",
        "case",
        "sensitive",
        "working",
        "there",
        "here",
        "that",
        "this",
        "it",
        "what",
        "which",
        "when",
        "why",
        "how",
        "where",
        "please",
        "help",
        "required",
        "needed",
        "for",
        "to",
        "of",
        "in",
        "on",
        "at",
        "with",
        "and",
        "or",
        "but",
        "so",
        "if",
        "into",
        "from",
        "unknown",
        "known",
        "all",
        "any",
        "none",
        "no",
        "yes",
        "set",
        "compromised",
        "leaked",
        "hacked",
        "stolen",
        "over",
        "more",
        "less",
        "only",
        "exactly",
        "like",
        "mine",
        "something",
        "anything",
        "nothing",
        "everything",
        "usual",
        "typed",
        "entered",
        "somehow",
        "really",
        "very",
        "always",
        "never",
        "again",
        "already",
        "protected",
        "unchanged",
        "updated",
        "expiring",
        "incorrectly",
        "ignored",
        "refused",
        "declined",
        "denied",
        "failing",
        "broken",
        "messed",
        "mixed",
        "fake",
        "real",
        "true",
        "false",
        "weird",
        "strange",
        "unclear",
        "confusing",
        "changing",
        "asking",
        "manager",
        "reset",
        "page",
        "link",
        "field",
        "rules",
        "requirements",
        "policy",
        "strength",
        "length",
        "change",
        "recovery",
        "the",
        "kyc",
        "test",
        "exam",
        "check",
        "verification",
        "review",
        "you",
        "me",
        "him",
        "them",
        "us",
        "we",
        "i",
        "is",
        "was",
        "be",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "can",
        "could",
        "will",
        "would",
        "should",
        "may",
    ]
)
_PASSWORD_WORDS = INBOUND.phrases(["password", "passwords", "pass word", "passphrase", "密码"])
_DESCRIPTIVE_SUFFIXES: Final = ("ed", "ing", "ly", "ful", "ous", "ive", "able", "ible")
_OPEN_QUOTES: Final = "\"'`“‘「『(<["
_TRAIL_STRIP: Final = "\"'`”’」』)>].,;:!?"
_URL_LIKE = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.|//)", re.IGNORECASE)
_EMAIL_LIKE = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
_MASK_CHARS: Final = frozenset("*•xX?-_.")
# After a label, a value that reads as a name with a number ("eth2024", "vip888") is still the value;
# only addresses, links, hashes and the like are not.
_PUBLIC_OK = re.compile(r"[A-Za-z]{2,}[-_ #.]?\d[\d.]*[A-Za-z]{0,3}[!-/:-@\[-`{-~]*")
_BEFORE: Final = 40
_LONG_NUMBER = re.compile(r"\d{13,}")


class ContextHit(NamedTuple):
    """A password value: kind and span of the value only."""

    kind: str
    start: int
    end: int


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop wrapping quotes/brackets and sentence punctuation from a value span.

    A trailing "!" or "?" stays when the value has digits or symbols ("Summer2024!"): there it is
    more likely part of the password than the end of a sentence.
    """
    while start < end and text[start] in _OPEN_QUOTES:
        start += 1
    while end > start and text[end - 1] in _TRAIL_STRIP:
        if text[end - 1] in "!?" and not text[start : end - 1].rstrip("!?").isalpha():
            break
        end -= 1
    return start, end


_CONTRACTION = re.compile(r"[a-z]+(?:n['’]t|['’](?:s|re|ve|ll|d|m))")


def _plausible(value: str, strict: bool) -> bool:
    """Is ``value`` a password rather than a word describing one?"""
    if len(value) < 4 or value.startswith("[redacted") or "\ue000" in value:
        return False
    if all(ch in _MASK_CHARS for ch in value) or _URL_LIKE.match(value) or _EMAIL_LIKE.match(value):
        return False
    public = not value.isdigit() and public_shape(value.rstrip(".,;:!?"))
    if len(value) >= 6 and public and not _PUBLIC_OK.fullmatch(value):
        return False  # an address, a host name, a hash: "Old one was 0xCfBD…", "careful: evil.com"
    core = value.rstrip(".,;:!?").lower()
    if _CONTRACTION.fullmatch(core):
        return False  # "pass hasn't changed", "password isn't working": an English contraction
    if strict:
        return len(value) >= 6 and any(not ch.isalpha() for ch in core)
    descriptive = core in _DESCRIPTIVE or core.endswith(_DESCRIPTIVE_SUFFIXES)
    return not (core.isalpha() and descriptive)


def plausible_password(value: str, strict: bool) -> bool:
    """Is ``value`` a password rather than a word describing one? (``strict``: needs a digit or a
    symbol and six characters, for values without a connector before them.)"""
    return _plausible(value, strict)


def _before(pattern: re.Pattern[str], low: str, pos: int) -> re.Match[str] | None:
    return pattern.search(low, max(0, pos - _BEFORE), pos)


def _value(text: str, m: re.Match[str], strict: bool) -> ContextHit | None:
    s, e = _trim(text, m.start("val"), m.end("val"))
    return ContextHit(PASSWORD, s, e) if _plausible(text[s:e], strict) else None


def _en_password(text: str, low: str, pos: int, word: str) -> ContextHit | None:
    if word in _LOGIN_WORDS:
        m = _LOGIN_PAIR.match(low, pos)
        return _value(text, m, strict=True) if m else None
    if word == "pin":
        m = _PIN_AT.match(low, pos)
        return ContextHit(PASSWORD, m.start("val"), m.end("val")) if m else None
    if _before(_ONE_TIME_BEFORE, low, pos):
        return None  # "one-time password 123456" is a code (see codes.py)
    m = _PW_AT.match(low, pos)
    if m is None or (m.group("to") and not _before(_CHANGE_BEFORE, low, pos)):
        return None
    connected = m.group("verb") is not None or m.group("sep") is not None or m.group("ask") is not None
    if word == "pass" and not connected and (m.group("to") or not _before(_PASS_OWNER, low, pos)):
        return None  # "pass the KYC": a verb
    return _value(text, m, strict=m.group("bare") is not None or m.group("cjk") is not None)


def _zh_password(text: str, low: str, pos: int) -> ContextHit | None:
    if _ZH_PW_SKIP_BEFORE.search(low, max(0, pos - 5), pos):
        return None  # 一次性密码 is a code; 重置密码：<link> names an action
    m = _ZH_PW_AT.match(low, pos)
    if m is None:
        # "密码是我名字拼音加生日lihua19880712": 是 and a description, then the value with letters and digits
        d = _ZH_PW_DESCRIBED.match(low, pos)
        if d is None:
            return None
        s, e = _trim(text, d.start("val"), d.end("val"))
        value = text[s:e]
        mixed = any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
        return ContextHit(PASSWORD, s, e) if mixed and _plausible(value, strict=True) else None
    if m.group("filler") is not None or not m.group("conn").strip():
        # "登录密码 Abc123", "密码告诉你 abc123": an ASCII token after 密码
        s, e = _trim(text, m.start("val"), m.end("val"))
        filler = m.group("filler") or ""
        strict = m.group("filler") is not None
        # a colon in the filler introduces another label's value ("密码 我有三个挂单：9518…"); a long
        # number is an order or an id
        if "：" in filler or ":" in filler or (text[s:e].isdigit() and e - s > 12):
            return None
        ok = e - s >= 6 and _plausible(text[s:e], strict=strict)
        return ContextHit(PASSWORD, s, e) if ok else None
    return _value(text, m, strict=False)


def find_context_secrets(text: str, again: bool = False) -> list[ContextHit]:
    """Password values (may overlap; the caller merges).

    ``again``: ``text`` is a later pass's (the first pass's redaction): the rules that never found
    anything there are left out (``_around_labels``, the shaped values, after "gave/use", old or new
    one, a value then its label; session 14, guardspeed11, measured over bench/corpus like
    ``inbound._detect_again``)."""
    low = ascii_lower(text)
    hits: list[ContextHit] = []
    triggers = [_Trigger(low[a:b], a, b) for a, b in _TRIGGERS.spans(low, 0, len(low))]
    for t in triggers:
        word, pos = t.word, t.start
        hit: ContextHit | None = None
        if word in ("密码", "密玛", "密马", "口令"):
            hit = _zh_password(text, low, pos)
        elif word_start(low, pos) and (t.end == len(low) or not ("a" <= low[t.end] <= "z")):
            hit = _en_password(text, low, pos, word)
        if hit is not None:
            hits.append(hit)
            more = _OR_ANOTHER.match(low[hit.end :])
            if more is not None:
                s_, e_ = _trim(text, hit.end + more.start("val"), hit.end + more.end("val"))
                if _plausible(text[s_:e_], strict=True):
                    hits.append(ContextHit(PASSWORD, s_, e_))
    if triggers and not again:
        hits += _around_labels(text, low)
    # round 3: strong shapes a few words after a password word, after "gave him"/"been using", rows
    words = [t for t in triggers if t.word not in _LOGIN_WORDS and _whole_word(low, t)] if triggers else []
    ends = [t.end for t in words] if words else []
    if again:
        shaped = near_password_word(text, ends) + manager_rows(text)
    else:
        shaped = find_shaped_passwords(text, low) + near_password_word(text, ends)  # (a new list)
        shaped += value_then_label(text, [t.start for t in words] if words else [])
        shaped += after_give_use(text, low) + manager_rows(text)
        shaped += old_or_new_one(text, low, ends)
    shaped += find_used_passwords(text, low)  # round 5: a scope of use, "login X", "mm是", corrections
    shaped += find_implied_passwords(text, low)  # round 10: what it opens, a label after, old/new, strength
    if shaped:  # (the hits in the same order: shaped passwords first, then the rest)
        hits += [ContextHit(h.kind, h.start, h.end) for h in shaped]
    return hits


class _Trigger(NamedTuple):
    """A label word where the shared scan found it."""

    word: str
    start: int
    end: int


def _whole_word(low: str, t: _Trigger) -> bool:
    """A Chinese label, or an English one not inside another word ("pw" in an address)."""
    if not t.word.isascii():
        return True
    return word_start(low, t.start) and not low[t.end : t.end + 1].isalnum()


def _around_labels(text: str, low: str) -> list[ContextHit]:
    """The rules that may start before their label ("Happy2day! (my password)", "reset it to X"),
    tried only in windows around a password word: each begins with a look-behind or a value, which
    ``re`` would otherwise try at every character of a long message."""
    hits: list[ContextHit] = []
    if not _PASSWORD_WORDS.spans(low, 0, len(low)):
        return hits  # every rule below reads only around a password word (``near``'s anchors)
    for m in near(_SET_TO, _PASSWORD_WORDS, low, before=0, after=80):
        hit = _value(text, m, strict=True)
        if hit is not None:
            hits.append(hit)
    for m in near(_QUOTED, _PASSWORD_WORDS, low, before=0, after=80):
        if _plausible(text[m.start("val") : m.end("val")], strict=False):
            hits.append(ContextHit(PASSWORD, m.start("val"), m.end("val")))
    for m in near(_QUOTED_LATER, _PASSWORD_WORDS, low, before=0, after=140):
        value = text[m.start("val") : m.end("val")]
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            hits.append(ContextHit(PASSWORD, m.start("val"), m.end("val")))
    for m in near(_LABEL_COLON, _PASSWORD_WORDS, low, before=0, after=80):
        hit = _value(text, m, strict=True)
        if hit is not None and not _LONG_NUMBER.fullmatch(text, hit.start, hit.end):
            hits.append(hit)  # "密码 我有三个挂单：9518…": a long number after another label is an id
    for m in near(_RESET_TO, _PASSWORD_WORDS, low, before=80, after=80):
        s_, e_ = m.span("val") if m.group("val") else m.span("zval")
        s_, e_ = _trim(text, s_, e_)
        if _plausible(text[s_:e_], strict=True):
            hits.append(ContextHit(PASSWORD, s_, e_))
    for m in near(_VALUE_THEN_LABEL, _PASSWORD_WORDS, low, before=80, after=30):
        hit = _value(text, m, strict=True)
        if hit is not None:
            hits.append(hit)
    for m in near(_NEW_ONE, _PASSWORD_WORDS, low, before=0, after=120):
        about = "password" in low[max(0, m.start() - 80) : m.start()] or "密码" in low[: m.start()]
        hit = _value(text, m, strict=False) if about else None
        if hit is not None:
            hits.append(hit)
    return hits
