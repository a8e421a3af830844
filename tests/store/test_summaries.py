"""Inbox summaries in the cache (``Store.apply_summary``): the latest state of each conversation,
unread counted by message id — once, whether a customer's message came in a summary, in full, or
both — and the seq the next sync starts from moved only by summaries while events of open
conversations are applied without it."""

from __future__ import annotations

from app.protocol.frames import ConversationSummary
from app.store import Store
from tests.support.factories import conversation, created, message, posted
from tests.support.helpers import with_store


def summary_of(conv_id: int, last_id: int, body: str, *, customer_ids: list[int], created: bool = False,
               kind: str = "customer", author: str | None = None) -> ConversationSummary:
    last = message(last_id, conv_id, body, kind=kind, author=author, minutes=last_id)
    conv = conversation(conv_id, last=last)
    return ConversationSummary(conversation=conv, customer_messages=customer_ids, created=created)


async def unread(store: Store, cid: int) -> int:
    detail = await store.get_conversation(cid)
    assert detail is not None
    return detail.row.unread_count


@with_store
async def test_a_summary_counts_the_customer_messages_it_has_not_seen(store: Store) -> None:
    conv = conversation(1, last=message(10, 1, "hi"))
    await store.apply_events([(1, created(conv)), (2, posted(message(11, 1, "hello?", minutes=1), conv))])
    assert await unread(store, 1) == 2
    applied = await store.apply_summary(5, [summary_of(1, 13, "third", customer_ids=[11, 12, 13])])
    assert await unread(store, 1) == 4  # 10 and 11 were counted already; 12 and 13 are new
    assert [(a.conversation_id, a.new_conversation, a.new_customer_message) for a in applied] == [
        (1, False, True)
    ]
    detail = await store.get_conversation(1)
    assert detail is not None and detail.row.last_message_preview == "third"
    assert (await store.sync_state()).last_applied_seq == 5


@with_store
async def test_the_same_changes_twice_count_once(store: Store) -> None:
    await store.apply_summary(3, [summary_of(2, 21, "b", customer_ids=[20, 21], created=True)])
    assert await unread(store, 2) == 2
    await store.apply_summary(4, [summary_of(2, 21, "b", customer_ids=[20, 21])])  # again, later
    assert await unread(store, 2) == 2
    conv = conversation(2, last=message(21, 2, "b", minutes=21))
    await store.apply_events([(6, posted(message(21, 2, "b", minutes=21), conv))])  # and in full
    assert await unread(store, 2) == 2
    await store.apply_events([(7, posted(message(22, 2, "c", minutes=22), conv))])
    assert await unread(store, 2) == 3


@with_store
async def test_a_summary_says_what_is_new_to_this_desk(store: Store) -> None:
    applied = await store.apply_summary(3, [summary_of(3, 30, "new here", customer_ids=[30], created=True)])
    assert [(a.new_conversation, a.new_customer_message) for a in applied] == [(True, True)]
    assert await unread(store, 3) == 1
    applied = await store.apply_summary(
        4, [summary_of(3, 31, "our reply", customer_ids=[], kind="agent", author="alice")]
    )
    assert [(a.new_conversation, a.new_customer_message) for a in applied] == [(False, False)]


@with_store
async def test_our_own_reply_as_the_last_word_reads_the_conversation(store: Store) -> None:
    store._me = "alice"  # whose desk this is (bind_identity sets it)
    await store.apply_summary(3, [summary_of(4, 40, "help", customer_ids=[40])])
    assert await unread(store, 4) == 1
    await store.apply_summary(4, [summary_of(4, 41, "done", customer_ids=[], kind="agent", author="alice")])
    assert await unread(store, 4) == 0


@with_store
async def test_events_of_open_conversations_leave_the_resume_point_to_summaries(store: Store) -> None:
    conv = conversation(5, last=message(50, 5, "x"))
    await store.apply_events([(10, created(conv))])
    await store.apply_events([(12, posted(message(51, 5, "open one", minutes=1), conv))], resume=False)
    assert (await store.sync_state()).last_applied_seq == 10  # a sync would replay from 10
    assert await unread(store, 5) == 2
    await store.apply_summary(15, [summary_of(5, 51, "open one", customer_ids=[51])])
    assert (await store.sync_state()).last_applied_seq == 15
    assert await unread(store, 5) == 2
    stale = await store.apply_summary(14, [summary_of(5, 99, "from the past", customer_ids=[99])])
    assert stale == [] and await unread(store, 5) == 2  # at or below the resume point: nothing
