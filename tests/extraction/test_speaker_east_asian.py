"""Speakers with Korean, Chinese and Japanese names written family name first, on invented text."""

from __future__ import annotations

from bot.extraction.name_shapes import caps_family
from bot.extraction.runs import split_run
from tests.extraction.speaking import speakers_in_order


def test_a_hyphened_given_name_after_the_family_name_is_kept() -> None:
    paragraphs = [
        "Dongmin Foods raised its forecast on Monday.",
        "“Our noodles sold out in every city we tried this summer,” Dongmin CEO Park Ji-woo said"
        " on a call with analysts.",
    ]
    assert speakers_in_order(paragraphs) == ["Park Ji-woo"]


def test_the_family_name_alone_later_is_the_full_name() -> None:
    paragraphs = [
        "Finance chief Choi Min-jun said margins would widen again by the spring.",
        "“We have cut the cost of every pack by a tenth since May,” Choi said.",
    ]
    assert speakers_in_order(paragraphs) == ["Choi Min-jun"]


def test_a_family_name_in_capitals_before_the_given_name() -> None:
    paragraphs = [
        "The study was led by Professor LEE Sora of the physics department.",
        "“The signal was there on every one of the forty nights,” WANG Lei, a postdoctoral"
        " researcher in the group, explains.",
        "“We still want a second telescope to see it before we call it a discovery,” Prof. LEE"
        " said.",
    ]
    assert speakers_in_order(paragraphs) == ["WANG Lei", "LEE Sora"]


def test_a_descriptor_with_a_hyphen_is_still_no_name() -> None:
    assert split_run("Seoul-born Park Ji-woo") == ("Park Ji-woo", True)
    assert split_run("Dallas-based") == ("", True)


def test_an_acronym_in_capitals_is_still_no_person() -> None:
    paragraphs = [
        "“The launch window opens on the ninth and closes a week later,” NASA said in a statement.",
    ]
    assert speakers_in_order(paragraphs) == ["NASA"]
    assert split_run("KIM Hana") == ("KIM Hana", False)
    assert split_run("Professor KIM") == ("KIM", True)


def test_a_family_name_that_is_also_a_common_word() -> None:
    paragraphs = [
        "Mirae Electronics showed a folding laptop on Tuesday.",
        "“We expect to sell a million of these in the first year,” said Oh Se-jin, the head of"
        " the mobile unit.",
        "“Nobody else can make a hinge this thin and this strong,” Oh Se-jin said.",
    ]
    assert speakers_in_order(paragraphs) == ["Oh Se-jin", "Oh Se-jin"]


def test_a_common_word_opening_a_sentence_is_still_cut_from_a_name() -> None:
    paragraphs = [
        "Mirae Electronics showed a folding laptop on Tuesday.",
        "Meanwhile Tomas Reyes said the price was too high. “Nobody I know will pay that much"
        " for a laptop,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tomas Reyes"]


def test_a_short_family_name_in_capitals_alone_later() -> None:
    paragraphs = [
        "The survey was led by Dr. LI Na of the institute's ocean group.",
        "“The warm water reached the shelf three weeks earlier than in any year before,” said LI.",
    ]
    assert speakers_in_order(paragraphs) == ["LI Na"]


def test_a_short_surname_alone_is_still_not_lengthened_to_a_longer_name() -> None:
    paragraphs = [
        "Tom Li of the harbour board spoke first.",
        "“The warm water reached the shelf three weeks earlier than in any year before,” said Li.",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Li"]


def test_a_family_name_in_capitals_beyond_the_short_list() -> None:
    paragraphs = [
        "The institute said its model forgets less than any before it.",
        "CHA Sunmi, who is a chip engineer on the project and at the institute, notes, “The"
        " brain does all of this on the power of a dim bulb.”",
        "“We only copied one small gate from the hippocampus,” said ZENG Wei, a postdoctoral"
        " researcher.",
        "YAMADA Taro, who led the hardware side, explains: “The chip needs no cooling at all.”",
        "“Nobody expected the memory to last a full week,” HSU Mei-ling added.",
    ]
    assert speakers_in_order(paragraphs) == [
        "CHA Sunmi",
        "ZENG Wei",
        "YAMADA Taro",
        "HSU Mei-ling",
    ]


def test_a_longer_list_family_name_needs_a_given_name_after_it() -> None:
    assert caps_family(["CHA", "Sunmi"], 0)
    assert not caps_family(["CHA"], 0)  # alone it may be an acronym
    assert not caps_family(["SIM", "Card"], 0)  # a common word is no given name
    assert not caps_family(["YAMADA", "Tokyo"], 0)  # nor is a place
    assert not caps_family(["CHA", "Sunmi", "Lab"], 0)
    paragraphs = [
        "“The fix will reach every phone by Friday,” the IP Office said in a statement.",
    ]
    assert speakers_in_order(paragraphs) == ["IP Office"]
