"""Fill batch r11's hand-written templates (``*.src``) with real-shaped secret and public values.

    .venv/bin/python bench/corpus/guard_batches/r11/make_r11.py

Written by the r11 evaluator (branch ``guardeval11``), who did not read ``app/guard``, the guard's
tests, the tuning-corpus filler or the wording of earlier batches. The wording of every case is in
the ``.src`` files, typed by hand; only values nobody types by hand come from here (valid BIP39
phrases, keys, public addresses and hashes). Seeded from the file name, so a template always gives
the same batch. Files without placeholders (scams, replies, links) are written as ``.txt`` directly.

Placeholder: ``{{kind}}``, ``{{kind/form}}`` or ``{{kind/form/id}}``; ``id`` shares one value
within a file (a secret split over messages). ``form`` may chain steps with ``+``
(``p1of2+num``: the first half of the words, numbered).

Kinds: phrases ``en12 en15 en18 en24 zh12 zh24 tw12``; keys ``hex`` (32 bytes), ``wif``,
``xprv``, ``solkp`` (ed25519 seed+public key, 64 bytes base58), ``pem`` (PKCS#8 EC key);
API ``api64`` (64 letters and digits), ``uuid``, ``hex32`` (16 bytes, hex), ``b64`` (32 bytes,
base64); 2FA ``b32`` (16 base32) and ``b32l`` (32), ``otp`` (otpauth URI); public values
``eth`` ``bc1`` ``trx`` ``txid`` ``solsig`` ``solpub`` ``xpub``.
"""

from __future__ import annotations

import base64
import hashlib
import random
import re
import string
import sys
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from mnemonic import Mnemonic

HERE = Path(__file__).resolve().parent
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
PH = re.compile(r"\{\{([a-z0-9]+)(?:/([A-Za-z0-9+]*))?(?:/([A-Za-z0-9]+))?\}\}")
LANGS = {"en": "english", "zh": "chinese_simplified", "tw": "chinese_traditional"}
STRENGTH = {12: 128, 15: 160, 18: 192, 24: 256}
KEYBOARD_NEIGHBOUR = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "t": "y", "r": "t", "s": "d",
                      "l": "k", "u": "i", "c": "v", "m": "n", "d": "f", "g": "h", "h": "j", "p": "o"}


