"""Asks blind batch r16 showed passing (round 10), read by who must give what to whom:

* **a threat for not handing it over**, in any order: "send the code now or I close your ticket",
  "if you don't send the email code within 10 minutes your account will be closed", 拒不提供验证码将承担
  法律责任, 现在不发验证码我就关工单 (round 9 had the first shapes; these add the "X or <harm>" order,
  a modifier before the secret, 拒不/拒绝, and harms like 关工单, 责任, "reported to police");
* **a signature in the customer's wallet** for us: "sign the permit in your wallet", "approve the
  contract … it's our refund contract", 在钱包里确认一个授权（approve）请求, 签署这个permit — an approval
  or a permit moves tokens without a transfer verb; scanning *our* QR code with the wallet and
  confirming is a payment to whoever made the code;
* **software we name or link**: an app or extension in quotes ("Exchange Shield", “客服助手”), one to
  download from a link we send, any browser extension or plugin to install — the exchange's own app is
  downloaded from its site or the store by its name, and a known authenticator or wallet is advice;
* **the authenticator's secret itself**: its QR code or setup key sent, exported or photographed, the
  long key "you got when you set up 2FA", its digits sent each time they change;
* **a secret named plainly and asked with a short word**: "the seed" (no "phrase"), "pass me the
  verification code", "our system needs your email verification code", "your login details please".

Each rule is an ask of the customer to give something to us; each is cancelled, as round 9's are, by
a negation or warning before it (the caller's sentence reading) or a refusal after it in the sentence.
The genuine replies each must not stop are in ``tests/guard/test_round10_outbound.py``.
"""

from __future__ import annotations

import re
from typing import Final

from .outbound_asks9 import LITERALS9, Ask9, round9_asks_with, threat_kind
from .textutil import AsciiFirst, WordStartSearch, any_in, compile_ascii, literal_alternation
from .types import ASKS_OTP_CODE, ASKS_SEED_PHRASE, REMOTE_ACCESS, TRANSFER_REQUEST

_SECRET_EN = (
    r"(?:code|codes|otp|2fa|password|pass|passcode|pin|seed(?:\s+phrase)?|recovery\s+phrase|private\s+key|pk"
    r"|12\s+words|words|key)"
)
_SECRET_ZH = r"(?:验证码|谷歌验证码|短信验证码|密码|助记词|恢复短语|私钥|密钥|2fa|二次验证码?)"
_HARM_EN = (
    r"(?:frozen|freeze|locked|lock|closed|close|suspended|banned|lose|lost|reported|police|deleted|terminated"
    r"|seized|confiscated)"
)
_HARM_ZH = r"(?:冻结|封|失败|关闭|(?<!相)关|注销|无法|清空|责任|后果|负责|处罚|起诉|报警|损失|没收)"
# brands whose download or extension is advice, not a scam's tool
_KNOWN_TOOL = re.compile(
    r"authenticator|authy|google|microsoft|metamask|trust\s*wallet|ledger|trezor|phantom|官方|官网|谷歌|验证器|official"
)

# the sentence goes on to refuse the customer's part ("…, don't: uninstall it", "不要确认") - not a
# statement about ourselves ("I just need the seed, we never store it")
_REFUSED_AFTER = compile_ascii(
    r"\b(?:don'?t|do\s+not|never)\s+(?:do|send|share|give|install|sign|approve|scan|download|open|click|it|that"
    r"|this|them)\b|\b(?:uninstall|refuse|decline|reject)\b|不要|别|切勿|卸载|拒绝"
)
_END = re.compile(r"[.!?。！？\n]")


def refused_after(low: str, pos: int) -> bool:
    """Does the sentence go on, after ``pos``, to refuse the customer's part ("…, don't: uninstall it")?"""
    return _REFUSED_AFTER.search(low, pos, _sentence_end(low, pos)) is not None


def _sentence_end(low: str, pos: int) -> int:
    m = _END.search(low, pos)
    return m.start() if m else len(low)


