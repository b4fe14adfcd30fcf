"""A last, looser reading of an archival note in which no rule found a talk: a word for a talk,
the preposition "with" of the note's language, a named person, and a date in the same clause.

Every rule reads one wording whole ("Record of conversation of X with Y, date"); an author who
puts anything else in between ("Беседа X с Y состоялась 9 мая 1956 г. в Кремле", "reporting the
commissioner's conversation with Y on 10 March", "Notatka z rozmowy X z Y [gloss], Khang Khay,
14 IX 1961") is read by none. This reading asks only for the frame most talks share, in any of
the genre's languages:

    talk word … with-word PERSON [and PERSON] … DATE

- the talk word is a noun or verb of talking (conversation, talks, spoke, беседа, rozmowa,
  razgovor, rozhovor, Gespräch, convorbire, entretien …), and the with-word follows it within
  a few words (whose owner, if named there, is the other party: "X's conversation with",
  "беседы X с", "rozmowy X z", "conversation of X with"); a clause that opens with a person
  who "spoke/met/talked with" or "reported his talk with" someone names that person, and so
  does one whose persons stand "in conversation with" ("X, in conversation with", "X и Y в беседе с");
- every person after the with-word must read as a person (not a place, a state, a body or
  an archive), up to the end of the name list;
- the date is the first full date (or list of days) after them in the clause, or else the
  clause's only date; it must name a month at least, so an author–year reference never dates
  a talk; a day without its year takes the year of the clause's other date.

It runs only where the note cites an archive and no published work, and only on the clauses
no talk a rule read falls in (a message a rule read may report the talk the clause tells, but its
own words are the message's); a talk on a day a rule's talk is dated is left out (the author's
sentence and the record it cites tell one talk). What it finds joins the citation that
holds it (or the nearest archival citation after it, else before).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from kg1956.extract.bodies import plainly_person
from kg1956.extract.dates import (
    RESPECTIVELY,
    DateMatch,
    days_of,
    find_dates,
    make_date,
    read_date_list,
    shared_precision,
)
from kg1956.extract.first_letters import by_first_letter
from kg1956.extract.gloss_fallback import holding_citation
from kg1956.extract.lexicon import STATES_EN
from kg1956.extract.loose_guards import (
    FIXED_BEFORE_WITH,
    FOR_A_TALK,
    FUNCTION_WORDS,
    GERMAN_COMMON_NOUN,
    NO_PERSON_WORDS,
    NOT_HELD,
    QUOTED,
    REPORTED_IN,
    WRITTEN,
    another_events_date,
)
from kg1956.extract.loose_subjects import subject_talk
from kg1956.extract.names import parse_participant, unnamed_party
from kg1956.extract.places import is_place, is_place_any_case, is_site
from kg1956.extract.roles import is_role_word
from kg1956.extract.text import Clause, split_clauses
from kg1956.models import Citation, Communication, DateValue, NameMention, NoteExtraction, Participant, Span

# a word for a talk, by language; each is followed by its language's "with"
_FRAMES: tuple[tuple[str, str, str], ...] = (
    # English nouns and verbs
    (
        "en",
        r"conversations?|talks?|discussions?|meetings?|interviews?|audiences?|"
        r"spoke|speaks|talked|met|conferred|negotiations?",
        r"with|between",
    ),
    # Russian (Cyrillic and transliterated)
    ("ru", r"бесед[аеуыоми]\w*|разговор\w*|встреч[аеиуо]\w*|переговор\w*", r"со?|между"),
    ("ru", r"besed[aeyuo]\w*|razgovor\w*|vstrech\w*|peregovor\w*", r"so?|sa|mezhdu"),
    # Polish, Czech/Slovak, Serbo-Croatian, Bulgarian in Latin letters
    ("west-slavic", r"rozm[oó]w\w*|rozhovor\w*|razgovor\w*|rozgovor\w*", r"z|ze|s|se|sa|między|mezi|između"),
    # German
    ("de", r"Gespr[äa]ch\w*|Unterredung\w*|Aussprache\w*|Unterhaltung\w*", r"mit(?:\s+(?:dem|der|den))?|zwischen"),
    # Romanian, French, Italian
    ("romance", r"convorbir\w*|[îi]ntrevederi?\w*|entretiens?|colloqui[oa]?\w*|conversazion[ei]", r"cu|avec|con"),
)
_CUE = re.compile(
    "|".join(
        rf"(?P<cue{i}>\b(?:{cue})\b)(?P<gap{i}>[^;:()\[\]]{{0,60}}?)\s+(?P<with{i}>(?:{with_}))\s+"
        for i, (_, cue, with_) in enumerate(_FRAMES)
    ),
    re.IGNORECASE,
)
# what ends the list of people after "with": a stop, a bracket, a place or time word, a verb
_LIST_END = re.compile(
    r"\s*(?:[,;:()\[\]\"“”„«»]|\s(?=\d)|\s(?:on|at|during|about|concerning|regarding|of|from|to|was|were|is|are|"
    r"that|who|which|что|который|dass|że|že|"
    r"в|во|на|о|об|по|от|состоял\w*|проходил\w*|w|we|u|na|o|am|im|in|über|vom|au|à|le|din|la|în|despre)\s)"
)
_AND = re.compile(r"\s*(?:,\s*|\s+(?:and|и|i|a|und|și|et|e)\s+)")
_BETWEEN = frozenset("between между mezhdu między mezi između zwischen".split())
# "A, B and the Chinese ambassador": a list the comma does not end
_LIST_GOES_ON = re.compile(
    r",\s+(?=[^\W\d_])[^,;:()\d]{1,40}?(?:,\s+[^,;:()\d]{1,40}?)*,?\s+(?:and|и|i|a|und|și|et)\s+[^\W\d_]"
)
# "X's conversation", "the commissioner's talks": the owner before the talk word
_OWNER_BEFORE = re.compile(
    r"(?P<owner>[^\s,;:()\[\]\"“”„«»]+(?:\s+[^\s,;:()\[\]\"“”„«»]+){0,3})(?:[’']s|(?<=s)[’'])\s+"
    r"(?:(?:first|second|third|last|two|three|several|long|lengthy|brief|short|private|secret|confidential"
    r"|farewell|final|further|earlier|later|official|informal|unofficial|telephone|frank|stormy|tense|angry"
    r"|crucial|decisive|famous|well-known|introductory|courtesy|initial)\s+){0,2}$"
)
# the clause's subject, a person, before a verb of talking or reporting: "X spoke with", "X reported his talk with"
_SUBJECT = re.compile(
    r"^(?P<subject>(?:[^\s,;:()]+\s+){0,4}[^\s,;:()]+)\s+(?:[a-z]\w*\s+){0,2}?"
    r"(?:spoke|talked|met|conferred|reported)"
    r"(?:\s+(?:his|her|their|the))?\s*$"
)
# the subject before "in conversation with": "X, in conversation with", "X и Y в беседе с", "X w rozmowie z"
_IN_TALK_OWNER = re.compile(
    r"^(?P<subject>[^,;:()\[\]\"“”«»]{2,80}?)(?P<aside>,[^,;:()]{1,80})?,?\s+"
    r"(?:in|during|в|во|w|we|im|in\s+einem|v|ve|în|dans)\s+"
    r"(?:(?:a|an|the|one|private|long|brief|telephone|einem|un|une|своей|одной\s+из)\s+)*$",
    re.IGNORECASE,
)
# an aside between the subject and "in conversation with" that is no office: someone's words, a report
_NO_OFFICE_ASIDE = re.compile(
    r"\b(?:said|says|told|wrote|reported|recalled|claimed|noted|according|as|so|laut|zufolge|przez|by|według|podle"
    r"|selon|secondo|după|potrivit|по\s+словам|как|wie|jak|come|comme|presented|przedstawione|erörtert|discussed)\b",
    re.IGNORECASE,
)
# a subject of "in conversation with" that is a thing, a body or a file: "Sprawa Berlina", "Die Berlinfrage",
# "Die SED-Führung", "Walter Ulbricht Papers", "Ulbrichts Plan"
_NO_SPEAKER = re.compile(
    r"^(?:the|die|der|das|la|le|il|lo)\s|\b(?:papers|papiere|nachlass|collection|fond|bestand|führung|leitung"
    r"|kierownictwo|vedení|conducerea|sprawa|kwestia|stanowisko|otázka|frage|plan|plans|problem|question|issue"
    r"|position|matter)\b|\w(?:frage|ung|heit|keit|schaft|ismus|ität)\b",
    re.IGNORECASE,
)
_TALK_VERB = re.compile(
    r"(?:spoke|speaks|talked|met|conferred|беседовал\w*|встречал\w*|встретил\w*|разговаривал\w*|besedoval\w*"
    r"|rozmawiał\w*|hovořil\w*|razgovarao|sprach|traf)\b",
    re.IGNORECASE,
)
# the subject of a talk verb: "X spoke with", "X, the Yugoslav ambassador in Moscow, first spoke with"
_VERB_SUBJECT = re.compile(
    r"^(?P<subject>(?:[^\s,;:()]+\s+){0,4}[^\s,;:()]+)(?:,[^,;:()]{1,80},)?\s+(?P<adverbs>(?:\w+\s+){0,2})$"
)
_OWNER_LEAD = re.compile(r"^\s*(?:of|between|des|der|von|tow\.|s\.|cde\.|comrade)\s+", re.IGNORECASE)
_ABBREVIATION = re.compile(r"[A-ZА-ЯЁ](?:[a-zа-яё]?[A-ZА-ЯЁ])+[a-zа-яё]?")  # "SShA", "KPdSU", "ChSSR"
_TOKEN = re.compile(r"[^\s,]+")
_NEXT_NAME = re.compile(r"\s+[A-ZÀ-ÖØ-ÞА-ЯЁ]")  # an office in lower case before the next name
_JOINS = frozenset("van von der den de du da di del la le bin ibn al el ben y и i a und și et e".split())
# an office the object of "received" is named by: "the Polish commissioner", "советскому послу"
_OFFICE_LEAD = re.compile(r"(?:the|an?)\s|[а-яё]", re.IGNORECASE)
# a clause that ends a sentence: a full stop after a word that is no abbreviation or initial
_SENTENCE_END = re.compile(r"(?<![\s.][А-ЯЁA-Z])(?<!\bг)(?<!\bгг)(?<!\bl)(?<!\bll)(?<!\bp)(?<!\bpp)\.$")
# a sentence that opens by naming the talk's own record, whose call number is the talk's before it ("The Soviet
# records are in …", "The minutes: …", "Запись беседы: …"); never another thing's ("Records show that …",
# "Minutes of the Presidium session …", "The Presidium minutes", "Notes taken by X have not survived")
_RECORD_WORD = (
    r"(?:records?|minutes|notes|cables?|telegrams?|reports?|memorand\w*|transcripts?|запис\w*|телеграмм\w*"
    r"|notatk\w*|szyfrogram\w*|záznam\w*|Vermerk|Aufzeichnung|Bericht|feljegyzés\w*|jelentés\w*)"
)
_RECORD_OPENS = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:(?:Soviet|Russian|Polish|Czech|Czechoslovak|Hungarian|Romanian|Bulgarian|East\s+German"
    r"|German|Chinese|Yugoslav|Albanian|American|British|French|Finnish|Mongolian|Vietnamese|Korean|Cuban|Indian"
    r"|Egyptian|Italian|Austrian|Japanese|official|full|original|only|same)\s+)?"
    rf"{_RECORD_WORD}\s*(?::|\((?!\d)|(?:(?:is|are)\s+(?:printed\s+|published\s+|kept\s+|filed\s+|held\s+)?)?in\b)"
    r"|(?:Запись|Zapis'?)\s+(?:беседы|besedy)\b|Record\s+of\s+(?:the\s+)?conversation\b",
    re.IGNORECASE,
)
# a record named in a sentence's first words ("Cf. the Chinese record of …"), enough when the talk's own clause
# holds its call number and the next sentence only adds another
_RECORD_NEAR = re.compile(rf"(?:[^\s,;:()\d]+\s+){{0,3}}?{_RECORD_WORD}\b", re.IGNORECASE)
# "Zakharov's cable to Gromyko, 7 June 1962, …": a record a party to the talk wrote
_OWN_RECORD = re.compile(rf"(?P<owner>[^\W\d_][\w-]*)[’']s\s+(?:own\s+)?{_RECORD_WORD}\b", re.IGNORECASE)
# between a told talk and its date: a quotation a verb of saying follows ('"on a new basis," the Pravda
# … wrote'), or a paper, a record or an event the date is "of" ("the Pravda of 29 November"); never a
# part of a day or month ("in the early hours of", "in the second half of") nor a quoted name or word
_ANOTHER_THINGS = re.compile(
    r"\b(?:issue|edition|number|pravda|izvestia|izvestiia|borba|tass|note|notes|declaration|statement|communiqu[ée]"
    r"|letter|telegram|cable|report|record|minutes|memorandum|article|editorial|speech|interview|broadcast|plenum"
    r"|congress|conference|decision|resolution|treaty|agreement|journey|trip|visit|uprising|ultimatum|message"
    r"|diary|entry|protocol|directive|decree|elections?)\s+of\s*$",
    re.IGNORECASE,
)
# the words a verb of another language may leave between its people and the talk's date: a place at most
# ("w Moskwie", "v Bratislavě", "am", "la", "il")
_PLACE_GAP = re.compile(
    r"\s*(?:(?:w|we|v|ve|in|im|à|a|la|în|na|nel|nella|au|en|bei|u|pe)\s+(?:(?:der|dem|den|il|le|la|l['’])\s*)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*)?\s*,?\s*)?(?:am|le|la|il|l['’]|dne|dnia|din|on)?\s*"
)
# a sentence after a Polish year ("… 1956 r. Notatki Ochaba …") that the clause splitter keeps in the clause
_YEAR_MARK_SENTENCE = re.compile(r"\s*r\.\s+(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])")
# "saw X" before its date: again, and a place at or in which (never "as weak", "on television")
_SEEN_AT = re.compile(
    r"\s*(?:again\s+)?(?:(?:at|in)\s+(?:the\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:of\s+|the\s+)*[A-ZÀ-ÖØ-Þ][\w'’.-]*)*"
    r"\s*,?\s*)*(?:on|in)?\s*"
)
# a thing received: an award ("Order Lenina", "Premio Stalin", "Ordinul Lenin")
_AWARD = re.compile(r"(?:Order|Orderu|Orden|Ordinul|Řád|Premio|Premiul|Prix|Nagrod|Medal|Medaille)\w*\b")
# a Czech or Polish possessive adjective before its noun: "přijal Chruščovův návrh", "Chruščovovu nabídku"
_POSSESSED_THING = re.compile(r"(?<=ův)|(?<=ov[auoy]|in[auoy])\s+[^\W\d_A-ZÀ-ÖØ-Þ]{4,}", re.UNICODE)
# a German noun after a genitive or as a lone word: "Ulbrichts Forderung", "Chruschtschows Plänen"
_GERMAN_THING = re.compile(r"\w+s\s+\w+(?:en|ern|ären|nen|ungen|ung|keit|heit|schaft|ionen|ität)$")
_COUNTED = re.compile(
    r"\b(?:twice|thrice|dwukrotnie|dwa\s+razy|dvakrát|zweimal|de\s+două\s+ori|due\s+volte|deux\s+fois)\b",
    re.IGNORECASE,
)
# what may stand between a day without its year and the full date that lends it one: a plain coordination
# ("on 24 October and again on 30 October 1956"), or a count of days to it ("six days before … of 9 October")
_DAYS_JOINED = re.compile(r"\s*,?\s*(?:and|i|a|und|et|și|e|и)\s+(?:again\s+)?(?:on\s+)?", re.IGNORECASE)
_DAYS_COUNTED = re.compile(
    r",?\s*(?:\w+|a)\s+(?:days?|weeks?)\s+(?:before|after)\s+[^,;:()]{0,60}?\s+(?:of|on)\s+", re.IGNORECASE
)
# or the record that reports the talk, in brackets ("on Nov. 20 (Stoichev's report of Nov. 22, 1962")
_DAYS_REPORTED = re.compile(
    r"\s*\(\s*(?:[^\W\d_][\w'’.-]*\s+){0,3}?(?:report|record|cable|telegram|memorandum|minutes|letter|note)s?"
    r"\s+(?:of|dated|from)\s+",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"[\"“”«»„]")
_SAYING = re.compile(
    r"\b(?:wrote|writes|said|says|called|reported|declared|stated|announced|noted|claimed|commented|put\s+it)\b"
)
_TALK_KINDS = frozenset({"conversation", "diary_entry"})
_SET_OFF_BEFORE = re.compile(r"(?:^|[,(]|\bdated)\s*$")
_SET_OFF_AFTER = re.compile(r"\s*(?:[,.;:)]|$)")
_DAY = re.compile(r"(?<![\w.])\d{1,2}(?=[\s,]|\.\s)")
_POSSESSIVE = re.compile(r"^\s*(?:his|her|their|its|the|a|an|two|three|several|first|last|second)\b")
# a pronoun or a possessive whose person the clause does not name: "his conversation with", "Он беседовал с"
_PRONOUN = re.compile(
    r"\b(?:his|her|their|he|she|they|its|him|them)\b|(?<!\w)(?:он|она|они|его|её|ее|их|ему|ей|им)(?!\w)"
    r"|\b(?:jego|jej|ich|seine[mnrs]?|ihre[mnrs]?|er|sie|jeho|její|njegov\w*|njen\w*)\b",
    re.IGNORECASE,
)

# the guards asked only whether they occur, their alternatives tried by first letter (the same answers)
_NOT_HELD, _QUOTED, _WRITTEN, _REPORTED_IN = map(by_first_letter, (NOT_HELD, QUOTED, WRITTEN, REPORTED_IN))


def read_loose_talks(first: NoteExtraction) -> NoteExtraction:
    """`first` with the talks the loose frame finds in the clauses of an archival note that no
    communication of `first` falls in, on days none of them is dated (a talk told in the author's
    sentence and then cited by its record is one talk, read once)."""
    citations = first.citations
    if not _archival(citations):
        return first
    read = [comm for c in citations for comm in c.communications]
    talks = [comm for comm in read if comm.kind in _TALK_KINDS]  # a message a rule read may report the talk told
    text = first.note.text
    archives = {loc.repository_text for c in citations for loc in c.locators}
    located = [(loc.span.start, loc.span.end) for c in citations for loc in c.locators]
    found: dict[int, list[Communication]] = {}
    dated = [  # the dates set off as a record's ("Cable, 2 January 1957,"): a year-less day may take their year
        d.value
        for d in find_dates(text)
        if d.value is not None
        and not d.range_start
        and not any(a <= d.span.start < b for a, b in located)
        and _SET_OFF_BEFORE.search(text, 0, d.span.start)
        and _SET_OFF_AFTER.match(text, d.span.end)
    ]
    clauses = split_clauses(text)
    for k, clause in enumerate(clauses):
        if any(_overlap(comm.span, clause.span) for comm in talks):
            continue
        for comm in _talks_in(text, clause.span, archives, located, dated):
            if any(_overlap(comm.span, other.span) for other in read):
                continue  # a rule read these words: a message's title, its sender or addressee
            if any(_same_days(comm, other) for other in talks) or _another_records(clauses, k, comm, located, archives):
                continue
            home = _home(citations, comm.span)
            if home is not None:
                found.setdefault(home, []).append(comm)
    if not found:
        return first
    new = list(citations)
    for i, comms in found.items():
        new[i] = replace(new[i], communications=new[i].communications + tuple(comms))
    return replace(first, citations=tuple(new))


def _another_records(
    clauses: list[Clause], k: int, comm: Communication, located: list[tuple[int, int]], archives: set[str]
) -> bool:
    """Whether the call number after clause `k` is another record's: a clause after it, up to the
    call number, tells another talk ("; запись беседы Юдина с Дэн Сяопином сохранилась (…)") or
    another dated event that no message reports ("; 14 ноября посол вновь был у Мао (…)"), or the
    call number closes another sentence."""
    stems = {_stem(w) for p in comm.participants for w in p.mention.text.split() if len(w) >= 3}
    own = clauses[k].span
    cited = any(own.start <= a and b <= own.end and a >= comm.span.end for a, b in located)
    for before, later in zip(clauses[k:], clauses[k + 1 :], strict=False):
        named = _names_record(later.text, stems) or cited and _RECORD_NEAR.match(later.text) is not None
        if _SENTENCE_END.search(before.text) and later.text[:1].isupper() and not named:
            return True  # "…; так считал посол. Иначе думали в Москве (АВП РФ …)": another sentence's call number
        for m in _CUE.finditer(later.text):
            others, _ = _people_after(later.text, m.end(), later.span.start, archives)
            if others and not all(any(_stem(w) in stems for w in p.text.split() if len(w) >= 3) for p in others):
                return True
        if find_dates(later.text) and not _REPORTED_IN.search(later.text):
            return True
        if any(a < later.span.end and b > later.span.start for a, b in located):
            return False
    return False


def _names_record(text: str, stems: set[str]) -> bool:
    """Whether a sentence opens by naming the record of the talk before it: "The Soviet minutes are in …",
    or a record one of its parties wrote ("Zakharov's cable to Gromyko, …")."""
    if _RECORD_OPENS.match(text):
        return True
    own = _OWN_RECORD.match(text)
    return own is not None and _stem(own.group("owner")) in stems


def _stem(word: str) -> str:
    """A name's first three letters, folded ("Thompson" and "Tompsonom" share "tom")."""
    plain = "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(ch))
    return plain.replace("th", "t")[:3]


