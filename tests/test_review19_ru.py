"""Review 19 of the Russian readers (branch wt15-RU): each harm the reviewer found in the conventions
read first from blind sets 36 and 37, as a note that must be read as the historian reads it and, where
the harm was a reading too many, one that must not be read."""

from __future__ import annotations

from conftest import communication_kinds, people_in, sorted_communications, together

_AP = "АП РФ. Ф. 3. Оп. 65. Д. 300. Л. 1–4."


# --- H1: the new office stems are no surnames (Королёв, Комиссаров) --------------------------------


def test_h1_korolev_and_komissarov_are_people_not_offices():
    assert sorted_communications(f"Запись беседы Н.С. Хрущёва с С.П. Королёвым, 12 апреля 1961 г. // {_AP}") == [
        ("1961-04-12", ["Н.С. Хрущёва", "С.П. Королёвым"])
    ]
    text = f"Запись беседы Н.С. Хрущёва с Королёвым, Келдышем и Комиссаровым 12 апреля 1961 г. // {_AP}"
    assert sorted_communications(text) == [
        ("1961-04-12", sorted(["Н.С. Хрущёва", "Королёвым", "Келдышем", "Комиссаровым"]))
    ]
    assert sorted_communications(f"Письмо С.П. Королёва Н.С. Хрущёву, 12 апреля 1961 г. // {_AP}") == [
        ("1961-04-12", ["Н.С. Хрущёву", "С.П. Королёва"])
    ]
    assert sorted_communications(f"Письмо Н.С. Хрущёва С.П. Королёву, 12 апреля 1961 г. // {_AP}") == [
        ("1961-04-12", ["Н.С. Хрущёва", "С.П. Королёву"])
    ]
    assert (
        sorted_communications("С.П. Королёв – в ЦК КПСС, записка от 5 мая 1957 г. // " + _AP)[0][1][0] == "С.П. Королёв"
    )
    assert sorted_communications(f"Запись беседы А.А. Громыко с Б. Комиссаровым, 5 мая 1957 г. // {_AP}") == [
        ("1957-05-05", ["А.А. Громыко", "Б. Комиссаровым"])
    ]


def test_h1_the_king_and_the_commissioner_in_lower_case_stay_offices():
    text = f"Запись беседы А.А. Громыко с королём Афганистана Захир Шахом, 12 апреля 1961 г. // {_AP}"
    assert sorted_communications(text) == [("1961-04-12", ["А.А. Громыко", "Захир Шахом"])]
    text = f"Запись беседы А.А. Громыко с верховным комиссаром Я. Петерсом, 12 апреля 1961 г. // {_AP}"
    assert sorted_communications(text) == [("1961-04-12", ["А.А. Громыко", "Я. Петерсом"])]


# --- H2: the topic before the call number is a noun phrase, never the sentence's verb ------------


def test_h2_a_talk_that_did_not_take_place_or_was_only_planned_is_not_read_through_its_topic():
    for words in (
        "по вопросам Тайваня не состоялась",
        "о Тайване планировалась, но не состоялась",
        "по всей видимости не состоялась",
        "о Тайване намечалась, но была отменена",
    ):
        text = f"Беседа Н.С. Хрущёва с Мао Цзэдуном 3 августа 1958 г. {words} // {_AP}"
        assert sorted_communications(text) == [], words
    text = "Беседа Н.С. Хрущёва с Мао Цзэдуном 3 августа 1958 г. об этом упоминает только Ходжа в мемуарах // Ходжа Э. Хрущёвцы. Тирана, 1980. С. 45."
    assert sorted_communications(text) == []


def test_h2_a_topic_that_is_a_noun_phrase_is_still_read():
    for topic in ("о визите Кекконена в Москву", "по вопросам Тайваня", "о пролётах самолётов"):
        text = f"Беседа Н.С. Хрущёва с Мао Цзэдуном 3 августа 1958 г. {topic} // {_AP}"
        assert sorted_communications(text) == [("1958-08-03", ["Мао Цзэдуном", "Н.С. Хрущёва"])], topic


# --- H3: "при участии Z" is no occasion: Z took part --------------------------------------------


