"""East European conventions first read from the Polish notes of blind set 27 (issue #3), each checked
in several languages, with the phrasings that must stay as they were (prose, an article's title, a
general's rank in English, namesakes kept apart):

- the year's word after a head's date ("20.IX.1956 r.", "11.V.1958. god.") inside single quotes;
- a talk held in private said after its parties ("w cztery oczy", "unter vier Augen", "mezi čtyřma
  očima", "u četiri oka", "între patru ochi"), and the words that introduce a head's date;
- an office abbreviated before a name ("amb.", "wicemin.", "velv."): a role, and no clause's end;
  "Gen." in a German head is the form of address Genosse;
- a call number, a colon, then a quoted head with its translation: the record's call number, which an
  "Ibid., k. …" after it repeats; a translation in quotes of its own gives spellings and offices.
"""

from __future__ import annotations

from conftest import build_notes, note_communications, participant_roles, people_in

from kg1956.extract.citations import extract_note
from kg1956.extract.eu_glosses import same_person
from kg1956.models import Note

AAN = "AAN, KC PZPR, sygn. 237/XXII-530, k. 8–12"


# --- the year's word after the date -------------------------------------------------------------


def test_the_years_word_after_a_quoted_heads_date():
    for text, iso in (
        (f"'Notatka z rozmowy tow. E. Ochaba z tow. Mao Tse-tungiem w dniu 20.IX.1956 r.', {AAN}.", "1956-09-20"),
        (
            "'Záznam o rozhovoru s. A. Novotného se s. Čou En-lajem dne 3.4.1957 r.' "
            "[Record of a conversation], AMZV, TO-T 1955–1959, k. 4.",
            "1957-04-03",
        ),
        (
            "'Zabilješka o razgovoru druga Koče Popovića s drugom Čen Jijem, 11.V.1958. god.', "
            "DAMSPS, PA, 1958, f. 12, d. 7, 419902.",
            "1958-05-11",
        ),
    ):
        found = note_communications(text)
        assert len(found) == 1 and found[0][0] == iso, text


# --- a talk held in private ---------------------------------------------------------------------


def test_a_talk_in_private_names_no_one():
    for text, people in (
        (
            f"'Notatka z rozmowy tow. Gomułki z Czou En-lajem w cztery oczy, 16.I.1957' [Note], {AAN}.",
            ["Czou En-lajem", "Gomułki"],
        ),
        (
            "'Vermerk über ein Gespräch des Genossen Ulbricht mit dem Genossen Tschou En-lai unter vier Augen "
            "am 3.4.1957', SAPMO-BArch, DY 30/IV 2/20/118, Bl. 3.",
            ["Tschou En-lai", "Ulbricht"],
        ),
        (
            "'Záznam o rozhovoru s. A. Novotného se s. Čou En-lajem mezi čtyřma očima dne 3.4.1957', "
            "AMZV, TO-T 1955–1959, k. 4.",
            ["A. Novotného", "Čou En-lajem"],
        ),
        (
            "'Zabilješka o razgovoru druga Tita s drugom Čou En-lajem u četiri oka dana 3.IV.1957', "
            "DAMSPS, PA, 1957, f. 2, d. 4, 41101.",
            ["Tita", "Čou En-lajem"],
        ),
    ):
        assert [p for _, p in note_communications(text)] == [people], text


def test_private_talk_words_in_prose_or_a_title_invent_no_talk():
    for text in (
        "The German text has 'Gespräch unter vier Augen' throughout (Bundesarchiv, Koblenz).",
        "On the format see M. Nowak, 'Rozmowy w cztery oczy', Dzieje Najnowsze 12 (1980): 44–61.",
        "'Notatka z rozmowy tow. A. Rapackiego z tow. S. Jędrychowskim w cztery oczy' was not found in AAN; "
        "its existence is inferred from Gomułka's speech of 3.IV.1958.",
    ):
        assert note_communications(text) == [], text


# --- abbreviated offices; "Gen." in German heads ------------------------------------------------


def test_an_abbreviated_office_is_a_role_and_no_clause_end():
    text = f"'Notatka z rozmowy wicemin. J. Winiewicza z amb. Pan Tzu-li w dniu 4.VI.1958 r.', {AAN}."
    assert sorted(participant_roles(text)) == [("J. Winiewicza", "wicemin."), ("Pan Tzu-li", "amb.")]
    text = "'Záznam o rozhovoru velv. Z. Pecky s Kim Ir Senem dne 22.9.1956', AMZV, TO-T 1955–1959, k. 4."
    assert ("Z. Pecky", "velv.") in participant_roles(text)