def _overlap(a: Span, b: Span) -> bool:
    return min(a.end, b.end) > max(a.start, b.start)


def _same_days(comm: Communication, other: Communication) -> bool:
    """Whether two talks may be one: undated, or one's date within the other's."""
    if comm.date is None or other.date is None:
        return True
    return comm.date.iso.startswith(other.date.iso) or other.date.iso.startswith(comm.date.iso)


def _archival(citations: tuple[Citation, ...]) -> bool:
    return any(c.locators for c in citations) and not any(c.work or c.copies for c in citations)


def _talks_in(
    text: str, span: Span, archives: set[str], located: list[tuple[int, int]], dated: list[DateValue]
) -> list[Communication]:
    """The talks the loose frame reads in one clause of the note."""
    clause = text[span.start : span.end]
    if _NOT_HELD.search(clause) or _QUOTED.search(clause):
        return []
    for m in _CUE.finditer(clause):
        i = next(k for k in range(len(_FRAMES)) if m.group(f"cue{k}") is not None)
        language = _FRAMES[i][0]
        if FOR_A_TALK.search(clause, 0, m.start()):
            continue  # "Справка к беседе X с Y": a paper for the talk
        if FIXED_BEFORE_WITH.search(clause, 0, m.start(f"with{i}")):
            continue  # "w związku z", "in connection with": no party follows
        others, end = _people_after(clause, m.end(), span.start, archives, german=language == "de")
        if not others:
            continue
        if m.group(f"with{i}").lower() in _BETWEEN:
            if len(others) < 2 or m.group(f"gap{i}").strip():
                continue
            owner: list[NameMention] | NameMention | str | None | bool = True  # both sides are in the list
        else:
            english = language == "en"
            owner = _owner(clause, m.start(), m.group(f"gap{i}"), m.start(f"gap{i}"), span.start, archives, english)
        if owner is None or owner is False:
            continue  # nobody named or described on this side: the diarist, "his", "он" — unknown here
        following = _CUE.search(clause, end)
        dates = _dates_after(clause[: following.start()] if following else clause, end, span.start, located, dated)
        parties = (owner if isinstance(owner, list) else [owner] if isinstance(owner, NameMention) else []) + others
        unnamed = (owner,) if isinstance(owner, str) else ()
        comms = _talks(parties, unnamed, dates, Span(span.start + m.start(), span.start + end))
        if comms:
            return comms
    return _subject_talks(clause, span, archives, located, dated)


