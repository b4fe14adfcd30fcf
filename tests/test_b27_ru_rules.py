"""Russian conventions first read from blind set 27 (issue #3), each in wordings of our own and with
the notes that must not be read by it: RGANI's fond 89 (перечень, документ), an answer in a clause
of its own, a message's purpose after "с", a bracket holding only a quoted heading, and a cover name
explained in a bracket."""

from __future__ import annotations

from conftest import note_communications, participant_roles, people_in

from kg1956.extract.citations import extract_note
from kg1956.models import Note


def _locators(text: str) -> list[dict[str, str]]:
    out = []
    for cit in extract_note(Note("t", 1, text, 1)).citations:
        for loc in cit.locators:
            out.append(dict(loc.fields))
    return out


def _apart(people: list[set[str]], a: str, b: str) -> bool:
    return not any({a, b} <= p for p in people)


# --- RGANI fond 89: перечень (the inventory) and документ --------------------------------------


def test_fond_89_inventory_and_document_in_russian_and_in_transliteration():
    for text in (
        "Постановление Президиума ЦК КПСС, 20 мая 1957 г. // РГАНИ. Ф. 89. Пер. 55. Док. 3. Л. 5–6.",
        "Постановление Президиума ЦК КПСС, 20 мая 1957 г. // РГАНИ. Ф. 89. Перечень 55. Документ 3. Л. 5–6.",
        "Resolution, 20 May 1957, RGANI, f. 89, per. 55, dok. 3, ll. 5–6.",
    ):
        assert _locators(text) == [{"fond": "89", "opis": "55", "document": "3", "list": "5–6"}], text


def test_per_is_no_key_of_another_archive():
    # "per." after the Foreign Policy Archive is no inventory: only RGANI keeps its files in перечни
    (loc,) = _locators("АВП РФ. Ф. 0102. Оп. 12. П. 68. Д. 4. Л. 9.")
    assert loc == {"fond": "0102", "opis": "12", "papka": "68", "delo": "4", "list": "9"}


# --- an answer in a clause of its own ----------------------------------------------------------


def test_an_answer_after_a_semicolon_goes_back_to_the_letters_writer():
    text = "Письмо В. Гомулки Н.С. Хрущеву, 3 марта 1957 г.; ответ Хрущева от 11 марта 1957 г. // РГАНИ. Ф. 5. Оп. 30. Д. 2."
    assert note_communications(text) == [
        ("1957-03-03", ["В. Гомулки", "Н.С. Хрущеву"]),
        ("1957-03-11", ["В. Гомулки", "Хрущева"]),
    ]


def test_an_answer_after_a_dash_head_and_its_kind_takes_the_letters_year_or_the_next():
    text = "Кадар — Хрущеву, 17 декабря 1956 г. (письмо); ответ Хрущева от 20 декабря // РГАНИ. Ф. 5. Оп. 28. Д. 394."
    assert [d for d, _ in note_communications(text)] == ["1956-12-17", "1956-12-20"]
    text = "Письмо Ким Ир Сена Н.С. Хрущеву, 28 декабря 1956 г.; ответ Н.С. Хрущева от 4 января // АПРФ. Ф. 3. Оп. 65. Д. 8."
    assert [d for d, _ in note_communications(text)] == ["1956-12-28", "1957-01-04"]


def test_an_answer_by_someone_else_than_the_recipient_is_not_read_as_his_reply():
    text = "Письмо Хо Ши Мина Н.С. Хрущеву, 28 декабря 1958 г.; ответ Громыко от 4 января // АПРФ. Ф. 3. Оп. 65. Д. 8."
    assert note_communications(text) == [("1958-12-28", ["Н.С. Хрущеву", "Хо Ши Мина"])]


# --- the purpose of a message after "с" --------------------------------------------------------


