"""Server time: the session measures how far the server's clock is from this computer's at each
``welcome``, and the desk's one clock (:class:`ServerClock`) corrects the local time by it, so
the SLA and VIP timers count right on a PC whose clock is minutes off."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import msgspec
import pytest

from app.client import Session
from app.policies.sla_clock import ServerClock, sla_state
from app.policies.vip_lane import lane_clock, lane_remaining
from app.protocol import codec
from app.protocol.errors import ProtocolError
from app.protocol.frames import Welcome
from app.protocol.types import AgentInfo
from tests.support.helpers import fast_config, memory_credentials, opened_store, until_online
from tests.support.server import running_server

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # the true time (the server's clock)


async def test_the_session_records_the_server_clock_offset_at_each_welcome(tmp_path: Path) -> None:
    skew = [timedelta(minutes=-3)]  # this PC's clock is 3 minutes slow

    def wall_clock() -> datetime:
        return datetime.now(UTC) + skew[0]

    async with running_server(tmp_path) as server, opened_store(tmp_path / "cache.sqlite3") as store:
        session = Session(server.ws_url, store, memory_credentials(), config=fast_config(),
                          wall_clock=wall_clock)
        assert session.server_clock_offset == 0.0  # nothing measured yet
        try:
            await session.start()
            await session.login("alice", "demo")
            await until_online(session)
            assert session.server_clock_offset == pytest.approx(180.0, abs=5.0)
            clock = ServerClock(lambda: session.server_clock_offset, local=wall_clock)
            assert abs((clock.now() - datetime.now(UTC)).total_seconds()) < 5.0  # server time

            skew[0] = timedelta(minutes=2)  # the clock was set, too far: the next welcome says so
            await session.login("alice", "demo")  # reconnects: a new welcome
            assert session.server_clock_offset == pytest.approx(-120.0, abs=5.0)
            assert abs((clock.now() - datetime.now(UTC)).total_seconds()) < 5.0
        finally:
            await session.stop()


async def test_a_welcome_without_server_time_keeps_the_last_offset(tmp_path: Path) -> None:
    async with opened_store(tmp_path / "cache.sqlite3") as store:
        session = Session("ws://test", store, memory_credentials(), wall_clock=lambda: NOW)
        agent = AgentInfo(id=1, username="alice", display_name="Alice", role="agent")
        driver = session._driver
        driver.note_server_time(Welcome(agent=agent, head=0, server_time=NOW + timedelta(seconds=42)))
        assert session.server_clock_offset == 42.0
        session._driver.note_server_time(msgspec.structs.replace(
            Welcome(agent=agent, head=0, server_time=NOW), server_time=None))
        assert session.server_clock_offset == 42.0
        with pytest.raises(ProtocolError, match="server_time"):  # and the codec lets none through
            codec.decode_server_frame(b'{"type":"welcome","agent":{"id":1,"username":"alice","display_name":"A",'
                         b'"role":"agent"},"head":0}')


def test_a_skewed_local_clock_still_yields_the_right_remaining_time() -> None:
    due = NOW + timedelta(seconds=24)  # a VIP's first response is due in 24 s (server time)
    slow = ServerClock(lambda: 180.0, local=lambda: NOW - timedelta(minutes=3))  # PC 3 min slow
    fast = ServerClock(lambda: -300.0, local=lambda: NOW + timedelta(minutes=5))  # PC 5 min fast
    for clock in (slow, fast):
        lane = lane_remaining(due, clock.now())
        assert lane is not None and lane_clock(lane) == "0:24"
        state = sla_state(status="open", now=clock.now(), created_at=NOW - timedelta(minutes=10),
                          first_response_due=due)
        assert state.level == "warning" and state.remaining is not None
        assert state.remaining.total_seconds == 24
    # uncorrected, the same PCs would show 3:24 and a breach
    uncorrected = lane_remaining(due, NOW - timedelta(minutes=3))
    assert uncorrected is not None and lane_clock(uncorrected) == "3:24"
    ahead = sla_state(status="open", now=NOW + timedelta(minutes=5), first_response_due=due)
    assert ahead.level == "breached"


def test_the_clock_reads_the_latest_offset() -> None:
    offset = [0.0]
    clock = ServerClock(lambda: offset[0], local=lambda: NOW)
    assert clock.now() == NOW
    offset[0] = -90.5
    assert clock.now() == NOW - timedelta(seconds=90.5)
    assert ServerClock().now().tzinfo is not None  # the default: this computer's clock, in UTC
