"""Attribution frames the speech-verb rules do not read: "As X put it,", ", says X, is",
"per X", "X issued a statement that read", "For the philosopher X,", "asked X …, to which she
replied" and "the study from X and Y indicates"."""

from __future__ import annotations

import re

from bot.extraction.document_kinds import NOUNS
from bot.extraction.lexicon import UPPER
from bot.extraction.orgs import with_place
from bot.extraction.role_issuers import PEOPLE_OF

_NAME = (
    rf"[{UPPER}][\w’'.\-]*(?:\s+(?:(?:de|la|van|von|der|da|di|del)\s+)*[{UPPER}][\w’'.\-]*){{0,4}}"
)
# A body and a role before a person's name: "Dunmore fellow ", "Caldor University economists ".
_BODY_ROLE = (
    rf"(?:(?:[{UPPER}][\w&’'.\-]*\s+){{1,3}}(?:(?!(?:of|for|and|the|at|in|on)\s)[a-z\-]+\s+){{1,2}}"
    rf"(?=[{UPPER}]))?"
)
_VERBS = r"(?:notes?|noted|puts? it|explains?|explained|says|said|writes?|wrote|observes?|observed)"
# "As Dr. Rivera put it, " / "As the agency notes, " opening the sentence.
_AS_SUBJECT = re.compile(rf"(?:^|[.;]\s+)As\s+((?:the\s+)?[^,]{{1,80}}?)\s+{_VERBS},\s*[^,]*$")
# "As explained by the Federal Trade Commission (FTC), "
_AS_BY = re.compile(
    r"(?:^|[.;]\s+)As\s+(?:explained|noted|described|reported|stated|put|outlined|argued)\s+by\s+"
    r"([^,]{1,100}),\s*[^,]*$"
)
# "All you have to do, says Okafor, is "
_SAYS_BETWEEN = re.compile(rf",\s+(?:says|said|adds|added|notes|noted)\s+({_NAME}),\s*[^,]*$")
# "The Guild of Rural Nurses issued a statement that read "
_STATEMENT = re.compile(
    rf"(?:^|[.;]\s+)((?:The\s+)?{_NAME}(?:\s+of\s+{_NAME})?)\s+(?:issued|released|put out|posted"
    r"|published|shared|sent)\s+(?:a|an)\s+(?:[a-z\-]+\s+)?(?:statement|message|note|letter"
    r"|post)\s+(?:that|which)\s+(?:read|reads|said|says)[\s,:]*$"
)
# "In the words of Jane Roe, "
_WORDS_OF = re.compile(
    r"(?:^|[.;]\s+|,\s+)[Ii]n\s+the\s+(?:words|view|opinion|estimation)\s+of\s+(?:the\s+)?"
    rf"({_NAME}),\s*[^,]*$"
)
# "In the Harbour Board’s view, " / "The plan is, in Ana Ruiz’s words, ": the owner's
_IN_THEIR_VIEW = re.compile(
    rf"(?:^|[.;]\s+|,\s+)[Ii]n\s+(?:the\s+)?({_NAME})(?:’s|'s|’|')\s+(?:own\s+)?(?:view|words"
    r"|opinion|estimation|telling|account),\s*[^,]*$"
)
# Reported speech in a relative clause: "Mendonça, who had told a newspaper that his client
# felt ", "Ruiz, who said last week that the club was ": the one "who" means.
_WHO_TOLD = re.compile(
    rf"({_NAME}),\s+who\s+(?:had\s+|has\s+)?(?:[a-z]+ly\s+)?(?:told|said|insisted|claimed"
    r"|argued|warned|admitted|assured|informed|wrote)\b[^.;:!?“”\"]{0,120}?\bthat\s"
    r"[^.;:!?“”\"]{0,120}$"
)
# "Says the former editor, " / "Says Dana Holt: " opening the sentence.
_SAYS_FIRST = re.compile(r"(?:^|[.;]\s+)(?:Says|Said|Adds|Added)\s+([^,:.]{2,80})[,:]\s*$")
# "For the philosopher Anna Lind, a window represented "
_FOR_NAME = re.compile(rf"(?:^|[.;]\s+)For\s+(?:the\s+)?(?:[a-z\-]+\s+){{0,3}}({_NAME}),\s+[^,]*$")
# "Kofi later asked Ines when she had last cried, to which she replied, "
_ASKED_REPLY = re.compile(
    rf"\basked\s+({_NAME})\b[^.]*?\bto which\s+(?:he|she|they)\s+(?:replied|responded|answered"
    r"|said)[\s,:]*$"
)
# "The study from fellow Ravi Shah and assistant Amy Chu indicates ", "The report, released by the
# Valley Water Board on Monday, found ", "A separate report from Dunmore fellow Ravi Shah finds ",
# "The analysis, written by analysts Ravi Shah and Amy Chu, concludes ": the first author named
_STUDY_BY = re.compile(
    r"(?:^|[.;]\s+)(?:The|A|Their|This)\s+(?:[a-z\-]+\s+){0,2}(?:study|report|paper|research"
    r"|survey|analysis|review),?\s+(?:(?:released|published|issued|commissioned|conducted"
    r"|produced|written|authored|prepared|carried\s+out)\s+)?(?:from|by|of)\s+"
    rf"(?:[a-z\-]+\s+){{0,2}}{_BODY_ROLE}({_NAME})\b[^.]*?\s+(?:indicates"
    r"|indicated|finds|found|shows|showed|concludes|concluded|suggests|suggested|says|said"
    r"|states|stated|notes|noted)\s+(?:that\s+)?[^,]*$"
)
# "A recent Gallup poll found that " / "The Harlow Council report shows "
_AUTHORED = re.compile(
    rf"(?:^|[.;]\s+)(?:An?|The)\s+(?:\S+\s+){{0,3}}?({_NAME})\s+(?:[a-z\-]+\s+)?(?:study|report"
    r"|paper|survey|poll|analysis|review)\s+(?:indicates|indicated|finds|found|shows|showed"
    r"|concludes|concluded)\s+(?:that\s+)?[^,]*$"
)
# "The study found that ": whoever the article says carried it out
# "The draft resolution proposed a scheme for “…”": whoever adopted it
_DOCUMENT_FOUND = re.compile(
    r"(?:^|[.;]\s+)((?:The|This|That|Its|Their|An?\s+(?=earlier|early|previous|first|original"
    r"|initial))\s*(?:[a-z\-]+\s+){0,2}(?:study|report|paper|survey|poll|analysis|review"
    r"|resolution|ruling|decision|proposal|draft|site|website|page))\s+"
    r"(?:indicates|indicated|finds|found|shows|showed|concludes|concluded|proposes|proposed"
    r"|demands|demanded|requires|required|recommends|recommended)\s+(?:that\s+)?[^,]*$"
)
# A document opening the quote's sentence, whatever it does: "The resolution demands …, “…”".
_DOCUMENT_SUBJECT = re.compile(
    r"^\s*((?:The|This|That|Its|Their)\s+(?:[a-z\-]+\s+){0,2}(?:resolution|ruling|decision"
    r"|proposal|study|report|survey|statement|announcement|notice|draft|site|website))\s+"
    r"(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+s|[a-z]+ed|read)\b"
)
# "Wells, whose second rule is “…”" / "Ned Harrow (who …) offered early assessments that"
_WHOSE = re.compile(
    rf"({_NAME}),\s+whose\s+(?:[a-z\-]+\s+){{0,3}}(?:is|was|are|were|reads|read)[\s:,]*$"
)
_REMARKS_THAT = re.compile(
    rf"({_NAME})(?:\s*\([^()]*\))?\s+(?:offered|offers|gave|gives|made|makes|voiced|voices"
    r"|expressed|expresses)\s+(?:[a-z\-]+\s+){0,2}(?:assessments?|comments?|remarks?|warnings?"
    r"|predictions?|assurances?|views?)\s+that\s+[^.;“]*$"
)
_FINDINGS = "found finds shows showed indicate conclude propose demand require recommend"
_DOCUMENT_VERBS = tuple(" " + verb for verb in _FINDINGS.split())
# ", per Lindgren." / ", per a report by Jane Ortiz"
_PER = re.compile(
    rf"\s*,?\s*per\s+(?:(?:a|an|the)\s+[a-z]+\s+(?:by|from)\s+(?:[a-z\-]+\s+){{0,2}})?({_NAME})"
)
# The rest of the sentence, then who said it: "… are likely safe for now, says Kim." / "…, as
# Caswell recently wrote."
_SAYS_AT_END = re.compile(
    r",\s+(?:says|said|adds|added|notes|noted|writes|wrote|explains|explained|argues|argued"
    rf"|warns|warned|insists|insisted|predicts|predicted|admits|admitted)\s+({_NAME})"
    r"(?:,\s+(?:a|an|the|who)\s[^“”\"]{0,160})?\.?\s*$"
    rf"|,?\s+as\s+({_NAME})\s+(?:[a-z]+ly\s+)?(?:wrote|writes|said|says|noted|notes|put it"
    r"|puts it)\.?\s*$"
)
_SAYS_OPENING = ("Says ", "Said ", "Adds ", "Added ")  # words `_SAYS_FIRST` needs
_SAYS_CLOSING = re.compile(
    r" (?:says|said|adds|added|notes|noted|writes|wrote|explain\w*|argue[sd]|warn\w*|insist\w*"
    r"|predict\w*|admit\w*|as) "
)
# "The next night was described by worker Dana Reyes: " / "defined by the agency as the
# point at which ": the one the passive names as its agent.
_PASSIVE_BY = re.compile(
    r"\b(?:described|defined|characteri[sz]ed|explained|summed\s+up|recounted|recalled)\s+by\s+"
    r"((?:the\s+)?[^,:;.“”\"]{1,80}?)(?:\s*[:,]|\s+as\s+[^.;:]*)\s*$"
)
# "A noteworthy exception is Dana Whitlock’s reporting in the Harbour Times: ", "The last line
# of the Port Board’s notice reads: ": the owner's, for any paper it puts out
_OWNED_WORDS = re.compile(
    rf"({_NAME})(?:’s|'s|’|')\s+(?:[a-z\-]+\s+){{0,2}}(?:reporting|words|account|reply|answer"
    r"|response|explanation|summary|advice|message|verdict|testimony|claim|lawsuit|suit|complaint"
    rf"|filing|petition|motion|appeal|letter|memo|statement|brief|ruling|resolution|{NOUNS})\b"
    r"[^.;:“”\"]{0,80}:\s*$"
)
_BY_AGENT = re.compile(rf"\s*,?\s*by\s+({_NAME})")
# A paper with who put it out: "A statement released by X read:", "The statement, issued by X
# on Monday, said:", "A lawsuit filed by X alleges"; after the quote, "read a statement from X".
_ROLE_WORD = r"(?!(?:at|in|on|for|of|with|to|by|and|or|across|outside|many|some)\s)[a-z\-]+\s+"
_PAPERS = rf"(?:[a-z\-]+\s+){{0,2}}(?:{NOUNS}|filing|complaint|lawsuit|suit|petition)"
_PUT_OUT = (
    r",?\s+(?:(?:released|issued|published|posted|sent|filed|signed|written|put\s+out)\s+)?"
    r"(?:by|from|(?:on|to)\s+(?:the\s+)?(?:[a-z\-]+\s+)?(?:website|site|page|account|feed|blog)"
    r"\s+of)"  # "A statement posted on the website of X said"
)
_PAPER_BY = re.compile(
    rf"(?:^|[.;]\s+)(?:A|An|The|Its|Their)\s+{_PAPERS}{_PUT_OUT}\s+(?:the\s+)?"
    rf"({_NAME}(?:\s+of\s+(?:the\s+)?{_NAME})?)"
    r"[^,.;:“”\"]{0,40},?\s+(?:read|reads|said|says|stated|states|alleges|alleged|claims|claimed"
    r"|argues|argued)[\s:,]*(?:that\s+)?[^,.;:“”\"]*$"
)
# After the quote, a paper the article named before: "“…,” the statement read."
_PAPER_READ = re.compile(
    r"\s*,?\s*((?:the|its|their)\s+(?:[a-z\-]+\s+){0,2}(?:statement|letter|notice|post|message"
    r"|announcement|memo|release))\s+(?:read|reads)\b"
)
_READ_FROM = re.compile(  # or "read the notice the X Board sent to owners": the sender's
    rf"\s*,?\s*(?:read|reads|said|says)\s+(?:a|an|the)\s+{_PAPERS}(?:{_PUT_OUT}\s+(?:the\s+)?"
    rf"{PEOPLE_OF}(?:{_ROLE_WORD}){{0,4}}?({_NAME})|\s+(?:that\s+)?(?:the\s+)?{PEOPLE_OF}"
    rf"(?:{_ROLE_WORD}){{0,4}}?({_NAME})\s+(?:had\s+)?(?:sent"
    r"|wrote|issued|posted|signed|emailed|circulated)\b)"
)
# After the quote, a paper with who put it out as the subject: "“…,” the statement from X read."
_PAPER_FROM_READ = re.compile(
    rf"\s*,?\s*(?:the|a|an)\s+{_PAPERS}{_PUT_OUT}\s+(?:the\s+)?{PEOPLE_OF}(?:{_ROLE_WORD}){{0,4}}?"
    rf"({_NAME})"
    r"[^,.;:“”\"]{0,40}?,?\s+(?:read|reads|said|says|stated|states)\b"
)
# A role before the name: "the mayor, Lia Crane", "council leader Lia Crane".
_ROLE_BEFORE_NAME = rf"(?:{_ROLE_WORD}){{0,2}}(?:[a-z\-]+,\s+|{_ROLE_WORD}(?=[{UPPER}]))?"
# "“…,” came the reply from X.", "came the swift response from X", "was the reaction of X".
_CAME_HEAD_WORDS = (
    r"\s*,?\s*(?:came\s+(?:a|an|the)\s+(?:[a-z\-]+\s+)?(?:reply|response|answer|retort|rejoinder"
    r"|verdict|message|word)\s+from|(?:was|is)\s+the\s+(?:[a-z\-]+\s+)?(?:reply|response|answer"
    r"|retort|verdict|reaction|message|view|assessment)\s+(?:of|from))"
)
_CAME_HEAD = re.compile(_CAME_HEAD_WORDS)
_CAME_FROM = re.compile(
    _CAME_HEAD_WORDS
    + rf"\s+(?:the\s+)?(?:(?:[a-z\-]+|{_NAME})[’']s?\s+)?{_ROLE_BEFORE_NAME}((?>{_NAME}))(?<![’']s)"
)
_SOMEONE_OF = re.compile(rf"\s+(?:the\s+)?{_NAME}[’']s?\s+[a-z]")  # "of Lia Crane’s (lawyer)"
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
# Each frame with words one of which its text must hold, checked before the pattern is tried.
_STUDIES = ("study", "report", "paper", "research", "survey", "analysis", "review")
_STUDY_GAPS = (" from", " by", " of", ",")
_LEAD_FRAMES = (
    (_AS_BY, ("As ",)),
    (_AS_SUBJECT, ("As ",)),
    (_PASSIVE_BY, ("ed by ", "up by ")),
    (_SAYS_BETWEEN, (", says", ", said", ", adds", ", added", ", notes", ", noted")),
    (_STATEMENT, ("that read", "which read", "that said", "which said", "that says")),
    (_FOR_NAME, ("For ",)),
    (_WORDS_OF, ("words of", "view of", "opinion of", "estimation of")),
    (_IN_THEIR_VIEW, ("’s ", "'s ", "’ ", "' ")),
    (_WHO_TOLD, (", who ",)),
    (_SAYS_FIRST, ("Says ", "Said ", "Adds ", "Added ")),
    (_STUDY_BY, (*(f"{noun}{gap}" for noun in _STUDIES for gap in _STUDY_GAPS), "ed by", "out by")),
    (_AUTHORED, (" found", " finds", " shows", " showed", " indicate", " conclude")),
    (_DOCUMENT_FOUND, _DOCUMENT_VERBS),
    (_PAPER_BY, (" by ", " from ", "site of ", "page of ", "account of ", "feed of ", "blog of ")),
    (_WHOSE, (" whose ",)),
    (_OWNED_WORDS, ("’s ", "'s ", "’ ", "' ")),
    (_REMARKS_THAT, (" that ",)),
    (_DOCUMENT_SUBJECT, ("The ", "This ", "That ", "Its ", "Their ")),
)


