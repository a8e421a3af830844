"""The local cache: idempotent events, views, urgency order, search, local state kept across
snapshots, change notices — all through the Store's async API (SQL on its worker thread)."""

from __future__ import annotations

import re
import threading
from datetime import timedelta
from pathlib import Path

import msgspec
from sqlalchemy import text

from app.store import STATUS_ANY, Change, InboxQuery, MessagesChange, Store, View
from tests.support.factories import (
    T0,
    conversation,
    created,
    customer,
    customer_updated,
    message,
    posted,
    updated,
)
from tests.support.helpers import with_store


async def ids(store: Store, query: InboxQuery) -> list[int]:
    page = await store.query_inbox(query, 0, 1000)
    assert page.total == len(page.rows)
    return [row.conversation_id for row in page.rows]


@with_store
async def test_applying_the_same_event_twice_changes_nothing(store: Store) -> None:
    conv = conversation(1)
    changes: list[Change] = []
    store.rows_changed.connect(changes.append)
    first = await store.apply_event(5, posted(message(11, 1, "where is my deposit"), conv))
    assert first.inserted == {1}
    before = await store.get_conversation(1)
    again = await store.apply_event(5, posted(message(11, 1, "where is my deposit"), conv))
    assert not again and again == Change()
    older = await store.apply_event(3, updated(conversation(1, status="resolved")))
    assert not older
    assert await store.get_conversation(1) == before
    assert [m.server_id for m in await store.messages(1)] == [11]
    assert (await store.sync_state()).last_applied_seq == 5
    assert len(changes) == 1  # empty changes are not announced


@with_store
async def test_event_batch_skips_what_was_applied(store: Store) -> None:
    conv = conversation(2)
    await store.apply_events([(1, created(conv)), (2, posted(message(201, 2, "a"), conv))])
    change = await store.apply_events([(2, posted(message(201, 2, "a"), conv)),
                                       (3, posted(message(202, 2, "b", minutes=1), conv))])
    assert change.updated == {2}
    assert [m.body for m in await store.messages(2)] == ["question 2", "a", "b"]
    row = (await store.query_inbox(InboxQuery()))
    assert row.rows[0].unread_count == 3  # first seen with a customer message, then two more


@with_store
async def test_views_mine_unassigned_vip_my_clients_channel_status(store: Store) -> None:
    vip = customer("20000001", vip=3, manager="vera")
    other_vip = customer("20000002", vip=1, manager="victor")
    convs = [
        conversation(1, assignee="alice"),
        conversation(2, assignee="bob"),
        conversation(3),
        conversation(4, cust=vip, channel="email"),
        conversation(5, cust=other_vip, assignee="alice"),
        conversation(6, assignee="alice", status="resolved"),
        conversation(7, status="pending", channel="email"),
    ]
    await store.apply_snapshot(convs, head=10)

    async def view(v: View, me: str = "alice", **kw: object) -> set[int]:
        return set(await ids(store, InboxQuery(view=v, me=me, **kw)))  # type: ignore[arg-type]

    assert await view(View.MINE) == {1, 5}
    assert await view(View.MINE, status=STATUS_ANY) == {1, 5, 6}
    assert await view(View.MINE, status="resolved") == {6}
    assert await view(View.UNASSIGNED) == {3, 4, 7}
    assert await view(View.VIP) == {4, 5}
    assert await view(View.MY_CLIENTS, me="vera") == {4}
    assert await view(View.MY_CLIENTS, me="alice") == set()
    assert await view(View.ALL) == {1, 2, 3, 4, 5, 7}
    assert await view(View.ALL, channel="email") == {4, 7}
    assert await view(View.ALL, status="pending") == {7}
    assert await store.count(InboxQuery(View.ALL, "alice", status=STATUS_ANY)) == 7