def _days_told(text: str) -> int:
    """How many days the words after a count name ("twice, on April 7 and 12, 1958": two; "twice in
    May 1960": none)."""
    first = re.search(r"\d", text)
    listed = read_date_list(text[first.start() :]) if first else None
    if listed and len(listed[0]) > 1:
        return len(listed[0])
    return sum(1 for d in find_dates(text) for v in days_of(d) if v is not None and len(v.iso) == 10)


def _subject_talks(
    clause: str, span: Span, archives: set[str], located: list[tuple[int, int]], dated: list[DateValue]
) -> list[Communication]:
    """The talk a clause tells with its people as subject ("X received Y on …", "X and Y met …")."""
    if _WRITTEN.search(clause):
        return []  # "X told Y in a letter of …": a message, not a talk
    talk = subject_talk(clause, span.start, lambda piece, at: _person(piece, at, archives))
    if talk is None:
        return []
    parties, unnamed, end = list(talk.subjects), (), talk.end
    if talk.object_at is not None:
        others, end = _people_after(clause, talk.object_at, span.start, archives, german=talk.german)
        if talk.weak and any(not plainly_person(o) or is_site(o.text) for o in others):
            return []  # "Nehru saw Bhilai on 3 May": one seen must be plainly a man (initials, two names, an office)
        if talk.romance and re.search(r"\s[aà]\s", clause[talk.object_at : end]):
            return []  # "Togliatti ricevette Ponomarev a Roma": a place, not a second guest
        if talk.foreign and others and (_AWARD.match(clause, talk.object_at) or _POSSESSED_THING.match(clause, end)):
            return []  # "przyjął Order Lenina", "přijal Chruščovův návrh": a thing received or accepted
        if talk.german and any(_GERMAN_THING.search(p.text) for p in talk.subjects):
            return []  # "Ulbrichts Forderung traf sich mit …": a demand met a plan
        if not others:
            office = _office(clause, talk.object_at)
            if office is None:
                return []
            unnamed, end = (office,), talk.object_at + len(office)
        parties += others
    lead = talk.subjects[0].span.start - span.start
    counted = _COUNTED.search(clause)
    if counted and _days_told(clause[counted.end() :]) < 2:
        return []  # "received by Khrushchev twice in May 1960": two talks, their days untold
    following = next((d for d in find_dates(clause) if d.span.start >= end), None)
    if following is not None and talk.foreign and not _PLACE_GAP.fullmatch(clause, end, following.span.start):
        return []  # "přijal Zimjanina, jak hlásil velvyslanec 14. května": only a place before the talk's date
    after = _YEAR_MARK_SENTENCE.match(clause, following.span.end) if following is not None else None
    if after is not None and talk.foreign:
        stems = {_stem(w) for p in parties for w in p.text.split() if len(w) >= 3}
        if not _names_record(clause[after.end() :], stems):
            return []  # "… 1956 r. Notatki Ochaba z tego okresu zaginęły (AAN …)": another sentence's call number
    if following is not None and talk.weak and not _SEEN_AT.fullmatch(clause, end, following.span.start):
        return []  # "saw President Kennedy as weak in June", "only on television on …": no meeting
    if following is not None and _ANOTHER_THINGS.search(clause, end, following.span.start):
        return []  # "…, the Pravda of 29 November wrote": the paper's date
    quote = _QUOTE.search(clause, end, following.span.start) if following is not None else None
    if quote is not None and _SAYING.search(clause, quote.end()):
        return []  # 'X and Y held talks "on a new basis," … wrote': what a paper wrote of them
    dates = _dates_after(clause, end, span.start, located, dated, lead)
    return _talks(parties, unnamed, dates, Span(min(p.span.start for p in talk.subjects), span.start + end))


