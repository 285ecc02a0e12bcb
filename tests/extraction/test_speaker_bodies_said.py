""" "It" right after a body said something without a quote means that body ("…, the weather
service, Meteoval, said. In a bulletin, it had warned of “…”"); a body brought in as a
"service" ("the weather service, Meteoval,") is a body."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_PARTIAL = "“large hail and violent gusts capable of causing significant damage”"

_CASES = [
    (
        "Hail fell for twenty minutes, the regional weather service, Meteoval, said.",
        f"In a bulletin issued at 1.40pm, it had warned of {_PARTIAL} across the valley.",
        "Meteoval",
    ),
    (
        "The river rose a metre overnight, the state flood warning service, Hydrolux, said.",
        f"In an alert sent on Sunday, it warned of {_PARTIAL} along the banks.",
        "Hydrolux",
    ),
    (
        "Roads were closed across the county, the Marrow Highways Service said.",
        f"Earlier, it had cautioned drivers about {_PARTIAL} on high ground.",
        "Marrow Highways Service",
    ),
    (
        "Three ferries were cancelled, the Brennick Ferry Company said on Monday.",
        f"It warned of {_PARTIAL} in the strait.",
        "Brennick Ferry Company",
    ),
    (
        "The national weather service, Meteovia, disputed that.",
        f"In a post on X, it wrote that its warning of {_PARTIAL} had gone out at dawn.",
        "Meteovia",
    ),
    (
        "The Harbour Water Board denied any delay.",
        f"It said it had warned of {_PARTIAL} two days earlier.",
        "Harbour Water Board",
    ),
    (
        "The regional flood service, Hydrolux, disagreed on Monday.",
        f"Its duty officer had warned at noon of {_PARTIAL}, it added.",
        "Hydrolux",
    ),
]


@pytest.mark.parametrize(("said", "lead", "body"), _CASES)
def test_it_after_a_body_said_something(said: str, lead: str, body: str) -> None:
    assert speakers_in_order([f"{said} {lead}"]) == [body]


def test_a_quote_between_keeps_the_speaker_of_that_quote() -> None:
    paragraphs = [
        "The Marrow Highways Service said roads were shut.",
        "“We are asking everyone to stay at home tonight if they can,” said the Harbour"
        " Water Board. It said it had warned of “large hail and gusts over the whole coast.”",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Harbour Water Board"


def test_a_person_said_before_it_is_no_body() -> None:
    paragraphs = [
        f"Hail fell for an hour, Ann Lee said. She warned of {_PARTIAL} across the valley.",
    ]
    assert speakers_in_order(paragraphs) == ["Ann Lee"]
