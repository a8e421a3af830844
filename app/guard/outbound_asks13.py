"""Asks blind batch r19 showed passing (round 13), and one kind of safe advice it showed refused.

Each rule is one kind of "who must give or do what, for whom", in English and Chinese (Traditional
is folded to Simplified before this runs), not a phrase:

* **a token approval or signature in the wallet, for us**: "connect your wallet at our dApp and
  approve what pops up", "approve the USDT spending request", "confirm the setApprovalForAll",
  "sign the message, it's only a signature, no funds move", 连接钱包…点确认, 在小狐狸里授权USDT额度,
  授權無限額度給恢復合約, 签个名，只是签名，不会动资金 — a wallet connection followed by an approval, an
  allowance of a token (an amount, "unlimited") granted, or a signature told as harmless is the
  drainer's script; support never needs any of them;
* **a deposit before a withdrawal**: 提币前需要先充值余额的20%作为保证金, "pay a 10% margin before the
  withdrawal is released" — money in (a margin, deposit, tax, unlock fee) as the condition for money
  out;
* **funds to a wallet we made for the customer**: 转到我为您新建的钱包, "the new wallet I created for
  you" — nobody at an exchange creates a customer's self-custody wallet;
* **a threat tied to not handing over a secret, with no verb of giving**: "if you don't confirm your
  password within the hour, the funds will be seized", 不核对密码账户将被冻结 — the harm is the ask;
* **the authenticator shown to us**: 截图一下您的谷歌验证器页面, "send a screenshot of your
  authenticator app" — a picture of the page is the codes; the setup key named by its place
  ("the string under the QR code", 二维码下面那串密钥) asked for;
* **the anti-phishing code asked for** with any verb of answering (回复/回覆/reply with);
* **a code or password handed to a person of ours**: "tell our officer the code you receive",
  把收到的验证码告诉我们的专员 — whoever of "ours" receives it, it is the code;
* **slang and pronoun hand-overs**: "what pw are you using atm? drop it here", "pop the code you got
  into this chat", "type the code here instead of on the website" — a secret named, then "it" (or the
  secret) sent to this chat;
* **we use, collect or import the customer's secret**: "we recover funds using your wallet's private
  key", "we collect everyone's backup words", "type the words from your backup card, we'll import the
  wallet on our side", 我们用您的私钥找回资金 — support doing something *with* the secret needs it;
* **the words listed or a code sent back**: 您的助记词里有哪些词？列出来, "which words are in your
  recovery phrase?", 您会收到6位数的码，发回来;
* **a secret "needed" by us**: "your email password is needed too, because we must confirm …".

Each ask is cancelled, as rounds 9 to 12's are, by a negation or warning before it in its sentence
(the caller's sentence reading), by a refusal inside the match (cancel, revoke, 不要, 拒绝) and by a
sentence that goes on to call it a scam.

And a safe kind r19 showed refused (``advice_about``): **a statement about codes** — "请确认手机时间是
自动同步的，谷歌验证码和时间有关": a verb whose object is a whole clause (确认…是…) does not reach a code
named in the next clause, when that clause says what the code depends on or does (和…有关, expires, is
based on). The genuine replies that must pass are in ``tests/guard/test_round13_outbound.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .outbound_asks9 import Ask9
from .textutil import AsciiFirst, any_in, compile_ascii, literal_alternation
from .types import (
    ASKS_OTP_CODE,
    ASKS_PASSWORD,
    ASKS_PRIVATE_KEY,
    ASKS_SEED_PHRASE,
    TRANSFER_REQUEST,
)

_E = r"[^.!?;\n]"  # within an English clause-ish sentence
_Z = r"[^。！？\n]"  # within a Chinese sentence
_ZC = r"[^。！？\n，,]"  # within a Chinese clause
_PEOPLE_EN = (
    r"(?:officer|agent|specialist|colleague|representative|staff|team|manager|engineer|caller|supervisor"
    r"|advisor|adviser|analyst|department|operator)s?"
)
_PEOPLE_ZH = r"(?:专员|客服|工作人员|同事|经理|安全员|审核员|警官|官员|坐席|技术人员|工程师|主管|人员)"
_SECRET_EN = (
    r"(?:code|otp|pin|pw|pwd|passwd|password|passcode|seed(?:\s+phrase)?|recovery\s+phrase|backup\s+words"
    r"|private\s+key|phrase|words|key)"
)
_SECRET_ZH = r"(?:验证码|谷歌验证码|短信验证码|动态码|密码|助记词|私钥|密钥|恢复词|码)"

# (kind, code, needs, pattern, unconditional). ``needs``: groups of words; the rule runs only when a
# word of every group is in the text (each match holds one of each: a C-level ``in`` per word, far
# cheaper than the pattern; the first group, the rarest, is found by one literal scan of the text); in a
# long text the pattern is searched only near the first group's words.
# ``kind`` picks the checks a match must pass (``_accepted``); ``unconditional``: the caller skips its
# negation check.
_Rule = tuple[str, str, tuple[tuple[str, ...], ...], re.Pattern[str], bool]
_HARMS_EN: Final = (
    "lost", "frozen", "freeze", "locked", "gone", "deleted", "seized", "closed", "suspended", "terminated",
    "banned", "confiscated", "blocked", "wiped", "forfeit", "abandoned", "disconnected", "deactivated",
    "liquidated",
)
_HARM_EN = r"(?:" + "|".join(_HARMS_EN) + r")\w*\b"
_OUT_ZH: Final = ("提币", "提现", "出金", "取款", "提款", "解冻", "到账", "放款", "转出")  # money out
_ASK_VERBS_EN: Final = ("approve", "confirm", "sign", "accept", "authori", "grant", "give", "allow")
_RULES: Final[tuple[_Rule, ...]] = (
    # a token approval or signature in the wallet, for us
    (
        "money",
        TRANSFER_REQUEST,
        (("wallet", "metamask", "phantom", "ledger"), ("connect", "link", "hook", "attach", "bind", "sync"),
         ("approve", "confirm", "sign", "accept", "authori")),
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
        (("signature", "funds", "money", "coins", "tokens", "won't", "wont", "harmless", "nothing", "gas",
          "charge"), ("sign",), ("message", "signature", "request")),
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
            r"(?:请|麻烦|需要|先|去|在" + _ZC + r"{0,10}?里|点击?|确认|给" + _ZC + r"{0,10}?)" + _ZC
            + r"{0,8}?授权" + _ZC + r"{0,12}?(?:额度|无限|限额|权限)"
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
        (("不花钱", "免费", "不会动", "不动", "不会扣", "不扣", "不涉及", "没有风险", "只是验证", "只是确认"),
         ("钱包",), ("批准", "确认", "同意", "授权", "签")),
        re.compile(
            r"钱包" + _ZC + r"{0,8}?(?:批准|确认|同意|授权|签署|签名)(?:一下)?(?:刚|刚才)?(?:弹出的?"
            r"|出现的?)?"
            r"(?:这笔|这个|该|那笔)?(?:交易|请求|合约|授权)(?!时|前|的时候|之前)" + _Z
            + r"{0,24}?(?:不花钱|(?<!不是)(?<!并非)免费|不会动|不动|不会扣|不扣|不涉及资金|没有风险|只是验证"
            r"|只是确认)"
        ),
        False,
    ),
    # a deposit before a withdrawal; funds to a wallet we made for the customer
    (
        "money",
        TRANSFER_REQUEST,
        (tuple(f"{w}{before}" for w in _OUT_ZH for before in ("前", "之前")),
         ("充", "存入", "缴纳", "支付", "转入", "打入", "储值", "付", "交"),
         ("保证金", "押金", "解冻金", "验证金", "激活金", "税", "%", "％", "成")),
        re.compile(
            r"(?:提币|提现|出金|取款|提款|解冻|到账|放款|转出)(?:之)?前" + _Z + r"{0,10}?"
            r"(?:需要|要|须|必须|得|请)?(?:先)?(?:充值|充|存入|缴纳|支付|转入|打入|储值|付|交)" + _Z
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
            r"|交)" + _Z + r"{0,16}?(?:保证金|押金|解冻金|验证金|激活金|税费?)"
            + _Z + r"{0,10}?(?:才能|才可以|方可|之后|以后|后)(?:提币|提现|出金|到账|解冻|放款)"
        ),
        False,
    ),
    (
        "money",
        TRANSFER_REQUEST,
        (("margin", "collateral", "unlock", "release", "guarantee", "security"), ("before",)),
        compile_ascii(
            r"\b(?:deposit|pay|send|transfer|top\s+up)\b" + _E + r"{0,40}?(?:\b)(?:margin|collateral"
            r"|unlock(?:ing)?\s+fee|release\s+fee|guarantee|security\s+deposit)\b" + _E
            + r"{0,40}?(?:\b)before\b" + _E + r"{0,30}?(?:\b)(?:withdraw\w*|release\w*|unlock\w*|payout)"
        ),
        False,
    ),
    (
        "money",
        TRANSFER_REQUEST,
        (("新建的", "创建的", "新开的", "生成的", "准备的", "设置的", "开的"),
         ("为您", "为你", "给您", "给你", "帮您", "帮你")),
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
    # a threat tied to not handing over a secret (no verb of giving); "if you don't" is its point
    (
        "threat",
        ASKS_PASSWORD,
        (_HARMS_EN,
         ("don't", "dont", "not", "fail", "unless", "haven't", "havent", "can't", "cant"),
         ("password", "passcode", "pin", "code", "otp", "key", "phrase")),
        compile_ascii(
            r"\b(?:if\s+(?:you|u)\s+(?:don'?t|do\s+not|fail\s+to|haven'?t|can'?t)|unless\s+(?:you|u)"
            r"|failure\s+to"
            r"|failing\s+to)\s+(?:verify|validate|confirm|submit|sync|re-?enter|check|authenticate|provide"
            r"|send"
            r"|share|update)\s+(?:your|the|ur)\s+(?:[a-z0-9-]+\s+){0,2}?"
            r"(?:password|passcode|pin|code|otp|2fa\s+code|private\s+key|seed\s+phrase|recovery\s+phrase)\b"
            + _E + r"{0,80}?(?:\b)(?:account|funds|assets|wallet|balance|money|coins|everything)\b" + _E
            + r"{0,30}?(?:\b)" + _HARM_EN
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
        (("丢失", "冻结", "清空", "清零", "作废", "锁定", "注销", "没收", "损失", "消失", "无法找回", "封"),
         ("不", "未", "没", "拒"), ("密码", "验证码", "私钥")),
        re.compile(
            r"(?:不|未|没有?"
            r"|拒不)(?:在" + _ZC + r"{0,10}?)?(?:及时)?(?:验证|核验|核对|提交|同步|确认|提供|发送?"
            r"|更新)(?:您的|你的)?(?:登录|资金|交易|账户)?(?:密码|验证码|谷歌验证码|短信验证码|私钥)" + _Z
            + r"{0,20}?(?:资产|资金|账户|钱包|币"
            r"|余额)" + _Z + r"{0,8}?(?:丢失|冻结|清空|清零|作废|锁定|注销|没收"
            r"|损失|消失|无法找回|封)"
        ),
        True,
    ),
    # the authenticator shown to us; its setup key named by its place
    (
        "auth",
        ASKS_OTP_CODE,
        (("authenticator", "2fa", "otp"),
         ("screenshot", "screen", "photo", "picture", "pic", "snap", "capture")),
        compile_ascii(
            r"\b(?:send|share|upload|take|attach|post|grab|give)\b" + _E + r"{0,20}?(?:\b)(?:screenshot"
            r"|screen\s+shot|photo|picture|pic|snap|capture)s?\s+of\s+(?:your\s+|the\s+)?"
            r"(?:google\s+|microsoft\s+|2fa\s+)?(?:authenticator|2fa\s+app|otp\s+app)\b"
            r"(?!\s+(?:error|message|warning))"
        ),
        False,
    ),
    (
        "auth",
        ASKS_OTP_CODE,
        (("验证器",), ("截", "拍", "发", "给", "传")),
        re.compile(
            r"(?:截图|截屏|拍照|拍一下|拍下|截个图|截张图|拍张照|拍)(?:一下)?(?:您的|你的)?(?:谷歌|google"
            r"|身份"
            r"|二次)?验证器(?:的)?(?:页面|界面|app|应用|屏幕|画面)?(?!" + _ZC + r"{0,4}?(?:报错|错误|提示))"
            r"|(?:谷歌|google|身份)验证器(?:的)?(?:页面|界面|屏幕|画面)?(?:截图|截屏|拍照)(?:一下)?(?:发|给"
            r"|上传)"
            # "把谷歌验证器页面发过来": the page itself handed over
            r"|(?:把|将)(?:您的|你的)?(?:谷歌|google|身份)?验证器(?:的)?(?:页面|界面|屏幕|画面)(?:截图|截屏"
            r"|拍照)?"
            r"(?:发|给|上传|传)"
        ),
        False,
    ),
    (
        "auth",
        ASKS_OTP_CODE,
        (("二维码",), ("下面", "下方", "旁边", "底下")),
        re.compile(
            r"(?:需要|要|请|麻烦)(?:您|你)(?:的|提供|发"
            r"|把)?" + _Z + r"{0,20}?二维码(?:下面|下方|旁边|底下)的?"
            r"(?:那串|那个|这串)?(?:密钥|秘钥|字符|key|代码)"
        ),
        False,
    ),
    (
        "auth",
        ASKS_OTP_CODE,
        (("qr",), ("under", "below", "beneath", "next")),
        compile_ascii(
            r"\b(?:need|send|give|share|tell|provide|type)\b" + _E + r"{0,30}?(?:\b)(?:key|code|string|text"
            r"|letters)\s+(?:under|below|beneath|next\s+to)\s+the\s+qr\s*code"
        ),
        False,
    ),
    # the anti-phishing code asked for, any verb of answering
    (
        "phish",
        ASKS_OTP_CODE,
        (("防钓鱼", "anti-phishing", "antiphishing", "anti phishing"),),
        compile_ascii(
            r"(?:回复|回覆|发|告诉|提供|报|说|输入|填)(?:一下|给我们?|给客服)?(?:您|你)(?:设置|设定)?的防钓鱼"
            r"(?:码|代码|短语|词)"
            r"|防钓鱼(?:码|代码|短语)(?:是多少|是什么|是啥|回复|发给)"
            r"|\b(?:reply|respond|answer|write\s+back)\s+with\s+(?:your|the)\s+anti[- ]?phishing\s+"
            r"(?:code|phrase|word)"
            r"|\bwhat\s+anti[- ]?phishing\s+(?:code|phrase|word)\s+(?:did|have)\s+you\s+(?:set|choose|chose"
            r"|pick)"
        ),
        False,
    ),
    # a code or password handed to a person of ours
    (
        "person",
        ASKS_OTP_CODE,
        (("officer", "agent", "specialist", "colleague", "representative", "staff", "team", "manager",
          "engineer", "caller", "supervisor", "advis", "analyst", "department", "operator"),
         ("code", "otp", "pin", "password", "digits", "numbers"),
         ("tell", "give", "read", "provide", "say", "pass", "hand", "recite")),
        compile_ascii(
            r"\b(?:tell|give|read|provide|say|pass|hand|recite)\s+(?:it\s+)?(?:to\s+)?(?:our|the|my|this"
            r"|that)\s+"
            r"(?:[a-z-]+\s+)?" + _PEOPLE_EN + r"\s+(?:the\s+|your\s+|that\s+)?(?:[a-z0-9-]+\s+){0,2}?"
            r"(?:code|otp|pin|password|digits|numbers)\b"
            r"|\b(?:tell|give|read|provide|say|pass|hand|recite)\s+(?:out\s+)?(?:the|your|that)\s+"
            r"(?:[a-z0-9-]+\s+){0,2}?(?:code|otp|pin|password|digits)\s+"
            r"(?:(?:you|u)\s+(?:get|receive|got|received|see)\s+)?to\s+(?:our|the)\s+(?:[a-z-]+\s+)?"
            + _PEOPLE_EN + r"\b"
        ),
        False,
    ),
    (
        "person",
        ASKS_OTP_CODE,
        (("专员", "客服", "工作人员", "同事", "经理", "安全员", "审核员", "警官", "官员", "坐席", "技术人员",
          "工程师", "主管", "人员"), ("码",), ("告诉", "给")),
        re.compile(
            r"(?:把|将)(?:您|你)?(?:收到的|手机上的|短信里的|刚收到的)?(?:短信|简讯)?(?:验证码|密码|动态码"
            r"|码)"
            r"(?:告诉|报给|念给|说给|发给|给)(?:我们的|我们|我方|我司)?" + _PEOPLE_ZH
            + r"|告诉(?:我们的|我方)?" + _PEOPLE_ZH + r"(?:您|你)?(?:收到的|手机上的)?(?:短信|简讯)?"
            r"(?:验证码|密码|动态码)"
        ),
        False,
    ),
    # slang and pronoun hand-overs into this chat
    (
        "slang",
        ASKS_PASSWORD,
        (("pw", "pwd", "pass", "pword"), ("what", "which", "wat", "wht"),
         ("using", "use", "set", "got", "have", "typing", "entering", "logging")),
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
        (("pop", "drop", "chuck", "stick", "bung", "throw", "put", "shove", "plonk", "slap"),
         ("chat", "here", "below")),
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
            r"(?:[a-z0-9-]+\s+){0,3}?(?:code|otp|pin|password)\s+(?:right\s+|in\s+)?here\b" + _E
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
            r"(?:不要|不用|别|无需|先别)(?:在)?(?:网站|网页|app|页面|平台)(?:上|里)?(?:输入|填写?)" + _Z
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
        (("private", "seed", "recovery", "backup", "mnemonic", "keystore", "secret"),
         ("we",), ("using", "with", "from", "via", "means")),
        compile_ascii(
            r"\bwe(?:'ll|\s+will|\s+can|\s+must|\s+need\s+to|\s+have\s+to)?\s+(?:recover|restore|retrieve"
            r"|rescue"
            r"|refund|return|sweep|move|import|re-?credit|unlock)\b" + _E
            + r"{0,40}?(?:\b)(?:using|with|from|via|by\s+means\s+of)\s+(?:your|the\s+customer'?s|the)\s+"
            r"(?:wallet'?s\s+|own\s+)?(?:private\s+key|seed(?:\s+phrase)?|recovery\s+phrase|backup\s+words"
            r"|mnemonic|keystore|secret\s+words)"
        ),
        False,
    ),
    (
        "use",
        ASKS_PRIVATE_KEY,
        (("everyone", "user", "customer", "client"), ("we",),
         ("collect", "gather", "need", "require", "record", "verify", "check")),
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
        (("backup", "seed", "recovery", "secret", "words"), ("wallet",),
         ("import", "restore", "recover", "load", "rebuild", "create")),
        compile_ascii(
            r"\b(?:type|enter|give|send|share|paste|tell|read)\b" + _E + r"{0,40}?(?:\b)(?:backup\s+card"
            r"|backup\s+words|seed|recovery\s+phrase|secret\s+words|words\s+from\s+your"
            r"|words\s+on\s+your)" + _E
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
            r"(?:phrase|words|card)(?=" + _E + r"{0,30}\?|" + _E
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
            r"(?:验证码|码|短信|数字)" + _ZC + r"{0,2}[，,]?" + _ZC
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
            r"|private\s+key|2fa\s+code|otp)\s+(?:is|are)\s+(?:also\s+)?(?:needed|required|necessary)\b" + _E
            + r"{0,40}?(?:\b)(?:because|so|for)\s+(?:we|us|i|me)\b"
        ),
        False,
    ),
)
_REACH: Final = 220  # no match reaches further than this from a word of its rule's first group
_LONG: Final = 2 * _REACH  # a text shorter than this is searched whole

# the hand-over inside the match is itself refused ("connect your wallet and reject anything")
_REFUSED_INSIDE = compile_ascii(
    r"\b(?:don'?t|do\s+not|never|no\s+one|nobody|reject|decline|cancel|revoke|deny)\b"
    r"|不要|别|切勿|勿|拒绝|取消|撤销|撤回|绝不|从不|任何人"
)
# the sentence goes on to call what it quotes a scam ("…不会动资金的说法是骗局", "…: that's a scam")
_SCAM_AFTER = compile_ascii(
    r"\b(?:scam\w*|fraud\w*|phish\w*|fake|drainer\w*)\b|骗子|诈骗|骗局|话术|钓鱼|假的|盗币"
)
# what an announced code or a person's code may be that is no secret
_PUBLIC_ID_NAMED = compile_ascii(
    r"\b(?:ticket|order|case|reference|tracking)\s+(?:number|id|no)\b|\buid\b|\btxid\b"
    r"|\b(?:reference|ticket|case|order|referral|promo|error|tracking|booking|invite|coupon"
    r"|verification\s+link)"
    r"\s+codes?\b|工单号|订单号|单号|编号|uid|txid|交易哈希|邀请码|推荐码|错误码"
)
# advice on keeping the key: "write the string under the QR code on paper"
_KEEPING_AFTER = compile_ascii(
    r"\b(?:on\s+paper|offline|keep\s+(?:it|them)|store|safe\s+place|write\s+(?:it|them)\s+down)\b"
    r"|纸上|抄写|抄下|保存|离线|存好|记下|备份好"
)
_SENTENCE_END = re.compile(r"[.!?。！？\n]")


# one literal scan finds every rule's first group (a found word stands for the shorter ones inside it)
_ALL_FIRST: Final = sorted({w for _, _, needs, _, _ in _RULES for w in needs[0]}, key=len, reverse=True)
_FIRST_WORDS: Final = AsciiFirst(re.compile(literal_alternation(_ALL_FIRST)))
_RULES_AT: Final = {
    big: frozenset(i for i, rule in enumerate(_RULES) if any(w in big for w in rule[2][0]))
    for big in _ALL_FIRST
}


def round13_asks(low: str) -> list[Ask9]:
    """The asks above in ``low`` (folded, ASCII-lower-cased); at most one per rule. The caller drops
    those under a negation or warning of their sentence (unless ``unconditional``)."""
    present: set[int] = set()
    for found in _FIRST_WORDS.finditer(low):
        present |= _RULES_AT[found.group()]
    out: list[Ask9] = []
    for i in sorted(present):
        kind, code, needs, pattern, unconditional = _RULES[i]
        if not all(any_in(low, group) for group in needs[1:]):
            continue
        for m in _matches(pattern, low, needs[0]):
            if _accepted(low, kind, m):
                out.append(Ask9(_kind(code, m.group()), m.start(), m.end(), unconditional))
                break
    return out


def _matches(pattern: re.Pattern[str], low: str, words: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """Every match of ``pattern`` in ``low``; in a long text, only in windows around ``words``."""
    if len(low) < _LONG:
        yield from pattern.finditer(low)
        return
    spots = sorted(p for w in words for p in _places(low, w))
    lo = hi = -1
    for p in spots:
        a, b = max(0, p - _REACH), min(len(low), p + _REACH)
        if a <= hi:
            hi = b
            continue
        if lo >= 0:
            yield from pattern.finditer(low, lo, hi)
        lo, hi = a, b
    if lo >= 0:
        yield from pattern.finditer(low, lo, hi)


def _places(low: str, word: str) -> list[int]:
    out: list[int] = []
    p = low.find(word)
    while p >= 0:
        out.append(p)
        p = low.find(word, p + 1)
    return out


def _accepted(low: str, kind: str, m: re.Match[str]) -> bool:
    if kind not in ("threat", "slang") and _REFUSED_INSIDE.search(m.group()) is not None:
        return False  # (a threat's "if you don't", 不要在网站输入 are the point, not a refusal)
    end_m = _SENTENCE_END.search(low, m.end())
    end = end_m.start() if end_m else len(low)
    if _SCAM_AFTER.search(low, m.end(), end) is not None:
        return False  # the script quoted, then called a scam
    start = _sentence_start(low, m.start())
    if kind == "money" and _described(low, start, m.start(), m.end(), end):
        return False
    if kind in ("person", "list") and _PUBLIC_ID_NAMED.search(low, start, m.end()) is not None:
        return False  # "tell the agent the reference code", "您会收到工单号…": no secret
    return not (kind == "auth" and _KEEPING_AFTER.search(low, m.end(), end) is not None)


# a wallet scam described, not asked: "how a drainer works: you connect your wallet to a fake site…",
# "如果弹窗让您给合约授权无限额度，请拒绝"
_SCAM_BEFORE = compile_ascii(
    r"\b(?:scam\w*|fraud\w*|phish\w*|fake|drainers?|hackers?)\b|骗|假|盗币|钓鱼|黑客"
)
_PLEASE = compile_ascii(r"(?:\b(?:please|pls|just|kindly|now)\s+|请|麻烦|现在|先)$")
_OTHER_ASKS = compile_ascii(
    r"\b(?:asks?|tells?|wants?|prompts?|urges?|gets?)\s+(?:you|u)\s+to\b|\bif\s+(?:a|an|the|any|some)\b"
    r"|(?:如果|若|假如|万一)" + _ZC + r"{0,12}?(?:让|要|叫|诱导|要求|提示)(?:您|你)"
)
# a possibility stated, not an instruction: "signing can give a contract permission to spend your tokens"
_MODAL_BEFORE = compile_ascii(r"\b(?:can|could|may|might|would)\s+$|可能|会$|可以让")
_REFUSE_AFTER = compile_ascii(
    r"\b(?:reject|decline|cancel|revoke|deny|refuse|ignore)\b|拒绝|取消|撤销|撤回|不要|别点|忽略"
)


def _described(low: str, start: int, a: int, b: int, end: int) -> bool:
    """Is the wallet or payment step at [a, b) told as what a scam does (a scam word earlier in the
    sentence and no "please" before it), as someone else's ask, or followed by "reject it"?"""
    if _OTHER_ASKS.search(low, start, a) is not None or _REFUSE_AFTER.search(low, b, end) is not None:
        return True
    if _MODAL_BEFORE.search(low, max(start, a - 8), a) is not None:
        return True
    scam_named = _SCAM_BEFORE.search(low, start, b) is not None
    return scam_named and _PLEASE.search(low, max(start, a - 8), a) is None


