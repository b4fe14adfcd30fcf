"""Rules read from blind set 15 (issue #3), each checked on notes of its own: prose before a
name is no role, titles and parties inside a quoted head, Polish and Russian declension of
names, and call numbers."""

from __future__ import annotations

from conftest import build_notes, note_communications, participant_roles, people_in

from kg1956.extract.citations import extract_note
from kg1956.extract.locators import parse_locator
from kg1956.models import Note
from kg1956.romanize import base_forms


def test_prose_before_a_name_is_no_role():
    assert ("Molotov", None) in participant_roles(
        "Record of conversation between Charles E. Bohlen and V.M. Molotov, 9 May 1954, FRUS, 1952–1954, 7:1120–22; "
        "for Molotov's own account of the talk see his note, Molotov to Khrushchev, telegram, 10 May 1954."
    )
    assert ("Gromyko", None) in participant_roles(
        "On Gromyko's first reading of the proposal see Gromyko to Molotov, telegram, 12 April 1954."
    )


def test_a_title_after_a_sentence_ending_in_a_colon_is_the_role():
    assert ("S.A. Vinogradov", "Soviet Ambassador") in participant_roles(
        "The French text that Pineau handed over differs in one clause: Soviet Ambassador S.A. Vinogradov to "
        "Molotov, telegram, 2 August 1955, AVPRF, f. 0136, op. 39, p. 212, d. 4, ll. 77–79."
    )


def test_a_message_whose_head_names_its_writers_earlier_talk_is_the_message_and_the_talk():
    assert note_communications(
        "Report, Antonín Novotný to the Presidium of the CC KSČ on his conversation with Walter Ulbricht of "
        "12 March, 20 March 1958, NA, f. KSČ-ÚV-02/2, sv. 171, a.j. 230, b. 4."
    ) == [
        ("1958-03-20", ["Antonín Novotný", "Presidium of the CC KSČ"]),
        ("1958-03-12", ["Antonín Novotný", "Walter Ulbricht"]),
    ]
    assert note_communications(
        "Letter, Józef Cyrankiewicz to Otto Grotewohl about his talks with Zhou Enlai of 9 April, 16 April 1957, "
        "AAN, KC PZPR, sygn. 2811, k. 5–9."
    ) == [
        ("1957-04-16", ["Józef Cyrankiewicz", "Otto Grotewohl"]),
        ("1957-04-09", ["Józef Cyrankiewicz", "Zhou Enlai"]),
    ]


def test_the_writer_after_a_quoted_title_of_a_conversation_recorded_it():
    assert ("Henryk Grochulski", "counsellor of the embassy") in participant_roles(
        '"Note on a conversation with Ambassador P.F. Iudin, 14 May 1958" ["Notatka z rozmowy z ambasadorem '
        'ZSRR, 14 maja 1958 r."], by Henryk Grochulski, counsellor of the embassy, AMSZ, z. 11, w. 47, '
        "t. 630, k. 12–15."
    )
    assert (
        note_communications(
            '"A Conversation with Mao Zedong, 1 October 1957" [Beseda s Mao Tszedunom], by Roy Medvedev, '
            "Voprosy istorii 9 (1990): 44–52."
        )
        == []
    )


def test_a_delegation_whose_members_are_named_in_brackets_is_its_members():
    assert note_communications(
        '"Record of the talks between Ulbricht and Grotewohl and the Chinese delegation (Peng Zhen, Chen Yi), '
        'Berlin, 4 May 1959", SAPMO-BArch, DY 30/IV 2/20/118, Bl. 1–22.'
    ) == [("1959-05-04", ["Chen Yi", "Grotewohl", "Peng Zhen", "Ulbricht"])]
    assert note_communications(
        "Record of conversation between V.V. Kuznetsov and the Indian delegation (K.P.S. Menon), 9 June 1955, "
        "AVPRF, f. 090, op. 17, p. 57, d. 11, ll. 4–9."
    ) == [("1955-06-09", ["K.P.S. Menon", "V.V. Kuznetsov"])]


def test_the_office_beside_a_writer_is_dated_by_his_message_not_by_the_talk_it_reports():
    roles = [
        (c.date.iso, p.mention.text, p.mention.role)
        for cit in extract_note(
            Note(
                "t",
                1,
                "S.V. Chervonenko (Soviet ambassador in Beijing) to Gromyko, 14 February 1960, reporting his "
                "conversation with Chen Yi of the previous day, AVPRF, f. 0100, op. 53, p. 454, d. 8, ll. 30–33.",
                1,
            )
        ).citations
        for c in cit.communications
        for p in c.participants
        if p.mention.role
    ]
    assert roles == [("1960-02-14", "S.V. Chervonenko", "Soviet ambassador in Beijing")]


