#!/usr/bin/env python3
"""Build AgentDesk's release for the OS this runs on: ``python packaging/build.py [--smoke-test]``.

One command on every OS, so the release workflow and a developer run the same steps:

1. PyInstaller one-folder build from ``packaging/agentdesk.spec`` into ``dist/AgentDesk/``
   (on macOS also ``dist/AgentDesk.app``, signed by PyInstaller when ``MACOS_SIGN_IDENTITY`` is set).
2. The installer for this OS:
   - Windows: signs ``AgentDesk.exe`` with ``signtool`` when ``WINDOWS_SIGN_CERT`` (a .pfx path; with
     ``WINDOWS_SIGN_PASSWORD``) is set, then compiles ``packaging/windows/agentdesk.iss`` with Inno
     Setup's ``iscc`` into ``dist/AgentDesk-<version>-windows-x64-setup.exe``.
   - macOS: verifies the signature, builds ``dist/AgentDesk-<version>-macos-<arch>.dmg`` with
     ``hdiutil``, signs it, and notarizes + staples it with ``xcrun notarytool`` when
     ``MACOS_NOTARY_PROFILE`` (a keychain profile) or ``APPLE_ID``/``APPLE_TEAM_ID``/
     ``APPLE_APP_PASSWORD`` are set.
   - Linux: ``dist/AgentDesk-<version>-linux-<arch>.tar.gz`` with a .desktop file and icon.
   Every step whose identity is absent prints ``skipped: ...`` and the build goes on, so forks and
   developers build unsigned installers with the same script (never a tag build: see below).
3. ``--smoke-test``: runs the bundle's ``--version``, ``--self-check`` (a keyring entry written, read
   and deleted through the OS keyring, the system trust store's CAs counted) and
   ``--demo-server URL --smoke`` offscreen with a throw-away ``AGENTDESK_HOME`` against a demo
   server started from this checkout (``python -m app.demo``: the bundle carries no server) and
   prints the smoke JSON, the self-check, the bundle size and the cold-start time.

Before anything, ``packaging/release_check.py``: a tag build (``GITHUB_REF=refs/tags/v*``) or
``--release`` stops at once unless it will be signed, notarised (macOS) and carry the real
organisation identity; any other build says it is unsigned and goes on.

Secrets (certificate passwords, Apple passwords) are passed to tools but never printed.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import hashlib
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "agentdesk.spec"
IS_WINDOWS = sys.platform.startswith("win")
IS_MACOS = sys.platform == "darwin"
SMOKE_TIMEOUT_S = 180


def load_manifest() -> ModuleType:
    """``packaging/manifest.py`` by path (the folder is not a package: ``packaging`` is a PyPI name)."""
    spec = importlib.util.spec_from_file_location("agentdesk_manifest", ROOT / "packaging" / "manifest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_release_check() -> ModuleType:
    script = ROOT / "packaging" / "release_check.py"
    spec = importlib.util.spec_from_file_location("agentdesk_release_check", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MANIFEST = load_manifest()
RELEASE_CHECK = load_release_check()
IDENTITY: dict[str, str] = MANIFEST.read_identity(ROOT)
APP_NAME = IDENTITY["APP_NAME"]
VERSION = IDENTITY["__version__"]


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def skipped(what: str, why: str) -> None:
    say(f"skipped: {what} ({why})")


def run(cmd: list[str], *, shown: list[str] | None = None, **kwargs: Any) -> None:
    """Run a tool, failing the build on error; ``shown`` is what to print instead (secrets hidden)."""
    say("$ " + " ".join(shown or cmd))
    subprocess.run(cmd, check=True, **kwargs)


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x64", "x86_64": "x64", "aarch64": "arm64"}.get(machine, machine)


# --- layout of a build ---------------------------------------------------------------------------


def bundle_dir(distpath: Path) -> Path:
    """What ships: the .app on macOS, the one-folder directory elsewhere."""
    return distpath / (f"{APP_NAME}.app" if IS_MACOS else APP_NAME)


def bundle_executable(distpath: Path) -> Path:
    if IS_MACOS:
        return bundle_dir(distpath) / "Contents" / "MacOS" / APP_NAME
    return distpath / APP_NAME / (f"{APP_NAME}.exe" if IS_WINDOWS else APP_NAME)


def icon_file(workpath: Path, ext: str) -> Path | None:
    """The icon the spec used: the UI's own, else the one it rendered into the work folder."""
    for candidate in (
        ROOT / "resources" / "icons" / f"agentdesk.{ext}",
        workpath / SPEC.stem / "icons" / f"agentdesk.{ext}",
    ):
        if candidate.is_file():
            return candidate
    return None


