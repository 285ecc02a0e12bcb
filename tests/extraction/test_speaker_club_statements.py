""""The club said" means the club the article named by a player's or manager's role ("Real
Valmont midfielder X") or by its short form, never an outlet someone spoke to ("In a statement
to the Ridgeford Echo") or a competition ("Champions League")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def _club_said(lede: str, middle: str) -> str | None:
    paragraphs = [
        lede,
        "“My client wants to play in the Champions League and be valued properly,” the agent"
        " told Iberia Sport Daily.",
        f"{middle} In a statement to the Harbour Echo, the club said it had “received no offer"
        " that reflects the player’s importance to the squad.”",
    ]
    return speakers_in_order(paragraphs)[-1]


def test_the_club_named_by_a_players_role_and_its_short_form() -> None:
    for lede, middle, club in (
        (
            "Ridgeford Athletic manager Sune Halvorsen wants Real Valmont midfielder Tobi Okafor.",
            "Valmont were less forthcoming.",
            "Real Valmont",
        ),
        (
            "Dynamo Korvel striker Ilya Petrenko is wanted by Castleford Rovers manager Ann Rees.",
            "Korvel were unmoved.",
            "Dynamo Korvel",
        ),
        (
            "Eastwick City defender Jamal Osei is a target for Porto Nuevo coach Raúl Vidal.",
            "Eastwick have other ideas.",
            "Eastwick City",
        ),
    ):
        assert _club_said(lede, middle) == club, club


def test_no_outlet_told_something_is_the_club() -> None:
    lede = "The midfielder has been linked with a move abroad all summer."
    assert _club_said(lede, "His club were less forthcoming.") not in (
        "Iberia Sport Daily",
        "Champions League",
        "Harbour Echo",
    )


def test_the_company_still_means_the_firm_named_before() -> None:
    paragraphs = [
        "Larchmont Foods agreed to buy a rival bakery chain on Monday.",
        "In a statement to the Northgate Herald, the company said the deal would “create the"
        " largest independent baker in the region.”",
    ]
    assert speakers_in_order(paragraphs) == ["Larchmont Foods"]
