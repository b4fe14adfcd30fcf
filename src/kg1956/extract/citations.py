"""Read one note: split it into clauses, let each rule claim what it understands, group
the claims into citations, and keep every clause no rule claimed as a fragment."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg1956.extract.communications import (
    CONVERSATION_RULES,
    entry_dates,
    first_rule,
    read_conversation,
    read_diary,
    read_signers,
    strip_lead_in,
)
from kg1956.extract.dates import find_dates, make_date
from kg1956.extract.followups import FollowUpReaders
from kg1956.extract.kinds import KINDS
from kg1956.extract.locators import find_repository, parse_locator
from kg1956.extract.names import looks_like_name
from kg1956.extract.parties import people_until_date, side
from kg1956.extract.published import (
    read_based_on,
    read_file_copies,
    read_in_collection,
    read_translation,
)
from kg1956.extract.records_eu import read_european_about
from kg1956.extract.text import split_clauses
from kg1956.extract.works import read_newspaper, read_short_title, read_work
from kg1956.models import (
    BackReference,
    Citation,
    Communication,
    Fragment,
    NameDoubt,
    Note,
    NoteExtraction,
    Participant,
    Span,
    Work,
)

IDEM = "idem"  # BackReference.author of "idem to Mao Zedong": the writer of the record cited before
# "Idem to Mao Zedong, …"; "and cable, the same to Moscow, 6 September 1963": the writer of the record before
_IDEM_TO = re.compile(
    r"^(?:and\s+)?(?:(?:cable|telegram|letter|report|memorandum)\s*,\s*)?(?:idem|id\.|the\s+same)\s+to\s+",
    re.IGNORECASE,
)

_IBID = re.compile(
    r"^(?P<kw>ibid|ibidem|idem|id\.|op\.\s*cit|там\s+же|указ\.\s*соч|ebd|ebenda|tamże|tamtéž"
    r"|(?:(?:are|is)\s+(?:kept\s+|filed\s+)?)?in\s+the\s+same\s+file)\.?,?\s*",
    re.IGNORECASE,
)
_SEE_IBID = re.compile(r"(?:см\.:?\s*|see\s+)?(?:ibid|там\s+же|ebd)\.?", re.IGNORECASE)
_IBID_INSIDE = re.compile(r"\s*[,–—]\s*(?:ibid|ebd|ebenda|там\s+же|tamże|tamtéž)\.?,?\s*(?=\S)", re.IGNORECASE)
_IBID_ABOUT = re.compile(r"(?:Bl|S|k|l|ll|л)\.?\s*(?P<pages>\d+(?:\s?[–-]\s?\d+)?)\s*,\s*(?=über\s)", re.IGNORECASE)
_PAGES = re.compile(
    r"^(?:(?:pp?|л|лл|l|ll|list|listy|с|С|Л|Лл|Bl|bl|k|fl|S)\.?\s*)?(?P<pages>[\dIVXivx]+(?:\s?[–-]\s?\d+)?)\s*\.?$"
)
_DOUBT = re.compile(
    r"(?:‘(?P<quoted>[^’]{2,40})’|(?P<owner>[A-Z][\w’\-]+(?: [A-Z][\w’\-]+){0,2})’s name)"
    r"[^.;()]*?(?P<doubt>cannot be reconstructed|can not be reconstructed|is not reliable|"
    r"not reliable|is uncertain|is unclear|could not be identified|cannot be identified|"
    r"is doubtful|is tentative)",
)
_IBID_IN_BRACKETS = re.compile(r"\(((?:ibid|ebd|там\s+же)\b[^()]*)\)", re.IGNORECASE)


def _skip_punctuation(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " ,.;:":
        pos += 1
    return pos


_DASH_IN_HEAD = re.compile(r"^[^,]*conversations?,", re.IGNORECASE)  # "Record of conversation, X–Y": both named
_GLOSS = re.compile(r"\s*(?P<gloss>\[[^\[\]]+\])[\s,]*")  # a translation of the title cited before
_DATE_LIST_SEP = re.compile(r"\s*(?:,|and|и|&|und)\s*(?:and\s+|и\s+|und\s+)?(?:am\s+)?")


@dataclass
class _Draft:
    """A citation being assembled from consecutive clauses."""

    span: Span
    form: str = "full"
    title: str = ""
    communications: list[Communication] = field(default_factory=list)
    work: object = None
    locators: list = field(default_factory=list)
    copies: list = field(default_factory=list)
    pages: str | None = None
    covers: tuple | None = None
    back_reference: BackReference | None = None
    locator_ibid: str | None = None
    diarist: object = None
    ibid_entries: str | None = None
    reply: bool = False

    def freeze(self) -> Citation:
        return Citation(
            span=self.span,
            form=self.form,
            title=self.title,
            communications=tuple(self.communications),
            work=self.work,
            locators=tuple(self.locators),
            copies=tuple(self.copies),
            pages=self.pages,
            covers=self.covers,
            back_reference=self.back_reference,
            locator_ibid=self.locator_ibid,
            diarist=self.diarist,
            ibid_entries=self.ibid_entries,
            reply=self.reply,
        )

    def extend(self, end: int) -> None:
        self.span = Span(self.span.start, max(self.span.end, end))


def _more_dates(text: str, comm: Communication) -> tuple[list[Communication], int]:
    """ "…, 5 May, 12 May and 3 June 1957": one communication per further date."""
    extra: list[Communication] = []
    pos = 0
    dates = find_dates(text)
    for d in dates:
        gap = text[pos : d.span.start]
        if gap.strip() and not _DATE_LIST_SEP.fullmatch(gap):
            break
        if d.value is None and not d.partial:
            break
        extra.append(d)
        pos = d.span.end
    if not extra:
        return [], 0
    year = next((int(d.value.iso[:4]) for d in reversed(extra) if d.value), None)
    comms = []
    for d in extra:
        value = d.value or (make_date(year, d.month, d.day) if year else None)
        if value is not None:
            comms.append(replace(comm, date=value))
        comms.extend(replace(comm, date=v) for v in d.more)
    return comms, pos


# what is left between two clauses read is no fragment of its own when nothing else is there
_EDGE_PUNCT = " \t.,;:()[]«»\"“”'"


def _fragment(text: str, span: Span) -> Fragment:
    words = re.findall(r"[^\W\d_]+", text)
    lowercase = sum(1 for w in words if w.islower())
    kind = "prose" if len(words) >= 5 and lowercase >= 3 else "unparsed"
    return Fragment(text, span, kind)


_NEXT_WORK = re.compile(r"(?<=\d),\s+(?=[A-Z][\w’'-]+ (?:[A-Z]\.\s?)*[A-Z][\w’'-]+, )")


def _split_works(text: str) -> list[tuple[str, int]]:
    """Several references run together with commas: "…, 1988), 221–42, Geoffrey Swain, …"."""
    cuts = [m.start() for m in _NEXT_WORK.finditer(text) if ")" in text[: m.start()][-12:]]
    bounds = [0, *cuts, len(text)]
    return [
        (text[a:b].strip(" ,"), a + (len(text[a:b]) - len(text[a:b].lstrip(" ,"))))
        for a, b in zip(bounds, bounds[1:], strict=False)
        if text[a:b].strip(" ,")
    ]


_EMBEDDED_HEAD = re.compile(
    r"\b(?:in|see|from|by|according\s+to|cf\.)\s+(?P<head>(?:the|a|his|her|their)\s+)?"
    r"(?=(?:ciphered\s+)?(?:record|memorandum|memo|minutes|notes|report|letter|cable|telegram|transcript|diary)\b)",
    re.IGNORECASE,
)


def _is_prose(text: str) -> bool:
    """A sentence of the author's own: mostly lower-case words, no imprint or URL."""
    if re.search(r"https?://|\((?:[^()]*\b(?:1[89]|20)\d\d)\)", text):
        return False
    if "[" in text or any(d.value and d.value.precision == "day" for d in find_dates(text)):
        return False
    bare = re.sub(r"[‘“'\"].*?[’”'\"]|\[.*?\]|\(.*?\)", " ", text)
    words = re.findall(r"[^\W\d_]+", bare)
    lower = [w for w in words if w.islower()]
    return len(words) >= 10 and len(lower) / len(words) > 0.6


