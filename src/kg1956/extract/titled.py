"""A message cited by its writer, its kind and its quoted title, in the orders footnotes give
them, with no addressee:

- "Hungarian Embassy in Pyongyang, "A KDNK belpolitikai helyzete" [The domestic political
  situation of the DPRK], report, 1957. március 12." (writer, title, kind, date);
- "Report, Soviet Embassy in the DRV, "Political Report for 1966," March 7, 1967" (kind,
  writer, title, date);
- "Bulgarian Embassy in Pyongyang, annual report for 1968, dated January 1969" (writer, kind
  with the period reported on, date);
- '"Notă de convorbire" [Note of conversation], X with Y [role], place, date' (a quoted title
  naming a conversation, then its parties);
- '"Spravka …" [Report …], prepared by X for Y, role, date' (who wrote the paper, for whom).

The title (and the year a report covers) is the subject, never a party.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.bodies import is_generic_body
from kg1956.extract.kinds import KINDS
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult, people_until_date, side
from kg1956.extract.records_en import read_record
from kg1956.extract.titled_kinds import DescribedKind, archived_record, kind_of_title, read_described_kind
from kg1956.models import Communication, Participant, Span

# a title in double quotes, or in single ones as British usage writes it (a capital after the
# opening quote, the closing one before a space, a comma or the translation: never an apostrophe)
_TITLE = re.compile(
    r"(?:[“\"„«][^”\"“„«»]{3,300}[”\"“»]|‘[^‘’]{3,300}’|(?<!\w)'(?=[^\W\d_])[^'\[\]]{3,300}?'(?=[\s,\[]|$))"
    r"\s*(?:\[[^\[\]]{3,300}\])?"
)
_NOUNS = "|".join(sorted((k for k in KINDS if re.fullmatch(r"[a-z]+", k)), key=len, reverse=True))
_KIND_SEGMENT = re.compile(
    r"^(?P<mods>(?:(?:annual|political|monthly|quarterly|yearly|half-yearly|final|ciphered|coded|secret)\s+)*)"
    rf"(?P<kind>{_NOUNS})(?:\s+(?:for|on|covering)\s+(?:the\s+(?:year|period)\s+)?(?:1[89]|20)\d\d(?:[–-]\d{{2,4}})?)?$",
    re.IGNORECASE,
)
_TITLE_MARK = "\x00"
_NUMBERED = re.compile(r"(?<!\w)(?:[Nn]o\.|[Nn]r\.|№)\s*\d[\w./-]*(?=,)")


def _segments(body: str) -> list[tuple[str, int]]:
    """The parts of `body` between commas outside brackets."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(body):
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif ch == "," and not depth:
            parts.append((body[start:i], start))
            start = i + 1
    parts.append((body[start:], start))
    return [(p, at) for p, at in parts if p.strip()]


def read_titled_message(text: str, offset: int) -> RuleResult | None:
    """See the module docstring: the writer alone, with the kind and maybe a quoted title."""
    head = text[:400]
    blanked = _TITLE.sub(lambda m: _TITLE_MARK * len(m.group(0)), head)
    # "cipher telegram no. 12, 18 January 1966": the paper's number is no day of a list of dates
    blanked = _NUMBERED.sub(lambda m: " " * len(m.group(0)), blanked)
    cut = people_until_date(blanked, offset)
    if cut.date is None:
        return None
    kinds, titles, writers = [], [], []
    for seg, at in _segments(cut.body):
        stripped = seg.strip()
        lead = at + len(seg) - len(seg.lstrip())
        if stripped.strip(_TITLE_MARK + " ") == "":
            titles.append(stripped)
        elif _TITLE_MARK in stripped:
            return None  # a title inside a party's words: read elsewhere
        elif _KIND_SEGMENT.match(stripped):
            # "cable no. 112": a numbered paper is one paper, said as much as a described one
            numbered = read_described_kind(re.match(r"[^,]*", head[lead:]).group(0), offset + lead)
            kinds.append(numbered if numbered is not None else _KIND_SEGMENT.match(stripped))
        else:
            writers.append((stripped, lead))
    if len(titles) > 1:
        return None
    if len(writers) == 2 and not kinds:
        # "S. Dutt (Foreign Secretary), note on Kashmir, date", "Ernyei, rejtjeltávirat [cipher telegram]
        # no. 12, date", "X, memorandum for the CC CPSU, date": the kind described, glossed or addressed
        numbered = re.match(r"[^,]*", head[writers[1][1] :]).group(0)  # with the number blanked above
        described = read_described_kind(numbered, offset + writers[1][1])
        if described is not None:
            kinds.append(described)
            writers = writers[:1]
    if not kinds and len(titles) == 1 and len(writers) == 1:
        # 'Hungarian Embassy in Beijing, "Jelentés …" [Report on …], date': the kind the title's gloss names
        glossed = kind_of_title(head[: cut.end])
        if glossed is not None and archived_record(text, cut):
            kinds.append(glossed)
    if len(kinds) != 1 or len(writers) != 1:
        return None
    kind = kinds[0]
    addressees = kind.addressees if isinstance(kind, DescribedKind) else ((), ())
    if not isinstance(kind, DescribedKind):
        if not titles and not kind.group("mods") and kind.group(0).lower() == kind.group("kind").lower():
            return None  # "X, report, date" says too little to be sure; a title or a described kind is needed
    if re.search(r"\s(?:to|an|do|в|and)\s", writers[0][0]):
        return None  # "X to Y": a message with its addressee, read by other rules
    writer = parse_participant(writers[0][0], offset + writers[0][1])
    if writer is None or (writer.is_organization and is_generic_body(writer.text)):
        return None
    kind_name = KINDS.get(kind.group("kind").lower(), "report")
    if kind_name == "conversation":
        return None
    end = cut.end
    parts = (Participant(writer, "sender"), *(Participant(x, "recipient") for x in addressees[0]))
    comm = Communication(kind_name, cut.date.value, parts, Span(offset, offset + end), tuple(addressees[1]))
    return RuleResult(comm, end, cut.more)


