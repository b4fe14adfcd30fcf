"""Draw a network projection as a labelled picture for a slide (PNG, SVG or PDF).

Stage: network → picture. Nodes are sized by activity (communications taken part in) and
coloured by Louvain community; edge width grows with the number of communications; each
connected component is laid out on its own (stress majorisation from a seeded start) and
the components are packed in rows, biggest first, so the picture is the same on every run
and small groups do not drift to the margins. matplotlib is optional (the `plot` extra) and imported
only here, drawing on an Agg canvas without pyplot.
"""

from __future__ import annotations

import math
from pathlib import Path

import networkx as nx

from kg1956.network_analysis import SEED, find_communities
from kg1956.network_data import NetworkError
from kg1956.romanize import fold

PLOT_SUFFIXES = (".png", ".svg", ".pdf")
_PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#bcbd22",
    "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354", "#756bb1",
)  # fmt: skip
_ALONE = "#b0b0b0"
_SHAPES = {"person": "o", "organization": "s", "record": "^"}
_MIN_GAP = 0.6  # closest two nodes may come, in edge lengths


def _stress_layout(sub: nx.Graph) -> dict[str, tuple[float, float]]:
    """Stress majorisation (SMACOF, as Graphviz's neato does): drawn distances match path
    lengths, so an edge is about one unit long. Evenly spread and readable for the small,
    sparse, tree-like networks footnotes give; started from a seeded spring layout, so
    deterministic. Nodes the layout would put on one spot (three records of the same two
    people) are then pushed apart."""
    import numpy as np

    nodes = list(sub)
    lengths = dict(nx.all_pairs_shortest_path_length(sub))
    target = np.array([[lengths[u][v] for v in nodes] for u in nodes], dtype=float)
    start = nx.spring_layout(sub, seed=SEED, weight=None)
    x = np.array([start[v] for v in nodes], dtype=float) * len(nodes) ** 0.5
    weights = np.zeros_like(target)
    np.divide(1.0, target**2, out=weights, where=target > 0)
    laplacian = -weights
    np.fill_diagonal(laplacian, weights.sum(axis=1))
    inverse = np.linalg.pinv(laplacian)
    for _ in range(300):
        drawn = np.sqrt(((x[:, None, :] - x[None, :, :]) ** 2).sum(axis=2))
        ratio = np.zeros_like(target)
        np.divide(weights * target, drawn, out=ratio, where=drawn > 1e-9)
        b = -ratio
        np.fill_diagonal(b, ratio.sum(axis=1))
        moved = inverse @ b @ x
        done = np.abs(moved - x).max() < 1e-5
        x = moved
        if done:
            break
    for _ in range(100):  # separate near-coincident nodes, a little at a time
        delta = x[:, None, :] - x[None, :, :]
        drawn = np.sqrt((delta**2).sum(axis=2)) + np.eye(len(nodes))
        push = np.clip(_MIN_GAP - drawn, 0, None)
        if push.max() < 1e-3:
            break
        x = x + 0.5 * (delta * (push / drawn)[:, :, None]).sum(axis=1)
    return {v: (float(px), float(py)) for v, (px, py) in zip(nodes, x, strict=True)}


def _component_layout(network: nx.Graph, nodes: list[str]) -> dict[str, tuple[float, float]]:
    """Positions of one component centred on the origin, an edge about one unit long."""
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        return {nodes[0]: (-0.5, 0.0), nodes[1]: (0.5, 0.0)}
    # A copy built in sorted order, not network.subgraph(): a subgraph view iterates a set,
    # whose order changes with PYTHONHASHSEED, and the seeded layout depends on node order.
    members = set(nodes)
    sub = nx.Graph()
    sub.add_nodes_from(nodes)
    sub.add_edges_from((u, v) for u, v in network.edges(nodes) if u in members and v in members)
    if len(nodes) <= 400:
        pos = _stress_layout(sub)
    else:  # stress needs all pairwise distances: too much for big components
        pos = nx.spring_layout(sub, seed=SEED, weight=None, iterations=300)
        mean = sum(math.dist(pos[u], pos[v]) for u, v in sub.edges) / max(sub.number_of_edges(), 1)
        pos = {n: (float(x) / mean, float(y) / mean) for n, (x, y) in pos.items()}
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {n: (x - cx, y - cy) for n, (x, y) in pos.items()}


def layout_network(network: nx.Graph, aspect: float = 1.45) -> dict[str, tuple[float, float]]:
    """Deterministic positions: each component laid out alone (edges equally long in all of
    them), components packed in rows, biggest first."""
    components = sorted(
        (sorted(c) for c in nx.connected_components(network.to_undirected())),
        key=lambda c: (-len(c), fold(network.nodes[c[0]]["label"])),
    )
    boxes = []
    for comp in components:
        pos = _component_layout(network, comp)
        xs = [x for x, _ in pos.values()]
        ys = [y for _, y in pos.values()]
        boxes.append((pos, max(xs) - min(xs) + 1.1, max(ys) - min(ys) + 0.9))  # room for labels around
    area = sum(w * h for _, w, h in boxes)
    row_width = max(max(w for _, w, _ in boxes), math.sqrt(area * aspect))
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for pos, width, height in boxes:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        for node, (px, py) in pos.items():
            out[node] = (x + width / 2 + px, y - height / 2 + py)
        x += width
        row_height = max(row_height, height)
    return out


