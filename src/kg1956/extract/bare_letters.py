"""A message given by its two ends: "Kim Il Sung to Stalin, 7 March 1950", "Filippov [Stalin] to Mao
Zedong, ciphered telegram, 16 May 1950", a number or a quoted title maybe before them."""

from __future__ import annotations

import re

from kg1956.extract.bodies import is_generic_body
from kg1956.extract.head_grammar import HEAD, MOD_RE, NOUN_RE
from kg1956.extract.head_parties import passed_on_joined
from kg1956.extract.kinds import KINDS
from kg1956.extract.names import parse_participant
from kg1956.extract.participant_lists import parse_participants
from kg1956.extract.parties import DateCut, RuleResult, people_until_date, side
from kg1956.extract.places import is_place
from kg1956.models import Communication, Participant, Span

_TITLE_AFTER_KIND = re.compile(
    r"\s*[“\"„][^”\"“„]{3,300}(?:[”\"“][\s,]*(?:\[[^\[\]]{3,300}\])?\s*,\s*"
    r"|,[”\"“]\s+(?:\[[^\[\]]{3,300}\]\s*,?\s*)?)"  # Chicago style: the comma inside the quotes
)
# a cable's number after the addressee ("tel. no. 74,", "tel, no. 431,"), or after the kind ("cable, no. 5,")
_NUMBERED = re.compile(
    r"(?:(?P<tel>tel|tg)\s*[.,]?\s*)?(?:nos?\.|№|n°|nr\.|(?:nos?|nr)(?=\s))\s*[\w/-]+(?:\s?[–-]\s?\d+)?\s*,\s*",
    re.IGNORECASE,
)
# a day, month and year right after a cable's number: the number is the cable's, not a volume's
_DATE_NEXT = re.compile(r"\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}\b|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\b")
# an issue's date and then its pages: the number before it was a periodical's
_ISSUE_PAGES = re.compile(rf"(?:{_DATE_NEXT.pattern})\s*,\s*pp?\.\s*\d")
_BARE_TO = re.compile(r"\s+(?:to|—>|->|→)\s+")
_HANDED_BY = re.compile(r"\b(?:handed|presented|delivered|submitted|given)(?:\s+over)?\s+by\s", re.IGNORECASE)
_KIND_OF = re.compile(rf"(?:(?:{MOD_RE})\s+)*(?P<kind>{NOUN_RE})\s+(?:of|dated)\s+(?=\d)", re.IGNORECASE)
_KIND_AFTER = re.compile(rf"(?:(?:{MOD_RE})\s+)*(?P<kind>{NOUN_RE})\b[^,;]*?,\s*", re.IGNORECASE)


def _top_level(text: str, rx: re.Pattern[str], limit: int) -> list[re.Match[str]]:
    """Matches of `rx` outside brackets, up to `limit` of them."""
    found = []
    for m in rx.finditer(text):
        if text[: m.start()].count("(") == text[: m.start()].count(")") and text[: m.start()].count("[") == text[
            : m.start()
        ].count("]"):
            found.append(m)
            if len(found) == limit:
                break
    return found


def _joint_senders(text: str, offset: int) -> list | None:
    """ "V.V. Kuznetsov and N.T. Fedorenko to Moscow": two people who signed one message, each
    a name of its own (no role before the "and")."""
    if not re.search(r"\s(?:and|&)\s", text):
        return None
    found = parse_participants(text, offset)
    if not found or len(found) < 2 or any(m.is_organization for m in found):
        return None
    return found


_TITLE_FIRST = re.compile(r"^\s*[“\"][^”\"]{3,200}[”\"]\s*(?:\[[^\[\]]{3,200}\])?\s*,\s*")


# the addressee ends at a comma, at a colon before a quoted title, or right before a day closing the
# head ("Stalin to Zhdanov and A. A. Kuznetsov 4 Oct. 1941.")
_AFTER_ADDRESSEE = re.compile(
    r",\s*|:\s*(?=[“\"„«])"
    r"|\s+(?=\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\s*(?:[.,;]|$))"
)


_KIND_AFTER_DATE = re.compile(
    rf",\s*(?:(?:{MOD_RE})\s+)*(?P<kind>letter|telegram|cable|report|memo(?:randum)?|message|szyfrogram)"
    r"(?:\s+(?:no\.|nr\.?|№)\s*[\w/-]+)?(?=\s*(?:[,;]|\.?\s*$))",
    re.IGNORECASE,
)


