"""Plain dataclasses the whole bot speaks in: articles, quotes, posts, chats, outcomes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote and the person who said it (None when the article does not say)."""

    text: str
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class KeyQuote(Quote):
    """A quote as a post shows it; `partial` when it starts mid-sentence (text starts with "…")."""

    partial: bool = False


@dataclass(frozen=True, slots=True)
class Draft:
    """An article as parsed from its source, before summary and quotes are extracted."""

    category: str
    headline: str
    paragraphs: tuple[str, ...]
    related: tuple[str, ...] = ()
    url: str | None = None
    published: datetime | None = None
    identity: str | None = None
    source: str | None = None
    outlet: str | None = None
    image: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed article with its summary and ranked quotes, ready to store.

    `key_quotes` are the quotes its post shows, chosen once at ingest (None: not chosen yet,
    as for rows stored before they were kept). List reads hand back articles without their
    body (`paragraphs` and `quotes` empty) whenever `key_quotes` is known.
    """

    identity: str
    category: str
    headline: str
    paragraphs: tuple[str, ...]
    summary: str
    quotes: tuple[Quote, ...] = ()
    related: tuple[str, ...] = ()
    url: str | None = None
    published: datetime | None = None
    source: str | None = None
    id: int | None = None
    outlet: str | None = None
    image: str | None = None
    key_quotes: tuple[KeyQuote, ...] | None = None
    private_feed: str | None = None  # a chat-added feed's URL: only its chats may see it
    from_feed: str | None = None  # the polled feed it came from: chats that added it get it

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def texts(self) -> list[str]:
        """What search and follows look at: the headline, the body and the quotes."""
        return [self.headline, self.body, *(q.text for q in self.quotes)]


@dataclass(frozen=True, slots=True)
class Post:
    """What a chat shows for one article; each adapter renders it its own way."""

    article_id: int
    headline: str
    summary: str
    quotes: tuple[KeyQuote, ...]
    category: str
    url: str | None = None
    published: datetime | None = None
    source: str | None = None
    outlet: str | None = None
    image: str | None = None

    @classmethod
    def from_article(cls, article: Article, max_quotes: int = 3) -> Post:
        """The post for an article: its stored key quotes, or ones chosen from its body now."""
        return cls(
            article_id=article.id or 0,
            headline=article.headline,
            summary=article.summary,
            quotes=shown_key_quotes(article, max_quotes),
            category=article.category,
            url=article.url,
            published=article.published,
            source=article.source,
            outlet=article.outlet or outlet_of(article.url),
            image=article.image,
        )


def outlet_of(url: str | None) -> str | None:
    """The site an http(s) link belongs to (its host without www.), else None."""
    from urllib.parse import urlsplit

    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def shown_key_quotes(article: Article, limit: int) -> tuple[KeyQuote, ...]:
    """The first `limit` key quotes: the stored choice (a greedy one, so its prefix is the
    choice for fewer), else chosen from the body."""
    from bot.extraction.keyquotes import MAX_KEY_QUOTES, key_quotes

    if article.key_quotes is not None and limit <= MAX_KEY_QUOTES:
        return article.key_quotes[: max(limit, 0)]
    return key_quotes(article, limit)


def with_key_quotes(article: Article) -> Article:
    """The article with its key quotes chosen, as ingest stores it."""
    from bot.extraction.keyquotes import key_quotes

    return replace(article, key_quotes=key_quotes(article))


@dataclass(frozen=True, slots=True)
class Digest:
    """One message listing what a chat missed while paused."""

    posts: tuple[Post, ...]
    missed: int


@dataclass(frozen=True, slots=True)
class QuoteHit:
    """A stored quote with the article it came from."""

    quote: Quote
    article_id: int
    headline: str
    category: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Chat:
    """A place the bot talks to: a platform, its chat id, and a thread in it (a forum topic)."""

    platform: str
    chat_id: str
    thread: str | None = None


class ChatKind(StrEnum):
    PRIVATE = "private"
    GROUP = "group"
    CHANNEL = "channel"


class SubscriptionKind(StrEnum):
    CATEGORY = "category"
    ALL = "all"
    FOLLOW = "follow"
    MUTE = "mute"  # not a subscription but a filter; listed with them so readers see it
    FEED = "feed"  # a chat's own feed, offered with them so it can be stopped the same way


@dataclass(frozen=True, slots=True)
class Subscription:
    chat: Chat
    kind: SubscriptionKind
    value: str
    active: bool = True
    created: datetime | None = None
    reason: str | None = None

    def describe(self) -> str:
        if self.kind is SubscriptionKind.ALL:
            return "everything"
        if self.kind is SubscriptionKind.FOLLOW:
            return f'follow "{self.value}"'
        if self.kind is SubscriptionKind.MUTE:
            return f'mute "{self.value}"'
        if self.kind is SubscriptionKind.FEED:
            return f"feed {self.value}"
        return self.value


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What happened to one source item during ingest."""

    source: str
    status: str  # "new", "duplicate" or "failed"
    article_id: int | None = None
    headline: str | None = None
    error: str | None = None
    fanned_out: int = 0


# --- What storage hands back ---------------------------------------------------------


class StoreResult(NamedTuple):
    """What storing one article did: its id, whether it was new, how many deliveries it queued."""

    article_id: int
    new: bool
    fanned_out: int


class DigestSettings(NamedTuple):
    """A chat's digest schedule (None: one post per article), time zone and next run."""

    schedule: str | None
    timezone: str
    due: float | None


class DigestJob(NamedTuple):
    """A scheduled digest waiting to go out: the articles it lists and the parts already sent."""

    id: int
    chat: Chat
    chat_kind: ChatKind
    article_ids: tuple[int, ...]
    parts_sent: int
    attempts: int


class PhraseShare(NamedTuple):
    """How many of the newest articles mention a phrase, out of how many were looked at."""

    matching: int
    total: int


class CategoryCount(NamedTuple):
    name: str
    articles: int


class ConfiguredSubscription(NamedTuple):
    """A subscription the settings ask for (e.g. a Telegram channel's categories)."""

    chat_id: str
    kind: SubscriptionKind
    value: str
    chat_kind: ChatKind


class SentMark(NamedTuple):
    """A delivery that went out: its outbox id, the platform's message id, and when."""

    delivery_id: int
    message_id: str | None
    at: float


@dataclass(frozen=True, slots=True)
class ChatFeed:
    """A feed a chat added itself: its URL, the category it was given and its title."""

    url: str
    category: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class FeedState:
    """What is remembered about one feed between polls."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_success: float | None = None
    last_attempt: float | None = None
    failures: int = 0
    last_error: str | None = None
    next_poll: float | None = None
    primed: bool = False


FEED_FIELDS = frozenset(name for name in FeedState.__dataclass_fields__ if name != "url")
