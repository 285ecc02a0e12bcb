"""Where the analysts or economists quoted on a company work ("Analysts at Brightwater
Securities were unimpressed") is not what a later "the company" means: "According to the
company’s annual report … The report describes his pay as “…”" is the company the story is
about; a firm that is itself the subject still may be."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_LEDE = "Tarrow Foods reported a 12 per cent fall in annual profit on Tuesday."
_REPORT = (
    "According to the company’s annual report, the chief executive, Bernard Oyelaran, was paid"
    " £3.1 million last year. The report describes his pay as “appropriate for a company of this"
    " size and complexity.”"
)


def test_the_analysts_employer_is_not_the_company() -> None:
    for analysts in (
        "Analysts at Brightwater Securities were unimpressed and cut their target.",
        "An economist at Holloway Searle Capital said the results were weak.",
        "Fund managers at Orrery Partners sold some of their shares.",
    ):
        paragraphs = [_LEDE, analysts, _REPORT]
        assert speakers_in_order(paragraphs)[-1] == "Tarrow Foods", analysts


def test_a_firm_that_is_the_subject_is_still_the_company() -> None:
    paragraphs = [
        "Analysts were unimpressed by the results of the grocer.",
        "Brightwater Securities Ltd cut its forecasts on Tuesday.",
        _REPORT,
    ]
    assert speakers_in_order(paragraphs)[-1] == "Brightwater Securities Ltd"
