"""A conversation told in Russian prose whose bracket names the talk and its date:

    "Чэнь И прямо сказал послу МНР в КНР Д. Цэрэнжаву, что «…» (беседа 2 сентября 1964 г.: MFMA, …)"

The one who spoke in the nominative (maybe with an adverb after him: "прямо", "вновь"), a verb of
speaking, the one spoken to in the dative (maybe after his office: "послу МНР в КНР"), then "что"
or a colon; the bracket opens with "беседа" (or "запись беседы") and the day, then the call number.
The bracket's date is the talk's. A verb of a message ("сообщил", "передал") is not read: the
bracket says a talk, but the verb may tell of a letter. A place, a newspaper or an unnamed body on
either side is no party, and nothing is read.
"""

from __future__ import annotations

import re

from kg1956.extract.dates import find_dates
from kg1956.extract.names import parse_participant
from kg1956.extract.ru_nonparty import is_russian_function_word, names_no_one, not_a_russian_party
from kg1956.extract.ru_sides import indeclinable_surname
from kg1956.models import Communication, Participant, Span

_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
# a Russian name with initials, or up to three capitalised words ("Чэнь И", "Ким Ир Сен")
_SPEAKER = rf"(?:(?:[А-ЯЁ]\.\s?){{1,2}}{_WORD}|{_WORD}(?:\s[А-ЯЁ][а-яё]*){{0,2}})"
# (or any adverb in -о: "резко", "жёстко", "настойчиво")
_ADVERB = r"(?:прямо|открыто|откровенно|вновь|также|затем|тогда|прямо\s+и\s+откровенно|[а-яё]{3,}о)"
_VERB = r"(?:сказал|заявил|говорил|разъяснил|пояснил|напомнил|признался|дал\s+понять)[аи]?"
_TOLD = re.compile(
    rf"^(?P<a>{_SPEAKER})\s+(?:{_ADVERB}\s+)?{_VERB}\s+(?P<b>[^,:;()«»]{{2,90}}?)(?=,\s*(?:что|будто)\b|\s*:)"
)
# a verb whose object, in the accusative, is the one spoken to: "Брежнев прямо упрекнул Дубчека в …",
# "Хрущев убеждал Гомулку не …", "Микоян заверил Мао Цзэдуна, что …"
_VERB_ACC = (
    r"(?:упрекнул|упрекал|убеждал|убедил|уговаривал|уговорил|предупредил|предупреждал|заверил|заверял|спросил"
    r"|расспрашивал|критиковал|раскритиковал|попросил|просил|призвал|призывал|поблагодарил|поздравил)[аи]?"
)
_TOLD_ACC = re.compile(
    rf"^(?P<a>{_SPEAKER})\s+(?:{_ADVERB}\s+)?{_VERB_ACC}\s+(?P<b>[^,:;()«»]{{2,90}}?)"
    r"(?=\s+(?:в|во|за|о|об|не|на|по|с|со)\s|,\s*(?:что|чтобы|будто)\b|\s*:)"
)
_DATED_TALK = re.compile(
    r"^\s*(?:(?:запись|стенограмма|протокол)\s+)?(?:бесед[аы]|совещания|переговоров|встречи)"
    r"\s+(?:от\s+)?(?=\d)",
    re.IGNORECASE,
)
# a place that opens the sentence: "В Дрездене Брежнев …", "На совещании Хрущев …" (no part of the speaker)
# — a town (capitalised) or a meeting ("совещании", "встрече"); "В отсутствие Мао …", "На пленуме …" are no place
# to skip ("отсутствие" is no place, and a plenum's speech is no talk of two)
_PLACE_FIRST = re.compile(
    r"^\s*(?:[Вв]о?|[Нн]а)\s+(?:[А-ЯЁ][а-яё-]+(?:е|и|у)|совещании|встрече|переговорах|при[её]ме|обеде|ужине)\s+(?=[А-ЯЁ])"
)
# the sentence names the talk's partner itself ("в беседе с Мао Цзэдуном", "беседуя с Юдиным", "на переговорах с
# Косыгиным"): the one in the accusative is whom they spoke about, not to
_PARTNER_NAMED = re.compile(
    r"(?:\b(?:в|во|на|при)\s+(?:время\s+)?(?:беседе|беседах|беседы|разговоре|разговора|встрече|встречи|встречах"
    r"|переговорах|переговоров)|\bбеседуя|\bразговаривая|\bвстречаясь)\s+со?\s+[А-ЯЁ]"
)
# the accusative of a name as Russian declines it (the genitive's form for a man, -у for a noun in -а)
_ACCUSATIVE_END = re.compile(r"(?:а|я|у|ю|ого|его)$")
_LAST_BRACKET = re.compile(r"\((?P<p>[^()]{8,})\)\s*\.?\s*$")
_DATIVE_END = re.compile(r"(?:у|ю|ому|ему)$")
_FIRST_WORD = re.compile(r"^\s*(?P<w>[А-ЯЁ][а-яё]*),?\s+")


