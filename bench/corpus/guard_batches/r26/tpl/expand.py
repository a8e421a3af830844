"""Expand the hand-written r26 templates into batch files (reproducible, seed 26026).

Every ``{name}`` in a template is filled by the generator of that name below. All random
choices come from one ``random.Random(26026)``, consumed in file order, so running this again
gives byte-identical files. Values are made up; seeds are valid BIP39 (checksum) phrases.

    .venv/bin/python bench/corpus/guard_batches/r26/tpl/expand.py
"""

from __future__ import annotations

import hashlib
import re
import string
from pathlib import Path
from random import Random

from mnemonic import Mnemonic

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
RNG = Random(26026)
FILES = [
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
WORDLISTS = {
    "en": Mnemonic("english"),
    "zh": Mnemonic("chinese_simplified"),
    "tw": Mnemonic("chinese_traditional"),
}
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_state: dict[str, list[str]] = {}


def _bytes(n: int) -> bytes:
    return bytes(RNG.getrandbits(8) for _ in range(n))


def _b58(raw: bytes) -> str:
    num = int.from_bytes(raw, "big")
    out = ""
    while num:
        num, rem = divmod(num, 58)
        out = B58[rem] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def _b58check(raw: bytes) -> str:
    return _b58(raw + hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4])


def _words(lang: str, n: int) -> list[str]:
    ent = _bytes(16 if n == 12 else 32)
    return WORDLISTS[lang].to_mnemonic(ent).split(" ")


def _sep(lang: str) -> str:
    return " "


def seed12() -> str:
    return " ".join(_words("en", 12))


def seed24() -> str:
    return " ".join(_words("en", 24))


def seed12_zh() -> str:
    return " ".join(_words("zh", 12))


def seed12_tw() -> str:
    return " ".join(_words("tw", 12))


def seed12_zhtight() -> str:
    return "".join(_words("zh", 12))


def seed12_caps() -> str:
    return "".join(_words("en", 12)).upper()


def seed12_comma() -> str:
    return ", ".join(_words("en", 12))


def seed12_lines() -> str:
    return "\\n".join(_words("en", 12))


def seed12_typo() -> str:
    ws = _words("en", 12)
    i = RNG.randrange(12)
    w = ws[i]
    j = RNG.randrange(1, len(w))
    ws[i] = w[:j] + w[j + 1 :] if len(w) > 4 else w + w[-1]
    return " ".join(ws)


def _numbered(lang: str, style: str) -> str:
    ws = _words(lang, 12)
    return style.join(f"{i}. ⟦{w}⟧" for i, w in enumerate(ws, 1))


def seed12_num() -> str:
    return _numbered("en", " ")


def seed12_numlines() -> str:
    return _numbered("en", "\\n")


def seed12_zhnum() -> str:
    return _numbered("zh", " ")


def _split(lang: str, n: int, parts: int) -> str:
    ws = _words(lang, n)
    k = n // parts
    chunks = [ws[i * k : (i + 1) * k] for i in range(parts)]
    _state["split"] = [" ".join(c) for c in chunks[1:]]
    return " ".join(chunks[0])


def split12_2() -> str:
    return _split("en", 12, 2)


def split12_3() -> str:
    return _split("en", 12, 3)


def split12zh_2() -> str:
    return _split("zh", 12, 2)


def split12tw_2() -> str:
    return _split("tw", 12, 2)


def split12zh_3() -> str:
    return _split("zh", 12, 3)


def split24_2() -> str:
    return _split("en", 24, 2)


def next_part() -> str:
    return _state["split"].pop(0)


def hex64() -> str:
    return _bytes(32).hex()


def hex64_0x() -> str:
    return "0x" + _bytes(32).hex()


def hex64_up() -> str:
    return _bytes(32).hex().upper()


def hex_grouped() -> str:
    h = _bytes(32).hex()
    return " ".join(h[i : i + 8] for i in range(0, 64, 8))


def hex_wrapped() -> str:
    h = _bytes(32).hex()
    return h[:32] + "\\n" + h[32:]


def hex_half1() -> str:
    h = _bytes(32).hex()
    _state["hex"] = [h[32:]]
    return h[:32]


def hex_half2() -> str:
    return _state["hex"].pop(0)


