"""One-time codes given bare, as the answer to "which code did you get?" (round 11).

A customer asked for a code (by a scammer, or by an agent who should not have) answers with the
code and little else: "its 940011", "yes the text one. 226 019", "ok here 448 120", "对，短信那个。
662 190", "就是这个 七一九九零四", "零八八 三五一", "是 447 302 吗？刚收到的". Nothing names the number, so
the label rules see nothing; what names it is the *absence* of anything else. The rule:

* the message is short (``_MAX_LEN`` characters) and holds exactly one number, and that number is
  six digits: together ("940011"), in two groups of three or three of two ("226 019", "22-60-19"),
  or spelled with Chinese digit characters (零八八 三五一, also with a comma or 、 between groups);
* every other word is an answer word ("yes", "it's", "here", "the text one", "just got", 对, 就是,
  这个, 短信, 刚收到, 吗 …): a word from a closed list, so "order 123456", "UID 123456", "sent 100500",
  "123456 USDT", 订单 123456, 尾号 123456 stay;
* not a round number (three trailing zeros: an amount), no Chinese 十/百/千/万 anywhere (a quantity).

Six digits only: the authenticator's and the SMS code's length; four are as often a year, a PIN
rule or the last digits of a card, eight and more an id.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .types import OTP_CODE

_MAX_LEN: Final = 48
_ZH_DIGITS: Final = "零〇一二三四五六七八九"
_CODE = re.compile(
    r"(?<![0-9A-Za-z])(?:\d{6}|\d{3}[ \-]\d{3}|\d{2}[ \-]\d{2}[ \-]\d{2})(?![0-9A-Za-z])"
    rf"|(?<![{_ZH_DIGITS}两])[{_ZH_DIGITS}]{{3}}\s*[，,、 ]?\s*[{_ZH_DIGITS}]{{3}}(?![{_ZH_DIGITS}两])"
)
_CODE_START = re.compile(rf"\d\d|[{_ZH_DIGITS}][{_ZH_DIGITS}]")  # a plain scan before the code pattern
_ANY_DIGIT = re.compile(rf"[0-9{_ZH_DIGITS}两十百千万亿]")
_TWO_FA = re.compile(r"(?<![0-9A-Za-z])2fa(?![0-9A-Za-z])", re.IGNORECASE)
_EN_WORD = re.compile(r"[a-z0-9']+")
_EN_ANSWER: Final = frozenset(
    {
        "yes",
        "yeah",
        "yep",
        "yup",
        "ya",
        "ok",
        "okay",
        "k",
        "sure",
        "right",
        "correct",
        "here",
        "heres",
        "here's",
        "it",
        "its",
        "it's",
        "is",
        "was",
        "this",
        "that",
        "thats",
        "that's",
        "the",
        "a",
        "one",
        "text",
        "sms",
        "email",
        "e-mail",
        "mail",
        "code",
        "number",
        "new",
        "latest",
        "last",
        "just",
        "got",
        "received",
        "now",
        "sorry",
        "oh",
        "ah",
        "came",
        "arrived",
        "i",
        "me",
        "you",
        "my",
        "thanks",
        "thx",
        "pls",
        "please",
        "google",
        "authenticator",
        "auth",
        "app",
        "2fa",
        "otp",
        "verification",
        "message",
        "msg",
        "from",
        "hi",
        "hey",
        "and",
        "then",
        "again",
        "sec",
        "second",
        "wait",
        "hold",
        "on",
        "there",
        "go",
        "quick",
        "quickly",
        "hurry",
        "fast",
        "asap",
        "plz",
        "what",
        "says",
        "said",
        "shows",
        "showing",
        "see",
        "saw",
        "want",
        "typed",
        "copied",
        "urgent",
        "ty",
        "done",
        "reads",
        "read",
    }
)
# CJK characters an answer is made of; anything else (订单, 尾号, 手机, 元, 余额) is a sentence about a number
_ZH_ANSWER: Final = frozenset(
    "是就这个那对嗯好的吗了呢啊吧哦呀喔噢刚才收到短信邮件谷歌验证码新最给你发看一下条串您在等稍我到写着里快点显示上面"
)
_PUNCT: Final = frozenset(" \t\n.,!?:;~-…'\"“”‘’()（）。，！？：；、")


class CodeHit(NamedTuple):
    kind: str
    start: int
    end: int


def _rest_is_answer(rest: str) -> bool:
    """Is ``rest`` (the message without the code) made only of answer words?"""
    for ch in rest:
        if ch in _PUNCT or ch.isascii():
            continue
        if ch not in _ZH_ANSWER:
            return False
    return all(w in _EN_ANSWER for w in _EN_WORD.findall(rest.lower()))


def find_bare_codes(text: str) -> list[CodeHit]:
    """The code of a short message that is nothing but a six-digit code and answer words."""
    if len(text) > _MAX_LEN or len(text.strip()) < 6:
        return []
    found = list(_CODE.finditer(text)) if _CODE_START.search(text) is not None else []
    if len(found) != 1:
        return []
    m = found[0]
    rest = text[: m.start()] + " " + text[m.end() :]
    if _ANY_DIGIT.search(_TWO_FA.sub(" ", rest)) is not None:
        return []
    digits = [c for c in m.group() if c.isdigit() or c in _ZH_DIGITS]
    if "".join(digits).endswith(("000", "零零零", "〇〇〇")):
        return []
    if not _rest_is_answer(rest):
        return []
    return [CodeHit(OTP_CODE, m.start(), m.end())]


# What an earlier message may name that a bare number then answers: public numbers, not codes
_PUBLIC_NUMBER = re.compile(
    r"(?<![a-z])(?:order|orders|uid|user\s*id|id|ticket|case|phone|mobile|number\s+of|amount|qty|quantity|price"
    r"|balance|deposit(?:ed)?|withdr[a-z]*|sent|paid|transfer(?:red)?|invoice|ref(?:erence)?|zip|postcode"
    r"|account\s+(?:no|number)|acc\s+no|tx|txid|block)(?![a-z])"
    r"|订单|单号|uid|用户id|手机|电话|金额|数量|余额|充值|提现|转了|转账|价格|工单|编号|尾号|区块",
    re.IGNORECASE,
)
_CODE_WORD = re.compile(
    r"(?<![a-z])(?:code|codes|otp|2fa|sms|text|authenticator|auth|verification|verify)(?![a-z])"
    r"|验证码|短信|谷歌|动态码|校验码",
    re.IGNORECASE,
)


# Codes that are public numbers, not one-time codes ("the invitation code?" / "482913")
_PUBLIC_CODE = re.compile(
    r"(?<![a-z])(?:invit(?:ation|e)|referral|referrer|promo|coupon|voucher|zip|postal|area|country)\s+codes?(?![a-z])"
    r"|邀请码|推荐码|优惠码|兑换码|邮编|区号",
    re.IGNORECASE,
)


def public_number_before(earlier: str) -> bool:
    """Does the customer's message before a bare number name a public number it answers ("my order
    number" / "330285", 订单号 / 123456, "the invitation code?" / 482913), and no one-time code?
    Then the number is that, not a code."""
    if _PUBLIC_CODE.search(earlier) is not None:
        return names_a_code(earlier) is False
    return _PUBLIC_NUMBER.search(earlier) is not None and _CODE_WORD.search(earlier) is None


def names_a_code(text: str) -> bool:
    """Does ``text`` name a one-time code ("email code 802113", 短信验证码; not "invitation code")?"""
    return _CODE_WORD.search(_PUBLIC_CODE.sub(" ", text)) is not None
