"""The command catalogue: every adapter handles every command, and parses arguments alike."""

from __future__ import annotations

import html

import pytest
from aiogram.dispatcher.router import Router
from aiogram.filters import Command as TelegramCommand
from discord import app_commands

from adapters.console.handlers import COMMANDS as CONSOLE_COMMANDS
from adapters.console.handlers import HELP, answer
from adapters.discord.client import NewsBot
from adapters.discord.cogs.help import help_text
from adapters.telegram.adapter import build_dispatcher
from adapters.telegram.texts import bot_commands
from adapters.telegram.texts import help_text as telegram_help
from bot import catalogue, replies
from bot.errors import BadArgument
from bot.models import Chat, Subscription, SubscriptionKind
from bot.services import NewsService

RANGE = "Ask for between 1 and 20 articles."


def telegram_handlers(router: Router) -> dict[str, bool]:
    """Each command a Telegram router answers, and whether its handler is for admins only."""
    found: dict[str, bool] = {}
    for handler in router.message.handlers:
        for wrapped in handler.filters or []:
            if isinstance(wrapped.callback, TelegramCommand):
                for name in wrapped.callback.commands:
                    found[str(name)] = bool(handler.flags.get("admin"))
    for child in router.sub_routers:
        found.update(telegram_handlers(child))
    return found


async def discord_tree(service: NewsService) -> dict[str, bool]:
    """Each Discord slash command, and whether it needs Manage Channels."""
    client = NewsBot(service)
    await client.setup_hook()
    return {
        c.name: c.default_permissions is not None and c.default_permissions.manage_channels
        for c in client.tree.get_commands()
        if isinstance(c, app_commands.Command)
    }


def test_the_console_handles_every_command_and_lists_it_in_help() -> None:
    assert sorted(CONSOLE_COMMANDS) == sorted(catalogue.names())
    for command in catalogue.COMMANDS:
        assert command.usage in HELP


def test_telegram_handles_every_command_with_the_catalogue_audience(service: NewsService) -> None:
    handled = telegram_handlers(build_dispatcher(service))
    assert handled == {c.name: c.for_admins for c in catalogue.COMMANDS}
    assert [c.command for c in bot_commands()] == catalogue.names()
    assert all(html.escape(c.usage, quote=False) in telegram_help() for c in catalogue.COMMANDS)


async def test_discord_handles_every_command_with_the_catalogue_audience(
    service: NewsService,
) -> None:
    tree = await discord_tree(service)
    assert tree == {c.name: c.for_admins for c in catalogue.COMMANDS if c.on_discord}
    assert all(f"`/{name}`" in help_text() for name in tree)


@pytest.mark.parametrize(
    ("words", "category", "count"),
    [("", None, 5), ("politics", "politics", 5), ("world news 3", "world news", 3), ("7", None, 7)],
)
def test_latest_arguments(words: str, category: str | None, count: int) -> None:
    assert catalogue.parse_latest(words) == catalogue.LatestArguments(category, count)


@pytest.mark.parametrize("words", ["-5", "politics 0", "99", "+21"])
def test_a_count_out_of_range_is_one_error(words: str) -> None:
    with pytest.raises(BadArgument, match=RANGE):
        catalogue.parse_latest(words)


async def test_the_console_answers_a_bad_count_in_the_shared_words(service: NewsService) -> None:
    assert await answer(service, Chat("console", "c"), "/latest -5") == RANGE


def test_replies_name_the_chat_they_change() -> None:
    politics = Subscription(Chat("x", "1"), SubscriptionKind.CATEGORY, "Politics")
    storm = Subscription(Chat("x", "1"), SubscriptionKind.FOLLOW, "storm")
    assert replies.subscribed(politics, True) == "This chat now receives Politics."
    assert replies.subscribed(politics, False, "<#5>") == "<#5> already receives Politics."
    assert replies.unsubscribed(storm) == "This chat no longer follows “storm”."
    assert replies.followed(storm, True, "<#5>") == "<#5> now follows “storm”."
    assert replies.paused(True, "<#5>").startswith("Paused <#5>:")
    assert replies.resumed(False) == "This chat receives news again; it missed nothing."
