"""Read one note: split it into clauses, let each rule claim what it understands, group
the claims into citations, and keep every clause no rule claimed as a fragment."""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.backref_readers import IDEM_TO, BackReferenceReaders
from kg1956.extract.call_number_first import read_call_number_first
from kg1956.extract.clauses import (
    EDGE_PUNCT,
    Draft,
    find_doubts,
    leftover,
    merge_continuations,
)
from kg1956.extract.communications import (
    first_rule,
    read_diary,
    strip_lead_in,
)
from kg1956.extract.copies_to import read_copies_to
from kg1956.extract.dates import find_dates, shared_precision
from kg1956.extract.diary_readers import DiaryReaders
from kg1956.extract.entries_ibid import entries_then_ibid
from kg1956.extract.fma_more import another_fma_file
from kg1956.extract.followups import FollowUpReaders
from kg1956.extract.for_see import read_for_see
from kg1956.extract.gloss_fallback import read_through_glosses
from kg1956.extract.hereafter_titles import HEREAFTER_BRACKET
from kg1956.extract.locators import find_repository, parse_locator
from kg1956.extract.lone_writer import read_lone_writers
from kg1956.extract.loose_talks import read_loose_talks
from kg1956.extract.minute_on import minuted_record_at
from kg1956.extract.op_cit import OP_CIT_TITLE, read_op_cit
from kg1956.extract.prose_diary import as_diary_head
from kg1956.extract.prose_message import read_prose_message
from kg1956.extract.published import (
    read_based_on,
)
from kg1956.extract.record_readers import RecordReaders
from kg1956.extract.rel_messages import read_relative_messages
from kg1956.extract.rel_next import read_next_talks
from kg1956.extract.rel_talks import read_relative_talks
from kg1956.extract.replies import with_replies
from kg1956.extract.role_text import checked_role
from kg1956.extract.ru_more_leaves import more_leaves
from kg1956.extract.ru_prose_told import read_ru_prose_told
from kg1956.extract.ru_talked import read_talked_on
from kg1956.extract.talk_readers import TalkReaders
from kg1956.extract.text import split_clauses
from kg1956.extract.told import colon_call_number, semicolon_record
from kg1956.extract.two_sides import with_two_sides
from kg1956.extract.work_readers import WorkReaders
from kg1956.extract.year_in_note import dated_from_note, note_years
from kg1956.models import (
    BackReference,
    Communication,
    Fragment,
    Note,
    NoteExtraction,
    Participant,
    Span,
)

_SEE_IBID = re.compile(r"(?:см\.:?\s*|see\s+)?(?:ibid|там\s+ж[еe]|ebd)\.?", re.IGNORECASE)
_IBID_INSIDE = re.compile(r"\s*[,–—]\s*(?:ibid|ebd|ebenda|там\s+ж[еe]|tamże|tamtéž)\.?,?\s*(?=\S)", re.IGNORECASE)
_TOLD_IBID = re.compile(
    r"(?:is|are)\s+(?:reported|recorded|summari[sz]ed|described)\s+(?=ibid\.?,\s*(?:ll?|ff?|fl|Bl|k|л|лл)\.\s*\d)",
    re.IGNORECASE,
)
# A record cited inside the author's sentence in brackets, round or square
_BRACKETED = re.compile(r"\((?P<round>[^()]{10,})\)|\[(?P<square>[^\[\]]{10,})\]")
_IBID_IN_BRACKETS = re.compile(r"\(((?:ibid|ebd|там\s+ж[еe])\b[^()]*)\)", re.IGNORECASE)


# a quoted title right before the round bracket of its translation
_QUOTED_HEAD_BEFORE = re.compile(r"[“\"„](?P<q>[^“”\"„]{10,300})[”\"“]\s*$")
_ENGLISH_WORD = re.compile(r"\b(?:the|of|with|and|to|on|a|an|is|was|were|in|between|from|by)\b", re.IGNORECASE)


def _quoted_head_before(before: str) -> bool:
    """Whether the text before a round bracket ends in a quoted title that is the whole clause
    or a head in another language (three words or more, no English word): its translation follows,
    not a record cited ('Zhou said the Albanians were "right" (Record of …)' cites one)."""
    m = _QUOTED_HEAD_BEFORE.search(before)
    if m is None:
        return False
    if not before[: m.start()].strip():
        return True
    quote = m.group("q")
    return len(quote.split()) >= 3 and not _ENGLISH_WORD.search(quote)


def _undated(inner: str, at: int) -> bool:
    found = first_rule(inner, at)
    return found is not None and found.communication.date is None


