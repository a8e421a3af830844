"""Issue 16, round 18 (guard18out, session 13): asks r26 let pass, read as who must do what for whom.

r26's misses were not new nouns but new *acts*: the agent gives the destination or vouches for the
other side, and the customer is told to act on that word. Each family is read as slots, Chinese and
English alike (the caller, ``outbound._script_violations``, drops a conditional ask under a negation
or warning of its sentence):

* **a code we sent, typed here** — a code sent or texted to the customer's phone (发送验证码到您…手机,
  "I've sent a code to your phone") + typed into this chat (在这里输入, "enter it here"); a code typed
  into the app is not this;
* **everything moved to an address the agent writes** — a move (提到/转到/withdraw/send/move/transfer)
  of the whole balance or a coin, straight to a written-out address (a run of 25+ letters and digits):
  support never names the address the customer's funds go to;
* **funds to one of ours** — funds moved to the account, UID, wallet or address of a colleague,
  manager or specialist of ours (我同事的账户, "my colleague's account");
* **release first on our word** — a P2P/C2C seller told to release the coins first (先放币, "release
  … first") while the agent vouches that the payment arrived (我确认…已到账, "I confirm the payment");
* **a wallet permission granted for a gain** (Chinese) — a signature request, an approval or a token
  allowance (签名请求点确认, 授权…额度) confirmed for a refund, an airdrop or compensation (领取退款,
  空投补偿); English wording of it was already refused by older rounds.
"""

from __future__ import annotations

import re
from typing import Final

from .outbound_asks9 import Ask9
from .textutil import any_in, literal_alternation
from .types import ASKS_OTP_CODE, TRANSFER_REQUEST


def _ascii(pattern: str) -> re.Pattern[str]:
    """``\\b`` as an ASCII word boundary (CJK is no word character here)."""
    return re.compile(pattern, re.ASCII)


_S = r"[^.!?\n]"  # inside an English sentence
_Z = r"[^。！？\n]"  # inside a Chinese sentence
_STOPS = re.compile(r"[.!?]+(?=\s|$)|[。！？\n]+")  # as ``outbound_intent17.sentence_spans`` cuts

# --- a code we sent, typed here ---
_SENT_CODE_ZH = re.compile(
    r"(?:发送?|发了|传|推送)(?:了|过)?(?:一[个条])?(?:短信)?验证码(?:到|至|给)" + _Z + r"{0,12}?(?:手机|号码)"
    r"|验证码(?:已经?|刚刚?)?(?:发送?|发)(?:到|至|给)" + _Z + r"{0,12}?(?:手机|号码)"
)
_TYPED_HERE_ZH = re.compile(
    r"(?:在|于)?(?:这里|这边|此处|这儿|聊天框|对话框|聊天窗口|下面|下方)(?:里|中|内)?(?:输入|填写|填入|填|回复|打出来|打)"
    r"(?=以|来|即可|就|一下|吧|它|给我|[，。！,.!]|$)"
)
_SENT_CODE_EN = _ascii(
    r"\b(?:code|otp|pin|passcode)\b" + _S + r"{0,30}?\b(?:sent|texted|delivered)\s+to\s+(?:your|the)\b"
    r"|\b(?:sent|texted)\s+(?:you\s+)?(?:a|an|the)\s+(?:\w+\s+)?(?:code|otp|pin|passcode)\b"
)
_TYPED_HERE_EN = _ascii(
    r"\b(?:enter|type|paste|put|write|reply\s+with)\s+(?:it|them|that|the\s+(?:code|otp|pin|digits))?\s*"
    r"(?:here|below|in\s+(?:this|the)\s+chat|to\s+me)\b"
)

# --- everything moved to an address the agent writes ---
_ADDRESS = r"(?=[a-z0-9]{0,60}[0-9])(?=[a-z0-9]{0,60}[a-z])[a-z0-9]{25,}(?![a-z0-9])"
_TO_ADDRESS_ZH = re.compile(
    r"(?:提|转|打|充|发|划|移)(?:到|至|入|去)(?:这个|此|下面的|以下)?(?:地址|钱包)?[:：]?\s*" + _ADDRESS
)
# an instruction: the verb opens the sentence or a clause (``_opens``), "Withdraw everything to …"
_TO_ADDRESS_EN = _ascii(
    r"\b(?:withdraw|send|move|transfer)\b" + _S + r"{0,40}?\bto\s+(?:this\s+|the\s+|our\s+)?"
    r"(?:address\s+|wallet\s+)?[:]?\s*" + _ADDRESS
)
_OPENER_EN = _ascii(r"(?:^|[,;:]|\b(?:please|pls|now|just|quickly|immediately|asap))\s*$")
# what the customer did (您自己转到…的吗？), or the address naming a withdrawal (提到 X 的提币)
_DONE_BY_YOU_ZH = re.compile(r"(?<!请)(?:您|你)(?:自己|本人)?(?:已经?|刚才?|之前|有没有|是否)?$")
_REPORTED_ZH = re.compile(r"\s*的|" + _Z + r"*(?:吗|是否|？|\?)")


