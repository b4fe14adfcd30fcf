"""Rules read from blind set 17 (issue #3), each checked on notes of its own: Russian
declension of surnames in -жа/-ша/-ча/-ха, surnames written alone in another language's
letters, Hungarian cases and the Czech fleeting e, with the people who must stay apart."""

from __future__ import annotations

from conftest import build_notes, note_communications, participant_roles, people_in, together

from kg1956.extract.citations import extract_note
from kg1956.extract.locators import parse_locator
from kg1956.extract.names import parse_participant
from kg1956.models import Note
from kg1956.romanize import base_forms


def _apart(people: list[set[str]], a: str, b: str) -> bool:
    return not any({a, b} <= p for p in people)


def test_a_russian_surname_in_a_hushing_consonant_and_a_declines_like_one_in_ka(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Запись беседы посла СССР в Чехословакии М.В. Зимянина с С. Квашей. 3 марта 1962 г. // АВП РФ. Ф. 0138. Оп. 43. Д. 12. П. 217. Л. 5–9.

2. Письмо С. Кваши Ю.В. Андропову, 9 марта 1962 г. // РГАНИ. Ф. 5. Оп. 50. Д. 411. Л. 3–4.

3. Ответ Ю.В. Андропова С. Кваше, 15 марта 1962 г. // РГАНИ. Ф. 5. Оп. 50. Д. 411. Л. 7–8.

4. Запись беседы Ю.В. Андропова с Л. Квашей. 20 марта 1962 г. // РГАНИ. Ф. 5. Оп. 50. Д. 412. Л. 1–2.
""",
    )
    assert together(people, "С. Квашей", "С. Кваши", "С. Кваше")
    assert _apart(people, "С. Квашей", "Л. Квашей")  # other initials: another person
    assert "Э. Ходжа" in base_forms("Э. Ходжей") and "П. Муха" in base_forms("П. Мухи")


def test_a_surname_alone_in_another_languages_letters_joins_the_one_person_of_that_surname(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Record of conversation between Shcherbakov and Pham Van Dong, 4 May 1965, AVPRF, f. 079, op. 20, p. 47, d. 6, ll. 12–18.

2. Ščerbakov to Brežněv, telegram, 20 May 1965 (Czech translation), NA, f. KSČ-ÚV-02/1, sv. 101, a.j. 110, b. 3.

3. Brezhnev to Pham Van Dong, letter, 1 June 1965, RGANI, f. 2, op. 3, d. 8, ll. 1–3.
""",
    )
    assert together(people, "Shcherbakov", "Ščerbakov")
    assert together(people, "Brezhnev", "Brežněv")


def test_a_surname_alone_in_english_letters_is_not_read_as_another(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Record of conversation between Kosarev and Le Thanh Nghi, 8 June 1965, AVPRF, f. 079, op. 20, p. 47, d. 9, ll. 2–4.

2. Record of conversation between Kozarev and Pham Van Dong, 10 June 1965, AVPRF, f. 079, op. 20, p. 47, d. 9, ll. 7–9.
""",
    )
    assert _apart(people, "Kosarev", "Kozarev")


def test_a_foreign_spelling_of_a_surname_two_people_bear_joins_neither(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Record of conversation between I.S. Shcherbakov and Pham Van Dong, 4 May 1965, AVPRF, f. 079, op. 20, p. 47, d. 6, ll. 12–18.

2. Record of conversation between A.N. Shcherbakov and Le Duan, 6 May 1965, AVPRF, f. 079, op. 20, p. 47, d. 6, ll. 19–22.

3. Ščerbakov to Novotný, telegram, 20 May 1965 (Czech translation), NA, f. KSČ-ÚV-02/1, sv. 101, a.j. 110, b. 3.
""",
    )
    assert _apart(people, "I.S. Shcherbakov", "A.N. Shcherbakov")
    assert _apart(people, "Ščerbakov", "I.S. Shcherbakov") and _apart(people, "Ščerbakov", "A.N. Shcherbakov")


