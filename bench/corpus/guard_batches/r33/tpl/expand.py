"""Expand the r33 templates (``tpl/*.tpl``) into the batch files (``../*.txt``).

Why a generator: the made-up secrets (seed phrases, keys, codes) are drawn from a fixed
``random.Random(SEED)`` so the batch is reproducible byte for byte, while the wording around them
is written by hand in the templates.

Placeholder syntax inside a template line: ``{kind}``, ``{kind:N}`` or ``{kind:N|filter}``.
``N`` names one value so it can be reused (e.g. the two halves of one seed phrase); the scope of
``N`` is one line, or one conversation (blank-line separated) in ``conversations_*.tpl``.
Markers ``⟦ ⟧`` are written in the template, except for filters that place them per word
(``num``). Run: ``python bench/corpus/guard_batches/r33/tpl/expand.py``.
"""

from __future__ import annotations

import hashlib
import random
import re
import string
import uuid
from collections.abc import Callable
from pathlib import Path

SEED = 33033
HERE = Path(__file__).resolve().parent
OUT = HERE.parent

# Words written from memory that are in the BIP39 English list (a subset, not the whole list).
_BIP39_TEXT = """
abandon ability able about above absent absorb abstract absurd abuse access accident account
accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict
address adjust admit adult advance advice aerobic affair afford afraid again age agent agree
ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone alpha
already also alter always amateur amazing among amount amused analyst anchor ancient anger
angle angry animal ankle announce annual another answer antenna antique anxiety any apart
apology appear apple approve april arch arctic area arena argue arm armed armor army around
arrange arrest arrive arrow art artist artwork ask aspect assault asset assist assume asthma
athlete atom attack attend attitude attract auction audit august aunt author auto autumn
average avocado avoid awake aware away awesome awful awkward axis baby bachelor bacon badge bag
balance balcony ball bamboo banana banner bar barely bargain barrel base basic basket battle
beach bean beauty because become beef before begin behave behind believe below belt bench
benefit best betray better between beyond bicycle bid bike bind biology bird birth bitter black
blade blame blanket blast bleak bless blind blood blossom blouse blue blur blush board boat body
boil bomb bone bonus book boost border boring borrow boss bottom bounce box boy bracket brain
brand brass brave bread breeze brick bridge brief bright bring brisk broccoli broken bronze
broom brother brown brush bubble buddy budget buffalo build bulb bulk bullet bundle bunker
burden burger burst bus business busy butter buyer buzz cabbage cabin cable cactus cage cake
call calm camera camp canal cancel candy cannon canoe canvas canyon capable capital captain car
carbon card cargo carpet carry cart case cash casino castle casual cat catalog catch category
cattle caught cause caution cave ceiling celery cement census century cereal certain chair
chalk champion change chaos chapter charge chase chat cheap check cheese chef cherry chest
chicken chief child chimney choice choose chronic chuckle chunk churn cigar cinnamon circle
citizen city civil claim clap clarify claw clay clean clerk clever click client cliff climb
clinic clip clock clog close cloth cloud clown club clump cluster clutch coach coast coconut
code coffee coil coin collect color column combine come comfort comic common company concert
conduct confirm congress connect consider control convince cook cool copper copy coral core
corn correct cost cotton couch country couple course cousin cover coyote crack cradle craft
cram crane crash crater crawl crazy cream credit creek crew cricket crime crisp critic crop
cross crouch crowd crucial cruel cruise crumble crunch crush cry crystal cube culture cup
cupboard curious current curtain curve cushion custom cute cycle hamster diagram private dutch
delay meat slide toddler razor happy fancy gospel tennis maple dilemma loan word shrug inflict
length legal winner thank year wave sausage worth useful yellow letter doctor scheme spot photo
mountain device kick pact join zoo wrong zebra zero zone young youth window wine wing wink
winter wire wisdom wise wish witness wolf woman wonder wood wool work world worry wrap wreck
wrist write
"""
BIP39 = _BIP39_TEXT.split()

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
ZH_DIGITS = "零一二三四五六七八九"
EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZW = "\u200b"

