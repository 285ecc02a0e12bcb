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


def may_end_longer_name(text: str, name: str) -> bool:
    """Whether a longer name in Title Case may end with `name` somewhere: the word before
    one of its places has a capital or no letters ("U.N. Security Council"), which spares
    reading every organisation of the text when it is only "the Security Council"."""
    target = " " + name
    at = text.find(target)
    while at >= 0:
        if not _word_before(text, at).islower():  # a capital, or no letters at all ("&")
            return True
        at = text.find(target, at + 1)
    return False


def _word_before(text: str, at: int) -> str:
    """The word ending before `at`, past the spaces there."""
    end = at
    while end and text[end - 1] == " ":
        end -= 1
    start = end
    while start and not text[start - 1].isspace():
        start -= 1
    return text[start:end]
