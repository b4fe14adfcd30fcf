"""Communication rules: each reads one citation convention for a conversation, letter,
memo, telegram, report or diary entry, and returns a Communication or None.

A rule never guesses: a phrase that names nobody ("a Soviet diplomat") is left out,
and a rule that finds fewer people than its convention needs gives up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kg1956.extract.dates import DateMatch, find_dates, make_date, read_date_list, read_day_list
from kg1956.extract.names import looks_like_name, parse_participant, parse_participants, unnamed_party
from kg1956.models import Communication, DateValue, NameMention, Participant, Span
from kg1956.romanize import name_key

_DASH_PAIR = re.compile(r"\s*[–—]\s*|\s+-\s+")
_LEAD_IN = re.compile(
    r"^(?:[^:;]{0,80}?\b(?:see(?:\s+also)?|cf\.|e\.g\.|as cited in|quoted in|for example)\b[^:;]{0,40}?:\s*"
    r"|(?:see(?:\s+also)?|cf\.)\s+)",
    re.IGNORECASE,
)
_SEE_LEAD = re.compile(r"^.{0,240}?\bsee(?:\s+[a-z]+){0,6}\s+(?=[A-Z])")
_PROSE_LEAD = re.compile(r"^(?P<lead>[^:;()\[\]]{20,240}?):\s+(?=\S)")


@dataclass(frozen=True)
class RuleResult:
    """What a rule read: the communication and where its citation head ends."""

    communication: Communication
    consumed: int  # characters of the clause the rule understood
    more_dates: tuple[DateValue, ...] = ()  # "7, 18 and 27 December 1956": one communication each


def strip_lead_in(text: str) -> int:
    """Length of a lead-in such as "For example, see:" or a sentence ending in a colon
    ("There are a few short summaries …: ") before a citation."""
    m = _LEAD_IN.match(text)
    if m:
        return m.end()
    m = _PROSE_LEAD.match(text)
    if m and len(re.findall(r"\b[a-z][a-z]+\b", m.group("lead"))) >= 4:
        return m.end()
    m = _SEE_LEAD.match(text)  # "…, see a recent publication by Igor Selivanov, …"
    if m and len(re.findall(r"\b[a-z][a-z]+\b", m.group(0))) >= 4:
        return m.end()
    return 0


def _split_top(text: str, sep: re.Pattern[str]) -> tuple[str, int, str, int] | None:
    """Split at the first match of `sep` outside brackets and quotes."""
    depth = 0
    quote = False
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "‘" and (i == 0 or not text[i - 1].isalpha()):
            quote = True
        elif ch == "’" and quote and (i + 1 == len(text) or not text[i + 1].isalpha()):
            quote = False
        if depth or quote:
            continue
        m = sep.match(text, i)
        if m and m.end() > m.start():
            return text[:i], 0, text[m.end() :], m.end()
    return None


def _date_in(text: str, start: int) -> DateMatch | None:
    for d in find_dates(text[start:]):
        if not d.partial and d.value is not None or d.value is None and not d.partial:
            return DateMatch(d.value, Span(d.span.start + start, d.span.end + start), d.range_start)
    return None


@dataclass(frozen=True)
class _DateCut:
    """Where the people end and the date (or list of dates) begins."""

    body: str
    date: DateMatch | None
    more: tuple[DateValue, ...]
    end: int  # end of the date (list) in the text, or of the body when undated


_DAY = re.compile(r"(?<![\w./–-])\d{1,2}(?=[\s,])")


def _people_until_date(text: str, offset: int = 0) -> _DateCut:
    """Cut `text` at its first date or list of dates ("7, 18 and 27 December 1956")."""
    stop = re.search(r",?\s*\b(?:In|В):\s", text)
    scope = text[: stop.start()] if stop else text
    date = _date_in(scope, 0)
    for m in _DAY.finditer(scope):
        if date is not None and m.start() >= date.span.start:
            break
        listed = read_date_list(scope[m.start() :])
        if listed:
            values, end = listed
            first = DateMatch(values[0], Span(m.start(), m.start() + end))
            body = re.sub(r"(?:,|\s)+(?:on|dated|of|от)?\s*$", "", text[: m.start()])
            return _DateCut(body, first, tuple(values[1:]), m.start() + end)
    body = text[: date.span.start] if date else scope
    body = re.sub(r"(?:,|\s)+(?:on|dated|of|от)?\s*$", "", body)
    return _DateCut(body, date, (), date.span.end if date else len(body))


def _comm(kind: str, date: DateMatch | None, parts: list[Participant], span: Span) -> Communication:
    return Communication(kind, date.value if date else None, tuple(parts), span)


def _mention(text: str, offset: int) -> NameMention | None:
    return parse_participant(text, offset)


# --- conversation records -------------------------------------------------------------

_CONV_HEAD = re.compile(
    r"(?:(?:memo(?:randum)?|records?|minutes|notes?|transcripts?|summary|report)\s+of\s+"
    r"(?:the\s+|a\s+)?)?conversations?\b(?:\s+(?:of|between)\b)?[\s,:]*",
    re.IGNORECASE,
)
_POSSESSIVE_HEAD = re.compile(r"(?P<x>[^,;:()]{3,60}?)[’']s\s+conversations?\s+(?=with\b)", re.IGNORECASE)
_WITH = re.compile(r"\s+with\s+", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_HYPHEN_PAIR = re.compile(r"-(?=[A-ZА-Я])")


def _side(text: str, offset: int) -> tuple[list[NameMention], list[str]] | None:
    """The people on one side of a conversation, or the role that stands for an unnamed one."""
    people = parse_participants(text, offset)
    if people:
        return people, []
    unnamed = unnamed_party(text)
    return ([], [unnamed]) if unnamed else None


def _pair_split(body: str):
    """ "Ivanov–Kim Il Sung", "A.M. Petrov — Ch'oe Ch'ang-ik", "V.I. Ivanov-Pak Ch'ang-ok"."""
    dashed = _split_top(body, _DASH_PAIR)
    if dashed:
        return dashed
    for m in _HYPHEN_PAIR.finditer(body):
        left = body[: m.start()]
        if name_key(left).family not in ("korean", "chinese") and looks_like_name(left.strip()):
            return left, 0, body[m.end() :], m.end()
    return None


def _conversation(
    left: str, left_at: int, right: str, right_at: int, symmetric: bool
) -> tuple[list[Participant], list[str]] | None:
    first = _side(left, left_at)
    second = _side(right, right_at)
    if first is None or second is None:
        return None
    people = [Participant(m, "interlocutor" if symmetric else "recorder") for m in first[0]]
    people += [Participant(m, "interlocutor") for m in second[0]]
    unnamed = first[1] + second[1]
    if not people or len(people) + len(unnamed) < 2:
        return None
    return people, unnamed


def read_conversation(text: str, offset: int) -> RuleResult | None:
    """ "Memo of Conversation of X (role) with Y (role), 16 June 1956";
    "Memorandum of conversation between X and Y"; "Record of conversation, X–Y, date";
    "Records of the conversations of X with Y, 7, 18 and 27 December 1956";
    "Record of Conversation of X with Y on 20 July 1956"; "X's conversation with Y, date";
    "Minutes of the conversation of X with the Soviet ambassador" (a party named by role only)."""
    m = _CONV_HEAD.match(text)
    possessive = None if m else _POSSESSIVE_HEAD.match(text)
    if not m and not possessive:
        return None
    body_start = m.end() if m else possessive.start("x")
    between = bool(m) and "between" in m.group(0).lower()
    cut = _people_until_date(text[body_start:], offset)
    body, date = cut.body, cut.date
    end = body_start + cut.end
    if possessive:
        split = (possessive.group("x"), 0, body[possessive.end() - body_start + 5 :], possessive.end() - body_start + 5)
        pair = False
    else:
        head_is_bare = m.group(0).rstrip().endswith((",", ":"))  # "Record of conversation, X–Y"
        pair = (head_is_bare or bool(_DASH_PAIR.search(body))) and not _WITH.search(body)
        split = _pair_split(body) if pair else _split_top(body, _AND if between else _WITH)
    if split is None:
        # "Record of conversation with Y": the recorder is given elsewhere (a diary).
        if (
            m
            and m.group(0).lower().rstrip(" ,:").endswith(("conversation", "conversations"))
            and body.lower().startswith("with ")
        ):
            other = _side(body[5:], offset + body_start + 5)
            if other is None:
                return None
            parts = [Participant(x, "interlocutor") for x in other[0]]
            comm = Communication(
                "conversation", date.value if date else None, tuple(parts), Span(offset, offset + end), tuple(other[1])
            )
            return RuleResult(comm, end, cut.more)
        return None
    left, _, right, right_at = split
    sides = _conversation(left, offset + body_start, right, offset + body_start + right_at, between or pair)
    if sides is None:
        return None
    parts, unnamed = sides
    comm = Communication(
        "conversation", date.value if date else None, tuple(parts), Span(offset, offset + end), tuple(unnamed)
    )
    return RuleResult(comm, end, cut.more)


_RU_CONV_HEAD = re.compile(r"(?:записи|запись|протоколы?|стенограммы?)\s+бесед(?:ы|а)?\s+", re.IGNORECASE)
_RU_WITH = re.compile(r"(?:^|\s+)со?\s+")


def read_russian_conversation(text: str, offset: int) -> RuleResult | None:
    """ "Запись беседы X (role) с Y (role). 3 апреля 1957 г."; "Записи бесед X с Y 3, 8 и 15
    марта 1958 г."; "Запись беседы с Y" (recorder from the diary cited before); names
    may be declined (the resolver reduces them to their base form)."""
    m = _RU_CONV_HEAD.match(text)
    if not m:
        return None
    cut = _people_until_date(text[m.end() :], offset)
    body, date = cut.body, cut.date
    end = m.end() + cut.end
    split = _split_top(body, _RU_WITH)
    if split is None:
        return None
    left, _, right, right_at = split
    second = _side(right, offset + m.end() + right_at)
    if second is None:
        return None
    parts = [Participant(x, "interlocutor") for x in second[0]]
    unnamed = list(second[1])
    if left.strip():
        first = _side(left, offset + m.end())
        if first is None:
            return None
        parts = [Participant(x, "recorder") for x in first[0]] + parts
        unnamed += first[1]
    if not parts:
        return None
    comm = Communication(
        "conversation", date.value if date else None, tuple(parts), Span(offset, offset + end), tuple(unnamed)
    )
    return RuleResult(comm, end, cut.more)


# --- letters, telegrams, reports, memos -------------------------------------------------

_KINDS = {
    "letter": "letter",
    "cable": "telegram",
    "telegram": "telegram",
    "ciphered telegram": "telegram",
    "report": "report",
    "memo": "memo",
    "memorandum": "memo",
    "note": "memo",
    "message": "letter",
    "письмо": "letter",
    "телеграмма": "telegram",
    "шифртелеграмма": "telegram",
    "шифротелеграмма": "telegram",
    "докладная записка": "memo",
    "записка": "memo",
    "отчет": "report",
    "отчёт": "report",
    "донесение": "report",
}
_KIND_RE = "|".join(sorted((re.escape(k) for k in _KINDS), key=len, reverse=True))
_MESSAGE_HEAD = re.compile(rf"(?P<kind>{_KIND_RE})\s+(?P<rest>(?:to|by|from|of|of the)\s.*)$", re.I | re.S)
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_BY = re.compile(r"\s+(?:by|from)\s+", re.IGNORECASE)


def read_message(text: str, offset: int) -> RuleResult | None:
    """ "Letter to N.S. Khrushchev by Yi Sang-cho, 3 September 1956"; "Letter by B to A";
    "Telegram from B to A, date"; "Report of B to A"; "Cable from B to A"."""
    m = _MESSAGE_HEAD.match(text)
    if not m:
        return None
    kind = _KINDS[m.group("kind").lower()]
    rest_at = m.start("rest")
    cut = _people_until_date(text[rest_at:], offset)
    body, date = cut.body, cut.date
    end = rest_at + cut.end
    low = body.lower()
    if low.startswith("to "):
        split = _split_top(body[3:], _BY)
        if split is None:
            return None
        to_text, to_at, by_text, by_at = split[0], 3, split[2], 3 + split[3]
    else:
        lead = re.match(r"(?:by|from|of the|of)\s+", body, re.IGNORECASE)
        if lead is None:
            return None
        split = _split_top(body[lead.end() :], _TO)
        if split is None:
            return None
        by_text, by_at, to_text, to_at = split[0], lead.end(), split[2], lead.end() + split[3]
    sender = _side(by_text, offset + rest_at + by_at)
    recipient = _side(to_text, offset + rest_at + to_at)
    if sender is None or recipient is None or not (sender[0] or recipient[0]):
        return None
    parts = [Participant(x, "sender") for x in sender[0]] + [Participant(x, "recipient") for x in recipient[0]]
    comm = Communication(
        kind, date.value if date else None, tuple(parts), Span(offset, offset + end), tuple(sender[1] + recipient[1])
    )
    return RuleResult(comm, end, cut.more)


_RU_MESSAGE = re.compile(
    r"^(?P<kind>докладная\s+записка|записка|письмо|телеграмма|шифр(?:о)?телеграмма|отч[её]т|донесение)\s+"
    r"(?P<rest>.+)$",
    re.IGNORECASE | re.S,
)
_RU_TO = re.compile(r"\s+(?:в|на\s+имя|к)\s+")


def read_russian_message(text: str, offset: int) -> RuleResult | None:
    """ "Письмо Ким Ир Сена в ЦК КПСС, март 1957 г."; "Записка Б.Н. Пономарева в ЦК КПСС";
    "Телеграмма А.М. Пузанова на имя Н.С. Хрущева" (names in the genitive)."""
    m = _RU_MESSAGE.match(text)
    if not m:
        return None
    kind = _KINDS.get(re.sub(r"\s+", " ", m.group("kind").lower()), "letter")
    rest_at = m.start("rest")
    cut = _people_until_date(text[rest_at:], offset)
    split = _split_top(cut.body, _RU_TO) or _split_by_case(cut.body)
    if split is None:
        return None
    sender = _side(split[0], offset + rest_at)
    recipient = _side(split[2], offset + rest_at + split[3])
    if sender is None or recipient is None or not (sender[0] or recipient[0]):
        return None
    parts = [Participant(x, "sender") for x in sender[0]] + [Participant(x, "recipient") for x in recipient[0]]
    end = rest_at + cut.end
    comm = Communication(
        kind,
        cut.date.value if cut.date else None,
        tuple(parts),
        Span(offset, offset + end),
        tuple(sender[1] + recipient[1]),
    )
    return RuleResult(comm, end, cut.more)


_GENITIVE = ("а", "я", "ого", "его", "ых")
_DATIVE = ("у", "ю", "ому", "ему", "ым")
_RU_INITIAL = re.compile(r"^(?:[А-ЯЁ]\.\s?){1,2}")


def _split_by_case(body: str) -> tuple[str, int, str, int] | None:
    """ "Ким Ир Сена Н.С. Хрущеву": the sender in the genitive, then the addressee in
    the dative, with no preposition between them."""
    tokens = list(re.finditer(r"\S+", body))
    best, best_score = None, 0
    for i in range(1, len(tokens)):
        left, right = body[: tokens[i].start()].strip(), body[tokens[i].start() :].strip(" ,")
        if not (looks_like_name(left) and looks_like_name(right)):
            continue
        score = 2 if _RU_INITIAL.match(right) else 0
        score += left.lower().endswith(_GENITIVE) + right.lower().endswith(_DATIVE)
        if score > best_score:
            best, best_score = (left, 0, right, tokens[i].start()), score
    return best if best_score >= 2 else None


_BARE_PAIR = re.compile(r"^(?P<a>[^,;]{3,60}?)\s+(?:to|—>|->|→)\s+(?P<b>[^,;]{3,80}?),\s*")
_KIND_AFTER = re.compile(rf"(?:ciphered\s+|coded\s+|personal\s+)?(?P<kind>{_KIND_RE})\s*,\s*", re.IGNORECASE)


def read_bare_letter(text: str, offset: int) -> RuleResult | None:
    """ "Kim Il Sung to Stalin, 7 March 1950"; "Filippov [Stalin] to Mao Zedong, ciphered
    telegram, 16 May 1950": a letter or cable given by its two ends."""
    m = _BARE_PAIR.match(text)
    if not m:
        return None
    sender = parse_participant(m.group("a"), offset + m.start("a"))
    recipient = parse_participant(m.group("b"), offset + m.start("b"))
    if sender is None or recipient is None or sender.is_organization or sender.role:
        return None
    kind = "letter"
    at = m.end()
    k = _KIND_AFTER.match(text, at)
    if k:
        kind, at = _KINDS[k.group("kind").lower()], k.end()
    date = _date_in(text, at)
    if date is None or date.span.start - at > 3:
        return None
    parts = [Participant(sender, "sender"), Participant(recipient, "recipient")]
    end = date.span.end
    return RuleResult(_comm(kind, date, parts, Span(offset, offset + end)), end)


