"""All settings in one class: environment variables prefixed NEWSBOT_, or a .env file."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

ALL = "all"


@dataclass(frozen=True, slots=True)
class FeedSource:
    """A feed to poll, with an optional category that overrides the feed's own."""

    url: str
    category: str | None = None


@dataclass(frozen=True, slots=True)
class ChannelTarget:
    """A broadcast channel (`@name` or numeric id) and its categories; empty means all."""

    chat: str
    categories: tuple[str, ...] = ()


def _entries(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;\n]+", text) if part.strip()]


def parse_feeds(value: Any) -> list[FeedSource]:
    """Accept JSON (list of URLs or {url, category} objects, or {url: category}) or plain text.

    Plain text: entries separated by `;`, commas or new lines, each `URL` or `URL|Category`
    (also `URL Category`).
    """
    if value is None or value == "":
        return []
    if isinstance(value, str):
        text = value.strip()
        if text[:1] in "[{":
            return parse_feeds(json.loads(text))
        feeds = []
        for entry in re.split(r"[;,\n]+", text):
            entry = entry.strip()
            if not entry:
                continue
            url, *rest = re.split(r"\s*\|\s*|\s+", entry, maxsplit=1)
            category = rest[0] if rest else ""
            feeds.append(FeedSource(url, category.strip() or None))
        return feeds
    if isinstance(value, dict):
        return [FeedSource(str(url), str(cat) if cat else None) for url, cat in value.items()]
    feeds = []
    for item in value:
        if isinstance(item, FeedSource):
            feeds.append(item)
        elif isinstance(item, str):
            feeds.extend(parse_feeds(item))
        elif isinstance(item, dict):
            feeds.append(FeedSource(str(item["url"]), item.get("category") or None))
        else:
            raise ValueError(f"cannot read feed entry {item!r}")
    return feeds


def _split_cats(text: str) -> tuple[str, ...]:
    cats = tuple(c.strip() for c in re.split(r"[,|]", text) if c.strip())
    return () if any(c.lower() == ALL for c in cats) else cats


def parse_channels(value: Any) -> list[ChannelTarget]:
    """Accept JSON ({chat: categories} or a list) or text like `@news=Politics,World; -100123`."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        text = value.strip()
        if text[:1] in "[{":
            return parse_channels(json.loads(text))
        targets: list[ChannelTarget] = []
        for entry in _entries(text):
            chat, sep, cats = _split_target(entry)
            if not sep and "," in chat:
                targets.extend(ChannelTarget(c.strip()) for c in chat.split(",") if c.strip())
            else:
                targets.append(ChannelTarget(chat.strip(), _split_cats(cats)))
        return targets
    if isinstance(value, dict):
        return [ChannelTarget(str(chat), _cats_of(cats)) for chat, cats in value.items()]
    found: list[ChannelTarget] = []
    for item in value:
        if isinstance(item, ChannelTarget):
            found.append(item)
        elif isinstance(item, str | int):
            found.extend(parse_channels(str(item)))
        elif isinstance(item, dict):
            chat_id = item.get("chat") or item.get("channel") or item.get("id")
            found.append(ChannelTarget(str(chat_id), _cats_of(item.get("categories"))))
        else:
            raise ValueError(f"cannot read channel entry {item!r}")
    return found


def _split_target(entry: str) -> tuple[str, str, str]:
    match = re.match(r"^(.*?)\s*([=:])\s*(.*)$", entry)
    return (match.group(1), match.group(2), match.group(3)) if match else (entry, "", "")


def _cats_of(cats: Any) -> tuple[str, ...]:
    if cats is None:
        return ()
    if isinstance(cats, str):
        return _split_cats(cats)
    return _split_cats(",".join(str(c) for c in cats))


def parse_shards(value: Any) -> str | None:
    """Check `first-last/count` (or `one/count`): the Discord shards this process runs."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    if shard_ids(text) is None:
        raise ValueError(
            "NEWSBOT_DISCORD_SHARDS takes first-last/count, e.g. 0-3/8 (shards 0 to 3 of 8)"
        )
    return text


