"""Parse the seed text format: category line, headline line, then body paragraphs."""

from __future__ import annotations

import re

from bot.errors import ParseError
from bot.models import Draft
from bot.parsing.boilerplate import strip_boilerplate

_MOJIBAKE = {
    "â€™": "’",
    "â€˜": "‘",
    "â€œ": "“",
    "â€\x9d": "”",
    "â€”": "—",
    "â€“": "–",
    "â€¦": "…",
    "Â ": " ",
}
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_ODD_SPACE = "\t\u00a0\u2000-\u200a\u202f\u205f\u3000"
_SPACES = re.compile(rf"[{_ODD_SPACE}][ {_ODD_SPACE}]*| [ {_ODD_SPACE}]+")
_ODD = re.compile(f"[{_ODD_SPACE}]")
_SPACE_RUN = re.compile("  +")
# Every character that _INVISIBLE, _CONTROL or _ODD match, plus the lead characters of
# _MOJIBAKE: text without any of them needs none of those regexes.
_RARE = re.compile(
    f"[{_ODD_SPACE}\u200b\u200c\u200d\u2060\ufeff\u00ad\u00c2\u00e2"
    r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]"
)
# Bytes that UTF-8 text of no interest to _RARE is mostly made of (newline, printable ASCII).
_PLAIN_BYTES = bytes([0x0A, *range(0x20, 0x7F)])
_ASCII_LETTERS = bytes([*range(0x41, 0x5B), *range(0x61, 0x7B)])
_SAMPLE_CHARS = 1500
_TERMINAL = frozenset(".!?:;…”\"’')")
_MAX_CATEGORY_WORDS = 4
# An article has a few hundred lines (the longest real one seen: about 1,400); a file with more
# than this is a list or a trap, and holding its lines would cost far more memory than its size.
MAX_LINES = 100_000
_MAX_CATEGORY_CHARS = 40


def _has_rare(raw: bytes) -> bool:
    """Whether the text (as UTF-8) holds a control, odd-space, invisible or mojibake character.

    Deleting printable ASCII from the UTF-8 bytes leaves only the other characters' bytes
    (ASCII bytes never occur inside a multi-byte sequence), so the regex runs on a residue
    of a few hundred characters instead of the whole text.
    """
    residue = raw.translate(None, _PLAIN_BYTES)
    return bool(residue) and _RARE.search(residue.decode("utf-8", "surrogatepass")) is not None


