"""Resolve pronouns, roles ("the author") and institutions ("the zoo") to names in one article."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.antecedents import JUST_BEFORE, SEARCH_BACK, SENTENCE_END
from bot.extraction.cut_forms import opened_by
from bot.extraction.demonym_roles import DemonymRoles, role_demonym
from bot.extraction.documents import COUPLES
from bot.extraction.entities import Organisations
from bot.extraction.interviewees import actors_before, interviewee
from bot.extraction.kin_pronouns import kin_speaker
from bot.extraction.lexicon import ROLE_NOUNS
from bot.extraction.lexicons import is_person_noun
from bot.extraction.mentions import Mention
from bot.extraction.names import People
from bot.extraction.narrator import narrator, told_about
from bot.extraction.newcomers import paragraph_newcomer, role_newcomer, section_subject
from bot.extraction.orgs import has_org_word
from bot.extraction.owned_bodies import owners_body
from bot.extraction.pairs import first_of_pair, one_of_pair
from bot.extraction.people_groups import people_group_before
from bot.extraction.persons import names_a_noun
from bot.extraction.role_doers import acting, lone_given_name
from bot.extraction.role_names import ONE_HOLDER, RoleNames
from bot.extraction.role_owners import only_the_owner
from bot.extraction.role_stances import brought_in_unnamed, stance_role
from bot.extraction.runs import is_org
from bot.extraction.said_bodies import body_said_before
from bot.extraction.spokespeople import is_proxy_role
from bot.extraction.standings import STANDING, named_with_standing
from bot.extraction.subject_words import people_word, qualifies
from bot.extraction.title_genders import role_gender
from bot.extraction.unnamed import given_name_only

_AGE = re.compile(r"\b(\d{1,3})-year-old\b")
_INTERVIEW = re.compile(r"\b(?:spoke|speaks|talked|talks|sat down|chatted) (?:with|to)\s+$")
# A role owned by someone ("his lawyer", "its reviewer"): the person may be named only later.
_OWNED_ROLE = re.compile(r"(?:^|\band )(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (?:[a-z\-]+ )?[a-z]+$")
# A role of a named body or paper ("the Harwell Echo's critic"): someone of theirs, not whoever
# spoke last; the one named so, else nobody. The same for "the band's bassist".
_BODY_ROLE = re.compile(
    r"[Tt]he (?:(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*|([a-z]+))(?:’s|'s|’|')\s+[a-z]"
)
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# A name opening its sentence, or given as who someone is: "Her name is X", "That is X".
_OPENS_NAMED = re.compile(r"(?:^|[.!?”\n]\s*|(?:name|That|This|It) is )$")
_STAGE_NAME_COUNT = 3  # mentions that make a one-word name a person's ("Adele", "Pelé")


class Resolver(RoleNames):
    """Turns the kinds read by `speakers.read_phrase` into speaker names at a text position."""

    def __init__(self, people: People) -> None:
        super().__init__(people)
        self.orgs = Organisations(people.index)
        self._narrator: list[str | None] = []  # the narrator, once looked for
        self.demonyms = DemonymRoles(people)

    def named_body(self, name: str) -> bool:
        """Whether the article names `name` as an organisation ("her insurer, Harbour Mutual,")."""
        return self.orgs.beside_kind(name)

    def starts_body(self, name: str) -> bool:
        """Whether the article writes a name opening with a first name as an organisation's,
        or a one-word one as the start of one ("Calloway" beside "Calloway Partners")."""
        if " " not in name:  # else an organisation word, as each name `full` gives holds, first
            return self.orgs.full(name) is not None
        return has_org_word(name) and self.orgs.full(name.split(" ", 1)[0]) == name

    def add_speaker(self, at: int, name: str | None) -> None:
        if name:
            self.spoken.append((at, name))
            if not is_org(name):  # told apart once, not at every pronoun after it
                self.spoken_people.append((at, name))

    def name(self, raw: str, at: int) -> str | None:
        if is_org(raw) or raw.startswith("The "):
            return opened_by(self.orgs.text, self.orgs.mentions, raw, at)  # "Greyfield Capital"
        full = self.people.full_name(raw, at)
        if " " not in full or full == raw:
            org = self.orgs.full(raw)
            if org:
                return org  # "Northwind" for "Northwind Games", "X General" for its hospital
        return full if self.people.known(full) else None

    def gender_ok(self, name: str, gender: str | None) -> bool:
        if gender is None:
            return True
        found = self.people.gender(name)
        return found is None or found == gender

    def speaker_before(self, at: int, role: str = "") -> str | None:
        """The person a role points to ("the singer"), never the team or place describing it."""
        if STANDING.fullmatch(role.strip()):
            return named_with_standing(self.people, role, at)  # "the world number three"
        mark = role_demonym(role)  # "the Argentine striker": one of that nationality
        if mark:
            return self.demonyms.speaker(role, mark, at, self._speaker_before)
        found = self._speaker_before(at, role)
        return None if only_the_owner(role, found, self.people) else found

    def _speaker_before(self, at: int, role: str) -> str | None:
        """A person of that age, else the latest speaker or subject unless another is named more."""
        age = _AGE.search(role)
        if age:
            named = self._aged(age.group(1))
            if named:
                return named
        if self._introduced_unnamed(role, at):
            return None  # "A spokesperson for X said ... the spokesperson said"
        named = self.named_as(role, at) or self._leader(role, at)
        if not named and role.lower().rpartition(" ")[2] in ONE_HOLDER:
            named = self.named_as(role, at, back=at)  # "the judge" named long before
        if not named and at < self.people.text.find("\n", self.people.body_start + 1):
            named = self.named_as(role, at, later=True)  # a lede's "the judge", named later
        if named:
            return named  # "her deputy, Tom Reyes … the deputy said"
        if _OWNED_ROLE.search(role):  # "his lawyer" is not he: one named so later, or nobody
            return self.named_as(role, at, later=True)
        if self._spoke_unnamed(role, at):
            return None  # "…,” says a former writer. … Says the former writer, “…”"
        gender = role_gender(role)  # "the actress": a woman
        fits = self._fit_for(role)
        just = self.people.before(at, 3, at - JUST_BEFORE + 1)
        subjects = [m for m in acting(self.people.text, just) if fits(m.name, gender)]
        subjects = [m for m in subjects if not people_word(self.people.text, m)]
        body_role = _BODY_ROLE.match(role)  # "the Harwell Echo's critic": not who spoke last
        if body_role:  # but one of the quote's paragraph may be ("Okafor … the Rovers' captain")
            start = self.people.text.rfind("\n", 0, at) + 1
            owner = body_role.group(1)  # "the singer's manager" is not the singer
            person = owner is not None and (owner in ROLE_NOUNS or is_person_noun(owner))
            subjects = [
                m
                for m in subjects
                if m.start >= start and self.people.gender(m.name) and not person
            ]
        if subjects:  # "Rovers captain Jamal Okafor was left in tears. “…,” the defender said."
            subject = self._opening(subjects)  # "Al and his guest, Bo Lind, were …": Al
            full = self.people.full_name(subject.name, subject.start)
            whole = " " in full or given_name_only(self.people.text, full)  # "…name, Lupe,"
            whole = whole or lone_given_name(self.people.text, subject, self.people.gender(full))
            if whole and not is_org(full) and fits(full, gender):
                return full  # a surname whose full name is a woman's is no "the man"
        if body_role:
            return self.named_as(role, at, later=True)  # one named so later, or nobody
        newcomer = role_newcomer(self.people, self.spoken, at, fits, gender)
        if newcomer:  # no subject just before: one brought in since the last quote
            return newcomer
        candidates: list[str] = []
        for mention in self.people.iter_before(at, floor=at - SEARCH_BACK):
            if not mention.is_object and self.people.speaks(mention):
                full = self.people.full_name(mention.name, mention.start)
                if fits(full, gender):
                    candidates.append(full)
        recent = self.person_before(at, gender)
        if recent and not fits(recent, gender):
            recent = self._subject_before(at, fits, gender)  # the one the publicist spoke for
        if recent:
            candidates.append(recent)
        if not candidates or self.never_called_so(role, at, candidates[0]):
            return None  # or "the photographer said" where no one was ever called so
        first = candidates[0]
        if len({name.split()[-1] for name in candidates}) == 1:
            return first  # one surname: the mentions of the article need no counting
        count = self.people.count
        best = max(candidates, key=lambda name: count(name.split()[-1]))
        busier = count(best.split()[-1]) >= 1.5 * count(first.split()[-1])
        return best if busier else first

    def _fit_for(self, role: str) -> Callable[[str, str | None], bool]:
        """Who a role may mean: someone of its gender, and for "the singer" no one named only
        as another's publicist, spokesman or agent."""
        if is_proxy_role(role):
            return self.gender_ok
        proxies = self.proxies()

        def fits(name: str, gender: str | None) -> bool:
            return name.split()[-1] not in proxies and self.gender_ok(name, gender)

        return fits

    def _subject_before(
        self, at: int, fits: Callable[[str, str | None], bool], gender: str | None
    ) -> str | None:
        """The latest person named in full as a subject before `at` whom the role fits."""
        for mention in self.people.iter_before(at, floor=at - SEARCH_BACK):
            full = self.people.full_name(mention.name, mention.start)
            named = " " in full or self.people.count(full) >= _STAGE_NAME_COUNT  # "Beyoncé"
            if named and not mention.is_object and not is_org(full) and fits(full, gender):
                return full
        return None

    def _opening(self, subjects: list[Mention]) -> Mention:
        """Of subjects named just before (nearest first), the first of the sentence the nearest
        one is in."""
        text, chosen = self.people.text, subjects[0]
        for mention in subjects[1:]:
            if SENTENCE_END.search(text, mention.end, chosen.start):
                break
            if not qualifies(text[mention.end : chosen.start]):
                chosen = mention
        return chosen

    def first_named(self, start: int, end: int) -> str | None:
        """The first person named between two positions (objects included): a known gender
        first, else any full name ("I spoke with Jane Doe, Head of X at Y")."""
        mentions = self.people.before(end, floor=start)[::-1]
        text = self.people.text
        for mention in mentions:
            if _INTERVIEW.search(text, max(0, mention.start - 20), mention.start):
                return self.people.full_name(mention.name, mention.start)
        for mention in mentions:  # full names and genders worked out only up to the first fit
            if names_a_noun(text, mention.start, mention.end):
                continue  # "my Cosmo colleagues", "the Nell Quarry series": no one named
            name = self.people.full_name(mention.name, mention.start)
            if " " in name and self.people.gender(name):
                return name
        return None

    def named_next(self, at: int, end: int, gender: str | None) -> str | None:
        """For a lede's "he says" or "says the woman behind the counter" before anyone is
        named, the person named next, as a subject before `end` ("Her name is Gwen Tallis")."""
        for mention in self.people.iter_before(at, 3, self.people.body_start):
            if " " in mention.name and not is_org(mention.name):
                return None  # someone was named before: the pronoun is theirs or no one's
        for mention in reversed(self.people.before(end, 40, at)):
            full = self.people.full_name(mention.name, mention.start)
            if " " in full and not is_org(full):
                opens = _OPENS_NAMED.search(
                    self.people.text, max(0, mention.start - 20), mention.start
                )
                fits = opens is not None and self.gender_ok(full, gender)
                return full if fits else None
        return None

    def pronoun(self, word: str, at: int) -> str | None:
        if word == "i":  # a first-person piece: its narrator
            if not self._narrator:
                text, body_start = self.people.text, self.people.body_start
                told = narrator(text, body_start)
                told_of = told is not None and told_about(text, body_start, told)
                self._narrator.append(None if told_of else told)  # a profile: the writer's "I"
            return self._narrator[0]
        if word in _GENDER and (asked := interviewee(self.people.text, at, word)):
            full = self.people.full_name(asked[0], asked[1])  # "In an interview with Lu, she"
            actors = actors_before(self.people, asked[2], _GENDER[word])  # one asking: theirs
            if self.gender_ok(full, _GENDER[word]) and (len(actors) != 1 or full in actors):
                return full
        if word in _GENDER and (kin := kin_speaker(self, at, _GENDER[word])):
            return kin  # "Her mother had gone back to the ovens. “…,” she called.": the mother
        if word in _GENDER:
            role = self._stance_role(at, _GENDER[word])  # "Her deputy disagreed. “…,” she said."
            if role is not None:
                return role or None
            new = paragraph_newcomer(self.people, at, self.spoken, _GENDER[word])  # "… by X.\n\n“"
            new = new or section_subject(self.people, at, _GENDER[word])  # "The actress … she"
            return new or self.person_before(at, _GENDER[word])
        if word in ("former", "latter"):  # "A and B clashed. … the latter said": B
            return one_of_pair(self.people, at, word == "latter")
        if word in ("their", "couple"):  # "their statement", "the couple said": the first
            pair = first_of_pair(self.people, at)  # of two named together; "their": or anyone
            return pair or (self.person_before(at) if word == "their" else None)
        if word == "it" and (said := body_said_before(self.people.text, self.orgs.mentions(), at)):
            return said  # "Meteoval said. In a bulletin, it had warned of “…”": the body
        if word in ("it", "they"):
            for pos, name in reversed(self.spoken):
                if pos < at - 2500:
                    break
                unsure = pos < at and self.people.gender(name) is None
                if unsure and not self.people.genders.described(name):  # no "it" is a person
                    return name
        return None

    def _stance_role(self, at: int, gender: str) -> str | None:
        """Who the role taking a stance before `at` is; "" for someone's role named nowhere."""
        found = stance_role(self.people.text, at)
        if found is None or role_gender(found[0]) not in (None, gender):
            return None
        role, noun, start = found[0].lower(), found[0].rpartition(" ")[2], found[1]
        later = brought_in_unnamed(self.people.text, noun, start)  # "a designer … Roe sent"
        named = self.named_as(role, start, back=start) or (later and self.people.full_name(*later))
        named = named or self.speaker_before(found[1], role)
        if named and self.gender_ok(named, gender):
            return named
        return "" if found[2] and not named else None  # "her deputy", never named: no one

    def org(self, noun: str, at: int, phrase: str = "") -> str | None:
        """The named institution a noun ("the zoo", "the service") stands for, else None; "his
        party" the one the person he means was named with."""
        owned = owners_body(self.people.text, phrase, at, self.pronoun) if phrase else None
        if owned:
            return owned
        if noun == "group" and people_group_before(self.people.text, at):
            return None  # "Four of his siblings called it … “…,” the group wrote": no body
        if noun in COUPLES:  # "the pair said in a joint statement"
            return first_of_pair(self.people, at)
        return self.orgs.by_noun(noun, at)
