"""Resolve "Ibid.", "idem", "Там же" and short titles to the citation they point back to.

Runs over a source's notes in order, after extraction: "Ibid., 6–7" takes the work or
record of the citation just before it and keeps its own pages; "Lankov, Crisis in North
Korea, 194–6" and "Pyŏngyang chuchae … …" find the earlier full reference whose title
starts the same way. A reference that points nowhere is reported, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.backref_readers import IDEM, IDEM_AGAIN, IDEM_PAPER, IDEM_RECORDER
from kg1956.extract.communications import entry_dates
from kg1956.extract.hereafter_titles import declared_titles, record_titled, repeat_by_title
from kg1956.extract.lexicon import LOCATOR_ORDER
from kg1956.extract.locators import find_repository, keys_foreign_to, parse_locator
from kg1956.extract.op_cit import OP_CIT_TITLE
from kg1956.extract.short_repeats import earlier_record, ibid_fma_file, repeated_leaf, repeated_leaf_key
from kg1956.models import (
    Citation,
    Communication,
    DateValue,
    Fragment,
    Locator,
    NoteExtraction,
    Participant,
    PublishedCopy,
    Span,
    Work,
)
from kg1956.romanize import fold


def _title_key(title: str) -> str:
    """Compare titles on letters and digits only: "yŏnkuso. Pyŏngyang" = "yŏnkuso, Pyŏngyang"."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(title)).split())


def _matches(short: str, full: str) -> bool:
    s, f = _title_key(short), _title_key(full)
    return bool(s) and len(s) >= 4 and f.startswith(s)


class _Registry:
    """Full references seen so far, newest first when searched."""

    def __init__(self) -> None:
        self.citations: list[Citation] = []
        self.notes: list[int] = []  # the note of each citation
        self.works: list[Work] = []

    def add(self, citation: Citation, note: int = 0) -> None:
        self.citations.append(citation)
        self.notes.append(note)
        if citation.work is not None and citation.form == "full":
            self.works.append(citation.work)
        for copy in citation.copies:
            if copy.work is not None and (copy.work.year or copy.work.publisher):
                self.works.append(copy.work)

    def find_work(self, title: str, author: str | None) -> Work | None:
        for work in reversed(self.works):
            names = " ".join(work.authors)
            if _matches(title, work.title) and (author is None or fold(author) in fold(names)):
                return work
        return None

    def find_work_by(self, author: str | None) -> Work | None:
        """The last work one of whose authors bears every name of `author` with no initial differing
        ("Батболд С. Г." is not "Батболд Ж."; "Sergey Radchenko" is "Radchenko, Sergey"), or None."""
        names, initials = _name_parts(author or "")
        if not names:
            return None
        for work in reversed(self.works):
            for other in work.authors:
                their_names, their_initials = _name_parts(other)
                letters = set(their_initials) | {w[0] for w in their_names - names}
                if names <= their_names and all(letter in letters for letter in initials):
                    return work
        return None

    def archival_before(self) -> Citation | None:
        """The last citation, or, when it cites no archive (a published translation after
        the record: "…, AVPRF, f. 059a, …; translated in CWIHP Bulletin, no. 5"), the last
        one of the same note that does."""
        if not self.citations:
            return None
        note = self.notes[-1]
        for c, n in zip(reversed(self.citations), reversed(self.notes), strict=True):
            if n != note:
                break
            if c.locators:
                return c
        return self.citations[-1]

    def located_in_note_before(self, note: int) -> Citation | None:
        """When the last citation belongs to `note` and has no call number: the last located
        citation of the note cited just before it."""
        if not self.citations or self.notes[-1] != note or self.citations[-1].locators:
            return None
        before = next((n for n in reversed(self.notes) if n != note), None)
        if before is None:
            return None
        for c, n in zip(reversed(self.citations), reversed(self.notes), strict=True):
            if n == before and c.locators:
                return c
        return None

    def find_citation(self, title: str) -> Citation | None:
        for c in reversed(self.citations):
            if c.title and _matches(title, c.title):
                return c
        return None


def _fill_copies(
    copies: tuple[PublishedCopy, ...], registry: _Registry, fallback: Work | None
) -> tuple[PublishedCopy, ...]:
    out = []
    for copy in copies:
        work = copy.work or fallback
        if work is not None and work.year is None and work.publisher is None and work.url is None:
            full = registry.find_work(work.title, work.authors[0] if work.authors else None)
            work = full or work
        out.append(replace(copy, work=work))
    return tuple(out)


