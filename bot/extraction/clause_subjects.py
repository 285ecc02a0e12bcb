"""The subject of a speech verb in the clause before it: a name, a role, or what "which" means."""

from __future__ import annotations

import re

from bot.extraction.document_owners import after_dateline
from bot.extraction.infinitive_leads import infinitive_cut
from bot.extraction.lexicon import NAME_RUN, NOT_NAMES, ORG_NOUNS, PARTICLES, ROLE_NOUNS, is_thing
from bot.extraction.lexicons import is_person_noun, is_place
from bot.extraction.own_papers import PAPER_WORDS, PUT_OUT_VERBS
from bot.extraction.persons import portfolio_name
from bot.extraction.speakers import name_candidates
from bot.extraction.stops import abbreviation_at

MAX_SUBJECT_WORDS = 14  # words a speaker phrase holds at most
# An en dash between two words joins them ("the Canada–U.K. pact"); spaced, it breaks a clause.
_CLAUSE = re.compile(
    r"[;:(—]|\s–|–\s|,(?!\s*who\b)"
    r"|\s(?:that|when|while|because|after|before|until|if|as|but|so|to which)\s"
)
# A clause a subject set off by an appositive opens: "Talks resumed after X, the premier, said".
_OPENING_CLAUSE = re.compile(r"\s(?:that|when|while|because|after|before|until|if|as|once)\s")
# Capitalised words ending a text: a name right before a verb ("Kofi telling him").
NAME_BEFORE = re.compile(r"([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*)\s*$")
# A role set before "who" with no name beside it: "the singer, who", "the new DJ who".
_ROLE_WHO = re.compile(r"\b((?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w\-]*\s+){0,2}([\w\-]+)),?\s+who\s*$")
_NAMED_BESIDE = re.compile(r"[A-Z][\w’'.\-]*,\s*$")
# A helping verb after an appositive: "the finance chief, Ana Ruiz, would only (say)".
_HELPER_AFTER_COMMA = re.compile(
    r",\s+(?:would|could|will|can|did|does|might|may|must|should)"
    r"(?:\s+(?:not|only|just|also|still|later|then|never|simply))?\s*$"
)
# A word set off by commas after the subject, maybe before a helping verb: "The company,
# however, would (say only)", "The council, for its part, (said)".
_ASIDE = re.compile(
    r",\s+(?:however|though|meanwhile|too|also|instead|in turn|in response"
    r"|for (?:its|his|her|their) part),(?=(?:\s+[a-z]+){0,2}\s*$)",
    re.IGNORECASE,
)
# A role opening the sentence with the name set beside it: "A spokeswoman for X, Ann Ode,".
_APPOSED_OPENING = re.compile(
    r"((?:The|A|An|Its|His|Her|Their)\s[^,]{1,80},\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){1,3},)\s"
)
_OPENERS = frozenset("The A An Its His Her Their".split())
_SOMEONE = ("A ", "An ", "One ")  # "A Western diplomat in Tehraz, who …,": someone unnamed
# A word linking a sentence to the one before, ahead of "the": "But the report (said)".
_OPENING_LINK = re.compile(r"^(?:But|And|Yet|Still|However|Instead|Meanwhile),?\s+(?=the\s)")
_ADVERBS_ONLY = re.compile(r"(?:\s*(?:also|then|later|again|still|now|[a-z]+ly))+\s*")
# Hearsay about the subject before the commas, with no subject of its own: "Its chief, Dana
# Whitlow, is said to have told staff", "X, the owner, was understood to have written".
_HEDGED = re.compile(
    r"\s*(?:is|was|are|were)\s+(?:also\s+|[a-z]+ly\s+)?"
    r"(?:said|understood|believed|reported|thought|alleged|known|rumou?red|heard)\s+to"
    r"(?:\s+have)?\s*"
)

# An aside set off by a pair of dashes right before the verb: "X — a former fisherman — said".
_DASH_ASIDE = re.compile(r"\s+[—–]\s+[^—–“”\"]{1,80}?\s+[—–]\s*$")
# A plural subject whose dashed aside names its members: "The bill's sponsors — Sens. Ann Lee,
# Ohio Democrat, and Tom Ode — said": the first one named speaks for them all.
_MEMBERS_NAMED = re.compile(
    r"^(?:[A-Z][\w’']*\s+)?(?:[a-z][\w’'\-]*\s+){0,3}[a-z]+s\s+[—–]\s+"
    r"(?:(?:Sens?|Reps?|Drs?|Profs?)\.\s+)?([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})(?:,|\s+and\s)"
)

