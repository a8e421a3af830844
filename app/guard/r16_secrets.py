"""Round 16 (guard16in): r22 and r23's missed secrets, by family, in one message.

Each rule is gated by literal cues (``in`` tests on the lower-cased text) before any pattern runs:

* **A phrase one word short** (r22 "助记词少了一个，剩下的是 <11 words>", "我漏抄了一个 <11 words>",
  r23 "有一个词我看不清了，剩下的是 …"): a run of exactly 11 wordlist words (English, at most one
  misspelt) or 11 separated wordlist characters, in a message that says a word is missing or names the
  phrase (missing / lost / can't read / one word / 少了 / 漏 / 剩下 / 看不清 / 助记词 / seed …). A 12-word
  run is the older rules' (``seed``); 11 is what is left when the customer lost one.
* **A 2FA key in groups of letters, or solid** (r23 "the manual entry key B6SB K7UX YILI …", "16-digit key
  from the authenticator page UHDL SUHV HZGA LEWE", "I saved the secret when I scanned the QR: m23q hevy
  7w5u …", r22 "绑定GA的时候那串字母 xqjnb2zmgtfg3yyz"): 4-8 groups of exactly four base32 characters (A-Z,
  2-7, one case), or one solid run of 16 or 32 of them with a digit or in capitals, in a message that
  names 2FA (2fa, authenticator, authy, QR, manual entry, setup key, GA, 谷歌验证, 二次验证, 绑定 …).
  Round 15's grouped rule wants a digit in half the groups; a base32 key often has none.
* **A 64-byte base58 key pair named as a key** (r23 "here's the secret key for the sol wallet … <88>",
  "<87> solflare key", "<88>\\nthis is from solflare"): decodes to 64 bytes and the message names a key or
  a Solana wallet app and no signature, transaction or hash. ``keys`` reads "sol" as a transaction
  word, which outweighed "secret key" before it.
* **Spoken digits in a row** (r22 "我念一下：五、五、八、二、一、零", "我看到的是 拐两四两六两",
  r23 "是 <4 digits>洞六"): 4-8 digits written as Chinese numerals, radio digits (幺 两 洞 拐 勾) or
  Arabic digits, one by one or separated by 、 ， or spaces, at least two not Arabic, in a message
  about a code or what was seen / read out (码 / 念 / 看到 / 收到 / 显示 / 数字 / 短信 …), not
  followed by a measure word or another word ("一般", "三天").
* **A new password reported** (r22 "I reset it yesterday to NewPass2025$", r23 "i changed it, new one
  xnqqlpxosmFlaMIp"): changed / reset / set / updated it (or my password) … to / new one (is) + a value
  of 8+ characters with a digit, a symbol or mixed case.
* **An API secret by a short label or after its pair's slash** (r23 "sec: eR7m5Rx…", "key + secret:
  <secret> / DoPOoJ…", "… secret below\\n<32 hex>"): "sec" / "secret below" then a random token of 24+;
  a random token after "/" that follows a redacted API secret.
* **An API passphrase of several words** (r22 "API passphrase: my dog eats socks 4ever"): after "api
  passphrase" and a colon / is, the rest of the line when it holds 2-6 words and a digit or symbol.
* **Codes listed by their channel** (r22 "it just said 3402 for the phone one and 742875 for the email"):
  4-8 digits, then "for the phone / sms / email / app one|code", or "one and <digits> for the …".
* **A second guess at a password** (r22 "the password might be <password> or greenfield58"): a value with a
  letter and a digit or symbol after "or" right after a password already redacted (the mask).
* **A value named after as the password** (r22 "就是 woshishui! 这个密码"): a value with a letter and a digit
  or symbol right before 这个密码.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .base58 import b58decode
from .seed_en import find_runs
from .seed_zh import separated_runs
from .types import API_SECRET, OTP_CODE, PASSWORD, PRIVATE_KEY, SEED_PHRASE, TOTP_SECRET

__all__ = ["R16Hit", "find_r16_secrets", "grouped_or_solid_base32", "names_2fa"]

_MASK = "\ue000"


class R16Hit(NamedTuple):
    kind: str
    start: int
    end: int


# --- a phrase one word short ---------------------------------------------------------------------------
# words that say one is missing, or name the phrase or its wallet (after the ten-gap gate: cheap)
_SHORT_CUES: Final = (
    "missing",
    "lost",
    "one word",
    "can't read",
    "cant read",
    "forgot",
    "seed",
    "phrase",
    "mnemonic",
    "少了",
    "漏",
    "剩下",
    "看不清",
    "缺",
    "助记词",
    "助記詞",
    "钱包",
    "錢包",
)
_SHORT_CUE = re.compile("|".join(re.escape(c) for c in _SHORT_CUES))
_SEPARATORS_MIN = 10  # eleven words have ten gaps


def _short_phrase(text: str, low: str) -> list[R16Hit]:
    gaps = low.count(" ")
    if gaps < _SEPARATORS_MIN and (
        text.isascii() or gaps + text.count("、") + text.count("，") < _SEPARATORS_MIN
    ):
        return []
    if _SHORT_CUE.search(low) is None:
        return []
    out: list[R16Hit] = []
    for run in find_runs(low, min_words=11):
        if len(run.words) == 11 and run.fuzzy <= 1:
            out.append(R16Hit(SEED_PHRASE, run.words[0].start, run.words[-1].end))
    for zh in separated_runs(text, min_words=11):
        if len(zh.chars) == 11 and zh.unknown == 0:
            out.append(R16Hit(SEED_PHRASE, zh.start, zh.end))
    return out


# --- a 2FA key in groups or solid ----------------------------------------------------------------------
_TOTP_CUES: Final = (
    "2fa",
    "two-factor",
    "two factor",
    "authenticator",
    "authy",
    "qr",
    "manual entry",
    "setup key",
    "setup code",
    "backup key",
    "ga ",
    "ga的",
    "绑定ga",
    "totp",
    "谷歌验证",
    "谷歌驗證",
    "二次验证",
    "验证器",
    "身份验证",
    "绑定",
    "那串",
    "密钥",
    "16位",
    "16-digit",
    "16 digit",
    "16 letter",
    "32 letter",
)
_TOTP_CUE = re.compile("|".join(re.escape(c) for c in _TOTP_CUES))
_TOTP_ASCII_CUE = re.compile("|".join(re.escape(c) for c in _TOTP_CUES if c.isascii()))
_TOTP_CJK_CUE = re.compile("|".join(re.escape(c) for c in _TOTP_CUES if not c.isascii()))
_GROUPED32 = re.compile(
    r"(?<![A-Za-z0-9])"
    r"(?:[A-Z2-7]{4}(?:[ \-][A-Z2-7]{4}){3,7}|[a-z2-7]{4}(?:[ \-][a-z2-7]{4}){3,7})"
    r"(?![A-Za-z0-9])"
)
_SOLID32 = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Z2-7]{16}|[a-z2-7]{16}|[A-Z2-7]{32}|[a-z2-7]{32})(?![A-Za-z0-9])"
)


_CONSONANTS3 = re.compile(r"[b-df-hj-np-tv-xz]{3}|^[b-df-hj-np-tv-xz]+$")


def _not_words(run: str) -> bool:
    """Groups of four letters are a key, not words in capitals or a sentence ("every time even with time
    sync"): a digit, or a group no word is spelt like (no vowel, or three consonants in a row)."""
    if any(c.isdigit() for c in run):
        return True
    return any(_CONSONANTS3.search(g.lower()) for g in re.split(r"[ \-]", run))


def _totp_keys(text: str, low: str, ascii_only: bool) -> list[R16Hit]:
    if _TOTP_ASCII_CUE.search(low) is None and (ascii_only or _TOTP_CJK_CUE.search(text) is None):
        return []  # a 2FA word (two alternations, the Chinese one only on a message with CJK: measured)
    out = [
        R16Hit(TOTP_SECRET, m.start(), m.end()) for m in _GROUPED32.finditer(text) if _not_words(m.group())
    ]
    for m in _SOLID32.finditer(text):
        value = m.group()
        if value.isupper() or any(c.isdigit() for c in value):
            out.append(R16Hit(TOTP_SECRET, m.start(), m.end()))
    if not out:
        return out
    words = _SOLID32.sub(" ", _GROUPED32.sub(" ", text)).lower()  # a cue in the words, not in a key
    return out if _TOTP_CUE.search(words) is not None else []


def names_2fa(low: str) -> bool:
    """Whether a (lower-cased) message names 2FA (for ``r16_split``: a key's part sent next)."""
    return _TOTP_CUE.search(low) is not None


def grouped_or_solid_base32(text: str) -> tuple[int, int] | None:
    """The span of the one base32 key shape in ``text`` (grouped, or solid in capitals / with a digit)."""
    found = [m.span() for m in _GROUPED32.finditer(text) if _not_words(m.group())]
    found += [
        m.span()
        for m in _SOLID32.finditer(text)
        if m.group().isupper() or any(c.isdigit() for c in m.group())
    ]
    return found[0] if len(found) == 1 else None


# --- a base58 key pair named as a key ------------------------------------------------------------------
_B58_64 = re.compile(r"(?<![1-9A-HJ-NP-Za-km-z])[1-9A-HJ-NP-Za-km-z]{85,90}(?![1-9A-HJ-NP-Za-km-z])")
_B58_KEY_CUES: Final = ("key", "secret", "private", "phantom", "solflare", "backpack", "私钥", "密钥", "私鑰")
_B58_TX = re.compile(
    r"signature|\bsig\b|\btx|txid|hash|transaction|explorer|solscan|withdr|deposit|交易|签名|哈希|提现|充值|转账"
)


def _base58_pairs(text: str, low: str) -> list[R16Hit]:
    if len(text) < 85 or not any(c in low for c in _B58_KEY_CUES):
        return []
    tokens = list(_B58_64.finditer(text))
    if not tokens:
        return []
    words = _B58_64.sub(" ", text).lower()  # the cues in the customer's words, never inside a token
    if not any(c in words for c in _B58_KEY_CUES) or _B58_TX.search(words) is not None:
        return []
    out: list[R16Hit] = []
    for m in tokens:
        raw = b58decode(m.group())
        if raw is not None and len(raw) == 64:
            out.append(R16Hit(PRIVATE_KEY, m.start(), m.end()))
    return out


# --- spoken digits in a row ----------------------------------------------------------------------------
_DIGIT_ZH: Final = "零〇一二三四五六七八九幺两洞拐勾"
_SPOKEN = re.compile(
    rf"(?<![{_DIGIT_ZH}0-9{_MASK}])[{_DIGIT_ZH}0-9{_MASK}](?:[、，,\s]?[{_DIGIT_ZH}0-9{_MASK}]){{3,9}}"
    rf"(?![{_DIGIT_ZH}0-9十百千万个天次块元年月号点分岁位条周])"
)
_SPOKEN_CUE = re.compile("码|念|看到|收到|显示|数字|短信|验证|code")
_TWO_DIGITS = re.compile(
    rf"[{_DIGIT_ZH}][、，,\s]?[{_DIGIT_ZH}0-9{_MASK}]|[0-9{_MASK}][、，,\s]?[{_DIGIT_ZH}]"
)


_WORD_AFTER_OK: Final = "吗呢吧了啊哦的是对"
_REST_OF_CODE = re.compile(rf"{_MASK}[{_DIGIT_ZH}]{{2,}}$")


def _spoken_digits(text: str) -> list[R16Hit]:
    if _SPOKEN_CUE.search(text) is None or _TWO_DIGITS.search(text) is None:
        return []
    out: list[R16Hit] = []
    for m in _SPOKEN.finditer(text):
        after = text[m.end() : m.end() + 1]
        if after and "\u4e00" <= after <= "\u9fff" and after not in _WORD_AFTER_OK:
            continue  # a word goes on ("一般", "三天"): prose, not digits read out
        value = m.group()
        chars = [c for c in value if c in _DIGIT_ZH or c.isdigit() or c == _MASK]
        spoken = sum(c in _DIGIT_ZH for c in chars)
        if spoken < 2:
            continue
        if _MASK not in value:
            if 4 <= len(chars) <= 8:
                out.append(R16Hit(OTP_CODE, m.start(), m.end()))
        elif re.search(
            rf"{_MASK}[{_DIGIT_ZH}]{{2,}}$", value
        ):  # "8841洞六": the rest of a code taken in part
            out.append(R16Hit(OTP_CODE, m.start(), m.end()))
    return out


# --- a new password reported ---------------------------------------------------------------------------
_NEW_PASSWORD = re.compile(
    r"(?<![a-z])(?:changed|reset|set|updated|switched)\s+(?:it|my password|the password|my pass|my pw)\b"
    r"[^.?!\n]{0,24}?(?:\bto|\bnew one(?:\s+is)?|\bnow(?:\s+it'?s)?)\s*[:：]?\s*"
    r"([^\s,，。!?'\"]{8,40})"
)


def _strong(value: str) -> bool:
    has_digit = any(c.isdigit() for c in value)
    has_symbol = any(not c.isalnum() for c in value)
    mixed = any(c.isupper() for c in value) and any(c.islower() for c in value)
    return has_digit or has_symbol or mixed


def _new_password(text: str, low: str) -> list[R16Hit]:
    if "changed" not in low and "reset" not in low and "set " not in low and "updated" not in low:
        return []
    out: list[R16Hit] = []
    for m in _NEW_PASSWORD.finditer(low):
        value = text[m.start(1) : m.end(1)].rstrip(".")
        if _strong(value) and not value.isdigit():
            out.append(R16Hit(PASSWORD, m.start(1), m.start(1) + len(value)))
    return out


# --- an API secret by a short label or after its pair's slash; a passphrase of words ---------------------
_RANDOM = r"[A-Za-z0-9+/=_\-]{24,128}"
_SEC_LABEL = re.compile(
    r"(?<![A-Za-z0-9_\-])(?:sec|secret below)(?![a-z])\s*(?:[:：=]|\n|\s)\s*(" + _RANDOM + ")"
)
_AFTER_SLASH = re.compile(_MASK + r"+\s*/\s*(" + _RANDOM + ")")
_API_PASSPHRASE = re.compile(
    r"(?<![a-z])api\s+pass\s*phrase\s*(?:is|[:：=])\s*([^\n.,;!?]{4,60}?)\s*(?=$|[\n.,;!?])"
)


def _random(value: str) -> bool:
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


def _api_values(text: str, low: str) -> list[R16Hit]:
    out: list[R16Hit] = []
    if "sec" in low:
        out += [
            R16Hit(API_SECRET, m.start(1), m.end(1)) for m in _SEC_LABEL.finditer(text) if _random(m.group(1))
        ]
    if _MASK in text and "/" in text:
        out += [
            R16Hit(API_SECRET, m.start(1), m.end(1))
            for m in _AFTER_SLASH.finditer(text)
            if _random(m.group(1))
        ]
    if "passphrase" in low or "pass phrase" in low:
        for m in _API_PASSPHRASE.finditer(low):
            words = m.group(1).split()
            if 2 <= len(words) <= 6 and any(not c.isalpha() and not c.isspace() for c in m.group(1)):
                out.append(R16Hit(API_SECRET, m.start(1), m.end(1)))
    return out


# --- codes listed by their channel; a second guess at a password; a value named after as 这个密码 ---------
_BY_CHANNEL = re.compile(
    r"(?<![0-9])([0-9]{4,8})\s+for\s+(?:the|my)\s+(?:phone|sms|text|e-?mail|mail|authenticator|app)\s+(?:one|code)\b"
)
_AND_CHANNEL = re.compile(
    r"\b(?:one|code)\s+and\s+([0-9]{4,8})\s+for\s+(?:the|my)\s+(?:phone|sms|text|e-?mail|mail|authenticator|app)\b"
)
_OR_GUESS = re.compile(
    _MASK + r"+[\"'”]?\s+or\s+(?:maybe\s+|perhaps\s+)?([A-Za-z][A-Za-z0-9!@#$%^&*._\-]{5,39})"
)
_THIS_PASSWORD = re.compile(r"([A-Za-z0-9!@#$%^&*._\-]{6,40})\s*这个密码")


def _has_letter_and_digit_or_symbol(value: str) -> bool:
    return any(c.isalpha() for c in value) and any(not c.isalpha() for c in value)


def _listed_values(text: str, low: str) -> list[R16Hit]:
    out: list[R16Hit] = []
    if " for " in low and (" one" in low or "code" in low):
        out += [R16Hit(OTP_CODE, m.start(1), m.end(1)) for m in _BY_CHANNEL.finditer(low)]
        out += [R16Hit(OTP_CODE, m.start(1), m.end(1)) for m in _AND_CHANNEL.finditer(low)]
    if _MASK in text and " or " in low:
        for m in _OR_GUESS.finditer(text):
            value = m.group(1).rstrip(".!")
            if _has_letter_and_digit_or_symbol(value):
                out.append(R16Hit(PASSWORD, m.start(1), m.start(1) + len(value)))
    if "这个密码" in text:
        for m in _THIS_PASSWORD.finditer(text):
            if _has_letter_and_digit_or_symbol(m.group(1)):
                out.append(R16Hit(PASSWORD, m.start(1), m.end(1)))
    return out


def find_r16_secrets(text: str, low: str, again: bool = False) -> list[R16Hit]:
    """Every round-16 finding in the folded ``text`` (``low``: its ASCII lower-case, same length).

    ``again``: ``text`` is a later pass of ``inbound`` (the first pass's redaction): a new password
    reported, API values and listed values only; the phrase one word short, 2FA keys, base58 pairs and
    spoken digits never found anything there (session 14, guardspeed11; ``inbound._detect_again``)."""
    if again:
        return _new_password(text, low) + _api_values(text, low) + _listed_values(text, low)
    ascii_only = text.isascii()  # O(1) in CPython: spoken digits and the Chinese cues need a CJK character
    found = _short_phrase(text, low)
    found += _totp_keys(text, low, ascii_only)
    found += _base58_pairs(text, low)
    if not ascii_only:
        found += _spoken_digits(text)
    found += _new_password(text, low)
    found += _api_values(text, low)
    found += _listed_values(text, low)
    return found
