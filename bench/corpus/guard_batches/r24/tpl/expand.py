"""Expand the hand-written r24 templates into the batch files (guardeval24, session 12).

    .venv/bin/python bench/corpus/guard_batches/r24/tpl/expand.py

Every ``tpl/<role>_<lang>.tpl`` becomes ``../<role>_<lang>.txt``. Why a generator: the made-up
secrets and the look-alike values (tx hashes, addresses, UIDs ...) must look real (BIP39 seeds
with valid checksums, WIF/xprv with valid base58check) and must be reproducible, so every random
choice is drawn from ONE ``random.Random(24024)``, files in sorted name order, lines in file order.

Template syntax (one case per line, as in the batch format):

* ``{name}``            a fresh made-up value of that kind (see ``KINDS``);
* ``{name@t}``          the same value every time tag ``t`` is used within one case block
                        (a line, or a whole conversation in ``conversations_*``);
* ``{set_name@t}``      draws a value for tag ``t`` and writes nothing (to split it later);
* ``{part@t:i/n}``      the i-th of n slices of the words of the value tagged ``t`` (split seeds);
* ``«a|b|c»``           one of the alternatives (voices, greetings, coins ...);
* ``@N `` at line start  the line is expanded N times, each with fresh values and choices.

Markers ``⟦ ⟧`` are written by hand in the templates around secret placeholders; the only kinds
that write their own markers are the ``*_numbered`` / ``*_lines`` seeds (one marker per word, the
numbers stay outside, as the label rule says).
"""

from __future__ import annotations

import hashlib
import random
import re
import string
from collections.abc import Callable
from pathlib import Path

from mnemonic import Mnemonic

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
RNG = random.Random(24024)

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
MN = {
    "en": Mnemonic("english"),
    "zh": Mnemonic("chinese_simplified"),
    "tw": Mnemonic("chinese_traditional"),
}
ZH_DIGITS = "零一二三四五六七八九"
EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def rbytes(n: int) -> bytes:
    return bytes(RNG.getrandbits(8) for _ in range(n))


def b58encode(b: bytes) -> str:
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk)


def seed(lang: str, words: int) -> str:
    ent = {12: 16, 15: 20, 18: 24, 24: 32}[words]
    return MN[lang].to_mnemonic(rbytes(ent))


def typo(word: str) -> str:
    """One realistic slip in an English word: a doubled, dropped or swapped letter."""
    i = RNG.randrange(1, len(word))
    how = RNG.choice(["drop", "double", "swap"])
    if how == "drop":
        return word[:i] + word[i + 1 :]
    if how == "double":
        return word[:i] + word[i] + word[i:]
    if i == len(word) - 1:
        i -= 1
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def numbered(words: list[str], style: str) -> str:
    if style == "dot":
        return " ".join(f"{k}.⟦{w}⟧" for k, w in enumerate(words, 1))
    if style == "paren":
        return " ".join(f"{k}) ⟦{w}⟧" for k, w in enumerate(words, 1))
    if style == "lines":
        return "\\n".join(f"{k}. ⟦{w}⟧" for k, w in enumerate(words, 1))
    if style == "plain_lines":
        return "\\n".join(f"⟦{w}⟧" for w in words)
    if style == "zh":
        return " ".join(f"{k}、⟦{w}⟧" for k, w in enumerate(words, 1))
    raise ValueError(style)


def password() -> str:
    base = RNG.choice(
        [
            "Sunshine",
            "dragon",
            "Mimi",
            "qwerty",
            "Bitcoin",
            "lovely",
            "Tiger",
            "Jessica",
            "monkey",
            "Liverpool",
            "ahmad",
            "Kucing",
            "putri",
            "Nguyen",
            "shadow",
            "Ferrari",
            "zhang",
            "wangwei",
            "xiaoming",
            "Lily",
            "Maple",
            "Hunter",
            "rosa",
            "Manila",
            "ilovemum",
            "Porsche",
            "batman",
            "Chelsea",
            "pokemon",
            "Suzuki",
        ]
    )
    year = RNG.choice(["", str(RNG.randint(1960, 2024)), str(RNG.randint(1, 99)), "123", "888"])
    sym = RNG.choice(["", "!", "@", "#", "$", "*", "_", "."])
    pw = base + (sym + year if RNG.random() < 0.5 else year + sym)
    if len(pw) < 8:
        pw += str(RNG.randint(10, 999))
    return pw


