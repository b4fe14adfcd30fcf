"""Published copies of records: "In: <collection>, file KM011101, 15–21" and
"Full English translation published by James Person, see: …, Bulletin #16, 470–2"."""

from __future__ import annotations

import re

from kg1956.extract.works import read_short_title, read_work
from kg1956.models import BackReference, PublishedCopy, Span, Work

_IN = re.compile(r"^(?:in|published in|в|опубл\.?\s+в)\s*:\s*", re.IGNORECASE)
_FILE = re.compile(r"\bfile\s+(?P<file>[A-Z]{1,5}\d{3,}[\w-]*)(?:,\s*(?:pp?\.\s*)?(?P<pages>\d+(?:\s?[–-]\s?\d+)?))?")
_TRANSLATION = re.compile(
    r"^(?:full\s+|partial\s+)?(?P<lang>english|russian|german|korean|chinese)?\s*translation\s+"
    r"(?:published\s+)?(?:by|in)\s+(?P<who>[^,:]+?)(?:,\s*see)?\s*:\s*",
    re.IGNORECASE,
)
_BASED_ON = re.compile(r"\bused\s+the\s+(?P<copy>[\w-]+)\s+copy\b", re.IGNORECASE)


def _collection(text: str, offset: int) -> Work | None:
    """The collection a copy is printed in: a full reference or a short title."""
    parsed = read_work(text, offset)
    if parsed:
        return parsed[0]
    short = read_short_title(text)
    if short is None:
        return None
    title, author, _ = short
    return Work("collection", title, authors=(author,) if author else (), span=Span(offset, offset + len(text)))


def read_in_collection(text: str, offset: int) -> list[PublishedCopy] | None:
    """ "In: Chung’ang Ilpo …, Pyŏngyang chuchae … CD-ROM (Seoul: …, 2002), file KM011101, 15–21";
    several "file …, pages" pairs give several copies."""
    m = _IN.match(text)
    if not m:
        return None
    body = text[m.end() :]
    files = list(_FILE.finditer(body))
    cut = files[0].start() if files else len(body)
    head = body[:cut].strip(" ,.")
    pages = None
    if not files:
        pm = re.search(r",\s*(?:pp?\.\s*)?(\d+(?:\s?[–-]\s?\d+)?)\.?$", head)
        if pm and "(" in head[: pm.start()]:
            pages = pm.group(1)
    work = _collection(head, offset + m.end()) if head else None
    if work is None:
        return None
    span = Span(offset, offset + len(text.rstrip(". ")))
    if not files:
        return [PublishedCopy(work, None, pages, span)]
    return [PublishedCopy(work, f.group("file"), f.group("pages"), span) for f in files]


def read_file_copies(text: str, offset: int, work: Work | None) -> list[PublishedCopy] | None:
    """A bare "file KM011103, 11" continuing the collection cited before it."""
    files = list(_FILE.finditer(text))
    if not files or files[0].start() > 2:
        return None
    span = Span(offset, offset + len(text.rstrip(". ")))
    return [PublishedCopy(work, f.group("file"), f.group("pages"), span) for f in files]


def read_translation(text: str, offset: int) -> PublishedCopy | None:
    """ "Full English translation published by James Person, see: ‘Memorandum …,’
    Cold War History International Project Bulletin, #16 (2007), 472."""
    m = _TRANSLATION.match(text)
    if not m:
        return None
    rest = text[m.end() :].strip(" \u00a0")
    work = None
    pages = None
    parsed = read_work(rest, offset + m.end())
    if parsed:
        work, pages = parsed
    else:
        pm = re.search(r",\s*(\d+(?:\s?[–-]\s?\d+)?)\.?$", rest)
        title = rest[: pm.start()] if pm else rest.rstrip(".")
        pages = pm.group(1) if pm else None
        work = Work("periodical", title.strip(" ,.:;’'”\"\u00a0"), span=Span(offset + m.end(), offset + len(text)))
    return PublishedCopy(
        work, None, pages, Span(offset, offset + len(text.rstrip(". "))), translator=m.group("who").strip()
    )


def read_based_on(text: str) -> str | None:
    """ "James Person used the RGANI copy": which copy a translation was made from."""
    m = _BASED_ON.search(text)
    return m.group("copy") if m else None


def short_reference(work: Work) -> BackReference | None:
    """A collection named by a short title points back to its full reference."""
    if work.year is None and work.publisher is None and work.url is None:
        return BackReference(title=work.title, author=work.authors[0] if work.authors else None)
    return None
