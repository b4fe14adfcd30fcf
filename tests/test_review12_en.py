"""Counter-examples from review 12 of the English rules, in our own words and the same forms: a
later "X was then <office>." sentence never names the record's bare party (a brother or a namesake
is as likely); a journal's "hereafter" title is no record's; "his diary" after a sentence naming
another man, or "her diary", is no diary of the possessive subject; the day after a subject that is
an event or a clause is not the message's; "memorandum for" a purpose or a meeting has no addressee
and is never lost; a record after the call number's colon keeps its own "ibid." leaf; a possessive
head with a relative clause is still a record."""

from __future__ import annotations

import pytest
from conftest import build_notes, note_communications, talks_in

_NARA = "NARA, RG 59, box 7."
_AVPRF = "AVPRF, f. 06, op. 15, d. 3, ll. 4-6."


def _people(built) -> list[set[str]]:
    return [set(e.spellings) for e in built.resolution.entities if not e.is_organization]


def _parties(built) -> list[tuple[str, str | None]]:
    return [
        (p.mention.text, p.mention.role)
        for ex in built.extractions
        for cit in ex.citations
        for c in cit.communications
        for p in c.participants
    ]


# --- 1-2: a later sentence giving a full name and an office names no bare party ---------------------


@pytest.mark.parametrize(
    ("notes", "bare", "full"),
    [
        (
            f"1. Dillon to Dulles, 7 June 1955, {_NARA} Allen Dulles was then Director of Central Intelligence.",
            "Dulles",
            "Allen Dulles",
        ),
        (
            f"1. Gromyko to Kennedy, 20 October 1962, {_NARA} Robert Kennedy was then Attorney General.",
            "Kennedy",
            "Robert Kennedy",
        ),
        (
            f"1. Truman to Churchill, 2 May 1952, {_NARA} Randolph Churchill was then Editor.",
            "Churchill",
            "Randolph Churchill",
        ),
        (
            f"1. Nixon to Dulles, 9 May 1955, {_NARA} Allen Dulles was then Director of Central Intelligence; his brother was Secretary of State.",
            "Dulles",
            "Allen Dulles",
        ),
        (
            f"1. Kuznetsov to Bulganin, 4 July 1953, {_AVPRF} N.G. Kuznetsov was then Minister of the Navy.",
            "Kuznetsov",
            "N.G. Kuznetsov",
        ),
        (
            f"1. Record of conversation between Kuznetsov and Pak Hon-yong, 9 July 1953, {_AVPRF} The Kuznetsov here is the diplomat; N.G. Kuznetsov was then Commander of the Pacific Fleet.",
            "Kuznetsov",
            "N.G. Kuznetsov",
        ),
        (
            f"1. Record of conversation between Fedorenko and Chen Yi, 3 June 1955, {_AVPRF} A.F. Fedorenko was then Deputy Minister of Foreign Trade.",
            "Fedorenko",
            "A.F. Fedorenko",
        ),
    ],
)
def test_a_later_was_then_sentence_merges_no_namesake(tmp_path, notes, bare, full):
    built = build_notes(tmp_path, notes)
    parties = _parties(built)
    assert (bare, None) in parties
    assert full not in [t for t, _ in parties]
    assert not any(bare in s and full in s for s in _people(built))


def test_the_namesake_does_not_spread_to_other_notes(tmp_path):
    built = build_notes(
        tmp_path,
        f"""1. Dulles to Macmillan, 2 June 1955, {_NARA}

2. Bohlen to Dulles, 5 June 1955, {_NARA} Allen Dulles was then Director of Central Intelligence.

3. Eisenhower to Dulles, 8 June 1955, {_NARA}""",
    )
    assert not any("Dulles" in s and "Allen Dulles" in s for s in _people(built))
    assert "Allen Dulles" not in [t for t, _ in _parties(built)]


# --- 3: a journal's "hereafter" title repeats no record --------------------------------------------


@pytest.mark.parametrize(
    ("declared", "again"),
    [
        (
            "Record of conversation between Molotov and Kim Il Sung, 4 April 1953, AVPRF, f. 06, op. 12, d. 7, ll. 2-8, "
            "published in Cold War History Review (hereafter Review), no. 3, p. 12.",
            "Review, p. 19.",
        ),
        (
            "Mao Zedong to Stalin, 2 January 1950, APRF, f. 45, op. 1, d. 330, ll. 9-10, published in Istoricheskii arkhiv, "
            "1996, no. 4 (hereafter Arkhiv), p. 33.",
            "Arkhiv, pp. 40-41.",
        ),
        (
            "Kuznetsov to Molotov, 9 July 1953, AVPRF, f. 06, op. 12, d. 9, ll. 1-2, in Russko-kitaiskie otnosheniia, "
            "vol. 5 (hereafter Otnosheniia), p. 60.",
            "Otnosheniia, p. 71.",
        ),
    ],
)
def test_a_journals_short_title_repeats_no_record(tmp_path, declared, again):
    built = build_notes(tmp_path, f"1. {declared}\n\n2. {again}")
    assert talks_in(built, 2) == []
    assert len(talks_in(built, 1)) == 1


def test_a_records_own_short_title_still_repeats_it(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Record of conversation between Molotov and Kim Il Sung, 4 April 1953 (hereafter Molotov–Kim record), "
        "AVPRF, f. 06, op. 12, d. 7, ll. 2-8.\n\n2. Molotov–Kim record (n. 1), l. 5.",
    )
    assert talks_in(built, 2) == [["Kim Il Sung", "Molotov"]]


# --- 4: "his diary" after another man, "her diary": no diary of the possessive subject -------------


