"""Questions the writer puts in quote marks ("“Why now?” I ask."): no one the article names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.extraction.spans import Span

# "“…?” I ask.", "“…,” I said.", "“…?” I asked her.": the writer's own words after a quote.
_WRITER_TAIL = re.compile(
    r"\W{0,3}I\s+(?:then\s+|finally\s+|later\s+)?(?:ask|asked|wonder|wondered|venture|ventured"
    r"|press|pressed|say|said|suggest|suggested|put\s+it)\b"
)
# Anywhere in the body: a quote followed by "I ask" or "I asked" — the writer interviews.
_WRITER_ASKS = re.compile(r"[”\"]\s+I\s+(?:ask|asked)\b")


def writer_tail(tail: str) -> bool:
    """Whether the words after a quote say the writer spoke it ("“…?” I ask.")."""
    return _WRITER_TAIL.match(tail) is not None


def bare_question(paragraph: str) -> bool:
    """Whether a paragraph is one quoted question and nothing else ("“And now?”")."""
    para = paragraph.strip()
    return (
        para.startswith("“")
        and para.endswith(("?”", "?\""))
        and para.count("“") == 1
    )


@lru_cache(maxsize=8)
def writer_interviews(text: str) -> bool:
    """Whether the writer asks questions in their own voice somewhere ("“…?” I ask.")."""
    return _WRITER_ASKS.search(text) is not None


def writers_question(paragraphs: Sequence[str], span: Span, text: str) -> bool:
    """Whether the writer asked a quote: "I ask" after it, or it is a lone quoted question in a
    piece where the writer asks questions that way."""
    end_para, end = span.closed_after or (span.end_para, span.end)
    if writer_tail(paragraphs[end_para][end : end + 40]):
        return True
    return bare_question(paragraphs[span.para]) and writer_interviews(text)


# The writer's own question put to "you" and left unquoted: "Do you watch yourself now? I ask."
_ASKS_YOU = re.compile(r"\byou\b[^“”\"]*\?\s+I\s+(?:ask|asked)(?:\s+(?:her|him|them))?\.\s*$")


# A paragraph that is one unquoted question about "her" or "him": "Does she read it online?",
# "What made her come back?"; the pronoun is whom it is put to.
_ABOUT_THEM = re.compile(r"\b(she|her|he|him)\b", re.IGNORECASE)
_PRONOUNS = {"she": "she", "her": "she", "he": "he", "him": "he"}


def question_put(paragraph: str) -> str | None:
    """For a paragraph that is the writer's own question left unquoted: "you" when it is put to
    "you" ("Do you watch yourself now? I ask."), "she" or "he" when it asks about her or him
    ("Does she read it online?"), else None."""
    para = paragraph.strip()
    if len(para) > 200 or "“" in para or '"' in para:
        return None
    if "I ask" in para and _ASKS_YOU.search(para):
        return "you"
    if not para.endswith("?") or para.count("?") > 1:
        return None
    found = _ABOUT_THEM.search(para)
    return _PRONOUNS[found.group(1).lower()] if found else None


def most_quoted(spoken: Sequence[tuple[int, str]], at: int) -> str | None:
    """The person quoted most often before `at` (the first quoted of those tied): in an
    interview, whom the writer's questions are put to."""
    counts: dict[str, int] = {}
    for pos, name in spoken:
        if pos < at and name:
            counts[name] = counts.get(name, 0) + 1
    best = max(counts.values(), default=0)
    return next((name for pos, name in spoken if pos < at and counts.get(name) == best), None)


_ASKED_WHOM = re.compile(r"\W{0,3}I\s+(?:then\s+)?(?:ask|asked)\s+(her|him)\b")


def answer_to(
    paragraphs: Sequence[str], spans: Sequence[Span], index: int, text: str
) -> str | None:
    """For a quote opening its paragraph right after the writer's question, whom the question
    was put to: "she" or "he" ("“…?” I ask her.", "Does she read it online?"), "you" for the
    one interviewed ("“Do you …?” I ask.", "Do you watch yourself now? I ask."), else None."""
    span = spans[index]
    if not span.para or span.start > 1:
        return None
    before = spans[index - 1] if index else None
    if before and before.end_para == span.para - 1 and writers_question(paragraphs, before, text):
        end_para, end = before.closed_after or (before.end_para, before.end)
        whom = _ASKED_WHOM.match(paragraphs[end_para], end)
        return _PRONOUNS[whom.group(1)] if whom else "you"
    return question_put(paragraphs[span.para - 1])
