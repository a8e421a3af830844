"""Round 19 (guard19in): values a customer shows that are not secrets, dropped after every rule.

r27 and r28's touched ordinary messages, by family (each a class of wording, not the batch's phrase):

* **A person named after their role** ("lead trader Kite_88 closed everything", "the seller
  Mika_Z keeps asking…", 带单员Kite_88): a password finding (the learnt scorer's, most often) right
  after a role noun (trader, seller, buyer, merchant, friend, 带单员, 卖家, 商家 …) with no secret word
  in the few characters before it: a name or a handle, the subject of the sentence.
* **The public half of an API key, said to be only the key** ("is sharing the key (not the secret)
  ok?", 把key（不是secret）给会计, "只给 key，secret 我自己留着"): round 16's public-key rule, with the
  words that keep the secret out ("not the secret", "secret 我自己留着", "only the key") not counted
  as a secret named; and the one who receives the key ("API key 给 3commas 安全吗", "share the API key
  with Coinrule2") is no value ("changed my key to X" is no hand-over: X stays).
* **A code read off an e-mail** (the product's ruling: read off an e-mail = public, stated as their own
  setting = secret): "the email says my anti phishing code is X", "the mail says code X at the top",
  邮件开头的码是X. An anti-phishing label after the mail "says / reads / shows"; or a bare "code" the mail
  shows whose value has a letter (a one-time code the mail carries is digits, and stays) and no one-time
  word (verification, 2FA, 验证 …) in its clause.
* **The sender of an SMS** ("got a SMS from 10632441 saying…", 短信来自1069xxxx): digits right after
  "from" / "sender" in a clause about a text message, or after 来自 / 发件号码.

``drop_r19_public`` runs last in ``inbound._drop_public_values`` (``scan_inbound`` and
``scan_conversation``). It only ever removes findings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .r16_public import drop_r16_public
from .textutil import ascii_lower
from .types import API_SECRET, OTP_CODE, PASSWORD, Finding

__all__ = ["drop_r19_public"]

_CLAUSE_END = re.compile(r"[.!?;。！？；\n]")

# --- a person named after their role ---------------------------------------------------------------------
_ROLE_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:lead\s+trader|trader|seller|buyer|merchant|counterparty|advertiser|vendor|provider|master"
    r"|mentor|influencer|streamer|friend|colleague|guy|admin|moderator|manager|agent|broker|user|partner)"
    r"|带单员|帶單員|交易员|交易員|卖家|賣家|买家|買家|商家|对方|對方|老师|老師|博主|群主|导师|導師|朋友|经理|經理"
    r"|客服|用户|用戶|网友|網友|大佬)\s*$"
)
_NAME = re.compile(r"@?[A-Za-z0-9_.\-]{2,40}")
_SECRET_NEAR = re.compile(
    r"pass|pwd|pin(?![a-z])|code|otp|key|secret|phrase|密码|密碼|口令|码|碼|密钥|私钥|助记"
)


def _is_named_person(text: str, low: str, f: Finding) -> bool:
    if f.kind != PASSWORD or _NAME.fullmatch(text, f.start, f.end) is None:
        return False
    before = low[max(0, f.start - 24) : f.start]
    role = _ROLE_BEFORE.search(before)
    return role is not None and _SECRET_NEAR.search(before, 0, role.start()) is None


# --- the public half of an API key, said to be only the key --------------------------------------------
_ONLY_THE_KEY = re.compile(
    r"[(（]?\s*(?:not|but\s+not|and\s+not|without)\s+(?:the\s+|my\s+|our\s+)?(?:api\s+)?secret(?:\s+key)?\s*[)）]?"
    r"|(?<![a-z])(?:keep|keeping|kept)\s+(?:the\s+|my\s+|our\s+)?(?:api\s+)?secret(?:\s+key)?(?:\s+(?:to\s+)?"
    r"(?:myself|private|safe|secret))?"
    r"|(?<![a-z])only\s+(?:the\s+)?(?:api\s+)?key(?![a-z])"
    r"|[(（]?\s*(?:不是|不含|不给|不發|不发|没给|沒給)\s*(?:api\s*)?secret(?:\s*key)?\s*[)）]?"
    r"|(?:api\s*)?secret(?:\s*key)?\s*(?:我|我自己|自己)?(?:留着|留著|保留|不给|不給|不发|不發|没给|沒給)"
    r"|只(?:给|給|发|發)\s*(?:api\s*)?key"
)
# the one who receives the key: 给 after the key ("API key 给 X"), or "to / with" after give / send / share
_RECIPIENT_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:api\s*)?key|密钥|秘钥)\s*(?:给|給|交给|交給|发给|發給)\s*$"
    r"|(?<![a-z])(?:give|gave|giving|send|sent|sending|share|shared|sharing|show|showed|showing)\s+"
    r"(?:the\s+|my\s+|our\s+)?(?:api\s*)?key\s+(?:to|with)\s*$"
)


def _blank_only_key(text: str, low: str) -> str | None:
    """``text`` with "not the secret"-style phrases blanked (same length), or None if it has none."""
    if "secret" not in low and "key" not in low:
        return None
    out = text
    hit = False
    for m in _ONLY_THE_KEY.finditer(low):
        out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
        hit = True
    return out if hit else None


def _is_key_recipient(low: str, f: Finding) -> bool:
    return (
        f.kind in (PASSWORD, OTP_CODE)
        and _RECIPIENT_BEFORE.search(low[max(0, f.start - 40) : f.start]) is not None
    )


# --- a code read off an e-mail ------------------------------------------------------------------------------
_MAIL = r"(?:e-?mail|(?<![a-z])mail|邮件|郵件|电邮|電郵)"
_MAIL_SAYS = re.compile(
    _MAIL
    + r"\w*\s+(?:from\s+\w+\s+)?(?:says|said|say|reads|read|shows|showed|displays|displayed|lists|listed"
    r"|mentions|mentioned|claims|claimed|has|had|gives|gave|contains|quotes|quoted|prints|printed)(?![a-z])"
)
_AP_LABEL = re.compile(r"anti[\s-]*phishing\s+(?:code|phrase|word)|防[钓釣][鱼魚](?:码|碼|短语|词|代码)")
_MAIL_CODE_EN = re.compile(
    _MAIL
    + r"\w*\s+(?:says|said|shows|showed|reads|has|had|displays|displayed)\s+(?:a\s+|the\s+|my\s+|this\s+)?"
    r"code\s*(?:is|was|[:：=])?\s*[\"'“]?$"
)
# where the anti-phishing code sits in a genuine e-mail: at its top (an e-mail's one-time code is in its body)
_AT_TOP = re.compile(r"(?<![a-z])(?:at\s+the\s+top|top\s+of|in\s+the\s+header|first\s+line)(?![a-z])")
_MAIL_TOP_ZH = re.compile(
    _MAIL + r"(?:的)?(?:开头|開頭|顶部|頂部|最上面|最上方|抬头|抬頭|第一行)(?:的|显示的|顯示的|写的|寫的)?"
    r"(?:码|碼|代码|代碼)\s*(?:是|为|為|[:：])?\s*[\"'“]?$"
)
_ONE_TIME = re.compile(r"verif|2fa|otp|one[\s-]*time|sms|login\s+code|验证|驗證|动态|動態|短信|登录码|登錄碼")


def _clause_before(low: str, start: int) -> str:
    before = low[max(0, start - 80) : start]
    return _CLAUSE_END.split(before)[-1]


def _is_read_off_mail(text: str, low: str, f: Finding) -> bool:
    if f.kind not in (PASSWORD, OTP_CODE):
        return False
    clause = _clause_before(low, f.start)
    if _AP_LABEL.search(clause) is not None:
        return _MAIL_SAYS.search(clause) is not None
    if _ONE_TIME.search(clause) is not None or not any("a" <= c <= "z" for c in low[f.start : f.end]):
        return False  # a one-time code the mail carries is digits, or named as one
    if _MAIL_TOP_ZH.search(clause) is not None:
        return True
    top = _AT_TOP.search(clause) is not None or _AT_TOP.search(low, f.end, f.end + 30) is not None
    return top and _MAIL_CODE_EN.search(clause) is not None


# --- the sender of an SMS -----------------------------------------------------------------------------------
_SENDER_BEFORE = re.compile(
    r"(?<![a-z])(?:sms|text|texts|message|messages|msg)(?![a-z])[^.!?\n]{0,20}?(?<![a-z])(?:from|sender)"
    r"\s*(?:number|no\.?|#)?\s*[:：]?\s*\+?$"
    r"|(?:短信|簡訊|信息|消息)[^。！？\n]{0,12}?(?:来自|來自|发自|發自|发件号码|發件號碼|发送号码|發送號碼|发信号码|發信號碼)"
    r"\s*(?:是|为|[:：])?\s*\+?$"
)


def _is_sms_sender(text: str, low: str, f: Finding) -> bool:
    if f.kind not in (PASSWORD, OTP_CODE) or not text[f.start : f.end].isdigit():
        return False
    return _SENDER_BEFORE.search(_clause_before(low, f.start)) is not None


def drop_r19_public(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the public values above. Each test looks at a few characters before its
    finding, so a message pays only for the password and code findings it has."""
    if not found or all(f.kind not in (PASSWORD, OTP_CODE, API_SECRET) for f in found):
        return list(found)
    low = ascii_lower(text)
    has_mail = "mail" in low or "邮件" in text or "郵件" in text or "电邮" in text or "電郵" in text
    kept: list[Finding] = []
    for f in found:
        if f.kind in (PASSWORD, OTP_CODE) and (
            _is_named_person(text, low, f)
            or (has_mail and _is_read_off_mail(text, low, f))
            or _is_sms_sender(text, low, f)
            or _is_key_recipient(low, f)
        ):
            continue
        kept.append(f)
    if (
        any(f.kind == API_SECRET for f in kept)
        and ("key" in low or "secret" in low)
        and (blanked := _blank_only_key(text, low)) is not None
    ):
        kept = drop_r16_public(blanked, kept)
    return kept
