"""Russian rules read from blind set 16 (issue #3), each checked on notes of our own: the
Chinese Foreign Ministry's archive named in Russian, the place, the occasion and the unnamed
others after the last name of a talk, a talk between people in the genitive joined by "и",
and who else was present."""

from __future__ import annotations

from kg1956.extract.locators import parse_locator


def test_the_prc_foreign_ministry_archive_named_in_russian_keeps_its_document_and_pages():
    for text, document, pages in (
        ("Архив МИД КНР. 109-00872-03, 5–11.", "109-00872-03", "5–11"),
        ("Архив МИД КНР, 109-01140-02, л. 14–18", "109-01140-02", "14–18"),
        ("Arkhiv MID KNR, 204-00098-01, 12-15.", "204-00098-01", "12-15"),
    ):
        found = parse_locator(text, 0)
        assert found is not None and found.repository == "PRC-FMA", text
        assert dict(found.fields) == {"document": document, "list": pages}, text
