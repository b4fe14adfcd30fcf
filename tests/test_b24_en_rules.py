"""English forms first read from blind set 24 (issue #3), on notes of our own: the Eisenhower
Library's papers by box and quoted folder, the State Department's decimal numbers with a letter
code and "CDF" (the Central Decimal File by its initials, no file), "Present on the X side were
also …", an office set off by commas before ", and" the next person, and Camp David as a place."""

from __future__ import annotations

import pytest
from conftest import note_communications, note_locators, participant_roles, people_in

# --- the Eisenhower Library: box and a folder named in quotation marks ---------------------------


@pytest.mark.parametrize(
    ("where", "fields"),
    [
        (
            'DDEL, Ann Whitman File, DDE Diary Series, box 41, folder "Staff Notes May 1959"',
            {"box": "41", "folder": "Staff Notes May 1959"},
        ),
        ("DDEL, White House Office, Office of the Staff Secretary, box 12", {"box": "12"}),
        ("Dwight D. Eisenhower Library, C.D. Jackson Papers, box 56", {"box": "56"}),
    ],
)
def test_the_eisenhower_library_by_box_and_folder(where, fields):
    note = f"Memorandum, Herter to Eisenhower, 12 May 1959, {where}."
    assert note_locators(note) == [("DDEL", fields)]


@pytest.mark.parametrize(
    "note",
    [
        # the library in prose, no key: no call number
        "The Eisenhower Library holds the President's appointment books for these weeks.",
        # a quoted title that is no folder: only the box
        'Memorandum, Dulles to Eisenhower, 3 June 1959, DDEL, Dulles Papers, box 8; see also "Staff Notes" in Smith, Ike, 44.',
        # a FRUS document number is no call number
        "Memorandum, Dulles to Eisenhower, 3 June 1959, FRUS, 1958–1960, vol. X, doc. 21.",
    ],
)
def test_no_folder_or_call_number_invented(note):
    for _, fields in note_locators(note):
        assert "folder" not in fields
        assert "document" not in fields


# --- NARA: "CDF" names the series; decimal numbers with a letter code --------------------------------


@pytest.mark.parametrize(
    ("where", "doc"),
    [
        ("NA, RG 59, CDF, 611.61/3-1459", "611.61/3-1459"),
        ("NARA, RG 59, CDF, 396.1-GE/5-2759", "396.1-GE/5-2759"),
        ("NARA, RG 59, Central Decimal File, 033.6100-KH/9-1659", "033.6100-KH/9-1659"),
    ],
)
def test_a_decimal_number_with_a_letter_code_and_cdf_no_file(where, doc):
    note = f"Telegram, Thompson to the Department of State, 14 March 1959, {where}."
    assert note_locators(note) == [("NARA", {"fond": "RG 59", "document": doc})]


@pytest.mark.parametrize(
    "note",
    [
        # a record group's real file stays a file
        "Memorandum, Smith to Herter, 3 May 1959, NARA, RG 59, Lot 64 D 563, box 4.",
        # a decimal number outside a NARA call number is no document
        "The file 611.61/3-1459 is cited in Jones, Summit Years, 88.",
        # a letter code too long for a decimal number's tail
        "Telegram, Thompson to Herter, 14 March 1959, NARA, RG 59, CDF, 396.1-GENEVA/5-2759.",
    ],
)
def test_no_decimal_number_invented(note):
    for _, fields in note_locators(note):
        assert "/" not in fields.get("document", "") or fields["document"] == "611.61/3-1459"
        assert fields.get("file") != "CDF"
    if note.startswith("Memorandum, Smith"):
        assert note_locators(note)[0][1].get("file") == "Lot 64 D 563"
    if note.startswith("The file"):
        assert note_locators(note) == []
    if "GENEVA" in note:
        assert all("document" not in f for _, f in note_locators(note))


# --- "Present on the X side were also A, B and C" ------------------------------------------------------

HEAD = "Record of conversation between A.I. Mikoyan and Liu Shaoqi, 6 April 1960, AVPRF, f. 0100, op. 53, p. 454, d. 3, ll. 1–9."


def test_present_on_a_side_were_also():
    note = f"{HEAD} Present on the Chinese side were also Deng Xiaoping and Li Fuchun; on the Soviet side S.V. Chervonenko."
    assert note_communications(note) == [
        ("1960-04-06", sorted(["A.I. Mikoyan", "Liu Shaoqi", "Deng Xiaoping", "Li Fuchun", "S.V. Chervonenko"]))
    ]


@pytest.mark.parametrize(
    "tail",
    [
        "Present on the Chinese side were also doubts about the loan.",  # prose
        "Present on the Chinese side was also the Politburo.",  # a body
        "Present on the Chinese side were also Shanghai and Beijing.",  # places
        "Present on the Soviet side were also Pravda and Izvestiia.",  # newspapers
    ],
)
def test_present_were_also_adds_no_one_but_people(tail):
    assert note_communications(f"{HEAD} {tail}") == [("1960-04-06", sorted(["A.I. Mikoyan", "Liu Shaoqi"]))]


# --- "A, <office>, and B" -----------------------------------------------------------------------------


def test_an_office_in_commas_before_and_the_next_person():
    note = (
        f"{HEAD} Present on the Soviet side were also K.S. Moskalenko, Marshal of the Soviet Union, and N.T. Fedorenko."
    )
    roles = dict(participant_roles(note))
    assert roles["K.S. Moskalenko"] == "Marshal of the Soviet Union"
    assert roles["N.T. Fedorenko"] is None


