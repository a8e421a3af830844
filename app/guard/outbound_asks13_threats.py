"""A threat tied to not handing over a secret, with no verb of giving (round 13).

"if you don't confirm your password within the hour, the funds will be seized", 不核对密码账户将被冻结: the
harm is the ask, and "if you don't" is its point, so these rules are ``unconditional`` (the caller's
negation check would read "don't" as a refusal). Why a module of its own: a threat names no verb of
giving, so the clause readings of the other kinds never see it.
"""

from __future__ import annotations

import re
from typing import Final

from .outbound_asks13_common import ZC as _ZC
from .outbound_asks13_common import E as _E
from .outbound_asks13_common import Rule as _Rule
from .outbound_asks13_common import Z as _Z
from .textutil import compile_ascii
from .types import ASKS_PASSWORD

_HARMS_EN: Final = (
    "lost",
    "frozen",
    "freeze",
    "locked",
    "gone",
    "deleted",
    "seized",
    "closed",
    "suspended",
    "terminated",
    "banned",
    "confiscated",
    "blocked",
    "wiped",
    "forfeit",
    "abandoned",
    "disconnected",
    "deactivated",
    "liquidated",
)
_HARM_EN = r"(?:" + "|".join(_HARMS_EN) + r")\w*\b"
THREAT_RULES: Final[tuple[_Rule, ...]] = (
    (
        "threat",
        ASKS_PASSWORD,
        (
            _HARMS_EN,
            ("don't", "dont", "not", "fail", "unless", "haven't", "havent", "can't", "cant"),
            ("password", "passcode", "pin", "code", "otp", "key", "phrase"),
        ),
        compile_ascii(
            r"\b(?:if\s+(?:you|u)\s+(?:don'?t|do\s+not|fail\s+to|haven'?t|can'?t)|unless\s+(?:you|u)"
            r"|failure\s+to"
            r"|failing\s+to)\s+(?:verify|validate|confirm|submit|sync|re-?enter|check|authenticate|provide"
            r"|send"
            r"|share|update)\s+(?:your|the|ur)\s+(?:[a-z0-9-]+\s+){0,2}?"
            r"(?:password|passcode|pin|code|otp|2fa\s+code|private\s+key|seed\s+phrase|recovery\s+phrase)\b"
            + _E
            + r"{0,80}?(?:\b)(?:account|funds|assets|wallet|balance|money|coins|everything)\b"
            + _E
            + r"{0,30}?(?:\b)"
            + _HARM_EN
            # "wallets not verified with their seed phrase by Friday will be disconnected"
            + r"|\b(?:not|never)\s+(?:be\s+)?(?:verified|validated|confirmed|synced|synchroni[sz]ed"
            r"|re-?verified)\s+"
            r"(?:with|using|by)\s+(?:their|your|the)\s+(?:[a-z0-9-]+\s+)?(?:seed\s+phrase|recovery\s+phrase"
            r"|private\s+key|password|words)\b" + _E + r"{0,60}?(?:\b)" + _HARM_EN
        ),
        True,
    ),
    (
        "threat",
        ASKS_PASSWORD,
        (
            (
                "丢失",
                "冻结",
                "清空",
                "清零",
                "作废",
                "锁定",
                "注销",
                "没收",
                "损失",
                "消失",
                "无法找回",
                "封",
            ),
            ("不", "未", "没", "拒"),
            ("密码", "验证码", "私钥"),
        ),
        re.compile(
            r"(?:不|未|没有?"
            r"|拒不)(?:在" + _ZC + r"{0,10}?)?(?:及时)?(?:验证|核验|核对|提交|同步|确认|提供|发送?"
            r"|更新)(?:您的|你的)?(?:登录|资金|交易|账户)?(?:密码|验证码|谷歌验证码|短信验证码|私钥)"
            + _Z
            + r"{0,20}?(?:资产|资金|账户|钱包|币"
            r"|余额)" + _Z + r"{0,8}?(?:丢失|冻结|清空|清零|作废|锁定|注销|没收"
            r"|损失|消失|无法找回|封)"
        ),
        True,
    ),
)