def tree_size(path: Path) -> int:
    """Bytes on disk of every file below ``path`` (symlinks counted once, not followed)."""
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            total += os.lstat(os.path.join(dirpath, name)).st_size
    return total


# --- 1. PyInstaller ------------------------------------------------------------------------------


def pyinstaller(distpath: Path, workpath: Path, *, clean: bool) -> float:
    """Run the spec; returns the seconds it took."""
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(distpath), "--workpath", str(workpath)]
    if clean:
        cmd.append("--clean")
    started = time.perf_counter()
    run([*cmd, str(SPEC)], cwd=ROOT)
    return time.perf_counter() - started


# --- 2. installers -------------------------------------------------------------------------------


def find_tool(names: tuple[str, ...], patterns: tuple[str, ...]) -> str | None:
    """A tool on PATH, else the newest match of its usual install locations (globs)."""
    for name in names:
        if found := shutil.which(name):
            return found
    for pattern in patterns:
        matches = sorted(glob.glob(os.path.expandvars(pattern)))
        if matches:
            return matches[-1]
    return None


def signtool_command() -> tuple[list[str], list[str]] | None:
    """signtool's arguments (before the file name) and a printable copy, or None when not signing."""
    cert = os.environ.get("WINDOWS_SIGN_CERT")
    if not cert:
        return None
    tool = find_tool(("signtool",), (r"%ProgramFiles(x86)%\Windows Kits\10\bin\*\x64\signtool.exe",))
    if tool is None:
        raise SystemExit("WINDOWS_SIGN_CERT is set but signtool.exe was not found (Windows SDK)")
    base = [tool, "sign", "/fd", "sha256", "/td", "sha256",
            "/tr", os.environ.get("WINDOWS_TIMESTAMP_URL", "http://timestamp.digicert.com"), "/f", cert]
    password = os.environ.get("WINDOWS_SIGN_PASSWORD")
    if password:
        return [*base, "/p", password], [*base, "/p", "***"]
    return base, base


def build_windows(distpath: Path, workpath: Path) -> list[Path]:
    signing = signtool_command()
    exe = bundle_executable(distpath)
    if signing:
        cmd, shown = signing
        run([*cmd, str(exe)], shown=[*shown, str(exe)])
    else:
        skipped("code signing", "WINDOWS_SIGN_CERT not set")
    iscc = find_tool(("iscc", "ISCC"), (
        r"%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe",
        r"%ProgramFiles%\Inno Setup 6\ISCC.exe",
        r"%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe",
    ))
    if iscc is None:
        if os.environ.get("CI"):
            raise SystemExit("Inno Setup's ISCC.exe not found; the release needs the installer")
        skipped("installer", "Inno Setup's iscc not found; install Inno Setup 6")
        return []
    numeric = ".".join(str(n) for n in MANIFEST.numeric_version(VERSION))
    cmd = [iscc, "/Q", f"/DAppName={APP_NAME}", f"/DAppPublisher={IDENTITY['ORG_NAME']}",
           f"/DAppUserModelID={IDENTITY['BUNDLE_ID']}",
           f"/DAppVersion={VERSION}", f"/DAppVersionNumeric={numeric}",
           f"/DBundleDir={distpath / APP_NAME}", f"/DOutputDir={distpath}"]
    if icon := icon_file(workpath, "ico"):
        cmd.append(f"/DIconFile={icon}")
    shown = list(cmd)
    if signing:
        # ISCC parses its command line itself (no backslash escapes): quote with $q, not ".
        sign, sign_shown = signing
        quoted = " ".join(f"$q{part}$q" if " " in part else part for part in sign)
        quoted_shown = " ".join(f"$q{part}$q" if " " in part else part for part in sign_shown)
        cmd += ["/DSign", f"/Ssigntool={quoted} $f"]
        shown += ["/DSign", f"/Ssigntool={quoted_shown} $f"]
    script = str(ROOT / "packaging" / "windows" / "agentdesk.iss")
    run([*cmd, script], shown=[*shown, script])
    return [distpath / f"{APP_NAME}-{VERSION}-windows-x64-setup.exe"]


