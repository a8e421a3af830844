"""One desk per user: a second launch brings the first forward and exits."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtNetwork import QLocalSocket

from app.core.paths import app_paths
from app.ui.single_instance import SingleInstance, server_name

REPO = Path(__file__).resolve().parents[2]


def test_second_claim_activates_the_first(qtbot: Any) -> None:
    name = f"agentdesk-test-{uuid.uuid4().hex[:8]}"
    first = SingleInstance(name)
    assert first.claim()
    try:
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert not SingleInstance(name).claim()
    finally:
        first.release()
    assert SingleInstance(name).claim()  # released: the next launch is the first again


def test_names_differ_per_scope_and_data_folder(tmp_path: Path) -> None:
    assert server_name("desk", tmp_path) != server_name("demo", tmp_path)
    assert server_name("desk", tmp_path) != server_name("desk", tmp_path / "other")
    assert server_name("desk", tmp_path) == server_name("desk", tmp_path)


def _listening(name: str) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(name)
    connected = probe.waitForConnected(200)
    probe.abort()
    return connected


def test_a_second_app_launch_exits_and_the_first_keeps_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENTDESK_HOME", str(tmp_path))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AGENTDESK_HOME": str(tmp_path)}
    command = [sys.executable, "-m", "app.main", "--demo"]
    first = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        name = server_name("demo", app_paths().data_dir)
        deadline = time.monotonic() + 60
        while not _listening(name):
            assert first.poll() is None and time.monotonic() < deadline, "the first desk never listened"
            time.sleep(0.2)
        second = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
        assert "already running" in second.stdout and second.returncode == 0, second.stdout
        assert first.poll() is None  # the first desk is still there
    finally:
        first.terminate()
        first.wait(timeout=30)
