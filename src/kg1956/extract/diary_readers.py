"""Readers of a diary cited in a note: the diary and its entries, and a diary named after a record
whose recorder is not named (mixed into the note reader)."""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.communications import entry_dates, read_diary
from kg1956.extract.titled_entries import read_titled_entries
from kg1956.models import Communication, Participant, Span


class DiaryReaders:
    """Readers of a diary, its entries and the recorder it names (mixed into the note reader)."""

    def read_diary(self, text: str, off: int) -> bool:
        """A diary cited ("Diary of X, entry for D"): its entries, or the recorder of the record before."""
        read = tuple(c.date for d in self.citations for c in d.communications if c.date is not None)
        diary = read_diary(text, off) or read_titled_entries(text, off, read)
        if diary is None:
            return False
        if self._recorder_after(diary, text, off):
            return True
        draft = self.start(Span(off, off + diary.consumed), title=text[: diary.consumed].strip(" ,."))
        draft.covers = diary.covers or (None, None)
        draft.diarist = diary.diarist
        self.diarist = Participant(diary.diarist, "recorder") if diary.diarist else None
        self.diary_unnamed = diary.unnamed
        draft.communications.extend(diary.entries)
        self.remainder(text, off, diary.consumed)
        return True

    def _recorder_after(self, diary, text: str, off: int) -> bool:  # noqa: ANN001 - a Diary
        """ "Zapis' besedy s Kim Ir Senom, 5 iiunia 1956 g., Dnevnik V.I. Ivanova, AVPRF …": a
        diary named after a record whose recorder is not named is where the record is, and its
        keeper the recorder."""
        if diary.diarist is None or diary.entries or diary.covers is not None:
            return False
        draft = self.current
        if draft is None or not draft.communications:
            return False
        untold = "the recorder (not named)"
        stem = diary.diarist.text.split()[-1][:4].lower()
        if draft.diarist or not all(
            c.kind == "conversation"
            and all(
                p.function == "interlocutor" and p.mention.text.split()[-1][:4].lower() != stem for p in c.participants
            )
            for c in draft.communications
        ):
            return False
        recorder = Participant(diary.diarist, "recorder")
        draft.communications = [
            replace(c, participants=(recorder, *c.participants), unnamed=tuple(u for u in c.unnamed if u != untold))
            for c in draft.communications
        ]
        draft.diarist = diary.diarist
        self.current = draft
        self.remainder(text, off, diary.diarist.span.end - off)  # the call number after it is the record's
        return True

    def read_diary_entry(self, text: str, off: int) -> bool:
        """ "Дневник посла … А.М. Пузанова. Запись за 12 октября 1957 г.": the entry cited,
        in a sentence of its own after the diary's heading."""
        cur = self.current
        m = re.match(r"(?:запись|записи|entry|entries)(?:\s+(?:за|от|of|for))?\s+", text, re.IGNORECASE)
        if m is None or cur is None or cur.diarist is None or cur.communications:
            return False
        values, used = entry_dates(text[m.end() :], cur.covers if cur.covers != (None, None) else None)
        if not values:
            return False
        cur.communications.extend(
            Communication("diary_entry", v, (Participant(cur.diarist, "diarist"),), Span(off, off + m.end() + used))
            for v in values
        )
        cur.extend(off + m.end() + used)
        self.remainder(text, off, m.end() + used)
        return True
