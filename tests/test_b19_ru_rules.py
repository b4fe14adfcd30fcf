"""Rules read from the Russian notes of blind sets 18 and 19 (issue #3), each checked on notes
of its own: a state's name closing a Russian role, Japanese names in Polivanov's Cyrillic and
in Hepburn, with the people who must stay apart."""

from __future__ import annotations

from conftest import build_notes, note_communications, participant_roles, people_in, together

from kg1956.extract.citations import extract_note
from kg1956.extract.dates import find_dates
from kg1956.models import Note
from kg1956.romanize import base_forms
from kg1956.romanize_ja_ru import japanese_name_key, japanese_word_key


def _apart(people: list[set[str]], a: str, b: str) -> bool:
    return not any({a, b} <= p for p in people)


def test_a_state_in_the_genitive_closes_the_role_before_a_name():
    roles = participant_roles(
        "Запись беседы Н.Т. Федоренко с министром иностранных дел Японии Фудзияма Айитиро 12.II.1958 "
        "// АВП РФ. Ф. 0146. Оп. 41. П. 300. Д. 6. Л. 10–14."
    )
    assert ("Фудзияма Айитиро", "министром иностранных дел Японии") in roles
    roles = participant_roles(
        "Запись беседы Н.Т. Федоренко с послом Монголии Ц. Батором 3.V.1958 // АВП РФ. Ф. 0111. Оп. 40. П. 212. Д. 3. Л. 1–4."
    )
    assert ("Ц. Батором", "послом Монголии") in roles


def test_a_role_without_a_state_keeps_its_words():
    roles = participant_roles(
        "Запись беседы Н.Т. Федоренко с министром иностранных дел Фудзияма Айитиро 12.II.1958 "
        "// АВП РФ. Ф. 0146. Оп. 41. П. 300. Д. 6. Л. 10–14."
    )
    assert ("Фудзияма Айитиро", "министром иностранных дел") in roles


def test_japanese_names_key_alike_in_polivanov_and_hepburn():
    assert japanese_name_key("Фудзияма Айитиро") == japanese_name_key("Fujiyama Aiichirō")
    assert japanese_name_key("Фудзиямой Айитиро") == japanese_name_key("Fujiyama Aiichirō")  # instrumental
    assert japanese_name_key("Ёсида Сигэру") == japanese_name_key("Yoshida Shigeru")
    assert japanese_word_key("Киси") == japanese_word_key("Kishi")
    # Slavic, Korean, Chinese names read as no Japanese name
    assert japanese_name_key("Ким Ир") is None and japanese_name_key("Мао Цзэдун") is None
    assert japanese_word_key("Булганина") is None and japanese_word_key("Малика") is None


def test_japanese_names_join_across_scripts_and_cases(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Запись беседы Н.Т. Федоренко с министром иностранных дел Японии Фудзияма Айитиро 12.II.1958 // АВП РФ. Ф. 0146. Оп. 41. П. 300. Д. 6. Л. 10–14.

2. Fujiyama Aiichirō to Kishi Nobusuke, tel. no. 88, 14.II.1958 // Gaimushō, 2011-0345, pp. 2–6.

3. Запись беседы Н.Т. Федоренко с Фудзиямой Айитиро 20.III.1958 // АВП РФ. Ф. 0146. Оп. 41. П. 300. Д. 6. Л. 30–33. Фудзиямы в Москве ждали весной.

4. Запись беседы Н.Т. Федоренко с премьер-министром Японии Киси Нобусукэ 5.IV.1958 // АВП РФ. Ф. 0146. Оп. 41. П. 300. Д. 7. Л. 1–9.
""",
    )
    assert together(people, "Фудзияма Айитиро", "Fujiyama Aiichirō", "Фудзиямой Айитиро")
    assert together(people, "Kishi Nobusuke", "Киси Нобусукэ")
    assert _apart(people, "Фудзияма Айитиро", "Киси Нобусукэ")


def test_a_japanese_word_shared_by_two_people_joins_neither(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Запись беседы Н.Т. Федоренко с Като Тадао 12.II.1958 // АВП РФ. Ф. 0146. Оп. 41. П. 300. Д. 6. Л. 10–14.

2. Запись беседы Н.Т. Федоренко с Като Сиро 14.II.1958 // АВП РФ. Ф. 0146. Оп. 41. П. 300. Д. 6. Л. 15–16.

3. Като – Н.Т. Федоренко, 20.II.1958 // АВП РФ. Ф. 0146. Оп. 41. П. 300. Д. 6. Л. 17.
""",
    )
    assert _apart(people, "Като Тадао", "Като Сиро")
    assert _apart(people, "Като", "Като Тадао") and _apart(people, "Като", "Като Сиро")


