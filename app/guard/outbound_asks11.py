"""Asks blind batch r17 showed passing (round 11): the secret named *indirectly*, or a channel named.

Each rule is one kind of "who must give what to whom", in both languages, not a phrase:

* **what a message we send holds, handed back**: "you'll get a message with a number, pass it on to
  me", "copy the whole SMS here", 短信内容整条复制过来, 您会收到一条带数字的信息，转给我 — the text a
  customer receives from the exchange *is* a code; forwarding it is giving the code (a scam message,
  forwarded to report it, is not: a word that calls it a scam, fake or suspicious passes);
* **a number named by its role, asked back**: "the system is waiting for your confirmation number,
  reply with it", "read me the 6 digits", 念一下那6个数字, 把收到的数字报给我 — "confirmation /
  security / access number" and "the N digits" are codes when the customer is to say them to us;
* **the seed named by a channel of giving it**: a voice message reading the recovery words, typing
  the backup words out "with me", 发语音把助记词读一遍, 把词发过来 — reading, spelling or recording the
  words is handing them over;
* **a secret written where we read it**: in the ticket, this chat, a form or field on the page we
  link, 写在工单里, 在这里输入两遍 — the product's own pages are "in the app", not "the page we linked";
* **a secret got ready for our call**: "have the SMS code ready to read out to the agent",
  客服电话打给您，请提前准备好短信验证码 — a code is only ever read to the caller;
* **what a wallet shows, copied to us**: "tap Show Private Key and copy what appears into this
  chat", 点“显示私钥”，把出现的内容复制到聊天框 — the button names the secret the copy hands over;
* **the anti-phishing code asked for**: it proves an email is ours *to the customer*; told to the
  writer, it lets a fake email carry it (checking it in an email oneself passes);
* **our QR to approve in the wallet**: "scan the QR code I'm sending with your wallet and approve".

Each ask is cancelled, as round 9's and 10's are, by a negation or warning before it in its
sentence (the caller's sentence reading: "if someone asks you to read your words out, hang up").
The genuine replies each must not stop are in ``tests/guard/test_round11_outbound.py``.
"""

from __future__ import annotations

import re
from typing import Final

from .outbound_asks9 import Ask9
from .outbound_asks10 import refused_after, search_near
from .textutil import AsciiFirst, any_in, compile_ascii, literal_alternation
from .types import ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE, TRANSFER_REQUEST

_END_EN = r"[^.!?;\n]"  # a semicolon ends the clause too
_END_ZH = r"[^。！？\n]"
_GIVE_BACK_EN = (
    r"(?:pass\s+(?:it|that|this|them)\s+(?:on|along)|forward\s+(?:it|that|this|them)|send\s+(?:it|that|this|them)"
    r"(?:\s+(?:back|over|on))?|share\s+(?:it|that|this|them)|give\s+(?:it|that|this|them)|relay\s+(?:it|that|this)"
    r"|read\s+(?:it|that|this|them)\s+(?:out|back)|tell\s+me|let\s+me\s+know|reply\s+with|respond\s+with"
    r"|copy\s+(?:it|that|this|them|the\s+(?:whole|entire|full)\s+(?:thing|text|message|sms))"
    r"|paste\s+(?:it|that|this|them)(?!\s+(?:in|into|on)\s+(?:the\s+)?(?:app|page|site))"
    r"|type\s+(?:it|that|this|them)\s+(?:here|in\s+(?:this|the)\s+chat|to\s+me))"
)
_GIVE_BACK_ZH = (
    r"(?:转给|转发给|发给|发我|告诉我|报给|念给|读给|回复给?我|复制过来|复制给|贴过来|粘贴过来|发过来"
    r"|截图发)"
)
# the message is one the sentence calls a scam: forwarding it reports it
_SCAM_WORD = compile_ascii(
    r"\b(?:scam\w*|fake|phish\w*|suspicious|fraud\w*|spam|impersonat\w*|unknown|strange|odd)\b"
    r"|诈骗|骗子|可疑|钓鱼|冒充|陌生|假的|虚假|垃圾|举报"
)

