"""The Russian rules of wt13-ru tried on other authors' wording (review 17): each harm the reviewer
found, as a note that must be read right (or not at all), beside the readings of the same rule the
reviewer found right, so that narrowing a rule does not kill them. Rules: 2 = a bracket after a
message's date naming the talk it reports; 4 = a message named by its noun after "в"; 5 = a reply's
own date after a comma; 6 = those who also took part told after the record; 8 = a talk told by a verb
with the other person in the accusative; 9 = a record "с ним/с ней"."""

from __future__ import annotations

from kg1956.extract.citations import extract_note
from kg1956.models import Note

_AVP = "АВП РФ. Ф. 0100. Оп. 49. П. 410. Д. 9. Л. 87"


def _read(text: str) -> list[tuple[str, str | None, list[tuple[str, str | None, str]]]]:
    """(kind, ISO date, [(name, role, function)]) of every communication the note yields."""
    return [
        (c.kind, c.date.iso if c.date else None, [(p.mention.text, p.mention.role, p.function) for p in c.participants])
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
    ]


def _pairs(text: str) -> list[tuple[str | None, list[str]]]:
    return [(d, sorted(n for n, _, _ in ps)) for _, d, ps in _read(text)]


# --- rule 8: a talk told by a verb with the other in the accusative ------------------------------


def test_harm_1_to_3_what_was_accepted_is_no_one_received():
    for text in (
        "Мао Цзэдун принял приглашение Н.С. Хрущёва 2 ноября 1957 г. (РГАНИ. Ф. 52. Оп. 1. Д. 498. Л. 3).",
        "Н.С. Хрущёв принял отставку Г.К. Жукова 26 октября 1957 г. (РГАНИ. Ф. 2. Оп. 1. Д. 270. Л. 3).",
        "Н.С. Хрущёв принял к сведению информацию Ю.В. Андропова 3 ноября 1956 г. (РГАНИ. Ф. 3. Оп. 12. Д. 1006. Л. 20).",
        "Ким Ир Сен принял поздравление Л.И. Брежнева 15 апреля 1972 г. (РГАНИ. Ф. 5. Оп. 64. Д. 100. Л. 1).",
    ):
        assert _read(text) == [], text


def test_harm_17_credentials_received_give_no_garbled_role():
    text = (
        "К.Е. Ворошилов принял верительные грамоты посла ДРВ Нгуен Лыонг Банга 5 мая 1957 г. "
        "(АВП РФ. Ф. 079. Оп. 12. П. 10. Д. 2. Л. 4)."
    )
    assert all(role != "верительные грамоты посла ДРВ" for _, _, ps in _read(text) for _, role, _ in ps)
    assert _read(text) == []


def test_harm_2_two_received_lose_no_party():
    text = (
        "В.М. Молотов принял Мао Цзэдуна и Чжоу Эньлая 17 января 1950 г. (АВП РФ. Ф. 07. Оп. 23а. П. 18. Д. 234. Л. 1)."
    )
    assert _read(text) == []


def test_harm_3_the_partner_named_in_the_sentence_is_not_lost_to_the_one_spoken_about():
    for text in (
        "Хрущёв резко критиковал Сталина в беседе с Мао Цзэдуном (беседа 2 октября 1959 г.: АП РФ. Ф. 52. Оп. 1. "
        "Д. 499. Л. 1–33).",
        "Мао Цзэдун упрекал Хрущёва в ревизионизме, беседуя с Юдиным (беседа 31 марта 1956 г.: " + _AVP + ").",
        "Чжоу Эньлай критиковал Хрущёва за позицию по Индии на переговорах с Косыгиным (беседа 11 сентября 1969 г.: "
        "АВП РФ. Ф. 0100. Оп. 62. П. 560. Д. 1. Л. 10).",
    ):
        assert _read(text) == [], text


def test_harm_4_a_plenum_speech_is_no_talk():
    text = (
        "На пленуме Хрущёв критиковал Молотова за позицию по Югославии (стенограмма заседания 4 июня 1957 г.: "
        "РГАНИ. Ф. 2. Оп. 1. Д. 249. Л. 5)."
    )
    assert _read(text) == []


def test_harm_5_an_absence_is_no_place_to_skip():
    text = (
        "В отсутствие Мао Чжоу Эньлай заявил Юдину, что визит откладывается (беседа 5 мая 1957 г.: АВП РФ. "
        "Ф. 0100. Оп. 50. П. 426. Д. 12. Л. 30)."
    )
    assert all("Мао Чжоу Эньлай" not in names for _, names in _pairs(text))


