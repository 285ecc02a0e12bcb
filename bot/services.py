"""The bot's use cases: each async method is one thing a reader or the operator asks for."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence

from bot import filters
from bot.catalogue import check_count
from bot.chatfeeds import ChatFeeds
from bot.errors import BadArgument, NotFound, UnknownCategory
from bot.models import (
    Article,
    CategoryCount,
    Chat,
    ChatKind,
    ConfiguredSubscription,
    Digest,
    DigestSettings,
    IngestResult,
    Post,
    QuoteHit,
    Subscription,
    SubscriptionKind,
)
from bot.ports import Storage
from bot.query import follow_phrase, parse_search
from bot.schedule import parse_schedule, zone
from bot.settings import ALL, Settings
from bot.status import Status, topic_problem_key

DIGEST_ITEMS = 10
_FEED = re.compile(r"^feed\s+(\S+)$", re.IGNORECASE)
_LABELLED = re.compile(r'^(follow|mute)\s+["“](.+)["”]$', re.IGNORECASE)


class NewsService:
    """Platform-neutral services over a Storage; adapters call these and render the results."""

    def __init__(
        self, storage: Storage, *, max_quotes: int = 3, feeds: ChatFeeds | None = None
    ) -> None:
        self.storage = storage
        self.max_quotes = max_quotes
        self.feeds = feeds or ChatFeeds(storage, Settings.model_construct())

    def post(self, article: Article) -> Post:
        return Post.from_article(article, self.max_quotes)

    # --- articles -----------------------------------------------------------------------

    async def ingest(self, article: Article, *, broadcast: bool = True) -> IngestResult:
        stored = await self.storage.add_article(article, broadcast=broadcast)
        return IngestResult(
            source=article.source or article.identity,
            status="new" if stored.new else "duplicate",
            article_id=stored.article_id,
            headline=article.headline,
            fanned_out=stored.fanned_out,
        )

    async def latest(
        self, category: str | None = None, limit: int = 5, before_id: int | None = None
    ) -> list[Post]:
        check_count(limit)
        _check_id(before_id)
        name = await self.category_name(category) if category else None
        found = await self.storage.latest(name, limit, before_id)
        if not found:
            raise NotFound(_empty("articles", name, before_id))
        return [self.post(a) for a in found]

    async def quote(
        self,
        category: str | None = None,
        speaker: str | None = None,
        article_id: int | None = None,
    ) -> QuoteHit:
        _check_id(article_id)
        name = await self.category_name(category) if category else None
        return await self._quote(name, _unquoted(speaker) or None, article_id)

    async def _quote(
        self, name: str | None, speaker: str | None, article_id: int | None = None
    ) -> QuoteHit:
        """A quote for an already-checked category name."""
        hit = await self.storage.quote(name, speaker, article_id)
        if hit is None:
            who = f" by {speaker}" if speaker else ""
            where = f" in {name}" if name else ""
            raise NotFound(f"I have no quotes{who}{where} yet.")
        return hit

    async def quote_for(self, argument: str | None) -> QuoteHit:
        """`/quote X`: X is a category when one has that name, otherwise a speaker."""
        text = _unquoted(argument)
        if not text:
            return await self._quote(None, None)
        name = await self._find_category(text)
        return await self._quote(name, None) if name else await self._quote(None, text)

    async def search(self, query: str, limit: int = 5, before_id: int | None = None) -> list[Post]:
        check_count(limit)
        _check_id(before_id)
        found = await self.storage.search(parse_search(query), limit, before_id)
        if not found:
            more = "more " if before_id else ""
            raise NotFound(f"No {more}articles match “{query.strip()}”.")
        return [self.post(a) for a in found]

    async def categories(self) -> list[CategoryCount]:
        return await self.storage.categories()

    async def category_name(self, category: str) -> str:
        """The stored spelling of a category, or UnknownCategory listing the known ones."""
        found = await self._find_category(category)
        if found is None:
            raise UnknownCategory(category.strip(), [n for n, _ in await self.categories()])
        return found

    async def _find_category(self, category: str) -> str | None:
        wanted = category.strip().lstrip("#").casefold()
        for name, _ in await self.storage.categories():
            if name.casefold() == wanted:
                return name
        return None

    # --- subscriptions ----------------------------------------------------------------------

    async def subscribe(
        self, chat: Chat, category: str, chat_kind: ChatKind = ChatKind.PRIVATE
    ) -> tuple[Subscription, bool]:
        """Subscribe a chat to a category (or `all`); returns it and whether it is new."""
        kind, value = await self._subscription_key(category)
        created = await self.storage.add_subscription(chat, kind, value, chat_kind)
        if created and chat.thread:  # a reopened topic subscribes again: its trouble is over
            await self.storage.report_problem(
                topic_problem_key(chat.platform, chat.chat_id, chat.thread), None
            )
        return Subscription(chat, kind, value), created

    async def unsubscribe(self, chat: Chat, category: str) -> Subscription:
        """Stop a category (or `all`); also a follow or mute named as listed: `follow "x"`."""
        labelled = _LABELLED.match(category.strip())
        if labelled and labelled[1].lower() == "follow":
            return await self.unfollow(chat, labelled[2])
        if labelled and labelled[1].lower() == "mute":
            return await self.unmute(chat, labelled[2])
        own_feed = _FEED.match(category.strip())
        if own_feed:
            url = await self.feeds.remove(chat, own_feed[1])
            return Subscription(chat, SubscriptionKind.FEED, url)
        kind, value = await self._subscription_key(category, must_exist=False)
        if not await self.storage.remove_subscription(chat, kind, value):
            what = Subscription(chat, kind, value).describe()
            raise NotFound(f"This chat is not subscribed to {what}.")
        return Subscription(chat, kind, value)

    async def follow(
        self, chat: Chat, text: str, chat_kind: ChatKind = ChatKind.PRIVATE
    ) -> tuple[Subscription, bool]:
        value = follow_phrase(text)
        filters.check_not_stop_words(value)
        share = await self.storage.phrase_share(value, filters.RECENT_ARTICLES)
        filters.check_not_too_broad(value, share)
        created = await self.storage.add_subscription(
            chat, SubscriptionKind.FOLLOW, value, chat_kind
        )
        return Subscription(chat, SubscriptionKind.FOLLOW, value), created

    async def unfollow(self, chat: Chat, text: str) -> Subscription:
        value = follow_phrase(text)
        if not await self.storage.remove_subscription(chat, SubscriptionKind.FOLLOW, value):
            raise NotFound(f'This chat does not follow "{value}".')
        return Subscription(chat, SubscriptionKind.FOLLOW, value)

    async def stoppable(self, chat: Chat) -> list[Subscription]:
        """What /unsubscribe can stop: subscriptions, follows, mutes and the chat's own feeds."""
        own = [
            Subscription(chat, SubscriptionKind.FEED, f.url) for f in await self.feeds.list(chat)
        ]
        return [*await self.subscriptions(chat), *own]

    async def subscriptions(self, chat: Chat) -> list[Subscription]:
        """A chat's subscriptions and follows, then its mutes."""
        mutes = [
            Subscription(chat, SubscriptionKind.MUTE, phrase)
            for phrase in await self.storage.mutes(chat)
        ]
        return [*await self.storage.subscriptions(chat), *mutes]

    async def mute(
        self, chat: Chat, text: str, chat_kind: ChatKind = ChatKind.PRIVATE
    ) -> tuple[Subscription, bool]:
        """Mute a word or phrase: no article mentioning it reaches this chat any more."""
        value = follow_phrase(text, verb="mute")
        created = await self.storage.add_mute(chat, value, chat_kind)
        return Subscription(chat, SubscriptionKind.MUTE, value), created

    async def unmute(self, chat: Chat, text: str) -> Subscription:
        value = follow_phrase(text, verb="unmute")
        if not await self.storage.remove_mute(chat, value):
            raise NotFound(f"This chat has not muted “{value}”.")
        return Subscription(chat, SubscriptionKind.MUTE, value)

    async def _subscription_key(
        self, category: str, *, must_exist: bool = True
    ) -> tuple[SubscriptionKind, str]:
        text = category.strip()
        if not text:
            raise BadArgument("Name a category, or all for everything.")
        if text.casefold() == ALL:
            return SubscriptionKind.ALL, ""
        if must_exist:
            return SubscriptionKind.CATEGORY, await self.category_name(text)
        return SubscriptionKind.CATEGORY, await self._find_category(text) or text

    # --- digests -------------------------------------------------------------------------

    async def digest(
        self, chat: Chat, text: str, chat_kind: ChatKind = ChatKind.PRIVATE
    ) -> DigestSettings:
        """`/digest hourly|daily HH:MM|weekly <day> HH:MM|off`; with no text, the current one."""
        if not text.strip():
            return await self.storage.digest_settings(chat)
        schedule = parse_schedule(text)
        spec = schedule.spec if schedule else None
        return await self.storage.set_digest(chat, spec, chat_kind, time.time())

    async def timezone(
        self, chat: Chat, name: str, chat_kind: ChatKind = ChatKind.PRIVATE
    ) -> DigestSettings:
        """`/timezone Area/City`: digest times are read in it; with no name, the current one."""
        if not name.strip():
            return await self.storage.digest_settings(chat)
        found = zone(name)
        return await self.storage.set_timezone(chat, found.key, chat_kind, time.time())

    # --- pause and resume -------------------------------------------------------------------

    async def pause(self, chat: Chat, chat_kind: ChatKind | None = None) -> bool:
        """Pause deliveries to a chat; False if it was already paused."""
        return await self.storage.set_paused(chat, True, chat_kind)

    async def resume(self, chat: Chat) -> Digest | None:
        """Resume a chat and hand back one digest of what it missed (None if nothing)."""
        await self.storage.set_paused(chat, False)
        missed = await self.storage.take_missed(chat)
        if not missed:
            return None
        newest = list(reversed(missed))[:DIGEST_ITEMS]
        articles = await self.storage.get_articles(newest)
        posts = sorted((self.post(a) for a in articles), key=lambda p: -p.article_id)
        return Digest(tuple(posts), len(missed))

    async def chat_moved(self, chat: Chat, new_chat_id: str) -> None:
        """The platform moved a chat (a group became a supergroup): its subscriptions follow."""
        await self.storage.migrate_chat(chat, new_chat_id)

    async def chat_gone(self, chat: Chat, reason: str) -> int:
        """The bot was removed or blocked: deactivate the chat's subscriptions, say why."""
        return await self.storage.deactivate_chat(chat, reason)

    async def is_paused(self, chat: Chat) -> bool:
        return await self.storage.is_paused(chat)

    async def status(self) -> Status:
        return await self.storage.status()

    async def configure_subscriptions(
        self, platform: str, wanted: Sequence[ConfiguredSubscription]
    ) -> None:
        """Make the settings-defined subscriptions of a platform exactly `wanted`."""
        await self.storage.sync_config_subscriptions(platform, wanted)

    async def report_problem(self, key: str, message: str | None) -> None:
        """Record (or with None clear) a standing problem that `newsbot status` shows."""
        await self.storage.report_problem(key, message)


def _check_id(article_id: int | None) -> None:
    """An article id from a button or a link must fit SQLite's integers."""
    if article_id is not None and not 0 <= article_id < 2**63:
        raise BadArgument("That article reference is not valid.")


def _unquoted(text: str | None) -> str:
    """A name as typed, without the quotation marks around it (`"Joe Biden"` is Joe Biden)."""
    return (text or "").strip().strip('"“”').strip()


def _empty(what: str, category: str | None, before_id: int | None) -> str:
    more = "older " if before_id else ""
    where = f" in {category}" if category else ""
    return f"There are no {more}{what}{where} yet." if not more else f"No {more}{what}{where}."
