"""OPML 2.0: a chat's feeds written with the standard XML writer, read with listparser."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.etree import ElementTree

from bot.errors import ParseError
from bot.models import ChatFeed


def write_opml(feeds: Sequence[ChatFeed], title: str) -> str:
    """An OPML 2.0 document listing `feeds` (every value escaped by the XML writer)."""
    root = ElementTree.Element("opml", version="2.0")
    head = ElementTree.SubElement(root, "head")
    ElementTree.SubElement(head, "title").text = title
    ElementTree.SubElement(head, "dateCreated").text = format_datetime(datetime.now(UTC))
    body = ElementTree.SubElement(root, "body")
    for feed in feeds:
        name = feed.title or feed.url
        outline = ElementTree.SubElement(
            body, "outline", type="rss", text=name, title=name, xmlUrl=feed.url
        )
        if feed.category:
            outline.set("category", feed.category)
    ElementTree.indent(root)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + ElementTree.tostring(root, encoding="unicode")
        + "\n"
    )


def read_opml(data: bytes) -> list[ChatFeed]:
    """The feeds an OPML file lists (worker job); ParseError when it is not OPML."""
    import listparser

    parsed = listparser.parse(bytes(data))  # bytes: a str could be taken for a URL
    if not parsed.version:
        reason = parsed.get("bozo_exception") or "no <opml> document found"
        raise ParseError(f"That is not an OPML file: {reason}")
    feeds: dict[str, ChatFeed] = {}
    for entry in parsed.feeds:
        url = str(entry.get("url") or "").strip()
        if url and url not in feeds:
            feeds[url] = ChatFeed(url, _category(entry), str(entry.get("title") or "") or None)
    return list(feeds.values())


def _category(entry: dict[str, object]) -> str | None:
    """The innermost folder (or `category` attribute) an outline sits in."""
    paths = entry.get("categories") or []
    if isinstance(paths, list) and paths and isinstance(paths[0], list) and paths[0]:
        return str(paths[0][-1]) or None
    return None
