"""Review 6b counter-examples to the English rules (and the rules shared with them): notes the rules
were not written for, on which they did harm (each test failed before its fix)."""

from __future__ import annotations

from conftest import build_notes, talks_in

from kg1956.extract.citations import extract_note
from kg1956.models import Note


def _comms(text: str) -> list[tuple[str, str | None, list[tuple[str, str | None]]]]:
    """Each communication of one note as (kind, ISO date, [(name as written, role)])."""
    return [
        (c.kind, c.date.iso if c.date else None, [(p.mention.text, p.mention.role) for p in c.participants])
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
    ]


def _call_numbers(tmp_path, notes: str) -> dict[int, list[tuple[str, dict[str, str]]]]:
    """Each note's call numbers after back references are resolved."""
    built = build_notes(tmp_path, notes)
    return {
        ex.note.number: [(loc.repository, dict(loc.fields)) for c in ex.citations for loc in c.locators]
        for ex in built.extractions
    }


# G6: "X's instructions to Y for his talks with Z" — Z is the subject; "to Mao via Kovalev" — Kovalev carried it
def test_instructions_to_y_for_his_talks_with_z_are_to_y_by_cable():
    found = _comms(
        "Khrushchev's instructions to Mikoyan for his talks with Castro, cable, 5 November 1962, APRF, f. 3, op. 65, "
        "d. 905, ll. 1–3."
    )
    assert found == [("telegram", "1962-11-05", [("Khrushchev", None), ("Mikoyan", None)])]


def test_instructions_via_a_go_between_are_to_the_addressee():
    found = _comms("Stalin's instructions to Mao via Kovalev, cable, 10 May 1949, APRF, f. 45, op. 1, d. 331, ll. 4–5.")
    assert found == [("telegram", "1949-05-10", [("Stalin", None), ("Mao", None)])]


def test_instructions_to_y_for_the_conversation_with_z_are_to_y():
    found = _comms(
        "Instructions to P.F. Iudin for the conversation with Mao Zedong, 4 May 1957, AVPRF, f. 0100, op. 50, "
        "p. 423, d. 2, ll. 1–3."
    )
    assert [names for _, _, names in found] == [[("P.F. Iudin", None)]]


# G14: "by X on Y" — Y is what the paper is about, never its writer or addressee
def test_a_glossed_memorandum_by_x_on_y_is_xs():
    found = _comms(
        "Feljegyzés [Memorandum] by Kádár on Khrushchev, 13 May 1961, MOL, M-KS 288. f. 5/230. ő.e., pp. 1–4."
    )
    assert [names for _, _, names in found] == [[("Kádár", None)]]
    found = _comms("Memorandum by Kádár on Khrushchev, 13 May 1961, MOL, M-KS 288. f. 5/230. ő.e., pp. 1–4.")
    assert [names for _, _, names in found] == [[("Kádár", None)]]


def test_a_report_by_x_to_y_on_z_is_to_y():
    for head in ("Jelentés [Report]", "Report"):
        found = _comms(
            f"{head} by Károly Csatordai, ambassador, to János Péter on Kim Il Sung, 11 May 1961, MOL, XIX-J-1-j, "
            "Korea, 1961, 3. doboz, 5/b, 007/1961."
        )
        assert [names for _, _, names in found] == [[("Károly Csatordai", "ambassador"), ("János Péter", None)]], head


