"""Find and remove site boilerplate: related-headline blocks, comment forms, share lines."""

from __future__ import annotations

import re
from collections.abc import Sequence


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_RELATED_MARK = re.compile(r"\bLATEST DEVELOPMENTS\b\s*:?\s*", re.IGNORECASE)
_REPLY_MARK = re.compile(r"\bLeave a (?:Reply|Comment)\b", re.IGNORECASE)
_FORM_INLINE = re.compile(
    r"Your email address will not be published|Required fields are marked \*", re.IGNORECASE
)
_FORM_LINE = re.compile(
    r"(?:Leave a (?:Reply|Comment)|Cancel reply|Post Comment|Comments?|Name|E-?mail|Website"
    r"|Save my name, email,? and website in this browser.*|Notify me of .*"
    r"|This site uses Akismet.*|Your email address will not be published.*"
    r"|Required fields are marked.*|Share(?: this(?: article| story| post)?)?"
    r"|Share on (?:Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit)|Click to share on .*"
    r"|Tweet|Email this|Print this|Advertisement|ADVERTISEMENT)\s*\*?:?\s*",
    re.IGNORECASE,
)
# Mixed-case words that must not be split apart when un-gluing headlines.
_CAMEL_WORDS = _words(
    """youtube tiktok playstation linkedin whatsapp blackrock softbank harpercollins spacex
    gofundme smackdown wrestlemania powerpoint sharepoint astrazeneca biontech doordash airpods
    airtag macbook fedex paypal jetblue stubhub crowdstrike exxonmobil gamestop draftkings
    fanduel blackberry geforce wordpress buzzfeed deepmind wework facetime hubspot myspace
    soundcloud onlyfans cinemascore truthsocial ticketmaster smartthings chatgpt openai
    politifact"""
)
_CAMEL_PREFIXES = _words("mc mac de di da du le la van von fitz o")
_ACRONYM = re.compile(r"[A-Z]+s?")
_OPEN_QUOTES = "‘“"
# Where split_glued_headlines must look: at quotes (a straight one may open or close a quote
# anywhere), and at uppercase letters and digits after something other than a space or A-Z.
_GLUE_POINT = re.compile(r"(?<![ A-Z])[^a-z ,.;:!?()\-’”]|['\"‘“]")
_FORM_LINE_CHARS = 160
_SHORT_LINE_CHARS = 40
_WORD_CHARS = 64  # no real word is longer; a longer run of letters is not looked at further
# A related-headlines block is a few hundred characters; only this much of one is split up.
_RELATED_CHARS = 4000
_MARKERS = ("latest developments", "leave a", "your email address", "required fields")
# Each marker with the lower-cased literals it starts, without one of which _RELATED_MARK,
# _REPLY_MARK and _FORM_INLINE cannot match.
_HOT_LITERALS = {
    b"latest developments": (b"latest developments",),
    b"leave a": (b"leave a reply", b"leave a comment"),
    b"your email address": (b"your email address will not be published",),
    b"required fields": (b"required fields are marked *",),
}
# The only non-ASCII characters that re.IGNORECASE matches to ASCII letters.
_CASE_TWINS = "\u0130\u0131\u017f\u212a"
# Each as UTF-8, after its last byte, a cheap first check.
_TWIN_BYTES = tuple((twin.encode()[-1:], twin.encode()) for twin in _CASE_TWINS)
# A _FORM_LINE match starts with one of these (first letters of its alternatives).
_FORM_FIRST = frozenset("ACELNPRSTWYacelnprstwy" + _CASE_TWINS)
_CLOSE_QUOTES = "’”"


def _letters_back(line: str, end: int) -> str:
    """The letters just before `end`, at most _WORD_CHARS of them (so each look is bounded)."""
    start = end
    while start > 0 and end - start < _WORD_CHARS and line[start - 1].isalpha():
        start -= 1
    return line[start:end]


def _letters_forward(line: str, start: int) -> str:
    """The letters from `start` on, at most _WORD_CHARS of them."""
    end = start
    while end < len(line) and end - start < _WORD_CHARS and line[end].isalpha():
        end += 1
    return line[start:end]


