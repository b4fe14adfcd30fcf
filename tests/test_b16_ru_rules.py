"""Russian rules read from blind set 16 (issue #3), each checked on notes of our own: the
Chinese Foreign Ministry's archive named in Russian, the place, the occasion and the unnamed
others after the last name of a talk, a talk between people in the genitive joined by "и",
and who else was present."""

from __future__ import annotations

from conftest import build_notes, note_communications, participant_roles

from kg1956.extract.citations import extract_note
from kg1956.extract.locators import parse_locator
from kg1956.models import Note


def test_the_prc_foreign_ministry_archive_named_in_russian_keeps_its_document_and_pages():
    for text, document, pages in (
        ("Архив МИД КНР. 109-00872-03, 5–11.", "109-00872-03", "5–11"),
        ("Архив МИД КНР, 109-01140-02, л. 14–18", "109-01140-02", "14–18"),
        ("Arkhiv MID KNR, 204-00098-01, 12-15.", "204-00098-01", "12-15"),
    ):
        found = parse_locator(text, 0)
        assert found is not None and found.repository == "PRC-FMA", text
        assert dict(found.fields) == {"document": document, "list": pages}, text


def test_the_place_occasion_and_unnamed_others_after_the_last_name_of_a_talk_are_no_party():
    assert note_communications(
        "Запись беседы А.И. Микояна с Ким Ир Сеном, Пак Чен Аем, Нам Иром и др. 18 сентября 1956 г. "
        "// РГАНИ. Ф. 5. Оп. 28. Д. 412. Л. 40–52."
    ) == [("1956-09-18", sorted(["А.И. Микояна", "Ким Ир Сеном", "Пак Чен Аем", "Нам Иром"]))]
    assert note_communications(
        "Из записи беседы Н.С. Хрущева с Хо Ши Мином и Фам Ван Донгом на Совещании коммунистических и "
        "рабочих партий, 14 ноября 1957 г. // АП РФ. Ф. 52. Оп. 1. Д. 612. Л. 3–9."
    ) == [("1957-11-14", sorted(["Н.С. Хрущева", "Хо Ши Мином", "Фам Ван Донгом"]))]
    roles = participant_roles(
        "Стенограмма беседы А.Н. Косыгина с Чжоу Эньлаем и Кан Шэном в аэропорту Иркутска 3.11.1964 г. "
        "// РГАНИ. Ф. 80. Оп. 1. Д. 317. Л. 2–19."
    )
    assert roles == [("А.Н. Косыгина", None), ("Чжоу Эньлаем", None), ("Кан Шэном", None)]
    # "в" inside the role before the name stays; the place after the name goes
    assert participant_roles(
        "Запись беседы Н.С. Хрущева с послом КНР в СССР Лю Сяо в Кремле 2 февраля 1960 г. // АП РФ. "
        "Ф. 52. Оп. 1. Д. 507. Л. 1–8."
    ) == [("Н.С. Хрущева", None), ("Лю Сяо", "послом КНР в СССР")]


def test_a_talk_named_without_a_record_may_remark_on_its_date_before_the_call_number():
    assert note_communications(
        "Беседа А.Н. Косыгина с Фам Ван Донгом в Ханое, февраль 1965 г. (дата уточняется) // АП РФ. "
        "Ф. 3. Оп. 66. Д. 918. Л. 1–14."
    ) == [("1965-02", sorted(["А.Н. Косыгина", "Фам Ван Донгом"]))]


def test_who_else_was_present_at_a_russian_talk_took_part():
    assert note_communications(
        "Запись беседы Н.С. Хрущева с Хо Ши Мином в присутствии переводчика, 30 июля 1959 г. // АП РФ. Ф. 52. "
        "Оп. 1. Д. 613. Л. 17–25."
    ) == [("1959-07-30", sorted(["Н.С. Хрущева", "Хо Ши Мином"]))]  # one present named by role only
    assert participant_roles(
        "Запись беседы В.И. Иванова с Ким Ир Сеном в присутствии Нам Ира и советника посольства "
        "Н.М. Шестакова в Пхеньяне, 21 марта 1955 г. // АВП РФ. Ф. 0102. Оп. 11. П. 60. Д. 5. Л. 88–91."
    ) == [("В.И. Иванова", None), ("Ким Ир Сеном", None), ("Нам Ира", None), ("Н.М. Шестакова", "советника посольства")]


