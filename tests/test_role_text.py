"""A role is what a person holds, never a call number, a date, a record's name or a cover
name's gloss, whichever reader took the bracket or the apposition; what is cut is reported."""

from __future__ import annotations

from conftest import participant_roles

from kg1956.extract.citations import extract_note
from kg1956.extract.role_text import checked_role
from kg1956.models import Note


def _unparsed(text: str) -> list[str]:
    return [f.text for f in extract_note(Note("t", 1, text, 1)).fragments if f.kind == "unparsed"]


def test_a_tail_naming_the_record_is_cut_from_the_office_before_it():
    text = (
        "Ernesto Guevara, Minister of Industries, letter to Czechoslovak Minister of Foreign Trade "
        "František Krajčír, 18 December 1962, AMZV, TO-T 1960–1964, Kuba, k. 3."
    )
    assert ("Ernesto Guevara", "Minister of Industries") in participant_roles(text)
    assert not any(", letter" in t for t in _unparsed(text))  # the kind was read: nothing unread


def test_a_tail_naming_the_occasion_is_cut_and_reported():
    text = "Notes of Ernő Lőrincz, interpreter, on Kádas's farewell call, 12 August 1960, MOL, XIX-J-1-j, 5. doboz."
    assert participant_roles(text) == [("Ernő Lőrincz", "interpreter")]
    assert "on Kádas's farewell call" in _unparsed(text)


def test_a_records_name_in_a_bracket_after_a_name_is_no_role_and_is_reported():
    text = "Letter from Castro (the so-called Armageddon letter) to Khrushchev, 26 October 1962, APRF, f. 3."
    assert participant_roles(text) == [("Castro", None), ("Khrushchev", None)]
    assert "the so-called Armageddon letter" in _unparsed(text)


def test_a_date_in_a_bracket_after_a_name_is_no_role():
    text = "Письмо А. Индры Л.И. Брежневу, [3 августа] 1968 г. // АП РФ. Ф. 3. Оп. 91. Д. 310. Л. 1–3."
    assert all(role is None for _, role in participant_roles(text))


def test_what_is_no_office_is_no_role():
    for junk in (
        "AVPRF, f. 079, op. 17, p. 40, d. 8, l. 102",
        "VNA3, Phông Phủ Thủ tướng, hồ sơ 9316",
        "Rejtjeltávirat no. 117",
        "the so-called Armageddon letter",
        "cable",
        "source",
        "the cover name under which his most sensitive cables were registered",
        "Togliatti's old Comintern name, kept in the registers to the end",
        "3 августа",
    ):
        assert checked_role(junk) == (None, junk), junk


def test_offices_stand_as_written_in_every_language():
    for role in (
        "Head of the First Far Eastern Department of the Soviet Foreign Ministry",
        "посла СССР в КНДР",
        "külügyminiszter",
        "Oberst",
        "velvyslance",
        "II sekretarz ambasady",
        "chief delegate of the Korean People's Army",
        "head of the KWP delegation to the Eighth Congress of the CCP",
        "member of the Politburo of the CC of the PLA",
        "ambassador, Moscow",
    ):
        assert checked_role(role) == (role, ""), role
