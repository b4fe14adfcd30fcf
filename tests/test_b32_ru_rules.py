"""Russian conventions first read from blind sets 32 and 33 (issue #3), each in wordings of our own
and with the notes that must not be read by it: a writer and an addressee written with their given
names, both declined; a message whose bracket after its date names the talk it reports; a talk told
in a sentence whose call number follows a colon; a message a sentence names by its noun after "в";
a reply whose date after a comma is its own; those who also took part, told after the record; a
head noun broken by a printed line's hyphen; a talk told by a verb whose object is the other side;
"Запись вёл"; a periodical named "Journal of … Studies"."""

from __future__ import annotations

from conftest import communication_kinds, note_communications, sorted_communications

from kg1956.extract.citations import extract_note
from kg1956.models import Note

_AVP = "АВП РФ. Ф. 0125. Оп. 53. П. 215. Д. 4. Л. 51–53."


# --- given name and surname declined together, the writer's genitive, the addressee's dative -----


def test_a_writer_and_an_addressee_named_in_full_are_split_where_the_case_turns():
    cases = {
        "Письмо Вальтера Ульбрихта Владиславу Гомулке, 14 марта 1958 г. // " + _AVP: [
            "Вальтера Ульбрихта",
            "Владиславу Гомулке",
        ],
        "Телеграмма Н.С. Хрущёва Иосипу Броз Тито, 2 июня 1956 г. // " + _AVP: ["Иосипу Броз Тито", "Н.С. Хрущёва"],
        "Письмо Энвера Ходжи Никите Хрущёву, 6 ноября 1957 г. // " + _AVP: ["Никите Хрущёву", "Энвера Ходжи"],
        "Шифртелеграмма Филиппова (И.В. Сталина) Энверу Ходже, 4 июля 1950 г. // " + _AVP: [
            "Филиппова",
            "Энверу Ходже",
        ],
        "Pis'mo I.V. Stalina Matiashu Rakoshi, 12 maia 1950 g., RGASPI, f. 558, op. 11, d. 309, l. 5.": [
            "I.V. Stalina",
            "Matiashu Rakoshi",
        ],
    }
    for text, people in cases.items():
        assert [p for _, p in note_communications(text)] == [people], text


def test_an_office_ending_on_a_state_still_keeps_its_man_whole():
    text = "Письмо министра иностранных дел Японии Сигемицу Мамору Н.А. Булганину, 8 августа 1956 г. // " + _AVP
    assert [p for _, p in note_communications(text)] == [["Н.А. Булганину", "Сигемицу Мамору"]]


# --- the talk a message reports, in a bracket after the message's date ----------------------------


def test_a_bracket_after_the_date_names_the_talk_the_message_reports():
    for text, talk in (
        (
            "Записка А.И. Микояна Н.С. Хрущёву, 15 ноября 1960 г. (о беседе с М. Шеху 14 ноября) // " + _AVP,
            ("1960-11-14", ["А.И. Микояна", "М. Шеху"]),
        ),
        (
            "Шифртелеграмма С.В. Червоненко в МИД СССР, 20 апреля 1962 г. (об этой беседе с Чэнь И 19 апреля) // "
            + _AVP,
            ("1962-04-19", ["С.В. Червоненко", "Чэнь И"]),
        ),
        (
            "Telegramma I.K. Zhegalina v MID SSSR, 7 maia 1964 g. (o besede s N. Chaushesku 6 maia), AVPRF, "
            "f. 0125, op. 54, p. 218, d. 7, ll. 35–38.",
            ("1964-05-06", ["I.K. Zhegalina", "N. Chaushesku"]),
        ),
    ):
        assert talk in note_communications(text), text


def test_a_bracket_about_talks_with_no_day_or_no_one_named_is_no_talk():
    text = "Записка А.А. Громыко в ЦК КПСС, 9 мая 1964 г. (о беседах с американскими дипломатами в 1963 г.) // " + _AVP
    assert communication_kinds(text) == [("memo", "1964-05-09")]


