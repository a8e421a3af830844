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

from .textutil import Phrases, Vocabulary, compile_ascii, literal_alternation, split_by_script
from .types import ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE

# --- secrets an agent must never ask for ------------------------------------
NOUNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        ASKS_SEED_PHRASE,
        compile_ascii(
            r"\bseed\s*(?:phrase|words?)|\brecovery\s*(?:phrase|words?|seed|key)"
            r"|\bmnemonic(?:\s*(?:phrase|words?))?|\bsecret\s*(?:recovery\s*)?phrase"
            r"|\bbackup\s*(?:phrase|words?|seed)|\bwallet\s*(?:phrase|words)"
            r"|\b(?:12|24|twelve|twenty[- ]four)[- ]words?\b(?:\s*(?:phrase|seed|backup))?"
            r"|\bpassphrase|助记词|助记码|恢复短语|恢复词|种子短语|种子词|备份短语|助记短语"
            r"|钱包短语|(?:12|24|十二|二十四)个(?:英文)?单词"
        ),
    ),
    (
        ASKS_PRIVATE_KEY,
        compile_ascii(
            r"\bprivate\s*keys?\b|\bpriv\s*key|\bprivkey|\bsecret\s*keys?\b"
            r"|\bkeystore(?:\s*file)?|\bwallet\s*key|\bxprv\b|\bwif\b|私钥|密钥|秘钥"
        ),
    ),
    (
        ASKS_OTP_CODE,
        compile_ascii(
            r"\b(?:verification|verify|confirmation|security|authentication|auth|2fa"
            r"|two[- ]factor|mfa|sms|text|e-?mail|phone|google\s+authenticator"
            r"|authenticator|ga|one[- ]time|6[- ]digits?|six[- ]digits?|login"
            r"|withdrawal)\s*(?:codes?|pins?|numbers?|tokens?|otps?)\b"
            r"|\b(?:otp|totp)s?\b|\bone[- ]time\s+passwords?|\bgoogle\s+authenticator\b"
            r"|\bcodes?\s+(?:that\s+)?you\s+(?:just\s+)?(?:received|got)"
            r"|\bcodes?\s+(?:that\s+)?we\s+(?:just\s+)?sent"
            r"|\b(?:sent|texted|emailed)\s+(?:you\s+)?(?:a|the|an)\s+(?:[a-z0-9-]+\s+)?codes?\b"
            r"|\b(?:numbers?|digits|codes?)\s+(?:from|in|on|shown\s+(?:in|on))\s+(?:your\s+|the\s+)?"
            r"(?:google\s+)?authenticator(?:\s+app)?"
            r"|(?:6|六)位(?:数字|数|验证码|码)|收到的(?:数字|号码)"
            r"|\b(?:sms|text\s+message|e-?mail)\s+(?:that\s+)?(?:you\s+(?:just\s+)?(?:got|received)|we\s+sent)"
            r"|(?:收到|发给您|发给你|发您|发你)的(?:短信|邮件)"
            r"|(?:短信|邮箱|邮件|谷歌|手机|动态|二次|两步|安全|身份|登录|提现|google)?"
            r"(?:验证码|校验码|动态码|动态口令|确认码)"
            r"|谷歌验证器(?:上的|的)?(?:代码|数字|码)?|一次性密码|二次验证码|2fa码|ga码"
        ),
    ),
    (
        ASKS_PASSWORD,
        compile_ascii(
            r"\b(?<!one-time )(?<!one time )"
            r"(?:(?:login|account|trading|funds?|funding|withdrawal|payment|e-?mail"
            r"|exchange|wallet)\s*)?(?:pass\s?words?|passwd|pwd|passcode|pin\s*codes?)\b"
            r"|(?<!一次性)(?:登录|登陆|资金|交易|支付|账户|账号|邮箱|提现|提币)?密码",
        ),
    ),
)
# A noun followed by one of these names a feature/page, not the secret itself.
NOUN_FOLLOWERS = compile_ascii(
    r"\s*(?:-\s*)?(?:reset|change|recovery|page|screen|field|box|strength|requirements?"
    r"|policy|rules|manager|settings?|setup|set-up|option|prompt|error|issue|problem"
    r"|protection|feature|function|binding|app\b|application|device|method|login page"
    r"|format|length|expir|reminder|guide|tutorial|article|faq|是否|有没有|已经|已"
    r"|重置|修改|找回|错误|设置|强度|规则|页面|输入框|功能|绑定|解绑|管理|格式|要求|长度"
    r"|位数|保护|丢失|过期|失效|教程|指南)"
)

