"""The building blocks on their own: circuit breaker, backoff, TTL cache, webhook signatures, the
OIDC nonce book and the [oidc] file, the POST/JSON routing beside websockets."""

from __future__ import annotations

import random

import pytest

from app.server.hooks import signing
from app.server.oidc.config import OidcConfigError, parse
from app.server.oidc.nonces import NonceBook
from app.server.provider import paging
from app.server.provider.resilience import CircuitBreaker, TtlCache, backoff_delays


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_breaker_opens_after_failures_in_a_row_and_lets_one_trial_through() -> None:
    clock = Clock()
    breaker = CircuitBreaker(threshold=3, cooldown=5, clock=clock)
    for _ in range(2):
        assert breaker.allow()
        breaker.failure()
    breaker.success()  # a success in between resets the count
    for _ in range(3):
        assert breaker.allow()
        breaker.failure()
    assert breaker.state == "open" and not breaker.allow() and breaker.opened == 1
    clock.now += 5
    assert breaker.state == "half_open"
    assert breaker.allow() and not breaker.allow()  # one trial at a time
    breaker.failure()
    assert breaker.state == "open"
    clock.now += 5
    assert breaker.allow()
    breaker.success()
    assert breaker.state == "closed" and breaker.allow()


def test_backoff_is_full_jitter_and_capped() -> None:
    rng = random.Random(1)
    for _ in range(200):
        d = backoff_delays(5, 0.02, 0.1, rng)
        assert len(d) == 4
        assert all(0 <= x <= min(0.1, 0.02 * 2**i) for i, x in enumerate(d))
    assert backoff_delays(1, 0.02, 0.1) == []


def test_ttl_cache_answers_fresh_then_keeps_the_last_copy() -> None:
    clock = Clock()
    cache: TtlCache[str] = TtlCache(ttl=10, max_entries=2, max_stale=100, clock=clock)
    cache.put("a", "A")
    assert cache.fresh("a").value == "A"
    clock.now += 11
    assert cache.fresh("a") is None and cache.last("a").value == "A"
    cache.put("b", "B")
    cache.put("c", "C")  # bounded: "a", the least recently used, goes
    assert cache.last("a") is None and len(cache) == 2
    cache.expire("b")
    assert cache.fresh("b") is None and cache.last("b").value == "B"
    clock.now += 101
    assert cache.last("c") is None


def test_cursors_round_trip_and_refuse_forgeries() -> None:
    assert paging.decode(paging.encode(40)) == 40 and paging.decode(None) == 0
    assert paging.next_cursor(0, 10, 10) is None and paging.next_cursor(0, 10, 11) == paging.encode(10)
    for bad in ("bogus", "b0", paging.encode(1)[:-1] + "!"):
        with pytest.raises(ValueError):
            paging.decode(bad)


def test_signatures_check_key_body_time_and_rotation() -> None:
    key, body = b"k" * 32, b'{"id":"e1"}'
    h = signing.headers(key, body, now=1000)
    ts, sig = h[signing.TIMESTAMP_HEADER], h[signing.SIGNATURE_HEADER]
    assert signing.check(key, ts, sig, body, 300, now=1100) is None
    assert signing.check(key, ts, sig, body + b" ", 300, now=1100) == "signature"
    assert signing.check(b"x" * 32, ts, sig, body, 300, now=1100) == "signature"
    assert signing.check(key, ts, sig, body, 300, now=1400) == "stale"
    assert signing.check(key, None, sig, body, 300) == "missing"
    assert signing.check(key, "soon", sig, body, 300) == "malformed"
    other = signing.sign(b"y" * 32, 1000, body)
    assert signing.check(key, ts, f"{other}, {sig}", body, 300, now=1000) is None  # key rotation


def test_nonces_are_single_use_and_expire() -> None:
    book = NonceBook(ttl=600, max_open=3)
    a = book.issue()
    assert book.consume(a) and not book.consume(a)
    assert not book.consume("never issued") and not book.consume(None)
    first = book.issue()
    for _ in range(3):
        book.issue()
    assert not book.consume(first)  # bounded: the oldest open sign-in lapsed


def test_oidc_roles_take_the_most_privileged_mapped_group() -> None:
    config = parse(
        {
            "issuer": "https://idp.example.com/",
            "client_id": "d",
            "roles": {"a": "agent", "v": "vip_manager", "s": "supervisor"},
        }
    )
    assert config.issuer == "https://idp.example.com"
    assert config.role_for(["a", "v"]) == "vip_manager"
    assert config.role_for(["x", "s", "a"]) == "supervisor"
    assert config.role_for("a") == "agent"
    assert config.role_for(["x"]) is None and config.role_for(None) is None
    with pytest.raises(OidcConfigError, match="scopes"):
        parse({"issuer": "https://i", "client_id": "d", "roles": {"a": "agent"}, "scopes": ["profile"]})
    with pytest.raises(OidcConfigError, match="client_id"):
        parse({"issuer": "https://i", "roles": {"a": "agent"}})
