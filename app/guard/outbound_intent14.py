"""Round 14: asks read by *intent* (who must give or do what, for whom), in slots, not phrases.

Seven rounds running, rules tuned on the last blind batch's exact wording moved the next blind batch
by one to four cases. This module reads a sentence in slots instead, each slot a small lexicon that
any wording of the same intent fills, in English and Chinese (Traditional is folded to Simplified
before this runs):

* **a wallet prompt confirmed for a pretext** — an instruction to the customer (a clause that opens
  with the act, or 点/按 + the button) to confirm/approve/accept/sign + a prompt their wallet shows
  (transaction, request, pop-up, contract, setApprovalForAll, 弹出, 合约) + a pretext that makes it
  harmless or useful to them (a verification, free, 0 fee, "that's how X gets restored", 就能解冻). A
  deposit confirmed in MetaMask names no pretext and passes;
* **a secret required for a check** — a secret (key, seed, words, password, code) as the subject of
  "is needed/required/necessary" (or we "require" it) for a check on the customer (confirm, verify,
  prove, validate, unlock, 核验, 证明, 解锁). "needed to restore the wallet" is the customer's own use;
* **the anti-phishing code answered** — any verb of telling or confirming + the anti-phishing code,
  unless the code is the subject of what follows ("is shown in our emails");
* **a secret by description** — the secret named by what it is or does (numbers that keep changing,
  the characters you type to log in, 会变的数字, 登录用的那串字符, the wallet's "key") + a hand-over to us
  or a question about its value;
* **a secret compared by us** — check/compare/核对 + the customer's words/key/password + our side
  (our records, my end, together, 我这边, 系统记录);
* **API credentials handed over** — an API key named + a hand-over of its values to us;
* **funds to a made-up safe place** — move/transfer to a "protected/secure/isolated" wallet (安全/保护/
  隔离 钱包) with an address in the sentence: the address is the agent's.

Each ask is cancelled by the caller's negation and warning reading of its sentence, and here by a
refusal or someone else's ask before it ("reject", "if anyone asks you to", 如果有人让您).

The threat with no ask that round 14 holds is read in ``outbound_coercion``; the safe kinds it
clears in ``outbound_clears14``; the word gates that keep most replies from running any family in
``outbound_intent14_gates``.
"""

from __future__ import annotations

import re
from typing import Final

from .outbound_asks9 import Ask9
from .outbound_intent14_gates import live_families
from .textutil import compile_ascii
from .types import ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE, TRANSFER_REQUEST

SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？\n]*")
_CLAUSE_HEAD = r"(?:^|[,，;；:：—–]|\s-\s|\band\s+|\bthen\s+|\bso\s+)\s*"
_POLITE_EN = r"(?:(?:please|pls|just|simply|now|then|so|and|kindly)\s+)*"
_POLITE_ZH = r"(?:请|麻烦|直接|然后|再|先|您|你|就)*"

