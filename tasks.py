#!/usr/bin/env python3
"""The set-up commands of the README: ``python3 tasks.py demo`` and ``python3 tasks.py test``.

Standard library only, so it runs on a fresh Windows, macOS or Debian machine that has Python 3.11+.
Each command makes ``.venv`` beside this file (once), installs the locked dependencies into it
(again only when the lock changed) and then runs the demo or the whole test suite.

On Debian and Ubuntu both first check the system packages of their purpose in
``requirements/debian-packages.toml`` (the one list): as root they install what is missing, quietly;
otherwise they stop, before Qt or pytest starts, naming the exact ``apt-get`` line. ``.ci/run``
installs the suite's packages with ``tasks.py packages --install test`` and then runs exactly
``python3 tasks.py test``. Windows and macOS need nothing beyond Python.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCKS = {"app": ROOT / "requirements" / "app.lock", "dev": ROOT / "requirements" / "dev.lock"}
DEBIAN_PACKAGES = ROOT / "requirements" / "debian-packages.toml"
IS_WINDOWS = os.name == "nt"
IS_LINUX = sys.platform.startswith("linux")
SKIP_CHECK_ENV = "AGENTDESK_SKIP_PACKAGE_CHECK"  # for a machine that has the libraries by other names
USAGE = """usage:
  python3 tasks.py demo [--as vera] [agentdesk options]   the demo, signed in
  python3 tasks.py test [pytest args]                      lint, the layer contracts, the suite
  python3 tasks.py packages [--install] [PURPOSE ...]      the Debian/Ubuntu packages of a purpose"""


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if IS_WINDOWS else "bin/python")


def run(*cmd: str | Path, **kwargs: object) -> int:
    return subprocess.call([str(c) for c in cmd], cwd=ROOT, **kwargs)  # type: ignore[arg-type]


def ensure_venv(kind: str) -> Path:
    """Create .venv and install the lock of ``kind`` unless the same lock is already installed."""
    python = venv_python()
    if not python.exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    lock = LOCKS[kind]
    digest = hashlib.sha256(lock.read_bytes() + (ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = VENV / f".installed-{kind}"
    if stamp.exists() and stamp.read_text() == digest:
        return python
    print(f"Installing locked dependencies ({lock.relative_to(ROOT)}) ...", flush=True)
    pip = [python, "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    if run(*pip, "-r", lock) != 0 or run(*pip, "--no-deps", "-e", ".") != 0:
        sys.exit("Installing the dependencies failed (see above).")
    stamp.write_text(digest)
    return python


# --- Debian/Ubuntu system packages ---------------------------------------------------------------
def debian_purposes() -> dict[str, dict[str, list[str]]]:
    """requirements/debian-packages.toml, checked: a typo there must not pass as "nothing needed"."""
    import tomllib  # Python 3.11+, checked in main()

    table = tomllib.loads(DEBIAN_PACKAGES.read_text(encoding="utf-8"))
    for purpose, entry in table.items():
        unknown = set(entry) - {"packages", "system_python", "includes"}
        if unknown or not all(isinstance(v, list) for v in entry.values()):
            sys.exit(f"{DEBIAN_PACKAGES.name}: [{purpose}] takes the lists packages, system_python, includes")
        for name in entry.get("includes", []):
            if name not in table:
                sys.exit(f"{DEBIAN_PACKAGES.name}: [{purpose}] includes unknown purpose {name!r}")
    return table


def is_system_python() -> bool:
    """Debian's or Ubuntu's own Python (also through a venv made from it), not pyenv's or a CI's."""
    return Path(sys.base_prefix) == Path("/usr")


def debian_packages(*purposes: str, system_python: bool | None = None) -> list[str]:
    """The packages of ``purposes`` and of the purposes they include, each once, in the file's order."""
    table = debian_purposes()
    with_python = is_system_python() if system_python is None else system_python
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    names: list[str] = []
    seen: set[str] = set()

    def add(purpose: str) -> None:
        if purpose not in table:
            sys.exit(f"Unknown purpose {purpose!r}; {DEBIAN_PACKAGES.name} has: {', '.join(table)}.")
        if purpose in seen:
            return
        seen.add(purpose)
        entry = table[purpose]
        for included in entry.get("includes", []):
            add(included)
        for name in entry.get("packages", []) + (entry.get("system_python", []) if with_python else []):
            name = name.replace("{python}", version)
            if name not in names:
                names.append(name)

    for purpose in purposes:
        add(purpose)
    return names


