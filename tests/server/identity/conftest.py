"""Fixtures of the identity verification tests (real server, real WebSockets, real SMTP)."""

from __future__ import annotations

from tests.support.async_tests import pytest_pyfunc_call  # noqa: F401  (runs async def tests)
