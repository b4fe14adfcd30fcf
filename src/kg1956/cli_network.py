"""`kg1956 network …`: network summaries, ego networks, paths, timelines, exports, plots.

Implemented in `kg1956.network` (projections from the graph through SPARQL),
`kg1956.network_export` and `kg1956.network_plot`; this module only parses options and
prints. Heavy imports (networkx, rdflib, matplotlib) stay inside the commands.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kg1956.cli_errors import fail as _fail
from kg1956.errors import Kg1956Error

if TYPE_CHECKING:
    from kg1956.datasource import DataSource
    from kg1956.network_analysis import NetworkSummary
    from kg1956.network_data import NetworkData, Selection

network_app = typer.Typer(
    help="Who talked to whom, as a network: summaries, ego networks, paths, timelines, exports, plots.",
    no_args_is_help=True,
)

DEFAULT_BUILD = Path("build")


class Output(StrEnum):
    table = "table"
    json = "json"


class Projection(StrEnum):
    person = "person"
    directed = "directed"
    document = "document"
    organization = "organization"


class ExportFormat(StrEnum):
    graphml = "graphml"
    gexf = "gexf"
    json = "json"
    csv = "csv"


DataOption = Annotated[Path, typer.Option("--data", help="A build folder or a graph file.")]
EndpointOption = Annotated[
    str | None, typer.Option("--endpoint", help="Query this SPARQL 1.1 endpoint instead of --data.")
]
FromOption = Annotated[
    str | None, typer.Option("--from", help="Only communications on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
]
ToOption = Annotated[
    str | None, typer.Option("--to", help="Only communications on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
]
KindOption = Annotated[
    str | None,
    typer.Option("--kind", help="Only these kinds, comma-separated: conversation, letter, memo, diary_entry, …"),
]
OutputOption = Annotated[Output, typer.Option("--format", "-f", help="table or json.")]
ProjectionOption = Annotated[
    Projection,
    typer.Option(
        "--projection",
        help="person (undirected, one edge per pair), directed (recorder → interlocutor, sender → recipient), "
        "document (person — record) or organization (person — organisation, through attested roles).",
    ),
]


def _load(
    data: Path, endpoint: str | None, start: str | None, end: str | None, kinds: str | None
) -> tuple[DataSource, NetworkData, Selection]:
    """The graph, its communications inside the selection, and the selection (checked first,
    so a malformed option fails before the graph is read)."""
    from kg1956.datasource import open_source
    from kg1956.network_data import load_network_data, make_selection, select

    selection = make_selection(start, end, kinds)
    source = open_source(data, endpoint)
    return source, select(load_network_data(source), selection), selection


def _echo_json(doc: object) -> None:
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


def _join(values: object) -> str:
    return ", ".join(str(v) for v in values)  # type: ignore[attr-defined]


@network_app.command()
def summary(
    data: DataOption = DEFAULT_BUILD,
    endpoint: EndpointOption = None,
    start: FromOption = None,
    end: ToOption = None,
    kind: KindOption = None,
    top: Annotated[int, typer.Option("--top", min=1, help="How many people to list in each ranking.")] = 10,
    fmt: OutputOption = Output.table,
) -> None:
    """People, ties, components, density; top people by contacts, communications and betweenness; communities; years."""
    from kg1956.network_analysis import summarize_network

    try:
        _graph, selected, selection = _load(data, endpoint, start, end, kind)
        result = summarize_network(selected, selection, top=top)
    except Kg1956Error as exc:
        raise _fail(exc) from None
    if fmt is Output.json:
        _echo_json(asdict(result))
    else:
        typer.echo(_summary_text(result))


def _summary_text(result: NetworkSummary) -> str:
    """The summary as a few facts and small tables, for a terminal."""
    from kg1956.network_analysis import SEED
    from kg1956.table import render_table

    if not result.communications:
        return f"No communication in this selection ({result.selection})."
    orgs = f", {result.organizations} organisation{'s' if result.organizations != 1 else ''}"
    facts = [
        ("people", f"{result.people} ({result.persons} persons{orgs if result.organizations else ''})"),
        ("ties", result.ties),
        ("communications", f"{result.communications}" + (f" ({result.undated} undated)" if result.undated else "")),
        ("components", f"{result.components} (largest: {result.largest_component})"),
        ("density", f"{result.density:.3f}"),
    ]
    groups = [c for c in result.communities if len(c.members) > 1]
    alone = [m for c in result.communities if len(c.members) == 1 for m in c.members]
    sections = [
        (f"Network of who communicated with whom ({result.selection})\n", "\n".join(f"{k:<16}{v}" for k, v in facts)),
        (
            "Most contacts (degree)",
            render_table(
                ["name", "contacts", "communications"],
                [(r.name, r.contacts, r.communications) for r in result.by_degree],
            ),
        ),
        (
            "Most communications",
            render_table(
                ["name", "communications", "contacts"],
                [(r.name, r.communications, r.contacts) for r in result.by_communications],
            ),
        ),
        (
            "Brokers (betweenness centrality: share of shortest chains through them)",
            render_table(
                ["name", "betweenness", "contacts"],
                [(r.name, f"{r.score:.3f}", r.contacts) for r in result.by_betweenness],
            ),
        ),
        (
            f"Communities (Louvain, seed {SEED})",
            render_table(
                ["#", "size", "members"], [(c.number, len(c.members), _join(c.members)) for c in groups], max_width=100
            )
            + (f"\nalone: {_join(alone)}" if alone else ""),
        ),
        (
            "Activity per year",
            render_table(
                ["year", "communications", "people", "kinds"],
                [
                    (y.year, y.communications, y.people, _join(f"{k} {n}" for k, n in y.kinds.items()))
                    for y in result.years
                ],
            ),
        ),
    ]
    return "\n\n".join(f"{heading}\n{body}" for heading, body in sections)


@network_app.command()
def ego(
    person: Annotated[str, typer.Argument(help="Any spelling of a person's name (or an organisation's).")],
    radius: Annotated[int, typer.Option("--radius", min=1, help="How many steps away to go.")] = 1,
    data: DataOption = DEFAULT_BUILD,
    endpoint: EndpointOption = None,
    start: FromOption = None,
    end: ToOption = None,
    kind: KindOption = None,
    fmt: OutputOption = Output.table,
) -> None:
    """A person's contacts: with whom, how often, when, in what role (as attested), in which notes."""
    from kg1956.network import person_network, resolve_node
    from kg1956.network_analysis import ego_contacts
    from kg1956.table import render_table

    try:
        graph, selected, selection = _load(data, endpoint, start, end, kind)
        network = person_network(selected)
        node = resolve_node(graph, network, person)
        contacts = ego_contacts(selected, node, radius)
    except Kg1956Error as exc:
        raise _fail(exc) from None
    attrs = network.nodes[node]
    if fmt is Output.json:
        _echo_json(
            {
                "person": node,
                "name": attrs["label"],
                "radius": radius,
                "selection": selection.describe(),
                "communications": attrs["communications"],
                "roles": attrs["roles"],
                "contacts": [asdict(c) for c in contacts],
            }
        )
        return
    direct = sum(1 for c in contacts if c.distance == 1)
    typer.echo(
        f"{attrs['label']}: {attrs['communications']} communications, {direct} direct contacts ({selection.describe()})"
    )
    if attrs["roles"]:
        typer.echo(f"roles as attested: {'; '.join(attrs['roles'])}")
    typer.echo("")
    headers = ["contact", "communications", "dates", "kinds", "role (as attested)", "notes"]
    rows = [
        (c.name, c.communications, _join(c.dates), _join(c.kinds), "; ".join(c.roles), _join(c.notes)) for c in contacts
    ]
    if radius > 1:
        headers[1:1] = ["steps", "via"]
        rows = [(r[0], c.distance, c.via, *r[1:]) for r, c in zip(rows, contacts, strict=True)]
    typer.echo(render_table(headers, rows, max_width=60))


