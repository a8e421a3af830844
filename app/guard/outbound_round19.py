"""Issue 16, round 19 (guard19off): r27's and r28's other outbound misses, as slots.

Asks (``round19_asks``; each decided here with its own negation and warning checks):

* **the authenticator's setup key by where it shows** — the letters under "can't scan" / 无法扫描, the
  manual-entry key, handed to us ("so I can register it", 打给我);
* **what the authenticator shows, asked** — "what numbers do you see in your authenticator (now)?",
  验证器上显示的数字是多少;
* **an API or sub-account secret by its owner** — "the secret of the sub-account key", "the bot's API
  secret", handed over;
* **Chinese slang and pinyin hand-overs** — 私聊/私信我 + a secret, the login data (登录资料, 账密) handed to
  us, pinyin nouns (yanzhengma, mima, zhujici, siyao) with a pinyin or English hand-over ("fa wo",
  "shi duoshao", "send me"), and Chinese typed with a space between characters (密码 发 我 一 下);
* **a secret "needed" for a made-up purpose** — unfreezing, claiming, verifying "must have" the seed or key
  (解冻…必须要24个助记词); the key or seed filled into a form or page (把私钥填到领取表单里);
* **a pronoun hand-over after the secret** — "…without your password, simply paste it here";
* **a fee to an address** — a required fee, tax or deposit with an amount and a crypto address ("needs a
  gas fee of 0.05 ETH to 0x…").

Clears (``clears_round19``), for the safe replies r27/r28 refused:

* **somewhere else, not here** — the secret entered on the site, the login screen, one's own bot's
  settings, "not here in chat / never in this chat" (不要发在聊天里);
* **a message's ask reported as not ours** — "the message asking for your 'login details' is not from us";
* **a quoted scam line in a warning** — 谁要是说"…把密码发我"，…骗局;
* **the customer's own wallet** — 私钥只在您自己的钱包软件里输入; "we cannot import it for you"
  (没法帮您导入).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .outbound_asks9 import Ask9
from .outbound_clauses import REACH, Cues, CueWords, clause_start, sentences
from .textutil import AsciiFirst, any_in, literal_alternation
from .types import ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE, TRANSFER_REQUEST


def _ascii(pattern: str) -> re.Pattern[str]:
    """``\\b`` and ``\\s`` as ASCII (a CJK character is no word character here)."""
    return re.compile(pattern, re.ASCII)


_NEGATION = _ascii(
    r"\b(?:never|not|no|don'?t|doesn'?t|won'?t|can'?t|cannot|shouldn'?t|nobody|stop|avoid|refuse)\b|n't\b"
    r"|不要|不会|不能|不可|不用|不必|不得|别|绝不|从不|切勿|请勿|勿|唔|没法|无法|拒绝|禁止|千万别|bu\s?yao|bie\b|qianwan"
)
# reports are part of ``_WARNING`` here ("if someone …"): none of their own
_REPORTED = re.compile(r"(?!)")
_WARNING = _ascii(
    r"\b(?:scam|scams|scammers?|fraud|fraudsters?|fake|impersonat\w*|phishing|if\s+(?:someone|anyone|they))\b"
    r"|\bnot\s+(?:us|ours|from\s+us|our\s+\w+|official)\b|骗|冒充|假|钓鱼|不是我们|不是官方|如果有人|有人|谁"
)
_WORDS = CueWords(_NEGATION, _REPORTED, _WARNING)

# --- the setup key by where it shows, handed to us ---
_SETUP_KEY = _ascii(
    r"\b(?:letters|characters|chars|string|key|code|text|digits)\s+(?:\w+\s+){0,2}?(?:under|below|beneath|next\s+to"
    r"|beside|after)\s+(?:the\s+)?[\"“'‘]?(?:can'?t|cannot|unable\s+to)\s+scan"
    r"|\b(?:manual(?:\s+entry)?|setup|set-up|secret|backup)\s+key\b[^.!?\n]{0,40}?\b(?:authenticator|2fa|google)"
    r"|(?:无法扫描|不能扫描|扫不了|扫描不了|手动输入|手动添加)[”\"」]?(?:下面|下方|旁边|后面|里)?的?那?(?:\d+|十六|十几)?个?(?:字母|字符|密钥|代码|串|码)"
)
_TO_US_EN = _ascii(
    r"\b(?:so\s+(?:that\s+)?(?:i|we)\s+can|for\s+you|to\s+me|to\s+us|here\b|in\s+(?:the|this)\s+chat|with\s+me)"
    r"|\b(?:send|tell|give|read|show)\s+(?:me|us)\b"
)
_TO_US_ZH = re.compile(r"打给我|发给我|发我|告诉我|给我|发过来|念给我|报给我|私信我|发到这里|打在这里|我帮您")
_GIVE_EN = _ascii(r"\b(?:type|send|tell|give|read|paste|share|copy|write|enter|provide|drop)\b")

# --- what the authenticator shows, asked ---
_SHOWS_ASKED = _ascii(
    r"\bwhat\s+(?:numbers?|digits|code|codes|6\s+digits|six\s+digits)\s+(?:do|can|did)\s+(?:you|u)\s+(?:see|have|get)\b"
    r"[^.!?\n]{0,40}?\b(?:authenticator|2fa|google\s+auth|sms|text|phone|app)\b"
    r"|\bwhat\s+(?:does|is)\s+(?:your|the)\s+(?:authenticator|2fa\s+app|google\s+authenticator)\s+(?:show|showing|say|display)"
    r"|(?:验证器|谷歌验证|身份验证器|authenticator)(?:上|里|app上)?(?:现在|当前|目前)?显示的?(?:数字|号码|码|验证码)?"
    r"(?:是多少|是什么|发我|告诉我|给我|念一下|报一下)"
)

# --- an API or sub-account secret by its owner ---
_OWNED_SECRET = _ascii(
    r"\b(?:send|give|share|paste|provide|tell|drop|forward|dm)\b(?:\s+(?:me|us))?\s+(?:the|your|ur)\s+secret\s+"
    r"(?:key\s+)?(?:of|for|from)\s+(?:the|your|that|this)\s+(?:sub-?account|api|bot|trading|main)?\s*(?:api\s+)?key\b"
    r"|\b(?:send|give|share|paste|provide|tell|drop|forward|dm)\b(?:\s+(?:me|us))?\s+(?:the|your|ur)\s+"
    r"(?:sub-?account|bot'?s?|api)\s+(?:key'?s?\s+)?secret\b"
)

# --- Chinese slang and pinyin hand-overs ---
_PRIVATE_TO_ME = re.compile(
    r"(?:私聊|私信)我(?:一下)?(?:您的|你的)?(?:账号|帐号|账户)?(?:和|跟)?(?:登录)?(密码|验证码|助记词|私钥|口令)"
    r"(?!有没有|是否|有无|收到|到了)"
)
_LOGIN_DATA = re.compile(
    r"(?:把|将)?(?:您的|你的)?(?:登录资料|登陆资料|登录信息|登陆信息|登录凭证|账密|帐密|账号密码)"
    r"[^，。！？\n]{0,4}?(?:给我|发我|发给我|发过来|告诉我|私信我|私聊我)"
)
_PINYIN_NOUN = _ascii(
    r"\b(?:yanzhengma|yan\s?zheng\s?ma|yzm|mima|mi\s?ma|zhujici|zhu\s?ji\s?ci|siyao|si\s?yao|miyao)\b"
)
_PINYIN_GIVE = _ascii(
    r"\b(?:fa\s?(?:gei\s?)?wo|gei\s?wo|gao\s?su\s?wo|fa\s?guo\s?lai|fa\s?yi\s?xia|shi\s?duo\s?shao|duoshao"
    r"|send\s+(?:it\s+)?(?:to\s+)?me|tell\s+me|give\s+me|dm\s+me)\b"
)
_PINYIN_CODE: Final = {"y": ASKS_OTP_CODE, "m": ASKS_PASSWORD, "z": ASKS_SEED_PHRASE, "s": ASKS_PRIVATE_KEY}
_SPACED = re.compile(r"(?<=[\u3400-\u9fff，。！？、])[ \t]+(?=[\u3400-\u9fff，。！？、])")
_SPACED_MIN: Final = 3  # "密码 发 我 一 下": at least this many spaces between Chinese characters
_SECRET_HANDED_ZH = re.compile(
    r"(密码|验证码|助记词|私钥|口令)[^，。！？\n]{0,4}?(?:发我|发给我|给我|告诉我|发过来|报一下|念一下|打给我|私信我)"
)
_ZH_CODE: Final = {
    "密码": ASKS_PASSWORD, "口令": ASKS_PASSWORD, "验证码": ASKS_OTP_CODE, "助记词": ASKS_SEED_PHRASE,
    "私钥": ASKS_PRIVATE_KEY,
}  # fmt: skip

# --- a secret needed for a made-up purpose, or filled into a form ---
_PURPOSE_NEEDS_ZH = re.compile(
    r"(?:解冻|解封|解锁|激活|领取|申领|领|补偿|理赔|审核|认证|核验|验证)[^。！？\n]{0,16}?(?:必须|需要|得|要)要?(?:提供)?"
    r"(?:您的|你的)?(?:\d+|十二|二十四)?个?(助记词|私钥)"
)
_FORM_ZH = re.compile(
    r"(助记词|私钥)[^。！？，\n]{0,6}?(?:填到|填入|填写到|填进|输入到|输到|粘贴到|贴到|提交到)[^。！？\n]{0,8}?"
    r"(?:表单|页面|网页|链接|网站|问卷|表格)"
)
_PURPOSE_NEEDS_EN = _ascii(
    r"\b(?:unfreez\w*|unlock\w*|claim\w*|activat\w*|compensation|airdrop)\b[^.!?\n]{0,30}?\b(?:needs?|requires?"
    r"|must\s+have|is\s+required)\s+(?:your\s+|the\s+)?(?:12|24|twelve|twenty-four)?\s*(words|seed|recovery\s+phrase"
    r"|private\s+key)"
)
_FORM_EN = _ascii(
    r"\b(?:fill|paste|enter|type|submit|put)\s+(?:in\s+)?(?:your\s+|the\s+)?(?:\w+\s+)?(private\s+key|seed\s+phrase"
    r"|recovery\s+phrase|12\s+words|24\s+words)\s+(?:in|into|on)\s+(?:the|our|this)\s+(?:claim\s+|airdrop\s+|"
    r"verification\s+)?(?:form|page|site|link|website)\b"
)

# --- a pronoun hand-over after the secret ---
_SECRET_EN = _ascii(
    r"\b(password|pwd|passcode|(?:2fa|sms|verification|authenticator)\s+code|seed\s+phrase|private\s+key)\b"
)
_PRONOUN_HAND = _ascii(
    r"\b(?:paste|type|drop|put|write|send|enter)\s+(?:it|that|them)\s+(?:here|in\s+(?:the|this)\s+chat|to\s+me)\b"
)

# --- a fee to an address ---
_FEE_TO_ADDRESS = _ascii(
    r"\b(?:needs?|requires?|required|must\s+(?:pay|send)|have\s+to\s+(?:pay|send)|pay|send)\b[^.!?\n]{0,30}?"
    r"\b(?:gas|network|activation|unlock|release|claim|listing|processing|verification)?\s*(?:fee|tax|deposit|charge)\b"
    r"[^.!?\n]{0,20}?\b\d[\d,.]*\s*[a-z]{2,5}\b[^.!?\n]{0,12}?\bto\s+(?:0x[0-9a-f]{40}|t[1-9a-hj-np-z]{33}|bc1[0-9a-z]{20,})"
)


def _negated_within(low: str, lo: int, m: re.Match[str]) -> bool:
    """A negation anywhere from the clause's start to the end of ``m`` (between the noun and its verb too)."""
    return _NEGATION.search(low, clause_start(low, lo, m.start()), m.end()) is not None


