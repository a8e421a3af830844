"""Expand the hand-written r15 sources (src/*.tmpl) into the batch files (*.txt).

Every sentence in src/ is written by hand; this only fills in the random *material* a human
cannot type convincingly (BIP39 phrases, hex and base58 keys, WIF, xprv, API keys, base32 2FA
keys, TXIDs, addresses), so that the secrets are well-formed and the look-alike non-secrets
(TXIDs, addresses) have the exact shapes of real ones. Secret placeholders are wrapped in the
batch markers here (the sources mark hand-typed secrets such as passwords and codes themselves).

Placeholder: {%kind%}, {%kind|mod%} or {%kind#name|mod%} (same name = same value, used to
split one phrase over two messages). Fixed seed: rerunning gives the same files.

    python bench/corpus/guard_batches/r15/make_r15.py
"""

from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path

from mnemonic import Mnemonic

HERE = Path(__file__).resolve().parent
RNG = random.Random(15_2026_12_06)
EN = Mnemonic("english")
ZH = Mnemonic("chinese_simplified")
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
OPEN, CLOSE = "\u27e6", "\u27e7"
PLACEHOLDER = re.compile(r"\{%(\w+)(?:#(\w+))?(?:\|([\w,]+))?%\}")
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "x": "\u0445"}


def rbytes(n: int) -> bytes:
    return bytes(RNG.getrandbits(8) for _ in range(n))


def b58(data: bytes) -> str:
    num = int.from_bytes(data, "big")
    out = ""
    while num:
        num, rem = divmod(num, 58)
        out = B58[rem] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def b58check(data: bytes) -> str:
    return b58(data + hashlib.sha256(hashlib.sha256(data).digest()).digest()[:4])


def bech32(hrp: str, witver: int, prog: bytes) -> str:
    charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    acc, bits, data = 0, 0, [witver]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)

    def polymod(values: list[int]) -> int:
        gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
        chk = 1
        for v in values:
            top = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if ((top >> i) & 1) else 0
        return chk

    expanded = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = polymod(expanded + data + [0] * 6) ^ 1
    checksum = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(charset[d] for d in data + checksum)


def typo(word: str) -> str:
    i = RNG.randrange(1, len(word))
    kind = RNG.choice(["drop", "swap", "double", "sub"])
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "swap" and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + RNG.choice("aeiou") + word[i + 1 :]


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text)


def mark(s: str) -> str:
    return OPEN + s + CLOSE


def seed_words(kind: str) -> list[str]:
    if kind == "seed12zh":
        return ZH.to_mnemonic(rbytes(16)).split()
    return EN.to_mnemonic(rbytes(32 if kind == "seed24" else 16)).split()


def render_words(words: list[str], mods: set[str], zh: bool) -> str:
    words = list(words)
    if "typo" in mods or "typo2" in mods:
        for j in RNG.sample(range(len(words)), 2 if "typo2" in mods else 1):
            words[j] = typo(words[j])
    if "cyr" in mods:
        cands = [j for j, w in enumerate(words) if any(c in CYR for c in w)]
        j = RNG.choice(cands)
        w = words[j]
        k = next(i for i, c in enumerate(w) if c in CYR)
        words[j] = w[:k] + CYR[w[k]] + w[k + 1 :]
    if "zwsp" in mods:
        words = [w[:1] + "\u200b" + w[1:] if len(w) > 2 else w for w in words]
    if "caps" in mods:
        words = [w.upper() for w in words]
    if "title" in mods:
        words = [w.capitalize() for w in words]
    if "capfirst" in mods:
        words[0] = words[0].capitalize()
    if "first6" in mods:
        words = words[:6]
    if "last6" in mods:
        words = words[6:]
    if "first12" in mods:
        words = words[:12]
    if "last12" in mods:
        words = words[12:]
    for m in sorted(mods):
        if re.fullmatch(r"s\d+_\d+", m):
            lo, hi = m[1:].split("_")
            words = words[int(lo) : int(hi)]
    if "numbered" in mods:
        return " ".join(f"{i}.{mark(w)}" for i, w in enumerate(words, 1))
    if "numlines" in mods:
        return "\\n".join(f"{i}) {mark(w)}" for i, w in enumerate(words, 1))
    sep = "" if zh and "spaced" not in mods else " "
    if "nospace" in mods:
        sep = ""
    elif "comma" in mods:
        sep = ", "
    elif "dash" in mods:
        sep = "-"
    elif "lines" in mods:
        sep = "\\n"
    elif "odd" in mods:
        out = words[0]
        for w in words[1:]:
            out += RNG.choice([" ", "  ", "   ", "\t", " ,", " "]) + w
        return mark(out)
    text = sep.join(words)
    if "fullwidth" in mods:
        text = fullwidth(text)
    if "rows4" in mods:
        rows = [" ".join(words[i : i + 4]) for i in range(0, len(words), 4)]
        return "\\n".join(mark(r) for r in rows)
    return mark(text)