@with_store
async def test_urgency_order_sla_due_then_vip_then_waiting(store: Store) -> None:
    """Among conversations waiting on us: the soonest due first, then the higher VIP tier, then
    the longest wait (a VIP's promise is shorter, so it is due sooner anyway)."""
    gold = customer("30000001", vip=5)
    silver = customer("30000002", vip=2)
    convs = [
        conversation(1, due_minutes=30, minutes=0),
        conversation(2, due_minutes=10, minutes=0),
        conversation(3, due_minutes=None, minutes=-50),  # no SLA: after those with one
        conversation(4, due_minutes=None, minutes=-10),  # no SLA, waiting less long than 3
        conversation(5, cust=silver, due_minutes=500),
        conversation(6, cust=gold, due_minutes=900),
        # answered already: the resolution due time counts (24 h), not the first-response one
        conversation(7, due_minutes=1, responded=True),
        conversation(8, cust=gold, due_minutes=30, minutes=0),  # due with 1: the VIP first
    ]
    await store.apply_snapshot(convs, head=1)
    assert await ids(store, InboxQuery()) == [2, 8, 1, 5, 6, 7, 3, 4]
    page = await store.query_inbox(InboxQuery(), offset=0, limit=2)
    assert [r.conversation_id for r in page.rows] == [2, 8] and page.total == 8
    row = page.rows[0]
    assert row.sla_due == T0 + timedelta(minutes=10)
    assert row.waiting_since == T0  # nobody answered yet: waiting since the conversation began
    assert await store.position(InboxQuery(), 7) == 5


@with_store
async def test_what_next_actionable_first_then_answered_then_pending_and_snoozed(store: Store) -> None:
    """The queue answers "what next": open conversations waiting on us (even the ones without a
    due time) before open ones we answered last, before those pending on the customer or snoozed
    — however late the paused ones' due times look; resolved last when shown at all."""
    gold = customer("40000001", vip=6)
    ours = message(901, 11, "On it, one moment", kind="agent", author="alice", minutes=2)
    convs = [
        conversation(10, status="pending", due_minutes=-1140, cust=gold),  # "-19h breached" before
        conversation(11, last=ours, responded=True, due_minutes=5),  # we had the last word
        conversation(12, status="snoozed", due_minutes=-60),
        conversation(13, due_minutes=None, minutes=-5),  # waiting on us, no due time
        conversation(14, due_minutes=45),
        conversation(15, status="resolved", due_minutes=1),
    ]
    await store.apply_snapshot(convs, head=1)
    assert await ids(store, InboxQuery()) == [14, 13, 11, 10, 12]
    assert await ids(store, InboxQuery(status=STATUS_ANY)) == [14, 13, 11, 10, 12, 15]
    # a pending conversation the customer answers becomes actionable again
    reopened = conversation(10, due_minutes=-1140, cust=gold)
    await store.apply_event(2, posted(message(902, 10, "here are the documents", minutes=3), reopened))
    assert (await ids(store, InboxQuery()))[0] == 10