def test_the_purpose_after_s_is_no_party():
    for text, parties in (
        (
            "Письмо М. Ракоши в Президиум ЦК КПСС с просьбой разрешить ему вернуться, 9 декабря 1956 г.",
            ["М. Ракоши", "Президиум ЦК КПСС"],
        ),
        (
            "Телеграмма П.Ф. Юдина А.А. Громыко с изложением беседы в МИД КНР, 4 мая 1957 г.",
            ["А.А. Громыко", "П.Ф. Юдина"],
        ),
        (
            "Письмо Ким Ир Сена Н.С. Хрущеву с благодарностью за помощь, 2 января 1957 г.",
            ["Ким Ир Сена", "Н.С. Хрущеву"],
        ),
        (
            "Записка Б.Н. Пономарева в ЦК КПСС относительно визита делегации, 9 марта 1959 г.",
            ["Б.Н. Пономарева", "ЦК КПСС"],
        ),
    ):
        assert [p for _, p in note_communications(text + " // РГАНИ. Ф. 5. Оп. 50. Д. 1.")] == [parties], text


def test_a_talk_with_someone_keeps_its_s():
    text = "Запись беседы А.М. Пузанова с Ким Ир Сеном, 5 мая 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 75. Д. 9. Л. 3."
    assert note_communications(text) == [("1958-05-05", ["А.М. Пузанова", "Ким Ир Сеном"])]


# --- a bracket holding only a quoted heading or grif ------------------------------------------


def test_a_quoted_heading_in_brackets_is_no_party():
    for text, parties in (
        ("Шифротелеграмма Андропова в Москву («Из Будапешта. Особая»), 28 октября 1956 г.", ["Андропова"]),
        ("Телеграмма П.Ф. Юдина в Москву («Пекин. Срочно»), 2 ноября 1956 г.", ["П.Ф. Юдина"]),
        ("Донесение В.И. Иванова в МИД СССР («Совершенно секретно»), 30 октября 1956 г.", ["В.И. Иванова", "МИД СССР"]),
    ):
        assert [p for _, p in note_communications(text + " // АВП РФ. Ф. 059а. Оп. 4. П. 6. Д. 5.")] == [parties], text


# --- a cover name explained in a bracket -------------------------------------------------------


def test_a_cover_name_explained_in_a_sentence_in_brackets():
    text = (
        "Донесение «Смирнова» (под этим псевдонимом председатель КГБ И.А. Серов подписывал шифровки из "
        "Будапешта) Н.С. Хрущеву, 29 октября 1956 г. // АПРФ. Ф. 3. Оп. 64. Д. 485. Л. 3–4."
    )
    roles = participant_roles(text)
    assert ("Н.С. Хрущеву", None) in roles
    assert any(role == "председатель КГБ" for _, role in roles)


def test_other_wordings_of_a_cover_name_and_their_joins(tmp_path):
    notes = """
1. Телеграмма «Вадима» (псевдоним посла А.М. Пузанова) в Центр, 3 мая 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 75. Д. 29. Л. 3.
2. Шифртелеграмма «Друга» (так в шифровках именовался Ле Зуан) Н.С. Хрущеву, 5 июня 1964 г. // АПРФ. Ф. 3. Оп. 65. Д. 825.
3. Донесение «Петрова» (под этим криптонимом советник посольства И.П. Котов подписывал донесения) в МИД СССР, 12 марта 1957 г. // АВП РФ. Ф. 0102. Оп. 13. П. 72. Д. 5.
4. Запись беседы А.М. Пузанова с советником посольства ВНР К. Петровым, 7 мая 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 75. Д. 30.
"""
    people = people_in(tmp_path, notes)
    assert any({"Вадима", "А.М. Пузанова"} <= p for p in people)
    assert any({"Друга", "Ле Зуан"} <= p for p in people)
    assert any({"Петрова", "И.П. Котов"} <= p for p in people)
    # a plain namesake of the cover word, with other initials, is another man
    assert _apart(people, "К. Петровым", "Петрова")
    assert _apart(people, "К. Петровым", "И.П. Котов")


def test_a_code_name_of_an_operation_names_no_one():
    text = (
        "Донесение Г.К. Жукова в ЦК КПСС о ходе операции «Вихрь» (кодовое наименование операции), "
        "4 ноября 1956 г. // ЦАМО. Ф. 32. Оп. 701291. Д. 12. Л. 5–7."
    )
    assert note_communications(text) == [("1956-11-04", ["Г.К. Жукова", "ЦК КПСС"])]


