"""A person's diary cited under its own title, then by its entries: one diary entry a day cited.

    "A. Ivanov, Pekinskie zametki, vol. 2 (Moscow, 1999), entries for 3 and 8 May 1957, 41–47."
    "K. Tanaka nikki, entries 2–9 June 1958" (the Japanese word for a diary, no English one)
    "Ivanov's pocket calendar (Taschenkalender), entries of 4 and 6 May 1957, …"
    "Ivanov, Memoirs, vol. 1, 10–19 (entries of June 1957)."
    "Record …, 3 May 1957. Ivanov's diary entries for 3 and 4 May add little."

The words "entry"/"entries" (Eintragungen, записи) name a diary's days, so the person the
citation opens with (before a comma, a possessive "'s" or a word for a diary) kept that diary;
the title between may be anything that names no other person's talk. The entries' days are read
by `entry_dates` (a list, a range of days, a month); a day without a year takes the one year the
title names ("Taschenkalender 1959, entries for 1–14 January"). Nothing is read when the opening
words are no person's name ("Foreign Relations of the United States, …", "Ibid., entries …"),
a newspaper's, or when another entry word or a sentence's end comes first.
"""

from __future__ import annotations

import re

from kg1956.extract.bodies import is_organization, is_press
from kg1956.extract.dates import find_dates
from kg1956.extract.diaries import Diary, entry_dates
from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.names import parse_participant
from kg1956.models import Communication, DateValue, Participant, Span

# a word for a diary that may follow its keeper's name directly ("X nikki", "X riji", "X Journal")
_DIARY_WORD = r"(?:[Dd]iary|[Jj]ournal|nikki|riji|dnevnik|Tagebuch|[Dd]ziennik|[Dd]eník|[Nn]apló|[Tt]aschenkalender)"
_NAME = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+"
_HEAD = re.compile(
    rf"^(?P<x>{_NAME}?)(?:[’']s\s+|,\s+|\s+(?={_DIARY_WORD}\b))"
    # the title, its volume, editor and publisher: no clause's end, no second entry word
    r"(?P<mid>(?:(?!\b(?:entr(?:y|ies)|Eintr(?:ag|agung)(?:en)?|записи?)\b)[^;\n]){0,220}?)"
    r"(?:,\s*|\s*\(\s*|(?<=[Dd]iary)\s+|(?<=[Jj]ournal)\s+)(?P<word>entr(?:y|ies)|Eintr(?:ag|agungen|agung)|записи?)(?:\s+(?:of|for|from|vom|von|от|за))?\s+"
    r"(?=\d|[A-Z][a-z]|[а-я])",
)
# a range of days without its year ("1–14 January")
_DAYS_NO_YEAR = re.compile(r"\d{1,2}\.?\s*[–-]\s*\d{1,2}\.?\s+[^\W\d_]+\.?(?![\w\s]*\d{4})")
# words that open a sentence, not a name ("For Zhou Enlai's visit see …", "See X's …")
_NOT_A_KEEPER = re.compile(r"(?:For|See|Cf|In|On|At|The|And|Also|By|From|With|To|As|After|Before)\b")
# a diary or a reference named inside the title: its own head, which other rules read ("… see Diary of X, entry …");
# a sentence's verb or another man's possessive ("X's impressions are in Y's diary entries of …": Y's diary)
_OTHER_HEAD = re.compile(
    r"\b(?:see|cf\.|diary\s+of|journal\s+of|дневник\w*|dnevnik\w*|Tagebuch\s+(?:des|der|von)|is|are|was|were)\b|\w[’']s\b",
    re.IGNORECASE,
)
# a title that names no one's diary: a chronology, a reference work, a register or log, a series of files, a
# record of talks ("Gilbert, Chronology of the Cold War", "Ivanov, Register of Visitors 1957", "Dulles, Telephone
# Calls Series", "Ivanov's notes on the talks with Gromyko", "Hansard, Parliamentary Debates")
_NO_DIARY_TITLE = re.compile(
    r"\b(?:chronolog\w*|chronicle\w*|archives?|debates?|register\w*|regist(?:ry|ries)|book|log|logs|calendar\s+of|"
    r"series|memorand\w*|conversations?|talks?|telephone|index|indexes|minutes|protocols?|reports?|"
    r"encyclop\w*|nianpu|hansard|visitors?|with|mit|с)\b",
    re.IGNORECASE,
)
# a diary's word that makes one surname a keeper ("Ulbricht's diary entries …", "Kádár Napló", "Ivanov's notebook");
# not "Journal", "nikki", "riji" alone, which a body's or a newspaper's title ends in too ("Senate Journal",
# "Gaimusho nikki", "Wall Street Journal")
_KEEPERS_DIARY = re.compile(
    r"^(?:[\w\s]{0,20}?\b)?(?:diary|diaries|dnevnik\w*|Tagebuch|Tagebücher|Notizbuch|Notizbücher|Taschenkalender|"
    r"napló|notebooks?|dziennik|deník|working\s+notes|rabochie\s+zapisi)\b",
    re.IGNORECASE,
)
# words no person's name holds: "Wall Street", "House", "Senate", "Radio", "Ship"
_NO_NAME_WORD = re.compile(
    r"\b(?:Street|House|Senate|Congress|Radio|Ship|Journal|Times|Post|Review|Gazette|Herald|Recorder|Archives?|"
    r"Contemporary|Embassy|Ministry|Committee|Secretariat|Gaimusho|Waijiaobu|Army|Corps|Cabinet|Presidium)\b"
)


