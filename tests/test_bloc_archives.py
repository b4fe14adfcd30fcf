"""Call numbers of the other archives: Mongolian, Romanian, Bulgarian, Hungarian, Albanian,
Yugoslav, Japanese, Vietnamese and American."""

from kg1956.extract.locators import parse_locator


def fields(text: str, archive: str = "") -> tuple[str, dict[str, str]]:
    loc = parse_locator(text, 0, archive)
    assert loc is not None
    return loc.repository, dict(loc.fields)


def test_mongolian_foreign_ministry_dans_and_unit_of_keeping():
    assert fields("MFMA, f. 3, d. 2, kh/n 91, kh. 5–8.") == (
        "MFMA",
        {"fond": "3", "opis": "2", "delo": "91", "list": "5–8"},
    )


def test_mongolian_party_archive_without_pages():
    assert fields("MAKhN, f. 4, d. 27, kh/n 30.") == ("MAKhN", {"fond": "4", "opis": "27", "delo": "30"})


def test_d_stays_delo_outside_mongolian_archives():
    assert fields("RGANI, f. 5, op. 30, d. 163, l. 4.")[1]["delo"] == "163"


def test_romanian_foreign_ministry_named_fond_and_dosar():
    assert fields("AMAE, fond Telegrame, Varșovia, 1960, dosar 3, f. 10–12.") == (
        "AMAE",
        {"fond": "Telegrame", "delo": "3", "list": "10–12"},
    )
    assert fields("AMAE, fond Coreea, dosar 44/1962, f. 7.") == (
        "AMAE",
        {"fond": "Coreea", "delo": "44/1962", "list": "7"},
    )


def test_romanian_party_archive_keeps_dosar_as_file():
    repo, got = fields("ANIC, fond CC al PCR – Secția Relații Externe, dosar 5/1960, f. 1–9.")
    assert repo == "ANIC" and got["file"] == "5/1960" and got["list"] == "1–9"


def test_bulgarian_foreign_ministry_archival_unit():
    assert fields("AMVnR, op. 15, a.e. 880, l. 2–4.") == ("AMVnR", {"opis": "15", "delo": "880", "list": "2–4"})


def test_hungarian_roman_tetel_and_sub_numbered_registry():
    assert fields("MOL, XIX-J-1-j, USA, 1962, 12. doboz, IV-40, 00412/3/1962.") == (
        "MOL",
        {"fond": "XIX-J-1-j", "box": "12", "folder": "IV-40", "document": "00412/3/1962"},
    )


def test_capitalised_place_after_an_unnamed_fond_is_not_a_fond():
    # a place in brackets after the archive is still skipped
    _, got = fields("AMZV (Praha), TO-T, k. 3.")
    assert got.get("fond") == "TO-T"


def test_albanian_year_is_the_inventory_under_the_fond():
    assert fields("AQSH, f. 14/AP, v. 1958, d. 21, fl. 3–9.") == (
        "AQSH",
        {"fond": "14/AP", "opis": "1958", "delo": "21", "list": "3–9"},
    )


def test_albanian_series_between_fond_and_year_holds_the_inventorys_place():
    # "OU" (the series) is unkeyed, so not listed; the year under it is no level of the four
    assert fields("AQSH, F. 14/AP, M-PKBS, V. 1959, D. 7, fl. 2–4.") == (
        "AQSH",
        {"fond": "14/AP", "delo": "7", "list": "2–4"},
    )


def test_serbian_diplomatic_archive_series_year_fascicle_file_and_document():
    assert fields("DAMSPS, PA, 1958, f. 31, d. 6, 415027.") == (
        "DAMSPS",
        {"fond": "PA", "opis": "1958", "folder": "31", "delo": "6", "document": "415027"},
    )


def test_archives_of_yugoslavia_numbered_fond_name_series_and_signature():
    assert fields("AJ, 837, KPR, I-5-b/3-2, pp. 4–11.") == (
        "AJ",
        {"fond": "837", "delo": "I-5-b/3-2", "list": "4–11"},
    )
    assert fields("AJ, 507, CK SKJ, XI, 2/II-41.") == ("AJ", {"fond": "507", "opis": "XI", "delo": "2/II-41"})