# the hand-over inside the match is itself refused ("a message with a code…, don't share it")
_NEGATED_INSIDE = compile_ascii(
    r"\b(?:don'?t|do\s+not|never|not|didn'?t|won'?t|no\s+need)\b|不要|别|切勿|勿|不会|绝不|从不|不用|无需|不必|没必要"
)
# whose code or number it is when it is no secret ("referral code", "order number", 邀请码)
_OWNED_BEFORE = compile_ascii(
    r"\b(?:referral|promo|error|invite|invitation|coupon|voucher|order|reference|activation|redeem|gift|bonus"
    r"|discount|tracking|ticket|p2p)\s*$|(?:邀请|推荐|优惠|兑换|礼品|激活|订单|错误)$"
)
_Rule = tuple[str, tuple[str, ...], re.Pattern[str]]
_RULES: Final[tuple[_Rule, ...]] = (
    # what a message we send holds, handed back
    (
        ASKS_OTP_CODE,
        ("message", "text", "sms", "e-mail", "email", "短信", "信息", "消息", "邮件"),
        compile_ascii(
            r"\b(?:you'?ll|you\s+will|you\s+should|you'?re\s+going\s+to|you\s+(?:just\s+)?(?:got|received|get))\s+"
            r"(?:get\s+|receive\s+)?(?:a|an|the|our)\s+(?:[a-z-]+\s+)?(?:message|text|sms|e-?mail)\s+"
            r"(?:from\s+(?:us|the\s+exchange|our\s+system)\s+)?(?:with|containing"
            r"|that\s+(?:has|contains))\s+(?:a|an|the|some)\s+(?:[a-z-]+\s+)?(?:number|code|digits|pin)\b"
            + _END_EN
            + r"{0,40}?(?:\b)"
            + _GIVE_BACK_EN
            + r"\b"
            r"|\b(?:whatever|what)\s+(?:our|the|that|this|your)\s+(?:sms|text|message|e-?mail)\s+says\b"
            + _END_EN
            + r"{0,30}?(?:\b)"
            + _GIVE_BACK_EN
            + r"\b"
            r"|\b(?:copy|paste|forward|send|screenshot)\s+(?:me\s+|us\s+)?(?:the\s+|that\s+|this\s+|your\s+)?"
            r"(?:whole|entire|full|complete)\s+(?:sms|text|message|text\s+message)\b"
            r"|(?:短信|信息|消息)(?:的)?(?:内容|全文)?(?:整条|全部|完整地?|原封不动地?)(?:复制|粘贴|转发|截图|发)"
            r"|短信[^。！？\n]{0,4}?(?:原文|原样|全文|内容)(?:直接)?(?:发给我|发我|转给我|复制给我|发过来|贴过来|转发给我)"
            r"|(?:收到|会有|会收到)(?:一条|一封)?(?:带|含|有)(?:数字|号码|验证码|代码)的(?:短信|信息|消息|邮件)"
            + _END_ZH
            + r"{0,8}?"
            + _GIVE_BACK_ZH
        ),
    ),
    # a number named by its role, asked back
    (
        ASKS_OTP_CODE,
        ("number", "digits", "数字", "号码", "码"),
        compile_ascii(
            r"\b(?:confirmation|security|access|approval|auth(?:orization)?|login|verify|validation)\s+number\b"
            r"(?!\s+(?:for|of|on)\s+(?:the|your|this|that)\s+(?:[a-z0-9-]+\s+)?(?:order|trade|booking|ticket|case"
            r"|purchase|payment|transfer|deposit|withdrawal|ad|listing)\b)"
            + _END_EN
            + r"{0,80}?(?:\b)(?:reply\s+with|respond\s+with|send|tell|give|share|read|type\s+it\s+here"
            r"|paste|what'?s|what\s+is)\b"
            r"|\b(?:waiting\s+for|need|needs|require|requires|what'?s|what\s+is|tell\s+me|send\s+me|give\s+me)\s+"
            r"(?:your|the)\s+(?:current\s+)?(?:confirmation|security|access"
            r"|approval|authorization|login|validation)\s+number\b"
            r"|\b(?:read|tell|say|give|send|recite)\s+(?:out\s+|me\s+|us\s+|back\s+){0,2}(?:the|those|these|that)\s+"
            r"(?:\d|six|four|eight)[- ]?(?:digits|numbers|figures)\b"
            r"|(?:念|读|报|说)(?:一下|一遍|给我|出来)?(?:那|这)?(?:[0-9六四八]|六位|几)(?:个|位)(?:数字|数|号码)"
            r"|(?:收到|发给您|发给你|发到您|发到你)的?(?:那串|那个|这串|那几个)?(?:数字|号码|码)[^。！？\n，,]{0,6}?"
            r"(?:报给我|念给我|读给我|告诉我|发给我|发我|是多少|多少|回我|回复我|回给我)"
            r"|(?:确认码|安全码|授权码|校验码|动态码)(?:是多少|发我|发给我|告诉我|报给我|念给我|回复过来|回复给我|发过来)"
            r"|(?:等|等待)(?:您|你)的(?:确认码|安全码|授权码|校验码|动态码)"
        ),
    ),
    # the seed named by a channel of giving it
    (
        ASKS_SEED_PHRASE,
        ("words", "phrase", "mnemonic", "seed", "助记词", "词"),
        compile_ascii(
            r"\b(?:voice\s+(?:message|note|memo|call)|audio|recording)\b" + _END_EN + r"{0,40}?(?:\b)"
            r"(?:read|reading|say|saying|recit\w+|spell\w*)\s+(?:out\s+)?(?:your|the|all|those)\s+(?:[a-z-]+\s+)?"
            r"(?:words|phrase|mnemonic|seed)\b"
            r"|\b(?:voice\s+(?:message|note|memo)|audio|recording|video)\s+(?:of|with)\s+(?:you\s+reading\s+)?(?:your|the"
            r"|all)\s+(?:\d+\s+)?(?:[a-z-]+\s+)?(?:words|phrase|mnemonic)\b"
            r"|\b(?:read|reading|say|saying|recit\w+|spell\w*)\s+(?:out\s+)?(?:your|the|all|those)\s+(?:12\s+|24\s+)?"
            r"(?:recovery|backup|seed|secret|wallet|mnemonic|restore)\s+(?:words|phrase)\b"
            + _END_EN
            + r"{0,40}?(?:\b)(?:voice|audio|record|call|phone|to\s+me|to\s+us|for\s+me|for\s+us)\b"
            r"|\b(?:check|verify|confirm|match|compare|go\s+over)\w*\s+(?:your|the)\s+(?:recovery|backup|seed|secret"
            r"|wallet|mnemonic)\s+(?:words|phrase)\s+with\s+(?:me|us)\b"
            r"|\b(?:recovery|backup|seed|secret|wallet|mnemonic)\s+(?:words|phrase)\b"
            + _END_EN
            + r"{0,30}?(?:\b)"
            r"(?:typing|type|writing|write|spelling|spell|listing|list)\s+(?:them|it)\s+(?:out|down|here|for\s+me)"
            r"|(?:语音|录音|电话里|音频)"
            + _END_ZH
            + r"{0,8}?(?:把|将)?(?:助记词|恢复短语|那些词|那几个词|单词)"
            r"(?:读|念|说|报)"
            r"|(?:读|念|说|报)(?:一下|一遍)?(?:您的|你的)?(?:助记词|恢复短语)"
            + _END_ZH
            + r"{0,8}?(?:语音|录音|电话)"
            r"|(?:把|将)(?:那些|那几个|这些|你的|您的)?(?:词|单词)(?:都|全部)?(?:发过来|发给我|发我|给我|打出来|报给我"
            r"|念给我|告诉我)"
        ),
    ),
    # a secret written where we read it: the ticket, this chat, a form or field on the page we link
    (
        ASKS_PASSWORD,
        ("ticket", "form", "field", "chat", "here", "工单", "表单", "这里", "聊天", "对话框", "此处"),
        compile_ascii(
            r"\b(?:write|put|include|enter|type|add|paste|fill\s+in|list|note|leave|drop|attach)\s+(?:down\s+)?"
            r"(?:your|the|ur)\s+(?:[a-z0-9-]+\s+){0,2}?(?:password|passcode|pin|code|otp|phrase|words|mnemonic"
            r"|private\s+key|2fa)\b" + _END_EN + r"{0,40}?(?:\b)(?:in|into|on)\s+(?:the|this|your|a|our)\s+"
            r"(?:[a-z-]+\s+)?(?:ticket|chat|reply|form|field|comments?|notes?)\b"
            r"|\b(?:enter|type|paste|put|fill\s+in)\s+(?:your\s+|the\s+)?(?:mnemonic|seed(?:\s+phrase)?|recovery\s+phrase"
            r"|private\s+key|backup\s+words|recovery\s+words)\b"
            + _END_EN
            + r"{0,50}?(?:\b)(?:field|form|box|page)\s+"
            r"(?:on\s+the\s+(?:page|site|link)\s+)?(?:we|i)\s+(?:just\s+)?(?:linked|sent|shared|gave)"
            r"|(?:把|将)(?:您的|你的)?(?:登录|资金|当前)?(?:密码|验证码|助记词|私钥)[^。！？\n，,]{0,10}?"
            r"(?:写|填|输入|贴|打|发|留)(?:在|到|进)(?:工单|表单|这里|此处|聊天框?|对话框|回复)"
            r"|(?:在|到)(?:工单|表单|这里|此处|聊天框?|对话框)(?:里|中|内)?" + _END_ZH + r"{0,6}?(?:把|将)?"
            r"(?:您的|你的)?(?:当前|登录|资金)?(?:密码|验证码|助记词|私钥)(?:输入|写|填|打|贴)"
            r"|(?:工单|表单|这里|此处|聊天框?|对话框|回复)[^。！？\n]{0,6}?(?:填写|填入|填上|写上|写下|输入|附上|留下|贴上"
            r"|打上)(?:您的|你的)?(?:当前|登录|资金|谷歌|短信)?(?:密码|验证码|助记词|私钥)"
        ),
    ),
    # a secret got ready for our call
    (
        ASKS_OTP_CODE,
        ("ready", "handy", "at hand", "准备", "备好", "电话", "来电", "回拨", "致电"),
        compile_ascii(
            r"\bhave\s+(?:your\s+|the\s+)?(?:[a-z0-9-]+\s+)?(?:code|otp|password|pin)\s+(?:ready|handy|at\s+hand)\b"
            + _END_EN
            + r"{0,40}?(?:\b)(?:read|tell|give|say|agent|caller|call|officer|us)\b"
            r"|\b(?:call|phone|ring)\b"
            + r"[^.!?\n]"  # "we'll ring you; have the code ready": across a semicolon
            + r"{0,60}?(?:\b)have\s+(?:your\s+|the\s+)?(?:[a-z0-9-]+\s+)?"
            r"(?:code|otp|password|pin)\s+(?:ready|handy|at\s+hand)\b"
            r"|(?:电话|来电|回拨|致电|打给您|打给你)" + _END_ZH + r"{0,20}?(?:准备好|备好|准备)(?:您的|你的)?"
            r"(?:短信|手机|邮箱|谷歌)?(?:验证码|密码|动态码)"
            r"|(?:准备好|备好)(?:您的|你的)?(?:短信|手机|邮箱|谷歌)?(?:验证码|密码|动态码)"
            + _END_ZH
            + r"{0,12}?(?:念|读|报|告诉)(?:给)?(?:客服|专员|我|我们|工作人员)"
            + r"|(?:电话|来电|回拨|致电)"
            + _END_ZH
            + r"{0,20}?(?:把|将)?(?:您的|你的)?(?:手机|短信|邮箱|谷歌)?(?:验证码|密码|动态码)"
            r"[，,]?(?:请|就|直接)?(?:报给|念给|读给|告诉)"
        ),
    ),
    # what a wallet shows, copied to us
    (
        ASKS_PRIVATE_KEY,
        ("private key", "私钥", "recovery phrase", "secret phrase", "助记词"),
        compile_ascii(
            r"\b(?:show|reveal|export|view|display)\s+(?:the\s+)?(?:private\s+key|secret\s+(?:recovery\s+)?phrase"
            r"|recovery\s+phrase)\b" + _END_EN + r"{0,10}?" + r"[\s\S]{0,40}?(?:\b)"
            r"(?:copy|paste|send|screenshot)\s+(?:what|whatever|the\s+(?:text|string|result|words|key)|it)\b"
            + _END_EN
            + r"{0,40}?(?:\b)(?:here|this\s+chat|to\s+me|to\s+us|the\s+chat|me)\b"
            r"|(?:显示|导出|查看)(?:私钥|助记词)" + r"[^。！？\n]{0,20}?(?:把|将)?"
            r"(?:(?:出现|显示|弹出)(?:的|出来的)|出来的)(?:内容|文字|字符|东西)?"
            r"(?:复制|粘贴|截图|发)(?:到|给|过来)"
        ),
    ),
    # the anti-phishing code asked for
    (
        ASKS_OTP_CODE,
        ("anti-phishing", "antiphishing", "anti phishing", "防钓鱼"),
        compile_ascii(
            r"(?:\b(?:what'?s|what\s+is|send|give|share|provide|need|reply\s+with|tell\s+(?:me|us)|type)\s+"
            r"(?:me\s+|us\s+)?(?:your|ur)\s+(?:current\s+)?anti[- ]?phishing\s+(?:code|phrase|word)"
            r"|\b(?:tell|send|give)\s+(?:me|us)\s+the\s+anti[- ]?phishing\s+(?:code|phrase|word))"
            r"(?!\s+(?:in|on|shown|at|inside|feature|settings?|option|page|works?|is\s+for)\b)"
            r"|(?:您|你)(?:设置)?的防钓鱼(?:码|代码|短语)(?:是多少|是什么|是啥|发我|发给我|告诉我|报给我|发过来|发一下"
            r"|说一下|报一下|发来)"
            r"|防钓鱼(?:码|代码|短语)(?:是多少|发我|发给我|告诉我|报给我|发过来)"
            r"|(?:告诉我|发给我|提供|说一下|报一下)(?:一下)?(?:您|你)(?:设置)?的防钓鱼(?:码|代码|短语)"
            r"|(?:把|将)(?:您的|你的)?防钓鱼(?:码|代码|短语)(?:发|告诉|报|提供)"
        ),
    ),
    # a secret named, then where it goes: this chat ("…a code just arrived, paste it straight into the chat")
    (
        ASKS_OTP_CODE,
        ("chat", "here", "聊天", "对话", "这里", "此处"),
        compile_ascii(
            r"\b(?:code|otp|password|pin|seed\s+phrase|recovery\s+phrase|private\s+key|(?:12|24|twelve|twenty-four)"
            r"\s+words)\b"
            + _END_EN
            + r"{0,60}?(?:\b)(?:paste|type|drop|put|send|post|copy)\s+(?:it|them|that|those)\s+"
            r"(?:straight\s+|right\s+|directly\s+)?(?:here|in(?:to)?\s+(?:the|this)\s+chat)\b"
            r"|(?:验证码|密码|助记词|私钥|恢复词|[0-9]+个词)"
            + _END_ZH
            + r"{0,30}?(?:直接)?(?:粘贴|贴|复制|发|打|输入|写)(?:到|进|在)"
            r"(?:聊天框|对话框|这个对话|对话里|聊天里|这里|此处)"
        ),
    ),
    # the hand-over told in the passive: "the code you get should be sent to me here"
    (
        ASKS_OTP_CODE,
        ("be sent", "be given", "be forwarded", "be passed", "be shared", "be read", "be pasted", "be typed"),
        compile_ascii(
            r"\b(?:code|codes|otp|password|pin|words|phrase|mnemonic|key)\b" + _END_EN + r"{0,40}?(?:\b)"
            r"(?:should|must|needs?\s+to|has\s+to|have\s+to|is\s+to|are\s+to|can|will)\s+(?:then\s+|now\s+|also\s+)?"
            r"be\s+(?:sent|given|forwarded|passed|shared|read|pasted|typed)\s+(?:out\s+|on\s+|over\s+|back\s+)?"
            r"(?:to\s+(?:me|us|the\s+agent|our\s+agent)|here|in\s+(?:this|the)\s+chat)\b"
        ),
    ),
    # a picture of the page that shows the secret is the secret
    (
        ASKS_SEED_PHRASE,
        ("screenshot", "photo", "picture", "pic ", "image", "snapshot", "截图", "截屏", "拍照", "照片", "拍"),
        compile_ascii(
            r"\b(?:send|share|upload|attach|forward|give|provide|need|want|post|drop)\b"
            + _END_EN
            + r"{0,20}?(?:\b)"
            r"(?:screenshot|photo|picture|pic|snapshot|image)s?\s+of\s+(?:the\s+|your\s+)?(?:wallet'?s?\s+)?"
            r"(?:(?:[a-z-]+\s+)?(?:seed|recovery|backup|secret|mnemonic)\s+(?:phrase|words)|private\s+key)\b"
            r"|(?:截图|截屏|拍照|拍一下|拍下|照片)"
            + _END_ZH
            + r"{0,8}?(?:助记词|私钥|恢复短语)(?:页面|那页|界面|卡片|纸)?"
            r"(?:" + _END_ZH + r"{0,6}?(?:发给|发我|给我|发过来|上传))"
            r"|(?:助记词|私钥|恢复短语)(?:的)?(?:页面|那页|界面|卡片|纸)(?:截图|截屏|拍照|拍下来|拍一下)"
            + _END_ZH
            + r"{0,6}?(?:发给|发我|给我|发过来|上传)"
        ),
    ),
    # our QR to approve in the wallet
    (
        TRANSFER_REQUEST,
        ("qr", "扫"),
        compile_ascii(
            r"\bscan\s+(?:the\s+)?qr(?:\s*code)?\s+(?:i|we)(?:'m|\s+am|'re|\s+are|'ll|\s+will|\s+just)?\s+"
            r"(?:send|sent|sending|shar\w+|post\w*)\b"
            + _END_EN
            + r"{0,80}?(?:\b)(?:approve|confirm|sign|authori[sz]e|accept)\b"
            r"|(?:扫|扫描)(?:一下)?(?:我|我们)(?:发|发送|分享|给)(?:的|过来的)(?:二维)?码"
            + _END_ZH
            + r"{0,20}?(?:批准|同意|授权|确认|签名)"
        ),
    ),
)
_SEED_IN = compile_ascii(r"\b(?:mnemonic|seed|phrase|words)\b|助记词")
_KEY_IN = compile_ascii(r"\bprivate\s+key\b|私钥")
_CODE_IN = compile_ascii(r"\b(?:code|otp|2fa)\b|验证码")


