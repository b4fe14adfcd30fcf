"""Readers for what follows a record in the same sentence or note, beyond its call number:
a second record joined by "and", the note-taker of a conversation between others, and a
conversation told in the author's prose with its record in brackets (see `told`).

`FollowUpReaders` is mixed into the note reader of `citations`; its methods use that
reader's state (the citation being built, `start`, `read_clause`, `remainder`,
`read_locator`) and return True when they claimed the clause.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.bodies import is_press
from kg1956.extract.communications import first_rule, read_conversation, read_diary
from kg1956.extract.dates import find_dates
from kg1956.extract.kinds import MODIFIERS
from kg1956.extract.locators import find_repository, parse_locator
from kg1956.extract.names import parse_person
from kg1956.extract.next_talk_en import BARE_LEAVES
from kg1956.extract.reported import read_reported, surname
from kg1956.extract.roles import reads_as_office
from kg1956.extract.told import read_told
from kg1956.models import Communication, DateValue, Fragment, NameMention, Participant, Span
from kg1956.romanize import fold

# "(Record of conversation, AVPRF, …)", "(Yudin's record of the conversation, July 22, 1958, AVPRF …)",
# "(record in PRC FMA …)": a record named without its parties, after prose that names them
_RECORD_LEAD = re.compile(
    r"[„\"“‘']?(?:[^,()\[\]]{2,60}?[’']s\s+|(?:his|her|their)\s+)?(?:the\s+)?(?:(?:Chinese|Soviet|Polish|Russian|Hungarian|Czechoslovak|East\s+German|Romanian|Bulgarian|Korean|Vietnamese|Mongolian|Albanian|Yugoslav|American|British)\s+)?"
    # the German record nouns too: "(Niederschrift, PA AA, …)", "(„Vermerk über das Gespräch vom 3.3.1966“, …)"
    r"(?:record|minutes|notes|memorandum|memo|transcript|report|Niederschrift|(?:Akten|Gesprächs)?[Vv]ermerk|Aktennotiz|Protokoll)"
    r"(?:\s+of\s+(?:the\s+|this\s+|that\s+|a\s+)?(?:conversation|talk|talks|meeting))?(?:\s+(?:in|at))?[\s,:]*"
    # a cable named by its number and where it came from: "(szyfrogram nr 1310 z Hanoi, 4 February 1959, AMSZ, …)"
    r"|(?:szyfrogram|cable|telegram|ciphered\s+telegram)(?:\s+(?:nr|no\.?)\s*[\w/-]+)?(?:\s+(?:z|from)\s+[A-Z][\w-]+)?[\s,:]*"
    r"|запись\s+(?:беседы|разговора)[\s,:]*"  # "[запись беседы: АВП РФ. …]"
    r"|бесед[аы]\s+(?=\d)"  # "(беседа 2 сентября 1964 г.: MFMA, …)": the talk and its day, then the call number
    # "(стенограмма совещания 23 марта 1968 г.: РГАНИ …)": a meeting's or talks' record and its day (not a
    # plenum's or a presidium's "заседания", where a speech is no talk of two)
    r"|(?:запись|стенограмма|протокол)\s+(?:совещания|переговоров|встречи)\s+(?:от\s+)?(?=\d)",
    re.IGNORECASE,
)


# what a record's copy is remarked with after its recorder's name ("…, not signed", "…, copy to …")
_COPY_REMARKS = frozenset(
    "not unsigned signed copy copies draft original typescript handwritten excerpt undated dated see cf".split()
)


def _recorders_office(words: str) -> bool:
    """The words after a recorder's comma as his office (`reads_as_office`), never a remark on the
    copy ("not signed", "copy to the … Department")."""
    return reads_as_office(words) and not any(t in _COPY_REMARKS for t in re.findall(r"[^\W\d_]+", words.lower()))


def _starts_with_call_number(text: str) -> bool:
    loc = parse_locator(text, 0)
    return loc is not None and not text[: loc.span.start].strip(" ,.;:")


# a published translation of the record just cited ("translated in CWIHP Bulletin, no. 6–7")
_TRANSLATED_IN = re.compile(r"(?:(?:partly|partially|fully)\s+)?(?:translated|published|reprinted)\s+in\s", re.I)
_RECORDED_BY = re.compile(
    r"(?:r\.\s+)?\(?\s*(?:(?i:recorded|record|written\s+down|taken\s+down|notes\s+taken)\s+by|"
    # "The record was kept by X, Molotov's interpreter.", "The minutes were taken by X"
    r"(?i:the\s+(?:record|minutes|notes)\s+(?:was|were)\s+(?:kept|made|taken|written(?:\s+up)?)\s+by)|(?i:aufgezeichnet|niedergeschrieben)\s+von|(?i:записал[аи]?|zapisal[ai]?|zapsal[ai]?|zaznamenal[ai]?|запись\s+в[её]л[аи]?|zapis['’ʹ]?\s+vel[ai]?|notował[aiy]?|notowali))\s+"
    r"(?P<x>[^()\[\];]+?(?:\s*[(\[][^()\[\]]*[)\]])?)(?:\)|(?<![A-ZА-ЯЁ])(?=\s*[;.]\s)|(?=\s*[;.]?$)|(?=,\s*(?:[A-Z]{3,}|[A-Z]{2,}\s[A-Z]{2,}\b|[A-Z][a-z]*[A-Z]\w*\b|[A-Z]{1,3}\s?\d|in\s)))"
)


# news agencies, in whatever case they are written after "recorded by" ("Tass, Havana bureau"): no
# note-taker, though some read as surnames elsewhere ("Pap")
_AGENCIES = frozenset(
    "tass tacc тасс xinhua hsinhua vna antara adn ctk čtk pap mti bta kcna agerpres ata tanjug reuters upi ap afp"
    " dpa apn novosti".split()
)


def _agency(text: str, after: str = "") -> bool:
    """A news agency or paper recorded it, not a man ("Tass, Havana bureau", "Xinhua")."""
    low = fold(text.strip(" ,.;:")).lower()
    return (
        low in _AGENCIES
        or is_press(text)
        or re.search(r"\b(?:bureau|agency|correspondents?|news|press|radio|newspaper)\b", after, re.IGNORECASE)
        is not None
    )


def _listed_takers(x: str, at: int) -> list[NameMention] | None:
    """ "Counsellor Privalov and Attaché Moiseev": two note-takers, each with his own title; None when
    the words before the first comma are no list of people, [] when a part names no one."""
    head = x.split(",", 1)[0]
    parts = re.split(r"\s+and\s+(?=[A-ZА-ЯЁ])", head)
    if len(parts) < 2:
        return None
    takers, pos = [], 0
    for part in parts:
        pos = x.index(part, pos)
        one = parse_person(part, at + pos)
        if one is None or one.is_organization or _agency(one.text) or _LOCATOR_KEY.fullmatch(one.text):
            return []
        takers.append(one)
        pos += len(part)
    return takers


# a key of a call number, never a note-taker's name ("Bl. 3–7", "l. 5", "k. 12", "S. 4")
_LOCATOR_KEY = re.compile(r"(?:Bl|Bll|S|ll?|k|f|d|p|pp|op|L|Л|Лл|Д|Ф)\.?")


def _same_surname(a: str, b: str) -> bool:
    return a.split()[-1].lower()[:5] == b.split()[-1].lower()[:5]


_REPLIED_KINDS = frozenset({"letter", "telegram", "memo", "report"})


def _surname_key(name: str) -> str:
    """A name's last word, folded ("Phạm Văn Đồng" and "Pham Van Dong" are one man's)."""
    words = name.split()
    return fold(words[-1]).lower().replace("đ", "d").replace("ð", "d") if words else ""


def _answers(writer: str, previous: Communication | None) -> bool:
    """Whether "X's reply" may answer `previous`: a message addressed to X (his surname one of its
    recipients'), not written by him ("Letter from Nasser to Khrushchev …; and Nasser's reply" is no reply
    to himself)."""
    if previous is None or previous.kind not in _REPLIED_KINDS or not writer.split():
        return False
    last = _surname_key(writer)
    names = [(p.function, _surname_key(p.mention.text)) for p in previous.participants]
    return any(f == "recipient" and n == last for f, n in names) and not any(
        f == "sender" and n == last for f, n in names
    )


# (a reply also comes "with" the message it answers: "…, l. 19, with Nehru's reply of 5 May, ibid.")
_POSSESSIVE_REPLY = (
    r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'-]*[’']s\s+"
    rf"(?:(?:{'|'.join(re.escape(w) for w in MODIFIERS)})\s+)?(?:reply|answer|response)\b"
)
_AND_NEXT = re.compile(
    rf"(?:and|as\s+well\s+as|(?:together\s+|along\s+)?with(?=\s+{_POSSESSIVE_REPLY}))\s+(?=\S)", re.IGNORECASE
)
# "…; Nehru's reply by letter of 14 August, file 78": a reply after a semicolon, without "and"; a word of
# manner before the noun ("Nehru's approving reply", "Mao's curt answer")
_OWN_REPLY = re.compile(rf"(?={_POSSESSIVE_REPLY})")


_THEIR_NEXT = re.compile(
    r"(?:the\s+)?(?:memorandum|memo|record|minutes|notes|transcript)\s+of\s+their\s+"
    r"(?:(?:second|third|fourth|next|further|following|later|last|final)\s+)?(?:conversation|talk|meeting)s?"
    r"(?:\s*,\s*|\s+(?:of|on)\s+)",
    re.IGNORECASE,
)


# "…, forwarded with a covering letter from A to B, 18 April 1961": the letter that carried the record
_COVERING = re.compile(
    r"(?<![^\s,])(?:(?:(?:and\s+)?(?:forwarded|sent|transmitted|passed\s+on)(?:\s+to\s+[^,;]{2,40}?)?\s+)?(?:with|under)"
    r"\s+(?:a\s+|the\s+|his\s+)?|and\s+(?:the|a|his)\s+)"  # "…, and the cover note by X, date, ibid., l. 149"
    r"cover(?:ing)?\s+(?P<kind>letter|note|memo(?:randum)?)\s+(?=(?:from|by)\s)",
    re.IGNORECASE,
)


# "…, 14 January 1963, enclosed in Goburdhun to Desai, 16 January 1963": the message that carried the record
_ENCLOSED_IN = re.compile(r"(?<![^\s,])(?:enclosed|included)\s+(?:in|with)\s+(?=[A-Z])")
# a day and month after a covering note's writer, the year left to the record it covers: "of 6 July"
_DAY_OF = re.compile(r"\s+of\s+(?P<day>\d{1,2}\s+[A-Z][a-z]+)(?=\s*[,;.)]|\s*$)")


# the colon after which an author's sentence gives the record it rests on
_COLON_CITES = re.compile(r":\s+(?=[A-Z])")
# what makes the words before that colon the author's sentence: a clause it reports
_PROSE_CLAUSE = re.compile(r"\s(?:that|whether)\s")
# a day and month after a message's parties, with no year: ", 25 January,"
_DAY_AFTER_PARTIES = re.compile(
    r",\s*(?P<day>\d{1,2}\s+[A-Z][a-z]+)(?=\s*[,;.)]|\s*$)"
    # "… and Le Duan's reply of 19 February are in RGANI, …": the day after "of", then the verb
    # ("Nasser's reply, dated 19 March, ibid."; "… of 19 March is ibid., pp. 5–7")
    r"|(?<=[a-z])(?:\s+of|,\s+dated)\s+(?P<of_day>\d{1,2}\s+[A-Z][a-z]+)(?=\s+(?:are|is|were|was)\s+(?:both\s+)?in\b"
    r"|,?\s+(?:is|are)\s+ibid\b"
    # "and Krishna Menon's reply of 2 November, ibid., file 1/28", "…'s answer of 3 May, p. 24": the
    # call number of the same file follows at once
    r"|,\s*(?:ibid\b|idem\b|(?:pp?|ll?|ff?|k|Bl|S|fol|fols)\.\s*\d|file\s+(?:no\.\s*)?\d)"
    # "… and Nehru's reply of 5 November: RGANI, …", "…'s answer of 3 May, AVPRF, f. 06, …": the call number
    # of both, after a colon, or the reply's own, an archive's initials first
    r"|\s*:\s+(?=[A-Z])|,\s+(?=[A-Z][A-Za-z]*[A-Z][\w-]*\s*,))"
)


class FollowUpReaders:
    """Readers of the clauses that follow a record (mixed into the note reader)."""

    def read_covering(self, text: str, off: int) -> bool:
        """ "Informacija izvora … [Information …], 14 April 1961, forwarded with a covering letter
        from A. Ranković to J. B. Tito, 18 April 1961, AJ, …": the covering letter is a record
        of its own, cited in the same note."""
        m = _COVERING.search(text) or _ENCLOSED_IN.search(text)
        if m is None or (m.start() and not re.search(r",\s*$", text[: m.start()])):
            return False
        if m.start() and first_rule(text[: m.start()], off) is not None:
            return False  # the record forwarded is read first; the letter is read from what remains
        before = text[: m.start()].rstrip(" ,")
        if before and _starts_with_call_number(before):
            # "…, AVPRF, f. 0100, op. 51, d. 5, ll. 1–9, enclosed in X to Y, date, ibid., ll. 10–11": the
            # record's call number first, then the enclosing message from its own words
            loc = parse_locator(before, off)
            if loc is None or before[loc.span.end - off :].strip(" ,.;:") or self.current is None:
                return False
            self.read_locator(before, off)
            self.read_clause(text[m.start() :], off + m.start())
            return True
        kind = m.groupdict().get("kind") or ""
        head = kind[:1].upper() + kind[1:] + " " if kind else ""  # "enclosed in X to Y, date": the message itself
        rest, shift = text[m.end() :], 0
        day = _DAY_OF.search(rest)
        dated = next((c.date for c in reversed(self.current.communications) if c.date), None) if self.current else None
        if day is not None and dated is not None and not m.start():
            # "…, 4 July 1960, with a covering note by Ambassador X of 6 July": the record's year (the
            # next one when the day and month come before the record's: "30 December 1960, … of 2 January")
            written = f", {day.group('day')} {year_not_before(day.group('day'), dated)}"
            rest, shift = rest[: day.start()] + written + rest[day.end() :], len(written) - (day.end() - day.start())
        found = first_rule(head + rest, off + m.end() - len(head))
        if found is None or found.communication.date is None or found.communication.kind == "conversation":
            return False
        consumed = found.consumed - len(head)
        comm = found.communication
        if day is not None and shift:
            spliced = off + m.end() + day.start()  # where the written date stands, in the note
            length, origin = len(written), day.end() - day.start()

            def back(at: int) -> int:  # a position in the rewritten text, in the note's text
                return at if at <= spliced else at - shift if at >= spliced + length else spliced + origin

            comm = _moved(comm, back)
            consumed = back(off + m.end() + consumed) - off - m.end()
        draft = self.start(Span(off, off + m.end() + consumed), title=text[: m.end() + consumed].strip(" ,."))
        draft.communications.append(comm)
        self.remainder(text, off, m.end() + consumed)
        return True

    def read_and_next(self, text: str, off: int) -> bool:
        """A second record joined by "and": "…, 13 August 1964, and Conversation between X and Y,
        5 October 1964, in …"; "and the reply of the CPSU CC to the CCP CC, 31 May 1962"; after a
        semicolon, "; and between X and Y, 8 April 1965, ibid., 85" (a record of the kind cited
        before). Taken only when what follows "and" reads as a record by itself."""
        if _OWN_REPLY.match(text):
            return self._reply_in_year(text, off)
        m = _AND_NEXT.match(text)
        if m is None:
            return False
        rest, at = text[m.end() :], off + m.end()
        recorded = next((d for d in reversed(self.citations) if d.communications), None)
        previous = recorded.communications[-1] if recorded is not None else None
        theirs = _THEIR_NEXT.match(rest)
        near = recorded is not None and recorded in self.citations[-2:]  # the record, or the volume it is in
        if theirs and previous is not None and near and previous.kind == "conversation":
            dated = find_dates(rest[theirs.end() :])
            if dated and dated[0].span.start == 0 and dated[0].value is not None:
                # "…; and memorandum of their second conversation, June 5, 1951, ibid., 507–511": the same people
                end = theirs.end() + dated[0].span.end
                draft = self.start(Span(at, at + end), title=rest[:end])
                draft.communications.append(replace(previous, date=dated[0].value, span=Span(at, at + end)))
                self.remainder(rest, at, end)
                return True
        if first_rule(rest, at) is not None:
            article = re.match(r"(?:the|a|his|her|their)\s+", rest, re.IGNORECASE)
            skip = article.end() if article else 0
            self.read_clause(rest[skip:], at + skip)
            return True
        if previous is not None and previous.date is not None and self._next_in_year(rest, at, previous.date, previous):
            return True
        recorded = next((d for d in reversed(self.citations) if d.communications), None)
        previous = recorded.communications[-1] if recorded is not None else None
        dated = find_dates(rest)
        if (
            previous is not None
            and recorded is self.current
            and dated
            and dated[0].span.start == 0
            and dated[0].value is not None
            and rest[dated[0].span.end :].lstrip().startswith("(")
        ):  # "Molotov's reports of 12.XII.1958 (AVPRF, …) and 20.I.1959 (ibid., ll. 51–58)": one more of the same
            end = dated[0].span.end
            draft = self.start(Span(at, at + end), title=rest[:end])
            draft.communications.append(replace(previous, date=dated[0].value, span=Span(at, at + end)))
            self.remainder(rest, at, end)
            return True
        if previous is None or previous.kind != "conversation" or not re.match(r"between\s", rest, re.IGNORECASE):
            return False
        found = read_conversation("Conversation " + rest, at - len("Conversation "))
        if found is None or found.communication.date is None:
            return False
        consumed = found.consumed - len("Conversation ")
        draft = self.start(Span(at, at + consumed), title=rest[:consumed].strip(" ,."))
        draft.communications.append(found.communication)
        draft.communications.extend(replace(found.communication, date=d) for d in found.more_dates)
        self.remainder(rest, at, consumed)
        return True

    def _reply_in_year(self, text: str, off: int) -> bool:
        """ "…, file 77; Nehru's reply by letter of 14 August, ibid., file 78": a reply after a semicolon,
        dated in the year of the message before it and addressed to that message's writer."""
        recorded = next((d for d in reversed(self.citations) if d.communications), None)
        previous = recorded.communications[-1] if recorded is not None else None
        if previous is None or previous.date is None or recorded is not self.current:
            return False
        return self._next_in_year(text, off, previous.date, previous)

    def read_recorded_by(self, text: str, off: int) -> bool:
        """ "…, 19 September 1956; recorded by S.N. Filatov, first secretary of the embassy";
        "Записал Н.Н. Солодовник, референт Отдела ЦК КПСС"; "zapisal A.N. Pasiutin, …"; Czech "zapsal Jiří
        Holub, tlumočník";
        "(recorded by O.B. Rakhmanin, counsellor of the embassy)"; "Recorded by I.N. Rogachev
        (first secretary of the embassy).": who wrote down a conversation between others. The
        role is attested; the note-taker is no participant (a conversation whose head names
        one side only takes its recorder from "notes by X" in `records_en`)."""
        m = _RECORDED_BY.match(text)
        cur = self._record_before_translations()
        if m is None or cur is None or not cur.communications:
            return False
        comm = cur.communications[-1]
        if comm.kind != "conversation" or len(comm.participants) + len(comm.unnamed) < 2:
            return False  # a side named only by its role still makes the conversation one between others
        listed = _listed_takers(m.group("x"), off + m.start("x"))
        if listed is not None:
            return self._add_takers(cur, comm, listed, text, off, m.end())
        taker = parse_person(m.group("x"), off + m.start("x"))
        head, comma, office = m.group("x").partition(",")
        if _agency(head, office):
            return False  # "(recorded by Tass, Havana bureau)": a news agency, no note-taker
        if comma and taker is not None and taker.span.start >= off + m.start("x") + len(head):
            # "Genossin Schönfeld, Leiterin der Abteilung": the name before the comma, his office after it
            first = parse_person(head, off + m.start("x"))
            if first is not None and not first.is_organization:
                taker = replace(first, role=office.strip() or first.role)
        if taker is None or taker.is_organization or _LOCATOR_KEY.fullmatch(taker.text):
            return False
        if (
            comma
            and taker.role is None
            and taker.text == head.strip()
            and office.strip()[:1].islower()
            and _recorders_office(office)
        ):
            # "notował Józef Winiewicz, wiceminister": his office; "…, not signed", "…, copy to the
            # Far Eastern Department" are remarks on the copy, no office
            taker = replace(taker, role=office.strip())
        # a call number is no office; an ordinal is part of one ("переводчик штаба 25-й армии")
        bare_role = re.sub(r"\d+-(?:й|я|е|го|му|м|ой|ая|ого)\b", "", taker.role or "")
        if taker.role and (re.search(r"\d", bare_role) or find_repository(taker.role) is not None):
            taker = replace(taker, role=None)
        return self._add_takers(cur, comm, [taker], text, off, m.end())

    def _add_takers(self, cur, comm: Communication, takers: list[NameMention], text: str, off: int, end: int) -> bool:
        """Add the note-takers to the conversations just read, unless one is a party to the talk."""
        if not takers or any(_same_surname(t.text, p.mention.text) for t in takers for p in comm.participants):
            return False
        cur.communications = [
            replace(c, note_takers=(*c.note_takers, *takers)) if c.kind == "conversation" else c
            for c in cur.communications
        ]
        cur.extend(off + end)
        self.remainder(text, off, end)
        return True

    def _record_before_translations(self):
        """The citation a following "Recorded by X" belongs to: the current one, or the record
        before it when only a published translation was cited since ("…, ll. 21–28; translated in
        CWIHP Bulletin, no. 6–7, 5–7. Recorded by N.T. Fedorenko, interpreter.")."""
        cur = self.current
        if cur is None or cur.communications:
            return cur
        for i in range(len(self.citations) - 1, -1, -1):
            if self.citations[i].communications:
                later = self.citations[i + 1 :]
                if later and all(_TRANSLATED_IN.match(d.title or "") and not d.locators for d in later):
                    return self.citations[i]
                if (
                    len(later) == 1
                    and later[0] is cur
                    and cur.locators
                    and re.match(r"[‘'\"“„«]", cur.title or "")
                    and self.citations[i].span.end >= cur.span.start - 40
                ):
                    # "… (record of conversation, 'Zapis' besedy s …', AVPRF, …; recorded by X, attaché)": the
                    # record's title quoted in its own language and its call number, read apart from it
                    return self.citations[i]
                return cur
        return cur

    def _next_in_year(self, rest: str, at: int, before: DateValue, previous: Communication | None = None) -> bool:
        """ "…, 24 January 1953, and Ignat'ev to Molotov, 25 January, …": a second message whose
        day and month follow its parties, in the year of the record before (the next year when its
        day and month come earlier: "28 December 1956, and X to Y, 5 January"). True when read."""
        day = _DAY_AFTER_PARTIES.search(rest, 0, 160)
        if day is None or find_dates(rest[: day.start()]):
            return False
        key = "day" if day.group("day") else "of_day"
        year = year_not_before(day.group(key), before)
        if not _plausibly_after(day.group(key), year, before):
            return False  # "letter of 2 March 1968 and the reply of 1 March": a slip, or a reply to another letter
        written = f"{day.group(key)} {year}"
        # (after "of": the message is the words before its day, whatever verb follows)
        tail = "" if key == "of_day" else rest[day.end() :]
        found = first_rule(rest[: day.start(key)] + written + tail, at)
        end = day.end()
        if found is None or found.communication.date is None or found.consumed != day.start(key) + len(written):
            return False
        comm = found.communication
        writers = [p for p in previous.participants if p.function == "sender"] if previous is not None else []
        if (
            key == "of_day"
            and re.search(r"\b(?:reply|answer)\b", rest[: day.start()], re.IGNORECASE)
            and [p.function for p in comm.participants] == ["sender"]
        ):  # "X's letter to Y of 5 February 1966 and Y's reply of 19 February": addressed back to X
            if not _answers(comm.participants[0].mention.text, previous):
                return False  # "Menon's answer of 9 July" to a letter to Nehru; "Mao's reply of 2 April" after a talk
            if len(writers) == 1:
                # (the office the first letter gave him is attested by that letter, not by the reply)
                addressee = replace(writers[0].mention, role=None)
                comm = replace(comm, participants=(*comm.participants, Participant(addressee, "recipient")))
        title = rest[:end]
        if key == "of_day":  # "and Le Duan's reply of 19 February are in RGANI, …": the reply is the title,
            title = re.sub(r"^(?:and|,)\s+", "", title.strip())  # its call number follows the verb
            verb = re.match(r"\s+(?:are|is|were|was)\s+(?:both\s+)?in\b", rest[end:])
            end += verb.end() if verb else 0
        draft = self.start(Span(at, at + end), title=title)
        draft.communications.append(replace(comm, span=Span(at, at + day.end())))
        leaves = BARE_LEAVES.fullmatch(rest, end)
        if key == "of_day" and leaves is not None:
            # "…, p. 22, and Dutt's reply by cable of 20 May, p. 24.": a leaf of the file just cited
            draft.locator_ibid = leaves.group("pages")
            draft.extend(at + leaves.end("pages"))
            return True
        self.remainder(rest, at, end)
        return True

    def read_after_colon(self, text: str, off: int) -> bool:
        """ "Stalin's reply of 8 July insisted that the Chinese … should lead: Feng Si to Mao, 8 July
        1951, APRF, …": the author's sentence, then after its colon the record it cites, dated and
        followed by its call number. The sentence (no call number, no dated record of its own) is prose."""
        colon = _COLON_CITES.search(text)
        if colon is None:
            return False
        before, rest, at = text[: colon.start()], text[colon.end() :], off + colon.end()
        if not _PROSE_CLAUSE.search(before) or find_repository(before) or any(d.value for d in find_dates(before)):
            return False  # (a record's head before a colon, "X's conversation with Y: <title>", is read as one)
        found = first_rule(rest, at)
        if found is None or found.communication.date is None or found.communication.date.precision != "day":
            return False
        if parse_locator(rest[found.consumed :].strip(" ,;"), 0) is None:
            return False
        self.fragments.append(Fragment(before.strip(), Span(off, off + colon.start()), "prose"))
        self.read_clause(rest, at)
        return True

    def read_reported(self, text: str, off: int) -> bool:
        """A talk the prose says its participants reported, with their message in brackets (see
        `reported`): the talk, then the bracket read as the message's citation; the office the
        prose sets beside a reporter is given to him as the message's sender."""
        found = read_reported(text, off)
        if found is None:
            return False
        at = off + found.inner_at
        rule = first_rule(found.inner, at)
        if rule is None and found.message is not None and _starts_with_call_number(found.inner):
            # "X reported a talk with Y on D in cipher telegram no. N of D2 (AMSZ, …)": the talk, the
            # message the prose names, and the call number of that message
            self.fragments.append(Fragment(text[: found.inner_at - 1].strip(), Span(off, at - 1), "prose"))
            self.start(found.talk.span).communications.extend((found.talk, found.message))
            self.read_locator(found.inner, at)
            self.remainder(text, off, found.inner_end)
            return True
        names = {surname(r): r for r in found.reporters}
        if rule is None or not any(
            p.function == "sender" and surname(p.mention) in names for p in rule.communication.participants
        ):
            return False
        self.fragments.append(Fragment(text[: found.inner_at - 1].strip(), Span(off, at - 1), "prose"))
        self.start(found.talk.span).communications.append(found.talk)
        self.read_clause(found.inner, at)
        for i, read in enumerate(self.current.communications if self.current is not None else ()):
            if read.span != rule.communication.span:
                continue
            people = []
            for p in read.participants:
                reporter = names.get(surname(p.mention)) if p.function == "sender" else None
                if reporter is not None and reporter.role and not p.mention.role:
                    p = replace(p, mention=replace(p.mention, role=reporter.role))
                people.append(p)
            self.current.communications[i] = replace(read, participants=tuple(people))
        self.remainder(text, off, found.inner_end)
        return True

    def read_told(self, text: str, off: int) -> bool:
        """A conversation told in prose with its record in brackets (see `told`): the
        conversation, then the bracket read as the citation of that record, or as a record
        of its own when it names its parties ("(Pecka to Prague, telegram, 25.9.1956, …)")."""
        told = read_told(text, off)
        if told is None:
            return False
        comm, inner, at = told.communication, told.inner, off + told.inner_at
        found = first_rule(inner, at)
        if found is not None:
            record = found.communication
            if comm.date is None and record.kind == "conversation" and record.date is not None:
                joined = _told_record(comm, record, text, off)
                if joined is not None:  # "Giáp told V.M. Nikolaev, … (record of conversation with Vo Nguyen Giap, …)"
                    self.fragments.append(Fragment(text[: told.inner_at - 1].strip(), Span(off, at - 1), "prose"))
                    self.read_clause(inner, at)
                    for i, read in enumerate(self.current.communications if self.current is not None else ()):
                        if read.span == record.span:
                            self.current.communications[i] = replace(read, participants=joined.participants)
                    self.remainder(text, off, told.inner_end)
                    return True
            if comm.date is not None and record.kind == "conversation" and record.date is None:
                # 'Zhou Enlai told X and Y on 23 August 1966 that … ("Conversation between Zhou Enlai, X and
                # Y", PRC FMA …)': the bracket is the told talk's own record, undated, and the prose dates it
                self.fragments.append(Fragment(text[: told.inner_at - 1].strip(), Span(off, at - 1), "prose"))
                self.read_clause(inner, at)
                for i, read in enumerate(self.current.communications if self.current is not None else ()):
                    if read.span == record.span and read.date is None:
                        self.current.communications[i] = replace(read, date=comm.date)
                self.remainder(text, off, told.inner_end)
                return True
            if comm.date is None or (record.kind == "conversation" and record.date in (None, comm.date)):
                return False  # the bracket is the told conversation's own record, or dates nothing told
            self.fragments.append(Fragment(text[: told.inner_at - 1].strip(), Span(off, at - 1), "prose"))
            self.start(comm.span).communications.extend((comm, *told.more))
            self.read_clause(inner, at)
            self.remainder(text, off, told.inner_end)
            return True
        diary = read_diary(inner, at)
        rest_at = diary.consumed if diary is not None else 0
        fallback = next((e.date for e in diary.entries if e.date), None) if diary is not None else None
        if diary is None:
            lead = _RECORD_LEAD.match(inner)
            if lead is None and comm.date is not None and _starts_with_call_number(inner):
                lead = re.match(r"", inner)  # "(AVPRF, f. 0102, …)": the call number alone
            if lead is None:
                return False
            rest_at = lead.end()
            dated = find_dates(inner[rest_at : rest_at + 30])
            if dated and dated[0].value is not None and not inner[rest_at : rest_at + dated[0].span.start].strip():
                fallback = dated[0].value
                rest_at += dated[0].span.end
        if comm.date is None and fallback is None:
            return False
        comm = comm if comm.date is not None else replace(comm, date=fallback)
        rest = inner[rest_at:].strip(" ,.;:")
        at_rest = at + inner.find(rest, rest_at) if rest else at + len(inner)
        if rest and parse_locator(rest, at_rest) is None:
            return False
        self.fragments.append(Fragment(text[: told.inner_at - 1].strip(), Span(off, at - 1), "prose"))
        draft = self.start(Span(comm.span.start, off + told.inner_end))
        draft.communications.extend((comm, *told.more))  # (and the same parties' talks dated after it)
        if rest:
            self.read_locator(rest, at_rest)
        self.remainder(text, off, told.inner_end)
        return True


