"""Inline-button callback data: compact `kind|field|...|text`, never over Telegram's 64 bytes.

A free-text last field (a category, a followed phrase) that would not fit is replaced by a
short hash key `#` + 10 hex digits, resolved on tap against the current names.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

MAX_DATA = 64
LATEST = "L"
SEARCH = "S"
SUBSCRIBE = "sub"
UNSUBSCRIBE = "uns"
KEY_PREFIX = "#"


def fits(data: str) -> bool:
    return len(data.encode("utf-8")) <= MAX_DATA


def key(value: str) -> str:
    digest = hashlib.sha1(value.casefold().encode("utf-8")).hexdigest()
    return KEY_PREFIX + digest[:10]


def is_key(value: str) -> bool:
    return len(value) == 11 and value.startswith(KEY_PREFIX)


def resolve(value: str, names: Iterable[str]) -> str | None:
    """The name a (possibly hashed) field stands for, or None when it is gone."""
    if not is_key(value):
        return value
    return next((name for name in names if key(name) == value), None)


def pack(kind: str, *fields: object, tail: str = "") -> str:
    """`kind|f1|f2|tail`, hashing the tail if the whole would exceed 64 bytes."""
    head = "|".join([kind, *(str(f) for f in fields)])
    data = f"{head}|{tail}"
    if fits(data):
        return data
    data = f"{head}|{key(tail)}"
    if not fits(data):  # pragma: no cover - fields are short integers
        raise ValueError("callback data too long")
    return data


def unpack(data: str, fields: int) -> tuple[str, list[str], str]:
    """(kind, the `fields` fixed fields, tail); raises ValueError on malformed data."""
    parts = data.split("|", fields + 1)
    if len(parts) != fields + 2:
        raise ValueError(f"malformed callback data {data!r}")
    return parts[0], parts[1:-1], parts[-1]


def more_latest(category: str | None, limit: int, before_id: int) -> str:
    return pack(LATEST, limit, before_id, tail=category or "")


def more_search(query: str, limit: int, before_id: int) -> str | None:
    """Search paging needs the exact words, so no button when they do not fit."""
    data = f"{SEARCH}|{limit}|{before_id}|{query}"
    return data if fits(data) else None


def subscribe(category: str) -> str:
    return pack(SUBSCRIBE, tail=category)


def unsubscribe(kind: str, value: str) -> str:
    return pack(UNSUBSCRIBE, kind, tail=value)
