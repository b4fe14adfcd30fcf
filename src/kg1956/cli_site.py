"""`kg1956 report site`: a static, offline website of a build for historians.

Implemented in `kg1956.site`; this module only parses options and prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg1956.errors import Kg1956Error


def register(report_app: typer.Typer) -> None:
    """Add the `site` command to the `kg1956 report` group."""

    @report_app.command("site")
    def report_site(
        out: Annotated[Path, typer.Option("--out", help="Folder to write the website into.")] = Path("site"),
        data: Annotated[Path, typer.Option("--data", help="A build folder or a graph file.")] = Path("build"),
    ) -> None:
        """Write a static website of the graph (people, records, notes) that works offline from file://."""
        from kg1956.datasource import open_source
        from kg1956.site import write_site

        try:
            files = write_site(open_source(data), out)
        except Kg1956Error as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(getattr(exc, "exit_code", 2)) from None
        typer.echo(f"wrote {len(files)} files; open {out / 'index.html'}")
