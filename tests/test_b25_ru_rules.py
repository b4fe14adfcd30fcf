"""Rules read from the Russian notes of blind set 25 (issue #3), each checked on notes of its own
with other people, dates and call numbers, and with counter-examples that must read nothing."""

from __future__ import annotations

from conftest import note_communications, note_locators, participant_roles, people_in

# "Послание": the standard Russian word for a head of state's or a party's message


def test_a_poslanie_is_a_letter_from_the_genitive_to_the_dative():
    assert note_communications(
        "Послание Н.А. Булганина премьер-министру Индии Дж. Неру от 3 марта 1957 г. // АВП РФ. Ф. 090. Оп. 19. П. 40. Д. 8. Л. 1–5."
    ) == [("1957-03-03", sorted(["Н.А. Булганина", "Дж. Неру"]))]
    assert participant_roles(
        "Послание Н.С. Хрущева президенту ОАР Г.А. Насеру, 11 мая 1960 г. // Правда. 1960. 12 мая."
    ) == [("Н.С. Хрущева", None), ("Г.А. Насеру", "президенту ОАР")]


def test_negative_a_poslanie_between_capitals_a_newspaper_or_an_unnamed_body_names_no_one():
    for text in (
        "Послание Москвы Пекину от 7 сентября 1958 г. // РГАНИ. Ф. 2. Оп. 1. Д. 331. Л. 2–9.",
        "Послание Правде от 9 мая 1957 г. // РГАНИ. Ф. 5. Оп. 30. Д. 14. Л. 8.",
        "Послание Федерального собрания, 3 мая 1958 г. // РГАНИ. Ф. 2. Оп. 1. Д. 331. Л. 2–9.",
    ):
        assert note_communications(text) == [], text


def test_negative_a_message_that_is_the_subject_of_a_sentence_is_no_head():
    for text in (
        "Письмо было передано Хрущеву 7 сентября 1958 г. // РГАНИ. Ф. 2. Оп. 1. Д. 331. Л. 2–9.",
        "Послание вручено Н.С. Хрущеву 7 сентября 1958 г. // РГАНИ. Ф. 2. Оп. 1. Д. 331. Л. 2–9.",
        "Послание Хрущева было опубликовано 7 сентября 1958 г. // Правда. 1958. 8 сентября.",
    ):
        assert note_communications(text) == [], text
    # an office in the genitive that ends like a participle is still an office
    assert participant_roles(
        "Письмо капитана И.И. Орлова Н.С. Хрущеву, 7 сентября 1958 г. // РГАНИ. Ф. 2. Оп. 1. Д. 33. Л. 2."
    ) == [("И.И. Орлова", "капитана"), ("Н.С. Хрущеву", None)]


# Leaves in a clause of their own after a Russian call number


def test_leaves_after_a_semicolon_are_a_second_locator_of_the_same_file():
    assert note_locators("Записи бесед: АВП РФ. Ф. 0102. Оп. 12. П. 68. Д. 4. Л. 21–25; Л. 40–44 об.") == [
        ("AVPRF", {"fond": "0102", "opis": "12", "papka": "68", "delo": "4", "list": "21–25"}),
        ("AVPRF", {"fond": "0102", "opis": "12", "papka": "68", "delo": "4", "list": "40–44 об."}),
    ]


def test_pages_after_a_chinese_foreign_ministry_number_are_its_list():
    assert note_locators(
        "Запись беседы Чэнь И с послом СССР С.В. Червоненко, 9 мая 1960 г. // Архив МИД КНР. № 109-01213-02. С. 12–15."
    ) == [("PRC-FMA", {"document": "109-01213-02", "list": "12–15"})]


def test_negative_pages_of_a_book_or_after_another_archive_are_no_leaves():
    # a page after a Soviet file is a printed copy's, not the file's
    assert note_locators(
        "Телеграмма А.А. Громыко, 5 мая 1958 г. // АВП РФ. Ф. 06. Оп. 14. П. 12. Д. 170. Л. 3–8; С. 81."
    ) == [("AVPRF", {"fond": "06", "opis": "14", "papka": "12", "delo": "170", "list": "3–8"})]
    # a book after the call number keeps its own pages
    assert note_locators("АВП РФ. Ф. 0100. Оп. 48. П. 393. Д. 5. Л. 33–35; Колосов В.И. Указ. соч. С. 81–84.") == [
        ("AVPRF", {"fond": "0100", "opis": "48", "papka": "393", "delo": "5", "list": "33–35"})
    ]
    # a page range already given stays; an Ibid.'s leaves are the Ibid.'s alone
    assert note_locators("Архив МИД КНР. № 109-00787-03, 3–9. С. 12.") == [
        ("PRC-FMA", {"document": "109-00787-03", "list": "3–9"})
    ]
    assert all(len(f) <= 1 for _, f in note_locators("Там же. Л. 19; Л. 22."))


