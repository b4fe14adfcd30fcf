"""Review 11 counter-examples for the Russian rules (items 1–9): notes the rules were not written
for, and what the graph must (not) say of them."""

from __future__ import annotations

from conftest import note_communications, people_in


def _apart(people: list[set[str]], a: str, b: str) -> bool:
    return not any({a, b} <= p for p in people)


def test_1_a_cover_name_binds_no_plain_declined_surname_written_elsewhere(tmp_path):
    notes = """
1. Шифртелеграмма «Петрова» [А.А. Громыко] Ким Ир Сену 3 марта 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 70. Д. 2. Л. 4.
2. Запись беседы А.М. Пузанова с первым секретарем посольства Петровым 9 марта 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 70. Д. 2. Л. 11.
3. Письмо «Сидорова» [Н.С. Хрущева] Мао Цзэдуну 2 апреля 1958 г. // АП РФ. Ф. 52. Оп. 1. Д. 499. Л. 2.
4. Запись беседы П.Ф. Юдина с переводчиком Сидоровым 4 апреля 1958 г. // АВП РФ. Ф. 0100. Оп. 51. П. 432. Д. 9. Л. 7.
"""
    people = people_in(tmp_path, notes)
    assert any({"Петрова", "А.А. Громыко"} <= p for p in people)  # the gloss still joins in its own note
    assert _apart(people, "Петровым", "А.А. Громыко")
    assert _apart(people, "Петровым", "Петрова")
    assert _apart(people, "Сидоровым", "Н.С. Хрущева")


def test_1_the_same_cover_word_in_guillemets_still_joins(tmp_path):
    notes = """
1. Шифртелеграмма «Петрова» [А.А. Громыко] Ким Ир Сену 3 марта 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 70. Д. 2. Л. 4.
2. Шифртелеграмма «Петрову» [А.А. Громыко] от Ким Ир Сена 5 марта 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 70. Д. 2. Л. 6.
"""
    people = people_in(tmp_path, notes)
    assert not _apart(people, "Петрова", "А.А. Громыко")


def _letters(text: str) -> list[tuple[str | None, list[str]]]:
    return note_communications(text)


def test_2_a_message_to_a_legislature_or_from_an_office_is_no_letter():
    for head in (
        "Послание Президента Франции Национальному собранию 12 мая 1959 г.",
        "Послание Ш. де Голля Парламенту 12 мая 1959 г.",
        "Послание Верховного Совета СССР конгрессам и парламентам мира 3 июня 1959 г.",
        "Письмо Президента США Сенату 4 июня 1959 г.",
    ):
        assert _letters(head + " // Известия. 1959. 14 мая.") == [], head


def test_2_a_message_between_two_named_men_is_still_read():
    text = "Послание Н.А. Булганина Г.А. Насеру 2 марта 1957 г. // Правда. 1957. 3 марта."
    assert _letters(text) == [("1957-03-02", ["Г.А. Насеру", "Н.А. Булганина"])]


TALK_AVP = " (АВП РФ. Ф. 0100. Оп. 51. П. 432. Д. 6. Л. 12)."


def test_3_an_opening_adverb_is_no_part_of_the_speakers_name():
    for opener in ("Утром", "Днем", "Вскорости же", "Дважды", "Наконец", "Официально"):
        text = f"{opener} Громыко встречался с Чэнь И 12 мая 1958 г.{TALK_AVP}"
        talks = note_communications(text)
        assert all(not any(opener.split()[0] in name for name in names) for _, names in talks), (opener, talks)
    assert note_communications(f"Ночью Громыко встречался с Чэнь И 12 мая 1958 г.{TALK_AVP}") == [
        ("1958-05-12", ["Громыко", "Чэнь И"])
    ]
    assert note_communications(f"Хо Ши Мин беседовал с Громыко 12 мая 1958 г.{TALK_AVP}") == [
        ("1958-05-12", ["Громыко", "Хо Ши Мин"])
    ]


def test_4_a_day_another_paper_or_event_holds_is_not_the_talks():
    for text in (
        f"Прочитав записку от 2 июня 1958 г., Громыко встречался с Чэнь И{TALK_AVP}",
        f"После телеграммы Мао Цзэдуна от 4 июня 1958 г. Громыко беседовал с Чэнь И{TALK_AVP}",
        f"После 4 июня 1958 г. Громыко беседовал с Чэнь И{TALK_AVP}",
    ):
        assert [d for d, _ in note_communications(text)] in ([], [None]), text


def test_4_a_range_of_days_gives_no_single_day():
    text = f"Громыко беседовал с Чэнь И 2 – 5 июня 1958 г.{TALK_AVP}"
    assert not any(d in ("1958-06-05", "1958-06-02") for d, _ in note_communications(text))
    own = f"4 июня 1958 г. Громыко беседовал с Чэнь И{TALK_AVP}"
    assert note_communications(own) == [("1958-06-04", ["Громыко", "Чэнь И"])]


