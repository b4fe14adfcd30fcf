"""A reply named by its own date after the message it answers: a second message, the other way.

    "A. Ivanov to B. Petrov, 3 May 1957, …; Petrov's reply of 9 May is ibid."
    "… with Petrov's cabled reply of 9 May, ibid." (a cable: a telegram)
    "… и ответ Петрова от 9 мая 1957 г." / "… und Petrows Antwort vom 9. Mai 1957"

A letter or telegram with one sender and one recipient read in the note; after it, the
recipient's reply (his name with "'s", a genitive, or after "reply/answer of") with a date of its
own is a message from him to the sender, of the same kind unless called a cable. A day without a
year takes the message's year (the next year when the reply's month comes before the message's).
Nothing is added when the reply's writer is not the recipient ("Gromyko's reply" to a letter to
Khrushchev), when the reply has no date of its own, or when that reply is read already.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.dates import days_of, find_dates, make_date
from kg1956.extract.names import parse_participant
from kg1956.models import Communication, DateValue, NoteExtraction, Participant, Span

_WHO = r"(?P<who>(?:[A-ZА-ЯЁ][\w.'’-]*\s+){0,2}[A-ZА-ЯЁ][\w'’-]+?)"
_ADJ = r"(?P<adj>(?:[a-zа-яё]+\s+){0,2})"
_REPLIES = (
    # "Petrov's (approving, cabled) reply of 9 May", "Petrows Antwort vom 9. Mai"
    re.compile(rf"\b{_WHO}(?:[’']s|s)?\s+{_ADJ}(?:reply|answer|response|Antwort)\s+(?:of|dated|on|vom|from)\s+"),
    # "the reply of Petrov of 9 May", "ответ Петрова от 9 мая", "die Antwort Petrows vom 9. Mai"
    re.compile(
        rf"\b(?:(?:the|his)\s+{_ADJ})?(?:reply|answer|ответ(?:ное\s+письмо)?|Antwort)\s+(?:of\s+)?{_WHO}\s+(?:of|dated|от|vom)\s+"
    ),
)
# a reply only told of in a work, not cited: "… is discussed in Smith 1976", "… is quoted in …"
_ONLY_TOLD = re.compile(
    r"[^;.]{0,40}?\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:discussed|mentioned|described|quoted|summari[sz]ed|cited|paraphrased)\b"
)
# where the reply lies, right after its date: "…, ibid.", "is ibid.", "both in UKA", "printed in …", "(ebd.)",
# "– там же", "are in", a call number's key or an archive's initials; not "was cool (Sen 2004)"
_CITED = re.compile(
    r"(?:\s*(?:г\.|года))?[\s,;:(–—-]*(?:(?:is|are)\s+)?"
    r"(?:ibid|ebd|ebenda|там\s+же|tamże|tamtéž|both\s+in|in\s+the\s+same|printed|published|in\s+[A-Z]"
    r"|(?:f|op|d|l|ll|p|pp|Bl|k|fl|sygn|л|лл|ф|оп|д)\.|[A-ZА-Я]{2,}\b(?=[\s,]+(?:\d|[A-Za-z]{1,4}\.\s*\d)))",
)
# a reply never sent as a letter: a draft, one only expected, one given by word of mouth or by telephone
_NOT_SENT = re.compile(
    r"\b(?:draft\w*|unsent|proposed|suggested|promised|anticipated|expected|planned|intended|oral|verbal|"
    r"telephoned|telephone|spoken|mündlich\w*|telefonisch\w*|устн\w*)\b",
    re.IGNORECASE,
)
# said so before the reply: "проект ответа …", "Entwurf der Antwort …"
_DRAFT_BEFORE = re.compile(r"(?:проект\w*|Entwurf\w*|draft\w*)\s+(?:\w+\s+)?$", re.IGNORECASE)
# said so after it, in its clause: "…, ibid., never came", "(Entwurf, nicht abgesandt)", "was never sent"
_NOT_SENT_AFTER = re.compile(
    r"[^;]{0,60}?\b(?:never\s+(?:came|sent|delivered|arrived|reached)|not\s+(?:sent|delivered)|nicht\s+abgesandt|"
    r"Entwurf|draft|не\s+отправлен\w*)",
    re.IGNORECASE,
)
# the message answers an earlier reply: "…, answering Petrov's reply of 9 March"
_ANSWERING = re.compile(
    r"\b(?:answering|responding\s+to|in\s+reply\s+to|in\s+response\s+to|replying\s+to|in\s+answer\s+to|"
    r"auf|на)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CABLE = re.compile(r"cabled|telegraph|telegram|телеграф|telegrafisch", re.IGNORECASE)
_MESSAGES = ("letter", "telegram")


def _stem(text: str) -> str:
    """The first four letters of a name's last word, lower case (a declined surname keeps them)."""
    return text.split()[-1].strip(".,'’")[:4].lower() if text.split() else ""


