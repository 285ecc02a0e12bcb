"""Genders from the article's own pronouns, and names that are no person, on invented sentences."""

from __future__ import annotations

from bot.extraction.quotes import extract_quotes
from bot.extraction.runs import split_run
from tests.extraction.speaking import speakers_in_order


def test_a_venue_after_at_takes_no_gender_from_the_she_after_it() -> None:
    paragraphs = [
        "Priya Nair was twelve when she first held an oar, and rowed every summer after that on"
        " the lake behind her grandmother's house, usually alone and usually at dawn.",
        "She had no plan to race again after starting at Yale. Earlier, she had been spotted by a"
        " coach while rowing at Lakeside Academy, but after she gave him her number, the coach"
        " went quiet. “He told me there were no places left for the season,” she recounts.",
    ]
    assert speakers_in_order(paragraphs) == ["Priya Nair"]


def test_pronouns_that_all_go_against_a_listed_first_name_give_the_gender() -> None:
    paragraphs = [
        "Andrea Conti has run the island ferry since 1998, when he bought it from his uncle.",
        "Conti says he will not sell, even though Conti admits he is tired of the winter"
        " crossings.",
        "The harbour board wants a bigger boat. Its chair, Maria Rossi, met the ferryman last"
        " week. “We have one more summer in this old boat, maybe two,” he said afterwards.",
    ]
    assert speakers_in_order(paragraphs) == ["Andrea Conti"]


def test_a_release_mentioned_in_a_sentence_whose_subject_is_he_was_issued_by_no_name() -> None:
    paragraphs = [
        "Tom Reyes has been quiet since the tour ended.",
        "He revealed on Monday that his new album, Oscar in the Attic, would arrive in May, his"
        " first release since the band announced a long break. According to the press release,"
        " Oscar in the Attic “captures the years the band spent on the road and at sea.”",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_to_release_a_record_mentions_no_release_that_could_speak() -> None:
    paragraphs = [
        "Tom Reyes was the first of the band to release a record of his own, and posted it online"
        " in 2015.",
        "The band's new album arrives in May. According to the press release, the new songs"
        " “capture the years the band spent on the road and at sea.”",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_the_capitalised_verb_after_a_titles_i_starts_no_name() -> None:
    assert split_run("I Want Rain")[0] == ""  # "her album If You Go, I Want Rain"
    assert split_run("What I Wrote To Tom Reyes")[0] == "Tom Reyes"


def test_a_body_written_in_capitals_once_is_found_from_its_mixed_case_short_form() -> None:
    paragraphs = [
        "LUMASONG Music announced on May 2 that the band’s next single would arrive in June.",
        "Tom Reyes gave fans an early present when he dropped the single. LumaSong described the"
        " track as a “bright little song for the long summer evenings at home.”",
    ]
    assert speakers_in_order(paragraphs) == ["LUMASONG Music"]


def test_remembers_after_a_quote_is_a_speech_verb_and_joins_its_halves() -> None:
    paragraphs = [
        "Priya Nair rows every morning.",
        "Her father was supportive, though careful about the sport. “He was always telling me to"
        " stay close to the shore,” she remembers. “I can’t think of one dad who would let a girl"
        " row out alone at dawn.”",
    ]
    quotes = extract_quotes(tuple(paragraphs))
    assert [q.speaker for q in quotes] == ["Priya Nair"]
    assert quotes[0].text.endswith("row out alone at dawn.")


def test_remembers_a_name_telling_him_is_still_that_persons() -> None:
    paragraphs = [
        "Kofi Mensah met the singer Ama Owusu at a club in 2019. “You have to own that name,” he"
        " remembers Ama telling him.",
    ]
    assert speakers_in_order(paragraphs) == ["Ama Owusu"]


def test_words_of_others_recalled_in_an_attribution_are_not_the_second_half() -> None:
    paragraphs = [
        "“Back then, I read every bad review twice,” Priya Nair says, recalling how critics wrote"
        " things like, “Nice try, but she will never win a race.” “I was fifteen, and I believed"
        " every single word of it.”",
    ]
    quotes = sorted(extract_quotes(tuple(paragraphs)), key=lambda q: paragraphs[0].find(q.text))
    assert [q.text[:10] for q in quotes] == ["Back then,", "Nice try, ", "I was fift"]
    assert [q.speaker for q in quotes] == ["Priya Nair", None, "Priya Nair"]


def test_a_name_written_alone_takes_the_gender_of_its_one_pronoun_over_the_lists() -> None:
    paragraphs = [
        "Robin has played the late set at the harbour club for a decade, and his crowd knows"
        " every record.",
        "Hana Ito opened the night. Robin announced from the booth at midnight that a new record"
        " was coming soon. “I found someone I love working with, so it will be out before the"
        " summer,” he teased.",
    ]
    assert speakers_in_order(paragraphs) == ["Robin"]