@with_store
async def test_tab_counts_per_view_and_the_mentions_view(store: Store) -> None:
    from app.protocol.routing import Mention, MentionCreated

    convs = [conversation(1, assignee="alice"), conversation(2, assignee="bob"), conversation(3),
             conversation(4, cust=customer("50000001", vip=2)), conversation(5, status="resolved")]
    await store.apply_snapshot(convs, head=1)

    def mentioned(mid: int, cid: int, who: str) -> MentionCreated:
        return MentionCreated(
            mention=Mention(id=mid, conversation_id=cid, kind="mention", username=who, by="sam",
                            by_name="Sam", created_at=T0 + timedelta(minutes=mid)),
            conversation=convs[cid - 1],
        )

    await store.apply_events([(2, mentioned(1, 2, "alice")), (3, mentioned(2, 2, "alice")),
                              (4, mentioned(3, 3, "bob"))])  # bob's mention: not this desk's
    views = (View.ALL, View.MINE, View.UNASSIGNED, View.VIP, View.MENTIONS)
    counts = await store.view_counts(InboxQuery(me="alice"), views)
    assert counts == {View.ALL: 4, View.MINE: 1, View.UNASSIGNED: 2, View.VIP: 1, View.MENTIONS: 2}
    assert await ids(store, InboxQuery(View.MENTIONS, "alice")) == [2]
    row = (await store.query_inbox(InboxQuery(View.MENTIONS, "alice"))).rows[0]
    assert row.mention_unread == 2
    await store.mark_mentions_read(2)
    assert (await store.view_counts(InboxQuery(me="alice"), (View.MENTIONS,))) == {View.MENTIONS: 0}
    assert await ids(store, InboxQuery(View.MENTIONS, "alice")) == [2]  # still listed, read
    # the server's list after a new snapshot (events before it are not replayed) restores them
    await store.apply_mentions([
        Mention(id=7, conversation_id=3, kind="escalation", username="alice", by="sam", by_name="Sam",
                created_at=T0),
        Mention(id=8, conversation_id=99, kind="mention", username="alice", by="sam", by_name="Sam",
                created_at=T0),  # not in this cache: skipped
    ])
    counts = await store.view_counts(InboxQuery(me="alice", channel="chat"), (View.MENTIONS, View.MINE))
    assert counts == {View.MENTIONS: 1, View.MINE: 1}


@with_store
async def test_waiting_since_follows_the_conversation(store: Store) -> None:
    conv = conversation(1, last=message(1, 1, "hi", minutes=0))
    await store.apply_event(1, created(conv))
    await store.apply_event(2, posted(message(2, 1, "still there?", minutes=5), conv))
    assert (await store.get_conversation(1)).row.waiting_since == T0  # type: ignore[union-attr]
    note = message(3, 1, "checking the chain", kind="agent", author="alice", internal=True, minutes=6)
    await store.apply_event(3, posted(note, conv))
    assert (await store.get_conversation(1)).row.waiting_since == T0  # type: ignore[union-attr]
    reply = message(4, 1, "found it", kind="agent", author="alice", minutes=7)
    answered = msgspec.structs.replace(conv, first_response_at=reply.created_at)
    await store.apply_event(4, posted(reply, answered))
    detail = await store.get_conversation(1)
    assert detail is not None and detail.row.waiting_since is None
    assert detail.row.unread_count == 0  # the agent answered: read
    await store.apply_event(5, posted(message(5, 1, "thanks, one more thing", minutes=9), answered))
    detail = await store.get_conversation(1)
    assert detail is not None and detail.row.waiting_since == T0 + timedelta(minutes=9)
    assert detail.row.unread_count == 1


@with_store
async def test_search_by_uid_name_email_and_text(store: Store) -> None:
    convs = [
        conversation(1, cust=customer("88880001", name="张*", email="zhang.wei@example.com",
                                      email_masked="z***@example.com"),
                     last=message(1, 1, "我的充值没有到账，已经两个小时了")),
        conversation(2, cust=customer("88880002", name="M*** Rossi"),
                     last=message(2, 2, "My withdrawal is stuck in pending")),
        conversation(3, cust=customer("77770003", name="K*** Tanaka"), subject="KYC selfie rejected",
                     status="resolved"),
    ]
    await store.apply_snapshot(convs, head=1)

    async def search(term: str, status: str | None = STATUS_ANY) -> list[int]:
        return sorted(await ids(store, InboxQuery(search=term, status=status)))

    assert await search("88880002") == [2]  # exact UID
    assert await search("8888") == [1, 2]  # UID prefix
    assert await search("8889") == []
    assert await search("Rossi") == [2]
    assert await search("rossi") == [2]  # any case
    assert await search("ross") == [2]  # a prefix of a word (the blind index holds prefixes)
    assert await search("withd pend") == [2]  # every word by its prefix
    assert await search("ithdrawal") == []  # a prefix, not any substring
    assert await search("rossix") == []
    assert await search("张") == [1]
    assert await search("  Zhang.Wei@Example.com ") == [1]  # by the email's digest
    assert await search("other@example.com") == []
    assert await search("withdrawal pending") == [2]
    assert await search("withdrawal rejected") == []  # every word must match
    assert await search("充值") == [1]  # Chinese: a substring of the message
    assert await search("到账") == [1]
    assert await search("selfie") == [3]
    assert await search("selfie", status=None) == []  # resolved is outside the default view
    assert await search('"; DROP TABLE conversations; --') == []  # words, never query syntax
    assert await search("AND OR NOT NEAR(") == []
    # a message arriving later is searchable at once
    await store.apply_event(2, posted(message(9, 3, "the passport photo is blurry"), convs[2]))
    assert await search("passport") == [3]
    assert await search("passp") == [3]


