"""Small helpers every router shares: core chat ids, chat kinds, arguments, admin checks."""

from __future__ import annotations

import contextlib
import logging

from aiogram import Bot
from aiogram.enums import ChatMemberStatus, ChatType
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest
from aiogram.filters import CommandObject
from aiogram.types import CallbackQuery, InaccessibleMessage, InlineKeyboardMarkup, Message
from aiogram.types import Chat as TgChat
from aiogram.types import User as TgUser

from bot.errors import NotAllowed
from bot.models import Chat, ChatKind

PLATFORM = "telegram"
ADMIN_STATUSES = {ChatMemberStatus.CREATOR, ChatMemberStatus.ADMINISTRATOR}
REFUSAL = (
    "Sorry, only the group's administrators can change subscriptions, follows "
    "or pause deliveries here."
)
log = logging.getLogger(__name__)


def core_chat(message: Message | InaccessibleMessage) -> Chat:
    """The one place a command's chat is built: a forum topic is a chat of its own.

    A message in the General topic (or any non-forum chat) names the chat itself.
    """
    in_topic = isinstance(message, Message) and message.is_topic_message
    topic = message.message_thread_id if isinstance(message, Message) and in_topic else None
    return Chat(PLATFORM, str(message.chat.id), str(topic) if topic else None)


def whole_chat(chat: TgChat) -> Chat:
    """A chat as a whole, for what happens to all of it (the bot removed, a migration)."""
    return Chat(PLATFORM, str(chat.id))


def chat_kind(chat: TgChat) -> ChatKind:
    if chat.type == ChatType.PRIVATE:
        return ChatKind.PRIVATE
    if chat.type == ChatType.CHANNEL:
        return ChatKind.CHANNEL
    return ChatKind.GROUP


def argument(command: CommandObject | None) -> str:
    return (command.args or "").strip() if command else ""


async def require_admin(
    bot: Bot, chat: TgChat, user: TgUser | None, sender_chat: TgChat | None = None
) -> None:
    """Private chats manage themselves; in groups only administrators may change things."""
    if chat.type == ChatType.PRIVATE:
        return
    if sender_chat is not None and sender_chat.id == chat.id:
        return  # an anonymous administrator speaks as the group itself
    if sender_chat is not None or user is None:
        raise NotAllowed(REFUSAL)
    try:
        member = await bot.get_chat_member(chat.id, user.id)
    except TelegramAPIError as exc:
        log.warning("cannot check admin rights in %s: %s", chat.id, exc.message)
        raise NotAllowed(
            "I could not check whether you are an administrator here; please try again."
        ) from exc
    if member.status not in ADMIN_STATUSES:
        raise NotAllowed(REFUSAL)


async def edit_callback_message(
    bot: Bot, callback: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Replace the text (and buttons) of the message a button belongs to."""
    message = callback.message
    if message is None:
        return
    with contextlib.suppress(TelegramBadRequest):  # "message is not modified" and the like
        await bot.edit_message_text(
            text=text, chat_id=message.chat.id, message_id=message.message_id, reply_markup=markup
        )


async def drop_buttons(bot: Bot, callback: CallbackQuery) -> None:
    message = callback.message
    if message is None:
        return
    with contextlib.suppress(TelegramBadRequest):
        await bot.edit_message_reply_markup(
            chat_id=message.chat.id, message_id=message.message_id, reply_markup=None
        )
