"""Extract direct quotes with their speakers and rank them, most telling first."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction.attribution import Attributor
from bot.extraction.firms import as_written, with_firms_joined
from bot.extraction.headlines import names_view
from bot.extraction.joining import merge_split_quotes, names_a_work
from bot.extraction.ledes import with_labels_cased, with_lede_name_cased
from bot.extraction.lexicon import TITLE_ABBREVIATIONS
from bot.extraction.masking import WINDOW
from bot.extraction.nicknames import strip_nicknames, without_nicknames
from bot.extraction.single_marks import with_double_marks, with_inner_marks
from bot.extraction.spans import Span, find_spans
from bot.extraction.speakers import People
from bot.models import Quote

MIN_WORDS = 5
# At most this many quoted spans are read per article (news articles have a few dozen); the
# rest of a longer text is left out, which bounds the work on any input.
MAX_SPANS = 400
_MAX_TITLE_WORDS = 24  # longer quoted runs are never titles of works
_WORD = re.compile(r"[\w’'-]+")
_ASCII_WORD = re.compile(r"[A-Za-z0-9_'-]+")  # the same on ASCII text, a quicker character test
_PLAIN_WORD = re.compile(r"[A-Za-z0-9_'\x00-]+")  # and with "’" written as "\x00"
# Marks common in quotes that a word never holds, and the curly apostrophe one does: with them
# set aside, most quotes are ASCII and split by the quicker pattern.
_NOT_IN_WORDS = ("‘", "“", "”", "—", "–", "…")
_OPEN_MARKS = " “\"‘'«"
_CLOSING = " ”\"’'».,!?"
_SMALL = frozenset("of the a an and in on at for to with by from or nor as vs".split())
_STOP = frozenset(
    "the a an and or but of to in on at for with by from is are was were be it its this that as"
    " has have had will would not no he she they we i you his her their our".split(" ")
)


def _clean(pieces: list[str]) -> str:
    """The text of a quote's pieces on one line, without trailing punctuation; empty when it
    has fewer than five words even before that punctuation is cut."""
    tokens = " ".join(pieces).split()
    text = " ".join(tokens)
    return text.rstrip(",;:–—- ") if len(tokens) + text.count("-") >= MIN_WORDS else ""


def _words(text: str) -> list[str]:
    """The words of a quote (letters, digits, apostrophes and hyphens), in order; a curly
    apostrophe in them may be held as a NUL character, which `_key` gives back."""
    if text.isascii():
        return _ASCII_WORD.findall(text)
    if "\x00" in text:
        return _WORD.findall(text)
    plain = text.replace("’", "\x00")  # an apostrophe inside a word, as "'" is
    for mark in _NOT_IN_WORDS:
        if mark in plain:
            plain = plain.replace(mark, " ")
    if not plain.isascii():
        return _WORD.findall(text)
    return _PLAIN_WORD.findall(plain)


def _key(words: list[str]) -> str:
    """A quote's words in lower case, one space apart, each curly apostrophe given back."""
    joined = " ".join(words)
    return (joined.replace("\x00", "’") if "\x00" in joined else joined).lower()


_MIN_SENTENCE_WORDS = 6  # a quote after a work's noun this long, ending in a stop, is speech


def _names_a_work(para: str, span: Span, words: list[str], text: str) -> bool:
    """Whether a quote after a work's noun is its title ("his book, “Salt Road”"), not a
    sentence from it ("her book, “a door is the cheapest tool ever invented.”") nor words of
    six or more opening in lower case, which no title does."""
    if span.para != span.end_para or not names_a_work(para[max(0, span.start - 40) : span.start]):
        return False
    long = len(words) >= _MIN_SENTENCE_WORDS
    if long and words[0][:1].islower():
        return False  # "called the episode “a small mistake with a long shadow,”": speech
    sentence = long and text.rstrip("’'\" ").endswith(".")
    return not sentence or _is_title(words[:5])  # "It’s Time to Update Copyright, …": a title


def _is_title(words: list[str]) -> bool:
    """A quoted title ("The Boys in the Boat", "Decades of Decadence: 1970s") rather than speech."""
    lower = 0  # content words not capitalised: a fifth of all words settles it (speech)
    for word in words:
        if not (word[:1].isupper() or word[:1].isdigit()) and word.lower() not in _SMALL:
            lower += 1
            if 5 * lower > len(words):
                return False
    content = [word for word in words if word.lower() not in _SMALL]
    capitals = sum(1 for word in content if word[:1].isupper() or word[:1].isdigit())
    return capitals >= 0.8 * len(content)


# A full stop after a word of two letters or more and a capital after it: a sign or a slogan
# of two sentences ("SLOW DOWN. OUR KIDS WAIT HERE."), never a title of a work.
_SENTENCE_BREAK = re.compile(r"\b([A-Za-z][a-z]*|[A-Z]{2,})\. +[A-Z]")


# What a sign or card says, set after "that read", "which reads", "reading" or "read:".
_READ_OUT = re.compile(r"(?:\b(?:that|which)\s+reads?|\breading|\breads?:)\s*[“\"]?\s?$")
# What a crowd chants or shouts, and a group's motto or slogan with a verb ("chanted “…”",
# "chants of “…”", "whose motto promises “…”"): no work's title, however it is cased.
_CALLED_OUT = re.compile(
    r"\b(?:(?:chant|shout|yell|scream|roar)(?:s|ed|ing)?(?: of)?|cr(?:y|ies|ied)(?: of)?"
    r"|(?:motto|slogan|mantra|(?:rallying|battle|war) cry) [a-z]+)\s*[“\"]?\s?$"
)


