"""A scheduled digest: what arrived since the last one, as compact items, split to fit.

Each adapter renders the items its own way and packs them into messages with `pack`, so a
digest of any length goes out whole, in as many messages as the platform's limit needs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.models import KeyQuote, Post, outlet_of
from bot.text import first_sentence, trim

SUMMARY_LINE = 200


@dataclass(frozen=True, slots=True)
class DigestItem:
    """One story in a digest: headline with link, outlet, one line of summary."""

    headline: str
    url: str | None
    outlet: str
    line: str


@dataclass(frozen=True, slots=True)
class ScheduledDigest:
    """The stories since the last digest, newest first, and the top story's key quote."""

    items: tuple[DigestItem, ...]
    top_quote: KeyQuote | None = None
    top_headline: str = ""


def outlet(post: Post) -> str:
    """Who published a story: the feed title or site name, else the domain; '' if unknown."""
    return post.outlet or outlet_of(post.url) or ""


def build(posts: Sequence[Post]) -> ScheduledDigest:
    """A digest of `posts`, newest first; the top story is the newest one with a key quote."""
    ordered = sorted(posts, key=lambda p: -p.article_id)
    items = tuple(
        DigestItem(p.headline, p.url, outlet(p), trim(first_sentence(p.summary), SUMMARY_LINE))
        for p in ordered
    )
    top = next((p for p in ordered if p.quotes), None)
    if top is None:
        return ScheduledDigest(items)
    return ScheduledDigest(items, top.quotes[0], top.headline)


def pack(blocks: Sequence[str], limit: int, size: Callable[[str], int] = len) -> list[str]:
    """Blocks joined by blank lines into as few messages as fit in `limit` each, in order.

    Every block must fit on its own (renderers shorten their items first); none is dropped.
    """
    parts: list[str] = []
    current = ""
    for block in blocks:
        candidate = f"{current}\n\n{block}" if current else block
        if current and size(candidate) > limit:
            parts.append(current)
            candidate = block
        current = candidate
    if current:
        parts.append(current)
    return parts


def heading(count: int) -> str:
    return f"Your digest: {count} new {'story' if count == 1 else 'stories'}"