# --- verbs --------------------------------------------------------------------
REQUEST_VERBS = Vocabulary(
    r"\b(?:send|give|provide|share|tell|forward|paste|submit|upload|disclose|reveal|export"
    r"|(?:text|message|e-?mail|dm|pm|whatsapp|telegram)\s+(?:me|us|it|them)"
    r"|read\s+(?:me|us|out|it)|reply\s+(?:with|to\s+me\s+with)|let\s+(?:me|us)\s+know"
    r"|show\s+(?:me|us)|confirm|validate|sync|synchroni[sz]e"
    r"|(?:i|we)(?:'ll|\s+will|\s+would|\s+do|'d|\s+don't|\s+do\s+not|\s+won't)?"
    r"\s+(?:still\s+|also\s+|only\s+|just\s+)?(?:need|require|want)"
    r"|ask(?:s|ing|ed)?\s+(?:you\s+)?for|what(?:'s|\s+is|\s+was|\s+are|\s+were)"
    r"|may\s+(?:i|we)\s+(?:have|get|know)|can\s+(?:i|we)\s+(?:have|get|know)"
    r"|type|enter|input|fill\s+in|write)\b",
    [
        "提供", "发给", "发送", "发送给", "发我", "发一下", "发过来", "发来", "发到", "告诉", "告知", "给我",
        "报一下", "报给", "说一下", "念一下", "读一下", "回复", "私信", "提交", "分享", "透露", "泄露",
        "索要", "索取", "要您", "要你", "需要您", "需要你", "上传", "导入", "导出", "转发", "输入", "填写",
        "填入", "验证您的钱包", "同步", "确认一下", "粘贴", "贴到", "贴在", "复制到", "复制给", "拍给",
        "拍照发",
    ],
)
# Request verbs that only count when the destination is this chat/a form we send.
CONDITIONAL_VERBS = compile_ascii(
    r"^(?:type|enter|input|fill\s+in|write|输入|填写|填入)$"
)
CHAT_DESTINATION = compile_ascii(
    r"\b(?:here|below|in\s+(?:the|this)\s+(?:chat|conversation|window|form)|in\s+chat"
    r"|(?:in|on|at)\s+(?:this|the\s+following)\s+(?:link|page|site|website|form)"
    r"|reply)\b|这里|此处|下方|聊天|对话框|本窗口|链接|表格|回复"
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
        "重置", "修改", "更改", "找回", "设置", "开启", "关闭", "绑定", "解绑", "启用", "使用", "保管",
        "保存", "保护", "妥善", "备份", "抄写", "记住", "忘记", "忘了", "收到", "接收", "获取", "到期",
        "过期", "重新发送", "下载", "安装", "打开", "查看", "检查", "创建", "生成", "丢失", "更换", "牢记",
        "写在纸上", "显示", "遮住", "遮挡", "挡住", "隐藏", "打码", "盖住",
    ],
)
# Requests a little further after the noun, still in its sentence: "...验证码，麻烦报一下".
AFTER_NOUN_LOOSE = compile_ascii(
    r"\bwhat\s+does\s+it\s+say\b|\bwhat\s+is\s+it\b|\bread\s+(?:it|them)\s+(?:to\s+)?(?:me|us|out)\b"
    r"|报一下|念一下|读一下|是多少|报给我|发我一下|发过来"
)
# ZH (and a few EN) requests placed right after the noun: "验证码发我一下", "密码是多少".
AFTER_NOUN_REQUEST = compile_ascii(
    r"(?:\s|是|请|后|之后|以后|了)*(?:多少|什么(?!格式|要求|规则))"
    r"|(?:\s|是|请|后|之后|以后|了)*[^，。,.!?！？；;\s]{0,4}?(?:发给|发我|发一下|发过来|发来|发送给?"
    r"|告诉|给我|报一下|报给|说一下|念一下|回复|转发|导出)"
    r"|\s*,?\s*please\s*[.!]*\s*$|\s+to\s+(?:me|us)\b"  # "your password, please."
)
VISUAL_OBJECT = compile_ascii(
    r"\b(?:screenshot|screen\s*shot|photo|picture|video|image|recording|selfie)\b"
    r"|截图|照片|图片|视频|录屏"
)
IN_PRODUCT = compile_ascii(
    r"\b(?:in|into|on|within)\s+(?:the|our|your)?\s*(?:official\s+)?"
    r"(?:app|application|website|site|login\s+page|web\s+page|security\s+(?:center|settings))"
    r"\b(?!\s+chat)|\bin-app\b|在\s*(?:app|官网|官方|登录页|页面|安全中心|设置)"
)

