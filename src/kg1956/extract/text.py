"""Split a note into clauses: the units citation rules read.

A clause ends at a semicolon, at a full stop that ends a sentence (not an initial such as
"I.F." or an abbreviation such as "op." or "Ф."), or at a colon that introduces a cited
record ("…told a Soviet diplomat …: Memo of Conversation …"). Brackets and quotes are
never split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg1956.extract.lexicon import MONTHS, REPOSITORIES
from kg1956.extract.memo import listed
from kg1956.models import Span

_OPEN = "([{«“‘"
_CLOSE = ")]}»”’"
_PAIRS = dict(zip(_CLOSE, _OPEN, strict=True))

# Abbreviations after which a full stop does not end a clause.
_ABBREVIATIONS = frozenset(
    """
    no nos vol vols p pp f ff op d l ll pa ed eds trans transl comp repr rev esp cf
    ch chap fig art sec st mr mrs messrs dr prof gen col maj lt capt jr sr vs etc ca c cde mme
    jan feb mar apr jun jul aug sep sept oct nov dec univ dept n tow tov sygn stellv s
    ф оп д л лл п т тов г гг с см ст вып кн ч т.е им ред сост пер
    """.split()
)
_COMM_START = re.compile(
    r"\s*(?:(?:memo(?:randum)?|record|minutes|notes?|transcript)\s+of\s+(?:the\s+)?conversation"
    r"|conversation\s+(?:of|between)|letter\s+(?:to|by|from)|telegram\s+(?:to|from)"
    r"|запись\s+беседы|из\s+дневника)",
    re.IGNORECASE,
)


_MONTH_NEXT = re.compile(
    r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(?:\d|$)"
    # a Roman month: "3. IV. 1963", "3. III 1962"
    r"|(?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\.\s*|\s+)(?:1[89]|20)\d\d\b",
    re.IGNORECASE,
)
# Initials of two letters: Russian-style ("Yu.", "Zh."), Hungarian digraphs ("N. Sz. Hruscsov", "Gy.") and
# Polish "Wł." (Władysław), "Cz." (Czesław); Romanian "Gh." (Gheorghe), "Şt." (Ştefan); Serbo-Croatian
# "Lj.", "Nj.", "Dž.".
_DIGRAPH_INITIALS = frozenset(
    "Yu Ya Ye Yo Iu Ia Ie Zh Ch Sh Kh Ts Ju Ja Je Sz Zs Cs Gy Ny Ty Ly Wł Cz Gh Şt Șt Lj Nj Dž Дж Dzh Ю Я".split()
)
# ГАРФ's "Ф. Р-5446"; the OCR's space before the stop ("Л . 31–35")
# "Там же. Записи от 7 и 14 марта …": the entries of the diary an Ibid. points back to
_ENTRIES_NEXT = re.compile(r"(?:записи|запись)\s+(?:от|за)\s+\d", re.IGNORECASE)
_IBID_BEFORE = re.compile(r"(?<!\w)там\s+же$", re.IGNORECASE)
# "op. cit." after its author and before its page, written with full stops
OP_CIT_WORDS = r"(?:op\.\s*cit|указ\.\s*соч|цит\.\s*соч)"
_OP_CIT_NEXT = re.compile(rf"^{OP_CIT_WORDS}\b", re.IGNORECASE)
_OP_CIT_BEFORE = re.compile(rf"(?<!\w){OP_CIT_WORDS}$", re.IGNORECASE)
# what stands right before them: an author's name (capitalised words and initials after the start,
# a space or a colon), maybe then "Op. cit." itself (its first letter in either case)
_AUTHOR_OP_CIT = re.compile(
    r"(?:^|(?<=[\s:;(]))(?:[A-ZА-ЯЁ][\w'’-]*\.?\s*){1,4}?(?:[.,]\s*)?"
    rf"(?:(?i:{OP_CIT_WORDS})\.?)?$"
)
_PAGE_NEXT = re.compile(r"^(?:pp?|PP?|[СсS]|стр)\.\s*[\dIVXivx]")
_LOCATOR_NEXT = re.compile(
    r"^(?:Ф|Оп|Д|П|Л|Лл|Op|D|P|Pa|L|Ll|F)\s?\.\s*(?:[\dIVX]|[РR]-\d)"
    r"|^(?:Ед\.\s*хр|Х/н|Kh/n)\.?\s*\d|^Х\.\s*\d"  # "Оп. 23. Ед. хр. 112", Mongolian "Д. 1. Х/н 212. Х. 5"
    r"|^(?:Пер|Док)\.\s*\d|^(?:Перечень|Документ)\s+\d"  # RGANI's fond 89: "Ф. 89. Пер. 45. Док. 12"
    r"|^(?:Sygn|K)\.\s*\d"  # a Polish file and its leaves in the same style: "AAN. KC PZPR. Sygn. 2641. K. 1–6"
    r"|^(?:Папка|Дело|Опись|Фонд|Листы?)\s+\d"  # the keys spelled out: "Оп. 37. Папка 187. Д. 6"
)


# A call number in the bibliographic (GOST) style, every part ended by a full stop: the archive,
# then its series, country and year ("MOL. XIX-J-1-j. Korea. 1967. 61. doboz. 5/b. 002183/1967")
_DOTTED_ARCHIVE = re.compile(
    r"\s*(?:" + "|".join(re.escape(f) for forms in REPOSITORIES.values() for f in forms) + r")\.\s"
)
_CALL_PIECE = re.compile(r"(?!(?:Cf|Ibid|Idem|Id|Ebd|Vgl|Comp|Also)\.)[A-ZÀ-Ž][\w/-]*\.(?:\s|$)")  # "Korea.", not "Cf."


# A book's places of publication in the Russian bibliographic style, joined by semicolons before
# the year: "London; New York, 2012", "М.; Л., 1948"
_PLACE_WORD = r"[A-ZА-ЯЁ][\w-]*\.?"
_PLACE_NAME = rf"{_PLACE_WORD}(?:\s{_PLACE_WORD})?"
_PLACES_JOINED_AFTER = re.compile(rf"\s+{_PLACE_NAME}(?:;\s+{_PLACE_NAME})*,\s*(?:1[89]|20)\d\d\b")
_PLACE_BEFORE = re.compile(rf"(?:^|\.\s)(?:{_PLACE_WORD})(?:\s{_PLACE_WORD})?$")


@dataclass(frozen=True)
class Clause:
    """A piece of a note's text and its span in that text."""

    text: str
    span: Span