def test_negative_leaves_with_words_after_them_or_after_latin_keys_are_not_read():
    assert len(note_locators("АВП РФ. Ф. 0100. Оп. 48. П. 393. Д. 5. Л. 33–35; Л. 40 и сл.")) == 1
    assert len(note_locators("AVPRF, f. 0100, op. 48, p. 393, d. 5, ll. 33–35; Л. 40.")) == 1


# "Беседа X с Y <date> состоялась … (call number)": the sentence says the talk took place


def test_a_talk_that_took_place_with_its_call_number_closing_the_sentence():
    text = (
        "Беседа В.В. Кузнецова, первого заместителя министра иностранных дел СССР, с послом ДРВ Нгуен Ван Кинем "
        "3 марта 1957 г. состоялась в МИД СССР (АВП РФ. Ф. 079. Оп. 12. П. 9. Д. 4. Л. 17–20; записал "
        "И.И. Орлов, атташе)."
    )
    assert note_communications(text) == [("1957-03-03", sorted(["В.В. Кузнецова", "Нгуен Ван Кинем"]))]
    assert note_locators(text) == [("AVPRF", {"fond": "079", "opis": "12", "papka": "9", "delo": "4", "list": "17–20"})]
    assert note_communications(
        "Беседа Н.С. Хрущева с Хо Ши Мином 12 июля 1957 г. проходила в Кремле (АП РФ. Ф. 52. Оп. 1. Д. 511. Л. 3–9)."
    ) == [("1957-07-12", sorted(["Н.С. Хрущева", "Хо Ши Мином"]))]


def test_negative_a_talk_told_of_in_a_book_capitals_or_one_that_did_not_take_place_is_not_read():
    for text in (
        # the bracket cites a memoir, not a record
        "Беседа Н.С. Хрущева с Мао Цзэдуном 31 июля 1958 г. состоялась в бассейне (Хрущев Н.С. Время. Люди. "
        "Власть. М., 1999. Кн. 3. С. 55).",
        # capitals for their governments; an adverb in a name's place
        "Беседа Москвы с Пекином 3 мая 1958 г. состоялась по инициативе Пекина (АВП РФ. Ф. 0100. Оп. 51. П. 432. Д. 6. Л. 7).",
        "Беседа Тогда с Мао 5 мая 1958 г. прошла спокойно (АВП РФ. Ф. 0100. Оп. 51. П. 432. Д. 6. Л. 7).",
        # negated: the talk did not take place
        "Беседа П.Ф. Юдина с Мао Цзэдуном 5 мая 1958 г. не состоялась (АВП РФ. Ф. 0100. Оп. 51. П. 432. Д. 6. Л. 7).",
        # a talk a sentence only names, no verb of taking place
        "Беседа П.Ф. Юдина с Мао Цзэдуном 5 мая 1958 г. часто упоминается в литературе (АВП РФ. Ф. 0100. Оп. 51. П. 1. Д. 6. Л. 7).",
    ):
        assert note_communications(text) == [], text


# A cryptonym in guillemets glossed with the real name in brackets: «Павлова» [П.Ф. Юдина]


def test_a_cryptonym_in_guillemets_with_the_real_name_in_brackets_is_the_sender(tmp_path):
    assert note_communications(
        "Шифртелеграмма «Сергеева» [В.И. Иванова] из Пхеньяна, 5 июня 1956 г. // АВП РФ. Ф. 0102. Оп. 12. П. 68. Д. 4. Л. 9."
    ) == [("1956-06-05", ["Сергеева"])]
    people = people_in(
        tmp_path,
        """
1. Шифртелеграмма «Сергеева» [В.И. Иванова] из Пхеньяна, 5 июня 1956 г. // АВП РФ. Ф. 0102. Оп. 12. П. 68. Д. 4. Л. 9.

2. Запись беседы В.И. Иванова с Нам Иром, 7 июня 1956 г. // АВП РФ. Ф. 0102. Оп. 12. П. 68. Д. 4. Л. 12.
""",
    )
    assert any({"Сергеева", "В.И. Иванова"} <= s for s in people), people


def test_negative_a_title_in_guillemets_before_a_bracket_is_no_cryptonym():
    assert (
        note_communications(
            "Записка «О положении в КНР» [Б.Н. Пономарева], 5 мая 1958 г. // РГАНИ. Ф. 5. Оп. 1. Д. 1. Л. 5."
        )
        == []
    )
    assert (
        note_communications("Записка «Правда» (И.И. Иванова), 5 мая 1958 г. // РГАНИ. Ф. 5. Оп. 1. Д. 1. Л. 5.") == []
    )