def _two_sentences(text: str) -> bool:
    """Whether a capitalised quote runs over two sentences, not after a title ("Dr. No")."""
    return any(
        len(found.group(1)) > 1 and found.group(1).lower() not in TITLE_ABBREVIATIONS
        for found in _SENTENCE_BREAK.finditer(text)
    )


def _score(quote: Quote, key: str, position: float, headline_words: frozenset[str]) -> float:
    """Higher for quotes worth showing first: sensible length, known speaker, early, on topic."""
    words = key.split()
    count = len(words)
    score = 1.0 if 12 <= count <= 45 else 0.6 if 8 <= count <= 80 else 0.3
    score += 0.6 if quote.speaker else 0.0
    score += 0.5 * (1 - position)
    if headline_words:
        overlap = len(headline_words.intersection(words)) / len(headline_words)
        score += min(overlap, 0.5)
    return score


def _headline_words(headline: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(headline.lower()) if w not in _STOP)


def _people(headline: str, paragraphs: Sequence[str]) -> People:
    """The people of an article; the headline is read first, as a line of its own."""
    text = "\n".join(paragraphs)
    head = names_view(" ".join(headline.split()), text)
    return People(f"{head}\n{text}", len(head) + 1) if head else People(text)


def _pulled_speaker(attributor: Attributor, span: Span) -> str | None:
    """A quote pulled out above a section is said by the person the next paragraph opens with
    ("‘I was told to wait’" above "Jo Hart, a nurse from Leeds, ...")."""
    following = span.para + 1
    if following >= len(attributor.paragraphs):
        return None
    return attributor.sentence_subject(attributor.text.mask(following).text[:WINDOW])


def _stands_alone(para: str, span: Span) -> bool:
    """Whether a quote is all of its paragraph, marks and end punctuation aside."""
    if span.end_para != span.para or span.start > 3 or len(para) - span.end > 4:
        return False  # the cheap tests first: most quotes share their paragraph
    return not para[: span.start].strip(_OPEN_MARKS) and not para[span.end :].strip(_CLOSING)


def _speakers_of_repeats(found: list[Quote], keys: list[str], alone: list[int]) -> None:
    """A quote set out on its own line, or left unattributed in the lede, that the article also
    gives in its text takes the speaker found there (a pull quote above the passage that
    attributes it; "one panellist likening it to “…”" before the panellist's own words)."""
    for number in alone:
        key = keys[number]
        for other, quote in enumerate(found):
            if other != number and quote.speaker and key in keys[other]:
                found[number] = Quote(text=found[number].text, speaker=quote.speaker)
                break


def extract_quotes(paragraphs: Sequence[str], headline: str = "") -> list[Quote]:
    """Direct quotes of five words or more with speakers, ranked most telling first."""
    paragraphs, headline = without_nicknames(paragraphs), strip_nicknames(headline)
    marked = with_double_marks(paragraphs)
    set_aside = marked is not paragraphs  # speech in single marks: inner marks put back later
    paragraphs = with_firms_joined(with_labels_cased(with_lede_name_cased(marked)))
    spans = merge_split_quotes(paragraphs, find_spans(paragraphs, 2 * MAX_SPANS))[:MAX_SPANS]
    if not spans:
        return []
    attributor: Attributor | None = None  # built for the first quote worth attributing
    found: list[Quote] = []
    keys: list[str] = []
    alone: list[int] = []  # quotes that are a paragraph of their own (pulled out, perhaps)
    for index, span in enumerate(spans):
        text = with_inner_marks(_clean(span.pieces)) if set_aside else _clean(span.pieces)
        hyphens = text.count("-")  # "a double-edged sword" is five words, as in the labels
        if text.count(" ") + hyphens < MIN_WORDS - 1:
            continue
        words = _words(text)
        if len(words) + hyphens < MIN_WORDS:
            continue
        para = paragraphs[span.para]
        if (
            len(words) <= _MAX_TITLE_WORDS
            and _is_title(words)
            and not _two_sentences(text)
            and not _READ_OUT.search(para, max(0, span.start - 16), span.start + 1)
            and not _CALLED_OUT.search(para, max(0, span.start - 40), span.start + 1)
        ):
            continue  # a title, unless a sign's words read out ("a sheet that read “…”") or a
            # crowd's or a group's ("chanted “…”")
        if _names_a_work(para, span, words, text):
            continue
        key = _key(words)
        if attributor is None:
            attributor = Attributor(paragraphs, spans, _people(headline, paragraphs))
        keys.append(key)
        speaker = _pulled_speaker(attributor, span) if span.pulled else attributor.speaker(index)
        if _stands_alone(para, span) or (not span.para and not speaker):  # or a lede's tease
            alone.append(len(found))
        shown = as_written(speaker) if speaker else speaker
        found.append(Quote(text=as_written(text), speaker=shown))
    _speakers_of_repeats(found, keys, alone)
    keywords = _headline_words(headline)
    total = len(found)
    scored = [(_score(q, keys[i], i / total, keywords), -i, q) for i, q in enumerate(found)]
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [quote for _, _, quote in scored]
