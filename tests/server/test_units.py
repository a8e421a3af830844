"""Small pure pieces: masking, customer tokens, SLA defaults, the token bucket, subprotocols."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.server import customer_tokens, masking, sla
from app.server.ratelimit import TokenBucket


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("王小明", "王*明"),
        ("李娜", "李*"),
        ("Maria Garcia", "Maria G***"),
        ("Cher", "C***"),
        ("Jean-Luc de Picard", "Jean-Luc d*** P***"),
        ("", ""),
    ],
)
def test_mask_name(name, masked):
    assert masking.mask_name(name) == masked


def test_mask_email_phone_digest():
    assert masking.mask_email("maria.garcia@example.com") == "m***a@example.com"
    assert masking.mask_email("ab@x.io") == "a***@x.io"
    assert masking.mask_phone("+86 138 1234 5678") == "+86 *** **** 5678"
    assert masking.mask_phone("+1 415-555-0123").endswith("0123") and "555" not in masking.mask_phone(
        "+1 415-555-0123"
    )
    assert masking.email_digest(" Maria@Example.com ") == masking.email_digest("maria@example.com")


def test_customer_token_round_trip_and_refusals():
    secret = b"k" * 32
    token = customer_tokens.mint(secret, "12345678", 60, now=1_000_000)
    assert customer_tokens.verify(secret, token, now=1_000_030) == "12345678"
    assert customer_tokens.verify(secret, token, now=1_000_061) is None  # expired
    assert customer_tokens.verify(b"other", token, now=1_000_030) is None  # wrong key
    uid_b64, expiry, mac = token.split(".")
    assert customer_tokens.verify(secret, f"{uid_b64}.{int(expiry) + 999}.{mac}", now=1_000_030) is None
    forged_uid = customer_tokens.mint(secret, "87654321", 60, now=1_000_000).split(".")[0]
    assert customer_tokens.verify(secret, f"{forged_uid}.{expiry}.{mac}", now=1_000_030) is None


@given(st.text(max_size=600))
def test_customer_token_verify_never_raises(garbage):
    assert customer_tokens.verify(b"k", garbage) is None


def test_due_times():
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    assert sla.due_times("chat", 0, t0) == (t0 + timedelta(seconds=60), t0 + timedelta(hours=24))
    assert sla.due_times("chat", 3, t0)[0] == t0 + timedelta(seconds=30)
    assert sla.due_times("email", 0, t0) == (t0 + timedelta(hours=24), t0 + timedelta(hours=72))
    assert sla.due_times("email", 1, t0)[0] == t0 + timedelta(hours=4)
    assert sla.due_times("ticket", 0, t0) == (t0 + timedelta(hours=48), t0 + timedelta(days=7))


def test_token_bucket():
    now = [0.0]
    bucket = TokenBucket(rate=2, burst=3, clock=lambda: now[0])
    assert [bucket.allow() for _ in range(4)] == [True, True, True, False]
    now[0] += 0.5
    assert bucket.allow() and not bucket.allow()
    assert bucket.refused_in_a_row == 1


def test_select_subprotocol():
    from websockets.exceptions import NegotiationError

    from app.server.app import select_subprotocol

    assert select_subprotocol(None, ["x", "agentdesk.v1"]) == "agentdesk.v1"  # type: ignore[arg-type]
    assert select_subprotocol(None, []) is None  # type: ignore[arg-type]
    with pytest.raises(NegotiationError):
        select_subprotocol(None, ["chat"])  # type: ignore[arg-type]

