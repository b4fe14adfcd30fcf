"""Russian and Bulgarian conventions first read from blind sets 36 and 37 (issue #3), each in wordings
of our own and with the notes that must not be read by it: a record's place as a heading before its
date in any capital Russian writes, where a talk took place between its verb and its day, a talk's
topic before its call number, parties listed each after a hyphenated or royal office, a bracket giving
another name of the man before it, several papers of one kind between two ends, a telegram's place
closed by the head's stop, "Дж." and a first name written out in an answer, and Bulgarian records
"между" one side named by office only."""

from __future__ import annotations

from conftest import communication_kinds, participant_roles, sorted_communications

_AVP = "АВП РФ. Ф. 06. Оп. 14. П. 7. Д. 98. Л. 1–14."


# --- the place as a heading before the date ------------------------------------------------------


def test_a_capital_written_in_russian_before_the_date_is_the_place_of_the_talk():
    for place in ("Вена", "Рим", "Бонн", "Хельсинки", "Стокгольм", "Кабул"):
        text = f"Запись беседы А.И. Микояна с К. Аденауэром. {place}, 26 апреля 1958 г. // {_AVP}"
        assert sorted_communications(text) == [("1958-04-26", ["А.И. Микояна", "К. Аденауэром"])], place


def test_a_capital_after_a_comma_is_no_party():
    text = f"Запись беседы В.М. Молотова с Л. Фиглем, Вена, 14 мая 1955 г. // {_AVP}"
    assert sorted_communications(text) == [("1955-05-14", ["В.М. Молотова", "Л. Фиглем"])]


# --- where the talk took place, between the verb and the day ------------------------------------


def test_a_place_between_the_verb_of_taking_place_and_the_day():
    for where in ("в Кремле", "в Москве", "на даче в Пицунде"):
        text = f"Беседа Н.А. Булганина с У. Кекконеном состоялась {where} 20 сентября 1955 г. Запись беседы: {_AVP}"
        assert sorted_communications(text) == [("1955-09-20", ["Н.А. Булганина", "У. Кекконеном"])], where


def test_the_place_after_the_verb_leaves_an_office_with_a_capitalised_word_to_its_holder():
    text = (
        "Беседа Н.С. Хрущёва с председателем Национального банка Кубы Э. Геварой состоялась в Кремле 5 мая "
        f"1963 г. Запись беседы: {_AVP}"
    )
    assert participant_roles(text) == [("Н.С. Хрущёва", None), ("Э. Геварой", "председателем Национального банка Кубы")]
    text = (
        "Встреча Н.С. Хрущёва с президентом Республики Куба О. Дортикосом проходила на даче в Пицунде 5 мая "
        f"1963 г. ({_AVP})"
    )
    assert sorted_communications(text) == [("1963-05-05", ["Н.С. Хрущёва", "О. Дортикосом"])]


def test_a_talk_that_did_not_take_place_is_not_read():
    text = f"Беседа Н.С. Хрущёва с У. Кекконеном не состоялась в Москве 3 мая 1957 г. ({_AVP})"
    assert sorted_communications(text) == []


# --- the topic between the date and the call number ---------------------------------------------


def test_a_topic_after_the_date_before_the_call_number():
    for topic in ("о торговом договоре", "по вопросам разоружения", "об экономической помощи"):
        text = f"Беседа А.А. Громыко с послом Финляндии Э. Вуори 14 февраля 1959 г. {topic} // {_AVP}"
        assert sorted_communications(text) == [("1959-02-14", ["А.А. Громыко", "Э. Вуори"])], topic


def test_a_topic_in_the_authors_sentence_without_a_call_number_is_no_citation():
    assert sorted_communications("Беседа Н.С. Хрущёва с У. Палме 5 июня 1964 г. о разоружении была откровенной.") == []


# --- parties listed after their offices ----------------------------------------------------------


def test_hyphenated_offices_each_before_a_name():
    text = (
        "Запись беседы Н.А. Булганина с канцлером ФРГ К. Аденауэром, вице-канцлером Ф. Блюхером и "
        f"статс-секретарём В. Хальштейном. 10 сентября 1955 г. // {_AVP}"
    )
    assert participant_roles(text) == [
        ("Н.А. Булганина", None),
        ("К. Аденауэром", "канцлером ФРГ"),
        ("Ф. Блюхером", "вице-канцлером"),
        ("В. Хальштейном", "статс-секретарём"),
    ]


def test_a_king_and_a_premier():
    text = (
        "Запись беседы Н.С. Хрущёва с королём Афганистана Захир Шахом и премьер-министром М. Даудом. "
        f"Кабул, 2 марта 1960 г. // {_AVP}"
    )
    assert participant_roles(text)[1:] == [("Захир Шахом", "королём Афганистана"), ("М. Даудом", "премьер-министром")]


# --- another name in brackets -------------------------------------------------------------------


def test_a_bracket_with_another_name_is_no_office_and_keeps_the_list():
    text = (
        "Запись беседы маршала С.С. Бирюзова (под именем инженера Петрова) и Ш.Р. Рашидова с Р. Кастро, "
        f"1 июня 1962 г. // {_AVP}"
    )
    assert sorted_communications(text) == [("1962-06-01", ["Р. Кастро", "С.С. Бирюзова", "Ш.Р. Рашидова"])]
    text = f"Шифртелеграмма генерала И.А. Плиева (он же «Павлов») Р.Я. Малиновскому, 2 ноября 1962 г. // {_AVP}"
    assert participant_roles(text) == [("И.А. Плиева", "генерала"), ("Р.Я. Малиновскому", None)]


