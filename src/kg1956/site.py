"""A static website of a build for historians: `kg1956 report site --out DIR`.

Everything is read through SPARQL from a `DataSource`, so any build folder, graph file or
endpoint gives the same site. Pages link to each other with relative paths only and carry
no external resources, so the folder works offline from file:// and can be zipped or put on
any web server. Output is deterministic: the same graph gives the same bytes.

Layout: index.html, site.css, people/<slug>.html, records/<slug>.html,
notes/<source>-<n>.html.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup, escape
from rdflib import URIRef

from kg1956.datasource import DataSource
from kg1956.errors import Kg1956Error
from kg1956.vocab import SPARQL_PREFIXES

TEMPLATES_DIR = Path(__file__).parent / "templates" / "site"

_PREFIXES = SPARQL_PREFIXES

_SOURCES = """SELECT ?s ?title ?authors ?issued ?publisher ?pages WHERE {
  ?s a kg:Source . OPTIONAL { ?s dcterms:title ?title } OPTIONAL { ?s kg:authorList ?authors }
  OPTIONAL { ?s dcterms:issued ?issued } OPTIONAL { ?s dcterms:publisher ?publisher }
  OPTIONAL { ?s bibo:pages ?pages } }"""
_NOTES = """SELECT ?note ?src ?n ?text WHERE {
  ?note a kg:Note ; kg:noteNumber ?n ; kg:text ?text ; dcterms:isPartOf ?src }"""
_PEOPLE = """SELECT ?p ?pref ?uncertain ?comment WHERE {
  ?p a kg:Person ; skos:prefLabel ?pref .
  OPTIONAL { ?p kg:nameUncertain ?uncertain } OPTIONAL { ?p kg:nameComment ?comment } }"""
_LABELS = """SELECT ?x ?label WHERE { ?x skos:prefLabel ?label }"""
_MENTIONS = """SELECT ?body ?note ?start ?end ?form WHERE {
  ?m a kg:Mention ; oa:hasBody ?body ; oa:hasTarget ?t ; kg:surfaceForm ?form .
  ?t oa:hasSource ?note ; oa:hasSelector ?sel . ?sel oa:start ?start ; oa:end ?end }"""
_COMMUNICATIONS = """SELECT ?c ?kind ?date ?record WHERE {
  ?c a kg:Communication ; kg:kind ?kind .
  OPTIONAL { ?c kg:date ?date } OPTIONAL { ?c kg:documentedIn ?record } }"""
_PARTICIPANTS = """SELECT ?c ?p WHERE { ?c a kg:Communication ; kg:participant ?p }"""
_DERIVED = """SELECT ?x ?note WHERE { ?x prov:wasDerivedFrom ?note . ?note a kg:Note }"""
_ROLES = """SELECT ?r ?p ?label ?org ?on WHERE {
  ?r a kg:RoleAttestation ; org:member ?p ; kg:roleLabel ?label .
  OPTIONAL { ?r org:organization ?org } OPTIONAL { ?r kg:attestedOn ?on } }"""
_RECORDS = """SELECT ?r ?title ?from ?to WHERE {
  ?r a kg:Record . OPTIONAL { ?r dcterms:title ?title }
  OPTIONAL { ?r kg:coversFrom ?from } OPTIONAL { ?r kg:coversTo ?to } }"""
_ARCHIVAL = """SELECT ?r ?copy ?repo ?repoName ?level ?value ?locator WHERE {
  ?r rico:hasInstantiation ?copy . ?copy a kg:ArchivalCopy .
  OPTIONAL { ?copy kg:repository ?repo . OPTIONAL { ?repo kg:fullName ?repoName } }
  OPTIONAL { ?copy kg:locatorText ?locator }
  OPTIONAL { VALUES ?level { "fond" "opis" "delo" "papka" "list" "roll" "reel" "box" "folder" "file" "documentNumber" }
             ?copy ?prop ?value . FILTER(?prop = IRI(CONCAT(STR(kg:), ?level))) } }"""
_PUBLISHED = """SELECT ?r ?copy ?work ?title ?file ?pages ?translator ?basedOn ?isTranslation WHERE {
  ?r rico:hasInstantiation ?copy . ?copy a kg:PublishedCopy .
  OPTIONAL { ?copy kg:publishedIn ?work . OPTIONAL { ?work dcterms:title ?title } }
  OPTIONAL { ?copy kg:file ?file } OPTIONAL { ?copy bibo:pages ?pages }
  OPTIONAL { ?copy kg:translator ?translator } OPTIONAL { ?copy kg:basedOn ?basedOn }
  BIND(EXISTS { ?copy a kg:Translation } AS ?isTranslation) }"""
_CITATIONS = """SELECT ?note ?cited ?pages ?c WHERE {
  ?c a kg:Citation ; cito:hasCitingEntity ?note ; cito:hasCitedEntity ?cited .
  OPTIONAL { ?c kg:citedPages ?pages } }"""

LOCATOR_LEVELS = ("fond", "opis", "delo", "papka", "list", "roll", "reel", "box", "folder", "file", "documentNumber")


class SiteError(Kg1956Error):
    """The site could not be written (the output folder is not writable, a template is missing)."""


@dataclass
class Note:
    iri: str
    source: str
    number: int
    text: str
    path: str
    mentions: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, body, form


@dataclass
class SiteData:
    """Everything the pages show, gathered from the graph in a few queries."""

    sources: list[dict]
    notes: dict[str, Note]
    people: dict[str, dict]
    labels: dict[str, str]
    communications: dict[str, dict]
    roles: list[dict]
    records: dict[str, dict]
    citations: list[tuple[str, str, str, str]]  # note, cited, pages, citation
    derived: dict[str, set[str]]


def _s(term: object) -> str:
    return "" if term is None else str(term)


def _slug(text: str) -> str:
    return re.sub(r"-{2,}", "--", re.sub(r"[^a-z0-9-]+", "-", text.lower())).strip("-") or "x"


def _tail(iri: str, marker: str) -> str:
    """The part of an IRI after `/marker/` ("person/yi-sang-cho" → "yi-sang-cho")."""
    at = iri.find(f"/{marker}/")
    return iri[at + len(marker) + 2 :] if at >= 0 else iri.rstrip("/").rsplit("/", 1)[-1]


def _unique_paths(iris: list[str], folder: str, marker: str) -> dict[str, str]:
    """A file per resource, named after its IRI; collisions get a number, in IRI order."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for iri in sorted(iris):
        base = _slug(_tail(iri, marker).replace("/", "_"))[:120].strip("-")
        name, n = base, 2
        while name in taken:
            name, n = f"{base}-{n}", n + 1
        taken.add(name)
        out[iri] = f"{folder}/{name}.html"
    return out


