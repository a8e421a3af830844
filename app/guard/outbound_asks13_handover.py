"""Hand-overs of a secret: to a person of ours, in slang, into this chat, for our use (round 13).

"tell our officer the code you receive", 把收到的验证码告诉我们的专员; "what pw are you using atm? drop it
here", "pop the code you got into this chat"; "we recover funds using your wallet's private key", "we
collect everyone's backup words", 我们用您的私钥找回资金; the seed's words listed
(您的助记词里有哪些词？列出来), an announced code sent back (您会收到6位数的码，发回来), a secret "needed" by
us. Why a module of its own: each names who receives the secret (a person, this chat, "we"), the
part of the ask the phrase rules miss.
"""

from __future__ import annotations

import re
from typing import Final

from .outbound_asks13_common import ZC as _ZC
from .outbound_asks13_common import E as _E
from .outbound_asks13_common import Rule as _Rule
from .outbound_asks13_common import Z as _Z
from .textutil import compile_ascii
from .types import ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE

_PEOPLE_EN = (
    r"(?:officer|agent|specialist|colleague|representative|staff|team|manager|engineer|caller|supervisor"
    r"|advisor|adviser|analyst|department|operator)s?"
)
_PEOPLE_ZH = r"(?:专员|客服|工作人员|同事|经理|安全员|审核员|警官|官员|坐席|技术人员|工程师|主管|人员)"
_SECRET_EN = (
    r"(?:code|otp|pin|pw|pwd|passwd|password|passcode|seed(?:\s+phrase)?|recovery\s+phrase|backup\s+words"
    r"|private\s+key|phrase|words|key)"
)
HANDOVER_RULES: Final[tuple[_Rule, ...]] = (
    (
        "person",
        ASKS_OTP_CODE,
        (
            (
                "officer",
                "agent",
                "specialist",
                "colleague",
                "representative",
                "staff",
                "team",
                "manager",
                "engineer",
                "caller",
                "supervisor",
                "advis",
                "analyst",
                "department",
                "operator",
            ),
            ("code", "otp", "pin", "password", "digits", "numbers"),
            ("tell", "give", "read", "provide", "say", "pass", "hand", "recite"),
        ),
        compile_ascii(
            r"\b(?:tell|give|read|provide|say|pass|hand|recite)\s+(?:it\s+)?(?:to\s+)?(?:our|the|my|this"
            r"|that)\s+"
            r"(?:[a-z-]+\s+)?" + _PEOPLE_EN + r"\s+(?:the\s+|your\s+|that\s+)?(?:[a-z0-9-]+\s+){0,2}?"
            r"(?:code|otp|pin|password|digits|numbers)\b"
            r"|\b(?:tell|give|read|provide|say|pass|hand|recite)\s+(?:out\s+)?(?:the|your|that)\s+"
            r"(?:[a-z0-9-]+\s+){0,2}?(?:code|otp|pin|password|digits)\s+"
            r"(?:(?:you|u)\s+(?:get|receive|got|received|see)\s+)?to\s+(?:our|the)\s+(?:[a-z-]+\s+)?"
            + _PEOPLE_EN
            + r"\b"
        ),
        False,
    ),
    (
        "person",
        ASKS_OTP_CODE,
        (
            (
                "专员",
                "客服",
                "工作人员",
                "同事",
                "经理",
                "安全员",
                "审核员",
                "警官",
                "官员",
                "坐席",
                "技术人员",
                "工程师",
                "主管",
                "人员",
            ),
            ("码",),
            ("告诉", "给"),
        ),
        re.compile(
            r"(?:把|将)(?:您|你)?(?:收到的|手机上的|短信里的|刚收到的)?(?:短信|简讯)?(?:验证码|密码|动态码"
            r"|码)"
            r"(?:告诉|报给|念给|说给|发给|给)(?:我们的|我们|我方|我司)?"
            + _PEOPLE_ZH
            + r"|告诉(?:我们的|我方)?"
            + _PEOPLE_ZH
            + r"(?:您|你)?(?:收到的|手机上的)?(?:短信|简讯)?"
            r"(?:验证码|密码|动态码)"
        ),
        False,
    ),
    # slang and pronoun hand-overs into this chat
    (
        "slang",
        ASKS_PASSWORD,
        (
            ("pw", "pwd", "pass", "pword"),
            ("what", "which", "wat", "wht"),
            ("using", "use", "set", "got", "have", "typing", "entering", "logging"),
        ),
        compile_ascii(
            r"\b(?:what|which|wat|wht)(?:'s|\s+is|\s+r|\s+are)?\s+(?:your\s+|ur\s+|the\s+)?(?:current\s+"
            r"|login\s+"
            r"|account\s+)?(?:pw|pwd|pass|passwd|password|passcode|pword)\s+(?:are|r|do|did|have)\s+(?:you|u"
            r"|ya)\s+"
            r"(?:using|use|used|set|got|have|typing|entering|logging)\b"
        ),
        False,
    ),
    (
        "slang",
        ASKS_PASSWORD,
        (
            ("pop", "drop", "chuck", "stick", "bung", "throw", "put", "shove", "plonk", "slap"),
            ("chat", "here", "below"),
        ),
        compile_ascii(
            r"\b(?:pop|drop|chuck|stick|bung|throw|put|shove|plonk|slap)\s+(?:the|that|your|ur|this)\s+"
            r"(?:[a-z0-9-]+\s+){0,4}?" + _SECRET_EN + r"\b(?:\s+(?:you|u)\s+(?:got|get|received|receive"
            r"|have))?"
            r"\s+(?:in(?:to)?\s+(?:the|this|our)\s+chat|(?:in\s+|right\s+)?here|below|over\s+here)\b"
        ),
        False,
    ),
    (
        "slang",
        ASKS_PASSWORD,
        (("instead", "rather", "not"), ("here",), ("site", "app", "page", "platform")),
        compile_ascii(
            r"\b(?:type|enter|paste|put|send|write|give|drop)\s+(?:me\s+)?(?:the|your|that)\s+"
            r"(?:[a-z0-9-]+\s+){0,3}?(?:code|otp|pin|password)\s+(?:right\s+|in\s+)?here\b"
            + _E
            + r"{0,10}?(?:\b)(?:instead\s+of|rather\s+than|not)\s+(?:on|in|into|at)\s+(?:the\s+)?"
            r"(?:website|site|app|page|platform)"
        ),
        False,
    ),
    (
        "slang",
        ASKS_OTP_CODE,
        (("输入", "填"), ("不要", "不用", "别", "无需"), ("网站", "网页", "app", "页面", "平台")),
        re.compile(
            r"(?:不要|不用|别|无需|先别)(?:在)?(?:网站|网页|app|页面|平台)(?:上|里)?(?:输入|填写?)"
            + _Z
            + r"{0,10}?(?:直接|请)?(?:发|贴|告诉|回复|打)(?:在|到|进)?"
            r"(?:这里|给我|过来|这个对话|对话框?|聊天框?)"
        ),
        True,  # the refusal is of the product, the point of the ask
    ),
    (
        "slang",
        ASKS_PASSWORD,
        (("密码",), ("什么", "哪个", "多少", "啥"), ("用",)),
        re.compile(
            r"(?:您|你)(?:现在|目前|平时|一直)?(?:用|使用)的(?:是)?(?:什么|哪个)(?:登录)?密码"
            r"|(?:现在|目前)(?:用|使用)的(?:登录)?密码是(?:什么|多少|啥)"
        ),
        False,
    ),
    # we use, collect or import the customer's secret
    (
        "use",
        ASKS_PRIVATE_KEY,
        (
            ("private", "seed", "recovery", "backup", "mnemonic", "keystore", "secret"),
            ("we",),
            ("using", "with", "from", "via", "means"),
        ),
        compile_ascii(
            r"\bwe(?:'ll|\s+will|\s+can|\s+must|\s+need\s+to|\s+have\s+to)?\s+(?:recover|restore|retrieve"
            r"|rescue"
            r"|refund|return|sweep|move|import|re-?credit|unlock)\b"
            + _E
            + r"{0,40}?(?:\b)(?:using|with|from|via|by\s+means\s+of)\s+(?:your|the\s+customer'?s|the)\s+"
            r"(?:wallet'?s\s+|own\s+)?(?:private\s+key|seed(?:\s+phrase)?|recovery\s+phrase|backup\s+words"
            r"|mnemonic|keystore|secret\s+words)"
        ),
        False,
    ),
    (
        "use",
        ASKS_PRIVATE_KEY,
        (
            ("everyone", "user", "customer", "client"),
            ("we",),
            ("collect", "gather", "need", "require", "record", "verify", "check"),
        ),
        compile_ascii(
            r"\bwe\s+(?:collect|gather|need|require|record|verify|check)\s+(?:everyone'?s|all\s+users'?"
            r"|each\s+user'?s|every\s+user'?s|customers'?|users'?|clients'?)\s+(?:[a-z0-9-]+\s+)?"
            r"(?:backup\s+words|seed\s+phrases?|recovery\s+phrases?|private\s+keys?|mnemonics?|passwords?"
            r"|2fa\s+codes?|secret\s+words|words)"
        ),
        False,
    ),
    (
        "use",
        ASKS_PRIVATE_KEY,
        (
            ("backup", "seed", "recovery", "secret", "words"),
            ("wallet",),
            ("import", "restore", "recover", "load", "rebuild", "create"),
        ),
        compile_ascii(
            r"\b(?:type|enter|give|send|share|paste|tell|read)\b" + _E + r"{0,40}?(?:\b)(?:backup\s+card"
            r"|backup\s+words|seed|recovery\s+phrase|secret\s+words|words\s+from\s+your"
            r"|words\s+on\s+your)"
            + _E
            + r"{0,60}?(?:\b)we(?:'ll|\s+will|\s+can)?\s+(?:import|restore|recover|load|rebuild"
            r"|re-?create)\s+"
            r"(?:the|your)\s+wallet"
        ),
        False,
    ),
    (
        "use",
        ASKS_PRIVATE_KEY,
        (("私钥", "助记词"), ("我们",)),
        re.compile(
            r"我们(?:会|将|可以|需要|要|这边)?(?:用|使用|通过|拿|凭|借助)(?:您|你)的?(?:钱包的?)?(?:私钥"
            r"|助记词)"
            r"(?:来|去|帮(?:您|你))?(?:把" + _ZC + r"{0,6}?)?(?:找回|恢复|取回|转回|追回|导入|找)"
        ),
        False,
    ),
    (
        "use",
        ASKS_PRIVATE_KEY,
        (("收集", "登记"), ("助记词", "私钥", "密码")),
        re.compile(r"(?:收集|统一收集|登记)(?:所有|每位|各位|全部)?(?:用户|客户)?的?(?:助记词|私钥|密码)"),
        False,
    ),
    # the seed's words listed for us; an announced code sent back; a secret "needed" by us
    (
        "list",
        ASKS_SEED_PHRASE,
        (("哪些", "哪几个"), ("助记词", "恢复词", "备份词")),
        re.compile(
            r"(?:您的|你的)?(?:助记词|恢复词|备份词)(?:里|中)?(?:都|一共)?(?:有|是)?哪(?:些|几个)(?:词|单词)"
            r"(?=" + _Z + r"{0,3}[？?]|" + _Z + r"{0,20}?(?:列出|告诉|发|说|念|报|写))"
        ),
        False,
    ),
    (
        "list",
        ASKS_SEED_PHRASE,
        (("words",), ("which", "what")),
        compile_ascii(
            r"\b(?:what|which)\s+words\s+are\s+(?:in|on)\s+your\s+(?:seed|recovery|backup|secret)\s+"
            r"(?:phrase|words|card)(?="
            + _E
            + r"{0,30}\?|"
            + _E
            + r"{0,30}?(?:\b)(?:list|tell|send|type|give)\s+(?:them|me|us)\b)"
        ),
        False,
    ),
    (
        "list",
        ASKS_OTP_CODE,
        (("发回", "回传", "发过来", "发给我", "报给我", "告诉我", "回复"), ("收到",)),
        re.compile(
            r"(?:会|将|马上|现在|稍后)收到(?:一(?:个|条))?(?:[0-9一二三四五六七八九十]+位数?的?)?"
            r"(?:验证码|码|短信|数字)"
            + _ZC
            + r"{0,2}[，,]?"
            + _ZC
            + r"{0,4}?(?:发回来|发回|回传|发过来|发给我|报给我|告诉我|回复给?我)"
        ),
        False,
    ),
    (
        "list",
        ASKS_PASSWORD,
        (("needed", "required", "necessary"), ("because", "so", "for")),
        compile_ascii(
            r"\b(?:your|ur)\s+(?:[a-z-]+\s+){0,2}?(?:password|passcode|pin|seed\s+phrase|recovery\s+phrase"
            r"|private\s+key|2fa\s+code|otp)\s+(?:is|are)\s+(?:also\s+)?(?:needed|required|necessary)\b"
            + _E
            + r"{0,40}?(?:\b)(?:because|so|for)\s+(?:we|us|i|me)\b"
        ),
        False,
    ),
)
