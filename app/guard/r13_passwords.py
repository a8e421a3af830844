"""Passwords r19's customers gave with no label in front of them, or a label far away (round 13).

* **A value named by what the customer does with it**: "it locks me out even with Pelican_42 and I
  know it's right", "for the login use Tarot#1977", "the one I use for everything is quietfox88",
  "the password has been the one from school, Harbor&Kite2001, since forever": in a message about
  logging in or the password, a token right after with / use / using / is / been / to or a comma that
  looks like a password on its own (lower case, a digit, and a capital or a symbol; a lower-case
  word with digits only after "the one I use … is" or a habit cue). Not a product, an id or a public
  shape; not after a user-name or e-mail label.
* **An e-mail and its password** ("credentials: email ana.k@mail.example / Ana-Lupo-1990",
  "login tom@x.example, pw: …"): the token after an e-mail address and a separator (/ | , ;), in a
  message naming credentials, a login or an account.
* **A value typed with spaces, said so** ("passcode is lemon lemon 8812 (with spaces)", 密码是
  … （带空格）): from the label up to "(with spaces)".
* **A password with an aside before its value, or named by its use** ("my trading password (the
  6-digit one) is 551208", 资金密码（六位数）是…; "the withdrawal one is 551208", 提币那个是 551208):
  four to eight digits or a strong value.
* **A misspelt label** ("passwrod: …", "pasword = …", "passcdoe: …"): a word one edit (a letter
  dropped, added, changed or two swapped) from password / passcode, a colon or "=", then a value with
  a digit or a symbol.
* **An anti-phishing phrase with words between label and value** ("the anti-phishing phrase on my
  account is milk-and-honey-3", 防钓鱼短语设置的是 …): the label, up to four words, is / : / set to,
  then a value with a digit, a symbol or in capitals. Not "code" and not with an e-mail in the gap:
  the code an e-mail shows is what a customer checks a mail by ("the anti-phishing code in your
  email was …"), nothing new.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .cue_windows import near_cues
from .inbound_model_gates import product_name
from .password_near import id_like
from .password_shape import public_shape, trim
from .r12_passwords import strong_value
from .textutil import ascii_lower
from .types import PASSWORD


class R13PasswordHit(NamedTuple):
    kind: str
    start: int
    end: int


_USE_CUE = re.compile(
    r"(?<![a-z])(?:lock(?:s|ed|ing)?\s+(?:me\s+)?out|log(?:ging)?\s*in|login|sign(?:ing)?\s*in"
    r"|password|passcode|the\s+one\s+i\s+use|use\s+everywhere|same\s+as\s+my|never\s+changed|reset\s+it\s+to"
    r"|changed\s+it\s+to)(?![a-z])"
    r"|登录|登入|登不|密码|锁定|锁了|账号都用|重置成"
)
# the token comes first (it holds a digit: a C scan from token starts only), then the word before it
_DIGIT_TOKEN = re.compile(r"(?<![!-~])[!-~]*?[0-9][!-~]*")
_INTRO_BEFORE = re.compile(
    r"(?:(?<![a-z])(?P<val>with|use|using|is|been|to|was)\s+[\"'“‘]?|(?P<app>,)\s+"
    r"|(?P<zh>用|是|成)(?:这个|这串|的是)?\s*)$"
)
_APP_AFTER = re.compile(r",|\s*$|\s+(?:and|but|which|never|since)(?![a-z])")
# a long message is read only around these (every cue of ``_USE_CUE`` holds one)
_USE_CUES = (
    "lock",
    "log",
    "sign",
    "password",
    "passcode",
    "the one i use",
    "everywhere",
    "same as my",
    "never changed",
    "reset it to",
    "changed it to",
    "登",
    "密码",
    "锁",
    "账号都用",
    "重置成",
)
_WHOLE = 400  # characters: a shorter message is read whole
_HABIT = re.compile(
    r"(?<![a-z])(?:the\s+one\s+i\s+use|i\s+use\s+(?:everywhere|for\s+everything)|everywhere|reset\s+it\s+to"
    r"|always\s+been|same\s+as\s+my)(?![a-z])"
    r"|都用|一直用|所有账号|重置成|改成"
)
_NOT_A_PASSWORD = re.compile(r"\[redacted|0x|/|\S*/\S*/", re.I)  # a marker, hex, a path ("/api/v5/…")
_EMAIL = re.compile(r"@[^@\s]*\.[a-z]{2,}", re.I)
_NOT_OWN = re.compile(
    r"(?<![a-z])(?:user\s*name|username|user|e-?mail|id|uid|nickname|handle|account\s+name|order|ticket"
    r"|version|model|browser|app|device|network|address|login|name)\s*(?:is|was|:|=)?\s*$"
)
_EMAIL_THEN = re.compile(
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\s*(?:[/|,;]|\s(?:and|pw|pass|password)\b[:\s]*)\s*"
    r"(?:(?:pw|pass|password|pwd)\s*[:=]?\s*)?(?P<val>[!-~]{6,40})(?![!-~])"
)
_CREDENTIAL_CUE = re.compile(
    r"(?<![a-z])(?:credentials?|creds|login|log\s*in|sign\s*in|account|password|pw|pwd)(?![a-z])|账号|账户|登录|登入|密码"
)
_SPACED = re.compile(
    r"(?<![a-z])(?:pass\s?word|passcode|passphrase|pwd|pw|pin)\s*(?:is|was|[:：=])\s*(?P<val>[^()\n]{3,40}?)"
    r"\s*[(（]?\s*(?:with|incl\.?|including)\s+(?:the\s+)?spaces"
    r"|(?:密码|口令)\s*(?:是|为|[:：])\s*(?P<zh>[^()（）\n]{3,40}?)\s*[(（]?(?:带|有|含)空格"
)
_ANTI_PHISH = re.compile(
    r"(?<![a-z])anti[\s-]*phish(?:ing)?\s+(?:phrase|word|text|string|key)(?P<gap>(?:\s+[^\s.!?]+){0,4}?)"
    r"\s*(?:is|was|set\s+to|[:：=])\s+[\"'“‘]?(?P<val>[!-~]{4,40})(?![!-~])"
    r"|防钓鱼(?:短语|词|口令)(?P<zgap>[^。！？\n]{0,12}?)(?:是|为|[:：])\s*(?P<zval>[!-~]{4,40})(?![!-~])"
)
_ASIDE_THEN = re.compile(
    r"(?<![a-z])(?:pass\s?word|passcode|pwd|pin)\s*[(（][^()（）\n]{1,48}[)）]\s*(?:is|was|[:：=])\s*"
    r"[\"'“‘]?(?P<val>[!-~]{4,40})(?![!-~])"
    r"|(?:密码|口令)\s*[(（][^()（）\n]{1,24}[)）]\s*(?:是|为|[:：])\s*(?P<zh>[!-~]{4,40})(?![!-~])"
)
# "the withdrawal one is 551208", 提币那个是 551208: which password, named by its use, then the value
_WHICH_ONE = re.compile(
    r"(?<![a-z])(?:withdraw\w*|fund|funds|trading|login|log-in|asset|security|payment)\s+one\s+(?:is|was|[:：=])\s*"
    r"[\"'“‘]?(?P<val>[!-~]{4,40})(?![!-~])"
    r"|(?:提币|提现|资金|交易|登录|登入|支付)(?:用)?的?那个(?:密码)?\s*(?:是|为|[:：])\s*(?P<zh>[!-~]{4,40})(?![!-~])"
)
_MAIL_GAP = re.compile(r"(?<![a-z])(?:e-?mail|mail|message|sms|it)(?![a-z])|邮件|短信")
_MAIL_SHOWS = re.compile(
    r"(?<![a-z])(?:e-?mail|mail|message|sms|text)\s+(?:\w+\s+)?(?:had|has|with|shows?|showed|says|said|contains?)"
    r"(?![a-z])"
)


def _weak_value(value: str) -> bool:
    """A lower-case word with digits ("quietfox88"): a password only where a habit names it one."""
    letters = sum(c.isalpha() for c in value)
    digits = sum(c.isdigit() for c in value)
    return value.isascii() and value.isalnum() and letters >= 5 and digits >= 2 and 8 <= len(value) <= 40


def _own_value(orig: str, s: int, e: int) -> bool:
    s, e = trim(orig, s, e)
    return not (e <= s or id_like(orig, s, e) or product_name(orig[s:e]) or public_shape(orig[s:e]))


def _used_values(orig: str, low: str) -> list[R13PasswordHit]:
    if _USE_CUE.search(low) is None:
        return []
    habit = _HABIT.search(low) is not None
    out: list[R13PasswordHit] = []
    windows = near_cues(low, _USE_CUES, 40, 120) if len(low) > _WHOLE else [(0, len(low))]
    typed = ascii_lower(orig)  # the digits as typed: the fold reads "pa55w0rd" as the word "password"
    for m in (m for lo, hi in windows for m in _DIGIT_TOKEN.finditer(typed, lo, hi)):
        if m.group().isdigit():
            continue  # a number (an amount, an id): every value below holds a letter
        intro = _INTRO_BEFORE.search(low, max(0, m.start() - 12), m.start())
        if intro is None:
            continue
        group = intro.lastgroup or "val"
        if group == "app" and _APP_AFTER.match(low, m.end()) is None:
            continue  # an appositive ends its clause: ", Harbor&Kite2001, since …"
        s, e = trim(orig, m.start(), m.end())
        value = orig[s:e]
        if not 6 <= len(value) <= 40 or _EMAIL.search(value) or _NOT_A_PASSWORD.match(value):
            continue
        if _NOT_OWN.search(low, max(0, intro.start() - 30), intro.start()):
            continue
        if not (strong_value(value) or (habit and group != "app" and _weak_value(value))):
            continue
        if _own_value(orig, s, e):
            out.append(R13PasswordHit(PASSWORD, s, e))
    return out


def _email_pairs(orig: str, low: str) -> list[R13PasswordHit]:
    if "@" not in low or _CREDENTIAL_CUE.search(low) is None:
        return []
    out: list[R13PasswordHit] = []
    for m in _EMAIL_THEN.finditer(orig):
        s, e = trim(orig, *m.span("val"))
        value = orig[s:e]
        if e <= s or "@" in value or public_shape(value) or product_name(value):
            continue
        if any(c.isdigit() for c in value) or not value.isalnum():
            out.append(R13PasswordHit(PASSWORD, s, e))
    return out


def _spaced(orig: str, low: str) -> list[R13PasswordHit]:
    if "space" not in low and "空格" not in low:
        return []
    out: list[R13PasswordHit] = []
    for m in _SPACED.finditer(low):
        group = "val" if m.group("val") else "zh"
        s, e = trim(orig, *m.span(group))
        if e > s and not orig[s:e].startswith("\ue000"):
            out.append(R13PasswordHit(PASSWORD, s, e))
    return out


_ASIDE_CUES = ("pass", "pwd", "pin", "密码", "口令", " one ", "那个")


def _after_aside(orig: str, low: str) -> list[R13PasswordHit]:
    """ "my trading password (the 6-digit one) is 551208", 资金密码（六位数）是…: an aside between; "the
    withdrawal one is 551208", 提币那个是…: the password named by its use."""
    out: list[R13PasswordHit] = []
    matches: list[re.Match[str]] = []
    for lo, hi in near_cues(low, _ASIDE_CUES, 16, 80):  # matched near their cue words only
        window = low[lo:hi]
        if "(" in window or "（" in window:
            matches += _ASIDE_THEN.finditer(low, lo, hi)
        if " one" in window or "那个" in window:
            matches += _WHICH_ONE.finditer(low, lo, hi)
    for m in matches:
        s, e = trim(orig, *m.span("val" if m.group("val") else "zh"))
        value = orig[s:e]
        digits = value.isdigit() and 4 <= len(value) <= 8  # a PIN-like fund password
        if e <= s or id_like(orig, s, e) or not (digits or strong_value(value)):
            continue
        if digits or not public_shape(value):
            out.append(R13PasswordHit(PASSWORD, s, e))
    return out