def collect_site_data(source: DataSource) -> SiteData:
    """Read what the site shows from `source` (SPARQL only)."""

    def q(text: str) -> tuple[tuple[object, ...], ...]:
        return source.select(_PREFIXES + text).rows

    sources = [
        {
            "iri": _s(s),
            "slug": _slug(_tail(_s(s), "source")),
            "title": _s(t),
            "authors": _s(a),
            "issued": _s(i),
            "publisher": _s(pb),
            "pages": _s(pg),
        }
        for s, t, a, i, pb, pg in q(_SOURCES)
    ]
    sources.sort(key=lambda s: s["iri"])
    source_slug = {s["iri"]: s["slug"] for s in sources}

    notes: dict[str, Note] = {}
    for note, src, n, text in q(_NOTES):
        slug = source_slug.get(_s(src), _slug(_tail(_s(src), "source")))
        number = int(str(n))
        notes[_s(note)] = Note(_s(note), _s(src), number, _s(text), f"notes/{slug}-{number}.html")
    for body, note, start, end, form in q(_MENTIONS):
        if _s(note) in notes:
            notes[_s(note)].mentions.append((int(str(start)), int(str(end)), _s(body), _s(form)))
    for note in notes.values():
        note.mentions.sort()

    labels = {_s(x): _s(label) for x, label in q(_LABELS)}
    all_labels = source.person_labels()
    people: dict[str, dict] = {}
    for p, pref, uncertain, comment in q(_PEOPLE):
        iri = _s(p)
        people[iri] = {
            "iri": iri,
            "name": _s(pref),
            "spellings": all_labels.get(URIRef(iri), [_s(pref)]),
            "uncertain": _s(uncertain).lower() in ("true", "1"),
            "comment": _s(comment),
        }
    for iri, path in _unique_paths(list(people), "people", "person").items():
        people[iri]["path"] = path

    derived: dict[str, set[str]] = defaultdict(set)
    for x, note in q(_DERIVED):
        derived[_s(x)].add(_s(note))

    communications: dict[str, dict] = {}
    for c, kind, date, record in q(_COMMUNICATIONS):
        communications[_s(c)] = {
            "iri": _s(c),
            "kind": _s(kind),
            "date": _s(date),
            "record": _s(record),
            "participants": [],
        }
    for c, p in q(_PARTICIPANTS):
        if _s(c) in communications:
            communications[_s(c)]["participants"].append(_s(p))
    for comm in communications.values():
        comm["participants"] = sorted(set(comm["participants"]))

    roles = [
        {"iri": _s(r), "person": _s(p), "label": _s(label), "org": _s(o), "on": _s(on)}
        for r, p, label, o, on in q(_ROLES)
    ]

    records: dict[str, dict] = {}
    for r, title, start, end in q(_RECORDS):
        records[_s(r)] = {
            "iri": _s(r),
            "title": _s(title) or _tail(_s(r), "record"),
            "covers": (_s(start), _s(end)),
            "archival": {},
            "published": {},
        }
    for iri, path in _unique_paths(list(records), "records", "record").items():
        records[iri]["path"] = path
    for r, copy, repo, repo_name, level, value, locator in q(_ARCHIVAL):
        if _s(r) not in records:
            continue
        entry = records[_s(r)]["archival"].setdefault(
            _s(copy),
            {
                "repository": labels.get(_s(repo), _s(repo)),
                "repository_name": _s(repo_name),
                "levels": {},
                "locator": "",
            },
        )
        entry["locator"] = _s(locator)
        if level is not None:
            entry["levels"][_s(level)] = _s(value)
    for r, copy, work, title, file, pages, translator, based_on, is_translation in q(_PUBLISHED):
        if _s(r) not in records:
            continue
        records[_s(r)]["published"][_s(copy)] = {
            "work": _s(title) or _s(work),
            "file": _s(file),
            "pages": _s(pages),
            "translator": _s(translator),
            "based_on": _s(based_on),
            "translation": _s(is_translation).lower() in ("true", "1"),
        }

    citations = sorted((_s(n), _s(c), _s(p), _s(i)) for n, c, p, i in q(_CITATIONS))
    return SiteData(sources, notes, people, labels, communications, roles, records, citations, derived)