# --- a wallet prompt confirmed for a pretext ---
_PROMPT_ACT_EN = compile_ascii(
    _CLAUSE_HEAD + _POLITE_EN + r"(?:(?:click|tap|press|hit|select|choose)\s+(?:on\s+)?[\"'“‘]?"
    r"(?:confirm|approve|accept|sign|allow|ok|yes)\b|(?:confirm|approve|accept|sign|allow)\b)"
)
_PROMPT_ACT_ZH = re.compile(
    r"(?:点|点击|按|选|选择)(?:一下)?[“\"「『]?(?:确认|同意|批准|授权|签名|允许|确定)|签个名|签一下名"
    r"|(?:确认|同意|批准|授权|签名|签署|签)(?:一下)?[^。！？\n，,]{0,10}?(?:就行|即可|就好|就可以|吧)"
    r"|(?:确认|同意|批准|授权|签署)(?:一下)?(?:那笔|这笔|该笔|那个|这个|弹出的|跳出的)[^。！？\n，,]{0,12}?"
    r"(?:交易|请求|授权|签名|消息)"
)
_PROMPT_EN = compile_ascii(
    r"\b(?:transactions?|requests?|prompts?|pop-?ups?|contracts?|contract\s+calls?|setapprovalforall|approvals?"
    r"|signatures?|permissions?|messages?)\b"
    r"|\b(?:wallet|metamask|ledger|phantom)\s+(?:asks|shows|displays|pops|prompts|requests)\b"
)
_PROMPT_ZH = re.compile(r"交易|请求|弹窗|弹出|跳出|合约|setapprovalforall|授权|签名|签个名|消息|permit")
_WALLET = compile_ascii(
    r"\b(?:wallet|metamask|phantom|ledger|trust\s*wallet|setapprovalforall|dapp|permit)\b|钱包|小狐狸|metamask"
)
# the customer's own deposit or send: "confirm the deposit in MetaMask, it arrives in minutes"
_OWN_DEPOSIT = compile_ascii(r"\b(?:deposit\w*|top\s+up)\b|充值|充币|存入")
# what the act confirms must not be a secret ("confirm your words"): that is a secret ask, not a prompt
_SECRET_AFTER = compile_ascii(
    r"^[^.!?\n,，。]{0,30}?(?:\b)(?:words|phrase|seed|keys?|password|passcode|code|otp|pin)\b"
    r"|^[^。！？\n，,]{0,12}?(?:助记词|私钥|密码|验证码)"
)
_PRETEXT_EN = compile_ascii(
    r"\b(?:verif\w*|free|harmless|costs?\s+nothing|moves?\s+nothing|(?:0|zero|no)\s+(?:cost|fee|gas|charge)s?"
    r"|only\s+(?:checks|verifies|confirms)|restor\w*|unlock\w*|refund\w*|recover\w*|releas\w*"
    r"|that'?s\s+how|this\s+is\s+how|to\s+get\s+(?:your|the))\b"
)
_PERMIT = compile_ascii(r"(?<![a-z])permit\d?\b")
_PRETEXT_ZH = re.compile(
    r"验证|免费|不要钱|确认身份|就行|即可|就好|(?:0|零)\s*(?:手续费|费用|成本|gas)|不花钱|不收费|不扣|只是|恢复|解冻|就能|才能|退款|找回|到账"
)
_REFUSE = compile_ascii(
    r"\b(?:reject|decline|cancel|revoke|deny|refuse|ignore|never|don'?t|do\s+not|didn'?t|did\s+not"
    r"|not\s+start|scam\w*|fraud\w*|fake|drainer\w*)\b|(?<!anti)(?<!anti-)(?<!anti\s)\bphish\w*"
    r"|拒绝|取消|撤销|撤回|不要(?!钱|紧)|别|切勿|忽略|没有发起|未发起|不是您|骗|诈|(?<!防)钓鱼|假|不用|无需|不必|勿"
)
_OTHER_ASKS = compile_ascii(
    r"\b(?:if|when|whenever|should)\s+(?:a|an|any|some|someone|anyone|somebody|anybody|they|he|she|the|it)\b"
    r"|\b(?:asks?|tells?|wants?|urges?)\s+(?:you|u)\s+to\b|(?:如果|若|假如|万一|要是|一旦)"
    r"[^。！？\n，,]{0,12}?(?:让|要|叫|诱导|要求|提示|索要|索取)"
)

# --- a secret required for a check ---
_REQUIRED_EN = compile_ascii(
    r"\b(?:your|the)\s+(?:[a-z0-9'-]+\s+){0,3}?(?P<s>private\s+keys?|seed(?:\s+phrase)?|recovery\s+(?:phrase|words)"
    r"|backup\s+words|mnemonic|secret\s+words|2fa\s+code|otp|password|passcode|code|pin)\b(?:\s+(?:of|for)\s+"
    r"(?:[a-z0-9'-]+\s+){0,3}?)?\s*(?:is|are|will\s+be)\s+(?:also\s+|still\s+|first\s+)?(?:needed|required"
    r"|necessary|mandatory)\s+(?:for\s+(?:us|me)\s+)?(?:to|for)\s+(?:[a-z]+\s+){0,2}?(?:confirm|verify|prove"
    r"|validate|check|authenticate|complete|process|release|unlock|sync|whitelist|approve|link|activate"
    r"|verification|validation|confirmation)"
    # the purpose first: "to prove the funds are yours, your backup words are required"
    r"|\b(?:to|in\s+order\s+to)\s+(?:confirm|verify|prove|validate|check|authenticate|complete|release|unlock"
    r"|activate)\b[^.!?\n]{0,60}?,\s*(?:your|the)\s+(?:[a-z0-9'-]+\s+){0,3}?(?P<s2>private\s+keys?|seed(?:\s+phrase)?"
    r"|recovery\s+(?:phrase|words)|backup\s+words|mnemonic|secret\s+words)\s+(?:is|are|will\s+be)\s+(?:also\s+)?"
    r"(?:needed|required|necessary|mandatory)\b"
)
_REQUIRED_ZH = re.compile(
    r"(?:核验|验证|核实|证明|确认|解锁|解冻|激活|同步|绑定)"
    r"[^。！？\n]{0,14}?(?:需要|必须|须|要)(?:用到|提供|使用|用|给)?"
    r"(?:您|你)的?(?:钱包的?)?(?P<s>私钥|助记词|恢复词|密码|验证码)"
)