def resolve_back_references(
    extractions: list[NoteExtraction],
) -> tuple[list[NoteExtraction], list[tuple[int, Fragment]]]:
    """Return extractions with back-references filled in, and those left unresolved."""
    registry = _Registry()
    unresolved: list[tuple[int, Fragment]] = []
    result: list[NoteExtraction] = []
    before: NoteExtraction | None = None
    titled: dict[str, Citation] = {}  # short titles declared with "hereafter" for a record
    for ex in extractions:
        citations: list[Citation] = []
        repeat = repeat_by_title(ex.note.text, titled) if titled and not ex.citations else None
        if repeat is not None:  # "Molotov–Zhou record (n. 2), l. 15."
            ex = replace(ex, citations=(repeat,), fragments=tuple(f for f in ex.fragments if f.kind != "unparsed"))
        for c in ex.citations:
            if _ibid_of_work_in_note(c, ex.note.text, citations):
                c = replace(c, locators=(), pages=c.pages or _page_text(c))
                citations.append(c)  # "Author. Title. P. 54–55. Ibid. P. 57.": that book, which no rule read
                registry.add(c, ex.note.number)
                continue
            if not citations and _ibid_of_unread_work(c, before):
                citations.append(c)  # it points to what the note before cites, which no rule read
                registry.add(c, ex.note.number)
                continue
            resolved = _resolve(c, registry, ex.note.text, ex.note.number)
            if resolved is None:
                unresolved.append(
                    (ex.note.number, Fragment(ex.note.text[c.span.start : c.span.end], c.span, "unparsed"))
                )
                if c.form == "short" and c.locators and all(loc.repository and loc.span.end for loc in c.locators):
                    # "Torkunov, pp. 272ff; AVPRF, 06/12a/59/395, pp. 4ff": a short reference that points
                    # nowhere still cites the call number it writes out, archive and all
                    citations.append(replace(c, communications=(), back_reference=None, form="full"))
                    registry.add(citations[-1], ex.note.number)
                    continue
                if c.form == "short" and c.back_reference is not None and not c.communications and not c.locators:
                    # "Szalontai, Kim Il Sung in the Khrushchev Era, 178." cited short without its full
                    # reference: still the work an "Ibid., 181." after it points to, never the call number before
                    registry.add(c, ex.note.number)
                continue
            citations.append(resolved)
            registry.add(resolved, ex.note.number)
        for key, at in declared_titles(ex.note.text):
            record = record_titled(citations, at, ex.note.text)
            if record is not None:
                titled[key] = record
        result.append(replace(ex, citations=tuple(citations)))
        before = ex
    return result, unresolved


# a page of a printed work: "pp. 280–284", "p. 12"
_WORK_PAGE = re.compile(r"(?<!\w)pp?\.\s*\d")


def _ibid_of_unread_work(c: Citation, before: NoteExtraction | None) -> bool:
    """ "Ibid., p. 285." after a note that cites a book's pages in a sentence no rule read ("Hanoi's
    reply reached Warsaw on 6 December 1966; Corbel, Secret Doors, pp. 280–284, reconstructs …"):
    the Ibid. points to that book, never to a record cited in an earlier note."""
    if c.form != "ibid" or c.locators or c.communications or before is None or before.citations:
        return False
    return bool(_WORK_PAGE.search(before.note.text))


# the page a printed work is cited at, in any language's style: "P. 54–55", "pp. 3–9", "С. 12", "S. 7"
_PRINTED_AT = re.compile(r"(?<!\w)(?:pp?|PP?|[СсS]|стр)\.\s*\d")
# the whole of a call number an Ibid.'s page word alone was read as ("P. 57" as a papka)
_PAGE_ONLY = re.compile(r"(?:pp?|PP?)\.\s*(?P<page>\d+(?:\s?[–—-]\s?\d+)?)\.?")


def _page_text(c: Citation) -> str | None:
    m = _PAGE_ONLY.fullmatch(c.locators[0].text) if len(c.locators) == 1 else None
    return m.group("page") if m else None


