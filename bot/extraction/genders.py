"""A person's likely gender: from a first-name list, a gendered title, or he/she after them."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.index import CapitalIndex
from bot.extraction.lexicon import NAME_GIVEN, ROLE_NOUNS, SPEECH_VERB
from bot.extraction.lexicons import is_demonym
from bot.extraction.persons import first_name_gender, inner_clause, name_acted_on, title_gender
from bot.extraction.possessives import opens_clause
from bot.extraction.run_starts import name_start
from bot.extraction.runs import is_opener

# A capital after a small letter or comma and a space; the capital comes first, a quick scan.
_NEXT_NAME = re.compile(r"[A-Z](?<=[a-z,;] [A-Z])")
# Whole words "he", "she", "himself", "herself", found by their literal "h" (a fast scan): the
# words ending in "he" ("the", "ashe") are left out in the pattern, not one by one afterwards.
_HE = re.compile(r"h(?:(?<!\wh)(?:e|is|imself|erself)|(?<=(?<!\w)[Ss]h)e)\b")
_HE_CAPITAL = re.compile(r"He(?<!\wHe)\b")  # a sentence's "He", scanned for on its own
_REACH = 120  # characters after a mention searched for the pronoun that refers to it
_PAST_STOP = 10  # characters read past a search's stop, so a pronoun before it is seen whole
_OBJECT_WORDS = frozenset(
    "of for at from with in on by about against into over versus vs vs. told asked thanked than"
    " like replace beat defeated and telling tells tell thanking asking joining praising"
    " interviewed whose under alongside behind beside among amid between near without toward"
    " towards including included includes unlike via".split()
)
# Verbs whose object a following name is ("after meeting Paul Hart", "then met Frank Ovid").
_TAKES_OBJECT = frozenset(
    """met meet meets meeting thanked visited visiting hired fired sued accused blamed praised
    criticised criticized urged called named appointed replaced invited hosted hosting
    greeted greeting backed endorsed endorsing nominated nominating defeated beating
    plays played playing portrays portrayed portraying voices voiced voicing""".split()
)
# "stars as Carl Voss", "returned as Carl Voss": the name after "as" is a part played.
_CAST = frozenset("stars starred starring returns returned appears appeared cast".split())

_BACK = 40  # characters read before a name for the words that make it an object
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "SSRIs", "NGOs": never one person
# "Earlier, Ivo Marsh also left Acme, and he …": a named subject and its verb before a name.
_SUBJECT_AND_VERB = re.compile(
    r"(?:^|[,;] |[.!?] |\n)([A-Z][\w’'\-]+)(?: [A-Z][\w’'\-]+){0,2}(?: [a-z]+){1,2} $"
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_RELATIONS = frozenset(
    "colleague friend boyfriend girlfriend fiancé fiancée cousin pal teammate co-star mentor"
    " classmate roommate ex boss sister brother uncle aunt nephew niece grandfather grandmother"
    " rival opponent predecessor successor".split()
)
_SUBJECTS = frozenset("he she they we i".split())
_COPULAS = frozenset("is was are were be been am and or but then also".split())
_TALKED = frozenset("spoke speaks speaking talked talks talking wrote writes writing".split())
_POSSESSORS = frozenset("his her their its my our your".split())
_PROGRESSIVE = frozenset("am is are was were be been".split())
_PERFECT = frozenset("has have had".split())
_REPORTING = frozenset("said says added adds told tells explained explains noted notes".split())
_ASKED = frozenset("asked asking".split())
# "with his wife, Ilse Brandt," or "thanked their coach, Leo Mann,": a person set beside an
# object, after a preposition or a verb that takes one.
_OBJECT_BESIDE = re.compile(r"\b([a-z]+) (?:his|her|their|its|the) (?:[a-z\-]+ )?([a-z\-]+), $")
# ", and her best friend " or ". And his wife ": an "and" opening a clause, not a list.
_NEW_CLAUSE = re.compile(r"(?:,|[.!?]|^)\s*[Aa]nd\s+\w+\s+(?:[a-z\-]+\s+){0,2}$")
_GIVEN = frozenset("it them this these those".split())  # "gave it to Ana Ruiz": she got it
_FRAME_START = re.compile(r"(?:^|[.!?”]\s+|\n)$")  # "For" opening a sentence
_NAME_GIVEN = re.compile(rf"\b(?:[Aa]n?|one){NAME_GIVEN}$")
_QUESTION_WORDS = frozenset("whether if why how when about".split())
# Words of titles that name no one alone ("State Senator"): "the officer in the state, Ada
# Obi," sets Ada Obi beside a place, not beside an object.
_ONLY_QUALIFY = frozenset("state house majority minority interim acting former senior".split())


def is_relation(word: str) -> bool:
    """Whether a noun names someone by their tie to another ("friend", "teammate", "aunt")."""
    return word in _RELATIONS


def object_before(text: str, at: int) -> bool:
    """Whether the words before `at` make a name an object ("told Smith", "of the Smiths",
    "after meeting Paul Hart")."""
    if text[at - 2 : at] == ", ":
        beside = _OBJECT_BESIDE.search(text, max(0, at - _BACK), at)
        if beside and _sets_object(beside.group(1), beside.group(2)):
            return True
    words = text[max(0, at - _BACK) : at].split()[-4:]
    if words and words[-1] in ("named", "called") and _NAME_GIVEN.search(text, at - _BACK, at):
        return False  # "a softly spoken man named Ibrahim Sesay": a name given, no object
    if words and words[-1] == "For" and _FRAME_START.search(text, at - _BACK, at - 4):
        return False  # "For Marta, the worst came later": whom the sentence is about
    if _after_described_subject(words):
        return True  # "the Kenyan outpaced Ana Ruiz", "the veteran stopped Leo Mann"
    if words and words[-1].islower() and (words[-1] in ROLE_NOUNS or words[-1] in _RELATIONS):
        words.pop()  # "asked about striker Leo Mann", "she hugs her sister Kate Vale"
        if len(words) > 1 and words[-1].islower() and words[-1] not in _OBJECT_WORDS:
            words.pop()
    if name_acted_on(words[-2:]) or inner_clause(words[-2:]):
        return True  # "Tom Reyes defended Sam Ortiz", "won, a year after Ann Lee beat her"
    if words and words[-1].endswith(("’s", "'s")) and opens_clause(words[:-1], at <= _BACK):
        return False  # "But Ashe’s co-star Ana Ruiz came to his defence": the subject
    words = [word.lower() for word in words[-2:]]
    if words and words[-1] == "the":
        words.pop()
    word = words[-1] if words else ""
    if word == "that" and len(words) == 2 and words[0] in _REPORTING:
        return True  # "She said that Clara Diaz had offered": reported, not the speaker
    if len(words) == 2 and words[0] in _ASKED and word in _QUESTION_WORDS:
        return True  # "Asked whether Ilse Brandt had visited, she said": asked about, not asked
    if len(words) == 2 and words[0] in _SUBJECTS and word.isalpha() and word not in _COPULAS:
        return True  # "she hugs BFF Rosa", "he thanked Ann Cole": the object of their verb
    if len(words) == 2 and word in _POSSESSORS and _joins_object(text, at, words[0]):
        return True  # "posed with her mother and her best friend Lena Ortiz": an object too
    if word == "to" and len(words) == 2 and (words[0] in _TALKED or words[0] in _GIVEN):
        return True  # "spoke to Jake Tapper", "dedicated it to Ana Ruiz": who heard or got it
    if word == "as" and len(words) == 2 and words[0] in _CAST:
        return True  # "Ben Norton stars as Carl Voss": a character, not a second person here
    if len(words) == 2 and _verb_after_auxiliary(words[0], word):
        return True  # "were accusing Biden", "had sued Meta": an object of the verb
    return word in _OBJECT_WORDS or word in _TAKES_OBJECT or word.endswith(("’s", "'s"))


def _joins_object(text: str, at: int, before: str) -> bool:
    """Whether a word before "her friend Name" makes Name an object: a preposition or a verb
    that takes one, or an "and" that opens no clause of its own (", and her friend X cried")."""
    if before == "and":
        return _NEW_CLAUSE.search(text, max(0, at - _BACK), at) is None
    return before in _OBJECT_WORDS or before in _TAKES_OBJECT


def _sets_object(before: str, noun: str) -> bool:
    """Whether "<before> her <noun>, Name" makes Name an object: a role or relative after a
    preposition or a verb that takes an object ("thanked her coach, Ann Lee,")."""
    takes = before in _OBJECT_WORDS or before in _TAKES_OBJECT or before == "beside"
    return takes and (noun in ROLE_NOUNS or noun in _RELATIONS) and noun not in _ONLY_QUALIFY


def _after_described_subject(words: list[str]) -> bool:
    """Whether the last words are "the", a role or someone from a place and a past verb ("the
    Argentine defeated", "the veteran outpaced"): a name after them is its object."""
    if len(words) < 3 or words[-3] not in ("the", "The"):
        return False
    described, verb = words[-2], words[-1]
    if not (verb.isalpha() and verb.islower()) or verb in ROLE_NOUNS:
        return False
    if not (verb.endswith("ed") or verb in _TAKES_OBJECT):
        return False
    return (described.islower() and described in ROLE_NOUNS) or is_demonym(described)


def thing_of_theirs(text: str, begin: int, end: int) -> bool:
    """Whether the capitalised run text[begin:end] names a thing of someone's: after "his",
    "her", … and a plain lower-case word, before a lower-case noun ("his cruel Harbour
    Lights character", not "her colleague Raul Pinto disagrees")."""
    if not text[end + 1 : end + 2].islower():
        return False  # no lower-case noun follows: cheap test first, it runs for every name
    words = text[max(0, begin - _BACK) : begin].split()[-2:]
    if len(words) < 2 or words[0].lower() not in _POSSESSORS or not _plain_word(words[1]):
        return False
    following = _NEXT_WORD.match(text, end, end + _BACK)
    return following is not None and _plain_word(following.group(1))


def _plain_word(word: str) -> bool:
    """A lower-case word that is no role, relation or speech verb ("cruel", "character";
    not "deputy,", "colleague", "said")."""
    return (
        word.isalpha()
        and word.islower()
        and word not in ROLE_NOUNS
        and word not in _RELATIONS
        and not word.endswith(("s", "ed"))
        and SPEECH_VERB.fullmatch(word) is None
    )


def _verb_after_auxiliary(auxiliary: str, verb: str) -> bool:
    """A verb form after an auxiliary ("were accusing", "has sued"), no speech verb."""
    if (auxiliary in _PROGRESSIVE and verb.endswith("ing")) or (
        auxiliary in _PERFECT and (verb.endswith("ed"))
    ):
        return len(verb) > 4 and verb not in _REPORTING and SPEECH_VERB.fullmatch(verb) is None
    return False


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

    def mid_sentence(self, name: str) -> bool:
        """Whether `name` is written capitalised somewhere mid-sentence."""
        cached = self._known.get(name)
        if cached is None:
            text = self.text
            cached = any(
                at >= 2 and text[at - 1] == " " and text[at - 2] in "abcdefghijklmnopqrstuvwxyz,;”"
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
        places = self.index.find(last) + (self.index.find(first) if first != last else [])
        prior = first_name_gender(name) or title_gender(self.text, last, places)
        if prior:  # a common first name or a gendered title ("Pope Francis") settles it
            self._gender[name] = prior
            return prior
        votes = self._votes(last)
        result = None if votes["m"] == votes["f"] else "m" if votes["m"] > votes["f"] else "f"
        if " " not in name and (
            name.isupper() or (abs(votes["m"] - votes["f"]) < 2 and not self.mid_sentence(name))
        ):
            result = None  # one pronoun is weak evidence that a lone word is a person, and
            # an acronym ("AI … she told us") is a thing or a body however many follow it
        self._gender[name] = result
        return result

    def fits(self, name: str, gender: str) -> bool:
        """Whether a name whose first name the lists give the other gender is still `gender`:
        the pronouns after it in the article are all that (a name given to both, a stage
        name), twice or more for a full name, once for one written alone ("DJ Robin … his").
        Asked only where the lists' gender would rule the name out."""
        key = (name, gender)
        found = self._fits.get(key)
        if found is None:
            votes = self._votes(name.rpartition(" ")[2])
            found = votes[gender] > (" " in name) and not votes["f" if gender == "m" else "m"]
            self._fits[key] = found = found and first_name_gender(name) is not None
        return found

    def _after_subject(self, at: int) -> bool:
        """Whether a named subject and its verb come just before `at` in the same clause."""
        found = _SUBJECT_AND_VERB.search(self.text, max(0, at - _BACK), at)
        return found is not None and not is_opener(found.group(1))

    def unconfirmed(self, name: str) -> bool:
        """Whether no pronoun after the name agrees with the gender its first name gives."""
        listed = first_name_gender(name)
        return listed is not None and not self._votes(name.rpartition(" ")[2])[listed]

    def _votes(self, last: str) -> dict[str, int]:
        """He/she counts right after the subject mentions of a surname."""
        votes = {"m": 0, "f": 0}
        text = self.text
        for at in self.index.find(last, whole=True):
            end = at + len(last)
            if self.in_quote(at):
                continue
            nxt = _NEXT_NAME.search(text, end, end + _REACH)
            stop = nxt.start() if nxt else min(len(text), end + _REACH)
            pronoun = self._pronoun_after(end + 3, stop)
            if pronoun is None or self.in_quote(pronoun[0]) or ". " in text[end : pronoun[0]]:
                continue
            if self._after_subject(at):
                continue  # "Ivo also left Acme, and he …": "he" is Ivo, not Acme
            if not object_before(text, name_start(text, at)):  # asked only when it matters
                votes["f" if pronoun[1].startswith(("she", "her")) else "m"] += 1
        return votes
