"""The body a quote's "it" speaks for, read from the sentences before it: "X recalled cars.
The recall follows a crash. “…,” it said." is X's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction.body_subjects import business_subject, issuer_subject, kind_subject
from bot.extraction.masking import MaskedText
from bot.extraction.orgs import is_body
from bot.extraction.sentence_subjects import SubjectReader
from bot.extraction.spans import Span
from bot.extraction.speakers import is_org

# A sentence opening with a thing as its subject: "The recall follows a crash in March."
_THING_OPENS = re.compile(r"\s*(?:The|This|That|Its)\s+[a-z]+\s+[a-z]")


class BodyContext(SubjectReader):
    """Finds the organisation that is the subject of the sentences before a quote."""

    spans: Sequence[Span]
    text: MaskedText
    _offsets: list[int]

    def body_before(self, index: int) -> str | None:
        """The organisation that is the subject of the sentence before a quote, or of the one
        before that past a sentence about a thing ("X recalled cars. The recall follows a
        crash. “…,” it said."), else None."""
        span = self.spans[index]
        at = self._offsets[span.para] + span.start
        sentences = self._sentences_before(span)
        found = self._body_of(sentences[-1], at) if sentences else None
        thing = len(sentences) > 1 and _THING_OPENS.match(sentences[-1])  # not "The regulator"
        if found is None and thing and kind_subject(sentences[-1]) is None:
            found = self._body_of(sentences[-2], at)
        return found

    def _sentences_before(self, span: Span) -> list[str]:
        """The two sentences before a quote's, in its paragraph or ending the one before."""
        masked = self.text.mask(span.para)
        stop = masked.sentence_start(span.start)
        if not stop:
            if not span.para:
                return []
            masked = self.text.mask(span.para - 1)
            stop = len(masked.text.rstrip())
        found: list[str] = []
        while stop > 0 and len(found) < 2:
            begin = masked.sentence_start(stop - 1)
            found.insert(0, masked.text[begin:stop])
            stop = begin
        return found

    def _body_of(self, sentence: str, at: int) -> str | None:
        """The organisation a sentence has for its subject, else None."""
        owner = self.paper_owner(sentence, at) or business_subject(sentence)  # "X runs the route"
        name = owner or self.sentence_subject(sentence, people_only=False)
        if name and (owner or is_org(name) or is_body(name) or name.startswith("The ")):
            return name
        issued = issuer_subject(sentence)  # "The report of the X Board …": X
        if issued:
            return issued
        noun = kind_subject(sentence)  # "The service said …": the one it means
        return self.resolver.org(noun, at) if noun else None
