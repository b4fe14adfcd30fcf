"""Russian conventions first read from blind sets 24, 26, 28 and 29 (issue #3), each in wordings of
our own and with the notes that must not be read by it: a talk named as a sentence's subject whose
record a closing bracket cites, a transcript whose speakers a bracket lists, an editor's conjectured
day in square brackets, a talk named by "в беседе с", and the instrumental of a surname in -а."""

from __future__ import annotations

from conftest import note_communications, people_in

from kg1956.extract.dates import find_dates
from kg1956.romanize import base_forms

_AVP = "(АВП РФ. Ф. 0100. Оп. 50. П. 423. Д. 7. Л. 12–19)."


def _one(text: str) -> tuple[str | None, list[str]]:
    (found,) = note_communications(text)
    return found


# --- a talk named as the sentence's subject, its record cited in the closing bracket -------------


def test_a_talk_whose_record_the_sentence_speaks_of_is_read():
    for text in (
        f"Беседа А.А. Громыко с Чжоу Эньлаем 12 октября 1957 г. подробно изложена в записке МИД {_AVP}",
        f"Разговор А.А. Громыко с Чжоу Эньлаем 12 октября 1957 г. известен лишь по записи {_AVP}",
        f"Встреча А.А. Громыко с Чжоу Эньлаем 12 октября 1957 г. прошла в спокойной обстановке {_AVP}",
        f"Телефонный разговор А.А. Громыко с Чжоу Эньлаем 12 октября 1957 г. был записан {_AVP}",
        "Беседа А.А. Громыко с Чжоу Эньлаем 12 октября 1957 г. (чешская запись: NA, f. KSČ-ÚV-02/1, sv. 12, l. 4).",
    ):
        assert _one(text) == ("1957-10-12", ["А.А. Громыко", "Чжоу Эньлаем"]), text


def test_a_foreign_archive_counts_as_the_records_citation():
    text = "Разговор Н.С. Хрущева с В. Гомулкой 20 октября 1956 г. известен по польской записи (AAN, KC PZPR, sygn. 2631, k. 4)."
    assert _one(text) == ("1956-10-20", ["В. Гомулкой", "Н.С. Хрущева"])


def test_the_records_date_in_a_bracket_after_the_parties_is_the_talks():
    text = "Беседа Ю.В. Андропова с И. Надем (запись от 24 октября 1956 г., составлена послом) // РГАНИ. Ф. 89. Пер. 45. Док. 12."
    assert _one(text) == ("1956-10-24", ["И. Надем", "Ю.В. Андропова"])


def test_held_in_private_is_no_part_of_the_second_side():
    for way in ("с глазу на глаз", "наедине", "без переводчиков"):
        text = f"Разговор Л.И. Брежнева с Э. Хонеккером {way} 28 июля 1970 г. // АП РФ. Ф. 3. Оп. 91. Д. 210. Л. 1–8."
        assert _one(text) == ("1970-07-28", ["Л.И. Брежнева", "Э. Хонеккером"]), way


def test_a_talk_told_of_without_an_archives_bracket_is_not_read():
    assert note_communications("Встреча Н.С. Хрущева с Мао Цзэдуном 31 июля 1958 г. обросла легендами.") == []
    memoir = (
        "Беседа Н.С. Хрущева с Мао Цзэдуном 2 октября 1959 г. записана не была (Хрущев Н.С. Время. М., 1999. С. 130)."
    )
    assert note_communications(memoir) == []
    planned = "Беседа А.И. Микояна с Мао Цзэдуном, намеченная на 5 февраля 1949 г., была перенесена (АП РФ. Ф. 39. Оп. 1. Д. 39)."
    assert note_communications(planned) == []


# --- a transcript whose speakers a bracket lists -----------------------------------------------


def test_speakers_listed_after_the_date():
    text = (
        "Стенограмма совещания руководителей компартий, Бухарест, 24 июня 1960 г. (выступления Н.С. Хрущева, "
        "Т.Х. Живкова, Г. Георгиу-Дежа) // РГАНИ. Ф. 2. Оп. 1. Д. 484. Л. 1–60."
    )
    assert _one(text) == ("1960-06-24", ["Г. Георгиу-Дежа", "Н.С. Хрущева", "Т.Х. Живкова"])


