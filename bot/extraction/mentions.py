"""Mentions of people in an article's text, and the reading of capitalised runs into names."""

from __future__ import annotations

from bisect import bisect_left

from bot.extraction.lexicon import NOT_NAMES, is_thing
from bot.extraction.objects import object_before, thing_of_theirs
from bot.extraction.persons import after_the, first_name_gender, is_modifier, place_follows
from bot.extraction.runs import PARTICLE_SET, is_org, split_run

CHUNK = 3000  # characters of a long paragraph searched for names at a time

RUN_NAMES: dict[str, tuple[str, int]] = {}


def run_name(run: str) -> tuple[str, int]:
    """(the personal name in a capitalised run or "", its length if it ends the run or 0)."""
    name = "" if " " not in run and run.lower() in NOT_NAMES else split_run(run)[0]
    if name and (is_org(name) or is_thing(name)):
        name = ""  # "The", "But" opening a sentence; organisations; "Andromeda Galaxy"
    if len(RUN_NAMES) > 50_000:
        RUN_NAMES.clear()
    found = RUN_NAMES[run] = (name, len(name) if name and run.endswith(name) else 0)
    return found


def name_goes_on(text: str, at: int) -> bool:
    """Whether a name goes on at `at`: a capital or a particle ("Lula da Silva")."""
    space = text.find(" ", at, at + 5)
    return text[at : at + 1].isupper() or (space > at and text[at:space] in PARTICLE_SET)


def not_subject(text: str, name: str, begin: int, end: int) -> bool:
    """An object ("told Smith"), a modifier ("the Lemme founder") or a thing ("the Web")."""
    return (
        object_before(text, begin)
        or is_modifier(text, end)
        or place_follows(text, end)
        or thing_of_theirs(text, begin, end)
        or (" " not in name and after_the(text, begin) and first_name_gender(name) is None)
    )


class Mention:
    """A personal name written at `start` (cleaned), and whether it is a grammatical object;
    that is worked out when first asked, since most mentions are never asked about.

    A mention keeps the article's text, not the people of the article, so that an article's
    mentions hold no reference cycle and are freed as soon as the article is done.
    """

    __slots__ = ("_begin", "_object", "_text", "end", "name", "start")

    def __init__(self, start: int, end: int, name: str, text: str, begin: int) -> None:
        self.start, self.end, self.name = start, end, name
        self._text, self._begin = text, begin
        self._object: bool | None = None

    @property
    def is_object(self) -> bool:
        if self._object is None:
            self._object = not_subject(self._text, self.name, self._begin, self.end)
        return self._object


class Quoted:
    """Where an article's quotations are, to tell whether a position lies inside one."""

    __slots__ = ("_starts", "ranges")

    def __init__(self) -> None:
        self.ranges: list[tuple[int, int]] = []
        self._starts: list[int] = []

    def set(self, ranges: list[tuple[int, int]]) -> None:
        """Replace the quoted (start, end) ranges."""
        self.ranges = sorted(ranges)
        self._starts = [start for start, _ in self.ranges]

    def covers(self, at: int) -> bool:
        """Whether `at` lies inside a quotation."""
        index = bisect_left(self._starts, at + 1) - 1
        return index >= 0 and at < self.ranges[index][1]


def chunk_cuts(text: str, at: int, end: int) -> list[int]:
    """Chunk starts for the line text[at:end]: `at`, then after a sentence (or a space) every
    `CHUNK` characters or so."""
    found = [at]
    while end - at > CHUNK:
        cut = text.rfind(". ", at, at + CHUNK) + 2
        cut = cut if cut > 1 else text.rfind(" ", at, at + CHUNK) + 1
        at = cut if cut > at + 1 else at + CHUNK
        found.append(at)
    return found
