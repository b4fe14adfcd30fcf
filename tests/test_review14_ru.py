"""Review 14 of the Russian rules of blind set 27 (area RU): the counter-examples a reviewer wrote
in other authors' wordings, each of which the first version of those rules read wrongly — a cover
name made a spelling of the whole file, a bracket's other man taken as the bearer, a state as the
writer, a surname on an office's stem, a speech or an open letter as a message, a body written to
as its writer, a talk told in prose, a dash inside the bracket after a place, a later day read as
"того же числа", an answer to another letter, and the answer's call number given to the letter."""

from __future__ import annotations

from conftest import build_notes, note_communications, people_in

from kg1956.extract.citations import extract_note
from kg1956.models import Note


def _sides(text: str) -> list[tuple[str | None, list[tuple[str, str]]]]:
    """One note's communications, as (ISO date, sorted (function, name as written))."""
    return [
        (c.date.iso if c.date else None, sorted((p.function, p.mention.text) for p in c.participants))
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
    ]


def _apart(people: list[set[str]], a: str, b: str) -> bool:
    return not any({a, b} <= p for p in people)


# --- 1. a cover name explained in one note is no spelling of the whole file ---------------------


def test_a_cover_name_joins_no_plain_namesake_in_another_note(tmp_path):
    notes = """
1. Донесение «Серова» (так в шифровках именовался А.И. Микоян) Н.С. Хрущеву, 4 ноября 1956 г. // АПРФ. Ф. 3. Оп. 64. Д. 485. Л. 21.
2. Записка Серова в ЦК КПСС, 5 ноября 1956 г. // АПРФ. Ф. 3. Оп. 64. Д. 486. Л. 1.
"""
    built = build_notes(tmp_path, notes)
    people = [set(e.spellings) for e in built.resolution.entities if not e.is_organization]
    assert _apart(people, "Серова", "А.И. Микоян")
    senders = {
        ex.note.number: [p.mention.text for c in cit.communications for p in c.participants if p.function == "sender"]
        for ex in built.extractions
        for cit in ex.citations
        if cit.communications
    }
    assert senders == {1: ["А.И. Микоян"], 2: ["Серова"]}  # Mikoyan wrote the first, Serov the second


# --- 2. the bearer is the bracket's grammatical bearer, never a name after a participle ---------


def test_the_recruiter_the_go_between_and_another_user_are_no_bearers(tmp_path):
    for text in (
        "Донесение «Петрова» (криптоним агента, завербованного И.П. Котовым) в МИД СССР, 12 марта 1957 г. "
        "// АВП РФ. Ф. 0102. Оп. 13. П. 72. Д. 5. Л. 7.",
        "Телеграмма «Друга» (псевдоним резидента; сообщение передано через Ю.В. Андропова) в Центр, "
        "1 ноября 1956 г. // АВП РФ. Ф. 059а. Оп. 4. П. 6. Д. 7. Л. 11.",
        "Телеграмма «Вадима» (псевдоним, которым пользовался также посол А.М. Пузанов) в Центр, 3 мая 1958 г. "
        "// АВП РФ. Ф. 0102. Оп. 14. П. 75. Д. 29. Л. 3.",
    ):
        names = [p for _, parts in _sides(text) for p in parts]
        assert not any(n in ("И.П. Котовым", "Ю.В. Андропова", "А.М. Пузанов") for _, n in names), text
    notes = """
1. Донесение «Петрова» (криптоним агента, завербованного И.П. Котовым) в МИД СССР, 12 марта 1957 г. // АВП РФ. Ф. 0102. Оп. 13. П. 72. Д. 5. Л. 7.
2. Письмо И.П. Котова Н.С. Хрущеву, 13 марта 1957 г. // АВП РФ. Ф. 0102. Оп. 13. П. 72. Д. 6. Л. 1.
"""
    assert _apart(people_in(tmp_path, notes), "Петрова", "И.П. Котова")


