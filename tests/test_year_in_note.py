"""A record dated by day and month alone takes the year its own note writes (next, else last
before); never a year from another note, never a date for an "n.d."."""

from __future__ import annotations

from conftest import build_notes, note_communications


def test_the_year_written_later_in_the_note_dates_the_earlier_record():
    found = note_communications(
        "Record of conversation between Iudin and Mao Zedong, 3 May, AVPRF, f. 0100, op. 51, d. 6, ll. 1–5; "
        "record of conversation between Iudin and Zhou Enlai, 7 May 1957, ibid., ll. 6–9."
    )
    assert ("1957-05-03", ["Iudin", "Mao Zedong"]) in found


def test_with_no_year_after_it_the_year_written_before_dates_it():
    found = note_communications(
        "Record of conversation between Iudin and Mao Zedong, 22 July 1958, AVPRF, f. 0100, op. 51, d. 6; "
        "record of conversation between Iudin and Zhou Enlai, 24 July, ibid., ll. 6–9."
    )
    assert ("1958-07-24", ["Iudin", "Zhou Enlai"]) in found


def test_no_year_in_the_note_leaves_the_record_undated(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Record of conversation between Iudin and Mao Zedong, 22 July 1958, AVPRF, f. 0100, op. 51, d. 6.\n\n"
        "2. Record of conversation between Iudin and Zhou Enlai, 24 July, AVPRF, f. 0100, op. 51, d. 7.",
    )
    second = [c for ex in built.extractions if ex.note.number == 2 for cit in ex.citations for c in cit.communications]
    assert [c.date for c in second] == [None]  # the year of note 1 is not note 2's


def test_an_undated_record_stays_undated_beside_a_dated_one():
    found = note_communications(
        "Memorandum of conversation between Iudin and Mao Zedong, n.d., AVPRF, f. 0100; "
        "Iudin to Gromyko, 3 May 1958, ibid."
    )
    assert found == [(None, ["Iudin", "Mao Zedong"]), ("1958-05-03", ["Gromyko", "Iudin"])]


def test_a_papers_date_lends_no_year():
    found = note_communications(
        "Record of conversation between Iudin and Mao Zedong, 3 May, AVPRF, f. 0100, op. 51, d. 6; "
        "see also Pravda, 7 May 1957."
    )
    assert found == [(None, ["Iudin", "Mao Zedong"])]


def test_a_day_and_month_inside_the_title_dates_nothing():
    found = note_communications(
        "Memorandum of conversation, Rusk and Dobrynin on the Soviet note of 3 May, FRUS 1961-1963, vol. V, "
        "doc. 190; Memorandum of conversation, Rusk and Dobrynin, 10 June 1962, ibid., doc. 210."
    )
    assert (None, ["Dobrynin", "Rusk"]) in found


def test_across_new_year_the_year_before_the_next_record():
    found = note_communications(
        "Record of conversation, Yudin and Mao Zedong, 28 December, AVPRF, f. 0100, op. 49, d. 9; "
        "Record of conversation, Yudin and Mao Zedong, 4 January 1957, ibid."
    )
    assert ("1956-12-28", ["Mao Zedong", "Yudin"]) in found
