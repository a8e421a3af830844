"""The desk's server-search state (issue 15): what is sent, stale answers dropped, pages added once,
where the server's match stands in a snippet."""

from __future__ import annotations

from app.policies.server_search import ServerSearch, server_query, snippet_spans
from app.protocol import search as ps
from app.protocol.types import CustomerSummary

CUSTOMER = CustomerSummary(uid="U100", name="O*** H***", vip_tier=0, language="en", kyc_level=1,
                           kyc_status="verified")


def message(mid: int) -> ps.SearchHit:
    return ps.SearchHit(kind="message", customer=CUSTOMER, conversation_id=7, message_id=mid, snippet="x")


def test_only_texts_the_server_takes_are_sent() -> None:
    assert server_query("  Haddad ") == "Haddad"
    assert server_query("提现") == "提现"
    assert server_query("x") is None  # one character: the cache alone
    assert server_query("a" * 201) is None
    assert server_query("two\nlines") is None
    assert server_query("bell\x07") is None


def test_an_answer_to_an_older_text_is_dropped_and_pages_add_each_hit_once() -> None:
    state = ServerSearch()
    first = state.begin("withdr")
    assert first is not None and first.before is None and state.loading
    second = state.begin("withdrawal")  # the agent kept typing
    assert second is not None
    assert state.accept(first, ps.SearchResult(hits=[message(99)], next_before=99)) == []
    assert state.hits == [] and state.loading
    name = ps.SearchHit(kind="name", customer=CUSTOMER, conversation_id=7)
    added = state.accept(second, ps.SearchResult(hits=[name, message(50), message(40)], next_before=40))
    assert len(added) == 3 and state.can_load_more and not state.loading
    page2 = state.more()
    assert page2 is not None and page2.before == 40 and page2.query == "withdrawal"
    assert state.more() is None  # one page at a time
    state.accept(page2, ps.SearchResult(hits=[message(40), message(30)], next_before=None))
    assert [h.message_id for h in state.hits] == [None, 50, 40, 30]  # 40 not twice
    assert not state.can_load_more and state.more() is None


def test_the_same_text_again_asks_nothing_and_a_refused_text_clears() -> None:
    state = ServerSearch()
    asked = state.begin("haddad")
    assert asked is not None
    state.accept(asked, ps.SearchResult(hits=[message(5)]))
    assert state.begin("haddad ") is None and len(state.hits) == 1
    assert state.begin("h") is None and not state.active and state.hits == []


def test_a_failure_counts_only_for_the_search_shown() -> None:
    state = ServerSearch()
    old = state.begin("deposit")
    assert old is not None
    new = state.begin("deposits")
    assert new is not None
    assert not state.fail(old, "internal") and state.error is None
    assert state.fail(new, "rate_limited") and state.error == "rate_limited" and not state.loading


def test_snippet_spans_mark_the_servers_substring_match_case_insensitively() -> None:
    assert snippet_spans("…my WITHDRAWAL is late, withdrawal again", "withdrawal") == [(4, 14), (24, 34)]
    assert snippet_spans("我的提现还没有到账", "提现") == [(2, 4)]
    assert snippet_spans("prewithdraw", "withdraw") == [(3, 11)]  # inside a word: the server matched it
    assert snippet_spans("nothing here", "zebra") == []