def _office(clause: str, start: int) -> str | None:
    """The office a verb's object names ("the outgoing Polish commissioner", "советскому послу"),
    up to its role word: "the Romanian envoy three times that autumn" is "the Romanian envoy"."""
    stop = _LIST_END.search(clause, start)
    words = clause[start : stop.start() if stop else len(clause)].split()
    for k, word in enumerate(words[:5]):
        if is_role_word(word):
            more = 2 if k + 1 < len(words) and words[k + 1].startswith(("d'aff", "d’aff")) else 1
            phrase = " ".join(words[: k + more])
            if _OFFICE_LEAD.match(phrase) and unnamed_party(phrase):
                return phrase
            return None
    return None


def _talks(
    parties: list[NameMention], unnamed: tuple[str, ...], dates: list[DateValue], at: Span
) -> list[Communication]:
    """One conversation a date, when the parties are distinct and some date was found."""
    if not dates or len({p.text for p in parties}) < len(parties):
        return []
    people = tuple(Participant(p, "interlocutor") for p in parties)
    return [Communication("conversation", date, people, at, unnamed=unnamed) for date in dates]


def _people_after(
    clause: str, start: int, offset: int, archives: set[str], german: bool = False
) -> tuple[list[NameMention], int]:
    """The persons listed after "with", and where the list ends; none when a piece is no person,
    or when the list goes on past a comma ("A, B and the Chinese ambassador": the set is not all named)."""
    stop = _LIST_END.search(clause, start)
    end = _names_end(clause, start, stop.start() if stop else len(clause))
    if _LIST_GOES_ON.match(clause, end):
        return [], end
    body = clause[start:end]
    people: list[NameMention] = []
    at = 0
    for piece in _AND.split(body):
        where = body.find(piece, at)
        at = where + len(piece)
        person = _person(piece, offset + start + where, archives)
        if person is None or german and " " not in person.text and GERMAN_COMMON_NOUN.search(person.text):
            return [], end  # "mit Journalisten", "mit Jugendfunktionären": German nouns, not names
        people.append(person)
    return people, end


