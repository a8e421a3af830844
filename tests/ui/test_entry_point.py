"""``agentdesk --version``, ``--demo --smoke`` and ``--demo --screenshot`` as real processes.

These are what packaging checks run on a fresh checkout: headless (offscreen), a temporary
``AGENTDESK_HOME``, and a clear exit code.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from app import __version__

ROOT = Path(__file__).resolve().parents[2]


def agentdesk(tmp_path: Path, *args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AGENTDESK_HOME": str(tmp_path / "home"),
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        [sys.executable, "-m", "app.main", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_version_without_a_window(tmp_path: Path) -> None:
    done = agentdesk(tmp_path, "--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"AgentDesk {__version__}"
    assert "propagateSizeHints" not in done.stderr  # no Qt window was made


def test_smoke_prints_one_json_line(tmp_path: Path) -> None:
    done = agentdesk(tmp_path, "--demo", "--smoke")
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    report = json.loads(lines[0])
    assert report["connection"] == "online"
    assert report["conversations_shown"] > 0
    assert report["agent"] == "alice" and report["version"] == __version__
    assert 0 < report["first_inbox_paint_ms"] < 60_000


def test_screenshot_of_vera_in_chinese_dark(tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    done = agentdesk(
        tmp_path, "--demo", "--as", "vera", "--lang", "zh-CN", "--theme", "dark", "--screenshot", str(target)
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert target.stat().st_size > 20_000
    image = QImage(str(target))
    assert image.width() >= 1000 and image.height() >= 600
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
    assert len(colours) > 20  # not a blank or uniform image
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["agent"] == "vera" and report["connection"] == "online"
