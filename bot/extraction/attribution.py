"""Work out who said each quoted span from the words around it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction import cues
from bot.extraction.coref import Resolver
from bot.extraction.lexicon import NOT_NAMES
from bot.extraction.phrases import PARTICIPLE, phrase_from_tail
from bot.extraction.phrases import boundaries as _boundaries
from bot.extraction.phrases import lead_phrase as _lead_phrase
from bot.extraction.spans import Span
from bot.extraction.speakers import People, is_org, name_candidates, read_phrase


class Attributor:
    """Resolves a speaker for every span of one article, in reading order."""

    def __init__(self, paragraphs: Sequence[str], spans: Sequence[Span], people: People) -> None:
        self.paragraphs = paragraphs
        self.spans = spans
        self.people = people
        self.resolver = Resolver(people)
        self._resolved: dict[int, str | None] = {}
        self._offsets: list[int] = []
        offset = 0
        for para in paragraphs:
            self._offsets.append(offset)
            offset += len(para) + 1
        self._masked: dict[int, tuple[str, list[tuple[int, int]]]] = {}
        self._para_spans: dict[int, list[int]] = {}
        self._interiors: dict[int, list[tuple[int, int]]] = {}
        for index, span in enumerate(spans):
            self._para_spans.setdefault(span.para, []).append(index)
            self._add_interiors(span)
        people.set_quoted(
            [
                (self._offsets[number] + start, self._offsets[number] + end)
                for number, pieces in self._interiors.items()
                for start, end in pieces
            ]
        )

    def speaker(self, index: int) -> str | None:
        """The speaker of span `index`; call in reading order so earlier answers can help."""
        if index not in self._resolved:
            self._resolved[index] = None  # guards against cycles
            name = self._speaker(index)
            self._resolved[index] = name
            span = self.spans[index]
            self.resolver.add_speaker(self._offsets[span.para] + span.start, name)
        return self._resolved[index]

    def _mask(self, number: int) -> tuple[str, list[tuple[int, int]]]:
        """The paragraph with quoted words blanked out, and its sentence boundaries."""
        cached = self._masked.get(number)
        if cached is None:
            para = masked = self.paragraphs[number]
            for start, end in self._interiors.get(number, ()):
                keep = end
                while keep > start + 1 and para[keep - 1] in ".!?’'…":
                    keep -= 1  # keep closing punctuation: it may end the sentence
                start += 1  # keep the first letter: a capital shows a new sentence
                if keep > start:
                    masked = masked[:start] + "·" * (keep - start) + masked[keep:]
            cached = (masked, _boundaries(masked))
            self._masked[number] = cached
        return cached

    def _add_interiors(self, span: Span) -> None:
        """Record the quoted stretches of a span per paragraph, leaving out its attribution."""
        for number in range(span.para, span.end_para + 1):
            para = self.paragraphs[number]
            start = span.start + 1 if number == span.para else 0
            end = span.end - 1 if number == span.end_para else len(para)
            gap = para.find(span.inner, start, end) if span.inner else -1
            pieces = [(start, gap), (gap + len(span.inner), end)] if gap > start else [(start, end)]
            self._interiors.setdefault(number, []).extend(pieces)

    def _context(self, index: int) -> tuple[str, str]:
        """(the quote's sentence up to the quote, the rest of the sentence after it), masked."""
        span = self.spans[index]
        masked, bounds = self._mask(span.para)
        start = max([end for _, end in bounds if end <= span.start], default=0)
        lead = masked[start : span.start]
        masked, bounds = self._mask(span.end_para)
        first = min([(e, s) for s, e in bounds if e > span.end], default=(len(masked),) * 2)
        if first[1] < span.end:  # the sentence ended inside the quote
            nxt = min([s for s, e in bounds if s > span.end], default=len(masked))
            tail = masked[span.end : nxt]
            said = cues.NAME_SAID.match(tail)
            opener = tail.split()[0].lower() if tail.split() else ""
            return lead, tail if said and opener not in NOT_NAMES else ""
        end = first[1]
        return lead, masked[span.end : end]

    def _resolve(
        self, phrase: str, at: int, fallback_lead: str = "", index: int | None = None
    ) -> tuple[bool, str | None]:
        if phrase.startswith(PARTICIPLE):  # "X vowed to fight, saying:"
            subject = self._sentence_subject(phrase[1:])
            if subject:
                return True, subject
            phrase = phrase[1:]
        kind, value = read_phrase(phrase)
        if kind == "name":
            return True, self.resolver.name(value, at)
        if kind == "pronoun":
            if value in ("it", "they") and fallback_lead:
                subject = self._sentence_subject(fallback_lead, people_only=False)
                if subject:
                    return True, subject
            if index is not None and value in ("he", "she"):
                salient = self._salient(index, value)
                if salient:
                    return True, salient
            return True, self.resolver.pronoun(value, at)
        if kind == "role":
            return True, self.resolver.speaker_before(at, value)
        if kind == "org":
            head = phrase.strip(" ,;:—–-").split(",")[0].strip()
            return True, self.resolver.org(value, head, at)
        if kind == "unnamed":
            return True, None
        return False, None

    def _salient(self, index: int, pronoun: str) -> str | None:
        """For a sentence opening with "He"/"She", the subject of the sentence before it in the
        paragraph (its named subject, or whom its own opening pronoun means), not someone merely
        mentioned there ("He cites Leviticus, where God says, “…” He notes …")."""
        span = self.spans[index]
        masked, bounds = self._mask(span.para)
        ends = [end for _, end in bounds if end <= span.start]
        start = max(ends, default=0)
        if not re.match(pronoun + r"\s", masked[start:], re.IGNORECASE):
            return None
        ends = [end for end in ends if end < start]
        if not ends and start == 0:
            return None
        before = max(ends, default=0)
        previous = masked[before:start]
        gender = "m" if pronoun == "he" else "f"
        if re.match(pronoun + r"\s", previous, re.IGNORECASE):
            return self.resolver.person_before(self._offsets[span.para] + before, gender)
        subject = self._sentence_subject(previous)
        if subject and self.resolver.gender_ok(subject, gender):
            return subject
        return None

    def _sentence_subject(self, lead: str, people_only: bool = True) -> str | None:
        """The name opening a sentence (or its main clause after an opening phrase)."""
        text = lead[cues.SUBJECT_OPENERS.match(lead).end() :]  # type: ignore[union-attr]
        for start in (0, text.find(", ") + 2):
            if start == 1:
                break
            match = cues.SUBJECT.match(text, start)
            if match is None:
                continue
            names = name_candidates(match.group(1))
            if not names:
                continue
            name = names[0]
            if match.group(1).startswith("The ") and not people_only:
                return name if name.startswith("The ") else "The " + name
            full = self.people.full_name(name)
            if not people_only or " " in full or self.people.gender(full):
                return full
        return None

    def _speaker(self, index: int) -> str | None:
        span = self.spans[index]
        at = self._offsets[span.para] + span.start
        lead, tail = self._context(index)
        raw_after = self.paragraphs[span.end_para][span.end :]
        credit = cues.CREDIT.match(raw_after)
        if credit and not lead.strip():
            names = name_candidates(raw_after[credit.end() :].split(",")[0])
            if names:
                return self.resolver.name(names[0], at)
        stripped = lead.strip()
        if cues.UNNAMED_SOURCE.match(tail) or cues.UNNAMED_LEAD.search(lead):
            return None  # "the bill reads", "a sign read:"
        if cues.POSSESSIVE_ONLY.fullmatch(stripped):
            return self.resolver.pronoun(stripped.lower(), at)
        lead_phrase = _lead_phrase(lead) if stripped else None
        candidates = [span.inner, tail]
        if lead_phrase and stripped.endswith((":", ",")):
            candidates.insert(0, "")
        else:
            candidates.append("")
        for context in candidates:
            phrase = (
                (phrase_from_tail(context) if context.strip() else None) if context else lead_phrase
            )
            if phrase:
                done, name = self._resolve(phrase, at, lead, index)
                if done:
                    return name
                if cues.LOWER_PHRASE.fullmatch(phrase.strip()):
                    return None  # "immunology department stewards wrote"
        return self._implicit(index, lead, at)

    def _implicit(self, index: int, lead: str, at: int) -> str | None:
        """Speakers without an attribution in the quote's own sentence."""
        span = self.spans[index]
        stripped = lead.strip()
        if stripped:
            same = [i for i in self._para_spans.get(span.para, ()) if i < index]
            if (
                same
                and self.spans[same[-1]].end >= span.start - len(lead)
                and not cues.NEW_SUBJECT.search(
                    lead, self.spans[same[-1]].end - span.start + len(lead)
                )
            ):
                return self.speaker(same[-1])  # an earlier quote in the same sentence
            if stripped.endswith(":"):
                named = self.resolver.first_named(at - len(lead), at)
                if named:
                    return named
            if cues.PRONOUN_LEAD.match(stripped) and stripped.endswith((",", ":")):
                return self.resolver.pronoun(stripped.split()[0].lower(), at - len(lead))
            possessive = cues.POSSESSIVE_BEFORE.search(lead)
            if possessive:
                if possessive.group(1):
                    return self.resolver.pronoun(possessive.group(1).lower(), at)
                full = self.people.full_name(possessive.group(2), at)
                if " " in full:
                    return full
            subject = self._sentence_subject(lead)
            if subject:
                return subject
            if stripped.endswith(":"):
                return self._bare(index, at)
            prev = self.spans[index - 1] if index else None
            if prev and (prev.end_para == span.para or cues.is_opener(stripped)):
                return self._continued(index, near=True)
            return None
        return self._bare(index, at)

    def _continued(self, index: int, near: bool = False) -> str | None:
        """The previous quote's speaker when nobody else is named in between."""
        if not index:
            return None
        prev, span = self.spans[index - 1], self.spans[index]
        name = self.speaker(index - 1)
        limit = 1 if near else 4
        if not name or span.para - prev.end_para > limit:
            return None
        between = list(range(prev.end_para + 1, span.para))
        if prev.end_para == span.para or near:
            masked = self._mask(span.para)[0]
            if self._others_in(
                masked[prev.end if prev.end_para == span.para else 0 : span.start], name
            ):
                return None
        return None if self._others_named(between, name) else name

    def _bare(self, index: int, at: int) -> str | None:
        """A quote standing alone: the credit after it, the speaker before it, or the context."""
        span = self.spans[index]
        masked, bounds = self._mask(span.para)
        before = [(s, e) for s, e in bounds if e <= span.start]
        if before and not masked[before[-1][1] : span.start].strip():
            start = before[-2][1] if len(before) > 1 else 0
            phrase = _lead_phrase(masked[start : before[-1][0] + 1])  # "X says. “Quote.”"
            if phrase:
                done, name = self._resolve(phrase, at)
                if done and name:
                    return name
        if span.para:
            previous = self.paragraphs[span.para - 1].rstrip()
            if previous.endswith((":", ",")):
                masked = self._mask(span.para - 1)[0].rstrip()
                phrase = _lead_phrase(masked)
                if phrase:
                    done, name = self._resolve(phrase, at)
                    if done:
                        return name
        following = index + 1
        while following < len(self.spans) and following - index <= 3:
            nxt = self.spans[following]
            if (nxt.start != 0 and nxt.start != 1) or nxt.para > self.spans[
                following - 1
            ].end_para + 2:
                break
            credit = cues.CREDIT.match(self.paragraphs[nxt.end_para][nxt.end :])
            if credit:
                names = name_candidates(self.paragraphs[nxt.end_para][nxt.end + credit.end() :])
                return self.resolver.name(names[0], at) if names else None
            following += 1
        return self._continued(index) or self._from_context(span.para, at)

    def _others_named(self, numbers: list[int], name: str) -> bool:
        return any(
            self._others_in(self._mask(number)[0], name)
            for number in numbers
            if not cues.is_heading(self.paragraphs[number])
        )

    def _others_in(self, text: str, name: str) -> bool:
        parts = set(name.split())
        for found in name_candidates(text):
            full = self.people.full_name(found)
            if " " in full and not parts.intersection(full.split()) and not is_org(full):
                return True
        return False

    def _from_context(self, number: int, at: int) -> str | None:
        """The person the paragraphs before a bare quote are about."""
        for previous in range(number - 1, max(number - 4, -1), -1):
            para = self.paragraphs[previous]
            if cues.is_heading(para):
                continue
            masked = self._mask(previous)[0]
            base = max([e for _, e in _boundaries(masked)], default=0)
            subject = self._sentence_subject(masked[base:])
            if subject:
                return subject
            match = cues.SUBJECT_PRONOUN.search(masked, base, base + 60)
            if match:
                pos = self._offsets[previous] + match.start()
                return self.resolver.pronoun(match.group(1).lower(), pos)
            return self.resolver.first_named(
                self._offsets[previous], self._offsets[previous] + len(para)
            )
        return None