def _names_end(clause: str, start: int, end: int) -> int:
    """Where the names end: at the first word in lower case after a name began ("Чжоу Эньлаем
    прошла", "Kong Le at"), a joining word, a particle of a name or an office before the next
    name ("and", "и", "van", "ibn", "премьером") excepted."""
    named = False
    for token in _TOKEN.finditer(clause, start, end):
        word = token.group()
        if word[0].isupper() and word.upper() != word and not _ABBREVIATION.fullmatch(word):
            named = True  # "GDR" in "the GDR chargé d'affaires X", "SShA" in "poslom SShA X" is no name's start
        elif named and word.lower() not in _JOINS and not _AND.fullmatch(f" {word} "):
            if not is_role_word(word) or _NEXT_NAME.match(clause, token.end()) is None:
                return token.start()  # "Andropov before Mikoyan": only an office bridges to the next name
    return end


def _person(piece: str, offset: int, archives: set[str]) -> NameMention | None:
    """`piece` as a named person, or None: a place, a state, an archive, a body, a word in capitals."""
    piece = piece.strip()
    if not piece or any(ch.isdigit() for ch in piece):
        return None
    mention = parse_participant(piece, offset)
    if mention is None or mention.is_organization:
        return None
    name = mention.text
    if name in archives or name.upper() == name or is_place_any_case(name) or name.lower() in STATES_EN:
        return None
    if _PRONOUN.fullmatch(name) or any(w.lower() in FUNCTION_WORDS for w in piece.split()):
        return None  # "Он", "He", "Тогда", "Затем Андропов": no one named
    if re.search(r"[’']s?$", name) or any(w.lower() in NO_PERSON_WORDS for w in re.findall(r"[^\W\d_]+", piece)):
        return None  # "India's weakness", "the National Assembly", "Vertretern der Presse": no person
    if not name[0].isupper():
        return None
    if re.match(r"(?:the|an?)\s", piece, re.IGNORECASE) and len(name.split()) == 1:
        return None  # "the Kremlin", "the departing Indian …": a word after an article is no one's name
    if mention.role and not any(is_role_word(w) for w in mention.role.split()):
        return None  # "Hilfe eines Dolmetschers", "If Mao": words before the name that are no office
    return mention


