"""Fill batch r14's ``*.src`` templates with made-up secrets and identifiers, writing ``*.txt``.

    python bench/corpus/guard_batches/r14/make_r14.py

Why: a held-out batch needs secrets that look exactly like real ones (BIP39 phrases with a valid
checksum, 32-byte keys, base58 Solana keys, base32 2FA seeds) without any real one ever being
written down. Every value is derived from a SHA-256 of the file name and a running counter, so
regenerating gives the same batch and nothing here is a key anyone holds.

Placeholders: ``{kind}`` draws a fresh value; ``{kind@name}`` draws one and remembers it under
``name`` for the rest of the file; ``{words@name:A:B}`` is words A..B-1 of a remembered phrase
(a seed split over messages), ``{chars@name:A:B}`` characters A..B-1 of one (a key in halves);
``{keep_kind@name}`` draws and remembers one but writes nothing (put it on a ``#`` line before
the messages that quote it piece by piece). Unknown kinds raise, so a typo cannot reach a ``.txt``.
"""

from __future__ import annotations

import base64
import hashlib
import re
import sys
from collections.abc import Callable
from pathlib import Path

from mnemonic import Mnemonic

HERE = Path(__file__).resolve().parent
TOKEN = re.compile(r"\{([a-z0-9_]+)(?:@([a-z0-9_]+))?(?::(\d+):(\d+))?\}")
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
EN = Mnemonic("english")
ZHS = Mnemonic("chinese_simplified")
ZHT = Mnemonic("chinese_traditional")


