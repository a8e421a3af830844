"""Mail to the VIP mailbox from someone who is not a VIP client shows in the desk's VIP tab (issue 23),
end to end: real SMTP into the real server (the VIP mailbox configured), the real desk's VIP view
and its tab count. The regular team answers such mail (the server routes it by the customer) and
finds it where the VIP lane is watched, flagged; a VIP manager, whose mailbox it is, sees it there
too."""

from __future__ import annotations

from typing import Any

import pytest

from app.store import InboxQuery, View
from tests.server.email.mail_support import make_mail, send_mail
from tests.ui.helpers import rows, until

VIP_BOX = "vip@exchange.example"


@pytest.fixture
def server_overrides() -> dict[str, Any]:
    return {"smtp_listen_port": 0, "vip_mailbox": (VIP_BOX,)}


@pytest.mark.parametrize("user", ["alice", "vera"])  # the regular team that answers; a VIP manager
def test_a_regular_senders_mail_to_the_vip_mailbox_is_in_the_vip_tab(
    open_desk: Any, server: Any, aio: Any, user: str
) -> None:
    async def body() -> None:
        window = await open_desk(user)
        model = window.inbox_model
        window.inbox.set_view("vip")
        await until(lambda: model.query.view == "vip" and model.loaded, what="the VIP view")
        before = {r.conversation_id for r in rows(window)}
        assert all(r.vip_tier > 0 for r in rows(window))  # VIP clients only so far

        mail = make_mail("newcomer@example.net", "Large OTC trade", text="Can someone call me about OTC?")
        del mail["To"]
        mail["To"] = VIP_BOX
        port = server.channels.smtp_port
        assert port is not None
        await send_mail(port, mail)

        def arrived() -> Any:
            return next((r for r in rows(window) if r.conversation_id not in before), None)

        row = await until(arrived, 20, what="the mailbox conversation in the VIP tab")
        assert row.channel == "email" and row.vip_tier == 0 and row.priority == "high"
        detail = await window.desk.store.get_conversation(row.conversation_id)
        assert detail is not None and {"vip_mailbox", "vip_mailbox_not_vip"} <= set(detail.tags)
        counts = await window.desk.store.view_counts(InboxQuery(me=user), [View.VIP])
        assert counts[View.VIP] == len(rows(window))

    aio(body)