def _owner(
    clause: str, cue_at: int, gap: str, gap_at: int, offset: int, archives: set[str], english: bool
) -> list[NameMention] | NameMention | str | None | bool:
    """The other party: a person named between the talk word and "with" (genitive or "of X"),
    before the talk word ("X's conversation"), or as the clause's subject; a role (str) when
    only an office is given; None when nobody is; False when what stands there is no person."""
    inner = gap.strip()
    if inner and is_place(inner):
        inner = ""  # "his conversation in Geneva with Eden": where it was held, not whose it was
    if inner and not _POSSESSIVE.match(inner):
        lead = _OWNER_LEAD.match(inner)
        name = inner[lead.end() :] if lead else inner
        at = offset + gap_at + gap.find(inner) + (lead.end() if lead else 0)
        person = _person(name, at, archives)
        if person is not None:
            return person
        role = unnamed_party(name)
        return role if role else False
    if inner and _PRONOUN.search(inner):
        return None
    before = clause[:cue_at]
    inside = _IN_TALK_OWNER.search(before)
    aside = inside.group("aside") if inside else None
    if aside and (_NO_OFFICE_ASIDE.search(aside) or not any(is_role_word(w) for w in re.findall(r"[^\W\d_]+", aside))):
        inside = None  # "Khrushchev, Ulbricht said in a conversation with …": the talk is Ulbricht's
    if inside and _NO_SPEAKER.search(inside.group("subject")):
        return None  # "Die Berlinfrage im Gespräch mit Perwuchin": a question, not a speaker
    if inside:  # "X, in conversation with Y on D, …", "X и Y в беседе с Z …": the clause's subject
        found, at = [], 0
        text = inside.group("subject")
        for piece in _AND.split(text):
            where = text.find(piece, at)
            at = where + len(piece)
            found.append(_person(piece, offset + where, archives))
        return found if found and all(found) else None
    verb = _TALK_VERB.match(clause, cue_at) is not None
    subject = (_VERB_SUBJECT if verb else _SUBJECT).search(before)
    if subject and _PRONOUN.search(subject.group("subject")):
        return None  # "Он беседовал с …": who, an earlier note says
    if subject and (not verb or subject.group("adverbs").islower() or not subject.group("adverbs")):
        person = _person(subject.group("subject"), offset + subject.start("subject"), archives)
        if person is not None:
            return person
    if not english:
        return None
    if _PRONOUN.search(before[-12:]):
        return None  # "his conversation with": whose, the clause does not say
    owned = _OWNER_BEFORE.search(before)
    if owned:
        words = owned.group("owner").split()
        if any(w.lower().strip("’'") in NO_PERSON_WORDS for w in words):
            return None  # "Radio Free Europe's interview": a station's, not a person's
        for k in range(len(words)):  # the longest tail of the words that is a person
            if words[k][0].isupper():
                at = offset + owned.start("owner") + len(" ".join(words[:k])) + (1 if k else 0)
                person = _person(" ".join(words[k:]), at, archives)
                if person is not None:
                    return person
        for k in reversed(range(len(words))):  # else the shortest that is an office: "the Polish commissioner's"
            if (words[k][0].isupper() or words[k].lower() in ("the", "a", "an", "our")) and any(
                is_role_word(w) for w in words[k:]
            ):
                role = unnamed_party(" ".join(words[k:]))
                if role:
                    article = k > 0 and words[k - 1].lower() in ("the", "a", "an", "our")
                    return " ".join(words[k - 1 :]) if article else role
        return None
    return None


