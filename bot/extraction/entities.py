"""The organisations of one article as entities: full names in text order, and their aliases."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left

from bot.extraction import org_fits as kinds
from bot.extraction.acronyms import PUBLIC_NOUNS, Acronyms, acting_acronym
from bot.extraction.body_kinds import (
    body_by_kind,
    introduced,
    may_be_introduced,
    may_start_body,
    named_again,
    named_beside_kind,
    names_first,
)
from bot.extraction.body_nouns import described_as
from bot.extraction.cause_groups import with_cause_groups
from bot.extraction.club_roles import named_short
from bot.extraction.cut_forms import short_forms
from bot.extraction.generic_orgs import (
    BESIDE_NOUN,
    GENERIC_ORGS,
    NOUN_AFTER,
    SAME_AS,
    beside_indefinite,
    subject_since,
)
from bot.extraction.index import CapitalIndex
from bot.extraction.lexicon import NAME_RUN, NOT_NAMES
from bot.extraction.lexicons import common_words, is_common_plural, is_place, listed_gender
from bot.extraction.org_extents import may_end_longer_name
from bot.extraction.orgs import has_org_word, may_name_alone, org_spans
from bot.extraction.runs import split_run
from bot.extraction.which_bodies import lede_body, which_body

MAX_ORGS = 2_000  # organisation mentions read per article
_REACH = 160  # characters read after a short form for the full name it starts
_TRIES = 20  # places of a short form looked at
_MAX_RUNS = 5_000  # capitalised runs read per article when looking for an institution
_NEAR = 1500  # characters either side searched for a band's name
_LONE_REACH = 600  # characters looked back for a one-word company opening a sentence
# A sentence opened by one capitalised word and a verb: "Northwind recalled", "Shares in X",
# or up to three with any letters and an acronym in brackets: "Médecins Sans Frontières said",
# "Doctors Without Borders (MSF) said".
_LONE_SUBJECT = re.compile(
    r"(?:^|[.!?][”\"’]?\s+)(?:Shares (?:in|of) )?"
    r"([A-Z][^\W\d_A-Z]+[^\W\d_]*(?: [A-Z][^\W\d_]+){0,2})(?: \([A-Z]{2,6}\))?"
    r"(?:,[^,.]{1,40},)?"
    r"\s+(?:[a-z]+ed|[a-z]+s|said|has|is|was|will)\b"
)
_CALENDAR = frozenset([*calendar.month_name[1:], *calendar.day_name])
_ITS = re.compile(r"\b(?:its|it)\b")  # a body's sentence: "X said its clinic was hit"
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him)\b")  # a person's sentence, not a body's
# A band's name after "the", mid-sentence or opening one: "for the Lantern Wives", "The Lantern
# Wives cancelled".
_MID_THE_RUN = re.compile(
    r"(?:(?<=[a-z,] )[Tt]he|(?:^|(?<=[.!?] )|(?<=\n))The) [A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)*"
)


def _not_person(name: str) -> bool:
    """Whether a capitalised name does not start with a first name or a common word."""
    first = name.split()[0]
    return first.lower() not in NOT_NAMES and not listed_gender(first)


_SENTENCE_END = re.compile(r"[.!?][”\"]?\s")
_SHORT_OPENER = re.compile(r"([A-Z][\w\-]+)(?:,| [a-z])")  # "Pawcrest, which …," / "X said"


def _quoted(text: str, at: int) -> bool:
    """Whether `at` lies inside a quote opened earlier in its paragraph."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return before.count("“") > before.count("”")


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a name at `at` opens its sentence, a "The" aside ("The Harbour Board said")."""
    before = text[max(0, at - 6) : at].removesuffix("The ").rstrip(" ")
    return not before or before[-1] in '.!?\n”"'


def _ends_in(name: str, last: str, ends: set[str]) -> bool:
    """Whether a run's last word, bare or as written, is one of `ends`."""
    return last in ends or name.rpartition(" ")[2].lower() in ends