@with_store
async def test_snapshot_replaces_the_inbox_but_keeps_local_state(store: Store) -> None:
    await store.apply_snapshot([conversation(1), conversation(2), conversation(3)], head=5)
    await store.put_draft(2, "Dear customer, ")
    await store.mark_read(2)
    local_id = (await store.enqueue_message(3, "on its way", internal=False, client_msg_id="c-1",
                                            author="alice", author_name="Alice")).message_local_id
    changes: list[Change] = []
    store.rows_changed.connect(changes.append)
    change = await store.apply_snapshot([conversation(2), conversation(3), conversation(4)], head=9)
    assert change.reset and change.removed == {1} and change.inserted == {4}
    assert changes == [change]
    assert set(await ids(store, InboxQuery())) == {2, 3, 4}
    assert await store.get_draft(2) == "Dear customer, "
    rows = {r.conversation_id: r for r in (await store.query_inbox(InboxQuery())).rows}
    assert rows[2].unread_count == 0 and rows[4].unread_count == 1
    assert [m.local_id for m in await store.messages(3) if m.delivery_state == "sending"] == [local_id]
    state = await store.sync_state()
    assert (state.last_applied_seq, state.snapshot_taken) == (9, True)
    # customers whose conversations left the view leave the cache too (no more than needed)
    kept = await store.run(lambda s: sorted(s.execute(text("SELECT uid FROM customers")).scalars()))
    assert kept == ["10000002", "10000003", "10000004"]


@with_store
async def test_customer_update_reaches_every_conversation_of_the_customer(store: Store) -> None:
    cust = customer("55550001", name="A*** Lee")
    await store.apply_snapshot([conversation(1, cust=cust), conversation(2, cust=cust)], head=1)
    changes: list[Change] = []
    store.rows_changed.connect(changes.append)
    promoted = msgspec.structs.replace(cust, vip_tier=4, name="A*** Leung", account_manager="vera")
    await store.apply_event(2, customer_updated(promoted))
    assert changes[-1].updated == {1, 2}
    assert set(await ids(store, InboxQuery(View.MY_CLIENTS, "vera"))) == {1, 2}
    assert set(await ids(store, InboxQuery(search="Leung"))) == {1, 2}
    assert await ids(store, InboxQuery(search="Lee")) == []


@with_store
async def test_change_notices_arrive_on_the_loop_thread_after_commit(store: Store) -> None:
    seen: list[tuple[str, object]] = []
    loop_thread = threading.current_thread()

    def on_rows(change: Change) -> None:
        assert threading.current_thread() is loop_thread
        seen.append(("rows", change))

    def on_messages(change: MessagesChange) -> None:
        seen.append(("messages", change.conversation_id))

    store.rows_changed.connect(on_rows)
    disconnect = store.messages_changed.connect(on_messages)
    await store.apply_event(1, posted(message(1, 7, "hi"), conversation(7)))
    assert ("messages", 7) in seen
    disconnect()
    seen.clear()
    await store.apply_event(2, posted(message(2, 7, "again"), conversation(7)))
    assert [kind for kind, _ in seen] == ["rows"]


