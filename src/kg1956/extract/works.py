"""Bibliographic rules: books, articles, chapters, working papers, web pages,
newspapers and published document collections, in Chicago-style notes.

"Andrei Lankov, Crisis in North Korea (Honolulu: University of Hawaiʻi Press, 2005), 12";
"Elaine McClarnand, ‘The Politics of History …,’ The History Teacher 31, no. 2 (1998):
153–79"; "Pravda, 2 August 1955"; "T’ŭkmyŏng … [General …] http://… accessed October 12,
2018"; a title cut with "…" is a short title, resolved later against earlier works.
"""

from __future__ import annotations

import re

from kg1956.extract.dates import find_dates, make_date
from kg1956.extract.name_shape import looks_like_name
from kg1956.models import DateValue, Span, Work

_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;)]")
_ACCESSED = re.compile(r"\b(?:accessed|retrieved|viewed|дата обращения)[:,]?\s*", re.IGNORECASE)
_PUB = re.compile(r"\((?P<inner>[^()]*?\b(?P<year>1[89]\d\d|20\d\d)\b[^()]*)\)")
_QUOTED = re.compile(
    r"‘(?P<t1>.+?)[,.]?’(?=[\s,.:;\[]|$)|“(?P<t2>.+?)[,.]?”(?=[\s,.:;\[]|$)"
    r"|'(?P<t3>.+?)[,.]?'(?=[\s,.:;\[]|$)|\"(?P<t4>.+?)[,.]?\"(?=[\s,.:;\[]|$)"
)
_EDGE = " ,.:;’'”\"\u00a0"
_BRACKET = re.compile(r"\s*\[(?P<tr>[^\]]+)\]")
_PAGES_TAIL = re.compile(r"(?:,|:)\s*(?:pp?\.\s*|с\.\s*|С\.\s*)?(?P<pages>[\dIVXLCivxlc]+(?:\s?[–-]\s?\d+)?)\s*\.?\s*$")
_WP = re.compile(r"working paper\s*#?\s*(?P<num>\d+)", re.IGNORECASE)
_VOL_ISSUE = re.compile(r"^(?P<journal>.+?)\s+(?P<vol>\d+)(?:,\s*no\.\s*(?P<issue>\d+))?\s*(?:\((?P<year>[^)]*)\))?")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")
_AUTHORS_SPLIT = re.compile(r"\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*)\s*")


def _names_a_periodical(text: str) -> bool:
    """Whether what follows a quoted title can be a periodical's name: a capitalised word
    ("Slavic Review 8", "in Cold War History 4"), not a bracket, a date or a page."""
    word = re.match(r"(?:in\s+)?([^\W\d_])", text)
    return bool(word) and word.group(1).isupper() and not any(d.span.start == 0 for d in find_dates(text))


def _year(text: str) -> DateValue | None:
    m = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
    return make_date(int(m.group(1))) if m else None


def _authors(text: str) -> tuple[str, ...]:
    names = [n.strip() for n in _AUTHORS_SPLIT.split(text) if n.strip()]
    return tuple(names) if names and all(looks_like_name(n) for n in names) else ()


def read_short_title(text: str) -> tuple[str, str | None, str | None] | None:
    """ "Lankov, Crisis in North Korea, 194–6" or "T’ŭkmyŏng … Li San-cho …, list 3–5":
    (title, author surname or None, pages) for a reference back to an earlier work."""
    body = text.strip().rstrip(".")
    pages = None
    pm = re.search(r",\s*(?:list|pp?\.|С\.|с\.|л\.)?\s*([\dIVXivx]+(?:\s?[–-]\s?\d+)?)$", body)
    if pm:
        pages, body = pm.group(1), body[: pm.start()]
    if _PUB.search(body) or _URL.search(body):
        return None
    author = None
    head, _, rest = body.partition(", ")
    if rest and looks_like_name(head) and len(head.split()) <= 2:
        author, body = head, rest
    title = _ELLIPSIS.split(body)[0].strip(" ,.…")
    if len(title) < 4:
        return None
    return title, author, pages


