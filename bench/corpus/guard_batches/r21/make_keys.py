"""Fill the key-material placeholders of ``tpl/*.tpl`` and write the batch's ``*.txt`` files.

Nobody types a seed phrase, a hex key or a TXID by hand, so the prose of this batch was written
by hand with placeholders and the material is generated here, deterministically (one
``random.Random(21021)``, templates in sorted order). Everything is made up: random entropy,
never a real wallet. Seed phrases use the ``mnemonic`` package's English BIP39 wordlist with a
valid checksum (a transform may then disguise them: capitals, numbering, zero-width spaces,
full-width letters, a Cyrillic look-alike, one misspelt word).

    .venv/bin/python bench/corpus/guard_batches/r21/make_keys.py

Placeholders: ``{{kind}}``, ``{{kind:transform}}``, ``{{kind@name}}`` / ``{{kind@name:transform}}``
(the same value for every use of ``name`` in one file: a seed split over several messages uses
``{{seed12@a:p1/2}}`` then ``{{seed12@a:p2/2}}``). Kinds and transforms are listed in ``KINDS``
and ``seed_form`` / ``hex_form`` below. In the output a line break inside one message is the
two characters ``\\n`` (the loader's convention).
"""

from __future__ import annotations

import base64
import hashlib
import random
import re
from collections.abc import Callable
from pathlib import Path

from mnemonic import Mnemonic

HERE = Path(__file__).resolve().parent
WORDS = Mnemonic("english")
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
CYRILLIC = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "x": "\u0445",
            "i": "\u0456", "y": "\u0443", "j": "\u0458"}
ZW = ("\u200b", "\u200c", "\u200d", "\ufeff")
NUMBERED_START = re.compile(r"\u27e6(1(?:[.)\u3001] ?|: )|\[1\] |#1 |\(1\) )(?=[A-Za-z])")
PLACEHOLDER = re.compile(r"\{\{([a-z0-9]+)(?:@([a-z0-9]+))?(?::([^}]*))?\}\}")


def rbytes(rng: random.Random, n: int) -> bytes:
    return bytes(rng.getrandbits(8) for _ in range(n))


def b58(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def b58check(payload: bytes) -> str:
    return b58(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def bech32_polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def bech32_address(program: bytes, version: int) -> str:
    """A segwit address (bech32 for v0, bech32m for v1), ``bc`` mainnet."""
    acc = bits = 0
    data = [version]
    for b in program:
        acc = acc << 8 | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append(acc >> bits & 31)
    if bits:
        data.append(acc << (5 - bits) & 31)
    hrp = "bc"
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    const = 1 if version == 0 else 0x2BC830A3
    poly = bech32_polymod(expanded + data + [0] * 6) ^ const
    check = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + check)


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in s)


def misspell(rng: random.Random, word: str) -> str:
    """One edit (drop, double or swap a letter) that is no longer a BIP39 word."""
    while True:
        i = rng.randrange(1, len(word))
        how = rng.choice(("drop", "double", "swap"))
        if how == "drop":
            w = word[:i] + word[i + 1 :]
        elif how == "double":
            w = word[:i] + word[i] + word[i:]
        else:
            w = word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
        if w != word and w not in WORDS.wordlist:
            return w


