"""Call numbers as they land in the graph: archival copies with their keys, per note,
read back with SPARQL."""

from __future__ import annotations

from pathlib import Path

from kg1956.pipeline import build

COPIES = """
PREFIX kg: <https://w3id.org/kg1956/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?n ?repository ?key ?value WHERE {
  ?copy a kg:ArchivalCopy ; kg:repository/skos:prefLabel ?repository ;
        prov:wasDerivedFrom/kg:noteNumber ?n ; ?p ?value .
  VALUES (?p ?key) {
    (kg:fond "fond") (kg:opis "opis") (kg:delo "delo") (kg:papka "papka") (kg:list "list")
    (kg:documentNumber "document")
  }
}"""


def _copies(tmp_path: Path, *notes: str) -> dict[int, dict]:
    """Each note's archival copy as {"repository": …, key: value …} (one copy per note here)."""
    path = tmp_path / "notes.txt"
    path.write_text("\n\n".join(f"{i} {text}" for i, text in enumerate(notes, start=1)) + "\n", encoding="utf-8")
    found: dict[int, dict] = {}
    for n, repository, key, value in build([path]).graph.query(COPIES):
        found.setdefault(int(n), {"repository": str(repository)})[str(key)] = str(value)
    return found


def test_the_pages_after_a_prc_foreign_ministry_number_are_its_list(tmp_path):
    copies = _copies(
        tmp_path,
        "Telegram from Zhou Enlai to Kim Il Sung, 14 March 1958, PRC FMA 106-00418-07, 2–5 (Chinese original).",
        "Minutes of conversation between Zhou Enlai and Kim Il Sung, 19 March 1958, PRC FMA 204-00612-01, pp. 1–9.",
        "Letter from Kim Il Sung to Mao Zedong, 3 May 1958, PRC FMA 106-00418-09, 1958.",
    )
    assert copies[1] == {"repository": "PRC-FMA", "document": "106-00418-07", "list": "2–5"}
    assert copies[2] == {"repository": "PRC-FMA", "document": "204-00612-01", "list": "1–9"}
    assert copies[3] == {"repository": "PRC-FMA", "document": "106-00418-09"}  # a year is no page


def test_an_ibid_with_a_leaf_after_a_record_and_its_translation_takes_the_record(tmp_path):
    record = (
        "Ciphered telegram, T.F. Shtykov to V.M. Molotov, 2 February 1950, AVPRF, f. 059a, op. 5a, d. 4, p. 11, "
        "ll. 40–44; English translation in CWIHP Bulletin, no. 5 (Spring 1995): 9."
    )
    copies = _copies(
        tmp_path,
        record,
        "Ibid., l. 45.",
        record,
        "Telegram from Filippov to T.F. Shtykov, 3 February 1950, ibid., l. 51.",
    )
    call_number = {"repository": "AVPRF", "fond": "059a", "opis": "5a", "delo": "4", "papka": "11"}
    assert copies[2] == {**call_number, "list": "45"}
    assert copies[4] == {**call_number, "list": "51"}


def test_an_ibid_with_a_page_after_a_translation_stays_with_the_translation(tmp_path):
    record = (
        "Ciphered telegram, T.F. Shtykov to V.M. Molotov, 2 February 1950, AVPRF, f. 059a, op. 5a, d. 4, "
        "ll. 40–44; English translation in CWIHP Bulletin, no. 5 (Spring 1995): 9."
    )
    copies = _copies(tmp_path, record, "Ibid., 10.")
    assert 2 not in copies


def test_hungarian_party_files_write_the_number_before_its_key(tmp_path):
    copies = _copies(
        tmp_path,
        "Record of conversation between Ernő Gerő and Kim Il Sung, 12 June 1956, MOL, M-KS 276. f. 53. cs. 281. ő. e.",
    )
    assert copies[1] == {"repository": "MOL", "fond": "276", "opis": "53", "delo": "281"}


def test_an_ibid_with_the_ocr_digit_one_for_l_takes_the_leaf(tmp_path):
    copies = _copies(
        tmp_path,
        "Shtykov to Vyshinsky, ciphered telegram, 4 October 1950, RGASPI, f. 17, op. 137, d. 512, ll. 30–33.",
        "Ibid., 1. 34.",
    )
    assert copies[2] == {"repository": "RGASPI", "fond": "17", "opis": "137", "delo": "512", "list": "34"}


