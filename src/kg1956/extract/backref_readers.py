"""Readers for references back to an earlier citation: "Ibid., l. 9", "Там же", "ebd., Bl. 7–15,
über das Gespräch …", "Idem to Mao Zedong, 7 April 1957". They record what the reference
says; `backrefs` fills in what it points to once every note is read.

`BackReferenceReaders` is mixed into the note reader of `citations`; its methods use that
reader's state (the citation being built, `start`, `remainder`, `fragments`) and return
True when they claimed the clause.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.clauses import leftover
from kg1956.extract.communications import first_rule
from kg1956.extract.dates import find_dates
from kg1956.extract.kinds import KINDS
from kg1956.extract.locators import parse_locator
from kg1956.extract.parties import people_until_date, side
from kg1956.extract.published import read_file_copies
from kg1956.extract.records_eu import read_european_about
from kg1956.models import BackReference, Communication, Locator, Participant, Span

IDEM = "idem"  # BackReference.author of "idem to Mao Zedong": the writer of the record cited before
# BackReference.author of "Idem, memorandum of conversation with Y": the record's recorder is the writer before
IDEM_RECORDER = "idem-recorder"
# BackReference.author of "Idem, 14 February 1967, ibid.", "same, 13 April 1967": the record before again,
# on a new day (its writer's next paper, or the same talks continued); see `backrefs._same_again`
IDEM_AGAIN = "idem-again"
IDEM_PAPER = "idem-paper"  # the same, when the Idem names a kind or a title: "Idem, cable, 2 November 1962"
# "Idem, 20 June 1966", "Same, cable, 2 Nov. 1962", 'idem, "On the results …", 2 June 1962', "ditto, 5 May":
# the word, an optional kind and an optional quoted title, then the day; a call number or an Ibid. follows
_IDEM_DATED = re.compile(
    r"^(?:idem|id\.|(?:the\s+)?same|ditto|eadem|dass\.|derselbe|tenże|tentýž)\s*,\s*"
    r"(?:(?P<kind>[a-z][a-z ]{2,30}?)\s*,\s*)?"
    r"(?:(?P<title>[“\"„«‘'][^”\"“«»’']{3,200}[”\"“»’'])\s*,?\s*)?(?=\d|[A-Z][a-z]{2,8}\.?\s+\d)",
    re.IGNORECASE,
)
_IDEM_COMMA = re.compile(r"^(?:idem|id\.)\s*,\s*(?=\S)", re.IGNORECASE)
# "Idem to Mao Zedong, …"; "and cable, the same to Moscow, 6 September 1963": the writer of the record before
# "idem to Walter Ulbricht, letter, same date": the addressee (and kind), then the date of the record before
_SAME_DATE = re.compile(r"(?P<body>[^;()]{2,120}?),\s*(?:the\s+)?same\s+(?:date|day)\b", re.IGNORECASE)
IDEM_TO = re.compile(
    r"^(?:and\s+)?(?:(?:cable|telegram|letter|report|memorandum)\s*,\s*)?(?:idem|id\.|the\s+same)\s+to\s+",
    re.IGNORECASE,
)

_IBID = re.compile(
    r"^(?:(?:is|are)\s+(?=ibid))?"  # "Castro's reply …, dated …, is ibid., Bl. 20–21"
    r"(?P<kw>ibid|ibidem|idem|id\.|op\.\s*cit|там\s+ж[еe]|указ\.\s*соч|ebd|ebenda|tamże|tamtéž"
    r"|(?:(?:are|is)\s+(?:kept\s+|filed\s+)?)?in\s+the\s+same\s+file)(?:\s?\.)?,?\s*",  # "ibid ., l. 52" too
    re.IGNORECASE,
)
_IBID_ABOUT = re.compile(r"(?:Bl|S|k|l|ll|л)\.?\s*(?P<pages>\d+(?:\s?[–-]\s?\d+)?)\s*,\s*(?=über\s)", re.IGNORECASE)
# "ibid., ll. 36–40, Record of conversation between X and Y, D": the leaves, then the record they hold
_LEAVES_THEN_HEAD = re.compile(
    r"(?:pp?|ll?|Bl|S|k|ff?|fols?|л|лл)\.\s*(?P<pages>\d+(?:\s?[–-]\s?\d+)?)\s*,\s*(?=[A-Z])", re.IGNORECASE
)
_RECORD_IN_BRACKETS = re.compile(r"\s*\((?P<inner>[^()]{10,300})\)[\s.]*$")  # the record on those pages
_PAGES = re.compile(
    r"^(?:(?:pp?|л|лл|l|ll|list|listy|с|С|Л|Лл|Bl|bl|k|fl|S)\.?\s*)?(?P<pages>[\dIVXivx]+(?:\s?[–-]\s?\d+)?(?:,\s?\d+(?:\s?[–-]\s?\d+)?)*)\s*\.?$"
)


# "(л. 6–11) – запись беседы …", ". Л. 6–11: запись беседы …": the leaves, then the Russian record on them
_LEAVES_THEN_RECORD = re.compile(
    r"\s*\(?\s*(?:л|лл)\.\s*(?P<pages>\d+(?:\s?[–-]\s?\d+)?(?:,\s?\d+(?:\s?[–-]\s?\d+)?)*(?:\s?об\.)?)\s*\)?"
    r"\s*[:–—-]\s*(?P<head>(?:запись|записи|стенограмма)\s+(?:беседы|бесед|переговоров|разговора)\s.+)$",
    re.IGNORECASE | re.S,
)
_SAME_DAY_END = re.compile(r"\s+в\s+(?:тот|этот)\s+же\s+день\s*\.?\s*$", re.IGNORECASE)
_LEAVES_THEN_ENTRIES = re.compile(
    r"^(?:Л|Лл)\.\s*(?P<pages>\d+(?:\s?[–-]\s?\d+)?(?:,\s?\d+(?:\s?[–-]\s?\d+)?)*(?:\s?об\.)?)"
    r"\s*\((?P<entries>(?:запись|записи)\s+(?:от|за)\s+[^()]{3,60})\)\s*\.?$",
    re.IGNORECASE,
)
_ENTRY_LEAVES = re.compile(
    r"[\s.,]+(?:Л|Лл|l|ll|k|Bl|fl|f|p|pp)\.\s*(?P<pages>\d+(?:\s?[–-]\s?\d+)?(?:,\s?\d+(?:\s?[–-]\s?\d+)?)*(?:\s?об\.)?)\s*\.?$"
)


# a document's registry number alone after "ibid." (Hungarian and Czech files: "ibid., 002611/1967")
_REGISTRY_NUMBER = re.compile(r"\s*(?P<id>\d{3,}(?:/\d{1,3})?/(?:19|20)\d\d)\s*\.?\s*$")


def _registry_number(rest: str, at: int) -> Locator | None:
    m = _REGISTRY_NUMBER.match(rest)
    if m is None:
        return None
    span = Span(at + m.start("id"), at + m.end("id"))
    return Locator(
        repository="", repository_text="", fields=(("document", m.group("id")),), text=m.group("id"), span=span
    )


# keys no archive's parser knows without the archive ("b. 12", "č. 4, s. 7"): read once it is known
_BARE_KEYS = re.compile(r"\s*(?:[^\W\d_]{1,5}(?:\.[^\W\d_]{1,2})?\.\s*\d[\w/–-]*(?:,\s*|\s*$))+")


_PAGE_KEY = re.compile(r"\s*(?:pp?|S|s|str|с|С)\.", re.IGNORECASE)


def _bare_keys(rest: str, at: int) -> Locator | None:
    m = _BARE_KEYS.fullmatch(rest)
    if m is None or _PAGE_KEY.match(rest):  # "p. 5", "S. 7": a page of a work
        return None
    text = rest.strip(" ,")
    start = at + rest.index(text[:1])
    return Locator(
        repository="", repository_text="", fields=(("document", text),), text=text, span=Span(start, start + len(text))
    )


# what may follow the keys an Ibid.'s call number was read by: more short keys and their numbers (", pp. 2–4")
_ONLY_KEYS = re.compile(r"(?:[\s,;]*[^\W\d_]{1,5}(?:\.[^\W\d_]{1,2})?\.?\s*[\w/–-]*\d[\w/–-]*)*[\s.,;]*")
_MOL_SHAPES = re.compile(r"\d+\.\s*doboz\b")


def ibid_keys(rest: str, at: int) -> Locator | None:
    """The call number after an "Ibid." that names no archive, its text running from the first key
    to the end, so that keys only the archive cited before knows ("a.e. 13", "dosar 48/1967", "sv.
    112") are read when the archive is known; "145. doboz, 5/c, 003500/1967" in the Hungarian
    archive's shapes; a registry number alone ("002611/1967"). None when words follow the keys."""
    loc = parse_locator(rest, at, continued=True)
    if loc is None and _MOL_SHAPES.search(rest):
        loc = parse_locator(rest, at, archive="MOL", continued=True)
    loc = loc or _registry_number(rest, at)
    if loc is None or not _ONLY_KEYS.fullmatch(rest[loc.span.end - at :]):
        return None
    if not _ONLY_KEYS.fullmatch(rest[: loc.span.start - at]):
        return None  # "Idem, cable to the CC CPSU, 12 September 1958, ibid., d. 85": words before the keys
    start = at + len(rest) - len(rest.lstrip(" ,"))
    end = max(at + len(rest.rstrip(" .,;")), loc.span.end)
    return replace(loc, text=rest[start - at : end - at], span=Span(start, end))


_QUOTED_HEAD = re.compile(r"[‘'\"“«„](?P<title>[^‘’'\"“”«»„]{5,300})[’'\"”»“]")
# where the keys after an Ibid. end and a record's head begins: a comma before a quote or a capital
_KEYS_END = re.compile(r",\s*(?=[‘'\"“«„]?[^\W\d_][^\W\d_])")


class BackReferenceReaders:
    """Ibid., Там же, ebd. and Idem, for the note reader."""

    def read_idem_to(self, text: str, off: int) -> bool:
        """ "Idem to Mao Zedong, 7 April 1957": another message from the writer of the record
        cited before; "Idem to idem, 2 January 1957": from the same writer to the same
        addressee. Both are filled in when back-references are resolved."""
        m = IDEM_TO.match(text)
        if not m:
            return False
        cut = people_until_date(text[m.end() :], off + m.end())
        body, date, more, cut_end = cut.body, cut.date.value if cut.date else None, cut.more, cut.end
        if cut.date is None:
            same = _SAME_DATE.match(text, m.end())  # "idem to Y, letter, same date": the record's before
            cur = self.current
            if same is None or cur is None or not cur.communications or cur.communications[-1].date is None:
                return False
            body, date, more, cut_end = same.group("body"), cur.communications[-1].date, (), same.end() - m.end()
        addressee = body.strip(" ,")
        head, comma, last = addressee.rpartition(",")
        if comma and re.sub(r"\s*\[[^\[\]]*\]", "", last).strip().lower() in KINDS:
            addressee = head.strip(" ,")  # "Idem to Rapacki, szyfrogram, 9 IX 1963": the kind after the addressee
        recipients: list[Participant] = []
        unnamed: list[str] = []
        if addressee.lower() not in ("idem", "id.", "the same"):
            found = side(addressee, off + m.end() + (len(body) - len(body.lstrip(" ,"))))
            if found is None:
                return False
            recipients = [Participant(x, "recipient") for x in found[0]]
            unnamed = found[1]
        end = m.end() + cut_end
        comm = Communication("letter", date, tuple(recipients), Span(off, off + end), tuple(unnamed))
        draft = self.start(
            Span(off, off + end), title=text[:end].strip(" ,."), back_reference=BackReference(author=IDEM)
        )
        draft.communications.append(comm)
        draft.communications.extend(replace(comm, date=d) for d in more)
        self.remainder(text, off, end)
        return True

    def read_idem_dated(self, text: str, off: int) -> bool:
        """ "Idem, 14 February 1967, ibid., 00611/1967", "same, 13 April 1967", "Idem, cable, November 2,
        1962, ibid., ll. 23–25", 'idem, "On the results of the talks …", 2 June 1962, ibid.': the record
        cited before once more, on another day; filled in when back references are resolved."""
        m = _IDEM_DATED.match(text)
        if m is None:
            return False
        kind = (m.group("kind") or "").strip().lower()
        if kind and kind not in KINDS:
            return False  # "idem, Moscow, 5 May": a place, no kind of record
        dated = find_dates(text[m.end() : m.end() + 40])
        if not dated or dated[0].span.start != 0 or dated[0].value is None:
            return False
        end = m.end() + dated[0].span.end
        after = text[end:].strip(" .,;")
        if after and not (_IBID.match(after) or parse_locator(after, off + end) is not None):
            return False  # 'Idem, "Overconfidence Shattered", Working Paper (2010)': the same author's work
        author = IDEM_PAPER if kind or m.group("title") else IDEM_AGAIN
        comm = Communication(KINDS.get(kind, "letter"), dated[0].value, (), Span(off, off + end))
        draft = self.start(
            Span(off, off + end), title=text[:end].strip(" ,."), back_reference=BackReference(author=author)
        )
        draft.communications.append(comm)
        self.remainder(text, off, end)
        return True

    def read_ibid(self, text: str, off: int) -> bool:
        if self.read_idem_to(text, off) or self.read_idem_record(text, off) or self.read_idem_dated(text, off):
            return True
        m = _IBID.match(text)
        if not m:
            return False
        if m.group("kw").lower() in ("idem", "id.") and re.match(r"[‘'\"“«„]\s*[A-Z]", text[m.end() :]):
            return False  # "idem, 'Neutrality as Policy', Journal …": the same author's article, no record
        if self.read_ibid_about(text, off, m.end()) or self._ibid_keys_then_record(text, off, m.end()):
            return True
        cur = self.current
        if cur is not None and cur.communications and not cur.locators and not cur.copies and cur.form == "full":
            # "Record of conversation, Puzanov–Nam Il, 20 August 1957, ibid., ll. 145–147"
            pm = _PAGES.match(text[m.end() :].strip())
            if pm or not text[m.end() :].strip(" .,"):
                cur.locator_ibid = pm.group("pages") if pm else ""
                cur.extend(off + len(text.rstrip(". ")))
                return True
            if self._record_ibid_keys(cur, text[m.end() :], off + m.end()):
                return True
            if cur.back_reference is not None and cur.back_reference.author in (IDEM_AGAIN, IDEM_PAPER):
                # "idem, 5 May 1962, ibid., 611.61/5-562": the Idem's own call number, its keys unread; no
                # Ibid. of its own that would copy the Idem's talk once more
                self.fragments.append(leftover(text[m.end() :], Span(off + m.end(), off + len(text))))
                cur.extend(off + len(text.rstrip(". ")))
                return True
        rest = text[m.end() :]
        if self._ibid_leaves_then_record(text, off, m.end()):
            return True
        if self._ibid_naming_its_record(text, off, m.end()):
            return True
        named = self.pending_title if re.search(r"//\s*$", self.note.text[:off]) else None
        if named is not None:
            # "Рабочая запись заседания … 23 октября 1956 г. // Там же. С. 241–243": another record, named
            # before, in the work or file cited before; its title stays, the record before is not repeated
            self.pending_title = None
        draft = self.start(Span(off, off + len(text.rstrip(". "))), form="ibid", back_reference=BackReference())
        if named is not None:
            draft.title = named[0]
        copies = read_file_copies(rest, off + m.end(), work=None) if rest else None  # type: ignore[arg-type]
        if copies:
            draft.copies.extend(copies)
            return True
        named = _LEAVES_THEN_ENTRIES.match(rest.strip())
        if named:  # "Там же. Л. 9 (запись от 12 октября)": the leaves, then the entries on them
            draft.pages, draft.ibid_entries = named.group("pages"), named.group("entries")
            return True
        if re.match(r"(?:entry|entries|запись|записи|Eintragung(?:en)?|Eintrag)\b", rest.strip(), re.IGNORECASE):
            entries = rest.strip()
            leaves = _ENTRY_LEAVES.search(entries)
            if leaves:  # "Записи от 7 и 14 марта 1958 г. Л. 52, 60–61": the entries, then their leaves
                draft.pages, entries = leaves.group("pages"), entries[: leaves.start()]
            draft.ibid_entries = entries
            return True
        pm = _PAGES.match(rest.strip())
        if pm:
            draft.pages = pm.group("pages")
        else:
            # "Там же. Оп. 42. …", "Ibid., f. 17", "Ibid., a.e. 13, l. 2" (keys of the archive cited before)
            loc = ibid_keys(rest, off + m.end()) or parse_locator(rest, off + m.end(), continued=True)
            if loc:
                draft.locators.append(loc)
            elif rest.strip(" .,"):
                self.fragments.append(leftover(rest, Span(off + m.end(), off + len(text))))
        return True

    def _ibid_leaves_then_record(self, text: str, off: int, at: int) -> bool:
        """ "Там же (л. 6–11) – запись беседы X с Y в тот же день", "Там же. Л. 6–11: запись беседы X с Y
        3 ноября 1962 г.": the leaves of the file cited before, then the record on them; "в тот же день" is
        the day of the record cited just before."""
        full = self.note.text[off:].split(";", 1)[0]  # "Там же. Л. 19–22: запись …": the colon split the clause
        m = _LEAVES_THEN_RECORD.match(full, at)
        if m is None:
            return False
        head, head_at = m.group("head").rstrip(), off + m.start("head")
        same = _SAME_DAY_END.search(head)
        before = self.current.communications[-1].date if self.current and self.current.communications else None
        if same is not None and before is None:
            return False
        found = first_rule(head[: same.start()] if same else head, head_at)
        if found is None or found.communication.kind != "conversation":
            return False
        comm = found.communication
        if same is not None:
            if comm.date is not None:
                return False
            comm = replace(comm, date=before)
        elif comm.date is None:
            return False
        draft = self.start(Span(off, head_at + len(head)), title=head.strip(" .,"))
        draft.communications.append(comm)
        draft.locator_ibid = m.group("pages")
        self.skip_to = max(self.skip_to, head_at + len(head))
        return True

    def read_idem_record(self, text: str, off: int) -> bool:
        """ "Idem, memorandum of conversation with Nam Il, 4 September 1956, ibid., ll. 325–327." after a
        record of A.M. Petrov: a conversation Petrov recorded with Nam Il (filled in when back
        references are resolved)."""
        m = _IDEM_COMMA.match(text)
        if m is None:
            return False
        found = first_rule(text[m.end() :], off + m.end())
        if found is None or found.communication.kind != "conversation" or found.communication.unnamed:
            return False
        parts = found.communication.participants
        if len(parts) != 1 or parts[0].function != "interlocutor" or parts[0].mention.is_organization:
            return False
        end = m.end() + found.consumed
        back = BackReference(author=IDEM_RECORDER)
        draft = self.start(Span(off, off + end), title=text[m.end() : end].strip(" ,."), back_reference=back)
        draft.communications.append(found.communication)
        draft.communications.extend(replace(found.communication, date=d) for d in found.more_dates)
        self.remainder(text, off, end)
        return True

    def _record_ibid_keys(self, cur, rest: str, at: int) -> bool:  # noqa: ANN001 - a Draft
        """ "Pham Van Dong – Maurer, 12 March 1967, stenogram of conversation, ibid., dosar 48/1967, f. 2–15";
        "…, on his conversation with Y, 3 March 1967, ibid., 002611/1967": the record's own call number is
        the file cited before with the keys the Ibid. gives (a registry number alone replaces the
        document's); read as that archive's once back references are resolved."""
        loc = ibid_keys(rest, at)
        if loc is None:
            return False
        cur.locators.append(loc)
        cur.extend(loc.span.end)
        return True

    def _ibid_naming_its_record(self, text: str, off: int, at: int) -> bool:
        """ "Там же. Л. 8–10 (ответное письмо В. Гомулки Н.С. Хрущеву от 15 декабря 1956 г.).": the
        record on those pages, named in brackets, is what the note cites; its call number is the
        file cited before with these pages."""
        rest = text[at:]
        bracket = _RECORD_IN_BRACKETS.search(rest)
        if bracket is None:
            return False
        pages = _PAGES.match(rest[: bracket.start()].strip())
        if pages is None and rest[: bracket.start()].strip(" .,"):
            return False
        found = first_rule(bracket.group("inner"), off + at + bracket.start("inner"))
        if found is None or found.communication.date is None:
            return False
        draft = self.start(Span(off, off + len(text.rstrip(". "))), title=bracket.group("inner").strip())
        draft.communications.append(found.communication)
        draft.communications.extend(replace(found.communication, date=d) for d in found.more_dates)
        draft.locator_ibid = pages.group("pages") if pages else ""
        return True

    def read_ibid_record(self, text: str, off: int) -> bool:
        """An Ibid. whose keys are followed by a record's head of its own (see below), read before the
        readers of a head would take the Ibid. and its keys for the writer."""
        m = _IBID.match(text)
        if m is None or m.group("kw").lower() not in ("ibid", "ibidem", "там же", "ebd", "ebenda", "tamże", "tamtéž"):
            return False
        return self._ibid_keys_then_record(text, off, m.end())

    def _ibid_keys_then_record(self, text: str, off: int, at: int) -> bool:
        """ "Ibid., 00872/1960, 'Sík Endre és Beavogui tárgyalása' […], 6.10.1960", "Ibid., č.j. 02301/63,
        Mašek to Lomský, report, 19.3.1963", "Там же. Д. 5, запись беседы …": another record of the file
        cited before, its own keys or registry number first, then its head (which must give a date). Its
        call number is that file with these keys, read once back references are resolved."""
        rest = text[at:]
        for comma in _KEYS_END.finditer(rest):
            loc = ibid_keys(rest[: comma.start()], off + at) or _bare_keys(rest[: comma.start()], off + at)
            if loc is None:
                continue
            head_at = comma.end()
            if _QUOTED_HEAD.match(rest, head_at):
                return self._quoted_record_after_ibid(text, off, at + head_at, loc)
            found = first_rule(rest[head_at:], off + at + head_at)
            if found is None or found.communication.date is None:
                return False
            if rest[head_at + found.consumed :].strip(" .;"):
                return False  # "ibid., l. 7, X to Y, 3 May, quoted in …": the record must end the clause
            end = at + head_at + found.consumed
            draft = self.start(Span(off, off + end), title=text[at + head_at : end].strip(" ,."))
            draft.communications.append(found.communication)
            draft.communications.extend(replace(found.communication, date=d) for d in found.more_dates)
            draft.locators.append(loc)
            self.remainder(text, off, end)
            return True
        return False

    def _quoted_record_after_ibid(self, text: str, off: int, at: int, loc: Locator) -> bool:
        """The quoted head after an Ibid.'s keys, read as the same head after a call number is; the
        Ibid.'s keys are its call number. A head that names no talk ("'Šifrovaný telegram z Konakry'
        […]") leaves the call number alone: the record cited before is not repeated."""
        keys = self.start(Span(off, off + at), form="full")
        keys.locators.append(loc)
        before = len(self.citations)
        self.read_clause(text[at:], off + at)
        record = next((d for d in self.citations[before:] if d.communications), None)
        if record is not None and not record.locators:
            record.locators.insert(0, loc)
            record.span = Span(min(off, record.span.start), record.span.end)
            self.citations.remove(keys)
        return True

    def read_ibid_about(self, text: str, off: int, at: int) -> bool:
        """ "ebd., Bl. 7–15, über das Gespräch X mit Y am D", "ibid., ll. 36–40, Record of conversation
        between X and Y, D": the next record in the file cited before, named by its subject or its head;
        its locator is that file with these leaves."""
        about = _IBID_ABOUT.match(text, at)
        found = read_european_about(text[about.end() :], off + about.end()) if about else None
        if about is None or found is None:
            about = _LEAVES_THEN_HEAD.match(text, at)
            found = first_rule(text[about.end() :], off + about.end()) if about else None
            if about is None or found is None or found.communication.date is None:
                return False
            if text[about.end() + found.consumed :].strip(" .;"):
                return False  # "ibid., l. 7, X to Y, 3 May, quoted in …": the record must end the clause
        end = about.end() + found.consumed
        draft = self.start(Span(off, off + end), title=text[about.end() : end].strip(" ,."))
        draft.communications.append(found.communication)
        draft.communications.extend(replace(found.communication, date=d) for d in found.more_dates)
        draft.locator_ibid = about.group("pages")
        self.remainder(text, off, end)
        return True
