"""A talk dated relative to the message that reports it:

    "Cable, A to B, 9 May 1957, …, on his conversation with C the previous day"
    "Telegram, A, 9 May 1957, reporting his meeting that day with C"
    "Cable, A to B, 9 May 1957, …. A had seen C the previous evening."
    "Шифртелеграмма A, 9 мая 1957 г. … Посол пересказывал состоявшуюся накануне беседу с C."
    "…, 9.5.1957, über seine Unterredung mit C am Vortag" / "…, o rozmowie z C poprzedniego dnia"

A message (telegram, letter, report, memo) dated to the day, with one named writer, is followed
in its own sentence by a talk word (conversation, беседа, Unterredung, rozmowa, rozhovor,
entretien …) and the preposition "with" and the people named after it, and by a relative day
(`rel_day_words`) beside them; or a later sentence before the next record, whose subject is the
writer (his name, a pronoun, "the ambassador"), says that he saw, met, heard from or was received
by the people named, on such a day. The talk is the writer's with those people, on the message's
day less the days the phrase counts back. Another's talk is not the writer's: a talk word after a
name's possessive ("Kim's conversation with …") or "between" is not read, nor a talk with no
person named ("with the Soviet ambassador"). Nor is a talk whose day is another event's ("the day
before the plenum", "whom Kim had received that morning"), one that did not take place ("only to be
told …", "but they did not speak"), or one told after someone else is named ("Kim had just returned.
He had seen Mao …"; "Mrs Thompson", "Puzanov's deputy")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from kg1956.extract.dates import find_dates
from kg1956.extract.parties import side
from kg1956.extract.places import is_place_any_case
from kg1956.extract.rel_day_words import REL_DAY, days_back
from kg1956.extract.rel_others import others_talk
from kg1956.models import Communication, DateValue, NameMention, NoteExtraction, Participant, Span

_MESSAGES = ("telegram", "letter", "report", "memo")

# a talk word and the preposition "with" after it, in the genre's languages
_TALK = re.compile(
    r"(?<![\w-])(?:conversations?|talks?|meetings?|interview|audience|discussions?|exchange"
    r"|беседу|беседе|беседы|беседах|разговор|разговоре|встречу|встрече|besedu|besede|razgovore|vstreche"
    r"|Unterredung|Gespräch|Unterhaltung|Aussprache|Begegnung|Treffen|Besprechung"
    r"|rozmowie|rozmowę|rozmowach|spotkaniu|rozhovoru|rozhovor|rozmluvě|setkání|schůzce|besedě"
    r"|entretien|entrevue|rencontre|razgovoru|sastanku|convorbirea|discuția|discuţia|întrevederea)"
    r"(?P<gap>(?:\s+\S+){0,3}?)\s+(?P<with>with|с|со|s|mit|z|ze|se|avec|sa|cu)\s+(?=\S)",
    re.IGNORECASE,
)
# what may stand before the talk word in the message's sentence: its own article or the writer's
# possessive, after a preposition or a reporting verb; a name's possessive ("Kim's") is another's talk
_OWN_BEFORE = re.compile(
    r"(?:^|[\s,(])(?:reporting(?:\s+on)?|on|about|concerning|regarding|describing|recounting|summari[sz]ing"
    r"|covering|of|о|об|o|über|betr\.?|betreffend|sur|despre|сообщал\w*|пересказывал\w*|докладывал\w*"
    r"|информировал\w*|излагал\w*|relacjonował\w*)"
    r"(?:\s+(?:his|her|the|a|an|their|its|его|её|ее|своей|своём|своем|свою|sein|seine[mnr]?|ihr|ihre[mnr]?|die|das|eine[mnr]?"
    r"|swojej|jego|svém|svého|jeho|son|sa|l['’]|une?|njegovom|sa))?"
    r"(?:\s+[a-zа-яёäöüßąćęłńóśźżáčďéěíňřšťúůý\-]+){0,2}?\s*$",
    re.IGNORECASE,
)
# the verbs of a sentence whose subject is the writer: "A had seen C", "A had been received by C"
_SAW = re.compile(
    r"(?:had\s+)?(?:seen|met(?:\s+with)?|saw|talked\s+(?:with|to)|spoken\s+(?:with|to)|called\s+on|visited"
    r"|heard\s+from|been\s+received\s+by|was\s+received\s+by|dined\s+with|lunched\s+with|conferred\s+with"
    r"|had\s+a\s+(?:conversation|talk|meeting)\s+with"
    # "had delivered the reply to C", "had handed the note over to C": a paper given in person
    r"|(?:delivered|handed|presented)\s+(?:(?:the|a|an|his|its|their)\s+)[^,;.()]{0,40}?(?:\s+over)?\s+to)\s+(?=\S)",
    re.IGNORECASE,
)
# "…, reporting that he had seen C the previous evening": the writer's talk told in the head by a clause
_THAT_HE = re.compile(r"(?:reporting|saying|stating|noting)\s+that\s+(?:he|she)\s+(?=had\b)", re.IGNORECASE)
# the writer as a later sentence's subject, when not by his name
_PRONOUN = re.compile(
    r"^(?:he|she|the\s+ambassador|the\s+envoy|the\s+minister|он|она|посол|посланник|поверенный\s+в\s+делах"
    r"|er|sie|der\s+botschafter|il|elle|l['’]ambassadeur|ambasador|velvyslanec)\b",
    re.IGNORECASE,
)
# where the people named end when the relative day came before them
_NAMES_END = re.compile(r"[,;.(\[\"“«]|\s(?:on|about|in\s+which|at\s+which|concerning|regarding|о|об|über|sur)\s")
# "…, состоявшейся в тот же день", "…, held the previous day": a participle between the people and the day
_HELD = re.compile(
    r",?\s*(?:состоявш[а-яё]+|проведенн[а-яё]+|проведённ[а-яё]+|sostoiavsh[a-z]+|held|which\s+took\s+place"
    r"|geführte[nm]?|stattgefundene[nm]?|odbytej|przeprowadzonej|konanou|tenue)\s*,?\s*$",
    re.IGNORECASE,
)
# a sentence's end: a stop after a word of two letters or more, or after a number, then a capital
_SENTENCE_END = re.compile(r"(?:(?<=[^\W\d_][^\W\d_])|(?<=[\d)”\"»]))[.;]\s+(?=[\"“«(]?[A-ZА-ЯЁ])")


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of `text[start:end]`, as (start, end) offsets."""
    out, at = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, end))
    return out


