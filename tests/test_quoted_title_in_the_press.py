"""A quoted title with its date after the quotes is no record's head when what follows says where it
was printed or broadcast: '"Conversations with Mao", 3 May 1960, BBC broadcast' names no talk."""

import pytest
from conftest import note_communications


@pytest.mark.parametrize(
    "text",
    [
        '"Conversations with Mao", 3 May 1960, BBC broadcast.',
        '"Talks with Khrushchev", 12 June 1961, Pravda, p. 4.',
        '"Conversation with Ulbricht", 2 March 1961, Neues Deutschland editorial, p. 1.',
        '"Zapis\' besedy s Mao Tszedunom", 3 May 1960, Radio Moscow broadcast.',
    ],
)
def test_a_programme_or_a_press_item_is_no_record(text):
    assert note_communications(text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"Conversation with Mao Zedong", 3 May 1960, AVPRF, f. 0100, op. 53, p. 454, d. 8, ll. 1–5.',
        '"Conversation between Mao Zedong and Kim Il Sung", 15 October 1966, Wilson Center Digital Archive.',
    ],
)
def test_a_record_dated_after_its_quotes_is_still_read(text):
    assert len(note_communications(text)) == 1