# --- a talk told, its record's call number after a colon -------------------------------------------


def test_a_talk_told_in_a_sentence_is_read_when_a_colon_brings_its_call_number():
    for text in (
        "Беседа Ф.Р. Козлова с послом НРА Н. Насе 7 сентября 1961 г. изложена в записи, разосланной членам "
        "Президиума ЦК: РГАНИ. Ф. 3. Оп. 14. Д. 509. Л. 2–9.",
        "Встреча Ф.Р.Козлова с Н. Насе 7 сентября 1961 г. подробно отражена в записи, см.: РГАНИ. Ф. 3. Оп. 14. "
        "Д. 509. Л. 2–9.",
    ):
        assert [d for d, _ in note_communications(text)] == ["1961-09-07"], text


def test_a_talk_told_with_a_book_after_the_colon_is_not_read():
    text = (
        "Беседа А.И. Микояна с Лю Сяо 5 марта 1958 г. изложена в его мемуарах: Микоян А.И. Так было. М., 1999. С. 601."
    )
    assert note_communications(text) == []


# --- a message a sentence names by its noun after "в" ---------------------------------------------


def test_a_message_named_after_v_is_read_with_its_writer_before_or_after_the_day():
    assert sorted_communications(
        "В телеграммах от 26 и 28 июля 1961 г. Шикин сообщал о новых ограничениях (АВП РФ. Ф. 0601. Оп. 6. "
        "П. 18. Д. 3. Л. 7, 19)."
    ) == [("1961-07-26", ["Шикин"]), ("1961-07-28", ["Шикин"])]
    assert communication_kinds(
        "В своей записке от 5 мая 1960 г. Ю.В. Андропов предлагал сократить поставки (" + _AVP + ")"
    ) == [("memo", "1960-05-05")]
    assert note_communications(
        "В письме Н.С. Хрущёву от 2 марта 1958 г. В. Ульбрихт просил ускорить поставки: " + _AVP
    ) == [("1958-03-02", ["В. Ульбрихт", "Н.С. Хрущёву"])]
    assert note_communications(
        "И.К. Жегалин в шифровке в МИД СССР 3 мая 1963 г. вновь докладывал о колебаниях (" + _AVP + ")"
    ) == [("1963-05-03", ["И.К. Жегалин", "МИД СССР"])]


def test_a_message_named_after_v_may_name_its_writer_in_the_genitive_after_the_noun():
    assert sorted_communications(
        "В телеграммах И.В. Шикина от 26 и 28 июля 1961 г. сообщалось о трудностях (" + _AVP + ")"
    ) == [
        ("1961-07-26", ["И.В. Шикина"]),
        ("1961-07-28", ["И.В. Шикина"]),
    ]
    assert note_communications(
        "В докладной записке Ю.В. Андропова в ЦК КПСС от 20 октября 1960 г. говорилось о кризисе: " + _AVP
    ) == [("1960-10-20", ["ЦК КПСС", "Ю.В. Андропова"])]


def test_a_message_named_after_v_with_no_day_no_writer_or_a_speech_is_not_read():
    for text in (
        "В телеграммах тех лет посол сообщал о трудностях снабжения (" + _AVP + ")",
        "В письме от 5 мая 1960 г. говорилось о поставках зерна (" + _AVP + ")",
        "В докладе на пленуме 5 мая 1960 г. Н.С. Хрущёв заявил о разногласиях (" + _AVP + ")",
        "Позднее И.К. Жегалин в шифровке 3 мая 1963 г. вновь докладывал о колебаниях (" + _AVP + ")",
        "В телеграмме посла от 3 мая 1962 г. сообщалось о новых ограничениях (" + _AVP + ")",
        "В телеграмме из Тираны от 26 июля 1961 г. сообщалось о новых ограничениях (" + _AVP + ")",
        "В телеграмме от 26 июля 1961 г. Шикин сообщал о беседе. Позднее, 3 августа 1961 г., он был отозван ("
        + _AVP
        + ")",
    ):
        assert note_communications(text) == [], text