# --- negation, contrast, warnings --------------------------------------------
_APOSTROPHES: Final = ("'", "\u2019")
NEGATION = Phrases(
    [
        "never", "not", "no", "dont", "do not", "does not", "will not", "should not", "must not",
        "cannot", "nor", "neither", "avoid", "refuse", "beware", "without", "stop",
        *(
            f"{stem}{a}t"
            for stem in ("don", "doesn", "didn", "won", "wouldn", "shouldn", "can", "couldn",
                         "mustn", "isn", "aren", "wasn", "weren", "haven", "hasn")
            for a in _APOSTROPHES
        ),
        "不要", "不用", "别", "勿", "切勿", "请勿", "不会", "绝不", "绝对不", "从不", "从来不", "永远不",
        "千万不要", "不得", "严禁", "禁止", "不需要", "无需", "不必", "谨防", "警惕", "不能", "不可",
        "避免", "拒绝", "不应", "不该", "防止", "小心", "提防",
    ]
)
NOT_NEGATION = compile_ascii(
    r"\s*(?:\w+\s+)?(?:worry|worried|panic|hesitate|be\s+(?:afraid|alarmed|concerned)"
    r"|forget|problem|worries)\b|\s*(?:担心|着急|急|紧|忘记|忘了|客气)"
)
CONTRAST = Phrases(
    [
        "but", "however", "instead", "just", "only", "so", "then", "now", "rather", "though",
        "although", "except", ";", "；", ", please", ",please", ", pls", ", kindly", "，请", ",请",
        "， 请", "但", "但是", "不过", "只需", "只要", "只是", "然而", "可是", "而是", "直接", "现在", "所以",
    ]
)
GUARD_WORDS = Phrases(
    [
        "anyone", "anybody", "no one", "nobody", "third party", "third-party", "third parties",
        "others", "other people", "stranger", "strangers", "scam", "scams", "scammer", "scammers",
        "fraud", "fraudster", "fraudsters", "phishing", "fake", "impersonate", "impersonates",
        "impersonating", "impersonation", "impersonator", "impersonators", "criminal", "criminals",
        "hacker", "hackers", "including us", "even us", "if someone", "if somebody", "if anybody",
        "whoever", "如果有人", "若有人", "假如有人", "一旦有人", "凡是",
        "任何人", "他人", "别人", "第三方", "陌生人", "自称", "声称", "假装", "骗子", "诈骗", "冒充",
        "假冒", "钓鱼", "盗号", "包括我们", "包括客服", "包括官方",
    ]
)

