"""Phrase lists (English and Chinese) for the outbound checker.

Every pattern except ``ADDRESS_LITERAL`` is matched against the ASCII-lower-cased
message (``textutil.ascii_lower``), so literals are written in lower case and no
``re.IGNORECASE`` is needed (it halves the speed of CPython's ``re``).

Kept apart from the logic in ``outbound.py`` so that wording can be tuned
against the benchmark corpus without touching the algorithm. All patterns are
compiled once at import; they are plain regexes over the agent's text.
"""

from __future__ import annotations

import re
from typing import Final

from .outbound_cues import CREDENTIAL_NOUNS, GIFT_CARD
from .outbound_remote import REMOTE_ACCESS
from .textutil import Phrases, Vocabulary, compile_ascii, literal_alternation, split_by_script
from .types import ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE

# --- secrets an agent must never ask for ------------------------------------
NOUNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        ASKS_SEED_PHRASE,
        compile_ascii(
            r"\bseed[\s_-]*(?:phrase|frase|phase|words?)|\brecovery[\s_-]*(?:phrase|frase|words?|seed|key)"
            r"|\bmnemonic(?:[\s_-]*(?:phrase|words?))?|\bsecret[\s_-]*(?:recovery[\s_-]*)?phrase"
            r"|\bbackup[\s_-]*(?:phrase|words?|seed)|\bwallet\s*(?:phrase|words)"
            r"|\b(?:12|24|twelve|twenty[- ]four)[- ]words?\b(?:\s*(?:phrase|seed|backup))?"
            r"|\bwords\s+(?:that\s+|which\s+)?you\s+(?:wrote|noted|saved|backed|got\s+when)"
            r"|\b(?:your|ur)\s+(?:wallet\s+)?seed\b(?![\s_-]*(?:phrase|frase|phase|words?|round|funding|investors?))"
            r"|\bpassphrase|助记词|助记码|恢复短语|恢复词|种子短语|种子词|备份短语|助记短语|\bzjc\b"
            r"|(?:备份|恢复|钱包)(?:卡|纸)?上?的?短语"
            r"|钱包短语|(?:恢复|钱包|助记|备份)密语|(?:12|24|十二|二十四)\s*个(?:英文|助记)?单词|助记单词"
            r"|(?:备份|钱包|记下|抄下|写下)的?(?:那些|这些|那|这)?(?:个|串|组)?(?:英文)?单词"
            r"|备份词|恢复单词|助记|(?:钱包|备份)的?(?:单词|词组)"
            r"|\b(?:your|ur|the|those|these)\s+(?:recovery\s+|backup\s+|secret\s+|wallet\s+)?words\b"
            r"|\bwords\s+of\s+(?:your|ur|the)\s+(?:phrase|wallet|seed)"
            r"|\b(?:your|ur|the)\s+(?:wallet\s+|secret\s+|backup\s+)?phrase\b(?!\s+(?:is|was)\b)"
        ),
    ),
    (
        ASKS_PRIVATE_KEY,
        compile_ascii(
            r"\bprivate[\s_-]*keys?\b|\bpriv[\s_-]*key|\bprivkey|\bsecret[\s_-]*keys?\b"
            r"|\bkeystore(?:\s*file)?|\bwallet\s*key|\bxprv\b|\bwif\b|私钥|密钥|秘钥|私匙|秘匙"
            r"|\bexport(?:ed)?\s+(?:string|text|code|key)|(?:导出|钱包设置里导出)的(?:那串|那个|这串)?\S{0,4}?(?:字符|字符串|代码)"
        ),
    ),
    (
        ASKS_OTP_CODE,
        compile_ascii(
            r"\b(?:v[ae]ri?fi?cation|verify|confirmation|security|authentication|auth|2fa"
            r"|two[- ]factor|mfa|sms|text|e-?mail|phone|google(?:\s+auth(?:enticator)?)?"
            r"|authenticator|ga|one[- ]time|(?:6|six)[- ]?digits?|login"
            r"|withdrawal)\s*(?:codes?|tokens?|otps?)\b"
            r"|\b(?:v[ae]ri?fi?cation|sms|text|e-?mail|authenticator|one[- ]time|(?:6|six)[- ]?digits?)"
            r"\s*(?:pins?|pass\s*codes?)\b"
            r"|\b(?:v[ae]ri?fi?cation|verify|2fa|sms|text|authenticator|one[- ]time|security"
            r"|(?:6|six)[- ]?digit)\s*numbers?\b|\b(?:6|six)[- ]?digits\b"
            r"|\b(?:6|six)[- ]?digit\s+[a-z]+\s+numbers?\b|\b(?:6|six)[- ]?digit\s+(?:thing|one|string|pin)\b"
            r"|\b(?:otp|totp)s?\b|\bone[- ]time\s+pass(?:words?|codes?)|\bgoogle\s+auth(?:enticator)?\b"
            # 2FA backup / recovery codes log in as well as the authenticator does
            r"|\b(?:(?:2fa|mfa|authenticator)\s+)?(?:backup|recovery)\s+codes?\b"
            # "what is your 2FA?" - but not "your 2FA is enabled", "2FA settings" (NOUN_FOLLOWERS)
            r"|\b(?:your|ur)\s+(?:2fa|mfa)\b(?!\s+(?:is|was|has|had|will|enabled|disabled|on|off|status|turned|active|app"
            r"|verification|authentication|device))"
            r"|\bcodes?\s+(?:that\s+)?you\s+(?:just\s+)?(?:received|got)"
            r"|\b(?:codes?|digits)\s+(?:that\s+)?we\s+(?:just\s+)?(?:sent|texted|emailed|messaged)"
            r"|\b(?:sent|texted|emailed|requested|triggered|generated)\s+(?:you\s+)?(?:a|the|an)\s+(?:[a-z0-9-]+\s+)?codes?\b"
            r"|\b(?:numbers?|digits|codes?)\s+(?:from|in|on|shown\s+(?:in|on))\s+(?:your\s+|the\s+)?"
            r"(?:google\s+)?authenticator(?:\s+app)?"
            r"|(?:6|六)位(?:安全|验证|动态)?(?:数字|数|验证码|码)|收到的(?:数字|号码|代码|码)"
            r"|(?:发给|发送给|发到)(?:您|你)(?:的)?(?:手机|邮箱)?(?:上)?的(?:数字|号码|代码|码)"
            r"|\b(?:sms|text\s+message|e-?mail)\s+(?:that\s+)?(?:you\s+(?:just\s+)?(?:got|received)|we\s+sent)"
            r"|(?:收到|发给您|发给你|发您|发你)的(?:短信|邮件)"
            r"|(?:短信|邮箱|邮件|谷歌|手机|动态|二次|两步|安全|身份|登录|提现|google)?"
            r"(?:验证码|校验码|动态码|动态口令|确认码|验证马|验证玛|验正码)|(?:登录|安全|短信|邮箱|邮件)码"
            r"|(?:验证器|身份验证|动态|安全)令牌"
            r"|谷歌验证器(?:上的|的)?(?:代码|数字|码)?|一次性密码|二次验证码|2fa码|ga码|谷歌码|google码"
            r"|\b(?:authenticator|ga|2fa|sms|otp)\s+(?:digits|numbers?)\b|\b(?:six|6)\s+(?:numbers|digits)\b"
            r"|\be-?mail'?s\s+codes?\b|\b(?:both|all\s+(?:the\s+)?|the\s+two)\s+codes\b"
            r"|\b(?:a|the|that)\s+(?:text|sms)(?:\s+message)?\b(?!\s+(?:saying|about|from\s+(?:someone|a)))"
            r"|(?:短信|邮件|验证器)(?:上|里)(?:显示|收到|写)?的(?=是?什么)"
            r"|收到(?:一条|的)?短信|短信(?:的)?内容|(?:短信|邮箱|邮件|手机)(?:里|上|中)?的(?:那个)?码"
            r"|验证(?:数字|号码)|\byzm\b|\bauthy\s*(?:codes?)?\b"
            r"|\bcodes?\s+(?:that\s+)?(?:you|u)\s+(?:just\s+)?(?:received|got)"
            r"|(?:那个|这个)(?:验证)?码(?=发|给|告诉|报|念|是多少)|的2fa|(?:发了?一?个|收到的?)码"
            r"|\b(?:your|ur|the)\s+(?:2fa|authenticator|ga|google\s+auth(?:enticator)?)\s+app\b"
            r"|\b(?:your|ur)\s+codes?\b|\b(?:numbers?|digits)\s+(?:that\s+|which\s+)?(?:just\s+)?(?:came|arrived|got)"
            r"|\b(?:numbers?|digits)\s+(?:you\s+)?(?:just\s+)?(?:got|received)\b|动态码|登录码|^码|收到码"
            r"|(?:手机|短信|邮件|邮箱)(?:上|里|中)?收到的(?:数字|号码|代码|码|验证码)"
        ),
    ),
    (
        ASKS_PASSWORD,
        compile_ascii(
            r"\b(?<!one-time )(?<!one time )"
            r"(?:(?:login|account|trading|funds?|funding|withdrawal|payment|e-?mail"
            r"|exchange|wallet)\s*)?(?:pas{1,2}\s?w[o0]?r?ds?|pwd|passcode|pin\s*codes?)\b"
            r"|\b(?:login|account|trading|funds?|withdrawal|payment|card|wallet)\s+(?:pins?|pass)\b"
            r"|\b(?:your|ur|the|my)\s+(?:account\s+|login\s+)?pass\b(?!\s+(?:the|your|kyc|verification|review|this|it))"
            r"|\b(?:login|log-in|sign[- ]?in|account)\s+(?:details|info|information|credentials)\b"
            r"|\b(?:your|ur|the|account|login)\s+credentials\b|\b(?:your|ur|the|my)\s+(?:account\s+|login\s+)?pins?\b"
            r"|\bpw\b|(?<=what\s)pins?\b|(?:提现|交易|支付|资金|登录|账户)pin码?"
            r"|\blogin\s*(?:\+|and|&|/)\s*pass(?:word)?\b"
            r"|\b(?:your|ur)\s+login\b(?!\s+(?:page|screen|history|issue|problem|attempts?|time|button|link|method"
            r"|device|location|ip|email|activity|record|alert|notification))"
            r"|口令|pin码|登录信息|登陆信息|(?:账号|账户|登录)凭证|(?:账号|账户)(?:和|加|跟)?密码|(?<=[的你您])mm(?![a-z0-9])"
            r"|(?<!一次性)(?:登录|登陆|资金|交易|支付|账户|账号|邮箱|提现|提币)?密[码玛马]",
        ),
    ),
)
# Nouns that name a secret only when the text around them is about one ("you will receive
# an SMS shortly, please forward that code to me"; "export the key from MetaMask"):
# family -> (code, noun pattern, context pattern searched near the noun). Each context is
# a gate, not a finding: every alternative starts with a literal so that ``re`` scans for
# their first characters in C (no leading word boundary: "contexts" passing is harmless).
BARE_NOUNS: Final[dict[str, tuple[str, re.Pattern[str], re.Pattern[str]]]] = {
    "otp_bare": (
        ASKS_OTP_CODE,
        compile_ascii(
            r"\b(?:the|that|this|your|those|these|a)\s+(?:new\s+|latest\s+|same\s+|current\s+"
            r"|(?:6|six)[- ]?digit\s+)?(?:codes?|pins?|digits)\b"
            r"|\b(?:the|that|this|those|these)\s+numbers?\b(?!\s+of\b)|^\s*codes?\b|(?<=[.!?。！？] )codes?\b"
            r"|(?<=what\s)(?:numbers?|digits|codes?|pins?)\b"  # "what numbers does it show?"
            r"|(?:里面|里边|上面|上边|里|上|中|显示)的(?:数字|号码|代码|码)"
            r"|(?:那|这)(?:个|串|几个|几位|些)(?:数字|号码|代码|码)"
            r"|的\s*(?:codes?|pins?)\b"  # "短信中的 code"
        ),
        re.compile(
            r"sms|text|e-?mail|2fa|authenticator|google\s+auth|v[ae]ri?fi?cation|verify|otp|one[- ]time"
            r"|6[- ]?digit|six[- ]?digit|phone|mobile|短信|邮件|邮箱|验证|谷歌|动态|手机|收到"
            # "the code that's on your screen", "I'll send you a code": where an OTP is
            r"|screen|display|send\s+(?:you|u)\b|sent\s+(?:to\s+)?(?:you|u)\b|屏幕|显示"
        ),
    ),
    "key_bare": (
        ASKS_PRIVATE_KEY,
        compile_ascii(
            r"\b(?:the|that|this|your|ur)\s+(?:wallet\s+|account\s+)?key\b(?!\s+(?:issue|point|thing|question"
            r"|problem|step|part|reason|difference|factor|takeaways?|details?|info(?:rmation)?|features?"
            r"|dates?|terms?|metrics?|changes?))"
        ),
        re.compile(
            r"metamask|trust\s*wallet|phantom|0x|export|private|account\s+details|sign|wallet|nft|recover|restore"
            r"|refund|私钥|小狐狸|导出|找回|资产"
        ),
    ),
    "seed_bare": (
        ASKS_SEED_PHRASE,
        compile_ascii(
            r"\b(?:the|those|these|your|ur)\s+(?:[0-9]+\s+|twelve\s+|twenty[- ]four\s+)?words\b"
            r"|(?:那些|这些|那串|这串|那组|这组)?(?:英文)?单词"
        ),
        re.compile(
            r"wallet|recovery|restore|backup|metamask|mnemonic|in\s+order|ledger|trezor|card|sheet|paper|plate"
            r"|钱包|助记|恢复|备份|顺序"
        ),
    ),
}
# A noun followed by one of these names a feature/page, not the secret itself.
NOUN_FOLLOWERS = compile_ascii(
    r"\s*(?:-\s*)?(?:reset|change|recovery|page|screen|field|box|strength|requirements?"
    r"|policy|rules|manager|settings?|setup|set-up|option|prompt|error|issue|problem"
    r"|protection|feature|function|binding|app\b(?!\s*(?:现在|上|里)?\s*(?:显示|shows?))|application|device"
    r"|method|login page"
    r"|format|length|expir|reminder|guide|tutorial|article|faq|是否|有没有|已经|已"
    r"|重置|修改|找回|错误|设置|强度|规则|页面|输入框|功能|绑定|解绑|管理|格式|要求|长度"
    r"|位数|保护|丢失|过期|失效|教程|指南)"
    # round 8: "the API key's label", "the key's permissions": a property of the secret, not the secret
    r"|['\u2019]s\s+(?:label|name|permissions?|settings|status|ip|whitelist|restrictions?|expiry|creation\s+date)\b"
    # round 9 (the demo): "API Key的备注名称", "该API Key的下单频率": a property of the key
    r"|的(?:备注|名称|名字|权限|状态|标签|下单频率|频率|限额|白名单|ip)"
)

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

