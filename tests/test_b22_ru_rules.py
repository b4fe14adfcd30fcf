"""Rules read from the Russian notes of blind sets 22 and 23 (issue #3), each checked on notes of
its own: an entry "in the diary of" a diarist, a party's central archive, a message head given by
its two ends with its kind as a sentence of its own, a role that ends on a state written with its
adjective, another literature's spelling of a name in brackets, and a message sent to an
addressee it does not name ("в Москву", "в штаб фронта")."""

from __future__ import annotations

from conftest import note_communications, participant_roles, people_in

from kg1956.extract.citations import extract_note
from kg1956.extract.ru_unnamed_to import unnamed_addressee
from kg1956.models import Note


def _locators(text: str) -> list[tuple[str, dict[str, str]]]:
    return [
        (loc.repository, dict(loc.fields)) for c in extract_note(Note("t", 1, text, 1)).citations for loc in c.locators
    ]


def test_an_entry_in_a_diary_is_the_diarists_entry_of_that_day():
    assert note_communications(
        "Запись в дневнике посла СССР в МНР Л.Н. Соловьева от 21 июня 1960 г. // АВП РФ. Ф. 0111, оп. 41, п. 170, д. 4, л. 9."
    ) == [("1960-06-21", ["Л.Н. Соловьева"])]
    assert note_communications(
        "Записи в дневнике К.А. Крутикова от 2 и 19 марта 1962 г. // АВП РФ. Ф. 0111, оп. 43, п. 178, д. 6, л. 3–8."
    ) == [("1962-03-02", ["К.А. Крутикова"]), ("1962-03-19", ["К.А. Крутикова"])]


def test_an_entry_in_a_bodys_diary_names_no_one():
    assert (
        note_communications(
            "Запись в дневнике посольства от 2 июня 1962 г. // АВП РФ. Ф. 0111, оп. 22, п. 41, д. 3, л. 11."
        )
        == []
    )


def test_a_partys_central_archive_is_an_archive_but_a_party_body_is_not():
    assert _locators("Письмо Ж. Самбуу, 5 мая 1966 г. // ЦА МНРП. Ф. 1, оп. 30, д. 7, л. 4.") == [
        ("ЦА МНРП", {"fond": "1", "opis": "30", "delo": "7", "list": "4"})
    ]
    assert [r for r, _ in _locators("Решение ЦК МНРП. Ф. 1, оп. 30, д. 7, л. 4.")] == [""]


def test_a_head_by_its_two_ends_then_the_kind_as_a_sentence():
    assert note_communications(
        "Пономарев Б.Н. — в ЦК КПСС. Записка о переговорах с МНРП, 14 мая 1965 г. // РГАНИ. Ф. 5, оп. 50, д. 690, л. 2–6."
    ) == [("1965-05-14", ["Пономарев Б.Н.", "ЦК КПСС"])]
    # no date: no message
    assert note_communications("Соловьев — в МИД СССР. Записка не сохранилась.") == []


def test_a_role_ending_on_a_state_with_its_adjective_stays_the_persons():
    roles = participant_roles(
        "Беседа Т.Ф. Штыкова с Ким Ду Боном, председателем ЦК Трудовой партии Северной Кореи, 6 июня 1947 г. "
        "// РГАСПИ. Ф. 17, оп. 128, д. 1001, л. 3–5."
    )
    assert ("Ким Ду Боном", "председателем ЦК Трудовой партии Северной Кореи") in roles
    assert all(name not in ("Северной Кореи", "Кореи") for name, _ in roles)


def test_another_literatures_spelling_is_no_role():
    roles = participant_roles(
        "Беседа Т.Ф. Штыкова с Хо Ка И (в англоязычной литературе — Ho Ka-i), 2 мая 1949 г. // АПРФ. Ф. 45, оп. 1, д. 346, л. 9."
    )
    assert ("Хо Ка И", None) in roles


def test_kim_il_sung_and_kim_tu_bong_stay_apart(tmp_path):
    people = people_in(
        tmp_path,
        "1. Беседа Т.Ф. Штыкова с Ким Ир Сеном (в англоязычной литературе — Kim Il Sung), 14 апреля 1949 г. "
        "// АПРФ. Ф. 45, оп. 1, д. 346, л. 44–46.\n\n"
        "2. Беседа Т.Ф. Штыкова с Ким Ду Боном (в англоязычной литературе — Kim Tu-bong), 15 апреля 1949 г. "
        "// АПРФ. Ф. 45, оп. 1, д. 346, л. 47.\n",
    )
    assert any({"Ким Ир Сеном", "Kim Il Sung"} <= p for p in people)
    assert not any({"Ким Ир Сеном", "Ким Ду Боном"} <= p for p in people)
    assert not any({"Kim Il Sung", "Kim Tu-bong"} <= p for p in people)


