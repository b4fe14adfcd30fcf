"""East European conventions first read from blind set 24 (issue #3), each checked on notes of its
own: a Hungarian head whose kind stands apart, with a bracketed gloss and a comma ("Feljegyzés
[memorandum], X nagykövet beszélgetése Y külügyminiszterrel, <date>"); with the phrasings that must
stay as they were (prose, a body, a newspaper, a city in the name slot; two namesakes kept apart)."""

from __future__ import annotations

from conftest import note_communications, participant_roles, people_in

from kg1956.extract.locators import parse_locator

MOL = "MOL, XIX-J-1-j, Korea, 1966, 74. doboz, 5/b, 001122/1966."


def test_a_glossed_hungarian_kind_before_an_owned_talk():
    text = (
        "Feljegyzés [memorandum], Szabó Imre ügyvivő beszélgetése Ri Dzsu Jon külügyminiszter-helyettessel, "
        f"3 March 1966, {MOL}"
    )
    assert note_communications(text) == [("1966-03-03", ["Ri Dzsu Jon", "Szabó Imre"])]
    assert participant_roles(text) == [("Szabó Imre", "ügyvivő"), ("Ri Dzsu Jon", "külügyminiszter-helyettessel")]


def test_a_report_kind_set_off_by_a_comma():
    text = f"Jelentés, Zágor György nagykövet beszélgetése Xuan Thuy külügyminiszterrel, 4 June 1965, {MOL}"
    assert note_communications(text) == [("1965-06-04", ["Xuan Thuy", "Zágor György"])]


def test_prose_after_the_kind_is_no_talk():
    text = f"Jelentés, amely szerint Kádár János beszélgetése Kim Ir Szennel elmaradt, 3 May 1966, {MOL}"
    assert note_communications(text) == []


def test_a_body_in_the_name_slot_names_no_one():
    text = (
        "Feljegyzés [memorandum], a Szovjet Nagykövetség tanácsosa beszélgetése Kim Ir Szen elvtárssal, "
        f"5 May 1966, {MOL}"
    )
    assert note_communications(text) == []


def test_a_newspaper_or_a_city_in_the_name_slot_names_no_one():
    text = (
        f"Jelentés [report], Népszabadság tudósítójának beszélgetése Pham Van Dong miniszterelnökkel, 9 May 1967, {MOL}"
    )
    assert note_communications(text) == []
    text = f"Jelentés [report], Budapest beszélgetése Hanoi városával, 9 May 1967, {MOL}"
    assert note_communications(text) == []


def test_a_gloss_with_no_one_named_yields_nothing():
    assert note_communications(f"Feljegyzés [copy], beszélgetése a nagykövettel, 2 June 1966, {MOL}") == []


def test_two_namesakes_stay_apart(tmp_path):
    text = f"Feljegyzés, Kovács Béla nagykövet beszélgetése Kovács Imre tanácsossal, 2 June 1966, {MOL}"
    assert note_communications(text) == [("1966-06-02", ["Kovács Béla", "Kovács Imre"])]
    people = people_in(
        tmp_path,
        f"1. {text}\n\n2. Feljegyzés, Kovács Imre tanácsos beszélgetése Kovács Béla nagykövettel, 4 June 1966, {MOL}\n",
    )
    assert any("Kovács Béla" in p for p in people) and any("Kovács Imre" in p for p in people)
    assert not any({"Kovács Béla", "Kovács Imre"} <= p for p in people)


def _mol(text: str):
    loc = parse_locator(text, 0)
    return dict(loc.fields) if loc else None


def test_a_party_group_with_its_year_before_the_unit():
    assert _mol("MOL, M-KS 288. f. 32/1968. 12. ő.e.") == {"fond": "288", "opis": "32/1968", "delo": "12"}
    assert _mol("MOL, M-KS 288. f. 47/1971. 3. ő. e.") == {"fond": "288", "opis": "47/1971", "delo": "3"}


def test_other_hungarian_call_numbers_stay_as_they_were():
    assert _mol("MOL, M-KS 288. f. 5/433. ő.e.") == {"fond": "288", "opis": "5", "delo": "433"}
    assert _mol("MOL, M-KS 288. f. 5. cs. 12. ő. e.") == {"fond": "288", "opis": "5", "delo": "12"}
    assert "opis" not in _mol("MOL, XIX-J-1-j, 4/1968. 12. doboz, 5/b")  # a box, no unit of keeping
    assert "opis" not in _mol("MOL, XIX-J-1-j, Korea, 1965, 72. doboz, 5/b, 002310/1965.")


PA = ", 27.2.1969, PA AA, MfAA, C 1520/73, Bl. 3–5."


