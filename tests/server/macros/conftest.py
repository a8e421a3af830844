"""Fixtures of the vip tests: a real server, real WebSockets clients (and real SMTP for email)."""

from __future__ import annotations

from tests.support.async_tests import pytest_pyfunc_call  # noqa: F401  (runs async def tests)
