"""Which of two names of unknown gender reads as a person, for a pronoun that needs one.

News names a person in full once, then by surname alone ("Lipunugi Gusenu … Gusenu said"); a
title or a show named in capitals ("Open Doors") is not cut to its last word. So when no name
list gives either name a gender, a name whose surname also stands alone in the article is the
likelier antecedent of "he" or "she" than a nearer one whose last word never does.
"""

from __future__ import annotations

from bot.extraction.lexicons import common_words, is_place
from bot.extraction.names import People


def plain_last(full: str) -> bool:
    """Whether a name of two or more words ends in a place or a common word, as titles and
    slogans do ("Recoding America", "Open Doors", "Keep Homes") and surnames seldom do."""
    words = full.split()
    return len(words) > 1 and (is_place(words[-1]) or words[-1].lower() in common_words())


def surname_alone(people: People, full: str) -> bool:
    """Whether the last word of a name of two or more words stands somewhere without the
    words before it, and is no place or common word."""
    words = full.split()
    if len(words) < 2 or plain_last(full):
        return False
    last, before = words[-1], " ".join(words[:-1]) + " "
    text = people.text
    return any(
        not text.startswith(before, at - len(before)) for at in people.index.find(last, whole=True)
    )


def likelier(people: People, nearer: str | None, farther: str) -> str:
    """Of two names of unknown gender met going back, the nearer one unless only the farther
    one reads as a person."""
    if nearer is None:
        return farther
    swap = nearer != farther and not surname_alone(people, nearer)
    return farther if swap and surname_alone(people, farther) else nearer
