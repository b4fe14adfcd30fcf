"""Citations copied from the Wilson Center Digital Archive: the archive's own titles read as
record heads (graph built from notes, checked with SPARQL)."""

from __future__ import annotations

import pytest
from conftest import ask

from kg1956.extract.digital_archive import read_digital_archive

_PEOPLE = """
SELECT ?kind ?date (GROUP_CONCAT(?name; separator="|") AS ?names) WHERE {
  ?c a kg:Communication ; kg:kind ?kind ; kg:participant ?p ; prov:wasDerivedFrom ?n .
  ?n kg:noteNumber NOTE .
  ?p skos:prefLabel ?name .
  OPTIONAL { ?c kg:date ?date }
} GROUP BY ?c ?kind ?date
"""


def _graph(tmp_path, *notes: str):
    from kg1956.pipeline import build

    path = tmp_path / "wc.txt"
    body = "\n\n".join(f"{i}. {text}" for i, text in enumerate(notes, start=1))
    path.write_text("# title: T\n\n" + body + "\n", encoding="utf-8")
    return build([path]).graph


def _communications(graph, number: int) -> set[tuple[str, str | None, frozenset[str]]]:
    rows = ask(graph, _PEOPLE.replace("NOTE", str(number)))
    return {(str(r.kind), str(r.date) if r.date else None, frozenset(str(r.names).split("|"))) for r in rows}


def _roles(graph, number: int) -> set[tuple[str, str]]:
    rows = ask(
        graph,
        """SELECT ?name ?role WHERE {
             ?a a kg:RoleAttestation ; org:member ?p ; kg:roleLabel ?role ; prov:wasDerivedFrom ?n .
             ?n kg:noteNumber NOTE . ?p skos:prefLabel ?name }""".replace("NOTE", str(number)),
    )
    return {(str(r.name), str(r.role)) for r in rows}


def test_a_journal_for_a_day_is_the_ambassadors_diary_entry_with_his_role(tmp_path):
    g = _graph(
        tmp_path,
        '"Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 21 August 1957," August 22, 1957, '
        "History and Public Policy Program Digital Archive, AVPRF, fond 0102, opis 13, delo 6, listy 120-122. "
        "Translated for NKIDP by Gary Goldberg. https://digitalarchive.wilsoncenter.org/document/115600",
    )
    assert _communications(g, 1) == {("diary_entry", "1957-08-21", frozenset({"A.M. Puzanov"}))}
    assert _roles(g, 1) == {("A.M. Puzanov", "Soviet Ambassador to the DPRK")}
    assert ask(g, 'ASK { ?copy kg:fond "0102" ; kg:opis "13" ; kg:delo "6" }')


def test_from_the_journal_a_record_of_conversation_is_the_diarists_talk(tmp_path):
    g = _graph(
        tmp_path,
        "“From the Journal of A. M. Puzanov, Record of a Conversation with Kim Il Sung,” November 13, 1957, "
        "Wilson Center Digital Archive, AVPRF, fond 0102, opis 13, delo 5, listy 259-262.",
        "Diary of A.M. Puzanov, entry 14 November 1957, AVPRF, fond 0102, opis 13, delo 5, l. 263.",
    )
    ((kind, date, names),) = _communications(g, 1)
    assert (kind, date, len(names), "Kim Il Sung" in names) == ("conversation", "1957-11-13", 2, True)
    # "A. M. Puzanov" (spaced initials) and "A.M. Puzanov" are one person: the diarist of both notes
    assert ask(
        g,
        """ASK { ?c1 kg:participant ?p ; prov:wasDerivedFrom ?n1 . ?n1 kg:noteNumber 1 .
                 ?c2 kg:participant ?p ; kg:kind "diary_entry" ; prov:wasDerivedFrom ?n2 . ?n2 kg:noteNumber 2 }""",
    )


def test_a_meeting_dated_in_the_title_takes_that_date_and_comrade_is_no_role(tmp_path):
    g = _graph(
        tmp_path,
        '"Note about a Meeting on 29 November 1957 between Deputy Foreign Minister Pak Seong-cheol with GDR '
        'Ambassador Comrade Fischer and Comrade Behrens," December 10, 1957, Wilson Center Digital Archive, '
        "PolA AA, MfAA, A 6979.",
    )
    assert _communications(g, 1) == {
        ("conversation", "1957-11-29", frozenset({"Pak Seong-cheol", "Fischer", "Behrens"}))
    }
    assert _roles(g, 1) == {("Pak Seong-cheol", "Deputy Foreign Minister"), ("Fischer", "GDR Ambassador")}
    assert ask(g, 'ASK { ?copy kg:fond "MfAA" ; kg:file "A 6979" }')


def test_an_ordinal_before_conversation_and_two_roled_people_on_one_side(tmp_path):
    g = _graph(
        tmp_path,
        '"Record of Second Conversation of Premier Zhou Enlai and Vice Premier Chen Yi with Foreign Minister '
        'Pak Seong-cheol," November 11, 1965, Wilson Center Digital Archive, PRC FMA 106-01479-05.',
    )
    assert _communications(g, 1) == {
        ("conversation", "1965-11-11", frozenset({"Zhou Enlai", "Chen Yi", "Pak Seong-cheol"}))
    }
    assert _roles(g, 1) == {
        ("Zhou Enlai", "Premier"),
        ("Chen Yi", "Vice Premier"),
        ("Pak Seong-cheol", "Foreign Minister"),
    }


