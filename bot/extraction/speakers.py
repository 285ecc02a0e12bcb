"""Read an attribution phrase ("Sen. Ana Ruiz", "he", "the ministry") as a kind of speaker."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extraction.body_kinds import coast_guard
from bot.extraction.cause_groups import named_group
from bot.extraction.document_authors import author_of
from bot.extraction.document_kinds import NOUNS
from bot.extraction.document_phrases import document_of, owned_body, without_addressee
from bot.extraction.documents import DOCUMENT
from bot.extraction.lawsuits import LEGAL_PAPER, filed_paper
from bot.extraction.lexicon import (
    NOT_NAMES,
    ORG_NOUNS,
    ORG_WORDS,
    ROLE_NOUNS,
    TRADE_NOUNS,
    UPPER,
)
from bot.extraction.lexicons import (
    is_demonym,
    people_nouns,
)
from bot.extraction.names import People
from bot.extraction.orgs import place_state
from bot.extraction.phrase_names import (
    name_candidates,
    subject_name,
    trailing_name,
)
from bot.extraction.phrase_pronouns import phrase_pronoun
from bot.extraction.press_outlets import PRESS_NOUNS
from bot.extraction.runs import clean_run, is_acronym, is_org, split_run
from bot.extraction.seats import after_seat, seat_of
from bot.extraction.standings import STANDING
from bot.extraction.state_bodies import state_body
from bot.extraction.title_genders import KIN_COUNT
from bot.extraction.unnamed import (
    given_before,
    staff_body,
    theirs_unnamed,
    unnamed_people,
    without_work_title,
)
from bot.extraction.unnamed_phrases import (
    UNNAMED_OPENINGS,
    appositive_name,
    names_a_role,
    unnamed_after_opening,
)
from bot.extraction.written_things import BENCH, WRITTEN_THING

__all__ = ["People", "clean_run", "is_org", "name_candidates", "read_phrase", "split_run"]
__all__ += ["subject_name"]

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_AGE = re.compile(r"\b\d+-year-old\b")
_THE_NAME = re.compile(r"The [A-Z][\w’'\-]+")
# One-word institutions whose "The" is only the article ("The Kremlin said"), unlike a paper's.
_THE_INSTITUTIONS = frozenset(
    "kremlin pentagon treasury senate congress parliament cabinet".split()
)
_OWN_NAME = re.compile(r"[A-Z][\w\-]*[’']s")  # "Macy’s said": a shop's name, no owner
_THE_ONE_WORD = re.compile(r"[Tt]he ([A-Z][a-z]+)")  # "the Kenyan": someone from a place
_THE_INITIALS = re.compile(r"[Tt]he ([A-Z]{2,4})")  # "the MLA": a role written in capitals
_WORD = re.compile(r"[\w’'\-]+")
# "the Harwell skipper", "the Rovers youngster": a person described by a team or place and a noun.
_THE_NAMED_ROLE = re.compile(rf"[Tt]he (?:[{UPPER}][\w’'\-]*\s+){{1,3}}([a-z][a-z\-]+)")
_POSSESSED = re.compile(
    rf"((?:[{UPPER}][\w.\-]*\s+){{0,3}}[{UPPER}][\w.\-]*)(?:’s|'s|’|')\s+([a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*){0,2})"
)
# Who speak for the one owning them: "Kaye’s lawyers", "Halden Rail’s attorneys".
_COUNSEL = frozenset(("lawyers", "attorneys", "solicitors", "legal team", "counsel"))
# A family by its name: "the Ode family".
_A_FAMILY = re.compile(rf"(?:[Tt]he\s+)?[{UPPER}][\w’'\-]+\s+famil(?:y|ies)")
# A body by its kind with a relative aside: "The company, which has 140 stores across the land,".
_BODY_ASIDE = re.compile(
    r"([Tt]he\s+(?:[a-z\-]+\s+)?([a-z]+)),\s+(?:which|whose)\s+(?:[^,]|,\d)+,?"
)
# A person's own words in writing: "his statement", "their joint statement", "her post".
_THEIR_DOCUMENT = re.compile(rf"(his|her|their)\s+(?:[a-z\-]+\s+)?(?:{NOUNS}|video|caption|filing)")
# A subject with how it spoke set off by commas: "X, in a message read out by an aide,".
_IN_A_PAPER = re.compile(r"(.+?),\s+in\s+(?:a|an|his|her|its|their)\s+[^,]{1,120},")
# A document posted on someone's own page: "a post on the company’s status blog".
_POSTED_ON = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z\-]+\s+)?(?:post|statement|notice|update|message|note)\s+(?:on|in)"
    rf"\s+(?:(.+[’']s?|his|her|their)\s+|(?:the\s+)?((?:[{UPPER}][\w\-]*\s+){{1,3}}))"
    r"(?:[A-Za-z\-]+\s+){0,2}?(?:blog|website|site|page|account|feed|channel|app)"
)
_OWNERS = frozenset(("his", "her", "their"))
_POSSESSIVE_END = re.compile(r"[’'](?:s)?$")
# A work set beside its title: "Her new book, Rooms Without Doors,".
_TITLED_WORK = re.compile(r"(.*\b(?:book|novel|memoir|essay|column)),\s+[A-Z][^,]{1,60},?")
_COUPLES = frozenset(("the couple", "the pair", "the duo", "the two"))
_INDEFINITE = frozenset("someone somebody anyone anybody everyone everybody".split())

# A role opening a clause of its own before a participle: "The judge allowed it to proceed,".
_ROLE_ACTING = re.compile(r"([Tt]he(?: [a-z\-]+){1,3}?) (?:[a-z]+ly )?[a-z]{2,}ed [a-z]")
# Nouns for a business by its trade, read as one before any person noun ("the lender").
_TRADES = TRADE_NOUNS - {"giant"}
# A document noun ending a capitalised title names a paper or body: "The Washington Post".
_TITLED = re.compile(rf"(?:[Tt]he\s+)?(?:[{UPPER}][\w’'.&\-]*\s+){{1,3}}([A-Z][a-z]+)")


# People of a study who speak through the one leading them: "the researchers, led by X,".
_STUDY_GROUPS = frozenset("team authors co-authors researchers scientists investigators".split())


@lru_cache(maxsize=256)
def read_phrase(phrase: str) -> tuple[str, str]:
    """(kind, value) of a phrase: name, author, seat, pronoun, role, org, document, unnamed or none;
    the answers for the last few hundred phrases are kept ("he", "the company" recur)."""
    stripped = phrase.strip(' ;:—–-"“”')
    lower = stripped.lower()
    if not stripped:
        return "none", ""
    if lower.startswith(("and ", "but ")):
        return read_phrase(stripped[4:])  # "(…, ) and one fan (wrote)": one fan
    seat = seat_of(stripped)
    if seat:
        return "seat", seat  # "Downing Street said", "No 10 said": the government, as its seat
    described = after_seat(stripped)
    if described and unnamed_people(described):
        return "unnamed", ""  # "Downing Street officials said": people of the seat, unnamed
    untitled = without_work_title(stripped)  # "the “Night Shift” actress": the actress
    if untitled is not stripped:
        return read_phrase(untitled)
    aside = _BODY_ASIDE.fullmatch(stripped) if ", wh" in stripped else None
    if aside and aside.group(2) in ORG_NOUNS:
        return read_phrase(aside.group(1))  # "The company, which X founded,": the company
    given = given_before(stripped)
    if given:
        return "name", given  # "a team lead who signed herself only as Jo,": Jo
    if "," in stripped and LEGAL_PAPER.fullmatch(stripped.partition(",")[0]):
        return "none", ""  # "The lawsuit, filed by A, B and C,": its claimant, found later
    if filed_paper(stripped):
        return "none", ""  # "a lawsuit filed by X": X, its claimant, found later
    posted = _POSTED_ON.fullmatch(stripped) if " on " in stripped or " in " in stripped else None
    if posted:  # "a post on the company’s Facebook page": the company's; "on her account": hers
        owner = (posted.group(1) or posted.group(2)).strip()
        bare = _POSSESSIVE_END.sub("", owner)  # "the company’s" -> "the company"
        return ("pronoun", owner.lower()) if owner.lower() in _OWNERS else read_phrase(bare)
    titled = _TITLED_WORK.fullmatch(stripped) if ", " in stripped else None
    if titled:  # "Her new book, Rooms Without Doors,": the book's, so its author's
        return read_phrase(titled.group(1))
    within = _IN_A_PAPER.fullmatch(stripped) if ", in " in stripped else None
    if within:  # "Tarsa’s governor, in a message read out by an aide,": the governor
        return read_phrase(within.group(1))
    head, whom, _ = stripped.partition(" whom ")
    if whom:  # "The guide whom Ana Ruiz hired": the guide, someone unnamed unless named
        kind, value = read_phrase(head)
        return (kind, value) if kind not in ("none", "role") else ("unnamed", "")
    head, led, leader = stripped.partition(" led by ")
    if led and head.rstrip(",").rpartition(" ")[2].lower() in _STUDY_GROUPS:
        return read_phrase(leader.rstrip(","))  # "the authors, led by Salo,": Salo for them
    if led and head.endswith(","):  # "The rebels, led by Ana Vel,": the group speaks, not her
        kind, value = read_phrase(head.rstrip(","))
        return (kind, value) if kind != "none" else ("unnamed", "")
    sent = without_addressee(stripped)
    if sent:
        return read_phrase(sent)  # "the firm's letter to staff": the letter's
    if group := named_group(stripped):
        return "author", group  # "Moms for Liberty said", "which calls itself the Sons of X"
    if lower in _COUPLES:
        return "pronoun", "couple"  # "the couple said": the first of the two named together
    if lower in ("the former", "the latter"):
        return "pronoun", lower[4:]  # one of the two named together before
    if guard := coast_guard(stripped):
        return guard  # "the coast guard said": the body, never one guard
    if _A_FAMILY.fullmatch(stripped):
        return "unnamed", ""  # "the Ode family said": a family, no one of it
    if theirs_unnamed(lower):  # "her sister was like", "sources close to him": no one named
        return "unnamed", ""
    if lower.rstrip(",").rpartition(" ")[2] in _INDEFINITE:
        return "unnamed", ""  # "At the rally someone shouted": whoever it was, unnamed
    pronoun = phrase_pronoun(stripped)
    if pronoun:
        return "pronoun", pronoun
    document = _THEIR_DOCUMENT.fullmatch(lower)
    if document:
        return "pronoun", document.group(1)  # "his statement said": he said it
    owned = document_of(stripped) or owned_body(lower)  # "his company said": the company
    if owned:
        return owned
    author = author_of(stripped)
    if author and author.lower() in ORG_NOUNS:
        return "org", author.lower()  # "a statement from the council"
    author = author.rstrip(".,") if author else None
    if author and author.isalpha() and author.islower():
        return "unnamed", ""  # "a communique issued by the summit": no body the article names
    state = state_body(author) if author else None  # "a readout from the Castellan presidency"
    names = ([author] if " " not in author else name_candidates(author)) if author else []
    if author and author[:4] == "The " and names == [author[4:]]:
        names = [author]  # "a report from The Verge": "The" written mid-sentence is its own
    names = [state] if state else names
    if names:
        return "author", names[0]  # "a statement from the Harbour Office", "a Reuters report"
    if WRITTEN_THING.fullmatch(lower):
        return "unnamed", ""  # "the placard said", "a banner read": nobody named
    staff = staff_body(stripped)
    if staff:
        return "author", staff  # "researchers at Hallam University said": the university
    if lower == "which" or unnamed_people(stripped):
        return "unnamed", ""  # "the lease, which says", "officials said": nobody named
    if lower[:4] == "the " and lower[4:] in PRESS_NOUNS:
        return "org", lower[4:]  # "the newspaper added": the outlet behind a report cited
    document = DOCUMENT.fullmatch(stripped)
    titled = _TITLED.fullmatch(stripped) if document else None
    if document and not (titled and titled.group(1).lower() in ORG_WORDS):
        return "document", document.group(1).lower()  # "the study": whoever released it
    bench = BENCH.fullmatch(lower) if lower != "police" else None
    if lower == "police" or bench:  # "the majority wrote": the court's; "police said": the force's
        return "org", bench.group(1) or "court" if bench else lower
    state = state_body(stripped) if "s " in stripped or stripped[:4] in ("The ", "the ") else None
    if state and not is_demonym(state.partition(" ")[0]):  # "the Israeli army": the one named
        return "author", state  # "Varnesh’s foreign ministry said": the body as written
    possessed = _POSSESSED.fullmatch(stripped)
    if possessed:  # "Chris Evans' co-star": someone of theirs, unnamed; "Kaye’s lawyers": Kaye
        return ("author", possessed[1]) if possessed[2] in _COUNSEL else ("unnamed", "")
    if stripped.startswith(("the ", "The ")) and _POSSESSED.fullmatch(stripped, 4):
        return "role", stripped  # "the Harwell Echo's theatre critic": theirs, named or not
    opening = (lower.replace(",", " ", 1) + " ").removeprefix("as ")  # "Another, Ann Ode,"
    if opening.startswith(UNNAMED_OPENINGS):  # "As one character explains"
        name = appositive_name(stripped) or trailing_name(stripped)
        return ("name", name) if name else ("unnamed", "")
    if unnamed_after_opening(stripped):
        return "unnamed", ""  # "Before noon, a popular Rovers fan site posted": nobody named
    initials = _THE_INITIALS.fullmatch(stripped)
    if initials and initials.group(1).lower() in ROLE_NOUNS:
        return "role", stripped  # "the MP said", "the MLA said": the member named before
    one = _THE_ONE_WORD.match(stripped)
    if one and (is_demonym(one.group(1)) or one.group(1) in people_nouns()):
        body = lower.rpartition(" ")[2]  # "the German carmaker": the body; "the Kenyan": her
        return ("org", body) if body in ORG_NOUNS else ("role", stripped)
    if _THE_NAME.fullmatch(stripped) and not is_acronym(stripped[4:]):  # "The FDA": FDA
        body = stripped[4:]  # "The Kremlin": Kremlin, as mid-sentence; "The Athletic" as titled
        return "name", body if body.lower() in _THE_INSTITUTIONS else stripped
    if _OWN_NAME.fullmatch(stripped) and lower[:-2] not in NOT_NAMES:
        return "author", stripped  # kept as written, unless it is a person the article names
    named_role = _THE_NAMED_ROLE.fullmatch(stripped)
    if named_role and names_a_role([named_role.group(1)]):
        return "role", stripped  # "the Harwell skipper": whoever the article made skipper
    name = subject_name(stripped)
    if name:
        return "name", name
    if lower.startswith(("my ", "our ")):
        return "unnamed", ""  # "My coach always told me": someone of the narrator's, unnamed
    segments = _LEADING_ARTICLE.sub("", lower).split(",")
    words = _WORD.findall(segments[0])
    if len(segments) > 1 and not any(w in ROLE_NOUNS for w in words):
        words = _WORD.findall(_LEADING_ARTICLE.sub("", segments[-1].strip()))
    if place_state(stripped):
        return "name", stripped  # "Florida State’s claim": the university, no state official
    if STANDING.fullmatch(stripped):
        return "role", stripped  # "the world number three": whoever the article ranked so
    if len(words) == 1 and words[0] in _TRADES and lower.startswith("the "):
        return "org", words[0]  # "the lender said": a business, though WordNet has a person
    acting = _ROLE_ACTING.match(stripped)  # "The judge allowed it to proceed,": the judge
    if acting and names_a_role(acting.group(1).lower().split()[-1:]):
        return "role", acting.group(1)
    if _AGE.search(lower) or KIN_COUNT.search(lower) or names_a_role(words[:6]):
        return "role", stripped
    if lower.startswith("the "):
        for word in words[:3]:
            if word in ORG_NOUNS:
                return "org", word
    return "none", ""
