"""One text toolkit for every renderer: sentences, trimming, safe URLs, hashtags, plurals."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

from bot.extraction.sentences import split_sentences

ELLIPSIS = "…"
MAX_URL = 2048
MAX_HASHTAG = 64
MAX_OUTLET = 80

Measure = Callable[[str], int]
"""How a platform counts a text's length (additive: measure(a + b) == measure(a) + measure(b))."""
_LOOKAHEAD = 200  # characters past a budget that decide whether a sentence ends inside it

_WORD = re.compile(r"\w+")
_UNSAFE_URL = re.compile(r"[\s<>\"'\x00-\x1f\x7f]")
_HTTP = re.compile(r"https?://.", re.IGNORECASE)
_TRAILING_PUNCTUATION = " ,;:-–—"


def chars(text: str) -> int:
    """Length in characters (Discord, the console)."""
    return len(text)


def utf16_units(text: str) -> int:
    """Length in UTF-16 code units (Telegram): characters outside the BMP count twice."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def sentences(text: str) -> list[str]:
    """The sentences of `text`, by the abbreviation-aware splitter extraction uses."""
    return split_sentences(text)


def first_sentence(text: str) -> str:
    """The first sentence of the first line of `text`."""
    line, size = text.strip().split("\n", 1)[0], _LOOKAHEAD
    while True:
        found = sentences(line[:size])
        if len(found) > 2 or size >= len(line):  # a third sentence proves the first one ended
            return found[0] if found else ""
        size *= 4


def trim(text: str, limit: int, measure: Measure = chars) -> str:
    """`text` within `limit`: whole sentences if any fit, else cut at a word with "…"."""
    text = text.strip()
    if measure(text) <= limit:
        return text
    end, size = 0, 0
    for sentence in sentences(text[: limit + _LOOKAHEAD]):
        start = text.index(sentence, end)
        size += measure(text[end:start]) + measure(sentence)
        if size > limit:
            break
        end = start + len(sentence)
    return text[:end] if end else cut_words(text, limit, measure)


def cut_words(text: str, limit: int, measure: Measure = chars) -> str:
    """`text` within `limit`, cut at the last space that leaves room for "…" (else mid-word)."""
    text = text.strip()
    if measure(text) <= limit:
        return text
    if limit <= measure(ELLIPSIS):
        return ELLIPSIS if limit == measure(ELLIPSIS) else ""
    head = prefix(text, limit - measure(ELLIPSIS), measure)
    space = head.rfind(" ")
    if space > len(head) // 2:
        head = head[:space]
    return head.rstrip(_TRAILING_PUNCTUATION) + ELLIPSIS


def prefix(text: str, limit: int, measure: Measure = chars) -> str:
    """The longest prefix of `text` within `limit` (never half a character)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle]) <= limit:
            low = middle
        else:
            high = middle - 1
    return text[:low]


def safe_url(url: str | None) -> str | None:
    """`url` if it is http(s) (any case) with no spaces, quotes, angle brackets or controls."""
    if not url:
        return None
    url = url.strip()
    if len(url) > MAX_URL or not _HTTP.match(url) or _UNSAFE_URL.search(url):
        return None
    return url


def hashtag(category: str) -> str:
    """A category as one CamelCase hashtag: "World News & Politics" → #WorldNewsPolitics."""
    words = _WORD.findall(category)
    tag = "".join(word[:1].upper() + word[1:] for word in words).replace("_", "")
    if not tag or tag.isdigit():
        tag = "News" + tag
    return "#" + tag[:MAX_HASHTAG]


def plural(count: int, noun: str, many: str | None = None) -> str:
    """ "1 article", "2 articles" (or the given plural form)."""
    return f"{count} {noun if count == 1 else many or noun + 's'}"


def missed_line(missed: int) -> str:
    """The opening line of a digest."""
    return f"While paused you missed {plural(missed, 'article')}:"


def and_more(rest: int) -> str:
    """The closing line of a list that shows only part of what there is."""
    return f"… and {rest} more"


def when(published: datetime | None) -> str:
    """A publish time as readers see it, in UTC: "4 Dec 2026, 17:24 UTC" ("" for none)."""
    if published is None:
        return ""
    stamp = published.astimezone(UTC) if published.tzinfo else published
    return f"{stamp.day} {stamp:%b %Y, %H:%M} UTC"


def byline(outlet: str | None, published: datetime | None, limit: int = MAX_OUTLET) -> str:
    """Where and when an article appeared: "Outlet · 4 Dec 2026, 17:24 UTC" (either may lack)."""
    name = " ".join((outlet or "").split())
    if len(name) > limit:
        name = name[: limit - 1].rstrip() + ELLIPSIS
    return " · ".join(part for part in (name, when(published)) if part)
