"""Work out who said each quoted span from the words around it."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from bot.extraction import answers, cues, thing_leads, writers_terms
from bot.extraction.anonymous_openings import ANONYMOUS_LEAD
from bot.extraction.asked_named import asked_before
from bot.extraction.bare_quotes import BareQuotes
from bot.extraction.captions import caption_owner
from bot.extraction.document_tails import document_begun
from bot.extraction.first_name_withheld import unnamed_opening
from bot.extraction.frames import replied_frame, said_around
from bot.extraction.joining import work_title
from bot.extraction.kin_names import kin_named_place
from bot.extraction.lead_clauses import fronted_end, judged
from bot.extraction.lexicon import SPEECH_VERB
from bot.extraction.lexicons import common_words
from bot.extraction.masking import WINDOW, after_fragment
from bot.extraction.narrator_kin import narrator_kin
from bot.extraction.own_papers import no_person, paper_subject, sentence_before
from bot.extraction.paper_writers import paper_writer
from bot.extraction.per_credits import per_credit
from bot.extraction.press_roles import unnamed_press_role
from bot.extraction.profile_fields import profiled
from bot.extraction.pronoun_leads import (
    ACTING_PRONOUN,
    about_them,
    in_my_words,
    own_words,
    pronoun_before_colon,
)
from bot.extraction.publishing import publishes
from bot.extraction.quoted_names import quoted_subject
from bot.extraction.shown import is_organisation, shown
from bot.extraction.spans import Span
from bot.extraction.speakers import People, is_org, name_candidates, read_phrase
from bot.extraction.study_leads import authors_tail
from bot.extraction.study_leads import lead_or_authors as _lead_phrase
from bot.extraction.tail_phrases import phrase_from_tail
from bot.extraction.unnamed_cues import no_writer, one_of_them
from bot.extraction.writer_questions import writers_question
from bot.extraction.written_it import thing_read
from bot.extraction.written_things import written_subject

_ANONYMOUS_WORDS = (" name", "identif", "anonymity", "authori")  # read for an unnamed source
# A pronoun and a verb or two whose clause the quote finishes in the first person.
_OWN_WORDS_LEAD = re.compile(r"(He|She)\s+[a-z]+(?:[’']t)?(?:\s+[a-z]+)?")


_TAG_OPENERS = ("a ", "an ", "the ", "his ", "her ", "its ", "their ", "he ", "she ", "they ")
_CLAUSE_WORDS = frozenset("and but after before when while since until as because if".split())


# Verbs of the speech lexicon that report a view, not words: "Petrov thinks the price “…,”".
_VIEW_VERBS = frozenset("believes believed thinks thought reckons reckoned".split())
_IT_VERB = re.compile(r"(?:^|[.!?]\s+)It\s+(?:also\s+)?[a-z]+s\s+(?:of\s+)?$")  # "It promises "


def _thing_lead(lead: str) -> bool:
    """Whether the lead's last sentence is only "It" and a verb in the present ("It also
    promises "): a thing, no one, speaks."""
    return lead.endswith(" ") and _IT_VERB.search(lead[-40:]) is not None


def _said_tag(lead: str, tail: str) -> bool:
    """The tail after a quote closed by a comma is an attribution of its own (", Lee said",
    ", said Lee", ", a spokeswoman said"; never a new clause: ", in that order, and Lee wrote",
    ", a day after his agent said") and the lead only gives someone's view, not their words
    ("Lee called it “…,” Reuters reported" stays Lee's)."""
    verbs = SPEECH_VERB.findall(after_fragment(lead[-120:]))  # not a fragment's before
    if verbs and verbs[-1].lower() not in _VIEW_VERBS:
        return False
    text = tail.lstrip(" ,")
    phrase = phrase_from_tail(text)
    if not phrase or not _CLAUSE_WORDS.isdisjoint(phrase.lower().split()):
        return False
    return not text.startswith(phrase) or text[0].isupper() or text.startswith(_TAG_OPENERS)


