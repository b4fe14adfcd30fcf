"""Write a network projection for network tools: GraphML, GEXF, node-link JSON, CSV lists.

Stage: network → export. Output is deterministic (nodes and edges in the projection's sorted
order, no timestamps) and written atomically. List attributes (dates, kinds, notes, roles,
communications) stay lists in JSON and become "; "-joined text elsewhere, since GraphML,
GEXF and CSV hold only scalar values.

GEXF carries time for Gephi's timeline: a node is present from the first to the last day
of the communications it took part in (`start`/`end`), an edge during one spell per
dated communication (a month or year date covers the whole month or year).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import networkx as nx

from kg1956.export import atomic_write
from kg1956.network_data import NetworkError, date_interval

FORMATS: tuple[str, ...] = ("graphml", "gexf", "json", "csv")
LIST_SEPARATOR = "; "
_NODE_COLUMNS = ("label", "type", "communications", "first", "last")
_EDGE_COLUMNS = ("weight", "first", "last", "dates", "kinds", "notes")


def _scalar(value: object) -> str | int | float | bool:
    if isinstance(value, list | tuple | set):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if value is None:
        return ""
    return value  # type: ignore[return-value]


def flatten(network: nx.Graph) -> nx.Graph:
    """A copy of `network` whose list attributes are joined into text (GraphML, GEXF, CSV)."""
    flat = network.__class__()
    flat.graph.update({k: _scalar(v) for k, v in network.graph.items()})
    for node, attrs in network.nodes(data=True):
        flat.add_node(node, **{k: _scalar(v) for k, v in attrs.items()})
    for u, v, attrs in network.edges(data=True):
        flat.add_edge(u, v, **{k: _scalar(v) for k, v in attrs.items()})
    return flat


def graphml_bytes(network: nx.Graph) -> bytes:
    """GraphML (networkx's writer), list attributes joined into text."""
    return ("\n".join(nx.generate_graphml(flatten(network))) + "\n").encode("utf-8")


def gexf_bytes(network: nx.Graph) -> bytes:
    """GEXF 1.2 with dynamic mode and dates: node `start`/`end`, edge spells per communication."""
    timed = flatten(network)
    for _, attrs in timed.nodes(data=True):
        if attrs.get("first"):
            attrs["start"] = date_interval(attrs["first"])[0]
            attrs["end"] = date_interval(attrs["last"])[1]
    for u, v, attrs in timed.edges(data=True):
        spells = sorted({date_interval(d) for d in network.edges[u, v].get("dates", [])})
        if spells:
            attrs["spells"] = spells
    text = "\n".join(nx.generate_gexf(timed)) + "\n"
    # networkx stamps today's date into <meta>: drop it so the same graph gives the same bytes.
    text = re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1)
    return text.encode("utf-8")


def json_bytes(network: nx.Graph) -> bytes:
    """Node-link JSON (networkx `node_link_data`, edges under "edges"), lists kept as lists."""
    data = nx.node_link_data(network, edges="edges")
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _columns(rows: list[dict], leading: tuple[str, ...]) -> list[str]:
    keys = sorted({k for row in rows for k in row} - set(leading))
    return [k for k in leading if any(k in row for row in rows)] + keys


def csv_tables(network: nx.Graph) -> tuple[str, str]:
    """Node list and edge list as CSV text, with the column names Gephi's spreadsheet import
    expects (Id, Label; Source, Target, Type, Weight); Cytoscape and Palladio read them too."""
    nodes = [{k: _scalar(v) for k, v in attrs.items()} for _, attrs in network.nodes(data=True)]
    edges = [{k: _scalar(v) for k, v in attrs.items()} for _, _, attrs in network.edges(data=True)]
    node_cols = _columns(nodes, _NODE_COLUMNS)
    edge_cols = _columns(edges, _EDGE_COLUMNS)
    kind = "Directed" if network.is_directed() else "Undirected"

    def table(header: list[str], rows: list[list[object]]) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        return out.getvalue()

    node_rows = [[node, *(row.get(c, "") for c in node_cols)] for node, row in zip(network.nodes, nodes, strict=True)]
    edge_rows = [
        [u, v, kind, *(row.get(c, "") for c in edge_cols)] for (u, v), row in zip(network.edges, edges, strict=True)
    ]
    node_header = ["Id", *("Label" if c == "label" else c for c in node_cols)]
    edge_header = ["Source", "Target", "Type", *("Weight" if c == "weight" else c for c in edge_cols)]
    return table(node_header, node_rows), table(edge_header, edge_rows)


def csv_paths(out: str | Path) -> tuple[Path, Path]:
    """Where the CSV lists go: DIR/nodes.csv and DIR/edges.csv for a folder (an existing one,
    or a path written with a trailing slash), else OUT-nodes.csv and OUT-edges.csv (a
    ".csv" suffix dropped)."""
    path = Path(out)
    if path.is_dir() or str(out).endswith(("/", "\\")):
        return path / "nodes.csv", path / "edges.csv"
    stem = path.with_suffix("") if path.suffix.lower() == ".csv" else path
    return stem.with_name(f"{stem.name}-nodes.csv"), stem.with_name(f"{stem.name}-edges.csv")


def export_network(network: nx.Graph, fmt: str, out: str | Path) -> list[Path]:
    """Write `network` as `fmt` (graphml, gexf, json or csv) to `out`; return the files written.

    `out` may be text, so that a trailing slash (a folder for the CSV lists) survives.

    Raises:
        NetworkError: an unknown format, or a file that cannot be written.
    """
    try:
        if fmt == "csv":
            nodes_path, edges_path = csv_paths(out)
            nodes_text, edges_text = csv_tables(network)
            atomic_write(nodes_path, nodes_text.encode("utf-8"))
            atomic_write(edges_path, edges_text.encode("utf-8"))
            return [nodes_path, edges_path]
        writers = {"graphml": graphml_bytes, "gexf": gexf_bytes, "json": json_bytes}
        if fmt not in writers:
            raise NetworkError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
        atomic_write(Path(out), writers[fmt](network))
    except OSError as exc:
        raise NetworkError(f"{out}: cannot write ({exc.strerror or exc})") from None
    return [Path(out)]
