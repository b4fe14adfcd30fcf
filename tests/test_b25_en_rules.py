"""English forms first read from blind set 25 (issue #3), on notes of our own: a record's short title
declared with "hereafter" and cited again by it; "X's memorandum for Y"; a chain of three parties
before the place; "The record was kept by X, office."; "undated [spring 1955]"; a second PRC FMA file
by its number alone; the OCR's "l1." for "ll."; a possessive record whose sentence goes on as prose.
Each rule has negative cases in other authors' phrasing."""

from __future__ import annotations

import re

import pytest
from conftest import build_notes, built_locators, note_communications, note_locators, participant_roles, talks_in

from kg1956.extract.citations import extract_note
from kg1956.extract.dates import find_dates
from kg1956.models import Note

_AVPRF = "AVPRF, f. 079, op. 10, p. 8, d. 4, ll. 1–9"


def _takers(text: str) -> list[tuple[str, str | None]]:
    return [
        (t.text, t.role)
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
        for t in c.note_takers
    ]


# --- a short title declared with "hereafter", cited again by it ---------------------------------


@pytest.mark.parametrize(
    ("first", "again"),
    [
        (
            f"Record of conversation between A.I. Mikoyan and Ho Chi Minh, 12 May 1955 (hereafter Mikoyan–Ho record), {_AVPRF}.",
            "Mikoyan–Ho record (n. 1), l. 6.",
        ),
        (
            f"Memorandum of conversation, Mikoyan–Ho Chi Minh, 12 May 1955, {_AVPRF} (hereafter cited as Mikoyan memcon).",
            "Mikoyan memcon, l. 6.",
        ),
        (
            f"Record of conversation between A.I. Mikoyan and Ho Chi Minh, 12 May 1955, {_AVPRF} (henceforth Hanoi record).",
            "Hanoi record (see n. 1 above), ll. 6–7.",
        ),
    ],
)
def test_a_short_title_repeats_the_record_with_its_leaf(tmp_path, first, again):
    built = build_notes(tmp_path, f"1. {first}\n\n2. {again}")
    assert talks_in(built, 2) == talks_in(built, 1) and len(talks_in(built, 1)) == 1
    (fields,) = built_locators(built, 2)
    assert fields["delo"] == "4" and fields["list"] in ("6", "6–7")


@pytest.mark.parametrize(
    "again",
    [
        # prose about the record: no repeat
        "The Mikoyan–Ho record is silent on the question of rice deliveries.",
        # a cross-reference alone, with no leaf
        "See the Mikoyan–Ho record (n. 1).",
        # another title that merely begins the same way
        "Mikoyan–Ho talks, l. 6.",
    ],
)
def test_no_repeat_without_the_title_and_a_leaf(tmp_path, again):
    first = f"Record of conversation between A.I. Mikoyan and Ho Chi Minh, 12 May 1955 (hereafter Mikoyan–Ho record), {_AVPRF}."
    built = build_notes(tmp_path, f"1. {first}\n\n2. {again}")
    assert talks_in(built, 2) == []
    assert built_locators(built, 2) == []


@pytest.mark.parametrize(
    ("first", "again"),
    [
        # an archive's initials are no record's title
        ("Arkhiv Prezidenta Rossiiskoi Federatsii (hereafter APRF), f. 3, op. 12, d. 1005, l. 4.", "APRF, l. 5."),
        # a book's short title: a work, not a record
        (
            "Nguyen Van Lam, Hanoi and Its Allies (Hanoi: Gioi, 2001) (hereafter Hanoi and Its Allies), 45.",
            "Hanoi and Its Allies, 52.",
        ),
        # a book's short title declared after a record in the same note
        (
            f"Record of conversation between A.I. Mikoyan and Ho Chi Minh, 12 May 1955, {_AVPRF}; see also Nguyen Van Lam, Hanoi and Its Allies (Hanoi: Gioi, 2001) (hereafter Allies), 45.",
            "Allies, 52.",
        ),
        # a title declared for a note with no call number
        (
            "Mikoyan's talk with Ho Chi Minh on 12 May 1955 (hereafter the Hanoi talk) is described by Lam.",
            "Hanoi talk, 6.",
        ),
    ],
)
def test_no_title_for_an_archive_a_book_or_an_uncited_talk(tmp_path, first, again):
    built = build_notes(tmp_path, f"1. {first}\n\n2. {again}")
    assert talks_in(built, 2) == []


