"""The SPARQL endpoint: the real Oxigraph server over a seed build, every named query the
same over HTTP as embedded, read-only, loopback by default, steady under a burst of good and
broken requests; `load` pushes a build into a store with the Graph Store Protocol."""

from __future__ import annotations

import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kg1956.cli import app
from kg1956.datasource import EndpointSource, open_source
from kg1956.query import list_queries, run_query
from kg1956.serve import oxigraph_binary, server_command, start_server

PARAMS = {"interlocutors": {"person": "Yi Sang-jo"}}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {process.stdout.read().decode(errors='replace')}")
        try:
            urllib.request.urlopen(url + "?query=" + urllib.parse.quote("ASK {}"), timeout=2).read()
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise RuntimeError("server did not start")


@pytest.fixture(scope="module")
def server(seed_build_dir):
    port = _free_port()
    process = start_server(seed_build_dir, "127.0.0.1", port)
    url = f"http://127.0.0.1:{port}/query"
    try:
        _wait_until_up(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _rows(result):
    return sorted(tuple("" if v is None else str(v) for v in row) for row in result.rows)


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_named_query_answers_the_same_over_http(server, seed_build_dir, query):
    params = PARAMS.get(query.name, {})
    embedded = run_query(open_source(seed_build_dir), query, params)
    remote = run_query(EndpointSource(server), query, params)
    assert remote.variables == embedded.variables
    assert _rows(remote) == _rows(embedded)
    assert embedded.rows, f"{query.name} answers nothing on the seed build"


def test_who_spoke_to_whom_over_an_endpoint(runner, server):
    result = runner.invoke(app, ["who-spoke-to-whom", "Li Sang-cho", "--endpoint", server])
    assert result.exit_code == 0, result.output
    assert "1956-06-16  conversation  I.F. Kurdiukov" in result.stdout


def test_the_network_commands_take_an_endpoint(runner, server):
    result = runner.invoke(app, ["network", "ego", "Yi Sang-jo", "--endpoint", server])
    assert result.exit_code == 0, result.output
    assert "I.F. Kurdiukov" in result.stdout


def test_the_server_refuses_updates(server):
    update = server.replace("/query", "/update")
    request = urllib.request.Request(
        update,
        data=b"update=" + urllib.parse.quote_plus("INSERT DATA { <a:b> <a:c> <a:d> }").encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=5)
    assert refused.value.code in (403, 404, 405)
    count = EndpointSource(server).select("SELECT (COUNT(*) AS ?n) WHERE { <a:b> ?p ?o }").rows[0][0]
    assert int(count) == 0


def test_the_server_listens_on_loopback_unless_told_otherwise(seed_build_dir):
    command = server_command(seed_build_dir, "127.0.0.1", 7878)
    assert command[command.index("--bind") + 1] == "127.0.0.1:7878"
    assert "serve-read-only" in command


def test_a_burst_of_good_and_broken_requests_leaves_good_answers_right(server, seed_build_dir):
    good = "PREFIX kg: <https://w3id.org/kg1956/ontology#> SELECT (COUNT(?c) AS ?n) WHERE { ?c a kg:Communication }"
    expected = str(open_source(seed_build_dir).select(good).rows[0][0])
    broken = ["SELECT WHERE {", "}}}", "SELECT * WHERE { ?s ?p }", "DROP ALL", "LOAD <http://127.0.0.1:1/x>", ""]

    def ask(i: int) -> tuple[bool, str]:
        text = good if i % 3 == 0 else broken[i % len(broken)]
        data = urllib.parse.urlencode({"query": text}).encode()
        request = urllib.request.Request(server, data=data, headers={"Accept": "text/csv"})
        try:
            with urllib.request.urlopen(request, timeout=20) as response:
                return text == good, response.read().decode().splitlines()[-1]
        except urllib.error.HTTPError as exc:
            return text == good, f"HTTP {exc.code}"

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(ask, range(300)))
    good_answers = [a for is_good, a in answers if is_good]
    assert len(good_answers) == 100 and set(good_answers) == {expected}
    assert all(a.startswith("HTTP 4") for is_good, a in answers if not is_good)
    assert str(EndpointSource(server).select(good).rows[0][0]) == expected


def test_load_pushes_a_build_into_a_store(runner, seed_build_dir):
    port = _free_port()
    with tempfile.TemporaryDirectory() as location:
        process = subprocess.Popen(
            [oxigraph_binary(), "serve", "--location", location, "--bind", f"127.0.0.1:{port}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_until_up(f"http://127.0.0.1:{port}/query", process)
            result = runner.invoke(
                app,
                [
                    "load",
                    "--endpoint",
                    f"http://127.0.0.1:{port}/store",
                    "--data",
                    str(seed_build_dir),
                    "--graph",
                    "https://w3id.org/kg1956/graph/seed",
                ],
            )
            assert result.exit_code == 0, result.output
            count = (
                EndpointSource(f"http://127.0.0.1:{port}/query")
                .select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/kg1956/graph/seed> { ?s ?p ?o } }")
                .rows[0][0]
            )
            expected = (
                open_source(Path(seed_build_dir) / "kg1956.ttl")
                .select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
                .rows[0][0]
            )
            assert int(count) == int(expected) > 4000
        finally:
            process.terminate()
            process.wait(timeout=10)


def test_load_names_an_unreachable_store(runner, seed_build_dir):
    result = runner.invoke(
        app, ["load", "--endpoint", f"http://127.0.0.1:{_free_port()}/store", "--data", str(seed_build_dir)]
    )
    assert result.exit_code == 2
    assert "cannot reach the store" in result.stderr


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_the_store_and_rdflib_answer_alike(seed_build_dir, query):
    from rdflib import Graph

    from kg1956.datasource import RdflibSource

    params = PARAMS.get(query.name, {})
    graph = Graph().parse(Path(seed_build_dir) / "kg1956.ttl", format="turtle")
    assert _rows(run_query(RdflibSource(graph), query, params)) == _rows(
        run_query(open_source(seed_build_dir), query, params)
    )