# secp256k1, only to derive real public keys for the xpub cases (public data, not secrets).
_P = 2**256 - 2**32 - 977
_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
_G = (
    0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
    0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8,
)
Point = tuple[int, int] | None


def _add(a: Point, b: Point) -> Point:
    if a is None:
        return b
    if b is None:
        return a
    if a[0] == b[0] and (a[1] + b[1]) % _P == 0:
        return None
    if a == b:
        lam = 3 * a[0] * a[0] * pow(2 * a[1], -1, _P) % _P
    else:
        lam = (b[1] - a[1]) * pow(b[0] - a[0], -1, _P) % _P
    x = (lam * lam - a[0] - b[0]) % _P
    return (x, (lam * (a[0] - x) - a[1]) % _P)


def _mul(k: int) -> tuple[int, int]:
    result: Point = None
    addend: Point = _G
    while k:
        if k & 1:
            result = _add(result, addend)
        addend = _add(addend, addend)
        k >>= 1
    assert result is not None
    return result


def b58encode(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def b58check(payload: bytes) -> str:
    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + check)


def _bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def bech32_p2wpkh(program: bytes) -> str:
    """A segwit v0 address (bc1q...) with a valid checksum."""
    charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    acc, bits, data = 0, 0, [0]
    for byte in program:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = "bc"
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _bech32_polymod(expanded + data + [0] * 6) ^ 1
    check = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(charset[d] for d in data + check)


def _key(rng: random.Random) -> int:
    return rng.randrange(1, _N)


def gen_seed(n: int) -> Callable[[random.Random], str]:
    return lambda rng: " ".join(rng.choice(BIP39) for _ in range(n))


def gen_wif(rng: random.Random) -> str:
    return b58check(b"\x80" + _key(rng).to_bytes(32, "big") + b"\x01")


def gen_wif_u(rng: random.Random) -> str:
    return b58check(b"\x80" + _key(rng).to_bytes(32, "big"))


def _ext(rng: random.Random, version: bytes, keydata: bytes) -> str:
    depth = bytes([rng.choice([0, 3])])
    fingerprint = b"\0" * 4 if depth == b"\0" else rng.randbytes(4)
    child = b"\0" * 4 if depth == b"\0" else (0x80000000).to_bytes(4, "big")
    return b58check(version + depth + fingerprint + child + rng.randbytes(32) + keydata)


def gen_xprv(rng: random.Random) -> str:
    return _ext(rng, bytes.fromhex("0488ADE4"), b"\0" + _key(rng).to_bytes(32, "big"))


def gen_xpub(rng: random.Random) -> str:
    x, y = _mul(_key(rng))
    return _ext(rng, bytes.fromhex("0488B21E"), bytes([2 + (y & 1)]) + x.to_bytes(32, "big"))


def gen_pubhex(rng: random.Random) -> str:
    x, y = _mul(_key(rng))
    return (bytes([2 + (y & 1)]) + x.to_bytes(32, "big")).hex()


def gen_sol(rng: random.Random) -> str:
    return b58encode(rng.randbytes(64))


def gen_solpub(rng: random.Random) -> str:
    return b58encode(rng.randbytes(32))


def gen_btc(rng: random.Random) -> str:
    return b58check(b"\0" + rng.randbytes(20))


def gen_bc1(rng: random.Random) -> str:
    return bech32_p2wpkh(rng.randbytes(20))


def gen_trx(rng: random.Random) -> str:
    return b58check(b"\x41" + rng.randbytes(20))


def gen_eth(rng: random.Random) -> str:
    return "0x" + rng.randbytes(20).hex()


def gen_pw(rng: random.Random) -> str:
    heads = ["Moon", "tiger", "Lily", "qwe", "Shanghai", "dragon", "Bao", "kitty", "Sunny", "xiaomi",
             "Rocket", "panda", "Hodl", "wenjun", "Ferrari", "mango", "Nova", "zhang", "Falcon", "coco"]
    tails = ["!", "@", "#", "$", "_", ".", "*", "&", "", "?"]
    head = rng.choice(heads)
    digits = "".join(rng.choice(string.digits) for _ in range(rng.randint(2, 6)))
    extra = rng.choice(["", "Ab", "xy", "QQ", "zz", "Kk"])
    return head + rng.choice(tails) + digits + extra + rng.choice(tails)