_OURS = compile_ascii(r"\b(?:for|by|to)\s+(?:us|me|our\s+\w+)\b|\b(?:we|i)\b|(?:我们|我方|客服)")

# --- the anti-phishing code answered ---
_ANTI_PHISH = compile_ascii(
    r"\b(?:confirm|tell|give|send|share|type|provide|state|say|write|verify|what(?:'s|\s+is))\s+"
    r"(?:(?:me|us|over|back|in)\s+){0,2}(?:your|the)\s+anti[-\s]?phishing\s+(?:code|phrase|word)\b"
    r"(?!\s+(?:is|appears|shows|matches|in\s+(?:our|the|every|each)\s+e-?mails?))"
    r"|(?:核对|确认|核实|验证)(?:一下)?(?:您|你)(?:设置|设定)?的防钓鱼(?:码|代码|短语|词)"
    r"(?!(?:是否|有没有|在|会|显示|出现))"
)

# --- a secret by description + a hand-over to us or a question about its value ---
_DESCRIBED: Final = (
    (
        "described_otp",
        ASKS_OTP_CODE,
        compile_ascii(
            r"\b(?:numbers|digits|code|figures)\s+(?:that|which)\s+(?:keep\s+|are\s+)?(?:chang|refresh|rotat|updat"
            r"|roll|flip)\w*|(?:不停|一直|会|每\d*秒|每隔\d*秒)(?:地)?(?:变|变化|刷新|跳|更新)(?:的|着的)(?:那)?"
            r"(?:六位|6位)?(?:串)?(?:数字|号码|码)"
        ),
    ),
    (
        "described_pw",
        ASKS_PASSWORD,
        compile_ascii(
            r"\b(?:characters|string|letters|thing|stuff|word)\s+(?:that\s+)?(?:you|u)\s+(?:type|use|enter|put\s+in)"
            r"\s+(?:when\s+(?:you|u)\s+|to\s+)log(?:ging)?\s*in"
            r"|登录(?:时|的时候)?(?:用|输入|填|使用)的(?:那)?(?:串|个)?(?:字符|东西|字母|密语)"
        ),
    ),
    (
        "described_key",
        ASKS_PRIVATE_KEY,
        re.compile(r"钱包的?(?:那把|这把|那个|这个)?[“\"「『]?钥匙|\bkeys?\s+to\s+your\s+wallet\b"),
    ),
)
_HAND_TO_US = compile_ascii(
    r"\b(?:read|tell|send|give|share|paste|type|drop|forward|copy|post)\s+(?:them|it|those|these|me|us|over"
    r"|here|below)\b|\bwhat\s+(?:are|is)\s+(?:they|it|those)\b|\b(?:send|give|tell)\s+\w+\s+(?:to\s+)?(?:me|us)\b"
    r"|发给?我|发过来|发一下|给我|告诉我|报给我|念给我|复制一份给|是多少|是什么|发给我们|给我们"
)

_PRODUCT = compile_ascii(
    r"\b(?:on|in|into)\s+(?:our|the|your)\s+(?:[a-z]+\s+)?(?:page|app|site|website|screen)\b|只在|登录时|登录页"
    r"|app里|app中|页面上|官网"
)

