#!/usr/bin/env python3
"""Refresh the translation catalogue and compile it.

1. ``pyside6-lupdate`` scans ``app/ui`` (every ``tr()``, ``QCoreApplication.translate`` and
   ``QT_TRANSLATE_NOOP``) into ``resources/i18n/agentdesk_zh_CN.ts``, keeping existing
   translations and marking new strings unfinished;
2. ``pyside6-lrelease`` compiles it to ``agentdesk_zh_CN.qm`` (what the app loads).

Translate new strings in the ``.ts`` (``<translation>`` text, drop ``type="unfinished"``) and run
this again; ``tests/ui/test_translations.py`` fails while any string is unfinished.
Use ``--check`` to only report unfinished strings.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "agentdesk_zh_CN.ts"
QM = TS.with_suffix(".qm")
SOURCES = ROOT / "app" / "ui"


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials")
    return found


def python_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def unfinished(ts: Path = TS) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished, non-empty translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished",):
                missing.append((name, message.findtext("source") or ""))
                continue
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            if not texts or any(not t.strip() for t in texts):
                missing.append((name, message.findtext("source") or ""))
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list unfinished strings")
    args = parser.parse_args()
    if not args.check:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *python_sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                "zh_CN",
                "-ts",
                str(TS),
            ],
            cwd=ROOT,
            check=True,
        )
    missing = unfinished()
    for context, source in missing:
        print(f"unfinished: [{context}] {source}")
    if not args.check:
        subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)
    return 1 if missing and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
