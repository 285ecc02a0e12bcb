"""Cues that a sentence or lead is about someone left unnamed ("One neighbour") or no one."""

from __future__ import annotations

import re

from bot.extraction.anonymous_openings import ANONYMOUS, ANONYMOUS_AT, FRONTED, UNNAMED_OPENING
from bot.extraction.document_kinds import NOUNS
from bot.extraction.lexicon import ROLE_NOUNS, SPEECH_VERB, UPPER
from bot.extraction.lexicons import is_person_noun
from bot.extraction.no_comment import refused_comment
from bot.extraction.sentence_bounds import sentence_start

# A sentence about someone unnamed: "Other residents were less sure.", "One neighbour shrugged."
_SOMEONE = re.compile(
    r"(?:(?:A|An|One|Another|Some|Many|Other|Several|Most|Few|Countless|Numerous|Two|Three|His"
    r"|Her|Their|Its)\s+([a-z\-]+)|([A-Z][a-z\-]+))(?:\s+([a-z\-]+))?"
)
# A phrase of place or time before an unnamed subject: "Near the collapsed school, a man",
# "Asked about the rent, his wife".
_FRONTED = re.compile(
    r"(?:At|Near|Outside|Inside|Beside|Behind|In|On|By|Later|Earlier|Asked)\b[^,.;“”]{2,60}, "
    r"(?=(?:a|an|one|another|his|her|their) [a-z])"
)
_NAMED_NEXT = re.compile(rf"\s*,?\s+[{UPPER}]")
_PEOPLE = frozenset(
    """people residents neighbours neighbors locals fans users viewers readers followers
    commenters critics voters tenants parents families customers shoppers visitors protesters
    experts observers analysts members supporters opponents others onlookers passers-by""".split()
)


_QUANTIFIERS = ("Some ", "Many ", "Most ", "Few ", "Several ")
_DIFFER = frozenset("agree disagree differ demur object".split())


def _opinion(word: str) -> bool:
    """Whether a word after "Some" or "Many" is a verb of speech or of agreeing."""
    return word in _DIFFER or SPEECH_VERB.fullmatch(word) is not None


def _person(noun: str) -> bool:
    """Whether a lower-case noun names a person by a role or by what they are ("landlord")."""
    return noun in ROLE_NOUNS or is_person_noun(noun)


def is_people(noun: str) -> bool:
    """Whether a plural noun names people ("residents", "fans", "critics")."""
    return noun in _PEOPLE


# Some of a group opening a sentence: "One of the nurses wept.", "Two of them shrugged.".
_ONE_OF = re.compile(
    r"(?:One|Some|Many|Several|Most|Few|Two|Three|Four|Each|Both|Neither|None|All|Another)\s+of"
    r"\s+(?:them|those|these|us|(?:the|his|her|their|its|our)\s+([a-z\-]+)(?:\s+([a-z\-]+))?)\b"
)
_KIN_OPENING = re.compile(r"(?:His|Her|Their)\s+[a-z]+")
# A named person's or a body's relative or role opening a sentence: "Greta Lind's daughter
# was blunter.", "The chair's neighbour shrugged.", "Acme's chief executive was upbeat."
_OWNED_OPENING = re.compile(
    r"(?:[Tt]he\s+[a-z\-]+|(?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+)['’]s\s+([a-z\-]+)(?:\s+([a-z\-]+))?"
)
# The one telling of them set off inside the sentence: "The council's officer, she says, …".
_TOLD_ASIDE = re.compile(r",\s+(?:he|she|they|I)\s+(?:says|said|recalls|recalled|adds|added),")


def _unfronted(sentence: str) -> str:
    """A sentence without its leading space and any fronted phrase, its next word capitalised
    ("Asked about the rent, his wife …" -> "His wife …")."""
    sentence = sentence.lstrip()
    fronted = _FRONTED.match(sentence)
    if fronted:
        sentence = sentence[fronted.end()].upper() + sentence[fronted.end() + 1 :]
    return sentence


def kin_subject(sentence: str) -> str | None:
    """The kinship phrase opening a sentence after any fronted phrase ("Asked about the rent,
    his wife shook her head." -> "His wife"), or a named owner's relative or role ("Lind's
    daughter", "Acme's chief executive"), else None."""
    sentence = _unfronted(sentence)
    found = _KIN_OPENING.match(sentence)
    return found.group() if found else owned_person(sentence)


