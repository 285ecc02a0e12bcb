"""Join the halves of one utterance split around its attribution: “A,” she said, “B.”."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction.chars import is_word_char
from bot.extraction.lexicon import SPEECH_VERB
from bot.extraction.sentences import split_sentences
from bot.extraction.spans import Span
from bot.extraction.speakers import read_phrase
from bot.extraction.tail_phrases import phrase_from_tail
from bot.extraction.tail_verbs import saying_verb
from bot.extraction.writers_terms import bears_words

_MAX_GAP_WORDS = 24
# The first half ends mid-utterance: a comma, a dash, or a question or exclamation.
_OPEN_ENDINGS = (",", "?", "!", "—", "–", "-", "…")
# Attribution verbs the shared lexicon lacks, used here only to recognise a gap between halves.
_MORE_VERBS = re.compile(
    r"\b(?:concede[sd]?|conceding|mean[st]|saying|laugh(?:s|ed)|sigh(?:s|ed)|shrugg?(?:s|ed)"
    r"|muse[sd]|reason(?:s|ed)|reflect(?:s|ed)|elaborate[sd]|answer(?:s|ed)|repeat(?:s|ed)"
    r"|reiterate[sd]|counter(?:s|ed)|boast(?:s|ed)|wonder(?:s|ed)|lament(?:s|ed)|offer(?:s|ed)"
    r"|pleaded|shot back|chimed in|went on|goes on|continu(?:es|ed))\b"
)
# Words an attribution may trail off with before the second half: "she says, adding that".
_LINKS = frozenset("that but and adding saying so because".split())
# A quote right after one of these names a work, not speech: 'the 1978 paper, “Why ...”'.
_WORK_WORDS = (
    "book song single album film movie paper essay novel memoir poem podcast documentary"
    " episode exhibit exhibition slogan hashtag tagline motto titled entitled headlined headline"
).split()
_WORK_CUE = re.compile(rf"\b(?:{'|'.join(_WORK_WORDS)})[,:]?\s*$", re.IGNORECASE)
_LONGEST_CUE = max(map(len, _WORK_WORDS))
_WORK_SET = frozenset(_WORK_WORDS)
_DESCRIBED = ("a ", "an ", "the ")  # a gap describing what the first half names
_CAPITAL = re.compile(r"\b[A-Z][\w’'-]+")
# A clause with a subject of its own begins: "recalling how fans said", "as critics wrote".
_NEW_CLAUSE = re.compile(r"\b(?:how|as|when|what|while|where|that)\s+\w+")
# A name, then its own verb, ending the gap: "before Sarah Quinn interrupted:".
_SPEAKS_NEXT = re.compile(
    r"\b([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)\s+(?:[a-z]+(?:ed|s)|(?:cut|chimed|broke) in)"
    r"\s*[:,]?\s*$"
)
# Someone named right after the verb, spoken to: "told Novak.", "asked Ines Aldana."
_ADDRESSEE = re.compile(r"\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*\.\s*$")
# A tag that answers: "she replied", "he shot back".
_REPLY = re.compile(
    r"\b(?:repl(?:y|ies|ied)|answer(?:s|ed)?|respond(?:s|ed)?|counter(?:s|ed)|retort(?:s|ed)"
    r"|shot back)\b"
)
_PRONOUN_OPENERS = frozenset("He She They It We I The A An But And".split())


def _open_ending(piece: str) -> bool:
    return piece.rstrip().rstrip("’'").endswith(_OPEN_ENDINGS)


def _has_verb(gap: str) -> bool:
    """A speech verb of the lexicon, of the list above, or of saying ending the attribution
    ("Hale rejoined,")."""
    if SPEECH_VERB.search(gap) is not None or _MORE_VERBS.search(gap) is not None:
        return True
    return saying_verb(gap, len(gap)) is not None


def _ends_well(gap: str) -> bool:
    """The gap ends as an attribution does: with a stop, a comma, a colon, a verb or a link."""
    if gap[-1] in ".,:;":
        return True
    last = gap.rsplit(None, 1)[-1].lower()
    return last in _LINKS or _has_verb(last)


def names_a_work(before: str) -> bool:
    """Whether the text just before a quote introduces the title of a work ("his book")."""
    before = before[-40:]
    # The cue ends the text but for a comma or colon and spaces: only its last word is read.
    end = len(before.rstrip())
    end -= before[end - 1 : end] in (",", ":")
    floor = max(0, end - _LONGEST_CUE - 1)
    tail = before[floor:end]
    if not tail.isascii():  # letters that match a cue's only when case is ignored: the pattern
        return _WORK_CUE.search(before, floor) is not None
    start = len(tail)
    while start and is_word_char(tail[start - 1]):
        start -= 1
    return tail[start:].lower() in _WORK_SET


def is_attribution_gap(first: str, gap: str) -> bool:
    """Whether `gap`, between a half ending with `first` and the next, is only an attribution."""
    stripped = gap.strip()
    if not stripped or not _open_ending(first):
        return False
    if len(stripped.split()) > _MAX_GAP_WORDS or not _ends_well(stripped):
        return False
    if len(split_sentences(stripped)) > 1 or names_a_work(stripped):
        return False
    if stripped.lstrip(", ").startswith(_DESCRIBED) and _is_title(first):
        return False  # “Loose Ends,” a track off his album where he sings, “…”: a work's name
    return _has_verb(stripped) and not reports_another(stripped) and not _hands_over(stripped)


def _hands_over(gap: str) -> bool:
    """Whether a gap, after its own attribution, names someone new who speaks next: “A,”
    Brennan said, before Sarah Quinn interrupted: “B” (B is hers)."""
    first = SPEECH_VERB.search(gap) or _MORE_VERBS.search(gap)
    if first is None:
        return False
    after = _SPEAKS_NEXT.search(gap, first.end())
    return after is not None and not _names(after.group(1)) <= _names(gap[: first.start()])


def reports_another(gap: str) -> bool:
    """Whether a gap holds a second finite speech verb after the attribution's, so that the
    next half is what the new clause reports ("she says, recalling how fans said, “…”")."""
    first = SPEECH_VERB.search(gap)
    if first is None:
        return False
    later = SPEECH_VERB.search(gap, first.end())
    if later is None or later.group().endswith("ing"):
        return False
    return _NEW_CLAUSE.search(gap, first.end(), later.start()) is not None


def _is_title(piece: str) -> bool:
    """A short piece with every word capitalised: the name of a work ("Loose Ends,")."""
    words = piece.strip(" ,.!?’'").split()
    return 2 <= len(words) <= 6 and all(word[:1].isupper() for word in words)


# A preposition a work's title follows: "starred in “Harbour Lights,”", "a line from “X,”".
_TITLE_AFTER = ("in", "on", "from", "of")


def work_title(para: str, span: Span) -> bool:
    """Whether a one-piece half is the title of a work, by the words before it: a cue for a
    work ("a chapter titled “Why We Try,”") or, for a title in Title Case, a preposition."""
    if len(span.pieces) != 1 or span.para != span.end_para:
        return False
    before = para[max(0, span.start - 40) : span.start].rstrip(" “\"‘'")
    if names_a_work(before):
        return True
    last = before.rpartition(" ")[2]
    return last in _TITLE_AFTER and _is_title(span.pieces[0])


def _names(gap: str) -> set[str]:
    return {w for w in _CAPITAL.findall(gap) if w not in _PRONOUN_OPENERS}


def _same_voice(earlier: str, later: str) -> bool:
    """A third half joins on only if its attribution names nobody new (“A,” he said. “B,” ...)."""
    before, after = _names(earlier), _names(later)
    return not after or not before or bool(before & after)


def _answered(gap: str, tail: str) -> bool:
    """Whether an attribution ending its sentence is answered by the next half: the first
    speaks to someone it names (“A,” Moss told Novak. “B,” she said.) or the next half's own
    tag is a reply (“A,” Moss said. “B,” Novak replied.)."""
    if not gap.rstrip().endswith("."):
        return False
    verb = SPEECH_VERB.search(gap) or _MORE_VERBS.search(gap)
    addressed = verb is not None and _ADDRESSEE.match(gap, verb.end()) is not None
    return addressed or _REPLY.search(tail) is not None


def _other_voice(gap: str, tail: str, before: str) -> bool:
    """Whether the next half's own tag is someone else's: an answer, a new name, someone
    unnamed (“A,” she said. “B,” one resident said.), a thing bearing words or, where the
    first tag had only a pronoun, a name not written before the first half (“B,” Tom Hale
    said.)."""
    if _answered(gap, tail) or not _same_voice(gap, tail):
        return True
    phrase = phrase_from_tail(tail)
    kind, value = read_phrase(phrase) if phrase else ("none", "")
    if kind == "name" and not _names(gap):
        return value.rpartition(" ")[2] not in before
    return kind == "unnamed" or (kind == "none" and bears_words(phrase or ""))  # “B,” a sign says.


def _tail(paragraphs: Sequence[str], spans: list[Span], index: int) -> str:
    """The text after span `index` up to the next quote in its paragraph, or the paragraph end."""
    span = spans[index]
    nxt = spans[index + 1] if index + 1 < len(spans) else None
    para = paragraphs[span.end_para]
    end = nxt.start if nxt and nxt.para == span.end_para else len(para)
    return para[span.end : end]


def merge_split_quotes(paragraphs: Sequence[str], spans: list[Span]) -> list[Span]:
    """Join “First part,” she said, “second part.” into one span (several times if need be).

    A half that has an attribution of its own naming someone else is a reply, not a
    continuation: “A,” Moss said. “B,” Novak replied.
    """
    merged: list[Span] = []
    for index, span in enumerate(spans):
        prev = merged[-1] if merged else None
        if prev and prev.end_para == span.para and prev.pieces:
            gap = paragraphs[span.para][prev.end : span.start]
            joins = is_attribution_gap(prev.pieces[-1], gap) and _same_voice(prev.inner or gap, gap)
            if joins and not work_title(paragraphs[prev.para], prev):
                tail = _tail(paragraphs, spans, index) if span.pieces else ""
                tagged = is_attribution_gap(span.pieces[-1], tail)
                before = paragraphs[prev.para][: prev.start]
                if not (tagged and _other_voice(gap, tail, before)):
                    prev.pieces.extend(span.pieces)
                    prev.end_para, prev.end = span.end_para, span.end
                    prev.inner = prev.inner or gap
                    continue
        merged.append(span)
    return merged
