"""Conventions read in the fourth round on blind set 11: a party's Central Committee spelled
out in declined Russian, the Polish Foreign Ministry's signature, one key after "Там же", an
Ibid. giving a printed page, a key continuing the note's located record, a surname in a title
("the Khrushchev Era") and a Chinese syllable in a Korean-looking name ("Kang Sheng")."""

from __future__ import annotations

from pathlib import Path

from kg1956.extract.locators import parse_locator
from kg1956.models import NameMention, Note, Span
from kg1956.parties import party_committee
from kg1956.pipeline import build
from kg1956.resolve import resolve_mentions
from kg1956.romanize import name_key


def _people(*names: str) -> list[set[str]]:
    note = Note("x", 1, " ".join(names), 1)
    found = resolve_mentions([(note, NameMention(n, Span(0, len(n)))) for n in names])
    return sorted((set(e.spellings) for e in found.entities), key=sorted)


def test_a_central_committee_spelled_out_in_declined_russian_is_the_abbreviated_one():
    assert party_committee("Центральному комитету Партии трудящихся Вьетнама") == "VWP Central Committee"
    assert party_committee("ЦК ПТВ") == "VWP Central Committee"
    assert party_committee("Tsentral'nomu komitetu Partii trudiashchikhsia V'etnama") == "VWP Central Committee"
    assert party_committee("Центрального комитета Коммунистической партии Советского Союза") == "CPSU Central Committee"
    assert party_committee("ЦК Трудовой партии Кореи") == "KWP Central Committee"


def test_committee_words_alone_or_another_body_are_no_party_committee():
    assert party_committee("Центральный комитет") is None
    assert party_committee("Центральному комитету Партии") is None


def test_amsz_signature_is_the_file_after_an_unkeyed_fond():
    loc = parse_locator("AMSZ, Departament II, Chiny, sygn. 24/59, k. 33–41.", 0)
    assert dict(loc.fields) == {"fond": "Departament II", "file": "24/59", "list": "33–41"}


def test_one_key_after_see_ibid_is_a_call_number_to_continue():
    loc = parse_locator("от 30 июля 1956 г. см.: Там же. Л. 19–21.", 0)
    assert loc is not None and dict(loc.fields) == {"list": "19–21"} and loc.repository == ""
    assert parse_locator("от 30 июля 1956 г. Л. 19–21.", 0) is None  # no Ibid.: one key is not enough


def _notes(tmp_path: Path, text: str):
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    return {ex.note.number: ex for ex in build([path]).extractions}


def test_an_ibid_giving_a_printed_page_repeats_no_archival_call_number(tmp_path):
    found = _notes(
        tmp_path,
        "1. Запись беседы А.М. Пузанова с Ким Ир Сеном, 3 апреля 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 75."
        " Д. 7. Л. 12–14; Громыко А.А. Памятное. Кн. 1. М., 1988. С. 251–260.\n\n"
        "2. Там же. С. 130.\n\n"
        "3. Brief Ulbrichts an Grotewohl, 3.11.1960, SAPMO-BArch, NY 4090/466, Bl. 3–9; Hermann Weber,"
        " Geschichte der DDR (München: dtv, 1985), S. 12.\n\n"
        "4. ebd., S. 7.\n\n"
        "5. Record of conversation between A.M. Puzanov and Kim Il Sung, 14 January 1958, AVPRF, f. 0102,"
        " op. 14, p. 75, d. 6, ll. 20–25.\n\n"
        "6. Ibid., l. 22.\n",
    )
    for n in (2, 4):
        assert all(not c.locators for c in found[n].citations), n
    assert [dict(loc.fields)["list"] for c in found[6].citations for loc in c.locators] == ["22"]