@network_app.command()
def path(
    source: Annotated[str, typer.Argument(metavar="A", help="Any spelling of the first person's name.")],
    target: Annotated[str, typer.Argument(metavar="B", help="Any spelling of the second person's name.")],
    data: DataOption = DEFAULT_BUILD,
    endpoint: EndpointOption = None,
    start: FromOption = None,
    end: ToOption = None,
    kind: KindOption = None,
    fmt: OutputOption = Output.table,
) -> None:
    """The shortest chain of communications linking two people, each step with its dates and notes."""
    from kg1956.network import person_network, resolve_node
    from kg1956.network_analysis import find_path
    from kg1956.table import render_table

    try:
        graph, selected, selection = _load(data, endpoint, start, end, kind)
        network = person_network(selected)
        a, b = resolve_node(graph, network, source), resolve_node(graph, network, target)
        steps = find_path(selected, a, b)
    except Kg1956Error as exc:
        raise _fail(exc) from None
    names = network.nodes[a]["label"], network.nodes[b]["label"]
    if fmt is Output.json:
        _echo_json(
            {
                "from": a,
                "to": b,
                "selection": selection.describe(),
                "path": None if steps is None else [asdict(s) for s in steps],
            }
        )
        return
    if steps is None:
        typer.echo(f"No chain of communications links {names[0]} and {names[1]} ({selection.describe()}).")
        return
    typer.echo(f"{names[0]} → {names[1]}: {len(steps)} step{'s' if len(steps) > 1 else ''} ({selection.describe()})")
    typer.echo("")
    rows = [
        (i, s.source_name, s.target_name, _join(s.dates), _join(s.kinds), _join(s.notes))
        for i, s in enumerate(steps, start=1)
    ]
    typer.echo(render_table(["step", "from", "to", "dates", "kinds", "notes"], rows, max_width=60))


