"""Answers of `kg1956 query` kept beside a build's store, so asking again reads them.

A whole-graph named query (`roles`, `conversations`, `pairs` …) takes seconds over a
100,000-note store, most of it Oxigraph joining millions of triples and Python making
terms of every row; the answer only changes when the store or the query does. So the
command's output (the very text it printed) is kept in the build folder, in
`kg1956.answers/`, under a key made of everything the text depends on:

- the query's text (not its name: an edited .rq file is another query), the parameters,
  the output format and the row limit of a table;
- the store: the name, size and modification time of every file of its folder (a new
  build writes new files; anything written into the store changes its log, manifest or
  tables; opening it read-only, as the commands do, changes nothing);
- the code that turns rows into text and keeps it (kg1956/cli.py, answers.py, query.py,
  table.py, datasource.py).

An answer is written only after the query ran, to a temporary file renamed into place,
and only when the build folder is writable; a folder that cannot be written is simply
not used. `kg1956 build` empties `kg1956.answers/` when it puts a new store in place.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO

ANSWERS_DIR = "kg1956.answers"
# the modules whose code makes the text of an answer (rows → csv/tsv/json/table) or keeps it
_FORMATTING = ("cli.py", "answers.py", "query.py", "table.py", "datasource.py")


def _store_stamp(store: Path) -> list:
    return sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(store) if e.is_file())


def answer_key(store: Path, query_text: str, params: dict[str, str], fmt: str, limit: int) -> str:
    """The key of the answer to `query_text` with `params` in format `fmt` over `store`."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in _FORMATTING:
        digest.update((here / name).read_bytes())
    parts = [query_text, sorted(params.items()), fmt, limit, _store_stamp(store)]
    digest.update(json.dumps(parts, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def write_kept_answer(build: Path, key: str, out: BinaryIO) -> bool:
    """Copy the answer kept under `key` in the build folder `build` to `out`, as bytes
    (CRLF of csv kept, nothing decoded); False if there is none."""
    try:
        fh = (build / ANSWERS_DIR / f"{key}.txt").open("rb")
    except OSError:
        return False
    with fh:
        shutil.copyfileobj(fh, out, 1 << 20)
    return True


def keep_answer(build: Path, key: str, text: str) -> None:
    """Keep `text` under `key` in `build` (nothing happens if the folder cannot be written)."""
    folder = build / ANSWERS_DIR
    try:
        folder.mkdir(exist_ok=True)
        fd, scratch = tempfile.mkstemp(dir=folder, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(scratch, folder / f"{key}.txt")
    except OSError:
        Path(scratch).unlink(missing_ok=True)


def forget_answers(build: Path) -> None:
    """Remove every answer kept in `build` (a new store is in place)."""
    shutil.rmtree(build / ANSWERS_DIR, ignore_errors=True)
