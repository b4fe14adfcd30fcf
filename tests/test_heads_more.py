"""Heads and sentences of the genre read since blind set 10: diaries cited for a span, the
people present listed in a sentence of their own, ranges of days in a head, and more."""

from __future__ import annotations

from conftest import note_communications

from kg1956.extract.citations import extract_note
from kg1956.models import Note


def test_a_diary_cited_for_a_span_is_one_entry_at_the_precision_both_ends_share():
    assert note_communications("From the diary of N.N. Petrov, Soviet ambassador, 12–19 April 1969, AVPRF, f. 1.") == [
        ("1969-04", ["N.N. Petrov"])
    ]
    assert note_communications("Diary of P.P. Orlov, 28 May – 12 June 1959. AVPRF, f. 0100.") == [
        ("1959", ["P.P. Orlov"])
    ]
    assert note_communications("Дневник И.И. Петрова за период с 1 по 30 апреля 1965 г. // АВП РФ. Ф. 079.") == [
        ("1965-04", ["И.И. Петрова"])
    ]


def test_a_diary_span_followed_by_a_record_or_an_entry_gives_only_those():
    assert note_communications("Diary of V.I. Orlov, 1–20 June 1956, entry 4 June. AVPRF, f. 1.") == [
        ("1956-06-04", ["V.I. Orlov"])
    ]
    assert note_communications(
        "Из дневника посла А.М. Орлова за 5–9 марта 1958 г. Запись беседы с Ким Ир Сеном, 7 марта 1958 г."
    ) == [("1958-03-07", ["А.М. Орлова", "Ким Ир Сеном"])]


def test_surname_then_diary_entries_gives_one_entry_per_date():
    assert note_communications("Orlov, diary entries of 3, 4 and 7 November 1956, in Moscow Years, pp. 142–158.") == [
        ("1956-11-03", ["Orlov"]),
        ("1956-11-04", ["Orlov"]),
        ("1956-11-07", ["Orlov"]),
    ]


def test_people_present_in_a_later_sentence_join_the_conversation():
    found = note_communications(
        "Record of talks between A.N. Petrov and Kim Il Sung, 12 February 1965, RGANI, f. 3, op. 18, d. 344. "
        "Also present were Nam Il and Pak Il-u on the Korean side and Iu.V. Orlov on the Soviet side."
    )
    assert found == [("1965-02-12", ["A.N. Petrov", "Iu.V. Orlov", "Kim Il Sung", "Nam Il", "Pak Il-u"])]
    found = note_communications(
        "Record of conversation between Mao Zedong and Mehmet Shehu, 4 May 1966. Present on the Chinese side: "
        "Zhou Enlai, Kang Sheng; on the Albanian side: Hysni Kapo. AQSH, f. 14/AP."
    )
    assert found == [("1966-05-04", ["Hysni Kapo", "Kang Sheng", "Mao Zedong", "Mehmet Shehu", "Zhou Enlai"])]


def test_present_after_a_head_naming_delegations_gives_the_parties_and_the_shared_date():
    found = note_communications(
        "Minutes of the talks between the Soviet and Polish delegations, Moscow, 18–22 November 1956, RGANI, "
        "f. 3, op. 12, d. 1005, ll. 3–40. Present: N.S. Petrov, N.A. Orlov; W. Nowak, J. Kowalski."
    )
    assert found == [("1956-11", ["J. Kowalski", "N.A. Orlov", "N.S. Petrov", "W. Nowak"])]


def test_present_naming_nobody_adds_nobody():
    found = note_communications(
        "Record of conversation between Zhou Enlai and Kim Il Sung, 23 November 1958. Present were interpreters "
        "from both sides. PRC FMA 106-00412-05, 2–9."
    )
    assert found == [("1958-11-23", ["Kim Il Sung", "Zhou Enlai"])]


def test_a_range_of_days_in_a_head_is_dated_with_what_the_days_share():
    assert note_communications("Запись беседы А.Н. Орлова с Ким Ир Сеном, 22–23.VI.1962 // АВП РФ. Ф. 0570.") == [
        ("1962-06", ["А.Н. Орлова", "Ким Ир Сеном"])
    ]


def test_a_named_body_addressee_with_the_cable_number_after_it():
    assert note_communications("V.P. Orlov to MID USSR, tel. no. 74, 5 February 1968, AVPRF, f. 0146.") == [
        ("1968-02-05", ["MID USSR", "V.P. Orlov"])
    ]
    assert note_communications("Yamada to Kishi, tel, no. 431, 16 August 1955, GGS, file A.1.") == [
        ("1955-08-16", ["Kishi", "Yamada"])
    ]