# --- funds to one of ours ---
_OURS = r"(?:同事|经理|主管|专员|负责人|客服|工作人员|领导|财务)"
_TO_OURS_ZH = re.compile(
    r"(?:转|打|充|提|划|汇)(?:到|至|入|给)(?:我|我们)(?:的|们的)?" + _OURS + r"(?:的)?" + _Z + r"{0,3}?"
    r"(?:账户|账号|钱包|地址|uid|名下)"
)
_TO_OURS_EN = _ascii(
    r"\b(?:move|transfer|send|deposit|withdraw)\b" + _S + r"{0,40}?\bto (?:my|our) "
    r"(?:colleague|coworker|co-worker|manager|supervisor|specialist|team\s+lead|teammate|partner)'?s?\s+"
    r"(?:account|uid|wallet|address|sub-?account)\b"
)

# --- release first on our word ---
_RELEASE_FIRST_ZH = re.compile(
    r"先(?:把币)?(?:放币|放行|释放|放款|放出)|(?:放币|放行|释放)" + _Z + r"{0,6}?先"
)
_VOUCH_ZH = re.compile(
    r"(?:我|我们|客服|平台)(?:已|已经|这边|可以|来|都){0,2}(?:确认|核实|看到|查到|保证|担保)"
)
_RELEASE_FIRST_EN = _ascii(
    r"\brelease\b" + _S + r"{0,40}?\b(?:first|right\s+away|immediately|now)\b"
    r"|\b(?:first|now)\s+release\b"
)
_VOUCH_EN = _ascii(
    r"\b(?:i|we)\s+(?:can\s+)?(?:confirm|guarantee|verified|checked|see|have\s+(?:confirmed|verified|checked))\b"
    r"|\b(?:i|we)'?ve\s+(?:confirmed|verified|checked)\b"
)

# --- a wallet permission granted for a gain ---
_PERMIT_ZH = re.compile(
    r"(?:签名|授权|签署)(?:请求|申请|弹窗)?" + _Z + r"{0,4}?(?:点|按)?(?:确认|同意|批准|允许|通过)"
    r"|(?:点|按)?(?:确认|同意|批准|允许)(?:一下)?(?:签名|授权)"
    r"|授权(?:一下)?" + _Z + r"{0,10}?(?:额度|代币|权限|合约)"
)
_GAIN_ZH = re.compile(r"领取|退款|补偿|赔付|赔偿|空投|奖励|返还|返现|解冻")
# the act is someone else's, told as a description or a warning ("它让您授权代币…", 假空投网站, "a fake site
# asks you to approve…"): the agent is naming the danger
_THEIRS = _ascii(
    r"(?:它|他|她|对方|骗子|网站|页面|他们)(?:会|就)?(?:让|要|叫|诱导|骗)(?:您|你)|假|骗|钓鱼|盗币|冒充"
    r"|\b(?:scam\w*|fake|phishing|drainer|fraud\w*)\b|\b(?:it|they|he|she|the\s+site)\s+(?:will\s+)?(?:asks?|tells?|wants?)\s+you\b"
)


# speed: a literal "to" first, so the scan jumps between its occurrences (a regex for any run of 25
# letters or digits, or ``str.split``, costs ~5-7 µs a reply)
_TO_LONG_EN = re.compile(r"to\s+(?:this\s+|the\s+|our\s+)?(?:address\s+|wallet\s+)?:?\s*[a-z0-9]{25}")
_TO_LONG_ZH = re.compile(r"[到至入去](?:这个|此|下面的|以下)?(?:地址|钱包)?[:：]?\s*[a-z0-9]{25}")