def test_the_bearer_in_the_genitive_or_the_dative_after_dannoe_is_still_read():
    from kg1956.extract.ru_cover_gloss import rewrite_cover_gloss

    assert rewrite_cover_gloss("псевдоним посла А.М. Пузанова").strip() == "посла А.М. Пузанова"
    assert rewrite_cover_gloss("кодовое имя, данное в шифровках Ю.В. Андропову").strip() == "Ю.В. Андропову"
    assert rewrite_cover_gloss("кодовое имя, которое Ю.В. Андропов дал И. Надю") is None


# --- 3. a state is no writer before an initialled addressee ------------------------------------


def test_a_capitalised_office_and_a_state_before_an_initialled_addressee():
    text = "Письмо К.Е. Ворошилова Президенту Египта Г.А. Насеру, 3 мая 1958 г. // АВП РФ. Ф. 087. Оп. 21. П. 45. Д. 1. Л. 1."
    assert _sides(text) == [("1958-05-03", [("recipient", "Г.А. Насеру"), ("sender", "К.Е. Ворошилова")])]
    text = (
        "Письмо Председателя Президиума Верховного Совета СССР К.Е. Ворошилова Президенту Египта Г.А. Насеру, "
        "3 мая 1958 г. // АВП РФ. Ф. 087. Оп. 21. П. 45. Д. 1. Л. 1."
    )
    assert _sides(text) == [("1958-05-03", [("recipient", "Г.А. Насеру"), ("sender", "К.Е. Ворошилова")])]


# --- 4. a surname built on an office's stem is a writer ----------------------------------------


def test_a_surname_on_an_office_stem_still_writes():
    for writer in ("Советова", "Партина"):
        text = f"Письмо {writer} Н.С. Хрущеву, 3 мая 1957 г. // РГАНИ. Ф. 5. Оп. 30. Д. 220. Л. 1."
        assert _sides(text) == [("1957-05-03", [("recipient", "Н.С. Хрущеву"), ("sender", writer)])], text


# --- 5. the bearer without initials -------------------------------------------------------------


def test_a_bearer_named_without_initials_is_the_writer(tmp_path):
    text = (
        "Письмо «Иванова» (псевдоним Мао Цзэдуна в переписке со Сталиным) И.В. Сталину, 2 января 1950 г. "
        "// АПРФ. Ф. 45. Оп. 1. Д. 330. Л. 5."
    )
    assert _sides(text) == [("1950-01-02", [("recipient", "И.В. Сталину"), ("sender", "Мао Цзэдуна")])]


# --- 6. a speech or an open letter is no message -----------------------------------------------


def test_a_report_to_a_congress_and_an_open_letter_are_no_messages():
    for text in (
        "Отчетный доклад ЦК КПСС XX съезду партии, 14 февраля 1956 г. // РГАНИ. Ф. 1. Оп. 2. Д. 3. Л. 1–90.",
        "Открытое письмо ЦК КПСС партийным организациям, всем коммунистам Советского Союза, 14 июля 1963 г. "
        "// Правда. 1963. 14 июля.",
        "Секретный доклад Н.С. Хрущева XX съезду КПСС, 25 февраля 1956 г. // Известия ЦК КПСС. 1989. № 3. С. 128–170.",
    ):
        assert note_communications(text) == [], text


# --- 7. a body in the dative alone is written to ----------------------------------------------


def test_a_body_in_the_dative_alone_is_no_writer():
    for text in (
        "Меморандум посольству США, 14 мая 1957 г. // АВП РФ. Ф. 0129. Оп. 41. П. 299. Д. 8. Л. 11–12.",
        "Советский меморандум правительству США, 27 ноября 1958 г. // Правда. 1958. 28 ноября.",
        "Письмо правительству ГДР, 3 мая 1958 г. // АВП РФ. Ф. 0742. Оп. 3. П. 20. Д. 1. Л. 1.",
    ):
        assert not any(f == "sender" for _, parts in _sides(text) for f, _ in parts), text
    text = (
        "Письмо посольства СССР в КНДР Министерству иностранных дел КНДР, 3 мая 1958 г.; письмо Посольству СССР "
        "в КНР, 4 мая 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 75. Д. 3. Л. 1."
    )
    assert [d for d, _ in _sides(text)] == ["1958-05-03"]  # the second letter's writer is not said


