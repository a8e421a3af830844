"""Fill the r12 held-out batch's templates (``*.src``) with made-up secrets, writing ``*.txt``.

    python bench/corpus/guard_batches/r12/make_r12.py

Why a generator: seeds, keys and backup codes must look real (BIP39 words with a valid checksum,
base58check WIF, 64-byte base58 ed25519 keys, base32 2FA seeds), which nobody types by hand, and the
same made-up value must be reproducible, so every value is derived from sha256 of the file name and
its position (never a real key). Written blind: nothing here knows what the guard catches.

A placeholder is ``{kind[:n][@name][[a:b]][|transform...]}``:

* kinds: ``seed`` (English BIP39, n words), ``zhseed`` / ``zhtseed`` (Simplified / Traditional
  Chinese BIP39 wordlist), ``hex`` (n hex digits), ``wif``, ``sol`` (base58 of 64 bytes),
  ``xprv``, ``uuid``, ``hexu`` (n upper-case hex digits), ``alnum`` (n letters and digits),
  ``b32`` (n base32 letters), ``digits`` (n digits), ``addr`` (0x + 40 hex), ``trx`` (a TRON
  address), ``bc1`` (a bech32-looking address);
* ``@name`` reuses one value within a file (a seed split over two messages), ``[a:b]`` takes words
  a..b of a word list (or characters of other kinds);
* transforms: see ``TRANSFORMS``.

Everything else in a line is copied as it is, including the ``⟦ ⟧`` markers and ``label|``.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from mnemonic import Mnemonic

HERE = Path(__file__).resolve().parent
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
ZH_DIGITS = "零一二三四五六七八九"
EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
CYR = {"a": "\u0430", "o": "\u043e", "e": "\u0435", "c": "\u0441", "p": "\u0440", "x": "\u0445"}
PH = re.compile(
    r"\{(?P<kind>[a-z0-9]+)(?::(?P<n>\d+))?(?:@(?P<name>[a-z0-9]+))?"
    r"(?:\[(?P<a>\d+):(?P<b>\d+)\])?(?P<tr>(?:\|[a-z0-9_]+)*)\}"
)
WORDLISTS = {"seed": "english", "zhseed": "chinese_simplified", "zhtseed": "chinese_traditional"}


class Stream:
    """Deterministic bytes for one file: sha256 of (file, counter)."""

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.n = 0

    def take(self, k: int) -> bytes:
        out = b""
        while len(out) < k:
            self.n += 1
            out += hashlib.sha256(f"r12:{self.tag}:{self.n}".encode()).digest()
        return out[:k]

    def pick(self, alphabet: str, k: int) -> str:
        return "".join(alphabet[b % len(alphabet)] for b in self.take(k))

    def index(self, n: int) -> int:
        return int.from_bytes(self.take(4), "big") % n


def b58(data: bytes) -> str:
    num = int.from_bytes(data, "big")
    out = ""
    while num:
        num, r = divmod(num, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def b58check(data: bytes) -> str:
    return b58(data + hashlib.sha256(hashlib.sha256(data).digest()).digest()[:4])


def make(kind: str, n: int | None, s: Stream) -> str | list[str]:
    if kind in WORDLISTS:
        words = n or 12
        entropy = s.take(words * 4 // 3)
        return Mnemonic(WORDLISTS[kind]).to_mnemonic(entropy).replace("\u3000", " ").split()
    if kind == "hex":
        return s.pick("0123456789abcdef", n or 64)
    if kind == "hexu":
        return s.pick("0123456789ABCDEF", n or 32)
    if kind == "wif":
        return b58check(b"\x80" + s.take(32) + b"\x01")
    if kind == "sol":
        return b58(s.take(64))
    if kind == "xprv":
        body = bytes.fromhex("0488ade4") + b"\0" * 9 + s.take(32) + b"\0" + s.take(32)
        return b58check(body)
    if kind == "uuid":
        h = s.pick("0123456789abcdef", 32)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    if kind == "alnum":
        return s.pick(ALNUM, n or 64)
    if kind == "b32":
        return s.pick(B32, n or 32)
    if kind == "digits":
        return s.pick("0123456789", n or 6)
    if kind == "addr":
        return "0x" + s.pick("0123456789abcdef", 40)
    if kind == "trx":
        return "T" + s.pick(B58, 33)
    if kind == "bc1":
        return "bc1q" + s.pick(BECH, 38)
    raise ValueError(f"unknown placeholder kind {kind!r}")


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text)


def typo(words: list[str], s: Stream) -> list[str]:
    words = list(words)
    i = s.index(len(words))
    w = words[i]
    j = 1 + s.index(max(1, len(w) - 2))
    words[i] = w[:j] + w[j + 1 :] if len(w) > 4 else w + w[-1]
    return words


def swap(words: list[str], s: Stream) -> list[str]:
    words = list(words)
    i = s.index(len(words))
    w = words[i]
    if len(w) >= 4:
        words[i] = w[0] + w[2] + w[1] + w[3:]
    return words


def cyr(text: str, s: Stream) -> str:
    spots = [i for i, c in enumerate(text) if c in CYR]
    i = spots[s.index(len(spots))]
    return text[:i] + CYR[text[i]] + text[i + 1 :]


def groups(text: str, k: int, sep: str = " ") -> str:
    return sep.join(text[i : i + k] for i in range(0, len(text), k))


def render(value: str | list[str], trs: list[str], s: Stream) -> str:
    words = value if isinstance(value, list) else None
    sep = " "
    if words is not None:
        for t in trs:
            if t == "typo":
                words = typo(words, s)
            elif t == "swap":
                words = swap(words, s)
            elif t == "upper":
                words = [w.upper() for w in words]
            elif t == "title":
                words = [w.capitalize() for w in words]
            elif t == "capfirst":
                words = [words[0].capitalize(), *words[1:]]
        joins = {
            "nospace": "",
            "comma": ", ",
            "commatight": ",",
            "zhcomma": "，",
            "dash": "-",
            "slash": " / ",
            "nl": "\\n",
            "dot": ".",
            "twospace": "  ",
            "zhdun": "、",
        }
        for t in trs:
            sep = joins.get(t, sep)
        if "numbered" in trs:
            text = " ".join(f"{i}. {w}" for i, w in enumerate(words, 1))
        elif "numparen" in trs:
            text = " ".join(f"{i}){w}" for i, w in enumerate(words, 1))
        elif "numnl" in trs:
            text = "\\n".join(f"{i}.{w}" for i, w in enumerate(words, 1))
        elif "nl4" in trs:
            text = "\\n".join(" ".join(words[i : i + 4]) for i in range(0, len(words), 4))
        elif "nl6" in trs:
            text = "\\n".join(" ".join(words[i : i + 6]) for i in range(0, len(words), 6))
        else:
            text = sep.join(words)
    else:
        text = str(value)
    for t in trs:
        if t == "zwsp":
            text = text.replace(" ", " \u200b") if " " in text else groups(text, 5, "\u200b")
        elif t == "cyr":
            text = cyr(text, s)
        elif t == "fw":
            text = fullwidth(text)
        elif t == "ox":
            text = "0x" + text
        elif t == "up":
            text = text.upper()
        elif t == "low":
            text = text.lower()
        elif t in ("g4", "g8", "g3", "g2"):
            text = groups(text, int(t[1]))
        elif t == "wrap":
            half = len(text) // 2
            text = text[:half] + "\\n" + text[half:]
        elif t == "dashed":
            text = "-".join(text)
        elif t == "spaced":
            text = " ".join(text)
        elif t == "zhnum":
            text = "".join(ZH_DIGITS[int(c)] for c in text)
        elif t == "ennum":
            text = " ".join(EN_DIGITS[int(c)] for c in text)
    return text


def fill(line: str, s: Stream, named: dict[str, str | list[str]]) -> str:
    def one(m: re.Match[str]) -> str:
        kind, name = m["kind"], m["name"]
        n = int(m["n"]) if m["n"] else None
        if name and name in named:
            value = named[name]
        else:
            value = make(kind, n, s)
            if name:
                named[name] = value
        if m["a"] is not None:
            value = value[int(m["a"]) : int(m["b"])]
        trs = [t for t in m["tr"].split("|") if t]
        return render(value, trs, s)

    return PH.sub(one, line)


def build(src: Path) -> Path:
    s = Stream(src.stem)
    named: dict[str, str | list[str]] = {}
    out = [f"# generated by make_r12.py from {src.name}; edit the .src, not this file"]
    for line in src.read_text(encoding="utf-8").splitlines():
        out.append(line if line.lstrip().startswith("#") else fill(line, s, named))
    dst = src.with_suffix(".txt")
    dst.write_text("\n".join(out) + "\n", encoding="utf-8")
    return dst


def main() -> int:
    for src in sorted(HERE.glob("*.src")):
        print(build(src).name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
