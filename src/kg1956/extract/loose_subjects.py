"""Talks told with the people as the sentence's subject, for the loose reading (loose_talks.py):

    "Zhou Enlai and Kim Il Sung met again in Pyongyang on 15 February 1958"
    "Khrushchev received Thompson at the Kremlin on 2 July 1959"
    "Kim Il Sung received the Czechoslovak ambassador Vladimír Holub on 9 May 1963"
    "Stalin met Zhou again on 3 September"; "Zhou Enlai told Kim Il Sung on 15 February 1958 that …"
    "Н.С. Хрущёв и Ю. Цэдэнбал встречались в Пекине 2 октября 1959 г."
    "the Khrushchev–Eisenhower talk of 26 September"; "talks between X and Y"

The subject is the clause's first words ("When" or "Когда" may lead), every piece of it a named
person; the other side is the verb's object (a person, or an office: "the Polish commissioner"),
or a second subject joined by "and"/"и" before a verb of meeting. A pair joined by a dash before a
word for a talk names both sides. What this returns is read as the loose frame's parties; the
date is the loose reading's to find.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg1956.extract.rel_day_words import NEXT_DAY, REL_DAY
from kg1956.models import NameMention

# a verb whose object is the other side of a talk (never one of a message: "informed", "сообщил")
_MEETING_OBJECT = (
    r"received|met(?:\s+with)?|called\s+on|told|assured|briefed|empfing|saw|had\s+seen|(?:was|were|had\s+been)\s+received\s+by"
    r"|przyj[aą][łl]a?|spotka[łl]a?\s+si[ęe]\s+z|p[řr]ijal[ai]?|se\s+setkal[ai]?\s+s|reçut|a\s+reçu|a\s+primit(?:\s+pe)?"
    r"|s-a\s+[îi]nt[âa]lnit\s+cu|ricevette|ha\s+ricevuto|primio|traf\s+sich\s+mit"
)
# a verb of two subjects meeting (the Russian verbs of telling and meeting are the Russian readers')
_MEETING_MUTUAL = (
    r"met|conferred|talked|spoke|(?:opened\s+(?:the|their)\s+|held\s+(?:their\s+)?)talks(?!\s+with\b)|trafen\s+sich|spotkali\s+się"
    r"|se\s+setkali|s-au\s+[îi]nt[âa]lnit|si\s+incontrarono|sastali\s+su\s+se"
)
# what may lead the subject: "When", "Когда", or the day told first ("Именно 9 августа 1955 г. Малик …")
_LEAD = (
    r"(?:(?:When|Then|Later|Когда|Затем|Позднее|Als)\s+"
    r"|(?:(?:On|Именно|Уже|Ещё|Already)\s+)?\d{1,2}\s+[^\W\d_]+\.?(?:\s+\d{4}(?:\s*г\.)?)?,?\s+)?"
)
_ADVERBS = (
    r"(?:(?:had|have|has|again|also|first|once|twice|later|then|finally|briefly"
    r"|впервые|дважды|снова|ещё|вновь|также)\s+)*"
)
_SUBJECT_OBJECT = re.compile(
    rf"{_LEAD}(?P<subject>[^,;:()\[\]\"“”«»]{{2,60}}?)\s+{_ADVERBS}(?P<verb>{_MEETING_OBJECT})\s+(?P<object>\S)",
)
_MUTUAL = re.compile(
    rf"{_LEAD}(?P<subject>[^,;:()\[\]\"“”«»]{{2,80}}?)\s+{_ADVERBS}(?P<verb>{_MEETING_MUTUAL})\b",
)
_AND = re.compile(r"\s+(?:and|и|und|i|a)\s+|\s*,\s*")
_WEAK = re.compile(r"saw|had\s+seen")  # "Nehru saw Bhilai": a place as often as a man
_ROMANCE = re.compile(r"reçut|a\s+reçu|a\s+primit(?:\s+pe)?|s-a\s+[îi]nt[âa]lnit\s+cu|ricevette|ha\s+ricevuto")
# the verbs of the other languages this branch added: their dates are read only after a place at most
# ("Gomułka przyjął Ponomarenkę, jak donosił ambasador 5 października": the report's date)
_FOREIGN = re.compile(
    r"przyj[aą][łl]a?|spotka[łl]a?\s+si[ęe]\s+z|p[řr]ijal[ai]?|se\s+setkal[ai]?\s+s|reçut|a\s+reçu|a\s+primit(?:\s+pe)?"
    r"|s-a\s+[îi]nt[âa]lnit\s+cu|ricevette|ha\s+ricevuto|primio|traf\s+sich\s+mit"
    r"|se\s+setkali|s-au\s+[îi]nt[âa]lnit|si\s+incontrarono|sastali\s+su\s+se"
)
# an office in brackets after a name ("Behar Shtylla (Minister of Foreign Affairs) received"): read as blank
# (never an aside: "(with Suslov)", "(later Foreign Minister)", "(then still loyal to Nagy)")
_BRACKETED_OFFICE = re.compile(
    r"\s*\((?!\s*(?:with|and|not|later|future|former|then|see|sic|as|still|also|who|i\.\s?e|cf|together|accompanied"
    r"|alongside|mit|und|avec|con|cu|et|wie|jak|come|comme|ca|jako|wraz|spolu)\b|(?-i:[aiesz]|ze|se)\s)[^()\d]{2,80}\)",
    re.IGNORECASE,
)
# a message that reports what one side told the other: "…, reporting what Nasser had told the ambassador on …"
_REPORTING = re.compile(r"(?:^|,\s+)(?:reporting|recording|describing)\s+(?:what|how)\s+")
# "the Khrushchev–Eisenhower talk", "Ulbricht–Nasser talks": two surnames joined by a dash
_DASH_PAIR = re.compile(
    r"(?P<a>[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*)?)\s?[–—-]\s?"
    r"(?P<b>[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*)?)\s+"
    r"(?:talks?|conversations?|meetings?|exchanges?|беседы?|беседа|встреча|встречи|переговоры)\b"
)


# "Mao's remarks to X", "X’s comments to Y", "X's assurances to the Soviet ambassador": the owner's words to Y
_WORDS_TO = re.compile(
    r"(?P<owner>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3})[’']s\s+(?:[a-z]+\s+)?"
    r"(?:remarks?|comments?|statements?|assurances?|complaints?|words|explanations?)"
    r"(?:,?\s+(?:made|addressed|given))?\s+to\s+(?P<object>\S)"
)


@dataclass(frozen=True)
class SubjectTalk:
    """The sides a sentence names as its subject (and object), and where they end in the clause."""

    subjects: tuple[NameMention, ...]
    object_at: int | None  # where the verb's object begins, for the loose reading to read
    end: int
    weak: bool = False  # "saw": its object as often a place or a thing as a man, who must be plainly one
    foreign: bool = False  # a verb of another language this branch added: only a place before its date
    german: bool = False  # "traf sich mit": German common nouns ("Jugendfunktionären") are no one
    romance: bool = False  # "ricevette Ponomarev a Roma": "a" is no "and" in Italian, French or Romanian


def subject_talk(clause: str, offset: int, person) -> SubjectTalk | None:  # noqa: ANN001 - the loose reading's reader
    """The talk a clause tells with its people as subject: "X received …", "X and Y met …",
    "the X–Y talk …"; None when the subject is not every piece a named person."""
    original, clause = clause, _BRACKETED_OFFICE.sub(lambda b: " " * len(b.group()), clause)
    reported = _REPORTING.search(clause)
    if reported and (REL_DAY.search(clause, reported.end()) or NEXT_DAY.search(clause, reported.end())):
        return None  # "reporting what X had told Y the day before": dated from the message (rel_talks)
    at = reported.end() if reported else 0
    m = _MUTUAL.match(clause, at)
    if m is not None:
        subjects = _people(_with_office(original, m), offset + m.start("subject"), person)
        if len(subjects) >= 2:
            return SubjectTalk(subjects, None, m.end("verb"), foreign=_FOREIGN.fullmatch(m.group("verb")) is not None)
    m = _SUBJECT_OBJECT.match(clause, at)
    if m is not None:
        subjects = _people(_with_office(original, m), offset + m.start("subject"), person)
        if subjects:
            verb = m.group("verb")
            return SubjectTalk(
                subjects,
                m.start("object"),
                m.end("verb"),
                _WEAK.fullmatch(verb) is not None,
                _FOREIGN.fullmatch(verb) is not None,
                verb.startswith("traf"),
                _ROMANCE.fullmatch(verb) is not None,
            )
    m = _WORDS_TO.search(clause)
    if m is not None:
        words = m.group("owner").split()
        while words and not words[0][0].isupper():
            words.pop(0)  # "citing Phạm Văn Đồng’s remark": the verb before the name is no part of it
        name = " ".join(words)
        owner = person(name, offset + m.end("owner") - len(name)) if name else None
        if owner is not None:
            return SubjectTalk((owner,), m.start("object"), m.start("object"))
    m = _DASH_PAIR.search(clause)
    if m is not None:
        a = person(m.group("a"), offset + m.start("a"))
        b = person(m.group("b"), offset + m.start("b"))
        if a is not None and b is not None:
            return SubjectTalk((a, b), None, m.end())
    return None


def _with_office(original: str, m: re.Match) -> str:
    """The subject as written, with the office in brackets after its last name ("X (Foreign Minister)")."""
    office = _BRACKETED_OFFICE.match(original, m.end("subject"))
    return original[m.start("subject") : office.end() if office else m.end("subject")]


def _people(text: str, offset: int, person) -> tuple[NameMention, ...]:  # noqa: ANN001
    """Every piece of `text` ("A and B", "A, B и C") as a named person; () when one is not."""
    found = []
    at = 0
    for piece in _AND.split(text.strip()):
        where = text.find(piece, at)
        at = where + len(piece)
        mention = person(piece, offset + where)
        if mention is None:
            return ()
        found.append(mention)
    return tuple(found)