def _pinyin_code(noun: str) -> str:
    return _PINYIN_CODE[noun.replace(" ", "")[0]]


def _sentence_asks(
    low: str, lo: int, hi: int, seen: set[str], live: frozenset[str]
) -> list[tuple[str, int, int]]:
    """The asks of the sentence [lo, hi), one per code not in ``seen`` (the caller keeps one per code)."""
    out: list[tuple[str, int, int]] = []
    cues = Cues(low, lo, hi, _WORDS)
    for code, a, b in _candidates(low, lo, hi, cues, live):
        if code not in seen and not cues.advice(a):
            seen.add(code)
            out.append((code, a, b))
    return out


def _candidates(
    low: str, lo: int, hi: int, cues: Cues, live: frozenset[str]
) -> Iterator[tuple[str, int, int]]:
    """Every match of the rules above in the sentence [lo, hi), before the advice check; only the families
    whose words are in the text (``live``, from ``_families``) are searched."""
    if "setup" in live:
        for m in _SETUP_KEY.finditer(low, lo, hi):
            clause_lo = clause_start(low, lo, m.start())
            give = _GIVE_EN.search(low, clause_lo, m.start()) is not None or not m.group().isascii()
            near = min(hi, m.end() + REACH)
            to_us = _TO_US_EN.search(low, m.end(), near) or _TO_US_ZH.search(low, m.end(), near)
            if give and to_us is not None:
                yield (ASKS_OTP_CODE, m.start(), m.end())
    if "shows" in live:
        for m in _SHOWS_ASKED.finditer(low, lo, hi):
            yield (ASKS_OTP_CODE, m.start(), m.end())
    if "secret" in live:
        for m in _OWNED_SECRET.finditer(low, lo, hi):
            yield (ASKS_PRIVATE_KEY, m.start(), m.end())
    if "private" in live:
        for m in _PRIVATE_TO_ME.finditer(low, lo, hi):
            yield (_ZH_CODE[m.group(1)], m.start(), m.end())
    if "login" in live:
        for m in _LOGIN_DATA.finditer(low, lo, hi):
            yield (ASKS_PASSWORD, m.start(), m.end())
    if "seed_zh" in live:
        for m in (*_PURPOSE_NEEDS_ZH.finditer(low, lo, hi), *_FORM_ZH.finditer(low, lo, hi)):
            if not _negated_within(low, lo, m):  # 助记词不要输入到任何网站、表单
                yield (_ZH_CODE[m.group(1)], m.start(), m.end())
    if "pinyin" in live:
        for m in _PINYIN_NOUN.finditer(low, lo, hi):
            hand = _PINYIN_GIVE.search(low, max(lo, m.start() - 20), min(hi, m.end() + 40))
            if hand is not None:
                yield (_pinyin_code(m.group()), min(m.start(), hand.start()), max(m.end(), hand.end()))
    if "seed_en" in live:
        for m in (*_PURPOSE_NEEDS_EN.finditer(low, lo, hi), *_FORM_EN.finditer(low, lo, hi)):
            if _negated_within(low, lo, m):  # "unfreezing never requires your seed phrase"
                continue
            code = ASKS_PRIVATE_KEY if m.group(1).startswith("private") else ASKS_SEED_PHRASE
            yield (code, m.start(), m.end())
    if "pronoun" in live:
        yield from _pronoun_hand_overs(low, lo, hi, cues)
    if "fee" in live:
        for m in _FEE_TO_ADDRESS.finditer(low, lo, hi):
            yield (TRANSFER_REQUEST, m.start(), m.end())


