"""A body that sued whose name joins two words by "and" ("The Competition and Consumer
Authority has sued X") speaks whole for its filing, not as "Consumer Authority"; two bodies that
sued together stay two."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_FILING = (
    "According to the filing, lodged in the Federal Court on Tuesday, the carrier charged"
    " customers “without notice, without explanation and without the consent of the customer.”"
)


def test_a_claimant_joined_by_and_is_named_whole() -> None:
    for body in ("Competition and Consumer Authority", "Fair Trading and Markets Commission"):
        paragraphs = [f"The {body} has sued Halvard Logistics over fuel surcharges.", _FILING]
        assert speakers_in_order(paragraphs) == [body], body


def test_a_claimant_after_another_body_and_keeps_its_own_name() -> None:
    paragraphs = ["Harlow Games and Northwind Studios sued the carrier on Monday.", _FILING]
    assert speakers_in_order(paragraphs) == ["Northwind Studios"]
