"""A Russian record of a talk may call it "разговор" (telephone calls most often) as well as
"беседа": "Запись (телефонного) разговора X с Y, date // call number"."""

import pytest
from conftest import note_communications


@pytest.mark.parametrize(
    "text",
    [
        "Запись разговора Л.И. Брежнева с А. Дубчеком, 13 августа 1968 г. // АП РФ. Ф. 3. Оп. 91. Д. 120. Л. 1–22.",
        "Запись телефонного разговора Генерального секретаря ЦК КПСС Л.И. Брежнева с первым секретарём ЦК КПЧ "
        "А. Дубчеком, 13 августа 1968 г. // АП РФ. Ф. 3. Оп. 91. Д. 120. Л. 1–22.",
        "Стенограмма телефонного разговора Л.И. Брежнева с А. Дубчеком 13 августа 1968 г. // АП РФ. Ф. 3. Оп. 91. Д. 120.",
        "Zapis' telefonnogo razgovora L.I. Brezhneva s A. Dubchekom, 13 avgusta 1968 g. // APRF. F. 3. Op. 91. D. 120.",
    ],
)
def test_a_record_of_a_telephone_or_other_conversation_is_a_talk(text):
    assert note_communications(text) == [("1968-08-13", sorted(note_communications(text)[0][1]))]
    assert len(note_communications(text)[0][1]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Запись разговора не сохранилась; см. воспоминания П.Е. Шелеста (Шелест П.Е. Записки. Киев, 2004. С. 288).",
        "О телефонных разговорах Брежнева с Дубчеком в августе 1968 г. см.: Чехословацкий кризис. М., 2010. С. 12.",
    ],
)
def test_a_conversation_word_without_its_record_and_parties_names_no_talk(text):
    assert note_communications(text) == []