def test_a_second_conversation_of_c_with_b_after_and_of():
    found = note_communications(
        "Record of conversation of N.A. Orlov with Kōno Ichirō (Minister), 9 May 1956, and of N.S. Petrov with "
        "Kōno, 12 May 1956, RGANI, f. 52, op. 1, d. 594, ll. 3–17."
    )
    assert found == [("1956-05-09", ["Kōno Ichirō", "N.A. Orlov"]), ("1956-05-12", ["Kōno", "N.S. Petrov"])]


def test_russian_writer_dash_addressee_in_the_dative():
    assert note_communications("Орлов – Вышинскому, 28.VIII.1950 // АПРФ. Ф. 3. Оп. 65.") == [
        ("1950-08-28", ["Вышинскому", "Орлов"])
    ]
    assert note_communications("Пузанов – Ким Ир Сен, 5 мая 1958 г.") == []


def test_russian_two_writers_in_the_genitive_joined_by_i():
    assert note_communications("Письмо Ким Ир Сена и Пак Хон Ёна И.В. Орлову, 29 сентября 1950 г. // РГАСПИ.") == [
        ("1950-09-29", ["И.В. Орлову", "Ким Ир Сена", "Пак Хон Ёна"])
    ]


def test_russian_days_listed_before_a_roman_month_give_one_conversation_each():
    found = note_communications("Из дневника В.И. Орлова. Записи бесед с Нам Иром, 2 и 9.XI.1955 // АВП РФ. Ф. 0102.")
    assert [d for d, _ in found] == ["1955-11-02", "1955-11-09"]


def test_ocr_digit_three_for_ze_and_a_declined_surname_before_initials():
    assert note_communications("3апись беседы Орлова Н.С. с Ким Ир Сеном, 12.XI.1957 // РГАНИ. Ф. 52.") == [
        ("1957-11-12", ["Ким Ир Сеном", "Орлова Н.С."])
    ]


def test_a_paper_handed_over_by_one_to_another():
    assert note_communications(
        "Памятная записка, врученная Чжоу Эньлаем послу СССР С.В. Орлову, 2 марта 1965 г. // АВП РФ. Ф. 0100."
    ) == [("1965-03-02", ["С.В. Орлову", "Чжоу Эньлаем"])]
    assert note_communications("Памятная записка МИД ДРВ, переданная советской стороне 12.VII.1966 // АВП РФ.") == [
        ("1966-07-12", ["МИД ДРВ"])
    ]
    assert note_communications("Aide-mémoire handed by Yamada Taro to D.T. Orlov, 13 August 1956, AVPRF, f. 1.") == [
        ("1956-08-13", ["D.T. Orlov", "Yamada Taro"])
    ]


def test_a_capital_after_the_parties_and_a_title_of_rank_are_no_party_nor_role():
    assert note_communications(
        "Информация о беседе А.Н. Орлова с Хо Ши Мином и Фам Ван Донгом, Ханой, 7 февраля 1965 г. // РГАНИ."
    ) == [("1965-02-07", ["А.Н. Орлова", "Фам Ван Донгом", "Хо Ши Мином"])]
    found = extract_note(Note("t", 1, "Запись беседы посла А.Н. Орлова с принцем Суванна Фумой, 4 июля 1962 г.", 1))
    people = [p.mention for c in found.citations for p in c.communications[0].participants]
    assert [(m.text, m.role) for m in people] == [("А.Н. Орлова", "посла"), ("Суванна Фумой", None)]


def test_the_russian_note_taker_after_the_date_is_no_participant_but_his_role_counts():
    found = extract_note(
        Note(
            "t",
            1,
            "Запись беседы Л.И. Орлова с Ле Зуаном, 11 апреля 1965 г. Записал Н.Н. Петров, референт Отдела ЦК КПСС. "
            "// РГАНИ. Ф. 3.",
            1,
        )
    )
    comm = found.citations[0].communications[0]
    assert [p.mention.text for p in comm.participants] == ["Л.И. Орлова", "Ле Зуаном"]
    assert [(t.text, t.role) for t in comm.note_takers] == [("Н.Н. Петров", "референт Отдела ЦК КПСС")]