def _camel_cut(line: str, i: int) -> bool:
    """Whether lower/digit->Upper at `i` is a glue point rather than a camel-cased word."""
    left, right = _letters_back(line, i), _letters_forward(line, i)
    after = line[i + len(right)] if i + len(right) < len(line) else " "
    if right in ("A", "I") and not after.isalpha():
        return True  # "...thingA handy hack", "...ProposalI tried"
    lower_word = left.islower() and len(left) > 1
    acronym = _ACRONYM.fullmatch(right) is not None and len(right) <= 4
    if acronym and not after.isalpha() and not lower_word:
        return False  # "PoWs", "ChatGPT", "SpaceX"
    if not left:  # digit before: "Dead at 46Mauricio"
        return len(right) > 1 and right[1].islower()
    if (left + right).lower() in _CAMEL_WORDS or left.lower() in _CAMEL_PREFIXES:
        return False
    return not (left[0].islower() and len(left) == 1)  # "iPhone", "eBay"


def _is_quote_like(line: str, i: int) -> bool:
    """A straight quote at `i` that is not an apostrophe inside a word."""
    before = line[i - 1] if i > 0 else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    return not (before.isalpha() and after.isalpha())


def _end_cut(line: str, i: int) -> bool:
    """A sentence mark glued to an uppercase letter: "...in 2024.All Shrine..."."""
    a, b, prev = line[i - 1], line[i], line[i - 2] if i > 1 else " "
    if not (b.isupper() or b in _OPEN_QUOTES):
        return False
    if a in "!?":
        return prev.isalnum()
    word = _letters_back(line, i - 1)
    if word[:1].isupper() and len(word) <= 2:
        return False  # "Ph.D.", "St.Louis"
    return prev.islower() or prev.isdigit()


def _cut_here(line: str, i: int, open_straight: bool, closed_at: int) -> bool:
    a, b = line[i - 1], line[i]
    nxt = line[i + 1] if i + 1 < len(line) else " "
    if (a.islower() or a.isdigit()) and b.isupper():
        return _camel_cut(line, i)
    prev = line[i - 2] if i > 1 else " "
    if a in ".!?":
        return _end_cut(line, i)
    if a in ")]" and b.isupper():
        return True
    if b in _OPEN_QUOTES or (b in "'\"" and not open_straight):
        return (a.isalnum() or a in ".!?") and (nxt.isupper() or nxt.isdigit())
    if a in _CLOSE_QUOTES or (a in "'\"" and closed_at == i - 1):
        return (b.isupper() or b.isdigit()) and (prev.isalnum() or prev in ".!?")
    return False


def split_glued_headlines(line: str) -> list[str]:
    """Split a line of headlines run together ("...bunkerEx-British soldier...") into parts.

    Only the first _RELATED_CHARS characters are looked at: a longer line is no headline list.
    """
    line = line[:_RELATED_CHARS]
    pieces: list[str] = []
    start = 0
    open_straight = False
    closed_at = -1
    for point in _GLUE_POINT.finditer(line, 1):
        i = point.start()
        if _cut_here(line, i, open_straight, closed_at):
            pieces.append(line[start:i])
            start = i
            open_straight = False
        if line[i] in "'\"" and _is_quote_like(line, i):
            if open_straight:
                closed_at = i
            open_straight = not open_straight
    pieces.append(line[start:])
    return [p.strip() for p in pieces if p.strip()]


def _is_form_line(paragraph: str) -> bool:
    return (
        len(paragraph) < _FORM_LINE_CHARS
        and paragraph[:1] in _FORM_FIRST
        and _FORM_LINE.fullmatch(paragraph) is not None
    )


def _strip_reply_block(paragraphs: list[str], hot: set[str] | None) -> list[str]:
    """Drop a trailing comment form that starts at a "Leave a Reply" line."""
    for index, paragraph in enumerate(paragraphs):
        if hot is not None and paragraph not in hot:
            continue
        mark = _REPLY_MARK.search(paragraph)
        if mark and len(paragraph) - mark.start() < _FORM_LINE_CHARS:
            rest = [p for p in paragraphs[index + 1 :] if not _is_form_line(p)]
            if sum(len(p) for p in rest) < 200:
                rest = []
            before = paragraph[: mark.start()].rstrip()
            if hot is not None:
                hot.add(before)
            return [*paragraphs[:index], *([before] if before else []), *rest]
    return paragraphs


