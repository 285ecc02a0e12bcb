"""Whether a quote's speaker is named right beside it: the surest attributions a post can show.

A speaker named in the quote's own tag ("…,” said Ana Ruiz.", "Ruiz said: “…”") is far more
often right than one reached through a pronoun, a role or an earlier paragraph, so key quotes
prefer those.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise

NEAR = 60  # characters either side of the quote, within its paragraph
MAX_GAP = 200  # the text between a split quote's halves counts when no longer than this
_SMALL = frozenset({"the", "of", "and", "for", "de", "la", "van", "von", "der", "du", "le"})


def name_words(speaker: str) -> list[str]:
    """The words that name a speaker: capitalised, three letters or more, no particles."""
    return [w for w in speaker.split() if len(w) > 2 and w[0].isupper() and w.lower() not in _SMALL]


def beside(
    flat: str, starts: Sequence[int], pieces: Sequence[tuple[str, int]], speaker: str | None
) -> bool:
    """Whether `speaker` is named within NEAR characters of the quote's pieces in `flat`,
    without crossing into another paragraph (`starts`: sorted paragraph starts)."""
    names = name_words(speaker) if speaker else []
    if not names or not pieces:
        return False
    first, last = pieces[0][1], pieces[-1][1] + len(pieces[-1][0])
    index = bisect_right(starts, first) - 1
    para_start = starts[index] if index >= 0 else 0
    para_end = starts[index + 1] if index + 1 < len(starts) else len(flat)
    around = [flat[max(para_start, first - NEAR) : first], flat[last : min(para_end, last + NEAR)]]
    for (text, at), (_, following) in pairwise(pieces):
        if following - (at + len(text)) <= MAX_GAP:
            around.append(flat[at + len(text) : following])
    window = " ".join(around)
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", window) for name in names)