@pytest.mark.parametrize(
    "note",
    [
        "Pierson Dixon saw him daily. Eden's mood is in his diary entries of 3 and 4 July 1954, quoted in Dixon, Double Diploma, pp. 300-2.",
        "Shuckburgh took notes. Eden's words are in his diary entry for 8 June 1954, quoted in Shuckburgh, Descent to Suez, p. 210.",
        "Zhou's reply is in her diary entry of 9 June 1954, quoted in Han Suyin, Eldest Son, p. 230.",
    ],
)
def test_another_diarists_diary_is_no_entry_of_the_subject(note):
    assert note_communications(note) == []


# --- 5: the day of the subject is not the message's -----------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "V.V. Kuznetsov reported to Molotov on the talk he had held with Kim Il Sung on 9 July 1953: AVPRF, f. 0102, op. 9, d. 44, ll. 3-8.",
        "A.A. Gromyko wrote to V.M. Molotov on the instructions sent to Malik on 4 June 1953 (AVPRF, f. 06, op. 12, d. 34, ll. 1-2).",
        "Zhou Enlai (Premier) wrote to Ho Chi Minh about the troops withdrawn on 3 August 1954 (PRC FMA, 106-00031-02, 1-5).",
        "Zhang Wentian cabled to Zhou Enlai on the talks with Pham Van Dong on 7 June 1954: PRC FMA, 206-00008-01, 1-3.",
    ],
)
def test_no_message_dated_with_its_subjects_day(note):
    assert [c for c in note_communications(note) if c[0] is not None] == []


def test_a_message_on_a_thing_keeps_its_day():
    note = "A.M. Vasilevskii (First Deputy Minister of Defence) reported to Malenkov on the withdrawal plan on 8 Oct. 1954: RGANI, f. 5, op. 30, d. 80, ll. 4-5."
    assert note_communications(note) == [("1954-10-08", ["A.M. Vasilevskii", "Malenkov"])]


# --- 6 and 9: "memorandum for" a purpose or a meeting ---------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Gromyko's memorandum for Molotov's talks with Eden, 2 May 1954, AVPRF, f. 06, op. 13a, d. 26, ll. 1-3.",
        "Malik's memorandum for Presidium Meeting, 8 June 1953, AVPRF, f. 06, op. 12, d. 41, ll. 3-4.",
        "Gromyko's memorandum for Khrushchev's approval, 3 March 1955, AVPRF, f. 07, op. 30, d. 12, ll. 1-2.",
    ],
)
def test_a_memorandum_for_a_purpose_is_its_writers_alone(note):
    found = note_communications(note)
    assert len(found) == 1
    assert len(found[0][1]) == 1
    assert found[0][1][0] in ("Gromyko", "Malik")


def test_a_memorandum_for_a_person_keeps_him():
    assert note_communications(
        "Gromyko's memorandum for Molotov, 30 April 1954, AVPRF, f. 06, op. 13a, d. 25, ll. 2-4."
    ) == [("1954-04-30", ["Gromyko", "Molotov"])]


# --- 7: a record after the colon keeps its own "ibid." leaf -----------------------------------------


def test_a_record_after_the_colon_keeps_its_own_leaf(tmp_path):
    built = build_notes(
        tmp_path, "1. AVPRF, f. 06, op. 13, d. 40, l. 9: see Gromyko to Malik, 3 June 1954, ibid., l. 12."
    )
    lists = [
        dict(loc.fields).get("list")
        for ex in built.extractions
        for cit in ex.citations
        if cit.communications
        for loc in cit.locators
    ]
    assert lists == ["12"]


# --- 8: a possessive head with a relative clause is still a record ---------------------------------


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Malik's memorandum to Molotov on the questions Eden had raised, 4 May 1954, AVPRF, f. 06, op. 13a, d. 25, ll. 5-6.",
            ("1954-05-04", ["Malik", "Molotov"]),
        ),
        (
            "Vyshinsky's instructions to Malik on what was wanted, 6 June 1953, AVPRF, f. 06, op. 12, d. 34, ll. 7-8.",
            ("1953-06-06", ["Malik", "Vyshinsky"]),
        ),
        (
            "Malik's memorandum to Gromyko, which was approved by the Collegium, 2 May 1954, AVPRF, f. 06, op. 13a, d. 25, ll. 7-9.",
            ("1954-05-02", ["Gromyko", "Malik"]),
        ),
    ],
)
def test_a_relative_clause_in_a_possessive_head_keeps_the_record(note, expected):
    assert expected in note_communications(note)


def test_a_possessive_heads_main_verb_is_still_prose():
    note = "Li Kenong's cables from Geneva were printed in Zhou Enlai waijiao wenxuan, Geneva 1954, pp. 1-5."
    assert note_communications(note) == []


def test_a_day_in_the_subjects_clause_dates_no_record():
    note = "Malik's report to Vyshinsky on the sessions, which were reopened on 8 May, 11 May 1954, AVPRF, f. 06, op. 13, d. 9, ll. 4-7."
    assert note_communications(note) == [("1954-05-11", ["Malik", "Vyshinsky"])]


@pytest.mark.parametrize(
    "note",
    [
        "Li Kenong's reports on Vietnam were published in Zhou Enlai waijiao wenxuan, Beijing 1990, pp. 5-9.",
        "Zhang Wentian's cables on the talks, which were printed in Waijiao dang'an, Beijing 1995, pp. 2-4.",
    ],
)
def test_a_possessive_head_about_where_it_is_printed_is_prose(note):
    assert note_communications(note) == []
