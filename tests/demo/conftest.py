"""Fixtures of the demo tests (its data, its simulated customers on a real server)."""

from __future__ import annotations

from tests.support.async_tests import pytest_pyfunc_call  # noqa: F401  (runs async def tests)
