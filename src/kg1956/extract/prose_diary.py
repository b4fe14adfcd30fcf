"""A diary's entries named in the author's sentence about the diarist:

    "Anthony Eden's impressions are in his diary entries of 10 and 11 May 1954, quoted in …"
    "Harriman's account is in his diary entry for 3 July 1955 (Harriman Papers, box 12)."

The possessive subject is the diarist ("his diary": his own); the sentence is then read as
"X's diary entries of …" by the diary rules. Someone else's diary ("… are in Shuckburgh's diary"),
a diary without the entries' days, or a memoir is no entry of X's. "his" may point back to a man
named before ("Lord Moran watched his patient. Churchill's state is in his diary entries …": Moran's),
so the sentence must open the note; "her" is never read, since nothing tells whether X is a woman
("Mao's response is in her diary entry …" is some woman's diary).
"""

from __future__ import annotations

import re

_NAME = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+"
_IN_HIS_DIARY = re.compile(
    rf"^(?P<x>{_NAME})['’]s\s+[a-z]+(?:\s+[a-z]+){{0,3}}\s+(?:is|are|appears?|survives?)\s+in\s+his\s+"
    r"diary\s+(?P<entries>entr(?:y|ies))\s+(?:of|for)\s+(?=\d)"
)


def as_diary_head(text: str, before: str = "") -> str | None:
    """The sentence rewritten, of the same length, as "X's diary entries of …" for the diary rules;
    None unless it names the diarist's own dated entries and opens the note (`before`: the note's
    text before it)."""
    if re.search(r"\w", before):
        return None  # a sentence before may name the man "his" stands for
    m = _IN_HIS_DIARY.match(text)
    if m is None:
        return None
    head = f"{m.group('x')}'s"
    tail = f"diary {m.group('entries')} of "
    pad = m.end() - len(head) - len(tail)
    if pad < 1:
        return None
    return head + " " * pad + tail + text[m.end() :]
