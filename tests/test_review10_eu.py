"""Counter-examples from review 10 to the Albanian and Romanian record heads, each in notes of its
own: a bare surname a translation writes out never joins a namesake; places, capitals, states and
news agencies are no parties; dated heads and cited records are still read."""

from __future__ import annotations

from conftest import build_notes, note_communications, participant_roles, talks_in


def _apart(people: list[set[str]], a: str, b: str) -> bool:
    return not any({a, b} <= p for p in people)


def _people(built) -> list[set[str]]:
    return [set(e.spellings) for e in built.resolution.entities if not e.is_organization]


# --- finding 1: a bare surname glossed as one full name, a namesake elsewhere ----------------

NAMESAKES_AL = """
1. "Procesverbal i bisedës së shokut Kapo me ambasadorin sovjetik Ivanov" (Minutes of Comrade Vito Kapo's conversation with the Soviet ambassador Ivanov), 3.III.1961, AQSH, F. 14, D. 7.

2. Procesverbal i bisedës së shokut Hysni Kapo me Liu Shaoqi, 14.XI.1960, AQSH, F. 14, D. 9.

3. "Procesverbal i bisedës së shokut Shehu me ambasadorin kinez Lo Shih-i" (Minutes of Comrade Fiqrete Shehu's conversation with the Chinese ambassador Luo Shiyi), 2.II.1961, AQSH, F. 14, D. 11.

4. Procesverbal i bisedës së shokut Mehmet Shehu me Peng Zhen, 20.XI.1960, AQSH, F. 14, D. 12.
"""

NAMESAKES_RO = """
1. "Notă privind convorbirea tovarășei Ceaușescu cu Song Qingling" (Note on Comrade Elena Ceaușescu's conversation with Song Qingling), 4.VI.1971, ANIC, fond CC al PCR – Relații Externe, dosar 40/1971, f. 2.

2. "Notă privind convorbirea tovarășului Nicolae Ceaușescu cu Mao Zedong", 2.VI.1971, ANIC, fond CC al PCR – Relații Externe, dosar 41/1971, f. 5.
"""


def test_a_bare_albanian_surname_glossed_never_joins_two_namesakes(tmp_path):
    built = build_notes(tmp_path, NAMESAKES_AL)
    people = _people(built)
    assert _apart(people, "Vito Kapo", "Hysni Kapo")
    assert _apart(people, "Fiqrete Shehu", "Mehmet Shehu")
    assert ["Hysni Kapo", "Liu Shaoqi"] in talks_in(built, 2)
    assert ["Mehmet Shehu", "Peng Zhen"] in talks_in(built, 4)


def test_a_bare_romanian_surname_glossed_never_joins_two_namesakes(tmp_path):
    people = _people(build_notes(tmp_path, NAMESAKES_RO))
    assert _apart(people, "Elena Ceaușescu", "Nicolae Ceaușescu")


# --- finding 2: a place after a comma closing a Romanian head ---------------------------------

PLACES_RO = [
    (
        "Convorbirea tovarășului Gheorghiu-Dej cu N.S. Hrușciov, Snagov-Sat, 14.VIII.1963.",
        ["Gheorghiu-Dej", "N.S. Hrușciov"],
    ),
    ("Notă de convorbire între I.Gh. Maurer și Ciu En-lai, Șanhai, 6.IX.1962.", ["Ciu En-lai", "I.Gh. Maurer"]),
    (
        "Notă de convorbire între Emil Bodnăraș cu Brejnev, Suslov și Ponomariov, Kremlinul, 5.XI.1962.",
        ["Brejnev", "Emil Bodnăraș", "Ponomariov", "Suslov"],
    ),
    ("Notă de convorbire între N. Ceaușescu și Brejnev, Oreanda, 9.VIII.1966.", ["Brejnev", "N. Ceaușescu"]),
]


def test_a_place_closing_a_romanian_head_is_no_party():
    for text, people in PLACES_RO:
        found = note_communications(text)
        assert found and all(p == people for _, p in found), (text, found)


def test_a_clause_after_a_romanian_head_gives_no_role():
    text = "Notă de convorbire între Ion Gheorghe Maurer și Ciu En-lai, Ciu En-lai fiind însoțit de Cen I, 9.IX.1962."
    assert all(name != "Cen I" for name, _ in participant_roles(text))