def _colours(network: nx.Graph) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Node → colour, and legend entries (colour, "community: most active member …")."""
    colours: dict[str, str] = {}
    legend = []
    groups = [g for g in find_communities(network) if len(g) > 1]
    for i, group in enumerate(groups):
        colour = _PALETTE[i % len(_PALETTE)]
        lead = max(group, key=lambda n: (network.nodes[n]["communications"], -group.index(n)))
        legend.append((colour, f"{network.nodes[lead]['label']} and {len(group) - 1} more"))
        colours.update(dict.fromkeys(group, colour))
    for node in network:
        colours.setdefault(node, _ALONE)
    if _ALONE in colours.values():
        legend.append((_ALONE, "alone in this selection"))
    return colours, legend


def _spread_labels(texts: list, fixed: list, renderer: object, rounds: int = 80) -> None:
    """Nudge overlapping name labels down (in display pixels) until none overlaps
    another label or a `fixed` one (the edge counts), or `rounds` is spent."""

    def box(t: object) -> object:
        return t.get_window_extent(renderer=renderer).expanded(1.04, 1.15)  # type: ignore[attr-defined]

    def move(t: object, pixels: float) -> None:
        inverse = t.axes.transData.inverted()  # type: ignore[attr-defined]
        dy = inverse.transform((0, pixels))[1] - inverse.transform((0, 0))[1]
        x, y = t.get_position()  # type: ignore[attr-defined]
        t.set_position((x, y + dy))  # type: ignore[attr-defined]

    fixed_boxes = [box(t) for t in fixed]
    for _ in range(rounds):
        moved = False
        boxes = [box(t) for t in texts]
        for i, a in enumerate(boxes):
            for j in range(i + 1, len(boxes)):
                b = boxes[j]
                if a.overlaps(b):
                    # only ever downwards: labels hang below their markers, and moving one up would cover it
                    lower = j if a.y0 + a.y1 >= b.y0 + b.y1 else i
                    move(texts[lower], -(min(a.y1, b.y1) - max(a.y0, b.y0) + 1))
                    boxes[lower] = box(texts[lower])
                    moved = True
            for f in fixed_boxes:
                if a.overlaps(f):
                    # step away from the edge count, downwards if the label's centre is lower
                    below = a.y0 + a.y1 < f.y0 + f.y1
                    move(texts[i], -(a.y1 - f.y0 + 1) if below else f.y1 - a.y0 + 1)
                    moved = True
        if not moved:
            return


def _size(network: nx.Graph, node: str) -> float:
    """Marker area in points²: grows with the communications a person or organisation took part in."""
    if network.nodes[node]["type"] == "record":
        return 110.0
    return 90.0 + 110.0 * network.nodes[node]["communications"]


def _label(attrs: dict) -> str:
    """A short label: a person's name; a record by its kind and date ("conversation 1956-06-16")."""
    if attrs["type"] == "record":
        kind = attrs["kinds"][0].replace("_", " ") if attrs.get("kinds") else "record"
        return f"{kind} {attrs['first'] or 'n.d.'}"
    text = attrs["label"]
    return text if len(text) <= 40 else text[:39] + "…"


def _draw_edges(ax: object, network: nx.Graph, pos: dict, font: float) -> list:
    """Edges (arrows for a directed projection), wider for more communications, with "3×"
    counts where a pair communicated more than once; returns the count labels."""
    max_weight = max((w for *_, w in network.edges(data="weight")), default=1)
    counts = []
    for u, v, w in network.edges(data="weight"):
        (x0, y0), (x1, y1) = pos[u], pos[v]
        width = 1.0 + 5.0 * (w - 1) / max(max_weight - 1, 1)
        if network.is_directed():
            ax.annotate(  # type: ignore[attr-defined]
                "",
                xy=(x1, y1),
                xytext=(x0, y0),
                zorder=1,
                arrowprops={
                    "arrowstyle": "-|>",
                    "color": "#777777",
                    "lw": width,
                    "mutation_scale": 14,
                    "shrinkA": math.sqrt(_size(network, u)) / 2 + 2,
                    "shrinkB": math.sqrt(_size(network, v)) / 2 + 2,
                },
            )
        else:
            ax.plot([x0, x1], [y0, y1], color="#8a8a8a", lw=width, alpha=0.8, zorder=1)  # type: ignore[attr-defined]
        if w > 1:
            counts.append(
                ax.text(  # type: ignore[attr-defined]
                    (x0 + x1) / 2,
                    (y0 + y1) / 2,
                    f"{w}×",
                    fontsize=font - 2,
                    color="#444444",
                    ha="center",
                    va="center",
                    zorder=2,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none"},
                )
            )
    return counts


