"""Fixtures of the Telegram tests: a real server, real WebSockets clients."""

from __future__ import annotations

from tests.support.async_tests import pytest_pyfunc_call  # noqa: F401  (runs async def tests)