_NEWS_ARTICLE = re.compile(
    r"^(?P<title>.+?),\s*(?P<paper>[A-ZА-Я][\w’' -]{1,40}),\s*(?P<date>\d{1,2}\s+\w+\s+\d{4})"
    r"(?:\s*:\s*(?P<pages>\d+(?:[–-]\d+)?))?\.?$"
)


_COMMUNICATION_WORDS = re.compile(
    r"\b(?:memo|memorandum|record|letter|telegram|cable|report|conversation|diary|minutes)\b|"
    r"запис|бесед|письм|телеграм|дневник|донесен|отч[её]т",
    re.IGNORECASE,
)


def read_newspaper(text: str, offset: int) -> list[Work] | None:
    """ "Pravda, 2 August 1955, 4 August 1955": issues of a newspaper;
    "Title [Translation], Seoul sinmun, 25 February 1992: 5": an article in one."""
    art = _NEWS_ARTICLE.match(text.strip())
    if art and not _COMMUNICATION_WORDS.search(art.group("title")):
        dates = find_dates(art.group("date"))
        if dates and dates[0].value:
            title = art.group("title").strip()
            translation = None
            tr = _BRACKET.search(title)
            if tr:
                translation, title = tr.group("tr"), title[: tr.start()].strip()
            paper = Work("periodical", art.group("paper").strip())
            if len(title) > 3 and not looks_like_name(title):
                return [
                    Work(
                        "newspaper_article",
                        title,
                        title_translation=translation,
                        year=dates[0].value,
                        container=paper,
                        span=Span(offset, offset + len(text.rstrip(". "))),
                    )
                ]
    m = re.match(r"^(?P<name>[A-ZА-Я][\w’' .-]{1,40}?),\s+(?=\d{1,2}\s+\w+\s+\d{4})", text)
    if not m:
        return None
    dates = [d for d in find_dates(text[m.end() :]) if d.value and d.value.precision == "day"]
    if not dates:
        return None
    rest = text[m.end() :]
    leftover = rest
    for d in dates:
        leftover = leftover.replace(rest[d.span.start : d.span.end], "")
    if re.sub(r"[\s,.:0-9]", "", leftover):
        return None
    paper = Work("periodical", m.group("name").strip())
    return [
        Work(
            "newspaper_issue",
            f"{paper.title}, {d.value.iso}",
            year=d.value,
            container=paper,
            span=Span(offset, offset + len(text.rstrip(". "))),
        )
        for d in dates
    ]