# --- a reply's own date after a comma -------------------------------------------------------------


def test_a_replys_date_after_a_comma_is_its_own():
    assert sorted_communications("Ответ ЦК АПТ на письмо ЦК КПСС, 27 августа 1960 г. // " + _AVP) == [
        ("1960-08-27", ["ЦК АПТ", "ЦК КПСС"])
    ]
    assert sorted_communications(
        "Ответ Н. Чаушеску на письмо Л.И. Брежнева от 12 июня 1965 г., 28 июня 1965 г. // " + _AVP
    ) == [
        ("1965-06-12", ["Л.И. Брежнева", "Н. Чаушеску"]),
        ("1965-06-28", ["Л.И. Брежнева", "Н. Чаушеску"]),
    ]
    assert [d for d, _ in note_communications("Otvet TsK APT na pis'mo TsK KPSS, 27 avgusta 1960 g. // " + _AVP)] == [
        "1960-08-27"
    ]


def test_a_reply_without_a_day_of_its_own_keeps_only_the_answered_letters_day():
    dates = [
        d for d, _ in note_communications("Ответ Н. Чаушеску на письмо Л.И. Брежнева от 12 июня 1965 г. // " + _AVP)
    ]
    assert "1965-06-12" in dates and "1965-06-28" not in dates


# --- those who also took part ---------------------------------------------------------------------

_RECORD = "Запись беседы А.Н. Косыгина с И.Г. Маурером, 15 февраля 1965 г. // РГАНИ. Ф. 5. Оп. 50. Д. 508. Л. 12–24."


def test_a_sentence_after_the_record_adds_who_also_took_part():
    for sentence in (
        " С румынской стороны в беседе участвовал также Н. Чаушеску, который, судя по записи, молчал.",
        " В беседе принимали участие также Н. Чаушеску и Э. Боднэраш.",
        " С советской стороны присутствовал Н. Чаушеску.",
        " V besede uchastvoval takzhe Н. Чаушеску.",
    ):
        [(day, people)] = note_communications(_RECORD + sentence)
        assert day == "1965-02-15" and "Н. Чаушеску" in people, sentence


def test_a_sentence_with_no_name_or_no_talk_adds_no_one():
    for sentence in (" В беседе участвовал переводчик посольства.", " Участвовал в войне Н. Чаушеску."):
        assert sorted_communications(_RECORD + sentence) == [("1965-02-15", ["А.Н. Косыгина", "И.Г. Маурером"])], (
            sentence
        )


# --- a head noun broken by a printed line's hyphen ------------------------------------------------


def test_a_hyphen_break_inside_the_head_noun_is_read():
    for text in (
        "Запись бе- седы И.К. Жегалина с К. Стойкой, 12 апреля 1963 г. // " + _AVP,
        "Запись перего- воров И.К. Жегалина с К. Стойкой, 12 апреля 1963 г. // " + _AVP,
    ):
        assert note_communications(text) == [("1963-04-12", ["И.К. Жегалина", "К. Стойкой"])], text


# --- a talk told by a verb whose object is the other side -----------------------------------------


def test_a_talk_told_by_received_or_informed_is_read():
    assert note_communications(
        "О поездке в Пекин И.Г. Маурер информировал Н.С. Хрущёва 21 марта 1964 г. в Гаграх; запись беседы см.: " + _AVP
    ) == [("1964-03-21", ["И.Г. Маурер", "Н.С. Хрущёва"])]
    assert note_communications("Н.С. Хрущёв принял посла НРА Н. Насе 7 сентября 1961 г. (" + _AVP + ")") == [
        ("1961-09-07", ["Н. Насе", "Н.С. Хрущёв"])
    ]


def test_informed_without_a_record_of_talk_or_received_a_thing_is_not_read():
    for text in (
        "И.Г. Маурер информировал Н.С. Хрущёва 21 марта 1964 г. (" + _AVP + ")",
        "Н.С. Хрущёв принял решение 7 сентября 1961 г. (" + _AVP + ")",
    ):
        assert note_communications(text) == [], text