# --- "X's memorandum for Y" ----------------------------------------------------------------------

_RGANI = "RGANI, f. 5, op. 30, d. 161, ll. 22–25."


def test_a_memorandum_for_its_addressee():
    assert note_communications(f"Kuznetsov's memorandum for Khrushchev, 3 May 1956, {_RGANI}") == [
        ("1956-05-03", ["Khrushchev", "Kuznetsov"])
    ]


@pytest.mark.parametrize(
    "head",
    [
        "Bundy's memorandum for the record",  # for the file: no addressee
        "Rusk's memorandum for the President",  # an office, no named person
        "Gromyko's memorandum for Moscow",  # a capital
        "Gromyko's memorandum for his talks with Eden",  # a purpose
        "Gromyko's report for Molotov",  # only a memorandum is written "for" someone
    ],
)
def test_no_addressee_from_for_but_a_named_person(head):
    found = note_communications(f"{head}, 3 May 1956, {_RGANI}")
    assert all(len(people) == 1 for _, people in found)


# --- a chain of three parties, then the place ---------------------------------------------------


def test_a_chain_of_three_before_the_place():
    note = f"Record of conversation, Molotov–Zhou Enlai–Kim Il Sung, Geneva, 26 April 1954, {_AVPRF}."
    assert note_communications(note) == [("1954-04-26", ["Kim Il Sung", "Molotov", "Zhou Enlai"])]


@pytest.mark.parametrize(
    "chain",
    [
        "Molotov–Zhou Enlai–Kim Il Sung, Geneva, Switzerland",  # more than a place: unread, never "Zhou Enlai–Kim" as an office
        "Moscow–Beijing–Pyongyang, Geneva",  # capitals, a route
        "Molotov – Zhou Enlai – Kim Il Sung, the Kremlin guest house",  # not a place word
    ],
)
def test_no_party_made_of_a_chain(chain):
    for cit in extract_note(Note("t", 1, f"Record of conversation, {chain}, 26 April 1954, {_AVPRF}.", 1)).citations:
        for c in cit.communications:
            for p in c.participants:
                assert "–" not in p.mention.text and "–" not in (p.mention.role or "")


# --- "The record was kept by X, office." -------------------------------------------------------

_TALK = f"Conversation between P.F. Iudin and Liu Shaoqi, 6 June 1957, {_AVPRF}."


def test_the_record_was_kept_by():
    assert _takers(f"{_TALK} The record was kept by N.P. Sudarikov, counsellor of the embassy.") == [
        ("N.P. Sudarikov", "counsellor of the embassy")
    ]
    assert _takers(f"{_TALK} The minutes were taken by I.A. Chernov.") == [("I.A. Chernov", None)]


@pytest.mark.parametrize(
    "note",
    [
        f"{_TALK} The minutes were taken by the embassy's interpreting staff.",  # a body
        f"{_TALK} The record was kept by Tass, Beijing bureau.",  # a news agency
        f"Iudin to Liu Shaoqi, letter, 6 June 1957, {_AVPRF}. The record was kept by N.P. Sudarikov.",  # no talk
        f"{_TALK} The record was kept by Iudin himself.",  # a party to the talk
    ],
)
def test_no_note_taker_but_a_person_of_a_talk_between_others(note):
    assert _takers(note) == []


# --- "undated [spring 1955]" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [("undated [spring 1955]", "1955"), ("n.d. [c. 1961]", "1961"), ("undated [March 1955]", "1955-03")],
)
def test_a_date_supplied_for_an_undated_record(text, iso):
    assert [d.value.iso for d in find_dates(text) if d.value] == [iso]


