"""Call numbers of the bloc's other archives: Mongolian, Romanian, Bulgarian, Hungarian."""

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
