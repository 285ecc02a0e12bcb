"""A probe of names no list holds: the tuning split's corpus articles with every labelled
person's name replaced by an invented one, then scored again.

Name lists cover most names in the corpus, but news from anywhere brings names they lack. Each
word of a labelled person's name ("Ana Ruiz") becomes a pronounceable invented word of the
same length ("Bato Kemil") wherever it stands as a word, headline and quotes included; the
labels get the same names. The offsets stay valid, and whatever the rules knew of the old
names is gone. Nobody reads blind articles for this: it measures on the tuning split how much
the speakers depend on the lists, a kind of mistake that unseen news makes likely.
"""

from __future__ import annotations

import dataclasses
import hashlib
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.extraction.lexicon import ORG_WORDS
from bot.extraction.lexicons import common_words, listed_gender
from bot.extraction.name_endings import ending_gender
from tests.eval.labels import LabelledArticle
from tests.eval.scoring import ArticleScore, Extractor, score_article

_CONSONANTS, _VOWELS = "bdfgklmnprstvz", "aeiou"
_NAME_WORD = re.compile(r"[A-Z][a-z]+")


@dataclass(frozen=True, slots=True)
class NamesProbe:
    """Speakers right on the same articles as written and with invented names."""

    articles: int
    matched: int
    right_as_written: int
    right_invented: int


def person_words(speaker: str | None) -> list[str]:
    """The words of a labelled person's name of two or three plain capitalised words."""
    words = (speaker or "").split()
    plain = all(_NAME_WORD.fullmatch(w) for w in words)
    organisation = any(w.casefold() in ORG_WORDS for w in words)
    return words if 2 <= len(words) <= 3 and plain and not organisation else []


def invented_word(word: str, salt: str, text: str) -> str:
    """A capitalised word of `word`'s length, consonants and vowels taking turns, that is no
    common word, no listed first name, has no surname ending that tells a gender ("-ova") and
    is nowhere in `text` (the same each run). A final "s" stays, so a possessive written
    "Jones'" still reads as one."""
    draw = random.Random(hashlib.sha256(f"{salt}:{word}".encode()).digest())
    lowered = text.lower()
    ending = "s" if word.endswith("s") else ""
    while True:
        letters = [draw.choice(_CONSONANTS)]
        while len(letters) < len(word) - len(ending):
            pool = _VOWELS if letters[-1] in _CONSONANTS else _CONSONANTS
            letters.append(draw.choice(pool))
        made = "".join(letters).capitalize() + ending
        known = made.lower() in common_words() or listed_gender(made) is not None
        if not known and not gendered_ending(made) and made.lower() not in lowered:
            return made


def gendered_ending(word: str) -> bool:
    """Whether a surname's ending tells its bearer's gender, as the rules read it."""
    return ending_gender(f"A {word}") is not None


def with_invented_names(art: LabelledArticle, text: str) -> tuple[LabelledArticle, str] | None:
    """The article and its labels with every person's name words replaced, or None when it
    labels no person."""
    words = sorted({w for q in art.quotes for w in person_words(q.speaker)}, key=len)
    if not words:
        return None
    made = {w: invented_word(w, art.id, text) for w in words}
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, reversed(words))) + r")\b")

    def swap(value: str) -> str:
        return pattern.sub(lambda m: made[m.group(1)], value)

    quotes = tuple(
        dataclasses.replace(
            q,
            speaker=swap(q.speaker) if q.speaker else None,
            alt_speakers=tuple(swap(a) for a in q.alt_speakers),
        )
        for q in art.quotes
    )
    return dataclasses.replace(art, quotes=quotes), swap(text)


def probe(articles: Sequence[LabelledArticle], scores: Sequence[ArticleScore],
          extract: Extractor) -> NamesProbe:
    """Score the tuning split's corpus articles again with invented names, beside `scores`."""
    written = {s.id: s for s in scores}
    count = matched = before = after = 0
    for art in articles:
        if art.split != "tuning" or art.kind != "corpus" or art.id not in written:
            continue  # never the blind split: it is not read, not even through a probe
        text = art.read()
        changed = with_invented_names(art, text)
        if changed is None:
            continue
        new_art, new_text = changed
        score = score_article(new_art, new_text, extract(new_text, art.id))
        if score.matched != written[art.id].matched:
            continue  # the quotes themselves moved: not a test of speakers alone
        count += 1
        matched += score.matched
        before += written[art.id].speakers_right
        after += score.speakers_right
    return NamesProbe(count, matched, before, after)


def format_probe(result: NamesProbe) -> str:
    """The probe's line in the report."""
    if not result.matched:
        return "INVENTED NAMES: no tuning corpus article with a labelled person was scored"
    share = result.right_invented / result.matched
    written = result.right_as_written / result.matched
    return (
        f"INVENTED NAMES ({result.articles} tuning corpus articles, {result.matched} quotes): "
        f"speakers {share:.3f} ({result.right_invented}) with every labelled person's name "
        f"replaced by an invented one, against {written:.3f} ({result.right_as_written}) as "
        "written"
    )
