"""Read one note: split it into clauses, let each rule claim what it understands, group
the claims into citations, and keep every clause no rule claimed as a fragment."""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.backref_readers import IDEM_TO, BackReferenceReaders
from kg1956.extract.clauses import (
    EDGE_PUNCT,
    Draft,
    find_doubts,
    leftover,
    merge_continuations,
    more_dates,
)
from kg1956.extract.communications import (
    CONVERSATION_RULES,
    entry_dates,
    first_rule,
    read_conversation,
    read_diary,
    read_signers,
    strip_lead_in,
)
from kg1956.extract.dates import find_dates, shared_precision
from kg1956.extract.followups import FollowUpReaders
from kg1956.extract.kinds import KINDS
from kg1956.extract.locators import find_repository, parse_locator
from kg1956.extract.participant_lists import parse_participants
from kg1956.extract.published import (
    read_based_on,
)
from kg1956.extract.records_ru import read_russian_conversation
from kg1956.extract.ru_answer import read_answer
from kg1956.extract.ru_next import named_interlocutors
from kg1956.extract.talk_readers import TalkReaders
from kg1956.extract.text import split_clauses
from kg1956.extract.work_readers import WorkReaders
from kg1956.models import (
    Communication,
    Fragment,
    Note,
    NoteExtraction,
    Participant,
    Span,
)

_SEE_IBID = re.compile(r"(?:см\.:?\s*|see\s+)?(?:ibid|там\s+ж[еe]|ebd)\.?", re.IGNORECASE)
# what the copy cited is, in brackets after the record's date: a translation, a copy, a draft
_COPY_REMARK = re.compile(
    r"\s*\((?:(?:english\s+|russian\s+|german\s+)?translation|übersetzung|copy|abschrift|kopie|draft|entwurf)"
    r"(?:\s+(?:from|aus|of)\s+[^()]{3,40})?\)",
    re.IGNORECASE,
)
_IBID_INSIDE = re.compile(r"\s*[,–—]\s*(?:ibid|ebd|ebenda|там\s+ж[еe]|tamże|tamtéž)\.?,?\s*(?=\S)", re.IGNORECASE)
_TOLD_IBID = re.compile(
    r"(?:is|are)\s+(?:reported|recorded|summari[sz]ed|described)\s+(?=ibid\.?,\s*(?:ll?|ff?|fl|Bl|k|л|лл)\.\s*\d)",
    re.IGNORECASE,
)
# A record cited inside the author's sentence in brackets, round or square
_BRACKETED = re.compile(r"\((?P<round>[^()]{10,})\)|\[(?P<square>[^\[\]]{10,})\]")
_IBID_IN_BRACKETS = re.compile(r"\(((?:ibid|ebd|там\s+ж[еe])\b[^()]*)\)", re.IGNORECASE)


