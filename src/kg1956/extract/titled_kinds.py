"""What a writer-first citation says its paper is, when it says more than one bare noun:

- described: "X, note on the Kashmir question, date", "X, report concerning the arms deal, date";
- numbered: "X, cipher telegram no. 12, date";
- glossed: "X, rejtjeltávirat [cipher telegram] no. 12, date", "X, Fernschreiben (telex), date" — an
  original-language word with its English translation in brackets;
- addressed: "X, memorandum for the CC CPSU, date", "X, letter to Gomułka on the border, date";
- named by a title's gloss: 'Hungarian Embassy in Beijing, "Jelentés …" [Report on …], date', or by
  an English title's first word ('X, "Report on the talks", date') — only for a paper of before 1992
  with its call number right after the date, so an article's title is never read as a record.

The subject ("on …") is never a party; a subject that names a conversation ("on his talk with Y") is
left to the readers of told talks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg1956.extract.kinds import KINDS, MODIFIERS
from kg1956.extract.locators import find_repository
from kg1956.extract.parties import DateCut, side

_WORDS = (re.escape(k) for k in KINDS if re.fullmatch(r"[a-z]+(?: [a-z]+)?", k))
_NOUNS = "|".join(sorted(_WORDS, key=len, reverse=True))
_MODS = "|".join(sorted((re.escape(m) for m in MODIFIERS), key=len, reverse=True))
_KIND = rf"(?P<mods>(?:(?:{_MODS})\s+)*)(?P<kind>{_NOUNS})"
_NUMBER = r"(?:\s*(?:no\.?|nr\.?|№|#)\s*[\w./-]+)?"
# a word of another language, then its English translation in brackets: "rejtjeltávirat [cipher telegram]"
_GLOSSED = re.compile(rf"^[^\W\d_][\w-]{{2,40}}\s*[\[(]{_KIND}[\])]{_NUMBER}$", re.IGNORECASE)
_DESCRIBED = re.compile(
    rf"^{_KIND}{_NUMBER}(?:\s+(?P<how>on|about|concerning|regarding|to|for)\s+(?P<rest>\S.*))?$", re.IGNORECASE
)
_TALK_NAMED = re.compile(r"\b(?:conversations?|talks?|meetings?|discussions?|interview)\s+(?:with|between)\b", re.I)
_SUBJECT_AFTER = re.compile(r"\s+(?:on|about|concerning|regarding)\s+", re.IGNORECASE)
_TITLE_GLOSS = re.compile(
    r"[“\"„«‘](?P<title>[^”\"“„«»’]{3,300})[”\"“»’]\s*(?:\[(?P<gloss>[^\[\]]{3,300})\])?", re.IGNORECASE
)
_FIRST_KIND = re.compile(rf"^{_KIND}\b", re.IGNORECASE)


@dataclass(frozen=True)
class DescribedKind:
    """A kind read from more than one noun, answering `group` as titled's kind match does."""

    kind: str
    mods: str
    addressees: tuple[tuple, tuple] = ((), ())

    def group(self, name: int | str = 0) -> str:
        """ "kind", "mods", or (0) the two together."""
        if name == "kind":
            return self.kind
        return self.mods if name == "mods" else f"{self.mods}{self.kind}"


def read_described_kind(segment: str, at: int) -> DescribedKind | None:
    """The kind of a segment that describes, numbers, glosses or addresses the paper."""
    text = " ".join(segment.split())
    lead = len(segment) - len(segment.lstrip())
    glossed = _GLOSSED.match(text)
    if glossed:
        return DescribedKind(glossed.group("kind").lower(), glossed.group("mods") or "described ")
    m = _DESCRIBED.match(text)
    if m is None or not (m.group("how") or m.group("mods") or re.search(r"\d", text)):
        return None
    kind = m.group("kind").lower()
    if KINDS.get(kind) == "conversation":
        return None
    how, rest = (m.group("how") or "").lower(), m.group("rest") or ""
    if _TALK_NAMED.search(rest):
        return None  # "report on his conversation with Y": a told talk, read elsewhere
    if how not in ("to", "for") and re.search(r"\d", rest):
        return None  # "note on the Chinese note of 10 May 1959, 12 May 1959": that date is the other paper's
    if how in ("to", "for"):
        if re.match(r"(?:the\s+)?(?:record|files?)\b", rest, re.IGNORECASE) and how == "for":
            return DescribedKind(kind, m.group("mods") or "described ")  # "memorandum for the record": no addressee
        if re.match(r"(?:the\s+)?(?:year|period|press|information)\b|(?:1[89]|20)\d\d", rest, re.IGNORECASE):
            return None  # "report for 1958": the year reported on, read by the periodic-report readers
        subject = _SUBJECT_AFTER.search(rest)
        named = rest[: subject.start()] if subject else rest
        found = side(named, at + lead + m.start("rest"))
        if not found or not (found[0] or found[1]) or any(not p.text[:1].isupper() for p in found[0]):
            return None
        return DescribedKind(kind, m.group("mods") or "described ", (tuple(found[0]), tuple(found[1])))
    return DescribedKind(kind, m.group("mods") or "described ")


def kind_of_title(head: str) -> DescribedKind | None:
    """The kind a quoted title's bracketed gloss begins with ("[Report on …]"), or, with no gloss,
    the title's own first word when it is English ("Memorandum on …")."""
    m = _TITLE_GLOSS.search(head)
    if m is None:
        return None
    words = m.group("gloss") or m.group("title")
    first = _FIRST_KIND.match(words.strip())
    if first is None or KINDS.get(first.group("kind").lower()) == "conversation":
        return None
    return DescribedKind(first.group("kind").lower(), "titled ")


def archived_record(text: str, cut: DateCut) -> bool:
    """A date of before 1992 followed at once by an archive's call number (or "ibid.")."""
    if cut.date is None or cut.date.value is None or int(cut.date.value.iso[:4]) > 1991:
        return False
    tail = text[cut.end :].lstrip(" ,;:.")
    if re.match(r"ibid\b|idem\b", tail, re.IGNORECASE):
        return True
    repo = find_repository(tail)
    return repo is not None and repo.start() == 0