def read_work(text: str, offset: int) -> tuple[Work, str | None] | None:
    """Read a full bibliographic reference; return the work and the cited pages."""
    body = text.strip()
    url_m = _URL.search(body)
    url = url_m.group(0) if url_m else None
    accessed: DateValue | None = None
    if url_m:
        acc = _ACCESSED.search(body, url_m.end())
        if acc:
            ds = find_dates(body[acc.end() :])
            accessed = ds[0].value if ds and ds[0].span.start < 3 else None
        body = body[: url_m.start()].strip()
    pages = None
    imprints = list(_PUB.finditer(body))
    pub = imprints[-1] if imprints else None  # the last "(Place: Publisher, Year)" is the imprint
    if pub is not None:
        tail = body[pub.end() :]
        pm = _PAGES_TAIL.match(tail)
        if pm:
            pages = pm.group("pages")
        elif tail.strip(" .,:"):
            return None  # something follows the imprint that we do not understand
        head = body[: pub.start()].strip(" ,")
    else:
        pm = _PAGES_TAIL.search(body)
        head = body[: pm.start()] if pm else body
        pages = pm.group("pages") if pm else None
    if not head:
        return None
    quoted = _QUOTED.search(head)
    if quoted and head[quoted.end() :].lstrip().startswith(":"):
        quoted = None  # ‘We Need Help from Outside’: The … — a title that goes on
    authors: tuple[str, ...] = ()
    container = None
    volume = issue = number = None
    kind = "book"
    if quoted:
        authors = _authors(head[: quoted.start()].strip(" ,"))
        title = next(g for g in quoted.group("t1", "t2", "t3", "t4") if g is not None).strip(" ,")
        after = head[quoted.end() :].strip(_EDGE)
        translation = None
        tr = _BRACKET.match(head, quoted.end())
        if tr:
            translation = tr.group("tr")
            after = head[tr.end() :].strip(_EDGE)
        after = re.sub(r"\s*\((?:working title|unpublished|forthcoming|in [A-Z]\w+)\)\s*", " ", after).strip(_EDGE)
        if after and not re.search(r"[^\W\d_]", after):  # '"77 Conversations," 85–86': pages, no periodical
            pages, after = pages or after, ""
        cited_page = re.fullmatch(r"(?:pp?|S|s|str|с)\.\s*(?P<pages>\d[\d\s,–—-]*)", after)
        if cited_page:  # 'Oh, "August Incident," p. 58': a short title and its page, no periodical named "p."
            pages, after = pages or cited_page.group("pages").strip(), ""
        if after and not _names_a_periodical(after):
            after = ""  # "'Dziennik pekiński' (Peking diary), entries for 2 …": no periodical named "(Peking …"
        if after:
            vi = _VOL_ISSUE.match(after)
            if vi:
                container = Work("periodical", vi.group("journal").strip(" ,"))
                volume, issue = vi.group("vol"), vi.group("issue")
                kind = "article"
            else:
                container = Work("periodical", after)
                kind = "article"
        elif url:
            kind = "web_page"
    else:
        lead, sep, rest = head.partition(", ")
        if sep and _authors(lead) and rest:
            authors, title = _authors(lead), rest
        else:
            title = head
        translation = None
        tr = _BRACKET.search(title)
        if tr:
            translation = tr.group("tr")
            title = (title[: tr.start()] + title[tr.end() :]).strip(" ,")
        wp = _WP.search(title)
        if wp:
            kind, number = "working_paper", wp.group("num")
        elif url and pub is None:
            kind = "web_page"
    title = re.sub(r"\s+", " ", title).strip(_EDGE)
    issue_only = re.match(r"^(?:no\.|№|#)\s*(?P<n>\d+)$", title)
    if issue_only and authors and pub is not None:
        dates = find_dates(pub.group("inner"))
        day = dates[0].value if dates and dates[0].value else _year(pub.group("inner"))
        paper = Work("periodical", authors[0])
        return Work(
            "newspaper_issue",
            f"{authors[0]}, no. {issue_only.group('n')}",
            year=day,
            container=paper,
            issue=issue_only.group("n"),
            span=Span(offset, offset + len(text.rstrip())),
        ), pages
    medium = None
    cd = re.search(r"\s*\bCD-?ROM\b", title)
    if cd:
        medium, title = "CD-ROM", title[: cd.start()].strip(" ,")
        kind = "collection"
    if not title or (pub is None and url is None and not (quoted and container)):
        return None
    place = publisher = None
    year = _year(pub.group("inner")) if pub else None
    if pub:
        imprint = pub.group("inner")
        if ":" in imprint:
            place, _, rest = imprint.partition(":")
            publisher = re.sub(r",?\s*(1[89]\d\d|20\d\d)\s*$", "", rest).strip(" ,") or None
            place = place.strip() or None
        elif "," in imprint and not re.fullmatch(r"\s*(1[89]\d\d|20\d\d)\s*", imprint):
            place = imprint.split(",")[0].strip()
            publisher = re.sub(r"^[^,]*,\s*", "", imprint)
            publisher = re.sub(r",?\s*(1[89]\d\d|20\d\d)\s*$", "", publisher).strip(" ,") or None
    work = Work(
        kind=kind,
        title=title,
        authors=authors,
        title_translation=translation,
        year=year,
        publisher=publisher,
        place=place,
        container=container,
        volume=volume,
        issue=issue,
        number=number,
        url=url,
        accessed=accessed,
        medium=medium,
        span=Span(offset, offset + len(text.rstrip())),
    )
    return work, pages