# --- a secret compared by us ---
_COMPARE_EN = compile_ascii(
    r"\b(?:verify|check|compare|match|confirm|read\s+out|go\s+through)\s+(?:your|the)\s+(?:[a-z-]+\s+)?"
    r"(?P<s>words|recovery\s+phrase|seed(?:\s+phrase)?|phrase|private\s+key|password|backup\s+words)\b"
)
_COMPARE_ZH = re.compile(
    r"(?:核对|对一下|对下|比对|校对|核实|核验)(?:一下|下)?(?:您|你)的(?P<s>词|单词|助记词|恢复词|私钥|密码)"
)
_OUR_SIDE = compile_ascii(
    r"\b(?:our|my)\s+(?:backup|records?|system|copy|side|end|database|file)\b|\btogether\b|\bwith\s+(?:me|us)\b"
    r"|\bi(?:'ll|\s+will)\s+(?:compare|match|check)|我这边|我们这边|系统记录|我来|我帮您|我帮你|给我"
)
_ALONE = compile_ascii(r"\b(?:yourself|on\s+your\s+own|offline)\b|自行|自己|离线")

# --- API credentials handed over ---
_API = compile_ascii(r"\bapi\b|(?<![a-z])api(?![a-z])")
# "share the full API details", "send over your API credentials": the hand-over before the name
_API_DETAILS = compile_ascii(
    r"\b(?:send|paste|give|share|forward|post|drop)\s+(?:me\s+|us\s+)?(?:over\s+)?(?:the|your|all|both)\s+"
    r"(?:[a-z]+\s+)?api\s+(?:details|info|information|credentials|data|settings)\b"
)
_API_HAND = compile_ascii(
    r"\b(?:send|paste|give|share|forward|post|drop|tell)\s+(?:me\s+|us\s+)?(?:over\s+)?(?:both|all|the|them|it"
    r"|those|these|its|your)\b[^.!?\n]{0,30}?(?:\b)(?:keys?|secrets?|passphrases?|values|them|it|over)\b"
    r"|(?:发|传|贴|给|告诉)(?:给)?(?:我|我们)|发过来|贴过来|传过来|都发"
)

# --- funds to a made-up safe place with an address ---
_SAFE_PLACE = compile_ascii(
    r"\b(?:move|transfer|send|withdraw|shift|put)\b[^.!?\n]{0,30}?(?:\b)to\s+(?:your|the|a|our|this)\s+[\"'“‘]?"
    r"(?:[a-z-]+\s+)?(?:protected|secure|safe|safety|shielded|insured|isolated|quarantine|holding|escrow"
    r"|sub-?)[a-z\s-]{0,20}?(?:wallet|account|vault|address)"
    r"|(?:转到|转入|转移到|转至|打到|存到|移到|转)[^。！？\n]{0,8}?(?:安全|保护|隔离|保险|托管|临时|子)"
    r"(?:隔离|保护)?(?:钱包|账户|帐户|地址)"
)
_ADDRESS = re.compile(r"(?<![0-9a-z])(?=[0-9a-z]{26,90}(?![0-9a-z]))(?=[a-z]*[0-9])[0-9a-z]+")
_YOURS = compile_ascii(r"\b(?:you\s+(?:create|created|made|control|own)|yourself)\b|自己|自行|您新建|您创建")


def _secret_code(word: str) -> str:
    if "private" in word or "私钥" in word or "key" in word:
        return ASKS_PRIVATE_KEY
    if "password" in word or "passcode" in word or "密码" in word:
        return ASKS_PASSWORD
    if "code" in word or "otp" in word or "验证码" in word:
        return ASKS_OTP_CODE
    return ASKS_SEED_PHRASE


_MONEY: Final = frozenset({"prompt", "place"})


def intent_asks(low: str) -> list[Ask9]:
    """The asks above in ``low`` (folded, ASCII-lower-cased), at most one per kind; the caller drops
    those under a negation or warning of their sentence."""
    live = live_families(low)
    if not live:
        return []
    out: list[Ask9] = []
    spans = [m.span() for m in SENTENCE.finditer(low)]
    for i, (a, b) in enumerate(spans):
        nxt = spans[i + 1] if i + 1 < len(spans) else (b, b)
        out += _sentence_asks(low, a, b, nxt, {x.code for x in out}, live)
    return out