def test_albanian_record_of_a_conversation_and_of_a_meeting_of_delegations():
    assert note_communications(
        "Procesverbal i bisedës së shokut Enver Hoxha me K.D. Orlov [Record of Comrade Enver Hoxha's conversation "
        "with K.D. Orlov], 8 nëntor 1956, AQSH, f. 14/AP."
    ) == [("1956-11-08", ["Enver Hoxha", "K.D. Orlov"])]
    found = note_communications(
        "Procesverbal i takimit midis delegacionit të PPSh (E. Hoxha, M. Shehu) dhe delegacionit të PKBS (N.S. "
        "Orlov, A.I. Petrov) [Minutes of the meeting between the delegations], Moscow, 12 November 1960, AQSH."
    )
    assert found == [("1960-11-12", ["A.I. Petrov", "E. Hoxha", "M. Shehu", "N.S. Orlov"])]


def test_serbo_croatian_note_on_a_conversation_and_letter_with_roman_month_dates():
    found = extract_note(
        Note(
            "t",
            1,
            "Zabeleška o razgovoru Edvarda Kardelja sa ambasadorom SSSR A. A. Orlovim [Note on a conversation], "
            "3. III 1962, AJ, 507.",
            1,
        )
    )
    comm = found.citations[0].communications[0]
    assert comm.date.iso == "1962-03-03"
    assert [(p.mention.text, p.mention.role) for p in comm.participants] == [
        ("Edvarda Kardelja", None),
        ("A. A. Orlovim", "ambasadorom SSSR"),
    ]
    assert note_communications("Pismo J. B. Tita L. I. Orlovu [Letter from Tito to Orlov], 7. XI 1964, AJ, 837.") == [
        ("1964-11-07", ["J. B. Tita", "L. I. Orlovu"])
    ]


def test_a_covering_letter_that_forwarded_the_record_is_a_record_of_its_own():
    found = note_communications(
        "Informacija o stanju na granici [Information on the border], 2 June 1958, forwarded with a covering "
        "letter from A. Petrović to J. B. Tito, 6 June 1958, AJ, 837."
    )
    assert found == [("1958-06-06", ["A. Petrović", "J. B. Tito"])]


def test_a_capital_with_diacritics_stands_for_its_government_and_ocr_rn_for_m():
    assert note_communications("P'yŏngyang to Moscow, tel. no. 211, 3 July 1966, AVPRF, f. 0102.") == []
    assert note_communications("Memorandurn of conversation between Miki Takeo and A.A. Orlov, 5 May 1969.") == [
        ("1969-05-05", ["A.A. Orlov", "Miki Takeo"])
    ]


def test_a_quoted_head_in_latin_letters_with_its_date_and_an_english_gloss():
    found = note_communications(
        '"Zapis\' besedy tov. Orlova s Kim Ir Senom i Pak Khen Enom, 5 marta 1949 g." [Record of conversation of '
        "Comrade Orlov with Kim Il Sung and Pak Hŏn-yŏng, 5 March 1949], APRF, f. 45, op. 1, d. 346, ll. 13–23."
    )
    assert found == [("1949-03-05", ["Kim Ir Senom", "Orlova", "Pak Khen Enom"])]
    found = note_communications(
        '"Zapis ot razgovora mezhdu Todor Petrov i Kim Ir Sen, Phenyan, 20 oktomvri 1973 g." [Record of the talks], '
        "TsDA, f. 1B, op. 35."
    )
    assert found == [("1973-10-20", ["Kim Ir Sen", "Todor Petrov"])]
    found = note_communications('"Notatka z rozmów tow. Wł. Nowaka z Ho Chi Minhem, 19 VII 1957" [Note], AAN, sygn. 1.')
    assert found == [("1957-07-19", ["Ho Chi Minhem", "Wł. Nowaka"])]


def test_the_writer_before_a_quoted_head_naming_the_other_side_is_the_recorder():
    found = note_communications(
        'A. M. Orlov, "Zapis\' besedy s Kho Ka I" [Record of conversation with Hŏ Ka-i], 2.VI.1948, RGASPI, f. 17.'
    )
    assert found == [("1948-06-02", ["A. M. Orlov", "Kho Ka I"])]
    found = note_communications(
        "See also Orlov's record, “Запись беседы с Председателем ДРВ Хо Ши Мином, 7 мая 1967 г.,” AVPRF, f. 079."
    )
    assert found == [("1967-05-07", ["Orlov", "Хо Ши Мином"])]
    assert (
        note_communications('Tanaka Hiro, "Conversations with Malik, 1955", Journal of Asian History 3 (1990), 1.')
        == []
    )