def test_8_two_speakers_of_a_plural_verb_both_take_part():
    text = f"Громыко и Чжоу Эньлай беседовали с Фам Ван Донгом 7 июня 1958 г.{TALK_AVP}"
    assert note_communications(text) == [("1958-06-07", ["Громыко", "Фам Ван Донгом", "Чжоу Эньлай"])]
    unnamed = f"Руководители КНР беседовали с Фам Ван Донгом 7 июня 1958 г.{TALK_AVP}"
    assert note_communications(unnamed) == []


def test_5_a_planned_day_is_not_the_day_the_talk_took_place():
    for text in (
        "Беседа А.А. Громыко с Чэнь И, запланированная на 2 июня 1958 г., состоялась только 6 июня"
        " (АВП РФ. Ф. 0100. Оп. 51. П. 432. Д. 6. Л. 12).",
        "Беседа А.А. Громыко с Чэнь И, назначенная на 2 июня 1958 г., прошла 6 июня"
        " (АВП РФ. Ф. 0100. Оп. 51. П. 432. Д. 6. Л. 12).",
    ):
        assert not any(d == "1958-06-02" for d, _ in note_communications(text)), text
    plain = (
        "Беседа А.А. Громыко с Чэнь И 2 июня 1958 г. состоялась по его просьбе (АВП РФ. Ф. 0100. Оп. 51. Д. 6. Л. 12)."
    )
    assert note_communications(plain) == [("1958-06-02", ["А.А. Громыко", "Чэнь И"])]


def _parts(text: str) -> list[tuple[str, str]]:
    from kg1956.extract.citations import extract_note
    from kg1956.models import Note

    return sorted(
        (p.mention.text, p.function)
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
        for p in c.participants
    )


def test_6_a_cover_word_glossed_with_two_men_or_its_own_surname_glues_no_one():
    two = "Шифртелеграмма «Соседей» [А.И. Микояна и М.А. Суслова] Хо Ши Мину 9 мая 1958 г. // АП РФ. Ф. 3. Оп. 1. Д. 4. Л. 2."
    assert _parts(two) == [("А.И. Микояна", "sender"), ("М.А. Суслова", "sender"), ("Хо Ши Мину", "recipient")]
    own = "Телеграмма «Зайцева» [П.С. Зайцева] Громыко 9 мая 1958 г. // АВП РФ. Ф. 0100. Оп. 51. Д. 4. Л. 2."
    assert _parts(own) == [("Громыко", "recipient"), ("П.С. Зайцева", "sender")]


def test_6_a_ships_name_before_a_man_is_no_cryptonym(tmp_path):
    notes = """
1. Донесение капитана танкера «Бухарест» (А.П. Смирнов) Р.Я. Малиновскому 3 июня 1962 г. // ЦАМО РФ. Ф. 16. Оп. 1. Д. 2. Л. 3.
2. Донесение командира крейсера «Варяг» (В.К. Орлов) Р.Я. Малиновскому 4 июня 1962 г. // ЦАМО РФ. Ф. 16. Оп. 1. Д. 2. Л. 5.
"""
    people = people_in(tmp_path, notes)
    assert _apart(people, "А.П. Смирнов", "Р.Я. Малиновскому")
    assert not any("Варяг" in p for p in people)


def _locator_fields(text: str) -> list[dict[str, str]]:
    from kg1956.extract.citations import extract_note
    from kg1956.models import Note

    return [dict(loc.fields) for cit in extract_note(Note("t", 1, text, 1)).citations for loc in cit.locators]


def test_7_a_quoted_books_page_is_no_page_of_the_document():
    quoted = "Архив МИД КНР. № 105-00412-02 (цит. по: Ню Цзюнь. Указ. соч.). С. 112."
    assert all("list" not in f for f in _locator_fields(quoted))
    own = "Архив МИД КНР. № 105-00412-02. С. 112–114."
    assert [f.get("list") for f in _locator_fields(own)] == ["112–114"]


def test_9_a_full_name_with_a_variant_and_a_real_other_name_stays_one_man(tmp_path):
    notes = """
1. Запись беседы А.А. Громыко с Сианук Нородомом (Нородом Сианук) 5 мая 1960 г. // АВП РФ. Ф. 0146. Оп. 1. П. 2. Д. 3. Л. 4.
2. Запись беседы А.А. Громыко с Сианук Нородомом (Самдеч Эув) 6 мая 1960 г. // АВП РФ. Ф. 0146. Оп. 1. П. 2. Д. 3. Л. 8.
"""
    people = people_in(tmp_path, notes)
    assert any({"Сианук Нородомом", "Нородом Сианук", "Самдеч Эув"} <= p for p in people), people


def test_9_one_cover_word_glossed_for_two_men_still_joins_neither(tmp_path):
    notes = """
1. Шифртелеграмма «Петрова» [А.А. Громыко] Ким Ир Сену 3 марта 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 70. Д. 2. Л. 4.
2. Шифртелеграмма «Петрова» [В.В. Кузнецова] Ким Ир Сену 3 марта 1959 г. // АВП РФ. Ф. 0102. Оп. 15. П. 70. Д. 2. Л. 4.
"""
    assert _apart(people_in(tmp_path, notes), "А.А. Громыко", "В.В. Кузнецова")
