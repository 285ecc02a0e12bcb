"""A pronoun after the reply to a question is not the asker's: "“…?” Ruairí X asked.
“…,” she replied." gives no "she" to Ruairí, so a man the list knows stays a man and the
woman asked keeps her answers."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_replies_after_a_named_asker_stay_with_the_woman_asked() -> None:
    for asker, guest in (
        ("Ruairí Ó Dubhghaill", "Beatriz Vasconcelos"),
        ("Tomasz Wrona", "Adaeze Obi"),
        ("Seán Mac Giolla", "Lucía Ferraz"),
    ):
        last = asker.split()[-1]
        paragraphs = [
            f"{guest} was pressed repeatedly by the presenter, {asker}, over the figures.",
            f"“Why should anyone believe a single word your company says?” {last} asked.",
            "“Because we have told them the truth, even when it hurt us,” she replied.",
            f"{last}’s next question was whether she had read the report herself.",
            "“Every page of it, twice, on the train home,” she said.",
            f"“So the plan was to hope for a mild winter?” {last} asked.",
            "“No. The plan was overtime, and the overtime dried up in January,” she said.",
        ]
        assert speakers_in_order(paragraphs) == [asker, guest, guest, asker, guest], asker


def test_a_pronoun_after_a_speaker_in_the_next_paragraph_still_teaches_gender() -> None:
    paragraphs = [
        "The foreign minister, Yiorgos Papadakis, said the talks were close to a deal.",
        "“A text could be ready for signing by the weekend.” He added that the ships"
        " would “carry aid mainly through the commercial fleet,” Papadakis said.",
    ]
    assert speakers_in_order(paragraphs) == ["Yiorgos Papadakis"] * 2