def build_macos(distpath: Path) -> list[Path]:
    app = bundle_dir(distpath)
    identity = os.environ.get("MACOS_SIGN_IDENTITY")
    if identity:
        run(["codesign", "--verify", "--deep", "--strict", "--verbose=2", str(app)])
    else:
        skipped("Developer ID signing", "MACOS_SIGN_IDENTITY not set; the .app is ad-hoc signed")
    dmg = distpath / f"{APP_NAME}-{VERSION}-macos-{arch()}.dmg"
    with tempfile.TemporaryDirectory() as staging:
        run(["ditto", str(app), str(Path(staging) / app.name)])
        os.symlink("/Applications", Path(staging) / "Applications")
        dmg.unlink(missing_ok=True)
        run(["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", staging, "-ov",
             "-format", "UDZO", str(dmg)])
    if identity:
        run(["codesign", "--sign", identity, "--timestamp", str(dmg)])
    notarize(dmg, signed=bool(identity))
    return [dmg]


def notarize(dmg: Path, *, signed: bool) -> None:
    """Notarize and staple ``dmg`` when notary credentials are in the environment."""
    profile = os.environ.get("MACOS_NOTARY_PROFILE")
    apple = [os.environ.get(k) for k in ("APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD")]
    if not signed:
        skipped("notarization", "needs a Developer ID signature (MACOS_SIGN_IDENTITY)")
        return
    if profile:
        auth, shown = ["--keychain-profile", profile], ["--keychain-profile", profile]
    elif all(apple):
        apple_id, team, password = (v or "" for v in apple)
        auth = ["--apple-id", apple_id, "--team-id", team, "--password", password]
        shown = ["--apple-id", apple_id, "--team-id", team, "--password", "***"]
    else:
        skipped("notarization", "MACOS_NOTARY_PROFILE or APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD not set")
        return
    submit = ["xcrun", "notarytool", "submit", str(dmg), "--wait"]
    run([*submit, *auth], shown=[*submit, *shown])
    run(["xcrun", "stapler", "staple", str(dmg)])


def build_linux(distpath: Path, workpath: Path) -> list[Path]:
    """A tarball of the one-folder bundle plus a .desktop file and icon for menu integration."""
    folder = distpath / APP_NAME
    shutil.copy2(ROOT / "packaging" / "linux" / "agentdesk.desktop", folder / "agentdesk.desktop")
    if icon := icon_file(workpath, "png"):
        shutil.copy2(icon, folder / "agentdesk.png")
    archive = distpath / f"{APP_NAME}-{VERSION}-linux-{arch()}.tar.gz"
    say(f"writing {archive.name}")
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=APP_NAME)
    return [archive]


def write_checksums(distpath: Path, artifacts: list[Path]) -> Path:
    sums = distpath / "SHA256SUMS.txt"
    lines = []
    for artifact in artifacts:
        digest = hashlib.sha256()
        with artifact.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        lines.append(f"{digest.hexdigest()}  {artifact.name}\n")
    sums.write_text("".join(lines), encoding="utf-8")
    return sums


# --- 3. smoke test -------------------------------------------------------------------------------


@dataclass
class Launch:
    """One launch of the bundle: its JSON line, seconds to that line and to exit, exit code."""

    result: dict[str, Any] | None
    seconds_to_json: float | None
    seconds_total: float
    returncode: int
    stderr_tail: str = ""


@dataclass
class SmokeReport:
    version_line: str
    cold: Launch
    warm: Launch
    bundle_size_bytes: int
    self_check: dict[str, Any] | None = None
    problems: list[str] = field(default_factory=list)


