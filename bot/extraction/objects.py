"""Whether a name is the object of a verb or a preposition, or names a thing of someone's."""

from __future__ import annotations

import re

from bot.extraction.lexicon import NAME_GIVEN, ROLE_NOUNS, SPEECH_VERB
from bot.extraction.lexicons import is_demonym, is_irregular_past, verbs
from bot.extraction.persons import inner_clause, name_acted_on, past_act
from bot.extraction.possessives import opens_clause

_OBJECT_WORDS = frozenset(
    "of for at from with in on by about against into over versus vs vs. told asked thanked than"
    " like replace beat defeated and telling tells tell thanking asking joining praising"
    " interviewed whose under alongside behind beside among amid between near without toward"
    " towards including included includes unlike via being".split()
)
# Verbs whose object a following name is ("after meeting Paul Hart", "then met Frank Ovid").
_TAKES_OBJECT = frozenset(
    """met meet meets meeting thanked visited visiting hired fired sued accused blamed praised
    criticised criticized urged called named appointed replaced invited hosted hosting
    greeted greeting backed endorsed endorsing nominated nominating defeated beating
    plays played playing portrays portrayed portraying voices voiced voicing fled fleeing
    left leaving escaped reached crossed""".split()
)
# "stars as Carl Voss", "returned as Carl Voss": the name after "as" is a part played.
_CAST = frozenset("stars starred starring returns returned appears appeared cast".split())

_BACK = 40  # characters read before a name for the words that make it an object
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_RELATIONS = frozenset(
    "colleague friend boyfriend girlfriend fiancé fiancée cousin pal teammate co-star mentor"
    " classmate roommate ex boss sister brother uncle aunt nephew niece grandfather grandmother"
    " rival opponent predecessor successor".split()
)
_SUBJECTS = frozenset("he she they we i".split())
_COPULAS = frozenset("is was are were be been am and or but then also".split())
_ADVERBS = frozenset("also then later once again still never even just often soon first".split())
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
# Words handing someone the floor: "it was the turn of Ana Ruiz", "Next came Ana Ruiz".
_TURN_GIVEN = re.compile(
    r"(?:\bturn of|\b[Ii]t (?:fell|falls|was left) to"
    r"|\b(?:Next|Then|Finally) (?:up )?(?:came|comes)) $"
)
_TURN_ENDS = ("turn of ", " to ", "came ", "comes ")  # the words `_TURN_GIVEN` ends with
_NAME_GIVEN = re.compile(rf"\b(?:[Aa]n?|one){NAME_GIVEN}$")
_QUESTION_WORDS = frozenset("whether if why how when about what who where which".split())
# Words of titles that name no one alone ("State Senator"): "the officer in the state, Ada
# Obi," sets Ada Obi beside a place, not beside an object.
_ONLY_QUALIFY = frozenset("state house majority minority interim acting former senior".split())
# "with co-stars including Tom Ode, Bea Cole and Ann Lee": every name of a list that opens with
# an object is one too, not only the first.
_LIST_OPENERS = (" among them ", " such as ")
_LIST_BACK = 160
_NAME_ITEM = r"[A-Z][\w.’'\-]*(?:\s+(?:[A-Z][\w.’'\-]*|de|da|van|von|der|bin|al-\w+))*"
_LIST_WORDS = ("includ", "among them", "such as")  # one of them is in every `_LISTED` match
_LISTED = re.compile(
    rf"\b(?:including|includes|included|among them|such as)\s+(?:{_NAME_ITEM},\s+)+$"
)


def _listed(text: str, at: int) -> bool:
    """Whether a name at `at` goes on a list after "including" or "such as" (`_LISTED`),
    looked for only where one of those words is written in the reach."""
    back = max(0, at - _LIST_BACK)
    if all(text.find(word, back, at) < 0 for word in _LIST_WORDS):
        return False
    return _LISTED.search(text, back, at) is not None


def _turn_given(text: str, at: int) -> bool:
    """Whether the words before `at` hand someone the floor (`_TURN_GIVEN`), read only after
    a word that pattern ends with (or a line end, which its "$" may stand before)."""
    back = max(0, at - _BACK)
    if not text.endswith(_TURN_ENDS, back, at) and not text.endswith("\n", back, at):
        return False
    return _TURN_GIVEN.search(text, back, at) is not None


def is_relation(word: str) -> bool:
    """Whether a noun names someone by their tie to another ("friend", "teammate", "aunt")."""
    return word in _RELATIONS


# A sentence opening with a thing and naming no one up to a clause: "The second goal came after ".
_THING_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)(?:The|A|An|Its|This|That) [^A-Z.!?“”\n]*\Z")
_THING_REACH = 100  # characters read back for the sentence's opening


