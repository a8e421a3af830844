"""Every mail of ours to a customer who set an anti-phishing code quotes it (OKX does this), so
the customer can tell our mail from phishing; a customer without one gets none."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from app.server.db.schema import Customer
from app.server.identity.schema import CustomerSecurityCode
from tests.server.email.mail_support import RelaySink, make_mail, send_mail
from tests.support.server import AgentClient, running_server

FAST_MAIL = {"mail_retry_delays": (0.3,), "mail_poll_interval": 0.1, "smtp_listen_port": 0}


async def _pick(server: Any, with_code: bool) -> dict[str, Any]:
    def pick(session: Any) -> dict[str, Any]:
        has = sa.select(CustomerSecurityCode.uid).where(CustomerSecurityCode.uid == Customer.uid).exists()
        c = session.scalars(
            sa.select(Customer)
            .where(
                Customer.email != "",
                Customer.vip_tier == 0,
                Customer.language == "en",
                has if with_code else ~has,
            )
            .order_by(Customer.uid)
            .limit(1)
        ).one()
        return {"email": c.email, "code": c.security_code.anti_phishing_code if c.security_code else None}

    return await server.context.db.run(pick)


async def test_replies_quote_the_customers_anti_phishing_code(tmp_path):
    sink = await RelaySink().start()
    try:
        async with running_server(
            tmp_path, smtp_relay_host="127.0.0.1", smtp_relay_port=sink.port, **FAST_MAIL
        ) as server:
            alice = await AgentClient.login(server.ws_url, "alice", "demo")
            await alice.sync(alice.welcome["head"])
            for n, with_code in enumerate((True, False)):
                who = await _pick(server, with_code)
                await send_mail(
                    server.channels.smtp_port,
                    make_mail(who["email"], f"Question {n}", text="Hello?", message_id=f"<apc{n}@x.test>"),
                )
                created = await alice.wait_for(
                    lambda f, n=n: (
                        f.get("type") == "event"
                        and f["name"] == "message.created"
                        and f["data"]["conversation"]["subject"] == f"Question {n}"
                    )
                )
                await alice.request(
                    "message.send",
                    conversation_id=created["data"]["conversation"]["id"],
                    body="Here is the answer.",
                    client_msg_id=f"apc-{n}",
                )
                out = (await sink.wait_for(n + 1))[n].get_content()
                if with_code:
                    assert f"Your anti-phishing code: {who['code']}." in out
                else:
                    assert "anti-phishing code" not in out
    finally:
        await sink.stop()
