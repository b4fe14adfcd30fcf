"""Review 6b counter-examples for the Russian and Albanian rules (G10, G8, G15, G2, G11, G13, G7):
notes the rules were not written for, and what the graph must (not) say of them."""

from __future__ import annotations

from conftest import people_in

def test_g10_a_latin_name_of_another_man_in_brackets_is_no_alias(tmp_path):
    notes = """
1. Доклад Х. Капо (Ramiz Alia) о Бухарестском совещании, 11 июля 1960 г. // АВП РФ. Ф. 0601. Оп. 3. П. 10. Д. 32. Л. 1–3.
2. Доклад Х. Капо (и Ramiz Alia) о Бухарестском совещании, 10 июля 1960 г. // АВП РФ. Ф. 0601. Оп. 3. П. 10. Д. 30. Л. 1–3.
3. Доклад Х. Капо (ред. Ramiz Alia) о Бухарестском совещании, 11 июля 1960 г. // АВП РФ. Ф. 0601. Оп. 3. П. 10. Д. 31. Л. 1–3.
4. Record of conversation between Ramiz Alia and N.S. Khrushchev, 12 July 1960, RGANI, f. 52, op. 1, d. 570, ll. 1–3.
5. Доклад Х. Капо (Hysni Kapo) о Бухарестском совещании, 12 июля 1960 г. // АВП РФ. Ф. 0601. Оп. 3. П. 10. Д. 33. Л. 1–3.
"""
    people = people_in(tmp_path, notes)
    assert not any({"Х. Капо", "Ramiz Alia"} <= p for p in people)
    assert any({"Х. Капо", "Hysni Kapo"} <= p for p in people)  # his own name in Latin letters still joins


def test_g10_a_declined_surname_still_joins_its_latin_name(tmp_path):
    notes = """
1. Доклад Р. Алии (Ramiz Alia) о Московском совещании, 2 декабря 1960 г. // АВП РФ. Ф. 0601. Оп. 3. П. 10. Д. 32. Л. 1–3.
"""
    assert any({"Р. Алии", "Ramiz Alia"} <= p for p in people_in(tmp_path, notes))
