"""The words that turn an ask into a warning: negation, what is no negation, contrast.

Why a module of its own: "never send your seed phrase" names the same noun and verb as the ask; what
tells them apart is a negation before the verb (and a contrast word after it starting a new ask:
"don't worry, just send it"). ``outbound_sentence`` reads these lists.

Every pattern here is matched against the ASCII-lower-cased message (``textutil.ascii_lower``), so
literals are written in lower case and no ``re.IGNORECASE`` is needed (it halves the speed of
CPython's ``re``). Compiled once at import; plain regexes over the agent's text.
"""

from __future__ import annotations

from typing import Final

from .textutil import Phrases, compile_ascii

# --- negation, contrast, warnings --------------------------------------------
_APOSTROPHES: Final = ("'", "\u2019")
NEGATION = Phrases(
    [
        "never",
        "not",
        "no",
        "dont",
        "do not",
        "does not",
        "will not",
        "should not",
        "must not",
        "cannot",
        "nor",
        "neither",
        "avoid",
        "refuse",
        "beware",
        "without",
        "stop",
        *(
            f"{stem}{a}t"
            for stem in (
                "don",
                "doesn",
                "didn",
                "won",
                "wouldn",
                "shouldn",
                "can",
                "couldn",
                "mustn",
                "isn",
                "aren",
                "wasn",
                "weren",
                "haven",
                "hasn",
            )
            for a in _APOSTROPHES
        ),
        "不要",
        "不用",
        "别",
        "勿",
        "切勿",
        "请勿",
        "不会",
        "绝不",
        "绝对不",
        "从不",
        "从来不",
        "永远不",
        "千万不要",
        "不得",
        "严禁",
        "禁止",
        "不需要",
        "无需",
        "不必",
        "谨防",
        "警惕",
        "不能",
        "不可",
        "避免",
        "拒绝",
        "不应",
        "不该",
        "防止",
        "小心",
        "提防",
        "不提供",
        "不支持",
        "不进行",
        "不接受",
        "不通过",
        "从未",
        "从没",
        "不做",
        "不搞",
        "从来没有",
        "从来没",
        "不是任何",
        "并非任何",
    ]
)
NOT_NEGATION = compile_ascii(
    r"\s*(?:\w+\s+)?(?:worry|worried|panic|hesitate|be\s+(?:afraid|alarmed|concerned)"
    r"|forget|problem|worries)\b|\s*(?:担心|着急|急|紧|忘记|忘了|客气)"
    # round 10 (r16): "To avoid a permanent freeze, move all your USDT to …": a harm avoided is a purpose
    r"|\s+(?:(?:a|any|the|further|permanent|your|account)\s+){0,3}(?:freez\w*|suspension|ban|closure|penalt\w*"
    r"|fines?|losses|losing|deletion)\b|(?:账户|账号|资产)?(?:被)?(?:冻结|封号|封禁|损失|处罚)"
    # round 18 (r26): "To avoid liquidation, move your USDT to …", 为避免强平: the trader's harm, likewise
    r"|\s+(?:(?:a|any|the|your|forced)\s+){0,2}(?:liquidation|margin\s+call)s?\b|(?:仓位)?(?:被)?(?:强平|爆仓|强制平仓)"
)
CONTRAST = Phrases(
    [
        "but",
        "however",
        "instead",
        "just",
        "only",
        "so",
        "then",
        "now",
        "rather",
        "though",
        "although",
        "except",
        ";",
        "；",
        ", please",
        ",please",
        ", pls",
        ", kindly",
        "，请",
        ",请",
        "， 请",
        "但",
        "但是",
        "不过",
        "只需",
        "只要",
        "只是",
        "然而",
        "可是",
        "而是",
        "直接",
        "现在",
        "所以",
    ]
)
