"""Bounds on the work one article may cost extraction, whatever the size of its body."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterator, Sequence

_SPACE = re.compile(r"\s")

# What extraction (summary, quotes, speakers) looks at, so that its work is bounded whatever
# the file: the longest real article seen has 664 paragraphs, 54,000 characters, and no
# paragraph over 1,300 characters. The stored body stays whole; only the work is capped.
EXTRACT_MAX_PARAGRAPHS = 1_000
EXTRACT_MAX_PARAGRAPH_CHARS = 5_000
EXTRACT_MAX_CHARS = 100_000


def extraction_view(paragraphs: Sequence[str]) -> tuple[str, ...]:
    """The part of a body that extraction looks at: capped in paragraphs and characters."""
    view: list[str] = []
    budget = EXTRACT_MAX_CHARS
    for paragraph in paragraphs[:EXTRACT_MAX_PARAGRAPHS]:
        if budget <= 0:
            break
        piece = paragraph[: min(EXTRACT_MAX_PARAGRAPH_CHARS, budget)]
        view.append(piece)
        budget -= len(piece)
    return tuple(view)


def chunked_identity(headline: str, paragraphs: Sequence[str], size: int = 1 << 20) -> str:
    """`content_identity` of a long text, computed a chunk at a time in bounded memory.

    Chunks meet at whitespace or between paragraphs, so no word is cut and each chunk
    normalises exactly as its part of the whole text would: the hash sees the same text.
    """
    from bot.extraction import _VARIANTS

    digest = hashlib.sha256()
    separator = b""
    for chunk in itertools.chain([f"{headline}\n"], _chunks(paragraphs, size)):
        text = chunk.lower()
        for variant, plain in _VARIANTS:
            text = text.replace(variant, plain)
        normalized = " ".join(text.split())
        if normalized:
            digest.update(separator + normalized.encode("utf-8"))
            separator = b" "
    return "sha256:" + digest.hexdigest()


def collapse_spaces(text: str, size: int = 1 << 20) -> str:
    """`" ".join(text.split())`, a chunk at a time for a long text, so that its words never
    all sit in one list (a hostile body of 50 MB held 17 million of them)."""
    if len(text) <= size:
        return " ".join(text.split())
    parts = (" ".join(chunk.split()) for chunk in _cut_at_whitespace(text, size))
    return " ".join(part for part in parts if part)


def _chunks(paragraphs: Sequence[str], size: int) -> Iterator[str]:
    """Runs of whole paragraphs of about `size` characters; longer ones cut at whitespace."""
    batch: list[str] = []
    length = 0
    for paragraph in paragraphs:
        if batch and length + len(paragraph) > size:
            yield " ".join(batch)
            batch, length = [], 0
        if len(paragraph) > size:
            yield from _cut_at_whitespace(paragraph, size)
        else:
            batch.append(paragraph)
            length += len(paragraph) + 1
    if batch:
        yield " ".join(batch)


def _cut_at_whitespace(text: str, size: int) -> Iterator[str]:
    start = 0
    while len(text) - start > size and (match := _SPACE.search(text, start + size)):
        yield text[start : match.end()]
        start = match.end()
    yield text[start:]