def _pronoun_hand_overs(low: str, lo: int, hi: int, cues: Cues) -> Iterator[tuple[str, int, int]]:
    for m in _PRONOUN_HAND.finditer(low, lo, hi):
        if cues.advice(m.start()):
            continue  # the hand-over's own clause decides ("…without your password, simply paste it here")
        secret = None
        for s in _SECRET_EN.finditer(low, max(lo, m.start() - REACH), m.start()):
            secret = s
        if secret is not None:
            noun = secret.group(1)
            code = (
                ASKS_PASSWORD if noun.startswith("pass") or noun == "pwd"
                else ASKS_SEED_PHRASE if noun.startswith("seed")
                else ASKS_PRIVATE_KEY if noun.startswith("private")
                else ASKS_OTP_CODE
            )  # fmt: skip
            yield (code, m.start(), m.end())


# each family runs only when one of its words is in the text: a reply without any pays a few ``in``s
_FAMILY_WORDS: Final = (
    ("setup", ("scan", "manual", "setup key", "secret key", "backup key", "扫描", "扫不了", "手动")),
    ("shows", ("authenticator", "2fa", "google auth", "验证器", "谷歌验证")),
    ("secret", ("secret",)),
    ("private", ("私聊", "私信")),
    ("login", ("登录", "登陆", "账密", "帐密", "账号密码")),
    ("seed_zh", ("助记词", "私钥")),
    (
        "pinyin",
        ("yanzhengma", "yzm", "mima", "mi ma", "zhujici", "zhu ji", "siyao", "si yao", "miyao", "yan zheng"),
    ),
    ("seed_en", ("words", "seed", "recovery phrase", "private key")),
    ("pronoun", ("it here", "it in ", "that here", "them here", "it to me", "them to me")),
    ("fee", ("fee", "tax", "deposit", "charge")),
)