# --- transfers (remote access: outbound_remote) ------------------------------------
TRANSFER_VERBS = compile_ascii(
    r"\b(?:transfer|send|move|deposit|pay|paid|payable|wire|top[- ]up|withdraw|stake"
    r"|by\s+(?:transferring|sending|moving|depositing|paying|wiring))\b"  # "clear it by sending 10% to …"
    # a payment owed ("a 50 USDT fee must be sent to …"), not one reported ("was sent")
    r"|\b(?:must|needs?\s+to|has\s+to|have\s+to|should)\s+be\s+(?:sent|paid|transferred|deposited|wired)\b"
    r"|质押|交(?=一笔|\s*[0-9])|先(?:收|付|交|缴)(?=\s*[0-9]|一笔|百分)|预付"
    r"|(?<!划)转(?:账|到|入|移|至|给|出|回|进|过)|(?<!划)转(?=\s*[0-9]|一笔|一小笔|小额|点|些)|挪(?:到|至|去)|移(?:到|至)|付(?:到|至)|打(?:到|入|款)|汇(?:款|到|入)|充值?到|存入|提(?:现|币)到"
    r"|支付|付款|缴纳|交纳|(?:充值|充|存|汇|付|打)(?=\s*[0-9])|打(?:一笔|一点|点|些)"
    # "提到" also means "mentioned": only before a destination, never "您提到"
    r"|(?<![您你他她])提到(?=这个|该|此|以下|下面|下方|指定|我们|临时|安全|官方|新|托管|审计|冷|我)"
)
# Fake "verification" payments name no address in the sentence ("send 0.1 BTC to verify your
# wallet, it will be returned"): an amount plus a pretext stands in for the destination.
TRANSFER_PRETEXT = compile_ascii(
    r"\bto\s+(?:verify|validate|activate|unlock|unfreeze|release)\s+(?:your\s+|the\s+)?"
    r"(?:wallet|account|identity|ownership|funds|assets|withdrawal)"
    r"|\bfor\s+(?:(?:wallet|account|identity)\s+)?(?:verification|validation|activation)"
    r"|\bas\s+(?:a\s+|the\s+)?(?:verification|security|unlock(?:ing)?|activation|gas|guarantee|collateral)"
    r"\s+(?:fee|deposit|payment)"
    r"|\b(?:unlock|unfreeze|unfreezing|activation|verification|release)\s+fee"
    r"|\b(?:will|would)\s+be\s+(?:returned|refunded|sent\s+back)|\brefund(?:ed)?\s+(?:double|twice|2x)"
    r"|\bto\s+(?:get|claim|receive)\s+(?:the\s+|your\s+)?(?:airdrop|reward|bonus|refund)"
    r"|\bto\s+prove\s+(?:ownership|it'?s\s+you)|\bto\s+(?:lift|remove)\s+the\s+(?:risk|freeze|restriction)"
    r"|\bwe(?:'ll|\s+will)\s+(?:return|refund|send\s+(?:it|them)\s+back)"
    r"|作为验证|验证费|解冻费|激活费|(?:解冻|验证|激活|安全)(?:保证金|押金)|激活(?:账户|账号|钱包)"
    r"|(?:账户|钱包|身份|资产)(?:验证|核验|认证)|进行[^，。]{0,4}?验证|(?:验证|核实)后[^，。]{0,4}?(?:退还|退回|返还)"
    r"|解除风控|以(?:便)?验证|进行验证|用于验证|激活提现|激活功能|证明是本人|证明(?:您|你)?本人|领取空投"
    r"|证明(?:账户|钱包|资产)?(?:是|属于|归)(?:您|你)|可退(?:还|回)?|会退(?:还|回)|(?:解锁|解冻)(?:提现|账户|资金|钱包)"
)
# Searched for every transfer verb without a destination, so both start with a character
# class or literals (``re`` then skips ahead in C) instead of a word boundary.
TRANSFER_AMOUNT = (
    compile_ascii(
        r"[0-9]+(?:[.,][0-9]+)?\s*(?:个|枚)?(?:btc|eth|usdt|usdc|bnb|trx|sol|xrp|doge|ltc|busd|dai|ton"
        r"|ada|u|比特币|以太坊)\b"
    ),
    re.compile(
        r"small\s+amount|tiny\s+amount|test\s+amount|some\s+(?:btc|eth|usdt|crypto|coin|fund)|一笔|少量|小额"
    ),
    re.compile(r"[0-9]+(?:\.[0-9]+)?\s*%|百分之"),  # "a 10% fee"
)
WITHDRAW_VERB = compile_ascii(r"^(?:withdraw|提现到|提币到)$")
ADDRESS_LITERAL = re.compile(  # on the original text: addresses are case-sensitive
    r"(?<![0-9A-Za-z])(?:bc1[ac-hj-np-z02-9]{11,71}|ltc1[ac-hj-np-z02-9]{11,71}"
    r"|[13][1-9A-HJ-NP-Za-km-z]{25,34}|0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33})(?![0-9A-Za-z])",
)
_OWN = r"(?!\s+(?:that\s+|which\s+)?you\s+(?:control|own|created|trust)|\s+of\s+your\s+own)"
TRANSFER_DESTINATION = compile_ascii(
    r"\b(?:to|into)\s+(?:(?:this|that|these|the\s+following|the\s+below|our|my)\s+"
    r"(?:[\w-]+\s+)?(?:address|wallet|account|vault)"
    r"|(?:the\s+|a\s+|an\s+|our\s+|this\s+)?(?:official\s+)?(?:safe|protected|temporary|escrow|audit|promotion|promo"
    r"|official"
    r"|event|airdrop|reserve|custody|custodial|insurance|compliance|recovery|unlock|activation"
    r"|holding|security|designated|verification|insured)\s+(?:\w+\s+)?"
    r"(?:address|wallet|account|vault)"
    r"|(?:the|our|this|that)\s+(?:new\s+)?secured?\s+(?:\w+\s+)?(?:address|wallet|account|vault)"
    r"|the\s+(?:[\w-]+\s+){0,3}(?:address|wallet|account)\s+(?:in\s+my\s+(?:previous|last|earlier)\s+message|below|above"
    r"|(?:that\s+)?(?:i|we)(?:'ll|\s+will)?\s+(?:just\s+)?(?:sent|gave|provided|shared|posted"
    r"|send|give|provide|share|post)|provided|given))"
    + _OWN
    + r"|\b(?:safe|protected)\s+(?:account|wallet)\b"
    r"|这个(?:地址|账户|钱包|账号)|该地址|此地址|以下(?:地址|账户|钱包)"
    r"|(?:下面|下方|以下)的?[^，。,\s]{0,4}?(?:地址|账户|钱包)"
    r"|如下地址|指定(?:的)?(?:地址|账户|钱包)|我(?:们)?的(?:地址|账户|钱包|账号)"
    r"|验证(?:地址|账户|钱包)|(?<!自己的)(?<!自己)(?<![您你]的)冷钱包"
    r"|新的?(?:安全|冷)?(?:钱包)?地址|新的?(?:安全|冷)钱包"
    r"|(?:受保护|保护|托管|隔离|冷存储)的?(?:账户|钱包|账号|地址)"
    r"|安全(?:账户|钱包|账号|地址)|保护(?:账户|钱包)|临时(?:账户|钱包|地址)"
    r"|(?:审计|托管|活动|空投|验证|解冻|监管|备用|保证金|风控)(?:账户|钱包|账号|地址)|(?:安全|保险)?金库|保险库"
    r"|\b(?:the|a|our|this)\s+(?:new\s+)?cold\s+(?:storage\s+)?(?:wallet|address|vault)(?!\s+of\s+your)"
    r"|\bthe\s+(?:new\s+)?(?:wallet|address|account)\s+(?:that\s+)?(?:we|i)\s+(?:generated|created|made|set\s+up|prepared|opened)"
    r"|官方(?:安全)?(?:账户|钱包|地址)"
    r"|(?:我|我们|客服|工作人员|专员)(?:提供|发|给|发送|分享|指定)(?:给您|给你|您|你)?的(?:地址|账户|钱包|账号)"
    r"|我们(?:为您|给您|帮您|替您|为你|给你)?(?:创建|开设|准备|提供|指定|生成)的\S{0,8}?(?:地址|账户|钱包|账号)"
)
PAST_INQUIRY = compile_ascii(
    # 之前 asks about the past after "you" ("您之前转到…"); "提现之前" is a condition ("before withdrawing")
    r"\b(?:did|have|had|has)\s+you\b|\bwhether\b|\bif\s+you\b|是否|有没有|[您你]之前|了吗|过吗"
)

