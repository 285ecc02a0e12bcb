"""Who wrote a document that no earlier mention names: "X wrote to passengers on Wednesday. “…,”
the letter reads." and "The governor declared an emergency. The proclamation says …" are the
words of the subject of the writing verb in the sentence before."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extraction.document_kinds import KIND_OF, WRITTEN_MESSAGES
from bot.extraction.document_owners import NAME, read_for, without_the
from bot.extraction.documents import issued_at
from bot.extraction.frames import study_author
from bot.extraction.lexicon import NOT_NAMES
from bot.extraction.sentence_bounds import sentence_start

_WRITING = (  # after "has" or "had" too: "X had written to owners", "She has sent"
    r"(?:(?:has|had)\s+)?(?:wrote|written|emailed|posted|sent|signed|issued|declared|proclaimed"
    r"|decreed|published|tweeted)"
)
# The writer right before the verb, maybe with a clause set off by commas: "Pieter Oosthuizen,
# wrote", "Councillor Ann Ode, who represents the ward, wrote", "Gov. Ann Ode declared".
_WRITER = re.compile(
    rf"({NAME}),?(?:\s+(?:who|as|an?|the)\s[^,.]{{1,80}},)?\s+(?:[a-z]+ly\s+)?"
    rf"(?:(?:also|later|then|again|earlier)\s+)?{_WRITING}\b"  # "X, as he is known, later wrote"
)
_VERB = re.compile(rf"\b{_WRITING}\b")
# A pronoun opening the sentence or its clause after an opening phrase: "In a blog post on
# Wednesday, she published …", "He wrote to staff on Monday.", "On Tuesday she sent …".
_WHEN = r"^(?:On|Last|Earlier|Later|Then|Yesterday|Today|This)\s+(?:[A-Za-z]+\s+){0,2}?"
_PRONOUN_WRITER = re.compile(
    rf"(?:^|,\s+|{_WHEN})([Ss]he|[Hh]e)\s+(?:[a-z]+ly\s+)?(?:(?:also|later|then|again)\s+)?"
    rf"{_WRITING}\b"
)
# Written on a platform or page, or tweeted: a post, never a letter or a proclamation.
_ONLINE = re.compile(
    r"\s+(?:on|to)\s+(?:Facebook|X|Twitter|Instagram|LinkedIn|Threads|Bluesky|TikTok|social\s+media"
    r"|(?:his|her|its|their)\s+(?:[a-z]+\s+)?(?:website|site|blog|page|account|feed))\b"
)
_POSTS = frozenset(("post", "tweet", "message", "statement"))  # what a writer online leaves
_WORD = re.compile(r"[a-z]+")


_SENTENCES = 3  # sentences read back for the writing verb
# Documents one writer writes or signs, as "wrote" or "declared" tells: not a site or a study.
_PENNED = (
    frozenset(
        "letter memo email note notice message post tweet op-ed statement proclamation order"
        " declaration".split()
    )
    | WRITTEN_MESSAGES
)


def writer_before(text: str, at: int, noun: str) -> tuple[int, str] | None:
    """(where its sentence starts, the named subject) of a writing verb ("wrote", "declared")
    in the nearest of the three sentences before the one holding `at` ("she" or "he" for a
    pronoun), else None; a sentence naming a document of the kind of `noun` is left to the
    issuer's rules ("X wrote a draft")."""
    if noun not in _PENNED:
        return None
    kind = KIND_OF[noun]
    here = sentence_start(text, at)
    for _ in range(_SENTENCES):
        if here <= 0:
            return None
        start = sentence_start(text, here - 2)
        sentence = text[start:here]
        here = start
        if _VERB.search(sentence) is None:  # a literal test before the slower pattern
            continue
        pronoun = _PRONOUN_WRITER.search(sentence.strip())
        if pronoun:  # "In a blog post, she published …": whom "she" means, found by the caller
            return start, pronoun.group(1).lower()
        lower = sentence.lower()
        if any(KIND_OF[word] == kind for word in _WORD.findall(lower) if word in KIND_OF):
            continue  # "Ana Ruiz wrote a draft of the speech": the draft's own rules decide
        for match in _WRITER.finditer(sentence):
            name = match.group(1)
            online = match.group().endswith("tweeted") or _ONLINE.match(sentence, match.end())
            if online and noun not in _POSTS:
                continue  # "X wrote on Facebook that …" then "the letter reads": not X's letter
            name = without_the(name)
            if name.split()[0].lower() not in NOT_NAMES:  # "The Carrow Port Company wrote"
                return start, name
    return None


# Kept for the last few calls: a document phrase that settles no speaker at first is read
# again for the same quote, and the sentences read back are the same.
@lru_cache(maxsize=4)
def owner_or_writer(text: str, at: int, noun: str) -> tuple[str | None, str | None]:
    """(issuer, writer) of the document `noun` a quote at `at` is credited to: the writer of a
    sentence nearer than any naming an issuer, else the issuer (or whoever it was read for)."""
    author = study_author(text[max(0, at - 400) : at])  # "The study, by X and Y, finds “…”"
    if author:
        return author, None
    issued = issued_at(text, at, noun)
    writer = writer_before(text, at, noun)
    if writer is not None and (issued is None or writer[0] > issued[0]):
        return None, writer[1]
    return (issued[1] if issued else read_for(text, at, noun)), None
