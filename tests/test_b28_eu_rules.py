"""Record heads of the genre's other languages, from the head-lexicon audit of blind sets 17–29
(docs/head-lexicon.md), on notes of our own: Italian, French, Spanish and Portuguese heads of talks and
messages; a writer's report on his own talk (the talk and the report); Slovak "so"; Serbo-Croatian
"sa razgovora X i Y" and Serbian Cyrillic heads; the place of a Romanian or Bulgarian talk after its
last party; a German head dated before "über"; an office in apposition before "Genossen X"; Italian,
French, Portuguese, Serbian Cyrillic, Vietnamese and Chinese dates; diaries in Bulgarian, Romanian,
Serbo-Croatian, Italian and Spanish; Vietnamese heads; a Hungarian cipher telegram with its writer
and place. Each rule has negative cases."""

from __future__ import annotations

import pytest
from conftest import note_communications, participant_roles

from kg1956.extract.dates import find_dates

_AVPRF = "AVPRF, f. 0104, op. 18, p. 124, d. 6, ll. 40–52."


def _kinds(text: str) -> list[tuple[str, str | None, list[str]]]:
    from kg1956.extract.citations import extract_note
    from kg1956.models import Note

    return [
        (c.kind, c.date.iso if c.date else None, sorted(p.mention.text for p in c.participants))
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
    ]


# --- Romance heads of talks ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Appunto sul colloquio del compagno Enrico Berlinguer con il compagno Ponomariov, Mosca, 12 marzo 1968.",
            ("1968-03-12", ["Enrico Berlinguer", "Ponomariov"]),
        ),
        (
            '"Verbale dell\'incontro tra Luigi Longo e Leonid Brežnev, 4 luglio 1968" [Minutes of the meeting], '
            + _AVPRF,
            ("1968-07-04", ["Leonid Brežnev", "Luigi Longo"]),
        ),
        (
            "Compte rendu de l'entretien entre Waldeck Rochet et Mikhaïl Souslov, Paris, 3 février 1965.",
            ("1965-02-03", ["Mikhaïl Souslov", "Waldeck Rochet"]),
        ),
        (
            "Note sur l'entretien du camarade Jacques Duclos avec le camarade Boris Ponomarev du 18 mai 1963.",
            ("1963-05-18", ["Boris Ponomarev", "Jacques Duclos"]),
        ),
        (
            "Acta de la conversación entre Fidel Castro y Anastas Mikoyán, 5 de noviembre de 1962, " + _AVPRF,
            ("1962-11-05", ["Anastas Mikoyán", "Fidel Castro"]),
        ),
        (
            "Informação sobre a conversa entre Álvaro Cunhal e Mikhail Suslov, 7 de março de 1966, " + _AVPRF,
            ("1966-03-07", ["Mikhail Suslov", "Álvaro Cunhal"]),
        ),
    ],
)
def test_romance_heads_of_talks_are_read(text, expected):
    assert expected in note_communications(text)


def test_a_romance_office_before_a_name_is_its_role_and_comrade_is_none():
    roles = dict(
        participant_roles(
            "Nota de la entrevista del compañero Raúl Roa con el embajador Serguéi Kudriávtsev el 19 de octubre de 1960."
        )
    )
    assert roles == {"Raúl Roa": None, "Serguéi Kudriávtsev": "embajador"}


@pytest.mark.parametrize(
    "text",
    [
        "Conversazioni con Togliatti (Roma: Editori Riuniti, 1975), 41.",  # a book
        "Entretiens avec Mao Tsé-toung (Paris: Gallimard, 1972), 12–14.",  # a book
        "Conversaciones con Fidel Castro, 12 de mayo de 1965, en: Revolución, p. 3.",  # an interview printed
        "Il colloquio di Longo con Suslov nel 1960 fu difficile, come ricorda lo stesso Longo.",  # prose, a year
    ],
)
def test_books_interviews_and_prose_with_the_same_words_are_no_talks(text):
    assert note_communications(text) == []


# --- Romance messages ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lettera di Palmiro Togliatti al compagno Chruščëv, 10 agosto 1963.",
            ("letter", "1963-08-10", ["Chruščëv", "Palmiro Togliatti"]),
        ),
        (
            "Lettre de Maurice Thorez à Palmiro Togliatti, 2 septembre 1961.",
            ("letter", "1961-09-02", ["Maurice Thorez", "Palmiro Togliatti"]),
        ),
        (
            "Carta de Ernesto Guevara a Fidel Castro, 1 de abril de 1965.",
            ("letter", "1965-04-01", ["Ernesto Guevara", "Fidel Castro"]),
        ),
        # a body that says not whose is no party: the report is the writer's alone
        ("Relazione di Emilio Sereni alla Segreteria, 3 novembre 1961.", ("report", "1961-11-03", ["Emilio Sereni"])),
    ],
)
def test_romance_messages_are_read(text, expected):
    assert _kinds(text) == [expected]


