"""English record heads, read by one grammar rather than one template per phrasing.

A head is an optional modifier ("ciphered"), a noun naming the record ("Memorandum",
"Minutes", "Cable", "Notes"), optionally "of/on (the) conversation/talk/meeting", an
optional number ("No. 4-sh"), then the parties joined by a connector:

    "Record of Conversation of X (role) with Y (role), 16 June 1956"
    "Memorandum of conversation between X and Y, …"        "Record of conversation, X–Y, …"
    "Cable, Filippov to Mao Zedong, 1 October 1950"           "Telegram from X to Y"
    "Memorandum of a conversation with Y held on 13 April 1956 by X, role"
    "Memorandum by X on a conversation with Y, …"            "Ciphered telegram No. 2483 from X, …"
    "Zhou Enlai's report to Mao Zedong and the CCP Central Committee, 4 September 1952"
    "Kim Il Sung to Stalin, 7 March 1950"                    "X (role) — Y (role), record of conversation, …"

A party named only by role ("the Soviet ambassador") is kept as such; a conversation
needs two parties, a message one named sender or recipient.
"""

from __future__ import annotations

import dataclasses
import re

from kg1956.extract.bodies import is_press
from kg1956.extract.dates import find_dates
from kg1956.extract.head_grammar import CONV_RE, HEAD, MOD_RE, NOUN_RE
from kg1956.extract.head_parties import ON_CONVERSATION, message_sides, owner_sides, record_parties
from kg1956.extract.kinds import KINDS, kind_noun
from kg1956.extract.lexicon import PLACES, PUBLIC_OCCASIONS
from kg1956.extract.listed import listed_after
from kg1956.extract.locators import find_repository
from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.names import COVER_NAME, parse_participant
from kg1956.extract.parties import (
    DateCut,
    RuleResult,
    conversation_sides,
    pair_split,
    people_until_date,
    side,
)
from kg1956.models import Communication, Participant, Span

# the possessive: "Zhou's", and the apostrophe alone after a name ending in s, x or z ("Imre Fazekas'
# record", "Degas' report", "Ruiz' letter")
POSSESSIVE_MARK = r"(?:[’']s|(?<=[sxzSXZ])[’'])"
_POSSESSIVE = re.compile(
    # "Liu Shao-ch'i's own report": "own" before the record's noun
    rf"^(?P<x>[^,;:()\[\]“”\"]{{3,80}}?){POSSESSIVE_MARK}\s+(?:own\s+)?(?:(?:{MOD_RE})\s+)*(?P<noun>{NOUN_RE})\b",
    re.IGNORECASE,
)
# "The Soviets'", "the Hungarians'", "the United States'": the apostrophe alone after a people or a state
_PLURAL_OWNER = re.compile(r"(?i)\s*the\s|\s*\w+(?:ian|ans|ese|ists|ites)\s*$")
_SITTING = re.compile(r"(?i)(?:session|sitting)s?$")
_QUOTED_TITLE = re.compile(r",?\s*[“\"‘][^”\"’]{3,200}[”\"’],?")


_NOTES_BY = re.compile(
    r",?\s*(?:(?:notes|record(?:ed)?|minutes|written|taken)\s+(?:by|of)|by)\s+(?P<x>[^,;()]+(?:\s*\([^)]*\))?)",
    re.IGNORECASE,
)
_HELD = re.compile(r"\s+(?:held|recorded|written)(?:\s+(?:on|in))?\s*$", re.IGNORECASE)
# an institution's report on a period, which is no communication ("for the Period of …", "for 1956",
# "for First Quarter 1957", "for January–March 1957")
_PERIODIC = re.compile(
    r"\bfor\s+(?:(?:the\s+)?(?:period|year|quarter|month|(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+"
    r"(?:half|quarter|half-year|months?)|(?:half|part)\s+of)\b"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s*[–—-]\s*[A-Z][a-z]+)?\s+(?:19|20)\d\d\b|(?:19|20)\d\d\b)",
    re.IGNORECASE,
)