def strong_password() -> str:
    alphabet = string.ascii_letters + string.digits + "!@#$%^&*"
    return "".join(RNG.choice(alphabet) for _ in range(RNG.randint(12, 18)))


def api_passphrase() -> str:
    return (
        RNG.choice(["Trade", "Bot", "grid", "Moon", "hedge", "Quant", "alpha"])
        + RNG.choice(["_", "#", "-", "@", ""])
        + str(RNG.randint(100, 99999))
        + RNG.choice(["", "x", "Ab", "!"])
    )


def b32_seed(n: int = 32) -> str:
    return "".join(RNG.choice(B32) for _ in range(n))


def grouped(s: str, k: int, sep: str = " ") -> str:
    return sep.join(s[i : i + k] for i in range(0, len(s), k))


def hexs(n: int) -> str:
    return rbytes(n).hex()


def digits(n: int, lead_zero: bool = True) -> str:
    d = "".join(RNG.choice(string.digits) for _ in range(n))
    if not lead_zero and d[0] == "0":
        d = str(RNG.randint(1, 9)) + d[1:]
    return d


def code6() -> str:
    return digits(6)


def masked_email() -> str:
    user = RNG.choice(["ja", "w", "lim", "mk", "chen", "s", "an", "tr", "ho", "ra"])
    dom = RNG.choice(["gmail.com", "qq.com", "163.com", "outlook.com", "yahoo.com.sg", "hotmail.com"])
    return f"{user}***@{dom}"


def amount() -> str:
    kind = RNG.random()
    if kind < 0.3:
        return f"{RNG.randint(10, 20000):,}"
    if kind < 0.6:
        return f"{RNG.uniform(0.001, 5):.4f}"
    return f"{RNG.uniform(10, 9000):.2f}"


def date() -> str:
    m, d = RNG.randint(1, 12), RNG.randint(1, 28)
    return RNG.choice([f"2026-{m:02d}-{d:02d}", f"{d}/{m}/2026", f"{d:02d}.{m:02d}.2026"])


def zh_date() -> str:
    return f"{RNG.randint(1, 12)}月{RNG.randint(1, 28)}日"


def hhmm() -> str:
    return f"{RNG.randint(0, 23):02d}:{RNG.randint(0, 59):02d}"


def btc_addr() -> str:
    chars = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    return "bc1q" + "".join(RNG.choice(chars) for _ in range(38))


def promo() -> str:
    return RNG.choice(["WELCOME", "NEWUSER", "BONUS", "SPRING", "XMAS", "FUTURES", "EARN"]) + str(
        RNG.choice([20, 50, 100, 2026, 88, 10])
    )


def antiphish() -> str:
    return RNG.choice(["Moon", "panda", "Kopi", "lucky", "BLUE", "mango", "ahbeng", "tiger"]) + str(
        RNG.randint(1, 999)
    )


