"""People named in one article: mentions, full names at first mention and likely gender."""

from __future__ import annotations

import re

from bot.extraction.aside_names import in_aside
from bot.extraction.genders import Genders
from bot.extraction.given_nicknames import given_nicknames
from bot.extraction.headlines import in_caption
from bot.extraction.kin_names import not_only_kin
from bot.extraction.lexicon import NAME_RUN, SPEECH_VERB
from bot.extraction.mentions import Mention, MentionIndex, name_goes_on
from bot.extraction.misspelt import may_be_slipped, may_slip, slipped_surname
from bot.extraction.name_choices import NameChoices
from bot.extraction.name_shapes import given_before
from bot.extraction.persons import (
    first_name_gender,
    generation,
    leads_name,
    other_apostrophe,
    portfolio_name,
    same_surname_choice,
    shared_surname,
    without_generation,
)
from bot.extraction.products import is_product
from bot.extraction.publishing import publishes
from bot.extraction.run_starts import capital_before, kin_opening, run_start
from bot.extraction.runs import NAME_TITLES, PARTICLE_SET, is_org, runs, split_run
from bot.extraction.shared_surnames import SharedSurnames

# "Tom Reyes said", "Tom Reyes, 52, said", "its head, Tom Reyes, said", "Tom Reyes, later said"
_SPEAKS = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})?"  # "of Wessmoor Police"
    r"(?:,[^,.]{0,80},)?,?\s*(?:(?:later|also|then|again|once|[a-z]+ly)\s+)?(?:"
    + SPEECH_VERB.pattern
    + ")"
)
_POSSESSIVE_ENDS = ("’s", "'s")
_SAID_BEFORE = re.compile(r"[,”\"]\s*(?:said|says|added|explains|explained|wrote)\s+$")
# A verb right after a name makes it the subject of what was said: "said Paul Hart had lied".
_CLAUSE_VERBS = "had has have was is were would will could should did does may might must can"
_CLAUSE_VERB = re.compile(rf"\s+(?:{'|'.join(_CLAUSE_VERBS.split())}|[a-z]+ed)\b")
_JOINED_PARTICLES = ("al-", "el-")  # particles joined to a surname by a hyphen
_MAX_RUN = 200  # characters read of the capitalised run around a name


def _titled_surname(name: str) -> str:
    """The surname after a title that no list knows as a first name ("Judge Rees" -> "Rees")."""
    title, _, surname = name.partition(" ")
    if not surname or " " in surname or title.lower() not in NAME_TITLES:
        return ""
    return surname if first_name_gender(title) is None else ""


def _double_barrelled(name: str) -> bool:
    """Whether a one-word name joins capitalised parts by hyphens ("Rolls-Royce")."""
    parts = name.split("-")
    return len(parts) > 1 and all(part[:1].isupper() and part[1:].islower() for part in parts)


def _alone_at(text: str, first: str, places: list[int]) -> bool:
    """Whether a first name is written alone at one of `places` and after no first name."""
    alone = False
    for at in places:
        before = text[max(0, at - 30) : at].split()
        if before and text[at - 1] == " " and first_name_gender(before[-1]):
            return False  # a surname here: "Jamal Haynes"
        end = at + len(first)
        alone = alone or text[end : end + 1] != " " or not name_goes_on(text, end + 1)
    return alone


