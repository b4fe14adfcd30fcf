"""Archival call numbers: repository plus fond/opis/delo/papka/list, in any order.

Conventions handled: "AVPRF, fond 0102, opis 12, delo 4, papka 68",
"RGANI, Opis 28, fond 5, delo 486, list 39–41", "АВП РФ. Ф. 0102. Оп. 14. Д. 9. П. 75.
Л. 12–14", "GARF, f. r-5446, op. 98c, d. 721, ll. 69–8", "NARA, RG 59, box 12, folder 3",
"PRC FMA 109-01040-01". Identifiers are kept verbatim.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg1956.extract.call_number_forms import RUSSIAN_SCHEME, bare_pages, compact_call_number, page_after_file
from kg1956.extract.lexicon import LOCATOR_KEYS, LOCATOR_ORDER, REPOSITORIES, REPOSITORY_KEYS
from kg1956.extract.memo import of_clauses
from kg1956.models import Locator, Span
from kg1956.parties import COMMITTEE, PARTIES

_REPO_FORMS = sorted(
    ((form, code) for code, forms in REPOSITORIES.items() for form in forms),
    key=lambda fc: len(fc[0]),
    reverse=True,
)
_REPO_RE = re.compile(r"(?<![\w-])(?P<repo>" + "|".join(re.escape(f) for f, _ in _REPO_FORMS) + r")(?![\w-])")
_REPO_CODE = {form: code for form, code in _REPO_FORMS}
_IDENT = (
    r"(?:[IVXLC]+\s(?=[A-Z]{1,3}/\d))?"  # AAN "sygn. XI A/13": a Roman section, a space, the file
    r"[\w][\w/\-–—'’]*(?:\.\d[\w/\-–—'’]*)*(?:\s?[\-–—]\s?\d+[a-zа-я]?)?"  # A'.1.5.2.1-3 (Japanese files)
    r"(?:(?<=\d)\sс(?=\.\s))?"  # GARF "Оп. 98 с. Д. 702": the secret inventory's letter, spaced
    r"(?:,\s?\d+(?:\s?[\-–—]\s?\d+)?(?=[\s,;)]|\.(?:\s|$)|$))*"
)
# the pages of a file cited by its document number, right after it: "109-01040-01, 3–9", ", pp. 3–9"
# (a colon after them when the record follows: "PRC FMA 109-00760-02, 1–5: record of …")
_FMA_PAGES_RE = re.compile(r",\s*(?:pp?\.\s*)?(?P<id>\d{1,4}(?:\s?[–—-]\s?\d{1,4})?)(?=\s*(?:[,.;()]|:\s|$))")
# Country series in a call number ("MOL, XIX-J-1-j Szovjetunió, …"), not part of the fond: the
# names (not abbreviations such as KLDR, which some archives fold into a fond) of the countries
# these files are about, in English, Hungarian, German and Polish.
_COUNTRY = re.compile(
    r"^(?:korea|kína|china|kna|kndr|vietnam|mongolia|mongólia|albania|albánia|poland|hungary|szovjetunió"
    r"|usa|japán|jugoszlávia|csehszlovákia|lengyelország|románia|bulgária|kuba|laosz|kambodzsa|sowjetunion|chiny)$",
    re.I,
)
_WORD = r"[A-Z][^\W\dA-Z_]+"  # a capitalised word, diacritics and all: "Varșovia", "Moscow"
_YEAR = re.compile(r"^(?:19|20)\d\d(?:\s?[–-]\s?(?:19|20)\d\d)?$")
_CODE = re.compile(r"^[A-ZČŠŽ][\w./-]*(?:\s+(?:[A-Z0-9][\w./–-]*|al|–|-|[A-ZĂÂÎȘȚ][\wăâîșț]+)){0,5}$")
# Identifiers some archives cite without a keyword, by their shape (MOL):
_UNKEYED = (
    ("box", re.compile(r"(?<![\w/])(?P<id>\d+)\.\s*(?:doboz\b|d\.)")),  # 11. doboz, abbreviated "11. d."
    ("folder", re.compile(r"(?<![\w/.])(?P<id>\d+/[a-z]{1,2})(?=[\s,.;]|$)")),  # 5/b, 5/ca (tétel)
    # "58. doboz, 162, …", "128. doboz, IV-130, …": a bare tétel after the box
    # "162-1" (tétel, sub-item); "61. doboz. 162-1." (a call number written with full stops)
    ("folder", re.compile(r"(?<=doboz[,.] )(?P<id>(?:[IVX]+-)?\d+(?:-\d+)?)(?=[,.]\s)")),
    # 002145/1957, 00931/6/1966; the Digital Archive's "004076/ 1955", "001118/ 1/1955"
    ("document", re.compile(r"(?<![\w/])(?P<id>\d{3,}(?:/\s?\d{1,3})?/\s?\d{4})(?=[\s,.;)]|$)")),
    # the registry number without its year, zeros first, after the tétel: "60. doboz, 81-146, 00394"
    ("document", re.compile(r"(?<=, )(?P<id>00\d{3,5})(?=\s*(?:[.;)]|$))")),
)
# A ministry's fond by its code ("XIX-J-1-j"), then the series in words, unkeyed: "XIX-J-1-j ENSZ",
# "XIX-J-1-j É-Korea" (the fond is the code alone)
_MOL_FOND_CODE = re.compile(r"[IVXLC]+-[A-Z](?:-\d+)?(?:-[a-z])?(?=\s+\S)")
# Hungarian party files write the number before its key: "M-KS 288. f. 5. cs. 12. ő. e."
# (fond, group, unit of keeping), read as fond, opis and delo
# (the unit's last dot may be gone when the call number ends a sentence: "… 227. ő.e).")
_HU_POSTFIX = re.compile(r"(?<![\w/.])(?P<id>\d+[a-z]?)\.?\s*(?:(?P<key>f|cs)\.|(?P<unit>ő\.\s?e)\.?)(?!\w)")
_HU_KEYS = {"f": "fond", "cs": "opis"}
# the group and the unit under one key, "5/282. ő.e." (5. cs. 282. ő.e.), and the pages written
# bare right after the unit: "M-KS 288. f. 5/283. ő.e., 12–15"
_HU_GROUP_UNIT = re.compile(r"(?<![\w/.])(?P<cs>\d+)/(?P<oe>\d+[a-z]?)\.?\s*ő\.\s?e\.(?!\w)")
# the group with its year before the unit, "M-KS 288. f. 32/1968. 12. ő.e." (group 32 of 1968, unit 12)
# (a party fond's group: one to three digits, no leading zero, after "… f."; "00234/1958" is a
# ministry's document number and year)
_HU_GROUP_YEAR = re.compile(r"(?<=\bf\.\s)(?P<cs>[1-9]\d{0,2}/(?:19|20)\d\d)\.\s*\d+[a-z]?\.\s*ő\.\s?e\.(?!\w)")
_HU_BARE_PAGES = re.compile(r",\s*(?P<id>\d{1,4}(?:\s?[–—-]\s?\d{1,4})?)(?=\s*(?:[.;]|$))")
# The closing bracket of a short form introduced with the full name: "(hereafter SAPMO-BArch)".
_HEREAFTER_END = re.compile(r"\s*\)")
# The end of an archive's name after the words a lexicon form gives ("… spoljnih poslova Srbije")
_NAME_REST = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,3}(?=\s*\()")
# A translation of the archive's name in square brackets before its short form (its "]" read as ")" here)
_GLOSS_AFTER_NAME = re.compile(r"\s*\[[^\[\]()]{2,80}\)")
_HEREAFTER_START = re.compile(
    r"\s*\(\s*(?:hereafter|henceforth|further|below|im\s+Folgenden|dále\s+jen|dalej)?[\s:]*", re.I
)
# Czech archives whose "f." names the fond in words ("f. MNO 1963", "f. Ministerstvo zahraničního obchodu")
_F_NAMES_FOND = frozenset({"VÚA-VHA", "NA"})
# Archives whose files are all keyed (AMZV: k., obal, č.j.): no unkeyed file after the fond
# ("AMZV, TO-T, KLDR 1955–1959, k. 2": the fond, then the series' country and years).
_FOND_ONLY = frozenset({"AMZV"})
# Archives whose call numbers have no unkeyed part: the Library of Congress's "…, Manuscript
# Division, Library of Congress, reel 23" (whatever follows the name unkeyed is an address).
# NMML: "…, Subimal Dutt Papers, file 27", papers in words
_KEYED_ONLY = frozenset({"Library of Congress", "LC", "LOC", "NMML", "DDEL"})
# A folder a presidential library names by its title in quotation marks: 'box 35, folder "Staff Notes August 1958"'
_QUOTED_FOLDER = re.compile(r"\s*,\s*folder\s+[\"“](?P<id>[^\"“”]{2,80})[\"”]", re.IGNORECASE)
# Archives that cite the year of a series, unkeyed, after it: the year is the inventory (opis),
# "DAMSPS, PA, 1956, f. 75, …" (political archive, 1956)
_YEAR_IS_OPIS = frozenset({"DAMSPS"})
# Archives whose inventory (opis) is the year under the fond ("AQSH, f. 14/AP, v. 1956, d. 37")
# unless a series (struktura) is cited between them ("F. 14/AP, OU, V. 1960"): then the series,
# unkeyed and so not listed, is the level under the fond and the year no level of the four
_SERIES_BEFORE_YEAR = frozenset({"AQSH"})
# Archives that end a call number with the document's registry number, unkeyed: "…, d. 2, 419881"
# (before any page: "…, d. 9, 412233, str. 2")
_LAST_NUMBER_IS_DOCUMENT = frozenset({"DAMSPS"})
_LAST_NUMBER = re.compile(r",\s*(?P<id>(?!(?:19|20)\d\d\b)\d{4,}(?:/\d+)?)\s*(?=[,.;)]|$)")  # no year
# Archives whose fonds are numbered and cited unkeyed, name and all, then the signature:
# "AJ, 837, KPR, I-2/9" (fond 837, Kabinet predsednika republike, file I-2/9) and
# "AJ, 507, CK SKJ, IX, 1/I-126" (fond 507, series IX, file 1/I-126)
_NUMBERED_FOND = frozenset({"AJ"})
# Document numbers some archives cite without a key, by their shape, and the pages after them:
# PRC Foreign Ministry files (109-01040-01; 206-Y0050, a Y file) and the Japanese Diplomatic
# Archives' release numbers (2012-1507, year and serial; not a span of years such as 1956-1960)
_JP_DOC_RE = re.compile(r"(?<![\w/.–-])(?P<id>(?:19|20)\d\d-\d{4})(?![\w/–-])")
_DOCUMENT_SHAPES = {"PRC-FMA": re.compile(r"\b(?P<id>\d{3}-(?:\d{5}-\d{2}|Y\d{4}))\b")}
_DOCUMENT_SHAPES |= {"GGS": _JP_DOC_RE}
# TNA: the Foreign Office registry's file after the series and piece ("FO 371/150404, FC 10338/41")
_DOCUMENT_SHAPES["TNA"] = re.compile(r"(?<=\d,\s)(?P<id>[A-Z]{1,3}\s?\d+/\d+)(?![\d/])")
# Files numbered with brackets and slashes after "File No.": the National Archives of India's
# "File No. 2(12)-IC/62" (serial, subject, branch and year), in lower case too ("file no. 8(12)-China/60")
# and abbreviated "F. No. 3(4)-EUR/57"
_FILE_SHAPES = {
    "NAI": re.compile(r"(?<!\w)(?:[Ff]ile|F\.)\s+(?:[Nn]o|NO)\.?\s*(?P<id>\d[\w()/-]*[\w)])(?=[\s,;)]|\.(?:\s|$)|$)")
}
# An archive that is the subject of a sentence is prose, not a call number: "the Korean
# referentura of the AVPRF is fond 0102"
_ARCHIVE_AS_SUBJECT = re.compile(r"\s+(?:is|was|are|were|has|had|holds|keeps)\b")
_SIGNATURE = re.compile(r"^(?P<fond>[A-Z]{1,4}\s?\d+)\s?/\s?(?P<file>.+)$")  # SAPMO-BArch: "DY 30/IV 2/20/137"


_COMMA_KEYS = "(?:op|оп|ll|лл)"


@lru_cache(maxsize=64)
def _field_re(code: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The keyword pattern for one archive: the general keys plus that archive's own."""
    keys = {**LOCATOR_KEYS, **REPOSITORY_KEYS.get(code, {})}
    if code in RUSSIAN_SCHEME or not code:
        keys.setdefault("pp", "papka")  # English pages after the file: read as the leaves (call_number_forms)
    alternatives = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    # "op, 12": OCR's comma for the full stop of an abbreviation that is no word (two letters each)
    rx = re.compile(
        # "Л . 31–35": the OCR's space before the stop of a one-letter key
        rf"(?<![\w])(?P<key>{alternatives})(?:\.\s*|(?<=(?<!\w)\w)\s\.\s*|\s+|(?<={_COMMA_KEYS}),\s?(?=\d))"
        rf"(?P<id>{_IDENT})(?=[\s,.;:)]|$)",
        re.IGNORECASE,
    )
    return rx, {k.lower(): v for k, v in keys.items()}