class Organisations:
    """Organisation mentions of a text: the one named last before a point, and the full name
    a short form stands for ("Northwind" for "Northwind Games")."""

    def __init__(self, index: CapitalIndex) -> None:
        self.index = index
        self.text = index.text
        self._mentions: list[tuple[int, str]] | None = None
        self._full: dict[str, str | None] = {}
        self._runs: list[tuple[int, str, str]] | None = None
        self._beside: list[tuple[int, str]] | None = None
        self._names: frozenset[str] | None = None  # the names of `mentions`, found once
        self._kinds: list[tuple[int, str]] | None = None  # bodies named with their kind
        self._acronyms = Acronyms(index)

    def mentions(self) -> list[tuple[int, str]]:
        """(position, full name) of every organisation mention, in text order (found once)."""
        if self._mentions is None:
            found = org_spans(self.text)[:MAX_ORGS]
            mentions = [(start, name) for start, _, name in found]
            short = named_short(self.text, mentions)  # "Rovers" again for "Carrow Rovers"
            spots = {at for at, _ in short}
            mentions = [m for m in mentions if m[0] not in spots or " " in m[1]] + short
            self._mentions = with_cause_groups(self.text, mentions + self._introduced())
        return self._mentions

    def _introduced(self) -> list[tuple[int, str]]:
        """(position, name) of the bodies named with their kind ("local company Yorkshire
        Soap"; of three words even after a first name: "Mercy Ships Asia, a charity,")."""
        if self._kinds is None:
            found = [(a, n) for a, n in introduced(self.text) if _not_person(n) or n.count(" ") > 1]
            self._kinds = named_again(self.text, found)  # and where each is named again
        return self._kinds

    def beside_kind(self, name: str) -> bool:
        """Whether the text sets `name` beside the kind of body it is ("her insurer, Harbour
        Mutual,", "Harbour Mutual, her insurer,"): read only around where it is written."""
        return named_beside_kind(self.text, name)

    def is_named(self, name: str) -> bool:
        """Whether the article names `name` as an organisation ("the watchdog group Newsguard");
        a word that is no organisation word is looked for only among the bodies named with
        their kind, as a name read from a run of capitals is of two words or is such a word."""
        if self._names is None and " " not in name and not may_name_alone(name):
            return may_be_introduced(self.text, name) and any(  # all are found only if it may be
                found == name for _, found in self._introduced()
            )
        if self._names is None:
            self._names = frozenset(found for _, found in self.mentions())
        return name in self._names

    def full(self, name: str) -> str | None:
        """The full name of the organisation that `name` is, or starts, else None."""
        if name not in self._full:
            found = self._find_full(name)
            if found is None and " " not in name and name.isalpha() and not name.isupper():
                upper = self._find_full(name.upper())  # "NordStar" for "NORDSTAR Records"
                found = upper if upper and " " in upper else None
            self._full[name] = found
        return self._full[name]

    def _find_full(self, name: str) -> str | None:
        text = self.text
        for count, at in enumerate(self.index.find(name, whole=True)):
            if count >= _TRIES:
                break
            following = text[at + len(name) : at + len(name) + 2]
            if following[:1] != " " or not following[1:].isupper() or _quoted(text, at):
                continue  # no capitalised word follows, or it is someone's words: no longer name
            spans = org_spans(text[at : at + _REACH])
            if spans and spans[0][0] == 0:
                full = spans[0][2]
                if full == name or (name in short_forms(full) and not is_place(name)):
                    return full
        if not may_start_body(text, name):
            return None  # no body named with its kind can start with the name
        longer = (  # "crisp maker Golden Harvest Snacks … Golden Harvest said", a name no
            found  # organisation word marks (one that holds one was looked for above)
            for _, found in self._introduced()
            if found.startswith(name + " ") and not has_org_word(found)
        )
        named = any(found == name for _, found in self._introduced())  # "Voltaren, a start-up,"
        return next(longer, name if named else None)

    def in_full(self, name: str, at: int) -> str:
        """An organisation's fullest name: an acronym spelled out ("WHO"), or the last longer
        mention before `at` ending with the name ("U.N. Security Council"), not just "The" more."""
        if name.isupper() and name.isalpha():
            return self._acronyms.spelled_out(name) or name
        if " " not in name or not may_end_longer_name(self.text, name):
            return name
        longer = [  # "U.N. Security Council", not "the …" nor a sentence's opening "The …"
            full
            for _, full in self.mentions()
            if full.endswith(" " + name)
            and full[: -len(name)] != "The "
            and full[: -len(name)].istitle()
        ]
        before = [full for pos, full in self.mentions() if pos < at and full in longer]
        return before[-1] if before else longer[0] if longer else name

    def last_before(self, at: int, noun: str = "") -> str | None:
        """The organisation named last before position `at` that a noun may stand for; the
        one opening that sentence when it names another after it ("Northwind Games agreed to
        buy Contoso Ltd. … the company said": Northwind Games)."""
        mentions = self.mentions()
        index = bisect_left(mentions, (at, ""))
        recent = mentions[max(0, index - 5) : index]
        last = kinds.last_fitting(recent, noun, self.text)
        if last is None:
            return last
        end = max(pos for pos, name in recent if name == last)
        opener = self._short_opener(end)  # "Pawcrest, which is owned by X, said": Pawcrest
        if opener and opener != last and kinds.last_fitting([(end, opener)], noun):
            return opener
        if len(recent) < 2:
            return last
        for pos, name in recent:
            other = pos < end and name != last and kinds.last_fitting([(pos, name)], noun)
            if other and self._subject_of_sentence(pos, end):
                return name
        return last

    def _short_opener(self, at: int) -> str | None:
        """The full name of a body whose one-word short form opens the sentence `at` is in."""
        start = max(self.text.rfind(". ", 0, at) + 2, self.text.rfind("\n", 0, at) + 1)
        found = _SHORT_OPENER.match(self.text, start, at)
        return self.full(found.group(1)) if found else None

    def _subject_of_sentence(self, pos: int, end: int) -> bool:
        """Whether a name at `pos` opens the sentence that goes on to `end`."""
        return _opens_sentence(self.text, pos) and not _SENTENCE_END.search(self.text, pos, end)

    def _lone_subject(self, at: int) -> str | None:
        """A one-word name that opens a recent sentence as its subject ("Northwind recalled
        2,000 cars."), not a person, a place or a common word: the company meant."""
        found = None
        for match in _LONE_SUBJECT.finditer(self.text, max(0, at - _LONE_REACH), at):
            name = match.group(1)
            end = self.text.find(".", match.end())
            if match.group().endswith("said") and not _ITS.search(self.text, match.end(), end):
                continue  # "X said its clinic was shelled": a body; "X said" alone may be anyone
            if " " in name:  # "Shelter Cymru warned": a body, not "Tom Reyes" or "The Hague"
                sentence = self.text[match.end(1) : self.text.find(".", match.end(1))]
                person = not _not_person(name) or bool(_PERSONAL.search(sentence))
                common = person or is_place(name)
            else:  # a first name is a person's only with a surname somewhere ("Sony" is a firm)
                given = listed_gender(name) and re.search(rf"\b{name} [A-Z]", self.text)
                common = bool(given or is_place(name)) or name.lower() in NOT_NAMES
                common = common or name in _CALENDAR  # "May saw prices rise": a month
                common = common or name.lower() in common_words() or is_common_plural(name.lower())
                common = common or bool(
                    re.search(rf"[A-Z][a-z]+ {name}\b", self.text)
                )  # "Tom Reyes"
            if not common:
                found = name
        return found

    def _beside_noun(self, at: int) -> str | None:
        """The name last set beside "the company" (or another generic noun) before `at`."""
        if self._beside is None:
            found = [(m.start(1), m.group(1)) for m in BESIDE_NOUN.finditer(self.text)]
            found += names_first(self.text, NOUN_AFTER) + beside_indefinite(self.text)
            self._beside = [(pos, name) for pos, name in sorted(found) if _not_person(name)]
        before = [item for item in self._beside if item[0] < at]  # or a body's subject since
        return subject_since(self.text, self.mentions(), before[-1], at) if before else None

    def _named_runs(self) -> list[tuple[int, str, str]]:
        """(position, name, last word) of the multi-word capitalised runs, found once."""
        if self._runs is None:
            found: list[tuple[int, str, str]] = []
            for match in NAME_RUN.finditer(self.text):
                if len(found) >= _MAX_RUNS:
                    break
                run = match.group()
                if " " in run:
                    last = run.rpartition(" ")[2].lower().rstrip(".,’'s")
                    found.append((match.start(), split_run(run)[0], last))
            self._runs = found
        return self._runs

    def by_noun(self, noun: str, at: int) -> str | None:
        """The named institution a noun ("the zoo", "the service") stands for, else None."""
        same = SAME_AS.get(noun)
        for words in ({noun}, set(same)) if same else ({noun},):  # its own word first
            for pos, name in reversed(self.mentions()):
                if pos < at and words.intersection(name.lower().split()):
                    return name  # "the office": "U.S. Attorney's Office for the Eastern District"
        named = self._named_runs()
        ends = {noun, *(same or ())}  # "the district": "Marlow County Public Schools"
        found = [(pos, name) for pos, name, last in named if name and _ends_in(name, last, ends)]
        before = [name for pos, name in found if pos < at]
        if before or found:  # one named only after the quote yields to one named by its kind
            return before[-1] if before else body_by_kind(self.text, noun, at) or found[0][1]
        if noun in GENERIC_ORGS:
            org = self._beside_noun(at) or which_body(self.text, at, self.mentions())
            org = org or self.last_before(at, noun)
            org = org or (self._lone_subject(at) if noun != "party" else None)
            org = org or lede_body(self.text, noun)
            if org:
                return org
        if noun in ("band", "group"):
            near = list(_MID_THE_RUN.finditer(self.text, max(0, at - _NEAR), at + _NEAR))
            if near:
                closest = min(near, key=lambda m: abs(m.start() - at))
                return closest.group().strip().removeprefix("the ")
        body = body_by_kind(self.text, noun, at) or described_as(self.text, noun, at)
        acronym = acting_acronym(self.text, at) if body is None and noun in PUBLIC_NOUNS else None
        return self._acronyms.spelled_out(acronym) or acronym if acronym else body
