"""How every CLI module reports a user's error: one line on stderr, the error's exit code."""

from __future__ import annotations

import typer

from kg1956.errors import Kg1956Error


def fail(exc: Kg1956Error) -> typer.Exit:
    """Print `error: …` and return the Exit to raise (`raise fail(exc) from None`)."""
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(exc.exit_code)
