from tests.support.async_tests import pytest_pyfunc_call  # noqa: F401  (runs async def tests)
