"""Issue 16, round 16 (guard16out, session 12): safe replies r23 refused, cleared by family.

guard16safe's ``clears16`` cleared r22's refused safe replies and none of r23's: it named r22's
shapes. Each family here is one sentence about *who* the verb belongs to, tried on a verdict of any
rule (``outbound._phrase_violations`` runs it like ``clears15``/``clears16``), and each gives way to a
hand-over to us standing in the sentence:

* **ours never asks** — a subject of ours or nobody ("support", "we", "staff", "no one", 客服, 我们,
  官方, 任何人) + never/won't/不会/从不 + an ask verb is a statement, wherever its clause starts (after
  a colon or a dash too: "Read the notice: support will never request your password"), unless a
  contrast ("except", "but", 除非, 但) follows it;
* **no need to give it** — a need-negation right before the hand-over verb (不用/无需/不必/不需要,
  Cantonese 唔使/唔駛/唔需要/唔好/咪; "no need to", "you don't need to") governs the secret after it;
* **whoever asks, don't** — someone unspecified asks the customer to do it (不管/无论谁让您…,
  "whoever asks you to…", "no matter who…") and the sentence forbids it (都不要, 都别, "don't");
* **official install advice** — a download from an official store or of an official or anti-fraud app
  (App Store, Google Play, 应用商店, 官网, 国家反诈中心) with no remote-control app, permission or code
  named anywhere in the reply is advice, not remote access;
* **move funds after a leak** — after a secret leaked (泄露, 像私钥, 撤回, leaked, exposed), moving the
  funds to a new wallet of the customer's own is advice, when no address, account or wallet of ours
  and no pretext (验证, 测试, 迁移, verify, test) is in the reply;
* **the secret forbidden, its label asked** — the secret stands under a prohibition ("麻烦不要发出来",
  "don't paste the secret") and what is asked instead is a label, name or public id (备注, 名称,
  "label", UID), with no secret named after that ask.
"""

from __future__ import annotations

import re
from typing import Final

from .textutil import any_in, compile_ascii
from .types import (
    ASKS_OTP_CODE,
    ASKS_PASSWORD,
    ASKS_PRIVATE_KEY,
    ASKS_SEED_PHRASE,
    REMOTE_ACCESS,
    TRANSFER_REQUEST,
)

_SECRETS: Final = frozenset({ASKS_SEED_PHRASE, ASKS_PRIVATE_KEY, ASKS_PASSWORD, ASKS_OTP_CODE})
_STOP = re.compile(r"[.!?](?=\s|$)|[。！？\n]")
_CLAUSE = re.compile(r"[,，;；:：、]|\s[-–—]\s|——")

# a hand-over to us anywhere in the sentence keeps the verdict (each family checks it; round 17 too)
HAND_US = compile_ascii(
    r"\b(?:to|with)\s+(?:me|us)\b|\b(?:tell|give|show|read|send)\s+(?:me|us)\b(?!\s+(?:the|your|its)\s+"
    r"(?:label|name|nickname|alias|uid|tag))|\bhere\b|\bin\s+this\s+chat\b|\breply\s+with\b"
    r"|发给?我|(?<!不用|无需|唔使|唔驶)给我|告诉我(?!.{0,8}(?:备[注註]|名称|标签|名字|uid|label|name))|发过来|报给?我"
    r"|念给?我|转给我|畀我|俾我"
)
_CONTRAST = compile_ascii(
    r"\b(?:except|but|unless|however|until|this\s+time|today)\b|除非|除了|但|不过|这次|今天"
)

# --- ours never asks ---
_NEVER_ASKS = compile_ascii(
    r"\b(?:support|we|our\s+(?:staff|team|agents?|support)|staff|the\s+exchange|agents?|no\s+one|nobody|"
    r"anyone\s+from\s+(?:us|our\s+team)|exchange\s+staff|customer\s+service)"
    r"(?:\s+(?:will|would|does|do|can|shall|should))?\s+(?:never|not|n't)(?:\s+ever)?"
    r"\s+(?:ask|request|need|want|require|demand|collect)"
    r"|(?:客服|我们|我方|平台|官方|工作人员|任何人|没有人|没人|本所|交易所)"
    r"(?:都|也|是)?(?:不会|从不|从来不|绝不|绝对不会|永远不会|唔会|冇|不需要|唔使|唔需要)"
    r"(?:主动|私下|以任何理由|以任何方式)?(?:索要|索取|要求|问您要|问你要|要|问|让您|让你|叫您|叫你)"
)

