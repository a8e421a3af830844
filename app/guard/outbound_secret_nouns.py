"""The secrets an agent must never ask for, by their nouns (English and Chinese).

Why a module of its own: the nouns are what every outbound reading looks for first (the trigger
scan of ``outbound_triggers`` opens on them, ``outbound_hand_backs`` reads ``SECRET_WORD`` near a
hand-back), and wording is tuned against the corpus without touching the algorithm in
``outbound.py``.

Every pattern here is matched against the ASCII-lower-cased message (``textutil.ascii_lower``), so
literals are written in lower case and no ``re.IGNORECASE`` is needed (it halves the speed of
CPython's ``re``). Compiled once at import; plain regexes over the agent's text.
"""

from __future__ import annotations

import re
from typing import Final

from .textutil import compile_ascii
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

# Words that name a secret on their own; each opens its family's trigger words (``outbound_triggers``).
# With the two modifiers "private", "secret" they are ``SECRET_WORD``, which ``outbound_hand_backs`` reads
# near a hand-back.
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
