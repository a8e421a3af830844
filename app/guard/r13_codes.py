"""Codes, backup codes and API key ids in shapes r19's customers used and no earlier rule reads (round 13).

* **Spoken digits with "nought"** ("nine, nought, three, three, five, eight"): British speech; six to
  eight digit words, commas allowed, one of them nought/naught.
* **A code with letters after a code's name or what shows it** ("the verification code XKR-551-093",
  "the sms says B4T9QH"): dash groups of capitals and digits (letters and 4+ digits), or 6-8 capitals
  and digits that alternate (a ticker such as TRC20 or ERC721 changes once), within a few words after
  code / says / shows / 验证码, in a message naming a channel or the code. Not after a public label
  (promo, referral, order, ticket …).
* **A number that came to the phone** ("you asked what came to my phone: 551 208"): six digits (or
  3+3) in a message that says something arrived on a phone, by sms or e-mail, not next to other
  digits, not before a unit, not a round number, not named as a ticket or order.
* **A PIN in two groups** ("pin the app gave me 0031 7745"): 3-4 + 3-4 digits after "pin".
* **Recovery codes with letters** ("a recovery code: 4KTM-P9QW-2ZHX", 恢复码：…): three or four
  dash groups of letters and digits after a backup/recovery/emergency code's name.
* **Backup codes in pairs** ("emergency codes b7k1 m3p9 and q2w8 z5x4"): every pair of four-character
  groups holding digits after the name, up to the end of the sentence.
* **Single digits joined by dashes** ("it says 4-0-9-2-7-1"): six to eight, as a code is read out or
  copied digit by digit; no date, phone or id is written that way.
* **验证码 in pinyin** ("yanzhengma 662180", "yzm: 5512 90"): four to eight digits after it.
* **An API key id beside its secret** ("key <32 mixed-case chars> / secret …", API … 密钥 …): a
  random-looking token (both cases and digits, 20-64 characters) after "key"/API in a message that
  also names a secret; the key id is as much a credential as the secret beside it.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final, NamedTuple

from .cue_windows import near_cues
from .types import API_SECRET, OTP_CODE, TOTP_SECRET


class R13CodeHit(NamedTuple):
    kind: str
    start: int
    end: int


_NOUGHT = re.compile(
    r"(?<![a-z])(?:zero|oh|nought|naught|one|two|three|four|five|six|seven|eight|nine)"
    r"(?:[\s,-]+(?:zero|oh|nought|naught|one|two|three|four|five|six|seven|eight|nine)){5,7}(?![a-z])"
)
_LETTER_CODE = re.compile(
    r"(?<![A-Za-z0-9-])(?P<v>[A-Z0-9]{2,5}(?:-[A-Z0-9]{2,5}){1,3}|[A-Z0-9]{6,8})(?![A-Za-z0-9-])"
)
_CAPITAL_DIGIT = re.compile(r"[A-Z]-?[0-9]|[0-9]-?[A-Z]")
_LETTER_CUES: Final = ("code", "say", "said", "show", "read", "码", "写着", "显示")
_CHANNEL = re.compile(
    r"(?<![a-z])(?:e-?mail|mail|inbox|sms|text|phone|app|verif\w*|confirm\w*|code|otp|login|withdraw\w*)"
    r"(?![a-z])|邮件|邮箱|短信|手机|验证|确认"
)
_PUBLIC_NEAR = re.compile(
    r"(?<![a-z])(?:promo|promotion|referral|invite|invitation|coupon|voucher|gift|order|ticket|case|ref"
    r"|reference|tracking|error|model|serial|sku|invoice|network|chain|token|standard|id|uid|device)(?![a-z])"
    r"|邀请|推荐|优惠|订单|工单|错误|型号|网络|链|编号|案件|单号|设备"
)
_ARRIVED = re.compile(
    r"(?<![a-z])(?:came|come|sent|arrived|got|get|received|texted|delivered)(?![a-z])[^.!?。！？]{0,30}?"
    r"(?<![a-z])(?:phone|mobile|sms|text|e-?mail|inbox|app)(?![a-z])"
    r"|(?<![a-z])(?:phone|mobile|sms|text|e-?mail|inbox)(?![a-z])[^.!?。！？]{0,12}?"
    r"(?<![a-z])(?:came|got|received|says|said|shows)(?![a-z])"
    r"|手机收到|短信(?:收到|来了|说|里)|收到的(?:短信|数字|号码)"
)
# digits first (a C scan for a digit); what may not sit before it is checked in Python
_SIX = re.compile(r"(?P<v>[0-9]{3}(?: [0-9]{3}|[0-9]{3}))(?![0-9]|[.,][0-9]| [0-9])")
_ARRIVED_REACH: Final = 90
_VERB = re.compile(r"came|come|sent|arrived|got|get|received|texted|delivered|says|said|shows|收到|短信")
_LETTER_EDGE = re.compile(r"[a-z]")
_NUMBER_CHARS: Final = frozenset("0123456789.,+#")
_UNIT_AFTER = re.compile(
    r"\s*(?:usdt|usdc|usd|btc|eth|eur|gbp|cny|rmb|\$|dollars?|coins?|tokens?|sats?|元|块|个)(?![a-z])"
)
_NAMED_PUBLIC = re.compile(
    r"(?<![a-z])(?:ticket|order|reference|ref|case|invoice|uid|id|tx|txid|error|phone\s+number|number\s+of"
    r"|(?:my|phone|mobile|the)\s+number\s+is)(?![a-z])"
    r"|订单|工单|编号|单号"
)
_PIN = re.compile(r"(?<![a-z])pin(?:\s*code)?(?![a-z])|pin码")
_PIN_VALUE = re.compile(r"(?<![0-9])(?P<v>[0-9]{3,4}[ -][0-9]{3,4})(?![0-9]|[ -][0-9])")
_BACKUP = re.compile(
    r"(?<![a-z])(?:backup|back-up|recovery|emergency|spare|2fa|2-step|two-factor)\s+(?:codes?|keys?)"
    r"|备用码|恢复码|备份码|紧急码|应急码|救援码|紧急备份码|备用验证码"
)
_BACKUP_CUES: Final = (
    "backup",
    "back-up",
    "recovery",
    "emergency",
    "spare",
    "2fa",
    "2-step",
    "two-factor",
    "备用",
    "恢复码",
    "备份码",
    "紧急",
    "应急",
    "救援",
)
_DASHED = re.compile(r"(?<![0-9a-z-])[0-9a-z]{3,5}(?:-[0-9a-z]{3,5}){2,3}(?![0-9a-z-])")
# at every word start (overlapping: "were b7k1" must not hide "b7k1 m3p9")
_PAIR = re.compile(r"(?<![0-9a-z])(?=([0-9a-z]{4} [0-9a-z]{4})(?![0-9a-z]))")
_SENTENCE_END = re.compile(r"[.!?。！？\n]")
_BACKUP_REACH: Final = 90
_KEY_TOKEN = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9]{20,64}(?![A-Za-z0-9+/=_-])")
_KEY_BEFORE = re.compile(r"(?<![a-z])(?:api|key|apikey|api_key)(?![a-z])|api|密钥|私钥")
_NOT_KEY_BEFORE = re.compile(r"(?<![a-z])(?:public|address|wallet|deposit|pub)(?![a-z])|公钥|地址")


def _nought(low: str) -> list[R13CodeHit]:
    if "nought" not in low and "naught" not in low:
        return []
    return [R13CodeHit(OTP_CODE, *m.span()) for m in _NOUGHT.finditer(low) if "ught" in m.group()]


def _alternates(value: str) -> bool:
    """Letters and digits alternate at least twice ("G7N4QZ"), as a ticker ("TRC20") never does."""
    kinds = [c.isdigit() for c in value]
    return sum(1 for a, b in pairwise(kinds) if a != b) >= 3


def _letter_codes(text: str, low: str) -> list[R13CodeHit]:
    if _CAPITAL_DIGIT.search(text) is None:
        return []  # a capital next to a digit (or a dash between): every value below has one
    windows = near_cues(low, _LETTER_CUES, 0, 40)
    if not windows or _CHANNEL.search(low) is None:
        return []
    out: list[R13CodeHit] = []
    for lo, hi in windows:
        if _CAPITAL_DIGIT.search(text, lo, hi) is None:
            continue
        for m in _LETTER_CODE.finditer(text, lo, hi):
            value = m.group("v")
            digits = sum(c.isdigit() for c in value)
            letters = sum(c.isalpha() for c in value)
            if letters < 2 or digits < 2:
                continue
            if "-" in value:
                if digits < 4 or value.count("-") < 2:
                    continue  # "IS-4402", "AB-1234": an error or reference code has two groups
            elif not _alternates(value):
                continue
            if _PUBLIC_NEAR.search(low, max(0, m.start() - 30), m.start()):
                continue
            out.append(R13CodeHit(OTP_CODE, *m.span("v")))
    return out


def _arrived_numbers(work: str, low: str) -> list[R13CodeHit]:
    if not (  # chained literal tests (~0.1 us) before any regex
        "came" in low
        or "come" in low
        or "sent" in low
        or "arriv" in low
        or "got" in low
        or "get" in low
        or "receiv" in low
        or "text" in low
        or "deliver" in low
        or "sms" in low
        or "mail" in low
        or (not low.isascii() and ("收到" in low or "短信" in low))
    ):
        return []
    out: list[R13CodeHit] = []
    for m in _SIX.finditer(low):
        s, e = m.span("v")
        before = low[max(0, s - 2) : s]
        if before[-1:] in _NUMBER_CHARS or (before[-1:] == " " and before[:1].isdigit()):
            continue  # part of a longer number ("+44 7700 900461", "1,250,000")
        if _LETTER_EDGE.match(before[-1:]) or _LETTER_EDGE.match(low, e):
            continue  # inside a hash or an address ("0x4e8325689bf5…")
        lo, hi = max(0, s - _ARRIVED_REACH), min(len(low), e + _ARRIVED_REACH)
        if _VERB.search(low, lo, hi) is None or _ARRIVED.search(low, lo, hi) is None:
            continue  # a verb of arrival near it (one cheap search) before the full test
        value = m.group("v").replace(" ", "")
        if value.endswith("000") or _UNIT_AFTER.match(low, e):
            continue
        if _NAMED_PUBLIC.search(low, max(0, s - 30), min(len(low), e + 40)):
            continue  # "480112 … the ticket number": a public number named as one
        out.append(R13CodeHit(OTP_CODE, s, e))
    return out


def _pin_groups(low: str) -> list[R13CodeHit]:
    if "pin" not in low:
        return []
    out: list[R13CodeHit] = []
    for m in _PIN.finditer(low):
        v = _PIN_VALUE.search(low, m.end(), min(len(low), m.end() + 40))
        if v is not None and not _UNIT_AFTER.match(low, v.end()):
            out.append(R13CodeHit(OTP_CODE, *v.span("v")))
    return out


def _backup_codes(low: str) -> list[R13CodeHit]:
    if "code" not in low and "key" not in low and "码" not in low:
        return []  # every name below holds one of these
    out: list[R13CodeHit] = []
    for lo, hi in near_cues(low, _BACKUP_CUES, 20, 30):
        for m in _BACKUP.finditer(low, lo, hi):
            stop = _SENTENCE_END.search(low, m.end(), m.end() + _BACKUP_REACH)
            end = stop.start() if stop is not None else min(len(low), m.end() + _BACKUP_REACH)
            for v in _DASHED.finditer(low, m.end(), end):
                value = v.group()
                if sum(c.isdigit() for c in value) >= 3 and sum(c.isalpha() for c in value) >= 3:
                    out.append(R13CodeHit(TOTP_SECRET, *v.span()))
            taken = -1
            for v in _PAIR.finditer(low, m.end(), end):
                groups = v.group(1).split()
                if v.start() < taken or v.end(1) > end:
                    continue
                if all(any(c.isdigit() for c in g) and any(c.isalpha() for c in g) for g in groups):
                    out.append(R13CodeHit(TOTP_SECRET, *v.span(1)))
                    taken = v.end(1)
    return out


def _random_token(value: str) -> bool:
    upper = sum(c.isupper() for c in value)
    lower = sum(c.islower() for c in value)
    digits = sum(c.isdigit() for c in value)
    return upper >= 3 and lower >= 3 and digits >= 2


def _key_ids(text: str, low: str) -> list[R13CodeHit]:
    if "secret" not in low and (low.isascii() or not ("密钥" in low or "私密" in low or "秘钥" in low)):
        return []
    if "key" not in low and "api" not in low and "密钥" not in low:
        return []
    out: list[R13CodeHit] = []
    for m in _KEY_TOKEN.finditer(text):
        s = m.start()
        before = _SENTENCE_END.split(low[max(0, s - 40) : s])[-1]  # the label is in the same sentence
        if _KEY_BEFORE.search(before) is None or _NOT_KEY_BEFORE.search(before) is not None:
            continue
        if not _random_token(m.group()):
            continue
        out.append(R13CodeHit(API_SECRET, *m.span()))
    return out


_DASHED_DIGITS = re.compile(r"(?<![0-9A-Za-z-])[0-9](?:-[0-9]){5,7}(?![0-9A-Za-z-])")
_PINYIN_CODE = re.compile(
    r"(?<![a-z])(?:yanzhengma|yan\s+zheng\s+ma|yzm|duanxinma|jiaoyanma)\s*(?:shi\s+)?[:：=]?\s*"
    r"(?P<v>[0-9](?:\s?[0-9]){3,7})(?![0-9])"
)


def _dashed_or_pinyin(low: str) -> list[R13CodeHit]:
    out = [R13CodeHit(OTP_CODE, *m.span()) for m in _DASHED_DIGITS.finditer(low)] if "-" in low else []
    if "ma" in low or "yzm" in low:
        out += [R13CodeHit(OTP_CODE, *m.span("v")) for m in _PINYIN_CODE.finditer(low)]
    return out


def find_r13_codes(text: str, low: str) -> list[R13CodeHit]:
    """Every round-13 code, backup code and key id in the folded ``text`` (``low``: its ASCII lower
    case, same length)."""
    found = _nought(low)
    found += _letter_codes(text, low)
    found += _arrived_numbers(text, low)
    found += _pin_groups(low)
    found += _backup_codes(low)
    found += _key_ids(text, low)
    found += _dashed_or_pinyin(low)
    return found