def _writer(message: Communication) -> NameMention | None:
    senders = [p for p in message.participants if p.function == "sender"]
    if len(senders) != 1 or senders[0].mention.is_organization:
        return None
    return senders[0].mention


def _stem(word: str) -> str:
    return word.lower().strip(".,'’\"")[:5]


def _same_name(a: str, b: str) -> bool:
    """One surname in two cases: "Лапин" and "Лапина", "Юдин" and "Юдина"."""
    a, b = a.lower().strip(".,'’\""), b.lower().strip(".,'’\"")
    n = min(len(a), len(b), 5)
    return n >= 3 and a[:n] == b[:n] and abs(len(a) - len(b)) <= 2


# the offices a later sentence may name the writer by, and their words in a role the head gives him
_OFFICES = (
    ("ambassador", "ambasador", "посол", "посл", "botschafter", "velvyslan", "ambassadeur", "envoy", "посланник"),
    ("minister", "министр", "ministre"),
)
# "Mrs Thompson", "Frau Ulbricht": the writer's wife, not the writer
_SPOUSE = frozenset("mrs mrs. mme mme. madame frau lady wife жена супруга żona pani".split())
# words that open a sentence and name no one
_NO_NAME = frozenset(
    "he she it they the his her this that these those there then later earlier on in at after before when"
    " он она они посол er sie der die das il elle ambasador".split()
)


def _names_other(text: str, writer: NameMention) -> bool:
    """Whether `text` names someone other than the writer (a capitalised word not his surname)."""
    last = writer.text.split()[-1] if writer.text.split() else ""
    for w in re.findall(r"(?<![\w'’-])[A-ZА-ЯЁ][a-zа-яё]{2,}[\w-]*", text):
        if w.lower() not in _NO_NAME and not _same_name(w, last):
            return True
    return False


def _is_writer(subject: str, writer: NameMention, pronoun: bool = True) -> bool:
    """Whether a later sentence opens with the writer: his surname (declined or not), a pronoun
    (when `pronoun`: no one else named since the message's head)."""
    if (office := _PRONOUN.match(subject)) is not None:
        # "Cable, Deputy Foreign Minister Kuznetsov …. The ambassador had called on …": another office
        role = (writer.role or "").lower()
        for stems in _OFFICES:
            said = any(st in office.group(0).lower() for st in stems)
            if said and role and not any(st in role for st in stems):
                return False
            if said and role and "deputy" in role and "deputy" not in office.group(0).lower():
                return False
        return pronoun
    last = writer.text.split()[-1] if writer.text.split() else ""
    words = re.findall(r"[^\W\d_][\w'’-]*", subject[:60])
    # "Ambassador John J. Muccio had heard …": the name may follow a title and initials
    for w in words[:5]:
        if w.lower().rstrip(".") in _SPOUSE or w.lower() in _SPOUSE:
            return False  # "Mrs Thompson had lunched with …"
        if re.search(r"['’]s?$", w):
            return False  # "Puzanov's deputy had met …"
        if _same_name(w, last):
            return True
        if w.islower():
            break
    return False