def test_a_bodys_initials_say_whose_it_is():
    found = _kinds("Lettre de Maurice Thorez au Bureau politique du PCF, 20 août 1963.")
    assert found == [("letter", "1963-08-20", ["Bureau politique du PCF", "Maurice Thorez"])]


@pytest.mark.parametrize(
    "text", ["Lettere di Gramsci, Torino, 1947, p. 5.", "Lettres de Staline à Molotov, 1925–1936."]
)
def test_a_collections_title_is_no_letter(text):
    assert note_communications(text) == []


# --- a writer's report on his own talk --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "report", "talk"),
    [
        (
            "„Informarea tovarășului Ion Gheorghe Maurer despre convorbirea sa cu Mao Tzedun din 10 martie 1964“, "
            "12 martie 1964, ANIC, fond CC al PCR – Relații Externe, dosar 12/1964, f. 3–20.",
            ("report", "1964-03-12", ["Ion Gheorghe Maurer"]),
            ("conversation", "1964-03-10", ["Ion Gheorghe Maurer", "Mao Tzedun"]),
        ),
        (
            "Доклад на Тодор Живков пред Политбюро за разговора си с Чжоу Енлай на 9 ноември 1964 г., 16 ноември 1964 г.",
            ("report", "1964-11-16", ["Тодор Живков"]),
            ("conversation", "1964-11-09", ["Тодор Живков", "Чжоу Енлай"]),
        ),
        (
            "Informácia s. Vasiľa Biľaka o rozhovore s Jánosom Kádárom dňa 12.9.1968, 14.9.1968.",
            ("report", "1968-09-14", ["Vasiľa Biľaka"]),
            ("conversation", "1968-09-12", ["Jánosom Kádárom", "Vasiľa Biľaka"]),
        ),
        (
            "Rapport de Waldeck Rochet sur son entretien avec Mikhaïl Souslov du 14 juillet 1963, 16 juillet 1963.",
            ("report", "1963-07-16", ["Waldeck Rochet"]),
            ("conversation", "1963-07-14", ["Mikhaïl Souslov", "Waldeck Rochet"]),
        ),
    ],
)
def test_a_report_on_the_writers_own_talk_is_the_talk_and_the_report(text, report, talk):
    found = _kinds(text)
    assert report in found and talk in found and len(found) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Informace s. Antonína Novotného o rozhovoru s Pham Van Dongem dne 2.7.1960.",  # one date
        # German: the record of the talk alone, dated by the talk (the German golds' convention)
        "Information des Genossen Hermann Matern über sein Gespräch mit Kim Il Sung am 12.9.1962, 14.9.1962.",
    ],
)
def test_a_report_title_with_one_date_or_in_german_is_not_split_in_two(text):
    kinds = {kind for kind, _, _ in _kinds(text)}
    assert not {"conversation", "report"} <= kinds and not {"conversation", "memo"} <= kinds


# --- Slovak, Serbo-Croatian, Serbian Cyrillic, Romanian and Bulgarian places ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Záznam z rozhovoru s. Alexandra Dubčeka so s. Leonidom Brežnevom dňa 4.8.1968.",
            ("1968-08-04", ["Alexandra Dubčeka", "Leonidom Brežnevom"]),
        ),
        (
            "Stenografske bilješke sa razgovora Josipa Broza Tita i Nikite Hruščova, Beograd, 2. avgusta 1956.",
            ("1956-08-02", ["Josipa Broza Tita", "Nikite Hruščova"]),
        ),
        (
            "Белешка о разговору Ј. Б. Тита са Н. П. Фирјубином, 3. новембра 1956.",
            ("1956-11-03", ["Ј. Б. Тита", "Н. П. Фирјубином"]),
        ),
        (
            "Запис на разговора на др. Тодор Живков с Никита Хрушчов във Варна, 16 май 1962 г.",
            ("1962-05-16", ["Никита Хрушчов", "Тодор Живков"]),
        ),
        (
            "Nota convorbirii lui Ion Maurer cu Mao Tzedun la Hangcijou, 5 martie 1964.",
            ("1964-03-05", ["Ion Maurer", "Mao Tzedun"]),
        ),
    ],
)
def test_slavic_and_balkan_heads_are_read(text, expected):
    assert note_communications(text) == [expected]


def test_an_envoy_named_by_his_state_and_office_keeps_them_as_his_role():
    roles = dict(
        participant_roles("Nota convorbirii lui Ion Maurer cu ambasadorul R.P. Chineze Liu Fang, 3 august 1966.")
    )
    assert roles == {"Ion Maurer": None, "Liu Fang": "ambasadorul R.P. Chineze"}


