"""Expand the r29 guard batch templates into the batch files (deterministic).

    .venv/bin/python bench/corpus/guard_batches/r29/tpl/expand.py

Every ``tpl/<role>_<lang>.tpl`` becomes ``../<role>_<lang>.txt``. A template line holds
``{slot}`` names filled with made-up values drawn from ONE ``random.Random(29029)``, so a re-run
gives byte-identical files. A line starting with ``N*`` is emitted N times with fresh values.
Values are cached per block (one line; in ``conversations_*`` one conversation, i.e. up to a
blank line), so ``{seed12_h1}`` and ``{seed12_h2}`` are the two halves of the same phrase.
Lines starting with ``#`` in a template are template comments and are not copied.
All values are invented: random bytes, never real keys, people or numbers.
"""

from __future__ import annotations

import base64
import hashlib
import random
import re
import string
from collections.abc import Callable
from pathlib import Path

from mnemonic import Mnemonic

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
RNG = random.Random(29029)
WORDS = Mnemonic("english")
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
ZH_DIGITS = "零一二三四五六七八九"
EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
SLOT = re.compile(r"\{([a-z0-9_]+)\}")


def rbytes(n: int) -> bytes:
    return bytes(RNG.getrandbits(8) for _ in range(n))


def b58(data: bytes) -> str:
    num = int.from_bytes(data, "big")
    out = ""
    while num:
        num, rem = divmod(num, 58)
        out = B58[rem] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def b58check(data: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(data).digest()).digest()[:4]
    return b58(data + chk)


def seed(n_words: int) -> list[str]:
    return WORDS.to_mnemonic(rbytes(16 if n_words == 12 else 32)).split()


def typo(words: list[str]) -> list[str]:
    out = list(words)
    i = RNG.randrange(len(out))
    w = out[i]
    j = RNG.randrange(1, len(w))
    kind = RNG.choice(["drop", "swap", "double"])
    if kind == "drop":
        w = w[:j] + w[j + 1 :]
    elif kind == "swap" and j < len(w) - 1:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    else:
        w = w[:j] + w[j] + w[j:]
    out[i] = w
    return out


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in s)


def hex_key() -> str:
    return rbytes(32).hex()


def grouped(s: str, n: int, sep: str = " ") -> str:
    return sep.join(s[i : i + n] for i in range(0, len(s), n))


def wif(compressed: bool = True) -> str:
    return b58check(b"\x80" + rbytes(32) + (b"\x01" if compressed else b""))


def xkey(version: bytes, private: bool) -> str:
    depth = bytes([RNG.choice([0, 3, 4])])
    body = depth + rbytes(4) + rbytes(4) + rbytes(32)
    keydata = b"\x00" + rbytes(32) if private else bytes([RNG.choice([2, 3])]) + rbytes(32)
    return b58check(version + body + keydata)


def password() -> str:
    stems = [
        "Harbor",
        "qinghai",
        "Mango",
        "falcon",
        "Lisbon",
        "tiger",
        "Nebula",
        "kestrel",
        "Peony",
        "zhangjia",
        "Orca",
        "winter",
        "Saffron",
        "marble",
        "Juniper",
        "dongfang",
    ]
    syms = "!@#$%&*?_.-"
    style = RNG.randrange(4)
    if style == 0:
        return RNG.choice(stems) + str(RNG.randrange(10, 9999)) + RNG.choice(syms)
    if style == 1:
        return (
            RNG.choice(stems).capitalize()
            + RNG.choice(syms)
            + RNG.choice(stems).lower()
            + str(RNG.randrange(1, 99))
        )
    if style == 2:
        return "".join(
            RNG.choice(string.ascii_letters + string.digits + "!#%") for _ in range(RNG.randrange(11, 17))
        )
    return (
        RNG.choice(stems).lower()
        + "_"
        + str(RNG.randrange(1960, 2010))
        + RNG.choice(syms)
        + RNG.choice("QWXZKV")
    )


def digits(n: int) -> str:
    first = str(RNG.randrange(1, 10))
    return first + "".join(str(RNG.randrange(10)) for _ in range(n - 1))


