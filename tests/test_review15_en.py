"""Harms review 15 found in the English rules of wt11-en (other authors' wording); each case failed
before its fix."""

from __future__ import annotations

from conftest import build_notes, built_locators, note_communications, note_locators, participant_roles, talks_in


def test_and_on_a_day_starting_a_new_clause_is_no_further_talk() -> None:
    text = (
        "Kim Il Sung told Puzanov on 5 May 1957, and on 6 May Puzanov cabled Moscow (Puzanov to MID, telegram, "
        "6 May 1957, AVPRF, f. 0102, op. 13, p. 72, d. 5, ll. 30–35)."
    )
    talks = note_communications(text)
    assert ("1957-05-05", ["Kim Il Sung", "Puzanov"]) in talks
    assert ("1957-05-06", ["Kim Il Sung", "Puzanov"]) not in talks
    # the further talk is still read when its day ends the words of the talk, or after "again"
    again = (
        "Kim Il Sung told Puzanov on 5 May 1957, and again on 6 May, that he would go (AVPRF, f. 0102, op. 13, "
        "p. 72, d. 5, ll. 30–35)."
    )
    assert ("1957-05-06", ["Kim Il Sung", "Puzanov"]) in note_communications(again)


def test_a_date_list_before_the_verb_is_another_deed() -> None:
    text = (
        "After the Politburo met on 3 and 5 May 1957, Kim Il Sung told Puzanov that the line was fixed "
        "(AVPRF, f. 0102, op. 13, p. 72, d. 5, ll. 30–35)."
    )
    assert not any(d in ("1957-05-03", "1957-05-05") for d, _ in note_communications(text))
    opening = (
        "On 3 and 5 May 1957 Kim Il Sung told Puzanov that the line was fixed "
        "(AVPRF, f. 0102, op. 13, p. 72, d. 5, ll. 30–35)."
    )
    assert [d for d, _ in note_communications(opening)] == ["1957-05-03", "1957-05-05"]


def test_a_partial_day_takes_no_year_from_an_unrelated_date() -> None:
    text = (
        "Mao told Yudin on 22 July that the agreement of 14 February 1950 was unequal "
        "(APRF, f. 3, op. 65, d. 336, ll. 1–10)."
    )
    assert not any(d == "1950-07-22" for d, _ in note_communications(text))
    chained = (
        "Zhou told Chervonenko first on October 3 and again on October 19, 1960, that the line was wrong "
        "(AVPRF, f. 0100, op. 53, p. 454, d. 8, ll. 1–5)."
    )
    assert [d for d, _ in note_communications(chained)] == ["1960-10-03", "1960-10-19"]


def test_a_broken_chain_keeps_the_full_dated_talk() -> None:
    for text, day in (
        (
            "Zhivkov told Khrushchev on 14 May, the day of the Varna rally, and on 19 May 1962 that Bulgaria "
            "would take the missiles (TsDA, f. 1B, op. 5, a.e. 525, l. 3–10).",
            "1962-05-19",
        ),
        (
            "Ho Chi Minh told Zimyanin on 12 March, and again at Ba Đình on 15 March 1957 "
            "(AVPRF, f. 079, op. 12, p. 8, d. 5, ll. 22–29).",
            "1957-03-15",
        ),
        (
            "Mao told Khrushchev on 2 October and, in the presence of Zhou, Liu and Lin Biao, on 3 October 1959 "
            "that the Indians had fired first (APRF, f. 52, op. 1, d. 499, ll. 1–33).",
            "1959-10-03",
        ),
    ):
        assert day in [d for d, _ in note_communications(text)], text


def test_a_joined_recipient_is_not_taken_for_a_sitting() -> None:
    text = (
        "Memorandum from Suslov to Khrushchev and the Presidium session, 5 November 1956, "
        "RGANI, f. 3, op. 12, d. 1006, ll. 1–4."
    )
    names = [n for n, _ in participant_roles(text)]
    assert "Khrushchev and the Presidium" not in names
    assert "Khrushchev" in names


def test_idem_with_ibid_is_one_talk_and_no_record_after_a_newspaper(tmp_path) -> None:  # noqa: ANN001
    built = build_notes(
        tmp_path,
        """
1. Memorandum of conversation between Rusk and Dobrynin, 3 May 1962, NARA, RG 59, Central Decimal File, 611.61/5-362; idem, 5 May 1962, ibid., 611.61/5-562.

2. Record of conversation between Kim and Puzanov, 3 May 1957, APRF, f. 3, op. 65, d. 336, ll. 1–10; Pravda, 3 May 1957, p. 1; same, 5 May 1957, ibid., p. 2.
""",
    )
    assert talks_in(built, 1) == [["Dobrynin", "Rusk"], ["Dobrynin", "Rusk"]]  # 3 May and 5 May, once each
    assert talks_in(built, 2) == [["Kim", "Puzanov"]]
    assert all(loc.get("list") != "2" for loc in built_locators(built, 2))


def test_pressing_verbs_in_a_speech_are_no_talk() -> None:
    text = "Khrushchev rebuked Mao in his speech at Bucharest on 24 June 1960 (RGANI, f. 1, op. 2, d. 467, ll. 1–30)."
    assert not any(sorted(p) == ["Khrushchev", "Mao"] for _, p in note_communications(text))
    talk = "Khrushchev rebuked Mao on 24 June 1960 (RGANI, f. 1, op. 2, d. 467, ll. 1–30)."
    assert ("1960-06-24", ["Khrushchev", "Mao"]) in note_communications(talk)


def test_a_mol_unit_ending_the_bracket_keeps_its_number() -> None:
    text = "Rákosi questioned Imre Nagy on 3 May 1955 (MOL, 276. f., 53. cs., 227. ő.e.)."
    assert note_locators(text) == [("MOL", {"fond": "276", "opis": "53", "delo": "227"})]


def test_two_signers_each_with_his_office() -> None:
    text = (
        "Annual report of the Polish Embassy in the DPRK, signed by Ambassador Burgin and Counsellor Szymański "
        "and dated 5 January 1959, AMSZ, z. 11, w. 72, t. 1027, k. 1–40."
    )
    assert sorted(participant_roles(text)) == [("Burgin", "Ambassador"), ("Szymański", "Counsellor")]
