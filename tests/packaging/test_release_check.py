"""Issue 24, item 2: a tag build that is unsigned, or carries the placeholder identity, fails.

The release workflow runs ``packaging/release_check.py`` (and ``build.py`` again) on each runner;
here it is fed each runner's environment. The identity is the real one from ``app/__init__.py``:
today it is the placeholder, so a tag build must fail (there is no real identity yet).
"""

from __future__ import annotations

import subprocess
import sys
from types import ModuleType

import pytest

import app
from tests.packaging.conftest import ROOT, load_packaging_module

REAL = {"__version__": "1.0.0", "APP_NAME": "AgentDesk", "ORG_NAME": "Exchange Ltd",
        "ORG_DOMAIN": "support.exchange.com", "BUNDLE_ID": "com.exchange.support.agentdesk"}
WINDOWS_SIGNED = {"WINDOWS_SIGN_CERT": "C:/t/agentdesk.pfx"}
MACOS_SIGNED = {"MACOS_SIGN_IDENTITY": "Developer ID Application: Exchange Ltd (TEAM123456)",
                "APPLE_ID": "release@exchange.com", "APPLE_TEAM_ID": "TEAM123456", "APPLE_APP_PASSWORD": "x"}


@pytest.fixture(scope="module")
def check() -> ModuleType:
    return load_packaging_module("release_check")


def test_todays_identity_is_the_placeholder_and_a_tag_build_fails_on_it(check: ModuleType) -> None:
    problems = check.identity_problems({"APP_NAME": app.APP_NAME, "ORG_DOMAIN": app.ORG_DOMAIN,
                                        "BUNDLE_ID": app.BUNDLE_ID})
    assert problems and "placeholder" in problems[0]
    env = {"GITHUB_REF": "refs/tags/v" + app.__version__, **MACOS_SIGNED}
    assert check.check(release=check.is_tag_build(env), platform="darwin", env=env) == 1


@pytest.mark.parametrize("domain", ["agentdesk.example", "example.com", "desk.example.org", "acme.test",
                                    "corp.invalid", "desk.localhost", "example.acme.com", "nodot", ""])
def test_placeholder_domains(check: ModuleType, domain: str) -> None:
    assert check.is_placeholder_domain(domain)


def test_a_real_identity_passes_and_a_bundle_id_that_drifted_does_not(check: ModuleType) -> None:
    assert check.identity_problems(REAL) == []
    drifted = {**REAL, "BUNDLE_ID": "com.exchange.agentdesk"}
    assert "should be 'com.exchange.support.agentdesk'" in check.identity_problems(drifted)[0]


@pytest.mark.parametrize(("platform", "env", "missing"), [
    ("win32", {}, ["WINDOWS_SIGN_CERT"]),
    ("darwin", {}, ["MACOS_SIGN_IDENTITY", "MACOS_NOTARY_PROFILE"]),
    ("darwin", {"MACOS_SIGN_IDENTITY": "Developer ID Application: X (T)"}, ["MACOS_NOTARY_PROFILE"]),
    ("darwin", {"MACOS_SIGN_IDENTITY": "Developer ID Application: X (T)", "APPLE_ID": "a@b.c"},
     ["MACOS_NOTARY_PROFILE"]),  # half the Apple credentials are none
    ("linux", {}, []),  # the tarball ships with checksums only
])
def test_signing_and_notarisation_each_os_needs(
    check: ModuleType, platform: str, env: dict[str, str], missing: list[str]
) -> None:
    problems = check.signing_problems(platform, env)
    assert len(problems) == len(missing)
    for name, problem in zip(missing, problems, strict=True):
        assert name in problem


def test_a_tag_build_fails_unsigned_and_a_branch_build_says_it_is_unsigned(
    check: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    tag = {"GITHUB_REF": "refs/tags/v1.0.0", "GITHUB_ACTIONS": "true"}
    assert check.check(release=check.is_tag_build(tag), platform="win32", env=tag, identity=REAL) == 1
    out = capsys.readouterr().out
    assert "::error::Windows code signing" in out and "not building it" in out
    branch = {"GITHUB_REF": "refs/heads/main", "GITHUB_ACTIONS": "true"}
    assert check.check(release=check.is_tag_build(branch), platform="win32", env=branch, identity=REAL) == 0
    out = capsys.readouterr().out
    assert "::warning::Windows code signing" in out and "UNSIGNED BUILD" in out
    signed = {**tag, **WINDOWS_SIGNED}
    assert check.check(release=True, platform="win32", env=signed, identity=REAL) == 0
    capsys.readouterr()
    assert check.check(release=True, platform="darwin", env={**tag, **MACOS_SIGNED}, identity=REAL) == 0


def test_the_secrets_are_never_printed(check: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    env = {"MACOS_SIGN_IDENTITY": "Developer ID Application: X (T)", "APPLE_APP_PASSWORD": "hunter2-app-pw"}
    check.check(release=True, platform="darwin", env=env, identity=REAL)
    assert "hunter2-app-pw" not in capsys.readouterr().out


def test_build_py_stops_a_tag_build_before_building() -> None:
    env = {"GITHUB_REF": "refs/tags/v" + app.__version__, "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--no-installer",
                          "--distpath", "/nonexistent/dist"], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 1
    assert "placeholder" in out.stdout and "not building it" in out.stdout
    assert "PyInstaller" not in out.stdout + out.stderr  # it never got to the build


def test_the_installer_forgets_on_request_and_names_the_app_like_the_exe() -> None:
    """The Inno Setup script is compiled on the Windows runner only; here: it calls the flag the
    app has, and its shortcuts carry the AppUserModelID build.py passes (app.BUNDLE_ID)."""
    from app.main import build_parser

    iss = (ROOT / "packaging" / "windows" / "agentdesk.iss").read_text(encoding="utf-8-sig")
    assert "'--forget-local-data'" in iss and "--forget-local-data" in build_parser().format_help()
    assert "usUninstall" in iss and "MB_DEFBUTTON2" in iss  # asked before the files go; No by default
    shortcuts = [line for line in iss.splitlines() if line.startswith('Name: "{user')]
    assert shortcuts and all('AppUserModelID: "{#AppUserModelID}"' in line for line in shortcuts)
    build = (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    assert "/DAppUserModelID={IDENTITY['BUNDLE_ID']}" in build
