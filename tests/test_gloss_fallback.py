"""An archival citation no reader understands is read again without its bracketed gloss, or
through the gloss in place of the title it translates, or without the place a talk was held in (issue #3). Each positive case here yields
nothing without that second reading; each negative shows what the second reading must not keep."""

from __future__ import annotations

import pytest
from conftest import build_notes, note_communications

from kg1956.extract.citations import _NoteReader, extract_note
from kg1956.models import Note

_AMSZ = "AMSZ, z. 11/70, w. 3, t. 412, k. 5–9"
_FMA = "PRC FMA, 105-01123-06, 1–12"

# an English head, its original in brackets between it and the date (a reader of its own,
# in_conversation/glossed_heads, now reads the simpler of these the first time)
_HEAD_THEN_ORIGINAL = (
    "Record of the conversation of Deputy Foreign Minister Marian Naszkowski with the Indonesian ambassador "
    f"in Warsaw [Notatka z rozmowy wiceministra M. Naszkowskiego z ambasadorem Indonezji], 14 March 1962, {_AMSZ}."
)
_HEAD_THEN_GERMAN = (
    "Memorandum of the conversation of Ambassador A. Puschkin with Prime Minister Souvanna Phouma in Vientiane "
    "[Aktenvermerk über die Unterredung mit dem Ministerpräsidenten], 2 July 1961, PA AA, MfAA, A 1234, Bl. 4–7."
)
# a transliterated title with a bracket inside it, then its gloss naming both sides
_TITLE_THEN_GLOSS = (
    '"Chen Yi yu Subandeliyue huitan jilu (di er ci)" [Record of the second round of talks between Chen Yi '
    f"and Subandrio], 5 April 1961, {_FMA}."
)


def _first_reading(text: str) -> list:
    return [c for cit in _NoteReader(Note("t", 1, text, 1)).read().citations for c in cit.communications]


@pytest.mark.parametrize(
    ("text", "talk"),
    [
        (_HEAD_THEN_GERMAN, ("1961-07-02", ["A. Puschkin", "Souvanna Phouma"])),
        (_TITLE_THEN_GLOSS, ("1961-04-05", ["Chen Yi", "Subandrio"])),
        (
            "Record of the conversation between Antonín Novotný and Kwame Nkrumah in Hradec Králové, "
            "3 August 1961, NA, f. 02/1, sv. 14, a.j. 16.",
            ("1961-08-03", ["Antonín Novotný", "Kwame Nkrumah"]),
        ),
    ],
)
def test_a_talk_is_read_in_a_second_reading(text, talk):
    assert _first_reading(text) == []  # only the second reading finds it
    assert note_communications(text) == [talk]


@pytest.mark.parametrize(
    "text",
    [
        # a gloss shortens: it drops the envoy whose report the title names, and one party is
        # not enough to trust it
        "Szabó János követ jelentése a Ho Si Minh elvtárssal 1957. május 4-én folytatott beszélgetésről "
        "[Report on the conversation with Ho Chi Minh on 4 May 1957], MOL, XIX-J-1-j, Vietnam, 1957, "
        "3. doboz, 2/c, 003311/1957.",
        "Informace pro předsednictvo ÚV KSČ o situaci v Laosu [Information for the Presidium of the CC CPCz "
        "on the situation in Laos], by Foreign Minister Václav David, 2 June 1961, NA, f. 02/2, sv. 98, a.j. 120.",
        # a gloss that names no party
        "Note on a conversation in Vientiane [Aktenvermerk über eine Unterredung in Vientiane], 2 July 1961, "
        "PA AA, MfAA, A 1234, Bl. 4–7.",
        # books and articles glossed in brackets are works, never records
        "Juhani Suomi, 'Kriisien aika' [A time of crises] (Helsinki: Otava, 1992), 211.",
        '"Chen Yi yu Subandeliyue huitan jilu" [Record of the talks between Chen Yi and Subandrio], in '
        "Chen Yi waijiao wenxuan (Beijing: Shijie zhishi, 1990), 211–15.",
        # an occasion and a body's minutes, with an aside and a place: no party named
        "The reception at the Kremlin (in honour of the Finnish delegation), 4 May 1957, "
        "AVPRF, f. 0102, op. 13, p. 72, d. 5, ll. 3–7.",
        "Minutes of the Politburo in Berlin, 4 May 1957, SAPMO-BArch, DY 30/J IV 2/2/540.",
    ],
)
def test_no_talk_comes_from_a_gloss_that_cannot_be_trusted(text):
    assert note_communications(text) == []


def test_every_name_read_the_second_time_is_the_note_s_own_text_and_the_call_number_stays():
    for text in (_HEAD_THEN_ORIGINAL, _HEAD_THEN_GERMAN, _TITLE_THEN_GLOSS):
        extraction = extract_note(Note("t", 1, text, 1))
        mentions = [p.mention for c in extraction.citations for comm in c.communications for p in comm.participants]
        assert mentions
        for mention in mentions:
            assert text[mention.span.start : mention.span.end] == mention.text
        assert [loc.text for c in extraction.citations for loc in c.locators] == [
            loc.text for c in _NoteReader(Note("t", 1, text, 1)).read().citations for loc in c.locators
        ]


def test_a_talk_read_through_a_gloss_reaches_the_graph_with_its_note(tmp_path):
    built = build_notes(
        tmp_path,
        f"""
1. Juhani Suomi, 'Kriisien aika' [A time of crises] (Helsinki: Otava, 1992), 211.

2. {_TITLE_THEN_GLOSS}
""",
    )
    rows = built.graph.query(
        """
        PREFIX kg: <https://w3id.org/kg1956/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?date ?n ?name WHERE {
            ?c a kg:Communication ; kg:date ?date ; kg:participant ?p ; prov:wasDerivedFrom ?note .
            ?note kg:noteNumber ?n .
            ?p skos:prefLabel ?name .
        } ORDER BY ?name"""
    )
    assert [(str(d), int(n), str(name)) for d, n, name in rows] == [
        ("1961-04-05", 2, "Chen Yi"),
        ("1961-04-05", 2, "Subandrio"),
    ]


def test_a_bracket_that_says_who_a_cover_name_stands_for_is_no_gloss_to_leave_out():
    for gloss in ("the code name for Operation Anadyr", "the embassy’s cover name for the Northern Bureau"):
        text = f'Record of conversation between Ambassador V.I. Ivanov and "Sever" [{gloss}], 5 March 1956, {_AMSZ}.'
        assert all("Sever" not in people for _, people in note_communications(text)), gloss