# entries said not to survive
_LOST = re.compile(r"[\s,]*(?:\([^()]*\)\s*)?(?:are|is|were|was)\s+(?:now\s+)?(?:lost|missing|destroyed)\b")

# the end of a sentence inside the title (a full stop after a word of three letters or more)
_SENTENCE_END = re.compile(r"[a-z]{3}\.\s+[A-Z]")


def could_keep_a_diary(name: str) -> bool:
    """Whether `name` reads as a person who could keep a diary: never a body, a newspaper, a
    legislature's or a ministry's journal ("Senate Journal", "Gaimusho nikki")."""
    return looks_like_name(name) and not (is_organization(name) or is_press(name) or _NO_NAME_WORD.search(name))


def read_titled_entries(text: str, offset: int, before: tuple[DateValue, ...] = ()) -> Diary | None:
    """ "X, <title>, entries of D1 and D2": X's entries of those days, or None. Days without a year
    take the title's one year, else the one year of `before`, the dates of the talks and records read in
    the note before it ("Record …, 24 November 1961. X's diary entries for 24 and 25 November …"), never a
    book's imprint or an interview's date."""
    m = _HEAD.match(text)
    if m is None or _SENTENCE_END.search(m.group("mid")):
        return None
    name = m.group("x")
    if _NOT_A_KEEPER.match(name) or _OTHER_HEAD.search(m.group("mid")):
        return None
    if not could_keep_a_diary(name):
        return None
    if _NO_DIARY_TITLE.search(m.group("mid")):
        return None  # "Smith, The Hungarian Revolution: A Chronology, entries …": a chronology's, no diary's
    if len(name.split()) < 2 and not _KEEPERS_DIARY.match(m.group("mid")):
        # one surname alone, then a title ("Eisenhower, Waging Peace", "Shepilov, Neprimknuvshii"): an author's
        # memoir as often as a diary; read only when a diary's word follows the keeper
        return None
    diarist = parse_participant(name, offset)
    if diarist is None or diarist.is_organization:
        return None
    title = re.sub(r"\([^()]*\)", " ", m.group("mid"))  # "(Tokyo, 2001)": the year of publication, no entry's
    years = {v.value.iso[:4] for v in find_dates(title) if v.value is not None}
    if not years:
        years = {v.iso[:4] for v in before}
    covers = (DateValue(min(years)), DateValue(max(years))) if len(years) == 1 else None
    values, used = entry_dates(text[m.end() :], covers)
    days = _DAYS_NO_YEAR.match(text, m.end())
    if not values and days is not None and len(years) == 1:  # "entries for 1–14 January" of the title's year
        values, used = entry_dates(f"{days.group(0)} {min(years)}", None)
        used = min(used, len(days.group(0)))
    if not values:
        return None
    if _LOST.match(text, m.end() + used):
        return None  # "Mikoyan's diary entries for 3 and 4 May are lost": no entry survives to be cited
    end = m.end() + used
    if m.group(0).rstrip().endswith("(") and text[end : end + 1] == ")":
        end += 1
    entries = tuple(
        Communication("diary_entry", v, (Participant(diarist, "diarist"),), Span(offset, offset + end)) for v in values
    )
    return Diary(diarist, None, entries, end)
