"""Someone speaking through an aide ("The governor, through his Chief Press Secretary, Mr. X,
said: “…”"): the one who speaks through them, as "Osei, through his spokesman, said" is."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_the_one_speaking_through_an_aide_is_the_speaker() -> None:
    paragraphs = [
        "The Governor of Anambra North State, Prince Chinedu Okafor-Nwosu, has ordered a probe.",
        "The governor, through his Chief Press Secretary, Mr. Ugochukwu Anyanwu, said: “Every "
        "family that lost a loved one will receive support from the state.”",
    ]
    assert speakers_in_order(paragraphs) == ["Chinedu Okafor-Nwosu"]
    paragraphs = [
        "Senator Aisha Waziri-Bello met the families on Sunday.",
        "The senator, through her media aide, Halima Sule, said she would not resign: “I was "
        "elected by the people and I will answer to them alone.”",
    ]
    assert speakers_in_order(paragraphs) == ["Aisha Waziri-Bello"]


def test_near_misses_keep_their_reading() -> None:
    paragraphs = [
        "The Governor of Anambra North State, Prince Chinedu Okafor-Nwosu, has ordered a probe.",
        "His Chief Press Secretary, Mr. Ugochukwu Anyanwu, said: “Every family that lost a loved "
        "one will receive support from the state.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ugochukwu Anyanwu"]
    paragraphs = [
        "Ruth Abiodun-Cole, through tears, said: “I only want to know where my son is tonight.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ruth Abiodun-Cole"]
