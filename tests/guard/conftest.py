"""Fixtures of every guard test: a test that monkeypatches the guard meets, and leaves, a guard with no
answers remembered (``tests/support/guard_memos.py`` says why)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.guard_memos import forget


@pytest.fixture(autouse=True)
def _guard_memos_forgotten_around_patches(request: pytest.FixtureRequest) -> Iterator[None]:
    """Around a test that uses ``monkeypatch`` (itself or through a fixture): the guard's caches and
    memos emptied before it, and again after it, once monkeypatch has put every rule back (an autouse
    fixture is set up before the test's own fixtures, so it is torn down after them). Other tests
    keep the caches warm, as the server does."""
    patches = "monkeypatch" in request.fixturenames
    if patches:
        forget()
    yield
    if patches:
        forget()