_DOUBT_HINT = re.compile(r"reconstruct|reliable|uncertain|unclear|identified|doubtful|tentative")


def find_doubts(text: str, clauses: list | None = None) -> list[NameDoubt]:
    """The text's own doubts about a name: "… ‘Ho Do Din’ cannot be reconstructed …",
    "(the transcription of An Un-gyong’s name is not reliable – A.L.)". The comment is the
    parenthesis or the clause that holds the doubt, whole."""
    doubts = []
    if not _DOUBT_HINT.search(text):
        return doubts
    clauses = clauses if clauses is not None else split_clauses(text)
    for m in _DOUBT.finditer(text):
        name = m.group("quoted") or m.group("owner")
        opened, closed = text.rfind("(", 0, m.start()), text.rfind(")", 0, m.start())
        if opened > closed and text.find(")", m.end()) > 0:
            start, end = opened + 1, text.find(")", m.end())
        else:
            clause = next((c for c in clauses if c.span.start <= m.start() < c.span.end), None)
            start, end = (clause.span.start, clause.span.end) if clause else (m.start(), m.end())
        comment = text[start:end].strip()
        if not (opened > closed):
            comment = comment.rstrip(".")
        doubts.append(NameDoubt(name.strip(), comment, Span(start, end)))
    return doubts


