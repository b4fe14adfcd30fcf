"""The parties of an English record head: sender and recipient split at "to", "from" or "by", a
recorder "by" whom, those "for" whom, signers, a relay, and the two sides of a conversation."""

from __future__ import annotations

import re

from kg1956.extract.bodies import is_organization
from kg1956.extract.head_grammar import CONV_RE
from kg1956.extract.lexicon import COUNTRIES
from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.names import parse_person
from kg1956.extract.participant_lists import parse_participants
from kg1956.extract.parties import AND, DASH_PAIR, WITH, conversation_sides, pair_split, side, split_pair, split_top
from kg1956.extract.places import is_place
from kg1956.extract.records_chain import chain_sides
from kg1956.models import Participant

_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
# a role that takes "to" is no addressee: "X, DPRK ambassador to the USSR, to the CC of the KWP"
_ROLE_BEFORE_TO = re.compile(
    r"\b(?:ambassadors?|envoy|minister|representative|delegate|advis[eo]r|attaché|chargé\s+d['’]affaires)$",
    re.IGNORECASE,
)
_COMMA_TO = re.compile(r",\s+to\s+", re.IGNORECASE)
_COUNTRY = re.compile(
    r"(?:the\s+)?(?:(?:north|south|democratic\s+republic\s+of|people['’]s\s+republic\s+of)\s+)?(?:"
    + "|".join(sorted(COUNTRIES))
    + r"|soviet\s+union|united\s+states|us|usa)",
    re.IGNORECASE,
)


def _split_to(text: str) -> tuple[str, int, str, int] | None:
    """Split at the addressee's "to"; after a role that takes "to" ("ambassador to the USSR"), at
    the ", to" that follows it, when there is one."""
    first = split_top(text, _TO)
    if first is not None and _ROLE_BEFORE_TO.search(first[0]):
        comma = split_top(text, _COMMA_TO)
        if comma is None and _COUNTRY.fullmatch(first[2].strip(" ,.")):
            return None  # "from X, Polish Ambassador to the DPRK": the role's country, no addressee
        second = split_top(first[2], _TO)
        if comma is None and second is not None and _COUNTRY.match(first[2]):
            # "from USSR Ambassador to the DPRK V.I. Ivanov to B.N. Ponomarev": the role's "to", then the address
            return text[: first[3] + len(second[0])], 0, second[2], first[3] + second[3]
        return comma or first
    return first


# "… for transmission to Mao Zedong", and short "Filippov [Stalin] to Roshchin for Mao": both receive it
_RELAY = re.compile(
    r"\s+for\s+(?:(?:transmission|delivery|forwarding|handing\s+over|passing\s+on)\s+to\s+|(?=(?-i:[A-Z])[\w.-]+(?:\s+[A-Z][\w'’-]*){0,2}\s*$))",
    re.I,
)
_FROM_BY = re.compile(r"\s+(?:from|by)\s+", re.IGNORECASE)
# "to Gromyko for Information", "for Approval": what the copy is for, no one who receives it
_FOR_PURPOSE = re.compile(
    r"(?:[A-Za-z]+(?:tion|sion|ment|ness|ship|ity)|approval|comments?|review|action|use|records?|files?|signature"
    r"|guidance|reference|instructions?|attention|perusal|clearance|concurrence|acceptance|info|consent|decision)$",
    re.IGNORECASE,
)


# whom or what a paper written by X (to Y) is about, a name included ("by Kádár on Khrushchev")
_SUBJECT_NAMED = re.compile(r"\s+(?:on|about|concerning|regarding)\s+(?=\S)", re.IGNORECASE)
_SUBJECT = re.compile(r"\s+(?:on|about|concerning|regarding)\s+(?:his|her|their|the|a|an)\s", re.IGNORECASE)
# a subject starts in lower case, or with someone's possessive ("on Yi Sang-cho's request")
_ABOUT = re.compile(r"\s+(?:on|about|concerning|regarding)\s+(?=[a-z]|[^,;()]{2,40}?[’']s\s+[a-z])")
_PREPARED_BY = re.compile(
    r"(?:on|about|concerning|regarding)\s+[^;()\[\]]+?,\s*(?:prepared|written|compiled|drawn\s+up)\s+by\s+", re.I
)
_FOR = re.compile(r"\s+for\s+(?=[A-Z]|the\s+[A-Z])")


