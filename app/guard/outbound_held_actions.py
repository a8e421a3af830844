"""Asks that name no secret but give the game away, held by ``review_outbound``.

Why a module of its own: these asks have no secret noun for ``check_outbound`` to read, only the
scam's own move: a secret disguised for the filter ("a dash between each word so our system doesn't
flag it"), a fee paid first, a token approval on a page we send, an app we send to install. Held per
sentence, not in a sentence with a warning word, not under a negation in its clause.
"""

from __future__ import annotations

import re
from typing import Final

from .outbound_hand_backs import NEGATION, SENTENCE, WARNING, clause_start
from .textutil import AsciiFirst, compile_ascii, literal_alternation
from .types import ASKS_SEED_PHRASE, REMOTE_ACCESS, TRANSFER_REQUEST, Violation

# Asks that name no secret but give the game away (held, per sentence, same exclusions):
_ACTIONS: Final = (
    # a secret disguised for the filter ("with a dash between each word so our system doesn't flag it")
    (
        ASKS_SEED_PHRASE,
        compile_ascii(
            r"\b(?:so|then)\s+(?:that\s+)?(?:our|the|my)\s+(?:system|filter|bot|chat)\s+(?:doesn'?t|does\s+not|won'?t|"
            r"will\s+not|can'?t|cannot)\s+(?:flag|block|catch|detect|stop|see)|\b(?:dash|space|dot|comma)\s+between\s+"
            r"(?:each|every)\s+word|系统就?不会拦截?|不会被(?:系统)?拦截?|绕过(?:系统|过滤|拦截)|躲过(?:系统|检测)"
        ),
    ),
    # a payment first: a fee, a tax or a deposit before anything is done
    (
        TRANSFER_REQUEST,
        compile_ascii(
            r"\b(?:first|upfront|up\s+front|in\s+advance|beforehand)\s+(?:pay|send|transfer|deposit)\b[^.!?\n]{0,40}"
            r"(?<![a-z0-9_])(?:fee|fees|tax|taxes|deposit|margin|charge|commission)\b|\bpay\b[^.!?\n]{0,40}(?<![a-z0-9_])(?:fee|fees|tax|deposit|"
            r"margin|charge|commission)\b[^.!?\n]{0,20}(?<![a-z0-9_])(?:first|upfront|up\s+front|in\s+advance|beforehand)\b"
            r"|先(?:支付|付|交|缴|转)[^。！？\n]{0,12}(?:费|税|保证金|押金|手续费)"
        ),
    ),
    # a token approval on a page we send (it lets the page's owner move the funds)
    (
        TRANSFER_REQUEST,
        compile_ascii(
            r"\b(?:approve|sign|authori[sz]e|confirm)\s+(?:the\s+|this\s+|a\s+)?(?:spending\s+|token\s+)?(?:permission|approval"
            r"|allowance|contract|signature\s+request)\b[^.!?\n]{0,40}(?<![a-z0-9_])(?:page|link|site|dapp)\b"
            # round 5: the link first, then "connect your wallet and approve the transaction"
            r"|\b(?:link|page|site|dapp)\b[^.!?\n]{0,40}(?<![a-z0-9_])connect\s+(?:your\s+)?wallet\b[^.!?\n]{0,30}"
            r"(?<![a-z0-9_])(?:approve|sign|authori[sz]e|confirm)\b"
            r"|(?:链接|页面|网页)[^。！？\n]{0,12}连接钱包[^。！？\n]{0,12}(?:授权|签名|批准)"
            r"|(?:页面|链接|网页)上?[^。！？\n]{0,8}(?:点|点击|确认)一?下?[“\"「]?(?:授权|签名|批准)"
        ),
    ),
    # an app we send to install ("the APK from the link I'll send", 我发您一个APK)
    (
        REMOTE_ACCESS,
        compile_ascii(
            r"\binstall\b[^.!?\n]{0,40}(?<![a-z0-9_])(?:apk|plugin|extension)\b|\b(?:apk|plugin|extension)\b[^.!?\n]{0,40}"
            r"(?<![a-z0-9_])(?:i\s*'?ll\s+send|i\s+will\s+send|i\s+sent|we\s+sent|we\s*'?ll\s+send)\b"
            r"|(?:发您|发你|发给您|发给你)[^。！？\n]{0,16}(?:apk|安装包|插件)|(?:apk|安装包|插件)[^。！？\n]{0,12}安装"
        ),
    ),
)
# Literal words every pattern above holds one of: a sentence without any is skipped at once (the
# patterns begin with look-behinds, which ``re`` tries at every character).
_ACTION_HINT = AsciiFirst(
    re.compile(
        literal_alternation(
            [
                "so ",
                "then ",
                "dash",
                "space",
                "dot",
                "comma",
                "fee",
                "tax",
                "deposit",
                "margin",
                "charge",
                "commission",
                "approv",
                "sign",
                "authori",
                "confirm",
                "install",
                "apk",
                "plugin",
                "extension",
                "拦",
                "绕过",
                "躲过",
                "先",
                "授权",
                "签名",
                "批准",
                "安装",
                "插件",
            ]
        )
    )
)


def held_actions(text: str, low: str) -> list[Violation]:
    """The asks of ``_ACTIONS``, in sentences with no warning word, not negated in their clause."""
    found: list[Violation] = []
    for m in SENTENCE.finditer(low):
        lo, hi = m.span()
        if _ACTION_HINT.search(low, lo, hi) is None or WARNING.search(low, lo, hi) is not None:
            continue
        for code, pattern in _ACTIONS:
            for a in pattern.finditer(low, lo, hi):
                # round 19: a negation inside the ask counts too ("聊天里发来的APK不要安装")
                if NEGATION.search(low, clause_start(low, lo, a.start()), a.end()) is None:
                    found.append(Violation(code, text[a.start() : a.end()], a.start(), a.end()))
                    break
    return found
