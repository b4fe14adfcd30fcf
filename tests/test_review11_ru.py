"""Review 11 counter-examples for the Russian rules (items 1–9): notes the rules were not written
for, and what the graph must (not) say of them."""

from __future__ import annotations

from conftest import people_in


def _apart(people: list[set[str]], a: str, b: str) -> bool:
    return not any({a, b} <= p for p in people)


def test_1_a_cover_name_binds_no_plain_declined_surname_written_elsewhere(tmp_path):
    notes = """
1. Шифртелеграмма «Петрова» [А.А. Громыко] Ким Ир Сену 3 марта 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 70. Д. 2. Л. 4.
2. Запись беседы А.М. Пузанова с первым секретарем посольства Петровым 9 марта 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 70. Д. 2. Л. 11.
3. Письмо «Сидорова» [Н.С. Хрущева] Мао Цзэдуну 2 апреля 1958 г. // АП РФ. Ф. 52. Оп. 1. Д. 499. Л. 2.
4. Запись беседы П.Ф. Юдина с переводчиком Сидоровым 4 апреля 1958 г. // АВП РФ. Ф. 0100. Оп. 51. П. 432. Д. 9. Л. 7.
"""
    people = people_in(tmp_path, notes)
    assert any({"Петрова", "А.А. Громыко"} <= p for p in people)  # the gloss still joins in its own note
    assert _apart(people, "Петровым", "А.А. Громыко")
    assert _apart(people, "Петровым", "Петрова")
    assert _apart(people, "Сидоровым", "Н.С. Хрущева")


def test_1_the_same_cover_word_in_guillemets_still_joins(tmp_path):
    notes = """
1. Шифртелеграмма «Петрова» [А.А. Громыко] Ким Ир Сену 3 марта 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 70. Д. 2. Л. 4.
2. Шифртелеграмма «Петрову» [А.А. Громыко] от Ким Ир Сена 5 марта 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 70. Д. 2. Л. 6.
"""
    people = people_in(tmp_path, notes)
    assert not _apart(people, "Петрова", "А.А. Громыко")