def _ibid_of_work_in_note(c: Citation, note_text: str, read: list[Citation]) -> bool:
    """ "Author. Title. P. 54–55. Ibid. P. 57.": an Ibid. after a printed work's page that this note
    cites and no rule read, with no archive named between, points to that work; its page is no
    papka, and it takes no call number from an earlier note."""
    if c.form != "ibid" or c.communications or c.title:
        return False
    if c.locators and (any(loc.repository for loc in c.locators) or _page_text(c) is None):
        return False
    before = note_text[read[-1].span.end if read else 0 : c.span.start]
    if not _PRINTED_AT.search(before) or find_repository(before) is not None:
        return False
    return not _LEAF_KEY.search(before)


# an Ibid. written first; entries named before their Ibid. ("Entries of 3 May, ibid.") are not
_IBID_FIRST = re.compile(r"\s*(?:ibid|там\s+же|ebd|ebenda|tamże|tamtéž)", re.IGNORECASE)


def _years_of(target: Citation) -> tuple[DateValue, DateValue] | None:
    """The year of the entries cited before, when they share one: "Ibid., entries for Oct. 27 and
    Oct. 28" after a diary's entry of 20 October 1962 are of 1962."""
    years = {c.date.iso[:4] for c in target.communications if c.date is not None}
    return (DateValue(min(years)), DateValue(max(years))) if len(years) == 1 else None


def _after_new_year(values: list[DateValue], target: Citation) -> list[DateValue]:
    """Entries without a year, dated by the entry cited before: those whose month comes more than half a
    year before its month are of the next year ("Ibid., entries for 2 and 5 January" after 30 December 1956)."""
    months = [int(x.date.iso[5:7]) for x in target.communications if x.date is not None and len(x.date.iso) >= 7]
    if not months:
        return values
    latest = max(months)
    return [
        DateValue(f"{int(v.iso[:4]) + 1}{v.iso[4:]}") if len(v.iso) >= 7 and latest - int(v.iso[5:7]) > 6 else v
        for v in values
    ]


def _diary_entries(c: Citation, target: Citation) -> Citation | None:
    """ "Ibid., entry 30 December" after a diary: new entries of the same diary."""
    if target.diarist is None:
        return None
    text = re.sub(
        r"^(?:entry|entries|запись|записи|Eintragung(?:en)?|Eintrag)(?:\s+(?:of|for|from|от|за|vom|von))?\s+",
        "",
        c.ibid_entries or "",
        flags=re.IGNORECASE,
    )
    covered = bool(target.covers and any(target.covers))
    values, _ = entry_dates(text, target.covers if covered else _years_of(target))
    if not values:
        return None
    if not covered and not re.search(r"\b1[89]\d\d|20\d\d\b", text):
        values = _after_new_year(values, target)
    # the keeper's office belongs to the note that wrote it, not to these entries' dates
    keeper = replace(target.diarist, role=None)
    comms = tuple(Communication("diary_entry", v, (Participant(keeper, "diarist"),), c.span) for v in values)
    return replace(
        c,
        title=target.title,
        communications=comms,
        covers=target.covers,
        diarist=target.diarist,
        locators=_inherited(target.locators, c.pages),  # "… Л. 52, 60–61": the entries' own leaves
    )


def _addressed_back(c: Citation, before: Citation) -> Citation:
    """ "…; and Grotewohl's reply of 12 January 1957": the reply goes to whoever sent the
    record cited before it."""
    if not before.communications:
        return c
    earlier = before.communications[-1]
    writers = [p for p in earlier.participants if p.function in ("sender", "recorder")] or list(earlier.participants)
    comms = []
    for comm in c.communications:
        own = {p.mention.text for p in comm.participants}
        extra = tuple(Participant(p.mention, "recipient") for p in writers if p.mention.text not in own)
        comms.append(replace(comm, participants=(*comm.participants, *extra)))
    return replace(c, communications=tuple(comms))


