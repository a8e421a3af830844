"""Judge what was read from an image: the text guard's findings plus what only images carry.

The OCR text (lines in reading order) goes to the inbound guard, ``app.guard.scan_inbound``,
unchanged: whatever it would redact in a typed message (seed phrase, private key, password, one-time
code) withholds the image, because an image cannot be partly redacted. The checks below cover what
photos and screenshots add:

* QR payloads: ``otpauth://`` (a 2FA secret), SeedQR digit strings, bare 64-hex keys, WIF and
  extended private keys, base58 64-byte keypairs (Solana), JSON keypair arrays, keystore JSON, and
  16/32-byte binary codes (Compact SeedQR, raw keys). Addresses and payment URIs are public: left
  alone. A QR symbol that was found but could not be decoded makes the image "not checked".
* A numbered grid of BIP39 words ("1. abandon 2. ability ...", "1 冯 2 掉 ..."), the way recovery
  phrases are written down and shown by wallets, tolerant of OCR errors (one wrong letter, a missed
  word, words read out of order): the text guard needs 12 exact words in a row.
* A run of BIP39 words with a few OCR misreadings inside it (unnumbered phrases on paper).
* An authenticator app: six-digit codes shown on their own next to account labels, a countdown or
  the app's name.
* Hex or base58 key text wrapped over several OCR lines is joined before the text guard sees it;
  so is a Chinese phrase written without spaces and wrapped (two lines of twelve characters), when
  the joined run has a phrase's length and reads as random rather than prose.
* A 2FA key written in groups ("JBSW Y3DP EHPK 3PXP") that OCR read with a digit for a look-alike
  letter (O→0, I→1, B→8: base32 has no 0, 1, 8 or 9) is read once more with the letters put back.
* A label that OCR glued to a 64-hex string ("TxID4c58…", "Privatekey4c58…": the space between
  them was dropped) is split off first, so the text guard reads the label and the hex as a person
  typed them (a transaction hash is public; the glued token looked like an API secret).

Everything is a pure function of ``ImageText``, so the rules are tested without OCR.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from app.guard import scan_inbound

from .reading import ImageText
from .verdict import (
    API_SECRET,
    KEY_QR,
    ONE_TIME_CODE,
    PASSWORD,
    PRIVATE_KEY,
    QR_UNREADABLE,
    SECRET,
    SEED_PHRASE,
    TWO_FACTOR_SECRET,
    Verdict,
)
from .wordlists import b58check_ok, b58decode, bip39_chinese, bip39_english, near_english_word, zh_llr

# The text guard's finding kinds; one it adds later is withheld as the generic "secret".
_GUARD_KINDS: Final = {
    "seed_phrase": SEED_PHRASE,
    "private_key": PRIVATE_KEY,
    "extended_private_key": PRIVATE_KEY,
    "wif_key": PRIVATE_KEY,
    "totp_secret": TWO_FACTOR_SECRET,
    "api_secret": API_SECRET,
    "password": PASSWORD,
    "otp_code": ONE_TIME_CODE,
}
_GUARD_ORDER: Final = (
    SEED_PHRASE,
    PRIVATE_KEY,
    TWO_FACTOR_SECRET,
    API_SECRET,
    PASSWORD,
    ONE_TIME_CODE,
    SECRET,
)

# --- QR payloads -------------------------------------------------------------------------------------
_HEX_KEY: Final = re.compile(r"(?:0x)?[0-9a-fA-F]{64}")
_SEEDQR: Final = re.compile(r"(?:\d{4}){12}|(?:\d{4}){24}")
_B58: Final = re.compile(r"[1-9A-HJ-NP-Za-km-z]{40,120}")
_JSON_KEYPAIR: Final = re.compile(r"\[\s*\d{1,3}(?:\s*,\s*\d{1,3}){63}\s*\]")


def classify_qr(payload: str) -> str | None:
    """The withheld kind a QR payload calls for, or None for public data (addresses, URLs ...)."""
    text = payload.strip()
    low = text.lower()
    if low.startswith(("otpauth://", "otpauth-migration://")):
        return TWO_FACTOR_SECRET
    if _SEEDQR.fullmatch(text) and all(int(text[i : i + 4]) < 2048 for i in range(0, len(text), 4)):
        return SEED_PHRASE
    if _HEX_KEY.fullmatch(text):
        return KEY_QR
    if _B58.fullmatch(text):
        wif = text[0] in "5KLc9" and b58check_ok(text)
        extended = text[1:4] == "prv"  # xprv, tprv, yprv ...: even mistyped, still a private key
        raw = b58decode(text)
        keypair = raw is not None and len(raw) == 64  # Solana: secret and public key, base58
        if wif or extended or keypair:
            return KEY_QR
    if _JSON_KEYPAIR.fullmatch(text):
        return KEY_QR
    if '"ciphertext"' in low and '"kdf"' in low:
        return KEY_QR  # an encrypted keystore file: the key, behind a password the customer may share
    kind = _guard_kind(text)
    return KEY_QR if kind == PRIVATE_KEY else kind


def classify_binary_qr(payload: bytes) -> str | None:
    """Compact SeedQR (16 or 32 bytes of entropy) or a raw 32-byte key."""
    return KEY_QR if len(payload) in (16, 32) else None


# --- numbered grids and runs of BIP39 words ------------------------------------------------------
_NUMBERED_EN: Final = re.compile(
    r"(?<![0-9A-Za-z])([1-9]|1[0-9]|2[0-4])\s*[.)、:：\-]?\s*([A-Za-z]{3,9})(?![A-Za-z])"
)
_NUMBERED_ZH: Final = re.compile(
    r"(?<![0-9])([1-9]|1[0-9]|2[0-4])\s*[.)、:：\-]?\s*([\u4e00-\u9fff])(?![\u4e00-\u9fff])"
)
_GRID_MIN: Final = 9  # distinct numbers 1..24 each beside a BIP39 word
_LETTER_TOKEN: Final = re.compile(r"[A-Za-z]+")
_RUN_MIN: Final = 12
_RUN_MAX_MISSES: Final = 2
_RUN_DISTINCT: Final = 0.8
_ZH_SINGLE: Final = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?![\u4e00-\u9fff])")
_ZH_MIN: Final = 12
_ZH_SHARE: Final = 0.85
_CJK_SEGMENT: Final = re.compile(r"[\u4e00-\u9fff]+")
_LATIN_WORD: Final = re.compile(r"[A-Za-z]{2,}")
_ZH_GROUP_MAX: Final = 6
_ZH_LLR: Final = -0.1  # the text guard's own "no context word" randomness threshold


def numbered_grid(lines: Iterable[str]) -> bool:
    """At least nine numbered positions (1..24) each holding a BIP39 word (en or zh)."""
    text = "\n".join(lines)
    english = {int(n) for n, w in _NUMBERED_EN.findall(text) if near_english_word(w.lower())}
    chinese = {int(n) for n, w in _NUMBERED_ZH.findall(text) if w in bip39_chinese()}
    return len(english) >= _GRID_MIN or len(chinese) >= _GRID_MIN


def _phrase_word(raw: str, low: str) -> bool:
    """A token that may belong to a written phrase: a BIP39 word, or one OCR error from one.

    Phrases are written in lower or upper case; Title Case is how interfaces label things
    ("Markets", "Order History"), and interfaces are full of listed words. A listed word plus "s"
    is an English plural, not a misreading.
    """
    if not (raw.islower() or raw.isupper()):
        return False
    if low in bip39_english():
        return True
    return (
        len(low) >= 4 and not (low.endswith("s") and low[:-1] in bip39_english()) and near_english_word(low)
    )


def english_run(lines: Sequence[str]) -> bool:
    """12+ tokens in reading order, all but two of them BIP39 words (OCR splits or garbles a few).

    The run must also be varied: a seed phrase rarely repeats a word, while an order table
    repeats its few listed words (limit, market, buy, filled, cancel ...) row after row.
    """
    raw = _LETTER_TOKEN.findall("\n".join(lines))
    tokens = [t.lower() for t in raw]
    flags = [_phrase_word(r, t) for r, t in zip(raw, tokens, strict=True)]
    start = misses = 0
    for end, ok in enumerate(flags):
        if not ok:
            misses += 1
            while misses > _RUN_MAX_MISSES:
                misses -= not flags[start]
                start += 1
            continue
        hits = [tokens[i] for i in range(start, end + 1) if flags[i]]
        if end + 1 - start >= _RUN_MIN and len(set(hits)) >= _RUN_DISTINCT * len(hits):
            return True
    return False


def chinese_singles(lines: Sequence[str]) -> bool:
    """>= 12 single Chinese characters standing apart, nearly all from the BIP39 list."""
    singles = _ZH_SINGLE.findall("\n".join(lines))
    if len(singles) < _ZH_MIN:
        return False
    listed = sum(ch in bip39_chinese() for ch in singles)
    return listed >= _ZH_MIN and listed / len(singles) >= _ZH_SHARE


def chinese_list_run(lines: Sequence[str], threshold: float | None = None) -> bool:
    """Lines of short groups of BIP39 characters whose rarity looks like a random phrase.

    OCR often reads a row of spaced characters as groups ("现克捐棱 筹冬霍奏"), which the text
    guard's rules for separated or contiguous Chinese phrases do not match. The Chinese list is
    ordered by frequency: a phrase is uniform over it, UI text and prose use its first few hundred
    characters. The mean log-likelihood ratio (uniform vs. a Zipf-like prose model) separates them.
    """
    limit = _ZH_LLR if threshold is None else threshold
    run: list[str] = []
    for line in [*lines, ""]:
        segments = _CJK_SEGMENT.findall(line)
        list_like = (
            bool(segments)
            and not _LATIN_WORD.search(line)
            and all(len(seg) <= _ZH_GROUP_MAX for seg in segments)
            and all(ch in bip39_chinese() for seg in segments for ch in seg)
        )
        if list_like:
            run.extend(ch for seg in segments for ch in seg)
            continue
        if len(run) >= _ZH_MIN and len(set(run)) >= _RUN_DISTINCT * len(run) and zh_llr(run) >= limit:
            return True
        run = []
    return False


# --- authenticator screens -----------------------------------------------------------------------
_CODE_BOX: Final = re.compile(r"\d{3}\s?\d{3}")
_COUNTDOWN_BOX: Final = re.compile(r"(?:[1-9]|[12][0-9]|30)\s*[sS秒]?")
_ACCOUNT: Final = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\(\s*[\w.+@-]{3,}\s*\)|[A-Za-z]\w+\s*[:：]\s*\S{3,}")
_AUTH_WORDS: Final = re.compile(
    r"authenticator|two[- ]?factor|\b2fa\b|\btotp\b|身份验证器|验证器|动态口令|一次性密码|双重验证|二次验证",
    re.IGNORECASE,
)


def authenticator_screen(boxes: Sequence[str], lines: Sequence[str]) -> bool:
    """Six-digit codes alone in their boxes, beside accounts, a countdown or the app's name."""
    codes = sum(bool(_CODE_BOX.fullmatch(b.strip())) for b in boxes)
    if codes == 0:
        return False
    text = "\n".join(lines)
    named = bool(_AUTH_WORDS.search(text))
    accounts = len(_ACCOUNT.findall(text))
    countdown = any(_COUNTDOWN_BOX.fullmatch(b.strip()) for b in boxes)
    if codes >= 2:
        return named or accounts >= 1 or countdown
    return (named or accounts >= 1) and countdown


