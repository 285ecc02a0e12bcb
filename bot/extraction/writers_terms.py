"""Quoted words the writer uses as a term, a name given by no one or a saying: "“…” was
painted across the bridge.", "The plan has been dubbed “…”", "As the saying goes, “…”";
each names no speaker unless someone is named in the same sentence."""

from __future__ import annotations

import re

from bot.extraction.lexicons import is_person_noun
from bot.extraction.masking import WINDOW, after_fragment
from bot.extraction.spans import Span
from bot.extraction.speakers import read_phrase
from bot.extraction.thing_bearers import borne_by_subject

# A verb of being right after a quote that opens its sentence: the quote is the subject.
_QUOTE_SUBJECT = re.compile(
    r"\s*(?:is|was|are|were|has\s+been|had\s+been|have\s+been|has\s+become|had\s+become"
    r"|became|becomes|remains|remained|appears|appeared|adorns|adorned|tops|topped)\s"
)
# Words that point at a person in the rest of the sentence: "was all she said", "was his motto".
_PERSON_WORDS = re.compile(
    r"(?i:\b(?:he|she|they|we|i)\b)|\b(?:him|his|her|hers|them|their|me|my|us|our|you|your)\b"
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
# A saying's source that is no one: "in the words of the old song,", "to borrow a phrase,".
_SAYING_WORDS = re.compile(
    r"(?:\b[Ii]n\s+the\s+words\s+of\s+(?:the|an|a|one)\s+(?:[a-z\-]+\s+){0,2}(?:song|proverb"
    r"|saying|hymn|poem|anthem|adage|ballad|nursery\s+rhyme)|\b[Tt]o\s+borrow\s+(?:a|an|the)"
    r"\s+(?:[a-z\-]+\s+)?(?:phrase|line|expression))\b[^“”]{0,30}?,?\s*$"
)
# The writer's view noun as the subject before a copula: "The most common answer in the
# survey was", "The answer, for now, is a cautious"; not "Her answer was" (hers).
_VIEW_IS = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z\-]+\s+){0,3}(?:answer|reply|response|verdict|consensus"
    r"|refrain|complaint|mood|feeling|sentiment|headline|slogan|motto|caption|hashtag)s?\b([^“”.;:]{0,60}?)\s+(?:was|is|were|are"
    r"|remains|remained)(?:\s+(?:a|an|the|one|simply|just|often|usually|always|still|now"
    r"|cautious|clear|resounding|firm|[a-z]+ly))*\s*$"
)
# A share of people answering: "40 percent answered", "a majority said".
_SHARE_SAID = re.compile(
    r"(?:\b\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|\b[Aa]\s+(?:clear\s+)?(?:majority|minority"
    r"|third|quarter|half)|\b[Mm]ost|\b[Hh]alf)\s+(?:of\s+[a-z ]{1,40}?\s+)?(?:answered|replied"
    r"|said|chose|picked|agreed|responded|opted\s+for)(?:\s+with)?\s*:?\s*$"
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


# Cheap tests, read before each pattern is tried: stems a naming verb holds, and the words a
# lead of each kind must end with.
_NAMING_STEMS = ("call", "dub", "nicknam", "brand", "label", "term", "christen", "billed",
                 "describ", "refer", "known", "know", "coin", "dismiss", "deride", "hail",
                 "argu", "ask", "answer", "repl", "insist", "agree", "wonder")
_PASSIVE_STEMS = ("called", "dubbed", "nicknamed", "branded", "label", "termed", "christened",
                  "billed", "described", "referred", "known")
_SAYING_ENDS = ("goes", "has it", "says", "runs", "puts it")
_SHARE_ENDS = ("answered", "replied", "said", "chose", "picked", "agreed", "responded",
               "for", "with")
_VIEW_STEMS = ("answer", "repl", "respons", "verdict", "consensus", "refrain", "complaint",
               "mood", "feeling", "sentiment", "headline", "slogan", "motto", "caption", "hashtag")
# Words `_PASSIVE_NAMING` ends with, and those `_VIEW_IS` ends with (a copula, a word after
# it, or one ending in "ly"): a lead ending in none of them is no match for that pattern.
_PASSIVE_ENDS = ("dubbed", "nicknamed", "branded", "labelled", "labeled", "called", "termed",
                 "christened", "as")
_VIEW_ENDS = ("was", "is", "were", "are", "remains", "remained", "a", "an", "the", "one",
              "simply", "just", "often", "usually", "always", "still", "now", "cautious",
              "clear", "resounding", "firm", "ly")
_TERM_ENDS = frozenset(
    "term word words phrase line expression nickname label catchphrase hashtag banner slogan"
    " motto headline caption refrain of so-called dubbed nicknamed branded as".split()
)


def _holds(text: str, stems: tuple[str, ...]) -> bool:
    held = False
    for stem in stems:  # a plain loop: a generator costs more than the tests it makes
        if stem in text:
            held = True
            break
    return held


def passive_name(lead: str) -> bool:
    """Whether a lead ends in a name given in the passive, by no one: "has been dubbed"."""
    sentence = lead.rstrip()
    ends_naming = sentence.endswith(_PASSIVE_ENDS)
    if (not ends_naming and len(lead) >= 120) or not _holds(sentence[-120:], _PASSIVE_STEMS):
        return False  # neither pattern can match: the passive ends the lead, a giver is near
    match = _PASSIVE_NAMING.search(sentence[-60:]) if ends_naming else None
    if match is not None:
        return not _names_someone(sentence[-200:])
    given = _UNNAMED_NAMING.match(lead.lstrip()) if len(lead) < 120 else None
    return given is not None and read_phrase(given.group(1))[0] == "unnamed"


def saying_lead(lead: str) -> bool:
    """Whether a lead ends in a saying, a view or an answer no one named gives: "As the
    saying goes,", "in the words of the old song,", "The most common answer was"."""
    end = lead[-120:]
    closing = end.rstrip(" ,:")
    if closing.endswith(_SAYING_ENDS) and _SAYING.search(end):
        return True  # "As the saying goes,"
    if ("words of" in end or "borrow" in end) and _SAYING_WORDS.search(end):
        return True  # "in the words of the old song,"
    if closing.endswith(_SHARE_ENDS) and _SHARE_SAID.search(end):
        return True  # "40 percent answered"
    viewed = end.rstrip().endswith(_VIEW_ENDS) and _holds(end, _VIEW_STEMS)
    view = _VIEW_IS.search(end) if viewed else None
    if view is None or _OWNER.search(end, max(0, view.start() - 8), view.start(1)):
        return False  # "Her answer was": hers
    return not _names_someone(lead[-200:])  # "Dana Okoye reports that the mood is": hers


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
    if quote_as_subject(lead, tail) or passive_name(lead) or saying_lead(lead):
        return True
    own = after_fragment(lead)  # "Critics call it “…,” but it will “…,” X said": after it
    return bool(lead.strip()) and (term_lead(own) or thing_says(lead))


# A verb giving something a name or term ("refer to the summer as", "nicknamed the tower"),
# or bringing in words ("Few would argue that", "a voter asking").
_NAMING_VERB = re.compile(
    r"\b(?:call(?:s|ed)?|refer(?:s|red)?\s+to|describe[sd]?|dub(?:s|bed)?|nickname[sd]?"
    r"|brand(?:s|ed)?|label(?:s|led|ed)?|term(?:s|ed)?|coin(?:s|ed)?|dismiss(?:es|ed)?"
    r"|deride[sd]?|hail(?:s|ed)?|know|knew|argue[sd]?|arguing|ask(?:s|ed|ing)?"
    r"|answer(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|insist(?:s|ed|ing)?|agree[sd]?|agreeing"
    r"|wonder(?:s|ed|ing)?)\b"
)
# Words between a subject and its verb: "have long", "now", "would often".
_BETWEEN = frozenset(
    "have has had now long often also still sometimes already would will could might may can"
    " to".split()
)
_DETERMINERS = frozenset("a an one some many few several most another".split())
_CLAUSE_WORDS = frozenset("what that which who and but as".split())
# A term brought in by the writer: "use the term", "the so-called", "The plan, dubbed".
_TERM_LEAD = re.compile(
    r"(?:\b(?:the|a|this|that)\s+(?:[a-z\-]+\s+)?(?:term|words?|phrase|line|expression|nickname"
    r"|label|catchphrase|hashtag|banner|slogan|motto|headline|caption|refrain)"
    r"|\b(?:chants?|cries|cry|shouts?|calls|chorus(?:es)?|jeers|roars?)\s+of"
    r"|\bso-called|,\s*(?:dubbed|nicknamed|branded|billed\s+as|known\s+as))\s*$"
)


def _unnamed_namer(lead: str) -> bool:
    """Whether the last naming verb of a lead has someone unnamed as its subject: "Many now
    refer to the summer as", "what campaigners describe as", "Residents have nicknamed it"."""
    verbs = list(_NAMING_VERB.finditer(lead[-160:]))
    after = lead[-160:][verbs[-1].end() :] if verbs else ""
    if not verbs or len(after.split()) > 6 or _names_someone(after) or ":" in after:
        return False  # "a nurse called Oksana Hrytsenko, said:": the name, then her words
    words = lead[-160:][: verbs[-1].start()].split()
    while words and (words[-1].lower() in _BETWEEN or words[-1].endswith("ly")):
        words.pop()
    subject: list[str] = []
    while words and len(subject) < 3 and words[-1].isalpha():
        if words[-1].lower() in _CLAUSE_WORDS:
            break
        subject.insert(0, words.pop())
    lowered = [word.lower() for word in subject]
    starts = [n for n, word in enumerate(lowered) if word in _DETERMINERS]
    subject = subject[starts[-1] :] if starts else subject  # "Imagine a voter": a voter
    if _names_someone(" ".join(words)):
        return False  # "Ruiz told a voter asking": her words, to someone unnamed
    if len(subject) == 1 and subject[0].islower() and subject[0].endswith("s"):
        return is_person_noun(subject[0][:-1])  # "what campaigners describe as": people unnamed
    return bool(subject) and read_phrase(" ".join(subject))[0] == "unnamed"


def term_lead(lead: str) -> bool:
    """Whether a lead brings the quote in as a term, a line or a cry that no one named gives:
    "the term", "the so-called", ", dubbed", "with the words", "to chants of", "what
    campaigners describe as"."""
    sentence = lead[-200:]
    last = sentence.rstrip(" ,").rpartition(" ")[2]
    if last.lower() in _TERM_ENDS and _TERM_LEAD.search(sentence):
        return not _names_someone(sentence)
    return _holds(sentence[-90:], _NAMING_STEMS) and _unnamed_namer(sentence)


# A thing bearing words, read out by a verb: "The label on the bottle says", "Some wore
# T-shirts reading", "The packet promises"; not a person's own ("her placard read").
_THING_VERBS = (
    r"(?:says|said|reads?|reading|promises|promised|promising|boasts|boasted|declares|declared"
    r"|declaring|proclaims|proclaimed|warns|warned|warning|urges|urged|bears|bore|bearing"
    r"|saying)"
)
# Things that bear words: "the packet", "a sign", "one banner".
_THING_NOUNS = (
    "sign|placard|banner|poster|billboard|label|packet|package|packaging|box|bottle|wrapper"
    "|notice|t-shirt|shirt|hoodie|cap|mug|badge|sticker|mural|graffiti|plaque|screen|display"
    "|scoreboard|leaflet|flyer|menu"
)
_A_THING = re.compile(rf"(?:the|a|an|one|another)\s+(?:[a-z\-]+\s+){{0,2}}(?:{_THING_NOUNS})s?")
_THING_SAYS = re.compile(
    r"(?:^|[,;]\s+|\b(?:the|a|an|one|some|every|each|another|other)\s+)(?:[a-z\-]+\s+){0,2}"
    rf"(?:{_THING_NOUNS})s?\b([^.;“”]{{0,60}}?)\s+{_THING_VERBS},?\s*:?\s*$",
    re.IGNORECASE,
)


_OWNER = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s|[’']s\s")
# The verbs `_THING_SAYS` ends with, as the end of a lead bared of ",", ":" and spaces: a lead
# ending in none of them is passed over before the longer pattern is tried at every character.
_SAYS_AT_END = re.compile(f"{_THING_VERBS}$", re.IGNORECASE)


def bears_words(phrase: str) -> bool:
    """Whether a phrase is a thing bearing words: "the packet", "a banner above the stage"."""
    return _A_THING.match(phrase.lower()) is not None


def thing_says(lead: str) -> bool:
    """Whether a lead ends in a thing that bears the quote, no one named as its writer."""
    sentence = lead[-160:]
    bare = sentence.rstrip().removesuffix(":").rstrip().removesuffix(",")
    if _SAYS_AT_END.search(bare[-12:]) is None:
        return False  # no verb of `_THING_SAYS` ends it, so that pattern finds nothing
    found = _THING_SAYS.search(sentence)
    if found is None or _OWNER.search(sentence, max(0, found.start() - 12), found.start(1)):
        return False  # "Her placard read", "Ana Ruiz’s banner said": hers, as the lead goes on
    if borne_by_subject(sentence[: found.start(1)], found.group(1)):
        return False  # "In a notice on its website, the council warned:": the council's
    return not _names_someone(found.group(1) + " ")
