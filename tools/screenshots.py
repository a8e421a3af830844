#!/usr/bin/env python3
"""Make the README's screenshots with the app itself: ``agentdesk --demo --screenshot``, at
1280×720 and 1920×1080, in English and Chinese, light and dark (eight files in docs/screenshots/).

Offscreen (``QT_QPA_PLATFORM=offscreen``), each with a demo server of its own. The English light
shots are Alice's (an agent), the dark ones a VIP manager's (Vera, Victor); the Chinese ones Bob's
and Victor's. Run from the checkout: ``.venv/bin/python tools/screenshots.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZES = ("1280x720", "1920x1080")
AS = {
    ("en", "light"): "alice", ("en", "dark"): "vera", ("zh-CN", "light"): "bob", ("zh-CN", "dark"): "victor",
}


def main() -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    failed = 0
    for size in SIZES:
        for (lang, theme), user in AS.items():
            path = OUT / f"desk-{size}-{lang.split('-')[0]}-{theme}.png"
            cmd = [sys.executable, "-m", "app.main", "--demo", "--as", user, "--lang", lang, "--theme", theme,
                   "--size", size, "--screenshot", str(path)]
            result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
            print(result.stdout.strip() or result.stderr.strip().splitlines()[-1:])
            failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
