"""One ingest run: items read side by side in worker processes, their articles stored in order.

Local files go to the workers in groups: one job per file would spend about as long passing it
to a worker and back as reading it. A few groups per worker are read ahead, and each full batch
of articles is stored while the groups after it are read.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field

from bot.models import Article, IngestResult
from bot.parsing.fetch import is_url

BATCH = 200
BATCH_CHARS = 20_000_000  # so a run of big files is never all held in memory at once
GROUP = 8  # local files read in one worker job
GROUP_BYTES = 1_000_000  # and no more file than this in one, so what is read ahead stays small
AHEAD = 2  # groups read ahead for each worker

Prepared = list[tuple[str, list[Article | IngestResult]]]  # each source with what it gave
Store = Callable[[list[tuple[str, Article]]], Awaitable[None]]
Note = Callable[[IngestResult], None]


def _size(source: str) -> int:
    """A local file's size, 0 when it cannot be seen (reading it will say why)."""
    try:
        return os.stat(source).st_size
    except (OSError, ValueError):
        return 0


def read_groups(sources: Sequence[str]) -> Iterator[list[str]]:
    """Sources in the groups one worker job reads: local files up to GROUP of them and
    GROUP_BYTES in all (a bigger file alone), a URL alone (it is fetched here first)."""
    group: list[str] = []
    held = 0
    for source in sources:
        url = is_url(source)
        size = 0 if url else _size(source)
        if group and (url or len(group) >= GROUP or held + size > GROUP_BYTES):
            yield group
            group, held = [], 0
        if url:
            yield [source]
            continue
        group.append(source)
        held += size
    if group:
        yield group


@dataclass(slots=True)
class Batch:
    """Articles waiting to be stored together, with the characters they hold."""

    items: list[tuple[str, Article]] = field(default_factory=list)
    chars: int = 0

    def add(self, source: str, article: Article) -> None:
        self.items.append((source, article))
        self.chars += sum(map(len, article.paragraphs))

    @property
    def full(self) -> bool:
        return len(self.items) >= BATCH or self.chars >= BATCH_CHARS

    def pop(self) -> list[tuple[str, Article]]:
        """The waiting articles, leaving the batch empty."""
        items, self.items, self.chars = self.items, [], 0
        return items


class Collector:
    """Takes what each item gave, in the items' order: notes failures at once and stores the
    articles in batches, one batch at a time, each while the items after it are read."""

    def __init__(self, store: Store, note: Note) -> None:
        self._store = store
        self._note = note
        self._batch = Batch()
        self._storing: asyncio.Task[None] | None = None

    async def take(self, prepared: Prepared) -> None:
        """Note the failures of some items and batch their articles."""
        for source, outcomes in prepared:
            for outcome in outcomes:
                if isinstance(outcome, IngestResult):
                    self._note(outcome)
                else:
                    self._batch.add(source, outcome)
            if self._batch.full:
                await self._stored()
                self._storing = asyncio.ensure_future(self._store(self._batch.pop()))

    async def finish(self) -> None:
        """Store whatever is still waiting, and wait until it is stored."""
        await self._stored()
        await self._store(self._batch.pop())

    async def _stored(self) -> None:
        """Wait for the batch being stored, if any."""
        storing, self._storing = self._storing, None
        if storing is not None:
            await storing
