"""Check that this batch is well-formed, without the guard (the batch is blind: never run the guard here).

    .venv/bin/python bench/corpus/guard_batches/r21/check_batch.py

Counts the cases per file; checks the markers (balanced, not nested, only in customer-message files,
every line of a ``secrets`` file marked); the ``flag|``/``ok|`` of links; that every marked seed
phrase is a BIP39 phrase with a valid checksum once its disguise is undone (at most one misspelt
word, which must be one edit away from the word that makes the checksum valid); that hex keys are
64 hex digits; that base58check and bech32 strings carry valid checksums; that no placeholder is
left and no marked secret is repeated across the batch. Exits 1 on any problem.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from mnemonic import Mnemonic

HERE = Path(__file__).resolve().parent
OPEN, CLOSE = "\u27e6", "\u27e7"
LABEL = re.compile(r"^([a-z0-9_]+)\|(.*)$", re.S)
M = Mnemonic("english")
WORDSET = set(M.wordlist)
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
UNCYR = {"\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0441": "c", "\u0440": "p", "\u0445": "x",
         "\u0456": "i", "\u0443": "y", "\u0458": "j"}
problems: list[str] = []


def spans_of(raw: str, where: str) -> tuple[str, list[str]]:
    m = LABEL.match(raw)
    label = m.group(1) if m else ""
    body = m.group(2) if m else raw
    out, depth, cur = [], 0, ""
    for ch in body:
        if ch == OPEN:
            if depth:
                problems.append(f"{where}: nested marker")
            depth, cur = 1, ""
        elif ch == CLOSE:
            if not depth:
                problems.append(f"{where}: close without open")
            out.append(cur)
            depth = 0
        elif depth:
            cur += ch
    if depth:
        problems.append(f"{where}: marker not closed")
    return label, out


def seed_words(span: str) -> list[str]:
    s = unicodedata.normalize("NFKC", span.replace("\\n", " "))
    s = "".join(UNCYR.get(c, c) for c in s if unicodedata.category(c) != "Cf")
    s = re.sub(r"\d+[.)、]?", " ", s)
    if " " not in s.strip() and "," not in s and "-" not in s:  # CapsWithoutSpaces / run together
        s = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", s)
    out: list[str] = []
    for w in re.split(r"[^a-z]+", s.lower()):
        out.extend(segment(w) if w and w not in WORDSET and len(w) > 8 else [w] if w else [])
    return out


def segment(run: str) -> list[str]:
    """Split words typed without separators back into wordlist words (the first split found)."""
    best: dict[int, list[str]] = {0: []}
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - 8), end):
            if start in best and run[start:end] in WORDSET:
                best[end] = best[start] + [run[start:end]]
                break
    return best.get(len(run), [run])


def edit1(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    s, t = (a, b) if len(a) < len(b) else (b, a)
    return any(s == t[:i] + t[i + 1 :] for i in range(len(t)))


def check_seed(words: list[str], where: str) -> str:
    if len(words) not in (12, 15, 18, 24):
        problems.append(f"{where}: seed of {len(words)} words")
        return "bad"
    unknown = [i for i, w in enumerate(words) if w not in WORDSET]
    if not unknown:
        if not M.check(" ".join(words)):
            problems.append(f"{where}: seed checksum invalid")
            return "bad"
        return "valid"
    if len(unknown) > 1:
        problems.append(f"{where}: {len(unknown)} words not in the wordlist")
        return "bad"
    i = unknown[0]
    fixes = [w for w in M.wordlist if edit1(words[i], w)
             and M.check(" ".join([*words[:i], w, *words[i + 1 :]]))]
    if not fixes:
        problems.append(f"{where}: misspelt word has no one-edit fix with a valid checksum")
        return "bad"
    return "typo"


def b58decode(s: str) -> bytes:
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return b"\0" * (len(s) - len(s.lstrip("1"))) + raw


def b58check_ok(s: str) -> bool:
    raw = b58decode(s)
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def bech32_ok(addr: str) -> bool:
    hrp, data = addr[:2], [BECH32.index(c) for c in addr[3:]]
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + data:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk == (1 if data[0] == 0 else 0x2BC830A3)


def check_key(label: str, span: str, where: str) -> None:
    flat = re.sub(r"\s|\\n|-|:", "", span)
    if label == "hexkey":
        h = flat[2:] if flat.lower().startswith("0x") else flat
        if not re.fullmatch(r"[0-9a-fA-F]{64}", h):
            problems.append(f"{where}: hex key is not 64 hex digits")
    elif label == "solkey" and not flat.startswith("["):
        if len(b58decode(flat)) != 64:
            problems.append(f"{where}: solana key is not 64 bytes")
    elif label in ("wif", "xprv") and not b58check_ok(flat):
        problems.append(f"{where}: base58check checksum invalid")


def main() -> int:
    counts: dict[str, str] = {}
    seen: Counter[str] = Counter()
    seeds = Counter[str]()
    for path in sorted(HERE.glob("*.txt")):
        role = path.stem.split("_")[0]
        text = path.read_text(encoding="utf-8")
        if "{{" in text or "}}" in text:
            problems.append(f"{path.name}: a placeholder is left")
        lines = [(no, ln) for no, ln in enumerate(text.splitlines(), 1)
                 if ln.strip() and not ln.lstrip().startswith("#")]
        for no, line in lines:
            where = f"{path.name}:{no}"
            label, spans = spans_of(line, where)
            for s in spans:
                seen[s] += 1
            if role in ("scams", "replies", "links") and spans:
                problems.append(f"{where}: a marker in an agent reply or link line")
            if role == "secrets" and not spans:
                problems.append(f"{where}: a secrets line without a marked secret")
            if role == "ordinary" and spans:
                problems.append(f"{where}: an ordinary line with a marker")
            if role == "links" and label not in ("flag", "ok"):
                problems.append(f"{where}: links line without flag|/ok|")
            if role == "replies" and label:
                problems.append(f"{where}: a reply starts with 'word|' (would read as a label)")
            if role == "secrets":
                for s in spans:
                    if label == "seed":
                        seeds[check_seed(seed_words(s), where)] += 1
                    else:
                        check_key(label, s, where)
            if role == "secrets":
                continue
            for addr in re.findall(r"\bbc1[02-9ac-hj-np-z]{20,}\b", line):
                if not bech32_ok(addr):
                    problems.append(f"{where}: bech32 checksum invalid")
            for addr in re.findall(r"\b[T1][1-9A-HJ-NP-Za-km-z]{25,34}\b", line):
                if not b58check_ok(addr):
                    problems.append(f"{where}: base58check address checksum invalid")
        if role == "conversations":
            groups = [g for g in text.split("\n\n") if g.strip()]
            with_secret = 0
            for g in groups:
                parts = [s for ln in g.splitlines() if not ln.startswith("#")
                         for s in spans_of(ln, path.name)[1]]
                with_secret += bool(parts)
                words = [w for s in parts for w in seed_words(s)]
                if len(words) >= 12 and all(re.fullmatch(r"[a-z ]+", s.strip()) for s in parts):
                    if len(words) == 13:  # a wrong word then its correction: drop the wrong one
                        words = [w for w in words if w in WORDSET]
                    seeds[check_seed(words, f"{path.name} conversation")] += 1
            counts[path.name] = (f"{len(groups)} conversations ({with_secret} with a secret), "
                                 f"{len(lines)} messages")
        elif role == "links":
            flags = sum(ln.startswith("flag|") for _, ln in lines)
            counts[path.name] = f"{len(lines)} ({flags} flag, {len(lines) - flags} ok)"
        elif role == "secrets":
            n = sum(len(spans_of(ln, "")[1]) for _, ln in lines)
            counts[path.name] = f"{len(lines)} lines, {n} marked secrets"
        else:
            counts[path.name] = str(len(lines))
    for n in seen.values():
        if n > 1:
            problems.append(f"a marked secret appears {n} times")
    for name, c in counts.items():
        print(f"{name:24} {c}")
    print(f"seed phrases: {dict(seeds)}")
    for p in problems:
        print("PROBLEM", p)
    print("ok" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