def _same_writer(c: Citation, before: Citation) -> Citation | None:
    """ "Idem to Mao Zedong, 7 April 1957" after a letter of Kim Il Sung: a message of the
    same kind from the same writer; "Idem to idem" also to the same addressee. The people
    taken over are named in the earlier citation, so their mentions carry no span here."""
    earlier = next((x for x in reversed(before.communications) if x.kind != "conversation"), None)
    if earlier is None:
        return None
    writers = [p for p in earlier.participants if p.function == "sender"]
    addressees = [p for p in earlier.participants if p.function == "recipient"]
    if not writers:
        return None
    comms = []
    for comm in c.communications:
        taken = writers + (addressees if not comm.participants and not comm.unnamed else [])
        # the role stays in the note that wrote it (docs/gold-format.md: roles as written in that note)
        moved = tuple(Participant(replace(p.mention, span=Span(0, 0), role=None), p.function) for p in taken)
        unnamed = comm.unnamed if comm.participants or comm.unnamed else earlier.unnamed
        comms.append(replace(comm, kind=earlier.kind, participants=(*moved, *comm.participants), unnamed=unnamed))
    return replace(c, communications=tuple(comms))


def _idem_record(registry: _Registry, note_text: str = "") -> Citation:
    """The record an "Idem to …" continues: the last citation, or, when that one only tells where
    the record's draft or copy lies or the newspaper that printed it ("Khrushchev to Eisenhower,
    7 September 1958, Pravda, 8 September 1958; the draft … is in AVPRF, …"), the last record of the
    same note before it; never across a book or article (its author may be the Idem) or a note, nor
    across a paper the note gives to someone else ("Mao's reply is in APRF, …", "for Dulles's
    reaction see The New York Times, …": the Idem may be that one)."""
    note = registry.notes[-1]
    pairs = list(zip(registry.citations, registry.notes, strict=True))
    leads: list[str] = []
    for i in range(len(pairs) - 1, -1, -1):
        x, n = pairs[i]
        if n != note:
            break
        printed = x.work is not None and x.work.kind == "newspaper_issue" and not x.work.authors
        located = x.work is None and bool(x.locators)  # "the draft … is in AVPRF, …": where a copy lies
        if x.communications or not (printed or located):
            return x if _names_only_its_people(leads, x) else registry.citations[-1]
        start = pairs[i - 1][0].span.end if i and pairs[i - 1][1] == note else 0
        end = min((loc.span.start for loc in x.locators if loc.span.end), default=x.span.start)
        leads.append(note_text[start : max(end, x.span.start) if located else x.span.start])
    return registry.citations[-1]


_WRITERS = ("sender", "recorder", "diarist")
# the words that may lead a draft's or copy's call number or the paper that printed a letter
_LEAD_WORDS = frozenset("the a an see cf its his her their draft copy original printed published also for in".split())
_POSSESSIVE = re.compile(r"([\w-]+)['’]s?(?!\w)")
_CAPITALISED = re.compile(r"(?<![\w.])[A-ZÀ-ÞА-ЯЁ][\w’'-]*")


def _names_only_its_people(leads: list[str], record: Citation) -> bool:
    """Whether the words before the papers between an Idem and the record it would continue name no
    one but that record's writer ("the draft of Mao's letter is in", "printed in"), never another
    one the Idem may stand for ("Mao's reply is in", "the reply of the State Department is in")."""
    writers = (p for comm in record.communications for p in comm.participants if p.function in _WRITERS)
    own = {fold(w) for p in writers for w in p.mention.text.split()}
    for lead in leads:
        names = [m.group(1) for m in _POSSESSIVE.finditer(lead)]
        names += [w.group() for w in _CAPITALISED.finditer(lead) if w.group().lower() not in _LEAD_WORDS]
        if any(fold(re.sub(r"['’]s?$", "", w)) not in own for w in names):
            return False
    return True


def _name_parts(name: str) -> tuple[set[str], str]:
    """The folded words of a name (three letters or more) and its initials' letters in order."""
    words = re.findall(r"[^\W\d_][^\W\d_'’-]*\.?|[^\W\d_]\.", name.replace(",", " "))
    full = {fold(w) for w in words if not w.endswith(".") and len(w) >= 3}
    initials = "".join(fold(w[0]) for w in words if w.endswith(".") and len(w) <= 3)
    return full, initials


def _page_of_op_cit(c: Citation, target: Citation) -> bool:
    """Whether an Ibid. after an author's "Op. cit." gives only a "P." its reader took for a papka."""
    if target.form != "short" or target.back_reference is None or target.back_reference.title != OP_CIT_TITLE:
        return False
    return len(c.locators) == 1 and not c.locators[0].repository and [k for k, _ in c.locators[0].fields] == ["papka"]


