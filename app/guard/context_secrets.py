"""Passwords and one-time codes given *in context* ("my password is hunter2").

A password or code has no shape of its own, so we only act when a context word
("password", "密码", "verification code", "谷歌验证码", ...) is directly
followed by a value, and we replace only the value. The hard part is not
flagging descriptions of the secret: "my password is wrong", "password is not
working", "I didn't receive the verification code". Rules:

* English "password is X": X must not be an ordinary English word describing
  the password (a deny list plus adjective/participle endings); values must be
  >= 4 printable ASCII chars; masked values ("****") and links are ignored.
* Without a connector ("password Abc123") the value must look like a password:
  >= 6 chars containing a digit or symbol. In Chinese ("登录密码 Abcdefg") any
  ASCII token of >= 6 chars right after 密码 is a value: Chinese prose does not
  continue with an English word there.
* Codes are 4-8 digits (or "123 456"), never part of a longer number or a date.
  "code"/"pin" needs a qualifier before it (verification, SMS, 2FA, Google
  Authenticator, ...); a bare "the code is 123456" counts only when the message
  is about SMS / 2FA / verification, and never for error/referral/anti-phishing/
  promo codes.

Speed: one literal trigger pass (a trie regex) over the ASCII-lower-cased text
finds the context words; every rule is then an anchored ``match`` at a trigger.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .textutil import ascii_lower, compile_ascii, literal_alternation, word_start
from .types import OTP_CODE, PASSWORD

_VALUE = r"(?P<val>[!-~]+)"
_DIGITS = r"(?P<val>(?<![\d])(?:\d{3}[ -]\d{3}|\d{4,8})(?![\d]|[-/.:,]\d))"

_EN_PW_WORDS: Final = ("password", "passwords", "pass word", "passwd", "pwd", "passcode", "pw")
_EN_OTP_WORDS: Final = ("otp", "totp", "2fa", "mfa", "authenticator")
_EN_CODE_WORDS: Final = ("code", "codes", "pin")
_ZH_OTP_WORDS: Final = (
    "验证码", "校验码", "动态码", "动态口令", "确认码", "谷歌验证", "一次性密码", "2fa码", "ga码",
)
_TRIGGER_EN = re.compile(literal_alternation(_EN_PW_WORDS + _EN_OTP_WORDS + _EN_CODE_WORDS))
_TRIGGER_ZH = re.compile(literal_alternation((*_ZH_OTP_WORDS, "密码")))
_CJK = re.compile(r"[\u3400-\u9fff]")

# Anchored at an English password word.
_PW_AT = compile_ascii(
    r"(?:pass\s?words?|passwd|pwd|passcode|pw)\b(?:"
    r"(?P<verb>\s+(?:is|was|would\s+be|will\s+be|should\s+be)"
    r"(?:\s+(?:now|still|just|actually|currently))?\s*[:：]?\s*)"
    r"|(?P<sep>\s*(?:[:：=]|=>|->|-->)\s*)"
    r"|(?P<to>\s+to\s+)"
    r"|(?P<bare>\s+))" + _VALUE
)
_CHANGE_BEFORE = re.compile(
    r"(?<![a-z])(?:chang(?:e|ed|ing)|set|reset|updated?)\s+(?:my\s+|the\s+)?(?:[a-z]+\s+)?$"
)
_ONE_TIME_BEFORE = re.compile(r"(?<![a-z])one[- ]time\s*$")
_PIN_AT = re.compile(r"pin(?:\s*code)?(?:\s+(?:is|was)|\s*[:：=])\s*" + _DIGITS)
# Anchored at 密码.
_ZH_PW_AT = compile_ascii(
    r"密码(?P<conn>\s*(?:是|为|：|:|=|就是|是：|改成了?|改为|设置为|设成|设置成)\s*|\s*)" + _VALUE
)
_ZH_PW_SKIP_BEFORE = re.compile(r"(?:一次性|重置\S{0,2}|找回\S{0,2}|忘记\S{0,2}|忘了\S{0,2})$")
# Anchored at an OTP word ("2FA code 123456", "authenticator: 123456", "code from sms is 1234").
_OTP_FROM = (
    r"(?P<src>\s+(?:from|in|on|of)\s+(?:the\s+|my\s+)?(?:sms|text(?:\s+message)?|e-?mail"
    r"|google(?:\s+authenticator)?|authenticator|app|phone))?"
)
_OTP_CONN = r"(?:\s+(?:is|was|are|were)(?:\s+(?:now|still|just))?)?\s*(?:[:：=]|-)?\s*"
_OTP_AT = re.compile(
    r"(?:otp|totp|2fa|mfa|authenticator|codes?|pin|pass\s?word)(?:\s*(?:codes?|pin|passcode))?"
    + _OTP_FROM + _OTP_CONN + _DIGITS
)
_GENERIC_AT = re.compile(r"codes?(?:\s+(?:is|was)\s*[:：]?|\s*[:：=])\s*" + _DIGITS)
_QUALIFIER_BEFORE = re.compile(
    r"(?<![a-z0-9])(?:verification|verify|confirmation|security|authentication|auth|login|sign[- ]?in|2fa"
    r"|two[- ]factor|mfa|sms|text|e-?mail|phone|google\s+authenticator|authenticator|google"
    r"|ga|otp|totp|one[- ]time|[46][- ]digits?|six[- ]digits?|dynamic)[\s-]*$"
)
_REVERSE_BEFORE = re.compile(
    _DIGITS + r"\s+(?:is|was)\s+(?:my|the)\s+(?:2fa|sms|verification|authenticator"
    r"|google\s+authenticator|otp|one[- ]time|login|security)\s*$"
)
_ZH_OTP_AT = re.compile(
    r"(?:验证码|校验码|动态码|动态口令|确认码|谷歌验证器?(?:上的|的)?(?:代码|数字|码)?|一次性密码|2fa码|ga码)"
    r"\s*(?:是|为|：|:|=|就是|是：|显示)?\s*" + _DIGITS
)
_PREV_WORD = re.compile(r"([a-z]+)[\s-]*$")
_NOT_OTP_PREFIX: Final = frozenset(
    [
        "error", "err", "referral", "invite", "invitation", "promo", "promotion", "promotional",
        "coupon", "voucher", "reward", "bonus", "phishing", "antiphishing", "country", "zip", "postal",
        "area", "tracking", "reference", "ref", "order", "bank", "swift", "tax", "product", "status",
        "response", "http", "qr", "color", "colour",
    ]
)
_OTP_CONTEXT = re.compile(
    r"sms|text\s+message|2fa|two[- ]factor|authenticator|verif|otp|google|e-?mail"
    r"|log\s*in|sign\s*in|短信|验证"
)

# Words that describe a password rather than being one ("my password is wrong").
_DESCRIPTIVE: Final = frozenset(
    [
        "not", "wrong", "incorrect", "correct", "right", "invalid", "valid", "expired", "too", "the",
        "a", "an", "my", "your", "his", "her", "their", "our", "its", "same", "still", "ok", "okay",
        "fine", "good", "bad", "weak", "strong", "secure", "safe", "long", "short", "simple", "complex",
        "complicated", "easy", "hard", "lost", "forgotten", "forgot", "gone", "missing", "blank",
        "empty", "locked", "blocked", "frozen", "disabled", "changed", "reset", "saved", "stored",
        "rejected", "accepted", "different", "new", "old", "also", "just", "now", "being", "been",
        "definitely", "probably", "correctly", "case", "sensitive", "working", "there", "here", "that",
        "this", "it", "what", "which", "when", "why", "how", "where", "please", "help", "required",
        "needed", "for", "to", "of", "in", "on", "at", "with", "and", "or", "but", "so", "if", "into",
        "from", "unknown", "known", "all", "any", "none", "no", "yes", "set", "compromised", "leaked",
        "hacked", "stolen", "over", "more", "less", "only", "exactly", "like", "mine", "something",
        "anything", "nothing", "everything", "usual", "typed", "entered", "somehow", "really", "very",
        "always", "never", "again", "already", "protected", "unchanged", "updated", "expiring",
        "incorrectly", "ignored", "refused", "declined", "denied", "failing", "broken", "messed",
        "mixed", "fake", "real", "true", "false", "weird", "strange", "unclear", "confusing",
        "changing", "asking",
    ]
)
_DESCRIPTIVE_SUFFIXES: Final = ("ed", "ing", "ly", "ful", "ous", "ive", "able", "ible")
_OPEN_QUOTES: Final = "\"'`“‘「『(<["
_TRAIL_STRIP: Final = "\"'`”’」』)>]"
_URL_LIKE = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)", re.IGNORECASE)
_MASK_CHARS: Final = frozenset("*•xX?-_.")
_BEFORE: Final = 40  # how far back qualifier/verb checks look


class ContextHit(NamedTuple):
    """A password/code value: kind and span of the value only."""

    kind: str
    start: int
    end: int


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop wrapping quotes/brackets from a value span."""
    while start < end and text[start] in _OPEN_QUOTES:
        start += 1
    while end > start and text[end - 1] in _TRAIL_STRIP:
        end -= 1
    return start, end


