"""The chat commands: names, arguments, descriptions, who may use them, shared argument parsing.

Console help, Telegram's command menu and the Discord command tree are all built from
`COMMANDS`; adding a command is one entry here plus a thin handler in each adapter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from bot.errors import BadArgument

DEFAULT_COUNT = 5
MAX_COUNT = 20


class Audience(StrEnum):
    """Who may use a command in a group or channel (in a private chat, the reader may)."""

    EVERYONE = "everyone"
    ADMINS = "admins"


@dataclass(frozen=True, slots=True)
class Command:
    """One chat command as readers see it on every platform."""

    name: str
    arguments: str
    description: str
    audience: Audience = Audience.EVERYONE
    on_discord: bool = True

    @property
    def usage(self) -> str:
        return f"/{self.name} {self.arguments}".strip()

    @property
    def for_admins(self) -> bool:
        return self.audience is Audience.ADMINS


_ADMINS = Audience.ADMINS

COMMANDS: tuple[Command, ...] = (
    Command("start", "", "Welcome and how to subscribe", on_discord=False),
    Command("help", "", "What every command does"),
    Command("latest", "[category] [n]", "The newest articles, or those of a category"),
    Command("quote", "[category or speaker]", "A key quote from the news"),
    Command("search", '<words or "a phrase">', "Articles mentioning every word, newest first"),
    Command("categories", "", "The categories and how many articles each has"),
    Command("subscribe", "<category|all>", "Get new articles of a category here", _ADMINS),
    Command("unsubscribe", "<category|all>", "Stop a subscription", _ADMINS),
    Command("follow", '<word or "a phrase">', "Get every new article that mentions it", _ADMINS),
    Command("unfollow", '<word or "a phrase">', "Stop following a word or phrase", _ADMINS),
    Command("mute", '<word or "a phrase">', "Never get an article that mentions it", _ADMINS),
    Command("unmute", '<word or "a phrase">', "Stop muting a word or phrase", _ADMINS),
    Command(
        "digest",
        "<hourly|daily HH:MM|weekly day HH:MM|off>",
        "One digest at set times instead of a post per article",
        _ADMINS,
    ),
    Command("timezone", "<Area/City>", "The time zone digest times are in (default UTC)", _ADMINS),
    Command(
        "feed",
        "add <url> [category] | remove <url>",
        "Add or remove a feed of this chat's own",
        _ADMINS,
    ),
    Command("feeds", "[export]", "This chat's own feeds, or them as an OPML file"),
    Command("subscriptions", "", "What this chat receives"),
    Command("pause", "", "Hold deliveries to this chat", _ADMINS),
    Command("resume", "", "Restart deliveries, with one digest of what was missed", _ADMINS),
)

BY_NAME = {command.name: command for command in COMMANDS}


def command(name: str) -> Command:
    """The catalogue entry for `name` (KeyError for a command that does not exist)."""
    return BY_NAME[name]


def names(*, discord: bool = False) -> list[str]:
    """Every command's name (only those Discord offers, with `discord=True`)."""
    return [c.name for c in COMMANDS if c.on_discord or not discord]


def help_lines(width: int = 0) -> list[str]:
    """One line per command: its usage, padded to `width`, then what it does."""
    return [f"{c.usage:<{width}} {c.description}".strip() for c in COMMANDS]


@dataclass(frozen=True, slots=True)
class LatestArguments:
    category: str | None
    count: int


_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")


def parse_latest(arguments: str) -> LatestArguments:
    """`[category] [n]`: a trailing whole number (signed) is the count, the rest the category."""
    words = arguments.split()
    count = DEFAULT_COUNT
    if words and _WHOLE_NUMBER.fullmatch(words[-1]):  # ASCII digits only: int() refuses "²"
        count = int(words.pop())
    check_count(count)
    return LatestArguments(" ".join(words) or None, count)


def check_count(count: int) -> None:
    """How many articles a reader may ask for at once."""
    if not 1 <= count <= MAX_COUNT:
        raise BadArgument(f"Ask for between 1 and {MAX_COUNT} articles.")


@dataclass(frozen=True, slots=True)
class FeedArguments:
    action: str  # "add" or "remove"
    url: str
    category: str | None = None


FEED_USAGE = "Use /feed add <url> [category] or /feed remove <url>."


def parse_feed(arguments: str) -> FeedArguments:
    """`add <url> [category]` or `remove <url>`."""
    words = arguments.split()
    if len(words) < 2 or words[0].lower() not in ("add", "remove"):
        raise BadArgument(FEED_USAGE)
    action = words[0].lower()
    category = " ".join(words[2:]) if action == "add" else ""
    return FeedArguments(action, words[1], category or None)