def _draw_nodes(ax: object, network: nx.Graph, pos: dict, colours: dict, font: float) -> list:
    """Markers (circle person, square organisation, triangle record) and name labels below them."""
    for kind, marker in _SHAPES.items():
        nodes = [v for v, t in network.nodes(data="type") if t == kind]
        if nodes:
            ax.scatter(  # type: ignore[attr-defined]
                [pos[v][0] for v in nodes],
                [pos[v][1] for v in nodes],
                s=[_size(network, v) for v in nodes],
                c=[colours[v] for v in nodes],
                marker=marker,
                edgecolors="white",
                linewidths=1.5,
                zorder=3,
            )
    texts = []
    for node, attrs in network.nodes(data=True):
        record = attrs["type"] == "record"
        texts.append(
            ax.annotate(  # type: ignore[attr-defined]
                _label(attrs),
                pos[node],
                xytext=(0, -(math.sqrt(_size(network, node)) / 2 + 3)),
                textcoords="offset points",
                ha="center",
                va="top",
                zorder=4,
                fontsize=font - 1.5 if record else font,
                color="#555555" if record else "#222222",
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7},
            )
        )
    return texts


def _legend_handles(network: nx.Graph, community_legend: list[tuple[str, str]]) -> list:
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], marker="o", ls="", markersize=9, markerfacecolor=c, markeredgecolor="white", label=text)
        for c, text in community_legend[:12]
    ]
    people = [v for v, t in network.nodes(data="type") if t != "record"]
    for a in sorted({1, max((network.nodes[v]["communications"] for v in people), default=1)}):
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                ls="",
                markerfacecolor="white",
                markeredgecolor="#777777",
                markersize=math.sqrt(90 + 110 * a) / 2,
                label=f"{a} communication{'s' if a > 1 else ''}",
            )
        )
    max_weight = max((w for *_, w in network.edges(data="weight")), default=1)
    handles.append(Line2D([], [], color="#8a8a8a", lw=6.0 if max_weight > 1 else 1.0, label=f"{max_weight}× together"))
    for kind in ("organization", "record"):
        if any(t == kind for _, t in network.nodes(data="type")):
            handles.append(Line2D([], [], marker=_SHAPES[kind], ls="", color="#777777", markersize=8, label=kind))
    return handles


def plot_network(network: nx.Graph, out: Path, title: str, subtitle: str = "") -> Path:
    """Draw `network` to `out` (.png, .svg or .pdf) and return the path.

    Raises:
        NetworkError: matplotlib is missing (install kg1956[plot]), the suffix is not one of
            .png/.svg/.pdf, the selection is empty, or the file cannot be written.
    """
    if out.suffix.lower() not in PLOT_SUFFIXES:
        raise NetworkError(f"{out}: the picture must end in {', '.join(PLOT_SUFFIXES)}")
    try:
        # The Agg canvas and a bare Figure, not pyplot: no global backend switch or figure
        # registry, so calling this from a notebook or a server leaves their matplotlib alone.
        from matplotlib import rc_context
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        raise NetworkError("plotting needs matplotlib: install kg1956[plot]") from None
    if network.number_of_nodes() == 0:
        raise NetworkError("nothing to draw: no communication in this selection")

    pos = layout_network(network)
    colours, community_legend = _colours(network)
    n = network.number_of_nodes()
    font = 11 if n <= 30 else 9.5 if n <= 60 else 8 if n <= 120 else 6

    with rc_context({"svg.hashsalt": "kg1956"}):  # stable ids in SVG output
        fig = Figure(figsize=(16, 9), dpi=150)
        canvas = FigureCanvasAgg(fig)
        ax = fig.subplots()
        ax.set_axis_off()
        counts = _draw_edges(ax, network, pos, font)
        texts = _draw_nodes(ax, network, pos, colours, font)
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        ax.set_xlim(min(xs) - 0.6, max(xs) + 0.6)
        ax.set_ylim(min(ys) - 0.5, max(ys) + 0.3)
        canvas.draw()
        _spread_labels(texts, counts, canvas.get_renderer())
        fig.suptitle(title, fontsize=18, fontweight="bold", x=0.02, ha="left", y=0.97)
        if subtitle:
            fig.text(0.02, 0.915, subtitle, fontsize=11, color="#555555", ha="left")
        ax.legend(
            handles=_legend_handles(network, community_legend),
            loc="center left",
            bbox_to_anchor=(1.0, 0.5),
            fontsize=9,
            title="colour = community",
            title_fontsize=9,
            frameon=False,
            labelspacing=1.0,
        )
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            fig.savefig(out, bbox_inches="tight", metadata={"Date": None} if out.suffix.lower() == ".svg" else None)
        except OSError as exc:
            raise NetworkError(f"{out}: cannot write ({exc.strerror or exc})") from None
    return out