def test_h3_those_who_took_part_after_pri_uchastii_are_read_with_the_other_side():
    text = f"Запись беседы А.И. Микояна с Мао Цзэдуном при участии П.Ф. Юдина и Лю Шаоци, 7 апреля 1956 г. // {_AP}"
    assert sorted_communications(text) == [
        ("1956-04-07", sorted(["А.И. Микояна", "Мао Цзэдуном", "П.Ф. Юдина", "Лю Шаоци"]))
    ]
    text = f"Беседа А.И. Микояна с Мао Цзэдуном при участии Лю Шаоци состоялась 7 апреля 1956 г. ({_AP})"
    assert sorted_communications(text) == [("1956-04-07", sorted(["А.И. Микояна", "Мао Цзэдуном", "Лю Шаоци"]))]
    text = f"Запись беседы А.И. Микояна с Мао Цзэдуном при содействии Чжоу Эньлая, 7 апреля 1956 г. // {_AP}"
    assert sorted_communications(text) == [("1956-04-07", sorted(["А.И. Микояна", "Мао Цзэдуном", "Чжоу Эньлая"]))]
    text = f"Телеграмма посла СССР в КНР о беседе с Мао Цзэдуном при участии Лю Шаоци 7 апреля 1956 г. // {_AP}"
    assert sorted_communications(text) == [("1956-04-07", sorted(["Мао Цзэдуном", "Лю Шаоци"]))]
    text = "Запис на разговор между Т. Живков и Н.С. Хрущов при участието на А. Югов, 3 март 1960 г., ЦДА, ф. 1Б, оп. 64, а.е. 200, л. 1–5."
    assert sorted_communications(text) == [("1960-03-03", sorted(["Живков", "Н.С. Хрущов", "А. Югов"]))]


def test_h3_an_occasion_after_pri_is_still_trimmed():
    text = f"Запись беседы А.И. Микояна с Мао Цзэдуном при первой встрече, 7 апреля 1956 г. // {_AP}"
    assert sorted_communications(text) == [("1956-04-07", sorted(["А.И. Микояна", "Мао Цзэдуном"]))]


# --- H4: Коломбо and Мадрид are surnames, not the Russian cities of a heading -------------------


def test_h4_colombo_and_de_la_madrid_are_people():
    assert sorted_communications(f"Письмо Э. Коломбо А.Н. Косыгину, 3 марта 1971 г. // {_AP}") == [
        ("1971-03-03", ["А.Н. Косыгину", "Э. Коломбо"])
    ]
    assert sorted_communications(f"Письмо А.А. Громыко Э. Коломбо, 3 марта 1971 г. // {_AP}") == [
        ("1971-03-03", ["А.А. Громыко", "Э. Коломбо"])
    ]
    text = f"Запись беседы К.У. Черненко с президентом Мексики М. де ла Мадридом, 5 мая 1984 г. // {_AP}"
    assert len(sorted_communications(text)[0][1]) == 2


def test_h4_a_capital_as_a_heading_still_closes_the_head():
    text = f"Запись беседы А.А. Громыко с министром иностранных дел Италии Э. Коломбо. Рим, 12 ноября 1970 г. // {_AP}"
    assert sorted_communications(text) == [("1970-11-12", ["А.А. Громыко", "Э. Коломбо"])]


# --- H5: a list that ends in a bare office keeps the named people before it ---------------------


def test_h5_a_list_ending_in_an_office_without_a_name_keeps_the_named_man():
    for office in ("вице-канцлером", "статс-секретарём", "канцлером", "председателем", "послом"):
        text = f"Запись беседы А.А. Громыко с канцлером Австрии Ю. Раабом и {office}. 12 апреля 1955 г. // {_AP}"
        assert sorted_communications(text) == [("1955-04-12", ["А.А. Громыко", "Ю. Раабом"])], office
    text = f"Запись беседы Ю.В. Андропова с Я. Кадаром и статс-секретарём. 2 ноября 1956 г. // {_AP}"
    assert sorted_communications(text) == [("1956-11-02", ["Ю.В. Андропова", "Я. Кадаром"])]
    text = f"Запись беседы А.А. Громыко с королём Иордании Хусейном и кронпринцем. 4 мая 1960 г. // {_AP}"
    assert len(sorted_communications(text)[0][1]) == 2


def test_h5_a_list_of_named_people_with_their_offices_is_read_whole():
    text = (
        "Запись беседы А.А. Громыко с канцлером Австрии Ю. Раабом, вице-канцлером А. Шерфом и статс-секретарём "
        f"Б. Крейским. 12 апреля 1955 г. // {_AP}"
    )
    assert sorted_communications(text) == [
        ("1955-04-12", sorted(["А.А. Громыко", "Ю. Раабом", "А. Шерфом", "Б. Крейским"]))
    ]


# --- H6: "от <writer>." before the date is no place ---------------------------------------------


def test_h6_the_writer_after_ot_and_the_heads_stop_is_not_taken_for_a_place():
    for text in (
        f"Письмо Н.С. Хрущёву от Тито. 5 ноября 1956 г. // {_AP}",
        f"Телеграмма Н.С. Хрущёву от Гомулки. 5 ноября 1956 г. // {_AP}",
    ):
        assert sorted_communications(text) in (
            [],
            [("1956-11-05", sorted(["Н.С. Хрущёву", text.split()[4].rstrip(".")]))],
        ), text


def test_h6_a_place_after_iz_and_the_heads_stop_is_still_cut():
    text = f"Шифротелеграмма С.Г. Лапина из Вены. 7 ноября 1956 г. // {_AP}"
    assert [c[0] for c in sorted_communications(text)] == ["1956-11-07"]
    assert sorted_communications(text)[0][1][0] == "С.Г. Лапина"


# --- H7: a Bulgarian report by a named writer, or of a meeting only scheduled -------------------