# the writer asks about their own action, as a customer does ("is it safe to screenshot my QR code?")
_OWN_QUESTION = compile_ascii(
    r"(?:\bis\s+it\s+(?:safe|ok|okay|fine|wise)\s+to|\b(?:can|should|may|must)\s+i|\bhow\s+(?:do|can|should)\s+i"
    r"|我(?:可以|能不能|能|应该|该不该|要不要))\s*$"
)
# (code, literals one of which must be present, pattern, the kind is the secret it names)
_Rule = tuple[str, tuple[str, ...], re.Pattern[str], bool]
_RULES: Final[tuple[_Rule, ...]] = (
    # a threat for not handing it over
    (
        ASKS_OTP_CODE,
        (
            "frozen",
            "freez",
            "lock",
            "close",
            "suspend",
            "banned",
            "lose",
            "lost",
            "report",
            "police",
            "delet",
            "terminat",
            "seiz",
            "confiscat",
        ),
        compile_ascii(
            r"\b(?:if\s+(?:you|u)\s+(?:don'?t|do\s+not|won'?t|refuse\s+to|fail\s+to)|unless\s+(?:you|u))\s+"
            r"(?:send|provide|give|share|tell|submit)\s+(?:me\s+|us\s+)?(?:the\s+|your\s+|ur\s+)?(?:[a-z0-9-]+\s+){0,2}?"
            + _SECRET_EN
            + r"\b[^.!?\n]{0,80}?(?:\b)"
            + _HARM_EN
            + r"|\b(?:send|give|provide|share|tell)\s+(?:me\s+|us\s+)?(?:the\s+|your\s+|ur\s+)?"
            r"(?:[a-z0-9-]+\s+){0,2}?"
            + _SECRET_EN
            + r"\b[^.!?\n]{0,20}?(?:\b)or\s+(?:else\s+)?[^.!?\n]{0,50}?(?:\b)"
            + _HARM_EN
        ),
        True,
    ),
    (
        ASKS_OTP_CODE,
        ("不提供", "不发", "不给", "不交", "不告诉", "拒不", "拒绝提供"),
        compile_ascii(
            r"(?:拒不|拒绝|不)(?:提供|发送?|给|交出|告诉)[^。！？\n]{0,6}?"
            + _SECRET_ZH
            + r"[^。！？\n]{0,24}?"
            + _HARM_ZH
        ),
        True,
    ),
    # a signature or approval in the customer's wallet, for us
    (
        TRANSFER_REQUEST,
        ("permit", "approv", "contract", "signature", "allowance", "spending"),
        compile_ascii(
            r"\b(?:sign|approve|confirm|accept|authori[sz]e)\s+(?:the\s+|this\s+|that\s+|a\s+|an\s+|our\s+|my\s+)?"
            r"(?:[\"“'][^\"”'\n]{1,30}[\"”']\s+|[a-z-]+\s+){0,2}?"
            r"(?:permit|approval|setapprovalforall|contract(?!\s+address)|signature|spending\s+(?:cap|limit|permission)"
            r"|allowance)\b"
            r"|\bsign\b[^.!?\n]{0,12}?setapprovalforall"
        ),
        False,
    ),
    (
        TRANSFER_REQUEST,
        ("permit", "approve", "授权", "合约", "签名", "签署"),
        compile_ascii(
            r"(?:签署|签名|签一下|确认|批准|同意|点一下|点击|点)(?:(?!取消|撤销|撤回|不要|别)[^。！？\n，,]){0,12}?"
            r"(?:permit|approve|授权请求|授权|合约|签名请求|签名)"
            # "请对合约 0x9aE1… 授权无限额USDT": an approval to a contract we name by its address
            r"|对(?:这个|该|此|我们的?)?合约\s*0x[0-9a-f]{6,}[^。！？\n]{0,12}?授权"
        ),
        False,
    ),
    (
        TRANSFER_REQUEST,
        ("qr", "二维码"),
        compile_ascii(
            r"\bscan\s+(?:this|that|my|our|the\s+following)\s+qr(?:\s*code)?\b[^.!?\n]{0,60}?(?:\b)"
            r"(?:confirm|approve|sign|send|pay|transfer)\b"
            r"|(?:扫|扫描)(?:一下)?(?:这个|我发的|此|该|下面的|以下)二维码[^。！？\n]{0,20}?(?:确认|支付|转账|付款|授权|签名)"
        ),
        False,
    ),
    # software we name or link
    (
        REMOTE_ACCESS,
        (
            "install",
            "download",
            "extension",
            "plugin",
            "add-on",
            "addon",
            "get our",
            "get this",
            "add our",
            "add this",
            "下载",
            "安装",
            "插件",
            "扩展",
        ),
        compile_ascii(
            r"\b(?:install|download|add|get)\s+(?:this|our|the|my)\s+(?:new\s+)?(?:browser\s+)?"
            r"(?:extension|plugin|add-?on|app|tool|software|program)?\s*[\"“][^\"”\n]{2,30}[\"”]"
            r"|\b(?:install|download)\b[^.!?\n]{0,40}?(?:\b)(?:link|url|file)\s+(?:i|we)(?:'ll|\s+will|\s+just)?\s+"
            r"(?:send|sent|share|shared|gave|give|post|posted)"
            r"|\binstall\s+(?:this|our|the|my)\s+(?:browser\s+)?(?:extension|plugin|add-?on)\b"
            r"|(?:下载|安装)[^。！？\n]{0,16}?[“\"「][^”\"」\n]{2,16}[”\"」]"
            r"|(?:从|用|通过)(?:我|我们)(?:发给|发|给)(?:您|你)?的链接(?:下载|安装)"
            r"|安装[^。！？\n]{0,6}?(?:浏览器)?(?:插件|扩展)"
        ),
        False,
    ),
    # the authenticator's secret: its QR code or setup key, its digits as they change
    (
        ASKS_OTP_CODE,
        ("qr", "key", "二维码", "密钥", "秘钥"),
        compile_ascii(
            r"\b(?:send|share|give|tell|export|screenshot|photo\w*|what'?s|what\s+is|need)\b[^.!?\n]{0,40}?(?:\b)"
            r"(?:qr(?:\s*code)?|setup\s+key|secret\s+key|backup\s+key|(?:the|that|your|ur)\s+(?:long\s+)?key)\b"
            r"[^.!?\n]{0,40}?(?:\b)(?:2fa|authenticator|google\s+auth\w*|ga|authy)\b"
            r"|(?:验证器|谷歌验证|身份验证器|二次验证|两步验证|2fa|ga)[^。！？\n]{0,10}?(?:二维码|设置密钥|密钥|key|秘钥)"
            r"[^。！？\n]{0,12}?(?:发我|发给我|发过来|给我|导出|拍照|截图|是啥|是什么|分享|告诉我)"
            r"|(?:分享|发|导出|提供|告诉我)[^。！？\n]{0,4}?(?:谷歌验证器|验证器|身份验证器|2fa)的?(?:设置)?(?:密钥|二维码|key)"
        ),
        False,
    ),
    (
        ASKS_OTP_CODE,
        (
            "numbers from",
            "digits from",
            "code from",
            "number from",
            "numbers in",
            "digits in",
            "code in",
            "numbers on",
            "digits on",
            "code on",
            "验证器",
            "谷歌验证",
            "令牌",
        ),
        compile_ascii(
            r"\b(?:read|tell|send|give)\s+(?:out\s+|me\s+|us\s+){0,2}(?:the\s+)?(?:numbers?|digits|code)\s+(?:from|in|on)\s+"
            r"(?:your\s+)?(?:[a-z]+\s+){0,2}app\b"
            r"|(?:验证器|谷歌验证|令牌)[^。！？\n]{0,6}?(?:上|里)?的?(?:数字|验证码|码|数)[^。！？\n，,]{0,12}?"
            r"(?:发我|发给我|告诉我|报给我|念给我)(?!是否|结果|一声)"
        ),
        False,
    ),
    # a secret named plainly, asked with a short word
    (
        ASKS_SEED_PHRASE,
        ("the seed", "that seed", "this seed"),
        compile_ascii(
            r"\b(?:need|give|send|share|tell|what'?s|what\s+is|provide)\s+(?:me\s+|us\s+)?(?:the|that|this)\s+seed\b"
            r"(?!\s*(?:round|funding|investors?|money|capital|stage|phrase|words?))"
        ),
        False,
    ),
    (
        ASKS_OTP_CODE,
        ("pass me", "pass us", "hand me", "hand us", "shoot me", "slide me", "drop me"),
        compile_ascii(
            r"\b(?:pass|hand|slide|shoot|drop)\s+(?:me|us)\s+(?:over\s+)?(?:the\s+|your\s+|ur\s+)?(?:[a-z0-9-]+\s+){0,2}?"
            r"(?:code|otp|password|pass|seed(?:\s+phrase)?|private\s+key|2fa)\b"
        ),
        True,
    ),
    (
        ASKS_OTP_CODE,
        tuple(
            f"{who} {verb}"
            for who in ("system", "team", "department", "backend", "engineers", "engineer", "server")
            for verb in ("need", "require")
        ),
        compile_ascii(
            r"\b(?:our|the)\s+(?:system|team|department|backend|engineers?|tech\s+team|security\s+team|server)\s+"
            r"(?:needs?|requires?)\s+(?:your|the)\s+(?:[a-z0-9-]+\s+){0,3}?"
            r"(?:code|password|seed\s+phrase|private\s+key|otp|2fa)\b"
            r"(?![^.!?\n]{0,40}?(?:\b)(?:on|in)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:page|app|screen|form))"
        ),
        True,
    ),
    (
        ASKS_OTP_CODE,
        ("please", "pls", "plz"),
        compile_ascii(
            r"\b(?:your|ur)\s+(?:login\s+(?:details|info|credentials)|password|pass|credentials|(?:[a-z0-9-]+\s+)?code"
            r"|seed\s+phrase|recovery\s+phrase|private\s+key)\s*(?:\([^)\n]{0,30}\)\s*)?,?\s*(?:please|pls|plz)\b"
            r"\s*(?:\(|[.!,;]|$|so\b|and\b|to\b)"
        ),
        True,
    ),
)