def _same_first(one: str, other: str) -> bool:
    """Whether two names of one surname may be one man: their first names or initials, where both
    give one, begin alike ("Raúl Castro" answering a letter to "F. Castro" is another man)."""
    a, b = one.split()[:-1], other.split()[:-1]
    return not a or not b or a[0][:1].lower() == b[0][:1].lower()


def _reply_date(text: str, at: int, sent: DateValue) -> DateValue | None:
    """The reply's own date at `at`: a full date, or a day and month in the year of the message;
    None unless the reply is cited where it lies (an Ibid., a call number, "both in", "printed in")."""
    found = find_dates(text[at : at + 40])
    if not found or found[0].span.start != 0 or not _CITED.match(text, at + found[0].span.end):
        return None
    d = found[0]
    if d.value is not None and d.value.precision == "day":
        return days_of(d)[0]
    if d.partial and d.month and d.day:
        month = int(sent.iso[5:7]) if len(sent.iso) >= 7 else None
        if month is not None and d.month < month and not (d.month <= 3 and month >= 10):
            return None  # "answering Petrov's reply of 9 March" to a letter of May: an earlier reply, not this one's
        year = int(sent.iso[:4]) + (1 if month is not None and d.month < month else 0)
        return make_date(year, d.month, d.day)
    return None


def _reply_to(comm: Communication, text: str) -> Communication | None:
    """The reply to `comm` told after it in `text` (the note), or None."""
    senders = [p for p in comm.participants if p.function == "sender"]
    recipients = [p for p in comm.participants if p.function == "recipient"]
    if comm.kind not in _MESSAGES or comm.date is None or len(senders) != 1 or len(recipients) != 1:
        return None
    window = text[comm.span.end : comm.span.end + 300]
    for m in sorted((m for rx in _REPLIES for m in rx.finditer(window)), key=lambda m: m.start()):
        if _stem(m.group("who")) != _stem(recipients[0].mention.text) or not _same_first(
            m.group("who"), recipients[0].mention.text
        ):
            continue
        if _ONLY_TOLD.match(window, m.end()):
            return None  # "X's reply of 9 May is discussed in Smith 1976": told of in a book, not cited
        if (
            _NOT_SENT.search(m.group("adj") or "")
            or _DRAFT_BEFORE.search(window, 0, m.start())
            or _ANSWERING.search(window, 0, m.start())
            or re.match(r"entwurf", window[m.end("who") : m.end("who") + 10], re.IGNORECASE)
        ):
            return None  # a draft, an expected or spoken reply, or an earlier reply this message answers
        after = re.search(r"[;\n]|\.\s+[A-Z]", window[m.end() :])
        if _NOT_SENT_AFTER.match(window[m.end() : m.end() + (after.start() if after else 120)]):
            return None  # "…, ibid., never came", "(Entwurf, nicht abgesandt), ebd."
        date = _reply_date(window, m.end(), comm.date)
        if date is None or date.iso <= comm.date.iso:
            return None
        start = comm.span.end + m.start("who")
        writer = parse_participant(m.group("who"), start)
        if writer is None:
            return None
        kind = "telegram" if _CABLE.search(m.group("adj") or "") else comm.kind
        sender = replace(senders[0], function="recipient")
        return Communication(kind, date, (Participant(writer, "sender"), sender), Span(start, comm.span.end + m.end()))
    return None


def _read_already(comm: Communication, reply: Communication) -> bool:
    """Whether `comm` is the reply read already: its day, its writer among the parties."""
    writer = _stem(reply.participants[0].mention.text)
    return comm.date == reply.date and writer in {_stem(p.mention.text) for p in comm.participants}


def with_replies(extraction: NoteExtraction) -> NoteExtraction:
    """`extraction` with the dated reply to each message that names one added after it."""
    text = extraction.note.text
    changed = False
    citations = []
    added: list[Communication] = []
    for citation in extraction.citations:
        comms = list(citation.communications)
        for comm in citation.communications:
            reply = _reply_to(comm, text)
            if reply is None or any(
                _read_already(c, reply) for cit in extraction.citations for c in cit.communications
            ):
                continue
            if any(_read_already(c, reply) for c in added):
                continue  # the same reply after two copies of one message, added once
            added.append(reply)
            comms.append(reply)
        if len(comms) != len(citation.communications):
            changed = True
            citation = replace(citation, communications=tuple(comms))
        citations.append(citation)
    return replace(extraction, citations=tuple(citations)) if changed else extraction
