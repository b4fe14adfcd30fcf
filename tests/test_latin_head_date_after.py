"""A Russian head in Latin letters, quoted without its date, the date after the closing quote:
'"Zapis' besedy A.I. Mikoiana s Val'terom Ul'brikhtom", 25 Apr. 1961, RGANI, …' (two authors of
the genre write it so). The head is read with the quote blanked; every party stands inside it."""

import pytest
from conftest import note_communications

_RGANI = "RGANI, f. 52, op. 1, d. 557, ll. 88–102."


@pytest.mark.parametrize(
    "head",
    [
        "\"Zapis' besedy A.I. Mikoiana s Val'terom Ul'brikhtom\", 25 Apr. 1961, ",
        "\"Zapis' besedy A.I. Mikoiana s V. Ul'brikhtom,\" 25 April 1961, ",
        "“Zapis' besedy A.I. Mikoiana s V. Ul'brikhtom”, 25 April 1961, ",
    ],
)
def test_the_head_is_read_with_the_date_after_its_quotes(head):
    found = note_communications(head + _RGANI)
    assert len(found) == 1 and found[0][0] == "1961-04-25"
    assert len(found[0][1]) == 2 and any("Mikoiana" in name for name in found[0][1])


@pytest.mark.parametrize(
    "text",
    [
        '"Khrushchev and Kennedy in Vienna", 4 June 1961, New York Times, p. 1.',
        '"Sovetskii Soiuz i Berlin", 12 May 1961, Pravda, p. 1.',
        '"Zapis\' besedy", 25 Apr. 1961, ' + _RGANI,
    ],
)
def test_a_quoted_title_or_a_head_without_parties_names_no_talk(text):
    assert note_communications(text) == []