def test_japanese_diplomatic_archives_file_reel_and_release_number():
    assert fields("GGS, file A'.2.1.3.4-1, reel A'-0412.") == (
        "GGS",
        {"file": "A'.2.1.3.4-1", "reel": "A'-0412"},
    )
    assert fields("GGS, 2013-0744, 2–8.") == ("GGS", {"document": "2013-0744", "list": "2–8"})
    # the ministry's name stands for its archives: one repository, GGS (docs/gold-format.md)
    assert fields("Gaimushō, 2010-0318, pp. 11–15.") == ("GGS", {"document": "2010-0318", "list": "11–15"})


def test_a_span_of_years_is_no_japanese_release_number():
    assert "document" not in fields("GGS, 1956-1960, file A'.1.5.2.1-4.")[1]


def test_vietnamese_phong_names_the_fond_and_ho_so_is_the_file():
    assert fields("TTLTQG III, Phông Phủ Thủ tướng, hồ sơ 9012.") == (
        "TTLTQG III",
        {"fond": "Phủ Thủ tướng", "file": "9012"},
    )
    # a collection named in words without its keyword is no fond
    assert fields("VNA3, Phủ Thủ tướng collection, file 5120.") == ("VNA3", {"file": "5120"})


def test_library_of_congress_reel_and_nothing_unkeyed():
    assert fields("Dmitrii Volkogonov Papers, Manuscript Division, Library of Congress, Washington, DC, reel 12.") == (
        "Library of Congress",
        {"reel": "12"},
    )


def test_only_pages_run_on_after_a_comma():
    assert fields("DAMSPS, PA, 1961, f. 9, d. 3, 417733.")[1]["delo"] == "3"
    assert fields("AVPRF, f. 0102, op. 15, d. 7, p. 81, ll. 20–21, 35.")[1]["list"] == "20–21, 35"


def test_the_back_of_a_leaf_is_kept_as_written():
    assert fields("РГАНИ. Ф. 5. Оп. 30. Д. 163. Л. 12–14 об.")[1]["list"] == "12–14 об."
    assert fields("RGANI, f. 5, op. 30, d. 163, l. 7ob.")[1]["list"] == "7ob."


def test_german_blatt_with_the_ocr_digit_one():
    assert fields("PA AA, MfAA, A 7012, B1. 31–33.")[1]["list"] == "31–33"


def test_an_archive_glossed_in_brackets_or_the_subject_of_a_sentence_is_no_call_number():
    assert parse_locator("AMSZ (Archiwum Ministerstwa Spraw Zagranicznych, Warsaw); ", 0) is None
    assert parse_locator("the Chinese referentura of the AVPRF is fond 0100.", 0) is None


def test_an_ibid_reads_the_ocr_one_for_l_and_other_archives_keys():
    loc = parse_locator(", 1. 46.", 0, continued=True)
    assert loc is not None and dict(loc.fields) == {"list": "46"}
    loc = parse_locator(", kh. 15–16.", 0, continued=True)
    assert loc is not None and dict(loc.fields) == {"list": "15–16"}
    assert parse_locator(", t. 2.", 0, continued=True) is None  # a volume of a book


def test_an_archive_named_in_full_then_its_initials_in_brackets():
    assert fields("Arkivi Qendror Shtetëror (AQSH), Fondi 14/AP, Viti 1957, Dosja 8, fl. 2–5.") == (
        "AQSH",
        {"fond": "14/AP", "opis": "1957", "delo": "8", "list": "2–5"},
    )
    assert fields(
        "Diplomatski arhiv Ministarstva spoljnih poslova Srbije (DAMSPS), PA, 1955, f. 3, d. 9, 412233, str. 2."
    ) == (
        "DAMSPS",
        {"fond": "PA", "opis": "1955", "folder": "3", "delo": "9", "document": "412233", "list": "2"},
    )
    assert fields("Gaimushō Gaikō Shiryōkan (GGS), file A'.1.5.2.1-7.") == ("GGS", {"file": "A'.1.5.2.1-7"})