_FOR_THE_RECORD = re.compile(r"for\s+(?:the\s+)?(?:record|files?)\b")  # "Memorandum for the Record": no addressee
_BY_RECORDER = re.compile(r"\s+by\s+(?=[A-Z])")
# "with Y by Telephone", "by Direct Line", "by Order of the Soviet Government": how the talk was held
# or on whose word, never who wrote it down (only a person's name after "by" is the recorder)
BY_MEANS = re.compile(
    r"(?:(?:high[- ]frequency|direct|secure|special|open|closed)\s+)?"
    r"(?:tele(?:phone|graph|gram|type|printer|x)|phone|line|radio|wire|cable|courier|mail|letter"
    r"|order|decision|decree|instructions?|request|invitation|agreement|command|direction|resolution)\b",
    re.IGNORECASE,
)


def recorder_named(writer: list) -> bool:
    """Whether what follows "by" names who wrote a record down: people, not a channel or an
    order ("by Telephone", "by Order of the Soviet Government")."""
    mentions = [getattr(m, "mention", m) for m in writer]
    return bool(mentions) and not any(m.is_organization or BY_MEANS.match(m.text) for m in mentions)


_SIGNED = re.compile(r"^,?\s*signed\s+(?:by\s+)?", re.IGNORECASE)
# "Annual report of the embassy for 1958, signed by Ambassador X": a mission that says not whose
# it is wrote it, and the one who signed it is its sender
_BODY_SIGNED = re.compile(
    # (its country's adjective or initials before it: "of the Indian embassy in Moscow", "of the PPR Embassy")
    r"^of\s+(?:the|our|his)\s+(?:[\w-]+\s+){0,2}?(?:embassy|legation|mission|consulate(?:\s+general)?)(?:\s+in\s+(?:the\s+)?[A-Z][\w-]+)?"
    r"(?:\s+(?:for|on)\s+(?:19|20)\d\d)?\s*,?\s*signed\s+(?:by\s+)?",
    re.IGNORECASE,
)


ON_CONVERSATION = re.compile(
    rf"\s+(?:on|about|of)\s+(?:(?:a|the|his|her|their)\s+)?(?:{CONV_RE})\s+with\s+", re.IGNORECASE
)


# a message's place or way of writing set off after its addressee: ", written from the Crimea", ", sent
# from Hanoi", ", cabled via Beijing", ", drafted at Lushan"
_WRITTEN_WHERE = re.compile(
    r"\s*,\s*(?:written|sent|cabled|wired|telegraphed|despatched|dispatched|posted|drafted|composed|"
    r"transmitted|forwarded|delivered)\s+(?:from|in|at|via|through|by\s+hand)\b.*$",
    re.IGNORECASE | re.DOTALL,
)


# a body's sitting as a message's addressee, the body named before or after it
_SITTING_WORDS = r"(?:plenum|plenary\s+(?:session|meeting)|session|sitting|meeting)"
_SITTING_AFTER = re.compile(rf"^(?:the\s+)?(?P<body>.+?)\s+{_SITTING_WORDS}\s*$", re.IGNORECASE)
_SITTING_BEFORE = re.compile(
    rf"^(?:the\s+)?(?:[\w-]+\s+)?{_SITTING_WORDS}\s+of\s+(?:the\s+)?(?P<body>.+?)\s*$", re.IGNORECASE
)