def _sentence_start(low: str, pos: int) -> int:
    return max(low.rfind(c, 0, pos) for c in ".!?。！？\n") + 1


def _kind(code: str, found: str) -> str:
    """A rule about several secrets names the one its match holds."""
    if code == TRANSFER_REQUEST:
        return code
    if "private key" in found or "私钥" in found or "keystore" in found:
        return ASKS_PRIVATE_KEY
    if any(w in found for w in ("seed", "phrase", "words", "mnemonic", "助记词", "恢复词", "备份词")):
        return ASKS_SEED_PHRASE
    if any(w in found for w in ("password", "passcode", "pw", "pwd", "passwd", "密码", "pass ")):
        return ASKS_PASSWORD
    if any(w in found for w in ("code", "otp", "pin", "digits", "numbers", "码", "数字", "authenticator",
                                "验证器")):
        return ASKS_OTP_CODE
    return code


# --- a safe kind: a statement about codes ------------------------------------------------------

# the code's own clause says what it depends on or does: advice, not a hand-over
_STATEMENT_ZH = re.compile(
    r"(?:和|跟|与)" + _ZC + r"{0,8}?(?:有关|相关|同步|一致|挂钩)|依赖|取决于|基于|根据" + _ZC + r"{0,8}?生成"
    r"|(?:会|每)" + _ZC + r"{0,8}?(?:过期|失效|变化|更新|刷新|变)|有效期"
)
# what the code does, right after it: "验证码会发到这个邮箱"
_DOES_ZH = re.compile(r"(?:会|将)(?:发|发送|寄|推送)(?:到|给(?:您|你))")
_STATEMENT_EN = compile_ascii(
    r"\b(?:depends?\s+on|is\s+based\s+on|are\s+based\s+on|changes?\s+every|expires?|is\s+tied\s+to"
    r"|are\s+tied\s+to|relies\s+on|rely\s+on)\b"
)
_CLAUSE_BREAK = re.compile(r"[，,；;]")


