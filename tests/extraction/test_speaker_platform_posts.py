"""A post brought in as "In a Facebook post, the office said": the platform is where it was
posted, never who posted it; the body that said so is its writer."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_post_on_a_named_platform_is_the_subject_bodys() -> None:
    paragraphs = [
        "Two men were arrested after a chase, according to the Greyfield County Sheriff’s Office.",
        "In a Facebook post on Monday, the sheriff’s office said a deputy had spotted the van.",
        "“The suspects abandoned the vehicle and fled into the woods on foot,” the post reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Greyfield County Sheriff’s Office"]
    paragraphs = [
        "In an Instagram post on Sunday, the Tallow Point Lifeboat Station thanked volunteers.",
        "“Every one of our crew gave up their weekend to bring those walkers home,” the post said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tallow Point Lifeboat Station"]


def test_a_body_named_by_its_owner_and_kind_writes_the_post() -> None:
    paragraphs = [
        "Three cases of measles were confirmed by the Harlow County Health Department on Friday.",
        "In a LinkedIn post on Saturday, the county’s health department said a clinic would open.",
        "“Anyone who was at the Eastgate pool on Tuesday evening should check their records,” the "
        "post said.",
    ]
    assert speakers_in_order(paragraphs) == ["Harlow County Health Department"]


def test_near_misses_keep_their_writer() -> None:
    paragraphs = [
        "Councillor Imani Ostrowski wrote on Facebook that the decision was shameful.",
        "“We were promised a library and we have been given a car park,” the post read.",
    ]
    assert speakers_in_order(paragraphs) == ["Imani Ostrowski"]
    paragraphs = [
        "A Facebook spokesperson said the company had removed the page on Tuesday.",
        "“We do not allow content that threatens people with violence,” the statement read.",
    ]
    assert speakers_in_order(paragraphs) != ["Facebook spokesperson"]


def test_an_update_a_body_posted_is_the_bodys() -> None:
    paragraphs = [
        "A road was closed after a crash, according to the Orrin County Sheriff’s Office.",
        "The sheriff’s office posted an update on Facebook on Tuesday morning. “Route 9 has "
        "reopened in both directions. Thank you for your patience,” the update read.",
    ]
    assert speakers_in_order(paragraphs) == ["Orrin County Sheriff’s Office"]
    paragraphs = [
        "The Lowfield Water Board posted an update on its website at noon.",
        "“Customers in the north of the town may see discoloured water until Friday,” the "
        "update said.",
    ]
    assert speakers_in_order(paragraphs) == ["Lowfield Water Board"]
    paragraphs = [
        "Mayor Lena Ostrowski said she would update residents on Friday.",
        "“We will have answers about the water by the end of the week,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Lena Ostrowski"]
