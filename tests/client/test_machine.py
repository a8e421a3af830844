"""The session's decisions, driven without a network: inputs in, actions out."""

from __future__ import annotations

from datetime import UTC, datetime

from app.client.machine import (
    ApplyEvent,
    ApplySummary,
    CancelRetry,
    Connect,
    DeliverOutbox,
    Disconnect,
    FailRequests,
    ForgetToken,
    ForwardSignal,
    LoginResult,
    RenewToken,
    ResolveResponse,
    ScheduleRetry,
    Send,
    SessionMachine,
    StateChanged,
    StoreToken,
    Subscribe,
    TakeSnapshot,
)
from app.client.secret import Secret
from app.client.state import Backoff, ConnectionStatus
from app.protocol.frames import Auth, Error, Event, Login, Res, Resync, Signal, Summary, Sync, Synced, Welcome
from app.protocol.types import AgentInfo

ALICE = AgentInfo(id=1, username="alice", display_name="Alice Chen", role="agent")
NOW = datetime(2026, 11, 25, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def machine(rng: float = 1.0) -> tuple[SessionMachine, Clock]:
    clock = Clock()
    return SessionMachine(backoff=Backoff(base=0.5, factor=2, cap=30, rng=lambda: rng), clock=clock), clock


def kinds(actions: list[object]) -> list[type]:
    return [type(a) for a in actions if not isinstance(a, StateChanged)]


def welcome(token: str | None = None) -> Welcome:
    return Welcome(agent=ALICE, head=50, server_time=NOW, token=token)


def online(m: SessionMachine, *, last_seq: int = 7, snapshot_taken: bool = True) -> None:
    m.start(username="alice", token=Secret("tok-1"), last_seq=last_seq, snapshot_taken=snapshot_taken)
    m.connection_opened(last_seq=last_seq)
    m.frame_received(welcome())
    m.frame_received(Synced(head=last_seq))
    assert m.state.status is ConnectionStatus.ONLINE


def test_start_with_a_stored_token_authenticates_then_syncs_from_the_last_seq() -> None:
    m, _ = machine()
    actions = m.start(username="alice", token=Secret("tok-1"), last_seq=7, snapshot_taken=True)
    assert kinds(actions) == [Connect] and m.state.status is ConnectionStatus.CONNECTING
    assert m.connection_opened(last_seq=7) == [Send(Auth(token="tok-1"))]
    actions = m.frame_received(welcome())
    assert actions[-1] == Send(Sync(since=7))
    assert m.state.agent == ALICE and m.state.status is ConnectionStatus.CONNECTING
    actions = m.frame_received(Synced(head=9))
    assert kinds(actions) == [DeliverOutbox, RenewToken] and m.state.status is ConnectionStatus.ONLINE


def test_first_start_takes_a_snapshot_then_syncs_from_its_head() -> None:
    m, _ = machine()
    m.start(username="alice", token=Secret("t"), last_seq=0, snapshot_taken=False)
    m.connection_opened(last_seq=0)
    assert kinds(m.frame_received(welcome())) == [TakeSnapshot]
    assert m.snapshot_done(head=50) == [Send(Sync(since=50))]
    assert not m.snapshot_needed


def test_without_a_token_the_agent_must_sign_in() -> None:
    m, _ = machine()
    actions = m.start(username="alice", token=None, last_seq=0, snapshot_taken=False)
    assert kinds(actions) == [] and m.state.status is ConnectionStatus.RELOGIN_NEEDED


def test_login_sends_the_password_once_and_stores_the_token() -> None:
    m, _ = machine()
    m.start(username=None, token=None, last_seq=0, snapshot_taken=True)
    assert kinds(m.login("alice", Secret("demo"), remember=True)) == [CancelRetry, Connect]
    assert m.connection_opened(last_seq=0) == [Send(Login(username="alice", password="demo"))]
    actions = m.frame_received(welcome(token="tok-new"))
    assert StoreToken(Secret("tok-new"), "alice", True) in actions
    assert LoginResult(ALICE) in actions
    # the password is gone: a reconnect authenticates with the token
    m.connection_lost(1006, "connection_lost")
    m.retry_due()
    assert m.connection_opened(last_seq=0) == [Send(Auth(token="tok-new"))]


def test_wrong_password_is_bad_credentials_and_no_retry() -> None:
    m, _ = machine()
    m.start(username=None, token=None, last_seq=0, snapshot_taken=True)
    m.login("alice", Secret("wrong"), remember=False)
    m.connection_opened(last_seq=0)
    assert m.frame_received(Error(code="unauthorized", message="bad credentials")) == []
    actions = m.connection_lost(4401, "connection_lost")
    assert LoginResult(None, "bad_credentials") in actions
    assert ScheduleRetry not in kinds(actions)
    assert (m.state.status, m.state.error) == (ConnectionStatus.RELOGIN_NEEDED, "bad_credentials")


def test_a_refused_token_is_forgotten_and_asks_to_sign_in() -> None:
    m, _ = machine()
    online(m)
    actions = m.connection_lost(4401, "connection_lost")
    assert kinds(actions) == [FailRequests, ForgetToken]
    assert (m.state.status, m.state.error) == (ConnectionStatus.RELOGIN_NEEDED, "unauthorized")
    assert m.retry_due() == [] and m.reconnect_now() == []


def test_losses_back_off_exponentially_with_a_cap_until_synced_again() -> None:
    m, clock = machine(rng=1.0)  # the jitter's upper bound, so delays are the ceilings
    online(m)
    delays = []
    for _ in range(9):
        actions = m.connection_lost(1006, "connection_lost")
        retry = next(a for a in actions if isinstance(a, ScheduleRetry))
        delays.append(retry.delay)
        assert m.state.status is ConnectionStatus.OFFLINE
        assert m.state.retry_at == clock.now + retry.delay
        assert m.state.error == "connection_lost"
        assert kinds(m.retry_due()) == [Connect]
        # the server accepts and welcomes, then drops again before the sync completes
        m.connection_opened(last_seq=7)
        m.frame_received(welcome())
    assert delays == [0.5, 1, 2, 4, 8, 16, 30, 30, 30]
    m.frame_received(Synced(head=7))  # a full sync: the next loss starts from the base again
    retry = next(a for a in m.connection_lost(1006, "timeout") if isinstance(a, ScheduleRetry))
    assert retry.delay == 0.5 and m.state.error == "timeout"


def test_backoff_has_full_jitter_and_a_cap() -> None:
    backoff = Backoff(base=0.5, factor=2, cap=30, rng=lambda: 0.25)
    assert [backoff.ceiling(n) for n in (1, 2, 3, 6, 7, 100, 10_000)] == [0.5, 1, 2, 16, 30, 30, 30]
    assert backoff.delay(3) == 0.5


def test_unreachable_server_retries_with_growing_delays() -> None:
    m, _ = machine(rng=1.0)
    m.start(username="alice", token=Secret("t"), last_seq=0, snapshot_taken=True)
    delays = []
    for _ in range(8):
        actions = m.connection_failed("unreachable")
        delays.append(next(a for a in actions if isinstance(a, ScheduleRetry)).delay)
        assert FailRequests not in kinds(actions)  # nothing was pending on a connection never open
        m.retry_due()
    assert delays == [0.5, 1, 2, 4, 8, 16, 30, 30]
    assert m.state.error == "unreachable"


def test_events_are_passed_on_once_in_order() -> None:
    m, _ = machine()
    online(m, last_seq=7)
    first = Event(seq=8, name="conversation.updated")
    assert m.frame_received(first) == [ApplyEvent(first)]
    assert m.frame_received(first) == []
    assert m.frame_received(Event(seq=5, name="x")) == []
    assert m.last_seq == 8


def test_resync_takes_a_fresh_snapshot() -> None:
    m, _ = machine()
    online(m)
    actions = m.frame_received(Resync(head=900))
    assert kinds(actions) == [TakeSnapshot] and m.state.status is ConnectionStatus.CONNECTING
    assert m.snapshot_done(900) == [Send(Sync(since=900))]
    assert kinds(m.frame_received(Synced(head=900))) == [DeliverOutbox]


def test_responses_and_signals_are_routed() -> None:
    m, _ = machine()
    online(m)
    res = Res(id=3, ok=True)
    assert m.frame_received(res) == [ResolveResponse(res)]
    sig = Signal(name="typing", data={"conversation_id": 1, "agent": "bob", "active": True})
    assert m.frame_received(sig) == [ForwardSignal(sig)]


def test_nothing_but_welcome_counts_before_authentication() -> None:
    m, _ = machine()
    m.start(username="alice", token=Secret("t"), last_seq=0, snapshot_taken=True)
    m.connection_opened(last_seq=0)
    assert m.frame_received(Event(seq=1, name="x")) == []
    assert m.frame_received(Synced(head=1)) == []
    assert m.state.status is ConnectionStatus.CONNECTING


def test_session_replaced_waits_for_the_agent() -> None:
    m, _ = machine()
    online(m)
    actions = m.connection_lost(4409, "connection_lost")
    assert ScheduleRetry not in kinds(actions)
    assert (m.state.status, m.state.error) == (ConnectionStatus.OFFLINE, "session_replaced")
    assert m.state.retry_at is None
    assert kinds(m.reconnect_now()) == [CancelRetry, Connect]


def test_sign_in_that_cannot_reach_the_server_reports_it() -> None:
    m, _ = machine()
    m.start(username=None, token=None, last_seq=0, snapshot_taken=True)
    m.login("alice", Secret("demo"), remember=True)
    actions = m.connection_failed("unreachable")
    assert LoginResult(None, "unreachable") in actions
    assert (m.state.status, m.state.error) == (ConnectionStatus.RELOGIN_NEEDED, "unreachable")


def test_logging_in_while_connected_reconnects_at_once() -> None:
    m, _ = machine()
    online(m)
    actions = m.login("alice", Secret("demo"), remember=True)
    assert kinds(actions) == [CancelRetry, Disconnect]
    assert kinds(m.connection_lost(1000, "connection_lost")) == [FailRequests, Connect]
    assert m.connection_opened(last_seq=7) == [Send(Login(username="alice", password="demo"))]


def test_logout_forgets_the_token_and_stop_ends_retries() -> None:
    m, _ = machine()
    online(m)
    actions = m.logout()
    assert kinds(actions) == [CancelRetry, ForgetToken, Disconnect]
    assert m.state.status is ConnectionStatus.RELOGIN_NEEDED and m.state.agent is None
    m2, _ = machine()
    online(m2)
    assert kinds(m2.stop()) == [CancelRetry, Disconnect]
    assert kinds(m2.connection_lost(1000, "connection_lost")) == [FailRequests]
    assert m2.retry_due() == [] and m2.state.status is ConnectionStatus.OFFLINE


def test_outbox_size_is_part_of_the_state() -> None:
    m, _ = machine()
    assert [a.state.queued for a in m.outbox_size(3) if isinstance(a, StateChanged)] == [3]
    assert m.outbox_size(3) == []


def test_secrets_never_show_in_reprs() -> None:
    m, _ = machine()
    m.start(username="alice", token=Secret("tok-very-secret"), last_seq=0, snapshot_taken=True)
    m.login("alice", Secret("hunter2"), remember=True)
    text = repr(m) + repr(m.__dict__) + repr(m.connection_opened(last_seq=0))
    assert "tok-very-secret" not in text and "hunter2" not in text
    actions = m.frame_received(welcome(token="tok-fresh"))
    assert "tok-fresh" not in repr(actions)


def test_the_token_is_renewed_when_online_and_then_every_period() -> None:
    from app.client.machine import RENEW_EVERY

    m, clock = machine()
    online(m)  # started from a stored token: renewed once online
    assert m.tick() == []  # already asked for (once per period, even if that attempt fails)
    assert m.token_renewed(Secret("tok-2")) == [StoreToken(Secret("tok-2"), "alice", True)]
    clock.now += RENEW_EVERY + 1
    assert m.tick() == [RenewToken()]
    m.connection_lost(1006, "connection_lost")
    clock.now += RENEW_EVERY + 1
    assert m.tick() == []  # only while online
    m.retry_due()
    assert m.connection_opened(last_seq=7) == [Send(Auth(token="tok-2"))]


def test_a_fresh_login_token_is_not_renewed_at_once_and_keeps_remember_off() -> None:
    from app.client.machine import RENEW_EVERY

    m, clock = machine()
    m.start(username=None, token=None, last_seq=0, snapshot_taken=True)
    m.login("alice", Secret("demo"), remember=False)
    m.connection_opened(last_seq=0)
    m.frame_received(welcome(token="tok-1"))
    assert RenewToken() not in m.frame_received(Synced(head=50))
    clock.now += RENEW_EVERY + 1
    assert m.tick() == [RenewToken()]
    assert m.token_renewed(Secret("tok-2")) == [StoreToken(Secret("tok-2"), "alice", False)]


def test_a_locked_out_sign_in_says_rate_limited() -> None:
    m, _ = machine()
    m.start(username=None, token=None, last_seq=0, snapshot_taken=True)
    m.login("alice", Secret("guess"), remember=True)
    m.connection_opened(last_seq=0)
    m.frame_received(Error(code="rate_limited", message="too many failed sign-ins"))
    actions = m.connection_lost(4401, "connection_lost")
    assert LoginResult(None, "rate_limited") in actions
    assert (m.state.status, m.state.error) == (ConnectionStatus.RELOGIN_NEEDED, "rate_limited")


# --- inbox summaries (docs/protocol.md "Subscriptions") -------------------------------------------
def summarising() -> SessionMachine:
    backoff = Backoff(base=0.5, factor=2, cap=30, rng=lambda: 1.0)
    m = SessionMachine(backoff=backoff, clock=Clock(), summaries=True)
    m.start(username="alice", token=Secret("tok-1"), last_seq=7, snapshot_taken=True)
    m.connection_opened(last_seq=7)
    m.frame_received(welcome())
    return m


def test_once_synced_a_summarising_session_subscribes_and_events_stop_moving_the_resume_point() -> None:
    m = summarising()
    replayed = m.frame_received(Event(seq=8, name="x"))
    assert replayed == [ApplyEvent(Event(seq=8, name="x"), resume=True)]  # the replay resumes as ever
    actions = m.frame_received(Synced(head=8))
    assert Subscribe() in actions and m.summarising
    assert m.frame_received(Event(seq=12, name="x")) == [ApplyEvent(Event(seq=12, name="x"), resume=False)]
    summary = Summary(head=15, conversations=[])
    assert m.frame_received(summary) == [ApplySummary(summary)]
    assert m.last_seq == 15
    assert m.frame_received(Event(seq=14, name="x")) == []  # covered by the summary


def test_a_new_connection_replays_in_full_before_it_subscribes_again() -> None:
    m = summarising()
    m.frame_received(Synced(head=7))
    m.connection_lost(1006, "connection_lost")
    assert not m.summarising
    m.retry_due()
    m.connection_opened(last_seq=7)
    m.frame_received(welcome())
    assert m.frame_received(Event(seq=9, name="x")) == [ApplyEvent(Event(seq=9, name="x"), resume=True)]
    assert Subscribe() in m.frame_received(Synced(head=9))


def test_a_server_without_subscriptions_gets_every_event_resuming() -> None:
    m = summarising()
    m.frame_received(Synced(head=7))
    m.subscription_refused()
    assert m.frame_received(Event(seq=10, name="x")) == [ApplyEvent(Event(seq=10, name="x"), resume=True)]


def test_a_session_that_takes_every_event_never_subscribes() -> None:
    m, _ = machine()
    online(m)
    assert not m.summarising
    assert m.frame_received(Event(seq=20, name="x")) == [ApplyEvent(Event(seq=20, name="x"), resume=True)]
