"""Surface cues around a quote: credit lines, possessives, unnamed sources, headings."""

from __future__ import annotations

import re

from bot.extraction.document_kinds import NOUNS
from bot.extraction.document_tails import DEFINITE_READ
from bot.extraction.lexicon import ORG_NOUNS, PARTICLES, ROLE_NOUNS, SPEECH_VERB, UPPER
from bot.extraction.written_things import WRITTEN_THING

CREDIT = re.compile(r"\s*[—–-]{1,2}\s*(?=[A-Z])")
POSSESSIVE_BEFORE = re.compile(r"(?:\b([Hh]is|[Hh]er)|([A-Z][\w\-]+)[’']s?)\s*$")
SUBJECT_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he)\b")
# Words opening a sentence before its subject, one or two: "But then Kestrel Studios turns".
SUBJECT_OPENERS = re.compile(
    r"^(?:(?:But|And|So|Yet|Still|Then|Now|Meanwhile|Later|then|now),?\s+){0,2}"
)
UNNAMED_SOURCE = re.compile(
    r"[\s,]*(?:the|a|an|one|his|her|its|their)\s+[a-z\-]+(?:[’']s)?(?:\s+[a-z\-]+){0,2}\s+"
    r"(?:reads?|showed|shows)\b"  # and a body's kind owning it: "the council’s press statement"
)
# Someone unnamed with a verb the speech-verb list lacks: "…,” one survey respondent offered.
# Or a written thing where it stands: "…,” read the sign on her door.", "the plaque above it says".
_WHERE = r"(?:\s+(?:on|at|in|outside|above|over|near|inside|beside)\s+[^.,;:“”\"]{1,60}?)?"
UNNAMED_TAIL = re.compile(
    r"[\s,]*(?:(?:a|an|one|another)\s+(?:[a-z\-]+\s+){0,3}[a-z]+ed\s*[.!?]"
    rf"|(?:reads?|said|says)\s+{WRITTEN_THING.pattern}{_WHERE}\s*[.!?]"
    rf"|{WRITTEN_THING.pattern}{_WHERE}\s+(?:reads?|said|says)\b)"
)
# A family's statement after the quote, whose family no one person is: "…,” read a statement
# from her family.", "…,” a tribute issued by the family said."
FAMILY_TAIL = re.compile(
    r"[\s,]*(?:(?:read|reads|said|says)\s+)?(?:a|an|the)\s+(?:[a-z\-]+\s+){0,2}(?:statement"
    r"|message|tribute|note|post)\s+(?:(?:issued|released|posted|shared)\s+)?(?:from|by)\s+"
    r"(?:his|her|their|the)\s+(?:[A-Za-z\-]+\s+)?famil(?:y|ies)\b"
)
UNNAMED_LEAD = re.compile(
    r"(?:^|[,;]\s|\band\s)\s*(?:(?:[Tt]he|[Aa]n?|[Oo]ne)\s+[a-z\-]+(?:\s+[\w\-’']+){0,8}"
    r"(?:,\s(?:[^,:“”]|(?<=\d),(?=\d{3})){1,60},)?"  # "…, shared 30,000 times,"
    r"|[Oo]ne,\s+(?:from\s+)?(?:an?|one)\s[^,:“”]{1,60},)"
    r"\s+(?:read|reads|showed|shows):?\s*$"
)  # "a sign read:", "One, from a nurse manager in Pellworth, read:" (one of many replies), "One
# review left on an app on Tuesday, under a one-star rating, read:"
_THEIR_PAGE = re.compile(r"\b(?:statement|post|message|update|note) (?:on|in) (?:his|her|their) ")
_UNNAMED_LEAD_ENDS = ("read:", "reads:", "showed:", "shows:", " read", " reads")


# Someone's words announced by a noun for them before a colon: "Her verdict:", "His advice to
# young cooks is blunt:", "Marrow's answer was short:", "Her reply, to cheers, was brief:".
_THEIR_WORDS = re.compile(
    r"(?:[A-Z][^.!?:]{0,40}?,\s+)?(?:([Hh]is|[Hh]er)|([A-Z][\w\-]+)[’']s)\s+(?:[a-z\-]+\s+)??"
    r"(?:verdict|advice|answer|reply|response|explanation|view|take|message|warning|theory"
    r"|philosophy|motto|rule|conclusion|assessment|argument|excuse|reaction|reason|hope|fear"
    r"|complaint|prediction|promise|plea|summary|diagnosis|instructions|mantra|credo)"
    r"(?:\s+(?:to|for|about|on|of)\s+[^.!?:]{1,40}?)?(?:,\s+[^,.!?:“”]{1,60},)?"
    r"(?:\s+(?:is|was)\s+(?:[a-z\-]+\s+)??[a-z\-]+)?:"
)


