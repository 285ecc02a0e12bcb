"""The ingest pipeline: sources → drafts → articles (summary, quotes) → storage, in batches."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections import deque
from collections.abc import Callable, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot import offload
from bot.bounds import chunked_identity, extraction_view
from bot.errors import NewsbotError
from bot.ingest_runs import AHEAD, Collector, Prepared, read_groups
from bot.models import Article, Draft, IngestResult, with_key_quotes
from bot.parsing.fetch import fetch, is_url
from bot.parsing.sources import iter_sources, load_local, parse_fetched
from bot.ports import Storage
from bot.settings import Settings

if TYPE_CHECKING:
    import aiohttp

log = logging.getLogger(__name__)

Progress = Callable[[IngestResult], None]


@dataclass(slots=True)
class IngestReport:
    results: list[IngestResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[IngestResult]:
        return [r for r in self.results if r.status == "failed"]

    def summary(self) -> str:
        return (
            f"{self.count('new')} new, {self.count('duplicate')} duplicate,"
            f" {self.count('failed')} failed"
        )


def to_article(draft: Draft) -> Article:
    """Run extraction on a draft; the one place the pipeline turns drafts into articles.

    Extraction sees only `extraction_view` of the body; the article keeps the whole body
    and an identity computed from all of it.
    """
    from bot.extraction import build_article

    view = extraction_view(draft.paragraphs)
    if view == draft.paragraphs:
        return with_key_quotes(build_article(draft))
    identity = draft.identity or draft.url or chunked_identity(draft.headline, draft.paragraphs)
    article = build_article(dataclasses.replace(draft, paragraphs=view, identity=identity))
    return with_key_quotes(dataclasses.replace(article, paragraphs=draft.paragraphs))


def _cancel(ahead: deque[asyncio.Task[Prepared]]) -> None:
    """Stop reading the items still ahead (the run stopped early)."""
    for task in ahead:
        task.cancel()


class Ingestor:
    """Turns sources into stored articles; each bad item is reported, the rest go on."""

    def __init__(self, storage: Storage, settings: Settings) -> None:
        self.storage = storage
        self.settings = settings

    async def ingest(
        self,
        items: Sequence[str],
        *,
        broadcast: bool = True,
        category: str | None = None,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Read, parse, extract and store every item: articles are stored and reported in the
        order of `items`, and an item that cannot be read is reported as soon as it is read.

        Local files are read in groups, a few groups per worker process at a time, so every
        core extracts while finished articles are stored (see `ingest_runs`).
        """
        report = IngestReport()
        collector = Collector(
            lambda items: self._store(items, broadcast, report, progress),
            lambda result: self._note(report, result, progress),
        )
        ahead: deque[asyncio.Task[Prepared]] = deque()
        async with AsyncExitStack() as stack:
            session: aiohttp.ClientSession | None = None
            sources = iter_sources(items)
            if any(is_url(s) for s in sources):
                import aiohttp

                session = await stack.enter_async_context(aiohttp.ClientSession())
            stack.callback(_cancel, ahead)
            window = AHEAD * offload.workers()
            for group in read_groups(sources):
                ahead.append(asyncio.ensure_future(self._prepare_group(group, session, category)))
                if len(ahead) >= window:
                    await collector.take(await ahead.popleft())
            while ahead:
                await collector.take(await ahead.popleft())
            await collector.finish()
        return report

    async def _prepare_group(
        self, group: list[str], session: aiohttp.ClientSession | None, category: str | None
    ) -> Prepared:
        """Read a group of local files in one worker job; should the job fail (a worker lost
        to one hostile file), each file is read again on its own, so only that one fails."""
        if len(group) > 1:
            try:
                found = await offload.run(prepare_locals, group, self.settings, category)
                return list(zip(group, found, strict=True))
            except Exception as exc:
                log.warning("reading %d files together failed (%s); one at a time", len(group), exc)
        return [(source, await self._prepare(source, session, category)) for source in group]

    async def ingest_drafts(
        self,
        source: str,
        drafts: Sequence[Draft],
        *,
        broadcast: bool = True,
        private_feed: str | None = None,
        from_feed: str | None = None,
    ) -> IngestReport:
        """Store already-parsed drafts (a polled feed's entries).

        `private_feed`: the URL of a chat-added feed; its articles reach only its chats.
        `from_feed`: the URL of the polled feed; chats that added it get its articles too.
        """
        report = IngestReport()
        pending: list[tuple[str, Article]] = []
        outcomes = await offload.run(build_all, source, list(drafts)) if drafts else []
        for outcome in outcomes:
            if isinstance(outcome, IngestResult):
                report.results.append(outcome)
            else:
                article = dataclasses.replace(
                    outcome, private_feed=private_feed, from_feed=from_feed or private_feed
                )
                pending.append((source, article))
        await self._store(pending, broadcast, report, None)
        return report

    async def _prepare(
        self, source: str, session: aiohttp.ClientSession | None, category: str | None
    ) -> list[Article | IngestResult]:
        """Read, parse and extract one source in the worker (a URL is fetched here first)."""
        try:
            if not is_url(source):
                return await offload.run(prepare_local, source, self.settings, category)
            fetched = await fetch(source, settings=self.settings, session=session)
            base = fetched.url or source
            return await offload.run(
                prepare_fetched,
                source,
                fetched.body,
                fetched.content_type,
                base,
                self.settings,
                category,
            )
        except NewsbotError as exc:
            return [IngestResult(source, "failed", error=exc.message)]
        except Exception as exc:  # a bug in the worker must not stop the whole run
            log.exception("unexpected failure reading %s", source)
            error = f"{source} could not be read: {type(exc).__name__}: {exc}"
            return [IngestResult(source, "failed", error=error)]

    async def _store(
        self,
        pending: list[tuple[str, Article]],
        broadcast: bool,
        report: IngestReport,
        progress: Progress | None,
    ) -> None:
        if not pending:
            return
        outcomes = await self.storage.add_articles([a for _, a in pending], broadcast=broadcast)
        for (source, article), outcome in zip(pending, outcomes, strict=True):
            if isinstance(outcome, Exception):
                result = IngestResult(
                    source, "failed", headline=article.headline, error=str(outcome)
                )
            else:
                status = "new" if outcome.new else "duplicate"
                result = IngestResult(
                    source, status, outcome.article_id, article.headline, None, outcome.fanned_out
                )
            self._note(report, result, progress)

    @staticmethod
    def _note(report: IngestReport, result: IngestResult, progress: Progress | None) -> None:
        report.results.append(result)
        if result.status == "failed" and progress is None:  # else the caller reports it
            log.warning("could not ingest %s: %s", result.source, result.error)
        if progress is not None:
            progress(result)