def test_a_reception_a_report_sent_by_and_named_bodies(tmp_path):
    g = _graph(
        tmp_path,
        '"Record of Conversation from Premier Zhou Enlai\'s Reception of Korean Ambassador Ri Yeong-ho," '
        "August 15, 1958, Wilson Center Digital Archive, PRC FMA 106-00444-02.",
        "\"Information Report Sent by Károly Fehér to Imre Horváth, 'The Visit of the Soviet Delegation',\" "
        "April 18, 1957, Wilson Center Digital Archive, MOL, XIX-J-1-j Korea, 1957, 11. doboz, 5/b, 003211/1957.",
        '"Cable from the Chinese Embassy in the DPRK to the Foreign Ministry," March 3, 1958, Wilson Center '
        "Digital Archive, PRC FMA 117-00781-02.",
    )
    assert _communications(g, 1) == {("conversation", "1958-08-15", frozenset({"Zhou Enlai", "Ri Yeong-ho"}))}
    assert _communications(g, 2) == {("report", "1957-04-18", frozenset({"Károly Fehér", "Imre Horváth"}))}
    (kind, date, names) = next(iter(_communications(g, 3)))
    assert (kind, date, len(names)) == ("telegram", "1958-03-03", 1)  # the ministry that says not whose is no party


def test_the_bulgarian_central_state_archive_in_english_is_tsda(tmp_path):
    g = _graph(
        tmp_path,
        '"Minutes of Conversation between Todor Zhivkov and Kim Il Sung," June 5, 1973, Wilson Center Digital '
        "Archive, Central State Archive, Sofia, Fond 378-B, Record 1, File 360.",
    )
    assert _communications(g, 1) == {("conversation", "1973-06-05", frozenset({"Todor Zhivkov", "Kim Il Sung"}))}
    assert ask(g, 'ASK { ?copy kg:fond "378-B" ; kg:opis "1" ; kg:delo "360" }')


@pytest.mark.parametrize(
    "note",
    [
        # capitals stand for governments: no people, the call number is still kept
        '"Telegram from Pyongyang to Budapest, 10 July 1972," History and Public Policy Program Digital Archive, '
        "MNL OL XIX-J-1-j Korea, 1972, 60. doboz, 5/c, 00394/1972.",
        # a collection page of the archive, not a record
        'For the plenum, see the collection "North Korea in the Cold War," Wilson Center Digital Archive, '
        "https://digitalarchive.wilsoncenter.org/collection/45/north-korea-in-the-cold-war.",
        # prose that names a document without citing it
        'The "Memorandum of Conversation between Mao Zedong and Kim Il Sung" in the Digital Archive is often '
        "quoted, but the Chinese original has never been released in full.",
        # a document that is not a communication
        '"Decision of the Presidium of the CPSU Central Committee on the Korean Question," March 30, 1957, '
        "Wilson Center Digital Archive, RGANI, fond 3, opis 12, delo 1010, listy 5-6.",
    ],
)
def test_what_cites_no_communication_gives_none(tmp_path, note):
    g = _graph(tmp_path, note)
    assert not ask(g, "ASK { ?c a kg:Communication }")


def test_a_journal_for_a_span_of_days_is_one_entry_at_the_precision_both_ends_share(tmp_path):
    """docs/gold-format.md: a diary cited for a span with no entry singled out is one diary
    entry of the diarist, dated with what both ends share."""
    g = _graph(
        tmp_path,
        '"Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 1 to 15 October 1957," October 16, 1957, '
        "Wilson Center Digital Archive, AVPRF, fond 0102, opis 13, delo 6, listy 1-40.",
    )
    assert _communications(g, 1) == {("diary_entry", "1957-10", frozenset({"A.M. Puzanov"}))}


def test_a_quoted_title_without_the_archive_after_it_is_not_claimed():
    text = '"Conversation between Kim Il Sung and Ambassador Puzanov," May 2, 1960, in his memoirs.'
    assert read_digital_archive(text, 0) is None
    found = read_digital_archive(text.replace("in his memoirs", "Wilson Center Digital Archive"), 0)
    assert found is not None and found.communication.date.iso == "1960-05-02"


def test_a_delegation_is_no_person_and_every_side_of_a_pair_keeps_its_role(tmp_path):
    g = _graph(
        tmp_path,
        '"Notes on the Conversation of Comrade Kim Il Sung with the Hungarian Party and Government Delegation," '
        "May 1, 1958, Wilson Center Digital Archive.",
        '"Record of Conversation between Premier Zhou Enlai and Ambassador Puzanov and Counsellor Pelishenko," '
        "May 2, 1958, Wilson Center Digital Archive.",
    )
    assert _communications(g, 1) == {("conversation", "1958-05-01", frozenset({"Kim Il Sung"}))}
    assert _roles(g, 2) == {("Zhou Enlai", "Premier"), ("Puzanov", "Ambassador"), ("Pelishenko", "Counsellor")}


def test_a_possessive_head_after_the_kind_and_a_list_of_days_in_the_title(tmp_path):
    g = _graph(
        tmp_path,
        '"Minutes, Mao Zedong\'s Conversation with a Yugoslav Communist Union Delegation," September 1956, '
        "Wilson Center Digital Archive.",
        '"Record of Conversation between Mao Zedong and Kim Il Sung, 10 and 12 October 1958," Wilson Center '
        "Digital Archive.",
    )
    assert _communications(g, 1) == {("conversation", "1956-09", frozenset({"Mao Zedong"}))}
    assert _communications(g, 2) == {
        ("conversation", "1958-10-10", frozenset({"Mao Zedong", "Kim Il Sung"})),
        ("conversation", "1958-10-12", frozenset({"Mao Zedong", "Kim Il Sung"})),
    }
