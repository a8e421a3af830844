"""Expand the r32 guard-batch templates into the batch files (``../*.txt``).

Why templates: the made-up secrets (seed phrases, keys, codes, passwords) should look like
real random ones, not like words a person typed into a test file, and the batch must be
reproducible byte for byte. Every ``*.tpl`` beside this script becomes ``../<name>.txt``;
one ``random.Random(SEED)`` walks the templates in sorted order, so running this again
rewrites exactly the committed files.

Placeholders: ``{KIND}``, ``{KIND:name}`` (the same value again wherever ``name`` recurs in
that template file), ``{KIND:name/a-b}`` (words ``a`` to ``b - 1`` of a named seed phrase,
for a phrase split over messages) and ``{KIND:name@a-b}`` (characters ``a`` to ``b - 1``, for a
key split over messages). The ``⟦ ⟧`` markers are written in the templates, except
for the kinds whose value spans several pieces (numbered or wrapped forms), which emit their
own markers so that no ``\\n`` and no numbering sits inside a marker.

    .venv/bin/python bench/corpus/guard_batches/r32/tpl/expand.py
"""

from __future__ import annotations

import hashlib
import random
import re
import string
import sys
from collections.abc import Callable
from pathlib import Path

SEED = 32032
HERE = Path(__file__).resolve().parent
OUT = HERE.parent