def owned_person(sentence: str) -> str | None:
    """"Lind's daughter" or "Acme's chief executive" opening `sentence` when a noun of it names
    a person and no name is set beside it ("Lind's daughter, Mali,"), else None."""
    found = _OWNED_OPENING.match(sentence) if "s " in sentence[:60] else None
    if found is None:
        return None
    last = 2 if found.group(2) and _person(found.group(2)) else 1
    if not _person(found.group(last)) or _NAMED_NEXT.match(sentence, found.end(last)):
        return None
    if _TOLD_ASIDE.search(sentence, found.end(last)):
        return None  # "The council's officer, she says, laughed.": told by the one speaking
    return sentence[found.start() : found.end(last)]


def about_someone_unnamed(sentence: str) -> bool:
    """Whether a sentence's subject is a person or people left unnamed ("One neighbour")."""
    sentence = _unfronted(sentence)  # "Near the collapsed school, a man searching for his …"
    if owned_person(sentence):
        return True  # "Lind's daughter was blunter.": not Lind, and named nowhere
    group = _ONE_OF.match(sentence) if " of " in sentence[:16] else None
    if group and not _NAMED_NEXT.match(sentence, group.end()):  # not "One of them, Ann Lee,"
        nouns = [noun for noun in group.groups() if noun]  # "One of the nurses": people
        return not nouns or any(n in _PEOPLE or _person(n.removesuffix("s")) for n in nouns)
    match = _SOMEONE.match(sentence)
    if match is None or _NAMED_NEXT.match(sentence, match.end()):
        return False  # "Another resident, Karl Dunn, disagreed.": named after all
    if match.group(2):  # no opener: only a plural of people ("Critics were", "Locals say")
        return match.group(2).lower() in _PEOPLE
    if sentence.startswith(_QUANTIFIERS) and _opinion(match.group(1)):
        return True  # "Some disagree.", "Many say otherwise.": people left unnamed
    nouns = [noun for noun in (match.group(1), match.group(3)) if noun]  # "Other local fans"
    return any(
        _person(noun) or _person(noun.removesuffix("s")) or noun in _PEOPLE for noun in nouns
    )


# The writers asking or wondering before a colon: "we first need to ask a different one:".
_WRITERS_ASK = re.compile(r"(?:^|[,.;]\s+|\s)[Ww]e\s+(?:[a-z]+\s+){0,4}(?:ask|wonder)\b[a-z ]*:$")
_PERSONAL = frozenset("he she his her him they their them i we my our me us".split())
_WORD = re.compile(r"[\w’'\-]+")


def impersonal(lead: str) -> bool:
    """Whether a lead names or points to no one: no name after its first word, no personal
    pronoun and no role ("The message on the billboard was clear:", "It reads:")."""
    if _WRITERS_ASK.search(lead):
        return True  # "we first need to ask a different one:": the writers, who are not named
    words = _WORD.findall(lead)
    return (
        len(words) > 1
        and not any(  # "Quotable:" alone labels whoever the piece is about
            (index and word[:1].isupper())
            or word.lower() in _PERSONAL
            or word.lower() in ROLE_NOUNS
            or word.lower().removesuffix("s") in ROLE_NOUNS
            or word.lower() in _PEOPLE
            for index, word in enumerate(words)
        )
    )


# Before a role noun: someone brought in unnamed as a speaker ("says a former ", "A local "),
# after a phrase set before the subject too ("At the magazine, a former ", "One former ").
_UNNAMED_BEFORE = re.compile(
    rf"(?:(?:{SPEECH_VERB.pattern})\s+an?|(?:^|[.!?] )(?:[{UPPER}][^.!?,\n]{{0,40}},\s+)?"
    r"(?:An?|an?|One|one|Another|another)) (?:\S+ ){0,3}$",
    re.MULTILINE,
)
_SPEECH_AFTER = re.compile(rf"[^.!?\n]{{0,80}}?(?:{SPEECH_VERB.pattern})")
_NAME_AFTER = re.compile(r",? [A-Z]")


def unnamed_speakers(text: str, word: str) -> list[int]:
    """Where someone is brought in with a role noun and no name as a speaker ("says a former
    writer who …", "A former writer who … said"), in text order."""
    found: list[int] = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        whole = not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum()
        if whole and not _NAME_AFTER.match(text, end):
            before = _UNNAMED_BEFORE.search(text, max(0, at - 80), at)
            said = before and SPEECH_VERB.match(text, before.start())  # "says a former writer"
            if before and (said or _SPEECH_AFTER.match(text, end)):
                found.append(before.start())
        at = text.find(word, end)
    return found


_NAMED_BESIDE = re.compile(rf",?\s+[{UPPER}][\w’'\-]+\s+[{UPPER}]")  # "A spokesperson, Jane Roe,"


def unnamed_spoke(sentence: str) -> bool:
    """Whether a sentence opens with someone unnamed who speaks in it ("A spokesperson for
    Loomwell said the company was listening.")."""
    sentence = sentence.lstrip()
    opening = UNNAMED_OPENING.match(sentence)
    if opening is None or _NAMED_BESIDE.match(sentence, opening.end()):
        return False
    return SPEECH_VERB.search(sentence, opening.end()) is not None