def _just_before(c: Citation, registry: _Registry, note_text: str, note: int | None) -> bool:
    """Whether the last citation read stands immediately before `c`: earlier in the same note
    with nothing but punctuation between them, or in an earlier note when `c` opens its own
    ("See Lankov, p. 46. Idem, …": the historian's work, not read as a citation, stands between)."""
    before = registry.citations[-1]
    if note is not None and registry.notes[-1] == note:
        between = note_text[before.span.end : c.span.start]
    else:
        between = note_text[: c.span.start]
    return not between.strip(" \t\n.,;:")


def _same_again(c: Citation, before: Citation) -> Citation | None:
    """ "Idem, 14 February 1967" after a record: a message (or a paper the Idem names by its kind or
    title) of the same writer alone; "same, 13 April 1967" after the record of a talk: the same people
    talking again. None when the record before names no writer and the Idem names a paper."""
    if not before.communications:
        return None
    earlier = before.communications[-1]
    paper = c.back_reference is not None and c.back_reference.author == IDEM_PAPER
    writer = next((p for p in earlier.participants if p.function in _WRITERS), None)
    if earlier.kind == "conversation" and not paper:
        taken = list(earlier.participants)  # the same talks continued
    elif writer is not None and not writer.mention.is_organization:
        taken = [Participant(writer.mention, "sender" if paper or earlier.kind == "conversation" else writer.function)]
    else:
        return None
    moved = tuple(Participant(replace(p.mention, span=Span(0, 0), role=None), p.function) for p in taken)
    comms = tuple(
        replace(comm, kind=comm.kind if paper else earlier.kind, participants=moved) for comm in c.communications
    )
    return replace(c, communications=comms)


def _same_recorder(c: Citation, before: Citation) -> Citation | None:
    """ "Idem, memorandum of conversation with Y": recorded by whoever wrote the record cited before
    (its recorder, sender or diarist); None when that record names no writer."""
    if not before.communications:
        return None
    earlier = before.communications[-1]
    writer = next((p for p in earlier.participants if p.function in ("recorder", "sender", "diarist")), None)
    if writer is None or writer.mention.is_organization:
        return None
    moved = Participant(replace(writer.mention, span=Span(0, 0), role=None), "recorder")
    comms = tuple(replace(comm, participants=(moved, *comm.participants)) for comm in c.communications)
    return replace(c, communications=comms)


def _inherited(locators: tuple[Locator, ...], pages: str | None = None) -> tuple[Locator, ...]:
    """Locators taken over from the cited note ("Ibid., l. 9"): the same archival file
    with the Ibid.'s own list. Their spans belong to the other note, so they are
    emptied (the citation's own mention covers the reference)."""
    out = []
    for loc in locators:
        fields = dict(loc.fields)
        if pages:
            fields["list"] = pages
        ordered = tuple((k, fields[k]) for k in LOCATOR_ORDER if k in fields)
        text = loc.text if not pages else f"{loc.text} (list {pages})"
        out.append(replace(loc, fields=ordered, span=Span(0, 0), text=text))
    return tuple(out)


# How far up the archive's hierarchy a key stands: an "Ibid." that gives a key keeps the
# earlier call number's keys above it ("Там же. Оп. 42" keeps the fond, "Ibid., k. 44" all).
_RANK = {"fond": 0, "opis": 1, "papka": 2, "box": 2, "delo": 3, "folder": 3, "file": 3, "document": 4, "list": 5}
# the key of an archival leaf after "Ibid." ("Ibid., l. 46", "Там же. Л. 5", "ebd., Bl. 7")
_LEAF_KEY = re.compile(r"(?<!\w)(?:l|ll|list|listy|л|лл|Bl|fol|fl)\.?\s*\d", re.IGNORECASE)  # fl.: Albanian fleta
_AFTER_IBID = re.compile(r"(?:ibid|ibidem|там\s+ж[еe]|ebd|ebenda|tamże|tamtéž)(?:\s?\.)?,?\s*$", re.IGNORECASE)


# The page of a printed work after "Ibid." ("Там же. С. 130", "ebd., S. 7", "Ibid., p. 5",
# "Ibid., pp. 4–5", "Tamże, s. 12", "str. 3"); archives count leaves (л., l., Bl., k., f.)
_PRINTED_PAGE = re.compile(r"(?<!\w)(?P<key>с|стр|s|str|p|pp|P)\.\s*\d", re.IGNORECASE)
# keys that are a printed page in every archive's usage too (Russian страница, German Seite, Polish strona)
_NEVER_LEAF = frozenset({"с", "стр", "s", "str"})


