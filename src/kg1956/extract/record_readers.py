"""Readers of a record's head in a note: a conversation or message by the conversation rules (and a
second one joined to it), its signers, a writer then a kind of record, a date after a head that gave
none (mixed into the note reader)."""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.clauses import Draft, more_dates
from kg1956.extract.communications import CONVERSATION_RULES, dated_by_imprint, read_conversation, read_signers
from kg1956.extract.dates import find_dates
from kg1956.extract.eu_glosses import with_gloss
from kg1956.extract.kinds import KINDS
from kg1956.extract.participant_lists import parse_participants
from kg1956.extract.places import is_place_any_case
from kg1956.extract.records_ru import read_russian_conversation
from kg1956.extract.reported_in import read_reported_in
from kg1956.extract.ru_answer import read_answer
from kg1956.extract.ru_enclosed import enclosed_message
from kg1956.extract.ru_message_talk import talk_in_message
from kg1956.extract.ru_next import named_interlocutors
from kg1956.models import Communication, Participant, Span

# a head that ends on the talk's own day with its year: "… am 3. März 1959", "… on 12 May 1956"
_TALK_DAY_ENDS = re.compile(
    r"\b(?:am|on)\s+\d{1,2}\.?(?:\s*(?:,|und|and)\s*\d{1,2}\.?)*\s+[^\W\d_]+\.?\s+(?:19|20)\d\d\s*$"
)

# what the copy cited is, in brackets after the record's date: a translation, a copy, a draft
_COPY_REMARK = re.compile(
    r"\s*\((?:(?:english\s+|russian\s+|german\s+)?translation|übersetzung|copy|abschrift|kopie|draft|entwurf)"
    r"(?:\s+(?:from|aus|of)\s+[^()]{3,40})?\)",
    re.IGNORECASE,
)


_DASH_IN_HEAD = re.compile(r"^[^,]*conversations?,", re.IGNORECASE)  # "Record of conversation, X–Y": both named


# what follows an answer cited as a record of its own: "там же" and its leaves, or nothing (the next clause)
_OWN_CALL_NUMBER = re.compile(r"(?:\s*(?:гг?\.)?\s*[—–,.]?\s*(?:там\s+же|//)|\s*(?:гг?\.)?\s*\.?\s*$)", re.IGNORECASE)

# a place written as a heading of its own before the date: "Вашингтон", "Улан-Батор", "Hanoi"
_PLACE_FIRST = re.compile(r"[^\W\d_][\w-]+")

# "Отчет, 22 октября 1954": a kind word opening a sentence, the date right after it
_KIND_FIRST = re.compile(
    r"(?P<kind>отч[её]т|доклад|письмо|телеграмма|шифротелеграмма|информация|справка|записка)[,.]?\s+",
    re.IGNORECASE,
)


