"""Plain dataclasses the whole bot speaks in: articles, quotes, posts, chats, outcomes."""

from __future__ import annotations

from dataclasses import dataclass, field
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


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed article with its summary and ranked key quotes, ready to store."""

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

    @classmethod
    def from_article(cls, article: Article, max_quotes: int = 3) -> Post:
        """The post for an article: its key quotes, trimmed and checked for showing."""
        from bot.extraction.keyquotes import key_quotes

        return cls(
            article_id=article.id or 0,
            headline=article.headline,
            summary=article.summary,
            quotes=key_quotes(article, max_quotes),
            category=article.category,
            url=article.url,
            published=article.published,
            source=article.source,
        )


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
    """A place the bot talks to: a platform name plus that platform's chat id, as text."""

    platform: str
    chat_id: str


class ChatKind(StrEnum):
    PRIVATE = "private"
    GROUP = "group"
    CHANNEL = "channel"


class SubscriptionKind(StrEnum):
    CATEGORY = "category"
    ALL = "all"
    FOLLOW = "follow"


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


class FailingFeed(NamedTuple):
    url: str
    failures: int
    error: str


class Problem(NamedTuple):
    key: str
    message: str


@dataclass(frozen=True, slots=True)
class Delivery:
    """One outbox row: an article owed to a chat."""

    id: int
    article_id: int
    chat: Chat
    attempts: int
    chat_kind: ChatKind = ChatKind.PRIVATE


# --- Outcomes a Messenger returns for one send ----------------------------------


@dataclass(frozen=True, slots=True)
class Sent:
    message_id: str | None = None


@dataclass(frozen=True, slots=True)
class RetryAfter:
    seconds: float
    global_limit: bool = False


@dataclass(frozen=True, slots=True)
class Gone:
    """The chat can no longer be reached (blocked, kicked, deleted, no permission)."""

    reason: str


@dataclass(frozen=True, slots=True)
class Migrated:
    new_chat_id: str


@dataclass(frozen=True, slots=True)
class Transient:
    """A failure worth retrying later (5xx, timeout, network)."""

    reason: str


@dataclass(frozen=True, slots=True)
class Permanent:
    """A failure retrying will not fix (a 4xx other than the ones above)."""

    reason: str


Outcome = Sent | RetryAfter | Gone | Migrated | Transient | Permanent


class WorkerInfo(NamedTuple):
    """A live process sharing the database: what it does, where, and the claims it holds."""

    id: str
    role: str
    host: str
    pid: int
    heartbeat: datetime | None = None
    claims: int = 0


@dataclass(slots=True)
class Status:
    """Numbers for `newsbot status`."""

    articles: int = 0
    subscriptions: dict[str, int] = field(default_factory=dict)
    outbox: dict[str, int] = field(default_factory=dict)
    failing_feeds: list[FailingFeed] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    last_delivery: datetime | None = None
    workers: list[WorkerInfo] = field(default_factory=list)
