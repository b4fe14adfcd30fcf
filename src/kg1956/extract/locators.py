"""Archival call numbers: repository plus fond/opis/delo/papka/list, in any order.

Conventions handled: "AVPRF, fond 0102, opis 12, delo 4, papka 68",
"RGANI, Opis 28, fond 5, delo 486, list 39–41", "АВП РФ. Ф. 0102. Оп. 14. Д. 9. П. 75.
Л. 12–14", "GARF, f. r-5446, op. 98c, d. 721, ll. 69–8", "NARA, RG 59, box 12, folder 3",
"PRC FMA 109-01040-01". Identifiers are kept verbatim.
"""

from __future__ import annotations

import re

from kg1956.extract.lexicon import LOCATOR_KEYS, LOCATOR_ORDER, REPOSITORIES
from kg1956.models import Locator, Span

_REPO_FORMS = sorted(
    ((form, code) for code, forms in REPOSITORIES.items() for form in forms),
    key=lambda fc: len(fc[0]),
    reverse=True,
)
_REPO_RE = re.compile(r"(?<![\w-])(?P<repo>" + "|".join(re.escape(f) for f, _ in _REPO_FORMS) + r")(?![\w-])")
_REPO_CODE = {form: code for form, code in _REPO_FORMS}
_KEYS = sorted(LOCATOR_KEYS, key=len, reverse=True)
_IDENT = r"[\w][\w/\-–—]*(?:\.\d[\w/\-–—]*)*(?:\s?[\-–—]\s?\d+[a-zа-я]?)?"
_FIELD_RE = re.compile(
    r"(?<![\w])(?P<key>" + "|".join(re.escape(k) for k in _KEYS) + r")\.?\s*"
    r"(?P<id>" + _IDENT + r")(?=[\s,.;:)]|$)",
    re.IGNORECASE,
)
_FMA_DOC_RE = re.compile(r"\b(?P<id>\d{3}-\d{5}-\d{2})\b")
# Identifiers some archives cite without a keyword, by their shape (MOL, AMZV, SAPMO-BArch):
_UNKEYED = (
    ("fond", re.compile(r"(?<![\w/])(?P<id>[A-Z]{1,5}(?:-[A-Za-z0-9]{1,4}){1,4})(?=[\s,.;]|$)")),  # XIX-J-1-j, TO-T
    ("file", re.compile(r"(?<![\w/])(?P<id>[A-Z]{1,3}\s?\d+/[A-Z0-9 /]+?)(?=,|\.\s|$)")),  # DY 30/J IV 2/2/512
    ("box", re.compile(r"(?<![\w/])(?P<id>\d+)\.\s*doboz\b")),  # 11. doboz
    ("folder", re.compile(r"(?<![\w/.])(?P<id>\d+/[a-z])(?=[\s,.;]|$)")),  # 5/b (tétel)
    ("document", re.compile(r"(?<![\w/])(?P<id>\d{3,}/\d{4})(?=[\s,.;)]|$)")),  # 002145/1957
)


def _canonical_key(key: str) -> str:
    return LOCATOR_KEYS[key.lower()]


def find_repository(text: str) -> re.Match[str] | None:
    """Find the first archive abbreviation in `text`."""
    return _REPO_RE.search(text)


def parse_locator(text: str, offset: int) -> Locator | None:
    """Read an archival call number in `text` (a clause at `offset` in the note).

    Returns None unless the text names a repository and at least one identifier, or
    gives two or more locator fields (a call number whose archive was named earlier).
    """
    repo = find_repository(text)
    search_from = repo.end() if repo else 0
    fields: dict[str, str] = {}
    first = last = None
    for m in _FIELD_RE.finditer(text, search_from):
        key = _canonical_key(m.group("key"))
        ident = m.group("id").rstrip(".").strip()
        if not any(ch.isdigit() for ch in ident) and not re.fullmatch(r"[IVXLC]+", ident):
            continue
        if key in fields:
            continue
        if key == "list" and re.fullmatch(r"\d+[a-z]?", ident) is None and not re.search(r"[–—-]", ident):
            continue
        fields[key] = ident
        first = m.start() if first is None else first
        last = m.end()
    if repo and repo.group("repo") in REPOSITORIES["PRC-FMA"] or (repo and _REPO_CODE[repo.group("repo")] == "PRC-FMA"):
        doc = _FMA_DOC_RE.search(text, repo.end())
        if doc:
            fields.setdefault("document", doc.group("id"))
            last = max(last or 0, doc.end())
    if repo is not None:
        for key, rx in _UNKEYED:
            um = rx.search(text, repo.end())
            if um and key not in fields and not any(um.group("id") == v for v in fields.values()):
                fields[key] = um.group("id")
                first = um.start() if first is None else min(first, um.start())
                last = max(last or 0, um.end())
    if not fields or (repo is None and len(fields) < 2):
        return None
    start = repo.start() if repo else (first or 0)
    end = max(last or 0, repo.end() if repo else 0)
    ordered = tuple((k, fields[k]) for k in LOCATOR_ORDER if k in fields)
    code = _REPO_CODE[repo.group("repo")] if repo else ""
    return Locator(
        repository=code,
        repository_text=repo.group("repo") if repo else "",
        fields=ordered,
        text=text[start:end].strip(),
        span=Span(offset + start, offset + end),
    )