# the talk did not take place, after its day: "…, only to be told that the minister was ill",
# "…, but they did not speak", "… was cancelled"
_UNDONE = re.compile(
    r"only\s+to\b|\bbut\s+(?:found|was|were|did|had|could|they|he|she)\b[^.;]{0,60}?\b(?:not|n['’]t|no|never|absent)\b"
    r"|\bdid\s+not\s+(?:speak|talk|meet|see)|\brefused\b|\bcancell?ed\b|\bpostponed\b|\bcalled\s+off\b",
    re.IGNORECASE,
)


# where a talk took place, after the people named: "with C at the reception", "with C in Geneva"
_CIRCUMSTANCE = re.compile(r"\s(?:at|in|during|over|after|on\s+board)\s+(?:the|a|an|his|their|[A-Z])")


def _people(text: str, offset: int) -> list[NameMention] | None:
    cut = _CIRCUMSTANCE.search(text)
    text = text[: cut.start()] if cut else text
    if not text.strip() or re.search(r"\d", text) or len(text) > 90:
        return None
    found = side(text, offset)
    if found is None or not found[0] or found[1]:
        return None
    if any(p.is_organization or is_place_any_case(p.text) for p in found[0]):
        return None
    return found[0]


def _names_and_day(text: str, at: int, end: int, rel_before: re.Match[str] | None):
    """The people named from `at` and the relative day: one already read before them, or the one
    right after them (with a participle between, "…, состоявшейся накануне")."""
    if rel_before is not None:
        stop = _NAMES_END.search(text, at, end)
        return (at, stop.start() if stop else end), rel_before
    rel = REL_DAY.search(text, at, end)
    if rel is None:
        return None
    names_end = rel.start()
    held = _HELD.search(text, at, names_end)
    if held is not None:
        names_end = held.start()
    # a stop other than a comma (an apposition), a bracket (another spelling) or an initial's: not the people's end
    bare = re.sub(r"(?<![^\W\d_])[^\W\d_]\.", "", text[at:names_end]).rstrip(" ,")
    if re.search(r"[;.\[\"“«]|\s(?:on|about|in\s+which|at\s+which|concerning|regarding|о|об|über|sur)\s", bare + " "):
        return None
    # "with Nam Il, whom Kim had received that morning", "heard from Nam Il that Kim had met Peng the
    # day before", "the meeting with Khrushchev, cancelled the previous evening": the day is another's
    if re.search(r"\s(?:that|whom|who|which|whose)\s|,\s*[a-z]+ed\b", bare + " "):
        return None
    return (at, len(text[:names_end].rstrip(" ,"))), rel


def _talk_in(text: str, start: int, end: int, opening: bool, writer: NameMention, pronoun: bool = True):
    """The (people, days back, span) of the writer's talk told in text[start:end], or None."""
    sentence = text[start:end]
    for m in _TALK.finditer(text, start, end):
        before = text[max(start, m.start() - 60) : m.start()]
        # "forwarding Nam Il's account of his talk with …", "Khrushchev's complaint about the
        # conversation with Nixon": a name's possessive in the clause, another's talk
        if re.search(r"(?-i:[A-ZА-ЯЁ][\w-]*)['’]s\s", re.split(r"[,;]", before)[-1]):
            continue
        rel_before = None
        own = _OWN_BEFORE.search(before)
        if own is None:
            # "пересказывал состоявшуюся накануне беседу с …": the day before the talk word
            lead = REL_DAY.search(before)
            if lead is None or not _OWN_BEFORE.search(before[: lead.start()]):
                continue
            rel_before = lead
        elif (near := REL_DAY.search(before, own.start())) is not None:
            rel_before = near
        gap_rel = REL_DAY.search(m.group("gap") or "")
        if gap_rel is not None:  # "his meeting that day with C"
            if rel_before is None:
                rel_before = REL_DAY.search(text, m.start(), m.end("gap"))
        elif m.group("gap").strip():
            # "conversation in Moscow with": a place or a time, not read; "беседу Мао Цзэдуна с
            # Хрущёвым", "Gespräch Ulbrichts mit …": another's talk, even after the day (review 20)
            continue
        if not opening and not _is_writer(sentence, writer, pronoun):
            continue
        got = _names_and_day(text, m.end(), end, rel_before)
        if got is None:
            continue
        (a, b), rel = got
        if _UNDONE.search(text, max(b, rel.end()), end):
            continue
        people = _people(text[a:b], a)
        if people:
            return people, days_back(rel), Span(m.start(), max(b, rel.end()))
    if opening:
        that = _THAT_HE.search(sentence)
        if that is None:
            return None
        verb = _SAW.match(sentence, that.end())
    else:
        # "A had seen C the previous evening", "A had been received by C two days earlier"
        verb_at = re.search(r"\s(?=(?:had|saw|met|was|talked|called|visited|dined|lunched|conferred)\b)", sentence)
        if verb_at is None or not _is_writer(sentence[: verb_at.start()], writer, pronoun):
            return None
        verb = _SAW.match(sentence, verb_at.end())
    if verb is None:
        return None
    got = _names_and_day(text, start + verb.end(), end, None)
    if got is None:
        return None
    (a, b), rel = got
    if _UNDONE.search(text, rel.end(), end):
        return None
    people = _people(text[a:b], a)
    if people:
        return people, days_back(rel), Span(start, rel.end())
    return None


