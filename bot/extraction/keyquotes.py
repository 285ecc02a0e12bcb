"""Choose the key quotes a post shows: the article's own words, whole sentences, no repeats.

Rules: every piece between ellipses is verbatim body text (spacing aside); split halves are
joined with " … "; a quote that begins mid-sentence starts with "…" and is `partial`; no key
quote repeats the summary or sits inside another; at most three, each at most 300 characters,
longer ones trimmed at sentence boundaries; known speakers first, those named beside the quote
before those found further off, then distinct speakers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.bounds import collapse_spaces
from bot.extraction.named_beside import beside
from bot.extraction.sentences import split_sentences
from bot.models import Article, KeyQuote, Quote

__all__ = ["MAX_CHARS", "MAX_KEY_QUOTES", "KeyQuote", "key_quotes", "overlap_share"]

MAX_KEY_QUOTES = 3
MAX_CHARS = 300
ELLIPSIS = "…"
GAP = f" {ELLIPSIS} "
REPEAT_SHARE = 0.3  # a quote sharing this much of its word triples with a text repeats it

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_OPEN_MARKS = "“\"‘'«„(["
_CUT_PUNCTUATION = " ,;:–—-"
_ELLIPSES = ".… "
_STARTS_SENTENCE = frozenset(".!?…:,;—–-")
_SPEECH = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|add|adds|added|write|writes|wrote|state|states"
    r"|stated|explain|explains|explained|ask|asks|asked|warn|warns|warned|insist|insists|insisted"
    r"|claim|claims|claimed|note|notes|noted|declare|declares|declared|argue|argues|argued"
    r"|reply|replies|replied|recall|recalls|recalled|continue|continues|continued)\s*$",
    re.IGNORECASE,
)
_STOP = frozenset(
    "the a an and or but of to in on at for with by from is are was were be been it its this that"
    " as has have had will would not no he she they we i you his her their our them us it's".split()
)


@dataclass(frozen=True, slots=True)
class _Body:
    """The article body with whitespace collapsed, and where each paragraph starts in it."""

    flat: str
    starts: frozenset[int]
    ordered: tuple[int, ...]  # the same paragraph starts, in order

    @classmethod
    def of(cls, paragraphs: Sequence[str]) -> _Body:
        flats = [collapse_spaces(p) for p in paragraphs]
        starts, at = [], 0
        for flat in flats:
            starts.append(at)  # in order already: no sort needed for `ordered`
            at += len(flat) + 1
        return cls(" ".join(flats), frozenset(starts), tuple(starts))


def words(text: str) -> list[str]:
    """Lower-case word tokens of a text."""
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


def _grams(tokens: list[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


class _Words:
    """A text's word triples (and pairs and single words) for overlap tests against it."""

    def __init__(self, text: str) -> None:
        self.tokens = words(text)
        self.sizes: dict[int, set[tuple[str, ...]]] = {}

    def share(self, text: str) -> float:
        """The share of `text`'s word triples (single words if shorter) this text also has."""
        mine = words(text)
        size = min(3, len(mine))
        if not size:
            return 0.0
        if size not in self.sizes:
            self.sizes[size] = _grams(self.tokens, size)
        own = _grams(mine, size)
        return len(own & self.sizes[size]) / len(own)


def overlap_share(text: str, other: str) -> float:
    """The share of `text`'s word triples (single words if shorter) also found in `other`."""
    return _Words(other).share(text)


def _find(body: str, piece: str, cursor: int) -> int:
    """Where `piece` occurs, preferring the first occurrence at or after `cursor`."""
    at = body.find(piece, cursor)
    return at if at >= 0 else body.find(piece)


def _locate(tokens: list[str], i: int, body: str, cursor: int) -> int:
    """Where the run of tokens from `i` starts in the body (-1 when its first word is absent)."""
    for size in (4, 3, 2, 1):  # the longest probe first: short ones match in the wrong place
        at = _find(body, " ".join(tokens[i : i + size]), cursor)
        if at >= 0:
            return at
    return -1


def _extend(tokens: list[str], i: int, body: str, at: int) -> int:
    """The end of the longest run of tokens from `i` that the body holds, spaced, at `at`."""
    end, pos = i, at
    while end < len(tokens):
        if end > i:
            if body[pos : pos + 1] != " ":
                break
            pos += 1
        if not body.startswith(tokens[end], pos):
            break
        pos, end = pos + len(tokens[end]), end + 1
    return end


def _pieces(text: str, body: str) -> list[tuple[str, int]] | None:
    """The quote as verbatim body pieces with their positions, or None if a word is not there."""
    whole = " ".join(text.split())
    at = body.find(whole)
    if at >= 0:
        return [(whole, at)]
    tokens, pieces, i, cursor = whole.split(" "), [], 0, 0
    while i < len(tokens):
        at = _locate(tokens, i, body, cursor)
        end = _extend(tokens, i, body, at) if at >= 0 else i
        if end == i and not any(c.isalnum() for c in tokens[i]):
            i += 1  # a mark the text gained, such as an ellipsis joining halves: a gap anyway
            continue
        if end == i:
            return None
        piece = " ".join(tokens[i:end])
        trimmed = piece.rstrip(_CUT_PUNCTUATION)
        if trimmed:
            pieces.append((trimmed, at))
        i, cursor = end, at + len(piece)
    return pieces or None


def starts_mid_sentence(piece: str, at: int, body: _Body) -> bool:
    """Whether a quote starting at `at` in the body begins in the middle of a sentence."""
    first = next((c for c in piece if c.isalnum()), "")
    if first.islower():
        return True
    before = body.flat[:at].rstrip().rstrip(_OPEN_MARKS).rstrip()
    if not before or len(before) + 1 in body.starts or at in body.starts:
        return False
    if before[-1] in _STARTS_SENTENCE or before[-1] in "”\"’'»":
        return False
    return _SPEECH.search(before[-40:]) is None


