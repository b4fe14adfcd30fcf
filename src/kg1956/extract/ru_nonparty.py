"""Russian words that stand where a party would in prose or a head but name none: a capital or
state in any case ("Пекину", "Будапешту"), a newspaper or news agency ("Правда", "Правдой",
"ТАСС"), and a body that does not say whose it is ("Центру", "Кремлю", "Президиуму")."""

from __future__ import annotations

import re

from kg1956.extract.places import is_place_any_case

# nominatives; a word is matched by its stem, in any case ("Центру", "Кремлю", "Правдой", "Известиям")
_NOT_PARTIES = (
    "центр кремль президиум правительство министерство посольство отдел политбюро секретариат комитет "
    "совет газета редакция агентство пресса радио правда известия труд тасс синьхуа жэньминь нодон родон "
    "непсабадшаг "
    # a body, a side or a common noun that names no one without a name ("Резидентуры в Центр",
    # "сказал Руководству", "Советскому Союзу", "Генсек сказал …")
    "резидентура консульство миссия представительство управление штаб командование руководство "
    "руководитель сторона союз делегация вождь генсек автор лидер собеседник"
).split()
_ENDS = tuple("ами ями ом ем ой ей ою ею ам ям ах ях ы и е у ю а я й ь о".split())


def _stems(word: str) -> set[str]:
    low = word.lower()
    return {low} | {low[: -len(end)] for end in _ENDS if low.endswith(end) and len(low) - len(end) >= 3}


_STEMS = frozenset(s for w in _NOT_PARTIES for s in _stems(w))


def not_a_russian_party(word: str) -> bool:
    """Whether one word (maybe declined) is a place, the press or an unnamed body, never a person:
    "Пекину", "Центру", "Кремлю", "Правда", "Правдой"; a surname ("Серову", "Кадару") is not."""
    word = word.strip(" ,;:.")
    if not word or " " in word:
        return False
    return is_place_any_case(word) or bool(_stems(word) & _STEMS)


# Words a Russian sentence may open with, capitalised there, that are never a name: pronouns
# ("Он", "Сам"), adverbs of time or manner ("Позднее", "Затем", "Тогда", "Вскоре"), conjunctions,
# particles and prepositions ("Однако", "Но", "Уже", "После"). Words of one or two letters that are
# syllables of Chinese, Korean or Vietnamese names ("Чэнь И", "О Чин У", "Ко", "Со", "Во", "До",
# "То", "Но", "Им") are left out.
_FUNCTION_WORDS = frozenset(
    """
    он она оно они мы вы ты сам сама само сами себя его её ее их ему ей этот эта это эти тот
    кто что всё все весь вся каждый никто некто никого
    позднее позже затем тогда вскоре впоследствии потом сначала сперва далее ранее прежде раньше
    уже ещё еще вновь снова опять также тоже однако поэтому наконец лишь только даже именно так там
    здесь тут теперь сейчас вчера сегодня завтра вот тем этим итак притом причем причём зато ведь
    впрочем кстати вдруг сразу немедленно тотчас вероятно видимо возможно очевидно конечно
    действительно например иначе между кроме вместе вначале потому
    или либо же когда если хотя пока где куда как чтобы будто словно поскольку
    на об от из над под про через для без при после перед
    """.split()
)


def is_russian_function_word(word: str) -> bool:
    """Whether one word is a pronoun, adverb, conjunction, particle or preposition, capitalised or
    not ("Позднее", "Он", "Тогда"): a sentence's opening word, never a person's name."""
    return word.strip(" ,;:.«»").lower() in _FUNCTION_WORDS


def names_no_one(text: str) -> bool:
    """Whether a capitalised phrase read as a person is none: some word of it is a function word
    ("Позднее Хрущев", "Тогда"), a place, the press or a body ("Москвой", "Советником Посольства",
    "Советскому Союзу")."""
    words = [w for w in re.split(r"[\s.]+", text) if w]
    return any(is_russian_function_word(w) or not_a_russian_party(w) for w in words)
