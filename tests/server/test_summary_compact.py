"""Summary entries leave out the fields at their declared default (``summaries.compact``): the desk's
decoder gets back exactly the entry it would have got in full, in fewer bytes."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import msgspec

from app.protocol import codec
from app.protocol.frames import ConversationSummary, Summary
from app.protocol.types import Conversation, CustomerSummary, Message, Redaction
from app.server.summaries import compact

T0 = datetime(2026, 12, 6, 21, 25, 42, 429355, tzinfo=UTC)


def customer(**changes: object) -> CustomerSummary:
    base = CustomerSummary(uid="9508954216", name="马*", vip_tier=0, language="zh-CN", kyc_level=1,
                           kyc_status="pending", email_masked="m***9@gmail.com", email_digest="05d6" * 16)
    return msgspec.structs.replace(base, **changes)


def message(**changes: object) -> Message:
    base = Message(id=407, conversation_id=83, author_kind="customer", author_name="马*",
                   body="my withdrawal is stuck", created_at=T0, client_msg_id="c-1")
    return msgspec.structs.replace(base, **changes)


def conversation(**changes: object) -> Conversation:
    base = Conversation(id=83, channel="chat", status="open", priority="normal", customer=customer(),
                        created_at=T0, updated_at=T0, last_message=message(), message_count=1,
                        first_response_due=T0 + timedelta(minutes=1), team="zh")
    return msgspec.structs.replace(base, **changes)


def entries() -> list[ConversationSummary]:
    """A plain chat, and one with every kind of field away from its default (``False`` where the
    default is ``True``, a list and a dict that are not empty, zero-like values that are not the
    default, nested structs)."""
    busy = conversation(
        assignee="alice", tags=["vip", "kyc"], subject="", sla_breached=["first_response"],
        customer=customer(verified=False, account_manager="vera", vip_tier=3),
        last_message=message(internal=True, author="alice", redactions=[Redaction("seed_phrase", "high")],
                             note_code="assigned", note_args={"to": "alice"}, sender_not_proven=True),
        message_count=0, sender_not_proven=True, snoozed_until=T0,
    )
    return [
        ConversationSummary(conversation=conversation(), customer_messages=[407], created=True),
        ConversationSummary(conversation=busy),
    ]


def test_a_compact_entry_decodes_equal_to_the_full_one():
    for entry in entries():
        raw = bytes(compact(entry))
        assert msgspec.json.decode(raw, type=ConversationSummary) == entry
        assert len(raw) < len(bytes(codec.to_raw(entry)))


def test_fields_at_their_default_are_left_out_and_the_rest_kept():
    plain, busy = (json.loads(bytes(compact(e))) for e in entries())
    conv = plain["conversation"]
    for absent in ("assignee", "tags", "subject", "snoozed_until", "callback", "sla_breached",
                   "sender_not_proven"):
        assert absent not in conv
    assert "account_manager" not in conv["customer"] and "verified" not in conv["customer"]
    assert {"redactions", "internal", "author", "note_args"}.isdisjoint(conv["last_message"])
    assert conv["last_message"]["client_msg_id"] == "c-1"  # what the desk counts unread by
    assert plain["customer_messages"] == [407] and plain["created"] is True
    conv = busy["conversation"]
    assert conv["assignee"] == "alice" and conv["subject"] == ""  # "" is not the default None
    assert "message_count" not in conv  # 0 is its default
    assert conv["customer"]["verified"] is False and conv["sender_not_proven"] is True
    assert conv["last_message"]["note_args"] == {"to": "alice"}
    assert conv["last_message"]["redactions"] == [{"kind": "seed_phrase", "severity": "high"}]
    assert "customer_messages" not in busy and "created" not in busy


def test_a_summary_frame_of_compact_entries_is_a_valid_summary():
    frame = codec.summary_frame(42, [compact(e) for e in entries()])
    decoded = msgspec.json.decode(frame, type=Summary)
    assert decoded.head == 42 and list(decoded.conversations) == entries()
