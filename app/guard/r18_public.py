"""Round 18 (guard18in): values a customer shows that are not secrets, dropped after every rule.

r24–r26's touched ordinary messages, by family (a class of wording, not the batch's phrase):

* **A transaction hash in a sentence written in pinyin or in Chinese** ("wo de ti bi <64 hex> hai mei
  dao", "两笔没到" over a list of hashes): a 64-hex value with no context word is redacted as a
  private key for want of context ("medium", ``keys.classify_hex``). The transfer words of ``keys``
  are English and Chinese characters; a customer typing pinyin (ti bi 提币, chong zhi 充值, zhuan
  zhang 转账, dao zhang 到账, "hai mei dao" 还没到) or saying a transfer has not arrived (没到, 未到,
  没收到, "两笔") is talking about a transaction. Dropped only when the key is "medium" (no key word
  named it) and nothing in the message names a key, in any of the three scripts (私钥, "private key",
  si yao / siyao / sy, mi yao, zhu ji ci).
* **The anti-phishing code the e-mail shows, also when the customer doubts the e-mail** (the lead's
  ruling, session 13: a code the customer reads off an e-mail is public; the code stated as their own
  setting stays redacted). Round 17 reads the e-mail as the source only within one sentence; here the
  e-mail is named anywhere before the value and the code is introduced by what the e-mail (or "it")
  *shows*: "Is this email real? It has my anti-phishing code X", "…是真的吗？里面有我的防钓鱼码 X",
  "邮件上写着防钓鱼码 X". A negated showing ("没有", "doesn't have") is not a showing.

* **The name of a standard** ("do you support ed25519 API keys?", secp256k1, HMAC-SHA256, ERC20, BIP39,
  RSA2048, AES256): letters and digits, so the learnt scorer can read one as a password; a name every
  document spells is no one's secret. A password or code finding that is exactly such a name is dropped
  (not right after a password or code label: "my password is sha256" stays).

* **A value named as a name** ("my sub-account name is trading_sub_03", 子账户名是 …, 昵称：…): a name shows
  who or what, and is printed wherever the account is; a password or code finding right after "<thing>
  name is" / 用户名 / 昵称 / 名称 is dropped (the learnt scorer reads such tokens as passwords); so is
  the handle of someone who reaches out ("有个 Admin_Jason2 加我好友", "X messaged me").

* **A deposit's memo or tag** ("the memo/tag for my deposit was 104729", 充值的 memo 是 …, destination tag,
  备注/标签): the number the deposit page gives every customer for a chain that shares one address (XRP,
  EOS, TON …); the agent needs it to credit the deposit.

* **A colour** ("the button looks wrong #ff6600 on dark mode"): "#" and three or six hex digits is how
  every screen names a colour; no secret is written so. (r13's "hex_color" line, touched by the learnt
  scorer once this round's rules let its threshold fall.)

``drop_r18_public`` runs last in ``inbound._drop_public_values`` (``scan_inbound`` and
``scan_conversation``). It only ever removes findings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .textutil import ascii_lower
from .types import MEDIUM, OTP_CODE, PASSWORD, PRIVATE_KEY, Finding

__all__ = ["drop_r18_public"]

# --- a transaction hash in pinyin / Chinese -------------------------------------------------------------
_HEX64 = re.compile(r"(?:0[xX])?[0-9a-fA-F]{64}")
# pinyin of a transfer or of its arrival, syllables joined or spaced; Chinese "has not arrived" and the
# measure word of transfers ("两笔", "这笔")
_PINYIN_TX = re.compile(
    r"\b(?:ti\s?bi|ti\s?xian|chong\s?zhi|zhuan\s?zhang|zhuan\s?chu|zhuan\s?ru|dao\s?zhang|ru\s?zhang"
    r"|jiao\s?yi|ha\s?xi|qu\s?kuai|(?:hai\s?)?mei\s?(?:you\s?)?dao|mei\s?shou\s?dao)\b"
    r"|(?:没|沒|未|还没|還沒|没有|沒有)(?:到|收到|到账|到賬|入账|入賬)|[两兩这這那几幾][笔筆]"
)
_ANY_KEY = re.compile(
    r"private[\s_-]*key|priv[\s_-]*key|privkey|secret|\bkeys?\b|\bpk\b|\bseed\b|私钥|私鑰|密钥|密鑰|秘钥|私匙|助记词"
    r"|\bsi\s?yao\b|\bsy\b|\bmi\s?yao\b|\bzhu\s?ji\s?ci\b"
)

# --- the name of a standard ------------------------------------------------------------------------------
_STANDARD = re.compile(
    r"(?:ed|x|curve)25519|ed448|secp256[kr]1|p-?(?:256|384|521)|sha-?(?:1|224|256|384|512)|sha3-?(?:256|512)"
    r"|keccak-?256|blake2[bs]?|hmac-?sha-?(?:1|256|384|512)|rsa-?(?:1024|2048|3072|4096)|aes-?(?:128|192|256)"
    r"|bip-?(?:32|39|44|49|84|86)|erc-?(?:20|721|1155|4337)|trc-?(?:10|20)|bep-?(?:2|20)|eip-?\d{2,4}"
    r"|utf-?(?:8|16)|base(?:32|58|64)|pkcs#?(?:1|8|12)|x\.?509|fido2|webauthn|u2f|totp|hotp"
)
_LABEL_BEFORE = re.compile(r"pass|pwd|code|otp|pin\b|密码|密碼|口令|码|碼")

# --- a value named as a name -------------------------------------------------------------------------------
_NAME_BEFORE = re.compile(
    r"(?:\b(?:sub[\s-]?account|account|user|nick|display|screen|wallet|bot|device|profile|team|group|channel"
    r"|login)\s*name|\busername|\bnickname)\s*(?:is|was|=|:|：)?\s*[\"'“「]?$"
    r"|(?:用户名|用戶名|昵称|暱稱|子账户名|子賬戶名|子账号名|账户名|賬戶名|账号名|名称|名稱)\s*(?:是|为|為|=|:|：)?\s*[\"'“「]?$"
)

_NAME_CUES: Final = ("name", "名", "昵", "暱")  # every ``_NAME_BEFORE`` alternative holds one

# someone's account that reaches out to the customer ("有个 Admin_Jason2 加我好友", "X messaged me"): a handle
_HANDLE_AFTER = re.compile(
    r"\s*(?:加我|加了我|私信我|私聊我|联系我|联系了我|找我|给我发|add(?:ed)?\s+me|messaged\s+me|dm'?d\s+me"
    r"|contacted\s+me|texted\s+me)"
)

# --- a deposit's memo or tag ---------------------------------------------------------------------------
_MEMO_BEFORE = re.compile(
    r"(?:\bmemo|\btag|destination\s+tag|\bdt|备注|備註|标签|標籤)(?:\s*/\s*(?:memo|tag))?"
    r"[^.!?。！？\n\d]{0,20}?(?:\bis|\bwas|=|:|：|是|为|為)?\s*[\"'“「]?$"
)
_DIGITS = re.compile(r"[0-9]{1,12}")
_MEMO_CUES: Final = ("memo", "tag", "dt", "备注", "備註", "标签", "標籤")  # ``_MEMO_BEFORE``'s words

# --- the anti-phishing code the e-mail shows ------------------------------------------------------------
_AP_LABEL = re.compile(r"anti[\s-]*phishing\s+(?:code|phrase|word)|防[钓釣][鱼魚](?:码|碼|短语|詞|词|代码)")
_MAIL = re.compile(r"e-?mails?|\bmail\b|\bmessage\b|\bletter\b|邮件|郵件|电邮|電郵|来信|來信")
# what the e-mail (or "it") shows, just before the label
_SHOWS_BEFORE = re.compile(
    r"(?:\b(?:it|that|this|which|the\s+(?:e-?mail|mail|message|letter)|one)\s+(?:also\s+|even\s+)?"
    r"(?:has|had|have|shows?|showed|shown|includes?|included|contains?|contained|displays?|displayed"
    r"|says|said|carries|carried|quotes?|quoted|uses|used|got)"
    r"|\b(?:with|showing|including|containing|displaying))"
    r"\s+(?:my|the|an?|our|its)?\s*(?:own\s+|correct\s+|right\s+|real\s+|actual\s+)?$"
    r"|(?<![没沒无無冇不])(?:里面|裏面|里|裏|上面|上|中|内|內)?"
    r"(?:有|带着|帶著|带了|帶了|带|帶|显示着|顯示著|显示了|顯示了|显示|顯示|写着|寫著|写了|寫了|印着|印著|附带|附帶|附有|出现了|出現了|出现|出現)"
    r"(?:我的|我設的|我设的|我设置的|我設置的|正确的|正確的|对的|對的)?$"
)
_LABEL_REACH: Final = 40  # characters from the label to the value (as round 17)
_SHOWS_REACH: Final = 24  # characters before the label read for the showing verb


def _is_pinyin_tx_hash(text: str, f: Finding, tx: bool) -> bool:
    if not tx or f.kind != PRIVATE_KEY or f.severity != MEDIUM:
        return False
    return _HEX64.fullmatch(text, f.start, f.end) is not None


def _is_shown_anti_phishing(low: str, f: Finding) -> bool:
    if f.kind != PASSWORD:
        return False
    label = None
    for m in _AP_LABEL.finditer(low, max(0, f.start - _LABEL_REACH), f.start):
        label = m
    if label is None or _MAIL.search(low, 0, f.start) is None:
        return False
    before = low[max(0, label.start() - _SHOWS_REACH) : label.start()]
    return _SHOWS_BEFORE.search(before) is not None


def _is_standard(low: str, f: Finding) -> bool:
    if f.kind not in (PASSWORD, OTP_CODE) or _STANDARD.fullmatch(low, f.start, f.end) is None:
        return False
    return _LABEL_BEFORE.search(low, max(0, f.start - 20), f.start) is None  # "my password is sha256" stays


_COLOUR = re.compile(r"#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})")


def _is_colour(low: str, f: Finding) -> bool:
    """A finding that is a colour code, or its digits after the "#"."""
    if f.kind not in (PASSWORD, OTP_CODE):
        return False
    start = f.start - 1 if f.start > 0 and low[f.start - 1] == "#" else f.start
    end = f.end
    while end < len(low) and low[end] in "0123456789abcdef":
        end += 1
    if end < len(low) and (low[end].isalnum() or low[end] == "_"):
        return False
    if _COLOUR.fullmatch(low, start, end) is None:
        return False
    return _LABEL_BEFORE.search(low, max(0, start - 20), start) is None  # "my password is #ff6600" stays


def _is_name(low: str, f: Finding, cues: tuple[bool, bool]) -> bool:
    """A name, or a deposit's memo / tag (both say which account or deposit, not who may act).
    ``cues``: whether the message holds a name word, a memo word at all (a message without pays no regex)."""
    if f.kind not in (PASSWORD, OTP_CODE):
        return False
    names, memos = cues
    if names and _NAME_BEFORE.search(low, max(0, f.start - 24), f.start) is not None:
        return True
    if low[f.start : f.end].isascii() and _HANDLE_AFTER.match(low, f.end) is not None:  # a handle is ASCII
        return _LABEL_BEFORE.search(low, max(0, f.start - 20), f.start) is None  # "my password X …" stays
    return (
        memos
        and _DIGITS.fullmatch(low, f.start, f.end) is not None
        and _MEMO_BEFORE.search(low, max(0, f.start - 40), f.start) is not None
    )


def drop_r18_public(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the public values above."""
    if not any(f.kind in (PASSWORD, PRIVATE_KEY, OTP_CODE) for f in found):
        return list(found)
    low = text.lower() if text.isascii() else ascii_lower(text)
    cues = (any(c in low for c in _NAME_CUES), any(c in low for c in _MEMO_CUES))
    if "#" in text or any(_is_standard(low, f) or _is_name(low, f, cues) for f in found):
        found = [
            f for f in found if not (_is_standard(low, f) or _is_name(low, f, cues) or _is_colour(low, f))
        ]
    tx = False
    if any(f.kind == PRIVATE_KEY and f.severity == MEDIUM for f in found):
        tx = _PINYIN_TX.search(low) is not None and _ANY_KEY.search(low) is None
    has_ap = "phishing" in low or "钓" in low or "釣" in low
    if not tx and not has_ap:
        return list(found)
    return [
        f
        for f in found
        if not (_is_pinyin_tx_hash(text, f, tx) or (has_ap and _is_shown_anti_phishing(low, f)))
    ]