@pytest.mark.parametrize("text", ["undated [Moscow]", "undated [received 5 May 1955]", "undated (spring 1955)"])
def test_no_supplied_date_but_a_bracketed_year_after_undated(text):
    first = find_dates(text)[0]
    assert first.value is None  # the record stays undated


# --- a second PRC FMA file by its number; "l1." --------------------------------------------------


def test_a_second_fma_file_by_its_number():
    note = "Pham Van Dong to Zhou Enlai, letter, 2 May 1956, PRC FMA, 106-00031-02, 4–6, and 106-00031-05, 1–3."
    assert note_locators(note) == [
        ("PRC-FMA", {"document": "106-00031-02", "list": "4–6"}),
        ("PRC-FMA", {"document": "106-00031-05", "list": "1–3"}),
    ]


@pytest.mark.parametrize(
    "note",
    [
        # after another archive, a number of that shape is not the PRC FMA's
        "Pham Van Dong to Zhou Enlai, letter, 2 May 1956, AVPRF, f. 0100, op. 49, p. 410, d. 9, ll. 4–6, and 106-00031-05, 1–3.",
        # words after the number: another reader's business
        "Pham Van Dong to Zhou Enlai, letter, 2 May 1956, PRC FMA, 106-00031-02, 4–6, and 106-00031-05 for the reply.",
        # a span of years is no file
        "Pham Van Dong to Zhou Enlai, letter, 2 May 1956, PRC FMA, 106-00031-02, 4–6, and 1956-1957.",
    ],
)
def test_no_second_fma_file_otherwise(note):
    assert not any(f.get("document") == "106-00031-05" for _, f in note_locators(note))
    assert len(note_locators(note)) == 1


def test_the_ocr_l1_for_ll():
    note = "Nam Il to Molotov, 2 March 1955, AVPRF, f. 0102, op. 11, p. 59, d. 3, l1. 14–17."
    assert note_locators(note) == [
        ("AVPRF", {"fond": "0102", "opis": "11", "papka": "59", "delo": "3", "list": "14–17"})
    ]


# --- a possessive record in a sentence of prose ----------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Li K'o-nung's cables from Geneva were printed, with cuts, in Wang and Bost (eds), Geneva 1954: Chinese Documents (Washington, DC: PDP, 2008), 112–40.",
        "Zhou Enlai's cables from Bandung were published in Bandung 1955: Documents (Beijing: Shijie zhishi, 1990), 77–90.",
        "Molotov's telegrams to Zhou have been reprinted in Geneva 1954 (Moscow: Nauka, 2004), 5–9.",
    ],
)
def test_a_possessive_record_in_prose_is_no_head(note):
    assert note_communications(note) == []


def test_a_possessive_record_still_read():
    assert note_communications(f"Molotov's letter to Zhou, 5 May 1954, {_AVPRF}.") == [
        ("1954-05-05", ["Molotov", "Zhou"])
    ]


# --- the call number first, a colon, then its record --------------------------------------------


@pytest.mark.parametrize(
    ("note", "people", "repo"),
    [
        (
            "SAPMO-BArch, DY 30/J IV 2/202/281, Bl. 7–9: Otto Grotewohl to Khrushchev, letter, 2 December 1961.",
            ["Khrushchev", "Otto Grotewohl"],
            "SAPMO-BArch",
        ),
        (
            "RGANI, f. 5, op. 50, d. 301, ll. 4–6: memorandum, B.N. Ponomarev (head of the International Department) to the CC CPSU, 3 March 1961.",
            ["B.N. Ponomarev", "CC CPSU"],
            "RGANI",
        ),
        (
            "AVPRF, f. 0100, op. 54, p. 466, d. 8, ll. 30–35: S.V. Chervonenko to the MFA USSR, report, 17 June 1961.",
            ["MFA USSR", "S.V. Chervonenko"],
            "AVPRF",
        ),
    ],
)
def test_the_call_number_then_its_record(note, people, repo):
    (cit,) = extract_note(Note("t", 1, note, 1)).citations
    (comm,) = cit.communications
    assert sorted(p.mention.text for p in comm.participants) == people
    assert [loc.repository for loc in cit.locators] == [repo]