_PAIR_THEN_KIND = re.compile(
    r"^(?P<pair>[^;]{5,160}?),\s*(?P<kind>(?:record|memo(?:randum)?|minutes|notes?|transcript)\s+of\s+(?:a\s+|the\s+)?"
    r"conversation|conversation|запись\s+беседы)\s*,\s*",
    re.IGNORECASE,
)


def read_pair_then_kind(text: str, offset: int) -> RuleResult | None:
    """ "Pelishenko V. I. (counsellor) — Kim Chang-man (Vice-Chairman of the KWP CC), record
    of conversation, 5 December 1956": the pair first, then what the record is."""
    m = _PAIR_THEN_KIND.match(text)
    if not m:
        return None
    pair = m.group("pair")
    split = _pair_split(pair)
    if split is None:
        return None
    sides = _conversation(split[0], offset, split[2], offset + split[3], True)
    if sides is None:
        return None
    cut = _people_until_date(text[m.end() :], offset)
    if cut.date is None or cut.body.strip():
        return None
    end = m.end() + cut.end
    comm = Communication("conversation", cut.date.value, tuple(sides[0]), Span(offset, offset + end), tuple(sides[1]))
    return RuleResult(comm, end, cut.more)


_TO_BODY = re.compile(r"^To\s+(?:the\s+)?(?P<org>[^,.;]+?)(?:,|\.)\s*", re.IGNORECASE)