# Words taken from the BIP39 English list (a subset written from memory of well-known entries).
_BIP39_TEXT = """
abandon ability able about above absent absorb abstract absurd abuse access accident account
acid acoustic acquire across action actor adapt address adjust admit adult advance advice
afford afraid again agent agree ahead airport aisle alarm album alcohol alert alien alley
allow almost alone alpha already also alter always amateur amazing among amount anchor
ancient anger angle angry animal ankle announce annual another answer antenna antique
anxiety apart apology appear apple approve april arctic arena argue armor army around
arrange arrest arrive arrow artist artwork aspect asset assist assume athlete atom attack
auction audit august aunt author autumn average avocado avoid awake aware awesome awkward
baby bacon badge balance balcony bamboo banana banner barely bargain barrel basket battle
beach bean beauty because become before begin behave believe below bench benefit betray
better between beyond bicycle biology bird bitter blade blanket blast bless blind blossom
blue blush board body bonus border boring borrow bottom bounce bracket brain brand brave
bread breeze brick bridge brief bright broccoli bronze brother bubble budget buffalo
bullet bundle burden burger butter cabbage cabin cable cactus camera canal candy canvas
canyon captain carbon cargo carpet castle casual catalog cattle caution ceiling celery
cement century cereal chalk champion chaos chapter cheese cherry chicken chimney choice
cinnamon circle citizen civil claim clarify clever cliff clinic clock cloud clown cluster
coconut coffee collect column comfort comic concert copper coral cotton country cousin
coyote cradle crane crater cricket crisp crystal cupboard curtain cushion damage dance
danger daughter december decide decorate defense degree delay deliver denial dentist
deposit desert design detail device diamond diary diesel dinner dinosaur dolphin donkey
dragon drama dream drift eagle earth echo ecology economy elbow elegant elephant elevator
embark emerge emotion empty enable endless energy engine enjoy enough entire envelope
episode equal erode escape essay estate eternal evidence evolve exact excess exhibit exotic
expand expire explain fabric faculty faith family famous fancy fantasy fashion father
fatigue february festival fiber fiction figure filter finger fitness flame flavor flight
float flower fluid focus forest fortune fossil fragile frequent friend frost frozen fruit
furnace gadget galaxy gallery garden garlic garment gather gauge genius gentle giant
ginger giraffe glance glimpse globe glory glove goddess gorilla gospel gossip grape
gravity grocery guitar hamster harbor harvest hazard health hedgehog helmet hero hidden
history hobby hockey holiday honey hospital hover humble hundred hurdle husband
hybrid icon identify ignore illness imitate immune impact improve impulse income index
infant inherit inject innocent insect inspire install invest island isolate ivory jacket
jaguar jealous jelly jewel journey jungle junior kangaroo ketchup kidney kingdom kitchen
kitten ladder language laptop laundry lawsuit leader lecture legend leisure lemon leopard
lesson liberty library license lizard lobster lottery lounge loyal lucky luggage lumber
lunar luxury lyrics machine magnet mammal mango mansion maple marble margin marine market
master matrix meadow medal melody member memory mercy method midnight million mimic
miracle mirror misery mixture mobile monitor monkey monster morning mosquito mountain
muffin mushroom museum music mystery napkin narrow nation nature nephew network noble
noodle notable novel nuclear nurse oblige obscure observe obtain ocean october olive
olympic onion opera orange orbit orchard orphan ostrich oxygen oyster paddle palace
panda panther parade parrot patrol peanut pelican penalty pencil pepper pigeon pilot
pioneer pistol planet plastic pledge pluck plunge pony popular potato pottery powder
predict pretty pride priority prison profit program promote property prosper pudding
pumpkin puppy purity puzzle pyramid quantum quarter rabbit raccoon radar random raven
razor rebel recipe record recycle reflect region regret release remind render rescue
resemble resource retreat reunion reveal rhythm ribbon rifle ripple ritual rival robot
rocket romance rookie rubber saddle salad salmon salute sample satoshi sausage scatter
scheme science scissors scorpion scout script season second section seminar senior
series session shadow shallow sheriff shield shiver shoulder shrimp shuffle sibling
siege silent silver similar siren sister sketch skull slender slogan smooth snack soccer
soldier solar sphere spider spirit sponsor squirrel stadium stairs stereo stomach
strategy struggle student subway sugar summer sunset supreme surface surprise swallow
swamp symbol syrup talent tattoo tenant tennis theory thunder ticket timber tissue toast
tobacco toddler tomato tonight tornado tortoise tourist tower tragic transfer trophy
trumpet tuition tunnel turkey turtle twelve typical umbrella uncle uniform universe
unusual uphold urban usage useful vacant vacuum valley vanish vapor velvet vendor
venture venue verify vessel veteran vibrant victory village vintage violin virtual
visual vivid volcano voyage walnut warrior wasp weasel wedding whale wheat whisper
window winter wisdom witness wolf wonder wrestle yellow zebra
"""
BIP39 = _BIP39_TEXT.split()

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_EN_DIGITS_TEXT = "zero one two three four five six seven eight nine"
EN_DIGITS = _EN_DIGITS_TEXT.split()
ZH_DIGITS = "零一二三四五六七八九"
_PW_WORDS_TEXT = """
Maple tiger Lisbon sunny Qwerty dragon Marlin kiwi Orion pepper Harbor moon Falcon juniper
Rocket cobalt Nimbus panda Velvet storm Zephyr mango Atlas hazel
"""
PW_WORDS = _PW_WORDS_TEXT.split()
PW_SYMBOLS = "!@#$%&*?_.-+"
Rng = random.Random
Gen = Callable[[Rng], str]


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


def _bytes(rng: Rng, n: int) -> bytes:
    return bytes(rng.randrange(256) for _ in range(n))


def _hex(rng: Rng, n: int) -> str:
    return _bytes(rng, n).hex()


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _seed(rng: Rng, n: int) -> list[str]:
    return [rng.choice(BIP39) for _ in range(n)]


