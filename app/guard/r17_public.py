"""Round 17 (guard17in): values a customer shows that are not secrets, dropped after every rule.

r24 and r25's touched ordinary messages, by family (a class of wording, not the batch's phrase). The
rule of each: a value named by a public noun, or framed as not-a-value, is public unless a secret word
claims it.

* **The anti-phishing code read off an e-mail.** The code is printed in every genuine e-mail; when
  the customer quotes it *as the e-mail shows it* ("the e-mail had my anti-phishing code X", "Anti-
  phishing code in it was X", a pasted "[email] … Anti-phishing code: X", "X — the email shows it",
  邮件里的防钓鱼码是 X, 带着我的防钓鱼码 X, "…，邮件里显示了"), the agent needs the value to judge the
  mail, and it is already in the customer's mailbox. A code only *stated* ("my anti-phishing code is
  X, the e-mail didn't have it") stays redacted: r9–r21 mark it a secret and r24/r25 do not — the
  batches disagree, and this round does not pick a side for them (see the round's results).
* **A code named by a promotion noun** ("the New Year event code X", 活动码/兑换码/优惠码 X): public
  unless the message names a one-time code (verification, 2FA, SMS, 验证码 …).
* **A password asked about hypothetically** ("if my password was something like "X" would that be too
  weak?", 如果密码是"X"这种，是不是太弱了): a strength question with an "if"/"something like" frame.
* **A word that is no value**: a verb after "password to" ("after changing my password to withdraw"),
  a description of length ("my password is random 24 chars").
* **An API key whose secret is said to be left out** ("our API key <uuid> … Secret not included on
  purpose", secret 故意没发): round 16's public-key rule, with the negated secret word not counted.
* **An amount** ("i got 352145 gwei back"): digits read as a code (by the learnt scorer most often)
  followed by a unit of money or of a coin, with no code word just before.
* **The documentation's example secret** ("the HMAC example in the docs uses the secret "X"",
  文档签名示例里的 secret "X"): a quoted API secret in a message naming both docs and an example.

``drop_r17_public`` runs last in ``inbound._drop_public_values`` (``scan_inbound`` and
``scan_conversation``). It only ever removes findings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .r16_public import drop_r16_public
from .textutil import ascii_lower
from .types import API_SECRET, OTP_CODE, PASSWORD, Finding

__all__ = ["drop_r17_public"]

# --- the anti-phishing code read off an e-mail -------------------------------------------------------
_AP_LABEL = re.compile(r"anti[\s-]*phishing\s+(?:code|phrase|word)|防[钓釣][鱼魚](?:码|碼|短语|词|代码)")
_MAIL = r"(?:e-?mails?|\bmail\b|邮件|郵件|电邮|電郵)"
# the e-mail is the source of the value, said before it ...
_AP_FROM_MAIL_BEFORE = re.compile(
    r"^\s*\[" + _MAIL + r"\]"  # a pasted e-mail
    r"|" + _MAIL + r"[^.!?。！？\n]{0,60}"
    r"\b(?:had|has|have|shows?|showed|showing|includes?|included|contains?|with)"
    r"\s+(?:my\s+|the\s+|an?\s+)?anti[\s-]*phishing"
    r"|anti[\s-]*phishing\s+(?:code|phrase|word)\s+in\s+(?:it|the\s+e-?mail|that\s+e-?mail|this\s+e-?mail)\b"
    r"|" + _MAIL + r"(?:里|裏|中)的防[钓釣][鱼魚]"
    r"|(?:带着|帶著|带有|附带)(?:我的|我设置的)?防[钓釣][鱼魚]"
    r"|" + _MAIL + r"[^。！？\n]{0,40}(?:里面|裏面)防[钓釣][鱼魚]"
)
# ... or after it: "the email from you shows it", "which is mine", 邮件里显示了, 是我的
_AP_FROM_MAIL_AFTER = re.compile(
    r"^[^.!?。！？]{0,40}?(?:e-?mail[^.!?\n]{0,20}\bshows\s+it\b|\bwhich\s+is\s+mine\b|\bthat'?s\s+mine\b"
    r"|(?:邮件|郵件)(?:里|裏)?(?:也)?显示了|是我的|对上了|一致)"
)

# --- a code named by a promotion noun ----------------------------------------------------------------
_PROMO_BEFORE = re.compile(
    r"(?:\b(?:event|promo|promotion|promotional|referral|invite|invitation|coupon|voucher|gift|bonus|campaign"
    r"|reward|airdrop|red\s+packet)\s+codes?|活动码|活動碼|兑换码|兌換碼|优惠码|優惠碼|邀请码|邀請碼|推荐码"
    r"|推薦碼|红包码|紅包碼|礼品码|禮品碼)\s*(?:is|was|:|：|是|为)?\s*[\"'“「]?$"
)
_ONE_TIME_WORDS = re.compile(
    r"verif|2fa|sms|otp|one[\s-]*time|authenticator|login\s+code|security\s+code|验证码|驗證碼|动态码|短信码|校验码"
)

# --- a password asked about hypothetically -----------------------------------------------------------
_HYPOTHETICAL = re.compile(
    r"\bif\s+(?:my|a|the)\s+(?:password|pass|pwd)\s+(?:is|was|were)\b|\bsomething\s+like\b"
    r"|如果(?:我的)?密码是|假如(?:我的)?密码是|要是(?:我的)?密码是|(?:密码|密碼)[^。！？\n]{0,20}这种"
)
_ASKS_STRENGTH = re.compile(
    r"\b(?:too\s+)?(?:weak|strong|safe|secure|guessable)\b|太弱|弱不弱|够强|夠強|安全吗|安全嗎|太简单"
)

# --- a word that is no value -------------------------------------------------------------------------
_PURPOSE_VERBS = frozenset(
    [
        "withdraw",
        "login",
        "log",
        "sign",
        "trade",
        "deposit",
        "transfer",
        "buy",
        "sell",
        "send",
        "use",
        "access",
        "reset",
        "change",
        "unlock",
        "verify",
        "continue",
        "proceed",
        "enable",
        "disable",
        "work",
        "take",
        "finish",
        "complete",
    ]
)
_PASSWORD_TO = re.compile(r"\b(?:password|pass|pwd|passcode|pin)\s+to\s+$")
_LENGTH_AFTER = re.compile(r"^\s*\d{1,3}\s*(?:chars?|characters?|letters?|digits?)\b")
_DESCRIBES = frozenset(["random", "long", "strong", "complex", "complicated", "generated", "auto-generated"])

# --- an API key whose secret is said to be left out --------------------------------------------------
_SECRET_LEFT_OUT = re.compile(
    r"\b(?:api\s+)?secret\s+(?:is\s+)?(?:not\s+(?:included|attached|sent|shared|pasted)|left\s+out|omitted|withheld)"
    r"|\bwithout\s+(?:the\s+|our\s+|my\s+)?(?:api\s+)?secret\b"
    r"|\b(?:didn'?t|did\s+not|won'?t|will\s+not)\s+(?:include|send|share|paste)\s+(?:the\s+|our\s+|my\s+)?secret\b"
    r"|secret\s*(?:故意|特意|先)?(?:没发|沒發|没给|没贴|不发|未发)"
    r"|(?:没发|沒發|没给|不发)\s*secret"
)

# --- an amount ------------------------------------------------------------------------------------------
_UNIT_AFTER = re.compile(
    r"^\s*(?:usdt|usdc|btc|eth|bnb|trx|sol|usd|eur|gbp|cny|rmb|dollars?|coins?|tokens?|sats?|satoshis?|gwei|wei"
    r"|元|块|塊|个币|u)(?![a-z])"
)
_CODE_WORD_BEFORE = re.compile(r"code|otp|验证码|驗證碼|口令|密码|密碼")

# --- the documentation's example secret --------------------------------------------------------------
_DOCS = re.compile(r"\bdocs?\b|\bdocumentation\b|文档|文檔|官方示例")
_EXAMPLE = re.compile(r"\bexample\b|\bsample\b|\bdummy\b|\bplaceholder\b|示例|范例|範例|例子")
_QUOTES = "\"'“”‘’「」"


def _is_mail_anti_phishing(text: str, low: str, f: Finding) -> bool:
    if f.kind != PASSWORD:
        return False
    label = None
    for m in _AP_LABEL.finditer(low, max(0, f.start - 40), f.start):
        label = m
    if label is None:
        return False
    if _AP_FROM_MAIL_BEFORE.search(low, 0, f.start) is not None:
        return True
    return _AP_FROM_MAIL_AFTER.search(low[f.end : f.end + 60]) is not None


def _is_promo_code(low: str, f: Finding) -> bool:
    if f.kind not in (OTP_CODE, PASSWORD):
        return False
    if _PROMO_BEFORE.search(low[max(0, f.start - 40) : f.start]) is None:
        return False
    return _ONE_TIME_WORDS.search(low) is None


def _is_hypothetical_password(low: str, f: Finding) -> bool:
    if f.kind != PASSWORD:
        return False
    return _HYPOTHETICAL.search(low) is not None and _ASKS_STRENGTH.search(low) is not None


def _is_no_value(low: str, f: Finding) -> bool:
    if f.kind != PASSWORD:
        return False
    value = low[f.start : f.end].strip()
    if value in _PURPOSE_VERBS and _PASSWORD_TO.search(low[max(0, f.start - 20) : f.start]):
        return True
    return value in _DESCRIBES and _LENGTH_AFTER.search(low[f.end : f.end + 16]) is not None


def _is_amount(text: str, low: str, f: Finding) -> bool:
    if f.kind != OTP_CODE or not text[f.start : f.end].isdigit():
        return False
    if _UNIT_AFTER.search(low[f.end : f.end + 12]) is None:
        return False
    return _CODE_WORD_BEFORE.search(low[max(0, f.start - 20) : f.start]) is None


def _is_docs_example(text: str, low: str, f: Finding) -> bool:
    if f.kind != API_SECRET or f.start == 0 or text[f.start - 1] not in _QUOTES:
        return False
    return _DOCS.search(low) is not None and _EXAMPLE.search(low) is not None


def _blank_left_out(text: str, low: str) -> str | None:
    """``text`` with "secret not included"-style phrases blanked (same length), or None if it has none."""
    if "secret" not in low:
        return None
    out = text
    hit = False
    for m in _SECRET_LEFT_OUT.finditer(low):
        out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
        hit = True
    return out if hit else None


def drop_r17_public(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the public values above."""
    if not found or all(f.kind not in (PASSWORD, OTP_CODE, API_SECRET) for f in found):
        return list(found)
    low = ascii_lower(text)
    has_ap = "phishing" in low or "钓" in low or "釣" in low
    kept: list[Finding] = []
    for f in found:
        if has_ap and _is_mail_anti_phishing(text, low, f):
            continue
        if _is_promo_code(low, f) or _is_hypothetical_password(low, f) or _is_no_value(low, f):
            continue
        if _is_docs_example(text, low, f) or _is_amount(text, low, f):
            continue
        kept.append(f)
    if any(f.kind == API_SECRET for f in kept) and (blanked := _blank_left_out(text, low)) is not None:
        kept = drop_r16_public(blanked, kept)
    return kept
