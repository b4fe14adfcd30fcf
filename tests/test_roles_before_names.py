"""A role noun or title written before a name is the role, not part of the party's name."""

from kg1956.extract.names import parse_participant
from kg1956.extract.participant_lists import parse_participants


def test_german_title_before_name_is_the_role():
    m = parse_participant("Missionschefs H. Wolfram", 0)
    assert m is not None and m.text == "H. Wolfram" and m.role == "Missionschefs"
    m = parse_participant("Präsident Ho Chi Minh", 0)
    assert m is not None and m.text == "Ho Chi Minh" and m.role == "Präsident"


def test_german_ordinal_role_then_name_set_off_by_comma():
    found = parse_participants("dem Ersten Sekretär des ZK der MRVP, J. Zedenbal", 0)
    assert found is not None and len(found) == 1
    assert found[0].text == "J. Zedenbal" and found[0].role == "Ersten Sekretär des ZK der MRVP"


def test_role_phrase_without_a_name_is_no_party():
    assert parse_participants("Ersten Sekretär des ZK der MRVP", 0) is None


def _comms(text: str):
    from kg1956.extract.citations import extract_note
    from kg1956.models import Note

    found = extract_note(Note("t", 1, text, 1))
    return [
        (c.kind, c.date.iso if c.date else None, sorted(p.mention.text for p in c.participants))
        for cit in found.citations
        for c in cit.communications
    ]


def test_people_of_an_undated_record_end_at_ibid():
    text = "Diary of A. M. Puzanov, 21 September 1957, record of conversation with Kim Il Sung and Nam Il, ibid., ll. 48–53."
    assert ("conversation", "1957-09-21", ["A. M. Puzanov", "Kim Il Sung", "Nam Il"]) in _comms(text)


def test_for_topic_see_is_a_lead_in():
    text = (
        "For Zhou Enlai's visit see Diary of A. M. Puzanov, entry for 22 February 1958 "
        "(conversation with Kim Il Sung), AVPRF, f. 0102, op. 14, p. 75, d. 6, ll. 41–45."
    )
    assert _comms(text) == [("conversation", "1958-02-22", ["A. M. Puzanov", "Kim Il Sung"])]


def test_russian_lead_in_and_pseudonym_with_real_name_in_brackets():
    text = "Ср.: шифртелеграмма Матвеева (М.В. Захарова) Филиппову (И.В. Сталину), 26 сентября 1950 г. // АП РФ. Ф. 3."
    assert _comms(text) == [("telegram", "1950-09-26", ["Матвеева", "Филиппову"])]
    text = "Шифртелеграмма Фын Си (И.В. Сталина) Мао Цзэдуну, 1 июля 1950 г. // АП РФ. Ф. 45."
    assert _comms(text) == [("telegram", "1950-07-01", ["Мао Цзэдуну", "Фын Си"])]


def test_a_lead_in_word_is_no_role():
    m = parse_participant("see Filippov [Stalin]", 0)
    assert m is not None and m.role is None


def test_german_period_reported_on_is_not_the_date():
    text = (
        "Bericht des Botschafters Wandel über die Lage in der VR China im ersten Halbjahr 1959, 18.7.1959, SAPMO-BArch."
    )
    assert _comms(text) == [("report", "1959-07-18", ["Wandel"])]


def test_german_undated_letter_keeps_its_gloss_and_locator():
    from kg1956.extract.citations import extract_note
    from kg1956.models import Note

    found = extract_note(Note("t", 1, "Wandel an Ulbricht, o.D. [undated], SAPMO-BArch, NY 4182/1221, Bl. 88–92.", 1))
    assert len(found.citations) == 1
    assert found.citations[0].locators and found.citations[0].communications[0].date is None


def test_quoted_german_title_may_end_with_the_place_held():
    text = (
        '"Niederschrift über die Besprechung zwischen Ministerpräsident Grotewohl und Ministerpräsident '
        'Tschou En-lai am 15. Dezember 1955 in Peking" [Record of the talks], SAPMO-BArch, NY 4090/480, Bl. 101–115.'
    )
    assert _comms(text) == [("conversation", "1955-12-15", ["Grotewohl", "Tschou En-lai"])]


def test_ocr_zero_for_cyrillic_o_in_opis():
    from kg1956.extract.citations import extract_note
    from kg1956.models import Note

    text = "Запись беседы А.М. Пузанова с Нам Иром 12 июня 1958 г. // АВП РФ. Ф. 0102. 0п. 14. П. 76. Д. 8. Л. 17–19."
    found = extract_note(Note("t", 1, text, 1))
    assert [dict(loc.fields).get("opis") for cit in found.citations for loc in cit.locators] == ["14"]


def test_two_names_joined_by_a_dash_and_dated_are_a_conversation():
    text = "Fischer–Kim Il Sung, 5.1.1956; Fischer–Nam Il, 12.1.1956, both in PA AA, MfAA, A 6980, Bl. 2–9."
    assert _comms(text) == [
        ("conversation", "1956-01-05", ["Fischer", "Kim Il Sung"]),
        ("conversation", "1956-01-12", ["Fischer", "Nam Il"]),
    ]
    assert _comms("Soviet–DPRK, 1956, in Balázs Szalontai, Kim Il Sung (Washington, 2005), 4.") == []
