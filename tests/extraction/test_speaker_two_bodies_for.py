"""Two bodies joined by "for the" ("Stellarch Dynamics for the National Space Agency") are
two, when a body's word ends each side; a body whose name runs on with "for the" ("Office for
the Protection of Workers") stays one. A body named with its kind and named again later is
the same body ("the charity Open Waters … Open Waters rejected that")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Our first duty is to understand exactly what happened on the night,”"


def test_a_contractor_for_the_agency_is_not_the_agency() -> None:
    cases = (
        (
            "The rocket was built by Stellarch Dynamics for the National Space Agency.",
            "the agency said",
            "National Space Agency",
        ),
        (
            "Marlow Systems wrote the software for the Harbour Police Service.",
            "the service said",
            "Harbour Police Service",
        ),
        (
            "Drennan Holdings runs the depot for the Tarnby District Council.",
            "the council said",
            "Tarnby District Council",
        ),
    )
    for intro, tail, name in cases:
        assert speakers_in_order([intro, f"{_QUOTE} {tail}."]) == [name], tail
        lead = tail.replace("the ", "The ").replace(" said", " said a review would follow.")
        assert speakers_in_order([intro, f"{lead} {_QUOTE} it said."]) == [name], lead


def test_a_name_running_on_with_for_the_stays_whole() -> None:
    intro = "The Office for the Protection of Workers opened an inquiry."
    assert speakers_in_order([intro, f"{_QUOTE} the office said."]) == [
        "Office for the Protection of Workers"
    ]


def test_a_body_named_again_is_the_one_its_kind_means() -> None:
    paragraphs = [
        "The first ship to reach them was run by the charity Open Waters.",
        "A spokesman for the Maritime Rescue Service said the alert was handled quickly.",
        f"Open Waters rejected that. {_QUOTE} the charity said in a reply.",
    ]
    assert speakers_in_order(paragraphs) == ["Open Waters"]
