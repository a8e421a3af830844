"""Everything this desk keeps on the computer, and ``agentdesk --forget-local-data`` to remove it.

Why a command and not only the sign-out checkbox: uninstalling must be able to forget the desk too
(the Windows uninstaller offers it and runs ``AgentDesk.exe --forget-local-data``; on macOS the
user runs the same flag before dragging the app to the Bin). Otherwise a valid 7-day token and the
cache key stay in Credential Manager (which roams with the profile) or the Keychain.

What it removes: for every server and agent this computer signed in to, the token and the cache
key in the OS keyring; then the data folder (the sealed caches), the disposable cache folder, the
settings and the logs. Which (server, agent) pairs exist is not something every keyring can list,
so the desk records them in ``<data dir>/accounts.json`` when it opens a session (server address
and username only, like ``settings.json``; never a secret).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors

from app.client.credentials import SERVICE, CredentialStore
from app.core.paths import AppPaths
from app.core.settings import load_settings
from app.store.files import remove_tree

log = logging.getLogger(__name__)
ACCOUNTS_FILE = "accounts.json"
Account = tuple[str, str]  # (server_url, username)


def accounts_file(paths: AppPaths) -> Path:
    return paths.data_dir / ACCOUNTS_FILE


def known_accounts(paths: AppPaths) -> list[Account]:
    """The (server, agent) pairs recorded here, then the last ones in the settings; each once."""
    found = known_accounts_in_file(paths)
    settings = load_settings(paths.settings_file)
    if settings.server_url and settings.username and (settings.server_url, settings.username) not in found:
        found.append((settings.server_url, settings.username))
    return found


def remember_account(paths: AppPaths, server_url: str, username: str) -> None:
    """Record that this computer keeps keyring entries for (server, agent); written atomically."""
    accounts = known_accounts_in_file(paths)
    if (server_url, username) in accounts:
        return
    accounts.append((server_url, username))
    target = accounts_file(paths)
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps([{"server_url": s, "username": u} for s, u in accounts], indent=2, ensure_ascii=False)
    fd, tmp = tempfile.mkstemp(prefix=".accounts-", suffix=".json", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def known_accounts_in_file(paths: AppPaths) -> list[Account]:
    try:
        raw = json.loads(accounts_file(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    found: list[Account] = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict) and isinstance(item.get("server_url"), str) \
                and isinstance(item.get("username"), str):
            pair = (item["server_url"], item["username"])
            if pair not in found:
                found.append(pair)
    return found


@dataclass
class ForgetReport:
    """What ``--forget-local-data`` did; ``ok`` when every entry and folder is gone."""

    keyring_backend: str
    accounts: int = 0
    keyring_entries_removed: int = 0
    keyring_failures: list[str] = field(default_factory=list)  # exception type names, never text
    folders_removed: list[str] = field(default_factory=list)
    folder_failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.keyring_failures and not self.folder_failures

    def as_json(self) -> dict[str, object]:
        return {"forget_local_data": "ok" if self.ok else "failed", "keyring_backend": self.keyring_backend,
                "accounts": self.accounts, "keyring_entries_removed": self.keyring_entries_removed,
                "keyring_failures": self.keyring_failures, "folders_removed": self.folders_removed,
                "folder_failures": self.folder_failures}


def forget_local_data(
    paths: AppPaths, backend: keyring.backend.KeyringBackend | None = None,
    remove: Callable[[Path], None] = remove_tree,
) -> ForgetReport:
    """Delete this desk's keyring entries, then its folders. Runs while no desk is open."""
    backend = backend or keyring.get_keyring()
    status = CredentialStore(backend).status
    report = ForgetReport(keyring_backend=status.backend)
    accounts = known_accounts(paths)
    report.accounts = len(accounts)
    if accounts and not status.available:
        report.keyring_failures.append(status.problem or "no_keyring")
    else:
        for server_url, username in accounts:
            for name in (CredentialStore.key(server_url, username),
                         CredentialStore.cache_key_name(server_url, username)):
                _delete_entry(backend, name, report)
    for folder in _folders(paths):
        if not folder.exists():
            continue
        try:
            remove(folder)
        except OSError as exc:
            report.folder_failures.append(f"{folder}: {type(exc).__name__}")
        else:
            report.folders_removed.append(str(folder))
    return report


def _delete_entry(backend: keyring.backend.KeyringBackend, name: str, report: ForgetReport) -> None:
    try:
        present = backend.get_password(SERVICE, name) is not None
        if present:
            backend.delete_password(SERVICE, name)
            report.keyring_entries_removed += 1
    except keyring.errors.PasswordDeleteError:
        pass  # gone already
    except Exception as exc:  # a locked or broken keyring: say which, never its text
        report.keyring_failures.append(type(exc).__name__)


def _folders(paths: AppPaths) -> Iterable[Path]:
    """Deepest first and each once: on Windows the cache and logs sit inside the data folder, and
    the data and config folders are one."""
    unique: list[Path] = []
    for folder in (paths.cache_dir, paths.log_dir, paths.data_dir, paths.config_dir):
        if folder not in unique:
            unique.append(folder)
    return sorted(unique, key=lambda p: len(p.parts), reverse=True)