def test_gen_in_a_german_head_is_comrade_but_in_english_a_rank():
    text = (
        "'Vermerk über ein Gespräch des Gen. Hermann Axen mit Gen. Kang Sheng am 2.10.1958', "
        "SAPMO-BArch, DY 30/IV 2/20/118, Bl. 33–37."
    )
    assert sorted(participant_roles(text)) == [("Hermann Axen", None), ("Kang Sheng", None)]
    english = "Record of conversation between Gen. Clay and Zhou Enlai, 3.4.1957, AAN, KC PZPR, sygn. 1, k. 2."
    assert ("Clay", "Gen.") in participant_roles(english)


def test_prose_with_an_abbreviated_office_invents_no_talk():
    assert note_communications("Gen. Eisenhower spoke of the amb. to Moscow at length (Bundesarchiv, Koblenz).") == []


# --- a call number before a colon and a quoted head; its Ibid. ----------------------------------


def test_call_number_colon_quoted_head_then_ibid_repeats_both(tmp_path):
    notes = (
        f"1. {AAN}: 'Notatka z rozmowy tow. E. Ochaba z tow. Mao Tse-tungiem w dniu 20.IX.1956 r.' "
        "['Note on Comrade E. Ochab's conversation with Comrade Mao Zedong on 20 September 1956'].\n\n"
        "2. Ibid., k. 20.\n\n"
        "3. AMSZ, Departament II, w. 14, t. 203, k. 2–6: 'Notatka z rozmowy wiceministra M. Naszkowskiego z "
        "ambasadorem ChRL Wang Ping-nanem, 29.X.1956' ['Note on the conversation of Deputy Minister M. "
        "Naszkowski with PRC Ambassador Wang Bingnan, 29 October 1956'].\n\n"
        "4. Ibid., k. 7.\n"
    )
    built = build_notes(tmp_path, notes)
    by_note = {ex.note.number: ex for ex in built.extractions}
    leaves = {
        n: [dict(loc.fields).get("list") for c in ex.citations for loc in c.locators] for n, ex in by_note.items()
    }
    assert leaves == {1: ["8–12"], 2: ["20"], 3: ["2–6"], 4: ["7"]}
    talks = {n: len([c for cit in ex.citations for c in cit.communications]) for n, ex in by_note.items()}
    assert talks == {1: 1, 2: 1, 3: 1, 4: 1}


def test_a_quoted_translation_gives_spellings_and_offices():
    text = (
        "'Notatka z rozmowy wiceministra M. Naszkowskiego z ambasadorem ChRL Wang Ping-nanem, 29.X.1956' "
        "['Note on the conversation of Deputy Minister M. Naszkowski with PRC Ambassador Wang Bingnan, "
        "29 October 1956'], AMSZ, Departament II, w. 14, t. 203, k. 2–6."
    )
    (cit,) = [c for c in extract_note(Note("t", 1, text, 1)).citations if c.communications]
    (comm,) = cit.communications
    assert sorted(p.mention.alias for p in comm.participants) == ["M. Naszkowski", "Wang Bingnan"]
    assert sorted(t.role for t in comm.note_takers) == ["Deputy Minister", "PRC Ambassador"]


def test_namesakes_with_other_initials_or_given_names_stay_apart(tmp_path):
    notes = (
        f"1. 'Notatka z rozmowy tow. E. Ochaba z amb. Wang Ping-nanem, 5 V 1958 r.' ['Note on Comrade E. "
        f"Ochab's conversation with Ambassador Wang Bingnan'], {AAN}.\n\n"
        f"2. 'Notatka z rozmowy tow. A. Ochaba z tow. Wang Cia-siangiem, 7 V 1958 r.' ['Note on Comrade A. "
        f"Ochab's conversation with Comrade Wang Jiaxiang'], {AAN}.\n"
    )
    people = people_in(tmp_path, notes)
    assert not any({"E. Ochaba", "A. Ochaba"} <= p for p in people)
    assert not any({"Wang Ping-nanem", "Wang Cia-siangiem"} <= p for p in people)
    assert any({"Wang Ping-nanem", "Wang Bingnan"} <= p for p in people)


# --- Czech aspirates ----------------------------------------------------------------------------


