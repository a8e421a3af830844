"""The words of an ask: request verbs, where a secret is to be sent, the verbs that only describe it.

Why a module of its own: ``outbound_sentence`` and ``outbound_secret_asks`` decide whether a secret
noun is *asked for*; these are the words they read around it (a request verb, a destination in this
chat, a pretext, a safe verb like reset or change, the requests placed after a Chinese noun), kept
apart from the logic so that wording can be tuned without touching the algorithm.

Every pattern here is matched against the ASCII-lower-cased message (``textutil.ascii_lower``), so
literals are written in lower case and no ``re.IGNORECASE`` is needed (it halves the speed of
CPython's ``re``). Compiled once at import; plain regexes over the agent's text.
"""

from __future__ import annotations

import re
from typing import Final

from .textutil import Vocabulary, compile_ascii

# --- verbs --------------------------------------------------------------------
REQUEST_VERBS = Vocabulary(
    r"\b(?:send|give|provide|share|tell|forward|paste|submit|upload|disclose|reveal|export"
    r"|(?:type|write)\s+out"
    r"|list|drop|post|dictate|spell\s+(?:out|it)|hand\s+(?:over|in)|key\s+in"
    r"|by\s+(?:sending|providing|sharing|giving|telling|forwarding|pasting|reading|typing|writing|entering)"
    r"|furnish|which(?=\s+(?:words?|numbers?|digits|codes?|pins?)\b)|what\s+did"
    r"|(?:take|snap|send|make|attach|upload|post|share)\s+(?:a\s+|me\s+a\s+)?(?:clear\s+)?(?:photo|picture|pic|screenshot"
    r"|snapshot|scan|image)\s+of"
    r"|(?:revert|respond|reply|come\s+back)\s+(?:back\s+)?(?:here\s+|below\s+|in\s+(?:this|the)\s+chat\s+)?with"
    r"|(?:text|message|e-?mail|dm|pm|whatsapp|telegram)\s+(?:me|us|it|them)"
    r"|read\s+(?:me|us|out|it)|reply\s+(?:with|to\s+me\s+with)|let\s+(?:me|us)\s+know"
    r"|reply\s+to\s+(?:this|my|the)\s+(?:message|chat)\s+with"
    r"|show\s+(?:me|us)|confirm|validate|sync|synchroni[sz]e|verify|re-?enter|re-?type|read\s+back"
    r"|let\s+(?:me|us)\s+(?:have|see|get)|spell\s+out|repeat|what\s+does"
    r"|(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:gonna|going\s+to)\s+need"
    r"|(?:i|we)(?:'ll|\s+will|\s+would|\s+do|'d|\s+don't|\s+do\s+not|\s+won't)?"
    r"\s+(?:still\s+|also\s+|only\s+|just\s+)?(?:need|require|want)"
    r"|(?:team|department|dept|desk|engineers?|staff|agents?|specialists?|officers?|colleagues?"
    r"|managers?|compliance)(?:\s+on\s+(?:telegram|whatsapp|wechat|signal|tg))?"
    r"\s+(?:still\s+|also\s+|will\s+|would\s+|may\s+|must\s+|just\s+)?"
    r"(?:needs?|requires?|requests?)"
    # "the app asks for your code" describes the product, not a request of ours
    # (look-behinds after the literal "ask": tried only where "ask" is, not at every character)
    # and "you'll be asked for an email code" describes a step, not a request of ours
    r"|whats|ask(?<!app\sask)(?<!site\sask)(?<!system\sask)(?<!page\sask)(?<!screen\sask)(?<!prompt\sask)"
    r"(?<!form\sask)(?<!it\sask)(?<!be\sask)(?<!was\sask)(?<!were\sask)(?<!been\sask)(?<!get\sask)"
    r"(?:s|ing|ed)?\s+(?:you\s+)?for|what(?:'s|\s+is|\s+was|\s+are|\s+were)"
    r"|what(?=\s+(?:numbers?|digits|codes?|pins?|pas{1,2}\s?words?)\b)"  # "what password did you set?"
    r"|may\s+(?:i|we)\s+(?:have|get|know)|can\s+(?:i|we)\s+(?:have|get|know)"
    # round 6: a polite ask with a gerund ("would you mind sharing", "how about sending")
    r"|(?:mind|about)\s+(?:sharing|sending|providing|giving|forwarding|telling|pasting|typing)"
    r"|shoot\s+(?:me|us)|type|enter|input|fill\s+in|write|copy|include|attach|needs?|requires?)\b",
    [
        "提供",
        "发给",
        "发送",
        "发送给",
        "发我",
        "发一下",
        "发过来",
        "发来",
        "发到",
        "告诉",
        "告知",
        "给我",
        "报一下",
        "报给",
        "说一下",
        "念一下",
        "读一下",
        "回复",
        "私信",
        "提交",
        "分享",
        "透露",
        "泄露",
        "索要",
        "索取",
        "要您",
        "要你",
        "需要您",
        "需要你",
        "上传",
        "导入",
        "导出",
        "转发",
        "输入",
        "填写",
        "填入",
        "验证您的钱包",
        "同步",
        "确认一下",
        "粘贴",
        "贴到",
        "贴在",
        "复制到",
        "复制给",
        "拍给",
        "拍照发",
        "发下",
        "发个",
        "发条",
        "发一个",
        "报下",
        "说下",
        "念下",
        "读下",
        "读给",
        "念给",
        "告诉下",
        "提供下",
        "回复下",
        "交给",
        "交出",
        "出示",
        "说出",
        "讲一下",
        "私发",
        "截图发",
        "拍下发",
        "我需要",
        "我们需要",
        "团队需要",
        "部门需要",
        "附上",
        "附带",
        "复制",
        "核对",
        "核对一下",
        "核实",
        "核实一下",
        "确认",
        "复述",
        "回复给我",
        "转发给我",
        "写下",
        "写出",
        "用的什么",
        "设的什么",
        "设置的什么",
        "注册的什么",
        "回覆",
        "需要",
        "重新验证",
        "重新核对",
        "重新核验",
    ],
)
# The plain giving verbs, for "share the card number" after a gift card.
REQUEST_VERBS_EN_SIMPLE = compile_ascii(r"\b(?:send|share|give|provide|forward|tell)\b|发给|提供|告诉|发我")
# Request verbs that only count when the destination is this chat/a form we send.
CONDITIONAL_VERBS = compile_ascii(
    r"^(?:type|enter|input|fill\s+in|write|copy|include|attach|needs?|requires?|by\s+(?:typing|writing|entering)|输入|填写|填入|附上|复制|写下|写出"
    r"|需要|重新验证|重新核对|重新核验)$"
)
# A reason given for the request. Only used for seed phrases and private keys: there is no
# place in our product where a customer types either, so "enter your private key to
# verify" is a request to us whatever the destination.
PRETEXT = compile_ascii(
    r"\b(?:verif|validat|unlock|unfreez|audit|authenticat|sync|migrat)"
    r"|验证|核实|核验|校验|解冻|解锁|审核|同步|激活|认证|迁移"
)
CHAT_DESTINATION = compile_ascii(
    r"\b(?:here|below|in(?:to)?\s+(?:the|this)\s+(?:chat|conversation|window|form|chat\s*box)|in\s+chat"
    r"|(?:back\s+)?to\s+(?:me|us)"
    r"|(?:in|into|with|on)\s+(?:your\s+|the\s+)?(?:next\s+)?(?:message|reply|response)"
    r"|(?:in|on|at)\s+(?:this|the\s+following)\s+(?:link|page|site|website|form)"
    r"|reply)\b|这里|这儿|此处|在此|下方|下面|聊天|对话框|本窗口|链接|表格|回复|消息|本对话|此对话|对话中|会话中|对话里|会话里|对话内"
    # the agent is the one who takes it: "so I can validate", "让我验证", "我们检查"
    r"|\bso\s+(?:that\s+)?(?:i|we)\s+can\b|\bfor\s+(?:me|us)\s+to\b|让我|让我们|我们(?:来)?(?:检查|核实|验证|看|核对)"
    r"|我(?:来)?(?:检查|核实|验证|看看|核对)|我帮(?:您|你)"
)
SAFE_VERBS = Vocabulary(
    r"\b(?:reset|change[sd]?|changing|update[sd]?|set(?:\s+up)?|setup|create[sd]?|choose"
    r"|protect|secure|keep|store|remember|forg[eo]t(?:ten)?|recover|enabled?|disabled?"
    r"|bind|bound|unbind|use|using|manage|receive[sd]?|receiving|get|got|expire[sd]?"
    r"|lose|lost|install(?:ed)?|download|open|activated?|turn\s+(?:on|off)|have|has|had"
    r"|generated?|back\s+up|backup|write\s+down|save[sd]?|linked?|remove[sd]?|delete"
    r"|check(?:ed)?|resend|resent|arrived?|arrives|shows?|showing|displayed|appears?"
    r"|see|find|request\s+a\s+new|guard|safeguard|never\s+lose|cover|hide|blur|mask)\b",
    [
        "重置",
        "修改",
        "更改",
        "找回",
        "设置",
        "开启",
        "关闭",
        "绑定",
        "解绑",
        "启用",
        "使用",
        "保管",
        "保存",
        "保护",
        "妥善",
        "备份",
        "抄写",
        "记住",
        "忘记",
        "忘了",
        "收到",
        "接收",
        "获取",
        "到期",
        "过期",
        "重新发送",
        "下载",
        "安装",
        "打开",
        "查看",
        "检查",
        "创建",
        "生成",
        "丢失",
        "更换",
        "牢记",
        "切记",
        "写在纸上",
        "显示",
        "遮住",
        "遮挡",
        "挡住",
        "隐藏",
        "打码",
        "盖住",
    ],
)
# Requests a little further after the noun, still in its sentence: "...验证码，麻烦报一下".
AFTER_NOUN_LOOSE = compile_ascii(
    r"\bwhat\s+does\s+it\s+say\b|\bwhat\s+is\s+it\b|\bread\s+(?:it|them)\s+(?:to\s+)?(?:me|us|out)\b"
    r"|\b(?:paste|send|share|type|post|drop|forward|give|read|pass|upload)\s+(?:it|them)\s+(?:(?:right\s+)?here"
    r"|below|to\s+(?:me|us)|in\s+(?:this|the)\s+chat|over)\b|\breply\s+with\s+(?:it|them)\b"
    r"|报一下|念一下|读一下|是多少|报给我|发我一下|发过来|回复给?我|回覆给?我|转发给?我|发给我|告诉我(?!一声|结果)"
    r"|\b(?:provide|send|share|give|forward|paste|type|tell\s+me|read\s+out|dictate)\s+(?:it|them)\b"
    r"|\b(?:share|send|provide|forward|give)\s+(?:me\s+|us\s+)?the\s+same\b|^\s*(?:say|show)\b"
    r"|\b(?:send|tell|give|read)\s+(?:me|us)\s+what\s+it\s+(?:says|shows)\b|\breply\s+with\s+(?:it|them)\b"
    r"|\bread\s+(?:it|them)\s+back\b|念给我|读给我|念出来|读出来|(?:粘贴|贴|发|输入|打)(?:到|在)?(?:这里|此处|这儿)|贴一下|粘贴一下"
    r"|[，,]\s*(?:请|麻烦)?(?:您|你)?(?:都|也|全部|一起|一并|按顺序|依次|逐个|一个个)?(?:提供|发送|告诉我|发一下|发我|发过来|打出来)|能(?:不能)?发一下|发一下吗|(?:到了|收到后|收到了)?请?给我(?!一声|个回复|回个)"
    r"|(?:在这里|在此|这里)?分享(?:一下|给我)?|把(?:内容|短信内容|里面的内容)[^，。]{0,3}?(?:发|告诉|给)"
    r"|把(?:它|其|这个|那个|这串|那串)[^，。]{0,3}?(?:发|告诉|报|念|读|复制|贴|粘贴|回复|给我)"
)
# ZH (and a few EN) requests placed right after the noun: "验证码发我一下", "密码是多少".
AFTER_NOUN_REQUEST = compile_ascii(
    r"(?:\s|是|请|后|之后|以后|了|分别|各自|都)*(?:多少|几多|什么(?!格式|要求|规则)|啥|哪些|哪几个)"
    # "恢复短语的第一个同最后一个字是啥": a part of it, then the question (not its rules: 长度、要求)
    r"|的(?:(?!长度|要求|格式|规则|设置|强度|位数|规定|位置|作用)[^，。,.!?！？；;\s]){1,12}?是(?:多少|什么|啥)"
    # a short gap ("按顺序", "麻烦") but not a statement about us ("会/将/已发送")
    r"|(?:\s|是|请|后|之后|以后|了)*(?:的[^，。,.!?！？；;\s的]{1,6}?)?"
    r"(?:\s*(?:[和与及跟、]|and|&)\s*(?:api\s*)?[a-z]{2,12}(?:\s*key)?\s*)?"  # "API Key和Secret一起发我"
    r"(?:(?!会|将|已|正在|自动)[^，。,.!?！？；;\s]){0,4}?"
    r"(?:发给|发我|发一下|发过来|发来|发送给?|发下|发个|告诉|告知|给我|报一下|报给|说一下|念一下|读给|念给"
    r"|核对一下|核实一下|核对|核实|确认一下|回复给?我|转发给?我|复述|回复过来|打出来|写出来|列出来|都发"
    r"|贴一下|粘贴一下|贴出来|贴过来|(?:现在)?显示(?:的是)?(?:多少|什么|几位数?|哪几个数|哪些数字)"
    # sent elsewhere we name: "把UID和密码发到那边", "发到电报上"
    r"|(?:发|转|报|给)(?:到|去)(?:那边|那里|那儿|对方|他那|电报|tg|telegram|whatsapp|微信|qq|我们|我这)|发过去"
    r"|我(?=\s*[，。！!？?,.]|\s*$)|\s*[，,]?\s*(?:麻烦了|麻烦您了|拜托了|谢谢)\s*[。.!！]?\s*$"
    r"|回复|转发|导出|拍照发|截图发|提供|交给|交出|出示|透露|分享|复制给|拍给"
    r"|回覆|(?:发|写|填|贴|粘贴|打|留|复制|输入?|键入|敲)(?:在|到|进)?(?:这个|本|该)?(?:这里|这儿|此处|下面|下方|聊天|对话框|窗口|评论)"
    r"|上传|截(?:个|张|一下|一张)?图(?:发|给)?|(?:打|写|发|念|报)一遍|给一下|给下|提供一下"
    r"|(?:填|输入|贴|粘贴)(?:到|在|进)(?:我|我们)?(?:发给|给)(?:您|你)的(?:表单|表格|链接|网页|页面))"
    # "验证码发送到您的邮箱": sent to the customer; "告诉了别人": done; "念给他": to someone else
    r"(?![您你他她]|过(?!来|去)|了(?!吗)|到[您你]|至[您你]|对方|别人)"
    r"|\s*,?\s*(?:please|pls|plz)\s*(?:[.!,;:—–-]|$)|\s+to\s+(?:me|us)\b"  # "your password, please."
    r"|\s+(?:needs?|has|have|must)\s+to\s+be\s+(?:provided|sent|shared|given|submitted|entered|typed)\b"
    # "your password is required to complete the review": needed by our process, not by the product
    r"|\s+(?:is|are)\s+(?:required|needed|necessary|mandatory)\s+(?:to|for|before)\s+(?:complete|completing|finish"
    r"|finishing|proceed|proceeding|the\s+review|review|verif|confirm\s+your\s+identity|unlock|unfreez|refund|release"
    r"|the\s+(?:audit|investigation|verification|process|refund|unlock))"
)
# "X is a scammer", "索要助记词的一律是骗子": the sentence describes who asks, it does not ask.
SCAMMER_PREDICATE = compile_ascii(
    r"(?<![不非])(?:是|都是|一律是|就是|均为|即为|肯定是|必定是)(?:骗子|诈骗|骗局|钓鱼)"  # 不是骗子: denied
    r"|\b(?:is|are)\s+(?:always\s+|definitely\s+|certainly\s+)?(?:a\s+)?(?:scam|scams|scammers?|fraud"
    r"|fraudsters?|phishing|thie(?:f|ves)|criminals?)\b|\bis\s+trying\s+to\s+steal\b"
)
# A sentence that opens with a request and no object of its own ("发过来", "Please type it here")
# asks for the secret named in the sentence just before ("Do you remember your password?").
BARE_REQUEST_SENTENCE = compile_ascii(
    r"\s*(?:请|麻烦|快|赶紧)?\s*(?:在这里|在此|这里|在下面)?\s*(?:发过来|发我|发给我|发一下|回复我|回复一下|告诉我|报一下"
    r"|念一下|给我|输入|打出来|写出来|写下来|念给我|贴过来|贴这里|粘贴)"
    r"|\s*(?:请|麻烦)?(?:复制粘贴|复制过来|复制给我)"
    r"|\s*(?:please\s+|pls\s+|just\s+|kindly\s+)?(?:send|share|paste|copy(?:\s+(?:and\s+)?paste)?|forward|type|give"
    r"|tell|reply\s+with|read"
    r"|enter|write)\s+(?:me\s+|us\s+)?(?:it|them)\b(?!\s+down)"
)
TYPED_REQUEST = compile_ascii(r"\b(?:type|enter)\b|输入|填写")
# "We'll send you a code", "give you a new key": what we give the customer, not what we ask for.
TO_CUSTOMER_EN = re.compile(r"\s+(?:you|u)\b(?!\s+(?:to|must|need|have|should|can|could))")
GIVING_VERBS: Final = frozenset({"send", "give", "forward", "provide", "show", "share", "email", "text"})
# Asking for a key or a seed phrase needs no destination: "need"/"需要" is enough (nothing of ours
# needs either), where "the withdrawal needs a code" only describes a step.
NEED_WORDS: Final = frozenset({"need", "needs", "require", "requires", "需要"})
# "the password you use on the app": the place describes the secret, it is not where to type it.
RELATIVE_USE = compile_ascii(
    r"\s+(?:that\s+|which\s+)?you\s+(?:use|used|set|have|had|created|chose)\s*"
    # "the 2FA code displayed in your authenticator app": where the code comes from
    r"|\s+(?:that\s+|which\s+)?(?:is\s+|are\s+)?(?:displayed|shown|showing|generated|appearing|that\s+appears)\s*"
)
VISUAL_OBJECT = compile_ascii(
    r"\b(?:screenshot|screen\s*shot|photo|picture|video|image|recording|selfie)\b"
    r"|截图|照片|图片|视频|录屏"
)
# A picture of the authenticator (or of the phrase) shows the secret itself.
VISUAL_OF_SECRET = compile_ascii(
    r"\bof\s+(?:your|ur|the)\s+(?:google\s+)?(?:authenticator|2fa|ga|authy)\b|验证器|\bshowing\b|显示"
)
IN_PRODUCT = compile_ascii(
    r"\b(?:in|into|on|within)\s+(?:the|our|your)?\s*(?:own\s+)?(?:official\s+)?"
    r"(?:wallet\s+|exchange\s+|mobile\s+|trading\s+|desktop\s+|(?:google\s+)?authenticator\s+|authy\s+)?"
    r"(?:app|application|website|site|login\s+page|web\s+page|security\s+(?:center|settings))"
    r"\b(?!\s+chat)|\bin-app\b|\b(?:on|in)\s+the\s+(?:[a-z0-9-]+\s+){0,2}page\b"
    r"|在\s*(?:app|官网|官方|登录页|页面|安全中心|设置)|在\S{0,6}?(?:页面|页|界面)"
)