def test_a_message_sent_to_a_capital_or_a_headquarters_is_its_writers_alone():
    assert note_communications(
        "Телеграмма посла С.В. Червоненко в Москву, 3 марта 1965 г. // АВП РФ. Ф. 0100, оп. 58, п. 516, д. 2, л. 7."
    ) == [("1965-03-03", ["С.В. Червоненко"])]
    assert note_communications(
        "Донесение командующего 1-й Дальневосточным фронтом К.А. Мерецкова в Генштаб, 24 августа 1945 г. "
        "// ЦАМО. Ф. 66, оп. 178499, д. 12, л. 40."
    ) == [("1945-08-24", ["К.А. Мерецкова"])]


def test_a_place_in_the_prepositional_is_where_the_writer_served():
    assert unnamed_addressee("посла СССР в Китае") is None
    assert unnamed_addressee("посла С.Г. Лапина в Пекине") is None
    assert unnamed_addressee("посла СССР в КНДР") is None
    assert unnamed_addressee("посла С.Г. Лапина в Пекин") == ("посла С.Г. Лапина", "Пекин")
    # prose with no kind of message names no one
    assert note_communications("Делегация МНР выехала в Москву 3 июня 1962 г., о чем сообщила газета «Унэн».") == []


def test_a_name_in_the_genitive_after_a_commanders_office_is_the_writer():
    roles = participant_roles(
        "Донесение командующего войсками Забайкальского фронта маршала Р.Я. Малиновского, 20 августа 1945 г. "
        "// ЦАМО. Ф. 210, оп. 3115, д. 9, л. 2."
    )
    assert roles == [("Р.Я. Малиновского", "командующего войсками Забайкальского фронта маршала")]
    # the writer in the genitive, the addressee in the dative: both
    assert note_communications(
        "Письмо Ким Ир Сена Н.С. Хрущеву, 20 сентября 1956 г. // АВП РФ. Ф. 0102, оп. 12, п. 68, д. 5, л. 14–17."
    ) == [("1956-09-20", ["Ким Ир Сена", "Н.С. Хрущеву"])]


def test_a_talk_a_sentence_draws_on_with_its_record_in_the_closing_bracket():
    assert note_communications(
        "Из беседы В.И. Иванова с Пак Чан Оком 9 июня 1956 г. явствует, что пленум был перенесен "
        "(АВП РФ. Ф. 0102, оп. 12, п. 68, д. 5, л. 40–42)."
    ) == [("1956-06-09", ["В.И. Иванова", "Пак Чан Оком"])]
    # no record cited: the author's sentence; no one named: nothing
    assert (
        note_communications("Из беседы В.И. Иванова с Пак Чан Оком 9 июня 1956 г. явствует, что пленум был перенесен.")
        == []
    )
    assert (
        note_communications(
            "Из бесед с корейскими товарищами летом 1957 г. явствует, что визит отложен (АВП РФ. Ф. 0102, оп. 13, п. 72, д. 6, л. 4)."
        )
        == []
    )


def test_a_diary_entry_a_sentence_tells():
    assert note_communications("Как записал Пузанов в дневнике 12 мая 1958 г., Ким Ир Сен был раздражен.") == [
        ("1958-05-12", ["Пузанов"])
    ]
    assert note_communications(
        "Как записал в своем дневнике А.М. Пузанов 12 мая 1958 г., обстановка была спокойной."
    ) == [("1958-05-12", ["А.М. Пузанов"])]
    # a span of days, a newspaper: no entry
    assert note_communications("Как записал Пузанов в дневнике 5–9 мая 1958 г., обстановка была спокойной.") == []
    assert note_communications("Как отметила «Правда» 5 марта 1947 г., переговоры зашли в тупик.") == []


def test_a_talk_told_in_prose_dated_in_its_closing_bracket():
    roles = participant_roles(
        "Чжоу Эньлай прямо сказал послу СССР в КНР С.В. Червоненко, что «спор не окончен» "
        "(беседа 11 марта 1963 г.: АВП РФ. Ф. 0100, оп. 56, п. 490, д. 3, л. 20–24)."
    )
    assert sorted(roles) == [("С.В. Червоненко", "послу СССР в КНР"), ("Чжоу Эньлай", None)]
    assert note_communications(
        "Ю. Цеденбал заявил Н.С. Хрущеву, что граница закрыта (беседа 4 мая 1962 г.: РГАНИ. Ф. 52, оп. 1, д. 583, л. 7)."
    ) == [("1962-05-04", ["Н.С. Хрущеву", "Ю. Цеденбал"])]
    # offices alone; a verb of a message; a bracket that names no talk: nothing told
    assert (
        note_communications(
            "Посол сказал министру, что граница закрыта (беседа 5 мая 1966 г.: АВП РФ. Ф. 0111, оп. 48, п. 199, д. 4, л. 3)."
        )
        == []
    )
    assert (
        note_communications(
            "Ю. Цеденбал сообщил С.Г. Лапину, что граница закрыта (беседа 5 мая 1966 г.: АВП РФ. Ф. 0111, оп. 48, п. 199, д. 4, л. 3)."
        )
        == []
    )
    assert note_communications("Ю. Цеденбал заявил С.Г. Лапину, что граница закрыта (см.: Правда. 1966. 5 мая).") == []