class RecordReaders:
    """Readers of a record's head and what joins it (mixed into the note reader)."""

    def _his(self, head: str) -> Participant | None:
        """Who "his" stands for in "the record of his conversation with Y" after another record
        in the same note: the one who wrote or recorded that record, or its first party."""
        if not re.search(r"\b(?:his|her)\s+(?:conversations?|talks?|meetings?)\b", head, re.IGNORECASE):
            return None
        before = next((d for d in reversed(self.citations) if d.communications), None)
        if before is None:
            return None
        parts = before.communications[-1].participants
        writer = next((p for p in parts if p.function in ("recorder", "sender", "diarist")), None)
        writer = writer or (parts[0] if parts else None)
        if writer is None or writer.mention.is_organization:
            return None
        return Participant(writer.mention, "recorder")

    def read_communication(self, text: str, off: int) -> bool:
        """A record read by the first conversation rule that claims the clause, and what joins it."""
        for rule in CONVERSATION_RULES:
            result = rule(text, off)
            if result is None or dated_by_imprint(text, result):
                continue  # "Djilas, Conversations with Stalin (New York: Harcourt, 1962)": a book
            result = with_gloss(text, off, result)  # the head's bracketed translation: its roles and spellings
            comm = result.communication
            consumed = result.consumed
            recorders = [p for p in comm.participants if p.function == "recorder"]
            if comm.kind == "conversation" and not recorders and self.diarist and not _DASH_IN_HEAD.match(text):
                comm = replace(comm, participants=(self.diarist, *comm.participants))
            if (
                comm.kind == "conversation"
                and not self.diarist
                and len(comm.participants) + len(comm.unnamed) == 1
                and all(p.function == "interlocutor" for p in comm.participants)
            ):  # "Record of conversation with Kim Il Sung (the recorder is not named)"
                his = self._his(text[:consumed])
                if his is not None:  # "…; see also the record of his conversation with Nam Il"
                    comm = replace(comm, participants=(his, *comm.participants))
                else:
                    comm = replace(comm, unnamed=(*comm.unnamed, "the recorder (not named)"))
            if comm.kind == "conversation" and (
                len(comm.participants) + len(comm.unnamed) < 2 or not comm.participants
            ):
                return False
            diary_draft = self.current if (self.current and self.current.diarist) else None
            if diary_draft is not None and (diary_draft.locators or diary_draft.locator_ibid is not None):
                # "Journal of X for D, ibid., ll. 11–12; memorandum of …": the entry's call number ends it
                diary_draft = None
            entries_only = diary_draft is not None and all(c.kind == "diary_entry" for c in diary_draft.communications)
            if diary_draft is not None and entries_only and comm.kind == "conversation":
                # "Diary of X, entry for 1.VIII.1956: conversation with Y": the entry is that conversation
                entry_date = diary_draft.communications[-1].date if diary_draft.communications else None
                if comm.date is None and entry_date is not None:
                    comm = replace(comm, date=entry_date)
                diary_draft.communications = [c for c in diary_draft.communications if c.date != comm.date]
                draft = diary_draft
                draft.extend(off + consumed)
            elif diary_draft is not None and not diary_draft.communications:
                draft = diary_draft
                draft.extend(off + consumed)
            else:
                draft = self.start(Span(off, off + consumed), title=text[:consumed].strip(" ,."))
            draft.communications.append(comm)
            draft.reply = draft.reply or result.reply
            draft.communications.extend(replace(comm, date=d) for d in result.more_dates)
            draft.communications.extend(result.also)
            more, used = more_dates(text[consumed:], comm)
            if more and _TALK_DAY_ENDS.search(text, 0, consumed):
                # "… über seine Unterredung mit X am 3. März 1959, 7. März 1959": the talk's day was given
                # with its year; the full date after it is the record's, not one more talk
                more = []
            # '"Report from X to Y," May 11, 1955': a quoted head ends before its own date, which is no second one
            draft.communications.extend(c for c in more if c not in draft.communications)
            consumed += used
            remark = _COPY_REMARK.match(text, consumed)  # "20.11.1960 (Übersetzung), ebd., Bl. 37–40"
            consumed = remark.end() if remark else consumed
            reported = read_reported_in(text[consumed:], off + consumed, comm)
            if reported is not None:  # "… is summarised in his cable of 3 May": the message that reported it
                draft.communications.append(reported[0])
                consumed += reported[1]
            answer = read_answer(text[consumed:], off + consumed, comm)  # "…, и ответ Булганина от 13 сентября"
            if answer is not None:
                if answer[0] is not None:
                    draft.communications.append(answer[0])
                consumed += answer[1]
            consumed += self.read_continuation(text, off, consumed, comm, draft)
            talk = talk_in_message(text, off, comm)  # "Телеграмма X о беседе с Y, состоявшейся в тот же день"
            if talk is not None and talk not in draft.communications:
                draft.communications.append(talk)
                consumed = max(consumed, talk.span.end - off)
            enclosed = enclosed_message(text, off, comm)  # "…, с приложением письма Y на имя Z от <date>"
            if enclosed is not None and enclosed not in draft.communications:
                draft.communications.append(enclosed)
                consumed = max(consumed, enclosed.span.end - off)
            self.remainder(text, off, consumed)
            return True
        return False

    def read_answer_clause(self, text: str, off: int) -> bool:
        """ "…, 17 декабря 1956 г. (письмо); ответ Хрущева от 20 декабря": the answer to the letter the
        clause before cited, in a clause of its own (see `ru_answer`)."""
        letters = self.current.communications if self.current else []
        if not letters:
            return False
        answer = read_answer(text, off, letters[-1], own_clause=True)
        if answer is None or answer[0] is None:
            return False
        comm, consumed = answer
        if self.current.locators or self.current.locator_ibid:
            # "… // РГАНИ … Л. 30–34; ответ ЦК АПТ от 27 августа — там же. Л. 51–58": the letter's call
            # number is read; the answer is a record of its own, with the locator that follows it
            if not _OWN_CALL_NUMBER.match(text, consumed):
                return False
            self.start(Span(off, off + consumed), title=text[:consumed].strip(" ,.")).communications.append(comm)
            self.remainder(text, off, consumed)
            return True
        self.current.communications.append(comm)
        self.current.extend(off + consumed)
        self.remainder(text, off, consumed)
        return True

    def read_continuation(self, text: str, off: int, at: int, comm: Communication, draft: Draft) -> int:
        """ "…, 12 March 1958, and between A.M. Puzanov and Nam Il, 14 March 1958": a
        second conversation in the same citation. Returns the characters read."""
        # "…, 9 May 1956, and of N.S. Khrushchev with Kōno, 12 May 1956": "of X with Y" is a second record too
        # "… с Чэнь И (5 мая 1961 г.) и с Лю Шаоци (19 мая 1961 г.)": the date in brackets closes first
        m = re.match(r"\)?[\s,;]*(?:and|as well as|и)\s+(?=between\b|with\b|с\s|of\s)", text[at:], re.IGNORECASE)
        # "… с Ким Ир Сеном 14.III.1957, с Нам Иром 19.III.1957 и с …": a list of talks, by commas too
        m = m or re.match(r",\s*(?=(?-i:со?)\s+[А-ЯЁ])", text[at:])
        if m is None:
            return 0
        start = at + m.end()
        rest = text[start:]
        # "Записи бесед X с Y 7 февраля 1965 г. и с Z 8 февраля 1965 г.": X's talk with Z too
        russian = re.match(r"со?\s", rest) is not None
        lead = "Запись беседы " if russian else "Conversation "
        if rest.lower().startswith("with ") or russian:
            recorders = [p for p in comm.participants if p.function == "recorder"]
            if not recorders:
                return 0
            reader = read_russian_conversation if russian else read_conversation
            result = reader(lead + rest, off + start - len(lead))
            if result is None:
                return 0
            parts = result.communication.participants
            if russian:  # "… и с Москвой 8 мая", "… и с женой Ким Ир Сена 8 мая", "(не состоялась)"
                clause = rest[: max(result.consumed - len(lead), 0)]
                people = named_interlocutors([p.mention for p in parts if p.function == "interlocutor"], clause)
                if people is None or any(p.function != "interlocutor" for p in parts):
                    return 0
                parts = tuple(Participant(x, "interlocutor") for x in people)
            extra = replace(result.communication, participants=(*recorders, *parts))
        else:
            result = read_conversation(lead + rest, off + start - len(lead))
            if result is None:
                return 0
            extra = result.communication
        draft.communications.append(extra)
        draft.communications.extend(replace(extra, date=d) for d in result.more_dates)
        used = m.end() + result.consumed - len(lead)
        return used + self.read_continuation(text, off, at + used, extra, draft)

    def read_signers(self, text: str, off: int) -> bool:
        """The signers of the record just read, named in a clause of their own."""
        if self.current is None or not self.current.communications:
            return False
        signers = read_signers(text, off)
        if not signers:
            return False
        comm = self.current.communications[-1]
        self.current.communications[-1] = replace(comm, participants=(*signers, *comm.participants))
        self.current.extend(off + len(text))
        return True

    def read_writer_then_kind(self, text: str, off: int) -> bool:
        """The writer as a sentence of its own, then the kind and the date: "Посольство
        Венгрии в КНДР. Отчет, 22 октября 1954, …" (how a Russian monograph cites an East
        European embassy's papers)."""
        if self.pending_title is None:
            return False
        head = _KIND_FIRST.match(text)
        if head is None:
            return False
        dates = find_dates(text[head.end() : head.end() + 40])
        if not dates or dates[0].value is None or dates[0].span.start != 0:
            return False
        writer_text, span = self.pending_title
        writers = parse_participants(writer_text, span.start)
        if not writers or len(writers) != 1 or not writers[0].is_organization:
            return False  # a body only: "Правда. Письмо, …" is a newspaper, not a writer
        self.take_pending()
        kind = KINDS.get(head.group("kind").lower().replace("ё", "е"), "report")
        consumed = head.end() + dates[0].span.end
        comm = Communication(
            kind, dates[0].value, (Participant(writers[0], "sender"),), Span(span.start, off + consumed)
        )
        draft = self.start(Span(span.start, off + consumed), title=writer_text)
        draft.communications.append(comm)
        self.remainder(text, off, consumed)
        return True

    def read_date_only(self, text: str, off: int) -> bool:
        """A date after a record whose head gave none ("… с Y. 3 апреля 1957 г.";
        "To the CPSU Central Committee. March 14 1957 Memo …, RGANI, …")."""
        if self.current is None or not self.current.communications:
            return False
        comm = self.current.communications[-1]
        dates = find_dates(text)
        if comm.date is not None or not dates or dates[0].value is None:
            return False
        first = dates[0]
        before = text[: first.span.start].strip(" ,.")
        if re.sub(r"\W", "", before) and not (_PLACE_FIRST.fullmatch(before) and is_place_any_case(before)):
            return False  # "… с Дж. Кеннеди. Вашингтон, 29 ноября 1962 г.": where the talk was held may come first
        if re.sub(r"\W", "", before) and first.value.precision == "year":
            return False  # "Запись беседы … . Москва, 2005. С. 10": a book's imprint, no date of the talk
        after = re.match(
            r"[\s.,]*(?:(?:memo|memorandum|letter|record|telegram|note)\b)?[\s.,…]*",
            text[first.span.end :],
            re.IGNORECASE,
        )
        consumed = first.span.end + (after.end() if after else 0)
        self.current.communications[-1] = replace(comm, date=first.value)
        self.current.extend(off + consumed)
        self.remainder(text, off, consumed)
        return True