# G3: "Department on <subject> (X, head)" — the bracket heads the subject, not the writing body
def test_the_head_of_the_body_a_memo_is_about_is_no_writer():
    for note in (
        "Memorandum of the Far Eastern Department on the Soviet government delegation (A.I. Mikoyan, head), "
        "14 May 1958, AVPRF, f. 0102, op. 14, p. 76, d. 20, ll. 1–3.",
        "Memorandum of the Far Eastern Department on the Soviet Embassy in Beijing (P.F. Iudin, head) on its work "
        "in 1957, 10 January 1958, AVPRF, f. 0100, op. 51, p. 430, d. 2, ll. 1–12.",
        "Memorandum of the Soviet Embassy in Pyongyang on the Chinese People's Volunteers (P.S. Kim, head), "
        "16 May 1958, AVPRF, f. 0102, op. 14, p. 76, d. 22, ll. 1–3.",
    ):
        found = _comms(note)
        names = [name for _, _, people in found for name, _ in people]
        assert not {"A.I. Mikoyan", "P.F. Iudin", "P.S. Kim"} & set(names), note
        assert all(date is None or len(date) == 10 for _, date, _ in found), note  # no memo "of 1957"
    # what the rule was written for: the bracket right after the writing body
    found = _comms(
        "Memorandum of the Far Eastern Department (M.S. Kapitsa, head) on the Soviet delegation, 14 May 1958, AVPRF, "
        "f. 0102, op. 14, p. 76, d. 20, ll. 1–3."
    )
    assert found == [("memo", "1958-05-14", [("M.S. Kapitsa", "head")])]
    # the year the subject is about ("on its work in 1957") is no second date
    found = _comms(
        "Memorandum of the Far Eastern Department (M.S. Kapitsa, head) on its work in 1957, 10 January 1958, AVPRF, "
        "f. 0100, op. 51, p. 430, d. 2, ll. 1–12."
    )
    assert found == [("memo", "1958-01-10", [("M.S. Kapitsa", "head")])]


# G4: an Ibid. citing another archive's keys is not grafted onto the call number cited before
def test_an_ibid_with_another_archives_keys_is_not_grafted_on(tmp_path):
    found = _call_numbers(
        tmp_path,
        """
3. Record of conversation between A.M. Puzanov and Kim Il Sung, 14 May 1961, AVPRF, f. 0102, op. 17, p. 80, d. 7, ll. 3–5.

4. Ibid., 12. doboz, 5/c, 002013/1968.

7. Record of conversation between A.M. Puzanov and Kim Il Sung, 15 May 1961, AVPRF, f. 0102, op. 17, p. 80, d. 8, ll. 3–5.

8. Ibid., a.e. 32, l. 5.

9. Ibid., d. 10, ll. 3–4.
""",
    )
    assert found[4] == []
    assert found[8] == []
    assert found[9] == [("AVPRF", {"fond": "0102", "opis": "17", "papka": "80", "delo": "10", "list": "3–4"})]


# G1: 'On the same day X reported … by telegram' — only a party of the record just read is X
def test_a_newspaper_radio_or_capital_reporting_on_the_same_day_sends_nothing(tmp_path):
    notes = """
1. Record of conversation between V.I. Ivanov and Kim Il Sung, 12 April 1957, AVPRF, f. 0102, op. 13, p. 72, d. 5, ll. 1–6. On the same day Pravda reported the talk in a short report.

2. Record of conversation between A.M. Puzanov and Kim Il Sung, 14 May 1958, AVPRF, f. 0102, op. 14, p. 76, d. 7, ll. 3–5. On the same day Radio Pyongyang reported the visit in a report.

3. Record of conversation between A.M. Puzanov and Kim Il Sung, 16 May 1958, AVPRF, f. 0102, op. 14, p. 76, d. 8, ll. 3–5. On the same day Nodong Sinmun informed its readers in a report.

5. Record of conversation between A.M. Puzanov and Kim Il Sung, 19 May 1958, AVPRF, f. 0102, op. 14, p. 76, d. 10, ll. 3–5. The next day Pyongyang informed Beijing by telegram.
"""
    for note in notes.strip().split("\n\n"):
        found = _comms(note.split(". ", 1)[1])
        assert [kind for kind, _, _ in found] == ["conversation"], note
    people = [set(e.spellings) for e in build_notes(tmp_path, notes).resolution.entities]
    assert not any({"Pravda", "Radio Pyongyang", "Nodong Sinmun", "Pyongyang"} & spellings for spellings in people)
    # what the rule was written for
    found = _comms(
        "Diary of N.G. Sudarikov, memorandum of conversation with Kim Il Sung, 3 May 1962, AVPRF, f. 0102, op. 18, "
        "p. 93, d. 5, ll. 30–33. On the same day Sudarikov reported the talk to Moscow by telegram."
    )
    assert found[1] == ("telegram", "1962-05-03", [("Sudarikov", None)])