KINDS: dict[str, Callable[[], str]] = {
    # secrets
    "seed12": lambda: seed("en", 12),
    "seed15": lambda: seed("en", 15),
    "seed18": lambda: seed("en", 18),
    "seed24": lambda: seed("en", 24),
    "seed11": lambda: " ".join(seed("en", 12).split()[:11]),
    "seed12_zh": lambda: seed("zh", 12),
    "seed24_zh": lambda: seed("zh", 24),
    "seed12_tw": lambda: seed("tw", 12),
    "seed12_zhnospace": lambda: seed("zh", 12).replace(" ", ""),
    "seed12_caps": lambda: seed("en", 12).upper(),
    "seed12_capsjoined": lambda: seed("en", 12).upper().replace(" ", ""),
    "seed12_comma": lambda: ", ".join(seed("en", 12).split()),
    "seed12_dash": lambda: "-".join(seed("en", 12).split()),
    "seed12_title": lambda: " ".join(w.capitalize() for w in seed("en", 12).split()),
    "seed12_typo": lambda: (lambda ws, i: " ".join([*ws[:i], typo(ws[i]), *ws[i + 1 :]]))(
        seed("en", 12).split(), RNG.randrange(12)
    ),
    "seed12_dot": lambda: numbered(seed("en", 12).split(), "dot"),
    "seed12_paren": lambda: numbered(seed("en", 12).split(), "paren"),
    "seed12_lines": lambda: numbered(seed("en", 12).split(), "lines"),
    "seed12_plainlines": lambda: numbered(seed("en", 12).split(), "plain_lines"),
    "seed24_dot": lambda: numbered(seed("en", 24).split(), "dot"),
    "seed12_zhnum": lambda: numbered(seed("zh", 12).split(), "zh"),
    "seed12_zhlines": lambda: numbered(seed("zh", 12).split(), "lines"),
    "seed12_twnum": lambda: numbered(seed("tw", 12).split(), "zh"),
    "hex64": lambda: hexs(32),
    "hex64_0x": lambda: "0x" + hexs(32),
    "hex64_upper": lambda: hexs(32).upper(),
    "hex64_grp8": lambda: grouped(hexs(32), 8),
    "hex64_wrap": lambda: (lambda h: h[:32] + "\\n" + h[32:])(hexs(32)),
    "sol_key": lambda: b58encode(rbytes(64)),
    "wif": lambda: b58check(b"\x80" + rbytes(32) + b"\x01"),
    "wif_u": lambda: b58check(b"\x80" + rbytes(32)),
    "xprv": lambda: b58check(
        bytes.fromhex("0488ade4") + rbytes(1) + rbytes(4) + rbytes(4) + rbytes(32) + b"\0" + rbytes(32)
    ),
    "api_key": lambda: "-".join([hexs(4), hexs(2), hexs(2), hexs(2), hexs(6)]),
    "api_key_b": lambda: "".join(RNG.choice(string.ascii_letters + string.digits) for _ in range(64)),
    "api_secret": lambda: hexs(16).upper(),
    "api_secret_b": lambda: "".join(RNG.choice(string.ascii_letters + string.digits) for _ in range(64)),
    "api_secret_b64": lambda: __import__("base64").b64encode(rbytes(48)).decode(),
    "api_pass": api_passphrase,
    "totp": lambda: b32_seed(32),
    "totp16": lambda: b32_seed(16),
    "totp_grp": lambda: grouped(b32_seed(32).lower(), 4),
    "code6": code6,
    "code6_sp": lambda: grouped(code6(), 2),
    "code6_sp1": lambda: " ".join(code6()),
    "code6_dash": lambda: (lambda c: c[:3] + "-" + c[3:])(code6()),
    "code4": lambda: digits(4),
    "code8": lambda: digits(8),
    "code6_zhw": lambda: "".join(ZH_DIGITS[int(c)] for c in code6()),
    "code6_enw": lambda: " ".join(EN_DIGITS[int(c)] for c in code6()),
    "code6_fw": lambda: code6().translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "backup": lambda: (
        "".join(RNG.choice(string.ascii_lowercase + string.digits) for _ in range(4))
        + "-"
        + "".join(RNG.choice(string.ascii_lowercase + string.digits) for _ in range(4))
    ),
    "backup10": lambda: digits(10),
    "pw": password,
    "pw_strong": strong_password,
    "pw_fw": lambda: password().translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}),
    "pin6": lambda: digits(6),
    "pin4": lambda: digits(4),
    # ordinary look-alikes
    "txhash": lambda: "0x" + hexs(32),
    "txid": lambda: hexs(32),
    "eth": lambda: "0x" + hexs(20),
    "btc": btc_addr,
    "trx": lambda: "T" + "".join(RNG.choice(B58) for _ in range(33)),
    "sol": lambda: b58encode(rbytes(32)),
    "uid": lambda: digits(RNG.choice([8, 9, 16, 18]), lead_zero=False),
    "order": lambda: digits(RNG.choice([17, 19]), lead_zero=False),
    "ticket": lambda: digits(7, lead_zero=False),
    "memo": lambda: digits(RNG.choice([6, 9, 10]), lead_zero=False),
    "amount": amount,
    "date": date,
    "zhdate": zh_date,
    "time": hhmm,
    "tail4": lambda: digits(4),
    "promo": promo,
    "antiphish": antiphish,
    "email": masked_email,
    "block": lambda: str(RNG.randint(18_000_000, 24_000_000)),
    "price": lambda: f"{RNG.uniform(0.05, 98000):.2f}",
    "pct": lambda: f"{RNG.uniform(0.1, 45):.1f}",
    "lev": lambda: str(RNG.choice([3, 5, 10, 20, 25, 50, 75, 100, 125])),
    "n": lambda: str(RNG.randint(2, 60)),
    "ip": lambda: f"{RNG.randint(1, 223)}.{RNG.randint(0, 255)}.{RNG.randint(0, 255)}.{RNG.randint(1, 254)}",
    "slug": lambda: "".join(
        RNG.choice(string.ascii_lowercase + string.digits) for _ in range(RNG.randint(5, 9))
    ),
}

