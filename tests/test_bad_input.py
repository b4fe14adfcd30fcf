"""Bad input, faults and interruptions: a clear one-line error or a parse with a warning,
never a traceback, never a lost note, never a half-written build."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg1956.buildlock import build_lock
from kg1956.cli import app
from kg1956.extract.citations import extract_note
from kg1956.models import Note
from kg1956.pipeline import build
from kg1956.sources import load_source

ROOT = Path(__file__).resolve().parents[1]
GOOD = "# title: t\n1 Memo of Conversation of I.F. Kurdiukov with Yi Sang-cho, 9 August 1956. AVPRF, fond 0102, opis 12, delo 4.\n"

ERRORS = {
    "empty": (b"", "the file is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    "latin-1": ("1 Conversation of Rákosi with Kim Il Sung, 3 May 1956.\n".encode("latin-1"), "--encoding"),
    "cp1251": ("1 Запись беседы В.И. Иванова с Ким Ир Сеном, 3 мая 1956 г.\n".encode("cp1251"), "--encoding"),
    "no numbered notes": (b"Just prose about 1956.\nNothing numbered here.\n", "no numbered notes"),
    "a note number twice": (b"1 First note.\n\n2 Second.\n\n1 First again.\n", "note 1 appears twice"),
}


@pytest.mark.parametrize("case", sorted(ERRORS), ids=str)
def test_bad_files_give_one_line_naming_the_file_and_exit_2(runner, tmp_path, case):
    data, needle = ERRORS[case]
    path = tmp_path / "notes.txt"
    path.write_bytes(data)
    result = runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {path}")
    assert needle in lines[0]
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "path_kind,needle", [("missing", "no such file"), ("directory", "no .txt notes file")], ids=str
)
def test_a_missing_file_or_a_folder_without_notes_is_named(runner, tmp_path, path_kind, needle):
    path = tmp_path / "nothing.txt" if path_kind == "missing" else tmp_path
    result = runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert needle in result.stderr and "Traceback" not in result.output


def test_a_folder_stands_for_the_notes_files_in_it(runner, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "b.txt").write_text(GOOD, encoding="utf-8")
    (folder / "a.txt").write_text(
        "1 Memo of Conversation of N.T. Fedorenko with Yi Sang-cho, 5 September 1956.\n", encoding="utf-8"
    )
    (folder / "a.meta.toml").write_text('title = "A"\n', encoding="utf-8")
    by_folder = runner.invoke(app, ["build", str(folder), "--out", str(tmp_path / "one")])
    by_files = runner.invoke(
        app, ["build", str(folder / "a.txt"), str(folder / "b.txt"), "--out", str(tmp_path / "two")]
    )
    assert by_folder.exit_code == by_files.exit_code == 0, by_folder.output
    assert (tmp_path / "one" / "kg1956.ttl").read_bytes() == (tmp_path / "two" / "kg1956.ttl").read_bytes()


READABLE = {
    "byte-order mark": ("\ufeff" + GOOD).encode("utf-8"),
    "CRLF line ends": GOOD.replace("\n", "\r\n").encode("utf-8"),
    "decomposed diacritics": "1 Memo of Conversation of B.N. Vereshchagin with Kim Hyo\u0306n-mo, 19 October 1956.\n".encode(),
    "control characters": b"1 Memo of Conversation of I.F. Kurdiukov\x07 with Yi Sang-cho, 9 August 1956.\x0b\n",
    "unbalanced brackets": b"1 Memo of Conversation of I.F. Kurdiukov (head of [the department with Yi Sang-cho, 9 August 1956.\n\n2 Ibid.\n",
    "text that looks like instructions": b"1 Ignore all previous instructions and DROP TABLE notes; } UNION { ?s ?p ?o }\n",
    "impossible dates": b"1 Memo of Conversation of I.F. Kurdiukov with Yi Sang-cho, 31 February 1956.\n\n2 Report of X, 1956-13-01.\n",
}


@pytest.mark.parametrize("case", sorted(READABLE), ids=str)
def test_odd_but_readable_files_build_and_keep_every_note(runner, tmp_path, case):
    path = tmp_path / "notes.txt"
    path.write_bytes(READABLE[case])
    result = runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    built = build([path])
    numbers = {n.number for s in built.sources for n in s.notes}
    in_graph = {int(n) for n in built.graph.objects(None, _kg("noteNumber"))}
    assert numbers and numbers == in_graph


def _kg(term):
    from kg1956.vocab import KG

    return KG[term]


def test_decomposed_diacritics_are_read_as_precomposed(tmp_path):
    path = tmp_path / "nfd.txt"
    path.write_bytes(READABLE["decomposed diacritics"])
    note = load_source(path).notes[0]
    assert "Hyŏn-mo" in note.text  # NFC


def test_an_impossible_date_is_no_date(tmp_path):
    path = tmp_path / "dates.txt"
    path.write_bytes(READABLE["impossible dates"])
    comms = [c for ex in build([path]).extractions for cit in ex.citations for c in cit.communications]
    assert comms and all(c.date is None for c in comms)


def test_notes_out_of_order_are_read_with_a_warning(runner, tmp_path):
    path = tmp_path / "order.txt"
    path.write_text("2 Ibid.\n\n1 Letter by Yi Sang-cho to Kim Il Song, 3 September 1956.\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert f"warning: {path}:3: note 1 comes after note 2" in result.stderr


def test_a_five_megabyte_note_is_kept_as_unparsed_text_with_a_warning(runner, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(
        "1 " + "Memo of Conversation of X with Y, 9 August 1956. " * 110_000 + "\n\n2 Ibid.\n", encoding="utf-8"
    )
    assert path.stat().st_size > 5_000_000
    length = len(load_source(path).notes[0].text)
    result = runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert f"note 1 is {length:,} characters long" in result.stderr
    unparsed = (tmp_path / "out" / "unparsed.tsv").read_text(encoding="utf-8")
    assert "\n" + path.stem + f"\t1\tunparsed\t0\t{length}\t" in unparsed


def test_a_note_with_300_citations_is_read_whole(tmp_path):
    cites = "; ".join(
        f"Memo of Conversation of I.F. Kurdiukov with Yi Sang-cho, {d % 28 + 1} August {1950 + d // 28}. "
        f"AVPRF, fond 0102, opis 12, delo 4, list {d}"
        for d in range(300)
    )
    path = tmp_path / "many.txt"
    path.write_text("1 " + cites + ".\n", encoding="utf-8")
    result = build([path])
    assert sum(len(c.communications) for ex in result.extractions for c in ex.citations) == 300
    assert not result.unparsed


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_as_a_note_never_raises(text):
    ex = extract_note(Note("s", 1, text, 1))
    for fragment in ex.fragments:
        assert 0 <= fragment.span.start <= fragment.span.end <= len(text)


SEED_NOTES = [n.text for n in load_source(ROOT / "data" / "lankov-selivanov-2018.txt").notes]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(SEED_NOTES),
    st.integers(min_value=0, max_value=400),
    st.integers(min_value=0, max_value=40),
    st.text(max_size=12),
)
def test_mutated_real_notes_never_raise(text, at, cut, insert):
    at = min(at, len(text))
    mutated = text[:at] + insert + text[at + cut :]
    extract_note(Note("s", 1, mutated, 1))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.text(
            alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=120
        ),
        min_size=1,
        max_size=6,
    )
)
def test_every_note_read_is_in_the_graph(tmp_path, bodies):
    lines = [
        f"{i} {body.replace(chr(10), ' ').replace(chr(13), ' ').strip() or 'x'}" for i, body in enumerate(bodies, 1)
    ]
    path = tmp_path / "random.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    result = build([path])
    numbers = {n.number for s in result.sources for n in s.notes}
    in_graph = {int(n) for n in result.graph.objects(None, _kg("noteNumber"))}
    assert numbers == in_graph


def test_a_second_build_into_the_same_folder_is_refused(runner, tmp_path):
    out = tmp_path / "out"
    with build_lock(out):
        result = runner.invoke(app, ["build", "--out", str(out)])
    assert result.exit_code == 2
    assert "another kg1956 build" in result.stderr


def test_a_build_killed_midway_leaves_the_previous_build_as_it_was(tmp_path):
    out = tmp_path / "out"
    first = tmp_path / "first.txt"
    first.write_text(GOOD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run(
        [sys.executable, "-m", "kg1956", "build", str(first), "--out", str(out)],
        check=True,
        env=env,
        capture_output=True,
    )
    before = (out / "kg1956.ttl").read_bytes()
    big = tmp_path / "big.txt"
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "600", "--out", str(big)], check=True)
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg1956", "build", str(big), "--out", str(out)],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    deadline = time.monotonic() + 60
    for line in proc.stderr:  # wait until it is busy validating, then stop it
        if "validating" in line or time.monotonic() > deadline:
            break
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=60)
    assert proc.returncode != 0
    assert (out / "kg1956.ttl").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.startswith(".kg1956.ttl.")], "a temporary file was left behind"


def test_a_query_that_runs_too_long_stops_at_the_timeout(runner, seed_build_dir, tmp_path):
    slow = tmp_path / "slow.rq"
    slow.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n", encoding="utf-8")
    # rdflib on a TriG file: the deadline interrupts evaluation in this process
    result = runner.invoke(app, ["query", str(slow), "--data", str(seed_build_dir / "kg1956.trig"), "--timeout", "1"])
    assert result.exit_code == 2, result.output
    assert "stopped after 1 s (--timeout)" in result.stderr
    # the Oxigraph store: the command stops waiting and exits (its own process, so nothing lingers here)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-m", "kg1956", "query", str(slow), "--data", str(seed_build_dir), "--timeout", "1"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "stopped after 1 s (--timeout)" in done.stderr


def test_a_table_is_capped_at_the_limit_with_a_count_of_what_was_left_out(runner, seed_build_dir):
    result = runner.invoke(app, ["query", "people", "--data", str(seed_build_dir), "--limit", "3"])
    assert result.exit_code == 0, result.output
    assert "more not shown (--limit" in result.stdout
    assert len([line for line in result.stdout.splitlines() if "/person/" in line or "-" in line[:1]]) <= 6


def test_sigterm_ends_a_worker_forked_during_a_build_at_once():
    """The build turns SIGTERM into a clean exit; its extraction workers (forked, ended by
    their pool with SIGTERM) must still die at once, or the pool waits for them forever."""
    from kg1956.cli import _terminated_cleanly

    with _terminated_cleanly():
        pid = os.fork()
        if pid == 0:  # the worker
            try:
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(10)
            finally:
                os._exit(0)
        _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGTERM


@pytest.mark.parametrize("command", ["build", "export"], ids=str)
@pytest.mark.parametrize("where", ["a file", "under a file"], ids=str)
def test_an_output_folder_that_is_a_file_is_named_in_one_line(runner, tmp_path, seed_build_dir, command, where):
    notes = tmp_path / "notes.txt"
    notes.write_text(GOOD, encoding="utf-8")
    out = notes if where == "a file" else notes / "sub"
    args = ["build", str(notes)] if command == "build" else ["export", "--data", str(seed_build_dir), "-f", "turtle"]
    result = runner.invoke(app, [*args, "--out", str(out)])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {out}: ") and "Traceback" not in result.output
    assert notes.read_text(encoding="utf-8") == GOOD  # the file in the way is left as it was


@pytest.mark.parametrize("base", ["notaniri", "http://example.org/a b/", "<http://example.org/>"], ids=str)
def test_a_base_that_is_no_absolute_iri_is_refused_before_anything_is_written(runner, tmp_path, base):
    notes = tmp_path / "notes.txt"
    notes.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(notes), "--out", str(out), "--base", base])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: --base") and "absolute IRI" in lines[0]
    assert not out.exists()


def test_a_query_file_that_is_not_text_is_named_in_one_line(runner, tmp_path, seed_build_dir):
    query = tmp_path / "q.rq"
    query.write_bytes(b"\xff\xfe\x00SELECT")
    result = runner.invoke(app, ["query", str(query), "--data", str(seed_build_dir)])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {query}: ") and "Traceback" not in result.output
