"""Issue 16, round 17 (guard17out, session 12): asks r24 and r25 let pass, read as slots.

Round 17 (guard17out; merged into ``outbound_intent16`` in round 18, as both rounds read a reply the
same way: a literal gate, then families each giving an ``Ask9``, the first of each code kept; its own
module again in session 14, so that neither file is over 600 lines). Round 16's families were
phrases; r24/r25 missed them by one slot each, so round 17 reads an ask as *who must give what to
whom*, each slot widened on its own:

* **the hand-over** — to this chat ("type/paste here", 对话框里输, 贴在下面/打在这里), to us (发过来,
  念给我, 私信), to one of ours who calls (可以告诉他, "tell him");
* **what is handed over** — the digits a voice call reads out, the SMS itself (整条短信), a photo of the
  authenticator/recovery card (拍…照片发过来), a ``.env``/config file, a secret by pinyin or slang
  (mima, zhujici, mm), a secret "also needed" (也需要) or the one thing "still missing" (就差…码);
* **what is asked of the account** — funds to a sub-account or wallet "I created for you", to the
  manager's address, the same amount deposited again to verify; a wallet signature to claim; remote
  control opened (开一下远程) or a connection request accepted;
* **Cantonese/Traditional asks** after folding (密码是乜/咩).

Why a module of its own: round 16 (``outbound_intent16``) reads families of phrases; this reads who
must give what to whom, each slot widened on its own. Both feed ``check_outbound``; this one shares
round 16's refusal code of a Chinese or pinyin noun (``CODE_OF``).
"""

from __future__ import annotations

import re
from typing import Final

from .outbound_asks9 import Ask9, first_per_code
from .outbound_intent16 import CODE_OF
from .textutil import any_in, literal_alternation
from .types import (
    ASKS_OTP_CODE,
    ASKS_PASSWORD,
    ASKS_PRIVATE_KEY,
    ASKS_SEED_PHRASE,
    REMOTE_ACCESS,
    TRANSFER_REQUEST,
)


def _ascii(pattern: str) -> re.Pattern[str]:
    """``\\b`` as an ASCII word boundary (CJK is no word character here)."""
    return re.compile(pattern, re.ASCII)


_S = r"[^.!?\n]"  # inside an English sentence
_Z = r"[^。！？\n]"  # inside a Chinese sentence

