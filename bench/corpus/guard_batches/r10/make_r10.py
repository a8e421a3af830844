"""Fill batch r10's hand-written templates (``*.src``) with real-shaped secret and public values.

    .venv/bin/python bench/corpus/guard_batches/r10/make_r10.py

Written by the r10 evaluator, who did not read ``app/guard``, ``tests/guard`` or
``bench/guard_corpus_fill.py``; the placeholder syntax follows r9's generator so the two batches
read alike, but the kinds and shapes are r10's own (the shapes are what a guard can overfit to).
The wording of every case is in the ``.src`` files; only values a person cannot type by hand come
from here. Seeded from the file name: the same template gives the same batch.

Placeholders: ``{kind}``, ``{kind:form}``, ``{kind#id:form}`` (``#id`` shares one value within a
file, for a secret split over messages). Kinds:

* phrases (valid BIP39): ``en12 en15 en18 en24 zh12 zh18 zh24 tw12 tw24``;
* keys: ``hex`` (32 random bytes, a key or a hash as the template says), ``wif`` (compressed),
  ``wifu`` (uncompressed, starts with 5), ``xprv``, ``sol`` (ed25519 seed+public key, base58 or
  a JSON byte array), ``pem`` (an EC private key block), ``b64k`` (a 64-byte base64 secret);
* API: ``api64`` (64 letters and digits), ``uuid``, ``hexup`` (16 bytes in upper-case hex),
  ``pass`` (an API passphrase of 12-20 printable characters);
* 2FA: ``b32`` (16 base32), ``b32w`` (32 base32), ``otpuri`` (an ``otpauth://`` URI);
* public values: ``eth btc bc1 tron solpub solsig xpub txid lnbc`` and ``order`` (an order id).
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import sys
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from mnemonic import Mnemonic

HERE = Path(__file__).resolve().parent
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LANG = {"en": "english", "zh": "chinese_simplified", "tw": "chinese_traditional"}
STRENGTH = {12: 128, 15: 160, 18: 192, 24: 256}
ZW = "\u200b"
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445"}
NEAR = {  # a neighbouring key on a QWERTY keyboard: the typo a thumb makes
    "a": "s", "b": "v", "c": "x", "d": "f", "e": "r", "f": "g", "g": "h", "h": "j", "i": "o",
    "j": "k", "k": "l", "l": "k", "m": "n", "n": "m", "o": "p", "p": "o", "q": "w", "r": "t",
    "s": "d", "t": "y", "u": "i", "v": "b", "w": "e", "x": "z", "y": "u", "z": "x",
}  # fmt: skip
OCR = {"l": "I", "o": "0", "rn": "m", "a": "o", "u": "v", "t": "f", "cl": "d", "e": "c"}
B58CHK_LEN = 4
OPEN, CLOSE = "\u27e6", "\u27e7"


def b58(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def b58check(data: bytes) -> str:
    return b58(data + hashlib.sha256(hashlib.sha256(data).digest()).digest()[:B58CHK_LEN])


def bech32(hrp: str, data5: list[int]) -> str:
    cs = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]

    def polymod(vals: list[int]) -> int:
        chk = 1
        for v in vals:
            top = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if (top >> i) & 1 else 0
        return chk

    exp = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = polymod(exp + data5 + [0] * 6) ^ 1
    return hrp + "1" + "".join(cs[d] for d in data5) + "".join(cs[(pm >> 5 * (5 - i)) & 31] for i in range(6))


def to5(data: bytes) -> list[int]:
    acc, bits, out = 0, 0, []
    for byte in data:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


class Gen:
    def __init__(self, rnd: random.Random) -> None:
        self.r = rnd
        self.shared: dict[str, object] = {}
        self.mn = {k: Mnemonic(v) for k, v in LANG.items()}

    # --- values ---------------------------------------------------------------------------------

    def value(self, kind: str) -> object:
        r = self.r
        m = re.fullmatch(r"(en|zh|tw)(\d+)", kind)
        if m:
            words = self.mn[m.group(1)].to_mnemonic(r.randbytes(STRENGTH[int(m.group(2))] // 8))
            return words.replace("\u3000", " ").split(" ")
        if kind in ("hex", "txid"):
            return r.randbytes(32).hex()
        if kind in ("wif", "wifu"):
            return b58check(b"\x80" + r.randbytes(32) + (b"\x01" if kind == "wif" else b""))
        if kind in ("xprv", "xpub"):
            ver = bytes.fromhex("0488ade4" if kind == "xprv" else "0488b21e")
            key = b"\0" + r.randbytes(32) if kind == "xprv" else bytes([2 + r.randrange(2)]) + r.randbytes(32)
            return b58check(ver + bytes([r.randrange(1, 6)]) + r.randbytes(8) + r.randbytes(32) + key)
        if kind == "sol":
            seed = r.randbytes(32)
            pub = Ed25519PrivateKey.from_private_bytes(seed).public_key()
            return seed + pub.public_bytes(Encoding.Raw, PublicFormat.Raw)
        if kind == "pem":
            key = ec.derive_private_key(r.randrange(1, 2**255), ec.SECP256R1())
            return key.private_bytes(Encoding.PEM, PrivateFormat.TraditionalOpenSSL, NoEncryption()).decode()
        if kind == "b64k":
            return base64.b64encode(r.randbytes(64)).decode()
        if kind == "api64":
            return "".join(r.choice(ALNUM) for _ in range(64))
        if kind == "uuid":
            return str(uuid.UUID(bytes=r.randbytes(16), version=4))
        if kind == "hexup":
            return r.randbytes(16).hex().upper()
        if kind == "pass":
            pool = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*"
            return "".join(r.choice(pool) for _ in range(r.randrange(12, 21)))
        if kind in ("b32", "b32w"):
            return "".join(r.choice(B32) for _ in range(16 if kind == "b32" else 32))
        if kind == "otpuri":
            sec = "".join(r.choice(B32) for _ in range(32))
            user = f"user{r.randrange(1000, 9999)}@mail.example"
            return f"otpauth://totp/Exchange:{user}?secret={sec}&issuer=Exchange"
        if kind == "eth":
            return "0x" + r.randbytes(20).hex()
        if kind == "btc":
            return b58check(b"\0" + r.randbytes(20))
        if kind == "bc1":
            return bech32("bc", [0, *to5(r.randbytes(20))])
        if kind == "tron":
            return b58check(b"\x41" + r.randbytes(20))
        if kind == "solpub":
            return b58(r.randbytes(32))
        if kind == "solsig":
            return b58(r.randbytes(64))
        if kind == "lnbc":
            return bech32(f"lnbc{r.randrange(1, 900)}0n", to5(r.randbytes(r.randrange(180, 230))))
        if kind == "order":
            return str(r.randrange(10**17, 10**18))
        raise ValueError(kind)

    # --- forms ----------------------------------------------------------------------------------

    def render(self, kind: str, form: str, val: object) -> str:
        if isinstance(val, bytes):  # a solana key pair
            if form == "arr":
                return json.dumps(list(val))
            k = b58(val)
            return {"h1": k[: len(k) // 2], "h2": k[len(k) // 2 :]}.get(form, k)
        if isinstance(val, list):
            return self.words(kind[:2], form, list(val))
        s = str(val)
        if kind == "pem":  # "body": the base64 lines only, the template writes the BEGIN/END lines
            lines = s.strip().splitlines()
            return "\\n".join(lines[1:-1] if form == "body" else lines)
        if kind == "otpuri" and form == "mark":  # the secret marked inside the URI
            return re.sub(r"secret=([A-Z2-7]+)", f"secret={OPEN}\\1{CLOSE}", s)
        if kind in ("hex", "txid"):
            return self.hexform(form, s)
        if kind.startswith("b32"):
            if form == "g4":
                return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
            if form == "lowerg4":
                return " ".join(s[i : i + 4] for i in range(0, len(s), 4)).lower()
        if form == "fw":
            return fullwidth(s)
        if form == "wrap":
            return s[: len(s) // 2] + "\\n" + s[len(s) // 2 :]
        if form in ("h1", "h2"):
            return s[: len(s) // 2] if form == "h1" else s[len(s) // 2 :]
        return s

    def hexform(self, form: str, s: str) -> str:
        if form == "0x":
            return "0x" + s
        if form == "g8":
            return " ".join(s[i : i + 8] for i in range(0, 64, 8))
        if form == "g4dash":
            return "-".join(s[i : i + 4] for i in range(0, 64, 4))
        if form == "wrap3":
            return s[:22] + "\\n" + s[22:44] + "\\n" + s[44:]
        if form == "colon":  # openssl's way: 15 bytes a line
            b = [s[i : i + 2] for i in range(0, 64, 2)]
            return "\\n".join(":".join(b[i : i + 15]) for i in range(0, 32, 15))
        if form == "upper":
            return s.upper()
        if form in ("h1", "h2"):
            return s[:32] if form == "h1" else s[32:]
        if form in ("t1", "t2", "t3"):
            k = int(form[1]) - 1
            return s[k * 22 : (k + 1) * 22]
        if form == "zw":
            return ZW.join(s[i : i + 16] for i in range(0, 64, 16))
        return s

    def words(self, lang: str, form: str, w: list[str]) -> str:
        r = self.r
        n = len(w)
        zh = lang in ("zh", "tw")
        sep = "" if zh and form.endswith("ns") else " "
        base = form[:-2] if form.endswith("ns") else form
        m = re.fullmatch(r"(\d+)of(\d+)", base)  # part k of m: "2of3" is the middle third
        if m:
            k, parts = int(m.group(1)), int(m.group(2))
            size = -(-n // parts)
            return sep.join(w[(k - 1) * size : k * size])
        m = re.fullmatch(r"w(\d+)", base)  # one word alone (dictation)
        if m:
            return w[int(m.group(1)) - 1]
        m = re.fullmatch(r"first(\d+)", base)
        if m:
            return sep.join(w[: int(m.group(1))])
        if base in ("", "plain"):
            return sep.join(w)
        if form == "fwspace":
            return "\u3000".join(w)
        if form == "zhcomma":
            return "，".join(w)
        if form == "semicolon":
            return "; ".join(w)
        if form == "zhnum":
            return " ".join(f"{i}.{x}" for i, x in enumerate(w, 1))
        if form == "zhgrid":
            return "\\n".join("".join(w[i : i + 3]) for i in range(0, n, 3))
        if form == "zhzw":
            return ZW.join(w)
        if form == "zhdot":
            return "·".join(w)
        if form == "mixtw":
            sl, tl = self.mn["zh"].wordlist, self.mn["tw"].wordlist
            changed = 0
            for i, x in enumerate(w):
                if tl[sl.index(x)] != x and changed < 4:
                    w[i] = tl[sl.index(x)]
                    changed += 1
            return " ".join(w)
        if form == "num1line":
            return " ".join(f"{i}.{x}" for i, x in enumerate(w, 1))
        if form == "numparen":
            return "\\n".join(f"{i}) {x}" for i, x in enumerate(w, 1))
        if form == "bullets":
            return "\\n".join(f"• {x}" for x in w)
        if form == "csvq":
            return ",".join(f'"{x}"' for x in w)
        if form == "dash":
            return " - ".join(w)
        if form == "camel":
            return "".join(x.capitalize() for x in w)
        if form == "upnospace":
            return "".join(x.upper() for x in w)
        if form == "sentence":
            return " ".join(w).capitalize() + "."
        if form == "grid3":  # three columns, as a paper card is laid out
            rows = -(-n // 3)
            return "\\n".join(
                "   ".join(f"{j * rows + i + 1}. {w[j * rows + i]}" for j in range(3) if j * rows + i < n)
                for i in range(rows)
            )
        if form == "zw":
            return " ".join(x[:2] + ZW + x[2:] if len(x) > 3 and i % 3 == 0 else x for i, x in enumerate(w))
        if form == "fw":
            return fullwidth(" ".join(w))
        if form == "cyr":
            done = 0
            for i in r.sample(range(n), n):
                hits = [c for c in w[i] if c in CYR]
                if hits and done < 2:
                    c = hits[0]
                    w[i] = w[i].replace(c, CYR[c], 1)
                    done += 1
            return " ".join(w)
        if form == "near":  # one letter hit with the key next to it
            i = r.randrange(n)
            j = r.randrange(1, len(w[i]))
            w[i] = w[i][:j] + NEAR[w[i][j]] + w[i][j + 1 :]
            return " ".join(w)
        if form == "two_typos":
            for i in r.sample(range(n), 2):
                j = r.randrange(1, len(w[i]) - 1)
                w[i] = w[i][:j] + w[i][j + 1 :]
            return " ".join(w)
        if form == "ocr":
            done = 0
            for i in r.sample(range(n), n):
                for a, b in OCR.items():
                    if a in w[i] and done < 3:
                        w[i] = w[i].replace(a, b, 1)
                        done += 1
                        break
            return " ".join(w)
        if form == "glued":  # the space bar missed twice
            for i in sorted(r.sample(range(n - 1), 2), reverse=True):
                w[i : i + 2] = [w[i] + w[i + 1]]
            return " ".join(w)
        if form == "shout":
            return " ".join(x.upper() if i % 2 else x for i, x in enumerate(w))
        raise ValueError(form)


PH = re.compile(r"\{([a-z0-9]+)(?:#([a-z0-9]+))?(?::([a-z0-9_]+))?\}")


def fill(src: Path) -> str:
    gen = Gen(random.Random(hashlib.sha256(("r10/" + src.name).encode()).digest()))

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

    lines = src.read_text("utf-8").splitlines()
    return "\n".join(line if line.startswith("#") else PH.sub(sub, line) for line in lines) + "\n"


def main() -> int:
    for src in sorted(HERE.glob("*.src")):
        src.with_suffix(".txt").write_text(fill(src), encoding="utf-8")
        print("wrote", src.with_suffix(".txt").name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
