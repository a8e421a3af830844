"""Expand the r34 templates (``tpl/*.tpl``) into the batch files (``../*.txt``).

The templates hold the wording; every made-up secret or public identifier is a placeholder
filled here from a fixed ``random.Random`` so the batch is reproducible and no real secret is
ever typed by hand. Run ``python bench/corpus/guard_batches/r34/tpl/expand.py`` to regenerate;
the output must be byte-identical to the committed ``.txt`` files.

Placeholder syntax: ``{kind}`` (a fresh value), ``{kind@tag}`` (the same value wherever the tag
recurs inside one block; a block is one line, or one conversation in ``conversations_*``), and
``{kind@tag:i-j}`` (words ``i`` to ``j``, end exclusive, of a shared seed phrase). Unknown
``{...}`` text is left alone.
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

SEED = 34034
HERE = Path(__file__).resolve().parent
OUT = HERE.parent

# Words I know are in the BIP39 English list (not the whole list; the checksum word of a
# generated phrase is therefore random, not valid -- see README).
BIP39_TEXT = """
abandon ability able about above absent absorb abstract absurd abuse access accident account
accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict
address adjust admit adult advance advice aerobic affair afford afraid again age agent agree
ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone alpha
already also alter always amateur amazing among amount amused analyst anchor ancient anger
angle angry animal ankle announce annual another answer antenna antique anxiety any apart
apology appear apple approve april arch arctic area arena argue arm armed armor army around
arrange arrest arrive arrow art artist artwork ask aspect assault asset assist assume asthma
athlete atom attack attend attitude attract auction audit august aunt author auto autumn
average avocado avoid awake aware away awesome awful awkward axis
rabbit raccoon radar rail rain raise rally ramp ranch random range rapid rare rate rather raven
raw razor ready real reason rebel rebuild recall receive recipe record recycle reduce reflect
reform refuse region regret regular reject relax release relief rely remain remember remind
remove render renew rent reopen repair repeat replace report require rescue resemble resist
resource response result retire retreat return reunion reveal review reward rhythm rib ribbon
rice rich ride ridge rifle right rigid ring riot ripple risk ritual rival river road roast robot
robust rocket romance roof rookie room rose rotate rough round route royal rubber rude rug rule
run runway rural
mango margin marine market mass master match material math matrix matter maximum maze meadow
mean measure meat mechanic medal media melody melt member memory mention menu mercy merge merit
merry mesh message metal method middle midnight milk million mimic mind minimum minor minute
miracle mirror misery miss mistake mix mixed mixture mobile model modify mom moment monitor
monkey monster month moon moral more morning mosquito mother motion motor mountain mouse move
movie much muffin mule multiply muscle museum mushroom music must mutual myself mystery myth
salt sample satoshi sausage scatter scheme school science scissors scorpion tiger timber tobacco
toddler ticket tragic umbrella uncle unfold vessel vivid voyage window winter wisdom wolf wrist
yellow youth zebra zone zoo
"""
BIP39 = BIP39_TEXT.split()

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
ZH_DIGITS = "零一二三四五六七八九"
EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
CYR = {"a": "\u0430", "o": "\u043e", "e": "\u0435", "c": "\u0441", "p": "\u0440"}
PW_WORDS = ["moon", "tiger", "lambo", "hodl", "satoshi", "panda", "dragon", "sunny", "kitty", "rocket"]
PW_TAILS = ["!", "@", "#", "$", "!!", "*", "_", "."]
NICK = ["coin", "kitty", "moon", "whale", "degen", "panda", "lucky", "alpha", "sats", "gem", "ape"]
BIG_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)(?:@([a-z0-9]+))?(?::(\d+)-(\d+))?\}")


def b58encode(data: bytes) -> str:
    """Plain base58 (Bitcoin alphabet), leading zero bytes kept as ``1``."""
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def b58check(payload: bytes) -> str:
    """Base58Check: payload plus the first 4 bytes of its double SHA-256."""
    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + check)


def fullwidth(text: str) -> str:
    """ASCII to full-width forms (what a Chinese IME in full-width mode types)."""
    return "".join("\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


class Gen:
    """Value generators, one per placeholder kind, all drawing from one ``random.Random``."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def words(self, n: int) -> list[str]:
        return [self.r.choice(BIP39) for _ in range(n)]

    def hexs(self, nbytes: int) -> str:
        return self.r.randbytes(nbytes).hex()

    def priv32(self) -> bytes:
        while True:
            k = self.r.randbytes(32)
            if 0 < int.from_bytes(k, "big") < BIG_N:
                return k

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def alnum(self, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # --- secrets -------------------------------------------------------------------------
    def seed12(self) -> str:
        return " ".join(self.words(12))

    def seed24(self) -> str:
        return " ".join(self.words(24))

    def seed12_caps(self) -> str:
        return "".join(self.words(12)).upper()

    def seed12_comma(self) -> str:
        return ", ".join(self.words(12))

    def seed12_dash(self) -> str:
        return "-".join(self.words(12))

    def seed12_fw(self) -> str:
        return fullwidth(" ".join(self.words(12)))

    def seed12_zw(self) -> str:
        out = []
        for w in self.words(12):
            cut = self.r.randrange(1, len(w)) if len(w) > 1 else 1
            out.append(w[:cut] + "\u200b" + w[cut:])
        return " ".join(out)

    def seed12_cyr(self) -> str:
        ws = self.words(12)
        for i in self.r.sample(range(12), 12):
            hit = [c for c in ws[i] if c in CYR]
            if hit:
                ws[i] = ws[i].replace(hit[0], CYR[hit[0]], 1)
                break
        return " ".join(ws)

    def seed12_typo(self) -> str:
        ws = self.words(12)
        i = self.r.randrange(12)
        w = ws[i]
        j = self.r.randrange(1, len(w) - 1) if len(w) > 3 else 1
        ws[i] = w[:j] + w[j + 1 :] if self.r.random() < 0.5 else w[:j] + w[j] + w[j:]
        return " ".join(ws)

    def seed12_lines(self) -> str:
        ws = self.words(12)
        return "\\n".join(" ".join(ws[i : i + 4]) for i in range(0, 12, 4))

    def seed12_num(self) -> str:
        return " ".join(f"{i}. ⟦{w}⟧" for i, w in enumerate(self.words(12), 1))

    def seed12_numzh(self) -> str:
        return "，".join(f"第{i}个 ⟦{w}⟧" for i, w in enumerate(self.words(12), 1))

    def seed24_num(self) -> str:
        return "\\n".join(f"{i}) ⟦{w}⟧" for i, w in enumerate(self.words(24), 1))

    def wif(self) -> str:
        return b58check(b"\x80" + self.priv32() + b"\x01")

    def wif_u(self) -> str:
        return b58check(b"\x80" + self.priv32())

    def xprv(self) -> str:
        body = bytes.fromhex("0488ade4") + bytes([3]) + self.r.randbytes(4) + self.r.randbytes(4)
        return b58check(body + self.r.randbytes(32) + b"\0" + self.priv32())

    def hex64(self) -> str:
        return self.priv32().hex()

    def hex64_0x(self) -> str:
        return "0x" + self.priv32().hex()

    def hex64_groups(self) -> str:
        h = self.priv32().hex()
        return " ".join(h[i : i + 8] for i in range(0, 64, 8))

    def hex64_wrap(self) -> str:
        h = self.priv32().hex()
        return h[:32] + "\\n" + h[32:]

    def sol58(self) -> str:
        return b58encode(self.priv32() + self.r.randbytes(32))

    def code6(self) -> str:
        return self.digits(6)

    def code6_sp(self) -> str:
        d = self.digits(6)
        return f"{d[:2]} {d[2:4]} {d[4:]}" if self.r.random() < 0.5 else " ".join(d)

    def code6_en(self) -> str:
        return " ".join(EN_DIGITS[int(c)] for c in self.digits(6))

    def code6_zh(self) -> str:
        return "".join(ZH_DIGITS[int(c)] for c in self.digits(6))

    def code6_fw(self) -> str:
        return fullwidth(self.digits(6))

    def code4(self) -> str:
        return self.digits(4)

    def backup(self) -> str:
        return self.digits(8)

    def backup_dash(self) -> str:
        return (
            self.alnum(4, "abcdefghjkmnpqrstuvwxyz23456789")
            + "-"
            + self.alnum(4, "abcdefghjkmnpqrstuvwxyz23456789")
        )

    def pw(self) -> str:
        w = self.r.choice(PW_WORDS)
        w = w.capitalize() if self.r.random() < 0.6 else w
        return w + self.digits(self.r.choice([2, 3, 4])) + self.r.choice(PW_TAILS)

    def pw_fw(self) -> str:
        return fullwidth(self.pw())

    def pin(self) -> str:
        return self.digits(6)

    def apisecret(self) -> str:
        return self.hexs(16).upper()

    def passphrase(self) -> str:
        return (
            self.r.choice(["Tg", "wx", "Bot", "grid", "Arb"])
            + "_"
            + self.r.choice(PW_WORDS)
            + self.digits(4)
            + self.r.choice(PW_TAILS)
        )

    def totp(self) -> str:
        return self.alnum(16, B32)

    def totp_sp(self) -> str:
        s = self.alnum(32, B32).lower()
        return " ".join(s[i : i + 4] for i in range(0, 32, 4))

    def antiphish(self) -> str:
        return (
            self.r.choice(["Blue", "Mango", "Panda", "Lucky", "Tiger", "Moon"])
            + self.r.choice(["Fox", "Cat", "Boat", "Star", "Rain"])
            + self.digits(2)
        )

    # --- public look-alikes ----------------------------------------------------------------
    def apikey(self) -> str:
        h = self.hexs(16)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def ref(self) -> str:
        return self.digits(8) if self.r.random() < 0.5 else self.alnum(8)

    def promo(self) -> str:
        return self.r.choice(["TGVIP", "XMAS", "WX", "NEWBIE", "LUCKY", "CNY"]) + self.digits(
            self.r.choice([2, 3, 4])
        )

    def redpacket(self) -> str:
        return self.alnum(self.r.choice([8, 10, 12]))

    def txhash(self) -> str:
        return "0x" + self.hexs(32)

    def btctx(self) -> str:
        return self.hexs(32)

    def ethaddr(self) -> str:
        return "0x" + self.hexs(20)

    def btcaddr(self) -> str:
        return b58check(b"\x00" + self.r.randbytes(20))

    def trxaddr(self) -> str:
        return b58check(b"\x41" + self.r.randbytes(20))

    def soladdr(self) -> str:
        return b58encode(self.r.randbytes(32))

    def xpub(self) -> str:
        body = bytes.fromhex("0488b21e") + bytes([3]) + self.r.randbytes(8)
        return b58check(
            body + self.r.randbytes(32) + self.r.choice([b"\x02", b"\x03"]) + self.r.randbytes(32)
        )

    def pubkey(self) -> str:
        return self.r.choice(["02", "03"]) + self.hexs(32)

    def uid(self) -> str:
        return self.r.choice("123456789") + self.digits(15)

    def orderid(self) -> str:
        return self.r.choice("56789") + self.digits(17)

    def tg(self) -> str:
        return (
            "@" + self.r.choice(NICK) + self.r.choice(["_", "", "x"]) + self.r.choice(NICK) + self.digits(2)
        )

    def phone(self) -> str:
        return "+86 1" + self.r.choice("3589") + self.digits(1) + " " + self.digits(4) + " " + self.digits(4)

    def amount(self) -> str:
        return f"{self.r.randint(5, 4999)}.{self.digits(2)}"

    def ticket(self) -> str:
        return "T-" + self.digits(7)


def expand_block(lines: list[str], gen: Gen) -> list[str]:
    """Fill one block's placeholders; tagged placeholders share one value inside the block."""
    shared: dict[tuple[str, str], str] = {}

    def fill(m: re.Match[str]) -> str:
        kind, tag, lo, hi = m.group(1), m.group(2), m.group(3), m.group(4)
        maker: Callable[[], str] | None = getattr(gen, kind, None)
        if maker is None or kind.startswith("_") or kind in {"words", "hexs", "digits", "alnum", "priv32"}:
            return m.group(0)
        if tag is None:
            return maker()
        key = (kind, tag)
        if key not in shared:
            shared[key] = maker()
        value = shared[key]
        if lo is not None and hi is not None:
            return " ".join(value.split(" ")[int(lo) : int(hi)])
        return value

    return [PLACEHOLDER.sub(fill, line) for line in lines]


def expand_file(tpl: Path) -> str:
    """One template to one batch file; blocks are lines, or blank-line separated conversations."""
    gen = Gen(random.Random(f"{SEED}/{tpl.stem}"))
    src = tpl.read_text(encoding="utf-8").splitlines()
    out = [f"# generated from tpl/{tpl.name} by tpl/expand.py (SEED {SEED}); edit the template"]
    if tpl.stem.startswith("conversations"):
        block: list[str] = []
        for line in [*src, ""]:
            if line.strip():
                block.append(line)
                continue
            if block:
                out.extend(expand_block(block, gen))
                block = []
            out.append("")
        while out and out[-1] == "":
            out.pop()
    else:
        for line in src:
            out.extend(expand_block([line], gen))
    return "\n".join(out) + "\n"


def main() -> int:
    check = "--check" in sys.argv[1:]
    stale = []
    for tpl in sorted(HERE.glob("*.tpl")):
        text = expand_file(tpl)
        target = OUT / f"{tpl.stem}.txt"
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(target.name)
        else:
            target.write_text(text, encoding="utf-8")
    if stale:
        print("out of date:", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
