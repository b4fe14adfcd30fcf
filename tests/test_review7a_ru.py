"""Counter-examples from review 7a (Russian merges and readers): a Russian woman is never the
man of her family through a Japanese key or a guessed noun stem, a place, a body or a
newspaper is no party of a talk or message told in prose, and a bracketed kind after the date
stays with its head."""

from __future__ import annotations

from conftest import note_communications, people_in, together

from kg1956.extract.citations import extract_note
from kg1956.models import Note
from kg1956.romanize_ja_ru import japanese_name_key, japanese_word_key


def _apart(people: list[set[str]], a: str, b: str) -> bool:
    return not any({a, b} <= p for p in people)


# finding 1: a Russian name of Polivanov's syllables is no Japanese name


def test_a_russian_name_gets_no_japanese_key():
    for word in (
        "Сабурова",
        "Сабуровой",
        "Панова",
        "Пановой",
        "Тамара",
        "Тамарой",
        "Анной",
        "Панин",
        "Юрий",
        "Федоренко",
        "Микоян",
    ):
        assert japanese_word_key(word) is None, word
    assert japanese_name_key("Тамарой Сабуровой") is None
    assert japanese_name_key("Анна Панова") is None
    # the Japanese names stay keyed, declined family name and all
    assert japanese_name_key("Хатоямой Итиро") == japanese_name_key("Hatoyama Ichirō")
    assert japanese_word_key("Сиина") is not None and japanese_word_key("Мацумото") is not None


def test_a_woman_is_not_the_man_of_her_family_through_a_japanese_key(tmp_path):
    people = people_in(
        tmp_path,
        """
7. Запись беседы Н.Т. Федоренко с Тамарой Сабуровой, 8 июня 1957 г. АВП РФ. Ф. 0102. Оп. 13. Д. 6. П. 72. Л. 9.

8. Запись беседы М.Г. Первухина с Сабуровым, 9 июня 1957 г. АВП РФ. Ф. 0102. Оп. 13. Д. 6. П. 72. Л. 10–11; беседа Сабурова с Кимом, 10 июня 1957 г. Там же. Л. 12.

9. Запись беседы А.А. Громыко с Анной Пановой, 5 мая 1957 г. АВП РФ. Ф. 0102. Оп. 13. Д. 5. П. 72. Л. 12–15.

10. Запись беседы И.Ф. Курдюкова с Пановым, 7 мая 1957 г. АВП РФ. Ф. 0102. Оп. 13. Д. 5. П. 72. Л. 20; письмо Панова Громыко, 8 мая 1957 г. Там же. Л. 21.
""",
    )
    assert _apart(people, "Тамарой Сабуровой", "Сабурова")
    assert _apart(people, "Анной Пановой", "Панова")
    assert together(people, "Сабурова", "Сабуровым")
    assert together(people, "Панова", "Пановым")


# finding 2: an adjective-type surname's endings tell a man from a woman


def test_a_man_and_a_woman_of_an_adjectival_surname_stay_apart(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Запись беседы П.Ф. Юдина с Яном Ясинским, 3 марта 1958 г. АВП РФ. Ф. 0100. Оп. 51. Д. 4. П. 432. Л. 2–6.

2. Запись беседы П.Ф. Юдина с Я. Ясинской, 6 марта 1958 г. АВП РФ. Ф. 0100. Оп. 51. Д. 4. П. 432. Л. 7.

3. Запись беседы А.А. Громыко с Янушем Збигневским, 3 марта 1959 г.; беседа с Я. Збигневской, 5 марта 1959 г. АВП РФ. Ф. 0122. Оп. 41. Д. 4. П. 310. Л. 2–6.

4. Запись беседы А.А. Громыко с Марией Вышинской, 3 апреля 1959 г.; беседа с М. Вышинским, 5 апреля 1959 г. АВП РФ. Ф. 0122. Оп. 41. Д. 4. П. 310. Л. 7.

5. Запись беседы Ю.В. Андропова с Ференцем Надем, 12 марта 1957 г. // АВП РФ. Ф. 077. Оп. 38. П. 198. Д. 4. Л. 7–9.

6. Письмо Ф. Надя Ю.В. Андропову, 14 марта 1957 г. // ГАРФ. Ф. Р-5446. Оп. 99. Д. 12. Л. 3.
""",
    )
    assert _apart(people, "Яном Ясинским", "Я. Ясинской")
    assert _apart(people, "Янушем Збигневским", "Я. Збигневской")
    assert _apart(people, "Марией Вышинской", "М. Вышинским")
    assert together(people, "Ференцем Надем", "Ф. Надя")  # a noun stem in a soft sign still joins


def test_a_woman_keeps_her_initialled_spelling_beside_a_man_of_her_surname(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Запись беседы П.Ф. Юдина с Яном Ясинским, 3 марта 1958 г. АВП РФ. Ф. 0100. Оп. 51. Д. 4. П. 432. Л. 2–6.

2. Запись беседы П.Ф. Юдина с Я. Ясинской, 6 марта 1958 г. АВП РФ. Ф. 0100. Оп. 51. Д. 4. П. 432. Л. 7.

3. Запись беседы П.Ф. Юдина с Яниной Ясинской, 8 марта 1958 г. АВП РФ. Ф. 0100. Оп. 51. Д. 4. П. 432. Л. 9.
""",
    )
    assert together(people, "Яниной Ясинской", "Я. Ясинской")
    assert _apart(people, "Яном Ясинским", "Я. Ясинской")


