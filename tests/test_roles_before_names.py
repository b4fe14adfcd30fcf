"""A role noun or title written before a name is the role, not part of the party's name."""

from kg1956.extract.names import parse_participant, parse_participants


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
