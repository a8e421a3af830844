"""Issue 16 (guard16safe, session 11): safe replies r22 refused, cleared by family.

Each family below is a verdict of an older rule that read a warning or a harmless question as an ask;
``clears16`` clears the verdict when the whole family's shape stands and no hand-over to us does:

* **a remote app's danger, then a prohibition** (``remote_access``) — the sentence naming the app says
  what it does to the customer ("give full control of your device", "能完全控制您的手机"), nobody of
  ours is in it, the message forbids installing it ("Never install them for someone…", "不要给…安装")
  and every install/download verb in the message stands under a negation;
* **someone else's ask, reported** (English secrets) — a third-party subject asks ("Those messages ask
  for your code", "Fake pages like that one ask for…") and the sentence cautions ("but we'd never need
  it", "never type it", "ignore them"), with no hand-over to us ("send it to me", "here");
* **a key's identifier** (API keys) — the noun is followed by what names the key, not the key ("API key
  ID", "the API key's label", "API密钥的备注名") and any other secret in the sentence is negated ("not
  the secret", "不要发密钥本身");
* **we cannot tell you** (Chinese secrets) — one of ours cannot tell the customer the secret
  ("我没法告诉您密码", "客服不能告诉您密码"): the direction is to the customer, and no hand-over to us.

The look-alike named beside "登录信息" (a noun, not "log in there") is in ``link_warnings``.
"""

from __future__ import annotations

import re
from typing import Final

from .textutil import compile_ascii
from .types import ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE, REMOTE_ACCESS

_SECRETS: Final = frozenset({ASKS_SEED_PHRASE, ASKS_PRIVATE_KEY, ASKS_PASSWORD, ASKS_OTP_CODE})
_STOP = re.compile(r"[.!?。！？\n](?=\s|$)|[。！？\n]")
_CLAUSE = re.compile(r"[,，;；:：、]")

# --- a remote app's danger, then a prohibition ---
_DANGER = compile_ascii(
    r"\b(?:full|complete|total)\s+control\b|\bcontrol\s+(?:of\s+)?your\b|\btake\s+over\s+your\b"
    r"|完全控制|(?:控制|操控|操作)(?:您|你)的|远程控制(?:您|你)"
)
_OURS = compile_ascii(r"\b(?:we|us|our|ours|i|me|my)\b|我|客服|本平台|技术|工程师|专员")
_PROHIBIT_INSTALL = compile_ascii(
    r"\b(?:never|don'?t|do\s+not)\s+(?:\w+\s+)?(?:install|download|set\s+up)\b"
    r"|(?:不要|别|请勿|切勿|勿|千万别|千万不要|不能)[^。！？\n，,；;]{0,12}?(?:安装|下载|装)"
)
_INSTALL = compile_ascii(r"\b(?:install|download|run|open|launch|set\s+up)\b|安装|下载|装|打开|运行")
_NEG_EN = compile_ascii(r"\b(?:never|don'?t|do\s+not|not|no\s+one|nobody)\b")
_NEG_ZH = re.compile(r"不要|别|请勿|切勿|勿|千万|不能|不可")
# "这种软件装上后对方可以完全控制": what happens once installed, told about someone else
_AFTER_INSTALL = re.compile(r"(?:安装|装上?)(?:之?后|以后)(?=对方|别人|他人|骗子|陌生人)")
_HAND_US = compile_ascii(
    r"\b(?:to|with)\s+(?:me|us)\b|\b(?:tell|give|show|read|send)\s+(?:me|us)\b|\bhere\b|\bin\s+this\s+chat\b"
    r"|\breply\s+with\b|\bpaste\b|\b(?:send|share)\s+it\b|\bshare\s+(?:the|your)\s+(?:code|id)\b"
    r"|发给?我|给我|告诉我|发过来|报给?我|念给?我|转给我"
)
# the code a remote app shows, wherever it is named in the message, is what a scam wants handed over
_REMOTE_CODE = compile_ascii(
    r"\b(?:access|session|connection|partner)\s+(?:code|id)\b|识别码|设备码|连接码|验证码"
)

