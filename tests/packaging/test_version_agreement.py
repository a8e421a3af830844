"""``agentdesk --version``, the package metadata and ``app.__version__`` agree, and so do the installers.

Why: support asks "which version are you on?" and the answer must be the same in the About box, the
window title, ``--version``, the wheel, the Windows file properties, the installer and the macOS
Info.plist. All of them read ``app/__init__.py``; these tests catch a hard-coded copy.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import plistlib
import re
import subprocess
import sys
import types
import warnings
from pathlib import Path
from types import ModuleType

import pytest

import app

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "app" / "main.py"


def test_package_metadata_version_is_app_version() -> None:
    """setuptools computes the wheel's Version from app.__version__ (pyproject's dynamic version)."""
    from setuptools.config.pyprojecttoml import read_configuration

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        config = read_configuration(ROOT / "pyproject.toml")
    assert "version" in config["project"]["dynamic"] or config["project"]["version"]
    assert config["project"]["version"] == app.__version__
    assert config["project"]["name"] == "agentdesk"


def test_installed_metadata_agrees() -> None:
    try:
        installed = importlib.metadata.version("agentdesk")
    except importlib.metadata.PackageNotFoundError:
        if os.environ.get("CI"):  # tasks.py installs it; CI must compare, not skip
            raise
        pytest.skip("agentdesk is not installed in this environment (tasks.py installs it editable)")
    assert installed == app.__version__, "stale install: run `pip install --no-deps -e .` again"


def test_agentdesk_version_prints_the_app_version() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-m", "app.main", "--version"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, env=env,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"{app.APP_NAME} {app.__version__}"


def test_installers_take_the_version_from_the_build(manifest: ModuleType) -> None:
    """No installer file carries its own version number: build.py and the spec fill them in."""
    iss = (ROOT / "packaging" / "windows" / "agentdesk.iss").read_text(encoding="utf-8-sig")
    assert "AppVersion={#AppVersion}" in iss and "VersionInfoVersion={#AppVersionNumeric}" in iss
    assert not re.search(r"^(?:AppVersion|VersionInfoVersion)=\d", iss, re.M), "version in the .iss"
    with open(ROOT / "packaging" / "macos" / "Info.plist", "rb") as fh:
        plist = plistlib.load(fh)
    assert plist["CFBundleShortVersionString"] == "${VERSION}" and plist["CFBundleVersion"] == "${VERSION}"
    assert plist["NSHighResolutionCapable"] is True and plist["LSMinimumSystemVersion"]
    version_info = (ROOT / "packaging" / "windows" / "version_info.txt.in").read_text(encoding="utf-8")
    assert "@VERSION@" in version_info and "@NUMBERS@" in version_info
    identity = manifest.read_identity()
    assert identity["__version__"] == app.__version__
    assert identity["APP_NAME"] == app.APP_NAME and identity["ORG_DOMAIN"] == app.ORG_DOMAIN


def test_windows_version_resource_carries_the_version(
    manifest: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Parsed by PyInstaller's own loader, as on Windows (its Windows-only imports stubbed here)."""
    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", types.ModuleType("win32api"), raising=False)
    path = tmp_path / "version_info.txt"
    path.write_text(manifest.windows_version_info(manifest.read_identity()), encoding="utf-8")
    try:
        versioninfo = importlib.import_module("PyInstaller.utils.win32.versioninfo")
        info = versioninfo.load_version_info_from_text_file(str(path))
    finally:
        sys.modules.pop("PyInstaller.utils.win32.versioninfo", None)  # it holds the stubs
    major, minor, patch, build = manifest.numeric_version(app.__version__)
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == ((major << 16) | minor, (patch << 16) | build)
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings["ProductVersion"] == strings["FileVersion"] == app.__version__
    assert strings["ProductName"] == app.APP_NAME and strings["CompanyName"] == app.ORG_NAME
    assert info.toRaw()  # serialisable into the EXE


def test_macos_info_plist_carries_the_identity(manifest: ModuleType) -> None:
    plist = manifest.macos_info_plist(manifest.read_identity())
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == app.__version__
    assert plist["CFBundleIdentifier"] == app.BUNDLE_ID  # the one stable id (Keychain items follow it)
    assert ".".join(reversed(app.ORG_DOMAIN.split("."))) + ".agentdesk" == app.BUNDLE_ID
    assert plist["CFBundleName"] == plist["CFBundleDisplayName"] == app.APP_NAME
    assert plist["NSHighResolutionCapable"] is True
    assert tuple(int(p) for p in plist["LSMinimumSystemVersion"].split(".")) >= (13, 0)  # Qt 6.10+ wheels
