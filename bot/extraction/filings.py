"""Who speaks through a court filing: whoever the sentence bringing it in names, else the
lawsuit's claimant."""

from __future__ import annotations

from bot.extraction.documents import issued_at
from bot.extraction.lawsuits import claimant
from bot.extraction.unnamed_objects import UnnamedObjects


class FilingReader(UnnamedObjects):
    """Reads the filer or the claimant behind a quote taken from a filing or a lawsuit."""

    def filer(self, at: int) -> str | None:
        """Who made the filing a quote is read from: the one the sentence bringing it in names
        ("Kaye’s lawyers responded in a filing"), else the lawsuit's claimant."""
        found = issued_at(self.people.text, at, "filing")
        name = found[1] if found else None
        if found and name and name.islower():  # "the company disclosed in a filing": the one
            where = self.people.text.find(name, found[0])  # named before it, not before the quote
            return self.resolver.org(name, where if where >= 0 else at) or self.claimant_at(at)
        return (self.resolver.name(name, at) or name) if name else self.claimant_at(at)

    def claimant_at(self, at: int) -> str | None:
        """The claimant of the lawsuit a quote at `at` is read from, in full, else None."""
        name = claimant(self.people.text, at)  # "on behalf of X": a lawsuit speaks for X
        return self.resolver.name(name, at) if name else None
