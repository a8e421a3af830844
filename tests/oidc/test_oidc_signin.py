"""Agent sign-in with the company's identity provider, end to end: a REAL OpenID Provider
(oidc-provider on Node), the real server validating the ID token, the desk's core flow with the
browser part in headless Chromium (selenium), the real Secret Service keyring. Ends with a working
desk session and no secret in any file under the desk's home."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import pytest

from app.client import LoginFailed
from app.client.credentials import SERVICE
from app.core.app import DeskApp
from app.core.oidc_signin import OidcError, claims_of
from app.core.paths import AppPaths
from app.core.settings import Settings
from app.protocol import methods as pm
from tests.support.helpers import until_online
from tests.support.server import AgentClient, running_server

PAGE = "<!doctype html><title>AgentDesk</title><p id=done>Signed in. Return to AgentDesk.</p>"


def oidc_config(tmp_path: Path, issuer: str) -> str:
    path = tmp_path / "oidc.toml"
    path.write_text(
        f"""[oidc]
issuer = "{issuer}"
client_id = "agentdesk"
display_name = "Example Exchange"
scopes = ["openid", "profile", "email", "groups", "offline_access"]

[oidc.roles]
"support-agents" = "agent"
"vip-managers" = "vip_manager"
"support-leads" = "supervisor"
""",
        encoding="utf-8",
    )
    return str(path)


def browser_as(driver: Any, login: str, seen: list[str]) -> Any:
    """The "system browser": opens the URL in Chromium, signs in as ``login``, consents."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    def act(step: Any) -> Any:
        """Chromium may replace a node between finding and using it while the provider's page
        renders ("Node … does not belong to the document", a stale element): do the step again."""
        for attempt in range(10):
            try:
                return step()
            except WebDriverException as exc:
                replaced = isinstance(exc, StaleElementReferenceException) or "does not belong" in str(exc)
                if not replaced or attempt == 9:
                    raise
                time.sleep(0.3)
        return None

    def gone(element: Any) -> bool:
        """``staleness_of`` that also knows Chromium's other word for it: a node of a page that was
        replaced "does not belong to the document" (a WebDriverException, not a stale element)."""
        try:
            element.is_enabled()
        except WebDriverException as exc:
            if isinstance(exc, StaleElementReferenceException) or "does not belong" in str(exc):
                return True
            raise
        return False

    def run(url: str) -> None:
        seen.append(url)
        driver.get(url)
        wait = WebDriverWait(driver, 20)

        def fill_in() -> Any:
            name = wait.until(ec.presence_of_element_located((By.NAME, "login")))
            name.clear()
            name.send_keys(login)
            password = driver.find_element(By.NAME, "password")
            password.clear()
            password.send_keys("any password: dev interactions")
            button = driver.find_element(By.CSS_SELECTOR, "button[type=submit]")
            button.click()
            return button

        submit = act(fill_in)
        wait.until(lambda _driver: gone(submit))  # the consent page replaced the login form
        act(lambda: wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "button[type=submit]"))).click())
        wait.until(ec.presence_of_element_located((By.ID, "done")))

    async def open_browser(url: str) -> None:
        await asyncio.to_thread(run, url)

    return open_browser