def test_a_german_record_of_the_writers_own_call_on_a_host():
    text = (
        "Vermerk des Botschafters Gerhard Fleck über seinen Antrittsbesuch beim Außenminister der KDVR, "
        "Genossen Pak Song Tschol" + PA
    )
    assert note_communications(text) == [("1969-02-27", ["Gerhard Fleck", "Pak Song Tschol"])]
    assert participant_roles(text) == [("Gerhard Fleck", "Botschafters"), ("Pak Song Tschol", "Außenminister der KDVR")]


def test_a_call_on_a_body_a_port_a_paper_or_an_unnamed_officer_names_no_host():
    for host in (
        "beim Ministerium für Auswärtige Angelegenheiten der KDVR",
        "beim Präsidium der Obersten Volksversammlung",
        "beim Neuen Deutschland",
        "beim Hafen Nampo",
        "bei der Botschaft der UdSSR",
        "beim Botschafter der UdSSR",
    ):
        assert note_communications(f"Vermerk des Botschafters Gerhard Fleck über seinen Besuch {host}" + PA) == []


def test_a_visit_not_the_writers_own_is_left_alone():
    text = "Vermerk des Botschafters Gerhard Fleck über den Antrittsbesuch beim Außenminister der KDVR, Genossen Pak Song Tschol"
    assert note_communications(text + PA) == []


def test_a_host_kim_il_stays_apart_from_kim_il_sung(tmp_path):
    notes = (
        "1. Vermerk des Botschafters Kurt Schneidewind über seinen Abschiedsbesuch bei dem Ministerpräsidenten "
        f"Kim Il{PA}\n\n2. Walter Ulbricht an Kim Il Sung, Brief, 5.3.1969, SAPMO-BArch, NY 4182/1231, Bl. 2.\n"
    )
    people = people_in(tmp_path, notes)
    assert any("Kim Il" in p for p in people) and any("Kim Il Sung" in p for p in people)
    assert not any({"Kim Il", "Kim Il Sung"} <= p for p in people)


SAPMO = ", 12.10.1970, SAPMO-BArch, DY 30/IV A 2/20/470, Bl. 201–204."
INFO = "Information der ungarischen Botschaft Pjöngjang, "


def test_a_paper_handed_from_one_envoy_to_another():
    text = INFO + "übergeben von Botschafter László Kertész an Botschafter Fleck" + SAPMO
    assert note_communications(text) == [("1970-10-12", ["Fleck", "László Kertész"])]
    assert participant_roles(text) == [("László Kertész", "Botschafter"), ("Fleck", "Botschafter")]
    text = "Information der polnischen Botschaft Hanoi, überreicht von Botschafter Jerzy Siedlecki an Botschaftsrat Horst Brie"
    assert note_communications(text + SAPMO) == [("1970-10-12", ["Horst Brie", "Jerzy Siedlecki"])]


def test_a_paper_handed_by_or_to_a_body_a_paper_a_capital_or_a_pronoun_names_no_one_new():
    for handed in (
        "übergeben von der Botschaft an das MfAA",
        "übergeben von Botschafter László Kertész an Neues Deutschland",
        "übergeben von Botschafter László Kertész an Berlin",
        "übergeben von ihm an Botschafter Fleck",
    ):
        named = {n for _, names in note_communications(INFO + handed + SAPMO) for n in names}
        assert not named & {"László Kertész", "Fleck", "Neues Deutschland", "Berlin", "MfAA", "ihm"}


HU_VN = ", 12 January 1967, MOL, XIX-J-1-j, Vietnam, 1967, 143. doboz, 1/b, 00412/1967."


def test_a_hungarian_writer_with_his_office_before_a_quoted_title():
    text = 'Jelentés [report], Zágor György nagykövet: "Le Duan a kínai álláspontról"' + HU_VN
    assert note_communications(text) == [("1967-01-12", ["Zágor György"])]
    assert participant_roles(text) == [("Zágor György", "nagykövet")]


def test_an_embassy_a_newspaper_a_city_or_prose_before_the_title_is_no_writer():
    for writer in ("a hanoi nagykövetség", "Népszabadság", "Hanoi", "amely szerint a nagykövet"):
        text = f'Jelentés [report], {writer}: "Pham Van Dong fogadta a küldöttséget"' + HU_VN
        assert note_communications(text) == []


def test_two_writers_of_one_surname_stay_apart(tmp_path):
    notes = (
        f'1. Jelentés, Kovács Béla nagykövet: "A koreai helyzetről"{HU_VN}\n\n'
        f'2. Jelentés, Kovács Imre tanácsos: "A koreai helyzetről"{HU_VN}\n'
    )
    people = people_in(tmp_path, notes)
    assert any("Kovács Béla" in p for p in people) and any("Kovács Imre" in p for p in people)
    assert not any({"Kovács Béla", "Kovács Imre"} <= p for p in people)
