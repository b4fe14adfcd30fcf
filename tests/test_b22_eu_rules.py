"""East European conventions first read from blind sets 22 and 23 (issue #3), each checked on notes
of its own: a head in single quotes with its English translation in brackets (the translation's
offices are roles, its spellings the same people's), the writer named after the translation
("…], by X"), a German writer set off by commas after his office, a German list joined by "und",
Hungarian heads with the office after the name, a Czech letter between comrades, a state's name
in a Czech or Polish case, Arabic names with "al-"; with the phrasings that must stay as they were."""

from __future__ import annotations

from conftest import note_communications, participant_roles, people_in

from kg1956.extract.citations import extract_note
from kg1956.models import Note


def _comms(text: str):
    return [c for cit in extract_note(Note("t", 1, text, 1)).citations for c in cit.communications]


def _together(people: list[set[str]], *spellings: str) -> bool:
    return any(set(spellings) <= p for p in people)


def _apart(people: list[set[str]], a: str, b: str) -> bool:
    return not any({a, b} <= p for p in people)


SINGLE_QUOTED = (
    "'Záznam o rozhovoru ministra zahraničních věcí V. Širokého s indickým velvyslancem dne 22.6.1954' "
    "[Record of Foreign Minister Široký's conversation with the Indian ambassador, 22 June 1954], AMZV, "
    "TO-T 1950–1954, Indie, k. 4, obal 9, č.j. 114.208/54."
)


def test_a_head_in_single_quotes_with_its_translation_gives_both_roles():
    assert note_communications(SINGLE_QUOTED) == [("1954-06-22", ["V. Širokého"])]
    (comm,) = _comms(SINGLE_QUOTED)
    assert comm.participants[0].mention.role == "ministra zahraničních věcí"
    assert comm.participants[0].mention.alias == "Široký"
    assert [(t.text, t.role) for t in comm.note_takers] == [("V. Širokého", "Foreign Minister")]


def test_an_article_title_in_single_quotes_is_no_record():
    text = "'The Czech Arms Deal Revisited', Journal of Bloc Diplomacy 9, no. 1 (2013): 44–71."
    assert note_communications(text) == []
    text = "'Záznam o rozhovoru s Nehruem, 3.5.1955', in his Paměti (Praha: Orbis, 1969), 12."
    assert note_communications(text) == []


def test_the_writer_named_after_the_translation():
    text = (
        "'Notatka z rozmowy z premierem Nehru, 12 IX 1955' [Note on a conversation with Prime Minister Nehru, "
        "12 Sept. 1955], by Katz-Suchy, AAN, KC PZPR, sygn. 237/XXII-877, k. 30–34."
    )
    assert note_communications(text) == [("1955-09-12", ["Katz-Suchy", "Nehru"])]
    assert ("Nehru", "premierem") in participant_roles(text)


def test_a_translation_naming_someone_else_joins_no_one():
    text = (
        "'Záznam o rozhovoru ministra zahraničních věcí V. Širokého s indickým velvyslancem dne 22.6.1954' "
        "[Record of Foreign Minister Karel Široký's conversation with the Indian ambassador, 22 June 1954], "
        "AMZV, TO-T 1950–1954, Indie, k. 4, obal 9, č.j. 114.208/54."
    )
    (comm,) = _comms(text)
    assert comm.participants[0].mention.alias is None and not comm.note_takers


def test_a_double_quoted_head_keeps_only_its_own_role():
    text = (
        '"Notatka z rozmów tow. Wł. Gomułki z prezydentem Ho Chi Minhem, 19 VII 1957" [Note on the talks of '
        "Comrade Władysław Gomułka with President Ho Chi Minh, 19 July 1957], AAN, KC PZPR, sygn. XI A/10, k. 45–67."
    )
    assert all(not c.note_takers for c in _comms(text))


def test_a_state_in_a_czech_or_polish_case_ends_the_office_and_names_no_one():
    text = (
        "'Záznam o rozhovoru s. Davida s ministrem zahraničních věcí Sýrie Salahem Bitarem, Damašek, 14.11.1957' "
        "[Record of Comrade David's conversation with the Syrian Foreign Minister Salah Bitar, Damascus, "
        "14 Nov. 1957], AMZV, TO-T 1955–1959, Sýrie, k. 2, obal 5, č.j. 118.540/57."
    )
    assert note_communications(text) == [("1957-11-14", ["Davida", "Salahem Bitarem"])]
    assert ("Salahem Bitarem", "ministrem zahraničních věcí Sýrie") in participant_roles(text)
    text = (
        "'Notatka z rozmowy wiceministra Naszkowskiego z ambasadorem Indonezji, 7 III 1957', "
        "AMSZ, z. 17, w. 31, t. 402, k. 5–9."
    )
    assert note_communications(text) == [("1957-03-07", ["Naszkowskiego"])]