def installed_names(dpkg_output: str) -> set[str]:
    """Installed packages and the names they provide (Ubuntu's ``libglib2.0-0t64`` provides
    ``libglib2.0-0``), from ``dpkg-query -W -f '${db:Status-Abbrev}|${Package}|${Provides}\\n'``."""
    names: set[str] = set()
    for line in dpkg_output.splitlines():
        status, _, rest = line.partition("|")
        package, _, provides = rest.partition("|")
        if not status.startswith("ii"):
            continue
        names.add(package)
        for item in provides.split(","):
            if item.strip():
                names.add(item.split()[0].split(":")[0])
    return names


def missing_debian_packages(wanted: Sequence[str]) -> list[str] | None:
    """The packages of ``wanted`` that are not installed; None where there is no dpkg (not Debian)."""
    if not shutil.which("dpkg-query"):
        return None
    out = subprocess.run(
        ["dpkg-query", "-W", "-f", "${db:Status-Abbrev}|${Package}|${Provides}\n"],
        capture_output=True, text=True, errors="replace",
    ).stdout
    installed = installed_names(out)
    return [p for p in wanted if p not in installed]


def install_command(packages: Sequence[str]) -> str:
    return "sudo apt-get install -y --no-install-recommends " + " ".join(packages)


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def apt_install(packages: Sequence[str], label: str) -> None:
    """``apt-get update`` then install, as root, printing a summary line; on failure, apt's error."""
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    print(f"System packages ({label}): installing {len(packages)} missing ...", flush=True)
    started = time.monotonic()
    lock = ["-o", "DPkg::Lock::Timeout=300"]  # wait for another apt (unattended upgrades) to finish
    steps = (
        ["apt-get", "update", "-q", *lock],
        ["apt-get", "install", "-y", "-q", "--no-install-recommends", *lock, *packages],
    )
    out = None
    for cmd in steps:
        out = subprocess.run(cmd, capture_output=True, text=True, errors="replace", env=env)
        if out.returncode != 0:
            tail = "\n".join(out.stdout.splitlines()[-20:])
            sys.exit(f"{tail}\n{out.stderr.strip()}\n`{' '.join(cmd[:2])}` failed (exit {out.returncode}); "
                     f"the packages were: {' '.join(packages)}")
    assert out is not None
    found = re.search(r"(\d+) newly installed", out.stdout)
    total = f" ({found.group(1)} with their dependencies)" if found else ""
    seconds = time.monotonic() - started
    print(f"System packages ({label}): installed {len(packages)}{total} in {seconds:.0f} s.", flush=True)


def ensure_debian_packages(purposes: Sequence[str], why: str) -> list[str] | None:
    """On Debian/Ubuntu: install what ``purposes`` lack (as root), or stop with the exact apt-get line.
    Returns what it installed; None where nothing was checked (not Debian, or the check is off)."""
    if not IS_LINUX or os.environ.get(SKIP_CHECK_ENV):
        return None
    missing = missing_debian_packages(debian_packages(*purposes))
    if missing is None or not missing:
        return missing
    if is_root():
        apt_install(missing, "+".join(purposes))
        return missing
    sys.exit(
        f"AgentDesk needs {len(missing)} more system package{'s' if len(missing) > 1 else ''} {why} "
        f"(the list: requirements/{DEBIAN_PACKAGES.name}). Install them, then run this again:\n"
        f"  {install_command(missing)}"
    )


