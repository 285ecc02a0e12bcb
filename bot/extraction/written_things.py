"""Written things that carry words for nobody named ("a sign read:"), and the judges of a
court speaking as one ("the majority wrote")."""

from __future__ import annotations

import re

# Written things that carry words but speak for nobody the article names.
WRITTEN_THING = re.compile(
    r"(?:the|a|an|one|this|that|another)\s+(?:[a-z\-]+\s+){0,2}(?:sign|placard|banner|poster"
    r"|plaque|inscription|billboard|slogan|motto|graffiti|leaflet|flyer|headline|lease|contract"
    r"|law|act|charter|clause|constitution|rulebook|menu|label|t-shirt|shirt|mural|disclaimer"
    r"|caption|epitaph|tattoo|sticker|T-shirt)"
)

# The judges of a court speaking as one: "the majority", "a four-justice majority", "the 5-4
# majority", "a three-judge panel", "the tribunal’s three-member panel"; the court (or the
# tribunal or chamber) the article names is the speaker.
BENCH = re.compile(
    r"(?:the|a|an)\s+(?:(court|tribunal|chamber)[’']s\s+)?(?:(?:\w+-(?:judge|justice|member)"
    r"|\d+-\d+|divided|unanimous|split|appeals|appellate)\s+)?(?:majority|plurality|panel|bench)"
    r"(?:\s+opinion)?"  # "the majority opinion reads": the court's too
)


def written_subject(lead: str) -> bool:
    """Whether a written thing is the subject of a lead, at its start or after an opening
    phrase ("On every page, the disclaimer at the foot gives it away:")."""
    lower = lead.lower()
    comma = lower.find(", ")
    return WRITTEN_THING.match(lower) is not None or (
        comma > 0 and WRITTEN_THING.match(lower, comma + 2) is not None
    )
