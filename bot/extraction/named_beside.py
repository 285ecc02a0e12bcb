"""Whether a quote's speaker is named right beside it: the surest attributions a post can show.

A speaker named in the quote's own tag ("…,” said Ana Ruiz.", "Ruiz said: “…”") is far more
often right than one reached through a pronoun, a role or an earlier paragraph, so key quotes
prefer those.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise

from bot.extraction.chars import is_word_char

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
    return any(has_word(window, name) for name in names)


def has_word(text: str, word: str) -> bool:
    """Whether `word` occurs in `text` with no word character right before or after it (a
    string search: a pattern per name would be compiled anew for almost every article)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = at > 0 and is_word_char(text[at - 1])
        if not before and not (end < len(text) and is_word_char(text[end])):
            return True
        at = text.find(word, at + 1)
    return False
