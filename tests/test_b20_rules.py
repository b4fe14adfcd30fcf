"""Rules read from blind set 20 (issue #3), each checked on notes of its own: call numbers and
records cited in square brackets inside prose, talks told with "summoned" or "met" (two who
speak, a party's body as the other side), "to X for Y", Russian messages by their two ends with
roles or to a body, the Polish "Wł." beside "W.", a state's acronym ending a role, and the
note-taker of a Polish record; with the phrasings that must stay as they were."""

from __future__ import annotations

from conftest import note_communications, participant_roles, people_in, together

from kg1956.extract.citations import extract_note
from kg1956.extract.locators import parse_locator
from kg1956.models import Note


def _apart(people: list[set[str]], a: str, b: str) -> bool:
    return not any({a, b} <= p for p in people)


def test_a_call_number_closed_by_a_square_bracket_keeps_its_leaves():
    loc = parse_locator("AVPRF, f. 0100, op. 45, p. 318, d. 21, ll. 33–37]", 0)
    assert loc is not None and dict(loc.fields)["list"] == "33–37"
    assert loc.text.endswith("ll. 33–37")
    loc = parse_locator("PRC FMA 109-00350-04, 5–11]", 0)
    assert loc is not None and dict(loc.fields) == {"document": "109-00350-04", "list": "5–11"}
    loc = parse_locator("AAN, KC PZPR, sygn. XI A/95, k. 2–4]", 0)
    assert loc is not None and dict(loc.fields)["list"] == "2–4"


def test_a_talk_told_with_summoned_and_its_record_in_square_brackets():
    text = (
        "Late on 14 May 1952 Zhou Enlai summoned A.S. Paniushkin to tell him that the talks could not wait "
        "[Record of conversation, 14 May 1952, AVPRF, f. 0100, op. 45, p. 318, d. 21, ll. 33–37]."
    )
    assert note_communications(text) == [("1952-05-14", ["A.S. Paniushkin", "Zhou Enlai"])]


def test_two_who_met_a_party_body():
    text = (
        "On 9 March 1953 Chen Yun and Li Fuchun met the Presidium of the CC CPSU "
        "[Chinese record, PRC FMA 109-00350-04, 5–11]."
    )
    assert note_communications(text) == [("1953-03-09", ["Chen Yun", "Li Fuchun", "Presidium of the CC CPSU"])]


def test_a_meeting_told_in_prose_with_a_book_in_brackets_yields_nothing():
    assert note_communications("In 1957 Mao met Khrushchev in Moscow several times [see Lorrimer, Warsaw, 88].") == []
    assert (
        note_communications("Mao received Yudin on 22 July 1958 (see Lorrimer, Warsaw's Long Autumn, 2012, p. 70).")
        == []
    )


def test_a_polish_record_in_square_brackets_inside_prose():
    text = (
        "The visit was called off on 4 June 1958 [Notatka z rozmowy J. Cyrankiewicza z wiceministrem "
        "M. Naszkowskim, 4 VI 1958 r., AMSZ, z. 7, w. 12, t. 140, k. 9–12]."
    )
    assert note_communications(text) == [("1958-06-04", ["J. Cyrankiewicza", "M. Naszkowskim"])]


def test_a_translated_title_in_square_brackets_is_no_second_record():
    text = (
        "Notatka z rozmowy J. Cyrankiewicza z E. Ochabem, 6 VI 1958 r. [Record of the conversation with "
        "Ochab, 6 June 1958], AAN, KC PZPR, sygn. XI A/90, k. 3–8."
    )
    assert note_communications(text) == [("1958-06-06", ["E. Ochabem", "J. Cyrankiewicza"])]


def test_a_telegram_to_one_man_for_another():
    text = "Ciphered telegram, Gromyko to Iudin for Zhou Enlai, 12 June 1958, AVPRF, f. 0100, op. 51, p. 430, d. 2."
    assert note_communications(text) == [("1958-06-12", ["Gromyko", "Iudin", "Zhou Enlai"])]
    text = "Telegram, Gromyko to Iudin for Beijing, 12 June 1958, AVPRF, f. 0100, op. 51, p. 430, d. 2."
    assert note_communications(text) == [("1958-06-12", ["Gromyko", "Iudin"])]  # a place: no one more


