"""Speakers a quote takes over from before it: the previous quote's, when nobody else is named
in between, the one who introduced a list of short lines, and the one who just spoke of what
an "It “…”" opening the next paragraph means."""

from __future__ import annotations

import re

from bot.extraction.answers import asked_by_name
from bot.extraction.document_speakers import DocumentSpeakers
from bot.extraction.lexicon import SPEECH_VERB
from bot.extraction.lists import list_intro
from bot.extraction.masking import WINDOW
from bot.extraction.study_leads import lead_or_authors
from bot.extraction.tail_phrases import phrase_from_tail
from bot.extraction.written_things import WRITTEN_THING

_LONG = 15  # words from which a paragraph between two quotes counts as one
_MAX_GAP = 12  # paragraphs between a quote and the one whose speaker it continues
# Words before a quote that bring in words of no one speaking: a notice put up, a crowd chanting.
_NOT_SPOKEN = re.compile(
    r"\b(?:notice|note|message|letter|card|chant\w*|shout\w*|sang|sing\w*|crowd|protesters)\b"
)
_MARKS = " “”\"‘’"  # quote marks and spaces, all that stands between two quotes run on
_THING_SUBJECTS = frozenset(("It", "They", "This", "That"))  # what someone just spoke of
# A sentence reporting someone's words in a clause: "X said the crew had …", "admitted that …",
# "told the audience that …"; not "said in a statement" nor "said on Monday".
_OWN_CLAUSE = re.compile(r"\b(?:that|found|finds|shows?|showed|states?|stated|reads?|concluded)\b")
_REPORTED = re.compile(
    r"\b(?:(?:said|says)\s+(?!(?:in|on|at|during|after|before|to|of|with|by|from|for|when|while"
    r"|as|last|this|yesterday|today|earlier|later|so|nothing|little)\b)[a-z]|(?:said|says|admitted"
    r"|admits|noted|notes|shared|shares|told\s+[^.,;“”\"]{1,40}?|explained|explains|added|adds"
    r"|insisted|insists|conceded|acknowledged|recalled|recalls|argued|claimed|warned|stressed"
    r"|revealed|reported)\s+that\s)"
)


def _long(para: str) -> bool:
    """Whether a paragraph has `_LONG` words or more (split no further than that)."""
    return len(para.split(None, _LONG - 1)) >= _LONG


class ContinuingSpeakers(DocumentSpeakers):
    """Carries a speaker on from an earlier quote or from a list's introduction."""

    def speaker(self, index: int) -> str | None:
        """The speaker of span `index`, resolved by the attributor built on this class."""
        raise NotImplementedError

    def _listed(self, index: int) -> str | None:
        """Who introduced the list of short lines the quote's line is one of."""
        found = list_intro(self.paragraphs, self.spans[index].para)
        if found is None:
            return None
        number, start, who = found
        at = self._offsets[number] + start
        pronoun = who.lower()
        return (
            self.resolver.pronoun(pronoun, at)
            if pronoun in ("he", "she")
            else self.resolver.name(who, at)
        )

    def run_on(self, index: int) -> str | None:
        """The speaker of the quote right after this one, nothing but a space between them,
        when that one is credited after it ("“We cannot wait.” “The pipes are old,” X said."),
        unless this one asks a question the next may answer."""
        span = self.spans[index]
        if index + 1 >= len(self.spans) or span.text.rstrip().endswith("?"):
            return None
        nxt = self.spans[index + 1]
        para = self.paragraphs[span.end_para]
        if nxt.para != span.end_para or para[span.end : nxt.start].strip(_MARKS):
            return None
        before = self.paragraphs[span.para][max(0, span.start - WINDOW) : span.start].lower()
        before = before.rstrip(_MARKS).rpartition(". ")[2]  # the sentence before the quote
        if _NOT_SPOKEN.search(before) or WRITTEN_THING.search(before):
            return None  # "Workers put up a notice. “…” “…,” X said.": the notice's words
        return self.speaker(index + 1) if phrase_from_tail(self._context(index + 1)[1]) else None

    def _continued(self, index: int, near: bool = False) -> str | None:
        """The previous quote's speaker when nobody else is named in between."""
        if not index:
            return None
        prev, span = self.spans[index - 1], self.spans[index]
        name = self.speaker(index - 1)
        if prev.text.endswith("?") and span.para == prev.end_para + 1 and span.start <= 1:
            at = self._offsets[span.para] + span.start  # "“…?” Lee asked Ann Ode." then "“…”"
            asked = asked_by_name(self.paragraphs, prev, self.resolver, at)
            if asked and asked != name:
                return asked
        if index > 1 and prev.text.endswith("?") and self.reply_alone(index):
            before = self.speaker(index - 2)  # "“…?” Ode asks." then "“…”" alone: the one asked
            if before and name and before != name:
                return before
        if not name and self.reported_within(index):
            return self.speaker(index - 2)  # the words of others they recalled came between
        between = list(range(prev.end_para + 1, span.para))
        # Short lines between (headings, list items, captions) do not end what a speaker says.
        gap = 1 + sum(_long(self.paragraphs[n]) for n in between[:_MAX_GAP])
        if not name or (
            span.para - prev.end_para > 1 if near else gap > 4 or len(between) > _MAX_GAP
        ):
            return None
        if prev.end_para == span.para or near:
            masked = self.text.mask(span.para).text
            start = prev.end if prev.end_para == span.para else 0
            if self.others_in(masked[max(start, span.start - 2 * WINDOW) : span.start], name):
                return None
        return None if self.others_named(between, name) else name

    def said_of_it(self, index: int, lead: str) -> str | None:
        """Who spoke last in the paragraph before one opening "It “…”", whose "It" is the
        thing they were just speaking of ("AI, he said, is a tool." then "It “has no …”")."""
        span = self.spans[index]
        if lead.strip() not in _THING_SUBJECTS or not span.para or lead.strip() != lead[:-1]:
            return None
        previous = self.text.mask(span.para - 1).text.rstrip()
        if self._para_spans.get(span.para - 1) or not previous.endswith("."):
            return None  # a quote there carries its own speaker on
        sentence = previous[self.text.mask(span.para - 1).sentence_start(len(previous) - 1) :]
        phrase = lead_or_authors(sentence)
        if not phrase:
            return None
        done, name = self._resolve(phrase, self._offsets[span.para] + span.start)
        return name if done else None

    def reported_before(self, index: int, lead: str) -> str | None:
        """Who reported someone's words in the sentence just before a quote whose own sentence
        has no verb of saying and names no one: "X said the crew was thrilled but admitted
        that … . Instead, they were “stuck with cold coffee …”"."""
        span = self.spans[index]
        masked = self.text.mask(span.para)
        begun = masked.sentence_start(span.start)
        base = self._offsets[span.para]
        own = masked.text[begun : span.start]
        if not begun or "·" in own or _OWN_CLAUSE.search(own) or SPEECH_VERB.search(own):
            return None  # the first sentence, a quote before, "A study found that “…”"
        if self.people.before(base + span.start, 1, base + begun):
            return None  # "Councillor X was less sure, calling it “…”": X's own
        start = masked.sentence_start(begun - 1)
        sentence = masked.text[start:begun].strip()
        if "·" in sentence or not _REPORTED.search(sentence):
            return None
        phrase = lead_or_authors(sentence)
        done, name = self._resolve(phrase, base + start + len(phrase)) if phrase else (False, None)
        return name if done else None
