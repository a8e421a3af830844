"""The app core without a window: settings, mode, store and session lifecycle, signing in and out
against the real server, and the demo server beside the desk (a child process)."""

from __future__ import annotations

import asyncio
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from app.client import ConnectionStatus, LoginFailed
from app.core.app import DeskApp
from app.core.demo import ChildDemoServer, GivenDemoServer, demo_package_present
from app.core.paths import AppPaths
from app.core.settings import Settings, load_settings
from tests.support.helpers import until_online
from tests.support.keyrings import memory_keyring  # noqa: F401  (fixture)
from tests.support.server import running_server


async def test_sign_in_remember_resume_and_sign_out(
    tmp_path: Path, agentdesk_home: AppPaths, memory_keyring: Any  # noqa: F811
) -> None:
    settings_file = agentdesk_home.settings_file
    async with running_server(tmp_path) as server:
        core = DeskApp(Settings(), settings_file)
        with pytest.raises(LoginFailed) as refused:
            await core.sign_in(server.ws_url, "alice", "not the password", remember=True)
        assert refused.value.code == "bad_credentials"
        agent = await core.sign_in(server.ws_url, "alice", "demo", remember=True)
        assert agent.username == "alice" and core.session is not None
        assert core.store is not None and core.store.path == core.cache_for(server.ws_url, "alice")
        assert core.store.path.is_relative_to(agentdesk_home.data_dir)  # the real mode's cache
        saved = load_settings(settings_file)
        assert (saved.server_url, saved.username) == (server.ws_url, "alice")
        await until_online(core.session)
        await core.shutdown()

        again = DeskApp(load_settings(settings_file), settings_file)  # the next start
        assert again.sign_in_address() == (server.ws_url, "alice")
        assert await again.resume()  # the token in the keyring: no sign-in dialog
        assert again.session is not None
        await until_online(again.session)
        await again.sign_out(wipe=False)
        assert again.session.current_state.status is ConnectionStatus.RELOGIN_NEEDED
        await again.shutdown()
        assert again.session is None and again.store is None

        third = DeskApp(load_settings(settings_file), settings_file)
        assert not await third.resume()  # signed out: the token is gone
        await third.shutdown()


async def test_one_session_per_server_and_agent(tmp_path: Path, memory_keyring: Any) -> None:  # noqa: F811
    async with running_server(tmp_path) as server:
        core = DeskApp(Settings(), tmp_path / "settings.json")
        first = await core.open_session(server.ws_url, "alice", tmp_path / "a.sqlite3")
        assert await core.open_session(server.ws_url, "alice") is first  # the same: kept
        second = await core.open_session(server.ws_url, "bob", tmp_path / "b.sqlite3")
        assert second is not first and core.session is second
        assert core.store is not None and core.store.path == tmp_path / "b.sqlite3"
        await core.shutdown()


async def test_settings_change_at_once_and_are_saved_off_the_loop(tmp_path: Path) -> None:
    core = DeskApp(Settings(theme="light"), tmp_path / "settings.json")
    previous = core.change_settings(core.settings.with_changes(theme="dark"))
    assert previous.theme == "light" and core.settings.theme == "dark"
    await core.save_settings()
    assert load_settings(tmp_path / "settings.json").theme == "dark"


@pytest.mark.slow
async def test_demo_mode_runs_the_demo_server_beside_the_desk(tmp_path: Path) -> None:
    assert demo_package_present()  # a checkout: the demo package is next to the desk
    demo = ChildDemoServer(simulate_rate=0)
    core = DeskApp(Settings(), tmp_path / "settings.json", demo=demo)
    assert core.is_demo and core.plays_customers
    folder = demo.folder
    try:
        agent = await core.start_demo("vera")
        assert agent.username == "vera" and agent.role == "vip_manager"
        assert urlsplit(demo.ws_url).hostname == "127.0.0.1"
        assert core.sign_in_address()[0] == demo.ws_url  # signing out offers the demo server again
        assert core.store is not None and core.store.path.parent == folder  # never a real cache
        assert not core.credentials().status.available  # a demo never touches the OS keyring
        assert core.session is not None
        await until_online(core.session)
        url = urlsplit(await core.customer_chat_url("7337889916"))
        assert url.path == "/chat" and url.fragment.startswith("token=") and not url.query
        page = await asyncio.to_thread(
            lambda: urllib.request.urlopen(f"{url.scheme}://{url.netloc}/chat", timeout=10).read())
        assert b"chat.js" in page
    finally:
        await core.shutdown()
    assert not folder.exists()  # the demo's files go with it
    assert core.demo is None


async def test_a_given_demo_server_is_signed_in_to_not_started(tmp_path: Path) -> None:
    async with running_server(tmp_path) as server:
        demo = GivenDemoServer(server.ws_url)
        core = DeskApp(Settings(), tmp_path / "settings.json", demo=demo)
        assert core.is_demo and not core.plays_customers
        agent = await core.start_demo("sam")
        assert agent.role == "supervisor"
        assert core.store is not None and core.store.path.parent == demo.folder
        await core.shutdown()
        assert not demo.folder.exists()