# The back of a leaf after its number: Russian "об." (оборот), transliterated "ob."
_VERSO = re.compile(r"\s?(?:об|ob)\.(?:\s?[–—-]\s?\d+(?:\s?(?:об|ob)\.)?)?")  # "12 об.–13"
# After an "Ibid." the OCR's digit one for "l." stands alone before the leaf: "Ibid., 1. 46", "11. 3–5"
_OCR_LEAF = re.compile(r"(?P<key>1{1,2})\.\s*(?P<id>\d+(?:\s?[–—-]\s?\d+)?)(?=[\s,.;)]|$)")


# The same right after the last key of a call number: "RGANI, f. 5, op. 28, d. 412, 11. 41–44"
_OCR_LEAF_AFTER = re.compile(
    r",\s*(?P<key>1{1,2})\.\s*(?P<id>(?!(?:19|20)\d\d\b)\d+(?:\s?[–—-]\s?\d+)?(?:,\s?\d+(?:\s?[–—-]\s?\d+)?)*)"
    r"(?!\.\s*\d)(?=\s*(?:[;)]|\.(?:\s|$)|$))"
)


# Some archives' page words, which are also a book's: "Ibid., pp. 4–5" after a book is no leaf
_BOOK_PAGES = frozenset({"pp", "str"})


