#!/usr/bin/env python3
"""What a release build needs before it may ship: ``python packaging/release_check.py [--release]``.

A tag build (``refs/tags/v*`` in ``GITHUB_REF``, or ``--release``) must be signed, notarised where the
OS has notarisation, and carry the organisation's real identity; if anything is missing it fails
here, before the build, naming each gap. Any other build (a branch, a manual run, a developer) may
be unsigned: the same gaps are printed as warnings and the build says it is unsigned.

- identity (``app/__init__.py``, the one source): ``ORG_DOMAIN`` must not be a placeholder (a
  reserved name: ``.example``, ``.test``, ``.invalid``, ``.localhost``, ``example.com``...),
  ``BUNDLE_ID`` must be that domain reversed plus the app's name (macOS ties Keychain items and
  notification permission to it; Windows the AppUserModelID);
- Windows: ``WINDOWS_SIGN_CERT`` (an Authenticode .pfx) for ``signtool``;
- macOS: ``MACOS_SIGN_IDENTITY`` (Developer ID Application) and notarisation credentials
  (``MACOS_NOTARY_PROFILE``, or ``APPLE_ID`` + ``APPLE_TEAM_ID`` + ``APPLE_APP_PASSWORD``);
- Linux: the tarball is not signed (``SHA256SUMS.txt`` travels with it); nothing required.

Standard library only; ``build.py`` imports it by path. Secrets are checked for presence, never
printed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost", ".local")
RESERVED_DOMAINS = ("example.com", "example.net", "example.org")


def _manifest() -> ModuleType:
    spec = importlib.util.spec_from_file_location("agentdesk_manifest", ROOT / "packaging" / "manifest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def is_tag_build(env: Mapping[str, str]) -> bool:
    """A push of a version tag (the release workflow's trigger)."""
    return env.get("GITHUB_REF", "").startswith("refs/tags/v")


def is_placeholder_domain(domain: str) -> bool:
    name = domain.strip().lower().rstrip(".")
    if not name or "." not in name:
        return True
    if name.startswith("example.") or name in RESERVED_DOMAINS:
        return True
    return name.endswith(RESERVED_SUFFIXES) or any(name.endswith("." + d) for d in RESERVED_DOMAINS)


def identity_problems(identity: Mapping[str, str]) -> list[str]:
    problems = []
    domain, bundle_id = identity["ORG_DOMAIN"], identity["BUNDLE_ID"]
    if is_placeholder_domain(domain):
        problems.append(f"ORG_DOMAIN in app/__init__.py is the placeholder {domain!r}: set the "
                        "organisation's real domain (and ORG_NAME, BUNDLE_ID) before the first release")
    expected = _manifest().bundle_identifier(domain, identity["APP_NAME"])
    if bundle_id != expected:
        problems.append(f"BUNDLE_ID in app/__init__.py is {bundle_id!r}; with ORG_DOMAIN {domain!r} it "
                        f"should be {expected!r} (and it must never change after the first release)")
    elif bundle_id.startswith("example.") and not problems:
        problems.append(f"BUNDLE_ID {bundle_id!r} is a placeholder")
    return problems


def signing_problems(platform: str, env: Mapping[str, str]) -> list[str]:
    """What this OS's signing and notarisation lack (names of variables, never their values)."""
    if platform.startswith("win"):
        if not env.get("WINDOWS_SIGN_CERT"):
            return ["Windows code signing: WINDOWS_SIGN_CERT (Authenticode .pfx; secret "
                    "WINDOWS_CERT_PFX_BASE64 in the release workflow) is not set"]
        return []
    if platform == "darwin":
        problems = []
        if not env.get("MACOS_SIGN_IDENTITY"):
            problems.append("macOS signing: MACOS_SIGN_IDENTITY (Developer ID Application) is not set")
        apple = all(env.get(k) for k in ("APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"))
        if not (env.get("MACOS_NOTARY_PROFILE") or apple):
            problems.append("macOS notarisation: MACOS_NOTARY_PROFILE, or APPLE_ID + APPLE_TEAM_ID + "
                            "APPLE_APP_PASSWORD, is not set")
        return problems
    return []


def release_problems(identity: Mapping[str, str], platform: str, env: Mapping[str, str]) -> list[str]:
    return identity_problems(identity) + signing_problems(platform, env)


def check(*, release: bool, platform: str = sys.platform, env: Mapping[str, str] | None = None,
          identity: Mapping[str, str] | None = None) -> int:
    """Print the gaps; 1 for a release build with any, else 0."""
    env = os.environ if env is None else env
    identity = identity or _manifest().read_identity(ROOT)
    problems = release_problems(identity, platform, env)
    github = bool(env.get("GITHUB_ACTIONS"))
    if not problems:
        signed = "the tarball is not signed (SHA256SUMS.txt)" if platform.startswith("linux") else "signed"
        print(f"[release-check] {'release' if release else 'build'} for {platform}: identity set, {signed}")
        return 0
    for problem in problems:
        if release:
            print(f"::error::{problem}" if github else f"[release-check] ERROR: {problem}")
        else:
            print(f"::warning::{problem}" if github else f"[release-check] warning: {problem}")
    if release:
        print("[release-check] a tag build must be signed, notarised and carry the real identity: "
              "not building it (see packaging/README.md, 'Before the first release')")
        return 1
    print("[release-check] UNSIGNED BUILD: for testing only, not for agents' machines")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--release", action="store_true", help="treat as a tag build (fail on any gap)")
    args = parser.parse_args(argv)
    return check(release=args.release or is_tag_build(os.environ))


if __name__ == "__main__":
    sys.exit(main())