def sol_key() -> str:
    return _b58(b"\x01" + _bytes(63))[:88]


def wif() -> str:
    return _b58check(b"\x80" + _bytes(32) + b"\x01")


def wif_u() -> str:
    return _b58check(b"\x80" + _bytes(32))


def xprv() -> str:
    return _b58check(bytes.fromhex("0488ade4") + _bytes(9) + _bytes(32) + b"\x00" + _bytes(32))


def api_key() -> str:
    h = _bytes(16).hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def api_secret() -> str:
    return _bytes(16).hex().upper()


def api_secret_b64() -> str:
    import base64

    return base64.b64encode(_bytes(48)).decode()


def passphrase() -> str:
    a = RNG.choice(["Moon", "Lambo", "Hodl", "Tiger", "Kopi", "Jollof", "Mango", "Panda", "Rocket"])
    b = RNG.choice(["!", "@", "#", "$", "_", "*"])
    return f"{a}{b}{RNG.randint(10, 9999)}{RNG.choice(['x', 'Q', 'zz', 'K'])}"


def b32() -> str:
    return "".join(RNG.choice(B32) for _ in range(32))


def b32_grouped() -> str:
    s = "".join(RNG.choice(B32) for _ in range(32)).lower()
    return " ".join(s[i : i + 4] for i in range(0, 32, 4))


def b32_16() -> str:
    return "".join(RNG.choice(B32) for _ in range(16))


def code6() -> str:
    return f"{RNG.randint(0, 999999):06d}"


def code4() -> str:
    return f"{RNG.randint(1000, 9999)}"


def code6_sp() -> str:
    c = code6()
    return RNG.choice([f"{c[:3]} {c[3:]}", " ".join(c), f"{c[:2]} {c[2:4]} {c[4:]}", f"{c[:3]}-{c[3:]}"])


EN_DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZH_DIG = "零一二三四五六七八九"


def code_words_en() -> str:
    return " ".join(EN_DIG[int(d)] for d in code6())


def code_words_zh() -> str:
    return "".join(ZH_DIG[int(d)] for d in code6())


def code_fw() -> str:
    return code6().translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def backup() -> str:
    return f"{RNG.randint(0, 99999999):08d}"


def backup_dash() -> str:
    return f"{RNG.randint(0, 9999):04d}-{RNG.randint(0, 9999):04d}"


def backups3() -> str:
    return "⟧ ⟦".join(backup_dash() for _ in range(3))


def pin6() -> str:
    return f"{RNG.randint(0, 999999):06d}"


WORDS_PW = [
    "sunshine",
    "Ikeja",
    "Manila",
    "tampines",
    "chennai",
    "bitcoin",
    "dragon",
    "Adebayo",
    "Mahal",
    "ilovemum",
    "liverpool",
    "makati",
    "kopitiam",
    "meimei",
    "xiaoming",
    "taipei101",
    "wongtaisin",
    "qwerty",
    "Princess",
    "Lagos",
]


def password() -> str:
    w = RNG.choice(WORDS_PW)
    style = RNG.randrange(5)
    if style == 0:
        return f"{w.capitalize()}@{RNG.randint(1980, 2026)}"
    if style == 1:
        return f"{w}{RNG.randint(100, 999)}{RNG.choice('!#$*')}"
    if style == 2:
        return f"{w.upper()}_{RNG.randint(10, 99)}"
    if style == 3:
        return f"{RNG.choice(['Tt', 'Zx', 'Ab'])}{RNG.randint(1000, 99999)}{w[:3]}"
    return "".join(RNG.choice(string.ascii_letters + string.digits) for _ in range(11))


def password_zh() -> str:
    return (
        RNG.choice(["wang", "li", "zhang", "chen", "ah", "lin", "huang"])
        + RNG.choice(["88888", "520", "1314", "666", "19890604", "2580", "123qwe"])
        + RNG.choice(["", "!", ".", "@"])
    )


def password_fw() -> str:
    p = password()
    return "".join(chr(ord(c) + 0xFEE0) if 33 <= ord(c) <= 126 else c for c in p)


# --- ordinary look-alikes -------------------------------------------------------------------


def txhash() -> str:
    return "0x" + _bytes(32).hex()


def txid() -> str:
    return _bytes(32).hex()


