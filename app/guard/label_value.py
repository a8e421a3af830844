"""A label in one message (or line), the value alone in the next.

Customers answer the way people talk: "fund password?" / "yes its 209815", "the text just came
in" / "330285", "API Key是这个" / "<key>", "is it the password you need?" / "ok" / "<value>",
or on separate lines of one pasted text ("Verification code" / "342819" / "Do not share …").
Neither part is a secret alone: the label has no value, and a bare value ("707070", a word with
digits, a long token) means nothing without the label.

``label_kinds`` reads which secrets a short message names (password, code, API credential, 2FA
key); ``lone_value`` finds a message that is nothing but a value of such a kind, after at most a
short lead-in ("yes its", "对 是", "here:"). The value must have the kind's shape:

* password: 4-40 printable characters that are not a word describing it ("ok", "wrong") nor a
  public shape (address, link, hash), digits allowed (fund passwords are six digits);
* code: 4-8 digits, spaced or grouped, or Chinese digit words;
* API credential: 16+ letters/digits (base64 and ``-_`` included) with a digit, or for a
  passphrase label any 4+ characters;
* 2FA key: base32, 16-64 characters, in one case, grouped or not.

A label that belongs to something else ("error code", "order number", "邀请码") names nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, NamedTuple

from .context_secrets import plausible_password
from .password_shape import public_shape, trim
from .textutil import ascii_lower, compile_ascii
from .types import API_SECRET, OTP_CODE, PASSWORD, TOTP_SECRET

MAX_LABEL_MESSAGE: Final = 140  # a label message is short; a long one is a story, not a label
_PASSWORD_LABEL = compile_ascii(
    r"\b(?:pass\s?words?|passwd|pwd|psw|pw|p/w|pass|passcode|pin|pins)\b(?!\s+(?:reset|change|manager|page))"
    r"|密码|密碼|口令|pin码"
)
_CODE_LABEL = compile_ascii(
    r"\b(?:codes?|otp|2fa|mfa|sms|texts?|text\s+message|authenticator|google\s+auth|verification|authy"
    r"|e-?mail\s+one|the\s+sms)\b|验证码|动态码|短信|邮件|邮箱验证|谷歌验证码|校验码|确认码"
)
_API_LABEL = compile_ascii(
    r"\bapi\b|\bsecret(?:\s*key)?\b|\bapi\s*key\b|\bpass\s?phrase\b|密码短语|口令短语|密钥|秘钥|secret"
)
_PASSPHRASE_LABEL = compile_ascii(r"\bpass\s?phrase\b|密码短语|口令短语|api\s*口令")
_TOTP_LABEL = compile_ascii(
    r"\b(?:2fa|mfa|totp|authenticator|google\s+auth)\b[^\n]{0,60}?\b(?:key|secret|seed|backup|setup|thing"
    r"|string|letters|text|code)\b|\b(?:backup|setup|recovery)\s+(?:key|thing|string)\b"
    r"|\bauthenticator\b|(?:谷歌|google)?验证器|二维码|2fa\s*密钥|谷歌验证密钥|身份验证器"
    r"|(?:谷歌|google|ga)\s*验证(?!码)"  # "谷歌验证的那串": the authenticator's key
)
# Literals every match of ``_TOTP_LABEL`` / ``_API_LABEL`` holds, one per alternative ("google\s+auth"
# holds "google"; 谷歌验证密钥 and 身份验证器 hold 验证; "pass\s?phrase" holds "pass"): a lower-cased text
# with none of them is no match, told by a few ``in`` tests instead of a search at every character
# (~2-3 µs a message on the chat path's first call; session 12, guardspeed9; the equivalence is
# tested in tests/guard/test_speed_equivalents_guardspeed9.py)
TOTP_CUES: Final = (
    "2fa",
    "mfa",
    "totp",
    "authenticator",
    "google",
    "backup",
    "setup",
    "recovery",
    "验证",
    "二维码",
)
API_CUES: Final = ("api", "secret", "pass", "密码短语", "口令短语", "密钥", "秘钥")
# "error code", "referral code", "order number": the label is some other thing's
_OTHER_OWNER = compile_ascii(
    r"\b(?:error|err|status|referral|invite|invitation|promo|promotion|coupon|voucher|gift|reward|bonus"
    r"|anti[- ]?phishing|phishing|country|zip|postal|area|tracking|reference|ref|order|bank|swift|tax"
    r"|product|discount|redeem|activation|branch|routing|post|postcode|ticket|case|uid|memo|tag"
    r"|phone|number)\b|错误|邀请|推荐|优惠|兑换|防钓鱼|邮政|订单|工单|手机号|电话"
)
_LEAD_IN = compile_ascii(
    r"\s*(?:(?:yes|yeah|yep|ok|okay|sure|right|correct|here|here\s+it\s+is|this|this\s+one|that'?s\s+it"
    r"|it\s+is|it'?s|its|is|the\s+password\s+is|=|oh+|ah+"
    # round 10: making sure what was asked ("oh you mean mine. it's X", "you mean the fund one? 209815")
    r"|(?:do\s+)?(?:you|u)\s+mean\s+(?:mine|my\s+\w+(?:\s+\w+)?|the\s+\w+(?:\s+\w+)?|that(?:\s+one)?))"
    r"\s*[,:：.!?-]*\s*)*"
    r"(?:(?:对|是|对的|嗯|好|好的|就是|是的|这个|这是|给你|在这|在这里|喏|系|係|哦|噢|喔|啊"
    r"|(?:你是说|你说的是|你要的是|是说)(?:我的|这个|那个)?(?:[\u3400-\u9fff]{1,4}(?=[,，。!！?？\s]))?)\s*[,，:：。!！?？]?\s*)*"
)
_TRAIL = re.compile(r"[\s.。!！,，~～]*(?:[\U0001f300-\U0001faff\u2600-\u27bf]\s*)*$")
_CODE_VALUE = re.compile(
    r"(?P<val>\d{4,8}|\d{1,4}(?:[ -]\d{1,4}){1,7}|[零〇一二三四五六七八九幺两]{4,8}|g-\d{6})"
)
_TOKEN = re.compile(r"(?P<val>[!-~]{4,40}(?:[ ][!-~]{4,40}){0,0})")
_API_VALUE = re.compile(r"(?P<val>[a-z0-9_+/=-]{16,128})")
_BASE32 = re.compile(r"(?P<val>[a-z2-7]{4}(?:[ -]?[a-z2-7]{4}){3,15}|[a-z2-7]{16,64})")
_WORDY = frozenset(
    {
        "ok",
        "okay",
        "yes",
        "yeah",
        "sure",
        "thanks",
        "thank",
        "wait",
        "hold",
        "sorry",
        "done",
        "sent",
        "here",
        "none",
        "nothing",
        "wrong",
        "forgot",
        "forgotten",
        "lost",
        "same",
        "correct",
        "right",
        "fine",
        "please",
        "help",
        "what",
        "which",
        "where",
        "why",
        "when",
        "that",
        "this",
        "those",
        "these",
        "hello",
    }
)
ACK = re.compile(
    r"\s*(?:ok(?:ay)?|yes|yeah|yep|sure|one\s+sec(?:ond)?|wait|hold\s+on|here|got\s+it|fine|alright|hmm+"
    # round 4: "oh here it is", "found it", "it came", 来了, 到了
    r"|(?:(?:oh|ah|ok|okay|so)[\s,]+)?(?:here\s+it\s+is|here\s+you\s+go|found\s+it|it\s+(?:came|arrived|'s\s+here))"
    r"|好|好的|嗯+|行|可以|稍等|等一下|要的话给你|给你|是的|对|来了|到了|收到了|找到了)\s*[.!,。！，~～]*\s*$"
)
_CJK = re.compile(r"[\u3400-\u9fff]")


class Lone(NamedTuple):
    kind: str
    start: int
    end: int


@lru_cache(maxsize=4096)
def label_kinds(text: str) -> tuple[str, ...]:
    """The secret kinds a short message (or line) names, most specific first (cached: each
    message is asked again as the one before the next)."""
    if not text or len(text) > MAX_LABEL_MESSAGE or "[redacted:" in text:
        return ()
    low = ascii_lower(text)
    kinds: list[str] = []
    if any(cue in low for cue in TOTP_CUES) and _TOTP_LABEL.search(low):
        kinds.append(TOTP_SECRET)
    if any(cue in low for cue in API_CUES) and _API_LABEL.search(low):
        kinds.append(API_SECRET)
    if _PASSWORD_LABEL.search(low):
        kinds.append(PASSWORD)
    code = _CODE_LABEL.search(low)
    if code is not None and _OTHER_OWNER.search(low, max(0, code.start() - 20), code.start()) is None:
        kinds.append(OTP_CODE)
    return tuple(kinds)


def _value_span(low: str, start: int, kind: str, passphrase: bool) -> tuple[int, int] | None:
    if kind == OTP_CODE:
        m = _CODE_VALUE.match(low, start)
        if m is None:
            return None
        digits = sum(c.isdigit() for c in m.group())
        return m.span() if digits == 0 or 4 <= digits <= 8 else None
    if kind == TOTP_SECRET:
        m = _BASE32.match(low, start)
        return m.span() if m is not None else None
    if kind == API_SECRET and not passphrase:
        m = _API_VALUE.match(low, start)
        return m.span() if m is not None and any(c.isdigit() for c in m.group()) else None
    m = _TOKEN.match(low, start)
    return m.span() if m is not None else None


def lone_value(text: str, kinds: tuple[str, ...], passphrase: bool = False) -> Lone | None:
    """The value ``text`` consists of (after a short lead-in), for the first kind it fits."""
    low = ascii_lower(text)
    lead = _LEAD_IN.match(low)
    start = lead.end() if lead is not None else 0
    for kind in kinds:
        span = _value_span(low, start, kind, passphrase)
        if span is None:
            continue
        s, e = trim(text, *span)
        if s >= e or _TRAIL.fullmatch(text, e) is None:
            continue
        value = text[s:e]
        if kind == TOTP_SECRET and not (value.isupper() or value.islower()):
            continue  # base32 is written in one case; a mixed-case token is something else
        if kind in (PASSWORD, API_SECRET) and not _password_value(value, kind, passphrase):
            continue
        return Lone(kind, s, e)
    return None


def _password_value(value: str, kind: str, passphrase: bool) -> bool:
    if len(value) < 4 or value.startswith("[redacted") or _CJK.search(value):
        return False
    core = value.lower().rstrip(".,;:!?")
    if core in _WORDY or (core.isalpha() and len(core) < 6):
        return False
    if kind == API_SECRET and not passphrase:
        return True
    if public_shape(value) and not value.isdigit():
        return False
    return plausible_password(value, strict=False)


def find_line_values(text: str) -> list[Lone]:
    """Values alone on a line whose previous line names them ("Verification code" / "342819")."""
    if "\n" not in text:
        return []
    out: list[Lone] = []
    label: str | None = None
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            if label is not None:
                kinds = label_kinds(label)
                lone = lone_value(line, kinds, passphrase_label(label)) if kinds else None
                if lone is not None:
                    out.append(Lone(lone.kind, pos + lone.start, pos + lone.end))
            label = line
        pos += len(line) + 1
    return out


def passphrase_label(text: str) -> bool:
    return _PASSPHRASE_LABEL.search(ascii_lower(text)) is not None