# --- 8. a talk told in prose, an archive named in words but no call number ---------------------


def test_an_archive_named_in_a_sentence_is_no_call_number():
    for text in (
        "Беседа Хрущева с Мао Цзэдуном 31 июля 1958 г. Архив ЦК КПК ее записи до сих пор не открыл.",
        "Беседа Ю. Цеденбала с Чжоу Эньлаем 11 октября 1955 г. Центральный архив МНРП записи не сохранил.",
    ):
        assert note_communications(text) == [], text
    cited = (
        "Беседа Ю. Цеденбала с Чжоу Эньлаем 9 октября 1955 г. Запись китайской стороны // Архив МИД КНР. "
        "106-00012-03. С. 1–4."
    )
    assert note_communications(cited) == [("1955-10-09", ["Чжоу Эньлаем", "Ю. Цеденбала"])]


# --- 9. the two ends of a message in the bracket after the place -------------------------------


def test_a_bracket_after_the_place_with_a_dash_names_no_writer():
    text = "Шифртелеграмма из Пекина (Чжоу Эньлай – Молотову) от 17.IV.1962 // РГАНИ. Ф. 5. Оп. 49. Д. 934. Л. 45–51."
    assert not any(("sender", "Молотову") in parts for _, parts in _sides(text))


# --- 10. "того же числа" followed by more words is another day ---------------------------------


def test_of_the_same_day_of_the_next_month_is_not_the_talks_day():
    text = (
        "Беседа Ю.В. Андропова с И. Надем 2 ноября 1956 г. изложена в его информации того же числа следующего "
        "месяца // АВП РФ. Ф. 059а. Оп. 4. П. 6. Д. 7. Л. 70."
    )
    assert not any(("sender", "Ю.В. Андропова") in parts for _, parts in _sides(text))


# --- 11. an answer to another letter, or by another man of the surname -------------------------


def test_an_answer_to_another_writers_letter_is_not_this_letters():
    text = (
        "Письмо В. Гомулки Н.С. Хрущеву, 3 марта 1957 г.; ответ Хрущева от 11 марта 1957 г. на письмо Тито "
        "// РГАНИ. Ф. 5. Оп. 30. Д. 212. Л. 4–9."
    )
    assert not any(("recipient", "В. Гомулки") in parts for d, parts in _sides(text) if d == "1957-03-11")
    for who in ("С.Н. Хрущева", "Н.П. Хрущевой"):
        text = (
            f"Письмо Ким Ир Сена Н.С. Хрущеву, 28 декабря 1956 г.; ответ {who} от 4 января 1957 г. "
            "// АПРФ. Ф. 3. Оп. 65. Д. 812. Л. 1–5."
        )
        assert not any(("recipient", "Ким Ир Сена") in parts for d, parts in _sides(text) if d == "1957-01-04"), who


# --- 12. the answer's call number is the answer's ----------------------------------------------


def test_the_call_number_after_an_answer_is_the_answers():
    text = (
        "Письмо Ким Ир Сена Н.С. Хрущеву, 28 декабря 1956 г. // АПРФ. Ф. 3. Оп. 65. Д. 812. Л. 1–5. "
        "Ответ Хрущева от 4 января 1957 г. // Там же. Л. 6–7."
    )
    pages = {}
    for cit in extract_note(Note("t", 1, text, 1)).citations:
        for c in cit.communications:
            pages.setdefault(c.date.iso, []).extend(dict(loc.fields).get("list") for loc in cit.locators)
            pages[c.date.iso].extend([cit.locator_ibid] if getattr(cit, "locator_ibid", None) else [])
    assert pages["1956-12-28"] == ["1–5"]
    assert "1–5" not in pages["1957-01-04"]
