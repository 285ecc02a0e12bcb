"""Where a capitalised run of words starts, read back word by word from a position in text."""

from __future__ import annotations

from bot.extraction.lexicon import NOT_NAMES, TITLE_ABBREVIATIONS
from bot.extraction.runs import PARTICLE_SET, is_initials
from bot.extraction.sentence_openers import KIN_GROUPS, opens_sentence

_OPENING = '(“"‘[—–'  # marks that may open a name: "(Fintan Rowe)", "…” —Ann Roe"
_WORD_BACK = 40  # characters searched back for the word before a name


def _word_start(text: str, at: int) -> int:
    """Where the word ending just before `at` (a space) starts, on the same line."""
    floor = max(0, at - _WORD_BACK)
    return max(text.rfind(" ", floor, at - 1), text.rfind("\n", floor, at - 1), floor - 1) + 1


def _letter(char: str) -> bool:
    """A letter or digit, or a combining accent after one ("ọ̀" is "ọ" and a grave)."""
    return char.isalnum() or "\u0300" <= char <= "\u036f"


def capital_before(text: str, at: int) -> bool:
    """Whether the word before `at` (same line) is capitalised or a name particle."""
    if at < 2 or text[at - 1] != " ":
        return False
    last = text[at - 2]
    plain = last.isalnum()  # the word before ends in a letter or digit, as it mostly does
    if not plain and last != "." and not _letter(last):
        return False  # "County, Shelly Brown": a comma (or a mark) ends the word before
    floor = at - _WORD_BACK if at > _WORD_BACK else 0
    start = max(text.rfind(" ", floor, at - 1), text.rfind("\n", floor, at - 1), floor - 1) + 1
    word = text[start : at - 1].lstrip(_OPENING)
    if not plain and not (
        (word and (_letter(word[-1]) or (len(word) == 2 and word[1] == ".") or is_initials(word)))
        or word[:-1].lower() in TITLE_ABBREVIATIONS  # "Eng. Salem Rashid": the title's stop
    ):
        return False  # "County, Nell Barrow": the comma ends the run
    return word[:1].isupper() or word in PARTICLE_SET


def run_start(text: str, at: int) -> int:
    """Where the capitalised run around `at` starts (up to four words back)."""
    for _ in range(4):
        if not capital_before(text, at):
            break
        at = _word_start(text, at)
        if text[at : at + 1] in _OPENING:
            return at + 1  # "(Fintan Rowe)": the name starts after the bracket
    return at


def name_start(text: str, at: int) -> int:
    """Where the name whose last word starts at `at` begins, past an opening word ("On"), so
    that "rowing at Lake Academy" is read as an object from "at", not from "Lake"."""
    start = run_start(text, at)
    while start < at:
        space = text.find(" ", start, at)
        if space < 0 or text[start:space].lower() not in NOT_NAMES:
            break
        start = space + 1
    return start


def kin_opening(text: str, at: int) -> bool:
    """Whether the word before `at` is kin in the plural opening a sentence ("Sisters Noor and
    Layla Haddad"), which is no part of the name after it."""
    start = _word_start(text, at)
    return text[start : at - 1].lower() in KIN_GROUPS and opens_sentence(text, start)
