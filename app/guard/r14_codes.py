"""Codes known by what the message says about them rather than by a label (round 14).

Each rule is a FAMILY of wording named from r20's misses, solved with a lexical class and one number
reader (``numbers``) shared by all three, not with r20's phrases:

* **A code's life** (``lifecycle``): a bare 6-8 digit number in a message that says what happened to
  it — typed / entered / rejected / wrong / expired / used / still left / asked for (输入, 填了, 错误,
  过期, 用掉, 还剩, 要过 …) — or that sits beside a code already redacted ("received [code] and
  220958"). Not part of a longer number, not before a unit, not a round number or a date, not named
  as an order, ticket, amount or phone number.
* **Named by its digit count** (``digit_count``): "the 6 digits …", "6-digit fund pass", 六位数, 八位的
  followed in the same sentence by a value with exactly that many digits, in any form. Not "the last
  / first N digits" (part of a card, a document, a phone: public) and not a phone, card, account or
  id counted, not in a message asking what the number is (what a screen shows).
* **Any numeral form after a code's name** (``code_forms``): digits grouped with any separator or
  unevenly ("41·77·09", "5309 42") or written in any numeral form (financial 壹贰叁 in Simplified
  or Traditional, 幺, 两) right after code / 验证码 / 码是. Not after a public code's name (error,
  promo, country, zip …).

The number reader: ASCII digits in up to four groups joined by one space, dash, middle dot or a dot
(a dot only in exactly two groups of three: "507.318", never "1.250" or an address), or a run of
Chinese numerals of any form (spaces allowed between them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from .types import OTP_CODE, PASSWORD


class R14CodeHit(NamedTuple):
    kind: str
    start: int
    end: int


_ZH_NUMERALS: Final = "零〇○一二三四五六七八九幺两壹贰貳叁参肆伍陆柒捌玖"
_NUMBER = re.compile(
    r"(?<![0-9A-Za-z.,:/#+@_-])(?P<v>[0-9]{1,8}(?:[ ·・•\-][0-9]{1,4}){0,3}|[0-9]{3}\.[0-9]{3})"
    r"(?![0-9A-Za-z_@/]|[.,:][0-9]|[ ·・•\-][0-9])"
    rf"|(?P<z>[{_ZH_NUMERALS}](?:\s?[{_ZH_NUMERALS}]){{3,7}})(?!\s?[{_ZH_NUMERALS}])"
)
_DIGIT = re.compile(r"[0-9]")
_ZH_RUN = re.compile(rf"[{_ZH_NUMERALS}]\s?[{_ZH_NUMERALS}]\s?[{_ZH_NUMERALS}]\s?[{_ZH_NUMERALS}]")


class Number(NamedTuple):
    start: int
    end: int
    digits: int
    grouped: bool  # separators inside, or Chinese numerals
    value: str  # the digits, separators dropped (ASCII only; "" for Chinese numerals)


def numbers(text: str, lo: int = 0, hi: int | None = None) -> Iterator[Number]:
    """Every number value (4-8 digits) between ``lo`` and ``hi``; see the module docstring."""
    for m in _NUMBER.finditer(text, lo, len(text) if hi is None else hi):
        s = m.start()
        if s >= 2 and text[s - 1] in " ·-" and text[s - 2].isdigit():
            continue  # the tail of a longer number ("+44 7700 900285")
        if m.group("z") is not None:
            n = sum(1 for c in m.group("z") if c in _ZH_NUMERALS)
            if 4 <= n <= 8:
                yield Number(m.start(), m.end(), n, True, "")
            continue
        raw = m.group("v")
        value = "".join(c for c in raw if c.isdigit())
        if 4 <= len(value) <= 8:
            yield Number(m.start(), m.end(), len(value), value != raw, value)


# --- what makes a number public -----------------------------------------------------------------
_UNIT_AFTER = re.compile(
    r"\s*(?:usdt|usdc|usd|btc|eth|eur|gbp|cny|rmb|sol|trx|\$|%|dollars?|coins?|tokens?|sats?|times?"
    r"|days?|hours?|mins?|minutes?|元|块|个|次|天|小时|分钟|万|倍|人)(?![a-z])"
)
_NAMED_PUBLIC = re.compile(
    r"(?<![a-z])(?:ticket|order|reference|ref|case|invoice|uid|id|tx|txid|hash|error|amount|balance|price"
    r"|fee|qty|quantity|address|block|height|phone|mobile|tel|account|acct|card|member|user|zip|postal"
    r"|promo|referral|invite|coupon|voucher|serial|model|version|tag|memo|transfer|transaction|txn)(?![a-z])"
    r"|(?<![a-z])no\."
    r"|订单|工单|编号|单号|金额|余额|价格|数量|地址|手机号|电话|账号|卡号|用户|邀请|推荐|标签|备注|区块|邮编|邮政编码"
    r"|区号|错误代码|错误码|代码|划转|转账|交易"
)
# the customer asks what the number is: one the screen shows them, not one they were sent to type
_WHAT_IS_IT = re.compile(
    r"(?<![a-z])what(?:'s|\s+is|\s+does)\s+(?:it|this|that)(?![a-z])|what\s+(?:it|this)\s+(?:is|means)"
    r"|是什么|什么意思|是啥|干什么用|做什么用"
)
_LONG_NUMBER = re.compile(r"[0-9]{6,}")
_DATE8 = re.compile(r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")


def _public(low: str, n: Number, reach: int = 30) -> bool:
    """A round number, a date, an amount, a number named as public around it, or a copy of another
    number of the message ("the memo is 104729658, I entered 10472965")."""
    if n.value and (n.value.endswith("000") or (n.digits == 8 and _DATE8.fullmatch(n.value))):
        return True
    if _UNIT_AFTER.match(low, n.end):
        return True
    if _NAMED_PUBLIC.search(low, max(0, n.start - reach), min(len(low), n.end + 40)) is not None:
        return True
    if n.value and len(n.value) >= 6:
        head = n.value[:6]
        return any(head in m.group() for m in _LONG_NUMBER.finditer(low) if not n.start <= m.start() < n.end)
    return False


# --- a code's life --------------------------------------------------------------------------------
_LIFE = re.compile(
    r"(?<![a-z])(?:typed|type|typing|entered|enter|input|inputted|put\s+in|pasted|tried|try|used|using"
    r"|burned|burnt|rejected|rejects|invalid|wrong|incorrect|expired|expires?|timed\s+out|time\s+out"
    r"|didn'?t\s+work|doesn'?t\s+work|not\s+working|asked\s+(?:me\s+)?for|asked|again|another\s+one"
    r"|new\s+one|old\s+one|first\s+one|wrong\s+one|still\s+(?:got|have)|left|remaining|unused|received)"
    r"(?![a-z])"
    r"|输入|输了|填了|填的|填入|用过|用掉|用了|错误|不对|无效|失效|过期|超时|要过|又要|再要|还剩|剩下|收到|提示"
)
_LIFE_CUES: Final = (
    "typ",
    "enter",
    "input",
    "put",
    "past",
    "tri",
    "try",
    "use",
    "burn",
    "reject",
    "invalid",
    "wrong",
    "incorrect",
    "expir",
    "time",
    "work",
    "ask",
    "again",
    "one",
    "still",
    "left",
    "remain",
    "receiv",
    "输",
    "填",
    "用",
    "错",
    "不对",
    "效",
    "过期",
    "超时",
    "要",
    "剩",
    "收到",
    "提示",
)
_MASK = "\ue000"  # a marker already written (``inbound`` masks markers with it)
_LIFE_REACH: Final = 50


# six digits or more, at most one separator between two (a C scan before any cue is looked for)
_SIX_DIGITS = re.compile(r"[0-9]{2}(?:[ ·・•.\-]?[0-9]){4}")


def _lifecycle(text: str, low: str, first_digit: int) -> list[R14CodeHit]:
    if first_digit < 0 or _SIX_DIGITS.search(text, first_digit) is None:
        return []  # every value read here has 6-8 ASCII digits
    if _MASK not in text and (not any(c in low for c in _LIFE_CUES) or _LIFE.search(low) is None):
        return []
    if _WHAT_IS_IT.search(low):
        return []
    out: list[R14CodeHit] = []
    for n in numbers(text):
        if not 6 <= n.digits <= 8 or (n.grouped and not n.value):
            continue  # Chinese numerals: the digit-count and code-name rules read those
        lo, hi = max(0, n.start - _LIFE_REACH), min(len(text), n.end + _LIFE_REACH)
        beside = _MASK in text[max(0, n.start - 12) : n.end + 12]
        if not beside and _LIFE.search(low, lo, hi) is None:
            continue
        if _public(low, n, 60):
            continue
        out.append(R14CodeHit(OTP_CODE, n.start, n.end))
    return out


# --- named by its digit count ---------------------------------------------------------------------
_COUNT_WORDS: Final = {
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
}
_COUNT = re.compile(
    r"(?<![0-9a-z])(?P<n>[4-8]|four|five|six|seven|eight)[ -]?(?:digits?|numbers?|figures?)(?![a-z])"
    r"|(?P<z>[4-8四五六七八])\s*位(?:数字|数|的|码|密码)?"
)
_PARTIAL_BEFORE = re.compile(
    r"(?:last|first|final|ending|end|trailing|leading)\s*(?:in\s+)?$|(?:尾号|后|前|末|最后)\s*$"
)
_COUNTED_PUBLIC = re.compile(
    r"(?<![a-z])(?:phone|mobile|card|account|acct|id|uid|zip|postal|order|ticket|passport|licen[cs]e"
    r"|serial|bank|iban|routing)(?![a-z])|手机|电话|卡|账号|身份证|护照|订单|工单|银行"
)
_PASSWORD_WORD = re.compile(r"(?<![a-z])(?:pass|password|passcode|pwd|pw|pin)(?![a-z])|密码")
_SENTENCE_END = re.compile(r"[.!?。！？\n]")


def _digit_count(text: str, low: str) -> list[R14CodeHit]:
    if "digit" not in low and "number" not in low and "figure" not in low and "位" not in low:
        return []
    if _WHAT_IS_IT.search(low):
        return []
    out: list[R14CodeHit] = []
    for m in _COUNT.finditer(low):
        raw = m.group("n") or m.group("z")
        want = int(raw) if raw.isdigit() else _COUNT_WORDS[raw]
        if _PARTIAL_BEFORE.search(low, max(0, m.start() - 12), m.start()):
            continue  # "the last 4 digits", 后四位: part of a public number
        stop = _SENTENCE_END.search(low, m.end(), m.end() + 60)
        hi = stop.start() if stop is not None else min(len(low), m.end() + 60)
        for n in numbers(text, m.end(), hi):
            between = low[m.end() : n.start]
            if n.digits != want or _COUNTED_PUBLIC.search(between) or _public(low, n, 0):
                break
            kind = PASSWORD if _PASSWORD_WORD.search(between) else OTP_CODE
            out.append(R14CodeHit(kind, n.start, n.end))
            break
    return out


# --- any numeral form after a code's name -----------------------------------------------------------
_CODE_NAME = re.compile(
    r"(?<![a-z])(?:code|otp|2fa|verification|passcode)(?![a-z])\s*(?:is|was|:|：|=|-)?\s*"
    r"|(?:验证码|校验码|短信码|动态码|码)\s*(?:是|为|[:：])?\s*"
)
_PUBLIC_CODE_NAME = re.compile(
    r"(?<![a-z])(?:error|promo|promotion|referral|invite|invitation|coupon|voucher|gift|country|zip|postal"
    r"|area|qr|bar|source|swift|bank|branch|sort|product|discount|tracking|status|reason)\s*$"
    r"|(?:邀请|推荐|优惠|错误|二维|条形|邮政|区号|国家|状态)\s*$"
)


def _code_forms(text: str, low: str) -> list[R14CodeHit]:
    if "code" not in low and "otp" not in low and "2fa" not in low and "verif" not in low and "码" not in low:
        return []
    out: list[R14CodeHit] = []
    for m in _CODE_NAME.finditer(low):
        if _PUBLIC_CODE_NAME.search(low, max(0, m.start() - 14), m.start()):
            continue
        for n in numbers(text, m.end(), min(len(text), m.end() + 24)):
            if n.start == m.end() and n.grouped and not _public(low, n, 0):
                out.append(R14CodeHit(OTP_CODE, n.start, n.end))
            break
    return out


def find_r14_codes(text: str, low: str) -> list[R14CodeHit]:
    """Every round-14 code in the folded ``text`` (``low``: its ASCII lower case, same length)."""
    digit = _DIGIT.search(text)
    if digit is None and (text.isascii() or _ZH_RUN.search(text) is None):
        return []  # no ASCII digit, and no run of four Chinese numerals
    found = _lifecycle(text, low, -1 if digit is None else digit.start())
    found += _digit_count(text, low)
    found += _code_forms(text, low)
    return found
