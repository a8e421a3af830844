"""Expand the r30 guard-batch templates into the batch files next to this folder.

Why: the batch must carry realistic made-up secrets (seeds, keys, codes) without anyone typing
them by hand, and must be reproducible byte for byte, so every value comes from one
``random.Random(SEED)`` walked in a fixed order (templates sorted by name, placeholders left to
right).

Placeholders in a ``*.tpl`` line:

* ``{{KIND}}``        a fresh made-up value of that kind (see ``GENERATORS``);
* ``{{KIND>name}}``   the same, also remembered under ``name`` (per template file);
* ``{{KIND>>name}}``  a value remembered under ``name`` but not written;
* ``{{@name}}``       the remembered value again;
* ``{{@name:a:b}}``   words ``a`` to ``b`` (Python slice) of the remembered value.

Everything else, including ``⟦ ⟧`` markers, ``label|`` prefixes, ``#`` comments and blank lines,
is copied as is.

    python bench/corpus/guard_batches/r30/tpl/expand.py          # write the .txt files
    python bench/corpus/guard_batches/r30/tpl/expand.py --check  # exit 1 if they differ
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

SEED = 30030
HERE = Path(__file__).resolve().parent
OUT = HERE.parent

# Words I know to be in the BIP39 English list (a subset; checksums of the made-up seeds are
# therefore not valid, which a real wallet would reject but a guard must not rely on).
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
benefit best betray better between beyond bicycle bid bike bind biology bird birth bitter
black blade blame blanket blast bleak bless blind blood blossom blouse blue blur blush board
boat body boil bomb bone bonus book boost border boring borrow boss bottom bounce box boy
bracket brain brand brass brave bread breeze brick bridge brief bright bring brisk broccoli
broken bronze broom brother brown brush bubble buddy budget buffalo build bulb bulk bullet
bundle bunker burden burger burst bus business busy butter buyer buzz cabbage cabin cable
cactus cage cake call calm camera camp can canal cancel candy cannon canoe canvas canyon
capable capital captain car carbon card cargo carpet carry cart case cash casino castle casual
cat catalog catch category cattle caught cause caution cave ceiling celery cement census
century cereal certain chair chalk champion change chaos chapter charge chase chat cheap check
cheese chef cherry chest chicken chief child chimney choice choose chronic chuckle chunk churn
cigar cinnamon circle citizen city civil claim clap clarify claw clay clean clerk clever click
client cliff climb clinic clip clock close cloth cloud clown club clump cluster clutch coach
coast coconut code coffee coil coin collect color column combine come comfort comic common
company concert conduct confirm congress connect consider control convince cook cool copper
copy coral core corn correct cost cotton couch country couple course cousin cover coyote crack
cradle craft crane crash crater crawl crazy cream credit creek crew cricket crime crisp critic
crop cross crouch crowd crucial cruel cruise crumble crunch crush cry crystal cube culture cup
cupboard curious current curtain curve cushion custom cute cycle dad damage damp dance danger
daring dash daughter dawn day deal debate debris decade december decide decline decorate
decrease deer defense define defy degree delay deliver demand denial dentist deny depart
depend deposit depth deputy derive describe desert design desk despair destroy detail detect
develop device devote diagram dial diamond diary dice diesel diet differ digital dignity
dilemma dinner dinosaur direct dirt disagree discover disease dish dismiss disorder display
distance divert divide divorce dizzy doctor document dog doll dolphin domain donate donkey
donor door dose double dove draft dragon drama drastic draw dream dress drift drill drink drip
drive drop drum dry duck dumb dune during dust dutch duty dwarf dynamic
eagle early earth easily east easy echo ecology economy edge edit educate effort egg eight
either elbow elder electric elegant element elephant elevator elite else embark embody embrace
emerge emotion employ empower empty enable enact end endless endorse enemy energy enforce
engage engine enhance enjoy enlist enough enrich enroll ensure enter entire entry envelope
episode equal equip era erase erode erosion error erupt escape essay essence estate eternal
ethics evidence evil evoke evolve exact example excess exchange excite exclude excuse execute
exercise exhaust exhibit exile exist exit exotic expand expect expire explain expose express
extend extra eye eyebrow fabric face faculty fade faint faith fall false fame family famous fan
fancy fantasy farm fashion fat fatal father fatigue fault favorite feature february federal fee
feed feel female fence festival fetch fever few fiber fiction field figure file film filter
final find fine finger finish fire firm first fiscal fish fit fitness fix flag flame flash flat
flavor flee flight flip float flock floor flower fluid flush fly foam focus fog foil fold follow
food foot force forest forget fork fortune forum forward fossil foster found fox fragile frame
frequent fresh friend fringe frog front frost frown frozen fruit fuel fun funny furnace fury
future gadget gain galaxy gallery game gap garage garbage garden garlic garment gas gasp gate
gather gauge gaze general genius genre gentle genuine gesture ghost giant gift giggle ginger
giraffe girl give glad glance glare glass glide glimpse globe gloom glory glove glow glue goat
goddess gold good goose gorilla gospel gossip govern gown grab grace grain grant grape grass
gravity great green grid grief grit grocery group grow grunt guard guess guide guilt guitar gun
gym habit hair half hammer hamster hand happy harbor hard harsh harvest hat have hawk hazard head
health heart heavy hedgehog height hello helmet help hen hero hidden high hill hint hip hire
history hobby hockey hold hole holiday hollow home honey hood hope horn horror horse hospital
host hotel hour hover hub huge human humble humor hundred hungry hunt hurdle hurry hurt husband
hybrid magic magnet maid mail main major make mammal man manage mandate mango mansion manual
maple marble march margin marine market marriage mask mass master match material math matrix
matter maximum maze meadow mean measure meat mechanic medal media melody melt member memory
mention menu mercy merge merit merry mesh message metal method middle midnight milk million
mimic mind minimum minor minute miracle mirror misery miss mistake mix mixed mixture mobile
model modify mom moment monitor monkey monster month moon moral more morning mosquito mother
motion motor mountain mouse move movie much muffin mule multiply muscle museum mushroom music
must mutual myself mystery myth wrong year yellow young
youth zebra zero zone zoo
"""
BIP39 = _BIP39_TEXT.split()

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
_EN_DIGITS_TEXT = "zero one two three four five six seven eight nine"
EN_DIGITS = _EN_DIGITS_TEXT.split()
ZH_DIGITS = "零一二三四五六七八九"
PW_WORDS = [
    "Moon",
    "lambo",
    "Liq",
    "hodl",
    "Panda",
    "tiger",
    "Rekt",
    "dragon",
    "Sunny",
    "wolf",
    "Kitty",
    "degen",
    "Whale",
    "pump",
    "Grid",
    "bull",
    "Bear",
    "shrimp",
]
PW_TAILS = ["!", "@", "#", "$", "*", "_", ".", "!!", "&", "%"]
ANTIPHISH_WORDS = ["LUNA", "mango", "Orca", "kiwi", "Bamboo", "ZEN", "pepper", "Hawk", "Tofu"]

