"""The anti-phishing code a customer set (round 10).

An exchange's anti-phishing code is a word the customer chooses and the exchange prints in every
genuine e-mail: whoever knows it can forge mail that passes the customer's check, so a customer who
types it into the chat ("anti-phishing code is Tiger88 and the email didnt show it", "防钓鱼码我设置
的是小猫咪88") gives away a secret, redacted as a password (it is one: a word only they and we know).

The label is unambiguous; the hard part is a message that talks *about* the code ("my anti-phishing
code is not showing", "防钓鱼码是什么", "防钓鱼码在哪里设置"). So a value is taken only after a
connector that says what the code is ("is", "was", ":", "set to", "I set is", 是, 设置的是, 设成), and:

* English: one token of 3-40 characters that is not a word describing the code ("missing", "wrong",
  ``plausible_password``'s list) — a bare word counts only when it has a digit or a capital;
* Chinese: up to 16 characters to the next punctuation or space, holding a Latin letter or a digit
  (a Chinese-only value is left: it reads as prose as often as a code); or an ASCII token right after
  the label ("防钓鱼码 Tiger88").

A code quoted from an e-mail the customer is checking ("我收到一封邮件，防钓鱼码是XKT93，是官方发的吗？",
"你们邮件里的防钓鱼码是…") is left: an e-mail named just before the label means the value is what
that e-mail shows, which the agent needs to judge whether it is genuine (a phisher's differs).

Only messages that hold "phishing" or 钓鱼 are read (a literal test), so others pay nothing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .context_secrets import plausible_password
from .password_shape import trim
from .textutil import ascii_lower, compile_ascii
from .types import PASSWORD

_EN = compile_ascii(
    r"\banti[\s-]*phishing\s+(?:code|phrase|word|text)s?"
    r"(?:\s*[(（][^()（）\n]{1,30}[)）])?"  # an aside: "anti-phishing code (the one in emails) is …"
    r"(?:\s+(?:that\s+)?(?:i|we)\s+(?:set|chose|picked|use|used|made|entered)(?:\s+(?:it|up))?)?"
    r"(?:\s+(?:is|was)(?:\s+(?:set\s+to|now|still|just))?|\s+(?:set\s+to|=)|\s*[:：=])\s*[\"'“‘]?"
    r"(?P<val>[!-~]{3,40})"
)
_ZH = compile_ascii(
    r"防钓鱼(?:码|短语|词|代码|口令)"
    r"(?:(?:我|我的)?(?:设置的是|设的是|设置为|设置成|设为|设成|改成|改为|是|为|就是)了?\s*[:：]?|\s*[:：]|(?P<bare>\s*))\s*"
    r"[\"'“‘「]?(?P<val>[^\s，。！？,.!?；;、\"'”’」]{2,16})"
)
_FROM_EMAIL = compile_ascii(r"(?:邮件|邮箱|\be-?mails?\b|\bmail\b)[^.!?。！？\n]{0,16}$")
_LATIN_OR_DIGIT = re.compile(r"[0-9a-z]", re.IGNORECASE)
_QUESTION_ZH = re.compile(r"什么|多少|哪|怎么|啥|吗|么")


class AntiPhishingHit(NamedTuple):
    kind: str
    start: int
    end: int


def find_anti_phishing_codes(text: str) -> list[AntiPhishingHit]:
    """Anti-phishing code values in (folded) ``text``."""
    hits: list[AntiPhishingHit] = []
    english = "hishing" in text or "HISHING" in text
    chinese = not text.isascii() and "钓鱼" in text
    if not (english or chinese):
        return hits
    low = ascii_lower(text)
    if english:
        for m in _EN.finditer(low):
            if _FROM_EMAIL.search(low, max(0, m.start() - 24), m.start()) is not None:
                continue
            s, e = trim(text, *m.span("val"))
            value = text[s:e].rstrip("\"'”’")
            e = s + len(value)
            named = any(c.isdigit() or c.isupper() for c in value) or not value.isalpha()
            if e > s and named and plausible_password(value, strict=False):
                hits.append(AntiPhishingHit(PASSWORD, s, e))
    if chinese:
        for m in _ZH.finditer(low):
            if _FROM_EMAIL.search(low, max(0, m.start() - 24), m.start()) is not None:
                continue
            s, e = trim(text, *m.span("val"))
            value = text[s:e]
            if e <= s or _LATIN_OR_DIGIT.search(value) is None or _QUESTION_ZH.search(value) is not None:
                continue
            if m.group("bare") is not None and not (value.isascii() and len(value) >= 4):
                continue  # no connector: only an ASCII token right after the label
            hits.append(AntiPhishingHit(PASSWORD, s, e))
    return hits
