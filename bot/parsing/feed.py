"""RSS 2.0 / RSS 1.0 (RDF) / Atom feeds → Drafts, one per usable entry, with feedparser."""

from __future__ import annotations

import io
import itertools
import logging
import re
import time
from datetime import UTC, datetime
from typing import Any

from bot.errors import ParseError
from bot.models import Draft, outlet_of
from bot.parsing.html import first_tags, html_to_paragraphs, source_identity, strip_tags
from bot.text import safe_url

log = logging.getLogger(__name__)
_LOCATION = re.compile(r"^<unknown>:(\d+):(\d+):")
# Real feeds carry tens or hundreds of entries; parsing one costs about a quarter millisecond.
MAX_ENTRIES = 1_000
# feedparser spends 5 to 15 microseconds on a tag (more on a feed that is not well-formed).
MAX_TAGS = 60_000
MAX_ENTRY_CHARS = 1_000_000  # of one entry's HTML: a news item has a few thousand
_ENTRY_START = re.compile(rb"<(?:item|entry)[\s>/]", re.IGNORECASE)


def parse_feed(
    data: bytes | str,
    *,
    url: str | None = None,
    default_category: str = "Uncategorized",
    category_override: str | None = None,
) -> list[Draft]:
    """Parse a feed document; entries without a title or body text are skipped with a warning.

    Raises ParseError when the data is not a feed, or when no entry at all is usable.
    An empty but valid feed gives [].
    """
    parsed = _feedparse(data, url)
    entries = parsed.get("entries") or []
    if not entries:
        _require_feed(parsed, url)
        return []
    feed = parsed.get("feed") or {}
    feed_category = _first_term(feed)
    source = strip_tags(feed.get("title") or "") or _site_host(feed.get("link"), url)
    drafts: list[Draft] = []
    skipped: list[str] = []
    for index, entry in enumerate(entries, start=1):
        draft = _draft(entry, category_override, feed_category or default_category, source)
        if draft is None:
            skipped.append(strip_tags(entry.get("title") or "") or f"entry #{index}")
        else:
            drafts.append(draft)
    if not drafts:
        prefix = f"{url}: " if url else ""
        raise ParseError(f"{prefix}none of the {len(entries)} feed entries has a title and text")
    if skipped:
        log.warning(
            "%s: skipped %d of %d entries without a title or text: %s",
            url or source or "feed",
            len(skipped),
            len(entries),
            "; ".join(skipped[:5]),
        )
    return drafts


def _feedparse(data: bytes | str, url: str | None) -> Any:
    import feedparser  # slow to import: keep it out of CLI start-up

    raw = data.encode("utf-8") if isinstance(data, str) else data
    raw = first_tags(_first_entries(raw, url), url, MAX_TAGS)
    headers = {"content-location": url} if url else {}
    try:
        # A stream, never a str: feedparser would treat a str as a URL or a file name.
        # Its HTML sanitizing and link resolving (half the time on big entries) are not
        # needed: every tag is stripped from the text afterwards, scripts and styles whole.
        return feedparser.parse(
            io.BytesIO(raw),
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except Exception as exc:
        raise ParseError(f"not an RSS or Atom feed: {exc}") from exc


def _first_entries(raw: bytes, url: str | None) -> bytes:
    """The document cut before its (MAX_ENTRIES + 1)th entry, so parsing time stays bounded.

    feedparser reads a cut document with its lenient parser and keeps the entries before it.
    """
    starts = _ENTRY_START.finditer(raw)
    cut = next(itertools.islice(starts, MAX_ENTRIES, None), None)
    if cut is None:
        return raw
    log.warning("%s: only the first %d feed entries are read", url or "feed", MAX_ENTRIES)
    return raw[: cut.start()]


def _require_feed(parsed: Any, url: str | None) -> None:
    """Raise ParseError unless feedparser recognised an RSS or Atom document."""
    prefix = f"{url}: " if url else ""
    if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
        reason = str(parsed["bozo_exception"]) or type(parsed["bozo_exception"]).__name__
        reason = _LOCATION.sub(r"line \1, column \2:", reason)
        raise ParseError(f"{prefix}not an RSS or Atom feed: {reason}")
    if not parsed.get("version"):
        raise ParseError(f"{prefix}not an RSS or Atom feed: no <rss>, <feed> or <rdf:RDF> root")


def _draft(entry: Any, override: str | None, fallback: str, source: str | None) -> Draft | None:
    headline = strip_tags(entry.get("title") or "")
    paragraphs = _paragraphs(entry)
    if not headline or not paragraphs:
        return None
    link = (entry.get("link") or "").strip() or None
    return Draft(
        category=override or _first_term(entry) or fallback,
        headline=headline,
        paragraphs=tuple(paragraphs),
        url=link,
        published=_published(entry),
        identity=source_identity(entry.get("id"), link),
        source=source,
        outlet=source,
        image=lead_image(entry),
    )


def _site_host(link: str | None, url: str | None) -> str | None:
    """The host of the feed's site link or its URL; never a local path."""
    return outlet_of(link) or outlet_of(url)


def lead_image(entry: Any) -> str | None:
    """The entry's lead image: media:content, media:thumbnail, then an image enclosure."""
    for media in entry.get("media_content") or ():
        medium = (media.get("medium") or "").lower()
        kind = (media.get("type") or "").lower()
        if (medium == "image" or kind.startswith("image/") or not (medium or kind)) and (
            found := safe_url(media.get("url"))
        ):
            return found
    for thumb in entry.get("media_thumbnail") or ():
        if found := safe_url(thumb.get("url")):
            return found
    for link in entry.get("links") or ():
        is_image = (link.get("type") or "").lower().startswith("image/")
        if link.get("rel") == "enclosure" and is_image and (found := safe_url(link.get("href"))):
            return found
    return None


def _paragraphs(entry: Any) -> list[str]:
    """Body text from the richest HTML the entry carries: content, then summary (bounded)."""
    for block in entry.get("content") or ():
        paragraphs = html_to_paragraphs((block.get("value") or "")[:MAX_ENTRY_CHARS])
        if paragraphs:
            return paragraphs
    return html_to_paragraphs((entry.get("summary") or "")[:MAX_ENTRY_CHARS])


def _first_term(node: Any) -> str | None:
    for tag in node.get("tags") or ():
        term = strip_tags(tag.get("term") or tag.get("label") or "")
        if term:
            return term
    category = strip_tags(node.get("category") or "")
    return category or None


def _published(entry: Any) -> datetime | None:
    stamp: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    if stamp is None:
        return None
    try:
        return datetime(*stamp[:6], tzinfo=UTC)  # feedparser normalises to UTC
    except (TypeError, ValueError):
        return None
