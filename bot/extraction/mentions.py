"""Mentions of people in an article's text, and the reading of capitalised runs into names."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from operator import sub

from bot.extraction.headlines import heading_word
from bot.extraction.index import CapitalIndex
from bot.extraction.joined_clauses import opens_joined_clause
from bot.extraction.joined_roles import after_joined_roles
from bot.extraction.lexicon import NOT_NAMES, ROLE_NOUNS, is_thing
from bot.extraction.misspelt import WORD
from bot.extraction.objects import object_before, thing_of_theirs
from bot.extraction.persons import (
    after_the,
    first_name_gender,
    is_modifier,
    names_a_noun,
    place_follows,
    portfolio_name,
)
from bot.extraction.place_nouns import names_a_place
from bot.extraction.products import is_product
from bot.extraction.runs import PARTICLE_SET, is_org, runs, split_run
from bot.extraction.sentence_openers import opens_sentence

CHUNK = 3000  # characters of a long paragraph searched for names at a time
_LOOK_BACK = 1200  # characters searched back for mentions before a position

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


# A word that opens a sentence as a participle: "Pressed on whether …", "Quizzed about …".
_PARTICIPLE_NEXT = re.compile(r" (?:on|about|over|by|whether|if|again|further|repeatedly)\b")


def participle_opening(text: str, at: int, run: str) -> bool:
    """Whether a one-word run ending in "-ed" opens a sentence before a preposition or
    "whether" ("Pressed on whether", "Quizzed about"): a verb's participle, no name, unless
    it is a known first name ("Ahmed on Tuesday")."""
    after_quote = text[max(0, at - 4) : at].rstrip(" ").endswith((".”", "?”", "!”"))
    if " " in run or not (after_quote or opens_sentence(text, at)) or first_name_gender(run):
        return False
    return _PARTICIPLE_NEXT.match(text, at + len(run)) is not None


_JOINED = ("al-", "el-")  # particles joined to a surname by a hyphen


def name_goes_on(text: str, at: int) -> bool:
    """Whether a name goes on at `at`: a capital, a particle ("Lula da Silva") or one joined by a
    hyphen to a capital ("Ahmad el-Haddad")."""
    space = text.find(" ", at, at + 5)
    if text[at : at + 1].isupper() or (space > at and text[at:space] in PARTICLE_SET):
        return True
    return text.startswith(_JOINED, at) and text[at + 3 : at + 4].isupper()


# Lower-case words before a name, the last one read for a verb: "rejected", "read out".
_LOWER_BEFORE = re.compile(r"(?:\b([a-z][a-z\-]*)\s+)?\b([a-z][a-z\-]*)\s+\Z")
# Prepositions, after which a possessive name may still be whom a sentence is about ("carried
# on through Aoki’s schooling. “…,” she says."), and particles after a verb ("read out").
_PREPOSITIONS = frozenset(
    "of in on at for with about from to by through during after before since until into onto"
    " over under like than via despite against among between behind beyond near past toward"
    " towards upon within without".split()
)
_COPULAS = frozenset("is was are were be been being".split())
_PARTICLES = frozenset("out over up down off back".split())


def owner_after_verb(text: str, begin: int, end: int) -> bool:
    """Whether a possessive name is the object's owner after a verb ("Ana Ruiz rejected Tom
    Ode’s claims", "read out Tom Ode’s letter"): never the sentence's subject."""
    if not text.endswith(("’s", "'s"), begin, end):
        return False
    words = _LOWER_BEFORE.search(text, max(0, begin - 40), begin)
    if words is None:
        return False
    verb, last = words.groups()
    if verb and (last in _PARTICLES or last in ROLE_NOUNS):  # "read out", "kept founder X’s"
        last = verb
    return last not in _PREPOSITIONS and last not in _COPULAS  # "it was Ann Lee’s turn": hers


