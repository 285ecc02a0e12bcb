"""A role with no name set before "who" ("the singer, who said", "the DJ, who said") is the one
brought in with that role earlier ("singer Ann Lee", "DJ Zinc"), not the last person named."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_SHOW = "Singer Ann Lee headlined the show. Promoter Bob Marsh booked her for two nights."
_CLUB = "The night was opened by DJ Zinc. Then the promoter, Bob Marsh, arrived."
_WORDS = "“This town always brings out the very best in me.”"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        ([_SHOW, f"The singer, who said {_WORDS[:-2]}”, stayed for an hour."], "Ann Lee"),
        ([_SHOW, f"It was a long night for the singer, who said: {_WORDS}"], "Ann Lee"),
        (
            [
                _SHOW,
                "The crowd cheered the singer, who said the town “always brings out my best.”",
            ],
            "Ann Lee",
        ),
        ([_SHOW, f"The promoter, who said: {_WORDS}"], "Bob Marsh"),
        ([_CLUB, f"It was a long night for the DJ, who said: {_WORDS}"], "Zinc"),
        ([_CLUB, f"{_WORDS[:-2]},” said the DJ, who has played there for ten years."], "Zinc"),
        ([_CLUB, f"{_WORDS[:-2]},” the DJ said."], "Zinc"),
        # near misses: a name set beside the role, and a role no one was brought in with
        ([_SHOW, f"Also there was Tom Ode, a singer, who said: {_WORDS}"], "Tom Ode"),
        ([_SHOW, f"Fans also met a singer who said: {_WORDS}"], None),
        ([_SHOW, f"It was a treat for the crowd, who said: {_WORDS}"], None),
    ],
)
def test_a_role_before_who(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
