"""Harms a review found in the English and European head rules (review 18), each on a case line:
Roman day lists after a call number's figures or only partly read, a talk told after its message,
"on/about a meeting with Y" (a subject, maybe to come), a writer made party to another's talk, a
name after a gloss blanked as a place, people present in Serbo-Croatian heads, Hungarian writerless
heads of two people."""

from __future__ import annotations

import pytest
from conftest import participant_roles, sorted_communications

PVD = "Pham Van Dongiem"
AMSZ = ", AMSZ, z. 8/60, w. 4, t. 31, k. 9–12."


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        # H1: the volume's figure is no day; only main's single day is read
        (
            "Notatka z rozmowy z Pham Van Dongiem, AMSZ, z. 8/60, w. 4, t. 2, 9 i 25 IX 1963.",
            [("1963-09-25", [PVD])],
        ),
        (
            "Notatki z rozmów z Pham Van Dongiem, AMSZ, z. 8/60, w. 4, t. 31, k. 9, 12 i 25 IX 1963.",
            [("1963-09-25", [PVD])],
        ),
        # H2: every day of the list
        (
            f"Notatki z rozmów z Pham Van Dongiem, 9 i 25 IX 1963 r. oraz 3 X 1963 r.{AMSZ}",
            [("1963-09-09", [PVD]), ("1963-09-25", [PVD]), ("1963-10-03", [PVD])],
        ),
        (
            f"Notatki z rozmów z Pham Van Dongiem, 9 i 25 IX oraz 3 X 1963{AMSZ}",
            [("1963-09-09", [PVD]), ("1963-09-25", [PVD]), ("1963-10-03", [PVD])],
        ),
        (
            f"Notatki z rozmów z Pham Van Dongiem, 14 VIII, 9 i 25 IX 1963{AMSZ}",
            [("1963-08-14", [PVD]), ("1963-09-09", [PVD]), ("1963-09-25", [PVD])],
        ),
        (
            f"Notatki z rozmów z Pham Van Dongiem, 2–4 i 9 IX 1963{AMSZ}",
            [("1963-09-02", [PVD]), ("1963-09-03", [PVD]), ("1963-09-04", [PVD]), ("1963-09-09", [PVD])],
        ),
        (
            f"Notatki z rozmów z Pham Van Dongiem, 12–14 i 20 X 1963 r.{AMSZ}",
            [("1963-10-12", [PVD]), ("1963-10-13", [PVD]), ("1963-10-14", [PVD]), ("1963-10-20", [PVD])],
        ),
    ],
)
def test_roman_day_lists(text, talks):
    assert sorted_communications(text) == talks


def test_evening_before_the_new_year():  # H3
    text = (
        "Puzanov to Gromyko, cable, 2 January 1959, reporting a long talk with Kim Il Sung on the evening "
        "of 31 December, AVPRF, f. 0102, op. 14, p. 4, d. 6, ll. 8–12."
    )
    assert ("1958-12-31", ["Kim Il Sung", "Puzanov"]) in sorted_communications(text)
    assert all(d != "1959-12-31" for d, _ in sorted_communications(text))


@pytest.mark.parametrize(
    ("text", "talk"),
    [  # H4: a meeting the message is about, after its date: no talk of the writer's
        ("Dobrynin to Moscow, 2 June 1961, on a meeting with Kennedy on 4 June, AVPRF, f. 0129.", "1961-06-04"),
        ("Puzanov to Gromyko, cable, 4 May 1958, on a meeting with Kim Il Sung on 7 May, AVPRF.", "1958-05-07"),
        ("Gromyko to Khrushchev, 4 May 1958, about a talk with Mao on 10 May, AVPRF, f. 0100.", "1958-05-10"),
    ],
)
def test_meeting_told_about_is_no_talk(text, talk):
    assert all(d != talk for d, _ in sorted_communications(text))


@pytest.mark.parametrize(
    ("text", "writer"),
    [  # H6: the writer wrote down someone else's talk
        (f"Notatka tow. J. Siedleckiego z rozmowy premiera z Pham Van Dongiem, 8 VI 1965{AMSZ}", "J. Siedleckiego"),
        (
            "Záznam s. J. Nováka o rozhovoru sovětského velvyslance s Ho Či Minem, 12. 3. 1962, AMZV, k. 4.",
            "J. Nováka",
        ),
        (
            f"Notatka tow. J. Siedleckiego z rozmowy ambasadora ZSRR z Pham Van Dongiem, 8 VI 1965{AMSZ}",
            "J. Siedleckiego",
        ),
    ],
)
def test_writer_of_another_talk_is_no_party(text, writer):
    assert all(writer not in names for _, names in sorted_communications(text))


