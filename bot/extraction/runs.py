"""Capitalised runs of words in text, and the name each one holds once titles are cut."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extraction.lexicon import (
    LEGAL_FORMS,
    NAME_RUN,
    NOT_NAMES,
    OPENING_PREPOSITIONS,
    ORG_HEADS,
    ORG_NOUNS,
    ORG_WORDS,
    TITLE_ABBREVIATIONS,
)
from bot.extraction.lexicon import PARTICLE_SET as PARTICLE_SET
from bot.extraction.lexicon import TITLES as TITLE_WORDS
from bot.extraction.lexicons import body_nouns, is_place, listed_gender
from bot.extraction.name_shapes import (
    caps_family,
    caps_surname,
    day_paper,
    descriptor,
    hyphened_given,
    month_dated,
    month_given,
)
from bot.extraction.name_shapes import is_acronym as is_acronym
from bot.extraction.possessives import names_group, past_owned
from bot.extraction.run_titles import (
    after_title_words,
    first_name_at,
    hyphen_title,
    plural_title,
    role_before_name,
    title_surname,
    title_surname_after,
)
from bot.extraction.sentence_openers import is_opener, opens_sentence
from bot.extraction.word_given import word_given

_POSSESSIVE = re.compile(r"[’']s?$")
_PARTY_TAG = re.compile(r"\(?[DRI]-[A-Z][a-z]*\.?\)?,?$")
# Words that open sentences but also end names: "Theresa May", "Nguyễn Văn An".
NAME_LIKE = frozenset(("an", "may", "june", "april", "august", "said"))  # "Amira Said"
_GENERATIONS = ("II", "III", "IV")  # after a first name and a surname: part of the name
_NOT_NAME_ENDS = NOT_NAMES - NAME_LIKE  # common words that never end a name ("Amira Said" may)
NAME_TITLES = frozenset(("dean", "king", "major", "judge", "bishop", "prince", "earl", "duke"))


_INITIALS = re.compile(r"[A-Z]\.[A-Z]\.?")
# Dotted capitals that are places, not a person's initials.
_PLACE_INITIALS = frozenset("U.S U.K U.N E.U D.C L.A N.Y".split())


def is_initials(token: str) -> bool:
    """A person's two initials written with dots ("J.K.", "A.J."), not "U.S." or "D.C."."""
    if not 3 <= len(token) <= 4:
        return False  # too short or long to be two initials: no pattern needed
    return _INITIALS.fullmatch(token) is not None and token.rstrip(".") not in _PLACE_INITIALS


def _clean_token(token: str, last: bool = True) -> str:
    """A token without its trailing possessive and full stop; a possessive inside a name stays
    ("Children’s Health Defense", "Actors’ Equity")."""
    if not last and (token[-2:] in ("’s", "'s") or token[-2:] in ("s’", "s'")):
        return token
    if token[-2:] in ("’s", "'s"):
        token = _POSSESSIVE.sub("", token)
    elif token[-1:] in ("’", "'") and token[-2:-1] in ("s", "z"):
        token = token[:-1]  # "Chris Evans'"
    if token.endswith(".") and not (
        len(token) == 2 or token.lower() in ("jr.", "sr.") or is_initials(token)
    ):
        token = token[:-1]
    return token


_INITIAL_OR_TITLE = TITLE_ABBREVIATIONS | frozenset("st jr sr".split())
_TOKEN = re.compile(r"\S+")
_CONTRACTION = re.compile(r"[a-z]+[’'](?:m|d|ve|ll|re|s|t)$")


def _contraction(lower: str) -> bool:
    """ "it’s", "they’re", "let’s": a shortened verb, not a possessive kept inside a name
    ("children’s" in "Children’s Health Defense")."""
    if lower[-2:] in ("’s", "'s") and lower[:-2] not in NOT_NAMES and lower[:-2] != "let":
        return False
    return _CONTRACTION.match(lower) is not None


_MEDIA = frozenset({"Radio", "Television", "TV"})  # "Radio Kestrel said": the station


def _without_opener(text: str, start: int, run: str) -> tuple[int, str]:
    """A run opening a sentence without a common word glued to its front ("Among Walsh" ->
    "Walsh", "Are Daniel" -> "Daniel"), unless the whole is a place or organisation."""
    first, _, rest = run.partition(" ")
    if first.lower() in TITLE_WORDS or not opens_sentence(text, start):
        return start, run
    if is_place(run) or is_place(run.rsplit(" ", 1)[0]) or is_org(run):
        return start, run  # "New York", "North Korea", "Supreme Court"
    head = rest.split(" ", 1)[0]
    if " " in rest and not listed_gender(head):
        return start, run  # "Human Rights Watch": a name of several words of its own
    if head.lower() in ORG_WORDS:
        return start, run  # "White House"
    if (first.lower() in ORG_NOUNS or first in _MEDIA) and not listed_gender(head):
        return start, run  # "Studio Norra", "Radio Kestrel": named by its trade, no opener
    return start + len(first) + 1, rest


