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
_MAX_CATEGORY_CHARS = 40


def _has_rare(text: str) -> bool:
    """Whether the text holds a control, odd-space, invisible or mojibake character.

    Deleting printable ASCII from the UTF-8 bytes leaves only the other characters' bytes
    (ASCII bytes never occur inside a multi-byte sequence), so the regex runs on a residue
    of a few hundred characters instead of the whole text.
    """
    residue = text.encode("utf-8", "surrogatepass").translate(None, _PLAIN_BYTES)
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


def _mostly_letters(text: str) -> bool:
    """At least half the non-space characters of the text's start are letters."""
    head = text[:_SAMPLE_CHARS]
    raw = head.encode("utf-8", "surrogatepass")
    # ASCII letters are a lower bound on letters, len(head) an upper bound on the sample.
    if 2 * (len(raw) - len(raw.translate(None, _ASCII_LETTERS))) >= len(head):
        return True
    sample = "".join(head.split())
    return sum(map(str.isalpha, sample)) >= 0.5 * len(sample)


def _check_text(text: str, controls: bool) -> None:
    """Reject text that is empty or plainly not an article."""
    if not text or text.isspace():
        raise ParseError("The article is empty: there is no text to read.")
    if controls:
        count = len(_CONTROL.findall(text))
        if "\x00" in text or count > max(2, len(text) // 200):
            raise ParseError(
                "This does not look like an article: it contains binary or control data."
            )
    if not _mostly_letters(text):
        raise ParseError("This does not look like an article: it has too few words.")


def _lines(text: str, rare: bool, controls: bool) -> list[str]:
    """Lines with whitespace collapsed; blank lines kept as ''."""
    if controls:
        text = _CONTROL.sub("", text)
    if "  " in text or (rare and _ODD.search(text)):
        text = _SPACES.sub(" ", text)
    return [line.strip() for line in text.split("\n")]


def _paragraphs(lines: list[str]) -> list[str]:
    """Group body lines into paragraphs, re-joining hard-wrapped lines."""
    if not any(lines[::2]) or not any(lines[1::2]):
        return [line for line in lines if line]  # no two filled lines in a row: no joins
    paragraphs: list[str] = []
    previous = ""
    for line in lines:
        if line:
            if previous and line[0].islower() and previous[-1] not in _TERMINAL:
                paragraphs[-1] = f"{paragraphs[-1]} {line}"
            else:
                paragraphs.append(line)
        previous = line
    return paragraphs


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
    first = filled[0]
    if len(filled) > 1 and _is_category(lines[first]):
        return lines[first], lines[filled[1]], lines[filled[1] + 1 :]
    return default_category, lines[first], lines[first + 1 :]


def _parse(text: str, source: str | None, default_category: str) -> Draft:
    rare = _has_rare(text)
    text = _normalize(text, rare)
    controls = rare and _CONTROL.search(text) is not None
    _check_text(text, controls)
    category, headline, body = _split_head(_lines(text, rare, controls), default_category)
    paragraphs, related = strip_boilerplate(_paragraphs(body))
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
