"""Fixtures of the web-chat browser tests: a live chat backend (module scope), a real headless
Chromium driven by Selenium, and agents that answer the customer.

Without Debian's ``chromium`` and ``chromium-driver`` the tests are skipped on a developer machine
and fail in CI (``CI`` set), where ``.ci/run`` installs both.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.webchat_support import LiveServer, SyncAgent

CHROMIUM = os.environ.get("AGENTDESK_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("AGENTDESK_CHROMEDRIVER", "/usr/bin/chromedriver")
CHROME_ARGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--no-first-run",
    "--disable-sync", "--disable-quic", "--window-size=900,940", "--lang=en-US",
)


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"the web-chat tests need a browser in CI: {reason}")
    pytest.skip(f"no headless browser here: {reason} (apt-get install chromium chromium-driver)")


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    db = tmp_path_factory.mktemp("webchat-db") / "server.sqlite3"
    server = LiveServer(f"sqlite:///{db}")
    try:
        server.start()
        yield server
    finally:
        server.close()


# --- the browser ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not (Path(CHROMIUM).exists() or shutil.which("chromium")):
        _missing(f"{CHROMIUM} not found")
    if not (Path(CHROMEDRIVER).exists() or shutil.which("chromedriver")):
        _missing(f"{CHROMEDRIVER} not found")
    try:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service
    except ImportError as exc:
        _missing(f"selenium is not installed ({exc})")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM if Path(CHROMIUM).exists() else str(shutil.which("chromium"))
    for arg in CHROME_ARGS:
        options.add_argument(arg)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    path = CHROMEDRIVER if Path(CHROMEDRIVER).exists() else str(shutil.which("chromedriver"))
    try:
        drv = webdriver.Chrome(service=Service(path), options=options)
    except WebDriverException as exc:
        _missing(f"chromium did not start ({exc.msg})")
    drv.set_page_load_timeout(20)
    try:
        yield drv
    finally:
        drv.quit()


@pytest.fixture
def agent_factory(live: LiveServer) -> Iterator[Callable[..., SyncAgent]]:
    agents: list[SyncAgent] = []

    def make(username: str = "alice") -> SyncAgent:
        agent = SyncAgent(live.agent_url, username)
        agents.append(agent)
        return agent

    yield make
    for agent in agents:
        with contextlib.suppress(Exception):
            agent.close()