@with_store
async def test_messages_from_history_fetch_are_merged_without_duplicates(store: Store) -> None:
    await store.apply_snapshot([conversation(1, last=message(30, 1, "latest", minutes=30))], head=1)
    history = [message(10, 1, "first"), message(20, 1, "second", minutes=10),
               message(30, 1, "latest", minutes=30)]
    await store.upsert_messages(history)
    await store.upsert_messages(history)
    assert [m.body for m in await store.messages(1)] == ["first", "second", "latest"]


@with_store
async def test_drafts_canned_replies_and_identity(store: Store, tmp_path: Path) -> None:
    from app.protocol.types import CannedReply

    await store.put_draft(1, "half a reply")
    assert await store.get_draft(1) == "half a reply"
    await store.put_draft(1, "   ")
    assert await store.get_draft(1) == ""
    replies = [CannedReply(id=1, key="kyc.wait", category="kyc", shortcut="/kyc", titles={"en": "KYC"},
                           bodies={"en": "Hi {customer_name}", "zh-CN": "您好"}, variables=["customer_name"])]
    await store.put_canned_replies(replies)
    assert await store.canned_replies() == replies
    await store.apply_snapshot([conversation(1)], head=3)
    assert not await store.bind_identity("ws://test", "alice")  # same agent: nothing wiped
    assert await store.bind_identity("ws://test", "bob")  # another agent: the cache starts empty
    assert await ids(store, InboxQuery()) == []
    state = await store.sync_state()
    assert (state.username, state.last_applied_seq, state.snapshot_taken) == ("bob", 0, False)
    assert await store.canned_replies() == []


@with_store
async def test_indexes_serve_every_view(store: Store) -> None:
    """No view may sort the whole table: each first page walks an index in urgency order."""
    await store.apply_snapshot([conversation(i) for i in range(1, 30)], head=1)
    for query in (InboxQuery(View.ALL), InboxQuery(View.MINE, "alice"), InboxQuery(View.UNASSIGNED),
                  InboxQuery(View.VIP), InboxQuery(View.MY_CLIENTS, "vera"), InboxQuery(channel="email"),
                  InboxQuery(status="pending"), InboxQuery(status=STATUS_ANY),
                  InboxQuery(View.MENTIONS, "alice")):
        plan = [line for line in await store.explain(query) if line.startswith("page:")]
        # the page's ids come from the index (often the index alone: COVERING), in order
        assert any(re.search(r"USING (COVERING )?INDEX ix_conv_", line) for line in plan), (query, plan)
        assert not any("TEMP B-TREE FOR ORDER BY" in line for line in plan), (query, plan)


@with_store
async def test_a_reused_client_msg_id_does_not_stall_the_sync(store: Store) -> None:
    conv = conversation(1)
    await store.apply_event(1, posted(message(201, 1, "first", client_msg_id="dup"), conv))
    await store.apply_event(2, posted(message(202, 1, "second", client_msg_id="dup", minutes=1), conv))
    assert [m.body for m in await store.messages(1)] == ["first", "second"]
    assert (await store.sync_state()).last_applied_seq == 2


@with_store
async def test_events_of_the_message_and_conversation_shape_update_rows(store: Store) -> None:
    """``message.updated`` (email delivery) and ``sla.breached`` update the message and the row."""
    from app.protocol.events import MessageUpdated, SlaBreached
    from app.protocol.types import Conversation

    conv = conversation(1, channel="email")
    sent = message(201, 1, "We have re-sent the confirmation email.", kind="agent", author="alice")
    await store.apply_event(1, posted(sent, conv))
    failed = msgspec.structs.replace(sent, delivery="failed", delivery_error="mailbox full")
    resolved = msgspec.structs.replace(conv, status="pending", last_message=failed)
    change = await store.apply_event(2, MessageUpdated(failed, resolved))
    assert change.updated == {1}
    view = (await store.messages(1))[-1]
    assert (view.delivery, view.delivery_error) == ("failed", "mailbox full")
    detail = await store.get_conversation(1)
    assert detail is not None and detail.row.status == "pending" and detail.row.unread_count == 0
    if "sla_breached" in Conversation.__struct_fields__:  # channel details, where the protocol has them
        breached = msgspec.structs.replace(resolved, sla_breached=["first_response"])
        await store.apply_event(3, SlaBreached(1, "first_response", breached.first_response_due, breached))
        detail = await store.get_conversation(1)
        assert detail is not None and detail.details["sla_breached"] == ["first_response"]


