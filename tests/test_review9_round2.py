"""Counter-examples from review 9 of the eighth session's second-round rules, on notes of our own:
each once made an invented letter, a talk on the record's own date, a man counted twice, a wrong
Hungarian locator, a person taken for a place or a person taken for an office."""

from __future__ import annotations

from conftest import build_notes, note_communications, people_in, talks_in

from kg1956.extract.citations import extract_note
from kg1956.models import Note


def _letters(built, number: int) -> list[tuple[str | None, list[str]]]:
    return [
        (c.date.iso if c.date else None, sorted(p.mention.text for p in c.participants))
        for ex in built.extractions
        if ex.note.number == number
        for cit in ex.citations
        for c in cit.communications
    ]


def test_idem_after_someone_elses_reply_is_not_the_first_letters_writer(tmp_path):
    """ "Mao's reply is in APRF, …. Idem to Zhou Enlai": the Idem is Mao, or no one; never Khrushchev."""
    built = build_notes(
        tmp_path,
        "1. Khrushchev to Mao, 2 August 1958, APRF, f. 45, op. 1, d. 331, ll. 7-9; Mao's reply is in "
        "APRF, f. 45, op. 1, d. 332, ll. 1-2. Idem to Zhou Enlai, 6 August 1958.\n\n"
        "2. Ulbricht to Khrushchev, 19 January 1961, SAPMO-BArch, DY 30/3510; Grotewohl's covering note "
        "is in SAPMO-BArch, DY 30/3511. Idem to Kosygin, 21 January 1961.\n\n"
        "3. Eisenhower to Khrushchev, 1 June 1959, NARA, RG 59, 761.11/6-159; the reply of the State "
        "Department is in NARA, RG 59, 761.11/6-359. Idem to Gromyko, 4 June 1959.",
    )
    for number, writer in [(1, "Khrushchev"), (2, "Ulbricht"), (3, "Eisenhower")]:
        invented = [
            d for d, people in _letters(built, number) if writer in people and d and d[8:] in ("06", "21", "04")
        ]
        assert invented == [], number


def test_idem_after_a_newspaper_quoting_another_man_is_not_the_first_letters_writer(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Khrushchev to Eisenhower, 8 September 1958, Pravda, 9 September 1958; for Herter's reaction "
        "see The New York Times, 11 September 1958; idem to Lloyd, 12 September 1958.",
    )
    assert all(people != ["Khrushchev", "Lloyd"] for _, people in _letters(built, 1))


def test_idem_after_the_draft_of_the_writers_own_letter_is_still_the_writer(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Mao to Stalin, 3 October 1950, Renmin ribao, 4 October 1950; the draft of Mao's letter is in "
        "APRF, f. 45, op. 1, d. 335, ll. 11-12. Idem to Khrushchev, 8 October 1950, ibid., ll. 13-15.\n\n"
        "2. Khrushchev to Kennedy, 27 October 1962, Izvestiia, 28 October 1962; the draft is in AVPRF, "
        "f. 0129, op. 46, d. 2, ll. 1-9. Idem to idem, 29 October 1962, ibid., ll. 10-14.",
    )
    assert ("1950-10-08", ["Khrushchev", "Mao"]) in _letters(built, 1)
    assert ("1962-10-29", ["Kennedy", "Khrushchev"]) in _letters(built, 2)


def test_a_german_record_dated_after_the_talk_day_is_no_second_talk():
    """ "… über seine Unterredung mit X am 3. März 1959, 7. März 1959": the record's date, not a talk."""
    for text, days in [
        (
            "Bericht des Botschafters Wandel über seine Unterredung mit Zhou Enlai am 4. März 1959, "
            "8. März 1959. PA AA, MfAA, A 6543, Bl. 2–5.",
            ["1959-03-04"],
        ),
        (
            "Vermerk des Botschafters Fischer über seinen Antrittsbesuch beim Außenminister Pak Song Chol "
            "am 11. Mai 1960, 13. Mai 1960. PA AA, MfAA, A 7012, Bl. 1–3.",
            ["1960-05-11"],
        ),
        (
            "Bericht des Botschafters Wandel über seine Gespräche mit dem Ministerpräsidenten Zhou Enlai "
            "am 4. und 6. März 1959, 9. März 1959. PA AA, MfAA, A 6544, Bl. 1–7.",
            ["1959-03-04", "1959-03-06"],
        ),
    ]:
        assert sorted(d for d, _ in note_communications(text)) == days, text


