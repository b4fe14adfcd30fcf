"""`kg1956 export`: the graph in Turtle, N-Triples, TriG, JSON-LD or CSV (see `kg1956.export`)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kg1956.cli_errors import fail
from kg1956.errors import Kg1956Error


class ExportFormat(StrEnum):
    turtle = "turtle"
    ntriples = "ntriples"
    trig = "trig"
    jsonld = "jsonld"
    csv = "csv"


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n / 1000:.1f} kB"


def export(
    fmt: Annotated[
        list[ExportFormat] | None,
        typer.Option(
            "--format", "-f", help="turtle, ntriples, trig, jsonld or csv; repeat it for several (default: all)."
        ),
    ] = None,
    data: Annotated[Path, typer.Option("--data", help="A build folder (its kg1956.trig) or a graph file.")] = Path(
        "build"
    ),
    out: Annotated[Path | None, typer.Option("--out", help="Folder to write into (default: the build folder).")] = None,
) -> None:
    """Write the built graph as linked data: Turtle, N-Triples, TriG (a named graph per note),
    compact JSON-LD, or CSV tables; the same build gives the same bytes."""
    from kg1956.export import export_build

    formats = [f.value for f in fmt] if fmt else [f.value for f in ExportFormat]
    target = out if out is not None else (data if data.is_dir() else data.parent)
    try:
        written = export_build(data, target, formats)
    except Kg1956Error as exc:
        raise fail(exc) from None
    for path in written:
        typer.echo(f"wrote {path} ({_size(path.stat().st_size)})")


def register(app: typer.Typer) -> None:
    """Add the export command to the main application."""
    app.command("export")(export)
