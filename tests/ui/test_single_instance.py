"""One desk per user: a second launch brings the first forward and exits."""

from __future__ import annotations

import json
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


SECOND_LAUNCH = """
import json, sys
from PySide6.QtCore import QCoreApplication
from app.ui.single_instance import SingleInstance
app = QCoreApplication([])
allowed = []
second = SingleInstance(sys.argv[1], allow=lambda pid: allowed.append(pid) or True)
print(json.dumps({"claimed": second.claim(), "allowed": allowed}), flush=True)
"""


def test_a_second_launch_passes_its_foreground_right_to_the_first(qtbot: Any) -> None:
    """Windows gives the foreground only to the process the user just started: the second launch
    (a real second process) learns the first's pid and allows it (AllowSetForegroundWindow)
    before asking it to show its window."""
    name = f"agentdesk-test-{uuid.uuid4().hex[:8]}"
    first = SingleInstance(name)
    assert first.claim()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    try:
        with qtbot.waitSignal(first.activated, timeout=20_000):
            second = subprocess.Popen([sys.executable, "-c", SECOND_LAUNCH, name], cwd=REPO, env=env,
                                      stdout=subprocess.PIPE, text=True)
        out, _ = second.communicate(timeout=30)
    finally:
        first.release()
    assert json.loads(out.strip().splitlines()[-1]) == {"claimed": False, "allowed": [os.getpid()]}


def test_allow_foreground_calls_windows_with_that_pid_and_nothing_elsewhere() -> None:
    from app.core.os_integration import ASFW_ANY, allow_foreground

    class User32:
        def __init__(self) -> None:
            self.calls: list[int] = []

        def AllowSetForegroundWindow(self, pid: int) -> int:
            self.calls.append(pid)
            return 1

    user32 = User32()
    assert allow_foreground(4242, platform="win32", user32=user32) and user32.calls == [4242]
    assert allow_foreground(None, platform="win32", user32=user32) and user32.calls[-1] == ASFW_ANY
    assert not allow_foreground(4242, platform="darwin", user32=user32) and len(user32.calls) == 2


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
