"""Business hours (open time, holidays, time zones) and the teams policy file (validated at start,
naming the key; reloaded when it changes)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.server import cli
from app.server.routing.hours import ScheduleError, parse_holidays, parse_hours, zone
from app.server.routing.policy import TeamsPolicyError, TeamsPolicyFile, load_teams
from tests.server.routing.support import teams_file

SHANGHAI = ZoneInfo("Asia/Shanghai")
WEEKDAYS = parse_hours(["mon-fri 09:00-18:00"], SHANGHAI)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=SHANGHAI)


def test_open_time_skips_nights_and_weekends_in_the_teams_zone() -> None:
    saturday = local(2026, 11, 28, 15, 0)  # a Saturday afternoon in Shanghai
    assert WEEKDAYS.add(saturday, timedelta(hours=8)) == local(2026, 11, 30, 17, 0).astimezone(UTC)
    friday = local(2026, 11, 27, 17, 0)
    assert WEEKDAYS.add(friday, timedelta(hours=2)) == local(2026, 11, 30, 10, 0).astimezone(UTC)
    assert WEEKDAYS.open_between(friday, local(2026, 11, 30, 10, 0)) == timedelta(hours=2)
    assert WEEKDAYS.open_between(local(2026, 11, 28, 9), local(2026, 11, 29, 23)) == timedelta(0)
    assert not WEEKDAYS.is_open(saturday) and WEEKDAYS.is_open(local(2026, 11, 30, 9, 30))
    # A span of several days: 20 open hours from Monday 09:00 end Tuesday 18:00 + 2 h on Wednesday.
    assert WEEKDAYS.add(local(2026, 11, 30, 9), timedelta(hours=20)) == local(2026, 12, 2, 11).astimezone(UTC)


def test_holidays_are_closed_all_day_and_24_7_counts_every_hour() -> None:
    holidays = parse_holidays(["2026-10-01", "2026-10-02"])
    national_day = parse_hours(["mon-fri 09:00-18:00"], SHANGHAI, holidays)
    wednesday = local(2026, 9, 30, 17, 0)
    assert national_day.add(wednesday, timedelta(hours=2)) == local(2026, 10, 5, 10, 0).astimezone(UTC)
    always = parse_hours("24/7", SHANGHAI, holidays)
    assert always.add(wednesday, timedelta(hours=30)) == wednesday + timedelta(hours=30)


def test_a_schedule_follows_daylight_saving_time() -> None:
    london = parse_hours(["daily 09:00-17:00"], ZoneInfo("Europe/London"))
    before = datetime(
        2026, 3, 28, 16, 0, tzinfo=ZoneInfo("Europe/London")
    )  # the clocks go forward on the 29th
    due = london.add(before, timedelta(hours=2))
    assert due.astimezone(ZoneInfo("Europe/London")).replace(tzinfo=None) == datetime(2026, 3, 29, 10, 0)
    assert due == datetime(2026, 3, 29, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("mon-fri 9:00-18:00", "expected"),
        (["mon-fri 18:00-09:00"], "end after it starts"),
        (["fri-mon 09:00-18:00"], "runs forward"),
        (["mon-fri 09:00-18:00", "fri 17:00-20:00"], "overlaps"),
        (["funday 09:00-18:00"], "expected"),
        (["mon 09:00-25:00"], "not a time of day"),
        ([], '"24/7" or a list'),
    ],
)
def test_bad_hours_are_refused_saying_what_is_wrong(value: object, problem: str) -> None:
    with pytest.raises(ScheduleError) as refused:
        parse_hours(value, SHANGHAI)
    assert problem in str(refused.value)


def test_an_unknown_zone_and_a_bad_holiday_are_refused() -> None:
    with pytest.raises(ScheduleError, match="unknown time zone"):
        zone("Mars/Olympus")
    with pytest.raises(ScheduleError, match="not a date"):
        parse_holidays(["2026-02-30"])


GOOD = """
version = 1
[capacity]
chat = 3
[agents.ann]
chat = 6
[teams.en]
name = "English"
members = ["ann"]
languages = ["en"]
timezone = "Europe/London"
hours = { chat = "24/7", email = ["mon-fri 09:00-18:00"] }
holidays = ["2026-12-25"]
[teams.vip]
roles = ["vip_manager"]
vip_tiers = "1-8"
[teams.security]
members = ["sec"]
escalation = true
"""


def test_a_good_policy_matches_teams_in_file_order(tmp_path: Path) -> None:
    path = tmp_path / "teams.toml"
    path.write_text(GOOD)
    policy = load_teams(path)
    assert policy.team_for("chat", "en", 0).code == "en"
    assert policy.team_for("chat", "zh-CN", 0) is None  # no Chinese desk in this file
    assert policy.team_for("email", "zh-CN", 4).code == "vip"
    assert policy.team_for("chat", "en", 0).code != "security"  # escalation teams take no new work
    assert policy.capacity_of("ann", "chat") == 6 and policy.capacity_of("bob", "chat") == 3
    assert policy.capacity_of("bob", "email") == 10  # the built-in default
    assert policy.teams_of("vera", "vip_manager") == ["vip"]
    assert policy.teams["en"].schedule("chat").always and not policy.teams["en"].schedule("email").always


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (('timezone = "Europe/London"', 'timezone = "Europe/Atlantis"'), "[teams.en] timezone"),
        (("chat = 3", "chat = 0"), "[capacity] chat"),
        (("[agents.ann]\nchat = 6", "[agents.ann]\nsms = 6"), "[agents.ann] sms"),
        (('languages = ["en"]', 'languages = ["fr"]'), "[teams.en] languages"),
        (('vip_tiers = "1-8"', 'vip_tiers = "1-9"'), "[teams.vip] vip_tiers"),
        (('email = ["mon-fri 09:00-18:00"]', 'email = ["weekdays"]'), "[teams.en.hours] email"),
        (('holidays = ["2026-12-25"]', 'holidays = ["Christmas"]'), "[teams.en] holidays"),
        (("escalation = true", 'escalation = "yes"'), "[teams.security] escalation"),
        (('members = ["sec"]', 'captain = "sec"'), "[teams.security] captain: unknown key"),
        (("[teams.security]", "[teams.Security]"), "[teams.Security]"),
    ],
)
def test_a_bad_teams_policy_is_refused_naming_the_key(
    tmp_path: Path, change: tuple[str, str], key: str
) -> None:
    path = tmp_path / "teams.toml"
    assert change[0] in GOOD
    path.write_text(GOOD.replace(change[0], change[1], 1))
    with pytest.raises(TeamsPolicyError) as refused:
        load_teams(path)
    assert key in str(refused.value) and str(path) in str(refused.value)


def test_the_server_refuses_to_start_with_a_bad_teams_policy(tmp_path: Path, capsys) -> None:
    path = tmp_path / "teams.toml"
    path.write_text(GOOD.replace("chat = 3", "chat = -1"))
    code = cli.main(["--demo", "--port", "0", "--teams-policy", str(path), "--log-level", "ERROR"])
    assert code == 2
    assert "[capacity] chat" in capsys.readouterr().err


def test_the_policy_is_reloaded_when_it_changes_and_a_broken_edit_is_ignored(tmp_path: Path) -> None:
    path = teams_file(tmp_path, chat=4)
    holder = TeamsPolicyFile(path)
    assert holder.current().capacity_of("ann", "chat") == 4
    temp = path.with_suffix(".tmp")
    temp.write_text(path.read_text().replace("chat = 4", "chat = 9"))
    os.replace(temp, path)
    assert holder.current().capacity_of("ann", "chat") == 9
    path.write_text("[teams.en]\nmembers = []\n")
    assert holder.current().capacity_of("ann", "chat") == 9  # the last good policy stays
