"""One-time codes (SMS, e-mail, authenticator) a customer types into the chat.

A code has no shape of its own, a 6-digit number is also a ticket, an order or an error, so
the decision is made by the nearest label word around the value, within its clause:

* values: 4-8 digits that are not part of a longer number, an amount, a date or a time;
  digits spaced out or in groups ("5 5 2 1 9 0", "552 190", "55 21 90", "552-190"); digits as words
  in Chinese ("五五八二一零") or English ("five five eight two one zero"). Full-width digits
  arrive already folded (``fold.fold_inbound``).
* code labels: "code", "OTP", "2FA", "SMS", "text", "authenticator", "GA", "verification",
  "digits", 验证码, 动态码, 码, 短信, 谷歌, 验证器, ... (Traditional folded to Simplified).
* other labels win when they are nearer: "error code", "order", "ticket", "referral code",
  "anti-phishing code", "UID", "memo", "phone", 订单, 工单, 错误码, 邀请码, 防钓鱼码, 手机号, ...
  A bare "code" right after such a word ("error code 10023", "邀请码") is that word's.

The nearest label before the value (within 40 characters) decides; with none before, the nearest
after it (within 24: "482913 is my 2FA code", "191406 这个是验证码") does. Labels never reach
across a sentence end or a line break.

Also: Google's "G-482913", 2FA backup codes "4821-9930", what a phone "received" (手机上收到的
862780), dictated digits with 幺/两; a weak label ("email", "text") does not override another code
named earlier in the clause ("the anti-phishing code in your email was …"). Values are only looked
for near a code label (found by a literal scan), so a long message full of numbers costs little.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final, NamedTuple

from .label_scan import INBOUND
from .ocr_codes import ocr_variant
from .textutil import SpanSource, ascii_lower, compile_ascii, grown_windows, literal_alternation
from .types import OTP_CODE

_EN_DIGITS: Final = ("zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_DIGIT = "(?:" + "|".join(_EN_DIGITS) + ")"
# Each value pattern starts with a character class or a literal, so ``re`` skips ahead in C; the
# look-behind (no letter, digit or amount sign right before) is checked in Python on the matches.
_DIGIT_VALUE = re.compile(
    r"(?P<digits>[0-9]{4,8})"
    r"(?![0-9]|[.,:/-][0-9]|[ \t]*(?:%|usdt|usdc|usd|btc|eth|bnb|sol|trx|u\b|元|块|个|枚|美元|万|k\b|am|pm))"
    # digits in groups: "5 5 2 1 9 0", "552 190", "55 21 90" (4 to 8 digits in all, checked below)
    # (one kind of separator per value: "4821-9930 7720-1184" is two backup codes)
    r"|(?P<groups>[0-9]{1,4}(?:-[0-9]{1,4}){1,7}(?![0-9]|[.,][0-9])"
    r"|[0-9]{1,4}(?: [0-9]{1,4}){1,7}(?![0-9]|[.,][0-9]))"
)
# 幺/两: 1 and 2 as dictated; the financial (大写) numerals 壹贰叁肆伍陆柒捌玖 (round 4)
_ZH_DIGIT: Final = "[零〇一二三四五六七八九幺两壹贰叁肆伍陆柒捌玖]"
_ZH_VALUE = re.compile(
    # groups of two to four between spaces ("三八二 九一零")
    # round 10: or a comma between the groups, as an authenticator's two halves are read ("零四七，三九二")
    rf"(?P<zh>{_ZH_DIGIT}{{4,8}}|{_ZH_DIGIT}{{2,4}}(?:[ ，、,] ?{_ZH_DIGIT}{{2,4}}){{1,3}}"
    rf"|{_ZH_DIGIT}(?: {_ZH_DIGIT}){{3,7}})"  # round 9: one by one ("五 五 八 二 一 零")
)  # 幺/两: 1 and 2 as dictated
_EN_VALUE = re.compile(literal_alternation(_EN_DIGITS) + rf"(?:[\s,-]+{_EN_DIGIT}){{3,7}}(?![a-z])")
_NOT_BEFORE_DIGITS: Final = frozenset("0123456789abcdefghijklmnopqrstuvwxyz.,$€£¥#+/\\:-")
_CJK = re.compile("[\u3400-\u9fff]")
_CODE_LABEL = compile_ascii(
    # round 5: "verification number", 验证数字: a code named with a word another label also uses; the
    # whole phrase ends where "number" does, and a tie goes to the longer label (see ``_find_codes``)
    r"\b(?:verification|security|sms|2fa|otp|authenticator|one[- ]time|login)\s+(?:numbers?|digits|pin)\b"
    r"|验证数字|验证号码|安全数字|"
    r"\b(?:codes?|otps?|totp|2fa|mfa|sms|texted|text(?:\s+message)?|authenticator|google\s+auth|ga"
    r"|e-?mail(?:ed)?|inbox|authy|g-?auth|yzm"
    r"|verification|verify|passcode|one[- ]time|digits|security\s+code|login\s+code)\b"
    r"|验证码|校验码|动态码|动态口令|确认码|安全码|登录码|短信|谷歌|验证器|令牌|码|邮箱收到|邮件里"
    r"|验证(?=\s*[:：])|验证马|验证玛"
    # round 5: "手机上的六位数 839204" names a code by its length (6 or 8); not "后六位数" (a part of a
    # longer number) nor "资产是六位数" (a magnitude)
    r"|(?<![后前尾末是])(?:六|6|八|8)位数字?"
    # what the phone just received: "手机上收到的862780", "what my phone received"
    r"|收到的|收到了|\bphone\s+(?:just\s+)?(?:got|received)\b|\breceived\s+on\s+my\s+phone\b"
    r"|\bg-(?=\d{6}(?!\d))"  # Google's SMS codes: "G-482913"
    # round 6: a number named by where it was shown or sent ("the number from the text message you
    # just sent me", "手机上显示 649086")
    r"|\b(?:number|digits)\s+(?:from|in|on)\s+(?:the\s+|my\s+|your\s+)?(?:text|sms|message|e-?mail|authenticator|phone)\b"
    # round 10: or by the app that made it ("the number from the app was 086541"): "from", not "in"
    # or "on" (the number *in* an app is as often a balance)
    r"|\b(?:number|digits)\s+(?:from|the)\s+(?:the\s+|my\s+)?(?:authenticator\s+|auth\s+|google\s+|2fa\s+)?app\b"
    r"(?:\s+(?:gave|gives|showed|shows|sent|generated))?"
    r"|(?:(?<=手机上)|(?<=手机)|(?<=屏幕上)|(?<=短信里)|(?<=邮件里)|(?<=验证器上))显示(?:的|了|出)?"
)
_OTHER_LABEL = compile_ascii(
    r"\b(?:error|err|status|order|orders|ticket|(?<!in\s)(?<!any\s)case|referral|ref|reference|invite|invitation|promo"
    r"|promotion|coupon|voucher|gift|reward|bonus|anti[- ]?phishing|phishing|country|zip|postal|post"
    r"|area|tracking|bank|swift|iban|tax|product|invoice|uid|id|memo|tag|block|version|build|phone"
    r"|tel|mobile|number|hotline|call|year|since|p2p|withdrawal\s+id|account\s+number|passport|card"
    r"|ending|pin|room|apt|suite|street|st|road|rd|avenue|ave|chapter|page|step|model|serial|batch"
    r"|limit|fee|price|amount|total|balance|sum|ip|port|confirmations?|restricted|invalid)\b"
    r"|工单|订单|单号|编号|流水号|邀请码|推荐码|邀请|错误|代码|邮编|标签|优惠码|兑换码|礼品|防钓鱼|区块|版本|手机号|电话"
    r"|案件|发票|号码|卡号|尾号|护照|金额|价格|余额|数量|额度|手续费|限额|确认数|受限|日期|出生|年份|仓位|参考号"
    r"|无效|失败|异常"  # "验证码无效 (30012)": the number is what the error screen says
)
# "552-190", "5-5-2-1-9-0", 2FA backup codes "4821-9930", pairs "72-19-04"
_DASHED_CODE = re.compile(
    r"[0-9]{3}-[0-9]{3}|[0-9]{4}-[0-9]{4}|[0-9](?:-[0-9]){3,7}|[0-9]{2}(?:-[0-9]{2}){2,3}"
)
_BREAK = re.compile(r"[.!?。！？\n;；]")
_BARE_CODE: Final = frozenset({"code", "codes", "码"})
_OTP_CONTEXT = compile_ascii(
    r"\b(?:sms|otp|2fa|mfa|two[- ]factor|authenticator|verif\w*|text(?:ed)?|e-?mail(?:ed)?"
    r"|log\s*in|sign\s*in|voice\s+(?:call|code|message))\b"
    r"|短信|验证|谷歌|登录|邮件|邮箱"
)
_BEFORE: Final = 40
_AFTER: Final = 24
_NEAR_CONTEXT: Final = 200  # an OTP word this near makes a bare "code 3021" a code
# "code" as the head of another label: "error code", "referral code", "邀请码" are not OTPs
_OWNED_CODE = compile_ascii(
    r"\b(?:error|err|status|referral|invite|invitation|promo|promotion|coupon|voucher|gift|reward|bonus"
    r"|anti[- ]?phishing|phishing|country|zip|postal|area|tracking|reference|ref|order|bank|swift|tax"
    r"|product|qr|colou?r|response|http|exit|return|source|country|discount|redeem|redemption|activation"
    r"|invitation|access|program|sort|routing|branch|post|postcode)[\s-]*$"
    r"|(?:错误|邀请|推荐|优惠|兑换|防钓鱼|二维|邮政|区号|国家|状态|礼品|折扣|激活|返佣|机构|分行|附言|备注|识别)$"
)


# Another code named earlier in the clause, which a weak label after it ("email", "text") does not
# override; a strong label ("verification code", 验证码) does.
_OWNER_CODE = compile_ascii(
    r"\b(?:anti[- ]?phishing|referral|invite|invitation|promo|promotion|coupon|voucher|gift|reward|bonus"
    r"|discount|redeem|redemption|activation|tracking|postal|zip|error)[\s-]*codes?\b"
    r"|防钓鱼码|邀请码|推荐码|优惠码|兑换码|激活码|错误码"
)
_STRONG_LABELS: Final = frozenset(
    {
        "otp",
        "otps",
        "totp",
        "2fa",
        "mfa",
        "authenticator",
        "verification",
        "passcode",
        "one-time",
        "one time",
        "security code",
        "login code",
        "验证码",
        "校验码",
        "动态码",
        "动态口令",
        "确认码",
        "安全码",
        "登录码",
    }
)


# The literal words of ``_CODE_LABEL`` (checked precisely where they are found).
_CODE_WORDS = INBOUND.phrases(
    [
        "code",
        "codes",
        "otp",
        "otps",
        "totp",
        "2fa",
        "mfa",
        "sms",
        "texted",
        "text",
        "authenticator",
        "google",
        "auth",
        "ga",
        "email",
        "e-mail",
        "emailed",
        "e-mailed",
        "mail",
        "inbox",
        "authy",
        "g-auth",
        "gauth",
        "yzm",
        "verification",
        "verify",
        "passcode",
        "one-time",
        "one time",
        "digits",
        "security",
        "login",
        "phone",
        "received",
        "g-",
        "验证码",
        "校验码",
        "动态码",
        "动态口令",
        "确认码",
        "安全码",
        "登录码",
        "短信",
        "谷歌",
        "验证器",
        "令牌",
        "码",
        "邮箱收到",
        "邮件里",
        "验证",
        "收到",
        "六位数",
        "6位数",
        "八位数",
        "8位数",
        "number from",
        "number in",
        "number on",
        "显示",
        "number the",
        "digits the",
    ]
)
_OTHER_WORDS = INBOUND.phrases(
    [
        "error",
        "err",
        "status",
        "order",
        "orders",
        "ticket",
        "case",
        "referral",
        "ref",
        "reference",
        "invite",
        "invitation",
        "promo",
        "promotion",
        "coupon",
        "voucher",
        "gift",
        "reward",
        "bonus",
        "anti-phishing",
        "anti phishing",
        "antiphishing",
        "phishing",
        "country",
        "zip",
        "postal",
        "post",
        "area",
        "tracking",
        "bank",
        "swift",
        "iban",
        "tax",
        "product",
        "invoice",
        "uid",
        "id",
        "memo",
        "tag",
        "block",
        "version",
        "build",
        "phone",
        "tel",
        "mobile",
        "number",
        "hotline",
        "call",
        "year",
        "since",
        "p2p",
        "withdrawal",
        "account",
        "passport",
        "card",
        "ending",
        "pin",
        "room",
        "apt",
        "suite",
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "chapter",
        "page",
        "step",
        "model",
        "serial",
        "batch",
        "limit",
        "fee",
        "price",
        "amount",
        "total",
        "balance",
        "sum",
        "ip",
        "port",
        "confirmation",
        "confirmations",
        "restricted",
        "invalid",
        "无效",
        "失败",
        "异常",
        "工单",
        "订单",
        "单号",
        "编号",
        "流水号",
        "邀请码",
        "推荐码",
        "邀请",
        "错误",
        "代码",
        "邮编",
        "标签",
        "优惠码",
        "兑换码",
        "礼品",
        "防钓鱼",
        "区块",
        "版本",
        "手机号",
        "电话",
        "案件",
        "发票",
        "号码",
        "卡号",
        "尾号",
        "护照",
        "金额",
        "价格",
        "余额",
        "数量",
        "额度",
        "手续费",
        "限额",
        "确认数",
        "受限",
    ]
)
_VALUE_CHARS: Final = frozenset("0123456789 -零〇一二三四五六七八九幺两，、")


class CodeHit(NamedTuple):
    kind: str
    start: int
    end: int


def _date_pairs(value: str) -> bool:
    """Three pairs of digits that read as a day, a month and a year in some order ("12-05-88")."""
    parts = value.split("-")
    if len(parts) != 3 or any(len(p) != 2 for p in parts):
        return False
    a, b, _ = (int(p) for p in parts)
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def _clause(low: str, pos: int, before: bool) -> int:
    """Where the clause containing ``pos`` starts (``before``) or ends, within the window."""
    if before:
        lo = max(0, pos - _BEFORE)
        last = -1
        for stop in _BREAK.finditer(low, lo, pos):
            last = stop.end()
        return last if last >= 0 else lo
    hi = min(len(low), pos + _AFTER)
    m = _BREAK.search(low, pos, hi)
    return m.start() if m is not None else hi


def _labels(
    pattern: re.Pattern[str], words: SpanSource, low: str, spans: list[tuple[int, int]]
) -> tuple[list[int], list[int]]:
    """Starts and ends of ``pattern`` inside the windows around the values (sorted).

    The label words are found by a literal scan (``words``) and ``pattern`` is only matched where
    one starts: its look-behinds and alternatives would cost a step per character of a long text."""
    starts, ends = [], []
    for lo, hi in spans:
        for a, _ in words.spans(low, lo, hi):
            m = pattern.match(low, a, hi)
            if m is not None:
                starts.append(m.start())
                ends.append(m.end())
    return starts, ends


# "手机上的六位数 839204": a length names a code only where a phone, an SMS or an authenticator is
# named in the clause, and no other label follows the value ("六位数 …是什么？写着'划转编号'")
_LENGTH_CONTEXT = compile_ascii(
    r"手机|短信|验证|谷歌|邮箱|邮件|收到|令牌|\b(?:sms|2fa|otp|authenticator|ga)\b"
)


def _length_label_ok(low: str, lo: int, end: int, other_starts: list[int]) -> bool:
    hi = _clause(low, end, before=False)
    k = bisect_right(other_starts, end - 1)
    other_after = k < len(other_starts) and other_starts[k] < hi + 24
    return not other_after and _LENGTH_CONTEXT.search(low, lo, hi) is not None


def _windows(values: list[re.Match[str]], n: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for v in values:
        lo, hi = max(0, v.start() - _BEFORE - 8), min(n, v.end() + _AFTER + 8)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return spans


def _label_windows(low: str) -> list[tuple[int, int]]:
    """Where a value can be a code: near a code label (a literal scan for its words). A long message
    full of numbers (hashes, amounts) is only searched for values there."""
    n = len(low)
    labels = _CODE_WORDS.spans(low, 0, n)
    if not labels:
        return []
    return grown_windows(  # never cut a value in two
        low, [(max(0, a - _AFTER - 16), min(n, b + _BEFORE + 16)) for a, b in labels], _VALUE_CHARS
    )


# A YubiKey OTP: 32-48 characters of "modhex" (a 16-letter alphabet), no label needed: no word is
# that long and made of those letters only.
_MODHEX = re.compile(r"[cbdefghijklnrtuv]{32,48}")
_LONG_LETTERS = re.compile(r"[a-z]{32}")


def find_codes(text: str) -> list[CodeHit]:
    """One-time code values in (folded) ``text``, also as OCR would have misread them."""
    hits = _find_codes(text)
    for m in _MODHEX.finditer(text) if len(text) >= 32 and _LONG_LETTERS.search(text) else ():
        if (m.start() == 0 or not text[m.start() - 1].isalnum()) and (
            m.end() == len(text) or not text[m.end()].isalnum()
        ):
            hits.append(CodeHit(OTP_CODE, m.start(), m.end()))
    variant = ocr_variant(text)
    if variant is not None:
        hits += _find_codes(variant)  # same length: spans are the text's
    return hits


def _find_codes(text: str) -> list[CodeHit]:
    low = ascii_lower(text)
    windows = _label_windows(low)
    if not windows:
        return []
    cjk = not low.isascii() and _CJK.search(low) is not None
    values: list[re.Match[str]] = []
    for lo, hi in windows:
        values += (
            m
            for m in _DIGIT_VALUE.finditer(low, lo, hi)
            if m.start() == 0
            or low[m.start() - 1] not in _NOT_BEFORE_DIGITS
            or (low.startswith("g-", m.start() - 2) and (m.start() == 2 or not low[m.start() - 3].isalnum()))
        )
        if cjk:
            values += _ZH_VALUE.finditer(low, lo, hi)
        values += (
            m for m in _EN_VALUE.finditer(low, lo, hi) if m.start() == 0 or not low[m.start() - 1].isalpha()
        )
    if not values:
        return []
    values.sort(key=lambda m: m.start())
    spans = _windows(values, len(low))
    code_starts, code_ends = _labels(_CODE_LABEL, _CODE_WORDS, low, spans)
    if not code_starts:
        return []
    other_starts, other_ends = _labels(_OTHER_LABEL, _OTHER_WORDS, low, spans)
    hits: list[CodeHit] = []
    for v in values:
        start, end = v.span()
        found = v.groupdict()
        groups = found.get("groups")
        if groups is not None and not 4 <= sum(c.isdigit() for c in groups) <= 8:
            continue
        if groups is not None and "-" in groups and _DASHED_CODE.fullmatch(groups) is None:
            continue  # "2024-05-01", "138-0013-8000": a date or a phone number
        if groups is not None and _date_pairs(groups):
            continue  # "12-05-88": pairs that read as a date
        lo = _clause(low, start, before=True)
        # nearest label ending before the value
        i = bisect_right(code_ends, start) - 1
        code_b = code_ends[i] if i >= 0 and code_ends[i] >= lo else -1
        j = bisect_right(other_ends, start) - 1
        other_b = other_ends[j] if j >= 0 and other_ends[j] >= lo else -1
        # a tie goes to the longer label: "verification number" (a code) over "number", but "错误代码"
        # (another label) over its "码"
        longest = min((a for a, b in zip(code_starts, code_ends, strict=True) if b == code_b), default=-1)
        tie = code_b == other_b >= 0 and longest < other_starts[j]
        if code_b >= 0 and (code_b > other_b or tie):
            word_start = code_starts[i]
            if _OWNED_CODE.search(low, max(0, word_start - 24), word_start) is not None:
                continue
            # "the anti-phishing code in your email was 664796": the clause is about another code
            weak = low[word_start:code_b] not in _STRONG_LABELS
            if weak and _OWNER_CODE.search(low, lo, start) is not None:
                continue
            # "restricted (code 3021)": a short number after a bare "code" needs more than that
            digits = found.get("digits")
            short = digits is not None and len(digits) <= 5
            # "here is the code: 2355"; round 9: "the code was 3317" says what the code is as well
            # ("I got an error, the code was 4003" is the error's: no other label in the clause)
            between = low[code_b:start].strip()
            colon = between in (":", "：") or (between in ("is", "was", "=") and other_b < 0)
            bare = low[word_start:code_b] in _BARE_CODE
            near = _OTP_CONTEXT.search(low, max(0, start - _NEAR_CONTEXT), end + _NEAR_CONTEXT)
            if short and not colon and bare and near is None:
                continue
            if "位数" in low[word_start:code_b] and not _length_label_ok(low, lo, end, other_starts):
                continue
            hits.append(CodeHit(OTP_CODE, start, end))
            continue
        if code_b >= 0 or other_b >= 0:
            continue
        hi = _clause(low, end, before=False)
        k = bisect_right(code_starts, end - 1)
        code_a = code_starts[k] if k < len(code_starts) and code_starts[k] < hi else -1
        m2 = bisect_right(other_starts, end - 1)
        other_a = other_starts[m2] if m2 < len(other_starts) and other_starts[m2] < hi else -1
        # a tie goes to the longer label here too: "the number from the text message" over "number"
        tie_after = code_a == other_a >= 0 and code_ends[k] > other_ends[m2]
        if code_a >= 0 and (other_a < 0 or code_a < other_a or tie_after):
            hits.append(CodeHit(OTP_CODE, start, end))
    return hits
