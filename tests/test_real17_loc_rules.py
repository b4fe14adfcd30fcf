"""Archival call numbers as published notes write them (issue #3, area LOC, read from the first
set of real footnotes), on notes of our own: English-language historians' leaves written as a
book's pages after the file and the papka before it; the compact forms without keys (fond.opis.delo
.leaf, fond/opis/delo, AVPRF's fond/opis/papka/delo); Russian keys spelled out; the Hungarian
National Archives by name, a fond code with a series in words, a registry number without its year;
an Ibid. after a book's page in the same note. Each rule has negative cases."""

from __future__ import annotations

import pytest
from conftest import build_notes, built_locators, note_locators


def _fields(text: str) -> list[dict[str, str]]:
    return [fields for _repo, fields in note_locators(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the papka keyed "pa." before the file, the pages after it
        ("Record of conversation, Abrasimov-Ulbricht, May 3, 1961, AVPRF, f. 0742, op. 6, pa. 46, d. 4, pp. 61-68.",
         {"fond": "0742", "opis": "6", "papka": "46", "delo": "4", "list": "61-68"}),
        # several spans of pages
        ("Record of conversation, Chervonenko-Chen Yi, May 2, 1962, AVPRF, f. 0100, op. 55, pa. 480, d. 9, "
         "pp. 12-15, 22-24.",
         {"fond": "0100", "opis": "55", "papka": "480", "delo": "9", "list": "12-15, 22-24"}),
        # a single page after a papka already given
        ("Record of conversation, Iudin-Peng Zhen, March 9, 1957, AVPRF, f. 0100, op. 50, pa. 426, d. 2, p. 17.",
         {"fond": "0100", "opis": "50", "papka": "426", "delo": "2", "list": "17"}),
        # outside AVPRF no papka: "p." after the file is a page
        ("Record of conversation, Stalin-Gao Gang, July 27, 1949, APRF, f. 45, op. 1, d. 328, p. 9.",
         {"fond": "45", "opis": "1", "delo": "328", "list": "9"}),
        ("Report by Suslov, RGANI, f. 2, op. 1, d. 415, pp. 3-9.", {"fond": "2", "opis": "1", "delo": "415", "list": "3-9"}),
        # the keys in words, a span after "p." without a space
        ("Record of conversation, Ivanov-Nam Il, May 5, 1956, AVPRF fond 0102, opis 13, delo 5, p.8-19.",
         {"fond": "0102", "opis": "13", "delo": "5", "list": "8-19"}),
        # "p." before the file is the papka; the bare span after the file its pages
        ("Shtykov to Molotov, March 2, 1949, AVPRF, f. 059a, op. 5a, p. 4, d. 12, 41-44.",
         {"fond": "059a", "opis": "5a", "papka": "4", "delo": "12", "list": "41-44"}),
    ],
)  # fmt: skip
def test_pages_after_the_file_are_its_leaves(text, expected):
    assert expected in _fields(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AVPRF writes its papka after the file too: one number after "d." stays the papka
        ("Record of conversation, Ivanov-Pak Chang Ok, May 3, 1956, AVPRF, f. 0102, op. 12, d. 6, p. 68.",
         {"fond": "0102", "opis": "12", "delo": "6", "papka": "68"}),
        ("AVPRF, f. 0102, op. 14, d. 9, p. 75, ll. 4-7.",
         {"fond": "0102", "opis": "14", "delo": "9", "papka": "75", "list": "4-7"}),
        # a year after the file is no page
        ("Report, AVPRF, f. 0102, op. 11, d. 12, 1955.", {"fond": "0102", "opis": "11", "delo": "12"}),
    ],
)  # fmt: skip
def test_a_papka_or_year_after_the_file_is_no_page(text, expected):
    assert expected in _fields(text)


def test_plural_pages_before_the_file_are_no_papka():
    fields = _fields("AVPRF, f. 0100, op. 46, pp. 12, d. 3.")
    assert all("papka" not in f and "list" not in f for f in fields)


