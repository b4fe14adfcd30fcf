"""Where the session's mechanisms met at integration (review 20, the lead): a message's clause that
tells a talk relative to the message is left to the relative reading, a place between the talk word
and "with" is nobody's, and a Czech possessive adjective before a noun is a thing received."""

from __future__ import annotations

import pytest
from conftest import sorted_communications


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (  # the talk was the day before the cable, with the envoy unnamed: never on the cable's day
            "Cable, Puzanov to Moscow, 14 April 1959, AVPRF, f. 0102, op. 15, p. 81, d. 7, ll. 3–5, reporting "
            "what Nam Il had told the Polish envoy the day before.",
            [("1959-04-14", ["Puzanov"])],
        ),
        (  # "his": the cable's writer, whom the loose reading does not know; never the other side alone
            "Cable, Chen Yi to Zhou Enlai, 20 July 1961, PRC FMA 106-00612-03, 1–4, on his talk at Geneva with "
            "Harriman on 18 July.",
            [("1961-07-20", ["Chen Yi", "Zhou Enlai"])],
        ),
    ],
)
def test_a_message_clause_keeps_its_talks_to_the_readers_that_know_them(text, talks):
    assert sorted_communications(text) == talks


def test_a_czech_possessive_adjective_is_a_thing_received():
    text = "Novotný přijal Chruščovův návrh 5. března 1962 (NA, f. KSČ-ÚV-02/1, sv. 30, a.j. 31, b. 4)."
    assert sorted_communications(text) == []


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (  # a count whose days are told: one talk a day
            "Gomułka received Ponomarenko twice, on 3 and 9 March 1957: AAN, KC PZPR, sygn. 2217, k. 4–19.",
            [("1957-03-03", ["Gomułka", "Ponomarenko"]), ("1957-03-09", ["Gomułka", "Ponomarenko"])],
        ),
        (  # a count whose days are untold: none
            "Rapacki had been received by Khrushchev twice in May 1960 (AVPRF, f. 0122, op. 44, p. 319, d. 5, ll. 1–9).",
            [],
        ),
    ],
)
def test_a_count_of_talks_is_read_only_with_its_days(text, talks):
    assert sorted_communications(text) == talks
