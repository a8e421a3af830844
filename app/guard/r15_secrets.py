"""Labelled secrets in shapes no earlier rule reads (round 15), each a FAMILY named from r21's misses.

* **A grouped backup code or 2FA key, all its groups** (``grouped``): after backup / emergency /
  recovery / 2fa / authenticator … code, key, seed or secret (备用码, 恢复码, 密钥, 种子, 二次验证), a
  run of 2-8 groups of 4-8 letters and digits ("ZX41 09LM 7QRA", "qdh6 hdiq vwi3 pdlr", "7EU33WRN
  4XQW6EBT"); each group one case, at least half of them with a digit, a letter somewhere. Earlier
  rules took the first groups only; the union keeps the whole run.
* **The key half of an API pair** (``api_pair``): a UUID after key / key id / api key / 密钥 ("key id
  d7b1d3d8-…", key是 65f4…), and a random token (both cases and digits, 20-64) joined by "and / , /
  &" to a redacted secret or another random token in a message naming keys.
* **A password by another name or of several words** (``passwords``): credentials / creds / login
  details / 登录凭证 / 登录信息 followed by a value with a letter and a digit or symbol (no "@": a
  login that is an e-mail is not the secret); "password for my account is Happy Retirement 65" — words
  ending in a number after a password named for an account (round 14 read only "password is …").
* **The anti-phishing code in other shapes** (``anti_phishing``): words between the label and the value
  ("the anti phishing word in my emails should be …"), "phishing code" without "anti", a value in
  capitals (KOALA) or with a digit, an inner capital or a symbol.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .r14_secrets import _PROSE as PROSE
from .r14_secrets import _random_token as random_token
from .types import API_SECRET, PASSWORD, TOTP_SECRET


class R15SecretHit(NamedTuple):
    kind: str
    start: int
    end: int


# --- grouped backup code / 2FA key ------------------------------------------------------------------
_GROUP_LABEL = re.compile(
    r"(?<![a-z])(?:backup|emergency|recovery|reset|2fa|two[- ]factor|authenticator|totp|mfa)(?![a-z])"
    r"[^.!?\n]{0,24}?(?<![a-z])(?:codes?|keys?|seeds?|secrets?)(?![a-z])"
    r"|(?<![a-z])(?:2fa|totp|mfa)\s+(?:seed|secret|key)(?![a-z])"
    r"|备用码|恢复码|紧急码|密钥|种子|二次验证|谷歌验证|验证器"
)
_GROUP_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{4,8}(?:[ -][A-Za-z0-9]{4,8}){1,7}(?![A-Za-z0-9])")
_GROUP_REACH: Final = 24


def _group_cued(low: str) -> bool:
    """A grouped code's name in the text (an ``in`` chain: cheaper than a regex or ``any`` here)."""
    if (
        "2fa" in low
        or "backup" in low
        or "recover" in low
        or "reset" in low
        or "emergency" in low
        or "factor" in low
        or "authenticator" in low
        or "totp" in low
        or "mfa" in low
    ):
        return True
    return not low.isascii() and ("码" in low or "密钥" in low or "种子" in low or "验证" in low)


def _groups_ok(run: str) -> bool:
    groups = re.split(r"[ -]", run)
    if not all(g.isupper() or g.islower() or g.isdigit() for g in groups):
        return False
    with_digit = sum(any(c.isdigit() for c in g) for g in groups)
    return with_digit * 2 >= len(groups) and any(c.isalpha() for c in run) and len(run) >= 12


def _grouped(text: str, low: str) -> list[R15SecretHit]:
    out: list[R15SecretHit] = []
    for m in _GROUP_LABEL.finditer(low):
        run = _GROUP_RUN.search(text, m.end(), min(len(text), m.end() + _GROUP_REACH + 72))
        if run is None or run.start() - m.end() > _GROUP_REACH or not _groups_ok(run.group()):
            continue
        out.append(R15SecretHit(TOTP_SECRET, *run.span()))
    return out


# --- the key half of an API pair ----------------------------------------------------------------------
_UUID = re.compile(r"(?<![0-9a-f-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f-])")
_UUID_KEY = re.compile(
    r"(?<![a-z])(?:api[\s_-]?key|apikey|access[\s_-]?key|key)(?:[\s_-]?id)?(?![a-z])\s*(?:is|=|:|：|是)?\s*$"
    r"|(?:密钥|秘钥)(?:id)?\s*(?:是|为|[:：])?\s*$"
)
_TOKEN = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9]{20,64}(?![A-Za-z0-9+/=_-])")
_JOIN = re.compile(r"\s*(?:and|&|,|/|\+|和|还有)\s*")
_MASK = "\ue000"
_KEYS_NAMED = re.compile(r"(?<![a-z])(?:keys?|api)(?![a-z])|密钥")


_UUID_HEAD = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")
_LONG_RUN = re.compile(r"[A-Za-z0-9]{20}")