def _keyed(text: str, start: int, code: str, unnamed_ibid: bool) -> list[tuple[re.Match[str], str]]:
    """The keyed identifiers of a call number, each with its field. After an "Ibid." that
    names no archive, the keys of the first archive whose keys are there (read again as the
    earlier archive's once it is known: "ibid., kh. 15–16") and the OCR's "1." for "l."."""
    field_re, keys = _field_re(code)
    found = [(m, keys[m.group("key").lower()]) for m in field_re.finditer(text, start)]
    if unnamed_ibid and all(m.group("key").lower() == "pp" for m, _ in found):
        found = []  # "ibid., a.j. 201, pp. 3–5": pages alone say nothing of whose keys follow
    if unnamed_ibid and not found:
        ocr = _OCR_LEAF.match(text, start + len(text[start:]) - len(text[start:].lstrip(" ,.:")))
        if ocr:
            return [(ocr, "list")]
        for other in REPOSITORY_KEYS:  # not their one-letter keys: "Ibid., t. 2", "v. 3" are volumes
            other_re, other_keys = _field_re(other)
            found = [
                (m, other_keys[m.group("key").lower()])
                for m in other_re.finditer(text, start)
                if len(m.group("key").rstrip(".")) > 1 and m.group("key").lower() not in _BOOK_PAGES
            ]
            if found:
                break
    return found


def keys_foreign_to(text: str, code: str) -> bool:
    """Whether `text` (an Ibid.'s call number) cites a key of some other archive's own scheme
    that the archive `code` does not know ("a.e. 32" after AVPRF), or is written in the Hungarian
    archive's unkeyed shapes when `code` is not that archive ("12. doboz, 5/c, 002013/1968")."""
    own_re, _ = _field_re(code)
    own = {m.start() for m in own_re.finditer(text)}
    for other in REPOSITORY_KEYS:
        if other == code:
            continue
        other_re, _ = _field_re(other)
        for m in other_re.finditer(text):
            key = m.group("key")
            if m.start() not in own and len(key.rstrip(".")) > 1 and key.lower() not in _BOOK_PAGES:
                return True
    if code != "MOL" and not own and any(rx.search(text) for key, rx in _UNKEYED if key == "box"):
        return True
    return False


