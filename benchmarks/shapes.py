"""Generated adversarial articles: shapes built to be slow or big for the parsers and extraction."""

from __future__ import annotations

from collections.abc import Callable

HEAD = b"Politics\nA headline for a hostile article\n\n"


def _fill(unit: bytes, size: int, *, head: bytes = HEAD) -> bytes:
    """`head` then `unit` repeated up to `size` bytes."""
    count = max(1, (size - len(head)) // len(unit))
    return head + unit * count


def said_quotes(size: int) -> bytes:
    """One endless paragraph: `He said "w w w w w w" and` repeated."""
    return _fill(b'He said "w w w w w w" and ', size)


def curly_quotes(size: int) -> bytes:
    """Curly quotation marks around single words, in one line."""
    return _fill("“Yes” ‘no’ “maybe” ".encode(), size)


def dash_lines(size: int) -> bytes:
    """`"…" — Name` lines, each its own paragraph."""
    return _fill('"We will not stop here." — Anna Smith\n'.encode(), size)


def word_lines(size: int) -> bytes:
    """One word per line: lower-case lines re-join into one huge paragraph."""
    return _fill(b"word\n", size)


def name_runs(size: int) -> bytes:
    """Capitalised names everywhere, with speech verbs: a feast for name and speaker lookup."""
    unit = b'John Smith of Acme Corp said "Mary Jones told Peter Brown that Sam Lee agreed." '
    return _fill(unit, size)


def short_paragraphs(size: int) -> bytes:
    """Hundreds of thousands of tiny quoted paragraphs separated by blank lines."""
    return _fill(b'"Yes," said Bo.\n\n', size)


def open_quotes(size: int) -> bytes:
    """Quotes that open and never close, in one line."""
    return _fill(b'"Ann said that ', size)


def long_word(size: int) -> bytes:
    """One word with no space, millions of letters long."""
    return _fill(b"a", size)


def reply_marks(size: int) -> bytes:
    """Comment-form markers on every line: each one sends boilerplate stripping looking."""
    return _fill(b"The vote passed.\nLeave a Reply to the latest developments here\n", size)


def related_marks(size: int) -> bytes:
    """A related-headlines marker on every other line, glued headlines after each."""
    unit = b'The vote passed.\nLATEST DEVELOPMENTS:\nBridge opensEx-soldier jailed"Quote"Next\n'
    return _fill(unit, size)


def camel_glue(size: int) -> bytes:
    """A related-headlines block of one endless camel-cased word ("aBaBaB...")."""
    return _fill(b"aB", size, head=HEAD + b"The vote passed.\nLATEST DEVELOPMENTS: ")


def _page(body: bytes) -> bytes:
    return b"<!doctype html><html><head><title>A hostile page</title></head><body>" + body


def nested_html(size: int) -> bytes:
    """A page of divs nested ever deeper, never closed."""
    return _fill(b"<div>w ", size, head=_page(b""))


def paragraph_html(size: int) -> bytes:
    """A page of endless tiny paragraphs."""
    return _fill(b'<p>He said "no" and left.</p>', size, head=_page(b""))


def broken_tags(size: int) -> bytes:
    """A page of half tags and unclosed comments."""
    return _fill(b'<p a="<!-- <b <', size, head=_page(b""))


def _feed(items: bytes) -> bytes:
    return b'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>' + items


def feed_items(size: int) -> bytes:
    """A feed of many small items, each an article."""
    unit = b"<item><title>T</title><description>He said &quot;no&quot;.</description></item>"
    return _fill(unit, size, head=_feed(b""))


def feed_one_item(size: int) -> bytes:
    """A feed of one item whose escaped HTML body is the whole file."""
    head = _feed(b"<item><title>T</title><description>")
    tail = b"</description></item></channel></rss>"
    return _fill(b"&lt;p&gt;He said &quot;w w&quot; and", size - len(tail), head=head) + tail


def feed_broken_markup(size: int) -> bytes:
    """A feed item whose HTML body is unclosed attribute quotes: quadratic for html.parser."""
    head = _feed(b"<item><title>T</title><description>&lt;p&gt;Yes. ")
    tail = b"</description></item></channel></rss>"
    return _fill(b"&lt;a b=&quot;", size - len(tail), head=head) + tail


def feed_loose_tags(size: int) -> bytes:
    """A feed that is not well-formed (a bare '&'), so read by the slow lenient parser."""
    head = _feed(b"<item><title>Q & A</title><description>Yes. ")
    return _fill(b"<p>x", size, head=head)


SHAPES: dict[str, Callable[[int], bytes]] = {
    "said_quotes": said_quotes,
    "curly_quotes": curly_quotes,
    "dash_lines": dash_lines,
    "word_lines": word_lines,
    "name_runs": name_runs,
    "short_paragraphs": short_paragraphs,
    "open_quotes": open_quotes,
    "long_word": long_word,
    "reply_marks": reply_marks,
    "related_marks": related_marks,
    "camel_glue": camel_glue,
    "nested_html": nested_html,
    "paragraph_html": paragraph_html,
    "broken_tags": broken_tags,
    "feed_items": feed_items,
    "feed_one_item": feed_one_item,
    "feed_broken_markup": feed_broken_markup,
    "feed_loose_tags": feed_loose_tags,
}
SIZES = (1_000_000, 2_500_000, 5_000_000)
MARKUP = frozenset(
    {
        "nested_html",
        "paragraph_html",
        "broken_tags",
        "feed_items",
        "feed_one_item",
        "feed_broken_markup",
        "feed_loose_tags",
    }
)