def test_sides_listed_before_the_date_and_sides_named_before_their_people():
    text = "Протокол переговоров делегаций КПСС и ПТВ (М.А. Суслов; Ле Зуан, Ле Дык Тхо), 10 февраля 1965 г. // РГАНИ. Ф. 5."
    assert _one(text) == ("1965-02-10", ["Ле Дык Тхо", "Ле Зуан", "М.А. Суслов"])
    text = (
        "Запись переговоров делегаций, Варшава, 19 октября 1956 г. (с советской стороны — Н.С. Хрущев, А.И. Микоян; "
        "с польской — В. Гомулка) // АП РФ. Ф. 3. Оп. 64. Д. 484."
    )
    assert _one(text) == ("1956-10-19", ["А.И. Микоян", "В. Гомулка", "Н.С. Хрущев"])
    text = "Стенограмма встречи в Кремле, 17 ноября 1957 г. (участники: Мао Цзэдун, Хо Ши Мин и др.) // РГАНИ. Ф. 52."
    assert _one(text) == ("1957-11-17", ["Мао Цзэдун", "Хо Ши Мин"])


def test_a_bracket_that_lists_bodies_or_leaves_reads_no_talk():
    text = "Стенограмма совещания, 3 мая 1957 г. (присутствовали: делегации КПСС и СЕПГ) // РГАНИ. Ф. 2. Оп. 1. Д. 300."
    assert note_communications(text) == []
    text = "Протокол заседания, 4 ноября 1956 г. (л. 5–8 об.) // РГАНИ. Ф. 3. Оп. 12. Д. 1005."
    assert note_communications(text) == []


# --- an editor's conjecture in square brackets inside a date ------------------------------------


def test_a_conjectured_day_or_month_is_read_at_the_precision_written():
    for text, iso in (
        ("[3 августа] 1968 г.", "1968-08-03"),
        ("[3] августа 1968 г.", "1968-08-03"),
        ("[2?] VIII 1968", "1968-08-02"),
        ("[August] 1968", "1968-08"),
        ("3 [August] 1968", "1968-08-03"),
    ):
        (date,) = find_dates(text)
        assert date.value.iso == iso, text


def test_a_reference_in_brackets_is_no_day():
    assert find_dates("см. прим. [3] выше") == []
    assert [d.value.iso for d in find_dates("[Rome] 1968")] == ["1968"]


def test_the_bracket_is_no_part_of_the_addressee():
    text = "Телеграмма П.Ф. Юдина в МИД СССР, [2?] августа 1958 г. // АВП РФ. Ф. 0100. Оп. 51. П. 432. Д. 6."
    assert _one(text) == ("1958-08-02", ["МИД СССР", "П.Ф. Юдина"])


# --- a talk named by "в беседе с" ---------------------------------------------------------------


def test_the_subject_before_or_after_the_talk():
    text = f"Чжоу Эньлай в беседе с П.Ф. Юдиным 4 января 1957 г. упомянул эту поездку {_AVP}"
    assert _one(text) == ("1957-01-04", ["П.Ф. Юдиным", "Чжоу Эньлай"])
    text = f"Во время встречи с А.И. Микояном 7 апреля 1956 г. Ким Ир Сен жаловался на трудности {_AVP}"
    assert _one(text) == ("1956-04-07", ["А.И. Микояном", "Ким Ир Сен"])
    text = f"В ходе переговоров с Н.С. Хрущевым 2 августа 1958 г. Мао Цзэдун вновь вернулся к вопросу {_AVP}"
    assert _one(text) == ("1958-08-02", ["Мао Цзэдун", "Н.С. Хрущевым"])


def test_the_other_side_in_the_dative_before_v_besede():
    text = f"Ле Зуан повторил это и И.С. Щербакову в беседе 11 мая 1966 г. {_AVP}"
    assert _one(text) == ("1966-05-11", ["И.С. Щербакову", "Ле Зуан"])


def test_an_office_instead_of_the_subjects_name_keeps_the_named_side():
    text = f"В беседе с Ранковичем 12 мая 1955 г. посол впервые услышал о визите {_AVP}"
    assert _one(text) == ("1955-05-12", ["Ранковичем"])