def find_repository(text: str) -> re.Match[str] | None:
    """Find the first archive abbreviation in `text`."""
    return _REPO_RE.search(text)


def _segments(text: str, start: int, dotted: bool = False) -> list[tuple[str, int]]:
    """Comma-separated pieces after the repository, with their offsets (or pieces ended by a full
    stop, for a call number written in the bibliographic style: "MOL. XIX-J-1-j. Korea. 1967.")."""
    out = []
    for m in re.finditer(r"(?:[^,;.]|\.(?!\s))+" if dotted else r"[^,;]+", text[start:]):
        piece = m.group(0)
        lead = len(piece) - len(piece.lstrip(" .("))
        out.append((piece.strip(" .()"), start + m.start() + lead))
    return out


# after an Ibid., a German archive's file without its key, before the leaves: PA AA "A 8913",
# "C 1089/72"; a SAPMO-BArch signature "NY 4182/1230" (fond and file)
_IBID_FILE = re.compile(r"(?:^|,)\s*(?P<file>[A-C]\s\d{3,5}(?:/\d{2})?)\s*,\s*$")
_IBID_SIGNATURE = re.compile(r"(?:^|,)\s*(?P<fond>(?:DY|NY|DC|DO|DE|DK|DR)\s\d+)/(?P<file>[^,;\s][^,;]*?)\s*,\s*$")


def _file_after_ibid(before: str, fields: dict[str, str], first: int) -> int:
    """ "ibid., A 8913, Bl. 1–40", "ebd., NY 4182/1230, Bl. 5": the file (and the fond) written
    before the keyed leaves of a call number that continues the archive cited before; returns
    where the call number now begins."""
    m = _IBID_FILE.search(before) or _IBID_SIGNATURE.search(before)
    if m is None:
        return first
    fields.update({k: v for k, v in m.groupdict().items() if v})
    return m.start("fond") if m.groupdict().get("fond") else m.start("file")


def _unkeyed_fond(text: str, repo: re.Match[str], code: str, keyed: set[int]) -> list[tuple[str, str, int, int]]:
    """ "MOL, XIX-J-1-j, …", "AAN, KC PZPR, sygn. …", "AMZV, TO-T 1955–1959, …",
    "SAPMO-BArch, DY 30/IV 2/20/137, …", "PA AA, MfAA, A 6615, …": the fond (and, for
    a signature, the file) written without a keyword right after the archive."""
    found: list[tuple[str, str, int, int]] = []
    start = repo.end()
    hereafter = _HEREAFTER_END.match(text, start)  # "Archiwum Akt Nowych (hereafter AAN), KC PZPR, …"
    if hereafter:
        start = hereafter.end()
    # "AMSZ (Archiwum Ministerstwa …, Warsaw)", "AMZV (Praha)": the archive's name or place, not "(MfAA)"
    gloss = re.match(r"\s*\((?P<inside>[^()]*)\)", text[start:])
    if gloss and (re.search(r"[\s,]", gloss.group("inside").strip()) or re.fullmatch(_WORD, gloss.group("inside"))):
        start += gloss.end()
    for piece, at in _segments(text, start, text[repo.end() : repo.end() + 2] == ". "):
        if not piece or any(at <= k < at + len(piece) for k in keyed):
            break
        named = re.match(r"(?:fond|phông)\s+(?=\S)", piece, re.IGNORECASE)  # "AMZV, fond TO-T KLDR 1960–1964, k. 3"
        if named and not found:
            piece, at = piece[named.end() :], at + named.end()
            if named.group(0)[0] in "Pp":  # Vietnamese "Phông Phủ Thủ tướng": the fond's name as written
                found.append(("fond", piece, at, at + len(piece)))
                continue
        words = piece.split()
        while len(words) > 1 and (_COUNTRY.match(words[-1]) or (_YEAR.match(words[-1]) and _COUNTRY.match(words[-2]))):
            words.pop()  # "XIX-J-1-j Korea", "Korea 1955–1959"
        piece = " ".join(words)
        if code == "MOL" and not found and (fond_code := _MOL_FOND_CODE.match(piece)):
            found.append(("fond", fond_code.group(0), at, at + len(piece)))
            continue
        if named and not found and re.fullmatch(_WORD, piece):  # "fond Telegrame", "fond Vietnam"
            found.append(("fond", piece, at, at + len(piece)))
            continue
        if found and len(found) == 1 and code in _YEAR_IS_OPIS and _YEAR.match(piece):
            found.append(("opis", piece, at, at + len(piece)))
            break
        if not piece or _COUNTRY.match(piece) or _YEAR.match(piece) or re.fullmatch(rf"\(?{_WORD}\)?", piece):
            if found:
                break
            continue  # "(Moscow)", "Korea", "1957"
        if not _CODE.match(piece) or not re.search(r"[A-Z0-9]", piece):
            break
        if code in RUSSIAN_SCHEME and not re.search(r"\d", piece):
            break  # "TsKhSD, CPSU Central Committee Plenum Collection, …": a collection named in words
        signature = _SIGNATURE.match(piece)
        if signature and not found:
            found.append(("fond", signature.group("fond"), at, at + len(piece)))
            found.append(("file", signature.group("file"), at, at + len(piece)))
            break
        if found and code == "NARA" and (_SERIES_IN_WORDS.fullmatch(piece) or _CDF.fullmatch(piece)):
            break  # "NARA, RG 59, Central Foreign Policy Files 1964–66, box 2945": a series named in words
        found.append(("fond" if not found else "file", piece, at, at + len(piece)))
        if len(found) == 2 or code in _FOND_ONLY:
            break
    return found