def shard_ids(text: str) -> tuple[list[int], int] | None:
    """('0-3/8') -> ([0, 1, 2, 3], 8); None when the text is not such a range."""
    span, _, count = text.partition("/")
    first, _, last = span.partition("-")
    numbers = [first, last or first, count]
    if not all(n.strip().isdigit() for n in numbers):
        return None
    low, high, total = (int(n) for n in numbers)
    if not 0 <= low <= high < total:
        return None
    return list(range(low, high + 1)), total


class Settings(BaseSettings):
    """Every setting of the bot; tests build `Settings(...)` directly."""

    model_config = SettingsConfigDict(
        env_prefix="NEWSBOT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    db: Path = Path("newsbot.db")
    # postgresql://user:password@host/db selects PostgreSQL instead of the SQLite file `db`
    database_url: SecretStr | None = None
    log_level: str = "INFO"
    default_category: str = "Uncategorized"
    fetch_timeout: float = 20.0
    max_file_bytes: int = 5_000_000
    workers: int = Field(default=0, ge=0)  # processes that parse and extract; 0: one per core

    # Feeds and inbox
    feeds: Annotated[list[FeedSource], NoDecode] = Field(default_factory=list)
    feed_interval: float = 300.0
    feed_max_items: int = 20
    inbox: Path | None = None
    max_feeds_per_chat: int = Field(default=50, ge=0)
    allow_private_feeds: bool = False  # lets chat-added feeds reach private addresses
    inbox_interval: float = 2.0
    inbox_settle: float = Field(default=2.0, ge=0.0)  # seconds a new file must hold still

    # Delivery
    delivery_poll_interval: float = 1.0
    delivery_max_attempts: int = 6
    delivery_backoff: float = 5.0
    delivery_max_backoff: float = 1800.0
    delivery_concurrency: int = 32
    delivery_lease: float = 30.0  # seconds a claim outlives a worker that stopped answering
    telegram_rate: float = 25.0
    telegram_chat_rate: float = 1.0
    telegram_group_per_minute: float = 20.0
    discord_rate: float = 50.0
    discord_chat_rate: float = 1.0
    console_rate: float = 100.0

    # Telegram
    telegram_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org"
    telegram_channels: Annotated[list[ChannelTarget], NoDecode] = Field(default_factory=list)
    telegram_link_preview: bool = False
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: SecretStr | None = None
    telegram_webhook_host: str = "0.0.0.0"
    telegram_webhook_port: int = 8080
    telegram_webhook_path: str = "/telegram/webhook"

    # Discord
    discord_token: SecretStr | None = None
    discord_guild: int | None = None
    discord_api_url: str = "https://discord.com/api/v10"
    discord_gateway_url: str | None = None
    discord_shards: str | None = None  # e.g. "0-3/8": this process runs shards 0 to 3 of 8

    @field_validator("feeds", mode="before")
    @classmethod
    def _feeds(cls, value: Any) -> list[FeedSource]:
        return parse_feeds(value)

    @field_validator("telegram_channels", mode="before")
    @classmethod
    def _channels(cls, value: Any) -> list[ChannelTarget]:
        return parse_channels(value)

    @field_validator(
        "telegram_token", "discord_token", "telegram_webhook_secret", "database_url", mode="before"
    )
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("discord_shards", mode="before")
    @classmethod
    def _shards(cls, value: Any) -> str | None:
        return parse_shards(value)

    @field_validator("database_url")
    @classmethod
    def _postgres_only(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith(
            ("postgresql://", "postgres://")
        ):
            raise ValueError("NEWSBOT_DATABASE_URL must start with postgresql://")
        return value

    @property
    def telegram_enabled(self) -> bool:
        return self.telegram_token is not None

    @property
    def discord_enabled(self) -> bool:
        return self.discord_token is not None
