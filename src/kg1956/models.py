"""Frozen records passed between the pipeline's stages."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Span:
    """Character offsets [start, end) in a note's text."""

    start: int
    end: int


@dataclass(frozen=True)
class Note:
    """One numbered footnote, its text normalised to NFC."""

    source: str
    number: int
    text: str
    line: int


@dataclass(frozen=True)
class Source:
    """A notes file (an article page or a plain notes file) and its notes."""

    slug: str
    path: str
    title: str | None
    authors: tuple[str, ...]
    year: str | None
    pages: str | None
    published: str | None
    publisher: str | None
    notes: tuple[Note, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class DateValue:
    """A date with its precision: `iso` is YYYY-MM-DD, YYYY-MM or YYYY."""

    iso: str

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month", 4: "year"}[len(self.iso)]


@dataclass(frozen=True)
class NameMention:
    """A person or body as written in a note, with the role given beside it."""

    text: str
    span: Span
    role: str | None = None
    is_organization: bool = False
    alias: str | None = None  # the real name a cryptonym stands for
    # the alias is a cover name glossed for this note only ('"Drug" [the embassy's cover name for Le
    # Duan]'): the text is the real name, and the alias is a spelling of that person only, never a key
    cover: bool = False
    # the alias is the same person's spelling in a translation ("[Note on … Nasser]"), not a real
    # name beside a cryptonym: weak evidence, never a strong merge
    alias_translated: bool = False


@dataclass(frozen=True)
class Participant:
    """A mention in a communication, with its function (recorder, sender, …)."""

    mention: NameMention
    function: str


@dataclass(frozen=True)
class Communication:
    """A conversation, letter, memo, diary entry, telegram or report."""

    kind: str
    date: DateValue | None
    participants: tuple[Participant, ...]
    span: Span
    unnamed: tuple[str, ...] = ()  # parties named only by role ("the Soviet ambassador")
    # who wrote the record down without taking part ("…; recorded by S.N. Filatov, first secretary
    # of the embassy"): a role the record attests, not a participant
    note_takers: tuple[NameMention, ...] = ()


@dataclass(frozen=True)
class Locator:
    """An archival call number: repository code and identifiers verbatim."""

    repository: str
    repository_text: str
    fields: tuple[tuple[str, str], ...]
    text: str
    span: Span


@dataclass(frozen=True)
class Work:
    """A published work: book, article, chapter, web page, newspaper, collection …"""

    kind: str
    title: str
    authors: tuple[str, ...] = ()
    title_translation: str | None = None
    year: DateValue | None = None
    publisher: str | None = None
    place: str | None = None
    container: Work | None = None
    volume: str | None = None
    issue: str | None = None
    number: str | None = None
    url: str | None = None
    accessed: DateValue | None = None
    medium: str | None = None
    span: Span = Span(0, 0)


@dataclass(frozen=True)
class PublishedCopy:
    """Where a record is printed: a work, a file within it, pages; maybe translated."""

    work: Work | None  # None until an "Ibid." is resolved to the work before it
    file: str | None
    pages: str | None
    span: Span
    translator: str | None = None
    based_on: str | None = None


@dataclass(frozen=True)
class Citation:
    """One citation in a note: a record (with its communication) or a work."""

    span: Span
    form: str  # "full", "ibid" or "short"
    title: str
    communications: tuple[Communication, ...] = ()
    work: Work | None = None
    locators: tuple[Locator, ...] = ()
    copies: tuple[PublishedCopy, ...] = ()
    pages: str | None = None
    covers: tuple[DateValue | None, DateValue | None] | None = None
    back_reference: BackReference | None = None
    diarist: NameMention | None = None  # for a diary, whose it is
    reply: bool = False  # its communication answers the record cited just before
    ibid_entries: str | None = None  # "Ibid., entry 30 December": entries of the diary cited before
    locator_ibid: str | None = (
        None  # "…, ibid., ll. 145–147": the archive of the citation before, this list ("" for none)
    )


@dataclass(frozen=True)
class BackReference:
    """What an "Ibid." or a short title says about the work it points back to."""

    title: str | None = None  # a short title; None for "Ibid."
    author: str | None = None


@dataclass(frozen=True)
class NameDoubt:
    """The text's own doubt about a name ("cannot be reconstructed")."""

    name: str
    comment: str
    span: Span


@dataclass(frozen=True)
class Fragment:
    """Text that no citation rule consumed: prose, or something unparsed."""

    text: str
    span: Span
    kind: str  # "unparsed" or "prose"


@dataclass(frozen=True)
class NoteExtraction:
    """Everything extracted from one note."""

    note: Note
    citations: tuple[Citation, ...] = ()
    doubts: tuple[NameDoubt, ...] = ()
    fragments: tuple[Fragment, ...] = field(default_factory=tuple)
    warnings: tuple[str, ...] = ()

    @property
    def unparsed(self) -> tuple[Fragment, ...]:
        return tuple(f for f in self.fragments if f.kind == "unparsed")
