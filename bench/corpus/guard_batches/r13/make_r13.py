"""Turn r13's ``*.src`` files into the ``*.txt`` files the held-out harness reads.

The batch's author writes the wording by hand; secrets and chain-shaped strings that must be valid
(BIP39 seeds with their checksum, base58check keys and addresses, ed25519 keypairs) are written as
``{{kind:arg:...}}`` placeholders and filled here. Every value is derived with ``hashlib`` from the
file name, the line and the placeholder's position, so re-running gives the same batch and no value
is a real key. Marks (the secret spans) are written by hand in the ``.src`` around the placeholder.

Run: ``python bench/corpus/guard_batches/r13/make_r13.py`` (writes next to itself).
"""

from __future__ import annotations

import base64
import hashlib
import re
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from mnemonic import Mnemonic

HERE = Path(__file__).resolve().parent
PLACEHOLDER = re.compile(r"\{\{([a-z0-9_]+)((?::[^{}:]+)*)\}\}")
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
MODHEX = "cbdefghijklnrtuv"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
LANGS = {
    "en": "english",
    "zhs": "chinese_simplified",
    "zht": "chinese_traditional",
    "es": "spanish",
    "fr": "french",
    "ja": "japanese",
    "ko": "korean",
    "it": "italian",
    "pt": "portuguese",
}
FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔"


class Stream:
    """Deterministic bytes for one placeholder."""

    def __init__(self, key: str) -> None:
        self.key = key.encode()
        self.n = 0

    def take(self, size: int) -> bytes:
        out = b""
        while len(out) < size:
            out += hashlib.sha256(self.key + b"|" + str(self.n).encode()).digest()
            self.n += 1
        return out[:size]

    def pick(self, alphabet: str, size: int) -> str:
        raw = self.take(size * 2)
        picks = (int.from_bytes(raw[i : i + 2], "big") for i in range(0, size * 2, 2))
        return "".join(alphabet[p % len(alphabet)] for p in picks)


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


def bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def segwit_address(program: bytes) -> str:
    acc, bits, data = 0, 0, [0]
    for byte in program:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = [ord(c) >> 5 for c in "bc"] + [0] + [ord(c) & 31 for c in "bc"]
    poly = bech32_polymod(hrp + data + [0] * 6) ^ 1
    check = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(BECH32[d] for d in data + check)


