"""Fixtures of the local cache tests (a fresh store in a temp dir; the keyring for its key)."""

from __future__ import annotations

from tests.support.async_tests import pytest_pyfunc_call  # noqa: F401  (runs async def tests)
from tests.support.desk_fixtures import agentdesk_home, restore_keyring, secret_service  # noqa: F401
