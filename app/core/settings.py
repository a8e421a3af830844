"""The app's one settings object, kept as JSON in the config dir. Never a secret in it.

A missing, unreadable or partly invalid file falls back to the defaults field by field (a
hand-edited typo must not stop the desk from starting); unknown keys are ignored, so an older
build reads a newer file. Saving writes a temporary file and renames it over the old one, so a
crash never leaves half a file.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

LANGUAGES = ("system", "en", "zh-CN")
THEMES = ("light", "dark", "system")


@dataclass(frozen=True, slots=True)
class Settings:
    server_url: str = ""
    username: str = ""
    language: str = "system"
    theme: str = "system"
    idle_away_minutes: int = 5
    notifications: bool = True
    sound: bool = True
    vip_alert: bool = True  # the distinct VIP alert, which also breaks through "away"
    ca_file: str | None = None  # a private CA bundle for wss:// (certificates are always verified)

    def with_changes(self, **changes: Any) -> Settings:
        return _validated(replace(self, **changes))


def _validated(settings: Settings) -> Settings:
    defaults = Settings()
    fixes: dict[str, Any] = {}
    if settings.language not in LANGUAGES:
        fixes["language"] = defaults.language
    if settings.theme not in THEMES:
        fixes["theme"] = defaults.theme
    if not isinstance(settings.idle_away_minutes, int) or not 0 <= settings.idle_away_minutes <= 24 * 60:
        fixes["idle_away_minutes"] = defaults.idle_away_minutes
    return replace(settings, **fixes) if fixes else settings


_TYPES: dict[str, tuple[type, ...]] = {
    "server_url": (str,), "username": (str,), "language": (str,), "theme": (str,),
    "idle_away_minutes": (int,), "notifications": (bool,), "sound": (bool,), "vip_alert": (bool,),
    "ca_file": (str, type(None)),
}


def _accepts(allowed: tuple[type, ...], value: object) -> bool:
    if isinstance(value, bool):  # bool is an int in Python; only bool fields take true/false
        return bool in allowed
    return isinstance(value, allowed)


def load_settings(path: Path) -> Settings:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file unreadable (%s); using defaults", type(exc).__name__)
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        value = raw.get(f.name)
        if f.name in raw and _accepts(_TYPES[f.name], value):
            values[f.name] = value
    return _validated(Settings(**values))


def save_settings(settings: Settings, path: Path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(asdict(settings), indent=2, ensure_ascii=False, sort_keys=True)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
