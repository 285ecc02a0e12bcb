"""A person's likely gender: from a first-name list, a gendered title, or he/she after them."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.described_names import described_end, described_somewhere
from bot.extraction.index import CapitalIndex
from bot.extraction.lexicon import TITLE_ABBREVIATIONS, TITLES
from bot.extraction.lexicons import given_to_both
from bot.extraction.name_endings import ending_gender
from bot.extraction.next_subjects import next_subject_fits
from bot.extraction.objects import object_before
from bot.extraction.persons import first_name_gender
from bot.extraction.quoted_pronouns import said_after_quote
from bot.extraction.run_starts import name_start
from bot.extraction.sentence_openers import is_opener
from bot.extraction.title_genders import (
    own_name_gender,
    role_before_gender,
    title_gender,
)

# A capital after a small letter or comma and a space; the capital comes first, a quick scan.
_NEXT_NAME = re.compile(r"[A-Z](?<=[a-z,;] [A-Z])")
# Whole words "he", "she", "himself", "herself", found by their literal "h" (a fast scan): the
# words ending in "he" ("the", "ashe") are left out in the pattern, not one by one afterwards.
_HE = re.compile(r"h(?:(?<!\wh)(?:e|is|imself|erself)|(?<=(?<!\w)[Ss]h)e)\b")
_HER = re.compile(r"\b[Hh]er\b")  # a "her" before a "he" or "his": the "he" is someone else
_MALE = ("he", "his", "himself")
_HE_CAPITAL = re.compile(r"He(?<!\wHe)\b")  # a sentence's "He", scanned for on its own
_REACH = 120  # characters after a mention searched for the pronoun that refers to it
_PAST_STOP = 10  # characters read past a search's stop, so a pronoun before it is seen whole
_BACK = 40  # characters read before a name for a named subject and its verb
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "SSRIs", "NGOs": never one person
# "Earlier, Ivo Marsh also left Acme, and he …": a named subject and its verb before a name.
_SUBJECT_AND_VERB = re.compile(
    r"(?:^|[,;] |[.!?] |\n)([A-Z][\w’'\-]+)(?: [A-Z][\w’'\-]+){0,2}(?: [a-z]+){1,2} $"
)
_STAGE_PREFIXES = (" DJ ", " MC ", "\nDJ ", "\nMC ")  # "by DJ Zinc": a stage name follows


def _title_stop(text: str, stop: int) -> bool:
    """Whether the stop at `stop` ends a title's abbreviation ("Dr.", "Prof."), no sentence."""
    word = text[max(0, stop - 6) : stop].rpartition(" ")[2].rpartition("\n")[2]
    return word.lower() in TITLE_ABBREVIATIONS


# What may stand before a name that opens its clause: a sentence's start, a comma, a title.
_CLAUSE_OPENS = re.compile(r"(?:[.!?]\s|\n|,\s|[A-Z][\w.]*\s)$")
# A speech verb and a pronoun after a name, an aside between them: "Jean Roux, who bakes, said
# his", "Robin Hale and his (wife)".
_SPEAKS_OF = re.compile(
    r"(?:,[^,.;:“”\"]{1,80},)?\s+(?:(?:said|says|added|adds|explained|insisted|argued|admitted"
    r"|recalled|noted|stressed|warned|conceded|acknowledged|confirmed)\s+(?:that\s+)?"
    r"(he|she|his|her)|and\s+(his|her))\b"
)
_ASKED = (" asked", " asks")  # a name's verb after a question: the reply is someone else's
_GIVEN_BEFORE = re.compile(r"(?<![\w’'\-])([A-Z][\w’'\-]+) $")  # "Ruud " before "Kell"


