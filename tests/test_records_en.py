"""English record conventions of American and Korean War scholarship (FRUS, NARA, joint senders)."""

import pytest

from kg1956.extract.bare_letters import read_bare_letter
from kg1956.extract.citations import extract_note
from kg1956.extract.locators import parse_locator
from kg1956.extract.names import parse_participant
from kg1956.models import Note


def test_given_name_and_middle_initial_is_one_name() -> None:
    m = parse_participant("Charles E. Bohlen", 0)
    assert m is not None and m.text == "Charles E. Bohlen" and m.role is None
    m = parse_participant("Ambassador Loy W. Henderson", 0)
    assert m is not None and m.text == "Loy W. Henderson" and m.role == "Ambassador"
    m = parse_participant("the Soviet Ambassador A.M. Puzanov", 0)  # initials only: unchanged
    assert m is not None and m.text == "A.M. Puzanov"


def test_frus_office_then_surname_in_brackets() -> None:
    m = parse_participant("The Ambassador in Korea (Muccio)", 0)
    assert m is not None and m.text == "Muccio" and m.role == "Ambassador in Korea"
    m = parse_participant("Filippov (Stalin)", 0)  # a cryptonym, not an office
    assert m is not None and m.text == "Filippov" and m.alias == "Stalin"


def test_department_of_state_is_an_unnamed_ministry() -> None:
    assert parse_participant("the Department of State", 0) is None


def test_joint_senders_of_one_cable() -> None:
    found = read_bare_letter("N.T. Fedorenko and P.F. Iudin to Moscow, February 14, 1952, AVPRF", 0)
    assert found is not None
    names = {p.mention.text for p in found.communication.participants}
    assert names == {"N.T. Fedorenko", "P.F. Iudin"}
    assert found.communication.unnamed == ("Moscow",)


def test_nara_decimal_file_number_is_the_document() -> None:
    loc = parse_locator("NARA, RG 59, Central Decimal File 1950–54, 795.00/7-150, box 4262.", 0)
    assert loc is not None
    assert dict(loc.fields) == {"fond": "RG 59", "document": "795.00/7-150", "box": "4262"}


@pytest.mark.parametrize(
    ("text", "fields", "located"),
    [
        (
            "RG 59, 795.00/6-1853, box 4269, NARA.",
            {"fond": "RG 59", "document": "795.00/6-1853", "box": "4269"},
            "RG 59, 795.00/6-1853, box 4269, NARA",
        ),
        ("RG 59, 795.00/3-2853, US NA", {"fond": "RG 59", "document": "795.00/3-2853"}, "RG 59, 795.00/3-2853, US NA"),
        # the archive first: the decimal number is part of the call number's text, no fragment left
        ("NARA, RG 59, 795.00/5-350.", {"fond": "RG 59", "document": "795.00/5-350"}, "NARA, RG 59, 795.00/5-350"),
    ],
)
def test_a_record_group_with_the_archive_named_last_is_read(text, fields, located) -> None:
    loc = parse_locator(text, 10)
    assert loc is not None and loc.repository == "NARA" and dict(loc.fields) == fields
    assert loc.text == located and loc.span.start == 10 + text.index(located)


def test_an_archive_named_last_needs_a_record_group() -> None:
    # a page and a folder before an archive's name are no call number of that archive
    assert parse_locator("p. 5, folder 3, NARA", 0) is None
    note = extract_note(Note("t", 1, "Briggs to Dulles, 18 June 1953, RG 59, 795.00/6-1853, box 4269, NARA.", 1))
    assert [dict(loc.fields) for c in note.citations for loc in c.locators] == [
        {"fond": "RG 59", "document": "795.00/6-1853", "box": "4269"}
    ]
    assert not [f for f in note.fragments if f.kind == "unparsed"]


def _read(text: str):  # noqa: ANN202 - test helper
    from kg1956.extract.records_en import read_record

    found = read_record(text, 0)
    assert found is not None
    comm = found.communication
    return comm.date.iso if comm.date else None, {(p.mention.text, p.function) for p in comm.participants}


