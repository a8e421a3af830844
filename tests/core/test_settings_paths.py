"""One settings file (no secrets in it), and the directories the app writes to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.paths import AppPaths, app_paths
from app.core.settings import Settings, load_settings, save_settings


def test_agentdesk_home_puts_every_directory_under_it(tmp_path: Path) -> None:
    paths = app_paths({"AGENTDESK_HOME": str(tmp_path)})
    assert all(d.is_relative_to(tmp_path) for d in paths.all_dirs())
    assert len(set(paths.all_dirs())) == 4
    assert paths.settings_file.parent == paths.config_dir
    a, b = paths.cache_db("wss://desk", "alice"), paths.cache_db("wss://desk", "bob")
    assert a != b and a.parent == b.parent and a.is_relative_to(paths.data_dir)
    assert paths.cache_db("wss://desk", "alice") == a


def test_without_agentdesk_home_the_platform_dirs_are_used() -> None:
    paths = app_paths({})
    assert all("AgentDesk" in str(d) for d in paths.all_dirs())


def test_settings_round_trip_and_defaults(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    assert load_settings(path) == Settings()
    chosen = Settings(server_url="wss://desk.example.com", username="alice", language="zh-CN", theme="dark",
                      idle_away_minutes=10, notifications=False, sound=False, ca_file="/etc/ca.pem")
    save_settings(chosen, path)
    assert load_settings(path) == chosen
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind
    assert set(json.loads(path.read_text())) == set(Settings.__dataclass_fields__)


@pytest.mark.parametrize("text", ["", "not json", "[1, 2]", "null"])
def test_an_unreadable_file_gives_the_defaults(tmp_path: Path, text: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(text)
    assert load_settings(path) == Settings()


def test_invalid_values_fall_back_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": "klingon", "theme": "dark", "idle_away_minutes": True,
                                "sound": 0, "username": "bob", "token": "should-never-be-here",
                                "unknown_future_key": 1}))
    settings = load_settings(path)
    assert settings == Settings(theme="dark", username="bob")
    assert not hasattr(settings, "token")
    assert Settings().with_changes(idle_away_minutes=-3).idle_away_minutes == 5


def test_settings_have_no_secret_fields() -> None:
    names = set(Settings.__dataclass_fields__)
    assert not {n for n in names if any(w in n for w in ("token", "password", "secret"))}


def test_ensure_creates_the_directories(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "d", tmp_path / "c", tmp_path / "k", tmp_path / "l").ensure()
    assert all(d.is_dir() for d in paths.all_dirs())