def read_bare_letter(text: str, offset: int) -> RuleResult | None:
    """ "Kim Il Sung to Stalin, 7 March 1950"; "Filippov [Stalin] to Mao Zedong, ciphered
    telegram, 16 May 1950"; "Pak Chang-ok to Khrushchev, letter, n.d.": a message given by
    its two ends. The sender may carry a role in brackets or after a comma ("Wang Bingnan,
    Chinese ambassador to Poland, to the Foreign Ministry, cable, …"); an addressee that
    is a capital or an unnamed ministry ("Pecka to Prague", "Chervonenko to MFA") is kept
    unnamed."""
    titled = _TITLE_FIRST.match(text)
    skip = titled.end() if titled else 0  # '"Spravka o …" [Report on …], X to Y, date': the title first
    for to in _top_level(text[:200], _BARE_TO, 3):
        if to.start() <= skip:
            continue
        head = text[skip : to.start()]
        senders = _joint_senders(head, offset + skip) or [parse_participant(head, offset + skip)]
        sender = senders[0]
        if sender is None or HEAD.match(head) or _HANDED_BY.search(head) or re.match(r"\s*from\s", head, re.I):
            continue  # "Cable from the Foreign Ministry to the embassy": a record's head, read elsewhere;
            # "Speech handed by X to …": a paper handed over, read by its own rule or none; "From Lenin to
            # Stalin, …", "power passed from X to Y": a span of time, no sender
        if sender.is_organization and is_generic_body(sender.text):
            continue  # "Ministry of Foreign Affairs to …": a body that says not whose it is; "CPSU CC to
            # KWP CC", "Chinese Embassy in Ulaanbaatar to …": a named body writes
        # the addressee ends at a comma, or at a colon before the record's quoted title ("X to Y: “Report on …”")
        for nth, comma in enumerate(_top_level(text[to.end() : to.end() + 120], _AFTER_ADDRESSEE, 2)):
            b_end = to.end() + comma.start()
            at = to.end() + comma.end()
            if not comma.group().strip(" ") and (
                "," in text[to.end() : b_end] or any("," in m.text for m in senders if m is not None)
            ):
                break  # "X to Y 4 Oct. 1941" with no comma: only between two plain ends, never a list
            if re.match(r"to\s", text[at:]):
                break  # "Wang Bingnan, Chinese ambassador to Poland, to …": the role's "to", not the address
            # "to V.V. Kuznetsov for transmission to Mao Zedong": the go-between and the one it is for
            recipient = side(passed_on_joined(text[to.end() : b_end]), offset + to.end())
            if recipient is None:
                continue
            if comma.group().startswith(":"):
                quoted = _TITLE_AFTER_KIND.match(text, at)
                if quoted is None:
                    continue
                at = quoted.end()  # 'X to Y: "Report on …" […], date': the record's title after the colon
            kind = "letter"
            dated_kind = _KIND_OF.match(text, at)
            k = _KIND_AFTER.match(text, at)
            if dated_kind:  # "telegram of 25 October 1958 on the return of …": the date, then the subject
                kind, at = KINDS.get(dated_kind.group("kind").lower(), "letter"), dated_kind.end()
            elif k:
                kind, at = KINDS.get(k.group("kind").lower(), "letter"), k.end()
            titled = _TITLE_AFTER_KIND.match(text, at) if (k or dated_kind) else None
            if titled:  # "…, report, "O politicheskom polozhenii v MNR" [On …], 19 November 1958"
                at = titled.end()
            numbered = _NUMBERED.match(text, at)
            if numbered and not (numbered.group("tel") or k) and (nth or _ISSUE_PAGES.match(text, numbered.end())):
                # "Zhou Enlai to Nehru, Peking Review, no. 5, 3 February 1959, pp. 6–9": a periodical's issue
                # after the addressee, whose date is the issue's; a cable's bare number follows the addressee
                continue
            if numbered and (numbered.group("tel") or k or _DATE_NEXT.match(text, numbered.end())):
                # "tel. no. 74, 5 February 1968"; "tel, no. 431, …"; "X to Warsaw, no. 9174, 27 August 1963"
                kind = "telegram" if numbered.group("tel") else kind
                at = numbered.end()
            cut = people_until_date(text[at:], offset)
            if dated_kind and cut.date is not None and not cut.body.strip(" ,"):
                cut = DateCut("", cut.date, cut.more, cut.end)
            elif dated_kind:
                continue
            if cut.date is None or (cut.body.strip(" ,") and not ((k or numbered) and is_place(cut.body.strip(" ,")))):
                continue  # (after its kind or number a cable may give where it was sent from: "…, Hanoi, 26 December")
            parts = [*(Participant(m, "sender") for m in senders), *(Participant(m, "recipient") for m in recipient[0])]
            end = at + cut.end
            named_after = _KIND_AFTER_DATE.match(text, end) if not (k or dated_kind) else None
            if named_after:  # "Rapacki to Michałowski, 5 January 1966, telegram, ibid., k. 232": the kind last
                kind, end = KINDS.get(re.sub(r"\s+", "", named_after.group("kind").lower()), kind), named_after.end()
            comm = Communication(kind, cut.date.value, tuple(parts), Span(offset, offset + end), tuple(recipient[1]))
            return RuleResult(comm, end, cut.more)
    return None