def test_a_surname_alone_in_the_polish_genitive_has_its_nominative_but_a_womans_surname_stays():
    assert base_forms("Ochaba") == ["Ochab"]
    assert base_forms("Cyrankiewicza") == ["Cyrankiewicz"]
    assert base_forms("Gomułki") == ["Gomułka"]
    for woman in ("Kowalska", "Popova", "Kosygina"):
        assert base_forms(woman) == []
    assert base_forms("Zawadzki") == []  # a nominative in -ki


def test_a_declined_surname_before_its_initials_joins_the_nominative_either_way_round(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Запись беседы Брежнева Л.И. с Кадаром Я., 14 мая 1965 г. // РГАНИ. Ф. 80. Оп. 1. Д. 330. Л. 5–9.

2. Запись беседы Я. Кадара с А.А. Громыко, 2 июня 1965 г. // РГАНИ. Ф. 80. Оп. 1. Д. 331. Л. 1–3.

3. Запись беседы Фурцевой Е.А. с Брежневой Г.Л., 5 октября 1975 г. // РГАНИ. Ф. 5. Оп. 68. Д. 1920. Л. 11–14.

4. "Record of conversation between Piotr Jaroszewicz and A.N. Kosygin, Moscow, 12 March 1965" ["Notatka z
rozmowy Jaroszewicza z Kosyginem, Moskwa, 12 marca 1965 r."], AAN, KC PZPR, sygn. 3012, k. 40–46.
""",
    )
    assert {"Кадаром Я.", "Я. Кадара"} <= next(p for p in people if "Я. Кадара" in p)
    assert {"Piotr Jaroszewicz", "Jaroszewicza"} <= next(p for p in people if "Jaroszewicza" in p)
    brezhnev = next(p for p in people if "Брежнева Л.И." in p)
    assert "Брежневой Г.Л." not in brezhnev


def test_the_library_of_congress_by_its_initials_keeps_its_keyed_reels_boxes_and_folders():
    reel = parse_locator("Dmitrii A. Volkogonov Papers, LC, reel 19.", 0)
    assert reel is not None and (reel.repository, reel.fields) == ("LC", (("reel", "19"),))
    box = parse_locator("W. Averell Harriman Papers, LC, box 285, folder 4.", 0)
    assert box is not None and (box.repository, dict(box.fields)) == ("LC", {"box": "285", "folder": "4"})
    assert parse_locator("The LC transliteration of Russian names is used throughout.", 0) is None


def test_a_writer_then_a_quoted_glossed_head_whose_leaves_are_ibid_is_his_record_in_the_file_before(tmp_path):
    built = build_notes(
        tmp_path,
        """
1. Stefan Jędrychowski to Józef Winiewicz, letter, 2 March 1958, AMSZ, z. 23, w. 31, t. 402, k. 1–5.

2. Jędrychowski, "Note on a conversation with Comrade Chen Yi on 27 February 1958" ["Notatka z rozmowy z
wicepremierem ChRL w dniu 27 lutego 1958 r."], ibid., k. 6–10.
""",
    )
    second = [c for e in built.extractions if e.note.number == 2 for c in e.citations]
    assert [(c.date.iso, sorted(p.mention.text for p in c.participants)) for d in second for c in d.communications] == [
        ("1958-02-27", ["Chen Yi", "Jędrychowski"])
    ]
    assert [dict(loc.fields) for d in second for loc in d.locators] == [
        {"fond": "23", "box": "31", "folder": "402", "list": "6–10"}
    ]


def test_a_colon_after_the_addressee_before_the_quoted_title_ends_the_addressee():
    assert note_communications(
        "Jan Pudlák, Czechoslovak ambassador in Beijing, to Václav David: "
        '"Report on the Chinese press and the Hungarian question" ["Zpráva o čínském tisku a maďarské otázce"], '
        "9 January 1957, AMZV, TO-T 1955–1959, Čína, k. 3, obal 5, č.j. 0117/57."
    ) == [("1957-01-09", ["Jan Pudlák", "Václav David"])]
    assert note_communications("Gromyko to Molotov: the draft was returned unsigned, 23 July 1953.") == []


def test_talks_that_continued_on_further_days_are_the_same_talk_on_each_day():
    assert note_communications(
        "Record of conversation between Nikita Khrushchev and Josip Broz Tito, Brioni, 2 August 1956, RGANI, f. 52, "
        "op. 1, d. 581, ll. 1–12; the talks were resumed on 4 and 6 August (ibid., ll. 13–30)."
    ) == [
        ("1956-08-02", ["Josip Broz Tito", "Nikita Khrushchev"]),
        ("1956-08-04", ["Josip Broz Tito", "Nikita Khrushchev"]),
        ("1956-08-06", ["Josip Broz Tito", "Nikita Khrushchev"]),
    ]
    assert (
        note_communications(
            "The talks continued on many occasions in the following years; see Rajak, Yugoslavia and the Soviet "
            "Union, 170."
        )
        == []
    )


def test_an_ibid_with_a_volume_and_page_points_to_a_book_and_repeats_no_call_number(tmp_path):
    built = build_notes(
        tmp_path,
        """
1. Iudin to Gromyko, telegram, 22 July 1958, AVPRF, f. 0100, op. 51, p. 432, d. 6, ll. 88–93.

2. Mao Zedong nianpu, 1949–1976 [Chronicle of Mao Zedong's life] (Beijing: Zhongyang wenxian chubanshe, 2013),
3:380, dates the meeting a day later. Ibid., 3:381.
""",
    )
    second = [c for e in built.extractions if e.note.number == 2 for c in e.citations]
    assert [loc for c in second for loc in c.locators] == []
    assert [comm for c in second for comm in c.communications] == []


def test_a_mol_folder_with_two_letters_and_the_ocrs_space_before_a_leafs_stop():
    mol = parse_locator("MOL, XIX-J-1-j, Vietnam, 1958, 3. doboz, 4/cb, 001233/1958.", 0)
    assert mol is not None and dict(mol.fields)["folder"] == "4/cb"
    located = [
        dict(loc.fields)
        for cit in extract_note(
            Note(
                "t",
                1,
                "Запись беседы А.М. Пузанова с Ким Ир Сеном, 14 апреля 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 75. "
                "Д. 8. Л . 50–52.",
                1,
            )
        ).citations
        for loc in cit.locators
    ]
    assert located == [{"fond": "0102", "opis": "14", "papka": "75", "delo": "8", "list": "50–52"}]


def test_an_ibid_after_a_work_cited_only_short_points_to_that_work(tmp_path):
    built = build_notes(
        tmp_path,
        """
1. Puzanov to Gromyko, telegram, 3 May 1958, AVPRF, f. 0102, op. 14, p. 75, d. 9, ll. 12–14.

2. Person, Sino-Soviet Relations and the Korean Workers' Party, 58.

3. Ibid., 62.
""",
    )
    third = [c for e in built.extractions if e.note.number == 3 for c in e.citations]
    assert [loc for c in third for loc in c.locators] == []


def test_a_nara_series_named_in_words_is_no_file():
    loc = parse_locator("NARA, RG 59, Subject Numeric Files 1967–69, box 1987.", 0)
    assert loc is not None and dict(loc.fields) == {"fond": "RG 59", "box": "1987"}
    decimal = parse_locator("NARA, RG 59, 795.00/6-1853, box 4269.", 0)
    assert decimal is not None and dict(decimal.fields)["document"] == "795.00/6-1853"


def test_a_tna_series_and_piece_then_the_registrys_file():
    loc = parse_locator(
        "Trevelyan (Peking) to Foreign Office, telegram, 14 June 1955, TNA, FO 371/115176, FC 1071/23.", 0
    )
    assert loc is not None and (loc.repository, dict(loc.fields)) == (
        "TNA",
        {"fond": "FO 371", "file": "115176", "document": "FC 1071/23"},
    )
    piece = parse_locator("TNA, FO 371/186983.", 0)
    assert piece is not None and dict(piece.fields) == {"fond": "FO 371", "file": "186983"}


def test_idem_to_another_addressee_on_the_same_date(tmp_path):
    built = build_notes(
        tmp_path,
        """
1. Wilhelm Pieck to Kim Il Sung, letter, 6 July 1955, SAPMO-BArch, NY 4036/585, Bl. 20–22; idem to Nam Il, letter,
same date, ibid., Bl. 23.
""",
    )
    comms = [
        (c.date.iso, sorted(p.mention.text for p in c.participants))
        for e in built.extractions
        for cit in e.citations
        for c in cit.communications
    ]
    assert comms == [("1955-07-06", ["Kim Il Sung", "Wilhelm Pieck"]), ("1955-07-06", ["Nam Il", "Wilhelm Pieck"])]