# --- keys wrapped over lines ---------------------------------------------------------------------
_FRAGMENT: Final = re.compile(r"(?:0x)?[0-9a-fA-F]{8,}|[1-9A-HJ-NP-Za-km-z]{12,}")
_TAIL: Final = re.compile(r"[1-9A-HJ-NP-Za-km-z]{2,11}")  # the last line of a wrap is often short


def join_wrapped(lines: Sequence[str], *, tails: bool = False) -> list[str]:
    """The lines with consecutive hex/base58-only lines concatenated (a key wrapped by the layout).

    With ``tails`` a short line right after such fragments is appended too: the last line of a
    wrapped key is short, but so is the "Copy" button under it, so both readings are tried and
    the key's own checksum (WIF, xprv) or shape (64 hex) decides.
    """
    out: list[str] = []
    joined_last = False
    for line in lines:
        stripped = line.strip()
        last = out[-1].split(" ")[-1] if out else ""
        if out and _FRAGMENT.fullmatch(last) and _FRAGMENT.fullmatch(stripped):
            out[-1] = out[-1] + stripped
            joined_last = True
        elif tails and joined_last and _TAIL.fullmatch(stripped):
            out[-1] = out[-1] + stripped
            joined_last = False
        else:
            out.append(stripped)
            joined_last = False
    return out


