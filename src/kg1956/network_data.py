"""Communications and affiliations read from a kg1956 graph through SPARQL, and the
selection of them by date and kind: what every network projection starts from.

Everything starts from the named queries `network-participations` and
`network-affiliations` (queries/), never from extractor internals, so any kg1956 graph
works, whoever built it. Dates stay as the graph has them (xsd:date, gYearMonth or gYear
literals) and are compared as ISO strings truncated to the coarser of the two precisions:
"1956" falls inside --from 1956-06, and 1956-06-16 inside --to 1956-06.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from rdflib import Graph

from kg1956.errors import Kg1956Error
from kg1956.query import load_query, run_query
from kg1956.vocab import KIND_CLASSES

KINDS: tuple[str, ...] = tuple(KIND_CLASSES)
_DATE_BOUND = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class NetworkError(Kg1956Error):
    """A network question cannot be answered as asked: unknown or ambiguous name, malformed
    date bound, unknown kind or projection. (Kept here rather than in errors.py, which this
    stage does not own; it is a Kg1956Error, so the CLI maps it to exit code 2.)"""


# ── records read from the graph ───────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Participant:
    """One person or organisation taking part in one communication."""

    iri: str
    name: str
    type: str  # "person" or "organization"
    functions: tuple[str, ...]  # recorder, interlocutor, sender, recipient, diarist
    roles: tuple[str, ...]  # role labels attested for it in this communication


@dataclass(frozen=True)
class Communication:
    """A conversation, letter, memo, diary entry, telegram or report, with its participants."""

    iri: str
    kind: str
    date: str  # ISO string as in the graph ("1956-06-16", "1956-06", "1956"); "" if undated
    notes: tuple[int, ...]
    document: str
    document_title: str
    participants: tuple[Participant, ...]


@dataclass(frozen=True)
class Affiliation:
    """A role attestation that ties a person to an organisation (org:organization)."""

    attestation: str
    person: str
    name: str
    organization: str
    organization_name: str
    role: str
    date: str
    communication: str
    kind: str
    notes: tuple[int, ...]


@dataclass(frozen=True)
class NetworkData:
    """Everything the projections need, as read from one graph (possibly narrowed by `select`)."""

    communications: tuple[Communication, ...]
    affiliations: tuple[Affiliation, ...]

    def communication(self, iri: str) -> Communication:
        """The communication with this IRI (KeyError if it is not in the data)."""
        return self._by_iri[iri]

    @cached_property
    def _by_iri(self) -> dict[str, Communication]:
        return {c.iri: c for c in self.communications}


def _text(term: object) -> str:
    return "" if term is None else str(term)


def local_name(iri: object) -> str:
    return _text(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def load_network_data(graph: Graph) -> NetworkData:
    """Read communications, participants and affiliations from a kg1956 graph.

    Raises:
        QueryError: a named query is missing or malformed.
    """
    return NetworkData(_read_communications(graph), _read_affiliations(graph))


def _read_communications(graph: Graph) -> tuple[Communication, ...]:
    comms: dict[str, dict] = {}
    for comm, kind, date, part, pname, ptype, function, role, note, document, title in run_query(
        graph, load_query("network-participations")
    ).rows:
        c = comms.setdefault(
            str(comm),
            {
                "kind": _text(kind),
                "date": _text(date),
                "notes": set(),
                "document": _text(document),
                "title": _text(title),
                "participants": {},
            },
        )
        c["notes"].add(int(note))
        p = c["participants"].setdefault(
            str(part), {"name": str(pname), "type": local_name(ptype).lower(), "functions": set(), "roles": set()}
        )
        if function is not None:
            p["functions"].add(local_name(function))
        if role is not None:
            p["roles"].add(str(role))
    return tuple(
        Communication(
            iri=iri,
            kind=c["kind"],
            date=c["date"],
            notes=tuple(sorted(c["notes"])),
            document=c["document"],
            document_title=c["title"],
            participants=tuple(
                Participant(p_iri, p["name"], p["type"], tuple(sorted(p["functions"])), tuple(sorted(p["roles"])))
                for p_iri, p in sorted(c["participants"].items())
            ),
        )
        for iri, c in sorted(comms.items(), key=lambda item: (item[1]["date"] or "~", item[0]))
    )


def _read_affiliations(graph: Graph) -> tuple[Affiliation, ...]:
    # One row per attestation and note; the columns before `note` are the Affiliation's fields.
    rows: dict[str, tuple] = {}
    notes: dict[str, set[int]] = defaultdict(set)
    for row in run_query(graph, load_query("network-affiliations")).rows:
        rows.setdefault(str(row[0]), row)
        notes[str(row[0])].add(int(row[-1]))
    return tuple(
        Affiliation(*(_text(v) for v in rows[att][:-1]), notes=tuple(sorted(notes[att]))) for att in sorted(rows)
    )


# ── selecting by date and kind ────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Selection:
    """Which communications to keep: a date range (inclusive, any ISO precision) and kinds."""

    start: str | None = None
    end: str | None = None
    kinds: frozenset[str] | None = None

    def describe(self) -> str:
        """ "1956-06 to 1956-12, conversation, letter" or "all dates, all kinds"."""
        if self.start and self.start == self.end:
            dates = self.start
        elif self.start and self.end:
            dates = f"{self.start} to {self.end}"
        elif self.start:
            dates = f"from {self.start}"
        elif self.end:
            dates = f"up to {self.end}"
        else:
            dates = "all dates"
        kinds = ", ".join(sorted(self.kinds)) if self.kinds else "all kinds"
        return f"{dates}, {kinds}"

    def admits_date(self, date: str) -> bool:
        """Whether `date` overlaps the range; an undated item is admitted only without a range."""
        if not date:
            return self.start is None and self.end is None
        if self.start and date < self.start[: len(date)]:
            return False
        return not (self.end and date[: len(self.end)] > self.end)


def parse_date_bound(text: str, option: str = "--from") -> str:
    """Check a YYYY, YYYY-MM or YYYY-MM-DD bound and return it.

    Raises:
        NetworkError: the text is not such a date (say which option it came from).
    """
    m = _DATE_BOUND.match(text.strip())
    try:
        if not m:
            raise ValueError
        year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
        dt.date(year, month, day)
    except ValueError:
        raise NetworkError(f"{option} {text!r}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD") from None
    return text.strip()


def parse_kinds(text: str) -> frozenset[str]:
    """Comma-separated kinds of communication ("conversation,letter"; "diary entry" is diary_entry).

    Raises:
        NetworkError: a kind is unknown; the message lists the known ones.
    """
    kinds = set()
    for raw in text.split(","):
        kind = re.sub(r"[\s-]+", "_", raw.strip().lower())
        if not kind:
            continue
        if kind not in KINDS:
            raise NetworkError(f"--kind {raw.strip()!r}: unknown kind; known kinds: {', '.join(KINDS)}")
        kinds.add(kind)
    if not kinds:
        raise NetworkError(f"--kind is empty; known kinds: {', '.join(KINDS)}")
    return frozenset(kinds)


def make_selection(start: str | None = None, end: str | None = None, kinds: str | None = None) -> Selection:
    """A Selection from command-line text, checked.

    Raises:
        NetworkError: a malformed bound or kind, or --from after --to.
    """
    start = parse_date_bound(start, "--from") if start else None
    end = parse_date_bound(end, "--to") if end else None
    if start and end and start[: len(end)] > end[: len(start)]:
        raise NetworkError(f"--from {start} is after --to {end}")
    return Selection(start, end, parse_kinds(kinds) if kinds else None)


def select(data: NetworkData, selection: Selection) -> NetworkData:
    """The communications (and affiliations) that fall inside `selection`."""

    def kind_ok(kind: str) -> bool:
        return selection.kinds is None or kind in selection.kinds

    return NetworkData(
        tuple(c for c in data.communications if kind_ok(c.kind) and selection.admits_date(c.date)),
        tuple(a for a in data.affiliations if kind_ok(a.kind) and selection.admits_date(a.date)),
    )


def date_interval(date: str) -> tuple[str, str]:
    """First and last day an ISO date of any precision covers: "1956-02" → ("1956-02-01", "1956-02-29")."""
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    if len(date) == 7:
        year, month = int(date[:4]), int(date[5:7])
        return f"{date}-01", f"{date}-{calendar.monthrange(year, month)[1]:02d}"
    return date, date
