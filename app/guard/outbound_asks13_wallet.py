"""A token approval or signature in the wallet, for us (round 13).

"connect your wallet at our dApp and approve what pops up", "approve the USDT spending request",
"confirm the setApprovalForAll", "sign the message, it's only a signature, no funds move", 连接钱包…点确认,
在小狐狸里授权USDT额度, 签个名，只是签名，不会动资金: a wallet connection followed by an approval, an
allowance of a token granted, or a signature told as harmless is the drainer's script; support never
needs any of them. Why a module of its own: the wallet prompts are one kind of ask (control of funds
handed over by a click, not a secret typed), with their own safe neighbours (how to revoke, reject).
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

_ASK_VERBS_EN: Final = ("approve", "confirm", "sign", "accept", "authori", "grant", "give", "allow")
WALLET_RULES: Final[tuple[_Rule, ...]] = (
    (
        "money",
        TRANSFER_REQUEST,
        (
            ("wallet", "metamask", "phantom", "ledger"),
            ("connect", "link", "hook", "attach", "bind", "sync"),
            ("approve", "confirm", "sign", "accept", "authori"),
        ),
        compile_ascii(
            r"\b(?:connect|link|hook\s+up|attach|bind|sync)\s+(?:your\s+|the\s+)?(?:[a-z-]+\s+)?"
            r"(?:wallet|metamask|trust\s*wallet|phantom|ledger)\b" + _E + r"{0,80}?(?:\b)"
            r"(?:approve|confirm|sign|accept|authori[sz]e)\b(?!\s+(?:nothing|only\s+what\s+you))"
        ),
        False,
    ),
    (
        "money",
        TRANSFER_REQUEST,
        (("spending", "allowance", "setapprovalforall", "unlimited", "permission"), _ASK_VERBS_EN),
        compile_ascii(
            r"\b(?:approve|confirm|accept|authori[sz]e|grant|give|sign|allow)\s+" + _E + r"{0,40}?"
            r"(?:spending\s+(?:request|cap|limit|permission|approval)|allowance|setapprovalforall"
            r"|unlimited\s+(?:approval|spending|access|amount)|permission\s+to\s+(?:spend|move|use"
            r"|transfer|withdraw)\s+(?:your|all)\b)"
        ),
        False,
    ),
    (
        "money",
        TRANSFER_REQUEST,
        (
            (
                "signature",
                "funds",
                "money",
                "coins",
                "tokens",
                "won't",
                "wont",
                "harmless",
                "nothing",
                "gas",
                "charge",
            ),
            ("sign",),
            ("message", "signature", "request"),
        ),
        compile_ascii(
            r"\bsign\s+(?:the|this|that|a|our)\s+(?:[a-z-]+\s+)?(?:message|signature|request)\b"
            + _E.replace(";", "")
            + r"{0,80}?(?:only\s+a\s+signature|just\s+a\s+signature"
            r"|no\s+(?:funds|money|coins|tokens)\s+(?:move|moves|leave|are)"
            r"|won'?t\s+(?:move|cost|touch|spend|take)|harmless|costs?\s+nothing|no\s+gas|free\s+of\s+charge)"
        ),
        False,
    ),
    (
        "money",
        TRANSFER_REQUEST,
        (("连接",), ("确认", "授权", "签名", "签署", "批准", "同意")),
        re.compile(
            r"(?:(?:用|拿|使用)(?:您的|你的)?(?:钱包|小狐狸|metamask)(?:去)?连接"
            r"|连接(?:您的|你的)?(?:钱包|小狐狸|metamask))" + _Z + r"{0,30}?(?:点|点击)?"
            r"(?:确认|授权|签名|签署|批准|同意)(?!" + _ZC + r"{0,6}?(?:吗|是否))"
        ),
        False,
    ),
    (
        "money",
        TRANSFER_REQUEST,
        (("授权",), ("额度", "无限", "限额", "权限")),
        re.compile(
            r"(?:请|麻烦|需要|先|去|在"
            + _ZC
            + r"{0,10}?里|点击?|确认|给"
            + _ZC
            + r"{0,10}?)"
            + _ZC
            + r"{0,8}?授权"
            + _ZC
            + r"{0,12}?(?:额度|无限|限额|权限)"
        ),
        False,
    ),
    (
        "money",
        TRANSFER_REQUEST,
        (("签",), ("只是", "不会", "不动", "不花钱", "免费", "gas", "没有风险", "不涉及")),
        re.compile(
            r"(?:签个名|签名|签一下"
            r"|签署)" + _Z + r"{0,20}?(?:只是签名|只是签个名|只是个签名|不会动|不动|不会转"
            r"|不会扣|不花钱|免费|不需要gas|没有风险|不会有风险|不涉及资金)"
        ),
        False,
    ),
    (
        "money",
        TRANSFER_REQUEST,
        (
            (
                "不花钱",
                "免费",
                "不会动",
                "不动",
                "不会扣",
                "不扣",
                "不涉及",
                "没有风险",
                "只是验证",
                "只是确认",
            ),
            ("钱包",),
            ("批准", "确认", "同意", "授权", "签"),
        ),
        re.compile(
            r"钱包" + _ZC + r"{0,8}?(?:批准|确认|同意|授权|签署|签名)(?:一下)?(?:刚|刚才)?(?:弹出的?"
            r"|出现的?)?"
            r"(?:这笔|这个|该|那笔)?(?:交易|请求|合约|授权)(?!时|前|的时候|之前)"
            + _Z
            + r"{0,24}?(?:不花钱|(?<!不是)(?<!并非)免费|不会动|不动|不会扣|不扣|不涉及资金|没有风险|只是验证"
            r"|只是确认)"
        ),
        False,
    ),
)
