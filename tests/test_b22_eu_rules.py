"""East European conventions first read from blind sets 22 and 23 (issue #3), each checked on notes
of its own: a head in single quotes with its English translation in brackets (the translation's
offices are roles, its spellings the same people's), the writer named after the translation
("…], by X"), a German writer set off by commas after his office, a German list joined by "und",
Hungarian heads with the office after the name, a Czech letter between comrades, a state's name
in a Czech or Polish case, Arabic names with "al-"; with the phrasings that must stay as they were."""

from __future__ import annotations

from conftest import note_communications, participant_roles, people_in, together

from kg1956.extract.citations import extract_note
from kg1956.extract.locators import parse_locator
from kg1956.models import Note


def _comms(text: str):
    return [c for cit in extract_note(Note("t", 1, text, 1)).citations for c in cit.communications]


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
    assert together(people, "Salahem Bitarem", "Salah Bitar")
    assert together(people, "Szarka Károly", "Károly Szarka")
    assert _apart(people, "Szarka Károly", "Szarka Imre")


def test_romanian_and_bulgarian_heads_on_a_conversation():
    text = (
        "Notă privind convorbirea ambasadorului Ion Moraru cu Pak Song Chol, 9 martie 1965, AMAE, fond Coreea, "
        "dosar 44/1965, f. 2–6."
    )
    assert note_communications(text) == [("1965-03-09", ["Ion Moraru", "Pak Song Chol"])]
    assert ("Ion Moraru", "ambasadorului") in participant_roles(text)
    text = "Информация за разговор на посланика П. Панчевски с Нам Ир, 12.XI.1965, AMVnR, op. 21, a.e. 305, l. 14–18."
    assert note_communications(text) == [("1965-11-12", ["Нам Ир", "П. Панчевски"])]
    text = (
        "Stenograma convorbirilor oficiale dintre tovarășul Ion Gheorghe Maurer și tovarășul Ciu En-lai, Beijing, "
        "4 septembrie 1966, ANIC, fond CC al PCR – Secția Relații Externe, dosar 102/1966, f. 1–30."
    )
    assert participant_roles(text) == [("Ion Gheorghe Maurer", None), ("Ciu En-lai", None)]


def test_a_bulgarian_report_from_one_to_another_keeps_the_initial():
    text = "Информация от посланика П. Панчевски до Т. Живков, 4.II.1966, TsDA, f. 1B, op. 6, a.e. 6120, l. 3–9."
    assert participant_roles(text) == [("П. Панчевски", "посланика"), ("Т. Живков", None)]


def test_a_bulgarian_report_on_a_state_is_no_message():
    text = "Информация за положението в КНДР, 3.V.1966, AMVnR, op. 21, a.e. 311, l. 1–8."
    assert note_communications(text) == []


def test_the_ocr_lower_case_l_in_kim_ir_sen(tmp_path):
    notes = """
1. Vermerk über das Gespräch des Genossen Friedrich Ebert mit Genossen Kim lr Sen am 4. 6. 1966, SAPMO-BArch, DY 30/IV A 2/20/262, Bl. 5–12.

2. Záznam o rozhovoru s. J. Hendrycha s Kim Ir Senem, 20. 6. 1966, NA, f. KSČ-ÚV 02/1, sv. 141, a.j. 210, b. 3.

3. Záznam o rozhovoru s. J. Hendrycha s Kim Il-bongem, 21. 6. 1966, NA, f. KSČ-ÚV 02/1, sv. 141, a.j. 211, b. 1.
"""
    people = people_in(tmp_path, notes)
    assert together(people, "Kim lr Sen", "Kim Ir Senem")
    assert _apart(people, "Kim Ir Senem", "Kim Il-bongem")


