"""Labelled secrets whose label or value takes a form no earlier rule reads (round 14).

Each rule is a family named from r20's misses, solved as a class of labels or values:

* **The anti-phishing code under any of its names, either side of it** (``anti_phishing``): "anti
  phishing code / phrase / word", "the code/phrase shown in (real|genuine|official) e-mails",
  防钓鱼码 / 反钓鱼短语 (Traditional folded); the value after it (is / : / should be / should say / 是 /
  设置的是, or a space in Chinese) or before it ("set X as the anti-phishing phrase"). An ASCII value
  needs a digit, an inner capital or a symbol (a plain word after the label is usually prose:
  "is missing"); a Chinese value is 2-8 characters that do not start a question or a negation.
* **An API key with only its name before it** (``named_key``): a random-looking token (both cases and
  digits, 20-64 characters) at most a few characters after key / API / api key, with no public /
  address / wallet before it. (Round 13's key id rule wanted a secret named in the message too.)
* **A password of several words** (``password_words``): after password / pw / pwd / 密码 and is / = /
  : / 是, two to five lower-case words ending in a number ("my dog rex 2020"), none of them prose
  about the password (not, wrong, working, …); the whole phrase is the password.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .types import API_SECRET, PASSWORD


class R14SecretHit(NamedTuple):
    kind: str
    start: int
    end: int


_AP_LABEL = (
    r"(?:(?<![a-z])anti[- ]?phishing(?:\s+(?:code|phrase|word|text|string))?(?![a-z])"
    # the code every genuine e-mail shows (plural, or real / genuine / official): "the code in the
    # e-mail" (one mail) is a verification code, read by the code rules
    r"|(?<![a-z])(?:code|phrase|word|text)\s+(?:shown|showing|displayed|that\s+shows|in)\s+(?:in\s+)?"
    r"(?:(?:the|your|my|all|every|real|genuine|official|legit)\s+)*"
    r"(?:(?:real|genuine|official|legit)\s+e-?mails?|e-?mails)(?:\s+from\s+(?:you|the\s+exchange))?"
    r"(?![a-z])"
    r"|[防反]钓鱼(?:码|短语|词|口令|文字|代码)?)"
)
_AP_AFTER = re.compile(
    _AP_LABEL
    + r"(?P<sep>\s*(?:is|was|=|:|：|should\s+be|should\s+say|says|say|reads|set\s+to|to|设置的是|设置为"
    r"|设的是|是|为)\s*|\s+)"
    r"(?P<v>[^\s,，。.!?？、;；)）]{2,40})"
)
_AP_BEFORE = re.compile(
    r"(?<![a-z])(?:set|chose|picked|made|use|used|put|typed)\s+(?P<v>[^\s,，。!?？]{3,40})\s+as\s+"
    r"(?:my|the|our)?\s*" + _AP_LABEL
)
_STRONG = re.compile(r"[0-9]|.[A-Z]|[^A-Za-z0-9\s'’\"“”‘]")
# the code an e-mail shows, reported as seen: an e-mail named before the label ("我收到一封邮件，防钓鱼码是
# …", "你们邮件里的防钓鱼码是…"): what a customer checks a mail by, not what they set (round 13 leaves
# it too); an e-mail named after the value ("…, is this e-mail real?") does not count
_SEEN_IN_MAIL = re.compile(r"邮件|e-?mail")
_CJK = re.compile(r"[\u4e00-\u9fff]{2,8}")
_EN_NOT_VALUE: Final = frozenset({"isnt", "doesnt", "not", "missing", "gone", "blank", "empty", "wrong"})
# a question or a negation after the label, not a value ("防钓鱼码是多少", "防钓鱼码在哪里设置")
_ZH_NOT_VALUE: Final = (
    "什么",
    "哪",
    "怎",
    "多少",
    "几",
    "啥",
    "谁",
    "没",
    "不",
    "在",
    "要",
    "吗",
    "是",
    "有",
    "呢",
    "了",
    "的",
    "设置",
    "显示",
    "功能",
)


def _ap_value(value: str, typed: str) -> bool:
    if value.isascii():
        if value.lower().endswith(("n't", "n’t")) or value.lower() in _EN_NOT_VALUE:
            return False
        return _STRONG.search(typed) is not None and "@" not in value and "://" not in value
    m = _CJK.match(value)
    return m is not None and m.end() == len(value) and not value.startswith(_ZH_NOT_VALUE)


def _anti_phishing(text: str, low: str, orig: str) -> list[R14SecretHit]:
    if "phishing" not in low and "mail" not in low and "钓鱼" not in low:
        return []
    out: list[R14SecretHit] = []
    for rx in (_AP_AFTER, _AP_BEFORE):
        for m in rx.finditer(low):
            s, e = m.span("v")
            if rx is _AP_AFTER and _SEEN_IN_MAIL.search(low, max(0, m.start() - 40), m.start()):
                continue
            if _ap_value(text[s:e], orig[s:e]):
                out.append(R14SecretHit(PASSWORD, s, e))
    return out


_KEY_NAME = re.compile(r"(?<![a-z])(?:api[\s_-]?key|api|key|apikey)(?![a-z])(?:\s*(?:id|is|=|:|：))?\s*$")
_NOT_KEY = re.compile(r"(?<![a-z])(?:public|address|wallet|deposit|pub|receiving)(?![a-z])|公钥|地址")
_TOKEN = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9]{20,64}(?![A-Za-z0-9+/=_-])")


def _random_token(value: str) -> bool:
    upper = sum(c.isupper() for c in value)
    lower = sum(c.islower() for c in value)
    return upper >= 3 and lower >= 3 and sum(c.isdigit() for c in value) >= 2


def _named_key(text: str, low: str) -> list[R14SecretHit]:
    if "key" not in low and "api" not in low:
        return []
    out: list[R14SecretHit] = []
    for m in _TOKEN.finditer(text):
        s = m.start()
        before = low[max(0, s - 14) : s]
        if _KEY_NAME.search(before) is None or _NOT_KEY.search(low, max(0, s - 30), s) is not None:
            continue
        if _random_token(m.group()):
            out.append(R14SecretHit(API_SECRET, *m.span()))
    return out


_PW_PHRASE = re.compile(
    r"(?:(?<![a-z])(?:password|passwd|pwd|pw|pass)(?![a-z])\s*(?:is|=|:|：)|密码\s*(?:是|为|[:：]))\s*"
    r"(?P<v>(?:[a-z]+ ){2,5}[0-9]{2,4})(?![0-9a-z])"
)
_PROSE: Final = frozenset(
    {
        "not",
        "no",
        "wrong",
        "working",
        "work",
        "incorrect",
        "invalid",
        "the",
        "same",
        "changed",
        "reset",
        "too",
        "still",
        "correct",
        "expired",
        "weak",
        "short",
        "long",
        "right",
        "ok",
        "fine",
        "broken",
        "locked",
        "failed",
        "failing",
        "now",
        "again",
        "been",
        "being",
        "was",
        "is",
    }
)


def _password_words(low: str) -> list[R14SecretHit]:
    if "pass" not in low and "pw" not in low and "密码" not in low:
        return []
    out: list[R14SecretHit] = []
    for m in _PW_PHRASE.finditer(low):
        words = m.group("v").split()[:-1]
        if not any(w in _PROSE for w in words):
            out.append(R14SecretHit(PASSWORD, *m.span("v")))
    return out


def find_r14_secrets(text: str, low: str, orig: str, *, digits: bool = True) -> list[R14SecretHit]:
    """Every round-14 labelled secret in the folded ``text`` (``low`` its ASCII lower case, ``orig``
    what the customer typed when it has the same length, else ``text``). ``digits=False`` says the
    text holds no ASCII digit: an API key and a password of words hold one, so only the
    anti-phishing rule (whose value may be words) is run."""
    found = _anti_phishing(text, low, orig)
    if digits:
        found += _named_key(text, low)
        found += _password_words(low)
    return found
