"""The subject a sentence opens with: a person named, described or framed, or a body."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction import cues
from bot.extraction.askers import asks_opening
from bot.extraction.body_subjects import in_full, paper_owner
from bot.extraction.coref import Resolver
from bot.extraction.document_owners import after_dateline
from bot.extraction.framing import framed_person
from bot.extraction.governing_bodies import governed_opening
from bot.extraction.lexicon import (
    NAME_GIVEN,
    NAME_RUN,
    ORG_NOUNS,
    ROLE_NOUNS,
    TITLES,
    UPPER,
    is_thing,
    lone_org,
)
from bot.extraction.lexicons import is_person_noun, is_place
from bot.extraction.names import People
from bot.extraction.orgs import is_body
from bot.extraction.owned import owned_subject
from bot.extraction.persons import first_name_gender
from bot.extraction.pronoun_leads import about_them, answers_asked, pronoun_subject
from bot.extraction.runs import runs
from bot.extraction.sentence_openers import is_opener
from bot.extraction.speakers import is_org, name_candidates, split_run
from bot.extraction.title_genders import described_person
from bot.extraction.unnamed import given_name_only, staff_subject

# A subject described before the name: "Country singer Jelly Bean, who …", "Pop star Dua Vega".
_DESCRIBED_SUBJECT = re.compile(
    rf"[{UPPER}][\w\-]*\s+(?:[a-z\-]+\s+)?([a-z\-]+)\s+"
    rf"([{UPPER}][\w’'.\-]*(?:\s+[{UPPER}][\w’'.\-]*){{1,3}})(?:,|\s+[a-z])"
)
# An outlet that interviewed someone: "The Harlow Gazette spoke to Tom Hale", "sat down with".
_INTERVIEWED = re.compile(
    r"\b(?:spoke|speaks|talked|talks|chatted|chats|sat down)\s+(?:to|with)\s+"
    rf"((?:[{UPPER}][\w’'.\-]*\s+){{1,3}}[{UPPER}][\w’'.\-]*)|\binterviewed\s+"
    rf"((?:[{UPPER}][\w’'.\-]*\s+){{1,3}}[{UPPER}][\w’'.\-]*)"
)
# A sentence opening with someone described, then named: "A local named Ren Dallow told".
_NAMED_SUBJECT = re.compile(
    rf"(?:A|An|One){NAME_GIVEN}([{UPPER}][\w’'\-]*(?:\s+[{UPPER}][\w’'\-]*)+)"
)
# Openings of a sentence that brings someone in, a cheap test before `_PRESENTED`.
_PRESENTING = tuple(
    "Meet |meet |Enter |There|there|It |it |Next |Last to |came |Finally |Up next ".split("|")
)
# A body that would only say something: "Pellworth would not say whether", "would say only".
# Someone of someone's set off by commas opening the sentence: "Her friend, Ieuan, was blunter".
_KIN_NAMED = re.compile(
    r"(?:His|Her|Their|[A-Z][\w\-]+['’]s)\s+(?:[\w\-’']+\s+)?([a-z\-]+)(?:,\s+|\s+(?=[A-Z]))"
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)(?:,\s+|\s+)(?:[a-z]+ly\s+)?[a-z]"
)
# An owner's role set before the name between commas: "Saskatchewan’s minister of First Nations
# relations, Gordon Halvorsen, said": the one named, never the owner.
_OWNED_ROLE_NAMED = re.compile(
    r"[^,’']{1,60}[’']s [a-z][^,]{0,80}, ([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,3}),"
)
_HELPER_SAY = re.compile(r"\s+would\s+(?:not\s+|only\s+)?(?:say|comment|confirm|disclose)\b")
_ADDRESSED = (", you ", ", you’", ", you'")  # a name spoken to, not a subject


# A person a sentence brings in or singles out: "Meet Kofi Mensah-Blake.", "Then there is the
# striker, Kofi Mensah-Blake, 22.", "Enter Ruth Abernathy", "It was Fairweather who spoke".
_PRESENTED = re.compile(
    r"(?:(?:And|Then|But)\s+)?(?:[Mm]eet|[Ee]nter|[Tt]here(?:’s|'s|\s+is|\s+was))\s+"
    r"(?:the\s+[a-z\-]+(?:\s+[a-z\-]+)?,\s+)?([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})(?=[,.]|$)"
    r"|It\s+(?:was|is)\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})\s+who\b"  # "It was X who"
    # A turn to speak: "Then it was the turn of X.", "Next came X,", "It fell to X to sum up."
    r"|(?:[Ii]t\s+(?:was|is)\s+(?:then\s+|now\s+)?the\s+turn\s+of|[Ii]t\s+(?:fell|was\s+left)\s+to"
    r"|(?:(?:Next|Finally)\s+)?came|(?:Next|Up\s+next)\s+(?:up\s+)?(?:was|is|comes)"
    r"|(?:Next|Last)\s+to\s+speak\s+(?:was|is))\s+"
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})(?=[,.]|\s+to\s|$)"
    r"|[Ii]t\s+(?:was|is)\s+(?:then\s+|now\s+)?"
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})[’']s\s+turn\b"
)


_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“‘\"])")
# The writer asking someone, whose answer follows: "I put this to Ishikawa.", "I ask her about
# it.", "When we asked Tom Ode whether …".
_WRITER_ASKS = re.compile(
    r"\b(?:I|We)\s+(?:ask(?:ed)?|put\s+(?:this|that|it|the\s+[a-z]+(?:\s+[a-z]+)?)\s+to)\s+"
    r"(him|her|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\b"
)


# A clause joined by ", and" or ", but" whose subject is named after lower-case words of a role
# or of time: "The benches roared, and government backbencher Marcus Hendry could be heard
# calling on …", "So far, so quiet, but then Kestrel Studios turns to …".
_AND_CLAUSE = re.compile(r", (?:and|but) (?:[a-z\-]+ ){0,3}(?=[A-Z])")


class SubjectReader:
    """Reads the subjects of one article's sentences as the names of people or bodies."""

    def __init__(self, people: People) -> None:
        self.people = people
        self.resolver = Resolver(people)

    def paper_owner(self, sentence: str, at: int) -> str | None:
        """Who owns the paper a sentence opens with ("Valdemora's statement was brief."): a
        person, a body by its kind, else a body in the fullest form written before `at`."""
        owner = paper_owner(sentence)
        if owner is None or owner[1]:
            return self.resolver.org(owner[0], at) if owner else None
        found = self.resolver.name(owner[0], at) or owner[0]
        if " " in found or self.people.gender(found):
            return found
        places = self.people.index.find(owner[0], whole=True)
        return in_full(self.people.text, owner[0], places, at) or found

    def sentence_subject(self, lead: str, people_only: bool = True) -> str | None:
        """The name opening a sentence (or its main clause after an opening phrase)."""
        text = lead[cues.SUBJECT_OPENERS.match(lead).end() :]  # type: ignore[union-attr]
        text = text[after_dateline(text, 0, 60) :] if text[1:2].isupper() else text  # "KYIV — "
        presented = _PRESENTED.match(text) if text.startswith(_PRESENTING) else None
        name = next(filter(None, presented.groups()), "") if presented else ""
        full = self.people.full_name(name) if name else ""
        person = full and (" " in full or self.people.gender(full))  # not "It was Ashgrove who"
        if person and not (is_org(full) or is_place(full) or is_thing(full)):
            return full  # "Meet Kofi Ode.", "Then there is X.", "It was Ode who …"
        governed = governed_opening(text, self.people.gender) if text[:4] == "The " else None
        if governed:
            return governed  # "The trustees of the Hallam Trust wrote": the trust
        staff = staff_subject(text) if " at " in text[:40] or " from " in text[:40] else None
        if staff:
            return staff  # "Forecasters at the Albion Weather Service said": the service
        paper = self.paper_owner(text, len(self.people.text)) if "s " in text[:60] else None
        if paper:
            return paper  # "Valdemora's statement was brief.": Real Valdemora
        owned = owned_subject(text)  # "Ann Lee's coach Tom Reyes said": Tom Reyes
        appositive = self.people.full_name(owned) if owned else self._named_before_appositive(text)
        if appositive:
            return appositive  # "Jo Hart, Ohio Democrat, and ...": Jo Hart
        named = _NAMED_SUBJECT.match(text)
        if named:
            return self.people.full_name(named.group(1))  # "A local named Ren Dallow told"
        kin = _KIN_NAMED.match(text)
        if kin and described_person("a " + kin.group(1)):
            return self.people.full_name(kin.group(2))  # "Her friend, Ieuan, was blunter:", "His
            # friend Joaquín shrugged:"
        framed = framed_person(text)
        if framed and not is_org(framed) and not is_place(framed):
            return self.people.full_name(framed)  # "For Ann Lee, a nurse, it came too late."
        joined = _AND_CLAUSE.search(text) if ", and " in text or ", but " in text else None
        for start in (0, text.find(", ") + 2, *((joined.end(),) if joined else ())):
            if start == 1:
                break
            match = cues.SUBJECT.match(text, start)
            if match is None or text.startswith(_ADDRESSED, match.end(1)):
                continue  # "Sorry, Ann Lee, you can't park here": Ann Lee is spoken to
            if start and text.startswith("the ", start):
                office = match.group(1)[4:].partition(" ")[0].lower()  # "…, the Commissioner
                if office in TITLES:  # for Works, Ann Ode, said": the clause as its own sentence
                    return self.sentence_subject("T" + text[start + 1 :], people_only)
            role = match.group(1).endswith(("’s", "'s")) and _OWNED_ROLE_NAMED.match(text, start)
            if role and not is_org(role.group(1)):
                return self.people.full_name(role.group(1))
            names = name_candidates(match.group(1))
            if not names:
                continue
            name = names[0]
            if match.group(1).startswith("the ") and not is_org(name):
                continue  # "On Friday, the Harbour Board urged", not "…, the Mexican won"
            if match.group(1).startswith("The ") and not people_only:
                return name if name.startswith("The ") or is_body(name) else "The " + name
            full = self.people.full_name(name)
            person = self._role_named_after(text, True) if people_only and not start else None
            if person and not self.people.gender(full):
                return person  # "Castlebridge manager Marcus Fairlie took over": not the club
            interviewed = _INTERVIEWED.search(text, match.end(1)) if people_only else None
            if interviewed and is_org(full):  # "The Gazette spoke to Tom Hale": Tom Hale
                return self.people.full_name(interviewed.group(1) or interviewed.group(2))
            if not people_only or " " in full or self.people.gender(full):
                return full
            if given_name_only(self.people.text, full):  # "Lupe, who gave only her first name"
                return full
            if self.resolver.orgs.is_named(full):  # "Newsguard has flagged 600 “…”"
                return full
            if " would " in text[:80] and _HELPER_SAY.match(text, match.end(1)) and lone_org(full):
                return full  # "Pellworth would not say whether “…”": the body it names
        return self._role_named_after(text)  # "Pop star Dua Vega posted"

    def _role_named_after(self, text: str, listed: bool = False) -> str | None:
        """The person a sentence opens by role and then names ("Pop star Dua Vega posted");
        `listed`: only a role the lists hold ("manager", not "for" in "Writing for X, Y")."""
        described = _DESCRIBED_SUBJECT.match(text)
        role = described.group(1) if described else ""
        known = cues.is_role(role) or is_person_noun(role)  # "Opposition critic X accused"
        asker = described is not None and asks_opening(text, described.start(2))  # "Asked by"
        if described and known and (not listed or role in ROLE_NOUNS) and not asker:
            return self.people.full_name(described.group(2))
        ends = text.rstrip()[-1:] in ".!?"  # a sentence before the quote, not its own
        if described and not listed and role in ORG_NOUNS and text[:4] == "The " and not ends:
            return described.group(2)  # "The charity Shelter Cymru has counted “…”": the charity
        return None

    def opening_pronoun(self, sentence: str, at: int, pieces: Sequence[str]) -> str | None:
        """Whom a sentence opening with "He" or "She" means, for a quote after it that does not
        speak of that one ("She laughs. “…”"), or whom the writer asks in it ("I put this to
        Ishikawa."), who answers; else None."""
        asked = _WRITER_ASKS.search(sentence) if "I " in sentence or "We " in sentence else None
        if asked:
            who = asked.group(1)
            return (
                self.resolver.pronoun(who, at)
                if who in ("him", "her")
                else self.people.full_name(who)
            )
        pronoun = pronoun_subject(sentence.strip())
        asked_first = pronoun is not None and answers_asked(sentence)
        if pronoun is None or (about_them(pronoun, pieces) and not asked_first):
            return None
        if any(re.search(rf"\b{pronoun}\b", piece, re.IGNORECASE) for piece in pieces):
            return None  # "She laughs. “She was the worst dishwasher …”": someone else's
        if asked_first:  # not whom the question named: "Asked about X, he smiled."
            at = max(0, at - len(sentence))
        return self.resolver.pronoun(pronoun, at)

    def asked_by_writer(self, before: str, at: int, pronoun: str) -> str | None:
        """Whom the writer asks in the last sentence of `before` ("I ask Ann Ode whether she
        will retire. “…,” she says."), when the pronoun after the quote fits them; else None."""
        if "I " not in before and "We " not in before:
            return None
        sentence = _LAST_SENTENCE.split(before.rstrip(' “"'))[-1]
        asked = _WRITER_ASKS.search(sentence)
        if asked is None:
            return None
        who, gender = asked.group(1), "m" if pronoun == "he" else "f"
        if who in ("him", "her"):
            found = self.resolver.pronoun(who, at)
        else:  # "Mr Okonjo", "Papa Emeka": a title or a word of a nickname before the name
            titled = " " in who and not first_name_gender(who)
            found = self.people.full_name(who.rpartition(" ")[2] if titled else who, at)
        return found if found and self.resolver.gender_ok(found, gender) else None

    def common_first_word(self, phrase: str) -> bool:
        """Whether a framed phrase is one name whose first word is a common one, written so
        mid-sentence in the article, where no sentence opener could be glued to it."""
        first = phrase.split(" ", 1)[0]
        return (
            " " in phrase
            and is_opener(first)
            and NAME_RUN.fullmatch(phrase) is not None
            and self.people.genders.mid_sentence(phrase)
        )

    def _named_before_appositive(self, text: str) -> str | None:
        """A person's full name opening `text` right before a comma ("Jo Hart, Ohio Democrat,")."""
        first, comma, _ = text.partition(", ")
        if not comma or not NAME_RUN.fullmatch(first):
            return None
        start, _, last = runs(first)[-1]
        if start and " " in last and first[:start].rstrip().endswith(("’s", "'s", "s’", "s'")):
            first = last  # "Labour's Rhian Evans, who chairs …": the party's, not her name
        name, titled = split_run(first)
        if name != first and not titled:
            return None  # "At Tahrir Square, ...": a word before the name, not a subject
        if " " not in name or is_org(name) or is_place(name) or is_thing(name):
            return None
        return self.people.full_name(name)
