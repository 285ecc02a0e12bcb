"""Who filed the court paper a quote is read from ("“…,” the motion states"): the one the
sentences just before name as asking the court, or no one when a party's lawyers filed it."""

from __future__ import annotations

import re

_PAPER = r"(?:motion|filing|brief|request|petition|application|court\s+papers|papers)"
# A sentence telling what someone asked of the court: "Ashby also asked Judge X to …", "In the
# same motion, Ashby told the judge …", "Defence lawyer X filed a motion", "She asked that …".
_ASKER = re.compile(
    r"(?:(?:In|On|At)\s+[^,;:“”\"]{1,60},\s+)?(?P<who>[A-Z][^.!?;:“”\"]{0,120}?)\s+"
    r"(?:(?:also|further|then|later|has|had|have|separately)\s+)*"
    r"(?:(?:asked|asks|urged|urges|requested|requests|told|tells|petitioned)\s+(?:the\s+)?"
    r"(?:court|judge|Judge|panel|magistrate|that|for)\b"
    rf"|(?:filed|files|submitted|lodged)\s+(?:a|an|the|her|his|its|their)\s+(?:[a-z\-]+\s+){{0,2}}"
    rf"{_PAPER}\b"
    rf"|(?:wrote|argued|said|stated)\s+in\s+(?:(?:a|an|the|her|his|its|their)\s+)?"
    rf"(?:[a-z\-]+\s+){{0,2}}{_PAPER}\b)"
)
# Whoever asks is a party's lawyers or an unnamed side: "X's defence team", "His lawyers", "The
# defence", "Prosecutors": the paper is theirs, no one named.
_UNNAMED_SIDE = re.compile(
    r"(?:[’']s\s+|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+)(?:defen[cs]e|lawyers|attorneys|legal\s+team"
    r"|counsel|prosecution)\b|^(?:[Pp]rosecutors|[Dd]efen[cs]e\s+(?:lawyers|attorneys))\b"
)
_SENTENCE = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])|\n")
_REACH = 1200  # characters looked back for the one who asked
_SENTENCES = 6  # sentences looked back, the nearest first


def mover(text: str, at: int) -> tuple[int, str] | None:
    """(where, who) for the one the sentences before `at` name as asking the court in a paper
    ("Ashby also asked the judge to …": "Ashby"); (where, "") for a party's lawyers or another
    side left unnamed; None when no sentence in reach asks anything of the court."""
    start = max(0, at - _REACH)
    window = text[start:at]
    cuts = [0, *(m.end() for m in _SENTENCE.finditer(window))]
    for begin in reversed(cuts[-_SENTENCES:]):
        found = _ASKER.match(window, begin)
        if found is None:
            continue
        who = found.group("who")
        if _UNNAMED_SIDE.search(who):
            return start + found.start("who"), ""
        return start + found.start("who"), who
    return None