def test_a_german_writer_set_off_by_commas_after_his_office():
    text = (
        "Bericht des Stellvertreters des Ministers für Auswärtige Angelegenheiten, Sepp Schwab, über seine Reise "
        "nach Indien, 30.1.1956, SAPMO-BArch, DY 30/J IV 2/2J/211, Bl. 4–19."
    )
    assert note_communications(text) == [("1956-01-30", ["Sepp Schwab"])]
    assert participant_roles(text) == [("Sepp Schwab", "Stellvertreters des Ministers für Auswärtige Angelegenheiten")]


def test_an_office_with_fuer_is_no_addressee():
    text = "Bericht des Ministers für Außenhandel über die Lage, 3.4.1957, SAPMO-BArch, DY 30/J IV 2/2J/90, Bl. 1–5."
    assert note_communications(text) == []
    text = "Bericht über die Lage in Industrie und Landwirtschaft der KDVR, 3.4.1957, PA AA, MfAA, A 7112, Bl. 1–9."
    assert note_communications(text) == []


def test_comrades_joined_by_und():
    text = (
        "Niederschrift über die Unterredung der Genossen Grotewohl und Rau mit Genossen Mikojan am 14.2.1957, "
        "SAPMO-BArch, DY 30/3511, Bl. 2–20."
    )
    assert note_communications(text) == [("1957-02-14", ["Grotewohl", "Mikojan", "Rau"])]


def test_hungarian_heads_with_the_office_after_the_name():
    text = (
        "Feljegyzés. Szarka Károly nagykövet beszélgetése Nam Il külügyminiszterrel, 1959. május 6., "
        "MOL, XIX-J-1-j, Korea, 1959, 8. doboz, 5/c, 003215/1959."
    )
    assert note_communications(text) == [("1959-05-06", ["Nam Il", "Szarka Károly"])]
    assert set(participant_roles(text)) == {("Szarka Károly", "nagykövet"), ("Nam Il", "külügyminiszterrel")}
    text = (
        "Feljegyzés Pak Szong Csol és Zsigmond László ideiglenes ügyvivő beszélgetéséről, 1961. február 17., "
        "MOL, XIX-J-1-j, Korea, 1961, 12. doboz, 5/b, 001122/1961."
    )
    assert note_communications(text) == [("1961-02-17", ["Pak Szong Csol", "Zsigmond László"])]
    text = (
        'Zsigmond László ügyvivő jelentése, "A koreai egyesítés kérdése", Phenjan, 1961. március 2., '
        "MOL, XIX-J-1-j, Korea, 1961, 12. doboz, 5/b, 001245/1961."
    )
    assert note_communications(text) == [("1961-03-02", ["Zsigmond László"])]


def test_hungarian_prose_with_a_possessive_is_no_talk():
    text = "Szarka Károly nagykövet beszélgetése a sajtóban nagy visszhangot keltett, 1959. május 6."
    assert note_communications(text) == []


def test_a_czech_letter_between_comrades():
    text = "'Dopis s. Širokého s. Zápotockému ze dne 4.8.1955', NA, f. KSČ-ÚV-05/3, sv. 18, a.j. 51."
    assert note_communications(text) == [("1955-08-04", ["Zápotockému", "Širokého"])]


def test_an_arabic_name_with_its_article():
    text = (
        "Conversations of the Czechoslovak envoy in Damascus, Jan Kolář, with Khalid al-Azm, 4 April 1957, "
        "AMZV, TO-T 1955–1959, Sýrie, k. 1, obal 3, č.j. 117.003/57."
    )
    assert note_communications(text) == [("1957-04-04", ["Jan Kolář", "Khalid al-Azm"])]


def test_translated_spellings_join_and_different_given_names_do_not(tmp_path):
    notes = """
1. 'Záznam o rozhovoru s. Davida s ministrem zahraničních věcí Sýrie Salahem Bitarem, Damašek, 14.11.1957' [Record of Comrade David's conversation with the Syrian Foreign Minister Salah Bitar, Damascus, 14 Nov. 1957], AMZV, TO-T 1955–1959, Sýrie, k. 2, obal 5, č.j. 118.540/57.

2. Feljegyzés. Szarka Károly nagykövet beszélgetése Nam Il külügyminiszterrel, 1959. május 6. [Ambassador Károly Szarka's conversation with Foreign Minister Nam Il], MOL, XIX-J-1-j, Korea, 1959, 8. doboz, 5/c, 003215/1959.

3. Feljegyzés. Szarka Imre tanácsos beszélgetése Pak Szong Csol külügyminiszter-helyettessel, 1960. május 6., MOL, XIX-J-1-j, Korea, 1960, 9. doboz, 5/c, 003300/1960.
"""
    people = people_in(tmp_path, notes)
    assert _together(people, "Salahem Bitarem", "Salah Bitar")
    assert _together(people, "Szarka Károly", "Károly Szarka")
    assert _apart(people, "Szarka Károly", "Szarka Imre")
