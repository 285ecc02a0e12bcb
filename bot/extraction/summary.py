"""Extractive summaries: the most central of the opening sentences that tell the story.

Candidates are the first body sentences that are real sentences (no datelines, bylines,
captions, boilerplate, questions, headline echoes or repeats). When there are more candidates
than room, each is scored by how often its words recur in the article (a cheap centrality)
minus a small penalty for coming later, and the best are kept in their original order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import islice

from bot.extraction.sentences import iter_sentences

_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’\-]+(?:[ ,]+[A-Z][A-Za-z.'’\-]+){0,4}"
    r"(?:,? \w{3,9}\.? \d{1,2})?\s*(?:\([A-Za-z .]{1,30}\))?\s*(?:--|[—–-])\s+)"
)
_WIRE = re.compile(r"^\((?:AP|Reuters|AFP|CNN|UPI|dpa|Xinhua)\)\s*(?:--|[—–-])\s+")
_BYLINE = re.compile(
    r"^(?:by\s+[A-Z]|written by|photo(?:graph)?s?(?: by)?:|image(?: credit)?:|credit:|"
    r"source:|published|updated|posted|last updated|read more|related:|advertisement|"
    r"sign up|subscribe|follow us|click here|watch:|listen:|getty images)",
    re.IGNORECASE,
)
# Site furniture anywhere in a sentence (looked for in the lower-cased sentence).
_BOILERPLATE = (
    "affiliate commission",
    "affiliate relationship",
    "earn a commission",
    "get a commission",
    "independently selected",
    "links on our site",
    "this article is part of",
    "originally published",
    "first appeared on",
    "contributed to this report",
    "rights reserved",
    "getty images",
    "sign up for",
    "subscribe to",
    "newsletter",
    "click here",
    "read more:",
)
_CAPTION_TAIL = re.compile(r"\((?:photo|image|picture|credit|getty|ap|reuters)[^)]*\)\s*$", re.I)
_WORD = re.compile(r"[\w’'-]+")
_VERBS = frozenset(
    """is are was were be been has have had will would can could may might must should do did
    built made took went told found gave won lost saw got began came left held led paid sold
    brought thought put set hit ran fell rose grew knew became wrote spoke chose broke kept met
    sent spent stood struck meant shot""".split()
)
_VERB_ENDING = re.compile(r"\w(?:ed|s)\b")
_STOP = frozenset(
    """the a an and or but of to in on at for with by from is are was were be been it its this
    that as has have had will would not no he she they we i you his her their our said says
    about after into over than more who which also can could""".split()
)
_KEY_LENGTH = 7  # shorter words say little about what the article is about
_MIN_WORDS = 6
_DEK_WORDS = 8
_SCAN_SENTENCES = 12
_CANDIDATES = 6
_READ_CHARS = 5_000  # characters of a sentence whose words are read (news runs far shorter)
_ECHO = 0.7
_REPEAT = 0.6  # share of a sentence's words already said by an earlier candidate
_LATER = 0.2  # centrality given up per place further from the top
_COUNT_CAP = 6
_COUNT_CHARS = 5000  # centrality counts words in this much of the article


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text[:_READ_CHARS].lower()))


def _strip_dateline(sentence: str) -> str:
    match = _DATELINE.match(sentence) or _WIRE.match(sentence)
    return sentence[match.end() :] if match else sentence


def _shape_is_wrong(sentence: str, dek: bool) -> bool:
    """Cheap checks first: too few words, no full stop (a long `dek`, the standfirst opening
    the body, may lack one), a question, a piece of a longer quotation."""
    spaces = sentence.count(" ")
    if spaces < _MIN_WORDS - 1:
        return True
    if sentence[-1] not in ".!?”\"’')…" and not (dek and spaces >= _DEK_WORDS - 1):
        return True
    return _is_question(sentence) or _breaks_a_quote(sentence)


def _is_fragment(sentence: str, lower: str, words: list[str]) -> bool:
    """Too short, no verb, or a byline, caption or boilerplate."""
    if len(words) < _MIN_WORDS or _BYLINE.match(sentence):
        return True
    if sentence.endswith(")") and _CAPTION_TAIL.search(sentence):
        return True
    if any(marker in lower for marker in _BOILERPLATE):
        return True
    return _VERBS.isdisjoint(words) and _VERB_ENDING.search(lower) is None


def _is_question(sentence: str) -> bool:
    return sentence.rstrip("”\"’')").endswith("?")


def _breaks_a_quote(sentence: str) -> bool:
    """A piece of a longer quotation: its quote marks do not pair up."""
    return sentence.count("“") != sentence.count("”") or sentence.count('"') % 2 == 1


def _echoes(words: set[str], headline_words: set[str]) -> bool:
    """Whether a sentence mostly repeats the headline."""
    if not words or not headline_words:
        return False
    shared = len(words & headline_words)
    return shared / len(words) >= _ECHO and shared / len(headline_words) >= _ECHO


def _repeats(words: set[str], earlier: set[str]) -> bool:
    """Whether a sentence mostly says again what an earlier one said."""
    return bool(words) and len(words & earlier) >= _REPEAT * len(words)


def _sentences(paragraphs: Sequence[str], every_paragraph: bool = True) -> Iterator[str]:
    """Body sentences in order, at most _SCAN_SENTENCES, without their datelines.

    A dateline is looked for at the start of every paragraph, or only the first."""
    count = 0
    for paragraph in paragraphs:
        for index, sentence in enumerate(iter_sentences(paragraph)):
            strip = index < 2 and (every_paragraph or count == 0)
            yield _strip_dateline(sentence) if strip else sentence
            count += 1
            if count >= _SCAN_SENTENCES:
                return


def lead3(paragraphs: Sequence[str]) -> str:
    """The first three sentences of the body: the classic news-summary baseline."""
    return " ".join(islice(_sentences(paragraphs, every_paragraph=False), 3))


def _fit(sentences: list[str], max_chars: int) -> str:
    """Join sentences within the budget, cutting the last at a word if it must."""
    out = ""
    for sentence in sentences:
        joined = f"{out} {sentence}".strip()
        if len(joined) <= max_chars:
            out = joined
        elif not out:
            cut = sentence[: max_chars - 1].rsplit(" ", 1)[0]
            return cut.rstrip(",;:—– ") + "…"
        else:
            break
    return out


def _candidates(
    headline: str, paragraphs: Sequence[str]
) -> tuple[list[str], list[set[str]], list[str]]:
    """(clean candidate sentences in order, their lower-case words, every sentence looked at)."""
    headline_words = _words(headline)
    candidates: list[str] = []
    said: list[set[str]] = []
    seen: list[str] = []
    for sentence in _sentences(paragraphs):
        seen.append(sentence)
        if _shape_is_wrong(sentence, len(seen) == 1):
            continue
        lower = sentence[:_READ_CHARS].lower()  # a sentence of megabytes is no summary
        words = _WORD.findall(lower)
        if _is_fragment(sentence, lower, words):
            continue
        bag = set(words)
        if _echoes(bag, headline_words) or any(_repeats(bag, old) for old in said):
            continue
        candidates.append(sentence + "." if sentence[-1].isalnum() else sentence)
        said.append(bag)
        if len(candidates) >= _CANDIDATES:
            break
    return candidates, said, seen


def _article_text(paragraphs: Sequence[str]) -> str:
    """The opening _COUNT_CHARS characters of the body, joined without copying the rest."""
    taken: list[str] = []
    size = 0
    for paragraph in paragraphs:
        taken.append(paragraph)
        size += len(paragraph) + 1
        if size >= _COUNT_CHARS:
            break
    return " ".join(taken)


def _most_central(
    candidates: list[str], bags: list[set[str]], paragraphs: Sequence[str], keep: int
) -> list[str]:
    """The `keep` candidates whose words recur most in the article, early ones favoured."""
    text = _article_text(paragraphs).lower()
    keys = [{word for word in bag if len(word) >= _KEY_LENGTH} - _STOP for bag in bags]
    recurs = {word: min(text.count(word), _COUNT_CAP) - 1 for word in set().union(*keys)}
    scores = [
        (sum(map(recurs.__getitem__, key)) / (len(key) + 4) - _LATER * place, place)
        for place, key in enumerate(keys)
    ]
    best = sorted(scores, key=lambda item: -item[0])[:keep]
    return [candidates[place] for place in sorted(place for _, place in best)]


def summarize(
    headline: str, paragraphs: Sequence[str], *, max_sentences: int = 3, max_chars: int = 600
) -> str:
    """One to `max_sentences` body sentences, in order, that tell the story past the headline."""
    candidates, bags, seen = _candidates(headline, paragraphs)
    if not candidates:
        headline_words = _words(headline)
        fallback = [s for s in seen if not _echoes(_words(s), headline_words)] or seen
        return _fit(fallback[:max_sentences], max_chars)
    if len(candidates) > max_sentences:
        candidates = _most_central(candidates, bags, paragraphs, max_sentences)
    return _fit(candidates, max_chars)