# "Ibid., 1:85": a volume and page of a printed work, which no archive writes
_VOLUME_PAGE = re.compile(r"(?:ibid|ibidem)\.?,?\s*\d{1,2}:\s?\d+(?:[–-]\d+)?\.?\s*$", re.IGNORECASE)


def _printed_page(c: Citation, target: Citation, note_text: str) -> bool:
    """An Ibid. that gives only a printed page where it cannot be a leaf of the call number
    cited before: a Russian, German or Polish page word (archives count leaves: л., Bl., k.),
    or any page word after a book or article."""
    if not c.pages or not target.locators:
        return False
    m = _PRINTED_PAGE.search(note_text, c.span.start, c.span.end)
    if m is None:
        return False
    return target.work is not None or m.group("key").lower() in _NEVER_LEAF


def _bare_page_after_keyed_leaves(
    c: Citation, target: Citation, note_text: str, registry: _Registry, note: int | None
) -> bool:
    """ "Ibid., 205." after a call number whose leaves carry their key ("…, Bl. 20–29"): the
    archive writes its leaves with a key, so a bare number is the page of a work the notes
    between named in prose, not a leaf of that file. Only when such notes stand between (a
    note with no citation read from it after the record's): in the record's own note or the
    next one, the Ibid. can point back to nothing but the record."""
    if not c.pages or c.locators or not target.locators or target.work is not None:
        return False
    if note is None or not registry.citations or registry.citations[-1] is not target or note - registry.notes[-1] < 2:
        return False
    if _LEAF_KEY.search(note_text, c.span.start, c.span.end):
        return False
    return all(_GERMAN_LEAF.search(loc.text) for loc in target.locators)


_GERMAN_LEAF = re.compile(r"(?<!\w)Bl\.\s*\d")


def _continued(loc: Locator, earlier: Locator) -> Locator | None:
    """A call number after "Ibid." with keys of its own: "Там же. Оп. 42. П. 160. Д. 5. Л.
    30–44" after "АВП РФ. Ф. 0111. Оп. 41 …" is AVPRF, fond 0111, opis 42 …; its keys are
    read as the earlier archive's ("Ibid., f. 17" after ANIC is a leaf, `list`). None when it cites
    keys of another archive's scheme, which cannot be resolved exactly."""
    if keys_foreign_to(loc.text, earlier.repository):
        return None  # "Ibid., a.e. 32, l. 5" after AVPRF: another archive's keys, never grafted on its call number
    again = parse_locator(loc.text, loc.span.start, archive=earlier.repository, continued=True) or loc
    own = dict(again.fields)
    top = min(_RANK.get(k, 5) for k in own)
    fields = {k: v for k, v in earlier.fields if _RANK.get(k, 5) < top}
    fields.update(own)
    ordered = tuple((k, fields[k]) for k in LOCATOR_ORDER if k in fields)
    return replace(loc, repository=earlier.repository, repository_text=earlier.repository_text, fields=ordered)


def _record_without_call_number(target: Citation | None, located: Citation, registry: _Registry) -> bool:
    """The citation just before is a record (a communication, no book or article) with no call
    number of its own, cited in the same note as the latest located citation."""
    if target is None or target.locators or target.work is not None or not target.communications:
        return False
    notes = dict(zip(map(id, registry.citations), registry.notes, strict=True))
    return notes.get(id(target)) == notes.get(id(located))


# what joins two call numbers of one archive in a list: "…, ll. 75–87, and d. 348, ll. 65–80"
_JOINED = re.compile(r"\s*[,;]?\s*(?:and\s+)?")


def _joined_tail(loc: Locator, before: list[Locator], note_text: str) -> Locator | None:
    """A call number without an archive or fond written right after one of a named archive in
    the same citation, joined by a comma or "and", continues it: it keeps the earlier levels
    above its own highest key ("…, d. 329, ll. 75–87, and d. 348, ll. 65–80" is in the same fond
    and opis). None otherwise."""
    if not before or not before[-1].repository or "fond" in dict(loc.fields):
        return None
    prev = before[-1]
    if not (0 < prev.span.end <= loc.span.start) or not _JOINED.fullmatch(note_text[prev.span.end : loc.span.start]):
        return None
    return _continued(loc, prev)