def _kind(code: str, found: str) -> str:
    """The written-where-we-read-it, passive and picture rules name their secret: the violation says
    which."""
    if code not in (ASKS_PASSWORD, ASKS_OTP_CODE, ASKS_SEED_PHRASE) or "phishing" in found or "钓鱼" in found:
        return code  # the anti-phishing code is no seed phrase, whatever word names it
    if _SEED_IN.search(found):
        return ASKS_SEED_PHRASE
    if _KEY_IN.search(found):
        return ASKS_PRIVATE_KEY
    if "password" in found or "密码" in found or "pin" in found:
        return ASKS_PASSWORD
    return ASKS_OTP_CODE if _CODE_IN.search(found) else code


# Speed: a second word every match of the rule holds too (a C-level ``in`` each), so that most replies
# never run the pattern; and the pattern only runs within ``_REACH`` of the first words' places, so a
# long message stays cheap. (Every alternative of each pattern holds one word of each list.)
_ALSO: Final[dict[int, tuple[str, ...]]] = {
    0: (
        "with",
        "contain",
        "says",
        "whole",
        "entire",
        "full",
        "complete",
        "整条",
        "全部",
        "完整",
        "原封不动",
        "原文",
        "原样",
        "全文",
        "内容",
        "的",
    ),
    1: (
        "confirmation",
        "security",
        "access",
        "approval",
        "auth",
        "login",
        "verify",
        "validation",
        "digits",
        "numbers",
        "figures",
        "念",
        "读",
        "报",
        "说",
        "收到",
        "发给",
        "发到",
        "确认码",
        "安全码",
        "授权码",
        "校验码",
        "动态码",
    ),
    2: (
        "voice",
        "audio",
        "recording",
        "video",
        "read",
        "say",
        "recit",
        "spell",
        "with me",
        "with us",
        "typ",
        "writ",
        "list",
        "语音",
        "录音",
        "电话",
        "音频",
        "读",
        "念",
        "说",
        "报",
        "把",
        "将",
    ),
    3: (
        "password",
        "passcode",
        "pin",
        "code",
        "otp",
        "phrase",
        "words",
        "mnemonic",
        "private key",
        "2fa",
        "seed",
        "recovery",
        "密码",
        "验证码",
        "助记词",
        "私钥",
    ),
    4: ("code", "otp", "password", "pin", "验证码", "密码", "动态码"),
    5: ("copy", "paste", "send", "screenshot", "复制", "粘贴", "截图", "发"),
    7: (
        "code",
        "otp",
        "password",
        "pin",
        "phrase",
        "private key",
        "words",
        "验证码",
        "密码",
        "助记词",
        "私钥",
        "恢复词",
        "个词",
    ),
    9: ("phrase", "words", "private key", "助记词", "私钥", "恢复短语"),
}
# one scan finds every rule's first words; a found word stands for the shorter ones inside it
_ALL_FIRST: Final = sorted({lit for _, lits, _ in _RULES for lit in lits}, key=len, reverse=True)
_FIRST_WORDS: Final = AsciiFirst(re.compile(literal_alternation(_ALL_FIRST)))
_RULES_AT: Final = {
    big: frozenset(i for i, (_, lits, _) in enumerate(_RULES) if any(lit in big for lit in lits))
    for big in _ALL_FIRST
}
_REACH: Final = 220  # no match reaches further from the word that let its rule run
_LONG: Final = 2 * _REACH  # a message shorter than this is searched whole