def _known(comms: list[Communication], when: str, people: list[NameMention]) -> bool:
    stems = {_stem(w) for p in people for w in p.text.split()}
    return any(
        c.kind == "conversation"
        and c.date is not None
        and c.date.iso == when
        and any(_stem(w) in stems for p in c.participants for w in p.mention.text.split())
        for c in comms
    )


# a message's kind opening a citation that names no writer
_UNSIGNED = re.compile(
    r"\s*(?:rejtjeltávirat|rejtjeles\s+távirat|cipher\s+telegram|ciphered\s+telegram|telegram|cable|szyfrogram"
    r"|шифртелеграмма|шифротелеграмма|телеграмма|fernschreiben|telegramm)\b",
    re.IGNORECASE,
)


def _as_of(person: NameMention, back: int) -> NameMention:
    """A role the message gives is attested on the message's day: kept on a talk of that day only."""
    return person if back == 0 else replace(person, role=None)


def read_relative_talks(first: NoteExtraction) -> NoteExtraction:
    """`first` with the talks its messages report on a day counted from their own (see the module
    docstring), each added to the message's citation."""
    text = first.note.text
    messages = sorted(
        ((k, m) for k, c in enumerate(first.citations) for m in c.communications),
        key=lambda km: km[1].span.start,
    )
    starts = [m.span.start for _, m in messages]
    every = [c for cit in first.citations for c in cit.communications]
    added: dict[int, list[Communication]] = {}
    for k, message in messages:
        if message.kind not in _MESSAGES or message.date is None or message.date.precision != "day":
            continue
        writer = _writer(message)
        later = [s for s in starts if s > message.span.start]
        end = min(later) if later else len(text)
        # "Cable, …, reporting a talk between B and C the day before": another's talk, without the writer
        a, b = _sentences(text, message.span.start, end)[0]
        other = others_talk(text, a, b)
        if other is not None:
            people, back, stop = other
            when = (date.fromisoformat(message.date.iso) - timedelta(days=back)).isoformat()
            if not _known(every, when, people):
                parts = tuple(Participant(_as_of(p, back), "interlocutor") for p in people)
                comm = Communication("conversation", DateValue(when), parts, Span(a, stop))
                added.setdefault(k, []).append(comm)
                every.append(comm)
            continue
        if writer is None:
            continue
        spans = _sentences(text, message.span.start, end)
        for n, (a, b) in enumerate(spans):
            # "Kim Il Sung had just returned from Beijing. He had seen Mao …": "he" is no longer the writer
            pronoun = not any(_names_other(text[x:y], writer) for x, y in spans[1:n])
            talk = _talk_in(text, a, b, n == 0, writer, pronoun)
            if talk is None:
                continue
            people, back, span = talk
            when = (date.fromisoformat(message.date.iso) - timedelta(days=back)).isoformat()
            if _known(every, when, people):
                break
            parts = (
                Participant(replace(writer, role=None), "interlocutor"),
                *(Participant(_as_of(p, back), "interlocutor") for p in people),
            )
            comm = Communication("conversation", DateValue(when), parts, span)
            added.setdefault(k, []).append(comm)
            every.append(comm)
            break
    # "Rejtjeltávirat [cipher telegram], Hanoi, 3 May 1958, …, reporting a talk between B and C the day
    # before": a message with no one named is no communication, but the talk it reports is
    for k, cit in enumerate(first.citations):
        if cit.communications or not _UNSIGNED.match(text, cit.span.start):
            continue
        following = [c.span.start for c in first.citations if c.span.start > cit.span.start]
        a, b = _sentences(text, cit.span.start, min(following, default=len(text)))[0]
        day = next((d.value for d in find_dates(text[a:b]) if d.value is not None), None)
        other = others_talk(text, a, b) if day is not None and day.precision == "day" else None
        if other is not None:
            people, back, stop = other
            when = (date.fromisoformat(day.iso) - timedelta(days=back)).isoformat()
            parts = tuple(Participant(_as_of(p, back), "interlocutor") for p in people)
            added.setdefault(k, []).append(Communication("conversation", DateValue(when), parts, Span(a, stop)))
    if not added:
        return first
    new = list(first.citations)
    for k, comms in added.items():
        new[k] = replace(new[k], communications=new[k].communications + tuple(comms))
    return replace(first, citations=tuple(new))