# A predicate joined by "and" to the speech verb after an appositive: "The captain, Haruto Sato,
# turned to his crew and (said)"; its first word a verb, no subject of its own.
_JOINED = re.compile(
    r"\s*(?!(?:and|but|or|the|an?|his|her|their|its|who|which|he|she|they|it|we|I|then)\b)"
    r"[a-z]+(?:\s+[\w’'\-]+){0,6}\s+and\s*"
)

_PREDICATE = re.compile(r"\s*(?!(?:the|an?|his|her|their|its|our|my)\b)[a-z]")  # a verb's words

# A paper its subject put out, corrected or took back, before "that (said)": "The Herald
# corrected an article that said …" is the Herald's word, as with "which said".
_OWN_PAPER = re.compile(
    rf"\s(?:{PUT_OUT_VERBS}|issued|released|posted|amended)\s+(?:an?|the|its|their|his|her)\s+"
    rf"(?:[a-z]+\s+)?(?:{'|'.join(PAPER_WORDS)}|post|statement)$"
)


_PARTICLES_ONLY = re.compile(rf"(?:\s+(?:{PARTICLES}))+\s+")  # " den ", " de la "


def clause_subject(before: str) -> str | None:
    """The subject phrase in the text between the previous clause break and a verb."""
    if not before.strip():
        return None
    if "—" in before or "–" in before:
        members = _MEMBERS_NAMED.match(before.strip()) if _DASH_ASIDE.search(before) else None
        if members:
            return members.group(1)
        before = _DASH_ASIDE.sub(" ", before)
    before = before[after_dateline(before, 0, 60) :] if before[1:2].isupper() else before
    set_off = _ASIDE.search(before) if ", " in before else None
    if set_off:  # "The company, however, would": the company
        before = before[: set_off.start()] + before[set_off.end() :]
    helper = _HELPER_AFTER_COMMA.search(before) if before.endswith(" ") else None
    if helper and "," in before[: helper.start()]:  # "X, the mayor, would only (say)"
        before = before[: helper.start() + 1]  # the appositive's name, not "would"
    cut = infinitive_cut(before)
    if cut:  # "X, a baker, had only one thing to (say)": X, not "had only one thing to"
        before = before[:cut]
    if before.rstrip().endswith(","):  # an appositive: "Jane Doe, the CEO, said"
        head = before.rstrip()
        start = _sentence_start(head)
        joined = max(head.rfind(", and ", start + 1), head.rfind(", but ", start + 1))
        if joined >= 0 and "," in head[joined + 6 : -1]:
            done = head[head.rfind(",", 0, joined) + 1 : joined]  # what the clause before did
            if _PREDICATE.match(done):  # "X, the chef, cooked, and the owner, Y, (said)": Y
                start = joined + 5  # not a list: "Ann Lee, the mayor, and Tom Ode, …, said"
        segments = head[start + 1 : -1].split(",")
        if len(segments) > 1 and segments[-1].split()[:1] == ["who"]:  # "X, who runs it, said"
            found = [
                m for m in NAME_RUN.finditer(segments[-2]) if m.group().lower() not in NOT_NAMES
            ]
            if found and segments[-2][: found[-1].start()].endswith((" from ", " in ")):
                found.pop()  # "The nurse from Brixford, who …,": not the town she is from
                found = [] if segments[-2].lstrip().startswith(_SOMEONE) else found
            if found and found[-1].group().endswith(("’s", "'s")):
                return segments[-2].strip()  # "X's former partner, who …,": the partner
            if found:
                last, start = found[-1].group(), found[-1].start()
                gap = (found[-2].end(), start) if len(found) > 1 else (0, 0)
                if gap[1] and _PARTICLES_ONLY.fullmatch(segments[-2], *gap):
                    start = found[-2].start()  # "Elke Van den Bosch": one name across "den"
                    last = segments[-2][start : found[-1].end()]
                elif gap[1] and segments[-2][gap[0] : gap[1]] == " and ":
                    last, start = found[-2].group(), found[-2].start()  # "A and Rep. B, who": A
                return portfolio_name(segments[-2], start, last) or last
        first, comma, rest = head[start + 1 :].partition(",")
        opened = list(_OPENING_CLAUSE.finditer(first))  # "Talks resumed after X, the premier,"
        first = first[opened[-1].end() :] if opened else first
        return (first + comma + rest).strip() or None
    cuts = list(_CLAUSE.finditer(before))
    clause = before[cuts[-1].end() :] if cuts else before
    if ". " in clause:  # "X met Ann Lee. Tom Ode told the Herald:": the last sentence's
        clause = clause[_sentence_start(clause) + 1 :]
    words = clause.split()
    if words == ["which"] and cuts:  # "the lease, which says", "Northwind Games, which said"
        return _antecedent(before[: cuts[-1].start()])
    that = cuts[-1] if cuts and cuts[-1].group() == " that " else None
    paper = _OWN_PAPER.search(before, max(0, that.start() - 60), that.start()) if that else None
    if paper and not words:
        return clause_subject(before[: paper.start()])  # the subject who put the paper out
    if not words and that and before[: that.start()].endswith(","):
        mover = _antecedent(before[: that.start() - 1])  # "a motion, tabled by X, that calls"
        return None if mover == "which" else mover
    if words and words[-1].lower() == "who":  # "Taraji P. Henson, who says"
        role = _ROLE_WHO.search(before)
        if role and _NAMED_BESIDE.search(before, 0, role.start()):
            role = None  # "Ylva Lund, a former minister, who said": the name before it
        noun = role.group(2).lower() if role else ""
        if noun in ROLE_NOUNS or (noun and is_person_noun(noun)):
            return role.group(1) if role else None  # "the singer, who said": whom it was before
        runs = NAME_RUN.findall(clause) or NAME_RUN.findall(
            before[: cuts[-1].start()] if cuts else ""
        )
        if runs and runs[-1].lower() in ROLE_NOUNS:  # "the DJ, who said": a role, no name
            role = re.search(rf"\b(?:[Tt]he|an?) {re.escape(runs[-1])}\b", clause)
            return role.group() if role else None
        return runs[-1] if runs else None
    listing = len(cuts) > 1 and bool(words) and words[0].lower() == "and"  # "A, B, and C"
    if listing or (len(cuts) > 1 and cuts[-1].group() == "," and _names_joined(clause)):
        listed = before[cuts[-2].end() : cuts[-1].start()].strip()
        if NAME_RUN.fullmatch(listed) or listed.startswith(("a ", "an ")):  # "A, a senator, and"
            names = [name for name in name_candidates(before) if not is_place(name)]
            return names[0] if names else None  # not "Paris, France, Ann Lee and Bob Ray"
    if not words and cuts and cuts[-1].group().strip() == "but":  # "X did not reply but wrote"
        head = before[: cuts[-1].start()].strip().lstrip("([")
        shared = NAME_RUN.match(head)
        apposed = _APPOSED_OPENING.match(head) if shared and shared.group() in _OPENERS else None
        if apposed:
            return apposed.group(1)  # "A spokeswoman for X, Ann Ode, declined to comment but"
        return shared.group() if shared else None
    if cuts and cuts[-1].group() == "," and _HEDGED.fullmatch(clause):
        aside = before[: cuts[-1].start()].rpartition(",")[2].split()[:1]
        if aside != ["which"]:  # "X, the owner, is said to have told", not "X, which …,"
            return clause_subject(before[: cuts[-1].end()])
    if len(cuts) > 1 and cuts[-2].group() == "," and _ADVERBS_ONLY.fullmatch(clause):
        if NAME_RUN.fullmatch(before[cuts[-2].end() : cuts[-1].start()].strip()):
            return clause_subject(before[: cuts[-1].end()])  # "His deputy, Ann Ode, later told"
        return clause_subject(before[: cuts[-2].start()])  # "X, in a bid to …, also promised"
    if len(cuts) > 1 and cuts[-2].group() == cuts[-1].group() == "," and _JOINED.fullmatch(clause):
        return clause_subject(before[: cuts[-1].end()])  # "X, the captain, turned and (said)"
    if len(words) > MAX_SUBJECT_WORDS or not words:
        return None
    return _OPENING_LINK.sub("", clause.strip())  # "But the company": the company


