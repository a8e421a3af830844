"""The inbox row of a conversation whose last message is a coded system note carries the note's
code and arguments (schema v5), so the UI words the preview in the agent's language. The code is
plain, the arguments sealed and bound to the conversation's row, like the preview itself."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from sqlalchemy import text

from app.store import Change, InboxQuery, Store
from app.store.cache.crypto import CacheCipher, UnreadableCache
from tests.support.factories import conversation, message, posted
from tests.support.helpers import TEST_KEY, with_store

PHONE = "+8613****5321"


@with_store
async def test_a_coded_last_note_reaches_the_inbox_row_sealed(store: Store, tmp_path: Path) -> None:
    note = msgspec.structs.replace(
        message(301, 1, f"Callback requested from the app; phone on file {PHONE}.", kind="system"),
        note_code="callback.requested_in_app", note_args={"phone_masked": PHONE},
    )
    await store.apply_event(1, posted(note, conversation(1, channel="callback")))
    [row] = (await store.query_inbox(InboxQuery())).rows
    assert (row.last_message_note_code, row.last_message_note_args) == ("callback.requested_in_app",
                                                                       {"phone_masked": PHONE})
    assert row.last_message_preview == note.body  # the English fallback, as before
    detail = await store.get_conversation(1)
    assert detail is not None and detail.row == row

    # a snapshot's last message, and a conversation whose last message is not a note
    resolved = msgspec.structs.replace(
        message(401, 2, "Marked as resolved by Bob Wang.", kind="system", minutes=2),
        note_code="conversation.resolved", note_args={"agent_name": "Bob Wang"},
    )
    await store.apply_snapshot([conversation(1, channel="callback", last=note),
                                conversation(2, last=resolved), conversation(3)], head=5)
    rows = {r.conversation_id: r for r in (await store.query_inbox(InboxQuery())).rows}
    assert (rows[2].last_message_note_code, rows[2].last_message_note_args) == (
        "conversation.resolved", {"agent_name": "Bob Wang"})
    assert (rows[3].last_message_note_code, rows[3].last_message_note_args) == (None, {})
    assert rows[1] == row

    # the search index still covers the English body (unchanged)
    assert [r.conversation_id for r in (await store.query_inbox(InboxQuery(search="resolved"))).rows] == [2]

    # a note with other arguments is a change of the row; a plain message after it clears the code
    changes: list[Change] = []
    store.rows_changed.connect(changes.append)
    again = msgspec.structs.replace(resolved, id=402, note_args={"agent_name": "Alice Chen"},
                                    body="Marked as resolved by Alice Chen.")
    await store.apply_event(6, posted(again, conversation(2, last=resolved)))
    assert (await store.get_conversation(2)).row.last_message_note_args == {  # type: ignore[union-attr]
        "agent_name": "Alice Chen"}
    await store.apply_event(7, posted(message(403, 2, "thanks", minutes=3), conversation(2, last=again)))
    later = await store.get_conversation(2)
    assert later is not None and (later.row.last_message_note_code, later.row.last_message_note_args) == (
        None, {})
    assert [c.updated for c in changes] == [{2}, {2}]

    raw = await store.run(lambda s: s.execute(text(
        "SELECT last_message_note_code, last_message_note_args FROM conversations WHERE id = 1")).one(),
        sealed=False)
    code, sealed = tuple(raw)
    assert code == "callback.requested_in_app" and isinstance(sealed, bytes)
    cipher = CacheCipher(TEST_KEY)
    label = "conversations.last_message_note_args"
    assert cipher.open(label, 1, sealed) == '{"phone_masked":"' + PHONE + '"}'
    with pytest.raises(UnreadableCache):
        cipher.open(label, 2, sealed)  # bound to its row
    files = b"".join(p.read_bytes() for p in tmp_path.glob("cache.sqlite3*"))
    assert b"callback.requested_in_app" in files and PHONE.encode() not in files
    assert b"Alice Chen" not in files and b"Bob Wang" not in files


@with_store
async def test_the_inbox_row_says_who_wrote_the_last_message(store: Store) -> None:
    """The inbox marks a conversation whose last word was ours ("↪"); it needs the author kind."""
    answered = conversation(1, last=message(101, 1, "Done, please check.", kind="agent", author="alice"))
    waiting = conversation(2)
    await store.apply_snapshot([answered, waiting], head=0)
    rows = {r.conversation_id: r for r in (await store.query_inbox(InboxQuery(), 0, 10)).rows}
    assert (rows[1].last_message_author_kind, rows[2].last_message_author_kind) == ("agent", "customer")
