"""Find the person a "he" or "she" points to: the latest fitting speaker, subject or object."""

from __future__ import annotations

import re

from bot.extraction.kin_names import kin_named, kin_opening
from bot.extraction.lexicons import is_place
from bot.extraction.mentions import Mention
from bot.extraction.name_spots import ends_institution, institution_name, on_example_list
from bot.extraction.names import People
from bot.extraction.opening_subjects import SENTENCE_END as SENTENCE_END  # for coref too
from bot.extraction.opening_subjects import opens_last_sentence, pronoun_goes_on
from bot.extraction.passive_agents import passive_agent
from bot.extraction.person_likeness import likelier
from bot.extraction.persons import SUBORDINATORS
from bot.extraction.spokespeople import proxy_surnames
from bot.extraction.titled_surnames import titled_full

SEARCH_BACK = 1500  # characters searched back for the person a pronoun points to
JUST_BEFORE = 300  # characters within which a person who just spoke is whom a pronoun means
# Verbs whose object answers: "Jo Hart interviewed Tom Reyes. “…,” he said." is Tom's.
# An aside may stand between: "Jo Hart, who hosts the show, asked Tom Reyes".
_ASKS = re.compile(r"(?:,[^,.;“”]{1,80},)?\s+(?:interviewed|asked|pressed|questioned|quizzed)\b")
# A subject pronoun of each gender, which goes on meaning the person it meant before.
_SUBJECT_PRONOUN = {"f": re.compile(r"\b[Ss]he\b"), "m": re.compile(r"\b[Hh]e\b")}
# "he interviewed the welder Sam Ortiz": the one asked is still whom the next "he said" means.
_ASKED_BEFORE = re.compile(r"\b(?:interviewed|asked|pressed|questioned|quizzed)(?: [a-z-]+){0,2} $")
# "Ada Roe says. “…,” he says.": the pronoun after the quote means who just said it.
_SAID_JUST_BEFORE = re.compile(r"(?<![\w’'])([A-Z][\w’'\-]+) (?:says|said)\. $")
# A word opening a clause inside a sentence: "A opened the show after B pulled out"; relative
# words too, which do not make the name after them an object ("the coach who Ann Lee hired").
_CLAUSE_WORDS = SUBORDINATORS | frozenset("as when that which who whom where once".split())
_SUBORDINATE = re.compile(rf"\b(?:{'|'.join(sorted(_CLAUSE_WORDS))})\s+$")
# A preposition before a name: "his opposition to Putin", "a feud with Ann Lee": the name is
# no subject, so a "he" after the sentence means its subject when that fits.
_PREPOSITION = re.compile(r"\b(?:to|of|with|against|by|for|from|about|toward|towards)\s+$")
# A subordinate clause opening a sentence right before a name: "When| Ann Lee asked …, …".
_OPENING_CLAUSE = re.compile(
    r"(?:^|[.!?”\n]\s*)(?:When|After|As|While|Before|Although|Though|If|Once|Since|Because)\s+$"
)


