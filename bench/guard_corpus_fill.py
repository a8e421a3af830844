"""Fill the secret placeholders of hand-written guard batch templates with fresh random values.

    python bench/guard_corpus_fill.py bench/corpus/guard_batches/r1

For every ``*.tmpl`` file in the folder(s) it writes the ``*.txt`` file beside it (the batch the
bench reads, see ``bench/guard_heldout.py``). The wording of every case is written by hand in the
template; only the values a person cannot type by hand (valid BIP39 phrases, keys, addresses,
hashes) come from here, so the secrets have their real shape. The random generator is seeded
from the file name: the same template always gives the same batch.

A placeholder is ``{name}``, ``{name:form}`` or ``{name#id:form}``. ``#id`` shares one value
between placeholders of a file (``{seed12#a:half1}`` ... ``{seed12#a:half2}``: one phrase split
over two messages). Names and forms:

* ``seed12`` ``seed15`` ``seed18`` ``seed24`` (English BIP39), ``zh12`` ``zh24`` (Simplified
  Chinese), ``tw12`` (Traditional Chinese); forms: ``comma``, ``newline``, ``numbered``
  ("1. word" lines), ``inline_numbered`` ("1.word 2.word"), ``dash``, ``typo`` (one word
  misspelt), ``typo2``, ``caps`` (capitals, no spaces), ``capsspace``, ``camel``, ``zw`` (zero-width
  spaces between words), ``zwin`` (a zero-width space inside some words), ``fw`` (full-width
  letters), ``cyr`` (Cyrillic look-alike letters), ``nospace``, ``half1``/``half2``,
  ``third1``/``third2``/``third3``;
* ``hex64`` (a private key or tx hash, the template says which), forms ``group8``, ``group4``,
  ``wrap`` (two lines), ``upper``, ``0x``; ``ethaddr``, ``btcaddr``, ``tronaddr``, ``soladdr``,
  ``solsig`` (a Solana transaction signature), ``solkey`` (a Phantom-style base58 64-byte key
  pair), ``solkeyarr`` (the same as a JSON byte array), ``wif``, ``xprv``, ``xpub``;
* ``b32`` (a 16-char base32 2FA secret), ``b32long`` (32 chars), forms ``group``, ``lower``;
  ``apikey`` ``apisecret`` (64 letters and digits), ``uuid``;
* ``code6`` ``code4`` ``code8`` (digits), forms ``spaced``, ``split3``, ``dashed``, ``zhwords``
  (五五八二一零), ``enwords``, ``fw``; ``uid`` (8-10 digits), ``orderid`` (18 digits).

A literal ``\\n`` in a template line stands for a line break inside one message (batch files are
one message per line); the generated values use it too.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mnemonic import Mnemonic  # noqa: E402

from app.guard.base58 import ALPHABET as B58  # noqa: E402
from app.guard.base58 import b58check_encode  # noqa: E402

PLACEHOLDER = re.compile(r"\{(?P<name>[a-z0-9]+)(?:#(?P<id>[a-z0-9]+))?(?::(?P<form>[a-z0-9_]+))?\}")
ZW = "\u200b"
CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}
ZH_DIGITS = "零一二三四五六七八九"
EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _b58(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = []
    while n:
        n, r = divmod(n, 58)
        out.append(B58[r])
    pad = len(data) - len(data.lstrip(b"\x00"))
    return "1" * pad + "".join(reversed(out))


def _typo(word: str, rnd: random.Random) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    i = rnd.randrange(1, len(word)) if len(word) > 1 else 0
    kind = rnd.choice(["drop", "swap", "sub", "add"])
    if kind == "drop" and len(word) > 3:
        return word[:i] + word[i + 1 :]
    if kind == "swap" and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "add":
        return word[:i] + rnd.choice(letters) + word[i:]
    return word[:i] + rnd.choice([c for c in letters if c != word[i]]) + word[i + 1 :]


def _zh_typo(word: str, rnd: random.Random) -> str:
    # a character that is NOT in the wordlist, as a mistyped input-method choice would give
    return rnd.choice("嗯哦呃啊咦唉嘛呗喔哟")


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text)


class Filler:
    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd
        self.shared: dict[str, object] = {}
        self.en = Mnemonic("english")
        self.zh = Mnemonic("chinese_simplified")
        self.tw = Mnemonic("chinese_traditional")

    # --- values -----------------------------------------------------------------------------------
    def value(self, name: str) -> object:
        r = self.rnd
        bits = {"12": 128, "15": 160, "18": 192, "21": 224, "24": 256}
        if name.startswith("seed"):
            return self.en.to_mnemonic(r.randbytes(bits[name[4:]] // 8)).split()
        if name in ("zh12", "zh24"):
            return self.zh.to_mnemonic(r.randbytes(bits[name[2:]] // 8)).split()
        if name == "tw12":
            return self.tw.to_mnemonic(r.randbytes(16)).split()
        if name == "hex64":
            return r.randbytes(32).hex()
        if name == "ethaddr":
            return "0x" + "".join(r.choice("0123456789abcdefABCDEF") for _ in range(40))
        if name == "btcaddr":
            return "bc1q" + "".join(r.choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(38))
        if name == "tronaddr":
            return "T" + "".join(r.choice(B58) for _ in range(33))
        if name == "soladdr":
            return _b58(r.randbytes(32))
        if name == "solsig":
            return _b58(r.randbytes(64))
        if name in ("solkey", "solkeyarr"):
            from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

            seed = r.randbytes(32)
            pub = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()
            return seed + pub
        if name == "wif":
            return b58check_encode(b"\x80" + r.randbytes(32) + (b"\x01" if r.random() < 0.7 else b""))
        if name in ("xprv", "xpub"):
            version = bytes.fromhex("0488ade4" if name == "xprv" else "0488b21e")
            key = b"\x00" + r.randbytes(32) if name == "xprv" else b"\x02" + r.randbytes(32)
            return b58check_encode(version + bytes([r.randrange(4)]) + r.randbytes(8) + r.randbytes(32) + key)
        if name in ("b32", "b32long"):
            n = 16 if name == "b32" else 32
            return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(n))
        if name in ("apikey", "apisecret"):
            return "".join(r.choice(ALNUM) for _ in range(64))
        if name == "uuid":
            h = r.randbytes(16).hex()
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        if name.startswith("code"):
            n = int(name[4:])
            return "".join(r.choice("0123456789") for _ in range(n))
        if name == "uid":
            return str(r.randrange(10**7, 10**10))
        if name == "orderid":
            return str(r.randrange(10**17, 10**18))
        raise ValueError(f"unknown placeholder name {name!r}")

    # --- forms ------------------------------------------------------------------------------------
    def render(self, name: str, value: object, form: str | None) -> str:
        r = self.rnd
        if isinstance(value, list):  # a mnemonic
            return self._phrase(name, list(value), form)
        if isinstance(value, bytes):  # a Solana key pair
            if name == "solkeyarr":
                return json.dumps(list(value), separators=(",", ":"))
            return _b58(value)
        text = str(value)
        if name == "hex64":
            if form == "group8":
                return " ".join(text[i : i + 8] for i in range(0, 64, 8))
            if form == "group4":
                return " ".join(text[i : i + 4] for i in range(0, 64, 4))
            if form == "wrap":
                cut = r.choice([32, 40, 48])
                return text[:cut] + "\\n" + text[cut:]
            if form == "upper":
                return text.upper()
            if form == "0x":
                return "0x" + text
        if name.startswith("b32"):
            if form == "group":
                return " ".join(text[i : i + 4] for i in range(0, len(text), 4))
            if form == "lower":
                return text.lower()
        if name.startswith("code"):
            if form == "spaced":
                return " ".join(text)
            if form == "split3":
                return text[:3] + " " + text[3:]
            if form == "dashed":
                return text[:3] + "-" + text[3:]
            if form == "zhwords":
                return "".join(ZH_DIGITS[int(c)] for c in text)
            if form == "enwords":
                return " ".join(EN_DIGITS[int(c)] for c in text)
            if form == "fw":
                return _fullwidth(text)
        if form is not None and form not in ("plain",):
            raise ValueError(f"form {form!r} does not apply to {name!r}")
        return text

    def _phrase(self, name: str, words: list[str], form: str | None) -> str:
        r = self.rnd
        zh = name.startswith(("zh", "tw"))
        n = len(words)
        if form in ("half1", "half2"):
            return " ".join(words[: n // 2] if form == "half1" else words[n // 2 :])
        if form in ("third1", "third2", "third3"):
            k = int(form[-1]) - 1
            return " ".join(words[k * n // 3 : (k + 1) * n // 3])
        if form == "typo" or form == "typo2":
            picks = r.sample(range(n), 1 if form == "typo" else 2)
            for i in picks:
                words[i] = _zh_typo(words[i], r) if zh else _typo(words[i], r)
            return " ".join(words)
        if form == "comma":
            return ("，" if zh and r.random() < 0.5 else ", ").join(words)
        if form == "newline":
            return "\\n".join(words)
        if form == "numbered":
            return "\\n".join(f"{i}. {w}" for i, w in enumerate(words, 1))
        if form == "inline_numbered":
            return " ".join(f"{i}.{w}" for i, w in enumerate(words, 1))
        if form == "dash":
            return "-".join(words)
        if form == "caps":
            return "".join(words).upper()
        if form == "capsspace":
            return " ".join(words).upper()
        if form == "camel":
            return "".join(w.capitalize() for w in words)
        if form == "zw":
            return ZW.join(words)
        if form == "zwin":
            out = []
            for w in words:
                if len(w) > 3 and r.random() < 0.4:
                    i = r.randrange(1, len(w))
                    w = w[:i] + ZW + w[i:]
                out.append(w)
            return " ".join(out)
        if form == "fw":
            return _fullwidth(" ".join(words))
        if form == "cyr":
            out = []
            swapped = 0
            for w in words:
                if swapped < 3 and r.random() < 0.35 and any(c in CYR for c in w):
                    i = next(i for i, c in enumerate(w) if c in CYR)
                    w = w[:i] + CYR[w[i]] + w[i + 1 :]
                    swapped += 1
                out.append(w)
            if swapped == 0:  # at least one look-alike letter
                i = next(k for k, w in enumerate(out) if any(c in CYR for c in w))
                w = out[i]
                j = next(j for j, c in enumerate(w) if c in CYR)
                out[i] = w[:j] + CYR[w[j]] + w[j + 1 :]
            return " ".join(out)
        if form == "nospace":
            return "".join(words)
        if form is None or form == "plain":
            return " ".join(words)
        raise ValueError(f"form {form!r} does not apply to a phrase")

    def line(self, text: str) -> str:
        def sub(m: re.Match[str]) -> str:
            name, ident, form = m.group("name"), m.group("id"), m.group("form")
            if ident is not None:
                key = f"{name}#{ident}"
                if key not in self.shared:
                    self.shared[key] = self.value(name)
                value = self.shared[key]
            else:
                value = self.value(name)
            return self.render(name, value, form)

        return PLACEHOLDER.sub(sub, text)


def fill(template: Path) -> Path:
    seed = int.from_bytes(hashlib.sha256(template.name.encode()).digest()[:8], "big")
    filler = Filler(random.Random(seed))
    lines = [filler.line(line) for line in template.read_text(encoding="utf-8").splitlines()]
    out = template.with_suffix(".txt")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    for arg in argv:
        path = Path(arg)
        templates = sorted(path.glob("*.tmpl")) if path.is_dir() else [path]
        for t in templates:
            print(fill(t))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