# A word each of the study frame's words holds: none of them written, none of those either.
_STUDY_STEMS = (*_STUDIES, "ed by", "out by")


def study_author(lead: str) -> str | None:
    """The first author a study's own sentence names: "The analysis, written by X and Y, finds"."""
    if not any(map(lead.__contains__, _STUDY_STEMS)):
        return None
    match = _STUDY_BY.search(lead[-400:])
    return _PARENTHESIS.sub("", match.group(1)).strip() if match else None


def lead_frame(lead: str) -> str | None:
    """The speaker phrase of a frame ending the text before a quote, or None."""
    if len(lead) > 400:
        lead = lead[-400:]
    for frame, words in _LEAD_FRAMES:
        if frame is _STUDY_BY and not any(map(lead.__contains__, _STUDY_STEMS)):
            continue  # seven words tested instead of thirty
        match = frame.search(lead) if any(map(lead.__contains__, words)) else None
        if match:
            return _PARENTHESIS.sub("", match.group(1)).strip()
    return None


def replied_frame(lead: str) -> str | None:
    """The one asked in "X asked Y …, to which she replied," before a quote, or None."""
    match = _ASKED_REPLY.search(lead[-400:]) if "to which" in lead else None
    return match.group(1) if match else None


def came_from(tail: str) -> str | None:
    """The name after a quote in "…,” came the reply from X.", "was the verdict of the club’s
    coach, X" or "read a statement from X"; "" for "of X’s lawyer", else None."""
    tail = tail.lstrip(',”"’ ')
    head = _CAME_HEAD.match(tail)
    if head is None:
        credit = _PER.match(tail) or _READ_FROM.match(tail) or _PAPER_FROM_READ.match(tail)
        which = (credit.lastindex or 1) if credit else 1  # "read the notice X sent": the 2nd
        name = credit.group(which).rstrip(".") if credit else None
        return with_place(name, tail, credit.end(which)) if credit and name else name  # "Tolva"
    found = _CAME_FROM.match(tail)
    if found:
        return found.group(1).rstrip(".")
    return "" if _SOMEONE_OF.match(tail, head.end()) else None


