"""Expand the r27 templates (``tpl/*.tpl``) into the batch files (``../*.txt``).

Every made-up value comes from ONE ``random.Random(27027)`` so that re-running the script
gives byte-identical files. Template syntax, per line (a ``.tpl`` line is one case):

* ``{name}``          - a fresh made-up value from the generator ``name`` (see ``GENERATORS``);
* ``{name#t}``        - the same, and remember it as ``t`` (for the rest of the case/conversation);
  ``{name#t[a:b]}`` / ``{name#t(a:b)}`` remember it and write only a part of it (see below);
* ``{#t}``            - the remembered value again; ``{#t[a:b]}`` its words a..b (split on
  spaces), ``{#t(a:b)}`` its characters a..b - used to split a secret over two messages;
* ``{a|b|c}``         - one of the wordings, chosen at random (wording variety, not values);
* ``*N `` at the start - expand this template N times (different values and wordings each time).

Lines starting with ``##`` are template comments and are dropped; other ``#`` lines are copied.
In ``conversations_*.tpl`` a blank line separates conversations (kept in the output); a
``*N`` before a conversation's first line repeats the whole conversation.

    .venv/bin/python bench/corpus/guard_batches/r27/tpl/expand.py
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
RNG = random.Random(27027)

EN = Mnemonic("english")
ZH = Mnemonic("chinese_simplified")
WORDS = EN.wordlist
WORDSET = set(WORDS)
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
ZH_DIGITS = "零一二三四五六七八九"
EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _b58(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def _b58check(payload: bytes) -> str:
    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return _b58(payload + check)


def _bytes(n: int) -> bytes:
    return bytes(RNG.randrange(256) for _ in range(n))


def _hex(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def _digits(n: int, first_nonzero: bool = True) -> str:
    s = "".join(RNG.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(RNG.randrange(1, 10)) + s[1:]
    return s


# --- seed phrases (valid BIP39 from the mnemonic package) -------------------------------------
def seed(words: int = 12) -> str:
    return EN.to_mnemonic(_bytes(16 if words == 12 else 32))


def seed12() -> str:
    return seed(12)


def seed24() -> str:
    return seed(24)


def seed12_caps() -> str:
    return seed(12).upper()


def seed12_nosp() -> str:
    return "".join(w.capitalize() for w in seed(12).split())


def seed12_comma() -> str:
    return ", ".join(seed(12).split())


def seed12_dash() -> str:
    return "-".join(seed(12).split())


def seed12_slash() -> str:
    return " / ".join(seed(12).split())


def seed12_title() -> str:
    return " ".join(w.capitalize() for w in seed(12).split())


def _misspell(word: str) -> str:
    for _ in range(20):
        i = RNG.randrange(1, len(word))
        kind = RNG.randrange(3)
        if kind == 0:
            bad = word[:i] + word[i + 1 :]
        elif kind == 1:
            bad = word[:i] + RNG.choice("aeioursnt") + word[i:]
        else:
            bad = word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :] if i < len(word) else word
        if bad != word and bad not in WORDSET and len(bad) >= 3:
            return bad
    return word + "e"


def seed12_typo() -> str:
    ws = seed(12).split()
    i = RNG.randrange(12)
    ws[i] = _misspell(ws[i])
    return " ".join(ws)


def seed24_typo() -> str:
    ws = seed(24).split()
    for i in RNG.sample(range(24), 2):
        ws[i] = _misspell(ws[i])
    return " ".join(ws)


def seed12_zw() -> str:
    return "\u200b ".join(seed(12).split())


def seed12_cyr() -> str:
    ws = seed(12).split()
    swap = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440"}
    for _ in range(3):
        i = RNG.randrange(12)
        for latin, cyr in swap.items():
            if latin in ws[i]:
                ws[i] = ws[i].replace(latin, cyr, 1)
                break
    return " ".join(ws)


def seed12_fw() -> str:
    return " ".join("".join(chr(ord(ch) + 0xFEE0) for ch in w) for w in seed(12).split())


def seed12_lines() -> str:
    """Three lines of four words; each line marked on its own (the break is not part of it)."""
    ws = seed(12).split()
    return "⟧\\n⟦".join(" ".join(ws[i : i + 4]) for i in range(0, 12, 4))


def _numbered(ws: list[str], sep: str, fmt: str) -> str:
    return sep.join(fmt.format(n=i + 1, w=f"⟦{w}⟧") for i, w in enumerate(ws))


def seed12_num() -> str:
    """Numbered seed: each word its own marker (the product's ruling)."""
    return _numbered(
        seed(12).split(),
        RNG.choice([" ", "  ", ", "]),
        RNG.choice(["{n}. {w}", "{n}) {w}", "{n}.{w}", "{n}-{w}"]),
    )


def seed12_numlines() -> str:
    return _numbered(seed(12).split(), "\\n", RNG.choice(["{n}. {w}", "{n} {w}", "#{n} {w}"]))


def seed24_num() -> str:
    return _numbered(seed(24).split(), " ", RNG.choice(["{n}.{w}", "{n}: {w}", "({n}) {w}"]))


def seed_zh() -> str:
    return ZH.to_mnemonic(_bytes(16))


# --- private keys ----------------------------------------------------------------------------
def hexkey() -> str:
    return _hex(64)


def hexkey_0x() -> str:
    return "0x" + _hex(64)


def hexkey_up() -> str:
    return _hex(64).upper()


def hexkey_g8() -> str:
    h = _hex(64)
    return " ".join(h[i : i + 8] for i in range(0, 64, 8))


def hexkey_wrap() -> str:
    """Hex key wrapped over two lines; each half marked on its own."""
    h = _hex(64)
    cut = RNG.choice([32, 30, 36, 40])
    return h[:cut] + "⟧\\n⟦" + h[cut:]


def wif() -> str:
    compressed = RNG.random() < 0.7
    payload = b"\x80" + _bytes(32) + (b"\x01" if compressed else b"")
    return _b58check(payload)


def xprv() -> str:
    payload = bytes.fromhex("0488ade4") + bytes([RNG.choice([0, 3, 4])]) + _bytes(4) + _bytes(4)
    payload += _bytes(32) + b"\x00" + _bytes(32)
    return _b58check(payload)


def solkey() -> str:
    return _b58(_bytes(64))


# --- API, 2FA, codes, passwords ---------------------------------------------------------------
def apikey() -> str:
    h = _hex(32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def apisecret() -> str:
    return _hex(32).upper()


def passphrase() -> str:
    base = RNG.choice(
        ["Bot", "grid", "Quant", "alpha", "Night", "lobster", "Kestrel", "hodl", "Mango", "delta"]
    )
    return (
        base
        + RNG.choice(["_", "-", "", "!", "#"])
        + _digits(RNG.choice([3, 4, 5]), False)
        + RNG.choice(["", "x", "Q", "!", "$$"])
    )


def b32() -> str:
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(RNG.choice([16, 32])))


def b32_32() -> str:
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))


