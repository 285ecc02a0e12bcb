"""A role for a person that the article never gives a name ("the photographer said", "the
driver told me") is someone unnamed: not a body quoted before, not a thing or a place named
just before ("the Milky Way", "Pictures of the sky"), and not a speaker from further back
when no one was ever called so; a role brought in as "the <role> who …" is unnamed as one
brought in with "a" is. A role the article links to a name keeps the name."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = [
    "Choirmaster Howell Prys said the chapel was “fuller than it has been in forty years.”",
    "The film has been shown in more than two hundred cinemas since it opened in the autumn,"
    " and tickets for the Christmas screenings in the village hall sold out within a day.",
]
_QUOTE = "“Best thing to happen to this place since they tarred the road,”"


@pytest.mark.parametrize(
    ("brought_in", "tag"),
    [
        (
            "The taxi driver who brought me from the station at Carreg had his own view.",
            "the driver told me",
        ),
        ("The ferry skipper who took us across the bay was less impressed.", "the skipper said"),
        (
            "The farmer who owns the top field near Penrhos has watched the cars come.",
            "the farmer said",
        ),
        ("The old shepherd that we met on the ridge laughed at the queue.", "the shepherd told us"),
    ],
)
def test_a_role_brought_in_with_who_is_unnamed(brought_in: str, tag: str) -> None:
    paragraphs = [*_BEFORE, brought_in, f"{_QUOTE} {tag}."]
    assert speakers_in_order(paragraphs) == ["Howell Prys", None]


@pytest.mark.parametrize(
    ("brought_in", "tag"),
    [
        (
            "One image, posted on the astronomy website Starfield Daily, shows the Milky Way"
            " arching over the chapel roof.",
            "the photographer said",
        ),
        ("The picture ran on the astronomy site Skyward Post on Monday.", "the photographer said"),
        ("The Brenmoor Gazette printed a page of letters about it.", "one reader wrote"),
        ("A hiker stopped outside the Skylume visitor centre.", "the hiker said"),
        ("Crowds filled the cold little Bethel Chapel on Sunday.", "the driver told us"),
    ],
)
def test_an_outlet_thing_or_place_nearby_is_not_the_unnamed_role(brought_in: str, tag: str) -> None:
    paragraphs = [*_BEFORE, brought_in, f"{_QUOTE} {tag}."]
    assert speakers_in_order(paragraphs) == ["Howell Prys", None]


@pytest.mark.parametrize("body", ["Fernhill Pictures", "Fernhill Studios", "Starfield Media Group"])
def test_a_body_quoted_before_is_not_the_unnamed_role(body: str) -> None:
    paragraphs = [
        f"The distributor is {body}. According to {body.split()[0]}, sales were “well past"
        " anything we dared hope for with a film about hymns.”",
        _BEFORE[1],
        "Images of the night sky above the valley have also spread online. One image shows the"
        f" Milky Way over the chapel. {_QUOTE} the photographer said.",
    ]
    assert speakers_in_order(paragraphs) == [body, None]


@pytest.mark.parametrize(
    ("brought_in", "tag", "speaker"),
    [
        (
            "The driver who brought me here, Tom Okafor, had his own view.",
            "the driver said",
            "Tom Okafor",
        ),
        ("The driver who brought me here was Tom Okafor.", "the driver said", "Tom Okafor"),
        (
            "The photographer, Ana Ruiz, spent three nights on the ridge.",
            "the photographer said",
            "Ana Ruiz",
        ),
        ("Jamal Okafor scored twice on Saturday.", "the striker said", "Jamal Okafor"),
    ],
)
def test_a_role_linked_to_a_name_keeps_it(brought_in: str, tag: str, speaker: str) -> None:
    paragraphs = [*_BEFORE, brought_in, f"{_QUOTE} {tag}."]
    assert speakers_in_order(paragraphs) == ["Howell Prys", speaker]
