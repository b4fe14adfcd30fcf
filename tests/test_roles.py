"""Roles read beside names: where the office ends and the name begins."""

from __future__ import annotations

import pytest

from kg1956.extract.names import parse_participant
from kg1956.extract.participant_lists import parse_participants


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("George F. Kennan", "George F. Kennan", None),  # a given name before a middle initial
        ("Ambassador Charles E. Bohlen", "Charles E. Bohlen", "Ambassador"),
        ("The Ambassador in the Soviet Union (Thompson)", "Thompson", "Ambassador in the Soviet Union"),
        (
            "the Director of the Office of Northeast Asian Affairs (Parsons)",
            "Parsons",
            "Director of the Office of Northeast Asian Affairs",
        ),
        ("Ambassador Puzanov (Filin)", "Puzanov", "Ambassador"),  # a cryptonym in brackets stays an alias
        ("товарищем Нам Иром", "Нам Иром", None),  # "comrade", declined, is no role
        ("dem Außenminister der KDVR, Genossen Nam Il", "Nam Il", "Außenminister der KDVR"),
        ("посланика в Пхенян Г. Богданов", "Г. Богданов", "посланика в Пхенян"),
    ],
)
def test_role_and_name(text, name, role):
    found = parse_participant(text, 0)
    assert (found.text, found.role) == (name, role)


def test_a_list_of_people_gives_no_role_to_the_last():
    found = parse_participant("V.I. Ivanov and S.N. Filatov", 0)
    assert found is None or found.role is None
    assert [m.text for m in parse_participants("V.I. Ivanov and S.N. Filatov", 0)] == ["V.I. Ivanov", "S.N. Filatov"]


def test_a_declined_central_committee_is_a_body():
    found = parse_participant("Центральному Комитету Трудовой партии Кореи", 0)
    assert found.is_organization and found.text == "Центральному Комитету Трудовой партии Кореи"
