"""European record titles first read from blind sets 36 and 37 (issue #3), on notes of our own: a
Romanian or Bulgarian talk between a side named only by its office and a named person; an office in
apposition inside such a list; two lists of names joined by the head's one "și"; the occasion after
the last party; a report or letter with its subject after its recipient; a paper signed by its
writer in Romanian, German, Polish and Czech; a German office written as one compound word. Each
rule has negative cases."""

from __future__ import annotations

import pytest
from conftest import communication_kinds, participant_roles, sorted_communications

from kg1956.extract.roles import is_role_word


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Notă de convorbire între ambasadorul român la Praga și Antonín Novotný, 3 mai 1963, AMAE, dosar 12.",
            [("1963-05-03", ["Antonín Novotný"])],
        ),
        (
            "Stenograma convorbirii dintre Antonín Novotný și consilierul ambasadei, 3 mai 1963, AMAE, dosar 12.",
            [("1963-05-03", ["Antonín Novotný"])],
        ),
        (
            "Notă de convorbire dintre însărcinatul cu afaceri a.i. la Praga și Antonín Novotný, 3 mai 1963, "
            "AMAE, dosar 12.",
            [("1963-05-03", ["Antonín Novotný"])],
        ),
        (
            "Запис на разговор между новия посланик на НРБ в Прага и Антонин Новотни, 3 май 1963 г., ЦДА, "
            "ф. 1Б, оп. 5, а.е. 7, л. 1–3.",
            [("1963-05-03", ["Антонин Новотни"])],
        ),
        (
            "Бележка за разговора на Тодор Живков с временно управляващия посолството на ЧССР, 3 май 1963 г., "
            "ЦДА, ф. 1Б, оп. 5, а.е. 7, л. 1–3.",
            [("1963-05-03", ["Тодор Живков"])],
        ),
    ],
)
def test_talk_between_an_unnamed_office_and_a_named_person(text, talks):
    assert sorted_communications(text) == talks


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        # the office with a name: both parties
        (
            "Notă de convorbire între ambasadorul Ion Rab și Antonín Novotný, 3 mai 1963, AMAE, dosar 12.",
            [("1963-05-03", ["Antonín Novotný", "Ion Rab"])],
        ),
        # both sides unnamed: no one's talk
        ("Запис на разговор между първия секретар на посолството и аташето, 3 май 1963 г., ЦДА, ф. 1Б.", []),
        # no named side at all
        ("Nota convorbirii cu ministrul afacerilor externe al R.P. Ungare, 4 martie 1963, AMAE, dosar 77.", []),
    ],
)
def test_talk_between_offices_negatives(text, talks):
    assert sorted_communications(text) == talks


def test_office_in_apposition_inside_a_romanian_list():
    text = (
        "Stenograma convorbirii dintre Chivu Stoica, președinte al Consiliului de Miniștri, și Józef "
        "Cyrankiewicz, Varșovia, 6 septembrie 1962, ANIC, dosar 44/1962, f. 1–20."
    )
    assert sorted_communications(text) == [("1962-09-06", ["Chivu Stoica", "Józef Cyrankiewicz"])]
    assert ("Chivu Stoica", "președinte al Consiliului de Miniștri") in participant_roles(text)