def b32g() -> str:
    s = "".join(RNG.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(32))
    return " ".join(s[i : i + 4] for i in range(0, 32, 4))


def code6() -> str:
    return _digits(6, False)


def code8() -> str:
    return _digits(8, False)


def code4() -> str:
    return _digits(4, False)


def code6sp() -> str:
    c = _digits(6, False)
    return RNG.choice([f"{c[:2]} {c[2:4]} {c[4:]}", f"{c[:3]} {c[3:]}", " ".join(c), f"{c[:3]}-{c[3:]}"])


def code_words() -> str:
    return RNG.choice([" ", "-", ", "]).join(EN_DIGITS[int(c)] for c in _digits(6, False))


def code_zh() -> str:
    return "".join(ZH_DIGITS[int(c)] for c in _digits(6, False))


def code_fw() -> str:
    return "".join(chr(ord(c) + 0xFEE0) for c in _digits(6, False))


def backup() -> str:
    kind = RNG.randrange(3)
    if kind == 0:
        return _digits(8, False)
    if kind == 1:
        return f"{_digits(4, False)}-{_digits(4, False)}"
    return "".join(RNG.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))


def pw() -> str:
    stems = [
        "Tiger",
        "marble",
        "Sunflower",
        "kobe",
        "Winter",
        "raccoon",
        "Lisbon",
        "nova",
        "Pepper",
        "okapi",
        "Falcon",
        "biscuit",
        "Harbor",
        "zebra",
        "Cobalt",
        "lantern",
        "Mochi",
        "panda",
        "Violet",
        "quartz",
    ]
    tail = RNG.choice(["#", "!", "@", "_", "$", "", ".", "&"]) + _digits(RNG.choice([2, 3, 4]), False)
    extra = RNG.choice(["", "", "Vault", "x", "Zz", "!", "kk", "Go"])
    return RNG.choice(stems) + tail + extra


def pw_lower() -> str:
    return RNG.choice(
        ["sunshine", "qwerty", "dragon", "monkey", "letmein", "ilovemum", "xiaoming", "wangwei"]
    ) + _digits(RNG.choice([3, 4, 6]), False)


def pw_fw() -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in pw())


def pw_pinyin() -> str:
    return (
        RNG.choice(["woaini", "zhangsan", "liuyang", "chenjie", "huanghe", "xiaolong", "meimei"])
        + RNG.choice(["", "@", "_", "."])
        + _digits(RNG.choice([4, 6]), False)
    )