def words(lang: str, count: int, s: Stream) -> list[str]:
    m = Mnemonic(LANGS[lang])
    entropy = s.take(count * 4 // 3)
    return m.to_mnemonic(entropy).replace("\u3000", " ").split(" ")


def typo(w: str) -> str:
    if len(w) >= 5:
        return w[:2] + w[3] + w[2] + w[4:]
    return w + w[-1]


def style_words(ws: list[str], style: str, lang: str, start: int = 1) -> str:
    zh = lang in ("zhs", "zht")
    sep = "" if style == "nospace" else ("\u3000" if lang == "ja" else " ")
    if style in ("plain", "nospace"):
        return sep.join(ws)
    if style == "caps":
        return " ".join(w.upper() for w in ws)
    if style == "capsjoined":
        return "".join(w.upper() for w in ws)
    if style == "capfirst":
        return " ".join([ws[0].capitalize(), *ws[1:]])
    if style == "comma":
        return ("，" if zh else ", ").join(ws)
    if style == "dun":
        return "、".join(ws)
    if style == "hyphen":
        return "-".join(ws)
    if style == "slash":
        return " / ".join(ws)
    if style == "numlines":
        return "\\n".join(f"{i}. {w}" for i, w in enumerate(ws, start))
    if style == "numinline":
        return " ".join(f"{i}.{w}" for i, w in enumerate(ws, start))
    if style == "numparen":
        return " ".join(f"{i}) {w}" for i, w in enumerate(ws, start))
    if style == "circled":
        return " ".join(f"{CIRCLED[i - 1]}{w}" for i, w in enumerate(ws, start))
    if style == "newline":
        return "\\n".join(ws)
    if style == "grid":
        return "\\n".join(" ".join(ws[i : i + 3]) for i in range(0, len(ws), 3))
    if style == "table":
        rows = []
        for i in range(0, len(ws), 3):
            cells = (f"{start + i + j} | {w}" for j, w in enumerate(ws[i : i + 3]))
            rows.append("| " + " | ".join(cells) + " |")
        return "\\n".join(rows)
    if style == "tabbed":
        rows4 = (enumerate(ws[i : i + 4], start + i) for i in range(0, len(ws), 4))
        lines = ("\t".join(f"{n} {w}" for n, w in row) for row in rows4)
        return "\\n".join(lines)
    if style == "typo":
        ws = list(ws)
        ws[len(ws) // 2] = typo(ws[len(ws) // 2])
        return " ".join(ws)
    if style == "fullwidth":
        return " ".join("".join(FULLWIDTH.get(c, c) for c in w) for w in ws)
    if style == "zwsp":
        return " \u200b".join(ws)
    if style == "cyrillic":
        out = " ".join(ws)
        return out.replace("a", "\u0430", 1).replace("o", "\u043e", 1)
    if style == "doublespace":
        return "  ".join(ws)
    raise ValueError(f"unknown seed style {style}")


SEEDS: dict[str, list[str]] = {}


def seed(args: list[str], s: Stream) -> str:
    lang, count = args[0], int(args[1])
    style = args[2] if len(args) > 2 else "plain"
    return style_words(words(lang, count, s), style, lang)


def seedpart(args: list[str], s: Stream, file: str) -> str:
    ident, lang, count, part = args[0], args[1], int(args[2]), args[3]
    style = args[4] if len(args) > 4 else "plain"
    key = f"{file}:{ident}"
    if key not in SEEDS:
        SEEDS[key] = words(lang, count, Stream(f"r13|{key}"))
    ws = SEEDS[key]
    i, k = (int(x) for x in part.split("/"))
    lo, hi = len(ws) * (i - 1) // k, len(ws) * i // k
    return style_words(ws[lo:hi], style, lang, lo + 1)


def hexkey(style: str, s: Stream) -> str:
    h = s.take(32).hex()
    if style == "0x":
        return "0x" + h
    if style == "upper":
        return h.upper()
    if style == "group8":
        return " ".join(h[i : i + 8] for i in range(0, 64, 8))
    if style == "group4":
        return " ".join(h[i : i + 4] for i in range(0, 64, 4))
    if style == "wrap":
        return h[:32] + "\\n" + h[32:]
    if style == "wrap0x":
        return "0x" + h[:40] + "\\n" + h[40:]
    if style == "dashes":
        return "-".join(h[i : i + 16] for i in range(0, 64, 16))
    return h


def solana(style: str, s: Stream) -> str:
    priv = Ed25519PrivateKey.from_private_bytes(s.take(32))
    raw = priv.private_bytes_raw() + priv.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    if style == "json":
        return "[" + ",".join(str(b) for b in raw) + "]"
    if style == "jsonspace":
        return "[" + ", ".join(str(b) for b in raw) + "]"
    return b58(raw)


def b32secret(args: list[str], s: Stream) -> str:
    size = int(args[0]) if args else 16
    style = args[1] if len(args) > 1 else "plain"
    v = s.pick(B32, size)
    if style == "group4":
        return " ".join(v[i : i + 4] for i in range(0, size, 4))
    if style == "lower4":
        return " ".join(v[i : i + 4].lower() for i in range(0, size, 4))
    if style == "lower":
        return v.lower()
    return v


def fill(kind: str, args: list[str], s: Stream, file: str) -> str:
    simple: dict[str, Callable[[], str]] = {
        "wif": lambda: b58check(b"\x80" + s.take(32) + b"\x01"),
        "wifu": lambda: b58check(b"\x80" + s.take(32)),
        "xprv": lambda: b58check(bytes.fromhex("0488ade4") + b"\0" * 9 + s.take(32) + b"\0" + s.take(32)),
        "binkey": lambda: s.pick(ALNUM, 64),
        "okxkey": lambda: str(uuid.UUID(bytes=s.take(16), version=4)),
        "okxsec": lambda: s.take(16).hex().upper(),
        "bybitkey": lambda: s.pick(ALNUM, 18),
        "bybitsec": lambda: s.pick(ALNUM, 36),
        "b64sec": lambda: base64.b64encode(s.take(64)).decode(),
        "yubi": lambda: "cccccc" + s.pick(MODHEX, 38),
        "txhash": lambda: s.take(32).hex(),
        "evmtx": lambda: "0x" + s.take(32).hex(),
        "ethaddr": lambda: "0x" + s.take(20).hex(),
        "tronaddr": lambda: b58check(b"\x41" + s.take(20)),
        "btcaddr": lambda: segwit_address(s.take(20)),
        "btclegacy": lambda: b58check(b"\x00" + s.take(20)),
        "soladdr": lambda: b58(s.take(32)),
        "soltx": lambda: b58(s.take(64)),
        "hexn": lambda: s.take(int(args[0]) // 2).hex(),
        "digits": lambda: str(int.from_bytes(s.take(8), "big"))[: int(args[0])],
    }
    if kind in simple:
        return simple[kind]()
    if kind == "seed":
        return seed(args, s)
    if kind == "seedpart":
        return seedpart(args, s, file)
    if kind == "hex":
        return hexkey(args[0] if args else "plain", s)
    if kind == "sol":
        return solana(args[0] if args else "b58", s)
    if kind == "b32":
        return b32secret(args, s)
    raise ValueError(f"unknown placeholder {kind}")


def render(path: Path) -> str:
    out = [f"# r13 (blind batch), generated by make_r13.py from {path.name}: edit the .src and re-run"]
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        count = 0

        def sub(m: re.Match[str], no: int = no) -> str:
            nonlocal count
            count += 1
            args = [a for a in m.group(2).split(":") if a]
            return fill(m.group(1), args, Stream(f"r13|{path.name}|{no}|{count}|{m.group(1)}"), path.name)

        out.append(PLACEHOLDER.sub(sub, line))
    return "\n".join(out) + "\n"


def main() -> int:
    for src in sorted(HERE.glob("*.src")):
        src.with_suffix(".txt").write_text(render(src), encoding="utf-8")
        print(f"wrote {src.with_suffix('.txt').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
