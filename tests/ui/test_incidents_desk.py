"""Incidents in the real window against the real backend (demo data): a supervisor declares one
from the desk, the bar shows it with live counts as matching chats arrive, Update resolves them all
in one action; an agent's "Request account freeze" reaches the risk team; the incident rules."""

from __future__ import annotations

from typing import Any

from app.policies.incidents import merged, problem, split_list, telegram_not_linked
from app.protocol.incidents import Incident
from tests.support.server import AgentClient, CustomerClient
from tests.ui.helpers import first_row, open_conversation, until

EN = "Login codes are delayed; your account is safe."
ZH = "登录验证码延迟；您的账户安全。"


def test_the_bar_shows_live_counts_and_one_action_resolves_them(
    open_desk: Any, server: Any, aio: Any
) -> None:
    async def body() -> None:
        window = await open_desk("sam")
        controller = window.incidents
        assert not controller.bar.isVisible()
        controller.declare()
        dialog = controller.dialog
        assert dialog is not None and not dialog.send.isEnabled()  # nothing typed yet
        dialog.title.setText("Login codes delayed")
        dialog.keywords.setText("zzlogin-code, 验证码收不到")
        dialog.message_en.setPlainText(EN)
        assert not dialog.send.isEnabled()  # the Chinese message is missing
        dialog.message_zh.setPlainText(ZH)
        assert dialog.send.isEnabled()
        dialog.send.click()
        await until(lambda: controller.incidents, what="the incident in the bar")
        await until(lambda: controller.bar.isVisible(), what="the bar shown")
        incident = controller.incidents[0]
        assert controller.bar.texts() == [f"Incident #{incident.id} · Login codes delayed · 0 linked, 0 open"]

        uids = await server.context.db.run(_regular_uids_without_open_chat)
        for uid in uids[:2]:
            customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
            await customer.send("验证码收不到怎么办")
            await customer.close()
        await until(lambda: controller.incidents and controller.incidents[0].linked == 2, what="live counts")
        assert controller.bar.texts()[0].endswith("2 linked, 2 open")

        controller.update_incident(controller.incidents[0])
        dialog = controller.dialog
        dialog.message_en.setPlainText("Fixed.")
        dialog.message_zh.setPlainText("已修复。")
        dialog.resolve.setChecked(True)
        dialog.send.click()
        await until(lambda: not controller.incidents, what="resolved: off the bar")
        assert not controller.bar.isVisible()

    aio(body)


def test_an_agent_requests_an_account_freeze(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, vip_tier=0, channel="chat")
        await open_conversation(window, row.conversation_id)
        window.incidents.request_freeze()
        dialog = window.incidents.freeze_dialog
        assert dialog is not None
        dialog.setTextValue("Customer confirms an account takeover")
        dialog.accept()
        await until(lambda: window.message.text() == "Freeze request sent to the risk team.", what="sent")
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        found = await sam.request("conversation.get", conversation_id=row.conversation_id)
        assert found["conversation"]["team"] == "risk_compliance"
        assert "freeze_requested" in found["conversation"]["tags"]
        await sam.close()

    aio(body)


def _regular_uids_without_open_chat(session: Any) -> list[str]:
    import sqlalchemy as sa

    from app.server.db.schema import Conversation, Customer

    busy = sa.select(Conversation.customer_uid).where(
        Conversation.channel == "chat", Conversation.status != "resolved"
    )
    return list(session.scalars(
        sa.select(Customer.uid)
        .where(Customer.vip_tier == 0, Customer.uid.not_in(busy))
        .order_by(Customer.uid)
    ))


def _incident(id_: int, status: str = "open", linked: int = 0) -> Incident:
    from datetime import UTC, datetime

    return Incident(id=id_, title=f"i{id_}", kind="outage", status=status, topic=None, keywords=["x1"],
                    assets=[], message_en="e", message_zh="z", declared_by="sam",
                    declared_at=datetime(2026, 1, 1, tzinfo=UTC), linked=linked)


def test_incident_rules() -> None:
    bar = merged([], _incident(2))
    bar = merged(bar, _incident(1))
    assert [i.id for i in bar] == [1, 2]
    bar = merged(bar, _incident(2, linked=5))
    assert [(i.id, i.linked) for i in bar] == [(1, 0), (2, 5)]
    assert [i.id for i in merged(bar, _incident(1, status="resolved"))] == [2]
    assert split_list("USDT, btc，提币失败、 ;\nETH") == ["USDT", "btc", "提币失败", "ETH"]
    common = {"declaring": True, "topic": None, "en": "e", "zh": "z"}
    assert problem(title="", keywords="a b", assets="", **common) == "no_title"
    assert problem(title="t", keywords="", assets="", **common) == "no_scope"
    assert problem(title="t", keywords="", assets="US-DT", **common) == "bad_asset"
    assert problem(title="t", keywords="x", assets="", **common) == "short_keyword"
    assert problem(title="t", keywords="", assets="USDT", **common) is None
    update = {"declaring": False, "title": "", "topic": None, "keywords": "", "assets": ""}
    assert problem(en="e", zh=" ", **update) == "no_message_zh"
    assert telegram_not_linked("T0A1B2C3", False) and not telegram_not_linked("T0A1B2C3", True)
    assert not telegram_not_linked("12345678", False)  # an email contact is "unverified", not Telegram
