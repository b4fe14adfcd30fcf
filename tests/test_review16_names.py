"""Counter-examples a reviewer wrote against the transcription-family merges (twelfth session):
different people whose names one family's letters make alike stay apart; the right joins hold."""

from conftest import people_in, together

from kg1956.romanize_families import arabic_agree, arabic_form


def _record(n: int, who: str, day: int) -> str:
    return f"{n}. Record of conversation of Ambassador P. K. Ponomarenko with {who}, {day} May 1957, AVPRF, f. 0100."


def test_an_english_spelling_of_a_russian_name_is_not_read_as_spanish(tmp_path):
    people = people_in(
        tmp_path,
        "1. Запись беседы посла П. К. Пономаренко с академиком А. Д. Сахаровым, 3 мая 1957 г.\n\n"
        + _record(2, "Zakharov", 5)
        + "\n\n3. Запись беседы посла П. К. Пономаренко с Ф. Р. Сверевым, 6 мая 1957 г.\n\n"
        + _record(4, "Zverev", 7),
    )
    assert not together(people, "Zakharov", "А. Д. Сахаровым")
    assert not together(people, "Zverev", "Ф. Р. Сверевым")


def test_a_polish_spelling_without_polish_letters_still_joins_its_russian_one(tmp_path):
    people = people_in(
        tmp_path,
        "1. Notatka z rozmowy tow. E. Ochaba z W. Mołotowem, 18 października 1956 r.\n\n"
        "2. Запись беседы В.М. Молотова с Э. Охабом, 19 октября 1956 г.",
    )
    assert together(people, "E. Ochaba", "Э. Охабом")


def test_a_bare_spanish_surname_beside_two_brothers_joins_neither(tmp_path):
    people = people_in(
        tmp_path,
        "\n\n".join(
            _record(n, who, n + 2)
            for n, who in ((1, "Fidel Castro Ruz"), (2, "Raúl Castro Ruz"), (3, "Castro"), (4, "F. Castro Ruz"))
        )
        + "\n\n"
        + _record(5, "Castro Ruz", 9),
    )
    assert not together(people, "Castro", "Raúl Castro Ruz")
    assert not together(people, "Castro Ruz", "F. Castro Ruz")
    assert not together(people, "Castro Ruz", "Raúl Castro Ruz")


def test_a_second_given_name_is_no_fathers_surname(tmp_path):
    people = people_in(tmp_path, _record(1, "Carlos Rafael Rodríguez", 3) + "\n\n" + _record(2, "Rafael", 4))
    assert not together(people, "Rafael", "Carlos Rafael Rodríguez")


def test_a_fathers_surname_alone_still_joins_its_spanish_name(tmp_path):
    people = people_in(tmp_path, _record(1, "Osvaldo Dorticós Torrado", 3) + "\n\n" + _record(2, "Dorticós", 4))
    assert together(people, "Dorticós", "Osvaldo Dorticós Torrado")


def test_arabic_surnames_whose_a_and_e_differ_are_other_names(tmp_path):
    assert not arabic_agree(arabic_form("Salem"), arabic_form("Salam"))
    assert not arabic_agree(arabic_form("Kamal"), arabic_form("Kamel"))
    assert arabic_agree(arabic_form("Kassem"), arabic_form("Qasim"))
    people = people_in(
        tmp_path,
        "\n\n".join(
            _record(n, who, n + 2)
            for n, who in (
                (1, "Salah Salem"),
                (2, "Salam"),
                (3, "Abdel Hakim Amer"),
                (4, "Ammar"),
                (5, "Ahmed Kamal"),
                (6, "Ahmed Kamel"),
                (7, "Nasim al-Qudsi"),
                (8, "Nazim al-Qudsi"),
                (9, "Abd al-Karim Qasim"),
                (10, "Abdel Kerim Kassem"),
            )
        ),
    )
    assert not together(people, "Salah Salem", "Salam")
    assert not together(people, "Abdel Hakim Amer", "Ammar")
    assert not together(people, "Ahmed Kamal", "Ahmed Kamel")
    assert not together(people, "Nasim al-Qudsi", "Nazim al-Qudsi")
    assert together(people, "Abd al-Karim Qasim", "Abdel Kerim Kassem")
