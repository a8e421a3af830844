"""System notes in the agent's language: the thread words a coded note with ``labels.system_note``
(the server's English body is the fallback for a code the desk does not know), in English and —
with the desk in Simplified Chinese — in Chinese."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.protocol import notes
from app.ui import formats, i18n, labels
from app.ui.item_models.roles import ThreadRole
from tests.support.server import AgentClient
from tests.ui.helpers import open_conversation, rows, until

CJK = re.compile(r"[\u4e00-\u9fff]")
WINDOW = {"window_start": "2026-11-25T13:35:00Z", "window_end": "2026-11-25T15:35:00Z"}
#: one example of every code's arguments (as the server sends them)
SAMPLES: dict[str, dict[str, str]] = {
    notes.TICKET_OPENED_FROM: {"conversation_id": "12"},
    notes.TICKET_OPENED: {"ticket_id": "40", "category": "kyc", "agent_name": "Alice Chen"},
    notes.CALLBACK_REQUESTED_FROM: {"conversation_id": "12", **WINDOW},
    notes.CALLBACK_REQUESTED: {"callback_id": "41", "agent_name": "Alice Chen", **WINDOW},
    notes.CALLBACK_REQUESTED_FOR_CLIENT: {"agent_name": "Vera Li", **WINDOW},
    notes.CALLBACK_REQUESTED_IN_APP: {"phone_masked": "+8613****5321"},
    notes.CALLBACK_LOGGED: {"outcome": "no_answer", "agent_name": "Bob Wang"},
    notes.CALLBACK_RESCHEDULED: {
        "agent_name": "Bob Wang",
        "window_start": "2026-11-26T01:00:00Z",
        "window_end": "2026-11-26T02:00:00Z",
    },
    notes.ASSIGNED_AGENT: {"agent_name": "Bob Wang 王博"},
    notes.ASSIGNED_VIP_MANAGER: {"agent_name": "Vera Li"},
    notes.RESOLVED: {"agent_name": "Bob Wang 王博"},
    notes.GUARD_LOOKALIKE_LINK: {"host": "exchange-example.com", "official": "exchange.example"},
    notes.TRANSFERRED: {"team": "zh", "agent_name": "Alice Chen"},
    notes.ESCALATED: {"team": "security", "agent_name": "Alice Chen"},
    notes.IDENTITY_SENT: {
        "channel": "email", "destination": "m***a@example.com", "expires_at": "2026-11-25T13:45:00Z",
    },
    notes.IDENTITY_VERIFIED: {
        "channel": "email", "method": "code", "verified_at": "2026-11-25T13:37:00Z",
        "valid_until": "2026-11-25T14:07:00Z",
    },
    notes.IDENTITY_FAILED: {"channel": "phone", "reason": "attempts"},
    notes.INCIDENT_LINKED: {"incident_id": "3", "title": "USDT deposits delayed"},
    notes.VIP_MAILBOX_NOT_VIP: {"mailbox": "vip@exchange.example"},
    notes.TELEGRAM_FILE_NOT_IMPORTED: {"filename": "receipt.jpg", "mime": "image/jpeg", "size": "12 bytes"},
    notes.TELEGRAM_LINKED: {"uid": "12345678", "channel": "email"},
    notes.TELEGRAM_DELIVERY_UNKNOWN: {"message_id": "812"},
    notes.TELEGRAM_RESENT: {"message_id": "812", "agent_name": "Alice Chen"},
    notes.CSAT_RATED: {"score": "2", "note": "Nobody read my question"},
    notes.CSAT_REQUESTED: {},
}


def test_every_note_code_has_words_with_its_arguments(qapp: Any) -> None:
    assert set(labels.SYSTEM_NOTES) == set(notes.ARGS) == set(SAMPLES)
    for code, template in labels.SYSTEM_NOTES.items():
        places = {int(n) for n in re.findall(r"%(\d+)", template)}
        assert places == set(range(1, len(notes.ARGS[code]) + 1)), code
        notes.check(code, SAMPLES[code])
    assert set(labels.CALLBACK_OUTCOMES) == {"reached", "no_answer", "voicemail", "wrong_number",
                                             "rescheduled", "cancelled"}


def test_a_note_is_worded_from_its_arguments_or_falls_back_to_the_body(qapp: Any) -> None:
    i18n.install("en")
    body = "Ticket #40 (kyc) opened by Alice Chen."
    assert labels.system_note(notes.TICKET_OPENED, SAMPLES[notes.TICKET_OPENED], body) == (
        "Ticket #40 opened by Alice Chen. Category: Identity verification (KYC).")
    logged = {**SAMPLES[notes.CALLBACK_LOGGED], "note": "Voicemail full"}
    worded = labels.system_note(notes.CALLBACK_LOGGED, logged)
    assert worded == "Callback outcome: No answer (logged by Bob Wang).\nVoicemail full"
    moved = labels.system_note(notes.CALLBACK_RESCHEDULED, SAMPLES[notes.CALLBACK_RESCHEDULED])
    window = [formats.date_time(datetime.fromisoformat(SAMPLES[notes.CALLBACK_RESCHEDULED][k]))
              for k in ("window_start", "window_end")]
    assert moved == f"Callback rescheduled by Bob Wang. New window {window[0]} – {window[1]}."
    # a value is put in once, never read as a placeholder itself
    assert labels.system_note(notes.RESOLVED, {"agent_name": "%1 100%"}) == "Marked as resolved by %1 100%."
    # a newer server's code, a missing argument, no code: the body the server wrote
    assert labels.system_note("ticket.merged", {"into": "7"}, "Merged into #7.") == "Merged into #7."
    assert labels.system_note(notes.TICKET_OPENED, {"ticket_id": "40"}, body) == body
    assert labels.system_note(None, None, body) == body
    assert labels.callback_outcome("hung_up") == "hung_up"


def test_the_thread_shows_a_ticket_note_in_the_desks_language(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        # an answered chat: the demo wrote its assignment line (the inbox puts unanswered ones first)
        chat = next(r for r in rows(window)
                    if r.channel == "chat" and r.vip_tier == 0 and r.first_response_at is not None)
        bob = await AgentClient.login(server.ws_url, "bob", "demo")
        made = await bob.request("ticket.create", conversation_id=chat.conversation_id, category="kyc")
        tid = made["conversation"]["id"]
        await bob.close()
        await open_conversation(window, chat.conversation_id)
        model = window.conversation.thread_model

        def find(*codes: str) -> Any:
            return next((i for i in model.items() if i.note_code in codes), None)

        def shown(item: Any, role: int = ThreadRole.BODY) -> Any:
            """What the thread model gives the delegate for ``item`` (rows move as pages load)."""
            keys = [i.key for i in model.items()]
            return model.index(keys.index(item.key)).data(role)

        note = await until(lambda: find(notes.TICKET_OPENED), what="the ticket's note")
        # the demo's seeded lines are coded too (once the server's page of the thread is in)
        seeded = await until(lambda: find(notes.ASSIGNED_AGENT, notes.ASSIGNED_VIP_MANAGER),
                             what="the seeded assignment line")
        english = f"Ticket #{tid} (kyc) opened by Bob Wang 王博."
        assert note.body == english  # the server's body, unchanged
        assert note.note_args == {"ticket_id": str(tid), "category": "kyc", "agent_name": "Bob Wang 王博"}
        assert shown(note) == labels.system_note(note.note_code, note.note_args, note.body)
        assert shown(note) == f"Ticket #{tid} opened by Bob Wang 王博. Category: Identity verification (KYC)."
        assert shown(note, ThreadRole.AUTHOR) == "System"
        assert seeded.body.startswith("Assigned to ") and seeded.note_args["agent_name"] in seeded.body
        assert shown(seeded) == labels.system_note(seeded.note_code, seeded.note_args, seeded.body)

        try:
            i18n.install("zh-CN")
            chinese = shown(note)
            assert chinese == labels.system_note(note.note_code, note.note_args, note.body)
            assert shown(seeded) == labels.system_note(seeded.note_code, seeded.note_args, seeded.body)
            assert shown(note, ThreadRole.AUTHOR) == labels.system_author()
            template = labels.SYSTEM_NOTES[notes.TICKET_OPENED]
            if QCoreApplication.translate("Labels", template) != template:  # the catalogue has it
                assert chinese != english and CJK.search(chinese.replace("王博", ""))
                assert labels.ticket_category("kyc") in chinese  # the category in words, in Chinese
        finally:
            i18n.install("en")
        assert shown(note).startswith(f"Ticket #{tid} opened by")

    aio(body)


def test_every_note_has_a_chinese_translation(qapp: Any) -> None:
    """Fails until the zh-CN catalogue translates the note templates (tools/fill_zh_translations.py)."""
    try:
        i18n.install("zh-CN")
        missing = [code for code, template in labels.SYSTEM_NOTES.items()
                   if QCoreApplication.translate("Labels", template) == template]
        missing += [code for code, source in labels.CALLBACK_OUTCOMES.items()
                    if QCoreApplication.translate("Labels", source) == source]
        assert missing == [], f"no Simplified Chinese yet for: {missing}"
        for code, args in SAMPLES.items():
            worded = labels.system_note(code, args, "English body")
            assert worded != "English body" and CJK.search(worded.replace("王博", "")), code
        assert labels.system_author() != "System"
    finally:
        i18n.install("en")