def prepare_local(
    source: str, settings: Settings, category: str | None
) -> list[Article | IngestResult]:
    """Worker job: read, parse and extract one local file."""
    try:
        drafts = load_local(source, settings=settings, category=category)
    except NewsbotError as exc:
        return [IngestResult(source, "failed", error=exc.message)]
    return build_all(source, drafts)


def prepare_locals(
    sources: Sequence[str], settings: Settings, category: str | None
) -> list[list[Article | IngestResult]]:
    """Worker job: read, parse and extract several local files, each as `prepare_local`."""
    return [prepare_local(source, settings, category) for source in sources]


def prepare_fetched(
    source: str,
    data: bytes,
    content_type: str | None,
    base: str,
    settings: Settings,
    category: str | None,
) -> list[Article | IngestResult]:
    """Worker job: parse and extract what was fetched from a URL."""
    try:
        drafts = parse_fetched(
            source, data, content_type, base, settings=settings, category=category
        )
    except NewsbotError as exc:
        return [IngestResult(source, "failed", error=exc.message)]
    return build_all(source, drafts)


def build_all(source: str, drafts: Sequence[Draft]) -> list[Article | IngestResult]:
    """Worker job: extract every draft; a draft that fails becomes a failed result."""
    return [_build(source, draft) for draft in drafts]


def _build(source: str, draft: Draft) -> Article | IngestResult:
    try:
        return to_article(draft)
    except NewsbotError as exc:
        return IngestResult(source, "failed", headline=draft.headline, error=exc.message)
    except Exception as exc:  # an extraction bug must not stop the batch
        log.exception("extraction failed for %s", source)
        return IngestResult(source, "failed", headline=draft.headline, error=f"{exc!r}")