class People(MentionIndex):
    """Names seen in one article: expands surnames to full names and guesses genders."""

    def __init__(self, text: str, body_start: int = 0) -> None:
        super().__init__(text)
        self.body_start = body_start  # where the body starts, after a headline line
        self._expanded: dict[str, str | NameChoices] = {}  # per name, any position
        self._longer: dict[str, list[tuple[int, str]]] = {}
        self._surnamed: dict[str, list[tuple[int, str]]] = {}  # full names ending in a surname
        self._alone: dict[str, bool] = {}  # per first name: written without its surname
        self.genders = Genders(self.index, self._in_quote)
        self._shared = SharedSurnames(text, self.index, self._in_quote)

    def speaks(self, mention: Mention) -> bool:
        """Whether a mention is the subject of a speech verb ("Smith said", "“…,” said Smith")."""
        text = self.text
        if text.endswith(_POSSESSIVE_ENDS, mention.start, mention.end):
            return False  # "Tom Ode’s claims": a thing of his, no verb of his
        if in_aside(text, mention.start, mention.end):
            return False  # "Tom Ode, organiser for the union Unite, said": Tom Ode's verb
        return _SPEAKS.match(text, mention.end) is not None or (
            _SAID_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
            and _CLAUSE_VERB.match(text, mention.end) is None
        )

    def full_name(self, name: str, at: int = -1) -> str:
        """The fullest form of `name`: the nearest full mention before `at`, else the first."""
        found = self._expanded.get(name)
        if found is None:
            expanded = self._expand(name)
            found = self._expanded[name] = (
                expanded
                if isinstance(expanded, str)
                else NameChoices(self._not_first_named(expanded), expanded)
            )
        if isinstance(found, str):
            return found  # the same wherever it is read: nothing to keep per position
        return self._shared.choose(found, name, at)

    def full_name_of_gender(self, surname: str, at: int, gender: str) -> str | None:
        """The full name of this gender a surname stands for, when the article names others
        of another gender with it ("Mrs Lloyd" after "Sarah and Gareth Lloyd")."""
        named = self._surnamed.get(surname)
        if named is None:
            named = self._surnamed[surname] = [
                (mention.start, full)
                for number in range(len(self._chunk_starts()))
                for mention in self._chunk(number)
                if (full := self.full_name(mention.name, mention.start)).endswith(" " + surname)
            ]
        fits = [(pos, full) for pos, full in named if first_name_gender(full) == gender]
        if not fits or len(fits) == len(named):
            return None
        return same_surname_choice(fits, at)

    def bearers(self, surname: str) -> set[str]:
        """The full names the article gives people of a surname, outside quotes."""
        return {full for _, full in self._fuller(surname)}

    def _not_first_named(self, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """The mentions of people sharing a surname, without those the article calls by first
        name alone when others are left ("Marta says" leaves "Kowal" to her father), and those
        only named in passing as someone's kin ("his uncle, Piotr Nowak,") when others are left."""
        found = not_only_kin(self.text, found, _SPEAKS, self._first_alone)
        firsts = {full.split(" ", 1)[0] for _, full in found}
        if len(firsts) < 2:
            return found
        alone = {first for first in firsts if self._first_alone(first)}
        kept = [(at, full) for at, full in found if full.split(" ", 1)[0] not in alone]
        return kept or found

    def _first_alone(self, first: str) -> bool:
        """Whether the article (outside quotes) writes a known first name with no surname
        after it, and never as someone's surname ("Jamal Haynes" beside "Haynes King")."""
        alone = self._alone.get(first)
        if alone is None:
            alone = self._alone[first] = first_name_gender(first) is not None and _alone_at(
                self.text,
                first,
                [at for at in self.index.find(first, whole=True) if not self._in_quote(at)],
            )
        return alone

    def _expand(self, name: str) -> str | list[tuple[int, str]]:
        """The fullest form of `name`, or the (position, full name) mentions to choose from."""
        if is_org(name):
            return name
        known = given_nicknames(self.text).get(name)  # or "Nadia Sol" she goes by
        if known:  # "Bernie said" after "Quigley, Bernie to everyone in the village,"
            return self._expand(known)
        titled = _titled_surname(name)
        if titled:
            fuller = [(at, full) for at, full in self._fuller(titled) if full != name]
            title = name.split(" ", 1)[0]
            same = [(at, full) for at, full in fuller if self._titled_at(at, title)]
            if same or fuller:
                return same or fuller  # "Judge Rees" for "Tom Rees" named before
        suffix = generation(name) if " " in name else ""
        if suffix:  # "Ned Snr", "Kerwin Jr.": the one named in full with that suffix
            fuller = self._fuller(without_generation(name))
            same = [
                (at, full) for at, full in fuller if full != name and generation(full) == suffix
            ]
            if same:
                return same
        joined = name.startswith(("Al-", "El-")) and " " not in name  # "Al-Mazrui" at a start
        if joined or (" " in name and name.split(" ", 1)[0].lower() in PARTICLE_SET):
            lowered = self._fuller(name[0].lower() + name[1:])  # "Van der Berg" at a start
            if lowered:
                return lowered[0][1]
        if " " in name and first_name_gender(name):
            given = [c for c in self._fuller(name) if given_before(c[1], name, self.text, c[0])]
            return given or name  # "Maria Quinlan" is whole, not part of "Harbour Master …"
        if " " in name and not self._fuller(name):
            return name
        other = other_apostrophe(name)  # "O’Brien" written "O'Brien" elsewhere
        candidates = self._fuller(name) or (self._fuller(other) if other else [])
        if not candidates and " " not in name and name.istitle() and len(name) > 2:
            candidates = self._fuller(name.upper())  # "Lee" after "Mary LEE"
        elif not candidates and " " not in name and not name.isupper() and len(name) > 2:
            candidates = self._fuller(name.upper(), True)  # "BigHit" after "BIGHIT Music"
        if not candidates and " " not in name and first_name_gender(name) is None:
            candidates = [  # "Kourtney Kardashian", "Lula da Silva", "Nguyễn Văn An"
                (pos, full)
                for pos, full in self._fuller(name, True)
                if leads_name(full) and (len(full) - len(name) > 3 or name.isupper())  # "LI Na"
            ]
        if not candidates and " " not in name and first_name_gender(name) is None:
            quoted = self._fuller(name, quoted=True)  # named in full only inside a quote
            candidates = [(at, full) for at, full in quoted if first_name_gender(full)]
        if candidates:
            return candidates
        if len(name) >= 3:
            text = self.text
            for at in self.index.find_prefix(name):  # "Bey" for "Beyoncé"
                end = at + len(name)
                if text[end].islower() and (at == 0 or text[at - 1] == " "):
                    for mention in self._chunk(self._chunk_of(at)):
                        full = mention.name
                        if mention.start == at and " " not in full and full.startswith(name):
                            return full
        if may_be_slipped(name) and first_name_gender(name) is None:  # "Bregman": "Rutger Brennan"
            fulls = (full for full in self.names_near(name[:2], may_slip(name)) if " " in full)
            return slipped_surname(name, fulls, is_org) or name
        return name

    def _particle_start(self, full: str) -> bool:
        """Whether a name is a surname opening a sentence with its particle ("Van der Merwe
        told"), not a fuller name ("Van Morrison" has a first name)."""
        first, _, rest = full.partition(" ")
        if first.lower() not in PARTICLE_SET:
            return False
        if rest.split(" ", 1)[0] in PARTICLE_SET or first_name_gender(first) is None:
            return True
        return f" {first.lower()} {rest}" in self.text  # "Van Houten" after "Pieter van Houten"

    def _titled_at(self, at: int, title: str) -> bool:
        """Whether a full name at `at` carries `title` ("Judge Ana Rees", "the judge, Ana")."""
        before = self.text[max(0, at - len(title) - 12) : at + len(title)].lower()
        return title.lower() in before

    def _fuller(
        self, name: str, as_first: bool = False, quoted: bool = False
    ) -> list[tuple[int, str]]:
        """(position, full name) of longer names containing `name` ("Jane Smith" for "Smith";
        "Mauricio Umansky" for a known first name), in text order, outside quotes (with
        `quoted`, only inside them)."""
        key = (name + "\x00" if as_first else name) + ("\x01" if quoted else "")
        cached = self._longer.get(key)
        if cached is not None:
            return cached
        text, cached, middle = self.text, [], []
        as_first = as_first or first_name_gender(name) is not None
        for at in self.index.find(name, whole=True):
            end = at + len(name)
            at -= 3 * (text[at - 3 : at] in _JOINED_PARTICLES)  # "Rashid" in "Ali al-Rashid"
            after = as_first and text[end : end + 1] == " " and name_goes_on(text, end + 1)
            paired = as_first and text.startswith((" and ", " & "), end)
            if paired and (not capital_before(text, at) or kin_opening(text, at)):  # "Sisters Al"
                shared = shared_surname(text, at, end)
                if shared and self._in_quote(at) == quoted:
                    cached.append((at, shared))
                    continue
            if (after or capital_before(text, at)) and self._in_quote(at) == quoted:
                start = run_start(text, at)
                match = NAME_RUN.match(text, start, start + _MAX_RUN)
                found = runs(match.group(), text[max(0, start - 40) : start]) if match else []
                for begin, stop, run in found:
                    if start + begin <= at < start + stop:
                        full = portfolio_name(text, start + begin, run) or split_run(run)[0]
                        if " " not in full or is_org(full) or self._particle_start(full):
                            continue
                        if is_product(text, start + begin, start + stop):
                            continue  # "Kestrel Atlas vehicles": no one named Kestrel
                        if at >= self.body_start and in_caption(text, at, full):
                            continue
                        bare = without_generation(full)  # "Sam Ode Jr." for "Ode"
                        if bare.endswith((" " + name, " al-" + name, " el-" + name)) or (
                            as_first and full.startswith(name + " ")
                        ):
                            cached.append((start + begin, full))
                        elif full.count(" ") > 1 and f" {name} " in full:
                            middle.append(
                                (start + begin, full)
                            )  # "Lula": "Luiz Inácio Lula da Silva"
        self._longer[key] = cached or middle
        return self._longer[key]

    def known(self, name: str) -> bool:
        """Whether a one-word name is really a name: capitalised mid-sentence somewhere, or
        opening with digits, as no common word does ("7-Eleven")."""
        return (
            " " in name
            or name.isupper()
            or name[:1].isdigit()
            or _double_barrelled(name)
            or bool(self.gender(name))
            or self.genders.mid_sentence(name)
            or publishes(self.text, name)
        )

    def gender(self, name: str) -> str | None:
        """'m', 'f' or None: from he/she after its mentions, else from the first name."""
        return self.genders.gender(name)