# Rules whose literals are common words ("please", "key", "close") are not in the literal scan: a
# rarer word must be in the message first (a C-level ``in``), then their literals are found one by one.
_AUTHENTICATOR: Final = ("2fa", "authenticator", "google auth", "authy", "ga", "验证")
_GATES: Final = {
    "frozen": ("if you", "if u", "unless", " or "),  # the threat rule
    "qr": _AUTHENTICATOR,  # the authenticator's secret (not the QR payment rule: another code)
    "please": ("your ", "ur "),
}
_GATED: Final = {
    i: (_GATES[lits[0]], lits)
    for i, (code, lits, _, _) in enumerate(_RULES)
    if lits[0] in _GATES and (lits[0] != "qr" or code == ASKS_OTP_CODE)
}


def _fewest(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` without those holding another of them ("your " holds "ur "): the same ``any_in``."""
    return tuple(w for w in words if not any(o != w and o in w for o in words))


# The same two tests (``a and b`` of ``any_in``), in the order that costs least on the batches'
# replies: the threat's four gate words before its fourteen harms, "your " before "please"; the QR
# rule's three literals before the six authenticator words. Gate words that hold another are dropped.
_GATE_TESTS: Final = {
    i: (_fewest(gate), _fewest(lits)) if _RULES[i][1][0] != "qr" else (_fewest(lits), _fewest(gate))
    for i, (gate, lits) in _GATED.items()
}
_ALL_LITERALS: Final = sorted(
    {lit for i, rule in enumerate(_RULES) if i not in _GATED for lit in rule[1]}, key=len, reverse=True
)
# one scan finds round 9's literals too (``scripted_asks``): a found literal stands for the shorter
# literals inside it, of either round
_BOTH: Final = sorted({*_ALL_LITERALS, *LITERALS9}, key=len, reverse=True)
_LITERALS = AsciiFirst(re.compile(literal_alternation(_BOTH)))
_INSIDE: Final = {big: frozenset(lit for lit in _ALL_LITERALS if lit in big) for big in _BOTH}
_INSIDE9: Final = {big: frozenset(lit for lit in LITERALS9 if lit in big) for big in _BOTH}
# how far a match reaches from its literal (each pattern runs only there: a long message stays cheap)
_REACH: Final = 160
# the threat's literal (the harm) ends it, "please" nearly ends its rule: their windows look back
_REACH_OF: Final = {
    i: (170, 16) if rule[1][0] == "frozen" else (90, 24)
    for i, rule in enumerate(_RULES)
    if rule[1][0] in ("frozen", "please")
}
# the rules each literal (and the shorter literals inside it) may start
_RULES_AT: Final = {
    big: tuple(i for i, rule in enumerate(_RULES) if i not in _GATED and not inside.isdisjoint(rule[1]))
    for big, inside in _INSIDE.items()
}


# a rule whose every alternative starts with a word start is searched literal-first (``WordStartSearch``)
_SEARCH: Final = {
    i: WordStartSearch(rule[2]) if WordStartSearch.fits(rule[2]) else rule[2] for i, rule in enumerate(_RULES)
}


def scripted_asks(low: str) -> list[Ask9]:
    """Round 9's asks, then round 10's, in ``low`` (folded, ASCII-lower-cased), from one literal scan."""
    where: dict[int, list[int]] = {}
    present9: set[str] = set()
    for found in _LITERALS.finditer(low):
        big = found.group()
        present9 |= _INSIDE9[big]
        for i in _RULES_AT[big]:
            where.setdefault(i, []).append(found.start())
    return round9_asks_with(low, present9) + _round10(low, where)


def round10_asks(low: str) -> list[Ask9]:
    """The asks above in ``low`` (folded, ASCII-lower-cased); at most one per rule. The caller drops
    those under a negation or warning of their sentence (none here is unconditional)."""
    where: dict[int, list[int]] = {}
    for found in _LITERALS.finditer(low):
        for i in _RULES_AT[found.group()]:
            where.setdefault(i, []).append(found.start())
    return _round10(low, where)


def _round10(low: str, where: dict[int, list[int]]) -> list[Ask9]:
    out: list[Ask9] = []
    for i, (first, second) in _GATE_TESTS.items():
        if any_in(low, first) and any_in(low, second) and (spots := _positions(low, _GATED[i][1])):
            where[i] = spots
    for i in sorted(where):
        code, _, _, named_kind = _RULES[i]
        spots = where[i]
        m = search_near(_SEARCH[i], low, spots, *_REACH_OF.get(i, (_REACH, _REACH)))
        if m is None or _REFUSED_AFTER.search(low, m.end(), _sentence_end(low, m.end())) is not None:
            continue
        if _OWN_QUESTION.search(low, max(0, m.start() - 24), m.start()) is not None:
            continue  # "is it safe to screenshot my QR code for 2FA?": the writer's own question
        if code == REMOTE_ACCESS and _KNOWN_TOOL.search(m.group()) is not None:
            continue  # a known authenticator or wallet is advice
        kind = threat_kind(m.group()) if named_kind else code
        out.append(Ask9(kind, m.start(), m.end(), False))
    return out


def search_near(
    pattern: re.Pattern[str] | WordStartSearch, low: str, spots: list[int], before: int, after: int
) -> re.Match[str] | None:
    """The first match of ``pattern`` that reaches from ``before`` characters before a literal's position
    to ``after`` after it (windows merged)."""
    lo, hi = -1, -1
    for p in spots:
        a, b = max(0, p - before), min(len(low), p + after)
        if a <= hi:
            hi = b
            continue
        if lo >= 0 and (m := pattern.search(low, lo, hi)) is not None:
            return m
        lo, hi = a, b
    return pattern.search(low, lo, hi) if lo >= 0 else None


def _positions(low: str, literals: tuple[str, ...]) -> list[int]:
    """Where any of ``literals`` occurs in ``low``, sorted."""
    out: list[int] = []
    for lit in literals:
        p = low.find(lit)
        while p >= 0:
            out.append(p)
            p = low.find(lit, p + 1)
    return sorted(out)
