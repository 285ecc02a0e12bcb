"""The two ports of the core: where articles live (Storage) and how posts leave (Messenger)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from bot.digests import ScheduledDigest
from bot.models import (
    Article,
    CategoryCount,
    Chat,
    ChatFeed,
    ChatKind,
    ConfiguredSubscription,
    DigestJob,
    DigestSettings,
    FeedState,
    PhraseShare,
    Post,
    QuoteHit,
    SentMark,
    StoreResult,
    Subscription,
    SubscriptionKind,
)
from bot.outcomes import Delivery, Outcome
from bot.query import SearchQuery
from bot.status import Status


class Storage(Protocol):
    """Persistence for articles, subscriptions, the outbox and feed state.

    Every method is one transaction: it either happens completely or not at all.
    """

    async def add_article(self, article: Article, *, broadcast: bool = True) -> StoreResult:
        """Store an article with its quotes; fan it out to matching chats when `broadcast`."""
        ...

    async def add_articles(
        self, batch: Sequence[Article], *, broadcast: bool = True
    ) -> list[StoreResult | Exception]:
        """Store many articles in one transaction, each all-or-nothing on its own."""
        ...

    async def get_article(self, article_id: int) -> Article | None:
        """One whole article: body, quotes and stored key quotes."""
        ...

    async def get_articles(self, ids: Sequence[int]) -> list[Article]:
        """Articles as posts show them, oldest first; like every list read (`latest`,
        `search`), an article with stored key quotes comes without body and quotes."""
        ...

    async def known(self, identity: str, url: str | None = None) -> bool:
        """Whether an article with this identity (or this source URL) is stored."""
        ...

    async def latest(
        self, category: str | None = None, limit: int = 5, before_id: int | None = None
    ) -> list[Article]: ...

    async def quote(
        self,
        category: str | None = None,
        speaker: str | None = None,
        article_id: int | None = None,
    ) -> QuoteHit | None: ...

    async def search(
        self, query: SearchQuery, limit: int = 5, before_id: int | None = None
    ) -> list[Article]:
        """Newest first among articles whose headline, body or quotes hold every term."""
        ...

    async def categories(self) -> list[CategoryCount]:
        """Category names with their article counts."""
        ...

    async def add_subscription(
        self, chat: Chat, kind: SubscriptionKind, value: str, chat_kind: ChatKind
    ) -> bool:
        """Add (or reactivate) a subscription; False if it was already active."""
        ...

    async def remove_subscription(self, chat: Chat, kind: SubscriptionKind, value: str) -> bool: ...

    async def subscriptions(self, chat: Chat) -> list[Subscription]: ...

    async def sync_config_subscriptions(
        self, platform: str, wanted: Sequence[ConfiguredSubscription]
    ) -> None:
        """Make the settings-defined subscriptions of a platform exactly `wanted`."""
        ...

    async def add_mute(self, chat: Chat, phrase: str, chat_kind: ChatKind) -> bool:
        """Mute a normalised phrase for a chat; False if it was muted already."""
        ...

    async def remove_mute(self, chat: Chat, phrase: str) -> bool: ...

    async def mutes(self, chat: Chat) -> list[str]:
        """A chat's muted phrases, sorted."""
        ...

    async def phrase_share(self, phrase: str, newest: int) -> PhraseShare:
        """How many of the `newest` newest articles mention a normalised phrase."""
        ...

    async def set_digest(
        self, chat: Chat, schedule: str | None, chat_kind: ChatKind, now: float
    ) -> DigestSettings:
        """Put a chat on a digest schedule (a Schedule spec) or off it (None)."""
        ...

    async def set_timezone(
        self, chat: Chat, timezone: str, chat_kind: ChatKind, now: float
    ) -> DigestSettings: ...

    async def digest_settings(self, chat: Chat) -> DigestSettings: ...

    async def take_digests(self, platform: str, now: float) -> int:
        """Bundle the pending deliveries of every chat whose digest is due into one digest."""
        ...

    async def due_digests(self, platform: str, now: float, limit: int) -> list[DigestJob]:
        """Digests waiting to go out, for unpaused chats."""
        ...

    async def digest_progress(self, digest_id: int, parts_sent: int, *, done: bool) -> None:
        """Record how many parts of a digest went out (all of them, when `done`)."""
        ...

    async def digest_retry(
        self, digest_id: int, next_attempt: float, error: str, *, failed: bool = False
    ) -> None:
        """Try a digest's remaining parts later, or give it up (`failed`)."""
        ...

    async def set_paused(self, chat: Chat, paused: bool, chat_kind: ChatKind | None = None) -> bool:
        """Pause or resume a chat; False if it was already in that state."""
        ...

    async def is_paused(self, chat: Chat) -> bool: ...

    async def take_missed(self, chat: Chat) -> list[int]:
        """Mark a chat's pending deliveries skipped; return their article ids, oldest first."""
        ...

    async def due_deliveries(
        self, platform: str, now: float, limit: int, exclude: Sequence[str] = ()
    ) -> list[Delivery]:
        """Pending deliveries whose time has come, for unpaused chats not in `exclude`."""
        ...

    async def mark_sent(self, sent: Sequence[SentMark]) -> None:
        """Record deliveries as sent."""
        ...

    async def mark_retry(
        self, delivery_id: int, next_attempt: float, error: str, *, count_attempt: bool = True
    ) -> None: ...

    async def mark_failed(self, delivery_id: int, error: str) -> None: ...

    async def deactivate_chat(self, chat: Chat, reason: str) -> int:
        """Deactivate a chat's subscriptions, skip its pending deliveries; return the count.

        A chat without a thread stands for all of it (its topics too); a thread only for itself.
        """
        ...

    async def migrate_chat(self, chat: Chat, new_chat_id: str) -> None:
        """Move a chat's subscriptions and pending deliveries to its new id."""
        ...

    async def add_chat_feed(self, chat: Chat, feed: ChatFeed, chat_kind: ChatKind | None) -> bool:
        """Add a feed to a chat's own feeds; False if the chat already had it."""
        ...

    async def remove_chat_feed(self, chat: Chat, url: str) -> bool: ...

    async def chat_feeds(self, chat: Chat) -> list[ChatFeed]:
        """A chat's own feeds, in the order it added them."""
        ...

    async def polled_chat_feeds(self) -> list[ChatFeed]:
        """Every distinct chat-added feed once, as first added (its category and title)."""
        ...

    async def feed_state(self, url: str) -> FeedState | None: ...

    async def save_feed_state(self, url: str, **fields: object) -> None: ...

    async def report_problem(self, key: str, message: str | None) -> None:
        """Record (or with None clear) a standing problem shown by `newsbot status`."""
        ...

    async def status(self) -> Status: ...

    async def close(self) -> None: ...


class Messenger(Protocol):
    """One chat platform as seen by the delivery worker."""

    @property
    def platform(self) -> str: ...

    async def send_post(self, chat_id: str, post: Post, thread: str | None = None) -> Outcome:
        """Send one post to a chat (into `thread`, a forum topic, when given)."""
        ...

    def digest_parts(self, digest: ScheduledDigest) -> list[str]:
        """A scheduled digest rendered as messages within the platform's limits, in order."""
        ...

    async def send_text(self, chat_id: str, text: str, thread: str | None = None) -> Outcome:
        """Send one already rendered message (a digest part)."""
        ...


class ChatAdapter(Protocol):
    """A chat platform wired to the core: answers commands and provides a Messenger.

    Built by a factory `create(settings, service, stop) -> ChatAdapter`; `stop` is an
    asyncio.Event the adapter may set to end the whole bot (the console does at end of input).
    """

    @property
    def platform(self) -> str: ...

    @property
    def messenger(self) -> Messenger: ...

    async def start(self) -> None:
        """Connect and begin answering commands; returns once ready."""
        ...

    async def stop(self) -> None:
        """Stop answering commands and close every connection."""
        ...
