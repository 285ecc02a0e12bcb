"""Digest schedules and time zones: parsing what readers type and finding the next run."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.errors import BadArgument

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DEFAULT_TIMEZONE = "UTC"
USAGE = "Say /digest hourly, /digest daily 08:00, /digest weekly monday 08:00 or /digest off."
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True, slots=True)
class Schedule:
    """When a chat gets its digest: every hour, every day or one day a week, at a local time."""

    every: str  # "hourly", "daily" or "weekly"
    hour: int = 0
    minute: int = 0
    weekday: int | None = None  # 0 is Monday

    @property
    def spec(self) -> str:
        """The stored (and shown) form: `hourly`, `daily 08:00`, `weekly monday 08:00`."""
        if self.every == "hourly":
            return "hourly"
        clock = f"{self.hour:02d}:{self.minute:02d}"
        day = f" {DAYS[self.weekday]}" if self.weekday is not None else ""
        return f"{self.every}{day} {clock}"


def parse_schedule(text: str) -> Schedule | None:
    """`hourly`, `daily HH:MM`, `weekly <day> HH:MM` or `off` (None); BadArgument otherwise."""
    words = text.lower().split()
    if words in (["off"], ["none"], ["stop"]):
        return None
    if words == ["hourly"]:
        return Schedule("hourly")
    if len(words) == 2 and words[0] == "daily":
        return Schedule("daily", *_clock(words[1]))
    if len(words) == 3 and words[0] == "weekly":
        return Schedule("weekly", *_clock(words[2]), weekday=_weekday(words[1]))
    raise BadArgument(USAGE)


def _clock(word: str) -> tuple[int, int]:
    found = _CLOCK.match(word)
    if found is None:
        raise BadArgument(f"“{word}” is not a time of day; write it as HH:MM, e.g. 08:00.")
    return int(found[1]), int(found[2])


def _weekday(word: str) -> int:
    matches = [i for i, day in enumerate(DAYS) if len(word) >= 3 and day.startswith(word)]
    if len(matches) != 1:
        raise BadArgument(f"“{word}” is not a day of the week; say monday, tue, …")
    return matches[0]


def zone(name: str) -> ZoneInfo:
    """The IANA time zone called `name` (e.g. Europe/Berlin); BadArgument if there is none."""
    cleaned = name.strip()
    if not cleaned or cleaned.startswith(("/", ".")) or ".." in cleaned:
        raise BadArgument("Name a time zone like Europe/Berlin or America/New_York.")
    try:
        return ZoneInfo(_known_names().get(cleaned.casefold(), cleaned))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise BadArgument(
            f"I don't know the time zone “{cleaned}”; use an IANA name like Europe/Berlin."
        ) from exc


@lru_cache(maxsize=1)
def _known_names() -> dict[str, str]:
    """Every IANA name by its case-folded spelling, so europe/berlin is Europe/Berlin."""
    return {name.casefold(): name for name in available_timezones()}


def next_run(schedule: Schedule, timezone: str, after: float) -> float:
    """The first run strictly after `after` (a Unix time), in the chat's local time."""
    tz = zone(timezone)
    now = datetime.fromtimestamp(after, UTC).astimezone(tz)
    if schedule.every == "hourly":
        top = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        return top.timestamp()
    local = now.replace(hour=schedule.hour, minute=schedule.minute, second=0, microsecond=0)
    step = timedelta(days=1)
    for _ in range(8):
        on_day = schedule.weekday is None or local.weekday() == schedule.weekday
        if on_day and local.timestamp() > after:
            return _existing(local, tz).timestamp()
        local = (local.replace(tzinfo=None) + step).replace(tzinfo=tz)
    raise AssertionError("a weekly schedule always runs within eight days")


def _existing(local: datetime, tz: ZoneInfo) -> datetime:
    """A wall-clock time skipped by a daylight-saving jump runs an hour later instead."""
    round_trip = local.astimezone(UTC).astimezone(tz)
    return round_trip if round_trip.replace(tzinfo=None) != local.replace(tzinfo=None) else local
