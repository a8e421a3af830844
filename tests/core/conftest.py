"""Fixtures of the app core tests (no window: the core is Qt-free)."""

from __future__ import annotations

from tests.support.async_tests import pytest_pyfunc_call  # noqa: F401  (runs async def tests)
from tests.support.desk_fixtures import agentdesk_home, restore_keyring, secret_service  # noqa: F401