# --- no need to give it ---
_NO_NEED = compile_ascii(
    r"(?:不用|无需|无须|不必|不需要|唔使|唔驶|唔需要|唔好|咪|冇需要|毋须)(?:再|专门|特意)?"
    r"(?:发|给|畀|俾|提供|告诉|报|念|讲|话|截图|贴|传|send|share)"
    r"|\b(?:no\s+need\s+to|you\s+don'?t\s+(?:need|have)\s+to|there'?s\s+no\s+need\s+to)\s+"
    r"(?:send|give|share|tell|paste|provide|read)\b"
)
_NO_NEED_WORDS: Final = (
    "不用",
    "无需",
    "无须",
    "不必",
    "不需要",
    "唔使",
    "唔驶",
    "唔需要",
    "唔好",
    "咪",
    "冇需要",
    "毋须",
    "no need",
    "don't need",
    "dont need",
    "don't have to",
    "dont have to",
    "do not need",
    "do not have to",
)

# --- whoever asks, don't ---
_WHOEVER = compile_ascii(
    r"(?:不管|无论|不论)(?:是)?(?:谁|什么人|任何人|对方|哪个|边个|乜人)[^。！？\n]{0,6}?(?:让|叫|要|要求|请|劝)(?:您|你)"
    r"|(?:任何人|谁)(?:让|叫|要求)(?:您|你)"
    r"|\b(?:whoever|no\s+matter\s+who|anyone\s+who|if\s+anyone|if\s+someone|whatever\s+anyone)\b"
)
_FORBID_AFTER = compile_ascii(
    r"(?:都|也|一律|一概|千万)?(?:不要|别|不能|勿|拒绝|唔好|咪)|\b(?:don'?t|do\s+not|never|refuse|say\s+no)\b"
)

# --- official install advice ---
_OFFICIAL = compile_ascii(
    r"\bapp\s+store\b|\bgoogle\s+play\b|\bplay\s+store\b|\bofficial\s+(?:app|website|site)\b"
    r"|\banti[- ]?(?:fraud|scam)\b"
    r"|应用商店|应用市场|官网|官方(?:app|应用|网站|渠道)|反诈|国家反诈中心"
)
_REMOTE_NAMED = compile_ascii(
    r"anydesk|teamviewer|todesk|rustdesk|quick\s*support|向日葵|远程|屏幕共享|共享屏幕|screen\s*shar|"
    r"remote|权限|授权|无障碍|accessibility|permission|录屏|usb|识别码|设备码|连接码|验证码|code\b|密码|"
    r"password|助记词|私钥|seed|key\b|发给我|告诉我|给我|send\s+me|tell\s+me|我们|我这边|我发|我给|链接|\bour\b|\bwe\b"
    r"|\bi(?:'ll|\s+will)?\s+send\b|\blink\b|log\s+in\s+with|登录"
)

# --- move funds after a leak ---
_LEAKED = compile_ascii(
    r"泄露|泄漏|暴露|像私钥|像是私钥|像助记词|撤回|被盗|不安全了|发出来了|公开了"
    r"|\b(?:leaked|exposed|compromised|posted|stolen)\b"
)
_NEW_OWN_WALLET = compile_ascii(
    r"(?:转|移|挪)(?:到|入|去)(?:您|你)?(?:自己)?(?:的)?(?:新建的|新的|新)钱包"
    r"|\b(?:move|transfer|send)\s+(?:\w+\s+){0,6}?to\s+a\s+(?:new|fresh)\s+wallet\b"
)
_OURS_OR_PRETEXT = compile_ascii(
    r"0x[0-9a-f]{6}|[13][a-km-zA-HJ-NP-Z1-9]{20}|bc1|\buid\b|地址|账户|账号|我们|我方|平台|客服|我这边|我给|"
    r"验证|核验|测试|确认|迁移|解冻|\b(?:our|we|us|verify|verification|test|confirm|migration|unlock|address)\b"
)

# --- the secret forbidden, its label asked ---
_FORBID_SECRET = compile_ascii(
    r"(?:不要|别|不用|无需|千万别|请勿|勿)[^。！？\n，,；;]{0,4}?(?:发|贴|给|提供|告诉|截图|传)"
    r"|\b(?:don'?t|do\s+not|never|no\s+need\s+to)\s+(?:\w+\s+)?(?:send|paste|share|post|give|type)\b"
)
_LABEL_ASK = compile_ascii(
    r"(?:告诉我|发我|给我|报给?我|说一下|提供)[^。！？\n，,；;]{0,8}?(?:备[注註]|名称|名字|标签|uid|编号)"
    r"|\b(?:tell|send|give|show)\s+me\s+(?:the\s+|its\s+|your\s+)?(?:\w+\s+){0,2}?"
    r"(?:label|name|nickname|alias|tag|uid|id)\b"
)
_SECRET_WORD = compile_ascii(
    r"\b(?:secret|private\s+key|passphrase|password|seed|mnemonic|code)\b|私钥|密钥|密码|助记词|验证码|口令|secret"
)
_NEGATION_WORDS: Final = ("never", "not", "n't", "不", "唔", "冇", "没")
# literal gates (a family runs only when one of its words stands in the reply)
_NEVER_GATE: Final = (
    "support",
    "we",
    "staff",
    "team",
    "agent",
    "exchange",
    "no one",
    "nobody",
    "anyone",
    "customer service",
    "客服",
    "我们",
    "我方",
    "平台",
    "官方",
    "工作人员",
    "任何人",
    "没有人",
    "没人",
    "本所",
    "交易所",
)
_LABEL_WORDS: Final = (
    "备注",
    "备註",
    "名称",
    "名字",
    "标签",
    "uid",
    "编号",
    "label",
    "name",
    "alias",
    "tag",
    " id",
)
_WHOEVER_WORDS: Final = (
    "不管",
    "无论",
    "不论",
    "任何人",
    "谁",
    "whoever",
    "no matter",
    "anyone",
    "someone",
)
_OFFICIAL_WORDS: Final = (
    "store",
    "play",
    "official",
    "anti",
    "应用商店",
    "应用市场",
    "官网",
    "官方",
    "反诈",
)
_LEAK_WORDS: Final = (
    "泄露",
    "泄漏",
    "暴露",
    "像私钥",
    "像是私钥",
    "像助记词",
    "撤回",
    "被盗",
    "不安全了",
    "发出来了",
    "公开了",
    "leaked",
    "exposed",
    "compromised",
    "posted",
    "stolen",
)
_FORBID_WORDS: Final = ("不要", "别", "不用", "无需", "勿", "don", "do not", "never", "no need")


