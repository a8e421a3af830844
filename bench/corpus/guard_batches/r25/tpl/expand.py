"""Expand the hand-written r25 templates into the blind batch files (reproducible, seed 25025).

    .venv/bin/python bench/corpus/guard_batches/r25/tpl/expand.py

Templates (``tpl/<role>_<lang>.tpl``) hold one case per line, written by hand; ``#`` lines are
comments, ``N*`` at the start of a line expands that template N times (fresh values each time).
In ``conversations`` templates a blank line ends a conversation. Placeholders:

* ``{kind}``        a fresh made-up value of that kind (see ``GEN``)
* ``{kind=V}``      the same, also bound to ``V`` for the rest of the case / conversation
* ``{kind~V}``      bound to ``V`` but not written (only parts of it are sent)
* ``{V}``           the bound value again; ``{V.w0-6}`` words 0..5 of it; ``{V.c0-20}`` characters
* ``{pick:a|b|c}``  one of the alternatives

Secrets are marked in the templates themselves (``⟦...⟧``), except the ``*num`` seed kinds, which
mark each word (numbers stay outside the markers). Every random choice comes from one
``random.Random(25025)`` in file order, so a rerun writes the same bytes. Values are made up.
"""

from __future__ import annotations

import base64
import hashlib
import random
import re
import string
import sys
from pathlib import Path

from mnemonic import Mnemonic

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
ORDER = [
    "secrets_en",
    "secrets_zh",
    "ordinary_en",
    "ordinary_zh",
    "conversations_en",
    "conversations_zh",
    "scams_en",
    "scams_zh",
    "replies_en",
    "replies_zh",
    "links_en",
    "links_zh",
]
R = random.Random(25025)
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
MN = {lang: Mnemonic(lang) for lang in ("english", "chinese_simplified", "chinese_traditional")}
L, Rm = "\u27e6", "\u27e7"


def rbytes(n: int) -> bytes:
    return bytes(R.getrandbits(8) for _ in range(n))