def hexkey(n: int, mods: set[str]) -> str:
    h = rbytes(n).hex()
    if "upper" in mods:
        h = h.upper()
    if "groups8" in mods:
        return mark(" ".join(h[i : i + 8] for i in range(0, len(h), 8)))
    if "groups4" in mods:
        return mark(" ".join(h[i : i + 4] for i in range(0, len(h), 4)))
    if "wrap" in mods:
        return mark(h[: len(h) // 2]) + "\\n" + mark(h[len(h) // 2 :])
    if "0x" in mods:
        return "0x" + mark(h)
    return mark(h)


def b32key(n: int, mods: set[str]) -> str:
    k = "".join(RNG.choice(B32) for _ in range(n))
    if "lower" in mods:
        k = k.lower()
    if "groups4" in mods:
        k = " ".join(k[i : i + 4] for i in range(0, len(k), 4))
    return mark(k)


def make(kind: str, mods: set[str]) -> str:
    if kind in ("seed12", "seed24", "seed12zh"):
        return render_words(seed_words(kind), mods, kind == "seed12zh")
    if kind == "hex64":
        return hexkey(32, mods)
    if kind == "b58sol":
        return mark(b58(rbytes(64)))
    if kind == "wif":
        return mark(b58check(b"\x80" + rbytes(32) + b"\x01"))
    if kind == "wifu":
        return mark(b58check(b"\x80" + rbytes(32)))
    if kind == "xprv":
        payload = (
            bytes.fromhex("0488ade4") + b"\x03" + rbytes(4) + rbytes(4) + rbytes(32) + b"\0" + rbytes(32)
        )
        return mark(b58check(payload))
    if kind == "okxkey":
        h = rbytes(16).hex()
        return mark(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    if kind == "okxsecret":
        return mark(rbytes(16).hex().upper())
    if kind == "alnum64":
        return mark(
            "".join(
                RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                for _ in range(64)
            )
        )
    if kind == "b32":
        return b32key(32, mods)
    if kind == "b32s":
        return b32key(16, mods)
    # look-alikes that are NOT secrets (never marked)
    if kind == "txid":
        return rbytes(32).hex()
    if kind == "ethtx":
        return "0x" + rbytes(32).hex()
    if kind == "ethaddr":
        return "0x" + rbytes(20).hex()
    if kind == "trxaddr":
        return b58check(b"\x41" + rbytes(20))
    if kind == "btcaddr":
        return bech32("bc", 0, rbytes(20))
    if kind == "btclegacy":
        return b58check(b"\x00" + rbytes(20))
    if kind == "soladdr":
        return b58(rbytes(32))
    raise ValueError(f"unknown placeholder kind {kind!r}")


def expand(line: str, named: dict[str, list[str]]) -> str:
    def sub(m: re.Match[str]) -> str:
        kind, name, mods = m.group(1), m.group(2), set((m.group(3) or "").split(",")) - {""}
        if name and kind.startswith("seed"):
            words = named.setdefault(name, seed_words(kind))
            return render_words(words, mods, kind == "seed12zh")
        if name and kind in ("hex64", "b58sol"):
            raw = named.setdefault(name, [rbytes(32).hex() if kind == "hex64" else b58(rbytes(64))])[0]
            half = len(raw) // 2
            return mark(raw[:half] if "h1" in mods else raw[half:] if "h2" in mods else raw)
        return make(kind, mods)

    return PLACEHOLDER.sub(sub, line)


def main() -> None:
    for src in sorted((HERE / "src").glob("*.tmpl")):
        named: dict[str, list[str]] = {}
        lines = [expand(line, named) for line in src.read_text(encoding="utf-8").splitlines()]
        (HERE / (src.stem + ".txt")).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{src.name} -> {src.stem}.txt")


if __name__ == "__main__":
    main()