def test_balkan_and_japanese_call_numbers_land_in_the_graph(tmp_path):
    copies = _copies(
        tmp_path,
        "Belgrade to Tirana, tel. no. 41, 2 March 1958, DAMSPS, PA, 1958, f. 12, d. 4, 416320.",
        "Note on the talks of the Yugoslav and Soviet delegations, 3 June 1955, AJ, 837, KPR, I-2/4, pp. 2–17.",
        "Minutes of the Politburo of the ALP, 9 May 1957, AQSH, f. 14/AP, v. 1957, d. 15, fl. 1–12.",
        "Tokyo to Moscow, tel. no. 88, 2 October 1956, GGS, 2011-0502, pp. 3–6.",
    )
    assert copies[1] == {
        "repository": "DAMSPS",
        "fond": "PA",
        "opis": "1958",
        "delo": "4",
        "document": "416320",
    }  # the folder is no key of this query
    assert copies[2] == {"repository": "AJ", "fond": "837", "delo": "I-2/4", "list": "2–17"}
    assert copies[3] == {"repository": "AQSH", "fond": "14/AP", "opis": "1957", "delo": "15", "list": "1–12"}
    assert copies[4] == {"repository": "GGS", "document": "2011-0502", "list": "3–6"}


def test_na_is_the_czech_national_archives_only_in_czech_context(tmp_path):
    copies = _copies(
        tmp_path,
        "Telegram, Smith to Dulles, 3 May 1960, NA, RG 59, Central Decimal File 1960–63, box 1234.",
        "Telegram, Caccia to Lloyd, 3 May 1957, NA, FO 371/129045.",
        "Telegram, Smith to Dulles, 3 May 1960, US NA, RG 59, box 3.",
        "Record of the talks between A. Novotný and Kim Il Sung, 17 June 1961, NA, f. KSČ-ÚV-02/1, sv. 312, a.j. 401.",
    )
    assert copies[1] == {"repository": "NARA", "fond": "RG 59"}
    assert copies[2]["repository"] != "NA" and copies[2]["fond"] == "FO 371"
    assert copies[3] == {"repository": "NARA", "fond": "RG 59"}
    assert copies[4]["repository"] == "NA" and copies[4]["fond"] == "KSČ-ÚV-02/1"


def test_a_leaf_or_page_after_a_dotted_mol_call_number_is_kept(tmp_path):
    head = "Report, Hungarian Embassy in Pyongyang to the Foreign Ministry, 2 May 1967 // "
    copies = _copies(
        tmp_path,
        head + "MOL. XIX-J-1-j. Korea. 1967. 61. doboz. 5/b. 002183/1967. L. 5.",
        head + "MOL. XIX-J-1-j. Vietnam. 1966. 77. doboz. 162-2. 001455/1966. P. 3.",
    )
    assert copies[1]["list"] == "5" and copies[1]["document"] == "002183/1967"
    assert copies[2]["list"] == "3" and copies[2]["document"] == "001455/1966"


def test_the_czech_inventory_number_and_the_party_fond_by_its_initials(tmp_path):
    head = "Dopis A. Novotného Castrovi, 10. 3. 1965, "
    copies = _copies(
        tmp_path,
        head + "NA, KSČ-ÚV, f. 02/1, sv. 3, a.j. 4.",
        head + "NA ČR, f. 1261/0/44, inv. č. 1234, kart. 5.",
    )
    assert copies[1] == {"repository": "NA", "fond": "KSČ-ÚV-02/1", "delo": "4"}
    assert copies[2]["repository"] == "NA" and copies[2]["fond"] == "1261/0/44"


def test_the_czech_inventory_number_is_kept(tmp_path):
    from kg1956.extract.locators import parse_locator

    loc = parse_locator("Národní archiv, f. KSČ-ÚV, kart. 12, inv. č. 45.", 0)
    assert loc is not None and dict(loc.fields) == {"fond": "KSČ-ÚV", "box": "12", "file": "45"}
    other = parse_locator("NA ČR, f. 1261/0/44, inv. č. 1234, kart. 5.", 0)
    assert other is not None and dict(other.fields)["file"] == "1234"


def test_na_before_a_british_departments_series_is_the_national_archives_at_kew(tmp_path):
    copies = _copies(
        tmp_path,
        "Telegram, Caccia to Lloyd, 3 May 1957, NA, FO 371/129045.",
        "Macmillan to Eisenhower, letter, 9 June 1958, NA, PREM 11/2387.",
        "Telegram, Trevelyan to the Foreign Office, 14 May 1956, NA, CAB 128/30.",
    )
    assert {copies[n]["repository"] for n in (1, 2, 3)} == {"TNA"}
    assert copies[2]["fond"] == "PREM 11"


def test_an_idem_record_in_the_file_cited_before_keeps_that_files_upper_keys(tmp_path):
    from conftest import build_notes

    built = build_notes(
        tmp_path,
        """
12. P.A. Abrasimov, "political letter" of the embassy for 1958, 10 July 1958, RGANI, f. 5, op. 49, d. 84, ll. 1–39.

13. Idem, cable to the CC CPSU, 12 September 1958, ibid., d. 85, ll. 2–4.
""",
    )
    located = {
        ex.note.number: [(loc.repository, dict(loc.fields)) for c in ex.citations for loc in c.locators]
        for ex in built.extractions
    }
    assert located[13] == [("RGANI", {"fond": "5", "opis": "49", "delo": "85", "list": "2–4"})]
