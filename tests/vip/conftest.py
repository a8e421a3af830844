"""Fixtures of the VIP desk tests: a real server, real websockets clients, a real SMTP relay sink."""

from __future__ import annotations

from tests.support.async_tests import pytest_pyfunc_call  # noqa: F401  (runs async def tests)