def b58(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + s


def b58check(data: bytes) -> str:
    return b58(data + hashlib.sha256(hashlib.sha256(data).digest()).digest()[:4])


def seed(lang: str, words: int) -> list[str]:
    ent = rbytes(16 if words == 12 else (32 if words == 24 else 24))
    phrase = MN[lang].to_mnemonic(ent)
    out = phrase.replace("\u3000", " ").split()
    assert MN[lang].check(" ".join(out)), phrase
    return out


def numbered(words: list[str], style: str) -> str:
    if style == "dot":
        return " ".join(f"{i}. {L}{w}{Rm}" for i, w in enumerate(words, 1))
    if style == "nl":
        return "\\n".join(f"{i}) {L}{w}{Rm}" for i, w in enumerate(words, 1))
    return " ".join(f"{i}-{L}{w}{Rm}" for i, w in enumerate(words, 1))


def hexs(n: int) -> str:
    return rbytes(n).hex()


def password() -> str:
    bases = [
        "Sunshine",
        "dragon",
        "Lily",
        "qwerty",
        "Panda",
        "monkey",
        "Shanghai",
        "Taipei",
        "Kowloon",
        "Bitcoin",
        "moonboy",
        "Tiger",
        "liverpool",
        "Xiaoming",
        "Chelsea",
        "Ferrari",
        "honey",
        "wangwei",
        "hk",
        "Lakers",
        "Sakura",
        "mama",
        "Zhang",
        "ilove",
    ]
    syms = ["", "!", "@", "#", "!!", "$", "_", "."]
    b = R.choice(bases)
    d = str(R.randint(1, 9999)).zfill(R.choice([2, 4]))
    form = R.randint(0, 3)
    if form == 0:
        return f"{b}{d}{R.choice(syms)}"
    if form == 1:
        return f"{R.choice(syms) or '#'}{b}{d}"
    if form == 2:
        return f"{b.lower()}{R.choice(['_', '.', '@'])}{d}{R.choice(string.ascii_uppercase)}"
    return "".join(R.choice(string.ascii_letters + string.digits + "!@#$%") for _ in range(R.randint(10, 16)))


def digits(n: int) -> str:
    return "".join(R.choice(string.digits) for _ in range(n))


EN_D = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZH_D = "零一二三四五六七八九"


def b32(n: int) -> str:
    return base64.b32encode(rbytes(n)).decode().rstrip("=")


def group(s: str, k: int, sep: str = " ") -> str:
    return sep.join(s[i : i + k] for i in range(0, len(s), k))


def xprv() -> str:
    body = (
        bytes.fromhex("0488ade4")
        + bytes([R.choice([0, 3])])
        + rbytes(4)
        + rbytes(4)
        + rbytes(32)
        + b"\0"
        + rbytes(32)
    )
    return b58check(body)


def cn_phone_tail() -> str:
    return digits(4)


GEN = {
    # secrets
    "seed12": lambda: " ".join(seed("english", 12)),
    "seed24": lambda: " ".join(seed("english", 24)),
    "seed18": lambda: " ".join(seed("english", 18)),
    "seed12caps": lambda: " ".join(seed("english", 12)).upper(),
    "seed12comma": lambda: ", ".join(seed("english", 12)),
    "seed12title": lambda: " ".join(w.capitalize() for w in seed("english", 12)),
    "seed12dash": lambda: "-".join(seed("english", 12)),
    "seed12nl": lambda: "\\n".join(seed("english", 12)),
    "seed12num": lambda: numbered(seed("english", 12), "dot"),
    "seed12numnl": lambda: numbered(seed("english", 12), "nl"),
    "seed24num": lambda: numbered(seed("english", 24), "dash"),
    "zhseed12": lambda: " ".join(seed("chinese_simplified", 12)),
    "zhseed12tight": lambda: "".join(seed("chinese_simplified", 12)),
    "zhseed24": lambda: " ".join(seed("chinese_simplified", 24)),
    "zhseed12num": lambda: numbered(seed("chinese_simplified", 12), "dot"),
    "zhseed12comma": lambda: "，".join(seed("chinese_simplified", 12)),
    "twseed12": lambda: " ".join(seed("chinese_traditional", 12)),
    "twseed12tight": lambda: "".join(seed("chinese_traditional", 12)),
    "twseed24": lambda: " ".join(seed("chinese_traditional", 24)),
    "hexkey": lambda: hexs(32),
    "hexkey0x": lambda: "0x" + hexs(32),
    "hexkeyup": lambda: hexs(32).upper(),
    "hexkey8": lambda: group(hexs(32), 8),
    "hexkeywrap": lambda: (lambda h: h[:32] + "\\n" + h[32:])(hexs(32)),
    "wif": lambda: b58check(b"\x80" + rbytes(32) + b"\x01"),
    "wifu": lambda: b58check(b"\x80" + rbytes(32)),
    "xprv": xprv,
    "solkey": lambda: b58(rbytes(64)),
    "apisecret": lambda: hexs(16).upper(),
    "apisecret64": lambda: "".join(R.choice(string.ascii_letters + string.digits) for _ in range(64)),
    "apisecretb64": lambda: base64.b64encode(rbytes(48)).decode(),
    "passphrase": lambda: (
        R.choice(["Mkt", "bot", "Grid", "arb", "Desk", "quant", "Alpha", "hedge"])
        + R.choice(["_", "-", "", "#"])
        + digits(R.choice([3, 4, 6]))
        + R.choice(["", "!", "Xy", "ok", "$"])
    ),
    "totp": lambda: b32(10),
    "totp32": lambda: b32(20),
    "totpgrp": lambda: group(b32(10).lower(), 4),
    "code6": lambda: digits(6),
    "code4": lambda: digits(4),
    "code8": lambda: digits(8),
    "code6sp": lambda: " ".join(group(digits(6), 2).split()),
    "code6dig": lambda: " ".join(digits(6)),
    "code6en": lambda: " ".join(EN_D[int(c)] for c in digits(6)),
    "code6zh": lambda: "".join(ZH_D[int(c)] for c in digits(6)),
    "code6fw": lambda: digits(6).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "yubiotp": lambda: "cccccc" + "".join(R.choice("cbdefghijklnrtuv") for _ in range(38)),
    "token": lambda: base64.urlsafe_b64encode(rbytes(24)).decode(),
    "backup": lambda: group(digits(8), 4, "-"),
    "backupa": lambda: "".join(R.choice(string.ascii_lowercase + string.digits) for _ in range(10)),
    "password": password,
    "pin6": lambda: digits(6),
    # ordinary look-alikes
    "txhash": lambda: hexs(32),
    "txhash0x": lambda: "0x" + hexs(32),
    "btcaddr": lambda: "bc1q" + "".join(R.choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(38)),
    "btclegacy": lambda: b58check(b"\x00" + rbytes(20)),
    "ethaddr": lambda: "0x" + hexs(20),
    "trxaddr": lambda: b58check(b"\x41" + rbytes(20)),
    "soladdr": lambda: b58(rbytes(32)),
    "soltx": lambda: b58(rbytes(64)),
    "uid": lambda: str(R.randint(10**15, 10**18)),
    "uid8": lambda: str(R.randint(10**7, 10**8)),
    "order": lambda: str(R.randint(10**17, 10**19)),
    "p2porder": lambda: "P2P" + digits(12),
    "ticket": lambda: "#" + str(R.randint(1000000, 9999999)),
    "wdid": lambda: "W" + digits(10),
    "amount": lambda: f"{R.randint(1, 9999):,}.{digits(2)}",
    "small": lambda: f"0.{digits(R.choice([3, 4, 5]))}",
    "date": lambda: f"2026-{R.randint(9, 12):02d}-{R.randint(1, 28):02d}",
    "zhdate": lambda: f"{R.randint(9, 12)}月{R.randint(1, 28)}日",
    "time": lambda: f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}",
    "tail4": lambda: digits(4),
    "phonecn": lambda: "1" + R.choice("3578") + digits(1) + "****" + digits(4),
    "promo": lambda: R.choice(["WELCOME", "SPRING", "NEWUSER", "VIP", "XMAS", "HODL"]) + digits(2),
    "antiphish": lambda: (
        R.choice(["Kiwi", "MoonCake", "dodo", "Blue", "panda", "Neko", "Turtle"]) + digits(R.choice([2, 3]))
    ),
    "ip": lambda: f"{R.randint(11, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
    "bankref": lambda: (
        "FT" + digits(6) + "".join(R.choice(string.ascii_uppercase) for _ in range(4)) + digits(4)
    ),
    "hexshort": lambda: hexs(4),
    "memo": lambda: digits(R.choice([6, 9, 10])),
    "version": lambda: f"{R.randint(6, 7)}.{R.randint(0, 40)}.{R.randint(0, 9)}",
    "pct": lambda: f"{R.randint(1, 40)}.{R.randint(0, 9)}%",
    "mins": lambda: str(R.choice([5, 10, 15, 20, 30, 40, 45, 90])),
    "num": lambda: str(R.randint(2, 60)),
}

