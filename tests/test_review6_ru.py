"""Review 6, Russian rules: the reviewer's counter-examples to the rules on 'Справка'/'для'
(F1), Chinese names ending in a vowel (F3) and undeclined surnames (F9), each built as a
notes file and checked on what the build makes of it."""

from __future__ import annotations

from conftest import build_notes, note_communications, participant_roles, people_in


def _messages(built):
    """Each note's communications, as (kind, ISO date, [(name as written, function, role)])."""
    return [
        [
            (
                c.kind,
                c.date.iso if c.date else None,
                [(p.mention.text, p.function, p.mention.role) for p in c.participants],
            )
            for cit in note.citations
            for c in cit.communications
        ]
        for note in built.extractions
    ]


def test_f1_a_briefing_paper_for_a_talk_is_no_report_or_memo_of_the_talks_parties(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Справка к беседе Н.С. Хрущева с Ким Ир Сеном, 2 июня 1957 г. // АВП РФ. Ф. 0102. Оп. 13. П. 72. Д. 5. "
        "Л. 1–6.\n\n"
        "2. Справка для беседы А.И. Микояна с Чжоу Эньлаем, 3 июня 1957 г. // АВП РФ. Ф. 0100. Оп. 50. П. 424. "
        "Д. 2. Л. 7–9.\n\n"
        "3. Записка А.А. Громыко для беседы Н.С. Хрущева с Д. Рапацким, 6 апреля 1959 г. // АВП РФ. Ф. 0122. "
        "Оп. 43. П. 320. Д. 2. Л. 1–4.\n\n"
        "4. Справка по беседе Н.С. Хрущева с Ким Ир Сеном, 6 мая 1956 г. // АВП РФ. Ф. 0102. Оп. 12. П. 68. Д. 6. "
        "Л. 1–3.",
    )
    first, second, third, fourth = _messages(built)
    assert first == [] and second == [] and fourth == []  # a reference note for a talk names no writer
    assert third == [("memo", "1959-04-06", [("А.А. Громыко", "sender", None)])]  # never a memo to Rapacki
    # the call numbers stay
    assert all(cit.locators for note in built.extractions for cit in note.citations)


def test_f1_a_paper_for_a_visit_keeps_its_writer_alone():
    assert note_communications("Записка А.А. Громыко к визиту Н.С. Хрущева в КНР, 6 апреля 1959 г.") == [
        ("1959-04-06", ["А.А. Громыко"])
    ]
    assert participant_roles("Zapiska A.A. Gromyko dlia besedy N.S. Khrushcheva s Mao Tszedunom, 3 maia 1959 g.") == [
        ("A.A. Gromyko", None)
    ]


NOTE_F3 = "10. Письмо Ху Цяому Ли Фучуню, 3 марта 1957 г. // АВП РФ. Ф. 0100. Оп. 50. П. 423. Д. 4. Л. 6."


def test_f3_a_chinese_name_ending_in_u_writes_to_another_chinese_name(tmp_path):
    built = build_notes(tmp_path, NOTE_F3)
    assert _messages(built) == [
        [("letter", "1957-03-03", [("Ху Цяому", "sender", None), ("Ли Фучуню", "recipient", None)])]
    ]
    spellings = [s for person in people_in(tmp_path, NOTE_F3) for s in person]
    assert "Ху Цяому Ли" not in spellings and "Фучуню" not in spellings
    # a writer whose name Russian leaves undeclined, before the same addressee
    assert participant_roles("Письмо Лю Шаоци Ли Фучуню, 9 июля 1963 г.") == [("Лю Шаоци", None), ("Ли Фучуню", None)]


def test_f9_an_undeclined_surname_then_the_same_mans_name_and_patronymic_is_one_person(tmp_path):
    notes = (
        "1. Письмо Громыко Андрею Андреевичу, 12 марта 1958 г. // АВП РФ. Ф. 0100. Оп. 51. П. 430. Д. 3. Л. 4–6.\n\n"
        "2. Телеграмма Червоненко Степану Васильевичу, 4 июня 1962 г. // АВП РФ. Ф. 0100. Оп. 55. П. 12. Д. 5. "
        "Л. 1–2."
    )
    built = build_notes(tmp_path, notes)
    assert _messages(built) == [
        [("letter", "1958-03-12", [("Громыко Андрею Андреевичу", "recipient", None)])],
        [("telegram", "1962-06-04", [("Червоненко Степану Васильевичу", "recipient", None)])],
    ]
    spellings = [s for person in people_in(tmp_path, notes) for s in person]
    assert "Андрею Андреевичу" not in spellings and "Степану Васильевичу" not in spellings
    assert "Громыко" not in spellings and "Червоненко" not in spellings  # no bare writer either


def test_f9_a_name_and_patronymic_stay_with_the_surname_on_either_side():
    assert participant_roles("Письмо Андрея Андреевича Громыко, 12 марта 1958 г.") == [
        ("Андрея Андреевича Громыко", None)
    ]
    for text, ends in (
        (
            "Письмо Андрея Андреевича Громыко Ким Ир Сену, 12 марта 1958 г.",
            ["Андрея Андреевича Громыко", "Ким Ир Сену"],
        ),
        (
            "Письмо Громыко Андрея Андреевича Ким Ир Сену, 12 марта 1958 г.",
            ["Громыко Андрея Андреевича", "Ким Ир Сену"],
        ),
        (
            "Письмо Ким Ир Сена Андрею Андреевичу Громыко, 12 марта 1958 г.",
            ["Ким Ир Сена", "Андрею Андреевичу Громыко"],
        ),
        ("Телеграмма Громыко Червоненко, 22 октября 1962 г.", ["Громыко", "Червоненко"]),  # what the rule was for
        # a Serbian surname in -ович is no patronymic of the writer's
        ("Телеграмма Громыко Мичуновичу, 12 марта 1958 г.", ["Громыко", "Мичуновичу"]),
        ("Письмо Н.С. Хрущева Александру Ранковичу, 12 марта 1958 г.", ["Н.С. Хрущева", "Александру Ранковичу"]),
    ):
        assert participant_roles(text) == [(ends[0], None), (ends[1], None)], text