def test_hungarian_cases_and_the_czech_fleeting_e():
    assert "Kádár János" in base_forms("Kádár Jánoshoz")
    assert "Novotný Antonín" in base_forms("Novotný Antonínhoz")
    assert "Carlos Rafael Rodríguez" in base_forms("Carlos Rafael Rodríguezzel")
    assert "Osvaldo Dorticós" in base_forms("Osvaldo Dorticóssal")
    assert "Fidel Castro" in base_forms("Fidel Castróval")
    assert "J. Kubíček" in base_forms("J. Kubíčka")
    assert "Hájek" in base_forms("Hájkovi")
    assert "Gomułek" not in base_forms("Gomułka")  # a Polish nominative in -ka keeps its -ka


def test_a_czech_genitive_in_ka_joins_the_nominative_in_ek(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Telegram from Kubíček, Havana, May 4, 1961, AMZV, TO-T 1960–1964, Kuba, k. 2, obal 7, č.j. 021.448/61.

2. Záznam o rozhovoru velvyslance J. Kubíčka s Raúlem Castrem [Record of ambassador J. Kubíček's conversation with Raúl Castro], May 9, 1961, AMZV, TO-T 1960–1964, Kuba, k. 2, obal 7, č.j. 021.502/61.
""",
    )
    assert together(people, "Kubíček", "J. Kubíčka", "J. Kubíček")


def test_the_wade_giles_syllable_i_is_pinyin_yi(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Record of conversation between N.G. Sudarikov and Liu I, counsellor of the PRC embassy, 5 March 1958, AVPRF, f. 0100, op. 51, p. 432, d. 9, ll. 2–6.

2. Record of conversation between Liu Yi and N.G. Sudarikov, 9 March 1958, AVPRF, f. 0100, op. 51, p. 432, d. 9, ll. 7–10.

3. Record of conversation between Liu Yu and N.G. Sudarikov, 11 March 1958, AVPRF, f. 0100, op. 51, p. 432, d. 9, ll. 11–12.
""",
    )
    assert together(people, "Liu I", "Liu Yi")
    assert _apart(people, "Liu Yi", "Liu Yu")


def test_a_surname_with_a_final_y_for_i_joins_the_same_initials_only(tmp_path):
    notes = """
1. Record of conversation between V.V. Kuznetsov and K. Ramaswamy, 2 June 1961, AVPRF, f. 090, op. 23, p. 61, d. 4, ll. 11–15.

2. K. Ramaswami to V.V. Kuznetsov, letter, 7 June 1961, AVPRF, f. 090, op. 23, p. 61, d. 4, l. 16.
"""
    assert together(people_in(tmp_path, notes), "K. Ramaswamy", "K. Ramaswami")
    people = people_in(
        tmp_path,
        notes
        + "\n3. S. Ramaswami to V.V. Kuznetsov, letter, 9 June 1961, AVPRF, f. 090, op. 23, p. 61, d. 4, l. 17.\n",
    )
    assert _apart(people, "K. Ramaswamy", "S. Ramaswami")
    assert _apart(people, "K. Ramaswami", "S. Ramaswami")


def test_a_polish_head_translated_in_brackets_is_read_in_polish():
    assert participant_roles(
        "List Ochaba do Mikojana [Ochab's letter to Mikoyan], May 3, 1957, AAN, KC PZPR, sygn. 2904, k. 11–14."
    ) == [("Ochaba", None), ("Mikojana", None)]


def test_a_head_that_is_only_its_kind_is_the_kind_of_the_english_pair_after_its_translation():
    assert note_communications(
        "Szyfrogram nr 2281 z Pekinu [Cipher telegram no. 2281 from Peking], S. Kiryluk to Rapacki, "
        "March 12, 1958, AMSZ, z. 11, w. 47, t. 631, k. 2–4."
    ) == [("1958-03-12", ["Rapacki", "S. Kiryluk"])]
    assert participant_roles(
        "Jelentés [Report], Martin Ferenc, Hungarian ambassador in Peking, to Foreign Minister Sík Endre, "
        "Jan. 9, 1960, MOL, XIX-J-1-j, Kína, 1960, 3. doboz, 4/a, 001204/1960."
    ) == [("Martin Ferenc", "Hungarian ambassador in Peking"), ("Sík Endre", "Foreign Minister")]
    kinds = [
        c.kind
        for cit in extract_note(
            Note("t", 1, "Jelentés [Report], Martin Ferenc to Sík Endre, Jan. 9, 1960, MOL, XIX-J-1-j, 001204/1960.", 1)
        ).citations
        for c in cit.communications
    ]
    assert kinds == ["report"]


def test_a_glossed_head_with_no_one_after_it_is_no_communication():
    assert (
        note_communications("Jelentés [Report], Budapest, Oct. 3, 1962, MOL, XIX-J-1-j, Kuba, 1962, 003901/1962.") == []
    )
    assert (
        note_communications(
            "List [Letter] of the Polish delegates to the United Nations, 1962, quoted in Kowalczyk 2009, 14."
        )
        == []
    )


def test_a_hungarian_letter_to_someone_in_the_allative_after_comrade():
    assert note_communications(
        "Gerő Ernő elvtárs levele Rákosi Mátyáshoz [Comrade Ernő Gerő's letter to Mátyás Rákosi], July 2, 1956, "
        "MOL, XIX-J-1-j, Szovjetunió, 1956, 7. doboz, 2/c, 003318/1956."
    ) == [("1956-07-02", ["Gerő Ernő", "Rákosi Mátyáshoz"])]


def test_a_cryptonym_in_quotes_with_the_real_name_in_brackets(tmp_path):
    assert note_communications(
        'Cable, "Vostok" (A.S. Panyushkin) to "Director" (M.V. Zakharov), March 2, 1950, TsAMO, f. 16, op. 3139, '
        "d. 4, l. 12."
    ) == [("1950-03-02", ["M.V. Zakharov", "Vostok"])]
    people = people_in(
        tmp_path,
        """
1. Cable, "Vostok" (A.S. Panyushkin) to "Director" (M.V. Zakharov), March 2, 1950, TsAMO, f. 16, op. 3139, d. 4, l. 12.

2. Record of conversation between A.S. Panyushkin and Zhou Enlai, 4 March 1950, AVPRF, f. 0100, op. 43, p. 302, d. 10, ll. 1–5.
""",
    )
    assert together(people, "Vostok", "A.S. Panyushkin")
    assert together(people, "Director", "M.V. Zakharov")


def test_a_quoted_title_word_before_its_translation_is_no_cryptonym():
    assert participant_roles(
        'Gromyko to Molotov, "Spravka" [Information], 3 May 1955, AVPRF, f. 06, op. 14, p. 8, d. 101, l. 3.'
    ) == [("Gromyko", None), ("Molotov", None)]


def test_a_hungarian_party_file_with_group_and_unit_under_one_key():
    fields = dict(parse_locator("MOL, M-KS 288. f. 9/412. ő.e., 3–5.", 0).fields)
    assert fields == {"fond": "288", "opis": "9", "delo": "412", "list": "3–5"}
    fields = dict(parse_locator("MOL, M-KS 288. f. 5/131. ő.e., pp. 17–29.", 0).fields)
    assert fields == {"fond": "288", "opis": "5", "delo": "131", "list": "17–29"}
    # a page list that runs on is not taken for the file's pages
    assert "list" not in dict(parse_locator("MOL, M-KS 276. f. 65/17. ő.e., 3–5, and 9.", 0).fields)


def test_hungarian_and_czech_party_bodies_are_bodies():
    assert note_communications(
        "Apró Antal's report to the MSZMP Politikai Bizottság on his Moscow talks, Nov. 2, 1962, MOL, "
        "M-KS 288. f. 5/131. ő.e., pp. 17–29."
    ) == [("1962-11-02", ["Apró Antal", "MSZMP Politikai Bizottság"])]
    assert [m.is_organization for m in [parse_participant("předsednictvo ÚV KSČ", 0)]] == [True]


def test_the_writers_talk_named_after_the_message_with_a_us_style_day():
    assert note_communications(
        "Apró Antal's report to the MSZMP Politikai Bizottság, Dec. 4, 1962, on his talks with Mikojan of Nov. 29, "
        "MOL, M-KS 288. f. 5/286. ő.e., 2–9."
    ) == [("1962-12-04", ["Apró Antal", "MSZMP Politikai Bizottság"]), ("1962-11-29", ["Apró Antal", "Mikojan"])]
    assert note_communications(
        "Apró Antal's report to the MSZMP Politikai Bizottság, Dec. 4, 1962, on the talks with Mikojan, "
        "MOL, M-KS 288. f. 5/286. ő.e., 2–9."
    ) == [("1962-12-04", ["Apró Antal", "MSZMP Politikai Bizottság"])]


def test_an_english_head_then_the_records_own_title_after_a_colon(tmp_path):
    note = (
        "Martin Ferenc's conversation with Zhou Enlai: Beszélgetés Csou En-lajjal [Conversation with Zhou Enlai], "
        "Feb. 3, 1960, MOL, XIX-J-1-j, Kína, 1960, 3. doboz, 4/a, 001377/1960."
    )
    assert note_communications(note) == [("1960-02-03", ["Martin Ferenc", "Zhou Enlai"])]
    assert together(people_in(tmp_path, "1. " + note), "Zhou Enlai", "Csou En-lajjal")


def test_a_kind_only_head_then_its_writer_after_by():
    assert participant_roles(
        "Notatka [Note] by Józef Winiewicz, deputy foreign minister, for Rapacki, March 4, 1963, AMSZ, z. 6, w. 43, "
        "t. 702, k. 2–5."
    ) == [("Józef Winiewicz", "deputy foreign minister"), ("Rapacki", None)]
    assert note_communications("Jelentés [Report] by the embassy, Oct. 3, 1962, MOL, XIX-J-1-j, 003911/1962.") == []


def test_a_list_of_people_that_ends_and_others():
    assert note_communications(
        "Record of conversation, A.I. Mikoyan with Ho Chi Minh, Pham Van Dong, Truong Chinh and others, Hanoi, "
        "3 April 1960, AVPRF, f. 079, op. 15, p. 28, d. 5, ll. 1–22."
    ) == [("1960-04-03", ["A.I. Mikoyan", "Ho Chi Minh", "Pham Van Dong", "Truong Chinh"])]


def test_russian_heads_of_a_report_a_memo_and_a_reference_note():
    assert note_communications(
        "Доклад Р. Алии (Ramiz Alia) о Московском совещании, 2 декабря 1960 г. // AQSH. F. 14/AP. V. 1960. D. 41. "
        "Fl. 3–17."
    ) == [("1960-12-02", ["Р. Алии"])]
    assert note_communications(
        "Памятная записка В.В. Кузнецова о положении в руководстве АПТ, 3 мая 1961 г. // АВП РФ. Ф. 0144. Оп. 21. "
        "Д. 9. П. 105. Л. 4–9."
    ) == [("1961-05-03", ["В.В. Кузнецова"])]
    assert note_communications(
        "Справка И.В. Шикина об албанской печати, 14 июня 1961 г. // АВП РФ. Ф. 0144. Оп. 21. Д. 10. П. 105. Л. 30–41."
    ) == [("1961-06-14", ["И.В. Шикина"])]
    assert note_communications(
        "Памятная записка МИД СССР правительству ДРВ о советских специалистах, 9 июня 1961 г. // АВП РФ. Ф. 079. "
        "Оп. 16. Д. 2. П. 31. Л. 10–12."
    ) == [("1961-06-09", ["МИД СССР", "правительству ДРВ"])]


def test_an_albanian_head_with_one_side_named_only(tmp_path):
    assert note_communications(
        "Procesverbal i bisedës së shokut Gjergj Xhuvani me ambasadorin sovjetik, 9 mars 1961 // AQSH, F. 14/AP, "
        "V. 1961, D. 12, fl. 10–14."
    ) == [("1961-03-09", ["Gjergj Xhuvani"])]
    assert note_communications("Procesverbal i bisedës me ambasadorin sovjetik, 9 mars 1961 // AQSH, F. 14/AP.") == []


def test_a_full_name_in_albanian_letters_joins_russian_initials_its_given_name_begins(tmp_path):
    notes = """
1. Procesverbal i bisedës së shokut Gjergj Xhuvani me ambasadorin sovjetik, 9 mars 1961 // AQSH, F. 14/AP, V. 1961, D. 12, fl. 10–14.

2. Запись беседы советника посольства СССР в Албании Г.Н. Ломакина с Г. Джувани. 12 марта 1961 г. // АВП РФ. Ф. 0144. Оп. 21. Д. 7. П. 105. Л. 30–33.
"""
    assert together(people_in(tmp_path, notes), "Gjergj Xhuvani", "Г. Джувани")
    wife = "\n3. Procesverbal i bisedës së shoqes Nexhmije Xhuvani me ambasadorin sovjetik, 10 mars 1961 // AQSH, F. 14/AP, V. 1961, D. 12, fl. 15.\n"
    people = people_in(tmp_path, notes + wife)
    assert _apart(people, "Nexhmije Xhuvani", "Г. Джувани")
    brother = "\n3. Procesverbal i bisedës së shokut Gani Xhuvani me ambasadorin sovjetik, 10 mars 1961 // AQSH, F. 14/AP, V. 1961, D. 12, fl. 15.\n"
    people = people_in(tmp_path, notes + brother)
    assert _apart(people, "Gjergj Xhuvani", "Г. Джувани") and _apart(people, "Gani Xhuvani", "Г. Джувани")


def test_a_department_with_its_head_named_in_brackets_is_the_heads_record():
    assert participant_roles(
        "Memorandum of the South-East Asia Department (B.P. Miroshnichenko, head) on the situation in Laos, "
        "14 May 1961, AVPRF, f. 079, op. 16, p. 31, d. 9, ll. 3–11."
    ) == [("B.P. Miroshnichenko", "head")]
    assert parse_participant("the Soviet embassy (Beijing)", 0) is None or not parse_participant(
        "the Soviet embassy (Beijing)", 0
    ).text.startswith("Beijing")


def test_a_note_on_the_translation_after_a_name_is_no_role():
    assert participant_roles(
        "Из дневника Б. Баллуку (пер. с алб.), записи от 5 и 9 апреля 1961 г. // AQSH. F. 14/AP. V. 1961. D. 15. "
        "Fl. 3, 8."
    ) == [("Б. Баллуку", None), ("Б. Баллуку", None)]


def test_a_record_of_the_same_day_takes_the_date_of_the_one_before():
    assert note_communications(
        "Record of conversation, V.V. Kuznetsov with K.P.S. Menon, 12 July 1958, AVPRF, f. 090, op. 20, p. 55, d. 8, "
        "ll. 3–7; and Kuznetsov's memorandum to the CC CPSU Presidium of the same day, RGANI, f. 3, op. 12, d. 502, "
        "ll. 10–12."
    ) == [("1958-07-12", ["K.P.S. Menon", "V.V. Kuznetsov"]), ("1958-07-12", ["CC CPSU Presidium", "Kuznetsov"])]


def test_instructions_to_someone_are_a_message():
    assert participant_roles(
        "Winiewicz's instructions to Jerzy Michałowski, Polish permanent representative at the UN, cable, "
        "March 9, 1963, AMSZ, Departament II, w. 44, t. 711, k. 5–6."
    ) == [("Winiewicz", None), ("Jerzy Michałowski", "Polish permanent representative at the UN")]
    assert note_communications("Molotov's instructions were ignored in Pyongyang; see Kowalczyk-Brandt 2009, 55.") == []


def test_a_talk_reported_ibid_is_the_talk_in_the_file_cited_before(tmp_path):
    result = build_notes(
        tmp_path,
        """
1. Szyfrogram nr 3310 z Hawany [Cipher telegram no. 3310 from Havana], B. Jeleń to Rapacki, May 2, 1963, AMSZ, z. 6, w. 43, t. 705, k. 2–4.

2. Dorticós's conversation with Jeleń on Apr. 30, 1963, is reported ibid., k. 5–7.
""",
    )
    second = [e for e in result.extractions if e.note.number == 2][0]
    assert [
        (c.date.iso, sorted(p.mention.text for p in c.participants))
        for cit in second.citations
        for c in cit.communications
    ] == [("1963-04-30", ["Dorticós", "Jeleń"])]
    assert (
        note_communications(
            "Castro's conversation with Wolniak on 25 October 1962 is reported in the press; see Hendry 2001, 4."
        )
        == []
    )
