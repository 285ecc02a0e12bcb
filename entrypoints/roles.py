"""Several processes on one PostgreSQL database: roles, shared pacing and the wake-up."""

from __future__ import annotations

from bot.delivery.ratelimit import Limits
from bot.models import ChatKind
from bot.settings import Settings
from storage.postgres import PostgresStorage

PLATFORMS = ("telegram", "discord", "console")


def lanes(settings: Settings) -> dict[str, tuple[float, float]]:
    """Seconds between two sends to one private chat and to one group, per platform."""
    found: dict[str, tuple[float, float]] = {}
    for platform in PLATFORMS:
        limits = Limits.for_platform(platform, settings)
        found[platform] = (limits.interval(ChatKind.PRIVATE), limits.interval(ChatKind.GROUP))
    return found


async def open_postgres(settings: Settings) -> PostgresStorage:
    assert settings.database_url is not None
    return await PostgresStorage.open(settings.database_url.get_secret_value(), lanes(settings))