def test_pages_after_an_ibid_are_no_leaf_without_a_file():
    assert note_locators("Ibid., pp. 12-14.") == []


@pytest.mark.parametrize(
    ("text", "repository", "expected"),
    [
        ("RGASPI 558.11.728.40, Stalin to Kaganovich 2 Sept. 1947.", "RGASPI",
         {"fond": "558", "opis": "11", "delo": "728", "list": "40"}),
        ("Molotov to Stalin, 9 Dec. 1945, RGASPI 82.2.1170.", "RGASPI", {"fond": "82", "opis": "2", "delo": "1170"}),
        ("Zhdanov to Stalin: RGASPI, 77/3/102, p. 6.", "RGASPI",
         {"fond": "77", "opis": "3", "delo": "102", "list": "6"}),
        ("Vyshinskii to Malik: AVPRF, 07/24/32/403, pp. 11ff.", "AVPRF",
         {"fond": "07", "opis": "24", "papka": "32", "delo": "403", "list": "11ff"}),
    ],
)  # fmt: skip
def test_compact_call_numbers_without_keys(text, repository, expected):
    assert (repository, expected) in note_locators(text)


@pytest.mark.parametrize(
    "text",
    [
        "Telegram from Sokolov, AVPRF, 12/4/1957.",  # a date, not a call number
        "Report, SAPMO-BArch, 30.11.1961.",  # not an archive of the Russian scheme
    ],
)
def test_a_date_or_another_scheme_is_no_compact_call_number(text):
    assert all("opis" not in f for f in _fields(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Запись беседы. АВП РФ. Ф. 0102. Оп. 16. Папка 88. Д. 3. Л. 5–9.",
         {"fond": "0102", "opis": "16", "papka": "88", "delo": "3", "list": "5–9"}),
        ("Запись беседы. АВП РФ. Ф. 0102. Оп. 10. Д. 2, папка 53. Л. 71.",
         {"fond": "0102", "opis": "10", "delo": "2", "papka": "53", "list": "71"}),
        ("Запись беседы. АВП РФ. Фонд 0102. Опись 12. Дело 4. Лист 30.",
         {"fond": "0102", "opis": "12", "delo": "4", "list": "30"}),
    ],
)  # fmt: skip
def test_russian_keys_spelled_out_keep_one_call_number(text, expected):
    assert [("AVPRF", expected)] == note_locators(text)


def test_a_sentence_opening_with_delo_in_prose_is_no_call_number():
    assert note_locators("Дело врачей было прекращено в апреле 1953 г.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOL, XIX-J-1-j ENSZ, 1959, 21. doboz, IV-8, 001733/1959.",
         {"fond": "XIX-J-1-j", "box": "21", "folder": "IV-8", "document": "001733/1959"}),
        ("MNL OL XIX-J-1-j É-Korea, 1970, 66. doboz, 81-10, 00512.",
         {"fond": "XIX-J-1-j", "box": "66", "folder": "81-10", "document": "00512"}),
        ("Magyar Országos Levéltár, 002211/4/1963. 47. doboz.", {"box": "47", "document": "002211/4/1963"}),
        ("MOL, XIX-J-1-j Korea, 1957, 9. doboz, 5/b, 001402/1957.",
         {"fond": "XIX-J-1-j", "box": "9", "folder": "5/b", "document": "001402/1957"}),
    ],
)  # fmt: skip
def test_hungarian_national_archives_fond_code_and_series(text, expected):
    assert ("MOL", expected) in note_locators(text)


def test_a_tetel_after_the_box_is_no_registry_number():
    assert all(f.get("document") != "162" for f in _fields("MOL, XIX-J-1-j Korea, 1960, 58. doboz, 162, 00931/1960."))


_ARCHIVAL = "1. Запись беседы В. В. Кузнецова с Ким Иром. 4 мая 1957 г. АВП РФ. Ф. 0102. Оп. 13. Д. 6. Л. 22."


