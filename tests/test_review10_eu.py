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


# --- finding 3: "nga" and a capital in the writer's slot of an Albanian message ---------------


def test_an_albanian_capital_after_nga_is_where_the_telegram_came_from():
    text = "Telegram i shokut Hysni Kapo nga Ulanbatori drejtuar shokut Enver Hoxha, 5.X.1960, AQSH, F. 14, D. 3."
    assert note_communications(text) == [("1960-10-05", ["Enver Hoxha", "Hysni Kapo"])]
    assert all(role is None or "nga" not in role for _, role in participant_roles(text))
    text = "Telegram i shokut Mehmet Shehu nga Kajro drejtuar KQ të PPSh mbi bisedimet, 8.XI.1960."
    assert [sorted(p) for _, p in note_communications(text)] == [["KQ të PPSh", "Mehmet Shehu"]]


# --- finding 4: states and news agencies as Albanian writers and addressees -------------------

STATES_AL = [
    "Telegram i Republikës Popullore të Kinës drejtuar Shqipërisë, 3.VII.1962.",
    "Telegram i Kinës drejtuar Shqipërisë, 2.VIII.1960.",
    "Telegram i Rumanisë, 1.VIII.1960.",
    "Telegram i Agjencisë Telegrafike të Kinës Re nga Tirana, 4.VII.1962.",
    "Telegram i TASS-it drejtuar redaksisë, 12.IX.1960.",
    "Letër e Bashkimit Sovjetik drejtuar Jugosllavisë, 1.III.1962.",
]


def test_a_state_or_an_agency_is_no_albanian_writer():
    for text in STATES_AL:
        assert note_communications(text) == [], text


def test_a_state_is_no_albanian_addressee():
    text = "Telegram i shokut Enver Hoxha drejtuar Mongolisë, 2.VIII.1960."
    assert note_communications(text) == [("1960-08-02", ["Enver Hoxha"])]


# --- finding 7: an office-holder writes an Albanian message -----------------------------------


def test_an_albanian_office_holder_is_the_writer():
    text = "Telegram i Ministrit të Jashtëm Behar Shtylla drejtuar shokut Hysni Kapo, 6.X.1960."
    assert note_communications(text) == [("1960-10-06", ["Behar Shtylla", "Hysni Kapo"])]
    assert ("Behar Shtylla", "Ministrit të Jashtëm") in participant_roles(text)
    text = "Raport i ambasadorit Reis Malile drejtuar shokut Enver Hoxha, 10.IX.1960."
    assert note_communications(text) == [("1960-09-10", ["Enver Hoxha", "Reis Malile"])]


# --- finding 5: a date in the round bracket after a quoted Romanian head ----------------------


def test_a_date_in_round_brackets_after_a_quoted_romanian_head_is_its_date():
    text = (
        '"Notă privind convorbirea tovarășului Emil Bodnăraș cu Liu Șao-ci" (14 July 1964), ANIC, fond CC al'
        " PCR – Relații Externe, dosar 30/1964, f. 1."
    )
    assert note_communications(text) == [("1964-07-14", ["Emil Bodnăraș", "Liu Șao-ci"])]


# --- finding 6: a quotation in the author's sentence, then the record cited in round brackets --


def test_a_record_cited_after_a_quotation_in_prose_is_read():
    text = (
        'Ulbricht said the Poles were "wavering" (Record of conversation between Ulbricht and Ambassador'
        " Pervukhin, AVPRF, f. 0742, op. 4, d. 31, l. 8)."
    )
    assert note_communications(text) == [(None, ["Pervukhin", "Ulbricht"])]
    text = (
        "Khrushchev's phrase \"sausage peace\" (Khrushchev's conversation with Walter Lippmann, in Conversations,"
        " vol. 2, p. 40)."
    )
    assert note_communications(text) == [(None, ["Khrushchev", "Walter Lippmann"])]


# --- finding 8: an Albanian accusative in the head beside the translation's name --------------

ACCUSATIVE_AL = """
1. "Procesverbal i bisedës së shokut Hysni Kapo me Ciu En-lain" (Minutes of Comrade Hysni Kapo's conversation with Zhou Enlai), Tiranë, 27.VI.1966, AQSH, F. 14, D. 21.

2. "Procesverbal i bisedës së shokut Mehmet Shehu me Mikojanin" (Minutes of Comrade Mehmet Shehu's conversation with Mikoyan), 11.XI.1960, AQSH, F. 14, D. 22.
"""


def test_an_albanian_accusative_is_paired_with_the_translation(tmp_path):
    people = _people(build_notes(tmp_path, ACCUSATIVE_AL))
    assert any({"Ciu En-lain", "Zhou Enlai"} <= p for p in people)
    assert any({"Mikojanin", "Mikoyan"} <= p for p in people)
