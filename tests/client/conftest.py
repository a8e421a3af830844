"""Fixtures of the session tests: an isolated AGENTDESK_HOME, the real Secret Service keyring."""

from __future__ import annotations

from tests.support.async_tests import pytest_pyfunc_call  # noqa: F401  (runs async def tests)
from tests.support.desk_fixtures import agentdesk_home, restore_keyring, secret_service  # noqa: F401