# a finite verb between a possessive record's noun and its date: the author's sentence, no head
_PROSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+ed\b")
# a word that opens a clause of its own: a verb after it tells of the subject, not of the record
_SUBORDINATE = re.compile(r"\b(?:which|who|whom|whose|that|what|where|when|as|after|before|since|while|once)\b", re.I)
_SUBJECT_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their|its)\s+[a-z]+\s+(?:he|she|they|it|we|I|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+$"
)
_PRINTED = re.compile(r"\b(?:published|printed|reprinted|reproduced|translated|quoted|cited|excerpted|summari[sz]ed)\b")
_LIES_IN = re.compile(r"[\s,]*(?:is|are|was|were|appears?|survives?)\s+(?:in|among)\s+(?:his|her|their|its|the|a|an)\b")
# a clause of the subject whose verb the first date goes with: "…, which were resumed on"
_CLAUSE_DATED = re.compile(
    r"\b(?:which|that|who)\s+(?:had\s+|has\s+|have\s+)?(?:was|were|been|is|are)?\s*[a-z]+(?:ed|en|wn)\s*$"
)
_ON_SUBJECT = re.compile(r"\b(?:on|about|concerning|regarding)\s", re.IGNORECASE)


def _main_clause_verb(body: str) -> bool:
    """A finite verb in the main clause after a possessive record's noun ("X's cables from Geneva were
    printed …"), not one in a clause of the subject ("… on the talks, which were resumed …", "… on
    what was needed", "… on the points Zhou had raised")."""
    if _LIES_IN.match(body):
        return True  # "Zhou's reply is in her diary entry of 9 June 1954": where the author found it
    for m in _PROSE_VERB.finditer(body):
        before = body[: m.start()]
        if _PRINTED.search(m.group(0)):
            return True  # "…, which were printed in …": where the records are read, the author's prose
        if _SUBORDINATE.search(before):
            continue
        if _SUBJECT_BEFORE.search(before) and _ON_SUBJECT.search(before):
            continue  # "on the points Zhou had raised": a clause with a subject of its own
        return True
    return False


