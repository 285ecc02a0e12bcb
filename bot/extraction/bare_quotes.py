"""Quotes standing alone, with no attribution in their own sentence: the credit after one, the
speaker before it, or the context."""

from __future__ import annotations

from bot.extraction import cues
from bot.extraction.continuing import ContinuingSpeakers
from bot.extraction.frames import lead_frame
from bot.extraction.masking import WINDOW
from bot.extraction.pronoun_leads import role_in_a_state
from bot.extraction.speakers import is_org, name_candidates
from bot.extraction.study_leads import lead_or_authors as _lead_phrase
from bot.extraction.unnamed_cues import kin_subject, nobody_credited
from bot.extraction.writer_questions import answer_to, most_quoted

_FOLLOWING_CREDITS = 3  # quotes looked ahead for a "— Name" credit line


class BareQuotes(ContinuingSpeakers):
    """Speakers of quotes that stand alone, read from what comes before and after them."""

    def _bare(self, index: int, at: int) -> str | None:
        """A quote standing alone: the credit after it, the speaker before it, or the context."""
        span = self.spans[index]
        masked = self.text.mask(span.para)
        before = masked.ends_before(span.start, 2)
        found = self.following(index)  # "" for "…,” was the view of X's lawyer.": no one
        if named_after := found or (None if before else self.run_on(index)):  # "So said X."
            return named_after
        if before and not masked.text[before[-1][1] : span.start].strip():
            start = before[-2][1] if len(before) > 1 else 0
            start = max(start, before[-1][0] - WINDOW)
            sentence = masked.text[start : before[-1][0] + 1]
            kin = kin_subject(sentence)  # "His wife shook her head." after "his wife, Halina,"
            if kin and (named := self.resolver.owned_named(kin, at)):  # or "Lind's daughter"
                return named
            if nobody_credited(sentence):  # "Other residents were less sure. “…”" (no credit
                return None  # after it either), "X declined to comment. “…”"
            phrase = _lead_phrase(sentence)  # "X says. “Quote.”"
            if phrase:
                done, name = self._resolve(phrase, at)
                if done and name:
                    return self.run_on(index) or name
            subject = self.sentence_subject(sentence) or self.opening_pronoun(
                sentence, at, span.pieces
            )
            if subject and ((ran := self.run_on(index)) or not is_org(subject)):  # "“…” “…,” X"
                return ran or subject  # "Karl Dunn lost his boat. “Quote.”"
            role = role_in_a_state(sentence)  # "In the tunnel the captain is hoarse. “…”"
            named = self.resolver.named_as(role, at, back=at) if role else None  # any time before
            if named:
                return named
        if span.para:
            previous = self.paragraphs[span.para - 1].rstrip()
            if previous.endswith((":", ",")):
                last = self.text.mask(span.para - 1).text.rstrip()
                phrase = _lead_phrase(last[-WINDOW:])
                if phrase:
                    done, name = self._resolve(phrase, at)
                    if done:
                        return name
                framed = lead_frame(last) if previous.endswith(":") else None
                if framed:  # "The first line of the Harbour Board’s claim is:" then "“…”"
                    done, name = self._resolve(framed, at, last)
                    if done and name:
                        return name
        following = index + 1
        while following < len(self.spans) and following - index <= _FOLLOWING_CREDITS:
            nxt = self.spans[following]
            if (nxt.start != 0 and nxt.start != 1) or nxt.para > self.spans[
                following - 1
            ].end_para + 2:
                break
            para = self.paragraphs[nxt.end_para]
            credit = cues.CREDIT.match(para, nxt.end)
            if credit:
                names = name_candidates(para[credit.end() : credit.end() + WINDOW])
                return self.resolver.name(names[0], at) if names else None
            following += 1
        spoke = self.spoke_in_paragraph(index)  # "…, explains Dr Varga. The body … “…”"
        if spoke:
            return spoke
        put = answer_to(self.paragraphs, self.spans, index, self.people.text)  # the one asked
        if put:  # "Does she read it online?" or "Do you watch yourself? I ask." then the answer
            spoken, asked = self.resolver.spoken_people, self._offsets[span.para - 1]
            return self.resolver.pronoun(put, at) if put != "you" else most_quoted(spoken, asked)
        return None if found is not None else self._continued(index) or self.from_context(span.para)