# An archive no lexicon knows, by its initials right before the first key of a call number
# ("ЦА ФСБ. Ф. 4-ос. Оп. 5", "HIA, box 3, folder 12"): its code as written
_UNKNOWN_ARCHIVE = re.compile(
    r"(?:^|(?<=[\s,;(/]))(?P<code>[A-ZА-ЯЁ][A-ZА-ЯЁ]{1,7}(?:[ -][A-ZА-ЯЁ]{1,7})?)\s*[.,]?\s*$"
)
# "… (далее — ЦА МНРП). Ф. 4": the short form an archive's full name was given, closing its bracket
_SHORT_FORM_BEFORE = re.compile(
    r"\((?:далее|hereafter|henceforth)\s*[—–-]?\s*"
    r"(?P<code>[A-ZА-ЯЁ][A-ZА-ЯЁ]{1,7}(?:[ -][A-ZА-ЯЁ]{1,7})?)\)\s*[.,]?\s*$",
    re.IGNORECASE,
)
# A published series or a volume before the keys: what follows numbers a publication's documents
_PUBLISHED = re.compile(r"\b(?:FRUS|CWIHP|NKIDP|DDRS)\b|(?<!\w)(?:vol|vols|Bd|т|tom)\.\s*[\dIVXL]", re.IGNORECASE)
# Initials before a key that are no archive: series of published documents, parties, states, ministries
_NOT_ARCHIVES = frozenset(
    "FRUS CWIHP NKIDP DDRS USSR DPRK PRC MID MFA СССР КНДР КНР МИД ВКП".split()
    + [abbr for party in PARTIES for abbr in party if " " not in abbr]
    + list(COMMITTEE)
)


# Initials that open an archive's name ("ЦА МНРП", the Central Archive of the MPRP; "ЦПА", the
# Central Party Archive): the party or state named after them does not make the code a party
_ARCHIVE_OF = frozenset("ЦА ЦПА ЦГА ЦГАОР".split())


# An "Ibid." right before the first key of a call number that names no archive
_IBID_BEFORE = re.compile(r"(?<!\w)(?:ibid|ibidem|там\s+ж[еe]|ebd|ebenda|tamże|tamtéž)\.?,?\s*$", re.IGNORECASE)


def _is_year_span(ident: str) -> bool:
    """ "1956-1960" is a span of years, not a document number shaped like "2012-1507"."""
    m = re.fullmatch(r"((?:19|20)\d\d)-((?:19|20)\d\d)", ident)
    return m is not None and int(m.group(1)) < int(m.group(2))


def _numbered_fond(text: str, repo: re.Match[str], keyed: set[int]) -> list[tuple[str, str, int, int]]:
    """ "AJ, 837, KPR, I-2/9": a numbered fond, its name in letters (skipped), a Roman series
    (opis) and the signature (delo), all unkeyed."""
    found: list[tuple[str, str, int, int]] = []
    hereafter = _HEREAFTER_END.match(text, repo.end())  # "Arhiv Jugoslavije (AJ), …"
    for piece, at in _segments(text, hereafter.end() if hereafter else repo.end()):
        keyed_fond = re.fullmatch(r"(?:fond|f\.)\s*(?P<id>\d+[a-z]?)(?:\s*\([^()]*\)?)?", piece, re.IGNORECASE)
        if keyed_fond and not found:  # "Arhiv Jugoslavije (AJ), fond 837 (KPR), I-2/9"
            found.append(("fond", keyed_fond.group("id"), at, at + len(piece)))
            continue
        if not piece:
            break
        if any(at <= k < at + len(piece) for k in keyed):
            continue  # a keyed box or page: "AJ, 507, CK SKJ, k. 14, 2/II-40"
        span = (piece, at, at + len(piece))
        if not found and re.fullmatch(r"\d+[a-z]?", piece):
            found.append(("fond", *span))
        elif re.fullmatch(r"[^\W\d_]+(?:[\s.-]+[^\W\d_]+)*", piece) and not re.fullmatch(r"[IVXLC]+", piece):
            continue  # the fond's name or initials: "KPR", "CK SKJ"
        elif _YEAR.match(piece) and found:
            continue  # the file's years: "1953–1956"
        elif re.fullmatch(r"[IVXLC]+", piece) and not any(k == "opis" for k, *_ in found):
            found.append(("opis", *span))
        elif re.search(r"\d", piece) and re.fullmatch(r"[\w/.–-]+", piece):
            found.append(("delo", *span))
            break
        else:
            break
    return found


# The State Department's decimal file number ("795.00/6-1653": subject, then the month, day and
# year of the despatch); "Central Decimal File 1950–54" is the series and its years, not a file.
# A subject class may run to more digits and take a hyphened letter code after it: "396.1-GE/6-1659"
# (the Geneva conference), "033.1100-NI/7-2459" (a visit, by the visitor's initials)
_NARA_DECIMAL = re.compile(r"(?<![\w/.])(?P<id>\d{3}\.\d{1,4}[A-Z0-9]*(?:-[A-Z]{1,4})?/\d{1,2}-\d{3,4})(?=[\s,.;)]|$)")
# "CDF", the Central Decimal File by its initials: a series named, not a file of the record group
_CDF = re.compile(r"C\.?D\.?F\.?")
_SERIES_YEARS = re.compile(r"(?:19|20)\d\d(?:\s?[–-]\s?\d{2,4})?")