def test_one_key_after_a_record_without_call_number_continues_the_located_record(tmp_path):
    found = _notes(
        tmp_path,
        "1. Mongolian Embassy in Beijing to the MFA, telegram, 2.X.1964, MFMA, f. 3, d. 1, kh/n 410, kh. 21;"
        " and Mongolian Embassy in Moscow to the MFA, telegram, 3.X.1964, ibid., kh. 22–24.\n",
    )
    fields = [dict(loc.fields) for c in found[1].citations for loc in c.locators]
    assert {"fond": "3", "opis": "1", "delo": "410", "list": "22–24"} in fields


def test_a_surname_after_the_in_a_title_is_another_spelling(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(
        "1. Ho Chi Minh to N.S. Khrushchev, 14 May 1957, RGANI, f. 5, op. 28, d. 487, ll. 3–6.\n\n"
        "2. Balázs Szalontai, Kim Il Sung in the Khrushchev Era (Washington, DC, 2005), 88.\n",
        encoding="utf-8",
    )
    result = build([path])
    people = [set(e.spellings) for e in result.resolution.entities]
    assert {"N.S. Khrushchev", "Khrushchev"} in people


def test_sheng_is_one_syllable_not_shen_and_g():
    assert name_key("Kang Sheng").strong == "kang seng"
    assert name_key("Kim Ilsong").strong == "kim ilsong"
    assert _people("Kang Sheng", "Kang Shen") == [{"Kang Sheng", "Kang Shen"}]


def test_the_looser_romanisation_merge_is_reported_as_weak():
    note = Note("x", 1, "Kang Sheng Kang Shen", 1)
    found = resolve_mentions([(note, NameMention(n, Span(0, len(n)))) for n in ("Kang Sheng", "Kang Shen")])
    assert [m.strength for m in found.merges] == ["weak"]


def test_a_record_named_before_ibid_with_a_leaf_lies_in_the_file_of_the_note_before(tmp_path):
    found = _notes(
        tmp_path,
        "1. Телеграмма Зимянина в МИД СССР, 2 сентября 1957 г. // АВП РФ. Ф. 079. Оп. 12. П. 16. Д. 9. Л. 12.\n\n"
        "2. Телеграмма посла СССР в ДРВ в Центр, 5 ноября 1957 г. // Там же. Л. 40–41.\n",
    )
    fields = [dict(loc.fields) for c in found[2].citations for loc in c.locators]
    assert fields == [{"fond": "079", "opis": "12", "delo": "9", "papka": "16", "list": "40–41"}]


def test_polish_instrumental_after_g_and_hungarian_cs():
    assert _people("Pham Van Dong", "Pham Van Dongiem") == [{"Pham Van Dong", "Pham Van Dongiem"}]
    assert _people("Pak Song-chol", "Pak Szong Csol") == [{"Pak Song-chol", "Pak Szong Csol"}]
    assert len(_people("Pak Song-chol", "Pak Szong Cson")) == 2


def test_a_polish_two_letter_initial_begins_its_given_name():
    assert _people("Wł. Gomułki", "Władysław Gomułka") == [{"Wł. Gomułki", "Władysław Gomułka"}]
    assert _people("Cz. Miłosz", "Czesław Miłosz") == [{"Cz. Miłosz", "Czesław Miłosz"}]
    # another given name under the same first letter stays apart
    assert len(_people("Wł. Gomułki", "Wiesław Gomułka")) == 2


def test_an_embassy_is_named_by_its_state_and_host_either_way():
    from kg1956.organizations import canonical_organization

    assert canonical_organization("Embassy of Hungary in North Korea") == "Hungarian Embassy in North Korea"
    assert canonical_organization("Hungarian Embassy in Pyongyang") == "Hungarian Embassy in North Korea"
    assert canonical_organization("the Soviet embassy in the DPRK") == "Soviet Embassy in North Korea"
    assert canonical_organization("Mongolian Embassy in Moscow") == "Mongolian Embassy in the USSR"
    assert canonical_organization("Polish Embassy in Paris") == "Polish Embassy in Paris"  # a host no table knows
    assert canonical_organization("Chinese Embassy in Beijing") == "Chinese Embassy in Beijing"  # no state hosts itself