def _score(sentence: str, index: int, topic: frozenset[str]) -> float:
    content = [w for w in words(sentence) if w not in _STOP]
    score = min(len(content), 20) + 4 * len(topic.intersection(content))
    return score + (6 if index == 0 else 0) - (10 if len(content) < 3 else 0)


def _render(units: list[tuple[int, str]], chosen: list[int], lead: bool, total: int) -> str:
    """Chosen sentences in order, with an ellipsis wherever text was left out."""
    out = ELLIPSIS if lead or chosen[0] != 0 else ""
    for n, index in enumerate(chosen):
        if n:
            previous = chosen[n - 1]
            adjacent = index == previous + 1 and units[index][0] == units[previous][0]
            out += " " if adjacent else GAP
        out += units[index][1]
    return out + (GAP.rstrip() if chosen[-1] != total - 1 else "")


def _cut_words(text: str, limit: int) -> str:
    """The first words of a sentence that fit in `limit` characters, ending with "…"."""
    head = text[: max(limit - 2, 0)]
    space = head.rfind(" ")
    head = head[:space] if space > 0 else head
    return head.rstrip(_CUT_PUNCTUATION) + " " + ELLIPSIS


def _trim(pieces: list[str], lead: bool, summary: _Words, topic: frozenset[str]) -> str:
    """The quote within MAX_CHARS: its most telling sentences, "…" where it was cut."""
    units = [(p, s) for p, piece in enumerate(pieces) for s in split_sentences(piece)]
    fresh = [i for i, (_, s) in enumerate(units) if summary.share(s) < REPEAT_SHARE]
    ranked = sorted(fresh, key=lambda i: (-_score(units[i][1], i, topic), i))
    chosen: list[int] = []
    for index in ranked:
        trial = sorted([*chosen, index])
        if len(_render(units, trial, lead, len(units))) <= MAX_CHARS:
            chosen = trial
    if chosen:
        return _render(units, chosen, lead, len(units))
    if not ranked:
        return ""
    best = units[ranked[0]][1]
    prefix = ELLIPSIS if lead or ranked[0] != 0 else ""
    return prefix + _cut_words(best, MAX_CHARS - len(prefix))


def _drop_gap_ellipses(piece: str, index: int, count: int) -> str:
    """A piece without the article's own "..." where " … " joins it to its neighbour anyway."""
    if index < count - 1 and piece.endswith(("...", ELLIPSIS)):
        piece = piece.rstrip(_ELLIPSES)
    if index > 0 and piece.startswith(("...", ELLIPSIS)):
        piece = piece.lstrip(_ELLIPSES)
    return piece


def _display(
    quote: Quote, body: _Body, summary: _Words, topic: frozenset[str]
) -> tuple[KeyQuote, bool] | None:
    """The key quote as a post shows it and whether its speaker is named beside it, or None
    when it cannot be shown faithfully."""
    found = _pieces(quote.text, body.flat)
    if not found:
        return None
    first, at = found[0]
    opening = first.lstrip(_ELLIPSES)  # the article's own "..." before the quote's words
    partial = opening != first or starts_mid_sentence(opening, at, body)
    pieces = [opening, *(piece for piece, _ in found[1:])]
    pieces = [_drop_gap_ellipses(p, n, len(pieces)) for n, p in enumerate(pieces)]
    pieces = [p for p in pieces if p]
    if not pieces:
        return None
    shown = (ELLIPSIS if partial else "") + GAP.join(pieces)
    if len(shown) > MAX_CHARS:
        shown = _trim(pieces, partial, summary, topic)
    if not shown or summary.share(shown) >= REPEAT_SHARE:
        return None
    named = beside(body.flat, body.ordered, found, quote.speaker)
    return KeyQuote(shown, quote.speaker, shown.startswith(ELLIPSIS)), named


def _nested(candidate: KeyQuote, chosen: Sequence[KeyQuote]) -> bool:
    """Whether a candidate and a chosen key quote largely hold the same words."""
    return any(
        overlap_share(candidate.text, other.text) >= REPEAT_SHARE
        or overlap_share(other.text, candidate.text) >= REPEAT_SHARE
        for other in chosen
    )


def _preference(
    quote: KeyQuote, named: bool, rank: int, speakers: set[str]
) -> tuple[bool, bool, bool, bool, int]:
    """Sort key: known speakers, those named beside the quote first, then new speakers, then
    whole sentences, then rank."""
    speaker = (quote.speaker or "").casefold()
    return (not speaker, not named, speaker in speakers, quote.partial, rank)


def key_quotes(article: Article, limit: int = MAX_KEY_QUOTES) -> tuple[KeyQuote, ...]:
    """The quotes a post shows for an article, in the order it shows them."""
    if not article.quotes or limit <= 0:
        return ()
    body = _Body.of(article.paragraphs)
    topic = frozenset(w for w in words(article.headline) if w not in _STOP)
    summary = _Words(article.summary)
    shown = [_display(q, body, summary, topic) for q in article.quotes]
    candidates = [(rank, *item) for rank, item in enumerate(shown) if item is not None]
    chosen: list[KeyQuote] = []
    speakers: set[str] = set()
    while candidates and len(chosen) < limit:
        best = min(candidates, key=lambda c: _preference(c[1], c[2], c[0], speakers))
        candidates.remove(best)
        if _nested(best[1], chosen):
            continue
        chosen.append(best[1])
        speakers.add((best[1].speaker or "").casefold())
    return tuple(chosen)