def test_the_writer_the_kind_and_a_quoted_title_with_no_addressee():
    assert note_communications(
        'Hungarian Embassy in Pyongyang, "A KDNK helyzete" [The situation of the DPRK], report, 1957. március 12., MOL.'
    ) == [("1957-03-12", ["Hungarian Embassy in Pyongyang"])]
    assert note_communications(
        'Report, Soviet Embassy in the DRV, "Political Report for 1966," March 7, 1967, RGANI.'
    ) == [("1967-03-07", ["Soviet Embassy in the DRV"])]
    assert note_communications(
        "Bulgarian Embassy in Pyongyang, annual report for 1968, dated January 1969, AMVnR."
    ) == [("1969-01", ["Bulgarian Embassy in Pyongyang"])]
    assert note_communications("Kim Il Sung, report, 3 May 1956.") == []


def test_a_quoted_title_after_the_kind_of_a_message_to_an_addressee():
    found = note_communications(
        'V. M. Orlov, Soviet ambassador, to A. A. Petrov, report, "O polozhenii v MNR" [On the situation in the MPR], '
        "19 November 1958, AVPRF, f. 0111."
    )
    assert found == [("1958-11-19", ["A. A. Petrov", "V. M. Orlov"])]


def test_a_straight_quoted_title_is_not_split_at_a_full_stop_inside_it():
    assert note_communications(
        'Report of the GDR Embassy in Ulaanbaatar, "Zur Lage nach dem XVI. Parteitag" [On the situation], 20.7.1971, '
        "SAPMO-BArch, DY 30/IV A 2/20/1042, Bl. 5–12."
    ) == [("1971-07-20", ["GDR Embassy in Ulaanbaatar"])]


def test_czech_and_polish_records_whose_other_side_is_named_by_role_only():
    assert note_communications("Záznam o rozhovoru ministra V. Orla s velvyslancem KLDR, 7. 11. 1957, AMZV.") == [
        ("1957-11-07", ["V. Orla"])
    ]
    assert note_communications(
        "Notatka z rozmowy tow. A. Nowaka z ambasadorem KRLD w Warszawie, 12 III 1959, AMSZ."
    ) == [("1959-03-12", ["A. Nowaka"])]


def test_russian_telegram_from_a_place_about_a_subject_and_a_political_letter():
    assert note_communications(
        "Телеграмма посла С.В. Орлова из Пекина о переговорах Чжоу Эньлая с Фам Ван Донгом, 12.III.1965 // АВП РФ."
    ) == [("1965-03-12", ["С.В. Орлова"])]
    assert note_communications("Политическое письмо посольства СССР в ДРВ за 1965 г., 25 января 1966 г. // РГАНИ.") == [
        ("1966-01-25", ["посольства СССР в ДРВ"])
    ]


def test_transliterated_diary_span_with_s_po():
    assert note_communications("Dnevnik posla SSSR A.M. Orlova za period s 1 po 14 noiabria 1957 g., RGANI, f. 5.") == [
        ("1957-11", ["A.M. Orlova"])
    ]


def test_idem_takes_the_writer_but_not_the_role_written_in_the_note_before():
    from kg1956.backrefs import resolve_back_references

    notes = [
        Note("t", 1, "Nowak (Polish ambassador in Hanoi) to Rapacki, szyfrogram, 4 XII 1966, AMSZ, z. 10.", 1),
        Note("t", 2, "Idem to Rapacki, szyfrogram, 9 XII 1966, ibid., k. 8–9.", 2),
    ]
    resolved, _ = resolve_back_references([extract_note(n) for n in notes])
    first, second = (ex.citations[0].communications[0] for ex in resolved)
    assert [(p.mention.text, p.mention.role) for p in first.participants][0] == ("Nowak", "Polish ambassador in Hanoi")
    assert [(p.mention.text, p.mention.role) for p in second.participants] == [("Nowak", None), ("Rapacki", None)]


