"""Quoted words the writer uses as a term, a name given by no one or a saying: "“…” was
painted across the bridge.", "The plan has been dubbed “…”", "As the saying goes, “…”";
each names no speaker unless someone is named in the same sentence."""

from __future__ import annotations

import re

from bot.extraction.masking import WINDOW
from bot.extraction.spans import Span
from bot.extraction.speakers import read_phrase

# A verb of being right after a quote that opens its sentence: the quote is the subject.
_QUOTE_SUBJECT = re.compile(
    r"\s*(?:is|was|are|were|has\s+been|had\s+been|have\s+been|has\s+become|had\s+become"
    r"|became|becomes|remains|remained|appears|appeared|adorns|adorned|tops|topped)\s"
)
# Words that point at a person in the rest of the sentence: "was all she said", "was his motto".
_PERSON_WORDS = re.compile(
    r"(?i:\b(?:he|she|they|we|i)\b)|\b(?:he|she|him|his|her|hers|they|them|their|I|me|my|we|us|our|you|your)\b"
    r"|\b(?:said|says|told|tells|wrote|writes|put\s+it|asked|added|insisted|replied|recalled)\b"
)
# A phrase after "from" or "by", or "of" after a word for a view, that may name whose the
# words are: "the message from the union", "the verdict of the minister"; not "the wall of".
_AGENT = re.compile(
    r"\b(?:from|by|(?:verdict|view|words|message|motto|cry|slogan|refrain|response|reaction"
    r"|reply|answer|line|mantra|creed|promise|warning|plea|advice|opinion|take)\s+of)"
    r"\s+([^,;.]{2,60})"
)
_CAPITAL = re.compile(r"\s[A-Z]")
# Kinds of phrase read as someone: the words are theirs, not the writer's.
_SOMEONE = frozenset(("name", "author", "seat", "pronoun", "role", "org", "couple"))

# A name given in the passive with no one giving it: "has been dubbed", "is known locally as".
_PASSIVE_NAMING = re.compile(
    r"\b(?:is|was|are|were|been|being|be)\s+(?:(?:[a-z]+ly|often|still|now|also|sometimes"
    r"|already|long)\s+)?(?:dubbed|nicknamed|branded"
    r"|labell?ed|called|termed|christened|billed\s+as|described\s+as|referred\s+to\s+as"
    r"|known\s+(?:[a-z]+\s+){0,2}as)\s*$"
)
# Someone unnamed giving a name: "Locals have nicknamed the site", "Critics have long called it".
_UNNAMED_NAMING = re.compile(
    r"^([A-Za-z][A-Za-z ]{1,40}?)\s+(?:have\s+|has\s+|had\s+)?(?:[a-z]+ly\s+)?(?:dubbed"
    r"|nicknamed|branded|labell?ed|called|termed|christened)\s+(?:[a-z\-]+\s+){0,4}$"
)
# A saying brought in by the writer: "As the saying goes,", "as the old adage has it,".
_SAYING = re.compile(
    r"\b[Aa]s\s+(?:the|an|one|that)\s+(?:[a-z\-]+\s+){0,2}(?:saying|adage|proverb|expression"
    r"|maxim|cliché|cliche|idiom|motto|old\s+line)\s+(?:goes|has\s+it|says|runs|puts\s+it)"
    r",?\s*$"
)
# A question the writer poses back after a quoted question: "That is the question …".
_THE_QUESTION = re.compile(
    r"\s*(?:(?:That|This|It)(?:[’']s|\s+is|\s+was|\s+remains)\s+(?:the|a|one)\s+(?:[a-z\-]+\s+){0,2}"
    r"question|That\s+question|The\s+question\s+(?:is|was|remains))\b"
)


def _names_someone(sentence: str) -> bool:
    """Whether a sentence points at a person or body whose words a quote could be."""
    if _PERSON_WORDS.search(sentence) or _CAPITAL.search(sentence):
        return True
    first = sentence.lstrip().partition(" ")[0]
    if first[:1].isupper() and read_phrase(first)[0] in _SOMEONE:
        return True  # "Ruiz was described as": her, named at the sentence's start
    return any(read_phrase(m.group(1))[0] in _SOMEONE for m in _AGENT.finditer(sentence))


def quote_as_subject(lead: str, tail: str) -> bool:
    """Whether a quote opening its sentence is the subject of a verb of being that names no
    one: "“…” was painted across the bridge.", "“…” has become the rallying cry of the strike."""
    if lead.strip() or tail[:1] in ",!?" or not _QUOTE_SUBJECT.match(tail):
        return False
    return not _names_someone(tail)


def passive_name(lead: str) -> bool:
    """Whether a lead ends in a name given in the passive, by no one: "has been dubbed"."""
    sentence = lead.rstrip()
    match = _PASSIVE_NAMING.search(sentence[-60:])
    if match is not None:
        return not _names_someone(sentence[-200:])
    given = _UNNAMED_NAMING.match(lead.lstrip()) if len(lead) < 120 else None
    return given is not None and read_phrase(given.group(1))[0] == "unnamed"


def saying_lead(lead: str) -> bool:
    """Whether a lead ends in a saying brought in by the writer: "As the saying goes,"."""
    return "s " in lead and _SAYING.search(lead[-80:]) is not None


def posed_question(span: Span, masked: str) -> bool:
    """Whether a quoted question is followed, in its paragraph's masked text, by the writer
    calling it the question at hand: "“Who will pay?” That is the question hanging over it."."""
    if span.end_para != span.para or not span.text.rstrip(" ”\"’").endswith("?"):
        return False
    after = masked[span.end : span.end + WINDOW]
    match = _THE_QUESTION.match(after)
    if match is None:
        return False
    sentence = after[match.end() :].partition(". ")[0]
    return not _names_someone(sentence)


def writers_term(lead: str, tail: str) -> bool:
    """Whether a quote is the writer's term or saying, by the words of its own sentence."""
    return quote_as_subject(lead, tail) or passive_name(lead) or saying_lead(lead)
