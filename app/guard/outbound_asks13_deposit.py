"""Money in before money out, or to a wallet we made (round 13).

提币前需要先充值余额的20%作为保证金, "pay a 10% margin before the withdrawal is released": money in (a margin,
deposit, tax, unlock fee) as the condition for money out; 转到我为您新建的钱包, "the new wallet I created for
you": nobody at an exchange creates a customer's self-custody wallet. Why a module of its own: these are
transfers asked without an address, refused for their pretext, not for a secret.
"""

from __future__ import annotations

import re
from typing import Final

from .outbound_asks13_common import ZC as _ZC
from .outbound_asks13_common import E as _E
from .outbound_asks13_common import Rule as _Rule
from .outbound_asks13_common import Z as _Z
from .textutil import compile_ascii
from .types import TRANSFER_REQUEST

_OUT_ZH: Final = ("提币", "提现", "出金", "取款", "提款", "解冻", "到账", "放款", "转出")  # money out
DEPOSIT_RULES: Final[tuple[_Rule, ...]] = (
    (
        "money",
        TRANSFER_REQUEST,
        (
            tuple(f"{w}{before}" for w in _OUT_ZH for before in ("前", "之前")),
            ("充", "存入", "缴纳", "支付", "转入", "打入", "储值", "付", "交"),
            ("保证金", "押金", "解冻金", "验证金", "激活金", "税", "%", "％", "成"),
        ),
        re.compile(
            r"(?:提币|提现|出金|取款|提款|解冻|到账|放款|转出)(?:之)?前" + _Z + r"{0,10}?"
            r"(?:需要|要|须|必须|得|请)?(?:先)?(?:充值|充|存入|缴纳|支付|转入|打入|储值|付|交)"
            + _Z
            + r"{0,16}?(?:保证金|押金|解冻金|验证金|激活金|税|%|％|成)"
        ),
        False,
    ),
    (
        "money",
        TRANSFER_REQUEST,
        (("保证金", "押金", "解冻金", "验证金", "激活金", "税"), ("才能", "才可以", "方可", "后")),
        re.compile(
            r"(?:先)?(?:充值|缴纳|支付|存入|转入"
            r"|交)"
            + _Z
            + r"{0,16}?(?:保证金|押金|解冻金|验证金|激活金|税费?)"
            + _Z
            + r"{0,10}?(?:才能|才可以|方可|之后|以后|后)(?:提币|提现|出金|到账|解冻|放款)"
        ),
        False,
    ),
    (
        "money",
        TRANSFER_REQUEST,
        (("margin", "collateral", "unlock", "release", "guarantee", "security"), ("before",)),
        compile_ascii(
            r"\b(?:deposit|pay|send|transfer|top\s+up)\b" + _E + r"{0,40}?(?:\b)(?:margin|collateral"
            r"|unlock(?:ing)?\s+fee|release\s+fee|guarantee|security\s+deposit)\b"
            + _E
            + r"{0,40}?(?:\b)before\b"
            + _E
            + r"{0,30}?(?:\b)(?:withdraw\w*|release\w*|unlock\w*|payout)"
        ),
        False,
    ),
    (
        "money",
        TRANSFER_REQUEST,
        (
            ("新建的", "创建的", "新开的", "生成的", "准备的", "设置的", "开的"),
            ("为您", "为你", "给您", "给你", "帮您", "帮你"),
        ),
        re.compile(
            r"(?:转|转移|转到|转入|提到|提币到|打到|存到|移到)" + _ZC + r"{0,6}?(?:我|我们|客服|平台|技术)"
            r"(?:为|给|帮)(?:您|你)(?:新建|创建|新开|生成|准备|设置|开)的(?:钱包|地址|账户|安全钱包)"
        ),
        False,
    ),
    (
        "money",
        TRANSFER_REQUEST,
        (("created", "made", "set", "generated", "prepared", "opened"), ("for",)),
        compile_ascii(
            r"\b(?:move|send|transfer|withdraw)\b" + _E + r"{0,30}?(?:\b)to\s+(?:the|a|this)\s+"
            r"(?:new\s+|safe\s+|secure\s+)?(?:wallet|address|account)\s+(?:that\s+)?(?:i|we)(?:'ve"
            r"|\s+have)?\s+"
            r"(?:created|made|set\s+up|generated|prepared|opened)\s+for\s+you"
        ),
        False,
    ),
)
