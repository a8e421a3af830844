"""Expand the r22 templates (``tpl/*.tpl``) into the batch files (``../<role>_<lang>.txt``).

Why a script: the secrets in the batch must look like the real thing (BIP39 words with a valid
checksum, base58/base58check keys of the right length, base32 2FA seeds), and writing 300 of them
by hand would be error-prone and repetitive. The wording around each secret is hand-written, one
template per case; only the made-up secret values and identifiers are drawn here, with
``random.Random(22022)``, so the batch is reproducible::

    .venv/bin/python bench/corpus/guard_batches/r22/tpl/expand.py

A placeholder is ``{{kind:arg:arg}}``; ``mods`` are comma-separated in the last argument. Every
value is invented (random), never a real key. Nothing here imports the guard.
"""

from __future__ import annotations

import base64
import hashlib
import random
import re
from pathlib import Path

import mnemonic

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
RNG = random.Random(22022)

_EN = mnemonic.Mnemonic("english")
_ZH = mnemonic.Mnemonic("chinese_simplified")
_ZHT = mnemonic.Mnemonic("chinese_traditional")
_WORDS = set(_EN.wordlist)

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZH_DIGITS = "零一二三四五六七八九"
ZH_YAO = "洞幺两三四五六拐八勾"
CYR = {"a": "\u0430", "o": "\u043e", "e": "\u0435", "c": "\u0441", "p": "\u0440"}


