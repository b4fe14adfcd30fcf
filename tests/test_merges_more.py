"""A given name written out before middle initials is no part of the surname."""

from kg1956.models import NameMention, Note, Span
from kg1956.pipeline import build
from kg1956.resolve import resolve_mentions
from kg1956.romanize import name_key


def _resolve(*names: str):
    note = Note("x", 1, " ".join(names), 1)
    return resolve_mentions([(note, NameMention(n, Span(0, len(n)))) for n in names])


def _people(*names: str) -> list[set[str]]:
    return sorted((set(e.spellings) for e in _resolve(*names).entities), key=sorted)


def test_given_name_and_middle_initial_key_on_the_surname():
    key = name_key("Jacob A. Malik")
    assert key.family == "initials" and key.surname == "malik" and key.initials == ("jacob", "a")


def test_the_surname_alone_joins_the_one_person():
    assert _people("Jacob A. Malik", "Malik") == [{"Jacob A. Malik", "Malik"}]
    assert _people("Ellis O. Briggs", "Briggs") == [{"Briggs", "Ellis O. Briggs"}]


def test_the_join_is_reported_as_a_weak_merge():
    merges = _resolve("Jacob A. Malik", "Malik").merges
    assert [m.strength for m in merges] == ["weak"]


def test_namesakes_with_other_middle_initials_stay_apart():
    assert len(_people("Walter B. Harrison", "Walter E. Harrison")) == 2


def test_namesakes_with_other_given_names_stay_apart():
    assert len(_people("John A. Smith", "James A. Smith")) == 2


def test_a_bare_surname_with_two_candidates_stays_apart():
    assert len(_people("Walter B. Harrison", "Walter E. Harrison", "Harrison")) == 3


def test_a_declined_cryptonym_with_its_declined_real_name_joins_the_person_named_in_full(tmp_path):
    """ "Телеграмма Филиппова (Сталина)": the bracketed genitive is the surname of a person the
    notes name in full (И.В. Сталина), so it is a real name, not a word held back as a title."""
    path = tmp_path / "notes.txt"
    path.write_text(
        "Notes\n\n"
        "1. Запись беседы И.В. Сталина с Мао Цзэдуном 16 декабря 1949 г. // АП РФ. Ф. 45. Оп. 1. Д. 329. Л. 9.\n\n"
        "2. Телеграмма Филиппова (Сталина) Мао Цзэдуну, 14 мая 1950 г. — АП РФ, ф. 45, оп. 1, д. 331, л. 55.\n",
        encoding="utf-8",
    )
    people = [set(e.spellings) for e in build([path]).resolution.entities if not e.is_organization]
    assert any({"И.В. Сталина", "Филиппова", "Сталина"} <= p for p in people)


def test_three_initials_do_not_join_a_name_whose_first_initial_alone_agrees():
    """ "K.P.S. Menon" (Kumara Padmanabha Sivasankara) and "Krishna Menon" (V.K. Krishna Menon):
    where a person writes three initials, the first need not be the name he is called by."""
    assert len(_people("K.P.S. Menon", "Krishna Menon")) == 2
    assert len(_people("T.N. Kaul", "Triloki Kaul")) == 1
    assert _people("K.P.S. Menon", "Kumara Padmanabha Sivasankara Menon") == [
        {"K.P.S. Menon", "Kumara Padmanabha Sivasankara Menon"}
    ]


def test_one_or_two_initials_still_join_the_first_given_name():
    assert len(_people("A.A. Gromyko", "Andrei Gromyko")) == 1
    assert len(_people("J. Nehru", "Jawaharlal Nehru")) == 1