def _opened(text: str, start: int, run: str, end: int) -> tuple[int, int, str]:
    """(start, end, run) without a common word opening the sentence at its front; "Oh" before
    a hyphened given name ("Oh Se-jin") is a family name."""
    if " " not in run:
        return start, end, run  # one word: nothing glued to its front
    words = run.split(" ")
    if is_opener(words[0]) and not hyphened_given(words, len(words) - 1) and not word_given(words):
        start, run = _without_opener(text, start, run)
    return start, end, run


# A nickname of a title and an initial ending a sentence: "she was simply Professor K.", "known
# to all as Coach B.": the initial closes it, no name after it goes on from there.
_NICKNAMED = re.compile(r"\b(?:simply|just|known(?: [a-z ]{1,20})? as|nicknamed|called)\s+$")
_TITLED_INITIAL = re.compile(r"[A-Z][a-z]+\.? [A-Z]\.")


def _nicknamed_before(before: str, text: str, base: int) -> bool:
    """Whether a nickname phrase ("was simply", "known as") ends just before `base`."""
    return _NICKNAMED.search((before + text[max(0, base - 40) : base])[-40:]) is not None


def _titled_initial(piece: str) -> bool:
    """Whether a piece of a run is a title and one initial ("Professor K.")."""
    return _TITLED_INITIAL.fullmatch(piece) is not None and piece.split()[0].lower().rstrip(
        "."
    ) in TITLE_WORDS


def runs(text: str, before: str = "") -> list[tuple[int, int, str]]:
    """Capitalised name runs as (start, end, run), broken at sentence ends, possessives, lines;
    `before` is the text written before `text`, when it is cut from a longer one."""
    found: list[tuple[int, int, str]] = []
    for match in NAME_RUN.finditer(text):
        run = match.group()
        body = run[:-1] if run[-1] in ".’" else run
        dated = month_dated(text, match.start(), run, before) if " " in run else 0
        if dated:  # "In June Reyes said": the date out of the name
            run, body = run[dated:], body[dated:]
        if not ("." in body or "’" in body or "'" in body or "\n" in body):
            start, end = match.start() + dated, match.end()  # one word: nothing glued to it
            found.append((start, end, run) if " " not in run else _opened(text, start, run, end))
            continue
        base = start = match.start() + dated
        for token in _TOKEN.finditer(run):
            word, end = token.group(), base + token.end()
            gap = text[start : base + token.start()]
            if "\n" in gap and start < base + token.start():
                piece = text[start : base + token.start()].rstrip()
                found.append((start, start + len(piece), piece))
                start = base + token.start()
            stop = (
                word.endswith((".", "’s", "'s", "’"))
                and not (
                    len(word) == 2
                    or word.lower().rstrip(".") in _INITIAL_OR_TITLE
                    or is_initials(word)
                    or names_group(word, text[end : match.end()].strip())
                )
            ) or (
                word.endswith(".")  # a titled initial ends in its dot
                and _titled_initial(text[start:end])
                and _nicknamed_before(before, text, base)
            )
            if stop:
                found.append(_opened(text, start, text[start:end], end))
                start = end
        if start < match.end():
            piece = text[start : match.end()].strip()
            if piece and start > base and _POSSESSIVE.search(text, base, start):
                piece = past_owned(piece)  # "Actors’ Equity Marta Keel": Marta Keel
            if piece:
                found.append(_opened(text, match.end() - len(piece), piece, match.end()))
    return found