class Genders:
    """Guesses 'm' or 'f' for the names of one article (cached per name)."""

    def __init__(self, index: CapitalIndex, in_quote: Callable[[int], bool]) -> None:
        self.index = index
        self.text = index.text
        self.in_quote = in_quote
        self._gender: dict[str, str | None] = {}
        self._known: dict[str, bool] = {}
        self._fits: dict[tuple[str, str], bool] = {}
        self._capital_he: bool | None = None  # whether "He" is written at all, once asked
        # Whether "his name," "her name as" or the like can be written at all, asked once: a
        # name's first word is looked up for one only then.
        self._own_names: bool | None = None

    def mid_sentence(self, name: str) -> bool:
        """Whether `name` is written capitalised somewhere mid-sentence."""
        cached = self._known.get(name)
        if cached is None:
            text = self.text
            cached = any(
                at >= 2
                and text[at - 1] == " "
                and (
                    text[at - 2] in "abcdefghijklmnopqrstuvwxyz,;”"
                    or text.endswith(_STAGE_PREFIXES, 0, at)
                    or (text[at - 2] == "." and _title_stop(text, at - 2))
                )
                for at in self.index.find(name, whole=True)
            )
            self._known[name] = cached
        return cached

    def learn(self, name: str, gender: str) -> None:
        """Take `gender` for a name no list or pronoun settled: "he" or "she" was read as them."""
        if " " in name and self.gender(name) is None:
            self._gender[name] = gender

    def _pronoun_after(self, at: int, stop: int) -> tuple[int, str] | None:
        """(position, lower-case word) of the first he/she/his/himself/herself written at `at`
        or later, when it starts before `stop`; searched near the mention, not the whole text."""
        text, limit = self.text, stop + _PAST_STOP
        found: tuple[int, str] | None = None
        match = _HE.search(text, at, limit)
        while match is not None:
            start, word = match.start(), match.group()
            if start and text[start - 1] in "Ss":
                start, word = start - 1, "she"
            if start >= at:
                found = (start, word)
                break
            match = _HE.search(text, match.start() + 1, limit)  # a "she" begun just before
        if self._capital_he is None:
            self._capital_he = "He" in text
        if self._capital_he:
            capital = _HE_CAPITAL.search(text, at, limit)
            if capital and (found is None or capital.start() < found[0]):
                found = (capital.start(), "he")
        return found if found and found[0] < stop else None

    def gender(self, name: str) -> str | None:
        """'m', 'f' or None: from he/she after its mentions, else from the first name."""
        if name in self._gender:
            return self._gender[name]
        last = name.rpartition(" ")[2]
        if _PLURAL_ACRONYM.fullmatch(name):
            self._gender[name] = None  # "SSRIs, are linked …, he said": things, no person
            return None
        first = name.partition(" ")[0]  # "Mrs Kavita Rawat": a title before the given name too
        if self._own_names is None:
            self._own_names = " name" in self.text  # one search of the article, not one per name
        prior = (  # "who gave his name as Kim"
            own_name_gender(self.text, self.index.find(first)) if self._own_names else None
        ) or role_before_gender(self.text, self.index.find(first))  # "Her husband, Min Bahadur,"
        if not prior and " " not in name:  # "Ms Thomas": a title says more than a name list
            prior = title_gender(self.text, last, self.index.find(last))
        listed = first_name_gender(name)
        if not prior and listed and " " in name:  # "Mr Robin Hale", "Jean Roux … his"
            prior = self._shown_other(first, name.split()[-2], last, listed)
        prior = prior or listed or (ending_gender(name) if " " in name else None)  # "X Ismailova"
        if not prior:  # where the surname is written is looked up only if no list settles it
            places = self.index.find(last) + (self.index.find(first) if first != last else [])
            prior = title_gender(self.text, last, places)  # "Mrs Ode" may be his mother
        if prior:  # a common first name or a gendered title ("Pope Francis") settles it
            self._gender[name] = prior
            return prior
        votes = self._votes(last, name.split()[-2] if " " in name else "")
        if " " not in name and votes["m"] == votes["f"]:
            votes = self._described_votes(name, places)
        result = None if votes["m"] == votes["f"] else "m" if votes["m"] > votes["f"] else "f"
        if " " not in name and (
            name.isupper()
            or (
                abs(votes["m"] - votes["f"]) < 2
                and not self.mid_sentence(name)
                and described_end(self.text, name, places) is None
            )
        ):
            result = None  # one pronoun is weak evidence that a lone word is a person, and
            # an acronym ("AI … she told us") is a thing or a body however many follow it
        self._gender[name] = result
        return result

    def _shown_other(self, first: str, given: str, last: str, listed: str) -> str | None:
        """The other gender than the name list's when the article shows it and no pronoun
        after the name says the list's: a title before the first name ("Mr Robin Hale"), or for
        a name given to both, a pronoun right after it as its subject speaks ("Jean Roux, who
        bakes, said his rent …", "Robin Hale and his wife")."""
        other = "f" if listed == "m" else "m"
        shown = title_gender(self.text, first, self.index.find(first)) == other
        once = given_to_both(first) and self._pronoun_once(last, given) == other
        shown = shown or once
        return other if shown and not self._votes(last, given)[listed] else None

    def _pronoun_once(self, last: str, given: str) -> str | None:
        """'m' or 'f' from the first mention of a surname that opens its clause and is
        followed by a speech verb and "he", "she", "his" or "her", or by "and his"/"and her"."""
        text = self.text
        for at in self.index.find(last, whole=True):
            if self.in_quote(at) or (given and self._someone_else(at, given)):
                continue
            start = name_start(text, at)
            if start and not _CLAUSE_OPENS.search(text, max(0, start - 30), start):
                continue  # "married to stuntman Paul Riordan, joked that her": not his
            found = _SPEAKS_OF.match(text, at + len(last))
            if found:
                return "f" if (found.group(1) or found.group(2)) in ("she", "her") else "m"
        return None

    def described(self, name: str) -> bool:
        """Whether a name is set somewhere before an appositive saying what person it is
        ("Amadou Sall, the opposition leader"): a person, whatever their first name."""
        return described_somewhere(self.text, self.index, name)

    def _described_votes(self, name: str, places: list[int]) -> dict[str, int]:
        """The he or she just after the appositive that describes a lone name as a person."""
        votes = {"m": 0, "f": 0}
        close = described_end(self.text, name, places) if " " not in name else None
        found = self._pronoun_after(close, self._past_quote(close)) if close else None
        if (
            close
            and found
            and not self.in_quote(found[0])
            and not self._named_between(close, found[0])
        ):
            votes["f" if found[1].startswith(("she", "her")) else "m"] += 1
        return votes

    def _past_quote(self, start: int) -> int:
        """Where a search for a pronoun from `start` stops: `_REACH` characters on, plus the
        length of a quote opened within them ("X, one of …, said …. “…,” she said.")."""
        stop = start + _REACH
        opening = self.text.find("“", start, stop)
        closing = self.text.find("”", opening, opening + 600) if opening >= 0 else -1
        return stop + closing - opening if closing > 0 else stop

    def _named_between(self, start: int, end: int) -> bool:
        """Whether a name is written outside quotes between two positions."""
        found = _NEXT_NAME.search(self.text, start, end)
        while found is not None:
            if not self.in_quote(found.start()):
                return True
            found = _NEXT_NAME.search(self.text, found.end(), end)
        return False

    def fits(self, name: str, gender: str) -> bool:
        """Whether a name whose first name the lists give the other gender is still `gender`:
        the pronouns after it in the article are all that (a name given to both, a stage
        name), twice or more for a full name, once for one written alone ("DJ Robin … his"),
        or a name given to both opening the sentence before one "he" opens; never a lone name
        a title or role before it gives a gender ("Ms Thomas … he"). Asked only where the
        lists' gender would rule the name out."""
        key = (name, gender)
        found = self._fits.get(key)
        if found is None:
            votes = self._votes(name.rpartition(" ")[2])
            found = not votes["f" if gender == "m" else "m"] and (
                votes[gender] > (" " in name) or next_subject_fits(self.index, name, gender)
            )
            if found:  # the places of a lone name are read only when the pronouns allow it
                text, places = self.text, self.index.find(name) if " " not in name else []
                shown = title_gender(text, name, places) or role_before_gender(text, places)
                found = first_name_gender(name) is not None and not shown  # "Ms Thomas … he"
            self._fits[key] = found
        return found

    def _after_subject(self, at: int) -> bool:
        """Whether a named subject and its verb come just before `at` in the same clause."""
        found = _SUBJECT_AND_VERB.search(self.text, max(0, at - _BACK), at)
        return found is not None and not is_opener(found.group(1))

    def unconfirmed(self, name: str) -> bool:
        """Whether no pronoun after the name agrees with the gender its first name gives."""
        listed = first_name_gender(name)
        return listed is not None and not self._votes(name.rpartition(" ")[2])[listed]

    def _someone_else(self, at: int, given: str) -> bool:
        """Whether the surname at `at` follows a given name other than `given`: "Ruud Kell …
        his" gives no gender to "Zorya Kell", his daughter."""
        found = _GIVEN_BEFORE.search(self.text, max(0, at - _BACK), at)
        if found is None:
            return False
        word = found.group(1)
        return word != given and word.lower() not in TITLES and not is_opener(word)

    def _votes(self, last: str, given: str = "") -> dict[str, int]:
        """He/she counts right after the subject mentions of a surname (those after `given`
        or after no other given name, when it is set)."""
        votes = {"m": 0, "f": 0}
        text = self.text
        for at in self.index.find(last, whole=True):
            end = at + len(last)
            if self.in_quote(at) or (given and self._someone_else(at, given)):
                continue
            nxt = _NEXT_NAME.search(text, end, end + _REACH)
            stop = nxt.start() if nxt else min(len(text), end + _REACH)
            pronoun = self._pronoun_after(end + 3, stop)
            if pronoun is None or self.in_quote(pronoun[0]):
                continue
            lone = " " not in last and not given  # "Sutrisno … returned. “…,” he said."
            if ". " in text[end : pronoun[0]] and not (
                lone and said_after_quote(text, end, pronoun, self.index.find(last, whole=True))
            ):
                continue
            if pronoun[1] in _MALE and _HER.search(text, end, pronoun[0]):
                continue  # "X said her client … to protect his goats": "his" is the client's
            if text.startswith(_ASKED, end) and "\n" in text[end : pronoun[0]]:
                continue  # "“…?” X asked.\n\n“…,” she replied.": the one asked, not X
            if text.startswith((", which ", " which "), end):
                continue  # "kissed the Harbour Stone, which she had seen": a thing, not her
            if self._after_subject(at):
                continue  # "Ivo also left Acme, and he …": "he" is Ivo, not Acme
            if not object_before(text, name_start(text, at)):  # asked only when it matters
                votes["f" if pronoun[1].startswith(("she", "her")) else "m"] += 1
        return votes
