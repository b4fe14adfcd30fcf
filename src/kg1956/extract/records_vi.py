"""Record heads in Vietnamese, as the Vietnam National Archives title them:

    "Báo cáo của Trần Tử Bình gửi Phạm Văn Đồng, ngày 14 tháng 2 năm 1959" (X's report sent to Y)
    "Thư của Hồ Chí Minh gửi Mao Trạch Đông, ngày 3 tháng 5 năm 1960" (a letter)
    "Điện của Đại sứ Trần Tử Bình gửi Bộ Ngoại giao, …" (a telegram; the ministry says not whose)
    "Biên bản cuộc hội đàm giữa đồng chí Phạm Văn Đồng và đồng chí Chu Ân Lai, …" (the minutes of
    the talks between X and Y); "Biên bản cuộc nói chuyện của X với Y" (X's talk with Y)

"đồng chí" (comrade) is no role; an office before the name ("Thủ tướng", "Đại sứ") is its role.
"""

from __future__ import annotations

import re

from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult, people_until_date, split_top
from kg1956.models import Communication, NameMention, Participant, Span

_KINDS = {"báo cáo": "report", "thư": "letter", "bức thư": "letter", "điện": "telegram", "điện báo": "telegram"}
_MESSAGE = re.compile(
    r"^(?P<kind>báo\s+cáo|bức\s+thư|thư|điện\s+báo|điện)\s+(?P<of>của\s+)?(?=\S)",
    re.IGNORECASE,
)
_TO = re.compile(r"\s+(?:gửi|gởi|cho)\s+")
_TALK = re.compile(
    r"^(?:biên\s+bản|ghi\s+chép|tóm\s+tắt)\s+(?:(?:cuộc|buổi)\s+)?"
    r"(?:hội\s+đàm|nói\s+chuyện|gặp(?:\s+gỡ)?|tiếp|làm\s+việc|trao\s+đổi)\s+"
    r"(?:(?P<between>giữa)\s+|(?P<of>của)\s+)?",
    re.IGNORECASE,
)
_AND = re.compile(r"\s+(?:và|với)\s+")
_WITH = re.compile(r"\s+với\s+")
_ADDRESS = re.compile(r"^(?:đồng\s+chí|ông|bà)\s+", re.IGNORECASE)
_OFFICE = re.compile(
    r"^(?P<role>(?:phó\s+)?(?:thủ\s+tướng|chủ\s+tịch|bộ\s+trưởng|thứ\s+trưởng|đại\s+sứ|tổng\s+bí\s+thư"
    r"|bí\s+thư(?:\s+thứ\s+nhất)?|tham\s+tán|đại\s+biện|tổng\s+thống))\s+(?=\S)",
    re.IGNORECASE,
)
# a ministry, an embassy, the Party's Central Committee, the Politburo: a body that says not whose
_BODY = re.compile(r"^(?:bộ|đại\s+sứ\s+quán|ban|trung\s+ương|bộ\s+chính\s+trị|chính\s+phủ|sứ\s+quán)\b", re.IGNORECASE)
_DATE_WORD = re.compile(r"[\s,]+(?:ngày|ngay)\s*$", re.IGNORECASE)


def _person(text: str, at: int) -> NameMention | None | bool:
    """One person: the office before the name as his role; False for a body that says not whose."""
    lead = len(text) - len(text.lstrip())
    bare = text.strip(" ,")
    at += lead
    address = _ADDRESS.match(bare)
    if address:
        bare, at = bare[address.end() :], at + address.end()
    if _BODY.match(bare):
        return False
    office = _OFFICE.match(bare)
    role = None
    if office:
        role = office.group("role")
        bare, at = bare[office.end() :], at + office.end()
        address = _ADDRESS.match(bare)
        if address:
            bare, at = bare[address.end() :], at + address.end()
    words = bare.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    found = parse_participant(bare, at)
    if found is None or found.is_organization:
        return None
    return NameMention(bare, Span(at, at + len(bare)), role)


def read_vietnamese_record(text: str, offset: int) -> RuleResult | None:
    """A Vietnamese record head (see the module docstring) with its date."""
    m = _TALK.match(text)
    talk = m is not None
    m = m or _MESSAGE.match(text)
    if m is None:
        return None
    cut = people_until_date(text[m.end() :], offset)
    if cut.date is None or cut.date.value is None:
        return None
    body = _DATE_WORD.sub("", cut.body).rstrip(" ,")
    at = offset + m.end()
    if talk:
        split = split_top(body, _AND if m.group("between") else _WITH)
    else:
        split = split_top(body, _TO)
        if split is None and not m.group("of"):
            return None  # neither "của" (of) nor "gửi" (to): "Điện Biên Phủ, ngày 7 tháng 5 năm 1954" is a place
        split = split or (body, 0, "", len(body))
    if split is None:
        return None
    first = _person(split[0], at)
    second = _person(split[2], at + split[3]) if split[2].strip() else False
    if not first or second is None or talk and not second:
        return None
    end = m.end() + cut.end
    if talk:
        parts = (Participant(first, "interlocutor"), Participant(second, "interlocutor"))
        comm = Communication("conversation", cut.date.value, parts, Span(offset, offset + end))
    else:
        parts = (Participant(first, "sender"),) + ((Participant(second, "recipient"),) if second else ())
        kind = _KINDS[re.sub(r"\s+", " ", m.group("kind").lower())]
        comm = Communication(kind, cut.date.value, parts, Span(offset, offset + end))
    return RuleResult(comm, end, cut.more)