def test_a_gloss_without_cover_words_is_not_rewritten():
    from kg1956.extract.ru_cover_gloss import rewrite_cover_gloss

    assert rewrite_cover_gloss("главный орган ЦК КПК") is None
    assert rewrite_cover_gloss("псевдоним К.Е. Ворошилова и Н.А. Булганина") is None  # two men: not this rule's
    gloss = "под этим псевдонимом председатель КГБ И.А. Серов подписывал шифровки"
    out = rewrite_cover_gloss(gloss)
    assert out is not None and len(out) == len(gloss)  # offsets stay
    assert out.strip() == "И.А. Серов, председатель КГБ" and out.index("И.А.") == gloss.index("И.А.")


# --- a talk told in its participants' message of the same day ----------------------------------


def test_a_talk_told_in_their_message_of_the_same_day_with_or_without_an_addressee():
    text = (
        "Беседа А.И. Микояна и М.А. Суслова с Я. Кадаром 30 октября 1956 г. изложена в их шифртелеграмме "
        "в ЦК КПСС того же дня // АПРФ. Ф. 3. Оп. 64. Д. 485. Л. 17–19."
    )
    assert note_communications(text) == [
        ("1956-10-30", ["А.И. Микояна", "М.А. Суслова", "Я. Кадаром"]),
        ("1956-10-30", ["А.И. Микояна", "М.А. Суслова", "ЦК КПСС"]),
    ]
    text = (
        "Беседа Ю.В. Андропова с И. Надем 2 ноября 1956 г. изложена в его донесении в тот же день // АВП РФ. Ф. 059а."
    )
    assert note_communications(text) == [
        ("1956-11-02", ["И. Надем", "Ю.В. Андропова"]),
        ("1956-11-02", ["Ю.В. Андропова"]),
    ]


def test_his_message_is_not_the_foreign_hosts_and_a_talk_without_its_year_is_not_dated():
    text = "Беседа Мао Цзэдуна с П.Ф. Юдиным 5 апреля 1956 г. изложена в его письме от того же числа // АПРФ. Ф. 3."
    assert note_communications(text) == [("1956-04-05", ["Мао Цзэдуна", "П.Ф. Юдиным"])]
    text = (
        "Беседа Микояна и Суслова с И. Надем 26 октября изложена в их телеграмме от того же числа (АПРФ. Ф. 3. Оп. 64)."
    )
    assert note_communications(text) == []  # no year is guessed


# --- a message headed by the place it came from, its writer in brackets ------------------------


def test_the_writer_in_brackets_after_the_place():
    assert note_communications("Шифртелеграмма из Пекина (С.В. Червоненко) от 17.IV.1962 // РГАНИ. Ф. 5.") == [
        ("1962-04-17", ["С.В. Червоненко"])
    ]
    text = "Телеграмма из Ханоя (посол И.С. Щербаков) в МИД СССР, 3 мая 1965 г. // АВП РФ. Ф. 079."
    assert participant_roles(text) == [("И.С. Щербаков", "посол"), ("МИД СССР", None)]


def test_a_bracket_saying_what_the_copy_is_names_no_one():
    assert note_communications("Шифртелеграмма из Пекина (копия) от 19.IV.1962 // РГАНИ. Ф. 5. Оп. 49.") == []


# --- what the talk was about before "см.", whose record after the date ------------------------


def test_the_subject_of_a_talk_before_see():
    text = "О беседе Чжоу Эньлая с В.М. Молотовым 10 февраля 1950 г. по вопросу о КВЖД см.: АВП РФ. Ф. 07. Оп. 23а."
    assert note_communications(text) == [("1950-02-10", ["В.М. Молотовым", "Чжоу Эньлая"])]


def test_whose_record_after_the_date_then_the_archive():
    for tail in ("Монгольская запись // ЦА МНРП. Ф. 4.", "Запись китайской стороны // Архив МИД КНР. 106-00012-03."):
        text = f"Беседа Ю. Цеденбала с Н.А. Булганиным 4 октября 1955 г. {tail}"
        assert note_communications(text) == [("1955-10-04", ["Н.А. Булганиным", "Ю. Цеденбала"])], tail


