"""A "his" or "he" read after a name no list gives a gender does not make that name a man's
when a "her" comes first in the same stretch ("X said her client … to protect his goats"): the
"his" is someone else's, so a "she" quoting after it can still be X."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "The Harrowgate Water Board said in a statement that the leak was “entirely under control "
    "and no longer a danger.”"
)


def test_her_before_his_leaves_the_name_open() -> None:
    for intro, reply in (
        (
            "The suspect’s lawyer, Mwende Kariuki-Salim, said her client denied it and had been "
            "carrying the rifle to protect his goats.",
            "“My client is a herdsman, not a poacher, and he will say so,” she told the Herald.",
        ),
        (
            "His doctor, Oyinkansola Tafari-Berg, said her patient had been told that his "
            "scans were clear.",
            "“He is lucky, and I have told him so many times,” she said.",
        ),
        (
            "Thandeka Mbeki-Roux, who coaches the team, said her captain had hurt his knee.",
            "“We will miss him badly over the next three matches,” she told reporters.",
        ),
    ):
        name = intro.split(", ")[1] if intro.startswith(("The", "His")) else intro.split(",")[0]
        assert speakers_in_order([_BEFORE, f"{intro} {reply}"])[1] == name, intro


def test_his_with_no_her_before_it_still_counts() -> None:
    intro = "Kwabena Okwuosa-Lind said his client denied it and had been protecting the goats."
    reply = (
        "“My client is a herdsman, not a poacher, and the court will hear it,” he told the Herald."
    )
    assert speakers_in_order([_BEFORE, f"{intro} {reply}"])[1] == "Kwabena Okwuosa-Lind"


def test_herself_is_not_read_as_a_man() -> None:
    intro = "Oyinkansola Tafari-Berg said she had checked the scans herself before his visit."
    reply = "“I would not have signed anything I had not read twice,” she said."
    assert speakers_in_order([_BEFORE, f"{intro} {reply}"])[1] == "Oyinkansola Tafari-Berg"