@pytest.mark.parametrize(
    "note",
    [
        # the archive is never the writer
        "SAPMO-BArch, DY 30/J IV 2/202/281, Bl. 7–9: Otto Grotewohl to Khrushchev, letter, 2 December 1961.",
        # a remark after the colon: the call number alone
        "RGANI, f. 5, op. 50, d. 301, ll. 4–6: the file holds nothing of interest for 1961.",
        # a sentence before the colon is no call number
        "The file is thin: Grotewohl to Khrushchev, letter, 2 December 1961, SAPMO-BArch, DY 30/3471, Bl. 2.",
    ],
)
def test_no_archive_as_a_party_and_no_record_from_a_remark(note):
    for cit in extract_note(Note("t", 1, note, 1)).citations:
        for c in cit.communications:
            assert not any("SAPMO" in p.mention.text or "RGANI" in p.mention.text for p in c.participants)
    if "nothing of interest" in note:
        assert note_communications(note) == []


# --- a talk told in prose: the one spoken to by office and name; "in July 1963" ------------------

_CALL = "(AVPRF, f. 0100, op. 46, p. 362, d. 12, ll. 1–6)"


def test_told_the_office_then_the_name():
    note = f"Mao told the Soviet Ambassador, V.V. Kuznetsov, on 4 August 1953 that the troops would stay {_CALL}."
    assert participant_roles(note) == [("Mao", None), ("V.V. Kuznetsov", "Soviet Ambassador")]


def test_told_in_a_month():
    note = 'Liu Shaoqi told the Romanian ambassador in July 1963 that Beijing would "wait" (ANIC, fond CC al PCR – Relații Externe, dosar 58/1963, f. 17–19).'
    assert note_communications(note) == [("1963-07", ["Liu Shaoqi"])]


@pytest.mark.parametrize(
    "note",
    [
        # the press, a capital, a description in the name's place
        f"Mao told the press, Xinhua, on 4 August 1953 that the troops would stay {_CALL}.",
        f"Mao told the ambassador, Moscow, on 4 August 1953 that the troops would stay {_CALL}.",
        f"Mao told the Soviet Ambassador, Kuznetsov's deputy, on 4 August 1953 that the troops would stay {_CALL}.",
        # a month that dates what was spoken of, not the talk
        f"Kim told Puzanov that the plan adopted in March 1956 had failed {_CALL}.",
        # a season is no month
        f"Kim told Puzanov in the spring of 1956 that the plan had failed {_CALL}.",
        # a state with an apposition is no person
        f"The Chinese told the Soviet Union, the old ally, on 4 August 1953 that it had failed {_CALL}.",
    ],
)
def test_no_talk_told_to_a_body_a_place_or_with_another_month(note):
    assert note_communications(note) == []


# --- a message told in prose, its call number right after the day ---------------------------------

_RG = ": RGANI, f. 5, op. 28, d. 219, ll. 14–21."
_BR = " (AVPRF, f. 06, op. 12, p. 9, d. 137, ll. 2–4)."


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            f"R.Ia. Malinovskii (Minister of Defence) reported to Khrushchev on the withdrawal on 3 Nov. 1958{_RG}",
            [("1958-11-03", ["Khrushchev", "R.Ia. Malinovskii"])],
        ),
        (f"P.F. Iudin wrote to Molotov on 2 May 1955{_BR}", [("1955-05-02", ["Molotov", "P.F. Iudin"])]),
        (f"N.T. Fedorenko cabled to the Presidium on 2 May 1955{_BR}", [("1955-05-02", ["N.T. Fedorenko"])]),
    ],
)
def test_a_message_told_in_prose_with_its_call_number(note, expected):
    assert note_communications(note) == expected