def _plausible_password(value: str, strict: bool) -> bool:
    """Is ``value`` a password rather than a word describing one?"""
    if len(value) < 4 or value.startswith("[redacted:"):
        return False
    if all(ch in _MASK_CHARS for ch in value) or _URL_LIKE.match(value):
        return False
    core = value.rstrip(".,;:!?").lower()
    if strict:
        return len(value) >= 6 and any(not ch.isalpha() for ch in core)
    descriptive = core in _DESCRIPTIVE or core.endswith(_DESCRIPTIVE_SUFFIXES)
    return not (core.isalpha() and descriptive)


def _before(pattern: re.Pattern[str], low: str, pos: int) -> re.Match[str] | None:
    return pattern.search(low, max(0, pos - _BEFORE), pos)


def _password_value(text: str, m: re.Match[str], strict: bool) -> ContextHit | None:
    s, e = _trim(text, m.start("val"), m.end("val"))
    return ContextHit(PASSWORD, s, e) if _plausible_password(text[s:e], strict) else None


def _en_password(text: str, low: str, pos: int) -> ContextHit | None:
    if _before(_ONE_TIME_BEFORE, low, pos):
        return None  # "one-time password 123456" is a code (see _otp)
    m = _PW_AT.match(low, pos)
    if m is None or (m.group("to") and not _before(_CHANGE_BEFORE, low, pos)):
        return None
    if m.group("bare") and low.startswith(("pw", "passcode"), pos):
        return None
    return _password_value(text, m, strict=m.group("bare") is not None)