# --- English ---
_GATE_EN: Final = (
    "here", "to me", "digits", ".env", "config", "photo", "picture", "pic ", "screenshot", "image",
    "code", "again", "same amount", "address", "'s wallet", "created for you", "made for you",
    "opened for you", "generated for you", "set up for you",
)  # fmt: skip
# the hand-over to this chat or to us, and what a call or message gives
_HAND_HERE = _ascii(
    r"\b(?:type|enter|paste|put|write|drop|send|tell|give|read|share)\b" + _S + r"{0,24}?"
    r"\b(?:here|below|in\s+(?:this|the)\s+chat|to\s+me|to\s+us|me|us)\b"
)
_CALL_DIGITS = _ascii(
    r"\b(?:digits|numbers?|code|pin)\b" + _S + r"{0,30}?"
    r"\b(?:reads?\s+out|it\s+(?:says|reads|speaks)|you\s+(?:hear|receive|get)\s+(?:on|during|in)\s+the\s+call)"
)
_CONFIG = _ascii(
    r"\b(?:paste|send|share|upload|give|drop|copy|forward|attach)\b" + _S + r"{0,25}?"
    r"(?:\.env\b|\benv\s+file\b|\bconfig(?:uration)?(?:\.(?:json|ya?ml|toml|ini)|\s+(?:file|json|yaml))\b"
    r"|\bkeystore\b|\bcredentials\s+file\b)"
)
_PHOTO = _ascii(
    r"\b(?:photo|picture|pic|screenshot|image|snap)\b" + _S + r"{0,40}?"
    r"\b(?P<n>authenticator|2fa|seed|recovery|backup\s+(?:card|phrase|codes?)|private\s+key|passwords?)\b"
    # the page a secret is typed or reset on is no secret ("the password reset page")
    r"(?!\s+(?:reset|page|screen|settings|field|change|error|rules|policy|manager|strength))"
)
_PHOTO_GIVE = _ascii(r"\b(?:send|take|upload|share|attach|post|forward)\b")
_HIDE = _ascii(
    r"\b(?:cover|hide|blur|mask|black\s+out|crop|redact|without|remove|except)\b|\bmake\s+sure\b|\bnot\b|n't\b"
)
_SEND_CODE = _ascii(
    r"^\W*(?:please\s+|pls\s+|plz\s+|kindly\s+|now\s+)?(?:send|give|tell)\s+(?:me\s+|us\s+)?"
    r"(?:the|that|ur|your)\s+(?:code|otp|pin)\b(?!\s+(?:to|again|via|by)\b)"
)
_URGENT = _ascii(r"\b(?:pls|plz|please|expires?|fast|quick(?:ly)?|asap|hurry|now)\b")
_AGAIN_DEPOSIT = _ascii(
    r"\b(?:deposit|send|transfer|pay)\b"
    + _S
    + r"{0,30}?\b(?:same\s+amount|again|another)\b"
    + _S
    + r"{0,40}?"
    r"\b(?:verify|verification|confirm|unlock|activate|validate)"
)
_MANAGER_ADDRESS = _ascii(
    r"\b(?:deposit|transfer|send|payment|pay)\b" + _S + r"{0,40}?\bto\s+(?:the\s+|my\s+|our\s+|your\s+)?"
    r"(?:account\s+manager|manager|agent|specialist|officer|advisor|adviser)'?s?\s+(?:address|wallet)"
)
_CREATED_FOR_YOU = _ascii(
    r"\b(?:transfer|move|send|deposit)\b"
    + _S
    + r"{0,40}?\b(?:sub-?account|account|wallet|address)\b"
    + _S
    + r"{0,50}?\b(?:i|we)(?:\s+have|'ve)?\s+(?:just\s+)?"
    + r"(?:created|made|opened|set\s+up|generated)\s+for\s+you"
)


def _en_code(noun: str) -> str:
    if noun.startswith(("seed", "recovery", "backup card", "backup phrase")):
        return ASKS_SEED_PHRASE
    if noun.startswith("private"):
        return ASKS_PRIVATE_KEY
    if noun.startswith("password"):
        return ASKS_PASSWORD
    return ASKS_OTP_CODE


_STOPS = re.compile(r"[.!?]+(?=\s|$)|[。！？\n]+")


def sentence_spans(low: str) -> list[tuple[int, int]]:
    """Sentence spans; a dot inside a word (".env", "v1.2") ends none."""
    out: list[tuple[int, int]] = []
    a = 0
    for m in _STOPS.finditer(low):
        out.append((a, m.end()))
        a = m.end()
    if a < len(low):
        out.append((a, len(low)))
    return out


def _english(low: str) -> list[Ask9]:
    out: list[Ask9] = []
    for a, b in sentence_spans(low):
        h = _HAND_HERE.search(low, a, b)
        if h is not None and _CALL_DIGITS.search(low, a, b) is not None:
            out.append(Ask9(ASKS_OTP_CODE, h.start(), h.end(), False))
        c = _CONFIG.search(low, a, b)
        if c is not None:
            out.append(Ask9(ASKS_PRIVATE_KEY, c.start(), c.end(), False))
        p = _PHOTO.search(low, a, b)
        if p is not None and _PHOTO_GIVE.search(low, a, b) is not None and _HIDE.search(low, a, b) is None:
            out.append(Ask9(_en_code(p.group("n")), p.start(), p.end(), False))
        s = _SEND_CODE.search(low[a:b])
        if s is not None and _URGENT.search(low, a, b) is not None:
            out.append(Ask9(ASKS_OTP_CODE, a + s.start(), a + s.end(), False))
        for rx in (_AGAIN_DEPOSIT, _MANAGER_ADDRESS, _CREATED_FOR_YOU):
            t = rx.search(low, a, b)
            if t is not None:
                out.append(Ask9(TRANSFER_REQUEST, t.start(), t.end(), False))
                break
    return out


