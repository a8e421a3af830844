"""Expand the r23 templates (``*.tpl``) into the batch files (``../<role>_<lang>.txt``).

Why a script: the cases need many made-up secrets (BIP39 seeds with real checksums, hex and base58
keys, base32 2FA seeds, codes) and hand-typing them would repeat the same few shapes. Every random
choice comes from one ``random.Random(23023)`` in file order, so the batch is reproducible:

    .venv/bin/python bench/corpus/guard_batches/r23/tpl/expand.py

Template syntax: one case per line, ``{name}`` or ``{name:arg:arg}`` is replaced by a generated
value (see ``GEN``); the markers ``⟦ ⟧`` are written in the template itself, around the placeholder.
A line starting with ``@N `` is expanded N times (fresh values each time). ``#`` lines and blank
lines are copied (blank lines end a conversation). ``{lb}`` / ``{rb}`` are literal braces.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable
from pathlib import Path

from mnemonic import Mnemonic

R = random.Random(23023)
HERE = Path(__file__).resolve().parent
OUT = HERE.parent
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
WL = {k: Mnemonic(k) for k in ("english", "chinese_simplified", "chinese_traditional")}


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


def rbytes(n: int) -> bytes:
    return bytes(R.randrange(256) for _ in range(n))


def words(n: int, lang: str = "english") -> list[str]:
    bits = {12: 16, 15: 20, 18: 24, 21: 28, 24: 32}[n]
    return WL[lang].to_mnemonic(rbytes(bits)).split()


def typo(w: str) -> str:
    i = R.randrange(1, len(w))
    op = R.choice("dsx")
    if op == "d":
        return w[:i] + w[i + 1 :]
    if op == "s" and i < len(w) - 1:
        return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    return w[:i] + R.choice("aeiounrst") + w[i:]


def seed(n: str = "12", style: str = "plain") -> str:
    """An English seed phrase, written the way customers paste it."""
    ws = words(int(n))
    if style == "typo":
        j = R.randrange(len(ws))
        ws[j] = typo(ws[j])
        return " ".join(ws)
    if style == "typo2":
        for j in R.sample(range(len(ws)), 2):
            ws[j] = typo(ws[j])
        return " ".join(ws)
    if style == "missing":
        del ws[R.randrange(len(ws))]
        return " ".join(ws)
    if style == "caps":
        return " ".join(ws).upper()
    if style == "nospace":
        return "".join(ws)
    if style == "capsnospace":
        return "".join(ws).upper()
    if style == "title":
        return " ".join(w.capitalize() for w in ws)
    # numbered styles mark each word (the numbers are not the secret): no markers around them
    if style == "num":
        return " ".join(f"{i}.⟦{w}⟧" for i, w in enumerate(ws, 1))
    if style == "numparen":
        return " ".join(f"{i}) ⟦{w}⟧" for i, w in enumerate(ws, 1))
    if style == "numnl":
        return "\\n".join(f"{i}. ⟦{w}⟧" for i, w in enumerate(ws, 1))
    if style == "nl":
        return "\\n".join(ws)
    if style == "rows":
        return "\\n".join(" ".join(ws[i : i + 4]) for i in range(0, len(ws), 4))
    if style == "comma":
        return ", ".join(ws)
    if style == "dash":
        return "-".join(ws)
    if style == "zw":  # zero-width spaces pasted from a web page, between and inside words
        zw = [w[:2] + "\u200b" + w[2:] if R.random() < 0.3 else w for w in ws]
        return " \u200b".join(zw)
    if style == "fullwidth":  # a phone keyboard in full-width mode
        return "\u3000".join("".join(chr(ord(c) + 0xFEE0) for c in w) for w in ws)
    if style == "cyr":  # one or two Latin letters replaced by their Cyrillic look-alikes
        cyr = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у"}
        for j in R.sample(range(len(ws)), 2):
            ws[j] = "".join(cyr.get(c, c) for c in ws[j])
        return " ".join(ws)
    if style == "first6":
        return " ".join(ws[:6])
    if style == "last6":
        return " ".join(ws[6:12])
    return " ".join(ws)


def half(part: str = "a", n: str = "12") -> str:
    """Halves of one seed: ``{half:a}`` draws a new seed and returns its first half,
    ``{half:b}`` the second half of the same seed (``{half:a:sol}``: a base58 key cut in two)."""
    global _HALF
    if part == "a" and n == "sol":
        k = sol()
        _HALF = [k[: len(k) // 2], k[len(k) // 2 :]]
        return _HALF[0]
    if part == "b" and n == "sol":
        return _HALF[1]
    if part == "a":
        _HALF = words(int(n))
        return " ".join(_HALF[: len(_HALF) // 2])
    return " ".join(_HALF[len(_HALF) // 2 :])


_HALF: list[str] = []


def zseed(n: str = "12", style: str = "plain", script: str = "s") -> str:
    lang = "chinese_traditional" if script == "t" else "chinese_simplified"
    ws = words(int(n), lang)
    if style == "nospace":
        return "".join(ws)
    if style == "num":  # each word marked, as in seed()
        return " ".join(f"{i}.⟦{w}⟧" for i, w in enumerate(ws, 1))
    if style == "comma":
        return "，".join(ws)
    if style == "nl":
        return "\\n".join(ws)
    if style == "missing":
        del ws[R.randrange(len(ws))]
        return " ".join(ws)
    return " ".join(ws)


def hexkey(style: str = "plain") -> str:
    h = rbytes(32).hex()
    if style == "0x":
        return "0x" + h
    if style == "upper":
        return h.upper()
    if style == "g8":
        return " ".join(h[i : i + 8] for i in range(0, 64, 8))
    if style == "g4":
        return " ".join(h[i : i + 4] for i in range(0, 64, 4))
    if style == "wrap":
        cut = R.randrange(24, 44)
        return h[:cut] + "\\n" + h[cut:]
    if style == "wrap0x":
        return "0x" + h[:32] + "\\n" + h[32:]
    return h


def sol() -> str:
    return b58(rbytes(64))


def wif() -> str:
    return b58check(b"\x80" + rbytes(32) + b"\x01")


def xprv() -> str:
    data = bytes.fromhex("0488ade4") + b"\0" * 9 + rbytes(32) + b"\0" + rbytes(32)
    return b58check(data)


def alnum(n: str = "32", case: str = "mixed") -> str:
    chars = {
        "mixed": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
        "lower": "abcdefghijklmnopqrstuvwxyz0123456789",
        "upper": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    }[case]
    return "".join(R.choice(chars) for _ in range(int(n)))


def hx(n: str = "64", case: str = "lower") -> str:
    s = "".join(R.choice("0123456789abcdef") for _ in range(int(n)))
    return s.upper() if case == "upper" else s


def uuid() -> str:
    h = hx("32")
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b32(n: str = "32", style: str = "plain") -> str:
    s = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(int(n)))
    if style == "g4":
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if style == "lower":
        return s.lower()
    if style == "lowerg4":
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4)).lower()
    return s


ZH = "零一二三四五六七八九"
ZHT = "洞幺两三四五六拐八勾"
EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
FW = "０１２３４５６７８９"


def code(n: str = "6", style: str = "plain") -> str:
    d = "".join(R.choice("0123456789") for _ in range(int(n)))
    if d[0] == "0" and style == "words":
        d = "7" + d[1:]
    if style == "spaced":
        return " ".join(d)
    if style == "pairs":
        return " ".join(d[i : i + 2] for i in range(0, len(d), 2))
    if style == "halves":
        return d[: len(d) // 2] + " " + d[len(d) // 2 :]
    if style == "dash":
        return d[: len(d) // 2] + "-" + d[len(d) // 2 :]
    if style == "words":
        return " ".join(EN[int(c)] for c in d)
    if style == "wordsdash":
        return "-".join(EN[int(c)] for c in d)
    if style == "zh":
        return "".join(ZH[int(c)] for c in d)
    if style == "zhspaced":
        return " ".join(ZH[int(c)] for c in d)
    if style == "zhtalk":  # 幺 for 1, 两 for 2, 洞 for 0 (how people read digits aloud)
        return "".join(ZHT[int(c)] if c in "012" else ZH[int(c)] for c in d)
    if style == "fw":
        return "".join(FW[int(c)] for c in d)
    if style == "fwspaced":
        return " ".join(FW[int(c)] for c in d)
    return d


def pw(style: str = "human") -> str:
    """A made-up password in the shapes people choose."""
    base = R.choice(
        [
            "Sunflower",
            "tigger",
            "Qwerty",
            "mango",
            "Rocket",
            "dragon",
            "Lily",
            "Bitcoin",
            "shanghai",
            "Panda",
            "moonlight",
            "Kitty",
            "liverpool",
            "Fenghuang",
            "xiaoyu",
            "Summer",
            "wangwei",
            "Zhuzhu",
            "hunter",
            "Arsenal",
            "chenchen",
            "Maple",
        ]
    )
    num = str(R.randrange(10, 9999))
    sym = R.choice(["!", "@", "#", "$", "*", "", "_", "."])
    if style == "random":
        return alnum(str(R.randrange(12, 18)))
    if style == "fw":
        s = base + num + sym
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)
    if style == "lower":
        return (base + num).lower()
    return R.choice([base + num + sym, base + sym + num, num + base + sym, base.lower() + "_" + num])


def digits(n: str = "8") -> str:
    return str(R.randrange(1, 10)) + "".join(R.choice("0123456789") for _ in range(int(n) - 1))


def btc() -> str:
    return b58check(b"\x00" + rbytes(20))


def trx() -> str:
    return b58check(b"\x41" + rbytes(20))


def soladdr() -> str:
    return b58(rbytes(32))


def bech() -> str:
    return "bc1q" + "".join(R.choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(38))


def pick(*opts: str) -> str:
    return R.choice(opts)


GEN: dict[str, Callable[..., str]] = {
    "seed": seed,
    "half": half,
    "zseed": zseed,
    "hex": hexkey,
    "sol": sol,
    "wif": wif,
    "xprv": xprv,
    "alnum": alnum,
    "hx": hx,
    "uuid": uuid,
    "b32": b32,
    "code": code,
    "pw": pw,
    "digits": digits,
    "btc": btc,
    "trx": trx,
    "pick": pick,
    "lb": lambda: "{",
    "rb": lambda: "}",
    "soladdr": soladdr,
    "bech": bech,
}
PH = re.compile(r"\{([a-z0-9]+)((?::[^{}:]*)*)\}")


def fill(line: str) -> str:
    def sub(m: re.Match[str]) -> str:
        args = [a for a in m.group(2).split(":")[1:]]
        return GEN[m.group(1)](*args)

    while PH.search(line):  # innermost first: {code:6:{pick:zh:fw}}
        line = PH.sub(sub, line)
    return line


def expand(tpl: Path) -> list[str]:
    out: list[str] = []
    for raw in tpl.read_text(encoding="utf-8").splitlines():
        m = re.match(r"@(\d+) (.*)", raw)
        n, body = (int(m.group(1)), m.group(2)) if m else (1, raw)
        for _ in range(n):
            out.append(fill(body) if body and not body.startswith("#") else body)
    return out


def main() -> None:
    for tpl in sorted(HERE.glob("*.tpl")):
        lines = expand(tpl)
        (OUT / (tpl.stem + ".txt")).write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")
        cases = sum(1 for x in lines if x.strip() and not x.startswith("#"))
        print(f"{tpl.stem}.txt: {cases} lines")


if __name__ == "__main__":
    main()