def read_memo_to_body(text: str, offset: int) -> RuleResult | None:
    """ "To the CPSU Central Committee, 14 March 1957": a memo to a body; its signers
    come from a following "Memo signed by …" clause (see `read_signers`)."""
    m = _TO_BODY.match(text)
    if not m:
        return None
    org = parse_participant(m.group("org"), offset + m.start("org"))
    if org is None or not org.is_organization:
        return None
    date = _date_in(text, m.end())
    end = date.span.end if date else m.end()
    parts = [Participant(org, "recipient")]
    return RuleResult(_comm("memo", date, parts, Span(offset, offset + end)), end)


_SIGNED = re.compile(r"^(?:(?:memo|memorandum|note|letter)\b[^;]*?)?,?\s*signed\s+by\s+", re.IGNORECASE)
_SIGNER_AND = re.compile(r",?\s+(?:and|и)\s+(?=(?:[A-ZА-Я][a-zа-я]?\.\s?)+[A-ZА-Я])")


def read_signers(text: str, offset: int) -> list[Participant] | None:
    """ "Memo signed by deputy head of … I. Vinogradov and I. Shcherbakov, deputy sector
    head of the same department": the senders of the memo before it."""
    m = _SIGNED.match(text)
    if not m:
        return None
    parts: list[Participant] = []
    rest, at = text[m.end() :].rstrip(". "), m.end()
    while rest:
        split = _split_top(rest, _SIGNER_AND) or _split_top(rest, _AND)
        piece, nxt, nxt_at = (split[0], split[2], split[3]) if split else (rest, "", 0)
        mention = _signer(piece, offset + at)
        if mention:
            parts.append(Participant(mention, "sender"))
        rest, at = nxt, at + nxt_at
    return parts or None


