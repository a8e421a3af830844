"""Fixtures of the OIDC sign-in tests: a REAL OpenID Provider (panva's ``oidc-provider`` on Node,
installed by ``npm ci`` into ``tests/oidc/provider/node_modules``, never committed), headless
Chromium through selenium (the "system browser"), the real Secret Service keyring.

Without Node/npm or Chromium the tests are skipped on a developer machine and fail in CI (``CI``
set), where ``.ci/run`` installs the ``test`` purpose of requirements/debian-packages.toml.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.async_tests import pytest_pyfunc_call  # noqa: F401  (runs async def tests)
from tests.support.desk_fixtures import agentdesk_home, restore_keyring, secret_service  # noqa: F401

PROVIDER_DIR = Path(__file__).resolve().parent / "provider"
CHROMIUM = os.environ.get("AGENTDESK_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("AGENTDESK_CHROMEDRIVER", "/usr/bin/chromedriver")
CHROME_ARGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--window-size=900,900",
    "--lang=en-US",
)


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"the OIDC sign-in tests need this in CI: {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def oidc_provider() -> Iterator[str]:
    """The issuer URL of a running oidc-provider (accounts: lead, ann, vic, nobody; see provider.mjs)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        _missing("Node.js and npm are needed (apt-get install nodejs npm)")
    if not (PROVIDER_DIR / "node_modules" / "oidc-provider").is_dir():
        done = subprocess.run(
            [str(npm), "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=PROVIDER_DIR,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if done.returncode != 0:
            _missing(f"npm ci failed: {done.stderr.strip()[-500:]}")
    port = _free_port()
    proc = subprocess.Popen(
        [str(node), "provider.mjs", str(port)],
        cwd=PROVIDER_DIR,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line.startswith("listening "):
        proc.kill()
        pytest.fail(f"oidc-provider did not start: {line!r}")
    try:
        yield line.split(" ", 1)[1]
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    if not (Path(CHROMIUM).exists() or shutil.which("chromium")):
        _missing(f"{CHROMIUM} not found (apt-get install chromium chromium-driver)")
    if not (Path(CHROMEDRIVER).exists() or shutil.which("chromedriver")):
        _missing(f"{CHROMEDRIVER} not found (apt-get install chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM if Path(CHROMIUM).exists() else str(shutil.which("chromium"))
    for arg in CHROME_ARGS:
        options.add_argument(arg)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    path = CHROMEDRIVER if Path(CHROMEDRIVER).exists() else str(shutil.which("chromedriver"))
    drv = webdriver.Chrome(service=Service(path), options=options)
    drv.set_page_load_timeout(20)
    try:
        yield drv
    finally:
        drv.quit()
