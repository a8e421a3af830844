"""Exchange API credentials and 2FA (TOTP) secrets, found by their label or by their shape.

* API key / secret: a label ("API key", "secret key", "apiSecret=", "API密钥", "API 私钥") right
  before a token of 16+ letters, digits, ``-`` or ``_``. API keys are credentials too: with the
  secret they trade and withdraw in the customer's name.
* API passphrase (OKX-style): a passphrase label ("passphrase", "密码短语", "API口令") before any
  value of 4+ characters that is not a word describing it ("passphrase is wrong").
* 2FA secret: base32 (A-Z, 2-7; 16 to 64 characters, often in groups of four) after a label
  ("authenticator key", "2FA secret", "backup key", "谷歌验证器密钥"), inside an ``otpauth://``
  link (``secret=``), or anywhere in a message that talks about 2FA when it has the shape: at
  least 16 characters with both letters and the digits 2-7 (random base32 almost always has
  both; words and order numbers never do).

Labels may be written as environment variables ("EXCHANGE_API_KEY="), with an aside ("密钥（secret）：",
"passphrase (the 25th word) is") or a relative clause ("the secret I sign with is"); a labelled
API secret may be base64 or 32 hex digits. A 2FA secret is written in one case: matched on the
text as typed, so a mixed-case base58 address in a message about 2FA is not one, and lower-case
groups without a label are words ("4567 bank transfer"); the shape alone counts within 150
characters of a word about 2FA.

Runs on the folded, ASCII-lower-cased text (``fold.fold_inbound``): full-width and Traditional
spellings of the labels are read as the plain ones.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .label_scan import INBOUND
from .textutil import AsciiFirst, ascii_lower, compile_ascii, literal_alternation, near
from .types import API_SECRET, TOTP_SECRET

_CONNECT = re.compile(
    r"(?:\s*[(（][^()（）\n]{1,30}[)）])?"  # an aside: "passphrase (the 25th word) is", "密钥（secret）："
    # a relative clause: "the secret I sign with is", "the key we created for the bot is"
    # round 10: whoever showed or gave it ("the setup key they showed was …", "the key it gave me is")
    r"(?:\s+(?:that\s+|which\s+)?(?:i|we|they|you|it|he|she)\s+[a-z]+(?:\s+(?:it\s+)?(?:with|for|on|in|to|at|me|us))?"
    r"(?:\s+(?:yesterday|today|earlier|before|then|last\s+time))?)?"
    # where it is or what it is for: "for my bot", "under the QR", "shown below the QR code" (round 5)
    r"(?:\s+(?:shown\s+|printed\s+|written\s+)?(?:for|of|on|under|below|beneath|next\s+to|from)\s+"
    r"(?:(?:the|my|your|our)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?=\s*(?:[:=：]|=>|->|\bis\b|\bwas\b|是|为)))?"
    r"\s*(?:[:=：]|=>|->|\bis\b|\bwas\b|是|为|：)?\s*[\"'`「“]?\s*"
)
_API_LABEL = compile_ascii(
    # "(?<![a-z0-9])" rather than \b: an environment variable "EXCHANGE_API_KEY=" is a label too
    r"(?<![a-z0-9])api[\s_-]*(?:key|secret(?:[\s_-]*key)?)s?\b|\bapikey\b|\bapisecret\b|\bsecret[\s_-]*key\b"
    r"|\bsecretkey\b|\baccess[\s_-]*key\b|\bapi\b[^\n]{0,3}?(?:密钥|秘钥|私钥|金钥)|api\s*key"
    r"|(?<![a-z])secret(?![a-z])"
    r"|接口(?:密钥|秘钥|私钥|金钥)"  # round 10: 接口 is how Chinese names an API ("接口密钥：…")
)
# round 10: after an API label, a few Chinese words before the value ("我把API密钥发你们看一下 DD90…"):
# Chinese prose does not go on with a long Latin token, so that token is what the label names
_ZH_FILLER = re.compile(r"[\u3400-\u9fff]{1,10}\s*[:：]?\s*")
# "key: <long token>", "私钥 <long token>": a long mixed token that is not hex (hex keys are keys.py's)
_KEY_LABEL = compile_ascii(r"\bkey\s*[:=：]|私钥|密钥|秘钥|金钥")
# round 10: base64 too ("Private key: OpvkpB4f…/MBY0…=="); a path ("/home/…") is no value
_LONG_VALUE = re.compile(r"(?P<val>(?!/)[a-z0-9_+/=-]{32,})(?![a-z0-9_+/=-])")
# base64 secrets ("+", "/", "=") too: some exchanges show the secret that way
_API_VALUE = re.compile(r"(?P<val>[a-z0-9_+/=-]{16,})(?![a-z0-9_+/=-])")
_PASSPHRASE_LABEL = compile_ascii(
    r"\b(?:api[\s_-]*)?pass[\s_-]*phrase\b|密码短语|口令短语|api[^\n]{0,3}?(?:口令|密码)"
    # round 6: a BIP39 passphrase named as the extra word or as the phrase's password
    r"|\b(?:13|25)th\s+word\b|第\s*(?:13|25|十三|二十五)\s*个?(?:单?词)|助记词密码(?:短语)?"
)
# round 6: a bare word after the label that is followed by "is" was the clause's last word
# ("passphrase I set on ledger is X": the connector stopped at "on")
_WORD_THEN_SAYS = re.compile(r"[a-z]+\s*(?:[:=：]|\bis\b|\bwas\b|是|为)\s*")
_SAYS_VALUE = re.compile(r"[:=：\"'`「“]|=>|->|(?<![a-z])(?:is|was)(?![a-z])|是|为")
# round 6: a value may hold Chinese when it has a Latin letter or digit too ("我爱北京2020")
_PASSPHRASE_VALUE = re.compile(r"(?P<val>[!-~]{4,}|(?=[^\s，。]*[0-9a-z])[!-~\u4e00-\u9fff]{4,})")
_DESCRIBING: Final = frozenset(
    {
        "wrong",
        "incorrect",
        "invalid",
        "correct",
        "right",
        "not",
        "lost",
        "forgotten",
        "required",
        "needed",
        "missing",
        "empty",
        "different",
        "the",
        "my",
        "your",
        "what",
        "when",
        "for",
        "and",
        "which",
        "that",
        "this",
        "is",
        "was",
        "mean",
        "means",
        "do",
        "does",
        "field",
        "box",
        "option",
        "setting",
        "settings",
        "page",
    }
)
_DESCRIBING_ENDINGS: Final = ("al", "ed", "ing", "ive", "ble", "ous", "ful", "less", "ary")
# every match of _TOTP_LABEL ends with one of these: without any, the label scan is skipped
_TOTP_NOUN = AsciiFirst(
    re.compile(literal_alternation(("key", "secret", "seed", "密钥", "秘钥", "金钥", "私钥")))
)
_TOTP_LABEL = compile_ascii(
    r"\b(?:2fa|mfa|totp|otp|google\s*auth(?:enticator)?|authenticator|ga)\b[^\n]{0,24}?"
    r"(?:\bkey\b|\bsecret\b|\bseed\b|密钥|秘钥|金钥|key)"
    r"|\b(?:backup|setup|recovery|secret)\s+key\b"
    # round 10: a key named by its length ("16 digit key from the QR page", "the 32 character secret"):
    # what a 2FA setup screen shows; the value must still be base32 of a secret's length
    r"|\b(?:16|26|32)[\s-]*(?:digits?|char(?:acter)?s?|letters?)\s+(?:key|secret|code)\b"
    r"|(?:谷歌验证器?|身份验证器|验证器|谷歌|2fa|ga|二次验证|两步验证|二步验证|双重验证|双因素)[^\n]{0,8}?(?:密钥|秘钥|金钥|key|私钥)"
    r"|备份(?:密钥|秘钥|金钥)"  # round 10: 备份金鑰 (Traditional, folded): the 2FA backup key
)
# Words that make a message about 2FA (a literal trie scan: this runs on every message).
_TOTP_CONTEXT_WORDS = INBOUND.phrases(
    [
        "2fa",
        "mfa",
        "totp",
        "authenticator",
        "google auth",
        "google authenticator",
        "googleauth",
        "two-factor",
        "two factor",
        "otpauth",
        "qr code",
        "qrcode",
        "谷歌验证",
        "身份验证器",
        "验证器",
        "二维码",
        "二次验证",
        "两步验证",
        "二步验证",
        "双重验证",
    ]  # round 10: the Chinese names of 2FA
)
# Base32 in one case (on the text as typed): a mixed-case token is something else, and a word of the
# other case before it ("auth BNAWVAAX…") is not part of it.
_BASE32_UPPER = re.compile(
    r"(?<![A-Za-z0-9])(?P<val>[A-Z2-7]{4}(?:[ -]?[A-Z2-7]{4}){3,15}|[A-Z2-7]{16,64})(?![A-Za-z0-9])"
)
_BASE32_LOWER = re.compile(
    r"(?<![A-Za-z0-9])(?P<val>[a-z2-7]{4}(?:[ -]?[a-z2-7]{4}){3,15}|[a-z2-7]{16,64})(?![A-Za-z0-9])"
)
_OTPAUTH = re.compile(r"otpauth://[^\s]*?[?&]secret=(?P<val>[a-z2-7]+)")
_OTPAUTH_LINK = re.compile(r"otpauth://\S*")
_WINDOW: Final = 40
_LABEL_REACH: Final = 80
_CONTEXT_REACH: Final = 150
# Literal words each label holds: the label patterns are only tried around them (``near``).
_API_WORDS = INBOUND.phrases(["api", "apikey", "apisecret", "secret", "secretkey", "access", "接口"])
_KEY_WORDS = INBOUND.phrases(["key", "私钥", "密钥", "秘钥", "金钥"])
_PHRASE_WORDS = INBOUND.phrases(
    ["phrase", "passphrase", "api", "短语", "13th word", "25th word", "个词", "助记词密码"]
)
_TOTP_WORDS = INBOUND.phrases(
    [
        "2fa",
        "mfa",
        "totp",
        "otp",
        "google",
        "googleauth",
        "authenticator",
        "ga",
        "backup",
        "setup",
        "recovery",
        "secret",
        "谷歌",
        "验证器",
        "身份验证器",
        # round 10: a key named by its length (whole phrases: "digit" alone is in every "6-digit code")
        "digit key",
        "digits key",
        "digit secret",
        "digits secret",
        "digit code",
        "digits code",
        "character key",
        "characters key",
        "character secret",
        "char key",
        "chars key",
        "letter key",
        "letters key",
        "二次验证",
        "两步验证",
        "二步验证",
        "双重验证",
        "双因素",
        "备份",
    ]
)
# Every label above holds one of these: a message with none of them is skipped at once.
_ANY_LABEL = AsciiFirst(
    re.compile(
        literal_alternation(
            (
                "api",
                "key",
                "secret",
                "phrase",
                "2fa",
                "mfa",
                "otp",
                "auth",
                "backup",
                "setup",
                "recovery",
                "qr",
                "th word",
                "个词",
                "密钥",
                "秘钥",
                "金钥",
                "私钥",
                "口令",
                "密码",
                "验证器",
                "谷歌",
                "二维码",
            )
        )
    )
)
# A base32 secret of 16+ characters has a letter next to one of the digits 2-7.
_LETTER_DIGIT = re.compile(r"[a-z][2-7]|[2-7][a-z]")
_KEY_HINTS: Final = (
    "backup key",
    "setup key",
    "recovery key",
    "secret key",
    "key under",
    "密钥",
    "秘钥",
    "金钥",
    "digit key",
    "digits key",
    "character key",
    "characters key",
    "char key",
    "letter key",  # round 10
)
_KEY_HINTS_EN: Final = tuple(w for w in _KEY_HINTS if w.isascii())
_KEY_HINTS_ZH: Final = tuple(w for w in _KEY_HINTS if not w.isascii())
_HEX = re.compile(r"(?:0x)?[0-9a-f]+")


def _key_hint(low: str) -> bool:
    """Any of ``_KEY_HINTS`` in ``low`` (each English one holds "key": one ``in`` test for most messages)."""
    if "key" in low and any(w in low for w in _KEY_HINTS_EN):
        return True
    return not low.isascii() and any(w in low for w in _KEY_HINTS_ZH)


def _hex_key_or_address(value: str) -> bool:
    """A 64-hex key or a 40-hex address (``keys.py`` decides those); other hex, such as the 32-hex
    secrets some exchanges issue, is a value here."""
    return _HEX.fullmatch(value) is not None and len(value.removeprefix("0x")) in (40, 64)


class LabelledHit(NamedTuple):
    kind: str
    start: int
    end: int


def _base32_shape(value: str, labelled: bool = False) -> bool:
    """Base32 of a secret's length; unlabelled it must also mix letters with 2-7 (words don't)."""
    core = value.replace(" ", "").replace("-", "")
    if not 16 <= len(core) <= 64 or not any(c.isalpha() for c in core):
        return False
    return labelled or any(c in "234567" for c in core)


def find_labelled_secrets(text: str) -> list[LabelledHit]:
    """API credentials and 2FA secrets in (folded) ``text``; value spans only."""
    low = ascii_lower(text)
    hits: list[LabelledHit] = []
    if _ANY_LABEL.search(low) is None:
        return hits
    api = "api" in low or "secret" in low or "access" in low or "接口" in low
    otpauth = [m.span() for m in _OTPAUTH_LINK.finditer(low)] if "otpauth" in low else []
    for m in near(_API_LABEL, _API_WORDS, low, before=4, after=40) if api else ():
        if any(a <= m.start() < b for a, b in otpauth):
            continue  # "otpauth://...?secret=": a 2FA secret, found below
        conn = _CONNECT.match(low, m.end())
        pos = conn.end() if conn else m.end()
        v = _API_VALUE.match(low, pos)
        if v is None and not low.isascii():
            filler = _ZH_FILLER.match(low, pos)
            v = _API_VALUE.match(low, filler.end()) if filler is not None else None
            value = v.group() if v is not None else ""
            if not any(c.isalpha() for c in value) or len(value) < 24 or _hex_key_or_address(value):
                v = None  # after a filler: a credential's length, letters and digits; a tx hash is keys.py's
        if v is not None and any(c.isdigit() for c in v.group()):
            hits.append(LabelledHit(API_SECRET, v.start(), v.end()))
    keyish = "key" in low or "钥" in low
    for m in near(_KEY_LABEL, _KEY_WORDS, low, before=0, after=8) if keyish else ():
        conn = _CONNECT.match(low, m.end())
        v = _LONG_VALUE.match(low, conn.end() if conn else m.end())
        ok = v is not None and any(c.isdigit() for c in v.group()) and any(c.isalpha() for c in v.group())
        if v is not None and ok and not _hex_key_or_address(v.group()):
            hits.append(LabelledHit(API_SECRET, v.start(), v.end()))
    phrase = "phrase" in low or "口令" in low or "短语" in low or "api" in low
    phrase = phrase or "th word" in low or "助记词密码" in low or "个词" in low
    for m in near(_PASSPHRASE_LABEL, _PHRASE_WORDS, low, before=8, after=16) if phrase else ():
        conn = _CONNECT.match(low, m.end())
        pos = conn.end() if conn else m.end()
        again = _WORD_THEN_SAYS.match(low, pos)
        pos = again.end() if again is not None and _SAYS_VALUE.search(low, m.end(), pos) is None else pos
        v = _PASSPHRASE_VALUE.match(low, pos)
        if v is not None:
            value = v.group().rstrip(".,;:!?\"'`」”")
            if value.isalpha() and _SAYS_VALUE.search(low, m.end(), pos) is None:
                continue  # "BIP39 passphrase wallets": a bare word after the label, nothing saying it is one
            if value.isalpha() and value.endswith(_DESCRIBING_ENDINGS):
                continue  # round 6: "the 25th word is optional", "passphrase is case-sensitive"
            if value and value not in _DESCRIBING and not value.startswith("[redacted"):
                hits.append(LabelledHit(API_SECRET, v.start(), v.start() + len(value)))
    for m in _OTPAUTH.finditer(low) if "otpauth" in low else ():
        hits.append(LabelledHit(TOTP_SECRET, m.start("val"), m.end("val")))
    # 2FA secrets: right after a label, or with the shape in a message about 2FA
    context = _TOTP_CONTEXT_WORDS.spans(low, 0, len(low))
    if not context and not _key_hint(low):
        return hits
    # the shape alone counts near a word about 2FA (a long message talks about other things too)
    spans: list[tuple[int, int]] = []
    for a, b in context:
        lo, hi = max(0, a - _CONTEXT_REACH), min(len(low), b + _CONTEXT_REACH)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
        else:
            spans.append((lo, hi))
    spans = [(lo, hi) for lo, hi in spans if _LETTER_DIGIT.search(low, lo, hi) is not None]
    candidates = [
        m for lo, hi in spans for pat in (_BASE32_UPPER, _BASE32_LOWER) for m in pat.finditer(text, lo, hi)
    ]
    # right after a label ("TOTP secret QTJK JLHB ..."), base32 without 2-7 digits counts too
    label_ends: list[int] = []
    for label in near(_TOTP_LABEL, _TOTP_WORDS, low, before=12, after=40) if _TOTP_NOUN.search(low) else ():
        label_ends.append(label.end())
        conn = _CONNECT.match(low, label.end())
        at = conn.end() if conn else label.end()
        b32 = _BASE32_UPPER.match(text, at) or _BASE32_LOWER.match(text, at)
        if b32 is not None and _base32_shape(b32.group(), labelled=True):
            hits.append(LabelledHit(TOTP_SECRET, b32.start(), b32.end()))
    for m in candidates:
        # lower-case groups count after a 2FA-key label in the same stretch of text ("the setup key
        # google auth gave me: xoub mvqg …"), not on their own ("4567 bank transfer")
        labelled = any(0 <= m.start() - end <= _LABEL_REACH for end in label_ends)
        if not _base32_shape(m.group()) or not _one_case(m.group(), grouped_upper=not labelled):
            continue
        hits.append(LabelledHit(TOTP_SECRET, m.start(), m.end()))
    return hits


def _one_case(value: str, grouped_upper: bool = False) -> bool:
    """Base32 is written in one case: a mixed-case token is something else (a base58 address,
    "TZbUfE6j…"). Without a label, groups separated by spaces must be upper case: lower-case ones
    are words ("4567 bank transfer", "into your web3")."""
    letters = [c for c in value if c.isalpha()]
    upper = all(c.isupper() for c in letters)
    if not (upper or all(c.islower() for c in letters)):
        return False
    return upper or not grouped_upper or not any(c in " -" for c in value)