def test_a_talk_between_people_in_the_genitive_joined_by_and(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Стенограмма переговоров А.А. Громыко и Чэнь И в Женеве 20 июня 1961 г. // АВП РФ. Ф. 0100. "
        "Оп. 54. П. 470. Д. 12. Л. 1–25.\n\n"
        "2. Стенограмма переговоров Н.С. Хрущева, Мао Цзэдуна и Лю Шаоци в Пекине 2 октября 1959 г. "
        "(неправленая) // АП РФ. Ф. 52. Оп. 1. Д. 499. Л. 40–61.\n\n"
        "3. Стенограмма переговоров делегаций КПСС и КПК в Москве 5–20 июля 1963 г. см.: Борисов О.Б. "
        "Советско-китайские отношения. М., 1980. С. 77.",
    )
    talks = [
        sorted(p.mention.text for p in c.participants)
        for note in built.extractions
        for cit in note.citations
        for c in cit.communications
    ]
    assert talks == [sorted(["А.А. Громыко", "Чэнь И"]), sorted(["Н.С. Хрущева", "Мао Цзэдуна", "Лю Шаоци"])]


def test_surnames_russian_does_not_decline_are_the_two_ends_of_a_message():
    for text, ends in (
        (
            "Телеграмма Громыко Червоненко, 22 октября 1962 г. // АВП РФ. Ф. 0100. Оп. 55. П. 481. Д. 3. Л. 41.",
            ["Громыко", "Червоненко"],
        ),
        ("Шифртелеграмма Федоренко Громыко, 12 мая 1958 г.", ["Федоренко", "Громыко"]),
        ("Письмо Мжаванадзе Ким Ир Сену, 3 апреля 1962 г.", ["Мжаванадзе", "Ким Ир Сену"]),
        ("Телеграмма Косыгина Червоненко от 5 июня 1965 г.", ["Косыгина", "Червоненко"]),
    ):
        assert participant_roles(text) == [(ends[0], None), (ends[1], None)], text
    assert participant_roles("Телеграмма Громыко, 5 сентября 1960 г.") == [("Громыко", None)]


def test_whom_a_russian_paper_was_for_follows_dlia():
    assert note_communications(
        "Информация ЦК КПСС для руководства братских партий о советско-албанских отношениях, 12 декабря 1961 г. "
        "// РГАНИ. Ф. 2. Оп. 1. Д. 571. Л. 3–19."
    ) == [("1961-12-12", ["ЦК КПСС"])]
    assert participant_roles("Записка Ю.В. Андропова для Н.С. Хрущева о положении в Албании, 3 мая 1961 г.") == [
        ("Ю.В. Андропова", None),
        ("Н.С. Хрущева", None),
    ]
    assert note_communications("Информация посольства для МИД СССР о поездке делегации КНДР, 14.07.1961") == [
        ("1961-07-14", ["МИД СССР"])
    ]


def test_a_russian_reply_named_with_the_message_it_answers_is_two_messages():
    def messages(text):
        return [
            (c.kind, c.date.iso if c.date else None, [(p.mention.text, p.function) for p in c.participants])
            for cit in extract_note(Note("t", 1, text, 1)).citations
            for c in cit.communications
        ]

    assert messages(
        "Ответ ЦК ТПК на письмо ЦК КПСС от 12 июня 1961 г. был направлен только 30 июля 1961 г. См.: Ланьков А.Н. "
        "Северная Корея: вчера и сегодня. М., 1995. С. 88."
    ) == [
        ("letter", "1961-07-30", [("ЦК ТПК", "sender"), ("ЦК КПСС", "recipient")]),
        ("letter", "1961-06-12", [("ЦК КПСС", "sender"), ("ЦК ТПК", "recipient")]),
    ]
    assert messages(
        "Ответ Н.С. Хрущева от 5 мая 1958 г. на послание Мао Цзэдуна от 2 апреля 1958 г. // АП РФ. Ф. 3. Оп. 65. "
        "Д. 338. Л. 4–9."
    ) == [
        ("letter", "1958-05-05", [("Н.С. Хрущева", "sender"), ("Мао Цзэдуна", "recipient")]),
        ("letter", "1958-04-02", [("Мао Цзэдуна", "sender"), ("Н.С. Хрущева", "recipient")]),
    ]
    assert messages("Ответ ЦК КПСС на телеграмму Хо Ши Мина от 9 февраля 1965 г. // РГАНИ. Ф. 2. Оп. 3. Д. 112.") == [
        ("letter", None, [("ЦК КПСС", "sender"), ("Хо Ши Мина", "recipient")]),
        ("telegram", "1965-02-09", [("Хо Ши Мина", "sender"), ("ЦК КПСС", "recipient")]),
    ]
    assert messages("Ответ на письмо ЦК КПСС от 12 июня 1961 г. так и не был получен.") == []