def api_key() -> str:
    h = rbytes(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{RNG.choice('89ab')}{h[17:20]}-{h[20:32]}"


def btc_addr() -> str:
    return "bc1q" + "".join(RNG.choice(BECH) for _ in range(38))


def tron_addr() -> str:
    return "T" + "".join(RNG.choice(B58) for _ in range(33))


def phone_intl() -> str:
    return RNG.choice(
        [
            f"+44 7700 900{RNG.randrange(100, 999)}",
            f"+1 415 555 0{RNG.randrange(100, 199)}",
            f"+65 8{RNG.randrange(100, 999)} {RNG.randrange(1000, 9999)}",
            f"+971 50 {RNG.randrange(100, 999)} {RNG.randrange(1000, 9999)}",
            f"+852 9{RNG.randrange(100, 999)} {RNG.randrange(1000, 9999)}",
        ]
    )


def phone_cn() -> str:
    return (
        f"1{RNG.choice('3589')}{RNG.randrange(0, 10)} {RNG.randrange(1000, 9999)} {RNG.randrange(1000, 9999)}"
    )


def masked_phone() -> str:
    return f"+{RNG.choice(['44', '65', '86', '852', '1'])} ****{RNG.randrange(1000, 9999)}"


def code_words_en(code: str) -> str:
    return " ".join(EN_DIGITS[int(c)] for c in code)


def code_words_zh(code: str) -> str:
    return "".join(ZH_DIGITS[int(c)] for c in code)


def amount() -> str:
    return f"{RNG.randrange(20, 900) * 1000:,}"


def name_en() -> str:
    return RNG.choice(
        [
            "Marta",
            "Oskar",
            "Priya",
            "Declan",
            "Yusuf",
            "Ingrid",
            "Tomasz",
            "Leila",
            "Hugo",
            "Anouk",
            "Rafael",
            "Sunniva",
            "Kenji",
            "Beatriz",
            "Callum",
        ]
    )


def name_zh() -> str:
    return RNG.choice("王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高") + RNG.choice(
        ["经理", "先生", "女士", "总", "小姐"]
    )


def sub_name() -> str:
    return RNG.choice(
        [
            "desk-arb-01",
            "mm_team_b",
            "quant-hk-3",
            "ops.treasury",
            "fund2-hedge",
            "asia_desk_07",
            "delta-neutral-2",
            "otc-settle",
        ]
    )


def time_slot() -> str:
    return f"{RNG.randrange(0, 24):02d}:{RNG.choice(['00', '15', '30', '45'])}"


def make_slots(block: dict[str, str]) -> dict[str, Callable[[], str]]:
    def cached(key: str, fn: Callable[[], str]) -> str:
        if key not in block:
            block[key] = fn()
        return block[key]

    def s12() -> list[str]:
        return cached("_s12", lambda: " ".join(seed(12))).split()

    def s24() -> list[str]:
        return cached("_s24", lambda: " ".join(seed(24))).split()

    def c6() -> str:
        return cached("_c6", lambda: digits(6))

    def hx() -> str:
        return cached("_hx", hex_key)

    def numbered(words: list[str], sep: str) -> str:
        return sep.join(f"{i}. ⟦{w}⟧" for i, w in enumerate(words, 1))

    return {
        "seed12": lambda: " ".join(s12()),
        "seed24": lambda: " ".join(s24()),
        "seed12_caps": lambda: " ".join(s12()).upper(),
        "seed12_capsjoined": lambda: "".join(s12()).upper(),
        "seed12_title": lambda: " ".join(w.capitalize() for w in s12()),
        "seed12_typo": lambda: " ".join(typo(s12())),
        "seed24_typo": lambda: " ".join(typo(s24())),
        "seed12_comma": lambda: ", ".join(s12()),
        "seed12_dash": lambda: "-".join(s12()),
        "seed12_slash": lambda: " / ".join(s12()),
        "seed12_lines": lambda: "\\n".join(s12()),
        "seed12_rows": lambda: "\\n".join(" ".join(s12()[i : i + 4]) for i in (0, 4, 8)),
        "seed12_zwsp": lambda: "\u200b".join(s12()),
        "seed12_fw": lambda: fullwidth(" ".join(s12())),
        "seed12_cyr": lambda: " ".join(s12()).replace("a", "\u0430", 1),
        "seed12_zhcomma": lambda: "，".join(s12()),
        "seed12_num": lambda: numbered(s12(), " "),
        "seed12_numlines": lambda: numbered(s12(), "\\n"),
        "seed24_num": lambda: numbered(s24(), " "),
        "seed12_h1": lambda: " ".join(s12()[:6]),
        "seed12_h2": lambda: " ".join(s12()[6:]),
        "seed24_h1": lambda: " ".join(s24()[:12]),
        "seed24_h2": lambda: " ".join(s24()[12:]),
        "seed12_q1": lambda: " ".join(s12()[:4]),
        "seed12_q2": lambda: " ".join(s12()[4:8]),
        "seed12_q3": lambda: " ".join(s12()[8:]),
        "hex": hx,
        "hex_0x": lambda: "0x" + hx(),
        "hex_upper": lambda: hx().upper(),
        "hex_g8": lambda: grouped(hx(), 8),
        "hex_g4": lambda: grouped(hx(), 4, "-"),
        "hex_wrap": lambda: hx()[:32] + "\\n" + hx()[32:],
        "hex_h1": lambda: hx()[:32],
        "hex_h2": lambda: hx()[32:],
        "wif": lambda: wif(True),
        "wif_u": lambda: wif(False),
        "xprv": lambda: xkey(b"\x04\x88\xad\xe4", True),
        "tprv": lambda: xkey(b"\x04\x35\x83\x94", True),
        "xpub": lambda: xkey(b"\x04\x88\xb2\x1e", False),
        "zpub": lambda: xkey(b"\x04\xb2\x47\x46", False),
        "sol_key": lambda: b58(rbytes(64)),
        "sol_addr": lambda: b58(rbytes(32)),
        "sol_sig": lambda: b58(rbytes(64)),
        "eth_addr": lambda: "0x" + rbytes(20).hex(),
        "eth_addr_cs": lambda: (
            "0x" + "".join(c.upper() if RNG.random() < 0.5 else c for c in rbytes(20).hex())
        ),
        "btc_addr": btc_addr,
        "tron_addr": tron_addr,
        "tx_hash": lambda: rbytes(32).hex(),
        "tx_0x": lambda: "0x" + rbytes(32).hex(),
        "pubkey_hex": lambda: RNG.choice(["02", "03"]) + rbytes(32).hex(),
        "totp": lambda: "".join(RNG.choice(B32) for _ in range(32)),
        "totp16": lambda: "".join(RNG.choice(B32) for _ in range(16)),
        "totp_g4": lambda: grouped("".join(RNG.choice(B32) for _ in range(32)), 4).lower(),
        "code6": c6,
        "code6b": lambda: digits(6),
        "code4": lambda: digits(4),
        "code8": lambda: digits(8),
        "code6_sp": lambda: " ".join(grouped(c6(), 2).split()),
        "code6_dash": lambda: grouped(c6(), 3, "-"),
        "code6_allsp": lambda: " ".join(c6()),
        "code6_en": lambda: code_words_en(c6()),
        "code6_zh": lambda: code_words_zh(c6()),
        "code6_fw": lambda: fullwidth(c6()),
        "backup": lambda: f"{digits(4)}-{digits(4)}",
        "backup_b32": lambda: (
            "".join(RNG.choice(B32.lower()[:26]) for _ in range(4))
            + "-"
            + "".join(RNG.choice(B32.lower()[:26]) for _ in range(4))
        ),
        "backup_list": lambda: " ".join(f"⟦{digits(4)} {digits(4)}⟧" for _ in range(RNG.randrange(3, 6))),
        "password": lambda: cached("_pw", password),
        "password2": password,
        "password_fw": lambda: fullwidth(password()),
        "pin6": lambda: digits(6),
        "pin4": lambda: digits(4),
        "api_key": lambda: cached("_ak", api_key),
        "api_secret": lambda: cached("_as", lambda: rbytes(16).hex().upper()),
        "api_secret_b64": lambda: base64.b64encode(rbytes(48)).decode(),
        "api_secret_h1": lambda: cached("_as", lambda: rbytes(16).hex().upper())[:16],
        "api_secret_h2": lambda: cached("_as", lambda: rbytes(16).hex().upper())[16:],
        "passphrase": password,
        "antiphish": lambda: (
            RNG.choice(["Lotus", "Blue", "Kite", "Nami", "Orion", "Pixel", "Yuzu"])
            + str(RNG.randrange(10, 999))
        ),
        "antiphish_zh": lambda: (
            RNG.choice(["青山", "月亮", "小鱼", "白鹤", "竹林", "海棠"]) + str(RNG.randrange(10, 99))
        ),
        "uid": lambda: digits(18),
        "uid_short": lambda: digits(9),
        "order_id": lambda: digits(19),
        "ticket": lambda: f"VIP-{RNG.randrange(200000, 999999)}",
        "case_no": lambda: f"#{RNG.randrange(4000000, 9999999)}",
        "amount": amount,
        "btc_amt": lambda: f"{RNG.randrange(5, 480)}.{RNG.randrange(0, 9999):04d}",
        "phone": phone_intl,
        "phone2": phone_intl,
        "phone_cn": phone_cn,
        "phone_mask": masked_phone,
        "email": lambda: (
            f"{RNG.choice(['treasury', 'ops', 'desk', 'finance', 'm.lindqvist', 'cfo', 'wang.j'])}@"
            + RNG.choice(["example.com", "example.org", "example.net"])
        ),
        "name": name_en,
        "name2": name_en,
        "am": lambda: cached("_am", name_en),
        "name_zh": name_zh,
        "am_zh": lambda: cached("_amzh", name_zh),
        "sub": sub_name,
        "time": time_slot,
        "time2": time_slot,
        "date": lambda: f"2026-{RNG.randrange(1, 13):02d}-{RNG.randrange(1, 29):02d}",
        "year": lambda: str(RNG.choice([2024, 2025, 2026])),
        "wallet_id": lambda: f"wlt_{rbytes(6).hex()}",
        "ip": lambda: ".".join(
            [str(RNG.choice([81, 94, 103, 185, 203]))] + [str(RNG.randrange(1, 255)) for _ in range(3)]
        ),
        "ref": lambda: "".join(RNG.choice(string.ascii_uppercase + string.digits) for _ in range(10)),
        "dev_id": lambda: rbytes(8).hex(),
        "ext": lambda: str(RNG.randrange(200, 899)),
    }


def expand_line(line: str, block: dict[str, str]) -> str:
    slots = make_slots(block)

    def fill(m: re.Match[str]) -> str:
        return slots[m.group(1)]()

    return SLOT.sub(fill, line)


def expand_file(tpl: Path) -> list[str]:
    conv = tpl.stem.startswith("conversations")
    out: list[str] = []
    block: dict[str, str] = {}
    for raw in tpl.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#"):
            continue
        if not raw.strip():
            if conv and out and out[-1] != "":
                out.append("")
            block = {}
            continue
        times = 1
        m = re.match(r"^(\d+)\*", raw)
        if m:
            times, raw = int(m.group(1)), raw[m.end() :]
        for _ in range(times):
            if not conv:
                block = {}
            out.append(expand_line(raw, block))
    while out and out[-1] == "":
        out.pop()
    return out


def main() -> None:
    for tpl in sorted(HERE.glob("*.tpl")):
        lines = expand_file(tpl)
        header = f"# generated by tpl/expand.py from tpl/{tpl.name}; do not edit by hand\n"
        (OUT / f"{tpl.stem}.txt").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"{tpl.stem}.txt: {sum(1 for x in lines if x)} cases")


if __name__ == "__main__":
    main()