PLACE = re.compile(r"\{([a-z0-9_]+)(?:@([a-z0-9]+))?(?::(\d+)/(\d+))?\}")
CHOICE = re.compile(r"«([^«»]*)»")


def fill(line: str, tags: dict[str, str]) -> str:
    """Fill one template line: choices first (left to right), then placeholders (left to right)."""
    line = CHOICE.sub(lambda m: RNG.choice(m.group(1).split("|")), line)

    def one(m: re.Match[str]) -> str:
        kind, tag, i, n = m.group(1), m.group(2), m.group(3), m.group(4)
        if kind == "part":
            assert tag is not None and i is not None and n is not None, m.group(0)
            words = tags[tag].split(" ")
            k, parts = int(i), int(n)
            size = -(-len(words) // parts)
            return " ".join(words[(k - 1) * size : k * size])
        if kind.startswith("set_"):
            assert tag is not None, m.group(0)
            tags[tag] = KINDS[kind[4:]]()
            return ""
        if kind not in KINDS:
            raise KeyError(f"unknown placeholder {m.group(0)}")
        if tag is not None:
            if tag not in tags:
                tags[tag] = KINDS[kind]()
            return tags[tag]
        return KINDS[kind]()

    return PLACE.sub(one, line)


def expand(tpl: Path) -> list[str]:
    conv = tpl.stem.startswith("conversations")
    out = [
        f"# generated by tpl/expand.py from tpl/{tpl.name} (random.Random(24024)); do not edit by hand",
    ]
    tags: dict[str, str] = {}
    for raw in tpl.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#"):
            continue
        if not raw.strip():
            tags = {}
            if conv and out[-1] != "":
                out.append("")
            continue
        times, body = 1, raw
        m = re.match(r"@(\d+) (.*)$", raw)
        if m:
            times, body = int(m.group(1)), m.group(2)
        for _ in range(times):
            if not conv:
                tags = {}
            out.append(fill(body, tags))
    while out and out[-1] == "":
        out.pop()
    return out


def main() -> None:
    for tpl in sorted(HERE.glob("*.tpl")):
        lines = expand(tpl)
        (OUT / f"{tpl.stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{tpl.stem}.txt: {sum(1 for x in lines if x and not x.startswith('#'))} lines")


if __name__ == "__main__":
    main()