def b58(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def b58check(data: bytes) -> str:
    return b58(data + hashlib.sha256(hashlib.sha256(data).digest()).digest()[:4])


def bech32_addr(prog: bytes) -> str:
    def polymod(values: list[int]) -> int:
        gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
        chk = 1
        for v in values:
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
    hrp = "bc"
    exp = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = polymod(exp + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


class Values:
    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd
        self.mn = {k: Mnemonic(v) for k, v in LANGS.items()}
        self.shared: dict[str, object] = {}

    def raw(self, n: int) -> bytes:
        return bytes(self.rnd.getrandbits(8) for _ in range(n))

    def value(self, kind: str) -> object:
        m = re.fullmatch(r"(en|zh|tw)(\d+)", kind)
        if m:
            n = int(m.group(2))
            return self.mn[m.group(1)].to_mnemonic(self.raw(STRENGTH[n] // 8)).split()
        if kind == "hex":
            return self.raw(32).hex()
        if kind == "wif":
            return b58check(b"\x80" + self.raw(32) + b"\x01")
        if kind == "xprv":
            body = bytes.fromhex("0488ade4") + b"\0" * 9 + self.raw(32) + b"\0" + self.raw(32)
            return b58check(body)
        if kind == "xpub":
            body = bytes.fromhex("0488b21e") + b"\x03" + self.raw(8) + self.raw(32) + b"\x02" + self.raw(32)
            return b58check(body)
        if kind == "solkp":
            return b58(self.raw(64))
        if kind in ("solsig",):
            return b58(self.raw(64))
        if kind == "solpub":
            return b58(self.raw(32))
        if kind == "pem":
            key = ec.derive_private_key(int.from_bytes(self.raw(31), "big") + 1, ec.SECP256R1())
            pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()).decode()
            return pem.strip().split("\n")
        if kind == "api64":
            return "".join(self.rnd.choice(string.ascii_letters + string.digits) for _ in range(64))
        if kind == "uuid":
            return str(uuid.UUID(bytes=self.raw(16), version=4))
        if kind == "hex32":
            return self.raw(16).hex().upper()
        if kind == "b64":
            return base64.b64encode(self.raw(32)).decode()
        if kind == "b32":
            return base64.b32encode(self.raw(10)).decode()
        if kind == "b32l":
            return base64.b32encode(self.raw(20)).decode()
        if kind == "otp":
            secret = base64.b32encode(self.raw(20)).decode()
            return f"otpauth://totp/Exchange:user%40mail.example?secret={secret}&issuer=Exchange"
        if kind == "eth":
            return "0x" + self.raw(20).hex()
        if kind == "bc1":
            return bech32_addr(self.raw(20))
        if kind == "trx":
            return b58check(b"\x41" + self.raw(20))
        if kind == "txid":
            return self.raw(32).hex()
        raise ValueError(f"unknown kind {kind!r}")

    # --- forms ------------------------------------------------------------------------------

    def render(self, kind: str, form: str, val: object) -> str:
        steps = [s for s in form.split("+") if s]
        if isinstance(val, list) and kind != "pem":
            return self.words(kind, steps, list(val))
        if kind == "pem":
            lines = list(val)
            if "body" in steps:
                lines = lines[1:-1]
            return "\\n".join(lines)
        s = str(val)
        for step in steps:
            s = self.strform(step, s)
        return s

    def strform(self, step: str, s: str) -> str:
        m = re.fullmatch(r"p(\d)of(\d)", step)
        if m:
            i, n = int(m.group(1)), int(m.group(2))
            size = -(-len(s) // n)
            return s[(i - 1) * size : i * size]
        m = re.fullmatch(r"g(\d+)", step)
        if m:
            k = int(m.group(1))
            return " ".join(s[i : i + k] for i in range(0, len(s), k))
        m = re.fullmatch(r"wrap(\d)", step)
        if m:
            n = int(m.group(1))
            size = -(-len(s) // n)
            return "\\n".join(s[i : i + size] for i in range(0, len(s), size))
        if step == "0x":
            return "0x" + s
        if step == "up":
            return s.upper()
        if step == "low":
            return s.lower()
        if step == "dash4":
            return "-".join(s[i : i + 4] for i in range(0, len(s), 4))
        if step == "colon":
            return ":".join(s[i : i + 2] for i in range(0, len(s), 2))
        if step == "json":
            return "[" + ",".join(str(b) for b in _b58decode(s)) + "]"
        raise ValueError(f"unknown form {step!r}")

    def words(self, kind: str, steps: list[str], w: list[str]) -> str:
        zh = kind.startswith(("zh", "tw"))
        marked = "mk" in steps
        steps = [s for s in steps if s != "mk"]
        out, bare = self._words(zh, steps, w)
        if not marked:
            return out
        a = out.find(bare[0])
        b = out.rfind(bare[-1]) + len(bare[-1])
        return out[:a] + "\u27e6" + out[a:b] + "\u27e7" + out[b:]

    def _change(self, step: str, w: list[str]) -> list[str]:
        w = list(w)
        if step == "caps":
            w = [x.upper() for x in w]
        elif step == "title":
            w = [x.capitalize() for x in w]
        elif step == "typo":  # one neighbouring-key slip in the third word (or the first that has one)
            for j in [2, *range(len(w))]:
                x = w[j]
                k = next((k for k, c in enumerate(x) if c in KEYBOARD_NEIGHBOUR and k > 0), None)
                if k is not None:
                    w[j] = x[:k] + KEYBOARD_NEIGHBOUR[x[k]] + x[k + 1 :]
                    break
        elif step == "drop1":  # the customer forgot the last word
            w = w[:-1]
        elif step == "swapzh":  # Simplified phrase typed with a Traditional IME for two characters
            tw = self.mn["tw"].wordlist
            zl = self.mn["zh"].wordlist
            done = 0
            for j, x in enumerate(w):
                t = tw[zl.index(x)]
                if t != x and done < 2:
                    w[j] = t
                    done += 1
        return w

    def _words(self, zh: bool, steps: list[str], w: list[str]) -> tuple[str, list[str]]:
        sep = "" if zh else " "
        start = 1
        bare = w
        for step in steps:
            m = re.fullmatch(r"p(\d)of(\d)", step)
            if m:
                i, n = int(m.group(1)), int(m.group(2))
                size = -(-len(w) // n)
                start = (i - 1) * size + 1
                w = w[(i - 1) * size : i * size]
                bare = list(w)
                continue
            if step in ("caps", "title", "typo", "drop1", "swapzh"):
                w = self._change(step, w)
                bare = list(w)
                continue
            if step == "sp":
                sep = " "
            elif step == "nosp":
                sep = ""
            elif step == "comma":
                sep = ", " if not zh else "，"
            elif step == "dun":
                sep = "、"
            elif step == "dash":
                sep = "-"
            elif step == "dot":
                sep = "."
            elif step == "under":
                sep = "_"
            elif step == "nl":
                sep = "\\n"
            elif step == "slash":
                sep = " / "
            elif step == "num":
                w = [f"{start + j}. {x}" for j, x in enumerate(w)]
                sep = " "
            elif step == "numnl":
                w = [f"{start + j} {x}" for j, x in enumerate(w)]
                sep = "\\n"
            elif step == "paren":
                w = [f"({start + j}){x}" for j, x in enumerate(w)]
                sep = " "
            elif step == "grid3":  # a backup card photographed row by row: three per line, numbered
                rows = []
                for r in range(0, len(w), 3):
                    cells = range(min(3, len(w) - r))
                    rows.append("   ".join(f"{start + r + c:02d} {w[r + c]}" for c in cells))
                return "\\n".join(rows), bare
            elif step == "cols2":  # two columns: 1..n/2 on the left, the rest on the right
                half = len(w) // 2
                lines = (f"{j + 1}.{w[j]}    {j + 1 + half}.{w[j + half]}" for j in range(half))
                return "\\n".join(lines), bare
            elif step == "jsonw":
                return '{"mnemonic": "' + " ".join(w) + '"}', bare
            else:
                raise ValueError(f"unknown form {step!r}")
        return sep.join(w), bare


def _b58decode(s: str) -> bytes:
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    return n.to_bytes(64, "big")


def fill(src: Path) -> str:
    rnd = random.Random(f"r11/{src.name}")
    vals = Values(rnd)

    def sub(m: re.Match[str]) -> str:
        kind, form, ident = m.group(1), m.group(2) or "", m.group(3)
        if ident:
            key = f"{kind}#{ident}"
            if key not in vals.shared:
                vals.shared[key] = vals.value(kind)
            val = vals.shared[key]
        else:
            val = vals.value(kind)
        return vals.render(kind, form, val)

    return PH.sub(sub, src.read_text(encoding="utf-8"))


def main() -> int:
    for src in sorted(HERE.glob("*.src")):
        out = fill(src)
        if "{{" in out:
            raise SystemExit(f"{src.name}: placeholder left unfilled")
        src.with_suffix(".txt").write_text(out, encoding="utf-8")
        print(f"wrote {src.with_suffix('.txt').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