@with_store
async def test_system_notes_keep_their_code_and_sealed_arguments(store: Store, tmp_path: Path) -> None:
    """A note's code and arguments reach the thread by every path (event, snapshot, history page),
    and a note cached without them gains them when the server sends it again. The code is plain,
    the arguments sealed (they may carry the masked phone on file)."""
    phone = "+8613****5321"
    note = msgspec.structs.replace(
        message(301, 1, f"Callback requested from the app; phone on file {phone}.", kind="system"),
        note_code="callback.requested_in_app", note_args={"phone_masked": phone},
    )
    await store.apply_event(1, posted(note, conversation(1, channel="callback")))
    plain = message(302, 1, "thanks", minutes=1)
    await store.upsert_messages([plain])
    [view, other] = [m for m in await store.messages(1) if m.server_id in (301, 302)]
    assert (view.note_code, view.note_args, view.body) == ("callback.requested_in_app",
                                                           {"phone_masked": phone}, note.body)
    assert (other.note_code, other.note_args) == (None, {})

    # the last message of a snapshot, and a note that was cached before it had a code
    resolved = msgspec.structs.replace(
        message(401, 2, "Marked as resolved by Bob Wang.", kind="system", minutes=2),
        note_code="conversation.resolved", note_args={"agent_name": "Bob Wang"},
    )
    await store.apply_snapshot([conversation(1, channel="callback", last=note),
                                conversation(2, last=resolved)], head=5)
    assert (await store.messages(2))[-1].note_args == {"agent_name": "Bob Wang"}
    old = message(501, 3, "Ticket opened from conversation #1.", kind="system", internal=True)
    await store.upsert_messages([old])
    assert (await store.messages(3))[-1].note_code is None  # shown as its body
    await store.upsert_messages([msgspec.structs.replace(
        old, note_code="ticket.opened_from", note_args={"conversation_id": "1"})])
    assert [(m.note_code, m.note_args) for m in await store.messages(3)] == [
        ("ticket.opened_from", {"conversation_id": "1"})]

    raw = await store.run(lambda s: s.execute(text(
        "SELECT note_code, typeof(note_args) FROM messages WHERE server_id = 301")).one(), sealed=False)
    assert tuple(raw) == ("callback.requested_in_app", "blob")
    files = b"".join(p.read_bytes() for p in tmp_path.glob("cache.sqlite3*"))
    assert b"callback.requested_in_app" in files and phone.encode() not in files  # sealed, like the body


@with_store
async def test_prefix_search_finds_what_an_agent_starts_typing(store: Store) -> None:
    """Issue 22: "passw" found nothing (the blind index matched whole words only)."""
    convs = [
        conversation(1, last=message(1, 1, "I forgot my password and the reset mail never came")),
        conversation(2, last=message(2, 2, "Order 2194216478655511953 was liquidated")),
        conversation(3, last=message(3, 3, "pass me to a human please")),
        conversation(4, last=message(4, 4, "充值USDT还没到账")),
    ]
    await store.apply_snapshot(convs, head=1)

    async def search(term: str) -> list[int]:
        return sorted(await ids(store, InboxQuery(search=term, status=STATUS_ANY)))

    assert await search("passw") == [1]
    assert await search("pass") == [1, 3]
    assert await search("PASSWORD") == [1]
    assert await search("pa") == [1, 3]  # two letters are a prefix already
    assert await search("2194216") == [2]  # an order id by its first digits
    assert await search("21942164786555119539") == []  # longer than the id: no match
    assert await search("usd") == [4]  # a Latin word inside Chinese text
    assert await search("充值 usdt") == [4]
    assert await search("值充") == []  # Chinese stays a phrase