def test_a_list_of_talk_days_after_a_head_without_am_still_gives_each_talk():
    days = [
        d
        for d, _ in note_communications(
            "Conversations of P.F. Iudin with Mao Zedong, 5 May, 12 May and 3 June 1957. AVPRF, f. 0100, op. 50, p. 423, d. 3, ll. 1-30."
        )
    ]
    assert sorted(days) == ["1957-05-05", "1957-05-12", "1957-06-03"]


def test_a_man_present_written_with_fewer_initials_is_the_heads_man(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Record of conversation between Ambassador P.F. Iudin and Liu Shaoqi, 5 June 1957. Present: "
        "P. Iudin, N.G. Sudarikov. AVPRF, f. 0100, op. 50, p. 423, d. 5, ll. 3-9.\n\n"
        "2. Запись беседы А.А. Громыко с Г. Стассеном, 4 мая 1957 г. Присутствовали: А. Громыко, "
        "О.А. Трояновский. АВП РФ. Ф. 0129. Оп. 41. Д. 5. Л. 1–8.",
    )
    assert not any("P. Iudin" in people for people in talks_in(built, 1))
    assert not any("А. Громыко" in people for people in talks_in(built, 2))


def test_a_man_present_with_other_initials_is_still_a_second_man(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Record of conversation between V.V. Kuznetsov and Walter Ulbricht, 6 November 1957. Present: "
        "N.V. Kuznetsov. AVPRF, f. 0742, op. 2, p. 20, d. 4, ll. 1-5.",
    )
    assert any("N.V. Kuznetsov" in people for people in talks_in(built, 1))


def test_a_ministrys_document_number_with_its_year_is_no_party_group():
    ex = extract_note(
        Note(
            "t",
            1,
            "Jelentés, 1958. április 2. MOL, XIX-J-1-j, Korea, 1958, 11. doboz, 5/b, 00234/1958. 2. ő.e., 12–14.",
            1,
        )
    )
    fields = [dict(loc.fields) for c in ex.citations for loc in c.locators]
    assert fields and fields[0].get("document") == "00234/1958" and "opis" not in fields[0]


def test_a_party_files_group_and_year_is_still_read():
    ex = extract_note(Note("t", 1, "Feljegyzés, 1968. április 16. MOL, M-KS 288. f. 32/1968. 12. ő.e.", 1))
    fields = [dict(loc.fields) for c in ex.citations for loc in c.locators]
    assert fields and fields[0].get("opis") == "32/1968" and fields[0].get("delo") == "12"


def test_a_south_slavic_surname_after_an_instrumental_list_is_no_place():
    comms = note_communications(
        "Запись беседы П.Ф. Юдина с Э. Карделем, Попович, 3 августа 1957 г. АВП РФ. Ф. 0144. Оп. 41. Д. 4. Л. 1–5."
    )
    assert any("Попович" in people for _, people in comms)


def test_a_place_after_an_instrumental_list_is_still_a_place():
    comms = note_communications(
        "Запись беседы П.Ф. Юдина с Э. Карделем и А. Ранковичем, Снагов, 3 августа 1957 г. АВП РФ. Ф. 0144. Оп. 41. Д. 4. Л. 1–5."
    )
    assert comms and all("Снагов" not in people for _, people in comms)


def test_a_titled_man_in_a_list_of_three_is_a_person_not_the_first_ones_office(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Letter from N.S. Khrushchev, Marshal N.A. Bulganin, and A.I. Mikoyan to Mao Zedong, 6 November "
        "1956. APRF, f. 45, op. 1, d. 336, ll. 1-4.",
    )
    people = talks_in(built, 1)
    assert people and "N.A. Bulganin" in people[0] and "A.I. Mikoyan" in people[0]
    roles = {
        p.mention.text: p.mention.role
        for ex in built.extractions
        for cit in ex.citations
        for c in cit.communications
        for p in c.participants
    }
    assert roles["N.S. Khrushchev"] is None and roles["N.A. Bulganin"] == "Marshal"


def test_an_office_in_commas_before_and_is_still_the_first_ones(tmp_path):
    people = people_in(
        tmp_path,
        "1. Conversation between R.Ia. Malinovskii, Marshal of the Soviet Union, and B.N. Ponomarev, "
        "4 May 1960, RGANI, f. 5, op. 30, d. 335, ll. 1-3.",
    )
    assert not any("Marshal of the Soviet Union" in p for p in people)
