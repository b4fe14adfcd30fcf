"""Where a Russian office next to a name ends: a state's name in a Russian case closes an office
written before the name ("министром иностранных дел Японии Сигемицу Мамору"); an office in the
singular after the last name of a list, set off by a comma, is that person's ("… и Чвэ Ён Гоном,
председателем Президиума ВНС КНДР")."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg1956.extract.lexicon import STATE_NAMES

_STATE_CASE_ENDS = ("ии", "ию", "ией", "ом", "ой", "ы", "и", "е", "у", "а", "я")
# a plural office ("членами Политбюро", "заместители") may be everyone's in the list
_PLURAL = re.compile(r"(?:ами|ями|ые|ие|ых|их)$")


def state_ends_role(words: list[str], i: int, is_role_word: Callable[[str], bool]) -> bool:
    """Whether words[i] is a state's name in a Russian case ("Японии", "Монголии") closing a
    lower-case Russian role ("министром иностранных дел"), not the first word of a name."""
    word, before = words[i], words[i - 1]
    if not re.fullmatch(r"[А-ЯЁ][а-яё]+", word) or not re.fullmatch(r"[а-яё-]+", before.lower()):
        return False
    if before[:1].isupper() and not is_role_word(before):
        return False  # "Президенту Индонезии Сукарно": an office written with a capital, not a name before
    if not any(is_role_word(w) for w in words[:i]):
        return False
    low = word.lower()
    stems = {low} | {low[: -len(end)] for end in _STATE_CASE_ENDS if low.endswith(end)}
    return any(stem + tail in STATE_NAMES for stem in stems for tail in ("", "ия", "а", "я", "й"))


def without_apposed_office(part: str, is_role_word: Callable[[str], bool]) -> str:
    """The name of a Russian list's last part set off from an office in the singular that
    follows it after a comma ("Чвэ Ён Гоном, председателем …" → "Чвэ Ён Гоном"); a plural
    office ("членами Политбюро") may be everyone's, and the part is left as it is."""
    m = re.match(r"(?P<name>[^,]+),\s*(?P<word>[а-яё-]+)\s", part)
    if m is None or not is_role_word(m.group("word")) or _PLURAL.search(m.group("word")):
        return part
    return m.group("name")