def _plausibly_after(day: str, year: int, before: DateValue) -> bool:
    """A day and month without a year read as following a dated record: in the record's year, or in
    the next only when it falls within half a year of it ("28 December" → "19 February"). A day
    earlier in the same month, or most of a year later, is more likely a slip than a reply."""
    dated = find_dates(f"{day} {year}")
    value = dated[0].value if dated else None
    if value is None or value.precision != "day" or before.precision != "day" or year == int(before.iso[:4]):
        return True
    from datetime import date

    return 0 < (date.fromisoformat(value.iso) - date.fromisoformat(before.iso)).days <= 183


def year_not_before(day: str, before: DateValue) -> int:
    """The year of a day and month written without one ("6 July", "2 January") that follows a
    dated record: the record's year, or the next when the day would then come before the record."""
    year = int(before.iso[:4])
    dated = find_dates(f"{day} {year}")
    if dated and dated[0].value is not None and dated[0].value.iso < before.iso[: len(dated[0].value.iso)]:
        return year + 1
    return year


def _moved(comm: Communication, back) -> Communication:
    """A communication read from a rewritten text, its spans put back where the note has them."""

    def mention(x: NameMention) -> NameMention:
        return replace(x, span=Span(back(x.span.start), back(x.span.end)))

    return replace(
        comm,
        span=Span(back(comm.span.start), back(comm.span.end)),
        participants=tuple(replace(p, mention=mention(p.mention)) for p in comm.participants),
        note_takers=tuple(mention(x) for x in comm.note_takers),
    )


