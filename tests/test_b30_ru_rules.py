"""Russian conventions first read from blind sets 30 and 31 (issue #3), each in wordings of our own
and with the notes that must not be read by it: a head whose translation or place stands before its
date, an answer naming its addressee, a message that reports or encloses a talk, an excerpt "Из
телеграммы …", a participle naming the addressee or the writer, a message or a talk told in a
sentence before its call number, a Polish record with the place after the names, a transcript of
several days with its sides in a bracket, "Б/д [date]" as a sentence, and a record named before
"// Там же. С."."""

from __future__ import annotations

from conftest import (
    build_notes,
    built_locators,
    communication_kinds,
    note_communications,
    note_locators,
    sorted_communications,
    talks_in,
)

from kg1956.extract.citations import extract_note
from kg1956.models import Note

_AVP = "АВП РФ. Ф. 0100. Оп. 50. П. 423. Д. 7. Л. 12–19."


# --- the head's translation or place between its parties and its date --------------------------


def test_a_transliterated_head_is_read_before_its_english_translation():
    for text in (
        "Zapis' besedy A.N. Kosygina s Le Zuanom [Record of A.N. Kosygin's conversation with Le Duan], "
        "Hanoi, 9 February 1965, AVPRF, f. 079, op. 20, p. 40, d. 3, ll. 1–9.",
        "Zapis’ besedy A.N. Kosygina s Le Zuanom [Record of Kosygin’s talk with Le Duan], 9 February 1965, "
        "AVPRF, f. 079, op. 20, p. 40, d. 3, ll. 1–9.",
        "Iz zapisi besedy A.N. Kosygina s Le Zuanom, Khanoi, 9 fevralia 1965 g., AVPRF, f. 079, op. 20, d. 3, l. 2.",
    ):
        assert sorted_communications(text) == [("1965-02-09", ["A.N. Kosygina", "Le Zuanom"])], text


def test_a_place_as_its_own_heading_before_the_date():
    for place in ("Ханой", "Пекин", "Улан-Батор"):
        text = f"Запись беседы А.Н. Косыгина с Фам Ван Донгом. {place}, 10 февраля 1965 г. // {_AVP}"
        assert sorted_communications(text) == [("1965-02-10", ["А.Н. Косыгина", "Фам Ван Донгом"])], text
    # a subject, not a place, before the date: the date is not the talk's
    text = f"Запись беседы А.Н. Косыгина с Фам Ван Донгом. Общие вопросы, 10 февраля 1965 г. // {_AVP}"
    assert sorted_communications(text) == [(None, ["А.Н. Косыгина", "Фам Ван Донгом"])]


# --- an answer that names its addressee --------------------------------------------------------


def test_an_answer_naming_the_letters_writer_as_addressee():
    text = f"Письмо Ким Ир Сена Н.С. Хрущеву от 3 мая 1960 г. и ответ Н.С. Хрущева Ким Ир Сену от 20 мая // {_AVP}"
    assert [c[0] for c in sorted_communications(text)] == ["1960-05-03", "1960-05-20"]
    text = f"Письмо В. Гомулки Н.С. Хрущеву, 7 декабря 1956 г.; ответ Хрущева Гомулке от 12 декабря // {_AVP}"
    assert [c[0] for c in sorted_communications(text)] == ["1956-12-07", "1956-12-12"]


def test_an_answer_to_someone_else_is_not_the_letters_answer():
    text = f"Письмо В. Гомулки Н.С. Хрущеву от 7 января 1958 г. и ответ Хрущева Ю. Циранкевичу от 12 января // {_AVP}"
    assert sorted_communications(text) == [("1958-01-07", ["В. Гомулки", "Н.С. Хрущеву"])]


# --- a message that reports or encloses a talk -------------------------------------------------


def test_a_message_about_a_talk_of_a_day_it_names_gives_the_talk_too():
    cases = {
        "Шифртелеграмма А.М. Пузанова в МИД СССР о беседе с Ким Ир Сеном, состоявшейся в тот же день, "
        "15 мая 1958 г.": "1958-05-15",
        "Телеграмма А.М. Пузанова в МИД СССР о его беседе с Ким Ир Сеном накануне, 15 мая 1958 г.": "1958-05-14",
        "Записка А.М. Пузанова в ЦК КПСС от 15 мая 1958 г. с приложением записи его беседы с Ким Ир Сеном 9 мая": "1958-05-09",
        "Telegramma A.M. Puzanova v MID SSSR o besede s Kim Ir Senom, sostoiavsheisia v tot zhe den', "
        "15 maia 1958 g.": "1958-05-15",
    }
    for head, day in cases.items():
        sep = ", " if head.startswith("Telegramma") else " // "
        talks = [c for c in note_communications(f"{head}{sep}{_AVP}") if c[1][-1] in ("Ким Ир Сеном", "Kim Ir Senom")]
        assert [c[0] for c in talks] == [day], head