def test_two_lists_joined_by_the_heads_one_si():
    text = (
        "Stenograma convorbirilor dintre tov. A. Bârlădeanu, E. Bodnăraș și tov. W. Gomułka, J. Cyrankiewicz, "
        "8 februarie 1963, ANIC, dosar 12/1963, f. 1–44."
    )
    assert sorted_communications(text) == [
        ("1963-02-08", ["A. Bârlădeanu", "E. Bodnăraș", "J. Cyrankiewicz", "W. Gomułka"])
    ]
    # one list ending in "și": the same three parties, no split into two sides
    three = "Stenograma convorbirilor dintre A. Bârlădeanu, E. Bodnăraș și W. Gomułka, 8 februarie 1963, ANIC."
    assert sorted_communications(three) == [("1963-02-08", ["A. Bârlădeanu", "E. Bodnăraș", "W. Gomułka"])]


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Стенограма на разговора между Тодор Живков и Янош Кадар по време на посещението, 21 септември "
            "1963 г., ЦДА, ф. 1Б.",
            [("1963-09-21", ["Тодор Живков", "Янош Кадар"])],
        ),
        (
            "Notă de convorbire între Ion Gheorghe Maurer și Zhou Enlai cu ocazia vizitei sale, 26 martie 1964, ANIC.",
            [("1964-03-26", ["Ion Gheorghe Maurer", "Zhou Enlai"])],
        ),
    ],
)
def test_occasion_after_the_last_party(text, talks):
    assert sorted_communications(text) == talks


@pytest.mark.parametrize(
    ("text", "talks", "kind"),
    [
        (
            "Informarea tovarășului Alexandru Bârlădeanu către Biroul Politic al CC al PMR cu privire la sesiunea "
            "CAER, 10 iunie 1962, ANIC, dosar 29/1962.",
            [("1962-06-10", ["Alexandru Bârlădeanu", "Biroul Politic al CC al PMR"])],
            "report",
        ),
        (
            "Scrisoarea lui Gheorghe Gheorghiu-Dej către Nikita Hrușciov despre tratativele cu R.P. Chineză, "
            "15 mai 1963, ANIC, dosar 21/1963.",
            [("1963-05-15", ["Gheorghe Gheorghiu-Dej", "Nikita Hrușciov"])],
            "letter",
        ),
        (
            "Доклад от Тодор Живков до Политбюро на ЦК на БКП относно посещението в Унгария, 30 септември "
            "1963 г., ЦДА, ф. 1Б.",
            [("1963-09-30", ["Тодор Живков", "Политбюро на ЦК на БКП"])],
            "report",
        ),
    ],
)
def test_message_with_its_subject_after_the_recipient(text, talks, kind):
    assert sorted_communications(text) == [(d, sorted(p)) for d, p in talks]
    assert communication_kinds(text) == [(kind, talks[0][0])]


def test_undated_romanian_information_is_no_report():
    text = "Informarea privind convorbirile de la Moscova nu poartă dată; vezi ANIC, dosar 30/1962."
    assert sorted_communications(text) == []


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Telegramă cifrată de la Praga, semnată de Ion Rab, 17 octombrie 1962, AMAE, dosar 6, f. 40.",
            [("1962-10-17", ["Ion Rab"])],
        ),
        ("Telegramm aus Prag, gez. Otto Winzer, 4. Juni 1964, PA AA, MfAA, A 5512.", [("1964-06-04", ["Otto Winzer"])]),
        (
            "Telegramm der Botschaft in Prag, unterzeichnet von Otto Winzer, 19. Februar 1962, PA AA, MfAA, A 8120.",
            [("1962-02-19", ["Otto Winzer"])],
        ),
        (
            "Szyfrogram z Pragi, podpisany przez Adama Rapackiego, 9 marca 1963 r., AMSZ, z. 7, w. 40, t. 512.",
            [("1963-03-09", ["Adama Rapackiego"])],
        ),
        (
            "Šifrogram z Varšavy, podepsaný Antonínem Kroupou, 11. 5. 1963, AMZV, TO-T 1960–1964, k. 4.",
            [("1963-05-11", ["Antonínem Kroupou"])],
        ),
    ],
)
def test_paper_signed_in_the_languages_of_the_bloc(text, talks):
    assert sorted_communications(text) == talks
    assert communication_kinds(text) == [("telegram", talks[0][0])]


@pytest.mark.parametrize(
    "text",
    [
        "Telegramă de la Praga, semnată de ambasador, 3 iunie 1964, AMAE, dosar 2, f. 8.",  # an office, no one
        "The agreement was signed by Rapacki and Gromyko in Moscow on 4 March 1963; it is printed in Zbiór (1964).",
    ],
)
def test_signed_negatives(text):
    assert sorted_communications(text) == []


