"""Counter-examples from review 14 of the English rules (h10-en), on other authors' notes: each one a
harm the rules did before they were narrowed (a reply folded into its namesake, a next talk copied onto
someone else or onto prose, a book read as a diary, a place met, a pronoun as speaker, a building sent a
copy, a reply by one never written to, historians read as the two sides, a letter's year lost)."""

from __future__ import annotations

import pytest
from conftest import ask, build_notes, note_communications

_IUDIN_MAO = (
    "Record of conversation between P.F. Iudin and Mao Zedong, 31 March 1956, AVPRF, f. 0100, op. 49, d. 9, ll. 87–98"
)
_FIRST_TALK = [("1956-03-31", ["Mao Zedong", "P.F. Iudin"])]


# --- 1. a reply by the one written to, who shares the writer's surname ----------------------------------


@pytest.mark.parametrize("sender", ["Nehru", "J. Nehru"])
def test_a_reply_by_a_namesake_of_the_writer_is_not_read(sender):
    text = (
        f"Letter from {sender} to B.K. Nehru, 5 December 1961, NAI, File No. 2(12)-EUR/61, p. 4; "
        "Nehru replied on 9 December (ibid., p. 6)."
    )
    assert note_communications(text) == [("1961-12-05", sorted(["B.K. Nehru", sender]))]


def test_a_reply_by_a_namesake_makes_no_self_addressed_letter(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Letter from Nehru to B.K. Nehru, 5 December 1961, NAI, File No. 2(12)-EUR/61, p. 4; "
        "Nehru replied on 9 December (ibid., p. 6).",
    )
    people = [set(e.spellings) for e in built.resolution.entities if not e.is_organization]
    assert {"Nehru", "B.K. Nehru"} not in people
    assert all(
        len({p.mention.text for p in c.participants}) == len(c.participants)
        for ex in built.extractions
        for cit in ex.citations
        for c in cit.communications
    )


# --- 2. the next talk of the same people: nothing but its call number after its day --------------------


@pytest.mark.parametrize(
    "tail",
    [
        "a later conversation, 13 April, between Iudin and Chou En-lai, ibid., ll. 99–104.",
        "a further meeting, 2 April, with Liu Shaoqi, ibid.",
        "another meeting, 2 April, of the Politburo, ibid.",
        "a second conversation, 1 April, was not recorded.",
        "a second conversation, 2 April, with Liu Shaoqi present, ibid.",
    ],
)
def test_no_second_talk_of_the_same_people_when_more_words_follow_its_day(tail):
    assert note_communications(f"{_IUDIN_MAO}; {tail}") == _FIRST_TALK


def test_the_second_talk_with_its_call_number_is_still_read():
    text = f"{_IUDIN_MAO}; a second conversation, 2 April, ibid., ll. 99–104."
    assert note_communications(text) == [*_FIRST_TALK, ("1956-04-02", ["Mao Zedong", "P.F. Iudin"])]


# --- 3. a book or an article is no diary ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "H.E. Salisbury, 'Moscow Journal: The End of Stalin', 1961, p. 22.",
        "D. Bodde, Peking diary, 1950, pp. 14–15.",
        "D. Bodde, 'Peking Diary: A Year of Revolution', 1950, p. 3.",
        "A. Kemp, 'Dziennik polityczny', 1984, nr 3, p. 5.",
        "E. Hoxha, 'Reflections on China' (extracts from the political diary), 1979, p. 44.",
        "V. Dedijer, 'Novi prilozi' (from his diary), 1970, p. 12.",
        "M. Rákosi, 'Visszaemlékezések' (memoirs, not a diary), 1997, p. 5.",
    ],
)
def test_a_published_work_with_diary_in_its_title_is_no_diary_entry(text):
    assert note_communications(text) == []