# a label (Latin with a letter that is not a hex digit, or Chinese) glued to exactly 64 hex digits,
# the whole token: OCR dropped the space. "deadbeef…" (a longer hex string) is not split.
_GLUED_HEX: Final = re.compile(
    r"(?<![0-9A-Za-z])((?=[A-Za-z]*[g-zG-Z])[A-Za-z]{2,16}?|[\u4e00-\u9fff]{1,8})"
    r"((?:0x)?[0-9a-fA-F]{64})(?![0-9A-Za-z])"
)


def split_glued_labels(lines: Sequence[str]) -> list[str]:
    """The lines with a space put back between a label and the 64-hex string OCR glued to it."""
    return [_GLUED_HEX.sub(r"\1 \2", line) for line in lines]


# a line of 4-character groups that could be a base32 key, were a few letters read as digits
_B32_GROUPS: Final = re.compile(r"(?:[A-Z2-7018]{4}\s?){4,}[A-Z2-7018]{0,4}")
_B32_LOOKALIKES: Final = str.maketrans({"0": "O", "1": "I", "8": "B"})


def base32_letters(lines: Sequence[str]) -> list[str]:
    """The lines with look-alike digits read as letters in lines that look like a grouped base32
    key (the text guard still needs its context, "backup key", "2FA" ..., to call it a secret)."""
    return [
        line.translate(_B32_LOOKALIKES) if _B32_GROUPS.fullmatch(line.strip()) else line for line in lines
    ]