def _last_word(mention: NameMention) -> str:
    return fold(mention.text.split()[-1]) if mention.text.split() else ""


def _told_record(told: Communication, record: Communication, text: str, off: int) -> Communication | None:
    """The record in brackets of a conversation the prose tells ("Giáp told V.M. Nikolaev, the
    Soviet military attaché, that … (record of conversation with Vo Nguyen Giap, 21 November
    1956, …)"), when it names fewer of its parties: every party it names is one the prose names
    (the same last word: "Giáp", "Vo Nguyen Giap"), and the prose's others (with the role set
    off by commas after the name) are the record's too. None when the two do not agree so."""
    named = [p for p in record.participants if not p.mention.is_organization]
    if not named or len(named) != len(record.participants):
        return None
    told_words = {_last_word(p.mention): p for p in told.participants}
    if not all(_last_word(p.mention) in told_words for p in named):
        return None
    record_words = {_last_word(p.mention) for p in named}
    others = [p for w, p in told_words.items() if w not in record_words]
    if not others:
        return None
    added = []
    for p in others:
        end = p.mention.span.end - off
        apposed = _APPOSED_ROLE.match(text, end)
        if apposed is None or p.mention.span.end != told.span.end:
            return None  # only the one told, his office set off by commas, is the record's other party
        if p.mention.role is None:
            whole = parse_person(text[p.mention.span.start - off : apposed.end("role")], p.mention.span.start)
            if whole is not None and whole.text == p.mention.text and whole.role:
                p = replace(p, mention=replace(p.mention, role=whole.role))
        bracket = re.compile(r"[(\[]").search(text, apposed.end())
        if bracket is None or not _CLOSES_CLAUSE.fullmatch(text, apposed.end(), bracket.start()):
            return None  # "…, which Pak repeated later (record …)": the bracket may be another talk's
        added.append(p)
    return replace(record, participants=(*record.participants, *added))


# a role set off by commas after a name in prose: "V.M. Nikolaev, the Soviet military attaché, that …"
# what may stand between the told clause and its bracket for the bracket to be that talk's record:
# "that" and what was said, with no second clause, name or place ("that the army was ready")
_CLOSES_CLAUSE = re.compile(r"\s*that\s(?:(?![,;]|\s(?:which|who|whom|whose|as|later|and|but|while|when)\b)[^A-Z])*")
_APPOSED_ROLE = re.compile(r",\s*(?P<role>(?:the\s+)?[^,;()]{3,90}?)\s*,")
