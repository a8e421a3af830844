"""Round 16 (guard16in): values a customer shows that are not secrets, dropped after every rule.

r22 and r23's touched ordinary messages, by family (each a class of wording, not the batch's phrase):

* **The public half of an API key pair.** The lead's rule (session 12): the API key / key id / access
  key is not a secret; the secret key and the passphrase are. A UUID after a key label ("key is
  <uuid>", "apikey <uuid>", "API Key：<uuid>") or any value after an explicit public label ("key
  id", "access key", "api key id") is dropped when the message holds no secret word and no other
  finding: a message with its secret may keep it redacted (no penalty), and a lone 32- or 64-character
  value a customer calls "my key" stays redacted (it may be the secret; the rule calls it ambiguous).
* **A password asked about as an example** ("Is "Password1!" a good password? jk I'm not using
  that", “Password1!”这种密码安全吗？我没用，就是问问): a password finding in a message that asks
  whether a password is good/strong/safe **and** disclaims it (not using it, just asking, jk,
  for example, 没用, 就是问问, 举个例子). Without the disclaimer ("Is Tulip#Garden5 a strong enough
  password?", r22) the value stays redacted: it may be the one they mean to set.
* **A number inside a phone number** ("the sms came from +44 7700 900869"): a code or password
  finding that lies inside "+<country code> <groups of digits>".
* **A contact handle** ("加他微信 wx_yodz3b", "my telegram is tom_88"): a password or code finding
  right after a messenger's name (微信, 微信号, vx, wechat, QQ, telegram, tg, whatsapp, line id),
  with no password word in the few characters before it ("微信密码 X" is a password).

``drop_r16_public`` runs in ``inbound._drop_public_values`` (the guard's last filter, after the learnt
scorer, in ``scan_inbound`` and ``scan_conversation``). It only ever removes findings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .textutil import ascii_lower
from .types import API_SECRET, OTP_CODE, PASSWORD, Finding

__all__ = ["drop_r16_public", "in_public_uuid"]

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# a key label right before the value: "key", "api key", "apikey", "API Key：", "key is", "key是"
# where it is shown may stand between the label and the value ("the access key on the api page is …")
_WHERE = r"(?:\s+(?:on|in|from|shown|listed|under)\b[^.?!\n:：=]{0,30}?)?"
_KEY_LABEL = re.compile(
    r"(?<![a-z])(?:api[ _-]?)?key\s*(?:id\s*)?" + _WHERE + r"\s*(?:is|=|:|：|是|为)?\s*[\"'“]?\s*$"
)
# an explicit public label: the value after it is the public half, whatever its shape
_PUBLIC_LABEL = re.compile(
    r"(?<![a-z])(?:(?:api[ _-]?)?key[ _-]?id|access[ _-]?key(?:[ _-]?id)?|api[ _-]?key[ _-]?id)"
    + _WHERE
    + r"\s*(?:is|=|:|：|是|为)?\s*[\"'“]?\s*$"
)
# any word that says a secret is in the message (then the pair's key may stay redacted)
_SECRET_WORDS: Final = (
    "secret",
    "passphrase",
    "private",
    "seed",
    "password",
    "pass ",
    "pass:",
    "pwd",
    "sec ",
    "sec:",
    "密钥",
    "私钥",
    "口令",
    "密码",
    "助记词",
    "秘钥",
    "密鑰",
    "私鑰",
    "密碼",
)
_KEY_KINDS: Final = frozenset({API_SECRET, PASSWORD, OTP_CODE})

_ASKS_GOOD = re.compile(
    r"(?:good|strong|safe|secure|ok|okay|valid|allowed|acceptable)\s+(?:enough\s+)?(?:password|pass|pwd)"
    r"|(?:good|strong|safe|secure) enough\b|(?:这种|这样的|这个|这类)密码\s*(?:安全|够强|可以|行|合格|符合)"
)
_DISCLAIMS = re.compile(
    r"(?<![a-z])(?:jk|j/k|just kidding|not using (?:it|that|this)|not my (?:real )?password|just asking"
    r"|hypothetical(?:ly)?|for example|e\.g\.|as an example|i don'?t use (?:it|that|this)|i'?m not using)"
    r"|我没用|没在用|不是我的密码|就是问问|只是问问|随便问问|举个例子|举例|比如说?|假设"
)
_PHONE = re.compile(r"\+[1-9][0-9]{0,2}[\s-]?(?:\(?[0-9]{1,5}\)?[\s-]?)(?:[0-9]{2,8}[\s-]?){1,3}")
_HANDLE_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:wechat|weixin|vx|wx|qq|telegram|tg|whatsapp|line|signal|discord)(?:\s*(?:id|no\.?|number))?"
    r"|微信号?|v信|薇信|扣扣|qq号)\s*(?:is|:|：|是|号是)?\s*@?$"
)
_PASSWORD_WORD = re.compile(r"password|pass|pwd|密码|口令")
_HANDLE_CUES: Final = (
    "wechat",
    "weixin",
    "vx",
    "wx",
    "qq",
    "telegram",
    "tg",
    "whatsapp",
    "line",
    "signal",
    "discord",
    "微信",
    "v信",
    "薇信",
    "扣扣",
)
_HANDLE_CUE = re.compile("|".join(re.escape(c) for c in _HANDLE_CUES))


def _uuid_around(text: str, f: Finding) -> tuple[int, int] | None:
    """The UUID that holds the finding (a rule may have taken only one of its groups)."""
    for m in _UUID.finditer(text, max(0, f.start - 36), min(len(text), f.end + 36)):
        if m.start() <= f.start and f.end <= m.end():
            return m.span()
    return None


_SECRET_LABEL_BEFORE = re.compile(r"(?:secret|sec|passphrase|private|密钥|秘钥|密鑰|私钥)[^a-z0-9]{0,4}$")


def in_public_uuid(work: str, start: int, end: int) -> bool:
    """Whether ``work[start:end]`` lies inside a UUID that no secret label names ("API Secret <uuid>"):
    an id (a key id, an order or request id), for the learnt scorer's gate (``inbound_model_gates``, in
    training too), which otherwise scores a UUID's all-digit group ("…-547b-0794-…") as a code."""
    if "-" not in work[max(0, start - 24) : end + 24]:
        return False
    span = _uuid_around(work, Finding(API_SECRET, "high", start, end))
    if span is None:
        return False
    return _SECRET_LABEL_BEFORE.search(ascii_lower(work[max(0, span[0] - 16) : span[0]])) is None