def pin6() -> str:
    return _digits(6, False)


def aph() -> str:
    return (
        RNG.choice(["Moon", "kiwi", "Blue", "Ducky", "orca", "Sakura", "Nimbus", "Tofu"])
        + RNG.choice(["_", "", "-"])
        + _digits(RNG.choice([2, 3, 4]), False)
    )


def aph_zh() -> str:
    return RNG.choice(["小熊猫", "蓝鲸", "老王家", "阿福", "春天", "柠檬"]) + _digits(
        RNG.choice([2, 3, 4]), False
    )


# --- public / ordinary values -----------------------------------------------------------------
def uid() -> str:
    return _digits(RNG.choice([9, 11, 12, 16]))


def order() -> str:
    return _digits(RNG.choice([18, 19]))


def txid() -> str:
    return _hex(64)


def hexprefix() -> str:
    return "0x" + _hex(RNG.choice([6, 8, 10])) + "..."


def txid_0x() -> str:
    return "0x" + _hex(64)


def eth() -> str:
    return "0x" + "".join(RNG.choice("0123456789abcdefABCDEF") for _ in range(40))


def btc() -> str:
    return "bc1q" + "".join(RNG.choice(BECH32) for _ in range(38))


def trx() -> str:
    return "T" + "".join(RNG.choice(B58) for _ in range(33))


def soladdr() -> str:
    return _b58(_bytes(32))


def ticket() -> str:
    return RNG.choice(["#", "SR-", "T", "case ", "CS"]) + _digits(RNG.choice([6, 7, 8]))


def amt() -> str:
    return RNG.choice(
        [
            f"{RNG.randrange(50, 9000)}",
            f"{RNG.randrange(1, 90)}.{_digits(2, False)}",
            f"0.{_digits(4, False)}",
            f"{RNG.randrange(1, 30)},{_digits(3, False)}",
        ]
    )


def coin() -> str:
    return RNG.choice(["USDT", "BTC", "ETH", "SOL", "TRX", "USDC", "DOGE", "TON", "ARB", "XRP"])


def date() -> str:
    return RNG.choice(
        [
            f"{RNG.randrange(1, 29)} Nov",
            f"2026-{RNG.randrange(9, 13):02d}-{RNG.randrange(1, 29):02d}",
            f"{RNG.randrange(1, 13)}/{RNG.randrange(1, 29)}",
            f"Dec {RNG.randrange(1, 7)}",
        ]
    )


def date_zh() -> str:
    return RNG.choice(
        [
            f"{RNG.randrange(9, 13)}月{RNG.randrange(1, 29)}号",
            f"2026年{RNG.randrange(9, 13)}月{RNG.randrange(1, 29)}日",
            f"{RNG.randrange(10, 13)}.{RNG.randrange(1, 29)}",
            f"上周{RNG.choice('一二三四五六日')}",
        ]
    )


def hhmm() -> str:
    return f"{RNG.randrange(0, 24):02d}:{RNG.randrange(0, 60):02d}"


def phone() -> str:
    return RNG.choice(
        [
            f"+44 7{_digits(3)} {_digits(6, False)}",
            f"+1 ({_digits(3)}) 555-{_digits(4, False)}",
            f"+49 15{_digits(1, False)} {_digits(7, False)}",
            f"+63 9{_digits(2, False)} {_digits(3, False)} {_digits(4, False)}",
        ]
    )


def phone_zh() -> str:
    return RNG.choice(
        [
            f"138{_digits(8, False)}",
            f"+86 139 {_digits(4, False)} {_digits(4, False)}",
            f"1{RNG.choice('3578')}{_digits(1, False)}****{_digits(4, False)}",
            f"+852 {_digits(4)} {_digits(4, False)}",
        ]
    )


def phone_tail() -> str:
    return _digits(4, False)


def name() -> str:
    return RNG.choice(
        [
            "Marta",
            "Dev",
            "Ines",
            "Tomasz",
            "Aisha",
            "Rafael",
            "Nkechi",
            "Oskar",
            "Priya",
            "Lukas",
            "Yara",
            "Bram",
        ]
    )


def name_zh() -> str:
    return RNG.choice(["王", "李", "张", "刘", "陈", "黄", "周", "吴"]) + RNG.choice(
        ["小明", "建国", "丽娟", "志强", "婷", "伟", "秀英", "浩然", "子涵"]
    )


def email() -> str:
    return (
        RNG.choice(["m.kowal", "dev.patel88", "ines_r", "tomek.n", "yara.b", "oskar1990"])
        + "@"
        + RNG.choice(["mail.example", "post.example.org", "inbox.example.net"])
    )


