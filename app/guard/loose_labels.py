"""Secrets whose label is loose: written short, far, or around a clause (round 11).

The label rules (``labelled_secrets``, ``anti_phishing``) want the label next to the value with a
connector between. r17's customers wrote labels the way chat is written:

* **a label squeezed or clipped**: "Antiphishing: M1ST-42", "anti phishing - Mango_21" (no "code"
  after it), 防钓鱼码设置的 小白兔88 (设置的 without 是);
* **a label with a clause between it and "is"**: "the passphrase I set for the API is moonshot-rocket-77",
  "the pin we use on the app is 4471", "the secret I got from the API page was …";
* **2FA backup codes** by their own name: "one of my backup codes kq7z-p2mx", "recovery code: 8812 0937",
  备用码 k2m9-x7qp: the shape of a backup code (two groups of 4-5 letters and digits, or 8-10 of
  them with both) after the name, within a few words;
* **a 2FA setup key named by the screen it came from**: "Key shown under the QR: E3EW 7VGT XIDK EZBR",
  "the 2FA page gives me this: jbsw y3dp …", 二维码下面那串 …: base32 of a setup key's length (16, 26 or
  32 letters, grouped by 4 or not, one case, a digit 2-7 in it) with a 2FA word (QR, 2FA,
  authenticator, setup, 二维码, 谷歌验证, 验证器) in the message and "key/secret/code/this/密钥" before it;
* **an API secret after a sentence about it**: "3commas asks me for the secret, is this right? <base64>":
  a base64 token of 32+ characters (both cases, digits, and ``+``, ``/`` or a ``=`` tail: a hash,
  an address or an id never has those) in a message that names a secret, an API or a key.

Each rule is gated by a literal test, so messages without the words pay a few ``in``.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .context_secrets import plausible_password
from .cue_windows import cue_windows
from .password_shape import trim
from .types import API_SECRET, PASSWORD, TOTP_SECRET

_ANTI_PHISH_EN = re.compile(
    r"(?<![a-z])anti[\s-]*phish(?:ing)?(?:\s+(?:code|phrase|word))?\s*(?:[:：=]|\s-|—|–|->)\s*[\"'“‘]?"
    r"(?P<val>[!-~]{3,40})"
)
_ANTI_PHISH_ZH = re.compile(
    r"防钓鱼(?:码|短语|词|代码|口令)?(?:我|我的)?(?:设置的|设的|设置了|设了|用的)\s*[:：]?\s*[\"'“‘「]?"
    r"(?P<val>[^\s，。！？,.!?；;、\"'”’」]{2,16})"
    # "防钓鱼 Mango_21": the label clipped, then an ASCII token with a digit
    r"|防钓鱼\s+(?P<aval>(?=[!-~]*\d)[!-~]{4,40})(?![!-~])"
)
_LATIN_OR_DIGIT = re.compile(r"[0-9a-z]", re.IGNORECASE)
_QUESTION_ZH = re.compile(r"什么|多少|哪|怎么|啥|吗")
_CLAUSE_LABEL = re.compile(
    r"(?<![a-z])(?P<label>(?:api\s+)?(?:passphrase|pass\s+phrase|password|pin|passcode|secret|api\s+key))"
    r"\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:\w+\s+)?"
    r"(?:set|made|chose|created|use|used|picked|gave|entered|typed|got|copied|saved|generated)(?:\s+(?:up|it))?"
    r"(?:\s+(?:for|on|in|to|with|at|from)\s+(?:the\s+|my\s+|this\s+|that\s+|your\s+)?[\w-]+(?:\s+(?!is\b|was\b)[a-z]+)?)"
    r"{0,2}"
    r"\s*(?:is|was|[:：=])\s*[\"'“‘]?(?P<val>[!-~]{4,80})"
    # "my API passphrase, which I made last week, is X": the clause between commas
    r"|(?<![a-z])(?P<label2>(?:api\s+)?(?:passphrase|pass\s+phrase|password|pin|passcode|secret))\s*[,(]\s*"
    r"(?:which|that|the\s+one)\s[^,.()\n]{2,50}[,)]\s*(?:is|was)\s*[:：]?\s*[\"'“‘]?(?P<val2>[!-~]{4,80})"
)
_BACKUP = re.compile(
    r"(?<![a-z])(?:backup|back-up|recovery|emergency|spare|2fa\s+backup)\s+codes?"
    r"|备用码|恢复码|备份码|救援码|紧急码|备用验证码"
)
_BACKUP_VALUE = re.compile(
    r"(?<![0-9a-z-])(?:(?=[0-9a-z -]*[0-9])(?=[0-9a-z -]*[a-z])[0-9a-z]{4,5}[- ][0-9a-z]{4,5}"
    r"|\d{4,5}[- ]\d{4,5}|(?=[0-9a-z]*[0-9])(?=[0-9a-z]*[a-z])[0-9a-z]{8,10}|\d{8,10})(?![0-9a-z-])"
)
_BACKUP_REACH: Final = 40
_HAS_DIGIT = re.compile(r"[0-9]")
_TWO_FA_WORDS: Final = (
    ("qr", "2fa", "auth", "setup", "set up", "set-up", "totp"),  # "auth": authenticator, authy, google auth
    ("二维码", "谷歌验证", "验证器", "两步验证", "二次验证", "双重验证"),
)
_KEY_BEFORE = re.compile(
    r"(?<![a-z])(?:key|secret|code|this|string|text|letters|seed|backup)(?![a-z])|密钥|秘钥|那串|这串|字符|代码"
)
_BASE32 = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Z2-7]{4}(?:[ -][A-Z2-7]{4}){3,7}(?:[ -][A-Z2-7]{2,4})?"
    r"|[a-z2-7]{4}(?:[ -][a-z2-7]{4}){3,7}(?:[ -][a-z2-7]{2,4})?"
    r"|[A-Z2-7]{16,32}|[a-z2-7]{16,32})(?![A-Za-z0-9])"
)
_BASE32_LENGTHS: Final = frozenset({16, 26, 32})
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{32,}={0,2}(?![A-Za-z0-9+/=])")
_B64_CORE = re.compile(r"[A-Za-z0-9+/]{32}")
_CLAUSE_CUES: Final = ("passphrase", "pass phrase", "password", "pin", "passcode", "secret", "api key")
_BACKUP_CUES: Final = (
    ("backup", "back-up", "recovery", "emergency", "spare"),
    ("备用码", "恢复码", "备份码", "救援码", "紧急码", "备用验证码"),
)
_SECRET_WORDS: Final = ("secret", "api", "key", "密钥", "秘钥", "私钥")


def _any_cue(low: str, text: str, cues: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """Does ``low`` hold one of the ASCII cues, or (a text that is not ASCII) one of the Chinese ones?"""
    for cue in cues[0]:
        if cue in low:
            return True
    if not text.isascii():
        for cue in cues[1]:
            if cue in text:
                return True
    return False


class LooseHit(NamedTuple):
    kind: str
    start: int
    end: int


def _anti_phishing(text: str, low: str) -> list[LooseHit]:
    out: list[LooseHit] = []
    if "phish" in low:
        for m in _ANTI_PHISH_EN.finditer(low):
            s, e = trim(text, *m.span("val"))
            value = text[s:e]
            named = any(c.isdigit() or c.isupper() for c in value) or not value.isalpha()
            if e > s and named and plausible_password(value, strict=False):
                out.append(LooseHit(PASSWORD, s, e))
    if "钓鱼" in text:
        for m in _ANTI_PHISH_ZH.finditer(low):
            s, e = trim(text, *m.span("val" if m.group("val") is not None else "aval"))
            value = text[s:e]
            if e > s and _LATIN_OR_DIGIT.search(value) and _QUESTION_ZH.search(value) is None:
                out.append(LooseHit(PASSWORD, s, e))
    return out


def _clause_label(text: str, low: str) -> list[LooseHit]:
    if " i " not in low and " we " not in low and "which" not in low and "that" not in low:
        return []
    out: list[LooseHit] = []
    windows = cue_windows(low, _CLAUSE_CUES, 0, 160)
    for m in (m for lo, hi in windows for m in _CLAUSE_LABEL.finditer(low, lo, hi)):
        first = m.group("val") is not None
        s, e = trim(text, *m.span("val" if first else "val2"))
        value = text[s:e]
        if e <= s or not plausible_password(value, strict=False):
            continue
        if not any(c.isdigit() or not c.isalnum() for c in value):
            continue  # "the password I set yesterday is gone": a bare word is prose
        label = m.group("label" if first else "label2")
        kind = API_SECRET if ("api" in label or "phrase" in label or "secret" in label) else PASSWORD
        out.append(LooseHit(kind, s, e))
    return out


def _backup_codes(text: str, low: str) -> list[LooseHit]:
    if not _any_cue(low, text, _BACKUP_CUES):
        return []
    out: list[LooseHit] = []
    for m in _BACKUP.finditer(low):
        hi = min(len(low), m.end() + _BACKUP_REACH)
        key = _BASE32.search(text, m.end(), hi)  # a backup (setup) key: "谷歌备份码rwjy7og7ouhqus32"
        if key is not None and len(key.group().replace(" ", "").replace("-", "")) in _BASE32_LENGTHS:
            out.append(LooseHit(TOTP_SECRET, key.start(), key.end()))
            continue
        # round 12: the pattern's look-ahead for a digit reaches past the value ("recovery codes from
        # when i set up 2fa: …" read "from when" as a code): a value holds its own digit
        v = next((v for v in _BACKUP_VALUE.finditer(low, m.end(), hi) if _HAS_DIGIT.search(v.group())), None)
        if v is not None:
            # "backup code for authy: qurm 6lve ewle …": a grouped setup key goes whole
            key = _BASE32.match(text, v.start())
            end = key.end() if key is not None and key.end() > v.end() else v.end()
            out.append(LooseHit(TOTP_SECRET, v.start(), end))
    return out


def _setup_keys(text: str, low: str) -> list[LooseHit]:
    if not _any_cue(low, text, _TWO_FA_WORDS):
        return []
    out: list[LooseHit] = []
    for m in _BASE32.finditer(text):
        raw = m.group()
        core = raw.replace(" ", "").replace("-", "")
        if len(core) not in _BASE32_LENGTHS or not any(c in "234567" for c in core):
            continue
        if sum(1 for c in core if c.isalpha()) < len(core) // 2:
            continue
        if _KEY_BEFORE.search(low, max(0, m.start() - 60), m.start()) is None:
            continue
        out.append(LooseHit(TOTP_SECRET, m.start(), m.end()))
    return out


def _base64_secrets(text: str, low: str) -> list[LooseHit]:
    if ("+" not in text and "/" not in text and "=" not in text) or not any(w in low for w in _SECRET_WORDS):
        return []
    if _B64_CORE.search(text) is None:
        return []
    out: list[LooseHit] = []
    for m in _BASE64.finditer(text):
        value = m.group()
        if not ("+" in value or "/" in value or value.endswith("=")):
            continue
        if "://" in text[max(0, m.start() - 3) : m.start()] or value.startswith("/"):
            continue
        upper = sum(1 for c in value if c.isupper())
        lower = sum(1 for c in value if c.islower())
        digit = sum(1 for c in value if c.isdigit())
        if upper >= 3 and lower >= 3 and digit >= 3:
            out.append(LooseHit(API_SECRET, m.start(), m.end()))
    return out


def find_loose_labels(text: str, low: str) -> list[LooseHit]:
    """Secrets after a loose label (module docstring); ``low`` is ``text`` with A-Z lower-cased."""
    return (
        _anti_phishing(text, low)
        + _clause_label(text, low)
        + _backup_codes(text, low)
        + _setup_keys(text, low)
        + _base64_secrets(text, low)
    )
