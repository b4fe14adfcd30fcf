"""Readers of talks told of after a record in the same note: who else was present, the talk a
message reports, a record of the same day, the talks continued on further days, the recorder's next
talk, the same day's message (mixed into the note reader)."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from kg1956.extract.communications import first_rule
from kg1956.extract.dates import days_of_month, find_dates, make_date, shared_precision
from kg1956.extract.locators import find_repository
from kg1956.extract.names import parse_participant
from kg1956.extract.next_talk_en import BARE_LEAVES, read_next_talk_en, read_replied
from kg1956.extract.participant_lists import parse_participants
from kg1956.extract.present import PRESENT_LEAD, read_present, read_present_after, same_one
from kg1956.extract.ru_next import read_next_talk
from kg1956.extract.sameday import read_same_day
from kg1956.extract.text import ends_sentence
from kg1956.models import Communication, DateValue, Fragment, Participant, Span

_REPORTING = re.compile(
    # the writer's own talk: "his conversation", "a long talk", "their brief meeting" (what he reports
    # with "a" is his: "Vidić to Popović, cable, …, reporting a long talk with Mikoyan on 7 February"; after
    # "on"/"about" "a meeting" is a subject, maybe to come: "…, 4 May 1958, on a meeting with Kim on 7 May")
    r"(?:(?:reporting|recording|describing)\s+(?:his|her|their|an?)|(?:about|on)\s+(?:his|her|their))\s+"
    r"(?:(?:long|lengthy|brief|short|further|first|second|frank|private|informal|confidential)\s+)?"
    r"(?:conversations?|talks?|meetings?)\s+with\s+"
    r"(?P<y>[^,;()]+?)(?:\s+(?:(?:of|on)\s+)?(?P<when>the\s+(?:previous|same)\s+day|that\s+day|the\s+day\s+before"
    # a time of day: "on the evening of 28 March", "that morning", "the previous evening"
    r"|that\s+(?:morning|afternoon|evening)|the\s+previous\s+(?:morning|afternoon|evening|night)"
    r"|(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    r"(?:\d{1,2}\s+[A-Za-z]+\.?(?:\s+\d{4})?|[A-Za-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?)))?(?=\s*[,;.]|\s*$)",
    re.IGNORECASE,
)


# "X to Y on his conversation with Z of 18 September, 4 October 1956": the talk named inside a
# message's head, its day before the message's own date
_ON_TALK_INSIDE = re.compile(
    r"(?<=\S)\s+(?P<phrase>(?:on|about|describing|reporting)\s+(?:his|her|their)\s+(?:conversations?|talks?|meetings?)"
    r"\s+with\s+[^,;()]+?\s+(?:of|on)\s+\d{1,2}\s+[A-Za-z]+)(?=\s*,\s*(?:\d{1,2}\s+)?[A-Za-z]+\s+(?:\d{1,2},?\s+)?\d{4})",
    re.IGNORECASE,
)


# "… to the CC CPSU Presidium of the same day": the date of the record cited just before
# (also "X's cable to Moscow of the same day is in AVPRF, …": where the record lies, said in a sentence)
_OF_SAME_DAY = re.compile(
    r"\s+of\s+(?:the\s+same\s+day|that\s+day|the\s+same\s+date)(?P<lies>\s+(?:is|are)\s+(?:in|at)(?=\s+[A-Z]))?(?=\s*[,;.]|\s*$|\s+[A-Z])",
    re.IGNORECASE,
)


# "the talks continued on 12 and 15 January": the talk just cited, on further days
_CONTINUED = re.compile(
    r"(?:the\s+)?(?:talks?|conversations?|meetings?|discussions?)\s+(?:were\s+|was\s+)?(?:continued|resumed)\s+on\s+"
    r"(?P<days>\d{1,2}(?:\s*(?:,|and)\s*\d{1,2})*)\s+(?P<month>[A-Z][a-z]+)(?:\s+(?P<year>\d{4}))?(?=\s*[(,.;]|\s*$)",
    re.IGNORECASE,
)


def _day_before(date: DateValue) -> DateValue | None:
    if date.precision != "day":
        return None
    day = datetime.date.fromisoformat(date.iso) - datetime.timedelta(days=1)
    return DateValue(day.isoformat())


# a head that records talks (its parties may be delegations, named by the "Present" sentence after it)
_TALKS = re.compile(
    r"\b(?:talks|conversations?|meetings?|negotiations|minutes|razgovor\w*|sastan\w*|bised\w*|takim\w*"
    r"|переговор\w*|бесед\w*|встреч\w*|gespräch\w*|verhandlung\w*|rozmow\w*|rozhovor\w*)",
    re.IGNORECASE,
)


def _party_of(name: str, comm: Communication) -> bool:
    """Whether `name` is one of the parties of `comm`, written in full or by the surname ("Ivanov"
    after "Diary of V.I. Ivanov"; "Nam Il" after "between Puzanov and Nam Il")."""
    words = name.split()
    for p in comm.participants:
        party = p.mention.text.replace(".", ". ").split()
        if party and (name == p.mention.text or (len(words) == 1 and words[0] == party[-1])):
            return True
        if len(words) > 1 and party[-len(words) :] == words:
            return True
    return False


class TalkReaders:
    """Readers of the talks told of after a record (mixed into the note reader)."""

    def _sentence_end(self, off: int) -> int:
        note = self.note.text
        depth = 0
        for i in range(off, len(note)):
            ch = note[i]
            if ch in "([":
                depth += 1
            elif ch in ")]" and depth:
                depth -= 1
            if depth:
                continue
            if ch == "." and ends_sentence(note, i):
                return i + 1
            if note.startswith(" //", i):
                return i
        return len(note)

    def _sentence_start(self, end: int) -> int:
        note = self.note.text
        end = len(note[:end].rstrip().rstrip("."))  # the full stop that ends the sentence before
        for i in range(end - 1, -1, -1):
            if note[i] == "." and ends_sentence(note, i):
                return i + 1
        return 0

    def _present_after(self, text: str, off: int) -> bool:
        """ "A, the X, and B also took part", "Foreign Minister C was also present", "The conversation
        was conducted by the counsellor, D": a sentence of its own right after a record of conversation
        (the last citation read), whose people join that conversation."""
        if self.note.text[:off].rstrip().endswith("."):  # the sentence's first clause
            end = self._sentence_end(off)
            sentence = self.note.text[off:end]
            if ";" in sentence:
                sentence = sentence[: sentence.index(";")]
        else:
            return False
        people = read_present_after(sentence, off)
        recorded = self.citations[-1] if self.citations else None
        if not people or recorded is None or find_repository(self.note.text[:off]) is None:
            return False  # only after a record cited with its call number
        conversations = [c for c in recorded.communications if c.kind == "conversation"]
        if len(conversations) != 1:
            return False
        known = [c.mention.text for c in conversations[0].participants]
        new = tuple(Participant(p, "interlocutor") for p in people if not any(same_one(p.text, k) for k in known))
        recorded.communications = [
            replace(c, participants=(*c.participants, *new)) if c.kind == "conversation" else c
            for c in recorded.communications
        ]
        self.fragments.append(Fragment(sentence.strip(), Span(off, off + len(sentence)), "prose"))
        return True

    def read_present(self, text: str, off: int) -> bool:
        """A sentence after a record that lists who else took part ("Also present were A and B on
        the Korean side and C on the Soviet side."; "Present: A, B; C, D."): they join the
        conversation recorded; after a head that names delegations only ("Minutes of the talks
        between the Yugoslav and Soviet delegations, 1–2 August 1957, …. Present: …"), they are
        its parties."""
        if not PRESENT_LEAD.match(text):
            return self._present_after(text, off)
        end = self._sentence_end(off)
        people = read_present(self.note.text[off:end], off)
        if not people:
            return False
        recorded = next((d for d in reversed(self.citations) if d.communications), None)
        if recorded is not None and recorded is self.citations[-1]:
            conversations = [c for c in recorded.communications if c.kind == "conversation"]
            if not conversations:
                return False
            known = [c.mention.text for c in recorded.communications[-1].participants]
            new = tuple(Participant(p, "interlocutor") for p in people if not any(same_one(p.text, k) for k in known))
            recorded.communications = [
                replace(c, participants=(*c.participants, *new)) if c.kind == "conversation" else c
                for c in recorded.communications
            ]
            draft = recorded
        else:
            head_at = self._sentence_start(off)
            head = self.note.text[head_at:off]
            if not _TALKS.search(head):
                return False
            if any(d.work is not None and d.span.end > head_at for d in self.citations):
                return False  # talks named in a book's or article's title ("Mao's talks with …," Journal): no record
            repo = find_repository(head)
            dates = [d for d in find_dates(head[: repo.start()] if repo else head) if d.value is not None]
            if not dates:
                return False
            date = dates[0].value
            if dates[0].range_start is not None:
                date = shared_precision(dates[0].range_start, date)
            comm = Communication(
                "conversation", date, tuple(Participant(p, "interlocutor") for p in people), Span(head_at, end)
            )
            # the head, read as no rule's, is now this citation's: no longer a fragment
            self.fragments = [f for f in self.fragments if not head_at <= f.span.start < end]
            if self.current is not None and not self.current.communications and self.current.span.start >= head_at:
                draft = self.current
            else:
                draft = self.start(Span(head_at, end), title=head.strip(" .,"))
            draft.communications.append(comm)
        self.current = draft
        draft.extend(end)
        self.skip_to = end
        return True

    def read_reporting(self, text: str, off: int) -> bool:
        """ "X and Y to Moscow, March 29, 1953, reporting their conversation with Mao Zedong of the
        previous day"; "Diary of X, entry for 9 October 1957 recording his conversation with Kim Il
        Sung": the message (or diary entry) just read tells of its writers' talk with someone.
        The talk is a conversation of its own; a diary entry that records it is that conversation."""
        m = _REPORTING.match(text)
        cur = self.current
        if m is None or cur is None or not cur.communications:
            return False
        told = cur.communications[-1]
        writers = [p for p in told.participants if p.function in ("sender", "diarist", "recorder")]
        if not writers or told.date is None:
            return False
        other = parse_participants(m.group("y"), off + m.start("y"))
        if not other or any(p.is_organization for p in other):
            return False
        when = (m.group("when") or "").lower()
        if not when and told.kind != "diary_entry":
            return False  # "X to Y, date, on their talks with Z": the talks' day is not said
        date = told.date
        when = re.sub(r"^the\s+(?:morning|afternoon|evening|night)\s+of\s+", "", when)  # the day it was that evening
        if when and "previous" in when or "day before" in when:
            date = _day_before(told.date)
        elif when and not re.search(r"same|that", when):
            dated = find_dates(when)
            date = dated[0].value if dated and dated[0].value is not None else None
            if dated and dated[0].partial and dated[0].month:  # "on 27 March": the year of the message
                date = make_date(int(told.date.iso[:4]), dated[0].month, dated[0].day)
                if date is not None and date.iso > told.date.iso:  # "2 January 1959, … the evening of 31 December"
                    date = make_date(int(told.date.iso[:4]) - 1, dated[0].month, dated[0].day)
        if date is None or told.date.precision == "day" and date.iso > told.date.iso:
            return False  # a talk told after its message is one to come
        parts = (
            # a diarist wrote the talk down as he had it, as in "From the diary of X. Record of conversation with Y"
            # the office written beside the writer is attested by the message, of its own date
            *(
                Participant(replace(p.mention, role=None), "recorder" if p.function == "diarist" else "interlocutor")
                for p in writers
            ),
            *(Participant(p, "interlocutor") for p in other),
        )
        talk = Communication("conversation", date, parts, Span(off, off + m.end()))
        if told.kind == "diary_entry" and told.date == date:
            cur.communications[-1] = talk  # the entry is the record of that talk
        else:
            cur.communications.append(talk)
        cur.extend(off + m.end())
        self.remainder(text, off, m.end())
        return True

    def read_of_same_day(self, text: str, off: int) -> bool:
        """ "…, 9 September 1959, AVPRF, …; and Gromyko's memorandum to the CC CPSU Presidium of the
        same day, RGANI, …": a record dated by the one just cited, read without the phrase."""
        m = _OF_SAME_DAY.search(text, 0, 240)
        cur = self.current
        if m is None or cur is None or not cur.communications or cur.communications[-1].date is None:
            return False
        date = cur.communications[-1].date
        if m.group("lies"):
            archive = find_repository(text[m.end() : m.end() + 40])
            if archive is None or text[m.end() : m.end() + archive.start()].strip():
                return False  # "… of the same day is in Shen Zhihua, Mao, Stalin …": a book, not an archive
        # "… is in AVPRF" is read as "…, AVPRF": the archive after a comma
        blank = ("," if m.group("lies") else " ") + " " * (m.end() - m.start() - 1)
        blanked = text[: m.start()] + blank + text[m.end() :]
        found = first_rule(blanked, off)
        if found is None or found.communication.date is not None or found.consumed < m.start():
            return False
        self.read_clause(blanked, off)
        new = self.current
        if new is None or new is cur or not new.communications or new.communications[-1].date is not None:
            return True
        new.communications[-1] = replace(new.communications[-1], date=date)
        return True

    def read_continued(self, text: str, off: int) -> bool:
        """ "Record of conversation between X and Y, 11 January 1957, …; the talks continued on 12 and
        15 January (ibid., k. 63–88)": the same talk again on each day named, its year the first's."""
        m = _CONTINUED.match(text)
        cur = self.current
        if cur is not None and cur.communications and m is None:
            # "…; a second conversation, 13 Feb., ibid.", "and the conversation with X the following day"
            found = read_next_talk_en(text, off, cur.communications[-1]) or read_replied(
                text, off, cur.communications[-1]
            )
            if found is not None:
                draft = self.start(found.talk.span, title=text[: found.consumed].strip())
                draft.communications.append(found.talk)
                leaves = BARE_LEAVES.fullmatch(text, found.consumed)
                if leaves is not None:  # "…, and the conversation with X the following day, k. 45–51"
                    draft.locator_ibid = leaves.group("pages")
                    draft.extend(off + leaves.end("pages"))
                    return True
                self.remainder(text, off, found.consumed)
                return True
        if m is None or cur is None or not cur.communications:
            return False
        talk = cur.communications[-1]
        if talk.kind != "conversation" or talk.date is None or talk.date.precision != "day":
            return False
        dates = days_of_month(m.group("days"), m.group("month"), int(m.group("year") or talk.date.iso[:4]))
        if dates is None:
            return False
        span = Span(off, off + m.end())
        draft = self.start(span, title=text[: m.end()].strip())
        people = tuple(Participant(replace(p.mention, role=None), p.function) for p in talk.participants)
        draft.communications.extend(replace(talk, date=d, participants=people, span=span) for d in dates)
        self.remainder(text, off, m.end())
        return True

    def read_next_talk_ru(self, text: str, off: int) -> bool:
        """ "…; беседа с Хо Ши Мином 8 февраля – там же. Л. 19–30": the recorder's next talk."""
        cur = self.current
        if cur is None or not cur.communications:
            return False
        found = read_next_talk(text, off, cur.communications[-1])
        if found is None:
            return False
        talks, end = found
        draft = self.start(Span(off, off + end), title=text[:end].strip(" ,.–—"))
        draft.communications.extend(talks)
        self.remainder(text, off, end)
        return True

    def read_same_day(self, text: str, off: int) -> bool:
        """ "On the same day Ivanov reported the substance of the talk to Moscow by telegram." after a
        dated record: a message of that writer, of the record's day (or the next), with no call number."""
        said = read_same_day(text)
        cur = self.current
        if said is None or cur is None or not cur.communications or cur.communications[-1].date is None:
            return False
        date = cur.communications[-1].date
        if date.precision != "day":
            return False
        if said.next_day:
            date = DateValue((datetime.date.fromisoformat(date.iso) + datetime.timedelta(days=1)).isoformat())
        writer = parse_participant(said.writer, off + said.writer_at)
        if writer is None or writer.is_organization or not _party_of(writer.text, cur.communications[-1]):
            return False  # "On the same day Pravda/Radio Pyongyang reported …": only a party of the record
        span = Span(off, off + len(text.rstrip()))
        draft = self.start(span, title=text.strip())
        draft.communications.append(Communication(said.kind, date, (Participant(writer, "sender"),), span))
        return True

    def read_report_on_talk(self, text: str, off: int) -> bool:
        """ "Report, X to Y on his conversation with Z of 18 September, 4 October 1956, <call number>":
        a message whose head says, before the message's own date, which talk of its writer it
        tells of. The message is X's to Y, of its own date; the talk is a conversation of its own
        (read as "…, reporting his conversation with Z of 18 September" would be)."""
        m = _ON_TALK_INSIDE.search(text)
        if m is None or text[: m.start()].count("(") != text[: m.start()].count(")"):
            return False
        blanked = text[: m.start()] + text[m.end() :]
        found = first_rule(blanked, off)
        if found is None or found.consumed <= m.start() or found.communication.date is None:
            return False
        told = found.communication
        if told.kind == "conversation" or not any(p.function == "sender" for p in told.participants):
            return False
        if not any(p.function == "recipient" for p in told.participants):
            return False
        phrase = m.group("phrase")
        # the clause without the phrase, offsets after it shifted back to the text's own
        self.read_clause(text[: m.start()] + " " * len(m.group(0)) + text[m.end() :], off)
        cur = self.current
        if cur is None or not cur.communications or cur.communications[-1].date != told.date:
            return True
        self.read_reporting(phrase, off + m.start("phrase"))
        return True