def test_harm_10_a_range_received_keeps_its_range():
    text = "А.А. Громыко принял посла Ли Сан Чо 5–7 мая 1957 г. (АВП РФ. Ф. 0102. Оп. 13. П. 72. Д. 5. Л. 4)."
    assert _pairs(text) == [("1957-05", ["А.А. Громыко", "Ли Сан Чо"])]


def test_rule_8_right_readings_kept():
    cases = {
        "Н.С. Хрущёв принял посла КНДР Ли Сан Чо 10 августа 1956 г. (АВП РФ. Ф. 0102. Оп. 12. П. 68. Д. 4. Л. 2).": [
            ("1956-08-10", ["Ли Сан Чо", "Н.С. Хрущёв"])
        ],
        "Н.С. Хрущёв принял Иосипа Броз Тито 2 июня 1955 г. (РГАНИ. Ф. 52. Оп. 1. Д. 598. Л. 1).": [
            ("1955-06-02", ["Иосипа Броз Тито", "Н.С. Хрущёв"])
        ],
        "Н.С. Хрущёв принял Тито 3 июня 1956 г. в Кремле (РГАНИ. Ф. 52. Оп. 1. Д. 598. Л. 50).": [
            ("1956-06-03", ["Н.С. Хрущёв", "Тито"])
        ],
        "Л.И. Брежнев прямо упрекнул Дубчека в потере контроля над прессой (стенограмма совещания 23 марта 1968 г.: "
        "РГАНИ. Ф. 10. Оп. 1. Д. 273. Л. 4).": [("1968-03-23", ["Дубчека", "Л.И. Брежнев"])],
        "Хрущёв предупредил Пак Чан Ока, что ЦК ТПК ошибается (беседа 5 сентября 1956 г.: АВП РФ. Ф. 0102. Оп. 12. "
        "П. 68. Д. 5. Л. 40).": [("1956-09-05", ["Пак Чан Ока", "Хрущёв"])],
        "Микоян убеждал Ле Зуана не обострять отношений (беседа 20 ноября 1964 г.: АВП РФ. Ф. 079. Оп. 19. П. 40. "
        "Д. 3. Л. 5).": [("1964-11-20", ["Ле Зуана", "Микоян"])],
    }
    for text, expected in cases.items():
        assert _pairs(text) == expected, text


# --- rule 4: a message named by its noun after "в" ---------------------------------------------


def test_harm_6_only_a_verb_of_reporting_makes_its_subject_the_writer():
    for text in (
        "В телеграмме от 2 ноября 1956 г. Я. Кадар впервые упоминался как возможный глава правительства "
        "(АВП РФ. Ф. 059а. Оп. 4. П. 6. Д. 5. Л. 30).",
        "В записке от 28 октября 1956 г. Имре Надь объявил о прекращении огня: РГАНИ. Ф. 3. Оп. 12. Д. 1006. Л. 10.",
        "В телеграмме от 9 сентября 1969 г. А.Н. Косыгин прилетел в Пекин, как сообщало посольство "
        "(АВП РФ. Ф. 0100. Оп. 62. П. 560. Д. 1. Л. 2).",
        "В шифровке посла в Ханое И.С. Щербакова от 5 мая 1966 г. Ле Зуан характеризовался как сторонник Пекина "
        "(АВП РФ. Ф. 079. Оп. 21. П. 50. Д. 3. Л. 9).",
    ):
        assert all(
            role != "sender" or name not in ("Я. Кадар", "Имре Надь", "А.Н. Косыгин", "Ле Зуан")
            for _, _, ps in _read(text)
            for name, _, role in ps
        ), text


def test_harm_7_an_undeclined_addressee_is_no_writer():
    cases = {
        "В письме Матьяшу Ракоши от 13 июля 1956 г. Михаил Суслов сообщал о решении Президиума "
        "(РГАНИ. Ф. 3. Оп. 12. Д. 1005. Л. 5).": ("1956-07-13", "Михаил Суслов", "Матьяшу Ракоши"),
        "В письме Ф. Кастро от 30 октября 1962 г. Хрущёв объяснял своё решение (АП РФ. Ф. 3. Оп. 66. Д. 315. Л. 50).": (
            "1962-10-30",
            "Хрущёв",
            "Ф. Кастро",
        ),
        "В письме Тито от 10 декабря 1956 г. Хрущёв обвинял югославов во вмешательстве "
        "(РГАНИ. Ф. 89. Оп. 1. Д. 8. Л. 10).": ("1956-12-10", "Хрущёв", "Тито"),
    }
    for text, (day, writer, to) in cases.items():
        assert _read(text) == [("letter", day, [(writer, None, "sender"), (to, None, "recipient")])], text


