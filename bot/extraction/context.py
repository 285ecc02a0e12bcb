"""What the sentences around a quote say about who is speaking: subjects, salient persons."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction import cues
from bot.extraction.after_names import refers_back_name
from bot.extraction.anonymous_openings import UNNAMED_OPENING
from bot.extraction.body_context import BodyContext
from bot.extraction.demeanour import manner_speaker
from bot.extraction.frames import came_from
from bot.extraction.framing import framed_people
from bot.extraction.interviews import Interview
from bot.extraction.joining import reports_another
from bot.extraction.lexicon import SPEECH_VERB
from bot.extraction.lexicons import is_place
from bot.extraction.masking import WINDOW, Masked, MaskedText
from bot.extraction.names import People
from bot.extraction.newcomers import brings_in, one_word_speaker
from bot.extraction.no_comment import refused_comment
from bot.extraction.paragraph_openers import paragraph_opener
from bot.extraction.spans import Span
from bot.extraction.speakers import is_org, name_candidates
from bot.extraction.spoken_for import PRONOUN_GENDERS as GENDERS
from bot.extraction.spoken_for import described_end, owner_only, spoken_for_end, unnamed_after_quote
from bot.extraction.title_genders import role_gender
from bot.extraction.unnamed_cues import about_someone_unnamed, anonymous_before

# A paragraph's last sentence leading into a quote by a pronoun's thing: "Her reply:", "His
# answer was short:".
_OWN_LEAD = re.compile(r"\s*([Hh]is|[Hh]er)\s+[a-z][^.!?“”:]{0,60}:\s*$")
# An unnamed person opening a sentence and speaking: "A council spokesperson said …".
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_UNNAMED_SPEAKER = re.compile(
    r"(?:^|[.!?]\s+)"
    + UNNAMED_OPENING.pattern
    + r"[^.!?]{0,80}?\b(?:"
    + SPEECH_VERB.pattern
    + ")"
)
_LOOK_BACK_PARAGRAPHS = 3  # paragraphs read back for the person a bare quote is about


class ContextReader(BodyContext):
    """Reads one article's masked paragraphs around its quotes."""

    def __init__(self, paragraphs: Sequence[str], spans: Sequence[Span], people: People) -> None:
        super().__init__(people)
        self.paragraphs = paragraphs
        self.spans = spans
        self.text = MaskedText(paragraphs, spans, people.body_start)
        self._offsets = self.text.offsets
        self._para_spans: dict[int, list[int]] = {}
        for index, span in enumerate(spans):
            self._para_spans.setdefault(span.para, []).append(index)
        people.set_quoted(self.text.quoted())
        self.interview = Interview(paragraphs, self.text, people, self.resolver)

    def unnamed_subject(self, index: int, pronoun: str = "") -> bool:
        """Whether the quote's paragraph or sentence opens with an unnamed person ("A spokesperson
        for the Patients Association said …", "My mom …") and names no one else before the
        quote; for a quote opening its paragraph, also the paragraph before's last sentence."""
        span = self.spans[index]
        text = self.text.mask(span.para)
        masked, sentence = text.text, text.sentence_start(span.start)
        end = self._offsets[span.para] + span.start
        before = self._sentence_before(text, sentence) if sentence else None
        opening = (
            UNNAMED_OPENING.match(masked, sentence)
            or UNNAMED_OPENING.match(masked)
            or (before is not None and UNNAMED_OPENING.match(masked, before))
        )  # "The boatmen charge $300. One of them, who would not give his name, said …. “…”"
        gender = GENDERS.get(pronoun, "")  # and the sentence before: "One tenant said he …"
        described = described_end(masked, sentence, gender) or (
            described_end(masked, before, gender) if before is not None else None
        )
        anonymous = anonymous_before(masked, span.start, pronoun in GENDERS) if pronoun else None
        if anonymous is not None and not opening and not described:
            start = self._offsets[span.para] + anonymous  # "…, a driver who would give only
        elif opening or described:  # his age, 82. “…,” he says."
            after = described or spoken_for_end(masked, opening.end() if opening else 0)
            start = self._offsets[span.para] + after
        elif span.start > 1 or not span.para or pronoun not in GENDERS:
            return False
        else:
            found = self._unnamed_last_sentence(span.para - 1, GENDERS[pronoun])
            if found is None:
                return False
            start, end = found
        return not any(  # a name owning what follows is no subject: "Hollowell’s rents"
            m.start >= start
            and not (m.is_object or is_org(m.name) or owner_only(self.people.text, m.start, m.end))
            for m in self.people.iter_before(end, 3, start)
        )

    def reply_alone(self, index: int) -> bool:
        """Whether a quote stands alone in the paragraph right after the one of the quote
        before it, which itself follows the paragraph of the quote before that: a dialogue."""
        span, prev, first = self.spans[index], self.spans[index - 1], self.spans[index - 2]
        if span.para != prev.end_para + 1 or prev.para != first.end_para + 1:
            return False
        rest = self.paragraphs[span.para][span.end :] if span.end_para == span.para else "·"
        return span.start <= 1 and not rest.strip(' ”"’.,')

    def _named_next(self, index: int, at: int, gender: str | None) -> str | None:
        """The person named next, by the end of the next paragraph, when no one was before."""
        para = self.spans[index].end_para + 1
        last = min(para, len(self.paragraphs) - 1)
        return self.resolver.named_next(
            at, self._offsets[last] + len(self.paragraphs[last]), gender
        )

    @staticmethod
    def _sentence_before(text: Masked, sentence: int) -> int:
        """Where the sentence before the one starting at `sentence` starts."""
        ends = text.ends_before(sentence, 2)
        return ends[-2][1] if len(ends) > 1 else 0

    def _unnamed_last_sentence(self, para: int, gender: str) -> tuple[int, int] | None:
        """Where the last sentence of a paragraph goes on after an unnamed person of this
        gender, or of none said, opening it ("A spokesman for X said …") or after its quote, and
        where it ends."""
        masked = self.text.mask(para)
        end = len(masked.text.rstrip())
        sentence = masked.sentence_start(max(0, end - 1))
        opening = UNNAMED_OPENING.match(masked.text, sentence)
        found: tuple[int, str] | None = None
        if opening is not None:
            found = spoken_for_end(masked.text, opening.end()), opening.group()
        else:  # "“…,” a Voltaro spokeswoman said."
            found = unnamed_after_quote(masked.text, sentence)
        if found is None or role_gender(found[1]) not in (None, gender):
            return None
        return self._offsets[para] + found[0], self._offsets[para] + end

    def salient(self, index: int, pronoun: str) -> str | None:
        """For a sentence opening with "He"/"She", the subject of the sentence before it in the
        paragraph (its named subject, or whom its own opening pronoun means), not someone merely
        mentioned there ("He cites Leviticus, where God says, “…” He notes …")."""
        span = self.spans[index]
        masked = self.text.mask(span.para)
        ends = masked.ends_before(span.start, 2)
        start = ends[-1][1] if ends else 0
        if not re.match(pronoun + r"\s", masked.text[start : start + 8], re.IGNORECASE):
            at = self._offsets[span.para] + span.start  # "I ask Ann Ode whether … “…,” she says."
            asked = self.asked_by_writer(masked.text[max(0, start - 300) : span.start], at, pronoun)
            offset = self._offsets[span.para]  # or "X did not respond. … “…,” she said.": X
            return asked or paragraph_opener(
                masked, span.start, offset, self.people, self.sentence_subject
            )
        if not ends:
            return None
        before = ends[-2][1] if len(ends) > 1 else 0
        before = max(before, start - 4 * 600)
        previous = masked.text[before:start]
        gender = "m" if pronoun == "he" else "f"
        if re.match(pronoun + r"\s", previous, re.IGNORECASE):
            return self.resolver.person_before(self._offsets[span.para] + before, gender)
        subject = self.sentence_subject(previous)
        if subject and self.resolver.gender_ok(subject, gender) and not is_org(subject):
            return subject  # "CBC News reached Lisa Moss. She said": no outlet is a "she"
        return None

    def spoke_in_paragraph(self, index: int) -> str | None:
        """The person last named in the quote's paragraph before it, when that is the one
        quote there and they were named as speaking ("…, explains Dr Ines Varga. The body …
        “…”"), else None."""
        span = self.spans[index]
        if self._para_spans[span.para][0] != index:
            return None
        start = self._offsets[span.para]
        at = start + span.start
        for mention in self.people.iter_before(at, 4, max(start, at - 3 * WINDOW)):
            full = self.people.full_name(mention.name, mention.start)
            if " " not in full or is_org(full) or is_place(full):
                continue
            return full if self.people.speaks(mention) and not mention.is_object else None
        return None

    def answer(self, index: int) -> str | None:
        """Whom an interview is with, for a quote in a first-person answer to a question."""
        return self.interview.answer(self.spans[index])

    def reported_within(self, index: int) -> bool:
        """Whether the quote before span `index` was brought in by a clause of the attribution
        of the one before that ("“A,” she says, recalling how fans said, “B.” “C.”")."""
        if index < 2:
            return False
        first, prev = self.spans[index - 2], self.spans[index - 1]
        if first.end_para != prev.para or prev.end_para != self.spans[index].para:
            return False
        return reports_another(self.paragraphs[prev.para][first.end : prev.start])

    def others_named(self, numbers: list[int], name: str) -> bool:
        """Whether another person than `name` is named in any of these paragraphs, or one is
        brought in unnamed ("A council spokesperson said …")."""
        for number in numbers:
            if cues.is_heading(self.paragraphs[number]):
                continue
            masked = self.text.mask(number).text
            if self.others_in(masked, name) or _UNNAMED_SPEAKER.search(masked):
                return True
            if about_someone_unnamed(_LAST_SENTENCE.split(masked.rstrip())[-1]):
                return True  # "His neighbour agrees." before the quote: no longer `name`
            start = self._offsets[number]  # "Garcia, who runs the shop, disagreed.", or one
            end = start + len(self.paragraphs[number])  # brought in: "… shared by Tom Ode."
            if one_word_speaker(self.people, start, end, name) or brings_in(
                self.people, start, end, name
            ):
                return True
        return False

    def others_in(self, text: str, name: str) -> bool:
        """Whether `text` names a person other than `name`; one sharing only a surname with
        them is another ("Lisa Marsh" after "Zach Marsh")."""
        parts = set(name.split())
        for found in name_candidates(text) + framed_people(text):
            full = self.people.full_name(found)
            words = set(full.split())
            if " " in full and not (words <= parts or parts <= words) and not is_org(full):
                return True
        return False

    def from_context(self, number: int) -> str | None:
        """The person the paragraphs before a bare quote are about."""
        for previous in range(number - 1, max(number - 1 - _LOOK_BACK_PARAGRAPHS, -1), -1):
            para = self.paragraphs[previous]
            if cues.is_heading(para):
                continue
            masked = self.text.mask(previous)
            base = masked.last_end()
            rest = masked.text[base : base + 600]
            if about_someone_unnamed(rest) or refused_comment(rest):
                return None  # "Her critics were unconvinced.", "X declined to comment." before
            subject = self.sentence_subject(rest)
            if subject:
                return subject
            match = cues.SUBJECT_PRONOUN.search(masked.text, base, base + 60)
            match = match or _OWN_LEAD.match(masked.text, base)  # "Her reply:"
            if match:
                pos = self._offsets[previous] + match.start()
                return self.resolver.pronoun(match.group(1).lower(), pos)
            return self.resolver.first_named(
                self._offsets[previous], self._offsets[previous] + len(para)
            )
        return None

    def following(self, index: int, later: int = 0) -> str | None:
        """The person named in a sentence after the quote that points back at it: "That was the
        reaction of Dana Holt, the club's lawyer." or "…,” came the reply from X"; "" when it
        names someone of a person ("was the view of X's lawyer"); with `later`, in the sentence
        after the quote's ("X was accused of “…” on Monday. The charge came from Y.")."""
        span = self.spans[index]
        masked = self.text.mask(span.end_para).text
        after = masked[span.end : span.end + WINDOW].strip()
        after = after.partition(". ")[2] if later else after
        crossed = not after  # read on into the next paragraph, which may open its own quote
        if crossed and span.end_para + 1 < len(self.paragraphs):
            after = self.text.mask(span.end_para + 1).text[:WINDOW]
        at = self._offsets[span.para] + span.start
        came = came_from(after)  # "…,” was the verdict of the club’s coach, X."
        if came is not None:
            return (self.resolver.name(came, at) or "") if came else ""
        if not cues.REFERS_BACK.match(after):
            manner = None if later or crossed else manner_speaker(after)  # "“…” X was blunt."
            return self.resolver.name(manner, at) if manner else None
        name = refers_back_name(after)  # "That was the view of X, who …": X
        return self.resolver.name(name, at) if name else None