# --- "Запись вёл", "Journal of … Studies" -----------------------------------------------------------


def test_the_recorder_written_with_yo_gets_his_office_and_stays_out_of_the_talk():
    text = (
        "Запись беседы Л.И. Крылова с Х. Капо, 9 августа 1960 г. Запись вёл первый секретарь посольства "
        "В.И. Иванов // " + _AVP
    )
    comms = [c for cit in extract_note(Note("t", 1, text, 1)).citations for c in cit.communications]
    assert [(t.text, t.role) for t in comms[0].note_takers] == [("В.И. Иванов", "первый секретарь посольства")]
    assert sorted(p.mention.text for p in comms[0].participants) == ["Л.И. Крылова", "Х. Капо"]


def test_a_journal_of_studies_is_a_periodical_no_diary():
    text = "Ionescu R. The Comecon Crisis // Journal of Cold War Studies. 2015. Vol. 17. No. 3. P. 88–121."
    assert note_communications(text) == []
    assert note_communications("Journal of V.I. Ivanov, 5 May 1957, AVPRF, f. 0102, op. 13, p. 72, d. 5, l. 3.") == [
        ("1957-05-05", ["V.I. Ivanov"])
    ]


# --- a talk told by a verb whose object, in the accusative, is the one spoken to --------------------


def test_a_talk_told_with_the_other_side_in_the_accusative_is_dated_by_its_records_bracket():
    for text, pair in (
        (
            "В Дрездене Брежнев прямо упрекнул Дубчека в потере контроля над печатью (стенограмма совещания "
            "23 марта 1968 г.: РГАНИ. Ф. 89. Оп. 38. Д. 57. Л. 3–41).",
            ("1968-03-23", ["Брежнев", "Дубчека"]),
        ),
        (
            "В Праге Н.С. Хрущёв резко упрекнул А. Новотного в медлительности (стенограмма переговоров 14 июня "
            "1957 г.: " + _AVP + ")",
            ("1957-06-14", ["А. Новотного", "Н.С. Хрущёв"]),
        ),
        (
            "А.И. Микоян заверил Мао Цзэдуна, что поставки продолжатся (беседа 7 апреля 1956 г.: " + _AVP + ")",
            ("1956-04-07", ["А.И. Микоян", "Мао Цзэдуна"]),
        ),
    ):
        assert note_communications(text) == [pair], text


def test_an_accusative_that_names_no_one_or_a_reported_clause_is_not_read():
    for text in (
        "В Москве решили, что Брежнев упрекнул Дубчека (стенограмма совещания 23 марта 1968 г.: " + _AVP + ")",
        "Н.С. Хрущёв упрекнул печать в небрежности (стенограмма заседания 3 мая 1957 г.: " + _AVP + ")",
        "Брежнев упрекнул Прагу в потере контроля (стенограмма совещания 23 марта 1968 г.: " + _AVP + ")",
    ):
        assert note_communications(text) == [], text


# --- a record of talk "с ним": the one the note is about ---------------------------------------------


def test_a_record_with_him_takes_the_one_person_the_note_is_about():
    assert note_communications(
        "О настроениях Пак Чан Ока накануне пленума см. запись беседы В.И. Иванова с ним от 21 июля 1956 г.: " + _AVP
    ) == [("1956-07-21", ["В.И. Иванова", "Пак Чан Ока"])]
    assert note_communications(
        "О позиции Л. Белишовой см. запись беседы Л.И. Крылова с ней 9 августа 1960 г. (" + _AVP + ")"
    ) == [("1960-08-09", ["Л. Белишовой", "Л.И. Крылова"])]


def test_a_record_with_him_after_a_place_or_two_people_is_not_read():
    for text in (
        "О настроениях в Тиране см. запись беседы И.В. Шикина с ним 12 октября 1960 г.: " + _AVP,
        "О споре Ходжи с Шеху см. запись беседы И.В. Шикина с ним 13 октября 1960 г.: " + _AVP,
    ):
        assert note_communications(text) == [], text
