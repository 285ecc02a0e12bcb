"""A document's issuer written with a title and initials ("a press note issued by District
Collector Dr. S. Nagalakshmi"): a title's or an initial's stop ends no sentence, so the issuer
is the whole name, not "District Collector Dr"."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_an_issuer_with_a_title_and_initials_is_named_whole() -> None:
    paragraphs = [
        "The district administration has revised school timings.",
        "According to a press note issued by District Collector Dr. S. Nagalakshmi, schools will "
        "close at noon. “Headmasters shall ensure that drinking water is available in every "
        "classroom,” the press note stated.",
    ]
    assert speakers_in_order(paragraphs) == ["S. Nagalakshmi"]
    paragraphs = [
        "The university has postponed its examinations.",
        "A notice issued by Registrar Prof. T. Venkatesh Rao on Monday listed the new dates. "
        "“Students shall carry their hall tickets to every examination,” the notice read.",
    ]
    assert speakers_in_order(paragraphs) == ["T. Venkatesh Rao"]


def test_near_misses_keep_their_reading() -> None:
    paragraphs = [
        "The Harbour Authority published a notice on Friday.",
        "Fishing is banned near the pier. “No vessel may moor at the north quay until repairs are "
        "complete,” the notice read.",
    ]
    assert speakers_in_order(paragraphs) == ["Harbour Authority"]