def test_h7_a_named_writer_is_no_office_and_a_scheduled_meeting_is_no_talk():
    text = "Информация от посланика Петров за разговора му с Чжоу Енлай на 1 юни 1965 г., ЦДА, ф. 1Б, оп. 64, а.е. 341, л. 2–7."
    assert ["Чжоу Енлай"] not in [c[1] for c in sorted_communications(text)]
    text = "Доклад от посланика в Пекин за срещата с Чжоу Енлай, насрочена на 1 юни 1965 г., ЦДА, ф. 1Б, оп. 64, а.е. 341, л. 2–7."
    assert sorted_communications(text) == []


def test_h7_an_office_with_its_post_still_writes_the_report():
    text = "Информация от посланика в Пекин за разговора му с Чжоу Енлай на 1 юни 1965 г., ЦДА, ф. 1Б, оп. 64, а.е. 341, л. 2–7."
    assert sorted_communications(text) == [("1965-06-01", ["Чжоу Енлай"])]


# --- H8: where a talk took place, before its day: no claim in a relative clause, no other paper's day


def test_h8_a_claim_in_a_relative_clause_is_no_talk():
    text = (
        "Беседа Н.С. Хрущёва с Мао Цзэдуном, которая, как утверждал Ходжа, проходила на вилле в Бэйдайхэ "
        f"3 августа 1958 г., в архивах не найдена ({_AP})"
    )
    assert sorted_communications(text) == []


def test_h8_the_day_of_a_letter_answered_is_not_the_talks():
    text = f"Беседа Н.С. Хрущёва с Й. Броз Тито состоялась в ответ на письмо от 3 мая 1957 г. ({_AP})"
    assert sorted_communications(text) == []


def test_h8_a_place_between_the_verb_and_the_day_is_still_read():
    for where in ("в Кремле", "на даче в Пицунде", "во Дворце правительства", "на вилле в Бэйдайхэ"):
        text = f"Беседа Н.С. Хрущёва с Мао Цзэдуном состоялась {where} 3 августа 1958 г. ({_AP})"
        assert sorted_communications(text) == [("1958-08-03", ["Мао Цзэдуном", "Н.С. Хрущёва"])], where


# --- H9: a Bulgarian record's side that is a body is refused, not dropped -----------------------


def test_h9_a_delegation_as_one_side_is_no_one_talk():
    text = "Запис на разговор между Т. Живков и делегацията на ЦК на ККП, 3 март 1960 г., ЦДА, ф. 1Б, оп. 64, а.е. 200, л. 1–5."
    assert sorted_communications(text) == []


def test_h9_a_side_named_by_office_still_stands_for_an_unnamed_man():
    text = "Запис на разговор между представител на ЦК на БКП и Й. Броз Тито, 3 март 1960 г., ЦДА, ф. 1Б, оп. 64, а.е. 200, л. 1–5."
    assert sorted_communications(text) == [("1960-03-03", ["Й. Броз Тито"])]


# --- H10: an alias bracket that gives the real name keeps it ------------------------------------


def test_h10_the_real_name_in_an_alias_bracket_is_the_same_man(tmp_path):
    notes = (
        "1. Запись беседы «Петрова» (под фамилией Петров – маршал С.С. Бирюзов) с Ф. Кастро, 1 июня 1962 г. // "
        f"{_AP}\n\n2. Запись беседы маршала С.С. Бирюзова с Ф. Кастро, 2 июня 1962 г. // {_AP}\n"
    )
    assert together(people_in(tmp_path, notes), "Петрова", "С.С. Бирюзов")


def test_h10_a_bracket_that_names_another_man_is_still_blanked():
    text = f"Запись беседы Н.С. Хрущёва с Ф. Кастро (он же вёл переговоры с Р. Кастро), 1 июня 1962 г. // {_AP}"
    assert sorted_communications(text) == [("1962-06-01", ["Н.С. Хрущёва", "Ф. Кастро"])]
    text = f"Запись беседы маршала С.С. Бирюзова (под фамилией Петров) с Ф. Кастро, 1 июня 1962 г. // {_AP}"
    assert sorted_communications(text) == [("1962-06-01", ["С.С. Бирюзова", "Ф. Кастро"])]


# --- H11: several papers of one kind over a range of days are not one paper of a month ---------


def test_h11_a_plural_kind_over_a_range_is_not_read_as_one_paper():
    text = "Ю.В. Андропов – в МИД СССР, донесения от 1–4 ноября 1956 г. // АВП РФ. Ф. 059а. Оп. 4. П. 6. Д. 5. Л. 1–4."
    assert communication_kinds(text) == []


def test_h11_a_plural_kind_with_its_days_is_still_read():
    text = "А.И. Микоян – в ЦК КПСС, шифртелеграммы от 6 и 8 ноября 1956 г. // АП РФ. Ф. 3. Оп. 64. Д. 484. Л. 1–4."
    assert communication_kinds(text) == [("telegram", "1956-11-06"), ("telegram", "1956-11-08")]
