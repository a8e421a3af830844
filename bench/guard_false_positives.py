"""Safety-guard figures: false positives on ordinary support traffic, detection, speed.

Run from the repository root:  python bench/guard_false_positives.py

* inbound false positives: share of ORDINARY customer messages (bench/corpus/ordinary_*.txt)
  in which ``scan_inbound`` redacts anything;
* outbound false positives: share of ordinary AGENT replies (bench/corpus/agent_replies_*.txt)
  that ``check_outbound`` would refuse;
* detection: share of a generated positive set (seed phrases, keys, passwords and codes in
  context) that is caught and whose secret is really gone from the redacted text, and share
  of the scam messages in bench/corpus/agent_scams_*.txt that ``check_outbound`` refuses;
* held-out figures, reported separately: the same outbound recall / false-positive figures on
  batches written without running the guard on them (bench/corpus/heldout_*, fresh2_*,
  fresh3_*, fresh4_*: ``code|text`` scams and plain ordinary agent replies). The tuning corpus
  above says little about unseen phrasings. Once a batch had been measured its misses were
  used to improve the guard, so only the NEWEST batch still measures generalisation; the
  older ones stay as a record (and catch regressions). A new batch should be written before
  any further tuning. "rate" counts a scam as caught when any violation is raised (the message
  is refused, which is what protects the customer); "code ok" also requires the expected code;
* speed: microseconds per message (mean and p99) on the corpus and on 2,000-char messages.

Issue 16's held-out batches (secrets with marked spans, ordinary messages, conversations, scams,
safe replies, links, per language) are measured by ``bench/guard_heldout.py``, which takes any
batch folder or file set; its docstring documents the file format.

It only prints figures (tests never assert on timing); it exits 0. It never prints a secret:
flagged ordinary messages are listed with their redacted text only.
"""

from __future__ import annotations

import os
import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mnemonic import Mnemonic  # noqa: E402

from app.guard import check_outbound, scan_inbound  # noqa: E402
from app.guard.base58 import b58check_encode  # noqa: E402

CORPUS = ROOT / "bench" / "corpus"
MARKER = re.compile(r"\[redacted:[a-z_]+\]")
SEED = 20240601


def load(name: str) -> list[str]:
    lines = (CORPUS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip()]


# Held-out batches: (label, scams file stem, ordinary agent replies file stem) per language.
HELDOUT: tuple[tuple[str, str, str], ...] = tuple(
    (f"{batch} {lang}", f"{batch}_scams_{lang}", f"{batch}_agent_replies_{lang}")
    for batch in ("heldout", "fresh2", "fresh3", "fresh4")  # in writing order: the last one is unseen
    for lang in ("en", "zh")
)


# --- generated positives -------------------------------------------------------------------------
# Each case: (category, text, secret that must disappear, expected finding kind).
Case = tuple[str, str, str, str]


def _hex(rnd: random.Random, n: int) -> str:
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def _wif(rnd: random.Random, compressed: bool) -> str:
    payload = b"\x80" + rnd.randbytes(32) + (b"\x01" if compressed else b"")
    return b58check_encode(payload)


def _xprv(rnd: random.Random) -> str:
    payload = bytes.fromhex("0488ade4") + b"\x00" * 9 + rnd.randbytes(32) + b"\x00" + rnd.randbytes(32)
    return b58check_encode(payload)


def _numbered(words: list[str], style: str) -> str:
    fmt = {"dot": "{i}. {w}", "paren": "{i}){w}", "hash": "#{i} {w}"}[style]
    return "\n".join(fmt.format(i=i, w=w) for i, w in enumerate(words, 1))