def their_words(lead: str) -> re.Match[str] | None:
    """A last sentence announcing someone's words by a noun for them ("Her verdict:"), with
    the owner as `POSSESSIVE_BEFORE` gives it: a pronoun, else a name."""
    if not lead.endswith(":"):
        return None
    return _THEIR_WORDS.fullmatch(lead.rsplit(". ", 1)[-1])


def possessive_before(lead: str) -> re.Match[str] | None:
    """`POSSESSIVE_BEFORE` in `lead`, looked for only in its last word: a match holds no space
    before the spaces that end it, so no earlier position can start one."""
    head = lead.rstrip()
    last = head.rsplit(None, 1)[-1] if head else ""
    return POSSESSIVE_BEFORE.search(lead, len(head) - len(last))


# Quotative "like": "she was like, “…”", "I'm just like, “…”", "Moss is all like “…”".
_QUOTATIVE = re.compile(
    r"(?:^|[,;:.!?]\s+|\b(?:and|but|so|then)\s+)([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}"
    r"|(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Tt]he)\s+[a-z\-]+|[Hh]e|[Ss]he|I|[Ww]e|[Tt]hey)"
    r"\s*(?:\s(?:was|were|is|are|am)|[’'](?:m|s|re))\s+"
    r"(?:(?:just|all|kinda|totally|literally|basically|really)\s+)*like[,:]?\s*$"
)


def quotative_subject(lead: str) -> str | None:
    """Who is "like" the quote after a lead ending "she was like,", else None."""
    if not lead.rstrip(" ,:").endswith("like"):
        return None
    match = _QUOTATIVE.search(lead[-120:])
    return match.group(1) if match else None


def unnamed_lead(lead: str) -> bool:
    """Whether a lead ends as "a sign read:" does, not "A post on her account read:" (hers);
    the patterns are tried only on such leads."""
    if not lead.rstrip().endswith(_UNNAMED_LEAD_ENDS) or _THEIR_PAGE.search(lead):
        return False
    if DEFINITE_READ.search(lead[-80:]):
        return False  # "The email reads:": the document brought in before, someone's
    owner = _OWNED_PLACE.search(lead[-120:]) if "s " in lead[-120:] else None
    if owner and (owner.group(1)[0].isupper() or owner.group(1) in ORG_NOUNS):
        return False  # "A post on the company’s account read:": the company's, found later
    return UNNAMED_LEAD.search(lead) is not None


# Where a thing read out stands, by its owner: "on the company’s account", "on Velmora’s site".
_OWNED_PLACE = re.compile(
    r"\b(?:on|in)\s+(?:the\s+)?([A-Za-z][\w\-]*(?:\s+[A-Z][\w\-]*)*)[’']s\s"
)


# A sentence's subject: "Anna Moss was", "The Court of Appeal ruled", "Anna Moss, 54, who …, was".
SUBJECT = re.compile(
    rf"((?:[Tt]he )?[{UPPER}][\w’'.\-]*(?:(?: of| for| on| the)* [{UPPER}][\w’'.\-]*){{0,4}})"
    r"(?:\s+\([^()]{1,12}\))?(?:,[^.;:“”\"]{1,160}?,)?,?\s+[a-z]"
)


def is_role(word: str) -> bool:
    """Whether a lower-case word names what someone is ("singer", "crooner", "pianist")."""
    return word in ROLE_NOUNS or word.endswith(("er", "ist", "or", "ian"))