def _anti_phishing(orig: str, low: str) -> list[R13PasswordHit]:
    out: list[R13PasswordHit] = []
    windows = near_cues(low, ("anti", "防钓鱼"), 0, 90)
    for m in (m for lo, hi in windows for m in _ANTI_PHISH.finditer(low, lo, hi)):
        if _MAIL_SHOWS.search(low, max(0, m.start() - 40), m.start()) is not None or _MAIL_GAP.search(
            m.group("gap") or m.group("zgap") or ""
        ):
            continue  # what an e-mail showed, asked about
        group = "val" if m.group("val") else "zval"
        s, e = trim(orig, *m.span(group))
        value = orig[s:e]
        if e <= s or value.startswith("\ue000") or public_shape(value):
            continue
        marked = any(not c.isalpha() for c in value) or (value.isupper() and len(value) >= 6)
        if marked:
            out.append(R13PasswordHit(PASSWORD, s, e))
    return out


_ZH_CUES = ("密码", "登", "锁", "钓鱼", "那个")
# matched only where a colon or "=" is (found by ``str.find``), back from the word before it
_COLON_LABEL = re.compile(
    r"(?<![a-z])(?P<label>[a-z]{6,10})\s*[:：=]\s*[\"'“‘]?(?P<val>[!-~]{4,40})(?![!-~])"
)
_SEPARATORS = (":", "：", "=")
_LABELS = ("password", "passcode")


