"""Review 14 of the East European rules (branch h10-eu): the reviewer's counter-examples, notes of other
authors that the new rules had misread, each with what docs/gold-format.md wants of it.

- a diary's title quoted after a name is no longer read (the rule was withdrawn): a newspaper's, an
  article's, a lecture's or a book's title with a diary word in it is no diary;
- a title signed by someone is read only with a call number (or an ibid.) after its date, never from the
  English "List of …" or "Information on …", never from a press item;
- a signer after a quoted title is the writer ("gez. Wandel (Botschafter)": his office in brackets), never
  the embassy or the ministry the title names;
- the period a report covers after "do", "für", "pro" is a whole word: "Rokossowskiego" is no "rok";
- an office abbreviated at a sentence's end ("the Czech velv.", "the Polish amb.") ends the clause before a
  new record;
- an "ibid." with a printed page points to a work, no archival record;
- a Czech head naming two partners ("se s. X a s. Y") gives both or nothing, never one of them.
"""

from __future__ import annotations

from conftest import note_communications, participant_roles

from kg1956.extract.citations import extract_note
from kg1956.models import Note


def _kinds(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [
        (c.kind, c.date.iso if c.date else None, sorted(p.mention.text for p in c.participants))
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
    ]


# --- finding 1: a title with a diary word in it, after a name, is no diary ---------------------------


def test_a_press_book_or_lecture_title_with_a_diary_word_is_no_diary():
    for text in (
        "Popescu, 'Jurnalul Național', 12 mai 1957.",
        "Kovács, 'Veszprémi Napló', 12 May 1957.",
        "Novák, 'Lidový deník', 3 May 1957.",
        "H. Schmidt, 'Ein Tagebuch aus Peking', 12 Mai 1990, Neues Deutschland.",
        "Kowalski, 'Dziennik Ludowy' (People's Journal), 3 May 1957.",
        "Mastny, 'The Diary of a Cold Warrior', 14 March 2005 lecture, Woodrow Wilson Center.",
        "K. Nowak, 'Pamiętniki i dzienniki', 12 Warsaw 1998.",
        "Gaddis, 'The Diplomatic Diary of the Cold War', 12 Spring 1990 issue.",
        "Nowak, 'Trybuna Dziennik', 3 maja 1957.",
        "W. Gomułka, 'Dziennik ambasady' (Embassy journal), 3 May 1957, AAN, KC PZPR, sygn. 237/XXII-530, k. 8.",
    ):
        assert note_communications(text) == [], text


# --- finding 2: a signed title needs a record, a title in its own language --------------------------


def test_an_english_list_or_a_printed_text_signed_by_someone_is_no_letter():
    for text in (
        "'List of delegates to the Congress', signed by J. Cyrankiewicz, 14.V.1955, AAN, KC PZPR, sygn. 237/V-22, k. 4.",
        "'List of participants in the Warsaw meeting', signed by J. Cyrankiewicz, 14.V.1955, AAN, KC PZPR, "
        "sygn. 237/V-22, k. 4.",
        "'Pismo Święte', signed by Cardinal Wyszyński, 3.5.1957, quoted in Tygodnik Powszechny.",
        "'Brief an die Jugend', gez. Walter Ulbricht, 3.4.1958, Neues Deutschland, 4 April 1958.",
    ):
        assert note_communications(text) == [], text


def test_a_signed_original_title_with_its_call_number_is_still_read():
    text = "'Zpráva o situaci' [Report on the situation], podepsáno F. Komzala, 20.1.1958, AMZV, TO-T 1955–1959, k. 6."
    assert _kinds(text) == [("report", "1958-01-20", ["F. Komzala"])]


# --- finding 3: the signer is the writer, not the embassy or the ministry ----------------------------


def test_the_signer_with_his_office_in_brackets_writes_the_report():
    for text in (
        '"Bericht der Botschaft Peking" [Report of the Embassy in Peking], gez. Wandel (Botschafter), 3.4.1958, '
        "PA AA, MfAA, A 6704, Bl. 3.",
        "'Bericht der Botschaft Peking' [Report of the Embassy in Peking], gez. Wandel (Botschafter), 3.4.1958, "
        "PA AA, MfAA, A 6704, Bl. 3.",
    ):
        assert _kinds(text) == [("report", "1958-04-03", ["Wandel"])], text
        assert participant_roles(text) == [("Wandel", "Botschafter")], text


def test_a_ministry_that_says_not_whose_is_no_sender_in_single_quotes():
    text = "'Schreiben des Ministeriums' [Letter of the Ministry], 3.4.1958, PA AA, MfAA, A 6704, Bl. 3."
    assert note_communications(text) == []


# --- finding 4: the period a report covers is a whole word ------------------------------------------


def test_an_addressee_whose_name_begins_with_a_period_word_is_kept():
    for text, expected in (
        (
            '"Pismo Gomułki do Rokossowskiego", 3.5.1956, AAN, KC PZPR, sygn. 237/V-22, k. 1.',
            [("letter", "1956-05-03", ["Gomułki", "Rokossowskiego"])],
        ),
        (
            '"Schreiben Ulbrichts an Jahn", 3.5.1956, SAPMO-BArch, DY 30/IV 2/20/118, Bl. 3.',
            [("letter", "1956-05-03", ["Jahn", "Ulbrichts"])],
        ),
        (
            '"Schreiben Grotewohls an Zeitler", 3.5.1956, SAPMO-BArch, DY 30/IV 2/20/118, Bl. 4.',
            [("letter", "1956-05-03", ["Grotewohls", "Zeitler"])],
        ),
    ):
        assert _kinds(text) == expected, text


# --- finding 5: an abbreviated office at a sentence's end ends the clause ----------------------------


def test_an_office_abbreviation_ending_a_sentence_ends_the_clause():
    text = (
        "Record of conversation with the Czech velv. Telegram from Ambassador Kiryluk to Rapacki, 5.5.1957, AMSZ, "
        "z. 6, w. 44, t. 640."
    )
    assert _kinds(text) == [("telegram", "1957-05-05", ["Kiryluk", "Rapacki"])]
    assert ("Kiryluk", "Ambassador") in participant_roles(text)
    titles = [cit.title for cit in extract_note(Note("t", 1, text, 1)).citations if cit.locators]
    assert titles and all("velv." not in title for title in titles), titles


def test_an_office_abbreviation_before_a_name_still_ends_no_clause():
    text = "Letter from Rapacki to the amb. Kiryluk, 3.5.1957, AMSZ, z. 6, w. 44, t. 640."
    assert _kinds(text) == [("letter", "1957-05-03", ["Kiryluk", "Rapacki"])]


# --- finding 6: an ibid. with a printed page is a work ----------------------------------------------


def test_an_ibid_with_a_printed_page_is_no_record():
    assert note_communications("'Notatka z rozmowy z Chen Yi', 9 IX 1966, ibid., p. 45.") == []


# --- finding 8: a head with two partners gives both or none ----------------------------------------


def test_a_czech_head_with_two_partners_loses_neither():
    text = (
        "'Záznam o rozhovoru velv. J. Sedláka se s. Tchien Chanem a s. Teng Tchuem dne 14.III.1957 r.' "
        "['Record of the conversation of Ambassador J. Sedlák with Comrade Tian Han and Comrade Deng Tuo'], "
        "AMZV, TO-T 1955–1959, k. 4."
    )
    found = note_communications(text)
    assert found == [] or len(found[0][1]) == 3


def test_a_polish_report_on_a_talk_with_two_on_one_side_loses_neither():
    # the heads added after the review ("Informacja o rozmowie …", 571c6e2) with two on the writer's side
    text = (
        "Informacja o rozmowie tow. Ochaba i tow. Cyrankiewicza z tow. Mao, 3.5.1957, AAN, KC PZPR, "
        "sygn. 237/V-22, k. 1."
    )
    found = note_communications(text)
    assert found == [] or len(found[0][1]) == 3
