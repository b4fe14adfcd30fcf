"""A talk a Russian sentence names by "в беседе" (or "в разговоре", "на встрече", "в ходе
переговоров"), with the record's call number in the bracket that closes the sentence:

    "Ким Чан Ман, заведующий отделом ЦК ТПК, в беседе с советником В.В. Пелишенко 19 июня 1958 г. …"
    "В беседе с Ранковичем 17 сентября 1954 г. Вальков впервые услышал … (запись беседы: там же. Л. 41)"
    "Цой Ен Ген говорил об этом и А.И. Микояну в беседе 22 сентября 1956 г. (РГАНИ. Ф. 52. …)"
    "Во время встречи с Хрущевым 2 июня 1956 г. Тито заметил … (РГАНИ. …)"

The other side follows "с"/"со" in the instrumental (an office before the name is his role), or,
without "с", stands in the dative right before "в беседе"; the day follows him at once. The one
who spoke is the sentence's subject in the nominative: the name that opens the sentence (an
office after it, set off by commas, is his role) or the name right after the date. A pronoun
("Он в беседе с …"), a place, the press or an unnamed body on either side, a bracket that cites
no archive, or a day that is not right after the other side reads nothing.
"""

from __future__ import annotations

import re

from kg1956.extract.dates import find_dates
from kg1956.extract.names import parse_participant
from kg1956.extract.ru_nonparty import is_russian_function_word, names_no_one, not_a_russian_party
from kg1956.extract.ru_sides import indeclinable_surname
from kg1956.extract.ru_told_record import cited_at_end
from kg1956.models import Communication, Participant, Span

_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?"
_NAME = rf"(?:(?:[А-ЯЁ]\.\s?){{1,2}}{_WORD}|{_WORD}(?:\s{_WORD}){{0,2}})"
_IN_TALK = re.compile(
    r"(?:^|(?<=[\s,]))(?:[Вв]о?|[Нн]а)\s+(?:ходе\s+|время\s+|течение\s+)?"
    r"(?:беседе|беседы|разговоре|разговора|встрече|встречи|переговорах|переговоров)"
    r"(?P<with>\s+со?\s+)?"
)
_INSTRUMENTAL_END = re.compile(r"(?:ом|ем|ым|им|ой|ей|ою|ею|ым)$")
_DATIVE_END = re.compile(r"(?:у|ю|ому|ему)$")
# the subject that opens the sentence, maybe with his office set off by commas
_OPENING = re.compile(rf"^(?P<name>{_NAME})(?:,\s+(?P<office>[^,()]{{3,120}}),)?\s*$")
# the subject right after the date: "… 1954 г. Вальков впервые услышал …", "…, Тито заметил …"
# (his verb one of speech or of what he did in the talk: "Сталин упоминался", "Позиция Тито была …" name no speaker)
_SPOKE = (
    r"(?:сказал|заявил|заметил|говорил|сообщил|отметил|подчеркнул|услышал|указал|высказ|призна|просил|попросил"
    r"|предлож|ответил|спросил|обещал|пообещал|возраз|выразил|упомянул|настаива|жаловал|вернул|затронул|коснул"
    r"|поднял|поставил|разъяснил|пояснил|информировал|проинформировал|рассказал|изложил|подтвердил|заверил"
    r"|соглас|отказал|критиковал|одобрил|поддержал|предупредил|намекнул|уверял|добавил|повторил|передал"
    r"|интересовал|поинтересовал|узнал|выступ|назвал|охарактеризовал|дал|обратил|просил)[а-яё]*\b"
)
_AFTER = re.compile(rf"^[\s,]*(?:гг?\.)?[\s,]*(?P<name>{_NAME})\s+(?:[а-яё]+\s+)?{_SPOKE}")
# the subject after the date named by his office only: "… 1955 г. посол впервые услышал …"
_UNNAMED = re.compile(
    r"^[\s,]*(?:гг?\.)?[\s,]*(?:советский\s+|наш\s+)?(?P<office>посол|поверенный|советник|атташе|министр|консул|посланник)"
    r"\s+(?:[а-яё]+\s+)?[а-яё]{3,}"
)
# the dative right before "в беседе": "… и А.И. Микояну в беседе"
_DATIVE_BEFORE = re.compile(rf"(?:^|\s)(?P<name>{_NAME})\s*$")