def _one_edit(word: str, target: str) -> bool:
    """Within one edit of ``target``: a letter dropped, added or changed, or two neighbours swapped."""
    if word == target or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diff = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == target[diff[1]]
        return len(diff) == 1 or (swapped and word[diff[1]] == target[diff[0]])
    short, long_ = (word, target) if len(word) < len(target) else (target, word)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _misspelt_labels(orig: str, low: str) -> list[R13PasswordHit]:
    out: list[R13PasswordHit] = []
    starts = []
    for sep in _SEPARATORS:
        pos = low.find(sep)
        while pos >= 0:
            starts.append(max(0, pos - 12))
            pos = low.find(sep, pos + 1)
    for m in (m for lo in sorted(starts) if (m := _COLON_LABEL.search(low, lo, lo + 60)) is not None):
        if not any(_one_edit(m.group("label"), target) for target in _LABELS):
            continue
        s, e = trim(orig, *m.span("val"))
        value = orig[s:e]
        if e > s and not value.isalpha() and not public_shape(value) and not _NOT_A_PASSWORD.match(value):
            out.append(R13PasswordHit(PASSWORD, s, e))
    return out


def find_r13_passwords(text: str, orig: str, low: str) -> list[R13PasswordHit]:
    """Round 13's password rules (module docstring) on the folded ``text``; ``orig`` is the text as
    typed when it has the same length (shapes are judged on it), ``low`` the folded text lower-cased."""
    out: list[R13PasswordHit] = []
    if (":" in low or "=" in low or "：" in low) and ("ss" in low or "wo" in low or "co" in low):
        out += _misspelt_labels(orig, low)  # before the gate: "pssword" holds none of its words
    if not (  # chained literal tests: every rule below needs one of these
        "pass" in low
        or "pw" in low
        or "log" in low
        or "sign" in low
        or "lock" in low
        or "one" in low
        or "cred" in low
        or "@" in low
        or "phish" in low
        or (not low.isascii() and any(cue in low for cue in _ZH_CUES))
    ):
        return out
    out += _used_values(orig, low)
    out += _email_pairs(orig, low)
    out += _spaced(orig, low)
    if ")" in low or "）" in low or "one" in low or "那个" in low:
        out += _after_aside(orig, low)
    if "phish" in low or "防钓鱼" in low:
        out += _anti_phishing(orig, low)
    return out