def tail_frame(tail: str) -> str | None:
    """The name in ", per X" or "by X" right after a quote, or in ", says X." ending its
    sentence."""
    match = _PER.match(tail) if "per " in tail else None
    if match is None and ("rea" in tail[:12] or "sa" in tail[:12]):
        match = _READ_FROM.match(tail)  # "“…,” read a statement from the Harbour Board."
    if match is None and "by " in tail[:8]:
        match = _BY_AGENT.match(tail)  # "described as “…” by Tom Hale."
    if match is None and any(word in tail[:60] for word in ("from ", "by ", " of ")):
        match = _PAPER_FROM_READ.match(tail) or _CAME_FROM.match(tail)
    if match is None and (", " in tail or " as " in tail):
        match = _SAYS_AT_END.search(tail[-200:])
    name = match and next(group for group in match.groups() if group)
    return name.rstrip(".") if name else None


def said_around(lead: str, tail: str) -> str | None:
    """The speaker phrase of "Says X, “…”" opening the quote's sentence, or of "“…” …, says X."
    ending it, or None."""
    lead = lead[-200:]
    match = _SAYS_FIRST.search(lead) if any(map(lead.__contains__, _SAYS_OPENING)) else None
    if match is None and _SAYS_CLOSING.search(tail):
        match = _SAYS_AT_END.search(tail[-200:])
    name = match and next(group for group in match.groups() if group)
    return name.rstrip(".") if name else None


def paper_read(tail: str) -> str | None:
    """The paper in "“…,” the statement read." after a quote, or None."""
    match = _PAPER_READ.match(tail) if " rea" in tail[:40] else None
    return match.group(1) if match else None