_REPO_ONLY = re.compile(r"^\W*[\w -]{2,20}(?:\s*\([^)]*\))?\.?$")
_IN_HEAD = re.compile(r"^in\s*:", re.IGNORECASE)


def _merge_continuations(text: str, clauses: list) -> list[tuple[str, int]]:
    """Join a clause that cannot stand alone to the next one: a bare archive name
    ("AVPRF (Moscow)." before "Fond 0102, …"; "АВП РФ." before "Ф. 0102. …") or an
    "In:" whose collection title runs into the next sentence."""
    merged: list[tuple[str, int]] = []
    carry: int | None = None
    for clause in clauses:
        start = clause.span.start if carry is None else carry
        piece = text[start : clause.span.end]
        repo = find_repository(clause.text)
        bare_repo = (
            repo is not None
            and _REPO_ONLY.match(clause.text)
            and not re.search(r"\d", clause.text[: repo.start()] + clause.text[repo.end() :])
        )
        open_in = (_IN_HEAD.match(clause.text) and not re.search(r"\d", clause.text)) or re.search(
            r"\bIn:\s*$", clause.text
        )
        if (bare_repo or open_in) and clause is not clauses[-1]:
            carry = start
            continue
        carry = None
        merged.append((piece, start))
    return merged


class _NoteReader(FollowUpReaders):
    """Walk a note's clauses, building citations; one instance per note."""

    def __init__(self, note: Note) -> None:
        self.note = note
        self.citations: list[_Draft] = []
        self.current: _Draft | None = None
        self.fragments: list[Fragment] = []
        self.diarist: Participant | None = None
        self.diary_unnamed: str | None = None
        self.warnings: list[str] = []
        self.pending_title: tuple[str, Span] | None = None

    def start(self, span: Span, **kw: object) -> _Draft:
        self.flush_pending()
        draft = _Draft(span=span, **kw)  # type: ignore[arg-type]
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
            self.fragments.append(_fragment(*self.pending_title))
            self.pending_title = None

    def read(self) -> NoteExtraction:
        for text, start in _merge_continuations(self.note.text, split_clauses(self.note.text)):
            if len(text) > MAX_CLAUSE_CHARS:
                self.warnings.append(
                    f"note {self.note.number}: a sentence of {len(text):,} characters at offset {start} "
                    "kept as unparsed text"
                )
                self.fragments.append(Fragment(text, Span(start, start + len(text)), "unparsed"))
                continue
            self.read_clause(text, start)
        self.flush_pending()
        return NoteExtraction(
            self.note,
            tuple(c.freeze() for c in self.citations),
            tuple(find_doubts(self.note.text)),
            tuple(f for f in self.fragments if f.span.end > f.span.start and f.text.strip(_EDGE_PUNCT)),
            tuple(self.warnings),
        )

    def read_clause(self, text: str, off: int) -> None:
        if self.read_and_next(text, off):
            return
        if _IDEM_TO.match(text) and self.read_idem_to(text, off):
            return  # "Idem to Rapacki, szyfrogram, …": before a reader takes "Idem" for a name
        gloss = _GLOSS.match(text)
        if gloss and self.current and self.current.communications and read_diary(text[gloss.end() :], 0):
            # "Zapis' besedy …, 5 iiunia 1956 g. [Record of conversation …], Dnevnik V.I. Ivanova": the
            # bracket translates the record's title; the diary after it holds the record
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
            self.read_ibid,
            self.read_diary,
            self.read_communication,
            self.read_signers,
            self.read_published,
            self.read_diary_entry,
            self.read_date_only,
            self.read_embedded,
            self.read_locator,
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
        fragment = _fragment(text, Span(off, off + len(text)))
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
        for m in re.finditer(r"\(([^()]{10,})\)", text):
            inner, at = m.group(1), off + m.start(1)
            if (read_diary(inner, at) or first_rule(inner, at)) and self._cited_whole(inner, at):
                self.fragments.append(_fragment(text[: m.start()], Span(off, off + m.start())))
                self.read_clause(inner, at)
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
            self.fragments.append(_fragment(text[:start].rstrip(), Span(off, off + start)))
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
        inside = _IBID_IN_BRACKETS.match(text, pos)
        if inside:  # "… conversation of 3 May 1958 (ibid., ll. 41–43)": the call number of the record just read
            self.read_clause(inside.group(1), off + inside.start(1))
            pos = _skip_punctuation(text, inside.end())
        if re.search(r"\w", text[pos:]):
            self.read_clause(text[pos:], off + pos)

    # --- readers: each returns True when it claimed the clause --------------------------

    def read_idem_to(self, text: str, off: int) -> bool:
        """ "Idem to Mao Zedong, 7 April 1957": another message from the writer of the record
        cited before; "Idem to idem, 2 January 1957": from the same writer to the same
        addressee. Both are filled in when back-references are resolved."""
        m = _IDEM_TO.match(text)
        if not m:
            return False
        cut = people_until_date(text[m.end() :], off + m.end())
        if cut.date is None:
            return False
        addressee = cut.body.strip(" ,")
        head, comma, last = addressee.rpartition(",")
        if comma and re.sub(r"\s*\[[^\[\]]*\]", "", last).strip().lower() in KINDS:
            addressee = head.strip(" ,")  # "Idem to Rapacki, szyfrogram, 9 IX 1963": the kind after the addressee
        recipients: list[Participant] = []
        unnamed: list[str] = []
        if addressee.lower() not in ("idem", "id.", "the same"):
            found = side(addressee, off + m.end() + (len(cut.body) - len(cut.body.lstrip(" ,"))))
            if found is None:
                return False
            recipients = [Participant(x, "recipient") for x in found[0]]
            unnamed = found[1]
        end = m.end() + cut.end
        comm = Communication("letter", cut.date.value, tuple(recipients), Span(off, off + end), tuple(unnamed))
        draft = self.start(
            Span(off, off + end), title=text[:end].strip(" ,."), back_reference=BackReference(author=IDEM)
        )
        draft.communications.append(comm)
        draft.communications.extend(replace(comm, date=d) for d in cut.more)
        self.remainder(text, off, end)
        return True

    def read_ibid(self, text: str, off: int) -> bool:
        if self.read_idem_to(text, off):
            return True
        m = _IBID.match(text)
        if not m:
            return False
        if self.read_ibid_about(text, off, m.end()):
            return True
        cur = self.current
        if cur is not None and cur.communications and not cur.locators and not cur.copies and cur.form == "full":
            # "Record of conversation, Puzanov–Nam Il, 20 August 1957, ibid., ll. 145–147"
            pm = _PAGES.match(text[m.end() :].strip())
            if pm or not text[m.end() :].strip(" .,"):
                cur.locator_ibid = pm.group("pages") if pm else ""
                cur.extend(off + len(text.rstrip(". ")))
                return True
        draft = self.start(Span(off, off + len(text.rstrip(". "))), form="ibid", back_reference=BackReference())
        rest = text[m.end() :]
        copies = read_file_copies(rest, off + m.end(), work=None) if rest else None  # type: ignore[arg-type]
        if copies:
            draft.copies.extend(copies)
            return True
        if re.match(r"(?:entry|entries|запись|записи)\b", rest.strip(), re.IGNORECASE):
            draft.ibid_entries = rest.strip()
            return True
        pm = _PAGES.match(rest.strip())
        if pm:
            draft.pages = pm.group("pages")
        else:
            loc = parse_locator(rest, off + m.end(), continued=True)  # "Там же. Оп. 42. …", "Ibid., f. 17"
            if loc:
                draft.locators.append(loc)
            elif rest.strip(" .,"):
                self.fragments.append(_fragment(rest, Span(off + m.end(), off + len(text))))
        return True

    def read_ibid_about(self, text: str, off: int, at: int) -> bool:
        """ "ebd., Bl. 7–15, über das Gespräch X mit Y am D": the next record in the file cited
        before, named by its subject; its locator is that file with these leaves."""
        about = _IBID_ABOUT.match(text, at)
        found = read_european_about(text[about.end() :], off + about.end()) if about else None
        if about is None or found is None:
            return False
        end = about.end() + found.consumed
        draft = self.start(Span(off, off + end), title=text[about.end() : end].strip(" ,."))
        draft.communications.append(found.communication)
        draft.communications.extend(replace(found.communication, date=d) for d in found.more_dates)
        draft.locator_ibid = about.group("pages")
        self.remainder(text, off, end)
        return True

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
            more, used = _more_dates(text[consumed:], comm)
            draft.communications.extend(more)
            consumed += used
            consumed += self.read_continuation(text, off, consumed, comm, draft)
            self.remainder(text, off, consumed)
            return True
        return False

    def read_continuation(self, text: str, off: int, at: int, comm: Communication, draft: _Draft) -> int:
        """ "…, 12 March 1958, and between A.M. Puzanov and Nam Il, 14 March 1958": a
        second conversation in the same citation. Returns the characters read."""
        m = re.match(r"[\s,;]*(?:and|as well as|и)\s+(?=between\b|with\b|с\s)", text[at:], re.IGNORECASE)
        if m is None:
            return 0
        start = at + m.end()
        rest = text[start:]
        if rest.lower().startswith("with "):
            recorders = [p for p in comm.participants if p.function == "recorder"]
            if not recorders:
                return 0
            result = read_conversation("Conversation " + rest, off + start - len("Conversation "))
            if result is None:
                return 0
            extra = replace(result.communication, participants=(*recorders, *result.communication.participants))
        else:
            result = read_conversation("Conversation " + rest, off + start - len("Conversation "))
            if result is None:
                return 0
            extra = result.communication
        draft.communications.append(extra)
        draft.communications.extend(replace(extra, date=d) for d in result.more_dates)
        used = m.end() + result.consumed - len("Conversation ")
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

    def read_published(self, text: str, off: int) -> bool:
        if self.current is None:
            copies = None
        else:
            copies = read_in_collection(text, off)
            if copies is None and self.current.copies:
                copies = read_file_copies(text, off, self.current.copies[-1].work)
            if copies is None:
                translation = read_translation(text, off)
                copies = [translation] if translation else None
        if not copies:
            return False
        self.current.copies.extend(copies)  # type: ignore[union-attr]
        self.current.extend(off + len(text))  # type: ignore[union-attr]
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

    def read_online_copy(self, text: str, off: int) -> bool:
        """ "Online file http://…" or "Available at http://…" after a full reference:
        the URL of the work just cited."""
        m = re.match(
            r"^(?:online(?:\s+(?:file|version|copy|edition))?|available(?:\s+online)?(?:\s+at)?|url)"
            r"\s*:?\s*(?=https?://)",
            text,
            re.IGNORECASE,
        )
        if not m or self.current is None or self.current.work is None or self.current.work.url:
            return False
        parsed = read_work("x. " + text[m.end() :], off + m.end() - 3)
        if parsed is None or parsed[0].url is None:
            return False
        self.current.work = replace(self.current.work, url=parsed[0].url, accessed=parsed[0].accessed)
        self.current.extend(off + len(text))
        return True

    def read_manuscript(self, text: str, off: int) -> bool:
        """ "Peter Ward, ‘Title’ (working title). Unpublished manuscript …": the held-back
        reference is a manuscript."""
        if not re.match(r"^(?:unpublished|manuscript|typescript|mimeo)", text, re.IGNORECASE):
            return False
        if self.pending_title:
            ref, span = self.pending_title
        elif self.current is not None and self.current.form == "short" and self.citations[-1] is self.current:
            span = self.current.span
            ref = self.note.text[span.start : span.end]
            self.citations.pop()
            self.current = None
        else:
            return False
        m = re.match(r"^(?P<authors>[^‘“'\"]+?),\s*[‘“'\"](?P<title>.+?)[,.]?[’”'\"]", ref)
        if not m or not looks_like_name(m.group("authors").strip()):
            return False
        self.take_pending()
        work = Work(
            "manuscript",
            m.group("title").strip(),
            authors=(m.group("authors").strip(),),
            span=Span(span.start, span.end),
        )
        self.start(Span(span.start, off + len(text)), title=work.title, work=work)
        self.fragments.append(Fragment(text, Span(off, off + len(text)), "prose"))
        return True

    def read_accessed(self, text: str, off: int) -> bool:
        """ "Accessed 16 September 2017" after a URL that ended the sentence before."""
        m = re.match(r"^(?:accessed|retrieved|viewed)\s+", text, re.IGNORECASE)
        if not m or self.current is None or self.current.work is None:
            return False
        dates = find_dates(text[m.end() :])
        if not dates or dates[0].value is None or self.current.work.url is None:
            return False
        self.current.work = replace(self.current.work, accessed=dates[0].value)
        self.current.extend(off + len(text))
        return True

    def read_work(self, text: str, off: int) -> bool:
        if _is_prose(text):
            return False
        author = None
        if self.pending_title and looks_like_name(self.pending_title[0]):
            author = self.pending_title[0]
            probe = read_work(text, off)
            if probe and not probe[0].authors:
                self.take_pending()
            else:
                author = None
        issues = read_newspaper(text, off)
        if issues:
            for issue in issues:
                self.start(issue.span, title=issue.title, work=issue)
            return True
        parts = _split_works(text)
        if len(parts) > 1:
            for part, at in parts:
                self.read_work(part, off + at)
            return True
        parsed = read_work(text, off)
        if parsed:
            work, pages = parsed
            if author and not work.authors:
                work = replace(work, authors=(author,))
            if (
                work.kind == "web_page"
                and not work.authors
                and self.pending_title
                and _fragment(*self.pending_title).kind == "unparsed"
            ):
                # "Entry title. Site name (…). http://… Accessed …": the held-back clause names the entry
                entry, span = self.take_pending()  # type: ignore[misc]
                site = Work("periodical", work.title, title_translation=work.title_translation)
                work = replace(
                    work, title=entry, title_translation=None, container=site, span=Span(span.start, work.span.end)
                )
            self.start(work.span, title=work.title, work=work, pages=pages)
            return True
        short = read_short_title(text)
        if short and ("…" in text or "..." in text or short[1]):
            title, author, pages = short
            self.start(
                Span(off, off + len(text.rstrip(". "))),
                form="short",
                title=title,
                pages=pages,
                back_reference=BackReference(title=title, author=author),
            )
            return True
        return False


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