def test_an_ibid_after_a_book_in_its_note_takes_no_call_number(tmp_path):
    built = build_notes(
        tmp_path,
        _ARCHIVAL + "\n\n2. Charles Armstrong. Tyranny of the Weak. P. 101–103. Ibid. P. 107.\n\n3. Ibid. P. 110.",
    )
    assert built_locators(built, 2) == []
    assert built_locators(built, 3) == []


def test_an_ibid_after_a_record_in_its_note_keeps_the_call_number(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Запись беседы А. М. Пузанова с Пак Чен Аем. 7 мая 1958 г. АВП РФ. Ф. 0102. Оп. 14. Д. 6. Л. 14. Там же. Л. 20.",
    )
    assert {"fond": "0102", "opis": "14", "delo": "6", "list": "20"} in built_locators(built, 1)


def test_a_short_reference_that_points_nowhere_keeps_its_own_call_number(tmp_path):
    built = build_notes(tmp_path, "1. Successors: Kramer, pp. 51ff; AVPRF, 06/13/47/418, pp. 2-4; Ledovskii, p. 61.")
    assert {"fond": "06", "opis": "13", "papka": "47", "delo": "418", "list": "2-4"} in built_locators(built, 1)


def test_a_collection_in_words_after_a_russian_archive_is_no_fond_and_its_pages_are_leaves():
    text = "On the debate see TsKhSD, Secretariat Minutes Collection, Twenty-second Congress, especially pp. 8-11."
    assert note_locators(text) == [("RGANI", {"list": "8-11"})]


def test_a_fond_in_words_stays_where_the_archive_writes_its_fonds_so():
    fields = _fields("Notatka z rozmowy, 3 III 1962, AAN, KC PZPR, sygn. XI A/14, k. 5-9.")
    assert any(f.get("fond") == "KC PZPR" for f in fields)


def test_a_papka_before_the_ocrs_leaves_stays_the_papka():
    text = "Record of conversation, Pelishenko-Kim Chang Man, 4 May 1957, AVPRF, f. 0102, op. 13, d. 9, p. 72, 11. 5–8."
    assert {"fond": "0102", "opis": "13", "delo": "9", "papka": "72", "list": "5–8"} in _fields(text)


def test_pages_after_another_archives_key_in_an_ibid_keep_that_archives_scheme(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Record of the conversation of Antonín Novotný with Pham Van Dong, 3 May 1966, NA, f. KSČ-ÚV-02/1, "
        "sv. 150, a.j. 220, pp. 2–4.\n\n2. Record of the conversation of Antonín Novotný with Le Duan, 5 May 1966, "
        "ibid., a.j. 221, pp. 7–9.",
    )
    assert any(f.get("delo") == "221" and f.get("list") == "7–9" for f in built_locators(built, 2))


def test_the_ocrs_leaf_key_after_the_file_is_no_bare_page():
    fields = _fields("Report, GARF, f. R-5446, op. 81, d. 1204, 11. 12–19.")
    assert {"fond": "R-5446", "opis": "81", "delo": "1204", "list": "12–19"} in fields


@pytest.mark.parametrize(
    "text",
    [
        # the archive's name since 2012, then its translation and short form before the call number
        "Magyar Nemzeti Levéltár Országos Levéltára [Hungarian National Archives] (hereafter MOL), "
        "XIX-J-1-j Vietnám, 1966, 12. doboz, 4/c, 00871/1966, Szabó Gábor jelentése [report], Hanoi, 1966. május 3.",
        # the same name alone before the call number
        "Magyar Nemzeti Levéltár Országos Levéltára, XIX-J-1-j Vietnám, 1966, 12. doboz, 4/c, 00871/1966.",
    ],
)
def test_the_hungarian_archives_name_since_2012_names_mol(text):
    assert ("MOL", {"fond": "XIX-J-1-j", "box": "12", "folder": "4/c", "document": "00871/1966"}) in note_locators(text)
