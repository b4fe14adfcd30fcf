"""A report, telegram or letter whose named party is a body: an embassy named with its
country, a Central Committee by name or abbreviation. A ministry that does not say whose
it is, an embassy in lower case and a record's head are no such sender. Notes written for
these tests."""

from __future__ import annotations

from conftest import note_communications

from kg1956.extract.names import parse_participant


def test_an_embassy_named_with_its_country_sends_to_an_unnamed_ministry():
    text = "Yugoslav Embassy in Tirana to the Ministry of Foreign Affairs, telegram, 2 March 1958, AVPRF, f. 1, l. 2."
    assert note_communications(text) == [("1958-03-02", ["Yugoslav Embassy in Tirana"])]


def test_an_embassy_reports_to_a_named_minister():
    text = "The Romanian Embassy in Beijing to Corneliu Mănescu, Minister of Foreign Affairs, report, 4.V.1967, AVPRF, f. 1."
    assert note_communications(text) == [("1967-05-04", ["Corneliu Mănescu", "Romanian Embassy in Beijing"])]


def test_central_committees_write_to_each_other():
    text = "The Central Committee of the KWP to the CPSU Central Committee, letter, 7 June 1959, RGANI, f. 5, op. 1."
    assert note_communications(text) == [("1959-06-07", ["CPSU Central Committee", "Central Committee of the KWP"])]
    assert note_communications("MPRP CC to CPSU CC, letter, 9.X.1960, RGANI, f. 5, op. 2.") == [
        ("1960-10-09", ["CPSU CC", "MPRP CC"])
    ]


def test_a_quoted_title_before_the_sender_is_no_party():
    text = '"Spravka o zerne" [Note on grain], Ministry of Agriculture of the USSR to A. I. Mikoyan, 3 May 1955, GARF, f. 5.'
    assert note_communications(text) == [("1955-05-03", ["A. I. Mikoyan", "Ministry of Agriculture of the USSR"])]


def test_a_body_keeps_its_name_without_the_title_or_the_gloss():
    report = 'Report of the GDR Embassy in Hanoi, "Zur Lage" [On the situation], 8.4.1966, SAPMO-BArch, DY 30/1, Bl. 2.'
    assert note_communications(report) == [("1966-04-08", ["GDR Embassy in Hanoi"])]
    glossed = parse_participant("ÚV KSČ [Central Committee of the Communist Party of Czechoslovakia]", 0)
    assert glossed is not None and glossed.text == "ÚV KSČ" and glossed.is_organization


def test_unnamed_senders_and_record_heads_give_nothing():
    assert (
        note_communications("The Soviet embassy to the Foreign Ministry, telegram, 1 July 1960, AVPRF, f. 1, l. 3.")
        == []
    )
    assert (
        note_communications("Ministry of Foreign Affairs to the Embassy in Beijing, telegram, 3 May 1962, AVPRF, f. 5.")
        == []
    )
    assert (
        note_communications("Cable from the Foreign Ministry to the legation, 6 May 1956, MOL, XIX-J-1-j, 9. doboz.")
        == []
    )
