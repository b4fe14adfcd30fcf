"""Review 7b counter-examples for the prose, signed, covering-note, delegation and MAE rules
(findings 5, 6, 7, 10, 11, 12, 14, 16, 17, 18, 19): notes the rules were not written for, and
what the graph must (not) say of them."""

from __future__ import annotations

from conftest import build_notes, note_communications, participant_roles

from kg1956.extract.citations import extract_note
from kg1956.models import Note
from kg1956.validate import validate_graph


def _kinds(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [
        (c.kind, c.date.iso if c.date else None, sorted(p.mention.text for p in c.participants))
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
    ]


def test_6_a_title_naming_its_parties_is_not_the_signers_record():
    memo = (
        "Memorandum of conversation between Rusk and Dobrynin, signed by Llewellyn Thompson, 5 May 1963, NARA, "
        "RG 59, Central Foreign Policy File 1963, box 3720."
    )
    assert _kinds(memo) == [("conversation", "1963-05-05", ["Dobrynin", "Rusk"])]
    letter = (
        "Letter from the CC CPSU to the CC CCP, signed by N.S. Khrushchev, 14 July 1960, RGANI, f. 2, op. 1, "
        "d. 480, ll. 1–12."
    )
    assert all("CC CPSU" in people for _, _, people in _kinds(letter))
    # the rule's own case still reads
    kozlov = "Annual report of the embassy for 1961, signed by Ambassador P.I. Kozlov, 15 January 1962, AVPRF, f. 079."
    assert participant_roles(kozlov) == [("P.I. Kozlov", "Ambassador")]


def test_7_a_thing_received_or_met_is_no_talk():
    for text in (
        "Tito received the letter on 5 May 1955 and answered a week later (Khrushchev to Tito, 3 May 1955, "
        "RGANI, f. 3, op. 8, d. 254, l. 5).",
        "Gomułka received the Soviet reply on 24 October 1956 (Khrushchev to Gomułka, 23 October 1956, AAN, "
        "KC PZPR, sygn. 2737, k. 5).",
        "Ho Chi Minh received the instructions on 12 May 1954 (telegram, Zhou Enlai to Ho Chi Minh, 10 May 1954, "
        "PRC FMA, 206-00005-01, 1–3).",
        "Kádár met the deadline on 5 May 1957 (Andropov to Moscow, 6 May 1957, AVPRF, f. 077, op. 37, d. 5, l. 5).",
        "Kim Il Sung received the Soviet note on 5 May 1957 and met Puzanov on 6 May (Record of conversation of "
        "Puzanov with Kim Il Sung, 6 May 1957, AVPRF, f. 0102, op. 13, d. 6, ll. 1–5).",
    ):
        assert all(kind != "conversation" or len(people) >= 2 for kind, _, people in _kinds(text)), text
    # a person received is still a talk
    mao = (
        "Mao received Khrushchev in Beijing on 31 July 1958 (Record of conversation, 31 July 1958, APRF, f. 52, "
        "op. 1, d. 498, ll. 1–9)."
    )
    assert note_communications(mao) == [("1958-07-31", ["Khrushchev", "Mao"])]


def test_10_the_clause_whose_party_the_bracket_names_is_the_talk():
    text = (
        "Ulbricht met Pieck on 5 May 1955 to tell him of the plan, as Grotewohl later told Semenov on 8 May "
        "(Semenov to Moscow, 9 May 1955, AVPRF, f. 082, op. 43, d. 5, l. 5)."
    )
    talks = note_communications(text)
    assert ("1955-05-08", ["Grotewohl", "Semenov"]) in talks
    assert not any("Ulbricht" in people for _, people in talks)


def test_11_the_prose_addressee_is_not_grafted_onto_a_later_talks_record():
    text = (
        "Kim Il Sung told Khrushchev in Moscow that he needed aid, which Pak repeated later (record of "
        "conversation with Kim Il Sung, 5 May 1957, AVPRF, f. 0102, op. 13, d. 6, l. 5)."
    )
    assert note_communications(text) == [("1957-05-05", ["Kim Il Sung"])]


def test_14_a_place_before_joint_speakers_is_not_part_of_a_name():
    text = "In Moscow Khrushchev and Mikoyan met Gomułka on 24 October 1956 (AAN, KC PZPR, sygn. 2737, k. 5)."
    assert note_communications(text) == [("1956-10-24", ["Gomułka", "Khrushchev", "Mikoyan"])]


def test_5_a_note_final_covering_note_keeps_its_span(tmp_path):
    text = (
        "1. Record of conversation of Puzanov with Kim Il Sung, 4 July 1960, AVPRF, f. 0102, op. 16, d. 6, "
        "ll. 1–5, with a covering note by Ambassador Puzanov of 6 July."
    )
    built = build_notes(tmp_path, text)
    note = built.extractions[0].note.text
    for cit in built.extractions[0].citations:
        for c in cit.communications:
            assert c.span.end <= len(note)
            for p in c.participants:
                assert note[p.mention.span.start : p.mention.span.end] == p.mention.text
    assert validate_graph(built.triples).conforms
    assert ("memo", "1960-07-06", ["Puzanov"]) in _kinds(text[3:])


def test_16_a_day_without_its_year_across_new_year():
    reported = (
        "Sainteny reported a long conversation with Ho Chi Minh on 30 December (telegram, Sainteny to Quai "
        "d'Orsay, 2 January 1957, MAE, Asie-Océanie, vol. 36, ff. 12–14)."
    )
    assert ("1956-12-30", ["Ho Chi Minh", "Sainteny"]) in note_communications(reported)
    covering = (
        "Record of conversation of Puzanov with Pak Chang-ok, 30 December 1960, with a covering note by "
        "Ambassador Puzanov of 2 January, AVPRF, f. 0102, op. 16, d. 7, ll. 6–9."
    )
    assert ("memo", "1961-01-02", ["Puzanov"]) in _kinds(covering)


def test_17_a_later_message_without_its_year_is_in_the_next_year():
    text = (
        "Serov to Khrushchev, 28 December 1956, and Kruglov to Khrushchev, 5 January, APRF, f. 3, op. 58, d. 5, "
        "ll. 1–9."
    )
    assert ("1957-01-05", ["Khrushchev", "Kruglov"]) in note_communications(text)
    same = "Serov to Khrushchev, 24 January 1953, and Kruglov to Khrushchev, 25 January, APRF, f. 3, op. 58, d. 5."
    assert ("1953-01-25", ["Khrushchev", "Kruglov"]) in note_communications(same)


def test_18_a_call_number_before_enclosed_in_stays_the_records(tmp_path):
    text = (
        "1. Report of Ambassador Iudin, 12 March 1958, AVPRF, f. 0100, op. 51, d. 5, ll. 1–9, enclosed in Gromyko "
        "to Khrushchev, 20 March 1958, ibid., ll. 10–11."
    )
    built = build_notes(tmp_path, text)
    leaves = {
        c.kind: [dict(loc.fields).get("list") for loc in cit.locators]
        for cit in built.extractions[0].citations
        for c in cit.communications
    }
    assert leaves["report"] == ["1–9"]
    assert leaves["letter"] == ["10–11"]  # the Ibid. after its date: the same file
    assert all("AVPRF" not in (cit.title or "") for cit in built.extractions[0].citations)


def test_12_a_delegations_head_stays_on_its_side():
    cases = {
        "Record of conversation of the Soviet delegation headed by N.S. Khrushchev (A.I. Mikoyan, M.A. Suslov) "
        "with Mao Zedong, 2 October 1959, APRF, f. 52, op. 1, d. 499, ll. 1–33.": {
            "N.S. Khrushchev",
            "A.I. Mikoyan",
            "M.A. Suslov",
            "Mao Zedong",
        },
        "Record of conversation of the CPSU delegation led by Suslov (Ponomarev, Andropov) with Deng Xiaoping, "
        "5 July 1963, RGANI, f. 2, op. 1, d. 650, ll. 1–20.": {"Suslov", "Ponomarev", "Andropov", "Deng Xiaoping"},
        "Protokół rozmowy delegacji KC PZPR pod przewodnictwem W. Gomułki (J. Cyrankiewicz, E. Ochab) z "
        "Chruszczowem, 19 X 1956 r., AAN, KC PZPR, sygn. 2744, k. 10.": {
            "W. Gomułki",
            "J. Cyrankiewicz",
            "E. Ochab",
            "Chruszczowem",
        },
    }
    for text, people in cases.items():
        talks = note_communications(text)
        assert len(talks) == 1 and set(talks[0][1]) == people, text
    # a state or a party body beside the delegation is no one
    mongolia = (
        "Record of conversation of the delegation of Mongolia (Tsedenbal, Damba) with Mao, 12 May 1957, APRF, "
        "f. 3, op. 65, d. 6, l. 5."
    )
    assert note_communications(mongolia) == [("1957-05-12", ["Damba", "Mao", "Tsedenbal"])]


def test_19_arhiva_mae_is_the_romanian_archive_on_the_telegrams_record():
    text = (
        "Telegrama lui Ion Gheorghe Maurer către Gheorghe Gheorghiu-Dej, 5 mai 1964, Arhiva MAE, fond Telegrame, "
        "Beijing, 1964, dosar 12, f. 12–14."
    )
    citations = extract_note(Note("t", 1, text, 1)).citations
    assert len(citations) == 1
    (loc,) = citations[0].locators
    assert loc.repository == "AMAE"
    assert dict(loc.fields) == {"fond": "Telegrame", "delo": "12", "list": "12–14"}
    assert [c.kind for c in citations[0].communications] == ["telegram"]