def _zh_password(text: str, low: str, pos: int) -> ContextHit | None:
    if _ZH_PW_SKIP_BEFORE.search(low, max(0, pos - 5), pos):
        return None  # 一次性密码 is a code; 重置密码：<link> names an action
    m = _ZH_PW_AT.match(low, pos)
    if m is None:
        return None
    if not m.group("conn").strip():  # "登录密码 Abc123": an ASCII token right after 密码
        s, e = _trim(text, m.start("val"), m.end("val"))
        ok = e - s >= 6 and _plausible_password(text[s:e], strict=False)
        return ContextHit(PASSWORD, s, e) if ok else None
    return _password_value(text, m, strict=False)


def _otp(low: str, word: str, pos: int, otp_context: bool) -> ContextHit | None:
    m = _OTP_AT.match(low, pos)
    if word in _EN_CODE_WORDS or word.startswith("pass"):
        qualified = m is not None and m.group("src") is not None  # "code from sms: 1234"
        qualified = qualified or _before(_QUALIFIER_BEFORE, low, pos) is not None
        if m is not None and qualified:
            return ContextHit(OTP_CODE, m.start("val"), m.end("val"))
        if word.startswith("code"):
            rev = _before(_REVERSE_BEFORE, low, pos)
            if rev is not None:
                return ContextHit(OTP_CODE, rev.start("val"), rev.end("val"))
            g = _GENERIC_AT.match(low, pos)
            prev = _before(_PREV_WORD, low, pos)
            if g and otp_context and (prev is None or prev.group(1) not in _NOT_OTP_PREFIX):
                return ContextHit(OTP_CODE, g.start("val"), g.end("val"))
        return None
    return ContextHit(OTP_CODE, m.start("val"), m.end("val")) if m else None


def find_context_secrets(text: str) -> list[ContextHit]:
    """Password and one-time-code values (may overlap; the caller merges)."""
    low = ascii_lower(text)
    hits: list[ContextHit] = []
    otp_context: bool | None = None
    triggers = list(_TRIGGER_EN.finditer(low))
    if _CJK.search(low) is not None:
        triggers += _TRIGGER_ZH.finditer(low)
    for t in triggers:
        word, pos = t.group(), t.start()
        hit: ContextHit | None = None
        if word == "密码":
            hit = _zh_password(text, low, pos)
        elif word in _ZH_OTP_WORDS:
            m = _ZH_OTP_AT.match(low, pos)
            hit = ContextHit(OTP_CODE, m.start("val"), m.end("val")) if m else None
        elif not word_start(low, pos):
            continue
        else:
            if word in _EN_PW_WORDS:
                hit = _en_password(text, low, pos)
            if hit is None:
                if otp_context is None:
                    otp_context = _OTP_CONTEXT.search(low) is not None
                hit = _otp(low, word, pos, otp_context)
            if hit is None and word == "pin":
                m = _PIN_AT.match(low, pos)
                hit = ContextHit(PASSWORD, m.start("val"), m.end("val")) if m else None
        if hit is not None:
            hits.append(hit)
    return hits