def test_others_unnamed_after_the_last_name():
    text = (
        "Record of conversation of Comrade A.I. Mikoian with Comrade Edward Ochab and other Polish leaders, "
        "21 October 1956, APRF, f. 3, op. 64, d. 483, ll. 7–19."
    )
    assert note_communications(text) == [("1956-10-21", ["A.I. Mikoian", "Edward Ochab"])]


def test_see_the_report_of_after_what_it_is_for():
    text = (
        "For Kang Sheng's visit to Moscow see the report of V.V. Vaskov, counsellor of the embassy, 2 March 1958, "
        "AVPRF, f. 0100, op. 51, p. 431, d. 12, ll. 40–44."
    )
    assert note_communications(text) == [("1958-03-02", ["V.V. Vaskov"])]
    assert participant_roles(text) == [("V.V. Vaskov", "counsellor of the embassy")]


def test_russian_messages_by_their_two_ends_with_roles_or_to_a_body():
    text = "Е.А. Фурцева — в ЦК КПСС, 2 марта 1957 г. (шифртелеграмма из Варшавы) // РГАНИ. Ф. 5. Оп. 30. Д. 199."
    comms = [c for cit in extract_note(Note("t", 1, text, 1)).citations for c in cit.communications]
    assert [(c.kind, sorted(p.mention.text for p in c.participants)) for c in comms] == [
        ("telegram", ["Е.А. Фурцева", "ЦК КПСС"])
    ]
    text = (
        "Я. Кадар (Первый секретарь ЦК ВСРП) — послу СССР в ВНР Е.И. Громову, 9 мая 1958 г. // АВП РФ. "
        "Ф. 077. Оп. 40. П. 205. Д. 8. Л. 2–3."
    )
    assert participant_roles(text) == [("Я. Кадар", "Первый секретарь ЦК ВСРП"), ("Е.И. Громову", "послу СССР в ВНР")]
    text = "Шелепин — Хрущеву, донесение о выезде делегации, 7 мая 1958 г. // ЦА ФСБ. Ф. 5-ос. Оп. 2. Д. 44. Л. 18."
    assert note_communications(text) == [("1958-05-07", ["Хрущеву", "Шелепин"])]


def test_two_capitals_joined_by_a_dash_are_no_message():
    assert note_communications("Москва — в Пекин, 7 мая 1958 г., см. выше.") == []


def test_the_polish_initial_with_l_stroke_is_the_plain_initials(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Notatka z rozmowy tow. Wł. Bieńkowskiego z tow. S. Jędrychowskim, 3 II 1957 r., AAN, KC PZPR, sygn. XI A/95, k. 2–4.

2. List W. Bieńkowskiego do S. Jędrychowskiego, 8 II 1957 r., AAN, KC PZPR, sygn. XI A/95, k. 5.
""",
    )
    assert together(people, "Wł. Bieńkowskiego", "W. Bieńkowskiego")
    people = people_in(
        tmp_path,
        """
1. Notatka z rozmowy tow. Wł. Bieńkowskiego z tow. S. Jędrychowskim, 3 II 1957 r., AAN, KC PZPR, sygn. XI A/95, k. 2–4.

2. List S. Bieńkowskiego do S. Jędrychowskiego, 8 II 1957 r., AAN, KC PZPR, sygn. XI A/95, k. 5.
""",
    )
    assert _apart(people, "Wł. Bieńkowskiego", "S. Bieńkowskiego")  # other initials: a namesake


def test_a_state_acronym_ends_a_role_with_no_name():
    text = (
        "Notatka z rozmowy wiceministra M. Naszkowskiego z chargé d'affaires KRL-D, 2 III 1961 r., "
        "AMSZ, z. 11, w. 50, t. 690, k. 1–3."
    )
    assert note_communications(text) == [("1961-03-02", ["M. Naszkowskiego"])]


def test_the_note_taker_of_a_polish_record_and_his_office():
    text = (
        "Notatka z rozmowy tow. J. Cyrankiewicza z tow. Chen Yunem, 11 VI 1958 r. (notował Józef Winiewicz, "
        "wiceminister), AAN, KC PZPR, sygn. XI A/97, k. 14–19."
    )
    cits = extract_note(Note("t", 1, text, 1)).citations
    takers = [(t.text, t.role) for c in cits for comm in c.communications for t in comm.note_takers]
    assert takers == [("Józef Winiewicz", "wiceminister")]
    assert [dict(loc.fields)["file"] for c in cits for loc in c.locators] == ["XI A/97"]  # one citation


def test_loc_is_the_library_of_congress_by_its_initials():
    loc = parse_locator("LOC, reel 12", 0)
    assert loc is not None and loc.repository == "LOC" and dict(loc.fields) == {"reel": "12"}


def test_a_hungarian_surname_in_a_soft_sign_declined_in_russian(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Запись беседы Ю.В. Андропова с Ференцем Надем, 12 марта 1957 г. // АВП РФ. Ф. 077. Оп. 38. П. 198. Д. 4. Л. 7–9.

2. Письмо Ф. Надя Ю.В. Андропову, 14 марта 1957 г. // ГАРФ. Ф. Р-5446. Оп. 99. Д. 12. Л. 3.

3. Запись беседы Ю.В. Андропова с Имре Надем, 20 марта 1957 г. // АВП РФ. Ф. 077. Оп. 38. П. 198. Д. 4. Л. 10.
""",
    )
    assert together(people, "Ференцем Надем", "Ф. Надя")
    assert _apart(people, "Имре Надем", "Ф. Надя")  # another given name: a namesake
    assert _apart(people, "Имре Надем", "Ференцем Надем")