def gen_pin(rng: random.Random) -> str:
    return "".join(rng.choice(string.digits) for _ in range(6))


def gen_code(n: int) -> Callable[[random.Random], str]:
    return lambda rng: "".join(rng.choice(string.digits) for _ in range(n))


def gen_backup(rng: random.Random) -> str:
    return "".join(rng.choice(string.digits) for _ in range(4)) + "-" + "".join(
        rng.choice(string.digits) for _ in range(4)
    )


def gen_totp(rng: random.Random) -> str:
    return "".join(rng.choice(B32) for _ in range(rng.choice([16, 32])))


def gen_hex64(rng: random.Random) -> str:
    return _key(rng).to_bytes(32, "big").hex()


def gen_apisecret(rng: random.Random) -> str:
    return rng.randbytes(16).hex().upper()


def gen_apikey(rng: random.Random) -> str:
    return str(uuid.UUID(bytes=rng.randbytes(16), version=4))


def gen_passphrase(rng: random.Random) -> str:
    words = ["Night", "Trade", "bot", "Grid", "alpha", "Quant", "Owl", "sniper", "Mkt", "hedge"]
    return rng.choice(words) + rng.choice(["#", "_", "-", "@"]) + rng.choice(words) + str(rng.randint(1, 999))


def gen_antiphish(rng: random.Random) -> str:
    words = ["blueFox", "mango", "TEA", "lucky", "OwlNight", "pingu", "Rainy", "k1tty", "SUNFLOWER", "jade"]
    return rng.choice(words) + str(rng.randint(7, 99))


def gen_uid(rng: random.Random) -> str:
    return str(rng.randint(10**15, 10**18 - 1))


def gen_ip(rng: random.Random) -> str:
    return ".".join(str(rng.randint(1, 254)) for _ in range(4))


def gen_order(rng: random.Random) -> str:
    return str(rng.randint(10**17, 10**19 - 1))


def gen_case(rng: random.Random) -> str:
    return f"INC-2026{rng.randint(1000000, 9999999)}"


def gen_police(rng: random.Random) -> str:
    return f"2026-{rng.randint(100000, 999999)}"


def gen_device(rng: random.Random) -> str:
    return rng.randbytes(8).hex().upper()


def gen_phone(rng: random.Random) -> str:
    return f"+1 {rng.randint(201, 989)} 555 {rng.randint(100, 199):04d}"


def gen_phone_cn(rng: random.Random) -> str:
    return f"1{rng.choice('3589')}{rng.randint(0, 9)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"


def gen_txhash(rng: random.Random) -> str:
    return "0x" + rng.randbytes(32).hex()


def gen_btctx(rng: random.Random) -> str:
    return rng.randbytes(32).hex()


def gen_amount(rng: random.Random) -> str:
    return f"{rng.randint(1, 48000)}.{rng.randint(0, 9999):04d}"


GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "seed12": gen_seed(12), "seed18": gen_seed(18), "seed24": gen_seed(24),
    "wif": gen_wif, "wifu": gen_wif_u, "xprv": gen_xprv, "xpub": gen_xpub, "pubhex": gen_pubhex,
    "sol": gen_sol, "solpub": gen_solpub, "btc": gen_btc, "bc1": gen_bc1, "trx": gen_trx,
    "eth": gen_eth, "pw": gen_pw, "pin": gen_pin, "code6": gen_code(6), "code8": gen_code(8),
    "backup": gen_backup, "totp": gen_totp, "hex64": gen_hex64, "apisecret": gen_apisecret,
    "apikey": gen_apikey, "passphrase": gen_passphrase, "antiphish": gen_antiphish,
    "uid": gen_uid, "ip": gen_ip, "order": gen_order, "case": gen_case, "police": gen_police,
    "device": gen_device, "phone": gen_phone, "phonecn": gen_phone_cn, "txhash": gen_txhash,
    "btctx": gen_btctx, "amount": gen_amount,
}


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in s)


