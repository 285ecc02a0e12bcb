"""Pure renderers: core results → Telegram HTML text (+ inline keyboard).

Every piece of article text goes through `html.escape`; markup is only ever produced here,
from parts, so tags stay balanced however a message is trimmed. Lengths are measured the
way Telegram measures them: visible text (after entity parsing) in UTF-16 code units.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot import replies
from bot.models import CategoryCount, Digest, Post, Quote, QuoteHit, Subscription
from bot.text import (
    and_more,
    byline,
    first_sentence,
    hashtag,
    missed_line,
    plural,
    safe_url,
    trim,
    utf16_units,
)

MAX_TEXT = 4096
MAX_HEADLINE = 300
LIST_SUMMARY = 160
LONG_QUOTE = 300  # /quote folds a quote longer than a post's key quotes may be


@dataclass(frozen=True, slots=True)
class Piece:
    """A fragment of a message: its HTML and the text Telegram will show for it."""

    html: str
    plain: str

    def __add__(self, other: Piece) -> Piece:
        return Piece(self.html + other.html, self.plain + other.plain)

    @property
    def size(self) -> int:
        return utf16_units(self.plain)


def text(value: str) -> Piece:
    return Piece(html.escape(value, quote=False), value)


def wrap(tag: str, inner: Piece, attrs: str = "") -> Piece:
    return Piece(f"<{tag}{attrs}>{inner.html}</{tag}>", inner.plain)


def bold(inner: Piece) -> Piece:
    return wrap("b", inner)


def italic(inner: Piece) -> Piece:
    return wrap("i", inner)


def link(inner: Piece, url: str | None) -> Piece:
    safe = safe_url(url)
    return wrap("a", inner, f' href="{html.escape(safe, quote=True)}"') if safe else inner


def join(pieces: Sequence[Piece], sep: str = "\n") -> Piece:
    out = Piece("", "")
    for i, piece in enumerate(pieces):
        out = out + (text(sep) + piece if i else piece)
    return out


def shorten(value: str, limit: int) -> str:
    """At most `limit` UTF-16 units: whole sentences if any fit, else whole words plus "…"."""
    return trim(value, limit, utf16_units)


def first_line(value: str, limit: int = LIST_SUMMARY) -> str:
    """The first sentence (or line) of a summary, shortened for lists."""
    return shorten(first_sentence(value), limit)


# --- posts -----------------------------------------------------------------------------


def headline(post_headline: str, url: str | None) -> Piece:
    return bold(link(text(shorten(post_headline, MAX_HEADLINE) or "Untitled"), url))


def quote_block(quote: Quote, expandable: bool = False) -> Piece:
    """A quote and its speaker as a blockquote; `expandable` folds a long one until tapped."""
    inner = text(f"“{quote.text.strip()}”")
    if quote.speaker:
        inner = inner + text(f"\n— {quote.speaker.strip()}")
    return wrap("blockquote", inner, " expandable" if expandable else "")


def post_text(post: Post, limit: int = MAX_TEXT) -> str:
    """A post in HTML: bold linked headline, summary, quotes, hashtag; ≤ `limit` visible."""
    head = headline(post.headline, post.url)
    credit = byline(post.outlet, post.published)
    if credit:
        head = join([head, italic(text(credit))], "\n")
    tag = text(hashtag(post.category))
    quotes = [quote_block(q) for q in post.quotes if q.text.strip()]
    summary = post.summary.strip()

    def build(summary_text: str, quote_count: int) -> Piece:
        parts = [head]
        if summary_text:
            parts.append(text(summary_text))
        if quote_count:
            parts.append(join(quotes[:quote_count], "\n"))
        parts.append(tag)
        return join(parts, "\n\n")

    for count in range(len(quotes), -1, -1):
        piece = build(summary, count)
        if piece.size <= limit:
            return piece.html
    spare = limit - build("", 0).size - 2
    return build(shorten(summary, spare), 0).html


def article_keyboard(post: Post) -> InlineKeyboardMarkup | None:
    url = safe_url(post.url)
    if not url:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Read the article", url=url)]]
    )


def render_post(post: Post, limit: int = MAX_TEXT) -> tuple[str, InlineKeyboardMarkup | None]:
    return post_text(post, limit), article_keyboard(post)


# --- lists, digests, quotes ----------------------------------------------------------


def list_item(post: Post) -> Piece:
    parts = [headline(post.headline, post.url)]
    credit = byline(post.outlet, post.published)
    if credit:
        parts.append(italic(text(credit)))
    line = first_line(post.summary)
    if line:
        parts.append(text(line))
    return join(parts, "\n")


def post_list(title: str, posts: Sequence[Post], limit: int = MAX_TEXT) -> tuple[str, int]:
    """A compact list (headline + one line each); returns the HTML and how many fit."""
    body = bold(text(title))
    shown = 0
    for post in posts:
        candidate = body + text("\n\n") + list_item(post)
        if candidate.size > limit:
            break
        body, shown = candidate, shown + 1
    return body.html, shown


def digest_text(digest: Digest, limit: int = MAX_TEXT) -> str:
    body = text(missed_line(digest.missed))
    shown = 0
    for post in digest.posts:
        item = text("\n• ") + bold(link(text(shorten(post.headline, MAX_HEADLINE)), post.url))
        credit = byline(post.outlet, post.published)
        if credit:
            item = item + text(" — ") + italic(text(credit))
        # keep room for the "…and N more." line
        if (body + item).size > limit - 40:
            break
        body, shown = body + item, shown + 1
    rest = digest.missed - shown
    if rest > 0:
        body = body + text(f"\n{and_more(rest)}.")
    return body.html


def quote_text(hit: QuoteHit, limit: int = MAX_TEXT) -> str:
    source = text("From ") + link(text(shorten(hit.headline, MAX_HEADLINE)), hit.url)
    tail = join([source, text(hashtag(hit.category))], " ")
    room = limit - tail.size - 20
    quote = Quote(shorten(hit.quote.text, room), hit.quote.speaker)
    expandable = utf16_units(quote.text) > LONG_QUOTE
    return join([quote_block(quote, expandable), tail], "\n").html


def categories_text(categories: Sequence[CategoryCount]) -> str:
    if not categories:
        return html.escape(replies.NO_CATEGORIES)
    lines = [bold(text("Categories"))]
    for name, count in categories:
        lines.append(text(f"• {name} — {plural(count, 'article')}"))
    lines.append(text("\nSubscribe with /subscribe <category> or /subscribe all."))
    return _fit(join(lines, "\n"))


def subscriptions_text(subs: Sequence[Subscription]) -> str:
    if not subs:
        return html.escape("This chat has no subscriptions yet. Try /subscribe or /follow.")
    lines = [bold(text("This chat receives"))]
    for sub in subs:
        line = text(f"• {sub.describe()}")
        if not sub.active:
            line = line + italic(text(f" (stopped: {sub.reason or 'inactive'})"))
        lines.append(line)
    return _fit(join(lines, "\n"))


def message(value: str) -> str:
    """A plain sentence (e.g. an error message) made safe for HTML parse mode."""
    return text(shorten(value, MAX_TEXT)).html


def _fit(piece: Piece) -> str:
    if piece.size <= MAX_TEXT:
        return piece.html
    return text(shorten(piece.plain, MAX_TEXT)).html
