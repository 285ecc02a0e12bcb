"""Chat lifecycle events: a group that became a supergroup, the bot removed or blocked."""

from __future__ import annotations

import logging

from aiogram import F, Router
from aiogram.types import ChatMemberUpdated, Message

from adapters.telegram.common import whole_chat
from bot.services import NewsService

log = logging.getLogger(__name__)
GONE_STATUSES = {"kicked": "the bot was removed or blocked", "left": "the bot left the chat"}


async def migrated(message: Message, service: NewsService) -> None:
    new_id = str(message.migrate_to_chat_id)
    await service.chat_moved(whole_chat(message.chat), new_id)
    log.info("Telegram chat %s became supergroup %s; subscriptions moved", message.chat.id, new_id)


async def membership(update: ChatMemberUpdated, service: NewsService) -> None:
    reason = GONE_STATUSES.get(update.new_chat_member.status)
    if reason is None:
        return
    count = await service.chat_gone(whole_chat(update.chat), reason)
    log.info("Telegram chat %s: %s; %d subscriptions deactivated", update.chat.id, reason, count)


def make_router() -> Router:
    """A fresh router (a router can belong to only one dispatcher)."""
    router = Router(name="membership")
    router.message.register(migrated, F.migrate_to_chat_id)
    router.my_chat_member.register(membership)
    return router