def test_czech_aspirates_are_pinyin_plain_stops():
    assert same_person("Pcheng Čenem", "Peng Zhen")
    assert same_person("Kchang Šeng", "Kang Sheng")
    assert not same_person("Pcheng Čenem", "Peng Dehuai")
    assert not same_person("Kchang Šeng", "Kang Keqing")


# --- a kind word in the original glossed in brackets --------------------------------------------


def test_an_original_kind_word_glossed_before_an_english_head():
    for text, kind, writer in (
        (
            "AMSZ, z. 10, w. 22, t. 531, k. 45–48: szyfrogram (cipher telegram) from Ambassador Kiryluk, "
            "Peking, 22.X.1956.",
            "telegram",
            "Kiryluk",
        ),
        (
            "Jelentés (report) from Ambassador Ágoston Szkladán, Peking, 12.VI.1957, MOL, XIX-J-1-j, 4. doboz.",
            "report",
            "Ágoston Szkladán",
        ),
        (
            "Telegramm [telegram] from Ambassador Richard Gyptner, Peking, 3.5.1957, PA AA, MfAA, A 6704, Bl. 3.",
            "telegram",
            "Richard Gyptner",
        ),
        ("Zpráva (report) of Ambassador F. Komzala, 12.6.1957, AMZV, TO-T 1955–1959, k. 4.", "report", "F. Komzala"),
    ):
        comms = [c for cit in extract_note(Note("t", 1, text, 1)).citations for c in cit.communications]
        assert [(c.kind, [p.mention.text for p in c.participants]) for c in comms] == [(kind, [writer])], text


def test_a_glossed_kind_word_with_no_named_writer_or_in_a_sentence_is_no_head():
    for text in (
        "List [Letter] of the Czechoslovak delegates to the United Nations, 1957, quoted in Novák 2001, 33.",
        "Depesza (cable) from Warsaw reached Peking on 3.5.1957 (AMSZ, z. 10, w. 22, t. 531).",
        "Dziennik (daily) from Ambassador Kiryluk, Peking, 22.X.1956, AMSZ, z. 10, w. 22, t. 531.",
    ):
        assert note_communications(text) == [], text


# --- a diary's title quoted after a name: no rule reads it --------------------------------------


def test_a_newspaper_or_a_book_after_a_name_is_no_diary():
    for text in (
        "Kowalski, 'Dziennik Polski', 3 May 1957, p. 4.",
        "Kowalski, 'Dziennik Polski', London, 3 May 1957.",
        "J. Kowalski, 'Tagebuch 1956', 1998, 33.",
    ):
        assert note_communications(text) == [], text


# --- a quoted title, then who signed it ---------------------------------------------------------


def test_a_quoted_original_title_signed_by_its_writer():
    for text, kind, writer in (
        (
            "AMSZ, z. 6, w. 41, t. 612: 'Sprawozdanie ambasady PRL w Pekinie za I kwartał 1957 r.' ['Report of the "
            "PPR Embassy in Peking for the first quarter of 1957'], signed by S. Kiryluk, 15.IV.1957.",
            "report",
            "S. Kiryluk",
        ),
        (
            "'Bericht der Botschaft Peking für das I. Quartal 1958', gez. Paul Wandel, 3.4.1958, PA AA, MfAA, "
            "A 6704, Bl. 3–9.",
            "report",
            "Paul Wandel",
        ),
        (
            "'Zpráva velvyslanectví v Pekingu za rok 1957', podepsal F. Komzala, 20.1.1958, AMZV, TO-T 1955–1959, k. 6.",
            "report",
            "F. Komzala",
        ),
    ):
        comms = [c for cit in extract_note(Note("t", 1, text, 1)).citations for c in cit.communications]
        assert [(c.kind, [p.mention.text for p in c.participants]) for c in comms] == [(kind, [writer])], text


def test_a_signer_by_office_only_or_a_reports_period_names_no_one():
    for text in (
        "'Sprawozdanie ambasady PRL w Pekinie za 1958 r.', signed by the ambassador, 15.I.1959, AMSZ, z. 6, w. 44.",
        "'Bericht der Botschaft Peking für das Jahr 1958', PA AA, MfAA, A 6705, Bl. 1–40.",
        "Bericht der Botschaft Peking für das erste Quartal 1958, PA AA, MfAA, A 6705, Bl. 1–40.",
    ):
        assert note_communications(text) == [], text


# --- single quotes as double ones: a date after them, a titled message --------------------------