# --- the commands ---------------------------------------------------------------------------------
def qt_platform() -> str:
    """The platform plugin Qt will try first (``QT_QPA_PLATFORM``, e.g. "offscreen", "wayland;xcb")."""
    return re.split(r"[;:]", os.environ.get("QT_QPA_PLATFORM", ""))[0].strip()


def demo(args: list[str]) -> int:
    headless = qt_platform() in ("offscreen", "minimal")
    no_screen = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if IS_LINUX and qt_platform() in ("", "xcb", "wayland") and no_screen:
        sys.exit("No display here (DISPLAY and WAYLAND_DISPLAY are unset). Without a screen, check the demo "
                 "with:\n  QT_QPA_PLATFORM=offscreen python3 tasks.py demo --smoke")
    ensure_debian_packages(
        ("venv", "offscreen" if headless else "display"),
        "to run the demo offscreen" if headless else "to show the demo's window",
    )
    python = ensure_venv("app")
    return run(python, "-m", "app.main", "--demo", *args)


def test(args: list[str]) -> int:
    ensure_debian_packages(("test",), "to run the tests")
    python = ensure_venv("dev")
    needs_bus = IS_LINUX and not os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if needs_bus and shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"):
        # A private session bus with an unlocked gnome-keyring: the real Secret Service backend,
        # with a keyring file of its own (the daemon's XDG_DATA_HOME), so runs side by side on one
        # machine, or one that was killed half-way, never see each other's items.
        keyrings = tempfile.mkdtemp(prefix="agentdesk-test-keyring-")
        inner = (
            'echo -n ci | XDG_DATA_HOME="$AGENTDESK_TEST_KEYRING_HOME" '
            "gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
            'exec "$0" tasks.py checks "$@"'
        )
        os.environ["AGENTDESK_TEST_KEYRING_HOME"] = keyrings
        try:
            return run("dbus-run-session", "--", "sh", "-c", inner, python, *args)
        finally:
            shutil.rmtree(keyrings, ignore_errors=True)
    return checks_and_tests(python, args)


def checks_and_tests(python: Path | str, args: list[str]) -> int:
    """Lint, the import contracts, mypy, then pytest; the first failure ends the run."""
    bin_dir = Path(python).parent
    steps = [
        [python, "-m", "ruff", "check", "."],
        [bin_dir / ("lint-imports.exe" if IS_WINDOWS else "lint-imports")],
        [python, "-m", "mypy"],  # strict on the typed core ([tool.mypy] in pyproject.toml)
        [python, "-m", "pytest", *args],
    ]
    for step in steps:
        print("$", " ".join(Path(str(s)).name if i == 0 else str(s) for i, s in enumerate(step)), flush=True)
        code = run(*step)
        if code != 0:
            return code
    return 0


def packages(args: list[str]) -> int:
    """Print a purpose's Debian packages (for scripts and docs), or ``--install`` what is missing."""
    install = "--install" in args
    purposes = [a for a in args if a != "--install"]
    if install:
        if not purposes:
            sys.exit("usage: python3 tasks.py packages --install PURPOSE ...")
        installed = ensure_debian_packages(purposes, f"for {'+'.join(purposes)}")
        if installed is None:
            print(f"System packages ({'+'.join(purposes)}): not checked (no dpkg here, or {SKIP_CHECK_ENV}).")
        elif not installed:
            print(f"System packages ({'+'.join(purposes)}): all {len(debian_packages(*purposes))} installed.")
    elif purposes:
        print(" ".join(debian_packages(*purposes)))
    else:
        for purpose in debian_purposes():
            print(f"{purpose}: {' '.join(debian_packages(purpose))}")
    return 0


def main() -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs on whatever Python the user has
        sys.exit(f"AgentDesk needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    commands = {"demo": demo, "test": test, "packages": packages}
    if len(sys.argv) >= 2 and sys.argv[1] == "checks":  # internal: inside the private D-Bus session
        return checks_and_tests(sys.executable, sys.argv[2:])
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print(USAGE, file=sys.stderr)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