Gen = Callable[[random.Random], str]


def _pick(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _seed(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(BIP39) for _ in range(n))


def _seed_numbered_marked(rng: random.Random, n: int) -> str:
    """A numbered seed with each word marked on its own (numbers stay outside the markers)."""
    return " ".join(f"{i}. ⟦{rng.choice(BIP39)}⟧" for i in range(1, n + 1))


def _misspell(rng: random.Random, n: int) -> str:
    words = [rng.choice([w for w in BIP39 if len(w) >= 5]) for _ in range(n)]
    i = rng.randrange(n)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]  # two letters swapped, a typo
    return " ".join(words)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _grouped(s: str, size: int, sep: str = " ") -> str:
    return sep.join(s[i : i + size] for i in range(0, len(s), size))


def _password(rng: random.Random) -> str:
    return (
        rng.choice(PW_WORDS)
        + _digits(rng, rng.randint(2, 4))
        + rng.choice(PW_TAILS)
        + (rng.choice(PW_WORDS).lower())
    )


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _uuid(rng: random.Random) -> str:
    return "-".join(_pick(rng, HEX, n) for n in (8, 4, 4, 4, 12))


GENERATORS: dict[str, Gen] = {
    "SEED12": lambda r: _seed(r, 12),
    "SEED24": lambda r: _seed(r, 24),
    "SEED12CAPS": lambda r: _seed(r, 12).upper().replace(" ", ""),
    "SEED12COMMA": lambda r: ", ".join(_seed(r, 12).split()),
    "SEED12NUMM": lambda r: _seed_numbered_marked(r, 12),
    "SEED12TYPO": lambda r: _misspell(r, 12),
    "SEED12ZWSP": lambda r: "\u200b ".join(_seed(r, 12).split()),
    "SEED12FW": lambda r: _fullwidth(_seed(r, 12)),
    "HEX64": lambda r: _pick(r, HEX, 64),
    "HEX64UP": lambda r: _pick(r, HEX, 64).upper(),
    "HEX64G8": lambda r: _grouped(_pick(r, HEX, 64), 8),
    "HEX32": lambda r: _pick(r, HEX, 32),
    "B58SOL": lambda r: _pick(r, B58, 88),
    "WIF": lambda r: r.choice("KL") + _pick(r, B58, 51),
    "XPRV": lambda r: "xprv9" + _pick(r, B58, 106),
    "XPUB": lambda r: "xpub6" + _pick(r, B58, 106),
    "APIKEY": _uuid,
    "APISECRET": lambda r: _pick(r, "0123456789ABCDEF", 32),
    "PASSPHRASE": lambda r: (
        r.choice(PW_WORDS) + r.choice(["Grid", "Bot", "Api", "Quant"]) + _digits(r, 3) + r.choice(PW_TAILS)
    ),
    "B32KEY": lambda r: _pick(r, B32, 16),
    "B32KEY32G": lambda r: _grouped(_pick(r, B32, 32), 4),
    "B32LOW": lambda r: _grouped(_pick(r, B32, 16).lower(), 4),
    "CODE6": lambda r: _digits(r, 6),
    "CODE6SP": lambda r: " ".join(_digits(r, 6)),
    "CODE6PAIRS": lambda r: _grouped(_digits(r, 6), 2),
    "CODE6FW": lambda r: _fullwidth(_digits(r, 6)),
    "CODE6EN": lambda r: " ".join(EN_DIGITS[int(d)] for d in _digits(r, 6)),
    "CODE6ZH": lambda r: "".join(ZH_DIGITS[int(d)] for d in _digits(r, 6)),
    "CODE8": lambda r: _digits(r, 8),
    "BACKUP": lambda r: (
        _pick(r, "abcdefghjkmnpqrstuvwxyz23456789", 4) + "-" + _pick(r, "abcdefghjkmnpqrstuvwxyz23456789", 4)
    ),
    "PW": _password,
    "PWFW": lambda r: _fullwidth(_password(r)),
    "PIN6": lambda r: _digits(r, 6),
    "ANTIPHISH": lambda r: r.choice(ANTIPHISH_WORDS) + _digits(r, 2),
    "RAND": lambda r: _pick(r, ALNUM, 10),
    # ordinary look-alikes
    "TXHASH": lambda r: "0x" + _pick(r, HEX, 64),
    "BTCTX": lambda r: _pick(r, HEX, 64),
    "ETHADDR": lambda r: "0x" + _pick(r, HEX, 40),
    "TRXADDR": lambda r: "T" + _pick(r, B58, 33),
    "SOLADDR": lambda r: _pick(r, B58, 44),
    "BTCADDR": lambda r: "bc1q" + _pick(r, "023456789acdefghjklmnpqrstuvwxyz", 38),
    "UID": lambda r: str(r.randint(1, 9)) + _digits(r, 15),
    "UID8": lambda r: str(r.randint(1, 9)) + _digits(r, 7),
    "ORDER": lambda r: str(r.randint(1, 9)) + _digits(r, 17),
    "ALGOID": lambda r: str(r.randint(1, 9)) + _digits(r, 18),
    "TICKET": lambda r: "#" + str(r.randint(100000, 999999)),
    "PHONE": lambda r: "+86 1" + str(r.randint(30, 99)) + " " + _digits(r, 4) + " " + _digits(r, 4),
    "PHONEUS": lambda r: "+1 (" + _digits(r, 3) + ") 555-" + _digits(r, 4),
    "AMOUNT": lambda r: f"{r.randint(1, 99999)}.{_digits(r, 2)}",
    "PRICE": lambda r: f"{r.randint(20000, 120000)}.{r.randint(0, 9)}",
    "PCT": lambda r: f"{r.choice(['0.0', '0.00', '-0.0'])}{r.randint(1, 99)}%",
}