@network_app.command()
def timeline(
    person: Annotated[
        str | None, typer.Argument(help="Any spelling of a person's name; omit for counts per month.")
    ] = None,
    data: DataOption = DEFAULT_BUILD,
    endpoint: EndpointOption = None,
    start: FromOption = None,
    end: ToOption = None,
    kind: KindOption = None,
    fmt: OutputOption = Output.table,
) -> None:
    """A person's communications in date order, or the number of communications per month."""
    from kg1956.network import person_network, resolve_node
    from kg1956.network_analysis import monthly_counts, person_timeline
    from kg1956.table import render_table

    try:
        graph, selected, selection = _load(data, endpoint, start, end, kind)
        if person is None:
            months = monthly_counts(selected)
        else:
            network = person_network(selected)
            node = resolve_node(graph, network, person)
            entries = person_timeline(selected, node)
    except Kg1956Error as exc:
        raise _fail(exc) from None
    if person is None:
        if fmt is Output.json:
            _echo_json({"selection": selection.describe(), "months": [asdict(m) for m in months]})
            return
        rows = [
            (m.month, m.communications, m.people, _join(f"{k} {n}" for k, n in m.kinds.items()), "█" * m.communications)
            for m in months
        ]
        typer.echo(f"Communications per month ({selection.describe()})")
        typer.echo("")
        typer.echo(render_table(["month", "communications", "people", "kinds", ""], rows, max_width=60))
        return
    name = network.nodes[node]["label"]
    if fmt is Output.json:
        _echo_json(
            {
                "person": node,
                "name": name,
                "selection": selection.describe(),
                "communications": [asdict(e) for e in entries],
            }
        )
        return
    typer.echo(f"{name}: {len(entries)} communications ({selection.describe()})")
    typer.echo("")
    rows = [
        (e.date or "n.d.", e.kind, _join(e.others), "; ".join(e.roles), _join(e.notes), e.document) for e in entries
    ]
    typer.echo(render_table(["date", "kind", "with", "role (as attested)", "notes", "record"], rows, max_width=50))


@network_app.command()
def export(
    out: Annotated[
        str,
        typer.Option(
            "--out",
            help="File to write (for csv: PATH-nodes.csv and PATH-edges.csv, "
            "or DIR/nodes.csv and DIR/edges.csv for a folder).",
        ),
    ],
    fmt: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="graphml, gexf (with dates for Gephi's timeline), json (node-link) "
            "or csv (node and edge lists); default: from the --out suffix.",
        ),
    ] = None,
    projection: ProjectionOption = Projection.person,
    data: DataOption = DEFAULT_BUILD,
    endpoint: EndpointOption = None,
    start: FromOption = None,
    end: ToOption = None,
    kind: KindOption = None,
) -> None:
    """Write a network projection for Gephi, Cytoscape, Palladio or networkx."""
    from kg1956.network import project
    from kg1956.network_data import NetworkError
    from kg1956.network_export import FORMATS, export_network

    try:
        chosen = fmt.value if fmt else Path(out).suffix.lower().lstrip(".")
        if chosen not in FORMATS:
            raise NetworkError(f"{out}: cannot tell the format from the suffix; give --format {'|'.join(FORMATS)}")
        _graph, selected, _selection = _load(data, endpoint, start, end, kind)
        network = project(selected, projection.value)
        written = export_network(network, chosen, out)
    except Kg1956Error as exc:
        raise _fail(exc) from None
    typer.echo(
        f"wrote {network.number_of_nodes()} nodes and {network.number_of_edges()} edges "
        f"({projection.value} projection, {chosen}) to {' and '.join(str(p) for p in written)}"
    )


@network_app.command()
def plot(
    out: Annotated[Path, typer.Option("--out", help="Picture to write: .png, .svg or .pdf.")],
    projection: ProjectionOption = Projection.person,
    data: DataOption = DEFAULT_BUILD,
    endpoint: EndpointOption = None,
    start: FromOption = None,
    end: ToOption = None,
    kind: KindOption = None,
    title: Annotated[str | None, typer.Option("--title", help="Title of the picture.")] = None,
) -> None:
    """Draw the network for a slide: nodes sized by activity, coloured by community, edges by number of communications.

    Needs matplotlib: install kg1956[plot].
    """
    from kg1956.network import project
    from kg1956.network_plot import plot_network

    try:
        _graph, selected, selection = _load(data, endpoint, start, end, kind)
        network = project(selected, projection.value)
        what = {
            "person": "Who communicated with whom",
            "directed": "Who recorded or wrote to whom",
            "document": "People and the records of their communications",
            "organization": "People and their organisations, as attested",
        }[projection.value]
        subtitle = (
            f"{selection.describe()} · {network.number_of_nodes()} nodes · {network.number_of_edges()} ties · "
            f"{len(selected.communications)} communications · graph: {data}"
        )
        plot_network(network, out, title or what, subtitle)
    except Kg1956Error as exc:
        raise _fail(exc) from None
    typer.echo(f"wrote {out} ({network.number_of_nodes()} nodes, {network.number_of_edges()} edges)")
