"""The gazetteer (extract/gazetteer.py): a place written between the parties and the date, in any
of the notes' languages, is where the talk was held or the record written, never one more party;
and the places are read as written, so a surname that merely begins like a city stays a man."""

from __future__ import annotations

import pytest
from conftest import sorted_communications

from kg1956.extract.gazetteer import gazetteer_forms
from kg1956.extract.lexicon import INFLECTED_PLACES, PLACES
from kg1956.extract.places import is_place


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Record of conversation between N. S. Khrushchev and J. Nehru, Bombay, 23 November 1955, "
            "RGANI, f. 52, op. 1, d. 598, ll. 1–14.",
            [("1955-11-23", ["J. Nehru", "N. S. Khrushchev"])],
        ),
        (
            "Notatka z rozmowy z ambasadorem W. Rogowem, Kalkuta, 12 V 1960, AMSZ, z. 10, w. 4, t. 5, k. 1–3.",
            [("1960-05-12", ["W. Rogowem"])],
        ),
        (
            "“Notatka z rozmowy z ambasadorem W. Rogowem,” Warszawa, 12 V 1960, AMSZ, z. 10, w. 4, t. 5.",
            [("1960-05-12", ["W. Rogowem"])],
        ),
        (
            "Záznam o rozhovoru s. J. Nováka s ministrem zahraničí Subandriem, Džakarta, 4. 3. 1962, "
            "AMZV, TO-T 1960–1964, k. 2.",
            [("1962-03-04", ["J. Nováka", "Subandriem"])],
        ),
    ],
)
def test_a_place_before_the_date_is_no_party(text, talks):
    assert sorted_communications(text) == talks


@pytest.mark.parametrize(
    "place", ["Novosibirsk", "Sajgon", "Wientian", "Rangun", "Bělehrad", "Dzsakarta", "Tamminiemi"]
)
def test_the_gazetteers_places_are_places(place):
    assert is_place(place)


@pytest.mark.parametrize("surname", ["Minsky", "Tashkentov", "Kabulov", "Rigaud"])
def test_a_surname_that_begins_like_a_city_is_no_place(surname):
    assert not is_place(surname)


def test_a_korean_name_ending_like_a_city_stays_a_party():
    text = (
        "См. запись беседы А.М. Пузанова с Ким Ду Боном 14 марта 1957 г. (АВП РФ. Ф. 0102. Оп. 13. П. 72. Д. 5. Л. 44)."
    )
    assert sorted_communications(text) == [("1957-03-14", ["А.М. Пузанова", "Ким Ду Боном"])]


def test_the_gazetteer_is_lower_case_and_takes_no_case_endings():
    forms = gazetteer_forms()
    assert forms and all(f == f.lower() and f == f.strip() for f in forms)
    assert forms <= PLACES
    assert "novosibirsk" not in INFLECTED_PLACES  # read only as written
