"""A chat's own feeds: add (fetched once, safely), remove, list; each chat sees only its own."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from bot import offload
from bot.errors import BadArgument, NewsbotError, NotFound, ParseError
from bot.ingest import Ingestor
from bot.models import Chat, ChatFeed, ChatKind, Draft
from bot.opml import read_opml, write_opml
from bot.parsing.feed import parse_feed
from bot.parsing.fetch import FetchFailed, FetchResult
from bot.parsing.safefetch import AddressNotAllowed, Resolve, check_url, safe_fetch, safe_session
from bot.ports import Storage
from bot.settings import Settings


@dataclass(frozen=True, slots=True)
class AddedFeed:
    """What `/feed add` did: the feed as stored, how many items it has, whether it is new."""

    feed: ChatFeed
    items: int
    created: bool


@dataclass(slots=True)
class ImportReport:
    """What an OPML import did, feed by feed."""

    added: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)


class FeedRefused(NewsbotError):
    """A feed that cannot be added, with the reason in words."""


class ChatFeeds:
    """The use cases behind /feed and /feeds."""

    def __init__(
        self,
        storage: Storage,
        settings: Settings,
        ingestor: Ingestor | None = None,
        resolve: Resolve | None = None,
    ) -> None:
        self.storage = storage
        self.settings = settings
        self.ingestor = ingestor or Ingestor(storage, settings)
        self.resolve = resolve

    async def add(
        self,
        chat: Chat,
        url: str,
        category: str | None = None,
        chat_kind: ChatKind | None = ChatKind.PRIVATE,
    ) -> AddedFeed:
        """Fetch the feed once; add it to the chat and store its items quietly."""
        url = clean_url(url)
        mine = await self.storage.chat_feeds(chat)
        if any(f.url == url for f in mine):
            found = next(f for f in mine if f.url == url)
            return AddedFeed(found, 0, False)
        if len(mine) >= self.settings.max_feeds_per_chat:
            limit = self.settings.max_feeds_per_chat
            raise BadArgument(f"This chat already has {limit} feeds, the most it may have.")
        fetched, drafts = await self.read(url, category)
        title = drafts[0].source if drafts else None
        feed = ChatFeed(url, category.strip() if category else None, title)
        created = await self.storage.add_chat_feed(chat, feed, chat_kind)
        await self._prime(url, fetched, drafts)
        return AddedFeed(feed, len(drafts), created)

    async def read(self, url: str, category: str | None = None) -> tuple[FetchResult, list[Draft]]:
        """Fetch and parse a user-given feed URL; FeedRefused says why it cannot be used."""
        try:
            check_url(url, allow_private=self.settings.allow_private_feeds)
            async with safe_session(self.settings, self.resolve) as session:
                fetched = await safe_fetch(url, settings=self.settings, session=session)
            drafts = await offload.run(read_feed, url, fetched.body, self.settings, category)
        except NewsbotError as exc:
            raise FeedRefused(f"Could not add {url}: {refusal(exc)}") from None
        return fetched, drafts

    async def _prime(self, url: str, fetched: FetchResult, drafts: list[Draft]) -> None:
        """A feed's first items are stored without being sent (no flood on first fetch)."""
        state = await self.storage.feed_state(url)
        if (state is not None and state.primed) or url in {f.url for f in self.settings.feeds}:
            return  # already primed, or an operator's feed: public, primed by the poller
        await self.ingestor.ingest_drafts(url, drafts, broadcast=False, private_feed=url)
        now = time.time()
        await self.storage.save_feed_state(
            url,
            etag=fetched.etag,
            last_modified=fetched.last_modified,
            last_success=now,
            last_attempt=now,
            next_poll=now + self.settings.feed_interval,
            primed=True,
        )

    async def remove(self, chat: Chat, url: str) -> str:
        url = clean_url(url)
        if not await self.storage.remove_chat_feed(chat, url):
            raise NotFound(f"This chat has no feed {url}. /feeds lists its feeds.")
        return url

    async def list(self, chat: Chat) -> list[ChatFeed]:
        return await self.storage.chat_feeds(chat)

    async def export_opml(self, chat: Chat) -> str:
        """The chat's feeds as an OPML 2.0 document."""
        title = f"newsbot feeds of {chat.platform}:{chat.chat_id}"
        return write_opml(await self.storage.chat_feeds(chat), title)

    async def import_opml(
        self, chat: Chat, data: bytes, chat_kind: ChatKind | None = ChatKind.PRIVATE
    ) -> ImportReport:
        """Add every feed an OPML file lists; each one that cannot be added says why."""
        cap = self.settings.max_file_bytes
        if len(data) > cap:
            raise ParseError(f"That OPML file is larger than the {cap}-byte limit.")
        listed = await offload.run(read_opml, data)
        report = ImportReport()
        limit = self.settings.max_feeds_per_chat
        for entry in listed[limit:]:  # never more fetches than the chat could keep
            report.failed.append((entry.url, f"over the {limit}-feed limit of a chat"))
        for entry in listed[:limit]:
            try:
                added = await self.add(chat, entry.url, entry.category, chat_kind)
            except NewsbotError as exc:
                report.failed.append((entry.url, exc.message))
                continue
            (report.added if added.created else report.present).append(entry.url)
        return report


def clean_url(text: str) -> str:
    url = text.strip().strip("<>")
    if not url:
        raise BadArgument("Give the feed's address, e.g. /feed add https://example.com/rss")
    return url


def read_feed(url: str, body: bytes, settings: Settings, category: str | None) -> list[Draft]:
    """Worker job: the entries of a feed (ParseError when it is not one)."""
    return parse_feed(
        body,
        url=url,
        default_category=settings.default_category,
        category_override=category.strip() if category else None,
    )


def refusal(exc: NewsbotError) -> str:
    """The reason a feed cannot be added, led by its kind."""
    message = exc.message
    if isinstance(exc, AddressNotAllowed):
        return message
    if isinstance(exc, FetchFailed):
        missing = exc.status in (404, 410) or "could not be found" in message
        return f"not found ({message})" if missing else message
    if isinstance(exc, ParseError) and "NEWSBOT_MAX_FILE_BYTES" in message:
        return f"too large ({message})"
    return f"not a feed ({message})"