def _dates_after(
    clause: str, start: int, offset: int, located: list[tuple[int, int]], dated: list[DateValue], lead: int = 0
) -> list[DateValue]:
    """The talk's dates: the first date or list of days after `start`, unless the words before it
    make it another thing's ("before the uprising of …", "telegram of …"); else a lone date that
    leads the clause before `lead` ("Именно 9 августа 1955 г. Малик …"). A month at least; a
    range of days dated by what both ends share; a day without its year takes the year of the
    note's dates when they all share one (the year before, when that would put the talk after
    them)."""
    found = [d for d in find_dates(clause) if not any(a <= offset + d.span.start < b for a, b in located)]
    after = [d for d in found if d.span.start >= start]
    if after:
        d = after[0]
    elif len(found) == 1 and found[0].span.end <= lead:
        d = found[0]
    else:
        return []
    year = _year_for(d, dated) or _year_after(d, found, clause)
    listed = _list_at(clause, start if after else 0, d.span.end, year if d.partial else None)
    if after and another_events_date(clause[start : listed[1] if listed else d.span.start]):
        return []
    if listed:
        values = listed[0]
    elif d.value is not None:
        values = [shared_precision(d.range_start, d.value)] if d.range_start else days_of(d)
    elif d.partial and d.month and year:
        values = [make_date(int(year), d.month, d.day)]
    else:
        values = []
    if len(values) > 1 and (
        _SPAN_BEFORE.search(clause, 0, listed[1] if listed else d.span.start)
        or (not listed and RESPECTIVELY.match(clause, d.span.end))
    ):
        # "between October 2 and 16, 1957": one span; "on 2 and 16 October, respectively": two talks of other
        # parties each; the first day alone, as before the days were read one a day
        values = values[:1]
    return [v for v in values if v is not None and v.precision != "year"]