def test_german_kind_with_a_modifier_and_a_number_and_a_report_of_one_writer():
    assert note_communications(
        "Chiffriertes Telegramm Nr. 37 von Botschafter Orlow an Außenminister Winzer, 9.2.1968, PA AA, MfAA, C 1."
    ) == [("1968-02-09", ["Orlow", "Winzer"])]
    assert note_communications("“Bericht des Genossen Brie über die Lage in der KDVR,” 15. März 1969, PA AA.") == [
        ("1969-03-15", ["Brie"])
    ]
    assert note_communications("Bericht der Botschaft über die Lage, 3. Mai 1960, PA AA.") == []


def test_an_ibid_naming_in_brackets_the_record_on_its_pages():
    from kg1956.backrefs import resolve_back_references

    notes = [
        Note("t", 1, "Письмо Н.С. Орлова В. Гомулке, 7 декабря 1956 г. // АПРФ. Ф. 3. Оп. 64. Д. 489. Л. 5–7.", 1),
        Note("t", 2, "Там же. Л. 8–10 (ответное письмо В. Гомулки Н.С. Орлову от 15 декабря 1956 г.).", 2),
    ]
    resolved, _ = resolve_back_references([extract_note(n) for n in notes])
    second = resolved[1].citations[0]
    assert [(c.date.iso, [p.mention.text for p in c.participants]) for c in second.communications] == [
        ("1956-12-15", ["В. Гомулки", "Н.С. Орлову"])
    ]
    assert second.locators[0].fields[-1] == ("list", "8–10")


def test_a_message_reporting_its_writers_conversation_of_the_previous_day():
    found = note_communications(
        "V.V. Orlov and N.T. Petrov to Moscow, March 29, 1953, reporting their conversation with Mao Zedong of the "
        "previous day, APRF, f. 3, op. 65, d. 830, ll. 97–99."
    )
    assert found == [
        ("1953-03-29", ["N.T. Petrov", "V.V. Orlov"]),
        ("1953-03-28", ["Mao Zedong", "N.T. Petrov", "V.V. Orlov"]),
    ]


def test_a_quoted_diary_entry_recording_the_diarists_conversation_is_that_conversation():
    found = note_communications(
        '"Dnevnik A. M. Orlova za period s 1 po 15 oktiabria 1957 g." [Diary of A. M. Orlov for 1–15 October 1957], '
        "entry for 9 October 1957 recording his conversation with Kim Il Sung, RGANI, f. 5, op. 28, d. 486."
    )
    assert found == [("1957-10-09", ["A. M. Orlova", "Kim Il Sung"])]


def test_hungarian_note_on_the_conversation_held_with_a_named_person():
    found = extract_note(
        Note(
            "t",
            1,
            "Kurimszky Sándor feljegyzése Nam Il külügyminiszterrel folytatott beszélgetéséről, 1955. március 3., "
            "MOL, XIX-J-1-j Korea, 1955, 9. doboz, 5/c, 00831/1955.",
            1,
        )
    )
    comm = found.citations[0].communications[0]
    assert comm.date.iso == "1955-03-03"
    assert [(p.mention.text, p.mention.role) for p in comm.participants] == [
        ("Kurimszky Sándor", None),
        ("Nam Il", "külügyminiszterrel"),
    ]


def test_hungarian_report_after_its_call_number_with_the_place_it_was_written():
    assert note_communications(
        "MOL, XIX-J-1-j Korea, 1954, 8. doboz, 5/b, 05712/1954, Kurimszky Sándor jelentése [report], Phenjan, "
        "1954. október 12."
    ) == [("1954-10-12", ["Kurimszky Sándor"])]


def test_a_quoted_title_naming_a_conversation_then_its_parties_place_and_date():
    assert note_communications(
        '"Notă de convorbire" [Note of conversation], Ion Popescu with Nguyen Duy Trinh [DRV foreign minister], '
        "Bucharest, 12.III.1967, AMAE, fond Vietnam."
    ) == [("1967-03-12", ["Ion Popescu", "Nguyen Duy Trinh"])]


def test_a_paper_prepared_by_one_for_another():
    assert note_communications(
        '"Spravka o polozhenii" [Report on the situation], prepared by Colonel A. M. Orlov for N. G. Petrov, member '
        "of the Military Council, 30 June 1946, TsAMO, f. 172."
    ) == [("1946-06-30", ["A. M. Orlov", "N. G. Petrov"])]
    assert note_communications("Report prepared by the embassy for the Foreign Ministry, 3 May 1960.") == []


