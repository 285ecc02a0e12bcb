"""A sentence opening with a phrase, then an office in capitals and the name between commas
("Speaking with our correspondent, the Commissioner for Works, Engr. X, disclosed …"): the
one named, for a pronoun after the quote, not the last person named before."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "The governor, through his Chief Press Secretary, Mr. Tunde Olaleye, defended the contract."
)


def test_the_office_holder_after_an_opening_phrase_is_the_subject() -> None:
    for sentence, name in (
        (
            "Speaking with our correspondent, the Commissioner for Works, Engr. Obiageli "
            "Chukwu-Eze, disclosed that the contractor had been paid.",
            "Obiageli Chukwu-Eze",
        ),
        (
            "In Abakaliki on Tuesday, the Commissioner for Information, Ngozi Umeh-Alozie, said "
            "the panel would sit next week.",
            "Ngozi Umeh-Alozie",
        ),
        (
            "Reacting, the Director of Public Works, Mrs. Amaka Obi-Nwankwo, confirmed the "
            "figures.",
            "Amaka Obi-Nwankwo",
        ),
    ):
        quote = "“We have written to the firm to appear before a panel within days,” she disclosed."
        assert speakers_in_order([_BEFORE, f"{sentence} {quote}"]) == [name]


def test_near_misses_keep_their_reading() -> None:
    paragraphs = [
        _BEFORE,
        "On Friday, the Mexican won the race in record time. “I trained for this all winter,” "
        "she said.",
    ]
    assert speakers_in_order(paragraphs) != ["Mexican"]
    paragraphs = [
        "Speaking with reporters, the works commissioner, Obiageli Chukwu-Eze, said the "
        "contractor had been paid. “We have written to the firm,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Obiageli Chukwu-Eze"]