_PROSE_AFTER = re.compile(
    r"^[\s,]*(?:has|have|had|is|was|were|are|will|would|can|could|may|might|remains?|seems?|appears?)\b"
)
# "Ponomarev's covering note of 11 March 1958 is on l. 11", "… is ibid., l. 5": where the record lies,
# not the author's prose
_LOCATED_AT = re.compile(
    r"^[\s,]*(?:is|are)\s+(?:(?:on|at|in)\s+(?:(?:ll?|pp?|ff?|fl|Bl|k|л|лл)\.\s*\d|the\s+same\s+(?:file|folder|delo))"
    r"|ibid\.?,\s*(?:ll?|ff?|fl|Bl|k|л|лл)\.\s*\d"  # "… is ibid., Bl. 20–21": a leaf of the file cited before
    # "Castro's conversation with X on Oct. 25, 1962, is reported ibid., k. 11–14": told in the file cited before
    r"|(?:reported|recorded|summari[sz]ed|described)\s+ibid\.?,\s*(?:ll?|ff?|fl|Bl|k|л|лл)\.\s*\d"
    # "Zhou's talks with Nehru …, 20–25 April 1960, are summarised in Zhou Enlai nianpu, 2:305–9": a record
    # of the talks printed in a chronicle or collection that the sentence cites
    # (not the author's own book: "… are recorded in Chapter 3 below", "in Part II", "in this book")
    r"|(?:summari[sz]ed|recorded|printed|reproduced)\s+in\s+"
    r"(?!(?:chapters?|part|section|appendix|annex)\s+(?:\d|[IVXLC]+\b|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _kind(noun: str, noun2: str | None, connector_conversation: bool) -> str:
    """The communication a head names: "Memorandum of conversation" is a conversation,
    "Memorandum, X to Y" a memo, "Record of X with Y" a conversation."""
    if noun2:
        return "conversation"
    kind = KINDS.get(kind_noun(noun), "memo")
    if kind in ("memo", "report") and connector_conversation:
        return "conversation"  # "Report by X on his talks with Y", "Memorandum by X on a conversation with Y"
    return kind


_DATED = re.compile(r"\bdated(?:\s+only)?[\s,]*[\"“„]?$", re.IGNORECASE)


def _only_date(text: str) -> bool:
    dates = find_dates(text)
    return len(dates) == 1 and dates[0].value is not None and dates[0].span == Span(0, len(text))


def _blank_titles(text: str) -> str:
    """Replace quoted titles by spaces (offsets stay put): "Gromyko to Molotov, “On …,” 23 July";
    a quoted name ("‘Ho Do Din’") stays."""

    def blank(m: re.Match[str]) -> str:
        inner = m.group(0).strip(' ,“”"‘’')
        if looks_like_name(inner) or (_DATED.search(text, 0, m.start() + 1) and _only_date(inner)):
            return m.group(0)  # "…, dated only “febrero de 1963”": the date the record gives, quoted
        if re.fullmatch(r"[A-Z][a-z]+", inner) and re.match(
            r"\s*[(\[](?:(?:[A-Z][a-z]?\.\s?)+[A-Z]|[A-Z][a-z]+ [A-Z][a-z]+[)\]])", text[m.end() :]
        ):
            return m.group(0)  # '"Pavlov" (I.A. Pliev)': a cryptonym in quotes, the real name in brackets
        gloss = re.match(r"\s*[(\[](?P<g>[^()\[\]]+)[)\]]", text[m.end() :])
        if re.fullmatch(r"[A-Z][a-z]+", inner) and gloss and COVER_NAME.fullmatch(gloss.group("g").strip()):
            return m.group(0)  # '"Drug" [the embassy's cover name for Le Duan]': a cryptonym glossed
        return " " * len(m.group(0))

    return _QUOTED_TITLE.sub(blank, text)


def _result(
    kind: str, sides: tuple[list, list], cut: DateCut, start: int, end: int, recorder_elsewhere: bool = False
) -> RuleResult | None:
    """The communication, if it has the parties its kind needs ("Record of conversation with
    Y" after a diary heading has one: the diarist recorded it, and the caller adds them)."""
    named, unnamed = sides
    if not named and not (recorder_elsewhere and unnamed):
        return None
    if kind != "conversation" and cut.date is None and len(named) + len(unnamed) < 2:
        return None  # "Yi Sang-cho's letter is discussed below": no date, no addressee, no record
    if kind == "conversation" and len(named) + len(unnamed) < 2 and not recorder_elsewhere:
        return None
    comm = Communication(
        kind, cut.date.value if cut.date else None, tuple(named), Span(start, start + end), tuple(unnamed)
    )
    return RuleResult(comm, end, cut.more)


_THE_FURTHER = re.compile(r"(?:the\s+)(?:(?:further|later|subsequent|other)\s+)?(?=[a-z])", re.IGNORECASE)
_SAME_FILE = re.compile(r"[\s,]*(?:(?:are|is)\s+(?:kept\s+|filed\s+)?in\s+the\s+same\s+file\b|ibid\b)", re.IGNORECASE)


# records counted in the head: "Kennan's two conversations with Malik on 31 May and 5 June 1951"
_COUNTED = re.compile(
    r"^[^,;]*?\b(?:two|three|four|several)\s+(?:[a-z-]+\s+)?(?:conversations|talks|meetings|letters|cables"
    r"|telegrams|messages|records|memoranda)\b",
    re.IGNORECASE,
)


def read_record(text: str, offset: int) -> RuleResult | None:
    """A record head in English (see `_read_record`); records counted only when dated by day
    ("Ulbricht's four letters to Khrushchev of 1961" is no one letter of 1961)."""
    found = _read_record(text, offset)
    counted = _COUNTED.match(text[: found.consumed]) if found is not None else None
    if found is None or counted is None:
        return found
    date = found.communication.date
    if found.more_dates or date is None or date.precision == "day":
        return found  # "two conversations with Y on 19 October 1956": on that day
    return None  # "three conversations with Y in March 1955": the month's talks, not one


def _read_record(text: str, offset: int) -> RuleResult | None:
    """A record head in English (see the module docstring for the conventions)."""
    further = _THE_FURTHER.match(text)
    if further:
        # "the further talks between A.N. Kosygin and Zhou on 10 and 12 November 1964 are in the
        # same file, ll. 16–40": a record after an article only when the sentence goes on to cite it
        found = read_record(text[further.end() :], offset + further.end())
        tail = text[further.end() + found.consumed :] if found is not None else ""
        if found is not None and (_SAME_FILE.match(tail) or _starts_with_archive(tail)):
            return RuleResult(found.communication, found.consumed + further.end(), found.more_dates, found.reply)
    of_owner = re.match(
        r"(?:notes?|records?|minutes|memorandum|excerpts?|summary|account|transcript)(?:\s+(?:of|on)\s+|,\s+)"
        rf"(?=[^,;:]{{3,80}}?{POSSESSIVE_MARK}\s)",
        text,
        re.IGNORECASE,
    )
    if of_owner and _POSSESSIVE.match(text[of_owner.end() :]):  # "Notes of N.T. Fedorenko's talk with …"
        found = read_record(text[of_owner.end() :], offset + of_owner.end())
        if found is not None:
            return RuleResult(found.communication, found.consumed + of_owner.end(), found.more_dates, found.reply)
    found = _pair_conversation(text, offset)
    if found is not None:
        return found
    head = HEAD.match(text)
    owner = None
    if head is None:
        found = _writer_first(text, offset)
        if found is not None:
            return found
        owner = _POSSESSIVE.match(text)
        if owner is None:
            return None
        if _PLURAL_OWNER.match(owner.group("x")) and not re.search(r"[’']s\s", owner.group(0)):
            return None  # "The Soviets' letter", "the United States' note": a people or a state, no writer
        head = owner
    rest_at = head.end()
    blanked = _blank_titles(text)
    cut = people_until_date(blanked[rest_at:], offset)
    body = cut.body
    noun, noun2 = head.group("noun"), head.groupdict().get("noun2") or head.groupdict().get("noun3")
    low_body = body.lower().lstrip(" ,")
    conversation_like = bool(noun2) or KINDS.get(kind_noun(noun)) == "conversation"
    if not conversation_like and (low_body.startswith("with ") or ON_CONVERSATION.search(" " + low_body)):
        conversation_like = True
    kind = _kind(noun, noun2, conversation_like)
    if kind_noun(noun) == "account" and (kind != "conversation" or cut.date is None or cut.date.value is None):
        # "Khrushchev's own account (of his talk with Mao), Vospominaniia, …": a memoir's telling,
        # no record of a talk; a dated account of a talk is its record
        return None
    if kind == "report" and _PERIODIC.search(body):
        return None  # "Report No. 3 of the Embassy … for the Period of 1 May to 30 June 1954": a periodic report
    end = rest_at + cut.end
    opened = text[rest_at + cut.date.span.start - 1] if cut.date is not None and cut.date.span.start else ""
    if opened + text[end : end + 1] in ('""', "“”", "„“"):
        end += 1  # "…, dated only “febrero de 1963”": the closing quote of a quoted date
    if owner is not None:
        # "X's instructions to Y, his office, cable, date": the kind after the addressee is no part of him,
        # but says what was sent ("cable" → a telegram, not the 'instructions' → letter default)
        last = _KIND_LAST.search(body)
        if last is not None:
            body = body[: last.start()] + " " * len(last.group(0))
            if kind == "letter" and _CABLE.match(last.group(0)):
                kind = "telegram"
        if _main_clause_verb(body):
            # "Li K'o-nung's cables from Geneva were printed … in …, Geneva 1954: …": the author's
            # sentence about the records, whose only date is a book's
            return None
        if (
            cut.date is not None
            and _CLAUSE_DATED.search(cut.body)
            and re.fullmatch(r"\s+(?:on|in)\s+", text[rest_at + len(cut.body) : rest_at + cut.date.span.start])
        ):
            # "X's report to Y on the talks, which were resumed on 10 June, 12 June 1953": the first
            # day is the clause's; the record is dated by the next, or by none
            cut = (
                dataclasses.replace(cut, date=dataclasses.replace(cut.date, value=cut.more[0]), more=cut.more[1:])
                if cut.more
                else dataclasses.replace(cut, date=None, more=())
            )
        remark = bool(re.match(r"(?:remarks?|co(?:m|rn)(?:m|rn)ents?)$", noun, re.IGNORECASE))  # OCR: "cornments"
        if remark and (cut.date is None or cut.date.value is None or cut.date.value.precision != "day"):
            return None  # "X's remark to Y in April 1968 that …": the author's quotation, no dated talk
        if remark and re.match(r"[\s,]*that\b", text[end:]):
            return None
        if remark and re.search(r"\s(?:on|about|concerning|regarding)\s+(?:the|a|an)\s|['’]s\s+[a-z]", body):
            # "X's comments to Y on the Soviet declaration of 30 October": the date is the subject's;
            # "X's comments to Y's government": a body, no one he talked to
            return None
        sides = owner_sides(owner.group("x"), offset, body, offset + rest_at, kind, remark)
        if _SITTING.match(noun) and (sides is None or not _two_people(sides)):
            return None  # "Mikoyan's sessions with the Presidium": a body's meetings, no talk of two
    else:
        held = _HELD.search(body)
        notes_by = _NOTES_BY.match(text, rest_at + cut.end) if cut.date is not None else None
        if held and cut.date is not None and body.lower().lstrip(" ,").startswith("with "):
            sides, end = _held_by(text, body, held, rest_at, cut, offset)
            if sides is None:
                return None
        elif notes_by and body.lower().lstrip(" ,").startswith("with "):
            # "Conversation with Imre Nagy, 1 November 1956, notes by Yu.V. Andropov (Soviet ambassador)"
            sides = record_parties(body, offset + rest_at, "conversation", True)
            recorder = parse_participant(notes_by.group("x"), offset + notes_by.start("x"))
            if sides is None or recorder is None:
                return None
            sides = ([Participant(recorder, "recorder"), *sides[0]], sides[1])
            end = notes_by.end()
            kind = "conversation"
        else:
            sides = record_parties(body, offset + rest_at, kind, kind == "conversation")
            if sides is None and kind != "conversation" and cut.date is not None and not body.strip(" ,"):
                # "Memorandum, 20 September 1956, B.N. Ponomarev, to the CC CPSU, “On …”": the date first
                after = _DATE_FIRST_ENDS.match(blanked, rest_at + cut.end)
                if after is not None:
                    sides = message_sides(
                        after.group("x"), offset + after.start("x"), after.group("y"), offset + after.start("y")
                    )
                    end = after.end() if sides is not None else end
            recorder = _recorder_after_date(text, rest_at + cut.end, offset) if cut.date is not None else None
            if recorder is not None and sides is not None and kind == "conversation" and low_body.startswith("with "):
                # "Memorandum of conversation with Y, 8 August 1956, X, counsellor of the embassy"
                sides = ([Participant(recorder[0], "recorder"), *sides[0]], sides[1])
                end = recorder[1]
    if sides is None and kind == "conversation" and cut.date is not None:
        sides = _sides_before_date(body, offset + rest_at)
    named = bool(sides and sides[0])
    listed = listed_after(text, end, offset, named) if cut.date is not None and kind == "conversation" else None
    if listed is not None:
        people, end = listed
        kept = [p for p in (sides[0] if sides else []) if not p.mention.is_organization]
        sides = ([*kept, *people], [])
    if sides is None:
        return None
    if (
        owner is not None
        and _PROSE_AFTER.match(text[end:])
        and not _LOCATED_AT.match(text[end:])
        and find_repository(text[end:]) is None
    ):
        # "Khrushchev's conversation with Mao on 2 Oct. 1959 has been discussed …; see Lüthi": the
        # author's prose, unless the sentence goes on to cite the record ("… are summarized in a
        # memorandum, PRC FMA 106-…")
        return None
    recorder_elsewhere = owner is None and kind == "conversation" and body.lower().lstrip(" ,").startswith("with ")
    found = _result(kind, sides, cut, offset, end, recorder_elsewhere)
    if (
        found is not None
        and re.match(r"(?:reply|answer|response)\b", noun, re.IGNORECASE)
        and not any(p.function == "recipient" for p in found.communication.participants)
    ):  # "Mao's reply to Stalin": a reply that names whom it answers takes no one from the record before
        return RuleResult(found.communication, found.consumed, found.more_dates, reply=True)
    return found


# what may stand before the sides listed in brackets ahead of the date: the delegations or sides that
# met, or a place ("of the CPSU and CPCz delegations (Brezhnev, Kosygin; Dubček, Černík), 26 August 1968")
_BEFORE_SIDES = re.compile(
    r"\s*(?:(?:of|between)\s+(?:the\s+)?[^()]{0,80}?\b(?:delegations?|sides|leaderships?|governments|parties)"
    r"|(?:at|in)\s+[A-ZÀ-Ž][^()]{0,40}?|,?\s*[A-ZÀ-Ž][\w-]+)?[\s,]*(?=\()",
)


def _sides_before_date(body: str, at: int) -> tuple[list, list] | None:
    """The two sides in brackets right before the date, after words that name no one."""
    lead = _BEFORE_SIDES.match(body)
    if lead is None or not body[lead.end() :].startswith("("):
        return None
    found = listed_after(body, lead.end(), at)
    if found is None or body[found[1] :].strip(" ,"):
        return None
    return found[0], []


_CABLE = re.compile(r"[\s,]*(?:cable|(?:ciphered\s+|cipher\s+)?telegram)", re.IGNORECASE)
_KIND_LAST = re.compile(r",\s*(?:cable|telegram|ciphered\s+telegram|cipher\s+telegram|letter)\s*,?\s*$", re.IGNORECASE)
_DATE_FIRST_ENDS = re.compile(
    r",\s*(?P<x>[^,;:()“”\"]{3,60}?),?\s+to\s+(?P<y>[^,;:()“”\"]{3,60}?)(?=\s*[,;]|\s{2}|(?<=[a-z]{2})\.(?:\s|$)|\s*$)"
)
_RECORDER_AFTER = re.compile(
    r",\s*(?P<x>(?:[A-Z][a-z]?\.\s?){0,3}[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2},\s*[a-z][^,;.()]{3,80}?)(?=\s*(?:[.;]|$))"
)


def _recorder_after_date(text: str, at: int, offset: int) -> tuple[Participant, int] | None:
    """The recorder of a conversation "with Y", named with his office after the date: ", S.N.
    Filatov, counsellor of the Soviet embassy." (the office in lower case, up to the sentence's end)."""
    m = _RECORDER_AFTER.match(text, at)
    if m is None:
        return None
    person = parse_participant(m.group("x"), offset + m.start("x"))
    if person is None or person.is_organization or not person.role or person.text.lower() in PLACES:
        return None  # "…, Moscow, the ambassador being absent": a place, then a remark
    if re.search(r"\b(?:being|having|who|which|was|were|is|present|absent)\b", person.role, re.IGNORECASE):
        return None
    return person, m.end()


_PAIR_CONV = re.compile(
    rf"^(?:(?:{MOD_RE})\s+)*(?:{NOUN_RE})\s+of\s+(?:(?:the|a)\s+)?(?P<pair>[^,;()]{{3,80}}?)\s+(?:{CONV_RE})\b",
    re.IGNORECASE,
)


def _pair_conversation(text: str, offset: int) -> RuleResult | None:
    """ "the Soviet record of the Ivanov–Nam Il conversation of 13 October 1956": the pair
    joined by a dash before the noun."""
    m = _PAIR_CONV.match(text)
    if m is None:
        return None
    split = pair_split(m.group("pair"))
    if split is None:
        return None
    at = offset + m.start("pair")
    sides = conversation_sides(split[0], at, split[2], at + split[3], True)
    cut = people_until_date(text[m.end() :], offset)
    if sides is None or cut.date is None:
        return None
    rest = _PAIR_PLACE.sub("", cut.body.strip(" ,"))
    if rest and rest.lower() not in PLACES:  # "… Meeting, Delhi, 24 January 1969": where they met
        return None
    return _result("conversation", sides, cut, offset, m.end() + cut.end)


_PAIR_PLACE = re.compile(r"^(?:in|at)\s+(?=[A-Z])")


_WRITER_COMMA = re.compile(r"^(?P<x>[^,;:()\[\]“”\"]{3,60}?(?:\s*[(\[][^()\[\]]{2,120}[)\]])?),\s+(?=\S)")


def _writer_first(text: str, offset: int) -> RuleResult | None:
    """ "A.I. Mikoyan, report on conversation with M. Rákosi, 13 July 1956"; "M.A. Suslov, memo to
    the Presidium of the CC CPSU, …": the writer, a comma, then a head that lacks them (the
    recorder of a conversation "with Y", the sender of a message)."""
    m = _WRITER_COMMA.match(text)
    if m is None or not HEAD.match(text[m.end() :]):
        return None
    writer = parse_participant(m.group("x"), offset)
    if writer is None or writer.is_organization:
        return None
    found = read_record(text[m.end() :], offset + m.end())
    if found is None or found.communication.date is None:
        return None
    comm = found.communication
    if comm.kind == "conversation":
        if any(p.function != "interlocutor" for p in comm.participants) or len(comm.participants) != 1:
            return None
        if not re.match(r"[^,]*?\bwith\s", text[m.end() :], re.IGNORECASE):
            return None
        writer_part = Participant(writer, "recorder")
    else:
        if any(p.function == "sender" for p in comm.participants):
            return None
        writer_part = Participant(writer, "sender")
    comm = Communication(
        comm.kind, comm.date, (writer_part, *comm.participants), Span(offset, comm.span.end), comm.unnamed
    )
    return RuleResult(comm, found.consumed + m.end(), found.more_dates, found.reply)


def _held_by(text, body, held, rest_at, cut, offset):  # noqa: ANN001, ANN202 - internal
    """ "with Y held on 13 April 1956 by X, role": the recorder comes after the date."""
    after = text[rest_at + cut.end :]
    by = re.match(
        r"\s+by\s+(?P<x>[^,;]+(?:,\s*[^,;]*?(?:ambassador|counsellor|secretary|minister|chargé|head|"
        r"deputy|consul|attaché)[^,;]*)?)",
        after,
        re.IGNORECASE,
    )
    with_text = body[: held.start()]
    lead = len(with_text) - len(with_text.lstrip(" ,"))
    other = side(with_text.lstrip(" ,")[5:], offset + rest_at + lead + 5)
    if other is None:
        return None, 0
    parts = [Participant(m, "interlocutor") for m in other[0]]
    end = rest_at + cut.end
    if by:
        recorder = parse_participant(by.group("x"), offset + rest_at + cut.end + by.start("x"))
        if recorder is not None:
            parts.insert(0, Participant(recorder, "recorder"))
            end += by.end()
    return (parts, list(other[1])), end


_PAIR_THEN_KIND = re.compile(
    r"^(?P<pair>[^;]{5,160}?)(?:,\s*|\s+)(?P<kind>(?:record|memo(?:randum)?|minutes|notes?|transcript)\s+of\s+"
    r"(?:a\s+|the\s+)?conversation|conversation|talks?|meeting)\s*,\s*",
    re.IGNORECASE,
)


def read_pair_then_kind(text: str, offset: int) -> RuleResult | None:
    """ "Pelishenko V. I. (counsellor) — Kim Chang-man (Vice-Chairman of the KWP CC), record
    of conversation, 5 December 1956": the pair first, then what the record is."""
    m = _PAIR_THEN_KIND.match(text)
    if not m:
        return None
    split = pair_split(m.group("pair"))
    if split is None:
        return None
    sides = conversation_sides(split[0], offset, split[2], offset + split[3], True)
    if sides is None:
        return None
    cut = people_until_date(text[m.end() :], offset)
    if cut.date is None or cut.body.strip():
        return None
    return _result("conversation", sides, cut, offset, m.end() + cut.end)


def read_quoted_record(text: str, offset: int) -> RuleResult | None:
    """ "“Memorandum on a Conversation between X and Y, 2 March 1957,” Wilson Center Digital
    Archive": a translation's title that names the record."""
    m = re.match(r"^[“\"‘](?P<inner>[^”\"’]{10,300}?)[,.]?[”\"’]", text)
    if not m:
        return None
    inner = m.group("inner")
    found = read_record(inner, offset + 1)
    if found is None:
        return None
    comm = found.communication
    if comm.date is None:  # the date often stands after the closing quote
        dates = [d for d in find_dates(text[m.end() : m.end() + 40]) if d.value]
        if dates:
            if printed_or_broadcast(text[m.end() + dates[0].span.end :]):
                return None  # '"Conversations with Mao", 3 May 1960, BBC broadcast': a programme, no record
            comm = Communication(comm.kind, dates[0].value, comm.participants, comm.span, comm.unnamed)
    end = m.end()
    by = _BY_AFTER_TITLE.match(text, end)
    if (
        by is not None
        and comm.kind == "conversation"
        and comm.participants
        and all(p.function == "interlocutor" for p in comm.participants)
        and (_starts_with_archive(text[by.end() :]) or not text[by.end() :].strip(" ,.;"))
    ):  # '"Note on a conversation with Y, date" […], by X, deputy foreign minister, PA AA, …': X recorded it
        recorder = parse_participant(by.group("x"), offset + by.start("x"))
        if recorder is not None and not recorder.is_organization:
            parts = (Participant(recorder, "recorder"), *comm.participants)
            comm = Communication(comm.kind, comm.date, parts, Span(comm.span.start, offset + by.end()), comm.unnamed)
            end = by.end()
    return RuleResult(comm, end, found.more_dates)


def printed_or_broadcast(after_date: str) -> bool:
    """Whether what follows a quoted title's date says where it was printed or broadcast
    ("BBC broadcast", "Pravda", "The Times editorial"), so the title is no record's head."""
    after = after_date.strip(" ,.;:")
    paper_page = _PAGE_OF_A_PAPER.match(after) is not None and not _starts_with_archive(after)
    return bool(_IN_THE_PRESS.match(after)) or paper_page or is_press(re.split(r"[,;(]", after)[0])


# a quoted title, its date, then a newspaper's name and a page ("The Observer, p. 4", "Neues
# Deutschland, S. 2"): printed, whether or not the press lexicon knows the paper — a name
# with "The" or a newspaper's word in it; never an archive (`_starts_with_archive`, the
# locator reader's list), nor an edition of documents or of
# someone's works (a record printed in "CWIHP Bulletin, p. 155", "Selected Works …, p. 234",
# "Mao Zedong Waijiao Wenxuan, p. 323" is still a record)
_PAGE_OF_A_PAPER = re.compile(
    r"(?!(?:[\w.&'’-]+\s+){0,5}(?:Bulletin|Documents?|Dokumente|Dokumenty|Collection|Papers|Archives?|Arkhiv"
    r"|Istochnik|Vestnik|Foreign|FRUS|CWIHP|Sbornik|Materials|Materialy|Records|Digital|Works|Writings|Selected"
    r"|Diaries|Diary|Wenxuan|Wenji|Wengao|Nianpu|Krizis|Krizisa|Edition)\b)"
    r"(?=The\s|(?:[\w.&'’-]+\s+){0,4}(?:Times|Post|Observer|Gazette|Guardian|Herald|Tribune|Telegraph|Express|Mail"
    r"|News|Daily|Zeitung|Rundschau|Deutschland|Monde|Figaro|Humanité|Unità|Corriere|Stampa|Pravda|Izvestiia"
    r"|Izvestia|Trud|Népszabadság|Trybuna|Scînteia|Rabotnichesko)\b)"
    r"(?:[A-Z][\w.&'’-]*\s+){0,4}[A-Z][\w.&'’-]*,\s*(?:p|pp|S|s|с|str)\.\s*\d"
)
# a quoted title then its date, then where it was printed or broadcast
_IN_THE_PRESS = re.compile(rf"(?:[A-Z][\w.&'’-]*\s+){{0,3}}(?:{PUBLIC_OCCASIONS})\b", re.IGNORECASE)

# after a quoted title and its gloss: ", by X" or ", by X, his office" (the office in lower case)
_BY_AFTER_TITLE = re.compile(
    r"[\s,.]*(?:\[[^\[\]]{3,400}\])?\s*,\s*by\s+(?P<x>(?:[A-Z][a-z]?\.\s?){0,3}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    r"(?:,\s*[a-z][^,;()]{3,80}?)?)(?=\s*[,;.]|\s*$)"
)


def _starts_with_archive(text: str) -> bool:
    repo = find_repository(text)
    return repo is not None and not text[: repo.start()].strip(" ,.;:")


def _two_people(sides: tuple[list, list]) -> bool:
    """Whether `owner_sides` found two people or more, no body among them."""
    participants = sides[0]
    return len(participants) >= 2 and not any(p.mention.is_organization for p in participants)