def test_harm_8_two_names_in_the_head_are_no_recipient_of_one_mentioned():
    text = "В письме Гомулки Хрущёву от 5 сентября 1957 г. Тито упоминался трижды (РГАНИ. Ф. 52. Оп. 1. Д. 598. Л. 30)."
    assert all(name not in ("Тито", "Гомулки Хрущёву") for _, _, ps in _read(text) for name, _, _ in ps)


def test_harm_9_a_letter_to_someone_gives_no_garbled_role():
    text = (
        "В письме к Н.С. Хрущёву от 3 ноября 1957 г. Мао Цзэдун говорил о войне (АП РФ. Ф. 52. Оп. 1. Д. 498. Л. 20)."
    )
    assert _read(text) == [
        ("letter", "1957-11-03", [("Мао Цзэдун", None, "sender"), ("Н.С. Хрущёву", None, "recipient")])
    ]


def test_harm_10_a_range_of_days_keeps_its_range():
    text = (
        "В донесении от 4–6 августа 1968 г. посол С.В. Червоненко сообщал о положении в Праге "
        "(АВП РФ. Ф. 0138. Оп. 49. П. 105. Д. 3. Л. 8)."
    )
    assert _read(text) == [("report", "1968-08", [("С.В. Червоненко", "посол", "sender")])]


def test_rule_4_right_readings_kept():
    cases = {
        "В письме в Москву от 8 августа 1968 г. А. Дубчек обещал навести порядок (АП РФ. Ф. 3. Оп. 91. Д. 100. Л. 3).": [
            ("1968-08-08", ["А. Дубчек"])
        ],
        "В телеграмме Хо Ши Мину от 2 сентября 1965 г. Л.И. Брежнев поздравлял вьетнамский народ "
        "(РГАНИ. Ф. 5. Оп. 50. Д. 722. Л. 1).": [("1965-09-02", ["Л.И. Брежнев", "Хо Ши Мину"])],
        "В письмах от 12 мая и 3 июня 1964 г. Мао Цзэдун отвергал советские предложения "
        "(АП РФ. Ф. 3. Оп. 65. Д. 600. Л. 2).": [("1964-05-12", ["Мао Цзэдун"]), ("1964-06-03", ["Мао Цзэдун"])],
        "В письме Н.С. Хрущёву от 2 марта 1958 г. В. Ульбрихт просил ускорить поставки: " + _AVP: [
            ("1958-03-02", ["В. Ульбрихт", "Н.С. Хрущёву"])
        ],
    }
    for text, expected in cases.items():
        assert _pairs(text) == expected, text


# --- rule 9: a record "с ним/с ней" ----------------------------------------------------------------


def test_harm_11_him_and_her_are_not_pinned_on_the_wrong_one():
    for text in (
        "Мао Цзэдун ответил не сразу. О письме Н.С. Хрущёва см. запись беседы П.Ф. Юдина с ним от 10 июня 1958 г.: "
        "АВП РФ. Ф. 0100. Оп. 51. П. 432. Д. 6. Л. 50.",
        "О жене Тодора Живкова см. запись беседы Ю.К. Приходова с ней от 3 апреля 1963 г.: АВП РФ. Ф. 074. Оп. 49. "
        "П. 150. Д. 5. Л. 7.",
    ):
        assert all("Н.С. Хрущёва" not in n and "Тодора Живкова" not in n for _, n in _pairs(text)), text


def test_rule_9_right_readings_kept():
    cases = {
        "О позиции Е.А. Фурцевой см. запись беседы Н.А. Михайлова с ней от 3 мая 1958 г.: РГАНИ. Ф. 5. Оп. 36. Д. 80. "
        "Л. 2.": [("1958-05-03", ["Е.А. Фурцевой", "Н.А. Михайлова"])],
        "О выступлении А. Новотного см. запись беседы Л.И. Брежнева с ним от 9 декабря 1967 г.: РГАНИ. Ф. 80. Оп. 1. "
        "Д. 300. Л. 2.": [("1967-12-09", ["А. Новотного", "Л.И. Брежнева"])],
    }
    for text, expected in cases.items():
        assert _pairs(text) == expected, text


# --- rule 5: a reply's own date after a comma --------------------------------------------------------


