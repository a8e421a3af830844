"""Issue 22: a customer who just exposed a seed phrase — the risk and the advice, from the
messages' redactions (the header and the customer panel render it: tests/ui/test_security_alert.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.policies.exposure import exposure, risk_of
from app.store.types import MessageView

T0 = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)


def msg(local_id: int, redactions: tuple[tuple[str, str], ...] = (), *, kind: str = "customer",
        minutes: int = 0, internal: bool = False) -> MessageView:
    return MessageView(
        local_id=local_id, server_id=local_id, conversation_id=1, author_kind=kind, author=None,
        author_name=kind, body="[redacted]", internal=internal, created_at=T0 + timedelta(minutes=minutes),
        client_msg_id=None, delivery_state="sent", redactions=redactions,
    )


def test_a_seed_phrase_puts_the_funds_at_risk_now() -> None:
    found = exposure([msg(1), msg(2, (("password", "high"),), minutes=1),
                      msg(3, (("seed_phrase", "high"),), minutes=5)])
    assert found is not None
    assert found.risk == "funds"
    assert found.kinds == ("seed_phrase", "password")  # worst first
    assert found.last_at == T0 + timedelta(minutes=5) and found.count == 2
    assert found.advice[0] == "new_wallet_now"


def test_a_password_puts_the_account_at_risk_and_a_code_the_sign_in() -> None:
    assert exposure([msg(1, (("password", "high"),))]).risk == "account"  # type: ignore[union-attr]
    assert exposure([msg(1, (("otp_code", "medium"),))]).risk == "code"  # type: ignore[union-attr]
    assert risk_of(["private_key"]) == "funds" and risk_of(["wif_key"]) == "funds"


def test_nothing_exposed_means_no_alert() -> None:
    assert exposure([msg(1), msg(2, kind="agent")]) is None
    # only the customer's own messages count (not an internal note quoting them)
    assert exposure([msg(1, (("seed_phrase", "high"),), kind="agent", internal=True)]) is None
