"""The graph builder's reused literals: equal to rdflib's own, made once, let go after a build."""

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg1956.graph import _typed_literal, date_literal, text_literal
from kg1956.models import DateValue
from kg1956.pipeline import build


def test_a_reused_text_literal_is_the_plain_literal_rdflib_makes():
    made = text_literal("Soviet Ambassador")
    assert made == Literal("Soviet Ambassador")
    assert made.datatype is None and made.language is None
    assert text_literal("Soviet Ambassador") is made


def test_a_text_that_looks_like_a_number_stays_a_string():
    assert text_literal("0102") == Literal("0102")
    assert text_literal("0102").datatype is None


def test_dates_keep_their_precision_through_the_cache():
    assert date_literal(DateValue("1956-06-16")) == Literal("1956-06-16", datatype=XSD.date)
    assert date_literal(DateValue("1956-06")) == Literal("1956-06", datatype=XSD.gYearMonth)
    assert date_literal(DateValue("1956")) == Literal("1956", datatype=XSD.gYear)
    assert _typed_literal("1956", URIRef(str(XSD.gYear))) == Literal("1956", datatype=XSD.gYear)


def test_a_build_lets_go_of_the_literals_it_reused(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text(
        "1. Record of conversation of Ambassador A.M. Puzanov with Kim Il Sung, 3 May 1957. "
        "AVPRF, f. 0102, op. 13, d. 5, p. 72, l. 4.\n",
        encoding="utf-8",
    )
    result = build([notes])
    assert text_literal.cache_info().currsize == 0
    assert Literal("AVPRF") in set(result.graph.objects())