def test_a_korean_syllable_in_ai_declines_like_a_russian_noun_in_i(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Запись беседы посла СССР в КНДР В.П. Москвина с Ли Ду Аем, 4.III.1963 // АВП РФ. Ф. 0102. Оп. 19. П. 95. Д. 4. Л. 7–9.

2. Телеграмма В.П. Москвина о позиции Ли Ду Ая, 9.III.1963 // АВП РФ. Ф. 0102. Оп. 19. П. 95. Д. 5. Л. 2.

3. Запись беседы В.П. Москвина с Ли Ду Оком, 12.III.1963 // АВП РФ. Ф. 0102. Оп. 19. П. 95. Д. 4. Л. 20–21.
""",
    )
    assert together(people, "Ли Ду Аем", "Ли Ду Ая")
    assert _apart(people, "Ли Ду Аем", "Ли Ду Оком")  # another syllable: another person


def test_talks_listed_by_commas_are_each_a_conversation_of_the_recorder():
    talks = note_communications(
        "Подробнее см. записи бесед В.П. Москвина с Ли Хё Соном 5.III.1963, с Пак Сон Чхором 9.III.1963 "
        "и с Нам Иром 14.III.1963 // АВП РФ. Ф. 0102. Оп. 19. П. 95. Д. 4. Л. 7–9, 12–15, 30–31."
    )
    assert talks == [
        ("1963-03-05", ["В.П. Москвина", "Ли Хё Соном"]),
        ("1963-03-09", ["В.П. Москвина", "Пак Сон Чхором"]),
        ("1963-03-14", ["В.П. Москвина", "Нам Иром"]),
    ]


def test_a_comma_before_what_is_no_name_adds_no_talk():
    talks = note_communications(
        "Запись беседы В.П. Москвина с Ли Хё Соном 5.III.1963, с приложением проекта коммюнике "
        "// АВП РФ. Ф. 0102. Оп. 19. П. 95. Д. 4. Л. 7–9."
    )
    assert talks == [("1963-03-05", ["В.П. Москвина", "Ли Хё Соном"])]


def test_an_office_after_the_last_name_of_a_list_is_that_persons():
    roles = participant_roles(
        "Запись беседы В.П. Москвина с Ли Хё Соном и Пак Сон Чхором, заместителем председателя Кабинета "
        "министров КНДР, 5.III.1963 // АВП РФ. Ф. 0102. Оп. 19. П. 95. Д. 4. Л. 7–9."
    )
    assert ("Ли Хё Соном", None) in roles
    assert ("Пак Сон Чхором", "заместителем председателя Кабинета министров КНДР") in roles


def test_a_plural_office_after_a_list_is_given_to_no_one():
    roles = participant_roles(
        "Запись беседы В.П. Москвина с Ли Хё Соном и Пак Сон Чхором, членами Политбюро ЦК ТПК, 5.III.1963 "
        "// АВП РФ. Ф. 0102. Оп. 19. П. 95. Д. 4. Л. 7–9."
    )
    assert ("Пак Сон Чхором", "членами Политбюро ЦК ТПК") not in roles


def test_ocr_ze_for_the_digit_three_before_a_roman_month():
    talks = note_communications(
        "Запнсь беседы В.П. Москвина с Пак Кым Чхором, З.VI.1963 // АВП РФ. Ф. 0102. Оп. 19. П. 96. Д. 2. Л. 5–7."
    )
    assert talks == [("1963-06-03", ["В.П. Москвина", "Пак Кым Чхором"])]
    # an initial З. before a name is no digit
    assert find_dates("Записка З.П. Ивановой, 5.VI.1963")[0].value.iso == "1963-06-05"


def test_two_parties_each_with_an_office_before_the_name():
    roles = participant_roles(
        "Письма заместителя министра иностранных дел СССР Н.П. Фирюбина и полномочного представителя Японии "
        "Като Тадао от 2.VI.1958 // АВП РФ. Ф. 0146. Оп. 41. П. 301. Д. 9. Л. 4–7."
    )
    assert roles == [
        ("Н.П. Фирюбина", "заместителя министра иностранных дел СССР"),
        ("Като Тадао", "полномочного представителя Японии"),
    ]


def test_an_answer_named_after_a_letter_goes_back_from_its_recipient():
    talks = note_communications(
        "Письмо Киси Нобусукэ А.А. Громыко, 8.VII.1958, и ответ Громыко от 22 июля "
        "// АВП РФ. Ф. 0146. Оп. 41. П. 301. Д. 11. Л. 1–6."
    )
    assert talks == [("1958-07-08", ["А.А. Громыко", "Киси Нобусукэ"]), ("1958-07-22", ["Громыко", "Киси Нобусукэ"])]
    # a day that would fall before the letter is in the next year
    talks = note_communications(
        "Письмо Киси Нобусукэ А.А. Громыко, 28.XII.1958, и ответ Громыко от 9 января // АВП РФ. Ф. 0146. Оп. 41. П. 301. Д. 11. Л. 1–6."
    )
    assert talks[-1][0] == "1959-01-09"


def test_an_answer_by_someone_else_is_not_read():
    talks = note_communications(
        "Письмо Като Сиро А.А. Громыко, 1.VIII.1958, и ответ Федоренко от 9 августа "
        "// АВП РФ. Ф. 0146. Оп. 41. П. 301. Д. 11. Л. 8–10."
    )
    assert talks == [("1958-08-01", ["А.А. Громыко", "Като Сиро"])]


def test_a_surname_declined_as_an_adjective_and_one_in_a_after_initials(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Телеграмма советника посольства СССР в МНР Б.Е. Бельского, 14.XI.1958 // АВП РФ. Ф. 0111. Оп. 40. П. 214. Д. 8. Л. 33–35. Бельский сообщал о ходе переговоров о кредитах.

2. Докладная записка Ж. Самбы в ЦК КПСС, июнь 1958 г. // РГАНИ. Ф. 5. Оп. 30. Д. 255. Л. 12–15. Самба просил об отсрочке платежей.

3. Запись беседы Б.Е. Бельского с К. Бельской, 3.XII.1958 // АВП РФ. Ф. 0111. Оп. 40. П. 214. Д. 9. Л. 4–6.
""",
    )
    assert together(people, "Б.Е. Бельского", "Бельский")
    assert together(people, "Ж. Самбы", "Самба")
    assert _apart(people, "К. Бельской", "Б.Е. Бельского")  # a woman of that name: another person
    assert "Н.П. Ясинский" in base_forms("Н.П. Ясинскому") and "Д. Дамба" in base_forms("Д. Дамбы")