def _clean_inline(paragraph: str) -> str:
    """Cut comment-form text glued onto the end of a paragraph."""
    for pattern in (_REPLY_MARK, _FORM_INLINE):
        match = pattern.search(paragraph)
        if match:
            paragraph = paragraph[: match.start()].rstrip()
    return paragraph


def _looks_like_body(paragraph: str) -> bool:
    return paragraph[:1] in '“"' or len(paragraph) > 600


def strip_boilerplate(
    paragraphs: Sequence[str], *, within: bytes | None = None
) -> tuple[list[str], list[str]]:
    """Remove boilerplate; return (clean paragraphs, related headlines it listed).

    `within`, if given, is the UTF-8 of a text of which every paragraph is a whole line
    (stripped): the markers are then looked for there, with no joining and encoding.
    """
    raw = "\n".join(paragraphs).encode("utf-8", "surrogatepass") if within is None else within
    lowered = raw.lower()
    if any(marker in lowered for marker in _HOT_LITERALS):
        if within is None and any("\n" in p for p in paragraphs):
            return _strip_all(paragraphs, None)  # lines are not paragraphs: check everything
        marked, hot = _marked_lines(raw, lowered, within is not None)
        if not set(marked).isdisjoint(paragraphs):
            twins = any(end in lowered and twin in lowered for end, twin in _TWIN_BYTES)
            return _strip_all(paragraphs, None if twins else hot)
    return [p for p in paragraphs if len(p) >= _SHORT_LINE_CHARS or not _is_form_line(p)], []


def _marked_lines(raw: bytes, lowered: bytes, strip: bool) -> tuple[list[str], set[str]]:
    """Lines holding a marker, and lines holding a literal of _HOT_LITERALS.

    Searching ASCII-lowered UTF-8 finds what str.lower() would: of all non-ASCII characters
    only "K" (Kelvin) and "İ" lower to something with ASCII in it, and neither can complete
    a marker. Unless the text has a character of _CASE_TWINS, a line without a hot literal
    cannot match _RELATED_MARK, _REPLY_MARK or _FORM_INLINE.
    """
    marked: list[str] = []
    hot: set[str] = set()
    for marker, literals in _HOT_LITERALS.items():
        at = lowered.find(marker)
        while at >= 0:
            end = lowered.find(b"\n", at)
            line = raw[lowered.rfind(b"\n", 0, at) + 1 : end if end >= 0 else None]
            text = line.decode("utf-8", "surrogatepass")
            text = text.strip() if strip else text
            marked.append(text)
            if any(lowered.startswith(literal, at) for literal in literals):
                hot.add(text)
            at = lowered.find(marker, at + 1)
    return marked, hot


def _strip_all(paragraphs: Sequence[str], hot: set[str] | None) -> tuple[list[str], list[str]]:
    """Strip related blocks and comment forms; `hot`: the only paragraphs that can hold marks."""
    kept: list[str] = []
    related: list[str] = []
    skip_next = False
    for paragraph in paragraphs:
        if skip_next:
            skip_next = False
            if not _looks_like_body(paragraph):
                related.extend(split_glued_headlines(paragraph))
                continue
        mark = _RELATED_MARK.search(paragraph) if hot is None or paragraph in hot else None
        if mark:
            before, after = paragraph[: mark.start()].strip(), paragraph[mark.end() :].strip()
            if before:
                kept.append(before)
                if hot is not None:
                    hot.add(before)
            if after:
                related.extend(split_glued_headlines(after))
            else:
                skip_next = True
            continue
        kept.append(paragraph)
    kept = _strip_reply_block(kept, hot)
    cleaned = [
        _clean_inline(p) if hot is None or p in hot else p for p in kept if not _is_form_line(p)
    ]
    return [p for p in cleaned if p], related
