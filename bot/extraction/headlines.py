"""Read a headline for names: in Title Case only first-name-led pairs stay capitalised."""

from __future__ import annotations

import re

from bot.extraction.chars import is_word_char
from bot.extraction.headline_names import (
    keep_family_first_names,
    keep_initials,
    keep_korean_names,
    keep_particle_names,
    keep_vietnamese_names,
    korean_given,
)
from bot.extraction.lexicon import NOT_NAMES, SPEECH_VERB, TITLES
from bot.extraction.lexicons import common_words, name_verbs, verbs
from bot.extraction.persons import first_name_gender
from bot.extraction.word_given import listed_surname

_PUNCTUATION = "'‘’\"“”:,.!?()"
_TITLE_CASE_SHARE = 0.7  # share of longer words capitalised that marks a Title Case headline
_CAPTION_CHARS = 120  # longest line read as a caption or subheading
_END_MARKS = '.!?:”"…'
_MID_SENTENCE = frozenset("abcdefghijklmnopqrstuvwxyz,;”")  # what may come before a name's space
_MODAL_NAMES = frozenset(("will", "may"))  # first names that are also a headline's modal verb


def _title_case(words: list[str]) -> bool:
    longer = [word for word in words if len(word) > 3 and word[:1].isalpha()]
    capitalised = sum(1 for word in longer if word[:1].isupper())
    return len(longer) >= 3 and capitalised >= _TITLE_CASE_SHARE * len(longer)


def names_view(headline: str, body: str = "") -> str:
    """`headline` (single-spaced) as the name finder should read it, same length: as it is in
    sentence case; in Title Case every word is lowered except a pair of capitalised words that
    is a known first name and the word after it ("Mauricio Umansky Hits Back" -> "Mauricio
    Umansky hits back") or that the body also writes together ("Star Fintan Rowe" when the
    body says "(Fintan Rowe)")."""
    words = headline.split(" ")
    if not _title_case(words):
        return headline
    keep = [False] * len(words)
    confirmed: list[int] = []  # pairs kept because the body writes them
    for index in range(len(words) - 1):
        if not (words[index + 1][:1].isupper() and words[index].strip(_PUNCTUATION)[:1].isupper()):
            continue
        if (
            first_name_gender(words[index])
            and not _verb_in_title(_bare(words[index + 1]), body)
            and not _verb_of_plural(words, index, body)
        ):
            keep[index] = keep[index + 1] = True
            continue
        pair = f"{words[index]} {words[index + 1]}".strip(_PUNCTUATION)
        if body and " " in pair and pair in body:
            confirmed.append(index)
    for index in confirmed:  # never glued to a name kept beside it: "Iron Wolf Laura Quill"
        glued = (index > 0 and keep[index - 1] and not keep[index]) or (
            index + 2 < len(words) and keep[index + 2] and not keep[index + 1]
        )
        if not glued:
            keep[index] = keep[index + 1] = True
    keep_particle_names(words, keep, body)  # "Milo de Bock", "Aminatu al-Farouk"
    keep_korean_names(words, keep, body)  # "Park Seo-yeon"
    keep_family_first_names(words, keep, body)  # "Zhang Jun"
    keep_vietnamese_names(words, keep)  # "Nguyễn Văn Châu"
    for index in range(len(words) - 3):  # "Tessa and Nora Pemberton": two sisters share a surname
        if keep[index + 2] and words[index + 1] in ("and", "&") and first_name_gender(words[index]):
            keep[index] = True
    for index in range(len(words) - 1):  # "Dua Rexha Opens Up" when the body says "Rexha told"
        if (
            _loose_pair(words, keep, index, body)
            and not any(_verb_in_title(_bare(words[i]), body) for i in (index, index + 1))
            and any(_named_in(body, _bare(words[i])) for i in (index, index + 1))
            and not _verb_after(_bare(words[index + 1]), body)
        ):
            keep[index] = keep[index + 1] = True
    keep_initials(words, keep)  # "A. B. Lawrence"
    return " ".join(word if kept else word.lower() for word, kept in zip(words, keep, strict=True))


def _loose_pair(words: list[str], keep: list[bool], index: int, body: str = "") -> bool:
    """Two capitalised words, no common word, title or opener among them, with no kept word
    on or beside them; a kept word before them that a comma ends is no neighbour ("At Ember
    Row, Wanjiru Castellane Cooks"); nor one the body writes in lower case ("Battery Start-Up
    Voltaren" when the body calls it "a battery recycling start-up")."""
    before = index > 0 and keep[index - 1] and not words[index - 1].endswith((",", ":"))
    if before or any(keep[index : index + 3]):
        return False
    for word in words[index : index + 2]:
        bare = _bare(word)
        lower = bare.lower()
        if not bare[:1].isupper() or not _name_word(bare) or (word != bare and word[-1] in ":,"):
            return False
        if lower in common_words() or lower in NOT_NAMES or lower in TITLES or _verb(lower):
            return False
        if body and _written_lower(body, lower):
            return False
    return True


def _verb_in_title(word: str, body: str) -> bool:
    """Whether a headline word is a verb, bare or with "-s" ("Bid", "Sends", "Rues"), that the
    body never writes as a name: "Double Sends Castlebridge Up" names no "Sends Castlebridge"."""
    if word.lower() in verbs():
        return not _named_in(body, word)
    return _verb_after(word, body)


def _name_word(bare: str) -> bool:
    """Letters only, capitalised parts joined by hyphens ("Whitcombe-Reyes"), or a romanised
    Korean given name ("Min-jun")."""
    if bare.isalpha() or korean_given(bare):  # "Min-jun" of "Lee Min-jun"
        return True
    return all(part[:1].isupper() and part.isalpha() for part in bare.split("-"))