NAME_SAID = re.compile(
    r"\s*(?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'.\-]*\s+(?:" + SPEECH_VERB.pattern + ")"
)
# A sentence after a quote naming whose words they were: "That was the reaction of X", "So says
# X", "So wrote X", "That is according to X", "The words came from X", "That's how X put it",
# "Such was the verdict of X", "The words are X's", "Those words belong to X", "That was Dr Ann
# de Lee, who", "That, at least, is the view of X", "It was X who put it best".
REFERS_BACK = re.compile(
    r"(?:That|This|Those|These)(?:,\s+[a-z][a-z ]{1,30},)?\s+(?:was|were|is|are)\s+(?:the\s+)?"
    r"(?:[a-z\-]+\s+){0,2}(?:of|from)\s|(?:So|Or\s+so)\s+(?:says|said|writes|wrote|argues|argued)\s"
    r"|(?:That|This)(?:’s|'s|\s+is|\s+was)\s+according\s+to\s"
    r"|(?:The|Those|These|That|This)\s+(?:[a-z\-]+\s+){0,2}(?:came|comes|come)\s+from\s"
    r"|(?:That|This)(?:’s|'s|\s+is|\s+was)\s+how\s|Such\s+(?:was|were|is|are)\s+the\s+\w+\s+of\s"
    r"|(?:The|Those|These)\s+(?:[a-z\-]+\s+)?words\s+(?:(?:are|were)\s+(?=[A-Z]|those\sof\s)"
    r"|belong(?:ed)?\s+to\s)|(?:That|This)\s+(?:[a-z\-]+\s+){0,2}belongs?\s+to\s"
    rf"|(?:That|This)(?:’s|'s| is| was) (?=(?:(?:[A-Z][\w’'.\-]+|{PARTICLES}) ){{1,4}}[A-Z][\w’'-]+"
    r"(?:,|\.| who\b))|It was (?=(?:[A-Z][\w’'.\-]+ ){2,4}who (?:[a-z]+ly )?(?:said|put|summed)\b)"
    # "It is a line Ann Lee has repeated all week.", "Ann Lee has said it many times."
    r"|(?:It|That|This)(?:’s|'s|\s+is|\s+was)\s+(?:a|an|the)\s+(?:[a-z\-]+\s+){0,2}(?:line|phrase"
    r"|refrain|mantra|message|slogan|warning|promise|argument)\s+(?:(?:from|of)\s+)?(?=[A-Z])"
    r"|(?=[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+\s+(?:has|had)\s+(?:said|repeated|made)\s+(?:it|that|this"
    r"|so|as\s+much|the\s+point)\b)"
)
# Words denied or disputed are someone else's: "Roe rejected claims that", "denied X's claim that".
_OWNER = r"([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})(?:’s|'s|’|')\s+"
_CLAIMS = (
    r"(?:claims?|suggestions?|allegations?|accusations?|assertions?|arguments?|reports?|criticism)"
)
DISPUTED = re.compile(
    r"\b(?:rejected|rejects|denied|denies|dismissed|dismisses|disputed|disputes|refuted|refutes)"
    rf"\s+(?:the\s+)?(?:{_OWNER})?{_CLAIMS}\s+that\b"
)
# A named owner's claim whatever the verb before it: "cannot confirm Hale's claim that …".
OWNED_CLAIM = re.compile(rf"(?<![\w’'])(?:[Tt]he\s+)?{_OWNER}{_CLAIMS}\s+that\b")

# A full name right before the colon: "… something from Yogi Berra:"; not a paper or place
# the words appeared in or at ("Kim’s reporting in the Boston Globe:").
NAME_BEFORE_COLON = re.compile(
    r"(?<!\bin )(?<!\bin the )(?<!\bat )(?<!\bat the )(?<!\bon )(?<!\bon the )"
    rf"(?<![\w’'.])([{UPPER}][\w’'.\-]*\s+[{UPPER}][\w’'.\-]*):$"
)
# A message whose words follow, from someone named: "a text from Reddy arrives, and she reads it:".
MESSAGE_FROM = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:text\s+message|voice\s+message|text|message|email|e-mail|letter"
    rf"|note|voicemail|reply|response|answer|retort|verdict)\s+from\s+([{UPPER}][\w’'\-]*(?:\s+[{UPPER}][\w’'\-]*){{0,2}}"
    r"|the\s+[a-z\-]+\b(?!\s+(?:of|at|for)\b))"  # or from a role: "a message from the founder"
)
FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|my|My|me)\b")
LOWER_PHRASE = re.compile(r"[a-z][a-z\-]*(?:\s+[a-z\-]+){1,5}")
# "… remove his 2021 post that said the flood was “…”": the words of the post's owner.
THEIR_POST_SAID = re.compile(
    rf"\b([Hh]is|[Hh]er) (?:[\w\-]+ ){{0,3}}(?:{NOUNS}|speech|video) that"
    r" (?:said|says|read|reads|claimed"
    r"|claims)\b[^“”\".;:!?]*$"
)
NEW_SUBJECT = re.compile(  # or a clause of its own named: ", and backbencher Marcus Hendry"
    r"\b(?:and|but|while|whereas)\s+(?:a|an|the|one|some)\s"
    r"|,\s+(?:and|but|while|whereas)\s+(?:[a-z\-]+\s+){0,3}[A-Z][a-z][\w’'\-]*"
    r"(?:\s+[A-Z][\w’'\-]*)*\s+[a-z]"  # then its verb: not "she told the Herald, and Sky News,"
)