def self_check_problems(result: dict[str, Any] | None, returncode: int) -> list[str]:
    """What the bundle's ``--self-check`` line says is wrong (the keyring or the trust store)."""
    if result is None:
        return [f"--self-check printed no JSON line (exit {returncode})"]
    problems = []
    backend = str(result.get("keyring_backend", ""))
    if returncode != 0 or result.get("self_check") != "ok":
        problems.append(f"--self-check failed (exit {returncode}): {json.dumps(result)}")
    if backend.startswith(("keyring.backends.fail", "keyring.backends.null")) or not backend:
        problems.append(f"--self-check found no OS keyring (backend {backend!r})")
    cas = result.get("trusted_cas")
    if not isinstance(cas, int) or cas <= 0:
        problems.append(f"--self-check counted no trusted CA ({cas!r})")
    return problems


def smoke_env(home: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AGENTDESK_HOME": home}
    env.pop("PYTHONPATH", None)  # the bundle must not see the checkout
    return env


def launch(exe: Path, args: list[str], env: dict[str, str], timeout: float = SMOKE_TIMEOUT_S) -> Launch:
    """Start the bundle and time the first JSON object it prints on stdout (killed after ``timeout``)."""
    found: dict[str, Any] = {}

    def read(stream: IO[str], started: float) -> None:
        for line in stream:
            text = line.strip()
            if "result" in found or not text.startswith("{"):
                continue
            try:
                parsed = json.loads(text)
            except json.JSONDecodeError:
                continue
            if isinstance(parsed, dict):
                found["at"], found["result"] = time.perf_counter() - started, parsed

    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as err:
        started = time.perf_counter()
        proc = subprocess.Popen([str(exe), *args], stdout=subprocess.PIPE, stderr=err, env=env,
                                text=True, encoding="utf-8", errors="replace")
        assert proc.stdout is not None
        reader = threading.Thread(target=read, args=(proc.stdout, started), daemon=True)
        reader.start()
        try:
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
        total = time.perf_counter() - started
        reader.join(timeout=5)
        err.seek(0)
        tail = err.read()[-2000:]
    return Launch(found.get("result"), found.get("at"), total, code, tail)


@contextlib.contextmanager
def demo_server(python: str = sys.executable, timeout: float = SMOKE_TIMEOUT_S) -> Iterator[str]:
    """A demo server for the bundle to sign in to: ``python -m app.demo`` from the checkout (the
    bundle carries no server), seeded, on a free loopback port; yields its ws:// URL."""
    with tempfile.TemporaryDirectory(prefix="agentdesk-smoke-server-") as folder:
        db_url = f"sqlite:///{(Path(folder) / 'server.sqlite3').as_posix()}"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen([python, "-m", "app.demo", "--db", db_url, "--port", "0"], cwd=ROOT, env=env,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")
        assert proc.stdin is not None and proc.stdout is not None
        stdout = proc.stdout
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.append(stdout.readline()), daemon=True)
        reader.start()
        reader.join(timeout)
        try:
            words = lines[0].split() if lines else []
            if len(words) != 3 or words[0] != "listening":
                raise RuntimeError("the demo server for the smoke test did not start")
            yield words[1]
        finally:
            proc.stdin.close()  # the demo server stops when its stdin closes
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            stdout.close()


def inbox_loaded(result: dict[str, Any]) -> bool:
    """The smoke criterion: conversations on screen and the session online."""
    shown = result.get("conversations_shown")
    return isinstance(shown, int) and shown > 0 and result.get("connection") == "online"


def smoke_test(distpath: Path) -> SmokeReport:
    exe = bundle_executable(distpath)
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="agentdesk-smoke-") as home:
        env = smoke_env(home)
        version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env,
                                 timeout=SMOKE_TIMEOUT_S)
        version_line = version.stdout.strip()
        if version_line != f"{APP_NAME} {VERSION}":
            problems.append(f"--version printed {version_line!r}, expected {APP_NAME} {VERSION!r}")
        check = launch(exe, ["--self-check"], env)
        problems += self_check_problems(check.result, check.returncode)
        with demo_server() as url:  # the bundle has no demo server of its own: it signs in to this one
            cold = launch(exe, ["--demo-server", url, "--smoke"], env)
            with tempfile.TemporaryDirectory(prefix="agentdesk-smoke-") as warm_home:
                warm = launch(exe, ["--demo-server", url, "--smoke"], smoke_env(warm_home))
    for name, run_ in (("cold", cold), ("warm", warm)):
        if run_.returncode != 0:
            problems.append(f"{name} --smoke exited {run_.returncode}: {run_.stderr_tail}")
        if run_.result is None:
            problems.append(f"{name} --smoke printed no JSON line")
        elif not inbox_loaded(run_.result):
            problems.append(f"{name} --smoke did not show a loaded, online inbox: {run_.result}")
        elif run_.result.get("version", VERSION) != VERSION:
            problems.append(f"{name} --smoke reports version {run_.result.get('version')!r}, not {VERSION!r}")
    return SmokeReport(version_line, cold, warm, tree_size(bundle_dir(distpath)), check.result, problems)