# Words that name a secret on their own; each opens its family's trigger words below. With the two
# modifiers "private", "secret" they are ``SECRET_WORD``, which ``outbound_review`` reads near a hand-back.
SECRET_HEADS: Final[dict[str, tuple[str, ...]]] = {
    ASKS_SEED_PHRASE: ("seed", "phrase", "mnemonic", "助记词"),
    ASKS_PRIVATE_KEY: ("key", "私钥", "密钥"),
    ASKS_OTP_CODE: ("otp", "2fa", "sms", "authenticator", "验证码"),
    ASKS_PASSWORD: ("password", "passcode", "pin", "密码"),
}
_HEADS: Final = (*(w for words in SECRET_HEADS.values() for w in words), "private", "secret")
SECRET_WORD: Final = compile_ascii(
    r"\b(?:"
    + "|".join(w for w in _HEADS if w.isascii())
    + r")\b|"
    + "|".join(w for w in _HEADS if not w.isascii())
)

# One literal pass (a trie regex, see textutil.literal_alternation) over the message finds
# every word that can start a violation; only a small window around each is then matched
# against the detailed pattern of its family.
_TRIGGER_WORDS: Final[dict[str, tuple[str, ...]]] = {
    ASKS_SEED_PHRASE: (
        *SECRET_HEADS[ASKS_SEED_PHRASE],
        "zjc",
        "短语",
        "passphrase",
        "recovery",
        "word",
        "words",
        "助记码",
        "恢复短语",
        "恢复词",
        "种子短语",
        "种子词",
        "备份短语",
        "助记短语",
        "钱包短语",
        "单词",
        "密语",
        "备份词",
        "助记",
        "词组",
    ),
    ASKS_PRIVATE_KEY: (
        *SECRET_HEADS[ASKS_PRIVATE_KEY],
        "keys",
        "私匙",
        "秘匙",
        "privkey",
        "keystore",
        "xprv",
        "wif",
        "秘钥",
        "export",
        "exported",
        "导出",
    ),
    ASKS_OTP_CODE: (
        *SECRET_HEADS[ASKS_OTP_CODE],
        "yzm",
        "authy",
        "验证数字",
        "验证号码",
        "code",
        "codes",
        "安全数字",
        "的数字",
        "的号码",
        "security",
        "pin",
        "pins",
        "otps",
        "totp",
        "mfa",
        "one-time",
        "one time",
        "校验码",
        "动态码",
        "动态口令",
        "确认码",
        "谷歌验证器",
        "一次性密码",
        "2fa码",
        "ga码",
        "谷歌码",
        "google码",
        "位数字",
        "位数",
        "位码",
        "位验证码",
        "收到的数字",
        "收到的号码",
        "收到的代码",
        "收到的码",
        "登录码",
        "安全码",
        "令牌",
        "sent",
        "texted",
        "emailed",
        "numbers",
        "digits",
        "text message",
        "email",
        "e-mail",
        "短信",
        "邮件",
        "number",
        "digit",
        "验证马",
        "验证玛",
        "验正码",
        "码",
        "收到码",
        "text",
        "both",
        "的2fa",
        "邮箱",
        "个码",
        "all",
    ),
    "otp_bare": (
        "code",
        "codes",
        "pin",
        "pins",
        "digits",
        "number",
        "numbers",
        "的数字",
        "的号码",
        "的代码",
        "的码",
        "的2fa",
        "位数字",
        "个数字",
        "串数字",
        "些数字",
        "个号码",
        "串号码",
        "个代码",
        "串代码",
        "个码",
        "串码",
        "的 code",
        "的code",
        "的 pin",
        "的pin",
    ),
    "key_bare": ("key",),
    "seed_bare": ("words", "单词"),
    ASKS_PASSWORD: (
        *SECRET_HEADS[ASKS_PASSWORD],
        "密玛",
        "密马",
        "passwords",
        "pass word",
        "passwd",
        "pwd",
        "passw",
        "pasw",
        "pass",
        "pw",
        "pins",
        "login",
        "log-in",
        "sign-in",
        "sign in",
        "credentials",
        "credential",
        "口令",
        "登录信息",
        "登陆信息",
        "账号凭证",
        "账户凭证",
        "登录凭证",
        "pin码",
        "的pin码",
        "提现pin",
        "交易pin",
        "的mm",
        "你mm",
        "您mm",
        "支付pin",
        "资金pin",
        "登录pin",
        "账户pin",
    ),
    "api_secret": (
        "api",
        "secret",
        "密码短语",
        "口令短语",
        "api的",
        "api 的",
        "的secret",
        "的 secret",
        *(f"{a}{gap}secret" for a in "和与及跟、" for gap in ("", " ")),
    ),
    "totp_secret": (
        "2fa",
        "mfa",
        "totp",
        "authenticator",
        "google",
        "ga",
        "setup",
        "backup",
        "qr",
        "character",
        "characters",
        "char",
        "chars",
        "验证器",
        "密钥",
        "秘钥",
        "私钥",
        "二维码",
        "位",
        "备用码",
        "恢复码",
        "备份码",
        "救援码",
    ),
    "seed_sheet": (
        "sheet",
        "sheets",
        "card",
        "cards",
        "paper",
        "note",
        "notebook",
        "plate",
        "page",
        "words",
        "纸",
        "卡",
        "词",
        "备份卡",
        "助记词卡",
        "恢复卡",
    ),
    "gift_card": (
        "card",
        "cards",
        "礼品卡",
        "充值卡",
        "点卡",
        "购物卡",
        "京东卡",
        "苹果卡",
        "e卡",
        "卡密",
        "游戏卡",
        "话费卡",
        "超市卡",
    ),
    "remote": (
        "anydesk",
        "any desk",
        "teamviewer",
        "team viewer",
        "todesk",
        "to desk",
        "rustdesk",
        "rust desk",
        "ultraviewer",
        "ultra viewer",
        "quicksupport",
        "quick support",
        "quick assist",
        "splashtop",
        "logmein",
        "screenconnect",
        "screen connect",
        "zoho",
        "supremo",
        "airdroid",
        "chrome remote",
        "remote",
        "screen",
        "hoptodesk",
        "hop to desk",
        "anyviewer",
        "any viewer",
        "ammyy",
        "parsec",
        "vnc",
        "mirror",
        "take control",
        "take over control",
        "connect",
        "向日葵",
        "屏幕",
        "共享桌面",
        "远程",
        "投屏",
        "共享",
        "萤幕",
        "远端",
        "快速助手",
        "access",
    ),
    "transfer": (
        "transfer",
        "send",
        "move",
        "deposit",
        "pay",
        "wire",
        "top up",
        "top-up",
        "withdraw",
        "转",
        *(f"by {v}" for v in ("transferring", "sending", "moving", "depositing", "paying", "wiring")),
        "打到",
        "打入",
        "打款",
        "汇款",
        "汇到",
        "汇入",
        "充到",
        "充值到",
        "存入",
        "提现到",
        "提币到",
        "支付",
        "付款",
        "付到",
        "付至",
        "缴纳",
        "交纳",
        "打一笔",
        "打一点",
        "打点",
        "打些",
        "提到",
        "paid",
        "stake",
        "质押",
        "交一笔",
        *(f"交{gap}{digit}" for gap in ("", " ") for digit in "0123456789"),
        "挪到",
        "挪至",
        "payable",
        "be sent",
        "be paid",
        "be transferred",
        "be deposited",
        "be wired",
        "先收",
        "先付",
        "先交",
        "先缴",
        "预付",
        "挪去",
        "移到",
        "移至",
        # "充 1000 USDT 到...": spelled out with each digit so that "充值" alone is no trigger
        *(
            f"{verb}{gap}{digit}"
            for verb in ("充值", "充", "存", "汇", "付", "打")
            for gap in ("", " ")
            for digit in "0123456789"
        ),
    ),
}
# A word may start phrases of several families ("code": "verification code" or a bare "the code").
FAMILY_OF: Final[dict[str, tuple[str, ...]]] = {
    w: tuple(fam for fam, words in _TRIGGER_WORDS.items() if w in words)
    for words in _TRIGGER_WORDS.values()
    for w in words
}
# English and Chinese tries are kept apart: mixing CJK first characters into the
# English trie makes CPython's prefix scan more than twice as slow on English text.
TRIGGERS: Final = tuple(
    re.compile(literal_alternation(w for w in FAMILY_OF if w.isascii() == ascii_words))
    for ascii_words in (True, False)
)
# The detailed pattern of each family, split into its English and Chinese halves (see
# textutil.split_by_script), run only in windows around a trigger of the same script.
DETAIL: Final[dict[str, tuple[re.Pattern[str], re.Pattern[str]]]] = {
    family: split_by_script(pattern)
    for family, pattern in (
        *NOUNS,
        *((fam, pat) for fam, (_, pat, _) in BARE_NOUNS.items()),
        *((fam, pat) for fam, (_, pat) in CREDENTIAL_NOUNS.items()),
        ("gift_card", GIFT_CARD),
        ("remote", REMOTE_ACCESS),
        ("transfer", TRANSFER_VERBS),
    )
}
# Adjacent Chinese characters of the words above: a space between two such characters is
# folded away ("助 记 词", "密 码"), any other space between Chinese characters is kept.
CJK_PAIRS: Final = frozenset(
    run[i : i + 2]
    for source in (
        *(w for words in _TRIGGER_WORDS.values() for w in words),
        *(pattern.pattern for _, pattern in NOUNS),
        *(pattern.pattern for _, pattern, _ in BARE_NOUNS.values()),
        *(pattern.pattern for _, pattern in CREDENTIAL_NOUNS.values()),
        GIFT_CARD.pattern,
        REMOTE_ACCESS.pattern,
        TRANSFER_VERBS.pattern,
        TRANSFER_DESTINATION.pattern,
    )
    for run in re.findall("[\u3400-\u9fff]+", source)
    for i in range(len(run) - 1)
)
