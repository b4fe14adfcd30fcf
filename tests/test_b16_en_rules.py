"""Rules read from blind set 16 (issue #3) for English notes on East European records, each
checked on notes of its own composition (tests/corpora/dev-b16-en.txt holds more of them)."""

from __future__ import annotations

from conftest import build_notes, note_communications, participant_roles, people_in

from kg1956.extract.citations import extract_note
from kg1956.extract.locators import parse_locator
from kg1956.models import Note


def test_parties_joined_by_dashes_then_the_date_then_the_kind_of_record():
    assert note_communications(
        "Gomułka – Kim Il Sung, 14 June 1957, memorandum of conversation, AAN, KC PZPR, sygn. XI A/88, k. 40–47."
    ) == [("1957-06-14", ["Gomułka", "Kim Il Sung"])]
    assert note_communications(
        "Winiewicz – Fanfani – Gronouski, Rome, 19 November 1966, record of the three-way meeting, AMSZ, z. 27/70, "
        "w. 7, t. 62, k. 5–9."
    ) == [("1966-11-19", ["Fanfani", "Gronouski", "Winiewicz"])]
    assert ("W. Ogrodziński", "Polish ambassador") in participant_roles(
        "Pham Hung – W. Ogrodziński, Polish ambassador, 4 March 1968, record of conversation; AMSZ, Departament II, "
        "sygn. 9/74, k. 11–14."
    )


def test_places_joined_by_dashes_are_no_parties():
    assert note_communications("Warsaw – Hanoi, 3 May 1967, conversation, AMSZ, z. 27/70, w. 8, t. 70, k. 2.") == []


def test_a_writer_with_his_office_set_off_by_commas_on_his_own_conversation():
    assert participant_roles(
        "Károly Szabó, counsellor of the Hungarian embassy in Pyongyang, on his conversation with Pak Song-chol, "
        "14 May 1962, MOL, XIX-J-1-j, Korea, 1962, 11. doboz, 5/d, 004112/1962."
    ) == [("Károly Szabó", "counsellor of the Hungarian embassy in Pyongyang"), ("Pak Song-chol", None)]
    assert note_communications(
        "Václav Kratochvíl, first secretary, memorandum of his conversation with Hoang Van Loi, Hanoi, 2 February 1966, "
        "AMZV, TO-T 1965–1969, Vietnam, k. 2, obal 4, č.j. 0117/66."
    ) == [("1966-02-02", ["Hoang Van Loi", "Václav Kratochvíl"])]
    # the other side named only by role is no person; the delegate's office is his role
    assert participant_roles(
        "Stanisław Kowalczyk, Polish delegate to the ICSC, on his talk with the Indian chairman, 9 April 1965, AMSZ, "
        "z. 27/70, w. 3, t. 22, k. 7–9."
    ) == [("Stanisław Kowalczyk", "Polish delegate to the ICSC")]


def test_one_in_conversation_with_another_then_the_date_and_the_call_number():
    assert note_communications(
        "Le Thanh Nghi in conversation with the Czechoslovak ambassador J. Pudlák, 12 October 1967 (NA, f. "
        "KSČ-ÚV-02/1, sv. 140, a.j. 201)."
    ) == [("1967-10-12", ["J. Pudlák", "Le Thanh Nghi"])]
    assert (
        note_communications(
            "Pham Van Dong in conversation with Western journalists, 1966, repeatedly denied that any talks with "
            "Washington were under way."
        )
        == []
    )


def test_a_department_that_says_not_whose_it_is_is_no_party():
    assert note_communications(
        "N.P. Lazarev (first secretary) to the First European Department, report on the Albanian press, 3 April 1961, "
        "AVPRF, f. 0144, op. 21, p. 93, d. 7, ll. 22–30."
    ) == [("1961-04-03", ["N.P. Lazarev"])]
    assert note_communications(
        "M.A. Suslov to the CC CPSU International Department, letter, 8 July 1963, RGANI, f. 5, op. 55, d. 43, ll. 2–3."
    ) == [("1963-07-08", ["CC CPSU International Department", "M.A. Suslov"])]