# --- Chinese (folded: Traditional and Cantonese read as Simplified where ``fold`` maps them) ---
_NOUN17_ZH = r"(?P<n>助记词|私钥|密码|验证码|短信验证码|口令)"
_GATE_PINYIN: Final = ("zhujici", "mima", "siyao", "yanzhengma")
_GATE_ZH: Final = (
    "zhujici", "mima", "siyao", "yanzhengma", "mm", "请", "乜", "咩", "系", "远程", "连接请求", "再", "钱包",
    "需要", "念", "读给", "报给", "差", "为您", "为你", "给您", "可以", "拍", "对话框",
    "聊天框", "表单",
    "短信",
)  # fmt: skip
_PINYIN = _ascii(
    r"(?<![a-z])(?P<n>zhujici|mima|siyao|yanzhengma)\s*(?:fa|gei|da|chuan)(?![a-z])"
    r"|(?<![a-z])(?:fa|gei)\s*(?:wo\s*)?(?:yi\s*xia\s*)?(?P<m>zhujici|mima|siyao|yanzhengma)(?![a-z])"
    r"|发(?:下|一下|个|来|过来)?\s*(?P<s>mm)(?![a-z])"
)
_ASK_NOUN_ZH = re.compile(
    r"请(?:您|你)?(?:直接|马上|现在)?(?:发|提供|给我|告诉我|发给我|发我|报)(?:一下|下)?(?:您的|你的)?"
    + _NOUN17_ZH
)
_WARN_ZH = re.compile(r"骗子|有人|冒充|如果|若|假如|自称|诈骗")
# Cantonese "what is" (fold reads 咩 as 啥 and 係 as 是, but leaves the Simplified 系)
_WHAT_IS_ZH = re.compile(_NOUN17_ZH + r"(?:(?:是|系)(?:乜|咩|乜嘢|咩嚟|几多)|系(?:啥|什么|多少))")
_REMOTE_ZH = re.compile(
    r"开(?:一下|下|个)?远程|(?:同意|接受|允许|点同意)(?:一下)?(?:连接|远程|控制)(?:请求)?"
)
_AGAIN_ZH = re.compile(r"再(?:充值|转|充|打|存)(?:入)?" + _Z + r"{0,15}(?:验证|核实|激活|解冻|确认)")
_SIGN_ZH = re.compile(r"(?:用|在|于)钱包(?:里|中|内)?(?:签名|签署|签一下|授权)")
_SIGN_WHY_ZH = re.compile(r"领取|赔付|补偿|空投|验证|核实|所有权")
_ALSO_NEED_ZH = re.compile(
    r"(?:您|你)的?" + _Z + r"{0,6}?" + _NOUN17_ZH + r"(?:也|还)(?:需要|要提供|得提供|得给)"
)
_READ_TO_ME_ZH = re.compile(
    r"把(?:那个|这个|收到的)?(?P<n>码|验证码|数字|密码)(?:念|读|报|说)(?:一下)?给我|(?:念|读|报)给我(?:听)?"
    + _Z
    + r"{0,6}(?P<m>码|验证码|数字)"
)
_MISSING_ZH = re.compile(r"(?:就差|只差|还差)" + _Z + r"{0,10}?(?P<n>验证码|密码|助记词|私钥|码)")
_OURS_FOR_YOU_ZH = re.compile(
    r"(?:划转|转|转移|充)(?:到|入|至)?"
    + _Z
    + r"{0,10}(?:我|我们)(?:为|给)(?:您|你)(?:新)?(?:建|开|创建|开通|生成)的"
    + _Z
    + r"{0,4}(?:子账户|账户|钱包|地址)"
)
_TELL_OURS_ZH = re.compile(
    r"(?P<n>验证码|密码|码)(?<!不)(?:可以|能|就)(?:直接)?(?:告诉|给|报给|念给|发给)(?:他|她|专员|同事|对方)"
)
_PHOTO_ZH = re.compile(
    r"拍"
    + _Z
    + r"{0,20}?(?P<n>验证器|验证码|助记词|私钥|密码|恢复)"
    + _Z
    + r"{0,15}?(?:发过来|发给我|发我|传过来|发上来|发一下)"
)
_CHAT_BOX_ZH = re.compile(
    r"(?:对话框|聊天框|聊天窗口|这里|这边|下面|表单|表格)(?:里|中|内)?(?:输|输入|打|填写|填|贴)"
    + _Z
    + r"{0,12}?"
    + _NOUN17_ZH
)
_SMS_ZH = re.compile(r"(?:整条|完整的?|那条|刚收到的)" + _Z + r"{0,8}短信" + _Z + r"{0,12}?转发给(?:我|我们)")