def _unnamed_archive(c: Citation, registry: _Registry, note_text: str) -> tuple[Citation, bool]:
    """Give a call number written after "Ibid."/"Там же" without an archive the archive of
    the call number cited before: that of the record just before when it has one (one key
    is enough), else the latest cited (only when the Ibid. gives two keys or more). With it, whether
    a call number was left out because its keys are another archive's (it cannot be resolved, and
    the Ibid. then inherits no call number either)."""
    if not any(loc.repository == "" for loc in c.locators):
        return c, False
    foreign = False
    target = registry.citations[-1] if registry.citations else None
    located = next((x for x in reversed(registry.citations) if x.locators), None)
    out = []
    for loc in c.locators:
        if loc.repository:
            out.append(loc)
            continue
        if not _AFTER_IBID.search(note_text[: loc.span.start]):
            joined = _joined_tail(loc, out, note_text)
            if joined is not None:
                out.append(joined)  # "f. 45, op. 1, d. 329, ll. 75–87, and d. 348, ll. 65–80"
            elif len(loc.fields) >= 2:
                out.append(loc)  # a call number whose archive the note named earlier
            continue  # "Ibid., vol. 12, p. 3": a page of a book, no call number
        earlier = None
        if target is not None and target.locators:
            earlier = target.locators[-1]
        elif located is not None and (len(loc.fields) >= 2 or _record_without_call_number(target, located, registry)):
            # "…, kh/n 520, kh. 14; and X to Y, telegram, 13.IX.1969, ibid., kh. 15–16": the record
            # just before gives no call number, so the Ibid.'s key continues the latest located one
            earlier = located.locators[-1]
        if earlier is not None:
            continued = _continued(loc, earlier)
            foreign = foreign or continued is None
            out.extend([continued] if continued is not None else [])
        elif len(loc.fields) >= 2:
            out.append(loc)  # no archive to continue: kept as written
    return replace(c, locators=tuple(out)), foreign