def _around(low: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (as ``sentence_spans`` cuts it) around [start, end): found only once a family's
    rarer slot matched, so most replies never split into sentences."""
    a = 0
    for m in _STOPS.finditer(low, max(0, start - 400), start):
        a = m.end()
    stop = _STOPS.search(low, end)
    return a, (stop.end() if stop else len(low))


def _paired(
    anchor: re.Pattern[str], other: re.Pattern[str], act_is_other: bool, low: str
) -> list[re.Match[str]]:
    """The acts of a two-slot family: ``anchor`` (the rarer slot) searched over the whole text, ``other``
    in its sentence; the act (the ask's span: a negation before it cancels it) is one of the two, and
    it must not be told as someone else's (``_THEIRS`` before it)."""
    out: list[re.Match[str]] = []
    for m in anchor.finditer(low):
        a, b = _around(low, m.start(), m.end())
        o = other.search(low, a, b)
        if o is None:
            continue
        act = o if act_is_other else m
        if _THEIRS.search(low, a, act.start()) is None:
            out.append(act)
    return out


# the gates: a literal each family's pattern cannot match without (speed: most replies open none)
# Chinese gates, found by one scan (a loop of ``in`` over a long Chinese reply costs ~2 µs a word)
_GATES_ZH: Final = {
    "code": ("验证码到", "验证码至", "验证码给", "验证码已", "验证码刚", "验证码发"),
    "release": ("放币", "放行", "释放", "放款", "放出"),
    "permit": ("签名", "授权", "签署"),
    "ours": tuple(v + d + "我" for v in "转打充提划汇" for d in "到至入给"),
    "address": tuple(v + d for v in "提转打充发划移" for d in "到至入去"),
}
_FAMILY_OF_ZH: Final = {w: f for f, words in _GATES_ZH.items() for w in words}
_GATE_ZH_RE = re.compile(literal_alternation(sorted(_FAMILY_OF_ZH, key=len, reverse=True)))


def _english(low: str) -> list[tuple[str, re.Match[str]]]:
    out: list[tuple[str, re.Match[str]]] = []
    if any_in(low, ("sent", "texted", "delivered")):
        out += ((ASKS_OTP_CODE, m) for m in _paired(_SENT_CODE_EN, _TYPED_HERE_EN, True, low))
    if "release" in low:
        out += ((TRANSFER_REQUEST, m) for m in _paired(_RELEASE_FIRST_EN, _VOUCH_EN, False, low))
    if any_in(low, ("to my ", "to our ")):
        out += ((TRANSFER_REQUEST, m) for m in _TO_OURS_EN.finditer(low))
    if _TO_LONG_EN.search(low) is not None:
        for m in _TO_ADDRESS_EN.finditer(low):
            a, _ = _around(low, m.start(), m.end())
            if _OPENER_EN.search(low[a : m.start()]) is not None:
                out.append((TRANSFER_REQUEST, m))
    return out


def _chinese(low: str) -> list[tuple[str, re.Match[str]]]:
    live = {_FAMILY_OF_ZH[w] for w in _GATE_ZH_RE.findall(low)}
    out: list[tuple[str, re.Match[str]]] = []
    if "code" in live:
        out += ((ASKS_OTP_CODE, m) for m in _paired(_SENT_CODE_ZH, _TYPED_HERE_ZH, True, low))
    if "release" in live:
        out += ((TRANSFER_REQUEST, m) for m in _paired(_RELEASE_FIRST_ZH, _VOUCH_ZH, False, low))
    if "permit" in live:
        out += ((TRANSFER_REQUEST, m) for m in _paired(_PERMIT_ZH, _GAIN_ZH, False, low))
    if "ours" in live:
        out += ((TRANSFER_REQUEST, m) for m in _TO_OURS_ZH.finditer(low))
    if "address" in live and _TO_LONG_ZH.search(low) is not None:
        for m in _TO_ADDRESS_ZH.finditer(low):
            a, b = _around(low, m.start(), m.end())
            if (
                _DONE_BY_YOU_ZH.search(low, a, m.start()) is None
                and _REPORTED_ZH.match(low, m.end(), b) is None
            ):
                out.append((TRANSFER_REQUEST, m))
    return out


def intent18_asks(low: str) -> list[Ask9]:
    """The asks above in ``low`` (folded, ASCII-lower-cased), in text order; every one is returned (the
    caller keeps the first of each code that no negation cancels)."""
    found = _english(low)
    if not low.isascii():
        found += _chinese(low)
    return sorted(Ask9(code, m.start(), m.end(), False) for code, m in found)