_ANY_WORD: Final = AsciiFirst(
    re.compile(literal_alternation([w for _, words in _FAMILY_WORDS for w in words]))
)


def _families(low: str) -> frozenset[str]:
    if _ANY_WORD.search(low) is None:
        return frozenset()  # one scan of the text: most replies stop here
    return frozenset(name for name, words in _FAMILY_WORDS if any_in(low, words))


def _spaced_asks(low: str, seen: set[str]) -> list[Ask9]:
    """Chinese typed with spaces between characters ("密码 发 我 一 下"): read with the spaces removed."""
    if len(_SPACED.findall(low)) < _SPACED_MIN:
        return []
    gaps = [m.span() for m in _SPACED.finditer(low)]
    keep: list[int] = []
    at = 0
    for a, b in gaps:
        keep += range(at, a)
        at = b
    keep += range(at, len(low))
    squeezed = "".join(low[i] for i in keep)
    out: list[Ask9] = []
    for lo, hi in sentences(squeezed):
        cues = Cues(squeezed, lo, hi, _WORDS)
        for m in _SECRET_HANDED_ZH.finditer(squeezed, lo, hi):
            code = _ZH_CODE[m.group(1)]
            if code not in seen and not cues.advice(m.start()):
                seen.add(code)
                out.append(Ask9(_ZH_CODE[m.group(1)], keep[m.start()], keep[m.end() - 1] + 1, True))
    return out


