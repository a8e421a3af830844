"""Values with a secret's shape that are public by what they are: the learnt scorer never sees them.

A product model ("iPhone15Pro", "RTX4090Ti"), an app ("1Password"), a password POLICY
("Min8Chars+1Digit"), a user name after "login", an invitation code, an order or ticket number: each
has the shape of a password or a code, and the tuning batches hold too few of them for the words
around a value to teach the scorer the difference (session 8: 114 hard negatives did not). The
rules' own tests name these kinds and keep them in the clear; so does this gate, by two plain
tests on a candidate (``inbound_model_spans.candidates`` drops what it answers, in training too):

* its own shape: a brand or product stem, a policy's or an error's words inside the value; a number
  followed by a currency or unit (an amount);
* the word before it: a public label (order, ticket, invite, referral, model, version, user name,
  login, an example, an amount, an address, a hash's start ...;
  订单, 邀请码, 型号, 例如, 代码 ...) among the few words before it, with no
  secret's label (password, code, 密码, 验证码 ...) between that word and the value.
"""

from __future__ import annotations

import re
from typing import Final

from .textutil import ascii_lower

_PRODUCT: Final = re.compile(
    r"iphone|ipad|macbook|imac|airpods|galaxy|pixel|redmi|xiaomi|huawei|honor|oneplus|oppo|vivo"
    r"|rtx|gtx|ryzen|xbox|ps[345]\b|switch|windows|win1[01]|ios\d|android|ledger|trezor|nano[sx]"
    r"|1password|lastpass|bitwarden|keepass|authy|chrome|firefox|safari|macos|ubuntu"
    r"|3commas|tradingview|metamask"
    r"|^v?\d+(?:\.\d+)+[a-z]*$"
    r"|error|expired|failed|invalid|timeout|denied|exception|notfound"  # an error's name
)
_POLICY: Final = re.compile(r"min\d|max\d|\d+chars?|chars?\+|digits?$|\+\d*digit|symbols?$|upper|lower")
# Public labels: a value right after one of these is an ID, a name or an example, not a secret.
_PUBLIC_EN: Final = frozenset({
    "order", "orders", "ticket", "tickets", "case", "uid", "id", "ids", "referral", "ref", "invite",
    "invitation", "inviter", "promo", "coupon", "voucher", "model", "version", "ver", "build",
    "firmware", "username", "user", "login", "nickname", "handle", "tracking", "serial", "invoice",
    "txid", "hash", "reference", "example", "eg", "e.g", "sku", "balance", "amount", "total",
    "price", "worth", "limit", "fee", "address", "street", "road", "avenue", "flat", "apt", "suite",
    "postcode", "zip", "postal", "starts", "ends", "begins", "prefix", "suffix",
})  # fmt: skip
_PUBLIC_ZH: Final = re.compile(
    r"订单|单号|工单|邀请|推荐|型号|版本|用户名|昵称|优惠|例如|比如|格式|编号|手机号|机型"
    r"|资产|余额|金额|价格|总共|数量|限额|开头|结尾|哈希|代码|错误码|地址|邮编"
)
# A secret's label nearer the value than the public word: the value is the secret after all.
_SECRET_EN: Final = frozenset({
    "password", "passwd", "pass", "pwd", "passcode", "pin", "code", "otp", "2fa", "sms", "key",
    "phrase", "secret", "passphrase",
})  # fmt: skip
_SECRET_ZH: Final = re.compile(r"密码|口令|验证码|动态码|校验码|私钥|助记词|密钥")
_COMPOUND: Final = frozenset({"code", "codes", "number", "no", "id"})
_WORD: Final = re.compile(r"[a-z][a-z0-9.']*")
_LEFT: Final = 28  # characters before the value read for a label
_LABEL_WORDS: Final = 5
_RIGHT: Final = 36  # characters after the value read for a label named with "is"
_IS: Final = frozenset({"is", "was", "s"})
# An amount: a number followed by its currency or unit ("250 000 USDC", "5000 元").
_UNIT_AFTER: Final = re.compile(
    r"\s*(?:usdt|usdc|usd|btc|eth|bnb|sol|trx|xrp|doge|eur|gbp|cny|rmb|hkd|dollars?|bucks|coins?"
    r"|tokens?|sats?|k\b|%|元|块|美元|美金|个币|枚|张|笔|次|分钟|小时|天)",
    re.I,
)


def public_shape(value: str) -> bool:
    """A product, app or version name, or a policy's words ("Min8Chars+1Digit")."""
    if value.isdigit() and value.endswith("000"):  # a round amount ("sent 250000"), as bare_codes says
        return True
    low = ascii_lower(value)
    return _PRODUCT.search(low) is not None or _POLICY.search(low) is not None


def public_label_before(work: str, start: int) -> bool:
    """A public label among the last five words (or nearest Chinese text) before ``start``, with no
    secret's label after it."""
    before = ascii_lower(work[max(0, start - _LEFT) : start])
    for stop in ".!?。！？\n":
        before = before.rpartition(stop)[2]
    zh = _PUBLIC_ZH.search(before)
    if zh is not None and _SECRET_ZH.search(before, zh.end()) is None:
        words_after = _WORD.findall(before[zh.end() :])
        if not any(w in _SECRET_EN for w in words_after):
            return True
    # round 12: five words, so a public label may have a short phrase after it ("promo code from
    # email: A7K-29Q"); a secret's label among the words after it still makes the value a secret
    words = _WORD.findall(before)[-_LABEL_WORDS:]
    for i, w in enumerate(words):
        if w.rstrip(".") not in _PUBLIC_EN:
            continue
        rest = words[i + 1 :]
        if rest and rest[0] in _COMPOUND:  # "invitation code", "order number": one public label
            rest = rest[1:]
        if not any(x in _SECRET_EN for x in rest):
            return _SECRET_ZH.search(before) is None
    return False


def public_label_after(work: str, end: int) -> bool:
    """Round 12: the value named after it as a public thing ("770415 is the number from the ticket",
    "X7K2 is my order ref"): an English public label among the next words of its sentence, and no
    secret's label (code, password ...) anywhere among them."""
    after = ascii_lower(work[end : end + _RIGHT])
    for stop in ".!?。！？\n,，":
        after = after.partition(stop)[0]
    words = [w.rstrip(".") for w in _WORD.findall(after)]
    if not words or words[0] not in _IS:
        return False  # the label names the value only through "is" / "was" ("770415 is …")
    if any(w in _SECRET_EN for w in words) or _SECRET_ZH.search(after) is not None:
        return False
    return any(w in _PUBLIC_EN for w in words)


def is_public(work: str, start: int, end: int) -> bool:
    """Whether the candidate ``work[start:end]`` is public by its shape, the label before it (or,
    named with "is", after it) or, for a number, the unit after it."""
    if work[start].isdigit() and work[end - 1].isdigit() and _UNIT_AFTER.match(work, end) is not None:
        return True
    return public_shape(work[start:end]) or public_label_before(work, start) or public_label_after(work, end)