_CJK_LINE: Final = re.compile(r"[\u4e00-\u9fff]{3,24}")
_ZH_PHRASE_LENGTHS: Final = (12, 15, 18, 21, 24)


def join_wrapped_chinese(lines: Sequence[str]) -> list[str]:
    """The lines with consecutive lines of BIP39 characters only joined, when together they are
    as long as a phrase (12-24 characters) and look random (the text guard reads a contiguous
    phrase on one line, not across a line break)."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        joined = "".join(run)
        if len(run) >= 2 and len(joined) in _ZH_PHRASE_LENGTHS and zh_llr(list(joined)) >= _ZH_LLR:
            out.append(joined)
        else:
            out.extend(run)
        run.clear()

    for line in lines:
        stripped = line.strip()
        if _CJK_LINE.fullmatch(stripped) and all(ch in bip39_chinese() for ch in stripped):
            run.append(stripped)
            continue
        flush()
        out.append(line)
    flush()
    return out


def _guard_kind(text: str) -> str | None:
    kinds = {_GUARD_KINDS.get(f.kind, SECRET) for f in scan_inbound(text).findings}
    return next((k for k in _GUARD_ORDER if k in kinds), None)


def judge(read: ImageText) -> Verdict:
    """The verdict for an image whose text and QR codes were read in full."""
    for payload in read.qr_payloads:
        kind = classify_qr(payload)
        if kind:
            return Verdict.withheld(kind)
    for raw in read.qr_binary:
        kind = classify_binary_qr(raw)
        if kind:
            return Verdict.withheld(kind)
    lines = split_glued_labels(read.lines)
    if numbered_grid(lines) or english_run(lines) or chinese_singles(lines) or chinese_list_run(lines):
        return Verdict.withheld(SEED_PHRASE)
    # every reading of the lines (as read, wrapped lines joined, short tails too): the gravest kind
    # any of them shows names the image (a wrapped key's first line alone reads as a generic secret)
    found = {_guard_kind("\n".join(lines))}
    for tails in (False, True):
        joined = join_wrapped(lines, tails=tails)
        if joined != lines:
            found.add(_guard_kind("\n".join(joined)))
    for other in (base32_letters(lines), join_wrapped_chinese(lines)):
        if other != lines:
            found.add(_guard_kind("\n".join(other)))
    kind = next((k for k in _GUARD_ORDER if k in found), None)
    # an authenticator's screen names the image even when the guard reads its codes as one-time
    # codes (it does since round 15: "a code named by the app that shows it"): the screen shows every
    # account's codes at once, the graver kind the agent and the customer are told about
    if kind in (None, ONE_TIME_CODE) and authenticator_screen(read.boxes, lines):
        return Verdict.withheld(TWO_FACTOR_SECRET)
    if kind is not None:
        return Verdict.withheld(kind)
    if read.qr_unreadable:
        return Verdict.not_checked(QR_UNREADABLE)
    return Verdict.safe()
