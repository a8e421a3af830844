"""Fixtures of the chat backend's tests (real server, real WebSockets, temporary SQLite)."""

from __future__ import annotations

from tests.support.async_tests import pytest_pyfunc_call  # noqa: F401  (runs async def tests)