def message_sides(sender: str, s_at: int, recipient: str, r_at: int) -> tuple[list, list] | None:
    """Sender and recipient of a letter, cable, report or memo (either may be missing)."""
    parts: list[Participant] = []
    unnamed: list[str] = []
    written = _WRITTEN_WHERE.search(recipient)
    if written:  # "… to the Politburo, written from the Crimea": where it was written, no party
        recipient = recipient[: written.start()]
    sitting = _SITTING_AFTER.search(recipient) or _SITTING_BEFORE.match(recipient)
    if sitting and is_organization(sitting.group("body")) and not re.search(r",|\band\b", sitting.group("body")):
        # "to the CC CPSU plenum", "to the plenum of the CC CPSU": the body that sat
        r_at += sitting.start("body")
        recipient = sitting.group("body")
    about = _ABOUT.search(recipient)
    if about:  # "… to Prime Minister Phạm Văn Đồng on relations with China": what it is about
        recipient = recipient[: about.start()]
    ends = [(sender, s_at, "sender"), (recipient, r_at, "recipient")]
    relay = _RELAY.search(recipient)
    if relay and _FOR_PURPOSE.match(recipient[relay.end() :].strip(" ,.")):
        relay = None  # "… to Gromyko for Information": the purpose of the copy, no second addressee
        ends[1:] = [(recipient[: _RELAY.search(recipient).start()], r_at, "recipient")]  # type: ignore[union-attr]
    if relay:  # "Filippov [Stalin] to Terebin [Orlov] for transmission to Mao Zedong": both receive it
        ends[1:] = [
            (recipient[: relay.start()], r_at, "recipient"),
            (recipient[relay.end() :], r_at + relay.end(), "recipient"),
        ]
    for text, at, function in ends:
        if not text.strip():
            continue
        found = side(text, at)
        if found is None:
            return None
        parts += [Participant(m, function) for m in found[0]]
        unnamed += found[1]
    return (parts, unnamed) if parts else None


# "A, B and C and the Soviet delegation (D, E, F)[, Place]": a side named as a body, its members in brackets
_MEMBERS_SIDE = re.compile(
    r"(?P<a>[^()\[\]]+?)\s+and\s+(?P<body>(?:the\s+)?(?:(?!\band\b)[^()\[\],;])+?)\s*\((?P<list>[^()\[\]]+)\)"
    r"\s*(?:,\s*(?P<place>[A-Z][\w-]+))?\s*$"
)


def _members_named(m: re.Match[str]) -> bool:
    if looks_like_name(m.group("body").strip()) or (m.group("place") and not is_place(m.group("place"))):
        return False
    members = parse_participants(m.group("list"), 0)
    return bool(members) and not any(x.is_organization or x.role for x in members)


