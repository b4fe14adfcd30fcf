"""Russian conventions first read from blind sets 34 and 35 (issue #3), in wordings of our own:
each rule with a note it must read and a note it must leave."""

from conftest import communication_kinds, participant_roles, sorted_communications

AVP = "АВП РФ. Ф. 0102. Оп. 13. П. 72. Д. 5. Л. 1–9"


def test_took_place_before_the_day():
    text = f"Беседа Н.С. Хрущёва с Гомулкой состоялась 19 октября 1956 г. в Бельведере ({AVP})."
    assert sorted_communications(text) == [("1956-10-19", ["Гомулкой", "Н.С. Хрущёва"])]


def test_place_after_the_day():
    text = f"Встреча А.А. Громыко с Мацумото 2 сентября 1956 г. в Лондоне ({AVP})."
    assert sorted_communications(text) == [("1956-09-02", ["А.А. Громыко", "Мацумото"])]


def test_planned_talk_is_not_read():
    assert sorted_communications(f"Беседа, намеченная на 3 мая 1957 г., состоялась позже ({AVP}).") == []


def test_office_before_writer_and_gost_slashes():
    text = f"Посол СССР в МНР В.М. Молотов сообщал в МИД СССР 24 ноября 1958 г. // {AVP}."
    assert communication_kinds(text) == [("report", "1958-11-24")]
    assert ("В.М. Молотов", "Посол СССР в МНР") in participant_roles(text)


def test_day_first_and_subject_last():
    text = f"Ещё 9 мая 1957 г. посол П.Ф. Юдин докладывал в МИД СССР о переменах в Пекине // {AVP}."
    assert sorted_communications(text) == [("1957-05-09", ["МИД СССР", "П.Ф. Юдин"])]


def test_told_to_a_person_in_the_dative_is_not_a_report():
    assert sorted_communications(f"П.Ф. Юдин сообщил Н.С. Хрущёву 2 августа 1958 г. // {AVP}.") == []


def test_adverb_and_undeclined_surname():
    text = f"3 июня 1955 г. Малик впервые заявил Мацумото о позиции Москвы ({AVP})."
    assert sorted_communications(text) == [("1955-06-03", ["Малик", "Мацумото"])]


def test_said_to_an_office_on_several_days():
    text = f"Ту же мысль Ким Ир Сен высказывал советскому послу 7 и 14 мая 1957 г. // {AVP}."
    assert sorted_communications(text) == [("1957-05-07", ["Ким Ир Сен"]), ("1957-05-14", ["Ким Ир Сен"])]


def test_said_to_a_newspaper_is_no_talk():
    assert sorted_communications(f"Ульбрихт сказал Правде 9 мая 1958 г. // {AVP}.") == []


def test_two_who_met():
    text = f"Н.С. Хрущёв и Мао Цзэдун встречались в Пекине 3 августа 1958 г.; краткая запись беседы: {AVP}."
    assert sorted_communications(text) == [("1958-08-03", ["Мао Цзэдун", "Н.С. Хрущёв"])]


def test_capitals_that_met_are_no_parties():
    assert sorted_communications(f"Москва и Пекин встречались в Женеве 21 июля 1954 г. // {AVP}.") == []


def test_message_named_after_the_verb():
    text = f"Ким Ир Сен благодарил Н.С. Хрущёва за помощь в письме от 7 ноября 1957 г. // {AVP}."
    assert communication_kinds(text) == [("letter", "1957-11-07")]
    assert sorted_communications(text) == [("1957-11-07", ["Ким Ир Сен", "Н.С. Хрущёва"])]


def test_a_speech_is_no_message():
    assert sorted_communications(f"Цэдэнбал выступал в ООН в 1961 г. // {AVP}.") == []


def test_letter_and_answer_both_dated():
    text = f"Письмо Хатоямы Н.А. Булганину и ответное письмо Булганина, оба от 11 сентября 1956 г. // {AVP}."
    assert sorted_communications(text) == [
        ("1956-09-11", ["Булганина", "Хатоямы"]),
        ("1956-09-11", ["Н.А. Булганину", "Хатоямы"]),
    ]


def test_answer_by_another_is_not_read_as_the_answer():
    text = f"Письмо Мацумото А.А. Громыко и ответное письмо Шепилова, оба от 29 сентября 1956 г. // {AVP}."
    assert ("1956-09-29", ["Мацумото", "Шепилова"]) not in sorted_communications(text)