def _search(pattern: re.Pattern[str], low: str, literals: tuple[str, ...]) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``low``; in a long message, only near ``literals``' places."""
    if len(low) < _LONG:
        return pattern.search(low)
    return search_near(pattern, low, sorted(p for lit in literals for p in _places(low, lit)), _REACH, _REACH)


def _places(low: str, literal: str) -> list[int]:
    out: list[int] = []
    p = low.find(literal)
    while p >= 0:
        out.append(p)
        p = low.find(literal, p + 1)
    return out


def round11_asks(low: str) -> list[Ask9]:
    """The asks above in ``low`` (folded, ASCII-lower-cased); at most one per rule. The caller drops
    those under a negation or warning of their sentence; a message forwarded as a scam passes."""
    out: list[Ask9] = []
    present: set[int] = set()
    for found in _FIRST_WORDS.finditer(low):
        present |= _RULES_AT[found.group()]
    for i in sorted(present):
        code, literals, pattern = _RULES[i]
        if i in _ALSO and not any_in(low, _ALSO[i]):
            continue
        m = _search(pattern, low, literals)
        if m is None:
            continue
        if i == 0 and _SCAM_WORD.search(low) is not None:
            continue  # "forward the whole fake SMS to us so we can report it"
        if _OWNED_BEFORE.search(low, max(0, m.start() - 24), m.start()) is not None:
            continue  # "if the referral code is rejected, paste it here": no secret's code
        if _NEGATED_INSIDE.search(m.group()) is not None or refused_after(low, m.end()):
            continue  # "if you get a message with a code you didn't request, don't share it": refused
        out.append(Ask9(_kind(code, m.group()), m.start(), m.end(), False))
    return out
