"""The VIP tab is the VIP lane (issue 23): a VIP client's conversations and everything that came to
the VIP mailbox — also from a sender not known as a VIP client, whom the server puts in the lane
with the VIP first-response target and flags. Its count and the title bar's timer agree; a tag
that merely looks like the mailbox's does not count; the view still walks its index."""

from __future__ import annotations

import msgspec

from app.policies.vip_lane import lane_query
from app.server.email.repo import VIP_MAILBOX_TAG as SERVER_TAG
from app.store import InboxQuery, Store, View
from app.store.inbox import VIP_MAILBOX_TAG
from tests.support.factories import conversation, customer, updated
from tests.support.helpers import with_store


async def _ids(store: Store, query: InboxQuery) -> list[int]:
    page = await store.query_inbox(query, 0, 100)
    return sorted(row.conversation_id for row in page.rows)


@with_store
async def test_the_vip_tab_holds_the_vip_lane(store: Store) -> None:
    assert VIP_MAILBOX_TAG == SERVER_TAG  # the desk reads the tag the server writes
    convs = [
        conversation(1, cust=customer("V0001", vip=2, manager="vera")),  # a VIP client's chat
        # a regular customer's mail to the VIP mailbox: flagged, answered by the regular team,
        # due first (the VIP first-response target)
        conversation(2, channel="email", tags=["vip_mailbox", "vip_mailbox_not_vip"], due_minutes=5,
                     cust=customer("C0002")),
        conversation(3, tags=["vip_mailbox_archive", "vip"], cust=customer("C0003")),  # look-alikes
        conversation(4, cust=customer("C0004"), due_minutes=1),  # an ordinary chat, due sooner still
        conversation(5, channel="email", tags=["vip_mailbox"], status="resolved", cust=customer("C0005")),
    ]
    await store.apply_snapshot(convs, head=1)

    assert await _ids(store, InboxQuery(View.VIP, "alice")) == [1, 2]
    counts = await store.view_counts(InboxQuery(me="alice"), [View.VIP, View.ALL])
    assert counts[View.VIP] == 2 and counts[View.ALL] == 4
    # the title bar's lane timer counts down to the mailbox conversation, not the ordinary chat
    due = await store.earliest_first_response_due(lane_query("alice"))
    assert due == convs[1].first_response_due
    # My clients stays the clients a manager manages (the mailbox mail has no manager)
    assert await _ids(store, InboxQuery(View.MY_CLIENTS, "vera")) == [1]

    # untagged (a supervisor cleared the flag): it leaves the lane
    await store.apply_event(2, updated(msgspec.structs.replace(convs[1], tags=[])))
    assert await _ids(store, InboxQuery(View.VIP, "alice")) == [1]
    plan = [line for line in await store.explain(InboxQuery(View.VIP, "alice")) if line.startswith("page:")]
    assert any("INDEX ix_conv_" in line for line in plan) and not any("TEMP B-TREE" in line for line in plan)
