"""A court filing read out ("“…,” the filing reads", "the motion states", "according to the
motion") speaks for the one who filed it, named as the subject of the sentences just before
that tell what it asks; not the court, the office or the place, and no one when the filing is an
unnamed party's ("X's defence team wrote in court papers …"). A filing a named body made ("the
authority's motion") stays that body's, and "X wrote in the filing" stays X's."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_ASKED = (
    "Assistant State Attorney Dolores Whitcombe asked the court on Tuesday to begin the trial in"
    " early March. Whitcombe also asked Judge Arvid Pelletier to set aside six weeks for it."
)
_DEFENDANT = "The defendant, Oskar Brenneman, 51, has pleaded not guilty to both charges."


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            _ASKED,
            "“Jurors who serve on a trial this long need to plan their work around it,” the"
            " motion states.",
        ],
        [
            _ASKED,
            _DEFENDANT,
            "In the same motion, Whitcombe told the judge that two witnesses live abroad."
            " “Both will need several weeks to arrange travel,” the filing reads.",
        ],
        [
            _ASKED,
            "Whitcombe further asked that jurors be shown the warehouse. Such a visit, according"
            " to the motion, would show them “how little light there was at that hour.”",
        ],
        [
            "Defence lawyer Tobias Okonjo-Reyes filed a motion on Wednesday asking the judge to"
            " move the trial out of the county.",
            "“Nearly every household here has read about this case for a year,” the motion says.",
        ],
    ],
)
def test_a_filing_speaks_for_the_one_who_filed_it(paragraphs: list[str]) -> None:
    speaker = "Tobias Okonjo-Reyes" if "Okonjo" in paragraphs[0] else "Dolores Whitcombe"
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    "asked",
    [
        "Prosecutor Ingeborg Saltmarsh of the Fenwick County Attorney's Office asked the court"
        " on Friday to start the trial in June.",
        "Ingeborg Saltmarsh, who leads the prosecution, spoke briefly after the hearing. She"
        " also asked the judge to start the trial in June.",
    ],
)
def test_the_filer_is_the_person_not_her_office(asked: str) -> None:
    paragraphs = [
        asked,
        "“For a trial this long, jurors need time to put their own affairs in order,” the filing"
        " reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Ingeborg Saltmarsh"]


def test_a_filing_by_an_unnamed_defence_team_is_no_ones() -> None:
    paragraphs = [
        _ASKED,
        _DEFENDANT,
        "Brenneman's defence team wrote in court papers that the phone records arrived late."
        " “He often walked the dog after midnight,” the filing reads.",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_a_filer_who_wrote_in_it_keeps_the_quote() -> None:
    paragraphs = [
        _ASKED,
        "“The defence has had these records since the spring,” Whitcombe wrote in the filing.",
    ]
    assert speakers_in_order(paragraphs) == ["Dolores Whitcombe"]


def test_a_named_bodys_motion_stays_the_bodys() -> None:
    paragraphs = [
        _ASKED,
        "The Harrowgate Port Authority, which owns the warehouse, has also asked the judge to"
        " seal its floor plans. “Publishing them would put our staff at risk,” the authority's"
        " motion states.",
    ]
    assert speakers_in_order(paragraphs) == ["Harrowgate Port Authority"]


def test_a_judge_asking_the_jury_files_nothing() -> None:
    paragraphs = [
        "Judge Marta Oyelaran asked the jury to set aside the testimony of the last witness.",
        "“The witness was never shown the photographs,” the filing reads.",
    ]
    assert speakers_in_order(paragraphs) == [None]