def test_a_session_of_delegations_with_both_sides_listed_in_brackets():
    roles = participant_roles(
        "Стенограмма заседания делегаций СССР и КНР по пограничному вопросу, 14 марта 1964 г. (советская делегация: "
        "заместитель министра иностранных дел Н.П. Фирюбин; китайская: посол КНР в СССР Пань Цзыли) "
        "// АВП РФ. Ф. 0100, оп. 57, п. 502, д. 9, л. 1–30."
    )
    assert sorted(roles) == [
        ("Н.П. Фирюбин", "заместитель министра иностранных дел"),
        ("Пань Цзыли", "посол КНР в СССР"),
    ]
    # bodies on the sides, or a bracket with one side only: no people
    assert (
        note_communications(
            "Стенограмма заседания делегаций СССР и КНР, 26 февраля 1964 г. (советская делегация: МИД СССР; "
            "китайская: МИД КНР) // АВП РФ. Ф. 0100, оп. 57, п. 502, д. 7, л. 1–12."
        )
        == []
    )
    assert (
        note_communications(
            "Стенограмма заседания делегаций СССР и КНР, 26 февраля 1964 г. (по копии) // АВП РФ. Ф. 0100, оп. 57, п. 502, д. 7, л. 1."
        )
        == []
    )


def test_a_told_talk_with_an_adverb_an_undeclined_surname_and_a_record_to_see():
    assert note_communications(
        "Во время беседы 3 октября 1960 г. Дэн Сяопин прямо заявил Червоненко, что «вопрос закрыт» "
        "(запись беседы см.: АВП РФ. Ф. 0100. Оп. 53. П. 455. Д. 12. Л. 4–9)."
    ) == [("1960-10-03", ["Дэн Сяопин", "Червоненко"])]
    # the one spoken to neither in the dative nor undeclined: no talk read
    assert (
        note_communications(
            "8 ноября 1956 г. Андропов изложил Иванова мнение (запись беседы: АВП РФ. Ф. 059а. Оп. 36. П. 6. Д. 5. Л. 1–3)."
        )
        == []
    )


def test_a_report_signed_as_a_participle_is_the_signers():
    assert note_communications(
        "Политический отчет за 1957 г., подписанный А.М. Пузановым, 25 января 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 75. Д. 1. Л. 1–90."
    ) == [("1958-01-25", ["А.М. Пузановым"])]
    # a treaty is no record of a communication
    assert note_communications("Договор о границе, подписанный Ю. Цеденбалом, 26 декабря 1962 г.") == []


def test_ocr_reads_the_digit_three_as_the_letter_ze_before_a_russian_month():
    from kg1956.extract.dates import find_dates

    assert [d.value.iso for d in find_dates("беседа, 2З апреля 1962 г.") if d.value] == ["1962-04-23"]
    assert [d.value.iso for d in find_dates("З мая 1960 г.") if d.value] == ["1960-05-03"]
    # a word that opens on the letter is no day
    assert [d.value.iso for d in find_dates("Зимой 1960 г.") if d.value] == ["1960"]


def test_talks_listed_each_with_its_date_in_brackets():
    assert note_communications(
        "Записи бесед С.В. Червоненко с Пэн Чжэнем (3 июня 1962 г.) и с Кан Шэном (9 июня 1962 г.) "
        "// АВП РФ. Ф. 0100. Оп. 55. П. 480. Д. 6. Л. 1–8, 9–15."
    ) == [("1962-06-03", ["Пэн Чжэнем", "С.В. Червоненко"]), ("1962-06-09", ["Кан Шэном", "С.В. Червоненко"])]


def test_a_note_takers_office_keeps_its_ordinal():
    cits = extract_note(
        Note(
            "t",
            1,
            "Беседа генерал-майора А.А. Романенко с Чо Ман Сиком, 9 ноября 1945 г. (записал Г.К. Федосеев, "
            "переводчик штаба 25-й армии) // ЦАМО. Ф. 172. Оп. 614631. Д. 23. Л. 50.",
            1,
        )
    ).citations
    takers = [(t.text, t.role) for c in cits for m in c.communications for t in m.note_takers]
    assert takers == [("Г.К. Федосеев", "переводчик штаба 25-й армии")]
