"""Fixed texts: the command menu and /help (both from the catalogue) and the welcome."""

from __future__ import annotations

import html

from aiogram.types import BotCommand

from bot import catalogue


def bot_commands() -> list[BotCommand]:
    return [BotCommand(command=c.name, description=c.description) for c in catalogue.COMMANDS]


def help_text() -> str:
    lines = ["<b>What I can do</b>"]
    for command in catalogue.COMMANDS:
        usage, about = html.escape(command.usage, quote=False), command.description
        lines.append(f"{usage} — {html.escape(about, quote=False)}")
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
