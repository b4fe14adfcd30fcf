"""Diary citations: the diarist, the span the diary covers, and the entries cited."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg1956.extract.bodies import is_organization, is_press
from kg1956.extract.dates import find_dates, make_date, read_date_list, read_day_list
from kg1956.extract.lexicon import PUBLIC_OCCASIONS
from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.names import parse_participant, unnamed_party
from kg1956.extract.parties import date_in, people_until_date
from kg1956.extract.records_romance import is_romance_place
from kg1956.models import Communication, DateValue, NameMention, Participant, Span

_DIARY = re.compile(
    r"дневник\s+на\s+(?=[А-ЯЁ])|"  # Bulgarian "Дневник на Тодор Живков" (of), before the Russian word alone
    # ("Journal of Cold War Studies", "Journal of Modern History": a periodical's title, no diary)
    r"(?:(?:excerpts?|extract)\s+)?(?:from\s+the\s+)?(?:diary|journal)\s+of\s+(?!(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}"
    r"(?:Studies|History|Affairs|Politics|Research|Review|Economics|Law|Sciences?|Relations|Quarterly)\b)|(?:из\s+)?(?:(?:служебн|рабоч|личн)(?:ый|ого|ом)\s+)?дневник[аи]?\s+"
    # "Запись в дневнике В.С. Шабалина от 7 марта 1967 г.": the entry, then the diary it is in
    r"|запис[ьи]\s+в\s+(?:(?:служебн|рабоч|личн)ом\s+)?дневнике\s+"
    r"|(?:iz\s+)?(?:(?:sluzhebn|rabo[cč]h?|lichn)(?:yi|yj|ogo|om)\s+)?dnevnik[ai]?\s+"
    # "Dziennik [Diary] of T. X", "Tagebuch (diary) of X": the word in its language, glossed, then "of"
    r"|(?:dziennik|deník|denník|tagebuch|dnevnik|napló|diario|jurnalul)\s*[\[(](?:diary|journal)[\])]\s+of\s+"
    # a person's name after it, with an initial or a first name; no body ("of Polish Radio", "of the Embassy")
    r"(?=(?:[A-ZÀ-ŽА-ЯЁ]\.\s*|[A-ZÀ-ŽА-ЯЁ][\w'’-]+\s+)[A-ZÀ-ŽА-ЯЁ])"
    r"(?!(?:[\w'’.-]+\s+){0,3}(?:Radio|Committee|Embassy|Secretariat|Ministry|Office|Bureau|Council|Legation|"
    r"Mission|Presidium|Politburo|Department|Agency|Service|Army|Party)\b)"
    r"|tagebuch\s+(?:des|der|von)\s+|deník\s+|dziennik\s+"
    # Bulgarian "Дневник на X", Romanian "Jurnalul lui X", Italian "Diario di X", Spanish "Diario de X",
    # Slovak "Denník X"
    r"|jurnalul\s+lui\s+|diario\s+(?:di|del|de)\s+(?!(?:la|el|los|las|sesiones)\b)|denník\s+",
    re.IGNORECASE,
)
_ENTRY = re.compile(
    r",?\s*\b(?:entry|entries|запись|записи|eintrag(?:ung)?|záznam|zapis(?:['’ʹ]\s+besedy)?|запис)"
    r"(?:\s+(?:of|for|from|от|за|vom|für|ze|z|od|од))?\s+",
    re.IGNORECASE,
)
_NAME_TAIL = re.compile(
    r"[,\s]+(?:for|of|from|covering|за|с|от|(?:for|covering)\s+the\s+period(?:\s+(?:from|of))?|за\s+период(?:\s+с)?"
    r"|za\s+period(?:\s+s)?)?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Diary:
    """A diary citation: the diarist, the span the diary covers, the entries cited."""

    diarist: NameMention | None
    covers: tuple[DateValue | None, DateValue | None] | None
    entries: tuple[Communication, ...]
    consumed: int
    unnamed: str | None = None  # "the Hungarian envoy in Pyongyang": a diarist named only by role


def entry_dates(text: str, covers: tuple[DateValue | None, DateValue | None] | None) -> tuple[list[DateValue], int]:
    """The dates after "entry"/"entries": "24 October", "of 6, 12 and 17 November",
    "May 28", "22 April 1960", "14 and 21 January"; a missing year comes from the
    span the diary covers. Returns the dates and the characters read."""
    listed = read_date_list(text)
    if listed:
        return listed[0], listed[1]
    full = date_in(text, 0)
    if full is not None and full.span.start == 0 and full.value is not None:
        return [full.value, *full.more], full.span.end
    days = read_day_list(text)
    if days is None or covers is None:
        return [], 0
    pairs, used = days
    values = [v for v in (_in_span(month, day, covers) for month, day in pairs) if v is not None]
    return values, used


def _in_span(month: int, day: int, covers: tuple[DateValue | None, DateValue | None]) -> DateValue | None:
    """Give "entry 24 October" the year that puts it inside the span the diary covers."""
    start, end = covers
    years = sorted({int(v.iso[:4]) for v in covers if v is not None})
    candidates = [make_date(y, month, day) for y in range(years[0], years[-1] + 1)] if years else []
    for value in candidates:
        if value is None:
            continue
        if (start is None or value.iso >= start.iso[: len(value.iso)]) and (end is None or value.iso <= end.iso + "~"):
            return value
    return next((v for v in candidates if v is not None), None)


_POSSESSIVE_DIARY = re.compile(
    r"^(?P<x>[^,;:()]{3,60}?)(?:[’']s\s+diary(?:,?\s+entr(?:y|ies))?\s+(?:of|for|from|on)"
    # "Mićunović, diary entries of 3, 4 and 7 November 1956, in …": the diarist, then the entries
    r"|,\s+diary\s+entr(?:y|ies)(?:\s+(?:of|for|from|on))?"
    # "Puzanov diary, entry of 14 January 1958": the diarist's name, then "diary" and the entry
    r"|\s+diary,?\s+entr(?:y|ies)(?:\s+(?:of|for|from|on))?)\s+",
    re.IGNORECASE,
)


_YEAR_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)?\d\d)\b(?!\s*[–—-]?\s*\d)")
_QUOTED_DIARY = re.compile(
    r"^[“\"„«](?P<inner>(?:(?:из|iz)\s+)?(?:дневник|dnevnik|diary|from\s+the\s+diary|journal|tagebuch|deník|dziennik)[^“”\"„«»]{3,200}?)"
    r"[,.]?[”\"“»][\s,.]*(?:\[[^\[\]]{3,300}\])?",
    re.IGNORECASE,
)


# "Siedlecki, diary, 12–18 February 1967": the diarist's name, then the word, then the days
# "Puzanov's journal, 13 May 1958", "Puzanov's journal for 10–16 March 1958": the possessive, then the days
# "X, diary, …", "X's diary, …" and "X diary, …" (the name before the word, as a catalogue writes it)
_NAME_THEN_DIARY = re.compile(
    r"^(?P<x>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)(?:,\s+|[’']s\s+|(?<![’']s)\s+(?=diary|journal))(?:[Dd]iary|[Jj]ournal)(?:,\s+|\s+(?:for|of)\s+)(?=\d|entr)"
)


# "T. Zabłocki, 'Dziennik pekiński' (Peking diary), entries for …", "Zabłocki, 'Dziennik pekiński', 18
# February – 4 March 1957", "A. Smith, 'Moscow Journal', entry for …", "T. Zabłocki, Peking diary, …":
# the writer, then his diary's title — quoted with a gloss that calls it a diary, quoted with the word in
# it (the Polish, Russian, German, Czech or Hungarian word followed by a word in lower case: "Dziennik
# Polski" is a newspaper), or a place's name before the word — then the days
_QUOTE_OPEN, _QUOTE_CLOSE, _NOT_QUOTE = "[‘'\"“„]", "[’'\"”]", "[^‘’'\"“”„]"
_TITLED_DIARY = re.compile(
    r"^(?P<x>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+),\s+(?:"
    rf"{_QUOTE_OPEN}{_NOT_QUOTE}{{2,60}}{_QUOTE_CLOSE}\s*\((?:[\w’']+\s+)?(?:diary|journal)\)"
    rf"|{_QUOTE_OPEN}(?:{_NOT_QUOTE}*\s)?(?:[Dd]iary|[Jj]ournal){_NOT_QUOTE}*{_QUOTE_CLOSE}"
    rf"|{_QUOTE_OPEN}(?:Dziennik|Dnevnik|Tagebuch|Deník|Napló)\s+[a-zà-žąćęłńóśźż]{_NOT_QUOTE}*{_QUOTE_CLOSE}"
    r"|[A-Z][a-z]+\s+(?:diary|journal))"
    # then an entry or a day ("18 February – 4 March 1957", "4–9 May"), never a bare year: "D. Bodde, Peking
    # diary, 1950, pp. 14–15" is a book, its year of publication no day of a diary
    r"(?:,\s+|\s+(?:for|of)\s+)(?=entr|\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+[A-Z][a-z]|\d{1,2}\.\s?[IVX]+\.)"
)

# the day after a title names an event or an issue, not a diary's entry
_NOT_A_DIARY_DAY = re.compile(rf"[^,;()]{{0,30}}?\b\d{{4}}\s+(?:{PUBLIC_OCCASIONS})\b", re.IGNORECASE)
# a journal kept by a body (an embassy's, a ministry's), in the languages of the genre
_BODYS_DIARY = re.compile(
    r"\b(?:embassy|legation|mission|consulate|ministry|department|office|committee|secretariat|"
    r"ambasady|poselstwa|konsulatu|ministerstwa|wydziału|velvyslanectví|vyslanectví|ministerstva|"
    r"Botschaft|Gesandtschaft|Ministeriums|nagykövetség\w*|minisztérium\w*|ambasadei|legației|"
    r"посольства|миссии|министерства)\b",
    re.IGNORECASE,
)


def _bare_name_diary(text: str, named: re.Match[str]) -> bool:
    """ "K.P.S. Menon diary, …": the name right before the word, with no comma or "'s"."""
    return re.match(r"\s+(?=[Dd]iary|[Jj]ournal)", text[len(named.group("x")) :]) is not None


def _name_then_diary(text: str, offset: int, named: re.Match[str] | None = None) -> Diary | None:
    """Read "X, diary, <days>" as "Diary of X, <days>" would be, offsets kept to the note's."""
    named = named or _NAME_THEN_DIARY.match(text)
    if named is None:
        return None
    lead = "Diary of "
    found = read_diary(lead + named.group("x") + ", " + text[named.end() :], offset - len(lead))
    if found is None or found.diarist is None or found.diarist.is_organization:
        return None  # "Soviet Embassy, diary, 12 February 1967": a body (which embassy, unsaid) keeps no diary here
    if is_organization(named.group("x")) or not looks_like_name(named.group("x")):
        return None
    if is_press(named.group("x")):
        return None  # "Pravda's journal, 14 May 1958, p. 3": a newspaper's issue, no diary
    if _bare_name_diary(text, named) and not _person_named(found.diarist):
        return None  # "K.P.S. Menon diary, …" is a man's; "Kovács diary" alone may be a title
    consumed = found.consumed + named.end() - len(lead) - len(named.group("x")) - 2  # back to this text's offsets
    span = Span(offset, offset + consumed)
    entries = tuple(Communication(e.kind, e.date, e.participants, span, e.unnamed) for e in found.entries)
    return Diary(found.diarist, found.covers, entries, consumed, found.unnamed)