def test_a_dash_pair_with_an_office_in_brackets_and_the_kind_after_a_full_stop():
    roles = participant_roles(
        "Зимин С.П. (зав. Отделом стран Дальнего Востока МИД СССР) – Фирюбин Н.П. Докладная записка, 17.IX.1959 "
        "// АВП РФ. Ф. 0146. Оп. 42. П. 305. Д. 3. Л. 20–26."
    )
    assert roles == [("Зимин С.П.", "зав. Отделом стран Дальнего Востока МИД СССР"), ("Фирюбин Н.П.", None)]
    kinds = [
        c.kind
        for cit in extract_note(
            Note(
                "t",
                1,
                "Зимин С.П. – Фирюбин Н.П. Докладная записка, 17.IX.1959 // АВП РФ. Ф. 0146. Оп. 42. Д. 3. Л. 2.",
                1,
            )
        ).citations
        for c in cit.communications
    ]
    assert kinds == ["memo"]
    # two places joined by a dash, then a date: no message
    assert note_communications("Москва – Токио. Записка, 17.IX.1959 // АВП РФ. Ф. 0146. Оп. 42. Д. 3. Л. 2.") == []


def test_who_signed_a_report_is_its_writer_with_the_office_the_head_gives():
    roles = participant_roles(
        "Отчет посольства СССР в МНР за 1958 г. Подписан временным поверенным в делах С.П. Гусевым, 20.I.1959 "
        "// АВП РФ. Ф. 0111. Оп. 41. П. 220. Д. 2. Л. 1–95."
    )
    assert roles == [("посольства СССР в МНР", None), ("С.П. Гусевым", "временным поверенным в делах")]