def _resolve(c: Citation, registry: _Registry, note_text: str = "", note: int | None = None) -> Citation | None:
    c, foreign = _unnamed_archive(c, registry, note_text)
    last_copy_work = None
    if registry.citations and registry.citations[-1].copies:
        last_copy_work = registry.citations[-1].copies[-1].work
    if c.form == "ibid":
        if not registry.citations:
            return None
        target = registry.citations[-1]
        fma = ibid_fma_file(note_text[c.span.start : c.span.end], c.span.start) if not c.locators else None
        if fma is not None:  # "…, 20 April 1963, ibid. 105-01817-03, 4–8": another file of the PRC FMA
            c = replace(c, locators=(fma,))
        if c.pages and _LEAF_KEY.search(note_text, c.span.start, c.span.end):
            target = registry.archival_before() or target  # "Ibid., l. 46": the archival record
            if not target.locators and note is not None:
                # "Телеграмма посла …, 5 ноября 1957 г. // Там же. Л. 40–41": the record named just
                # before in this note lies in the file the note before cited
                filed = registry.located_in_note_before(note)
                if filed is not None:
                    return replace(
                        c,
                        locators=_inherited(filed.locators, c.pages),
                        copies=_fill_copies(c.copies, registry, last_copy_work),
                    )
        if c.ibid_entries is not None:
            entries = _diary_entries(c, target)
            if entries is None and c.pages and not _IBID_FIRST.match(note_text, c.span.start):
                # "Запись от 23 октября: Там же. Л. 12." after a record of a talk (entries_ibid): no diary's
                # entries, the leaves of the file cited before, as the Ibid. alone reads
                return replace(
                    c,
                    ibid_entries=None,
                    locators=c.locators or (() if foreign else _inherited(target.locators, c.pages)),
                    copies=_fill_copies(c.copies, registry, last_copy_work),
                )
            return entries
        if c.title and not c.communications:
            # "<a record's title> // Там же. С. 241–243": that record, in the work or file cited before; the
            # record cited before is not repeated
            return replace(
                c,
                locators=c.locators or (() if foreign else _inherited(target.locators, c.pages)),
                copies=_fill_copies(c.copies, registry, last_copy_work),
            )
        if _page_of_op_cit(c, target):
            # "Liang Wenhua. Op. cit. P. 77. … Там же. P. 80.": a page of the author's work, no papka
            page = dict(c.locators[0].fields)["papka"]
            return replace(c, title=target.title, work=target.work, locators=(), pages=page)
        if not c.locators and (
            _printed_page(c, target, note_text) or _VOLUME_PAGE.match(note_text, c.span.start, c.span.end)
        ):
            # "Там же. С. 130.", "ebd., S. 7", "Ibid., p. 5": a page of a book or article, which an
            # archival record does not have; the Ibid. points back to a work, never to a call number
            return replace(c, copies=_fill_copies(c.copies, registry, last_copy_work))
        if _bare_page_after_keyed_leaves(c, target, note_text, registry, note):
            return replace(c, copies=_fill_copies(c.copies, registry, last_copy_work))
        comms = target.communications
        if registry.notes and registry.notes[-1] == note:
            # "Petrov's reply of 9 May, ibid., and Ivanov's reply of 12 May, ibid.": a reply read inside this
            # Ibid.'s own words (replies) is not copied to it once more (review20 e19)
            comms = tuple(x for x in comms if not c.span.start <= x.span.start < c.span.end)
        return replace(
            c,
            title=target.title,
            communications=comms,
            work=target.work,
            locators=c.locators or (() if foreign else _inherited(target.locators, c.pages)),
            copies=_fill_copies(c.copies, registry, last_copy_work),
            covers=target.covers,
        )
    if c.form == "short" and c.back_reference and c.back_reference.title == OP_CIT_TITLE:
        # "Liang Wenhua. Op. cit. P. 77": the author's work cited before; never a record's call number
        work = registry.find_work_by(c.back_reference.author)
        return replace(c, title=work.title, work=work) if work is not None else None
    if c.form == "short" and c.back_reference and c.back_reference.title:
        ref = c.back_reference
        work = registry.find_work(ref.title, ref.author)
        if work is not None:
            return replace(c, title=work.title, work=work)
        target = registry.find_citation(ref.title)
        if target is None:
            return None
        return replace(
            c,
            title=target.title,
            communications=target.communications,
            work=target.work,
            locators=c.locators or target.locators,
        )
    if c.back_reference is not None and c.back_reference.author == IDEM_RECORDER:
        adjacent = registry.citations and _just_before(c, registry, note_text, note)
        c = _same_recorder(c, registry.citations[-1]) if adjacent else None
        if c is None:
            return None
    if c.back_reference is not None and c.back_reference.author in (IDEM_AGAIN, IDEM_PAPER):
        adjacent = registry.citations and _just_before(c, registry, note_text, note)
        # only the record just before: "…; Pravda, 3 May 1957, p. 1; same, 5 May 1957, ibid., p. 2" is the
        # newspaper again, no record and no call number of the record before it
        record = registry.citations[-1] if adjacent and registry.citations[-1].communications else None
        filled = _same_again(c, record) if record is not None else None
        # a record before that names no writer: the Idem's call number stays, no one is guessed
        c = filled if filled is not None else replace(c, communications=())
        last = registry.citations[-1] if registry.citations else None
        if record is None and last is not None and not last.communications and not last.locators:
            c = replace(c, locator_ibid=None)  # the newspaper or book again: no archive's call number
    if c.back_reference is not None and c.back_reference.author == IDEM and c.form == "full":
        c = _same_writer(c, _idem_record(registry, note_text)) if registry.citations else None
        if c is None:
            return None
    if c.reply and registry.citations:
        c = _addressed_back(c, registry.citations[-1])
    if c.locator_ibid is not None and not c.locators and registry.citations and not foreign:
        inherited = _inherited(registry.archival_before().locators, c.locator_ibid or None)
        c = replace(c, locators=inherited)
    leaf = repeated_leaf(note_text, c.span.end) if c.form == "full" and not c.locators and c.work is None else None
    earlier = earlier_record(c, registry.citations, repeated_leaf_key(note_text, c.span.end)) if leaf else None
    if earlier is not None:  # "Khrushchëv–Sukarno conversation, 24 February 1960, l. 14.": cited in full before
        c = replace(c, locators=_inherited(earlier.locators, leaf))
    return replace(c, copies=_fill_copies(c.copies, registry, last_copy_work))