TOKEN = re.compile(r"\{\{([^{}]+)\}\}")


def expand_text(text: str, rng: random.Random) -> str:
    """Replace every placeholder of one template, left to right."""
    memory: dict[str, str] = {}

    def one(m: re.Match[str]) -> str:
        body = m.group(1)
        if body.startswith("@"):
            name, *sl = body[1:].split(":")
            value = memory[name]
            if sl:
                a, b = (int(x) if x else None for x in sl)
                return " ".join(value.split()[a:b])
            return value
        kind, _, name = body.partition(">")
        value = GENERATORS[kind](rng)
        if name.startswith(">"):  # {{KIND>>name}}: remember only, write nothing
            memory[name[1:]] = value
            return ""
        if name:
            memory[name] = value
        return value

    return TOKEN.sub(one, text)


def build() -> dict[Path, str]:
    """All outputs, in a fixed order, from one generator."""
    rng = random.Random(SEED)
    out: dict[Path, str] = {}
    for tpl in sorted(HERE.glob("*.tpl")):
        header = f"# generated by tpl/expand.py from tpl/{tpl.name} (SEED={SEED}); edit the template\n"
        out[OUT / (tpl.stem + ".txt")] = header + expand_text(tpl.read_text(encoding="utf-8"), rng)
    return out


def main(argv: list[str]) -> int:
    """Write the batch files, or with ``--check`` only compare them."""
    outputs = build()
    if "--check" in argv:
        bad = [p.name for p, t in outputs.items() if not p.exists() or p.read_text(encoding="utf-8") != t]
        for name in bad:
            print(f"differs: {name}")
        return 1 if bad else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