def test_a_records_title_after_a_party_and_a_place_after_a_role_are_no_role():
    found = extract_note(
        Note(
            "t",
            1,
            'Report of Orlov T.F. to Petrov V.M., "O khode podgotovki" [On the preparations for elections], '
            "15 October 1946, AVPRF, f. 06.",
            1,
        )
    )
    assert [(p.mention.text, p.mention.role) for p in found.citations[0].communications[0].participants] == [
        ("Orlov T.F.", None),
        ("Petrov V.M.", None),
    ]
    found = extract_note(
        Note(
            "t",
            1,
            "Memorandum of conversation between D. Damba and Zhou Enlai, Premier of the State Council of the PRC, "
            "Ulaanbaatar, 29.V.1960, MFMA, f. 2.",
            1,
        )
    )
    roles = [p.mention.role for p in found.citations[0].communications[0].participants]
    assert roles == [None, "Premier of the State Council of the PRC"]


def test_a_covering_note_located_by_the_sentence_is_cited_not_prose():
    found = note_communications(
        "The Central Committee of the KWP to the CPSU Central Committee, letter, 5 March 1958, RGANI, f. 5, op. 28, "
        "d. 489, ll. 12–18; Orlov's covering note of 11 March 1958 is on l. 11."
    )
    assert found[1] == ("1958-03-11", ["Orlov"])
    assert (
        note_communications("Orlov's conversation with Mao on 2 Oct. 1959 has been discussed often; see Lüthi.") == []
    )


def test_a_hungarian_note_on_a_conversation_dated_in_its_own_title():
    assert note_communications(
        '"Feljegyzés a Pak Szong Csol elvtárssal 1962. október 3-án folytatott beszélgetésről" [Memorandum], '
        "dated 5 October 1962, MOL, XIX-J-1-j, Korea, 1962."
    ) == [("1962-10-03", ["Pak Szong Csol"])]


def test_a_message_on_its_writers_talks_dates_them_only_when_it_says_the_day():
    assert note_communications("V.V. Orlov to Moscow, March 29, 1953, on his talks with Mao Zedong, APRF, f. 3.") == [
        ("1953-03-29", ["V.V. Orlov"])
    ]
    found = note_communications(
        "V.V. Orlov to Moscow, March 29, 1953, reporting his talks with Mao Zedong on 27 March."
    )
    assert found[1] == ("1953-03-27", ["Mao Zedong", "V.V. Orlov"])


def test_ibid_in_cyrillic_with_a_latin_e_is_still_ibid():
    found = extract_note(Note("t", 1, "Там жe. Л. 19–20.", 1))
    assert [c.form for c in found.citations] == ["ibid"]
    assert not [f for f in found.fragments if f.kind == "unparsed"]


def test_a_gost_book_in_sentences_of_its_own_and_an_ibid_after_it():
    from kg1956.backrefs import resolve_back_references

    notes = [
        Note("t", 1, "Шифртелеграмма Т.Ф. Орлова, 4 сентября 1950 г. // АПРФ. Ф. 3. Оп. 65. Д. 827. Л. 10–12.", 1),
        Note("t", 2, "Петров А.А. Китай и Корейская война. М.: Наука, 2003. С. 56–61.", 2),
        Note("t", 3, "Там же. С. 70.", 3),
        Note("t", 4, "Позиция Пекина рассмотрена в: Орлов А.М. СССР и Китай. Stanford, 1999. P. 120–131.", 4),
    ]
    extracted = [extract_note(n) for n in notes]
    book = extracted[1].citations[0]
    assert (book.work.kind, book.work.title, book.work.authors, book.pages) == (
        "book",
        "Китай и Корейская война",
        ("Петров А.А.",),
        "56–61",
    )
    assert extracted[3].citations[0].work.authors == ("Орлов А.М.",)
    assert not [f for ex in extracted for f in ex.fragments if f.kind == "unparsed"]
    resolved, _ = resolve_back_references(extracted)
    ibid = resolved[2].citations[0]
    assert ibid.communications == () and ibid.locators == ()
    assert ibid.work is not None and ibid.work.title == "Китай и Корейская война"


def test_king_stays_a_surname_and_a_word_after_no_is_no_cable_number():
    assert note_communications("Mackenzie King to Truman, letter, 3 May 1947.") == [
        ("1947-05-03", ["Mackenzie King", "Truman"])
    ]
    from kg1956.extract.bare_letters import _NUMBERED

    assert _NUMBERED.match("nothing, 3 May 1947") is None
    assert _NUMBERED.match("no. 74, 5 February 1968") is not None