class Attributor(BareQuotes):
    """Resolves a speaker for every span of one article, in reading order."""

    def __init__(self, paragraphs: Sequence[str], spans: Sequence[Span], people: People) -> None:
        super().__init__(paragraphs, spans, people)
        self._resolved: dict[int, str | None] = {}

    def speaker(self, index: int) -> str | None:
        """The speaker of span `index`; call in reading order so earlier answers can help."""
        if index not in self._resolved:
            self._resolved[index] = None  # guards against cycles
            span = self.spans[index]
            if writers_question(self.paragraphs, span, self.people.text):  # "“…?” I ask."
                name = self.resolver.pronoun("i", self._offsets[span.para] + span.start)
            else:
                name = self._speaker(index) or self._framed(index) or self.answer(index)
            kept = name and kin_named_place(self.people.text, self.people.index, name)
            name = name if kept else shown(narrator_kin(self.people.text, name)) if name else None
            if name and is_organisation(name):  # "WHO", "Security Council": in full
                name = self.resolver.orgs.in_full(name, self._offsets[self.spans[index].para])
            if name and " " not in name and name.lower() in common_words():
                mid = self.people.genders.mid_sentence(name)  # "God", never "Country"
                name = name if mid or publishes(self.people.text, name) else None
            self._resolved[index] = name
            self.resolver.add_speaker(self._offsets[span.para] + span.start, name)
        return self._resolved[index]

    def _speaker(self, index: int) -> str | None:
        span = self.spans[index]
        at = self._offsets[span.para] + span.start
        lead, tail = self._context(index)
        end_para, end = span.closed_after or (span.end_para, span.end)
        para = self.paragraphs[end_para]
        credit = cues.CREDIT.match(para, end, end + WINDOW)
        if credit and not lead.strip():
            names = name_candidates(para[credit.end() : credit.end() + WINDOW].split(",")[0])
            if names:
                return self.resolver.name(names[0], at)
        signed = cues.signature(lead, para, span.end) if lead.rstrip().endswith(":") else None
        if signed:  # "Top review: “…” —sam_r88": the signature as written, a name in full
            named = name_candidates(signed) == [signed]
            return (self.resolver.name(signed, at) or signed) if named else signed
        stripped = lead.strip()
        replied = replied_frame(lead) if stripped else None
        if replied:  # "Kofi asked Ines …, to which she replied,": the one asked
            return self.resolver.name(replied, at)
        if cues.UNNAMED_SOURCE.match(tail) or cues.UNNAMED_TAIL.match(tail) or document_begun(tail):
            return self.read_document(index, lead, tail, at)  # "the order reads": its issuer
        thing = thing_read(tail, self.paragraphs[span.para], span.start)
        if thing is not None:  # "workers hung a banner. “…,” it read.": no one's words
            return self._resolve(thing, at)[1] if thing else None  # "Analysts at X sent a note"
        if "famil" in tail[:80] and cues.FAMILY_TAIL.match(tail):
            return None  # "read a statement from her family": the family's, no one person's
        if thing_leads.unnamed_thing_lead(lead) or writers_terms.writers_term(lead, tail):
            return None  # "a sign read:", "“…” was painted on a wall.", "It was dubbed “…”"
        if not stripped and writers_terms.posed_question(span, self.text.mask(span.para).text):
            return None  # "“Who will pay?” That is the question hanging over the budget."
        judge = judged(lead)
        if judge is not None:  # "X was accused by fishermen of “…”": the accusers' words
            return self._resolve(judge, at, lead, index)[1] if judge else self.following(index, 1)
        disputed = cues.DISPUTED.search(lead) if " that " in lead else None
        if disputed:  # "Roe rejected Hale's claim that the plan was “…”": Hale's, if named
            return self.resolver.name(disputed.group(1), at) if disputed.group(1) else None
        claim = cues.OWNED_CLAIM.search(lead) if " that " in lead else None
        if claim and not phrase_from_tail(tail):  # "No one can confirm Hale's claim that …"
            return self.resolver.name(claim.group(1), at)
        done, name = self.document_speaker(index, lead, tail, at)
        if done:  # "Its text “demands that …”", "The order directs …": whoever issued it
            return name
        tail_start = max(0, len(lead) - 200)
        post = cues.THEIR_POST_SAID.search(lead, tail_start) if " that " in lead else None
        if post:  # "his 2021 post that said the flood was “…”": his
            return self.resolver.pronoun(post.group(1).lower(), at - len(lead) + post.start())
        if owner := own_words(lead, stripped):  # "his “…”", "in her words,", "what he called"
            return self.resolver.pronoun(owner, at)
        pronoun_tail = not stripped and tail.lstrip(" ,").startswith(("he ", "she "))
        before = self.text.mask(span.para).text[: span.start] if pronoun_tail else ""
        prior = self.spans[index - 1] if index else None  # "“…?” Lee asked. “…,” she
        found = answers.answerer(tail, self.paragraphs, prior, self.resolver, at)
        found = found or (asked_before(tail, before, self.resolver, at) if before else None)
        if found:  # replied." or "X asked again. “…,” he said.": the one asked
            return found
        authors = authors_tail(tail)  # "“…,” the authors write.": whoever led them
        if authors and (found := self._resolve(authors, at, lead, index)[1]):
            return found
        lead_phrase = (cues.quotative_subject(lead) or _lead_phrase(lead)) if stripped else None
        if titled := quoted_subject(lead_phrase or "", self.spans[index - 1] if index else None):
            return titled  # "“The Morning Table” themselves responded, posting …:": the show
        per = None if lead_phrase else per_credit(lead, tail)  # "“…,” per Vasquez.", "Per the
        done, name = self._resolve(per, at, lead, index) if per else (per == "", None)
        if done:  # league, …": the one credited, unless the sentence has its own speaker
            return name
        closed = not span.inner and span.pieces[-1].rstrip().endswith(",")
        tagged = closed and _said_tag(lead, tail)
        by_tail = closed and not tagged and _thing_lead(lead) and _said_tag("", tail)
        credited = phrase_from_tail(tail.lstrip(" ,")) if by_tail else None
        if credited and (name := self._resolve(credited, at)[1]):
            return name  # "It promises “…,” according to the proposal": whoever wrote it
        candidates = [tail] if tagged else [span.inner, tail]  # "X thinks it “…,” Y said": Y
        if lead_phrase and stripped.endswith((":", ",")):
            candidates.insert(0, "")
        else:
            candidates.append("")
        for context in candidates:
            phrase = (
                (phrase_from_tail(context) if context.strip() else None) if context else lead_phrase
            )
            if phrase:
                done, name = self._resolve(phrase, at, lead, index, not context)
                if done:
                    return name
                if cues.LOWER_PHRASE.fullmatch(phrase.strip()):
                    return None  # "immunology department stewards wrote"
        said = said_around(lead, tail)
        if said:  # "Says the former writer, “…”", "“…” will last, says Kim."
            done, name = self._resolve(said, at, lead, index)
            if done:
                return name
        return self._implicit(index, lead, at)

    def _implicit(self, index: int, lead: str, at: int) -> str | None:
        """Speakers without an attribution in the quote's own sentence."""
        span = self.spans[index]
        stripped = lead.strip()
        if stripped:
            same = self._para_spans.get(span.para, [])
            earlier = same[bisect_left(same, index) - 1] if same and same[0] < index else None
            if (
                earlier is not None
                and self.spans[earlier].end >= span.start - len(lead)
                and not work_title(self.paragraphs[span.para], self.spans[earlier])  # “Title,”
                and not cues.NEW_SUBJECT.search(
                    lead, self.spans[earlier].end - span.start + len(lead)
                )
            ):
                return self.speaker(earlier)  # an earlier quote in the same sentence
            if stripped.endswith(":"):  # "… something from Yogi Berra:", else whoever is named
                named = cues.NAME_BEFORE_COLON.search(stripped) or cues.MESSAGE_FROM.search(
                    stripped
                )
                sender = named.group(1) if named else ""
                if sender.startswith("the "):  # "a message from the founder that said:"
                    role = sender  # the one brought in so anywhere before, else as a role goes
                    sender = self.resolver.named_as(role, at, back=at) or ""
                    sender = sender or self._resolve(role, at)[1] or ""
                full = self.resolver.name(sender, at) if sender else None
                named_first = self.resolver.first_named(at - len(lead) + fronted_end(lead), at)
                if full or named_first:
                    return full if full and " " in full and not is_org(full) else named_first
            begun = lead.rfind(". ") + 1  # the lead's own sentence, after any before it
            sentence = lead[begun:].strip()
            pronoun = pronoun_before_colon(sentence) if stripped.endswith((",", ":")) else None
            if pronoun:  # "He turned to us,", "The morning after, she’ll stretch:"
                return self.resolver.pronoun(pronoun, at - len(lead) + begun)
            possessive = cues.possessive_before(lead) or cues.their_words(stripped)
            if possessive:
                if possessive.group(1):
                    return self.resolver.pronoun(possessive.group(1).lower(), at)
                full = self.people.full_name(possessive.group(2), at)
                if " " in full:
                    return full
            owner = cues.owner_of_subject(lead) or caption_owner(lead)  # "of his shop is “…”"
            if owner:
                refer = self.resolver.pronoun if owner.islower() else None
                return refer(owner, at - len(lead)) if refer else self.resolver.name(owner, at)
            withheld = any(map(stripped.__contains__, _ANONYMOUS_WORDS))
            if withheld and (ANONYMOUS_LEAD.match(stripped) or unnamed_opening(stripped)):
                return None  # "One Hallen official, who asked not to be named, said … “…”"
            whole = begun or len(lead) < WINDOW  # a sentence cut by the window has no subject
            put_out = paper_subject(sentence) if whole else None  # "The Herald ran a story that"
            if put_out:
                if put_out == "it":  # "The BBC was criticised. It apologised for a report that"
                    para = self.paragraphs[span.para][: span.start - len(lead) + begun]
                    body = self.sentence_subject(sentence_before(para), False)
                    body = body if body and no_person(body, self.people.gender(body)) else None
                    return self._resolve(body, at)[1] if body else None  # "The BBC": BBC
                if put_out.islower():
                    return self.resolver.pronoun(put_out, at - len(lead) + begun)
                return self.sentence_subject(put_out) or self.resolver.name(put_out, at)
            if cues.RELATIVE_CLAUSE.search(lead, len(lead) - 160) or unnamed_press_role(lead):
                return None  # "X dropped a firm that kept adding “…”", "Y’s critic was harsher,"
            if stripped.endswith(":") and one_of_them(stripped):
                return None  # "One held a piece of cardboard on which he had written:"
            if in_my_words(lead):  # "Moyo is somebody that I'm just like, “…”": not Moyo's
                return None
            subject = self.sentence_subject(lead[fronted_end(lead) :])  # not "Unlike X, "
            if subject:
                return subject
            if stripped.endswith(":"):  # "The message was clear:" names no one to ask back for
                field = profiled(self.paragraphs, span.para, stripped)
                if field:  # "Quotable:" in a profile written as fields: the profiled person
                    return self.resolver.name(field, at) or field
                writer = paper_writer(self.people.text, at)
                if writer:
                    return self.resolver.name(writer, at) or writer  # "X wrote a note. It ends:"
                if no_writer(stripped) or written_subject(stripped):
                    return None  # "An internal note by a test manager was blunt:"
                return self._framed(index) or self._bare(index, at)
            own = _OWN_WORDS_LEAD.fullmatch(stripped)
            if own and cues.FIRST_PERSON.search(" ".join(span.pieces)):  # He doesn’t “… my …”
                return self.resolver.pronoun(own.group(1).lower(), at - len(lead))
            acting = ACTING_PRONOUN.fullmatch(stripped)
            who = acting.group(1) if acting else ""
            if who and not about_them(who, span.pieces):  # "She blames …", "The pope …"
                if " " not in who:
                    return self.resolver.pronoun(who.lower(), at - len(lead))
                if read_phrase(who)[0] == "role":
                    return self.resolver.speaker_before(at - len(lead), who.lower())
            prev = self.spans[index - 1] if index else None
            if prev and (prev.end_para == span.para or cues.is_opener(stripped)):
                return self._continued(index, near=True)
            if said := self.said_of_it(index, lead) or self.reported_before(index, lead):
                return said  # "AI, he said, is a tool." "It “…”", "X said that … . They were “…”"
            ending = cues.name_ending(self.paragraphs[span.para - 1]) if span.para else None
            return self.resolver.name(ending, at) if ending else self._listed(index)
        return self._bare(index, at)