def test_a_bracketed_office_stays_the_role():
    text = f"Запись беседы А.И. Алексеева (посол СССР) с О. Дортикосом, 5 мая 1963 г. // {_AVP}"
    assert participant_roles(text) == [("А.И. Алексеева", "посол СССР"), ("О. Дортикосом", None)]


# --- several papers of one kind between two ends -------------------------------------------------


def test_plural_kind_after_two_ends_gives_one_paper_a_day():
    text = f"Г.М. Пушкин – в МИД СССР, телеграммы от 7 и 9 ноября 1956 г. // {_AVP}"
    assert communication_kinds(text) == [("telegram", "1956-11-07"), ("telegram", "1956-11-09")]
    text = f"Р.Я. Малиновский – Н.С. Хрущёву, записки от 2 и 4 ноября 1962 г. // {_AVP}"
    assert communication_kinds(text) == [("memo", "1962-11-02"), ("memo", "1962-11-04")]


def test_two_states_are_no_ends():
    assert sorted_communications(f"Советский Союз – Китай, письма от 3 и 9 мая 1960 г. // {_AVP}") == []


# --- a telegram's place closed by the stop --------------------------------------------------------


def test_a_telegrams_place_then_a_stop_then_the_date():
    for kind in ("Шифротелеграмма", "Шифртелеграмма", "Телеграмма"):
        text = f"{kind} Г.М. Пушкина из Берлина. 5 марта 1953 г. // {_AVP}"
        assert sorted_communications(text) == [("1953-03-05", ["Г.М. Пушкина"])], kind


# --- "Дж." and an answer's writer with his first name ---------------------------------------------


def test_dzh_is_an_initial_and_the_answer_may_name_the_first_name():
    for who in ("Джона Кеннеди", "Дж. Кеннеди"):
        text = f"Письмо Н.С. Хрущёва Дж. Кеннеди от 26 октября 1962 г. и ответ {who} от 27 октября // {_AVP}"
        assert sorted_communications(text) == [
            ("1962-10-26", ["Дж. Кеннеди", "Н.С. Хрущёва"]),
            ("1962-10-27", [who, "Н.С. Хрущёва"]),
        ], who


def test_an_answer_by_another_man_of_the_surname_is_not_read():
    text = f"Письмо Н.С. Хрущёва Ф. Кастро от 10 января 1963 г. и ответ Рауля Кастро от 20 января // {_AVP}"
    assert sorted_communications(text) == [("1963-01-10", ["Н.С. Хрущёва", "Ф. Кастро"])]


# --- Bulgarian records with one side by office ----------------------------------------------------

_TSDA = "ЦДА, ф. 1Б, оп. 64, а.е. 200, л. 1–5."


def test_a_bulgarian_record_with_one_side_named_by_office():
    for head in ("Запис на разговор", "Запис на разговор [Record of conversation]", "Протокол от среща"):
        text = f"{head} между временно управляващия посолството в Ханой и Фам Ван Донг, 10 юни 1966 г., {_TSDA}"
        assert sorted_communications(text) == [("1966-06-10", ["Фам Ван Донг"])], head
    text = f"Запис на разговор между новия посланик на НРБ в Белград и Й. Броз Тито при първото му посещение, 14 април 1961 г., {_TSDA}"
    assert sorted_communications(text) == [("1961-04-14", ["Й. Броз Тито"])]


def test_a_bulgarian_record_between_two_offices_names_no_one():
    text = f"Запис на разговор между посланика и съветника на посолството, 3 март 1960 г., {_TSDA}"
    assert sorted_communications(text) == []


# --- what a talk was about, its record cited after ------------------------------------------------


def test_a_talk_told_with_its_subject_and_cited_after():
    text = (
        "Беседа посла с премьер-министром Швеции Эрландером 4 марта 1959 г. была посвящена главным образом "
        f"балтийскому судоходству: {_AVP}"
    )
    assert sorted_communications(text) == [("1959-03-04", ["Эрландером"])]
    text = f"Беседы Н.С. Хрущёва с У. Палме 5 и 7 июня 1964 г. касались разоружения ({_AVP})"
    assert communication_kinds(text) == [("conversation", "1964-06-05"), ("conversation", "1964-06-07")]


def test_a_talks_subject_with_no_record_cited_is_not_read():
    assert sorted_communications("Беседа Н.С. Хрущёва с У. Палме 9 июня 1964 г. была посвящена разоружению.") == []


def test_a_bulgarian_report_of_an_office_about_its_talk_gives_the_talk():
    for head in ("Доклад [Report] от временно управляващия посолството в Пекин", "Информация от посланика в Пекин"):
        text = f"{head} за срещата с Чжоу Енлай на 3 март 1966 г., {_TSDA}"
        assert sorted_communications(text) == [("1966-03-03", ["Чжоу Енлай"])], head


def test_a_bulgarian_report_about_a_talk_with_an_office_names_no_one():
    text = f"Информация от посланика в Ханой за разговора му с посланика на СССР на 1 юни 1965 г., {_TSDA}"
    assert sorted_communications(text) == []
