"""A scheduled digest as Telegram HTML messages, each within 4096 visible characters."""

from __future__ import annotations

from adapters.telegram.render import (
    MAX_HEADLINE,
    MAX_TEXT,
    Piece,
    bold,
    italic,
    join,
    link,
    quote_block,
    shorten,
    text,
)
from bot.digests import DigestItem, ScheduledDigest, heading, pack
from bot.text import utf16_units


def item_piece(item: DigestItem) -> Piece:
    """Headline with its link, the outlet, then one line of summary."""
    head = bold(link(text(shorten(item.headline, MAX_HEADLINE) or "Untitled"), item.url))
    if item.outlet:
        head = head + text(" — ") + italic(text(item.outlet))
    return join([head, text(item.line)], "\n") if item.line else head


def top_quote_piece(digest: ScheduledDigest) -> Piece | None:
    if digest.top_quote is None:
        return None
    label = text("Top story: ") + bold(text(shorten(digest.top_headline, MAX_HEADLINE)))
    return join([label, quote_block(digest.top_quote)], "\n")


def digest_parts(digest: ScheduledDigest) -> list[str]:
    """The digest in as many messages as needed; the HTML is measured, which is never less
    than what Telegram counts, so every message fits."""
    blocks = [bold(text(heading(len(digest.items))))]
    top = top_quote_piece(digest)
    if top is not None:
        blocks.append(top)
    blocks += [item_piece(item) for item in digest.items]
    return pack([b.html for b in blocks], MAX_TEXT, utf16_units)
