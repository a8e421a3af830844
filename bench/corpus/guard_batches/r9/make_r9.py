"""Fill batch r9's hand-written templates (``*.src``) with real-shaped secret and public values.

    .venv/bin/python bench/corpus/guard_batches/r9/make_r9.py

Written by the r9 evaluator independently of ``bench/guard_corpus_fill.py`` (not read, not
imported) so that the values' shapes are not the ones the guard was tuned with. The wording of
every case is in the ``.src`` files; only values a person cannot type by hand come from here.
Seeded from the file name: the same template gives the same batch.

Placeholders: ``{kind}``, ``{kind:form}``, ``{kind#id:form}`` (``#id`` shares one value in a file,
for a secret split over messages). Kinds: ``en12 en18 en24 zh12 zh24 tw12`` (valid BIP39),
``hex`` (32 random bytes: a key or a hash, the template says which), ``wif xprv xpub solkey
solsig eth btc bc1 tron b32 b32l apikey apisecret okxkey okxsecret``.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from mnemonic import Mnemonic

HERE = Path(__file__).resolve().parent
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
LANG = {"en": "english", "zh": "chinese_simplified", "tw": "chinese_traditional"}
STRENGTH = {12: 128, 15: 160, 18: 192, 24: 256}
OCR = {"l": "1", "o": "0", "m": "rn", "e": "c", "i": "l", "s": "5", "b": "h", "g": "q"}
NUMS_ZH = "一二三四五六七八九十"


def b58(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def b58check(data: bytes) -> str:
    return b58(data + hashlib.sha256(hashlib.sha256(data).digest()).digest()[:4])


def bech32(hrp: str, prog: bytes) -> str:
    cs = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]

    def polymod(vals: list[int]) -> int:
        chk = 1
        for v in vals:
            b = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if (b >> i) & 1 else 0
        return chk

    acc, bits, data = 0, 0, [0]
    for byte in prog:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    exp = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = polymod(exp + data + [0] * 6) ^ 1
    return hrp + "1" + "".join(cs[d] for d in data) + "".join(cs[(pm >> 5 * (5 - i)) & 31] for i in range(6))


class Gen:
    def __init__(self, rnd: random.Random) -> None:
        self.r = rnd
        self.shared: dict[str, object] = {}
        self.mn = {k: Mnemonic(v) for k, v in LANG.items()}

    def phrase(self, lang: str, n: int) -> list[str]:
        words = self.mn[lang].to_mnemonic(self.r.randbytes(STRENGTH[n] // 8))
        return words.split(" ") if lang == "en" else words.split("\u3000" if "\u3000" in words else " ")

    def value(self, kind: str) -> object:
        r = self.r
        m = re.fullmatch(r"(en|zh|tw)(\d+)", kind)
        if m:
            return self.phrase(m.group(1), int(m.group(2)))
        if kind == "hex":
            return r.randbytes(32).hex()
        if kind == "wif":
            return b58check(b"\x80" + r.randbytes(32) + b"\x01")
        if kind in ("xprv", "xpub"):
            ver = bytes.fromhex("0488ade4" if kind == "xprv" else "0488b21e")
            key = b"\0" + r.randbytes(32) if kind == "xprv" else bytes([2 + r.randrange(2)]) + r.randbytes(32)
            return b58check(ver + bytes([3]) + r.randbytes(4) + r.randbytes(4) + r.randbytes(32) + key)
        if kind == "solkey":
            seed = r.randbytes(32)
            pub = (
                Ed25519PrivateKey.from_private_bytes(seed)
                .public_key()
                .public_bytes(Encoding.Raw, PublicFormat.Raw)
            )
            return seed + pub
        if kind == "solsig":
            return b58(r.randbytes(64))
        if kind == "solpub":
            return b58(r.randbytes(32))
        if kind == "eth":
            return "0x" + r.randbytes(20).hex()
        if kind == "btc":
            return b58check(b"\0" + r.randbytes(20))
        if kind == "bc1":
            return bech32("bc", r.randbytes(20))
        if kind == "tron":
            return b58check(b"\x41" + r.randbytes(20))
        if kind in ("b32", "b32l"):
            return "".join(
                r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16 if kind == "b32" else 32)
            )
        if kind in ("apikey", "apisecret"):
            return "".join(
                r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(64)
            )
        if kind == "okxkey":
            return str(uuid.UUID(bytes=r.randbytes(16), version=4))
        if kind == "okxsecret":
            return r.randbytes(16).hex().upper()
        raise ValueError(kind)

    def render(self, kind: str, form: str, val: object) -> str:
        if isinstance(val, bytes):  # solana key pair
            if form == "arr":
                return json.dumps(list(val), separators=(",", ":"))
            return b58(val)
        if isinstance(val, list):
            return self.words(kind[:2], form, list(val))
        s = str(val)
        if kind == "hex":
            if form == "0x":
                return "0x" + s
            if form == "upper":
                return s.upper()
            if form == "bytes":
                return " ".join(s[i : i + 2] for i in range(0, 64, 2))
            if form == "wrap":
                return s[:32] + "\\n" + s[32:]
            if form == "g16":
                return " ".join(s[i : i + 16] for i in range(0, 64, 16))
            if form in ("h1", "h2"):
                return s[:32] if form == "h1" else s[32:]
        if kind.startswith("b32"):
            if form == "g4":
                return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
            if form == "lower":
                return s.lower()
        return s

    def words(self, lang: str, form: str, w: list[str]) -> str:
        r = self.r
        n = len(w)
        zh = lang in ("zh", "tw")
        parts = {
            "half1": w[: n // 2],
            "half2": w[n // 2 :],
            "third1": w[: n // 3],
            "third2": w[n // 3 : 2 * n // 3],
            "third3": w[2 * n // 3 :],
            "first11": w[:11],
            "q1": w[:3],
            "q2": w[3:6],
            "q3": w[6:9],
            "q4": w[9:12],
        }
        base = form.rstrip("ns") if form.endswith("ns") and form[:-2] in parts else form
        if base in parts:
            sel = parts[base]
            return ("" if form.endswith("ns") else " ").join(sel) if zh else " ".join(sel)
        if form in ("", "plain"):
            return " ".join(w)
        if form == "nospace":
            return "".join(w)
        if form == "comma":
            return ("，" if zh else ", ").join(w)
        if form == "dun":
            return "、".join(w)
        if form == "newline":
            return "\\n".join(w)
        if form == "numbered":
            return "\\n".join(f"{i}. {x}" for i, x in enumerate(w, 1))
        if form == "paren":
            return " ".join(f"({i}){x}" for i, x in enumerate(w, 1))
        if form == "idxdash":
            return " ".join(f"{i}-{x}" for i, x in enumerate(w, 1))
        if form == "wordn":
            return "\\n".join(f"Word {i}: {x}" for i, x in enumerate(w, 1))
        if form == "zhnum":
            return " ".join(f"第{i}个{x}" for i, x in enumerate(w, 1))
        if form == "pad":
            return "  ".join(f"{i:02d} {x}" for i, x in enumerate(w, 1))
        if form == "caps":
            return " ".join(x.upper() for x in w)
        if form == "title":
            return " ".join(x.capitalize() for x in w)
        if form == "autocap":
            return w[0].capitalize() + " " + " ".join(w[1:]) + "."
        if form == "hyphen":
            return "-".join(w)
        if form == "slash":
            return " / ".join(w)
        if form == "pipe":
            return " | ".join(w)
        if form == "table":
            return "| " + " | ".join(w[:6]) + " |\\n| " + " | ".join(w[6:]) + " |"
        if form == "rows4":
            return "\\n".join(("" if zh else " ").join(w[i : i + 4]) for i in range(0, n, 4))
        if form == "pylist":
            return json.dumps(w, ensure_ascii=False).replace('"', "'")
        if form == "dblspace":
            return "".join(
                x + ("   " if i % 3 == 2 else "  " if i % 2 else " ") for i, x in enumerate(w)
            ).strip()
        if form in ("typo", "swap", "dbl", "drop"):
            i = r.randrange(n)
            x = w[i]
            j = r.randrange(1, len(x) - 1)
            if form in ("typo", "drop"):
                x = x[:j] + x[j + 1 :]
            elif form == "swap":
                x = x[: j - 1] + x[j] + x[j - 1] + x[j + 1 :]
            else:
                x = x[:j] + x[j] + x[j:]
            w[i] = x
            return " ".join(w)
        if form == "ocr":
            done = 0
            for i in r.sample(range(n), n):
                x = w[i]
                hits = [c for c in x if c in OCR]
                if hits and done < 2:
                    c = r.choice(hits)
                    w[i] = x.replace(c, OCR[c], 1)
                    done += 1
            return " ".join(w)
        if form == "mixtw":  # IME switched half-way: some characters come out Traditional
            sl, tl = self.mn["zh"].wordlist, self.mn["tw"].wordlist
            idx = [i for i, x in enumerate(w) if tl[sl.index(x)] != x]
            for i in idx[:3]:
                w[i] = tl[sl.index(w[i])]
            return " ".join(w)
        if form.startswith("p") and form[1:].isdigit():  # pairs: p1..p6
            k = int(form[1:]) - 1
            return " ".join(w[2 * k : 2 * k + 2])
        raise ValueError(form)


PH = re.compile(r"\{([a-z0-9]+)(?:#([a-z0-9]+))?(?::([a-z0-9]+))?\}")


def fill(src: Path) -> str:
    gen = Gen(random.Random(hashlib.sha256(("r9/" + src.name).encode()).digest()))

    def sub(m: re.Match[str]) -> str:
        kind, key, form = m.group(1), m.group(2), m.group(3) or ""
        if key:
            if key not in gen.shared:
                gen.shared[key] = gen.value(kind)
            val = gen.shared[key]
            val = list(val) if isinstance(val, list) else val
        else:
            val = gen.value(kind)
        return gen.render(kind, form, val)

    return (
        "\n".join(
            PH.sub(sub, line) if not line.startswith("#") else line
            for line in src.read_text("utf-8").splitlines()
        )
        + "\n"
    )


def main() -> int:
    for src in sorted(HERE.glob("*.src")):
        src.with_suffix(".txt").write_text(fill(src), encoding="utf-8")
        print("wrote", src.with_suffix(".txt").name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