def _call_numbers(tmp_path, notes: str) -> dict[int, list[tuple[str, dict[str, str]]]]:
    """Each note's call numbers after back references are resolved."""
    built = build_notes(tmp_path, notes)
    return {
        ex.note.number: [(loc.repository, dict(loc.fields)) for c in ex.citations for loc in c.locators]
        for ex in built.extractions
    }


def test_the_czech_national_archives_pages_are_the_units_leaves():
    loc = parse_locator("NA, f. KSČ-ÚV-02/1, sv. 131, a.j. 190, pp. 12–19.", 0)
    assert loc is not None
    assert dict(loc.fields) == {"fond": "KSČ-ÚV-02/1", "box": "131", "delo": "190", "list": "12–19"}


def test_ibid_with_keys_after_a_record_continues_the_file_cited_before(tmp_path):
    found = _call_numbers(
        tmp_path,
        """
1. Report of the Romanian embassy in Hanoi, 4 May 1968, ANIC, fond CC al PCR – Secția Relații Externe, dosar 71/1968, f. 3–9.

2. Le Duc Tho – Emil Bodnăraș, 19 June 1968, stenogram of conversation, ibid., dosar 74/1968, f. 11–20.

3. Report of the Hungarian embassy in Hanoi to the Foreign Ministry, 9 October 1968, MOL, XIX-J-1-j, Vietnam, 1968, 151. doboz, 5/a, 004410/1968.

4. Imre Tóth, first secretary, on his conversation with Xuan Thuy, 22 October 1968, ibid., 004587/1968.

5. S.V. Chervonenko to M.S. Kapitsa, report, 2 March 1962, AVPRF, f. 0100, op. 55, p. 480, d. 4, ll. 7–9; idem to M.S. Kapitsa, 9 March 1962, ibid ., l. 10.
""",
    )
    assert found[2] == [("ANIC", {"fond": "CC al PCR – Secția Relații Externe", "file": "74/1968", "list": "11–20"})]
    assert found[4] == [("MOL", {"fond": "XIX-J-1-j", "box": "151", "folder": "5/a", "document": "004587/1968"})]
    assert found[5][1] == ("AVPRF", {"fond": "0100", "opis": "55", "papka": "480", "delo": "4", "list": "10"})


def test_a_diary_entry_with_its_call_number_ends_before_the_record_that_follows(tmp_path):
    found = _call_numbers(
        tmp_path,
        """
1. Diary of Sudarikov for 3 March 1962, AVPRF, f. 0102, op. 18, p. 93, d. 5, l. 12; Diary of Sudarikov for 6 March 1962, ibid., ll. 20–21; record of conversation between Sudarikov and Pak Kum-chol, 9 March 1962, ibid., ll. 25–27.
""",
    )
    assert [fields["list"] for _, fields in found[1]] == ["12", "20–21", "25–27"]


def test_a_stenogram_is_the_record_of_a_talk():
    assert note_communications(
        "Stenogram of the talks between Ion Gheorghe Maurer and Zhou Enlai, Beijing, 6 September 1968, ANIC, fond CC "
        "al PCR – Secția Relații Externe, dosar 80/1968, f. 1–25."
    ) == [("1968-09-06", ["Ion Gheorghe Maurer", "Zhou Enlai"])]


def test_the_kind_of_a_message_after_its_date_and_the_ibid_after_it(tmp_path):
    note = (
        "Gomułka to Brezhnev, 12 March 1968, letter, AAN, KC PZPR, sygn. XI A/15, k. 3–5; Kliszko to Gomułka, "
        "14 March 1968, cipher telegram, ibid., k. 6."
    )
    kinds = [c.kind for cit in extract_note(Note("t", 1, note, 1)).citations for c in cit.communications]
    assert kinds == ["letter", "telegram"]
    found = _call_numbers(tmp_path, "1. " + note)
    assert found[1][1] == ("AAN", {"fond": "KC PZPR", "file": "XI A/15", "list": "6"})


def test_an_ibid_with_a_page_after_a_note_citing_an_unread_book_repeats_no_record(tmp_path):
    found = _call_numbers(
        tmp_path,
        """
1. János Kádár, first secretary, memorandum of his conversation with Pham Van Dong, Budapest, 14 November 1967, MOL, XIX-J-1-j, Vietnam, 1967, 146. doboz, 5/d, 004120/1967.

2. The Politburo's answer came only in January; Voss, Brothers in Arms, pp. 88–91, dates it to the 9th.

3. Ibid., p. 92.

4. Ibid., 004121/1967.
""",
    )
    assert found[1] and found[3] == []


