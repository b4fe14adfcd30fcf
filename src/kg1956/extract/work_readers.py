"""Readers for the works a note cites: books, articles, newspapers, web pages and
manuscripts, a book cited the Russian (GOST) way in sentences of its own, the pages and
URL or access date that follow a reference, and the published copies of a record
(collections, translations).

`WorkReaders` is mixed into the note reader of `citations`; its methods use that reader's
state (the citation being built, `start`, `pending_title`, `take_pending`) and return True
when they claimed the clause.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.clauses import is_prose, leftover, split_works
from kg1956.extract.dates import find_dates, make_date
from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.published import read_file_copies, read_in_collection, read_translation
from kg1956.extract.works import read_newspaper, read_short_title, read_work
from kg1956.models import BackReference, Fragment, Span, Work

# a GOST imprint in a sentence of its own: "М.: РОССПЭН, 2000", "М., 1996", "Stanford, 2003. P. 30–55";
# places joined by semicolons ("Washington; Stanford, 2003", "М.; Л., 1948") are one imprint
_GOST_PLACE = r"(?:[A-ZА-ЯЁ][a-zа-яё]*\.?|[A-ZА-ЯЁ][\w-]+(?:\s[A-ZА-ЯЁ][\w-]+)?)"
_GOST_IMPRINT = re.compile(
    rf"^(?P<place>{_GOST_PLACE}(?:;\s*{_GOST_PLACE})*)\s*(?::\s*(?P<pub>[^,;:]{{2,80}}))?,"
    r"\s*(?P<year>(?:1[89]|20)\d\d)(?:\.\s*(?:С|с|P|pp?|S)\.\s*(?P<pages>[\dIVX]+(?:\s?[–-]\s?\d+)?))?\.?$"
)
# the author of a GOST reference: surname, then initials ("Торкунов А.В.", "Gaiduk I.V.")
# (after a lead-in that ends in a colon: "см.: Огнетов И.А. …", "… рассмотрена в: Ланьков А.Н. …")
_GOST_AUTHOR = re.compile(
    r"(?:^|(?<=:\s))(?P<a>[A-ZА-ЯЁ][\w'’-]+\s+(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,2})\s*(?P<title>\S.{3,})$"
)
_PAGES_CLAUSE = re.compile(r"^(?:С|с|P|pp?|S)\.\s*(?P<pages>[\dIVX]+(?:\s?[–-]\s?\d+)?)\.?$")


class WorkReaders:
    """The work-reading rules of the note reader (see the module docstring)."""

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

    def read_gost_book(self, text: str, off: int) -> bool:
        """A book cited the Russian (GOST) way, in sentences of its own: "Торкунов А.В. Загадочная
        война: корейский конфликт 1950–1953 годов. М.: РОССПЭН, 2000. С. 112–118."; "Gaiduk I.V.
        Confronting Vietnam … Stanford, 2003. P. 30–55.": the author (surname, initials) and title
        held back, then the imprint (place: publisher, year), then the pages. An "Ibid." after it
        points to the book, not to the record before."""
        m = _GOST_IMPRINT.match(text.strip())
        if m is None or self.pending_title is None:
            return False
        title, span = self.pending_title
        author = _GOST_AUTHOR.search(title)
        if author is None:
            return False
        self.take_pending()
        if author.start():  # the lead-in is the author's prose
            self.fragments.append(
                Fragment(title[: author.start()].strip(), Span(span.start, span.start + author.start()), "prose")
            )
            span = Span(span.start + author.start(), span.end)
        end = off + len(text.rstrip(". "))
        work = Work(
            "book",
            author.group("title").strip(" ."),
            authors=(author.group("a").strip(),),
            year=make_date(int(m.group("year"))),
            publisher=(m.group("pub") or "").strip() or None,
            place=m.group("place").strip(),
            span=Span(span.start, end),
        )
        self.start(Span(span.start, end), title=work.title, work=work, pages=m.group("pages"))
        return True

    def read_pages_of_work(self, text: str, off: int) -> bool:
        """ "С. 112–118." in a sentence of its own after a book read in sentences: its pages."""
        m = _PAGES_CLAUSE.match(text.strip())
        cur = self.current
        if m is None or cur is None or cur.pages or self.citations[-1] is not cur:
            return False
        if cur.work is None and cur.form != "ibid":  # "Там же. С. 70.": the pages of what the Ibid. points to
            return False
        cur.pages = m.group("pages")
        cur.extend(off + len(text.rstrip(". ")))
        return True

    def read_work(self, text: str, off: int) -> bool:
        if is_prose(text):
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
        parts = split_works(text)
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
                and leftover(*self.pending_title).kind == "unparsed"
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