# --- 4. a place or a thing seen is no one met; a pronoun is no speaker --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ambassador saw Gandhi Maidan on 3 May 1956 (NAI, File No. 3(4)-EUR/56, p. 2).",
        "The ambassador saw Lenin Hills on 3 May 1956 (NAI, File No. 3(4)-EUR/56, p. 2).",
        "Khrushchev saw Lenin Mausoleum on 7 November 1957 (RGANI, f. 52, op. 1, d. 560, l. 4).",
        "Kozlov saw Nixon Kitchen on 24 July 1959 (NA, RG 59, 033.1161/7-2459).",
    ],
)
def test_no_talk_with_a_site_seen(text):
    assert note_communications(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "She saw N.S. Khrushchev on 5 May 1959 (AVPRF, f. 0100, op. 52, d. 4, l. 2).",
        "She saw N.S. Khrushchev on 5 May 1959 (NAI, File No. 8(12)-China/59, p. 2).",
        "He had a long talk with Nehru on 5 May 1959 (NAI, File No. 8(12)-China/59, p. 2).",
        "He told Nehru on 5 May 1959 that the border was settled (NAI, File No. 8(12)-China/59, p. 2).",
        "He told Nehru on 5 May 1959 that the border was settled (AVPRF, f. 0100, op. 52, d. 4, l. 2).",
    ],
)
def test_a_pronoun_is_no_speaker(text):
    assert all(p not in ("He", "She") for _, people in note_communications(text) for p in people)


def test_a_body_conferring_takes_no_one_from_another_notes_talk(tmp_path):
    built = build_notes(
        tmp_path,
        "7. Ambassador Parthasarathi had a conversation with Chen Yi on 5 May 1959 (NAI, File No. "
        "8(12)-China/59, p. 2).\n\n8. The Indian Embassy conferred with Ch'en Yi on 5 May 1959 (NAI, File No. "
        "8(12)-China/59, p. 2).",
    )
    # the eighth note names no one but Ch'en Yi: no communication it attests may bring in Parthasarathi
    assert not ask(
        built.graph,
        """ASK { ?c a kg:Communication ; prov:wasDerivedFrom ?n ; kg:participant ?p .
                 ?n kg:noteNumber 8 . ?c kg:participant ?q . FILTER (?p != ?q) }""",
    )


# --- 5. a copy to a building or a square adds no one ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Letter from Ulbricht to Khrushchev, 3 March 1961, SAPMO-BArch, DY 30/3386, Bl. 5–7; a copy went to Kremlin.",
            ["Khrushchev", "Ulbricht"],
        ),
        (
            "Letter from Ulbricht to Khrushchev, 3 March 1961, SAPMO-BArch, DY 30/3386, Bl. 5–7; copy to Red Square.",
            ["Khrushchev", "Ulbricht"],
        ),
        (
            "Letter from Gomułka to Khrushchev, 2 July 1958, AAN, KC PZPR, sygn. 2/5, k. 3; cc: Kremlin Hospital.",
            ["Gomułka", "Khrushchev"],
        ),
    ],
)
def test_a_copy_to_a_building_or_a_place_adds_no_recipient(text, parties):
    ((_, people),) = note_communications(text)
    assert people == parties


# --- 6. "X's reply of DAY": X must be one the message was addressed to -----------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Letter from Khrushchev to Nehru, 2 July 1958, AVPRF, f. 090, op. 20, d. 4, ll. 5–7; Menon's answer of "
            "9 July, ibid., l. 9.",
            ("1958-07-02", ["Khrushchev", "Nehru"]),
        ),
        (
            "Letter from Nehru to Khrushchev, 4 August 1958, NAI, MEA, file 77; Gopal's reply of 14 August, p. 3.",
            ("1958-08-04", ["Khrushchev", "Nehru"]),
        ),
        (f"{_IUDIN_MAO}; Mao's reply of 2 April, ibid., ll. 99–100.", _FIRST_TALK[0]),
        (
            "Letter from Nasser to Khrushchev, 2 March 1958, AVPRF, f. 087, op. 21, d. 5, l. 3; and Nasser's reply, "
            "dated 19 March, ibid.",
            ("1958-03-02", ["Khrushchev", "Nasser"]),
        ),
    ],
)
def test_no_reply_by_one_not_written_to(text, first):
    assert note_communications(text) == [first]


# --- 7. one name a side in brackets: the historians cited, not the two sides ------------------------------


def test_one_name_a_side_in_brackets_is_no_pair_of_sides():
    text = "Record of conversation, 11 January 1957 (Kersten; Paczkowski), AAN, KC PZPR, sygn. 2/5, k. 3."
    assert note_communications(text) == []


# --- 8. a letter's year right after its last party is its date --------------------------------------------


def test_a_year_after_the_last_party_dates_the_letter():
    text = "Letter from Nehru to Chou En-lai 1959, 12 pp., NAI, File No. 8(12)-China/59."
    assert note_communications(text) == [("1959", ["Chou En-lai", "Nehru"])]
