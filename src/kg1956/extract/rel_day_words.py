"""Lexicon of relative days: the words that date an event by a day counted from another one
("the previous evening", "накануне", "am Vortag", "poprzedniego dnia", "předchozího dne",
"la veille"), with the number of days they count back (0 for "that day", 1 for "the day before").
Read by `rel_talks`."""

from __future__ import annotations

import re

_NUMBERS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,  # fmt: skip
    "два": 2,
    "две": 2,
    "три": 3,
    "dwa": 2,
    "trzy": 3,
    "dva": 2,
    "tři": 3,
    "zwei": 2,
    "drei": 3,  # fmt: skip
    "deux": 2,
    "trois": 3,  # fmt: skip
}

# the same day as the message (or talk) the sentence dates it by
_SAME = (
    r"(?:(?:earlier|later)\s+)?(?:on\s+)?(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)"
    r"|earlier\s+in\s+the\s+day"
    r"|(?:in\s+)?the\s+(?:morning|afternoon|evening)\s+of\s+the\s+same\s+day"
    r"|в\s+(?:тот|этот)\s+же\s+день|(?:утром|днём|днем|вечером)\s+того\s+же\s+дня|того\s+же\s+дня"
    r"|v\s+tot\s+zhe\s+den['’ʹ]"
    r"|am\s+(?:selben|gleichen)\s+(?:Tag|Abend|Morgen|Vormittag|Nachmittag)"
    r"|an\s+(?:diesem|demselben)\s+Tag(?:e)?|(?:am\s+)?(?:Morgen|Vormittag|Nachmittag|Abend)\s+desselben\s+Tages"
    r"|tego\s+(?:samego\s+)?dnia|tegoż\s+dnia|w\s+tym\s+(?:samym\s+)?dniu"
    r"|téhož\s+dne|týž\s+den|tentýž\s+den|v\s+týž\s+den|toho\s+dne|(?:ráno|večer)\s+téhož\s+dne"
    r"|le\s+même\s+jour|le\s+jour\s+même|ce\s+jour-là|le\s+(?:matin|soir)\s+même"
    r"|istog\s+dana|tog\s+dana|în\s+aceeași\s+zi|în\s+aceeaşi\s+zi|aznap|ugyanaznap|ugyanazon\s+a\s+napon"
)
# what may follow a phrase that can also take an object of its own ("the day before", "la veille",
# "am Vorabend", "w przeddzień", "the day after"): a stop, the end, or a conjunction or preposition.
# "the day before the plenum", "la veille du plénum", "am Vorabend des Parteitags", "w przeddzień
# zjazdu", "the day after the debate" count from another event, whose day is not given (review 20)
_FREE = (
    r"(?=\s*(?:[,;.:)\]]|$)|\s+(?:and|but|or|in|at|with|on|to|from|during|und|aber|mit|bei|im|am|oraz|i|w|z|ze|na"
    r"|et|avec|à|au|sa|u|și|cu|în|и|а|в|с|со)\b)"
)
# an object after the phrase: an article, a possessive, a pronoun or a name (a clause or a noun phrase)
_OBJECT = (
    r"(?!\s+(?:(?:the|his|her|its|their|our|my|this|that|these|those|a|an|he|she|they|we|it|i|du|de|des|d['’]"
    r"|der|des|dem|seines|seiner|ihres|ihrer|eines|einer|son|sa|ses|leur)\b|d['’]|(?-i:[A-Z])))"
)
_OPEN_BEFORE = (
    rf"(?:the\s+(?:day|evening|night)\s+before|(?:a|one)\s+day\s+before|am\s+Vorabend"
    rf"|la\s+veille(?:\s+au\s+soir)?){_OBJECT}|(?:w\s+przeddzień|dan\s+pre|în\s+ajun){_FREE}"
)
# the day before
_BEFORE = (
    r"the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)"
    rf"|{_OPEN_BEFORE}|(?:a|one)\s+day\s+earlier"
    r"|накануне|днём\s+ранее|днем\s+ранее|за\s+день\s+до\s+этого|nakanune"
    r"|am\s+Vortag|tags\s+zuvor|am\s+Tag\s+zuvor|am\s+Abend\s+zuvor|am\s+vorigen\s+Tag"
    r"|poprzedniego\s+(?:dnia|wieczoru)|dnia\s+poprzedniego|dzień\s+(?:wcześniej|przedtem)"
    r"|předchozího\s+(?:dne|večera)|předešlého\s+dne|den\s+předtím|o\s+den\s+dříve"
    r"|prethodnog\s+dana|dan\s+ranije|în\s+ziua\s+precedentă|cu\s+o\s+zi\s+înainte"
    r"|előző\s+(?:nap(?:on)?|este)|előtte\s+való\s+napon"
)
_COUNTED = (
    r"(?P<n>two|three|four|five|два|две|три|dwa|trzy|dva|tři|zwei|drei|deux|trois|\d)\s+"
    r"(?:days\s+(?:earlier|before)|дня\s+(?:назад|ранее|до\s+этого)|dni\s+wcześniej|dny\s+předtím"
    r"|Tage\s+(?:zuvor|früher|vorher)|jours\s+plus\s+tôt)"
)
_WEEK = r"a\s+week\s+(?:earlier|before)|неделей\s+ранее|tydzień\s+wcześniej|eine\s+Woche\s+zuvor"

REL_DAY = re.compile(
    rf"(?<![\w-])(?:(?P<same>{_SAME})|(?P<before>{_BEFORE})|{_COUNTED}|(?P<week>{_WEEK}))(?![\w-])",
    re.IGNORECASE,
)


def days_back(m: re.Match[str]) -> int:
    """How many days before the dating day the matched phrase points (0: the same day)."""
    if m.group("same"):
        return 0
    if m.group("before"):
        return 1
    if m.group("week"):
        return 7
    n = m.group("n").lower()
    return int(n) if n.isdigit() else _NUMBERS[n]


# the day after, or some days after, the day just named: "the next day", "two days later"
_AFTER_ONE = (
    rf"the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+after{_OBJECT}|a\s+day\s+later"
    r"|на\s+следующий\s+день|на\s+другой\s+день|am\s+(?:nächsten|folgenden)\s+Tag|tags\s+darauf"
    r"|następnego\s+dnia|nazajutrz|následujícího\s+dne|druhého\s+dne|druhý\s+den|másnap|le\s+lendemain"
    r"|a\s+doua\s+zi|sutradan|sljedećeg\s+dana|sledećeg\s+dana"
)
_AFTER_N = (
    r"(?P<n>two|three|four|five|два|две|три|dwa|trzy|dva|tři|zwei|drei|deux|trois|\d)\s+"
    r"(?:days\s+later|дня\s+спустя|dni\s+później|dny\s+později|Tage\s+später|jours\s+plus\s+tard)"
)
NEXT_DAY = re.compile(rf"(?<![\w-])(?:(?P<one>{_AFTER_ONE})|{_AFTER_N})(?![\w-])", re.IGNORECASE)


def days_on(m: re.Match[str]) -> int:
    """How many days after the day just named a `NEXT_DAY` phrase points."""
    if m.group("one"):
        return 1
    n = m.group("n").lower()
    return int(n) if n.isdigit() else _NUMBERS[n]