# Polish "dziennik" and Czech "deník" also mean a daily newspaper ("Dziennik Polski", "Deník
# Práva"), and a German "Tagebuch" may be a body's ("Tagebuch der Botschaft"): after these
# words the diarist must be plainly a person – an office before the name ("Dziennik
# ambasadora H. Grochulskiego") or a name of two words or more ("Tagebuch des Attachés Gerhard
# Wenning"), never one word alone
_NEWSPAPER_WORD = re.compile(r"tagebuch|deník|dziennik|diario|denník|jurnalul|дневник\s+на", re.IGNORECASE)


def _person_named(diarist: NameMention) -> bool:
    words = diarist.text.split()
    if diarist.is_organization or is_organization(diarist.text) or is_press(diarist.text):
        return False
    return bool(diarist.role) or (len(words) >= 2 and all(w[:1].isupper() for w in words))


def read_diary(text: str, offset: int) -> Diary | None:
    """ "Diary of the Soviet Ambassador A.M. Puzanov, 1 October to 25 October 1959,
    entry 24 October"; "Diary of V.I. Pelishenko, 11–31 January 1957, entries 14 and 21
    January"; "Diary of Ambassador A.M. Puzanov, entry 22 April 1960";
    "Из дневника посла А.М. Пузанова, 5–9 марта 1958 г."."""
    titled = _TITLED_DIARY.match(text)
    if titled and (_NOT_A_DIARY_DAY.match(text, titled.end()) or _BODYS_DIARY.search(titled.group(0))):
        # "Mastny, 'The Diary of a Cold Warrior', 14 March 2005 lecture": a day of an event;
        # "W. Gomułka, 'Dziennik ambasady' (Embassy journal), 3 May 1957": a body's journal, not his
        titled = None
    if titled and (found := _name_then_diary(text, offset, titled)) is not None:
        return found
    named = _NAME_THEN_DIARY.match(text)
    if named:
        found = _name_then_diary(text, offset)
        if found is not None or not _bare_name_diary(text, named):
            return found  # ("Pelishenko diary, entry of …", refused here, is read below as it was)
    quoted = _QUOTED_DIARY.match(text)
    if quoted:  # '"Dnevnik A. M. Puzanova za period s 1 po 15 oktiabria 1957 g." [Diary of …], entry for …'
        blank = " " * (quoted.end() - quoted.end("inner"))
        text = " " + quoted.group("inner") + blank + text[quoted.end() :]
        lead = re.match(r"\s*", text).end()
        found = read_diary(text[lead:], offset + lead)
        return (
            None
            if found is None
            else Diary(found.diarist, found.covers, found.entries, found.consumed + lead, found.unnamed)
        )
    owned = _POSSESSIVE_DIARY.match(text)
    if owned:  # "Ivanov's diary entry of 24 July 1956"
        owner = owned.group("x")
        lead = re.match(r"(?:(?:cf\.?|see|also|and)\s+)*", owner, re.IGNORECASE).end()  # "cf. Zimianin's diary"
        diarist = parse_participant(owner[lead:], offset + owned.start("x") + lead)
        if diarist is None:
            return None
        values, used = entry_dates(text[owned.end() :], None)
        entries = tuple(
            Communication(
                "diary_entry", v, (Participant(diarist, "diarist"),), Span(offset, offset + owned.end() + used)
            )
            for v in values
        )
        return Diary(diarist, None, entries, owned.end() + used) if entries else None
    m = _DIARY.match(text)
    if not m:
        return None
    rest = text[m.end() :]
    record = re.search(
        r",\s*(?:record|memorandum|memo|minutes|notes|conversation|zapis['’ʹ]\s+besedy)(?!\w)", rest, re.IGNORECASE
    )
    if record:  # "diary of X (role), record of conversation with Y, …": the rest is the record
        rest = rest[: record.start()]
    entry_m = _ENTRY.search(rest)
    head = rest[: entry_m.start()] if entry_m else rest
    listed = people_until_date(head) if entry_m is None else None
    if diarist_days := (listed is not None and listed.date is not None and listed.more):
        # "Diary of A.M. Puzanov, 2 and 4 March 1958", "… за 12 и 15 марта 1958 г.": the days cited
        head = head[: listed.end]
    dates = [d for d in find_dates(head) if not d.partial]
    name_end = min([d.span.start for d in dates] + [len(head)])
    # "Diary of X, 1957–1960 (Moscow, 2010)": a span of years, which no later date (a publication's) replaces
    years = _YEAR_SPAN.search(head, 0, name_end + 1) if not diarist_days else None
    if years is not None:
        name_end = years.start()
    name_text = _NAME_TAIL.sub("", listed.body if diarist_days else head[:name_end])
    diarist = parse_participant(name_text, offset + m.end())
    if diarist is not None and _NEWSPAPER_WORD.match(m.group(0)) and not _person_named(diarist):
        return None  # "Dziennik Polski", "Deník Práva", "Tagebuch der Botschaft": a newspaper or a body
    if diarist is not None and _NEWSPAPER_WORD.match(m.group(0)) and is_romance_place(diarist.text):
        return None  # "Diario de Centro America" (a paper), "Diario del Che en Bolivia": a place is no diarist
    unnamed = None if diarist else unnamed_party(name_text)
    if diarist is None and unnamed is None:
        return None
    covers = None
    consumed = m.end() + len(name_text)
    full = [d for d in dates if d.value is not None]
    if years is not None:
        first, last = years.group(1), years.group(2)
        last = first[: 4 - len(last)] + last
        covers = (DateValue(first), DateValue(last))
        consumed = m.end() + years.end()
        full = []
    elif full:
        covers = (full[0].range_start or full[0].value, full[0].value)
        consumed = m.end() + full[0].span.end
    values: list[DateValue] = []
    if entry_m:
        values, used = entry_dates(rest[entry_m.end() :], covers)
        if values:
            consumed = m.end() + entry_m.end() + used
    elif diarist_days:
        values, covers = [listed.date.value, *listed.more], None
        consumed = m.end() + listed.end
    elif full and full[0].range_start is None:
        values, covers = [full[0].value], None  # "Из дневника …, 3 апреля 1957 г.": one day's entry
    entries = tuple(
        Communication("diary_entry", v, (Participant(diarist, "diarist"),), Span(offset, offset + consumed))
        for v in values
        if diarist is not None
    )
    return Diary(diarist, covers, entries, consumed, unnamed)
