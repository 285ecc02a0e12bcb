"""Read the sentence around a quote and turn its attribution phrase or frame into a speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction import cues
from bot.extraction.body_nouns import staff_of_kind
from bot.extraction.body_subjects import kind_subject
from bot.extraction.cause_groups import is_cause_group
from bot.extraction.clauses import hearsay, with_role
from bot.extraction.described_bodies import described_body
from bot.extraction.document_deeds import deed_doer, deed_subject
from bot.extraction.document_writers import owner_or_writer
from bot.extraction.filings import FilingReader
from bot.extraction.frames import lead_frame, paper_read, tail_frame
from bot.extraction.generic_orgs import described_org, trade_named
from bot.extraction.governing_bodies import governed_body
from bot.extraction.kin_surnames import kin_of_surname
from bot.extraction.lawsuits import legal_paper
from bot.extraction.lexicon import SPEECH_VERB, TRADE_NOUNS, UPPER, lone_org
from bot.extraction.lexicons import common_words
from bot.extraction.masking import WINDOW
from bot.extraction.named_tails import names_the_speaker
from bot.extraction.names_given_after import named_after
from bot.extraction.own_openings import owned_opening_back
from bot.extraction.pairs import pair_just_before
from bot.extraction.papers import named_paper
from bot.extraction.phrases import PARTICIPLE
from bot.extraction.press_outlets import outlet_before
from bot.extraction.pronoun_leads import pronoun_subject
from bot.extraction.replies_from import reply_from
from bot.extraction.reporters import reporter
from bot.extraction.spans import Span
from bot.extraction.speakers import People, is_org, read_phrase
from bot.extraction.spoken_for import PRONOUN_GENDERS as GENDERS
from bot.extraction.surname_subjects import surname_opener_before
from bot.extraction.title_genders import gender_of_title, role_gender
from bot.extraction.unnamed import given_name_only, group_body, staff_said_before
from bot.extraction.unnamed_cues import family_before
from bot.extraction.withheld_after import withheld_in

# A clause of a pronoun and lower-case words only, the subject of the verb after it.
_PRONOUN_CLAUSE = re.compile(r"(I|He|She)\s+[a-z][a-z’'\- ]*")
# A sentence whose subject is an organisation's role and no name: "The then-Gazette editor
# rejected this, " (an organisation's someone, not the person the article is about).
_ROLE_SUBJECT = re.compile(
    r"(?:(?:But|And|Yet|Still|Then|Later),?\s+)?The\s+((?:[\w\-]+\s+){0,2}?)([a-z]+)\s+[a-z]"
)
# Words of someone who asked to stay unnamed ("who did not want to be named", "on condition of
# anonymity", "not authorised to speak"): only a paragraph holding one is read for such a person.
_UNNAMED_WORDS = ("name", "identified", "anonymity", "authorised", "authorized")
_THE = ("the ", "The ")
# "The court heard he sent a message saying": the clause after it is what the sentence reports.
_HEARD = re.compile(  # or what was reported: "AP reported that the president …, arguing"
    r"\b[Tt]he\s+(?:court|jury|inquest|tribunal|hearing|trial|committee)\s+(?:heard|was\s+told"
    r"|were\s+told)(?:\s+that)?\s+|\breport(?:ed|s)\s+that\s+"
)
_HEARD_WORDS = (" heard ", " told ", "s that ", "d that ")
_HELPER_AFTER = re.compile(  # "Pellworth would (say only)", "Contoso has (said)"
    r"\s+(?:would|could|did|does|will|can|has|have|had)(?:\s+(?:not|only|never|also|previously"
    r"|already|earlier|repeatedly|since|long))?$"
)
_AGENT = re.compile(r"[a-z]{3,}(?:er|or)")  # a noun for one who does: "the builder"

# A coined one-word name, never a common word that opens a sentence: a capital after its first
# letter or after a digit ("A MacTrail report", "a 9to5Mac report", "a YouGov poll").
_COINED = re.compile(rf"(?=\S*[a-z])[{UPPER}\d][a-z\d]*[{UPPER}][\w&\-]*")


class PhraseResolver(FilingReader):
    """Turns the phrases and frames around one article's quotes into speaker names."""

    def __init__(self, paragraphs: Sequence[str], spans: Sequence[Span], people: People) -> None:
        super().__init__(paragraphs, spans, people)
        self._contexts: dict[int, tuple[str, str]] = {}

    def _context(self, index: int) -> tuple[str, str]:
        """(the quote's sentence up to the quote, the rest of the sentence after it), masked,
        each read at most `WINDOW` characters away from the quote (read once per quote)."""
        found = self._contexts.get(index)
        if found is None:
            found = self._contexts[index] = self._read_context(index)
        return found

    def _read_context(self, index: int) -> tuple[str, str]:
        span = self.spans[index]
        masked = self.text.mask(span.para)
        start = max(masked.sentence_start(span.start), span.start - WINDOW)
        lead = masked.text[start : span.start]
        end_para, close = span.closed_after or (span.end_para, span.end)
        masked = self.text.mask(end_para)
        first = masked.first_end_after(close)
        limit = close + WINDOW
        if first is not None and first[0] < close:  # the sentence ended inside the quote
            nxt = min(masked.next_start_after(close), limit)
            tail = masked.text[close:nxt]
            return lead, tail if names_the_speaker(tail, masked.text[first[0]] in "?!") else ""
        end = first[0] if first is not None else len(masked.text)
        return lead, masked.text[close : min(end, limit)]

    def _resolve(
        self,
        phrase: str,
        at: int,
        fallback_lead: str = "",
        index: int | None = None,
        leads: bool = False,
    ) -> tuple[bool, str | None]:
        """(whether the phrase settles it, the speaker it names); with `leads`, the phrase
        opens the quote's sentence, and a role's person is looked for before where it stands."""
        given = phrase = governed_body(phrase, self.people.gender) or phrase  # "Orvane’s board"
        if phrase == PARTICIPLE:  # "She gave him a key, “…,” telling him": the subject's
            phrase += fallback_lead
        if phrase.startswith(PARTICIPLE) and (absolute := with_role(phrase)):
            before = self.resolver.named_as(absolute, at)  # "…, with the judge telling him"
            return True, before or self.resolver.named_as(absolute, at, later=True)
        if phrase.startswith(PARTICIPLE) and cues.RELATIVE_CLAUSE.search(phrase[-160:]):
            return True, None  # "X dropped a firm that kept adding": the firm's, unnamed
        if phrase.startswith(PARTICIPLE):  # "X vowed to fight, saying:"
            told = any(map(phrase.__contains__, _HEARD_WORDS))
            heard = list(_HEARD.finditer(phrase)) if told else []
            if heard:  # the last "The court heard": what follows it is the clause that counts
                phrase = PARTICIPLE + phrase[heard[-1].end() :]
            subject = self.sentence_subject(phrase[1:])
            if subject:
                return True, subject
            if kind := kind_subject(phrase[1:]):  # "The company denied it, saying": which one
                return True, self.resolver.org(kind, at)
            role = _ROLE_SUBJECT.match(phrase, 1)
            if role and cues.is_role(role.group(2)) and role.group(1).lower() != role.group(1):
                return True, self.resolver.named_as(role.group(2), at)  # "The Gazette editor"
            phrase = phrase[1:]
            phrase = pronoun_subject(phrase.lstrip()) or phrase  # "He linked", "Asked …, he"
        paper = named_paper(phrase, self.people.text, at)  # or "the editorial board wrote"
        if paper:
            return True, paper  # "the campus paper, The Beacon, … the paper wrote": The Beacon
        kind, value = read_phrase(phrase)
        if kind == "seat":
            return True, value  # "No 10 said": the government, whatever else shares the words
        if kind == "author" and is_cause_group(value):
            return True, value  # "Moms for Liberty said": the group, not "Liberty"
        if kind in ("name", "author"):  # an author named with their document is kept as given
            gender = gender_of_title(phrase, value) if kind == "name" and " " not in value else None
            titled = gender and self.people.full_name_of_gender(value, at, gender)
            titled = titled or (gender and kin_of_surname(self.people, value, at, gender))
            titled = titled or surname_opener_before(self.people, value, at, kind)
            if titled:
                return True, titled  # "Mrs Lloyd" after "Sarah and Gareth Lloyd": Sarah
            name = self.resolver.name(value, at)
            if kind == "author" and value.endswith(("’s", "'s")):  # "Macy’s said", or "Holt’s"
                person = self.resolver.name(value[:-2], at)  # a person's "has said"
                named = person and " " in person and self.people.gender(person)
                return True, person if named else value
            if kind == "author" and " " not in value and name and not self.people.gender(name):
                return True, value if not is_org(name) else name  # "Ninja", not "Ninja CREAMi"
            bare = phrase.strip()
            if bare != value and bare.startswith(value):  # "Pellworth would (say only)"
                bare = _HELPER_AFTER.sub("", bare)
            lone = bare == value and lone_org(value)  # "Greenpeace called"
            alone = lone or (
                kind == "name" and not name and given_name_only(self.people.text, value)
            )
            return True, name or (value if kind == "author" or alone else None)
        if kind == "pronoun":
            opens = value == "they" and not fallback_lead.strip()
            staff = staff_said_before(self.people.text, at) if opens else None
            if staff:
                return True, staff  # "Forecasters at the X said … “…,” they said.": the X
            if value == "they" and family_before(self.people.text, at):
                return True, None  # "X’s family described him … In a statement, they said:"
            if value in ("it", "they") and fallback_lead:
                subject = self.sentence_subject(fallback_lead, people_only=False)
                body = None if subject else deed_subject(fallback_lead)  # "The company cut …"
                if subject or (body and body.islower()):  # "…, when it said": which company
                    return True, subject or self.resolver.org(body or "", at)
            if index is not None and value in ("he", "she"):
                if self.unnamed_subject(index, value) or self.unnamed_object(index, value):
                    return True, None  # "A spokesperson for X said ... “…,” she said."
                if withheld_in(self.paragraphs[self.spans[index].para], value):
                    return True, None  # "“…,” he said. He would not give his name."
                salient = self.salient(index, value)
                replier = None if salient else reply_from(self.people.text, at)
                named = self.resolver.name(replier, at) if replier else None  # "a reply from X."
                if salient or (named and self.resolver.gender_ok(named, GENDERS[value])):
                    return True, salient or named
            body = self.body_before(index) if value == "it" and index is not None else None
            back = owned_opening_back(fallback_lead, value)  # "Through his lawyer, X, he said"
            found = body or self.resolver.pronoun(value, at - back)  # "X said … “…,” it added."
            if found is None and value == "they":  # "signed by A and B … “…,” they wrote."
                found = pair_just_before(self.people, at)
            if found is None and index is not None and value in ("he", "she"):
                found = self._named_next(index, at, GENDERS[value])  # a lede's "he says"
            if found and value in GENDERS:  # "Dag Eriksen … he tells me": a "she" is not him
                self.people.genders.learn(found, GENDERS[value])
            return True, found
        span = self.spans[index] if index is not None else None
        if span and (named := named_after(kind, value, self.people.text, self._offsets, span)):
            return True, named  # "“…,” says the woman at the till. Her name is Gwen Hale."
        if kind == "role":
            if index is not None and value.islower() and self._kept_unnamed(index):
                return True, None  # "One neighbour, who did not want to be named, … the neighbour"
            if " " not in value and value[:1].isupper():  # "King said": a surname, if known
                full = self.people.full_name(value, at)  # else a title written as one mid-
                if full.endswith(" " + value) or self.people.genders.mid_sentence(value):
                    return True, full if full.endswith(" " + value) else value  # sentence: "Star"
            since = self.reporting_start(fallback_lead, given, at) if leads else None
            found = described_body(self.people, value, at)  # a body
            found = found or self.resolver.speaker_before(at if since is None else since, value)
            if found is None and index is not None and since is None:
                found = self._named_next(index, at, role_gender(value))
            return True, found
        if kind == "org":  # "One retailer, who asked not to be named, … the retailer said": no one
            unnamed = value in TRADE_NOUNS and index is not None and self._kept_unnamed(index)
            found = None if unnamed else self.resolver.org(value, at, phrase)  # "his party"
            return True, found or outlet_before(self.people.text, at, value)
        if body := staff_of_kind(kind, self.resolver.org, phrase, at):
            return True, body  # "officials at the ministry": the ministry named before
        if kind == "unnamed":  # "the forecasters said" after "Forecasters at the X": the X
            kin = self.resolver.kin_named(phrase, at)  # "her husband, Tomasz, … her husband adds"
            if kin:
                return True, kin
            found = group_body(self.people.text, phrase, at) if phrase[:4] in _THE else None
            return True, self.people.full_name(found, at) if found and " " not in found else found
        if kind == "document":
            described = described_org(fallback_lead) if phrase.startswith("its ") else None
            if described:  # "X, a legal group that works “…,” its website says": X's
                return True, described  # as written: "Children’s Fund" keeps its "’s"
            owner, doer = owner_or_writer(self.people.text, at, value)  # "X wrote to staff."
            doer = doer or (None if owner else deed_doer(self.people.text, at, phrase))
            if doer in ("she", "he"):  # "In a blog post, she published …": whom she means
                return True, self.resolver.pronoun(doer, at)
            if doer:  # "X recalled the pumps": X as written; "The company issued a recall"
                if doer.islower():
                    return True, self.resolver.org(doer, at)  # which company
                return True, self.resolver.name(doer, at) or doer
            if owner and owner.islower():  # "The company wrote in a blog post": which company
                name = self.resolver.org(owner, at)
            else:
                name = self.resolver.name(owner, at) if owner else None
            name = name or (owner if owner and _COINED.fullmatch(owner) else None)
            if not name and phrase.startswith("its ") and fallback_lead:
                subject = self.sentence_subject(fallback_lead, people_only=False)
                body = None if subject else deed_subject(fallback_lead)  # "The firm …, its"
                name = subject if subject and is_org(subject) else None  # "X …, but its site"
                name = name or (self.resolver.org(body, at) if body and body.islower() else None)
            opens = phrase.startswith("Its ") or (phrase.startswith("its ") and not fallback_lead)
            if not name and opens and index is not None:  # "X did not respond. Its website …"
                name = self.body_before(index)  # or "X did not respond. “…,” its site says."
            return bool(name), name
        if legal_paper(phrase):  # "the filing reads", "the motion states", "the lawsuit says"
            return True, self.paper_party(phrase, at)
        if kind == "none" and (trade := trade_named(self.people.text, phrase, at)):
            return True, trade  # "Glanmor Creameries … the creamery said"
        agent = phrase[4:] if kind == "none" and phrase[:4] in _THE else ""
        if _AGENT.fullmatch(agent) and agent not in common_words():  # not "the former"
            named = self.resolver.named_as(phrase, at, any_noun=True)  # "builder Tom Ode"
            return bool(named), named
        clause = _PRONOUN_CLAUSE.fullmatch(phrase.strip())
        if clause:  # "I have learned to pick up the phone and (tell)": I
            return self._resolve(clause.group(1), at, fallback_lead, index)
        return False, None

    def _kept_unnamed(self, index: int) -> bool:
        """Whether the quote's paragraph opens with someone who asked to stay unnamed."""
        text = self.paragraphs[self.spans[index].para]
        return any(word in text for word in _UNNAMED_WORDS) and self.unnamed_subject(index)

    def reporting_start(self, lead: str, phrase: str, at: int) -> int | None:
        """Where a phrase opening the quote's sentence stands when someone is named after its
        speech verb ("The owner said Sam, who …, has “…”"): a role is someone named before
        it, never one named in the clause it reports. None otherwise."""
        where = lead.rfind(phrase)
        verb = SPEECH_VERB.search(lead, where + len(phrase)) if where >= 0 else None
        if verb is None or not self.people.before(at, 1, at - len(lead) + verb.end()):
            return None
        return at - len(lead) + where

    def _framed(self, index: int) -> str | None:
        """A speaker from a frame the verb rules do not read, tried when they found none:
        "As Dr. Rivera put it,", "X issued a statement that read", "“…,” per Lindgren."."""
        lead, tail = self._context(index)
        span = self.spans[index]
        at = self._offsets[span.para] + span.start
        framed = lead_frame(lead) if lead.strip() else None
        if framed and self.common_first_word(framed):
            return framed  # "defined by Common Ground as": not "Ground"
        done, name = self._resolve(framed, at, lead, index) if framed else (False, None)
        if done and name:
            return name
        if "eportedly" in lead or (" said to " in lead and hearsay(lead)):
            owner = reporter(self.people.text, at)  # an outlet no list knows keeps its name
            return (self.resolver.name(owner, at) or owner) if owner else None
        paper = paper_read(tail)
        if paper:  # "“…,” the statement read.": whoever issued the statement
            return self._resolve(paper, at, lead, index)[1]
        per = tail_frame(tail)
        return self.resolver.name(per, at) if per else None