def test_the_polish_genitive_of_a_chinese_name_joins_its_pinyin(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Ciphered telegram, Gromyko to Iudin for Zhou Enlai, 12 June 1958, AVPRF, f. 0100, op. 51, p. 430, d. 2, ll. 14–15.

2. List J. Cyrankiewicza do Czou En-laja, 3 III 1959 r., AAN, KC PZPR, sygn. XI A/99, k. 1–2.
""",
    )
    assert together(people, "Czou En-laja", "Zhou Enlai")


def test_a_surname_written_alike_after_initials_and_a_given_name_is_no_declined_stem(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Karel Klos, Záznam o rozhovoru s velvyslancem SSSR s. Ivanovem dne 8. 9. 1956, AMZV, TO-T, k. 2, obal 4.

2. Telegram, Klos to V. David, 27. 1. 1959, AMZV, TO-T, k. 3, obal 1.

3. Record of conversation between ambassador K. Klos and Qiao Xiaoguang, 2. 3. 1960, AMZV, TO-T, k. 3, obal 2.
""",
    )
    assert together(people, "Karel Klos", "K. Klos", "Klos")  # no stem "Klo" guessed for either


def test_a_polish_cable_from_a_place_and_a_cryptonym_in_polish_quotes(tmp_path):
    text = "Szyfrogram J. Knothego z Pekinu, 26 VII 1963 r., AMSZ, z. 11, w. 55, t. 760, k. 4–6."
    assert note_communications(text) == [("1963-07-26", ["J. Knothego"])]
    assert note_communications("Szyfrogram J. Knothego z tow. Chen Yi, 26 VII 1963 r., AMSZ, z. 11.") == []
    people = people_in(
        tmp_path,
        """
1. Szyfrogram „Odra” [H. Grochulskiego] do Rapackiego, 9 I 1958 r., AMSZ, z. 11, w. 47, t. 619, k. 3.

2. Notatka z rozmowy H. Grochulskiego z A.A. Gromyką, 2 II 1958 r., AMSZ, z. 11, w. 47, t. 619, k. 7.
""",
    )
    assert together(people, "Odra", "H. Grochulskiego")


def test_a_talk_told_in_russian_prose_with_its_record_in_brackets():
    text = (
        "3 апреля 1957 г. Е.И. Громов сообщил Мюнниху о решении Москвы "
        "[запись беседы: АВП РФ. Ф. 077. Оп. 40. П. 205. Д. 3. Л. 11–13]."
    )
    assert note_communications(text) == [("1957-04-03", ["Е.И. Громов", "Мюнниху"])]
    text = "3 апреля 1957 г. Е.И. Громов сообщил Мюнниху о решении Москвы (см.: Мусатов В.Л. Предвестники. М., 1996. С. 70)."
    assert note_communications(text) == []  # a book in the brackets: the author's remark


