"""Call numbers of Mongolian archives in Cyrillic, and the Russian "Ед. хр." (unit of keeping):
every key read, and the full stops between the keys never split the call number."""

from __future__ import annotations

from kg1956.extract.citations import extract_note
from kg1956.models import Note


def _fields(text: str) -> list[tuple[str, dict]]:
    ex = extract_note(Note("t", 1, text, 1))
    return [(loc.repository, dict(loc.fields)) for c in ex.citations for loc in c.locators]


def test_the_mongolian_foreign_ministrys_keys_in_cyrillic():
    """Ф (fond), Д (данс, the inventory), Х/н (хадгаламжийн нэгж, the unit), Х (хуудас, the page)."""
    assert _fields(
        "Отчет посольства МНР в Пекине за 1961 г. // Архив МИД МНР (MFMA). Ф. 2. Д. 3. Х/н 118. Х. 4–9."
    ) == [("MFMA", {"fond": "2", "opis": "3", "delo": "118", "list": "4–9"})]


def test_a_unit_of_keeping_is_the_file():
    assert _fields("Письмо Ю. Цеденбала в ЦК КПСС. 3 мая 1958 г. // РГАЛИ. Ф. 631. Оп. 15. Ед. хр. 42. Л. 7.") == [
        ("РГАЛИ", {"fond": "631", "opis": "15", "delo": "42", "list": "7"})
    ]


def test_an_archive_named_in_full_then_by_its_short_form_in_brackets():
    assert _fields(
        "Беседа Ю. Цеденбала с Чжоу Эньлаем. 6 октября 1953 г. // Центральный архив МНРП (далее — ЦА МНРП). "
        "Ф. 4. Оп. 24. Ед. хр. 15. Л. 2–8."
    ) == [("ЦА МНРП", {"fond": "4", "opis": "24", "delo": "15", "list": "2–8"})]


def test_d_is_still_the_file_in_a_russian_archive():
    assert _fields("Запись беседы П.Ф. Юдина с Мао Цзэдуном. 5 мая 1957 г. // РГАСПИ. Ф. 17. Оп. 3. Д. 5. Л. 1.") == [
        ("RGASPI", {"fond": "17", "opis": "3", "delo": "5", "list": "1"})
    ]


def test_initials_in_brackets_before_the_keys_are_no_archive_when_they_name_a_state():
    assert all(repo != "КНР" for repo, _ in _fields("Беседа с послом (КНР). Ф. 4. Оп. 2. Д. 3."))


def test_initials_of_a_state_in_brackets_are_no_archive():
    """Review 13: only "(далее — X)" / "(hereafter X)" names an archive by the bracket's initials."""
    for state in ("МНР", "ВНР"):
        assert all(repo != state for repo, _ in _fields(f"Отчет посольства ({state}). Ф. 0111. Оп. 2. Д. 3."))