def blank_matches(text: str, rx: re.Pattern[str]) -> str:
    """`text` with what `rx` matches replaced by spaces, so offsets stay the note's."""
    return rx.sub(lambda m: " " * len(m.group(0)), text)


# the patterns `ends_sentence` and `split_clauses` ask, compiled once
_LAST_WORD = re.compile(r"([\w’'-]+)$")
_ROMAN_TOKEN = re.compile(r"[IVX]{1,4}")
_WORD_SPACE_END = re.compile(r"[^\W\d] $")
_CYRILLIC_CAPITAL = re.compile(r"[А-ЯЁ]")
_AND_RU_END = re.compile(r"(?:^|\s)и\s*$")
_CAPITAL_AFTER_SPACE = re.compile(r"\s+[A-ZА-ЯЁ]")


def ends_sentence(text: str, i: int, clause_start: int | None = None) -> bool:
    """Whether the full stop at text[i] ends a clause (that began at `clause_start`)."""
    nxt = text[i + 1 : i + 3]
    if len(nxt) < 2 or not nxt[0].isspace():
        return False
    following = text[i + 1 :].lstrip()
    if not following or not (following[0].isupper() or following[0] in "‘“'\"«"):
        return False
    if _LOCATOR_NEXT.match(following):  # "Ф. 0102. Оп. 14. Д. 9": one call number
        return False
    if (
        _OP_CIT_NEXT.match(following) or _OP_CIT_BEFORE.search(text, max(0, i - 12), i) and _PAGE_NEXT.match(following)
    ) and _AUTHOR_OP_CIT.search(text[clause_start or 0 : i]) is not None:
        return False  # "Liang Wenhua. Op. cit. P. 77", "Батболд С. Г. Указ. соч. С. 201": an author's work, one clause
    if _ENTRIES_NEXT.match(following) and _IBID_BEFORE.search(text, max(0, i - 12), i):
        return False  # "Там же. Записи от 7 и 14 марта 1958 г. Л. 52": the diary's entries, in one clause
    if clause_start is not None and _DOTTED_ARCHIVE.match(text, clause_start) and _CALL_PIECE.match(following):
        return False  # "// MOL. XIX-J-1-j. Korea. 1967. 61. doboz": a call number written with full stops
    word = _LAST_WORD.search(text[max(0, i - 60) : i])  # bounded: no rescan of the whole note
    if word is None:
        return True
    token = word.group(1)
    if token.isdigit() and len(token) <= 2 and _MONTH_NEXT.match(following):
        return False  # a German or Czech ordinal day: "am 5. März 1958", "30. Januar 1957"
    ordinal = token.isdigit() and len(token) == 1 or _ROMAN_TOKEN.fullmatch(token)
    before = text[max(0, i - len(token) - 12) : i - len(token)]
    if ordinal and _WORD_SPACE_END.search(before) and not _LOCATOR_KEY_BEFORE.search(before):
        if _OFFICE_NOUN_NEXT.match(following):  # after a word, not after a locator's "ll. 4–7."
            return False  # an ordinal office or department: "der 1. Abteilung", "2. Sekretär", "II. odboru"
    if len(token) == 1 and token.isalpha():  # an initial: "I. Vinogradov"
        return False
    if token == "JI" and _CYRILLIC_CAPITAL.match(following):
        return False  # a scan's "JI." for the initial "Л.": "Е. JI. Титоренко"
    if len(token) == 2 and token[0].isupper() and token[1].islower() and text[i - 3 : i - 2] == ".":
        return False  # a digraph initial: "N.Ye. Torbenkov", "G.Ie."
    if token in _DIGRAPH_INITIALS:
        return False  # "Yu. Andropov", "Ya. Malik"
    if (
        token.lower() == "др"
        and _CYRILLIC_CAPITAL.match(following)
        and not _AND_RU_END.search(text[max(0, i - 8) : i - 2])
    ):
        return False  # Bulgarian "на др. Т. Живков" (другаря, comrade) before initials; never "и др." (etc.)
    if "-" in token and token.lower().rsplit("-", 1)[1] in _RANKS:
        return False  # a compound rank: "Lt-Col. J. Hrubeš", "Maj-Gen. X"
    if token.lower() in _OFFICE_ABBREVIATIONS:
        return not _name_next(following)  # "velv. J. Sedláka", but "the Czech velv. Telegram from …"
    return token.lower() not in _ABBREVIATIONS