def _sentence(low: str, start: int, end: int) -> tuple[int, int]:
    a = max((m.end() for m in _STOP.finditer(low, max(0, start - 400), start)), default=0)
    stop = _STOP.search(low, end)
    return a, (stop.start() if stop else len(low))


def _clause_start(low: str, a: int, pos: int) -> int:
    return max((m.end() for m in _CLAUSE.finditer(low, a, pos)), default=a)


def _ours_never_asks(low: str, a: int, b: int, start: int, end: int) -> bool:
    m = _NEVER_ASKS.search(low, max(a, start - 60), end)
    if m is None or m.start() > start + 60:
        return False
    return _CONTRAST.search(low, m.end(), b) is None and HAND_US.search(low, a, b) is None


def _no_need(low: str, a: int, b: int, start: int) -> bool:
    c = _clause_start(low, a, start)
    m = None
    for found in _NO_NEED.finditer(low, c, start + 8):
        m = found  # the need-negation nearest the noun
    if m is None or m.start() > start:
        return False
    rest = HAND_US.search(low, m.end() + 6, b)  # a later hand-over of its own ("…，但发给我")
    return rest is None and _CONTRAST.search(low, m.end(), b) is None


def _whoever_forbids(low: str, a: int, b: int, start: int, end: int) -> bool:
    w = _WHOEVER.search(low, a, start + 4)
    if w is None:
        return False
    return _FORBID_AFTER.search(low, max(w.end(), end), b) is not None and HAND_US.search(low, a, b) is None


def _official_install(low: str, a: int, b: int) -> bool:
    return _OFFICIAL.search(low, a, b) is not None and _REMOTE_NAMED.search(low) is None


def _move_after_leak(low: str, a: int, b: int) -> bool:
    if _LEAKED.search(low) is None or _NEW_OWN_WALLET.search(low, a, b) is None:
        return False
    return _OURS_OR_PRETEXT.search(low) is None


def _label_instead(low: str, a: int, b: int, start: int) -> bool:
    f = _FORBID_SECRET.search(low, _clause_start(low, a, start), b)
    if f is None:
        return False
    lab = _LABEL_ASK.search(low, f.end(), b) or _LABEL_ASK.search(low, a, start)
    if lab is None:
        return False
    return _SECRET_WORD.search(low, lab.end(), b) is None


def clears_round16(low: str, code: str, start: int, end: int) -> bool:
    """Is the verdict ``code`` at [start, end) one of round 16's safe families (module doc)?

    Each family is gated on its rarest literal before the sentence is found: this runs on every
    verdict, and most verdicts (the scams) open no gate."""
    secret = code in _SECRETS
    gates = [
        secret and any_in(low, _NEVER_GATE) and any_in(low, _NEGATION_WORDS),
        secret and any_in(low, _NO_NEED_WORDS),
        secret and any_in(low, _LABEL_WORDS) and any_in(low, _FORBID_WORDS),
        (secret or code == REMOTE_ACCESS) and any_in(low, _WHOEVER_WORDS),
        code == REMOTE_ACCESS and any_in(low, _OFFICIAL_WORDS),
        code == TRANSFER_REQUEST and any_in(low, _LEAK_WORDS),
    ]
    if not any(gates):
        return False
    a, b = _sentence(low, start, end)
    return (
        (gates[0] and _ours_never_asks(low, a, b, start, end))
        or (gates[1] and _no_need(low, a, b, start))
        or (gates[2] and _label_instead(low, a, b, start))
        or (gates[3] and _whoever_forbids(low, a, b, start, end))
        or (gates[4] and _official_install(low, a, b))
        or (gates[5] and _move_after_leak(low, a, b))
    )