def nobody_credited(sentence: str) -> bool:
    """Whether a sentence before a bare quote is about someone unnamed, has someone unnamed
    speak, or tells that the one it names said nothing ("X declined to comment.")."""
    return about_someone_unnamed(sentence) or unnamed_spoke(sentence) or refused_comment(sentence)


# Several people counted before "who": "two backbenchers who spoke on condition of anonymity".
_COUNTED = re.compile(
    r"\b(?:two|three|four|five|six|several|some|many|both|\d+)\s+(?:[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)


def anonymous_before(masked: str, at: int, singular: bool = False) -> int | None:
    """Where words saying someone stayed unnamed end ("who did not want to be named"), in the
    sentence before `at` or the one holding it, else None; for a "he" or "she" (`singular`),
    not words about several people ("two backbenchers who spoke on condition of anonymity")."""
    found = None
    start = max(0, masked.rfind(". ", 0, max(0, masked.rfind(". ", 0, at - 2))) + 1)
    if "who" in masked[start:at]:  # a literal test before the pattern
        for match in ANONYMOUS_AT.finditer(masked, start, at):
            counted = _COUNTED.search(masked, max(start, match.start() - 50), match.start())
            if not (singular and counted):
                found = match.end()
    return found


# A family opening a sentence: "Wierzbicki’s family described him", "The Ode family said",
# "His family", "The boy’s relatives".
_FAMILY_OPENS = re.compile(
    rf"(?:The\s+(?:[{UPPER}][\w\-]*\s+|[a-z\-]+[’']s\s+)?|[{UPPER}][\w’'\-]*[’']s\s+"
    r"|(?:His|Her|Their)\s+)(?:[a-z\-]+\s+)?(?:famil(?:y|ies)|relatives)\b"
)


def family_before(text: str, at: int) -> bool:
    """Whether the sentence before the one holding `at` opens with a family, whom a "they"
    after it means ("X’s family described him as … In a statement, they said:")."""
    here = sentence_start(text, at)
    before = text[max(0, here - 600) : here]
    if "famil" not in before and "relatives" not in before:
        return False  # a literal test before the pattern
    start = sentence_start(text, here - 2)
    return _FAMILY_OPENS.match(text, start, here) is not None


# One of a group opening the sentence that brings the quote after a colon: "One held a piece of
# cardboard on which he had written:", "One of them had scrawled on a placard:".
_ONE_OPENS = re.compile(
    r"(?:^|[.!?][”’\"]?\s+)One(?:\s+of\s+(?:them|those|the\s+[a-z\-]+))?,?\s+(?:[a-z]+ly\s+)?"
    r"[a-z]+\b[^.!?“”\"]*:\s*$"
)


def one_of_them(lead: str) -> bool:
    """Whether the lead's last sentence, ending in a colon, is about one of a group unnamed."""
    return "One" in lead and _ONE_OPENS.search(lead[-300:]) is not None


# An opening phrase, then someone unnamed who asked not to be: "Asked about the difference, an
# official at the ministry, who spoke on condition of anonymity because …, said:".
_FRONTED_ANONYMOUS = re.compile(
    FRONTED
    + r"(?:an?|one|another)\s+\w[^.!?,]{0,60}?(?:,\s+(?:an?\s+[^.!?,]{0,60}?\s+)?|\s+)"
    + ANONYMOUS
)


def fronted_anonymous(lead: str) -> bool:
    """Whether a lead opens with a phrase of place, time or asking, then someone unnamed."""
    return _FRONTED_ANONYMOUS.match(lead) is not None


# A document opening the lead's last sentence, by someone left unnamed: "An internal note by a
# test manager, quoted in an annex, was blunt:", "A letter from one parent read:".
_PAPER_BY_SOMEONE = re.compile(
    rf"(?:^|[.!?][”’\"]?\s+)(?:An?|The|One)\s+(?:[a-z\-]+\s+){{0,2}}(?:{NOUNS})\s+"
    r"(?:(?:written|sent|signed|left)\s+)?(?:by|from)\s+(?:an?|one|another)\s+[a-z][^.!?“”\"]*$"
)


def paper_by_someone(lead: str) -> bool:
    """Whether the lead's last sentence opens with a document by someone unnamed."""
    return (" by " in lead or " from " in lead) and _PAPER_BY_SOMEONE.search(
        lead[-300:]
    ) is not None


def no_writer(lead: str) -> bool:
    """Whether a lead ending in a colon names no one whose words follow: impersonal ("The
    message was clear:") or a document by someone unnamed."""
    return impersonal(lead) or paper_by_someone(lead)