@pytest.mark.parametrize(
    "note",
    [
        f"Pravda reported to its readers on 8 Oct. 1958{_RG}",  # the press
        f"Moscow wrote to Beijing on 2 May 1955{_BR}",  # capitals
        f"Xinhua News Agency reported to Mao on 8 Oct. 1958{_RG}",  # an agency of two capitalised words
        f"Malinovskii reported to Khrushchev on 8 Oct. 1958{_RG}",  # one bare word may be a body or a paper
        "R.Ia. Malinovskii reported to Khrushchev on 8 Oct. 1958 that the troops had left; see Smith, Army, 4.",  # no call number
        f"R.Ia. Malinovskii reported to Peking on 8 Oct. 1958{_RG}",  # a capital as addressee: not read at all
    ],
)
def test_no_message_from_the_press_a_capital_or_without_a_call_number(note):
    assert note_communications(note) == []


# --- a minute on another record --------------------------------------------------------------------

_TNA = ", TNA, FO 371/120911, FC 1022/7."


def test_a_minute_on_a_possessive_record():
    note = f"Minute by an official of the Far Eastern Department on O'Neill's despatch of 9 May 1956 to the Foreign Office{_TNA}"
    assert note_communications(note) == [("1956-05-09", ["O'Neill"])]


@pytest.mark.parametrize(
    "note",
    [
        f"Minute by Allen on the despatch of 9 May 1956{_TNA}",  # no one's despatch named
        f"Minute by R.H. Scott on the Korean question, 9 May 1956{_TNA}",  # a subject
        f"Comments by Molotov on Zhou Enlai's speech of 3 May 1954{_TNA}",  # a speech is no message
        f"Minutes by the Far Eastern Department on Pravda's article of 9 May 1956{_TNA}",  # the press
    ],
)
def test_no_record_from_a_minute_on_a_subject_a_speech_or_the_press(note):
    assert note_communications(note) == []


# --- a party named again in a later sentence, in full and with his office -------------------------

_FO = "TNA, FO 371/110201, FC 1071/30."


def _parties(tmp_path, note: str) -> tuple[list[tuple[str, str | None]], list[set[str]]]:
    built = build_notes(tmp_path, f"1. {note}")
    talks = [
        (p.mention.text, p.mention.role)
        for ex in built.extractions
        for cit in ex.citations
        for c in cit.communications
        for p in c.participants
    ]
    return talks, [set(e.spellings) for e in built.resolution.entities if not e.is_organization]


def test_a_later_sentence_gives_the_bare_party_no_full_name(tmp_path):
    # "X was then <office>." may name a brother or a namesake as easily as the party: it is not read
    note = (
        f"Vyshinskii to Stalin, memorandum, 20 May 1952, {_FO} A.Ia. Vyshinskii was then Minister of Foreign Affairs."
    )
    talks, people = _parties(tmp_path, note)
    assert ("Vyshinskii", None) in talks
    assert not any("Vyshinskii" in spellings and "A.Ia. Vyshinskii" in spellings for spellings in people)


@pytest.mark.parametrize(
    ("note", "bare"),
    [
        # a kinswoman of the same surname: no office of his, no merge
        (
            f"Eden to Dulles, letter, 2 June 1954, {_FO} Clarissa Eden, the Foreign Secretary's wife, kept a diary.",
            "Eden",
        ),
        # a Korean surname alone covers many people
        (f"Kim to Khrushchev, letter, 2 June 1955, {_FO} Kim Il was then Minister of Defence.", "Kim"),
        # a party already written with initials: the later one may be another man
        (
            f"A.A. Gromyko to Molotov, 2 June 1954, and Gromyko to Vyshinskii, 3 June 1954, {_FO} An.A. Gromyko was then Counsellor.",
            "Gromyko",
        ),
        # a brother: an apposition in a sentence that tells something else is not read
        (
            f"Kennedy to Khrushchev, letter, 27 Oct. 1962, {_FO} Robert Kennedy, the Attorney General, took a copy to Dobrynin.",
            "Kennedy",
        ),
        (
            f"Kennedy to Khrushchev, letter, 27 Oct. 1962, {_FO} Robert Kennedy was then Attorney General and took a copy.",
            "Kennedy",
        ),
        # a sentence that cites a record of its own
        (
            f"Trevelyan to Eden, letter, 14 Jan. 1954, {_FO} Humphrey Trevelyan, the British chargé, wrote again on 5 May 1954.",
            "Trevelyan",
        ),
    ],
)
def test_no_full_name_from_a_kinsman_a_korean_surname_or_a_citing_sentence(tmp_path, note, bare):
    talks, people = _parties(tmp_path, note)
    assert bare in [t for t, _ in talks]
    later = {
        "Eden": "Clarissa Eden",
        "Kim": "Kim Il",
        "Gromyko": "An.A. Gromyko",
        "Trevelyan": "Humphrey Trevelyan",
        "Kennedy": "Robert Kennedy",
    }[bare]
    assert not any(bare in spellings and later in spellings for spellings in people)
    assert not any("A.A. Gromyko" in spellings and later in spellings for spellings in people)
    assert not any(role for t, role in talks if t == bare)