def seed_form(rng: random.Random, phrase: str, form: str) -> str:
    words = phrase.split()
    if form.startswith("p") and "/" in form:  # p2/3: the second of three parts
        k, n = (int(x) for x in form[1:].split("/"))
        size = -(-len(words) // n)
        return " ".join(words[(k - 1) * size : k * size])
    if form.startswith("s") and "-" in form:  # s1-5: words 1..5 (an uneven split)
        a, b = (int(x) for x in form[1:].split("-"))
        return " ".join(words[a - 1 : b])
    forms: dict[str, Callable[[], str]] = {
        "": lambda: phrase,
        "caps": lambda: "".join(w.capitalize() for w in words),
        "upper": lambda: phrase.upper(),
        "title": lambda: " ".join(w.capitalize() for w in words),
        "numbered": lambda: " ".join(f"{i}.{w}" for i, w in enumerate(words, 1)),
        "numparen": lambda: " ".join(f"{i}) {w}" for i, w in enumerate(words, 1)),
        "numzh": lambda: "，".join(f"{i}、{w}" for i, w in enumerate(words, 1)),
        "comma": lambda: ", ".join(words),
        "commazh": lambda: "，".join(words),
        "dash": lambda: "-".join(words),
        "lines": lambda: "\\n".join(words),
        "numlines": lambda: "\\n".join(f"{i}. {w}" for i, w in enumerate(words, 1)),
        "zwsp": lambda: " ".join(w[:1] + rng.choice(ZW) + w[1:] for w in words),
        "zwjoin": lambda: "\u200b".join(words),
        "fullwidth": lambda: fullwidth(phrase),
        "nospace": lambda: "".join(words),
        "semi": lambda: "; ".join(words),
        "slash": lambda: " / ".join(words),
        "dun": lambda: "、".join(words),
        "numcolon": lambda: " ".join(f"{i}: {w}" for i, w in enumerate(words, 1)),
        "numbrack": lambda: " ".join(f"[{i}] {w}" for i, w in enumerate(words, 1)),
        "doublespace": lambda: "  ".join(words),
        "lowerfirstcap": lambda: phrase[:1].upper() + phrase[1:] + ".",
        "pipe": lambda: " | ".join(words),
        "dot": lambda: ".".join(words),
        "nbsp": lambda: "\u00a0".join(words),
        "rows3": lambda: "\\n".join(" ".join(words[i : i + 3]) for i in range(0, len(words), 3)),
        "rows4num": lambda: "\\n".join(
            " ".join(f"{i + k + 1}.{w}" for k, w in enumerate(words[i : i + 4]))
            for i in range(0, len(words), 4)
        ),
        "upperdash": lambda: "-".join(words).upper(),
        "numhash": lambda: " ".join(f"#{i} {w}" for i, w in enumerate(words, 1)),
        "rows6": lambda: "\\n".join(" ".join(words[i : i + 6]) for i in range(0, len(words), 6)),
        "numparen2": lambda: " ".join(f"({i}) {w}" for i, w in enumerate(words, 1)),
        "tabs": lambda: "\t".join(words),
        "upperspaced": lambda: "  ".join(phrase.upper().split()),
    }
    if form in forms:
        return forms[form]()
    if form == "cyrillic":
        idx = [i for i, w in enumerate(words) if any(c in CYRILLIC for c in w)]
        i = rng.choice(idx)
        w = words[i]
        j = rng.choice([k for k, c in enumerate(w) if c in CYRILLIC])
        words[i] = w[:j] + CYRILLIC[w[j]] + w[j + 1 :]
        return " ".join(words)
    if form == "cyrillic2":  # two words, each with one Cyrillic look-alike letter
        idx = [i for i, w in enumerate(words) if any(c in CYRILLIC for c in w)]
        for i in rng.sample(idx, 2):
            w = words[i]
            j = rng.choice([k for k, c in enumerate(w) if c in CYRILLIC])
            words[i] = w[:j] + CYRILLIC[w[j]] + w[j + 1 :]
        return " ".join(words)
    if form == "typo":
        i = rng.randrange(len(words))
        words[i] = misspell(rng, words[i])
        return " ".join(words)
    raise ValueError(f"unknown seed form {form!r}")


def hex_form(h: str, form: str) -> str:
    forms: dict[str, Callable[[], str]] = {
        "": lambda: h,
        "0x": lambda: "0x" + h,
        "upper": lambda: h.upper(),
        "g8": lambda: " ".join(h[i : i + 8] for i in range(0, len(h), 8)),
        "g4": lambda: " ".join(h[i : i + 4] for i in range(0, len(h), 4)),
        "g16dash": lambda: "-".join(h[i : i + 16] for i in range(0, len(h), 16)),
        "wrap": lambda: h[:32] + "\\n" + h[32:],
        "wrap3": lambda: h[:22] + "\\n" + h[22:44] + "\\n" + h[44:],
        "g2": lambda: " ".join(h[i : i + 2] for i in range(0, len(h), 2)),
        "colon": lambda: ":".join(h[i : i + 2] for i in range(0, len(h), 2)),
        "0xupper": lambda: "0x" + h.upper(),
        "g32": lambda: h[:32] + " " + h[32:],
        "g16": lambda: " ".join(h[i : i + 16] for i in range(0, len(h), 16)),
        "0xg4": lambda: "0x" + " ".join(h[i : i + 4] for i in range(0, len(h), 4)),
        "h1": lambda: h[:32],
        "h2": lambda: h[32:],
    }
    return forms[form]()


def b32_form(s: str, form: str) -> str:
    forms: dict[str, Callable[[], str]] = {
        "": lambda: s,
        "lower": lambda: s.lower(),
        "g4": lambda: " ".join(s[i : i + 4] for i in range(0, len(s), 4)),
        "g4dash": lambda: "-".join(s[i : i + 4] for i in range(0, len(s), 4)),
        "g8": lambda: " ".join(s[i : i + 8] for i in range(0, len(s), 8)),
        "lowerg4": lambda: " ".join(s[i : i + 4] for i in range(0, len(s), 4)).lower(),
    }
    return forms[form]()


def make(rng: random.Random, kind: str) -> str:
    """The raw value of one kind (forms are applied afterwards)."""
    seeds = {"seed12": 16, "seed15": 20, "seed18": 24, "seed24": 32}
    if kind in seeds:
        return WORDS.to_mnemonic(rbytes(rng, seeds[kind]))
    if kind in ("hex64", "txid"):
        return rbytes(rng, 32).hex()
    if kind == "sol":  # a 64-byte ed25519 keypair as Phantom exports it
        return b58(rbytes(rng, 64))
    if kind == "solsig":  # a Solana transaction signature: the same 64-byte base58 shape
        return b58(rbytes(rng, 64))
    if kind == "solbytes":  # the CLI's id.json form: 64 numbers
        return "[" + ",".join(str(b) for b in rbytes(rng, 64)) + "]"
    if kind == "solpub":
        return b58(rbytes(rng, 32))
    if kind == "wif":
        return b58check(b"\x80" + rbytes(rng, 32) + b"\x01")
    if kind == "wifu":
        return b58check(b"\x80" + rbytes(rng, 32))
    if kind == "xprv":
        body = b"\x04\x88\xad\xe4" + rbytes(rng, 1 + 4 + 4) + rbytes(rng, 32) + b"\x00" + rbytes(rng, 32)
        return b58check(body)
    if kind == "xpub":
        body = b"\x04\x88\xb2\x1e" + rbytes(rng, 9) + rbytes(rng, 32) + b"\x02" + rbytes(rng, 32)
        return b58check(body)
    if kind == "eth":
        return "0x" + rbytes(rng, 20).hex()
    if kind == "btc":
        return bech32_address(rbytes(rng, 20), 0)
    if kind == "btctr":
        return bech32_address(rbytes(rng, 32), 1)
    if kind == "btclegacy":
        return b58check(b"\x00" + rbytes(rng, 20))
    if kind == "tron":
        return b58check(b"\x41" + rbytes(rng, 20))
    if kind == "apikey":  # a UUID-shaped key id
        h = rbytes(rng, 16).hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    if kind == "apisecret":
        return rbytes(rng, 16).hex().upper()
    if kind == "alnum64":
        return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                       for _ in range(64))
    if kind.startswith("alnum") and kind != "alnum64":  # alnumN: an exchange-style API key/secret
        n = int(kind[5:])
        return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                       for _ in range(n))
    if kind == "b64secret":  # a base64 API secret (32 random bytes)
        return base64.b64encode(rbytes(rng, 32)).decode()
    if kind == "hex32":  # a lower-case 32-digit hex API secret
        return rbytes(rng, 16).hex()
    if kind == "b32":
        return "".join(rng.choice(B32) for _ in range(16))
    if kind == "b32long":
        return "".join(rng.choice(B32) for _ in range(32))
    if kind.startswith("digits"):
        n = int(kind[6:])
        return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    raise ValueError(f"unknown kind {kind!r}")


