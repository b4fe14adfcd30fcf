"""`kg1956 network …` on the seed corpus: summaries, ego networks, paths, timelines,
exports that network tools read back, and the picture.

The seed corpus is built once per session (`seed_build_dir`); the facts asserted are the
sources' own: Yi Sang-cho spoke with I.F. Kurdiukov on 16 June, 9 August and 28 November
1956 (notes 15, 16, 39, 41), with N.T. Fedorenko on 29 May and 5 September 1956, with
B.N. Vereshchagin on 20 October 1956, and so on.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from kg1956.cli import app
from kg1956.network import person_network, project
from kg1956.network_analysis import find_communities, summarize_network
from kg1956.network_data import NetworkData, Selection, date_interval, load_network_data, make_selection, select
from kg1956.network_export import export_network
from kg1956.query import load_graph

BASE = "https://w3id.org/kg1956/"
YI = BASE + "person/yi-sang-cho"
KURDIUKOV = BASE + "person/i-f-kurdiukov"
FEDORENKO = BASE + "person/n-t-fedorenko"
VERESHCHAGIN = BASE + "person/b-n-vereshchagin"
KURDIUKOV_DATES = ["1956-06-16", "1956-08-09", "1956-11-28"]


def run(runner, *args: object):
    return runner.invoke(app, ["network", *(str(a) for a in args)])


def run_json(runner, *args: object) -> dict:
    result = run(runner, *args, "--format", "json")
    assert result.exit_code == 0, result.output + result.stderr
    return json.loads(result.stdout)


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def data(seed_build_dir) -> NetworkData:
    return load_network_data(load_graph(seed_build_dir))


# ── summary ────────────────────────────────────────────────────────────────────────────────


def test_summary_of_the_seed_corpus(runner, seed_build_dir):
    doc = run_json(runner, "summary", "--data", seed_build_dir)
    assert (doc["people"], doc["persons"], doc["organizations"]) == (25, 24, 1)
    assert (doc["ties"], doc["communications"], doc["undated"]) == (18, 23, 1)
    assert (doc["components"], doc["largest_component"]) == (8, 10)
    assert doc["density"] == pytest.approx(18 / (25 * 24 / 2))
    assert doc["by_degree"][0]["name"] == "Yi Sang-cho" and doc["by_degree"][0]["contacts"] == 5
    assert doc["by_communications"][0]["name"] == "Yi Sang-cho" and doc["by_communications"][0]["communications"] == 8
    assert [r["name"] for r in doc["by_betweenness"][:2]] == ["Yi Sang-cho", "B.N. Vereshchagin"]
    first = doc["communities"][0]
    assert first["members"] == ["I.F. Kurdiukov", "N.S. Khrushchev", "N.T. Fedorenko", "Yi Sang-cho"]
    assert ["A.M. Puzanov"] in [c["members"] for c in doc["communities"]]  # diarist, no ties
    years = {y["year"]: (y["communications"], y["kinds"]) for y in doc["years"]}
    assert years["1956"] == (12, {"conversation": 11, "letter": 1})
    assert years["n.d."] == (1, {"letter": 1})


def test_summary_table_is_readable(runner, seed_build_dir):
    result = run(runner, "summary", "--data", seed_build_dir)
    assert result.exit_code == 0, result.stderr
    for text in [
        "people          25 (24 persons, 1 organisation)",
        "density         0.060",
        "Most contacts (degree)",
        "Brokers (betweenness",
        "Communities (Louvain, seed 1956)",
        "I.F. Kurdiukov, N.S. Khrushchev, N.T. Fedorenko, Yi Sang-cho",
        "alone: A.M. Puzanov",
        "1956  12              13      conversation 11, letter 1",
    ]:
        assert text in result.stdout, text


def test_summary_is_deterministic(data):
    assert summarize_network(data) == summarize_network(data)


def test_from_and_to_narrow_the_counts(runner, seed_build_dir):
    doc = run_json(runner, "summary", "--data", seed_build_dir, "--from", "1956-06", "--to", "1956-08-31")
    assert doc["selection"] == "1956-06 to 1956-08-31, all kinds"
    assert (doc["communications"], doc["people"], doc["ties"]) == (3, 4, 2)  # 16 June, 20 July, 9 August
    doc = run_json(runner, "summary", "--data", seed_build_dir, "--from", "1957")
    assert (doc["communications"], doc["undated"]) == (10, 0)
    doc = run_json(runner, "summary", "--data", seed_build_dir, "--kind", "letter,memo")
    assert doc["communications"] == 3 and doc["ties"] == 5


def test_date_bounds_compare_at_the_coarser_precision(data):
    def dates(start: str | None, end: str | None) -> list[str]:
        return [c.date for c in select(data, make_selection(start, end)).communications]

    assert dates("1956-11-28", "1956-11-28") == ["1956-11-28"]
    assert dates("1956-11", "1956-11") == ["1956-11-13", "1956-11-28"]
    assert dates("1959", None) == ["1959-03-15", "1959-10-02", "1959-10-24"]
    assert "" not in dates(None, "1960")  # an undated communication cannot be placed in a range
    assert len(dates(None, None)) == 23
    sel = Selection("1956-06-10", "1956-06-20")
    assert sel.admits_date("1956") and sel.admits_date("1956-06") and not sel.admits_date("1956-07")
    assert not sel.admits_date("1955") and not sel.admits_date("")


@pytest.mark.parametrize(
    "args, message",
    [
        (["--from", "1956-13"], "error: --from '1956-13': expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        (["--to", "June 1956"], "error: --to 'June 1956': expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        (["--from", "1957", "--to", "1956-12"], "error: --from 1957 is after --to 1956-12"),
        (["--kind", "chat"], "error: --kind 'chat': unknown kind; known kinds: conversation, letter, memo, "
                             "diary_entry, telegram, report"),
    ],
)  # fmt: skip
def test_bad_options_exit_2_with_one_line(runner, seed_build_dir, args, message):
    result = run(runner, "summary", "--data", seed_build_dir, *args)
    assert result.exit_code == 2
    assert error_lines(result) == [message]


def test_missing_graph_exits_2(runner, tmp_path):
    result = run(runner, "summary", "--data", tmp_path / "nowhere")
    assert result.exit_code == 2
    assert len(error_lines(result)) == 1 and "no graph found" in result.stderr


def test_a_graph_file_works_as_data(runner, seed_build_dir):
    doc = run_json(runner, "summary", "--data", seed_build_dir / "kg1956.ttl")
    assert doc["communications"] == 23


# ── ego, path, timeline ───────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("name", ["Yi Sang-jo", "Li Sang-cho", "yi sang cho", "YI SANG-CHO"])
def test_ego_accepts_any_spelling(runner, seed_build_dir, name):
    doc = run_json(runner, "ego", name, "--data", seed_build_dir)
    assert doc["person"] == YI and doc["communications"] == 8
    contacts = {c["name"]: c for c in doc["contacts"]}
    assert set(contacts) == {"I.F. Kurdiukov", "N.T. Fedorenko", "B.N. Vereshchagin", "Kim Il Song", "N.S. Khrushchev"}
    kurdiukov = contacts["I.F. Kurdiukov"]
    assert kurdiukov["communications"] == 3
    assert kurdiukov["dates"] == KURDIUKOV_DATES
    assert kurdiukov["notes"] == [15, 16, 39, 41]
    assert "head of the Far Eastern Department" in kurdiukov["roles"]
    assert contacts["Kim Il Song"]["dates"] == ["n.d."]


def test_ego_table_and_radius(runner, seed_build_dir):
    result = run(runner, "ego", "Vereshchagin", "--radius", "2", "--data", seed_build_dir)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "B.N. Vereshchagin: 3 communications, 3 direct contacts (all dates, all kinds)"
    kurdiukov = next(line for line in lines if line.startswith("I.F. Kurdiukov"))
    assert kurdiukov.split()[2:6] == ["2", "Yi", "Sang-cho", "3"]  # two steps away, via Yi Sang-cho, 3 times
    assert "1956-06-16, 1956-08-09, 1956-11-28" in kurdiukov


def test_ego_respects_dates(runner, seed_build_dir):
    doc = run_json(runner, "ego", "Yi Sang-cho", "--from", "1956-07", "--data", seed_build_dir)
    contacts = {c["name"]: c for c in doc["contacts"]}
    assert contacts["I.F. Kurdiukov"]["dates"] == ["1956-08-09", "1956-11-28"]
    assert "Kim Il Song" not in contacts  # the undated letter drops out of a dated range


def test_path_goes_through_yi_sang_cho(runner, seed_build_dir):
    doc = run_json(runner, "path", "B.N. Vereshchagin", "Fedorenko", "--data", seed_build_dir)
    steps = [(s["source_name"], s["target_name"], s["dates"], s["notes"]) for s in doc["path"]]
    assert steps == [
        ("B.N. Vereshchagin", "Yi Sang-cho", ["1956-10-20"], [26]),
        ("Yi Sang-cho", "N.T. Fedorenko", ["1956-05-29", "1956-09-05"], [12, 18]),
    ]
    result = run(runner, "path", "Vereshchagin", "Fedorenko", "--data", seed_build_dir)
    assert result.stdout.startswith("B.N. Vereshchagin → N.T. Fedorenko: 2 steps")


def test_path_without_a_chain(runner, seed_build_dir):
    doc = run_json(runner, "path", "Puzanov", "Yi Sang-cho", "--data", seed_build_dir)
    assert doc["path"] is None
    result = run(runner, "path", "Puzanov", "Yi Sang-cho", "--data", seed_build_dir)
    assert result.exit_code == 0
    assert "No chain of communications links A.M. Puzanov and Yi Sang-cho" in result.stdout


@pytest.mark.parametrize(
    "args, expected",
    [
        (["ego", "Yi Sang-chox"], "error: nobody called 'Yi Sang-chox' in the graph; did you mean: Yi Sang-cho, "),
        (["ego", "Kim"], "error: 'Kim' fits 2 people: Kim Hyŏn-mo, Kim Il Song; give more of the name"),
        (["path", "Yi Sang-cho", "Fedorenkov"], "error: nobody called 'Fedorenkov' in the graph; did you mean: N.T. "
                                                "Fedorenko, "),
        (["timeline", "Andrei Lankov"], "error: Andrei Lankov took part in no communication in this selection"),
    ],
)  # fmt: skip
def test_unknown_or_ambiguous_names_exit_2_with_suggestions(runner, seed_build_dir, args, expected):
    result = run(runner, *args, "--data", seed_build_dir)
    assert result.exit_code == 2
    lines = error_lines(result)
    assert len(lines) == 1 and lines[0].startswith(expected), lines


def test_timeline_of_a_person(runner, seed_build_dir):
    doc = run_json(runner, "timeline", "Yi Sang-jo", "--data", seed_build_dir)
    dates = [e["date"] for e in doc["communications"]]
    assert dates == ["1956-05-29", *KURDIUKOV_DATES[:2], "1956-09-03", "1956-09-05", "1956-10-20", "1956-11-28", ""]
    assert doc["communications"][3]["others"] == ["N.S. Khrushchev"]
    assert doc["communications"][3]["kind"] == "letter"


def test_timeline_per_month(runner, seed_build_dir):
    result = run(runner, "timeline", "--data", seed_build_dir)
    assert result.exit_code == 0, result.stderr
    assert "1956-09  3               5       conversation 2, letter 1       ███" in result.stdout
    doc = run_json(runner, "timeline", "--data", seed_build_dir)
    months = {m["month"]: m["communications"] for m in doc["months"]}
    assert sum(months.values()) == 23 and months["1956-11"] == 2 and months["n.d."] == 1
    assert list(months)[-1] == "n.d."


# ── projections ──────────────────────────────────────────────────────────────────────────


def test_person_projection(data):
    g = person_network(data)
    tie = g.edges[KURDIUKOV, YI]
    assert tie["weight"] == 3 and tie["dates"] == KURDIUKOV_DATES and tie["kinds"] == ["conversation"]
    assert tie["notes"] == [15, 16, 39, 41] and (tie["first"], tie["last"]) == ("1956-06-16", "1956-11-28")
    assert g.nodes[YI]["type"] == "person" and g.nodes[BASE + "organization/cpsu-central-committee"]["type"] == (
        "organization"
    )
    assert list(g.nodes) == list(person_network(data).nodes) and list(g.edges) == list(person_network(data).edges)
    assert nx.shortest_path(g, VERESHCHAGIN, FEDORENKO) == [VERESHCHAGIN, YI, FEDORENKO]


def test_directed_projection(data):
    g = project(data, "directed")
    assert g.is_directed()
    assert g.has_edge(KURDIUKOV, YI) and not g.has_edge(YI, KURDIUKOV)  # recorder → interlocutor
    assert g.has_edge(YI, BASE + "person/n-s-khrushchev")  # sender → recipient
    assert g.edges[KURDIUKOV, YI]["weight"] == 3


def test_document_projection(data):
    g = project(data, "document")
    records = [n for n, t in g.nodes(data="type") if t == "record"]
    assert len(records) == 23
    assert all(g.nodes[n]["bipartite"] == 1 for n in records)
    assert g.degree(YI) == 8 and g.degree(KURDIUKOV) == 3


def test_organization_projection(data):
    g = project(data, "organization")
    tie = g.edges[VERESHCHAGIN, BASE + "organization/far-eastern-department"]
    assert tie["weight"] == 2 and tie["dates"] == ["1956-10-19", "1956-10-20"]
    assert tie["roles"] == ["Counsellor of the Far Eastern Department"]
    assert {t for _, t in g.nodes(data="type")} == {"person", "organization"}


def test_communities_are_deterministic(data):
    g = person_network(data)
    assert find_communities(g) == find_communities(person_network(data))


def test_results_do_not_depend_on_the_hash_seed(seed_build_dir):
    """Sets of strings iterate in an order that changes with PYTHONHASHSEED: communities,
    exports and the layout must not."""
    script = (
        "import hashlib, json, sys; from pathlib import Path\n"
        "from kg1956.query import load_graph\n"
        "from kg1956 import network as N, network_analysis as A, network_data as D, network_export as E\n"
        "d = D.load_network_data(load_graph(Path(sys.argv[1])))\n"
        "g = N.person_network(d)\n"
        "out = [A.find_communities(g), hashlib.sha256(E.gexf_bytes(g) + E.json_bytes(g)).hexdigest()]\n"
        "try:\n"
        "    from kg1956.network_plot import layout_network\n"
        "    out.append({n: [round(x, 6), round(y, 6)] for n, (x, y) in layout_network(g).items()})\n"
        "except ImportError:\n"
        "    pass\n"
        "print(json.dumps(out))\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(seed_build_dir)], stdout=subprocess.PIPE, text=True,
                         env={**os.environ, "PYTHONHASHSEED": seed})
        for seed in ("1", "2")
    ]  # fmt: skip
    outputs = [p.communicate(timeout=120)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert outputs[0] == outputs[1]


def test_date_interval():
    assert date_interval("1956") == ("1956-01-01", "1956-12-31")
    assert date_interval("1956-02") == ("1956-02-01", "1956-02-29")
    assert date_interval("1956-06-16") == ("1956-06-16", "1956-06-16")


# ── exports ─────────────────────────────────────────────────────────────────────────────


def _read_back(fmt: str, out: Path) -> nx.Graph:
    if fmt == "graphml":
        return nx.read_graphml(out)
    if fmt == "gexf":
        return nx.read_gexf(out)
    if fmt == "json":
        return nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges")
    g = nx.Graph()
    with open(out.with_name("net-nodes.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            g.add_node(row["Id"], label=row["Label"], communications=row["communications"])
    with open(out.with_name("net-edges.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            assert row["Type"] == "Undirected"
            g.add_edge(row["Source"], row["Target"], weight=row["Weight"], dates=row["dates"], notes=row["notes"])
    return g


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "csv"])
def test_export_round_trips(runner, seed_build_dir, tmp_path, fmt):
    out = tmp_path / f"net.{fmt}"
    result = run(runner, "export", "--format", fmt, "--out", out, "--data", seed_build_dir)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("wrote 25 nodes and 18 edges (person projection")
    g = _read_back(fmt, out)
    assert g.number_of_nodes() == 25 and g.number_of_edges() == 18
    assert g.nodes[YI]["label"] == "Yi Sang-cho"
    assert int(g.nodes[YI]["communications"]) == 8
    tie = g.edges[KURDIUKOV, YI]
    assert float(tie["weight"]) == 3
    dates = tie["dates"] if fmt == "json" else tie["dates"].split("; ")
    assert dates == KURDIUKOV_DATES
    notes = tie["notes"] if fmt == "json" else [int(n) for n in tie["notes"].split("; ")]
    assert notes == [15, 16, 39, 41]
    if fmt == "gexf":  # time for Gephi's timeline
        assert g.graph["mode"] == "dynamic"
        assert tie["spells"] == [(d, d) for d in KURDIUKOV_DATES]
        assert (g.nodes[YI]["start"], g.nodes[YI]["end"]) == ("1956-05-29", "1956-11-28")


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "csv"])
@pytest.mark.parametrize("projection", ["person", "directed", "document", "organization"])
def test_exports_are_deterministic(data, tmp_path, fmt, projection):
    """The same graph gives the same bytes (no timestamps, sorted nodes and edges)."""
    written = [export_network(project(data, projection), fmt, tmp_path / run_dir / f"net.{fmt}") for run_dir in "ab"]
    assert [p.read_bytes() for p in written[0]] == [p.read_bytes() for p in written[1]]


def test_export_csv_to_a_folder_and_other_projections(runner, seed_build_dir, tmp_path):
    result = run(runner, "export", "--out", f"{tmp_path}/lists/", "--format", "csv", "--projection", "directed",
                 "--data", seed_build_dir)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    edges = list(csv.DictReader((tmp_path / "lists" / "edges.csv").open(encoding="utf-8")))
    kurdiukov = next(e for e in edges if e["Source"] == KURDIUKOV)
    assert (kurdiukov["Target"], kurdiukov["Type"], kurdiukov["Weight"]) == (YI, "Directed", "3")
    result = run(runner, "export", "--out", tmp_path / "org.gexf", "--projection", "organization", "--data",
                 seed_build_dir)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    g = nx.read_gexf(tmp_path / "org.gexf")
    assert g.edges[VERESHCHAGIN, BASE + "organization/far-eastern-department"]["weight"] == 2


def test_export_needs_a_known_format(runner, seed_build_dir, tmp_path):
    result = run(runner, "export", "--out", tmp_path / "net.txt", "--data", seed_build_dir)
    assert result.exit_code == 2
    assert error_lines(result) == [
        f"error: {tmp_path / 'net.txt'}: cannot tell the format from the suffix; give --format graphml|gexf|json|csv"
    ]


# ── plot ─────────────────────────────────────────────────────────────────────────────────


def test_plot_writes_a_picture(runner, seed_build_dir, tmp_path):
    pytest.importorskip("matplotlib")
    out = tmp_path / "network.png"
    result = run(runner, "plot", "--out", out, "--data", seed_build_dir, "--from", "1956", "--to", "1957")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out} (21 nodes, 15 edges)"
    assert out.read_bytes().startswith(b"\x89PNG") and out.stat().st_size > 20_000
    svg = tmp_path / "network.svg"
    for _ in range(2):
        assert run(runner, "plot", "--out", svg, "--data", seed_build_dir).exit_code == 0
        text = svg.read_text(encoding="utf-8")
        assert "Yi Sang-cho" in text
    assert svg.read_text(encoding="utf-8") == text


def test_plot_without_matplotlib_says_what_to_install(runner, seed_build_dir, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # `import matplotlib` now raises ImportError
    result = run(runner, "plot", "--out", tmp_path / "network.png", "--data", seed_build_dir)
    assert result.exit_code == 2
    assert error_lines(result) == ["error: plotting needs matplotlib: install kg1956[plot]"]
