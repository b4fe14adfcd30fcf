"""Who else took part, said in a sentence after the record's head: "Also present were A and B
on the Korean side and C on the Soviet side."; "Present: A, B, C; D, E, F." (one side, then
the other); "Present on the Chinese side: A, B; on the Albanian side: C."; "Присутствовали:
…". The people listed join the conversation the citation records."""

from __future__ import annotations

import re

from kg1956.extract.bodies import plainly_person
from kg1956.extract.participant_lists import parse_participants
from kg1956.models import NameMention

# Russian (and its Latin letters): the side, the talk, a verb of taking part
_SIDE_RU = r"(?:с|s)\s+[а-яёa-z]+\s+(?:стороны|storony)"
_TALK_RU = (
    r"(?:в|на|во\s+время|v|na)\s+"
    r"(?:беседе|беседах|беседы|встрече|встречах|встречи|переговорах|переговоров|разговоре|besede|besedakh|vstreche"
    r"|peregovorakh)"
)
_TAKING_PART = (
    r"(?:(?:также|takzhe)\s+)?(?:участвовал[аи]?|принимал[аи]?\s+участие|присутствовал[аи]?"
    r"|uchastvoval[ai]?|prinimal[ai]?\s+uchastie|prisutstvoval[ai]?)(?:\s+(?:также|и|takzhe|i))?"
)
# the sentence's lead: what says that the people after it were there
PRESENT_LEAD = re.compile(
    r"^(?:(?:also|those)\s+present(?:\s+(?:were|was))?|present(?:\s+(?:were|was|also))?"
    r"|(?:also\s+)?(?:attending|in\s+attendance)(?:\s+(?:were|was))?"
    r"|(?:также\s+)?присутствовал[аи]?(?:\s+также)?|prisutni(?:\s+su)?|të\s+pranishëm(?:\s+ishin)?"
    # "С румынской стороны в беседе участвовал также …", "В беседе принимали участие и …", "Na vstreche
    # prisutstvoval takzhe …": the side, the talk, a verb of taking part
    rf"|(?:{_SIDE_RU}\s+)?{_TALK_RU}\s+{_TAKING_PART}|{_SIDE_RU}\s+{_TAKING_PART}"
    r"|anwesend(?:\s+waren)?|obecni(?:\s+byli)?|přítomni)"
    r"(?=\s|:)",
    re.IGNORECASE,
)
# "on the Korean side", "on the Chinese side:", "с советской стороны", "from the Soviet side"
_SIDE = re.compile(
    r"[\s,]*(?:and\s+|и\s+)?(?:(?:on|from)\s+the\s+[A-Z][\w-]*(?:\s+side)?|с\s+[а-яё]+\s+стороны"
    r"|(?<=;)\s*с\s+[а-яё]+(?:ой|ей)\s*[–—-]"  # "…; с советской – М.А. Менщиков": the side, its noun left out
    r"|sa\s+[a-zčćšžđ]+\s+strane|nga\s+ana\s+[a-zë]+)\s*(?::|(?<=стороны)\s*[–—])?\s*"
    r"(?:(?:were|was)(?:\s+also)?\s+)?",  # "Present on the Chinese side were also A, B and C"
    re.IGNORECASE,
)


# a clause after the list that says what the last one did: "…, который …", "…, хотя …", "…, but …"
_WHO_CLAUSE = re.compile(
    r",\s*(?:который|которая|которые|kotoryi|kotoraia|kotorye|хотя|но|однако|khotia|who|although|but)\b"
    r"(?!\s+(?:also|также|и)\b)",
    re.I,
)


# the list resumed after a clause: ", и Чжоу Эньлай", ", and Zhou Enlai"
_AND_MORE = re.compile(r",\s*(?:и|and|а\s+также|as\s+well\s+as)\s+(?=[A-ZА-ЯЁ])")
_BUT_ALSO = re.compile(r",\s*(?:but|но)\s+(?:also|также|и)\s+(?=[A-ZА-ЯЁ])")
# a work cited after the list: "; см.: …", ". См. …", "; see …"
_SEE = re.compile(r"[;.,]?\s+(?:[Сс]м\.|[Сс]р\.|[Ss]ee\b|[Cc]f\.)")


def read_present(text: str, offset: int) -> list[NameMention] | None:
    """The people listed in a "Present …" sentence (`text` from its first word to its end),
    or None unless every part of the list is a person's name."""
    lead = PRESENT_LEAD.match(text)
    if lead is None:
        return None
    body = text[lead.end() :].rstrip(" .")
    cited = _SEE.search(body)  # "…; см.: Ли Юэжань. Дипломатическая арена …": a book cited, no one present
    if cited is not None:
        body = body[: cited.start()]
    # "Mikoyan, Kaganovich, Molotov, but also Ochab and Cyrankiewicz": the list goes on
    body = _BUT_ALSO.sub(lambda m: "," + " " * (len(m.group(0)) - 1), body)
    clause = _WHO_CLAUSE.search(body)  # "…, который, судя по записи, не произнёс ни слова": what he did, no name
    if clause is not None:
        more = _AND_MORE.search(body, clause.end())
        if more is not None:  # "Ши Чжэ, который переводил, и Чжоу Эньлай": the list goes on after the clause
            body = body[: clause.start()] + " " * (more.start() - clause.start()) + body[more.start() :]
        else:
            body = body[: clause.start()]
    # sides and semicolons separate groups; mark them with a semicolon, keeping offsets
    marked = _SIDE.sub(lambda m: ";" + " " * (len(m.group(0)) - 1), body)
    marked = marked.lstrip(" :")
    start = len(body) - len(marked)
    people: list[NameMention] = []
    pos = 0
    for group in marked.split(";"):
        at = start + pos
        pos += len(group) + 1
        stripped = group.strip(" ,:")
        joint = re.match(r"(?:and|и|i|a|dhe)\s+", stripped)
        if joint:  # "… on the Korean side and C on the Soviet side"
            stripped = stripped[joint.end() :]
        if not stripped:
            continue
        lead_ws = group.find(stripped)
        found = parse_participants(stripped, offset + lead.end() + at + lead_ws)
        if not found or any(p.is_organization for p in found):
            return None
        people += found
    return people or None