def is_opener(lead: str) -> bool:
    """A short introductory phrase before a quote ("For these reasons,")."""
    return lead.endswith(",") and len(lead.split()) <= 5


def is_heading(para: str) -> bool:
    text = para.rstrip()
    return len(text.split()) < 15 and not text.endswith((".", "!", "?", ":", "”", '"', "…"))


# A quote introduced by a label ("Top review: “…”") and signed at the end of its paragraph
# ("…” —Sam Reyes", "…” —sam_r88"): the signer said it.
_LABEL = re.compile(r"[A-Z][^\s:]*(?:\s+[^\s:]+){0,3}:")
_SIGNATURE = re.compile(r"\s*[—–]\s*([^\s—–][^—–,;:!?]{0,30})\s*$")
_NOT_SIGNATURE = re.compile(r"\b(?:by|from|with|and|the|of|for|via|in|at)\b", re.IGNORECASE)


def signature(lead: str, para: str, end: int) -> str | None:
    """The signer of a quote whose lead is only a label and whose paragraph ends with a
    dash and a short signature after the closing mark; None for any other shape."""
    if not _LABEL.fullmatch(lead.strip()) or SPEECH_VERB.search(lead):
        return None
    signed = _SIGNATURE.match(para, end)
    if not signed or len(signed.group(1).split()) > 3 or _NOT_SIGNATURE.search(signed.group(1)):
        return None
    return signed.group(1)


# A quote completing something of someone's: "The first rule of his shop is “…”",
# "The one thing Brandt has against it is the “…”".
_COPULA_END = re.compile(r"\s(?:is|was)(?:\s+(?:the|a|an|about))?\s*$")
_OWNED = re.compile(rf"\b(?:of\s+(his|her)|([{UPPER}][\w’'\-]+)\s+(?:has|had))\s")


def owner_of_subject(lead: str) -> str | None:
    """ "his", "her" or a name ("Brandt") when the lead is the subject of "is" or "was"
    naming one owner and no speech verb, so the quote completes what they hold."""
    end = _COPULA_END.search(lead)
    if end is None or SPEECH_VERB.search(lead):
        return None
    owners = list(_OWNED.finditer(lead, 0, end.start() + 1))
    if len(owners) != 1 or owners[0].start() == 0:
        return None
    pronoun, name = owners[0].groups()
    return pronoun.lower() if pronoun else str(name)


# A paragraph ending on the person a view came from: "… a feeling shared by the potter Ana Ruiz."
_NAME_ENDING = re.compile(
    rf"\b(?:by|from)\s+(?:[a-z\-]+\s+){{0,4}}([{UPPER}][\w’'\-]+\s+[{UPPER}][\w’'\-]+)\.$"
)


def name_ending(para: str) -> str | None:
    """The full name a paragraph ends on as an agent ("… echoed by the painter Ana Ruiz.")."""
    found = _NAME_ENDING.search(para[-120:].rstrip())
    return found.group(1) if found else None


# A quote inside a relative clause that runs on to it, about someone else than the subject:
# "X dropped a supplier that kept adding the words “…”", "X fined a firm whose boats kept “…”".
RELATIVE_CLAUSE = re.compile(
    r"(?:\b(?:that|which|who)\s+(?:[a-z]+ly\s+)?(?:kept|keeps|had|has|have|[a-z]+ed)|\bwhose)"
    r"\s[^,;:.!?“”\"]*$"
)