def test_a_single_quoted_head_with_its_date_after_the_quotes():
    for text, people in (
        (
            "'Vermerk über ein Gespräch mit Außenminister Tschen Yi', 9 September 1966, PA AA, MfAA, C 1442/75, "
            "Bl. 40–46.",
            [("Tschen Yi", "Außenminister")],
        ),
        (
            "'Záznam o rozhovoru s místopředsedou Pcheng Čenem', 9. 9. 1966, AMZV, TO-T 1965–1969, k. 4.",
            [("Pcheng Čenem", "místopředsedou")],
        ),
    ):
        assert participant_roles(text) == people, text


def test_a_single_quoted_title_and_its_year_in_a_journal_is_no_record():
    assert note_communications("'Notatka z rozmowy z Chen Yi', 9 IX 1966, Dzieje Najnowsze 12 (1980): 44–61.") == []


def test_a_writer_and_a_single_quoted_title_then_the_kind():
    text = (
        "Tscherwonenko, 'Information für den Botschafter der DDR' [Information for the GDR ambassador], report, "
        "3 March 1965, PA AA, MfAA, A 17020, Bl. 40–44."
    )
    assert note_communications(text) == [("1965-03-03", ["Tscherwonenko"])]


# --- Romanian and Bulgarian heads: initials, comrade, in private --------------------------------


def test_romanian_and_bulgarian_heads_in_private_with_digraph_initials():
    text = (
        "'Stenograma convorbirii tov. Gh. Gheorghiu-Dej cu tov. Ciu En-lai între patru ochi din 22 iunie 1960' "
        "[Transcript], ANIC, fond CC al PCR – Relații Externe, dosar 18/1960, f. 2–14."
    )
    assert note_communications(text) == [("1960-06-22", ["Ciu En-lai", "Gh. Gheorghiu-Dej"])]
    text = (
        "Информация за разговора на др. Т. Живков с др. Цао Сян-жън на четири очи, 14 септември 1960 г., "
        "TsDA, f. 1B, op. 33, a.e. 12, l. 3–9."
    )
    assert note_communications(text) == [("1960-09-14", ["Т. Живков", "Цао Сян-жън"])]


def test_and_others_still_ends_a_clause():
    from kg1956.extract.text import split_clauses

    assert len(split_clauses("Иванов, Петров и др. Там же. Л. 5.")) >= 2


# --- "held", "held by", a report on a conversation, a Hungarian date as an adjective ------------


def test_held_and_held_by_name_no_one():
    text = (
        "Notatka z rozmowy przeprowadzonej przez tow. E. Ochaba z tow. Liu Szao-czi w dniu 24 IX 1956 r., "
        "AAN, KC PZPR, sygn. 237/XXII-398, k. 21–25."
    )
    assert participant_roles(text) == [("E. Ochaba", None), ("Liu Szao-czi", None)]
    text = "'Záznam o rozhovoru s. V. Davida s Kim Ir Senem, konaném dne 3. 4. 1957', AMZV, TO-T 1955–1959, k. 7."
    assert note_communications(text) == [("1957-04-03", ["Kim Ir Senem", "V. Davida"])]


def test_a_report_on_a_conversation_and_one_on_talks_in_a_place():
    text = "'Zpráva o rozhovoru velvyslance J. Sedláka s Pcheng Čenem dne 3. 4. 1958', AMZV, TO-T 1955–1959, k. 8."
    assert note_communications(text) == [("1958-04-03", ["J. Sedláka", "Pcheng Čenem"])]
    assert note_communications("Zpráva o rozhovorech v Moskvě, 3. 4. 1958, AMZV, TO-T 1955–1959, k. 9.") == []


def test_a_hungarian_date_as_an_adjective_before_the_talk():
    text = (
        "Feljegyzés Marosán György és Csou En-laj 1957. január 17-i megbeszéléséről, MOL, XIX-J-1-j, Kína, 1957, "
        "5. doboz, 5/b, 001877/1957."
    )
    assert note_communications(text) == [("1957-01-17", ["Csou En-laj", "Marosán György"])]


def test_a_single_quoted_head_may_end_with_where_the_talk_was_held():
    text = (
        "'Notatka z rozmowy tow. A. Zawadzkiego z tow. Czou En-lajem w dniu 14 I 1957 r. w Warszawie', AAN, KC PZPR, "
        "sygn. 237/V-243, k. 80–84."
    )
    assert note_communications(text) == [("1957-01-14", ["A. Zawadzkiego", "Czou En-lajem"])]