# the office or department nouns an ordinal stands before in German, Czech, Slovak, Polish, Serbo-Croatian,
# Romanian and Bulgarian titles ("Leiter der 1. Abteilung", "1. Sekretär", "vedoucí 1. odboru")
_OFFICE_NOUN_NEXT = re.compile(
    r"(?:(?:außereuropäischen|europäischen|fernöstlichen|territorialen)\s+)?"
    r"(?:abteilung|hauptabteilung|sekretär|stellvertreter|botschaftssekretär|sektor|verwaltung|direktion"
    r"|oddělení|odbor|tajemník|náměst|oddelen|sekretarz|wydzia|departament|sekretar|odeljenj|odjel"
    r"|secretar(?!y\b|ies\b|iat\b)|direcți|direcţi|секретар|отдел|управлени)\w*\b",  # never English "Secretary"
    re.IGNORECASE,
)
# a locator's key before the number: "Reel 3. Secretary Dulles …", "box 3. Sekretär …" end a clause
_LOCATOR_KEY_BEFORE = re.compile(
    r"(?:^|[\s(,;])(?:box|boxes|reel|roll|part|folder|file|vol|volume|no|nr|series|carton|doboz|karton|fasc"
    r"|busta|svazek|teczka|mappe|band|heft|dosar|fond|inventar|sv|t|k|f|op|d|l|ll|p|pp|bl|s|c)\.? $",
    re.IGNORECASE,
)