# a span's first day ("between 3 and 9 May", "zwischen 3. und 9. Mai", "sometime between", "from"): no list
_SPAN_BEFORE = re.compile(r"\b(?:between|zwischen|from|von|между|között|mezi|między|od)\s*$", re.IGNORECASE)


def _year_for(d: DateMatch, dated: list[DateValue]) -> str | None:
    """The year of a day written without one: the note's, when its dates share one; the year
    before, when the day's month comes more than half a year after the latest of them."""
    years = {v.iso[:4] for v in dated}
    if len(years) != 1 or not d.partial or not d.month:
        return next(iter(years)) if len(years) == 1 else None
    year = next(iter(years))
    latest = max(v.iso for v in dated)
    # "Cable, 2 January 1957, on X's talk with Y on 30 December": the December before
    late = len(latest) >= 7 and d.month - int(latest[5:7]) > 6
    return str(int(year) - 1) if late else year


def _year_after(d: DateMatch, found: list[DateMatch], clause: str) -> str | None:
    """The year of a day written without one, from the next full date of its clause when that
    date's month is not before the day's ("on 22 June and again on 25 June 1962")."""
    if not d.partial or not d.month:
        return None
    later = next((e for e in found if e.span.start >= d.span.end and e.value is not None), None)
    if later is None or len(later.value.iso) < 7 or int(later.value.iso[5:7]) < d.month:
        return None
    gap = clause[d.span.end : later.span.start]
    if not (_DAYS_JOINED.fullmatch(gap) or _DAYS_COUNTED.fullmatch(gap) or _DAYS_REPORTED.fullmatch(gap)):
        return None  # "on 19 October, as Ochab reminded the Politburo in November 1957": another event's year
    return later.value.iso[:4]


def _list_at(clause: str, start: int, end: int, year: str | None) -> tuple[list[DateValue], int] | None:
    """The list of days ("16 и 18 октября 1956 г.", "31 May and 5 June 1951") that ends the date
    found at `end`, read from its first day at or after `start`, and where it begins; a list
    without its year ("on 1 and 2 August") is read with `year` when one is given."""
    for m in _DAY.finditer(clause, start, end):
        # the list as written first ("on 4 March and again on 11 March 1962" holds its own year), then
        # the days up to the date with the year they take
        listed = read_date_list(clause[m.start() :])
        if year is not None and not (listed and listed[1] >= end - m.start()):
            listed = read_date_list(f"{clause[m.start() : end]} {year}")
        if listed and listed[1] >= end - m.start():
            return listed[0], m.start()
    return None


def _home(citations: tuple[Citation, ...], span: Span) -> int | None:
    """The citation that holds most of `span`; else the nearest archival one after it, else before it."""
    best = holding_citation(citations, span)
    if best is not None:
        return best
    after = [i for i, c in enumerate(citations) if c.locators and c.span.start >= span.end]
    if after:
        return after[0]
    before = [i for i, c in enumerate(citations) if c.locators and c.span.end <= span.start]
    return before[-1] if before else None