_SERIES_IN_WORDS = re.compile(r"[A-Z][A-Za-z]+(?:\s+[A-Za-z]+)+(?:,?\s+(?:19|20)\d\d(?:\s?[–-]\s?\d{2,4})?)?")


# A lot file of the State Department's decentralised records ("Lot 64 D 563") and a file of the
# Joint Chiefs' decimal system, subject number, country and the file's opening date
# ("383.21 Korea (3-19-45)"): each is the file, its "D" no delo's key
_NARA_LOT = re.compile(r"(?<!\w)(?P<id>Lot\s+\d+\s?D\s?\d+)(?!\w)")
_JCS_DECIMAL = re.compile(r"(?<![\w/.])(?P<id>\d{3}\.\d+\s+[A-Z][a-z]+\s+\(\d{1,2}-\d{1,2}-\d{2}\))")


def _nara_decimal_file(text: str, start: int, fields: dict[str, str], where: dict[str, tuple[int, int]]) -> int:
    """NARA's lot, JCS decimal and Central Decimal File numbers into `fields`; returns where the
    last one read ends (0 if none)."""
    end = 0
    years = fields.get("file", "")
    if _SERIES_YEARS.fullmatch(years) and (
        re.search(r"decimal\s+file\s", text, re.IGNORECASE)
        or re.search(r"[A-Z][a-z]+\s+File\s+" + re.escape(years), text)  # "Geographic File 1951–53"
    ):
        del fields["file"]
    lot = _NARA_LOT.search(text, start)
    if lot and "file" not in fields:
        fields["file"] = re.sub(r"\s+", " ", lot.group("id"))
        end = max(end, lot.end())
        if "delo" in where and lot.start() <= where["delo"][0] < lot.end():
            del fields["delo"]
    jcs = _JCS_DECIMAL.search(text, start)
    if jcs and "file" not in fields:
        fields["file"] = jcs.group("id")
        end = max(end, jcs.end())
    m = _NARA_DECIMAL.search(text, start)
    if m and "document" not in fields:
        fields["document"] = m.group("id")
        end = max(end, m.end())
    return end


# "NA" is the Czech National Archives only beside Czech keys (svazek, archivní jednotka, karton,
# inventární číslo) or the Czech party's fonds (KSČ, ÚV)
_CZECH_NA = re.compile(r"(?<!\w)(?:sv|kart|a\.\s?j|inv\.\s?č)\.|KSČ|ÚV|(?<!\w)č\.\s?j\.")
_PARTY_FOND = re.compile(r"[A-ZÁ-Ž]{2,}(?:-[A-ZÁ-Ž]{2,})+")  # "KSČ-ÚV"
_US_NA = re.compile(r"(?<!\w)(?:US|U\.S\.)\s*$")
_RECORD_GROUP = re.compile(r"[,.]?\s*RG\s?\d")
# "NA, FO 371/129045", "NA, PREM 11/…": a British department's series, so The National Archives, Kew
_UK_SERIES = re.compile(r"[,.]?\s*(?:FO|PREM|CAB|DEFE|CO|DO|WO|AIR|ADM)\s?\d")


# "RG 59, 795.00/6-1853, box 4269, NARA": a record group's call number with the archive named last
_NOTHING_AFTER = re.compile(r"[\s.;,)]*$")


def _archive_named_last(text: str, offset: int) -> Locator | None:
    """ "RG 59, 795.00/3-2853, NARA": the US style that names the archive after the call number
    (only for a record group, which no other archive writes): read as if the archive came first."""
    repo = find_repository(text)
    if repo is None or not _NOTHING_AFTER.fullmatch(text, repo.end()) or not _RECORD_GROUP.match(text):
        return None
    before = text[: repo.start()].rstrip(" ,;")
    read = parse_locator(f"{repo.group('repo')}, {before}", 0)
    if read is None or read.repository not in ("NARA", "NA"):
        return None
    return replace(read, text=text[: repo.end()].strip(), span=Span(offset, offset + repo.end()))


def _after_name(text: str, repo: re.Match[str]) -> int:
    """Where a call number begins after the archive's name (and a "(hereafter X)" closing it)."""
    closing = _HEREAFTER_END.match(text, repo.end())
    return closing.end() if closing else repo.end()