def b58(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def b58check(data: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(data).digest()).digest()[:4]
    return b58(data + chk)


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def typo(word: str) -> str:
    for _ in range(50):
        i = RNG.randrange(len(word))
        how = RNG.choice(["swap", "drop", "double", "sub"])
        if how == "swap" and i < len(word) - 1:
            w = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif how == "drop" and len(word) > 3:
            w = word[:i] + word[i + 1 :]
        elif how == "double":
            w = word[:i] + word[i] + word[i:]
        else:
            w = word[:i] + RNG.choice("aeiouyrstnl") + word[i + 1 :]
        if w != word and w not in _WORDS:
            return w
    return word + "s"


def seed_words(n: int, lang: str = "en") -> list[str]:
    ent = RNG.randbytes({12: 16, 15: 20, 18: 24, 21: 28, 24: 32}[n])
    m = {"en": _EN, "zh": _ZH, "zht": _ZHT}[lang]
    return (
        m.to_mnemonic(ent).split(m.delimiter or " ")
        if lang == "en"
        else list(m.to_mnemonic(ent).replace(" ", "").replace("\u3000", ""))
    )


def fmt_words(words: list[str], mods: set[str], start: int = 1) -> str:
    w = list(words)
    if "typo" in mods:
        i = RNG.randrange(len(w))
        w[i] = typo(w[i])
    if "typo2" in mods:
        for i in RNG.sample(range(len(w)), 2):
            w[i] = typo(w[i])
    if "drop" in mods:
        del w[RNG.randrange(1, len(w) - 1)]
    if "swap" in mods:
        i = RNG.randrange(len(w) - 1)
        w[i], w[i + 1] = w[i + 1], w[i]
    if "cyrillic" in mods:
        cands = [i for i, x in enumerate(w) if any(c in CYR for c in x)]
        i = RNG.choice(cands)
        c = next(c for c in w[i] if c in CYR)
        w[i] = w[i].replace(c, CYR[c], 1)
    if "zwsp" in mods:
        for i in RNG.sample(range(len(w)), 3):
            k = RNG.randrange(1, len(w[i]))
            w[i] = w[i][:k] + "\u200b" + w[i][k:]
    if "upper" in mods:
        w = [x.upper() for x in w]
    if "title" in mods:
        w = [x.capitalize() for x in w]
    if "first" in mods:
        w[0] = w[0].capitalize()
    if "numdot" in mods:
        w = [f"{i}.{x}" for i, x in enumerate(w, start)]
    if "numdotsp" in mods:
        w = [f"{i}. {x}" for i, x in enumerate(w, start)]
    if "numparen" in mods:
        w = [f"{i}) {x}" for i, x in enumerate(w, start)]
    if "numsp" in mods:
        w = [f"{i} {x}" for i, x in enumerate(w, start)]
    if "numcn" in mods:
        w = [f"{i}、{x}" for i, x in enumerate(w, start)]
    if "nospace" in mods:
        s = "".join(w)
    elif "nl" in mods:
        s = "\\n".join(w)
    elif "nl4" in mods:
        s = "\\n".join(" ".join(w[i : i + 4]) for i in range(0, len(w), 4))
    elif "nl6" in mods:
        s = "\\n".join(" ".join(w[i : i + 6]) for i in range(0, len(w), 6))
    elif "comma" in mods:
        s = ", ".join(w)
    elif "commazh" in mods:
        s = "，".join(w)
    elif "dash" in mods:
        s = "-".join(w)
    elif "dots" in mods:
        s = ".".join(w)
    elif "space2" in mods:
        s = "  ".join(w)
    else:
        s = " ".join(w)
    if "fw" in mods:
        s = fullwidth(s)
    return s


def fmt_hex(h: str, mods: set[str]) -> str:
    if "upper" in mods:
        h = h.upper()
    if "g8" in mods:
        h = " ".join(h[i : i + 8] for i in range(0, len(h), 8))
    elif "g4" in mods:
        h = " ".join(h[i : i + 4] for i in range(0, len(h), 4))
    elif "g16nl" in mods:
        h = "\\n".join(h[i : i + 16] for i in range(0, len(h), 16))
    elif "wrap" in mods:
        k = RNG.randrange(24, 40)
        h = h[:k] + "\\n" + h[k:]
    elif "dash" in mods:
        h = "-".join(h[i : i + 8] for i in range(0, len(h), 8))
    if "0x" in mods:
        h = "0x" + h
    return h


def fmt_code(d: str, mods: set[str]) -> str:
    if "en" in mods:
        return " ".join(EN_DIGITS[int(c)] for c in d)
    if "enc" in mods:
        return ", ".join(EN_DIGITS[int(c)] for c in d)
    if "zh" in mods:
        return "".join(ZH_DIGITS[int(c)] for c in d)
    if "zhling" in mods:
        return "".join("〇" if c == "0" else ZH_DIGITS[int(c)] for c in d)
    if "yao" in mods:
        return "".join(ZH_YAO[int(c)] for c in d)
    if "fw" in mods:
        return fullwidth(d)
    if "sp1" in mods:
        return " ".join(d)
    if "sp2" in mods:
        return " ".join(d[i : i + 2] for i in range(0, len(d), 2))
    if "sp3" in mods:
        return d[:3] + " " + d[3:]
    if "dash3" in mods:
        return d[:3] + "-" + d[3:]
    return d


def digits(n: int) -> str:
    return str(RNG.randrange(1, 10)) + "".join(RNG.choice("0123456789") for _ in range(n - 1))


_CACHE: dict[str, str | list[str]] = {}


def _part_source(ident: str, kind: str) -> str | list[str]:
    if ident not in _CACHE:
        if kind.startswith("seed"):
            _CACHE[ident] = seed_words(int(kind[4:]))
        elif kind == "zhseed12":
            _CACHE[ident] = seed_words(12, "zh")
        elif kind == "hex":
            _CACHE[ident] = RNG.randbytes(32).hex()
        elif kind.startswith("code"):
            _CACHE[ident] = digits(int(kind[4:]))
        elif kind == "sol":
            _CACHE[ident] = b58(RNG.randbytes(64))
        elif kind == "b32":
            _CACHE[ident] = "".join(RNG.choice(B32) for _ in range(32))
        else:
            raise ValueError(kind)
    return _CACHE[ident]


def expand(spec: str) -> str:
    parts = spec.split(":")
    kind, args = parts[0], parts[1:]
    mods = set(args[-1].split(",")) if args and not args[-1].isdigit() else set()
    if kind == "seed":
        n = int(args[0])
        lang = "zh" if "zh" in mods else "zht" if "zht" in mods else "en"
        return fmt_words(seed_words(n, lang), mods)
    if kind == "part":
        ident, src, i, k = args[0], args[1], int(args[2]), int(args[3])
        val = _part_source(ident, src)
        size = -(-len(val) // k)
        chunk = val[(i - 1) * size : i * size]
        if isinstance(chunk, list):
            return fmt_words(chunk, mods, start=(i - 1) * size + 1)
        if src.startswith("code"):
            return fmt_code(chunk, mods)
        return fmt_hex(chunk, mods) if src == "hex" else chunk
    if kind == "hex":
        return fmt_hex(RNG.randbytes(32).hex(), mods)
    if kind == "sol" or kind == "solsig":
        return b58(RNG.randbytes(64))
    if kind == "soladdr":
        return b58(RNG.randbytes(32))
    if kind == "wif":
        if "u" in mods:
            return b58check(b"\x80" + RNG.randbytes(32))
        return b58check(b"\x80" + RNG.randbytes(32) + b"\x01")
    if kind == "xprv":
        return b58check(
            bytes.fromhex("0488ade4") + RNG.randbytes(9) + RNG.randbytes(32) + b"\0" + RNG.randbytes(32)
        )
    if kind == "uuid":
        h = RNG.randbytes(16).hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    if kind == "hex32u":
        return RNG.randbytes(16).hex().upper()
    if kind == "alnum":
        return "".join(
            RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            for _ in range(int(args[0]))
        )
    if kind == "b64":
        return base64.b64encode(RNG.randbytes(int(args[0]))).decode()
    if kind == "b32":
        s = "".join(RNG.choice(B32) for _ in range(int(args[0])))
        if "lower" in mods:
            s = s.lower()
        if "g4" in mods:
            s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return s
    if kind == "code":
        return fmt_code(digits(int(args[0])), mods)
    if kind == "eth":
        return "0x" + RNG.randbytes(20).hex()
    if kind == "btc":
        return "bc1q" + "".join(RNG.choice(BECH) for _ in range(38))
    if kind == "trx":
        return "T" + "".join(RNG.choice(B58) for _ in range(33))
    if kind == "xrp":
        return "r" + "".join(RNG.choice(B58) for _ in range(RNG.randrange(25, 34)))
    if kind == "txh":
        return "0x" + RNG.randbytes(32).hex()
    if kind == "btctx":
        return RNG.randbytes(32).hex()
    if kind == "digits":
        return digits(int(args[0]))
    raise ValueError(f"unknown placeholder {spec!r}")


def main() -> None:
    for tpl in sorted(HERE.glob("*.tpl")):
        text = tpl.read_text(encoding="utf-8")
        out = re.sub(r"\{\{([^{}]+)\}\}", lambda m: expand(m.group(1)), text)
        (OUT / (tpl.stem + ".txt")).write_text(out, encoding="utf-8")
        print(tpl.stem, sum(1 for ln in out.splitlines() if ln.strip() and not ln.startswith("#")))


if __name__ == "__main__":
    main()
