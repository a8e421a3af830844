"""Expand the r28 guard batch templates into the batch files (deterministic).

Every ``tpl/<role>_<lang>.tpl`` becomes ``../<role>_<lang>.txt``. A template line may hold
``{slot}`` names (made-up values, see ``SLOTS``) and ``[[a~b~c]]`` wording choices. Within one
template unit (a line, or a conversation block in ``conversations_*.tpl``) the same slot name
gives the same value; a slot name plus one digit (``{pw2}``, ``{seed122}``) is a second,
different value; ``{seed12_h1}`` / ``{seed12_h2}`` are the two halves of one ``{seed12}``.
A ``#! repeat N`` line asks for up to N distinct expansions of each unit.
All randomness comes from one ``random.Random(28028)``: re-running gives byte-identical files.

    .venv/bin/python bench/corpus/guard_batches/r28/tpl/expand.py
"""

from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Callable
from pathlib import Path
from random import Random

from mnemonic import Mnemonic

RNG = Random(28028)
HERE = Path(__file__).resolve().parent
OUT = HERE.parent
EN = Mnemonic("english")
ZH = Mnemonic("chinese_simplified")
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
ZH_DIGITS = "零一二三四五六七八九"
EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
SLOT_RE = re.compile(r"\{([a-z0-9_]+)\}")
CHOICE_RE = re.compile(r"\[\[(.*?)\]\]")


def rbytes(n: int) -> bytes:
    return bytes(RNG.getrandbits(8) for _ in range(n))


def b58encode(data: bytes) -> str:
    num = int.from_bytes(data, "big")
    out = ""
    while num:
        num, rem = divmod(num, 58)
        out = B58[rem] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def b58check(payload: bytes) -> str:
    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + check)


def seed(words: int = 12, lang: Mnemonic = EN) -> str:
    return lang.to_mnemonic(rbytes(16 if words == 12 else 32))


def misspell(word: str) -> str:
    """A plausible typo of a BIP39 word that is not itself a BIP39 word."""
    for _ in range(50):
        i = RNG.randrange(len(word))
        kind = RNG.randrange(3)
        if kind == 0 and len(word) > 3:
            typo = word[:i] + word[i + 1 :]
        elif kind == 1 and i < len(word) - 1:
            typo = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        else:
            typo = word[:i] + word[i] + word[i:]
        if typo != word and typo not in EN.wordlist:
            return typo
    return word + "e"


def seed_typo(words: int = 12) -> str:
    parts = seed(words).split()
    i = RNG.randrange(len(parts))
    parts[i] = misspell(parts[i])
    return " ".join(parts)


def numbered_marked(words: int = 12, sep: str = " ") -> str:
    return sep.join(f"{i}. ⟦{w}⟧" for i, w in enumerate(seed(words).split(), 1))


def password() -> str:
    stems = ["Tiger", "moon", "Lucky", "dragon", "Kitty", "sunny", "Panda", "river", "Qwerty",
             "Ocean", "wang", "Li", "happy", "Zz", "btc", "Mango", "star", "Hello", "Jay", "Nova"]
    tails = ["#", "!", "@", "$", "_", "*", "", "&"]
    form = RNG.randrange(4)
    if form == 0:
        return f"{RNG.choice(stems)}{RNG.choice(tails)}{RNG.randint(1970, 2026)}"
    if form == 1:
        return f"{RNG.choice(stems).lower()}{RNG.randint(10, 999)}{RNG.choice(tails)}{RNG.choice(stems)}"
    if form == 2:
        pool = string.ascii_letters + string.digits + "!@#$%"
        return "".join(RNG.choice(pool) for _ in range(RNG.randint(10, 16)))
    first = RNG.choice(["wo", "ai", "zhang", "xiao", "chen"])
    return f"{first}{RNG.choice(['ai', 'bao', 'mei', 'long'])}{RNG.randint(100, 99999)}{RNG.choice(tails)}"


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def digits(n: int) -> str:
    return "".join(RNG.choice(string.digits) for _ in range(n))


def code6() -> str:
    return str(RNG.randint(0, 999999)).zfill(6)


def backup_code() -> str:
    form = RNG.randrange(3)
    alnum = string.ascii_lowercase + string.digits
    if form == 0:
        left = "".join(RNG.choice(alnum) for _ in range(4))
        return left + "-" + "".join(RNG.choice(alnum) for _ in range(4))
    if form == 1:
        return digits(8)
    return digits(5) + " " + digits(5)


def b32key(grouped: bool = False) -> str:
    key = "".join(RNG.choice(B32) for _ in range(32))
    if grouped:
        return " ".join(key[i : i + 4].lower() for i in range(0, 32, 4))
    return key