def record_parties(body: str, at: int, kind: str, conversation: bool) -> tuple[list, list] | None:
    """Read who took part from what follows the head (dates and titles already cut)."""
    stripped = body.lstrip(" ,:")
    at += len(body) - len(stripped)
    body = stripped.rstrip(" ,")
    low = body.lower()
    if not body:
        return None
    held_by = re.match(r"(?:held|conducted)\s+by\s+(?=\S)", body, re.IGNORECASE)
    if held_by and conversation:  # "Record of a conversation held by X with Y"
        body, at, low = body[held_by.end() :], at + held_by.end(), low[held_by.end() :]
    led = re.search(r"\bled\s+by\s+", body, re.IGNORECASE)
    if led and re.match(r"(?:between|of)\s+(?:the\s+)?delegations?\b", low):
        # "between the delegations of the CPSU and the CCP, led by N.S. Khrushchev and Mao Zedong"
        split = split_top(body[led.end() :], AND)
        if split:
            at2 = at + led.end()
            return conversation_sides(split[0], at2, split[2], at2 + split[3], True)
        return None
    if low.startswith("between "):
        members = _MEMBERS_SIDE.match(body, 8)
        if members and _members_named(members):
            # "between Gomułka, Ochab and Cyrankiewicz and the Soviet delegation (Khrushchev, Mikoyan, …),
            # Warsaw": the delegation's members named in brackets are that side
            return conversation_sides(
                members.group("a"), at + members.start("a"), members.group("list"), at + members.start("list"), True
            )
        split = split_pair(body[8:], AND)
        if split:
            return conversation_sides(split[0], at + 8, split[2], at + 8 + split[3], True)
        return None
    if low.startswith("with ") and conversation:  # "with Y held on D by X" handled by the caller
        by = split_top(body[5:], _BY_RECORDER)
        if by is not None and BY_MEANS.match(by[2]):
            body, by = body[: 5 + len(by[0])], None  # "with Y by Telephone": Y alone, no recorder
        if by is not None:  # "with DPRK Minister of Trade X by Soviet Embassy Counsellor Y": Y's record
            other, writer = side(by[0], at + 5), side(by[2], at + 5 + by[3])
            if other and writer and other[0] and recorder_named(writer[0]):
                people = [Participant(m, "recorder") for m in writer[0]]
                return [*people, *(Participant(m, "interlocutor") for m in other[0])], other[1] + writer[1]
        found = side(body[5:], at + 5)
        return ([Participant(m, "interlocutor") for m in found[0]], found[1]) if found else None
    prepared = _PREPARED_BY.match(body)
    if prepared and not conversation:  # "Report on the economy of the DPRK, prepared by X [role]"
        return message_sides(body[prepared.end() :], at + prepared.end(), "", 0)
    signed = _SIGNED.match(body) or _BODY_SIGNED.match(body)
    if signed and not conversation:  # 'Cipher telegram signed "Sergeev" [S.A. Tovmas’ian], Hanoi'
        rest, rest_at = body[signed.end() :], at + signed.end()
        # "signed by X and dated 25 January": the date's own words are no part of the signer
        rest = re.sub(r"(?:\s*,)?\s+and(?:\s+(?:dated|sent|written|despatched|dispatched))?\s*$", "", rest)
        to = _split_to(rest)  # '… signed "Sergeev" (i.e. S.A. Tovmasyan) to the Center': the addressee after "to"
        if to is not None:
            return message_sides(to[0], rest_at + to[1], to[2], rest_at + to[3])
        pair = re.fullmatch(r"(?P<x>\s*[A-Z][^,;()]*?)\s+and\s+(?P<y>[A-Z][^,;()]*?)\s*", rest)
        if pair is not None:
            # "signed by Ambassador Burgin and Counsellor Szymański": two signers, each with his office
            signers = [parse_person(pair.group(k), rest_at + pair.start(k)) for k in ("x", "y")]
            if all(x is not None and not x.is_organization and x.role for x in signers):
                return [Participant(x, "sender") for x in signers if x is not None], []
        return message_sides(rest, rest_at, "", 0)
    if low.startswith(("from ", "by ")):
        lead = 5 if low.startswith("from ") else 3
        rest = body[lead:]
        conv = ON_CONVERSATION.search(rest)
        if conv and conversation:  # "by X on a conversation with Y"
            return conversation_sides(
                rest[: conv.start()], at + lead, rest[conv.end() :], at + lead + conv.end(), False
            )
        subject = _SUBJECT.search(rest)
        if subject and not _split_to(rest[: subject.start()]):
            rest = rest[: subject.start()]  # "Report by M.A. Lavrentev on his trip to the PRC": what it is about
        split = _split_to(rest)
        if split:
            # "Report by X, ambassador, to Y on Kim Il Sung": whom it is about is no addressee
            addressee = _SUBJECT_NAMED.split(split[2], maxsplit=1)[0]
            return message_sides(split[0], at + lead, addressee, at + lead + split[3])
        named = _SUBJECT_NAMED.search(rest)
        if named and not conversation:
            rest = rest[: named.start()]  # "Memorandum by Kádár on Khrushchev": Khrushchev is no party
        if conversation:
            return None
        split = split_top(rest, _FOR)
        found = message_sides(split[0], at + lead, split[2], at + lead + split[3]) if split else None
        if found:  # "Memorandum by X for Y": written for Y to read
            return found
        return message_sides(rest, at + lead, "", 0)
    record = _FOR_THE_RECORD.match(low)
    if record and not conversation:  # "Memorandum for the Record by X": X's, to no one
        by = re.match(r"\s+by\s+", body[record.end() :])
        return message_sides(body[record.end() + by.end() :], at + record.end() + by.end(), "", 0) if by else None
    if low.startswith("for ") and not conversation:
        return message_sides("", 0, body[4:], at + 4)  # "Report for General-Major Lebedev": written for him
    if low.startswith("to "):
        split = split_top(body[3:], _FROM_BY)
        if split:
            return message_sides(split[2], at + 3 + split[3], split[0], at + 3)
        return message_sides("", 0, _addressee_only(body[3:]), at + 3)
    if low.startswith("of "):
        rest = body[3:]
        conv = ON_CONVERSATION.search(rest)
        if conv and conversation:  # "Report of Ambassador X on his conversation with Y"
            return conversation_sides(rest[: conv.start()], at + 3, rest[conv.end() :], at + 3 + conv.end(), False)
        if conversation:
            split = split_top(rest, WITH) or split_top(rest, AND)
            if split:
                return conversation_sides(split[0], at + 3, split[2], at + 3 + split[3], False)
            return None
        split = _split_to(rest)
        if split:
            return message_sides(split[0], at + 3, split[2], at + 3 + split[3])
        return message_sides(rest, at + 3, "", 0)
    # a bare pair after a comma: "X to Y" (a message) or "X–Y" (a conversation)
    if not conversation:
        split = _split_to(body)
        if split:
            return message_sides(split[0], at, split[2], at + split[3])
    chain = chain_sides(body, at, least=3) if conversation else None
    if chain is not None:  # "Record of conversation, Lewandowski – D'Orlandi – Lodge, …": three parties
        return chain
    pair = pair_split(body)
    if pair and not conversation:  # "Letter CPSU CC–CCP CC, 14 June 1963": from the first to the second
        return message_sides(pair[0], at, pair[2], at + pair[3])
    if pair and split_top(pair[2], DASH_PAIR):
        return None  # a chain of three the rule above could not read: no second party "Zhou Enlai–Kim"
    if pair:
        return conversation_sides(pair[0], at, pair[2], at + pair[3], True)
    split = split_top(body, WITH)
    if split and conversation:
        return conversation_sides(split[0], at, split[2], at + split[3], False)
    split = split_top(body, AND)
    if split and conversation:  # "Minutes of conversation, Mao Zedong and A.I. Mikoyan, Beijing, …"
        return conversation_sides(split[0], at, split[2], at + split[3], True)
    return None