def _normalize(text: str, rare: bool) -> str:
    """Unify newlines, drop invisible characters, repair common UTF-8 mojibake."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if rare:
        text = _INVISIBLE.sub("", text)
        if "â€" in text or "Â" in text:
            for bad, good in _MOJIBAKE.items():
                text = text.replace(bad, good)
    return text


def _mostly_letters(text: str, raw: bytes | None) -> bool:
    """At least half the non-space characters of the text's start are letters.

    `raw` is the UTF-8 of the text before its newlines were unified, if nothing else changed.
    """
    head = text[:_SAMPLE_CHARS]
    # The ASCII letters in the first _SAMPLE_CHARS bytes (of the text, or of a text that
    # only shrinks into it) are a lower bound on the sample's letters, len(head) an upper
    # bound on its length.
    start = (raw or head.encode("utf-8", "surrogatepass"))[:_SAMPLE_CHARS]
    if 2 * (len(start) - len(start.translate(None, _ASCII_LETTERS))) >= len(head):
        return True
    sample = "".join(head.split())
    return sum(map(str.isalpha, sample)) >= 0.5 * len(sample)


def _check_text(text: str, controls: bool, raw: bytes | None) -> None:
    """Reject text that is empty, far too many lines long, or plainly not an article."""
    if not text or text.isspace():
        raise ParseError("The article is empty: there is no text to read.")
    lines = text.count("\n") + 1
    if lines > MAX_LINES:
        raise ParseError(
            f"This does not look like an article: it has {lines:,} lines"
            f" (an article has at most {MAX_LINES:,})."
        )
    if controls:
        count = len(_CONTROL.findall(text))
        if "\x00" in text or count > max(2, len(text) // 200):
            raise ParseError(
                "This does not look like an article: it contains binary or control data."
            )
    if not _mostly_letters(text, raw):
        raise ParseError("This does not look like an article: it has too few words.")


def _lines(text: str, rare: bool, controls: bool) -> tuple[list[str], bool]:
    """Lines with whitespace collapsed, blank lines kept as ''; and whether any was collapsed."""
    if controls:
        text = _CONTROL.sub("", text)
    if rare and _ODD.search(text):
        text = _SPACES.sub(" ", text)
    elif "  " in text:
        text = _SPACE_RUN.sub(" ", text)  # what _SPACES does where there is no odd space
    else:
        return [line.strip() for line in text.split("\n")], controls
    return [line.strip() for line in text.split("\n")], True


def _one_line_paragraphs(lines: list[str]) -> bool:
    """No two filled lines in a row, so every filled line is a paragraph of its own."""
    return not any(lines[::2]) or not any(lines[1::2])


def _paragraphs(lines: list[str]) -> list[str]:
    """Group body lines into paragraphs, re-joining hard-wrapped lines."""
    if _one_line_paragraphs(lines):
        return [line for line in lines if line]
    groups: list[list[str]] = []  # joined once at the end: linear however many lines re-join
    previous = ""
    for line in lines:
        if line:
            if previous and line[0].islower() and previous[-1] not in _TERMINAL:
                groups[-1].append(line)
            else:
                groups.append([line])
        previous = line
    return [" ".join(group) for group in groups]


def _is_category(line: str) -> bool:
    return len(line) <= _MAX_CATEGORY_CHARS and len(line.split()) <= _MAX_CATEGORY_WORDS


def _split_head(lines: list[str], default_category: str) -> tuple[str, str, list[str]]:
    """Pick out (category, headline, body lines)."""
    filled: list[int] = []
    for index, line in enumerate(lines):
        if line:
            filled.append(index)
            if len(filled) == 2:
                break
    if not filled:  # only whitespace and control characters
        raise ParseError("The article is empty: there is no text to read.")
    first = filled[0]
    if len(filled) > 1 and _is_category(lines[first]):
        return lines[first], lines[filled[1]], lines[filled[1] + 1 :]
    return default_category, lines[first], lines[first + 1 :]


def _parse(text: str, source: str | None, default_category: str) -> Draft:
    raw = text.encode("utf-8", "surrogatepass")
    rare = _has_rare(raw)
    raw_lines = not rare and "\r" not in text  # raw's lines are the lines read below
    text = _normalize(text, rare)
    controls = rare and _CONTROL.search(text) is not None
    _check_text(text, controls, None if rare else raw)
    lines, collapsed = _lines(text, rare, controls)
    category, headline, body = _split_head(lines, default_category)
    # Unless something was repaired, collapsed or re-joined, every paragraph is a whole line
    # of the raw text (stripped), which lets the boilerplate check reuse its encoding.
    verbatim = raw_lines and not collapsed and _one_line_paragraphs(body)
    paragraphs, related = strip_boilerplate(_paragraphs(body), within=raw if verbatim else None)
    if not paragraphs:
        raise ParseError(f'The article "{headline[:80]}" has a headline but no body text.')
    return Draft(
        category=category or default_category,
        headline=headline,
        paragraphs=tuple(paragraphs),
        related=tuple(related),
        source=source,
    )


def parse_seed(
    text: str, *, source: str | None = None, default_category: str = "Uncategorized"
) -> Draft:
    """Turn seed-format text into a Draft; raise ParseError for anything unusable."""
    if not isinstance(text, str):
        raise ParseError("The article must be text.")
    try:
        return _parse(text, source, default_category)
    except ParseError:
        raise
    except Exception as exc:  # a bug must still reach the reader as a ParseError
        raise ParseError(f"The article could not be read ({type(exc).__name__}).") from exc
