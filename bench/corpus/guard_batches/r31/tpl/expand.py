"""Expand the r31 guard-batch templates into the batch files, deterministically.

    python bench/corpus/guard_batches/r31/tpl/expand.py

Every ``<<name>>`` in a ``tpl/*.tpl`` line is replaced by a freshly made-up value (seed words,
keys, codes, hashes, ids) drawn from one ``random.Random(SEED)``; templates are read in sorted
order, so the ``.txt`` files come out byte-for-byte the same on every run. The secrets are
invented here on purpose: no real key or phrase is ever written into the corpus. Placeholders
that need per-word markers (numbered seeds) emit the ``⟦ ⟧`` markers themselves; all others
are wrapped by the template.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

SEED = 31031
HERE = Path(__file__).resolve().parent
OUT = HERE.parent
OPEN, CLOSE = "\u27e6", "\u27e7"

# Words I know to be in the BIP39 English list (a subset, written out by hand).
_BIP39_TEXT = """
abandon ability able about above absent absorb abstract absurd abuse access accident account
accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict
address adjust admit adult advance advice aerobic affair afford afraid again age agent agree
ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone alpha
already also alter always amateur amazing among amount amused analyst anchor ancient anger angle
angry animal ankle announce annual another answer antenna antique anxiety any apart apology
appear apple approve april arch arctic area arena argue arm armed armor army around arrange
arrest arrive arrow art artist artwork ask aspect assault asset assist assume asthma athlete
atom attack attend attitude attract auction audit august aunt author auto autumn average avocado
avoid awake aware away awesome awful awkward axis baby bachelor bacon badge bag balance balcony
ball bamboo banana banner bar barely bargain barrel base basic basket battle beach bean beauty
because become beef before begin behave behind believe below belt bench benefit best betray
better between beyond bicycle bid bike bind biology bird birth bitter black blade blame blanket
blast bleak bless blind blood blossom blue blur blush board boat body boil bomb bone bonus book
boost border boring borrow boss bottom bounce box boy bracket brain brand brass brave bread
breeze brick bridge brief bright bring brisk broccoli broken bronze broom brother brown brush
bubble buddy budget buffalo build bulb bulk bullet bundle bunker burden burger burst bus
business busy butter buyer buzz cabbage cabin cable cactus cage cake call calm camera camp
canal cancel candy cannon canoe canvas canyon capable capital captain car carbon card cargo
carpet carry cart case cash casino castle casual cat catalog catch category cattle caught cause
caution cave ceiling celery cement census century cereal certain chair chalk champion change
chaos chapter charge chase chat cheap check cheese chef cherry chest chicken chief child chimney
choice choose chronic chuckle chunk churn cigar cinnamon circle citizen city civil claim clap
clarify claw clay clean clerk clever click client cliff climb clinic clip clock close cloth
cloud clown club cluster clutch coach coast coconut code coffee coil coin collect color column
combine come comfort comic common company concert conduct confirm congress connect consider
control convince cook cool copper copy coral core corn correct cost cotton couch country couple
course cousin cover coyote crack cradle craft crane crash crater crawl crazy cream credit creek
crew cricket crime crisp critic crop cross crouch crowd crucial cruel cruise crumble crunch
crush cry crystal cube culture cup cupboard curious current curtain curve cushion custom cute
cycle legal lemon letter level liberty library license life lift light limb limit link lion
liquid list little live lizard load loan lobster local lock logic lonely long loop lottery loud
lounge love loyal lucky luggage lumber lunar lunch luxury lyrics wine wing wink winner winter
wire wisdom wish witness wolf woman wonder wood wool word work world worry worth wrap wreck
wrestle wrist write wrong yard year yellow you young youth zebra zero zone zoo
"""
BIP39 = _BIP39_TEXT.split()

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
HEX = "0123456789abcdef"
EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZH_DIGITS = "零一二三四五六七八九"
PW_WORDS = ["Moon", "Lambo", "Satoshi", "Degen", "Hodl", "Panda", "Tiger", "Shanghai", "Kitty",
            "Rocket", "Pepe", "Wagmi", "Dragon", "Mango", "Sunny", "Berlin", "Koala", "Falcon"]
PW_SYMS = "!@$%&*?-_."


def _pick(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _words(rng: random.Random, n: int) -> list[str]:
    return [rng.choice(BIP39) for _ in range(n)]


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + _pick(rng, "0123456789", n - 1)


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word))
    return word[:i] + word[i + 1:] if len(word) > 4 else word + word[-1]


def _numbered(rng: random.Random, n: int, sep: str) -> str:
    return sep.join(f"{i}. {OPEN}{w}{CLOSE}" for i, w in enumerate(_words(rng, n), 1))


def _password(rng: random.Random) -> str:
    style = rng.randrange(3)
    if style == 0:
        return rng.choice(PW_WORDS) + rng.choice(PW_SYMS) + _digits(rng, 4)
    if style == 1:
        return _pick(rng, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@$%&*", 12)
    return rng.choice(PW_WORDS).lower() + _digits(rng, 3) + rng.choice(PW_SYMS) + rng.choice(PW_WORDS)


def _code_spaced(rng: random.Random) -> str:
    d = _pick(rng, "0123456789", 6)
    return rng.choice([f"{d[:2]} {d[2:4]} {d[4:]}", f"{d[:3]} {d[3:]}", " ".join(d)])


GEN: dict[str, Callable[[random.Random], str]] = {
    # seed phrases
    "seed12": lambda r: " ".join(_words(r, 12)),
    "seed18": lambda r: " ".join(_words(r, 18)),
    "seed24": lambda r: " ".join(_words(r, 24)),
    "seed6": lambda r: " ".join(_words(r, 6)),
    "seed4": lambda r: " ".join(_words(r, 4)),
    "seed3": lambda r: " ".join(_words(r, 3)),
    "seed12caps": lambda r: "".join(_words(r, 12)).upper(),
    "seed12upper": lambda r: " ".join(_words(r, 12)).upper(),
    "seed12comma": lambda r: ", ".join(_words(r, 12)),
    "seed12dash": lambda r: "-".join(_words(r, 12)),
    "seed12lines": lambda r: "\\n".join(" ".join(_words(r, 4)) for _ in range(3)),
    "seed12typo": lambda r: " ".join(_typo(w, r) if i == 7 else w for i, w in enumerate(_words(r, 12))),
    "seed12zw": lambda r: " ".join("\u200b".join(w[:2]) + w[2:] for w in _words(r, 12)),
    "seed12fw": lambda r: _fullwidth(" ".join(_words(r, 12))),
    "seed12cyr": lambda r: " ".join(_words(r, 12)).replace("a", "\u0430", 2),
    "seed12num": lambda r: _numbered(r, 12, " "),
    "seed12numl": lambda r: _numbered(r, 12, "\\n"),
    "seed24num": lambda r: _numbered(r, 24, " "),
    # keys
    "hex64": lambda r: _pick(r, HEX, 64),
    "hex64up": lambda r: _pick(r, HEX, 64).upper(),
    "hex64g8": lambda r: " ".join(_pick(r, HEX, 8) for _ in range(8)),
    "hex64wrap": lambda r: _pick(r, HEX, 32) + "\\n" + _pick(r, HEX, 32),
    "sol": lambda r: _pick(r, B58, 88),
    "wif": lambda r: r.choice("KL") + _pick(r, B58, 51),
    "xprv": lambda r: "xprv9" + _pick(r, B58, 106),
    # API
    "apisec": lambda r: _pick(r, "0123456789ABCDEF", 32),
    "apisecb64": lambda r: _pick(r, B58 + "+/", 43) + "=",
    "pp": lambda r: rng_pp(r),
    "apikey": lambda r: "-".join(_pick(r, HEX, n) for n in (8, 4, 4, 4, 12)),
    # 2FA / codes / passwords
    "b32": lambda r: _pick(r, B32, 32),
    "b32g": lambda r: " ".join(_pick(r, B32, 4).lower() for _ in range(8)),
    "b32s": lambda r: _pick(r, B32, 16),
    "code6": lambda r: _pick(r, "0123456789", 6),
    "code6s": _code_spaced,
    "code6en": lambda r: " ".join(EN_DIGITS[int(c)] for c in _pick(r, "0123456789", 6)),
    "code6zh": lambda r: "".join(ZH_DIGITS[int(c)] for c in _pick(r, "0123456789", 6)),
    "code6fw": lambda r: _fullwidth(_pick(r, "0123456789", 6)),
    "code4": lambda r: _pick(r, "0123456789", 4),
    "code8": lambda r: _pick(r, "0123456789", 8),
    "bk": lambda r: _pick(r, "0123456789", 4) + "-" + _pick(r, "0123456789", 4),
    "bkal": lambda r: _pick(r, "abcdefghjkmnpqrstuvwxyz23456789", 10),
    "pin6": lambda r: _pick(r, "0123456789", 6),
    "pw": _password,
    "pwfw": lambda r: _fullwidth(_password(r)),
    "ap": lambda r: rng_ap(r),
    # public look-alikes (never marked)
    "txhash": lambda r: "0x" + _pick(r, HEX, 64),
    "txbare": lambda r: _pick(r, HEX, 64),
    "addr": lambda r: "0x" + _pick(r, HEX + "ABCDEF", 40),
    "soladdr": lambda r: _pick(r, B58, 44),
    "soltx": lambda r: _pick(r, B58, 87),
    "btcaddr": lambda r: "bc1q" + _pick(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38),
    "tron": lambda r: "T" + _pick(r, B58, 33),
    "xpub": lambda r: "xpub6" + _pick(r, B58, 106),
    "uid": lambda r: _digits(r, 18),
    "order": lambda r: _digits(r, 19),
    "ticket": lambda r: "#" + _digits(r, 7),
    "phone": lambda r: "1" + r.choice(["38", "39", "58", "86", "77"]) + " " + _pick(r, "0123456789", 4)
    + " " + _pick(r, "0123456789", 4),
    "amount": lambda r: f"{r.randint(1, 9999)}.{_pick(r, '0123456789', 2)}",
    "tokenid": lambda r: str(r.randint(1, 99999)),
    "block": lambda r: str(r.randint(18_000_000, 21_999_999)),
    "pubhex": lambda r: "02" + _pick(r, HEX, 64),
}


def rng_pp(r: random.Random) -> str:
    """An API passphrase as people pick them: a word, digits, a symbol."""
    stem = r.choice(PW_WORDS) + r.choice(["bot", "Grid", "api", "Quant", "_v2"])
    return stem + _digits(r, 3) + r.choice(PW_SYMS)


def rng_ap(r: random.Random) -> str:
    """An anti-phishing code: short, chosen by the customer."""
    return r.choice(PW_WORDS) + _pick(r, "0123456789", 2)


PLACEHOLDER = re.compile(r"<<([a-z0-9]+)>>")


def expand_line(line: str, rng: random.Random) -> str:
    """Replace each placeholder in one template line by a new made-up value."""
    return PLACEHOLDER.sub(lambda m: GEN[m.group(1)](rng), line)


def main() -> int:
    """Write ``<name>.txt`` next to ``tpl/`` for every ``tpl/<name>.tpl``."""
    rng = random.Random(SEED)
    for tpl in sorted(HERE.glob("*.tpl")):
        lines = tpl.read_text(encoding="utf-8").splitlines()
        out = [expand_line(line, rng) for line in lines]
        (OUT / (tpl.stem + ".txt")).write_text("\n".join(out) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