class PersonSearch:
    """Searches one article back from a position for the person a pronoun of a gender means."""

    def __init__(self, people: People) -> None:
        self.people = people
        self.spoken: list[tuple[int, str]] = []  # (position, speaker) of resolved quotes
        self.spoken_people: list[tuple[int, str]] = []  # those of them no organisation
        self._proxies: frozenset[str] | None = None  # surnames of those who speak for another

    def named_body(self, name: str) -> bool:
        """Whether the article names `name` as an organisation (none known here)."""
        return False

    def starts_body(self, name: str) -> bool:
        """Whether a name is an organisation's or starts one (none known here)."""
        return False

    def proxies(self) -> frozenset[str]:
        """Surnames of people named only as someone's publicist, spokesman or agent."""
        if self._proxies is None:
            self._proxies = proxy_surnames(self.people.text)
        return self._proxies

    def person_before(
        self, at: int, gender: str | None = None, window: int = SEARCH_BACK
    ) -> str | None:
        """The most recent person (a non-object mention or a quote's speaker) of that gender.

        A person known to have that gender beats a nearer one whose gender is unknown.
        """
        said = self._said_just_before(at, gender)
        if said:
            return said
        spoken = [(pos, name) for pos, name in self.spoken_people if pos < at]
        unsure: str | None = None
        objects: list[Mention] = []  # an object of that gender, when no subject fits
        for mention in self.people.iter_before(at):
            if mention.start < at - window:
                break
            if mention.start < at - JUST_BEFORE and not unsure:
                near = self._near_object(objects, at, gender)
                if near:
                    return near  # "The board thanked Omar Reyes. “…,” he said.": just named
            while spoken and spoken[-1][0] > mention.start:
                name = spoken.pop()[1]  # a quote's speaker is a person, one-word names too
                found = self._check(name, gender)
                if found == "yes":
                    return name
                unsure = unsure or (name if found == "maybe" else None)
            if ends_institution(self.people.text, mention.start):
                continue  # "the Keta Institute of Earth Sciences": no one
            if mention.is_object:
                objects.append(mention)
                continue
            full = titled_full(self.people, mention)  # "Mrs Doyle": not Frank Doyle
            place = is_place(full) and not kin_named(self.people.text, mention.start)
            if (" " in full or self.people.gender(full)) and not place:
                found = self._check(full, gender)
                body = found == "maybe" and self.named_body(full)  # a known he or she is none
                if gender and (institution_name(full) or body):
                    continue  # "…, Northfield College Leeds. He says": no "he" is a college
                if gender and found == "yes" and self.starts_body(full):
                    continue  # "Calloway" of "Calloway Partners": a firm, whatever its gender
                met = None
                asks = _ASKS.match(self.people.text, mention.end) if found == "yes" else None
                if (found == "no" or asks) and " " in full:  # the one asked, after "asked"
                    after = asks.end() if asks else mention.end
                    met = self._object_met(after, objects, at, gender)
                if met:
                    return met  # "Ann Vos met Trooper Kofi Mensah. “…,” he said.": the man
                if found == "yes" and unsure and full.split()[-1] in self.proxies():
                    continue  # "Her publicist, X, posted … “…,” she told fans": the star
                agent = found != "no" and passive_agent(self.people.text, mention, objects)
                if agent and (doer := self._object_of(agent, gender)):
                    return doer  # "Ann Lee’s plan was attacked by Eva Lind. “…,” she said."
                if (
                    found == "yes"
                    and gender in ("f", "m")
                    and kin_opening(self.people.text, mention.start, mention.end, gender)
                    and not self.people.speaks(mention)
                ):
                    continue  # "Her friend, X, urged her to. “…,” she said": whom "her" means
                if found == "yes":
                    main = self._main_subject(mention, gender)  # not a clause's subject
                    return main or self._speaker_beside(mention, at, gender) or full
                if found == "maybe" and self._just_spoke(mention, at):
                    return full
                if (
                    found == "maybe"
                    and gender
                    and (
                        opens_last_sentence(self.people.text, mention, full, at)
                        or (
                            pronoun_goes_on(self.people.text, mention, at, gender)
                            and self._first_in_sentence(mention)
                        )
                    )
                ):
                    self.people.genders.learn(full, gender)  # so "he adds" goes on meaning them
                    return full
                unsure = likelier(self.people, unsure, full) if found == "maybe" else unsure
        taken = next(filter(None, (self._object_of(m, gender) for m in objects)), None)
        if unsure or taken:
            return unsure or taken
        for _, name in reversed(spoken):
            if self._check(name, gender) != "no":
                return name
        return None

    def replier(self, at: int, gender: str) -> str | None:
        """Who "she replied" means right after a question a woman asked: the other woman named
        last before it, the one asked, an object too ("Jo Hart asked Ann Lee …")."""
        said = [name for pos, name in self.spoken if at - JUST_BEFORE < pos < at]
        if not said or self._check(said[-1], gender) != "yes":
            return None
        for mention in self.people.iter_before(at):
            if mention.start < at - SEARCH_BACK:
                break
            full = self.people.full_name(mention.name, mention.start)
            if full != said[-1] and self._check(full, gender) == "yes":  # "Lupe" too
                return full
        return None

    def _said_just_before(self, at: int, gender: str | None) -> str | None:
        """The person whose "Roe says." ends the sentence right before the quote at `at`, when
        only the name list gave them the other gender ("Andrea Roe says. “…,” he says.")."""
        text = self.people.text
        match = _SAID_JUST_BEFORE.search(text, max(0, at - 40), at) if gender else None
        if match is None:
            return None
        full = self.people.full_name(match.group(1), match.start())
        if " " not in full or self._check(full, gender) != "no":
            return None
        return full if self.people.genders.unconfirmed(full) else None

    def _near_object(self, objects: list[Mention], at: int, gender: str | None) -> str | None:
        """An object known to have that gender, named in a sentence ending just before `at`."""
        text = self.people.text
        for mention in objects:
            if at - mention.start < JUST_BEFORE and SENTENCE_END.search(text, mention.end, at):
                if self._pronoun_acts_on(mention, gender):
                    continue  # "In one picture, she hugs Ann Lee. “…,” she wrote.": not Ann
                found = self._object_of(mention, gender)
                if found:
                    return found
        return None

    def _pronoun_acts_on(self, mention: Mention, gender: str | None) -> bool:
        """Whether a "she" or "he" of that gender is the subject of the object's sentence, and
        the object was not asked or interviewed: the pronoun goes on meaning whom it meant."""
        text = self.people.text
        start = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start))
        pronoun = _SUBJECT_PRONOUN.get(gender or "")
        if pronoun is None or not pronoun.search(text, start + 1, mention.start):
            return False
        return not _ASKED_BEFORE.search(text, max(0, mention.start - 40), mention.start)

    def _object_met(
        self, after: int, objects: list[Mention], at: int, gender: str | None
    ) -> str | None:
        """The object of that gender in the sentence a subject of the other gender opens, when
        that sentence came just before `at`; only an object named `after` a position counts
        ("X, an analyst at Holloway Searle, asked why": no one asked)."""
        fits: dict[str, str] = {}
        for mention in objects:
            if mention.start < after or at - mention.start >= JUST_BEFORE:
                continue
            if SENTENCE_END.search(self.people.text, after, mention.start):
                continue
            if self.people.text.endswith(("’s", "'s"), mention.start, mention.end):
                continue  # "X questioned Ann Lee’s figures": a thing of hers was questioned
            if on_example_list(self.people.text, mention.start):
                continue  # "played beside the likes of Skepta and Lil Dre": examples, no one met
            full = self.people.full_name(mention.name, mention.start)
            if " " in full:
                fits.setdefault(self._check(full, gender), full)
        return fits.get("yes") or fits.get("maybe")

    def _speaker_beside(self, mention: Mention, at: int, gender: str | None) -> str | None:
        """Another person of that gender who speaks, where `mention` does not, in its sentence
        just before `at` ("A met B, and B warned …", "A said B had lied": B, then A)."""
        if gender is None or at - mention.start >= JUST_BEFORE or self.people.speaks(mention):
            return None
        for other in self.people.iter_before(at, 4, at - JUST_BEFORE + 1):
            if other.start == mention.start:
                continue
            first, last = sorted((mention, other), key=lambda m: m.start)
            if SENTENCE_END.search(self.people.text, first.end, last.start):
                continue
            if not self.people.speaks(other):
                continue  # a full name is worked out only for one who speaks
            clause = _OPENING_CLAUSE.search(self.people.text, max(0, other.start - 12), other.start)
            if first is other and clause:
                continue  # "When A asked about it, B shrugged.": B, the main clause's subject
            full = self.people.full_name(other.name, other.start)
            if " " in full and self._check(full, gender) == "yes":
                return full
        return None

    def _main_subject(self, mention: Mention, gender: str | None) -> str | None:
        """The subject opening the sentence when `mention` opens a clause inside it ("Ann Lee
        opened the show after Rosa Diaz pulled out": Ann Lee) or follows a preposition ("Tom
        Ode, jailed for his feud with Ben Hollis, told …": Tom Ode), if of that gender."""
        text = self.people.text
        before = max(0, mention.start - 12)
        if not (
            _SUBORDINATE.search(text, before, mention.start)
            or _PREPOSITION.search(text, before, mention.start)
        ):
            return None
        found = None
        for other in self.people.iter_before(mention.start, 4, mention.start - JUST_BEFORE):
            if SENTENCE_END.search(text, other.end, mention.start):
                break
            full = self.people.full_name(other.name, other.start)
            if not other.is_object and " " in full and self._check(full, gender) == "yes":
                found = full
        return found

    def _first_in_sentence(self, mention: Mention) -> bool:
        """Whether no one is named as a subject before `mention` in its sentence."""
        text = self.people.text
        for other in self.people.iter_before(mention.start, 4, mention.start - JUST_BEFORE):
            if SENTENCE_END.search(text, other.end - 1, mention.start):
                return True
            if not other.is_object:
                return False
        return True

    def _just_spoke(self, mention: Mention, at: int) -> bool:
        """Whether a mention right before `at` is the subject of a speech verb ("Its secretary,
        Nguyễn Thị Lan, said members had voted. “…,” she said.")."""
        return at - mention.start < JUST_BEFORE and self.people.speaks(mention)

    def _object_of(self, mention: Mention, gender: str | None) -> str | None:
        """The full name of an object mention when it is known to have that gender."""
        if gender is None or on_example_list(self.people.text, mention.start):
            return None
        full = self.people.full_name(mention.name, mention.start)
        return full if " " in full and self.people.gender(full) == gender else None

    def _check(self, name: str, gender: str | None) -> str:
        if gender is None:
            return "yes"
        found = self.people.gender(name)
        if found is not None and found != gender and self._pronouns_fit(name, gender):
            return "yes"  # "Andrea Conti … he": the article's pronouns, not the name list
        return "maybe" if found is None else "yes" if found == gender else "no"

    def _pronouns_fit(self, name: str, gender: str) -> bool:
        """Whether the pronouns make `name` `gender` against its first name, and no one else
        of its surname is `gender` ("she" after "Rosa Dahl" is not her father "Piet Dahl")."""
        if not self.people.genders.fits(name, gender):
            return False
        surname = name.rpartition(" ")[2]
        return " " not in name or self.people.full_name_of_gender(surname, -1, gender) is None