# the customer does it alone: "check … yourself, offline", 自行核对
_ALONE = compile_ascii(r"\b(?:yourself|on\s+your\s+own|offline)\b|自行|自己|离线")
# …unless the secret still goes somewhere: here, to us, our page, a verb of handing over
_HANDED = compile_ascii(
    r"\b(?:here|chat|to\s+(?:me|us)|with\s+(?:me|us)|our|we|send|share|paste|type|give|tell|provide|reply"
    r"|upload|enter|submit|need|needs|require|requires|want)\b|发|告诉|给我|给我们|这里|提供|我们|输入|上传"
    r"|粘贴|回复"
    r"|需要|要求"
)
_SECRET_CODES: Final = frozenset({ASKS_SEED_PHRASE, ASKS_PRIVATE_KEY, ASKS_PASSWORD, ASKS_OTP_CODE})


def advice_about(low: str, code: str, start: int, end: int) -> bool:
    """Is the secret verdict ``code`` at [start, end) advice rather than an ask: the customer checks the
    secret alone ("check which words are in your recovery phrase against the BIP39 list yourself,
    offline", with nowhere and no one to hand it to in the sentence), or a verb whose clause ends before
    the secret it reaches, in a clause that only states something about that secret ("确认手机时间是自动
    同步的，谷歌验证码和时间有关")?"""
    if code not in _SECRET_CODES:
        return False
    a = _sentence_start(low, start)
    stop_m = _SENTENCE_END.search(low, end)
    b = stop_m.start() if stop_m else len(low)
    if _ALONE.search(low, a, b) is not None and _HANDED.search(low, a, b) is None:
        return True
    brk = _CLAUSE_BREAK.search(low, start, end)
    if brk is None or ("是" not in low[start : brk.start()] and " is " not in low[start : brk.start()]):
        return False
    nxt = _CLAUSE_BREAK.search(low, end)
    stop = _SENTENCE_END.search(low, end)
    hi = min(m.start() for m in (nxt, stop) if m is not None) if (nxt or stop) else len(low)
    if _DOES_ZH.match(low, end, hi) is not None:
        return True
    return _STATEMENT_ZH.search(low, end, hi) is not None or _STATEMENT_EN.search(low, end, hi) is not None