def _chinese17(low: str) -> list[Ask9]:
    out: list[Ask9] = []
    for a, b in sentence_spans(low):
        s = low[a:b]
        m = _PINYIN.search(s)
        if m is not None:
            out.append(Ask9(CODE_OF[m.group("n") or m.group("m") or "mm"], a + m.start(), a + m.end(), False))
        m = _ASK_NOUN_ZH.search(s)
        if m is not None:
            out.append(Ask9(CODE_OF[m.group("n")], a + m.start(), a + m.end(), _WARN_ZH.search(s) is None))
        for rx in (_WHAT_IS_ZH, _ALSO_NEED_ZH, _TELL_OURS_ZH, _PHOTO_ZH, _CHAT_BOX_ZH):
            m = rx.search(s)
            if m is not None:
                out.append(Ask9(CODE_OF[m.group("n")], a + m.start(), a + m.end(), False))
        m = _READ_TO_ME_ZH.search(s)
        if m is not None:
            out.append(Ask9(CODE_OF[m.group("n") or m.group("m")], a + m.start(), a + m.end(), False))
        m = _MISSING_ZH.search(s)
        if m is not None and _WARN_ZH.search(s) is None:
            out.append(Ask9(CODE_OF[m.group("n")], a + m.start(), a + m.end(), True))
        for rx, code in (
            (_SMS_ZH, ASKS_OTP_CODE),
            (_REMOTE_ZH, REMOTE_ACCESS),
            (_AGAIN_ZH, TRANSFER_REQUEST),
        ):
            m = rx.search(s)
            if m is not None:
                out.append(Ask9(code, a + m.start(), a + m.end(), False))
        m = _OURS_FOR_YOU_ZH.search(s)
        if m is None and _SIGN_WHY_ZH.search(s) is not None:
            m = _SIGN_ZH.search(s)
        if m is not None:
            out.append(Ask9(TRANSFER_REQUEST, a + m.start(), a + m.end(), False))
    return out


# speed: one trie scan of a Chinese reply (``in`` per word costs ~1 µs per 1,000 characters and word)
_GATE_ANY = re.compile(literal_alternation(_GATE_EN + _GATE_ZH))


def intent17_asks(low: str) -> list[Ask9]:
    """The asks above in ``low`` (folded, ASCII-lower-cased), at most one per kind."""
    asks: list[Ask9] = []
    if low.isascii():
        if any_in(low, _GATE_EN):
            asks += _english(low)
    elif _GATE_ANY.search(low) is not None:
        asks += _english(low) + _chinese17(low)
    if low.isascii() and any_in(low, _GATE_PINYIN):  # a Chinese ask typed in pinyin is all ASCII
        m = _PINYIN.search(low)
        if m is not None:
            asks.append(Ask9(CODE_OF[m.group("n") or m.group("m") or "mm"], m.start(), m.end(), False))
    return first_per_code(asks)
