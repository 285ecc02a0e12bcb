"""Quotes a document speaks: "the order reads", "Its text “demands …”", "The order directs …
to “…”", "“…,” it reads." after a sentence the document opens; the one who issued it speaks."""

from __future__ import annotations

from bot.extraction.document_tails import document_read, document_subject
from bot.extraction.phrase_speakers import PhraseResolver


class DocumentSpeakers(PhraseResolver):
    """Finds the document a quote is read from and resolves whoever issued it."""

    def read_document(self, index: int, lead: str, tail: str, at: int) -> str | None:
        """The issuer of a document read out after the quote ("the order reads"), else None."""
        paper = document_read(tail)
        return self._resolve(paper, at, lead, index)[1] if paper else None

    def document_speaker(
        self, index: int, lead: str, tail: str, at: int
    ) -> tuple[bool, str | None]:
        """(whether a document speaks the quote, its issuer) for a document opening the
        quote's sentence or the sentence before "it reads"."""
        span = self.spans[index]
        before = self.paragraphs[span.para][: span.start] or self.paragraphs[max(0, span.para - 1)]
        paper = document_subject(lead, span.text, tail, before)
        if paper is None and span.inner and not lead.strip():  # "“A,” it said. “B.”"
            paper = document_subject(lead, span.text, span.inner, before)
        return self._resolve(paper, at, lead, index) if paper else (False, None)
