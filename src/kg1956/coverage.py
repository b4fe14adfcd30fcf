"""What extraction understood, note by note: the `kg1956 report coverage` report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kg1956.models import Citation, Fragment, Note
from kg1956.pipeline import BuildResult


@dataclass
class NoteCoverage:
    """One note: a line per citation found, and the fragments no rule understood."""

    note: Note
    citations: list[tuple[str, str]] = field(default_factory=list)  # (kind, fields filled)
    unparsed: list[str] = field(default_factory=list)
    prose: int = 0


def citation_kind(c: Citation) -> str:
    """A short name for what a citation is: "conversation record", "book", "ibid → letter" …"""
    if c.communications:
        kinds = sorted({comm.kind for comm in c.communications})
        base = "/".join(k.replace("_", " ") for k in kinds) + (" record" if "conversation" in kinds else "")
    elif c.covers:
        base = "diary"
    elif c.work is not None:
        base = c.work.kind.replace("_", " ")
    elif c.locators:
        base = "archival record"
    else:
        base = "record"
    return base if c.form == "full" else f"{c.form} → {base}"


def citation_fields(c: Citation) -> str:
    """The fields filled for a citation, as a compact list."""
    parts = []
    dates = sorted({comm.date.iso for comm in c.communications if comm.date})
    if c.communications:
        parts.append(", ".join(dates) if dates else "no date")
        people = {p.mention.text for comm in c.communications for p in comm.participants}
        parts.append(f"{len(people)} named")
        unnamed = {u for comm in c.communications for u in comm.unnamed}
        if unnamed:
            parts.append(f"{len(unnamed)} by role only")
        roles = {p.mention.role for comm in c.communications for p in comm.participants if p.mention.role}
        if roles:
            parts.append(f"{len(roles)} roles")
    for loc in c.locators:
        parts.append(loc.repository + " " + "/".join(v for _, v in loc.fields))
    for copy in c.copies:
        what = "translation" if copy.translator else "published copy"
        parts.append(what + (f" {copy.file}" if copy.file else "") + (f" p. {copy.pages}" if copy.pages else ""))
    if c.work is not None:
        w = c.work
        filled = [
            n
            for n, v in (
                ("authors", w.authors),
                ("year", w.year),
                ("publisher", w.publisher),
                ("place", w.place),
                ("journal", w.container),
                ("url", w.url),
            )
            if v
        ]
        parts.append("title" + ("" if not filled else ", " + ", ".join(filled)))
    if c.pages:
        parts.append(f"pages {c.pages}")
    return "; ".join(parts)


def coverage(result: BuildResult) -> list[NoteCoverage]:
    """Per-note coverage of a build, in source and note order."""
    frags: dict[tuple[str, int], list[Fragment]] = {}
    for note, frag in result.fragments:
        frags.setdefault((note.source, note.number), []).append(frag)
    out = []
    for ex in result.extractions:
        nc = NoteCoverage(ex.note)
        nc.citations = [(citation_kind(c), citation_fields(c)) for c in ex.citations]
        for frag in frags.get((ex.note.source, ex.note.number), []):
            if frag.kind == "unparsed":
                nc.unparsed.append(frag.text)
            else:
                nc.prose += 1
        out.append(nc)
    return out


def totals(rows: list[NoteCoverage]) -> list[tuple[str, int]]:
    """Counts over all notes."""
    kinds = Counter(kind for r in rows for kind, _ in r.citations)
    lines = [
        ("notes", len(rows)),
        ("notes with at least one citation", sum(1 for r in rows if r.citations)),
        ("notes with nothing understood", sum(1 for r in rows if not r.citations and (r.unparsed or not r.prose))),
        ("citations", sum(len(r.citations) for r in rows)),
    ]
    lines += [(f"  {kind}", n) for kind, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines += [
        ("unparsed fragments", sum(len(r.unparsed) for r in rows)),
        ("prose fragments (the author's remarks)", sum(r.prose for r in rows)),
    ]
    return lines
