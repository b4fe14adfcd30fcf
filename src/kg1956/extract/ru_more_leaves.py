"""Leaves written after a Russian call number as a clause of their own:

    "(записи бесед: АВП РФ. Ф. 0100. Оп. 49. П. 410. Д. 9. Л. 88–97; Л. 104–110)"
    "Архив МИД КНР. № 109-00787-03. С. 1–7."

A clause that is a leaf key and its numbers alone ("Л. 104–110", "Лл. 5–7"), right after a call
number keyed in Russian that has leaves of its own, is more leaves of the same file: a second
locator, the first one's keys with these leaves (docs/gold-format.md: locators match on every
key). A page ("С. 1–7") right after a PRC Foreign Ministry document number that has no pages is
that document's pages (gold-format.md: "the pages after them" are `list`). Anything else in the
clause ("Л. 5 и сл.", "С. 45 (цит. по: …)"), anything between the number and its page ("№ … (цит. по:
…). С. 45": the quoted book's page), a call number not keyed in Russian, or a page after
any other archive is not read here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.models import Locator, Span

_NUMBERS = r"\d+(?:\s?об\.)?(?:\s?[–—-]\s?\d+(?:\s?об\.)?)?(?:,\s?\d+(?:\s?об\.)?(?:\s?[–—-]\s?\d+(?:\s?об\.)?)?)*"
_LEAVES = re.compile(rf"(?P<key>Лл?)\.\s?(?P<id>{_NUMBERS})\s*\)?\s*\.?")
_PAGES = re.compile(r"С\.\s?(?P<id>\d+(?:\s?[–—-]\s?\d+)?)\s*\)?\s*\.?")
# what may stand between a document number and its pages: a full stop or a semicolon and a space
# ("№ 109-00787-03 (цит. по: Шэнь Чжихуа. Указ. соч.). С. 45": the page of the book quoted, not of the file)
_NEXT_TO = 3
_RUSSIAN_LEAF = re.compile(r"(?<!\w)Лл?\.\s?\d")


def more_leaves(text: str, off: int, last: Locator) -> tuple[Locator, bool] | None:
    """The locator a clause of leaves alone gives after `last` (see the module docstring), and
    whether it stands for `last` (its pages filled in) rather than after it; None when the clause
    is anything else."""
    fields = dict(last.fields)
    if not last.repository or "fond" not in fields and "document" not in fields:
        return None  # an Ibid.'s leaves, whose file is filled in later
    leaves = _LEAVES.fullmatch(text.strip())
    if leaves is not None and "list" in fields and _RUSSIAN_LEAF.search(last.text):
        ident = leaves.group("id")
        if ident == fields["list"]:
            return None
        fields["list"] = ident
        at = off + text.index(ident)
        return replace(
            last, fields=tuple(fields.items()), text=text.strip(" .)"), span=Span(at, at + len(ident))
        ), False
    pages = _PAGES.fullmatch(text.strip())
    if (
        pages is not None
        and last.repository == "PRC-FMA"
        and "document" in fields
        and "list" not in fields
        and off - last.span.end <= _NEXT_TO
    ):  # the page right after the number ("№ 109-00787-03. С. 1–7"), nothing between them
        return replace(last, fields=(*last.fields, ("list", pages.group("id")))), True
    return None
