"""``tasks.py``: the system packages a purpose needs, and what a bare Debian machine is told or given.

The package lists live in ``requirements/debian-packages.toml``; ``tasks.py`` reads them for ``demo``,
``test`` and ``packages``, and ``.ci/run`` installs the suite's through it. ``dpkg-query`` and
``apt-get`` are replaced here by small scripts on ``PATH`` that answer like the real ones, so the
tests say what a machine without the packages sees, without changing this machine. The real thing
(pristine Debian 12 roots) is in the README's Set-up section.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
XCB_NAMED_BY_QT = ("libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-xkb1")
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Debian packages are for Linux")


@pytest.fixture(scope="module")
def tasks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("agentdesk_tasks", ROOT / "tasks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fake_tool(folder: Path, name: str, script: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + script)
    path.chmod(0o755)


@pytest.fixture
def machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tasks: ModuleType) -> Path:
    """A Debian machine (as far as tasks.py can tell) on which only libc6 and Ubuntu's t64 glib are
    installed; ``apt-get`` records its calls in ``apt.log``. Not root unless a test says so."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_tool(bin_dir, "dpkg-query", "printf 'ii |libc6|\\nii |libglib2.0-0t64|libglib2.0-0 (= 2.80.0)\\n"
                                     "rc |libgl1|\\n'\n")
    fake_tool(bin_dir, "apt-get", f'echo "$@" >> {tmp_path / "apt.log"}\n'
                                  'echo "Setting up libgl1 ..."\necho "0 upgraded, 41 newly installed."\n')
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.delenv(tasks.SKIP_CHECK_ENV, raising=False)
    monkeypatch.setattr(tasks, "IS_LINUX", True)
    monkeypatch.setattr(tasks, "is_root", lambda: False)
    monkeypatch.setattr(tasks, "ensure_venv", lambda kind: pytest.fail("the venv (and Qt) must not start"))
    return tmp_path


def test_each_purpose_builds_on_the_one_it_needs(tasks: ModuleType) -> None:
    offscreen = tasks.debian_packages("offscreen", system_python=False)
    display = tasks.debian_packages("display", system_python=False)
    bundle = tasks.debian_packages("bundle", system_python=True)
    suite = tasks.debian_packages("test", system_python=True)
    assert {"libgl1", "libglib2.0-0", "fonts-wqy-microhei"} <= set(offscreen)
    assert display[: len(offscreen)] == offscreen and set(XCB_NAMED_BY_QT) <= set(display)
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert set(display) | {"binutils", f"libpython{version}"} == set(bundle)
    assert set(bundle) | {f"python{version}-venv"} <= set(suite)
    assert {"gnome-keyring", "dbus", "chromium", "chromium-driver", "postgresql"} <= set(suite)
    assert len(suite) == len(set(suite))  # each once, though two purposes include offscreen's
    # A Python that is not Debian's (pyenv, a CI's setup-python) brings its own venv and libpython.
    assert not any("python" in p for p in tasks.debian_packages("test", system_python=False))


