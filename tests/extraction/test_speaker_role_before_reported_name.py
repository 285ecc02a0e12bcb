"""A role opening the quote's sentence ("The owner said Sam, who …, has “…”") means someone
named before it, never the person named in the clause it reports."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_described_father_is_not_the_son_named_after_said() -> None:
    paragraphs = [
        "Sam Hale, 7, died in the crash. His father, Mark Hale, 45, spoke at the vigil.",
        "The bakery owner said Sam, who was a pupil at Hill Primary, has “left behind so many"
        " friends who will miss him”.",
    ]
    assert speakers_in_order(paragraphs) == ["Mark Hale"]


def test_the_officer_is_not_the_driver_the_officer_speaks_about() -> None:
    paragraphs = [
        "Sgt Paul Kerr was first at the scene of the crash.",
        "The officer said Jo Reed, 19, was “lucky to be alive after a crash like that one”.",
    ]
    assert speakers_in_order(paragraphs) == ["Paul Kerr"]


def test_the_surgeon_is_not_the_patient_named_after_told_reporters() -> None:
    paragraphs = [
        "Dr Maria Costa treated the climber overnight.",
        "The surgeon told reporters Ben Tull was “in a stable condition and talking to his"
        " family”.",
    ]
    assert speakers_in_order(paragraphs) == ["Maria Costa"]


def test_a_role_with_nobody_named_after_it_still_means_the_person_before() -> None:
    paragraphs = [
        "Mark Hale, 45, spoke at the vigil for his son.",
        "The father said the boy had “left behind so many friends who will miss him”.",
    ]
    assert speakers_in_order(paragraphs) == ["Mark Hale"]


def test_a_person_named_earlier_in_the_same_sentence_is_still_the_role() -> None:
    paragraphs = [
        "After Ann Lee scored twice, the striker said Rovers had “finally found their rhythm in"
        " the second half”.",
    ]
    assert speakers_in_order(paragraphs) == ["Ann Lee"]


def test_a_name_after_the_quote_keeps_its_quote() -> None:
    paragraphs = [
        "“We will rebuild the whole street by the summer,” said the contractor, Daniel Cole.",
    ]
    assert speakers_in_order(paragraphs) == ["Daniel Cole"]


def test_a_named_speaker_talking_about_someone_named_after_said_keeps_it() -> None:
    paragraphs = [
        "Tom Brandt retired on Friday after forty years.",
        "Mayor Lena Park said Brandt had “done more for this town than anyone I have ever known”.",
    ]
    assert speakers_in_order(paragraphs) == ["Lena Park"]


def test_a_name_set_beside_the_role_is_the_role() -> None:
    paragraphs = [
        "Rovers won again on Saturday.",
        "Their coach, Ann Lee, said Tom Ode had “finally found his rhythm in the second half”.",
    ]
    assert speakers_in_order(paragraphs) == ["Ann Lee"]