def hexkey(style: str = "") -> str:
    h = rbytes(32).hex()
    if style == "0x":
        return "0x" + h
    if style == "grp8":
        return " ".join(h[i : i + 8] for i in range(0, 64, 8))
    if style == "wrap":
        return h[:32] + "\\n" + h[32:]
    if style == "upper":
        return h.upper()
    return h


def wif() -> str:
    return b58check(b"\x80" + rbytes(32) + b"\x01")


def xprv() -> str:
    payload = bytes.fromhex("0488ade4") + bytes([RNG.choice([0, 3])]) + rbytes(4) + rbytes(4)
    return b58check(payload + rbytes(32) + b"\x00" + rbytes(32))


def solana_secret() -> str:
    return b58encode(rbytes(64))


def solana_addr() -> str:
    return b58encode(rbytes(32))


def api_key() -> str:
    h = rbytes(16).hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def api_secret() -> str:
    return rbytes(16).hex().upper()


def passphrase() -> str:
    words = ["Otc", "desk", "Maple", "bot", "grid", "Sol", "Copy", "trade", "Kite", "Hedge", "river"]
    sep = RNG.choice(["_", "-", "#", "!", ""])
    return f"{RNG.choice(words)}{RNG.choice(words)}{sep}{RNG.randint(10, 9999)}"


def antiphish() -> str:
    words = ["Bluefox", "mango", "KiwiCat", "稻草人", "ZEBRA", "lotus", "海豚", "pika", "Orion"]
    return f"{RNG.choice(words)}{RNG.randint(1, 999)}"


def txhash() -> str:
    return "0x" + rbytes(32).hex()


def evm_addr() -> str:
    return "0x" + rbytes(20).hex()


def btc_addr() -> str:
    chars = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    return "bc1q" + "".join(RNG.choice(chars) for _ in range(38))


def tron_addr() -> str:
    return "T" + "".join(RNG.choice(B58) for _ in range(33))


def phone_cn() -> str:
    return f"1{RNG.choice('3456789')}{digits(1)} {digits(4)} {digits(4)}"


def pick(*items: str) -> Callable[[], str]:
    return lambda: RNG.choice(items)


SLOTS: dict[str, Callable[[], str]] = {
    "seed12": lambda: seed(12),
    "seed24": lambda: seed(24),
    "seed12_zh": lambda: seed(12, ZH),
    "seed12_typo": lambda: seed_typo(12),
    "seed24_typo": lambda: seed_typo(24),
    "seed12_caps": lambda: seed(12).upper(),
    "seed12_capsjoined": lambda: seed(12).upper().replace(" ", ""),
    "seed12_title": lambda: seed(12).title(),
    "seed12_dash": lambda: seed(12).replace(" ", "-"),
    "seed12_comma": lambda: seed(12).replace(" ", ", "),
    "seed12_nl": lambda: seed(12).replace(" ", "\\n"),
    "seed12_zwsp": lambda: seed(12).replace(" ", " \u200b"),
    "seed12_fullwidth": lambda: fullwidth(seed(12)),
    "seed12_cyr": lambda: seed(12).replace("a", "\u0430", 1),
    "seed12_num": lambda: numbered_marked(12),
    "seed12_numnl": lambda: numbered_marked(12, "\\n"),
    "seed24_num": lambda: numbered_marked(24),
    "pw": password,
    "pw_fw": lambda: fullwidth(password()),
    "pin6": lambda: digits(6),
    "pin4": lambda: digits(4),
    "code6": code6,
    "code6_spaced": lambda: " ".join(code6()[i : i + 2] for i in (0, 2, 4)),
    "code6_dash": lambda: (lambda c: c[:3] + "-" + c[3:])(code6()),
    "code6_en": lambda: " ".join(EN_DIGITS[int(c)] for c in code6()),
    "code6_zh": lambda: "".join(ZH_DIGITS[int(c)] for c in code6()),
    "code6_fw": lambda: fullwidth(code6()),
    "code4": lambda: digits(4),
    "backup": backup_code,
    "b32": b32key,
    "b32_grp": lambda: b32key(grouped=True),
    "hex64": hexkey,
    "hex64_0x": lambda: hexkey("0x"),
    "hex64_grp8": lambda: hexkey("grp8"),
    "hex64_wrap": lambda: hexkey("wrap"),
    "hex64_upper": lambda: hexkey("upper"),
    "wif": wif,
    "xprv": xprv,
    "sol": solana_secret,
    "apikey": api_key,
    "apisecret": api_secret,
    "apipass": passphrase,
    "antiphish": antiphish,
    # public look-alikes
    "tx": txhash,
    "txid": lambda: rbytes(32).hex(),
    "evm": evm_addr,
    "btc": btc_addr,
    "trx": tron_addr,
    "soladdr": solana_addr,
    "uid": lambda: str(RNG.randint(10**15, 10**18)),
    "order": lambda: str(RNG.randint(10**17, 10**19)),
    "orderid": lambda: str(RNG.randint(10**11, 10**12)),
    "bankref": lambda: f"{RNG.choice(['FT', 'TRN', 'HK', 'REF', ''])}{digits(RNG.randint(10, 16))}",
    "cardtail": lambda: digits(4),
    "amount": lambda: f"{RNG.randint(50, 9000)}.{digits(2)}",
    "big": lambda: f"{RNG.randint(50, 900) * 1000:,}",
    "cny": lambda: str(RNG.randint(3, 300) * 100),
    "price": lambda: f"7.{digits(2)}",
    "phone": phone_cn,
    "phone_en": lambda: f"+44 7{digits(3)} {digits(6)}",
    "ticket": lambda: f"#{RNG.randint(1000000, 9999999)}",
    "hhmm": lambda: f"{RNG.randint(0, 23):02d}:{RNG.randint(0, 59):02d}",
    "n": lambda: str(RNG.randint(2, 48)),
    "token": pick("MOSSX", "KLEO", "ZRN", "PIKO", "VELA", "NUBI", "ORRA", "TADA", "QUILL"),
    "coin": pick("USDT", "USDC", "BTC", "ETH", "SOL", "TRX", "TON"),
    "chain": pick("TRC20", "ERC20", "Solana", "Arbitrum One", "Polygon", "BEP20", "Base"),
    "bank_en": pick("Barclays", "HSBC", "Revolut", "Wise", "Monzo", "Chase", "Maybank", "DBS"),
    "bank_zh": pick("工行", "建行", "招行", "农行", "中国银行", "交行", "邮储", "浦发"),
    "pay_zh": pick("支付宝", "微信", "银行卡", "云闪付"),
    "name_en": pick("Daniel", "Priya", "Marco", "Aisha", "Tom", "Yuki", "Lena", "Omar", "Sofia"),
    "merchant": pick("GoldenBridgeOTC", "Sunny_P2P", "CryptoAunt88", "FastPay_Leo", "BlueWhaleTrade"),
    "merchant_zh": pick("金桥承兑", "小鹿搬砖", "老王U商", "顺达商行", "诚信出金888"),
    "zhname": pick("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"),
    "wallet": pick("MetaMask", "Phantom", "Trust Wallet", "OKX Wallet", "TokenPocket", "imToken"),
    "word": pick(*EN.wordlist),
}


