"""Counter-examples a reviewer wrote against the twelfth session's English and Russian rules:
each reads nothing false, and the readings the rules were written for still hold."""

from conftest import note_communications

_DAUD = "Daud's conversation with Byroade on 5 May 1956 is reported in {}'s report of 10 May, AVPRF."


def test_sessions_with_a_body_are_no_talk():
    assert note_communications("Mikoyan's sessions with the Presidium on 3 and 10 May 1956, RGANI.") == []
    assert note_communications("Mikoyan's sessions with the CC Presidium on 3 and 10 May 1956, RGANI.") == []


def test_sessions_of_two_men_on_several_days_are_talks():
    assert note_communications("Mikoyan's sessions with Nagy and Kádár on 24 and 26 October 1956, APRF.") == [
        ("1956-10-24", ["Kádár", "Mikoyan", "Nagy"]),
        ("1956-10-26", ["Kádár", "Mikoyan", "Nagy"]),
    ]


def test_a_note_on_another_dated_paper_is_one_paper():
    assert note_communications("Nehru, note on the Chinese note of 10 May 1959, 12 May 1959, in Selected Works.") == []


def test_an_agency_a_journal_or_a_state_reports_for_no_man():
    for outsider in ("Tass", "Kommunist", "Afghanistan"):
        assert note_communications(_DAUD.format(outsider)) == [("1956-05-05", ["Byroade", "Daud"])]


def test_a_man_who_reports_a_talk_he_was_not_in_sends_his_message():
    assert ("1956-05-10", ["Kux"]) in note_communications(_DAUD.format("Kux"))


def test_a_lower_case_title_and_more_names_are_no_office():
    read = note_communications(
        "Premier Zhou Enlai, chairman Mao and Liu Shaoqi to Khrushchev, 10 May 1956, letter, APRF."
    )
    assert any("Liu Shaoqi" in people for _, people in read)


def test_a_memoirs_account_of_a_talk_is_no_record():
    assert note_communications("Khrushchev's own account of his talk with Mao, Vospominaniia, vol. 3, p. 45.") == []


def test_a_people_or_a_state_is_no_writer_of_a_paper():
    assert note_communications("The Soviets' letter to Tito, 10 May 1956, in Borba.") == []
    assert note_communications("The United States' note to China, 10 May 1956, FRUS.") == []


def test_the_apostrophe_alone_after_a_surname_still_names_its_writer():
    assert note_communications("Fazekas' record of conversation with Chen Yi, 12 March 1957, MOL, XIX-J-1-j.") == [
        ("1957-03-12", ["Chen Yi", "Fazekas"])
    ]


def test_a_plenums_speakers_over_several_days_are_no_talks():
    assert (
        note_communications(
            "Стенограмма заседаний пленума ЦК КПСС 5, 6 и 7 июля 1963 г. (выступали Н.С. Хрущев, М.А. Суслов) "
            "// РГАНИ. Ф. 2. Оп. 1. Д. 600."
        )
        == []
    )


def test_talks_on_several_days_with_their_speakers_are_one_talk_a_day():
    assert (
        len(
            note_communications(
                "Стенограмма заседаний 5, 6 и 7 июля 1963 г. (выступали М.А. Суслов, Дэн Сяопин) // РГАНИ. Ф. 2. Оп. 1. Д. 600."
            )
        )
        == 3
    )


def test_a_books_imprint_after_a_record_is_no_date_of_the_talk():
    assert ("2005", ["Мао Цзэдуном", "Н.С. Хрущева"]) not in note_communications(
        "Запись беседы Н.С. Хрущева с Мао Цзэдуном. Москва, 2005. С. 10."
    )
    assert note_communications("Zapis rozmowy z N. Chruszczowem, w: Gomułka, Pamiętniki, Warszawa 1994, s. 10.") == []


def test_a_record_dated_after_the_place_it_was_held_keeps_its_date():
    assert ("1962-11-29", ["А.И. Микояна", "Дж. Кеннеди"]) in note_communications(
        "Запись беседы А.И. Микояна с Дж. Кеннеди. Вашингтон, 29 ноября 1962 г. // АВП РФ. Ф. 0104. Оп. 18. Д. 5."
    )