def test_a_chinese_name_ending_in_a_vowel_is_undeclined_at_either_end_of_a_message():
    for text, ends in (
        ("Письмо Н.Т. Федоренко Чэнь И, 26 августа 1960 г.", ["Н.Т. Федоренко", "Чэнь И"]),
        ("Телеграмма Мао Цзэдуна Лю Шаоци, 9 июля 1963 г. (перевод)", ["Мао Цзэдуна", "Лю Шаоци"]),
        ("Письмо Лю Шаоци Ким Ир Сену от 4 ноября 1963 г.", ["Лю Шаоци", "Ким Ир Сену"]),
    ):
        assert participant_roles(text) == [(ends[0], None), (ends[1], None)], text
    assert participant_roles("Телеграмма Чэнь И, 3 мая 1960 г.") == [("Чэнь И", None)]


def test_a_government_named_with_its_country_is_a_body_in_any_case():
    assert participant_roles(
        "Памятная записка правительства ДРВ, врученная послу СССР И.С. Щербакову 14 октября 1967 г. // АВП РФ. "
        "Ф. 079. Оп. 22. П. 51. Д. 8. Л. 12–15."
    ) == [("правительства ДРВ", None), ("И.С. Щербакову", "послу СССР")]
    assert participant_roles("Письмо правительства КНР правительству СССР, 16 июля 1960 г.") == [
        ("правительства КНР", None),
        ("правительству СССР", None),
    ]


def test_a_message_by_its_two_ends_and_its_kind_may_put_ot_before_its_date():
    assert note_communications(
        "Писарев В.И. – Цеденбалу Ю., письмо от 3 апреля 1957 г. (копия) // ГАРФ. Ф. Р-5446. Оп. 98. Д. 471. Л. 8–9."
    ) == [("1957-04-03", sorted(["Писарев В.И.", "Цеденбалу Ю."]))]
    assert note_communications("Во Нгуен Зиап – Р.Я. Малиновскому, шифртелеграмма от 17 июня 1966 г.") == [
        ("1966-06-17", sorted(["Во Нгуен Зиап", "Р.Я. Малиновскому"]))
    ]


def test_a_russian_reference_note_is_its_writers_report():
    assert note_communications(
        "Справка И.Ф. Курдюкова «О положении в Трудовой партии Кореи», 9 октября 1956 г. // АВП РФ. Ф. 0102. "
        "Оп. 12. П. 68. Д. 5. Л. 40–47."
    ) == [("1956-10-09", ["И.Ф. Курдюкова"])]
    assert (
        note_communications(
            "Справка о пребывании в СССР делегации Союза трудящейся молодежи Вьетнама (б/д) // ГАРФ. Ф. Р-9520. "
            "Оп. 1. Д. 604. Л. 2–9."
        )
        == []
    )


def test_talks_given_by_their_two_ends_in_the_nominative_are_one_conversation_a_day(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Дневник В.И. Иванова за 1–30 апреля 1955 г. // АВП РФ. Ф. 0102. Оп. 11. П. 61. Д. 7. Л. 1–120.\n\n"
        "2. Иванов – Ким Ир Сен, беседы 7 и 19 апреля 1955 г. // Там же. Л. 70–75, 80.",
    )
    second = built.extractions[1]
    talks = [
        (c.kind, c.date.iso, sorted(p.mention.text for p in c.participants), {p.function for p in c.participants})
        for cit in second.citations
        for c in cit.communications
    ]
    both = sorted(["Иванов", "Ким Ир Сен"])
    assert talks == [
        ("conversation", "1955-04-07", both, {"interlocutor"}),
        ("conversation", "1955-04-19", both, {"interlocutor"}),
    ]
    # "Там же. Л. 70–75, 80": the diary's file, with the leaves of both talks
    assert [dict(loc.fields) for cit in second.citations for loc in cit.locators] == [
        {"fond": "0102", "opis": "11", "papka": "61", "delo": "7", "list": "70–75, 80"}
    ]