def test_the_recorders_next_talk_dated_in_roman_numerals():
    talks = note_communications(
        "Запись беседы Н.Т. Федоренко с Фудзиямой Айитиро 3.IX.1958 // АВП РФ. Ф. 0146. Оп. 41. П. 302. Д. 4. Л. 5–9; "
        "его же беседа с Като Тадао 8.IX.1958 // Там же. Л. 10–12."
    )
    assert talks == [
        ("1958-09-03", ["Н.Т. Федоренко", "Фудзиямой Айитиро"]),
        ("1958-09-08", ["Като Тадао", "Н.Т. Федоренко"]),
    ]
    talks = note_communications(
        "См. записи бесед В.П. Московского с Нам Иром 4.XI.1963 (АВП РФ. Ф. 0102. Оп. 19. П. 97. Д. 1. Л. 3–6), "
        "а также его беседу с Ли Хё Соном 20.XI.1963 (там же. Л. 20–22)."
    )
    assert talks[-1] == ("1963-11-20", ["В.П. Московского", "Ли Хё Соном"])


def test_a_next_talk_that_did_not_take_place_is_none():
    talks = note_communications(
        "Запись беседы В.П. Московского с Нам Иром 2.X.1963 // АВП РФ. Ф. 0102. Оп. 19. П. 97. Д. 2. Л. 1–4; "
        "его же беседа с Пак Сон Чхором 9.X.1963 не состоялась."
    )
    assert talks == [("1963-10-02", ["В.П. Московского", "Нам Иром"])]


def test_a_ministry_a_council_and_gosplan_are_bodies_in_any_case():
    talks = note_communications(
        "Справка Министерства внешней торговли СССР о торговле с Японией, май 1958 г. "
        "// РГАЭ. Ф. 413. Оп. 13. Д. 2210. Л. 5–11."
    )
    assert talks == [("1958-05", ["Министерства внешней торговли СССР"])]
    talks = note_communications(
        "Докладная записка Госплана СССР в Совет Министров СССР о поставках в КНДР, 12.XI.1963 "
        "// ГАРФ. Ф. Р-5446. Оп. 97. Д. 1021. Л. 14–20."
    )
    assert talks == [("1963-11-12", ["Госплана СССР", "Совет Министров СССР"])]
    # an office in such a body is a role, not a body
    roles = participant_roles(
        "Запись беседы Н.Т. Федоренко с председателем Совета Министров МНР Ю. Цэдэнбалом 3.II.1958 "
        "// АВП РФ. Ф. 0111. Оп. 40. П. 212. Д. 3. Л. 1–4."
    )
    assert ("Ю. Цэдэнбалом", "председателем Совета Министров МНР") in roles


def test_a_paper_in_the_accusative_after_what_it_is_cited_for():
    talks = note_communications(
        "О позиции Ли Ду Ая см. телеграмму В.П. Московского от 18.III.1963 (АВП РФ. Ф. 0102. Оп. 19. П. 95. Д. 5. Л. 14)."
    )
    assert talks == [("1963-03-18", ["В.П. Московского"])]
    assert (
        note_communications("Об этом эпизоде см. справку в кн.: Савченко А.И. Курильский вопрос. М., 2001. С. 14.")
        == []
    )


def test_a_talk_told_in_the_telegram_of_its_first_side():
    talks = note_communications(
        "Беседа А.Н. Косыгина и К.Т. Мазурова с Пак Сон Чхором 14 октября 1963 г. изложена в их телеграмме "
        "в ЦК КПСС от 15.X.1963 (РГАНИ. Ф. 3. Оп. 18. Д. 402. Л. 6–9)."
    )
    assert talks == [
        ("1963-10-14", ["А.Н. Косыгина", "К.Т. Мазурова", "Пак Сон Чхором"]),
        ("1963-10-15", ["А.Н. Косыгина", "К.Т. Мазурова", "ЦК КПСС"]),
    ]
    # told in a book: no message
    talks = note_communications(
        "Беседа А.Н. Косыгина с Пак Сон Чхором 14 октября 1963 г. изложена в книге: Савченко А.И. "
        "Курильский вопрос. М., 2001. С. 30."
    )
    assert not any("ЦК КПСС" in people for _, people in talks)


def test_an_ibid_giving_a_leaf_and_then_the_entry_on_it(tmp_path):
    built = build_notes(
        tmp_path,
        """
1. Дневник Н.Т. Федоренко, 1–20.XI.1958 // АВП РФ. Ф. 0146. Оп. 41. П. 303. Д. 1. Л. 1–40.

2. Там же. Л. 17 (запись от 9 ноября).
""",
    )
    found = [
        (c.kind, c.date.iso, [p.mention.text for p in c.participants])
        for e in built.extractions
        if e.note.number == 2
        for cit in e.citations
        for c in cit.communications
    ]
    assert found == [("diary_entry", "1958-11-09", ["Н.Т. Федоренко"])]