def test_a_typo_in_the_list_is_an_error_not_an_empty_list(
    tasks: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "debian-packages.toml"
    broken.write_text('[display]\npackage = ["libxcb-cursor0"]\n')
    monkeypatch.setattr(tasks, "DEBIAN_PACKAGES", broken)
    with pytest.raises(SystemExit, match=r"\[display\] takes the lists packages"):
        tasks.debian_packages("display")
    broken.write_text('[display]\nincludes = ["ofscreen"]\n')
    with pytest.raises(SystemExit, match="unknown purpose 'ofscreen'"):
        tasks.debian_packages("display")


def test_installed_means_installed_or_provided(tasks: ModuleType) -> None:
    out = (
        "ii |libglib2.0-0t64|libglib2.0-0 (= 2.80.0-6ubuntu1), libglib2.0-0:amd64\n"
        "rc |libgl1|\n"  # removed, its configuration left: not installed
        "ii |libc6|\n"
    )
    assert tasks.installed_names(out) == {"libglib2.0-0t64", "libglib2.0-0", "libc6"}


@linux_only
def test_a_user_without_the_packages_is_stopped_before_qt_with_the_apt_line(
    tasks: ModuleType, machine: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    with pytest.raises(SystemExit) as stopped:
        tasks.demo([])
    message = str(stopped.value.code)
    command = message.splitlines()[-1].strip()
    assert command.startswith("sudo apt-get install -y --no-install-recommends ")
    named = command.split()[5:]
    assert set(XCB_NAMED_BY_QT) <= set(named) and "libgl1" in named
    assert "libglib2.0-0" not in named and "libc6" not in named  # installed (t64 provides it)
    assert "to show the demo's window" in message and "debian-packages.toml" in message
    assert not (machine / "apt.log").exists()


@linux_only
def test_offscreen_needs_no_window_libraries(
    tasks: ModuleType, machine: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    with pytest.raises(SystemExit) as stopped:
        tasks.demo(["--smoke"])
    named = str(stopped.value.code).splitlines()[-1].split()[5:]
    assert "libgl1" in named and not any(name.startswith("libxcb") for name in named)


@linux_only
def test_the_suite_stops_too_instead_of_crashing_later(tasks: ModuleType, machine: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        tasks.test(["-q"])
    named = str(stopped.value.code).splitlines()[-1].split()[5:]
    assert {"gnome-keyring", "binutils", "postgresql", "libxcb-cursor0"} <= set(named)


@linux_only
def test_the_check_can_be_turned_off_for_libraries_under_other_names(
    tasks: ModuleType, machine: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(tasks.SKIP_CHECK_ENV, "1")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")

    class VenvReached(Exception):
        pass

    def venv(kind: str) -> None:
        raise VenvReached(kind)

    monkeypatch.setattr(tasks, "ensure_venv", venv)
    with pytest.raises(VenvReached):
        tasks.demo(["--smoke"])
    assert not (machine / "apt.log").exists()


@linux_only
def test_root_gets_the_packages_quietly_with_one_summary_line(
    tasks: ModuleType, machine: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(tasks, "is_root", lambda: True)
    tasks.ensure_debian_packages(("offscreen",), "to run the demo offscreen")
    update, install = (machine / "apt.log").read_text().splitlines()
    assert update.startswith("update")
    assert install.startswith("install -y -q --no-install-recommends") and "libgl1" in install.split()
    out = capsys.readouterr().out
    assert "Setting up" not in out  # apt's and dpkg's own lines are not shown
    summary = "System packages (offscreen): installed 8 (41 with their dependencies) in "
    assert out.splitlines()[-1].startswith(summary)


@linux_only
def test_a_failed_install_shows_apt_s_error(
    tasks: ModuleType, machine: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks, "is_root", lambda: True)
    fake_tool(machine / "bin", "apt-get", 'echo "E: Unable to locate package libxcb-cursor0" >&2\nexit 100\n')
    with pytest.raises(SystemExit) as stopped:
        tasks.ensure_debian_packages(("display",), "to show the demo's window")
    assert "E: Unable to locate package libxcb-cursor0" in str(stopped.value.code)
    assert "`apt-get update` failed (exit 100)" in str(stopped.value.code)


@linux_only
def test_the_xcb_plugin_finds_every_library_it_links() -> None:
    """With the display packages installed (the suite's list includes them), Qt's xcb platform plugin
    and its GL integrations resolve every library: a PySide6 update that links a new one fails here."""
    import PySide6

    plugins = Path(PySide6.__file__).parent / "Qt" / "plugins"
    libraries = [plugins / "platforms" / "libqxcb.so", *sorted((plugins / "xcbglintegrations").glob("*.so"))]
    assert len(libraries) >= 2
    ldd = shutil.which("ldd")
    assert ldd is not None
    missing = set()
    for library in libraries:
        out = subprocess.run([ldd, str(library)], capture_output=True, text=True, check=True).stdout
        missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    assert not missing, f"put what provides {sorted(missing)} in [display], requirements/debian-packages.toml"


def test_ci_runs_the_readme_s_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 tasks.py test " in readme
    assert ci.rstrip().splitlines()[-1] == "python3 tasks.py test"
    assert "export CI=1" in ci and "tasks.py packages --install test" in ci
