"""Every name of a list that opens with "including", "among them" or "such as" is one of those
listed, not the sentence's subject: a later "she said" means the subject."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_the_middle_name_of_an_including_list_is_not_she() -> None:
    paragraphs = [
        "Ann Lee was hit by a bottle on Sunday as she stood with her co-stars, including"
        " Tom Reyes, Bea Cole and Mia Park.",
        "She touched her head and looked at the others. Earlier she had told a reporter how the"
        " film was made.",
        "“I had the best time of my life working on this film with them,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ann Lee"]


def test_a_long_list_with_a_closing_and_leaves_he_with_the_subject() -> None:
    paragraphs = [
        "Omar Haddad flew home with the squad, including Tom Reyes, Carl Moss, John Smith,"
        " and Peter Lund.",
        "“We will be back next season and we will be stronger,” he said at the airport.",
    ]
    assert speakers_in_order(paragraphs) == ["Omar Haddad"]


def test_a_name_after_among_them_is_not_she() -> None:
    paragraphs = [
        "Maria Lopez, the union leader, sat beside colleagues, among them Karen Diaz and"
        " Linda Moore.",
        "She spoke first and for a long time.",
        "“We will not accept a single job cut in this plant,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Maria Lopez"]


def test_a_name_after_such_as_is_not_he() -> None:
    paragraphs = [
        "Paul Hart coached players such as Leo Mann, Sam Ortiz and Dan Cole in his ten years.",
        "“I was lucky to have them, every one of them,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Paul Hart"]


def test_the_only_named_person_of_an_including_list_is_still_she() -> None:
    paragraphs = [
        "Several officials, including Karen Diaz, attended the briefing.",
        "She said later that the plan was sound.",
        "“It is the best plan we have seen in a decade,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Karen Diaz"]


def test_a_subject_after_a_fronted_phrase_with_a_comma_is_still_he() -> None:
    paragraphs = [
        "Along with Tom Reyes, Carl Moss founded the club in 1990.",
        "“We had no pitch and no money, only a ball,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Carl Moss"]


def test_a_list_of_speakers_named_as_the_subject_keeps_its_last_man() -> None:
    paragraphs = [
        "Ann Lee thanked the volunteers. Later, Tom Reyes, Carl Moss and John Smith took"
        " the stage.",
        "“None of this would exist without the people in this room,” Smith said.",
    ]
    assert speakers_in_order(paragraphs) == ["John Smith"]