@lru_cache(maxsize=8192)
def split_run(run: str, keep_name_title: bool = True) -> tuple[str, bool]:
    """Strip titles, acronyms and openers from a capitalised run; say if a title was cut."""
    if " " not in run:  # fast path for the commonest case, one word
        token = _clean_token(run)
        lower = token.lower().rstrip(".")
        if lower in NOT_NAMES or lower in OPENING_PREPOSITIONS or _CONTRACTION.match(lower):
            return "", False  # "The", "Under" opening a sentence; "I’m"
        if _PARTY_TAG.match(run):
            return "", False
        if lower in TITLE_WORDS or descriptor([token], 0):
            return "", True
        return ("", False) if is_acronym(token) and not caps_family([token], 0) else (token, False)
    words = [t for t in run.split() if not _PARTY_TAG.match(t)]
    tokens = [_clean_token(t, i == len(words) - 1) for i, t in enumerate(words)]
    cut, titled = 0, False
    for index, token in enumerate(tokens):
        lower = token.lower().rstrip(".")
        if (len(token) == 2 and token[1] == ".") or (index == cut and is_initials(token)):
            continue  # an initial: "Ruth A. Bourquin", "J.K. Rowling"
        if caps_family(tokens, index):
            continue  # "KIM Hana": a family name in capitals, no acronym
        joined = "&" in token or "+" in token  # "P+K", "AT&T": a firm's word, no credential
        if index == len(tokens) - 1 and index > cut and token.isupper() and len(token) > 1:
            if joined or (index - cut > 1 and token in _GENERATIONS):
                continue  # "AT&T"; "Jon Ode III": a generation after a full name, no credential
            if caps_surname(tokens[cut:]):
                continue  # "Mary LEE": a surname in capitals after a first name
            break  # a trailing credential: "Nora Dunn MS"
        if (
            lower in NAME_TITLES
            and index == len(tokens) - 1
            and index > cut
            and title_surname(tokens[index - 1])
        ):
            break  # "Tobias King", "Mary Judge": a surname, not a title after the name
        if index == len(tokens) - 1 and index > cut and title_surname_after(tokens, index):
            break  # "Sofia Pastor", "Joseph Baron": a surname the census lists
        if index == cut and lower in TITLE_WORDS and tokens[-1].lower() in ORG_WORDS:
            continue  # "General Assembly", "Justice Department": a body, no title and name
        if lower in TITLE_WORDS or hyphen_title(lower) or descriptor(tokens, index):
            cut, titled = index + 1, True
        elif index == cut and plural_title(tokens, index):
            cut, titled = index + 1, True  # "Senators Ann Ode and Tom Reyes": Ann Ode
        elif lower == "junior" and index == cut and len(tokens) - index > 2:
            cut, titled = index + 1, True  # "Junior Tessa Marr", while "Junior Seau" is a name
        elif index == cut and index < len(tokens) - 1 and role_before_name(tokens, index):
            cut, titled = index + 1, True  # "Geologist Ana Ruiz"; never the last word ("Brewer")
        elif is_acronym(token) and not joined:
            if index == len(tokens) - 1 and index > cut:
                break  # "Nora Dunn MS": dropped below
            cut = index + 1
        elif token == "I" and index == cut and index < len(tokens) - 1:
            return after_title_words(tokens[index + 2 :]), False  # "…, I Want Power"
        elif (
            lower in NOT_NAMES
            and not (index > cut and lower in NAME_LIKE)
            and not (month_given(tokens, index) or day_paper(tokens, index) or word_given(tokens))
        ) or _contraction(lower):
            cut = index + 1
    if keep_name_title and cut == len(tokens) - 1 and tokens[cut - 1].lower() in NAME_TITLES:
        cut -= 1  # "Dean Halvorsen" is a name, not a title
    styled = 0 < cut < len(tokens) and tokens[cut - 1].lower().rstrip(".") in TITLE_ABBREVIATIONS
    tokens = tokens[cut:] if cut < len(tokens) else []
    while (
        len(tokens) > 1
        and not (caps_surname(tokens) or tokens[-1] in LEGAL_FORMS)
        and not (len(tokens) > 2 and tokens[-1] in _GENERATIONS)
        and (tokens[-1].lower().rstrip(".") in _NOT_NAME_ENDS or is_acronym(tokens[-1]))
        and "&" not in tokens[-1]
        and "+" not in tokens[-1]
        and not month_given(tokens, len(tokens) - 1)  # "Lei Jun"
    ):
        tokens.pop()  # "Nora Dunn MS"
    named = 0 if styled else first_name_at(tokens)  # "Eng. Salem Rashid X": all of it a name
    if named:
        return " ".join(tokens[named:]), True  # "Harbour Master Maria Holt" -> "Maria Holt"
    return " ".join(tokens), titled


def clean_run(run: str) -> str:
    """A capitalised run without its titles, acronyms and sentence openers."""
    return split_run(run)[0]


def is_org(name: str) -> bool:
    """Whether a name ends with an organisation word ("Valley Weather Service"), is capitals or
    joins words with "&" or "+" ("Perkins&Will"), as no person's name does."""
    if "&" in name or "+" in name:
        return True
    if name.isupper() and len(name) > 1:
        return not caps_family([name], 0)  # "NASA", but "KIM" is a family name
    first, _, rest = name.partition(" ")
    if rest and first.lower() in ORG_HEADS:
        return True  # "Banco Estrella", "Grupo Montaña": the kind first
    last = name.rpartition(" ")[2].lower()
    if last in ORG_WORDS or " " not in name:  # then a body's noun after no first name:
        return last in ORG_WORDS  # "Harbour Anglers Cooperative", never "Emeka Obi"
    return last in body_nouns() and not listed_gender(name.partition(" ")[0])