def _halves(s: str, first: bool) -> str:
    words = s.split(" ")
    half = len(words) // 2
    return " ".join(words[:half] if first else words[half:])


def _typo(s: str) -> str:
    words = s.split(" ")
    i = len(words) // 3
    w = words[i]
    words[i] = w[:-2] + w[-1] + w[-2] if len(w) > 3 else w + w[-1]
    return " ".join(words)


def _cyr(s: str) -> str:
    table = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440"}
    for latin, cyr in table.items():
        if latin in s:
            return s.replace(latin, cyr, 1)
    return s


def _wrap(s: str) -> str:
    return s[: len(s) // 2] + "\\n" + s[len(s) // 2 :]


FILTERS: dict[str, Callable[[str], str]] = {
    "h1": lambda s: _halves(s, True),
    "h2": lambda s: _halves(s, False),
    "caps": lambda s: s.upper().replace(" ", ""),
    "upper": str.upper,
    "comma": lambda s: s.replace(" ", ", "),
    "dash": lambda s: s.replace(" ", "-"),
    "zw": lambda s: s.replace(" ", " " + ZW),
    "fw": _fullwidth,
    "typo": _typo,
    "cyr": _cyr,
    "lines4": lambda s: "\\n".join(" ".join(s.split(" ")[i : i + 4]) for i in range(0, len(s.split(" ")), 4)),
    "num": lambda s: " ".join(f"{i}. ⟦{w}⟧" for i, w in enumerate(s.split(" "), 1)),
    "numparen": lambda s: " ".join(f"{i}) ⟦{w}⟧" for i, w in enumerate(s.split(" "), 1)),
    "g8": lambda s: " ".join(s[i : i + 8] for i in range(0, len(s), 8)),
    "g4": lambda s: " ".join(s[i : i + 4] for i in range(0, len(s), 4)),
    "wrap": _wrap,
    "spaced": lambda s: " ".join(s),
    "pairs": lambda s: " ".join(s[i : i + 2] for i in range(0, len(s), 2)),
    "half3": lambda s: s[:3] + " " + s[3:],
    "en": lambda s: " ".join(EN_DIGITS[int(c)] for c in s),
    "zh": lambda s: "".join(ZH_DIGITS[int(c)] for c in s),
    "zhsp": lambda s: " ".join(ZH_DIGITS[int(c)] for c in s),
    "lower": str.lower,
    "left": lambda s: s[: len(s) // 2],
    "right": lambda s: s[len(s) // 2 :],
}

PLACEHOLDER = re.compile(r"\{([a-z0-9]+)(?::(\d+))?(?:\|([a-z0-9]+))?\}")


def expand_line(line: str, rng: random.Random, cache: dict[tuple[str, str], str]) -> str:
    def sub(m: re.Match[str]) -> str:
        kind, ident, filt = m.group(1), m.group(2), m.group(3)
        if kind not in GENERATORS:
            raise KeyError(f"unknown placeholder kind {kind!r} in {line!r}")
        key = (kind, ident or f"_{m.start()}")
        if key not in cache:
            cache[key] = GENERATORS[kind](rng)
        value = cache[key]
        return FILTERS[filt](value) if filt else value

    return PLACEHOLDER.sub(sub, line)


def expand_file(tpl: Path, rng: random.Random) -> str:
    conversational = tpl.name.startswith("conversations_")
    cache: dict[tuple[str, str], str] = {}
    out: list[str] = []
    for raw in tpl.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            cache = {}
            out.append("")
            continue
        if not conversational:
            cache = {}
        out.append(raw if raw.startswith("#") else expand_line(raw, rng, cache))
    return "\n".join(out) + "\n"


def main() -> None:
    rng = random.Random(SEED)
    for tpl in sorted(HERE.glob("*.tpl")):
        (OUT / (tpl.stem + ".txt")).write_text(expand_file(tpl, rng), encoding="utf-8")


if __name__ == "__main__":
    main()
