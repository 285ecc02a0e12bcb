"""A body's whole name around a piece of it a narrower pattern found."""

from __future__ import annotations

from bot.extraction.orgs import org_spans

_REACH = 60  # characters read before the piece for the start of the whole name


def whole_body(text: str, start: int, name: str) -> str:
    """The body's whole name ending where `name`, found at `start`, ends, when the name begins
    earlier ("Competition and Consumer Authority" for "Consumer Authority"), else `name`."""
    if " and " not in text[max(0, start - _REACH) : start + 1]:
        return name
    base = max(0, start - _REACH)
    for found_start, found_end, found in org_spans(text[base : start + len(name)]):
        if base + found_end == start + len(name) and base + found_start < start:
            return found
    return name
