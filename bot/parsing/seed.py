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
_SAMPLE_CHARS = 1500
_TERMINAL = frozenset(".!?:;…”\"’')")
_MAX_CATEGORY_WORDS = 4
_MAX_CATEGORY_CHARS = 40


def _normalize(text: str) -> str:
    """Unify newlines, drop invisible characters, repair common UTF-8 mojibake."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    if "â€" in text or "Â" in text:
        for bad, good in _MOJIBAKE.items():
            text = text.replace(bad, good)
    return text


def _check_text(text: str) -> None:
    """Reject text that is empty or plainly not an article."""
    if not text.strip():
        raise ParseError("The article is empty: there is no text to read.")
    if _CONTROL.search(text):
        controls = len(_CONTROL.findall(text))
        if "\x00" in text or controls > max(2, len(text) // 200):
            raise ParseError(
                "This does not look like an article: it contains binary or control data."
            )
    sample = "".join(text[:_SAMPLE_CHARS].split())
    if sum(map(str.isalpha, sample)) < 0.5 * len(sample):
        raise ParseError("This does not look like an article: it has too few words.")


def _lines(text: str) -> list[str]:
    """Lines with whitespace collapsed; blank lines kept as ''."""
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    if "  " in text or _ODD.search(text):
        text = _SPACES.sub(" ", text)
    return [line.strip() for line in text.split("\n")]


def _paragraphs(lines: list[str]) -> list[str]:
    """Group body lines into paragraphs, re-joining hard-wrapped lines."""
    paragraphs: list[str] = []
    joinable = False
    for line in lines:
        if not line:
            joinable = False
            continue
        if joinable and paragraphs and line[0].islower():
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
        joinable = line[-1] not in _TERMINAL
    return paragraphs


def _is_category(line: str) -> bool:
    return len(line) <= _MAX_CATEGORY_CHARS and len(line.split()) <= _MAX_CATEGORY_WORDS


def _split_head(lines: list[str], default_category: str) -> tuple[str, str, list[str]]:
    """Pick out (category, headline, body lines)."""
    filled = [i for i, line in enumerate(lines) if line]
    first = filled[0]
    if len(filled) > 1 and _is_category(lines[first]):
        return lines[first], lines[filled[1]], lines[filled[1] + 1 :]
    return default_category, lines[first], lines[first + 1 :]


def _parse(text: str, source: str | None, default_category: str) -> Draft:
    text = _normalize(text)
    _check_text(text)
    category, headline, body = _split_head(_lines(text), default_category)
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
