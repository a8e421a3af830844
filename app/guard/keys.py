"""Detect raw private keys: 64-hex keys, WIF keys and extended private keys.

64-hex strings are ambiguous: customers paste transaction hashes (same shape)
all the time to ask about deposits, and hiding a tx hash from the agent is a
real cost. Decision (documented in the module API and measured by the bench):

1. Look at the nearest context word within ~48 chars before (or ~24 after) the
   string, in the same sentence. "private key / key / secret / 私钥 / 密钥" -> private key (high);
   "tx / txid / hash / transaction / 交易 / 哈希 / deposit / 充值 ..." -> tx hash
   (left alone). The nearest word wins ("my key ... txid: <hex>").
2. No nearby context: if the message talks about transactions anywhere
   (deposit, withdrawal, txid, 到账, a coin or network name, ...) it is a tx hash; otherwise it is
   treated as a private key with severity "medium" (redacting an unexplained
   hex blob is the safe default).

Grouped or wrapped hex ("1a2b3c4d 5e6f...", 32 + 32 over two lines) is joined first and then
decided the same way. A Phantom/Solana key pair in base58 (64 bytes: a 32-byte ed25519 seed and
its public key) is recognised by deriving the public key from the seed: a transaction signature
has the same shape but never passes, so customers can paste signatures. Round 9: 64 bytes that
do not derive (a made-up or mistyped key) are decided as bare 64-hex is: a key when a key is named
in the message or nothing in it talks about transactions ("medium"), else a signature. Its JSON form (the
Solana CLI's ``[12,34,...]``, 64 numbers up to 255) is a key too. A 32-byte base58 string is a
Solana address as often as a seed, so it is only a key when the nearest context word says so.

Key context words include environment variables ("PRIVATE_KEY=0x…"); a key printed as 32 bytes
("36:b8:4e:…") is grouped hex too. A long random token of letters in both cases and digits that
no chain writes (not base58, not hex) is an exchange API key or secret pasted bare
(``Client("<key>", "<secret>")``).

WIF and extended private keys are recognised only with a valid Base58Check
checksum (a random string passes with p = 2**-32). An xprv-prefixed string of
the exact length whose checksum fails is still redacted as "medium": a
mistyped private key is still a private key. xpub/ypub/zpub are public and are
never touched.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .base58 import b58check_decode, b58decode
from .textutil import ascii_lower, compile_ascii, grown_windows
from .types import API_SECRET, EXTENDED_PRIVATE_KEY, HIGH, MEDIUM, PRIVATE_KEY, WIF_KEY

_B58 = "1-9A-HJ-NP-Za-km-z"
_HEX_KEY = re.compile(r"(?<![0-9A-Za-z])(?:0[xX])?[0-9a-fA-F]{64}(?![0-9A-Za-z])")
_WIF = re.compile(rf"(?<![{_B58}])[5KLc9][{_B58}]{{50,51}}(?![{_B58}])")
_XPRV = re.compile(rf"(?<![{_B58}])[xyztuvYZUV]prv[{_B58}]{{100,112}}(?![{_B58}])")

_LONG_TOKEN = re.compile(r"[0-9A-Za-z]{43,}")  # cheap prefilter: every key is such a token
_SHORTEST_TOKEN: Final = 43  # a shorter text has no such token: not scanned
# Hex in groups of 4+ separated by spaces, one line break, "-" or ":" (on lower-cased text).
_HEX_GROUPS = re.compile(
    r"(?<![0-9a-z])(?:0x)?[0-9a-f]{4,}(?:(?:[ \t]{1,3}|[ \t]*\r?\n[ \t]*|[-:])[0-9a-f]{4,}){1,31}(?![0-9a-z])"
)
_HEX_SEP = re.compile(r"[\s:-]")
# "xxxx<sep>xxxx" | "xx:xx:xx" | "xx xx xx xx" (bytes between spaces: "49 22 a3 7e …"), their common
# first two hex digits written once: the same matches, and ``re`` skips ahead in C to a hex digit
# instead of trying three alternatives at every character
_SEPARATED_HEX_HINT = re.compile(
    r"[0-9a-f]{2}(?:[0-9a-f]{2}(?:[ \t]{1,3}|[ \t]*\r?\n[ \t]*|[-:])[0-9a-f]{4}|:[0-9a-f]{2}:[0-9a-f]{2}"
    r"| [0-9a-f]{2} [0-9a-f]{2} [0-9a-f]{2})"
)
_ASCII_DIGIT = re.compile(r"[0-9]")
_GROUPED_REACH: Final = 120  # a grouped key spans at most ~95 characters around any one hint
# The shortest text a grouped key fits in (session 10): 64 hex digits in two groups and one separator
# (``_HEX_GROUPS``; ``_HEX_BYTES`` needs 95 characters); a shorter text is not scanned for hints.
_GROUPED_SHORTEST: Final = 65
_HEX_RUN: Final = frozenset("0123456789abcdefx:- \t\r\n")
# A key printed as bytes ("36:b8:4e:…", 32 of them), as some recovery tools and hex dumps show it.
# openssl's dump ("priv:" then lines of 15 bytes, a colon at each line's end, 33 bytes when the
# first is 00) too (round 4).
_HEX_BYTES = re.compile(
    r"(?<![0-9a-z:])(?:[0-9a-f]{2}(?::?[ \t]*\r?\n[ \t]*|[: ])){31,32}[0-9a-f]{2}(?![0-9a-z])"
)
# The body of a PEM private key (SEC1 "EC PRIVATE KEY", PKCS#8, RSA, OpenSSH): everything between
# the BEGIN line and the END line (or the end of the message, when it was cut).
_PEM_PUBLIC = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*(?:PUBLIC KEY|CERTIFICATE(?: REQUEST)?)-----.*?(?:-----END[^\n]*|\Z)", re.S
)
_PEM = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[ \t]*\r?\n(?P<body>[A-Za-z0-9+/=\s:,-]+?)"
    r"(?=-----END|\Z|\n[ \t]*\n)"
)
_B58_KEYPAIR = re.compile(rf"(?<![{_B58}])[{_B58}]{{85,90}}(?![{_B58}])")
_B58_SEED = re.compile(rf"(?<![{_B58}])[{_B58}]{{43,44}}(?![{_B58}])")
_BYTE_ARRAY = re.compile(r"\[\s*(?:\d{1,3}\s*,\s*){31,63}\d{1,3}\s*\]")
# Context patterns run on ASCII-lower-cased text (see textutil).
_KEY_WORDS: Final = (
    r"private[\s_-]*key|priv[\s_-]*key|privkey|secret[\s_-]*key|\bkeys?\b|\bsecret\b|\bpk\b|_key\b"
    r"|私钥|密钥|秘钥|私匙|秘匙|私鑰"  # round 6: 私匙, a common miswriting of 私钥
)
_KEY_CTX = compile_ascii(_KEY_WORDS)
# round 5: where a key pair comes from ("exported from Phantom: <key>", "从 Solflare 导出"). Only for
# a 64-byte key pair: a 32-byte string named so is the wallet's address ("Phantom address <addr>")
_KEYPAIR_CTX = compile_ascii(_KEY_WORDS + r"|\bexport(?:ed|ing)?\b|\bphantom\b|\bsolflare\b|导出")
_TX_CTX = compile_ascii(
    r"\btx|txid|\bhash|transaction|\bblocks?\b|blockchain|explorer|scan\b|etherscan|bscscan|tronscan"
    r"|deposit|withdr|transfer|\bsent\b|\bsend|\breceiv|confirm|arriv|credited|\bcheck|查"
    r"|交易|哈希|区块|浏览器|充值|提现|提币|转账|到账|入账|转入|转出|记录|链上"
    r"|usdt|usdc|btc|eth|trx|bnb|sol|xrp|trc20|erc20|bep20|network|chain|网络|链"
)
# round 6: a message that names a private key anywhere and names no hash, signature or transaction
# holds a key, whatever else it talks about ("the pk for the wallet that got the deposit <hex>",
# "the private key of my deposit address 0x3f… is <grouped hex>")
_NAMED_KEY = compile_ascii(r"private[\s_-]*key|priv[\s_-]*key|privkey|\bpk\b|私钥|私匙|秘匙|私鑰")
_NAMES_HASH = compile_ascii(
    r"\btx|\bhash|transaction|signature|\bsig\b|explorer|scan\b|交易|哈希|签名|浏览器"
    r"|\b(?:never|not|don'?t|didn'?t|won'?t)\b|没有|从没|不会|别"
)
_SENTENCE_BREAK = re.compile(r"[.!?。！？\n]")
# A base58 string named as a transaction's signature or hash just before it.
_SIGNATURE_BEFORE = compile_ascii(
    r"(?:\b(?:tx|txn|txid|signature|sig|transaction|hash)\b|签名|交易哈希|交易签名|哈希)[^.!?。！？\n]{0,24}$"
)
_BEFORE: Final = 48
_AFTER: Final = 24
_LABEL_LINE: Final = 24  # characters: longer than a form's label is a sentence
_WIF_VERSIONS: Final = (0x80, 0xEF)
_XPRV_PAYLOAD_LEN: Final = 78
_XPRV_TEXT_LEN: Final = 111


class KeyHit(NamedTuple):
    """A detected key: kind, severity and span."""

    kind: str
    severity: str
    start: int
    end: int


def _last_end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int:
    end = -1
    for m in pattern.finditer(text, lo, hi):
        end = m.end()
    return end


def _first_start(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int:
    m = pattern.search(text, lo, hi)
    return m.start() if m else -1


def _clause_bounds(low: str, start: int, end: int) -> tuple[int, int]:
    """Context window around [start, end): +-48/24 chars, not crossing a sentence end."""
    lo = max(0, start - _BEFORE)
    for m in _SENTENCE_BREAK.finditer(low, lo, start):
        lo = m.end()
    if lo == start and start > 0 and low[start - 1] == "\n":
        lo = _label_line_start(low, start - 1)  # a form's label on its own line above the value
    hi = min(len(low), end + _AFTER)
    stop = _SENTENCE_BREAK.search(low, end, hi)
    return lo, (stop.start() if stop else hi)


def _label_line_start(low: str, newline: int) -> int:
    """The start of the line ending at ``newline`` when it reads as a label ("查看私钥", "Private
    key:"): short, no sentence in it. A screenshot's text (OCR) puts a form's label on the line
    above its value; otherwise ``newline + 1`` (the value's own line is the clause, as before)."""
    line_start = low.rfind("\n", 0, newline) + 1
    label = low[line_start:newline].strip()
    if 0 < len(label) <= _LABEL_LINE and _SENTENCE_BREAK.search(label) is None:
        return line_start
    return newline + 1


def classify_hex(low: str, start: int, end: int, about_tx: bool | None = None) -> str | None:
    """Severity if the 64-hex string at [start, end) is a private key, else None.

    ``low`` is the ASCII-lower-cased message; ``about_tx`` (whether it mentions
    transactions anywhere) can be passed in when already known.
    """
    if _NAMED_KEY.search(low) is not None and _NAMES_HASH.search(low) is None:
        return HIGH  # round 6: "the pk for the wallet that got the deposit <hex>"
    lo, hi = _clause_bounds(low, start, end)
    key_b = _last_end(_KEY_CTX, low, lo, start)
    tx_b = _last_end(_TX_CTX, low, lo, start)
    if key_b >= 0 or tx_b >= 0:
        return HIGH if key_b > tx_b else None
    key_a = _first_start(_KEY_CTX, low, end, hi)
    tx_a = _first_start(_TX_CTX, low, end, hi)
    if key_a >= 0 or tx_a >= 0:
        if key_a >= 0 and (tx_a < 0 or key_a < tx_a):
            return HIGH
        return None
    if about_tx is None:
        about_tx = _TX_CTX.search(low) is not None
    return None if about_tx else MEDIUM


def _keypair_ok(raw: bytes) -> bool:
    """Is ``raw`` a 64-byte ed25519 key pair (seed, then the public key derived from it)?"""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    public = Ed25519PrivateKey.from_private_bytes(raw[:32]).public_key().public_bytes_raw()
    return public == raw[32:]


def key_pair_ok(raw: bytes) -> bool:
    """Public name of ``_keypair_ok`` for keys sent in pieces (``split_pieces``)."""
    return _keypair_ok(raw)


def names_key(low: str) -> bool:
    """Does the (lower-cased) message name a key or where a key pair comes from ("Phantom says my
    key is", "私钥分两段")?"""
    return _KEYPAIR_CTX.search(low) is not None


def _key_context(low: str, start: int, end: int, ctx: re.Pattern[str] = _KEY_CTX) -> bool:
    """Is the nearest context word around [start, end) about a key (not a transaction)?"""
    lo, hi = _clause_bounds(low, start, end)
    key_b, tx_b = _last_end(ctx, low, lo, start), _last_end(_TX_CTX, low, lo, start)
    if key_b >= 0 or tx_b >= 0:
        return key_b > tx_b
    key_a, tx_a = _first_start(ctx, low, end, hi), _first_start(_TX_CTX, low, end, hi)
    return key_a >= 0 and (tx_a < 0 or key_a < tx_a)


def _base58_keys(text: str, low: str, lo: int, hi: int) -> list[KeyHit]:
    hits: list[KeyHit] = []
    for m in _B58_KEYPAIR.finditer(text, lo, hi):
        if _SIGNATURE_BEFORE.search(low, max(0, m.start() - 40), m.start()):
            continue  # "tx signature <88 chars>": named as one (no base58 decode, no key derivation)
        raw = b58decode(m.group())
        if raw is None or len(raw) != 64:
            continue
        if _key_context(low, *m.span(), _KEYPAIR_CTX) or _keypair_ok(raw):
            hits.append(KeyHit(PRIVATE_KEY, HIGH, m.start(), m.end()))
            continue
        # round 9: a 64-byte string whose halves do not derive (a mistyped or made-up key, a key of
        # another curve) is decided as bare hex is: a key named elsewhere in the message ("import
        # this key? <key>") or no transaction anywhere -> a key; a signature comes with its words
        severity = classify_hex(low, m.start(), m.end())
        if severity is not None:
            hits.append(KeyHit(PRIVATE_KEY, severity, m.start(), m.end()))
    for m in _B58_SEED.finditer(text, lo, hi):
        if not _key_context(low, *m.span()):
            continue  # the cheap test first: most 43-44 character base58 strings are addresses
        raw = b58decode(m.group())
        if raw is not None and len(raw) == 32:
            hits.append(KeyHit(PRIVATE_KEY, HIGH, m.start(), m.end()))
    return hits


def _grouped_hex(text: str, low: str, about_tx: bool | None) -> list[KeyHit]:
    """Hex in groups, looked for only around the places the hint found (phone numbers and ids in
    groups of four digits give hints too; a long message is not scanned twice over for them)."""
    hits: list[KeyHit] = []
    n = len(low)
    if n < _GROUPED_SHORTEST:
        return hits
    hints = [
        (max(0, h.start() - _GROUPED_REACH), min(n, h.end() + _GROUPED_REACH))
        for h in _SEPARATED_HEX_HINT.finditer(low)
    ]
    if not hints:
        return hits
    windows = grown_windows(low, hints, _HEX_RUN)  # never start or end inside a group
    found = [m for lo, hi in windows for pat in (_HEX_GROUPS, _HEX_BYTES) for m in pat.finditer(low, lo, hi)]
    for m in found:
        digits = _HEX_SEP.sub("", m.group())
        if digits.startswith("0x"):
            digits = digits[2:]
        if len(digits) == 66 and digits.startswith("00"):
            digits = digits[2:]  # openssl's leading zero byte
        if len(digits) != 64 or not any(c.isdigit() for c in digits):
            continue
        severity = classify_hex(low, m.start(), m.end(), about_tx)
        if severity is not None:
            hits.append(KeyHit(PRIVATE_KEY, severity, m.start(), m.end()))
    return hits


def _byte_arrays(text: str) -> list[KeyHit]:
    hits: list[KeyHit] = []
    for m in _BYTE_ARRAY.finditer(text):
        values = [int(v) for v in re.findall(r"\d+", m.group())]
        if len(values) in (32, 64) and max(values) <= 255:
            hits.append(KeyHit(PRIVATE_KEY, HIGH, m.start(), m.end()))
    return hits


def key_context(text: str) -> bool:
    """Does ``text`` name a key ("private key", "私钥", "the key is in two parts")?"""
    return _KEY_CTX.search(ascii_lower(text)) is not None


def about_transactions(text: str) -> bool:
    """Does ``text`` talk about transactions (and not about keys)?"""
    low = ascii_lower(text)
    return _TX_CTX.search(low) is not None and _KEY_CTX.search(low) is None


_B58_CHARS: Final = frozenset("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")


def _bare_credential(text: str, lo: int, hi: int) -> bool:
    """A long random token of letters in both cases and digits that no chain writes: an exchange API
    key or secret pasted bare ("Client("<key>", "<secret>")").

    Addresses, signatures, extended keys and CIDs are base58 (no 0, O, I, l): a token that is pure
    base58 is left to the key and address rules, so is hex, lower-case bech32/base32 (invoices,
    Cardano addresses) and a token in a link's path ("/d/1AbC…")."""
    n = hi - lo
    if n < 40 or n > 100 or (lo > 0 and text[lo - 1] in "/\\"):
        return False
    token = text[lo:hi]
    if token.isdigit() or token.islower() or token.isupper() or set(token) <= _B58_CHARS:
        return False
    return any(c.isdigit() for c in token) and not _XPRV.fullmatch(token)


def _wif_ok(candidate: str) -> bool:
    payload = b58check_decode(candidate)
    if payload is None or payload[0] not in _WIF_VERSIONS:
        return False
    return len(payload) == 33 or (len(payload) == 34 and payload[-1] == 0x01)


def find_keys(text: str) -> list[KeyHit]:
    """All private-key hits in ``text`` (may overlap; the caller merges)."""
    hits: list[KeyHit] = []
    low = ascii_lower(text)
    about_tx: bool | None = None
    for token in _LONG_TOKEN.finditer(text) if len(text) >= _SHORTEST_TOKEN else ():
        # every key shape is a whole token of a known length: one look at the length instead of
        # five patterns per token (a long message holds many hashes and addresses)
        lo, hi = token.span()
        n = hi - lo
        if n in (64, 66):
            for m in _HEX_KEY.finditer(text, lo, hi):
                if about_tx is None:
                    about_tx = _TX_CTX.search(low) is not None
                severity = classify_hex(low, m.start(), m.end(), about_tx)
                if severity is not None:
                    hits.append(KeyHit(PRIVATE_KEY, severity, m.start(), m.end()))
        elif n in (51, 52):
            for m in _WIF.finditer(text, lo, hi):
                if _wif_ok(m.group()):
                    hits.append(KeyHit(WIF_KEY, HIGH, m.start(), m.end()))
        elif 100 <= n <= 120:
            for m in _XPRV.finditer(text, lo, hi):
                payload = b58check_decode(m.group())
                if payload is not None and len(payload) == _XPRV_PAYLOAD_LEN:
                    hits.append(KeyHit(EXTENDED_PRIVATE_KEY, HIGH, m.start(), m.end()))
                elif len(m.group()) == _XPRV_TEXT_LEN:
                    hits.append(KeyHit(EXTENDED_PRIVATE_KEY, MEDIUM, m.start(), m.end()))
        if 43 <= n <= 44 or 85 <= n <= 90:
            hits += _base58_keys(text, low, lo, hi)
        if _bare_credential(text, lo, hi):
            hits.append(KeyHit(API_SECRET, MEDIUM, lo, hi))
    if _ASCII_DIGIT.search(low) is not None:  # a grouped key keeps only 64 hex digits holding a digit
        hits += _grouped_hex(text, low, about_tx)
    if "-----BEGIN" in text:  # a public key or a certificate is no credential, whatever it looks like
        public = [m.span() for m in _PEM_PUBLIC.finditer(text)]
        hits = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in public)]
    if "PRIVATE KEY-----" in text:
        for m in _PEM.finditer(text):
            body = m.group("body")
            if body.strip():
                end = m.start("body") + len(body.rstrip())
                hits.append(KeyHit(PRIVATE_KEY, HIGH, m.start("body"), end))
    if "[" in text:
        hits += _byte_arrays(text)
    return hits