def test_german_compound_office_is_no_party():
    text = (
        "Vermerk über ein Gespräch des Handelsrats Kurt Enkelmann mit dem polnischen Landwirtschaftsminister "
        "am 12.4.1961, PA AA, MfAA, A 8119, Bl. 30–32."
    )
    assert sorted_communications(text) == [("1961-04-12", ["Kurt Enkelmann"])]
    named = "Vermerk über ein Gespräch mit dem bulgarischen Verteidigungsminister Dobri Dschurow am 7.9.1962, PA AA."
    assert sorted_communications(named) == [("1962-09-07", ["Dobri Dschurow"])]


@pytest.mark.parametrize(
    ("word", "office"),
    [
        ("Wirtschaftsminister", True),
        ("Verteidigungsministers", True),
        ("Generalsekretär", True),
        ("Kessing", False),
        ("Schaarschmidt", False),
        ("Minsterberg", False),
    ],
)
def test_german_compound_office_word(word, office):
    assert is_role_word(word) is office


@pytest.mark.parametrize(
    ("text", "talks", "role"),
    [
        (
            "Memorandum of conversation between Selwyn Lloyd and King Hussein, Amman, 3 March 1957, TNA, FO 371/1.",
            [("1957-03-03", ["Hussein", "Selwyn Lloyd"])],
            ("Hussein", "King"),
        ),
        (
            "Record of conversation between N.A. Bulganin and Queen Frederica, 12 May 1956, AVPRF, f. 06, d. 211.",
            [("1956-05-12", ["N.A. Bulganin", "Frederica"])],
            ("Frederica", "Queen"),
        ),
    ],
)
def test_sovereigns_title_before_the_name(text, talks, role):
    assert sorted_communications(text) == [(d, sorted(p)) for d, p in talks]
    assert role in participant_roles(text)


def test_surname_king_stays_a_name():
    text = "Letter from W.L. Mackenzie King to L.B. Pearson, 2 June 1948, LAC, MG 26 J1, vol. 441."
    assert sorted_communications(text) == [("1948-06-02", ["L.B. Pearson", "W.L. Mackenzie King"])]


@pytest.mark.parametrize(
    ("text", "talks", "role"),
    [
        (
            "Aktenvermerk über ein Gespräch des Ministers für Auswärtige Angelegenheiten Lothar Bolz mit "
            "Botschafter Puschkin am 3.4.1958, PA AA, MfAA, A 1520.",
            [("1958-04-03", ["Lothar Bolz", "Puschkin"])],
            ("Lothar Bolz", "Ministers für Auswärtige Angelegenheiten"),
        ),
        (
            "Niederschrift über eine Unterredung des Staatssekretärs für Kirchenfragen Hans Seigewasser mit "
            "Otto Dibelius am 2.7.1960, SAPMO-BArch, DY 30/IV 2/14/5.",
            [("1960-07-02", ["Hans Seigewasser", "Otto Dibelius"])],
            ("Hans Seigewasser", "Staatssekretärs für Kirchenfragen"),
        ),
    ],
)
def test_field_of_a_german_office_after_fuer(text, talks, role):
    assert sorted_communications(text) == talks
    assert role in participant_roles(text)


def test_german_office_with_its_field_and_no_name():
    text = "Vermerk über den Empfang des Botschafters Puschkin durch den Minister für Volksbildung am 9.5.1958, PA AA."
    assert all("Volksbildung" not in p for _, ps in sorted_communications(text) for p in ps)


def test_a_clause_after_two_names_is_no_second_list():
    text = (
        "Notă de convorbire între A. Bârlădeanu și W. Gomułka, W. Gomułka fiind însoțit de J. Cyrankiewicz, 9.IX.1962."
    )
    assert sorted_communications(text) == [("1962-09-09", ["A. Bârlădeanu", "W. Gomułka"])]
