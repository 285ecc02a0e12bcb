"""Surnames, relatives, acronyms and groups behind a quote, on invented sentences."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_surname_means_the_person_whose_name_ends_in_jr_not_a_relative_named_once() -> None:
    paragraphs = [
        "Walter H. Grange Jr.’s run for governor rests on old grudges.",
        "Grange says the mill closed because of “people in the state capital who hated my"
        " father,” Judge Walter H. Grange. He also blames his uncle, Henry P. Grange, for the"
        " sale.",
        "“I will reopen the mill on the first day in office,” Grange said.",
    ]
    assert speakers_in_order(paragraphs) == ["Walter H. Grange Jr.", "Walter H. Grange Jr."]


def test_a_generational_suffix_is_kept_with_a_possessive_in_the_headline() -> None:
    paragraphs = ["“We will build the bridge before the winter,” Ode told the crowd."]
    headline = "Samuel T. Ode Sr.’s last campaign"
    assert speakers_in_order(paragraphs, headline) == ["Samuel T. Ode Sr."]


def test_he_after_a_sentence_opened_by_even_and_a_surname_named_in_full_before() -> None:
    paragraphs = [
        "The method came from a paper by the chemist Ivo Petrak, then at a lab in Brno.",
        "Many in the field are weary, including Omar Pike, who says the long wait has dimmed his"
        " hopes. Even Petrak, the pioneer, who now teaches in Oslo, has grown gloomy. “In theory"
        " it is lovely, but we lack the tools to make it work,” he says.",
    ]
    assert speakers_in_order(paragraphs) == ["Ivo Petrak"]


def test_he_after_roe_says_means_roe_when_only_the_name_list_called_them_a_woman() -> None:
    paragraphs = [
        "Omar Pike, a chemist at the state university, doubts the result. “It is really a coin"
        " toss either way,” says Andrea Vance, a physicist.",
        "Down the hall, Vance is trying another route. Recently, Vance and colleagues measured the"
        " gap and found it twice as large, Vance says. “It really feels like we can finally make"
        " this work,” he says.",
    ]
    assert speakers_in_order(paragraphs) == ["Andrea Vance", "Andrea Vance"]


def test_a_company_left_by_a_named_person_takes_no_gender_from_the_he_after_it() -> None:
    paragraphs = [
        "Rita Moss, a chemist who grows the crystals, blames Acme’s rush to ship. “They tried to"
        " run before they could walk,” she says.",
        "Omar Pike, who builds the samples, traces it to Acme’s rushed push to ship a product."
        " “It was much too soon to make all those promises,” he says.",
        "Many big names quit. Earlier this year, Ivo Marsh also left Acme, and he recently joined"
        " a rival team across the road.",
    ]
    assert speakers_in_order(paragraphs) == ["Rita Moss", "Omar Pike"]


def test_said_and_a_name_with_a_description_after_a_partial_quote_end_the_sentence() -> None:
    paragraphs = [
        "Critics call the old bridges unsafe. But bridges are among “the most inspected and"
        " repaired” structures in the county, said Nora Blake, a planner at the city and the head"
        " of its roads board."
    ]
    assert speakers_in_order(paragraphs) == ["Nora Blake"]


def test_a_role_without_a_name_saying_something_is_no_earlier_speaker() -> None:
    paragraphs = [
        "Omar Pike said the paper gave in “to pressure from the big drug companies,” he told a"
        " podcast. The then-Gazette editor rejected this, saying they “bowed only to the facts and"
        " to our own consciences.”",
        "Her deputy, Rita Moss, spoke later. The deputy dismissed the claim, saying “nobody here"
        " has ever taken a call from a drug company.”",
    ]
    assert speakers_in_order(paragraphs) == ["Omar Pike", None, "Rita Moss"]


def test_a_plural_acronym_before_he_is_no_person_the_pronoun_could_mean() -> None:
    paragraphs = [
        "Omar Pike says “thin evidence” is enough.",
        "Payday loans, or PDLs, are linked to the floods, he told listeners on a show hosted by Ivo"
        " Marsh. The town should have begun studying the dam years ago, he said, because “there is"
        " far too little water left for the farms.”",
    ]
    assert speakers_in_order(paragraphs) == ["Omar Pike"]


def test_the_group_after_a_counted_group_of_relatives_is_no_organisation_named_before() -> None:
    paragraphs = [
        "Those are some of the hardest states for access, said Rita Moss, co-editor of Ballot"
        " Access Weekly News.",
        "Three of Pike’s siblings called the run “reckless” for the town. “Omar carries our name,"
        " but none of our beliefs and none of our good sense,” the group wrote in a shared"
        " statement.",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_short_lines_after_someone_maintained_colon_are_their_claims() -> None:
    paragraphs = [
        "Omar Pike has run the depot for years.",
        "In radio and podcast appearances this spring, Pike steadily maintained:",
        "The dam is leaking.",
        "No inspector has “ever walked the full length of the spillway.”",
        "The council hid the reports.",
        "The flood of 1998 was “planned by people who wanted the land cheap for themselves.”",
        "Engineers say all of this is wrong, and that the reports were published in full at the"
        " time, with maps, photographs and every measurement taken along the spillway, so that"
        " anyone could read them. One of them, who asked not to be named, called the claims"
        " “an insult to every person who has worked on that dam.”",
    ]
    assert speakers_in_order(paragraphs) == ["Omar Pike", "Omar Pike", None]


def test_its_website_means_the_group_described_in_the_quote_sentence_not_an_older_page() -> None:
    paragraphs = [
        "Omar Pike says the river is dirty, according to a state FAQ page about mercury.",
        "In 2018, he created Clean Rivers Defense, a small legal charity that works “hard to stop"
        " harmful waste reaching the water,” its website says.",
    ]
    assert speakers_in_order(paragraphs) == ["Clean Rivers Defense"]


def test_a_hyphenated_word_counts_as_two_towards_the_five_words_of_a_quote() -> None:
    paragraphs = ["Jo Rae likes the plan. “It’s a two-sided coin,” she says. “Not bad.”"]
    assert speakers_in_order(paragraphs) == ["Jo Rae"]


def test_repeated_is_a_speech_verb_and_his_post_that_said_is_his() -> None:
    paragraphs = [
        "Omar Pike spoke to the board in July.",
        "He repeated that he was “never opposed to the new dam,” and railed against the council"
        " for asking the paper to remove his March 2021 post that said Judge Ivo Marsh’s fall was"
        " “one of a string of very odd accidents in town.”",
    ]
    assert speakers_in_order(paragraphs) == ["Omar Pike", "Omar Pike"]


def test_he_and_a_verb_finished_by_a_quote_in_the_first_person_is_his() -> None:
    paragraphs = [
        "Omar Pike is running for mayor.",
        "For Pike, the doubts go beyond the budget. He claims “members of the board” were paid off"
        " in the sale of his uncle’s mill, the uncle being Ivo Pike. He doesn’t “believe that the"
        " mill fire ever hurt my father,” Judge Tom Pike. He insists the vote was stolen.",
    ]
    assert speakers_in_order(paragraphs) == ["Omar Pike"]


def test_a_name_set_beside_his_uncle_is_no_subject_a_later_he_means() -> None:
    paragraphs = [
        "Omar Pike is running for mayor.",
        "For Pike, the doubts go beyond the budget. He claims “members of the board” were involved"
        " in the death of his uncle, John F. Marsh. He doesn’t “believe that the mill fire ever"
        " hurt my father,” Judge Tom Pike, D-Ohio. He insists the vote was stolen.",
    ]
    assert speakers_in_order(paragraphs) == ["Omar Pike"]


def test_an_acronym_stands_for_the_name_written_out_earlier_without_brackets() -> None:
    paragraphs = [
        "Health bodies, the Bureau of Water Safety and Standards among them, agreed on the limits.",
        "Unlike some filters, BWS says, the new one “does not let any of the lead through at all.”",
    ]
    assert speakers_in_order(paragraphs) == ["Bureau of Water Safety and Standards"]
