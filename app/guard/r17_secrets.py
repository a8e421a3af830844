"""Round 17 (guard17in): r24 and r25's missed secrets, by family, in one message.

Each rule is gated by cheap literal cues before its pattern runs; each family is a class of wording:

* **A code the customer reads off a device** ("the number in the app is 156954 and it changes every
  30s", "APP 上的数字是 109025，30秒就变"): 4-8 digits after the number / digits / 数字 of the app, phone
  or authenticator, in a message that says it is fresh (changes, seconds, hurry, 变, 秒, 快).
* **A code relayed to someone** ("我把 387675 告诉他了", "先发了：607498" on a call-back, "the buyer sent me a
  code … 964344"): digits told / read out / sent, in a message naming a code or a call.
* **A code quoted from its own SMS** ("Exchange: 723972 is your withdrawal confirmation code"): digits
  followed by "is your … code".
* **A corrected code** ("the code was six digits? no it was 678032"): "it was / it's" + digits after a
  code word in the same message.
* **A 64-hex key named as a key** ("export my key from metamask … <64 hex>", "key of the deposit wallet
  (I own it): 0x<64 hex>", pinyin "sy发你：0x<64 hex>"): the word key (or sy / siyao / 私钥) shortly
  before, and no transaction word (tx, hash, txid, 交易, 哈希) between them.
* **An API secret announced earlier in the sentence** ("posted our secret in a public GitHub repo:
  <32 hex>", "Binance-style secret from our old setup, maybe same format: <64>", "the secret, I put <32
  hex> with passphrase"): a random token of 32+ characters within 70 characters after "secret".
* **A list of backup codes** ("recovery codes from the 2FA setup: …, hpybmw81mf, 6s5ss0bijt", 还有备用码
  cqxa-wdnv): in a message naming backup / recovery codes, each token of two groups of 4-5 letters or
  digits joined by a dash, or a solid 8-12 with a letter and a digit.
* **A magic-link token** (".../auth/magic?token=<token>"): the token of a login / magic / auth link's
  query (the URL stays; only the token logs in).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .textutil import ascii_lower
from .types import API_SECRET, OTP_CODE, PRIVATE_KEY

__all__ = ["R17Hit", "find_r17_secrets"]


class R17Hit(NamedTuple):
    kind: str
    start: int
    end: int


_FOUR_DIGITS = re.compile(r"\d{4}")
_DIGITS = r"(?<![0-9a-z.\-/])(?P<v>\d{4,8})(?![0-9a-z%.,]\d|[0-9a-z%])"

_DEVICE_NUMBER = re.compile(
    r"(?:\b(?:number|numbers|digits|code)\s+(?:in|on|from)\s+(?:the\s+|my\s+)?"
    r"(?:app|phone|authenticator|google\s+auth\w*|authy|token|device)"
    r"|(?:app|手机|验证器|谷歌验证器?)\s*(?:上|里|裏)?(?:的|显示的)?数字)"
    r"[^0-9\n]{0,50}?" + _DIGITS
)
# a device number is a code when the message says it is fresh ("changes every 30s", "hurry", 马上就变);
# "the number in the app was 25000" is an amount
_FRESH = re.compile(
    r"\bchang(?:es|ing)\b|\bevery\s+\d+\s*s|\bseconds?\b|\bexpir|\bquick|\bhurry|\bfast\b|\brefresh|变|變|秒|快"
)
_RELAYED_ZH = re.compile(r"(?:我把|把)\s*(?P<v>\d{4,8})\s*(?:告诉|告訴|念给|发给|報俾|给)")
_RELAYED_CALL_ZH = re.compile(
    r"(?:电话|電話|念|读)[^0-9\n]{0,20}(?:先发了|先發了|发了|发你)\s*[:：]?\s*(?P<v>\d{4,8})"
)
_RELAYED_EN = re.compile(r"\b(?:sent|gave|told|read)\s+me\s+a\s+code\b[^0-9\n]{0,80}?" + _DIGITS)
_NEEDS_NUMBER = re.compile(r"\bneeds?\s+the\s+(?:number|code|digits)\b[^0-9\n]{0,60}?" + _DIGITS)
_SMS_QUOTE = re.compile(_DIGITS + r"\s+is\s+your\s+(?:[a-z-]+\s+){0,4}code\b")
_CORRECTED = re.compile(r"\bcode\b[^\n]{0,40}?\bno,?\s+(?:it\s+was|it'?s|its)\s+" + _DIGITS)

_HEX64_QUICK = re.compile(r"[0-9a-fA-F]{64}")
_HEX64 = re.compile(r"(?<![0-9a-fA-Fx])(?:0x)?[0-9a-fA-F]{64}(?![0-9a-fA-F])")
# "key" as the noun naming the value, not "key question / point / issue"
_KEY_BEFORE = re.compile(
    r"(?:\bkey\b(?!\s+(?:question|point|issue|problem|thing|part|reason|step|date|info|fact))|\bsy\b|\bsiyao\b"
    r"|私钥|私鑰)(?P<gap>[^\n]{0,80})$"
)
_TX_WORD = re.compile(r"\btx|hash|txid|transaction|交易|哈希|充值记录|\bpublic\b|\baddress\b|地址")
# the word right before the value says what it is: a deposit, a withdrawal, an order …
_NAMED_BEFORE = re.compile(
    r"\b(?:deposit|deposits|withdrawal|withdraw|transfer|order|id|tx|txid|hash|block|contract)\s*[:#]?\s*$|充值\s*$|提币\s*$"
)

_SECRET_THEN_TOKEN = re.compile(
    r"\bsecret\b(?P<gap>[^\n]{0,70}?)(?<![0-9A-Za-z])(?P<v>[0-9A-Za-z]{32,88})(?![0-9A-Za-z])"
)
_BACKUP_WORDS = re.compile(
    r"(?:backup|recovery|emergency|rescue)\s+codes?|备用码|備用碼|恢复码|恢復碼|救援码"
)
_BACKUP_TOKEN = re.compile(
    r"(?<![0-9a-z_\-])(?:[0-9a-z]{4,5}-[0-9a-z]{4,5}|(?=[a-z]*[0-9])(?=[0-9]*[a-z])[0-9a-z]{8,12})(?![0-9a-z_\-])"
)
_MAGIC_LINK = re.compile(
    r"https?://\S*?(?:magic|login|auth|signin|sign-in|verify)\S*?[?&](?:token|t|code|key|magic)="
    r"(?P<v>[A-Za-z0-9_\-]{16,})"
)


def _is_random(v: str) -> bool:
    return any(c.isdigit() for c in v) and any(c.isalpha() for c in v)


def _codes(text: str, low: str) -> list[R17Hit]:
    out: list[R17Hit] = []
    if ("number" in low or "digit" in low or "数字" in text or "code" in low) and _FRESH.search(low):
        out += [R17Hit(OTP_CODE, *m.span("v")) for m in _DEVICE_NUMBER.finditer(low)]
    if not text.isascii():
        out += [R17Hit(OTP_CODE, *m.span("v")) for m in _RELAYED_ZH.finditer(text)]
        out += [R17Hit(OTP_CODE, *m.span("v")) for m in _RELAYED_CALL_ZH.finditer(text)]
    if "code" in low or "number" in low:
        for rx in (_RELAYED_EN, _NEEDS_NUMBER, _SMS_QUOTE, _CORRECTED):
            for m in rx.finditer(low):
                out.append(R17Hit(OTP_CODE, *m.span("v")))
    return out


def _hex_keys(text: str, low: str) -> list[R17Hit]:
    out: list[R17Hit] = []
    for m in _HEX64.finditer(text):
        k = _KEY_BEFORE.search(low, max(0, m.start() - 90), m.start())
        if k is None or _TX_WORD.search(k.group("gap")) is not None:
            continue
        if _NAMED_BEFORE.search(low[max(0, m.start() - 16) : m.start()]) is None:
            out.append(R17Hit(PRIVATE_KEY, *m.span()))
    return out


def _api_secrets(text: str, low: str) -> list[R17Hit]:
    out: list[R17Hit] = []
    for m in _SECRET_THEN_TOKEN.finditer(low):
        if _is_random(m.group("v")) and "not " not in m.group("gap").lower():
            out.append(R17Hit(API_SECRET, *m.span("v")))
    return out


def _backup_codes(low: str) -> list[R17Hit]:
    m = _BACKUP_WORDS.search(low)
    if m is None:
        return []
    return [R17Hit(OTP_CODE, *t.span()) for t in _BACKUP_TOKEN.finditer(low, m.end(), m.end() + 400)]


def find_r17_secrets(text: str) -> list[R17Hit]:
    """Every round-17 finding in the folded ``text``.

    Gated by one C-level search each (four digits in a row, 64 hex characters, a backup-code name, a
    secret word, a URL with a query), so an ordinary message without them pays a few scans; the
    lower-cased copy is made only past a gate."""
    out: list[R17Hit] = []
    digits = _FOUR_DIGITS.search(text) is not None
    hexes = len(text) >= 64 and _HEX64_QUICK.search(text) is not None
    link = "=" in text and "://" in text
    low = text.lower() if text.isascii() else ascii_lower(text)
    if digits:
        out += _codes(text, low)
    if hexes:
        out += _hex_keys(text, low)
    if "secret" in low:
        out += _api_secrets(text, low)
    if ("code" in low or "码" in text or "碼" in text) and _BACKUP_WORDS.search(low) is not None:
        out += _backup_codes(low)
    if link:
        out += [R17Hit(OTP_CODE, *m.span("v")) for m in _MAGIC_LINK.finditer(text)]
    return out