def test_a_latin_e_read_by_ocr_inside_a_russian_head():
    assert note_communications(
        "3апись бeседы А.М. Пузанова с Пак Чен Аем 27 мая 1958 г. // АВП РФ. Ф. 0102. 0п. 14. П. 76. Д. 8. Л. 40–43."
    ) == [("1958-05-27", sorted(["А.М. Пузанова", "Пак Чен Аем"]))]


def test_a_report_at_a_session_of_a_named_body_is_made_to_that_body():
    assert participant_roles(
        "Доклад Ким Ир Сена на заседании Политбюро ЦК ТПК о поездке в СССР, 20 июля 1956 г. (перевод) // РГАНИ. "
        "Ф. 5. Оп. 28. Д. 410. Л. 101–115."
    ) == [("Ким Ир Сена", None), ("Политбюро ЦК ТПК", None)]
    assert (
        note_communications(
            "Доклад Н.С. Хрущева на совещании представителей коммунистических партий, 24 июня 1960 г. См.: "
            "Борисов О.Б. Указ. соч. С. 140."
        )
        == []
    )


def test_entries_named_after_a_russian_ibid_are_the_diarys_on_their_own_leaves(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Из дневника посла СССР в ДРВ С.А. Товмасяна. 2–25 октября 1962 г. // АВП РФ. Ф. 079. Оп. 17. П. 34. "
        "Д. 9. Л. 1–64.\n\n"
        "2. Там же. Записи от 3 и 11 ноября 1962 г. Л. 70, 84–86 об.",
    )
    second = built.extractions[1]
    entries = [c for cit in second.citations for c in cit.communications]
    assert [(c.kind, c.date.iso) for c in entries] == [("diary_entry", "1962-11-03"), ("diary_entry", "1962-11-11")]
    assert all(p.mention.role is None for c in entries for p in c.participants)  # the office is note 1's
    located = [dict(loc.fields) for cit in second.citations for loc in cit.locators]
    assert located == [{"fond": "079", "opis": "17", "papka": "34", "delo": "9", "list": "70, 84–86 об."}]


def test_a_second_russian_talk_joined_by_i_s_is_the_same_recorders():
    assert note_communications(
        "Записи бесед П.Ф. Юдина с Мао Цзэдуном 3 мая 1957 г. и с Лю Шаоци 5 мая 1957 г. // АВП РФ. Ф. 0100. "
        "Оп. 50. П. 423. Д. 3. Л. 1–9, 12–14."
    ) == [
        ("1957-05-03", sorted(["П.Ф. Юдина", "Мао Цзэдуном"])),
        ("1957-05-05", sorted(["П.Ф. Юдина", "Лю Шаоци"])),
    ]


def test_others_described_but_not_named_and_a_talk_between_two():
    assert note_communications(
        "Запись беседы А.И. Микояна с Чжоу Эньлаем и другими руководителями КПК 7 апреля 1956 г. // АП РФ. "
        "Ф. 52. Оп. 1. Д. 497. Л. 10–21."
    ) == [("1956-04-07", sorted(["А.И. Микояна", "Чжоу Эньлаем"]))]
    assert participant_roles(
        "Запись беседы между Н.С. Хрущевым и Хо Ши Мином 29 июля 1959 г. // АП РФ. Ф. 52. Оп. 1. Д. 613. Л. 1–16."
    ) == [("Н.С. Хрущевым", None), ("Хо Ши Мином", None)]


def test_the_recorders_next_talk_after_a_semicolon_takes_the_records_year(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Запись беседы Л.И. Брежнева с Ле Зуаном, Москва, 10 апреля 1966 г. // РГАНИ. Ф. 80. Оп. 1. Д. 456. "
        "Л. 1–20; беседы с Фам Ван Донгом 12 и 14 апреля – там же. Л. 21–40.",
    )
    note = built.extractions[0]
    talks = [
        (c.date.iso, sorted(p.mention.text for p in c.participants))
        for cit in note.citations
        for c in cit.communications
    ]
    assert talks == [
        ("1966-04-10", sorted(["Л.И. Брежнева", "Ле Зуаном"])),
        ("1966-04-12", sorted(["Л.И. Брежнева", "Фам Ван Донгом"])),
        ("1966-04-14", sorted(["Л.И. Брежнева", "Фам Ван Донгом"])),
    ]
    leaves = [dict(loc.fields).get("list") for cit in note.citations for loc in cit.locators]
    assert leaves == ["1–20", "21–40"]