def _skip_punctuation(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " ,.;:":
        pos += 1
    return pos


_DASH_IN_HEAD = re.compile(r"^[^,]*conversations?,", re.IGNORECASE)  # "Record of conversation, X–Y": both named
# an archive's full name before the short form a note then uses: "Arkhiv … (hereafter AVPRF"
_NAMED_IN_FULL = re.compile(r"\(\s*(?:hereafter|henceforth|further|below|im\s+Folgenden|dále\s+jen|dalej)\s*$", re.I)
_GLOSS = re.compile(r"\s*(?P<gloss>\[[^\[\]]+\])[\s,]*")  # a translation of the title cited before


_EMBEDDED_HEAD = re.compile(
    r"\b(?:in|see|from|by|according\s+to|cf\.)\s+(?P<head>(?:the|a|his|her|their)\s+)?"
    r"(?=(?:ciphered\s+)?(?:record|memorandum|memo|minutes|notes|report|letter|cable|telegram|transcript|diary)\b)",
    re.IGNORECASE,
)


def _span_entry(draft: Draft) -> None:
    """A diary cited for a span with no entry singled out ("From the diary of N.G. Sudarikov,
    12–19 April 1969, AVPRF …") is one entry of the diarist alone, dated with what both ends of
    the span share (docs/gold-format.md)."""
    if draft.communications or draft.diarist is None or not draft.covers:
        return
    start, end = draft.covers
    if start is None or end is None or start == end:
        return
    draft.communications.append(
        Communication("diary_entry", shared_precision(start, end), (Participant(draft.diarist, "diarist"),), draft.span)
    )


# "Отчет, 22 октября 1954": a kind word opening a sentence, the date right after it
_KIND_FIRST = re.compile(
    r"(?P<kind>отч[её]т|доклад|письмо|телеграмма|шифротелеграмма|информация|справка|записка)[,.]?\s+",
    re.IGNORECASE,
)


class _NoteReader(FollowUpReaders, BackReferenceReaders, WorkReaders, TalkReaders):
    """Walk a note's clauses, building citations; one instance per note."""

    def __init__(self, note: Note) -> None:
        self.note = note
        self.citations: list[Draft] = []
        self.current: Draft | None = None
        self.fragments: list[Fragment] = []
        self.diarist: Participant | None = None
        self.diary_unnamed: str | None = None
        self.warnings: list[str] = []
        self.pending_title: tuple[str, Span] | None = None
        self.skip_to = 0  # a reader took the rest of a sentence: clauses before this offset are read already

    def start(self, span: Span, **kw: object) -> Draft:
        self.flush_pending()
        draft = Draft(span=span, **kw)  # type: ignore[arg-type]
        self.citations.append(draft)
        self.current = draft
        return draft

    def take_pending(self) -> tuple[str, Span] | None:
        """Use the short clause held back as the title of what follows."""
        pending, self.pending_title = self.pending_title, None
        return pending

    def flush_pending(self) -> None:
        """Report a held-back clause that nothing used."""
        if self.pending_title:
            self.fragments.append(leftover(*self.pending_title))
            self.pending_title = None

    def read(self) -> NoteExtraction:
        for text, start in merge_continuations(self.note.text, split_clauses(self.note.text)):
            if start < self.skip_to:
                continue
            if len(text) > MAX_CLAUSE_CHARS:
                self.warnings.append(
                    f"note {self.note.number}: a sentence of {len(text):,} characters at offset {start} "
                    "kept as unparsed text"
                )
                self.fragments.append(Fragment(text, Span(start, start + len(text)), "unparsed"))
                continue
            self.read_clause(text, start)
        self.flush_pending()
        for draft in self.citations:
            _span_entry(draft)
        return NoteExtraction(
            self.note,
            tuple(c.freeze() for c in self.citations),
            tuple(find_doubts(self.note.text)),
            tuple(f for f in self.fragments if f.span.end > f.span.start and f.text.strip(EDGE_PUNCT)),
            tuple(self.warnings),
        )

    def read_clause(self, text: str, off: int) -> None:
        if (
            self.read_and_next(text, off)
            or self.read_present(text, off)
            or self.read_covering(text, off)
            or self.read_reporting(text, off)
            or self.read_report_on_talk(text, off)
            or self.read_continued(text, off)
            or self.read_next_talk_ru(text, off)
            or self.read_of_same_day(text, off)
            or self.read_same_day(text, off)
            or self.read_after_colon(text, off)
        ):
            return
        if IDEM_TO.match(text) and self.read_idem_to(text, off):
            return  # "Idem to Rapacki, szyfrogram, …": before a reader takes "Idem" for a name
        gloss = _GLOSS.match(text)
        if gloss and self.current and self.current.communications and read_diary(text[gloss.end() :], 0):
            # "Zapis' besedy …, 5 iiunia 1956 g. [Record of conversation …], Dnevnik V.I. Ivanova": the
            # bracket translates the record's title; the diary after it holds the record
            self.current.extend(off + gloss.start("gloss") + len(gloss.group("gloss")))
            text, off = text[gloss.end() :], off + gloss.end()
        elif (
            gloss
            and self.current
            and self.current.communications
            and self.current.communications[-1].date is not None
            and not self.current.locators
            and not find_dates(gloss.group("gloss"))  # "n.d. [late September 1957]": a date supplied, no title
        ):
            archive = find_repository(text[gloss.end() :])
            if archive is not None and not text[gloss.end() : gloss.end() + archive.start()].strip(" ,"):
                # "Zapis' besedy …, 11 iiulia 1960 g. [Record of …], AVPRF, f. 079, …": the bracket
                # translates the dated record's title; the call number after it is that record's
                self.current.extend(off + gloss.start("gloss") + len(gloss.group("gloss")))
                text, off = text[gloss.end() :], off + gloss.end()
        if (
            self.read_published(text, off)
            or self.read_accessed(text, off)
            or self.read_online_copy(text, off)
            or self.read_manuscript(text, off)
            or self.read_diary(text, off)
            or self.read_communication(text, off)
        ):
            return
        lead = strip_lead_in(text)
        if lead:
            self.fragments.append(Fragment(text[:lead].strip(), Span(off, off + lead), "prose"))
            text, off = text[lead:], off + lead
        text_stripped = text.strip()
        if not text_stripped or not re.search(r"\w", text_stripped):
            return
        for reader in (
            self.read_recorded_by,
            self.read_told,
            self.read_reported,
            self.read_writer_then_kind,
            self.read_ibid,
            self.read_diary,
            self.read_communication,
            self.read_signers,
            self.read_published,
            self.read_diary_entry,
            self.read_date_only,
            self.read_embedded,
            self.read_locator,
            self.read_gost_book,
            self.read_pages_of_work,
            self.read_work,
        ):
            if reader(text, off):
                return
        based_on = read_based_on(text)
        if based_on and self.current and self.current.copies:
            last = self.current.copies[-1]
            if last.translator:
                self.current.copies[-1] = replace(last, based_on=based_on)
                self.fragments.append(Fragment(text, Span(off, off + len(text)), "prose"))
                return
        fragment = leftover(text, Span(off, off + len(text)))
        self.flush_pending()
        if len(text) < 160:
            self.pending_title = (text.rstrip("."), Span(off, off + len(text.rstrip("."))))
            return
        self.current = None
        self.fragments.append(fragment)

    def read_embedded(self, text: str, off: int) -> bool:
        """A record cited inside the author's sentence: "…is summarised in the report of
        V.I. Ivanov to the CPSU Central Committee, 6 September 1956, RGANI, f. 5, …", or in
        brackets: "Puzanov noted … (Diary of A.M. Puzanov, entry 30 January 1958, AVPRF, …)".
        Taken only when the record has a date and what follows it is a locator or nothing,
        so a sentence that merely mentions a meeting yields nothing."""
        for m in _BRACKETED.finditer(text):  # "… (Diary of …)", "Rapacki told Aristov … [Notatka z rozmowy …]"
            group = "round" if m.group("round") is not None else "square"
            inner, at = m.group(group), off + m.start(group)
            if group == "square" and find_repository(inner) is None:
                continue  # "[Report on the conversation with X]": a translated title, not a record cited
            if (read_diary(inner, at) or first_rule(inner, at)) and self._cited_whole(inner, at):
                self.fragments.append(leftover(text[: m.start()], Span(off, off + m.start())))
                self.read_clause(inner, at)
                after = _skip_punctuation(text, m.end())
                repo = find_repository(text[after:])
                if repo is not None and repo.start() == 0:  # "… entry of D (conversation with Y), AVPRF, f. …"
                    self.read_clause(text[after:], off + after)
                return True
        for m in _EMBEDDED_HEAD.finditer(text):
            if m.start() == 0:
                continue
            start = m.end()  # the record's noun, after any article
            rest = text[start:]
            found = first_rule(rest, off + start)
            if found is None or found.communication.date is None:
                continue
            tail = rest[found.consumed :].strip(" ,.;:")
            if tail and parse_locator(tail, 0) is None:
                continue
            self.fragments.append(leftover(text[:start].rstrip(), Span(off, off + start)))
            self.read_clause(rest, off + start)
            return True
        return False

    def _cited_whole(self, inner: str, at: int) -> bool:
        found = first_rule(inner, at)
        if found is None:
            return read_diary(inner, at) is not None
        tail = inner[found.consumed :].strip(" ,.;:")
        return not tail or parse_locator(tail, 0) is not None

    def remainder(self, text: str, off: int, consumed: int) -> None:
        pos = _skip_punctuation(text, consumed)
        closing = text[pos : pos + 1]
        if closing in (")", "]") and text[:pos].count("(" if closing == ")" else "[") > text[:pos].count(closing):
            pos = _skip_punctuation(text, pos + 1)  # the bracket that closes a call number just read
        gloss = _GLOSS.match(text, pos)
        if gloss and _SEE_IBID.match(text, gloss.end()):
            pos = gloss.end()  # '"Note on …" ["Notatka z …"], ibid., k. 11–14': the translation, then its leaves
        told = _TOLD_IBID.match(text, pos)
        if told:  # "X's conversation with Y on D, is reported ibid., k. 11–14": the leaves of the file cited before
            pos = told.end()
        inside = _IBID_IN_BRACKETS.match(text, pos)
        if inside:  # "… conversation of 3 May 1958 (ibid., ll. 41–43)": the call number of the record just read
            self.read_clause(inside.group(1), off + inside.start(1))
            pos = _skip_punctuation(text, inside.end())
        if re.search(r"\w", text[pos:]):
            self.read_clause(text[pos:], off + pos)

    # --- readers: each returns True when it claimed the clause --------------------------

    def read_diary(self, text: str, off: int) -> bool:
        diary = read_diary(text, off)
        if diary is None:
            return False
        if self._recorder_after(diary, text, off):
            return True
        draft = self.start(Span(off, off + diary.consumed), title=text[: diary.consumed].strip(" ,."))
        draft.covers = diary.covers or (None, None)
        draft.diarist = diary.diarist
        self.diarist = Participant(diary.diarist, "recorder") if diary.diarist else None
        self.diary_unnamed = diary.unnamed
        draft.communications.extend(diary.entries)
        self.remainder(text, off, diary.consumed)
        return True

    def _recorder_after(self, diary, text: str, off: int) -> bool:  # noqa: ANN001 - a Diary
        """ "Zapis' besedy s Kim Ir Senom, 5 iiunia 1956 g., Dnevnik V.I. Ivanova, AVPRF …": a
        diary named after a record whose recorder is not named is where the record is, and its
        keeper the recorder."""
        if diary.diarist is None or diary.entries or diary.covers is not None:
            return False
        draft = self.current
        if draft is None or not draft.communications:
            return False
        untold = "the recorder (not named)"
        stem = diary.diarist.text.split()[-1][:4].lower()
        if draft.diarist or not all(
            c.kind == "conversation"
            and all(
                p.function == "interlocutor" and p.mention.text.split()[-1][:4].lower() != stem for p in c.participants
            )
            for c in draft.communications
        ):
            return False
        recorder = Participant(diary.diarist, "recorder")
        draft.communications = [
            replace(c, participants=(recorder, *c.participants), unnamed=tuple(u for u in c.unnamed if u != untold))
            for c in draft.communications
        ]
        draft.diarist = diary.diarist
        self.current = draft
        self.remainder(text, off, diary.diarist.span.end - off)  # the call number after it is the record's
        return True

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
        for rule in CONVERSATION_RULES:
            result = rule(text, off)
            if result is None:
                continue
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
            # '"Report from X to Y," May 11, 1955': a quoted head ends before its own date, which is no second one
            draft.communications.extend(c for c in more if c not in draft.communications)
            consumed += used
            remark = _COPY_REMARK.match(text, consumed)  # "20.11.1960 (Übersetzung), ebd., Bl. 37–40"
            consumed = remark.end() if remark else consumed
            answer = read_answer(text[consumed:], off + consumed, comm)  # "…, и ответ Булганина от 13 сентября"
            if answer is not None:
                draft.communications.append(answer[0])
                consumed += answer[1]
            consumed += self.read_continuation(text, off, consumed, comm, draft)
            self.remainder(text, off, consumed)
            return True
        return False

    def read_continuation(self, text: str, off: int, at: int, comm: Communication, draft: Draft) -> int:
        """ "…, 12 March 1958, and between A.M. Puzanov and Nam Il, 14 March 1958": a
        second conversation in the same citation. Returns the characters read."""
        # "…, 9 May 1956, and of N.S. Khrushchev with Kōno, 12 May 1956": "of X with Y" is a second record too
        m = re.match(r"[\s,;]*(?:and|as well as|и)\s+(?=between\b|with\b|с\s|of\s)", text[at:], re.IGNORECASE)
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
        if self.current is None or not self.current.communications:
            return False
        signers = read_signers(text, off)
        if not signers:
            return False
        comm = self.current.communications[-1]
        self.current.communications[-1] = replace(comm, participants=(*signers, *comm.participants))
        self.current.extend(off + len(text))
        return True

    def read_locator(self, text: str, off: int) -> bool:
        loc = parse_locator(text, off)
        head_end = None
        if loc is None:
            # "Tabellen zum Handelsabkommen, ebd., Bl. 12–14": a title, then the call number
            # of the record cited before with keys of its own (its archive is filled in later)
            inside = _IBID_INSIDE.search(text)
            if inside is None:
                return False
            loc = parse_locator(text[inside.end() :], off + inside.end(), continued=True)
            if loc is None:
                return False
            head_end = inside.start()
        head = text[: loc.span.start - off if head_end is None else head_end].strip(" ,.:")
        record_citation = self.current is not None and (
            self.current.communications
            or self.current.covers
            or self.current.form == "ibid"
            or (self.current.title and self.current.work is None)
        )
        if _SEE_IBID.fullmatch(head):
            head = ""  # "… 23 февраля 1968 г. см.: Там же. Оп. 23 …": the call number of the record just read
        elif record_citation and _NAMED_IN_FULL.search(head):
            head = ""  # "…, 14 August 1955, Arkhiv … Federatsii (hereafter AVPRF), f. 079": the archive's own name
        if head and len(head) > 3:
            self.start(Span(off, loc.span.end), title=head)
        elif self.pending_title:
            title, span = self.take_pending()  # type: ignore[misc]
            self.start(Span(span.start, loc.span.end), title=title)
        elif not record_citation:
            self.start(Span(loc.span.start, loc.span.end), title=loc.text)
        self.current.locators.append(loc)  # type: ignore[union-attr]
        self.current.extend(loc.span.end)  # type: ignore[union-attr]
        tail = text[loc.span.end - off :].strip(" .,;")
        if tail and re.search(r"\w", tail):
            if not re.fullmatch(r"\(.*\)", tail):
                self.remainder(text, off, loc.span.end - off)
        return True

    def read_diary_entry(self, text: str, off: int) -> bool:
        """ "Дневник посла … А.М. Пузанова. Запись за 12 октября 1957 г.": the entry cited,
        in a sentence of its own after the diary's heading."""
        cur = self.current
        m = re.match(r"(?:запись|записи|entry|entries)(?:\s+(?:за|от|of|for))?\s+", text, re.IGNORECASE)
        if m is None or cur is None or cur.diarist is None or cur.communications:
            return False
        values, used = entry_dates(text[m.end() :], cur.covers if cur.covers != (None, None) else None)
        if not values:
            return False
        cur.communications.extend(
            Communication("diary_entry", v, (Participant(cur.diarist, "diarist"),), Span(off, off + m.end() + used))
            for v in values
        )
        cur.extend(off + m.end() + used)
        self.remainder(text, off, m.end() + used)
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
        if re.sub(r"\W", "", text[: first.span.start]):
            return False
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


MAX_NOTE_CHARS = 200_000
MAX_CLAUSE_CHARS = 4_000


def extract_note(note: Note) -> NoteExtraction:
    """Extract every citation, communication, locator and name doubt from one note.

    A note longer than MAX_NOTE_CHARS (footnotes run to a few hundred characters; a longer
    one is a stray text, or many notes run together) is kept whole as an unparsed fragment,
    with a warning naming it, rather than read slowly and badly; so is a single sentence
    longer than MAX_CLAUSE_CHARS inside a note.
    """
    if len(note.text) > MAX_NOTE_CHARS:
        warning = (
            f"note {note.number} is {len(note.text):,} characters long (more than {MAX_NOTE_CHARS:,}): "
            "kept as unparsed text; split it into notes to extract citations"
        )
        whole = Fragment(note.text, Span(0, len(note.text)), "unparsed")
        return NoteExtraction(note, fragments=(whole,), warnings=(warning,))
    return _NoteReader(note).read()