# --- main ----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--distpath", type=Path, default=ROOT / "dist")
    parser.add_argument("--workpath", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-installer", action="store_true", help="only the one-folder bundle")
    parser.add_argument("--smoke-test", action="store_true",
                        help="run the bundle's --self-check and --demo-server URL --smoke after, against "
                        "python -m app.demo")
    parser.add_argument("--release", action="store_true",
                        help="a release build: fail unless signed, notarised and identified "
                        "(a v* tag implies it)")
    args = parser.parse_args(argv)
    distpath, workpath = args.distpath.resolve(), args.workpath.resolve()
    release = args.release or RELEASE_CHECK.is_tag_build(os.environ)
    if RELEASE_CHECK.check(release=release) != 0:
        return 1

    say(f"{APP_NAME} {VERSION} for {sys.platform}-{arch()} with Python {platform.python_version()}")
    build_s = pyinstaller(distpath, workpath, clean=args.clean)
    size = tree_size(bundle_dir(distpath))
    say(f"bundle {bundle_dir(distpath)}: {size / 1e6:.0f} MB, built in {build_s:.0f} s")

    summary: dict[str, Any] = {"version": VERSION, "platform": f"{sys.platform}-{arch()}",
                               "build_seconds": round(build_s, 1), "bundle_size_mb": round(size / 1e6, 1)}
    # Smoke before packaging: an installer of a bundle that cannot start is worse than none.
    if args.smoke_test:
        report = smoke_test(distpath)
        summary["smoke"] = report.cold.result
        summary["self_check"] = report.self_check
        summary["version_line"] = report.version_line
        summary["cold_start_seconds"] = _rounded(report.cold.seconds_to_json)
        summary["warm_start_seconds"] = _rounded(report.warm.seconds_to_json)
        summary["cold_run_seconds"] = _rounded(report.cold.seconds_total)
        if report.problems:
            print(json.dumps(summary, indent=2))
            for problem in report.problems:
                say(f"SMOKE FAILED: {problem}")
            return 1
        say(f"self-check: {json.dumps(report.self_check)}")
        say(f"smoke: {json.dumps(report.cold.result)}")
        say(f"cold start to --smoke JSON: {summary['cold_start_seconds']} s "
            f"(warm {summary['warm_start_seconds']} s)")

    artifacts: list[Path] = []
    if not args.no_installer:
        if IS_WINDOWS:
            artifacts = build_windows(distpath, workpath)
        elif IS_MACOS:
            artifacts = build_macos(distpath)
        else:
            artifacts = build_linux(distpath, workpath)
        if artifacts:
            write_checksums(distpath, artifacts)
    summary["artifacts"] = [str(a) for a in artifacts]
    print(json.dumps(summary, indent=2))
    if step_summary := os.environ.get("GITHUB_STEP_SUMMARY"):
        with open(step_summary, "a", encoding="utf-8") as fh:
            fh.write(f"### {APP_NAME} {VERSION} ({summary['platform']})\n\n```json\n"
                     f"{json.dumps(summary, indent=2)}\n```\n")
    return 0


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


if __name__ == "__main__":
    sys.exit(main())