def test_a_message_about_a_talk_without_its_own_day_or_anyone_named_gives_the_message_only():
    for head in (
        "Телеграмма А.М. Пузанова в МИД СССР о беседе с Ким Ир Сеном, 15 мая 1958 г.",
        "Телеграмма А.М. Пузанова в МИД СССР о беседах с корейскими товарищами, 15 мая 1958 г.",
        "Записка А.А. Громыко в ЦК КПСС о переговорах с Японией, 15 мая 1958 г.",
    ):
        assert len(note_communications(f"{head} // {_AVP}")) == 1, head


# --- an excerpt, a participle ------------------------------------------------------------------


def test_an_excerpt_is_its_message():
    assert sorted_communications(f"Из телеграммы С.В. Червоненко в МИД СССР, 4 июня 1960 г. // {_AVP}") == [
        ("1960-06-04", ["МИД СССР", "С.В. Червоненко"])
    ]
    assert communication_kinds(f"Из письма Мао Цзэдуна Н.С. Хрущеву от 2 октября 1958 г. // {_AVP}") == [
        ("letter", "1958-10-02")
    ]
    assert communication_kinds(f"Из докладной записки Б.Н. Пономарева в ЦК КПСС, 3 мая 1961 г. // {_AVP}") == [
        ("memo", "1961-05-03")
    ]
    # the spans of the names stay the note's
    text = f"Из телеграммы С.В. Червоненко, 4 июня 1960 г. // {_AVP}"
    (cit, *_) = extract_note(Note("t", 1, text, 1)).citations
    span = cit.communications[0].participants[0].mention.span
    assert text[span.start : span.end] == "С.В. Червоненко"


def test_an_excerpt_word_before_a_sentence_reads_nothing():
    assert note_communications(f"Из телеграммы видно, что посольство знало о решении 5 мая 1957 г. // {_AVP}") == []


def test_a_participle_names_the_addressee_or_the_writer():
    assert sorted_communications(
        f"Информация Ю.В. Андропова о положении в Будапеште, направленная в Президиум ЦК КПСС, 28 октября 1956 г. // {_AVP}"
    ) == [("1956-10-28", ["Президиум ЦК КПСС", "Ю.В. Андропова"])]
    assert sorted_communications(
        f"Годовой отчет за 1958 г., направленный А.М. Пузановым в МИД СССР 20 января 1959 г. // {_AVP}"
    ) == [("1959-01-20", ["А.М. Пузановым", "МИД СССР"])]
    assert sorted_communications(
        f"Записка Б.Н. Пономарева о Вьетнаме, адресованная Н.С. Хрущеву, 5 апреля 1961 г. // {_AVP}"
    ) == [("1961-04-05", ["Б.Н. Пономарева", "Н.С. Хрущеву"])]


# --- a message or a talk told in a sentence before its call number -----------------------------


def test_a_message_told_in_a_sentence_before_its_call_number():
    assert sorted_communications(f"О поставках риса Ким Ир Сен писал Н.С. Хрущеву 12 июня 1960 г.: {_AVP}") == [
        ("1960-06-12", ["Ким Ир Сен", "Н.С. Хрущеву"])
    ]
    assert communication_kinds(f"Итоги переговоров А.А. Громыко доложил в ЦК КПСС 5 мая 1958 г.; см.: {_AVP}") == [
        ("report", "1958-05-05")
    ]
    told = sorted_communications(
        f"О беседе с Ким Ир Сеном 4 мая 1957 г. А.М. Пузанов телеграфировал в Москву на следующий день ({_AVP})"
    )
    assert told == [("1957-05-04", ["А.М. Пузанов", "Ким Ир Сеном"]), ("1957-05-05", ["А.М. Пузанов"])]


def test_a_talk_told_with_what_was_said_before_its_bracket():
    text = f"Чжоу Эньлай заявил в беседе с С.В. Червоненко 3 июня 1960 г., что уступок не будет ({_AVP})"
    assert sorted_communications(text) == [("1960-06-03", ["С.В. Червоненко", "Чжоу Эньлай"])]