def inbound_positives(rnd: random.Random) -> list[Case]:
    en, zh = Mnemonic("english"), Mnemonic("chinese_simplified")
    cases: list[Case] = []
    for _ in range(40):
        p12 = en.generate(128)
        p24 = en.generate(256)
        w = p12.split()
        cases += [
            ("seed en 12 plain", f"my wallet words: {p12}", p12, "seed_phrase"),
            ("seed en 24 plain", p24, p24, "seed_phrase"),
            ("seed en numbered", _numbered(w, rnd.choice(["dot", "paren", "hash"])), w[5], "seed_phrase"),
            (
                "seed en comma/CASE",
                ", ".join(x.upper() if rnd.random() < 0.5 else x for x in w),
                w[6],
                "seed_phrase",
            ),
            ("seed en in sentence", f"Hello support, {p12} can you help me restore it?", p12, "seed_phrase"),
        ]
        zw = zh.generate(rnd.choice([128, 256])).split()
        cases += [
            ("seed zh spaced", "我的助记词 " + " ".join(zw), " ".join(zw), "seed_phrase"),
            (
                "seed zh numbered",
                "，".join(f"{i}.{c}" for i, c in enumerate(zw, 1)),
                "".join(zw[:1]),
                "seed_phrase",
            ),
            (
                "seed zh no space + context",
                "这是我的助记词：" + "".join(zw) + "，帮我看看",
                "".join(zw),
                "seed_phrase",
            ),
            ("seed zh no space, bare", "".join(zw), "".join(zw), "seed_phrase"),
        ]
        key = _hex(rnd, 64)
        cases += [
            ("hex key with context", f"here is my private key {key} please help", key, "private_key"),
            ("hex key 0x, 私钥", f"私钥是0x{key}", key, "private_key"),
            ("hex key bare", key, key, "private_key"),
            ("wif", f"my key {_wif(rnd, rnd.random() < 0.5)}", "", "wif_key"),
            ("xprv", f"backup: {_xprv(rnd)}", "", "extended_private_key"),
        ]
        pw = "".join(rnd.choice("abcdefghjkmnpqrstuvwxyzABCDEFGH23456789!@#") for _ in range(10))
        code = f"{rnd.randint(0, 999999):06d}"
        cases += [
            (
                "password en",
                rnd.choice(
                    [
                        f"my password is {pw}",
                        f"password: {pw}",
                        f"pwd={pw}",
                        f"login password is {pw} please check",
                    ]
                ),
                pw,
                "password",
            ),
            (
                "password zh",
                rnd.choice([f"密码是{pw}", f"密码：{pw}", f"登录密码 {pw}", f"我的资金密码是 {pw}"]),
                pw,
                "password",
            ),
            (
                "otp en",
                rnd.choice(
                    [
                        f"verification code is {code}",
                        f"2FA code {code}",
                        f"Google Authenticator code: {code}",
                        f"the code is {code}, from sms",
                    ]
                ),
                code,
                "otp_code",
            ),
            (
                "otp zh",
                rnd.choice([f"验证码 {code}", f"谷歌验证码：{code}", f"短信验证码是 {code}"]),
                code,
                "otp_code",
            ),
        ]
    # the secret string to check for WIF/xprv is the key itself (last token)
    return [(c, t, s or t.split()[-1], k) for c, t, s, k in cases]


def outbound_positives() -> list[tuple[str, str, str]]:
    """(category, agent text, expected violation code) from bench/corpus/agent_scams_*.txt.

    Each line there is ``code|text``: a scam an agent account might send (or be made to send).
    """
    out: list[tuple[str, str, str]] = []
    for lang in ("en", "zh"):
        for line in load(f"agent_scams_{lang}"):
            code, text = line.split("|", 1)
            family = "asks secret" if code.startswith("asks_") else code.replace("_", " ")
            if code in ("link_not_allowed", "lookalike_domain"):
                family = "links"
            out.append((f"{family} {lang}", text, code))
    return out


# --- measuring -------------------------------------------------------------------------------------


def micros(fn: Callable[[str], object], texts: Iterable[str], repeat: int = 3) -> list[float]:
    out: list[float] = []
    for text in texts:
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter_ns()
            fn(text)
            best = min(best, time.perf_counter_ns() - t0)
        out.append(best / 1000)
    return out


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def long_messages(lines: list[str], n: int, size: int, rnd: random.Random) -> list[str]:
    out = []
    for _ in range(n):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < size:
            parts.append(rnd.choice(lines))
        out.append(" ".join(parts)[:size])
    return out


def row(*cells: object, widths: tuple[int, ...] = (38, 10, 10, 10, 10)) -> str:
    return "  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=False))


