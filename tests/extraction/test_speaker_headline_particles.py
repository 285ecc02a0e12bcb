"""A Title Case headline that alone gives the full name of someone the body calls by surname:
names with lower-case particles ("Milo de Bock"), a joined "al-" ("Aminatu al-Farouk"),
initials ("A. B. Lawrence"), a romanised Korean given name ("Lee Min-jun") and a Vietnamese
name written family name first ("Nguyễn Văn Châu")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BODY = "The head teacher said the plans were unfair to the villages around the valley."
_QUOTE = "“Nobody at the ministry has explained where last year’s money went"

_NAMED = [
    ("Milo de Bock", "de Bock"),
    ("Milo De Bock", "de Bock"),
    ("Femke van der Zwaluw", "van der Zwaluw"),
    ("Hendrik ter Horst", "ter Horst"),
    ("Irmgard zu Wellendorf", "zu Wellendorf"),
    ("Joana dos Ramalhos", "dos Ramalhos"),
    ("Aminatu al-Farouk", "al-Farouk"),
    ("Kareem el-Tahawy", "el-Tahawy"),
    ("A. B. Lawrence", "Lawrence"),
    ("K. L. Onyekachi", "Onyekachi"),
    ("Lee Min-jun", "Lee"),
    ("Park Seo-yeon", "Park"),
]


@pytest.mark.parametrize(("full", "surname"), _NAMED)
def test_the_surname_in_the_body_is_the_headline_name(full: str, surname: str) -> None:
    headline = f"{full} Warns Over School Cuts in the Valley"
    paragraphs = [_BODY, f"{_QUOTE},” {surname} said."]
    assert speakers_in_order(paragraphs, headline) == [full]


@pytest.mark.parametrize(("full", "surname"), _NAMED[:6])
def test_the_surname_opening_a_sentence_is_the_headline_name(full: str, surname: str) -> None:
    headline = f"{full} Attacks Plans for School Cuts"
    paragraphs = [_BODY, f"{surname[0].upper()}{surname[1:]} said: {_QUOTE}.”"]
    assert speakers_in_order(paragraphs, headline) == [full]


@pytest.mark.parametrize(
    ("full", "expected"),
    [
        ("Rosa ter Haas, 45,", "Rosa ter Haas"),
        ("Dr Konrad zu Eltzbach", "Konrad zu Eltzbach"),
        ("Nina ter Vliet, a teacher,", "Nina ter Vliet"),
    ],
)
def test_ter_and_zu_belong_to_the_name(full: str, expected: str) -> None:
    assert speakers_in_order([f"{full} said: {_QUOTE}.”"]) == [expected]


def test_a_place_with_a_particle_in_the_headline_names_no_one() -> None:
    headline = "Floods Hit Villages Along the Rio de Janeiro Coast Again"
    paragraphs = [_BODY, f"{_QUOTE},” said the mayor."]
    assert speakers_in_order(paragraphs, headline) == [None]


def test_a_word_before_particles_the_body_never_writes_stays_lowered() -> None:
    headline = "Tourists Return to Old Port de Vila Markets"
    paragraphs = ["Stallholders said trade was slowly improving.", f"{_QUOTE},” said one trader."]
    assert speakers_in_order(paragraphs, headline) == [None]


def test_a_hyphenated_common_word_is_no_korean_name() -> None:
    headline = "Start-up Founders Say Rules Are Too Strict for New Firms"
    paragraphs = [_BODY, f"{_QUOTE},” Lee said."]
    assert speakers_in_order(paragraphs, headline) == ["Lee"]


@pytest.mark.parametrize(
    ("full", "family"),
    [("Nguyễn Văn Châu", "Nguyễn"), ("Phạm Thị Ngọc", "Phạm"), ("Bùi Văn Hoàng", "Bùi")],
)
def test_a_vietnamese_name_family_name_first(full: str, family: str) -> None:
    headline = f"{full} Warns Over School Cuts in the Valley"
    paragraphs = [_BODY, f"{_QUOTE},” {family} said."]
    assert speakers_in_order(paragraphs, headline) == [full]


def test_a_city_named_for_someone_is_no_speaker() -> None:
    headline = "Ho Chi Minh City Floods Leave Thousands Without Power"
    paragraphs = ["Water rose overnight in low districts.", f"{_QUOTE},” said a shopkeeper."]
    assert speakers_in_order(paragraphs, headline) == [None]