def round19_asks(low: str) -> list[Ask9]:
    """The asks above in ``low`` (ASCII-lower-cased, folded)."""
    live = _families(low)
    out: list[Ask9] = []
    seen: set[str] = set()
    if live:
        for lo, hi in sentences(low):
            out += [Ask9(code, a, b, True) for code, a, b in _sentence_asks(low, lo, hi, seen, live)]
    if " " in low and not low.isascii():
        out += _spaced_asks(low, seen)
    return out


# --- clears ---
_SECRETS: Final = frozenset({ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE})
_NOT_HERE = _ascii(
    r"\b(?:not|never)\s+(?:here\b|(?:here\s+)?(?:in|into|on)\s+(?:this\s+|the\s+|our\s+)?(?:chat|conversation)\b)"
    r"|(?:不要|别|切勿|请勿|不是)(?:发|贴|输入|打)?(?:在|到)(?:这里|聊天|对话)"
)
_HAND_TO_US = _ascii(
    r"\b(?:send|tell|give|read|forward|share|dm)\s+(?:it\s+|them\s+)?(?:to\s+)?(?:me|us)\b|\breply\s+with\b"
    r"|发给我|发我|给我|告诉我|发过来"
)
_MESSAGE_ASKS = _ascii(
    r"\b(?:message|email|e-mail|sms|text|call|link|page|site|account|person|dm)\s+(?:\w+\s+){0,4}?"
    r"(?:asking|that\s+asks?|that\s+asked|which\s+asks?|requesting|demanding)\s+(?:you\s+)?(?:for|to)\b"
)
_NOT_FROM_US = _ascii(r"\b(?:is|was|are|were)\s*(?:n'?t|\s+not)\s+(?:from\s+)?(?:us|ours|official)\b")
_QUOTE_SAID = re.compile(
    r"(?:谁|如果有人|有人|对方|骗子|假客服)(?:要是|如果)?(?:说|让您|让你|叫您|要求)[^。！？\n]{0,4}?[“\"「]"
    r"|\b(?:if\s+)?(?:anyone|someone|they|scammers?)\s+(?:says?|writes?|tells?\s+you)\s*[:,]?\s*[\"“]",
    re.ASCII,
)
_OWN_WALLET = re.compile(
    r"(?:只|仅)?(?:在|用)(?:您|你)自己的?(?:钱包|设备|手机|电脑)(?:软件|app|应用|程序)?(?:里|中|上|内)(?:输入|导入|使用|填写|粘贴)"
    r"|(?:没法|无法|不能|不会)(?:帮|替)(?:您|你)(?:导入|输入)"
)