_PLACE_TAIL = re.compile(r"\s+(?:at|in)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?[\s,]*$")


# the purpose or subject before the addressee's first comma ("to Mikoyan for his talks with Castro"; an
# office after the comma keeps its "for": "to Y, Minister for Foreign Affairs"), and a go-between anywhere
_RECIPIENT_FOR = re.compile(
    # "to the Foreign Ministry reporting his talk with Y": what the message does is no part of its addressee
    r"^(?P<y>[^,]*?)\s+(?:for|on|about|concerning|regarding|reporting|describing|summari[sz]ing|transmitting"
    r"|forwarding|enclosing)\s+(?:his|her|their|the|a|an|[a-z])",
    re.IGNORECASE,
)
_RECIPIENT_VIA = re.compile(r"\s*,?\s+(?:via|through|c/o)\s", re.IGNORECASE)


def owner_sides(
    owner: str, owner_at: int, body: str, body_at: int, kind: str, remark_noun: bool = False
) -> tuple[list, list] | None:
    """ "Zhou Enlai's report to Mao Zedong …", "X's conversation with Y", "Notes of X's talk with Y"."""
    owner_at += len(owner) - len(owner.lstrip())
    cleaned = re.sub(r"^(?:(?:and|cf\.?|see|also|but|for)\s+)+", "", owner.strip(), flags=re.IGNORECASE)
    owner_at += len(owner.strip()) - len(cleaned)
    owner = cleaned
    if re.match(r"(?:a|an)\s|(?:(?:the|this|the\s+present)\s+)?(?:author|writer)$", owner, re.IGNORECASE):
        return None  # "A Chinese Scholar's Reply", "Author's interview with …": nobody the notes name
    of_talk = re.match(
        rf"[\s,]*(?:of|on|about)\s+(?:(?:his|her|their|the|a)\s+)?(?:{CONV_RE})\s+(?=with\s)", body, re.IGNORECASE
    )
    if of_talk:  # "Chervonenko's record of his conversation with Deng Xiaoping", "X's report on his talk with Y"
        body, body_at = " " * of_talk.end() + body[of_talk.end() :], body_at
    receiving = re.match(r"[\s,]*(?:on\s+)?receiving\s+", body, re.IGNORECASE)
    if receiving and kind == "conversation":  # "Mao Zedong's conversation on receiving Ambassador Yudin"
        body = " " * (receiving.end() - 5) + "with " + body[receiving.end() :]
    to_on = re.match(
        rf"[\s,]*to\s+[^,;()]+?\s+(?:on|about|concerning)\s+(?:his|her|their)\s+(?:{CONV_RE})\s+(?=with\s)", body, re.I
    )
    if to_on and kind == "conversation":  # "X's report to Y on his conversation with Z": the talk of X and Z
        body = " " * to_on.end() + body[to_on.end() :]
    low = body.lower().lstrip(" ,")
    lead = len(body) - len(body.lstrip(" ,"))
    said_to = re.match(r"[\s,]*(?:made\s+|addressed\s+)?to\s+(?=[A-Z])", body)
    if kind == "conversation" and said_to and remark_noun:  # "X's remarks to Y": said to Y, a talk of the two
        body = " " * (said_to.end() - 5) + "with " + body[said_to.end() :]
        low, lead = body.lower().lstrip(" ,"), len(body) - len(body.lstrip(" ,"))
    if kind == "conversation" or low.startswith("with "):
        if not low.startswith("with "):
            return None
        other = _PLACE_TAIL.sub("", body[lead + 5 :])  # "… with Ho Chi Minh at Liuzhou": where they met
        return conversation_sides(owner, owner_at, other, body_at + lead + 5, False)
    recipient = body[lead + 3 :] if low.startswith("to ") else ""
    recipient_at = body_at + lead + 3
    written_for = False
    if kind == "memo" and re.match(r"for\s+(?!the\s+(?:record|files?)\b)(?:the\s+)?[A-ZА-Я]", body[lead:]):
        # "Gromyko's memorandum for Molotov", "Rusk's memorandum for the President": a memorandum is
        # written for its addressee (never "for the record"; "for his talks" is a purpose), and never
        # for a purpose of another's or an event ("for Molotov's talks with Zhou", "for Stalin's
        # approval", "for Presidium Meeting"): the memorandum is then its writer's alone
        written_for = True
        recipient = "" if _FOR_EVENT.search(body[lead + 4 :].split(",")[0]) else body[lead + 4 :]
        recipient_at = body_at + lead + 4
    recipient = re.sub(r"\s+of\s*$", "", recipient)
    # "X's instructions to Y for his talks with Z", "… to Mao via Kovalev": the addressee is what stands
    # before the purpose, the subject or the go-between (Z and Kovalev are no party)
    sides = message_sides(owner, owner_at, _addressee_only(recipient), recipient_at)
    if sides is None and written_for and recipient:
        return message_sides(owner, owner_at, "", 0)  # an addressee not read: the writer's memorandum still
    return sides