def test_recorder_named_with_office_after_the_date() -> None:
    date, parts = _read(
        "Memorandum of conversation with Pak Ŭi-wan, 12 September 1956, V.V. Kovyzhenko, first secretary "
        "of the Soviet embassy. AVPRF, fond 0102"
    )
    assert date == "1956-09-12"
    assert parts == {("V.V. Kovyzhenko", "recorder"), ("Pak Ŭi-wan", "interlocutor")}


def test_possessive_memoranda_of_conversation_without_article() -> None:
    date, parts = _read("Puzanov's memoranda of conversation with Nam Il, September 30, 1957, AVPRF")
    assert date == "1957-09-30" and {t for t, _ in parts} == {"Puzanov", "Nam Il"}


def test_the_authors_own_interview_is_no_record() -> None:
    from kg1956.extract.records_en import read_record

    assert read_record("Author's conversation with a retired Soviet diplomat, Moscow, June 1998.", 0) is None


def test_date_first_memorandum_then_sender_to_recipient() -> None:
    date, parts = _read("Memorandum, 4 October 1957, Iu.V. Andropov, to the CC CPSU, “On the situation,” RGANI f. 5")
    assert date == "1957-10-04"
    assert parts == {("Iu.V. Andropov", "sender"), ("CC CPSU", "recipient")}


def test_scanned_month_names() -> None:
    from kg1956.extract.dates import find_dates

    assert [d.value.iso for d in find_dates("Septernber 29, 1950; 12 Angust 1950")] == ["1950-09-29", "1950-08-12"]


def test_their_next_conversation_after_the_volume() -> None:
    from kg1956.extract.citations import extract_note
    from kg1956.models import Note

    text = (
        "Memorandum of conversation between Walter B. Smith and A.Ia. Vyshinskii, October 5, 1948, in FRUS, "
        "1948, vol. IV (Washington, DC: GPO, 1974), 921–924; and memorandum of their next meeting, October 12, "
        "1948, ibid., 930–932."
    )
    found = extract_note(Note("t", 1, text, 1))
    comms = [c for cit in found.citations for c in cit.communications]
    assert [c.date.iso for c in comms] == ["1948-10-05", "1948-10-12"]
    assert {p.mention.text for p in comms[1].participants} == {"Walter B. Smith", "A.Ia. Vyshinskii"}


def test_minutes_comma_possessive_meeting_at_a_place() -> None:
    date, parts = _read("Minutes, Liu Shaoqi's Meeting with Le Duan and Truong Chinh at Guangzhou, March 12, 1963")
    assert date == "1963-03-12" and {t for t, _ in parts} == {"Liu Shaoqi", "Le Duan", "Truong Chinh"}


def test_an_embassy_that_says_not_whose_is_unnamed() -> None:
    assert parse_participant("the Embassy in the Soviet Union", 0) is None
    m = parse_participant("Chinese Embassy in the Soviet Union", 0)
    assert m is not None and m.is_organization


def test_frus_office_with_a_comma() -> None:
    m = parse_participant("The Commander in Chief, Far East (MacArthur)", 0)
    assert m is not None and m.text == "MacArthur" and m.role == "Commander in Chief, Far East"
    m = parse_participant("Kim Il Sung, Chairman of the Cabinet (Pyongyang)", 0)  # a place in brackets: unchanged
    assert m is not None and m.text == "Kim Il Sung"


def test_scanned_l_for_capital_i_in_a_surname() -> None:
    m = parse_participant("S.P. lgnatiev", 0)
    assert m is not None and m.text == "S.P. lgnatiev"
    assert parse_participant("later", 0) is None


def test_a_place_and_a_remark_after_the_date_are_no_recorder() -> None:
    _, parts = _read("Record of conversation with Kim Il Sung, 3 May 1957, Moscow, the ambassador being absent.")
    assert all(function != "recorder" for _, function in parts)
