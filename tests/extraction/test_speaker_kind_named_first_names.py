"""A body of three words set beside its kind ("Mercy Ships Asia, a charity,") is that body even
when its first word is a first name, so "the charity said" is it, not another body named
before; a person of two words beside a kind keeps no body."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "According to the Regional Weather Centre, the storm was “the strongest to make landfall "
    "here in three decades”."
)
_QUOTE = "“The need for clean water is the most urgent thing right now,”"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Mercy Ships Asia", "charity"),
        ("Grace Harbour Relief", "charity"),
        ("Victor Tide Holdings Asia", "company"),
    ],
)
def test_a_body_beside_its_kind_speaks_for_it(body: str, kind: str) -> None:
    paragraphs = [
        _BEFORE,
        f"{body}, a {kind}, said its teams had reached two villages. {_QUOTE} the {kind} said.",
    ]
    assert speakers_in_order(paragraphs) == ["Regional Weather Centre", body]