_INITIALS_NAME = re.compile(r"(?:[A-ZА-Я][a-zа-я]?\.\s?){1,3}[A-ZА-Я][\w’'\-]+")


def _signer(piece: str, offset: int) -> NameMention | None:
    """A signer written as "role I. Name" or "I. Name, role"."""
    found = list(_INITIALS_NAME.finditer(piece))
    if not found:
        return parse_participant(piece, offset)
    name = found[0]
    before = piece[: name.start()].strip(" ,")
    after = piece[name.end() :].strip(" ,")
    role = before or after or None
    return NameMention(name.group(), Span(offset + name.start(), offset + name.end()), role)


# --- diaries ----------------------------------------------------------------------------

_DIARY = re.compile(r"(?:from\s+the\s+)?diary\s+of\s+|из\s+дневника\s+", re.IGNORECASE)
_ENTRY = re.compile(r",?\s*\b(?:entry|entries|запись|записи)(?:\s+(?:of|for|from|от|за))?\s+", re.IGNORECASE)
_NAME_TAIL = re.compile(r"[,\s]+(?:for|of|from|covering|за|с)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Diary:
    """A diary citation: the diarist, the span the diary covers, the entries cited."""

    diarist: NameMention | None
    covers: tuple[DateValue | None, DateValue | None] | None
    entries: tuple[Communication, ...]
    consumed: int
    unnamed: str | None = None  # "the Hungarian envoy in Pyongyang": a diarist named only by role


def entry_dates(text: str, covers: tuple[DateValue | None, DateValue | None] | None) -> tuple[list[DateValue], int]:
    """The dates after "entry"/"entries": "24 October", "of 6, 12 and 17 November",
    "May 28", "22 April 1960", "14 and 21 January"; a missing year comes from the
    span the diary covers. Returns the dates and the characters read."""
    listed = read_date_list(text)
    if listed:
        return listed[0], listed[1]
    full = _date_in(text, 0)
    if full is not None and full.span.start == 0 and full.value is not None:
        return [full.value], full.span.end
    days = read_day_list(text)
    if days is None or covers is None:
        return [], 0
    pairs, used = days
    values = [v for v in (_in_span(month, day, covers) for month, day in pairs) if v is not None]
    return values, used


def _in_span(month: int, day: int, covers: tuple[DateValue | None, DateValue | None]) -> DateValue | None:
    """Give "entry 24 October" the year that puts it inside the span the diary covers."""
    start, end = covers
    years = sorted({int(v.iso[:4]) for v in covers if v is not None})
    candidates = [make_date(y, month, day) for y in range(years[0], years[-1] + 1)] if years else []
    for value in candidates:
        if value is None:
            continue
        if (start is None or value.iso >= start.iso[: len(value.iso)]) and (end is None or value.iso <= end.iso + "~"):
            return value
    return next((v for v in candidates if v is not None), None)


def read_diary(text: str, offset: int) -> Diary | None:
    """ "Diary of the Soviet Ambassador A.M. Puzanov, 1 October to 25 October 1959,
    entry 24 October"; "Diary of V.I. Pelishenko, 11–31 January 1957, entries 14 and 21
    January"; "Diary of Ambassador A.M. Puzanov, entry 22 April 1960";
    "Из дневника посла А.М. Пузанова, 5–9 марта 1958 г."."""
    m = _DIARY.match(text)
    if not m:
        return None
    rest = text[m.end() :]
    entry_m = _ENTRY.search(rest)
    head = rest[: entry_m.start()] if entry_m else rest
    dates = [d for d in find_dates(head) if not d.partial]
    name_end = min([d.span.start for d in dates] + [len(head)])
    name_text = _NAME_TAIL.sub("", head[:name_end])
    diarist = parse_participant(name_text, offset + m.end())
    unnamed = None if diarist else unnamed_party(name_text)
    if diarist is None and unnamed is None:
        return None
    covers = None
    consumed = m.end() + len(name_text)
    full = [d for d in dates if d.value is not None]
    if full:
        covers = (full[0].range_start or full[0].value, full[0].value)
        consumed = m.end() + full[0].span.end
    values: list[DateValue] = []
    if entry_m:
        values, used = entry_dates(rest[entry_m.end() :], covers)
        if values:
            consumed = m.end() + entry_m.end() + used
    elif full and full[0].range_start is None:
        values, covers = [full[0].value], None  # "Из дневника …, 3 апреля 1957 г.": one day's entry
    entries = tuple(
        Communication("diary_entry", v, (Participant(diarist, "diarist"),), Span(offset, offset + consumed))
        for v in values
        if diarist is not None
    )
    return Diary(diarist, covers, entries, consumed, unnamed)


CONVERSATION_RULES: tuple[Callable[[str, int], RuleResult | None], ...] = (
    read_conversation,
    read_russian_conversation,
    read_message,
    read_russian_message,
    read_memo_to_body,
    read_pair_then_kind,
    read_bare_letter,
)
