"""People brought in between two quotes: one named by a paragraph of their own ("That view is
not shared by Tom Ode." / "That is cold comfort for Ann Lee, who …"), whose is a "he said" on
the quote opening the next paragraph, and anyone new there, after whom a bare quote is no
longer surely the last speaker's; and the one a section's heading names whom the role opening
its first paragraph means ("Mara Quinn & Robin Dale" / "The actress … She told")."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.lexicon import ROLE_NOUNS
from bot.extraction.lexicons import common_words, given_to_both, is_person_noun, is_place
from bot.extraction.names import People
from bot.extraction.runs import is_org
from bot.extraction.subject_words import people_word
from bot.extraction.title_genders import role_gender
from bot.extraction.written_it import last_sentence_start

_QUOTE_MARKS = ("“", "”", '"')
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")


def paragraph_newcomer(
    people: People, at: int, spoken: list[tuple[int, str]], gender: str
) -> str | None:
    """The one person a paragraph names, in full and in its last sentence, when the next
    paragraph opens with the quote at `at`, someone spoke before, the paragraph holds no quote
    and no "he" or "she", the person has not spoken and may have that gender; else None."""
    text = people.text
    para_start = text.rfind("\n", 0, at) + 1
    if text[para_start:at].strip():
        return None  # the quote does not open its paragraph
    before_start = text.rfind("\n", 0, max(0, para_start - 1)) + 1
    before = text[before_start : max(before_start, para_start - 1)]
    if not spoken or not before.strip() or any(mark in before for mark in _QUOTE_MARKS):
        return None  # no one spoke before it, or it holds a quote
    if _SUBJECT_PRONOUN.search(before):
        return None  # "Afterwards she praised Lucy Hart": the one spoken of goes on
    last = before_start + last_sentence_start(before)  # the sentence right before the quote
    mentions = [
        m for m in people.iter_before(para_start, 6, before_start) if m.start >= before_start
    ]
    names = {people.full_name(m.name, m.start) for m in mentions}
    names = {name for name in names if not is_org(name)}
    if len(names) != 1 or not any(m.start >= last for m in mentions):
        return None  # no one, several, or one named before the sentence the quote follows
    name = names.pop()
    if " " not in name or any(name == said for _, said in spoken):
        return None
    if text.find(name) < before_start:
        return None  # not brought in there for the first time
    return name if people.gender(name) in (None, gender) else None


def role_newcomer(
    people: People,
    spoken: list[tuple[int, str]],
    at: int,
    fits: Callable[[str, str | None], bool],
    gender: str | None,
) -> str | None:
    """The one person brought in by full name since the last quote, within the quote's
    paragraph and the one before, who has not spoken yet: whom a role first means ("The
    festival was founded by X. … “…,” the organiser admits.")."""
    text = people.text
    start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, at))) + 1
    if spoken:
        start = max(start, spoken[-1][0])
    spoke = {name for _, name in spoken}
    found = {
        people.full_name(m.name, m.start)
        for m in people.iter_before(at, 4, start)
        if m.start >= start
        and " " in m.name  # written in full there: "of Harwell" is none
        and not people_word(text, m)  # nor "the Milky Way"
    }
    found = {name for name in found if not is_org(name)}
    if len(found) != 1:
        return None
    name = found.pop()
    return name if name not in spoke and fits(name, gender) else None


def brings_in(people: People, start: int, end: int, name: str) -> bool:
    """Whether the paragraph text[start:end] ends by bringing in, in full and for the first
    time, one person other than `name`, even after a preposition ("That view is not shared by
    Tom Ode."): a bare quote after it is no longer surely `name`'s."""
    para = people.text[start:end]
    if any(mark in para for mark in _QUOTE_MARKS) or _SUBJECT_PRONOUN.search(para):
        return False
    last = start + last_sentence_start(para)
    parts = set(name.split())
    for mention in people.iter_before(end, 6, last):
        full = people.full_name(mention.name, mention.start)
        if mention.start < last or " " not in full or is_org(full) or set(full.split()) & parts:
            continue
        if people.text.find(full) >= start:
            return True
    return False


def one_word_speaker(people: People, start: int, end: int, name: str) -> bool:
    """Whether the paragraph text[start:end] has someone known by one name speak or open it
    ("Garcia, who runs the shop, disagreed.", "…, said his wife, Ana.") who is not `name`."""
    parts = set(name.split())
    for mention in people.iter_before(end, 6, start):
        word = mention.name
        if " " in word or word in parts or mention.is_object or is_place(word):
            continue
        opens = mention.start == start and word.lower() not in common_words()
        if (opens or people.speaks(mention)) and (opens or people.gender(word)):
            return " " not in people.full_name(word, mention.start)
    return False


# A section's first paragraph opening with a role: "The Oscar-winning actress has …".
_ROLE_OPENING = re.compile(r"The (?:[\w\-’']+ ){0,3}?([a-z\-]+)(?=[ ,])")
_HEADING_NAME = r"[A-Z][\w\-’']+(?: [A-Z][\w\-’']+){1,3}"
# A heading naming people only: "Mara Quinn & Robin Dale", "Tom Reyes and Ana Diaz".
_NAMES_HEADING = re.compile(rf"{_HEADING_NAME}(?:(?:,| &| and) {_HEADING_NAME})*")
_SECTION_REACH = 400  # characters of the section's first paragraph a he or she may be in


def section_subject(people: People, at: int, gender: str) -> str | None:
    """Who a he or she means in a section's first paragraph that opens with a role ("The
    actress …") right under a heading naming people: the first of them the role and the
    pronoun both fit, in a listicle of couples the one the section is about, not a partner
    named in between; else None."""
    text = people.text
    start = text.rfind("\n", 0, at) + 1
    role = _ROLE_OPENING.match(text, start)
    if not role or at - start > _SECTION_REACH or not _is_role(role.group(1)):
        return None
    heading_end = text.rfind("\n", 0, start)
    heading = text[text.rfind("\n", 0, max(0, heading_end)) + 1 : max(0, heading_end)].strip()
    if not heading or not _NAMES_HEADING.fullmatch(heading):
        return None
    role_gender_ = role_gender(role.group(1))
    if role_gender_ not in (None, gender):
        return None  # "The actress … husband Tom. He said": the husband
    names = re.findall(_HEADING_NAME, heading)
    if len(names) == 1 and people.gender(names[0]) is None:
        return None  # a lone title-cased heading ("Sporty Spice") may name no one
    for mention in people.iter_before(at, 10, start):  # "… met Ann Roe. She said": Ann Roe
        full = people.full_name(mention.name, mention.start)
        if full not in names and not is_org(full) and people.gender(full) == gender:
            return None
    fits = [name for name in names if _fits(people, name, gender, role_gender_)]
    return fits[0] if fits else None


def _fits(people: People, name: str, gender: str, role: str | None) -> bool:
    """Whether a heading's name may be `gender`: a gender the article or the lists give it,
    else none; or a name given to both that the role's gender settles ("The actress" for
    "Chris Hale")."""
    found = people.gender(name)
    return found in (None, gender) or (role == gender and given_to_both(name.split()[0]))


def _is_role(word: str) -> bool:
    """Whether a word names a person by what they do ("actress", "singer", "presenter")."""
    return is_person_noun(word) or word in ROLE_NOUNS
