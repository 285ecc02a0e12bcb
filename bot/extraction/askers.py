"""The one who puts a question in an opening "Asked by X whether …, she laughed.": no subject."""

from __future__ import annotations

import re

# A sentence opening with who asked, the name next: "Asked by host |Priyanka Desai-Holm whether
# …", "Pressed by the show’s presenter |Jo Hart on …": the asker, never the "she" after it.
_ASKED_BY = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?][”\"] )|(?<=\n))"
    r"(?:Asked|Pressed|Questioned|Quizzed|Challenged) by (?:[\w’'\-]+ ){0,4}$"
)


def asks_opening(text: str, start: int) -> bool:
    """Whether the name at `start` is whom an opening "Asked by …" names as the one asking."""
    if not text.endswith(" ", max(0, start - 1), start):
        return False
    return _ASKED_BY.search(text, max(0, start - 80), start) is not None
