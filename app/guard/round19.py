"""Round 19 (guard19in): r27 and r28's missed secrets, by family, in one message.

Each family is a class of wording (not a batch's phrase), gated by cheap literal cues so a message
without the cue pays one ``in`` or one short search:

* **A secret set to a value** ("I set the card PIN to 4471", "changed the withdrawal pwd to 908812",
  "PIN改成了5521", "set my anti-phishing phrase to 稻草人19"): a set / change / reset verb, a PIN,
  password or anti-phishing label, then "to / as" and the value (digits, or a password's shape; an
  anti-phishing value may be Chinese with a digit or letter). "changed my password to withdraw" has no
  value; "set the PIN to 6 digits" is a length.
* **A code named earlier in its clause** ("the bank OTP for the P2P transfer was 508812"): a code
  noun, then 1-40 characters of its own words (a digit among them, "P2P", is allowed), then is / was
  and 4-8 digits. An error, promo, invite, country or area code is not one, nor a code near an error,
  an order or an amount.
* **A code whose length the customer confirms** ("那个码是5521，四位的", "the code is 5521, 4 digits
  right?"): the stated count equals the digits' count, which a short code otherwise lacks.
* **A code offered here** ("is it ok if I send 558812 here instead?", "can I paste 558812 in the
  chat", 把558812发这里吗): send / give / paste six digits here / to you / in the chat (Chinese: 4-8
  digits), in a message naming a code ("send 5000 now" is an amount: no "here", four digits).
* **A pinyin label with its pinyin connector** ("mima shi Abc12345!", "dlmm wei hh778899"): shi / wei
  / jiushi for 是 / 为 after mima, mm, dlmm, zjmm, jymm.
* **A password given after the hand-over clause** ("他让我把密码发给他，Abc12345x，我发了"): 密码 …
  发给/告诉 (him / them / you), then the value as its own comma clause.
* **A backup-code list named differently** ("the backup key list: 55012477 q8wmz0pt"): backup /
  recovery keys, lists, 备用密钥; its tokens may be digits alone (eight to ten, or two groups of four
  or five), as Google's backup codes are.
* **A numbered phrase written without spaces** ("1.young 2.bone 3.buzz …"): six or more consecutively
  numbered wordlist words, glued to their numbers ("3.buzz" also reads as a link's host), are half a
  phrase or more.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final, NamedTuple

from .password_shape import WEAK, public_shape, shape, trim
from .textutil import ascii_lower
from .types import OTP_CODE, PASSWORD, SEED_PHRASE
from .wordlists import english_words

__all__ = ["R19Hit", "find_round19"]


class R19Hit(NamedTuple):
    kind: str
    start: int
    end: int


_CJK = "\u3400-\u9fff"
_UNIT_AFTER = re.compile(
    r"\s*(?:digits?|chars?|characters?|letters?|numbers?|places?|min|mins|minutes?|secs?|seconds?|s\b|h\b|hours?"
    r"|days?|times?|x\b|usdt|usd|u\b|btc|eth|%|位|次|个|個|分钟|秒|小时|天|元|块)"
)

# --- a secret set to a value ------------------------------------------------------------------------
_SET_TO_EN = re.compile(
    r"(?<![a-z])(?:set|sets|setting|changed?|changing|reset|resetting|updated?|updating|made|switched)\s+"
    r"(?:it\s+|(?:my|the|our|a|an|his|her)\s+)?(?:[a-z][a-z-]*\s+){0,2}?"
    r"(?P<label>pin(?:\s+code)?|passcode|password|passwd|pwd|pass|anti[\s-]*phishing\s+(?:code|phrase|word))"
    r"\s+(?:to|as|into|=)\s+[\"'“‘「]?(?P<v>[^\s\"'”’」,;]{2,40})"
)
_SET_TO_ZH = re.compile(
    r"(?P<label>pin码?|密码|密碼|口令|防[钓釣][鱼魚](?:码|碼|短语|短語|词|詞))\s*"
    r"(?:改成|改为|改為|设成|設成|设为|設為|设置成|設置成|设置为|設置為|换成|換成|改了|设了|設了)了?\s*[:：]?\s*"
    r"[\"'“‘「]?(?P<v>[^\s\"'”’」，,。；;！？!?]{2,24})"
)
_AP_LABEL = re.compile(r"phishing|钓|釣")
_DIGITS = re.compile(r"\d{4,12}")
_ANY_DIGIT = re.compile(r"[0-9]")


def _set_value(text: str, low: str, label: str, s: int, e: int) -> tuple[int, int] | None:
    s, e = trim(text, s, e)
    if e <= s or _UNIT_AFTER.match(low, e) is not None:
        return None
    value = text[s:e]
    if _AP_LABEL.search(label) is not None:
        # an anti-phishing code is any word the customer chose: one with a digit, a capital or Chinese
        if re.search(f"[{_CJK}]", value) is not None and re.search(r"[0-9A-Za-z]", value) is not None:
            return s, e
        if value.isascii() and len(value) >= 4 and (any(c.isdigit() for c in value) or not value.islower()):
            return (s, e) if not public_shape(value) else None
        return None
    if not value.isascii():  # "PIN改成了5521以后…": the value is the ASCII run the sentence goes on from
        cut = next(i for i, c in enumerate(value) if not c.isascii())
        s, e = trim(text, s, s + cut)
        value = text[s:e]
        if e <= s:
            return None
    if _DIGITS.fullmatch(value):
        return s, e
    if public_shape(value):
        return None
    return (s, e) if shape(value) >= WEAK and any(c.isdigit() or not c.isalnum() for c in value) else None


def _set_to(text: str, low: str, ascii_only: bool) -> list[R19Hit]:
    out: list[R19Hit] = []
    label = "pin" in low or "pass" in low or "pwd" in low or "phishing" in low
    if label and ("set" in low or "chang" in low or "updat" in low or "made" in low or "switched" in low):
        for m in _SET_TO_EN.finditer(low):
            span = _set_value(text, low, m.group("label"), *m.span("v"))
            if span is not None:
                out.append(R19Hit(PASSWORD, *span))
    if not ascii_only and ("改" in text or "设" in text or "設" in text or "换" in text or "換" in text):
        for m in _SET_TO_ZH.finditer(low):
            span = _set_value(text, low, m.group("label"), *m.span("v"))
            if span is not None:
                out.append(R19Hit(PASSWORD, *span))
    return out


# --- a code named earlier in its clause ------------------------------------------------------------
_NUM = r"(?P<v>(?<![\d.,:/#-])\d{4,8})(?![\d%]|[.,:/]\d)"
_CODE_THEN_WAS = re.compile(
    r"(?<![a-z])(?P<pre>[a-z]+[\s-]+)?(?:otp|code|passcode)(?![a-z])(?P<gap>[^.!?\n。！？]{0,40}?)"
    r"(?<![a-z])(?:is|was|=)\s*[:：]?\s*" + _NUM
)
_NOT_ONE_TIME: Final = frozenset(
    [
        "error", "promo", "promotion", "promotional", "referral", "invite", "invitation", "country", "area",
        "zip", "postal", "qr", "discount", "coupon", "event", "gift", "voucher", "bonus", "reward",
        "campaign", "dress", "source", "status", "response", "bar", "tax", "swift", "branch", "product",
        "reference",
        "tracking", "deposit", "phishing", "invoice",
    ]
)  # fmt: skip
_NO_GAP_WORDS = re.compile(
    r"(?<![a-z])(?:not|no|never|order|uid|id|ticket|tag|memo|amount|balance|fee|price|error|promo|referral|invite"
    r"|discount|reference|ref|deposit)(?![a-z])"
)


def _code_then_was(text: str, low: str) -> list[R19Hit]:
    out: list[R19Hit] = []
    if " is" not in low and " was" not in low and "=" not in low:
        return out
    for m in _CODE_THEN_WAS.finditer(low):
        pre = (m.group("pre") or "").strip(" -")
        gap = m.group("gap")
        if not gap.strip() or pre in _NOT_ONE_TIME or _NO_GAP_WORDS.search(gap) is not None:
            continue  # no words between: the older code rules decide ("I got an error, the code was 4003")
        if _NO_GAP_WORDS.search(low, max(0, m.start() - 40), m.start()) is not None:
            continue
        if _UNIT_AFTER.match(low, m.end("v")) is not None:
            continue
        out.append(R19Hit(OTP_CODE, *m.span("v")))
    return out


# --- a code whose length the customer confirms -------------------------------------------------------
_CODE_IS_DIGITS = re.compile(
    r"(?:(?<![a-z])(?:code|otp|pin)\s*(?:is|was|[:：=])|(?:码|碼)\s*(?:是|为|為|[:：]))\s*" + _NUM
)
_COUNT_AFTER = re.compile(
    r"^[^.!?。！？\n\d]{0,12}?(?P<n>[4-8]|四|五|六|七|八|four|five|six|seven|eight)\s*(?:位|[\s-]*digits?)"
)
_COUNTS: Final = {
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
}


def _counted_codes(text: str, low: str) -> list[R19Hit]:
    out: list[R19Hit] = []
    for m in _CODE_IS_DIGITS.finditer(low):
        c = _COUNT_AFTER.search(low[m.end() : m.end() + 24])
        if c is None:
            continue
        n = c.group("n")
        count = int(n) if n.isdigit() else _COUNTS[n]
        if count == m.end("v") - m.start("v"):
            out.append(R19Hit(OTP_CODE, *m.span("v")))
    return out


# --- a code offered here -------------------------------------------------------------------------------
_SEND_HERE_EN = re.compile(
    r"(?<![a-z])(?:send|give|paste|type|post|share|drop|put|tell)\s+(?:you\s+|u\s+)?"
    r"(?P<v>(?<![\d.,:/#-])(?:\d{6}|\d{3}\s\d{3}))(?![\d%]|[.,:/]\d)\s+"
    r"(?:here|to\s+(?:you|u)(?![a-z])|in\s+(?:the\s+|this\s+)?chat)"
)
_SEND_HERE_ZH = re.compile(
    r"把\s*(?P<v>(?<!\d)\d{4,8})(?!\d)\s*(?:发|發|贴|貼|打|填|给|給)(?:到|在)?"
    r"(?:这里|這裡|这儿|這兒|这|這|你这|你們|你们|给你|給你|过来|過來|你)"
)
_CODE_WORD = re.compile(r"(?<![a-z])(?:code|codes|otp|2fa)(?![a-z])|验证码|驗證碼|动态码|短信码|码|碼")


def _offered_here(text: str, low: str, ascii_only: bool) -> list[R19Hit]:
    out: list[R19Hit] = []
    if ("here" in low or "you" in low or "chat" in low) and ("code" in low or "otp" in low or "2fa" in low):
        out += [R19Hit(OTP_CODE, *m.span("v")) for m in _SEND_HERE_EN.finditer(low)]
    if not ascii_only and "把" in text and _CODE_WORD.search(low) is not None:
        out += [R19Hit(OTP_CODE, *m.span("v")) for m in _SEND_HERE_ZH.finditer(text)]
    return out


# --- a pinyin label with its pinyin connector -------------------------------------------------------
_PINYIN_SHI = re.compile(
    r"(?<![a-z0-9])(?:mima|mm|dlmm|zjmm|jymm|txmm|denglu\s*mima|zijin\s*mima|jiaoyi\s*mima)\s+"
    r"(?:shi|wei|jiushi|jiu\s+shi)\s*[:：=]?\s*(?P<v>[!-~]{4,40})(?![!-~])"
)


def _pinyin_shi(text: str, low: str) -> list[R19Hit]:
    if ("mima" not in low and "mm" not in low) or ("shi" not in low and "wei" not in low):
        return []
    out: list[R19Hit] = []
    for m in _PINYIN_SHI.finditer(low):
        s, e = trim(text, *m.span("v"))
        value = text[s:e]
        if e <= s or public_shape(value):
            continue
        if _DIGITS.fullmatch(value) or (
            shape(value) >= WEAK and any(c.isdigit() or not c.isalnum() for c in value)
        ):
            out.append(R19Hit(PASSWORD, s, e))
    return out


# --- a password given after the hand-over clause --------------------------------------------------
_HANDED_OVER_ZH = re.compile(
    r"(?:密码|密碼|口令)[^，,。！？\n]{0,12}?(?:发给|發給|给|給|告诉|告訴|报给|報給|念给|唸給)了?"
    r"(?:他们|他們|她们|她們|他|她|对方|對方|客服|你们|你們|你)?\s*[，,：:]\s*"
    r"(?P<v>[!-~]{6,40}?)\s*(?=[，,。！？；;]|$)"
)


def _handed_over(text: str) -> list[R19Hit]:
    if "密" not in text and "口令" not in text:
        return []
    out: list[R19Hit] = []
    for m in _HANDED_OVER_ZH.finditer(text):
        s, e = trim(text, *m.span("v"))
        value = text[s:e]
        if e > s and not public_shape(value) and shape(value) >= WEAK and any(c.isdigit() for c in value):
            out.append(R19Hit(PASSWORD, s, e))
    return out


# --- a backup-code list named differently -------------------------------------------------------------
_BACKUP_NAMED = re.compile(
    r"(?<![a-z])(?:backup|recovery|emergency|rescue)\s+(?:codes?|keys?|key\s+list|list|numbers)(?![a-z])"
    r"|备用(?:码|碼|密钥|密鑰|代码|代碼)|備用(?:碼|密鑰)|恢复码|恢復碼|救援码|救援碼"
)
_BACKUP_TOKEN = re.compile(
    r"(?<![0-9a-z_\-#:/.])(?:\d{8,10}|\d{4,5} \d{4,5}|[0-9a-z]{4,5}-[0-9a-z]{4,5}"
    r"|(?=[a-z]*[0-9])(?=[0-9]*[a-z])[0-9a-z]{8,12})(?![0-9a-z_\-]|[.,]\d)"
)
_PUBLIC_BEFORE = re.compile(
    r"(?<![a-z])(?:uid|id|order|ticket|tx|txid|hash|case|ref|phone|tel|number|no\.?|account)\s*[:#：=]?\s*$"
    r"|(?:订单号?|訂單號?|单号|單號|工单|手机号?|电话|電話)\s*[:：]?\s*$"
)


def _backup_lists(text: str, low: str, ascii_only: bool) -> list[R19Hit]:
    cue = "backup" in low or "recovery" in low or "emergency" in low or "rescue" in low
    if not cue and (
        ascii_only
        or not ("备用" in text or "備用" in text or "恢复" in text or "恢復" in text or "救援" in text)
    ):
        return []
    named = _BACKUP_NAMED.search(low)
    if named is None:
        return []
    out: list[R19Hit] = []
    for m in _BACKUP_TOKEN.finditer(low, named.end()):
        if _PUBLIC_BEFORE.search(low[max(0, m.start() - 12) : m.start()]) is not None:
            continue
        if _UNIT_AFTER.match(low, m.end()) is not None:
            continue
        out.append(R19Hit(OTP_CODE, *m.span()))
    return out


# --- a numbered phrase written without spaces ------------------------------------------------------
_NUMBERED = re.compile(r"(?<![0-9a-z])(?P<n>[12]?\d)\s*[.)、:：]\s*(?P<w>[a-z]{3,8})(?![a-z0-9])")
_BETWEEN = re.compile(r"[\s,，;；]*")
_NUMBERED_QUICK = re.compile(r"\d[.)、]\s?[a-z]{3}")
_MIN_NUMBERED: Final = 6


@cache
def _words() -> frozenset[str]:
    return english_words()


def _numbered_words(low: str) -> list[R19Hit]:
    marks = low.count(".") + low.count(")")
    if marks < _MIN_NUMBERED and (low.isascii() or marks + low.count("、") < _MIN_NUMBERED):
        return []
    if _NUMBERED_QUICK.search(low) is None:
        return []  # prose with many stops: no number before a word
    words = _words()
    out: list[R19Hit] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        if len(run) >= _MIN_NUMBERED:
            out.append(R19Hit(SEED_PHRASE, run[0].start(), run[-1].end()))

    for m in _NUMBERED.finditer(low):
        ok = m.group("w") in words
        follows = (
            run
            and int(m.group("n")) == int(run[-1].group("n")) + 1
            and _BETWEEN.fullmatch(low, run[-1].end(), m.start()) is not None
        )
        if ok and follows:
            run.append(m)
            continue
        close()
        run = [m] if ok else []
    close()
    return out


def find_round19(text: str) -> list[R19Hit]:
    """Every round-19 finding in the folded ``text`` (module docstring)."""
    low = ascii_lower(text)
    out = _numbered_words(low)
    if _ANY_DIGIT.search(text) is None:
        return out  # every other family's value holds a digit
    ascii_only = text.isascii()
    if "pin" in low or "pass" in low or "pwd" in low or "phishing" in low or not ascii_only:
        out += _set_to(text, low, ascii_only)
    if "code" in low or "otp" in low:
        out += _code_then_was(text, low)
    if "digit" in low or (not ascii_only and "位" in text):
        out += _counted_codes(text, low)
    if "code" in low or "otp" in low or "2fa" in low or not ascii_only:
        out += _offered_here(text, low, ascii_only)
    if "mima" in low or "mm" in low:
        out += _pinyin_shi(text, low)
    if not ascii_only:
        out += _handed_over(text)
    if "backup" in low or "recovery" in low or "emergency" in low or "rescue" in low or not ascii_only:
        out += _backup_lists(text, low, ascii_only)
    return out