def test_the_diarists_name_then_the_word_diary_then_the_days():
    assert note_communications("Rapacki, diary, 3–11 March 1966, AAN, KC PZPR, sygn. XI A/94, k. 10–44.") == [
        ("1966-03", ["Rapacki"])
    ]
    assert note_communications(
        "Jerzy Michałowski, journal, 30 December 1965, AMSZ, z. 27/70, w. 9, t. 71, k. 3–5."
    ) == [("1965-12-30", ["Jerzy Michałowski"])]


def test_a_message_from_an_unnamed_writer_on_the_talk_of_two_others():
    assert note_communications(
        "Cable from Hanoi, 6 December 1966, on the talks between Le Duan and Kosygin of 2 December, AMSZ, z. 27/70, "
        "w. 5, t. 52, k. 14."
    ) == [("1966-12-02", ["Kosygin", "Le Duan"])]
    # a talk of a day later in the year than the message is of the year before
    assert note_communications(
        "Report from Moscow, 3 January 1967, on the conversation of Brezhnev and Le Duan of 28 December, MOL, "
        "XIX-J-1-j, Szovjetunió, 1967, 60. doboz, 4/a, 00021/1967."
    ) == [("1966-12-28", ["Brezhnev", "Le Duan"])]


def test_aufgezeichnet_von_names_the_note_taker_and_his_office():
    note = (
        '"Vermerk über das Gespräch des Genossen Peter Florin mit Pham Van Dong am 14.3.1967," aufgezeichnet von '
        "Attaché H. Weber, PA AA, MfAA, C 1077/70, Bl. 4–9."
    )
    comms = [c for cit in extract_note(Note("t", 1, note, 1)).citations for c in cit.communications]
    assert [(m.text, m.role) for c in comms for m in c.note_takers] == [("H. Weber", "Attaché")]
    assert sorted(p.mention.text for c in comms for p in c.participants) == ["Peter Florin", "Pham Van Dong"]