def read_in_talk(text: str, offset: int) -> tuple[Communication, str, int, int] | None:
    """The talk (see the module docstring): (the conversation, the bracket's text, where it begins
    and where the bracket closes); None otherwise."""
    bracket = cited_at_end(text)
    if bracket is None:
        return None
    prose = text[: bracket.start()]
    m = _IN_TALK.search(prose)
    if m is None:
        return None
    if m.group("with"):
        dates = find_dates(prose[m.end() :])
        if not dates or dates[0].value is None or dates[0].value.precision != "day":
            return None
        between = prose[m.end() : m.end() + dates[0].span.start].strip(" ,")
        other = parse_participant(between, offset + m.end() + prose[m.end() :].find(between))
        if other is None or other.is_organization or not between.endswith(other.text):
            return None
        last = other.text.split()[-1]
        if not (_INSTRUMENTAL_END.search(last) or indeclinable_surname(other.text)):
            return None
        date_end = m.end() + dates[0].span.end
    else:
        dates = find_dates(prose[m.end() : m.end() + 40])
        if not dates or prose[m.end() : m.end() + dates[0].span.start].strip():
            return None
        if dates[0].value is None or dates[0].value.precision != "day":
            return None
        dative = _DATIVE_BEFORE.search(prose[: m.start()])
        if dative is None:
            return None
        other = parse_participant(dative.group("name"), offset + dative.start("name"))
        if other is None or other.is_organization:
            return None
        if not (_DATIVE_END.search(other.text.split()[-1]) or indeclinable_surname(other.text)):
            return None
        date_end = m.end() + dates[0].span.end
    speaker = _speaker(prose, m.start(), date_end, offset, other)
    unnamed = speaker is None and not prose[: m.start()].strip() and _UNNAMED.match(prose[date_end:]) is not None
    if (speaker is None and not unnamed) or (speaker is not None and speaker.text == other.text):
        return None
    named = (other,) if speaker is None else (speaker, other)
    if any(not_a_russian_party(p.text) or names_no_one(p.text) for p in named):
        return None
    # "В беседе с Ранковичем … посол впервые услышал …": the one who spoke named by his office only
    people = tuple(Participant(p, "interlocutor") for p in named)
    office = (_UNNAMED.match(prose[date_end:]).group("office"),) if speaker is None else ()
    comm = Communication("conversation", dates[0].value, people, Span(offset, offset + date_end), office)
    inner = bracket.group(1)
    return comm, inner, bracket.start(1), bracket.end()


def _speaker(prose: str, talk_at: int, date_end: int, offset: int, other):
    """The sentence's subject: the name that opens it, or the one right after the date."""
    head = prose[:talk_at]
    if head.strip():
        first = re.match(rf"^(?P<name>{_NAME})(?P<gloss>\s*\([^()]{{2,40}}\))?", head)
        if first is None or is_russian_function_word(first.group("name").split()[0]):
            return None
        opening = _OPENING.match(head.rstrip())
        if opening is not None:
            text = opening.group("name") + (f", {opening.group('office')}" if opening.group("office") else "")
            person = parse_participant(text, offset)
        else:  # "Цой Ен Ген говорил об этом и А.И. Микояну в беседе …": the subject, then its verb
            after = head[first.end() :]
            if not re.match(r"\s+[а-яё]", after) or other.text not in head:
                return None
            person = parse_participant(first.group(0), offset)  # "Цой Ен Ген (Чхве Ён Гон)": his other name kept
        return person if person is not None and not person.is_organization else None
    after = _AFTER.match(prose[date_end:])
    if after is None or is_russian_function_word(after.group("name").split()[0]):
        return None
    person = parse_participant(after.group("name"), offset + date_end + after.start("name"))
    if person is None or person.is_organization or not _nominative(person.text):
        return None
    return person


def _nominative(name: str) -> bool:
    """Whether a surname may be in the nominative (no oblique ending a Russian surname takes)."""
    last = name.split()[-1]
    return not re.search(r"(?:ым|ом|ем|ой|ому|ему|ого|ова|ева|ина|ову|еву|ину)$", last) or indeclinable_surname(name)
