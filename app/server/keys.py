"""The server's secrets, kept outside the database: a key file with strict permissions, or the
environment.

Why not the ``settings`` table (where the customer-token secret and the lockout key used to
live): read access to the database — a backup, a replica, a support dump — must not let anyone
mint a ``/customer`` token for any UID, forge an audit chain or reverse the lockout's username
HMACs. So the keys live in one JSON file beside the database (``<db>.keys``; ``--key-file PATH``
or ``ServerConfig.key_file`` elsewhere), created on first start with mode 0600, or come from the
environment (``AGENTDESK_<PURPOSE>_KEY``, hex, at least 32 bytes), which wins over the file.

A key file that group or others may read stops the server with a message that says how to fix it
(``KeyFileError``): a secret is only as secret as the file that holds it. (Windows has no such
mode bits; there the file sits in the user's own profile and is not checked.)

Purposes: ``customer_token`` (HMAC of customer tokens), ``lockout`` (HMAC of usernames in the
lockout counters), ``audit`` (the audit chain's HMAC and its checkpoints' signatures) and
``identity`` (the pepper of one-time verification codes). Rotation (``agentdesk-server keys
rotate``) makes a new current key and keeps the old one *verifying* for a grace period
(``key_grace_hours``): customer tokens signed before the rotation keep working until then. The
audit key is never rotated: the chain is keyed by it from its first row.

Upgrading: on the first start of this version, secrets still in ``settings`` are moved into the
key file (so tokens already handed out stay valid) and deleted from the table (``adopt_legacy``).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import stat
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session

from app.server.timeutil import as_utc, utcnow

PURPOSES = ("customer_token", "lockout", "audit", "identity")
ROTATABLE = ("customer_token", "lockout", "identity")
ENV_PREFIX = "AGENTDESK_"
KEY_FILE_ENV = "AGENTDESK_KEY_FILE"
MIN_KEY_BYTES = 32
FILE_SUFFIX = ".keys"
CHECKPOINT_SUFFIX = ".audit-checkpoints"
#: settings rows that held secrets before this version (moved out on first start)
LEGACY_SETTINGS = {"customer_token_secret": "customer_token", "lockout_key": "lockout"}


class KeyFileError(Exception):
    """The key file cannot be used; the message says why and what to do (never a key)."""


@dataclass(frozen=True, slots=True)
class Key:
    id: str
    secret: bytes = field(repr=False)
    created_at: datetime
    verify_until: datetime | None = None  # set once retired: verifies (never signs) until then

    def usable(self, now: datetime) -> bool:
        return self.verify_until is None or self.verify_until > now


@dataclass
class ServerKeys:
    """Every purpose's keys, newest (the signing one) first."""

    path: Path | None
    keys: dict[str, list[Key]]
    from_env: frozenset[str] = frozenset()

    def __repr__(self) -> str:  # never a secret in a log line
        return f"ServerKeys(path={self.path!s}, purposes={sorted(self.keys)})"

    def current(self, purpose: str) -> bytes:
        return self.keys[purpose][0].secret

    def current_id(self, purpose: str) -> str:
        return self.keys[purpose][0].id

    def verifying(self, purpose: str, now: datetime | None = None) -> list[bytes]:
        """The current key, then retired ones still within their grace."""
        moment = now or utcnow()
        return [k.secret for k in self.keys[purpose] if k.usable(moment)]

    @property
    def checkpoint_path(self) -> Path | None:
        if self.path is None:
            return None
        return self.path.with_name(self.path.name.removesuffix(FILE_SUFFIX) + CHECKPOINT_SUFFIX)


