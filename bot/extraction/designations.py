"""Speakers written by an office rather than a name: "His Excellency", "the Collector", "the SP"."""

from __future__ import annotations

import re

from bot.extraction.index import CapitalIndex
from bot.extraction.lexicon import TITLE_ABBREVIATIONS, TITLES

# "His Excellency the Minister affirmed": the office after the style, else the one it means.
_STYLED = re.compile(r"(His|Her) (?:Excellency|Highness|Royal Highness)(?: (the [A-Z][a-z]+))?")
# Offices that official English (Indian, Gulf, Commonwealth) capitalises after "the" mid-sentence.
_OFFICES = TITLES | frozenset("collector tahsildar sarpanch legislator magistrate".split())
_THE_OFFICE = re.compile(r"the ([A-Z][a-z]+)")
# Designations written as initials in Indian and Pakistani English copy, and the office they stand
# for, by its head word as it is written before a name ("Superintendent of Police X").
_INITIALS = {
    "SP": "the superintendent",
    "SSP": "the superintendent",
    "DSP": "the superintendent",
    "DCP": "the commissioner",
    "SHO": "the officer",
    "DM": "the magistrate",
    "SDM": "the magistrate",
}
_THE_INITIALS = re.compile(r"the ([A-Z]{2,3})")


# Someone speaking through another: "The governor, through his Chief Press Secretary, Mr. X,".
_THROUGH = re.compile(r"(.+?), through (?:his|her|its|their) [^,]{3,60}(?:, [^,]{3,60})?,?")


def as_office(phrase: str) -> str:
    """The phrase as the role it names ("the Collector" -> "the collector", "His Excellency" ->
    "he"); the same string when it names none."""
    through = _THROUGH.fullmatch(phrase) if ", through " in phrase else None
    if through:
        return through.group(1)  # the one who speaks, as "X, in a statement," is
    styled = _STYLED.fullmatch(phrase) if phrase[:4] in ("His ", "Her ") else None
    if styled:
        office = styled.group(2)
        return office.lower() if office else ("he" if styled.group(1) == "His" else "she")
    if phrase[:4] == "the " and len(phrase) < 20:
        office = _THE_OFFICE.fullmatch(phrase)
        if office and office.group(1).lower() in _OFFICES:
            return phrase.lower()
        initials = _THE_INITIALS.fullmatch(phrase)
        if initials and initials.group(1) in _INITIALS:
            return _INITIALS[initials.group(1)]
    return phrase


# A title written short with its stop right before a name: "Eng. ", "Dr. ", "Mrs. ".
_STYLE_BEFORE = re.compile(r"(?:^|\s)([A-Z][a-z]{1,4})\. \Z")


def styled_name(text: str, index: CapitalIndex, name: str) -> bool:
    """Whether a full name is written whole somewhere right after a short title's stop ("Eng.
    Salem Rashid Al-Nuaimi"), so its first word is a given name even if a place's or no list's."""
    for at in index.find(name, whole=True):
        found = _STYLE_BEFORE.search(text, max(0, at - 7), at)
        if found and found.group(1).lower() in TITLE_ABBREVIATIONS:
            return True
    return False


# Offices whose initials stand for the one holding them ("the DMHO" for the District Medical
# and Health Officer), as Indian English copy writes them.
_HELD = frozenset("officer collector commissioner superintendent magistrate inspector".split())
_HOLDER_AFTER = (
    r",? (?:(?:Dr|Mr|Mrs|Ms|Smt|Shri|Sri|Prof)\.? )?"
    r"((?:[A-Z]\. ?){0,3}[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,3})"
)


def holder(text: str, office: str) -> str | None:
    """The name written right after an office spelled out in full ("District Medical and Health
    Officer Dr. Y. Ramana Kumari"), when the office's last word is one a person holds."""
    if office.rpartition(" ")[2].lower() not in _HELD:
        return None
    found = re.search(re.escape(office) + _HOLDER_AFTER, text)
    name = found.group(1) if found else ""
    return name if " " in name else None
