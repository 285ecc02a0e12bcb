"""Fixed texts: the command menu, /help and the welcome."""

from __future__ import annotations

import html

from aiogram.types import BotCommand

COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("start", "", "Welcome and how to subscribe"),
    ("help", "", "What every command does"),
    ("latest", "[category] [n]", "The latest articles"),
    ("quote", "[category or speaker]", "A key quote from the news"),
    ("search", "<words>", "Find articles"),
    ("categories", "", "Categories and how many articles each has"),
    ("subscribe", "[category|all]", "Get new articles here as they arrive"),
    ("unsubscribe", "[category]", "Stop a subscription"),
    ("follow", '<word or "phrase">', "Get every article that mentions it"),
    ("unfollow", "[word or phrase]", "Stop following"),
    ("subscriptions", "", "What this chat receives"),
    ("pause", "", "Pause deliveries to this chat"),
    ("resume", "", "Resume, with a digest of what you missed"),
)


def bot_commands() -> list[BotCommand]:
    return [BotCommand(command=name, description=about) for name, _, about in COMMANDS]


def help_text() -> str:
    lines = ["<b>What I can do</b>"]
    for name, args, about in COMMANDS:
        usage = f"/{name} {args}".strip()
        lines.append(f"{html.escape(usage, quote=False)} — {html.escape(about, quote=False)}")
    lines.append(
        "\nIn groups, anyone can read the news; only administrators can change "
        "subscriptions, follows or pause deliveries."
    )
    return "\n".join(lines)


def welcome_text(name: str) -> str:
    return (
        f"Hi! I am <b>{html.escape(name, quote=False)}</b>. I post the news: for every article "
        "the headline, a short summary and its key quotes.\n\n"
        "• /latest shows the newest articles, /categories lists the topics.\n"
        "• /subscribe picks a category to receive here as articles arrive "
        "(or /subscribe all for everything).\n"
        '• /follow a word or "a phrase" to get every article that mentions it.\n\n'
        "/help lists every command."
    )