def test_negative_one_cryptonym_for_two_people_or_a_namesake_joins_no_one(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Шифртелеграмма «Павлова» [П.Ф. Юдина] из Пекина, 23 августа 1958 г. // АВП РФ. Ф. 0100. Оп. 51. П. 432. Д. 6. Л. 7.

2. Шифртелеграмма «Павлова» [С.В. Червоненко] из Пекина, 3 мая 1960 г. // АВП РФ. Ф. 0100. Оп. 53. П. 454. Д. 8. Л. 5.

3. Письмо С.П. Павлова Н.С. Хрущеву, 9 июня 1959 г. // РГАНИ. Ф. 5. Оп. 30. Д. 303. Л. 1–4.
""",
    )
    for s in people:
        assert not ({"П.Ф. Юдина", "С.В. Червоненко"} <= s), people
        assert not ({"П.Ф. Юдина", "С.П. Павлова"} <= s), people
        assert not ({"С.В. Червоненко", "С.П. Павлова"} <= s), people


def test_negative_a_latin_cryptonym_glossed_for_two_men_joins_neither(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Filippov [I.V. Stalin] to Mao Zedong, telegram, 14 May 1950, APRF, f. 45, op. 1, d. 331, l. 55.

2. Filippov [V.M. Molotov] to Zhou Enlai, telegram, 2 June 1953, APRF, f. 45, op. 1, d. 343, l. 12.

3. Filippov [Stalin] to Kim Il Sung, telegram, 30 September 1950, APRF, f. 45, op. 1, d. 347, l. 5.
""",
    )
    for s in people:
        assert not ({"I.V. Stalin", "V.M. Molotov"} <= s), people


# An office before a country in the genitive names no one: "с послом Румынии"


def test_negative_an_office_of_a_country_in_the_genitive_is_no_person():
    assert note_communications(
        "Информация о беседе Б.Н. Пономарева с послом Венгрии, 2 марта 1963 г. // РГАНИ. Ф. 2. Оп. 3. Д. 14. Л. 5–9."
    ) == [("1963-03-02", ["Б.Н. Пономарева"])]
    assert note_communications(
        "Запись беседы П.Ф. Юдина с послом Кубы, 3 мая 1960 г. // АВП РФ. Ф. 0100. Оп. 53. П. 1. Д. 2. Л. 3."
    ) == [("1960-05-03", ["П.Ф. Юдина"])]


def test_the_office_of_a_country_before_a_name_stays_that_persons_role():
    assert participant_roles(
        "Запись беседы А.А. Громыко с послом Японии Кадоваки, 3 мая 1962 г. // АВП РФ. Ф. 0146. Оп. 1. П. 1. Д. 1. Л. 1."
    ) == [("А.А. Громыко", None), ("Кадоваки", "послом Японии")]
    # a surname that is no place stays a person after its office
    assert participant_roles(
        "Запись беседы П.Ф. Юдина с профессором Чеховым, 3 мая 1960 г. // АВП РФ. Ф. 0100. Оп. 1. П. 1. Д. 1. Л. 1."
    ) == [("П.Ф. Юдина", None), ("Чеховым", "профессором")]
    assert participant_roles(
        "Запись беседы П.Ф. Юдина с послом ДРВ Нгуен Лонгом, 3 мая 1958 г. // АВП РФ. Ф. 0100. Оп. 1. П. 1. Д. 1. Л. 1."
    ) == [("П.Ф. Юдина", None), ("Нгуен Лонгом", "послом ДРВ")]


def test_a_quoted_russian_head_with_an_office_of_a_country_and_its_english_translation():
    assert note_communications(
        'RGANI, f. 2, op. 3, d. 14, ll. 5–9: "Информация о беседе Б.Н. Пономарева с послом Венгрии" '
        "(Information on B.N. Ponomarev's conversation with the Hungarian ambassador), 2.III.1963."
    ) == [("1963-03-02", ["Б.Н. Пономарева"])]


# "X беседовал с Y-ом <date> (call number)": a talk a sentence tells with a verb of talking