_INITIALS = re.compile(r"^((?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?)+)")


def same_one(listed: str, head: str) -> bool:
    """Whether a person listed as present is one the record's head already names (by the first
    letters of the surname): not when both carry initials and these differ ("I.A. Menshikov"
    beside "M.A. Menshikov" is a second person); fewer initials that begin the others' are the
    same man written shorter ("P. Iudin" beside "P.F. Iudin")."""
    if listed.split()[-1][:5].lower() != head.split()[-1][:5].lower():
        return False
    a, b = _INITIALS.match(listed), _INITIALS.match(head)
    if a is None or b is None:
        return True
    short, long = sorted((re.sub(r"\s", "", a.group(1)), re.sub(r"\s", "", b.group(1))), key=len)
    return long.startswith(short)


# the same said after the people: "A, the X, and B were also present", "B also took part", "Foreign
# Minister A was also present"; and the one who held the talk for a record that names only the other
# side: "The conversation was conducted by the counsellor, Karel Vaněk."
_PRESENT_AFTER = re.compile(
    r"\s+(?:(?:was|were)\s+(?:also\s+)?present|(?:was|were)\s+also\s+there"
    r"|also\s+(?:took\s+part|attended|participated)|took\s+part\s+as\s+well)\s*[.;]?\s*$",
    re.IGNORECASE,
)
_CONDUCTED_BY = re.compile(
    r"^(?:the\s+)?(?:conversation|talk|talks|meeting|interview)\s+(?:was|were)\s+(?:conducted|held|led)\s+by\s+",
    re.IGNORECASE,
)
# a sentence that opens with another occasion or time: those present were there, not at the talk
_OCCASION_FIRST = re.compile(
    r"(?:at|during|after|before|on|in)\s+(?:the|that|a|an|his|their)\b|(?:that|the\s+same|the\s+next)\s+"
    r"(?:evening|day|night|morning|afternoon)\b|later\b",
    re.IGNORECASE,
)
# "the counsellor, Karel Vaněk": an office in small letters, then the name after a comma
_OFFICE_COMMA_NAME = re.compile(r"^(?:the\s+)?(?P<office>[a-z][^,;]{2,60}?),\s+(?P<name>[A-Z][^,;]{2,60})$")


def read_present_after(text: str, offset: int) -> list[NameMention] | None:
    """The people a sentence names before "were also present" / "also took part", or after "the
    conversation was conducted by"; None unless every part is a person's name."""
    conducted = _CONDUCTED_BY.match(text)
    if conducted:
        body, at = text[conducted.end() :].rstrip(" .;"), offset + conducted.end()
        apposed = _OFFICE_COMMA_NAME.match(body)
        if apposed:
            found = parse_participants(apposed.group("name"), at + apposed.start("name"))
            if not found or len(found) != 1 or found[0].is_organization:
                return None
            return [found[0] if found[0].role else _with_role(found[0], apposed.group("office"))]
    else:
        after = _PRESENT_AFTER.search(text)
        if after is None:
            return None
        body, at = text[: after.start()], offset
    found = _apposed_list(body, at) or parse_participants(body, at)
    if not found or any(p.is_organization or not plainly_person(p) for p in found):
        return None  # "Other members of both Politburos were present": no one named
    if re.match(r"(?:other|several|some|all|both|members|the)\b", body.strip(), re.IGNORECASE):
        return None
    if _OCCASION_FIRST.match(body.strip()) or re.search(r",\s+(?:who|whom|which|whose)\b", body):
        return None  # "At the banquet that evening A and B were also present", "A, B and C, who …, were"
    return found


def _apposed_list(body: str, at: int) -> list[NameMention] | None:
    """ "Zhang Wentian, the Chinese ambassador in Moscow, and Li Kenong, Deputy Foreign Minister,": each
    name with its office after a comma, the pairs joined by "and"."""
    parts = re.split(r",?\s+and\s+", body.rstrip(" ,"))
    if len(parts) < 2:
        return None
    out: list[NameMention] = []
    pos = 0
    for part in parts:
        pos = body.index(part, pos)
        m = re.fullmatch(r"(?P<name>[^,]+),\s+(?:the\s+)?(?P<office>[^,]+)", part)
        if m is None:
            return None
        found = parse_participants(m.group("name"), at + pos)
        if not found or len(found) != 1 or found[0].is_organization or found[0].role:
            return None
        out.append(_with_role(found[0], m.group("office").strip()))
        pos += len(part)
    return out


def _with_role(mention: NameMention, role: str) -> NameMention:
    from dataclasses import replace

    return replace(mention, role=role)