# --- someone else's ask, reported (English) ---
_REPORTED_ASK = compile_ascii(
    r"\b(?:those|these|such|that|the|fake|phishing|scam|suspicious)\s+(?:[a-z0-9-]+\s+){0,2}?"
    r"(?:messages?|sms|texts?|e-?mails?|calls?|callers?|sites?|pages?|websites?|links?|forms?|pop-?ups?|bots?)"
    r"(?:\s+like\s+(?:that|this|these|those)(?:\s+ones?)?)?(?:\s+you\s+(?:got|received|saw|get))?"
    r"\s+(?:will\s+|often\s+|usually\s+|may\s+|might\s+|always\s+)?(?:asks?|asked|request(?:s|ed)?|wants?|wanted)\b"
)
_CAUTION_EN = compile_ascii(
    r"\b(?:we|i|staff|support|our\s+(?:staff|team|agents?|support))(?:'d|'ll|\s+would|\s+will|\s+do|\s+does)?"
    r"\s+(?:\w+\s+)?never\s+(?:need|ask|request|want)"
    r"|\bnever\s+(?:share|give|send|type|enter|tell|reply|forward)\b"
    r"|\b(?:don'?t|do\s+not)\s+(?:share|give|send|type|enter|tell|reply|forward)\b|\bignore\b|\bhang\s+up\b"
)
_PROHIBIT_WORDS: Final = ("never", "don", "do not", "不要", "别", "勿", "千万", "不能")
_CAUTION_WORDS: Final = (
    "never",
    "don",
    "do not",
    "ignore",
    "hang up",
)  # a literal gate before ``_CAUTION_EN``

# --- a key's identifier ---
_KEY_ID = compile_ascii(
    r"(?:'s)?\s*(?:id|ids|label|name|nickname|alias|tag|identifier)\b|(?:的)?(?:备注名?|名称|名字|标签|id|编号)"
)
_OTHER_SECRET = compile_ascii(
    r"\b(?:secret|private|passphrase|password|seed|mnemonic)\b|私钥|密钥|密码|助记词|口令"
)
_NEG_NEAR = compile_ascii(r"(?:\b(?:not|never|no|without)\b|不要|不是|别|无需|不用|勿)[^.!?。！？\n]{0,12}$")

# --- we cannot tell you ---
_CANNOT_TELL = re.compile(
    r"(?:我|我们|客服|平台|系统)[^，。！？,]{0,4}(?:没法|无法|不能|不会|没办法|不可以|不便)[^，。！？,]{0,2}$"
)
_TO_CUSTOMER = ("告诉您", "告诉你", "给您", "给你", "透露给您", "发给您")


def _sentence(low: str, start: int, end: int) -> tuple[int, int]:
    # the nearest stop before the verdict (as ``_STOP``: ".", "!", "?" only before a space), found
    # backwards, so a long reply is not scanned from its start
    a = max(low.rfind(c, 0, start) for c in "。！？\n")
    for c in ".!?":
        i = low.rfind(c, 0, start)
        while i > a and i + 1 < len(low) and not low[i + 1].isspace():
            i = low.rfind(c, 0, i)
        a = max(a, i)
    a += 1
    stop = _STOP.search(low, end)
    return a, (stop.start() if stop else len(low))


def _negated(low: str, pos: int) -> bool:
    """Is the verb at ``pos`` under a negation in its own clause?"""
    a = max((m.end() for m in _CLAUSE.finditer(low, 0, pos)), default=0)
    a = max(a, max((m.end() for m in _STOP.finditer(low, 0, pos)), default=0))
    return _NEG_EN.search(low, max(a, pos - 24), pos) is not None or _NEG_ZH.search(low, a, pos) is not None


def _remote_warning(low: str, a: int, b: int) -> bool:
    if _DANGER.search(low, a, b) is None or _OURS.search(low, a, b) is not None:
        return False
    if _PROHIBIT_INSTALL.search(low, a) is None or _HAND_US.search(low) or _REMOTE_CODE.search(low):
        return False
    return all(
        _negated(low, m.start()) or _AFTER_INSTALL.match(low, m.start()) is not None
        for m in _INSTALL.finditer(low)
    )


def clears16(low: str, code: str, start: int, end: int) -> bool:
    """Is the verdict ``code`` at [start, end) one of the safe families above (see the module doc)?

    Each family is tried only after a cheap literal gate (most verdicts are scams and fail it), and the
    sentence is found only then: this runs on every verdict of every rule."""
    if code == REMOTE_ACCESS:
        if not any(w in low for w in _PROHIBIT_WORDS):
            return False
        a, b = _sentence(low, start, end)
        return _remote_warning(low, a, b)
    if code not in _SECRETS:
        return False
    if code == ASKS_PRIVATE_KEY and _KEY_ID.match(low, end) is not None:
        a, b = _sentence(low, start, end)
        return all(
            _NEG_NEAR.search(low, a, m.start()) is not None for m in _OTHER_SECRET.finditer(low, end, b)
        )
    if low.isascii():
        if not any(w in low for w in _CAUTION_WORDS):
            return False  # most verdicts (the scams): no caution, so no subject scan
        a, b = _sentence(low, start, end)
        r = _REPORTED_ASK.search(low, a, end)
        return (
            r is not None
            and r.start() <= start
            and _CAUTION_EN.search(low, r.end(), b) is not None
            and _HAND_US.search(low, a, b) is None
        )
    if low.startswith(_TO_CUSTOMER, start):
        a, b = _sentence(low, start, end)
        return _CANNOT_TELL.search(low, a, start) is not None and _HAND_US.search(low, a, b) is None
    return False
