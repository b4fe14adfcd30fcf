"""The small words of Western surnames ("de Gaulle", "Couve de Murville", "van der Stoel") belong
to the name: no role "de", no person "Gaulle", and "de Gaulle" alone is Charles de Gaulle's
surname as "Nehru" is Jawaharlal Nehru's."""

from __future__ import annotations

from conftest import note_communications, participant_roles, people_in

from kg1956.romanize import name_words


def test_a_surnames_particle_is_part_of_the_name_not_a_role():
    assert note_communications("Letter from de Gaulle to Khrushchev, 3 May 1960, AVPRF, f. 0136, op. 44.") == [
        ("1960-05-03", ["Khrushchev", "de Gaulle"])
    ]
    assert participant_roles(
        "Memorandum of conversation between Ambassador Llewellyn Thompson and Maurice Couve de Murville, "
        "2 June 1962, NARA, RG 59."
    ) == [("Llewellyn Thompson", "Ambassador"), ("Maurice Couve de Murville", None)]
    assert note_communications("Telegram from van der Stoel to Luns, 12 April 1968.") == [
        ("1968-04-12", ["Luns", "van der Stoel"])
    ]


def test_the_surname_with_its_particle_alone_joins_the_full_name(tmp_path):
    people = people_in(
        tmp_path,
        "1. Letter from de Gaulle to Khrushchev, 3 May 1960.\n\n"
        "2. Record of conversation between Charles de Gaulle and N.S. Khrushchev, 24 March 1960.",
    )
    assert {"de Gaulle", "Charles de Gaulle"} in people


def test_two_men_of_one_particled_surname_stay_two(tmp_path):
    people = people_in(
        tmp_path,
        "1. Letter from Charles de Gaulle to Khrushchev, 3 May 1960.\n\n"
        "2. Letter from Philippe de Gaulle to Khrushchev, 5 May 1960.",
    )
    assert {"Charles de Gaulle"} in people and {"Philippe de Gaulle"} in people


def test_name_words_join_particles_to_the_surname():
    assert name_words("Charles de Gaulle") == ["Charles", "deGaulle"]
    assert name_words("van der Stoel") == ["vanderStoel"]
    assert name_words("Dean Rusk") == ["Dean", "Rusk"]


def test_a_german_or_romance_article_in_an_office_is_no_particle(tmp_path):
    assert (
        "Kim Il",
        "Erster Stellvertreter des Vorsitzenden des Ministerkabinetts",
    ) in participant_roles(
        "Aufzeichnung über eine Unterredung des Genossen Schneidewind mit Genossen Kim Il (Erster Stellvertreter "
        "des Vorsitzenden des Ministerkabinetts) am 10.2.1960, PA AA, MfAA, A 7146, Bl. 21–24."
    )
    assert note_communications(
        "Botschaft Peking an das MfAA, Bericht über die Lage, 14. Juli 1960, PA AA, MfAA, A 6682, Bl. 12–20."
    ) == [("1960-07-14", ["Botschaft Peking", "MfAA"])]
    people = people_in(
        tmp_path,
        "1. Aufzeichnung über eine Unterredung des Genossen Schneidewind mit Genossen Kim Il (Erster Stellvertreter "
        "des Vorsitzenden des Ministerkabinetts) am 10.2.1960, PA AA, MfAA, A 7146, Bl. 21–24.",
    )
    assert not any("Ministerkabinetts" in s for p in people for s in p)


def test_an_office_before_the_particle_keeps_its_state_and_its_title_apart():
    assert participant_roles(
        "Memorandum of conversation, Dulles and the Portuguese Foreign Minister Paulo da Cunha, 3 April 1958, FRUS."
    ) == [("Dulles", None), ("Paulo da Cunha", "the Portuguese Foreign Minister")]
    assert ("van Roijenem", "velvyslancem Nizozemska") in participant_roles(
        "Zpráva o rozhovoru s velvyslancem Nizozemska van Roijenem, 12. 6. 1958, AMZV, TO-T."
    )


def test_an_arabic_patronymic_is_no_particle():
    found = participant_roles("Letter, King Saud bin Abdul Aziz to Eisenhower, 4 January 1957, DDEL.")
    assert not any(name.startswith("bin") for name, _ in found)