_CONV_TITLE = re.compile(r"^[“\"„](?P<t>[^“”\"„]{3,120}?)[,.]?[”\"“]\s*(?:\[(?P<g>[^\[\]]{3,200})\])?\s*,\s*")
_CONV_WORDS = re.compile(
    r"conversation|convorbir|\btalks?\b|rozmow|rozhovor|besed|razgovor|gespräch|beszélgetés|bised", re.IGNORECASE
)


def read_titled_pair(text: str, offset: int) -> RuleResult | None:
    """'"Notă de convorbire" [Note of conversation], Corneliu Mănescu with Nguyen Duy Trinh [DRV
    foreign minister], Bucharest, 12.III.1967': a quoted title that names a conversation, then its
    two parties, place and date."""
    m = _CONV_TITLE.match(text)
    if m is None or not _CONV_WORDS.search(f"{m.group('t')} {m.group('g') or ''}"):
        return None
    rest = text[m.end() :]
    if not re.match(r"[^,;\[\]]{3,80}?\s+(?:with|and)\s+", rest):
        return None
    for prefix in ("Conversation of ", "Conversation between "):
        found = read_record(prefix + rest, offset + m.end() - len(prefix))
        comm = found.communication if found is not None else None
        if comm is None or comm.kind != "conversation" or comm.date is None or len(comm.participants) < 2:
            continue
        if len(comm.date.iso) < 7:
            return None  # a year alone after "X with Y, place": a publication's, not a record's date
        consumed = m.end() + found.consumed - len(prefix)
        return replace(found, communication=replace(comm, span=Span(offset, offset + consumed)), consumed=consumed)
    return None


_PREPARED = re.compile(
    r"^(?:(?P<title>[“\"„][^“”\"„]{3,300}[”\"“])\s*(?:\[[^\[\]]{3,300}\])?\s*,\s*|(?P<kind>[A-Za-z]+)\s+)"
    r"(?:prepared|compiled|written|drawn\s+up|drafted)\s+by\s+",
    re.IGNORECASE,
)


def read_prepared_by(text: str, offset: int) -> RuleResult | None:
    """'"Spravka o politicheskom polozhenii …" [Report on …], prepared by Colonel A. M. Ignat'ev for
    N. G. Lebedev, member of the Military Council, 30 June 1946': who wrote the paper, for whom."""
    m = _PREPARED.match(text)
    if m is None:
        return None
    word = (m.group("kind") or m.group("title").strip('“"„”').split()[0]).lower().rstrip(",.")
    if m.group("kind") and word not in KINDS:
        return None
    kind = KINDS.get(word, "report")
    if kind == "conversation":
        return None
    rest = text[m.end() :]
    cut = people_until_date(rest, offset + m.end())
    if cut.date is None:
        return None
    split = re.search(r"\s+for\s+", cut.body)
    if split is None:
        return None
    sender = parse_participant(cut.body[: split.start()], offset + m.end())
    recipient = side(cut.body[split.end() :], offset + m.end() + split.end())
    if sender is None or sender.is_organization and is_generic_body(sender.text) or recipient is None:
        return None
    parts = (Participant(sender, "sender"), *(Participant(x, "recipient") for x in recipient[0]))
    end = m.end() + cut.end
    comm = Communication(kind, cut.date.value, parts, Span(offset, offset + end), tuple(recipient[1]))
    return RuleResult(comm, end, cut.more)