def test_a_talk_in_a_sentence_with_no_record_is_not_read():
    text = "Беседа Ю. Цеденбала с Чжоу Эньлаем 11 октября 1955 г. Архивные материалы об этом не сохранились."
    assert note_communications(text) == []


# --- more kind words: шифровка, сообщение, рапорт, меморандум; the press is no party -------------


def test_more_kind_words_of_russian_heads():
    assert note_communications("Шифровка Ю.В. Андропова в МИД СССР, 30 октября 1956 г. // АВП РФ. Ф. 059а.") == [
        ("1956-10-30", ["МИД СССР", "Ю.В. Андропова"])
    ]
    assert note_communications("Сообщение посла П.Ф. Юдина в МИД СССР, 4 мая 1957 г. // АВП РФ. Ф. 0100.") == [
        ("1957-05-04", ["МИД СССР", "П.Ф. Юдина"])
    ]
    assert note_communications("Рапорт маршала Г.К. Жукова Н.С. Хрущеву, 4 ноября 1956 г. // ЦАМО. Ф. 32.") == [
        ("1956-11-04", ["Г.К. Жукова", "Н.С. Хрущеву"])
    ]
    assert note_communications("Меморандум МИД СССР посольству США, 14 мая 1957 г. // АВП РФ. Ф. 0129.") == [
        ("1957-05-14", ["МИД СССР", "посольству США"])
    ]


def test_a_message_of_one_side_only_is_no_soobshchenie_and_a_news_agency_is_no_party():
    for text in (
        "Сообщение Н.С. Хрущева о поездке в Китай, 10 октября 1959 г. // РГАНИ. Ф. 3. Оп. 12. Д. 584.",
        "Сообщение агентства Синьхуа, 4 мая 1957 г. // Правда. 1957. 5 мая.",
        "Телеграмма агентства Синьхуа из Пхеньяна, 6 мая 1957 г. // Правда. 1957. 7 мая.",
    ):
        assert note_communications(text) == [], text


# --- a talk told with other verbs of talking; a body written to in the dative ------------------

_AVP = " (АВП РФ. Ф. 0100. Оп. 50. П. 423. Д. 19. Л. 3)."


def test_other_verbs_of_talking():
    text = "Вопрос о границе Ю. Цеденбал обсуждал с послом В.М. Молотовым 16 сентября 1958 г. (Запись беседы // АВП РФ. Ф. 0111)."
    assert participant_roles(text) == [("Ю. Цеденбал", None), ("В.М. Молотовым", "послом")]
    assert note_communications("П.Ф. Юдин имел беседу с Лю Шаоци 3 марта 1957 г." + _AVP) == [
        ("1957-03-03", ["Лю Шаоци", "П.Ф. Юдин"])
    ]
    both = "Н.С. Хрущев и Мао Цзэдун провели беседу с Хо Ши Мином 3 августа 1958 г." + _AVP
    assert note_communications(both) == [("1958-08-03", ["Мао Цзэдун", "Н.С. Хрущев", "Хо Ши Мином"])]


def test_a_passive_verb_a_capital_or_a_pronoun_tells_no_talk():
    for text in (
        "Этот вопрос обсуждался с китайской стороной 4 марта 1957 г.",
        "Москва обсуждала с Пекином 5 марта 1957 г. вопрос о КВЖД",
        "Он говорил с Мао Цзэдуном 3 марта 1957 г.",
    ):
        assert note_communications(text + _AVP) == [], text


def test_a_body_in_the_dative_is_written_to():
    for text, parties in (
        ("Телеграмма А.А. Громыко посольству СССР в КНДР, 4 мая 1957 г.", ["А.А. Громыко", "посольству СССР в КНДР"]),
        ("Письмо Н.С. Хрущева Президиуму ЦК ВПТ, 8 мая 1957 г.", ["Н.С. Хрущева", "Президиуму ЦК ВПТ"]),
        ("Письмо ЦК КПСС Президиуму ЦК ВПТ, 9 мая 1957 г.", ["Президиуму ЦК ВПТ", "ЦК КПСС"]),
    ):
        assert [p for _, p in note_communications(text + " // РГАНИ. Ф. 5.")] == [parties], text


