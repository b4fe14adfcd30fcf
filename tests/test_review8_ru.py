"""Review 8a counter-examples (findings 5 and 6) to the Russian prose rules merged in int8, and
the fixer's own counter-examples to the other new Russian rules: a word that opens a sentence
(an adverb, a pronoun, a conjunction) is no person and no part of one."""

from __future__ import annotations

from conftest import note_communications

# 5: an adverb opening the sentence is no part of the speaker's name


def test_an_adverb_opening_a_told_talk_is_no_part_of_the_speaker():
    cases = (
        (
            "Впоследствии Хрущев сказал Мао Цзэдуну, что «решение принято» "
            "(беседа 3 октября 1959 г.: АПРФ. Ф. 52. Оп. 1. Д. 500. Л. 2–9).",
            ("1959-10-03", ["Мао Цзэдуну", "Хрущев"]),
        ),
        (
            "Тогда Чжоу Эньлай заявил С.В. Червоненко, что «дискуссия окончена» "
            "(беседа 4 мая 1962 г.: АВП РФ. Ф. 0100. Оп. 55. П. 481. Д. 7. Л. 3).",
            ("1962-05-04", ["С.В. Червоненко", "Чжоу Эньлай"]),
        ),
        (
            "Однако Мао открыто сказал Юдину, что «линия верна» "
            "(беседа 1 апреля 1956 г.: АВП РФ. Ф. 0100. Оп. 49. П. 410. Д. 10. Л. 5).",
            ("1956-04-01", ["Мао", "Юдину"]),
        ),
    )
    for text, talk in cases:
        talks = note_communications(text)
        assert talks == [talk], text
        for _, names in talks:
            assert not any(n.split()[0] in ("Впоследствии", "Тогда", "Однако") for n in names)


def test_a_pronoun_or_an_adverb_alone_is_no_speaker_of_a_told_talk():
    for text in (
        "Он сказал Юдину, что «линия верна» (беседа 1 апреля 1956 г.: АВП РФ. Ф. 0100. Оп. 49. П. 410. Д. 10. Л. 5).",
        "Тогда сказал Юдину, что «линия верна» (беседа 1 апреля 1956 г.: АВП РФ. Ф. 0100. Оп. 49. П. 410. Д. 10).",
        "Позднее он сказал Юдину, что «всё решено» (беседа 2 апреля 1956 г.: АВП РФ. Ф. 0100. Оп. 49. П. 410. Д. 11).",
    ):
        assert note_communications(text) == [], text


def test_a_name_of_two_words_is_still_read_whole_when_no_adverb_opens():
    text = (
        "Ким Ир Сен вновь заявил Пузанову, что «поездка отменена» "
        "(беседа 6 мая 1958 г.: АВП РФ. Ф. 0102. Оп. 14. П. 75. Д. 6. Л. 102)."
    )
    assert note_communications(text) == [("1958-05-06", ["Ким Ир Сен", "Пузанову"])]


# 6: a pronoun or an adverb is no diarist


def test_a_pronoun_or_an_adverb_is_no_diarist():
    for text in (
        "Она записала в дневнике 6 мая 1958 г., что Ким Ир Сен был недоволен.",
        "Он отметил в дневнике 6 мая 1958 г., что визит отложен.",
        "Впоследствии записал в дневнике 8 мая 1958 г. посол, что пленум перенесен.",
        "Тогда записал в дневнике 8 мая 1958 г. советник, что пленум перенесен.",
        "Сам отметил в своем дневнике 9 мая 1958 г., что пленум перенесен.",
    ):
        assert note_communications(text) == [], text


def test_a_named_diarist_is_still_read():
    assert note_communications("Как отметил в дневнике Пузанов 13 мая 1958 г. пленум закончился.") == [
        ("1958-05-13", ["Пузанов"])
    ]
    assert note_communications("А.М. Пузанов записал в дневнике 14 мая 1958 г., что пленум закончился.") == [
        ("1958-05-14", ["А.М. Пузанов"])
    ]


# the fixer's own counter-examples to the other new Russian rules: a capitalised word that names
# no one (an adverb, a place, a body, a common noun) read as a person


def test_the_talk_a_sentence_draws_on_needs_two_named_people():
    for text in (
        "Из беседы Тогда с Мао 3 октября 1959 г. явствует, что всё решено (АПРФ. Ф. 52. Оп. 1. Д. 500. Л. 3).",
        "Из беседы Москвы с Пекином 10 июня 1956 г. явствует, что спор решен (АВП РФ. Ф. 0102, оп. 12, д. 5, л. 41).",
        "Из беседы Посольства с МИД КНДР 10 июня 1956 г. явствует, что спор решен (АВП РФ. Ф. 0102, оп. 12, д. 5).",
    ):
        assert note_communications(text) == [], text
    text = "Из беседы Хрущева с Мао Цзэдуном 3 октября 1959 г. явствует, что спор решен (АПРФ. Ф. 52. Оп. 1. Д. 500. Л. 3)."
    assert note_communications(text) == [("1959-10-03", ["Мао Цзэдуном", "Хрущева"])]


def test_a_report_signed_by_a_place_or_a_body_has_no_signer():
    for text in (
        "Справка, подписанная Пекином, 6 мая 1960 г. // АВП РФ. Ф. 0102. Оп. 1. Д. 2.",
        "Отчет, подписанный Советником Посольства, 6 мая 1960 г. // АВП РФ. Ф. 0102. Оп. 1. Д. 2.",
    ):
        assert note_communications(text) == [], text


def test_a_message_of_a_body_to_the_center_has_no_writer():
    text = "Телеграмма Резидентуры в Центр, 5 июня 1955 г. // АВП РФ. Ф. 0100. Оп. 48. Д. 10."
    assert note_communications(text) == []


def test_a_told_talk_with_a_common_noun_or_a_pair_on_one_side_reads_nothing():
    for text in (
        "Генсек сказал Юдину, что «курс верен» (беседа 2 апреля 1956 г.: АВП РФ. Ф. 0100. Оп. 49. Д. 11).",
        "Мао сказал Советскому Союзу, что «курс верен» (беседа 2 апреля 1956 г.: АВП РФ. Ф. 0100. Д. 11).",
        "Мао сказал Руководству, что «курс верен» (беседа 2 апреля 1956 г.: АВП РФ. Ф. 0100. Оп. 49. Д. 11).",
        "Мао сказал Хрущеву и Суслову, что «курс верен» (беседа 2 апреля 1956 г.: АВП РФ. Ф. 0100. Д. 11).",
    ):
        assert note_communications(text) == [], text


def test_a_talk_told_after_a_date_keeps_no_adverb_or_pronoun_as_its_speaker():
    for text in (
        "9 ноября 1956 г. Затем Андропов сказал Кадару, что «всё кончено» [запись беседы: АВП РФ. Ф. 077. Д. 40].",
        "9 ноября 1956 г. Он сказал Кадару, что «всё кончено» [запись беседы: АВП РФ. Ф. 077. Оп. 37. Д. 40].",
    ):
        assert note_communications(text) == [], text
