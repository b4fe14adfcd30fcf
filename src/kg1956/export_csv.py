"""CSV export for spreadsheet users: one file per named query in queries/.

Each file has one header row (the query's variables), UTF-8 text, RFC 4180 quoting and
CRLF line ends; a cell is an IRI, a literal's lexical form (dates as ISO 8601) or empty.
Rows come in the query's ORDER BY order, with ties broken by every other column, so the
file does not depend on the order the graph was built in.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from dataclasses import dataclass

from rdflib import Graph, Literal
from rdflib.namespace import XSD

from kg1956.query import load_query, run_query


@dataclass(frozen=True)
class CsvTable:
    file: str
    query: str


CSV_TABLES = (
    CsvTable("people.csv", "people"),
    CsvTable("communications.csv", "conversations"),
    CsvTable("roles.csv", "roles"),
    CsvTable("documents.csv", "documents"),
    CsvTable("archival-references.csv", "archival-references"),
)
_INTEGERS = {XSD.integer, XSD.nonNegativeInteger, XSD.int, XSD.long}
_ORDER_KEY = re.compile(r"(?i)(ASC|DESC)\s*\(\s*\?(\w+)\s*\)|\?(\w+)")


def _cell(term: object) -> str:
    return "" if term is None else str(term)


def _rank(term: object) -> tuple:
    """Unbound first, then numbers by value, then everything else by text."""
    if term is None:
        return (0, 0, "")
    if isinstance(term, Literal) and term.datatype in _INTEGERS:
        try:
            return (1, int(str(term)), "")
        except ValueError:
            pass
    return (2, 0, str(term))


def _order_by(text: str, variables: tuple[str, ...]) -> list[tuple[int, bool]]:
    """(column index, descending) for each plain variable of the query's ORDER BY."""
    _, sep, clause = text.rpartition("ORDER BY")
    if not sep:
        return []
    keys = []
    for m in _ORDER_KEY.finditer(clause):
        name = m.group(2) or m.group(3)
        if name in variables:
            keys.append((variables.index(name), (m.group(1) or "").upper() == "DESC"))
    return keys


def _sorted_rows(rows: tuple, variables: tuple[str, ...], query_text: str) -> list[tuple]:
    keys = _order_by(query_text, variables) + [(i, False) for i in range(len(variables))]

    def compare(a: tuple, b: tuple) -> int:
        for index, descending in keys:
            ra, rb = _rank(a[index]), _rank(b[index])
            if ra != rb:
                return (1 if ra > rb else -1) * (-1 if descending else 1)
        return 0

    return sorted(rows, key=functools.cmp_to_key(compare))


def table_csv(graph: Graph, query_name: str) -> bytes:
    """The result of the named query `query_name` over `graph` as RFC 4180 CSV bytes.

    Raises:
        QueryError: the query is unknown or malformed.
    """
    named = load_query(query_name)
    result = run_query(graph, named)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(result.variables)
    for row in _sorted_rows(result.rows, result.variables, named.text):
        writer.writerow([_cell(t) for t in row])
    return out.getvalue().encode("utf-8")


def csv_files(graph: Graph) -> dict[str, bytes]:
    """Every CSV table of the export, by file name."""
    return {table.file: table_csv(graph, table.query) for table in CSV_TABLES}
