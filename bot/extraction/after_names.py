"""The speaker a sentence right after a bare quote names when it points back at the quote
("Those were the words of Beatriz, a fruit seller.", "So said Kwame Asante.")."""

from __future__ import annotations

from bot.extraction import cues
from bot.extraction.lexicons import lone_given
from bot.extraction.orgs import with_place
from bot.extraction.runs import clean_run, runs


def refers_back_name(after: str) -> str | None:
    """The first name (a full name, or a listed given name alone) after the words pointing back
    at the quote ("That was the view of", "So said"); None when they do not open `after`."""
    found = cues.REFERS_BACK.match(after)
    if found is None:
        return None
    sentence = after[: found.end()] + after[found.end() :].split(". ", 1)[0]
    for start, end, run in runs(sentence):  # read after its opening words: "from Per Lund"
        if start < found.end():
            continue
        name = clean_run(run)
        if (full := with_place(name, sentence, end)) != name:
            return full  # "the Harbour Authority of Tolva"
        if " " in name or lone_given(name):
            return name
    return None
