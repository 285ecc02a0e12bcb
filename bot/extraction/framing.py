"""A person a sentence is framed around: "For Ann Lee, a nurse there, the promise came late"."""

from __future__ import annotations

import re

# "For"/"To" and a name of two or three words, then a comma, opening a sentence.
_FRAMED = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(?:For|To) ([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,2}),"
)


def framed_person(text: str) -> str | None:
    """The name a text opens with after "For" or "To" and before a comma, else None."""
    found = _FRAMED.match(text)
    return found.group(1) if found else None


def framed_people(text: str) -> list[str]:
    """Every name that opens a sentence of the text so ("… late. To Sam Ortiz, it was …")."""
    return [found.group(1) for found in _FRAMED.finditer(text)]
