"""Channels from settings: sync their subscriptions and check the bot may post there."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from aiogram import Bot
from aiogram.enums import ChatMemberStatus
from aiogram.exceptions import TelegramAPIError
from aiogram.types import ChatMemberAdministrator

from adapters.telegram.common import PLATFORM
from adapters.telegram.messenger import telegram_chat_id
from bot.models import ChatKind, ConfiguredSubscription, SubscriptionKind
from bot.services import NewsService
from bot.settings import ChannelTarget

log = logging.getLogger(__name__)
CHECK_TIMEOUT = 10.0


def channel_id(target: ChannelTarget) -> str:
    """`@name` or a numeric id, as the core stores it."""
    chat = target.chat.strip()
    if chat.lstrip("-").isdigit() or chat.startswith("@"):
        return chat
    return "@" + chat


def wanted_subscriptions(targets: Sequence[ChannelTarget]) -> list[ConfiguredSubscription]:
    wanted: list[ConfiguredSubscription] = []
    for target in targets:
        chat = channel_id(target)
        if not target.categories:
            wanted.append(ConfiguredSubscription(chat, SubscriptionKind.ALL, "", ChatKind.CHANNEL))
        for category in target.categories:
            wanted.append(
                ConfiguredSubscription(chat, SubscriptionKind.CATEGORY, category, ChatKind.CHANNEL)
            )
    return wanted


async def sync_channels(bot: Bot, service: NewsService, targets: Sequence[ChannelTarget]) -> None:
    """Make the configured channel subscriptions exact, then check each channel (never raises)."""
    await service.configure_subscriptions(PLATFORM, wanted_subscriptions(targets))
    chats = list(dict.fromkeys(channel_id(t) for t in targets))
    if chats:
        await asyncio.gather(*(check_channel(bot, service, chat) for chat in chats))


async def check_channel(bot: Bot, service: NewsService, chat: str) -> bool:
    """Whether the bot may post in `chat`; reports (or clears) a problem for `newsbot status`."""
    key = f"{PLATFORM}:{chat}"
    try:
        member = await asyncio.wait_for(
            bot.get_chat_member(telegram_chat_id(chat), bot.id), CHECK_TIMEOUT
        )
    except (TimeoutError, TelegramAPIError) as exc:
        reason = getattr(exc, "message", None) or "no answer from Telegram"
        problem = (
            f"the bot cannot reach the channel {chat} ({reason}); check NEWSBOT_TELEGRAM_CHANNELS "
            "and add the bot to the channel as an administrator with the right to post"
        )
        return await _report(service, key, problem)
    can_post = member.status == ChatMemberStatus.CREATOR or (
        isinstance(member, ChatMemberAdministrator) and bool(member.can_post_messages)
    )
    if not can_post:
        problem = (
            f"the bot is not an administrator with the right to post in {chat}; "
            "add it in the channel's settings → Administrators, with 'Post messages'"
        )
        return await _report(service, key, problem)
    await service.report_problem(key, None)
    log.info("channel %s: the bot can post there", chat)
    return True


async def _report(service: NewsService, key: str, problem: str) -> bool:
    log.error("Telegram %s", problem)
    try:
        await service.report_problem(key, problem)
    except Exception:
        log.exception("could not record the problem with %s", key)
    return False