def not_subject(text: str, name: str, begin: int, end: int) -> bool:
    """An object ("told Smith"), a modifier ("the Lemme founder") or a thing ("the Web")."""
    if opens_joined_clause(text, begin, end):
        return False  # "They host the Wolves, and Drummond said": a new clause's subject
    if after_joined_roles(text, begin):
        return False  # "The actor and director Tom Hale said": the roles' subject
    return (
        object_before(text, begin)
        or is_modifier(text, end)
        or names_a_noun(text, begin, end)
        or names_a_place(text, begin, end)
        or place_follows(text, end)
        or thing_of_theirs(text, begin, end)
        or owner_after_verb(text, begin, end)
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


class MentionIndex:
    """The mentions of people in one article, found paragraph by paragraph (lines of `text`)
    and only where they are needed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] = []
        self._chunks: dict[int, list[Mention]] = {}
        self._found: dict[str, list[Mention]] = {}
        self._quoted = Quoted()  # set by the caller; shared with the genders, not through self
        self._in_quote = self._quoted.covers
        self.index = CapitalIndex(text)

    def _chunk_starts(self) -> list[int]:
        """Where each chunk starts: every line, and a line longer than `CHUNK` characters is
        cut after a sentence (or a space) so that no chunk is much longer."""
        if not self._starts:
            text, starts, at = self.text, [0], self.text.find("\n")
            while at >= 0:
                starts.append(at + 1)
                at = text.find("\n", at + 1)
            ends = [*starts[1:], len(text) + 1]
            if len(text) > CHUNK and max(map(sub, ends, starts)) > CHUNK:
                pairs = zip(starts, ends, strict=True)
                starts = [cut for start, end in pairs for cut in chunk_cuts(text, start, end - 1)]
            self._starts = starts
        return self._starts

    def _chunk_of(self, at: int) -> int:
        return bisect_right(self._chunk_starts(), at) - 1

    def _chunk(self, number: int) -> list[Mention]:
        """The mentions in one line of the text (built once, on first use)."""
        cached = self._chunks.get(number)
        if cached is not None:
            return cached
        starts, text = self._chunk_starts(), self.text
        base = starts[number]
        stop = starts[number + 1] if number + 1 < len(starts) else len(text)
        stop -= text[stop - 1 : stop] == "\n"
        found: list[Mention] = []
        in_quote = self._in_quote
        for begin, end, run in runs(text[base:stop]):
            name, from_end = RUN_NAMES.get(run) or run_name(run)
            if not name or (run.endswith("ed") and participle_opening(text, base + begin, run)):
                continue
            begin, end = begin + base, end + base
            start = end - from_end if from_end else begin
            portfolio = portfolio_name(text, begin, run) if run.count(" ") > 1 else None
            if portfolio:
                name, start = portfolio, end - len(portfolio)
            if in_quote(start) or is_product(text, begin, end):
                continue  # "84,000 Kestrel Vireo and Kestrel Atlas vehicles": no people
            if heading_word(text, begin, end):
                continue  # "Summer in Linen", "Grace Notes", a section heading: no one
            found.append(Mention(start, end, name, text, begin))
        self._chunks[number] = found
        return found

    def occurrences(self, word: str) -> list[Mention]:
        """Mentions containing `word` (a whole word), in text order."""
        cached = self._found.get(word)
        if cached is None:
            cached, seen = [], set()
            for at in self.index.find(word, whole=True):
                for mention in self._chunk(self._chunk_of(at)):
                    if mention.start <= at < mention.end and mention.start not in seen:
                        seen.add(mention.start)
                        cached.append(mention)
            self._found[word] = cached
        return cached

    def names_near(self, piece: str, keep: Callable[[str], bool]) -> Iterator[str]:
        """The names of the mentions in every chunk where a word opening with `piece` passes
        `keep`, in text order: a name's words are written in its chunk, so no other need be read."""
        text, starts = self.text, self._chunk_starts()
        numbers: list[int] = []
        at = text.find(piece)
        while at >= 0:
            number = bisect_right(starts, at) - 1
            if not numbers or numbers[-1] != number:
                stop = starts[number + 1] if number + 1 < len(starts) else len(text)
                word = WORD.match(text, at, stop)
                if word and keep(word.group()):
                    numbers.append(number)
            at = text.find(piece, at + 1)
        return (mention.name for number in numbers for mention in self._chunk(number))

    def count(self, word: str) -> int:
        """How often a name (a surname, say) is mentioned outside quotes."""
        return len(self.occurrences(word))

    def set_quoted(self, ranges: list[tuple[int, int]]) -> None:
        """Tell where quotations are, so names inside them are not taken as speakers."""
        self._quoted.set(ranges)

    def before(self, at: int, limit: int = 10, floor: int = 0) -> list[Mention]:
        """Up to `limit` mentions that start before `at`, most recent first; with `floor`, only
        those of them that start there or later."""
        return list(self.iter_before(at, limit, floor))

    def iter_before(self, at: int, limit: int = 10, floor: int = 0) -> Iterator[Mention]:
        """The mentions of `before`, one by one: a line further back is read only when the
        caller goes on to it, and never once the lines read start before `floor`."""
        if floor >= at:
            return  # no room between them for a mention: no line needs reading
        count, number = 0, self._chunk_of(at)
        while number >= 0 and count < limit:
            for mention in reversed(self._chunk(number)):
                if mention.start < floor:
                    return
                if mention.start < at:
                    yield mention
                    count += 1
                    if count >= limit:
                        return
            begin = self._chunk_starts()[number]
            if begin < at - _LOOK_BACK or begin <= floor:
                return
            number -= 1