def test_harm_12_the_answered_letter_keeps_its_day():
    cases = {
        "Ответ Мао Цзэдуна на письмо Н.С. Хрущёва 12 июня 1963 г. // АП РФ. Ф. 3. Оп. 65. Д. 400. Л. 5.": (
            "1963-06-12",
            "Н.С. Хрущёва",
        ),
        "Ответ Хрущёва на письмо Кеннеди, датированное 26 октября 1962 г. // АП РФ. Ф. 3. Оп. 66. Д. 315. Л. 5.": (
            "1962-10-26",
            "Кеннеди",
        ),
        "Ответ Хрущёва на письмо Мао Цзэдуна, Пекин, 5 мая 1958 г. // АП РФ. Ф. 52. Оп. 1. Д. 498. Л. 3.": (
            "1958-05-05",
            "Мао Цзэдуна",
        ),
    }
    for text, (day, answered) in cases.items():
        read = _read(text)
        assert len(read) == 2, text
        assert any(d == day and ps[0][0] == answered and ps[0][2] == "sender" for _, d, ps in read), text


def test_rule_5_right_reading_kept():
    text = "Ответ Мао Цзэдуна на письмо Н.С. Хрущёва, 27 августа 1960 г. // АП РФ. Ф. 3. Оп. 65. Д. 400. Л. 1."
    assert _read(text) == [
        ("letter", "1960-08-27", [("Мао Цзэдуна", None, "sender"), ("Н.С. Хрущёва", None, "recipient")])
    ]


# --- rule 6: those who also took part ----------------------------------------------------------------


def test_harm_13_the_list_goes_on_after_a_clause():
    cases = {
        "Запись беседы П.Ф. Юдина с Мао Цзэдуном 31 марта 1956 г. // " + _AVP + ". Присутствовали также Ши Чжэ, "
        "который переводил, и Чжоу Эньлай.": "Чжоу Эньлай",
        "Record of conversation between Mao Zedong and P.F. Yudin, 31 March 1956, AVPRF, f. 0100, op. 49, p. 410, "
        "d. 9, l. 87. Also present were Shi Zhe, who interpreted, and Zhou Enlai.": "Zhou Enlai",
    }
    for text, last in cases.items():
        assert any(last in names for _, names in _pairs(text)), text


def test_harm_14_a_book_cited_is_no_participant():
    text = (
        "Запись беседы С.В. Червоненко с Дэн Сяопином 5 мая 1962 г. // АВП РФ. Ф. 0100. Оп. 55. П. 480. Д. 2. Л. 1. "
        "В беседе участвовал также переводчик Янь Минфу; см.: Ли Юэжань. Дипломатическая арена. М., 1999. С. 45."
    )
    assert _pairs(text) == [("1962-05-05", ["Дэн Сяопином", "С.В. Червоненко", "Янь Минфу"])]


def test_harm_15_a_side_with_its_noun_left_out_is_no_role():
    text = (
        "Запись беседы А.А. Громыко с Д. Раском 5 октября 1961 г. // АВП РФ. Ф. 0129. Оп. 45. П. 330. Д. 5. Л. 3. "
        "С американской стороны присутствовал также посол Л. Томпсон; с советской – М.А. Менщиков."
    )
    roles = {name: role for _, _, ps in _read(text) for name, role, _ in ps}
    assert roles.get("М.А. Менщиков", "absent") is None
    assert roles.get("Л. Томпсон") == "посол"


# --- rule 2: the talk a message's bracket names ------------------------------------------------------


def test_harm_16_two_talks_in_the_bracket_give_no_garbled_role():
    text = (
        "Шифртелеграмма С.В. Червоненко 10 ноября 1964 г. (о беседе с Чжоу Эньлаем и о переговорах с Кан Шэном "
        "9 ноября) // АВП РФ. Ф. 0100. Оп. 57. П. 510. Д. 2. Л. 35."
    )
    talks = [(d, ps) for k, d, ps in _read(text) if k == "conversation"]
    assert talks == [("1964-11-09", [("С.В. Червоненко", None, "interlocutor"), ("Кан Шэном", None, "interlocutor")])]


def test_rule_2_right_reading_kept():
    text = (
        "Телеграмма П.Ф. Юдина в МИД СССР 5 мая 1956 г. (о беседе с Мао Цзэдуном 4 мая) // АВП РФ. Ф. 0100. Оп. 49. "
        "П. 410. Д. 9. Л. 50."
    )
    assert ("1956-05-04", ["Мао Цзэдуном", "П.Ф. Юдина"]) in _pairs(text)