def test_the_czech_party_fond_with_its_number():
    loc = parse_locator("NA, f. KSČ-ÚV 02/1, sv. 141, a.j. 210, b. 3.", 0)
    assert loc is not None and dict(loc.fields)["fond"] == "KSČ-ÚV 02/1"
    loc = parse_locator("NA, f. KSČ-ÚV-05/3, sv. 18, a.j. 51.", 0)
    assert loc is not None and dict(loc.fields)["fond"] == "KSČ-ÚV-05/3"


def test_a_polish_cable_from_a_place_signed_in_brackets():
    text = "Szyfrogram z Hanoi (Siedlecki), 14.2.1965, AMSZ, Departament II, Wietnam, 1965, w. 9, t. 130, k. 22."
    assert note_communications(text) == [("1965-02-14", ["Siedlecki"])]
    text = "Szyfrogram z Pekinu (Reuter), 3.3.1965, AMSZ, Departament II, Chiny, 1965, w. 4, t. 51, k. 7."
    assert note_communications(text) == []
    text = "Szyfrogram z Pekinu (Warszawa), 3.3.1965, AMSZ, Departament II, Chiny, 1965, w. 4, t. 51, k. 7."
    assert note_communications(text) == []


def test_a_german_abbreviated_office_does_not_end_the_sentence():
    text = (
        "Information über ein Gespräch mit dem stellv. Außenminister der KDVR, Genossen Pak Song Chol, am "
        "9.6.1966 (recorded by Attaché K. Weidemann), PA AA, MfAA, C 1090/70, Bl. 11–14."
    )
    assert note_communications(text) == [("1966-06-09", ["Pak Song Chol"])]
    assert participant_roles(text) == [("Pak Song Chol", "stellv. Außenminister der KDVR")]


def test_a_czech_record_of_the_second_conversation():
    text = (
        "Záznam o druhém rozhovoru s. J. Hendrycha s Kim Ir Senem dne 22. 6. 1966, NA, f. KSČ-ÚV 02/1, "
        "sv. 141, a.j. 212, b. 1."
    )
    assert note_communications(text) == [("1966-06-22", ["J. Hendrycha", "Kim Ir Senem"])]


def test_korean_names_in_czech_hungarian_and_german_romanisations():
    from kg1956.romanize import name_key

    choe = name_key("Ch'oe Yong-gŏn").strong
    assert name_key("Csö Jong Gon").strong == choe
    assert name_key("Čchö Jong-kon").strong == choe
    assert name_key("Cso Jong Gon").strong != choe  # Hungarian "Cso" without its umlaut is Cho
    assert name_key("Kim Dsche Suk").strong == name_key("Kim Jae-suk").strong
    assert name_key("Kim Kwang Hiop").strong == name_key("Kim Kwang-hyŏp").strong
    assert name_key("Kim Kwang Hiop").strong != name_key("Kim Kwang-hwa").strong


def test_a_polish_report_to_a_politburo_that_says_not_whose():
    text = "Informacja tow. E. Ochaba dla Biura Politycznego, 12 V 1966 r., AAN, KC PZPR, sygn. XI A/114, k. 3–8."
    assert note_communications(text) == [("1966-05-12", ["E. Ochaba"])]
    text = "Informacja dla Biura Politycznego o sytuacji w KRLD, 20 V 1966 r., AAN, KC PZPR, sygn. XI A/114, k. 9–12."
    assert note_communications(text) == []


def test_a_czech_report_submitted_by_a_named_person():
    text = (
        "Zpráva o jednání delegace ČSR v Pchjongjangu, předložil vedoucí delegace Jiří Hendrych, 18. 7. 1966, "
        "NA, f. KSČ-ÚV 02/1, sv. 143, a.j. 215, b. 5."
    )
    assert note_communications(text) == [("1966-07-18", ["Jiří Hendrych"])]
    assert participant_roles(text) == [("Jiří Hendrych", "vedoucí delegace")]
    text = (
        "Zpráva o jednání delegace ČSR v Káhiře, předložil sekretariát ÚV KSČ, 2.10.1956, "
        "NA, f. 02/2, sv. 78, a.j. 96, b. 1."
    )
    assert note_communications(text) == []