@pytest.mark.parametrize(
    "tail",
    [
        "Present on the Soviet side were also A.A. Gromyko, Minister of Foreign Affairs, and the Presidium.",
        "Present on the Soviet side were also P.F. Iudin, ambassador, and his wife.",
        "Present on the Soviet side were also K.E. Voroshilov, Marshal, and Pravda.",
    ],
)
def test_no_second_person_from_a_body_a_pronoun_or_a_paper(tail):
    names = [t for _, ps in note_communications(f"{HEAD} {tail}") for t in ps]
    assert not any(w in " ".join(names) for w in ("Presidium", "wife", "Pravda"))


def test_two_namesakes_in_commas_stay_two(tmp_path):
    notes = (
        "1. Record of conversation between A.I. Mikoyan and Liu Shaoqi, 6 April 1960, AVPRF, f. 0100, op. 53, "
        "p. 454, d. 3, ll. 1–9. Present on the Soviet side were also M.A. Menshikov, ambassador, and N.A. Menshikov.\n"
    )
    people = people_in(tmp_path, notes)
    assert not any({"M.A. Menshikov", "N.A. Menshikov"} <= p for p in people)


# --- Camp David is a place ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Memorandum of conversation, Eisenhower and Khrushchev, Camp David, 27 September 1959, DDEL, box 52.",
        "Eisenhower to Macmillan, Camp David, 30 March 1959, DDEL, box 24.",
        "Memorandum of conversation, Herter and Gromyko, Camp David, 26 September 1959, NARA, RG 59, CDF, 611.61/9-2659.",
    ],
)
def test_camp_david_is_no_party(note):
    names = [t for _, ps in note_communications(note) for t in ps]
    assert names and "Camp David" not in names


# --- a namesake listed as present is a second party; the head's own man is not listed twice -------------

MENSHIKOV = "Record of conversation between M.A. Menshikov and C. Douglas Dillon, 2 June 1959, AVPRF, f. 0129, op. 43, p. 290, d. 4, ll. 10–15."


@pytest.mark.parametrize(
    ("tail", "added"),
    [
        ("Present on the Soviet side were also I.A. Menshikov and V.N. Kurakin.", ["I.A. Menshikov", "V.N. Kurakin"]),
        ("Present on the Soviet side were also Menshikov and V.N. Kurakin.", ["V.N. Kurakin"]),  # the head's man
        ("Present on the Soviet side were also M.A. Menshikov and V.N. Kurakin.", ["V.N. Kurakin"]),
        ("Present on the Soviet side were also M. A. Menshikov and V.N. Kurakin.", ["V.N. Kurakin"]),
    ],
)
def test_a_namesake_with_other_initials_is_another_party(tail, added):
    assert note_communications(f"{MENSHIKOV} {tail}") == [
        ("1959-06-02", sorted(["M.A. Menshikov", "C. Douglas Dillon", *added]))
    ]


# --- "Idem to idem" after a letter printed in a newspaper, its draft cited after that -------------------

LETTER = (
    "1. Eisenhower to Khrushchev, 12 October 1958, Izvestiia, 14 October 1958; the draft, with Herter's "
    "changes, is in AVPRF, f. 0129, op. 42, p. 288, d. 5, ll. 2–9.\n\n"
)


def _talks(tmp_path, notes: str) -> dict[int, list[list[str]]]:
    from conftest import build_notes

    built = build_notes(tmp_path, notes)
    out: dict[int, list[list[str]]] = {}
    for ex in built.extractions:
        for cit in ex.citations:
            for c in cit.communications:
                out.setdefault(ex.note.number, []).append(sorted(p.mention.text for p in c.participants))
    return out


def test_idem_to_idem_after_a_printed_letter_and_its_draft(tmp_path):
    talks = _talks(tmp_path, LETTER + "2. Idem to idem, 30 October 1958, ibid., ll. 10–14.\n")
    assert talks[2] == [["Eisenhower", "Khrushchev"]]


@pytest.mark.parametrize(
    "notes",
    [
        # a book between: its author may be the "idem"
        "1. Eisenhower to Khrushchev, 12 October 1958, AVPRF, f. 0129, op. 42, p. 288, d. 5, ll. 2–9; "
        "see Arthur Pell, Summit Years (Boston: Harrow, 2003), 41.\n\n2. Idem to idem, 30 October 1958.\n",
        # a conversation has no writer to repeat
        "1. Record of conversation between Eisenhower and Khrushchev, 12 October 1958, Izvestiia, 14 October 1958; "
        "the Soviet record is in AVPRF, f. 0129, op. 42, p. 288, d. 5, ll. 2–9.\n\n2. Idem to idem, 30 October 1958.\n",
        # a newspaper cited alone in a note of its own: the letter two notes up is not continued
        "1. Eisenhower to Khrushchev, 12 October 1958, AVPRF, f. 0129, op. 42, p. 288, d. 5, ll. 2–9.\n\n"
        "2. Izvestiia, 14 October 1958.\n\n3. Idem to idem, 30 October 1958.\n",
    ],
)
def test_idem_to_idem_continues_no_record_across_a_book_a_talk_or_a_note(tmp_path, notes):
    talks = _talks(tmp_path, notes)
    last = max(int(line.split(".")[0]) for line in notes.strip().split("\n\n"))
    assert ["Eisenhower", "Khrushchev"] not in talks.get(last, [])
