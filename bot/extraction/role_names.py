"""Whom a role noun points to: the person introduced with it or of that age, or no one named."""

from __future__ import annotations

import re

from bot.extraction.antecedents import SEARCH_BACK, PersonSearch
from bot.extraction.appositive_roles import beside_earlier_role
from bot.extraction.lexicon import PARTICLES, ROLE_NOUNS
from bot.extraction.lexicons import is_demonym, is_person_noun
from bot.extraction.met_unnamed import kept_anonymous, met_unnamed
from bot.extraction.names import People
from bot.extraction.persons import first_name_gender as given_only
from bot.extraction.role_groups import (
    RANKS,
    SAME_POSITION,
    SAME_UNNAMED,
    UNNAMED_ROLES,
    ranked_below,
)
from bot.extraction.role_verbs import named_by_verb
from bot.extraction.runs import clean_run, is_org
from bot.extraction.subject_words import BUILDINGS
from bot.extraction.team_qualifiers import other_qualifier, role_qualifier
from bot.extraction.unnamed_cues import unnamed_speakers

# A name of two to four capitalised words, particles between them ("Ali bin Said al-Amri").
_NAME = rf"[A-Z][\w’'\-]+(?: (?:(?:{PARTICLES}) )*(?:al-|el-)?[A-Z][\w’'\-]+){{1,3}}"
_SURNAME = r"[A-Z][\w’'\-]+"  # a surname alone, kept when the article gives it in full
# Roles a one-word stage name follows: "DJ Zinc … the DJ said".
_STAGE_ROLES = frozenset(("dj", "mc"))
_STAGE_NAME = r"[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,3}"
_DETERMINER = "(?:the|a|an|his|her|their|its)"
_OWNER = r"[A-Z][\w\-]+['’]s"  # "Omar Haddad, Tessaly's foreign minister,"
# An age beside a name, and a role given by "is": "Leon Fairweather, 31, the club captain",
# "Ilse Marrow, 44, is the chef at Fennick", "The club captain is Leon Fairweather".
_AGED = r"(?: \d{1,3},)?"
_IS = "(?:is|was|has been|had been)"
# What every way of naming someone with a role writes beside its noun, the noun itself aside:
# after it, a capitalised word ("deputy Tom Reyes", "deputies, Tom Reyes", "the deputy is Tom
# Reyes"); before it, a capitalised word and a determiner, a possessive or "is" ("Tom Reyes, 31,
# the chief deputy", "Tom Reyes, Tessaly's deputy", "Tom Reyes is her deputy"). Looked for
# around the noun before a role's own pattern is first built, which costs milliseconds, and
# which is then never built for a role no one is named with.
_AFTER_ROLE = re.compile(r"(?:s?,? | (?:is|was) | of )[A-Z][\w’'\-]")
# An office's field and a style between an office and the name, as official copy writes them:
# "Superintendent of Police Shri Rajvir Singh", "Minister of Energy and Water Sheikh Khalid".
_OF_FIELD = (  # or a place of several words before a comma: "Governor of Ebonyi Central State,"
    r"(?: of [A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,3}(?=,)"
    r"| of [A-Z][\w’'\-]+(?: and [A-Z][\w’'\-]+)?)?"
)
_STYLE = r"(?:(?:Shri|Sri|Smt\.?|Sheikh|Dr\.?|Eng\.?|Engr\.?|Mr\.?|Mrs\.?|Ms\.?) )?"
# A wing set off by commas before a styled or initialled name ("Inspector of Police, Cyber
# Crime, Sri P. Raghavendra Rao"), and such a name: initials, then one to three words.
_WING = r"(?:, [A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?(?=, (?:Sri|Shri|Smt\.?|Dr\.|[A-Z]\.) ))?+"
_INITIALED = r"(?:[A-Z]\. ?){1,3}[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2}"
_BEFORE_ROLE = re.compile(
    rf"[A-Z][\w’'\-]+(?:,{_AGED} (?:also )?(?:{_DETERMINER}|{_OWNER}) (?:[\w\-]+ )?"
    rf"|,?{_AGED} {_IS} {_DETERMINER} (?:[\w’'\-]+ ){{0,2}}|, "
    rf"| as (?:{_DETERMINER} )?(?:[\w\-]+ )?)\Z"
)
_LEAD_ROLE = re.compile(r"\blead (?:author|researcher|scientist|investigator)\b", re.IGNORECASE)
# Who led a piece of work: "led by Dr. Amara Osei", "Amara Osei, who led the study".
_LED = re.compile(
    rf"\bled by (?:(?:Dr|Prof|Professor)\.? )?({_NAME})|({_NAME}),? (?:who )?led (?:the|a|an)\b"
)
# Offices one person holds in a story, named however far back: "Judge Ann Obi … the judge".
ONE_HOLDER = frozenset("judge magistrate coroner mayor governor sheriff".split())
_NAMED_AS: dict[str, re.Pattern[str]] = {}  # per role noun: where someone is introduced with it
_NOUN: dict[str, re.Pattern[str]] = {}  # per role noun: the noun (and its other nouns) alone
# A relative credited by kinship ("her husband adds", "says Marrow's husband") and where one was
# introduced by name ("her husband, Tomasz, who …", "her son, Jonah Brandt,").
_KIN = (
    "mother|father|mom|mum|dad|sister|brother|son|daughter|wife|husband|partner|aunt|uncle"
    "|cousin|grandmother|grandfather|niece|nephew"
)
_OWNERS = r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w\-]+['’]s)"
_KIN_PHRASE = re.compile(rf"{_OWNERS} ({_KIN})")
_KIN_NAMED: dict[str, re.Pattern[str]] = {}


def _with_modifier(text: str, match: re.Match[str], modifier: str) -> bool:
    """Whether a role found for a name carries the word before the noun ("Finance Minister
    Ana Reyes" or "Ana Reyes, the finance minister" for "the finance minister")."""
    if match.group(1):
        return text[max(0, match.start() - len(modifier) - 1) : match.start()].lower() == (
            modifier + " "
        )
    return modifier in match.group().lower().split()


def _may_name(text: str, noun: re.Pattern[str], start: int, end: int) -> bool:
    """Whether the noun is written between `start` and `end` with what a pattern naming someone
    with it needs beside it (the noun's words are letters and hyphens, so a name's noun is
    never inside another place the noun is found)."""
    for found in noun.finditer(text, start, end):
        if _AFTER_ROLE.match(text, found.end(), end):
            return True
        if text[found.start() - 1 : found.start()] == " " and _BEFORE_ROLE.search(
            text, start, found.start()
        ):
            return True
    return False


def _under_other(text: str, noun: re.Pattern[str], match: re.Match[str], qualifier: str) -> bool:
    """Whether a match names someone with the role noun under another name than `qualifier`."""
    found = noun.search(text, match.start(), match.end())
    return found is not None and other_qualifier(text, found.start(), qualifier)


# Someone referred back to in the text just before a quote: "Her profile showed …".
_PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")


class RoleNames(PersonSearch):
    """Finds whom a role ("the deputy", "the lead author", "the 52-year-old") was introduced
    as in one article, or that it was introduced with no name."""

    def __init__(self, people: People) -> None:
        super().__init__(people)
        self._ages: dict[str, str | None] = {}
        self._unnamed_speakers: dict[str, list[int]] = {}  # per role noun: where one spoke
        self._anonymous: dict[str, bool] = {}  # per role noun: whether the text keeps it unnamed
        self._kin: dict[str, list[tuple[int, str]]] = {}  # per kinship: who was named with it

    def _leader(self, role: str, at: int) -> str | None:
        """Who "the lead author" or "the lead researcher" is: the one the work was "led by",
        or who "led" it, named last before `at`."""
        if not _LEAD_ROLE.search(role):
            return None
        found = [m.group(1) or m.group(2) for m in _LED.finditer(self.people.text, 0, at)]
        names = [clean_run(run) for run in found]
        names = [name for name in names if " " in name and not is_org(name)]
        return self.people.full_name(names[-1], at) if names else None

    def named_as(
        self,
        role: str,
        at: int,
        later: bool = False,
        any_noun: bool = False,
        back: int = SEARCH_BACK,
    ) -> str | None:
        """The person last introduced with this role noun before `at`: "her deputy, Tom Reyes",
        "deputy Tom Reyes" or "Tom Reyes, the deputy"; with `later`, the first one after it;
        with `any_noun`, a noun no list gives as a person's ("builder Tom Ode"); `back` is how
        far back to look; before that, in the headline ("Foreman Piotr Ode tells trial …")."""
        word = role.lower().rpartition(" ")[2]
        known = any_noun or word in ROLE_NOUNS or is_person_noun(word)
        if not word.replace("-", "").isalpha() or not known:
            return None  # "keeper Ben Cole … the keeper said": any noun for a person
        start, end = (at, at + SEARCH_BACK) if later else (max(0, at - back), at)
        found = self._named_between(role, word, start, end, at, later)
        headline = self.people.body_start
        if found is None and not later and 0 < start < at and headline:
            found = self._named_between(role, word, 0, headline, at, later)
        verbed = None if found else named_by_verb(self.people.text, word, start, end, later)
        if verbed and not is_org(verbed):  # "Ann Lee, who leads the group,": a leader
            return self.people.full_name(clean_run(verbed), at)
        return found

    def _named_between(
        self, role: str, word: str, start: int, at: int, where: int, later: bool
    ) -> str | None:
        """The person introduced with the role's noun `word` between `start` and `at` (the
        first with `later`, else the last), as a full name read at `where`."""
        text = self.people.text
        stage = word in _STAGE_ROLES
        noun = _NOUN.get(word)
        if noun is None:  # the noun alone, a pattern quick to build and to search with
            noun = _NOUN[word] = re.compile(f"(?i:{SAME_POSITION.get(word, word)})")
        if noun.search(text, start, at) is None:
            return None  # every way of naming someone with the role writes its noun
        pattern = _NAMED_AS.get(word)
        if pattern is None and not _may_name(text, noun, start, at):
            return None  # the noun is written, but with nothing that names someone with it
        if pattern is None:
            nouns = SAME_POSITION.get(word, word)  # "striker X … the forward said": X
            name = _STAGE_NAME if stage else _NAME
            pattern = _NAMED_AS[word] = re.compile(  # "chief executive Roe", a surname too
                rf"(?<![\w\-])(?i:{nouns})s?{_OF_FIELD}{_WING},? {_STYLE}({_INITIALED}|{name}"
                rf"|{_SURNAME})"
                rf"|({name}),{_AGED} (?:also )?(?:{_DETERMINER}|{_OWNER}) (?:[\w\-]+ )?"
                rf"(?i:{nouns})\b"
                rf"|({name}), (?i:{nouns}) of [A-Z]"  # "X, Minister of Energy,": the office
                rf"|({name}),?{_AGED} {_IS} {_DETERMINER} (?:[\w’'\-]+ ){{0,2}}(?i:{nouns})\b"
                rf"|\b[Tt]he (?:[a-z\-]+ )?(?i:{nouns}) (?:is|was) ({name})"
                rf"|({name}) as (?:{_DETERMINER} )?(?:[\w\-]+ )?(?i:{nouns})\b"  # "hired X as her"
                rf"|(?<![\w’'\-])({_SURNAME}),{_AGED} (?:also )?{_DETERMINER} (?:[\w\-]+ )?"
                rf"(?i:{nouns})\b(?!s?,? [A-Z])"  # "Fatima, the chief executive of X": Fatima
                rf"|(?<![\w’'\-])({_SURNAME}),? {_IS} {_DETERMINER} (?:[\w’'\-]+ ){{0,2}}"
                rf"(?i:{nouns})\b"  # "Fatima is the designer", "whose son, Ali, is the chef"
            )
        matches = [  # "the prosecutor, X, the foreman said": X is no foreman
            m
            for m in pattern.finditer(text, start, at)
            if not (m.group(2) and beside_earlier_role(text, m.start(2)))
            and not any(m.group(g) and not given_only(m.group(g)) for g in (7, 8))
        ]
        qualifier = role_qualifier(role)  # "the Rovers manager": not "Kingsbridge manager X"
        if qualifier:
            matches = [m for m in matches if not _under_other(text, noun, m, qualifier)]
        words = role.lower().split()
        ranked = any(word in RANKS for word in words)  # "the deputy mayor": that rank asked for
        if not ranked and len(matches) > 1:  # "Mayor X … Deputy Mayor Y … the mayor said": X
            bare = [m for m in matches if not ranked_below(text, m.start(), m.end(), noun)]
            matches = bare or matches
        marked = len(words) > 1 and is_demonym(role.split()[-2])  # "the Argentine striker"
        if len(words) > 1 and (len(matches) > 1 or marked):  # not the foreign minister
            fitting = [m for m in matches if _with_modifier(text, m, words[-2])]
            matches = fitting or ([] if marked else matches)  # not a striker of no nationality
        names = [clean_run(next(g for g in m.groups() if g)) for m in matches]
        names = [name if " " in name else self.people.full_name(name, at) for name in names]
        names = [n for n in names if (stage or " " in n or given_only(n)) and not is_org(n)]
        return self.people.full_name(names[0 if later else -1], where) if names else None

    def owned_named(self, phrase: str, at: int) -> str | None:
        """`kin_named` for a kinship phrase; for a named owner's role ("Acme's chief
        executive"), the person last introduced with that role before `at`."""
        kin = self.kin_named(phrase, at)
        owned = "’s " in phrase or "'s " in phrase
        return kin or (self.named_as(phrase, at) if owned else None)

    def kin_named(self, phrase: str, at: int) -> str | None:
        """The relative a kinship phrase means ("her husband"), when one was last introduced
        by name with that kinship before `at` ("her husband, Tomasz,"), else None."""
        kin = _KIN_PHRASE.fullmatch(phrase.strip())
        if kin is None:
            return None
        noun = kin.group(1)
        named = self._kin.get(noun)
        if named is None:  # read once per article and kinship, only where the word is written
            named = self._kin[noun] = []
            if f"{noun}, " in self.people.text:
                pattern = _KIN_NAMED.get(noun)
                if pattern is None:
                    pattern = _KIN_NAMED[noun] = re.compile(
                        rf"\b{_OWNERS} {noun}, ([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){{0,2}})"
                        r"(?=[,.;)]| who\b)"
                    )
                named += [(m.start(), m.group(1)) for m in pattern.finditer(self.people.text)]
        found = [name for pos, name in named if pos < at]
        return self.people.full_name(found[-1], at) if found else None

    def _aged(self, age: str) -> str | None:
        """The person written with this age ("Jane Doe, 52,"), found once per age."""
        if age not in self._ages:
            found = re.search(r"([A-Z][\w’'\-]+),? \(?" + age + r"\b", self.people.text)
            self._ages[age] = (
                self.people.full_name(found.group(1), found.start()) if found else None
            )
        return self._ages[age]

    def _introduced_unnamed(self, role: str, at: int) -> bool:
        """Whether the role's noun was introduced shortly before as "a"/"an" or someone's with
        no name set beside it ("A spokesperson for the minister said", "her aide said")."""
        words = role.lower().split()
        if words and words[-1] not in UNNAMED_ROLES:
            return met_unnamed(self.people.text, role, at)  # "met a farmer … the farmer said"
        if not words:
            return False
        nouns = SAME_UNNAMED.get(words[-1], words[-1])  # "a source … the insider said"
        pattern = (  # "A spokesman for her", "Quenby's publicist": no name beside it
            rf"(?:\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)|[A-Z][\w\-]*(?:’s|'s|’|')) "
            rf"(?:[a-z\-]+ ){{0,3}}(?:{nouns})\b(?!,? [A-Z])"
        )
        return re.search(pattern, self.people.text[max(0, at - SEARCH_BACK) : at]) is not None

    def _spoke_unnamed(self, role: str, at: int) -> bool:
        """Whether someone was brought in with the role's noun and no name as a speaker before
        `at` ("says a former writer who …", "A former writer who … said"), or the text says
        the one it calls so is kept unnamed."""
        word = role.lower().rpartition(" ")[2]
        if not word.isalpha():
            return False
        found = self._unnamed_speakers.get(word)
        if found is None:
            found = self._unnamed_speakers[word] = unnamed_speakers(self.people.text, word)
        if found and found[0] < at:
            return True
        kept = self._anonymous.get(word)
        if kept is None:  # "The senator, who asked not to be named, …": before or after
            kept = self._anonymous[word] = kept_anonymous(self.people.text, word)
        return kept

    def never_called_so(self, role: str, at: int, last: str) -> bool:
        """Whether a role for a person ("the photographer") cannot mean the last speaker: a body,
        or someone unmentioned in this paragraph and the one before, the noun unwritten before."""
        noun = role.lower().rpartition(" ")[2]
        if not noun.isalpha() or not (noun in ROLE_NOUNS or is_person_noun(noun)):
            return False
        if is_org(last) or last.rpartition(" ")[2].lower() in BUILDINGS:
            return True  # a body or "the Milky Way" before "the photographer said": no one
        text = self.people.text
        near = text.rfind("\n", 0, max(0, text.rfind("\n", 0, at)))  # the paragraph before
        close = text[max(0, near) : at]
        if last.rpartition(" ")[2] in close or _PERSON_PRONOUN.search(close):
            return False  # "Okafor scored twice. … “…,” the striker said.", "Her profile …": them
        return re.compile(rf"\b{noun}", re.IGNORECASE).search(text, 0, at) is None
