"""/subscribe, /unsubscribe (a keyboard when given no argument) and /subscriptions."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from adapters.telegram import callbacks, render
from adapters.telegram.common import argument, chat_kind, core_chat, edit_callback_message
from adapters.telegram.permissions import flags_for
from bot import replies
from bot.models import Subscription, SubscriptionKind
from bot.services import NewsService
from bot.settings import ALL

ROW = 2
STOPPABLE = {
    "subscriptions": (
        SubscriptionKind.CATEGORY,
        SubscriptionKind.ALL,
        SubscriptionKind.FOLLOW,
        SubscriptionKind.MUTE,
        SubscriptionKind.FEED,
    ),
    "follows": (SubscriptionKind.FOLLOW,),
    "mutes": (SubscriptionKind.MUTE,),
}
NOTHING_TO_STOP = {
    "subscriptions": "This chat has no subscriptions. Try /subscribe.",
    "follows": "This chat follows nothing. Try /follow <word>.",
    "mutes": "This chat mutes nothing. Try /mute <word>.",
}
TAP_TO_STOP = {
    "subscriptions": "Tap a subscription, follow, mute or feed to stop it:",
    "follows": "Tap a phrase to stop following it:",
    "mutes": "Tap a phrase to stop muting it:",
}


def subscribed_text(subscription: Subscription, created: bool) -> str:
    return render.message(replies.subscribed(subscription, created))


def unsubscribed_text(subscription: Subscription) -> str:
    return render.message(replies.unsubscribed(subscription))


def rows(buttons: Sequence[InlineKeyboardButton]) -> list[list[InlineKeyboardButton]]:
    return [list(buttons[i : i + ROW]) for i in range(0, len(buttons), ROW)]


def category_keyboard(names: Sequence[str]) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(text=name, callback_data=callbacks.subscribe(name)) for name in names
    ]
    everything = InlineKeyboardButton(text="Everything", callback_data=callbacks.subscribe(ALL))
    return InlineKeyboardMarkup(inline_keyboard=[*rows(buttons), [everything]])


def subscription_keyboard(subs: Sequence[Subscription]) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(
            text=sub.describe(), callback_data=callbacks.unsubscribe(sub.kind.value, sub.value)
        )
        for sub in subs
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows(buttons))


async def subscribe(message: Message, command: CommandObject, service: NewsService) -> None:
    wanted = argument(command)
    if wanted:
        sub, created = await service.subscribe(core_chat(message), wanted, chat_kind(message.chat))
        await message.answer(subscribed_text(sub, created))
        return
    names = [name for name, _ in await service.categories()]
    prompt = (
        "Choose what this chat should receive:"
        if names
        else ("There are no categories yet; you can subscribe to everything:")
    )
    await message.answer(render.message(prompt), reply_markup=category_keyboard(names))


async def subscribe_tapped(callback: CallbackQuery, bot: Bot, service: NewsService) -> None:
    if callback.message is None:
        return
    _, _, wanted = callbacks.unpack(callback.data or "", 0)
    if callbacks.is_key(wanted):
        names = [name for name, _ in await service.categories()]
        wanted = callbacks.resolve(wanted, names) or wanted
    chat = callback.message.chat
    sub, created = await service.subscribe(core_chat(callback.message), wanted, chat_kind(chat))
    await edit_callback_message(bot, callback, subscribed_text(sub, created))
    await callback.answer("Subscribed." if created else "Already subscribed.")


async def unsubscribe(message: Message, command: CommandObject, service: NewsService) -> None:
    await stop_one(message, argument(command), service, "subscriptions")


async def stop_one(message: Message, wanted: str, service: NewsService, what: str) -> None:
    """Stop the named subscription, follow or mute, or offer a button for each there is.

    `what`: "subscriptions" (every kind: the /unsubscribe keyboard), "follows" or "mutes".
    """
    chat = core_chat(message)
    if wanted:
        stop = {"follows": service.unfollow, "mutes": service.unmute}
        stopped = await stop.get(what, service.unsubscribe)(chat, wanted)
        await message.answer(unsubscribed_text(stopped))
        return
    offered = [s for s in await service.stoppable(chat) if s.kind in STOPPABLE[what]]
    if not offered:
        await message.answer(render.message(NOTHING_TO_STOP[what]))
        return
    keyboard = subscription_keyboard(offered)
    await message.answer(render.message(TAP_TO_STOP[what]), reply_markup=keyboard)


async def unsubscribe_tapped(callback: CallbackQuery, bot: Bot, service: NewsService) -> None:
    if callback.message is None:
        return
    _, (kind_name,), value = callbacks.unpack(callback.data or "", 1)
    kind = SubscriptionKind(kind_name)
    chat = core_chat(callback.message)
    if callbacks.is_key(value):
        current = [s.value for s in await service.stoppable(chat) if s.kind is kind]
        value = callbacks.resolve(value, current) or value
    if kind is SubscriptionKind.FOLLOW:
        sub = await service.unfollow(chat, value)
    elif kind is SubscriptionKind.MUTE:
        sub = await service.unmute(chat, value)
    elif kind is SubscriptionKind.FEED:
        sub = await service.unsubscribe(chat, f"feed {value}")
    else:
        sub = await service.unsubscribe(chat, ALL if kind is SubscriptionKind.ALL else value)
    await edit_callback_message(bot, callback, unsubscribed_text(sub))
    await callback.answer("Done.")


async def subscriptions(message: Message, service: NewsService) -> None:
    chat = core_chat(message)
    listed = render.subscriptions_text(await service.subscriptions(chat))
    note = replies.digest_note(await service.digest(chat, ""))
    await message.answer(f"{listed}\n{render.message(note)}" if note else listed)


def make_router() -> Router:
    """A fresh router (a router can belong to only one dispatcher)."""
    router = Router(name="subscriptions")
    router.message.register(subscribe, Command("subscribe"), flags=flags_for("subscribe"))
    router.callback_query.register(
        subscribe_tapped, F.data.startswith(callbacks.SUBSCRIBE + "|"), flags=flags_for("subscribe")
    )
    router.message.register(unsubscribe, Command("unsubscribe"), flags=flags_for("unsubscribe"))
    router.callback_query.register(
        unsubscribe_tapped,
        F.data.startswith(callbacks.UNSUBSCRIBE + "|"),
        flags=flags_for("unsubscribe"),
    )
    router.message.register(subscriptions, Command("subscriptions"))
    return router
