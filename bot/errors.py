"""One exception tree for the whole bot; every message is written for a reader."""

from __future__ import annotations

from collections.abc import Iterable


class NewsbotError(Exception):
    """Base of every error the core raises on purpose; str() is a friendly message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ParseError(NewsbotError):
    """A source (file, feed, page) could not be turned into an article."""


class FetchError(ParseError):
    """A URL could not be fetched."""


class UnknownCategory(NewsbotError):
    def __init__(self, category: str, known: Iterable[str]) -> None:
        names = sorted(known)
        listing = ", ".join(names) if names else "none yet"
        super().__init__(f'There is no category "{category}". Known categories: {listing}.')
        self.category = category
        self.known = names


class NotFound(NewsbotError):
    """An empty result, said in words."""


class BadArgument(NewsbotError):
    """A command argument that cannot be used."""


class NotAllowed(NewsbotError):
    """The user may not do this here (e.g. not a group admin)."""


class StorageError(NewsbotError):
    """The database failed in a way the reader should hear about."""


class DiskFull(StorageError):
    """The disk holding the database has no room left; what was committed stays."""


class DatabaseLocked(StorageError):
    """Another process held the database's write lock for longer than this command waits."""


class StorageUnusable(StorageError):
    """The database cannot be used at all (missing folder, read-only, damaged); fatal."""


class Fatal(NewsbotError):
    """The bot cannot go on; `newsbot run` exits non-zero with this message."""
