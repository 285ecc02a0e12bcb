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


def asks_you(paragraph: str) -> bool:
    """Whether a paragraph ends with the writer's unquoted question to "you" ("… now? I ask.")."""
    return "I ask" in paragraph and _ASKS_YOU.search(paragraph[-300:]) is not None


def most_quoted(spoken: Sequence[tuple[int, str]], at: int) -> str | None:
    """The person quoted most often before `at` (the latest of those tied): in an interview,
    whom the writer's questions are put to."""
    counts: dict[str, int] = {}
    for pos, name in spoken:
        if pos < at and name:
            counts[name] = counts.get(name, 0) + 1
    best = max(counts.values(), default=0)
    latest = [name for pos, name in spoken if pos < at and counts.get(name) == best]
    return latest[-1] if latest else None