def _api_pair(text: str, low: str) -> list[R15SecretHit]:
    out: list[R15SecretHit] = []
    if "-" in text and _UUID_HEAD.search(low) is not None:
        for m in _UUID.finditer(low):
            if _UUID_KEY.search(low, max(0, m.start() - 16), m.start()):
                out.append(R15SecretHit(API_SECRET, *m.span()))
    if _LONG_RUN.search(text) is None:  # a C-level scan before the token pattern (its look-behind is slow)
        return out
    tokens = [t for t in _TOKEN.finditer(text) if random_token(t.group())]
    if not tokens or _KEYS_NAMED.search(low) is None:
        return out
    starts = {t.start(): t for t in tokens}
    for t in tokens:
        if _KEYS_NAMED.search(low, max(0, t.start() - 60), t.start()) is None:
            continue
        j = _JOIN.match(text, t.end())
        if j is None:
            continue
        if text.startswith(_MASK, j.end()):
            out.append(R15SecretHit(API_SECRET, *t.span()))
        elif (other := starts.get(j.end())) is not None:
            out += [R15SecretHit(API_SECRET, *t.span()), R15SecretHit(API_SECRET, *other.span())]
    return out


# --- passwords by another name, or of several words -----------------------------------------------
_CREDENTIALS = re.compile(
    r"(?<![a-z])(?:(?:login|sign[- ]?in)\s+)?"
    r"(?:credentials|creds|login\s+details|sign[- ]?in\s+details)(?![a-z])"
    r"\s*(?:are|is|=|:|：)\s*(?P<v>[^\s,，。;；]{6,40})"
    r"|(?:登录凭证|登录凭据|登录信息)\s*(?:是|为|[:：])\s*(?P<z>[^\s,，。;；]{6,40})"
)
_VALUE_MIX = re.compile(r"(?=.*[A-Za-z])(?=.*[0-9!#$%&*^_+=~|\\-])")
_PW_FOR = re.compile(
    r"(?<![a-z])(?:password|passwd|pwd)\s+(?:for|of|on|to)\s+(?:my|the)\s+[a-z]+(?:\s+[a-z]+)?\s*(?:is|=|:|：)\s*"
    r"(?P<v>(?:[a-z]+ ){1,5}[0-9]{2,4})(?![0-9a-z])"
)


_PW_FOR_CUE = re.compile(r"(?:password|passwd|pwd)\s+(?:for|of|on|to)\s")


def _passwords(text: str, low: str) -> list[R15SecretHit]:
    out: list[R15SecretHit] = []
    if "cred" in low or "details" in low or "登录" in low:
        for m in _CREDENTIALS.finditer(low):
            g = "v" if m.group("v") is not None else "z"
            s, e = m.span(g)
            value = text[s:e].rstrip(".!?")
            if "@" not in value and not value.isdigit() and _VALUE_MIX.match(value):
                out.append(R15SecretHit(PASSWORD, s, s + len(value)))
    if ("password" in low or "passwd" in low or "pwd" in low) and _PW_FOR_CUE.search(low) is not None:
        for m in _PW_FOR.finditer(low):
            if not any(w in PROSE for w in m.group("v").split()[:-1]):
                out.append(R15SecretHit(PASSWORD, *m.span("v")))
    return out


# --- the anti-phishing code in other shapes ----------------------------------------------------------
_AP = re.compile(
    r"(?<![a-z])(?:anti[- ]?)?phishing\s+(?:code|phrase|word|text)(?![a-z])"
    # words between: e-mails in the plural (the code every mail shows: "in your email was X" is one mail's
    # code reported as seen, round 14's judgement), or the account
    r"(?:\s+(?:in|on|for|shown\s+in|of)\s+(?:my|the|all)?\s*(?:e-?mails|mails|account|messages))?"
    r"\s*(?:is|was|=|:|：|should\s+be|should\s+say|says|reads)\s*"
    r"(?P<v>[A-Za-z0-9!#$%&*@^_+=~.-]{3,40})"
)
_CAPS = re.compile(r"[A-Z]{4,20}")
_STRONG = re.compile(r"[0-9]|.[A-Z]|[!#$%&*^_+=~]")
_NOT_VALUE: Final = frozenset(
    {"missing", "gone", "blank", "empty", "wrong", "not", "set", "none", "null", "off", "on"}
)


def _anti_phishing(text: str, low: str) -> list[R15SecretHit]:
    out: list[R15SecretHit] = []
    for m in _AP.finditer(low):
        s, e = m.span("v")
        value = text[s:e].rstrip(".-")
        if value.lower() in _NOT_VALUE or "@" in value:
            continue
        strong = _STRONG.search(value) is not None and not value.islower()
        if _CAPS.fullmatch(value) or strong or any(c.isdigit() for c in value):
            out.append(R15SecretHit(PASSWORD, s, s + len(value)))
    return out


def find_r15_secrets(text: str, low: str, *, digit: bool) -> list[R15SecretHit]:
    """Every round-15 labelled secret in the folded ``text`` (``low`` its ASCII lower case);
    ``digit``: the text holds an ASCII digit (every value here but a capitalised anti-phishing word
    holds one)."""
    out: list[R15SecretHit] = []
    if "phishing" in low:
        out += _anti_phishing(text, low)
    if not digit:
        return out
    if _group_cued(low):
        out += _grouped(text, low)
    if "key" in low or "api" in low or "密钥" in low or "秘钥" in low:
        out += _api_pair(text, low)
    out += _passwords(text, low)
    return out