class Draw:
    """Deterministic bytes for one file: a SHA-256 chain keyed by file, line and counter."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.n = 0

    def bytes(self, k: int) -> bytes:
        out = b""
        while len(out) < k:
            self.n += 1
            out += hashlib.sha256(f"r14|{self.name}|{self.n}".encode()).digest()
        return out[:k]

    def pick(self, alphabet: str, k: int) -> str:
        return "".join(alphabet[b % len(alphabet)] for b in self.bytes(k))


def b58(raw: bytes) -> str:
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def b58check(raw: bytes) -> str:
    return b58(raw + hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4])


def seed(m: Mnemonic, words: int) -> Callable[[Draw], str]:
    return lambda d: m.to_mnemonic(d.bytes(words * 4 // 3))


def grouped(s: str, size: int, sep: str = " ") -> str:
    return sep.join(s[i : i + size] for i in range(0, len(s), size))


def password(d: Draw) -> str:
    core = d.pick(ALNUM, 9)
    return core[:4] + "!#@$%&"[d.bytes(1)[0] % 6] + core[4:] + str(d.bytes(1)[0] % 90 + 10)


KINDS: dict[str, Callable[[Draw], str]] = {
    "seed12": seed(EN, 12),
    "seed15": seed(EN, 15),
    "seed18": seed(EN, 18),
    "seed24": seed(EN, 24),
    "seed12zh": seed(ZHS, 12),
    "seed24zh": seed(ZHS, 24),
    "seed12zht": seed(ZHT, 12),
    "seed12zhnosp": lambda d: "".join(seed(ZHS, 12)(d).split()),
    "seed12zhcomma": lambda d: "，".join(seed(ZHS, 12)(d).split()),
    "seed12caps": lambda d: seed(EN, 12)(d).upper(),
    "seed12comma": lambda d: ", ".join(seed(EN, 12)(d).split()),
    "seed12num": lambda d: " ".join(f"{i}.{w}" for i, w in enumerate(seed(EN, 12)(d).split(), 1)),
    "seed12lines": lambda d: "\\n".join(seed(EN, 12)(d).split()),
    "hex32": lambda d: d.bytes(32).hex(),
    "hex32x": lambda d: "0x" + d.bytes(32).hex(),
    "hex32up": lambda d: d.bytes(32).hex().upper(),
    "hex32g8": lambda d: grouped(d.bytes(32).hex(), 8),
    "hex32wrap": lambda d: (lambda h: h[:32] + "\\n" + h[32:])(d.bytes(32).hex()),
    "wif": lambda d: b58check(b"\x80" + d.bytes(32) + b"\x01"),
    "xprv": lambda d: b58check(bytes.fromhex("0488ade4") + d.bytes(9) + d.bytes(32) + b"\0" + d.bytes(32)),
    "sol": lambda d: b58(d.bytes(64)),
    "apikey": lambda d: d.pick(ALNUM, 64),
    "apisecret": lambda d: d.pick(ALNUM, 64),
    "apishort": lambda d: d.pick(ALNUM, 36),
    "uuid": lambda d: (lambda h: f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}")(d.bytes(16).hex()),
    "b32": lambda d: base64.b32encode(d.bytes(10)).decode(),
    "b32long": lambda d: base64.b32encode(d.bytes(20)).decode(),
    "b32g4": lambda d: grouped(base64.b32encode(d.bytes(10)).decode(), 4),
    "b32low": lambda d: grouped(base64.b32encode(d.bytes(20)).decode().lower(), 4),
    "otp6": lambda d: str(int.from_bytes(d.bytes(4), "big") % 900000 + 100000),
    "otp6sp": lambda d: " ".join(str(int.from_bytes(d.bytes(4), "big") % 900000 + 100000)),
    "otp8": lambda d: str(int.from_bytes(d.bytes(4), "big") % 90000000 + 10000000),
    "pw": password,
    "pin6": lambda d: str(int.from_bytes(d.bytes(4), "big") % 900000 + 100000),
    # ordinary identifiers that look like secrets but are not
    "txhash": lambda d: d.bytes(32).hex(),
    "txhashx": lambda d: "0x" + d.bytes(32).hex(),
    "eth": lambda d: "0x" + d.bytes(20).hex(),
    "tron": lambda d: b58check(b"\x41" + d.bytes(20)),
    "btc": lambda d: b58check(b"\x00" + d.bytes(20)),
    "bc1": lambda d: "bc1q" + d.pick("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38),
    "solad": lambda d: b58(d.bytes(32)),
    "order": lambda d: str(int.from_bytes(d.bytes(8), "big") % (9 * 10**17) + 10**17),
    "uid": lambda d: str(int.from_bytes(d.bytes(4), "big") % 90000000 + 10000000),
    "ticket": lambda d: "TK-" + str(int.from_bytes(d.bytes(4), "big") % 900000 + 100000),
}


def fill(text: str, d: Draw, memory: dict[str, str], where: str) -> str:
    def one(m: re.Match[str]) -> str:
        kind, name, a, b = m.groups()
        if kind == "words":
            if name not in memory or a is None:
                raise ValueError(f"{where}: {m.group(0)} needs a remembered phrase and a range")
            return " ".join(memory[name].split()[int(a) : int(b)])
        if kind == "chars":
            if name not in memory or a is None:
                raise ValueError(f"{where}: {m.group(0)} needs a remembered value and a range")
            return memory[name][int(a) : int(b)]
        if kind.startswith("keep_") and name:
            memory[name] = KINDS[kind[5:]](d)
            return ""
        if kind not in KINDS:
            raise ValueError(f"{where}: unknown placeholder {m.group(0)}")
        value = KINDS[kind](d)
        if name:
            memory[name] = value
        return value

    return TOKEN.sub(one, text)


def main() -> int:
    for src in sorted(HERE.glob("*.src")):
        d = Draw(src.name)
        memory: dict[str, str] = {}
        lines = src.read_text(encoding="utf-8").splitlines()
        out = [fill(line, d, memory, f"{src.name}:{no}") for no, line in enumerate(lines, 1)]
        header = f"# generated by make_r14.py from {src.name}: edit the .src, not this file"
        src.with_suffix(".txt").write_text("\n".join([header, *out]) + "\n", encoding="utf-8")
        print(f"{src.with_suffix('.txt').name}: {len(out)} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