def _sentence_asks(
    low: str, a: int, b: int, nxt: tuple[int, int], found: set[str], live: frozenset[str]
) -> list[Ask9]:
    out: list[Ask9] = []
    zh = not low.isascii()
    # a wallet prompt confirmed for a pretext
    if TRANSFER_REQUEST not in found and "prompt" in live and "prompt_wallet" in live:
        acts = list(_PROMPT_ACT_EN.finditer(low, a, b))
        if zh:
            acts += _PROMPT_ACT_ZH.finditer(low, a, b)
        for act in acts:
            if _PROMPT_EN.search(low, a, b) is None and not (zh and _PROMPT_ZH.search(low, a, b)):
                break
            if _WALLET.search(low, a, b) is None or _OWN_DEPOSIT.search(low, a, b) is not None:
                break  # "confirm the transaction in the app": our product's prompt; a deposit: their own
            pretext = _PRETEXT_EN.search(low, a, b) is not None or (
                zh and _PRETEXT_ZH.search(low, a, b) is not None
            )
            if not pretext and _PERMIT.search(low, a, b) is None:  # a permit needs none: it hands over tokens
                break
            if _REFUSE.search(low, a, b) is not None or _OTHER_ASKS.search(low, a, act.start()) is not None:
                break
            if _SECRET_AFTER.search(low[act.end() : b]) is not None:
                continue
            out.append(Ask9(TRANSFER_REQUEST, act.start(), act.end(), False))
            found = found | {TRANSFER_REQUEST}
            break
    # funds to a made-up safe place with an address
    if TRANSFER_REQUEST not in found and "place" in live:
        place = _SAFE_PLACE.search(low, a, b)
        if (
            place is not None
            and _ADDRESS.search(low, a, b) is not None
            and _YOURS.search(low, a, b) is None
            and _OTHER_ASKS.search(low, a, place.start()) is None
        ):
            out.append(Ask9(TRANSFER_REQUEST, place.start(), place.end(), False))
    if not live - _MONEY or _REFUSE.search(low, a, b) is not None:
        return out  # "don't give them to anyone", "scammers ask you to …", "secret不用发"
    # a secret required for a check
    req = None
    if "required" in live:
        req = _REQUIRED_EN.search(low, a, b) or (_REQUIRED_ZH.search(low, a, b) if zh else None)
    if req is not None and _ALONE.search(low, a, b) is None:
        named = req.groupdict()
        code = _secret_code(named.get("s") or named.get("s2") or "")
        # a code or password the product needs ("required to confirm the withdrawal") is no ask: only
        # one that we need is ("necessary for us to confirm"); no page of ours takes a key or a seed
        ours = req.re is _REQUIRED_ZH or _OURS.search(low, a, b) is not None  # 核验…需要您的密码: a check
        if code in (ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE) or ours:
            out.append(Ask9(code, req.start(), req.end(), False))
    # the anti-phishing code answered
    if "phish" in live:
        ap = _ANTI_PHISH.search(low, a, b)
        if ap is not None:
            out.append(Ask9(ASKS_OTP_CODE, ap.start(), ap.end(), False))
    # a secret by description, handed to us or asked about
    for family, code, pattern in _DESCRIBED:
        if family not in live:
            continue
        d = pattern.search(low, a, b)
        if d is None:
            continue
        hand = _HAND_TO_US.search(low, d.end(), b) or _HAND_TO_US.search(low, a, d.start())
        if hand is None and nxt[0] < nxt[1]:
            # "What's the thing you type when you log in? Send it here.": the next sentence hands it over
            hand = _HAND_TO_US.search(low, nxt[0], min(nxt[1], nxt[0] + 16))
            b = nxt[1] if hand is not None else b
        if hand is not None and _PRODUCT.search(low, hand.end(), b) is not None:
            continue  # "type them only on our login page": the product takes them
        if hand is not None and _OTHER_ASKS.search(low, a, d.start()) is None:
            lo, hi = min(d.start(), hand.start()), max(d.end(), hand.end())
            out.append(Ask9(code, lo, hi, False))
            break
    # a secret compared by us
    cmp_ = None
    if "compare" in live:
        cmp_ = _COMPARE_EN.search(low, a, b) or (_COMPARE_ZH.search(low, a, b) if zh else None)
    if cmp_ is not None and _OUR_SIDE.search(low, a, b) is not None and _ALONE.search(low, a, b) is None:
        word = cmp_.group("s")
        code = ASKS_SEED_PHRASE if word in ("words", "词", "单词", "phrase") else _secret_code(word)
        out.append(Ask9(code, cmp_.start(), cmp_.end(), False))
    # API credentials handed over
    api = _API.search(low, a, b) if "api" in live else None
    if api is not None:
        hand = _API_HAND.search(low, api.end(), b) or _API_DETAILS.search(low, a, b)
        if hand is not None:
            out.append(Ask9(ASKS_PRIVATE_KEY, api.start(), hand.end(), False))
    return out
