"""The kg1956 command line: parse options, call the library, map errors to exit codes.

Exit codes: 0 ok (graph conforms), 1 SHACL violations, 2 bad input or usage.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kg1956.cli_errors import fail as _fail
from kg1956.cli_export import ExportFormat
from kg1956.cli_export import register as register_export
from kg1956.cli_network import network_app
from kg1956.cli_site import register as register_site
from kg1956.errors import GraphDataError, Kg1956Error

app = typer.Typer(
    help="Turn Cold War history footnotes into a validated RDF knowledge graph and ask who spoke to whom.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
report_app = typer.Typer(
    help="Reports on what extraction understood: unparsed text and name merges.", no_args_is_help=True
)
app.add_typer(report_app, name="report")
app.add_typer(network_app, name="network")
register_export(app)
register_site(report_app)

DEFAULT_BUILD = Path("build")
DataOption = Annotated[Path, typer.Option("--data", help="A build folder or a graph file.")]
EndpointOption = Annotated[
    str | None, typer.Option("--endpoint", help="Query this SPARQL 1.1 endpoint instead of --data.")
]


class Engine(StrEnum):
    native = "native"
    pyshacl_core = "pyshacl-core"
    pyshacl = "pyshacl"


class Format(StrEnum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


def _progress(message: str) -> None:
    typer.echo(f"… {message}", err=True)


def _base(base: str | None) -> str:
    from kg1956.config import checked_base, configured_base

    if base:
        return checked_base(base)
    return checked_base(configured_base(), "the base in pyproject.toml [tool.kg1956]")


@contextmanager
def _terminated_cleanly() -> Iterator[None]:
    """Inside the block, SIGTERM ends the command through the usual clean-up (temporary
    files and the half-loaded store removed, the lock released), exit code 143. A process
    forked inside the block (an extraction worker, which its pool ends with SIGTERM) ends
    at once, as it always did: clean-up code run there could wait forever on a lock."""
    import os
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    owner = os.getpid()

    def stop(signum: int, frame: object) -> None:
        if os.getpid() != owner:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        typer.echo("terminated", err=True)
        raise SystemExit(128 + signum)

    before = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


@app.command()
def build(
    files: Annotated[
        list[Path] | None, typer.Argument(help="Notes files or folders of them (default: the corpus in data/).")
    ] = None,
    out: Annotated[Path, typer.Option("--out", help="Folder to write kg1956.ttl and reports into.")] = DEFAULT_BUILD,
    base: Annotated[str | None, typer.Option("--base", help="Base IRI for data resources.")] = None,
    encoding: Annotated[str, typer.Option("--encoding", help="Text encoding of the notes files.")] = "utf-8",
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every unparsed fragment.")] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Do not replace the previous build if the graph fails SHACL.")
    ] = False,
    authority: Annotated[
        list[Path] | None, typer.Option("--authority", help="Authority file about people (default: data/authority/).")
    ] = None,
    formats: Annotated[
        list[ExportFormat] | None,
        typer.Option("--format", "-f", help="Also write ntriples, jsonld, csv (turtle and trig are always written)."),
    ] = None,
) -> None:
    """Extract notes, build the graph, validate it against shapes/, write OUT/kg1956.ttl and .trig."""
    from kg1956.buildlock import build_lock
    from kg1956.gcpolicy import few_collections, settle
    from kg1956.pipeline import build as run_build
    from kg1956.publish import publish_build

    started = time.perf_counter()
    try:
        base_iri = _base(base)
        with build_lock(out), few_collections(), _terminated_cleanly():
            result = run_build(files or None, base=base_iri, encoding=encoding, progress=_progress, authority=authority)
            result.let_go_of_readings()  # what publishing does not need, before it needs memory
            settle()
            report = publish_build(result, out, [f.value for f in formats or []], strict=strict, progress=_progress)
    except Kg1956Error as exc:
        raise _fail(exc) from None
    from kg1956.summary import build_summary

    for warning in result.warnings[:20]:
        typer.echo(f"warning: {warning}", err=True)
    if len(result.warnings) > 20:
        typer.echo(f"warning: … and {len(result.warnings) - 20} more", err=True)
    typer.echo(build_summary(result, report, out, time.perf_counter() - started))
    if verbose:
        for note, frag in result.unparsed:
            typer.echo(f"  unparsed: {note.source} note {note.number}: {frag.text}")
    if not report.conforms:
        for line in report.lines()[:20]:
            typer.echo(f"  {line}", err=True)
        if strict:
            typer.echo("error: the graph does not conform; --strict kept the previous build", err=True)
        raise typer.Exit(1)


@app.command()
def validate(
    data: DataOption = DEFAULT_BUILD,
    engine: Annotated[
        Engine,
        typer.Option(
            "--engine",
            help="native: kg1956's checker of the SHACL Core parts the shapes use (pySHACL for any other); "
            "pyshacl-core: pySHACL for the core; pyshacl: one pySHACL run for everything. All report the same.",
        ),
    ] = Engine.native,
) -> None:
    """Validate a built graph against shapes/: exit 0 if it conforms, 1 with a report if not."""
    from kg1956.datasource import read_triples
    from kg1956.validate import validate_graph

    try:
        report = validate_graph(read_triples(data), engine=str(engine))
    except Kg1956Error as exc:
        raise _fail(exc) from None
    if report.conforms:
        typer.echo("The graph conforms to the shapes.")
        return
    typer.echo(f"The graph does not conform: {len(report.violations)} result(s).")
    for line in report.lines():
        typer.echo(f"  {line}")
    raise typer.Exit(1)


def _parse_params(params: list[str]) -> dict[str, str]:
    out = {}
    for p in params:
        key, sep, value = p.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"expected key=value, got {p!r}", param_hint="--param")
        out[key.strip()] = value
    return out


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A named query in queries/ (see --list) or a path to a .rq file.")] = "",
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="key=value, bound as an RDF term.")] = None,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="table, or SPARQL 1.1 results as csv/tsv/json.")
    ] = Format.table,
    data: DataOption = DEFAULT_BUILD,
    endpoint: EndpointOption = None,
    list_: Annotated[bool, typer.Option("--list", help="List the named queries and their parameters.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Stop a query that runs longer (seconds).")] = 60.0,
    limit: Annotated[int, typer.Option("--limit", help="Most rows a table shows (csv/tsv/json give all).")] = 200,
) -> None:
    """Run a named SPARQL query against a built graph."""
    from kg1956 import query as q
    from kg1956.answers import answer_key, keep_answer, write_kept_answer
    from kg1956.datasource import STORE_DIR, open_source
    from kg1956.table import render_table

    try:
        if list_ or not name:
            rows = [(nq.name, ", ".join(nq.parameters) or "-", nq.description) for nq in q.list_queries()]
            typer.echo(render_table(["query", "parameters", "answers"], rows, max_width=100))
            return
        named = q.load_query(name)
        params = _parse_params(param or [])
        # the answer kept beside the build's store, if this very query was asked of this
        # very store before (see kg1956.answers)
        build = data or Path("build")
        key = None
        if not endpoint and (build / STORE_DIR).is_dir():
            try:
                key = answer_key(build / STORE_DIR, named.text, params, fmt.value, limit)
            except OSError:  # the store's folder cannot be listed: ask the store, keep nothing
                key = None
            sys.stdout.flush()
            if key is not None and write_kept_answer(build, key, sys.stdout.buffer):
                sys.stdout.buffer.flush()
                return
        source = open_source(data, endpoint, timeout)
        result = q.run_query(source, named, params, timeout=timeout)
    except Kg1956Error as exc:
        raise _fail(exc) from None
    if fmt is Format.json:
        text = q.format_json(result)
    elif fmt is Format.csv:
        text = q.format_csv(result)
    elif fmt is Format.tsv:
        text = q.format_tsv(result)
    else:
        rows = [[q.shorten(t) for t in row] for row in result.rows[:limit]]
        left_out = len(result.rows) - len(rows)
        more = f"; {left_out} more not shown (--limit, or --format csv for all)" if left_out > 0 else ""
        text = f"{render_table(result.variables, rows)}\n({len(result.rows)} rows{more})\n"
    sys.stdout.write(text)
    if key is not None:
        keep_answer(build, key, text)


@app.command("who-spoke-to-whom")
def who_spoke_to_whom(
    name: Annotated[
        str | None, typer.Argument(help="Any spelling of a person's name; omit to list every pair.")
    ] = None,
    data: DataOption = DEFAULT_BUILD,
    endpoint: EndpointOption = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table, csv, tsv or json.")] = Format.table,
) -> None:
    """Who a person spoke or wrote to (date, kind, the other side's attested role, notes)."""
    from kg1956 import query as q
    from kg1956.datasource import open_source
    from kg1956.people import find_people
    from kg1956.table import render_table

    try:
        graph = open_source(data, endpoint)
        if name is None:
            result = q.run_query(graph, q.load_query("pairs"))
            if fmt is not Format.table:
                sys.stdout.write({"csv": q.format_csv, "tsv": q.format_tsv, "json": q.format_json}[fmt.value](result))
                return
            rows = [(r[1], r[3], r[4], r[5] or "", r[6] or "") for r in result.rows]
            typer.echo(render_table(["person", "other person", "communications", "first", "last"], rows))
            return
        people, suggestions = find_people(graph, name)
        if not people:
            hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else ""
            typer.echo(f"error: nobody called {name!r} in {data}{hint}", err=True)
            raise typer.Exit(2)
        rows = _communications_of(graph, people)
    except Kg1956Error as exc:
        raise _fail(exc) from None
    table = _interlocutor_rows(rows, set(people))
    if fmt is Format.table:
        typer.echo(render_table(["date", "kind", "with", "role (as attested)", "notes"], table, max_width=60))
    else:
        import csv
        import json

        headers = ["date", "kind", "with", "role", "notes"]
        if fmt is Format.json:
            sys.stdout.write(
                json.dumps([dict(zip(headers, r, strict=True)) for r in table], ensure_ascii=False, indent=2) + "\n"
            )
        else:
            writer = csv.writer(sys.stdout, delimiter="," if fmt is Format.csv else "\t", lineterminator="\n")
            writer.writerow(headers)
            writer.writerows(table)


def _communications_of(graph, people: list) -> tuple:  # noqa: ANN001 - a DataSource
    """`conversations` rows for the communications of `people`: two person-bound queries
    (one for the roles: as one query, Oxigraph joins every role attestation in the graph)."""
    from kg1956 import query as q

    communications, roles = q.load_query("communications-of"), q.load_query("roles-in-communications-of")
    attested = defaultdict(set)
    rows = []
    for person in people:
        for conv, participant, role, note in q.run_query(graph, roles, {"person": str(person)}).rows:
            attested[conv, participant, note].add(role)
        for conv, kind, date, participant, name, note, document in q.run_query(
            graph, communications, {"person": str(person)}
        ).rows:
            for role in sorted(attested.get((conv, participant, note)) or [None]):
                rows.append((conv, kind, date, participant, name, role, note, document))
    return tuple(rows)


def _interlocutor_rows(rows: tuple, people: set) -> list[tuple[str, str, str, str, str]]:
    """Group `conversations` rows into one line per communication and counterpart."""
    comms = defaultdict(lambda: {"participants": defaultdict(lambda: {"roles": set(), "name": ""}), "notes": set()})
    for conv, kind, date, participant, pname, role, note, _doc in rows:
        c = comms[conv]
        c["kind"], c["date"] = str(kind), str(date or "")
        c["notes"].add(int(note))
        p = c["participants"][participant]
        p["name"] = str(pname)
        if role:
            p["roles"].add(str(role))
    out = []
    for c in comms.values():
        if not people & set(c["participants"]):
            continue
        notes = ", ".join(str(n) for n in sorted(c["notes"]))
        for other, info in c["participants"].items():
            if other in people:
                continue
            out.append((c["date"], c["kind"], info["name"], "; ".join(sorted(info["roles"])), notes))
    return sorted(out)


@report_app.command("unparsed")
def report_unparsed(
    files: Annotated[list[Path] | None, typer.Argument(help="Notes files or folders of them (default: data/).")] = None,
    encoding: Annotated[str, typer.Option("--encoding")] = "utf-8",
    prose: Annotated[bool, typer.Option("--prose", help="Also list the author's prose that was skipped.")] = False,
) -> None:
    """List every fragment of text no rule understood, with its note number."""
    from kg1956.pipeline import build as run_build
    from kg1956.table import render_table

    try:
        result = run_build(files or None, encoding=encoding)
    except Kg1956Error as exc:
        raise _fail(exc) from None
    frags = result.fragments if prose else result.unparsed
    rows = [(n.source, n.number, f.kind, f.text) for n, f in frags]
    typer.echo(render_table(["source", "note", "kind", "text"], rows, max_width=90))
    typer.echo(f"({len(rows)} fragments)")


@report_app.command("coverage")
def report_coverage(
    files: Annotated[list[Path] | None, typer.Argument(help="Notes files or folders of them (default: data/).")] = None,
    encoding: Annotated[str, typer.Option("--encoding")] = "utf-8",
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
) -> None:
    """For each note: the citations found, their kind, the fields filled, what no rule understood; totals."""
    from kg1956.coverage import coverage, totals
    from kg1956.pipeline import build as run_build

    try:
        rows = coverage(run_build(files or None, encoding=encoding))
    except Kg1956Error as exc:
        raise _fail(exc) from None
    if fmt is Format.json:
        import json

        doc = {
            "notes": [
                {
                    "source": r.note.source,
                    "note": r.note.number,
                    "citations": [{"kind": k, "fields": f} for k, f in r.citations],
                    "unparsed": r.unparsed,
                    "prose_fragments": r.prose,
                }
                for r in rows
            ],
            "totals": {k.strip(): v for k, v in totals(rows)},
        }
        typer.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    for r in rows:
        flag = "" if r.citations else "  (no citation found)"
        typer.echo(f"{r.note.source} note {r.note.number}{flag}")
        for kind, fields in r.citations:
            typer.echo(f"  {kind:<28} {fields}")
        for text in r.unparsed:
            typer.echo(f"  UNPARSED                     {text}")
    typer.echo("")
    width = max(len(k) for k, _ in totals(rows))
    for k, v in totals(rows):
        typer.echo(f"{k:<{width}}  {v}")


@report_app.command("merges")
def report_merges(
    files: Annotated[list[Path] | None, typer.Argument(help="Notes files or folders of them (default: data/).")] = None,
    encoding: Annotated[str, typer.Option("--encoding")] = "utf-8",
) -> None:
    """Every merge of two spellings into one person, with its evidence, for review."""
    from kg1956.pipeline import build as run_build
    from kg1956.table import render_table

    try:
        result = run_build(files or None, encoding=encoding)
    except Kg1956Error as exc:
        raise _fail(exc) from None
    rows = [(m.person, m.spelling_a, m.spelling_b, m.strength, m.reason) for m in result.merges]
    typer.echo(render_table(["person", "spelling", "merged with", "evidence", "why"], rows, max_width=60))
    typer.echo(f"({len(rows)} merges; weak ones deserve a historian's look)")


@app.command()
def serve(
    data: DataOption = DEFAULT_BUILD,
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 7878,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on; anything but loopback must be asked for.")
    ] = "127.0.0.1",
    timeout: Annotated[float, typer.Option("--timeout", help="Stop a query after this many seconds.")] = 60.0,
) -> None:
    """Serve a build read-only over the SPARQL 1.1 Protocol (Oxigraph's server); Ctrl-C stops it."""
    from kg1956 import serve as srv

    try:
        process = srv.start_server(data, host, port, timeout)
    except Kg1956Error as exc:
        raise _fail(exc) from None
    url = srv.endpoint_url(host, port)
    typer.echo(f"SPARQL endpoint (read-only): {url}")
    typer.echo(
        f"try: curl -s {url} -H 'Accept: text/csv' --data-urlencode "
        "'query=SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }'"
    )
    typer.echo("Ctrl-C stops it.")
    import signal

    def stop(signum: int, frame: object) -> None:  # SIGTERM stops the server too, not just this process
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        code = process.wait()
    except KeyboardInterrupt:
        process.terminate()
        process.wait(timeout=10)
        typer.echo("stopped", err=True)
        return
    if code != 0:
        output = (process.stdout.read().decode("utf-8", "replace") if process.stdout else "").strip().splitlines()
        reason = output[-1] if output else f"exit code {code}"
        typer.echo(f"error: the server stopped: {reason}", err=True)
        raise typer.Exit(2)