def test_year_inside_the_subject_is_not_the_date():
    text = f"Записка Б.Н. Пономарёва в ЦК КПСС об итогах Московского (1957 г.) совещания, 30 ноября 1957 г. // {AVP}."
    assert communication_kinds(text) == [("memo", "1957-11-30")]


def test_writer_named_by_office_alone():
    text = f"Шифртелеграмма посла СССР в КНДР о беседе с Ким Ир Сеном 4 июня 1956 г. // {AVP}."
    assert sorted_communications(text) == [("1956-06-04", ["Ким Ир Сеном"])]
    assert sorted_communications(f"Шифртелеграмма посла СССР о беседе с послом КНР 4 июня 1956 г. // {AVP}.") == []


def test_others_who_took_part_in_talks():
    text = (
        f"Записи бесед Н.А. Булганина с Хатоямой 15 и 17 октября 1956 г. // {AVP}. "
        "В беседах участвовали также Н.С. Хрущёв, с японской стороны – Коно."
    )
    talks = sorted_communications(text)
    assert [people for _, people in talks] == [["Коно", "Н.А. Булганина", "Н.С. Хрущёв", "Хатоямой"]] * 2


def test_quoted_heading_dated_after_the_quotes():
    text = "The copy, headed “Zapis' besedy A.I. Mikoiana s Kim Ir Senom,” is dated 6 aprelia 1956 g.: AVPRF, f. 0102, op. 12, p. 68, d. 4, ll. 1–9."
    assert sorted_communications(text) == [("1956-04-06", ["A.I. Mikoiana", "Kim Ir Senom"])]
    none = "The file is headed “Zapis' besedy A.I. Mikoiana s Kim Ir Senom,” but its date is lost: AVPRF, f. 0102, op. 12, p. 68, d. 4, ll. 1–9."
    assert sorted_communications(none) == []


def test_handed_over_by_one_to_another():
    text = f"Записка, переданная Я.А. Маликом министру Сигэмицу 3 июня 1955 г. // {AVP}."
    assert sorted_communications(text) == [("1955-06-03", ["Сигэмицу", "Я.А. Маликом"])]
    assert sorted_communications(f"Записка, переданная через посольство 3 мая 1957 г. // {AVP}.") == []


def test_enclosed_and_companion_messages():
    text = (
        f"Записка Ю.В. Андропова в ЦК КПСС, 2 марта 1963 г., с приложением письма Я. Кадара на имя Н.С. Хрущёва"
        f" от 28 февраля 1963 г. // {AVP}."
    )
    assert communication_kinds(text) == [("letter", "1963-02-28"), ("memo", "1963-03-02")]
    same = f"Письмо ЦК ТПК в ЦК КПСС от 3 мая 1957 г. и сопроводительное письмо Ким Ир Сена Н.С. Хрущёву того же числа // {AVP}."
    assert ("1957-05-03", ["Ким Ир Сена", "Н.С. Хрущёву"]) in sorted_communications(same)
    unnamed = f"Письмо Н.С. Хрущёва В. Гомулке от 5 мая 1957 г. и сопроводительное письмо того же числа // {AVP}."
    assert len(sorted_communications(unnamed)) == 1


def test_talk_that_took_place_its_record_cited_later():
    text = f"Беседы И. Коно с Н.С. Хрущёвым 16 и 18 октября 1956 г. проходили без переводчиков. Записи: {AVP}."
    assert sorted_communications(text) == [
        ("1956-10-16", ["И. Коно", "Н.С. Хрущёвым"]),
        ("1956-10-18", ["И. Коно", "Н.С. Хрущёвым"]),
    ]
    assert sorted_communications(f"Беседа Н.С. Хрущёва с Тито не состоялась 20 июня 1956 г. // {AVP}.") == []
    assert sorted_communications("Встреча Москвы с Белградом 2 июня 1955 г. проходила в напряжённой обстановке.") == []


def test_received_by_in_the_passive():
    text = f"5 мая 1957 г. В.И. Иванов вновь был принят Ким Ир Сеном, на этот раз в Пхеньяне. См. {AVP}."
    assert sorted_communications(text) == [("1957-05-05", ["В.И. Иванов", "Ким Ир Сеном"])]
    assert sorted_communications(f"П.Ф. Юдин был принят в Кремле 31 марта 1956 г. ({AVP}).") == []
