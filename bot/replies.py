"""What the bot answers to a command that changes a chat, worded once for every platform.

`where` names the chat: "this chat" on Telegram and in the console, a channel mention on
Discord, where a command may change another channel.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bot.models import ChatFeed, DigestSettings, Subscription, SubscriptionKind
from bot.schedule import USAGE, zone

if TYPE_CHECKING:
    from bot.chatfeeds import AddedFeed, ImportReport

THIS_CHAT = "this chat"
NO_CATEGORIES = "No categories yet: nothing has been ingested."


def _capital(where: str) -> str:
    return where[:1].upper() + where[1:]


def subscribed(subscription: Subscription, created: bool, where: str = THIS_CHAT) -> str:
    verb = "now receives" if created else "already receives"
    return f"{_capital(where)} {verb} {subscription.describe()}."


def unsubscribed(subscription: Subscription, where: str = THIS_CHAT) -> str:
    if subscription.kind is SubscriptionKind.FOLLOW:
        return unfollowed(subscription, where)
    if subscription.kind is SubscriptionKind.MUTE:
        return unmuted(subscription, where)
    if subscription.kind is SubscriptionKind.FEED:
        return feed_removed(subscription.value, where)
    return f"{_capital(where)} no longer receives {subscription.describe()}."


def followed(subscription: Subscription, created: bool, where: str = THIS_CHAT) -> str:
    verb = "now follows" if created else "already follows"
    return f"{_capital(where)} {verb} “{subscription.value}”."


def unfollowed(subscription: Subscription, where: str = THIS_CHAT) -> str:
    return f"{_capital(where)} no longer follows “{subscription.value}”."


def muted(subscription: Subscription, created: bool, where: str = THIS_CHAT) -> str:
    verb = "now mutes" if created else "already mutes"
    return f"{_capital(where)} {verb} “{subscription.value}”: no article mentioning it arrives."


def unmuted(subscription: Subscription, where: str = THIS_CHAT) -> str:
    return f"{_capital(where)} no longer mutes “{subscription.value}”."


def digest(settings: DigestSettings, where: str = THIS_CHAT) -> str:
    """What a chat's digest schedule now is, and when the next one comes."""
    if settings.schedule is None or settings.due is None:
        return f"{_capital(where)} gets each article as it arrives (no digest). {USAGE}"
    local = datetime.fromtimestamp(settings.due, UTC).astimezone(zone(settings.timezone))
    when = local.strftime("%a %d %b at %H:%M")
    return (
        f"{_capital(where)} gets a digest {settings.schedule} ({settings.timezone}) instead of "
        f"one post per article; the next is on {when}."
    )


def digest_note(settings: DigestSettings) -> str | None:
    """The line /subscriptions adds for a chat on a digest schedule (None for single posts)."""
    if settings.schedule is None:
        return None
    return f"Digest: {settings.schedule} ({settings.timezone}), instead of one post per article."


def timezone(settings: DigestSettings, where: str = THIS_CHAT) -> str:
    said = f"Times for {where} are in {settings.timezone}."
    if settings.schedule is None or settings.due is None:
        return said
    return f"{said} {digest(settings, where)}"


def paused(changed: bool, where: str = THIS_CHAT) -> str:
    if changed:
        return f"Paused {where}: nothing will be sent until /resume, which brings a digest."
    return f"{_capital(where)} is already paused; /resume starts it again."


def resumed(missed_anything: bool, where: str = THIS_CHAT) -> str:
    if missed_anything:
        return f"{_capital(where)} receives news again."
    return f"{_capital(where)} receives news again; it missed nothing."


def say_which_category(known: list[str]) -> str:
    names = ", ".join(known) or "none yet"
    return f"Say which: /subscribe <category> or /subscribe all. Known: {names}."


PLAIN_TEXT_HINT = "Commands start with /. Try /help to see them all."


def unknown_command(word: str) -> str:
    return f"I don't know {word}. /help lists what I can do."


def feed_added(added: AddedFeed, where: str = THIS_CHAT) -> str:
    name = added.feed.title or added.feed.url
    if not added.created:
        return f"{_capital(where)} already has the feed {name}."
    items = "1 item" if added.items == 1 else f"{added.items} items"
    return f"Added {name} ({items} now) to {where}; its new items will be sent here."


def feed_removed(url: str, where: str = THIS_CHAT) -> str:
    return f"{_capital(where)} no longer receives the feed {url}."


def feed_lines(feeds: list[ChatFeed], where: str = THIS_CHAT) -> str:
    if not feeds:
        return f"{_capital(where)} has no feeds of its own. Add one: /feed add <url> [category]"
    lines = [f"{_capital(where)}'s own feeds ({len(feeds)}):"]
    for feed in feeds:
        category = f" [{feed.category}]" if feed.category else ""
        title = f"{feed.title} — " if feed.title else ""
        lines.append(f"• {title}{feed.url}{category}")
    return "\n".join(lines)


def imported(report: ImportReport) -> str:
    lines = [
        f"Imported: {len(report.added)} added, {len(report.present)} already present,"
        f" {len(report.failed)} failed."
    ]
    lines += [f"• {url}: {reason}" for url, reason in report.failed]
    return "\n".join(lines)