def test_a_place_after_an_office_is_never_a_party():
    # "министъра в Пекин": no capitalised name right before "в"; whatever is read, Peking is no one
    found = note_communications("Информация за разговора на посланика Грозев с министъра в Пекин, 16 май 1962 г.")
    assert not any("Пекин" in name for _, names in found for name in names)
    held = note_communications("Информация за разговора на Тодор Живков с Дън Сяопин в Пекин, 16 май 1962 г.")
    assert held == [("1962-05-16", ["Дън Сяопин", "Тодор Живков"])]


# --- German heads ----------------------------------------------------------------------------------


def test_a_german_head_dated_before_uber():
    text = "Aktenvermerk vom 14.5.1964 über eine Unterredung mit Ri Yong Ho, PA AA, MfAA, A 7143, Bl. 12–15."
    assert note_communications(text) == [("1964-05-14", ["Ri Yong Ho"])]


@pytest.mark.parametrize(
    "text",
    [
        "Vermerk vom 12.11.1968, PA AA, MfAA, C 1455/72, Bl. 40–44.",
        "Information vom 3.3.1966 über die Lage in der KDVR.",
    ],
)
def test_a_dated_german_head_without_a_talk_is_none(text):
    assert note_communications(text) == []


def test_an_office_in_apposition_before_genossen_is_the_role():
    text = "Vermerk über ein Gespräch mit dem Leiter der 2. Abteilung des MID der KDVR, Genossen Pak Yong Guk, am 3.6.1960."
    assert participant_roles(text) == [("Pak Yong Guk", "Leiter der 2. Abteilung des MID der KDVR")]


def test_an_ordinal_after_a_locators_leaves_still_ends_the_clause():
    text = "AVPRF, f. 1, op. 2, d. 3, ll. 4–7. Sekretär Müller an Ulbricht, Brief, 3.4.1960."
    assert ("1960-04-03", ["Müller", "Ulbricht"]) in note_communications(text)


# --- dates ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("23 novembre 1960", "1960-11-23"),
        ("14 juillet 1963", "1963-07-14"),
        ("4 de novembro de 1962", "1962-11-04"),
        ("12. децембар 1956", "1956-12-12"),
        ("ngày 14 tháng 2 năm 1959", "1959-02-14"),
        ("tháng 2 năm 1959", "1959-02"),
        ("1967年4月13日", "1967-04-13"),
        ("1967 nian 4 yue 13 ri", "1967-04-13"),
    ],
)
def test_dates_of_the_other_languages(text, iso):
    assert find_dates(text)[0].value.iso == iso


# --- diaries ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "diarist"),
    [
        ("Дневник на Тодор Живков, 16 ноември 1964 г.", "Тодор Живков"),
        ("Jurnalul lui Paul Niculescu-Mizil, 14 iulie 1963.", "Paul Niculescu-Mizil"),
        ("Dnevnik Veljka Mićunovića, zapis od 5. jula 1956.", "Veljka Mićunovića"),
        ("Diario di Pietro Nenni, 30 agosto 1962.", "Pietro Nenni"),
    ],
)
def test_diaries_in_other_languages(text, diarist):
    assert [k for k in _kinds(text) if k[0] == "diary_entry"][0][2] == [diarist]


@pytest.mark.parametrize(
    "text", ["Diario de la Marina, 14 de enero de 1959, p. 1.", "Diario del Pueblo, 12 de mayo de 1959, p. 3."]
)
def test_newspapers_called_diario_are_no_diaries(text):
    assert note_communications(text) == []


# --- Vietnamese and Hungarian ---------------------------------------------------------------------------------


def test_vietnamese_heads():
    talk = '"Biên bản cuộc hội đàm giữa đồng chí Lê Duẩn và đồng chí Chu Ân Lai, ngày 5 tháng 3 năm 1965" [Minutes].'
    assert note_communications(talk) == [("1965-03-05", ["Chu Ân Lai", "Lê Duẩn"])]
    letter = "Thư của Hồ Chí Minh gửi Kim Nhật Thành, ngày 2 tháng 9 năm 1958."
    assert _kinds(letter) == [("letter", "1958-09-02", ["Hồ Chí Minh", "Kim Nhật Thành"])]
    cable = "Điện của Đại sứ Trần Tử Bình gửi Bộ Ngoại giao, ngày 3 tháng 5 năm 1960."
    assert participant_roles(cable) == [("Trần Tử Bình", "Đại sứ")]


def test_a_vietnamese_bodys_report_names_no_one():
    assert note_communications("Báo cáo chính trị của Đại sứ quán, ngày 3 tháng 1 năm 1960.") == []


def test_a_hungarian_cipher_telegram_with_its_writer_and_place():
    text = "Rejtjeltávirat, Szilágyi, Peking, 1963. március 5., MOL, XIX-J-1-j, Kína, 5. doboz, 4/b, 001234/1963."
    assert _kinds(text) == [("telegram", "1963-03-05", ["Szilágyi"])]
    ministry = "Rejtjeltávirat, Külügyminisztérium, Hanoi, 1968. április 3., MOL, XIX-J-1-j, 001987/1968."
    assert note_communications(ministry) == []