def _digits(rng: Rng, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _password(rng: Rng) -> str:
    shape = rng.randrange(5)
    word = rng.choice(PW_WORDS)
    if shape == 0:
        return f"{word}{rng.choice(PW_SYMBOLS)}{_digits(rng, 4)}"
    if shape == 1:
        return f"{_digits(rng, 2)}{word.lower()}{rng.choice(PW_WORDS)}{rng.choice(PW_SYMBOLS)}"
    if shape == 2:
        leet = word.replace("a", "4").replace("o", "0").replace("e", "3").replace("i", "1")
        return f"{leet}{rng.choice(PW_SYMBOLS)}{rng.choice(PW_SYMBOLS)}{_digits(rng, 2)}"
    if shape == 3:
        chars = string.ascii_letters + string.digits + PW_SYMBOLS
        return "".join(rng.choice(chars) for _ in range(rng.randrange(10, 15)))
    return f"{word}{rng.choice(PW_WORDS).lower()}{_digits(rng, 3)}{rng.choice(PW_SYMBOLS)}"


def _passphrase(rng: Rng) -> str:
    return f"{rng.choice(PW_WORDS)}{_digits(rng, 2)}{rng.choice(PW_SYMBOLS)}{rng.choice(PW_WORDS).lower()}"


def _code_spaced(rng: Rng) -> str:
    code = _digits(rng, 6)
    if rng.random() < 0.5:
        return f"{code[:2]} {code[2:4]} {code[4:]}"
    return " ".join(code)


def _backup(rng: Rng) -> str:
    shape = rng.randrange(3)
    if shape == 0:
        return f"{_digits(rng, 4)} {_digits(rng, 4)}"
    if shape == 1:
        return f"{_digits(rng, 5)}-{_digits(rng, 5)}"
    return "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))


def _b32(rng: Rng, n: int) -> str:
    return "".join(rng.choice(B32) for _ in range(n))


def _b32_grouped(rng: Rng) -> str:
    raw = _b32(rng, 32).lower()
    return " ".join(raw[i : i + 4] for i in range(0, 32, 4))


def _hex_grouped(rng: Rng) -> str:
    raw = _hex(rng, 32)
    return " ".join(raw[i : i + 8] for i in range(0, 64, 8))


def _hex_wrapped(rng: Rng) -> str:
    raw = _hex(rng, 32)
    cut = rng.randrange(24, 40)
    return f"⟦{raw[:cut]}⟧\\n⟦{raw[cut:]}⟧"


def _seed_numbered(rng: Rng, n: int) -> str:
    return " ".join(f"{i}. ⟦{w}⟧" for i, w in enumerate(_seed(rng, n), 1))


def _seed_lines(rng: Rng, n: int) -> str:
    words = _seed(rng, n)
    return "\\n".join(f"⟦{' '.join(words[i : i + 4])}⟧" for i in range(0, n, 4))


def _seed_typo(rng: Rng, n: int) -> str:
    words = _seed(rng, n)
    i = rng.randrange(n)
    w = words[i]
    j = rng.randrange(1, len(w))
    words[i] = w[:j] + w[j + 1 :] if rng.random() < 0.5 else w[:j] + w[j] + w[j:]
    return " ".join(words)


def _seed_zw(rng: Rng, n: int) -> str:
    return "\u200b ".join(_seed(rng, n))


def _wif(rng: Rng) -> str:
    return _b58check(b"\x80" + _bytes(rng, 32) + b"\x01")


def _xkey(rng: Rng, version: bytes, private: bool) -> str:
    key = b"\x00" + _bytes(rng, 32) if private else bytes([rng.choice((2, 3))]) + _bytes(rng, 32)
    body = version + b"\x03" + _bytes(rng, 4) + b"\x80\x00\x00\x00" + _bytes(rng, 32) + key
    return _b58check(body)


def _tron(rng: Rng) -> str:
    return _b58check(b"\x41" + _bytes(rng, 20))


def _phone(rng: Rng) -> str:
    return rng.choice(["+86 1", "+852 ", "+65 ", "+44 7", "+1 415 "]) + _digits(rng, 8)


def _antiphish(rng: Rng) -> str:
    word = rng.choice(PW_WORDS)
    return f"{word}{_digits(rng, rng.randrange(2, 5))}"


def _uuid(rng: Rng) -> str:
    h = _hex(rng, 16)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


GENERATORS: dict[str, Gen] = {
    # secrets
    "SEED12": lambda r: " ".join(_seed(r, 12)),
    "SEED15": lambda r: " ".join(_seed(r, 15)),
    "SEED18": lambda r: " ".join(_seed(r, 18)),
    "SEED24": lambda r: " ".join(_seed(r, 24)),
    "SEED12CAPS": lambda r: "".join(_seed(r, 12)).upper(),
    "SEED12COMMA": lambda r: ", ".join(_seed(r, 12)),
    "SEED12DASH": lambda r: "-".join(_seed(r, 12)),
    "SEED12FW": lambda r: _fullwidth(" ".join(_seed(r, 12))),
    "SEED12NUM": lambda r: _seed_numbered(r, 12),
    "SEED24NUM": lambda r: _seed_numbered(r, 24),
    "SEED12LINES": lambda r: _seed_lines(r, 12),
    "SEED12TYPO": lambda r: _seed_typo(r, 12),
    "SEED24TYPO": lambda r: _seed_typo(r, 24),
    "SEED12ZW": lambda r: _seed_zw(r, 12),
    "HEX64": lambda r: _hex(r, 32),
    "HEX64UP": lambda r: _hex(r, 32).upper(),
    "HEX64G8": _hex_grouped,
    "HEX64WRAP": _hex_wrapped,
    "SOLKEY": lambda r: _b58(_bytes(r, 64)),
    "WIF": _wif,
    "XPRV": lambda r: _xkey(r, b"\x04\x88\xad\xe4", True),
    "B32": lambda r: _b32(r, 32),
    "B32S": lambda r: _b32(r, 16),
    "B32G": _b32_grouped,
    "CODE6": lambda r: _digits(r, 6),
    "CODE6SP": _code_spaced,
    "CODE6EN": lambda r: " ".join(EN_DIGITS[int(c)] for c in _digits(r, 6)),
    "CODE6ZH": lambda r: "".join(ZH_DIGITS[int(c)] for c in _digits(r, 6)),
    "CODE6FW": lambda r: _fullwidth(_digits(r, 6)),
    "CODE8": lambda r: _digits(r, 8),
    "BACKUP": _backup,
    "PW": _password,
    "PWFW": lambda r: _fullwidth(_password(r)),
    "PIN6": lambda r: _digits(r, 6),
    "APISECRET": lambda r: _hex(r, 16).upper(),
    "APIPASS": _passphrase,
    "ANTI": _antiphish,
    # public look-alikes
    "APIKEY": _uuid,
    "TXHASH": lambda r: "0x" + _hex(r, 32),
    "BTCTX": lambda r: _hex(r, 32),
    "ETHADDR": lambda r: "0x" + _hex(r, 20),
    "BTCADDR": lambda r: "bc1q" + "".join(r.choice(BECH32) for _ in range(38)),
    "TRONADDR": _tron,
    "SOLADDR": lambda r: _b58(_bytes(r, 32)),
    "XPUB": lambda r: _xkey(r, b"\x04\x88\xb2\x1e", False),
    "UID": lambda r: str(r.randrange(10**15, 10**16)),
    "ORDER": lambda r: str(r.randrange(10**17, 10**18)),
    "TICKET": lambda r: str(r.randrange(1_000_000, 9_999_999)),
    "INVOICE": lambda r: f"INV-{r.randrange(2025, 2027)}-{_digits(r, 6)}",
    "CARD4": lambda r: _digits(r, 4),
    "PHONE": _phone,
    "ARN": lambda r: _digits(r, 23),
    "AMOUNT": lambda r: f"{r.randrange(20, 9000)}.{_digits(r, 2)}",
}

PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9]*)(?::([a-z0-9]+))?(?:([/@])(\d+)-(\d+))?\}")


def expand_text(text: str, rng: Rng) -> str:
    """Fill every placeholder of one template file, named values shared within the file."""
    named: dict[str, str] = {}

    def fill(m: re.Match[str]) -> str:
        kind, name, how, start, stop = m.groups()
        if kind not in GENERATORS:
            raise KeyError(f"unknown placeholder kind {kind!r}")
        if name is None:
            value = GENERATORS[kind](rng)
        else:
            key = f"{kind}:{name}"
            if key not in named:
                named[key] = GENERATORS[kind](rng)
            value = named[key]
        if how == "/":
            value = " ".join(value.split(" ")[int(start) : int(stop)])
        elif how == "@":
            value = value[int(start) : int(stop)]
        return value

    return PLACEHOLDER.sub(fill, text)


def main() -> int:
    rng = random.Random(SEED)
    for tpl in sorted(HERE.glob("*.tpl")):
        out = OUT / f"{tpl.stem}.txt"
        out.write_text(expand_text(tpl.read_text(encoding="utf-8"), rng), encoding="utf-8")
        print(f"{out.name}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
