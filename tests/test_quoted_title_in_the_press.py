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


def test_a_paper_the_press_lexicon_does_not_know_is_printed_when_a_page_follows_it():
    assert note_communications('"Talks with Khrushchev", 12 June 1961, The Observer, p. 4.') == []
    assert note_communications('"Gespräch mit Chruschtschow", 3. Mai 1960, Neues Deutschland, S. 2.') == []


def test_a_record_printed_in_an_edition_of_documents_is_still_a_record():
    assert note_communications(
        '"Record of conversation of Mao Zedong with P.F. Iudin", 22 July 1958, CWIHP Bulletin, p. 155.'
    ) == [("1958-07-22", ["Mao Zedong", "P.F. Iudin"])]
    assert note_communications(
        '"Conversation with Nehru", 12 November 1956, Selected Works Jawaharlal Nehru, p. 234.'
    ) == [("1956-11-12", ["Nehru"])]
    assert note_communications('"Zapis\' besedy s Mao Tszedunom", 22 July 1958, Istochnik, p. 9.') == [
        ("1958-07-22", ["Mao Tszedunom"])
    ]
    assert note_communications('"Conversation with Mao Zedong", 3 May 1960, AVPRF, f. 0100, op. 53, d. 8.') == [
        ("1960-05-03", ["Mao Zedong"])
    ]
