"""Rules read from the Russian notes of blind set 24 (issue #3), each checked on notes of its own:
where a conversation took place, named after its participants in a Russian record's head."""

from __future__ import annotations

from conftest import note_communications, participant_roles


def test_a_place_in_the_nominative_after_people_in_the_instrumental_is_where_they_met():
    assert note_communications(
        "Запись беседы Н.П. Фирюбина с Э. Карделем, Блед, 9 июля 1956 г. // АВП РФ. Ф. 0144. Оп. 40. П. 158. Д. 2. Л. 14."
    ) == [("1956-07-09", sorted(["Н.П. Фирюбина", "Э. Карделем"]))]


def test_a_place_after_a_list_of_people_joined_by_i_is_no_one():
    assert note_communications(
        "Запись беседы А.А. Громыко с В. Влаховичем и М. Тодоровичем, Охрид, 12 мая 1958 г. // "
        "АВП РФ. Ф. 0144. Оп. 42. П. 165. Д. 9. Л. 3–8."
    ) == [("1958-05-12", sorted(["А.А. Громыко", "В. Влаховичем", "М. Тодоровичем"]))]


def test_negative_a_surname_in_the_instrumental_after_a_comma_is_one_more_person():
    assert note_communications(
        "Запись беседы Ю.В. Андропова с А. Хегедюшем, Кадаром, 20 октября 1956 г. // АВП РФ. Ф. 077. Оп. 37. П. 191. Д. 6. Л. 40."
    ) == [("1956-10-20", sorted(["Ю.В. Андропова", "А. Хегедюшем", "Кадаром"]))]


def test_negative_an_indeclinable_surname_after_a_comma_stays_a_person():
    assert note_communications(
        "Запись беседы П.Ф. Юдина с Н.С. Хрущевым, Тито, 5 июня 1956 г. // РГАНИ. Ф. 52. Оп. 1. Д. 509. Л. 71."
    ) == [("1956-06-05", sorted(["П.Ф. Юдина", "Н.С. Хрущевым", "Тито"]))]
    assert note_communications(
        "Запись беседы В.А. Валькова с Э. Карделем, Пияде, 3 марта 1954 г. // АВП РФ. Ф. 0144. Оп. 38. П. 150. Д. 2. Л. 7."
    ) == [("1954-03-03", sorted(["В.А. Валькова", "Э. Карделем", "Пияде"]))]


def test_negative_a_bare_surname_before_the_comma_reads_no_place():
    # only a person named with initials in the instrumental sets the case a place breaks
    assert note_communications(
        "Запись беседы Д.Т. Шепилова с Поповичем, Мичунович, 19 июня 1956 г. // АВП РФ. Ф. 0144. Оп. 40. П. 157. Д. 6. Л. 2."
    ) == [("1956-06-19", sorted(["Д.Т. Шепилова", "Поповичем", "Мичунович"]))]


def test_a_message_whose_kind_and_number_stand_before_a_colon_is_read_from_the_ends_after_it():
    assert participant_roles(
        "Шифртелеграмма из Белграда № 512: поверенный в делах СССР в ФНРЮ Г.А. Заикин — В.М. Молотову, "
        "14 октября 1955 г. // АВП РФ. Ф. 0144. Оп. 39. П. 154. Д. 3. Л. 77–79."
    ) == [("Г.А. Заикин", "поверенный в делах СССР в ФНРЮ"), ("В.М. Молотову", None)]
    assert note_communications(
        "Телеграмма № 88: посол СССР в ВНР Ю.В. Андропов — Д.Т. Шепилову, 2 июля 1956 г. // "
        "АВП РФ. Ф. 077. Оп. 37. П. 191. Д. 4. Л. 12."
    ) == [("1956-07-02", sorted(["Ю.В. Андропов", "Д.Т. Шепилову"]))]


def test_negative_capitals_a_newspaper_or_prose_after_the_colon_name_no_one():
    for text in (
        "Шифртелеграмма из Белграда № 7: Белград — Москве, 3 мая 1956 г. // АВП РФ. Ф. 0144. Оп. 40. П. 1. Д. 3. Л. 7.",
        "Телеграмма: Правда — ТАСС, 3 мая 1956 г. // АВП РФ. Ф. 0144. Оп. 40. П. 1. Д. 3. Л. 7.",
        "Письмо: как полагал Кардель — Тито не доверял Москве, 3 мая 1956 г. // АВП РФ. Ф. 0144. Оп. 40. П. 1. Д. 3. Л. 7.",
        "Телеграмма из Будапешта № 44: посольство — в МИД СССР, 3 ноября 1956 г. // АВП РФ. Ф. 077. Оп. 1. П. 1. Д. 3. Л. 7.",
    ):
        assert note_communications(text) == [], text


def test_a_reply_signed_in_the_participle_after_a_comma_is_also_the_signers():
    assert note_communications(
        "Ответ ЦК СКЮ Центральному комитету КПСС, подписанный Э. Карделем, датирован 4 марта 1955 г. // "
        "РГАНИ. Ф. 3. Оп. 8. Д. 390. Л. 2–9."
    ) == [("1955-03-04", sorted(["ЦК СКЮ", "Э. Карделем", "Центральному комитету КПСС"]))]


def test_negative_a_signed_protocol_a_body_or_a_capital_is_no_signer():
    for text in (
        "Письмо ЦК СКЮ ЦК КПСС, подписанное Президиумом, 3 мая 1958 г. // РГАНИ. Ф. 3. Оп. 8. Д. 1. Л. 4.",
        "Письмо ЦК СКЮ ЦК КПСС, подписанное Белградом, 3 мая 1958 г. // РГАНИ. Ф. 3. Оп. 8. Д. 1. Л. 4.",
        "Письмо ЦК СКЮ ЦК КПСС, подписанный в Москве протокол, 3 мая 1958 г. // РГАНИ. Ф. 3. Оп. 8. Д. 1. Л. 4.",
    ):
        parties = [p for _, ps in note_communications(text) for p in ps]
        assert "ЦК СКЮ" in parties, text
        assert not any(p.startswith(("Президиум", "Белград", "в Москве")) for p in parties), text