# ---------------------------------------------------------------------------- rendering helpers


def _date_key(date: str) -> tuple[int, str]:
    return (1, "") if not date else (0, date)


def render_text(text: str, spans: list[tuple[int, int, str | None, str]]) -> Markup:
    """`text` escaped, with each (start, end, href, css class) span wrapped: <a> when it has
    an href, else <mark>. Overlapping spans are dropped (first one wins), and a span whose
    offsets fall outside the text is ignored rather than guessed."""
    chosen: list[tuple[int, int, str | None, str]] = []
    for span in spans:
        start, end = span[0], span[1]
        if not (0 <= start < end <= len(text)):
            continue
        if any(start < e and s < end for s, e, _, _ in chosen):
            continue
        chosen.append(span)
    out, at = [], 0
    for start, end, href, css in sorted(chosen, key=lambda s: s[0]):
        out.append(escape(text[at:start]))
        inner = escape(text[start:end])
        if href:
            out.append(Markup('<a class="{}" href="{}">{}</a>').format(css, href, inner))
        else:
            out.append(Markup('<mark class="{}">{}</mark>').format(css, inner))
        at = end
    out.append(escape(text[at:]))
    return Markup("").join(out)


def month_chart(dates: list[str]) -> dict:
    """Communications per month as bars for an inline SVG: every month from the first to the
    last dated one (empty months included, so gaps show), plus how many had no month."""
    months = sorted(d[:7] for d in dates if re.match(r"^\d{4}-\d{2}", d))
    undated = len(dates) - len(months)
    if not months:
        return {"bars": [], "width": 0, "height": 0, "undated": undated, "max": 0}
    counts: dict[str, int] = defaultdict(int)
    for m in months:
        counts[m] += 1
    y, mo = int(months[0][:4]), int(months[0][5:7])
    last = months[-1]
    series = []
    while True:
        key = f"{y:04d}-{mo:02d}"
        series.append((key, counts.get(key, 0)))
        if key >= last:
            break
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    top = max(c for _, c in series)
    # bars narrow as months accumulate so the chart fits a page column (about 880 px)
    slot = max(12, min(46, (880 - 30) // len(series)))
    bar_w, gap, plot_h, left, bottom, top_pad = slot - max(2, slot // 5), max(2, slot // 5), 160, 30, 40, 20
    bars = []
    for i, (key, count) in enumerate(series):
        h = round(plot_h * count / top) if top else 0
        x = left + i * (bar_w + gap)
        bars.append({"month": key, "count": count, "x": x, "y": top_pad + plot_h - h, "h": h, "w": bar_w})
    return {
        "bars": bars,
        "width": left + len(series) * (bar_w + gap),
        "height": top_pad + plot_h + bottom,
        "base": top_pad + plot_h,
        "undated": undated,
        "max": top,
        "left": left,
    }


def _search_key(name: str) -> str:
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", plain.lower()).strip()


# ---------------------------------------------------------------------------- pages


class _Site:
    def __init__(self, data: SiteData) -> None:
        self.d = data
        # where a mention's body leads: a person, a record, or a record through its copy,
        # its communication or its citation
        self.href: dict[str, str] = {p["iri"]: p["path"] for p in data.people.values()}
        for rec in data.records.values():
            self.href[rec["iri"]] = rec["path"]
            for copy in (*rec["archival"], *rec["published"]):
                self.href.setdefault(copy, rec["path"])
        for comm in data.communications.values():
            if comm["record"] in data.records:
                self.href.setdefault(comm["iri"], data.records[comm["record"]]["path"])
        for _, cited, _, citation in data.citations:
            if cited in data.records:
                self.href.setdefault(citation, data.records[cited]["path"])

    def label(self, iri: str) -> str:
        if iri in self.d.people:
            return self.d.people[iri]["name"]
        return self.d.labels.get(iri, iri.rsplit("/", 1)[-1])

    def link(self, iri: str) -> dict:
        return {"label": self.label(iri), "href": self.href.get(iri) if iri in self.d.people else None}

    def note_ref(self, note_iri: str) -> dict | None:
        note = self.d.notes.get(note_iri)
        if note is None:
            return None
        return {"number": note.number, "href": note.path, "source": self._source_short(note.source)}

    def _source_short(self, source_iri: str) -> str:
        for s in self.d.sources:
            if s["iri"] == source_iri:
                return s["authors"] or s["title"]
        return source_iri

    def note_refs(self, iris: set[str] | list[str]) -> list[dict]:
        refs = [r for r in (self.note_ref(i) for i in iris) if r]
        return sorted(refs, key=lambda r: (r["source"], r["number"]))

    def note_with_marks(self, note_iri: str, bodies: set[str]) -> Markup:
        note = self.d.notes[note_iri]
        spans = [(s, e, None, "mention") for s, e, body, _ in note.mentions if body in bodies]
        return render_text(note.text, spans)

    def note_with_links(self, note: Note, prefix: str) -> Markup:
        spans = []
        # people first, then the shortest span, so a name inside a long citation stays a link
        ordered = sorted(note.mentions, key=lambda m: (m[2] not in self.d.people, m[1] - m[0], m[0]))
        for start, end, body, _ in ordered:
            target = self.href.get(body)
            if target:
                css = "person" if body in self.d.people else "record"
                spans.append((start, end, prefix + target, css))
        return render_text(note.text, spans)

    # ------------------------------------------------------------------ per page context

    def index(self) -> dict:
        d = self.d
        dates = [c["date"] for c in d.communications.values()]
        people = sorted(d.people.values(), key=lambda p: (p["name"].lower(), p["iri"]))
        search = [
            {
                "href": p["path"],
                "name": p["name"],
                "spellings": p["spellings"],
                "key": " | ".join(_search_key(s) for s in p["spellings"]),
            }
            for p in people
        ]
        notes = sorted(d.notes.values(), key=lambda n: (n.source, n.number))
        records = sorted(d.records.values(), key=lambda r: (r["title"].lower(), r["iri"]))
        counts = [
            ("notes", len(d.notes)),
            ("people", len(d.people)),
            ("communications", len(d.communications)),
            ("records", len(d.records)),
            ("archival copies", sum(len(r["archival"]) for r in d.records.values())),
        ]
        return {
            "sources": d.sources,
            "counts": counts,
            "chart": month_chart(dates),
            "people": search,
            "notes": [
                {
                    "href": n.path,
                    "number": n.number,
                    "source": self._source_short(n.source),
                    "excerpt": n.text[:90] + ("…" if len(n.text) > 90 else ""),
                }
                for n in notes
            ],
            "records": records,
        }

    def person(self, iri: str) -> dict:
        d = self.d
        p = d.people[iri]
        spellings: dict[str, set[str]] = defaultdict(set)
        for note in d.notes.values():
            for _, _, body, form in note.mentions:
                if body == iri:
                    spellings[form].add(note.iri)
        for label in p["spellings"]:
            spellings.setdefault(label, set())
        spelling_rows = [{"form": f, "notes": self.note_refs(n)} for f, n in sorted(spellings.items())]
        roles = sorted(
            (r for r in d.roles if r["person"] == iri),
            key=lambda r: (_date_key(r["on"]), r["label"], r["iri"]),
        )
        role_rows = [
            {
                "on": r["on"],
                "label": r["label"],
                "org": self.label(r["org"]) if r["org"] else "",
                "notes": self.note_refs(d.derived.get(r["iri"], set())),
            }
            for r in roles
        ]
        comms = sorted(
            (c for c in d.communications.values() if iri in c["participants"]),
            key=lambda c: (_date_key(c["date"]), c["kind"], c["iri"]),
        )
        comm_rows = []
        for c in comms:
            record = d.records.get(c["record"])
            note_iris = sorted(
                d.derived.get(c["iri"], set()),
                key=lambda n: (d.notes[n].source, d.notes[n].number) if n in d.notes else ("", 0),
            )
            comm_rows.append(
                {
                    "date": c["date"],
                    "kind": c["kind"].replace("_", " "),
                    "with": [self.link(x) for x in c["participants"] if x != iri],
                    "record": {"title": record["title"], "href": record["path"]} if record else None,
                    "locators": sorted(a["locator"] for a in record["archival"].values() if a["locator"])
                    if record
                    else [],
                    "notes": [
                        {"ref": self.note_ref(n), "text": self.note_with_marks(n, {iri})}
                        for n in note_iris
                        if n in d.notes
                    ],
                }
            )
        return {"person": p, "spellings": spelling_rows, "roles": role_rows, "communications": comm_rows}

    def record(self, iri: str) -> dict:
        d = self.d
        rec = d.records[iri]
        copies = []
        for copy_iri, a in sorted(rec["archival"].items()):
            crumbs = [{"level": "repository", "label": a["repository"], "title": a["repository_name"]}]
            crumbs += [
                {"level": lv, "label": f"{lv} {a['levels'][lv]}", "title": ""}
                for lv in LOCATOR_LEVELS
                if lv in a["levels"]
            ]
            copies.append({"crumbs": crumbs, "locator": a["locator"], "iri": copy_iri})
        published = [
            {**pc, "translator": self.link(pc["translator"]) if pc["translator"] else None}
            for _, pc in sorted(rec["published"].items())
        ]
        citing = {n for n, cited, _, _ in d.citations if cited == iri}
        citing |= d.derived.get(iri, set())
        comms = sorted(
            (c for c in d.communications.values() if c["record"] == iri),
            key=lambda c: (_date_key(c["date"]), c["iri"]),
        )
        return {
            "record": rec,
            "archival": copies,
            "published": published,
            "notes": [
                {"ref": self.note_ref(n), "text": d.notes[n].text}
                for n in sorted(citing, key=lambda n: (d.notes[n].source, d.notes[n].number))
                if n in d.notes
            ],
            "communications": [
                {
                    "date": c["date"],
                    "kind": c["kind"].replace("_", " "),
                    "participants": [self.link(x) for x in c["participants"]],
                }
                for c in comms
            ],
        }

    def note(self, note: Note) -> dict:
        ordered = sorted(self.d.notes.values(), key=lambda n: (n.source, n.number))
        at = ordered.index(note)
        linked = []
        seen = set()
        for _, _, body, form in note.mentions:
            target = self.href.get(body)
            kind = "person" if body in self.d.people else "record"
            key = (target, form if kind == "person" else "")
            if target and key not in seen:
                seen.add(key)
                name = (
                    self.label(body)
                    if kind == "person"
                    else next((r["title"] for r in self.d.records.values() if r["path"] == target), form)
                )
                linked.append({"href": target, "form": form if kind == "person" else name, "kind": kind, "name": name})
        linked.sort(key=lambda x: (x["kind"], x["name"].lower(), x["form"]))
        return {
            "note": note,
            "source": self._source_short(note.source),
            "text": self.note_with_links(note, "../"),
            "mentions": linked,
            "prev": ordered[at - 1].path if at > 0 else None,
            "next": ordered[at + 1].path if at + 1 < len(ordered) else None,
        }


def write_site(source: DataSource, out: Path) -> list[Path]:
    """Write the website for the graph in `source` into `out`; return the files written, sorted.

    Raises:
        SiteError: `out` cannot be written.
    """
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=select_autoescape(["html"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["tojson_script"] = lambda v: Markup(
        json.dumps(v, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    )
    data = collect_site_data(source)
    site = _Site(data)
    pages: dict[str, str] = {}
    title = data.sources[0]["title"] if len(data.sources) == 1 else "kg1956"
    pages["index.html"] = env.get_template("index.html").render(root="", site_title=title, **site.index())
    for iri, person in data.people.items():
        pages[person["path"]] = env.get_template("person.html").render(root="../", site_title=title, **site.person(iri))
    for iri, rec in data.records.items():
        pages[rec["path"]] = env.get_template("record.html").render(root="../", site_title=title, **site.record(iri))
    for note in data.notes.values():
        pages[note.path] = env.get_template("note.html").render(root="../", site_title=title, **site.note(note))
    pages["site.css"] = (TEMPLATES_DIR / "site.css").read_text(encoding="utf-8")
    written = []
    try:
        for rel in sorted(pages):
            path = out / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(pages[rel], encoding="utf-8")
            written.append(path)
    except OSError as exc:
        raise SiteError(f"{out}: cannot write the site ({exc.strerror or exc})") from None
    return written