# after "memorandum for": a possessive, a "with" or an event is a purpose, never the addressee
_FOR_EVENT = re.compile(
    r"['’]s\b|\bwith\b|\b(?:meeting|session|sitting|conference|plenum|congress|talks?|conversations?|"
    r"negotiations?|visit|discussions?|approval|signature|decision|consideration|use|information)\b",
    re.IGNORECASE,
)


# the one a message is to be passed on to, after its first addressee: "to V.V. Kuznetsov for transmission to
# Mao Zedong", "to Y for delivery to Z", "to Y to be passed on to Z", "to Y, to be handed to Z": both are its
# addressees (the go-between and the one it is meant for)
PASSED_ON = re.compile(
    r",?\s+(?:for\s+(?:onward\s+)?(?:transmission|delivery)|to\s+be\s+(?:passed|handed|forwarded|transmitted)(?:\s+on)?)"
    r"\s+to\s+(?=[A-Z])",
)


def passed_on_joined(recipient: str) -> str:
    """ "V.V. Kuznetsov for transmission to Mao Zedong" → "V.V. Kuznetsov and … Mao Zedong", of the
    same length (the names keep their places)."""
    passed = PASSED_ON.search(recipient)
    if passed is None:
        return recipient
    return recipient[: passed.start()] + " and" + " " * (passed.end() - passed.start() - 4) + recipient[passed.end() :]


def _addressee_only(recipient: str) -> str:
    """The addressee before a go-between ("Mao via Kovalev") or a purpose or subject before the
    first comma ("Mikoyan for his talks with Castro", "P.F. Iudin for the conversation with Mao");
    one to pass the message on and the one it is for are both its addressees (`PASSED_ON`)."""
    passed = PASSED_ON.search(recipient)
    if passed is not None:
        recipient = passed_on_joined(recipient)
    via = _RECIPIENT_VIA.search(recipient)
    if via is not None:
        recipient = recipient[: via.start()]
    purpose = _RECIPIENT_FOR.match(recipient)
    if purpose is not None and purpose.group(0)[-1].islower():
        recipient = purpose.group("y")
    return recipient