def bip_words() -> str:
    """Two to four BIP39 words that read as ordinary prose (not a seed)."""
    return RNG.choice(
        [
            "abandon",
            "account",
            "access",
            "balance",
            "blame",
            "cancel",
            "option",
            "order",
            "wallet",
            "never",
            "window",
            "fresh",
            "guard",
            "help",
            "phone",
            "support",
        ]
    )


def octet() -> str:
    return str(RNG.randrange(2, 255))


def pct() -> str:
    return f"{RNG.randrange(1, 60)}%"


def vcode_len() -> str:
    return RNG.choice(["6", "six"])


GENERATORS: dict[str, Callable[[], str]] = {
    fn.__name__: fn
    for fn in [
        seed12,
        seed24,
        seed12_caps,
        seed12_nosp,
        seed12_comma,
        seed12_dash,
        seed12_slash,
        seed12_title,
        seed12_typo,
        seed24_typo,
        seed12_zw,
        seed12_cyr,
        seed12_fw,
        seed12_lines,
        seed12_num,
        seed12_numlines,
        seed24_num,
        seed_zh,
        hexkey,
        hexkey_0x,
        hexkey_up,
        hexkey_g8,
        hexkey_wrap,
        wif,
        xprv,
        solkey,
        apikey,
        apisecret,
        passphrase,
        b32,
        b32g,
        b32_32,
        code6,
        code8,
        code4,
        code6sp,
        code_words,
        code_zh,
        code_fw,
        backup,
        pw,
        pw_lower,
        pw_fw,
        pw_pinyin,
        pin6,
        aph,
        aph_zh,
        uid,
        order,
        txid,
        txid_0x,
        hexprefix,
        eth,
        btc,
        trx,
        soladdr,
        ticket,
        amt,
        coin,
        date,
        date_zh,
        hhmm,
        phone,
        phone_zh,
        phone_tail,
        name,
        name_zh,
        email,
        bip_words,
        pct,
        octet,
        vcode_len,
    ]
}

SLOT = re.compile(r"\{([^{}]+)\}")
REF = re.compile(r"^#(\w+)(?:\[(\d*):(\d*)\]|\((\d*):(\d*)\))?$")


def _cut(value: str, a: str, b: str, words: bool) -> str:
    parts: list[str] | str = value.split(" ") if words else value
    lo = int(a) if a else None
    hi = int(b) if b else None
    return " ".join(parts[lo:hi]) if words else value[lo:hi]


def fill(line: str, memo: dict[str, str]) -> str:
    def one(m: re.Match[str]) -> str:
        body = m.group(1)
        if "|" in body:
            return RNG.choice(body.split("|"))
        gen, _, tag = body.partition("#")
        if gen:
            ref = REF.match("#" + tag) if tag else None
            value = GENERATORS[gen]()
            if ref is None:
                return value
            memo[ref.group(1)] = value
        else:
            ref = REF.match(body)
            if ref is None:
                raise ValueError(f"bad slot {{{body}}}")
            value = memo[ref.group(1)]
        if ref.group(2) is not None or ref.group(3) is not None:
            return _cut(value, ref.group(2), ref.group(3), True)
        if ref.group(4) is not None or ref.group(5) is not None:
            return _cut(value, ref.group(4), ref.group(5), False)
        return value

    return SLOT.sub(one, line)


def _times(line: str) -> tuple[int, str]:
    m = re.match(r"^\*(\d+) ", line)
    return (int(m.group(1)), line[m.end() :]) if m else (1, line)


def expand_lines(text: str) -> list[str]:
    out: list[str] = []
    for raw in text.splitlines():
        if raw.startswith("##") or not raw.strip():
            continue
        if raw.startswith("#"):
            out.append(raw)
            continue
        n, line = _times(raw)
        out.extend(fill(line, {}) for _ in range(n))
    return out


def expand_conversations(text: str) -> list[str]:
    blocks: list[list[str]] = [[]]
    for raw in text.splitlines():
        if raw.startswith("##"):
            continue
        if not raw.strip():
            if blocks[-1]:
                blocks.append([])
            continue
        blocks[-1].append(raw)
    out: list[str] = []
    for block in blocks:
        if not block:
            continue
        n, first = _times(block[0])
        for _ in range(n):
            memo: dict[str, str] = {}
            out.extend(fill(line, memo) for line in [first, *block[1:]])
            out.append("")
    return out[:-1] if out and out[-1] == "" else out


def main() -> None:
    for tpl in sorted(HERE.glob("*.tpl")):
        text = tpl.read_text(encoding="utf-8")
        lines = expand_conversations(text) if tpl.stem.startswith("conversations") else expand_lines(text)
        (OUT / f"{tpl.stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        cases = sum(1 for x in lines if x.strip() and not x.startswith("#"))
        print(f"{tpl.stem}.txt: {cases} cases")


if __name__ == "__main__":
    main()
