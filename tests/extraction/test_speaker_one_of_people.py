"""A lone name no list knows, set off by "one of …" counting people ("Nasimiyu, one of six women
in the unit, said"), is a person, so a "she" or "he" after it is theirs; "one of" counting
things or bodies is no such sign."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = "“We walked for most of the night and never lost the trail,” said Baraka, a tracker."


def test_one_of_people_makes_the_lone_name_a_person() -> None:
    for intro, name in (
        ("His colleague Nasimiyu, one of six women in the anti-poaching unit, said", "Nasimiyu"),
        ("Wanjiru, one of the rangers who found the carcass, said", "Wanjiru"),
        ("Tadesse, one of three nurses on the night shift, said", "Tadesse"),
        ("Ochieng, one of the fishermen who stayed behind, said", "Ochieng"),
    ):
        quote = "“The dog did the hard part, we just kept up,” she said."
        paragraph = f"{intro} the team had used a dog. {quote}"
        assert speakers_in_order([_BEFORE, paragraph])[1] == name, intro


def test_one_of_things_is_no_person() -> None:
    paragraph = (
        "Kelvara, one of the banks that lent to the farm, said it had written off the loan. "
        "“The farm will not be asked to repay a single shilling,” she said."
    )
    assert speakers_in_order([_BEFORE, paragraph])[1] != "Kelvara"


def test_a_long_quote_before_the_pronoun_is_read_past() -> None:
    paragraph = (
        "Her colleague Achieng, one of four women in the reserve’s dog unit, said the team had "
        "used a tracking dog for the last few kilometres of the chase. “The dog did all of the "
        "hard work out there, and we simply had to keep up with it,” she said with a laugh."
    )
    assert speakers_in_order([_BEFORE, paragraph])[1] == "Achieng"