# --- an office written with capitals; foreign surnames Russian leaves undeclined ---------------


def test_an_office_written_with_capitals_before_the_writer():
    for text, parties in (
        (
            "Письмо Председателя Совета Министров СССР Н.А. Булганина Ким Ир Сену, 3 мая 1957 г.",
            ["Ким Ир Сену", "Н.А. Булганина"],
        ),
        ("Письмо Председателя Совета Министров Булганина Хо Ши Мину, 5 мая 1957 г.", ["Булганина", "Хо Ши Мину"]),
        (
            "Письмо Председателя Президиума Великого Народного Хурала Ж. Самбуу Н.С. Хрущеву. 14 сентября 1959 г.",
            ["Ж. Самбуу", "Н.С. Хрущеву"],
        ),
    ):
        assert [p for _, p in note_communications(text + " // АПРФ. Ф. 3.")] == [parties], text


def test_a_mongolian_surname_is_undeclined_and_a_president_is_an_office():
    assert [p for _, p in note_communications("Письмо Ю. Цеденбала Ж. Самбуу, 2 октября 1959 г. // MFMA. Ф. 2.")] == [
        ["Ж. Самбуу", "Ю. Цеденбала"]
    ]
    text = "Послание К.Е. Ворошилова Президенту Индонезии Сукарно, 3 мая 1957 г. // АВП РФ. Ф. 091."
    assert participant_roles(text) == [("К.Е. Ворошилова", None), ("Сукарно", "Президенту Индонезии")]
    assert note_communications("Послание Президента США Конгрессу, 3 января 1957 г. // Правда. 1957. 6 января.") == []


# --- the year reported on; a message to a body after "в" in a dash head; a body in any case -----


def test_the_year_a_report_covers_is_no_date():
    assert note_communications("Отчет посольства МНР в Пекине за 1960 г. // MFMA. Ф. 2. Д. 1. Х/н 212. Х. 5–11.") == []
    text = "Отчет посольства СССР в МНР за 1958 г. Подписан временным поверенным в делах С.П. Гусевым, 20.I.1959 // АВП РФ."
    assert [d for d, _ in note_communications(text)] == ["1959-01-20"]


def test_a_dash_head_to_a_body_after_v_with_the_messages_number():
    text = "Молотов — в МИД СССР, шифртелеграмма № 417 от 4.XII.1958 // АВП РФ. Ф. 0111."
    assert note_communications(text) == [("1958-12-04", ["МИД СССР", "Молотов"])]
    assert note_communications("Юдин — в Москву, 6 мая 1957 г. // АВП РФ. Ф. 0100.") == []  # a capital: no one


def test_a_russian_body_in_any_case_is_one_body():
    from kg1956.organizations import canonical_organization

    assert canonical_organization("посольству СССР в КНДР") == canonical_organization("посольства СССР в КНДР")
    assert canonical_organization("Президиуму ЦК ВПТ") == canonical_organization("Президиума ЦК ВПТ")
    assert canonical_organization("Президиуму ЦК ВПТ") != canonical_organization("Президиуму ЦК КПСС")


def test_adjectives_before_the_kind_word():
    for text, parties in (
        (
            "Совместная телеграмма А.И. Микояна и М.А. Суслова в ЦК КПСС, 31 октября 1956 г.",
            ["А.И. Микояна", "М.А. Суслова", "ЦК КПСС"],
        ),
        ("Срочная телеграмма Ю.В. Андропова в МИД СССР, 3 ноября 1956 г.", ["МИД СССР", "Ю.В. Андропова"]),
        ("Служебная записка В.В. Кузнецова А.А. Громыко, 20 января 1957 г.", ["А.А. Громыко", "В.В. Кузнецова"]),
        ("Закрытое письмо ЦК КПСС ЦК ВПТ, 4 декабря 1956 г.", ["ЦК ВПТ", "ЦК КПСС"]),
    ):
        assert [p for _, p in note_communications(text + " // АПРФ. Ф. 3.")] == [parties], text
    assert note_communications("Советская телеграмма была отправлена в Пекин 4 ноября 1956 г.") == []