def _names_joined(clause: str) -> bool:
    """Whether a clause is only names joined by "and", the end of a list ("A, B and C wrote")."""
    if " and " not in clause:
        return False
    return all(NAME_RUN.fullmatch(part.strip()) for part in clause.split(" and "))


def _sentence_start(head: str) -> int:
    """Where the last sentence or clause of `head` starts (the mark before it): a full stop
    that ends an initial or a title ("E. Jean Lee, the chair,") does not end a sentence."""
    start = max(head.rfind("; ", 0, len(head) - 1), head.rfind(": ", 0, len(head) - 1))
    stop = head.rfind(". ", 0, len(head) - 1)
    while stop > start and abbreviation_at(head, stop, stop + 2):
        stop = head.rfind(". ", 0, stop)
    return max(start, stop)


def _antecedent(before: str) -> str:
    """What "which" stands for, when it may speak: a name or a body ending the text before
    it; else "which", read as nobody named ("the lease, which says")."""
    run = NAME_BEFORE.search(before)  # "the 1998 study, by Tomas Varga, which said"
    names = name_candidates(run.group(1)) if run else []
    if names and before.endswith(names[-1]) and not is_thing(names[-1]):
        return names[-1]
    last = before.rpartition(" ")[2].lower()
    return "the " + last if last in ORG_NOUNS else "which"