# an office or "signed" abbreviated before a name ("amb. Kiryluk", "velv. J. Sedláka", "gez. Wandel"): no
# clause's end before the name, but one before a new record or sentence ("… with the Czech velv. Telegram
# from …", "… the Polish amb. Next day …")
_RANKS = frozenset("col gen maj lt capt adm cdr brig".split())
# Polish ranks and titles: "z płk. Hà Văn Lâu", "z ks. Souvanną Phoumą" (książę, prince), "gen.", "kpt.", "mjr."
_OFFICE_ABBREVIATIONS = frozenset("amb wicemin wiceprem velv elvt gez płk ppłk mjr kpt ks".split())
_NOT_A_NAME = frozenset(
    """
    telegram telegrams letter letters note notes notatka report record memorandum memo conversation talk talks
    cable despatch dispatch message minutes bericht vermerk aktenvermerk gespräch unterredung brief schreiben
    telegramm niederschrift information záznam zpráva dopis informace szyfrogram depesza sprawozdanie pismo
    list informacja protokół stenogram raport jelentés feljegyzés levél távirat notă scrisoare stenograma
    next the a an on in at see cf then after before also this that these those he she they it his her their
    we our when while since but and or ibid idem op according later earlier there here
    """.split()
)
_NAME_NEXT = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][a-zà-öø-ÿā-ſ]?\.|(?P<word>[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w’'-]+))")


def _name_next(following: str) -> bool:
    m = _NAME_NEXT.match(following)
    return bool(m) and (m.group("word") is None or m.group("word").lower() not in _NOT_A_NAME)


@listed  # the note reader, the loose reading and the lead-in check each split the same note
def split_clauses(text: str) -> list[Clause]:
    """Split a note's text into clauses with their spans (whitespace trimmed)."""
    clauses: list[Clause] = []
    stack: list[str] = []
    start = 0

    def close(end: int, resume: int) -> None:
        nonlocal start
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        if body:
            clauses.append(Clause(body, Span(start + lead, start + lead + len(body))))
        start = resume

    for i, ch in enumerate(text):
        if ch == '"':  # straight quotes open and close alike: a title in them is never split
            if stack and stack[-1] == '"':
                stack.pop()
            elif not stack and (i == 0 or text[i - 1] in " ([\t\n") and '"' in text[i + 1 : i + 300]:
                stack.append('"')
                continue
        if ch in _OPEN and not (ch == "‘" and i > 0 and text[i - 1].isalpha()):
            stack.append(ch)
        elif ch in _CLOSE and stack and stack[-1] == _PAIRS[ch]:
            if ch == "’" and i + 1 < len(text) and text[i + 1].isalpha():
                continue  # an apostrophe inside a word: "Chung’ang"
            stack.pop()
        if stack:
            continue
        if ch == ";" and _PLACES_JOINED_AFTER.match(text, i + 1) and _PLACE_BEFORE.search(text, 0, i):
            continue  # "Washington; Stanford, 2003": a book's places of publication, joined by a semicolon
        if ch == ";":
            close(i, i + 1)
        elif ch == "/" and text[i - 1 : i + 2] == " //":
            close(i, i + 2)  # GOST style: "Record … 14 мая 1956 г. // АВП РФ …"
        elif ch == "." and ends_sentence(text, i, start):
            close(i + 1, i + 1)
        elif ch in '”"' and text[i - 1 : i] in ".!?" and _CAPITAL_AFTER_SPACE.match(text, i + 1):
            close(i + 1, i + 1)  # a quoted sentence ends: '… our situation." Record of conversation …'
        elif ch == ":" and _COMM_START.match(text, i + 1):
            close(i + 1, i + 1)
    close(len(text), len(text))
    return clauses