def test_prose_that_names_no_writer_or_no_call_number_reads_nothing():
    for text in (
        f"Правда писала об этом 3 мая 1957 г. ({_AVP})",
        f"Посол телеграфировал в Москву 3 мая 1957 г. ({_AVP})",
        f"Москва телеграфировала в Пекин 3 мая 1957 г. ({_AVP})",
        f"Хрущев писал в мемуарах, что встреча 3 мая 1957 г. была трудной ({_AVP})",
        "А.А. Громыко писал В.В. Кузнецову 3 мая 1957 г. о своих сомнениях.",
    ):
        assert note_communications(text) == [], text


# --- Polish, listed sides, Б/д, a record named before "Там же" ---------------------------------


def test_a_polish_record_with_the_place_after_the_names():
    text = (
        "Zapis rozmowy J. Cyrankiewicza z N. Chruszczowem w Moskwie 3 IX 1957 r. // AAN. KC PZPR. Sygn. 2641. K. 1–6."
    )
    assert sorted_communications(text) == [("1957-09-03", ["J. Cyrankiewicza", "N. Chruszczowem"])]
    assert note_locators(text) == [("AAN", {"fond": "KC PZPR", "file": "2641", "list": "1–6"})]
    # an office with its country is no place: the ambassador stays unnamed
    text = "Notatka z rozmowy J. Cyrankiewicza z ambasadorem ZSRR w Polsce, 3 IX 1957 r., AAN, KC PZPR, sygn. 2641."
    assert sorted_communications(text) == [("1957-09-03", ["J. Cyrankiewicza"])]


def test_a_transcript_of_several_days_with_its_sides_listed():
    text = (
        "Стенограммы переговоров в Москве 3 и 5 июля 1963 г. (с советской стороны – М.А. Суслов, Ю.В. Андропов; "
        f"с китайской – Дэн Сяопин, Пэн Чжэнь) // {_AVP}"
    )
    assert [c[0] for c in sorted_communications(text)] == ["1963-07-03", "1963-07-05"]


def test_an_undated_sentence_gives_the_supplied_date():
    assert communication_kinds(f"Записка Б.Н. Пономарева в ЦК КПСС. Б/д [март 1961 г.] // {_AVP}") == [
        ("memo", "1961-03")
    ]
    assert communication_kinds(f"Справка П.Ф. Юдина. Б/д [июль 1958 г.] // {_AVP}") == [("report", "1958-07")]
    assert communication_kinds(f"Записка Б.Н. Пономарева в ЦК КПСС. Б/д. // {_AVP}") == [("memo", None)]


def test_a_record_named_before_ibid_is_not_the_record_before(tmp_path):
    built = build_notes(
        tmp_path,
        """
1. Запись беседы Н.С. Хрущева с В. Ульбрихтом 30 ноября 1960 г. // Документы / Отв. ред. В.П. Козлов. М., 2010. С. 110–118.

2. Там же. С. 115.

3. Рабочая запись заседания Президиума ЦК КПСС 1 декабря 1960 г. // Там же. С. 120–124.
""",
    )
    assert talks_in(built, 2) == [["В. Ульбрихтом", "Н.С. Хрущева"]]
    assert talks_in(built, 3) == []


def test_the_original_of_a_printed_record_is_that_records_call_number(tmp_path):
    built = build_notes(
        tmp_path,
        """
1. Memorandum of Conversation between N.S. Khrushchev and Kim Il Sung, 5 July 1961 // Korea: Documents / Ed. by J. Smith. London, 2015. P. 40–52. Русский оригинал: АП РФ. Ф. 3. Оп. 65. Д. 920. Л. 1–20.

2. Там же. Л. 12.
""",
    )
    assert talks_in(built, 2) == [["Kim Il Sung", "N.S. Khrushchev"]]


def test_a_place_of_two_words_the_message_was_sent_from():
    assert sorted_communications(
        f"Шифртелеграмма А.А. Громыко из Нью-Йорка в МИД СССР, 20 сентября 1960 г. // {_AVP}"
    ) == [("1960-09-20", ["А.А. Громыко", "МИД СССР"])]