def _sentence(low: str, start: int, end: int) -> tuple[int, int]:
    a = max(low.rfind(c, 0, start) for c in ".!?。！？\n") + 1
    ends = [i for i in (low.find(c, end) for c in ".!?。！？\n") if i >= 0]
    return a, (min(ends) + 1 if ends else len(low))


def clears_round19(low: str, code: str, start: int, end: int) -> bool:
    """Is the verdict ``code`` at [start, end) one of the safe families above?"""
    if code not in _SECRETS:
        return False
    a, b = _sentence(low, start, end)
    sent = _WE_SEND_CODE.search(low, a, b)
    if code == ASKS_OTP_CODE and sent is not None and sent.start() <= start < sent.end():
        return (
            _HAND_TO_US.search(low, sent.end(), b) is None
        )  # "we will send a verification code to your e-mail"
    if _NOT_HERE.search(low, a, b) is not None and _HAND_TO_US.search(low, a, b) is None:
        return True  # "enter it only on exchange.example, never in this chat"
    asks = _MESSAGE_ASKS.search(low, a, b)
    if asks is not None and asks.start() <= start and _NOT_FROM_US.search(low, asks.end(), b) is not None:
        return True  # "the message you received asking for your 'login details' is not from us"
    said = _QUOTE_SAID.search(low, a, b)
    if said is not None and said.start() <= start and _WARNING_WORD.search(low) is not None:
        return True  # 谁要是说"把密码发我"，马上停下，骗局都是这么开始的
    return _OWN_WALLET.search(low, a, b) is not None and _HAND_TO_US.search(low, a, b) is None


_WE_SEND_CODE = _ascii(
    r"\b(?:we|i)(?:'ll|'ve|\s+will|\s+can|\s+have|\s+just|\s+are\s+going\s+to)?\s+(?:just\s+)?(?:re)?send\s+(?:you\s+)?"
    r"(?:the|a|an|another|new|your)?\s*(?:[\w-]+\s+){0,2}?(?:code|otp)\s+(?:to\s+your|by\s+(?:sms|e-?mail|text))\b"
)
_WARNING_WORD = _ascii(r"\b(?:scam|scams|fraud|fake|phishing)\b|骗局|诈骗|骗子|冒充|假客服|钓鱼")
