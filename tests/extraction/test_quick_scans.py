"""The quick first scans that let most articles skip a fuller pattern still find what it finds."""

from __future__ import annotations

import pytest

from bot.extraction.body_kinds import introduced, may_be_introduced
from bot.extraction.entities import Organisations
from bot.extraction.index import CapitalIndex
from bot.extraction.lexicon import NAME_RUN
from bot.extraction.name_choices import NameChoices
from bot.extraction.names import People
from bot.extraction.orgs import org_spans
from bot.extraction.persons import same_surname_choice
from bot.extraction.publishing import publishes
from bot.extraction.run_starts import capital_before
from bot.extraction.spokespeople import proxy_surnames


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Nature wrote that the reef was shrinking.", "Nature", True),
        ("Last spring Nature  reported a second die-off.", "Nature", True),
        ("Signature wrote nothing of the sort.", "Nature", False),
        ("O'Nature wrote back.", "Nature", False),
        ("The Nature team said little.", "Nature", False),
    ],
)
def test_publishes_reads_the_word_before_the_name(text: str, name: str, expected: bool) -> None:
    assert publishes(text, name) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her publicist, Dana Whitlow, declined to comment.", {"Whitlow"}),
        ("Omar Vance, the team lawyer, would not say.", {"Vance"}),
        ("His longtime agent Pia Roe said nothing.", {"Roe"}),
        ("The report was agented by nobody; Pia Roe said nothing.", set()),
        ("A spokesperson for the club declined to comment.", set()),
        ("Longtime FAN Rosa Diaz queued from dawn.", {"Diaz"}),
        ("Superfan Rosa Diaz queued from dawn.", {"Diaz"}),
        ("An onlooker, Tom Hale, filmed it; onlooker Ada Moss did not.", {"Moss"}),
        ("The fans Rosa Diaz met were infant Tom Hale's age.", set()),
    ],
)
def test_proxy_surnames_with_and_without_a_proxy_noun(text: str, expected: set[str]) -> None:
    assert proxy_surnames(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The watchdog group Newsguard has flagged 600 sites.", "Newsguard", True),
        ("Newsguard has flagged 600 sites.", "Newsguard", False),
        ("Her insurer, Harbour, paid out in full.", "Harbour", True),
        ("She joined Friends of Bank last year.", "Bank", True),
        ("She thanked the Friends of University. Nobody came.", "University", True),
        ("She joined Friends of Bank last year.", "Friends", False),
    ],
)
def test_one_word_body_found_as_among_all_organisations(
    text: str, name: str, expected: bool
) -> None:
    quick = Organisations(CapitalIndex(text)).is_named(name)
    read_all = Organisations(CapitalIndex(text))
    assert (name in {found for _, found in read_all.mentions()}) is expected
    assert quick is expected


@pytest.mark.parametrize(
    ("text", "name", "expected", "looked_for"),
    [
        ("The record label Frostbyte said no.", "Frostbyte", True, True),
        ("Her insurer,\n  Mutava, paid out in full.", "Mutava", True, True),
        ("Mutava, her insurer, paid out in full.", "Mutava", True, True),
        ("A firm  Ardent won the bid.", "Ardent", True, True),
        ("Ardent won the bid, a firm said.", "Ardent", False, False),
        ("The firm’s Ardent team won, and Ardent said so.", "Ardent", False, False),
        ("Ardent, which won, is a firm.", "Ardent", False, False),
        ("Ardent, the rival, is no firm.", "Ardent", False, True),
    ],
)
def test_a_body_named_with_its_kind_is_looked_for_only_where_it_may_be(
    text: str, name: str, expected: bool, looked_for: bool
) -> None:
    assert any(found == name for _, found in introduced(text)) is expected
    assert may_be_introduced(text, name) is looked_for
    assert Organisations(CapitalIndex(text)).is_named(name) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staff at the Harbour Trust BANK said so.", ["Harbour Trust BANK"]),
        ("Staff at the Harbour Trust Bänk said so.", ["Harbour Trust"]),
        ("The Zürich Opera Council met.", ["Zürich Opera Council"]),
        ("A council said so, and the Harbour Board agreed.", ["Harbour Board"]),
        ("Ann Lee and Tom Ode said so.", []),
    ],
)
def test_organisation_words_found_in_any_case(text: str, expected: list[str]) -> None:
    assert [name for _, _, name in org_spans(text)] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Pastor Ann Lee", "Lee", True),
        ("Bramcote County, Ann Lee", "Ann", False),
        ("the case of J.K. Rowling", "Rowling", True),
        ("Her deputy, Lee said", "Lee", False),
        ("“Ann Lee", "Ann", False),
        ("said Lee", "Lee", False),
    ],
)
def test_a_capital_word_before_a_name_ends_at_its_last_letter(
    text: str, name: str, expected: bool
) -> None:
    assert capital_before(text, text.index(name)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "3M said on Monday that 7-Eleven and 23andMe would follow.",
            ["3M", "Monday", "7-Eleven", "23andMe"],
        ),
        ("In 2024 Ann Lee, 52, paid 1.5M to A3 and x3M.", ["In", "Ann Lee", "M", "A3", "M."]),
        ("Ali al-Rashid met Jan van der Berg.", ["Ali al-Rashid", "Jan van der Berg."]),
    ],
)
def test_name_runs_open_with_a_capital_or_with_digits_before_one(
    text: str, expected: list[str]
) -> None:
    assert NAME_RUN.findall(text) == expected


def test_a_surname_stands_for_the_same_person_as_read_at_every_place() -> None:
    text = (
        "Declan Rowe opened the mill. Rowe said little.\n"
        "His brother Fintan Rowe ran it later. Rowe said more.\n"
        "Then Declan Rowe came back. Rowe smiled, and Fintan Rowe left. Rowe wept."
    )
    people = People(text)
    candidates = people._fuller("Rowe")
    assert len({full for _, full in candidates}) == 2
    choices = NameChoices(candidates, candidates)
    for at in range(-1, len(text) + 1):
        assert choices.at(at) == same_surname_choice(candidates, at)
    assert {people.full_name("Rowe", at) for at in range(len(text))} == {
        "Declan Rowe",
        "Fintan Rowe",
    }


def test_no_line_is_read_for_mentions_when_none_can_lie_between() -> None:
    text = "Ann Lee spoke first.\n“We wait,” Tom Ode said."
    people = People(text)
    quote = text.index("“")
    assert people.before(quote, floor=quote) == []
    assert people._chunks == {}
    assert [m.name for m in people.before(quote + 12, floor=quote)] == ["Tom Ode"]