def test_an_answer_by_a_body_as_a_record_of_its_own():
    text = "Письмо ЦК КПСС ЦК КПК от 14 июня 1963 г. // РГАНИ. Ф. 3. Оп. 16. Д. 410. Л. 1–20; ответ ЦК КПК от 14 июля — там же. Л. 21–40."
    assert sorted_communications(text) == [("1963-06-14", ["ЦК КПК", "ЦК КПСС"]), ("1963-07-14", ["ЦК КПК", "ЦК КПСС"])]
    # another body's answer is no answer to this letter
    text = "Письмо ЦК КПСС ЦК КПК от 14 июня 1963 г. // РГАНИ. Ф. 3. Оп. 16. Д. 410. Л. 1–20; ответ ЦК ПТВ от 14 июля — там же. Л. 21–40."
    assert ("1963-07-14", ["ЦК КПСС", "ЦК ПТВ"]) not in sorted_communications(text)


def test_a_talk_named_before_the_one_who_spoke():
    text = f"В беседе с П.Ф. Юдиным 3 мая 1957 г. Чэнь И вновь заявил, что уступок не будет (запись беседы: {_AVP})"
    assert sorted_communications(text) == [("1957-05-03", ["П.Ф. Юдиным", "Чэнь И"])]
    assert note_communications(f"В беседе с П.Ф. Юдиным 3 мая 1957 г. речь шла о Тайване ({_AVP})") == []


def test_a_dash_message_about_a_talk_the_day_before():
    text = f"Червоненко — в МИД СССР, 9 марта 1960 г., о беседе с Чэнь И накануне, 8 марта // {_AVP}"
    assert ("1960-03-08", ["Червоненко", "Чэнь И"]) in sorted_communications(text)


def test_the_leaves_of_the_file_then_the_record_on_them(tmp_path):
    built = build_notes(
        tmp_path,
        """
1. Шифртелеграмма С.В. Червоненко в МИД СССР, 2 декабря 1960 г. // АВП РФ. Ф. 0100. Оп. 53. П. 457. Д. 8. Л. 10–12. Там же (л. 13–18) – запись беседы С.В. Червоненко с Лю Шаоци в тот же день.

2. Там же. Л. 19–22: запись беседы С.В. Червоненко с Дэн Сяопином 4 декабря 1960 г.

3. Там же (л. 23–25) – запись беседы С.В. Червоненко с Чэнь И.
""",
    )
    assert ["Лю Шаоци", "С.В. Червоненко"] in talks_in(built, 1)
    assert talks_in(built, 2) == [["Дэн Сяопином", "С.В. Червоненко"]]
    assert built_locators(built, 2) == [{"fond": "0100", "opis": "53", "papka": "457", "delo": "8", "list": "19–22"}]
    # no day and no "в тот же день": the record is not read as a talk of its own
    assert ["С.В. Червоненко", "Чэнь И"] not in talks_in(built, 3)


def test_a_verb_of_sending_takes_its_kind_from_its_noun():
    assert communication_kinds(f"Ким Ир Сен направил Н.С. Хрущеву письмо 3 мая 1960 г. ({_AVP})") == [
        ("letter", "1960-05-03")
    ]
    assert communication_kinds(f"Ю.В. Андропов отправил в МИД СССР шифртелеграмму 24 октября 1956 г.: {_AVP}") == [
        ("telegram", "1956-10-24")
    ]
    assert note_communications(f"Ким Ир Сен направил делегацию в Москву 3 мая 1960 г. ({_AVP})") == []


def test_a_quoted_transliterated_head_and_a_states_genitive_in_its_office():
    text = (
        "\"Zapis' besedy N.S. Khrushcheva s prem'er-ministrom Afganistana M. Daudom\" [Record of N.S. Khrushchev's "
        "conversation with Prime Minister of Afghanistan M. Daud], 16 December 1955, AVPRF, f. 071, op. 42, d. 2, l. 3."
    )
    assert sorted_communications(text) == [("1955-12-16", ["M. Daudom", "N.S. Khrushcheva"])]
    (cit,) = extract_note(Note("t", 1, text, 1)).citations
    assert {p.mention.role for p in cit.communications[0].participants} == {None, "prem'er-ministrom Afganistana"}
    # a quoted title the author's sentence names, the day being the sentence's: not read as an undated talk
    text = (
        'Puzanov met Kim Il Sung on 9 May 1960; the Soviet record ("Zapis\' besedy A.M. Puzanova s Kim Ir Senom") '
        "is in AVPRF, f. 0102, op. 16, p. 85, d. 9, ll. 16–20."
    )
    assert (None, ["A.M. Puzanova", "Kim Ir Senom"]) not in note_communications(text)