def test_russian_style_ai_is_the_mccune_reischauer_ae(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Memorandum of conversation between V.I. Pelishenko and Han Son Ai, deputy chairwoman of the Women's Union, 4 March 1957, AVPRF, f. 0102, op. 13, p. 72, d. 6, ll. 44–46.

2. Han Sŏng-ae to the CC CPSU, letter, 9 June 1957, RGANI, f. 5, op. 28, d. 488, ll. 2–4.

3. Ho Ka-i to the CC CPSU, letter, 1 July 1953, RGANI, f. 5, op. 28, d. 12, l. 3.
""",
    )
    assert {"Han Son Ai", "Han Sŏng-ae"} in people
    assert {"Ho Ka-i"} in people


def test_the_writers_possessive_then_the_message_addressed_to_someone():
    assert note_communications(
        "See also Kim Ch'aek's first telegram, sent to Shtykov, 4 July 1950, TsAMO, f. 5, op. 918795, d. 122, l. 41."
    ) == [("1950-07-04", ["Kim Ch'aek", "Shtykov"])]
    assert note_communications(
        "Nam Il's last letter, addressed to the Soviet ambassador, 12 May 1954, AVPRF, f. 0102, op. 10, p. 52, d. 9, "
        "l. 17."
    ) == [("1954-05-12", ["Nam Il"])]
    assert note_communications("Kim Il Sung's second letter, addressed to Stalin, was never answered.") == []


def test_a_dash_chain_of_three_before_the_kind_or_after_the_records_noun():
    assert note_communications(
        "Rapacki – Ha Van Lau – Sullivan, record of the three-way talk, 9 January 1967, AMSZ, z. 27/70, w. 8, t. 72, "
        "k. 20–24."
    ) == [("1967-01-09", ["Ha Van Lau", "Rapacki", "Sullivan"])]
    assert note_communications(
        "Record of conversation, Michałowski – Ha Van Lau – Harriman, 11 January 1967, AMSZ, z. 27/70, w. 8, t. 72, "
        "k. 25–30."
    ) == [("1967-01-11", ["Ha Van Lau", "Harriman", "Michałowski"])]
    assert note_communications(
        "Shcherbakov – Nguyen Duy Trinh, 4 and 6 April 1967, memoranda of conversation, AVPRF, f. 079, op. 22, p. 51, "
        "d. 6, ll. 14–22."
    ) == [("1967-04-04", ["Nguyen Duy Trinh", "Shcherbakov"]), ("1967-04-06", ["Nguyen Duy Trinh", "Shcherbakov"])]


def test_the_writers_office_in_brackets_and_several_people_spoken_with():
    assert participant_roles(
        "J. Pudlák (Czechoslovak ambassador) on his conversation with Le Thanh Nghi, 19 May 1966, AMZV, TO-T "
        "1965–1969, Vietnam, k. 2, obal 5, č.j. 0166/66."
    ) == [("J. Pudlák", "Czechoslovak ambassador"), ("Le Thanh Nghi", None)]
    assert note_communications(
        "Károly Szabó, counsellor, record of his talks with Kim Il and Pak Song-chol, 2 June 1962, MOL, XIX-J-1-j, "
        "Korea, 1962, 11. doboz, 5/d, 004301/1962."
    ) == [("1962-06-02", ["Kim Il", "Károly Szabó", "Pak Song-chol"])]


def test_the_diarists_name_then_diary_then_the_entries():
    assert note_communications(
        "Rapacki, diary, entries of 7 and 9 March 1966, AAN, KC PZPR, sygn. XI A/94, k. 45–52."
    ) == [("1966-03-07", ["Rapacki"]), ("1966-03-09", ["Rapacki"])]


def test_an_ibids_keys_are_read_as_the_archive_cited_before_knows_them(tmp_path):
    found = _call_numbers(
        tmp_path,
        """
1. Report of the Hungarian embassy in Hanoi, 2 March 1968, MOL, XIX-J-1-j, Vietnam, 1968, 150. doboz, 5/b, 001870/1968.

2. Ibid., 151. doboz, 5/c, 002013/1968.

3. Record of the conversation of Todor Zhivkov with Le Duan, 3 October 1966, TsDA, f. 1B, op. 60, a.e. 31, l. 1–14.

4. Ibid., a.e. 32, l. 5.

5. Record of the conversation of Jiří Hendrych with Xuan Thuy, 12 May 1967, NA, f. KSČ-ÚV-02/1, sv. 140, a.j. 199, pp. 1–6.

6. Record of the conversation of Jiří Hendrych with Le Duan, 14 May 1967, ibid., a.j. 201, pp. 3–5.
""",
    )
    assert found[2] == [("MOL", {"fond": "XIX-J-1-j", "box": "151", "folder": "5/c", "document": "002013/1968"})]
    assert found[4] == [("TsDA", {"fond": "1B", "opis": "60", "delo": "32", "list": "5"})]
    assert found[6] == [("NA", {"fond": "KSČ-ÚV-02/1", "box": "140", "delo": "201", "list": "3–5"})]


def test_the_kind_after_the_date_with_its_number():
    note = "Siedlecki to Rapacki, 10 February 1967, cipher telegram no. 1567, AMSZ, z. 27/70, w. 6, t. 60, k. 14."
    kinds = [c.kind for cit in extract_note(Note("t", 1, note, 1)).citations for c in cit.communications]
    assert kinds == ["telegram"]


def test_a_short_title_and_its_page_name_no_periodical():
    from kg1956.extract.works import read_work

    found = read_work('Varga, "Fraternal Quarrels," p. 58', 0)
    assert found is None or found[0].container is None
    article = read_work('Varga, "Fraternal Quarrels," Slavic Review 31, no. 2 (1972): 40–55', 0)
    assert article is not None and article[0].container is not None and article[0].container.title == "Slavic Review"


def test_a_message_sent_on_the_same_day_as_the_record_before():
    assert note_communications(
        "Diary of N.G. Sudarikov, memorandum of conversation with Kim Il Sung, 3 May 1962, AVPRF, f. 0102, op. 18, "
        "p. 93, d. 5, ll. 30–33. On the same day Sudarikov reported the talk to Moscow by telegram."
    ) == [("1962-05-03", ["Kim Il Sung", "N.G. Sudarikov"]), ("1962-05-03", ["Sudarikov"])]
    assert note_communications(
        "Record of conversation between Puzanov and Nam Il, 14 June 1958, AVPRF, f. 0102, op. 14, p. 76, d. 8, "
        "ll. 40–43. The next day Nam Il sent Puzanov the draft communiqué in a letter."
    )[-1] == ("1958-06-15", ["Nam Il"])
    # how it was sent is not said: no message
    assert note_communications(
        "Record of conversation between Puzanov and Nam Il, 14 June 1958, AVPRF, f. 0102, op. 14, p. 76, d. 8, "
        "ll. 40–43. On the same day Puzanov reported the substance of the talk to Moscow."
    ) == [("1958-06-14", ["Nam Il", "Puzanov"])]


def test_a_pair_then_talks_then_the_place_and_date():
    assert note_communications(
        "Zhivkov–Pham Van Dong talks, Sofia, 21 October 1965, minutes, TsDA, f. 1B, op. 60, a.e. 14, l. 20–31."
    ) == [("1965-10-21", ["Pham Van Dong", "Zhivkov"])]


def test_the_report_of_x_on_his_conversation_with_y():
    assert participant_roles(
        "Report of Ambassador Nikolov on his conversation with Xuan Thuy on 11 May 1968, AMVnR, op. 24p, a.e. 1044, "
        "l. 16–20."
    ) == [("Nikolov", "Ambassador"), ("Xuan Thuy", None)]


def test_the_hungarian_box_abbreviated_and_czech_pages():
    mol = parse_locator("MOL, XIX-J-1-j, Vietnam, 1968, 152. d., 5/b, 002988/1968.", 0)
    assert mol is not None
    assert dict(mol.fields) == {"fond": "XIX-J-1-j", "box": "152", "folder": "5/b", "document": "002988/1968"}
    na = parse_locator("Národní archiv (NA), f. KSČ-ÚV-02/1, sv. 150, a.j. 230, s. 4–9.", 0)
    assert na is not None
    assert dict(na.fields) == {"fond": "KSČ-ÚV-02/1", "box": "150", "delo": "230", "list": "4–9"}


def test_a_dash_pair_then_the_date_then_a_record_noun_in_the_archives_language():
    assert participant_roles(
        "Florin (GDR ambassador) – Nguyen Co Thach (deputy foreign minister), 8 August 1967, Vermerk, PA AA, MfAA, "
        "C 1093/70, Bl. 2–6."
    ) == [("Florin", "GDR ambassador"), ("Nguyen Co Thach", "deputy foreign minister")]


def test_the_writers_report_to_someone_on_his_conversation_with_another():
    assert note_communications(
        "Lewandowski's report to Rapacki on his conversation with D'Orlandi, 22 November 1966, AMSZ, z. 27/70, w. 5, "
        "t. 51, k. 62–66."
    ) == [("1966-11-22", ["D'Orlandi", "Lewandowski"])]


def test_the_diarists_possessive_then_the_days():
    assert note_communications("Puzanov's journal, 13 May 1958, AVPRF, f. 0102, op. 14, p. 76, d. 8, ll. 153–155.") == [
        ("1958-05-13", ["Puzanov"])
    ]
    assert note_communications(
        "Ivanov's diary for 2–9 July 1956, AVPRF, f. 0102, op. 12, p. 68, d. 5, ll. 100–131."
    ) == [("1956-07", ["Ivanov"])]


def test_idem_then_a_record_of_conversation_is_recorded_by_the_writer_before(tmp_path):
    built = build_notes(
        tmp_path,
        """
1. Report by S.N. Filatov, counsellor of the embassy, on his conversation with Ri Il-gyong, 6 October 1957, AVPRF, f. 0102, op. 13, p. 72, d. 6, ll. 120–123.

2. Idem, memorandum of conversation with Kim Chang-man, 9 October 1957, ibid., ll. 124–126.
""",
    )
    second = next(ex for ex in built.extractions if ex.note.number == 2)
    comms = [c for cit in second.citations for c in cit.communications]
    assert [(c.date.iso, sorted(p.mention.text for p in c.participants)) for c in comms] == [
        ("1957-10-09", ["Kim Chang-man", "S.N. Filatov"])
    ]
