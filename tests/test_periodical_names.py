"""What follows a quoted title is a periodical only when it can be one's name.

"T. Zabłocki, 'Dziennik pekiński' (Peking diary), entries for 2 …" named a periodical
"(Peking diary), entries for", volume 2, and a later "…, 'Dziennik pekiński', 18 February"
another one, "18 February": the work was part of two periodicals and the graph failed its shapes.
"""

from kg1956.extract.works import read_work
from kg1956.pipeline import build
from kg1956.validate import validate_graph


def test_an_article_keeps_its_journal_and_volume():
    work, _pages = read_work("Tang Li-hsin, 'Warsaw Looks East', Slavic–Asian Review 8 (1994): 101–29", 0)
    assert work.kind == "article" and work.container.title == "Slavic–Asian Review" and work.volume == "8"


def test_a_journal_after_in_is_still_a_journal():
    work, _pages = read_work('J. Doe, "Moscow and Hanoi," in Cold War History 4, no. 2 (2004): 1–20', 0)
    assert work.kind == "article" and work.volume == "4"


def test_a_bracketed_gloss_a_date_or_lower_case_words_are_no_periodical():
    for text in (
        "T. Zabłocki, 'Dziennik pekiński' (Peking diary), entries for 2 and 5 February 1957, in private possession",
        "Zabłocki, 'Dziennik pekiński', 18 February – 4 March 1957",
        "Chervonenko later recalled that Mao 'did not hide his contempt' for the Korean leadership",
    ):
        found = read_work(text, 0)
        assert found is None or found[0].container is None, text


def test_an_unpublished_diary_cited_twice_builds_a_graph_that_conforms(tmp_path):
    path = tmp_path / "diary.txt"
    path.write_text(
        "NOTES\n\n"
        "1. T. Zabłocki, 'Dziennik pekiński' (Peking diary), entries for 2 and 5 February 1957, in private possession, Warsaw.\n\n"
        "2. Zabłocki, 'Dziennik pekiński', 18 February – 4 March 1957.\n",
        encoding="utf-8",
    )
    result = build([path])
    assert validate_graph(result.graph).conforms
    fragments = {f.text for _note, f in result.fragments}
    assert any("Dziennik pekiński" in text for text in fragments)
