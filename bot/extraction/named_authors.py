"""A document's author named in the sentence right after it: "The report, commissioned by the
X Board, found … Its author, Dr Ann Ode, said …" (the report is Ann Ode's, not the board's)."""

from __future__ import annotations

import re

from bot.extraction.lexicon import UPPER

# "Its author, Dr Ann Ode,", "The review’s lead author, Kofi Mensah,": the name, no title.
_ITS_AUTHOR = re.compile(
    r"[.!?]?\s*(?:Its|The\s+[a-z]+[’']s)\s+(?:lead\s+|main\s+|chief\s+|principal\s+)?author,\s+"
    r"(?:(?:Dr|Prof|Professor|Sir|Dame)\.?\s+)?"
    rf"([{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w’'\-]+){{1,3}}),"
)


def author_after(text: str, end: int) -> str | None:
    """The author the sentence starting at `end` opens by naming ("Its author, X,"), else None."""
    found = _ITS_AUTHOR.match(text, end)
    return found.group(1) if found else None