@of_clauses
def parse_locator(text: str, offset: int, archive: str = "", continued: bool = False) -> Locator | None:
    """Read an archival call number in `text` (a clause at `offset` in the note).

    Returns None unless the text names a repository and at least one identifier, or
    gives two or more locator fields (a call number whose archive was named earlier).
    With `continued` (the text follows an "Ibid."), one field is enough. `archive` is the
    archive an unnamed call number continues: its keys are read as that archive's
    ("Ibid., f. 17" after ANIC is a leaf); the locator still carries no repository.
    """
    # a call number closed by the square bracket of a record cited inside prose ("… [Record of
    # conversation, 3 May 1950, AVPRF, f. 0100, …, ll. 11–14]") ends as at a round one
    written, text = text, text.replace("]", ")")
    if (named_last := _archive_named_last(text, offset)) is not None:
        return named_last
    repo = find_repository(text)
    if repo is not None and _ARCHIVE_AS_SUBJECT.match(text, repo.end()):
        return None
    code = _REPO_CODE[repo.group("repo")] if repo else archive
    if repo is not None:  # "Archiwum Akt Nowych (hereafter AAN)": the archive, then its short form
        rest = _NAME_REST.match(text, repo.end())  # "Diplomatski arhiv … poslova Srbije (DAMSPS)"
        at = rest.end() if rest else repo.end()
        gloss = _GLOSS_AFTER_NAME.match(text, at)  # "… Levéltára [Hungarian National Archives] (hereafter MOL)"
        opened = _HEREAFTER_START.match(text, gloss.end() if gloss else at)
        short = _REPO_RE.match(text, opened.end()) if opened else None
        if short is not None and _HEREAFTER_END.match(text, short.end()):
            repo = short
    if repo is not None:  # a call number ends where the next archive is named
        following = _REPO_RE.search(text, repo.end())
        if following is not None:
            text = text[: following.start()]
    if repo is not None and code == "NA" and repo.group("repo") == "NA" and not _CZECH_NA.search(text):
        # "NA, RG 59, …", "US NA, …": the US National Archives; "NA, FO 371/…": the British one; any
        # other NA is kept as written with its keys (the Czech one only in Czech context)
        if _US_NA.search(text[: repo.start()]) or _RECORD_GROUP.match(text, repo.end()):
            code = "NARA"
        else:
            code = "TNA" if _UK_SERIES.match(text, repo.end()) else ""
    search_from = repo.end() if repo else 0
    fields: dict[str, str] = {}
    first = last = None
    keyed_at: set[int] = set()
    where: dict[str, tuple[int, int]] = {}
    if code == "MOL" and (unit := _HU_GROUP_UNIT.search(text, search_from)) is not None:
        fields.update(opis=unit.group("cs"), delo=unit.group("oe"))
        first, last = unit.start(), unit.end()
        pages = _HU_BARE_PAGES.match(text, unit.end())
        if pages:
            fields["list"] = pages.group("id")
            last = pages.end()
    if code == "MOL" and (group := _HU_GROUP_YEAR.search(text, search_from)) is not None:
        fields.setdefault("opis", group.group("cs"))
    compact = compact_call_number(text, _after_name(text, repo), code) if repo is not None else None
    if compact is not None:  # "RGASPI 558.11.492.57", "AVPRF, 06/12a/59/395"
        fields.update(compact[0])
        first, last = compact[1], compact[2]
        keyed_at.add(first)
    if code == "MOL":
        for m in _HU_POSTFIX.finditer(text, search_from):
            fields.setdefault(_HU_KEYS.get(m.group("key") or "", "delo"), m.group("id"))
            first = m.start() if first is None else first
            last = m.end()
    for m, key in _keyed(text, search_from, code, continued and repo is None):
        ident = m.group("id").rstrip(".").strip()
        end = m.end()
        if key == "papka" and (code in RUSSIAN_SCHEME or not code):
            if page_after_file(code, m.group("key"), ident, fields, repo is not None):
                key = "list"  # "d. 329, p. 4", "d. 454, pp. 224-28, 231-38": the file's pages
            elif m.group("key").lower() == "pp":
                continue
        if key != "list" and "," in ident:  # "d. 14, 420311": only pages run on after a comma
            head, rest = ident.split(",", 1)
            ident = head.strip()
            end = m.start("id") + len(ident)
            pages = bare_pages(code, rest.strip(), text[m.end() :]) if key == "delo" and repo is not None else None
            if pages is not None and "list" not in fields:  # "d. 3, 100-3": the file's pages, unkeyed
                fields["list"] = pages
                end = m.end()
        if not any(ch.isdigit() for ch in ident) and not re.fullmatch(r"[IVXLC]+", ident):
            if not (code == "NA" and key == "fond" and _PARTY_FOND.fullmatch(ident)):
                continue  # (the Czech party's fond by its initials: "f. KSČ-ÚV")
            series = re.match(r" \d{2}/\d{1,2}(?=[,;.]|$)", text[end:])
            if series:  # "f. KSČ-ÚV 02/1": the party's fond with its number after a space
                ident, end = ident + series.group(0), end + series.end()
        if key in fields:
            continue
        if code == "MOL" and key != "list" and re.search(r"\d+\.\s*$", text[: m.start()]):
            # "61. doboz. 5/b": the box's number stands before its key, the folder after it (a leaf's
            # or page's key stands before its number even after a full stop: "002183/1967. L. 5.")
            continue
        verso = None
        if key == "list":  # "Л. 9–27 об.", "l. 5ob.": the back of the leaf, kept as written
            verso = _VERSO.match(text, m.start("id") + len(ident.rstrip("обob").rstrip()))
            if verso:
                ident = ident.rstrip("обob").rstrip()
        if key == "list" and re.fullmatch(r"\d+(?:[a-z]|ff)?", ident) is None and not re.search(r"[–—-]|,", ident):
            continue
        if verso:
            ident, end = ident + verso.group(0), verso.end()
        fields[key] = ident
        keyed_at.add(m.start())
        where[key] = (m.start(), end)
        first = m.start() if first is None else first
        last = end
    ocr = _OCR_LEAF_AFTER.match(text, last) if last is not None and "list" not in fields else None
    if ocr:  # "d. 412, 11. 41–44": the OCR's digits for "ll." right after the file
        fields["list"] = ocr.group("id")
        keyed_at.add(ocr.start("key"))
        last = ocr.end()
    if code in _SERIES_BEFORE_YEAR and "fond" in where and "opis" in where:
        between = text[where["fond"][1] : where["opis"][0]].strip(" ,.;")
        if re.search(r"[^\W\d_]", between):  # "F. 14/AP, OU, V. 1960": the series holds the inventory's place
            del fields["opis"]
    named_fond = re.search(r"\bfond\s+(?P<name>[^\d,;][^,;]*?)\s*(?=,|;|$)", text[search_from:], re.IGNORECASE)
    if named_fond and "fond" in fields and len(named_fond.group("name")) > len(fields["fond"]):
        fields["fond"] = named_fond.group("name").strip()  # ANIC: "fond CC al PCR – Secția Relații Externe"
    if code in _F_NAMES_FOND:
        named_f = re.search(r"(?:^|[\s,])f\.\s+(?P<name>[^\d\s,;][^,;]*?)\s*(?=,|;|$)", text[search_from:])
        if named_f and len(named_f.group("name")) > len(fields.get("fond", "")):
            fields["fond"] = named_f.group("name")  # Czech "f. MNO 1963", "f. Ministerstvo zahraničního obchodu"
    shape = _DOCUMENT_SHAPES.get(code) if repo is not None else None
    if repo is not None and shape is not None:
        doc = next((d for d in shape.finditer(text, repo.end()) if not _is_year_span(d.group("id"))), None)
        if doc:
            fields.setdefault("document", doc.group("id"))
            last = max(last or 0, doc.end())
            pages = _FMA_PAGES_RE.match(text, doc.end())
            if pages and "list" not in fields and not _YEAR.match(pages.group("id")):
                fields["list"] = pages.group("id")
                last = pages.end()
    file_shape = _FILE_SHAPES.get(code) if repo is not None else None
    if file_shape is not None and "file" not in fields and (numbered := file_shape.search(text, repo.end())):
        fields["file"] = numbered.group("id")
        keyed_at.add(numbered.start())
        first = numbered.start() if first is None else min(first, numbered.start())
        last = max(last or 0, numbered.end())
    if repo is not None and code in _KEYED_ONLY and "folder" not in fields and first is not None:
        if last is not None and (quoted := _QUOTED_FOLDER.match(text, last)) is not None:
            fields["folder"] = quoted.group("id").strip()
            last = max(last or 0, quoted.end())
    if repo is not None and code == "NARA":
        last = max(last or 0, _nara_decimal_file(text, repo.end(), fields, where)) or last
    if repo is not None and code in _LAST_NUMBER_IS_DOCUMENT and keyed_at:
        doc = _LAST_NUMBER.search(text, min(keyed_at))  # after the keys, before any page
        if doc and "document" not in fields:
            fields["document"] = doc.group("id")
            last = max(last or 0, doc.end())
    unkeyed = ()
    if repo is not None and code in _NUMBERED_FOND:
        unkeyed = _numbered_fond(text, repo, keyed_at)
    elif repo is not None and code not in _KEYED_ONLY:
        unkeyed = _unkeyed_fond(text, repo, code, keyed_at)
    if code == "NA" and unkeyed and unkeyed[0][0] == "fond" and fields.get("fond", "")[:1].isdigit():
        if _PARTY_FOND.fullmatch(unkeyed[0][1]):  # "NA, KSČ-ÚV, f. 02/1": the party's fond KSČ-ÚV-02/1
            fields["fond"] = f"{unkeyed[0][1]}-{fields['fond']}"
            first = min(first or unkeyed[0][2], unkeyed[0][2])
    if repo is not None:
        for key, value, start, end in unkeyed:
            if key not in fields and value not in fields.values():
                fields[key] = value
                first = start if first is None else min(first, start)
                last = max(last or 0, end)
        for key, rx in _UNKEYED if code == "MOL" else ():
            um = rx.search(text, repo.end())
            if um and key not in fields and not any(um.group("id") == v for v in fields.values()):
                fields[key] = um.group("id")
                first = um.start() if first is None else min(first, um.start())
                last = max(last or 0, um.end())
    if repo is None and continued and code == "MOL":  # "Ibid., 145. doboz, 5/c, 003500/1967": after an Ibid.
        for key, rx in _UNKEYED:
            um = rx.search(text)
            if um and key not in fields and not any(um.group("id") == v for v in fields.values()):
                fields[key] = um.group("id")
                first = um.start() if first is None else min(first, um.start())
                last = max(last or 0, um.end())
    if repo is None and not continued and first is not None and _IBID_BEFORE.search(text[:first]):
        continued = True  # "… 30 июля 1956 г. см.: Там же. Л. 19–21": one key after an Ibid. is enough
    if repo is None and continued and first is not None and "file" not in fields:
        first = _file_after_ibid(text[:first], fields, first)
    if not fields or (repo is None and len(fields) < (1 if continued else 2)):
        return None
    if repo is None and not continued and _PUBLISHED.search(text[: first or 0]):
        return None  # "FRUS, 1952–1954, vol. 15, doc. 711, p. 1440": a published document and its page
    start = repo.start() if repo else (first or 0)
    end = max(last or 0, repo.end() if repo else 0)
    ordered = tuple((k, fields[k]) for k in LOCATOR_ORDER if k in fields)
    unknown = None
    if repo is None and not archive and not continued:  # "ЦА ФСБ. Ф. 4-ос. Оп. 5. Д. 12": an archive no lexicon knows
        unknown = _UNKNOWN_ARCHIVE.search(text[:start]) or _SHORT_FORM_BEFORE.search(text[:start])
        words = re.split(r"[ -]", unknown.group("code")) if unknown is not None else []
        if words and words[0] in _ARCHIVE_OF:
            words = words[:1]  # "ЦА МНРП. Ф. 4": the central archive of a party is an archive
        if any(w in _NOT_ARCHIVES or re.fullmatch(r"[IVXLC]+", w) for w in words):
            unknown = None  # "FRUS, …", "XII, …" (a Roman series)
        if unknown is not None:
            start = unknown.start("code")
    return Locator(
        repository=code if repo else (unknown.group("code") if unknown else ""),
        repository_text=repo.group("repo") if repo else (unknown.group("code") if unknown else ""),
        fields=ordered,
        text=written[start:end].strip(),
        span=Span(offset + start, offset + end),
    )