def files_containing(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


async def test_sign_in_with_the_identity_provider_in_a_real_browser(
    tmp_path: Path,
    oidc_provider: str,
    browser: Any,
    agentdesk_home: AppPaths,
    secret_service: keyring.backend.KeyringBackend,
) -> None:
    (tmp_path / "server").mkdir()
    async with running_server(
        tmp_path / "server", oidc_config_path=oidc_config(tmp_path, oidc_provider)
    ) as server:
        core = DeskApp(Settings(), agentdesk_home.settings_file)
        offer = await core.oidc_offer(server.ws_url)
        assert offer is not None and offer.display_name == "Example Exchange"
        urls: list[str] = []
        try:
            agent = await core.sign_in_oidc(server.ws_url, browser_as(browser, "lead", urls), page=PAGE)
            assert agent.username == "lead" and agent.role == "supervisor"  # support-leads → supervisor
            assert (
                "code_challenge_method=S256" in urls[0]
                and "redirect_uri=http%3A%2F%2F127.0.0.1%3A" in urls[0]
            )
            session = core.session
            assert session is not None
            await until_online(session)
            snapshot = await session.call(pm.SNAPSHOT, pm.SnapshotParams(limit=5))
            assert snapshot.conversations  # a working desk session
            # The secrets: the desk token and the refresh token in the keyring, nowhere else.
            desk_token = secret_service.get_password(SERVICE, f"{server.ws_url}|lead")
            refresh = secret_service.get_password(SERVICE, f"oidc-refresh|{server.ws_url}|lead")
            assert desk_token and refresh
            for secret in (desk_token, refresh):
                assert files_containing(tmp_path / "agentdesk-home", secret.encode()) == []
                assert files_containing(tmp_path / "chromium-profile", secret.encode()) == []
            # The same agent again later: the desk token still works on its own (resume).
            again = await AgentClient.auth(server.ws_url, desk_token)
            assert again.welcome["agent"]["role"] == "supervisor"
            await again.close()
            await core.sign_out(wipe=True)
            assert secret_service.get_password(SERVICE, f"oidc-refresh|{server.ws_url}|lead") is None
        finally:
            await core.shutdown()


async def test_groups_map_to_roles_and_an_unmapped_agent_is_refused(
    tmp_path: Path,
    oidc_provider: str,
    browser: Any,
    agentdesk_home: AppPaths,
    secret_service: keyring.backend.KeyringBackend,
) -> None:
    (tmp_path / "server").mkdir()
    async with running_server(
        tmp_path / "server", oidc_config_path=oidc_config(tmp_path, oidc_provider)
    ) as server:
        core = DeskApp(Settings(), agentdesk_home.settings_file)
        try:
            vic = await core.sign_in_oidc(
                server.ws_url, browser_as(browser, "vic", []), page=PAGE, remember=False
            )
            assert vic.role == "vip_manager"  # the most privileged of vip-managers and support-agents
            await core.close_session()
            browser.delete_all_cookies()
            with pytest.raises(LoginFailed):
                await core.sign_in_oidc(server.ws_url, browser_as(browser, "nobody", []), page=PAGE)
        finally:
            await core.shutdown()


async def test_a_replayed_or_foreign_id_token_is_refused(
    tmp_path: Path,
    oidc_provider: str,
    browser: Any,
    agentdesk_home: AppPaths,
    secret_service: keyring.backend.KeyringBackend,
) -> None:
    from app.core import oidc_signin

    (tmp_path / "server").mkdir()
    async with running_server(
        tmp_path / "server", oidc_config_path=oidc_config(tmp_path, oidc_provider)
    ) as server:
        offer = await oidc_signin.fetch_offer(server.ws_url)
        assert offer is not None
        result = await oidc_signin.sign_in(offer, browser_as(browser, "ann", []), page=PAGE)
        token = result.id_token.reveal()
        assert claims_of(token)["nonce"] == offer.nonce
        frame = {"type": "login.oidc", "username": "ann", "id_token": token}
        first = await AgentClient._open(server.ws_url, frame)
        assert first.welcome["agent"]["role"] == "agent"
        await first.close()
        with pytest.raises(Exception, match="nonce"):  # the nonce was taken back: no second session
            await AgentClient._open(server.ws_url, frame)
        header, payload, signature = token.split(".")
        forged = f"{header}.{payload}.{signature[:-4]}AAAA"
        with pytest.raises(Exception, match=r"not valid|nonce"):
            await AgentClient._open(
                server.ws_url, {"type": "login.oidc", "username": "ann", "id_token": forged}
            )
        with pytest.raises(Exception, match="another username"):
            offer2 = await oidc_signin.fetch_offer(server.ws_url)
            assert offer2 is not None
            browser.delete_all_cookies()
            other = await oidc_signin.sign_in(offer2, browser_as(browser, "ann", []), page=PAGE)
            await AgentClient._open(
                server.ws_url, {"type": "login.oidc", "username": "lead", "id_token": other.id_token.reveal()}
            )
        # A password sign-in as an agent the identity provider created never works.
        with pytest.raises(Exception, match="invalid username or password"):
            await AgentClient.login(server.ws_url, "ann", "!oidc")
    with pytest.raises(OidcError):
        await oidc_signin.fetch_offer("ws://127.0.0.1:9")  # nothing listens there