# --- "and the cover note by X, then his office, date" ----------------------------------------------

_FIRST = "Molotov to the Presidium of the CC CPSU, 20 April 1954, APRF, f. 3, op. 65, d. 829, ll. 150–53"


def test_and_the_cover_note_by_its_writer_then_in_office():
    note = (
        f"{_FIRST}, and the cover note by V.V. Kuznetsov, then Deputy Foreign Minister, 21 April 1954, ibid., l. 149."
    )
    assert ("V.V. Kuznetsov", "Deputy Foreign Minister") in participant_roles(note)
    assert ("1954-04-21", ["V.V. Kuznetsov"]) in note_communications(note)


@pytest.mark.parametrize(
    "tail",
    [
        "and the cover note to it is lost",  # no writer, no date
        "and the cover note by Pravda, 21 April 1954",  # the press
        "and the covering letter from the Foreign Ministry, 21 April 1954, ibid., l. 149",  # a ministry unnamed
    ],
)
def test_no_cover_note_without_a_named_writer(tail):
    assert len(note_communications(f"{_FIRST}, {tail}.")) == 1


# --- a diary's entries named in the author's sentence about the diarist ----------------------------


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Harold Macmillan's impressions are in his diary entries of 2 and 3 July 1955, quoted in Horne, Macmillan, 140.",
            [("1955-07-02", ["Harold Macmillan"]), ("1955-07-03", ["Harold Macmillan"])],
        ),
        (
            "Harriman's account is in his diary entry for 3 July 1955 (Harriman Papers, box 12).",
            [("1955-07-03", ["Harriman"])],
        ),
    ],
)
def test_entries_of_the_diarists_own_diary(note, expected):
    assert note_communications(note) == expected


@pytest.mark.parametrize(
    "note",
    [
        "Eden's impressions are in Shuckburgh's diary entries of 10 and 11 May 1954, quoted in Hartigan, Eden, 140.",  # another's diary
        "Eden's impressions are in his diary, quoted in Hartigan, Eden at Geneva (London: Pellmore, 1987), 140–41.",  # no day
        "Eden's impressions are in his memoirs of 1960, 140–41.",  # a memoir
        "Pravda's view is in its diary entry for 3 July 1955.",  # the press has no diary of "his"
    ],
)
def test_no_entries_of_another_diary_an_undated_one_or_a_memoir(note):
    assert note_communications(note) == []


# --- a circular to the missions abroad: the writer alone ------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Vasile Gliga (Deputy Foreign Minister), circular telegram to the Romanian missions abroad, 2 May 1962.",
        "Gromyko, circular telegram to all missions, 2 May 1962.",
    ],
)
def test_a_circular_to_the_missions_is_the_writers_alone(note):
    ((date, people),) = note_communications(note)
    assert date == "1962-05-02" and len(people) == 1


@pytest.mark.parametrize(
    "note",
    [
        "Gromyko, telegram to Embassies Abroad, 2 May 1962.",  # capitalised, still no one
        "Gromyko, circular telegram to the Soviet Embassies in Asia, 2 May 1962.",
        "Gliga, circular letter to the Legations, 2 May 1962.",
    ],
)
def test_missions_and_embassies_are_no_person(note):
    for _, people in note_communications(note):
        assert not any(re.search(r"(?i)embass|legation|mission", p) for p in people)
