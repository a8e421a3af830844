#!/usr/bin/env python3
"""The two set-up commands of the README: ``python3 tasks.py demo`` and ``python3 tasks.py test``.

Standard library only, so it runs on a fresh Windows, macOS or Debian machine that has Python 3.11+.
Each command makes ``.venv`` beside this file (once), installs the locked dependencies into it
(again only when the lock changed) and then runs the demo or the whole test suite. ``.ci/run``
installs the system packages a bare Debian lacks and then runs exactly ``python3 tasks.py test``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCKS = {"app": ROOT / "requirements" / "app.lock", "dev": ROOT / "requirements" / "dev.lock"}
IS_WINDOWS = os.name == "nt"
# Shared libraries PySide6 loads even offscreen, the CJK font, the Secret Service keyring, the browser
# for the web-chat tests and PostgreSQL for the server's PostgreSQL tests (see docs/DEVELOPING.md).
DEBIAN_PACKAGES = (
    "libgl1", "libegl1", "libxkbcommon0", "libglib2.0-0", "libfreetype6", "libfontconfig1",
    "libdbus-1-3", "fonts-wqy-microhei", "gnome-keyring", "dbus", "libsecret-tools", "chromium",
    "chromium-driver", "postgresql",
)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if IS_WINDOWS else "bin/python")


def run(*cmd: str | Path, **kwargs: object) -> int:
    return subprocess.call([str(c) for c in cmd], cwd=ROOT, **kwargs)  # type: ignore[arg-type]


def ensure_venv(kind: str) -> Path:
    """Create .venv and install the lock of ``kind`` unless the same lock is already installed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs on whatever Python the user has
        sys.exit(f"AgentDesk needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
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


def missing_debian_packages() -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    out = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package} ${Status}\n", *DEBIAN_PACKAGES],
        capture_output=True,
        text=True,
    ).stdout
    installed = {line.split()[0] for line in out.splitlines() if line.endswith("install ok installed")}
    return [p for p in DEBIAN_PACKAGES if p not in installed]


def ensure_system_packages() -> None:
    """On Debian, install what a bare machine lacks (as root), or say exactly what to install."""
    missing = missing_debian_packages()
    if not missing:
        return
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        if run("apt-get", "update", "-qq", env=env) != 0:
            sys.exit("apt-get update failed.")
        if run("apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, env=env) != 0:
            sys.exit("apt-get install failed.")
    else:
        print("Some system packages are missing; install them with:\n"
              f"  sudo apt-get install -y {' '.join(missing)}", file=sys.stderr)


def demo(args: list[str]) -> int:
    python = ensure_venv("app")
    return run(python, "-m", "app.main", "--demo", *args)


def test(args: list[str]) -> int:
    if sys.platform.startswith("linux"):
        ensure_system_packages()
    python = ensure_venv("dev")
    needs_bus = sys.platform.startswith("linux") and not os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if needs_bus and shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"):
        # A private session bus with an unlocked gnome-keyring: the real Secret Service backend.
        inner = (
            "echo -n ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
            'exec "$0" tasks.py checks "$@"'
        )
        return run("dbus-run-session", "--", "sh", "-c", inner, python, *args)
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


def main() -> int:
    commands = {"demo": demo, "test": test}
    if len(sys.argv) >= 2 and sys.argv[1] == "checks":  # internal: inside the private D-Bus session
        return checks_and_tests(sys.executable, sys.argv[2:])
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: python3 tasks.py demo [--as vera] | test [pytest args]", file=sys.stderr)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
