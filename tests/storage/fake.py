"""An in-memory Storage: the port's behaviour in plain Python, for services' unit tests.

It passes the same contract suite as SqliteStorage (tests/storage/contract).
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from bot.follows import words
from bot.models import (
    FEED_FIELDS,
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
    QuoteHit,
    SentMark,
    StoreResult,
    Subscription,
    SubscriptionKind,
)
from bot.outcomes import Delivery
from bot.ports import Storage
from bot.query import SearchQuery
from bot.schedule import next_run, parse_schedule
from bot.status import FailingFeed, Problem, Status

_WORD = re.compile(r"\w+")


def _tokens(text: str) -> list[str]:
    return words(text)  # lower-cased, accents folded, as both real engines index


def _has_phrase(text: str, words: Sequence[str]) -> bool:
    tokens, wanted = _tokens(text), _tokens(" ".join(words))
    size = len(wanted)
    return any(tokens[i : i + size] == wanted for i in range(len(tokens) - size + 1))


def _mentions(article: Article, words: Sequence[str]) -> bool:
    fields = (article.headline, article.body, "\n".join(q.text for q in article.quotes))
    return any(_has_phrase(text, words) for text in fields)


def _speaker_keys(speaker: str) -> tuple[str, str]:
    key = " ".join(speaker.lower().split())
    return key, key.rsplit(" ", 1)[-1]


@dataclass
class _Chat:
    ref: int
    kind: ChatKind
    paused: bool = False
    digest: str | None = None
    timezone: str = "UTC"
    due: float | None = None


@dataclass
class _Digest:
    id: int
    chat: Chat
    article_ids: tuple[int, ...]
    next_attempt: float
    state: str = "pending"
    parts_sent: int = 0
    attempts: int = 0
    error: str | None = None


@dataclass
class _Subscription:
    chat: Chat
    kind: SubscriptionKind
    value: str
    origin: str
    created: float
    active: bool = True
    reason: str | None = None


@dataclass
class _Row:
    id: int
    article_id: int
    chat: Chat
    next_attempt: float
    state: str = "pending"
    attempts: int = 0
    message_id: str | None = None
    error: str | None = None
    finished: float | None = None


@dataclass
class FakeStorage:
    """Every method behaves as one SqliteStorage transaction would, without a database."""

    articles: dict[int, Article] = field(default_factory=dict)
    chats: dict[Chat, _Chat] = field(default_factory=dict)
    subs: list[_Subscription] = field(default_factory=list)
    outbox: list[_Row] = field(default_factory=list)
    feeds: dict[str, FeedState] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)
    muted: dict[Chat, set[str]] = field(default_factory=dict)
    digests: list[_Digest] = field(default_factory=list)
    chat_feed_rows: list[tuple[Chat, ChatFeed]] = field(default_factory=list)
    private: dict[int, str] = field(default_factory=dict)  # article id -> chat-added feed URL
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _cursors: dict[str, int] = field(default_factory=dict)

    # --- articles -------------------------------------------------------------------

    async def add_article(self, article: Article, *, broadcast: bool = True) -> StoreResult:
        return self._store(article, broadcast)

    async def add_articles(
        self, batch: Sequence[Article], *, broadcast: bool = True
    ) -> list[StoreResult | Exception]:
        return [self._store(article, broadcast) for article in batch]

    def _store(self, article: Article, broadcast: bool) -> StoreResult:
        found = self._existing(article.identity, article.url)
        if found is not None:
            return StoreResult(found, False, 0)
        article_id = len(self.articles) + 1
        self.articles[article_id] = replace(article, id=article_id)
        if article.private_feed:
            self.private[article_id] = article.private_feed
        fanned = self._fan_out(self.articles[article_id]) if broadcast else 0
        return StoreResult(article_id, True, fanned)

    def _existing(self, identity: str, url: str | None) -> int | None:
        for article_id, article in self.articles.items():
            if article.identity == identity or (url and article.url == url):
                return article_id
        return None

    async def get_article(self, article_id: int) -> Article | None:
        return self.articles.get(article_id)

    async def get_articles(self, ids: Sequence[int]) -> list[Article]:
        return [_post_view(self.articles[i]) for i in sorted(set(ids)) if i in self.articles]

    async def known(self, identity: str, url: str | None = None) -> bool:
        return self._existing(identity, url) is not None

    def _newest(self, category: str | None, before_id: int | None) -> list[Article]:
        return [
            a
            for i, a in sorted(self.articles.items(), reverse=True)
            if i not in self.private
            and (category is None or a.category == category)
            and (before_id is None or i < before_id)
        ]

    async def latest(
        self, category: str | None = None, limit: int = 5, before_id: int | None = None
    ) -> list[Article]:
        return [_post_view(a) for a in self._newest(category, before_id)[:limit]]

    async def quote(
        self,
        category: str | None = None,
        speaker: str | None = None,
        article_id: int | None = None,
    ) -> QuoteHit | None:
        keys = _speaker_keys(speaker) if speaker else None
        chosen = article_id is not None  # a post's own quote, even from a chat-added feed
        pool = list(self.articles.values()) if chosen else self._newest(category, None)
        for article in pool:
            if chosen and (article.id != article_id or category not in (None, article.category)):
                continue
            for quote in article.quotes:
                if article_id is None and quote.speaker is None:
                    continue
                if keys and not (quote.speaker and _matches_speaker(quote.speaker, keys)):
                    continue
                return QuoteHit(
                    quote, article.id or 0, article.headline, article.category, article.url
                )
        return None

    async def search(
        self, query: SearchQuery, limit: int = 5, before_id: int | None = None
    ) -> list[Article]:
        found = [
            a
            for a in self._newest(None, before_id)
            if all(_mentions(a, term.words) for term in query.terms)
        ]
        return [_post_view(a) for a in found[:limit]]

    async def categories(self) -> list[CategoryCount]:
        counts: dict[str, int] = {}
        for article in self._newest(None, None):
            counts[article.category] = counts.get(article.category, 0) + 1
        return [CategoryCount(n, c) for n, c in sorted(counts.items(), key=lambda i: i[0].lower())]

    # --- subscriptions and chats ----------------------------------------------------

    def _chat(self, chat: Chat, kind: ChatKind | None = None) -> _Chat:
        found = self.chats.get(chat)
        if found is None:
            found = self.chats[chat] = _Chat(len(self.chats) + 1, kind or ChatKind.PRIVATE)
        elif kind is not None:
            found.kind = kind
        return found

    def _find(self, chat: Chat, kind: SubscriptionKind, value: str) -> _Subscription | None:
        wanted = (chat, kind, value)
        return next((s for s in self.subs if (s.chat, s.kind, s.value) == wanted), None)

    async def add_subscription(
        self,
        chat: Chat,
        kind: SubscriptionKind,
        value: str,
        chat_kind: ChatKind,
        origin: str = "user",
    ) -> bool:
        self._chat(chat, chat_kind)
        found = self._find(chat, kind, value)
        if found is not None and found.active:
            return False
        if found is not None:
            found.active, found.reason, found.origin = True, None, origin
        else:
            self.subs.append(_Subscription(chat, kind, value, origin, time.time()))
        return True

    async def remove_subscription(self, chat: Chat, kind: SubscriptionKind, value: str) -> bool:
        found = self._find(chat, kind, value)
        if found is not None:
            self.subs.remove(found)
        return found is not None

    async def subscriptions(self, chat: Chat) -> list[Subscription]:
        mine = sorted((s for s in self.subs if s.chat == chat), key=lambda s: (s.kind, s.value))
        return [
            Subscription(
                s.chat, s.kind, s.value, s.active, datetime.fromtimestamp(s.created, UTC), s.reason
            )
            for s in mine
        ]

    async def sync_config_subscriptions(
        self, platform: str, wanted: Sequence[ConfiguredSubscription]
    ) -> None:
        keep = set()
        for chat_id, kind, value, chat_kind in wanted:
            chat = Chat(platform, chat_id)
            keep.add((chat, kind, value))
            await self.add_subscription(chat, kind, value, chat_kind, origin="config")
        self.subs = [
            s
            for s in self.subs
            if s.chat.platform != platform
            or s.origin != "config"
            or (s.chat, s.kind, s.value) in keep
        ]

    async def add_mute(self, chat: Chat, phrase: str, chat_kind: ChatKind) -> bool:
        self._chat(chat, chat_kind)
        phrases = self.muted.setdefault(chat, set())
        created = phrase not in phrases
        phrases.add(phrase)
        return created

    async def remove_mute(self, chat: Chat, phrase: str) -> bool:
        phrases = self.muted.get(chat, set())
        found = phrase in phrases
        phrases.discard(phrase)
        return found

    async def mutes(self, chat: Chat) -> list[str]:
        return sorted(self.muted.get(chat, set()))

    async def phrase_share(self, phrase: str, newest: int) -> PhraseShare:
        recent = self._newest(None, None)[:newest]
        words = phrase.split()
        return PhraseShare(sum(_mentions(a, words) for a in recent), len(recent))

    def _muted(self, chat: Chat, article: Article) -> bool:
        """The fan-out's mute clause."""
        return any(_mentions(article, p.split()) for p in self.muted.get(chat, ()))

    async def set_digest(
        self, chat: Chat, schedule: str | None, chat_kind: ChatKind, now: float
    ) -> DigestSettings:
        self._chat(chat, chat_kind).digest = schedule
        return self._reschedule(chat, now)

    async def set_timezone(
        self, chat: Chat, timezone: str, chat_kind: ChatKind, now: float
    ) -> DigestSettings:
        self._chat(chat, chat_kind).timezone = timezone
        return self._reschedule(chat, now)

    def _reschedule(self, chat: Chat, now: float) -> DigestSettings:
        found = self.chats[chat]
        schedule = parse_schedule(found.digest) if found.digest else None
        found.due = next_run(schedule, found.timezone, now) if schedule else None
        return DigestSettings(found.digest, found.timezone, found.due)

    async def digest_settings(self, chat: Chat) -> DigestSettings:
        found = self.chats.get(chat)
        if found is None:
            return DigestSettings(None, "UTC", None)
        return DigestSettings(found.digest, found.timezone, found.due)

    async def take_digests(self, platform: str, now: float) -> int:
        made = 0
        for chat, found in self.chats.items():
            due = found.due is not None and found.due <= now
            if chat.platform != platform or found.digest is None or not due:
                continue
            self._reschedule(chat, now)
            pending = [] if found.paused else self._skip_pending(chat, "sent in a digest")
            if pending:
                ids = tuple(r.article_id for r in pending)
                self.digests.append(_Digest(next(self._ids), chat, ids, now))
                made += 1
        return made

    async def due_digests(self, platform: str, now: float, limit: int) -> list[DigestJob]:
        waiting = [
            d
            for d in self.digests
            if d.state == "pending"
            and d.chat.platform == platform
            and d.next_attempt <= now
            and not self.chats[d.chat].paused
        ]
        waiting.sort(key=lambda d: (d.next_attempt, d.id))
        return [
            DigestJob(
                d.id, d.chat, self.chats[d.chat].kind, d.article_ids, d.parts_sent, d.attempts
            )
            for d in waiting[:limit]
        ]

    def _digest(self, digest_id: int) -> _Digest:
        return next(d for d in self.digests if d.id == digest_id)

    async def digest_progress(self, digest_id: int, parts_sent: int, *, done: bool) -> None:
        found = self._digest(digest_id)
        found.parts_sent, found.error = parts_sent, None
        found.state = "sent" if done else "pending"

    async def digest_retry(
        self, digest_id: int, next_attempt: float, error: str, *, failed: bool = False
    ) -> None:
        found = self._digest(digest_id)
        found.attempts += 1
        found.next_attempt, found.error = next_attempt, error
        found.state = "failed" if failed else "pending"

    async def set_paused(self, chat: Chat, paused: bool, chat_kind: ChatKind | None = None) -> bool:
        found = self._chat(chat, chat_kind)
        changed = found.paused != paused
        found.paused = paused
        return changed

    async def is_paused(self, chat: Chat) -> bool:
        found = self.chats.get(chat)
        return bool(found and found.paused)

    async def take_missed(self, chat: Chat) -> list[int]:
        return [row.article_id for row in self._skip_pending(chat, "summarised in a digest")]

    def _skip_pending(self, chat: Chat, why: str) -> list[_Row]:
        pending = [r for r in self.outbox if r.chat == chat and r.state == "pending"]
        for row in pending:
            row.state, row.error, row.finished = "skipped", why, time.time()
        return pending

    # --- outbox ---------------------------------------------------------------------

    def _fan_out(self, article: Article) -> int:
        chats: dict[Chat, None] = {}
        feed = article.from_feed or article.private_feed
        if feed:
            chats = {c: None for c, f in self.chat_feed_rows if f.url == feed}
        for s in self.subs:
            public = not article.private_feed
            if s.active and public and _wants(s, article) and not self._muted(s.chat, article):
                chats[s.chat] = None
        now = time.time()
        for chat in chats:
            self.outbox.append(_Row(next(self._ids), article.id or 0, chat, now))
        return len(chats)

    async def due_deliveries(
        self, platform: str, now: float, limit: int, exclude: Sequence[str] = ()
    ) -> list[Delivery]:
        waiting: dict[int, list[_Row]] = {}
        for row in self.outbox:
            if row.state == "pending" and row.chat.platform == platform:
                waiting.setdefault(self.chats[row.chat].ref, []).append(row)
        refs = sorted(waiting)
        start = self._cursors.get(platform, 0)
        ordered = [r for r in refs if r > start] + [r for r in refs if r <= start]
        found: list[Delivery] = []
        for ref in ordered:
            row = min(waiting[ref], key=lambda r: (r.next_attempt, r.id))
            chat = self.chats[row.chat]
            if chat.paused or row.next_attempt > now or row.chat.chat_id in exclude:
                continue
            if chat.digest is not None:  # its articles wait for the digest
                continue
            found.append(Delivery(row.id, row.article_id, row.chat, row.attempts, chat.kind))
            self._cursors[platform] = ref
            if len(found) == limit:
                break
        return found

    def _row(self, delivery_id: int) -> _Row:
        return next(r for r in self.outbox if r.id == delivery_id)

    async def mark_sent(self, sent: Sequence[SentMark]) -> None:
        for mark in sent:
            row = self._row(mark.delivery_id)
            row.state, row.message_id, row.finished = "sent", mark.message_id, mark.at
            row.attempts, row.error = row.attempts + 1, None

    async def mark_retry(
        self, delivery_id: int, next_attempt: float, error: str, *, count_attempt: bool = True
    ) -> None:
        row = self._row(delivery_id)
        row.next_attempt, row.error = next_attempt, error
        row.attempts += int(count_attempt)

    async def mark_failed(self, delivery_id: int, error: str) -> None:
        row = self._row(delivery_id)
        row.state, row.error, row.finished = "failed", error, time.time()
        row.attempts += 1

    async def deactivate_chat(self, chat: Chat, reason: str) -> int:
        places = {c for c in self.chats if _within(c, chat)}
        active = [s for s in self.subs if s.chat in places and s.active]
        for s in active:
            s.active, s.reason = False, reason
        for place in places:
            self._skip_pending(place, f"chat unreachable: {reason}")
        self.chat_feed_rows = [(c, f) for c, f in self.chat_feed_rows if c not in places]
        return len(active)

    async def migrate_chat(self, chat: Chat, new_chat_id: str) -> None:
        new = Chat(chat.platform, new_chat_id, chat.thread)
        if chat not in self.chats or new == chat:
            return
        renamed = new not in self.chats
        if renamed:
            self.chats[new] = self.chats.pop(chat)
        self.muted.setdefault(new, set()).update(self.muted.pop(chat, set()))
        for s in [s for s in self.subs if s.chat == chat]:
            if self._find(new, s.kind, s.value) is None:
                s.chat = new
            else:
                self.subs.remove(s)
        have = {f.url for c, f in self.chat_feed_rows if c == new}
        self.chat_feed_rows = [
            (new if c == chat else c, f)
            for c, f in self.chat_feed_rows
            if not (c == chat and f.url in have)
        ]
        owed = {r.article_id for r in self.outbox if r.chat == new}
        for row in self.outbox:
            if row.chat == chat and (renamed or row.state == "pending"):
                if row.article_id in owed:
                    row.state, row.error = "skipped", "chat migrated"
                else:
                    row.chat = new

    # --- feeds chats added -----------------------------------------------------------

    async def add_chat_feed(self, chat: Chat, feed: ChatFeed, chat_kind: ChatKind | None) -> bool:
        self._chat(chat, chat_kind)
        if any(c == chat and f.url == feed.url for c, f in self.chat_feed_rows):
            return False
        self.chat_feed_rows.append((chat, feed))
        return True

    async def remove_chat_feed(self, chat: Chat, url: str) -> bool:
        kept = [(c, f) for c, f in self.chat_feed_rows if not (c == chat and f.url == url)]
        removed = len(kept) < len(self.chat_feed_rows)
        self.chat_feed_rows = kept
        return removed

    async def chat_feeds(self, chat: Chat) -> list[ChatFeed]:
        return [f for c, f in self.chat_feed_rows if c == chat]

    async def polled_chat_feeds(self) -> list[ChatFeed]:
        first: dict[str, ChatFeed] = {}
        for _, feed in self.chat_feed_rows:
            first.setdefault(feed.url, feed)
        return list(first.values())

    # --- feeds, problems, status ----------------------------------------------------

    async def feed_state(self, url: str) -> FeedState | None:
        return self.feeds.get(url)

    async def save_feed_state(self, url: str, **fields: object) -> None:
        unknown = set(fields) - FEED_FIELDS
        if unknown:
            raise ValueError(f"unknown feed fields: {sorted(unknown)}")
        state = replace(self.feeds.get(url, FeedState(url)), **fields)  # type: ignore[arg-type]
        self.feeds[url] = replace(state, primed=bool(state.primed))

    async def report_problem(self, key: str, message: str | None) -> None:
        if message is None:
            self.problems.pop(key, None)
        else:
            self.problems[key] = message

    async def status(self) -> Status:
        result = Status(articles=len(self.articles))
        for s in self.subs:
            if s.active:
                platform = s.chat.platform
                result.subscriptions[platform] = result.subscriptions.get(platform, 0) + 1
        result.subscriptions = dict(sorted(result.subscriptions.items()))
        for row in self.outbox:
            result.outbox[row.state] = result.outbox.get(row.state, 0) + 1
        result.failing_feeds = [
            FailingFeed(url, s.failures, s.last_error or "")
            for url, s in sorted(self.feeds.items())
            if s.failures > 0
        ]
        result.problems = [Problem(k, m) for k, m in sorted(self.problems.items())]
        sent = [r.finished for r in self.outbox if r.state == "sent" and r.finished]
        result.last_delivery = datetime.fromtimestamp(max(sent), UTC) if sent else None
        return result

    async def close(self) -> None:
        return None


def _within(place: Chat, chat: Chat) -> bool:
    """Whether `place` is `chat` or, for a chat given without a thread, one of its topics."""
    same = (place.platform, place.chat_id) == (chat.platform, chat.chat_id)
    return same and (chat.thread is None or place.thread == chat.thread)


def _post_view(article: Article) -> Article:
    """What list reads hand back: no body or quotes once the key quotes are stored."""
    if article.key_quotes is None:
        return article
    return replace(article, paragraphs=(), quotes=())


def _wants(subscription: _Subscription, article: Article) -> bool:
    if subscription.kind is SubscriptionKind.ALL:
        return True
    if subscription.kind is SubscriptionKind.CATEGORY:
        return subscription.value.casefold() == article.category.casefold()
    return _mentions(article, subscription.value.split())


def _matches_speaker(speaker: str, keys: tuple[str, str]) -> bool:
    key, last = _speaker_keys(speaker)
    return key == keys[0] or last == keys[1]


def _is_a_storage(fake: FakeStorage) -> Storage:
    """Type-checked proof that the fake implements the whole Storage port."""
    return fake
