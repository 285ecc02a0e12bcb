"""Quotes a document speaks: "the order reads", "Its text “demands …”", "The order directs …
to “…”", "“…,” it reads." after a sentence the document opens; the one who issued it speaks."""

from __future__ import annotations

from bot.extraction.document_tails import document_read, document_subject
from bot.extraction.inscribed import inscribed_before
from bot.extraction.it_reads import reads_back
from bot.extraction.phrase_speakers import PhraseResolver
from bot.extraction.shared_captions import shared_before


class DocumentSpeakers(PhraseResolver):
    """Finds the document a quote is read from and resolves whoever issued it."""

    def read_document(self, index: int, lead: str, tail: str, at: int) -> str | None:
        """The issuer of a document read out after the quote ("the order reads"), else None."""
        paper = document_read(tail)
        if paper is None and (shared := self._shared_before(index, tail)):
            subject = self.sentence_subject(shared, people_only=False)
            return subject or self.opening_pronoun(shared, at, ())
        return self._resolve(paper, at, lead, index)[1] if paper else None

    def _shared_before(self, index: int, tail: str) -> str | None:
        """The sentence before a quote whose caption it is, when it has someone share a photo
        or video ("X shared a video of himself …. “…,” the caption read.")."""
        span = self.spans[index]
        before = self.paragraphs[span.para][: span.start] or self.paragraphs[max(0, span.para - 1)]
        return shared_before(tail, before)

    def document_speaker(
        self, index: int, lead: str, tail: str, at: int
    ) -> tuple[bool, str | None]:
        """(whether a document speaks the quote, its issuer) for a document opening the
        quote's sentence or the sentence before "it reads"; a party whose lawyers or lawsuit
        open it ("Lawyers for X allege that Y took “…”", "The suit asks that …": X)."""
        if lead.strip() and (party := self.party_for(lead, at)):
            return True, party
        span = self.spans[index]
        before = self.paragraphs[span.para][: span.start] or self.paragraphs[max(0, span.para - 1)]
        paper = document_subject(lead, span.text, tail, before)
        if paper is None and span.inner and not lead.strip():  # "“A,” it said. “B.”"
            paper = document_subject(lead, span.text, span.inner, before)
        if paper is None:  # "A line has been painted above the door. “…,” it reads.": no one's
            return inscribed_before(tail, lead, before), None
        settled, name = self._resolve(paper, at, lead, index)  # "“…,” it reads.": no one else's
        return settled or (not lead.strip() and reads_back(tail)), name
