"""Quotes in an interview's answers: a first-person paragraph after a question is the words of
the one the interview is with."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction import cues
from bot.extraction.coref import Resolver
from bot.extraction.lexicons import is_place
from bot.extraction.masking import WINDOW, MaskedText
from bot.extraction.names import People
from bot.extraction.narrator import interview_pronoun, interviewee
from bot.extraction.spans import Span
from bot.extraction.speakers import is_org

# Words said to the one answering, so by someone else: "who told me", "she asked us".
_TOLD_ME = re.compile(r"\b(?:told|tells|asked|asks|said to|says to|warned|reminded)\s+(?:me|us)\b")
_ANSWER_PARAGRAPHS = 3  # paragraphs an answer to an interview question may run over
_QA_BACK = 12  # paragraphs of a question-and-answer block read back to its first question


class Interview:
    """Whom one article's interview is with, and which of its paragraphs answer a question."""

    def __init__(
        self, paragraphs: Sequence[str], text: MaskedText, people: People, resolver: Resolver
    ) -> None:
        self.paragraphs = paragraphs
        self.text = text
        self.people = people
        self.resolver = resolver
        self._interviewee: list[str | None] = []  # whom an interview is with, once looked for
        self._answers: dict[int, bool] = {}  # per paragraph: a first-person answer

    def answer(self, span: Span) -> str | None:
        """Whom an interview is with, for a quote in a first-person answer to a question (the
        paragraph before, or one of the few before that the answer runs on from)."""
        if self.paragraphs[span.para].startswith("A:"):
            return self._block_answer(span.para)
        if not self._answering(span.para):
            return None
        masked = self.text.mask(span.para)
        start = max(masked.sentence_start(span.start), span.start - WINDOW)
        if _TOLD_ME.search(masked.text, start, span.start):
            return None  # "My aunt once told me, “…”": someone else's words
        if not self._interviewee:
            text, body = self.people.text, self.people.body_start
            self._interviewee.append(interviewee(text, body) or self._spoken_with())
        return self._interviewee[0]

    def _answering(self, para: int) -> bool:
        """Whether a paragraph answers a question in the first person (read once a paragraph)."""
        found = self._answers.get(para)
        if found is None:
            found = self._answers[para] = self._answers_question(para)
        return found

    def _answers_question(self, para: int) -> bool:
        """Whether one of the few paragraphs before asks a question that all since answer as "I"."""
        first = max(para - _ANSWER_PARAGRAPHS, 0)
        paragraphs = self.paragraphs
        asked = [n for n in range(para - 1, first - 1, -1) if paragraphs[n].rstrip().endswith("?")]
        if not asked:
            return False  # the cheap test first: most articles ask no question
        between = [self.paragraphs[n] for n in range(asked[0] + 1, para + 1)]
        return all(cues.FIRST_PERSON.search(text) and not cues.is_heading(text) for text in between)

    def _spoken_with(self) -> str | None:
        """The person named just before an opening's "I spoke with him"."""
        found = interview_pronoun(self.people.text, self.people.body_start)
        if found is None:
            return None
        gender = "m" if found[1] == "him" else "f"
        for mention in self.people.iter_before(found[0], 4, self.people.body_start):
            full = self.people.full_name(mention.name, mention.start)
            if " " in full and not is_org(full) and not is_place(full):
                return full if self.resolver.gender_ok(full, gender) else None
        return None

    def _block_answer(self, para: int) -> str | None:
        """The person named last before a block of "Q:" and "A:" paragraphs that an "A:"
        paragraph belongs to ("Vantongeren took questions. … Q: Why? A: “…”"), else None."""
        first = para
        for number in range(para - 1, max(para - _QA_BACK, 0) - 1, -1):
            if not self.paragraphs[number].startswith(("Q:", "A:")):
                break
            first = number
        if first == para or not self.paragraphs[first].startswith("Q:"):
            return None
        at = self.people.text.find(self.paragraphs[first], self.people.body_start)
        for mention in self.people.iter_before(at, 4, self.people.body_start) if at > 0 else ():
            full = self.people.full_name(mention.name, mention.start)
            if " " in full and not is_org(full) and not is_place(full):
                return full  # a full name, not "Edited excerpts:"
        return None