def object_before(text: str, at: int) -> bool:
    """Whether the words before `at` make a name an object ("told Smith", "of the Smiths",
    "after meeting Paul Hart")."""
    if text[at - 2 : at] == ", ":
        if _listed(text, at):
            return True  # "including Tom Ode, Bea Cole and …": Bea Cole is listed, no subject
        beside = _OBJECT_BESIDE.search(text, max(0, at - _BACK), at)
        if beside and _sets_object(beside.group(1), beside.group(2)):
            return True
    if text.endswith(_LIST_OPENERS, max(0, at - 12), at):
        return True  # "colleagues, among them Ann Lee": one of those named, no subject
    words = text[max(0, at - _BACK) : at].split()[-4:]
    if words and words[-1] in ("named", "called") and _NAME_GIVEN.search(text, at - _BACK, at):
        return False  # "a softly spoken man named Ibrahim Sesay": a name given, no object
    if _turn_given(text, at):
        return False  # "Then it was the turn of Ana Ruiz.": she speaks next, no object
    if words and words[-1] == "For" and _FRAME_START.search(text, at - _BACK, at - 4):
        return False  # "For Marta, the worst came later": whom the sentence is about
    if _after_described_subject(words):
        return True  # "the Kenyan outpaced Ana Ruiz", "the veteran stopped Leo Mann"
    if words and words[-1].islower() and (words[-1] in ROLE_NOUNS or words[-1] in _RELATIONS):
        words.pop()  # "asked about striker Leo Mann", "she hugs her sister Kate Vale"
        verb = len(words) > 1 and words[-2].lower() in _SUBJECTS  # "he rounded goalkeeper X"
        verb = verb or name_acted_on(words[-2:])  # "Ode rounded goalkeeper X": Ode's object
        if len(words) > 1 and words[-1].islower() and words[-1] not in _OBJECT_WORDS and not verb:
            words.pop()
    if _infinitive(words[-2:]):
        return True  # "Ode is the latest to criticise Ann Lee", "voted to expel Ann Lee"
    if name_acted_on(words[-2:]) or (inner_clause(words[-2:]) and not _thing_opens(text, at)):
        return True  # "Tom Reyes defended Sam Ortiz", "won, a year after Ann Lee beat her"
    if words and words[-1].endswith(("’s", "'s")) and opens_clause(words[:-1], at <= _BACK):
        return False  # "But Ashe’s co-star Ana Ruiz came to his defence": the subject
    if _pronoun_adverb_verb(words[-3:]):
        return True  # "she reportedly gave Ivo a key", "he later thanked Ann Cole"
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
    if words == ["back", "to"] and text[max(0, at - _BACK) : at].split()[-3:][0] in _TALKED:
        return True  # "talked back to Sister Ines", "wrote back to Ann Lee": who heard it
    if word == "as" and len(words) == 2 and words[0] in _CAST:
        return True  # "Ben Norton stars as Carl Voss": a character, not a second person here
    if len(words) == 2 and _verb_after_auxiliary(words[0], word):
        return True  # "were accusing Biden", "had sued Meta": an object of the verb
    return word in _OBJECT_WORDS or word in _TAKES_OBJECT or word.endswith(("’s", "'s"))


def _thing_opens(text: str, at: int) -> bool:
    """Whether the sentence up to `at` opens with a thing as its subject and names no one ("The
    second goal came after "): the name of the clause after it is the one who acts."""
    return _THING_OPENING.search(text, max(0, at - _THING_REACH), at) is not None


def _pronoun_adverb_verb(words: list[str]) -> bool:
    """Whether three words are "he"/"she", an adverb and a verb ("she reportedly gave"), so
    that a name after them is the object of the pronoun's verb."""
    if len(words) < 3 or words[0].lower() not in _SUBJECTS or words[2] in _COPULAS:
        return False
    adverb, verb = words[1], words[2]
    return (adverb in _ADVERBS or adverb.endswith("ly")) and verb.isalpha() and verb.islower()


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
    # "hugged her sister, Mary Lee,": a regular past; many irregular ones take no object ("came")
    takes = takes or (before.endswith("ed") and past_act(before))
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


def _infinitive(words: list[str]) -> bool:
    """Whether two words are "to" and a verb WordNet gives first as a verb ("to criticise",
    "to expel"), no role ("to coach"): a name after them is the verb's object."""
    return (
        len(words) == 2
        and words[0] == "to"
        and words[1] in verbs()
        and words[1] not in ROLE_NOUNS
    )


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
    """A verb form after an auxiliary ("were accusing", "has sued", "has known"), no speech
    verb."""
    if (auxiliary in _PROGRESSIVE and verb.endswith("ing")) or (
        auxiliary in _PERFECT and (verb.endswith("ed") or is_irregular_past(verb))
    ):
        return len(verb) > 4 and verb not in _REPORTING and SPEECH_VERB.fullmatch(verb) is None
    return False