def test_an_ibid_reads_the_ocr_eleven_for_ll():
    loc = parse_locator(", 11. 3–5.", 0, continued=True)
    assert loc is not None and dict(loc.fields) == {"list": "3–5"}


def test_an_ibid_with_pages_is_no_leaf_of_an_unnamed_archive():
    assert parse_locator(", pp. 4–5.", 0, continued=True) is None
    assert parse_locator(", str. 45.", 0, continued=True) is None


def test_archives_of_yugoslavia_with_its_fond_keyed_and_named_in_brackets():
    assert fields("Arhiv Jugoslavije (AJ), fond 837 (KPR), I-2/9, pp. 3–4.") == (
        "AJ",
        {"fond": "837", "delo": "I-2/9", "list": "3–4"},
    )


def test_the_back_of_a_leaf_inside_a_span():
    assert fields("РГАНИ. Ф. 5. Оп. 30. Д. 163. Л. 12 об.–13.")[1]["list"] == "12 об.–13"


def test_an_archive_no_lexicon_knows_keeps_its_initials_as_written():
    assert fields("Спецсообщение МГБ СССР, 12 января 1951 г. ЦА ФСБ. Ф. 4-ос. Оп. 9. Д. 27. Л. 40–42.") == (
        "ЦА ФСБ",
        {"fond": "4-ос", "opis": "9", "delo": "27", "list": "40–42"},
    )
    assert fields("Report on the émigré community, March 1955, HIA, box 12, folder 4.") == (
        "HIA",
        {"box": "12", "folder": "4"},
    )
    # a Roman series or a party's initials before the keys are no archive
    assert fields("Report, XII, f. 5, op. 3.")[0] == ""


def test_a_published_series_numbers_documents_not_call_numbers():
    assert parse_locator("FRUS, 1952–1954, vol. 15, doc. 711, p. 1440.", 0) is None
    assert parse_locator("Там же. Т. 2. Л. 45.", 0, continued=True) is not None


def test_serbian_strictly_confidential_number_is_the_document():
    assert fields("DAMSPS, PA, 1953, f. 38, d. 13, str. pov. br. 420117.")[1] == {
        "fond": "PA",
        "opis": "1953",
        "folder": "38",
        "delo": "13",
        "document": "420117",
    }


def test_archives_of_yugoslavia_without_the_fonds_number_or_with_years():
    assert fields("AJ, KPR, I-2/9, pp. 3–4.") == ("AJ", {"delo": "I-2/9", "list": "3–4"})
    assert fields("AJ, 837, KPR, 1955, I-5-b/3.") == ("AJ", {"fond": "837", "delo": "I-5-b/3"})


def test_initials_in_brackets_after_the_archive_are_its_fond():
    assert fields("PA AA (MfAA), A 6615, Bl. 3.") == ("PA AA", {"fond": "MfAA", "file": "A 6615", "list": "3"})


def test_serbian_kutija_is_a_box():
    assert fields("AJ, 507, CK SKJ, k. 14, 2/II-40.") == ("AJ", {"fond": "507", "box": "14", "delo": "2/II-40"})
    assert fields("DAMSPS, PA, 1960, k. 7, f. 3, d. 2, 418812.")[1]["box"] == "7"


def test_the_ocr_digits_for_ll_right_after_the_file():
    assert fields("RGANI, f. 5, op. 28, d. 412, 11. 41–44, 50.")[1]["list"] == "41–44, 50"
    assert fields("AVPRF, f. 0102, op. 12, d. 4, p. 68, 1. 127.")[1]["list"] == "127"
    assert "list" not in fields("MOL, XIX-J-1-j, Korea, 11. doboz, 5/b, 003120/1955.")[1]
