"""Fill the r17 templates (``tpl/*.tpl``) with made-up key material, deterministically.

    .venv/bin/python bench/corpus/guard_batches/r17/make_keys.py

Nobody types a seed phrase or a private key by hand, so the hand-written lines of the batch
carry placeholders ``<<kind>>``, ``<<kind#name>>`` (the same value wherever ``#name`` is
repeated in one file, e.g. one seed split over two messages), ``<<kind#name[a:b]>>`` (words
a..b of a phrase) and ``<<kind|transform>>``. Everything is drawn from ``random.Random(17017)``
in file order, so the output never changes unless a template does. Every value is made up; the
BIP39 phrases come from the ``mnemonic`` package's English list with a valid checksum.
"""

from __future__ import annotations

import base64
import hashlib
import random
import re
from pathlib import Path

from mnemonic import Mnemonic

HERE = Path(__file__).resolve().parent
SEED = 17017
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "x": "\u0445"}
PLACE = re.compile(r"<<([a-z0-9_]+)(?:#([a-z0-9_]+))?(?:\[(\d+):(\d+)\])?(?:\|([a-z0-9_]+))?>>")


def b58(raw: bytes) -> str:
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def b58check(raw: bytes) -> str:
    return b58(raw + hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4])


class Keys:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.m = Mnemonic("english")

    def raw(self, n: int) -> bytes:
        return bytes(self.rng.getrandbits(8) for _ in range(n))

    def hexs(self, n: int) -> str:
        return self.raw(n).hex()

    def make(self, kind: str) -> str:
        r = self.rng
        if kind.startswith("seed"):
            words = int(kind[4:])
            return self.m.to_mnemonic(self.raw(words * 4 // 3))
        table = {
            "hex64": lambda: self.hexs(32),
            "hex64u": lambda: self.hexs(32).upper(),
            "hex0x": lambda: "0x" + self.hexs(32),
            "hexgroup8": lambda: " ".join(self.hexs(32)[i:i + 8] for i in range(0, 64, 8)),
            "hexgroup4": lambda: "-".join(self.hexs(32)[i:i + 16] for i in range(0, 64, 16)),
            "hexwrap": lambda: (lambda h: h[:34] + "\\n" + h[34:])(self.hexs(32)),
            "sol58": lambda: b58(self.raw(64)),
            "wif": lambda: b58check(b"\x80" + self.raw(32) + b"\x01"),
            "wifu": lambda: b58check(b"\x80" + self.raw(32)),
            "xprv": lambda: b58check(
                bytes.fromhex("0488ade4") + b"\0" * 9 + self.raw(32) + b"\0" + self.raw(32)
            ),
            "uuid": lambda: (lambda h: f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}")(
                self.hexs(16)
            ),
            "apihex": lambda: self.hexs(16).upper(),
            "apihex64": lambda: self.hexs(32),
            "b64": lambda: base64.b64encode(self.raw(48)).decode(),
            "b64s": lambda: base64.b64encode(self.raw(24)).decode(),
            "alnum36": lambda: "".join(r.choice(ALNUM) for _ in range(36)),
            "b32": lambda: base64.b32encode(self.raw(10)).decode(),
            "b32l": lambda: base64.b32encode(self.raw(20)).decode().lower(),
            "b32group": lambda: " ".join(base64.b32encode(self.raw(20)).decode().lower()[i:i + 4]
                                         for i in range(0, 32, 4)),
            "b32group_u": lambda: " ".join(base64.b32encode(self.raw(10)).decode()[i:i + 4]
                                           for i in range(0, 16, 4)),
            "txid": lambda: self.hexs(32),
            "txid0x": lambda: "0x" + self.hexs(32),
            "eth": lambda: "0x" + self.hexs(20),
            "btc": lambda: "bc1q" + "".join(r.choice(BECH32) for _ in range(38)),
            "trx": lambda: "T" + "".join(r.choice(B58) for _ in range(33)),
            "sol_addr": lambda: b58(self.raw(32)),
            "order": lambda: str(r.randrange(10**17, 10**18)),
            "uid": lambda: str(r.randrange(10**14, 10**15)),
        }
        return table[kind]()


def transform(value: str, how: str, rng: random.Random) -> str:
    words = value.split(" ")
    if how == "upper_nospace":
        return "".join(words).upper()
    if how == "nospace":
        return "".join(words)
    if how == "upper":
        return value.upper()
    if how == "title":
        return " ".join(w.capitalize() for w in words)
    if how == "comma":
        return ", ".join(words)
    if how == "dash":
        return "-".join(words)
    if how == "numbered":
        return " ".join(f"{i}.{w}" for i, w in enumerate(words, 1))
    if how == "numbered_paren":
        return " ".join(f"{i}) {w}" for i, w in enumerate(words, 1))
    if how == "lines":
        return "\\n".join(" ".join(words[i:i + 4]) for i in range(0, len(words), 4))
    if how == "each_line":
        return "\\n".join(words)
    if how == "zwsp":
        return " ".join(w[:2] + "\u200b" + w[2:] if i % 3 == 0 else w for i, w in enumerate(words))
    if how == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c
                       for c in value)
    if how == "cyr":
        for i, w in enumerate(words):
            for lat, cyr in CYR.items():
                if lat in w:
                    words[i] = w.replace(lat, cyr, 1)
                    return " ".join(words)
        return value
    if how == "typo":
        i = rng.randrange(len(words))
        w = words[i]
        j = rng.randrange(1, len(w) - 1)
        words[i] = w[:j] + w[j + 1:] if rng.random() < 0.5 else w[:j] + w[j + 1] + w[j] + w[j + 2:]
        return " ".join(words)
    if how == "chinese_comma":
        return "，".join(words)
    if how == "spaced_digits":  # for hex/base32 keys: groups of 4 with spaces
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    raise ValueError(f"unknown transform {how}")


def render(text: str, keys: Keys) -> str:
    named: dict[str, str] = {}

    def one(m: re.Match[str]) -> str:
        kind, name, a, b, how = m.groups()
        if name is not None:
            if name not in named:
                named[name] = keys.make(kind)
            value = named[name]
        else:
            value = keys.make(kind)
        if a is not None:
            value = " ".join(value.split(" ")[int(a):int(b)])
        if how is not None:
            value = transform(value, how, keys.rng)
        return value

    return PLACE.sub(one, text)


def main() -> None:
    keys = Keys(random.Random(SEED))
    for tpl in sorted((HERE / "tpl").glob("*.tpl")):
        out = HERE / (tpl.stem + ".txt")
        text = render(tpl.read_text(encoding="utf-8"), keys)
        if "<<" in text:
            raise SystemExit(f"{tpl.name}: a placeholder was not filled")
        out.write_text(text, encoding="utf-8")
        cases = sum(1 for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
        print(f"{out.name}: {cases} lines")


if __name__ == "__main__":
    main()