@app.command()
def load(
    endpoint: Annotated[str, typer.Option("--endpoint", help="The store's Graph Store Protocol URL.")],
    data: DataOption = DEFAULT_BUILD,
    graph: Annotated[str | None, typer.Option("--graph", help="Named graph IRI (default graph if omitted).")] = None,
) -> None:
    """Push a build's Turtle into a store (SPARQL 1.1 Graph Store HTTP Protocol, HTTP PUT).

    Basic-auth credentials, if the store needs them, come from $KG1956_ENDPOINT_AUTH ("user:password").
    """
    from kg1956.serve import load_into

    path = data / "kg1956.ttl" if data.is_dir() else data
    try:
        if not path.exists():
            raise GraphDataError(f"{path}: no graph found; run `kg1956 build` first or pass --data")
        status = load_into(endpoint, path.read_bytes(), graph)
    except Kg1956Error as exc:
        raise _fail(exc) from None
    typer.echo(f"loaded {path} into {endpoint} ({'graph ' + graph if graph else 'default graph'}): HTTP {status}")


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="A gold JSON file (docs/gold-format.md), or a folder of *.gold.json.")],
    sources: Annotated[list[Path] | None, typer.Argument(help="Notes files (default: the gold file's source).")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
    details: Annotated[bool, typer.Option("--details", help="List what was missed and what was extra.")] = False,
) -> None:
    """Score extraction against gold files: precision, recall, F1 (micro-averaged over a folder)."""
    from kg1956 import evaluate as ev_mod
    from kg1956.table import render_table

    try:
        if gold.is_dir():
            runs = ev_mod.evaluate_folder(gold)
        else:
            runs = [(gold.name, ev_mod.evaluate(gold, sources or None))]
    except Kg1956Error as exc:
        raise _fail(exc) from None
    names = [s.name for s in runs[0][1].scores]
    total = [ev_mod.combine(n, [next(s for s in ev.scores if s.name == n) for _, ev in runs]) for n in names]
    if fmt is Format.json:
        import json

        def as_dict(scores: list) -> dict:
            return {
                s.name: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "true_positives": s.true_positives,
                    "predicted": s.predicted,
                    "expected": s.expected,
                }
                for s in scores
            }

        doc = {"total": as_dict(total), "files": {name: as_dict(ev.scores) for name, ev in runs}}
        typer.echo(json.dumps(doc, indent=2, ensure_ascii=False))
        return
    rows = []
    for label, scores in [*((name, ev.scores) for name, ev in runs), *([("TOTAL", total)] if len(runs) > 1 else [])]:
        for s in scores:
            rows.append(
                (
                    label,
                    s.name,
                    f"{s.precision:.3f}",
                    f"{s.recall:.3f}",
                    f"{s.f1:.3f}",
                    s.true_positives,
                    s.predicted,
                    s.expected,
                )
            )
    typer.echo(render_table(["gold", "measure", "precision", "recall", "F1", "correct", "predicted", "expected"], rows))
    if details:
        for name, ev in runs:
            for measure in ev.missed:
                for item in ev.missed[measure]:
                    typer.echo(f"  {name}: missed {measure}: {item}")
                for item in ev.extra[measure]:
                    typer.echo(f"  {name}: extra  {measure}: {item}")


def main() -> None:
    """Entry point of the `kg1956` command."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug: say so in one line instead of a traceback
        where = ""
        tb = exc.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        if tb is not None:
            where = f" at {Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}"
        typer.echo(f"internal error: {type(exc).__name__}: {exc}{where} (please report it with the input)", err=True)
        sys.exit(3)
