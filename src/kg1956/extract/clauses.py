"""The pieces a note reader works with: the citation being assembled from clauses
(`Draft`), further dates run on after a head, what a clause no rule claimed is (unparsed
text or the author's prose), references run together with commas, the text's own doubts
about a name, and clauses that cannot stand alone joined to the next."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg1956.extract.dates import find_dates, make_date
from kg1956.extract.locators import find_repository
from kg1956.extract.text import split_clauses
from kg1956.models import BackReference, Citation, Communication, Fragment, NameDoubt, Span

DATE_LIST_SEP = re.compile(r"\s*(?:,|and|и|&|und)\s*(?:and\s+|и\s+|und\s+)?(?:am\s+)?")
_DOUBT = re.compile(
    r"(?:‘(?P<quoted>[^’]{2,40})’|(?P<owner>[A-Z][\w’\-]+(?: [A-Z][\w’\-]+){0,2})’s name)"
    r"[^.;()]*?(?P<doubt>cannot be reconstructed|can not be reconstructed|is not reliable|"
    r"not reliable|is uncertain|is unclear|could not be identified|cannot be identified|"
    r"is doubtful|is tentative)",
)


@dataclass
class Draft:
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


def more_dates(text: str, comm: Communication) -> tuple[list[Communication], int]:
    """ "…, 5 May, 12 May and 3 June 1957": one communication per further date."""
    extra: list[Communication] = []
    pos = 0
    dates = find_dates(text)
    for d in dates:
        gap = text[pos : d.span.start]
        if gap.strip() and not DATE_LIST_SEP.fullmatch(gap):
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
EDGE_PUNCT = " \t.,;:()[]«»\"“”'"


def leftover(text: str, span: Span) -> Fragment:
    """A clause no rule claimed: the author's prose (mostly lower-case words) or unparsed text."""
    words = re.findall(r"[^\W\d_]+", text)
    lowercase = sum(1 for w in words if w.islower())
    kind = "prose" if len(words) >= 5 and lowercase >= 3 else "unparsed"
    return Fragment(text, span, kind)


_NEXT_WORK = re.compile(r"(?<=\d),\s+(?=[A-Z][\w’'-]+ (?:[A-Z]\.\s?)*[A-Z][\w’'-]+, )")


def split_works(text: str) -> list[tuple[str, int]]:
    """Several references run together with commas: "…, 1988), 221–42, Geoffrey Swain, …"."""
    cuts = [m.start() for m in _NEXT_WORK.finditer(text) if ")" in text[: m.start()][-12:]]
    bounds = [0, *cuts, len(text)]
    return [
        (text[a:b].strip(" ,"), a + (len(text[a:b]) - len(text[a:b].lstrip(" ,"))))
        for a, b in zip(bounds, bounds[1:], strict=False)
        if text[a:b].strip(" ,")
    ]


def is_prose(text: str) -> bool:
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
# A Russian message head given by its two ends and no date, whose kind and date follow as a sentence of
# their own: "Громыко А.А. — в ЦК КПСС." before "Записка о …, 3 декабря 1969 г."
_DASH_ENDS = re.compile(r"^\s*[А-ЯЁ][^–—,;:()\[\]/\d]{1,60}?\s+[–—]\s+(?:в\s+)?[А-ЯЁ][^–—,;:()\[\]/\d]{1,60}\.\s*$")
_KIND_OPENS = re.compile(
    r"\s*(?:докладная\s+)?(?:записка|письмо|телеграмма|шифртелеграмма|донесение|доклад)\b", re.IGNORECASE
)


# a sentence that only says the record is undated, maybe with the date supplied in brackets ("Б/д
# [декабрь 1962 г.]", "Без даты.", "n.d. [late 1957]"): the record's date, joined to its head
_UNDATED_OPENS = re.compile(
    r"(?:[Бб]/д|[Бб]\.\s?д\.|[Бб]ез\s+даты|[Nn]\.\s?d\.|[Uu]ndated)(?:\s*\[[^\[\]]{3,40}\])?\s*\.?\s*$"
)


# the record of a talk the clause before tells, cited after a semicolon: "X received Y on D; the
# conversation is reported in szyfrogram …", "X first spoke with Y on D; see his report to Z, D, …"
_SEE_RECORD_OPENS = re.compile(
    r"(?:see\s+(?:his|her|their)\s+|the\s+(?:conversation|talk|meeting|interview)\s+is\s+(?:reported|recorded|described)"
    r"\s+in\s+)",
    re.IGNORECASE,
)


def _tells_talk(text: str) -> bool:
    """Whether the prose before the semicolon tells a talk its record after it cites (`read_told`)."""
    from kg1956.extract.told import read_told  # the reader of told talks imports much; only here

    return read_told(text, 0) is not None


def merge_continuations(text: str, clauses: list) -> list[tuple[str, int]]:
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
        dash_ends = (
            clause is not clauses[-1]
            and _DASH_ENDS.match(clause.text)
            and _KIND_OPENS.match(clauses[clauses.index(clause) + 1].text)
        )
        undated_next = clause is not clauses[-1] and _UNDATED_OPENS.match(clauses[clauses.index(clause) + 1].text)
        record_next = (
            clause is not clauses[-1]
            and repo is None
            and text[clause.span.end : clauses[clauses.index(clause) + 1].span.start].strip().startswith(";")
            and _SEE_RECORD_OPENS.match(clauses[clauses.index(clause) + 1].text)
            and _tells_talk(text[start : clauses[clauses.index(clause) + 1].span.end])
        )
        if (bare_repo or open_in or dash_ends or undated_next or record_next) and clause is not clauses[-1]:
            carry = start
            continue
        carry = None
        merged.append((piece, start))
    return merged