# --- remote access and transfers ----------------------------------------------
REMOTE_ACCESS = compile_ascii(
    r"\b(?:any\s*desk|team\s*viewer|to\s*desk|rust\s*desk|ultra\s*viewer|quick\s*support"
    r"|quick\s*assist|splashtop|logmein|screen\s*connect|zoho\s+assist|supremo|airdroid"
    r"|chrome\s+remote\s+desktop|remote\s+(?:access|control|desktop|support|assistance"
    r"|session|app|software|tool)|share\s+(?:your|the)\s+screen|screen[- ]?shar(?:e|ing))\b"
    r"|向日葵|屏幕共享|共享屏幕|共享桌面|远程协助|远程控制|远程桌面|远程操作|远程连接|远程软件"
    r"|远程工具|远程指导|远程访问|远程登录"
)
TRANSFER_VERBS = compile_ascii(
    r"\b(?:transfer|send|move|deposit|pay|wire|top[- ]up|withdraw)\b"
    r"|转(?:账|到|入|移|至|给|出)|转(?=\s*[0-9])|打(?:到|入|款)|汇(?:款|到|入)|充值?到|存入|提(?:现|币)到"
    r"|支付|付款|缴纳|交纳"
)
WITHDRAW_VERB = compile_ascii(r"^(?:withdraw|提现到|提币到)$")
ADDRESS_LITERAL = re.compile(  # on the original text: addresses are case-sensitive
    r"(?<![0-9A-Za-z])(?:bc1[ac-hj-np-z02-9]{11,71}|ltc1[ac-hj-np-z02-9]{11,71}"
    r"|[13][1-9A-HJ-NP-Za-km-z]{25,34}|0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33})(?![0-9A-Za-z])",
)
_OWN = r"(?!\s+(?:that\s+|which\s+)?you\s+(?:control|own|created|trust)|\s+of\s+your\s+own)"
TRANSFER_DESTINATION = compile_ascii(
    r"\b(?:to|into)\s+(?:(?:this|that|these|the\s+following|the\s+below|our|my)\s+"
    r"(?:\w+\s+)?(?:address|wallet|account|vault)"
    r"|(?:the\s+|a\s+|an\s+|our\s+|this\s+)?(?:safe|protected|temporary|escrow"
    r"|holding|security|designated|verification|insured)\s+(?:\w+\s+)?"
    r"(?:address|wallet|account|vault)"
    r"|(?:the|our|this|that)\s+secured?\s+(?:\w+\s+)?(?:address|wallet|account|vault)"
    r"|the\s+(?:\w+\s+)?(?:address|wallet|account)\s+(?:below|above"
    r"|(?:that\s+)?(?:i|we)\s+(?:just\s+)?(?:sent|gave|provided|shared|posted)|provided|given))" + _OWN +
    r"|\b(?:safe|protected)\s+(?:account|wallet)\b"
    r"|这个(?:地址|账户|钱包|账号)|该地址|此地址|以下(?:地址|账户|钱包)|下面的?(?:地址|账户)"
    r"|下方(?:的)?地址|如下地址|指定(?:的)?(?:地址|账户|钱包)|我(?:们)?的(?:地址|账户|钱包|账号)"
    r"|安全(?:账户|钱包|账号|地址)|保护(?:账户|钱包)|临时(?:账户|钱包|地址)"
    r"|官方(?:安全)?(?:账户|钱包|地址)"
    r"|我(?:们)?(?:提供|发|给|发送|分享)(?:给您|给你)?的(?:地址|账户|钱包|账号)"
    r"|我们(?:为您|给您|帮您|替您|为你|给你)?(?:创建|开设|准备|提供|指定)的\S{0,8}?(?:地址|账户|钱包|账号)"
)
REMOTE_SAFE_VERBS = compile_ascii(
    r"\b(?:uninstall|close|remove|delete|quit|exit|disconnect|end|terminate|stop)\b"
    r"|卸载|关闭|删除|断开|退出"
)
PAST_INQUIRY = compile_ascii(
    r"\b(?:did|have|had|has)\s+you\b|\bwhether\b|\bif\s+you\b|是否|有没有|之前|了吗|过吗"
)

# One literal pass (a trie regex, see textutil.literal_alternation) over the message finds
# every word that can start a violation; only a small window around each is then matched
# against the detailed pattern of its family.
_TRIGGER_WORDS: Final[dict[str, tuple[str, ...]]] = {
    ASKS_SEED_PHRASE: (
        "seed", "mnemonic", "phrase", "passphrase", "recovery", "word", "words", "助记词", "助记码",
        "恢复短语", "恢复词", "种子短语", "种子词", "备份短语", "助记短语", "钱包短语", "单词",
    ),
    ASKS_PRIVATE_KEY: ("key", "keys", "privkey", "keystore", "xprv", "wif", "私钥", "密钥", "秘钥"),
    ASKS_OTP_CODE: (
        "code", "codes", "pin", "pins", "otp", "otps", "totp", "2fa", "mfa", "authenticator",
        "one-time", "one time", "验证码", "校验码", "动态码", "动态口令", "确认码", "谷歌验证器",
        "一次性密码", "2fa码", "ga码", "位数字", "位数", "位码", "位验证码", "收到的数字", "收到的号码",
        "sent", "texted", "emailed", "numbers", "digits", "sms", "text message", "email", "e-mail",
        "短信", "邮件",
    ),
    ASKS_PASSWORD: ("password", "passwords", "pass word", "passwd", "pwd", "passcode", "密码"),
    "remote": (
        "anydesk", "any desk", "teamviewer", "team viewer", "todesk", "to desk", "rustdesk",
        "rust desk", "ultraviewer", "ultra viewer", "quicksupport", "quick support", "quick assist",
        "splashtop", "logmein", "screenconnect", "screen connect", "zoho", "supremo", "airdroid",
        "chrome remote", "remote", "screen", "向日葵", "屏幕", "共享桌面", "远程",
    ),
    "transfer": (
        "transfer", "send", "move", "deposit", "pay", "wire", "top up", "top-up", "withdraw", "转",
        "打到", "打入", "打款", "汇款", "汇到", "汇入", "充到", "充值到", "存入", "提现到", "提币到",
        "支付", "付款", "缴纳", "交纳",
    ),
}
FAMILY_OF: Final = {w: fam for fam, words in _TRIGGER_WORDS.items() for w in words}
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
    for family, pattern in (*NOUNS, ("remote", REMOTE_ACCESS), ("transfer", TRANSFER_VERBS))
}
