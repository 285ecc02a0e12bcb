"""Who a phrase naming a document says wrote it: "a statement from X", "a 9to5Mac report"."""

from __future__ import annotations

import re

from bot.extraction.document_kinds import NOUNS
from bot.extraction.lexicon import NOT_NAMES, ORG_NOUNS, UPPER

# "a statement from the Harbour Office", "the ruling by the Court of Appeal", "the description on
# the Ninja website", "guidance from the Harbour Office", "a brochure he received from X".
_FROM = re.compile(
    rf"(?:(?:a|an|the|its|their|this|that)\s+)?(?:[a-z\d\-]+\s+){{0,2}}(?:{NOUNS})\s+"
    r"(?:(?:(?:issued|released|published|put out|compiled|produced)"
    r"(?:\s+(?:on|in|last|this|earlier|late|early)\s+[\w ]{1,24}?)?"  # "released on Monday by"
    r"|(?:he|she|they|I|we)\s+(?:had\s+)?(?:received|got|was\s+sent|were\s+sent))\s+)?"
    r"(?:from|by|on)\s+(?:(?-i:the)\s+)?(\S.*)",  # "The Verge" keeps its capital "The"
    re.IGNORECASE,
)
# What is "on" a site speaks for its owner; a report "on" anything else is about it.
_ON_PAGE = re.compile(r"\b(?:site|website|page|account|feed|channel|blog|app|profile)\b")
# What a paper is about, after its author: "by the X government regarding the law's impact".
_TOPIC = re.compile(r"\s+(?:regarding|concerning|about|on|into|over)\s+(?=[a-z])")
# A document with who sent it in a clause after it: "a letter the Harbour Board sent to owners".
_SENT_BY = re.compile(
    rf"(?:(?:a|an|the)\s+)?(?:[a-z\-]+\s+){{0,2}}(?:{NOUNS})\s+(?:that\s+)?(?:the\s+)?"
    rf"((?-i:[{UPPER}][\w.&’'\-]*(?:\s+[{UPPER}][\w.&’'\-]*)*))\s+"
    r"(?:sent|issued|published|released|circulated|posted|wrote|put out)\b.*",
    re.IGNORECASE,
)
# Papers in the plural with who filed them: "court papers filed by X", "records released by X";
# papers "obtained by" or "seen by" an outlet are not the outlet's words.
_FILED_BY = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:[a-z\-]+\s+){0,2}(?:papers|documents|records|filings|figures"
    r"|minutes|transcripts)\s+(?:filed|released|published|issued|submitted|prepared|put out)\s+"
    r"(?:on\s+\S+\s+)?by\s+(?:the\s+)?(\S.*)",
    re.IGNORECASE,
)
# Numbers a body put out: "figures from the Harbour Board", "new data released by the agency".
_DATA_FROM = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:[a-z\-]+\s+){0,2}(?:figures|data|estimates|statistics)\s+"
    r"(?:(?:released|published|compiled|gathered)\s+)?(?:from|by)\s+(?:the\s+)?(\S.*)",
    re.IGNORECASE,
)
# A document with its writer named in a participle after it, other participles between: "An
# internal memo obtained by the Ledger, dated Thursday and written by campaign manager X,".
_WRITTEN_BY = re.compile(
    rf"(?:an?|the)\s+(?:[a-z\-]+\s+){{0,3}}(?:{NOUNS})\b[^“”\"]*?\b(?:written|authored"
    r"|penned)\s+by\s+(?-i:(?:(?:the\s+)?[a-z][\w’'\-]*\s+){0,3}([A-Z][^,]*?)),?",
    re.IGNORECASE,
)
# A piece in a publication: "an article in Science", "a new study in The Lancet".
_IN_TITLE = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z\-]+\s+){0,2}(?:article|report|study|paper|editorial|column"
    rf"|piece|story|review|essay)\s+in\s+((?:[Tt]he\s+)?[{UPPER}][\w.&’'\-]*(?:\s+[{UPPER}]"
    r"[\w.&’'\-]*)*)"
)
# A document named by its author before it: "a 9to5Mac report", "a Pew Research Center survey".
_AUTHOR_BEFORE = re.compile(
    rf"(?:[Aa]n?|[Tt]he)\s+(?:\S+\s+){{0,3}}?([{UPPER}\d][\w.&’'\-]*(?:\s+[{UPPER}][\w.&’'\-]*)*)"
    rf"\s+(?:[a-z\-]+\s+)?(?:{NOUNS})"
    r"(?:\s+(?:quoted|cited|seen|obtained|reviewed)\s+(?:in|by)\s+[^,;:]{1,60})?"  # "… quoted in X"
)
# A document named by the kind of body that put it out: "a company statement", "a university
# press release", "a company blog post"; the body is the one of that kind the article names.
_BODY_BEFORE = re.compile(rf"(?:[Aa]n?|[Tt]he)\s+([a-z]+)\s+(?:(?:press|blog|news)\s+)?(?:{NOUNS})")
# A firm's analysts writing for it: "analysts at Carrow Securities", "economists at Nordbank".
_ANALYSTS_AT = re.compile(
    r"(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists)\s+at\s+(?:the\s+)?"
    rf"([{UPPER}][\w.&’'\-]*(?:\s+[{UPPER}][\w.&’'\-]*)*)"
)


def author_of(phrase: str) -> str | None:
    """The author a phrase naming a document gives: what follows "from"/"by" ("a statement from
    the Harbour Office", "a brochure he received from X"), up to any topic, or "on" a site, or
    "in" ("an article in Science"), or a name before the noun ("a 9to5Mac report"), or the firm
    whose analysts wrote ("analysts at Carrow Securities"); else None."""
    found = _FROM.fullmatch(phrase)
    if found:
        before = phrase[: found.start(1)].split()
        if (before[-2] if before[-1].lower() == "the" else before[-1]).lower() == "on":
            found = found if _ON_PAGE.search(found.group(1)) else None  # "a report on Ford"
        topic = _TOPIC.search(found.group(1)) if found else None  # "by X regarding the law"
        if found and topic:
            return found.group(1)[: topic.start()]
    match = (
        found
        or _IN_TITLE.fullmatch(phrase)
        or _FILED_BY.fullmatch(phrase)
        or _DATA_FROM.fullmatch(phrase)
        or _ANALYSTS_AT.fullmatch(phrase)
        or _WRITTEN_BY.fullmatch(phrase)
        or _SENT_BY.fullmatch(phrase)
    )
    if match:
        return match.group(1)
    body = _BODY_BEFORE.fullmatch(phrase)
    if body and body.group(1) in ORG_NOUNS:
        return body.group(1)
    match = _AUTHOR_BEFORE.fullmatch(phrase)
    name = match.group(1) if match else ""
    named = name.lower() not in NOT_NAMES and any(c.isupper() for c in name)  # no "11th-hour"
    return name if named else None
