"""Who speaks through a court filing: whoever the sentence bringing it in names, else the one
the sentences before name as asking the court, else the lawsuit's claimant."""

from __future__ import annotations

from bot.extraction.documents import issued_at
from bot.extraction.lawsuits import (
    COUNSEL_FOR,
    OWNED_MOTION,
    claimant,
    counsel_client,
    suit_client,
)
from bot.extraction.motions import mover
from bot.extraction.speakers import name_candidates
from bot.extraction.unnamed_objects import UnnamedObjects

_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}


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
        if name:
            return self.resolver.name(name, at) or name
        moved = mover(self.people.text, at)  # "Ashby also asked the judge …": Ashby's
        return self._mover(*moved) if moved else self.claimant_at(at)

    def _mover(self, where: int, who: str) -> str | None:
        """The one asking the court in a sentence before a filing's quote, in full; None for
        a side left unnamed ("His lawyers wrote in court papers")."""
        if who in ("He", "She"):
            return self.resolver.pronoun(who.lower(), where)
        names = name_candidates(who)
        return (self.resolver.name(names[0], where) or names[0]) if names else None

    def paper_party(self, phrase: str, at: int) -> str | None:
        """Whom a court paper speaks for: a body's or a person's own motion ("the authority's
        motion"), a filing's or motion's filer, else a lawsuit's claimant."""
        owned = OWNED_MOTION.fullmatch(phrase.strip())
        if owned:  # "the authority's motion": which authority
            who = owned.group(1)
            return self.resolver.org(who, at) if who.islower() else self.resolver.name(who, at)
        return self.filer(at) if phrase.endswith(("filing", "motion")) else self.claimant_at(at)

    def claimant_at(self, at: int) -> str | None:
        """The claimant of the lawsuit a quote at `at` is read from, in full, else None."""
        name = claimant(self.people.text, at)  # "on behalf of X": a lawsuit speaks for X
        return self.resolver.name(name, at) if name else None

    def party_for(self, lead: str, at: int) -> str | None:
        """The party whose lawyers allege what a quote finishes ("Lawyers for X allege that Y
        took “…”": X, never Y) or whose lawsuit opens its sentence ("The suit asks that …"),
        in full, else None."""
        suit = suit_client(lead)
        if suit is not None:
            start = at - len(lead) + suit[0]
            return self._client(suit[1], start, at) if suit[1] else self.claimant_at(at)
        found = counsel_client(lead)
        if found is None:
            return None
        start = at - len(lead) + found[0]
        return self._client(found[1], start, at) if found[1] else self._last_client(start)

    def _client(self, who: str, start: int, at: int) -> str | None:
        """The party a client phrase means: a name in full, a body by its kind, a pronoun's."""
        if who.lower() in _PRONOUNS:
            return self.resolver.pronoun(_PRONOUNS[who.lower()], start)
        if who.islower():  # "lawyers for the chain": which chain
            return self.resolver.org(who, at)
        return self.resolver.name(who, at) or who

    def _last_client(self, start: int) -> str | None:
        """The party whose lawyers were last brought in before `start` ("The lawyers")."""
        found = list(COUNSEL_FOR.finditer(self.people.text, max(0, start - 3000), start))
        if not found:
            return None
        group = "client" if found[-1].group("client") else "owner"
        where = found[-1].start(group)
        return self._client(found[-1].group(group).rstrip("’'"), where, where)
