"""Round 14, held: a threat with no ask in it (``review_outbound`` holds it, never refuses it).

Held, not refused (``coercion``): **a threat with no ask in it** — a condition or deadline on the
customer (if you don't, unless, failure to comply, otherwise, N minutes left, 不配合, 否则, 最后期限) + a
harm to their money or account (frozen, confiscated, lost, 清零, 充公, 作废, the police) + a mark of
severity (permanently, all, forever, 永久, 全部, 一律). Ordinary limits ("withdrawals stay limited until
you verify") name no severe harm and pass; a warning about such threats (scammers, 恐吓) passes.

Why a module of its own: it reads no ask, so ``check_outbound`` never runs it; only
``review_outbound`` does, and its gate and words are its own. Sentences are cut as round 14's asks
are (``outbound_intent14.SENTENCE``).
"""

from __future__ import annotations

import re
from typing import Final

from .outbound_intent14 import SENTENCE
from .textutil import any_in, compile_ascii

# --- coercion, held ---
_HARM_EN = compile_ascii(
    r"\b(?:account|funds|assets|balance|coins|withdrawal|money|everything|wallet|crypto|holdings)\b[^.!?\n]{0,60}?"
    r"(?:\b)(?:frozen|lost|seized|confiscated|closed|wiped|forfeit\w*|deleted|terminated|cancell?ed|banned"
    r"|liquidated|suspended|locked|gone|burned|destroyed|blocked|erased|zeroed|void\w*)\b"
    r"|\b(?:loss|seizure|confiscation|closure|forfeiture|freezing)\s+of\b"
    r"|\breport(?:ed)?\s+(?:you\s+)?to\s+(?:the\s+)?(?:police|authorities|fbi|regulators?|court)"
    r"|\b(?:hand|pass|refer|turn|send|forward)\w*\s+(?:over\s+)?(?:you|your\s+(?:case|account|file|details))\s+"
    r"(?:over\s+)?to\s+(?:the\s+)?(?:police|authorities|law\s+enforcement|fbi|court)"
    r"|\b(?:goes|go|sent|handed)\s+to\s+(?:the\s+)?(?:police|authorities|court)"
)
_HARM_ZH = re.compile(
    r"(?:账户|帐户|账号|资产|资金|余额|币|提币|钱包|财产)[^。！？\n]{0,12}?(?:冻结|清零|充公|没收|作废|关闭|封停"
    r"|封号|注销|销毁|清空|扣除|划走|封禁|失效|损失|丢失|丢掉|转走)"
    r"|移交(?:公安|警方|司法|法院)|报警|后果自负"
)
_SEVERE = compile_ascii(
    r"\b(?:permanent\w*|forever|for\s+good|all|every|whole|entire|no\s+appeal|irreversibl\w*|police|authorities"
    r"|legal\s+action|prosecut\w*|fbi|court)\b|永久|全部|一律|全额|所有|充公|清零|没收|公安|警方|司法|后果自负"
)
_PRESSURE = compile_ascii(
    r"\bif\s+(?:you|u)\s+(?:don'?t|do\s+not|fail|refuse|haven'?t|won'?t)\b|\bunless\b|\bfailure\s+to\b"
    r"|\botherwise\b|\bor\s+(?:else|we|your|the)\b|\bignore\s+this\b|\b(?:\d+|one|two|five|ten|fifteen|thirty)"
    r"\s*(?:min|mins|minutes?|hours?|hrs?|h)\s+(?:left|remaining)\b|\bwithin\s+(?:the\s+next\s+)?(?:\d+|one|an?)\b"
    r"|\buntil\s+(?:midnight|tonight|today|tomorrow|\d)|\b(?:by|before)\s+(?:midnight|tonight|today|tomorrow)\b"
    r"|\bdeadline\b|\b(?:last|final)\s+(?:chance|warning|notice|reminder)\b|\b(?:skip|ignore|refuse|delay)\s+(?:this|it|that)\b"
    r"|\bin\s+(?:the\s+next\s+)?(?:\d+|one|two|five|ten|fifteen|thirty)\s*(?:min|mins|minutes?|hours?|hrs?|h)\b"
    r"|\bact\s+now\b|\bdo\s+(?:exactly\s+)?(?:as|what)\s+i\s+(?:say|said|tell)\b|\bcomply\b|\bcooperate\b"
    r"|\bafter\s+that\b|\bignore\s+(?:me|us|this|my\s+\w+)\b|\bone\s+more\s+time\b"
    r"|不(?:马上|立即|立刻|及时|尽快|按时)?(?:提供|交出|发|给|告诉|核验|验证|上交)|不配合|否则|如不|若不|不然|要是不|不照做|不按|不听|拖到|拖延|逾期|限期|过时|逾时|到期未|过期不|未(?:验证|完成|配合|核实|认证)|最后期限|最后通牒|最后警告|今天之?内|今晚|还有[^。！？\n，,]{1,4}分钟"
    r"|\d+\s*(?:分钟|小时)内|[一二三五十半]+(?:个)?(?:分钟|小时)内|限你|照我说的|按我说的|立即配合|马上配合"
)
_NOT_COERCION = compile_ascii(
    r"\b(?:scam\w*|fraud\w*|threaten\w*|claim\w*|pretend\w*|impostors?|fake|never|won'?t|will\s+not|not\s+be"
    r"|no\s+one|nobody)\b|骗|诈|恐吓|话术|声称|冒充|不会|并不会|不用担心|假"
)
_COERCION_GATE: Final = (
    # the harm's verb or noun (rarer than the money nouns): every harm match holds one
    (
        "froz",
        "freez",
        "los",
        "seiz",
        "confiscat",
        "clos",
        "wiped",
        "forfeit",
        "delet",
        "terminat",
        "cancel",
        "bann",
        "liquidat",
        "suspend",
        "lock",
        "gone",
        "burn",
        "destroy",
        "block",
        "eras",
        "zeroed",
        "void",
        "police",
        "authorities",
        "court",
        "fbi",
        "regulator",
        "law enforcement",
        "冻结",
        "清零",
        "充公",
        "没收",
        "作废",
        "关闭",
        "封",
        "注销",
        "销毁",
        "清空",
        "扣除",
        "划走",
        "失效",
        "损失",
        "丢",
        "转走",
        "移交",
        "报警",
        "后果自负",
    ),
    (
        "permanent",
        "forever",
        "for good",
        "all",
        "every",
        "whole",
        "entire",
        "no appeal",
        "irreversib",
        "police",
        "authorities",
        "legal action",
        "prosecut",
        "fbi",
        "court",
        "永久",
        "全部",
        "一律",
        "全额",
        "所有",
        "充公",
        "清零",
        "没收",
        "公安",
        "警方",
        "司法",
        "后果自负",
    ),
)


def coercion(low: str) -> list[tuple[int, int]]:
    """Spans of threats with no ask in them (a condition or deadline + a severe harm to the customer's
    money or account), sentence by sentence; none in a sentence that calls them a scam or denies them."""
    out: list[tuple[int, int]] = []
    if not all(any_in(low, g) for g in _COERCION_GATE):
        return out
    zh = not low.isascii()
    for m in SENTENCE.finditer(low):
        a, b = m.span()
        harm = _HARM_EN.search(low, a, b) or (_HARM_ZH.search(low, a, b) if zh else None)
        if harm is None:
            continue
        if _SEVERE.search(low, a, b) is None or _PRESSURE.search(low, a, b) is None:
            continue
        if _NOT_COERCION.search(low, a, b) is not None:
            continue
        out.append((a, b))
    return out
