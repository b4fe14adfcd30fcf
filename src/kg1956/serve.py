"""A read-only SPARQL 1.1 Protocol endpoint over a build (Oxigraph's server), and pushing
a build into any store with the SPARQL 1.1 Graph Store HTTP Protocol."""

from __future__ import annotations

import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from kg1956.datasource import STORE_DIR, auth_header
from kg1956.errors import GraphDataError, Kg1956Error

LOOPBACK = ("127.0.0.1", "localhost", "::1")


class ServeError(Kg1956Error):
    """The server cannot start (no store, no oxigraph binary, port in use …)."""


def oxigraph_binary() -> str:
    """The `oxigraph` command (from the `oxigraph` package on PyPI), next to this Python first."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.exists():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServeError("the oxigraph server is not installed: pip install oxigraph")
    return found


def server_command(data: Path, host: str, port: int, timeout: float | None = None) -> list[str]:
    """The command line that serves `data` (a build folder) read-only on host:port."""
    store = data / STORE_DIR if data.is_dir() else None
    if store is None or not store.is_dir():
        raise GraphDataError(f"{data}: no store to serve; run `kg1956 build --out {data}` first")
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    command = [oxigraph_binary(), "serve-read-only", "--location", str(store), "--bind", bind, "--cors"]
    if timeout:
        command += ["--timeout-s", str(int(timeout))]
    return command


def endpoint_url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/query"


def start_server(data: Path, host: str, port: int, timeout: float | None = None) -> subprocess.Popen:
    """Start the server as a child process (the caller stops it)."""
    return subprocess.Popen(server_command(data, host, port, timeout), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def load_into(endpoint: str, turtle: bytes, graph: str | None = None, timeout: float = 300.0) -> int:
    """PUT `turtle` into a store's graph with the SPARQL 1.1 Graph Store HTTP Protocol
    (the default graph when `graph` is None); return the HTTP status.

    Credentials come from $KG1956_ENDPOINT_AUTH ("user:password"), never the command line.
    """
    target = (
        endpoint
        + ("&" if "?" in endpoint else "?")
        + (urllib.parse.urlencode({"graph": graph}) if graph else "default")
    )
    request = urllib.request.Request(
        target,
        data=turtle,
        method="PUT",
        headers={"Content-Type": "text/turtle; charset=utf-8", **auth_header()},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()[:1]
        raise ServeError(f"{endpoint}: HTTP {exc.code} {detail[0] if detail else exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise ServeError(f"{endpoint}: cannot reach the store ({getattr(exc, 'reason', exc)})") from None