# finding 5: a talk told in Russian prose needs a record of talk in brackets and two persons


def test_russian_prose_with_a_place_body_or_newspaper_tells_no_talk():
    locator = "АВП РФ. Ф. 059а. Оп. 4. П. 6. Д. 5. Л. 25"
    for prose in (
        "8 ноября 1956 г. Москва сообщила Будапешту о решении Президиума",
        "4 ноября 1956 г. Андропов сообщил Центру о формировании правительства",
        "5 июня 1957 г. Громыко передал Пекину ответ советского правительства",
        "3 ноября 1956 г. Правда сообщила Кремлю о событиях",
    ):
        assert note_communications(f"{prose} (запись беседы: {locator}).") == [], prose
        assert note_communications(f"{prose} ({locator}).") == [], prose


def test_russian_prose_with_only_a_call_number_tells_no_talk():
    for prose in (
        "12 октября 1957 г. Пузанов сообщил Хрущеву о своей беседе с Ким Ир Сеном",
        "7 ноября 1956 г. Мюнних передал Серову список арестованных",
        "9 ноября 1956 г. Шепилов ответил Дюлю на ноту",
    ):
        assert note_communications(f"{prose} (АВП РФ. Ф. 059а. Оп. 4. П. 6. Д. 5. Л. 31).") == [], prose


def test_a_bracketed_record_naming_its_own_parties_is_not_the_prose_pair():
    text = (
        "6 ноября 1956 г. Кадар сказал Мюнниху, что Андропов обещал Кадару помощь "
        "(запись беседы Андропова с Кадаром: АВП РФ. Ф. 059а. Оп. 4. П. 6. Д. 5. Л. 30)."
    )
    assert all("Мюнниху" not in people for _, people in note_communications(text))


def test_a_talk_told_in_russian_prose_with_its_record_is_still_read():
    text = (
        "3 апреля 1957 г. Е.И. Громов сообщил Мюнниху о решении Москвы "
        "[запись беседы: АВП РФ. Ф. 077. Оп. 40. П. 205. Д. 3. Л. 11–13]."
    )
    assert note_communications(text) == [("1957-04-03", ["Е.И. Громов", "Мюнниху"])]
    text = "2 ноября 1956 г. Надь заявил Андропову протест (запись беседы: АВП РФ. Ф. 059а. Оп. 4. П. 6. Д. 5. Л. 22)."
    assert note_communications(text) == [("1956-11-02", ["Андропову", "Надь"])]
    text = "6 ноября 1956 г. Хрущев напомнил Мюнниху о договоренности [АВП РФ. Ф. 059а. Оп. 4. П. 6. Д. 5. Л. 33]."
    assert note_communications(text) == [("1956-11-06", ["Мюнниху", "Хрущев"])]  # a verb of speaking


# finding 6: "изложена в его письме": the writer is the first side only when the pronoun fits


def test_a_foreign_host_named_first_is_not_the_writer_of_the_report():
    text = (
        "Беседа Мао Цзэдуна с П.Ф. Юдиным 31 марта 1956 г. изложена в его письме на имя Н.С. Хрущева "
        "от 2.IV.1956 (АПРФ. Ф. 3. Оп. 65. Д. 357. Л. 1–5)."
    )
    assert note_communications(text) == [("1956-03-31", ["Мао Цзэдуна", "П.Ф. Юдиным"])]


def test_his_message_is_the_soviet_officials_and_theirs_needs_several():
    text = (
        "Беседа Ю.В. Андропова с И. Надем 1 ноября 1956 г. изложена в его шифртелеграмме в МИД СССР "
        "от 1.XI.1956 (АВП РФ. Ф. 059а. Оп. 4. П. 6. Д. 5. Л. 20)."
    )
    assert [d for d, _ in note_communications(text)] == ["1956-11-01", "1956-11-01"]
    text = (
        "Беседа А.Н. Косыгина с Пак Сон Чхором 14 октября 1963 г. изложена в их телеграмме в ЦК КПСС "
        "от 15.X.1963 (РГАНИ. Ф. 3. Оп. 18. Д. 402. Л. 6–9)."
    )
    assert note_communications(text) == [("1963-10-14", ["А.Н. Косыгина", "Пак Сон Чхором"])]