def _verb(lower: str) -> bool:
    """Whether a lowered headline word is a past-tense or speech verb ("promised", "warned")."""
    if lower.endswith("ed") and (lower[:-1] in common_words() or lower[:-2] in common_words()):
        return True
    return SPEECH_VERB.fullmatch(lower) is not None


def _verb_after(word: str, body: str) -> bool:
    """Whether a word after a name is a verb's "-s" form ("Defends", "Denies") that the body
    never writes as a name ("Reyes Defends App"), so it is no part of the name."""
    lower = word.lower()
    if not lower.endswith("s") or _named_in(body, word):
        return False
    stems = (lower[:-1], lower[:-2] if lower.endswith("es") else "", lower[:-3] + "y")
    return any(stem in verbs() for stem in stems)


def _verb_of_plural(words: list[str], index: int, body: str) -> bool:
    """Whether a first name that is a verb, or a modal ("Cuts Will Close Polar Station"), first
    follows a plural subject and the body never writes it with the next word ("Illustrators
    Sue Mirelle AI"): the verb, not a name."""
    first = words[index]
    if index == 0 or (first.lower() not in name_verbs() and first.lower() not in _MODAL_NAMES):
        return False
    if f"{first} {_bare(words[index + 1])}" in body:
        return False
    subject = words[index - 1]
    return subject.endswith("s") and subject.isalpha() and not first_name_gender(subject)


def _bare(word: str) -> str:
    """A headline word without punctuation around it or a possessive ("Gupta's" -> "Gupta")."""
    bare = word.strip(_PUNCTUATION)
    return bare[:-2] if bare.endswith(("'s", "’s")) else bare


def _written_lower(body: str, lower: str) -> bool:
    """Whether the body writes a lowered headline word as a whole word in lower case."""
    at = body.find(lower)
    while at >= 0:
        end = at + len(lower)
        before = at > 0 and (is_word_char(body[at - 1]) or body[at - 1] == "-")
        after = end < len(body) and (is_word_char(body[end]) or body[end] == "-")
        if not before and not after:
            return True
        at = body.find(lower, at + 1)
    return False


def _named_in(body: str, word: str) -> bool:
    """Whether the body writes `word` capitalised in mid-sentence ("…,” Rexha told fans"):
    after a lower-case letter, comma, semicolon or closing quote and a space, as a whole word."""
    if not word:
        return False
    target, size = " " + word, len(word) + 1
    ends_word = is_word_char(word[-1])
    at = body.find(target, 1)
    while at >= 0:
        end = at + size
        after = end < len(body) and is_word_char(body[end])
        if body[at - 1] in _MID_SENTENCE and ends_word != after:
            return True
        at = body.find(target, at + 1)
    return False


def in_caption(text: str, at: int, name: str) -> bool:
    """Whether `name`, written at `at`, lies on a caption or subheading line in Title Case and
    is no first-name-led pair there ("Golden Island Best Finale Moment Dana and Rosa
    Proposal"): words a caption capitalises are no evidence of a name."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = end if end >= 0 else len(text)
    if end - start > _CAPTION_CHARS:
        return False  # a body paragraph: too long for a caption, and not copied to find out
    line = text[start:end]
    if not _caption(line) or not _title_case(line.split(" ")):
        return False
    return not first_name_gender(name)


def _caption(line: str) -> bool:
    """A short line without an end mark: a caption or subheading."""
    return 0 < len(line) <= _CAPTION_CHARS and line[-1] not in _END_MARKS


_HEADING_WORDS = 6  # most words of a section heading whose lone capitalised word is no one


def heading_word(text: str, begin: int, end: int) -> bool:
    """Whether a one-word run lies on a short section heading in the body, before a lower-case
    word ("Summer in Linen", "Grace under Pressure"), and is written nowhere else: a word the
    heading capitalises, no person ("Summer" is no one's name there); or a pair there that is
    no one's name either (`_heading_pair`)."""
    start = text.rfind("\n", 0, begin) + 1
    stop = text.find("\n", end)
    line = text[start : stop if stop >= 0 else len(text)]
    if not start or not _caption(line) or len(line.split()) > _HEADING_WORDS:
        return False
    if " " in text[begin:end]:
        return _heading_pair(text, begin, end)
    after = text[end : end + 2]
    if len(after) < 2 or after[0] != " " or not after[1].islower():
        return False
    word = text[begin:end]
    return text.find(word) == begin and text.find(word, end) < 0


# A heading of two people's names joined: "Dan Reeve and Clara Moss", "Ana Ruiz & Tom Bell".
_W = r"[A-Z][\w’'\-]*"
_TWO_PAIRS = re.compile(rf"\s*{_W} {_W} (?:and|&) {_W} {_W}\s*")


def _heading_pair(text: str, begin: int, end: int) -> bool:
    """Whether two capitalised words on a section heading ("Grace Notes", "Daisy Chains") are
    no name: the second is no listed surname and is written nowhere else in the article, where
    a person's surname would come back ("Okoro Adams & Laila Noor" … "Noor said"), and the
    heading is not two such pairs joined ("Dan Reeve and Clara Moss": a couple's names)."""
    words = text[begin:end].split(" ")
    if len(words) != 2 or listed_surname(words[1]):
        return False
    line_start = text.rfind("\n", 0, begin) + 1
    line_end = text.find("\n", end)
    if _TWO_PAIRS.fullmatch(text, line_start, line_end if line_end >= 0 else len(text)):
        return False
    return text.find(words[1]) == begin + len(words[0]) + 1 and text.find(words[1], end) < 0
