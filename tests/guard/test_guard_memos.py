"""Guard state between tests: a rule switched off in one test is not remembered by the next.

The guard keeps answers between calls (``tests/support/guard_memos.py``). These tests fail if a test
that monkeypatches a rule off leaves the patched guard's answers behind (``tests/guard/conftest.py``
forgets them), or if the guard grows a memo that ``forget`` does not know.
"""

from __future__ import annotations

import pytest

import app.guard.inbound as inbound
from app.guard import review_outbound, scan_conversation, scan_inbound
from tests.support.guard_memos import (
    KEPT_FOLDS,
    LAST_ANSWERS,
    forget,
    guard_caches,
    label_tables,
    last_answer_names,
)
from tests.support.guard_store import feed
from tests.support.guard_stubs import keep_all

# round 19's public values: each is redacted when the public filters (rounds 18-20) are off (round 20's
# scorer no longer reads "the seller Mika_Z9 keeps asking me to release first" by itself)
PUBLIC = "buyer Kato_77x keeps asking me to release"
PUBLIC_ZH = "卖家Mika_Z9一直催我放币"


def _filters_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inbound, "drop_r18_public", keep_all)
    monkeypatch.setattr(inbound, "drop_r19_public", keep_all)
    monkeypatch.setattr(inbound, "drop_r20_public", keep_all)


def test_a_public_value_is_scanned_with_its_filters_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first half of the pair below: the guard reads PUBLIC with the public filters off."""
    _filters_off(monkeypatch)
    assert scan_inbound(PUBLIC).text != PUBLIC  # off, the handle reads as a password


def test_the_next_test_meets_the_shipped_guard() -> None:
    """Runs after the test above (file order): what that test scanned with the filters off is not
    remembered. Without ``conftest``'s forgetting this failed in this order and passed alone:
    ``inbound._last_kept`` still held the unfiltered finding, and the conversation's last filter
    trusted it."""
    assert feed(["hello there", PUBLIC]) == ["hello there", PUBLIC]


def test_forget_drops_what_a_switched_off_rule_left() -> None:
    """The same, in one test: with the filters off the guard remembers a finding the shipped filters
    drop; after ``forget`` a conversation reads the text as a fresh process does."""
    assert feed(["hello there", PUBLIC_ZH]) == ["hello there", PUBLIC_ZH]
    with pytest.MonkeyPatch.context() as m:
        _filters_off(m)
        assert scan_inbound(PUBLIC_ZH).text != PUBLIC_ZH
    stale = scan_conversation(PUBLIC_ZH, ["hello there"]).current.text
    forget()
    assert scan_conversation(PUBLIC_ZH, ["hello there"]).current.text == PUBLIC_ZH
    assert stale != PUBLIC_ZH  # the leak this guards against is real: the memo answered for the patch


def test_forget_knows_every_memo() -> None:
    """Every ``_last_*`` memo of the guard is in ``LAST_ANSWERS``, and after a few scans ``forget``
    leaves every cache empty and every memo answering no text."""
    assert last_answer_names() == set(LAST_ANSWERS)
    for text in ("my password is Hunter22", "验证码 551903", "abandon ability able about above absent"):
        scan_inbound(text)
        scan_conversation(text, ["hi", "my seed phrase"])
    review_outbound("send me the code we texted you")
    assert any(cache.cache_info().currsize for cache in guard_caches())  # type: ignore[attr-defined]
    forget()
    assert all(cache.cache_info().currsize == 0 for cache in guard_caches())  # type: ignore[attr-defined]
    import sys

    for (name, attr), value in LAST_ANSWERS.items():
        assert getattr(sys.modules[name], attr) == value, (name, attr)
    for name, attr in KEPT_FOLDS:
        assert not getattr(sys.modules[name], attr), (name, attr)
    assert label_tables() and all(table._last is None for table in label_tables())