# finding 7: "его же беседа с …": a newspaper is no interlocutor, "её беседа" is not his


def test_his_next_talk_with_a_newspaper_is_none():
    text = (
        "Запись беседы В.И. Иванова с Пак Чен Аем 3.IX.1956; его же беседа с Правдой 5.IX.1956. "
        "АВП РФ. Ф. 0102. Оп. 12. Д. 4. П. 68. Л. 40."
    )
    assert note_communications(text) == [("1956-09-03", ["В.И. Иванова", "Пак Чен Аем"])]


def test_her_talk_is_not_the_male_recorders():
    text = (
        "Запись беседы В.И. Иванова с Пак Чен Аем 3.IX.1956; его же беседа с Мацумото 5.IX.1956; "
        "ее беседа с Ким Ир Сеном 6.IX.1956. АВП РФ. Ф. 0102. Оп. 12. Д. 4. П. 68. Л. 41."
    )
    talks = note_communications(text)
    assert ("1956-09-05", ["В.И. Иванова", "Мацумото"]) in talks
    assert all(date != "1956-09-06" for date, _ in talks)


# finding 12: a Russian dash head: a capital is no addressee, a nominative subject no recipient


def _kinds(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [
        (c.kind, c.date.iso if c.date else None, sorted((p.mention.text, p.function) for p in c.participants))
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
    ]


def test_a_capital_in_the_dative_is_no_addressee():
    text = (
        "Ю.В. Андропов — Будапешту, телеграмма о положении, 2 ноября 1956 г. АВП РФ. Ф. 059а. Оп. 4. П. 6. Д. 5. Л. 9."
    )
    assert _kinds(text) == [("telegram", "1956-11-02", [("Ю.В. Андропов", "sender")])]


def test_the_subject_of_a_report_in_the_nominative_is_no_recipient():
    text = "И.А. Серов — П. Малетер, донесение об аресте, 4 ноября 1956 г. АПРФ. Ф. 3. Оп. 64. Д. 485. Л. 12."
    assert all(("П. Малетер", "recipient") not in parts for _, _, parts in _kinds(text))
    text = "Шелепин — Хрущеву, донесение о выезде делегации, 7 мая 1958 г. АПРФ. Ф. 3. Оп. 64. Д. 485. Л. 12."
    assert _kinds(text) == [("report", "1958-05-07", [("Хрущеву", "recipient"), ("Шелепин", "sender")])]


# finding 16: the kind in brackets after the date stays with its head


def test_the_kind_in_brackets_after_the_year_is_the_messages():
    text = (
        "А.М. Пузанов (посол СССР в КНДР) — Ким Ир Сену, 5 мая 1957 г. (шифртелеграмма из Пхеньяна). "
        "АВП РФ. Ф. 0102. Оп. 13. Д. 5. П. 72. Л. 44."
    )
    cits = extract_note(Note("t", 1, text, 1)).citations
    assert len(cits) == 1 and [loc.text for loc in cits[0].locators] == ["АВП РФ. Ф. 0102. Оп. 13. Д. 5. П. 72. Л. 44"]
    assert _kinds(text) == [("telegram", "1957-05-05", [("А.М. Пузанов", "sender"), ("Ким Ир Сену", "recipient")])]


def test_an_answer_dated_before_its_letter_is_no_answer_a_year_on():
    text = (
        "Письмо А.А. Громыко Ю.В. Андропову, 5.XI.1956, и ответ Андропова от 4 ноября (телеграмма). "
        "АВП РФ. Ф. 059а. Оп. 4. П. 6. Д. 5. Л. 50."
    )
    assert [(k, d) for k, d, _ in _kinds(text)] == [("letter", "1956-11-05")]
    cits = extract_note(Note("t", 1, text, 1)).citations
    assert len(cits) == 1 and len(cits[0].locators) == 1


def test_an_answer_keeps_its_bracketed_kind_and_crosses_a_years_end():
    text = (
        "Письмо А.А. Громыко Ю.В. Андропову, 5.XI.1956, и ответ Андропова от 7 ноября (телеграмма). "
        "АВП РФ. Ф. 059а. Оп. 4. П. 6. Д. 5. Л. 50."
    )
    assert [(k, d) for k, d, _ in _kinds(text)] == [("letter", "1956-11-05"), ("telegram", "1956-11-07")]
    text = (
        "Письмо А.А. Громыко Ю.В. Андропову, 30.XII.1956, и ответ Андропова от 2 января. "
        "АВП РФ. Ф. 059а. Оп. 4. П. 6. Д. 5. Л. 50."
    )
    assert [(k, d) for k, d, _ in _kinds(text)] == [("letter", "1956-12-30"), ("letter", "1957-01-02")]