# G16: the medium belongs to someone else's act, or the sentence says nothing was sent
def test_a_medium_in_a_reported_clause_or_a_negation_is_no_message_of_the_writer():
    for note in (
        "Diary of V.I. Ivanov, memorandum of conversation with Kim Il Sung, 12 April 1957, AVPRF, f. 0102, op. 13, "
        "p. 72, d. 5, ll. 1–6. On the same day Ivanov reported that Kim had complained to Mao in a letter.",
        "Diary of V.I. Ivanov, memorandum of conversation with Kim Il Sung, 13 April 1957, AVPRF, f. 0102, op. 13, "
        "p. 72, d. 6, ll. 1–6. The next day Ivanov sent nothing, as Moscow had forbidden contacts by telegram.",
    ):
        assert [kind for kind, _, _ in _comms(note)] == ["conversation"], note


# G9: a dash pair, the date, a record's noun — states, directions and co-authors are no talk
def test_states_directions_and_co_authors_before_a_record_noun_are_no_conversation():
    for note in (
        "Sowjetunion – China, 5 May 1966, Vermerk, PA AA, B 41, Bd. 63, Bl. 1–4.",
        "Ost – West, 8 May 1966, Vermerk, PA AA, B 41, Bd. 65, Bl. 1–4.",
        "Jarząbek – Skobelski, Polska wobec Wietnamu, 2011, notatka, s. 45.",
    ):
        assert _comms(note) == [], note
    # what the rule was written for
    found = _comms("Ulbricht – Gomułka, 4 May 1966, Vermerk, PA AA, B 41, Bd. 63, Bl. 1–4.")
    assert found == [("conversation", "1966-05-04", [("Ulbricht", None), ("Gomułka", None)])]


# G12: 'Idem' after a short work citation is that work's author, not the diarist of the note before
def test_idem_after_a_short_work_citation_is_not_the_earlier_diarist(tmp_path):
    built = build_notes(
        tmp_path,
        """
3. Diary of V.I. Ivanov, 19 June 1956, AVPRF, f. 0102, op. 12, p. 68, d. 11, ll. 3–5.

4. See Lankov, p. 46. Idem, memorandum of conversation with Pak Chang-ok, 20 June 1956, ibid., ll. 6–7.
""",
    )
    talks = talks_in(built, 4)
    assert ["Pak Chang-ok", "V.I. Ivanov"] not in talks


def test_idem_right_after_the_diary_is_its_diarist(tmp_path):
    built = build_notes(
        tmp_path,
        """
3. Diary of V.I. Ivanov, 19 June 1956, AVPRF, f. 0102, op. 12, p. 68, d. 11, ll. 3–5.

4. Idem, memorandum of conversation with Pak Chang-ok, 20 June 1956, ibid., ll. 6–7.
""",
    )
    talks = talks_in(built, 4)
    assert talks == [["Pak Chang-ok", "V.I. Ivanov"]]


# G5: the possessive diary head — a newspaper or an unnamed legation is no diarist
def test_a_newspaper_or_a_legation_keeps_no_journal(tmp_path):
    notes = """
15. Pravda's journal, 14 May 1958, p. 3.

16. Hungarian Legation's journal, 13 May 1958, MOL, XIX-J-1-j, Korea, 1958, 3. doboz, 5/b, 005/1958.
"""
    built = build_notes(tmp_path, notes)
    kinds = [c.kind for ex in built.extractions for cit in ex.citations for c in cit.communications]
    assert "diary_entry" not in kinds
    people = [set(e.spellings) for e in built.resolution.entities]
    assert not any({"Pravda", "Hungarian Legation"} & spellings for spellings in people)
    # what the rule was written for
    found = _comms("Puzanov's journal, 13 May 1958, AVPRF, f. 0102, op. 14, p. 76, d. 7, ll. 3–5.")
    assert found == [("diary_entry", "1958-05-13", [("Puzanov", None)])]
