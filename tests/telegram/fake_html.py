"""Telegram's HTML parse mode, strictly: what the fake Bot API accepts and what it shows."""

from __future__ import annotations

import html
import re

ALLOWED = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-spoiler",
    "span",
}
_TAG = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)"
    r"((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?)*)\s*>"
)
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
MAX_TEXT = 4096


class EntityError(ValueError):
    """The text would make Telegram answer 400 "can't parse entities"."""


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def visible_text(text: str) -> str:
    """The text a reader sees for an HTML message; raises EntityError like Telegram would."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "<":
            i = _tag(text, i, stack)
            continue
        if char == "&":
            match = _ENTITY.match(text, i)
            if not match:
                raise EntityError(f"character entity expected at byte offset {_at(text, i)}")
            out.append(html.unescape(match.group(0)))
            i = match.end()
            continue
        out.append(char)
        i += 1
    if stack:
        raise EntityError(f'can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out)


def _tag(text: str, i: int, stack: list[str]) -> int:
    match = _TAG.match(text, i)
    if not match:
        raise EntityError(f"unexpected end of name token at byte offset {_at(text, i)}")
    closing, name, attrs = match.group(1), match.group(2).lower(), match.group(3)
    if name not in ALLOWED:
        raise EntityError(f'unsupported start tag "{name}" at byte offset {_at(text, i)}')
    if closing:
        if not stack or stack[-1] != name:
            raise EntityError(
                f"unmatched end tag at byte offset {_at(text, i)}, "
                f'expected "</{stack[-1] if stack else ""}>", found "</{name}>"'
            )
        stack.pop()
    else:
        if name == "blockquote" and attrs.strip() not in ("", "expandable"):
            raise EntityError(f'unsupported attribute of tag "blockquote": {attrs.strip()}')
        if name == "span" and not re.search(r"class\s*=\s*[\"']?tg-spoiler", attrs):
            raise EntityError('tag "span" must have class "tg-spoiler"')
        if name == "a" and "href" in attrs and "&" in re.sub(_ENTITY, "", attrs):
            raise EntityError("character entity expected in href")
        stack.append(name)
    return match.end()


def _at(text: str, i: int) -> int:
    return len(text[:i].encode("utf-8"))


def check_message(text: str, parse_mode: str | None) -> str:
    """The visible text of a message, or ValueError with Telegram's description."""
    if parse_mode and parse_mode.upper() == "HTML":
        try:
            shown = visible_text(text)
        except EntityError as exc:
            raise ValueError(f"Bad Request: can't parse entities: {exc}") from exc
    else:
        shown = text
    shown = shown.strip()
    if not shown:
        raise ValueError("Bad Request: message text is empty")
    if utf16_len(shown) > MAX_TEXT:
        raise ValueError("Bad Request: message is too long")
    return shown