def expand_unit(text: str) -> str:
    cache: dict[str, str] = {}

    def slot(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in cache:
            return cache[name]
        for half, start in (("_h1", True), ("_h2", False)):
            if name.endswith(half):
                base = name[: -len(half)]
                if base not in cache:
                    cache[base] = SLOTS[base]()
                whole = cache[base]
                parts = whole.split(" ")
                if len(parts) > 1:
                    mid = len(parts) // 2
                    return " ".join(parts[:mid] if start else parts[mid:])
                mid = len(whole) // 2
                return whole[:mid] if start else whole[mid:]
        value = (SLOTS[name] if name in SLOTS else SLOTS[name[:-1]])()
        cache[name] = value
        return value

    text = CHOICE_RE.sub(lambda m: RNG.choice(m.group(1).split("~")), text)
    return SLOT_RE.sub(slot, text)


def units(path: Path) -> tuple[list[str], int]:
    repeat = 1
    raw = path.read_text(encoding="utf-8").splitlines()
    blocks: list[str] = []
    conversation = path.name.startswith("conversations")
    current: list[str] = []
    for line in raw:
        if line.startswith("#! repeat"):
            repeat = int(line.split()[-1])
            continue
        if line.startswith("#"):
            continue
        if conversation:
            if line.strip():
                current.append(line)
            elif current:
                blocks.append("\n".join(current))
                current = []
        elif line.strip():
            blocks.append(line)
    if current:
        blocks.append("\n".join(current))
    return blocks, repeat


def main() -> None:
    for tpl in sorted(HERE.glob("*.tpl")):
        blocks, repeat = units(tpl)
        seen: set[str] = set()
        out: list[str] = []
        for block in blocks:
            for _ in range(repeat):
                for _attempt in range(20):
                    text = expand_unit(block)
                    if text not in seen:
                        seen.add(text)
                        out.append(text)
                        break
        sep = "\n\n" if tpl.name.startswith("conversations") else "\n"
        header = f"# r28 guard batch, generated by tpl/expand.py from tpl/{tpl.name}; do not edit by hand\n"
        if sep == "\n\n":
            header += "\n"
        (OUT / (tpl.stem + ".txt")).write_text(header + sep.join(out) + "\n", encoding="utf-8")
        print(f"{tpl.stem}.txt: {sum(1 for t in out for ln in t.splitlines() if ln.strip())} lines")


if __name__ == "__main__":
    main()