def test_a_talk_told_with_a_verb_of_talking_and_its_call_number_in_brackets():
    assert note_communications(
        "А.И. Микоян встречался с Хо Ши Мином 3 апреля 1960 г. в Ханое (АП РФ. Ф. 52. Оп. 1. Д. 511. Л. 3–9)."
    ) == [("1960-04-03", sorted(["А.И. Микоян", "Хо Ши Мином"]))]
    assert participant_roles(
        "Н.Т. Федоренко беседовал с послом КНР Лю Сяо 14 апреля 1955 г. о Тайване "
        "(запись беседы: АВП РФ. Ф. 0100. Оп. 48. П. 392. Д. 11. Л. 5–9)."
    ) == [("Н.Т. Федоренко", None), ("Лю Сяо", "послом КНР")]
    assert note_communications(
        "9 октября 1958 г. П.Ф. Юдин встречался с Ван Цзясяном (АВП РФ. Ф. 0100. Оп. 51. П. 432. Д. 7. Л. 14–20)."
    ) == [("1958-10-09", sorted(["П.Ф. Юдин", "Ван Цзясяном"]))]


def test_negative_talks_told_of_the_press_pronouns_capitals_negations_or_without_an_archive():
    for text in (
        "Н.С. Хрущев беседовал с журналистами 9 октября 1958 г. (Правда. 1958. 10 октября).",
        "Н.С. Хрущев беседовал с Мао Цзэдуном 31 июля 1958 г. (Хрущев Н.С. Время. Люди. Власть. М., 1999. Кн. 3. С. 55).",
        "Он беседовал с Мао Цзэдуном 9 октября 1958 г. (АВП РФ. Ф. 0100. Оп. 51. П. 432. Д. 7. Л. 14).",
        "Посол беседовал с Пэн Дэхуаем 9 октября 1958 г. (АВП РФ. Ф. 0100. Оп. 51. П. 432. Д. 7. Л. 14).",
        "Юдин встречался с Пекином 9 октября 1958 г. (АВП РФ. Ф. 0100. Оп. 51. П. 432. Д. 7. Л. 14).",
        "С.Ф. Антонов не беседовал с Пэн Дэхуаем 9 октября 1958 г. (АВП РФ. Ф. 0100. Оп. 51. П. 432. Д. 7. Л. 14).",
        "Н.С. Хрущев беседовал с Мао Цзэдуном в 1958 г. не раз (АВП РФ. Ф. 0100. Оп. 51. П. 432. Д. 7. Л. 14).",
        "Правда беседовала с Чжоу Эньлаем 2 мая 1957 г. (АВП РФ. Ф. 0100. Оп. 50. П. 423. Д. 7. Л. 14).",
    ):
        assert note_communications(text) == [], text


def test_a_talk_told_before_a_semicolon_whose_sentence_the_call_number_closes():
    text = (
        "П.Ф. Юдин беседовал с Лю Шаоци 12 ноября 1957 г.; посол подробно изложил его взгляды на работу "
        "советских специалистов (АВП РФ. Ф. 0100. Оп. 50. П. 423. Д. 9. Л. 101–106)."
    )
    assert note_communications(text) == [("1957-11-12", sorted(["П.Ф. Юдин", "Лю Шаоци"]))]
    assert note_locators(text) == [
        ("AVPRF", {"fond": "0100", "opis": "50", "papka": "423", "delo": "9", "list": "101–106"})
    ]


def test_negative_a_talk_before_a_semicolon_when_the_bracket_may_be_another_records():
    for text in (
        # another record named after the semicolon: the bracket is its call number
        "П.Ф. Юдин беседовал с Лю Шаоци 12 ноября 1957 г.; запись беседы Юдина с Дэн Сяопином сохранилась "
        "(АВП РФ. Ф. 0100. Оп. 50. П. 423. Д. 9. Л. 101–106).",
        # another day after the semicolon
        "П.Ф. Юдин беседовал с Лю Шаоци 12 ноября 1957 г.; 14 ноября посол вновь был у Мао "
        "(АВП РФ. Ф. 0100. Оп. 50. П. 423. Д. 9. Л. 101–106).",
        # a new sentence before the bracket
        "П.Ф. Юдин беседовал с Лю Шаоци 12 ноября 1957 г.; так считал посол. Иначе думали в Москве "
        "(АВП РФ. Ф. 0100. Оп. 50. П. 423. Д. 9. Л. 101–106).",
        # the bracket cites a memoir
        "П.Ф. Юдин беседовал с Лю Шаоци 12 ноября 1957 г.; посол вспоминал об этом позднее "
        "(Капица М.С. На разных параллелях. М., 1996. С. 60).",
        # a pronoun in the speaker's place
        "Он беседовал с Лю Шаоци 12 ноября 1957 г.; посол вспоминал об этом позднее "
        "(АВП РФ. Ф. 0100. Оп. 50. П. 423. Д. 9. Л. 101–106).",
    ):
        assert note_communications(text) == [], text