def _skip_punctuation(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " ,.;:":
        pos += 1
    return pos


# an archive's full name before the short form a note then uses: "Arkhiv … (hereafter AVPRF"
_NAMED_IN_FULL = re.compile(r"\(\s*(?:hereafter|henceforth|further|below|im\s+Folgenden|dále\s+jen|dalej)\s*$", re.I)
# the archival original of a record cited first from a printed edition or a translation
_ORIGINAL = re.compile(
    r"(?:(?:русский|российский|архивный|немецкий|польский|китайский|Russian|archival|German|Polish|Chinese)\s+)?"
    r"(?:оригинал|подлинник|текст|original|text)(?:\s+(?:см\.|in|at|is\s+in))?",
    re.IGNORECASE,
)
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


# a call number, then the record before named again with a new day ("…, 1–4, same, 13 April 1967")
_LEAVES_THEN_IDEM = re.compile(r"^(.+?),\s+(?=(?:idem|id\.|(?:the\s+)?same|ditto)\s*,\s*\d)", re.IGNORECASE)


class _NoteReader(FollowUpReaders, BackReferenceReaders, WorkReaders, TalkReaders, DiaryReaders, RecordReaders):
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
            draft.communications = [self._checked_roles(c) for c in draft.communications]
        years = note_years([c for draft in self.citations for c in draft.communications])
        for draft in self.citations:
            draft.communications = [dated_from_note(c, self.note.text, years) for c in draft.communications]
        return NoteExtraction(
            self.note,
            tuple(c.freeze() for c in self.citations),
            tuple(find_doubts(self.note.text)),
            tuple(f for f in self.fragments if f.span.end > f.span.start and f.text.strip(EDGE_PUNCT)),
            tuple(self.warnings),
        )

    def _checked_roles(self, comm: Communication) -> Communication:
        """The communication with every participant's role as `role_text` lets it stand; the
        words cut from a role reported as unparsed text of the note."""
        participants = []
        for p in comm.participants:
            role, unread = checked_role(p.mention.role)
            if unread.strip(" ,"):
                at = self.note.text.find(unread.strip(" ,"), p.mention.span.start)
                span = Span(at, at + len(unread.strip(" ,"))) if at >= 0 else p.mention.span
                self.fragments.append(Fragment(unread.strip(" ,"), span, "unparsed"))
            if role != p.mention.role:
                p = replace(p, mention=replace(p.mention, role=role))
            participants.append(p)
        return replace(comm, participants=tuple(participants))

    def read_clause(self, text: str, off: int) -> None:
        if (op_cit := read_op_cit(text)) is not None:  # "Liang Wenhua. Op. cit. P. 77": the author's work
            author, pages = op_cit
            back = BackReference(title=OP_CIT_TITLE, author=author)
            span = Span(off, off + len(text.rstrip(". ")))
            self.start(span, form="short", title=OP_CIT_TITLE, pages=pages, back_reference=back)
            return
        if (idem := _LEAVES_THEN_IDEM.match(text)) is not None and (
            parse_locator(idem.group(1), off) is not None
            # a document's number and its pages, or the leaves of the file cited before ("ibid., k. 21–30")
            or re.fullmatch(r"(?:ibid\.?,?\s*)?(?:[A-Za-z]{1,4}\.\s*)?[\d\s,.:/–-]+", idem.group(1), re.IGNORECASE)
            or (self.current and self.current.locators and more_leaves(idem.group(1), off, self.current.locators[-1]))
        ):
            # "…; 106-01479-06, 1–4, same, 13 April 1967": where the next record lies, then "the same" again
            self.read_clause(idem.group(1), off)
            self.read_clause(text[idem.end() :], off + idem.end())
            return
        if self.current and self.current.locators and (more := more_leaves(text, off, self.current.locators[-1])):
            self.current.locators[-1 if more[1] else len(self.current.locators) :] = [more[0]]
            return  # "…Л. 88–97; Л. 104–110", "№ 109-00787-03. С. 1–7": more leaves of the file just cited
        if ";" not in text and (talked := read_talked_on(self.note.text, off)) is not None:
            # "X беседовал с Y-ом 9 октября 1958 г.; … (АВП РФ …)": the talk, its call number closing the sentence
            comm, inner, inner_at, inner_end = talked
            self.fragments.append(
                Fragment(self.note.text[off : off + inner_at - 1].strip(), Span(off, off + inner_at - 1), "prose")
            )
            self.start(comm.span).communications.append(comm)
            self.read_clause(inner, off + inner_at)
            self.skip_to = off + inner_end
            return
        if read_call_number_first(self, text, off):
            return  # "RGANI, f. 5, …, ll. 12–16: X to Y, report, date": the call number, then its record
        minuted = minuted_record_at(text)
        if minuted is not None and first_rule(text[minuted:], off + minuted) is not None:
            # "Minute by … on Trevelyan's despatch of 2 April 1955 to …, TNA, …": the record minuted
            self.fragments.append(Fragment(text[:minuted].strip(), Span(off, off + minuted), "prose"))
            self.read_clause(text[minuted:], off + minuted)
            return
        swapped = entries_then_ibid(text)
        if swapped is not None and self.read_ibid(swapped[0][swapped[1] :], off + swapped[1]):
            return  # "Entries of 3 and 9 May, ibid.": the entries of the diary cited before
        diary_head = as_diary_head(text, self.note.text[:off])
        if diary_head is not None and self.read_diary(diary_head, off):
            return  # "Eden's impressions are in his diary entries of 10 and 11 May 1954, quoted in …"
        told_ru = read_ru_prose_told(self.note.text[off:], off)
        if told_ru is not None and told_ru[1] > 0:
            # "X писал Y-у 14 февраля 1957 г.: АВП РФ …": the message, then its call number (in this clause
            # or the next: "…; см.: РГАНИ …")
            comms, call_at = told_ru
            said = min(call_at, len(text))
            self.fragments.append(Fragment(text[:said].strip(" :("), Span(off, off + said), "prose"))
            self.start(comms[0].span).communications.extend(comms)
            if call_at < len(text):
                self.read_clause(text[call_at:].rstrip(" .)"), off + call_at)
            return
        told = read_prose_message(text, off)
        if told is not None:  # "X reported to Y on … on 8 Oct. 1954: RGANI, …": the message, then its call number
            comm, call_at = told
            self.fragments.append(Fragment(text[:call_at].strip(" :("), Span(off, off + call_at), "prose"))
            self.start(comm.span).communications.append(comm)
            self.read_locator(text[call_at:].rstrip(" .)"), off + call_at)
            return
        if (colon_call_number(text) is not None or semicolon_record(text) is not None) and self.read_told(text, off):
            return  # "X told Y on 14 December 1961 that …: AMZV, …": the talk, then the call number after the colon
        if (
            self.read_and_next(text, off)
            or self.read_answer_clause(text, off)
            or self.read_present(text, off)
            or self.read_covering(text, off)
            or self.read_reporting(text, off)
            or self.read_report_on_talk(text, off)
            or self.read_continued(text, off)
            or self.read_next_talk_ru(text, off)
            or self.read_of_same_day(text, off)
            or self.read_same_day(text, off)
            or self.read_after_colon(text, off)
            or read_copies_to(self, text, off)
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
            self.read_ibid_record(text, off)
            or self.read_published(text, off)
            or self.read_accessed(text, off)
            or self.read_online_copy(text, off)
            or self.read_manuscript(text, off)
            or self.read_diary(text, off)
            or self.read_communication(text, off)
        ):
            return
        if self.read_for_see(text, off):
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

    def read_for_see(self, text: str, off: int) -> bool:
        """ "For the meeting between X and Y at Beijing airport on D see the Soviet record, APRF, …":
        the talk the lead-in names is the one the record after "see" holds (see `for_see`)."""
        found = read_for_see(text, off)
        if found is None:
            return False
        talk, at = found
        self.fragments.append(Fragment(text[:at].strip(), Span(off, off + at), "prose"))
        before = len(self.citations)
        self.read_clause(text[at:], off + at)
        record = next((d for d in self.citations[before:] if d.locators), None)
        if record is not None and not record.communications:
            record.communications.append(talk)
        return True

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
            if (
                group == "round"
                and _quoted_head_before(text[: m.start()])
                and find_repository(inner) is None
                and _undated(inner, at)
            ):
                # '"<head>" (Minutes of X's talk with Y), …': the quoted title's translation, no record
                # (but never a quotation in the author's sentence: 'Zhou said they were "right" (Record …)')
                continue
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

    def read_locator(self, text: str, off: int) -> bool:
        loc = parse_locator(text, off)
        head_end = None
        if loc is None and self.current is not None and self.current.locators:
            more = another_fma_file(text, off) if self.current.locators[-1].repository == "PRC-FMA" else None
            if more is not None:  # "…, PRC FMA, 106-00022-03, 1–8, and 106-00022-04, 2–5": a second file
                self.current.locators.append(more)
                self.current.extend(more.span.end)
                return True
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
        record = next((d for d in reversed(self.citations) if d.communications), None)
        if _ORIGINAL.fullmatch(head) and record is not None and not record.locators:
            # "… // Cuba and the Soviet Union … P. 203–221. Русский оригинал: АП РФ …": the original of the
            # record cited from the printed edition; the call number is that record's
            self.current, head = record, ""
        if _SEE_IBID.fullmatch(head):
            head = ""  # "… 23 февраля 1968 г. см.: Там же. Оп. 23 …": the call number of the record just read
        elif record_citation and HEREAFTER_BRACKET.fullmatch(head):
            head = ""  # "…, 12 May 1955 (hereafter Mikoyan–Ho record), AVPRF, …": the record's short title
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
            elif _RECORDER_BRACKET.match(tail):
                # "…, ll. 88–93 (recorded by N.P. Moiseev, first secretary)": the record's note-taker
                at = text.index("(", loc.span.end - off)
                self.read_recorded_by(text[at:].rstrip(" .;"), off + at)
        return True


# a bracket after a call number naming who wrote the record down
_RECORDER_BRACKET = re.compile(r"\(\s*(?i:recorded|record|written\s+down|taken\s+down|notes\s+taken)\s+by\s")

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
    first = read_through_glosses(_NoteReader(note).read(), lambda variant: _NoteReader(variant).read())
    later_passes = read_next_talks(read_relative_messages(read_relative_talks(read_loose_talks(first))))
    return with_two_sides(with_replies(read_lone_writers(later_passes)))
