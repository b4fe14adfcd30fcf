"""East European record heads and call numbers (records_eu, locators): focused cases, in
notes written for these tests."""

from __future__ import annotations

from kg1956.extract.citations import extract_note
from kg1956.extract.locators import parse_locator
from kg1956.models import Note


def _fields(text: str) -> tuple[str, dict[str, str]]:
    loc = parse_locator(text, 0)
    assert loc is not None
    return loc.repository, dict(loc.fields)


def test_an_archive_introduced_with_hereafter_keeps_its_unkeyed_fond_and_file():
    assert _fields("Politisches Archiv des Auswärtigen Amts (hereafter PA AA), MfAA, A 5512, Bl. 3–8.") == (
        "PA AA",
        {"fond": "MfAA", "file": "A 5512", "list": "3–8"},
    )
    assert _fields("Archiwum Akt Nowych (hereafter AAN), KC PZPR, sygn. 237/XXII-880, k. 12–14.") == (
        "AAN",
        {"fond": "KC PZPR", "file": "237/XXII-880", "list": "12–14"},
    )


def test_an_amzv_fond_may_be_introduced_by_the_word_fond_and_takes_no_unkeyed_file():
    assert _fields("AMZV, fond TO-T KLDR 1965–1969, k. 5, obal 2, č.j. 031.207/66.") == (
        "AMZV",
        {"fond": "TO-T KLDR 1965–1969", "box": "5", "folder": "2", "document": "031.207/66"},
    )
    assert _fields("AMZV, TO-T, KLDR 1960–1964, k. 1, obal 6, č.j. 0455/61.")[1]["fond"] == "TO-T"
    assert "file" not in _fields("AMZV, TO-T, KLDR 1960–1964, k. 1, obal 6, č.j. 0455/61.")[1]


def _comms(text: str) -> list[tuple[str | None, str, list[str]]]:
    out = []
    for cit in extract_note(Note("t", 1, text, 1)).citations:
        for c in cit.communications:
            out.append((c.date.iso if c.date else None, c.kind, sorted(p.mention.text for p in c.participants)))
    return out


def test_a_quoted_german_title_with_its_date_inside_is_read_as_if_unquoted():
    text = (
        "“Aktenvermerk über ein Gespräch des Genossen Otto Winkler mit Genossen Ri Chu-yon am 3.5.1960 "
        "und am 7.5.1960,” PA AA, MfAA, A 7001, Bl. 1–4."
    )
    assert _comms(text) == [
        ("1960-05-03", "conversation", ["Otto Winkler", "Ri Chu-yon"]),
        ("1960-05-07", "conversation", ["Otto Winkler", "Ri Chu-yon"]),
    ]
    listed = "“Bericht über die Gespräche des Genossen Otto Winkler mit dem Genossen Nam Il am 2. und 9. Juni 1960,” SAPMO-BArch, DY 30/3650, Bl. 2."
    assert [c[0] for c in _comms(listed)] == ["1960-06-02", "1960-06-09"]


def test_a_role_set_off_by_commas_before_genossen_and_the_name():
    text = (
        "Aufzeichnung über eine Unterredung des Genossen Winkler mit dem Mitglied des Politbüros "
        "des ZK der PdAK, Genossen Pak Kum-chol, am 1.2.1961, PA AA, MfAA, A 7002, Bl. 5."
    )
    comms = [c for cit in extract_note(Note("t", 1, text, 1)).citations for c in cit.communications]
    assert [(p.mention.text, p.mention.role) for p in comms[0].participants] == [
        ("Winkler", None),
        ("Pak Kum-chol", "Mitglied des Politbüros des ZK der PdAK"),
    ]


def test_a_role_ending_in_a_country_names_nobody():
    text = (
        "“Vermerk über ein Gespräch mit dem 3. Sekretär der Botschaft der VR China am 2.VI.1963,” PA AA, MfAA, A 7003."
    )
    assert _comms(text) == []


def test_a_czech_date_with_a_roman_month_does_not_end_the_sentence():
    text = "Záznam o rozhovoru s velvyslancem SSSR s. Moskovským, 9. X. 1962, AMZV, k. 3, obal 2, č.j. 0999/62."
    assert _comms(text) == [("1962-10-09", "conversation", ["Moskovským"])]