def heldout_figures(verbose: bool) -> None:
    """Outbound recall and false positives on batches the guard was not tuned on.

    Printed apart from the tuning corpus so a rise there cannot hide a drop here.
    """
    print("\nHeld-out outbound figures (batches in writing order; only the newest is unseen)")
    print(row("set", "messages", "flagged", "rate", "code ok"))
    for label, scams_name, replies_name in HELDOUT:
        if not (CORPUS / f"{scams_name}.txt").exists():
            continue
        scams = [line.split("|", 1) for line in load(scams_name)]
        caught = [(code, text, check_outbound(text)) for code, text in scams]
        hits = [c for c in caught if c[2]]
        code_ok = [c for c in caught if any(v.code == c[0] for v in c[2])]
        print(
            row(
                f"recall   {label}",
                len(scams),
                len(hits),
                f"{len(hits) / len(scams):.1%}",
                f"{len(code_ok) / len(scams):.1%}",
            )
        )
        if verbose:
            for code, text, found in caught:
                if not any(v.code == code for v in found):
                    print("     missed:", code, [v.code for v in found], text)
        replies = load(replies_name)
        blocked = [(t, v) for t in replies if (v := check_outbound(t))]
        print(row(f"fp       {label}", len(replies), len(blocked), f"{len(blocked) / len(replies):.2%}"))
        if verbose:
            for t, v in blocked:
                print("     blocked:", [x.code for x in v], t[:120])
    texts = [
        line.split("|", 1)[-1]
        for _, scams_name, replies_name in HELDOUT
        if (CORPUS / f"{scams_name}.txt").exists()
        for line in load(scams_name) + load(replies_name)
    ]
    if texts:
        t = micros(check_outbound, texts)
        print(row("speed    µs/message", len(texts), f"mean {statistics.mean(t):.0f}", f"p99 {p99(t):.0f}"))


def main() -> int:
    rnd = random.Random(SEED)
    verbose = "-v" in sys.argv
    corpus = {
        name: load(name) for name in ("ordinary_en", "ordinary_zh", "agent_replies_en", "agent_replies_zh")
    }

    print("False positives (lower is better)")
    print(row("set", "messages", "flagged", "rate"))
    for name in ("ordinary_en", "ordinary_zh"):
        flagged = [r for r in map(scan_inbound, corpus[name]) if r.findings]
        print(
            row(
                f"inbound  {name}", len(corpus[name]), len(flagged), f"{len(flagged) / len(corpus[name]):.2%}"
            )
        )
        if verbose:
            for r in flagged:
                print("    ", [f.kind for f in r.findings], r.text[:120])
    for name in ("agent_replies_en", "agent_replies_zh"):
        blocked = [(t, v) for t in corpus[name] if (v := check_outbound(t))]
        print(
            row(
                f"outbound {name}", len(corpus[name]), len(blocked), f"{len(blocked) / len(corpus[name]):.2%}"
            )
        )
        if verbose:
            for t, v in blocked:
                print("    ", [x.code for x in v], t[:120])

    print("\nDetection on generated positives (higher is better)")
    print(row("category", "cases", "caught", "rate"))
    by_cat: dict[str, list[bool]] = {}
    for cat, text, secret, kind in inbound_positives(rnd):
        result = scan_inbound(text)
        left = MARKER.sub(" ", result.text)  # "seed", "phrase" are BIP39 words AND marker text
        ok = any(f.kind == kind for f in result.findings) and secret not in left
        by_cat.setdefault(cat, []).append(ok)
    for cat, oks in by_cat.items():
        print(row(f"inbound  {cat}", len(oks), sum(oks), f"{sum(oks) / len(oks):.1%}"))
    out_cat: dict[str, list[bool]] = {}
    for cat, text, code in sorted(outbound_positives()):
        ok = any(v.code == code for v in check_outbound(text))
        out_cat.setdefault(cat, []).append(ok)
        if verbose and not ok:
            print("     missed:", text)
    for cat, oks in out_cat.items():
        print(row(f"outbound {cat}", len(oks), sum(oks), f"{sum(oks) / len(oks):.1%}"))

    heldout_figures(verbose)

    print("\nSpeed, microseconds per message (best of 3 runs each)")
    print(row("set", "messages", "mean", "p99"))
    all_lines = [line for lines in corpus.values() for line in lines]
    sets = {
        "corpus messages": all_lines,
        "2,000-char en": long_messages(corpus["ordinary_en"] + corpus["agent_replies_en"], 200, 2000, rnd),
        "2,000-char zh": long_messages(corpus["ordinary_zh"] + corpus["agent_replies_zh"], 200, 2000, rnd),
    }
    for label, texts in sets.items():
        for fn_name, fn in (("scan_inbound", scan_inbound), ("check_outbound", check_outbound)):
            t = micros(fn, texts)
            print(row(f"{fn_name:<15}{label}", len(texts), f"{statistics.mean(t):.0f}", f"{p99(t):.0f}"))
    print(f"\n(python {sys.version.split()[0]}, pid {os.getpid()}; -v lists flagged/missed messages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