def _is_public_key(text: str, low: str, f: Finding, others: int) -> bool:
    if f.kind not in _KEY_KINDS or others:
        return False
    start, end = f.start, f.end
    if _PUBLIC_LABEL.search(low[max(0, start - 48) : start]) is None:
        span = _uuid_around(text, f)
        if span is None:
            return False
        start, end = span
        if _KEY_LABEL.search(low[max(0, start - 48) : start]) is None:
            return False
    rest = low[:start] + " " + low[end:]
    return not any(w in rest for w in _SECRET_WORDS)


def _is_example_password(low: str, f: Finding) -> bool:
    return f.kind == PASSWORD and _ASKS_GOOD.search(low) is not None and _DISCLAIMS.search(low) is not None


def _in_phone(text: str, f: Finding) -> bool:
    if f.kind not in (OTP_CODE, PASSWORD):
        return False
    return any(m.start() < f.start and f.end <= m.end() for m in _PHONE.finditer(text, max(0, f.start - 16)))


def _is_handle(low: str, f: Finding) -> bool:
    if f.kind not in (OTP_CODE, PASSWORD):
        return False
    before = low[max(0, f.start - 14) : f.start]
    m = _HANDLE_BEFORE.search(before)
    return m is not None and _PASSWORD_WORD.search(low[max(0, f.start - 20) : f.start]) is None


def drop_r16_public(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the public values above (an API key's public half, an example password, a
    phone number, a contact handle)."""
    if not any(f.kind in _KEY_KINDS for f in found):
        return list(found)  # seeds and wallet keys are never public here
    low = ascii_lower(text)
    has_key = "key" in low or "access" in low
    has_example = "password" in low or "密码" in low
    has_phone = "+" in text
    has_handle = _HANDLE_CUE.search(low) is not None
    if not (has_key or has_example or has_phone or has_handle):
        return list(found)
    kept: list[Finding] = []
    for f in found:
        others = len(found) - 1
        if has_key and _is_public_key(text, low, f, others):
            continue
        if has_example and _is_example_password(low, f):
            continue
        if has_phone and _in_phone(text, f):
            continue
        if has_handle and _is_handle(low, f):
            continue
        kept.append(f)
    return kept