def test_writer_own_talk_still_read():
    text = f"Notatka tow. Siedleckiego z rozmowy z Pham Van Dongiem, Hanoi, 9 i 25 IX 1963{AMSZ}"
    assert sorted_communications(text) == [("1963-09-09", [PVD, "Siedleckiego"]), ("1963-09-25", [PVD, "Siedleckiego"])]


@pytest.mark.parametrize(
    ("text", "name"),
    [  # H7: a name after a gloss is no place
        (
            f"Notatka z rozmowy z Pham Van Dongiem [Note on a conversation with Pham Van Dong], Jan Siedlecki, 7 V 1965{AMSZ}",
            "Jan Siedlecki",
        ),
        (
            "Záznam o rozhovoru s Ho Či Minem [Record of conversation with Ho Chi Minh], Antonin Novotny, "
            "7. 5. 1962, AMZV, TO-T 1955–1959, k. 4, obal 16.",
            "Antonin Novotny",
        ),
        (
            "Vermerk über ein Gespräch mit Ho Chi Minh [Note on a conversation with Ho Chi Minh], Walter Ulbricht, "
            "am 3.3.1962, PA AA, MfAA, A 7131, Bl. 4–9.",
            "Walter Ulbricht",
        ),
    ],
)
def test_name_after_gloss_kept(text, name):
    assert any(name in names for _, names in sorted_communications(text))


def test_known_place_after_gloss_still_blanked():
    text = f"Notatka z rozmowy z Pham Van Dongiem [Note on a conversation with Pham Van Dong], Hanoi, 7 V 1965{AMSZ}"
    assert sorted_communications(text) == [("1965-05-07", [PVD])]


@pytest.mark.parametrize(
    ("text", "present"),
    [  # H8: people present are read, the two sides kept
        (
            "Zabeleška o razgovoru J. B. Tita sa N. S. Hruščovom u prisustvu Mikojana, 24. IX 1962, AJ, 837, KPR.",
            "Mikojana",
        ),
        (
            "Zabeleška o razgovoru J. B. Tita sa N. S. Hruščovom u pratnji Kardelja, 24. IX 1962, AJ, 837, KPR.",
            "Kardelja",
        ),
        (
            "Zabeleška o razgovoru J. B. Tita sa N. S. Hruščovom u društvu Bulganjina, 24. IX 1962, AJ, 837, KPR.",
            "Bulganjina",
        ),
    ],
)
def test_people_present_in_serbo_croatian_heads(text, present):
    assert sorted_communications(text) == [("1962-09-24", sorted(["J. B. Tita", "N. S. Hruščovom", present]))]
    assert all(role is None for _, role in participant_roles(text))


@pytest.mark.parametrize(
    "text",
    [  # H9: two people joined by "és" are not read as one with a garbage role
        "Feljegyzés Kim Ir Szen elvtárssal és Nam Ir elvtárssal folytatott beszélgetésről, 1957. május 12., "
        "MOL, XIX-J-1-j, Korea, 1957, 11. doboz.",
        "Feljegyzés Mikojan és Szuszlov elvtársakkal folytatott beszélgetésről, 1956. november 2., MOL, XIX-J-1-j.",
    ],
)
def test_hungarian_two_people_no_garbage_role(text):
    assert all("és" not in (role or "") for _, role in participant_roles(text))


@pytest.mark.parametrize(
    "text",
    [  # H5: the date of the subject; H11: a government, no one talked to
        "Mikoyan’s comments to Kádár on the Soviet declaration of 30 October 1956 are in MOL, XIX-J-1-j, 2. doboz.",
        "Mikoyan’s comments to Kádár’s government on 2 November 1956 are in MOL, XIX-J-1-j, 2. doboz.",
        # H12: counted records of a month or a year are no one record of it
        "Ulbricht’s four letters to Khrushchev of 1961 are in SAPMO-BArch, DY 30/3498, Bl. 4–9.",
        "Bohlen’s three conversations with Molotov in March 1955 are printed in FRUS.",
    ],
)
def test_comments_and_counted_records_read_nothing(text):
    assert sorted_communications(text) == []


def test_comments_to_someone_on_a_day_still_read():
    text = "Khrushchev’s comments to Harriman on 23 June 1959 are in NARA, RG 59, Central Decimal File."
    assert sorted_communications(text) == [("1959-06-23", ["Harriman", "Khrushchev"])]


@pytest.mark.parametrize(
    ("text", "name"),
    [  # H10: a record's part and a signature formula are no roles
        (f"Notatki z rozmów z Pham Van Dongiem (cz. 2), 9 i 25 IX 1963{AMSZ}", PVD),
        ("Winzer (i.V. des Ministers) an Bolz, 3.5.1961, PA AA, MfAA, A 7131, Bl. 4–9.", "Winzer"),
    ],
)
def test_no_garbage_roles(text, name):
    assert (name, None) in participant_roles(text)
    assert sorted_communications(text)