PH = re.compile(r"\{([^{}]+)\}")


def fill(text: str, env: dict[str, str]) -> str:
    def sub(m: re.Match[str]) -> str:
        body = m.group(1)
        if body.startswith("pick:"):
            return R.choice(body[5:].split("|"))
        if "~" in body:  # bind silently (a secret of which only a part is sent)
            kind, var = body.split("~", 1)
            env[var] = GEN[kind]()
            return ""
        if "=" in body:
            kind, var = body.split("=", 1)
            env[var] = GEN[kind]()
            return env[var]
        if body in GEN:
            return GEN[body]()
        mm = re.fullmatch(r"(\w+)\.([wc])(\d+)-(\d+)", body)
        if mm:
            val = env[mm.group(1)]
            a, b = int(mm.group(3)), int(mm.group(4))
            if mm.group(2) == "w":
                parts = val.split()
                sep = " "
                if len(parts) == 1 and not val.isascii():  # tight Chinese seed: one char a word
                    parts, sep = list(val), ""
                return sep.join(parts[a:b])
            return val[a:b]
        if body in env:
            return env[body]
        raise KeyError(f"unknown placeholder {{{body}}} in: {text}")

    return PH.sub(sub, text)


def expand(name: str) -> list[str]:
    src = (HERE / f"{name}.tpl").read_text(encoding="utf-8").splitlines()
    out: list[str] = []
    if name.startswith("conversations"):
        blocks: list[list[str]] = [[]]
        for line in src:
            if line.startswith("#"):
                continue
            if not line.strip():
                if blocks[-1]:
                    blocks.append([])
                continue
            blocks[-1].append(line)
        for block in blocks:
            if not block:
                continue
            env: dict[str, str] = {}
            out.extend(fill(line, env) for line in block)
            out.append("")
        return out
    for line in src:
        if line.startswith("#") or not line.strip():
            continue
        n = 1
        m = re.match(r"(\d+)\*", line)
        if m:
            n, line = int(m.group(1)), line[m.end() :]
        for _ in range(n):
            out.append(fill(line, {}))
    return out


def main() -> int:
    for name in ORDER:
        lines = expand(name)
        cases = [ln for ln in lines if ln]
        if not name.startswith("conversations"):
            dups = {c for c in cases if cases.count(c) > 1}
            if dups:
                print(f"{name}: duplicate lines: {len(dups)}", file=sys.stderr)
                return 1
        header = f"# r25 {name} - generated by tpl/expand.py (seed 25025) from tpl/{name}.tpl; do not edit\n"
        (OUT / f"{name}.txt").write_text(header + "\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")
        print(f"{name}: {len(cases)} lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