def test_a_pronoun_a_book_or_an_unnamed_other_side_reads_nothing():
    assert note_communications(f"Он в беседе с Ю.В. Андроповым 1 ноября 1956 г. заверил, что … {_AVP}") == []
    assert note_communications(f"В беседе с Хрущевым 2 июня 1956 г. он заметил, что … {_AVP}") == []
    book = "Мао Цзэдун в беседе с П.Ф. Юдиным 22 июля 1958 г. был резок (Юдин П.Ф. Записки посла. М., 1995. С. 14)."
    assert note_communications(book) == []
    assert note_communications(f"Вопрос поднимался и в беседе 22 сентября 1956 г. {_AVP}") == []


# --- the instrumental of a surname in -а --------------------------------------------------------


def test_the_instrumental_of_a_surname_in_a_has_its_nominative():
    assert "Л. Свобода" in base_forms("Л. Свободой")
    assert "Свобода" in base_forms("Свободою")
    assert "Д. Дамба" in base_forms("Д. Дамбой")


def test_a_womans_possessive_surname_and_a_consonant_stems_dative_are_not_read_so():
    assert "И. Петрова" not in base_forms("И. Петровой")
    assert "Ю. Цеденбала" not in base_forms("Ю. Цеденбалу")


def test_svoboda_declined_is_one_man_and_the_wife_stays_apart(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Запись беседы С.В. Червоненко с Л. Свободой, 30 марта 1968 г. // АВП РФ. Ф. 0138. Оп. 49. П. 124. Д. 1.

2. Письмо Л. Свободы Л.И. Брежневу, 14 апреля 1968 г. // РГАНИ. Ф. 5. Оп. 60. Д. 20.

3. Письмо Н.П. Хрущевой Н.С. Хрущеву, 5 мая 1960 г. // ГАРФ. Ф. 7928. Оп. 2. Д. 40.

4. Письмо Н.С. Хрущева Л.И. Брежневу, 6 мая 1960 г. // РГАНИ. Ф. 5. Оп. 60. Д. 21.
""",
    )
    assert any({"Л. Свободой", "Л. Свободы"} <= p for p in people)
    assert not any("Н.П. Хрущевой" in p and ("Н.С. Хрущева" in p or "Н.С. Хрущеву" in p) for p in people)


# --- the message that told of a talk, its writer and addressee named ------------------------------


def test_the_message_a_named_writer_sent_about_the_talk_in_the_talks_year():
    text = (
        "Беседа А.А. Громыко с Чжоу Эньлаем 14 октября 1957 г. изложена в телеграмме П.Ф. Юдина Н.С. Хрущеву "
        f"от 16 октября {_AVP}"
    )
    assert note_communications(text) == [
        ("1957-10-14", ["А.А. Громыко", "Чжоу Эньлаем"]),
        ("1957-10-16", ["Н.С. Хрущеву", "П.Ф. Юдина"]),
    ]


def test_capitals_as_writer_and_addressee_leave_the_talk_alone():
    text = f"Беседа А.А. Громыко с Чжоу Эньлаем 15 октября 1957 г. изложена в письме Москвы Пекину от 16 октября {_AVP}"
    assert note_communications(text) == [("1957-10-15", ["А.А. Громыко", "Чжоу Эньлаем"])]


# --- a message given by its two ends, its kind in brackets after the date --------------------------


def test_an_undeclined_addressee_with_the_kind_after_the_date():
    text = "Пак Сон Чер, министр иностранных дел КНДР, — А.А. Громыко, 12 марта 1961 г. (письмо) // АВП РФ. Ф. 0102."
    assert _one(text) == ("1961-03-12", ["А.А. Громыко", "Пак Сон Чер"])
    text = "Громыко А.А. — Чжоу Эньлай, 3 апреля 1961 г. (телеграмма из Москвы) // АВП РФ. Ф. 0100. Оп. 54."
    assert _one(text) == ("1961-04-03", ["Громыко А.А.", "Чжоу Эньлай"])


def test_without_a_kind_or_with_someone_elses_letter_nothing_is_read():
    assert note_communications("А.М. Пузанов — А.А. Громыко, 6 мая 1961 г. // АВП РФ. Ф. 0102. Оп. 17. П. 90.") == []
    text = "А.М. Пузанов — А.А. Громыко, 6 мая 1961 г. (письмо Ким Ир Сена в переводе) // АВП РФ. Ф. 0102. Оп. 17."
    assert note_communications(text) == []