# --- where ---------------------------------------------------------------------------------------
def default_path(db_url: str) -> Path:
    """``<db file without suffix>.keys`` beside a SQLite file; the user data folder otherwise."""
    try:
        url = make_url(db_url)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            db = Path(str(url.database)).resolve()
            return db.with_name(db.stem + FILE_SUFFIX)
    except Exception:
        pass
    import platformdirs

    folder = Path(platformdirs.user_data_dir("AgentDesk", "AgentDesk"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / ("agentdesk-server" + FILE_SUFFIX)


def resolve_path(configured: str | None, db_url: str) -> Path:
    chosen = configured or os.environ.get(KEY_FILE_ENV)
    return Path(chosen).expanduser().resolve() if chosen else default_path(db_url)


# --- the file ------------------------------------------------------------------------------------
def check_permissions(path: Path) -> None:
    """Refuse a key file (or its checkpoint log) that group or others can read or write."""
    if sys.platform == "win32":
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise KeyFileError(
            f"the key file {path} is readable or writable by group or others (mode {mode:04o}); "
            f"the server refuses to use it. Run: chmod 600 {path}"
        )


def _new_key(now: datetime, index: int = 1) -> Key:
    return Key(
        id=f"k{index}-{secrets.token_hex(4)}", secret=secrets.token_bytes(MIN_KEY_BYTES), created_at=now
    )


def _encode(keys: dict[str, list[Key]]) -> str:
    out: dict[str, Any] = {"version": 1, "keys": {}}
    for purpose, items in keys.items():
        out["keys"][purpose] = [
            {
                "id": k.id,
                "secret": k.secret.hex(),
                "created_at": as_utc(k.created_at).isoformat(),
                "verify_until": as_utc(k.verify_until).isoformat() if k.verify_until else None,
            }
            for k in items
        ]
    return json.dumps(out, indent=1, sort_keys=True) + "\n"


def _decode(text: str, path: Path) -> dict[str, list[Key]]:
    try:
        data = json.loads(text)
        keys: dict[str, list[Key]] = {}
        for purpose, items in data["keys"].items():
            keys[str(purpose)] = [
                Key(
                    id=str(i["id"]),
                    secret=bytes.fromhex(i["secret"]),
                    created_at=as_utc(datetime.fromisoformat(i["created_at"])),
                    verify_until=as_utc(datetime.fromisoformat(i["verify_until"]))
                    if i.get("verify_until")
                    else None,
                )
                for i in items
            ]
    except (ValueError, KeyError, TypeError, AttributeError):
        raise KeyFileError(f"the key file {path} is not a valid AgentDesk key file") from None
    for purpose, items in keys.items():
        if not items or any(len(k.secret) < MIN_KEY_BYTES for k in items):
            raise KeyFileError(f"the key file {path} has an empty or short key for {purpose}")
    return keys


def write_file(path: Path, keys: dict[str, list[Key]]) -> None:
    """Write atomically with mode 0600 from the first byte (never a moment world-readable)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + f".{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(_encode(keys))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise


def _from_env() -> dict[str, Key]:
    found: dict[str, Key] = {}
    for purpose in PURPOSES:
        name = f"{ENV_PREFIX}{purpose.upper()}_KEY"
        value = os.environ.get(name)
        if not value:
            continue
        try:
            secret = bytes.fromhex(value.strip())
        except ValueError:
            raise KeyFileError(f"{name} is not hex") from None
        if len(secret) < MIN_KEY_BYTES:
            raise KeyFileError(f"{name} is shorter than {MIN_KEY_BYTES} bytes")
        found[purpose] = Key(id=f"env-{purpose}", secret=secret, created_at=utcnow())
    return found


def load(
    path: Path,
    *,
    create: bool = True,
    legacy: dict[str, bytes] | None = None,
    grace: timedelta = timedelta(hours=24),
) -> tuple[ServerKeys, bool]:
    """The keys of ``path`` (made on first use when ``create``), the environment's winning.

    ``legacy``: secrets found in the database's ``settings``; a purpose the file lacks adopts
    the legacy secret as its current key (tokens already minted stay valid), a purpose it has
    keeps the legacy secret verifying for ``grace``. Returns the keys and whether the file changed.
    """
    now = utcnow()
    keys: dict[str, list[Key]] = {}
    if path.exists():
        check_permissions(path)
        keys = _decode(path.read_text("utf-8"), path)
    elif not create:
        raise KeyFileError(f"no key file at {path} (start the server once, or give --key-file)")
    changed = not path.exists()
    for purpose, secret in (legacy or {}).items():
        known = keys.get(purpose, [])
        if any(k.secret == secret for k in known):
            continue
        old = Key(id=f"legacy-{purpose}", secret=secret, created_at=now)
        keys[purpose] = [*known, Key(old.id, secret, now, now + grace)] if known else [old]
        changed = True
    for purpose in PURPOSES:
        if purpose not in keys:
            keys[purpose] = [_new_key(now)]
            changed = True
    if changed:
        write_file(path, keys)
    env = _from_env()
    for purpose, key in env.items():
        keys[purpose] = [key, *[k for k in keys[purpose] if k.secret != key.secret]]
    return ServerKeys(path=path, keys=keys, from_env=frozenset(env)), changed


def rotate(path: Path, purpose: str, grace: timedelta) -> Key:
    """A new current key for ``purpose``; the previous ones verify for ``grace`` more at most."""
    if purpose not in ROTATABLE:
        raise KeyFileError(f"the {purpose} key is not rotated (rotatable: {', '.join(ROTATABLE)})")
    if not path.exists():
        raise KeyFileError(f"no key file at {path} (start the server once, or give --key-file)")
    check_permissions(path)
    now = utcnow()
    keys = {p: list(v) for p, v in _decode(path.read_text("utf-8"), path).items()}
    old = keys[purpose]
    fresh = _new_key(now, len(old) + 1)
    retired = [
        Key(k.id, k.secret, k.created_at, min(k.verify_until or now + grace, now + grace))
        for k in old
        if k.usable(now)
    ]
    keys[purpose] = [fresh, *retired]
    write_file(path, keys)
    return fresh


# --- the database side: moving secrets out of ``settings`` -----------------------------------------
def _legacy_secrets(engine: Engine) -> dict[str, bytes]:
    from app.server.db.schema import Setting

    found: dict[str, bytes] = {}
    with Session(engine) as session:
        for name, purpose in LEGACY_SETTINGS.items():
            row = session.get(Setting, name)
            if row is not None:
                with contextlib.suppress(ValueError):
                    found[purpose] = bytes.fromhex(row.value)
    return found


def _forget_legacy(engine: Engine) -> int:
    from app.server.db.schema import Setting

    with Session(engine) as session, session.begin():
        deleted = sa.delete(Setting).where(Setting.key.in_(list(LEGACY_SETTINGS)))
        removed = cast("sa.CursorResult[Any]", session.execute(deleted)).rowcount
    return int(removed or 0)


def prepare(
    engine: Engine, db_url: str, configured: str | None, grace: timedelta, create: bool = True
) -> ServerKeys:
    """The server's keys for this database: load (or make) the key file, adopt the secrets an
    earlier build kept in ``settings`` and then delete them there. Blocking (start-up, the CLI)."""
    path = resolve_path(configured, db_url)
    legacy = _legacy_secrets(engine)
    loaded, _ = load(path, create=create, legacy=legacy, grace=grace)
    if legacy:
        _forget_legacy(engine)  # only once the file holding them is written
    return loaded
