"""Issue 16, round 18 (guard18out): hand-backs ``review_outbound`` held in safe replies of r24 and r25.

A hand-back ("tell me", 告诉我, 俾我) is held when a secret is named in its sentence or the one before.
Three readings a reader makes and the hold did not:

* **the API key is the public half** — "API key" named as the public part ("(the public part)",
  （公开的那部分）), or in a message that denies the API secret in the same breath ("we do not need
  your API secret … tell me the API key", "API Key 可以提供；Secret Key 和 Passphrase 不可以"): the
  key is what support may look up, the secret is what it refuses (unless the secret is asked as well);
* **someone else's ask, asked about** — the sentence before the hand-back asks whether someone else
  asked for the secret ("Did someone ask you for your seed phrase? If so, tell me", 有人问您要助记词了吗？):
  what is told is that it happened, not the secret;
* **Cantonese "no need"** (唔使, 唔洗, 唔需要) negates the hand-back as 不用 does (``outbound_hand_backs``'
  negation list).
"""

from __future__ import annotations

import re

from .textutil import compile_ascii

_API_KEY = compile_ascii(r"\bapi\s*key\b|api\s*金钥")
# round 20: "the API key's public half", "the API key only (it's public)" too
_PUBLIC_AFTER = re.compile(
    r"\s*(?:'s\s+)?(?:only\s+)?[(（]?\s*(?:the\s+|its\s+|it'?s\s+|it\s+is\s+|which\s+is\s+)?(?:public|公开|公共)"
)
_PUBLIC_WORD_BEFORE = re.compile(r"(?<![a-z])(?:public|extended\s+public)\s+$")
_W = r"(?<![a-z0-9_])"  # a word starts (``compile_ascii`` reads a mid-pattern ``\b`` as a word's end)
_SECRET_PART = r"(?:api\s*secret|secret\s*key|" + _W + r"secret(?![a-z0-9_])|passphrase)"
# the API secret (or passphrase) denied: a negation before it in its clause, or a refusal after it
_NEGATED_BEFORE = (
    r"(?:\b(?:not|never|don'?t|no\s+need)\b|不需要|不用|无需|不要|别|唔使|唔需要)[^.!?;。！？；,，]{0,30}?"
)
_REFUSED_AFTER = r"[^.!?;。！？；]{0,30}?(?:不可以|不能|不行|不要|别|" + _W + r"(?:never|not)(?![a-z0-9_]))"
_SECRET_RE = compile_ascii(_SECRET_PART)
_SECRET_DENIED = compile_ascii(_NEGATED_BEFORE + _SECRET_PART + r"|" + _SECRET_PART + _REFUSED_AFTER)
_OTHER_ASKED = compile_ascii(
    r"\b(?:someone|anyone|somebody|anybody|they|he|she|a\s+stranger|the\s+caller)\b[^.!?]{0,20}?"
    + _W
    + r"(?:ask|asked|asking|request|requested|want|wanted|demand|demanded)(?![a-z0-9_])"
    r"|(?:有人|别人|对方|陌生人|他人|其他人|骗子)[^。！？]{0,6}?(?:问|向|找|让|要|索要|索取)"
)


def public_api_key(low: str, start: int, end: int) -> bool:
    """Is the secret named at [start, end) an API key meant as the public part (or, round 20, a key named
    "public key": "your cosigner's public key (starts with 02 or 03), never the private key")?"""
    if low[start:end] in ("key", "keys") and _PUBLIC_WORD_BEFORE.search(low, max(0, start - 12), start):
        return True
    if _API_KEY.fullmatch(low, start, end) is None:
        return False
    if _PUBLIC_AFTER.match(low, end) is not None:
        return True
    # every mention of the secret denied ("…the API key (not the secret) and the secret key too" asks it)
    denied = [m.span() for m in _SECRET_DENIED.finditer(low)]
    return bool(denied) and all(any(a <= m.start() < b for a, b in denied) for m in _SECRET_RE.finditer(low))


def others_ask(low: str, lo: int, hi: int) -> bool:
    """Does the sentence [lo, hi) speak of someone else asking (not of our ask)?"""
    return _OTHER_ASKED.search(low, lo, hi) is not None