def txid_short() -> str:
    h = _bytes(32).hex()
    return f"{h[:6]}...{h[-4:]}"


def eth_addr() -> str:
    return "0x" + _bytes(20).hex()


def btc_addr() -> str:
    return "bc1q" + "".join(RNG.choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(38))


def trx_addr() -> str:
    return _b58check(b"\x41" + _bytes(20))


def sol_addr() -> str:
    return _b58(b"\x05" + _bytes(31))


def uid() -> str:
    return str(RNG.randint(10**15, 10**18 - 1))


def uid8() -> str:
    return str(RNG.randint(10**7, 10**9 - 1))


def order_id() -> str:
    return str(RNG.randint(6 * 10**17, 7 * 10**17))


def pos_id() -> str:
    return str(RNG.randint(5 * 10**17, 6 * 10**17))


def ticket() -> str:
    return f"{RNG.randint(2600000, 2699999)}"


def amount() -> str:
    return f"{RNG.uniform(0.01, 90000):,.2f}"


def btc_amt() -> str:
    return f"{RNG.uniform(0.001, 12):.4f}"


def price() -> str:
    return f"{RNG.uniform(41000, 62000):,.1f}"


def eth_price() -> str:
    return f"{RNG.uniform(1700, 2600):,.2f}"


def lev() -> str:
    return RNG.choice(["3x", "5x", "10x", "20x", "25x", "50x", "75x", "100x", "125x"])


def pct() -> str:
    return f"{RNG.uniform(5, 95):.1f}%"


def date() -> str:
    return f"2026-12-{RNG.randint(5, 7):02d} {RNG.randint(0, 23):02d}:{RNG.randint(0, 59):02d}"


def hhmm() -> str:
    return f"{RNG.randint(0, 23):02d}:{RNG.randint(0, 59):02d}"


def phone_tail() -> str:
    return f"{RNG.randint(0, 9999):04d}"


def promo() -> str:
    return RNG.choice(["CRASH50", "SAFU2026", "WINTER10", "NEWYEAR26", "FEEFREE7", "VIPDEC"]) + str(
        RNG.randint(1, 9)
    )


def antiphish() -> str:
    return RNG.choice(
        ["bluewhale", "Mango88", "kopi-o", "阿强", "tiger2026", "LAGOS_boy", "饺子", "sunflower"]
    )


def errcode() -> str:
    return RNG.choice(["E5013", "ERR_51008", "50011", "code 58350", "E-1047", "58207", "ERR-CONGESTION-3"])


def memo() -> str:
    return str(RNG.randint(100000000, 999999999))


def ref() -> str:
    return f"TRF{RNG.randint(10**11, 10**12 - 1)}"


def agent() -> str:
    return RNG.choice(
        ["Mia", "Arjun", "Chidi", "Liza", "Wei", "Nadia", "Ken", "Ana", "小林", "阿杰", "Joyce"]
    )


def cname() -> str:
    return RNG.choice(
        [
            "Mr. Tan",
            "Ms. Okafor",
            "Mr. Reddy",
            "Maria",
            "Kevin",
            "Mrs. Adeyemi",
            "Mr. Lim",
            "陈先生",
            "王女士",
            "黄生",
            "林小姐",
        ]
    )


GEN = {k: v for k, v in globals().items() if callable(v) and not k.startswith("_") and k.islower()}


def expand_line(line: str) -> str:
    def fill(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in GEN:
            raise SystemExit(f"unknown placeholder {{{name}}}")
        return str(GEN[name]())

    return re.sub(r"\{([a-z0-9_]+)\}", fill, line)


def main() -> None:
    for name in FILES:
        tpl = HERE / f"{name}.tpl"
        if not tpl.exists():
            continue
        out: list[str] = [f"# r26 (guardeval26): generated from tpl/{name}.tpl by tpl/expand.py, seed 26026"]
        seen: set[str] = set()
        for raw in tpl.read_text(encoding="utf-8").splitlines():
            if raw.startswith("#"):
                continue
            line = expand_line(raw.rstrip())
            if line and line in seen:
                raise SystemExit(f"duplicate case in {name}: {raw[:40]}")
            seen.add(line)
            out.append(line)
        while out and not out[-1]:
            out.pop()
        (OUT / f"{name}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
