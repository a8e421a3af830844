"""Agent passwords and session tokens.

Passwords are argon2id hashes. Verifying one is slow on purpose, so it runs on a small thread
pool of its own (at most two at a time: a flood of logins cannot starve the CPU or the database
thread). Session tokens are 32 random bytes; only their SHA-256 is stored, with an expiry (renewal and
expiry rules: ``repos/repo_sessions.py``). Throttling and lockout of failed logins: ``lockout.py``.
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from concurrent.futures import ThreadPoolExecutor

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()
# Demo agents only: cheap parameters so `--demo` and the tests start and log in fast. Real agents
# (``agentdesk-server create-agent``) get the library's defaults.
_demo_hasher = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="agentdesk-argon2")
# Verified when the username is unknown, so timing does not tell which usernames exist.
_DUMMY_HASH = _demo_hasher.hash("not a password")


def hash_password(password: str, *, demo: bool = False) -> str:
    return (_demo_hasher if demo else _hasher).hash(password)


def _verify(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


async def verify_password(password_hash: str | None, password: str) -> bool:
    return await asyncio.get_running_loop().run_in_executor(_pool, _verify, password_hash, password)


def new_token() -> tuple[str, str]:
    """``(token, sha256 hex)``: the token goes to the client once, the digest to the database."""
    token = secrets.token_urlsafe(32)
    return token, token_digest(token)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