def fill(rng: random.Random, text: str) -> str:
    named: dict[str, str] = {}

    def one(m: re.Match[str]) -> str:
        kind, name, form = m.group(1), m.group(2), m.group(3) or ""
        if name is not None:
            key = f"{kind}@{name}"
            if key not in named:
                named[key] = make(rng, kind)
            value = named[key]
        else:
            value = make(rng, kind)
        if kind.startswith("seed"):
            return seed_form(rng, value, form)
        if kind in ("hex64", "txid"):
            return hex_form(value, form)
        if kind.startswith("b32"):
            return b32_form(value, form)
        if form == "h1":
            return value[: len(value) // 2]
        if form == "h2":
            return value[len(value) // 2 :]
        if form:
            raise ValueError(f"{kind} takes no form {form!r}")
        return value

    text = PLACEHOLDER.sub(one, text)
    # A numbered seed is marked from its first word: the leading "1." stays outside the marker.
    return NUMBERED_START.sub(lambda m: m.group(1) + "\u27e6", text)


def main() -> None:
    rng = random.Random(21021)
    for tpl in sorted((HERE / "tpl").glob("*.tpl")):
        out = HERE / (tpl.stem + ".txt")
        text = fill(rng, tpl.read_text(encoding="utf-8"))
        if "{{" in text:
            raise ValueError(f"{tpl.name}: a placeholder was not filled")
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out.name}")


if __name__ == "__main__":
    main()
