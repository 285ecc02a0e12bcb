"""Digest schedules and time zones: what readers may type, and when the next digest runs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.errors import BadArgument
from bot.schedule import Schedule, next_run, parse_schedule, zone


def at(*parts: int) -> float:
    return datetime(*parts, tzinfo=UTC).timestamp()  # type: ignore[misc]


@pytest.mark.parametrize(
    ("typed", "spec"),
    [
        ("hourly", "hourly"),
        ("Daily 8:05", "daily 08:05"),
        ("daily 23:59", "daily 23:59"),
        ("weekly Mon 07:00", "weekly monday 07:00"),
        ("weekly sunday 00:00", "weekly sunday 00:00"),
    ],
)
def test_schedules_readers_type(typed: str, spec: str) -> None:
    found = parse_schedule(typed)
    assert found is not None and found.spec == spec
    assert parse_schedule(found.spec) == found  # the stored form reads back the same


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("", "Say /digest hourly"),
        ("daily", "Say /digest hourly"),
        ("daily 24:00", "is not a time of day"),
        ("daily 8", "is not a time of day"),
        ("weekly 08:00 monday", "is not a time of day"),
        ("weekly mo 08:00", "is not a day of the week"),
        ("weekly t 08:00", "is not a day of the week"),
        ("monthly 08:00", "Say /digest hourly"),
    ],
)
def test_what_is_refused_says_why(typed: str, why: str) -> None:
    with pytest.raises(BadArgument, match=why):
        parse_schedule(typed)


def test_off_means_no_schedule() -> None:
    assert parse_schedule("off") is None and parse_schedule(" OFF ") is None


def test_time_zones_by_iana_name_in_any_case() -> None:
    assert zone("Europe/Berlin").key == "Europe/Berlin"
    assert zone("america/new_york").key == "America/New_York"
    assert zone("UTC").key == "UTC"
    for bad in ("Mars/Olympus", "../etc/passwd", "/etc/localtime", ""):
        with pytest.raises(BadArgument):
            zone(bad)


def test_next_run_hourly_daily_weekly_in_local_time() -> None:
    now = at(2026, 12, 4, 17, 35)  # a Friday
    assert next_run(Schedule("hourly"), "UTC", now) == at(2026, 12, 4, 18, 0)
    assert next_run(Schedule("hourly"), "Asia/Kolkata", now) == at(2026, 12, 4, 18, 30)
    daily = Schedule("daily", 8, 0)
    assert next_run(daily, "Europe/Berlin", now) == at(2026, 12, 5, 7, 0)
    assert next_run(Schedule("daily", 18, 0), "UTC", now) == at(2026, 12, 4, 18, 0)
    friday = Schedule("weekly", 17, 35, weekday=4)
    assert next_run(friday, "UTC", now) == at(2026, 12, 11, 17, 35)  # strictly after now
    monday = Schedule("weekly", 8, 0, weekday=0)
    assert next_run(monday, "America/New_York", now) == at(2026, 12, 7, 13, 0)


def test_daylight_saving_changes_keep_the_local_time() -> None:
    before_spring = at(2026, 3, 28, 12, 0)  # Europe moves clocks forward on 29 March 2026
    daily = Schedule("daily", 8, 0)
    assert next_run(daily, "Europe/Berlin", before_spring) == at(2026, 3, 29, 6, 0)
    skipped = Schedule("daily", 2, 30)  # 02:30 does not exist in Berlin that night
    when = next_run(skipped, "Europe/Berlin", before_spring)
    assert at(2026, 3, 29, 0, 0) < when <= at(2026, 3, 29, 1, 30)
