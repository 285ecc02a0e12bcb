"""Speakers in the shapes of match reports and showbiz news, on invented sentences."""

from __future__ import annotations

from bot.extraction.objects import object_before
from bot.extraction.persons import first_name_gender
from bot.extraction.speakers import read_phrase
from tests.extraction.speaking import speakers_in_order


def test_a_position_written_with_a_hyphen_is_a_role() -> None:
    assert read_phrase("the centre-half")[0] == "role"
    assert read_phrase("the full-back")[0] == "role"
    assert read_phrase("the ex-wife")[0] == "role"
    assert read_phrase("the follow-up")[0] == "none"
    paragraphs = [
        "Skipper Ashley Prentice did not argue with his manager.",
        "“The gaffer is right and that is on the players,” the centre-half told reporters.",
        "Left-back Nina Osei was just as blunt. “We were second to every ball all night,” the"
        " full-back said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ashley Prentice", "Nina Osei"]


def test_a_position_named_before_the_name_is_found_again() -> None:
    paragraphs = [
        "Centre-back Joel Baptiste headed the equaliser.",
        "Harbour City then lost the lead again before the break.",
        "“I just attacked the ball and it flew in,” the centre-back said.",
    ]
    assert speakers_in_order(paragraphs) == ["Joel Baptiste"]


def test_a_team_before_a_role_and_a_name_does_not_speak() -> None:
    paragraphs = [
        "Bramcote Athletic lost again on Saturday.",
        "Bramcote skipper Ashley Prentice was not about to argue with his manager.",
        "“The gaffer is right and we all know it,” the captain told reporters.",
    ]
    assert speakers_in_order(paragraphs) == ["Ashley Prentice"]
    paragraphs[1] = "Rovers chief executive Ana Ruiz faced the fans after the game."
    paragraphs[2] = "“We will back the manager until the summer,” the boss said."
    assert speakers_in_order(paragraphs) == ["Ana Ruiz"]


def test_a_name_joined_by_and_still_opens_the_sentence() -> None:
    paragraphs = [
        "Ben Okafor and guest Carla Dunne were on stage all evening.",
        "“We had never played that song live before tonight,” the singer said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ben Okafor"]


def test_an_insider_is_the_source_brought_in_before_and_stays_unnamed() -> None:
    paragraphs = [
        "Corbin Ashe has yet to comment, but a source close to the actor said he was upset.",
        "“He thought they were working through things,” the insider told the outlet.",
        "An insider at the studio said filming would go on. “Nobody is walking off this set,”"
        " the source added.",
    ]
    assert speakers_in_order(paragraphs) == [None, None]


def test_a_named_insider_is_still_named() -> None:
    paragraphs = [
        "A studio insider, Dana Ferro, said the shoot was on schedule.",
        "“We wrap in March whatever the papers say,” the insider said.",
    ]
    assert speakers_in_order(paragraphs) == ["Dana Ferro"]


def test_a_work_named_inside_a_role_leaves_the_role() -> None:
    assert read_phrase("the “Night Shift” actress") == ("role", "the actress")
    assert read_phrase('the "Undertow" star') == ("role", "the star")
    paragraphs = [
        "Co-star Marisol Treviño came to his defense in a comment under the post.",
        "“There are two sides to every story and he is one of the kindest men,” the “Night"
        " Shift” actress wrote.",
    ]
    assert speakers_in_order(paragraphs) == ["Marisol Treviño"]


def test_kyle_is_a_man() -> None:
    assert first_name_gender("Kyle Dunmore") == "m"
    assert first_name_gender("Kylie Dunmore") == "f"
    paragraphs = [
        "Speaking after the match, Kyle Dunmore said: “I was up at five this morning plastering"
        " a kitchen.”",
        "Dunmore admitted he had no idea what he would tell his employer. “He is a Bramcote"
        " fan, so he might sack me,” he joked.",
    ]
    assert speakers_in_order(paragraphs) == ["Kyle Dunmore", "Kyle Dunmore"]


def test_a_possessive_opening_a_sentence_leaves_the_name_after_it_the_subject() -> None:
    text = "The news broke on Monday. But Ashe’s former co-star Marisol Treviño came to his aid."
    assert not object_before(text, text.index("Marisol"))
    text = "Ashe’s sister Ana Ruiz spoke first."
    assert not object_before(text, text.index("Ana"))
    text = "The reporter then told Ashe’s sister Ana Ruiz about it."
    assert object_before(text, text.index("Ana"))


def test_a_co_star_named_after_a_possessive_is_found_by_her_role() -> None:
    paragraphs = [
        "Her mother, Denise Vale, posted on Wednesday. “Proud of my girl, always,” Denise wrote.",
        "But Ashe’s former co-star Marisol Treviño came to his defense under the post. “There"
        " are two sides to every story,” the actress wrote.",
    ]
    assert speakers_in_order(paragraphs) == ["Denise Vale", "Marisol Treviño"]