def read_told_dated(text: str, offset: int) -> tuple[Communication, str, int, int] | None:
    """The talk a sentence tells, dated in the bracket that closes it (see the module docstring):
    (the conversation, the bracket's text, where it begins and where it closes); None otherwise."""
    bracket = _LAST_BRACKET.search(text)
    if bracket is None:
        return None
    inner = bracket.group("p")
    head = _DATED_TALK.match(inner)
    if head is None:
        return None
    dates = find_dates(inner[head.end() : head.end() + 40])
    if not dates or dates[0].span.start != 0 or dates[0].value is None or dates[0].value.precision != "day":
        return None
    if not re.match(r"\s*(?:г\.)?\s*[:;,]", inner[head.end() + dates[0].span.end :]):
        return None  # the date, then the call number after a colon
    prose = text[: bracket.start()]
    first = _FIRST_WORD.match(prose)
    skip = first.end() if first is not None and is_russian_function_word(first.group("w")) else 0
    place = _PLACE_FIRST.match(prose)
    if place is not None:
        skip = place.end()
    # an adverb or a conjunction opening the sentence is no part of the speaker ("Позднее Хрущев
    # сказал …", "Тогда Чжоу Эньлай …"); the speaker is read after it
    m = _TOLD.match(prose[skip:])
    accusative = m is None
    if accusative:
        m = _TOLD_ACC.match(prose[skip:])
    if m is None or not_a_russian_party(m.group("a")):
        return None
    if accusative and _PARTNER_NAMED.search(prose):
        return None
    if any(is_russian_function_word(w) for w in m.group("a").split()):
        return None  # "Он сказал …", "Позднее он …": no one named
    speaker = parse_participant(m.group("a"), offset + skip + m.start("a"))
    other = parse_participant(m.group("b"), offset + skip + m.start("b"))
    if speaker is None or other is None or speaker.is_organization or other.is_organization or speaker.role:
        return None
    if names_no_one(speaker.text) or names_no_one(other.text) or re.search(r"\s(?:и|или)\s", m.group("b")):
        return None  # "Генсек сказал …", "… сказал Советскому Союзу", "… Хрущеву и Суслову": no pair named
    last = other.text.split()[-1]
    case_end = _ACCUSATIVE_END if accusative else _DATIVE_END
    if not (case_end.search(last) or indeclinable_surname(other.text)) or not_a_russian_party(other.text):
        return None  # the one spoken to in the dative ("Д. Цэрэнжаву") or undeclined ("С.В. Червоненко")
    if other.role and not re.match(r"[а-яё]+(?:у|ю|ому|ему)\b" if not accusative else r"[а-яё]+(?:а|я)\b", other.role):
        return None  # an office before him in the dative too ("послу МНР в КНР"), or the accusative ("посла")
    people = (Participant(speaker, "interlocutor"), Participant(other, "interlocutor"))
    comm = Communication("conversation", dates[0].value, people, Span(offset + skip, offset + skip + m.end()))
    return comm, inner, bracket.start("p"), bracket.end()
