"""Counter-examples from review15 of the wt11-ru rules: other authors' wording the rules misread."""

from __future__ import annotations

from conftest import note_communications, people_in


def test_listed_sides_keep_the_principals_the_head_names():
    text = (
        "Запись беседы Л.И. Брежнева и А. Дубчека 3 августа 1968 г. (присутствовали: А.Н. Косыгин, "
        "Н.В. Подгорный). — АП РФ. Ф. 3. Оп. 91. Д. 100. Л. 1–15."
    )
    assert not any("А.Н. Косыгин" in names for _, names in note_communications(text))


def test_listed_sides_refuse_the_editors():
    text = (
        "Стенограмма переговоров в Москве, 26 августа 1968 г. (подготовили М.Ю. Прозуменщиков, "
        "Н.Г. Томилина) // Россия и Чехословакия. М., 2010. С. 45."
    )
    assert note_communications(text) == []


def test_listed_sides_refuse_pairs_set_by_a_dash():
    text = "Запись бесед, 3 мая 1957 г. (Мао Цзэдун — П.Ф. Юдин; Чжоу Эньлай — П.Ф. Юдин)."
    assert note_communications(text) == []


def test_listed_sides_refuse_a_date_range():
    text = (
        "Стенограмма переговоров делегаций КПСС и КПЧ, 29 июля — 1 августа 1968 г. (выступления Л.И. "
        "Брежнева, А. Дубчека). — РГАНИ. Ф. 3. Оп. 72. Д. 188."
    )
    assert not any(iso == "1968-08-01" for iso, _ in note_communications(text))


def test_record_bracket_with_the_talks_own_date_is_not_the_talks_date():
    text = (
        "Беседа С.В. Червоненко со Смрковским (запись от 2 декабря 1968 г., беседа 28 ноября 1968 г.) "
        "// АВП РФ. Ф. 0138. Оп. 49. П. 123. Д. 5."
    )
    assert not any(iso == "1968-12-02" for iso, _ in note_communications(text))


def test_page_only_ibid_does_not_cite_the_talk():
    text = "Беседа Н.С. Хрущева с Мао Цзэдуном 2 октября 1959 г. прошла в резких тонах (Там же. С. 130)."
    assert note_communications(text) == []


def test_instrumental_of_a_surname_in_a_keeps_the_merge(tmp_path):
    notes = (
        "1. Беседа С.В. Червоненко с Л. Свободой 10 сентября 1968 г. — АВП РФ. Ф. 0138. Оп. 49. П. 123. Д. 5. Л. 20.\n"
        "2. Беседа С.В. Червоненко с Л. Свобода 12 сентября 1968 г. — АВП РФ. Ф. 0138. Оп. 49. П. 123. Д. 5. Л. 30.\n"
    )
    people = people_in(tmp_path, notes)
    assert any({"Л. Свободой", "Л. Свобода"} <= s for s in people)


def test_tolstaya_is_not_tolstoy(tmp_path):
    notes = (
        "1. Толстой — Хрущеву, 3 марта 1960 г. — РГАНИ. Ф. 5. Оп. 30. Д. 320. Л. 1.\n"
        "2. Толстая — Хрущеву, 5 марта 1960 г. — РГАНИ. Ф. 5. Оп. 30. Д. 320. Л. 5.\n"
    )
    people = people_in(tmp_path, notes)
    assert not any({"Толстой", "Толстая"} <= s for s in people)


def test_given_name_in_the_genitive_is_no_writer():
    text = (
        "Беседа Н.С. Хрущева с А. Новотным 3 мая 1957 г. изложена в письме Антонина Новотного от 7 мая "
        "(АП РФ. Ф. 3. Оп. 65. Д. 600. Л. 4)."
    )
    assert not any("Антонина" in names for _, names in note_communications(text))


def test_a_day_before_the_talk_is_in_the_next_year():
    text = (
        "Беседа П.Ф. Юдина с Мао Цзэдуном 31 декабря 1957 г. изложена в письме Юдина Хрущеву от 3 января "
        "(АП РФ. Ф. 3. Оп. 65. Д. 600. Л. 4)."
    )
    assert not any(iso == "1957-01-03" for iso, _ in note_communications(text))


def test_a_topic_after_the_date_is_no_speaker():
    text = (
        "В беседе с Ранковичем 17 сентября 1954 г. Сталин упоминался лишь однажды "
        "(АВП РФ. Ф. 06. Оп. 14. П. 2. Д. 30. Л. 41)."
    )
    assert not any("Сталин" in names for _, names in note_communications(text))


def test_a_bracket_describing_a_report_about_a_talk_is_no_kind():
    text = "Ким Ир Сен — Пузанов, 5 мая 1957 г. (донесение посла о беседе). — АВП РФ. Ф. 0102. Оп. 13. П. 72. Д. 5."
    assert not any("Ким Ир Сен" in names for _, names in note_communications(text))


def test_a_chair_is_a_lead_word_no_role():
    from conftest import participant_roles

    text = (
        "Стенограмма заседания, 14 июня 1957 г. (председательствовал Н.С. Хрущев; выступали Л.М. Каганович, "
        "Г.М. Маленков). — Молотов, Маленков, Каганович. 1957. М., 1998. С. 33."
    )
    assert all(role is None or "председатель" not in role for _, role in participant_roles(text))


def test_a_line_named_after_talk_is_no_role():
    from conftest import participant_roles

    text = "Разговор по ВЧ Брежнева с Дубчеком 13 августа 1968 г. — АП РФ. Ф. 3. Оп. 91. Д. 101."
    assert all(role is None or "ВЧ" not in role for _, role in participant_roles(text))


def test_a_documents_number_in_brackets_is_no_conjectured_day():
    text = "Письмо Тито Хрущеву, док. № [5] июня 1956 г., АВП РФ. Ф. 06. Оп. 15. П. 1. Д. 2."
    assert not any(iso == "1956-06-05" for iso, _ in note_communications(text))


def test_listed_sides_refuse_capitalised_editors():
    text = (
        "Стенограмма переговоров в Москве, 26 августа 1968 г. (Подготовили М.Ю. Прозуменщиков, "
        "Н.Г. Томилина) // Россия и Чехословакия. М., 2010. С. 45."
    )
    assert note_communications(text) == []