def test_a_report_named_by_its_title_then_its_signer():
    text = "Embassy annual report for 1957, signed by Iudin, 30 January 1958, AVPRF, f. 0100, op. 51, p. 430, d. 1."
    assert note_communications(text) == [("1958-01-30", ["Iudin"])]
    text = (
        "Политический отчет посольства СССР в ПНР за 1957 г. (подписан П.К. Пономаренко), 10 февраля 1958 г. "
        "// АВП РФ. Ф. 0122. Оп. 42. П. 330. Д. 2. Л. 1–70."
    )
    assert note_communications(text) == [("1958-02-10", ["П.К. Пономаренко"])]
    text = "The treaty, signed by Zhou Enlai, 14 February 1950, is printed in Renmin Ribao the next day."
    assert note_communications(text) == []


def test_the_next_record_of_a_list_after_the_records_of():
    text = (
        "See the records of V.V. Kuznetsov's conversations with Zhang Wentian on 4 May 1952, AVPRF, f. 0100, "
        "op. 45, p. 317, d. 9, ll. 1–6; and of Molotov's talk with Zhang Wentian and Wang Jiaxiang on 6 May 1952, "
        "AVPRF, f. 06, op. 14, p. 8, d. 101, ll. 3–9."
    )
    assert note_communications(text)[-1] == ("1952-05-06", ["Molotov", "Wang Jiaxiang", "Zhang Wentian"])


def test_a_declined_surname_in_polish_letters_joins_the_english_surname_alone(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Notatka z rozmowy tow. J. Cyrankiewicza z tow. N. Chruszczowem, 12 V 1959 r., AAN, KC PZPR, sygn. XI A/101, k. 1–9.

2. Record of conversation between Khrushchev and Cyrankiewicz, 13 May 1959, RGANI, f. 52, op. 1, d. 592, ll. 3–11.

3. Szyfrogram F. Grossego z Warszawy, 20 V 1959 r., AMSZ, z. 11, w. 52, t. 702, k. 4.

4. Record of conversation between Fritz Grosse and Cyrankiewicz, 22 May 1959, SAPMO-BArch, DY 30/IV 2/20/140, Bl. 5.
""",
    )
    assert together(people, "N. Chruszczowem", "Khrushchev")
    assert together(people, "F. Grossego", "Fritz Grosse")


def test_a_participant_named_in_full_later_in_the_note(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Gromyko's conversation with Liu Xiao (PRC ambassador), 2 June 1956, AVPRF, f. 0100, op. 49, p. 410, d. 7, ll. 3–5. The Soviet record names the deputy minister in full as A.A. Gromyko.

2. Molotov's conversation with Liu Xiao, 3 June 1956, AVPRF, f. 0100, op. 49, p. 410, d. 7, ll. 6. The author's name is given in full as I.I. Petrov.
""",
    )
    assert together(people, "Gromyko", "A.A. Gromyko")
    assert not any("I.I. Petrov" in p for p in people)  # no participant of that surname: no one


def test_the_note_taker_after_the_records_published_translation():
    text = (
        "Record of conversation between Molotov and Zhang Wentian, 9 May 1952, AVPRF, f. 06, op. 14, p. 8, d. 102, "
        "ll. 1–6; translated in CWIHP Bulletin, no. 16 (2008), 40–42. Recorded by A.M. Ledovskii, interpreter."
    )
    cits = extract_note(Note("t", 1, text, 1)).citations
    takers = [(t.text, t.role) for c in cits for comm in c.communications for t in comm.note_takers]
    assert takers == [("A.M. Ledovskii", "interpreter")]


def test_a_polish_protocol_of_a_talk_of_a_delegation_named_by_its_members():
    text = (
        "Protokół rozmowy delegacji KC KPZR (A. Mikojan, Ł. Kaganowicz, M. Susłow) z Sekretariatem KC PZPR, "
        "21 X 1956 r., AAN, KC PZPR, sygn. 2633, k. 1–22."
    )
    assert note_communications(text) == [
        ("1956-10-21", ["A. Mikojan", "M. Susłow", "Sekretariatem KC PZPR", "Ł. Kaganowicz"])
    ]
    text = (
        "Protokół rozmowy delegacji KC KPZR (Moskwa, 1956) z Sekretariatem KC PZPR, 21 X 1956 r., AAN, "
        "KC PZPR, sygn. 2633, k. 1–22."
    )
    assert note_communications(text) == []  # no one named in the bracket: the body alone is no talk


def test_a_valedictory_report():
    text = "Iudin's valedictory report of 20 October 1959, AVPRF, f. 0100, op. 52, p. 444, d. 9, ll. 1–35."
    assert note_communications(text) == [("1959-10-20", ["Iudin"])]
