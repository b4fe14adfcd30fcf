"""Counter-examples from review 8b (English rules), on notes of our own: each once made a wrong merge,
an invented talk or a wrong locator."""

from __future__ import annotations

from conftest import people_in

from kg1956.romanize import name_key


def test_a_german_oe_is_not_the_old_indonesian_u(tmp_path):
    """ "Moeller" is the German spelling of Möller, another surname than Müller."""
    people = people_in(
        tmp_path,
        "1. Record of conversation between Karl Müller and Kim Il Sung, 9 June 1958, "
        "SAPMO-BArch, DY 30/IV 2/20/140, Bl. 2–6.\n\n"
        "2. Moeller to Grotewohl, letter, 11 June 1958, SAPMO-BArch, DY 30/IV 2/20/141, Bl. 3.\n\n"
        "3. Record of conversation between Otto Moeller and Nam Il, 12 June 1958, "
        "SAPMO-BArch, DY 30/IV 2/20/142, Bl. 7–8.",
    )
    assert not any({"Karl Müller", "Moeller"} <= p for p in people)
    assert not any({"Karl Müller", "Otto Moeller"} <= p for p in people)


def test_german_oe_names_keep_their_own_keys():
    for german, other in [
        ("Moeller", "Müller"),
        ("Goebbels", "Gubbels"),
        ("Doenitz", "Dunitz"),
        ("Koestler", "Kustler"),
    ]:
        assert name_key(german).strong != name_key(other).strong


def test_the_old_indonesian_spelling_still_folds():
    for old, new in [("Soekarno", "Sukarno"), ("Soebandrio", "Subandrio"), ("Soedjono", "Sudjono")]:
        assert name_key(old).strong == name_key(new).strong
